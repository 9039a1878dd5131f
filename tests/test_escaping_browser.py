"""Hostile text in the graph stays text in Debian's chromium: in every picture and in the
notebook iframe no dialog fires, no request leaves, no element is injected, and tooltips
and search show the names as written. Titles and organisations come hostile from the
report; people's names, which the reader takes only when they look like names, are made
hostile in the store (as an imported graph or a curation file can make them)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import networkx as nx
import pytest
from conftest import SEED_PATH, rename_people
from test_viz_browser import Opened, browser, open_file, open_graph  # noqa: F401

import igfgraph
from igfgraph.pictures.named import PICTURES, picture_graph
from igfgraph.store import GraphStore

IMG = "<img src=x onerror=alert`1`>"
SCRIPT = "</script><script>alert`1`</script>"
SVG = '"><svg onload=alert`1`>'
EVIL_ORG = 'Evil & "Sons" http://evil.example/'  # an organiser's name begins with a capital
TITLE = '"><svg onload=alert(1)> Rights & "wrongs" </script><script>alert(1)</script>'
# People named plainly in the report, and the hostile names the store gives them.
HOSTILE_PEOPLE = {
    "Amara Okafor": IMG,
    "Bruno Salgado": SCRIPT,
    "Chen Weiming": SVG,
    "Dalia Mansour": 'Mei O\'Brien & "Wang"',
    "Emil Novak": "javascript:alert`1`",
    "Farah Haddad": "http://evil.example/",
}
HOSTILE_REPORT = f"""IGF 2017 Reporting Template

- Session Title: {TITLE}

- Session Organizer: {IMG}, {EVIL_ORG}, Association for Progressive Communications (APC)

- Chair/Moderator: Amara Okafor (Global Partners Digital)

- List of Speakers and their institutional affiliations:

Bruno Salgado (Citizen Lab)
Chen Weiming ({EVIL_ORG})
Dalia Mansour ({IMG})
Emil Novak (APC)
Farah Haddad (ISOC)

- Key Issues raised (1 sentence per issue)

Whether <img src=x onerror=alert(1)> and "><svg onload=alert(1)> stay text & javascript:alert(1).
"""
# The hostile label each picture must draw, hover and find.
TARGETS = {
    "co-speakers": SCRIPT,
    "ego": IMG,
    "person-org": SVG,
    "org-ties": EVIL_ORG,
    "civil-society-map": EVIL_ORG,
    "topics": TITLE,
}
PARAMS = {"ego": {"person": IMG}}
INJECTED = "document.querySelectorAll('img, svg, [onerror], [onload], iframe').length"
SRCDOC = re.compile(r'srcdoc="[^"]*"')


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    """The hostile report and the seed in one in-memory store."""
    report = tmp_path_factory.mktemp("hostile") / "hostile_2017.txt"
    report.write_text(HOSTILE_REPORT, encoding="utf-8")
    store = igfgraph.open_store("memory:")
    assert igfgraph.ingest(store, [report, SEED_PATH]).failed == []
    rename_people(store, HOSTILE_PEOPLE)
    return store


def nodes_labelled(graph: nx.Graph, label: str) -> list[str]:
    return [str(node) for node, text in graph.nodes(data="label") if text == label]


def assert_nothing_ran(opened: Opened) -> None:
    assert opened.dialogs == []
    assert opened.errors == []
    assert opened.requests == [opened.url]


def test_the_report_gives_every_picture_its_hostile_node(hostile_store):
    for name, target in TARGETS.items():
        graph = picture_graph(hostile_store, name, PARAMS.get(name))[1]
        assert nodes_labelled(graph, target), name
    assert picture_graph(hostile_store, "ego", PARAMS["ego"])[0] == f"Who spoke with {IMG}"


@pytest.mark.browser
@pytest.mark.parametrize("name", sorted(PICTURES))
def test_hostile_names_stay_text_in_every_picture(
    open_graph,  # noqa: F811
    hostile_store,
    name,
):
    title, graph = picture_graph(hostile_store, name, PARAMS.get(name))
    target = TARGETS[name]
    ids = nodes_labelled(graph, target)
    opened = open_graph(graph, title=title)
    assert opened.js(INJECTED) == 0
    assert opened.js("document.scripts.length") == 3
    assert opened.js("[document.title, document.querySelector('h1').textContent]") == [title] * 2
    assert sorted(opened.js("nodes.map((node) => node.full)")) == sorted(
        label for _, label in graph.nodes(data="label")
    )
    node = repr(ids[0])
    assert target in opened.js(f"nodes.get({node}).title.textContent")
    opened.js(f"network.focus({node}, {{scale: 2}})")
    box = opened.page.locator("#network").bounding_box()
    xy = opened.js(f"network.canvasToDOM(network.getPosition({node}))")
    opened.page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
    tip = opened.page.locator(".vis-tooltip")
    tip.wait_for(state="visible")
    assert target in tip.text_content()
    opened.page.fill("#search", target)
    assert opened.js("network.getSelectedNodes()")[0] in ids
    found = sum(target.lower() in label.lower() for _, label in graph.nodes(data="label"))
    assert opened.page.inner_text("#search-status") == (
        "1 match" if found == 1 else f"{found} matches"
    )
    assert opened.js(INJECTED) == 0
    assert_nothing_ran(opened)


class Tags(HTMLParser):
    """The start tags of an HTML fragment, attribute values unescaped."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.mark.browser
@pytest.mark.parametrize("name", sorted(PICTURES))
def test_notebook_iframe_draws_and_keeps_hostile_names_inside(
    browser,  # noqa: F811
    hostile_store,
    tmp_path,
    name,
):
    inline = igfgraph.show(hostile_store, name, PARAMS.get(name))
    output = inline._repr_html_()
    assert "<script" not in SRCDOC.sub("", output).lower()
    tags = Tags()
    tags.feed(output)
    assert [tag for tag, _ in tags.tags] == ["iframe"]
    assert tags.tags[0][1]["srcdoc"] == inline.page
    assert tags.tags[0][1]["sandbox"] == "allow-scripts"

    host = tmp_path / "notebook.html"
    host.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>notebook</title></head>'
        f'<body><div class="jp-OutputArea-output">{output}</div></body></html>',
        encoding="utf-8",
    )
    opened = open_file(browser, host)
    try:
        opened.page.wait_for_selector("iframe")
        frame = opened.page.frames[1]
        frame.wait_for_selector('body[data-ready="true"]', timeout=30_000)
        assert TARGETS[name] in frame.evaluate("nodes.map((node) => node.full)")
        assert frame.evaluate(INJECTED) == 0
        assert (
            frame.evaluate(
                "(() => { try { return parent.document.title } catch (e) { return 'blocked' } })()"
            )
            == "blocked"
        )
        assert opened.js("document.querySelectorAll('iframe').length") == 1
        assert (
            opened.js("document.querySelectorAll('script, img, svg, [onload], [onerror]').length")
            == 0
        )
        assert opened.js("document.body.innerText.trim()") == ""
        assert_nothing_ran(opened)
    finally:
        opened.page.close()
