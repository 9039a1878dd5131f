"""Where the graph lives: embedded Oxigraph on disk (default) or in memory, rdflib memory.

Every report is one named graph; :meth:`GraphStore.replace_graph` swaps a report's
graph in one transaction, so re-ingesting never duplicates and a failed write leaves
the previous version in place. Queries see the union of all named graphs.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib

from igfgraph.errors import StoreError
from igfgraph.vocab import PREFIXES

DEFAULT_STORE = ".igfgraph"
STORE_ENV = "IGFGRAPH_STORE"
MEMORY = "memory:"
RDFLIB_MEMORY = "rdflib-memory:"

Row = dict[str, Any]
EXPORT_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
}
DATASET_FORMATS = {"trig", "jsonld", "nquads"}


def store_location(location: str | os.PathLike[str] | None = None) -> str:
    """The store to use: ``location``, else ``$IGFGRAPH_STORE``, else ``./.igfgraph``."""
    if location:
        return str(location)
    return os.environ.get(STORE_ENV) or DEFAULT_STORE


def open_store(location: str | os.PathLike[str] | None = None) -> GraphStore:
    """Open the store named by ``location``: a folder, ``memory:``, ``rdflib-memory:`` or
    the query URL of a SPARQL 1.1 endpoint (``http://user:pass@host:8890/sparql``)."""
    where = store_location(location)
    if where == MEMORY:
        return OxigraphStore(None)
    if where == RDFLIB_MEMORY:
        return RdflibStore()
    if where.startswith(("http://", "https://")):
        from igfgraph.endpoint import SparqlEndpointStore  # endpoint imports this module

        return SparqlEndpointStore(where)
    if "://" in where:
        scheme = where.split("://", 1)[0]
        raise StoreError(
            f"{scheme}://: not a store; give a folder, memory: or an http(s) SPARQL endpoint URL"
        )
    return OxigraphStore(Path(where))


def plain_value(term: Any) -> Any:
    """A query result term as a plain Python value (int, float, bool, str or None)."""
    if term is None:
        return None
    if isinstance(term, rdflib.Literal):
        value = term.toPython()
        return value if isinstance(value, int | float | bool) else str(term)
    if isinstance(term, ox.Literal):
        return plain_value(rdflib.Literal(term.value, datatype=term.datatype.value))
    if isinstance(term, ox.NamedNode | rdflib.URIRef):
        return term.value if isinstance(term, ox.NamedNode) else str(term)
    return str(term)


class GraphStore(ABC):
    """The operations every backend offers."""

    location: str

    @abstractmethod
    def replace_graph(self, graph_iri: str, data: rdflib.Dataset | rdflib.Graph) -> None:
        """Make ``graph_iri`` hold exactly the triples of ``data``, in one transaction."""

    @abstractmethod
    def remove_graph(self, graph_iri: str) -> bool:
        """Drop a named graph; False when there was none."""

    @abstractmethod
    def graph_iris(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""

    @abstractmethod
    def select(self, sparql: str, bindings: Mapping[str, rdflib.term.Node]) -> list[Row]:
        """Run a SELECT query over the union of all graphs; rows of plain values."""

    @abstractmethod
    def dump(self, fmt: str) -> bytes:
        """Serialise the store: datasets keep their graphs, graph formats merge them."""

    @abstractmethod
    def close(self) -> None:
        """Release the store (files, locks)."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _ntriples(data: rdflib.Dataset | rdflib.Graph) -> str:
    """The triples of ``data`` (all its graphs) as N-Triples text."""
    graph = rdflib.Graph()
    if isinstance(data, rdflib.Dataset):
        for s, p, o, _ in data.quads((None, None, None, None)):
            graph.add((s, p, o))
    else:
        graph += data
    return graph.serialize(format="nt")


def _check_iri(iri: str) -> str:
    """Refuse an IRI that could break out of the ``<...>`` it is written in."""
    if any(c in iri for c in '<>"{}|^`\\ \n\r\t'):
        raise StoreError(f"not a valid graph IRI: {iri!r}")
    return iri


class OxigraphStore(GraphStore):
    """Embedded Oxigraph: on disk when given a folder, else in memory."""

    def __init__(self, path: Path | None) -> None:
        self.location = str(path) if path else MEMORY
        try:
            self._store = ox.Store(str(path)) if path else ox.Store()
        except OSError as error:
            raise StoreError(f"{self.location}: cannot open the store ({error})") from error

    def replace_graph(self, graph_iri: str, data: rdflib.Dataset | rdflib.Graph) -> None:
        iri = _check_iri(graph_iri)
        update = (
            f"DROP SILENT GRAPH <{iri}> ;\n"
            f"INSERT DATA {{ GRAPH <{iri}> {{\n{_ntriples(data)}\n}} }}"
        )
        self._store.update(update)

    def remove_graph(self, graph_iri: str) -> bool:
        graph = ox.NamedNode(_check_iri(graph_iri))
        if not self._store.contains_named_graph(graph):
            return False
        self._store.remove_graph(graph)
        return True

    def graph_iris(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def select(self, sparql: str, bindings: Mapping[str, rdflib.term.Node]) -> list[Row]:
        substitutions = {ox.Variable(name): _to_oxigraph(term) for name, term in bindings.items()}
        try:
            solutions = self._store.query(
                sparql, use_default_graph_as_union=True, substitutions=substitutions
            )
        except SyntaxError as error:
            raise StoreError(f"query does not parse: {error}") from error
        if not isinstance(solutions, ox.QuerySolutions):
            raise StoreError("only SELECT queries give rows")
        names = [v.value for v in solutions.variables]
        return [{name: plain_value(sol[name]) for name in names} for sol in solutions]

    def dump(self, fmt: str) -> bytes:
        return _dump(self._store, fmt)

    def close(self) -> None:
        if self.location != MEMORY:
            self._store.flush()
        del self._store


class RdflibStore(GraphStore):
    """rdflib's memory store: small graphs, tests, and the benchmark baseline."""

    def __init__(self) -> None:
        self.location = RDFLIB_MEMORY
        self._dataset = rdflib.Dataset(default_union=True)

    def replace_graph(self, graph_iri: str, data: rdflib.Dataset | rdflib.Graph) -> None:
        iri = rdflib.URIRef(_check_iri(graph_iri))
        self._dataset.remove_graph(iri)
        graph = self._dataset.graph(iri)
        graph.parse(data=_ntriples(data), format="nt")

    def remove_graph(self, graph_iri: str) -> bool:
        iri = rdflib.URIRef(_check_iri(graph_iri))
        if iri not in set(self._named()):
            return False
        self._dataset.remove_graph(iri)
        return True

    def _named(self) -> Iterator[rdflib.URIRef]:
        for context in self._dataset.contexts():
            if isinstance(context.identifier, rdflib.URIRef) and len(context):
                yield context.identifier

    def graph_iris(self) -> list[str]:
        return sorted(str(iri) for iri in self._named())

    def select(self, sparql: str, bindings: Mapping[str, rdflib.term.Node]) -> list[Row]:
        result = self._dataset.query(sparql, initBindings=dict(bindings))
        names = [str(v) for v in result.vars or []]
        return [{name: plain_value(row[name]) for name in names} for row in result]

    def close(self) -> None:
        """Nothing to release: the data lives only in this process."""

    def dump(self, fmt: str) -> bytes:
        store = ox.Store()
        store.load(self._dataset.serialize(format="nquads"), format=ox.RdfFormat.N_QUADS)
        return _dump(store, fmt)


def _dump(store: ox.Store, fmt: str) -> bytes:
    """Serialise an Oxigraph store with the project's prefixes."""
    rdf_format = EXPORT_FORMATS[fmt]
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    if fmt in DATASET_FORMATS:
        return store.dump(format=rdf_format, prefixes=prefixes)
    triples = {quad.triple for quad in store.quads_for_pattern(None, None, None)}
    return ox.serialize(sorted(triples, key=str), format=rdf_format, prefixes=prefixes)


def _to_oxigraph(term: rdflib.term.Node) -> ox.NamedNode | ox.Literal:
    """An rdflib term as the pyoxigraph term of the same value."""
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot bind {term!r}: only IRIs and literals can be parameters")
