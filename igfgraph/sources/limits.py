"""How large a report may be: bounds on the memory and time one file can take.

A report is a few hundred kilobytes; a file far larger is a mistake (a data dump, a
video) or an attack (a zip bomb disguised as a Word file). Files, and the unpacked
parts of a Word file, above the limit are refused with a message saying how to raise it.
Likewise a line far longer than any paragraph (a whole dump on one line takes minutes
and gigabytes to read), and a session naming more people than any IGF session has: who
spoke with whom grows with the square of a session's speakers (10,000 speakers would be
10^8 pairs).
"""

from __future__ import annotations

import os

from igfgraph.constants import MAX_BYTES_ENV
from igfgraph.errors import IgfgraphError, InputError

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_LINE_ENV = "IGFGRAPH_MAX_LINE"
DEFAULT_MAX_LINE = 200_000  # characters: a page of a PDF flattened to one line is ~5,000
MAX_PEOPLE_ENV = "IGFGRAPH_MAX_PEOPLE"
DEFAULT_MAX_PEOPLE = 500


def _positive_env(name: str, default: int, example: str) -> int:
    given = os.environ.get(name, "").strip()
    if not given:
        return default
    if not given.isdigit() or int(given) == 0:
        raise IgfgraphError(f"${name}={given!r}: give a positive whole number, e.g. {example}")
    return int(given)


def max_bytes() -> int:
    """The largest file (or unpacked Word file) read: ``$IGFGRAPH_MAX_BYTES`` or 64 MiB."""
    return _positive_env(MAX_BYTES_ENV, DEFAULT_MAX_BYTES, "200000000")


def max_line() -> int:
    """The longest line read, in characters: ``$IGFGRAPH_MAX_LINE`` or 200,000."""
    return _positive_env(MAX_LINE_ENV, DEFAULT_MAX_LINE, "1000000")


def too_long_line(path: str, number: int, length: int) -> InputError:
    """The error for a line of ``length`` characters, above :func:`max_line` (reading it
    would take minutes and gigabytes: a report is written in lines and paragraphs)."""
    return InputError(
        path,
        f"holds a line of {length:,} characters, more than the limit of {max_line():,}; "
        f"break the text into lines, or raise the limit with ${MAX_LINE_ENV}",
        number,
    )


def max_people() -> int:
    """The most people one session may name: ``$IGFGRAPH_MAX_PEOPLE`` or 500."""
    return _positive_env(MAX_PEOPLE_ENV, DEFAULT_MAX_PEOPLE, "2000")


def too_many_people(path: str, count: int) -> InputError:
    """The error for a session naming ``count`` people, above :func:`max_people`."""
    return InputError(
        path,
        f"names {count:,} people in one session, more than the limit of {max_people():,}; "
        f"if it really is one session, raise the limit with ${MAX_PEOPLE_ENV}",
    )


def too_large(path: str, size: int, what: str = "is") -> InputError:
    """The error for a file whose size (or unpacked size) ``size`` is above the limit."""
    return InputError(
        path,
        f"{what} {size:,} bytes, more than the limit of {max_bytes():,}; "
        f"if it really is a report, raise the limit with --max-bytes or ${MAX_BYTES_ENV}",
    )
