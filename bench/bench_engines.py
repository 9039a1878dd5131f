"""The parts of ``make bench`` beyond the embedded store: the floor of an ingest (reading,
parsing and resolving the same files on the same cores), every picture built from the
store, and Virtuoso (the store pushed to a server started for the run, then every named
query on both). ``bench/bench_store.py`` calls them on its corpus, in its run.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from bench.timing import timed
from igfgraph.cli import PUSH_BATCH
from igfgraph.ingest import load_reports
from igfgraph.pictures.named import PICTURES, picture_graph
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


def _built(store: GraphStore, name: str, params: dict[str, str]) -> tuple[float, int, int]:
    seconds, (_, graph) = timed(lambda: picture_graph(store, name, params))
    return seconds, graph.number_of_nodes(), graph.number_of_edges()


def picture_lines(store: GraphStore) -> list[str]:
    """A table of the time each picture takes to build from ``store`` (queries, graph,
    metrics; not the page), ego pictures for the busiest, a median and the quietest
    speaker, each against its target."""
    ranked = people_by_partners(store)
    egos = {
        "most": ranked[0],
        "median": ranked[len(ranked) // 2],
        "fewest": ranked[-1],
    }
    lines = [
        "| picture | nodes | edges | build (s) | target |",
        "|---|---:|---:|---:|---|",
    ]
    for name in PICTURES:
        if name == "ego":
            for which, (person, partners) in egos.items():
                seconds, nodes, edges = _built(store, name, {"person": person})
                met = "met" if seconds < EGO_TARGET else "not met"
                lines.append(
                    f"| ego of the {which} co-speakers ({partners:,}) | {nodes:,} | {edges:,} "
                    f"| {seconds:.2f} | < {EGO_TARGET} s: {met} |"
                )
            continue
        seconds, nodes, edges = _built(store, name, {})
        met = "met" if seconds < PICTURE_TARGET else "not met"
        lines.append(
            f"| {name} | {nodes:,} | {edges:,} | {seconds:.2f} | < {PICTURE_TARGET:.0f} s: {met} |"
        )
    return lines


def _timed_rows(store: GraphStore, query: NamedQuery, params: dict[str, str]) -> tuple[float, list]:
    """The best of two runs (the first warms the engine's caches) and the rows."""
    return timed(lambda: run_query(store, query, params), repeat=2)


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


def compared_queries(
    embedded: GraphStore, server: GraphStore, person: str
) -> Iterator[tuple[str, float, float, int, str]]:
    """Every query and run: (label, seconds embedded, seconds on ``server``, rows, how the
    rows differ ("" when they are the same))."""
    for name, query in sorted(QUERIES.items()):
        for params in query_runs(query, person):
            here, expected = _timed_rows(embedded, query, params)
            there, got = _timed_rows(server, query, params)
            label = f"{name} (one person)" if params else name
            yield label, here, there, len(expected), first_difference(expected, got)


def virtuoso_lines(store: GraphStore, person: str, work: Path) -> list[str]:
    """``store`` pushed to a Virtuoso started for the run, then every named query on both;
    a line saying why not when Virtuoso is not installed."""
    if shutil.which(SERVER) is None:
        return [f"Virtuoso: not measured ({SERVER} is not installed)."]
    os.environ[TIMEOUT_ENV] = VIRTUOSO_TIMEOUT
    server = Virtuoso.start(work / "virtuoso")
    try:
        remote = SparqlEndpointStore(
            server.query_url, server.update_url, server.user, server.password
        )
        pushed, graphs = timed(lambda: copy_graphs(store, remote, batch=PUSH_BATCH, workers=2))
        lines = [
            f"Virtuoso 7 (Debian's, packaged settings, started for the run): `igfgraph push` "
            f"of the store's {graphs:,} graphs in {pushed:.1f} s. Every named and internal "
            "query, the best of two runs on each:",
            "",
            "| query | embedded (ms) | Virtuoso (ms) | ratio | rows | same rows |",
            "|---|---:|---:|---:|---:|---|",
        ]
        over, differing = [], []
        for label, here, there, rows, difference in compared_queries(store, remote, person):
            ratio = there / here if here else float("inf")
            if ratio > ENGINE_RATIO_TARGET:
                over.append(label)
            if difference:
                differing.append(f"{label}: {difference}")
            lines.append(
                f"| {label} | {here * 1000:,.0f} | {there * 1000:,.0f} | {ratio:.1f}x "
                f"| {rows:,} | {'NO' if difference else 'yes'} |"
            )
        lines += [
            "",
            f"Past {ENGINE_RATIO_TARGET:.0f}x the embedded store (issue 18's target): "
            f"{', '.join(over) or 'none'}. Virtuoso's memory after the queries: "
            f"{server.memory_mb():,.0f} MB.",
            *(f"- rows differ, {line}" for line in differing),
        ]
        return lines
    finally:
        server.stop()
