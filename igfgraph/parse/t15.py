"""The 2015 rapporteur report template: the 2016 labels written as table cells.

``Session title: | WS173: ...``: a label ends at ``|`` and its answer is in the cells
after it. Cells merged onto one line (``Time: Workshop Organiser: | 09:00 CST |``) hold
several labels, answered by the following cells in order; an empty cell leaves its
label unanswered. Lines without a label continue the answer of the last one.
"""

from __future__ import annotations

from igfgraph.model import Report
from igfgraph.parse.labelled import Answer, label_at
from igfgraph.parse.t16 import HEADER, LABELS, RapporteurReport, family_reason, parse_family
from igfgraph.sources import SourceText

VARIANT = "t15_report"


def detect(source: SourceText) -> str | None:
    """Why ``source`` is a 2015 report (labels as table cells), or None."""
    return family_reason(source, cells=True)


def parse(source: SourceText, reason: str) -> Report:
    """Parse a 2015 report; raise :class:`InputError` when no label has an answer."""
    return parse_family(_CellReport(source, LABELS, HEADER), VARIANT, reason)


class _CellReport(RapporteurReport):
    """A report whose labels and answers are table cells on one line."""

    def collect(self) -> dict[str, Answer]:
        answers: dict[str, Answer] = {}
        current: Answer | None = None
        for number, line in enumerate(self.source.lines, start=1):
            if HEADER.match(line):
                self.labels.append(self.source.span(number))
                continue
            if not line.strip():
                continue
            first, *cells = line.split("|")
            pending: list[Answer] = []
            while hit := label_at(self.label_table, first):
                pending.append(answers.setdefault(hit[0].field, Answer()))
                first = hit[1]
            values = [cell.strip() for cell in [first, *cells] if cell.strip()]
            if not pending:
                if current is None:
                    self.keep_unparsed(number, line)
                else:
                    current.lines.append((number, line.strip()))
                continue
            last = len(pending) - 1  # cells beyond the labels all answer the last label
            for answer, value in zip(
                pending, [*values[:last], " ".join(values[last:])], strict=False
            ):
                if value:
                    answer.lines.append((number, value))
            if len(values) < len(pending):
                self.labels.append(self.source.span(number))
            current = pending[-1]
        return {name: answer for name, answer in answers.items() if answer.lines}
