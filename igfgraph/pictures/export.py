"""A network in files other tools read: GEXF (Gephi), GraphML (Cytoscape, yEd) and a CSV
edge list.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from igfgraph.constants import NETWORK_FORMATS
from igfgraph.errors import IgfgraphError
from igfgraph.spreadsheet import write_csv


def edge_rows(graph: nx.Graph) -> list[dict[str, object]]:
    """One row per edge: ``source``, ``target``, their labels, then every edge attribute.

    >>> edge_rows(nx.Graph([("a", "b", {"weight": 2})]))
    [{'source': 'a', 'target': 'b', 'source_label': 'a', 'target_label': 'b', 'weight': 2}]
    """
    names = sorted({name for _, _, attrs in graph.edges(data=True) for name in attrs})
    return [
        {
            "source": u,
            "target": v,
            "source_label": graph.nodes[u].get("label", u),
            "target_label": graph.nodes[v].get("label", v),
        }
        | {name: attrs.get(name) for name in names}
        for u, v, attrs in graph.edges(data=True)
    ]


def write_network(graph: nx.Graph, path: str | Path, network_format: str) -> None:
    """Write ``graph`` as GEXF, GraphML or a CSV edge list (one row per edge)."""
    if network_format == "gexf":
        nx.write_gexf(graph, path)
    elif network_format == "graphml":
        nx.write_graphml(graph, path)
    elif network_format == "csv":
        rows = edge_rows(graph)
        columns = list(rows[0]) if rows else ["source", "target", "source_label", "target_label"]
        with Path(path).open("w", encoding="utf-8", newline="") as file:
            write_csv(file, columns, rows, lineterminator="\r\n")
    else:
        raise IgfgraphError(
            f"unknown network format {network_format!r}; formats: {', '.join(NETWORK_FORMATS)}"
        )
