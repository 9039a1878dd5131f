"""Networks from query rows: who spoke with whom, which organisations are tied, who took
part for which organisation, which topics sessions speak of.

Each function takes query rows and returns a graph. Attributes a query left unbound are
left out of the graph (rather than stored as ``None``), so the graphs export to GraphML
or GEXF.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING

import networkx as nx
import numpy as np

from igfgraph.pictures.filters import (
    ORGANISATION_FACETS,
    Row,
    induced_subgraph,
    participation_facets,
    values,
)
from igfgraph.pictures.ties import Ties

if TYPE_CHECKING:
    from igfgraph.queries.cospeaking import CoSpeakerPairs

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


def co_speaker_graph(edges: Iterable[Row] | CoSpeakerPairs, people: Iterable[Row] = ()) -> nx.Graph:
    """The network of :func:`co_speaker_network` alone."""
    return co_speaker_network(edges, people)[0]


def co_speaker_network(
    edges: Iterable[Row] | CoSpeakerPairs, people: Iterable[Row] = ()
) -> tuple[nx.Graph, Ties]:
    """People who spoke in the same session, from ``who_spoke_with_whom`` rows (or their
    columns).

    Nodes are ``person_iri``s with a ``label`` and, from the ``people`` rows, the
    attributes ``stakeholder_group, organisations, roles, sessions, lines``; people
    rows only annotate, so a person with no co-speaker is not a node. Each edge has
    ``shared_sessions``, ``shared_panels`` and ``weight`` = sessions + panels (a
    shared panel is a closer tie than a shared session). Each pair arrives in both
    directions and becomes one edge; a person paired with themself is dropped. Nodes
    come in the order rows first name them, labelled by the last row that does; edges
    in the order of their pair's first row, which says which end is first, and with
    the counts of its last row. Returned with its ties (:class:`Ties`, as ``Ties.of``
    would read them), known from the columns, so that measuring it need not read it.

    >>> g, ties = co_speaker_network(
    ...     [{"person": "A", "partner": "B", "person_iri": "p:a", "partner_iri": "p:b",
    ...       "shared_sessions": 2, "shared_panels": 1}],
    ...     [{"person": "A", "person_iri": "p:a", "stakeholder_group": "government"}],
    ... )
    >>> g.nodes["p:a"], g.edges["p:a", "p:b"]["weight"], ties.weight.tolist()
    ({'label': 'A', 'stakeholder_group': 'government'}, 3, [3.0])
    """
    from igfgraph.queries.cospeaking import CoSpeakerPairs  # here: it loads the query layer

    pairs = edges if isinstance(edges, CoSpeakerPairs) else CoSpeakerPairs(*_columns(edges))
    other = pairs.person != pairs.partner
    person, partner = pairs.person[other], pairs.partner[other]
    named = np.column_stack([person, partner]).ravel()  # each row's person, then partner
    names = np.column_stack([pairs.person_name[other], pairs.partner_name[other]]).ravel()
    firsts, lasts = _first_and_last(named, len(pairs.iris))
    graph = nx.Graph()
    iris = pairs.iris[named[firsts]].tolist()
    graph.add_nodes_from(
        (iri, {"label": name or iri}) for iri, name in zip(iris, names[lasts].tolist(), strict=True)
    )
    place = np.zeros(len(pairs.iris), dtype=np.int64)  # each IRI's number among the nodes
    place[named[firsts]] = np.arange(len(firsts))
    size = max(len(pairs.iris), 1)
    _, pair = np.unique(
        np.minimum(person, partner) * size + np.maximum(person, partner), return_inverse=True
    )
    firsts, lasts = _first_and_last(pair, len(pair))
    counted = pairs.shared_sessions[other][lasts], pairs.shared_panels[other][lasts]
    sessions, panels = (column.tolist() for column in counted)
    summed = counted[0] + counted[1]  # counts as numbers, or Python's numbers (rows)
    weights = summed.tolist()
    _add_new_ties(
        graph,
        pairs.iris[person[firsts]].tolist(),
        pairs.iris[partner[firsts]].tolist(),
        (
            {"shared_sessions": s, "shared_panels": p, "weight": w}
            for s, p, w in zip(sessions, panels, weights, strict=True)
        ),
    )
    for iri, attributes in person_attributes(people).items():
        if iri in graph:
            graph.nodes[iri].update(attributes)
    ties = Ties.added(
        iris,
        place[person[firsts]],
        place[partner[firsts]],
        summed.astype(float),
        integral=summed.dtype.kind in "iu" or all(isinstance(weight, int) for weight in weights),
    )
    return graph, ties


def _add_new_ties(
    graph: nx.Graph, first: list[Hashable], second: list[Hashable], data: Iterable[dict]
) -> None:
    """Tie ``first[k]`` to ``second[k]`` with the attributes ``data[k]``, for each k in
    turn, as ``graph.add_edges_from`` would: the same adjacency, in the same order.

    Written into networkx's adjacency (the dict of dicts its docs describe for
    subclasses) without ``add_edges_from``'s checks and copies, two dictionary updates
    a tie: 52 ms to 21 ms for the 54,067 ties of the busiest ego at 10,000 reports. So
    only for ties that are new (no pair twice, none already in ``graph``), between two
    different nodes already in ``graph``, of a graph nothing has been computed and
    cached for yet (networkx's ``__networkx_cache__``).
    """
    adjacency = graph._adj
    for u, v, attributes in zip(first, second, data, strict=True):
        adjacency[u][v] = adjacency[v][u] = attributes


def _first_and_last(keys: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
    """For each value of ``keys`` (numbers below ``count``), in the order of its first
    place: that first place, and its last place.

    >>> [place.tolist() for place in _first_and_last(np.array([7, 3, 7, 5, 3]), 8)]
    [[0, 1, 3], [2, 4, 3]]
    """
    places = np.arange(len(keys))
    first = np.full(count, len(keys))
    np.minimum.at(first, keys, places)
    last = np.full(count, -1)
    np.maximum.at(last, keys, places)
    held = np.flatnonzero(first < len(keys))
    order = held[np.argsort(first[held])]
    return first[order], last[order]


def _columns(rows: Iterable[Row]) -> tuple[np.ndarray, ...]:
    """``who_spoke_with_whom`` rows as the columns of ``CoSpeakerPairs``, in its order
    (counts as numbers, see :func:`_number`)."""
    listed = list(rows)
    index: dict[str, int] = {}
    ends = [
        (
            index.setdefault(row["person_iri"], len(index)),
            index.setdefault(row["partner_iri"], len(index)),
        )
        for row in listed
    ]
    return (
        np.array(list(index), dtype=object),
        np.array([person for person, _ in ends], dtype=np.int64),
        np.array([partner for _, partner in ends], dtype=np.int64),
        np.array([row["person"] for row in listed], dtype=object),
        np.array([row["partner"] for row in listed], dtype=object),
        np.array([_number(row["shared_sessions"]) for row in listed], dtype=object),
        np.array([_number(row["shared_panels"]) for row in listed], dtype=object),
    )


def person_attributes(people: Iterable[Row]) -> dict[str, dict[str, str | int | float]]:
    """Each person's ``label`` and :data:`PERSON_FIELDS` from ``people`` rows, by IRI: a
    later row of the same person overrides what it binds, and the label is its name.

    >>> person_attributes([{"person": "A", "person_iri": "p:a", "roles": "chair"},
    ...                    {"person": "Ann", "person_iri": "p:a", "roles": None}])
    {'p:a': {'roles': 'chair', 'label': 'Ann'}}
    """
    found: dict[str, dict[str, str | int | float]] = {}
    for row in people:
        iri = row["person_iri"]
        found.setdefault(iri, {}).update(_bound(row, PERSON_FIELDS))
        found[iri]["label"] = row["person"] or iri
    return found


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


def person_organisation_graph(participations: Iterable[Row]) -> nx.Graph:
    """People and the organisations they took part for, from ``participations`` rows.

    A bipartite graph (``bipartite`` 0 for people, 1 for organisations, ``kind``
    "person" or "organisation"), nodes keyed by IRI; an edge's ``sessions`` and
    ``weight`` count the sessions the person took part in for that organisation.

    >>> g = person_organisation_graph([
    ...     {"person": "A", "person_iri": "p:a", "organisation": "ISOC",
    ...      "organisation_iri": "o:isoc", "session_iri": "s:1", "role": "speaker"},
    ...     {"person": "A", "person_iri": "p:a", "organisation": "ISOC",
    ...      "organisation_iri": "o:isoc", "session_iri": "s:2", "role": "chair"},
    ... ])
    >>> g.nodes["o:isoc"]["label"], g.edges["p:a", "o:isoc"]["weight"], g.nodes["p:a"]["roles"]
    ('ISOC', 2, 'speaker; chair')
    """
    rows = [row for row in participations if row.get("organisation_iri") is not None]
    sessions: dict[tuple[Hashable, Hashable], set[object]] = defaultdict(set)
    graph = nx.Graph()
    for row in rows:
        person, organisation = row["person_iri"], row["organisation_iri"]
        graph.add_node(person, label=row["person"] or person, kind="person", bipartite=0)
        graph.add_node(
            organisation,
            label=row["organisation"] or organisation,
            kind="organisation",
            bipartite=1,
        )
        sessions[person, organisation].add(row.get("session_iri"))
    for (person, organisation), shared in sessions.items():
        graph.add_edge(person, organisation, sessions=len(shared), weight=len(shared))
    nx.set_node_attributes(graph, participation_facets(rows))
    organisation_facets = participation_facets(rows, "organisation_iri", ORGANISATION_FACETS)
    nx.set_node_attributes(graph, organisation_facets)
    return graph


def civil_society_graph(ties: Iterable[Row], civil_society: Iterable[Row]) -> nx.Graph:
    """Civil-society organisations and the organisations they are tied to.

    ``ties`` are ``organisation_ties`` rows (see :func:`organisation_graph`);
    ``civil_society`` are ``civil_society_map`` rows, whose organisations are kept
    with their direct partners, and annotated with ``people``, ``sessions``,
    ``other_groups`` and ``session_count``. An organisation with no tie stays, alone:
    the map shows who works with nobody.

    >>> g = civil_society_graph(
    ...     [{"org": "EFF", "partner": "ITU", "co_organised": 0, "shared_panels": 1,
    ...       "weight": 1, "org_group": "civil society", "partner_group": None},
    ...      {"org": "ITU", "partner": "ISOC", "co_organised": 1, "shared_panels": 0,
    ...       "weight": 1, "org_group": None, "partner_group": None}],
    ...     [{"organisation": "EFF", "session_count": 2}, {"organisation": "APC"}],
    ... )
    >>> sorted(g), g.nodes["EFF"]["session_count"]
    (['APC', 'EFF', 'ITU'], 2)
    """
    ties_graph = organisation_graph(ties)
    members = {row["organisation"]: row for row in civil_society}
    partners = {partner for name in members if name in ties_graph for partner in ties_graph[name]}
    graph = induced_subgraph(ties_graph, set(members) | partners)
    for name, row in members.items():
        graph.add_node(name, label=name, stakeholder_group="civil society")
        graph.nodes[name].update(
            _bound(row, ("people", "sessions", "other_groups", "session_count"))
        )
    return graph


def topic_session_graph(topic_rows: Iterable[Row]) -> nx.Graph:
    """Topics and the sessions that speak of them, from ``sessions_by_topic`` rows.

    Topic nodes are ``topic_iri``s (``kind`` "topic", ``label``, ``basket``,
    ``matched_words``); session nodes are titles (``kind`` "session"). A session is
    tied to its most specific topics: not to a basket when it is tied to one of
    the basket's issues, and each issue is tied to its basket.

    >>> g = topic_session_graph([
    ...     {"topic": "cs", "label": "cybersecurity", "basket": "cybersecurity",
    ...      "sessions": "S1; S2", "topic_iri": "t:cs", "matched_words": "security"},
    ...     {"topic": "norms", "label": "cyber norms", "basket": "cybersecurity",
    ...      "sessions": "S1", "topic_iri": "t:norms", "matched_words": "norms"},
    ... ])
    >>> sorted(tuple(sorted(edge)) for edge in g.edges())
    [('S1', 't:norms'), ('S2', 't:cs'), ('t:cs', 't:norms')]
    """
    rows = [row for row in topic_rows if values(row.get("sessions"))]
    baskets = {row["label"]: row["topic_iri"] for row in rows if row["label"] == row["basket"]}
    graph = nx.Graph()
    for row in rows:
        graph.add_node(row["topic_iri"], label=row["label"], kind="topic")
        graph.nodes[row["topic_iri"]].update(_bound(row, ("basket", "matched_words")))
        for title in values(row["sessions"]):
            graph.add_node(title, label=title, kind="session")
            graph.add_edge(row["topic_iri"], title, weight=1)
    for row in rows:
        basket = baskets.get(row["basket"])
        if basket is None or basket == row["topic_iri"]:
            continue
        for title in values(row["sessions"]):
            if graph.has_edge(basket, title):
                graph.remove_edge(basket, title)
        graph.add_edge(row["topic_iri"], basket, weight=1)
    return graph
