"""Groups in a network: Louvain communities, the brokers between stakeholder groups, and
the ties between and within groups.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable

import networkx as nx

from igfgraph.pictures.filters import joined


def communities(graph: nx.Graph, *, seed: int = 42) -> dict[Hashable, int]:
    """Seeded Louvain communities: community 0 is the largest, then by size.

    >>> two = nx.union(nx.complete_graph(3), nx.complete_graph(["a", "b"]))
    >>> communities(two)
    {0: 0, 1: 0, 2: 0, 'a': 1, 'b': 1}
    """
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    ordered = sorted(found, key=lambda members: (-len(members), min(map(str, members))))
    numbers = {node: number for number, members in enumerate(ordered) for node in members}
    return {node: numbers[node] for node in graph}


def brokers(graph: nx.Graph, attribute: str = "stakeholder_group") -> list[dict[str, object]]:
    """People (or organisations) who connect stakeholder groups that are not tied directly.

    ``brokerage`` counts pairs of a node's neighbours that belong to two different
    known groups and have no tie of their own: the node is their only go-between
    here. Rows (node, label, stakeholder_group, groups it reaches, brokerage), most
    brokerage first; nodes with none are left out.

    >>> g = nx.Graph([("a", "b"), ("a", "c")])
    >>> nx.set_node_attributes(g, {"b": "government", "c": "civil society"}, "stakeholder_group")
    >>> [(row["node"], row["groups"], row["brokerage"]) for row in brokers(g)]
    [('a', 'civil society; government', 1)]
    """
    group = {node: graph.nodes[node].get(attribute) for node in graph}
    rows = []
    for node in graph:
        neighbours = [other for other in graph[node] if group[other] is not None]
        counts = Counter(group[other] for other in neighbours)
        if len(counts) < 2:
            continue
        cross_pairs = (len(neighbours) ** 2 - sum(c * c for c in counts.values())) // 2
        tied = nx.subgraph(graph, neighbours).edges()
        cross_ties = sum(1 for u, v in tied if group[u] != group[v])
        if cross_pairs > cross_ties:
            rows.append(
                {
                    "node": node,
                    "label": graph.nodes[node].get("label", node),
                    "stakeholder_group": group[node],
                    "groups": joined(sorted(counts)),
                    "brokerage": cross_pairs - cross_ties,
                }
            )
    return sorted(rows, key=lambda row: (-row["brokerage"], str(row["label"])))


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
