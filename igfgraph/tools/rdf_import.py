"""Import RDF files into the store: what ``igfgraph export`` wrote comes back unchanged.

Datasets (TriG, N-Quads, JSON-LD) keep their named graphs; the triples of a graph
format (Turtle, N-Triples), and a dataset's default graph, go into a graph named after
the file (``graph/import/<file-stem>``). Each file is written in one transaction: a file
that does not parse changes nothing.
"""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pyoxigraph as ox

from igfgraph.errors import InputError
from igfgraph.identity import slug
from igfgraph.store import GraphStore
from igfgraph.vocab import ID

IMPORT_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
}


def import_graph_iri(path: Path) -> str:
    """The graph that a file's triples outside any named graph go into."""
    return str(ID[f"graph/import/{slug(PureWindowsPath(path).stem)}"])


def read_rdf_quads(path: Path) -> list[ox.Quad]:
    """The quads of an RDF file, triples outside a named graph moved to its import graph."""
    rdf_format = IMPORT_FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        known = ", ".join(IMPORT_FORMATS)
        raise InputError(str(path), f"is not an RDF file this can import; give one of {known}")
    if not path.is_file():
        raise InputError(str(path), "no such file; check the path")
    file_graph = ox.NamedNode(import_graph_iri(path))
    try:
        parsed = list(ox.parse(path=path, format=rdf_format))
    except OSError as error:
        reason = error.strerror or str(error)
        raise InputError(str(path), f"cannot be read ({reason}); check its permissions") from None
    except (SyntaxError, ValueError) as error:
        reason = " ".join(str(error).split())
        raise InputError(str(path), f"is not valid RDF ({reason}); fix or re-export it") from None
    quads: list[ox.Quad] = []
    for item in parsed:
        graph = getattr(item, "graph_name", ox.DefaultGraph())
        named = graph if isinstance(graph, ox.NamedNode) else file_graph
        quads.append(ox.Quad(item.subject, item.predicate, item.object, named))
    return quads


def import_rdf_file(store: GraphStore, path: Path) -> dict[str, int]:
    """Write the graphs of ``path`` into ``store`` in one transaction, replacing graphs of
    the same names; triples per graph."""
    quads = read_rdf_quads(path)
    counts: dict[str, int] = {}
    for quad in quads:
        counts[quad.graph_name.value] = counts.get(quad.graph_name.value, 0) + 1
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")
    store.write_graphs(nquads, sorted(counts))
    return counts
