"""CSV that a spreadsheet opens safely: a text cell it would run as a formula (one that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is written with a
leading ``'``, as the OWASP guidance on CSV injection says. Numbers stay numbers; the
JSON and RDF outputs are never changed."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value``, or a text that starts a formula as plain text (``'=1+1``)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


def write_csv(
    handle: TextIO,
    columns: list[str],
    rows: Iterable[Mapping[str, Any]],
    lineterminator: str = "\n",
) -> None:
    """Write a header and ``rows`` (column -> value) with every cell made safe."""
    writer = csv.DictWriter(handle, fieldnames=columns, lineterminator=lineterminator)
    writer.writeheader()
    writer.writerows({key: safe_cell(value) for key, value in row.items()} for row in rows)
