"""How large a report file may be: a bound on the memory one file can take.

A report is a few hundred kilobytes; a file far larger is a mistake (a data dump, a
video) or an attack (a zip bomb disguised as a Word file). Files, and the unpacked
parts of a Word file, above the limit are refused with a message saying how to raise it.
"""

from __future__ import annotations

import os

from igfgraph.errors import IgfgraphError, InputError

MAX_BYTES_ENV = "IGFGRAPH_MAX_BYTES"
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def max_bytes() -> int:
    """The largest file (or unpacked Word file) read: ``$IGFGRAPH_MAX_BYTES`` or 64 MiB."""
    given = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not given:
        return DEFAULT_MAX_BYTES
    if not given.isdigit() or int(given) == 0:
        raise IgfgraphError(
            f"${MAX_BYTES_ENV}={given!r}: give a positive whole number of bytes, e.g. 200000000"
        )
    return int(given)


def too_large(path: str, size: int, what: str = "is") -> InputError:
    """The error for a file whose size (or unpacked size) ``size`` is above the limit."""
    return InputError(
        path,
        f"{what} {size:,} bytes, more than the limit of {max_bytes():,}; "
        f"if it really is a report, raise the limit with --max-bytes or ${MAX_BYTES_ENV}",
    )
