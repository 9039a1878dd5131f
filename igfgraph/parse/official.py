"""Official session reports of 2018-2019 and Dynamic Coalition summaries (FORMATS.md B).

``IGF 2019 WS #341 <Title>`` / ``Updated: ...`` / a theme line / numbered sections
(``1. Key Policy Questions and Expectations``, ``2. Discussion Areas``, ``3. Policy
Recommendations ...``, ..., participation and gender estimates). Dynamic Coalition
summaries are numbered paragraphs under the coalition's name. There is rarely a list
of speakers: the people and organisations named in the prose are read by
:mod:`igfgraph.parse.mentions` (participants, or moderators when "facilitated by").
"""

from __future__ import annotations

import re

from igfgraph.errors import InputError
from igfgraph.model import Passage, Report, Session, SourceSpan
from igfgraph.parse import gender
from igfgraph.parse.labelled import new_report
from igfgraph.parse.mentions import find_mentions, unique_organisations, unique_people
from igfgraph.parse.repair import ascii_punctuation, repair_prose
from igfgraph.parse.session import parse_date, parse_time, split_session_id, type_from_text
from igfgraph.sources import SourceText

VARIANT = "official_report"
_HEADER = re.compile(r"^\s*(?:#+\s*)?IGF\s+(?P<year>20\d\d)\b[\s:-]*(?P<rest>.+)$", re.IGNORECASE)
_TRAILING_MEETING = re.compile(r"\s*[-–—|:]\s*IGF\s+(?P<year>20\d\d)\b.*$", re.IGNORECASE)
_DC_TITLE = re.compile(r"\bDynamic\s+Coalition\b", re.IGNORECASE)
_META = re.compile(r"^\s*(?P<label>Updated|Theme|Subtheme|Session\s+Type|Date|Time|Room)\s*:\s*")
_NUMBERED = re.compile(r"^\s*(?P<number>\d{1,2})[.)]\s+(?P<text>\S.*)$")
# Section headings: (section, pattern of the heading after its number).
_SECTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("key_issues", r"(?:key\s+(?:messages|takeaways|issues)\b)"),
        ("discussions", r"(?:key\s+policy\s+questions|discussion\s+areas|summary\s+of\s+issues)"),
        ("discussions", r"(?:other\s+initiatives|making\s+progress)"),
        ("way_forward", r"(?:policy\s+recommendations|suggestions\s+for\s+the\s+way\s+forward)"),
        ("participation", r"(?:estimated\s+participation|participation|participants)"),
        ("participation", r"(?:reflection\s+(?:to|on)\s+gender|gender\b)"),
    )
)


def _section_heading(line: str) -> str | None:
    """The section a numbered heading line opens (short, no full stop at the end)."""
    numbered = _NUMBERED.match(line)
    if numbered is None or len(numbered["text"]) > 90 or numbered["text"].rstrip().endswith("."):
        return None
    return next((name for name, pattern in _SECTIONS if pattern.match(numbered["text"])), None)


def detect(source: SourceText) -> str | None:
    """Why ``source`` is an official report or a Dynamic Coalition summary, or None."""
    lines = [line for line in source.lines if line.strip()]
    header = next((line.strip() for line in lines[:3] if _HEADER.match(line)), None)
    headings = [line.strip() for line in source.lines if _section_heading(line)]
    if header and len(headings) >= 2:
        return f"header '{header}' and numbered sections {', '.join(headings)}"
    numbered = sum(bool(_NUMBERED.match(line)) for line in lines)
    title = next((line.strip() for line in lines[:3] if _DC_TITLE.search(line)), None)
    if title and numbered >= 2:
        return f"Dynamic Coalition title '{title}' and {numbered} numbered paragraphs"
    return None


def parse(source: SourceText, reason: str) -> Report:
    """Parse an official report: session, sections, people and organisations in the prose."""
    report = new_report(source, VARIANT, reason, Session())
    sections: dict[str, list[Passage]] = {}
    section = "discussions"
    title_seen = False
    for number, line in enumerate(source.lines, start=1):
        text = line.strip()
        span = source.span(number)
        if not text:
            continue
        if not title_seen:
            title_seen = True
            _read_title(report.session, text, span)
        elif meta := _META.match(text):
            _read_meta(report, meta["label"].lower(), text[meta.end() :], span)
        elif heading := _section_heading(text):
            section = heading
            report.labels.append(span)
        else:
            body = _NUMBERED.match(text)
            written = body["text"] if body and section != "key_issues" else text
            sections.setdefault(section, []).append(Passage(repair_prose(written), text, span))
    if not sections:
        raise InputError(
            source.path,
            "has the official report's headings but no text under them; "
            "give the report with its sections filled in",
        )
    report.key_issues = [_unbulleted(p) for p in sections.get("key_issues", [])]
    report.discussions = sections.get("discussions", [])
    report.way_forward = sections.get("way_forward", [])
    # Without a participation section, a paragraph may still give the estimates.
    statements = sections.get("participation") or [
        passage for passage in report.discussions if gender.mentions_participants(passage.text)
    ]
    gender.read_statements(statements, report.gender)
    gender.complete(report.gender)
    _read_mentions(report, [*report.key_issues, *report.discussions, *report.way_forward])
    return report


def _read_title(session: Session, text: str, span: SourceSpan) -> None:
    header = _HEADER.match(text) or _TRAILING_MEETING.search(text)
    written = text.replace(header.group(), " ").strip() if header else text
    if header and header.groupdict().get("rest"):
        written = header["rest"]
    session.year = int(header["year"]) if header else None
    session.meeting = f"IGF {session.year}" if session.year else None
    bare, session.id, session.type = split_session_id(written)
    session.title_as_written = written
    session.title = ascii_punctuation(bare)
    session.type = session.type or type_from_text(bare)
    session.spans.update(dict.fromkeys(("title", "id", "type", "year"), span))


def _read_meta(report: Report, label: str, value: str, span: SourceSpan) -> None:
    """``Date:`` and ``Time:`` give the session's; ``Updated:``, theme and room are kept as
    labels (a page's update date is not the session's date)."""
    session = report.session
    if label == "date" and (date := parse_date(value)):
        session.date, session.spans["date"] = date, span
        session.year = session.year or date.year
    elif label == "time" and (time := parse_time(value)):
        session.time, session.spans["time"] = time, span
    elif label == "session type" and (kind := type_from_text(value)):
        session.type, session.spans["type"] = kind, span
    else:
        report.labels.append(span)


def _unbulleted(passage: Passage) -> Passage:
    passage.text = re.sub(r"^(?:[-•*·]|\d{1,2}[.)])\s+", "", passage.text)
    return passage


def _read_mentions(report: Report, passages: list[Passage]) -> None:
    """People and organisations named in ``passages``, one mention per person and role."""
    people, organisations = [], []
    for passage in passages:
        found = find_mentions(passage.as_written, passage.span)
        people.extend(found.people)
        organisations.extend(found.organisations)
    report.people = unique_people(people)
    report.organisations = unique_organisations(organisations)


__all__ = ["VARIANT", "detect", "parse"]
