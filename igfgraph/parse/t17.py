"""The 2017 rapporteur report template ("IGF 2017 Reporting Template", FORMATS.md A).

Labels start lines (``- Session Title: ...``); an answer is the rest of its label's
line and every following line up to the next label. Labels left unanswered are
template text, kept in ``Report.labels``; lines outside any label go to ``unparsed``.
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
    recase_title,
    repair_name,
    repair_prose,
    unglue_list,
)
from igfgraph.parse.session import infer_type, parse_date, parse_time, split_session_id
from igfgraph.sources import SourceText

VARIANT = "t17_report"
_HEADER = re.compile(r"^\s*IGF\s+(?P<year>\d{4})\s+Reporting\s+Template\s*$", re.IGNORECASE)
_BULLET = r"^\s*(?:[-•*·]\s*)?"
# (field, label as shown in messages, pattern of the label up to where its answer starts)
_LABELS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, shown, re.compile(_BULLET + pattern, re.IGNORECASE))
    for name, shown, pattern in (
        ("title", "Session Title", r"Session\s+Title\s*:"),
        ("date", "Date", r"Date\s*:"),
        ("time", "Time", r"Time\s*:"),
        ("organizers", "Session Organizer", r"Session\s+Organi[sz]ers?\s*:"),
        ("chair", "Chair/Moderator", r"Chair\s*/\s*Moderator\s*:"),
        ("rapporteur", "Rapporteur/Notetaker", r"Rapporteur\s*/\s*Note\s*-?\s*taker\s*:"),
        ("speakers", "List of Speakers", r"List\s+of\s+Speakers\b[^:]*:"),
        ("key_issues", "Key Issues raised", r"Key\s+Issues\s+raised\s*(?:\([^)]*\))?\s*:?"),
        ("presentations", "presentations", r"If\s+there\s+were\s+presentations\b[^:]*:"),
        ("discussions", "Discussions", r"Please\s+describe\s+the\s+Discussions\b[^:]*:"),
        (
            "way_forward",
            "way forward",
            r"Please\s+describe\s+any\s+Participant\s+suggestions\b[^:]*:",
        ),
        ("gender", "Gender Reporting", r"Gender\s+Reporting\s*:?\s*$"),
        (
            "participants",
            "participants",
            r"Estimate\s+the\s+overall\s+number\s+of\s+the\s+participants\b[^:]*:",
        ),
        ("women", "women", r"Estimate\s+the\s+overall\s+number\s+of\s+women\b[^:]*:"),
        (
            "gender_discussed",
            "gender discussed",
            r"To\s+what\s+extent\s+did\s+the\s+session\s+discuss\s+gender\b[^?]*\?",
        ),
        (
            "gender_summary",
            "gender summary",
            r"If\s+the\s+session\s+addressed\s+issues\s+related\s+to\s+gender\b[^:]*:",
        ),
    )
)
_TELLING_LABELS = ("title", "chair", "rapporteur", "speakers", "key_issues")
_PANEL = re.compile(r"^\s*Panel\s+(?P<number>\d+)\s*:?\s*$", re.IGNORECASE)
_ORGANIZER_PREFIX = re.compile(r"^(?:and\s+)?(?:co-?\s*)?(?:organi[sz]ers?\b:?\s*)?", re.IGNORECASE)


@dataclass
class _Answer:
    """The lines answering one label: (line number, text) pairs."""

    lines: list[tuple[int, str]] = field(default_factory=list)

    def text(self) -> str:
        return " ".join(" ".join(text.split()) for _, text in self.lines)

    def paragraphs(self) -> list[list[tuple[int, str]]]:
        """Runs of consecutive lines (blank lines end a paragraph)."""
        runs: list[list[tuple[int, str]]] = []
        for number, text in self.lines:
            if runs and runs[-1][-1][0] == number - 1:
                runs[-1].append((number, text))
            else:
                runs.append([(number, text)])
        return runs


def _label_at(line: str) -> tuple[str, str, str] | None:
    """(field, shown label, answer on the same line) when ``line`` starts with a label."""
    for name, shown, pattern in _LABELS:
        match = pattern.match(line)
        if match:
            return name, shown, line[match.end() :].strip()
    return None


def detect(source: SourceText) -> str | None:
    """Why ``source`` is a T17 report (the reason string), or None when it is not."""
    header = next((line.strip() for line in source.lines if _HEADER.match(line)), None)
    found: dict[str, str] = {}
    for line in source.lines:
        label = _label_at(line)
        if label:
            found.setdefault(label[0], label[1])
    telling = [name for name in _TELLING_LABELS if name in found]
    if not (header and len(telling) >= 2) and not {"chair", "rapporteur"} <= set(telling):
        return None
    shown = ", ".join(found.values())
    return f"header '{header}' and labels {shown}" if header else f"labels {shown}"


def parse(source: SourceText, reason: str) -> Report:
    """Parse a T17 report; raise :class:`InputError` when no label has an answer."""
    parser = _T17(source)
    answers = parser.collect()
    if not answers:
        raise InputError(
            source.path,
            "has the IGF 2017 report template but every answer is empty; "
            "fill in at least the session title and speakers",
        )
    report = Report(
        source=source.path,
        sha256=source.sha256,
        variant=VARIANT,
        variant_reason=reason,
        encoding=source.encoding,
        session=parser.session(answers),
        labels=parser.labels,
        unparsed=parser.unparsed,
        warnings=parser.warnings,
    )
    report.organizers, organizing_people = parser.organizers(answers.get("organizers"))
    report.people = [
        *organizing_people,
        *parser.people(answers.get("chair"), Role.CHAIR),
        *parser.people(answers.get("rapporteur"), Role.RAPPORTEUR),
        *parser.speakers(answers.get("speakers")),
    ]
    report.key_issues = parser.passages(answers.get("key_issues"))
    report.presentations = parser.passages(answers.get("presentations"))
    report.discussions = parser.passages(answers.get("discussions"))
    report.way_forward = parser.passages(answers.get("way_forward"))
    report.gender = parser.gender(answers)
    report.unparsed.sort(key=lambda item: item.span.start_line)
    report.labels.sort(key=lambda span: span.start_line)
    return report


class _T17:
    """The state of parsing one T17 report: its source, labels, unparsed lines, warnings."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.labels: list[SourceSpan] = []
        self.unparsed: list[Unparsed] = []
        self.warnings: list[str] = []
        self.year: int | None = None

    def collect(self) -> dict[str, _Answer]:
        """The answers by field; labels and stray lines recorded on the way."""
        answers: dict[str, _Answer] = {}
        current: _Answer | None = None
        for number, line in enumerate(self.source.lines, start=1):
            header = _HEADER.match(line)
            label = _label_at(line)
            if header:
                self.year = int(header["year"])
                self.labels.append(self.source.span(number))
            elif label:
                current = answers.setdefault(label[0], _Answer())
                if label[2]:
                    current.lines.append((number, label[2]))
                else:
                    self.labels.append(self.source.span(number))
            elif not line.strip():
                continue
            elif current is None:
                self.keep_unparsed(number, line)
            else:
                current.lines.append((number, line.strip()))
        return {name: answer for name, answer in answers.items() if answer.lines}

    def span(self, answer: _Answer | list[tuple[int, str]]) -> SourceSpan:
        lines = answer.lines if isinstance(answer, _Answer) else answer
        return self.source.span(lines[0][0], lines[-1][0])

    def keep_unparsed(self, number: int, text: str) -> None:
        self.unparsed.append(Unparsed(text.strip(), self.source.span(number)))

    def session(self, answers: dict[str, _Answer]) -> Session:
        """Title, id, type, date, time and meeting."""
        session = Session()
        if title := answers.get("title"):
            written = title.text()
            session.title_as_written = written
            bare, session.id, session.type = split_session_id(written)
            session.title = ascii_punctuation(recase_title(bare))
            session.spans["title"] = self.span(title)
            if session.id:
                session.spans["id"] = session.spans["type"] = self.span(title)
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
        session.year = session.date.year if session.date else self.year
        session.meeting = f"IGF {session.year}" if session.year else None
        if session.type is None and (inferred := infer_type(session.date)):
            session.type, session.type_inferred = inferred, True
            session.spans["type"] = session.spans["date"]
        return session

    def keep_unparsed_answer(self, answer: _Answer, what: str) -> None:
        for number, text in answer.lines:
            self.keep_unparsed(number, text)
        self.warnings.append(f"{self.span(answer)}: cannot read the {what} '{answer.text()}'")

    def organizers(self, answer: _Answer | None) -> tuple[list[Organizer], list[PersonMention]]:
        """Organising organisations, and people (with their organisations) who organised."""
        organizers: list[Organizer] = []
        people: list[PersonMention] = []
        for number, text in answer.lines if answer else []:
            span = self.source.span(number)
            for item in split_items(unglue_list(text), r";|,"):
                entry = _ORGANIZER_PREFIX.sub("", item.text)
                if _names_people(entry):
                    for person in parse_people(entry, span, Role.ORGANIZER):
                        people.append(person)
                        organizers.append(_organizer_of(person))
                elif entry:
                    organizers.append(Organizer(span, organisation=parse_organisation(entry, span)))
        return organizers, people

    def people(self, answer: _Answer | None, role: Role) -> list[PersonMention]:
        """The people written in an answer, one line at a time."""
        found: list[PersonMention] = []
        for number, text in answer.lines if answer else []:
            found.extend(self.people_on_line(number, text, role, None))
        return found

    def people_on_line(
        self, number: int, text: str, role: Role, panel: int | None
    ) -> list[PersonMention]:
        people = parse_people(text, self.source.span(number), role, panel)
        if not people:
            self.keep_unparsed(number, text)
        return people

    def speakers(self, answer: _Answer | None) -> list[PersonMention]:
        """Speakers and panel moderators, by ``Panel N`` block."""
        found: list[PersonMention] = []
        panel: int | None = None
        for number, text in answer.lines if answer else []:
            if heading := _PANEL.match(text):
                panel = int(heading["number"])
                self.labels.append(self.source.span(number))
            else:
                found.extend(self.people_on_line(number, text, Role.SPEAKER, panel))
        return found

    def passages(self, answer: _Answer | None) -> list[Passage]:
        """One passage per paragraph, run-together words repaired."""
        passages: list[Passage] = []
        for paragraph in answer.paragraphs() if answer else []:
            written = " ".join(text for _, text in paragraph)
            passages.append(Passage(repair_prose(written), written, self.span(paragraph)))
        return passages

    def gender(self, answers: dict[str, _Answer]) -> GenderFigures:
        """Gender figures from the answers of the Gender Reporting section."""
        figures = GenderFigures()
        for name in ("gender", "participants", "women", "gender_discussed", "gender_summary"):
            for passage in self.passages(answers.get(name)):
                passage.text = passage.text.removeprefix("- ")
                figures.statements.append(passage)
                self.warnings.extend(gender.read_answer(name, passage, figures))
        gender.complete(figures)
        return figures


def _names_people(entry: str) -> bool:
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


def _organizer_of(person: PersonMention) -> Organizer:
    return Organizer(
        person.span,
        person_name=person.name,
        organisation=person.organisation,
        stakeholder_group=person.stakeholder_group,
        stakeholder_group_basis=person.stakeholder_group_basis,
    )


__all__ = ["VARIANT", "detect", "parse"]
