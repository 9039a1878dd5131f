"""Labelled report templates (FORMATS.md A): labels start lines, answers follow them.

An answer is the rest of its label's line and every following line up to the next
label. Labels left unanswered are template text, kept in ``Report.labels``; lines
outside any label go to ``unparsed``. Text wrapped onto the next line (PDF columns,
hard-wrapped mail) is read as one line: a label whose end ("... (3 paragraphs):") is on
the next line, and a line of names or organisations cut inside a parenthesis, a
hyphenated word, a phrase, or at the right margin in the middle of an item.

The rapporteur templates of 2015, 2016 and 2017 differ in their label tables and in how
a few answers are read; the reading itself, shared by all of them, is here.
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
from igfgraph.parse.people import (
    ORG_WORDS,
    is_acronym,
    parse_organisation,
    parse_people,
    split_items,
)
from igfgraph.parse.repair import (
    ascii_punctuation,
    ends_hyphenated,
    ends_mid_phrase,
    join_lines,
    recase_title,
    repair_name,
    repair_prose,
    unglue_list,
)
from igfgraph.parse.session import infer_type, parse_date, parse_time, split_session_id
from igfgraph.sources import SourceText

BULLET = r"^\s*(?:[-•*·]\s*)?"
GENDER_FIELDS = ("gender", "participants", "women", "gender_discussed", "gender_summary")
_PANEL = re.compile(r"^\s*Panel\s+(?P<number>\d+)\s*:?\s*$", re.IGNORECASE)
_ORGANIZER_PREFIX = re.compile(r"^(?:and\s+)?(?:co-?\s*)?(?:organi[sz]ers?\b:?\s*)?", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.?!][\"')\]]*$")
_ITEM_START = re.compile(r"^\s*(?:[-•*·▪]|\d{1,2}[.)])\s+")
# The end of a label wrapped onto the next line: "session:", "(1 sentence per issue)".
_LABEL_TAIL = re.compile(r"^[a-z(].*[:)]$")
_ITEM_END = (",", ";", ")", ".", ":")
# A line of a list at least this share of the document's longest line reaches the right
# margin: when it ends inside an item, the item goes on at the start of the next line.
_WRAP_SHARE = 0.8
_NEW_BLOCK = re.compile(r"^\s*(?:Panel\s+\d+\b|[\w /-]+:)", re.IGNORECASE)  # "Moderator: ..."


@dataclass(frozen=True)
class Label:
    """One label of a template: the field it answers, its name in messages, its pattern."""

    field: str
    shown: str
    pattern: re.Pattern[str]


# The Gender Reporting questions, worded alike from 2015 to 2017.
GENDER_ROWS: tuple[tuple[str, str, str], ...] = (
    ("gender", "Gender Reporting", r"Gender\s+Reporting\s*:?\s*$"),
    (
        "participants",
        "participants",
        r"(?:Please\s+)?estimate\s+the\s+overall\s+number\s+of\s+(?:the\s+)?participants\b[^:|]*:?",
    ),
    ("women", "women", r"(?:Please\s+)?estimate\s+the\s+overall\s+number\s+of\s+women\b[^:|]*:?"),
    (
        "gender_discussed",
        "gender discussed",
        r"To\s+what\s+extent\s+did\s+the\s+session\s+discuss\s+gender\b[^?]*\?",
    ),
    (
        "gender_summary",
        "gender summary",
        r"If\s+the\s+session\s+addressed\s+issues\s+related\s+to\s+gender\b[^:|]*:?",
    ),
)


def label_table(*rows: tuple[str, str, str]) -> tuple[Label, ...]:
    """Labels from (field, shown, pattern) rows; patterns may follow a bullet."""
    return tuple(
        Label(name, shown, re.compile(BULLET + pattern, re.IGNORECASE))
        for name, shown, pattern in rows
    )


def label_at(labels: tuple[Label, ...], line: str) -> tuple[Label, str] | None:
    """The label starting ``line`` and the rest of the line after it, if any."""
    for label in labels:
        match = label.pattern.match(line)
        if match:
            return label, line[match.end() :].strip()
    return None


def labels_found(labels: tuple[Label, ...], source: SourceText) -> dict[str, str]:
    """Field -> shown label, for every label that starts a line of ``source``."""
    found: dict[str, str] = {}
    for line in source.lines:
        if hit := label_at(labels, line):
            found.setdefault(hit[0].field, hit[0].shown)
    return found


def wrapped_label(labels: tuple[Label, ...], line: str, following: str) -> tuple[Label, str] | None:
    """The label that ``line`` starts and ``following`` ends, when it wraps onto both."""
    alone = label_at(labels, line)
    if (alone and alone[1]) or not _LABEL_TAIL.match(following.strip()):
        return None
    hit = label_at(labels, f"{line.rstrip()} {following.strip()}")
    if hit is None or hit[1] or (alone and alone[0] != hit[0]):
        return None
    return hit


def describe(header: str | None, found: dict[str, str]) -> str:
    """The reason a template was chosen: its header (if any) and the labels found."""
    shown = ", ".join(found.values())
    return f"header '{header}' and labels {shown}" if header else f"labels {shown}"


def new_report(source: SourceText, variant: str, reason: str, session: Session) -> Report:
    """An empty report of ``source`` in ``variant``, chosen for ``reason``."""
    return Report(
        source=source.path,
        sha256=source.sha256,
        variant=variant,
        variant_reason=reason,
        encoding=source.encoding,
        session=session,
    )


@dataclass
class Answer:
    """The lines answering one label: (line number, text) pairs."""

    lines: list[tuple[int, str]] = field(default_factory=list)

    def text(self) -> str:
        return join_lines([text for _, text in self.lines])

    def unwrapped(self, longest: int) -> list[tuple[int, int, str]]:
        """The lines as (first line, last line, text), lines wrapped inside an item joined.

        ``longest`` is the length of the document's longest line (its right margin).
        """
        joined: list[tuple[int, int, str]] = []
        previous = ""
        for number, text in self.lines:
            if (
                joined
                and joined[-1][1] == number - 1
                and _goes_on(joined[-1][2], previous, text, longest)
            ):
                first, _, before = joined.pop()
                joined.append((first, number, join_lines([before, text])))
            else:
                joined.append((number, number, text))
            previous = text
        return joined

    def paragraphs(self) -> list[list[tuple[int, str]]]:
        """Runs of consecutive lines (blank lines end a paragraph)."""
        runs: list[list[tuple[int, str]]] = []
        for number, text in self.lines:
            if runs and runs[-1][-1][0] == number - 1:
                runs[-1].append((number, text))
            else:
                runs.append([(number, text)])
        return runs

    def sentences(self) -> list[list[tuple[int, str]]]:
        """Paragraphs cut after every line that ends a sentence (one item per line)."""
        items: list[list[tuple[int, str]]] = []
        for paragraph in self.paragraphs():
            current: list[tuple[int, str]] = []
            for number, text in paragraph:
                if current and _ITEM_START.match(text):  # a bullet starts an item of its own
                    items.append(current)
                    current = []
                current.append((number, text))
                if _SENTENCE_END.search(text):
                    items.append(current)
                    current = []
            if current:
                items.append(current)
        return items


def _goes_on(text: str, line: str, following: str, longest: int) -> bool:
    """True when ``text`` (names or organisations) is cut inside an item ``following`` ends.

    ``line`` is the last line of ``text``, which may have been joined from several.
    """
    line = line.rstrip()
    if text.count("(") > text.count(")") or ends_hyphenated(line) or ends_mid_phrase(line):
        return True
    at_margin = len(line) >= _WRAP_SHARE * longest and not line.endswith(_ITEM_END)
    several = len(split_items(line, r";|,")) > 1
    return at_margin and several and not _NEW_BLOCK.match(following)


class LabelledReport:
    """The state of parsing one labelled report: its source, labels, unparsed lines, warnings."""

    def __init__(
        self, source: SourceText, labels: tuple[Label, ...], header: re.Pattern[str]
    ) -> None:
        self.source = source
        self.label_table = labels
        self.header = header
        self.labels: list[SourceSpan] = []
        self.unparsed: list[Unparsed] = []
        self.warnings: list[str] = []
        self.year: int | None = None
        self.longest = max(len(line.strip()) for line in source.lines)

    def collect(self) -> dict[str, Answer]:
        """The answers by field; labels and stray lines recorded on the way."""
        answers: dict[str, Answer] = {}
        current: Answer | None = None
        lines = self.source.lines
        wrapped_end = 0  # the last line of a label wrapped onto two lines
        for number, line in enumerate(lines, start=1):
            if number == wrapped_end:
                continue
            header = self.header.match(line)
            following = lines[number] if number < len(lines) else ""
            wrapped = None if header else wrapped_label(self.label_table, line, following)
            hit = wrapped or label_at(self.label_table, line)
            if header:
                year = header.groupdict().get("year")
                self.year = int(year) if year else None
                self.labels.append(self.source.span(number))
            elif wrapped:
                current = answers.setdefault(wrapped[0].field, Answer())
                wrapped_end = number + 1
                self.labels.append(self.source.span(number, wrapped_end))
            elif hit:
                current = answers.setdefault(hit[0].field, Answer())
                if hit[1]:
                    current.lines.append((number, hit[1]))
                else:
                    self.labels.append(self.source.span(number))
            elif not line.strip():
                continue
            elif current is None:
                self.keep_unparsed(number, line)
            else:
                current.lines.append((number, line.strip()))
        return {name: answer for name, answer in answers.items() if answer.lines}

    def span(self, answer: Answer | list[tuple[int, str]]) -> SourceSpan:
        lines = answer.lines if isinstance(answer, Answer) else answer
        return self.source.span(lines[0][0], lines[-1][0])

    def keep_unparsed(self, number: int, text: str, last: int | None = None) -> None:
        self.unparsed.append(Unparsed(text.strip(), self.source.span(number, last)))

    def report(
        self, answers: dict[str, Answer], variant: str, reason: str, session: Session
    ) -> Report:
        """A report with the session, labels, unparsed lines and warnings found so far."""
        if not answers:
            raise InputError(
                self.source.path,
                f"has the {variant} template but every answer is empty; "
                "fill in at least the session title and speakers",
            )
        report = new_report(self.source, variant, reason, session)
        report.labels, report.unparsed, report.warnings = self.labels, self.unparsed, self.warnings
        return report

    def session(self, answers: dict[str, Answer]) -> Session:
        """Title, id, type, date, time and meeting."""
        session = Session()
        if title := answers.get("title"):
            self.read_title(session, title.text(), self.span(title))
        if date := answers.get("date"):
            session.date = parse_date(date.text())
            if session.date:
                session.spans["date"] = self.span(date)
            else:
                self.keep_unparsed_answer(date, "date")
        if time := answers.get("time"):
            session.time = parse_time(time.text())
            if session.time:
                session.spans["time"] = self.span(time)
            else:
                self.keep_unparsed_answer(time, "time")
        self.complete_session(session)
        return session

    def read_title(self, session: Session, written: str, span: SourceSpan) -> None:
        """Title, id and the type the id implies, from the title as written."""
        session.title_as_written = written
        bare, session.id, session.type = split_session_id(written)
        session.title = ascii_punctuation(recase_title(bare))
        session.spans["title"] = span
        if session.id:
            session.spans["id"] = session.spans["type"] = span

    def complete_session(self, session: Session) -> None:
        """Year and meeting from the date (or the header), and a type the date implies."""
        session.year = session.date.year if session.date else self.year
        session.meeting = f"IGF {session.year}" if session.year else None
        if session.type is None and (inferred := infer_type(session.date)):
            session.type, session.type_inferred = inferred, True
            session.spans["type"] = session.spans["date"]

    def keep_unparsed_answer(self, answer: Answer, what: str) -> None:
        for number, text in answer.lines:
            self.keep_unparsed(number, text)
        self.warnings.append(f"{self.span(answer)}: cannot read the {what} '{answer.text()}'")

    def organizers(self, answer: Answer | None) -> tuple[list[Organizer], list[PersonMention]]:
        """Organising organisations, and people (with their organisations) who organised."""
        lines = answer.unwrapped(self.longest) if answer else []
        organizers, people, unread = organizers_on(lines, self.source)
        self.unparsed.extend(unread)
        return organizers, people

    def people(self, answer: Answer | None, role: Role) -> list[PersonMention]:
        """The people written in an answer, one line at a time."""
        found: list[PersonMention] = []
        for first, last, text in answer.unwrapped(self.longest) if answer else []:
            found.extend(self.people_on_lines(first, last, text, role, None))
        return found

    def people_on_lines(
        self, first: int, last: int, text: str, role: Role, panel: int | None
    ) -> list[PersonMention]:
        people = parse_people(text, self.source.span(first, last), role, panel)
        if not people:
            self.keep_unparsed(first, text, last)
        return people

    def speakers(self, answer: Answer | None) -> list[PersonMention]:
        """Speakers and panel moderators, by ``Panel N`` block."""
        found: list[PersonMention] = []
        panel: int | None = None
        for first, last, text in answer.unwrapped(self.longest) if answer else []:
            if heading := _PANEL.match(text):
                panel = int(heading["number"])
                self.labels.append(self.source.span(first))
            else:
                found.extend(self.people_on_lines(first, last, text, Role.SPEAKER, panel))
        return found

    def passages(self, answer: Answer | None, one_per_sentence_line: bool = False) -> list[Passage]:
        """One passage per paragraph (or per line ending a sentence), words repaired."""
        if answer is None:
            return []
        passages: list[Passage] = []
        for paragraph in answer.sentences() if one_per_sentence_line else answer.paragraphs():
            lines = [text for _, text in paragraph]
            text = join_lines(lines)
            text = _ITEM_START.sub("", text) if one_per_sentence_line else text
            passages.append(Passage(repair_prose(text), " ".join(lines), self.span(paragraph)))
        return passages

    def gender(self, answers: dict[str, Answer]) -> GenderFigures:
        """Gender figures from the answers of the Gender Reporting section."""
        figures = GenderFigures()
        for name in GENDER_FIELDS:
            for passage in self.passages(answers.get(name)):
                passage.text = passage.text.removeprefix("- ")
                figures.statements.append(passage)
                self.warnings.extend(gender.read_answer(name, passage, figures))
        gender.complete(figures)
        return figures


def organizers_in(
    lines: list[tuple[int, str]], source: SourceText
) -> tuple[list[Organizer], list[PersonMention], list[Unparsed]]:
    """Organisers written on ``lines`` (number, text): organisations, or people with theirs."""
    return organizers_on([(number, number, text) for number, text in lines], source)


def organizers_on(
    lines: list[tuple[int, int, str]], source: SourceText
) -> tuple[list[Organizer], list[PersonMention], list[Unparsed]]:
    """Organisers written on ``lines`` (first line, last line, text), and the lines that
    name none (an empty bullet), kept as unparsed."""
    organizers: list[Organizer] = []
    people: list[PersonMention] = []
    unread: list[Unparsed] = []
    for first, last, text in lines:
        span = source.span(first, last)
        if not any(character.isalnum() for character in text):
            unread.append(Unparsed(span.text.strip(), span))
            continue
        for item in split_items(unglue_list(text), r";|,"):
            entry = _ORGANIZER_PREFIX.sub("", item.text)
            if names_people(entry):
                for person in parse_people(entry, span, Role.ORGANIZER):
                    people.append(person)
                    organizers.append(organizer_of(person))
            elif entry:
                organizers.append(Organizer(span, organisation=parse_organisation(entry, span)))
    return organizers, people, unread


def finish(report: Report) -> Report:
    """Sort the unparsed lines and labels of ``report`` by line."""
    report.unparsed.sort(key=lambda item: item.span.start_line)
    report.labels.sort(key=lambda span: span.start_line)
    return report


def names_people(entry: str) -> bool:
    """True for ``Ana Ruiz and Kofi Mensah (Org)``, False for ``Internet Society (ISOC)``."""
    head, _, paren = entry.partition("(")
    paren = paren.strip(" )")
    if not paren or ORG_WORDS.search(head):
        return False
    return not (is_acronym(paren) and _abbreviates(paren, repair_name(head)))


def _abbreviates(acronym: str, name: str) -> bool:
    """True when the letters of ``acronym`` follow the initials of ``name``'s words in order."""
    initials = iter(word[0].upper() for word in name.split() if word[0].isupper())
    return all(letter in initials for letter in acronym.upper() if letter.isalpha())


def organizer_of(person: PersonMention) -> Organizer:
    """The organising party a person named as organiser stands for."""
    return Organizer(
        person.span,
        person_name=person.name,
        organisation=person.organisation,
        stakeholder_group=person.stakeholder_group,
        stakeholder_group_basis=person.stakeholder_group_basis,
    )
