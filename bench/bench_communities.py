"""Louvain communities on a picture's graph: igfgraph's (igraph's compiled multilevel)
against networkx's pure-Python ``louvain_communities``, their time and modularity.

``python -m bench.bench_communities STORE [--runs N]``: the store opened read-only; the
co-speakers picture and the busiest person's ego picture; prints one Markdown row each.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Hashable, Iterable

import networkx as nx

from bench.bench_engines import people_by_partners
from bench.timing import timed
from igfgraph.pictures.communities import communities
from igfgraph.pictures.named import picture_graph
from igfgraph.store import open_store


def modularity(graph: nx.Graph, groups: Iterable[Iterable[Hashable]]) -> float:
    """The weighted modularity of a partition of ``graph``."""
    return nx.community.modularity(graph, [set(group) for group in groups], weight="weight")


def row(title: str, graph: nx.Graph, runs: int) -> str:
    """The Markdown row of one graph: time, communities and modularity of both."""
    ours_time, numbers = timed(lambda: communities(graph), repeat=runs)
    ours: dict[int, set[Hashable]] = {}
    for node, number in numbers.items():
        ours.setdefault(number, set()).add(node)
    theirs_time, theirs = timed(
        lambda: nx.community.louvain_communities(graph, weight="weight", seed=42), repeat=runs
    )
    return (
        f"| {title} | {len(graph):,} / {graph.number_of_edges():,} "
        f"| {theirs_time:.2f} | {len(theirs)} | {modularity(graph, theirs):.4f} "
        f"| {ours_time:.2f} | {len(ours)} | {modularity(graph, ours.values()):.4f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store")
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    print(
        "| picture | nodes / edges | networkx (s) | communities | modularity "
        "| igraph (s) | communities | modularity |\n|---|---:|---:|---:|---:|---:|---:|---:|"
    )
    with open_store(args.store, read_only=True) as store:
        _, graph = picture_graph(store, "co-speakers", {})
        print(row("co-speakers", graph, args.runs), flush=True)
        person, partners = people_by_partners(store)[0]
        _, graph = picture_graph(store, "ego", {"person": person})
        print(row(f"ego, most co-speakers ({partners:,})", graph, args.runs), flush=True)
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
