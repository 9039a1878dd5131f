"""Node measures: weighted degree, betweenness and eigenvector centrality, and
:func:`add_metrics`, which stores them on a graph with its communities and brokers.
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import networkx as nx
import numpy as np
from scipy.sparse.csgraph import connected_components
from scipy.sparse.linalg import eigsh
from threadpoolctl import ThreadpoolController

from igfgraph.pictures.communities import brokerage, communities
from igfgraph.pictures.ties import Ties

BETWEENNESS_SAMPLES = 100
"""Past this many nodes, betweenness is estimated from this many seeded source nodes."""


def weighted_degree(
    graph: nx.Graph, weight: str = "weight", *, ties: Ties | None = None
) -> dict[Hashable, float]:
    """Each node's summed edge ``weight`` (edges without one count 1; a self-loop twice),
    as ``graph.degree(weight=weight)`` gives it. With the graph's ``ties`` read already,
    and integer weights, summed from them in one array operation.

    >>> weighted_degree(nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 3})]))
    {'a': 2, 'b': 5, 'c': 3}
    """
    if ties is None or not ties.integral or weight != "weight":
        return dict(graph.degree(weight=weight))
    ends = np.concatenate([ties.first, ties.second])
    sums = np.bincount(ends, np.concatenate([ties.weight, ties.weight]), len(ties.nodes))
    return dict(zip(ties.nodes, sums.astype(np.int64).tolist(), strict=True))


def betweenness(
    graph: nx.Graph, *, seed: int = 42, ties: Ties | None = None
) -> dict[Hashable, float]:
    """Normalised shortest-path betweenness (paths counted in hops).

    Exact up to :data:`BETWEENNESS_SAMPLES` nodes, then estimated from that many
    seeded source nodes (exact takes minutes at 5,000 nodes): the sources
    ``networkx.betweenness_centrality(graph, k, seed=seed)`` draws, their paths counted
    by :func:`sampled_betweenness` in sparse products. It gives networkx's estimate to
    floating-point rounding (relative differences under 1e-9); the estimate itself is
    off the exact value by what sampling leaves (tests/test_network.py). ``ties``: the
    graph's, when they were read already.

    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    if len(graph) <= BETWEENNESS_SAMPLES:
        return nx.betweenness_centrality(graph)
    sources = random.Random(seed).sample(list(graph), BETWEENNESS_SAMPLES)
    return sampled_betweenness(graph, sources, ties=ties)


def sampled_betweenness(
    graph: nx.Graph, sources: list[Hashable], *, ties: Ties | None = None
) -> dict[Hashable, float]:
    """Normalised betweenness estimated from the shortest paths that start at ``sources``
    (at least two), rescaled as networkx rescales a sample without endpoints.

    Brandes' algorithm for all sources at once: a breadth-first search level by level,
    each level one product of the adjacency matrix with the sources' path counts, then
    the dependencies accumulated back level by level the same way.

    >>> graph = nx.lollipop_graph(4, 3)
    >>> sources = random.Random(1).sample(list(graph), 3)
    >>> estimate = nx.betweenness_centrality(graph, k=3, seed=1)
    >>> all(math.isclose(sampled_betweenness(graph, sources)[n], estimate[n]) for n in graph)
    True
    """
    ties = Ties.of(graph) if ties is None else ties
    nodes, index = ties.nodes, ties.index
    adjacency = ties.tied
    columns = np.arange(len(sources))
    rows = np.array([index[source] for source in sources])
    distance = np.full((len(nodes), len(sources)), -1, dtype=np.int32)
    paths = np.zeros((len(nodes), len(sources)))
    distance[rows, columns], paths[rows, columns] = 0, 1.0
    level = 0
    while True:  # paths[v, j]: shortest paths from source j to v
        frontier = distance == level
        # only the rows a path can reach now: not reached from every source yet, and
        # next to the frontier (the product's other rows would be left unused)
        near = adjacency @ frontier.any(axis=1).astype(float) > 0
        rows_reached = np.flatnonzero(near & (distance < 0).any(axis=1))
        reached = np.zeros_like(paths)
        reached[rows_reached] = adjacency[rows_reached] @ np.where(frontier, paths, 0.0)
        new = (distance < 0) & (reached > 0)
        if not new.any():
            break
        level += 1
        distance[new], paths[new] = level, reached[new]
    dependency = np.zeros_like(paths)
    for farther in range(level, 0, -1):
        on = distance == farther
        share = np.where(on, (1 + dependency) / np.where(on, paths, 1.0), 0.0)
        nearer = distance == farther - 1
        rows_nearer = np.flatnonzero(nearer.any(axis=1))  # the rows that take a share
        shared = paths[rows_nearer] * (adjacency[rows_nearer] @ share)
        dependency[rows_nearer] += np.where(nearer[rows_nearer], shared, 0.0)
    dependency[rows, columns] = 0.0
    pairs = len(nodes) - 2  # targets other than the node itself, for each source
    scale_source = 1 / ((len(sources) - 1) * pairs) if pairs else 0.0
    scale_other = 1 / (len(sources) * pairs) if pairs else 0.0
    sampled = set(sources)
    totals = dependency.sum(axis=1).tolist()
    return {
        node: total * (scale_source if node in sampled else scale_other)
        for node, total in zip(nodes, totals, strict=True)
    }


def eigenvector(graph: nx.Graph, *, ties: Ties | None = None) -> dict[Hashable, float]:
    """Weighted eigenvector centrality (by ``weight``), component by component.

    Each connected component's vector has unit length times the square root of
    its share of the nodes, so a small component does not outrank a large one;
    a node with no edge scores 0. Components past 500 nodes are solved by ARPACK from
    a fixed start, so a graph gets the same values on every run (networkx's to 1e-9,
    tests/test_network.py). ``ties``: the graph's, when they were read already.

    >>> {node: round(value, 2) for node, value in eigenvector(nx.path_graph(3)).items()}
    {0: 0.5, 1: 0.71, 2: 0.5}
    """
    ties = Ties.of(graph) if ties is None else ties
    scores = np.zeros(len(ties.nodes))
    count, component = connected_components(ties.tied, directed=False)
    bounds = np.cumsum(np.bincount(component, minlength=count))[:-1]
    for members in np.split(np.argsort(component, kind="stable"), bounds):
        if len(members) < 2:
            continue
        adjacency = ties.weighted[members][:, members]
        if len(members) <= 500:
            vector = np.linalg.eigh(adjacency.toarray())[1][:, -1]
        else:
            start = np.ones(len(members))  # not ARPACK's random start: the same every run
            vector = eigsh(adjacency, k=1, which="LA", v0=start)[1][:, 0]
        share = math.sqrt(len(members) / len(ties.nodes))
        scores[members] = np.abs(vector) * share / np.linalg.norm(vector)
    return dict(zip(ties.nodes, scores.tolist(), strict=True))


@cache
def _blas() -> ThreadpoolController:
    """The BLAS libraries of the measures (numpy's and scipy's OpenBLAS, loaded with
    this module), found once a process (1-10 ms)."""
    return ThreadpoolController().select(user_api="blas")


_MEASURING = threading.RLock()
"""Held while measures run with BLAS on one thread (:func:`one_thread`)."""


@contextmanager
def one_thread() -> Iterator[None]:
    """Run the block with the BLAS libraries limited to one thread, then give them back
    the threads they had.

    The measures' matrices are small (a dense eigenproblem of up to 500 nodes, ARPACK's
    vector operations): a second thread hardly shortens them, and OpenBLAS leaves it
    spinning a while after the call, taking the other core from the rest of the build
    (bench/RESULTS.md, branches ego28 and ego31). Only the block is limited, not the
    process, so a notebook's own numpy keeps its threads. OpenBLAS's threads are one
    pool for the process, which one thread at a time may resize (threadpoolctl 3.8):
    measures run in several threads at once take turns.
    """
    with _MEASURING, _blas().limit(limits=1):
        yield


METRICS = ("weighted_degree", "betweenness", "eigenvector")
"""The node metrics :func:`add_metrics` stores and pictures can size nodes by."""


def node_metrics(
    graph: nx.Graph, *, seed: int = 42, ties: Ties | None = None
) -> dict[str, list[Any]]:
    """The values :func:`add_metrics` stores, by name, each in the order of ``graph``'s
    nodes (plain numbers, so that they can be kept as JSON). ``ties``: the graph's, when
    they are known already (else read from it). Measured with BLAS on one thread
    (:func:`one_thread`).

    >>> node_metrics(nx.path_graph(3))["betweenness"]
    [0.0, 1.0, 0.0]
    """
    ties = Ties.of(graph) if ties is None else ties
    with one_thread():
        found = {
            "weighted_degree": weighted_degree(graph, ties=ties),
            "betweenness": betweenness(graph, seed=seed, ties=ties),
            "eigenvector": eigenvector(graph, ties=ties),
            "community": communities(graph, seed=seed, ties=ties),
            "brokerage": dict(zip(ties.nodes, brokerage(graph, ties=ties), strict=True)),
        }
    return {name: [by_node[node] for node in graph] for name, by_node in found.items()}


def add_metrics(
    graph: nx.Graph,
    *,
    seed: int = 42,
    measured: dict[str, list[Any]] | None = None,
    ties: Ties | None = None,
) -> nx.Graph:
    """Store every metric on ``graph``'s nodes, and return it.

    Sets ``weighted_degree``, ``betweenness``, ``eigenvector``, ``community`` and
    ``brokerage`` (0 for nodes that broker nothing): those of ``measured`` (what
    :func:`node_metrics` gave for this graph before), else computed now (from the
    graph's ``ties``, when they are known already).

    >>> g = add_metrics(nx.path_graph(3))
    >>> g.nodes[1]["weighted_degree"], g.nodes[1]["betweenness"], g.nodes[1]["brokerage"]
    (2, 1.0, 0)
    """
    measured = node_metrics(graph, seed=seed, ties=ties) if measured is None else measured
    for name, found in measured.items():
        nx.set_node_attributes(graph, dict(zip(graph, found, strict=True)), name)
    return graph
