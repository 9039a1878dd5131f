"""Push benchmark: ``igfgraph push`` of a generated corpus from the embedded store to a
local Virtuoso started for the run (Debian's virtuoso-opensource, a database of its own)::

    python -m bench.bench_push --reports 1000 --jobs 2

Results replace the "Push to Virtuoso, N reports" section of ``bench/RESULTS.md`` (one
section a corpus size).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench.bench_store import RESULTS, record
from bench.generate import write_corpus
from bench.timing import timed
from igfgraph.cli import PUSH_BATCH
from igfgraph.ingest import ingest
from igfgraph.queries import run_query
from igfgraph.store import copy_graphs, open_store
from igfgraph.store.endpoint import LOAD_BYTES, SparqlEndpointStore
from tests.virtuoso import Virtuoso

SECTION = "## Push to Virtuoso"


def section(reports: int) -> str:
    """The heading of the results section of a corpus of ``reports``."""
    return f"{SECTION}, {reports:,} reports"


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
        client, busy = time.process_time(), server.cpu_seconds()
        seconds, graphs = timed(lambda: copy_graphs(local, remote, batch=PUSH_BATCH, workers=jobs))
        client, busy = time.process_time() - client, server.cpu_seconds() - busy
        fetched = remote.fetches()
        (here,) = run_query(local, "stats")
        (there,) = run_query(remote, "stats")
        memory = server.memory_mb()
    finally:
        server.stop()
        local.close()
    how = (
        f"Virtuoso fetching and parsing TriG loads of up to {LOAD_BYTES / 1e6:.0f} MB, "
        "one at a time"
        if fetched
        else "one Graph Store Protocol PUT per graph, then one update"
    )
    return [
        f"Corpus: {reports:,} generated reports (bench/generate.py), {here['triples']:,} "
        f"distinct triples, {graphs:,} graphs; {jobs} batches of {PUSH_BATCH} graphs read "
        f"at a time; {how}.",
        "",
        "| measure | result |",
        "|---|---|",
        f"| push (`igfgraph push`) | {seconds:.1f} s ({graphs / seconds:,.0f} graphs/s) |",
        f"| CPU of this process (reading the store, N-Quads, HTTP) | {client:.1f} s |",
        f"| CPU of Virtuoso (parsing, indexing) | {busy:.1f} s |",
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
    record(
        args.results,
        section(args.reports),
        command,
        lambda work: run(args.reports, args.jobs, work),
    )


if __name__ == "__main__":
    main()
