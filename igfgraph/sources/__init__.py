"""Read report files into text with a line map back to the file.

One reader module per file format; each turns raw bytes into text. ``read_source``
picks the reader by suffix (a text file holding a web page's markup is read as the page),
then splits lines the same way for every format, so that line ``n`` of the file is
``SourceText.lines[n - 1]``. A document fetched from the web
(:mod:`igfgraph.sources.web`) is read from the file its body was saved in, and named by
its URL.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from igfgraph.errors import InputError
from igfgraph.model import SourceSpan
from igfgraph.sources import docx, html, pdf, text
from igfgraph.sources.document import WebDocument
from igfgraph.sources.limits import max_bytes, max_line, too_large, too_long_line

# (path, raw bytes) -> (text, encoding) or, for structured files whose text is extracted,
# (text, encoding, the file line each text line starts on).
Reader = Callable[[str, bytes], tuple[str, str] | tuple[str, str, list[int]]]

READERS: dict[str, Reader] = {
    ".txt": text.decode,
    ".md": text.decode,
    ".html": html.decode,
    ".htm": html.decode,
    ".pdf": pdf.decode,
    ".docx": docx.decode,
}
SOURCE_SUFFIXES = frozenset(READERS)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\ufeff": "", "\u2011": "-"})


@dataclass(frozen=True)
class SourceText:
    """A report file as text: ``lines[n - 1]`` is line ``n`` of the file."""

    path: str
    lines: list[str]
    encoding: str
    sha256: str
    # For text extracted from a structured file (HTML, ...): the file line each text line
    # starts on, ``file_lines[n - 1]`` for text line ``n``; None when they are the same.
    file_lines: list[int] | None = None
    address: str | None = None
    """The URL a fetched document came from (None for a file): it may give the session's
    id, year and date (``.../transcripts/2101-finished-2014-09-02-orientation``)."""

    def span(self, start_line: int, end_line: int | None = None) -> SourceSpan:
        """The span of lines ``start_line``..``end_line`` (1-based, inclusive)."""
        end = start_line if end_line is None else end_line
        return SourceSpan(self.path, start_line, end, "\n".join(self.lines[start_line - 1 : end]))


def read_bytes(path: str | Path) -> bytes:
    """The bytes of a file no larger than :func:`max_bytes`; :class:`InputError` otherwise."""
    name = str(path)
    file = Path(path)
    if file.is_dir():
        raise InputError(name, "is a folder; give a report file (igfgraph ingest reads folders)")
    if not file.is_file():
        raise InputError(name, "no such file; check the path")
    try:
        size = file.stat().st_size
        if size > max_bytes():
            raise too_large(name, size)
        return file.read_bytes()
    except OSError as error:
        raise InputError(
            name, f"cannot be read ({error.strerror}); check its permissions"
        ) from error


Source = Path | WebDocument
"""What ingest reads: a file, or a document fetched from the web and saved."""


def source_name(source: str | Source) -> str:
    """How a source is named in spans, errors and the store: its path, or its URL."""
    return source.url if isinstance(source, WebDocument) else str(source)


def read_source(path: str | Source) -> SourceText:
    """Read a report file (or a saved web document); raise :class:`InputError` when it
    cannot be a report."""
    name = source_name(path)
    if isinstance(path, WebDocument):
        raw, suffix = read_bytes(path.saved), path.suffix
    else:
        raw, suffix = read_bytes(path), Path(path).suffix.lower()
    reader = READERS.get(suffix, text.decode)
    decoded, encoding, *line_map = reader(name, raw)
    if reader is text.decode and html.is_markup(decoded):  # a page's markup saved as text
        decoded, encoding, *line_map = html.decode(name, raw)
    lines = _LINE_BREAK.split(decoded.translate(_SPACES))
    if lines and lines[-1] == "":
        lines.pop()
    if not any(line.strip() for line in lines):
        raise InputError(name, "is empty; give a file holding the text of an IGF report")
    longest = max(range(len(lines)), key=lambda number: len(lines[number]))
    if len(lines[longest]) > max_line():
        raise too_long_line(name, longest + 1, len(lines[longest]))
    file_lines = line_map[0][: len(lines)] if line_map else None
    address = path.url if isinstance(path, WebDocument) else None
    return SourceText(name, lines, encoding, hashlib.sha256(raw).hexdigest(), file_lines, address)


__all__ = [
    "SOURCE_SUFFIXES",
    "Source",
    "SourceText",
    "WebDocument",
    "read_bytes",
    "read_source",
    "source_name",
]
