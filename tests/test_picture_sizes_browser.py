"""Every picture at three sizes in Debian's chromium, screenshot and checked for what a
reader needs: the seed (small), the development corpus (medium) and 2,000 generated
reports (large, where co-speakers and person-org pass the WebGL page's limit). Each page
draws every node and tie of its graph, node kinds in shapes and colours of their own,
the ego at the centre, no console error, no request leaving the page.

Screenshots go to ``$IGFGRAPH_SCREENSHOTS`` when set (else a temporary folder)."""

from __future__ import annotations

import os
from collections import Counter
from itertools import combinations
from pathlib import Path

import matplotlib.image
import numpy as np
import pytest
from test_viz_browser import Opened, browser, open_file, open_graph  # noqa: F401

from igfgraph.ingest import collect_files, ingest
from igfgraph.pictures.large import LARGE_NODE_LIMIT
from igfgraph.pictures.named import PICTURES, picture_graph
from igfgraph.pictures.styles import legend, node_style
from igfgraph.queries import run_query
from igfgraph.store import GraphStore, open_store

SIZES = {"small": "seed_store", "medium": "dev_store", "large": "generated_store"}
"""Each size and the fixture of its store."""
SHAPES = {"person": "dot", "organisation": "square", "session": "square", "topic": "dot"}
"""The shape a reader sees for each node kind; nodes of no kind are dots, the ego a star."""
WEBGL_SHAPES = {"dot": "circle", "square": "square"}
DRAWN_VIS = "nodes.get().map((n) => [n.id, n.shape, n.color.background])"
DRAWN_WEBGL = "graph.mapNodes((id, a) => [id, a.type, a.color])"


@pytest.fixture(scope="module")
def dev_store(SHARED: Path) -> GraphStore:
    """The development corpus (``corpus/dev`` of the shared folder) in a memory store."""
    store = open_store("memory:")
    assert ingest(store, collect_files([SHARED / "corpus" / "dev"])).failed == []
    return store


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("IGFGRAPH_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return Path(folder)
    return tmp_path_factory.mktemp("screenshots")


def median_speaker(store: GraphStore) -> str:
    """The person with the median number of co-speakers (ties broken by name)."""
    partners = Counter(row["person"] for row in run_query(store, "who_spoke_with_whom"))
    ranked = sorted(partners, key=lambda name: (-partners[name], name))
    return ranked[len(ranked) // 2]


def expected_shape(attrs: dict, webgl: bool) -> str:
    if attrs.get("ego") and not webgl:
        return "star"
    shape = SHAPES.get(attrs.get("kind"), "dot")
    return WEBGL_SHAPES[shape] if webgl else shape


def pixels(opened: Opened, path: Path) -> set[str]:
    """The colours (``#rrggbb``) of the picture's screenshot, written to ``path``."""
    opened.page.locator("#network").screenshot(path=path)
    rgb = (matplotlib.image.imread(path)[..., :3] * 255).round().astype(np.uint8)
    colours = np.unique(rgb.reshape(-1, 3), axis=0)
    return {f"#{red:02X}{green:02X}{blue:02X}" for red, green, blue in colours}


def assert_centred(opened: Opened, ego: str) -> None:
    """The ego is where the view is centred, in the middle of the canvas, and every node
    is inside the canvas."""
    box = opened.page.locator("#network canvas").bounding_box()
    at = opened.js(f"network.canvasToDOM(network.getPosition({ego!r}))")
    assert abs(at["x"] - box["width"] / 2) < 2 and abs(at["y"] - box["height"] / 2) < 2
    inside = opened.js(
        "Object.values(network.getPositions()).map((p) => network.canvasToDOM(p))"
        f".every((p) => p.x >= 0 && p.y >= 0 && p.x <= {box['width']} && p.y <= {box['height']})"
    )
    assert inside is True


@pytest.mark.browser
@pytest.mark.parametrize("name", sorted(PICTURES))
@pytest.mark.parametrize("size", list(SIZES))
def test_every_picture_at_every_size(request, open_graph, screenshots, size, name):  # noqa: F811
    store = request.getfixturevalue(SIZES[size])
    params = {"person": median_speaker(store)} if name == "ego" else {}
    title, graph = picture_graph(store, name, params)
    opened = open_graph(graph, title=title, timeout=180_000)
    webgl = graph.number_of_nodes() > LARGE_NODE_LIMIT
    assert opened.js("typeof renderer !== 'undefined'") is webgl
    if webgl:
        assert opened.js("[graph.order, graph.size]") == [len(graph), graph.number_of_edges()]
    else:
        assert opened.js("[network.body.data.nodes.length, network.body.data.edges.length]") == [
            len(graph),
            graph.number_of_edges(),
        ]
        styles = {node: node_style(attrs) for node, attrs in graph.nodes(data=True)}
        assert opened.page.inner_text("#legend").split("\n") == [
            f"{entry.name} ({entry.count})"
            for entry in legend(styles, dict(graph.nodes(data="kind")))
        ]
        assert opened.js("document.querySelectorAll('#size-by option').length") == 3
    drawn = {
        node: (shape, colour)
        for node, shape, colour in opened.js(DRAWN_WEBGL if webgl else DRAWN_VIS)
    }
    kinds = dict(graph.nodes(data="kind"))
    assert Counter((kinds[node], shape) for node, (shape, _) in drawn.items()) == Counter(
        (kinds[node], expected_shape(attrs, webgl)) for node, attrs in graph.nodes(data=True)
    )
    looks = {
        kind: {drawn[node] for node in graph if kinds[node] == kind} for kind in set(kinds.values())
    }
    for a, b in combinations(looks, 2):
        assert not looks[a] & looks[b], f"{a} and {b} nodes look the same"
    shown = pixels(opened, screenshots / f"{size}-{name}.png")
    for kind, seen in looks.items():
        assert {colour.upper() for _, colour in seen} & shown, f"no {kind} node in the picture"
    if webgl:  # the other opening view: the communities, one node each
        opened.page.select_option("#view", "communities")
        communities = set(dict(graph.nodes(data="community")).values())
        assert opened.js("shownGraph().order") == len(communities)
    egos = [node for node, ego in graph.nodes(data="ego") if ego]
    assert len(egos) == (name == "ego")
    if egos:
        assert_centred(opened, egos[0])
    assert opened.errors == [] and opened.dialogs == []
    assert opened.requests == [opened.url]
