"""The 2015 rapporteur report template: the 2016 labels written as table cells.

``Session title: | WS173: ...``: a label ends at ``|`` and its answer is in the cells
after it. Cells merged onto one line (``Time: Workshop Organiser: | 09:00 CST |``) hold
several labels, answered by the following cells in order; an empty cell leaves its
label unanswered. Lines without a label continue the answer of the last one. This module
recognises the template; the cue-driven reader (:mod:`igfgraph.parse.reader`) reads it
(:mod:`igfgraph.parse.blocks` turns the cells into fields).
"""

from __future__ import annotations

from igfgraph.parse import reader
from igfgraph.parse.families.report_template_2016 import HEADER, family_reason
from igfgraph.sources import SourceText

VARIANT = "t15_report"
PROFILE = reader.Profile(VARIANT, header=HEADER, listing=False, lists=reader.TEMPLATE_LISTS)


def detect(source: SourceText) -> str | None:
    """Why ``source`` is a 2015 report (labels as table cells), or None."""
    return family_reason(source, cells=True)


__all__ = ["VARIANT", "detect"]
