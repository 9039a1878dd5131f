"""Named queries' rows on many fresh Virtuoso databases holding one corpus, against the
embedded store::

    python -m bench.engine_databases --reports 1000 --databases 10 --queries bridges,people

Virtuoso 7's plan for a query depends on the database, and some plans lose bindings
(bench/RESULTS.md, issue 18): one comparison, as ``tests/test_engines.py`` makes on each
run, passes on most databases. This loads one generated corpus (seed 7, the test's) into
``--databases`` fresh servers the way that test does (``copy_graphs(..., batch=10,
workers=2)``, at most 5,000 rows a query), compares each query's rows (with the test's
parameters) with the embedded store's on each, stops the server and deletes its database.
One line a query and database on standard output, the differing ones marked.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from bench.bench_engines import QUERIES, normalised, query_runs
from bench.bench_store import busiest_person
from bench.generate import write_corpus
from igfgraph.ingest import ingest
from igfgraph.queries import run_query
from igfgraph.store import GraphStore, copy_graphs, open_store
from igfgraph.store.endpoint import TIMEOUT_ENV, SparqlEndpointStore
from tests.virtuoso import Virtuoso

MAX_ROWS = 5_000
"""The test server's ResultSetMaxRows (tests/test_engines.py)."""

Runs = dict[tuple[str, tuple[tuple[str, str], ...]], list[tuple[object, ...]]]


def expected_rows(store: GraphStore, names: list[str], person: str) -> Runs:
    """Each query's rows on ``store``, by query and parameters."""
    return {
        (name, tuple(params.items())): normalised(run_query(store, name, params))
        for name in names
        for params in query_runs(QUERIES[name], person)
    }


def compare_on_fresh_database(embedded: GraphStore, expected: Runs, folder: Path) -> int:
    """Start a server on a new database in ``folder``, load ``embedded`` into it, print
    how each run's rows compare; how many runs differed."""
    server = Virtuoso.start(folder, max_rows=MAX_ROWS)
    differed = 0
    try:
        remote = SparqlEndpointStore(
            server.query_url, server.update_url, server.user, server.password
        )
        start = time.perf_counter()
        copied, graphs = copy_graphs(embedded, remote, batch=10, workers=2), embedded.graph_iris()
        if copied != len(graphs):
            raise SystemExit(f"{folder.name}: {copied} of {len(graphs)} graphs loaded")
        print(f"{folder.name}: loaded in {time.perf_counter() - start:.1f} s", flush=True)
        for (name, params), want in expected.items():
            have = normalised(run_query(remote, name, dict(params)))
            missing, extra = len(set(want) - set(have)), len(set(have) - set(want))
            same = want == have
            differed += not same
            mark = "same" if same else f"DIFFERENT ({missing} missing, {extra} extra)"
            print(f"{folder.name}: {name} {dict(params)}: {len(want)} rows, {mark}", flush=True)
    finally:
        server.stop()
    return differed


def main() -> int:
    """Command line: see the module's docstring; exit status 1 when any run differed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=1_000)
    parser.add_argument("--databases", type=int, default=10)
    parser.add_argument("--queries", default="", help="comma-separated names (default: all)")
    args = parser.parse_args()
    names = [name for name in args.queries.split(",") if name] or sorted(QUERIES)
    os.environ.setdefault(TIMEOUT_ENV, "600")
    with tempfile.TemporaryDirectory(prefix="engine_databases_") as scratch:
        corpus = write_corpus(Path(scratch) / "corpus", args.reports)
        embedded = open_store("memory:")
        if not ingest(embedded, corpus).ok:
            raise SystemExit(f"{scratch}/corpus: the generated corpus did not ingest whole")
        expected = expected_rows(embedded, names, busiest_person(corpus))
        differing = []
        for number in range(args.databases):
            folder = Path(scratch) / f"database{number + 1}"
            folder.mkdir()
            differing.append(compare_on_fresh_database(embedded, expected, folder))
            shutil.rmtree(folder)
    print(
        f"{len(expected)} runs of {len(names)} queries on {args.databases} fresh databases: "
        f"{sum(1 for count in differing if count)} databases with a difference "
        f"({sum(differing)} differing runs)"
    )
    return 1 if any(differing) else 0


if __name__ == "__main__":
    raise SystemExit(main())
