"""The parsed report: plain dataclasses that travel from parse to resolve to rdf.

Every fact carries the :class:`SourceSpan` it was read from, so that the graph can
say which file and lines a statement came from (PROV-O in :mod:`igfgraph.rdf`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    """What a person did in a session or panel (the ontology's role concepts)."""

    SPEAKER = "speaker"
    MODERATOR = "moderator"
    ONLINE_MODERATOR = "online_moderator"
    CHAIR = "chair"
    RAPPORTEUR = "rapporteur"
    ORGANIZER = "organizer"
    PARTICIPANT = "participant"


SPEAKING_ROLES = frozenset({Role.SPEAKER, Role.MODERATOR, Role.ONLINE_MODERATOR, Role.CHAIR})


class StakeholderGroup(StrEnum):
    """The six stakeholder groups of the IGF (``ontology/stakeholders.ttl``)."""

    CIVIL_SOCIETY = "civil society"
    GOVERNMENT = "government"
    PRIVATE_SECTOR = "private sector"
    TECHNICAL_COMMUNITY = "technical community"
    INTERGOVERNMENTAL = "intergovernmental organization"
    ACADEMIA = "academia"


class Basis(StrEnum):
    """Why a stakeholder group or organisation name was assigned."""

    STATED = "stated"  # written in the document
    ORGANISER_LIST = "organiser list"  # acronym expanded from the report's own organisers
    GAZETTEER = "gazetteer"  # found in igfgraph/data/organisations.yaml
    RULE = "rule"  # a naming rule (university -> academia, ministry -> government, ...)
    CORPUS = "corpus"  # learned from other reports ("Full Name (ACR)", another spelling)
    CURATION = "curation"  # set by the user's curation file


@dataclass(frozen=True)
class SourceSpan:
    """Lines ``start_line``..``end_line`` (1-based, inclusive) of ``file`` and their text."""

    file: str
    start_line: int
    end_line: int
    text: str

    def __str__(self) -> str:
        lines = (
            f"{self.start_line}"
            if self.start_line == self.end_line
            else f"{self.start_line}-{self.end_line}"
        )
        return f"{self.file}:{lines}"


@dataclass(frozen=True)
class TopicLink:
    """A topic of ``ontology/topics.ttl`` that a text speaks of, and the evidence."""

    topic: str  # the concept's notation, e.g. "cybersecurity" (topic:cybersecurity)
    matched_words: tuple[str, ...]  # the words of the text that matched, as written
    span: SourceSpan  # where the text was read


@dataclass
class Organisation:
    """An organisation as one report refers to it."""

    as_written: str
    span: SourceSpan
    name: str | None = None  # canonical full name; None when only an acronym is known
    acronym: str | None = None
    name_basis: Basis | None = None
    stakeholder_group: StakeholderGroup | None = None
    stakeholder_group_basis: Basis | None = None
    wikidata: str | None = None  # Q-identifier
    key: str | None = None  # the organisation's identity across reports (resolve stage)
    country: str | None = None
    parent: Organisation | None = None  # the organisation a unit (a centre, a lab) belongs to


@dataclass
class PersonMention:
    """A person in one role, as one report writes them (one per person and role)."""

    name: str  # clean form: normal word order, no salutation, diacritics as written
    name_as_written: str
    role: Role
    span: SourceSpan
    panel: int | str | None = None
    organisation: Organisation | None = None
    title: str | None = None  # a post such as "Member of the European Parliament"
    stakeholder_group: StakeholderGroup | None = None
    stakeholder_group_basis: Basis | None = None
    regional_group: str | None = None
    role_by_position: bool = False
    in_prose: bool = False  # named in running text, not in a list of people
    person_key: str | None = None  # the reconstructed person's identity (resolve stage)
    match_basis: str | None = None  # why this mention is that person ("same name; same org")
    person_name: str | None = None  # the reconstructed person's display name
    turns: int | None = None  # transcripts: how many times the person took the floor
    words_spoken: int | None = None  # transcripts: how many words they said in all
    name_gender: str | None = None  # female/male/unknown from the given name (resolve stage)


@dataclass
class Organizer:
    """An organising party: an organisation, a person, or both."""

    span: SourceSpan
    person_name: str | None = None
    organisation: Organisation | None = None
    stakeholder_group: StakeholderGroup | None = None
    stakeholder_group_basis: Basis | None = None
    regional_group: str | None = None
    person_key: str | None = None  # the organising person's identity (resolve stage)


class FieldSpans(dict[str, SourceSpan]):
    """Field name -> the span it was read from. A field written twice (a repeated
    ``Date:`` line) keeps the later line; the span it replaced stays in ``replaced``,
    so both lines are accounted for."""

    @property
    def replaced(self) -> list[SourceSpan]:
        """Spans that a later line of the same field replaced."""
        return self.__dict__.setdefault("_replaced", [])

    def __setitem__(self, name: str, span: SourceSpan) -> None:
        previous = self.get(name)
        if previous is not None and previous != span:
            self.replaced.append(previous)
        super().__setitem__(name, span)


@dataclass
class Session:
    """The session a report is about."""

    title: str | None = None
    title_as_written: str | None = None
    id: str | None = None  # normalised: "WS #186", "Open Forum #27", "Day 0 Event #68"
    year: int | None = None
    type: str | None = None  # "workshop", "day 0 event", ... (ontology session types)
    type_inferred: bool = False
    date: dt.date | None = None
    time: str | None = None  # "09:00-14:00"
    meeting: str | None = None  # "IGF 2017"
    spans: FieldSpans = field(default_factory=lambda: FieldSpans())  # field name -> span
    topics: list[TopicLink] = field(default_factory=list)  # from its title and key issues


@dataclass
class Passage:
    """A paragraph of prose (a key issue, a discussion paragraph, ...)."""

    text: str  # repaired text
    as_written: str
    span: SourceSpan
    topics: list[TopicLink] = field(default_factory=list)  # linked for key issues


@dataclass
class GenderFigures:
    """Gender reporting, as numbers and as the original words."""

    participants: int | None = None
    women: int | None = None
    women_share: float | None = None
    speakers_reported: int | None = None
    women_speakers_reported: int | None = None
    statements: list[Passage] = field(default_factory=list)  # the original answers


@dataclass
class Unparsed:
    """A line the parser did not understand, kept and reported, never dropped."""

    text: str
    span: SourceSpan


@dataclass
class Report:
    """One parsed (and resolved) report."""

    source: str  # the file as given on the command line
    sha256: str
    variant: str  # template family, e.g. "t17_report"
    variant_reason: str  # why that template was chosen
    encoding: str
    session: Session
    organizers: list[Organizer] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    key_issues: list[Passage] = field(default_factory=list)
    presentations: list[Passage] = field(default_factory=list)
    discussions: list[Passage] = field(default_factory=list)
    way_forward: list[Passage] = field(default_factory=list)
    # Programme text of a session page: description, policy questions, format, SDGs.
    description: list[Passage] = field(default_factory=list)
    gender: GenderFigures = field(default_factory=GenderFigures)
    warnings: list[str] = field(default_factory=list)
    unparsed: list[Unparsed] = field(default_factory=list)
    # Template text the parser recognised: labels left unanswered, headings ("Panel 2").
    labels: list[SourceSpan] = field(default_factory=list)
    # Organisations named in running text, apart from any person or organiser.
    organisations: list[Organisation] = field(default_factory=list)
    # A slug of the session id when the file holds several sessions (a programme listing).
    part: str | None = None
    # The report's identity in a store (igfgraph/identity.py); None: its file's stem.
    key: str | None = None
