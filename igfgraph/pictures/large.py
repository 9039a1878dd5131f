"""Pictures of large networks: a WebGL page (sigma.js over graphology) that opens on the
backbone of the network and expands on click.

vis-network draws on a 2D canvas and stalls past a few thousand nodes (docs/DESIGN.md,
"Large pictures"); :func:`igfgraph.pictures.render.render_html` draws graphs of more than
:data:`LARGE_NODE_LIMIT` nodes with the data of :func:`large_graph_data` instead. The page is
``assets/large.html`` around sigma.js 3.0.2 and graphology 0.26.0 as npm ships them
(``assets/sigma.min.js``, ``assets/graphology.umd.min.js``, their licences beside them),
``assets/large.js`` and the graph as compact JSON: positions come from
:func:`igfgraph.pictures.layout.community_layout` (seeded, so the same graph gives the same
picture), nodes are coloured by community (or stakeholder group), the most central
nodes are always named and the others on hover, and only the backbone of ties shows at
first: each node's strongest tie and the maximum spanning forest. Clicking a node shows
all its ties and its neighbourhood; the background brings the backbone back.

The same rules as the vis-network page hold: no URL in the page, every user string read
with ``JSON.parse`` and shown as text, a Content-Security-Policy that allows only the
page's scripts by hash.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import minimum_spanning_tree

from igfgraph.pictures.communities import communities
from igfgraph.pictures.layout import community_layout, community_ties

LARGE_NODE_LIMIT = 1_000
"""Graphs with more nodes than this get the WebGL page
(:func:`igfgraph.pictures.render.render_large_html`)."""
LABELLED_NODES = 20
"""The page always names this many of the most central nodes (the others on hover)."""
INFO_VALUES = 12
"""A tooltip lists at most this many values of a field, then how many more there are."""
COMMUNITY_COLOURS = (
    "#1b9e77",
    "#d95f02",
    "#7570b3",
    "#e7298a",
    "#66a61e",
    "#e6ab02",
    "#a6761d",
    "#1f78b4",
    "#b2df8a",
    "#fb9a99",
    "#cab2d6",
    "#fdbf6f",
)
"""Colours of the largest communities, in order; smaller ones are grey."""
SMALL_COMMUNITY_COLOUR = "#b8b8b8"
NODE_SIZES = (2.0, 14.0)
EDGE_WIDTHS = (0.5, 4.0)
SPREAD = 1000.0
"""Positions from :func:`layout` are in [-1, 1]; the page gets them times this."""
COMMUNITY_SIZES = (4.0, 30.0)
"""Sizes of the communities drawn as one node each, by the square root of their members."""
VIEWS = ("backbone", "communities")
"""What the page opens on: the backbone of ties, or the communities as one node each."""


def backbone(graph: nx.Graph, nodes: list[Hashable]) -> set[tuple[int, int]]:
    """The strongest ties, as pairs of indexes into ``nodes`` (smaller index first).

    Each node's heaviest tie, and the maximum spanning forest by ``weight`` (scipy,
    compiled), so that every component stays connected.

    >>> g = nx.Graph([(0, 1, {"weight": 3}), (1, 2, {"weight": 1}), (0, 2, {"weight": 2})])
    >>> sorted(backbone(g, [0, 1, 2]))
    [(0, 1), (0, 2)]
    """
    if not graph.number_of_edges():
        return set()
    weights = nx.to_scipy_sparse_array(graph, nodelist=nodes, weight="weight", dtype=float)
    weights = sp.triu(weights, format="coo")
    heaviest = float(weights.data.max())
    inverted = sp.coo_array(
        (heaviest + 1.0 - weights.data, (weights.row, weights.col)), shape=weights.shape
    )
    forest = minimum_spanning_tree(inverted.tocsr()).tocoo()
    kept = {(int(min(u, v)), int(max(u, v))) for u, v in zip(forest.row, forest.col, strict=True)}
    full = (weights + weights.T).tocsr()
    for node in range(full.shape[0]):
        start, end = full.indptr[node], full.indptr[node + 1]
        if start < end:
            other = int(full.indices[start + int(np.argmax(full.data[start:end]))])
            kept.add((min(node, other), max(node, other)))
    return kept


def _scaled(values: list[float], low: float, high: float) -> list[float]:
    """``values`` mapped linearly onto [low, high] (all ``low`` when they are equal)."""
    least, most = min(values, default=0.0), max(values, default=0.0)
    if least == most:
        return [low for _ in values]
    return [round(low + (high - low) * (v - least) / (most - least), 2) for v in values]


def collapsed_communities(
    graph: nx.Graph,
    community: list[int],
    x: list[float],
    y: list[float],
    heads: Mapping[int, str],
) -> dict[str, list[Any]]:
    """Each community of ``graph`` as one node, for the page's communities view: its
    number, place (the mean of its members' ``x`` and ``y``, in ``graph``'s node order),
    size, member count and the label of its most central member (``heads``); the ties
    between communities as flat ``[first, second, width]`` runs of indexes into that list.
    """
    numbers = sorted(set(community))
    count = Counter(community)
    sums: dict[int, list[float]] = {number: [0.0, 0.0] for number in numbers}
    for number, at_x, at_y in zip(community, x, y, strict=True):
        sums[number][0] += at_x
        sums[number][1] += at_y
    ties = community_ties(graph, dict(zip(graph, community, strict=True)))
    where = {number: index for index, number in enumerate(numbers)}
    pairs = sorted((where[a], where[b], float(w)) for a, b, w in ties.edges(data="weight"))
    widths = _scaled([w for _, _, w in pairs], *EDGE_WIDTHS)
    return {
        "numbers": numbers,
        "x": [round(sums[n][0] / count[n], 1) for n in numbers],
        "y": [round(sums[n][1] / count[n], 1) for n in numbers],
        "sizes": _scaled([count[n] ** 0.5 for n in numbers], *COMMUNITY_SIZES),
        "members": [count[n] for n in numbers],
        "heads": [heads[n] for n in numbers],
        "ties": [
            value for (a, b, _), width in zip(pairs, widths, strict=True) for value in (a, b, width)
        ],
    }


def _capped(info: list[list[Any]]) -> list[list[Any]]:
    """Tooltip fields with at most :data:`INFO_VALUES` values each."""
    return [
        [heading, [*shown[:INFO_VALUES], f"... and {len(shown) - INFO_VALUES:,} more"]]
        if len(shown) > INFO_VALUES
        else [heading, shown]
        for heading, shown in info
    ]


def large_graph_data(
    graph: nx.Graph,
    *,
    sizes: Mapping[str, Mapping[Hashable, float]],
    widths: Mapping[tuple[Hashable, Hashable], float],
    groups: Mapping[Hashable, str],
    squares: set[Hashable],
    group_colours: Mapping[str, str],
    info: Mapping[Hashable, list[list[Any]]],
    edge_info: Mapping[tuple[Hashable, Hashable], list[list[Any]]],
    metric_names: list[list[str]],
    view: str = "backbone",
) -> dict[str, Any]:
    """The graph as the compact data ``large.js`` draws: one list per node field, and
    edges as flat ``[source, target, width, backbone]`` runs of node indexes.

    ``sizes`` holds each metric's node sizes (the first is shown first), ``widths`` each
    edge's width, ``groups`` each node's stakeholder group (a key of ``group_colours``),
    ``squares`` the nodes drawn as squares (organisations and sessions beside round people
    and topics),
    ``info`` and ``edge_info`` the tooltips (see :mod:`igfgraph.pictures.render`, which
    computes them all). ``view`` (one of :data:`VIEWS`) is what the page opens on.
    """
    if graph and not nx.get_node_attributes(graph, "community"):
        graph = graph.copy()
        nx.set_node_attributes(graph, communities(graph), "community")
    nodes = list(graph)
    index = {node: number for number, node in enumerate(nodes)}
    positions = community_layout(graph, nx.get_node_attributes(graph, "community"))
    first = next(iter(sizes.values()), {})
    ranked_nodes = sorted(nodes, key=lambda node: -first.get(node, 0.0))
    community = [int(graph.nodes[node].get("community", 0)) for node in nodes]
    members = Counter(community)
    heads: dict[int, Hashable] = {}
    for node in ranked_nodes:
        heads.setdefault(community[index[node]], node)
    strong = backbone(graph, nodes)
    edges: list[float | int] = []
    for u, v in graph.edges():
        pair = (min(index[u], index[v]), max(index[u], index[v]))
        edges += [index[u], index[v], round(widths[u, v], 2), int(pair in strong)]
    ranked = [number for number, _ in members.most_common()]
    x = [round(positions[node][0] * SPREAD, 1) for node in nodes]
    y = [round(positions[node][1] * SPREAD, 1) for node in nodes]
    labels = {number: str(graph.nodes[head].get("label", head)) for number, head in heads.items()}
    return {
        "view": view,
        "directed": graph.is_directed(),
        "metrics": metric_names,
        "ids": [str(node) for node in nodes],
        "labels": [str(graph.nodes[node].get("label", node)) for node in nodes],
        "x": x,
        "y": y,
        "sizes": [[round(scaled[node], 1) for node in nodes] for scaled in sizes.values()],
        "groups": [groups[node] for node in nodes],
        "group_colours": dict(group_colours),
        "communities": community,
        "community_colours": {
            str(number): COMMUNITY_COLOURS[rank] if rank < len(COMMUNITY_COLOURS) else None
            for rank, number in enumerate(ranked)
        },
        "community_legend": [
            [number, members[number], labels[number]] for number in ranked[: len(COMMUNITY_COLOURS)]
        ],
        "collapsed": collapsed_communities(graph, community, x, y, labels),
        "small_community_colour": SMALL_COMMUNITY_COLOUR,
        "brokers": [int(bool(graph.nodes[node].get("brokerage"))) for node in nodes],
        "squares": [index[node] for node in nodes if node in squares],
        "labelled": sorted(index[node] for node in ranked_nodes[:LABELLED_NODES]),
        "info": [_capped(info[node]) for node in nodes],
        "edges": edges,
        "edge_info": [edge_info[u, v] for u, v in graph.edges()],
        "backbone_edges": len(strong),
    }
