"""Session fields: ids, dates, times, and the session type a date implies."""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse

from igfgraph.parse.affiliations import is_country

# First day of each annual meeting's main programme. Day 0 events (pre-events) take place
# the day before; later days hold workshops, open forums and the rest.
PROGRAMME_START: dict[int, dt.date] = {
    2015: dt.date(2015, 11, 10),  # João Pessoa, 10-13 November
    2016: dt.date(2016, 12, 6),  # Guadalajara, 6-9 December
    2017: dt.date(2017, 12, 18),  # Geneva, 18-21 December
    2019: dt.date(2019, 11, 26),  # Berlin, 26-29 November
    2021: dt.date(2021, 12, 7),  # Katowice, 7-10 December
    2022: dt.date(2022, 11, 29),  # Addis Ababa, 29 November - 2 December
    2023: dt.date(2023, 10, 9),  # Kyoto, 9-12 October
    2024: dt.date(2024, 12, 16),  # Riyadh, 16-19 December
}
DAY_0_EVENT = "day 0 event"
OTHER = "other"  # ceremonies, MAG meetings and whatever else is no kind of its own

# Written ids: ``WS #186``, ``WS26:``, ``(WS186)``, ``OF #14``, ``Open Forum #27``,
# ``Day 0 Event #68``, ``Pre-Event #1``, ``Lightning Talk #12``, ``Networking #82``; short
# kinds may omit the ``#``.
_SESSION_ID = re.compile(
    r"\(?\b(?:(?P<kind>WS|OF)\s*#?\s*|(?P<long_kind>Open\s+Forum|Day\s*0\s+Event|Pre-?\s*Event|"
    r"Lightning\s+(?:Talk|Session)|Networking(?:\s+Session)?|Town\s+Hall|Launch\s*(?:(?:and|&|/)\s*)?Award\s+Event)"
    r"\s*#\s*)(?P<number>\d+)\b\)?:?",
    re.IGNORECASE,
)
_ID_FORMS = {
    "ws": ("WS #{}", "workshop"),
    "of": ("Open Forum #{}", "open forum"),
    "openforum": ("Open Forum #{}", "open forum"),
    "day0event": ("Day 0 Event #{}", DAY_0_EVENT),
    "preevent": ("Day 0 Event #{}", DAY_0_EVENT),
    "lightningtalk": ("Lightning Talk #{}", "lightning talk"),
    "lightningsession": ("Lightning Talk #{}", "lightning talk"),
    "networkingsession": ("Networking Session #{}", "networking session"),
    "networking": ("Networking Session #{}", "networking session"),  # "Networking #82"
    "townhall": ("Town Hall #{}", "town hall"),
    "launchandawardevent": ("Launch and Award Event #{}", OTHER),
    "launch&awardevent": ("Launch and Award Event #{}", OTHER),
    "launchawardevent": ("Launch and Award Event #{}", OTHER),
    "launch/awardevent": ("Launch and Award Event #{}", OTHER),
}
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))  # "september|...|may"
FIRST_FORUM_YEAR = 2006  # Athens: no year before it is a session's
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|°)?"
_DATES = (
    re.compile(r"(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})"),
    re.compile(rf"{_DAY}(?:\s+(?:of\s+)?|-){_MONTH},?(?:\s+|-)(?P<year>\d{{4}})"),
    re.compile(rf"{_MONTH}\s+{_DAY},?\s+(?P<year>\d{{4}})"),
)
_TIME = re.compile(r"\b(\d{1,2})[:.h](\d{2})\b")
# A national, regional or youth IGF by its name: "Kenya Internet Governance Forum", "LACIGF",
# "Foro de Gobernanza de Internet de América Latina", not "the Internet Governance Forum".
_NRI = (
    r"\b(?!(?:the|this|annual|global|nations|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth)\b)(?-i:[A-Z][a-z]+)\s+Internet\s+"
    r"Governance\s+Forum\b|(?-i:\b[A-Z][A-Za-z]{0,4}IGF\b)|\bforo\s+de\s+gobernanza\s+de\s+"
    r"internet\s+(?:de|del|en)\b|\bforum\s+(?:national\s+)?sur\s+la\s+gouvernance\s+de\s+"
    r"l.internet\s+(?:du|de|des|en|au)\b"
)
# Words naming a session type, in the order they are tried (the first found wins).
_TYPE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), kind)
    for pattern, kind in (
        (r"\bbest\s+practice\s+forums?\b|\bBPF\b", "best practice forum"),
        (r"\bdynamic\s+coalitions?\b|\bDCs?\s+(?:session|meeting)\b", "dynamic coalition"),
        (r"\bday\s*0\b|\bday\s+zero\b|\bpre-?\s*events?\b", DAY_0_EVENT),
        (r"\bopen\s+forum\b", "open forum"),
        (r"\bmain\s+session\b", "main session"),
        (r"\blightning\s+(?:talks?|sessions?)\b", "lightning talk"),
        (r"\bnetworking\s+session\b", "networking session"),
        (
            r"\b(?:opening|closing)\s+ceremony\b|\bc[ée]r[ée]monie\s+d.(?:ouverture|cl[ôo]ture)\b|"
            r"\bceremonia\s+de\s+(?:apertura|clausura)\b|"
            r"\bvirtual\s+meetings?\b|\bopen\s+consultations?\b|\bMAG\s+meetings?\b|"
            r"\bchair(?:man)?['’]?s\s+summary\b",
            OTHER,
        ),
        (
            r"\bNRIs?\b|\bnational\s+and\s+regional\s+(?:IGF\s+)?initiatives\b|" + _NRI,
            "nri session",
        ),
        (r"\btown\s+hall\b", "town hall"),
        (
            r"\bopen\s+mic\b|\btaking\s+stock\b|\bother\s+sessions?\b|"
            r"\bintroductory\s+sessions?\b|\bhigh[- ]level\s+(?:leaders|session|exchange|panel)|"
            r"\borientation\s+sessions?\b|\bnewcomers\s+(?:track|session)\b|"
            r"\bnew\s+delegates?\s+briefing\b|\bwelcome\s+ceremony\b",
            OTHER,
        ),
        (r"\bworkshop\b(?!\s+room)", "workshop"),
    )
)


_NATIONAL_FORUM = re.compile(
    r"(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:Internet\s+Governance\s+Forum|IGF)\b",
    re.IGNORECASE,
)


def split_session_id(title: str) -> tuple[str, str | None, str | None]:
    """The title without its id, the normalised id and the session type it implies."""
    match = _SESSION_ID.search(title)
    if match is None:
        return title, None, None
    kind = match["kind"] or match["long_kind"]
    form, session_type = _ID_FORMS[re.sub(r"[\s-]", "", kind).lower()]
    rest = (title[: match.start()] + title[match.end() :]).strip(" -:")
    return " ".join(rest.split()), form.format(int(match["number"])), session_type


def session_from_address(address: str) -> tuple[int | None, str | None, str | None]:
    """The year, id and type a session page's address gives: ``.../igf-2023-ws-209-...``
    -> (2023, ``WS #209``, ``workshop``); Nones for what it does not give."""
    path = urllib.parse.urlsplit(address).path.lower()
    year = _ADDRESS_YEAR.search(path)
    written = re.sub(r"[-_/]+", " ", path)
    _, session_id, kind = split_session_id(_ADDRESS_ID.sub(r"\g<kind> #\g<number>", written))
    return (int(year["year"]) if year else None), session_id, kind


def date_from_address(address: str) -> dt.date | None:
    """The day a page's address gives: ``.../2984-2015-11-13-dynamic-coalitions-...``."""
    found = _ADDRESS_DATE.search(urllib.parse.urlsplit(address).path)
    if found is None:
        return None
    try:
        return dt.date(*(int(part) for part in found.groups()))
    except ValueError:  # "2015-13-45": no day
        return None


_ADDRESS_DATE = re.compile(r"(?<![\d])(20\d\d)-(\d\d)-(\d\d)(?![\d])")
_ADDRESS_YEAR = re.compile(r"\bigf[-_]?(?P<year>20\d\d)\b")
# "ws 209", "open forum 27", "day 0 event 178": an id in an address, its "#" dropped.
_ADDRESS_ID = re.compile(
    r"\b(?P<kind>ws|of|open forum|day 0 event|pre event|lightning talk|networking session|"
    r"town hall|launch (?:and )?award event)\s+(?P<number>\d{1,4})\b"
)


# French, Spanish, Portuguese, Italian, German, Dutch, Indonesian, Russian and Ukrainian
# month names, read as the English ones.
_OTHER_MONTHS = {
    "janvier": "january", "février": "february", "fevrier": "february", "mars": "march",
    "avril": "april", "mai": "may", "juin": "june", "juillet": "july", "août": "august",
    "aout": "august", "septembre": "september", "octobre": "october", "novembre": "november",
    "décembre": "december", "decembre": "december", "enero": "january", "febrero": "february",
    "marzo": "march", "abril": "april", "mayo": "may", "junio": "june", "julio": "july",
    "agosto": "august", "septiembre": "september", "setiembre": "september",
    "octubre": "october", "noviembre": "november", "diciembre": "december",
    "janeiro": "january", "fevereiro": "february", "março": "march",
    "maio": "may", "junho": "june", "julho": "july", "setembro": "september",
    "outubro": "october", "novembro": "november", "dezembro": "december",
    # Italian; German; Dutch and Indonesian
    "gennaio": "january", "febbraio": "february", "aprile": "april", "maggio": "may",
    "giugno": "june", "luglio": "july", "settembre": "september", "ottobre": "october",
    "dicembre": "december",
    "januar": "january", "februar": "february", "märz": "march", "juni": "june",
    "juli": "july", "oktober": "october", "dezember": "december",
    "januari": "january", "februari": "february", "maart": "march", "maret": "march",
    "mei": "may", "augustus": "august", "agustus": "august", "desember": "december",
    # Russian and Ukrainian, as a day is written before them ("7 апреля 2025 года")
    "января": "january", "февраля": "february", "марта": "march", "апреля": "april",
    "мая": "may", "июня": "june", "июля": "july", "августа": "august", "сентября": "september",
    "октября": "october", "ноября": "november", "декабря": "december",
    "січня": "january", "лютого": "february", "березня": "march", "квітня": "april",
    "травня": "may", "червня": "june", "липня": "july", "серпня": "august",
    "вересня": "september", "жовтня": "october", "листопада": "november", "грудня": "december",
}  # fmt: skip
_OTHER_MONTH = re.compile(r"\b(" + "|".join(_OTHER_MONTHS) + r")\b", re.IGNORECASE)
_SPANISH_DATE = re.compile(r"\b(\d{1,2})[º°]?\s+de\s+([^\W\d_]+)\s+(?:de\s+|del\s+)?(\d{4})", re.I)
_RANGE_START = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–—]|to|au|al|and|et|y|e|und|en)\s*$", re.I
)  # "6 e 7 novembre 2018", "6. und 7. Mai 2019" (read after _ORDINAL_DOT: "6 und 7 Mai")
_DAY_FIRST = re.compile(r"\b(?P<day>\d{1,2})([/.])(?P<month>\d{1,2})\2(?P<year>\d{4})\b")
_YEAR = re.compile(r"\d{4}")
_ORDINAL_DOT = re.compile(r"\b(\d{1,2})\.\s+(?=[A-Za-z])")


def parse_date(text: str, in_range: bool = False) -> dt.date | None:
    """The first date written in ``text``: ``17 December, 2017``, ``2017-12-17``,
    ``Tuesday, 10th October, 2023``, ``12-Nov-2015``, ``1er décembre 2022``, ``20 de mayo
    de 2025``, ``20/12/2023`` and ``17.12.2017`` (day first), ...; the last day of a range
    of days (``12-15 November 2007``, ``14 September 2010 - 17 September 2010``) is one
    only ``in_range`` (the days of a meeting are no session's date)."""
    if not _YEAR.search(text):
        return None  # every date has its year (and no rewriting below makes one)
    text = _SPANISH_DATE.sub(r"\1 \2 \3", text)
    text = _OTHER_MONTH.sub(lambda match: _OTHER_MONTHS[match[1].lower()], text)
    text = _ORDINAL_DOT.sub(r"\1 ", text)  # "21. May 2015", as German writes a day
    for pattern in (*_DATES, _DAY_FIRST):
        for match in pattern.finditer(text):
            if not in_range and _RANGE_START.search(text[: match.start()]):
                continue  # "12-15 November 2007": days of a meeting, not one date
            month = match["month"]
            number = int(month) if month.isdigit() else _MONTHS.get(month.lower())
            if number is None:
                continue
            try:
                found = dt.date(int(match["year"]), number, int(match["day"]))
            except ValueError:
                continue
            after = text[match.end() :]
            if (
                not in_range
                and _DASH_FIRST.match(after)
                and parse_date(after, True)
                not in (
                    None,
                    found,
                )
            ):
                return None  # "14 September 2010 - 17 September 2010": a meeting's days
            return found
    return None


# A range's second date follows: "- 17 September 2010", "to 6 Jun 2018".
_DASH_FIRST = re.compile(r"^\s*(?:[-–—]|(?:to|until|till|au|al)\b)\s*\S", re.IGNORECASE)


# A session named in running text by its title in quotes: 'a workshop titled "X"', 'The
# first panel was "X"', 'At the "X" session', 'el panel "X"' (EN/FR/ES).
_QUOTED = (
    r"(?:“(?P<curly>[^”]{4,200})”|\"(?P<straight>[^\"]{4,200})\"|«\s*(?P<angle>[^»]{4,200}?)\s*»|"
    r"(?<!\w)['‘](?P<single>[A-Z][^'’‘]{3,200})['’‘](?!\w))"
)
_SESSION_NOUN = (
    r"(?:workshop|session|panel|(?:open\s+)?forum|round\s*table|roundtable|debate|seminar|"
    r"lightning\s+talk|town\s+hall|taller|sesi[oó]n|atelier|s[ée]ance|table\s+ronde|mesa\s+redonda)"
)
_NAMED_SESSIONS = (
    re.compile(
        rf"\b{_SESSION_NOUN}\s*,?\s+(?:(?:was\s+|is\s+)?(?:titled|entitled|called|named)|"
        rf"was|is|intitul[ée]e?|titulad[oa]|denominad[oa]|on|about|sobre|sur|"
        rf"(?:addressed|discussed|explored|examined|tackled|focused\s+on)"
        rf"(?:\s+the\s+(?:\w+\s+)?(?:issue|topic|question|theme|subject)\s+of)?)?\s*:?\s*{_QUOTED}",
        re.IGNORECASE,
    ),
    # '“Smarter Networks,” a panel moderated by ...'; '“X,” the forum ...' names a theme
    re.compile(
        rf"{_QUOTED}\s+(?!(?:an?|the)\s+forum\b)(?:an?\s+|the\s+)?{_SESSION_NOUN}\b",
        re.IGNORECASE,
    ),
    # 'the topic “X”. This session brought ...': a quoted name the next sentence calls a session
    re.compile(rf"{_QUOTED}\s*[.,;]?\s+(?:This|That|The)\s+{_SESSION_NOUN}\b"),
    # A moderator's opening words: 'has the title "X"', 'the title of our workshop is: X.'
    re.compile(rf"\b(?:has|with|under)\s+the\s+title\s*:?\s*{_QUOTED}", re.IGNORECASE),
    re.compile(
        rf"\bthe\s+title\s+of\s+(?:our|this|the|today['’]s)\s+{_SESSION_NOUN}\s+is\s*:?\s*"
        r"(?P<said>[A-Z][^.!\"“”]{3,200}?[?]?)(?=\.\s|\.?$|\s+(?-i:My|I|We|And)\b)",
        re.IGNORECASE,
    ),
)


def named_sessions(text: str) -> list[tuple[str, str]]:
    """(title, words naming it) of each session ``text`` names by its title in quotes, in
    the order written (without the comma a quote may close on: ``panel “Smarter Networks,”``).

    >>> named_sessions('The first panel was "Realizing a Multilingual Internet", which ...')
    [('Realizing a Multilingual Internet', 'panel was "Realizing a Multilingual Internet"')]
    """
    found = {
        match.start(): (
            _without_stop(" ".join(next(g for g in match.groups() if g).split()).rstrip(",;:")),
            match.group(),
        )
        for pattern in _NAMED_SESSIONS
        for match in pattern.finditer(text)
    }
    return [found[start] for start in sorted(found)]


def _without_stop(title: str) -> str:
    """A quoted title without the full stop a sentence ends on inside its quotes
    (``issue of “Addressing disinformation in Ghana.”``); an ellipsis stays."""
    return title[:-1] if title.endswith(".") and not title.endswith("..") else title


def parse_time(text: str) -> str | None:
    """``09:00-14:00`` for a time range, ``09:00`` for a start time, None when there is none."""
    times = [f"{int(hour):02d}:{minute}" for hour, minute in _TIME.findall(colon_times(text))]
    return "-".join(times[:2]) or None


def colon_times(text: str) -> str:
    """``0930-1045`` -> ``09:30-10:45``: a range on the 24-hour clock written without
    colons (not a range of years, ``2019-2020``)."""
    return _FOUR_DIGIT_RANGE.sub(
        lambda m: f"{m[1][:2]}:{m[1][2:]}{m[2]}{m[3][:2]}:{m[3][2:]}", text
    )


# "0930" of "0930-1045", a programme's 24-hour clock; never a range of years.
CLOCK_4 = r"(?:[01]\d|2[0-3])[0-5]\d\b"
NOT_YEARS = r"(?!(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\b)"
_FOUR_DIGIT_RANGE = re.compile(rf"\b{NOT_YEARS}({CLOCK_4})(\s*[-–—]\s*)({CLOCK_4})")


def type_from_text(text: str) -> str | None:
    """The session type a title or schedule line names (``Best Practice Forum`` ...), if
    any; a country's own forum (``Nigeria Internet Governance Forum``) is an NRI's."""
    if kind := next((kind for pattern, kind in _TYPE_WORDS if pattern.search(text)), None):
        return kind
    national = _NATIONAL_FORUM.search(text)
    return "nri session" if national and is_country(national["country"]) else None


def infer_type(date: dt.date | None) -> str | None:
    """The session type a date implies: a day 0 event the day before the programme starts."""
    if date is None or date.year not in PROGRAMME_START:
        return None
    if date == PROGRAMME_START[date.year] - dt.timedelta(days=1):
        return DAY_0_EVENT
    return None
