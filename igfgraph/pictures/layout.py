"""Where each node is drawn: seeded force-directed positions, fast on large graphs."""

from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx
import numpy as np
import scipy.sparse as sp


def layout(
    graph: nx.Graph, *, seed: int = 42, iterations: int = 50
) -> dict[Hashable, tuple[float, float]]:
    """Seeded force-directed positions in [-1, 1], heavier edges pulling harder.

    Fruchterman-Reingold with the repulsion of far nodes taken from the centres of
    a grid of cells (about 8 nodes each, the grid shifted at every step), and a
    little gravity: about 3 s for 5,000 nodes and 20,000 edges on this kind of
    machine, where ``nx.spring_layout`` takes 30 s and ``nx.forceatlas2_layout`` 40 s.

    >>> pos = layout(nx.path_graph(3))
    >>> sorted(pos) == [0, 1, 2] and all(-1 <= c <= 1 for xy in pos.values() for c in xy)
    True
    """
    nodes = list(graph)
    if not nodes:
        return {}
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1.0, 1.0, (len(nodes), 2))
    if graph.number_of_edges():
        adjacency = nx.to_scipy_sparse_array(graph, nodelist=nodes, weight="weight")
        pos = _spread(pos, sp.coo_array(adjacency), rng, iterations)
    pos -= pos.mean(axis=0)
    pos /= max(float(np.abs(pos).max()), 1e-12)
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos, strict=True)}


def _spread(
    pos: np.ndarray, adjacency: sp.coo_array, rng: np.random.Generator, iterations: int
) -> np.ndarray:
    """:func:`layout`'s iterations on start positions ``pos`` (n x 2)."""
    count = len(pos)
    sources, targets = adjacency.row, adjacency.col
    weights = adjacency.data.astype(float) / float(adjacency.data.max())
    ideal = 2.0 / math.sqrt(count)  # the distance that shares out the square [-1, 1]^2
    cells = max(1, int(math.sqrt(count / 8)))
    step = 0.1
    for _ in range(iterations):
        low, high = pos.min(axis=0), pos.max(axis=0)
        size = np.maximum(high - low, 1e-9) / cells
        low = low - rng.uniform(0, 1, 2) * size
        cell = np.minimum(((pos - low) / size).astype(int), cells)
        index = cell[:, 0] * (cells + 1) + cell[:, 1]
        mass = np.bincount(index, minlength=(cells + 1) ** 2).astype(float)
        occupied = np.flatnonzero(mass)
        centre = np.stack(
            [np.bincount(index, pos[:, axis], (cells + 1) ** 2) for axis in (0, 1)], axis=1
        )
        centre, mass = centre[occupied] / mass[occupied, None], mass[occupied]
        force = np.empty_like(pos)
        for start in range(0, count, 1024):  # blocks keep memory at a few MB
            delta = pos[start : start + 1024, None, :] - centre[None, :, :]
            distance2 = np.maximum((delta**2).sum(axis=-1), (0.01 * ideal) ** 2)
            push = ideal * ideal * mass / distance2
            force[start : start + 1024] = (push[..., None] * delta).sum(axis=1)
        delta = pos[sources] - pos[targets]
        pull = (np.sqrt((delta**2).sum(axis=1)) * weights / ideal)[:, None] * delta
        np.subtract.at(force, sources, pull)
        force -= pos  # gravity: nothing drifts away
        length = np.maximum(np.sqrt((force**2).sum(axis=1)), 1e-12)
        pos = pos + force / length[:, None] * np.minimum(length, step)[:, None]
        step *= 0.93
    return pos


SMALL_COMMUNITY = 6
"""Communities of at most this many nodes are drawn as a ring, with no layout."""


def _ring(nodes: list[Hashable]) -> dict[Hashable, tuple[float, float]]:
    """``nodes`` evenly on the unit circle, the first at (1, 0); one node at the centre."""
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    turn = 2 * math.pi / len(nodes)
    return {node: (math.cos(i * turn), math.sin(i * turn)) for i, node in enumerate(nodes)}


def community_ties(graph: nx.Graph, community: dict[Hashable, int]) -> nx.Graph:
    """The communities of ``graph`` as one node each, tied by the summed ``weight`` of
    the ties between their members.

    >>> g = nx.Graph([(0, 1), (1, 2, {"weight": 2}), (0, 2)])
    >>> list(community_ties(g, {0: 0, 1: 0, 2: 1}).edges(data="weight"))
    [(0, 1, 3)]
    """
    between = nx.Graph()
    between.add_nodes_from(dict.fromkeys(community[node] for node in graph))
    for u, v, weight in graph.edges(data="weight", default=1):
        a, b = community[u], community[v]
        if a != b:
            tie = between.get_edge_data(a, b, {"weight": 0})["weight"]
            between.add_edge(a, b, weight=tie + weight)
    return between


def community_layout(
    graph: nx.Graph, community: dict[Hashable, int], *, seed: int = 42
) -> dict[Hashable, tuple[float, float]]:
    """Seeded positions in [-1, 1] for large graphs, two levels of :func:`layout`.

    The communities are laid out as one node each (tied by the summed weight of the
    ties between them), then each community's members around its place, in a disc
    whose area is the community's share of the nodes: the cost grows with the square
    of the largest community rather than of the whole graph, and communities stay
    apart on the page.

    >>> two = nx.union(nx.complete_graph(3), nx.complete_graph(["a", "b"]))
    >>> pos = community_layout(two, {0: 0, 1: 0, 2: 0, "a": 1, "b": 1})
    >>> sorted(pos, key=str) == [0, 1, 2, "a", "b"]
    True
    >>> all(-1 <= c <= 1 for xy in pos.values() for c in xy)
    True
    """
    if not graph:
        return {}
    members: dict[int, list[Hashable]] = {}
    for node in graph:
        members.setdefault(community[node], []).append(node)
    centres = layout(community_ties(graph, community), seed=seed)
    count = graph.number_of_nodes()
    spacing = 1.0 / math.sqrt(max(len(members), 1))
    positions: dict[Hashable, tuple[float, float]] = {}
    for number, nodes in members.items():
        radius = spacing * math.sqrt(len(nodes) * len(members) / count)
        cx, cy = centres[number]
        inner = (
            layout(graph.subgraph(nodes), seed=seed)
            if len(nodes) > SMALL_COMMUNITY
            else _ring(nodes)
        )
        for node, (x, y) in inner.items():
            positions[node] = (cx + radius * x, cy + radius * y)
    xy = np.array(list(positions.values()))
    xy -= xy.mean(axis=0)
    xy /= max(float(np.abs(xy).max()), 1e-12)
    return {node: (float(x), float(y)) for node, (x, y) in zip(positions, xy, strict=True)}


GOLDEN = (math.sqrt(5) - 1) / 2
TIE_PULL = 0.5
"""How far inside its circle an ego picture puts the strongest tie of a ring, as a share
of the gap between circles (the weakest stays on the circle)."""


def ego_layout(graph: nx.Graph, ring: dict[Hashable, int]) -> dict[Hashable, tuple[float, float]]:
    """The person at the centre, the others on circles by degree of separation, each
    drawn closer the stronger its tie.

    ``ring`` gives each node's distance from the person (0 for the person). A node's tie
    is its heaviest ``weight`` to the circle inside (for co-speakers: the sessions and
    panels shared with the person). The first circle starts with the strongest tie, the
    next ones spread round it by golden-ratio steps so that strong ties pulled inwards do
    not crowd; each node of an outer circle sits near its tie on the circle inside. A
    circle's radius is ``ring / max(ring)``; within it the strongest tie is pulled
    :data:`TIE_PULL` of the way to the circle inside, the others in proportion to their
    weight, so positions are in [-1, 1].

    >>> g = nx.Graph([("me", "a", {"weight": 1}), ("me", "b", {"weight": 3})])
    >>> pos = ego_layout(g, {"me": 0, "a": 1, "b": 1})
    >>> pos["me"], [round(c, 2) + 0.0 for c in pos["b"]], [round(c, 2) + 0.0 for c in pos["a"]]
    ((0.0, 0.0), [0.0, 0.5], [0.0, -1.0])
    """
    outermost = max(ring.values(), default=0) or 1
    angle: dict[Hashable, float] = {}
    positions: dict[Hashable, tuple[float, float]] = {}
    for distance in sorted(set(ring.values())):
        members = [node for node in graph if ring[node] == distance]
        if distance == 0:
            positions |= dict.fromkeys(members, (0.0, 0.0))
            angle |= dict.fromkeys(members, 0.0)
            continue

        def inner_tie(
            node: Hashable, distance: int = distance, angle: dict[Hashable, float] = angle
        ) -> tuple[float, float, str]:
            ties = [
                (graph.edges[node, other].get("weight", 1), other)
                for other in graph[node]
                if ring[other] == distance - 1
            ]
            weight, other = max(ties, key=lambda tie: (tie[0], str(tie[1])), default=(0, None))
            return (angle.get(other, 0.0), -float(weight), str(node))

        members.sort(key=inner_tie)
        if distance == 1:  # strongest first, then spread round the circle, not side by side
            slot = sorted(range(len(members)), key=lambda i: (i * GOLDEN) % 1)
            members = [members[i] for i in slot]
        strength = {node: -inner_tie(node)[1] for node in members}
        least, most = min(strength.values()), max(strength.values())
        turn = 2 * math.pi / len(members)
        for i, node in enumerate(members):
            angle[node] = i * turn
            pull = TIE_PULL * (strength[node] - least) / (most - least) if most > least else 0.0
            radius = (distance - pull) / outermost
            positions[node] = (radius * math.sin(i * turn), radius * math.cos(i * turn))
    return positions
