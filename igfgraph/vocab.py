"""The project's own terms as checked Python names, and the namespaces of its data.

``IGF`` mirrors ``ontology/igf.ttl`` term for term (a test compares the two); a
misspelt term raises instead of minting a new IRI. Reused vocabularies come from
rdflib (FOAF, ORG, SKOS, PROV, DCTERMS, SDO); schema.org is ``http://schema.org/``.
The concept IRIs of roles, session types and stakeholder groups are slugs of the
model's enum values (``online_moderator`` -> ``role:online-moderator``).
"""

from __future__ import annotations

from typing import TypeVar

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    DefinedNamespace,
)

from igfgraph import identity
from igfgraph.identity import slug
from igfgraph.model import Role, StakeholderGroup

ONTOLOGY_IRI = "https://w3id.org/igfgraph/ontology"
ONTOLOGY_VERSION = "0.1"


class IGF(DefinedNamespace):
    """igfgraph ontology terms (``ontology/igf.ttl``)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # Classes
    AnnualMeeting: URIRef  # A yearly IGF meeting, e.g. IGF 2017 in Geneva.
    Session: URIRef  # A session of an annual meeting (workshop, open forum, ...).
    Panel: URIRef  # A panel or agenda segment within a session.
    Report: URIRef  # A document reporting on a session: the source of the facts.
    Participation: URIRef  # n-ary: an agent took part in a session or panel in a role.
    Role: URIRef  # A role in a session (speaker, moderator, ...): a SKOS concept.
    SessionType: URIRef  # A kind of session (workshop, open forum, ...): a SKOS concept.
    StakeholderGroup: URIRef  # An IGF stakeholder group: a SKOS concept.
    Passage: URIRef  # A paragraph of a report (discussion, way forward, presentation).
    KeyIssue: URIRef  # An issue raised in a session, as the report states it.
    GenderReport: URIRef  # Gender figures of a session, as numbers and original words.
    SourceSpan: URIRef  # A line range of a report file.
    UnparsedText: URIRef  # Report text the parser kept but did not understand.
    Topic: URIRef  # An internet-governance topic (basket or issue): a SKOS concept.
    TopicMatch: URIRef  # Evidence that a text speaks of a topic: the words that matched.
    Speaker: URIRef  # Defined: a person with a speaking role in some session.
    CivilSocietyOrganisation: URIRef  # Defined: an organisation classified civil society.
    GovernmentOrganisation: URIRef  # Defined: an organisation classified government.
    PrivateSectorOrganisation: URIRef  # Defined: an organisation classified private sector.
    TechnicalCommunityOrganisation: URIRef  # Defined: classified technical community.
    IntergovernmentalOrganisation: URIRef  # Defined: classified intergovernmental.
    AcademicOrganisation: URIRef  # Defined: an organisation classified academia.

    # Object properties
    agent: URIRef  # A participation -> the person or organisation taking part.
    hasParticipation: URIRef  # An agent -> one of its participations (inverse of agent).
    inEvent: URIRef  # A participation -> the session or panel it happened in.
    role: URIRef  # A participation -> its role concept.
    onBehalfOf: URIRef  # A participation -> the organisation represented at the time.
    represented: URIRef  # Inferred: a person -> an organisation they took part on behalf of.
    stakeholderGroup: URIRef  # A person or participation -> stakeholder group.
    sessionType: URIRef  # A session -> its session type concept.
    keyIssue: URIRef  # A session -> a key issue raised there.
    discussion: URIRef  # A session -> a discussion paragraph.
    wayForward: URIRef  # A session -> a suggestion for the way forward.
    presentation: URIRef  # A session -> a presentation summary.
    genderReport: URIRef  # A session -> its gender figures.
    reportOf: URIRef  # A report -> the session it reports on.
    source: URIRef  # Any fact-bearing node -> the source span it was read from.
    inReport: URIRef  # A source span -> the report it lies in.
    unparsed: URIRef  # A report -> text it holds that the parser did not understand.
    topic: URIRef  # A session or key issue -> a topic it speaks of.
    topicMatch: URIRef  # A session or key issue -> the evidence of one of its topics.
    matchedTopic: URIRef  # A topic match -> its topic.
    tookPartIn: URIRef  # Inferred: an agent -> an event it took part in, and its super-events.
    organised: URIRef  # Shortcut: an organiser (organisation or person) -> session.
    spokeAt: URIRef  # Shortcut: a person -> a session where they had a speaking role.
    moderated: URIRef  # Shortcut: a person -> the session or panel they moderated.
    chaired: URIRef  # Shortcut: a person -> the session or panel they chaired.
    reported: URIRef  # Shortcut: a person -> the session or panel they were rapporteur of.
    spokeWith: URIRef  # Shortcut, symmetric: two people with speaking roles in one session.

    # Datatype properties
    sessionId: URIRef  # Normalised programme id, e.g. "WS #186".
    year: URIRef  # The year of a meeting or session.
    timeSlot: URIRef  # The time as written in the report, e.g. "09:00-14:00".
    typeInferred: URIRef  # True when the session type was inferred, not stated.
    panelNumber: URIRef  # The number of a "Panel N" block.
    asWritten: URIRef  # The text exactly as the report writes it (before repair).
    postTitle: URIRef  # A post held at the time, e.g. "Member of the European Parliament".
    regionalGroup: URIRef  # A UN regional group as stated (African Group, GRULAC, ...).
    roleByPosition: URIRef  # True when the role was read from the position in a list.
    turns: URIRef  # How many times the person took the floor, counted in a transcript.
    wordsSpoken: URIRef  # How many words the person said, counted in a transcript.
    nameGender: URIRef  # The gender a person's given name is commonly given, for counts.
    basis: URIRef  # Why something was assigned (stated, organiser list, gazetteer, rule).
    matchBasis: URIRef  # Why a participation's written name was taken to be its person.
    country: URIRef  # The country an organisation is based in.
    nameBasis: URIRef  # Why an organisation has its canonical name.
    stakeholderGroupBasis: URIRef  # Why a stakeholder group was assigned.
    startLine: URIRef  # First line of a source span (1-based).
    endLine: URIRef  # Last line of a source span (inclusive).
    sha256: URIRef  # The SHA-256 of a report file's bytes, in hex.
    variant: URIRef  # The template family a report was parsed as.
    participants: URIRef  # Number of participants reported.
    women: URIRef  # Number of women reported.
    womenShare: URIRef  # Share of women reported (0..1).
    speakersReported: URIRef  # Number of speakers a gender answer mentions.
    womenSpeakersReported: URIRef  # Number of women speakers a gender answer mentions.
    matchedWords: URIRef  # Words of a text that matched a topic's label, as written.


IGF_NS = Namespace(ONTOLOGY_IRI + "#")
ID = Namespace(identity.ID)
ROLE = Namespace("https://w3id.org/igfgraph/role/")
SESSION_TYPE = Namespace("https://w3id.org/igfgraph/session-type/")
STAKEHOLDER = Namespace("https://w3id.org/igfgraph/stakeholder-group/")
TOPIC = Namespace("https://w3id.org/igfgraph/topic/")
WD = Namespace("http://www.wikidata.org/entity/")

# The session types of ontology/session-types.ttl, as the parser writes them.
SESSION_TYPES = (
    "workshop",
    "open forum",
    "best practice forum",
    "dynamic coalition",
    "main session",
    "day 0 event",
    "lightning talk",
    "networking session",
    "nri session",
    "town hall",
    "other",
)

PREFIXES: dict[str, Namespace] = {
    "igf": IGF_NS,
    "id": ID,
    "role": ROLE,
    "stype": SESSION_TYPE,
    "sg": STAKEHOLDER,
    "topic": TOPIC,
    "wd": WD,
    "schema": Namespace(str(SDO)),
    "foaf": Namespace(str(FOAF)),
    "org": Namespace(str(ORG)),
    "skos": Namespace(str(SKOS)),
    "prov": Namespace(str(PROV)),
    "dcterms": Namespace(str(DCTERMS)),
    "owl": Namespace(str(OWL)),
    "rdfs": Namespace(str(RDFS)),
    "rdf": Namespace(str(RDF)),
    "xsd": Namespace(str(XSD)),
}

_GraphT = TypeVar("_GraphT", bound=Graph)


def bind_prefixes(graph: _GraphT) -> _GraphT:
    """Bind the project's prefixes on ``graph`` (every serialised graph uses the same)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def role_iri(role: Role) -> URIRef:
    """The role concept of ``role``, e.g. ``role:online-moderator``."""
    return ROLE[slug(role.value)]


def stakeholder_iri(group: StakeholderGroup) -> URIRef:
    """The stakeholder-group concept of ``group``, e.g. ``sg:civil-society``."""
    return STAKEHOLDER[slug(group.value)]


_SESSION_TYPE_SLUGS = frozenset(slug(name) for name in SESSION_TYPES)


def session_type_iri(session_type: str) -> URIRef:
    """The session-type concept of ``session_type`` ("open forum"); unknown types are ``other``."""
    key = slug(session_type)
    return SESSION_TYPE[key if key in _SESSION_TYPE_SLUGS else "other"]
