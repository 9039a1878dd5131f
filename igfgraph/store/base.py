"""What every store offers, and the terms and N-Quads the backends share.

Every report is one named graph; :meth:`GraphStore.write_graphs` swaps the graphs of a
file in one transaction, so re-ingesting never duplicates and a failed or killed write
leaves the previous version in place. Queries see the union of all named graphs.

Query parameters are bound as terms, never pasted into the query text: pyoxigraph's
terms (what :mod:`igfgraph.queries` makes) or rdflib's. Nothing here imports rdflib
until it is handed an rdflib term or graph, so a query on the embedded store never loads
it. The backends (:mod:`igfgraph.store.oxigraph`, :mod:`igfgraph.store.rdflib_memory`,
:mod:`igfgraph.store.endpoint`) take what they share from this module only.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from igfgraph.errors import StoreError

if TYPE_CHECKING:
    import rdflib

MEMORY = "memory:"
"""The location of an embedded store in memory."""
RDFLIB_MEMORY = "rdflib-memory:"
"""The location of an rdflib memory store."""
Row = dict[str, Any]
Term = Any
"""A query parameter's term: pyoxigraph's ``NamedNode`` or ``Literal``, or rdflib's
``URIRef`` or ``Literal``."""
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
}
"""Each of :data:`igfgraph.constants.EXPORT_FORMATS` as Oxigraph's format."""
DATASET_FORMATS = {"trig", "jsonld", "nquads"}

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = f"{XSD}string"
XSD_INTEGER = f"{XSD}integer"
_TEXT_DATATYPES = frozenset(
    ox.NamedNode(iri)
    for iri in (XSD_STRING, "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")
)
_INTEGER = ox.NamedNode(XSD_INTEGER)

SPARQL_SKIPPED = (
    r'"""[\s\S]*?"""|' + r"'''[\s\S]*?'''|"
    r'"(?:[^"\\\n]|\\.)*"|' + r"'(?:[^'\\\n]|\\.)*'|"
    r'<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
"""What a SPARQL query holds that is no keyword: strings, IRIs and comments (a pattern)."""
_BAD_IRI = re.compile(r'[<>"{}|^`\\\x00-\x20]')
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_LANGUAGE = re.compile(r"[A-Za-z]+(-[A-Za-z0-9]+)*")
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def plain_value(term: Any) -> Any:
    """A query result term as a plain Python value (int, float, bool, str or None).

    >>> plain_value(ox.Literal("Kathy Brown")), plain_value(ox.Literal(3)), plain_value(None)
    ('Kathy Brown', 3, None)
    """
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.datatype in _TEXT_DATATYPES:
            return term.value  # most values: a fast path past rdflib's conversion
        if term.datatype == _INTEGER:
            return int(term.value)  # counts: the next most common
        return plain_value(rdflib_term(term))
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return str(term)
    import rdflib  # an rdflib term: rdflib is loaded already

    if isinstance(term, rdflib.Literal):
        value = term.toPython()
        return value if isinstance(value, int | float | bool) else str(term)
    return str(term)


class GraphStore(ABC):
    """The operations every backend offers."""

    location: str

    @classmethod
    @abstractmethod
    def open(cls, location: str, *, read_only: bool = False) -> GraphStore:
        """The store at ``location`` (see :func:`igfgraph.store.open_store`)."""

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

    def folder(self) -> Path | None:
        """The folder on disk that holds the store; None for one in memory or elsewhere."""
        return None

    def change_stamp(self) -> str | None:
        """A value that changes with every write to the store, for what is computed from
        it and kept until it changes (the pictures' summaries); None when this store
        keeps none, and then nothing computed from it is kept."""
        return None

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

    def graph_turtle(self, graph_iri: str, base_iri: str) -> bytes:
        """The triples of one named graph as Turtle, IRIs under ``base_iri`` written
        relative to it after an ``@base`` line (b"" when there is no such graph)."""
        nquads = self.graph_quads(graph_iri)
        if not nquads:
            return b""
        graph = ox.Store()
        graph.load(nquads, format=ox.RdfFormat.N_QUADS)
        name = ox.NamedNode(graph_iri)
        return graph.dump(format=ox.RdfFormat.TURTLE, from_graph=name, base_iri=base_iri)

    def copy_from(self, source: GraphStore, graph_iris: Sequence[str]) -> None:
        """Write the graphs ``graph_iris`` of ``source`` over their versions here, as
        :meth:`write_graphs` does (a graph ``source`` does not hold is dropped)."""
        self.write_graphs("".join(source.graph_quads(iri) for iri in graph_iris), graph_iris)

    def holds(self, nquads: str, graph_iris: Sequence[str], ignore: str = "") -> bool:
        """True when ``graph_iris`` are all the graph holds of ``nquads`` and exactly its
        quads, leaving out those whose predicate is ``ignore`` (a time of writing)."""
        stored = "".join(self.graph_quads(iri) for iri in graph_iris)
        return _quads(stored, ignore) == _quads(nquads, ignore)

    @abstractmethod
    def remove_graph(self, graph_iri: str) -> bool:
        """Drop a named graph; False when there was none."""

    @abstractmethod
    def graph_iris(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""

    @abstractmethod
    def select(self, sparql: str, bindings: Mapping[str, Term]) -> list[Row]:
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


def _quads(nquads: str, ignore: str) -> set[ox.Quad]:
    """The quads of N-Quads text, however they are spelt, but those with ``ignore``."""
    quads = ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
    return {quad for quad in quads if quad.predicate.value != ignore}


def copy_graphs(
    source: GraphStore,
    target: GraphStore,
    on_graph: Callable[[str], None] | None = None,
    batch: int = 50,
    workers: int = 1,
) -> int:
    """Copy every named graph of ``source`` over its version in ``target``, ``batch``
    graphs per transaction, ``workers`` transactions at a time (for a server, which
    takes them side by side); how many graphs were copied."""
    iris = source.graph_iris()
    batches = [iris[start : start + batch] for start in range(0, len(iris), batch)]

    def copy(chosen: list[str]) -> list[str]:
        target.copy_from(source, chosen)
        return chosen

    with ThreadPoolExecutor(max_workers=max(workers, 1)) as pool:
        for chosen in pool.map(copy, batches):
            for iri in chosen:
                if on_graph:
                    on_graph(iri)
    return len(iris)


# N-Quads


def graph_nquads(graph_iri: str, data: rdflib.Dataset | rdflib.Graph) -> str:
    """The triples of ``data`` (all its graphs merged) as N-Quads in graph ``graph_iri``."""
    import rdflib  # handed an rdflib graph: rdflib is loaded already

    triples = (
        {(s, p, o) for s, p, o, _ in data.quads((None, None, None, None))}
        if isinstance(data, rdflib.Dataset)
        else set(data)
    )
    return triples_nquads(graph_iri, triples)


def triples_nquads(graph_iri: str, triples: Iterable[tuple[Any, Any, Any]]) -> str:
    """rdflib ``triples`` as N-Quads in graph ``graph_iri``."""
    name = ox.NamedNode(check_iri(graph_iri))
    quads = (ox.Quad(ox_term(s), ox_term(p), ox_term(o), name) for s, p, o in triples)
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")


def default_copies(nquads: str) -> str:
    """Each distinct triple of ``nquads`` once, in the default graph (as N-Triples).

    Lines end at "\\n" only: a literal may hold U+2028, U+2029 or U+0085 as they are
    (neither igfgraph nor Oxigraph escapes them), which :meth:`str.splitlines` takes for
    line ends.
    """
    lines = nquads.split("\n")
    triples = dict.fromkeys(line.rsplit(" <", 1)[0] for line in lines if line.strip())
    return "".join(f"{triple} .\n" for triple in triples)


def with_default_copies(nquads: str) -> str:
    """``nquads`` followed by each of its triples again in the default graph."""
    return nquads + "\n" + default_copies(nquads)


def serialise(store: ox.Store, fmt: str) -> bytes:
    """Serialise an Oxigraph store with the project's prefixes: the named graphs for a
    dataset format, their distinct triples for a graph format."""
    from igfgraph.vocab import PREFIXES  # rdflib's namespaces: only when exporting

    rdf_format = RDF_FORMATS[fmt]
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    if fmt in DATASET_FORMATS:  # the named graphs: the default graph is their union
        named = (q for q in store if not isinstance(q.graph_name, ox.DefaultGraph))
        return ox.serialize(named, format=rdf_format, prefixes=prefixes)
    triples = {quad.triple for quad in store.quads_for_pattern(None, None, None)}
    return ox.serialize(sorted(triples, key=str), format=rdf_format, prefixes=prefixes)


def unparsable(location: str, error: Exception) -> StoreError:
    """The error for N-Quads that do not parse (a bug: igfgraph writes them itself)."""
    return StoreError(f"{location}: the N-Quads to write do not parse ({error})")


def check_iri(iri: str) -> str:
    """Refuse an IRI that could break out of the ``<...>`` it is written in."""
    if any(c in iri for c in '<>"{}|^`\\ \n\r\t'):
        raise StoreError(f"not a valid IRI: {iri!r}")
    return iri


# Terms


def ox_term(term: rdflib.term.Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as the pyoxigraph term of the same value."""
    import rdflib  # handed an rdflib term: rdflib is loaded already

    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    datatype = ox.NamedNode(str(term.datatype)) if term.datatype else None
    return ox.Literal(str(term), datatype=datatype)


def oxigraph_binding(term: Term) -> ox.NamedNode | ox.Literal:
    """A query parameter as the pyoxigraph term of the same value (IRIs and literals only)."""
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term
    if not isinstance(term, ox.BlankNode):
        import rdflib  # an rdflib term: rdflib is loaded already

        if isinstance(term, rdflib.URIRef | rdflib.Literal):
            return ox_term(term)  # type: ignore[return-value]  (no blank node here)
    raise StoreError(f"cannot bind {term!r}: only IRIs and literals can be parameters")


def rdflib_term(term: Term) -> rdflib.term.Node:
    """A pyoxigraph term as the rdflib term of the same value (an rdflib term as it is).

    A plain string is rdflib's literal without a datatype, as ``Literal("x")`` makes it.
    """
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    return term


# Terms in SPARQL text, for the stores that bind parameters with a trailing VALUES


def sparql_iri(value: str) -> str:
    """``<value>``, after refusing anything that could break out of the brackets."""
    if not value or _BAD_IRI.search(value):
        raise StoreError(f"not a valid IRI: {value!r}")
    return f"<{value}>"


def _sparql_literal(term: rdflib.Literal) -> str:
    """A literal in SPARQL syntax, every special character escaped.

    Not ``term.n3()``: rdflib's triple-quoted form breaks on a value that has a newline
    and ends in a backslash and a quote.
    """
    text = f'"{str(term).translate(_ESCAPES)}"'
    if term.language:
        if not _LANGUAGE.fullmatch(term.language):
            raise StoreError(f"not a valid language tag: {term.language!r}")
        return f"{text}@{term.language}"
    if term.datatype:
        return f"{text}^^{sparql_iri(str(term.datatype))}"
    return text


def sparql_term(term: Term, bnodes: dict[Any, str] | None = None) -> str:
    """An IRI, literal or (with ``bnodes`` to label them) blank node in SPARQL syntax.

    >>> sparql_term(ox.Literal('say "hi"')), sparql_term(ox.NamedNode("http://x.org/a"))
    ('"say \\\\"hi\\\\""', '<http://x.org/a>')
    """
    import rdflib

    term = rdflib_term(term)
    if isinstance(term, rdflib.URIRef):
        return sparql_iri(str(term))
    if isinstance(term, rdflib.Literal):
        return _sparql_literal(term)
    if isinstance(term, rdflib.BNode) and bnodes is not None:
        return bnodes.setdefault(term, f"_:b{len(bnodes)}")
    raise StoreError(f"cannot bind {term!r}: only IRIs and literals can be parameters")


def values_clause(bindings: Mapping[str, Term]) -> str:
    """A trailing ``VALUES`` clause binding each variable to its term ("" for none)."""
    if not bindings:
        return ""
    for name in bindings:
        if not _VARIABLE.fullmatch(name):
            raise StoreError(f"not a valid variable name: {name!r}")
    names = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(sparql_term(term) for term in bindings.values())
    return f"\nVALUES ({names}) {{ ({terms}) }}\n"
