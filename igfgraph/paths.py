"""Where the project's query and ontology files are: beside the package in a checkout,
under ``<prefix>/share/igfgraph`` in an installed copy."""

from __future__ import annotations

import sys
from pathlib import Path


def _project_folder(name: str) -> Path:
    checkout = Path(__file__).resolve().parents[1] / name
    return checkout if checkout.is_dir() else Path(sys.prefix) / "share" / "igfgraph" / name


QUERIES_DIR = _project_folder("queries")
"""The questions users ask (``igfgraph queries`` lists them)."""
INTERNAL_QUERIES_DIR = QUERIES_DIR / "internal"
"""The queries igfgraph runs for itself: what the store knows, the inputs of sparse products."""
ONTOLOGY_DIR = _project_folder("ontology")
