"""The 2016 rapporteur report template ("Reporting Template for IGF Workshop Sessions").

The labels are those of 2015 (:mod:`report_template_2015` shares them): no Date, Time
or Chair labels; each label stands alone, followed by blank lines, and its answer starts
on a later line. The title's answer may hold a schedule line (``IGF Day 3 - Thursday,
8 December 2016 - 09:00-10:30 - WS Room #9``) that gives the date, time and type.
``Chairperson/Moderator`` names moderators. The template was used in 2016 only (2015
wrote its labels as table cells, 2017 has its own). This module recognises the template; the
cue-driven reader (:mod:`igfgraph.parse.reader`) reads it.
"""

from __future__ import annotations

import re

from igfgraph.parse import reader
from igfgraph.parse.families.template_labels import GENDER_ROWS, describe, label_table, labels_found
from igfgraph.sources import SourceText

VARIANT = "t16_report"
HEADER = re.compile(r"^\s*Reporting\s+Template\s+for\s+IGF\s+Workshop\s+Sessions\s*$", re.I)
PROFILE = reader.Profile(
    VARIANT, header=HEADER, listing=False, lists=reader.TEMPLATE_LISTS, year=2016
)
_ANSWER_END = r"[^:|]*:?\s*(?:\(\s*\d+\s+paragraphs?\s*\))?"
LABELS = label_table(
    ("title", "Session title", r"Session\s+title\s*:"),
    ("date", "Date", r"Date\s*:"),
    ("time", "Time", r"Time\s*:"),
    ("organizers", "Workshop Organiser", r"(?:Workshop|Session)\s+Organi[sz](?:er|ser)s?\s*:"),
    ("moderator", "Chairperson/Moderator", r"Chair(?:person)?\s*/\s*Moderator\s*:"),
    ("rapporteur", "Rapporteur/Note Taker", r"Rapporteur\s*/\s*Note\s*-?\s*taker\s*:"),
    ("speakers", "List of Speakers", r"List\s+of\s+Speakers\b[^:|]*:"),
    ("key_issues", "Key Issues raised", r"Key\s+Issues\s+raised\s*(?:\([^)]*\))?\s*:?"),
    ("presentations", "Presentations", r"If\s+there\s+(?:are|were)\s+presentations\b[^:|]*:?"),
    ("discussions", "Discussions", r"Please\s+describe\s+the\s+Discussions\b" + _ANSWER_END),
    (
        "way_forward",
        "way forward",
        r"Please\s+describe\s+any\s+Participant\s+suggestions\b" + _ANSWER_END,
    ),
    *GENDER_ROWS,
)
# Labels of 2015/2016 that the 2017 template words differently.
_OWN_LABELS = ("organizers", "moderator", "presentations")
_TELLING_LABELS = ("title", "moderator", "rapporteur", "speakers", "key_issues", "organizers")
_CELL = re.compile(r":\s*\|")


def family_reason(source: SourceText, cells: bool) -> str | None:
    """Why ``source`` is in the 2015/2016 family with (2015) or without (2016) table cells."""
    header = next((line.strip() for line in source.lines if HEADER.match(line)), None)
    found = labels_found(LABELS, source)
    telling = [name for name in _TELLING_LABELS if name in found]
    own = [name for name in _OWN_LABELS if name in found]
    if len(telling) < 2 or not (header or own) or _has_cells(source) != cells:
        return None
    how = (
        "written as table cells ('label: | answer')" if cells else "each label on a line of its own"
    )
    return f"{describe(header, found)}, {how}"


def _has_cells(source: SourceText) -> bool:
    """True when labels are table cells (``Session title: | ...``), as in 2015."""
    return sum(bool(_CELL.search(line)) for line in source.lines) >= 2


def detect(source: SourceText) -> str | None:
    """Why ``source`` is a 2016 report (labels alone on their lines), or None."""
    return family_reason(source, cells=False)


__all__ = ["HEADER", "LABELS", "VARIANT", "detect", "family_reason"]
