"""Large pictures (the WebGL page past LARGE_NODE_LIMIT nodes) and ego pictures (the person
centred, rings by degree of separation), in Python and in Debian's chromium."""

import json
import math
from pathlib import Path

import networkx as nx
import pytest
from test_viz_browser import URL, Opened, browser, open_file, page_data  # noqa: F401

from igfgraph.errors import IgfgraphError, QueryError
from igfgraph.ingest import collect_files, ingest
from igfgraph.pictures.large import LABELLED_NODES, LARGE_NODE_LIMIT, collapsed_communities
from igfgraph.pictures.layout import TIE_PULL
from igfgraph.pictures.named import picture_graph
from igfgraph.pictures.render import _large_data, render_html, write_html
from igfgraph.store import GraphStore, open_store

KATHY = "https://w3id.org/igfgraph/id/person/kathy-brown"


def people(nodes: int) -> nx.Graph:
    graph = nx.connected_watts_strogatz_graph(nodes, 4, 0.1, seed=3)
    nx.set_node_attributes(graph, {node: f"Person {node}" for node in graph}, "label")
    for u, v in graph.edges():
        graph.edges[u, v]["weight"] = 1 + (u * v) % 3
    return graph


def large_data(page: str) -> dict:
    return json.loads(page.split('id="graph-data">')[1].split("</script>")[0])


def test_past_the_limit_the_page_is_webgl_with_a_seeded_layout():
    small, large = people(LARGE_NODE_LIMIT), people(LARGE_NODE_LIMIT + 1)
    assert 'id="all-ties"' not in render_html(small, title="small")
    page = render_html(large, title="large")
    assert 'id="all-ties"' in page and not URL.search(page)
    data = large_data(page)
    assert data == large_data(render_html(large, title="large"))  # same graph, same picture
    assert len(data["ids"]) == len(data["x"]) == LARGE_NODE_LIMIT + 1
    assert len(data["edges"]) == 4 * large.number_of_edges()
    assert len(data["labelled"]) == LABELLED_NODES
    assert all(-1000 <= value <= 1000 for value in data["x"] + data["y"])


def test_organisations_are_squares_on_the_webgl_page_too():
    graph = people(LARGE_NODE_LIMIT + 1)
    organisations = [node for node in graph if node % 10 == 0]
    nx.set_node_attributes(graph, "person", "kind")
    nx.set_node_attributes(graph, dict.fromkeys(organisations, "organisation"), "kind")
    page = render_html(graph, title="large")
    data = large_data(page)
    assert [data["ids"][index] for index in data["squares"]] == [str(n) for n in organisations]
    kinds = page.split('<ul id="kind-legend"')[1].split("</ul>")[0]
    assert 'class="swatch dot"' in kinds and "person (900)" in kinds
    assert 'class="swatch square"' in kinds and "organisation (101)" in kinds


def test_communities_view_data_is_one_node_per_community():
    graph = nx.union(nx.complete_graph(3), nx.complete_graph(["a", "b"]))
    graph.add_edge(0, "a", weight=2)
    nx.set_node_attributes(graph, {0: 0, 1: 0, 2: 0, "a": 1, "b": 1}, "community")
    nx.set_node_attributes(graph, {node: f"N{node}" for node in graph}, "label")
    collapsed = collapsed_communities(
        graph, [0, 0, 0, 1, 1], [0, 30, 60, 100, 200], [0, 0, 30, 10, 10], {0: "N0", 1: "Na"}
    )
    assert collapsed == {
        "numbers": [0, 1],
        "x": [30.0, 150.0],
        "y": [10.0, 10.0],
        "sizes": [30.0, 4.0],
        "members": [3, 2],
        "heads": ["N0", "Na"],
        "ties": [0, 1, 0.5],
    }
    page = render_html(people(LARGE_NODE_LIMIT + 1), title="large", view="communities")
    assert large_data(page)["view"] == "communities"
    with pytest.raises(IgfgraphError, match="view='all': use one of backbone, communities"):
        render_html(graph, title="small", view="all")


def test_backbone_keeps_every_node_tied_by_its_strongest_tie():
    graph = people(1_200)
    data = _large_data(graph, "weighted_degree")
    runs = [data["edges"][i : i + 4] for i in range(0, len(data["edges"]), 4)]
    kept = [(u, v, width) for u, v, width, strong in runs if strong]
    assert len(kept) == data["backbone_edges"]
    assert nx.is_connected(nx.Graph((u, v) for u, v, _ in kept))  # the spanning forest
    strongest = max(width for _, _, width, _ in runs)
    for node in range(len(data["ids"])):
        widths = [w for u, v, w, _ in runs if node in (u, v)]
        kept_widths = [w for u, v, w in kept if node in (u, v)]
        assert max(kept_widths) == max(widths)
    assert strongest == 4.0


def test_ego_rings_and_depth(seed_store):
    title, graph = picture_graph(seed_store, "ego", {"person": "Kathy Brown"})
    assert title == "Who spoke with Kathy Brown"
    assert graph.nodes[KATHY]["ring"] == 0 and graph.nodes[KATHY]["ego"] is True
    assert sorted(ring for _, ring in graph.nodes(data="ring")) == [0] + [1] * 19
    assert graph.number_of_edges() == 190  # everyone spoke in the seed's one session
    assert sum(1 for _, ego in graph.nodes(data="ego") if ego) == 1
    assert "years" in graph.nodes[KATHY] and "topics" in graph.nodes[KATHY]
    _, deeper = picture_graph(seed_store, "ego", {"person": "Kathy Brown", "depth": "2"})
    assert sorted(deeper) == sorted(graph)
    with pytest.raises(QueryError, match="ego: depth '9' is not one of 1, 2, 3"):
        picture_graph(seed_store, "ego", {"person": "Kathy Brown", "depth": "9"})


SESSIONS = {  # title: speakers; Amara shares 3 sessions with Bruno, 2 with Chen, 1 with Dalia
    "Open Data for Cities": ["Amara Okafor", "Bruno Salgado", "Chen Weiming", "Dalia Mansour"],
    "Privacy by Design": ["Amara Okafor", "Bruno Salgado", "Chen Weiming"],
    "Rural Connectivity": ["Amara Okafor", "Bruno Salgado"],
    "Community Networks": ["Dalia Mansour", "Emil Novak"],
    "Cyber Norms": ["Chen Weiming", "Farah Haddad"],
    "Cyber Capacity": ["Chen Weiming", "Farah Haddad"],
}


@pytest.fixture(scope="module")
def composed_store(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    """The reports of :data:`SESSIONS` (2017 template) in a memory store."""
    folder = tmp_path_factory.mktemp("composed")
    for number, (title, speakers) in enumerate(SESSIONS.items(), start=1):
        lines = "\n".join(f"{name} (Internet Society)" for name in speakers[1:])
        (folder / f"ws{number}_2017.txt").write_text(
            f"IGF 2017 Reporting Template\n\n- Session Title: {title}\n\n"
            f"- Chair/Moderator: {speakers[0]} (Internet Society)\n\n"
            f"- List of Speakers and their institutional affiliations:\n\n{lines}\n",
            encoding="utf-8",
        )
    store = open_store("memory:")
    assert ingest(store, collect_files([folder])).failed == []
    return store


def radii(graph: nx.Graph) -> dict[str, float]:
    """Each person's distance from the centre of the ego page, by name."""
    data = page_data(render_html(graph, title="ego"))
    return {
        node.get("full", node["label"]): math.hypot(node["x"], node["y"]) for node in data["nodes"]
    }


def test_ego_partners_are_closer_the_stronger_their_tie(composed_store):
    _, graph = picture_graph(composed_store, "ego", {"person": "Amara Okafor"})
    ego = next(node for node, ego in graph.nodes(data="ego") if ego)
    ties = {graph.nodes[v]["label"]: w for _, v, w in graph.edges(ego, data="weight")}
    assert ties == {"Bruno Salgado": 3, "Chen Weiming": 2, "Dalia Mansour": 1}
    at = radii(graph)
    assert at["Amara Okafor"] == 0
    assert at["Bruno Salgado"] < at["Chen Weiming"] < at["Dalia Mansour"]
    assert at["Bruno Salgado"] == pytest.approx(at["Dalia Mansour"] * (1 - TIE_PULL), abs=0.2)
    _, deeper = picture_graph(composed_store, "ego", {"person": "Amara Okafor", "depth": "2"})
    at = radii(deeper)
    assert {name: deeper.nodes[node]["ring"] for node, name in deeper.nodes(data="label")} == {
        "Amara Okafor": 0,
        "Bruno Salgado": 1,
        "Chen Weiming": 1,
        "Dalia Mansour": 1,
        "Emil Novak": 2,
        "Farah Haddad": 2,
    }
    assert at["Bruno Salgado"] < at["Chen Weiming"] < at["Dalia Mansour"] < at["Farah Haddad"]
    assert at["Farah Haddad"] < at["Emil Novak"]  # two sessions with Chen, one with Dalia


def test_ego_page_puts_the_person_in_the_middle(seed_store):
    _, graph = picture_graph(seed_store, "ego", {"person": "Kathy Brown"})
    data = page_data(render_html(graph, title="ego"))
    assert data["centre"] == KATHY and data["physics"] is False
    kathy = next(node for node in data["nodes"] if node["id"] == KATHY)
    assert (kathy["x"], kathy["y"], kathy["shape"]) == (0.0, 0.0, "star")
    by_tie = {  # one session with everyone; a shared panel too for some
        (graph.edges[KATHY, node["id"]]["weight"], round(math.hypot(node["x"], node["y"])))
        for node in data["nodes"]
        if node["id"] != KATHY
    }
    assert by_tie == {(2, 112), (1, 224)}  # radius 224 = 50 * sqrt(20 nodes)


def opened_page(
    browser,  # noqa: F811 (the fixture)
    graph: nx.Graph,
    path: Path,
    view: str = "backbone",
) -> Opened:
    write_html(graph, path, title="picture", view=view)
    opened = open_file(browser, path)
    opened.page.wait_for_selector('body[data-ready="true"]', timeout=120_000)
    return opened


@pytest.mark.browser
def test_large_co_speaker_picture_opens_offline(browser, generated_store, tmp_path):  # noqa: F811
    _, graph = picture_graph(generated_store, "co-speakers")
    assert graph.number_of_nodes() > LARGE_NODE_LIMIT
    opened = opened_page(browser, graph, tmp_path / "large.html")
    assert opened.js("[graph.order, graph.size]") == [
        graph.number_of_nodes(),
        graph.number_of_edges(),
    ]
    assert opened.js("document.querySelectorAll('#network canvas').length") > 0
    shown = "graph.edges().filter((e) => !renderer.getEdgeDisplayData(e).hidden).length"
    backbone = opened.js("graph.filterEdges((e, attrs) => attrs.backbone).length")
    assert opened.js(shown) == backbone < graph.number_of_edges()
    hub = max(graph, key=lambda node: graph.degree(node))
    opened.js(f"highlight({json.dumps(hub)})")
    touching = opened.js(
        f"graph.edges({json.dumps(hub)}).filter((e) => !renderer.getEdgeDisplayData(e).hidden)"
        ".length"
    )
    assert touching == graph.degree(hub)  # a click shows every tie of the node
    label = graph.nodes[hub]["label"]
    opened.page.fill("#search", label)
    assert opened.js("document.body.dataset.highlighted") == hub
    assert opened.page.inner_text("#search-status").endswith(("1 match", "matches"))
    assert opened.errors == [] and opened.dialogs == []
    assert opened.requests == [opened.url]
    opened.page.close()


@pytest.mark.browser
def test_large_page_shows_a_tooltip_on_hover(browser, tmp_path):  # noqa: F811
    graph = people(LARGE_NODE_LIMIT + 200)
    nx.set_node_attributes(graph, {7: "speaker; moderator"}, "roles")
    opened = opened_page(browser, graph, tmp_path / "hover.html")
    opened.js(  # close up on the node, so that no other node covers it
        "const at = renderer.getNodeDisplayData('7');"
        "renderer.getCamera().setState({x: at.x, y: at.y, ratio: 0.02}); renderer.refresh()"
    )
    xy = opened.js("renderer.framedGraphToViewport(renderer.getNodeDisplayData('7'))")
    box = opened.page.locator("#network").bounding_box()
    opened.page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
    opened.page.locator("#tip").wait_for(state="visible")
    assert opened.page.inner_text("#tip").split("\n")[:3] == ["Person 7", "Roles:", "speaker"]
    assert opened.errors == [] and opened.requests == [opened.url]
    opened.page.close()


@pytest.mark.browser
def test_communities_view_opens_collapsed_and_a_click_expands_one(browser, tmp_path):  # noqa: F811
    graph = people(LARGE_NODE_LIMIT + 200)
    opened = opened_page(browser, graph, tmp_path / "communities.html", view="communities")
    number = dict(zip(graph, large_data(opened.page.content())["communities"], strict=True))
    pairs = {frozenset((number[u], number[v])) for u, v in graph.edges() if number[u] != number[v]}
    shown = "[shownGraph().order, shownGraph().size]"
    assert opened.js(shown) == [len(set(number.values())), len(pairs)]
    assert opened.js("document.body.dataset.view") == "communities"
    key = json.dumps("community\u0000" + "0")
    opened.js(  # close up on the community, so that no other node covers it
        f"const at = renderer.getNodeDisplayData({key});"
        "renderer.getCamera().setState({x: at.x, y: at.y, ratio: 0.05}); renderer.refresh()"
    )
    xy = opened.js(f"renderer.framedGraphToViewport(renderer.getNodeDisplayData({key}))")
    box = opened.page.locator("#network").bounding_box()
    opened.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    members = {node for node in graph if number[node] == 0}
    within = graph.subgraph(members).number_of_edges()
    assert opened.js(shown) == [
        len(set(number.values())) - 1 + len(members),
        len({pair for pair in pairs if 0 not in pair}) + within,
    ]
    assert opened.js(f"shownGraph().hasNode({key})") is False
    opened.page.select_option("#view", "backbone")
    assert opened.js(shown) == [len(graph), graph.number_of_edges()]
    assert opened.errors == [] and opened.requests == [opened.url]
    opened.page.close()
