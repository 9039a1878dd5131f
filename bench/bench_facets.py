"""Pictures from a store of generated reports: the first build after the store changed
and the best of the next ones, for co-speakers, org-ties, civil-society-map, person-org
and the ego pictures (depth 1) of the busiest, a median and the quietest speaker.

``python -m bench.bench_facets STORE [--runs N] [--pictures NAME ...]``: the store opened
read-only, as ``igfgraph viz`` opens it; prints one Markdown row a picture.
"""

from __future__ import annotations

import argparse
import os

from bench.bench_engines import people_by_partners
from bench.timing import timed
from igfgraph.pictures.named import picture_graph
from igfgraph.store import GraphStore, open_store

PICTURES = ("co-speakers", "org-ties", "civil-society-map", "person-org", "ego")


def asked(store: GraphStore, pictures: list[str]) -> list[tuple[str, str, dict[str, str]]]:
    """(row title, picture, parameters) of each picture measured."""
    found = []
    for name in pictures:
        if name != "ego":
            found.append((name, name, {}))
            continue
        ranked = people_by_partners(store)
        chosen = {"most": ranked[0], "median": ranked[len(ranked) // 2], "fewest": ranked[-1]}
        for which, (person, partners) in chosen.items():
            found.append((f"ego, {which} co-speakers ({partners:,})", "ego", {"person": person}))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store")
    parser.add_argument("--runs", type=int, default=3, help="builds after the first")
    parser.add_argument("--pictures", nargs="+", default=list(PICTURES), choices=PICTURES)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    print("| picture | nodes / edges | first (s) | best of next (s) |\n|---|---:|---:|---:|")
    with open_store(args.store, read_only=True) as store:
        for title, name, params in asked(store, args.pictures):
            first, (_, graph) = timed(lambda n=name, p=params: picture_graph(store, n, dict(p)))
            best = min(
                timed(lambda n=name, p=params: picture_graph(store, n, dict(p)))[0]
                for _ in range(args.runs)
            )
            print(
                f"| {title} | {len(graph):,} / {graph.number_of_edges():,} "
                f"| {first:.2f} | {best:.2f} |",
                flush=True,
            )
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
