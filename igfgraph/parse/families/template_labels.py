"""The label tables of the reporting templates (2015-2017): how to tell a template.

A template family is recognised by the labels that start its lines (``Session Title:``,
``Chair/Moderator:``, ``Key Issues raised``, the Gender Reporting questions). The tables
here only recognise the families (:mod:`t15`, :mod:`t16`, :mod:`t17`); the cue-driven
reader (:mod:`igfgraph.parse.reader`) reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from igfgraph.sources import SourceText

BULLET = r"^\s*(?:[-•*·]\s*)?"


@dataclass(frozen=True)
class Label:
    """One label of a template: the field it answers, its name in messages, its pattern."""

    field: str
    shown: str
    pattern: re.Pattern[str]


# The Gender Reporting questions, worded alike from 2015 to 2017.
GENDER_ROWS: tuple[tuple[str, str, str], ...] = (
    ("gender", "Gender Reporting", r"Gender\s+Reporting\s*:?\s*$"),
    (
        "participants",
        "participants",
        r"(?:Please\s+)?estimate\s+the\s+overall\s+number\s+of\s+(?:the\s+)?participants\b[^:|]*:?",
    ),
    ("women", "women", r"(?:Please\s+)?estimate\s+the\s+overall\s+number\s+of\s+women\b[^:|]*:?"),
    (
        "gender_discussed",
        "gender discussed",
        r"To\s+what\s+extent\s+did\s+the\s+session\s+discuss\s+gender\b[^?]*\?",
    ),
    (
        "gender_summary",
        "gender summary",
        r"If\s+the\s+session\s+addressed\s+issues\s+related\s+to\s+gender\b[^:|]*:?",
    ),
)


def label_table(*rows: tuple[str, str, str]) -> tuple[Label, ...]:
    """Labels from (field, shown, pattern) rows; patterns may follow a bullet."""
    return tuple(
        Label(name, shown, re.compile(BULLET + pattern, re.IGNORECASE))
        for name, shown, pattern in rows
    )


def label_at(labels: tuple[Label, ...], line: str) -> tuple[Label, str] | None:
    """The label starting ``line`` and the rest of the line after it, if any."""
    for label in labels:
        match = label.pattern.match(line)
        if match:
            return label, line[match.end() :].strip()
    return None


@cache
def any_label(labels: tuple[Label, ...]) -> re.Pattern[str]:
    """One pattern matching where any of ``labels`` does: most lines start with none, and
    one test rules them out."""
    return re.compile("|".join(f"(?:{label.pattern.pattern})" for label in labels), re.IGNORECASE)


# The last document's lines and the labels found in them, by table: the families of a
# table (2015 and 2016) ask in turn about the same document.
_last: dict[int, tuple[tuple[Label, ...], list[str], dict[str, str]]] = {}


def labels_found(labels: tuple[Label, ...], source: SourceText) -> dict[str, str]:
    """Field -> shown label, for every label that starts a line of ``source``."""
    last = _last.get(id(labels))
    if last is not None and last[0] is labels and last[1] is source.lines:
        return dict(last[2])
    found: dict[str, str] = {}
    starts = any_label(labels).match
    for line in source.lines:
        if starts(line) and (hit := label_at(labels, line)):
            found.setdefault(hit[0].field, hit[0].shown)
    _last[id(labels)] = (labels, source.lines, found)
    return dict(found)


def describe(header: str | None, found: dict[str, str]) -> str:
    """The reason a template was chosen: its header (if any) and the labels found."""
    shown = ", ".join(found.values())
    return f"header '{header}' and labels {shown}" if header else f"labels {shown}"
