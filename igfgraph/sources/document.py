"""A document fetched from the web and saved on disk: what ingest reads in place of a file.

Kept apart from :mod:`igfgraph.sources.web` (which fetches) so that reading a saved
document never imports the HTTP libraries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class WebDocument:
    """A fetched document: its URL, the file its body is saved in, and when it was fetched."""

    url: str
    saved: Path
    suffix: str  # how the body is read: ".html", ".pdf", ...
    fetched_at: dt.datetime

    def __str__(self) -> str:
        return self.url
