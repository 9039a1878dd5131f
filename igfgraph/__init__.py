"""igfgraph: Internet Governance Forum reports as a knowledge graph.

The Python API in a few names::

    store = igfgraph.open_store("memory:")
    igfgraph.ingest(store, ["examples/reports"])
    igfgraph.run_query(store, "who_spoke_with_whom", {"person": "Kathy Brown"})
    igfgraph.show(store, "co-speakers")
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

from igfgraph import ingest as _ingest
from igfgraph.errors import IgfgraphError, InputError, QueryError, StoreError
from igfgraph.ingest import IngestSummary, load_report
from igfgraph.model import Report
from igfgraph.notebook import show
from igfgraph.queries import run_query
from igfgraph.store import GraphStore, open_store

__version__ = version("igfgraph")


def ingest(store: GraphStore, paths: Iterable[str | Path]) -> IngestSummary:
    """Ingest report files or folders into ``store``; bad files are collected, not raised."""
    return _ingest.ingest(store, _ingest.collect_files(paths))


__all__ = [
    "GraphStore",
    "IgfgraphError",
    "IngestSummary",
    "InputError",
    "QueryError",
    "Report",
    "StoreError",
    "ingest",
    "load_report",
    "open_store",
    "run_query",
    "show",
]
