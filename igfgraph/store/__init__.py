"""Where the graph lives: embedded Oxigraph on disk (default) or in memory, rdflib's
memory store, or any SPARQL 1.1 endpoint.

:mod:`igfgraph.store.base` holds what every backend offers (:class:`GraphStore`), rows of
plain values, term conversion and N-Quads; each backend is one module that takes what it
shares from there and never imports another backend. :func:`open_store` picks one by the
store's location from a small registry, the way rdflib registers its store plugins, and
imports only that backend (an rdflib or endpoint backend is never loaded to open a folder).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from igfgraph.constants import DEFAULT_STORE, STORE_ENV
from igfgraph.errors import StoreError
from igfgraph.store.base import (
    DATASET_FORMATS,
    MEMORY,
    RDF_FORMATS,
    RDFLIB_MEMORY,
    GraphStore,
    Row,
    copy_graphs,
    default_copies,
    graph_nquads,
    ox_term,
    plain_value,
    triples_nquads,
    with_default_copies,
)
from igfgraph.store.oxigraph import BULK_MARKER, OxigraphStore


@dataclass(frozen=True)
class Backend:
    """A store backend: the locations it opens and where its class is."""

    name: str
    module: str
    class_name: str
    locations: tuple[str, ...] = ()
    """Locations it opens: exactly these, or any starting with one ending in ``//``."""

    def opens(self, location: str) -> bool:
        """True when ``location`` is one of this backend's."""
        return any(
            location.startswith(given) if given.endswith("//") else location == given
            for given in self.locations
        )

    def store_class(self) -> type[GraphStore]:
        """The backend's class, its module imported now."""
        return getattr(import_module(self.module), self.class_name)  # type: ignore[no-any-return]


_BACKENDS: dict[str, Backend] = {}
FOLDER_BACKEND = "oxigraph"
"""The backend of a location no other backend opens: a folder."""


def register(backend: Backend) -> None:
    """Make ``backend`` available to :func:`open_store` (replacing one of the same name)."""
    _BACKENDS[backend.name] = backend


register(Backend("oxigraph", "igfgraph.store.oxigraph", "OxigraphStore", (MEMORY,)))
register(Backend("rdflib-memory", "igfgraph.store.rdflib_memory", "RdflibStore", (RDFLIB_MEMORY,)))
register(
    Backend(
        "sparql-endpoint",
        "igfgraph.store.endpoint",
        "SparqlEndpointStore",
        ("http://", "https://"),
    )
)


def backend_for(location: str) -> Backend:
    """The registered backend that opens ``location``; a folder's when none does."""
    for backend in _BACKENDS.values():
        if backend.opens(location):
            return backend
    if "://" in location:
        scheme = location.split("://", 1)[0]
        raise StoreError(
            f"{scheme}://: not a store; give a folder, memory: or an http(s) SPARQL endpoint URL"
        )
    return _BACKENDS[FOLDER_BACKEND]


def store_location(location: str | os.PathLike[str] | None = None) -> str:
    """The store to use: ``location``, else ``$IGFGRAPH_STORE``, else ``./.igfgraph``."""
    if location:
        return str(location)
    return os.environ.get(STORE_ENV) or DEFAULT_STORE


def open_store(
    location: str | os.PathLike[str] | None = None, *, read_only: bool = False
) -> GraphStore:
    """Open the store named by ``location``: a folder, ``memory:``, ``rdflib-memory:`` or
    the query URL of a SPARQL 1.1 endpoint (``http://user:pass@host:8890/sparql``).

    ``read_only``: for commands that only read. A folder must then hold a store already
    (a read never creates one), and any number of readers may open it beside an ingest.
    """
    where = store_location(location)
    return backend_for(where).store_class().open(where, read_only=read_only)


_LAZY = {
    "RdflibStore": "igfgraph.store.rdflib_memory",
    "SparqlEndpointStore": "igfgraph.store.endpoint",
}


def __getattr__(name: str) -> Any:
    """The backends that load rdflib, imported when asked for by name."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'igfgraph.store' has no attribute {name!r}")


__all__ = [
    "BULK_MARKER",
    "DATASET_FORMATS",
    "MEMORY",
    "RDFLIB_MEMORY",
    "RDF_FORMATS",
    "Backend",
    "GraphStore",
    "OxigraphStore",
    "RdflibStore",
    "Row",
    "SparqlEndpointStore",
    "backend_for",
    "copy_graphs",
    "default_copies",
    "graph_nquads",
    "open_store",
    "ox_term",
    "plain_value",
    "register",
    "store_location",
    "triples_nquads",
    "with_default_copies",
]
