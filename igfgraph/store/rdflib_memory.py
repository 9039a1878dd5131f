"""rdflib's memory store (``rdflib-memory:``): small graphs, tests, and the benchmark
baseline."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence

import pyoxigraph as ox
import rdflib
from rdflib.plugins.parsers.ntriples import ParseError

from igfgraph.store.base import (
    RDFLIB_MEMORY,
    GraphStore,
    Row,
    Term,
    check_iri,
    graph_nquads,
    plain_value,
    serialise,
    unparsable,
    values_clause,
)

RDFLIB_SPARQL = threading.Lock()
"""Held around every use of rdflib's SPARQL engine: its parser (pyparsing) is not
thread-safe, and a parse interrupted by another thread's breaks it for the process."""


class RdflibStore(GraphStore):
    """rdflib's memory store: small graphs, tests, and the benchmark baseline."""

    @classmethod
    def open(cls, location: str = RDFLIB_MEMORY, *, read_only: bool = False) -> RdflibStore:
        """A new, empty store: the data lives only in this process."""
        return cls()

    def __init__(self) -> None:
        self.location = RDFLIB_MEMORY
        self._dataset = rdflib.Dataset(default_union=True)

    def write_graphs(
        self, nquads: str, graph_iris: Sequence[str], drop: Sequence[str] = (), bulk: bool = False
    ) -> None:
        """Parsed first, so a file that does not parse changes nothing."""
        incoming = rdflib.Dataset()
        try:
            incoming.parse(data=nquads, format="nquads")
        except ParseError as error:
            raise unparsable(self.location, error) from None
        for iri in (*graph_iris, *drop):
            self._dataset.remove_graph(rdflib.URIRef(check_iri(iri)))
        self._dataset.addN(incoming.quads((None, None, None, None)))

    def remove_graph(self, graph_iri: str) -> bool:
        iri = rdflib.URIRef(check_iri(graph_iri))
        if iri not in set(self._named()):
            return False
        self._dataset.remove_graph(iri)
        return True

    def _named(self) -> Iterator[rdflib.URIRef]:
        for context in self._dataset.graphs():
            if isinstance(context.identifier, rdflib.URIRef) and len(context):
                yield context.identifier

    def graph_iris(self) -> list[str]:
        return sorted(str(iri) for iri in self._named())

    def graph_quads(self, graph_iri: str) -> str:
        return graph_nquads(graph_iri, self._dataset.graph(rdflib.URIRef(graph_iri)))

    def select(self, sparql: str, bindings: Mapping[str, Term]) -> list[Row]:
        """``bindings`` go in a trailing VALUES, as on endpoints: rdflib's ``initBindings``
        do not reach into sub-queries that project the bound variable."""
        with RDFLIB_SPARQL:
            result = self._dataset.query(sparql + values_clause(bindings))
            names = [str(v) for v in result.vars or []]
            return [{name: plain_value(row[name]) for name in names} for row in result]

    def close(self) -> None:
        """Nothing to release: the data lives only in this process."""

    def dump(self, fmt: str) -> bytes:
        store = ox.Store()
        store.load(self._dataset.serialize(format="nquads"), format=ox.RdfFormat.N_QUADS)
        return serialise(store, fmt)
