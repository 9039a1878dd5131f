"""Session reports written in Markdown: ``# Title | IGF 2023``, ``**Date:** ...``, sections.

Sections are found by their heading's words: speakers, moderators, online moderators,
chairs, rapporteurs and organisers list people one per bullet (``- Name, Title, Org``);
``Key issues`` / ``Key takeaways`` list the key issues; ``Attendance`` or
``Participation`` give the participants and women; any other section is prose.
``**Label:** value`` lines give the date, time and session type; other such lines are
kept as labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from igfgraph.model import Passage, Report, Role, Session, SourceSpan, Unparsed
from igfgraph.parse import gender
from igfgraph.parse.labelled import new_report, organizers_in
from igfgraph.parse.people import parse_person_list, strip_bullet
from igfgraph.parse.repair import ascii_punctuation, repair_prose
from igfgraph.parse.session import parse_date, parse_time, split_session_id, type_from_text
from igfgraph.sources import SourceText

VARIANT = "markdown"
_HEADING = re.compile(r"^\s*(?P<level>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
_FIELD = re.compile(r"^\s*(?:[-*]\s+)?\*\*(?P<label>[^*:]+):?\*\*:?\s*(?P<value>.*)$")
_MEETING = re.compile(r"\s*[|\-–—:]?\s*\bIGF\s+(?P<year>20\d\d)\b\s*[|\-–—:]?\s*", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
# (section, pattern of the heading's words), tried in order.
_SECTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        (Role.ONLINE_MODERATOR.value, r"\bonline\s+moderators?\b"),
        (Role.MODERATOR.value, r"\b(?:moderators?|facilitators?)\b"),
        (Role.CHAIR.value, r"\bchairs?\b"),
        (Role.RAPPORTEUR.value, r"\brapporteurs?\b|\bnote-?\s*takers?\b"),
        (Role.ORGANIZER.value, r"\borgani[sz]ers?\b|\borgani[sz]ing\b"),
        (Role.SPEAKER.value, r"\bspeakers?\b|\bpanel+ists?\b|\bpanel\b"),
        ("key_issues", r"\bkey\s+(?:issues|takeaways|messages)\b"),
        ("participation", r"\battendance\b|\bparticipation\b|\bparticipants\b|\bgender\b"),
    )
)
_ROLES = {role.value: role for role in Role}


@dataclass
class _Section:
    name: str
    lines: list[tuple[int, str]] = field(default_factory=list)


def detect(source: SourceText) -> str | None:
    """Why ``source`` is a Markdown report (a level-1 title and sections), or None."""
    lines = [line for line in source.lines if line.strip()]
    first = _HEADING.match(lines[0]) if lines else None
    sections = [line.strip() for line in lines[1:] if _HEADING.match(line)]
    if first is None or len(first["level"]) != 1 or not sections:
        return None
    return f"Markdown title '{lines[0].strip()}' and sections {', '.join(sections)}"


def parse(source: SourceText, reason: str) -> Report:
    """Parse a Markdown report."""
    report = new_report(source, VARIANT, reason, Session())
    sections: list[_Section] = []
    for number, line in enumerate(source.lines, start=1):
        span = source.span(number)
        heading = _HEADING.match(line)
        if not line.strip():
            continue
        if heading and not sections and report.session.title is None:
            _read_title(report.session, heading["text"], span)
        elif heading:
            name = next((n for n, p in _SECTIONS if p.search(heading["text"])), "prose")
            sections.append(_Section(name))
            report.labels.append(span)
        elif (label := _FIELD.match(line)) and label["value"]:
            _read_field(report, label["label"].strip().lower(), label["value"], number, source)
        elif sections:
            sections[-1].lines.append((number, line.strip()))
        else:
            report.discussions.append(_passage([(number, line.strip())], source))
    for section in sections:
        _read_section(report, section, source)
    gender.complete(report.gender)
    return report


def _read_title(session: Session, text: str, span: SourceSpan) -> None:
    meeting = _MEETING.search(text)
    written = (text[: meeting.start()] + " " + text[meeting.end() :]).strip() if meeting else text
    if meeting:
        session.year = int(meeting["year"])
        session.meeting = f"IGF {session.year}"
    bare, session.id, session.type = split_session_id(written)
    session.title_as_written = text
    session.title = ascii_punctuation(bare)
    session.type = session.type or type_from_text(bare)
    session.spans.update(dict.fromkeys(("title", "id", "type"), span))


def _read_field(report: Report, label: str, value: str, number: int, source: SourceText) -> None:
    """A ``**Label:** value`` line: date and time, type, or people in a role."""
    session, span = report.session, source.span(number)
    role = next((_ROLES[n] for n, p in _SECTIONS if n in _ROLES and p.search(label)), None)
    if ("date" in label or label == "time") and (parse_date(value) or parse_time(value)):
        if date := parse_date(value):
            session.date, session.spans["date"] = date, span
            session.year = session.year or date.year
            session.meeting = f"IGF {session.year}"
        if time := parse_time(value):
            session.time, session.spans["time"] = time, span
    elif "type" in label and (kind := type_from_text(value)):
        session.type, session.spans["type"] = kind, span
    elif role is not None:
        _read_people(report, role, [(number, value)], source)
    else:
        report.labels.append(span)


def _read_section(report: Report, section: _Section, source: SourceText) -> None:
    if section.name in _ROLES:
        _read_people(report, _ROLES[section.name], section.lines, source)
    elif section.name == "key_issues":
        report.key_issues.extend(_passage([line], source) for line in section.lines)
    elif section.name == "participation":
        gender.read_statements([_passage([line], source) for line in section.lines], report.gender)
    else:
        report.discussions.extend(_passage([line], source) for line in section.lines)


def _read_people(
    report: Report, role: Role, lines: list[tuple[int, str]], source: SourceText
) -> None:
    if role is Role.ORGANIZER:
        organizers, people, unread = organizers_in([(n, strip_bullet(t)) for n, t in lines], source)
        report.unparsed.extend(unread)
        report.organizers.extend(organizers)
        report.people.extend(people)
        return
    for number, text in lines:
        found = parse_person_list(text, source.span(number), role)
        if not found:
            report.unparsed.append(Unparsed(text, source.span(number)))
        report.people.extend(found)


def _passage(lines: list[tuple[int, str]], source: SourceText) -> Passage:
    written = " ".join(text for _, text in lines)
    text = _BULLET.sub("", written)
    return Passage(repair_prose(text), written, source.span(lines[0][0], lines[-1][0]))
