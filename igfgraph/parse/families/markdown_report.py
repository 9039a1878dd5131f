"""Session reports written in Markdown: ``# Title | IGF 2023``, ``**Date:** ...``, sections.

Sections are found by their heading's words: speakers, moderators, online moderators,
chairs, rapporteurs and organisers list people one per bullet (``- Name, Title, Org``);
``Key issues`` / ``Key takeaways`` list the key issues; ``Attendance`` or
``Participation`` give the participants and women; any other section is prose.
``**Label:** value`` lines give the date, time and session type. This module recognises
the family; the cue-driven reader (:mod:`igfgraph.parse.reader`) reads it.
"""

from __future__ import annotations

import re

from igfgraph.parse import reader
from igfgraph.sources import SourceText

VARIANT = "markdown"
PROFILE = reader.Profile(VARIANT, listing=False)
_HEADING = re.compile(r"^\s*(?P<level>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")


def detect(source: SourceText) -> str | None:
    """Why ``source`` is a Markdown report (a level-1 title and sections), or None."""
    lines = [line for line in source.lines if line.strip()]
    first = _HEADING.match(lines[0]) if lines else None
    sections = [line.strip() for line in lines[1:] if _HEADING.match(line)]
    if first is None or len(first["level"]) != 1 or not sections:
        return None
    return f"Markdown title '{lines[0].strip()}' and sections {', '.join(sections)}"


__all__ = ["VARIANT", "detect"]
