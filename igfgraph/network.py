"""Networks from query rows: who spoke with whom, which organisations are tied.

Functions take query rows or a graph and return a graph or plain Python data; none
reads files or talks to a store. Attributes a query left unbound are left out of
the graph (rather than stored as ``None``), so the graphs export to GraphML or GEXF.
Attributes with several values (roles, years, ...) are strings joined with ``"; "``
for the same reason; :func:`values` splits them again.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping

import networkx as nx
import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import eigsh

Row = Mapping[str, str | int | float | None]

PERSON_FIELDS = ("stakeholder_group", "organisations", "roles", "sessions", "lines")
SEPARATOR = "; "
FACETS = {
    "years": "year",
    "roles": "role",
    "session_types": "session_type",
    "organisations": "organisation",
    "sessions": "session_title",
    "lines": "line",
}
"""Node attributes :func:`participation_facets` fills, from which ``participations`` column."""
BETWEENNESS_SAMPLES = 100
"""Past this many nodes, betweenness is estimated from this many seeded source nodes."""


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


def values(cell: object) -> list[str]:
    """The values of a ``"; "``-joined attribute; ``None`` and ``""`` have none.

    >>> values("speaker; moderator"), values(2017), values(None)
    (['speaker', 'moderator'], ['2017'], [])
    """
    if cell is None or cell == "":
        return []
    return [value for value in str(cell).split(SEPARATOR) if value]


def _joined(items: Iterable[object]) -> str:
    """Distinct ``items`` in first-seen order, joined with ``"; "``."""
    return SEPARATOR.join(dict.fromkeys(str(item) for item in items))


def participation_facets(
    participations: Iterable[Row],
    key: str = "person_iri",
    facets: Mapping[str, str] = FACETS,
) -> dict[Hashable, dict[str, str]]:
    """Node attributes from ``participations`` rows, for the node in column ``key``.

    Each attribute of ``facets`` joins the distinct values of its column (years
    sorted); ``stakeholder_group`` is the group the node's rows name most often.
    Feed the result to ``nx.set_node_attributes``: nodes not in the graph are skipped.

    >>> facets = participation_facets([
    ...     {"person_iri": "p:a", "year": 2018, "role": "speaker", "stakeholder_group": "IGO"},
    ...     {"person_iri": "p:a", "year": 2017, "role": "chair", "stakeholder_group": None},
    ... ], facets={"years": "year", "roles": "role"})
    >>> facets["p:a"]
    {'years': '2017; 2018', 'roles': 'speaker; chair', 'stakeholder_group': 'IGO'}
    """
    collected: dict[Hashable, dict[str, list[object]]] = defaultdict(lambda: defaultdict(list))
    groups: dict[Hashable, Counter[object]] = defaultdict(Counter)
    for row in participations:
        node = row.get(key)
        if node is None:
            continue
        for attribute, column in facets.items():
            if row.get(column) is not None:
                collected[node][attribute].append(row[column])
        if row.get("stakeholder_group") is not None:
            groups[node][row["stakeholder_group"]] += 1
    result: dict[Hashable, dict[str, str]] = {}
    for node, found in collected.items():
        result[node] = {
            attribute: _joined(sorted(items) if attribute == "years" else items)
            for attribute, items in found.items()
        }
        if groups[node]:
            result[node]["stakeholder_group"] = str(groups[node].most_common(1)[0][0])
    return result


ORGANISATION_FACETS = {
    "people": "person",
    "years": "year",
    "roles": "role",
    "session_types": "session_type",
    "sessions": "session_title",
    "lines": "line",
}
"""What :func:`participation_facets` tells about an organisation."""


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
    graph = ties_graph.subgraph(set(members) | partners).copy()
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


def topic_facets(
    participations: Iterable[Row], topic_rows: Iterable[Row], key: str = "person_iri"
) -> dict[Hashable, dict[str, str]]:
    """``topics``: the topics of the sessions each node took part in.

    >>> topic_facets(
    ...     [{"person_iri": "p:a", "session_title": "S1"}],
    ...     [{"label": "privacy", "sessions": "S1; S2"}, {"label": "access", "sessions": "S3"}],
    ... )
    {'p:a': {'topics': 'privacy'}}
    """
    session_topics: dict[str, list[str]] = defaultdict(list)
    for row in topic_rows:
        for title in values(row.get("sessions")):
            session_topics[title].append(str(row["label"]))
    found: dict[Hashable, list[str]] = defaultdict(list)
    for row in participations:
        if row.get(key) is not None:
            found[row[key]].extend(session_topics.get(str(row.get("session_title")), []))
    return {node: {"topics": _joined(sorted(topics))} for node, topics in found.items() if topics}


def betweenness(graph: nx.Graph, *, seed: int = 42) -> dict[Hashable, float]:
    """Normalised shortest-path betweenness (paths counted in hops).

    Exact up to :data:`BETWEENNESS_SAMPLES` nodes, then estimated from that many
    seeded source nodes (exact takes minutes at 5,000 nodes).

    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    samples = None if len(graph) <= BETWEENNESS_SAMPLES else BETWEENNESS_SAMPLES
    return nx.betweenness_centrality(graph, k=samples, seed=seed)


def eigenvector(graph: nx.Graph, weight: str = "weight") -> dict[Hashable, float]:
    """Weighted eigenvector centrality, component by component.

    Each connected component's vector has unit length times the square root of
    its share of the nodes, so a small component does not outrank a large one;
    a node with no edge scores 0.

    >>> {node: round(value, 2) for node, value in eigenvector(nx.path_graph(3)).items()}
    {0: 0.5, 1: 0.71, 2: 0.5}
    """
    scores = dict.fromkeys(graph, 0.0)
    for component in nx.connected_components(graph):
        if len(component) < 2:
            continue
        members = list(component)
        adjacency = nx.to_scipy_sparse_array(graph, nodelist=members, weight=weight, dtype=float)
        if len(members) <= 500:
            vector = np.linalg.eigh(adjacency.toarray())[1][:, -1]
        else:
            vector = eigsh(adjacency, k=1, which="LA")[1][:, 0]
        vector = np.abs(vector) * math.sqrt(len(members) / len(graph)) / np.linalg.norm(vector)
        scores |= dict(zip(members, vector.tolist(), strict=True))
    return scores


def communities(graph: nx.Graph, *, seed: int = 42) -> dict[Hashable, int]:
    """Seeded Louvain communities: community 0 is the largest, then by size.

    >>> two = nx.union(nx.complete_graph(3), nx.complete_graph(["a", "b"]))
    >>> communities(two)
    {0: 0, 1: 0, 2: 0, 'a': 1, 'b': 1}
    """
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    ordered = sorted(found, key=lambda members: (-len(members), min(map(str, members))))
    numbers = {node: number for number, members in enumerate(ordered) for node in members}
    return {node: numbers[node] for node in graph}


def brokers(graph: nx.Graph, attribute: str = "stakeholder_group") -> list[dict[str, object]]:
    """People (or organisations) who connect stakeholder groups that are not tied directly.

    ``brokerage`` counts pairs of a node's neighbours that belong to two different
    known groups and have no tie of their own: the node is their only go-between
    here. Rows (node, label, stakeholder_group, groups it reaches, brokerage), most
    brokerage first; nodes with none are left out.

    >>> g = nx.Graph([("a", "b"), ("a", "c")])
    >>> nx.set_node_attributes(g, {"b": "government", "c": "civil society"}, "stakeholder_group")
    >>> [(row["node"], row["groups"], row["brokerage"]) for row in brokers(g)]
    [('a', 'civil society; government', 1)]
    """
    group = {node: graph.nodes[node].get(attribute) for node in graph}
    rows = []
    for node in graph:
        neighbours = [other for other in graph[node] if group[other] is not None]
        counts = Counter(group[other] for other in neighbours)
        if len(counts) < 2:
            continue
        cross_pairs = (len(neighbours) ** 2 - sum(c * c for c in counts.values())) // 2
        tied = nx.subgraph(graph, neighbours).edges()
        cross_ties = sum(1 for u, v in tied if group[u] != group[v])
        if cross_pairs > cross_ties:
            rows.append(
                {
                    "node": node,
                    "label": graph.nodes[node].get("label", node),
                    "stakeholder_group": group[node],
                    "groups": _joined(sorted(counts)),
                    "brokerage": cross_pairs - cross_ties,
                }
            )
    return sorted(rows, key=lambda row: (-row["brokerage"], str(row["label"])))


METRICS = ("weighted_degree", "betweenness", "eigenvector")
"""The node metrics :func:`add_metrics` stores and pictures can size nodes by."""


def add_metrics(graph: nx.Graph, *, seed: int = 42) -> nx.Graph:
    """Store every metric on ``graph``'s nodes, and return it.

    Sets ``weighted_degree``, ``betweenness``, ``eigenvector``, ``community`` and
    ``brokerage`` (0 for nodes that broker nothing).

    >>> g = add_metrics(nx.path_graph(3))
    >>> g.nodes[1]["weighted_degree"], g.nodes[1]["betweenness"], g.nodes[1]["brokerage"]
    (2, 1.0, 0)
    """
    nx.set_node_attributes(graph, weighted_degree(graph), "weighted_degree")
    nx.set_node_attributes(graph, betweenness(graph, seed=seed), "betweenness")
    nx.set_node_attributes(graph, eigenvector(graph), "eigenvector")
    nx.set_node_attributes(graph, communities(graph, seed=seed), "community")
    brokerage = {row["node"]: row["brokerage"] for row in brokers(graph)}
    nx.set_node_attributes(graph, {node: brokerage.get(node, 0) for node in graph}, "brokerage")
    return graph


def mixing_matrix(
    graph: nx.Graph, attribute: str = "stakeholder_group", weight: str = "weight"
) -> dict[str, dict[str, float]]:
    """Summed tie ``weight`` between and within stakeholder groups, both ways.

    Nodes without the attribute count as ``"unknown"``; ``pandas.DataFrame(result)``
    is the matrix.

    >>> g = nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 1})])
    >>> nx.set_node_attributes(g, {"a": "government", "b": "government"}, "stakeholder_group")
    >>> mixing_matrix(g)
    {'government': {'government': 2, 'unknown': 1}, 'unknown': {'government': 1, 'unknown': 0}}
    """
    group = {node: graph.nodes[node].get(attribute) or "unknown" for node in graph}
    names = sorted(set(group.values()))
    matrix: dict[str, dict[str, float]] = {name: dict.fromkeys(names, 0) for name in names}
    for u, v, value in graph.edges(data=weight, default=1):
        matrix[group[u]][group[v]] += value
        if group[u] != group[v]:
            matrix[group[v]][group[u]] += value
    return matrix


FILTERS = {
    "years": "years",
    "session_types": "session_types",
    "roles": "roles",
    "stakeholder_groups": "stakeholder_group",
    "topics": "topics",
}
"""Keyword of :func:`filter_graph` -> the node attribute it looks at."""


def filter_graph(graph: nx.Graph, **wanted: Iterable[object]) -> nx.Graph:
    """The subgraph of nodes that match every filter given (a copy).

    Filters are :data:`FILTERS` keywords, each a collection of values; a node
    matches when its attribute holds at least one of them. An empty filter keeps all.

    >>> g = nx.Graph([("a", "b"), ("b", "c")])
    >>> nx.set_node_attributes(g, {"a": "2017", "b": "2017; 2018", "c": "2019"}, "years")
    >>> sorted(filter_graph(g, years=[2017]).edges())
    [('a', 'b')]
    """
    unknown = sorted(set(wanted) - set(FILTERS))
    if unknown:
        raise TypeError(f"unknown filter {', '.join(unknown)}; filters: {', '.join(FILTERS)}")
    checks = [(FILTERS[name], {str(v) for v in chosen}) for name, chosen in wanted.items()]
    checks = [(attribute, chosen) for attribute, chosen in checks if chosen]
    keep = [
        node
        for node, attrs in graph.nodes(data=True)
        if all(chosen & set(values(attrs.get(attribute))) for attribute, chosen in checks)
    ]
    return graph.subgraph(keep).copy()


def edge_rows(graph: nx.Graph) -> list[dict[str, object]]:
    """One row per edge: ``source``, ``target``, their labels, then every edge attribute.

    >>> edge_rows(nx.Graph([("a", "b", {"weight": 2})]))
    [{'source': 'a', 'target': 'b', 'source_label': 'a', 'target_label': 'b', 'weight': 2}]
    """
    names = sorted({name for _, _, attrs in graph.edges(data=True) for name in attrs})
    return [
        {
            "source": u,
            "target": v,
            "source_label": graph.nodes[u].get("label", u),
            "target_label": graph.nodes[v].get("label", v),
        }
        | {name: attrs.get(name) for name in names}
        for u, v, attrs in graph.edges(data=True)
    ]


def layout(
    graph: nx.Graph, *, seed: int = 42, iterations: int = 50
) -> dict[Hashable, tuple[float, float]]:
    """Seeded force-directed positions in [-1, 1], heavier edges pulling harder.

    Fruchterman-Reingold with the repulsion of far nodes taken from the centres of
    a grid of cells (about 8 nodes each, the grid shifted at every step), and a
    little gravity: about 3 s for 5,000 nodes and 20,000 edges on this kind of
    machine, where ``nx.spring_layout`` takes 30 s and ``nx.forceatlas2_layout`` 40 s.

    >>> pos = layout(nx.path_graph(3))
    >>> sorted(pos) == [0, 1, 2] and all(-1 <= c <= 1 for xy in pos.values() for c in xy)
    True
    """
    nodes = list(graph)
    if not nodes:
        return {}
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1.0, 1.0, (len(nodes), 2))
    if graph.number_of_edges():
        adjacency = nx.to_scipy_sparse_array(graph, nodelist=nodes, weight="weight")
        pos = _spread(pos, sp.coo_array(adjacency), rng, iterations)
    pos -= pos.mean(axis=0)
    pos /= max(float(np.abs(pos).max()), 1e-12)
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos, strict=True)}


def _spread(
    pos: np.ndarray, adjacency: sp.coo_array, rng: np.random.Generator, iterations: int
) -> np.ndarray:
    """:func:`layout`'s iterations on start positions ``pos`` (n x 2)."""
    count = len(pos)
    sources, targets = adjacency.row, adjacency.col
    weights = adjacency.data.astype(float) / float(adjacency.data.max())
    ideal = 2.0 / math.sqrt(count)  # the distance that shares out the square [-1, 1]^2
    cells = max(1, int(math.sqrt(count / 8)))
    step = 0.1
    for _ in range(iterations):
        low, high = pos.min(axis=0), pos.max(axis=0)
        size = np.maximum(high - low, 1e-9) / cells
        low = low - rng.uniform(0, 1, 2) * size
        cell = np.minimum(((pos - low) / size).astype(int), cells)
        index = cell[:, 0] * (cells + 1) + cell[:, 1]
        mass = np.bincount(index, minlength=(cells + 1) ** 2).astype(float)
        occupied = np.flatnonzero(mass)
        centre = np.stack(
            [np.bincount(index, pos[:, axis], (cells + 1) ** 2) for axis in (0, 1)], axis=1
        )
        centre, mass = centre[occupied] / mass[occupied, None], mass[occupied]
        force = np.empty_like(pos)
        for start in range(0, count, 1024):  # blocks keep memory at a few MB
            delta = pos[start : start + 1024, None, :] - centre[None, :, :]
            distance2 = np.maximum((delta**2).sum(axis=-1), (0.01 * ideal) ** 2)
            push = ideal * ideal * mass / distance2
            force[start : start + 1024] = (push[..., None] * delta).sum(axis=1)
        delta = pos[sources] - pos[targets]
        pull = (np.sqrt((delta**2).sum(axis=1)) * weights / ideal)[:, None] * delta
        np.subtract.at(force, sources, pull)
        force -= pos  # gravity: nothing drifts away
        length = np.maximum(np.sqrt((force**2).sum(axis=1)), 1e-12)
        pos = pos + force / length[:, None] * np.minimum(length, step)[:, None]
        step *= 0.93
    return pos
