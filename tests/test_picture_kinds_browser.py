"""Each picture says what it is, in Debian's chromium, on the seed: sessions and topics are
two kinds of node (topics coloured by basket, nothing "unknown"), people and organisations
two shapes, legends that match, long names cut on the picture and whole on hover, and no
label drawn over another."""

from __future__ import annotations

import pytest
from test_viz_browser import Opened, browser, open_file, open_graph  # noqa: F401

from igfgraph.pictures.named import picture_graph
from igfgraph.store import GraphStore

SESSION = (
    "A Rights-Based Approach to Cybersecurity: A Pipe Dream or a Critical Means to a Secure "
    "and Stable Internet?"
)
TOPIC = "https://w3id.org/igfgraph/topic/"
ORG = "https://w3id.org/igfgraph/id/org/"
PERSON = "https://w3id.org/igfgraph/id/person/"
# Pairs of boxes (node and label) that overlap, in canvas coordinates.
OVERLAPS = """(() => {
  const ids = nodes.getIds();
  const boxes = ids.map((id) => network.getBoundingBox(id));
  const pairs = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        pairs.push([nodes.get(ids[i]).label, nodes.get(ids[j]).label]);
      }
    }
  }
  return pairs;
})()"""


def opened_picture(open_graph, seed_store: GraphStore, name: str) -> Opened:  # noqa: F811
    title, graph = picture_graph(seed_store, name)
    return open_graph(graph, title=title)


def drawn(opened: Opened, node: str) -> dict:
    """How the page draws ``node``: label, whole name, shape, colour, legend entry."""
    return opened.js(
        f"(() => {{ const n = nodes.get({node!r}); return {{label: n.label, full: n.full, "
        "shape: n.shape, colour: n.color.background, group: n.group_name}; })()"
    )


@pytest.mark.browser
def test_topics_are_dots_by_basket_and_sessions_dark_squares(open_graph, seed_store):  # noqa: F811
    opened = opened_picture(open_graph, seed_store, "topics")
    assert opened.page.inner_text("#legend").split("\n") == [
        "session (1)",
        "cybersecurity (2)",
        "human rights (1)",
    ]
    assert opened.js("document.querySelector('#colour-by option').textContent") == "topic basket"
    assert drawn(opened, SESSION) == {
        "label": "A Rights-Based Approach to…",
        "full": SESSION,
        "shape": "square",
        "colour": "#3B4A5A",
        "group": "session",
    }
    assert drawn(opened, TOPIC + "cyber-norms") == {
        "label": "cyber norms",
        "full": "cyber norms",
        "shape": "dot",
        "colour": "#E15759",
        "group": "cybersecurity",
    }
    assert drawn(opened, TOPIC + "human-rights")["colour"] == "#76B7B2"
    tip = opened.js(f"nodes.get({SESSION!r}).title.textContent")
    assert tip.startswith(SESSION)
    opened.page.fill("#search", "pipe dream")  # words of the title the label leaves out
    assert opened.js("network.getSelectedNodes()") == [SESSION]
    assert opened.errors == [] and opened.requests == [opened.url]


@pytest.mark.browser
def test_person_org_has_round_people_and_square_organisations(open_graph, seed_store):  # noqa: F811
    opened = opened_picture(open_graph, seed_store, "person-org")
    legend = opened.page.inner_text("#legend").split("\n")
    assert legend[-2:] == ["person (19)", "organisation (17)"]
    assert opened.js("document.querySelectorAll('#legend button').length") == len(legend) - 2
    lea = drawn(opened, PERSON + "lea-kaspar")
    gpd = drawn(opened, ORG + "global-partners-digital")
    assert (lea["shape"], gpd["shape"]) == ("dot", "square")
    assert lea["colour"] == gpd["colour"] == "#E69F00"  # both civil society
    assert opened.errors == []


@pytest.mark.browser
@pytest.mark.parametrize(
    "name", ["co-speakers", "org-ties", "person-org", "civil-society-map", "topics"]
)
def test_no_label_covers_another(open_graph, seed_store, name):  # noqa: F811
    opened = opened_picture(open_graph, seed_store, name)
    assert opened.js(OVERLAPS) == []
    longest = opened.js("Math.max(...nodes.map((node) => node.label.length))")
    assert longest <= 32
    assert opened.errors == []
