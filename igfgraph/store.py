"""Where the graph lives: embedded Oxigraph on disk (default) or in memory, rdflib memory.

Every report is one named graph; :meth:`GraphStore.write_graphs` swaps the graphs of a
file in one transaction, so re-ingesting never duplicates and a failed or killed write
leaves the previous version in place. Queries see the union of all named graphs.

Oxigraph's union of named graphs repeats a triple once per graph holding it (a person
named in 300 reports has 300 names), which makes joins explode; so the embedded store
keeps the default graph as the deduplicated union of its named graphs, maintained in
the same transaction as every write, and queries read the default graph.

A first import into an empty on-disk store may load in bulk (much faster, not
transactional): a marker file in the store folder says a bulk load is under way, and a
store opened with the marker still there (the load was killed) is emptied again, which is
how it was before.
"""

from __future__ import annotations

import os
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.plugins.parsers.ntriples import ParseError

from igfgraph.constants import DEFAULT_STORE, STORE_ENV
from igfgraph.errors import StoreError
from igfgraph.vocab import PREFIXES

MEMORY = "memory:"
RDFLIB_MEMORY = "rdflib-memory:"

Row = dict[str, Any]
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
}
"""Each of :data:`igfgraph.constants.EXPORT_FORMATS` as Oxigraph's format."""
DATASET_FORMATS = {"trig", "jsonld", "nquads"}
BULK_MARKER = "igfgraph-bulk-load-under-way"
RDFLIB_SPARQL = threading.Lock()
"""Held around every use of rdflib's SPARQL engine: its parser (pyparsing) is not
thread-safe, and a parse interrupted by another thread's breaks it for the process."""


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
    return OxigraphStore(Path(where), read_only=read_only)


_TEXT_DATATYPES = frozenset(
    ox.NamedNode(str(iri)) for iri in (rdflib.XSD.string, rdflib.RDF.langString)
)
_INTEGER = ox.NamedNode(str(rdflib.XSD.integer))


def plain_value(term: Any) -> Any:
    """A query result term as a plain Python value (int, float, bool, str or None)."""
    if term is None:
        return None
    if isinstance(term, rdflib.Literal):
        value = term.toPython()
        return value if isinstance(value, int | float | bool) else str(term)
    if isinstance(term, ox.Literal):
        if term.datatype in _TEXT_DATATYPES:
            return term.value  # most values: a fast path past rdflib's conversion
        if term.datatype == _INTEGER:
            return int(term.value)  # counts: the next most common
        return plain_value(rdflib.Literal(term.value, datatype=term.datatype.value))
    if isinstance(term, ox.NamedNode | rdflib.URIRef):
        return term.value if isinstance(term, ox.NamedNode) else str(term)
    return str(term)


class GraphStore(ABC):
    """The operations every backend offers."""

    location: str

    def replace_graph(self, graph_iri: str, data: rdflib.Dataset | rdflib.Graph) -> None:
        """Make ``graph_iri`` hold exactly the triples of ``data``, in one transaction."""
        self.write_graphs(graph_nquads(graph_iri, data), [graph_iri])

    @abstractmethod
    def write_graphs(
        self, nquads: str, graph_iris: Sequence[str], drop: Sequence[str] = (), bulk: bool = False
    ) -> None:
        """Make each of ``graph_iris`` hold exactly its quads in ``nquads`` and drop the
        graphs in ``drop``, all in one transaction. ``bulk``: load faster, without a
        transaction, into graphs that do not exist yet (see :meth:`begin_bulk`)."""

    def begin_bulk(self) -> bool:
        """Prepare a bulk first import; False when this store cannot take one."""
        return False

    def end_bulk(self) -> None:  # noqa: B027  (a hook: only stores that bulk-load need it)
        """Make a bulk import durable and the store transactional again."""

    def optimize(self) -> None:  # noqa: B027  (a hook: only stores that compact need it)
        """Compact the store after a large import."""

    @abstractmethod
    def graph_quads(self, graph_iri: str) -> str:
        """The quads of one named graph as N-Quads ("" when there is no such graph)."""

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


def graph_nquads(graph_iri: str, data: rdflib.Dataset | rdflib.Graph) -> str:
    """The triples of ``data`` (all its graphs merged) as N-Quads in graph ``graph_iri``."""
    triples = (
        {(s, p, o) for s, p, o, _ in data.quads((None, None, None, None))}
        if isinstance(data, rdflib.Dataset)
        else set(data)
    )
    return triples_nquads(graph_iri, triples)


def triples_nquads(graph_iri: str, triples: Iterable[tuple[Any, Any, Any]]) -> str:
    """rdflib ``triples`` as N-Quads in graph ``graph_iri``."""
    name = ox.NamedNode(_check_iri(graph_iri))
    quads = (ox.Quad(ox_term(s), ox_term(p), ox_term(o), name) for s, p, o in triples)
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")


def default_copies(nquads: str) -> str:
    """Each distinct triple of ``nquads`` once, in the default graph (as N-Triples)."""
    triples = dict.fromkeys(line.rsplit(" <", 1)[0] for line in nquads.splitlines() if line.strip())
    return "".join(f"{triple} .\n" for triple in triples)


def with_default_copies(nquads: str) -> str:
    """``nquads`` followed by each of its triples again in the default graph."""
    return nquads + "\n" + default_copies(nquads)


def _unparsable(location: str, error: Exception) -> StoreError:
    """The error for N-Quads that do not parse (a bug: igfgraph writes them itself)."""
    return StoreError(f"{location}: the N-Quads to write do not parse ({error})")


def _busy_or_unreadable(location: str, error: OSError) -> StoreError:
    """The one-line error for a store folder that cannot be opened."""
    if "ermission denied" in str(error):
        return StoreError(
            f"{location}: cannot write to the store (permission denied); read commands "
            "(query, stats, export) still work"
        )
    if "LOCK" in str(error) or "lock hold" in str(error):
        return StoreError(
            f"the store {location} is in use by another igfgraph process; wait for it to finish"
        )
    return StoreError(f"{location}: cannot open the store ({error})")


def _open_for_reading(location: str) -> ox.Store:
    """A store folder opened read-only (beside an ingest and other readers); an error
    naming the path when there is no store there."""
    path = Path(location)
    if not path.exists():
        raise StoreError(
            f"{location}: no store there; ingest reports into it first, or give the store "
            f"with --store or ${STORE_ENV}"
        )
    if not (path / "CURRENT").exists():
        raise StoreError(f"{location}: not an igfgraph store (a folder without store files)")
    try:
        return ox.Store.read_only(location)
    except OSError as error:
        raise StoreError(f"{location}: cannot read the store ({_cause(error)})") from error


def _cause(error: OSError) -> str:
    """What went wrong, in words: a permission, or the operating system's message."""
    text = str(error)
    return "permission denied" if "ermission denied" in text else text


def _check_iri(iri: str) -> str:
    """Refuse an IRI that could break out of the ``<...>`` it is written in."""
    if any(c in iri for c in '<>"{}|^`\\ \n\r\t'):
        raise StoreError(f"not a valid IRI: {iri!r}")
    return iri


class OxigraphStore(GraphStore):
    """Embedded Oxigraph: on disk when given a folder, else in memory."""

    def __init__(self, path: Path | None, read_only: bool = False) -> None:
        self.location = str(path) if path else MEMORY
        self.read_only = read_only and path is not None
        self._marker = path / BULK_MARKER if path else None
        if self.read_only:
            self._store = _open_for_reading(self.location)
            if self._marker and self._marker.exists():
                raise StoreError(
                    f"{self.location}: a first import into this store is under way, or was cut "
                    "off (then run the ingest again); read it when it has finished"
                )
            self.rolled_back = False
            return
        try:
            self._store = ox.Store(str(path)) if path else ox.Store()
        except OSError as error:
            raise _busy_or_unreadable(self.location, error) from error
        self.rolled_back = bool(self._marker and self._marker.exists())
        if self.rolled_back:  # a bulk first import was killed: empty again, as before it
            self._store.clear()
            self._store.flush()
            self._marker.unlink()
        if self._default_is_missing():  # a store written before the default graph was kept
            self._store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")

    def _default_is_missing(self) -> bool:
        """True when there are named graphs but no default-graph triples."""
        default = self._store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        return (
            next(iter(default), None) is None and next(self._store.named_graphs(), None) is not None
        )

    def write_graphs(
        self, nquads: str, graph_iris: Sequence[str], drop: Sequence[str] = (), bulk: bool = False
    ) -> None:
        self._writable()
        try:
            self._write(nquads, graph_iris, drop, bulk)
        except SyntaxError as error:
            raise _unparsable(self.location, error) from None
        except OSError as error:  # a full disk: the transaction is not applied
            raise StoreError(
                f"{self.location}: cannot write the store ({_cause(error)}); the file being "
                "written was not stored, everything stored before is whole"
            ) from error

    def _write(
        self, nquads: str, graph_iris: Sequence[str], drop: Sequence[str], bulk: bool
    ) -> None:
        if bulk:  # Oxigraph loads without the GIL: the default-graph copies load meanwhile
            with ThreadPoolExecutor(max_workers=1) as helper:
                copies = helper.submit(self._bulk_load_copies, nquads)
                self._store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
                copies.result()
            return
        existing = [
            iri
            for iri in (*graph_iris, *drop)
            if self._store.contains_named_graph(ox.NamedNode(_check_iri(iri)))
        ]
        if not existing:  # new graphs only: one transactional load
            self._store.load(with_default_copies(nquads), format=ox.RdfFormat.N_QUADS)
            return
        by_graph: dict[str, list[ox.Triple]] = {iri: [] for iri in graph_iris}
        for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
            by_graph.setdefault(quad.graph_name.value, []).append(quad.triple)
        iris = [f"<{iri}>" for iri in existing]
        listed, separated = " ".join(iris), ", ".join(iris)
        orphans = (  # default-graph triples no other graph holds
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH ?old {{ ?s ?p ?o }} VALUES ?old {{ {listed} }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g NOT IN ({separated})) }} }}"
        )
        drops = [f"DROP SILENT GRAPH <{iri}>" for iri in existing]
        inserts = [
            f"INSERT DATA {{ {text} GRAPH <{_check_iri(iri)}> {{\n{text}}} }}"
            for iri, triples in by_graph.items()
            if triples
            for text in [ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")]
        ]
        self._store.update(" ;\n".join([orphans, *drops, *inserts]))

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: opened for reading only, not written")

    def _bulk_load_copies(self, nquads: str) -> None:
        """Bulk-load each distinct triple of ``nquads`` into the default graph."""
        self._store.bulk_load(default_copies(nquads), format=ox.RdfFormat.N_TRIPLES)

    def begin_bulk(self) -> bool:
        """Bulk-load only into an empty on-disk store, with the marker in place."""
        self._writable()
        if self._marker is None or any(True for _ in self._store.named_graphs()):
            return False
        self._marker.touch()
        return True

    def end_bulk(self) -> None:
        self._store.flush()
        if self._marker:
            self._marker.unlink(missing_ok=True)

    def optimize(self) -> None:
        """Compact the files a bulk load leaves (about 100 at 10,000 reports): queries
        right after it take two to three times longer until RocksDB has compacted them."""
        self._store.optimize()

    def remove_graph(self, graph_iri: str) -> bool:
        if not self._store.contains_named_graph(ox.NamedNode(_check_iri(graph_iri))):
            return False
        self.write_graphs("", [], [graph_iri])
        return True

    def graph_iris(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def graph_quads(self, graph_iri: str) -> str:
        quads = self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri))
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")

    def select(self, sparql: str, bindings: Mapping[str, rdflib.term.Node]) -> list[Row]:
        substitutions = {ox.Variable(name): _to_oxigraph(term) for name, term in bindings.items()}
        try:
            solutions = self._store.query(sparql, substitutions=substitutions)
            if not isinstance(solutions, ox.QuerySolutions):
                raise StoreError("only SELECT queries give rows")
            names = [v.value for v in solutions.variables]
            return [
                dict(zip(names, map(plain_value, solution), strict=True)) for solution in solutions
            ]
        except SyntaxError as error:
            raise StoreError(f"query does not parse: {error}") from error
        except OSError as error:  # a SERVICE call that failed, a disk that failed
            raise StoreError(f"{self.location}: the query failed ({error})") from error

    def dump(self, fmt: str) -> bytes:
        return _dump(self._store, fmt)

    def close(self) -> None:
        if self.location != MEMORY and not self.read_only:
            self._store.flush()
        del self._store


class RdflibStore(GraphStore):
    """rdflib's memory store: small graphs, tests, and the benchmark baseline."""

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
            raise _unparsable(self.location, error) from None
        for iri in (*graph_iris, *drop):
            self._dataset.remove_graph(rdflib.URIRef(_check_iri(iri)))
        self._dataset.addN(incoming.quads((None, None, None, None)))

    def remove_graph(self, graph_iri: str) -> bool:
        iri = rdflib.URIRef(_check_iri(graph_iri))
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

    def select(self, sparql: str, bindings: Mapping[str, rdflib.term.Node]) -> list[Row]:
        """``bindings`` go in a trailing VALUES, as on endpoints: rdflib's ``initBindings``
        do not reach into sub-queries that project the bound variable."""
        from igfgraph.endpoint import values_clause  # endpoint imports this module

        with RDFLIB_SPARQL:
            result = self._dataset.query(sparql + values_clause(bindings))
            names = [str(v) for v in result.vars or []]
            return [{name: plain_value(row[name]) for name in names} for row in result]

    def close(self) -> None:
        """Nothing to release: the data lives only in this process."""

    def dump(self, fmt: str) -> bytes:
        store = ox.Store()
        store.load(self._dataset.serialize(format="nquads"), format=ox.RdfFormat.N_QUADS)
        return _dump(store, fmt)


def copy_graphs(
    source: GraphStore,
    target: GraphStore,
    on_graph: Callable[[str], None] | None = None,
    batch: int = 50,
) -> int:
    """Copy every named graph of ``source`` over its version in ``target``, ``batch``
    graphs per transaction; how many graphs were copied."""
    iris = source.graph_iris()
    for start in range(0, len(iris), batch):
        chosen = iris[start : start + batch]
        target.write_graphs("".join(source.graph_quads(iri) for iri in chosen), chosen)
        for iri in chosen:
            if on_graph:
                on_graph(iri)
    return len(iris)


def _dump(store: ox.Store, fmt: str) -> bytes:
    """Serialise an Oxigraph store with the project's prefixes."""
    rdf_format = RDF_FORMATS[fmt]
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    if fmt in DATASET_FORMATS:  # the named graphs: the default graph is their union
        named = (q for q in store if not isinstance(q.graph_name, ox.DefaultGraph))
        return ox.serialize(named, format=rdf_format, prefixes=prefixes)
    triples = {quad.triple for quad in store.quads_for_pattern(None, None, None)}
    return ox.serialize(sorted(triples, key=str), format=rdf_format, prefixes=prefixes)


def ox_term(term: rdflib.term.Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as the pyoxigraph term of the same value."""
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    datatype = ox.NamedNode(str(term.datatype)) if term.datatype else None
    return ox.Literal(str(term), datatype=datatype)


def _to_oxigraph(term: rdflib.term.Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A query parameter as the pyoxigraph term of the same value."""
    if not isinstance(term, rdflib.URIRef | rdflib.Literal):
        raise StoreError(f"cannot bind {term!r}: only IRIs and literals can be parameters")
    return ox_term(term)
