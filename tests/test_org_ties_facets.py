"""The org-ties picture reads each organisation's facets grouped in SPARQL
(``organisation_facets``), for everyone or for the organisations drawn with one: its graph
must be the one built from every participation, as it was before, on the fixture corpus
and on generated reports.

Only the order of a facet's values differs: they are now sorted (before: in the order of
the first participation, by person name, that named each).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import networkx as nx
import pytest

from igfgraph.pictures.build import organisation_graph
from igfgraph.pictures.filters import ORGANISATION_FACETS, participation_facets, values
from igfgraph.pictures.named import PICTURES
from igfgraph.queries import run_query
from igfgraph.store import GraphStore


def former_org_ties(store: GraphStore, params: dict[str, str]) -> nx.Graph:
    """The org-ties graph as it was built before: facets from every participation."""
    graph = organisation_graph(run_query(store, "organisation_ties", params))
    facets = participation_facets(
        run_query(store, "participations"), "organisation", ORGANISATION_FACETS
    )
    nx.set_node_attributes(graph, {node: facets[node] for node in graph if node in facets})
    return graph


def comparable(graph: nx.Graph) -> Iterator[tuple[object, ...]]:
    """Nodes and edges with their attributes, a facet's values as a set."""
    for node, attrs in graph.nodes(data=True):
        yield (
            node,
            {
                name: frozenset(values(value)) if name in ORGANISATION_FACETS else value
                for name, value in attrs.items()
            },
        )
    for u, v, attrs in graph.edges(data=True):
        yield (frozenset((u, v)), attrs)


def busiest_organisation(store: GraphStore) -> str:
    """The organisation with the most ties."""
    ties = run_query(store, "organisation_ties")
    return Counter(str(row["org"]) for row in ties).most_common(1)[0][0]


@pytest.mark.parametrize("one", [False, True], ids=["everyone", "one organisation"])
def test_org_ties_draws_what_it_drew_from_every_participation(
    picture_store: GraphStore, one: bool
) -> None:
    store = picture_store
    params = {"org": busiest_organisation(store)} if one else {}
    new = PICTURES["org-ties"].build(store, dict(params))[0]
    old = former_org_ties(store, params)
    assert len(new) > 3 and new.number_of_edges() > 2
    assert list(new) == list(old)
    assert list(comparable(new)) == list(comparable(old))
    with_facets = [attrs for _, attrs in new.nodes(data=True) if "people" in attrs]
    assert with_facets and all(
        attrs[name] == "; ".join(sorted(values(attrs[name])))
        for attrs in with_facets
        for name in ORGANISATION_FACETS
        if name in attrs
    )
