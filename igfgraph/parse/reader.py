"""The cue-driven reader: any document, read from its blocks, role cues and person entries.

The document becomes blocks (:mod:`igfgraph.parse.blocks`). A heading or label that is a
role cue (``Moderators``, ``Speakers for segment 1``, ``Organizer 2:``) gives its role
to the people it names and to those listed under it, up to the next heading; a list
item or line with no cue above it that reads ``Topic: Name, post, organisation`` is a
speaker on an agenda; people named in running text take the role a cue beside them
gives (``moderated by``), or are participants. Every person entry is read by one grammar
(:mod:`igfgraph.parse.entries`) and becomes a person only when it looks like one
(:mod:`igfgraph.parse.names`); a line under a cue that names nobody is kept in
``unparsed`` with a warning. Session fields come from labels (``Title``, ``Date``), the
document's header line (``IGF 2019 WS #268 ...``), or its first heading that is not page
furniture (``Check-in and access this session``, ``Salle XI``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from igfgraph.errors import InputError
from igfgraph.model import (
    Basis,
    Organizer,
    Passage,
    PersonMention,
    Report,
    Role,
    Session,
    SourceSpan,
    StakeholderGroup,
    Unparsed,
)
from igfgraph.parse import gender, transcript
from igfgraph.parse.blocks import Block, Kind, read_blocks
from igfgraph.parse.entries import Entry, read_entry, read_people
from igfgraph.parse.mentions import find_mentions, unique_organisations, unique_people
from igfgraph.parse.parties import merge_same_people
from igfgraph.parse.people import parse_organisation
from igfgraph.parse.repair import ascii_punctuation, recase_title, repair_prose
from igfgraph.parse.session import parse_date, parse_time, split_session_id, type_from_text
from igfgraph.sources import SourceText

VARIANT = "generic"
REASON = "no known IGF report family: read as a generic document"
TRANSCRIPT = "transcript"
TRANSCRIPT_REASON = "speaker turns (a captioning transcript)"
# Lines of web pages and PDFs that are never the session's: navigation, prompts, banners.
FURNITURE = re.compile(
    r"^(?:you\s+are\s+(?:here|on\s+page\b.*)|jump\s+to\s+content|skip\s+to\b.*|session|sessions|"
    r"reports?|resource\s+type|event\s+report|event\s+description|check-in\s+and\s+access\b.*|"
    r"welcome\s+to\s+the\s+united\s+nations\b.*|sign\s+up\s+or\s+log\s+in\b.*|"
    r"this\s+event\s+has\s+ended\b.*|also\s+available\s+in:?|show\s+on\s+landing\s+page|"
    r"page\s+created\s+by\b.*|continue\s+reading|\[?read\s+more\b.*|welcome\s+to\s+igf\s*\d{4}\b.*|"
    r"venue\s+map|log\s*in|menu|search|home|share|print|go\s+back|back|table\s+of\s+contents|"
    r"session\s+at\s+a\s+glance|summary|full\s+session\s+report|disclaimer\b.*|finished\s+transcript|"
    r"(?:salle|room|hall|saal|conference\s+room|caucus\s+room|workshop\s+room)\b[^.:]{0,40}|ws\s+\d+\s*[–—-]\s*room\b.*|"
    r"workshop\s+details|session\s+(?:report|information|details)|.*\breal-time\s+captioning\b.*|"
    r"download\b.*|youtube\s+player|\(?\s*pause\s*\)?\.?|\*{3,})$",
    re.IGNORECASE,
)
_TITLE_LABELS = re.compile(r"^(?:session\s+)?(?:title|titre|t[ií]tulo)\b", re.IGNORECASE)
_DATE_LABELS = re.compile(
    r"^(?:date|fecha|when|date\s*(?:&|and)\s*time|time|session\s+time)\b", re.I
)
_TYPE_LABELS = re.compile(r"^(?:session\s+type|type\s+of\s+session)\b", re.IGNORECASE)
_NAME_LABELS = re.compile(r"^(?:name|nombre|nom)$", re.IGNORECASE)
# "IGF 2019 WS #268 Title", "IGF 2018 - Day 2 - Salle XI - Title", "IGF2015 Main Session Report".
_MEETING_PREFIX = re.compile(
    r"^\s*IGF\s*(?P<year>(?:19|20)\d\d)\b[\s:–—-]*(?:day\s*\d+\b[\s:–—-]*)?"
    r"(?:(?:salle|room|hall|saal|conference\s+room|workshop\s+room|main\s+hall|plenary)[^–—-]*[–—-]\s*)?",
    re.IGNORECASE,
)
_MEETING_SUFFIX = re.compile(r"\s*[|–—-]\s*IGF\s*(?P<year>(?:19|20)\d\d)\s*$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:IGF\s*)?(?P<year>20[0-2]\d|2006)\b")
_ORDINAL_MEETING = re.compile(
    r"\b(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|eigth|ninth|tenth|"
    r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth)\s+(?:annual\s+)?meeting\s+of\s+the\s+(?:internet\s+governance\s+forum|igf)",
    re.IGNORECASE,
)
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_LONG_PARAGRAPH = 25  # words: a paragraph this long ends the list a cue opened
_AGENDA = re.compile(r"^(?P<topic>[^:;]{3,120}?)\s*[:;]\s+(?P<who>\S.*)$")


def read(source: SourceText, reason: str = REASON) -> Report:
    """The report of ``source`` read by cues; :class:`InputError` for a form of bare labels."""
    blocks = read_blocks(source.lines)
    if blocks and all(block.kind is Kind.HEADING and block.label for block in blocks):
        raise InputError(
            source.path,
            f"line {blocks[0].first}: every line is a label with no value; "
            "fill in the report before reading it",
        )
    if transcript.is_transcript(blocks):
        return _Reader(source, blocks, TRANSCRIPT_REASON, TRANSCRIPT).report()
    return _Reader(source, blocks, reason).report()


class _Reader:
    """The state of reading one document."""

    def __init__(
        self, source: SourceText, blocks: list[Block], reason: str, variant: str = VARIANT
    ) -> None:
        self.source = source
        self.blocks = blocks
        self.report_ = Report(
            source=source.path,
            sha256=source.sha256,
            variant=variant,
            variant_reason=reason,
            encoding=source.encoding,
            session=Session(),
        )
        self.people: list[PersonMention] = []
        self.organizers: list[Organizer] = []

    def span(self, block: Block) -> SourceSpan:
        return self.source.span(block.first, block.last)

    def report(self) -> Report:
        report = self.report_
        self.read_session()
        if report.variant == TRANSCRIPT:
            self.read_transcript()
        else:
            report.warnings.append(
                f"{self.source.path}: {report.variant_reason} (read by its cues)"
            )
            self.read_people()
        report.people = unique_people(self.people)
        merge_same_people(report.people, self.organizers)
        report.organizers = self.organizers
        report.organisations = unique_organisations(report.organisations)
        gender.read_statements(
            [p for p in report.discussions if gender.mentions_participants(p.text)], report.gender
        )
        gender.complete(report.gender)
        report.unparsed.sort(key=lambda item: item.span.start_line)
        report.labels.sort(key=lambda span: span.start_line)
        return report

    # --- session -------------------------------------------------------------------

    def read_session(self) -> None:
        session = self.report_.session
        title_block = self.title_block()
        if title_block is not None:
            self.read_title(title_block)
        for block in self.blocks:
            if block.kind is Kind.FIELD and _DATE_LABELS.match(block.label):
                self.read_date(block.value, block, labelled=True)
            elif block.kind is Kind.FIELD and _TYPE_LABELS.match(block.label):
                if kind := type_from_text(block.value):
                    session.type = kind
                    session.spans["type"] = self.span(block)
        if session.date is None:
            self.date_near_title(title_block)
        self.complete_session()

    def title_block(self) -> Block | None:
        """The block holding the session's title: a title field, an ``IGF <year>`` header,
        or the first heading that is not page furniture."""
        labelled = next(
            (b for b in self.blocks if b.kind is Kind.FIELD and _TITLE_LABELS.match(b.label)), None
        )
        if labelled is not None:
            return labelled
        for block in self.blocks[:12]:
            text = block.text.strip()
            if block.kind in (Kind.HEADING, Kind.PARAGRAPH) and _MEETING_PREFIX.match(text):
                if len(text.split()) <= 30:
                    return block
        for block in self.blocks[:8]:
            if self.is_furniture(block) or block.roles:
                continue
            if block.kind is Kind.FIELD and block is self.blocks[0]:
                return block  # "Addis Ababa meeting: follow-up"
            if block.kind not in (Kind.HEADING, Kind.PARAGRAPH) or block.text.rstrip().endswith(
                ","
            ):
                continue
            if block.kind is Kind.PARAGRAPH and (block.last > block.first or len(block.text) > 150):
                return None  # the document opens with prose: it has no title line
            return block
        return None

    def is_furniture(self, block: Block) -> bool:
        return block.kind in (Kind.HEADING, Kind.PARAGRAPH) and bool(
            FURNITURE.match(block.text.strip())
        )

    def read_title(self, block: Block) -> None:
        session = self.report_.session
        labelled = block.kind is Kind.FIELD and _TITLE_LABELS.match(block.label)
        written = block.value if labelled else block.text.strip()
        written = re.sub(r"^#+\s*|\*+", "", written).strip()
        year = None
        if prefix := _MEETING_PREFIX.match(written):
            year = int(prefix["year"])
            written = written[prefix.end() :]
        if suffix := _MEETING_SUFFIX.search(written):
            year = year or int(suffix["year"])
            written = written[: suffix.start()]
        bare, session.id, session.type = split_session_id(written)
        bare = re.sub(r"^(?:main\s+session\s+report|pre-?report)\s*", "", bare, flags=re.I)
        session.title_as_written = block.text.strip()
        session.title = ascii_punctuation(recase_title(bare.strip(" :-–—|"))) or None
        session.year = year
        span = self.span(block)
        session.spans["title"] = span
        if session.type is None and (kind := type_from_text(written)):
            session.type = kind
        if session.id or session.type:
            session.spans["id"] = session.spans["type"] = span
        block.kind = Kind.HEADING if block.kind is Kind.PARAGRAPH else block.kind
        self.report_.labels.append(span)
        self.title = block

    def read_date(self, text: str, block: Block, labelled: bool) -> bool:
        session = self.report_.session
        date = parse_date(text)
        time = parse_time(text) if labelled or date else None
        if date is None and time is None:
            return False
        session.date = session.date or date
        session.time = session.time or (time.split("-")[0] if time else None)
        session.spans["date"] = session.spans["time"] = self.span(block)
        return True

    def date_near_title(self, title: Block | None) -> None:
        """A date on one of the lines just after the title (``Thursday, 1st December,
        2022 (13:45 UTC)``, ``12 Oct 2023 08:30h - 09:30h UTC``)."""
        start = self.blocks.index(title) + 1 if title in self.blocks else 0
        for block in self.blocks[start : start + 4]:
            if block.kind in (Kind.HEADING, Kind.PARAGRAPH) and len(block.text.split()) <= 20:
                if self.read_date(block.text, block, labelled=False):
                    self.report_.labels.append(self.span(block))
                    return

    def complete_session(self) -> None:
        session = self.report_.session
        text = "\n".join(self.source.lines[:40])
        if session.year is None and session.date is not None:
            session.year = session.date.year
        if session.year is None and (ordinal := _ORDINAL_MEETING.search(text)):
            session.year = (
                2005 + _ORDINALS.index(ordinal["ordinal"].lower().replace("eigth", "eighth")) + 1
            )
        if session.year is None and (year := _YEAR.search(session.title_as_written or "")):
            session.year = int(year["year"])
        if session.type is None and (kind := type_from_text("\n".join(self.source.lines[:6]))):
            session.type = kind
        session.meeting = f"IGF {session.year}" if session.year else None

    # --- people --------------------------------------------------------------------

    def read_people(self) -> None:
        context: tuple[Role, ...] = ()
        title = getattr(self, "title", None)
        for block in self.blocks:
            if block is title:
                continue
            if self.is_furniture(block):
                self.report_.labels.append(self.span(block))
                continue
            roles = block.roles
            if block.kind is Kind.HEADING:
                if roles:
                    context = roles
                    self.report_.labels.append(self.span(block))
                elif context and self.add_entries(block, block.text, context):
                    pass
                else:
                    context = ()
                    self.keep_text(block)
            elif block.kind is Kind.FIELD:
                context = self.read_field(block, roles, context)
            elif block.kind in (Kind.ITEM, Kind.ROW):
                self.read_item(block, context)
            elif block.kind is Kind.PARAGRAPH:
                short = len(block.text.split()) <= 16 and block.first == block.last
                if context and short and self.add_entries(block, block.text, context):
                    continue
                if len(block.text.split()) >= _LONG_PARAGRAPH:
                    context = ()
                self.read_prose(block)
            else:
                self.keep_text(block)

    def read_transcript(self) -> None:
        """Speakers from the turns; every other block is the page around them."""
        self.people.extend(transcript.mentions(transcript.read_turns(self.blocks, self.span)))
        title = getattr(self, "title", None)
        for block in self.blocks:
            if block is title:
                continue
            span = self.span(block)
            if block.kind is Kind.TURN:
                self.report_.discussions.append(
                    Passage(repair_prose(block.value), block.text, span)
                )
            elif self.is_furniture(block):
                self.report_.labels.append(span)
            else:
                self.keep_text(block)

    def read_field(
        self, block: Block, roles: tuple[Role, ...], context: tuple[Role, ...]
    ) -> tuple[Role, ...]:
        session = self.report_.session
        span = self.span(block)
        if roles:
            if not self.add_entries(block, block.value, roles):
                self.keep_unparsed(block, f"names nobody under the label '{block.label}'")
            return roles
        if _TITLE_LABELS.match(block.label) or _DATE_LABELS.match(block.label):
            if span not in session.spans.values():
                self.report_.labels.append(span)
            return context
        if _NAME_LABELS.match(block.label) and self.add_entries(
            block, block.value, context or (Role.SPEAKER,)
        ):
            return context
        agenda = read_entry(block.value, named_context=False)
        if agenda is not None and len(block.label.split()) <= 12:
            self.add(block, [agenda], context or (Role.SPEAKER,))  # "Openness: Vint Cerf, Google"
            return context
        self.keep_text(block)
        return context

    def read_item(self, block: Block, context: tuple[Role, ...]) -> None:
        text = block.value
        if context and self.add_entries(block, text, context):
            return
        agenda = _AGENDA.match(text)
        if agenda and (entries := read_people(agenda["who"], named_context=False)):
            self.add(block, entries, (Role.SPEAKER,))
            return
        if context:
            self.keep_unparsed(block, "names nobody, under a list of people")
            return
        self.read_prose(block)

    def add_entries(self, block: Block, text: str, roles: tuple[Role, ...]) -> bool:
        entries = read_people(text)
        if entries:
            self.add(block, entries, roles)
        return bool(entries)

    def add(self, block: Block, entries: Iterable[Entry], roles: tuple[Role, ...]) -> None:
        span = self.span(block)
        for entry in entries:
            for role in roles:
                person = mention(entry, role, span)
                self.people.append(person)
                if role is Role.ORGANIZER:
                    self.organizers.append(
                        Organizer(
                            span,
                            person_name=person.name,
                            organisation=person.organisation,
                            stakeholder_group=person.stakeholder_group,
                            stakeholder_group_basis=person.stakeholder_group_basis,
                            regional_group=person.regional_group,
                        )
                    )

    def read_prose(self, block: Block) -> None:
        text = block.value if block.kind is Kind.ITEM else block.text
        span = self.span(block)
        found = find_mentions(text, span)
        self.people.extend(found.people)
        self.report_.organisations.extend(found.organisations)
        self.report_.discussions.append(Passage(repair_prose(text), text, span))

    def keep_text(self, block: Block) -> None:
        """A block that is text about the session: kept as a passage of its description."""
        text = block.value if block.kind is Kind.FIELD and not block.text else block.text
        self.report_.description.append(Passage(repair_prose(text), text, self.span(block)))

    def keep_unparsed(self, block: Block, why: str) -> None:
        span = self.span(block)
        self.report_.unparsed.append(Unparsed(block.text.strip(), span))
        self.report_.warnings.append(f"{span}: {why}; kept as unparsed")


def mention(entry: Entry, role: Role, span: SourceSpan) -> PersonMention:
    """The person an entry writes, in ``role``."""
    person = PersonMention(entry.name, entry.name_as_written, role, span, title=entry.post)
    if entry.organisation:
        person.organisation = parse_organisation(entry.organisation, span)
    if entry.group:
        person.stakeholder_group = StakeholderGroup(entry.group)
        person.stakeholder_group_basis = Basis.STATED
    person.regional_group = entry.region
    return person
