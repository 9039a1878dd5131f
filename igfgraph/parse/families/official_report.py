"""Official session reports of 2018-2019 and Dynamic Coalition summaries (docs/formats.md).

``IGF 2019 WS #341 <Title>`` / ``Updated: ...`` / a theme line / numbered sections
(``1. Key Policy Questions and Expectations``, ``2. Discussion Areas``, ``3. Policy
Recommendations ...``, ..., participation and gender estimates). Dynamic Coalition
summaries are numbered paragraphs under the coalition's name. There is rarely a list
of speakers: the people and organisations named in the prose are read by
:mod:`igfgraph.parse.mentions` (participants, or moderators when "facilitated by": what
a summary says someone presented or opened does not make them a speaker). This
module recognises the family; the cue-driven reader (:mod:`igfgraph.parse.reader`) reads it.
"""

from __future__ import annotations

import re

from igfgraph.parse import reader
from igfgraph.sources import SourceText

VARIANT = "official_report"
PROFILE = reader.Profile(VARIANT, listing=False, acts_speak=False)
_HEADER = re.compile(r"^\s*(?:#+\s*)?IGF\s+(?P<year>20\d\d)\b[\s:-]*(?P<rest>.+)$", re.IGNORECASE)
_DC_TITLE = re.compile(r"\bDynamic\s+Coalition\b", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*(?P<number>\d{1,2})[.)]\s+(?P<text>\S.*)$")
# Section headings: (section, pattern of the heading after its number).
_SECTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("key_issues", r"(?:key\s+(?:messages|takeaways|issues)\b)"),
        ("discussions", r"(?:key\s+policy\s+questions|discussion\s+areas|summary\s+of\s+issues)"),
        ("discussions", r"(?:other\s+initiatives|making\s+progress)"),
        ("way_forward", r"(?:policy\s+recommendations|suggestions\s+for\s+the\s+way\s+forward)"),
        ("participation", r"(?:estimated\s+participation|participation|participants)"),
        ("participation", r"(?:reflection\s+(?:to|on)\s+gender|gender\b)"),
    )
)


def _section_heading(line: str) -> str | None:
    """The section a numbered heading line opens (short, no full stop at the end)."""
    numbered = _NUMBERED.match(line)
    if numbered is None or len(numbered["text"]) > 90 or numbered["text"].rstrip().endswith("."):
        return None
    return next((name for name, pattern in _SECTIONS if pattern.match(numbered["text"])), None)


def detect(source: SourceText) -> str | None:
    """Why ``source`` is an official report or a Dynamic Coalition summary, or None."""
    lines = [line for line in source.lines if line.strip()]
    header = next((line.strip() for line in lines[:3] if _HEADER.match(line)), None)
    headings = [line.strip() for line in source.lines if _section_heading(line)]
    if header and len(headings) >= 2:
        return f"header '{header}' and numbered sections {', '.join(headings)}"
    numbered = sum(bool(_NUMBERED.match(line)) for line in lines)
    title = next((line.strip() for line in lines[:3] if _DC_TITLE.search(line)), None)
    if title and numbered >= 2:
        return f"Dynamic Coalition title '{title}' and {numbered} numbered paragraphs"
    return None


__all__ = ["VARIANT", "detect"]
