"""Store and query benchmark: embedded Oxigraph against rdflib's memory store, the
co-speaker counts computed directly with a scipy sparse product as the floor, the
ingest against its own floor, every picture, and Virtuoso (``bench/bench_engines.py``).

One process, one generated corpus::

    python -m bench.bench_store --reports 10000 --baseline-reports 1000

Every query is timed on the full corpus in the embedded store; the rdflib ratios are
measured on the first ``--baseline-reports`` reports, loaded into both stores (rdflib's
engine takes minutes per query on 10,000 reports). The same store is then pushed to a
Virtuoso started for the run and every named query timed on both (``--no-virtuoso``
leaves that out). Results replace the "Store and queries, N reports" section of
``bench/RESULTS.md`` (one section a corpus size).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyoxigraph as ox
import scipy.sparse as sp

from bench.bench_engines import engine, picture_lines, reading_floor, virtuoso_lines
from bench.budget import Failed, Stopped, Stores, Worker, over_budget, progress
from bench.generate import write_corpus
from bench.timing import timed
from igfgraph.ingest import ingest, load_reports
from igfgraph.model import SPEAKING_ROLES
from igfgraph.pictures.named import picture_graph
from igfgraph.pictures.render import write_picture
from igfgraph.queries import load_query, run_query
from igfgraph.store import GraphStore, OxigraphStore, open_store
from igfgraph.vocab import IGF

RESULTS = Path(__file__).with_name("RESULTS.md")
SECTION = "## Store and queries"
DEFAULT_BUDGET = 120.0
"""Seconds a query or picture may take in ``make bench`` before it is stopped."""


def section(reports: int) -> str:
    """The heading of the results section of a corpus of ``reports``."""
    return f"{SECTION}, {reports:,} reports"


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder``."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def peak_memory_mb() -> float:
    """Peak resident memory of this process and of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def busiest_person(files: list[Path]) -> str:
    """The name written most often in the corpus's chair lines (a heavy-tail person)."""
    chairs = Counter(
        re.search(r"- Chair/Moderator: ([^,\n]+)", path.read_text()).group(1) for path in files
    )
    return chairs.most_common(1)[0][0]


def sparql_query(store: GraphStore, name: str, params: dict[str, str] | None = None) -> list:
    """A named query's SPARQL as written (no sparse products), joined and ordered by its
    header."""
    query = load_query(name)
    return query.finished(store.select(query.text, query.bindings(params or {})))


MEASURED = {
    "who_spoke_with_whom (one person)": ("who_spoke_with_whom", True),
    "co-speaker network (who_spoke_with_whom, all)": ("who_spoke_with_whom", False),
    "organisation_ties": ("organisation_ties", False),
    "civil_society_map": ("civil_society_map", False),
}
"""The measured queries: label -> (query, whether it is asked for one person)."""
PLAIN = {"who_spoke_with_whom"}
"""The measured queries whose SPARQL the baseline runs as written (the others run as
igfgraph runs them)."""


def measured_time(
    stores: Stores, which: str, label: str, person: str, plain: bool = False, repeat: int = 2
) -> tuple[float, int, int]:
    """In a worker: the best of up to ``repeat`` runs of the measured query ``label`` on
    engine ``which``, its rows and runs; ``plain``: the query's SPARQL only (as a plain
    rdflib setup would run it: the baseline)."""
    name, one = MEASURED[label]
    params = {"person": person} if one else {}
    store = engine(stores, which)
    run_it = sparql_query if plain and name in PLAIN else run_query
    seconds, rows, runs = stores.timed(lambda: run_it(store, name, params), repeat)
    return seconds, len(rows), runs


def page_time(stores: Stores, name: str, page: Path) -> float:
    """In a worker: seconds to build picture ``name`` and write its page."""
    store = stores.embedded()
    return timed(lambda: write_picture(picture_graph(store, name)[1], page, title=name))[0]


def pair_count(rows: list[int], cols: list[int]) -> int:
    """How many ordered pairs of people shared a session: the off-diagonal of P @ P.T."""
    incidence = sp.csr_matrix(
        (np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(max(rows) + 1, max(cols) + 1)
    )
    shared = (incidence @ incidence.T).tocoo()
    return int((shared.row != shared.col).sum())


def scipy_floor(files: list[Path]) -> tuple[float, int]:
    """Co-speaker pair counts as a sparse product of the person-by-session matrix, the
    matrix built beforehand from the parsed reports (not timed)."""
    sessions = [
        {m.name for m in report.people if m.role in SPEAKING_ROLES}
        for path in files
        for report in load_reports(path)
    ]
    index: dict[str, int] = {}
    rows = [index.setdefault(name, len(index)) for people in sessions for name in people]
    cols = [number for number, people in enumerate(sessions) for _ in people]
    return timed(lambda: pair_count(rows, cols), repeat=3)


def store_floor(store: OxigraphStore) -> tuple[float, int]:
    """The same pair counts read from the store: every igf:spokeAt quad of the default
    graph (the cheapest read Oxigraph offers, no SPARQL), then the same product."""
    spoke_at = ox.NamedNode(str(IGF.spokeAt))

    def read_and_count() -> int:
        people: dict[str, int] = {}
        sessions: dict[str, int] = {}
        rows, cols = [], []
        for quad in store._store.quads_for_pattern(None, spoke_at, None, ox.DefaultGraph()):
            rows.append(people.setdefault(quad.subject.value, len(people)))
            cols.append(sessions.setdefault(quad.object.value, len(sessions)))
        return pair_count(rows, cols)

    return timed(read_and_count, repeat=2)


def run(
    reports: int,
    baseline_reports: int,
    work: Path,
    virtuoso: bool = True,
    budget: float | None = None,
) -> list[str]:
    """Run everything, each query and picture within ``budget`` seconds (one run when a
    run takes over half of it; stopped past it, and shown so); the lines of the results
    section."""
    files = write_corpus(work / "corpus", reports)
    store_path = work / "store"
    lines: list[str] = []
    with OxigraphStore(store_path) as store:
        ingest_seconds, summary = timed(lambda: ingest(store, files))
        progress("ingest, first import", ingest_seconds)
        ingest_memory = peak_memory_mb()
        floor = reading_floor(files)
        progress("floor of the ingest", floor)
        size_mb = folder_size(store_path) / 1e6
        person = busiest_person(files)
        lines += [
            f"Corpus: {reports:,} generated reports (bench/generate.py), "
            f"{summary.triples:,} triples, {len(summary.ingested):,} graphs. Each query and "
            f"picture runs in a worker process within a budget of "
            f"{'no limit' if budget is None else f'{budget:g} s'}.",
            "",
            "| measure | embedded Oxigraph |",
            "|---|---|",
            f"| ingest, first import (bulk: {summary.bulk}) | {ingest_seconds:.1f} s "
            f"({reports / ingest_seconds:,.0f} reports/s) |",
            f"| floor of the ingest: reading, parsing and resolving the same files, "
            f"{os.cpu_count()} processes | {floor:.1f} s (ingest / floor: "
            f"{ingest_seconds / floor:.1f}x) |",
            f"| peak memory of the ingest (this process + largest worker) | "
            f"{ingest_memory:,.0f} MB |",
            f"| store size on disk | {size_mb:,.0f} MB |",
        ]
        again, _ = timed(lambda: ingest(store, files))
        progress("ingest again", again)
        lines.append(f"| ingest again, every file unchanged | {again:.1f} s |")
        full: dict[str, Any] = {}
        with Worker(Stores(store=store_path), budget) as worker:
            for label in MEASURED:
                full[label] = outcome = worker.run(measured_time, "embedded", label, person)
                lines.append(f"| {label} | {_query_cell(outcome)} |")
            outcome = worker.run(page_time, "org-ties", work / "org-ties.html")
            cell = f"{outcome:.1f} s" if isinstance(outcome, float) else over_budget(outcome)
            lines.append(f"| picture: org-ties page (built and written) | {cell} |")
            read_floor, read_pairs = store_floor(store)
            pictures = picture_lines(worker)
        engines = virtuoso_lines(store, person, work, budget) if virtuoso else []
    product, pairs = scipy_floor(files)
    network = full["co-speaker network (who_spoke_with_whom, all)"]
    lines += [
        f"| scipy floor: pair counts from a matrix in memory ({pairs:,} pairs) | "
        f"{product * 1000:.0f} ms |",
        f"| scipy floor: spokeAt quads read from the store, then the product "
        f"({read_pairs:,} pairs) | {read_floor * 1000:.0f} ms |",
        f"| co-speaker network / floor in memory | {_ratio(network, product)} |",
        f"| co-speaker network / floor read from the store | {_ratio(network, read_floor)} |",
        f"| peak memory of the whole run (queries included) | {peak_memory_mb():,.0f} MB |",
    ]
    lines += ["", *baseline(files[:baseline_reports], person, work, budget)]
    lines += ["", "Pictures built from the same store (queries, graph, metrics):", "", *pictures]
    return lines + (["", *engines] if engines else [])


def _query_cell(outcome: Any) -> str:
    """A measured query's time and rows, or why there are none."""
    if isinstance(outcome, Stopped | Failed):
        return over_budget(outcome)
    seconds, rows, runs = outcome
    return f"{seconds * 1000:,.0f} ms ({rows:,} rows{'' if runs > 1 else ', one run'})"


def _ratio(outcome: Any, floor: float) -> str:
    """A measured query's time over ``floor``, or why there is none."""
    if isinstance(outcome, Stopped | Failed):
        return f"not measured: the network was {over_budget(outcome)}"
    return f"{outcome[0] / floor:.1f}x"


def baseline(files: list[Path], person: str, work: Path, budget: float | None) -> list[str]:
    """The same operations on rdflib's memory store and Oxigraph, on ``files`` only, each
    query within ``budget`` seconds."""
    lines = [
        f"Against rdflib's memory store, on the first {len(files):,} reports:",
        "",
        "| measure | rdflib memory (the queries' SPARQL) | igfgraph, embedded Oxigraph | "
        "speed-up |",
        "|---|---|---|---|",
    ]
    subset = work / "subset"
    with open_store("rdflib-memory:") as rdflib_store, open_store(subset) as oxigraph:
        slow, _ = timed(lambda: ingest(rdflib_store, files, workers=1))
        fast, _ = timed(lambda: ingest(oxigraph, files, workers=1))
    lines.append(f"| ingest | {slow:.1f} s | {fast:.1f} s | {slow / fast:.1f}x |")
    with Worker(Stores(store=subset, rdflib_files=files), budget) as worker:
        for label in MEASURED:
            slow = worker.run(measured_time, "rdflib", label, person, True, 1)
            fast = worker.run(measured_time, "embedded", label, person)
            if isinstance(slow, Stopped | Failed) or isinstance(fast, Stopped | Failed):
                ratio = "not measured"
            else:
                check = "" if slow[1] == fast[1] else " (row counts differ!)"
                ratio = f"{slow[0] / fast[0]:.0f}x{check}"
            times = f"{_milliseconds(slow)} | {_milliseconds(fast)}"
            lines.append(f"| {label} | {times} | {ratio} |")
    return lines


def _milliseconds(outcome: Any) -> str:
    """A measured query's time, or why there is none."""
    if isinstance(outcome, Stopped | Failed):
        return over_budget(outcome)
    return f"{outcome[0] * 1000:,.0f} ms"


def machine() -> str:
    """The machine, in one line."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"{memory:.0f} GB, Python {platform.python_version()}, {platform.system()}"
    )


def write_section(results: Path, section: str, lines: list[str], command: str) -> None:
    """Replace (or add) the section headed ``section`` of ``results``."""
    text = results.read_text() if results.exists() else "# Benchmarks\n"
    body = "\n".join([section, "", f"`{command}` on {machine()}.", "", *lines, ""])
    pattern = re.compile(rf"^{re.escape(section)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    text = pattern.sub(body + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + body
    results.write_text(text)


def record(results: Path, section: str, command: str, measure: Callable[[Path], list[str]]) -> None:
    """Run ``measure`` in a temporary folder, put its lines in ``section`` of ``results``
    (with ``command``) and print them."""
    with tempfile.TemporaryDirectory(prefix="igfgraph-bench-") as work:
        lines = measure(Path(work))
    write_section(results, section, lines, command)
    print("\n".join(lines))


def main() -> None:
    """Command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--baseline-reports", type=int, default=1_000)
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument(
        "--budget",
        type=float,
        default=DEFAULT_BUDGET,
        metavar="SECONDS",
        help="seconds each query or picture may take before it is stopped (and shown so)",
    )
    parser.add_argument(
        "--no-virtuoso", action="store_true", help="leave out the push to Virtuoso and its queries"
    )
    args = parser.parse_args()
    command = f"python -m bench.bench_store --reports {args.reports}"
    command += f" --baseline-reports {args.baseline_reports}"
    command += f" --budget {args.budget:g}"
    command += " --no-virtuoso" if args.no_virtuoso else ""
    record(
        args.results,
        section(args.reports),
        command,
        lambda work: run(
            args.reports, args.baseline_reports, work, not args.no_virtuoso, args.budget
        ),
    )


if __name__ == "__main__":
    main()
