"""A document in no known IGF report family, read for what any text gives.

The first non-blank line is the title (with the session id, type and meeting year it
names); every paragraph after it is kept as prose, and the people and organisations
named in it are read by :mod:`igfgraph.parse.mentions`. The report carries a warning
that no template was recognised.
"""

from __future__ import annotations

import re

from igfgraph.errors import InputError
from igfgraph.model import Passage, Report, Session
from igfgraph.parse.labelled import new_report
from igfgraph.parse.mentions import find_mentions, unique_organisations, unique_people
from igfgraph.parse.repair import ascii_punctuation, recase_title, repair_prose
from igfgraph.parse.session import parse_date, split_session_id, type_from_text
from igfgraph.sources import SourceText

VARIANT = "generic"
REASON = "no known IGF report family: read as a generic document"
_MEETING = re.compile(r"\bIGF\s+(?P<year>20\d\d)\b", re.IGNORECASE)
_TRAILING_MEETING = re.compile(r"\s*[-–—|:]\s*IGF\s+20\d\d\s*$", re.IGNORECASE)
_MARKUP = re.compile(r"^\s*(?:#+|[-*•]|\d{1,2}[.)])\s+")
_LABEL_ONLY = re.compile(r"^[^:]{1,80}:\s*\|?\s*$")


def parse(source: SourceText, reason: str = REASON) -> Report:
    """Title, prose, and the people and organisations named; raise :class:`InputError` for a
    form whose every line is an unanswered label."""
    numbered = [(n, line.strip()) for n, line in enumerate(source.lines, 1) if line.strip()]
    if all(_LABEL_ONLY.match(text) for _, text in numbered):
        raise InputError(
            source.path,
            f"line {numbered[0][0]}: every line is a label with no value; "
            "fill in the report before reading it",
        )
    report = new_report(source, VARIANT, reason, _session(source, *numbered[0]))
    report.warnings.append(f"{source.path}: {reason} (title, people and organisations named in it)")
    paragraphs: list[list[tuple[int, str]]] = []
    for number, text in numbered[1:]:
        if paragraphs and paragraphs[-1][-1][0] == number - 1:
            paragraphs[-1].append((number, text))
        else:
            paragraphs.append([(number, text)])
    people, organisations = [], []
    for paragraph in paragraphs:
        written = " ".join(text for _, text in paragraph)
        span = source.span(paragraph[0][0], paragraph[-1][0])
        report.discussions.append(Passage(repair_prose(_MARKUP.sub("", written)), written, span))
        for number, text in paragraph:  # line by line: list lines are not one sentence
            found = find_mentions(text, source.span(number))
            people.extend(found.people)
            organisations.extend(found.organisations)
    report.people = unique_people(people)
    report.organisations = unique_organisations(organisations)
    return report


def _session(source: SourceText, number: int, first_line: str) -> Session:
    session = Session()
    written = _MARKUP.sub("", first_line)
    span = source.span(number)
    meeting = _MEETING.search(written)
    bare, session.id, session.type = split_session_id(_TRAILING_MEETING.sub("", written))
    session.title_as_written = written
    session.title = ascii_punctuation(recase_title(bare))
    session.type = session.type or type_from_text(bare)
    session.date = parse_date(written)
    year = int(meeting["year"]) if meeting else None
    session.year = year or (session.date.year if session.date else None)
    session.meeting = f"IGF {session.year}" if session.year else None
    session.spans.update(dict.fromkeys(("title", "id", "type", "date"), span))
    return session


__all__ = ["REASON", "VARIANT", "parse"]
