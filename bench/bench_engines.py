"""The parts of ``make bench`` beyond the embedded store: the floor of an ingest (reading,
parsing and resolving the same files on the same cores), every picture built from the
store, and Virtuoso (the store pushed to a server started for the run, then every named
query on both). ``bench/bench_store.py`` calls them on its corpus, in its run.
"""

from __future__ import annotations

import os
import shutil
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from bench.budget import Failed, Stopped, Stores, Worker, over_budget, progress
from bench.timing import timed
from igfgraph.cli import PUSH_BATCH
from igfgraph.ingest import load_reports
from igfgraph.pictures.named import PICTURES, picture_graph
from igfgraph.pictures.summaries import KINDS, summaries_of
from igfgraph.queries import NamedQuery, available_queries, internal_queries, run_query
from igfgraph.store import GraphStore, Row, copy_graphs
from igfgraph.store.endpoint import TIMEOUT_ENV, SparqlEndpointStore
from tests.virtuoso import SERVER, Virtuoso

QUERIES = {**available_queries(), **internal_queries()}
"""Every query a user names and every one igfgraph runs for them."""
VIRTUOSO_TIMEOUT = "1800"
"""Seconds a query may take on Virtuoso here (the endpoint store's default is 30)."""
PICTURE_TARGET = 5.0
EGO_TARGET = 0.5
ENGINE_RATIO_TARGET = 5.0
"""Issue 18's targets: seconds to build a picture, an ego picture, and Virtuoso's time to
the embedded store's."""
SUMMARIES_BUDGET = 5
"""Budgets the pictures' summaries may take (computed once for every picture)."""


def normalised(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Rows as sorted tuples; "; "-joined lists (GROUP_CONCAT) with their parts sorted, and
    the space-separated IRIs of ``speakers`` too.

    A GROUP_CONCAT over nothing is unbound on Oxigraph and "" on Virtuoso: both None here.
    """

    def value(column: str, item: Any) -> Any:
        if column == "speakers" and isinstance(item, str):  # IRIs, in no given order
            return " ".join(sorted(item.split()))
        if column == "acronyms":  # joined with "|", in no given order
            return "|".join(sorted(item.split("|"))) if item else None
        if isinstance(item, str):
            return "; ".join(sorted(item.split("; "))) if item else None
        return item

    return sorted((tuple(value(*cell) for cell in row.items()) for row in rows), key=repr)


def query_runs(query: NamedQuery, person: str) -> list[dict[str, str]]:
    """The parameters a query is measured and compared with: none, and one person where
    it takes one."""
    every = [] if any(not p.optional for p in query.parameters.values()) else [{}]
    return every + ([{"person": person}] if "person" in query.parameters else [])


def _load_reports_of(path: Path) -> int:
    return len(load_reports(path))


def _read_all(files: list[Path]) -> int:
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        return sum(pool.map(_load_reports_of, files, chunksize=64))


def reading_floor(files: list[Path]) -> float:
    """Seconds to read, parse and resolve ``files`` alone, one process per core (what
    an ingest does before it maps and stores)."""
    return timed(lambda: _read_all(files))[0]


def people_by_partners(store: GraphStore) -> list[tuple[str, int]]:
    """Every speaker and their number of co-speakers, the most first."""
    partners = Counter(row["person"] for row in run_query(store, "who_spoke_with_whom"))
    return partners.most_common()


def ranking(stores: Stores) -> list[tuple[str, int]]:
    """In a worker: :func:`people_by_partners` of the embedded store."""
    return people_by_partners(stores.embedded())


def picture_time(stores: Stores, name: str, params: dict[str, str]) -> tuple[float, int, int]:
    """In a worker: seconds to build picture ``name`` from the embedded store (queries,
    graph, metrics; not the page), its nodes and edges."""
    seconds, (_, graph) = timed(lambda: picture_graph(stores.embedded(), name, params))
    return seconds, graph.number_of_nodes(), graph.number_of_edges()


def engine(stores: Stores, which: str) -> GraphStore:
    """The store a measurement runs on: "embedded", "remote" or "rdflib"."""
    return {"embedded": stores.embedded, "remote": stores.remote, "rdflib": stores.rdflib}[which]()


def query_time(
    stores: Stores,
    which: str,
    name: str,
    params: dict[str, str],
    repeat: int = 2,
    keep: str | None = None,
) -> tuple[float, int, int, str | None]:
    """In a worker: the best of up to ``repeat`` runs of query ``name`` on engine
    ``which`` (the first warms the engine's caches), its rows and runs, and how its rows
    differ from those kept under ``keep`` ("" the same; None: nothing kept to compare
    with). Without rows kept under ``keep``, these rows are kept there."""
    seconds, rows, runs = stores.timed(
        lambda: run_query(engine(stores, which), QUERIES[name], params), repeat
    )
    expected = stores.kept.pop(keep, None) if keep else None
    if keep and expected is None:
        stores.kept[keep] = rows
    difference = None if expected is None else first_difference(expected, rows)
    return seconds, len(rows), runs, difference


def summaries_time(stores: Stores) -> float:
    """In a worker: seconds to compute every summary the pictures read and keep it beside
    the embedded store (done once after each write: :mod:`igfgraph.pictures.summaries`)."""
    store = stores.embedded()
    summaries = summaries_of(store)
    assert summaries is not None, "the embedded store keeps a change stamp"
    return timed(lambda: summaries.prepare(*KINDS))[0]


def picture_lines(worker: Worker) -> list[str]:
    """A table of the time each picture takes to build from the embedded store of
    ``worker`` (queries, graph, metrics; not the page), ego pictures for the busiest, a
    median and the quietest speaker, each against its target; a picture past the
    worker's budget is shown stopped.

    The summaries every picture reads are computed first, within :data:`SUMMARIES_BUDGET`
    budgets (a picture stopped while computing them would leave them to the next one)."""
    budget = None if worker.budget is None else SUMMARIES_BUDGET * worker.budget
    summaries = worker.run_within(budget, summaries_time)
    kept = f"{summaries:.2f}" if isinstance(summaries, float) else over_budget(summaries)
    ranked = worker.run(ranking)
    egos = (
        {"most": ranked[0], "median": ranked[len(ranked) // 2], "fewest": ranked[-1]}
        if isinstance(ranked, list)
        else {}
    )
    lines = [
        "| picture | nodes | edges | build (s) | target |",
        "|---|---:|---:|---:|---|",
        f"| summaries every picture reads, computed once after a write and kept beside "
        f"the store | | | {kept} | |",
    ]
    for name in PICTURES:
        if name == "ego" and not egos:
            lines.append(
                f"| ego pictures | | | not measured: ranking the speakers by partners "
                f"(who_spoke_with_whom for everyone): {over_budget(ranked)} | |"
            )
            continue
        runs = (
            [
                (f"ego of the {which} co-speakers ({n:,})", {"person": p})
                for which, (p, n) in egos.items()
            ]
            if name == "ego"
            else [(name, {})]
        )
        target = EGO_TARGET if name == "ego" else PICTURE_TARGET
        for label, params in runs:
            outcome = worker.run(picture_time, name, params)
            if isinstance(outcome, Stopped | Failed):
                lines.append(f"| {label} | | | {over_budget(outcome)} | < {target:g} s: not met |")
                continue
            seconds, nodes, edges = outcome
            met = "met" if seconds < target else "not met"
            lines.append(
                f"| {label} | {nodes:,} | {edges:,} | {seconds:.2f} | < {target:g} s: {met} |"
            )
    return lines


def first_difference(expected: list[Row], got: list[Row]) -> str:
    """The first row only ``expected`` has and the first only ``got`` has ("" if equal)."""
    want, have = Counter(normalised(expected)), Counter(normalised(got))
    if want == have:
        return ""
    missing, extra = (
        sorted((want - have).elements(), key=repr),
        sorted((have - want).elements(), key=repr),
    )
    return f"first row only here {missing[:1]}, first only there {extra[:1]}"


def quiet(server: Virtuoso, limit: float, step: float = 2.0) -> float:
    """Wait until ``server`` stops working (under 0.1 s of CPU a second: a query whose
    client was stopped runs on), at most ``limit`` seconds; the seconds waited."""
    began = time.perf_counter()
    while time.perf_counter() - began < limit:
        before = server.cpu_seconds()
        time.sleep(step)
        if server.cpu_seconds() - before < 0.1 * step:
            break
    return time.perf_counter() - began


def _cell(outcome: Any) -> str:
    """Milliseconds of a measurement, or why there are none."""
    if isinstance(outcome, Stopped | Failed):
        return over_budget(outcome)
    seconds, _, runs, _ = outcome
    return f"{seconds * 1000:,.0f}" + ("" if runs > 1 else " (one run)")


def virtuoso_lines(store: GraphStore, person: str, work: Path, budget: float | None) -> list[str]:
    """``store`` pushed to a Virtuoso started for the run, then every named query on both,
    each run within ``budget`` seconds (a query past it is shown stopped); a line saying
    why not when Virtuoso is not installed."""
    if shutil.which(SERVER) is None:
        return [f"Virtuoso: not measured ({SERVER} is not installed)."]
    os.environ[TIMEOUT_ENV] = VIRTUOSO_TIMEOUT
    server = Virtuoso.start(work / "virtuoso")
    try:
        endpoint = (server.query_url, server.update_url, server.user, server.password)
        remote = SparqlEndpointStore(*endpoint)
        pushed, graphs = timed(lambda: copy_graphs(store, remote, batch=PUSH_BATCH, workers=2))
        progress("push to Virtuoso", pushed)
        folder = store.folder()
        assert folder is not None, "the bench measures a store on disk"
        stores = Stores(store=folder, endpoint=endpoint)
        with Worker(stores, budget) as worker:
            table, over, differing, waits = _compared(worker, server, person, budget)
        lines = [
            f"Virtuoso 7 (Debian's, packaged settings, started for the run): `igfgraph push` "
            f"of the store's {graphs:,} graphs in {pushed:.1f} s. Every named and internal "
            "query, the best of two runs on each (one when a run takes over half the "
            f"budget of {budget:g} s a measurement):",
            "",
            "| query | embedded (ms) | Virtuoso (ms) | ratio | rows | same rows |",
            "|---|---:|---:|---:|---:|---|",
            *table,
            "",
            f"Past {ENGINE_RATIO_TARGET:.0f}x the embedded store (issue 18's target): "
            f"{', '.join(over) or 'none'}. Virtuoso's memory after the queries: "
            f"{server.memory_mb():,.0f} MB.",
            *(f"- rows differ, {line}" for line in differing),
            *waits,
        ]
        return lines
    finally:
        server.stop()


def _compared(
    worker: Worker, server: Virtuoso, person: str, budget: float | None
) -> tuple[list[str], list[str], list[str], list[str]]:
    """Every query and run on both engines: the table's lines, the labels past the
    ratio target or stopped on Virtuoso, the differing rows, and how long the server
    worked on after each query stopped on it."""
    table, over, differing, waits = [], [], [], []
    for name, query in sorted(QUERIES.items()):
        for params in query_runs(query, person):
            label = f"{name} (one person)" if params else name
            here = worker.run(query_time, "embedded", name, params, 2, label)
            there = worker.run(query_time, "remote", name, params, 2, label)
            if isinstance(there, Stopped):
                waited = quiet(server, budget or 60)
                waits.append(
                    f"- {label}: stopped on Virtuoso; the server went on with it for "
                    f"{waited:.0f} s more before the next query"
                    + (" (still busy then)" if waited >= (budget or 60) else "")
                )
            done = not isinstance(here, Stopped | Failed)
            if done and not isinstance(there, Stopped | Failed):
                ratio = there[0] / here[0] if here[0] else float("inf")
                ratio_cell = f"{ratio:.1f}x"
                same = "not compared" if there[3] is None else ("NO" if there[3] else "yes")
                if ratio > ENGINE_RATIO_TARGET:
                    over.append(label)
                if there[3]:
                    differing.append(f"{label}: {there[3]}")
            else:
                ratio_cell, same = "", "not compared"
                if done:
                    over.append(
                        f"{label} ({'stopped' if isinstance(there, Stopped) else 'failed'})"
                    )
            rows = f"{here[1]:,}" if done else ""
            table.append(
                f"| {label} | {_cell(here)} | {_cell(there)} | {ratio_cell} | {rows} | {same} |"
            )
    return table, over, differing, waits
