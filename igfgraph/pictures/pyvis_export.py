"""A picture as a ``pyvis.network.Network``, for people who tune their pictures in pyvis.

The nodes and edges carry what :func:`igfgraph.pictures.render.render_html` draws: the
same colours (stakeholder group, topic basket, session), shapes, sizes, widths, cut
labels, go-between borders and positions (for graphs too large for physics); tooltips
are the page's, as plain text lines.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from pyvis.network import Network

from igfgraph.pictures.render import _graph_data

BROKER_BORDER = 4
"""Border width of a go-between for stakeholder groups, as on the page."""


def _tooltip(heading: str, info: list[list[Any]]) -> str:
    """The page's tooltip as text: the name, then one ``field: values`` line each."""
    return "\n".join([heading, *(f"{name}: {'; '.join(values)}" for name, values in info)])


def to_pyvis(graph: nx.Graph, *, size_by: str = "weighted_degree", **options: Any) -> Network:
    """``graph`` (any igfgraph network, e.g. from :func:`igfgraph.pictures.named.picture_graph`)
    as a ``pyvis.network.Network`` with the colours, shapes, sizes and tooltips of igfgraph's
    own page; ``options`` go to ``Network`` (default: vis-network inlined in the page,
    ``cdn_resources="in_line"``).

    >>> net = to_pyvis(nx.Graph([("a", "b")]))
    >>> [(node["id"], node["color"], node["shape"]) for node in net.nodes]
    [('a', '#999999', 'dot'), ('b', '#999999', 'dot')]
    """
    data = _graph_data(graph, size_by)
    network = Network(
        **{"directed": graph.is_directed(), "cdn_resources": "in_line", "height": "750px"} | options
    )
    for node in data["nodes"]:
        extra = {key: node[key] for key in ("x", "y") if key in node}
        network.add_node(
            node["id"],
            label=node["label"],
            shape=node["shape"],
            color=node["color"],
            size=node["sizes"][0],
            title=_tooltip(node.get("full", node["label"]), node["info"]),
            borderWidth=BROKER_BORDER if node["broker"] else 1,
            **extra,
        )
    names = {node["id"]: node.get("full", node["label"]) for node in data["nodes"]}
    for edge in data["edges"]:
        network.add_edge(
            edge["from"],
            edge["to"],
            width=edge["width"],
            title=_tooltip(f"{names[edge['from']]} – {names[edge['to']]}", edge["info"]),
        )
    if not data["physics"]:
        network.toggle_physics(False)
    return network
