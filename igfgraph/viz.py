"""Interactive network pictures: one self-contained HTML page per graph, no network.

The page is ``assets/page.html`` around the vis-network script that the pyvis
package ships (licence: ``assets/vis-network.LICENSE.txt``), the page's own CSS and
JS, and the graph as JSON in ``<script type="application/json" id="graph-data">``.
pyvis's own templates are not used: they link bootstrap from a CDN (blank offline,
see DESIGN.md), and its ``Network`` would only build the node and edge dicts that
:func:`_graph_data` builds here in as many lines.

Every user string reaches the browser as escaped JSON read with ``JSON.parse`` and
shown through ``textContent`` or canvas labels. The page's Content-Security-Policy
allows only its two scripts (by hash) and fetches nothing, so even text that got
past the escaping could neither run nor call out.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter
from collections.abc import Hashable, Mapping
from functools import cache
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx

from igfgraph.errors import IgfgraphError
from igfgraph.network import layout, weighted_degree

ASSETS = Path(__file__).parent / "assets"
VIS_NETWORK = files("pyvis") / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
"""vis-network 9.1.2 as pyvis 0.3.2 ships it."""
PHYSICS_NODE_LIMIT = 300
"""Above this many nodes, positions come from :func:`igfgraph.network.layout`."""

UNKNOWN_GROUP = "unknown"
GROUP_COLOURS = {
    "civil society": "#E69F00",
    "government": "#0072B2",
    "private sector": "#D55E00",
    "technical community": "#009E73",
    "intergovernmental organization": "#CC79A7",
    "academia": "#56B4E9",
    UNKNOWN_GROUP: "#999999",
}
"""Stakeholder group colours (Okabe-Ito, safe for colour-blind readers)."""

NODE_FIELDS = (
    ("stakeholder_group", "Stakeholder group"),
    ("roles", "Roles"),
    ("organisations", "Organisations"),
    ("sessions", "Sessions"),
    ("lines", "Report lines"),
)
EDGE_FIELDS = (
    ("shared_sessions", "Shared sessions"),
    ("shared_panels", "Shared panels"),
    ("co_organised", "Co-organised"),
    ("weight", "Weight"),
)
NODE_SIZES = (10.0, 28.0)
EDGE_WIDTHS = (1.0, 8.0)

_URL_SCHEME = re.compile(r"(https?):/{2}", re.IGNORECASE)
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


def stakeholder_group(value: object) -> str:
    """The palette name of a stakeholder group; anything unrecognised is ``"unknown"``.

    >>> stakeholder_group(" Intergovernmental Organisation"), stakeholder_group(None)
    ('intergovernmental organization', 'unknown')
    """
    name = str(value or "").strip().casefold().replace("organisation", "organization")
    return name if name in GROUP_COLOURS else UNKNOWN_GROUP


def _scale(values: Mapping[Hashable, float], low: float, high: float) -> dict[Hashable, float]:
    """``values`` mapped linearly onto [low, high]; all-equal values all get ``low``."""
    if not values:
        return {}
    least, most = min(values.values()), max(values.values())
    if least == most:
        return dict.fromkeys(values, low)
    return {key: low + (high - low) * (v - least) / (most - least) for key, v in values.items()}


def _info(attrs: Mapping[str, Any], fields: tuple[tuple[str, str], ...]) -> list[list[Any]]:
    """Tooltip fields as ``[heading, [values...]]``, "; "-joined strings split."""
    return [
        [heading, str(attrs[key]).split("; ")]
        for key, heading in fields
        if attrs.get(key) not in (None, "")
    ]


def _node_values(graph: nx.Graph, size_by: str) -> dict[Hashable, float]:
    """What node sizes show: weighted degree, or a numeric node attribute."""
    if size_by == "degree":
        return weighted_degree(graph)
    if graph and not any(size_by in attrs for _, attrs in graph.nodes(data=True)):
        raise IgfgraphError(
            f"size_by={size_by!r}: no node has that attribute; "
            "use 'degree' or the name of a numeric node attribute"
        )
    return {node: float(attrs.get(size_by, 0)) for node, attrs in graph.nodes(data=True)}


def _graph_data(graph: nx.Graph, size_by: str) -> dict[str, Any]:
    """The graph as the plain data ``page.js`` draws."""
    sizes = _scale(_node_values(graph, size_by), *NODE_SIZES)
    widths = _scale(
        {(u, v): float(w) for u, v, w in graph.edges(data="weight", default=1)}, *EDGE_WIDTHS
    )
    physics = 0 < graph.number_of_nodes() <= PHYSICS_NODE_LIMIT
    positions = {} if physics else layout(graph)
    spread = 50 * math.sqrt(graph.number_of_nodes())  # layout() is in [-1, 1]; vis in px
    nodes = []
    for node, attrs in graph.nodes(data=True):
        group = stakeholder_group(attrs.get("stakeholder_group"))
        entry = {
            "id": str(node),
            "label": str(attrs.get("label", node)),
            "group": group,
            "color": GROUP_COLOURS[group],
            "size": round(sizes[node], 1),
            "info": _info(attrs, NODE_FIELDS),
        }
        if node in positions:
            x, y = positions[node]
            entry |= {"x": round(x * spread, 1), "y": round(y * spread, 1)}
        nodes.append(entry)
    edges = [
        {
            "from": str(u),
            "to": str(v),
            "width": round(widths[u, v], 1),
            "info": _info(attrs, EDGE_FIELDS),
        }
        for u, v, attrs in graph.edges(data=True)
    ]
    return {"physics": physics, "directed": graph.is_directed(), "nodes": nodes, "edges": edges}


def _script_json(value: object) -> str:
    r"""JSON safe inside a ``<script>`` element: no ``<``, ``>``, ``&`` or ``/`` left.

    Those characters only occur inside JSON strings, where the escapes mean the same,
    so ``</script>`` cannot close the element and no ``://`` appears in the page.

    >>> print(_script_json({"name": "</script>&"}))
    {"name": "\u003c\/script\u003e\u0026"}
    """
    text = json.dumps(value, ensure_ascii=False)
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("/", "\\/")):
        text = text.replace(char, escape)
    return text


def _html_text(text: str) -> str:
    """``text`` escaped for HTML, slashes too so that no ``://`` reaches the page."""
    return html.escape(text).replace("/", "&#47;")


def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def _offline_script(text: str) -> str:
    """Script text with no URL left: ``http://`` in its comments and strings becomes
    ``http:\\/\\/`` (the same string to JavaScript) and the source-map comment goes."""
    return _URL_SCHEME.sub(r"\1:\\/\\/", _SOURCE_MAP.sub("", text))


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@cache
def _page() -> tuple[Template, dict[str, str]]:
    """The page template and its fixed parts: scripts, CSS and security policy."""
    vis = _offline_script(VIS_NETWORK.read_text(encoding="utf-8"))
    app = _asset("page.js")
    policy = (
        f"default-src 'none'; script-src {_csp_hash(vis)} {_csp_hash(app)}; "
        "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
    )
    fixed = {"vis": vis, "app": app, "css": _asset("page.css"), "csp": policy}
    return Template(_asset("page.html")), fixed


def _legend(groups: Counter[str]) -> str:
    """One toggle button per stakeholder group shown, in palette order."""
    return "\n".join(
        f'    <li><button type="button" data-group="{_html_text(group)}" aria-pressed="true">'
        f'<span class="swatch" style="background:{colour}"></span>'
        f"{_html_text(group)} ({groups[group]})</button></li>"
        for group, colour in GROUP_COLOURS.items()
        if groups[group]
    )


def render_html(graph: nx.Graph, *, title: str, size_by: str = "degree") -> str:
    """One self-contained HTML page drawing ``graph``; it makes no network request.

    Nodes are coloured by ``stakeholder_group`` and sized by ``size_by`` ("degree"
    for weighted degree, or a numeric node attribute); edges are as wide as their
    ``weight``. Tooltips show the attributes of :mod:`igfgraph.network` graphs.

    >>> page = render_html(nx.Graph([("a", "b")]), title="Two")
    >>> page.startswith("<!DOCTYPE html>") and "https://" not in page
    True
    """
    data = _graph_data(graph, size_by)
    template, fixed = _page()
    return template.substitute(
        fixed,
        title=_html_text(title),
        summary=f"{graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges",
        legend=_legend(Counter(node["group"] for node in data["nodes"])),
        data=_script_json(data),
    )


def write_html(graph: nx.Graph, path: str | Path, *, title: str, size_by: str = "degree") -> None:
    """Write :func:`render_html`'s page for ``graph`` to ``path`` (UTF-8)."""
    Path(path).write_text(render_html(graph, title=title, size_by=size_by), encoding="utf-8")
