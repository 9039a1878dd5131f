"""Push benchmark: ``igfgraph push`` of a generated corpus from the embedded store to a
local Virtuoso started for the run (Debian's virtuoso-opensource, a database of its own)::

    python -m bench.bench_push --reports 1000 --jobs 2

Results replace the "Push to Virtuoso" section of ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.bench_store import RESULTS, record, timed
from bench.generate import write_corpus
from igfgraph.ingest import ingest
from igfgraph.queries import run_query
from igfgraph.store import copy_graphs, open_store
from igfgraph.store.endpoint import SparqlEndpointStore
from tests.virtuoso import Virtuoso

SECTION = "## Push to Virtuoso"
BATCH = 10


def run(reports: int, jobs: int, work: Path) -> list[str]:
    """Ingest, push, check; the lines of the results section."""
    files = write_corpus(work / "corpus", reports)
    local = open_store(work / "store")
    assert ingest(local, files).ok
    server = Virtuoso.start(work / "virtuoso")
    try:
        remote = SparqlEndpointStore(
            server.query_url, server.update_url, server.user, server.password
        )
        seconds, graphs = timed(lambda: copy_graphs(local, remote, batch=BATCH, workers=jobs))
        (here,) = run_query(local, "stats")
        (there,) = run_query(remote, "stats")
        memory = server.memory_mb()
    finally:
        server.stop()
        local.close()
    return [
        f"Corpus: {reports:,} generated reports (bench/generate.py), {here['triples']:,} "
        f"distinct triples, {graphs:,} graphs; {jobs} uploads at a time, {BATCH} graphs "
        "put in place by each update.",
        "",
        "| measure | result |",
        "|---|---|",
        f"| push (`igfgraph push`: one PUT per graph, then one update per {BATCH}) | "
        f"{seconds:.1f} s ({graphs / seconds:,.0f} graphs/s) |",
        f"| same store on the server (stats query equal) | {there == here} |",
        f"| Virtuoso's memory after the push | {memory:,.0f} MB |",
    ]


def main() -> None:
    """Command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=1_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args()
    command = f"python -m bench.bench_push --reports {args.reports} --jobs {args.jobs}"
    record(args.results, SECTION, command, lambda work: run(args.reports, args.jobs, work))


if __name__ == "__main__":
    main()
