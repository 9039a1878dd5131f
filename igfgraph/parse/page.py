"""Session pages (FORMATS.md C): programme entries of 2017-2024 with reports appended.

A page is its header (``IGF 2018 WS #136`` and the title, on one line or two), then
labelled fields. A label starts a line and its value is the rest of the line or the
lines after it (often after blank lines) up to the next label. Numbered labels
(``Organizer 1:``, ``Speaker 2:``) carry one party each. When the moderator, online
moderator or rapporteur label is missing, a bare name line takes the next of those
roles in the page's order (``role_by_position``). The variants differ only in how they
are recognised; reading them is the same, here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from igfgraph.errors import InputError
from igfgraph.model import (
    GenderFigures,
    Organizer,
    Passage,
    PersonMention,
    Report,
    Role,
    Session,
    SourceSpan,
    Unparsed,
)
from igfgraph.parse import gender
from igfgraph.parse.parties import (
    Party,
    looks_like_name,
    merge_same_people,
    parse_parties,
)
from igfgraph.parse.people import parse_organisation
from igfgraph.parse.repair import ascii_punctuation, recase_title, repair_prose
from igfgraph.parse.session import parse_date, parse_time, split_session_id, type_from_text
from igfgraph.sources import SourceText

_HEADER = re.compile(r"^\s*IGF\s+(?P<year>\d{4})\b\s*(?P<rest>.*)$", re.IGNORECASE)
_LISTING_PLACE = re.compile(r"^[-–—,:]")
_BULLET = r"^\s*(?:[-•*·]\s*)?"
# (field, pattern of the label up to where its value starts); the first match wins.
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(_BULLET + f"(?:{pattern})" + r"\s*(?::|$)", re.IGNORECASE))
    for name, pattern in (
        ("organizer", r"(?:Co-?)?Organi[sz]er\s*\d+"),
        ("speaker", r"Speaker\s*\d+"),
        ("moderator_organizer", r"Moderator\s+and\s+Organi[sz]er"),
        ("organizers", r"(?:Session\s+)?Organi[sz]ers?|Organi[sz]ing\s+Team"),
        ("speakers", r"(?:List\s+of\s+)?Speakers?"),
        ("proposer", r"(?:Co-?)?Proposer'?s?\s+Name"),
        ("proposer_org", r"(?:Co-?)?Proposer'?s?\s+Organi[sz]ation"),
        ("moderator", r"(?:Onsite\s+|On-site\s+|In-person\s+)?Moderator|Moderador(?:a)?"),
        (
            "online_moderator",
            r"Online\s+Moderator|Remote\s+Moderator|Moderador(?:a)?\s+en\s+l[ií]nea",
        ),
        ("rapporteur", r"Rapporteur(?:\s*/\s*Note\s*-?\s*taker)?|Relator(?:a)?"),
        ("stakeholder", r"Stakeholder(?:\s+Group)?"),
        ("regional_group", r"Regional\s+Group"),
        ("time", r"Time|Date(?:\s+and\s+Time)?|Session\s+Time"),
        ("room", r"Room|Venue|Location"),
        ("key_issues", r"Key\s+Takeaways?(?:\s*\([^)]*\))?"),
        ("way_forward", r"Call\s+to\s+Actions?(?:\s*\([^)]*\))?"),
        ("session_report", r"Session\s+Report(?:\s*\([^)]*\))?"),
        ("participants", r"(?:Estimated?\s+)?(?:Total\s+)?(?:Number\s+of\s+)?Participants"),
        ("women", r"(?:Estimated?\s+)?(?:Number\s+of\s+)?Women(?:\s+participants)?"),
        (
            "description",
            r"Subtheme|Sub-?theme|Theme|Format|Session\s+Format|Duration(?:\s*\(minutes\))?|"
            r"Policy\s+Questions?(?:\s*\(s\))?|Relation\s+to\s+SDGs|SDGs|Targets|"
            r"About\s+this\s+Session|Description|Session\s+Description|Content\s+of\s+the\s+Session|"
            r"Relevance\s+of\s+the\s+Session|Expected\s+Outcomes?|Interventions|Diversity|"
            r"Online\s+Participation|Discussion\s+facilitation|Tags?\s*\d*|Additional\s+Speakers",
        ),
    )
)
# A format line: "Round Table - 90 Min", "Panel - 60 Min", "Break-out Group Discussions".
_FORMAT = re.compile(r"^\s*[A-Z][\w\- ]{2,40}\s+-\s+(?:[\w\- ]+-\s+)?\d{2,3}\s*Min\.?\s*$", re.I)
_NRI_TITLE = re.compile(r"^\s*\[\s*(?P<acronym>NRIs?)\s*\]")
_UTC = re.compile(r"\b(?:UTC|GMT)\b")
_PERSON_FIELDS = {
    "organizer": Role.ORGANIZER,
    "organizers": Role.ORGANIZER,
    "proposer": Role.ORGANIZER,
    "speaker": Role.SPEAKER,
    "speakers": Role.SPEAKER,
    "moderator": Role.MODERATOR,
    "online_moderator": Role.ONLINE_MODERATOR,
    "rapporteur": Role.RAPPORTEUR,
}
# The roles a page lists after its speakers, in order: a bare name takes the next one.
_POSITION_ROLES = ("moderator", "online_moderator", "rapporteur")


def label_at(line: str) -> tuple[str, str] | None:
    """(field, value on the same line) when ``line`` starts with a session page label."""
    for name, pattern in _LABELS:
        match = pattern.match(line)
        if match:
            return name, line[match.end() :].strip()
    return None


def labels_in(source: SourceText) -> set[str]:
    """The fields whose labels ``source`` holds."""
    return {found[0] for line in source.lines if (found := label_at(line))}


def header_of(source: SourceText) -> re.Match[str] | None:
    """The ``IGF <year> ...`` header on the first non-blank line, if there is one; not a
    listing's ``IGF 2021 - Katowice, Poland``."""
    first = next((line for line in source.lines if line.strip()), "")
    header = _HEADER.match(first)
    return None if header is None or _LISTING_PLACE.match(header["rest"]) else header


@dataclass
class _Value:
    """The lines of one labelled field: (line number, text) pairs."""

    field: str
    lines: list[tuple[int, str]] = field(default_factory=list)
    by_position: bool = False


def parse_page(source: SourceText, variant: str, reason: str) -> Report:
    """Read a session page; raise :class:`InputError` when it names no session."""
    page = _Page(source)
    values = page.collect()
    report = Report(
        source=source.path,
        sha256=source.sha256,
        variant=variant,
        variant_reason=reason,
        encoding=source.encoding,
        session=page.session(values),
        labels=page.labels,
        unparsed=page.unparsed,
        warnings=page.warnings,
    )
    if not report.session.title:
        raise InputError(
            source.path, "looks like a session page but has no title line; add the title"
        )
    page.people_and_organizers(values, report)
    report.key_issues = page.passages(values, "key_issues")
    report.way_forward = page.passages(values, "way_forward")
    report.discussions = page.passages(values, "session_report")
    report.description = page.passages(values, "description")
    report.gender = page.gender(values, report.discussions)
    report.unparsed.sort(key=lambda item: item.span.start_line)
    report.labels.sort(key=lambda span: span.start_line)
    return report


class _Page:
    """The state of reading one page: its source, labels, unparsed lines, warnings."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.labels: list[SourceSpan] = []
        self.unparsed: list[Unparsed] = []
        self.warnings: list[str] = []
        self.title_lines: list[tuple[int, str]] = []
        self.year: int | None = None
        self.id_text = ""

    def collect(self) -> list[_Value]:
        """The labelled values in page order; header, labels and stray lines recorded."""
        values: list[_Value] = []
        current: _Value | None = None
        lines = [(n, line.strip()) for n, line in enumerate(self.source.lines, 1) if line.strip()]
        start = self.read_header(lines)
        for number, text in lines[start:]:
            label = label_at(text)
            if label:
                current = _Value(label[0])
                values.append(current)
                if label[1]:
                    current.lines.append((number, label[1]))
                else:
                    self.labels.append(self.source.span(number))
                if label[0] in ("organizer", "speaker"):
                    current = None
            elif _FORMAT.match(text):
                values.append(_Value("format", [(number, text)]))
                current = _Value("description")
                values.append(current)
            elif self.by_position(current, text):
                role = self.next_position_role(values)
                current = _Value(role, [(number, text)], by_position=True)
                values.append(current)
            elif current is None:
                self.unparsed.append(Unparsed(text, self.source.span(number)))
            else:
                current.lines.append((number, text))
        return [value for value in values if value.lines]

    def read_header(self, lines: list[tuple[int, str]]) -> int:
        """Read the header lines (year, id, title); the index of the first line after them."""
        if not lines:
            return 0
        number, first = lines[0]
        header = _HEADER.match(first)
        rest = header["rest"] if header else first
        if header:
            self.year = int(header["year"])
        title, session_id, _ = split_session_id(rest)
        self.id_text = rest if session_id else ""
        self.title_lines = [(number, first)]
        if title.strip() or len(lines) < 2 or label_at(lines[1][1]):
            return 1
        self.title_lines.append(lines[1])  # "IGF 2018 WS #136" then the title alone
        return 2

    def by_position(self, current: _Value | None, text: str) -> bool:
        """True for a bare name where a role label was dropped: after the numbered
        organisers and speakers, or after a role label's own name."""
        if not looks_like_name(text):
            return False
        return current is None or (current.field in _POSITION_ROLES and bool(current.lines))

    def next_position_role(self, values: list[_Value]) -> str:
        seen = [v.field for v in values if v.field in _POSITION_ROLES and v.lines]
        if not seen:
            return _POSITION_ROLES[0]
        index = _POSITION_ROLES.index(seen[-1]) + 1
        return _POSITION_ROLES[min(index, len(_POSITION_ROLES) - 1)]

    def session(self, values: list[_Value]) -> Session:
        session = Session()
        if self.title_lines:
            span = self.source.span(self.title_lines[0][0], self.title_lines[-1][0])
            written = " ".join(text for _, text in self.title_lines)
            header = _HEADER.match(written)
            bare, session.id, session.type = split_session_id(header["rest"] if header else written)
            session.title_as_written = written
            session.title = ascii_punctuation(recase_title(bare)) or None
            session.spans["title"] = span
            if session.type is None and (named := type_from_text(written)):
                session.type = named
            if session.id or session.type:
                session.spans["id"] = session.spans["type"] = span
        for value in values:
            if value.field == "time":
                self.read_time(value, session)
            elif value.field in ("format", "room"):
                session.spans[value.field] = self.span(value)
        session.year = self.year or (session.date.year if session.date else None)
        session.meeting = f"IGF {session.year}" if session.year else None
        return session

    def read_time(self, value: _Value, session: Session) -> None:
        text = " ".join(text for _, text in value.lines)
        session.date = session.date or parse_date(text)
        time = parse_time(text)
        if time and _UTC.search(text):
            time += " UTC"
        session.time = session.time or time
        if session.date or session.time:
            session.spans["date"] = session.spans["time"] = self.span(value)
        else:
            self.unparsed.extend(Unparsed(t, self.source.span(n)) for n, t in value.lines)
            self.warnings.append(f"{self.span(value)}: cannot read the time '{text}'")

    def span(self, value: _Value) -> SourceSpan:
        return self.source.span(value.lines[0][0], value.lines[-1][0])

    def people_and_organizers(self, values: list[_Value], report: Report) -> None:
        """People in their roles and the organising parties, in page order."""
        people: list[PersonMention] = []
        organizers: list[Organizer] = []
        parties: list[Party] = []
        for value in values:
            if value.field == "moderator_organizer":
                parties += self.read_parties(value, Role.MODERATOR, people)
                for party in self.read_parties(value, Role.ORGANIZER, people):
                    organizers.append(party.organizer())
            elif value.field in ("stakeholder", "regional_group"):
                self.apply_to_organizers(value, organizers, people)
            elif value.field == "proposer_org":
                self.apply_proposer_org(value, organizers, people)
            elif value.field in _PERSON_FIELDS:
                role = _PERSON_FIELDS[value.field]
                found = self.read_parties(value, role, people)
                if role is Role.ORGANIZER:
                    organizers.extend(party.organizer() for party in found)
        if (nri := _NRI_TITLE.match(report.session.title_as_written or "")) and not organizers:
            span = report.session.spans["title"]
            nris = parse_organisation(nri["acronym"], span)
            organizers.append(Organizer(span, organisation=nris))
        merge_same_people(people, organizers)
        report.people, report.organizers = people, organizers

    def read_parties(self, value: _Value, role: Role, people: list[PersonMention]) -> list[Party]:
        found: list[Party] = []
        for number, text in value.lines:
            parties = parse_parties(text, self.source.span(number), role)
            if role is not Role.ORGANIZER:  # only organisers may be organisations alone
                parties = [party for party in parties if party.person is not None]
            if not parties:
                self.unparsed.append(Unparsed(text, self.source.span(number)))
            for party in parties:
                if party.person is not None:
                    party.person.role_by_position = value.by_position
                    people.append(party.person)
            found += parties
        return found

    def apply_to_organizers(
        self, value: _Value, organizers: list[Organizer], people: list[PersonMention]
    ) -> None:
        """``Stakeholder:`` and ``Regional Group:`` lines describe the organisers above them."""
        text = " ".join(text for _, text in value.lines)
        self.labels.append(self.span(value))  # read into the organisers above
        parties = parse_parties(text, self.source.span(value.lines[0][0]), Role.ORGANIZER)
        party = parties[0] if parties else None
        for organizer in organizers:
            if value.field == "regional_group":
                organizer.regional_group = organizer.regional_group or text
            elif party is not None and party.organizer().stakeholder_group is not None:
                organizer.stakeholder_group = organizer.stakeholder_group or (
                    party.organizer().stakeholder_group
                )
                organizer.stakeholder_group_basis = party.organizer().stakeholder_group_basis
        named = {organizer.person_name for organizer in organizers}
        for person in people:
            if person.name in named:
                best = next(o for o in organizers if o.person_name == person.name)
                person.regional_group = person.regional_group or best.regional_group
                if person.stakeholder_group is None and best.stakeholder_group is not None:
                    person.stakeholder_group = best.stakeholder_group
                    person.stakeholder_group_basis = best.stakeholder_group_basis

    def apply_proposer_org(
        self, value: _Value, organizers: list[Organizer], people: list[PersonMention]
    ) -> None:
        """``Proposer's Organization:`` belongs to the proposer named just before it."""
        text = " ".join(text for _, text in value.lines)
        organisation = parse_organisation(text, self.span(value))
        if organizers and organizers[-1].organisation is None:
            organizers[-1].organisation = organisation
            for person in people:
                if person.role is Role.ORGANIZER and person.name == organizers[-1].person_name:
                    person.organisation = organisation
        else:
            organizers.append(Organizer(self.span(value), organisation=organisation))

    def passages(self, values: list[_Value], name: str) -> list[Passage]:
        """One passage per line of the named fields (pages write one item per line)."""
        return [
            Passage(repair_prose(text), text, self.source.span(number))
            for value in values
            if value.field == name
            for number, text in value.lines
        ]

    def gender(self, values: list[_Value], report_passages: list[Passage]) -> GenderFigures:
        figures = GenderFigures()
        for name in ("participants", "women"):
            for passage in self.passages(values, name):
                figures.statements.append(passage)
                self.warnings.extend(gender.read_answer(name, passage, figures))
        for passage in report_passages:  # "About 50 people took part, roughly half women"
            before = (figures.participants, figures.women, figures.women_share)
            gender.read_estimates(passage, figures)
            if (figures.participants, figures.women, figures.women_share) != before:
                figures.statements.append(passage)
        gender.complete(figures)
        return figures
