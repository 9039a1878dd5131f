"""The 2017 rapporteur report template ("IGF 2017 Reporting Template").

Labels start lines (``- Session Title: ...``); ``Chair/Moderator`` names the chair, and
``List of Speakers`` may hold ``Panel N`` blocks, each ending with ``Moderator: Name
(Org)``. This module recognises the template; the cue-driven reader
(:mod:`igfgraph.parse.reader`) reads it.
"""

from __future__ import annotations

import re

from igfgraph.parse import reader
from igfgraph.parse.families.template_labels import GENDER_ROWS, describe, label_table, labels_found
from igfgraph.sources import SourceText

VARIANT = "t17_report"
_HEADER = re.compile(r"^\s*IGF\s+(?P<year>\d{4})\s+Reporting\s+Template\s*$", re.IGNORECASE)
PROFILE = reader.Profile(VARIANT, header=_HEADER, listing=False, lists=reader.TEMPLATE_LISTS)
_LABELS = label_table(
    ("title", "Session Title", r"Session\s+Title\s*:"),
    ("date", "Date", r"Date\s*:"),
    ("time", "Time", r"Time\s*:"),
    ("organizers", "Session Organizer", r"Session\s+Organi[sz]ers?\s*:"),
    ("chair", "Chair/Moderator", r"Chair\s*/\s*Moderator\s*:"),
    ("rapporteur", "Rapporteur/Notetaker", r"Rapporteur\s*/\s*Note\s*-?\s*taker\s*:"),
    ("speakers", "List of Speakers", r"List\s+of\s+Speakers\b[^:]*:"),
    ("key_issues", "Key Issues raised", r"Key\s+Issues\s+raised\s*(?:\([^)]*\))?\s*:?"),
    ("presentations", "presentations", r"If\s+there\s+were\s+presentations\b[^:]*:"),
    ("discussions", "Discussions", r"Please\s+describe\s+the\s+Discussions\b[^:]*:"),
    ("way_forward", "way forward", r"Please\s+describe\s+any\s+Participant\s+suggestions\b[^:]*:"),
    *GENDER_ROWS,
)
_TELLING_LABELS = ("title", "chair", "rapporteur", "speakers", "key_issues")


def detect(source: SourceText) -> str | None:
    """Why ``source`` is a T17 report (the reason string), or None when it is not."""
    header = next((line.strip() for line in source.lines if _HEADER.match(line)), None)
    found = labels_found(_LABELS, source)
    telling = [name for name in _TELLING_LABELS if name in found]
    if not (header and len(telling) >= 2) and not {"chair", "rapporteur"} <= set(telling):
        return None
    return describe(header, found)


__all__ = ["VARIANT", "detect"]
