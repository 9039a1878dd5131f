"""The embedded store: Oxigraph on disk (the default) or in memory.

Oxigraph's union of named graphs repeats a triple once per graph holding it (a person
named in 300 reports has 300 names), which makes joins explode; so the embedded store
keeps the default graph as the deduplicated union of its named graphs, maintained in
the same transaction as every write, and queries read the default graph.

A first import into an empty on-disk store may load in bulk (much faster, not
transactional): a marker file in the store folder says a bulk load is under way, and a
store opened with the marker still there (the load was killed) is emptied again, which is
how it was before.

Every write changes the store's change stamp (:meth:`OxigraphStore.change_stamp`), kept on
disk in a file beside the store files: ``writing-`` and a new value before the write, a
new value after it. What is computed from the store is kept under the stamp it was
computed at and served only while the stamp is the same (a write that was cut off
leaves a ``writing-`` stamp, under which nothing is kept).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from uuid import uuid4

import pyoxigraph as ox

from igfgraph.constants import STORE_ENV
from igfgraph.errors import StoreError
from igfgraph.store.base import (
    MEMORY,
    GraphStore,
    Row,
    Term,
    check_iri,
    default_copies,
    oxigraph_binding,
    plain_value,
    serialise,
    unparsable,
    with_default_copies,
)

BULK_MARKER = "igfgraph-bulk-load-under-way"
STAMP_FILE = "igfgraph-changes"
"""The file in the store folder that holds the change stamp."""
WRITING = "writing-"
"""How a change stamp begins while a write is under way (or after one was cut off)."""


def read_stamp(path: Path) -> str | None:
    """The change stamp in the file ``path``; None when there is none."""
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def _first_stamp(path: Path) -> str | None:
    """A change stamp written into ``path`` where none was (a store last written before
    stamps were kept); None when the folder cannot be written or is no store's."""
    if not (path.parent / "CURRENT").exists():
        return None
    try:
        with path.open("x", encoding="utf-8") as file:
            file.write(uuid4().hex)
    except OSError:
        pass  # written meanwhile by another process, or a folder this one cannot write
    return read_stamp(path)


def busy_or_unreadable(location: str, error: OSError) -> StoreError:
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


def open_for_reading(location: str) -> ox.Store:
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
    except RuntimeError as error:  # RocksDB's files half-made: an ingest creating the store
        raise StoreError(
            f"{location}: cannot read the store yet, an ingest may be creating it ({error})"
        ) from error


def _cause(error: OSError) -> str:
    """What went wrong, in words: a permission, or the operating system's message."""
    text = str(error)
    return "permission denied" if "ermission denied" in text else text


class OxigraphStore(GraphStore):
    """Embedded Oxigraph: on disk when given a folder, else in memory."""

    @classmethod
    def open(cls, location: str, *, read_only: bool = False) -> OxigraphStore:
        """``memory:``, or the store in the folder ``location``."""
        if location == MEMORY:
            return cls(None)
        return cls(Path(location), read_only=read_only)

    def __init__(self, path: Path | None, read_only: bool = False) -> None:
        self.location = str(path) if path else MEMORY
        self.read_only = read_only and path is not None
        self._marker = path / BULK_MARKER if path else None
        self._stamp_file = path / STAMP_FILE if path else None
        self._stamp: str | None = None
        if self.read_only:  # the stamp first: the store read is then at least as new
            self._stamp = read_stamp(self._stamp_file) or _first_stamp(self._stamp_file)
            self._store = open_for_reading(self.location)
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
            raise busy_or_unreadable(self.location, error) from error
        self.rolled_back = bool(self._marker and self._marker.exists())
        if self.rolled_back:  # a bulk first import was killed: empty again, as before it
            self._store.clear()
            self._store.flush()
            self._marker.unlink()
        repaired = self._default_is_missing()
        if repaired:  # a store written before the default graph was kept
            self._store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        stamp = read_stamp(self._stamp_file) if self._stamp_file else None
        if self.rolled_back or repaired or stamp is None or stamp.startswith(WRITING):
            self._changed(uuid4().hex)  # changed here, a store without one, a write cut off
        else:
            self._stamp = stamp

    def change_stamp(self) -> str | None:
        """The stamp of the store's last write; read-only, the one it had when opened, and
        None once another process has written it since, or while it is writing."""
        if self.read_only:
            if self._stamp != read_stamp(self._stamp_file):
                return None
        if self._stamp is None or self._stamp.startswith(WRITING):
            return None
        return self._stamp

    def _changed(self, stamp: str) -> None:
        """Set the change stamp (in memory, and in its file for the store on disk)."""
        self._stamp = stamp
        if self._stamp_file is not None:
            written = self._stamp_file.with_suffix(".new")
            written.write_text(stamp, encoding="utf-8")
            written.replace(self._stamp_file)

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
        self._changed(WRITING + uuid4().hex)
        try:
            self._write(nquads, graph_iris, drop, bulk)
        except SyntaxError as error:
            raise unparsable(self.location, error) from None
        except OSError as error:  # a full disk: the transaction is not applied
            raise StoreError(
                f"{self.location}: cannot write the store ({_cause(error)}); the file being "
                "written was not stored, everything stored before is whole"
            ) from error
        finally:
            self._changed(uuid4().hex)

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
            if self._store.contains_named_graph(ox.NamedNode(check_iri(iri)))
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
            f"INSERT DATA {{ {text} GRAPH <{check_iri(iri)}> {{\n{text}}} }}"
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

    def folder(self) -> Path | None:
        return None if self.location == MEMORY else Path(self.location)

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
        if not self._store.contains_named_graph(ox.NamedNode(check_iri(graph_iri))):
            return False
        self.write_graphs("", [], [graph_iri])
        return True

    def graph_iris(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def graph_quads(self, graph_iri: str) -> str:
        """The graph's triples as N-Quads: written as N-Triples by the store itself (no
        Python object a quad), each line's `` .`` then given the graph name; a line break
        is escaped inside an N-Triples term, so every one ends a triple."""
        name = ox.NamedNode(graph_iri)
        triples = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
        return triples.replace(b" .\n", f" {name} .\n".encode()).decode("utf-8")

    def graph_turtle(self, graph_iri: str, base_iri: str) -> bytes:
        """The graph's triples as Turtle, written by the store itself."""
        name = ox.NamedNode(graph_iri)
        return self._store.dump(format=ox.RdfFormat.TURTLE, from_graph=name, base_iri=base_iri)

    def select(self, sparql: str, bindings: Mapping[str, Term]) -> list[Row]:
        substitutions = {ox.Variable(name): oxigraph_binding(t) for name, t in bindings.items()}
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
        return serialise(self._store, fmt)

    def close(self) -> None:
        if self.location != MEMORY and not self.read_only:
            self._store.flush()
        del self._store
