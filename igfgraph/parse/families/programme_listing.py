"""Programme listings (sched-style): many sessions in one file, recognised.

Each session starts on a line holding its id (``WS26: Title``, ``Title (WS186)``,
``Day 0 Event #178 Title``, ``OF #14: Title``), or, in a schedule filtered by a session
type (``Other [clear filter]``), on the title under a time heading; under day and time headings
(``Tuesday, December 6``, ``09:00 CST``), with people under labels such as
``Speakers``, ``Moderator:``/``Moderador:`` and ``Session Organizers``, and photos'
alt text (``avatar for ...``). This module recognises the family; the cue-driven reader
cuts it into one part per session (:mod:`igfgraph.parse.listing`) and reads each.
"""

from __future__ import annotations

import re

from igfgraph.parse import listing, reader
from igfgraph.sources import SourceText

VARIANT = "sched"
PROFILE = reader.Profile(VARIANT)
_ENTRY = re.compile(
    r"^\s*(?:(?:WS|OF)\s*#?\s*\d+\s*[:.\-]|(?:Day\s*0\s+Event|Open\s+Forum|Lightning\s+Talk|"
    r"Networking\s+Session|Town\s+Hall|OF|WS)\s*#\s*\d+\b)|\((?:WS|OF)\s*#?\s*\d+\)\s*$",
    re.IGNORECASE,
)
_DAY_HEADING = re.compile(
    rf"^\s*(?:{listing.WEEKDAYS}),?\s+[A-Za-z]+\s+\d{{1,2}}\s*$", re.IGNORECASE
)
_TIME_HEADING = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]m)?\s*[A-Z]{2,4}?\s*$", re.IGNORECASE)
_ROLE_LABEL = re.compile(
    r"^\s*(?P<label>(?:List\s+of\s+)?Speakers?|Panel(?:ists?)?|Ponentes|Panelistas|"
    r"(?:Session\s+)?Organi[sz]ers?|Organizadores|Online\s+Moderators?|Moderat(?:or|ors)|"
    r"Moderador(?:a|es)?|Rapporteurs?|Relator(?:a)?)\b[^:]{0,40}?(?::|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


def detect(source: SourceText) -> str | None:
    """Why ``source`` is a programme listing, or None."""
    entries = [line.strip() for line in source.lines if _ENTRY.search(line)]
    headings = sum(
        1
        for line in source.lines
        if listing.FILTER.search(line) or _DAY_HEADING.match(line) or _TIME_HEADING.match(line)
    )
    labels = sum(1 for line in source.lines if _ROLE_LABEL.match(line) or reader.AVATAR.match(line))
    if entries and (headings or labels):
        return (
            f"{len(entries)} session entr{'y' if len(entries) == 1 else 'ies'} "
            f"(first '{entries[0][:60]}') with {headings} schedule headings and {labels} labels"
        )
    filters = [line.strip() for line in source.lines if listing.FILTER.search(line)]
    if filters and headings > len(filters):
        return f"a schedule filtered by '{filters[0][:60]}' with {headings} schedule headings"
    return None


__all__ = ["VARIANT", "detect"]
