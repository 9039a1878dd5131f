"""Facets and filters: node attributes from query rows that say what each node is
(its years, roles, session types, topics, ...), and the subgraph of the nodes whose
attributes match.

An attribute with several values is a string joined with ``"; "`` (GraphML and GEXF hold
no lists); :func:`values` splits it again.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping

import networkx as nx

Row = Mapping[str, str | int | float | None]
"""A query row: column -> value, ``None`` where the query left it unbound."""
SEPARATOR = "; "


def values(cell: object) -> list[str]:
    """The values of a ``"; "``-joined attribute; ``None`` and ``""`` have none.

    >>> values("speaker; moderator"), values(2017), values(None)
    (['speaker', 'moderator'], ['2017'], [])
    """
    if cell is None or cell == "":
        return []
    return [value for value in str(cell).split(SEPARATOR) if value]


def joined(items: Iterable[object]) -> str:
    """Distinct ``items`` in first-seen order, joined with ``"; "``."""
    return SEPARATOR.join(dict.fromkeys(str(item) for item in items))


FACETS = {
    "years": "year",
    "roles": "role",
    "session_types": "session_type",
    "organisations": "organisation",
    "sessions": "session_title",
    "lines": "line",
}
"""Node attributes :func:`participation_facets` fills, from which ``participations`` column."""


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
            attribute: joined(sorted(items) if attribute == "years" else items)
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


def organisation_facets(rows: Iterable[Row]) -> dict[Hashable, dict[str, str]]:
    """Node attributes of organisations from ``organisation_facets`` rows (one row per
    organisation and stakeholder group): the :data:`ORGANISATION_FACETS` of each, their
    values sorted, and ``stakeholder_group``, the group of most participations (of two
    as many, the one of the ``first`` participation, as in :func:`participation_facets`).

    >>> organisation_facets([
    ...     {"organisation": "ISOC", "stakeholder_group": "", "participations": 5,
    ...      "first": "A", "roles": "speaker; chair", "years": "2018"},
    ...     {"organisation": "ISOC", "stakeholder_group": "IGO", "participations": 1,
    ...      "first": "B", "roles": "speaker", "years": "2017; "},
    ... ])
    {'ISOC': {'years': '2017; 2018', 'roles': 'chair; speaker', 'stakeholder_group': 'IGO'}}
    """
    found: dict[Hashable, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    groups: dict[Hashable, list[tuple[int, str, str]]] = defaultdict(list)
    for row in rows:
        node = row["organisation"]
        for attribute in ORGANISATION_FACETS:
            found[node][attribute].update(values(row.get(attribute)))
        if row.get("stakeholder_group"):
            count, first = -int(row["participations"] or 0), str(row.get("first") or "")
            groups[node].append((count, first, str(row["stakeholder_group"])))
    result: dict[Hashable, dict[str, str]] = {}
    for node, facets in found.items():
        result[node] = {name: joined(sorted(facets[name])) for name in facets if facets[name]}
        if groups[node]:
            result[node]["stakeholder_group"] = min(groups[node])[2]
    return result


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
    session_topics = topics_by_title(topic_rows)
    found: dict[Hashable, set[str]] = defaultdict(set)
    for row in participations:
        if row.get(key) is not None:
            found[row[key]].update(session_topics.get(str(row.get("session_title")), ()))
    return topics_facet(found)


def topics_by_title(topic_rows: Iterable[Row]) -> dict[str, set[str]]:
    """The topics of each session title, from ``topic_rows`` (``label`` and the titles of
    its ``sessions``, ``"; "``-joined).

    >>> topics_by_title([{"label": "privacy", "sessions": "S1; S2"}])
    {'S1': {'privacy'}, 'S2': {'privacy'}}
    """
    found: dict[str, set[str]] = defaultdict(set)
    for row in topic_rows:
        for title in values(row.get("sessions")):
            found[title].add(str(row["label"]))
    return dict(found)


def topics_facet(topics: Mapping[Hashable, set[str]]) -> dict[Hashable, dict[str, str]]:
    """``topics`` facets (sorted, ``"; "``-joined) of the nodes that have topics.

    >>> topics_facet({"p:a": {"privacy", "access"}, "p:b": set()})
    {'p:a': {'topics': 'access; privacy'}}
    """
    return {node: {"topics": joined(sorted(found))} for node, found in topics.items() if found}


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
    return induced_subgraph(graph, keep)


def induced_subgraph(graph: nx.Graph, nodes: Iterable[Hashable]) -> nx.Graph:
    """A copy of ``graph`` with only ``nodes`` and the edges among them, nodes and edges in
    ``graph``'s order (``graph.subgraph`` may give a small subgraph's nodes in the order of a
    set, which changes from run to run, and with it the communities and the layout).

    >>> list(induced_subgraph(nx.path_graph(["c", "b", "a"]), {"a", "c", "b"}))
    ['c', 'b', 'a']
    """
    kept = set(nodes)
    result = graph.__class__()
    result.graph.update(graph.graph)
    result.add_nodes_from((node, attrs) for node, attrs in graph.nodes(data=True) if node in kept)
    result.add_edges_from(
        (u, v, attrs) for u, v, attrs in graph.edges(data=True) if u in kept and v in kept
    )
    return result
