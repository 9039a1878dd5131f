"""Large pictures and pictures of one person, from a store of generated reports.

For the store given (``python -m bench.generate FOLDER --reports N`` then ``igfgraph
ingest FOLDER --store STORE``): the time ``picture_graph`` takes to build the ego picture
of the person with the most co-speakers (depth 1), a median one and one with the fewest
(depths 1 and 2); with
``--all``, the co-speaker picture too, its WebGL page (build time, size), and in headless
Chromium the time to the first drawing and the frame times while the view is dragged.
Prints a Markdown section. Run::

    python -m bench.bench_large STORE [--all]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path

import networkx as nx

from bench.bench_viz import CHROMIUM_ARGS
from igfgraph.pictures.large import LARGE_NODE_LIMIT
from igfgraph.pictures.measures import add_metrics
from igfgraph.pictures.named import _annotated, picture_graph
from igfgraph.pictures.render import write_html
from igfgraph.queries import run_query
from igfgraph.store import GraphStore, open_store

DRAG_STEPS = 60


def ego_times(store: GraphStore) -> list[str]:
    """Rows of the ego table: the busiest, a median and the quietest speaker."""
    partners = Counter(row["person"] for row in run_query(store, "who_spoke_with_whom"))
    ranked = [name for name, _ in partners.most_common()]
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
            start = time.perf_counter()
            _, graph = picture_graph(store, "ego", {"person": name, "depth": depth})
            took = time.perf_counter() - start
            lines.append(
                f"| {which} co-speakers ({partners[name]}) | {depth} | {graph.number_of_nodes():,} "
                f"| {graph.number_of_edges():,} | {took:.2f} |"
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


def browser_figures(path: Path) -> tuple[float, float, float]:
    """Seconds to the first drawing, and the median and 95th-percentile frame times (ms)
    while the view is dragged across the picture."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector('body[data-ready="true"]', timeout=300_000)
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
        browser.close()
    gaps = [b - a for a, b in pairwise(stamps)] or [float("nan")]
    gaps.sort()
    return ready, statistics.median(gaps), gaps[int(0.95 * (len(gaps) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store")
    parser.add_argument("--all", action="store_true", help="the co-speaker picture too")
    args = parser.parse_args()
    lines = [f"`python -m bench.bench_large {args.store}{' --all' if args.all else ''}`", ""]
    with open_store(args.store, read_only=True) as store:
        lines += [
            "| person | depth | nodes | edges | ego picture (s) |",
            "|---|---:|---:|---:|---:|",
        ]
        lines += ego_times(store)
        if args.all:
            start = time.perf_counter()
            title, graph = picture_graph(store, "co-speakers")
            built = time.perf_counter() - start
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "co-speakers.html"
                start = time.perf_counter()
                write_html(graph, path, title=title)
                page = time.perf_counter() - start
                size = path.stat().st_size / 1e6
                ready, median, slow = browser_figures(path)
                floor_path = Path(folder) / "path.html"
                write_html(nx.path_graph(LARGE_NODE_LIMIT + 1), floor_path, title="floor")
                _, floor, _ = browser_figures(floor_path)
            lines += [
                "",
                "| co-speakers | nodes | edges | graph (s) | page (s) | HTML (MB) "
                "| first drawing (s) | frame while dragging, median / p95 (ms) |",
                "|---|---:|---:|---:|---:|---:|---:|---:|",
                f"| WebGL page | {graph.number_of_nodes():,} | {graph.number_of_edges():,} "
                f"| {built:.1f} | {page:.1f} | {size:.1f} | {ready:.1f} "
                f"| {median:.0f} / {slow:.0f} |",
                "",
                f"Floor: the same drag over a path of {LARGE_NODE_LIMIT + 1:,} nodes (the "
                f"smallest WebGL page), median frame {floor:.0f} ms, same run.",
            ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
