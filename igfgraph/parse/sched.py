"""Programme listings (FORMATS.md D): many sessions in one file, sched-style.

Each session starts on a line holding its id (``WS26: Title``, ``Title (WS186)``,
``Day 0 Event #178 Title``, ``OF #14: Title``) and runs to the next one. Day and time
headings between sessions (``Tuesday, December 6``, ``09:00 CST``) date the sessions
after them; a full date line inside a session (``Tuesday December 6, 2016 09:00 CST``)
dates that session. People come one per line or as comma lists, under labels such as
``Speakers``, ``Moderator:``/``Moderador:`` and ``Session Organizers``; a line with only
a post and organisation (``Coordinator of Development Projects, LACNIC``) belongs to the
person named on the line before it. The same session listed twice (by type, room or
day) is one session, keyed on its id.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from igfgraph.model import (
    Organizer,
    Passage,
    PersonMention,
    Report,
    Role,
    Session,
    SourceSpan,
    Unparsed,
)
from igfgraph.parse.parties import merge_same_people, parse_affiliation_line, parse_parties
from igfgraph.parse.repair import ascii_punctuation, recase_title, repair_prose
from igfgraph.parse.session import parse_date, parse_time, split_session_id
from igfgraph.rdf import slug
from igfgraph.sources import SourceText

VARIANT = "sched"
_ENTRY = re.compile(
    r"^\s*(?:(?:WS|OF)\s*#?\s*\d+\s*[:.\-]|(?:Day\s*0\s+Event|Open\s+Forum|Lightning\s+Talk|"
    r"Networking\s+Session|Town\s+Hall|OF|WS)\s*#\s*\d+\b)|\((?:WS|OF)\s*#?\s*\d+\)\s*$",
    re.IGNORECASE,
)
_LISTING_HEADER = re.compile(r"^\s*IGF\s+(?P<year>\d{4})\s*[-–—,:]", re.IGNORECASE)
_FILTER = re.compile(r"\[\s*clear\s+filter\s*\]", re.IGNORECASE)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY_HEADING = re.compile(rf"^\s*{_WEEKDAY},?\s+[A-Za-z]+\s+\d{{1,2}}\s*$", re.IGNORECASE)
_TIME_HEADING = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]m)?\s*[A-Z]{2,4}?\s*$", re.IGNORECASE)
_AVATAR = re.compile(r"^\s*avatar\s+for\b", re.IGNORECASE)
_ROLE_LABEL = re.compile(
    r"^\s*(?P<label>(?:List\s+of\s+)?Speakers?|Panel(?:ists?)?|Ponentes|Panelistas|"
    r"(?:Session\s+)?Organi[sz]ers?|Organizadores|Online\s+Moderators?|Moderat(?:or|ors)|"
    r"Moderador(?:a|es)?|Rapporteurs?|Relator(?:a)?)\b[^:]{0,40}?(?::|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-•·*–]\s*)+")
_MARKERS = ("[clear filter]", "avatar for", "Session Organizers", "Speakers", "Moderador")


def _label_role(label: str) -> Role:
    word = label.lower()
    if word.startswith("online"):
        return Role.ONLINE_MODERATOR
    if word.startswith("moder"):
        return Role.MODERATOR
    if word.startswith(("organi", "session")):
        return Role.ORGANIZER
    if word.startswith(("rapporteur", "relator")):
        return Role.RAPPORTEUR
    return Role.SPEAKER


def detect(source: SourceText) -> str | None:
    """Why ``source`` is a programme listing, or None."""
    entries = [line.strip() for line in source.lines if _ENTRY.search(line)]
    headings = sum(
        1
        for line in source.lines
        if _FILTER.search(line) or _DAY_HEADING.match(line) or _TIME_HEADING.match(line)
    )
    labels = sum(1 for line in source.lines if _ROLE_LABEL.match(line) or _AVATAR.match(line))
    if not entries or not (headings or labels):
        return None
    return (
        f"{len(entries)} session entr{'y' if len(entries) == 1 else 'ies'} "
        f"(first '{entries[0][:60]}') with {headings} schedule headings and {labels} labels"
    )


@dataclass
class _Entry:
    """One listed session: its header line and the lines under it."""

    header: tuple[int, str]
    lines: list[tuple[int, str]] = field(default_factory=list)
    date: tuple[dt.date, int] | None = None  # from the day heading above it, and its line
    time: tuple[str, int] | None = None


def parse(source: SourceText, reason: str) -> Report:
    """The first session of a listing (see :func:`parse_all` for every one)."""
    return parse_all(source, reason)[0]


def parse_all(source: SourceText, reason: str) -> list[Report]:
    """One report per session id in the listing, in order of first appearance."""
    listing = _Listing(source)
    entries = listing.entries()
    reports: dict[str, Report] = {}
    for entry in entries:
        report = listing.report(entry, reason)
        key = report.session.id or report.session.title or str(entry.header[0])
        if key in reports:
            _merge(reports[key], report)
        else:
            reports[key] = report
    found = list(reports.values())
    first = found[0]
    first.labels = sorted([*listing.labels, *first.labels], key=lambda span: span.start_line)
    first.unparsed = sorted(
        [*listing.unparsed, *first.unparsed], key=lambda item: item.span.start_line
    )
    for report in found:
        merge_same_people(report.people, report.organizers)
        if len(found) > 1:
            report.part = slug(report.session.id or report.session.title or "session")
    return found


def _merge(kept: Report, again: Report) -> None:
    """Add a second listing of one session to the first: new people, organisers, lines."""
    known = {(person.name.casefold(), person.role) for person in kept.people}
    kept.people += [p for p in again.people if (p.name.casefold(), p.role) not in known]
    kept.labels += [p.span for p in again.people if (p.name.casefold(), p.role) in known]
    named = {_organizer_key(organizer) for organizer in kept.organizers}
    kept.organizers += [o for o in again.organizers if _organizer_key(o) not in named]
    kept.labels += [again.session.spans["title"], *again.labels]
    kept.labels += [span for name, span in again.session.spans.items() if name != "title"]
    kept.labels += again.session.spans.replaced
    kept.unparsed += again.unparsed
    kept.description += again.description
    session, other = kept.session, again.session
    for name in ("date", "time"):
        if getattr(session, name) is None and getattr(other, name) is not None:
            setattr(session, name, getattr(other, name))
            if name in other.spans:  # a time read from the date's line has the date's span
                session.spans[name] = other.spans[name]
    kept.warnings.append(
        f"{other.spans['title']}: the same session as line "
        f"{session.spans['title'].start_line} ({session.id}); read as one session"
    )


def _organizer_key(organizer: Organizer) -> tuple[str | None, str | None]:
    organisation = organizer.organisation
    return organizer.person_name, organisation.as_written if organisation else None


class _Listing:
    """The state of reading a listing: its source, and lines outside every session."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.labels: list[SourceSpan] = []
        self.unparsed: list[Unparsed] = []
        self.year: int | None = None

    def entries(self) -> list[_Entry]:
        entries: list[_Entry] = []
        day: tuple[dt.date, int] | None = None
        time: tuple[str, int] | None = None
        for number, line in enumerate(self.source.lines, 1):
            text = line.strip()
            if not text:
                continue
            if header := _LISTING_HEADER.match(text):
                self.year = self.year or int(header["year"])
                self.labels.append(self.source.span(number))
            elif _FILTER.search(text):
                self.labels.append(self.source.span(number))
            elif _DAY_HEADING.match(text) and self.year:
                day = (parse_date(f"{text} {self.year}") or dt.date(self.year, 1, 1), number)
                self.labels.append(self.source.span(number))
            elif _TIME_HEADING.match(text):
                time = (parse_time(text) or text, number)
                self.labels.append(self.source.span(number))
            elif _ENTRY.search(text):
                entries.append(_Entry((number, text), date=day, time=time))
            elif entries:
                entries[-1].lines.append((number, text))
            else:
                self.unparsed.append(Unparsed(text, self.source.span(number)))
        return entries

    def report(self, entry: _Entry, reason: str) -> Report:
        source = self.source
        number, header = entry.header
        bare, session_id, session_type = split_session_id(header)
        session = Session(
            title=ascii_punctuation(recase_title(bare)) or None,
            title_as_written=header,
            id=session_id,
            type=session_type,
        )
        session.spans["title"] = session.spans["id"] = session.spans["type"] = source.span(number)
        if entry.date:
            session.date, session.spans["date"] = entry.date[0], source.span(entry.date[1])
        if entry.time:
            session.time, session.spans["time"] = entry.time[0], source.span(entry.time[1])
        report = Report(
            source=source.path,
            sha256=source.sha256,
            variant=VARIANT,
            variant_reason=reason,
            encoding=source.encoding,
            session=session,
        )
        self.read_body(entry, report)
        session.year = session.date.year if session.date else self.year
        session.meeting = f"IGF {session.year}" if session.year else None
        return report

    def read_body(self, entry: _Entry, report: Report) -> None:
        """People by their labels, dates, and the description of one session."""
        source, session = self.source, report.session
        role: Role | None = None
        last: PersonMention | None = None
        for number, text in entry.lines:
            span = source.span(number)
            label = _ROLE_LABEL.match(text)
            if _AVATAR.match(text):
                report.labels.append(span)  # image alt text of a photo
                continue
            if label:
                role, text = _label_role(label["label"]), label["rest"]
                if not text:
                    report.labels.append(span)
                    continue
            date = parse_date(text)
            if date and len(text.split()) <= 8:
                session.date, session.spans["date"] = date, span
                session.time = parse_time(text) or session.time
                continue
            item = _BULLET.sub("", text).rstrip(".")
            parties = parse_parties(item, span, role) if role else []
            people = [party.person for party in parties if party.person]
            if people:
                report.people += people
                report.organizers += [p.organizer() for p in parties if role is Role.ORGANIZER]
                last = people[-1]
            elif (
                role
                and last
                and last.organisation is None
                and self.attach(last, item, span, report)
            ):
                continue
            elif parties:
                report.organizers += [p.organizer() for p in parties if role is Role.ORGANIZER]
                report.unparsed += [] if role is Role.ORGANIZER else [Unparsed(text, span)]
            elif role is None or len(item.split()) > 12:
                report.description.append(Passage(repair_prose(text), text, span))
            else:
                report.unparsed.append(Unparsed(text, span))

    def attach(self, person: PersonMention, text: str, span: SourceSpan, report: Report) -> bool:
        """A post and organisation on the line after a name belong to that person."""
        title, organisation = parse_affiliation_line(text, span)
        if organisation is None and title is None:
            return False
        person.title = person.title or title
        person.organisation = organisation
        if person.role is Role.ORGANIZER:
            for organizer in report.organizers:
                if organizer.person_name == person.name:
                    organizer.organisation = organisation
        return True


__all__ = ["VARIANT", "detect", "parse", "parse_all"]
