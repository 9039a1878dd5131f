"""How fast pictures are built and become interactive, for 500 and 5,000 nodes.

For each size: a seeded random network of people (4 edges per node, stakeholder groups,
years and roles as the co-speaker picture carries them); the time to build the HTML
page (metrics, communities and layout included), its size, and in headless Chromium the
time until the page is drawn (``body[data-ready]``) and until a search selects a node.
The layout is also timed against ``nx.spring_layout`` on the same 500-node graph (a
ratio in the same process). The table is printed and written to bench/RESULTS.md under
"## Pictures". Run: ``make bench-viz`` or ``python bench/bench_viz.py``.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright

from igfgraph.pictures.layout import layout
from igfgraph.pictures.render import GROUP_COLOURS, render_html

RESULTS = Path(__file__).with_name("RESULTS.md")
SIZES = (500, 5_000)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def people_network(nodes: int, seed: int = 1) -> nx.Graph:
    """``nodes`` people, ``4 * nodes`` ties, with groups, years and roles."""
    rng = random.Random(seed)
    graph = nx.gnm_random_graph(nodes, 4 * nodes, seed=seed)
    groups = list(GROUP_COLOURS)
    for node in graph:
        graph.nodes[node].update(
            label=f"Person {node}",
            stakeholder_group=rng.choice(groups),
            years=str(rng.randint(2015, 2024)),
            roles=rng.choice(["speaker", "moderator", "speaker; moderator"]),
        )
    for u, v in graph.edges():
        graph.edges[u, v]["weight"] = rng.randint(1, 3)
    return graph


def measure(browser: object, nodes: int, folder: Path) -> dict[str, float]:
    graph = people_network(nodes)
    start = time.perf_counter()
    page_text = render_html(graph, title=f"{nodes} people")
    built = time.perf_counter() - start
    path = folder / f"bench-{nodes}.html"
    path.write_text(page_text, encoding="utf-8")
    page = browser.new_page()
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector('body[data-ready="true"]', timeout=120_000)
    ready = time.perf_counter() - start
    start = time.perf_counter()
    page.fill("#search", f"person {nodes - 1}")
    page.wait_for_function(f"network.getSelectedNodes()[0] === '{nodes - 1}'")
    searched = time.perf_counter() - start
    page.close()
    return {
        "nodes": nodes,
        "edges": graph.number_of_edges(),
        "build": built,
        "size": path.stat().st_size / 1e6,
        "ready": ready,
        "search": searched,
    }


def layout_ratio() -> tuple[float, float]:
    graph = people_network(500)
    start = time.perf_counter()
    layout(graph)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    nx.spring_layout(graph, seed=42)
    spring = time.perf_counter() - start
    return ours, spring


def main() -> None:
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        rows = [measure(browser, nodes, Path(folder)) for nodes in SIZES]
        browser.close()
    ours, spring = layout_ratio()
    lines = [
        "## Pictures",
        "",
        "`make bench-viz` (bench/bench_viz.py): a seeded random network with 4 ties per",
        "node; build = `render_html` (metrics, Louvain communities and layout included);",
        "interactive = headless Chromium from navigation to the first drawing; search = typing",
        "a name until the node is selected.",
        "",
        "| nodes | edges | build (s) | HTML (MB) | interactive (s) | search (s) |",
        "|---:|---:|---:|---:|---:|---:|",
        *(
            f"| {r['nodes']:,} | {r['edges']:,} | {r['build']:.1f} | {r['size']:.1f} "
            f"| {r['ready']:.1f} | {r['search']:.2f} |"
            for r in rows
        ),
        "",
        f"Layout of the 500-node network: `igfgraph.pictures.layout.layout` {ours:.2f} s, "
        f"`nx.spring_layout` {spring:.2f} s ({spring / ours:.0f}x slower).",
        "",
    ]
    section = "\n".join(lines)
    print(section)
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmarks\n\n"
    pattern = re.compile(r"^## Pictures\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
