"""Word files (``.docx``): paragraphs and tables in document order, one line each.

Each paragraph is a line (a soft line break inside it starts a new line); each table row
is a line, its cells joined by `` | `` (a cell merged across columns counts once), as
text copied out of a Word table reads. A blank line follows each table.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from igfgraph.errors import InputError
from igfgraph.sources.limits import max_bytes, too_large


def decode(path: str, raw: bytes) -> tuple[str, str]:
    """The text of a Word document in reading order, and ``"docx"`` as its encoding."""
    try:
        unpacked = sum(part.file_size for part in zipfile.ZipFile(io.BytesIO(raw)).infolist())
        if unpacked > max_bytes():  # checked before unpacking: a zip bomb never expands
            raise too_large(path, unpacked, "unpacks to")
        document = docx.Document(io.BytesIO(raw))
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        KeyError,
        XMLSyntaxError,
        AttributeError,  # a zip whose parts are not the Word parts they are named as
        ValueError,
    ) as error:
        raise InputError(
            path, f"is not a readable Word file ({type(error).__name__}); save it again as .docx"
        ) from error
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.extend(block.text.splitlines() or [""])
        else:
            lines.extend(_table_lines(block))
    return "\n".join(lines), "docx"


def _table_lines(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1][0] is not cell._tc):
                cells.append((cell._tc, text))
        lines.append(" | ".join(text for _, text in cells))
    return [*lines, ""]
