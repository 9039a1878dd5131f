"""Session pages (programme entries of 2017-2024 with reports appended): how to tell one.

A page is its header (``IGF 2018 WS #136`` and the title, on one line or two), then
labelled fields (``Organizer 1:``, ``Speaker 2:``, ``Online Moderator``, ``Key
Takeaways``). The label table here only recognises the families
(:mod:`session_page_2017`, :mod:`session_page_2018_2020`, :mod:`session_page_2021_2024`);
the cue-driven reader (:mod:`igfgraph.parse.reader`) reads them, with bare name lines
after the speakers taking the roles the page dropped.
"""

from __future__ import annotations

import re

from igfgraph.parse.reader import FURNITURE
from igfgraph.sources import SourceText

_HEADER = re.compile(r"^\s*IGF\s+(?P<year>\d{4})\b\s*(?P<rest>.*)$", re.IGNORECASE)
_LISTING_PLACE = re.compile(r"^[-–—,:]")
_BULLET = r"^\s*(?:[-•*·]\s*)?"
# (field, pattern of the label up to where its value starts); the first match wins.
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(_BULLET + f"(?:{pattern})" + r"\s*(?::|$)", re.IGNORECASE))
    for name, pattern in (
        ("organizer", r"(?:Co-?)?Organi[sz]er\s*\d+"),
        ("speaker", r"Speaker\s*\d+"),
        ("moderator_organizer", r"Moderator\s+and\s+Organi[sz]er"),
        ("organizers", r"(?:Session\s+)?Organi[sz]ers?|Organi[sz]ing\s+Team"),
        ("speakers", r"(?:List\s+of\s+)?Speakers?"),
        ("proposer", r"(?:Co-?)?Proposer'?s?\s+Name"),
        ("proposer_org", r"(?:Co-?)?Proposer'?s?\s+Organi[sz]ation"),
        ("moderator", r"(?:Onsite\s+|On-site\s+|In-person\s+)?Moderator|Moderador(?:a)?"),
        (
            "online_moderator",
            r"Online\s+Moderator|Remote\s+Moderator|Moderador(?:a)?\s+en\s+l[ií]nea",
        ),
        ("rapporteur", r"Rapporteur(?:\s*/\s*Note\s*-?\s*taker)?|Relator(?:a)?"),
        ("stakeholder", r"Stakeholder(?:\s+Group)?"),
        ("regional_group", r"Regional\s+Group"),
        ("time", r"Time|Date(?:\s+and\s+Time)?|Session\s+Time"),
        ("room", r"Room|Venue|Location"),
        ("key_issues", r"Key\s+Takeaways?(?:\s*\([^)]*\))?"),
        ("way_forward", r"Call\s+to\s+Actions?(?:\s*\([^)]*\))?"),
        ("session_report", r"Session\s+Report(?:\s*\([^)]*\))?"),
        ("participants", r"(?:Estimated?\s+)?(?:Total\s+)?(?:Number\s+of\s+)?Participants"),
        ("women", r"(?:Estimated?\s+)?(?:Number\s+of\s+)?Women(?:\s+participants)?"),
        (
            "description",
            r"Subtheme|Sub-?theme|Theme|Format|Session\s+Format|Duration(?:\s*\(minutes\))?|"
            r"Policy\s+Questions?(?:\s*\(s\))?|Relation\s+to\s+SDGs|SDGs|Targets|"
            r"About\s+this\s+Session|Description|Session\s+Description|Content\s+of\s+the\s+Session|"
            r"Relevance\s+of\s+the\s+Session|Expected\s+Outcomes?|Interventions|Diversity|"
            r"Online\s+Participation|Discussion\s+facilitation|Tags?\s*\d*|Additional\s+Speakers",
        ),
    )
)


# Where any of them matches: most lines start with no label, and one test rules them out.
_ANY_LABEL = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _LABELS), re.IGNORECASE)


def label_at(line: str) -> tuple[str, str] | None:
    """(field, value on the same line) when ``line`` starts with a session page label."""
    if not _ANY_LABEL.match(line):
        return None
    for name, pattern in _LABELS:
        match = pattern.match(line)
        if match:
            return name, line[match.end() :].strip()
    return None


# The last document's lines and the fields found in them: the three session page
# families ask in turn about the same document.
_last: tuple[list[str], frozenset[str]] | None = None


def labels_in(source: SourceText) -> frozenset[str]:
    """The fields whose labels ``source`` holds."""
    global _last
    last = _last
    if last is not None and last[0] is source.lines:
        return last[1]
    found = frozenset(found[0] for line in source.lines if (found := label_at(line)))
    _last = (source.lines, found)
    return found


def header_of(source: SourceText) -> re.Match[str] | None:
    """The ``IGF <year> ...`` header on the first non-blank line that is no page furniture
    (``Check-in and access this session ...``), if there is one; not a listing's ``IGF
    2021 - Katowice, Poland``."""
    lines = (line.strip() for line in source.lines)
    first = next((line for line in lines if line and not FURNITURE.match(line)), "")
    header = _HEADER.match(first)
    return None if header is None or _LISTING_PLACE.match(header["rest"]) else header
