"""The committed notebooks as GitHub shows them: exported to HTML by nbconvert and opened in
Debian's chromium with JavaScript off, every table and every picture shows (the pictures as
the static PNG each output carries beside its interactive page). With scripts on, each
picture's iframe holds the whole page: no node outside the drawing, nothing cut off."""

from __future__ import annotations

import nbformat
import pytest
from nbconvert import HTMLExporter
from test_notebooks import NOTEBOOKS
from test_viz_browser import browser  # noqa: F401

import igfgraph


def expected(notebook: nbformat.NotebookNode) -> tuple[int, int, int]:
    """Tables, interactive pictures and plain images among the notebook's outputs."""
    tables = pictures = images = 0
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            page = data.get("text/html", "")
            tables += page.count("<table")
            pictures += page.count("<iframe srcdoc=")
            images += "image/png" in data and not page
    return tables, pictures, images


@pytest.mark.browser
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_every_table_and_picture_shows_without_javascript(browser, tmp_path, path):  # noqa: F811
    notebook = nbformat.read(path, as_version=4)
    tables, pictures, images = expected(notebook)
    assert tables + pictures + images > 0
    body, _ = HTMLExporter().from_notebook_node(notebook)
    page_file = tmp_path / f"{path.stem}.html"
    page_file.write_text(body, encoding="utf-8")
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1200, "height": 900}
    )
    try:
        page = context.new_page()
        page.route(
            "**/*",
            lambda route: (
                route.continue_() if route.request.url.startswith("file:") else route.abort()
            ),
        )
        page.goto(page_file.as_uri())
        shown_tables = [t for t in page.locator("table").all() if t.is_visible()]
        assert len(shown_tables) == tables
        assert all(t.bounding_box()["height"] > 20 for t in shown_tables)
        shown = [
            image
            for image in page.locator("img").all()
            if image.is_visible()
            and image.evaluate("(img) => img.complete && img.naturalWidth > 0")
        ]
        assert len(shown) == pictures + images
        assert all(image.bounding_box()["height"] > 100 for image in shown)
        frames = page.locator("iframe")
        assert frames.count() == pictures
        assert not any(frame.is_visible() for frame in frames.all())  # blank without scripts
    finally:
        context.close()


# Nodes drawn outside the drawing, and how much of the page the iframe cuts off.
FITS = """(() => {
  const area = document.getElementById("network").getBoundingClientRect();
  const outside = nodes.getIds().filter((id) => {
    const at = network.canvasToDOM(network.getPosition(id));
    return at.x < 0 || at.y < 0 || at.x > area.width || at.y > area.height;
  });
  return [outside, document.documentElement.scrollHeight - window.innerHeight, area.height];
})()"""


@pytest.mark.browser
@pytest.mark.parametrize("name", ["co-speakers", "civil-society-map", "person-org", "topics"])
def test_the_iframe_is_as_tall_as_its_picture(browser, seed_store, tmp_path, name):  # noqa: F811
    inline = igfgraph.show(seed_store, name)
    host = tmp_path / "notebook.html"
    host.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>notebook</title></head>'
        f'<body style="width:900px">{inline._repr_html_()}</body></html>',
        encoding="utf-8",
    )
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    try:
        page.goto(host.as_uri())
        frame = page.frames[1]
        frame.wait_for_selector('body[data-ready="true"]', timeout=30_000)
        outside, cut_off, drawing = frame.evaluate(FITS)
        assert outside == [] and cut_off <= 0
        assert drawing >= 400
    finally:
        page.close()
