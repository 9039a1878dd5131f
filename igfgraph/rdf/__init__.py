"""A parsed :class:`~igfgraph.model.Report` as RDF: one named graph per report.

Every node has a readable IRI minted from what it is (no blank nodes), so mapping the
same report again gives the same triples and re-ingesting replaces rather than adds::

    id:meeting/igf-2017                       the annual meeting
    id:session/igf-2017-ws-186                a session (igf-2017-<title slug> without an id)
    <session>/panel/1                         a panel of the session
    <session>/participation/<person>/<role>[/panel-N]   a person's participation
    <session>/participation/org/<org>/organizer         an organising organisation
    <session>/key-issue/1, /discussion/1, /way-forward/1, /presentation/1, /gender
    id:person/kathy-brown                     a person (slug of the clean name)
    id:org/internet-society                   an organisation (id:org/acronym-cig if only
                                              an acronym is known)
    id:report/<file stem>                     the report, also the named graph's IRI
    <report>/lines/5-7, <report>/unparsed/1   source spans, unparsed text

The keys and IRIs of reports, sessions, people and organisations come from
:mod:`igfgraph.identity`. Data literals are plain strings (names and titles are not all
English), numbers are ``xsd:integer`` or ``xsd:decimal``, dates ``xsd:date``, flags
``xsd:boolean``. Beside this module: :mod:`igfgraph.rdf.ntriples` writes the statements as
N-Triples text, :mod:`igfgraph.rdf.ontology` reads the ontology files.
"""

from __future__ import annotations

import base64
import re
import urllib.parse
from decimal import Decimal
from functools import cache
from itertools import permutations
from typing import Any

from rdflib import Dataset, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, SDO, SKOS
from rdflib.term import Node

from igfgraph import identity
from igfgraph.identity import meeting_name, organisation_iri, organisation_key, person_key, slug
from igfgraph.model import (
    SPEAKING_ROLES,
    Organisation,
    Organizer,
    Passage,
    PersonMention,
    Report,
    Role,
    SourceSpan,
    StakeholderGroup,
    TopicLink,
)
from igfgraph.rdf.ntriples import literal, rdflib_node
from igfgraph.vocab import (
    IGF,
    TOPIC,
    WD,
    bind_prefixes,
    role_iri,
    session_type_iri,
    stakeholder_iri,
)

Triple = tuple[Node, Node, Node]


def report_graph_iri(report: Report) -> URIRef:
    """The IRI of ``report``, which is also the IRI of its named graph.

    A file holding several sessions gives one report per session: ``report/<file>/<part>``.
    """
    return URIRef(identity.report_iri(report))


def session_iri(report: Report) -> URIRef:
    """``id:session/igf-2017-ws-186`` (see :func:`igfgraph.identity.session_iri`)."""
    return URIRef(identity.session_iri(report))


def person_iri(name: str) -> URIRef:
    """``id:person/<slug of the clean name>``."""
    return URIRef(identity.person_iri(slug(name)))


def report_statements(report: Report) -> list[str]:
    """Every triple of ``report`` as N-Triples without the final dot (``<s> <p> "o"``),
    each once, in the order they were made."""
    mapper = _ReportMapper(report)
    mapper.map()
    return list(mapper.triples)


def retrieval_statements(report_iri: str, url: str, fetched_at: object) -> list[str]:
    """Where a report fetched from the web came from, as N-Triples statements (PROV-O):
    ``<report> prov:hadPrimarySource <url>`` and its retrieval, an activity that used the
    URL and ended when the document was fetched."""
    page = _IRI_UNSAFE.sub(lambda match: urllib.parse.quote(match.group()), url)
    retrieval = f"{report_iri}/retrieval"
    return [
        f"<{report_iri}> <{_PROV.hadPrimarySource}> <{page}>",
        f"<{report_iri}> <{_PROV.wasDerivedFrom}> <{retrieval}>",
        f"<{retrieval}> <{_RDF.type}> <{_PROV.Activity}>",
        f"<{retrieval}> <{_PROV.used}> <{page}>",
        f"<{retrieval}> <{_PROV.endedAtTime}> {literal(fetched_at)}",
    ]


_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def report_triples(report: Report) -> list[Triple]:
    """Every triple of ``report`` as rdflib terms, each once, in the order they were made."""
    triples: list[Triple] = []
    for statement in report_statements(report):
        subject, predicate, value = statement.split(" ", 2)
        triples.append((rdflib_node(subject), rdflib_node(predicate), rdflib_node(value)))
    return triples


def report_to_dataset(report: Report) -> Dataset:
    """Every triple of ``report`` in one named graph whose IRI is the report's IRI."""
    dataset = bind_prefixes(Dataset())
    graph = dataset.graph(report_graph_iri(report))
    graph.addN((s, p, o, graph) for s, p, o in report_triples(report))
    return dataset


class _Terms:
    """A vocabulary's IRIs as plain strings, each looked up (and checked) once: a
    DefinedNamespace builds a new URIRef on every attribute access."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        value = str(getattr(self._namespace, name))
        setattr(self, name, value)
        return value


_DCTERMS, _FOAF, _IGF, _ORG = _Terms(DCTERMS), _Terms(FOAF), _Terms(IGF), _Terms(ORG)
_OWL, _PROV, _RDF, _SDO, _SKOS = _Terms(OWL), _Terms(PROV), _Terms(RDF), _Terms(SDO), _Terms(SKOS)

# Shortcuts other than spokeAt, pointing from a person to the participation's event.
_EVENT_SHORTCUTS = {
    Role.MODERATOR: _IGF.moderated,
    Role.ONLINE_MODERATOR: _IGF.moderated,
    Role.CHAIR: _IGF.chaired,
    Role.RAPPORTEUR: _IGF.reported,
}


class _ReportMapper:
    """Collects one report's triples in ``triples`` as N-Triples text (a dict as an ordered
    set). Nodes are IRIs as plain strings; :meth:`_link` adds a triple whose object is a
    node, :meth:`_add` one whose object is a literal."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.triples: dict[str, None] = {}
        self.report_iri = identity.report_iri(report)
        self.session = identity.session_iri(report)
        self.organisation_entries = _organisation_entries(report.organizers)
        # People whose mention as organiser writes their participation as organiser.
        self.organising_people = {
            person_key(m): m for m in report.people if m.role is Role.ORGANIZER
        }

    def map(self) -> None:
        """Map the whole report."""
        self._report()
        self._session()
        for organizer in self.report.organizers:
            self._organizer(organizer)
        for mention in self.report.people:
            self._person_mention(mention)
        self._spoke_with()
        self._passages("key-issue", _IGF.keyIssue, _IGF.KeyIssue, self.report.key_issues)
        self._passages("presentation", _IGF.presentation, _IGF.Passage, self.report.presentations)
        self._passages("discussion", _IGF.discussion, _IGF.Passage, self.report.discussions)
        self._passages("way-forward", _IGF.wayForward, _IGF.Passage, self.report.way_forward)
        self._gender()
        self._unparsed()

    def _link(self, subject: str, predicate: str, node: str | None) -> None:
        """Add a triple whose object is the node ``node``; ``None`` adds nothing."""
        if node is not None:
            self.triples[f"<{subject}> <{predicate}> <{node}>"] = None

    def _add(self, subject: str, predicate: str, value: object) -> None:
        """Add a triple whose object is a literal; ``None`` adds nothing, Python values
        become typed literals."""
        if value is not None:
            self.triples[f"<{subject}> <{predicate}> {literal(value)}"] = None

    def _span(self, span: SourceSpan) -> str:
        lines = (
            str(span.start_line)
            if span.start_line == span.end_line
            else f"{span.start_line}-{span.end_line}"
        )
        node = f"{self.report_iri}/lines/{lines}"
        self._link(node, _RDF.type, _IGF.SourceSpan)
        self._link(node, _IGF.inReport, self.report_iri)
        self._add(node, _IGF.startLine, span.start_line)
        self._add(node, _IGF.endLine, span.end_line)
        self._add(node, _RDF.value, span.text)
        return node

    def _report(self) -> None:
        report, node = self.report, self.report_iri
        self._link(node, _RDF.type, _IGF.Report)
        self._link(node, _RDF.type, _FOAF.Document)
        self._add(node, _DCTERMS.source, report.source)
        self._add(node, _IGF.sha256, report.sha256)
        self._add(node, _IGF.variant, report.variant)
        self._link(node, _IGF.reportOf, self.session)
        digest = base64.urlsafe_b64encode(bytes.fromhex(report.sha256)).decode().rstrip("=")
        self._link(node, _PROV.wasDerivedFrom, f"ni:///sha-256;{digest}")  # RFC 6920

    def _session(self) -> None:
        session, node = self.report.session, self.session
        self._link(node, _RDF.type, _IGF.Session)
        self._link(node, _RDF.type, _SDO.Event)
        self._add(node, _SDO.name, session.title)
        self._add(node, _IGF.asWritten, session.title_as_written)
        self._add(node, _IGF.sessionId, session.id)
        self._add(node, _IGF.year, session.year)
        self._add(node, _SDO.startDate, session.date)
        self._add(node, _IGF.timeSlot, session.time)
        if session.type:
            self._link(node, _IGF.sessionType, _session_type(session.type))
            self._add(node, _IGF.typeInferred, session.type_inferred)
        for span in session.spans.values():
            self._link(node, _IGF.source, self._span(span))
        self._topics(node, session.topics)
        name = meeting_name(self.report)
        if name:
            meeting = identity.meeting_iri(name)
            self._link(meeting, _RDF.type, _IGF.AnnualMeeting)
            self._link(meeting, _RDF.type, _SDO.Event)
            self._add(meeting, _SDO.name, name)
            self._add(meeting, _IGF.year, session.year)
            self._link(node, _SDO.superEvent, meeting)

    def _panel(self, panel: int | str) -> str:
        node = f"{self.session}/panel/{slug(str(panel))}"
        self._link(node, _RDF.type, _IGF.Panel)
        self._link(node, _RDF.type, _SDO.Event)
        self._link(node, _SDO.superEvent, self.session)
        self._add(node, _SDO.name, f"Panel {panel}")
        if isinstance(panel, int) or panel.isdigit():
            self._add(node, _IGF.panelNumber, int(panel))
        return node

    def _person(self, key: str, name: str) -> str:
        node = identity.person_iri(key)
        self._link(node, _RDF.type, _FOAF.Person)
        self._link(node, _RDF.type, _SDO.Person)
        self._add(node, _FOAF.name, name)
        self._add(node, _SDO.name, name)
        return node

    def _organisation(
        self, organisation: Organisation, group: StakeholderGroup | None = None
    ) -> str:
        """The organisation's node; ``group`` classifies it when it has no group of its own."""
        node = organisation_iri(organisation)
        label = organisation.name or organisation.acronym or organisation.as_written
        self._link(node, _RDF.type, _ORG.Organization)
        self._link(node, _RDF.type, _SDO.Organization)
        self._add(node, _SKOS.prefLabel, label)
        self._add(node, _SDO.name, label)
        for variant in {organisation.acronym, organisation.as_written} - {None, label}:
            self._add(node, _SKOS.altLabel, variant)
        group = organisation.stakeholder_group or group
        if group:
            self._link(node, _ORG.classification, _stakeholder(group))
        self._add(node, _IGF.nameBasis, organisation.name_basis)
        self._add(node, _IGF.stakeholderGroupBasis, organisation.stakeholder_group_basis)
        if organisation.wikidata:
            self._link(node, _OWL.sameAs, f"{WD}{organisation.wikidata}")
        self._add(node, _IGF.country, organisation.country)
        if organisation.parent:
            parent = self._organisation(organisation.parent)
            self._link(node, _ORG.unitOf, parent)
            self._link(node, _ORG.subOrganizationOf, parent)
            self._link(parent, _ORG.hasUnit, node)
        return node

    def _participation_iri(self, agent_key: str, role: Role, panel: int | str | None = None) -> str:
        suffix = "" if panel is None else f"/panel-{slug(str(panel))}"
        return f"{self.session}/participation/{agent_key}/{slug(role.value)}{suffix}"

    def _participation(
        self, node: str, agent: str, event: str, role: Role, span: SourceSpan
    ) -> None:
        self._link(node, _RDF.type, _IGF.Participation)
        self._link(node, _IGF.agent, agent)
        self._link(node, _IGF.inEvent, event)
        self._link(node, _IGF.role, _role(role))
        self._link(node, _IGF.source, self._span(span))

    def _organizer(self, organizer: Organizer) -> None:
        """An organiser's participations: one for the organisation, one for the person.

        Several entries of one organisation (its own line, then each of its people) share
        the organisation's participation; its group, basis and regional group come from
        one of them only (:func:`_organisation_entries`), never one value from each.
        """
        group = organizer.stakeholder_group and _stakeholder(organizer.stakeholder_group)
        participations: list[str] = []
        organisation = None
        if organizer.organisation:
            # With no person named, the organiser's group is the organisation's.
            sole_group = None if organizer.person_name else organizer.stakeholder_group
            organisation = self._organisation(organizer.organisation, sole_group)
            key = organisation_key(organizer.organisation)
            node = self._participation_iri(f"org/{key}", Role.ORGANIZER)
            # Two people of one organisation on separate lines: the first line is its source.
            if f"<{node}> <{_RDF.type}> <{_IGF.Participation}>" not in self.triples:
                span = organizer.span
                self._participation(node, organisation, self.session, Role.ORGANIZER, span)
                self._add(node, _IGF.asWritten, organizer.organisation.as_written)
            self._link(organisation, _IGF.organised, self.session)
            if self.organisation_entries[key] is organizer:
                participations.append(node)
        if mention := self.organising_people.get(person_key(organizer)):
            # The person's mention as organiser describes the participation (one group,
            # basis and source); this entry adds the organisation it names, if the
            # mention names none ("Proposer's Organization: APC").
            if mention.organisation is None and organisation is not None:
                node = self._participation_iri(person_key(organizer), Role.ORGANIZER)
                self._link(node, _IGF.onBehalfOf, organisation)
        elif organizer.person_name:
            person = self._person(person_key(organizer), organizer.person_name)
            self._link(person, _IGF.stakeholderGroup, group)
            node = self._participation_iri(person_key(organizer), Role.ORGANIZER)
            self._participation(node, person, self.session, Role.ORGANIZER, organizer.span)
            self._link(node, _IGF.onBehalfOf, organisation)
            self._link(person, _IGF.organised, self.session)
            participations.append(node)
        for node in participations:
            self._link(node, _IGF.stakeholderGroup, group)
            self._add(node, _IGF.stakeholderGroupBasis, organizer.stakeholder_group_basis)
            self._add(node, _IGF.regionalGroup, organizer.regional_group)

    def _person_mention(self, mention: PersonMention) -> None:
        person = self._person(person_key(mention), mention.person_name or mention.name)
        self._add(person, _IGF.nameGender, mention.name_gender)
        group = mention.stakeholder_group and _stakeholder(mention.stakeholder_group)
        self._link(person, _IGF.stakeholderGroup, group)
        event = self.session if mention.panel is None else self._panel(mention.panel)
        node = self._participation_iri(person_key(mention), mention.role, mention.panel)
        self._participation(node, person, event, mention.role, mention.span)
        self._add(node, _IGF.asWritten, mention.name_as_written)
        self._add(node, _IGF.matchBasis, mention.match_basis)
        self._add(node, _IGF.postTitle, mention.title)
        self._link(node, _IGF.stakeholderGroup, group)
        self._add(node, _IGF.stakeholderGroupBasis, mention.stakeholder_group_basis)
        self._add(node, _IGF.regionalGroup, mention.regional_group)
        self._add(node, _IGF.roleByPosition, mention.role_by_position)
        self._add(node, _IGF.turns, mention.turns)
        self._add(node, _IGF.wordsSpoken, mention.words_spoken)
        if mention.organisation:
            self._link(node, _IGF.onBehalfOf, self._organisation(mention.organisation))
        if mention.role in SPEAKING_ROLES:
            self._link(person, _IGF.spokeAt, self.session)
        if mention.role in _EVENT_SHORTCUTS:
            self._link(person, _EVENT_SHORTCUTS[mention.role], event)
        if mention.role is Role.ORGANIZER:
            self._link(person, _IGF.organised, self.session)

    def _spoke_with(self) -> None:
        speaking = [m for m in self.report.people if m.role in SPEAKING_ROLES]
        speakers = {identity.person_iri(person_key(m)) for m in speaking}
        for person, partner in permutations(sorted(speakers), 2):
            self._link(person, _IGF.spokeWith, partner)

    def _passages(self, kind: str, link: str, cls: str, passages: list[Passage]) -> None:
        for number, passage in enumerate(passages, start=1):
            node = f"{self.session}/{kind}/{number}"
            self._link(node, _RDF.type, cls)
            self._add(node, _RDF.value, passage.text)
            self._add(node, _IGF.asWritten, passage.as_written)
            self._add(node, _SDO.position, number)
            self._link(node, _IGF.source, self._span(passage.span))
            self._link(self.session, link, node)
            self._topics(node, passage.topics)

    def _topics(self, node: str, links: list[TopicLink]) -> None:
        """``node``'s topics, each with its evidence: ``<node>/topic/<topic>``."""
        for topic_link in links:
            evidence = f"{node}/topic/{topic_link.topic}"
            topic = f"{TOPIC}{topic_link.topic}"
            self._link(node, _IGF.topic, topic)
            self._link(node, _IGF.topicMatch, evidence)
            self._link(evidence, _RDF.type, _IGF.TopicMatch)
            self._link(evidence, _IGF.matchedTopic, topic)
            for words in topic_link.matched_words:
                self._add(evidence, _IGF.matchedWords, words)
            self._link(evidence, _IGF.source, self._span(topic_link.span))

    def _gender(self) -> None:
        gender = self.report.gender
        share = None if gender.women_share is None else Decimal(str(gender.women_share))
        figures = {
            _IGF.participants: gender.participants,
            _IGF.women: gender.women,
            _IGF.womenShare: share,
            _IGF.speakersReported: gender.speakers_reported,
            _IGF.womenSpeakersReported: gender.women_speakers_reported,
        }
        if not gender.statements and all(value is None for value in figures.values()):
            return
        node = f"{self.session}/gender"
        self._link(node, _RDF.type, _IGF.GenderReport)
        for predicate, value in figures.items():
            self._add(node, predicate, value)
        for statement in gender.statements:
            self._add(node, _IGF.asWritten, statement.as_written)
            self._link(node, _IGF.source, self._span(statement.span))
        self._link(self.session, _IGF.genderReport, node)

    def _unparsed(self) -> None:
        for number, unparsed in enumerate(self.report.unparsed, start=1):
            node = f"{self.report_iri}/unparsed/{number}"
            self._link(node, _RDF.type, _IGF.UnparsedText)
            self._add(node, _RDF.value, unparsed.text)
            self._link(node, _IGF.source, self._span(unparsed.span))
            self._link(self.report_iri, _IGF.unparsed, node)


def _organisation_entries(organizers: list[Organizer]) -> dict[str, Organizer]:
    """The organiser entry that describes each organisation's participation, by
    organisation key: the organisation's own entry (one naming no person) if the report
    has one, else the first entry naming it. A person's regional group or stated group
    ("Bruna Martins dos Santos, ..., Civil Society, GRULAC") is the person's; it speaks
    for the organisation only when no line names the organisation alone."""
    entries: dict[str, Organizer] = {}
    for organizer in organizers:
        if organizer.organisation is None:
            continue
        key = organisation_key(organizer.organisation)
        chosen = entries.get(key)
        if chosen is None or (chosen.person_name and not organizer.person_name):
            entries[key] = organizer
    return entries


@cache
def _role(role: Role) -> str:
    """The role concept of ``role`` as a plain string, made once."""
    return str(role_iri(role))


@cache
def _session_type(session_type: str) -> str:
    """The session-type concept of ``session_type`` as a plain string, made once."""
    return str(session_type_iri(session_type))


@cache
def _stakeholder(group: StakeholderGroup) -> str:
    """The stakeholder-group concept of ``group`` as a plain string, made once."""
    return str(stakeholder_iri(group))
