"""Listings: many sessions in one file (programmes and schedules), read one part each.

A listing's sessions each start on a line holding an id (``WS26: Title``, ``Title
(WS186)``, ``IGF 2018 LIGHTNING SESSION #12 Title``, ``Day 0 Event #178 Title``), a time
slot (``13.00 - 13.20   Title``, ``15 November, 10:00 – 11:30: Orientation Session``; a start
time alone, ``8:45 Welcome ~ Marilyn Cade``, where several lines give one; a slot after its
title, ``Session II – Costs of access (11h30-12h30)``), or
a list item that schedules a session (``• Orientation Sessions (Day 1, at 8:00 – 9:30 am,
Main Hall). Every morning ...``). In a programme that gives times, a session also starts
at a numbered session heading (``Session 1: Governing Data``; under day headings
too, and so are several ``Topic:`` lines), at the title after a bare
time slot (``09:00 – 10:30`` then ``Panel: Oportunidades ...``), at a title right after a
day or time heading, at a title naming a sitting (``Morning Plenary Session``), and at the
title after the date, time and venue lines that close the session before it (a schedule's
list view). A title alone with a street address right under it is a venue, no session. A
bare time slot right after a session's heading gives that session its time.

The lines before the first session and between sessions are the listing's own: its
header (``IGF 2016 - Guadalajara, Mexico``, which gives the year), filters
(``Cybersecurity [clear filter]``), and day and time headings (``Tuesday, December 6``,
``Día 2``, ``09:00 CST``), which date the sessions after them. Each part is read by the
cue-driven reader (:mod:`igfgraph.parse.reader`), with the title its header gives: a
numbered heading's or a format's label (``Session 1:``, ``Panel:``), a session type before
a dash (``Main Session –``), a room in brackets and the other language of a bilingual
title (``Cérémonie d'ouverture / Opening Ceremony``) are not part of it, and a role label
glued to it by a flattened table (``Welcome and IntroductionsConference Moderator: X``)
starts the session's people. A part that names nobody, has no id and is a break (``Tea
Break``, ``Pausa para el café``, ``Plenary session``) is no session. The same session
listed twice (by type, by room, by day) is one session, keyed on its id: the second
listing adds the people and lines the first lacks. The timed agenda of one session (a title
with who moderates it, then its items on one day, none moderated by anyone of its own) is
that one session. Who takes a slot may follow its title
after a tilde, a dash or a colon (``Welcome Remarks – Ana Ruiz, Chair``); the lines run
into a session's header line are the session's own; a line saying when the meeting "will
be held" dates the sessions, a page's own date ("Drafted on ...") none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field, replace
from enum import Enum, auto

from igfgraph.identity import slug
from igfgraph.model import Organizer, Report, Role, Session, SourceSpan
from igfgraph.parse.blocks import AM_PM, BULLET, NOT_YEARS, TIME_RANGE, Block, Kind, read_blocks
from igfgraph.parse.coverage import report_spans
from igfgraph.parse.cues import heading_roles, label_section
from igfgraph.parse.entries import read_entry
from igfgraph.parse.names import LEADING_SALUTATION, person_evidence
from igfgraph.parse.repair import english_half
from igfgraph.parse.session import FIRST_FORUM_YEAR, colon_times, parse_date, type_from_text
from igfgraph.sources import SourceText

_ENTRY = re.compile(
    r"^\s*(?:IGF\s*\d{4}\s+)?(?:(?:WS|OF)\s*#?\s*\d+\s*[:.\-]|(?:Day\s*0\s+Event|Pre-?\s*Event|"
    r"Open\s+Forum|Lightning\s+(?:Talk|Session)|Networking\s+Session|Town\s+Hall|OF|WS)\s*#\s*\d+\b)"
    r"|\((?:WS|OF)\s*#?\s*\d+\)\s*$",
    re.IGNORECASE,
)
_TITLE_START = r"[A-ZÀ-Þ0-9'\"‘“¿¡]"
# "13.00 - 13.20   Title", "08:15 – 08:30Welcome and Introductions": a time slot and a title.
# "(UTC+1)", "CET": a time zone after a slot.
_ZONE_NAMES = r"CET|CEST|CST|CDT|EAT|WAT|JST|IST|EST|EDT|PST|PDT|MDT|EEST|BST|AEST|SGT"
_ZONE_WORD = rf"(?:UTC|GMT|{_ZONE_NAMES})"
_ZONE = rf"(?:\s*\(?(?:UTC|GMT)(?:\s*[+-]\s*\d{{1,2}})?\)?|\s+(?:{_ZONE_NAMES})\b)?"
_TIME_SLOT = re.compile(rf"^\s*{TIME_RANGE}{_ZONE}\s*[:,|–—-]?\s*(?P<title>{_TITLE_START}.*)$")
# "Session I – Access and development (10h15-11h15)", "Summary of the day 16h15 – 16h45":
# a title, then its time slot.
_TRAILING_SLOT = re.compile(
    rf"^\s*(?P<title>{_TITLE_START}[^()]{{2,150}}?)\s*(?P<open>\()?\s*{TIME_RANGE}{_ZONE}\s*"
    r"(?(open)\))\s*$"
)
# "8:45 Welcome ~ Marilyn Cade": a start time alone and a title (slots only where several).
_START_TIME = rf"{NOT_YEARS}\d{{1,2}}[.:h]\d{{2}}{AM_PM}"
_START_SLOT = re.compile(  # "11:00Pl 1: Title": a time run into its title
    rf"^\s*{_START_TIME}\s*:?(?:\s+|(?=[A-ZÀ-Þ]))(?!{_ZONE_WORD}\b)(?P<title>{_TITLE_START}.*)$"
)
# "IGF-USA will be held on Thursday, July 26, 2012", "TTIGF 2018 was held on Friday 26th
# January, 2018": the day of a listing's meeting.
_HELD_ON = re.compile(
    r"\b(?:will\s+be\s+held|is\s+held|takes\s+place|will\s+take\s+place|se\s+tiendra|"
    r"aura\s+lieu|se\s+llevar[áa]\s+a\s+cabo|tendr[áa]\s+lugar)\s+"
    r"(?:(?:virtually|online|in\s+person)\s+(?:via\s+\w+\s+)?)?(?:on|le|el)\b"  # "via zoom on"
    # in the past, only right after the meeting's name, where a page on it starts
    r"|^\s*(?:\S+\s+){1,4}(?:was\s+held|took\s+place|s'est\s+tenu|a\s+eu\s+lieu|"
    r"se\s+llev[óo]\s+a\s+cabo|tuvo\s+lugar)\s+(?:on|le|el)\b",
    re.IGNORECASE,
)
# A page's own date ("Last updated 21 Feb 2019", "Drafted on ..."), never a session's.
PAGE_DATE = re.compile(
    r"\b(?:updated|posted|published|modified|printed|retrieved|accessed|draft(?:ed)?|as\s+of)\b",
    re.IGNORECASE,
)
# "Marilyn Cade" after "Welcome ~": who takes a slot, after a tilde.
_TILDE = re.compile(r"\s+~\s+")
# "Welcome and Introductory Remarks – Marilyn Cade, ...", "Opening Plenary: Ambassador X,
# Org: Remarks": who takes a slot, after a dash or colon (when a person is named there).
_TAKER = re.compile(r"^(?P<title>.{3,}?)(?:\s+[–—-]\s+|:\s+)(?P<who>.+?)(?::\s*remarks)?\s*$", re.I)
# The words naming a kind of sitting.
_FORMATS = (
    r"(?:session|plenary|plenum|panel|workshop|keynote|round\s*table|ceremony|flash|breakout|"
    r"lightning\s+talk)"
)
# "Morning Plenary Session", "Concurrent Workshops": a title alone naming a kind of sitting,
# which starts a session of a timed listing wherever it stands.
_SITTING_TITLE = re.compile(rf"^(?:[A-Z][\w'’-]*\s+){{0,4}}(?i:{_FORMATS})s?\s*$")
# "09:00 – 18:00 | Xênius Hotel, Av. Cabo Branco": a session's time slot and its venue.
_VENUE_SLOT = re.compile(
    rf"^\s*{TIME_RANGE}{_ZONE}\s*\|\s*[^|]*\b(?i:hotel|room|hall|cent(?:er|re)|building|studio|"
    r"auditorium|plenary|salle|sala|venue|floor|avenue|av\.|street|road|palais|pavilion|booth|"
    r"stage|lounge)\b"
)
# "09:00 – 10:30" alone, or with a column's label ("10:20 – 11:20panel:"): the title is apart.
_BARE_SLOT = re.compile(rf"^\s*{TIME_RANGE}{_ZONE}\s*(?P<label>[a-z][\w ]{{0,20}}:)?\s*$")
# "15 November, 10:00 – 11:30: Orientation Session": a day, a time slot and a title.
_DATED_SLOT = re.compile(
    rf"^\s*(?P<day>[^:|]{{3,40}}?)[,\s]\s*{TIME_RANGE}{_ZONE}\s*[:–—-]?\s*"
    rf"(?P<title>(?!(?:CET|CEST|UTC|GMT)\b){_TITLE_START}.*)?$"
)
# "Orientation Session: 15 November, 10:00 – 11:30": a title, then its day and time slot.
_TITLED_SLOT = re.compile(
    rf"^\s*(?P<title>{_TITLE_START}[^:]{{2,80}}?)\s*:\s*(?P<day>[^:]{{3,40}}?)[,\s]\s*"
    rf"{TIME_RANGE}{_ZONE}\s*$"
)
_TOPIC_LABEL = r"(?i:topic)\s*:"
# "Session 1: Governing Data and Protecting Privacy", "Sesión 2 – ...".
# A programme's own number before each session ("01 Opening Ceremony", "02 Session 1 – ..."):
# it starts sessions even where the programme gives no days or times.
_PROGRAMME_NUMBER = r"\d{2}\s+(?=[A-Z])"
_PROGRAMME_NUMBERED = re.compile(rf"^\s*{_PROGRAMME_NUMBER}")
_NUMBERED = re.compile(  # "Session 1: Title", "Séance 2 – Title", "Panel Session 3: Title",
    # "Section 1. Title"; a lettered breakout, "A: Title"; a topic under a day ("Topic:
    # Internet Governance 101"); a programme's number
    rf"^\s*(?:(?i:(?:(?:panel|plenary|parallel)\s+)?(?:session|sesi[oó]n|s[ée]ance|sess[ãa]o)|"
    r"section|secci[oó]n|se[cç][cç]?[aã]o)"
    rf"\s+(?:\d{{1,2}}|[IVX]{{1,4}})\s*[:.–—-]|{_PROGRAMME_NUMBER}|"
    rf"(?i:breakout\s+)?[A-H]:|{_TOPIC_LABEL})\s*"
    r"(?P<title>\S.*)$"
)
_TOPIC = re.compile(rf"^\s*{_TOPIC_LABEL}")
# "• Orientation Sessions (Day 1, at 8:00 – 9:30 am, Main Hall). Every morning ...".
_SCHEDULED = re.compile(
    r"^(?P<title>[^()]{3,300}?)\s*\((?P<when>[^()]*?\b\d{1,2}[:.]\d{2}\b[^()]*)\)\s*\.?\s*(?P<rest>.*)$"
)
_LISTING_HEADER = re.compile(r"^\s*IGF\s+(?P<year>\d{4})\s*[-–—,:]", re.IGNORECASE)
FILTER = re.compile(r"\[\s*clear\s+filter\s*\]", re.IGNORECASE)  # a schedule's filter heading
WEEKDAYS = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|lunes|martes|mi[ée]rcoles|jueves|viernes|"
    r"s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_DAY_HEADING = re.compile(rf"^\s*(?:{WEEKDAYS}),?\s+[\w ]{{3,20}}\s*$", re.IGNORECASE)
# "Día 1", "Day 2:", "Jour 3": a programme's day, without its date.
_DAY_NUMBER = re.compile(
    r"^\s*(?:day|d[íi]a|jour)\s+(?:\d{1,2}|one|two|three|four|five|uno|dos|tres|cuatro|cinco|"
    r"un|deux|trois|quatre|cinq)\s*:?\s*$",
    re.IGNORECASE,
)
# "Day 1 (July 13): what the day is about": a numbered day, its date, a line about it.
_DAY_LEAD = re.compile(
    r"^(?P<day>(?:day|d[íi]a|jour)\s+\d{1,2}\s*\([^()]{3,30}\))\s*:\s+\S", re.IGNORECASE
)
_TIME_HEADING = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]m)?\s*(?:[A-Z]{2,4}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?\s*$",
    re.IGNORECASE,
)  # "09:00 CST", "09:30 GMT+03"
# "21st October", "December 6": a day and month, whose year the listing gives.
_DAY_MONTH = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[^\W\d_]{3,9}\b|\b[^\W\d_]{3,9}\.?\s+\d{1,2}\b(?!:)"
)
_SLOTS_NEEDED = 2  # time slots or other session starts make a listing only when several
_TIME_COLUMN = re.compile(r"^(?:time|hora|horario|heure|horaire)$", re.IGNORECASE)
_TABLE_COLUMNS = 3  # a programme table has a time, a session and people
_TITLE_GAP = 2  # a title line ending in a colon is at most this far above its time slot
_TITLE_WORDS_IN_HEADER = 3  # a column's name is this short
_TITLE_WORDS = 30  # a session's title line is this short
_SENTENCE_WORDS = 15  # a line this long that ends in a full stop is a sentence, no title
_VENUE_WORDS = 12  # the venue line under a session's closing date is this short
# A part with no people that is a break or the programme's own slot, not a session.
_BREAK = re.compile(
    r"^(?:(?:(?:morning|afternoon)\s+)?(?:tea|coffee|lunch|health|comfort|networking)\s+break|"
    r"(?:morning|afternoon)\s+break|break|(?:buffet\s+)?lunch|coffee|(?:welcome\s+)?reception|"
    r"dinner|"
    r"arrival|registration|accreditation|credenciamento|acreditaci[oó]n|accr[ée]ditation|"
    r"interlude|pausa|receso|almuerzo|pause|d[ée]jeuner|"
    r"plenary(?:\s+session)?|plenaria|q\s*&\s*a)\b",
    re.IGNORECASE,
)
# "Panel: Title", "Mesa redonda: Title": the format column before a programme's title.
_FORMAT_PREFIX = re.compile(
    r"^\s*(?:panel(?:\s+discussion)?|round\s*table|mesa\s+redonda|conversatorio|"
    r"table\s+ronde|panel\s+de\s+discusi[oó]n|PL\s*\d{1,2})\s*:\s*",  # "PL 1:", a plenary's number
    re.IGNORECASE,
)
# "Main Session – Title": a session type before a dash (the reader takes the type).
_TYPE_PREFIX = re.compile(r"^(?P<type>(?:\S+\s+){0,2}\S+)\s+[–—-]\s+(?P<title>\S.*)$")
_QUOTED = re.compile(r"[\"“‘'][^\"“”]+[\"”’']")
_ROOM_NOTE = re.compile(  # "(Room 3)", "(Grand Ballroom, 3rd floor)", "[Congress hall AB]"
    r"\s*\((?:salle|sala|sal[oó]n|room|raum|saal|hall)\b[^()]*\)\s*$|"
    r"\s*\[[^\[\]]*\b(?:salle|sala|sal[oó]n|room|raum|saal|hall|auditorium)\b[^\[\]]*\]\s*$|"
    r"\s*\([^()]*\b(?:ballroom|\d+(?:st|nd|rd|th)\s+floor|floor\s+\d+)\b[^()]*\)\s*$",
    re.I,
)
# A title that only names a format and its number ("Flash 1", "Workshop 3"): the title
# is on the line under it.
_FORMAT_ONLY = re.compile(rf"^\s*(?:{_FORMATS}|pl|ws)\s*\d{{1,2}}\s*$", re.IGNORECASE)
# What a title line goes on with that is no title: "Click here for bios Room: Marvin 309".
_AFTER_TITLE = re.compile(r"\s+(?:Click\s+here\b|(?:Room|Venue|Hashtag|Location)\s*:\s)")
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")
_GLUED_LABEL = re.compile(r"(?P<label>(?:[A-Z][\w/-]*\s+){0,3}[A-Z][\w/-]*)\s*:\s+\S")


class _Mark(Enum):
    """What a block is to a listing."""

    ENTRY = auto()  # a line with a session id
    SLOT = auto()  # a time slot and a title
    DATED_SLOT = auto()  # a day, a time slot and a title
    SCHEDULED = auto()  # a list item: a title and its time in brackets
    BARE_SLOT = auto()  # a time slot whose title is on another line
    NUMBERED = auto()  # "Session 1: Title"
    DAY = auto()  # a day heading
    TIME = auto()  # a time heading
    OWN = auto()  # the listing's header or a filter
    CLOSING = auto()  # a date and time slot after a session's text (a schedule's list view)
    LABELLED = auto()  # a title with a role label under it ("Panelist: Ana Ruiz")
    START = auto()  # a start time alone and a title: a slot where there are several


_STARTS = frozenset(
    {_Mark.ENTRY, _Mark.SLOT, _Mark.DATED_SLOT, _Mark.SCHEDULED, _Mark.NUMBERED, _Mark.LABELLED}
)
_TIMED = frozenset({_Mark.SLOT, _Mark.DATED_SLOT, _Mark.BARE_SLOT, _Mark.CLOSING})


@dataclass
class Part:
    """One session of a listing: its header block and the text of it that is the title,
    its blocks, the date, time and type the listing gives it, the header's text after the
    title (people after a glued label, prose after a scheduled item) and lines that are
    only labels (a bare time slot, a venue)."""

    header: Block
    title: str
    blocks: list[Block] = field(default_factory=list)
    date: tuple[dt.date, Block] | None = None
    time: tuple[str, Block] | None = None
    rest: str = ""
    labels: list[Block] = field(default_factory=list)
    alone: bool = False  # started by a title alone, after a heading or a closed session
    type: str | None = None  # the session type its heading names
    roles: tuple[Role, ...] = ()  # the role of people listed right under the title, if any

    @property
    def fresh(self) -> bool:
        """True while nothing but the header has been read into the part."""
        return not self.blocks and not self.labels


def is_time_slot(text: str) -> bool:
    """True for a programme's time slot line (``10:00-11:30 Opening``, ``14:00 - 15:30``)."""
    return bool(_TIME_SLOT.match(text) or _BARE_SLOT.match(text))


def is_schedule_heading(text: str) -> bool:
    """True for a schedule's day or time heading (``Tuesday, December 6``, ``09:00 CST``,
    ``Day 2:``, ``14:00 - 15:30``), never a session's title."""
    return bool(
        _DAY_HEADING.match(text)
        or _DAY_NUMBER.match(text)
        or _TIME_HEADING.match(text)
        or _BARE_SLOT.match(text)
    )


def is_entry(block: Block) -> bool:
    """True when ``block`` starts a session of a listing (it holds a session id)."""
    return block.kind in (Kind.HEADING, Kind.PARAGRAPH, Kind.FIELD) and bool(
        _ENTRY.search(block.text.split("\n")[0])
    )


def listing_parts(blocks: list[Block]) -> tuple[list[Block], list[Part], int | None] | None:
    """The listing's own blocks, its parts and its year; None when ``blocks`` do not make a
    listing (no session id, and fewer than two sessions found by their times)."""
    blocks = [cell for block in blocks for cell in _timed_cells(block)]
    year = _year(blocks)
    marks = _marks(blocks, year)
    timed = any(mark in _TIMED or mark is _Mark.TIME for mark in marks) or any(
        FILTER.search(block.text) for block in blocks
    )
    cutter = _Cutter(year, timed)
    for block, mark in zip(blocks, marks, strict=True):
        cutter.take(block, mark)
    cutter.finish()
    parts = cutter.parts
    if _Mark.ENTRY not in marks and _Mark.DATED_SLOT not in marks and len(parts) < _SLOTS_NEEDED:
        return None
    return cutter.own, parts, year


def _timed_cells(block: Block) -> list[Block]:
    """A table row that starts with a time (``| 14:15 | WS 1: ... | WS 2: ... |``): one
    line of that time and a title for each session cell after it, on the row's line; any
    other block as it is."""
    if block.kind is not Kind.ROW or block.first != block.last or block.text.lstrip()[:1] != "|":
        return [block]  # "09:00 – 18:00 | Xênius Hotel": a slot and its venue, no table
    cells = [cell.strip() for cell in block.text.strip().strip("|").split("|")]
    cells = [cell for cell in cells if cell]
    if len(cells) < _TIME_AND_TITLE or not _CELL_TIME.fullmatch(cells[0]):
        return [block]
    return [
        Block(Kind.HEADING, block.first, block.last, f"{cells[0]} {cell}") for cell in cells[1:]
    ]


_TIME_AND_TITLE = 2  # a timed row's cells at least: its time and a session
_CELL_TIME = re.compile(rf"{TIME_RANGE}|{_START_TIME}")


class _Cutter:
    """The state of cutting a listing into parts, block by block."""

    def __init__(self, year: int | None, timed: bool) -> None:
        self.year = year
        self.timed = timed  # the listing gives times: a title alone may start a session
        self.own: list[Block] = []
        self.parts: list[Part] = []
        self.type: str | None = None  # the session type a filter names ("Other Session")
        self.day: tuple[dt.date, Block] | None = None
        self.time: tuple[str, Block] | None = None
        self.pending: Block | None = None  # a bare time slot waiting for its title
        self.before_title: list[Block] = []  # labels between a bare time slot and its title
        self.after_heading = False  # the block before was a day or time heading, or a venue
        self.venue_next = False  # the block before closed a session: a venue may follow
        self.columns: list[str] = []  # a programme table's header: "Time, Session, Moderator"

    def take(self, block: Block, mark: _Mark | None) -> None:
        """Put ``block`` where it belongs: the listing's own, a new part or the last."""
        heading, self.after_heading = self.after_heading, False
        if self.venue_next:
            self.venue_next, heading = False, True
            if _venue(block, self.parts[-1]):
                self.parts[-1].labels.append(block)  # "Saal Europa Sonnenallee 225, Berlin"
                self.after_heading = True
                return
        if self.pending is not None and mark is None and _label_before_title(block):
            self.before_title.append(block)  # "11:00 - 12:00 UTC", "ORGANIZER: ...", title
            return
        if self.pending is not None and mark is _Mark.NUMBERED:
            mark = None  # "10:30 – 12:10" then "Section 1. Title": the slot's title
        if self.pending is not None and (mark is not None or not _titled(block)):
            self.own += [self.pending, *self.before_title]  # a bare time slot with no title
            self.pending, self.before_title = None, []
        last = self.parts[-1] if self.parts else None
        if last and last.alone and last.fresh and _under_venue(block, last.header):
            self.own += [self.parts.pop().header, block]  # "CSIS Conference Center", its street
            return
        if mark is None and not self.parts and (columns := _columns(block)):
            self.columns = columns
            self.own.append(block)
        elif mark in (_Mark.OWN, _Mark.DAY, _Mark.TIME):
            self.heading(block, mark)
        elif mark in _STARTS and (
            self.timed
            or self.day
            or mark is not _Mark.NUMBERED
            or _PROGRAMME_NUMBERED.match(block.text)
        ):
            self.start(_part(block, mark, self.year, self.day, self.time, self.columns))
        elif mark is _Mark.BARE_SLOT:
            self.bare_slot(block, last)
        elif self.pending is not None:
            day = _slot_day(self.pending, self.year) or self.day
            part = _part(block, None, self.year, day, _slot_time(self.pending))
            part.labels.append(self.pending)
            part.blocks += self.before_title
            part.type = part.type or next(
                (kind for label in self.before_title if (kind := type_from_text(label.text))), None
            )  # "Open Forum:" above the title
            self.start(part)
            self.pending, self.before_title = None, []
        elif self.timed and (heading or _SITTING_TITLE.match(block.text)) and _titled(block):
            self.start(_part(block, None, self.year, self.day, self.time), alone=True)
        elif mark is _Mark.CLOSING and last and (not last.fresh or _VENUE_SLOT.match(block.text)):
            _close(last, block, self.year)
            self.day = self.day or last.date  # "Wednesday, November 27" gave no year
            self.venue_next = True
        elif (
            mark is None
            and last
            and last.fresh
            and _FORMAT_ONLY.match(last.title)
            and _titled(block)
        ):  # "11:00 Flash 1" then "Access for all through IPv6"
            last.title = _title(_first_line(block))
            last.labels.append(block)
        elif last:
            last.blocks.append(block)
        else:
            self.own.append(block)

    def bare_slot(self, block: Block, last: Part | None) -> None:
        """A time slot without a title: under a session's heading it gives its time; under
        a title line ending in a colon it starts that session; else its title follows."""
        if last and last.fresh and not last.time:
            _time_under(last, block, self.year)  # "Session 1: Title" then "10:20 – 11:20panel:"
        elif last and last.blocks and _title_above(last.blocks[-1], block):
            header = last.blocks.pop()  # "Managing Critical Internet Resources:" then the slot
            day = _slot_day(block, self.year) or self.day
            self.start(_part(header, None, self.year, day, _slot_time(block)))
            self.parts[-1].labels.append(block)
        else:
            self.pending = block

    def heading(self, block: Block, mark: _Mark) -> None:
        """The listing's header, a filter, or a day or time heading dating what follows; a
        day right under the first session, before any other, is that session's date."""
        last = self.parts[-1] if self.parts else None
        if mark is _Mark.DAY and self.day is None and last and last.fresh and last.date is None:
            last.date = _dated(block, self.year)  # "IGF 2020 Pre-Event #62 ..." then its date
            last.labels.append(block)
            return
        if mark is _Mark.DAY:
            self.day, self.time = _dated(block, self.year), None
        elif mark is _Mark.TIME:
            self.time = _slot_time(block) or (block.text.strip(), block)
        elif FILTER.search(block.text):
            named = FILTER.sub("", block.text).strip()
            self.type = type_from_text(named) or type_from_text(f"{named} session")  # "Other"
        self.own.append(block)
        self.after_heading = mark is not _Mark.OWN or bool(FILTER.search(block.text))

    def start(self, part: Part, alone: bool = False) -> None:
        """A new part; a title that started one by itself and has nothing under it was a
        heading of the listing (``TimeAgendaModerator``)."""
        last = self.parts[-1] if self.parts else None
        if last and last.alone and last.fresh:
            self.own.append(self.parts.pop().header)
        part.alone = alone
        part.type = part.type or self.type
        self.parts.append(part)

    def finish(self) -> None:
        if self.pending is not None:
            self.own += [self.pending, *self.before_title]


def _marks(blocks: list[Block], year: int | None) -> list[_Mark | None]:
    """What each block is to the listing. Where sessions are listed by id, only the ids
    and the time slots before the first id start them (a time slot under an id is that
    session's agenda); scheduled list items start sessions
    only when there are several; where nothing else does, titles with their people's
    labels right under them do, when there are several."""
    marks = [_mark(block, year) for block in blocks]
    starts = _Mark.SLOT if marks.count(_Mark.START) >= _SLOTS_NEEDED else None
    marks = [starts if mark is _Mark.START else mark for mark in marks]
    for number, block in enumerate(blocks):
        below = blocks[number + 1] if number + 1 < len(blocks) else None
        if marks[number] is _Mark.CLOSING and (below is None or below.first > block.last + 1):
            marks[number] = _Mark.BARE_SLOT  # no venue line under it: a dated slot, its title apart
    if _Mark.ENTRY in marks:  # a slot before the first id is a session of its own
        first_entry = marks.index(_Mark.ENTRY)
        kept = {_Mark.ENTRY, _Mark.DAY, _Mark.TIME, _Mark.OWN}
        return [
            mark if mark in kept or (number < first_entry and mark is _Mark.SLOT) else None
            for number, mark in enumerate(marks)
        ]
    if marks.count(_Mark.SCHEDULED) < _SLOTS_NEEDED:
        marks = [None if mark is _Mark.SCHEDULED else mark for mark in marks]
    if marks.count(_Mark.NUMBERED) < _SLOTS_NEEDED:  # one "Topic:" is a session's own
        marks = [None if _TOPIC.match(b.text) else m for b, m in zip(blocks, marks, strict=True)]
    if any(mark in _STARTS or mark in _TIMED for mark in marks):
        return marks
    labelled = [
        number
        for number, block in enumerate(blocks[:-1], start=1)
        if marks[number - 1] is None and _labelled_title(block, blocks[number])
    ]
    if len(labelled) >= _SLOTS_NEEDED:
        for number in labelled:
            marks[number - 1] = _Mark.LABELLED
    return marks


_ROOM = re.compile(r"^\s*(?:room|salle|sala|hall|workshop\s+room)\s+[\w-]{1,4}\s*$", re.IGNORECASE)


def _labelled_title(block: Block, below: Block) -> bool:
    """``The role of Internet Exchange Points ...`` then ``Internet Society Panelist:
    Michuki Mwangi``: a title line with a role label and its names right under it."""
    return (
        "\n" not in block.text.strip()
        and _titled(block)
        and not _ROOM.match(block.text)
        and read_entry(block.text, named_context=False) is None
        and below.kind is Kind.FIELD
        and bool(below.roles)
        and bool(below.value)
    )


def _mark(block: Block, year: int | None) -> _Mark | None:
    """What ``block`` is to a listing, if anything."""
    if block.kind is Kind.TURN:
        return None
    text = block.text.strip()
    first = _first_line(block)
    if is_entry(block):
        return _Mark.ENTRY
    if block.kind is Kind.ITEM and _SCHEDULED.match(block.joined):
        return _Mark.SCHEDULED
    if _BARE_SLOT.match(first):
        return _Mark.BARE_SLOT  # "14:00 - 15:30", "• 0830 – 1700"
    if _VENUE_SLOT.match(first):
        return _Mark.CLOSING  # "09:00 – 18:00 | Xênius Hotel, Av. Cabo Branco" under a session
    if _TIME_SLOT.match(first):
        return _Mark.SLOT
    if (titled := _TITLED_SLOT.match(first)) and _day(titled["day"], year):
        return _Mark.DATED_SLOT
    if (dated := _DATED_SLOT.match(first)) and _day(dated["day"], year):
        if dated["title"]:
            return _Mark.DATED_SLOT
        return _Mark.CLOSING if _closing(block, year) else _Mark.BARE_SLOT
    if _TRAILING_SLOT.match(first) and block.kind in _TITLE_KINDS:
        return _Mark.SLOT
    if (
        _NUMBERED.match(first)
        and block.kind in _TITLE_KINDS
        and not (_PROGRAMME_NUMBERED.match(first) and _day(first, year))  # "30 September"
    ):
        return _Mark.NUMBERED
    if _LISTING_HEADER.match(text) or FILTER.search(text):
        return _Mark.OWN
    if _HELD_ON.search(first) and _day(first, year):
        return _Mark.DAY  # "IGF-USA will be held on Thursday, July 26, 2012 at ...": its day
    if PAGE_DATE.search(first):
        return _Mark.OWN  # "Drafted on: July 9, 2019": the page's date
    day = _LINKS.sub("", text).strip()  # "Tuesday, June 15 [ Read Transcripts: ... ]"
    if lead := _DAY_LEAD.match(day):
        day = lead["day"]  # "Day 1 (July 13): Many law enforcement issues tomorrow."
    if _is_day(block, day) and (
        _DAY_HEADING.match(day) or _DAY_NUMBER.match(day) or _day(day, year)
    ):
        return _Mark.DAY
    if _TIME_HEADING.match(text):
        return _Mark.TIME
    if _closing(block, year):
        return _Mark.CLOSING
    if _START_SLOT.match(first) and block.kind in _SLOT_KINDS:
        return _Mark.START
    return None


_TITLE_KINDS = frozenset({Kind.HEADING, Kind.PARAGRAPH, Kind.FIELD})
_SLOT_KINDS = _TITLE_KINDS | {Kind.ITEM}  # "• 09h30  Presentation of ...": a bulleted slot


def _first_line(block: Block) -> str:
    """The first line of ``block``, without the bullet of a list item (``• 09h00  Welcome``)."""
    first = block.text.strip().split("\n")[0]
    return BULLET.sub("", first) if block.kind is Kind.ITEM else first


def _part(
    block: Block,
    mark: _Mark | None,
    year: int | None,
    day: tuple[dt.date, Block] | None,
    time: tuple[str, Block] | None,
    columns: list[str] | None = None,
) -> Part:
    """The part ``block`` starts, with the title, date and time its header gives (and the
    people in the other cells of a programme table's row)."""
    first = _first_line(block)
    rest = ""
    if mark is _Mark.SCHEDULED and (item := _SCHEDULED.match(block.joined)):
        title, rest = item["title"], item["rest"]
        day = (found, block) if (found := _day(item["when"], year)) else day
        time = _slot_time(block, item["when"])
    elif mark is _Mark.DATED_SLOT and (titled := _TITLED_SLOT.match(first)):
        title, time = titled["title"], _slot_time(block)
        day = (found, block) if (found := _day(titled["day"], year)) else day
    elif mark in (_Mark.SLOT, _Mark.DATED_SLOT) and (
        slot := (
            (_TIME_SLOT.match(first) or _START_SLOT.match(first) or _TRAILING_SLOT.match(first))
            if mark is _Mark.SLOT
            else _DATED_SLOT.match(first)
        )
    ):
        title, rest = _row(slot["title"], columns or [])
        if numbered := _NUMBERED.match(title):
            title = numbered["title"]  # "Session I – Access ... (10h15-11h15)"
        if not rest and len(taken := _TILDE.split(title, maxsplit=1)) > 1:
            title, rest = taken[0], f"Speaker: {taken[1]}"  # "Welcome ~ Marilyn Cade"
        elif (
            not rest
            and not _unglue_label(title)[1]  # "IntroductionsConference Moderator: X"
            and (taker := _TAKER.match(title))
            and _names_person(taker["who"])
        ):
            title, label = taker["title"], "Speaker"
            if (last := _LAST_WORD.search(title)) and heading_roles(last["word"]):
                title, label = title[: last.start()], last["word"]  # "Keynote on Trust Speaker: X"
            rest = f"{label}: {taker['who']}"
        time = _slot_time(block)
        if mark is _Mark.DATED_SLOT and (found := _day(slot["day"], year)):
            day = (found, block)
    elif mark is _Mark.NUMBERED and (numbered := _NUMBERED.match(first)):
        title = numbered["title"]
        if again := _NUMBERED.match(title):
            title = again["title"]  # "02 Session 1 – Opening Plenary"
    elif (numbered := _NUMBERED.match(first)) and not _TOPIC.match(first):
        title = numbered["title"]  # "Section 1. Global Digital Compact" under its time slot
    else:
        title = first
    bare, glued = _unglue_label(title)
    if bare.strip().endswith(":") and heading_roles(bare.strip()):
        bare, glued = "", bare  # "08:45 – 09:00Panellists:": a slot with no title, its people
    head, below = _header_line(block)
    part = Part(head, _title(bare), date=day, time=time, rest=" ".join([glued, rest]).strip())
    part.blocks += below
    part.type = type_from_text(bare)  # "Séance principale / Main Session – ..."
    return part


_LAST_WORD = re.compile(r"\s(?P<word>[A-Z][a-z]+)$")
_CLICK_HERE = re.compile(r"\bclick\s+here\b", re.IGNORECASE)


def _names_person(text: str) -> bool:
    """True when ``text`` starts with a person's entry (``Ambassador Phil Verveer, US
    State Department``), not more of a title (``Governments or Governance``)."""
    first = re.split(r"[;,]", text, maxsplit=1)[0]
    return read_entry(first, named_context=False) is not None


def _header_line(block: Block) -> tuple[Block, list[Block]]:
    """A session's header line, and the blocks of the lines run into it below (``Session
    II – Costs (11h30-12h30)`` then ``Views from: A, Estonia; B, Japan``), read as the
    session's own."""
    lines = block.text.split("\n")
    if len(lines) == 1 or block.kind not in (Kind.HEADING, Kind.PARAGRAPH):
        return block, []
    head = Block(block.kind, block.first, block.first, lines[0])
    return head, [
        replace(below, first=below.first + block.first, last=below.last + block.first)
        for below in read_blocks(lines[1:])
    ]


def _columns(block: Block) -> list[str]:
    """The columns a programme table's header row names (``Time, Session, Moderator,
    Speakers``); [] for a block that is no such row."""
    cells = [cell.strip() for cell in re.split(r"[|,\t]", block.text.strip())]
    if len(cells) == 1:
        cells = block.text.split()  # "Time Activity Speaker/moderator": cells flattened
    if (
        "\n" in block.text.strip()
        or len(cells) < _TABLE_COLUMNS
        or not _TIME_COLUMN.match(cells[0])
        or any(len(cell.split()) > _TITLE_WORDS_IN_HEADER for cell in cells)
        or not any(heading_roles(cell) for cell in cells)
    ):
        return []
    return cells


def _row(text: str, columns: list[str]) -> tuple[str, str]:
    """The title and the labelled people of a table row's cells after its time (``Opening
    Session, Victor Kapiyo, Ali Hussein, KICTANet`` under ``Time, Session, Moderator,
    Speakers``): the last column takes the cells left over."""
    after_time = columns[1:]
    if not after_time:
        return text, ""
    if len(after_time) == _TITLE_AND_PEOPLE and heading_roles(after_time[1]):
        if found := person_at_end(text):  # "Welcome Remarks Lillian Nalwoga": cells flattened
            title, person = found
            roles = heading_roles(after_time[1])
            role = Role.MODERATOR if Role.MODERATOR in roles and _LED.search(title) else roles[0]
            return title, f"{role.value.title()}: {person}"
    cells = re.split(r"\s*[|,\t]\s*", text, maxsplit=len(after_time) - 1)
    title = next(
        (
            cell
            for column, cell in zip(after_time, cells, strict=False)
            if not heading_roles(column)
        ),
        text,
    )
    people = [
        f"{column}: {cell}"
        for column, cell in zip(after_time, cells, strict=False)
        if heading_roles(column) and cell.strip(" ,")
    ]
    return title, "; ".join(people)


_TITLE_AND_PEOPLE = 2  # a row's cells after the time: the session, then who takes it
# A slot led rather than spoken in: its one person under "Speaker/moderator" moderates.
_LED = re.compile(r"\b(?:q\s*&\s*a|questions|discussion|debate|panel)\b", re.IGNORECASE)


def person_at_end(text: str) -> tuple[str, str] | None:
    """(title, person) of a row whose last cell, a person, was run into the title:
    ``Keynote Address Dr. David Turahi, Director for`` -> (``Keynote Address``, ``Dr. ...``)."""
    words = text.split()
    for start in range(1, len(words)):
        tail = " ".join(words[start:])
        entry = read_entry(tail)
        named = LEADING_SALUTATION.sub("", tail)
        if entry and named.startswith(entry.name.split()[0]) and person_evidence(entry.name):
            return " ".join(words[:start]).rstrip(" :-–—"), tail
    return None


def _title_above(block: Block, slot: Block) -> bool:
    """A title line ending in a colon right above a time slot: the slot's session."""
    return (
        block.kind in _TITLE_KINDS
        and block.text.rstrip().endswith(":")
        and slot.first - block.last <= _TITLE_GAP
        and _titled(block)
    )


def _slot_day(block: Block, year: int | None) -> tuple[dt.date, Block] | None:
    """The day a dated time slot names (``16 November, 15:00 – 18:00``)."""
    dated = _DATED_SLOT.match(block.text.split("\n")[0])
    found = _day(dated["day"], year) if dated else None
    return (found, block) if found else None


def _time_under(part: Part, block: Block, year: int | None) -> None:
    """A bare time slot under a session's heading gives it its time; a column's label
    after the time (``panel:``) heads the lines under it."""
    part.time = _slot_time(block)
    part.date = _slot_day(block, year) or part.date
    slot = _BARE_SLOT.match(block.text.strip())
    if slot and (label := slot["label"]):
        part.blocks.append(Block(Kind.HEADING, block.first, block.last, label))
    else:
        part.labels.append(block)


def _slot_time(block: Block, text: str | None = None) -> tuple[str, Block] | None:
    """The start time a slot gives, on the 24-hour clock: ``08:15`` of ``08:15 – 08:30``,
    ``14:00`` of ``2:00 – 3:30 pm``, ``09:30`` of ``at 9:30 am``."""
    clocks = list(_CLOCK.finditer(colon_times(text or block.text.split("\n")[0])))[:2]
    if not clocks:
        return None
    start, hour = clocks[0], int(clocks[0]["hour"])
    half = start["half"]
    if half is None and len(clocks) > 1 and hour <= int(clocks[1]["hour"]) < _NOON:
        half = clocks[1]["half"]  # "2:00 – 3:30 pm"
    if half and half.lower() == "p" and hour < _NOON:
        hour += _NOON
    return f"{hour:02d}:{start['minute'] or '00'}", block


def _unglue_label(title: str) -> tuple[str, str]:
    """``Welcome and IntroductionsConference Moderator: Victor Kapiyo``: a flattened table
    glued the next column's role label to the title; (title, the label and its names)."""
    for glue in _GLUED.finditer(title):
        label = _GLUED_LABEL.match(title, glue.start())
        if label and heading_roles(label["label"]):
            return title[: glue.start()], title[glue.start() :]
    return title, ""


def _title(text: str) -> str:
    """A listed session's title as the header writes it, without what is not the title:
    a format's label, quotes around it, the other language's half, a session type before
    a dash, a room."""
    text = _FORMAT_PREFIX.sub("", _ROOM_NOTE.sub("", _AFTER_TITLE.split(text.strip())[0]))
    if _QUOTED.fullmatch(text):
        text = text[1:-1]  # "“The future of global Internet governance ...”"
    text = english_half(text)  # "Cérémonie d'ouverture / Opening Ceremony"
    typed = _TYPE_PREFIX.match(text)
    if typed and type_from_text(typed["type"]) and not re.search(r"\d", typed["type"]):
        text = typed["title"]  # "Main Session – The importance of human rights ..."
    return text.strip()


def _titled(block: Block) -> bool:
    """True for a block that can be a listed session's title: a short line that is no
    label of people or of a part of a report, and no date."""
    lines = block.text.strip().split("\n")
    first = lines[0]
    if block.kind not in _TITLE_KINDS or block.roles or not first or _CLICK_HERE.search(first):
        return False  # "For the agenda please click here."
    if len(lines) > 1 and lines[1][:1].islower():
        return False  # a paragraph's first line, wrapped mid-sentence
    words = len(first.split())
    if label_section(block.label or first) or words > _TITLE_WORDS:
        return False
    if words > _SENTENCE_WORDS and first.rstrip().endswith("."):
        return False  # "An open work meeting between the national, regional ... Secretariat."
    return parse_date(first) is None and not _BARE_SLOT.match(first)


def _label_before_title(block: Block) -> bool:
    """A label between a bare time slot and the title under it: the organiser
    (``ORGANIZER: Polish Host``) or the session type (``Open Forum:``)."""
    text = block.text.strip()
    if block.kind is Kind.FIELD:
        return bool(block.roles)
    return block.kind is Kind.HEADING and text.endswith(":") and bool(type_from_text(text))


def _closing(block: Block, year: int | None) -> bool:
    """A schedule's line after a session's text giving its date and time slot:
    ``Wednesday November 27, 2019 08:15 - 09:15``."""
    text = block.text.strip()
    return (
        block.kind in (Kind.HEADING, Kind.PARAGRAPH)
        and "\n" not in text
        and len(text.split()) <= _VENUE_WORDS
        and re.search(TIME_RANGE, text) is not None
        and _day(text, year) is not None
    )


def _close(part: Part, block: Block, year: int | None) -> None:
    """The closing line of ``part`` dates it."""
    part.labels.append(block)
    if found := _day(block.text, year):
        part.date = (found, block)
    part.time = part.time or _slot_time(block)


def _under_venue(block: Block, above: Block) -> bool:
    """True for a street address right under the line above, which is then a venue."""
    return block.first == above.last + 1 and bool(_ADDRESS.match(block.text))


# "1800 K Street, NW": a street address.
_ADDRESS = re.compile(
    r"^\s*\d{1,5}\s+(?:[\w.'’-]+\s+){0,4}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|"
    r"Blvd\.|Lane|Place|Square)(?:\W|$)"
)


def _venue(block: Block, part: Part) -> bool:
    """The line right under a session's closing date: its room and address."""
    above = part.labels[-1]
    return (
        block.first == above.last + 1
        and block.kind in (Kind.HEADING, Kind.PARAGRAPH)
        and len(block.text.split()) <= _VENUE_WORDS
        and not block.roles
    )


_YEAR = re.compile(r"\bIGF\s*(?P<year>(?:19|20)\d\d)\b|\b(?P<date_year>(?:19|20)\d\d)\b")
_DAY_WORDS = 10  # a day heading is this short
_CLOCK = re.compile(
    r"\b(?P<hour>\d{1,2})(?:[.:h](?P<minute>\d{2})(?!\d)|h(?!\w))(?:\s*(?P<half>[ap])\.?m\b)?",
    re.I,
)  # "9h": nine o'clock
_NOON = 12
_DAYS = re.compile(r"\b\d{1,2}\s*[-–—]\s*\d{1,2}\s+[^\W\d_]{3,}")  # "15-18 November"
_RANGE_ENDS = 2


def _year(blocks: list[Block]) -> int | None:
    """The listing's year: from its header (``IGF 2016 - Guadalajara``), ``IGF2016`` in its
    first lines, or a date there; never a year before the forum's ("since 1991")."""
    for block in blocks[:6]:
        for found in _YEAR.finditer(block.text):
            if (year := int(found["year"] or found["date_year"])) >= FIRST_FORUM_YEAR:
                return year
    return None


def _day(text: str, year: int | None) -> dt.date | None:
    """The date ``text`` names, with the listing's year when it gives none; or with the
    nearest year whose calendar has the weekday it names ("Friday: July 5" on a page
    headed 2021 is 2019's)."""
    text = text.strip(" *_#")
    if found := parse_date(text):
        return found
    if year is None:
        return None
    for m in _DAY_MONTH.finditer(text):
        if (date := parse_date(f"{m.group()} {year}")) is None:
            continue
        if (named := _ENGLISH_WEEKDAY.match(text)) is None:
            return date
        weekday = named.group().lower()
        return next((near for near in _years_around(date) if _weekday(near) == weekday), date)
    return None


_ENGLISH_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)


def _years_around(date: dt.date) -> Iterator[dt.date]:
    """``date``, then the same day one, two and three years before and after it."""
    for shift in (0, -1, 1, -2, 2, -3, 3):
        with suppress(ValueError):  # 29 February
            yield date.replace(year=date.year + shift)


def _weekday(date: dt.date) -> str:
    return date.strftime("%A").lower()


def schedule_day(blocks: list[Block], year: int) -> tuple[dt.date, Block] | None:
    """The date of a schedule's day heading among the first blocks (``Tuesday, December
    6`` of a 2016 page), when that day of ``year`` is the weekday it names."""
    for block in blocks[:_HEADING_BLOCKS]:
        text = block.text.strip(" *_#")
        if not _DAY_HEADING.match(text) or (date := _day(text, year)) is None:
            continue
        if _weekday(date) == text.split()[0].strip(",").lower():
            return date, block
    return None


_LINKS = re.compile(r"\s*\[[^\[\]]*\]")  # "[ Read Transcripts: Session 1 | Session 2 ]", "[ map ]"
_HEADING_BLOCKS = 12  # a schedule's day heading stands among a page's first blocks
# "2 September, 11.00 - 12.30, Main Meeting Hall": a day and month first, no year (and no
# second day: "September 23 - 24 2020" is a meeting's days).
_DAY_MONTH_FIRST = re.compile(
    rf"^\s*(?:(?:{WEEKDAYS}),?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:of\s+|de\s+)?[^\W\d_]{{3,9}}|"
    r"[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b(?!,?\s*\d{4})(?!\s*[-–—]\s*\d)",
    re.IGNORECASE,
)


def day_without_year(text: str, year: int) -> dt.date | None:
    """The date of a line that begins with a day and month but no year, in ``year``."""
    first = _DAY_MONTH_FIRST.match(text)
    return parse_date(f"{first.group()} {year}") if first else None


def _dated(block: Block, year: int | None) -> tuple[dt.date, Block] | None:
    found = _day(block.text, year)
    return (found, block) if found else None


def _is_day(block: Block, text: str | None = None) -> bool:
    """A heading that names a day (with or without its year), not a session's own date
    line, which gives a time (``Tuesday December 6, 2016 09:00 CST``), nor the days of
    the whole meeting (``15-18 November 2009``). ``text``: the block's without links."""
    text = (text or block.text).strip(" *_#")
    if _CLOCK.search(text) or _DAYS.search(text):
        return False
    sides = re.split(r"\s[-–—]\s", text)
    if len(sides) == _RANGE_ENDS and all(parse_date(side) for side in sides):
        return False  # "21 October 2013 - 25 October 2013"
    return block.kind in (Kind.HEADING, Kind.PARAGRAPH, Kind.FIELD, Kind.ITEM, Kind.ROW) and (
        bool(_DAY_HEADING.match(text)) or len(text.split()) <= _DAY_WORDS
    )


def drop_breaks(reports: list[Report]) -> list[Report]:
    """The sessions of a listing without its breaks (a part with no id, people or
    organiser whose title is a break); their lines become labels of the first session."""
    kept = [report for report in reports if not _is_break(report)]
    if not kept or len(kept) == len(reports):
        return reports
    spans = [span for report in reports if _is_break(report) for span in report_spans(report)]
    kept[0].labels = sorted([*kept[0].labels, *spans], key=lambda span: span.start_line)
    return kept


def _is_break(report: Report) -> bool:
    session = report.session
    return (
        session.id is None
        and not report.people
        and not report.organizers
        and bool(_BREAK.match(session.title or ""))
    )


def merge_repeats(reports: list[Report]) -> list[Report]:
    """One report per session: a session listed again adds what its first listing lacks;
    the same title at another date or time is another sitting, a session of its own."""
    found: list[Report] = []
    by_name: dict[str, list[Report]] = {}
    for report in reports:
        session = report.session
        listed = by_name.setdefault(session.id or session.title or session.spans["title"].text, [])
        first = next((kept for kept in listed if _same_sitting(kept.session, session)), None)
        if first is not None:
            _merge(first, report)
        else:
            listed.append(report)
            found.append(report)
    if len(found) > 1:
        parts = [slug(r.session.id or r.session.title or "session") for r in found]
        named = Counter(parts)
        for report, part in zip(found, parts, strict=True):
            session = report.session
            report.part = part
            if named[part] > 1:  # "GigaNet Symposium" at 09:00 and at 14:30
                report.part = slug(f"{part} {session.date or ''} {session.time or ''}")
    return found


def agenda_of_one(reports: list[Report]) -> list[Report]:
    """The timed agenda of one session read as that session: a title starts the page
    with who moderates or chairs it and no time of its own (``Closing Plenary``,
    ``Moderator: Mili Semlani``), then slots without ids on one day (``16:00-16:05 |
    Welcome Note``) that no one of their own moderates. The slots' people, lines and day
    join the first report."""
    first, slots = reports[0], reports[1:]
    if not slots or not _runs(first) or any(_runs(slot) for slot in slots):
        return reports  # each slot run by someone of its own: sessions of their own
    if (
        first.session.time is not None
        or first.session.id
        or any(r.session.id or r.session.time is None for r in slots)
        or len({r.session.date for r in slots}) > 1
    ):
        return reports
    for slot in slots:
        _merge(first, slot, again_listed=False)
    first.session.time = None  # the first slot's time is one item's, not the session's
    first.session.spans.pop("time", None)  # its line stays among the labels
    return [first]


def _runs(report: Report) -> bool:
    """True when a label names who moderates or chairs ``report``'s session."""
    return any(p.role in (Role.MODERATOR, Role.CHAIR) and not p.in_prose for p in report.people)


def _same_sitting(first: Session, second: Session) -> bool:
    """True when two listings of one session name no different date or time."""
    return not any(
        getattr(first, name)
        and getattr(second, name)
        and getattr(first, name) != getattr(second, name)
        for name in ("date", "time")
    )


def _merge(kept: Report, again: Report, *, again_listed: bool = True) -> None:
    """Add a second listing of one session (or an item of its agenda, not
    ``again_listed``) to the first: new people, organisers, lines."""
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
    if again_listed:
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
