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

Data literals are plain strings (names and titles are not all English), numbers are
``xsd:integer`` or ``xsd:decimal``, dates ``xsd:date``, flags ``xsd:boolean``.
"""

from __future__ import annotations

import base64
from decimal import Decimal
from itertools import permutations
from pathlib import PureWindowsPath

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, SDO, SKOS
from rdflib.term import Node

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
from igfgraph.vocab import (
    ID,
    IGF,
    TOPIC,
    WD,
    bind_prefixes,
    role_iri,
    session_type_iri,
    slug,
    stakeholder_iri,
)

Triple = tuple[Node, Node, Node]

# Shortcuts other than spokeAt, pointing from a person to the participation's event.
_EVENT_SHORTCUTS = {
    Role.MODERATOR: IGF.moderated,
    Role.ONLINE_MODERATOR: IGF.moderated,
    Role.CHAIR: IGF.chaired,
    Role.RAPPORTEUR: IGF.reported,
}


def report_graph_iri(report: Report) -> URIRef:
    """The IRI of ``report``, which is also the IRI of its named graph.

    A file holding several sessions gives one report per session: ``report/<file>/<part>``.
    """
    stem = slug(PureWindowsPath(report.source).stem)
    return ID[f"report/{stem}/{report.part}" if report.part else f"report/{stem}"]


def meeting_name(report: Report) -> str | None:
    """The annual meeting's name ("IGF 2017"), from the report or from its year."""
    session = report.session
    if session.meeting:
        return session.meeting
    return f"IGF {session.year}" if session.year else None


def session_iri(report: Report) -> URIRef:
    """``id:session/igf-2017-ws-186``, or ``igf-2017-<title slug>`` when there is no id."""
    session = report.session
    prefix = slug(meeting_name(report) or "igf")
    key = session.id or session.title or PureWindowsPath(report.source).stem
    return ID[f"session/{prefix}-{slug(key)}"]


def person_iri(name: str) -> URIRef:
    """``id:person/<slug of the clean name>``."""
    return ID[f"person/{slug(name)}"]


def person_key(party: PersonMention | Organizer) -> str:
    """The key the resolve stage gave the person, else the slug of the clean name."""
    name = party.name if isinstance(party, PersonMention) else str(party.person_name)
    return party.person_key or slug(name)


def organisation_key(organisation: Organisation) -> str:
    """The key the resolve stage gave it, else its full name, else ``acronym-<acronym>``."""
    if organisation.key:
        return organisation.key
    if organisation.name:
        return slug(organisation.name)
    if organisation.acronym:
        return f"acronym-{slug(organisation.acronym)}"
    return slug(organisation.as_written)


def organisation_iri(organisation: Organisation) -> URIRef:
    """``id:org/internet-society`` or ``id:org/acronym-cig``."""
    return ID[f"org/{organisation_key(organisation)}"]


def report_triples(report: Report) -> list[Triple]:
    """Every triple of ``report``, each once, in the order they were made."""
    mapper = _ReportMapper(report)
    mapper.map()
    return list(mapper.triples)


def report_to_dataset(report: Report) -> Dataset:
    """Every triple of ``report`` in one named graph whose IRI is the report's IRI."""
    dataset = bind_prefixes(Dataset())
    graph = dataset.graph(report_graph_iri(report))
    graph.addN((s, p, o, graph) for s, p, o in report_triples(report))
    return dataset


class _ReportMapper:
    """Collects one report's triples in ``triples`` (a dict as an ordered set: rdflib's
    Graph.add took most of the mapping time)."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.triples: dict[Triple, None] = {}
        self.report_iri = report_graph_iri(report)
        self.session = session_iri(report)

    def map(self) -> None:
        """Map the whole report."""
        self._report()
        self._session()
        for organizer in self.report.organizers:
            self._organizer(organizer)
        for mention in self.report.people:
            self._person_mention(mention)
        self._spoke_with()
        self._passages("key-issue", IGF.keyIssue, IGF.KeyIssue, self.report.key_issues)
        self._passages("presentation", IGF.presentation, IGF.Passage, self.report.presentations)
        self._passages("discussion", IGF.discussion, IGF.Passage, self.report.discussions)
        self._passages("way-forward", IGF.wayForward, IGF.Passage, self.report.way_forward)
        self._gender()
        self._unparsed()

    def _add(self, subject: URIRef, predicate: URIRef, value: object) -> None:
        """Add a triple; ``None`` adds nothing, Python values become typed literals."""
        if value is None:
            return
        term = value if isinstance(value, Node) else Literal(value)
        self.triples[subject, predicate, term] = None

    def _span(self, span: SourceSpan) -> URIRef:
        lines = (
            str(span.start_line)
            if span.start_line == span.end_line
            else f"{span.start_line}-{span.end_line}"
        )
        node = URIRef(f"{self.report_iri}/lines/{lines}")
        self._add(node, RDF.type, IGF.SourceSpan)
        self._add(node, IGF.inReport, self.report_iri)
        self._add(node, IGF.startLine, span.start_line)
        self._add(node, IGF.endLine, span.end_line)
        self._add(node, RDF.value, span.text)
        return node

    def _report(self) -> None:
        report, node = self.report, self.report_iri
        self._add(node, RDF.type, IGF.Report)
        self._add(node, RDF.type, FOAF.Document)
        self._add(node, DCTERMS.source, report.source)
        self._add(node, IGF.sha256, report.sha256)
        self._add(node, IGF.variant, report.variant)
        self._add(node, IGF.reportOf, self.session)
        digest = base64.urlsafe_b64encode(bytes.fromhex(report.sha256)).decode().rstrip("=")
        self._add(node, PROV.wasDerivedFrom, URIRef(f"ni:///sha-256;{digest}"))  # RFC 6920

    def _session(self) -> None:
        session, node = self.report.session, self.session
        self._add(node, RDF.type, IGF.Session)
        self._add(node, RDF.type, SDO.Event)
        self._add(node, SDO.name, session.title)
        self._add(node, IGF.asWritten, session.title_as_written)
        self._add(node, IGF.sessionId, session.id)
        self._add(node, IGF.year, session.year)
        self._add(node, SDO.startDate, session.date)
        self._add(node, IGF.timeSlot, session.time)
        if session.type:
            self._add(node, IGF.sessionType, session_type_iri(session.type))
            self._add(node, IGF.typeInferred, session.type_inferred)
        for span in session.spans.values():
            self._add(node, IGF.source, self._span(span))
        self._topics(node, session.topics)
        name = meeting_name(self.report)
        if name:
            meeting = ID[f"meeting/{slug(name)}"]
            self._add(meeting, RDF.type, IGF.AnnualMeeting)
            self._add(meeting, RDF.type, SDO.Event)
            self._add(meeting, SDO.name, name)
            self._add(meeting, IGF.year, session.year)
            self._add(node, SDO.superEvent, meeting)

    def _panel(self, panel: int | str) -> URIRef:
        node = URIRef(f"{self.session}/panel/{slug(str(panel))}")
        self._add(node, RDF.type, IGF.Panel)
        self._add(node, RDF.type, SDO.Event)
        self._add(node, SDO.superEvent, self.session)
        self._add(node, SDO.name, f"Panel {panel}")
        if isinstance(panel, int) or panel.isdigit():
            self._add(node, IGF.panelNumber, int(panel))
        return node

    def _person(self, key: str, name: str) -> URIRef:
        node = ID[f"person/{key}"]
        self._add(node, RDF.type, FOAF.Person)
        self._add(node, RDF.type, SDO.Person)
        self._add(node, FOAF.name, name)
        self._add(node, SDO.name, name)
        return node

    def _organisation(
        self, organisation: Organisation, group: StakeholderGroup | None = None
    ) -> URIRef:
        """The organisation's node; ``group`` classifies it when it has no group of its own."""
        node = organisation_iri(organisation)
        label = organisation.name or organisation.acronym or organisation.as_written
        self._add(node, RDF.type, ORG.Organization)
        self._add(node, RDF.type, SDO.Organization)
        self._add(node, SKOS.prefLabel, label)
        self._add(node, SDO.name, label)
        for variant in {organisation.acronym, organisation.as_written} - {None, label}:
            self._add(node, SKOS.altLabel, variant)
        group = organisation.stakeholder_group or group
        if group:
            self._add(node, ORG.classification, stakeholder_iri(group))
        self._add(node, IGF.nameBasis, organisation.name_basis)
        self._add(node, IGF.stakeholderGroupBasis, organisation.stakeholder_group_basis)
        if organisation.wikidata:
            self._add(node, OWL.sameAs, WD[organisation.wikidata])
        self._add(node, IGF.country, organisation.country)
        if organisation.parent:
            parent = self._organisation(organisation.parent)
            self._add(node, ORG.unitOf, parent)
            self._add(node, ORG.subOrganizationOf, parent)
            self._add(parent, ORG.hasUnit, node)
        return node

    def _participation_iri(
        self, agent_key: str, role: Role, panel: int | str | None = None
    ) -> URIRef:
        suffix = "" if panel is None else f"/panel-{slug(str(panel))}"
        return URIRef(f"{self.session}/participation/{agent_key}/{slug(role.value)}{suffix}")

    def _participation(
        self, node: URIRef, agent: URIRef, event: URIRef, role: Role, span: SourceSpan
    ) -> None:
        self._add(node, RDF.type, IGF.Participation)
        self._add(node, IGF.agent, agent)
        self._add(node, IGF.inEvent, event)
        self._add(node, IGF.role, role_iri(role))
        self._add(node, IGF.source, self._span(span))

    def _organizer(self, organizer: Organizer) -> None:
        """An organiser's participations: one for the organisation, one for the person."""
        group = organizer.stakeholder_group and stakeholder_iri(organizer.stakeholder_group)
        participations: list[URIRef] = []
        organisation = None
        if organizer.organisation:
            # With no person named, the organiser's group is the organisation's.
            sole_group = None if organizer.person_name else organizer.stakeholder_group
            organisation = self._organisation(organizer.organisation, sole_group)
            key = f"org/{organisation_key(organizer.organisation)}"
            node = self._participation_iri(key, Role.ORGANIZER)
            # Two people of one organisation on separate lines: the first line is its source.
            if (node, RDF.type, IGF.Participation) not in self.triples:
                span = organizer.span
                self._participation(node, organisation, self.session, Role.ORGANIZER, span)
                self._add(node, IGF.asWritten, organizer.organisation.as_written)
            self._add(organisation, IGF.organised, self.session)
            participations.append(node)
        if organizer.person_name:
            person = self._person(person_key(organizer), organizer.person_name)
            self._add(person, IGF.stakeholderGroup, group)
            node = self._participation_iri(person_key(organizer), Role.ORGANIZER)
            self._participation(node, person, self.session, Role.ORGANIZER, organizer.span)
            self._add(node, IGF.onBehalfOf, organisation)
            self._add(person, IGF.organised, self.session)
            participations.append(node)
        for node in participations:
            self._add(node, IGF.stakeholderGroup, group)
            self._add(node, IGF.stakeholderGroupBasis, organizer.stakeholder_group_basis)
            self._add(node, IGF.regionalGroup, organizer.regional_group)

    def _person_mention(self, mention: PersonMention) -> None:
        person = self._person(person_key(mention), mention.person_name or mention.name)
        group = mention.stakeholder_group and stakeholder_iri(mention.stakeholder_group)
        self._add(person, IGF.stakeholderGroup, group)
        event = self.session if mention.panel is None else self._panel(mention.panel)
        node = self._participation_iri(person_key(mention), mention.role, mention.panel)
        self._participation(node, person, event, mention.role, mention.span)
        self._add(node, IGF.asWritten, mention.name_as_written)
        self._add(node, IGF.matchBasis, mention.match_basis)
        self._add(node, IGF.postTitle, mention.title)
        self._add(node, IGF.stakeholderGroup, group)
        self._add(node, IGF.stakeholderGroupBasis, mention.stakeholder_group_basis)
        self._add(node, IGF.regionalGroup, mention.regional_group)
        self._add(node, IGF.roleByPosition, mention.role_by_position)
        if mention.organisation:
            self._add(node, IGF.onBehalfOf, self._organisation(mention.organisation))
        if mention.role in SPEAKING_ROLES:
            self._add(person, IGF.spokeAt, self.session)
        if mention.role in _EVENT_SHORTCUTS:
            self._add(person, _EVENT_SHORTCUTS[mention.role], event)
        if mention.role is Role.ORGANIZER:
            self._add(person, IGF.organised, self.session)

    def _spoke_with(self) -> None:
        speakers = {
            ID[f"person/{person_key(m)}"] for m in self.report.people if m.role in SPEAKING_ROLES
        }
        for person, partner in permutations(sorted(speakers), 2):
            self._add(person, IGF.spokeWith, partner)

    def _passages(self, kind: str, link: URIRef, cls: URIRef, passages: list[Passage]) -> None:
        for number, passage in enumerate(passages, start=1):
            node = URIRef(f"{self.session}/{kind}/{number}")
            self._add(node, RDF.type, cls)
            self._add(node, RDF.value, passage.text)
            self._add(node, IGF.asWritten, passage.as_written)
            self._add(node, SDO.position, number)
            self._add(node, IGF.source, self._span(passage.span))
            self._add(self.session, link, node)
            self._topics(node, passage.topics)

    def _topics(self, node: URIRef, links: list[TopicLink]) -> None:
        """``node``'s topics, each with its evidence: ``<node>/topic/<topic>``."""
        for topic_link in links:
            evidence = URIRef(f"{node}/topic/{topic_link.topic}")
            self._add(node, IGF.topic, TOPIC[topic_link.topic])
            self._add(node, IGF.topicMatch, evidence)
            self._add(evidence, RDF.type, IGF.TopicMatch)
            self._add(evidence, IGF.matchedTopic, TOPIC[topic_link.topic])
            for words in topic_link.matched_words:
                self._add(evidence, IGF.matchedWords, words)
            self._add(evidence, IGF.source, self._span(topic_link.span))

    def _gender(self) -> None:
        gender = self.report.gender
        share = None if gender.women_share is None else Decimal(str(gender.women_share))
        figures = {
            IGF.participants: gender.participants,
            IGF.women: gender.women,
            IGF.womenShare: share,
            IGF.speakersReported: gender.speakers_reported,
            IGF.womenSpeakersReported: gender.women_speakers_reported,
        }
        if not gender.statements and all(value is None for value in figures.values()):
            return
        node = URIRef(f"{self.session}/gender")
        self._add(node, RDF.type, IGF.GenderReport)
        for predicate, value in figures.items():
            self._add(node, predicate, value)
        for statement in gender.statements:
            self._add(node, IGF.asWritten, statement.as_written)
            self._add(node, IGF.source, self._span(statement.span))
        self._add(self.session, IGF.genderReport, node)

    def _unparsed(self) -> None:
        for number, unparsed in enumerate(self.report.unparsed, start=1):
            node = URIRef(f"{self.report_iri}/unparsed/{number}")
            self._add(node, RDF.type, IGF.UnparsedText)
            self._add(node, RDF.value, unparsed.text)
            self._add(node, IGF.source, self._span(unparsed.span))
            self._add(self.report_iri, IGF.unparsed, node)
