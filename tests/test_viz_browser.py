"""The written page in Debian's chromium: it draws, searches, filters, stays offline and
shows hostile names as text. Graphs come from hand-made rows in fixtures/rows/."""

import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pytest
from conftest import SEED_PATH, rename_people

from igfgraph.errors import IgfgraphError
from igfgraph.ingest import collect_files, ingest
from igfgraph.pictures.build import co_speaker_graph, organisation_graph, person_organisation_graph
from igfgraph.pictures.named import picture_graph
from igfgraph.pictures.render import (
    PHYSICS_NODE_LIMIT,
    render_html,
    write_html,
)
from igfgraph.store import GraphStore, open_store

CHROMIUM = Path("/usr/bin/chromium")
ROWS = Path(__file__).parent / "fixtures" / "rows"
KATHY = "https://w3id.org/igfgraph/id/person/kathy-brown"
HOSTILE = (
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    'O\'Brien "the" Smith & Sons',
    "Ümit &amp;co <b>bold</b>",
)
URL = re.compile(r"https?://", re.IGNORECASE)


def rows(name: str) -> dict:
    return json.loads((ROWS / f"{name}.json").read_text(encoding="utf-8"))


def page_data(page: str) -> dict:
    """The graph data a page embeds, as its script reads it."""
    data = page.split('<script type="application/json" id="graph-data">')[1].split("</script>")[0]
    assert not set("<>&") & set(data)
    return json.loads(data)


def speakers() -> nx.Graph:
    data = rows("co_speakers")
    return co_speaker_graph(data["edges"], data["people"])


def hostile_speakers() -> nx.Graph:
    """Everyone in HOSTILE spoke with everyone else; their names fill every field."""
    iri = {name: f"urn:test:{i}" for i, name in enumerate(HOSTILE)}
    edges = [
        {
            "person": a,
            "partner": b,
            "person_iri": iri[a],
            "partner_iri": iri[b],
            "shared_sessions": 1,
            "shared_panels": 0,
        }
        for a, b in itertools.permutations(HOSTILE, 2)
    ]
    people = [
        {
            "person": name,
            "person_iri": iri[name],
            "stakeholder_group": name,
            "organisations": name,
            "roles": name,
            "sessions": name,
            "lines": name,
        }
        for name in HOSTILE
    ]
    return co_speaker_graph(edges, people)


def test_page_has_no_url_and_no_raw_markup_from_data():
    for graph in (speakers(), organisation_graph(rows("organisation_ties")["ties"])):
        page = render_html(graph, title="https://example.org/ <title>")
        assert not URL.search(page)
        assert "<title>https:&#47;&#47;example.org&#47; &lt;title&gt;</title>" in page
    page = render_html(hostile_speakers(), title="hostile")
    names = [node.get("full", node["label"]) for node in page_data(page)["nodes"]]
    assert sorted(names) == sorted(HOSTILE)  # labels are cut; the names stay whole


def test_sizes_follow_weighted_degree_and_widths_follow_weight():
    data = page_data(render_html(speakers(), title="sizes"))
    assert {node["label"]: node["sizes"][0] for node in data["nodes"]} == {
        "Kathy Brown": 28.0,
        "Luis Fernando García": 22.0,
        "Maryant Fernández": 16.0,
        "Ana Neves": 10.0,
    }
    assert sorted(edge["width"] for edge in data["edges"]) == [1.0, 1.0, 8.0]
    assert {node["group"]: node["color"] for node in data["nodes"]}["unknown"] == "#999999"


def test_size_by_a_node_attribute():
    graph = speakers()
    nx.set_node_attributes(graph, {KATHY: 0.0}, "betweenness")
    nx.set_node_attributes(graph, {node: 1.0 for node in graph if node != KATHY}, "betweenness")
    data = page_data(render_html(graph, title="sizes", size_by="betweenness"))
    assert sorted(node["sizes"][0] for node in data["nodes"]) == [10.0, 28.0, 28.0, 28.0]
    with pytest.raises(IgfgraphError, match="size_by='nothing'"):
        render_html(graph, title="sizes", size_by="nothing")


@dataclass
class Opened:
    """A page loaded from a file, with everything it tried to do."""

    page: object
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str) -> object:
        return self.page.evaluate(expression)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


def open_file(browser, path: Path) -> Opened:
    """``path`` loaded in a new page that records requests, errors and dialogs."""
    page = browser.new_page()
    opened = Opened(page, path.as_uri())
    page.on("request", lambda request: opened.requests.append(request.url))
    page.on(
        "console",
        lambda message: message.type == "error" and opened.errors.append(message.text),
    )
    page.on("pageerror", lambda error: opened.errors.append(str(error)))
    page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(opened.url)
    return opened


@pytest.fixture
def open_graph(browser, tmp_path) -> Iterator:
    pages = []

    def open_graph(graph: nx.Graph, title: str = "test picture", timeout: int = 30_000) -> Opened:
        path = tmp_path / f"picture{len(pages)}.html"
        write_html(graph, path, title=title)
        opened = open_file(browser, path)
        pages.append(opened.page)
        opened.page.wait_for_selector('body[data-ready="true"]', timeout=timeout)
        return opened

    yield open_graph
    for page in pages:
        page.close()


def counts(opened: Opened) -> list[int]:
    return opened.js("[network.body.data.nodes.length, network.body.data.edges.length]")


@pytest.mark.browser
def test_page_draws_offline_with_legend(open_graph):
    opened = open_graph(speakers())
    assert opened.js("document.querySelectorAll('#network canvas').length") == 1
    assert counts(opened) == [4, 3]
    assert opened.js("[window.nodes.length, window.edges.length]") == [4, 3]
    assert opened.page.inner_text("#legend").split("\n") == [
        "civil society (1)",
        "technical community (1)",
        "unknown (2)",
    ]
    assert opened.js("JSON.parse(document.getElementById('graph-data').textContent).physics")
    assert opened.js("network.physics.options.enabled") is False  # settled, labels spread
    assert opened.requests == [opened.url]
    assert opened.errors == []


@pytest.mark.browser
def test_tooltip_lists_roles_organisations_sessions_lines(open_graph):
    opened = open_graph(speakers())
    tip = opened.js(f"nodes.get({json.dumps(KATHY)}).title.textContent")
    for text in ("Kathy Brown", "speaker", "moderator", "Internet Society", "IGF 2017 WS 33"):
        assert text in tip
    assert "report.txt:40" in tip
    assert "Shared sessions: 2" in opened.js("edges.get('e0').title.textContent")


@pytest.mark.browser
def test_search_selects_and_focuses_a_node(open_graph):
    opened = open_graph(speakers())
    opened.page.fill("#search", "kathy b")
    assert opened.js("network.getSelectedNodes()") == [KATHY]
    assert opened.page.input_value("#search") == "kathy b"
    assert opened.page.inner_text("#search-status") == "1 match"
    opened.page.fill("#search", "nobody at all")
    assert opened.js("network.getSelectedNodes()") == []
    assert opened.page.inner_text("#search-status") == "no match"
    assert opened.errors == []


@pytest.mark.browser
def test_legend_hides_and_shows_a_group(open_graph):
    opened = open_graph(speakers())
    unknown = opened.page.locator("#legend button", has_text="unknown")
    unknown.click()
    assert counts(opened)[0] == 2
    assert unknown.get_attribute("aria-pressed") == "false"
    opened.page.fill("#search", "ana neves")
    assert opened.js("network.getSelectedNodes()") == []
    unknown.click()
    assert counts(opened)[0] == 4


@pytest.mark.browser
def test_hostile_names_stay_text(open_graph):
    opened = open_graph(hostile_speakers(), title=HOSTILE[1])
    assert opened.dialogs == []
    assert opened.errors == []
    assert counts(opened) == [4, 6]
    assert opened.js("document.title") == HOSTILE[1]
    assert opened.js("document.querySelector('h1').textContent") == HOSTILE[1]
    assert sorted(opened.js("nodes.map((node) => node.full)")) == sorted(HOSTILE)
    assert opened.js("document.querySelectorAll('img, b').length") == 0
    assert opened.js("document.scripts.length") == 3
    box = opened.page.locator("#network").bounding_box()
    xy = opened.js("network.canvasToDOM(network.getPosition('urn:test:0'))")
    opened.page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
    tip = opened.page.locator(".vis-tooltip")
    tip.wait_for(state="visible")
    assert tip.text_content().startswith(HOSTILE[0])
    for i, name in enumerate(HOSTILE):
        assert opened.js(f"nodes.get('urn:test:{i}').title.textContent").count(name) == 6
        opened.page.fill("#search", name)
        assert opened.js("network.getSelectedNodes()") == [f"urn:test:{i}"]
    assert opened.dialogs == []
    assert opened.requests == [opened.url]


@pytest.mark.browser
def test_large_graph_uses_precomputed_layout_without_physics(open_graph):
    graph = nx.connected_watts_strogatz_graph(PHYSICS_NODE_LIMIT + 50, 4, 0.1, seed=1)
    opened = open_graph(graph)
    assert counts(opened) == [PHYSICS_NODE_LIMIT + 50, graph.number_of_edges()]
    assert opened.js("network.physics.options.enabled") is False
    assert opened.js("nodes.get().every((node) => Number.isFinite(node.x + node.y))")
    assert opened.errors == []


@pytest.mark.browser
def test_empty_graph_still_gets_ready(open_graph):
    assert counts(open_graph(nx.Graph())) == [0, 0]


@pytest.fixture(scope="module")
def seed_store() -> GraphStore:
    store = open_store("memory:")
    ingest(store, collect_files([SEED_PATH]))
    return store


def shown_labels(opened: Opened) -> set[str]:
    return set(opened.js("network.body.data.nodes.get().map((node) => node.label)"))


def filter_options(opened: Opened, facet: str) -> list[str]:
    return opened.js(f"[...document.querySelectorAll('#filter-{facet} option')].map(o => o.value)")


@pytest.mark.browser
def test_role_filter_hides_non_moderators_and_their_edges(open_graph, seed_store):
    opened = open_graph(picture_graph(seed_store, "co-speakers")[1])
    assert filter_options(opened, "roles") == ["", "chair", "moderator", "speaker"]
    opened.page.select_option("#filter-roles", "moderator")
    assert shown_labels(opened) == {
        "Peggy Hicks",
        "Irene Poetranto",
        "Lucie Krahulcova",
        "Anriette Esterhuysen",
    }
    assert counts(opened) == [4, 6]
    assert opened.page.inner_text("#shown") == "showing 4 of 20 nodes"
    opened.page.fill("#search", "kathy brown")
    assert opened.page.inner_text("#search-status") == "no match"
    opened.page.select_option("#filter-roles", "")
    assert counts(opened) == [20, 190]
    assert opened.errors == []


@pytest.mark.browser
def test_year_and_group_filters_combine(open_graph):
    graph = person_organisation_graph(rows("participations")["participations"])
    opened = open_graph(graph)
    assert filter_options(opened, "years") == ["", "2017", "2018"]
    opened.page.select_option("#filter-years", "2017")
    assert shown_labels(opened) == {
        "Kathy Brown",
        "Luis Fernando García",
        "Internet Society",
        "R3D",
    }
    assert counts(opened) == [4, 2]
    opened.page.locator("#legend button", has_text="civil society").click()
    assert shown_labels(opened) == {"Kathy Brown", "Internet Society"}
    opened.page.select_option("#filter-years", "2018")
    opened.page.select_option("#filter-session_types", "open forum")
    assert shown_labels(opened) == {"Kathy Brown", "Internet Society", "Peggy Hicks", "OHCHR"}
    assert opened.errors == []


@pytest.mark.browser
def test_click_highlights_a_neighbourhood_and_size_by_switches(open_graph):
    graph = person_organisation_graph(rows("participations")["participations"])
    opened = open_graph(graph)
    box = opened.page.locator("#network").bounding_box()
    xy = opened.js("network.canvasToDOM(network.getPosition('o:isoc'))")
    opened.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    assert opened.js("document.body.dataset.highlighted") == "o:isoc"
    opacity = opened.js("Object.fromEntries(nodes.get().map((n) => [n.id, n.opacity]))")
    assert opacity == {
        "p:kathy": 1,
        "o:isoc": 1,
        "p:luis": 0.15,
        "o:r3d": 0.15,
        "p:peggy": 0.15,
        "o:ohchr": 0.15,
    }
    opened.js("highlight(null)")
    assert set(opened.js("nodes.get().map((n) => n.opacity)")) == {1}
    sizes = "Object.fromEntries(nodes.get().map((n) => [n.id, n.size]))"
    by_degree = opened.js(sizes)
    assert by_degree["p:kathy"] == by_degree["o:isoc"] == 28.0
    opened.page.select_option("#size-by", label="betweenness")
    by_betweenness = opened.js(sizes)
    assert by_betweenness["p:kathy"] == by_betweenness["p:luis"] == 10.0  # leaves of stars
    assert by_betweenness["o:isoc"] == by_betweenness["o:r3d"] == 10.0
    opened.page.select_option("#colour-by", "community")
    assert opened.js("nodes.get('p:kathy').color.background") == opened.js(
        "nodes.get('o:isoc').color.background"
    )
    assert opened.errors == []


@pytest.mark.browser
def test_five_thousand_nodes_open_and_answer_search(open_graph):
    graph = nx.gnm_random_graph(5_000, 20_000, seed=7)
    nx.set_node_attributes(graph, {node: f"Person {node}" for node in graph}, "label")
    for metric in ("betweenness", "eigenvector", "community"):  # measured in bench_viz.py
        nx.set_node_attributes(graph, 0, metric)
    opened = open_graph(graph)  # past LARGE_NODE_LIMIT: the WebGL page
    assert opened.js("[graph.order, graph.size]") == [5_000, 20_000]
    opened.page.fill("#search", "person 4321")
    assert opened.js("document.body.dataset.highlighted") == "4321"
    assert opened.page.inner_text("#search-status") == "1 match"
    assert opened.errors == []


@pytest.mark.browser
def test_a_graph_with_hostile_speaker_names_fires_no_dialog(open_graph):
    store = open_store("memory:")
    assert ingest(store, [SEED_PATH]).failed == []
    rename_people(store, {"Kathy Brown": HOSTILE[0], "Peggy Hicks": HOSTILE[1]})
    for name in ("co-speakers", "person-org", "org-ties"):
        title, graph = picture_graph(store, name)
        opened = open_graph(graph, title=title)
        drawn = opened.js("nodes.map((node) => node.label + ' ' + node.title.textContent)")
        if name != "org-ties":  # organisations are drawn there, not people
            assert any(label.startswith("<img src=x onerror=alert") for label in drawn)
            assert any(label.startswith("</script><script>alert") for label in drawn)
        assert opened.js("document.querySelectorAll('img').length") == 0
        assert opened.js("document.scripts.length") == 3
        assert opened.dialogs == [] and opened.errors == []
        assert opened.requests == [opened.url]
