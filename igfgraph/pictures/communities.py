"""Groups in a network: Louvain communities, the brokers between stakeholder groups, and
the ties between and within groups.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import random
import sys
import threading
from collections.abc import Hashable
from types import ModuleType

import networkx as nx
import numpy as np
import scipy.sparse as sp

from igfgraph.pictures.filters import joined
from igfgraph.pictures.ties import Ties

_SEEDED = threading.Lock()
"""Held while igraph's process-wide generator is the seeded one of a call."""

IGRAPH_CORE = "igraph._igraph"
"""igraph's compiled module: its ``GraphBase`` has the Louvain method."""
_LOADING = threading.Lock()
"""Held while igraph's compiled module loads (it can be initialised only once)."""


def igraph_core() -> ModuleType:
    """igraph's compiled module, loaded without the ``igraph`` package around it.

    ``import igraph`` imports ``matplotlib.pyplot`` (its drawing classes subclass
    matplotlib's at import time, igraph 0.10 to 1.0), about half a second that a picture
    never uses. The compiled module alone loads in milliseconds. It is registered under
    its own name, so a later ``import igraph`` uses it as it is (it can be initialised
    only once in a process); only the package's ``_igraph`` attribute is then missing,
    which ``igraph.split_join_distance`` alone reads. When igraph was imported first, its
    compiled module is the one returned.
    """
    with _LOADING:
        core = sys.modules.get(IGRAPH_CORE)
        return core if core is not None else _load_igraph_core()


def _load_igraph_core() -> ModuleType:
    """Load igraph's compiled module by itself and register it under its own name."""
    package = importlib.util.find_spec("igraph")  # found, not imported
    if package is None or package.submodule_search_locations is None:
        raise ImportError("igraph is not installed: pip install igraph")
    spec = importlib.machinery.PathFinder.find_spec(IGRAPH_CORE, package.submodule_search_locations)
    if spec is None or spec.loader is None:
        raise ImportError(f"igraph's compiled module is not in {package.origin}")
    core = importlib.util.module_from_spec(spec)
    sys.modules[IGRAPH_CORE] = core
    spec.loader.exec_module(core)
    return core


def communities(
    graph: nx.Graph, *, seed: int = 42, ties: Ties | None = None
) -> dict[Hashable, int]:
    """Seeded Louvain communities: community 0 is the largest, then by size (ties: the
    smallest member name first).

    igraph's compiled multilevel (Louvain) method on the ``weight`` of the ties (1 when
    unset), as undirected ties. It visits nodes in a random order drawn from igraph's
    process-wide generator: a ``random.Random(seed)`` for the call (one call at a time),
    then igraph's default (Python's ``random`` module) again, so a graph with the same
    nodes and ties in the same order always gets the same communities. ``ties``: the
    graph's, when they were read already.

    >>> two = nx.union(nx.complete_graph(3), nx.complete_graph(["a", "b"]))
    >>> communities(two)
    {0: 0, 1: 0, 2: 0, 'a': 1, 'b': 1}
    """
    igraph = igraph_core()
    ties = Ties.of(graph) if ties is None else ties
    nodes = ties.nodes
    ends = list(zip(ties.first.tolist(), ties.second.tolist(), strict=True))
    network = igraph.GraphBase(len(nodes), ends, False)
    with _SEEDED:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            membership = network.community_multilevel(weights=ties.weight.tolist())
        finally:
            igraph.set_random_number_generator(random)
    members: dict[int, list[Hashable]] = {}
    for node, number in zip(nodes, membership, strict=True):
        members.setdefault(number, []).append(node)
    ordered = sorted(members.values(), key=lambda group: (-len(group), min(map(str, group))))
    numbers = {node: number for number, group in enumerate(ordered) for node in group}
    return {node: numbers[node] for node in nodes}


_MIXED_BATCH = 20_000
"""Ties between two groups whose ends' rows :func:`brokers` gathers at a time: all at once,
the rows of the 10,000-report co-speaker picture's ties took 10 million entries, and
their first allocation in a process cost three times the count itself."""


def brokers(
    graph: nx.Graph, attribute: str = "stakeholder_group", *, ties: Ties | None = None
) -> list[dict[str, object]]:
    """People (or organisations) who connect stakeholder groups that are not tied directly.

    ``brokerage`` counts pairs of a node's neighbours that belong to two different
    known groups and have no tie of their own: the node is their only go-between
    here. Rows (node, label, stakeholder_group, groups it reaches, brokerage), most
    brokerage first; nodes with none are left out. ``ties``: the graph's, when they
    were read already.

    >>> g = nx.Graph([("a", "b"), ("a", "c")])
    >>> nx.set_node_attributes(g, {"b": "government", "c": "civil society"}, "stakeholder_group")
    >>> [(row["node"], row["groups"], row["brokerage"]) for row in brokers(g)]
    [('a', 'civil society; government', 1)]
    """
    if not graph.number_of_edges():
        return []
    found = _Brokerage(graph, attribute, Ties.of(graph) if ties is None else ties)
    rows = []
    for i in np.flatnonzero(found.brokerage):
        node = found.ties.nodes[i]
        rows.append(
            {
                "node": node,
                "label": graph.nodes[node].get("label", node),
                "stakeholder_group": found.group[i],
                "groups": joined(
                    n
                    for n, c in zip(found.names, found.counts[i][: len(found.names)], strict=True)
                    if c
                ),
                "brokerage": int(found.brokerage[i]),
            }
        )
    return sorted(rows, key=lambda row: (-row["brokerage"], str(row["label"])))


def brokerage(
    graph: nx.Graph, attribute: str = "stakeholder_group", *, ties: Ties | None = None
) -> list[int]:
    """Each node's ``brokerage`` (see :func:`brokers`; 0 for none), in the order of the
    graph's nodes, without the rows.

    >>> g = nx.Graph([("a", "b"), ("a", "c")])
    >>> nx.set_node_attributes(g, {"b": "government", "c": "civil society"}, "stakeholder_group")
    >>> brokerage(g)
    [1, 0, 0]
    """
    if not graph.number_of_edges():
        return [0] * len(graph)
    return _Brokerage(graph, attribute, Ties.of(graph) if ties is None else ties).brokerage.tolist()


class _Brokerage:
    """What :func:`brokers` and :func:`brokerage` count on a graph with ties: each node's
    ``group`` (``attribute``), the group ``names`` (sorted), ``counts[v, g]`` of v's
    neighbours in group g, and ``brokerage[v]`` (0 for none)."""

    def __init__(self, graph: nx.Graph, attribute: str, ties: Ties) -> None:
        self.ties = ties
        nodes = ties.nodes
        group = [graph.nodes[node].get(attribute) for node in nodes]
        names = sorted({str(name) for name in group if name is not None})
        number = {name: i for i, name in enumerate(names)}
        known = np.array([name is not None for name in group])
        kind = np.array([number[str(name)] if name is not None else 0 for name in group])
        tied = ties.tied.astype(np.int8)  # 0/1: the rows gathered below stay small
        # counts[v, g]: v's neighbours in group g; cross pairs: pairs of them in two groups.
        members = sp.csr_array(
            (np.ones(int(known.sum()), dtype=np.int64), (np.flatnonzero(known), kind[known])),
            shape=(len(nodes), max(len(names), 1)),
        )
        counts = (tied @ members).toarray()
        cross_pairs = (counts.sum(axis=1) ** 2 - (counts**2).sum(axis=1)) // 2
        # cross ties: ties between two of v's neighbours in two different known groups,
        # each tie (a, b) counted at the neighbours a and b have in common (rows of tied).
        mixed = sp.triu(tied, format="coo")
        a, b = mixed.row, mixed.col
        differ = known[a] & known[b] & (kind[a] != kind[b])
        a, b = a[differ], b[differ]
        cross_ties = np.zeros(len(nodes), dtype=np.int64)
        for start in range(0, len(a), _MIXED_BATCH):  # a batch at a time: rows stay small
            batch = slice(start, start + _MIXED_BATCH)
            cross_ties += (tied[a[batch]] * tied[b[batch]]).sum(axis=0, dtype=np.int64)
        brokering = ((counts > 0).sum(axis=1) >= 2) & (cross_pairs > cross_ties)
        self.group, self.names, self.counts = group, names, counts
        self.brokerage = np.where(brokering, cross_pairs - cross_ties, 0).astype(np.int64)


def mixing_matrix(
    graph: nx.Graph, attribute: str = "stakeholder_group", weight: str = "weight"
) -> dict[str, dict[str, float]]:
    """Summed tie ``weight`` between and within stakeholder groups, both ways.

    Nodes without the attribute count as ``"unknown"``; ``pandas.DataFrame(result)``
    is the matrix.

    >>> g = nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 1})])
    >>> nx.set_node_attributes(g, {"a": "government", "b": "government"}, "stakeholder_group")
    >>> mixing_matrix(g)
    {'government': {'government': 2, 'unknown': 1}, 'unknown': {'government': 1, 'unknown': 0}}
    """
    group = {node: graph.nodes[node].get(attribute) or "unknown" for node in graph}
    names = sorted(set(group.values()))
    matrix: dict[str, dict[str, float]] = {name: dict.fromkeys(names, 0) for name in names}
    for u, v, value in graph.edges(data=weight, default=1):
        matrix[group[u]][group[v]] += value
        if group[u] != group[v]:
            matrix[group[v]][group[u]] += value
    return matrix
