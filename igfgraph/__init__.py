"""igfgraph: Internet Governance Forum reports as a knowledge graph.

The Python API in a few names::

    store = igfgraph.open_store("memory:")
    igfgraph.ingest(store, ["examples/reports"])
    igfgraph.run_query(store, "who_spoke_with_whom", {"person": "Kathy Brown"})
    igfgraph.show(store, "co-speakers")
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from igfgraph.errors import IgfgraphError, InputError, QueryError, StoreError

if TYPE_CHECKING:
    from igfgraph.ingest import IngestSummary, load_report
    from igfgraph.model import Report
    from igfgraph.pictures.notebook import show
    from igfgraph.queries import run_query
    from igfgraph.store import GraphStore, open_store

# Where each name of the API lives: imported on first use, so that the command line
# (which imports this package first) starts without loading every stage.
_LAZY = {
    "IngestSummary": "igfgraph.ingest",
    "load_report": "igfgraph.ingest",
    "Report": "igfgraph.model",
    "show": "igfgraph.pictures.notebook",
    "run_query": "igfgraph.queries",
    "GraphStore": "igfgraph.store",
    "open_store": "igfgraph.store",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":  # read from the installed metadata, which takes a while
        from importlib.metadata import version

        return version("igfgraph")
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'igfgraph' has no attribute {name!r}")


def ingest(store: GraphStore, paths: Iterable[str | Path]) -> IngestSummary:
    """Ingest report files or folders into ``store``; bad files are collected, not raised."""
    stage = import_module("igfgraph.ingest")
    return stage.ingest(store, stage.collect_files(paths))


class _Package(types.ModuleType):
    """This package, whose :func:`ingest` stays the function when the submodule of the
    same name is imported (the import system sets each submodule on its package)."""

    def __setattr__(self, name: str, value: object) -> None:
        if name == "ingest" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

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
