"""Push benchmark: ``igfgraph push`` of a generated corpus from the embedded store to a
local Virtuoso started for the run (Debian's virtuoso-opensource, a database of its own)::

    python -m bench.bench_push --reports 1000 --jobs 2 --rounds 2

Pushes the same store the way before (:class:`NQuadsPush`) and the way now, ``--rounds``
times each, alternating (before, now, now, before), each to a fresh server, and gives the
ratios. Results replace the "Push to Virtuoso, N reports" section of ``bench/RESULTS.md`` (one
section a corpus size).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

from bench.bench_store import RESULTS, record
from bench.generate import write_corpus
from bench.timing import timed
from igfgraph.cli import PUSH_BATCH
from igfgraph.ingest import ingest
from igfgraph.queries import run_query
from igfgraph.store import GraphStore, copy_graphs, open_store
from igfgraph.store.endpoint import LOAD_BYTES, SparqlEndpointStore
from tests.virtuoso import Virtuoso

SECTION = "## Push to Virtuoso"


def section(reports: int) -> str:
    """The heading of the results section of a corpus of ``reports``."""
    return f"{SECTION}, {reports:,} reports"


class NQuadsPush(SparqlEndpointStore):
    """The push before 2026-12-07, kept for comparison: every graph read out of the store
    as N-Quads, loaded into an in-memory store and written again as TriG."""

    def copy_from(self, source: GraphStore, graph_iris: Sequence[str]) -> None:
        GraphStore.copy_from(self, source, graph_iris)


def push(local: GraphStore, jobs: int, folder: Path, kind: type[SparqlEndpointStore]) -> dict:
    """Push ``local`` to a fresh Virtuoso in ``folder`` the ``kind`` way; its figures."""
    server = Virtuoso.start(folder)
    try:
        remote = kind(server.query_url, server.update_url, server.user, server.password)
        client, busy = time.process_time(), server.cpu_seconds()
        seconds, graphs = timed(lambda: copy_graphs(local, remote, batch=PUSH_BATCH, workers=jobs))
        client, busy = time.process_time() - client, server.cpu_seconds() - busy
        (here,) = run_query(local, "stats")
        (there,) = run_query(remote, "stats")
        return {
            "seconds": seconds,
            "graphs": graphs,
            "client": client,
            "server": busy,
            "equal": there == here,
            "memory": server.memory_mb(),
            "fetched": remote.fetches(),
            "triples": here["triples"],
        }
    finally:
        server.stop()


def run(reports: int, jobs: int, rounds: int, work: Path) -> list[str]:
    """Ingest; push the way before and the way now, ``rounds`` times each in the order
    before, now, now, before, ... (each to a fresh server); check."""
    files = write_corpus(work / "corpus", reports)
    local = open_store(work / "store")
    assert ingest(local, files).ok
    runs: dict[str, list[dict]] = {"before": [], "now": []}
    kinds = {"before": NQuadsPush, "now": SparqlEndpointStore}
    order = [("before", "now"), ("now", "before")]
    try:
        for number in range(rounds):
            for way in order[number % 2]:
                folder = work / f"virtuoso-{way}-{number}"
                runs[way].append(push(local, jobs, folder, kinds[way]))
    finally:
        local.close()
    now = runs["now"][0]
    how = (
        f"Virtuoso fetching and parsing TriG loads of up to {LOAD_BYTES / 1e6:.0f} MB, "
        "one at a time"
        if now["fetched"]
        else "one Graph Store Protocol PUT per graph, then one update"
    )
    graphs = now["graphs"]

    def mean(way: str, key: str) -> float:
        return sum(run[key] for run in runs[way]) / len(runs[way])

    def cells(key: str) -> str:
        shown = []
        for way in runs:
            each = ", ".join(f"{run[key]:.1f}" for run in runs[way])
            shown.append(f"{mean(way, key):.1f} s" + (f" ({each})" if rounds > 1 else ""))
        return " | ".join(shown) + f" | {mean('before', key) / mean('now', key):.2f}x"

    sequence = ", ".join(way for number in range(rounds) for way in order[number % 2])
    return [
        f"Corpus: {reports:,} generated reports (bench/generate.py), {now['triples']:,} "
        f"distinct triples, {graphs:,} graphs; {jobs} batches of {PUSH_BATCH} graphs read "
        f"at a time; {how}. Before: each graph read out of the store as N-Quads, parsed into "
        "an in-memory store and written again as TriG (`NQuadsPush`); now: the store writes "
        "each new graph as Turtle and the loads are put together from those bytes. Each "
        f"push to a fresh server, in the order {sequence}; means (each run).",
        "",
        "| measure | before | now | before / now |",
        "|---|---|---|---|",
        f"| push (`igfgraph push`) | {cells('seconds')} |",
        f"| CPU of this process (reading the store, loads, HTTP) | {cells('client')} |",
        f"| CPU of Virtuoso (parsing, indexing) | {cells('server')} |",
        "| same store on the server (stats query equal) | "
        + " | ".join(str(all(run["equal"] for run in runs[way])) for way in runs)
        + " | |",
        "| Virtuoso's memory after the push | "
        + " | ".join(f"{mean(way, 'memory'):,.0f} MB" for way in runs)
        + " | |",
    ]


def main() -> None:
    """Command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=1_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2, help="pushes each way")
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args()
    command = f"python -m bench.bench_push --reports {args.reports} --jobs {args.jobs}"
    command += f" --rounds {args.rounds}"
    record(
        args.results,
        section(args.reports),
        command,
        lambda work: run(args.reports, args.jobs, args.rounds, work),
    )


if __name__ == "__main__":
    main()
