"""Interactive network pictures: one self-contained HTML page per graph, no network.

The page is ``assets/page.html`` around the vis-network script that the pyvis
package ships (licence: ``assets/vis-network.LICENSE.txt``), the page's own CSS and
JS, and the graph as JSON in ``<script type="application/json" id="graph-data">``.
pyvis's own templates are not used: they link bootstrap from a CDN (blank offline,
see docs/architecture.md, "Library notes"), and its ``Network`` would only build the
node and edge dicts that :func:`_graph_data` builds here in as many lines.

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
from collections.abc import Callable, Hashable, Mapping
from functools import cache
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx

from igfgraph.errors import IgfgraphError
from igfgraph.pictures.communities import communities
from igfgraph.pictures.filters import values
from igfgraph.pictures.large import EDGE_WIDTHS as LARGE_EDGE_WIDTHS
from igfgraph.pictures.large import LARGE_NODE_LIMIT, VIEWS, large_graph_data
from igfgraph.pictures.large import NODE_SIZES as LARGE_NODE_SIZES
from igfgraph.pictures.layout import ego_layout, layout
from igfgraph.pictures.measures import METRICS, betweenness, eigenvector, weighted_degree
from igfgraph.pictures.styles import (  # the palette, here too for earlier callers
    GROUP_COLOURS as GROUP_COLOURS,
)
from igfgraph.pictures.styles import (
    UNKNOWN_GROUP as UNKNOWN_GROUP,
)
from igfgraph.pictures.styles import (
    LegendEntry,
    legend,
    legend_title,
    node_style,
    short_label,
)
from igfgraph.pictures.styles import (
    stakeholder_group as stakeholder_group,
)

ASSETS = Path(__file__).parent / "assets"
VIS_NETWORK = files("pyvis") / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
"""vis-network 9.1.2 as pyvis 0.3.2 ships it."""
PHYSICS_NODE_LIMIT = 300
"""Above this many nodes, positions come from :func:`igfgraph.pictures.layout.layout`."""

NODE_FIELDS = (
    ("stakeholder_group", "Stakeholder group"),
    ("roles", "Roles"),
    ("organisations", "Organisations"),
    ("people", "People"),
    ("years", "Years"),
    ("session_types", "Session types"),
    ("sessions", "Sessions"),
    ("topics", "Topics"),
    ("other_groups", "Other stakeholder groups met"),
    ("community", "Community"),
    ("brokerage", "Go-between for pairs of stakeholder groups"),
    ("lines", "Report lines"),
)
EDGE_FIELDS = (
    ("shared_sessions", "Shared sessions"),
    ("shared_panels", "Shared panels"),
    ("co_organised", "Co-organised"),
    ("weight", "Weight"),
)
PAGE_FILTERS = (
    ("years", "Year"),
    ("roles", "Role"),
    ("session_types", "Session type"),
    ("topics", "Topic"),
)
"""Node attributes the page offers as filters (besides the legend's stakeholder groups)."""
METRIC_NAMES = {
    "weighted_degree": "weighted degree",
    "betweenness": "betweenness",
    "eigenvector": "eigenvector",
}
MEASURES: dict[str, Callable[[nx.Graph], dict[Hashable, float]]] = {
    "weighted_degree": weighted_degree,
    "betweenness": betweenness,
    "eigenvector": eigenvector,
}
"""How a metric is computed when the graph's nodes do not carry it already."""
NODE_SIZES = (10.0, 28.0)
EDGE_WIDTHS = (1.0, 8.0)

_URL_SCHEME = re.compile(r"(https?):/{2}", re.IGNORECASE)
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


def _scale(values: Mapping[Hashable, float], low: float, high: float) -> dict[Hashable, float]:
    """``values`` mapped linearly onto [low, high]; all-equal values all get ``low``.

    Values are first rounded to 9 decimals: the last digits of a measure computed in
    floating point (the eigenvector centrality of four people all tied to each other)
    differ from run to run and would otherwise make equal nodes as far apart as can be.
    """
    if not values:
        return {}
    values = {key: round(value, 9) for key, value in values.items()}
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


def _metric(graph: nx.Graph, name: str) -> dict[Hashable, float]:
    """The node attribute ``name`` where every node has it, else computed by MEASURES."""
    stored = nx.get_node_attributes(graph, name)
    if len(stored) == len(graph) or name not in MEASURES:
        return {node: float(stored.get(node, 0)) for node in graph}
    return MEASURES[name](graph)


def _sizes(graph: nx.Graph, size_by: str) -> dict[str, dict[Hashable, float]]:
    """Node sizes for each metric the page offers, ``size_by`` first."""
    size_by = "weighted_degree" if size_by == "degree" else size_by
    if size_by not in METRICS and not nx.get_node_attributes(graph, size_by):
        raise IgfgraphError(
            f"size_by={size_by!r}: no node has that attribute; use one of "
            f"{', '.join(METRICS)} or the name of a numeric node attribute"
        )
    names = dict.fromkeys((size_by, *METRICS))
    return {name: _scale(_metric(graph, name), *NODE_SIZES) for name in names}


def _graph_data(graph: nx.Graph, size_by: str) -> dict[str, Any]:
    """The graph as the plain data ``page.js`` draws."""
    sizes = _sizes(graph, size_by)
    widths = _scale(
        {(u, v): float(w) for u, v, w in graph.edges(data="weight", default=1)}, *EDGE_WIDTHS
    )
    if graph and not nx.get_node_attributes(graph, "community"):
        graph = graph.copy()
        nx.set_node_attributes(graph, communities(graph), "community")
    rings = nx.get_node_attributes(graph, "ring")
    physics = 0 < graph.number_of_nodes() <= PHYSICS_NODE_LIMIT and not rings
    positions = ego_layout(graph, rings) if rings else {} if physics else layout(graph)
    spread = 50 * math.sqrt(graph.number_of_nodes())  # layout() is in [-1, 1]; vis in px
    nodes = []
    for node, attrs in graph.nodes(data=True):
        style = node_style(attrs)
        label = str(attrs.get("label", node))
        entry = {
            "id": str(node),
            "label": short_label(label),
            "group": style.legend,
            "color": style.colour,
            "shape": style.shape,
            "sizes": [round(scaled[node], 1) for scaled in sizes.values()],
            "community": int(attrs.get("community", 0)),
            "broker": bool(attrs.get("brokerage")),
            "facets": {key: values(attrs.get(key)) for key, _ in PAGE_FILTERS if key in attrs},
            "info": _info(attrs, NODE_FIELDS),
        }
        if entry["label"] != label:
            entry["full"] = label
        if attrs.get("ego"):
            entry |= {"shape": "star", "broker": True}
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
    filters = []
    for key, heading in PAGE_FILTERS:
        choices = {value for node in nodes for value in node["facets"].get(key, [])}
        if choices:
            filters.append({"key": key, "label": heading, "values": sorted(choices)})
    return {
        "physics": physics,
        "centre": next((str(node) for node, ego in graph.nodes(data="ego") if ego), None),
        "directed": graph.is_directed(),
        "metrics": [[name, METRIC_NAMES.get(name, name.replace("_", " "))] for name in sizes],
        "filters": filters,
        "nodes": nodes,
        "edges": edges,
    }


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
    app = _asset("tip.js") + _asset("page.js")
    policy = (
        f"default-src 'none'; script-src {_csp_hash(vis)} {_csp_hash(app)}; "
        "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
    )
    fixed = {"vis": vis, "app": app, "css": _asset("page.css"), "csp": policy}
    return Template(_asset("page.html")), fixed


def _legend_entries(graph: nx.Graph) -> list[LegendEntry]:
    return legend(
        {node: node_style(attrs) for node, attrs in graph.nodes(data=True)},
        dict(graph.nodes(data="kind")),
    )


def _legend(entries: list[LegendEntry]) -> str:
    """One toggle button per colour shown (in palette order), then the node kinds by
    shape."""
    lines = []
    for entry in entries:
        swatch = (
            f'<span class="swatch {entry.shape}" style="background:{entry.colour}"></span>'
            f"{_html_text(entry.name)} ({entry.count})"
        )
        if entry.toggles:
            lines.append(
                f'    <li><button type="button" data-group="{_html_text(entry.name)}" '
                f'aria-pressed="true">{swatch}</button></li>'
            )
        else:
            lines.append(f'    <li class="kind">{swatch}</li>')
    return "\n".join(lines)


def _check_view(view: str) -> None:
    if view not in VIEWS:
        raise IgfgraphError(f"view={view!r}: use one of {', '.join(VIEWS)}")


def render_html(
    graph: nx.Graph, *, title: str, size_by: str = "weighted_degree", view: str = "backbone"
) -> str:
    """One self-contained HTML page drawing ``graph``; it makes no network request.

    Nodes are coloured by ``stakeholder_group`` (or, on the page, by Louvain
    community) and sized by ``size_by``: one of :data:`igfgraph.pictures.measures.METRICS`
    ("degree" is weighted degree) or a numeric node attribute; the page can switch
    to the other metrics. Edges are as wide as their ``weight``. Tooltips show the
    attributes of :mod:`igfgraph.pictures.build` graphs; brokers between stakeholder
    groups get a thick border; the page filters nodes by stakeholder group and by
    each of :data:`PAGE_FILTERS` the nodes carry.

    Graphs of more than :data:`igfgraph.pictures.large.LARGE_NODE_LIMIT` nodes get the
    WebGL page of :func:`render_large_html` instead, which opens on ``view``.

    >>> page = render_html(nx.Graph([("a", "b")]), title="Two")
    >>> page.startswith("<!DOCTYPE html>") and "https://" not in page
    True
    """
    _check_view(view)
    if graph.number_of_nodes() > LARGE_NODE_LIMIT:
        return render_large_html(graph, title=title, size_by=size_by, view=view)
    data = _graph_data(graph, size_by)
    template, fixed = _page()
    return template.substitute(
        fixed,
        title=_html_text(title),
        summary=f"{graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges",
        legend=_legend(_legend_entries(graph)),
        legend_name=legend_title(dict(graph.nodes(data="kind"))),
        data=_script_json(data),
    )


def _large_data(graph: nx.Graph, size_by: str, view: str = "backbone") -> dict[str, Any]:
    """:func:`igfgraph.pictures.large.large_graph_data` for ``graph``, with the sizes,
    groups and tooltips of this page."""
    weights = {(u, v): float(w) for u, v, w in graph.edges(data="weight", default=1)}
    sizes = {
        name: _scale(scaled, *LARGE_NODE_SIZES) for name, scaled in _sizes(graph, size_by).items()
    }
    return large_graph_data(
        graph,
        sizes=sizes,
        widths=_scale(weights, *LARGE_EDGE_WIDTHS),
        groups={node: stakeholder_group(g) for node, g in graph.nodes(data="stakeholder_group")},
        squares={
            node for node, attrs in graph.nodes(data=True) if node_style(attrs).shape == "square"
        },
        group_colours=GROUP_COLOURS,
        info={node: _info(attrs, NODE_FIELDS) for node, attrs in graph.nodes(data=True)},
        edge_info={(u, v): _info(attrs, EDGE_FIELDS) for u, v, attrs in graph.edges(data=True)},
        metric_names=[[name, METRIC_NAMES.get(name, name.replace("_", " "))] for name in sizes],
        view=view,
    )


@cache
def _large_page() -> tuple[Template, dict[str, str]]:
    """The WebGL page's template and fixed parts: scripts, CSS and security policy."""
    scripts = [
        _offline_script(_asset("graphology.umd.min.js")),
        _offline_script(_asset("sigma.min.js")),
        _asset("tip.js") + _asset("large.js"),
    ]
    policy = (
        f"default-src 'none'; script-src {' '.join(map(_csp_hash, scripts))}; "
        "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
    )
    graphology, sigma, app = scripts
    fixed = {
        "graphology": graphology,
        "sigma": sigma,
        "app": app,
        "css": _asset("page.css") + _asset("large.css"),
        "csp": policy,
    }
    return Template(_asset("large.html")), fixed


def render_large_html(
    graph: nx.Graph, *, title: str, size_by: str = "weighted_degree", view: str = "backbone"
) -> str:
    """One self-contained WebGL page drawing a large ``graph`` (sigma.js over graphology,
    see :mod:`igfgraph.pictures.large`); it makes no network request. It opens on
    ``view``: ``"backbone"`` (the strongest ties) or ``"communities"`` (one node each,
    a click shows a community's members).

    >>> page = render_large_html(nx.path_graph(3), title="Three")
    >>> page.startswith("<!DOCTYPE html>") and "https://" not in page
    True
    """
    _check_view(view)
    data = _large_data(graph, size_by, view)
    entries = _legend_entries(graph)
    template, fixed = _large_page()
    return template.substitute(
        fixed,
        title=_html_text(title),
        summary=(
            f"{graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges "
            f"({data['backbone_edges']:,} strongest shown)"
        ),
        legend=_legend([entry for entry in entries if entry.toggles]),
        kinds=_legend([entry for entry in entries if not entry.toggles]),
        data=_script_json(data),
    )


def write_html(
    graph: nx.Graph,
    path: str | Path,
    *,
    title: str,
    size_by: str = "weighted_degree",
    view: str = "backbone",
) -> None:
    """Write :func:`render_html`'s page for ``graph`` to ``path`` (UTF-8)."""
    page = render_html(graph, title=title, size_by=size_by, view=view)
    Path(path).write_text(page, encoding="utf-8")


STATIC_FORMATS = ("png", "svg")
STATIC_LABELS = 40
"""A static picture names this many of its largest nodes."""
STATIC_MARKERS = {"dot": "o", "square": "s"}
"""matplotlib's markers for the page's node shapes."""


def write_static(
    graph: nx.Graph, path: str | Path, *, title: str, size_by: str = "weighted_degree"
) -> None:
    """Draw ``graph`` to a PNG or SVG file (by ``path``'s suffix) for papers and slides.

    The same colours, sizes, widths and broker borders as the page, positions from
    :func:`igfgraph.pictures.layout.layout`, and the names of the largest nodes. Names are
    drawn as plain text (a ``$`` is not maths).
    """
    from matplotlib.figure import Figure  # imported here: slow, and only pictures need it
    from matplotlib.lines import Line2D

    path = Path(path)
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in STATIC_FORMATS:
        raise IgfgraphError(f"{path}: write a .png or .svg file (or .html)")
    sizes = next(iter(_sizes(graph, size_by).values()))
    widths = _scale(
        {(u, v): float(w) for u, v, w in graph.edges(data="weight", default=1)}, *EDGE_WIDTHS
    )
    positions = layout(graph)
    styles = {node: node_style(attrs) for node, attrs in graph.nodes(data=True)}
    figure = Figure(figsize=(12, 9), layout="constrained")
    axes = figure.subplots()
    nx.draw_networkx_edges(
        graph,
        positions,
        ax=axes,
        width=[widths[edge] / 3 for edge in graph.edges()],
        edge_color="#a0a4a8",
        alpha=0.6,
    )
    for shape, marker in STATIC_MARKERS.items():
        drawn = [node for node in graph if styles[node].shape == shape]
        nx.draw_networkx_nodes(
            graph,
            positions,
            nodelist=drawn,
            ax=axes,
            node_shape=marker,
            node_size=[sizes[node] ** 2 / 2 for node in drawn],
            node_color=[styles[node].colour for node in drawn],
            edgecolors="#333333",
            linewidths=[2.5 if graph.nodes[node].get("brokerage") else 0.5 for node in drawn],
        )
    for node in sorted(graph, key=lambda node: -sizes[node])[:STATIC_LABELS]:
        x, y = positions[node]
        label = short_label(str(graph.nodes[node].get("label", node)))
        axes.text(x, y, label, fontsize=7, ha="center", va="bottom", parse_math=False)
    axes.legend(
        handles=[
            Line2D(
                [],
                [],
                marker=STATIC_MARKERS[entry.shape],
                linestyle="",
                markerfacecolor=entry.colour,
                markeredgecolor="#333333",
                label=f"{entry.name} ({entry.count})",
            )
            for entry in _legend_entries(graph)
        ],
        loc="lower left",
        fontsize=8,
        frameon=False,
    )
    axes.set_title(title, parse_math=False)
    axes.set_axis_off()
    figure.savefig(path, format=suffix, dpi=150)


def write_picture(
    graph: nx.Graph,
    path: str | Path,
    *,
    title: str,
    size_by: str = "weighted_degree",
    view: str = "backbone",
) -> None:
    """Write ``graph`` as an interactive page (``.html``, a large one opening on ``view``)
    or a static ``.png``/``.svg``."""
    if Path(path).suffix.lower() in (".html", ".htm"):
        write_html(graph, path, title=title, size_by=size_by, view=view)
    else:
        write_static(graph, path, title=title, size_by=size_by)
