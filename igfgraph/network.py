"""Networks from query rows: who spoke with whom, which organisations are tied.

Functions take query rows or a graph and return a graph or plain Python data; none
reads files or talks to a store. Attributes a query left unbound are left out of
the graph (rather than stored as ``None``), so the graphs export to GraphML or GEXF.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping

import networkx as nx

Row = Mapping[str, str | int | float | None]

PERSON_FIELDS = ("stakeholder_group", "organisations", "roles", "sessions", "lines")


def _number(value: str | int | float | None) -> int | float:
    """A count from a query cell: ``None`` is 0, ``"3"`` is 3, ``"2.5"`` is 2.5."""
    if value is None:
        return 0
    if isinstance(value, int | float):
        return value
    number = float(value)
    return int(number) if number.is_integer() else number


def _bound(row: Row, names: Iterable[str]) -> dict[str, str | int | float]:
    """The cells of ``row`` called ``names`` that the query bound."""
    return {name: row[name] for name in names if row.get(name) is not None}


def co_speaker_graph(edges: Iterable[Row], people: Iterable[Row] = ()) -> nx.Graph:
    """People who spoke in the same session, from ``who_spoke_with_whom`` rows.

    Nodes are ``person_iri``s with a ``label`` and, from the ``people`` rows, the
    attributes ``stakeholder_group, organisations, roles, sessions, lines``; people
    rows only annotate, so a person with no co-speaker is not a node. Each edge has
    ``shared_sessions``, ``shared_panels`` and ``weight`` = sessions + panels (a
    shared panel is a closer tie than a shared session). Each pair arrives in both
    directions and becomes one edge; a person paired with themself is dropped.

    >>> g = co_speaker_graph(
    ...     [{"person": "A", "partner": "B", "person_iri": "p:a", "partner_iri": "p:b",
    ...       "shared_sessions": 2, "shared_panels": 1}],
    ...     [{"person": "A", "person_iri": "p:a", "stakeholder_group": "government"}],
    ... )
    >>> g.nodes["p:a"], g.edges["p:a", "p:b"]["weight"]
    ({'label': 'A', 'stakeholder_group': 'government'}, 3)
    """
    graph = nx.Graph()
    for row in edges:
        person, partner = row["person_iri"], row["partner_iri"]
        if person == partner:
            continue
        graph.add_node(person, label=row["person"] or person)
        graph.add_node(partner, label=row["partner"] or partner)
        sessions, panels = _number(row["shared_sessions"]), _number(row["shared_panels"])
        graph.add_edge(
            person,
            partner,
            shared_sessions=sessions,
            shared_panels=panels,
            weight=sessions + panels,
        )
    for row in people:
        iri = row["person_iri"]
        if iri in graph:
            graph.nodes[iri].update(_bound(row, PERSON_FIELDS))
            graph.nodes[iri]["label"] = row["person"] or iri
    return graph


def organisation_graph(ties: Iterable[Row]) -> nx.Graph:
    """Organisations tied by co-organising or sharing panels, from ``organisation_ties``.

    Nodes are organisation names with ``label`` and ``stakeholder_group`` (when
    known); edges have ``co_organised``, ``shared_panels`` and the query's ``weight``.
    Each pair arrives in both directions and becomes one edge.

    >>> g = organisation_graph(
    ...     [{"org": "ISOC", "partner": "EFF", "co_organised": 1, "shared_panels": 2,
    ...       "weight": 3, "org_group": "technical community", "partner_group": None}]
    ... )
    >>> g.nodes["ISOC"], g.nodes["EFF"], g.edges["ISOC", "EFF"]["weight"]
    ({'label': 'ISOC', 'stakeholder_group': 'technical community'}, {'label': 'EFF'}, 3)
    """
    graph = nx.Graph()
    for row in ties:
        org, partner = row["org"], row["partner"]
        if org == partner:
            continue
        for name, group in ((org, row["org_group"]), (partner, row["partner_group"])):
            graph.add_node(name, label=name)
            if group is not None:
                graph.nodes[name]["stakeholder_group"] = group
        graph.add_edge(
            org,
            partner,
            co_organised=_number(row["co_organised"]),
            shared_panels=_number(row["shared_panels"]),
            weight=_number(row["weight"]),
        )
    return graph


def weighted_degree(graph: nx.Graph, weight: str = "weight") -> dict[Hashable, float]:
    """Each node's summed edge ``weight`` (edges without one count 1).

    >>> weighted_degree(nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 3})]))
    {'a': 2, 'b': 5, 'c': 3}
    """
    return dict(graph.degree(weight=weight))


def layout(
    graph: nx.Graph, *, seed: int = 42, iterations: int = 50
) -> dict[Hashable, tuple[float, float]]:
    """Seeded spring-layout positions in [-1, 1], heavier edges pulling harder.

    For pictures too large for the browser's physics: about 0.3 s for 400 nodes,
    3 s for 1,000 and 30 s for 5,000 on this kind of machine (networkx needs scipy
    from 500 nodes on).

    >>> pos = layout(nx.path_graph(3))
    >>> sorted(pos) == [0, 1, 2] and all(-1 <= c <= 1 for xy in pos.values() for c in xy)
    True
    """
    positions = nx.spring_layout(graph, seed=seed, iterations=iterations, weight="weight")
    return {node: (float(x), float(y)) for node, (x, y) in positions.items()}
