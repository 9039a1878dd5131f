"""The 2016 rapporteur report template ("Reporting Template for IGF Workshop Sessions").

The labels are those of 2015 (:mod:`igfgraph.parse.t15` shares them): no Date, Time or
Chair labels; each label stands alone, followed by blank lines, and its answer starts
on a later line. The title's answer may hold a schedule line (``IGF Day 3 - Thursday,
8 December 2016 - 09:00-10:30 - WS Room #9``) that gives the date, time and type.
``Chairperson/Moderator`` names moderators.
"""

from __future__ import annotations

import re

from igfgraph.model import PersonMention, Report, Role, Session
from igfgraph.parse.labelled import (
    GENDER_ROWS,
    Answer,
    LabelledReport,
    describe,
    finish,
    label_table,
    labels_found,
)
from igfgraph.parse.people import parse_person_list
from igfgraph.parse.session import parse_date, parse_time, type_from_text
from igfgraph.sources import SourceText

VARIANT = "t16_report"
HEADER = re.compile(r"^\s*Reporting\s+Template\s+for\s+IGF\s+Workshop\s+Sessions\s*$", re.I)
_ANSWER_END = r"[^:|]*:?\s*(?:\(\s*\d+\s+paragraphs?\s*\))?"
LABELS = label_table(
    ("title", "Session title", r"Session\s+title\s*:"),
    ("date", "Date", r"Date\s*:"),
    ("time", "Time", r"Time\s*:"),
    ("organizers", "Workshop Organiser", r"(?:Workshop|Session)\s+Organi[sz](?:er|ser)s?\s*:"),
    ("moderator", "Chairperson/Moderator", r"Chair(?:person)?\s*/\s*Moderator\s*:"),
    ("rapporteur", "Rapporteur/Note Taker", r"Rapporteur\s*/\s*Note\s*-?\s*taker\s*:"),
    ("speakers", "List of Speakers", r"List\s+of\s+Speakers\b[^:|]*:"),
    ("key_issues", "Key Issues raised", r"Key\s+Issues\s+raised\s*(?:\([^)]*\))?\s*:?"),
    ("presentations", "Presentations", r"If\s+there\s+(?:are|were)\s+presentations\b[^:|]*:?"),
    ("discussions", "Discussions", r"Please\s+describe\s+the\s+Discussions\b" + _ANSWER_END),
    (
        "way_forward",
        "way forward",
        r"Please\s+describe\s+any\s+Participant\s+suggestions\b" + _ANSWER_END,
    ),
    *GENDER_ROWS,
)
# Labels of 2015/2016 that the 2017 template words differently.
_OWN_LABELS = ("organizers", "moderator", "presentations")
_TELLING_LABELS = ("title", "moderator", "rapporteur", "speakers", "key_issues", "organizers")
_CELL = re.compile(r":\s*\|")


def family_reason(source: SourceText, cells: bool) -> str | None:
    """Why ``source`` is in the 2015/2016 family with (2015) or without (2016) table cells."""
    header = next((line.strip() for line in source.lines if HEADER.match(line)), None)
    found = labels_found(LABELS, source)
    telling = [name for name in _TELLING_LABELS if name in found]
    own = [name for name in _OWN_LABELS if name in found]
    if len(telling) < 2 or not (header or own) or _has_cells(source) != cells:
        return None
    how = (
        "written as table cells ('label: | answer')" if cells else "each label on a line of its own"
    )
    return f"{describe(header, found)}, {how}"


def _has_cells(source: SourceText) -> bool:
    """True when labels are table cells (``Session title: | ...``), as in 2015."""
    return sum(bool(_CELL.search(line)) for line in source.lines) >= 2


def detect(source: SourceText) -> str | None:
    """Why ``source`` is a 2016 report (labels alone on their lines), or None."""
    return family_reason(source, cells=False)


def parse(source: SourceText, reason: str) -> Report:
    """Parse a 2016 report; raise :class:`InputError` when no label has an answer."""
    return parse_family(RapporteurReport(source, LABELS, HEADER), VARIANT, reason)


class RapporteurReport(LabelledReport):
    """A 2015/2016 report: the title's answer may carry the schedule line."""

    def session(self, answers: dict[str, Answer]) -> Session:
        title = answers.get("title")
        schedule: list[tuple[int, str]] = []
        if title and len(paragraphs := title.paragraphs()) > 1:
            answers["title"] = Answer(paragraphs[0])
            schedule = [line for paragraph in paragraphs[1:] for line in paragraph]
        session = super().session(answers)
        for number, text in schedule:
            self.read_schedule(session, number, text)
        if session.type is None and session.title:
            if kind := type_from_text(session.title):
                session.type = kind
                session.spans["type"] = session.spans["title"]
        self.complete_session(session)
        return session

    def read_schedule(self, session: Session, number: int, text: str) -> None:
        """Date, time and type from a schedule line; a line giving none is unparsed."""
        span = self.source.span(number)
        date, time, kind = parse_date(text), parse_time(text), type_from_text(text)
        for name, value in (("date", date), ("time", time), ("type", kind)):
            if value is not None and getattr(session, name) is None:
                setattr(session, name, value)
                session.spans[name] = span
        if date is None and time is None and kind is None:
            self.keep_unparsed(number, text)

    def listed_people(self, answer: Answer | None, role: Role) -> list[PersonMention]:
        """People written one per line or per semicolon item."""
        found: list[PersonMention] = []
        for number, text in answer.lines if answer else []:
            people = parse_person_list(text, self.source.span(number), role)
            if not people:
                self.keep_unparsed(number, text)
            found.extend(people)
        return found


def parse_family(parser: RapporteurReport, variant: str, reason: str) -> Report:
    """A 2015 or 2016 report read by ``parser``."""
    answers = parser.collect()
    report = parser.report(answers, variant, reason, parser.session(answers))
    report.organizers, organizing_people = parser.organizers(answers.get("organizers"))
    report.people = [
        *organizing_people,
        *parser.listed_people(answers.get("moderator"), Role.MODERATOR),
        *parser.listed_people(answers.get("rapporteur"), Role.RAPPORTEUR),
        *parser.listed_people(answers.get("speakers"), Role.SPEAKER),
    ]
    report.key_issues = parser.passages(answers.get("key_issues"), one_per_sentence_line=True)
    report.presentations = parser.passages(answers.get("presentations"))
    report.discussions = parser.passages(answers.get("discussions"))
    report.way_forward = parser.passages(answers.get("way_forward"))
    report.gender = parser.gender(answers)
    return finish(report)


__all__ = ["HEADER", "LABELS", "VARIANT", "RapporteurReport", "detect", "family_reason", "parse"]
