"""What each node of a picture looks like: its colour, shape, legend entry and label.

People and organisations are coloured by stakeholder group; organisations are squares
beside round people. Sessions and topics are two kinds of node: sessions dark squares,
topics dots coloured by their basket of ``ontology/topics.ttl``. Long labels are cut, the
whole name kept for the tooltip and the search.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

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

SESSION = "session"
SESSION_COLOUR = "#3B4A5A"
BASKET_COLOURS = {
    "infrastructure and standardisation": "#4E79A7",
    "cybersecurity": "#E15759",
    "legal": "#B07AA1",
    "economic": "#F28E2B",
    "development": "#59A14F",
    "sociocultural": "#EDC948",
    "human rights": "#76B7B2",
}
"""Topic basket colours (Tableau 10), in the order of ``ontology/topics.ttl``."""
OTHER_BASKET_COLOUR = "#9C755F"
"""A basket not in :data:`BASKET_COLOURS` (a topic scheme of the user's own)."""

SHAPES = {"person": "dot", "organisation": "square", "session": "square", "topic": "dot"}
"""vis-network shapes of the node kinds; nodes without a kind are dots."""
KIND_NAMES = {"person": "person", "organisation": "organisation"}
"""Kinds the legend names by shape, beside the colours (sessions and topics have colours
of their own)."""

LABEL_LENGTH = 32
"""Longer labels are cut to this many characters on the picture."""


def stakeholder_group(value: object) -> str:
    """The palette name of a stakeholder group; anything unrecognised is ``"unknown"``.

    >>> stakeholder_group(" Intergovernmental Organisation"), stakeholder_group(None)
    ('intergovernmental organization', 'unknown')
    """
    name = str(value or "").strip().casefold().replace("organisation", "organization")
    return name if name in GROUP_COLOURS else UNKNOWN_GROUP


def short_label(text: str, length: int = LABEL_LENGTH) -> str:
    """``text`` cut at a word to at most ``length`` characters, an ellipsis added.

    >>> short_label("Centre for Communication Governance at National Law University Delhi")
    'Centre for Communication…'
    >>> short_label("Access Now")
    'Access Now'
    """
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut and text[length - 1] != " ":
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–") + "…"


@dataclass(frozen=True)
class NodeStyle:
    """How one node is drawn and which legend entry it belongs to."""

    legend: str
    colour: str
    shape: str


def node_style(attrs: Mapping[str, Any]) -> NodeStyle:
    """The style of a node with attributes ``attrs`` (see :mod:`igfgraph.pictures.build`).

    >>> node_style({"kind": "topic", "basket": "cybersecurity"})
    NodeStyle(legend='cybersecurity', colour='#E15759', shape='dot')
    >>> node_style({"kind": "organisation", "stakeholder_group": "government"})
    NodeStyle(legend='government', colour='#0072B2', shape='square')
    """
    kind = attrs.get("kind")
    shape = SHAPES.get(str(kind), "dot")
    if kind == SESSION:
        return NodeStyle(SESSION, SESSION_COLOUR, shape)
    if kind == "topic":
        basket = str(attrs.get("basket") or attrs.get("label") or "")
        return NodeStyle(basket, BASKET_COLOURS.get(basket, OTHER_BASKET_COLOUR), shape)
    group = stakeholder_group(attrs.get("stakeholder_group"))
    return NodeStyle(group, GROUP_COLOURS[group], shape)


@dataclass(frozen=True)
class LegendEntry:
    """One line of a legend: a colour (a button that hides or shows its nodes) or a
    shape (a node kind, not a button)."""

    name: str
    colour: str
    shape: str
    count: int
    toggles: bool = True


def legend(styles: Mapping[Any, NodeStyle], kinds: Mapping[Any, object]) -> list[LegendEntry]:
    """The legend of nodes styled ``styles`` (node -> style), whose ``kind`` attributes
    are ``kinds``: stakeholder groups in palette order (sessions, then baskets in their
    order, for a topics picture), then the shapes of :data:`KIND_NAMES` when the picture
    mixes them.

    >>> [(e.name, e.count) for e in legend(
    ...     {"a": node_style({"kind": "person"}), "b": node_style({"kind": "organisation"})},
    ...     {"a": "person", "b": "organisation"})]
    [('unknown', 2), ('person', 1), ('organisation', 1)]
    """
    counts = Counter(style.legend for style in styles.values())
    order = [SESSION, *GROUP_COLOURS, *BASKET_COLOURS, *sorted(counts)]
    colours = {style.legend: style.colour for style in styles.values()}
    shapes = {style.legend: style.shape for style in styles.values()}
    entries = [
        LegendEntry(name, colours[name], shapes[name] if name == SESSION else "dot", counts[name])
        for name in dict.fromkeys(order)
        if counts[name]
    ]
    shown = Counter(str(kind) for kind in kinds.values() if kind in KIND_NAMES)
    if len(shown) > 1:
        entries += [
            LegendEntry(KIND_NAMES[kind], "#ffffff", SHAPES[kind], shown[kind], toggles=False)
            for kind in KIND_NAMES
            if shown[kind]
        ]
    return entries


def legend_title(kinds: Mapping[Any, object]) -> str:
    """What the colours of a picture whose nodes have the ``kind`` attributes ``kinds``
    stand for.

    >>> legend_title({"s": "session", "t": "topic"}), legend_title({"p": None})
    ('topic basket', 'stakeholder group')
    """
    if {SESSION, "topic"} & set(kinds.values()):
        return "topic basket"
    return "stakeholder group"
