"""PDF files: the text layer in reading order, two-column pages and tables included.

Words come from pdfplumber with their positions. On each page, tables are found first
and each of their rows becomes one line, cells joined by `` | `` (as text copied out of
a Word table reads). The other words are grouped into lines by their height on the page.
A page set in two columns has a gutter: an upright band near the middle that many lines
leave empty with words on both sides. Where lines leave the gutter empty, the left
column is read before the right one; a line across the gutter (a title, a table) ends
the two-column stretch. A wide vertical gap becomes a blank line, and so does a new page.
"""

from __future__ import annotations

import io
import statistics
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from igfgraph.errors import InputError

_SAME_LINE = 3.0  # points: words whose tops differ less than this share a line
_MIN_GUTTER_LINES = 3  # lines that must leave a gutter empty before columns are assumed
_MIN_GUTTER_SHARE = 0.4  # ... and the share of the page's lines they must be at least
_GUTTER_HALF_WIDTH = 6.0  # points: a gutter is this wide on each side, wider than a space
_PARAGRAPH_GAP = 1.8  # a gap this many line heights wide is a blank line
_GUTTER_BAND = (0.3, 0.7)  # where on the page's width a gutter may be


@dataclass
class _Line:
    """A line of words (or a table row) at ``top`` points from the page's top."""

    top: float
    bottom: float
    words: list[dict]
    text: str | None = None  # set for table rows

    @property
    def x0(self) -> float:
        return min(word["x0"] for word in self.words)

    def covers(self, x: float, margin: float = 0.0) -> bool:
        """True when a word (or the table) of this line lies within ``margin`` of ``x``."""
        return self.text is not None or any(
            w["x0"] - margin <= x <= w["x1"] + margin for w in self.words
        )

    def split(self, x: float) -> tuple[_Line | None, _Line | None]:
        """The parts of this line left and right of ``x``."""
        left = [word for word in self.words if word["x1"] < x]
        right = [word for word in self.words if word["x0"] > x]
        return (
            _Line(self.top, self.bottom, left) if left else None,
            _Line(self.top, self.bottom, right) if right else None,
        )

    def render(self) -> str:
        if self.text is not None:
            return self.text
        return " ".join(word["text"] for word in sorted(self.words, key=lambda w: w["x0"]))


def decode(path: str, raw: bytes) -> tuple[str, str]:
    """The text layer of a PDF in reading order, and ``"pdf"`` as its encoding."""
    try:
        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            pages = [_page_lines(page) for page in pdf.pages]
    except (PdfminerException, PDFSyntaxError, ValueError, KeyError, TypeError) as error:
        raise InputError(
            path, f"is not a readable PDF ({type(error).__name__}); save or export it again"
        ) from error
    if not any(line.strip() for page in pages for line in page):
        raise InputError(path, "is a PDF without a text layer (a scan?); run OCR on it first")
    return "\n\n".join("\n".join(page) for page in pages), "pdf"


def _page_lines(page: pdfplumber.page.Page) -> list[str]:
    tables = page.find_tables()
    rows = [
        _Line(row.bbox[1], row.bbox[3], [], _row_text(cells))
        for table in tables
        for row, cells in zip(table.rows, table.extract(), strict=True)
        if any(cells)
    ]
    boxes = [table.bbox for table in tables]
    words = [
        word
        for word in page.extract_words(use_text_flow=False)
        if not any(x0 <= word["x0"] <= x1 and top <= word["top"] <= bottom
                   for x0, top, x1, bottom in boxes)
    ]  # fmt: skip
    lines = sorted(_group_lines(words) + rows, key=lambda line: line.top)
    return _blank_between_paragraphs(_reading_order(lines, _gutter(lines, page.width)))


def _row_text(cells: list[str | None]) -> str:
    return " | ".join(" ".join((cell or "").split()) for cell in cells if cell and cell.strip())


def _group_lines(words: list[dict]) -> list[_Line]:
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(word["top"] - lines[-1].top) < _SAME_LINE:
            lines[-1].words.append(word)
            lines[-1].bottom = max(lines[-1].bottom, word["bottom"])
        else:
            lines.append(_Line(word["top"], word["bottom"], [word]))
    return lines


def _gutter(lines: list[_Line], width: float) -> float | None:
    """The x of the page's column gutter, or None for a one-column page."""
    best, best_count = None, 0
    for step in range(int(width * _GUTTER_BAND[0]), int(width * _GUTTER_BAND[1])):
        x = float(step)
        count = sum(
            1
            for line in lines
            if not line.covers(x, _GUTTER_HALF_WIDTH)
            and all(part is not None for part in line.split(x))
        )
        if count > best_count:
            best, best_count = x, count
    enough = max(_MIN_GUTTER_LINES, _MIN_GUTTER_SHARE * len(lines))
    return best if best_count >= enough else None


def _reading_order(lines: list[_Line], gutter: float | None) -> list[_Line]:
    if gutter is None:
        return lines
    ordered: list[_Line] = []
    left: list[_Line] = []
    right: list[_Line] = []
    for line in lines:
        if line.covers(gutter):
            ordered += left + right + [line]
            left, right = [], []
            continue
        left_part, right_part = line.split(gutter)
        left += [left_part] if left_part else []
        right += [right_part] if right_part else []
    return ordered + left + right


def _blank_between_paragraphs(lines: list[_Line]) -> list[str]:
    heights = [line.bottom - line.top for line in lines if line.text is None]
    height = statistics.median(heights) if heights else 10.0
    text: list[str] = []
    for previous, line in zip([None, *lines], lines, strict=False):
        if previous is not None and (
            line.top - previous.bottom > _PARAGRAPH_GAP * height  # a wide gap
            or line.top < previous.top - _SAME_LINE  # back up the page: the next column
        ):
            text.append("")
        text.append(line.render())
    return text
