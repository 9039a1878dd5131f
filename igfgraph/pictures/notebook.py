"""Pictures inline in notebooks: the whole page in an ``<iframe srcdoc>``, and a static PNG
beside it.

The iframe renders in JupyterLab, classic Notebook, VS Code and Colab, needs no
network and keeps the notebook self-contained; ``sandbox`` lets the page's own
script run but gives it no access to the notebook. Where scripts do not run (GitHub,
nbviewer, a notebook exported to HTML and opened without JavaScript) the page cannot
draw, so the output also carries the picture as a PNG: as its own ``image/png`` entry
for viewers that pick one, and inside ``<noscript>`` for those that show the HTML.
"""

from __future__ import annotations

import base64
import html
import math
import tempfile
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from igfgraph.pictures.named import picture_graph
from igfgraph.pictures.render import render_html, write_static
from igfgraph.pictures.styles import node_style
from igfgraph.store import GraphStore

HEADER_HEIGHT = 170
"""The page's header (title, search, one row of legend, controls, hint), in pixels."""
LEGEND_ROW = 30
LEGEND_ROW_CHARACTERS = 90
"""About this many characters of legend fit on one row of a notebook's width."""
STATIC_WIDTH = 900
"""Width in pixels of the static PNG a notebook keeps."""


def frame_height(graph: nx.Graph) -> int:
    """The iframe height (pixels) that shows ``graph``'s page whole: its header, with as
    many legend rows as its legend needs, and a drawing that grows with the graph.

    >>> frame_height(nx.Graph([("a", "b")]))
    600
    """
    legend = {node_style(attrs).legend for _, attrs in graph.nodes(data=True)}
    characters = sum(len(name) + 8 for name in legend)
    rows = max(1, math.ceil(characters / LEGEND_ROW_CHARACTERS))
    drawing = 430 if len(graph) <= 30 else 530 if len(graph) <= 150 else 650
    return HEADER_HEIGHT + LEGEND_ROW * (rows - 1) + drawing


def static_png(graph: nx.Graph, title: str) -> bytes:
    """``graph`` drawn by :func:`igfgraph.pictures.render.write_static`, as PNG bytes
    :data:`STATIC_WIDTH` pixels wide."""
    from PIL import Image  # matplotlib's own dependency

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "picture.png"
        write_static(graph, path, title=title)
        with Image.open(path) as image:
            height = round(image.height * STATIC_WIDTH / image.width)
            image.convert("RGB").resize((STATIC_WIDTH, height), Image.Resampling.LANCZOS).save(
                path, optimize=True
            )
        return path.read_bytes()


@dataclass(frozen=True, repr=False)
class InlinePicture:
    """A rendered page that notebooks display, with its static PNG for viewers that run
    no script."""

    page: str
    height: int = 600
    png: bytes = b""
    title: str = "igfgraph"

    def __repr__(self) -> str:
        return f"<igfgraph picture: {self.title}>"

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.page, quote=True)}" '
            f'style="width:100%;height:{self.height}px;border:0" '
            'sandbox="allow-scripts" class="igfgraph-picture"></iframe>'
        )

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict[str, str]:
        """The iframe, the PNG inside ``<noscript>`` beside it (which, with scripts off, also
        hides the iframe that could not draw), the PNG alone and a line of text."""
        bundle = {"text/html": self._repr_html_(), "text/plain": repr(self)}
        if self.png:
            encoded = base64.b64encode(self.png).decode("ascii")
            bundle["text/html"] += (
                "<noscript><style>iframe.igfgraph-picture { display: none }</style>"
                f'<img src="data:image/png;base64,{encoded}" '
                f'alt="{html.escape(self.title, quote=True)}" style="max-width:100%"></noscript>'
            )
            bundle["image/png"] = encoded
        return bundle


def inline_picture(graph: nx.Graph, title: str, height: int | None = None) -> InlinePicture:
    """``graph``'s page, sized to it unless ``height`` is given, with its static PNG."""
    return InlinePicture(
        render_html(graph, title=title),
        height or frame_height(graph),
        static_png(graph, title),
        title,
    )


def show(
    source: GraphStore | nx.Graph,
    picture: str = "co-speakers",
    params: dict[str, str] | None = None,
    height: int | None = None,
) -> InlinePicture:
    """Display a named picture of a store (or any igfgraph network) in a notebook; the
    iframe is as tall as the picture needs unless ``height`` (pixels) is given."""
    if isinstance(source, nx.Graph):
        return inline_picture(source, "igfgraph", height)
    title, graph = picture_graph(source, picture, params)
    return inline_picture(graph, title, height)
