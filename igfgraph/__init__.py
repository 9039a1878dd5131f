"""igfgraph: Internet Governance Forum reports as a knowledge graph.

The Python API in a few names::

    store = igfgraph.open_store("memory:")
    igfgraph.ingest(store, ["examples/reports"])
    igfgraph.crawl(store, ["https://.../a-year-s-reports-listing"])   # polite, cached
    igfgraph.run_query(store, "who_spoke_with_whom", {"person": "Kathy Brown"})
    igfgraph.show(store, "co-speakers")
    igfgraph.to_pyvis(graph)   # any igfgraph network as a pyvis Network
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
    from igfgraph.pictures.pyvis_export import to_pyvis
    from igfgraph.queries import run_query
    from igfgraph.sources.crawl import CrawlSummary
    from igfgraph.store import GraphStore, open_store

# Where each name of the API lives: imported on first use, so that the command line
# (which imports this package first) starts without loading every stage.
_LAZY = {
    "IngestSummary": "igfgraph.ingest",
    "load_report": "igfgraph.ingest",
    "Report": "igfgraph.model",
    "show": "igfgraph.pictures.notebook",
    "to_pyvis": "igfgraph.pictures.pyvis_export",
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


def crawl(
    store: GraphStore,
    urls: Iterable[str],
    cache: str | Path = ".igfgraph-cache",
    follow: Iterable[str] | None = None,
    max_pages: int | None = None,
    delay: float = 1.0,
    offline: bool = False,
    allow_private: bool = False,
) -> tuple[CrawlSummary, IngestSummary]:
    """Crawl from the listing pages ``urls`` as ``igfgraph crawl`` does (politely, through
    the cache folder ``cache``) and ingest every document found into ``store``."""
    web = import_module("igfgraph.sources.web")
    crawling = import_module("igfgraph.sources.crawl")
    client = web.WebClient(Path(cache), delay, offline=offline, allow_private=allow_private)
    with client:
        found = crawling.crawl(client, urls, follow or crawling.DEFAULT_FOLLOW, max_pages)
    return found, import_module("igfgraph.ingest").ingest(store, found.documents)


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
    "crawl",
    "ingest",
    "load_report",
    "open_store",
    "run_query",
    "show",
    "to_pyvis",
]
