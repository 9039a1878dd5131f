"""Large pictures and pictures of one person, from a store of generated reports.

For the store given (``python -m bench.generate FOLDER --reports N`` then ``igfgraph
ingest FOLDER --store STORE``): the time ``picture_graph`` takes to build the ego picture
of the person with the most co-speakers (depth 1), a median one and one with the fewest
(depths 1 and 2), and how much of it its queries take (the rest builds and measures the
graph); with
``--all``, the co-speaker picture too, its WebGL page (build time, size), and in headless
Chromium the time to the first drawing and the frame times while the view is dragged,
each beside the same figures for the smallest WebGL page (the floor).
``--reports N`` first generates N reports and ingests them (into STORE, or a temporary
folder), then measures the co-speaker picture only (the ego pictures too with ``--all``).
Prints a Markdown section. Run::

    python -m bench.bench_large STORE [--all]
    python -m bench.bench_large --reports 10000
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import networkx as nx

from bench.bench_engines import people_by_partners
from bench.bench_viz import CHROMIUM_ARGS
from bench.generate import write_corpus
from igfgraph.ingest import ingest
from igfgraph.pictures import named
from igfgraph.pictures.large import LARGE_NODE_LIMIT
from igfgraph.pictures.measures import add_metrics
from igfgraph.pictures.named import _annotated, picture_graph
from igfgraph.pictures.render import write_html
from igfgraph.queries import run_query
from igfgraph.store import GraphStore, open_store

DRAG_STEPS = 60
QUERY_FUNCTIONS = ("known_value", "run_query", "run_query_for")
"""What igfgraph.pictures.named calls to query the store."""


@contextmanager
def query_clock() -> Iterator[list[float]]:
    """While the block runs, the seconds spent in :data:`QUERY_FUNCTIONS` of
    igfgraph.pictures.named, added up in the one-item list it gives."""
    spent = [0.0]
    originals = {name: getattr(named, name) for name in QUERY_FUNCTIONS}

    def timed(function: Callable[..., object]) -> Callable[..., object]:
        def run(*args: object, **kwargs: object) -> object:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - start

        return run

    try:
        for name, function in originals.items():
            setattr(named, name, timed(function))
        yield spent
    finally:
        for name, function in originals.items():
            setattr(named, name, function)


def ego_times(store: GraphStore) -> list[str]:
    """Rows of the ego table: the busiest, a median and the quietest speaker."""
    partners = dict(people_by_partners(store))
    ranked = list(partners)
    lines = []
    median = ranked[len(ranked) // 2]
    start = time.perf_counter()
    picture_graph(store, "ego", {"person": median})
    now = time.perf_counter() - start
    before = whole_store_ego(store, median)
    print(
        f"Median person, depth 1: {now:.2f} s from the person, {before:.2f} s from the whole "
        f"store as before ({before / now:.1f}x), same run.",
        flush=True,
    )
    for which, name in (
        ("most", ranked[0]),
        ("median", ranked[len(ranked) // 2]),
        ("fewest", ranked[-1]),
    ):
        for depth in ("1",) if which == "most" else ("1", "2"):
            with query_clock() as spent:
                start = time.perf_counter()
                _, graph = picture_graph(store, "ego", {"person": name, "depth": depth})
                took = time.perf_counter() - start
            lines.append(
                f"| {which} co-speakers ({partners[name]}) | {depth} | {graph.number_of_nodes():,} "
                f"| {graph.number_of_edges():,} | {took:.2f} | {spent[0]:.2f} |"
            )
            print(lines[-1], flush=True)
    return lines


def whole_store_ego(store: GraphStore, name: str) -> float:
    """Seconds the ego picture took before it started from the person: everyone's
    who-spoke-with-whom, then people, participations and topics of the whole store."""
    start = time.perf_counter()
    pairs = run_query(store, "who_spoke_with_whom")
    egos = {row["person_iri"] for row in pairs if row["person"] == name}
    members = egos | {row["partner_iri"] for row in pairs if row["person_iri"] in egos}
    add_metrics(
        _annotated(
            store, [r for r in pairs if r["person_iri"] in members and r["partner_iri"] in members]
        )
    )
    return time.perf_counter() - start


@dataclass(frozen=True)
class BrowserFigures:
    """A page in headless Chromium: seconds to the first drawing, frame gaps while the
    view is dragged (median and 95th percentile, ms) and the page's JavaScript heap (MB)."""

    ready: float
    median: float
    slow: float
    heap: float


def browser_figures(path: Path) -> BrowserFigures:
    """:class:`BrowserFigures` of the WebGL page at ``path``, dragged across its picture."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        start = time.perf_counter()
        page.goto(path.as_uri(), timeout=600_000)
        page.wait_for_selector('body[data-ready="true"]', timeout=600_000)
        ready = time.perf_counter() - start
        page.evaluate(
            "window.frames_ = [];renderer.on('afterRender', () => frames_.push(performance.now()));"
        )
        box = page.locator("#network").bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        page.mouse.move(x, y)
        page.mouse.down()
        for step in range(DRAG_STEPS):
            page.mouse.move(x + 4 * step, y + 2 * step)
            page.wait_for_timeout(16)
        page.mouse.up()
        page.wait_for_timeout(300)
        stamps = page.evaluate("frames_")
        heap = page.evaluate("performance.memory.usedJSHeapSize") / 1e6
        browser.close()
    gaps = [b - a for a, b in pairwise(stamps)] or [float("nan")]
    gaps.sort()
    return BrowserFigures(ready, statistics.median(gaps), gaps[int(0.95 * (len(gaps) - 1))], heap)


def co_speaker_figures(store: GraphStore) -> list[str]:
    """Lines of the co-speaker table: the whole network's WebGL page, built, written and
    opened, and the floor (a path of ``LARGE_NODE_LIMIT + 1`` nodes) in the same run."""
    start = time.perf_counter()
    title, graph = picture_graph(store, "co-speakers")
    built = time.perf_counter() - start
    print(
        f"graph: {len(graph):,} nodes, {graph.number_of_edges():,} edges, {built:.1f} s", flush=True
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "co-speakers.html"
        start = time.perf_counter()
        write_html(graph, path, title=title)
        page = time.perf_counter() - start
        size = path.stat().st_size / 1e6
        print(f"page: {page:.1f} s, {size:.1f} MB", flush=True)
        drawn = browser_figures(path)
        floor_path = Path(folder) / "path.html"
        write_html(nx.path_graph(LARGE_NODE_LIMIT + 1), floor_path, title="floor")
        floor = browser_figures(floor_path)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    return [
        "| co-speakers | nodes | edges | graph (s) | page (s) | HTML (MB) "
        "| first drawing (s) | frame while dragging, median / p95 (ms) | JS heap (MB) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| WebGL page | {graph.number_of_nodes():,} | {graph.number_of_edges():,} "
        f"| {built:.1f} | {page:.1f} | {size:.1f} | {drawn.ready:.1f} "
        f"| {drawn.median:.0f} / {drawn.slow:.0f} | {drawn.heap:.0f} |",
        f"| floor: path of {LARGE_NODE_LIMIT + 1:,} nodes | {LARGE_NODE_LIMIT + 1:,} "
        f"| {LARGE_NODE_LIMIT:,} | | | | {floor.ready:.1f} | {floor.median:.0f} / {floor.slow:.0f} "
        f"| {floor.heap:.0f} |",
        "",
        f"Ratios to the floor, same run: first drawing {drawn.ready / floor.ready:.1f}x, "
        f"median frame {drawn.median / floor.median:.1f}x, p95 frame "
        f"{drawn.slow / floor.slow:.1f}x. Peak memory of the Python process "
        f"{peak:,.0f} MB.",
    ]


def generated_store(reports: int, store: str | None, folder: Path) -> str:
    """``reports`` generated reports ingested into ``store`` (else a folder in
    ``folder``); the store's location."""
    location = store or str(folder / "store")
    start = time.perf_counter()
    files = write_corpus(folder / "corpus", reports)
    with open_store(location) as opened:
        result = ingest(opened, files)
    took = time.perf_counter() - start
    print(f"{reports:,} reports generated and ingested in {took:.0f} s", flush=True)
    if result.failed:
        raise SystemExit(f"{len(result.failed)} reports failed to ingest")
    return location


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", nargs="?", help="a store folder (required without --reports)")
    parser.add_argument("--all", action="store_true", help="the co-speaker picture too")
    parser.add_argument(
        "--reports",
        type=int,
        help="generate this many reports and ingest them first; co-speaker picture only",
    )
    args = parser.parse_args()
    if args.store is None and args.reports is None:
        parser.error("give a STORE, or --reports N")
    command = " ".join(
        ["python -m bench.bench_large"]
        + ([args.store] if args.store else [])
        + (["--all"] if args.all else [])
        + ([f"--reports {args.reports}"] if args.reports else [])
    )
    lines = [f"`{command}`", ""]
    with tempfile.TemporaryDirectory() as folder:
        location = args.store
        if args.reports:
            location = generated_store(args.reports, args.store, Path(folder))
        with open_store(location, read_only=True) as store:
            if args.all or not args.reports:
                lines += [
                    "| person | depth | nodes | edges | ego picture (s) | of which queries (s) |",
                    "|---|---:|---:|---:|---:|---:|",
                ]
                lines += ego_times(store)
                lines.append("")
            if args.all or args.reports:
                lines += co_speaker_figures(store)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
