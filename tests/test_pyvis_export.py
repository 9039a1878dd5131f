"""igfgraph.to_pyvis: a pyvis Network with the page's colours, shapes, sizes and tooltips,
on the seed's pictures."""

from __future__ import annotations

import json

import networkx as nx

import igfgraph
from igfgraph.pictures.named import picture_graph
from igfgraph.pictures.render import PHYSICS_NODE_LIMIT, render_html

KATHY = "https://w3id.org/igfgraph/id/person/kathy-brown"
SESSION = (
    "A Rights-Based Approach to Cybersecurity: A Pipe Dream or a Critical Means to a Secure "
    "and Stable Internet?"
)


def page_nodes(graph: nx.Graph) -> dict[str, dict]:
    page = render_html(graph, title="page")
    data = page.split('<script type="application/json" id="graph-data">')[1].split("</script>")[0]
    return {node["id"]: node for node in json.loads(data)["nodes"]}


def test_co_speakers_keep_the_pages_colours_sizes_and_tooltips(seed_store):
    _, graph = picture_graph(seed_store, "co-speakers")
    net = igfgraph.to_pyvis(graph)
    assert len(net.nodes) == 20 and len(net.edges) == 190
    page = page_nodes(graph)
    for node in net.nodes:
        drawn = page[node["id"]]
        assert (node["color"], node["size"], node["shape"], node["label"]) == (
            drawn["color"],
            drawn["sizes"][0],
            drawn["shape"],
            drawn["label"],
        )
    kathy = next(node for node in net.nodes if node["id"] == KATHY)
    assert kathy["color"] == "#009E73"  # the Internet Society: technical community
    lines = kathy["title"].split("\n")
    assert lines[0] == "Kathy Brown"
    assert "Organisations: Internet Society" in lines
    assert "Roles: speaker" in lines
    assert {edge["width"] for edge in net.edges} <= {1.0, 8.0}
    assert net.options.physics.enabled is True


def test_topics_sessions_are_squares_named_whole_on_hover(seed_store):
    _, graph = picture_graph(seed_store, "topics")
    net = igfgraph.to_pyvis(graph, height="500px")
    session = next(node for node in net.nodes if node["id"] == SESSION)
    assert (session["shape"], session["color"], session["label"]) == (
        "square",
        "#3B4A5A",
        "A Rights-Based Approach to…",
    )
    assert session["title"].startswith(SESSION)
    assert {node["color"] for node in net.nodes if node["shape"] == "dot"} == {
        "#E15759",  # cybersecurity, cyber norms
        "#76B7B2",  # human rights
    }
    assert net.height == "500px"
    assert SESSION in net.generate_html()


def test_a_large_graph_keeps_its_computed_positions():
    graph = nx.path_graph(PHYSICS_NODE_LIMIT + 1)
    net = igfgraph.to_pyvis(graph)
    assert all("x" in node and "y" in node for node in net.nodes)
    assert net.options.physics.enabled is False
