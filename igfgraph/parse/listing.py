"""Listings: many sessions in one file (programmes and schedules), read one part each.

A listing's sessions each start on a line holding an id (``WS26: Title``, ``Title
(WS186)``, ``IGF 2018 LIGHTNING SESSION #12 Title``, ``Day 0 Event #178 Title``) or a time
slot (``13.00 - 13.20   Title``), and run to the next one. The lines before the first
session and between sessions are the listing's own: its header (``IGF 2016 - Guadalajara,
Mexico``, which gives the year), filters (``Cybersecurity [clear filter]``), and day and
time headings (``Tuesday, December 6``, ``09:00 CST``), which date the sessions after them.
Each part is read by the cue-driven reader (:mod:`igfgraph.parse.reader`), its first line
as its title. The same session listed twice (by type, by room, by day) is one session,
keyed on its id: the second listing adds the people and lines the first lacks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from igfgraph.model import Organizer, Report, SourceSpan
from igfgraph.parse.blocks import Block, Kind
from igfgraph.parse.session import parse_date, parse_time
from igfgraph.sources import SourceText
from igfgraph.vocab import slug

_ENTRY = re.compile(
    r"^\s*(?:IGF\s*\d{4}\s+)?(?:(?:WS|OF)\s*#?\s*\d+\s*[:.\-]|(?:Day\s*0\s+Event|Pre-?\s*Event|"
    r"Open\s+Forum|Lightning\s+(?:Talk|Session)|Networking\s+Session|Town\s+Hall|OF|WS)\s*#\s*\d+\b)"
    r"|\((?:WS|OF)\s*#?\s*\d+\)\s*$",
    re.IGNORECASE,
)
# "13.00 - 13.20   Title", "08:15 – 08:30Welcome and Introductions": a time slot and a title.
TIME_SLOT = re.compile(
    r"^\s*(?P<start>\d{1,2}[.:]\d{2})\s*[-–—]\s*(?P<end>\d{1,2}[.:]\d{2})\s*(?P<title>[A-Z].*)$"
)
LISTING_HEADER = re.compile(r"^\s*IGF\s+(?P<year>\d{4})\s*[-–—,:]", re.IGNORECASE)
_FILTER = re.compile(r"\[\s*clear\s+filter\s*\]", re.IGNORECASE)
_WEEKDAYS = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|lunes|martes|mi[ée]rcoles|jueves|viernes|"
    r"s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_DAY_HEADING = re.compile(rf"^\s*(?:{_WEEKDAYS}),?\s+[\w ]{{3,20}}\s*$", re.IGNORECASE)
_TIME_HEADING = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]m)?\s*[A-Z]{2,4}?\s*$", re.IGNORECASE)
_SLOTS_NEEDED = 2  # time slots make a listing only when there are several


@dataclass
class Part:
    """One session of a listing: its header block, its blocks, and the day and time
    headings above it."""

    header: Block
    blocks: list[Block]
    date: tuple[dt.date, Block] | None = None
    time: tuple[str, Block] | None = None


def is_entry(block: Block) -> bool:
    """True when ``block`` starts a session of a listing (it holds a session id)."""
    return block.kind in (Kind.HEADING, Kind.PARAGRAPH, Kind.FIELD) and bool(
        _ENTRY.search(block.text.split("\n")[0])
    )


def listing_parts(blocks: list[Block]) -> tuple[list[Block], list[Part], int | None] | None:
    """The listing's own blocks, its parts and its year; None when ``blocks`` do not make a
    listing (fewer than two sessions, or one session with no id)."""
    starts = [block for block in blocks if is_entry(block)]
    if not starts:
        slots = [b for b in blocks if b.kind is not Kind.TURN and TIME_SLOT.match(b.text)]
        if len(slots) < _SLOTS_NEEDED:
            return None
        starts = slots
    own: list[Block] = []
    parts: list[Part] = []
    year = _year(blocks)
    day: tuple[dt.date, Block] | None = None
    time: tuple[str, Block] | None = None
    for block in blocks:
        text = block.text.strip()
        if block in starts:
            parts.append(Part(block, [], day, time))
        elif LISTING_HEADER.match(text) or _FILTER.search(text):
            own.append(block)
        elif _is_day(block) and (date := _day(text, year)):
            day, time = (
                (date, block),
                None,
            )  # "Tuesday, December 6", "*DAY 1 - Monday, 18 December*"
            own.append(block)
        elif _TIME_HEADING.match(text):
            time = (parse_time(text) or text, block)
            own.append(block)
        elif parts:
            parts[-1].blocks.append(block)
        else:
            own.append(block)
    return own, parts, year


_YEAR = re.compile(r"\bIGF\s*(?P<year>(?:19|20)\d\d)\b|\b(?P<date_year>(?:19|20)\d\d)\b")
_DAY_WORDS = 10  # a day heading is this short
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


def _year(blocks: list[Block]) -> int | None:
    """The listing's year: from its header (``IGF 2016 - Guadalajara``), ``IGF2016`` in its
    first lines, or a date there."""
    for block in blocks[:6]:
        if found := _YEAR.search(block.text):
            return int(found["year"] or found["date_year"])
    return None


def _day(text: str, year: int | None) -> dt.date | None:
    """The date a day heading names, with the listing's year when it gives none."""
    text = text.strip(" *_#")
    return parse_date(text) or (parse_date(f"{text} {year}") if year else None)


def _is_day(block: Block) -> bool:
    """A heading that names a day (with or without its year), not a session's own date
    line, which gives a time (``Tuesday December 6, 2016 09:00 CST``)."""
    text = block.text.strip(" *_#")
    if _CLOCK.search(text):
        return False
    return block.kind in (Kind.HEADING, Kind.PARAGRAPH, Kind.FIELD, Kind.ITEM) and (
        bool(_DAY_HEADING.match(text)) or len(text.split()) <= _DAY_WORDS
    )


def merge_repeats(reports: list[Report]) -> list[Report]:
    """One report per session: a session listed again adds what its first listing lacks."""
    kept: dict[str, Report] = {}
    for report in reports:
        key = report.session.id or report.session.title or report.session.spans["title"].text
        if key in kept:
            _merge(kept[key], report)
        else:
            kept[key] = report
    found = list(kept.values())
    if len(found) > 1:
        for report in found:
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
    kept.description += [*again.description, *again.discussions]
    session, other = kept.session, again.session
    for name in ("date", "time"):
        if getattr(session, name) is None and getattr(other, name) is not None:
            setattr(session, name, getattr(other, name))
            if name in other.spans:
                session.spans[name] = other.spans[name]
    kept.warnings.append(
        f"{other.spans['title']}: the same session as line "
        f"{session.spans['title'].start_line} ({session.id}); read as one session"
    )


def _organizer_key(organizer: Organizer) -> tuple[str | None, str | None]:
    organisation = organizer.organisation
    return organizer.person_name, organisation.as_written if organisation else None


def own_lines(source: SourceText, blocks: list[Block]) -> list[SourceSpan]:
    """The spans of the listing's own blocks (header, filters, headings): labels."""
    return [source.span(block.first, block.last) for block in blocks]
