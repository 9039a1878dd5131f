"""A graph's ties as arrays, read from networkx once for all the measures of a picture.

Reading a networkx graph is a Python loop over its edges (0.2-0.5 s at 300,000 ties); the
measures (:mod:`.measures`, :mod:`.communities`) share one reading instead of each
converting the graph again.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from functools import cached_property

import networkx as nx
import numpy as np
import scipy.sparse as sp


@dataclass(frozen=True)
class Ties:
    """The nodes of a graph and its ties (each once, in ``graph.edges()`` order) as
    indexes into ``nodes``, with their ``weight`` (1 where unset); ``integral`` when every
    weight is an integer (so that sums of them are exact).

    >>> ties = Ties.of(nx.Graph([("a", "b", {"weight": 2}), ("b", "c")]))
    >>> ties.nodes, ties.first.tolist(), ties.second.tolist(), ties.weight.tolist()
    (['a', 'b', 'c'], [0, 1], [1, 2], [2.0, 1.0])
    >>> ties.integral
    True
    >>> ties.weighted.toarray().tolist()
    [[0.0, 2.0, 0.0], [2.0, 0.0, 1.0], [0.0, 1.0, 0.0]]
    """

    nodes: list[Hashable]
    index: dict[Hashable, int]  # each node's place in ``nodes``
    first: np.ndarray
    second: np.ndarray
    weight: np.ndarray
    integral: bool

    @classmethod
    def of(cls, graph: nx.Graph, weight: str = "weight") -> Ties:
        """The ties of an undirected ``graph``, weighted by the edge attribute ``weight``."""
        nodes = list(graph)
        index = {node: number for number, node in enumerate(nodes)}
        found = [(index[u], index[v], w) for u, v, w in graph.edges(data=weight, default=1)]
        first = np.fromiter((u for u, _, _ in found), dtype=np.int64, count=len(found))
        second = np.fromiter((v for _, v, _ in found), dtype=np.int64, count=len(found))
        weights = np.array([float(w) for _, _, w in found], dtype=float)
        integral = all(isinstance(w, int) for _, _, w in found)
        return cls(nodes, index, first, second, weights, integral)

    @classmethod
    def added(
        cls,
        nodes: list[Hashable],
        first: np.ndarray,
        second: np.ndarray,
        weight: np.ndarray,
        *,
        integral: bool,
    ) -> Ties:
        """The ties :meth:`of` reads from a graph built by adding ``nodes``, then a tie
        between ``nodes[first[k]]`` and ``nodes[second[k]]`` weighing ``weight[k]`` for
        each k in turn (no pair twice), found without reading the graph: networkx lists
        each tie once, at whichever of its ends comes first among the nodes, and a node's
        ties in the order they were added. ``integral``: every weight is an integer.

        >>> graph = nx.Graph([("a", "b", {"weight": 2}), ("c", "a", {"weight": 1})])
        >>> graph.add_edge("b", "c", weight=3)
        >>> added = Ties.added(
        ...     ["a", "b", "c"], np.array([0, 2, 1]), np.array([1, 0, 2]),
        ...     np.array([2.0, 1.0, 3.0]), integral=True,
        ... )
        >>> [ends.tolist() for ends in (added.first, added.second, added.weight)]
        [[0, 0, 1], [1, 2, 2], [2.0, 1.0, 3.0]]
        >>> read = Ties.of(graph)
        >>> [ends.tolist() for ends in (read.first, read.second, read.weight)]
        [[0, 0, 1], [1, 2, 2], [2.0, 1.0, 3.0]]
        """
        low, high = np.minimum(first, second), np.maximum(first, second)
        order = np.argsort(low, kind="stable")
        index = {node: number for number, node in enumerate(nodes)}
        weights = np.asarray(weight, dtype=float)[order]
        return cls(list(nodes), index, low[order], high[order], weights, integral)

    def _matrix(self, data: np.ndarray, *, loops: bool) -> sp.csr_array:
        """The symmetric matrix with ``data`` at each tie (a self-loop once, on the
        diagonal, or not at all), in canonical form: what ``to_scipy_sparse_array`` gives."""
        twice = self.first != self.second
        once = np.ones_like(twice) if loops else twice
        rows = np.concatenate([self.first[once], self.second[twice]])
        columns = np.concatenate([self.second[once], self.first[twice]])
        values = np.concatenate([data[once], data[twice]])
        size = len(self.nodes)
        return sp.coo_array((values, (rows, columns)), shape=(size, size)).tocsr()

    @cached_property
    def weighted(self) -> sp.csr_array:
        """The weighted adjacency matrix, in the order of ``nodes``."""
        return self._matrix(self.weight, loops=True)

    @cached_property
    def tied(self) -> sp.csr_array:
        """The 0/1 adjacency matrix without self-loops, in the order of ``nodes``."""
        return self._matrix(np.ones(len(self.first)), loops=False)
