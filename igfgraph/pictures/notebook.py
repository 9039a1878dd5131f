"""Pictures inline in notebooks: the whole page in an ``<iframe srcdoc>``.

The iframe renders in JupyterLab, classic Notebook, VS Code and Colab, needs no
network and keeps the notebook self-contained; ``sandbox`` lets the page's own
script run but gives it no access to the notebook.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import networkx as nx

from igfgraph.pictures.named import picture_graph
from igfgraph.pictures.render import render_html
from igfgraph.store import GraphStore


@dataclass(frozen=True)
class InlinePicture:
    """A rendered page that notebooks display through ``_repr_html_``."""

    page: str
    height: int = 600

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.page, quote=True)}" '
            f'style="width:100%;height:{self.height}px;border:0" '
            'sandbox="allow-scripts"></iframe>'
        )


def show(
    source: GraphStore | nx.Graph,
    picture: str = "co-speakers",
    params: dict[str, str] | None = None,
    height: int = 600,
) -> InlinePicture:
    """Display a named picture of a store (or any igfgraph network) in a notebook."""
    if isinstance(source, nx.Graph):
        return InlinePicture(render_html(source, title="igfgraph"), height)
    title, graph = picture_graph(source, picture, params)
    return InlinePicture(render_html(graph, title=title), height)
