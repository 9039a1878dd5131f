"""Networks from hand-made query rows: exact nodes, edges, attributes, weights and metrics."""

import json
import math
import random
import subprocess
import sys
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import igraph
import networkx as nx
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from igfgraph.pictures import measures
from igfgraph.pictures.build import (
    civil_society_graph,
    co_speaker_graph,
    organisation_graph,
    person_organisation_graph,
)
from igfgraph.pictures.communities import brokerage, brokers, communities, mixing_matrix
from igfgraph.pictures.export import edge_rows
from igfgraph.pictures.filters import ORGANISATION_FACETS, filter_graph, participation_facets
from igfgraph.pictures.layout import layout
from igfgraph.pictures.measures import (
    BETWEENNESS_SAMPLES,
    add_metrics,
    betweenness,
    eigenvector,
    node_metrics,
    weighted_degree,
)
from igfgraph.pictures.ties import Ties

ROWS = Path(__file__).parent / "fixtures" / "rows"
IRI = "https://w3id.org/igfgraph/id/person/"
KATHY, LUIS, MARYANT, ANA = (
    IRI + slug for slug in ("kathy-brown", "luis-fernando-garcia", "maryant-fernandez", "ana-neves")
)


def rows(name: str) -> dict:
    return json.loads((ROWS / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def speakers() -> nx.Graph:
    data = rows("co_speakers")
    return co_speaker_graph(data["edges"], data["people"])


@pytest.fixture
def orgs() -> nx.Graph:
    return organisation_graph(rows("organisation_ties")["ties"])


def test_co_speaker_graph_has_one_edge_per_pair(speakers):
    assert set(speakers) == {KATHY, LUIS, MARYANT, ANA}
    assert speakers.number_of_edges() == 3
    assert dict(speakers[KATHY][LUIS]) == {"shared_sessions": 2, "shared_panels": 1, "weight": 3}
    assert dict(speakers[KATHY][MARYANT]) == {"shared_sessions": 1, "shared_panels": 0, "weight": 1}
    assert dict(speakers[MARYANT][ANA]) == {"shared_sessions": 1, "shared_panels": 0, "weight": 1}


def test_co_speaker_graph_is_the_graph_networkx_adds_from_the_rows_in_their_order():
    """Ties written into networkx's adjacency: the graph ``add_edges_from`` gives, each
    node's neighbours and each tie's ends in the same order, even after the graph is
    changed and copied."""
    draw = random.Random(7)
    people = [f"p:{n}" for n in range(30)]
    found = []
    for _ in range(400):
        person, partner = draw.choice(people), draw.choice(people)
        counts = {"shared_sessions": draw.randint(1, 4), "shared_panels": draw.randint(0, 2)}
        found.append({"person_iri": person, "partner_iri": partner, **counts})
        found.append({"person_iri": partner, "partner_iri": person, **counts})
    draw.shuffle(found)
    rows_ = [{**row, "person": row["person_iri"], "partner": row["partner_iri"]} for row in found]
    expected = nx.Graph()
    expected.add_nodes_from(
        (iri, {"label": iri})  # named by the rows as their IRIs
        for iri in dict.fromkeys(
            iri
            for row in found
            if row["person_iri"] != row["partner_iri"]
            for iri in (row["person_iri"], row["partner_iri"])
        )
    )
    first, last = {}, {}
    for row in found:
        if row["person_iri"] != row["partner_iri"]:
            pair = frozenset((row["person_iri"], row["partner_iri"]))
            first.setdefault(pair, row)
            last[pair] = row
    expected.add_edges_from(
        (
            row["person_iri"],
            row["partner_iri"],
            {
                "shared_sessions": last[pair]["shared_sessions"],
                "shared_panels": last[pair]["shared_panels"],
                "weight": last[pair]["shared_sessions"] + last[pair]["shared_panels"],
            },
        )
        for pair, row in first.items()
    )
    graph = co_speaker_graph(rows_)
    for built, reference in ((graph, expected), (graph.copy(), expected.copy())):
        assert list(built.nodes(data=True)) == list(reference.nodes(data=True))
        assert list(built.edges(data=True)) == list(reference.edges(data=True))
        assert all(
            list(built.adj[node].items()) == list(reference.adj[node].items()) for node in built
        )
    some = next(iter(graph.edges))
    graph.remove_edge(*some)  # one dictionary for a tie, seen from both ends
    expected.remove_edge(*some)
    graph.edges[next(iter(graph.edges))]["weight"] = 99
    expected.edges[next(iter(expected.edges))]["weight"] = 99
    assert list(graph.edges(data=True)) == list(expected.edges(data=True))
    assert nx.utils.graphs_equal(graph, expected)


def test_co_speaker_graph_drops_self_pairs_and_people_without_partners(speakers):
    assert not nx.number_of_selfloops(speakers)
    assert IRI + "nadia-solo" not in speakers


def test_co_speaker_nodes_carry_people_attributes(speakers):
    assert speakers.nodes[KATHY] == {
        "label": "Kathy Brown",
        "stakeholder_group": "technical community",
        "organisations": "Internet Society",
        "roles": "speaker; moderator",
        "sessions": "IGF 2017 WS 33; IGF 2017 Main Session",
        "lines": "report.txt:12; report.txt:40",
    }
    assert "stakeholder_group" not in speakers.nodes[MARYANT]
    assert speakers.nodes[ANA] == {"label": "Ana Neves"}


def test_organisation_graph(orgs):
    assert sorted(orgs) == ["EFF", "ISOC", "ITU", "Ministry of Digital Affairs"]
    assert orgs.number_of_edges() == 3
    assert dict(orgs["ISOC"]["EFF"]) == {"co_organised": 1, "shared_panels": 2, "weight": 3}
    assert orgs["ISOC"]["ITU"]["weight"] == 1
    assert orgs["EFF"]["Ministry of Digital Affairs"]["weight"] == 1
    assert orgs.nodes["ITU"] == {
        "label": "ITU",
        "stakeholder_group": "intergovernmental organization",
    }
    assert orgs.nodes["Ministry of Digital Affairs"] == {"label": "Ministry of Digital Affairs"}


def test_weighted_degree(speakers, orgs):
    assert weighted_degree(speakers) == {KATHY: 4, LUIS: 3, MARYANT: 2, ANA: 1}
    assert weighted_degree(orgs) == {
        "ISOC": 4,
        "EFF": 4,
        "ITU": 1,
        "Ministry of Digital Affairs": 1,
    }


def test_empty_rows_give_empty_graphs():
    assert co_speaker_graph([], []).number_of_nodes() == 0
    assert organisation_graph([]).number_of_nodes() == 0


def test_layout_is_seeded_and_bounded():
    graph = nx.connected_watts_strogatz_graph(400, 4, 0.1, seed=1)
    first, again = layout(graph), layout(graph)
    assert first == again
    assert set(first) == set(graph)
    assert all(-1.0 <= c <= 1.0 for xy in first.values() for c in xy)
    assert layout(graph, seed=2) != first


def participations() -> list[dict]:
    return rows("participations")["participations"]


def test_participation_facets_join_years_roles_and_pick_the_usual_group():
    facets = participation_facets(participations())
    assert facets["p:kathy"] == {
        "years": "2017; 2018",
        "roles": "chair; speaker",
        "session_types": "workshop; open forum",
        "organisations": "Internet Society",
        "sessions": "WS 33 title; OF 5 title",
        "lines": "a.txt:12; b.txt:20-21",
        "stakeholder_group": "technical community",
    }
    assert "organisations" not in facets["p:ana"]
    by_org = participation_facets(participations(), "organisation", ORGANISATION_FACETS)
    assert by_org["Internet Society"]["people"] == "Kathy Brown"
    assert by_org["Internet Society"]["years"] == "2017; 2018"
    assert set(by_org) == {"Internet Society", "R3D", "OHCHR"}


def test_person_organisation_graph_is_bipartite_and_counts_sessions():
    graph = person_organisation_graph(participations())
    assert sorted(graph) == ["o:isoc", "o:ohchr", "o:r3d", "p:kathy", "p:luis", "p:peggy"]
    assert nx.is_bipartite(graph)
    assert {n for n, side in graph.nodes(data="bipartite") if side == 1} == {
        "o:isoc",
        "o:ohchr",
        "o:r3d",
    }
    assert dict(graph["p:kathy"]["o:isoc"]) == {"sessions": 2, "weight": 2}
    assert graph["p:luis"]["o:r3d"]["weight"] == 1
    assert graph.nodes["o:isoc"]["label"] == "Internet Society"
    assert graph.nodes["o:isoc"]["people"] == "Kathy Brown"
    assert graph.nodes["p:peggy"]["stakeholder_group"] == "intergovernmental organization"


def test_civil_society_graph_keeps_members_partners_and_loners(orgs):
    ties = rows("organisation_ties")["ties"]
    members = [
        {"organisation": "EFF", "people": "Ana Neves", "session_count": 2, "other_groups": None},
        {"organisation": "Derechos Digitales", "session_count": 1},
    ]
    graph = civil_society_graph(ties, members)
    assert sorted(graph) == ["Derechos Digitales", "EFF", "ISOC", "Ministry of Digital Affairs"]
    assert graph.number_of_edges() == 2  # ISOC-ITU is not around civil society
    assert graph.nodes["EFF"]["people"] == "Ana Neves"
    assert "other_groups" not in graph.nodes["EFF"]
    assert graph.nodes["Derechos Digitales"] == {
        "label": "Derechos Digitales",
        "stakeholder_group": "civil society",
        "session_count": 1,
    }
    assert graph.degree("Derechos Digitales") == 0


def two_groups() -> nx.Graph:
    """Two government triangles joined only through Kofi, plus a civil-society pair."""
    graph = nx.Graph([("g1", "g2"), ("g2", "g3"), ("g1", "g3"), ("c1", "c2"), ("g1", "kofi")])
    graph.add_edges_from([("kofi", "c1", {"weight": 3}), ("kofi", "t1")])
    groups = {"g1": "government", "g2": "government", "g3": "government"}
    groups |= {"c1": "civil society", "c2": "civil society", "t1": "technical community"}
    nx.set_node_attributes(graph, groups, "stakeholder_group")
    return graph


def blas_threads() -> dict[str, int]:
    """Each loaded BLAS library's threads now, by file."""
    return {
        info["filepath"]: info["num_threads"]
        for info in threadpool_info()
        if info["user_api"] == "blas"
    }


def watch_blas_in_eigenvector(monkeypatch) -> list[dict[str, int]]:
    """Record the BLAS threads each call of the measures' eigenvector sees."""
    seen: list[dict[str, int]] = []
    real = measures.eigenvector

    def watched(graph, **options):
        seen.append(blas_threads())
        return real(graph, **options)

    monkeypatch.setattr(measures, "eigenvector", watched)
    return seen


def test_measures_run_with_blas_on_one_thread_then_give_the_threads_back(monkeypatch):
    seen = watch_blas_in_eigenvector(monkeypatch)
    with threadpool_limits(limits=2, user_api="blas"):
        before = blas_threads()
        found = node_metrics(two_groups())
        after = blas_threads()
    assert before and set(before.values()) == {2}
    assert [set(threads.values()) for threads in seen] == [{1}]
    assert after == before
    assert found == node_metrics(two_groups())  # the same measures


def test_measures_in_several_threads_at_once_each_run_on_one_blas_thread(monkeypatch):
    seen = watch_blas_in_eigenvector(monkeypatch)
    before = blas_threads()
    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(lambda _: node_metrics(two_groups()), range(8)))
    assert [set(threads.values()) for threads in seen] == [{1}] * 8
    assert blas_threads() == before
    assert all(measured == found[0] for measured in found)


def test_brokers_connect_groups_that_are_not_tied():
    rows_ = brokers(two_groups())
    assert [(row["node"], row["brokerage"], row["groups"]) for row in rows_] == [
        ("kofi", 3, "civil society; government; technical community"),
    ]


def test_metrics_on_a_known_graph():
    graph = add_metrics(two_groups())
    assert graph.nodes["kofi"]["weighted_degree"] == 5
    assert max(graph, key=lambda node: graph.nodes[node]["betweenness"]) == "kofi"
    assert graph.nodes["t1"]["betweenness"] == 0.0
    assert {graph.nodes[node]["brokerage"] for node in graph if node != "kofi"} == {0}
    community = nx.get_node_attributes(graph, "community")
    assert community["g1"] == community["g2"] == community["g3"]
    assert community["c1"] == community["c2"] != community["g1"]
    assert add_metrics(two_groups()).nodes(data=True) == graph.nodes(data=True)  # seeded


def test_communities_are_numbered_by_size_then_smallest_name():
    graph = nx.complete_graph(["x1", "x2", "x3", "x4"])
    graph.add_edges_from(nx.complete_graph(["b1", "b2", "b3"]).edges)
    graph.add_edges_from(nx.complete_graph(["a2", "a1", "a3"]).edges)
    graph.add_nodes_from(["z", "y"])
    assert communities(graph) == {
        **dict.fromkeys(["x1", "x2", "x3", "x4"], 0),
        **dict.fromkeys(["b1", "b2", "b3"], 2),
        **dict.fromkeys(["a2", "a1", "a3"], 1),
        "z": 4,
        "y": 3,
    }
    caves = communities(nx.connected_caveman_graph(6, 8))
    assert all(len({caves[node] for node in range(i * 8, i * 8 + 8)}) == 1 for i in range(6))


COMMUNITIES_OF_A_WEIGHTED_GRAPH = """
import random
import networkx as nx
from igfgraph.pictures.communities import communities
graph = nx.connected_watts_strogatz_graph(400, 4, 0.1, seed=1)
draw = random.Random(3)
nx.set_edge_attributes(graph, {edge: draw.randint(1, 5) for edge in graph.edges}, "weight")
"""


def test_communities_are_seeded_alike_in_every_process_and_leave_randomness_alone():
    space: dict = {}
    exec(COMMUNITIES_OF_A_WEIGHTED_GRAPH, space)
    graph = space["graph"]
    random.seed(1)
    drawn = igraph.Graph.Erdos_Renyi(n=30, p=0.2).get_edgelist()  # from Python's random
    first = communities(graph)
    random.seed(1)
    assert igraph.Graph.Erdos_Renyi(n=30, p=0.2).get_edgelist() == drawn  # igraph's restored
    assert communities(graph) == first
    assert communities(graph, seed=2) != first
    shown = "print(sorted(communities(graph).items()))"
    other = subprocess.run(
        [sys.executable, "-c", COMMUNITIES_OF_A_WEIGHTED_GRAPH + shown],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert other.strip() == str(sorted(first.items()))


A_PICTURE_THEN_IGRAPH = """
import sys
import networkx as nx
from igfgraph.pictures.communities import communities
from igfgraph.pictures.render import render_html
caves = nx.connected_caveman_graph(6, 8)
render_html(caves, title="caves")
print(sorted(name for name in sys.modules if name.partition(".")[0] in ("matplotlib", "igraph")))
found = communities(caves)
import igraph
print(communities(caves) == found)
print(len(set(igraph.Graph.Famous("Zachary").community_multilevel().membership)) > 1)
"""


def test_a_picture_loads_only_igraphs_compiled_module_and_igraph_still_imports_after():
    """Louvain needs igraph's compiled module, not the package that imports
    matplotlib.pyplot (half a second of every picture); igraph imported later works."""
    shown = subprocess.run(
        [sys.executable, "-c", A_PICTURE_THEN_IGRAPH], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert shown == ["['igraph._igraph']", "True", "True"]


def test_eigenvector_shares_out_by_component_and_ignores_loners():
    graph = nx.union(nx.complete_graph(3), nx.complete_graph(["a", "b"]))
    graph.add_node("alone")
    scores = eigenvector(graph)
    assert scores["alone"] == 0.0
    assert scores[0] == pytest.approx(math.sqrt(1 / 3) * math.sqrt(3 / 6))
    assert scores["a"] == pytest.approx(math.sqrt(1 / 2) * math.sqrt(2 / 6))
    assert eigenvector(nx.empty_graph(2)) == {0: 0.0, 1: 0.0}


def weighted_graph_with_loops() -> nx.Graph:
    """Two weighted components, a self-loop in one, a loner with only a self-loop."""
    graph = nx.connected_watts_strogatz_graph(600, 6, 0.1, seed=2)
    draw = random.Random(5)
    nx.set_edge_attributes(graph, {edge: draw.randint(1, 5) for edge in graph.edges}, "weight")
    graph.add_edges_from([("a", "b", {"weight": 2.5}), ("b", "c"), ("a", "a", {"weight": 3})])
    graph.add_edge("loner", "loner")
    return graph


def test_ties_are_the_matrices_networkx_gives():
    graph = weighted_graph_with_loops()
    ties = Ties.of(graph)
    assert ties.nodes == list(graph)
    weighted = nx.to_scipy_sparse_array(graph, weight="weight", dtype=float)
    assert (ties.weighted != weighted).nnz == 0
    assert ties.weighted.has_canonical_format
    tied = nx.to_scipy_sparse_array(graph, weight=None, dtype=float)
    tied.setdiag(0)
    tied.eliminate_zeros()
    assert (ties.tied != (tied > 0).astype(float)).nnz == 0
    assert ties.tied[0].sum() == graph.degree(0)
    assert ties.tied.diagonal().sum() == 0
    ends = [(ties.nodes[u], ties.nodes[v]) for u, v in zip(ties.first, ties.second, strict=True)]
    assert ends == list(graph.edges())
    assert ties.weight.tolist() == [float(w) for *_, w in graph.edges(data="weight", default=1)]


def test_eigenvector_is_networkx_eigenvector_in_each_component():
    """Largest component (600 nodes: ARPACK) and a small one (3 nodes: dense), self-loops
    kept on the diagonal: networkx's unit vectors times the square root of each share."""
    graph = weighted_graph_with_loops()
    scores = eigenvector(graph)
    assert scores["loner"] == 0.0
    for members in (range(600), ["a", "b", "c"]):
        part = graph.subgraph(members)
        expected = nx.eigenvector_centrality_numpy(part, weight="weight")
        share = math.sqrt(len(part) / len(graph))
        assert all(scores[n] == pytest.approx(expected[n] * share, rel=1e-9) for n in part)
    assert eigenvector(graph, ties=Ties.of(graph)) == scores


def test_measures_from_ties_read_once_are_the_measures_of_the_graph():
    graph = weighted_graph_with_loops()
    nx.set_node_attributes(
        graph, {n: ("a", "b", "c")[hash(str(n)) % 3] for n in graph}, "stakeholder_group"
    )
    ties = Ties.of(graph)
    assert betweenness(graph, ties=ties) == betweenness(graph)
    degrees = weighted_degree(graph, ties=ties)
    assert degrees == dict(graph.degree(weight="weight")) and degrees["a"] == 2.5 + 6
    integral = nx.relabel_nodes(graph.subgraph(range(600)).copy(), str)
    integral.add_edge("self", "self", weight=4)
    integral_ties = Ties.of(integral)
    assert integral_ties.integral and not ties.integral
    degrees = weighted_degree(integral, ties=integral_ties)
    assert degrees == dict(integral.degree(weight="weight")) and degrees["self"] == 8
    assert all(type(value) is int for value in degrees.values())
    assert communities(graph, ties=ties) == communities(graph)
    assert brokers(graph, ties=ties) == brokers(graph)


def test_brokerage_counts_untied_pairs_of_neighbours_in_two_groups():
    graph = weighted_graph_with_loops()
    draw = random.Random(7)
    for node in graph:
        group = draw.choice(["government", "civil society", "academia", None])
        if group:
            graph.nodes[node]["stakeholder_group"] = group
    group = nx.get_node_attributes(graph, "stakeholder_group")
    expected = {}
    for node in graph:
        known = [n for n in graph[node] if n != node and n in group]
        pairs = [(x, y) for i, x in enumerate(known) for y in known[i + 1 :]]
        expected[node] = sum(group[x] != group[y] and not graph.has_edge(x, y) for x, y in pairs)
    found = {row["node"]: row["brokerage"] for row in brokers(graph)}
    assert found == {node: count for node, count in expected.items() if count}
    assert sum(found.values()) > 1000
    counts = brokerage(graph)  # every node's, without the rows
    assert counts == [expected[node] for node in graph]
    assert all(type(count) is int for count in counts)
    assert brokerage(nx.empty_graph(3)) == [0, 0, 0]


def test_betweenness_is_estimated_past_the_sample_size():
    graph = nx.connected_watts_strogatz_graph(BETWEENNESS_SAMPLES + 100, 4, 0.2, seed=3)
    estimate, exact = betweenness(graph), nx.betweenness_centrality(graph)
    top = sorted(exact, key=exact.get, reverse=True)[:10]
    assert len(set(top) & set(sorted(estimate, key=estimate.get, reverse=True)[:20])) >= 7
    assert betweenness(graph) == estimate


def test_betweenness_estimate_is_networkx_estimate_from_sparse_products():
    """The sources networkx would draw, their paths counted in sparse products: the same
    estimate to rounding, on a graph of several components and a leaf or two."""
    graph = nx.union(
        nx.barabasi_albert_graph(BETWEENNESS_SAMPLES * 3, 3, seed=1),
        nx.path_graph(range(10_000, 10_040)),
    )
    graph.add_edge(0, "leaf")
    estimate = betweenness(graph)
    networkx = nx.betweenness_centrality(graph, k=BETWEENNESS_SAMPLES, seed=42)
    assert list(estimate) == list(networkx)
    assert all(estimate[node] == pytest.approx(networkx[node], rel=1e-9) for node in graph)


def test_mixing_matrix_sums_weights_between_groups():
    matrix = mixing_matrix(two_groups())
    assert matrix["government"] == {
        "civil society": 0,
        "government": 3,
        "technical community": 0,
        "unknown": 1,
    }
    assert matrix["civil society"]["unknown"] == matrix["unknown"]["civil society"] == 3
    assert matrix["civil society"]["civil society"] == 1
    assert matrix["unknown"]["technical community"] == 1


def test_filter_graph_keeps_nodes_matching_every_filter():
    graph = person_organisation_graph(participations())
    assert sorted(filter_graph(graph, years=["2017"])) == ["o:isoc", "o:r3d", "p:kathy", "p:luis"]
    assert sorted(filter_graph(graph, years=[2018], roles=["speaker"])) == [
        "o:isoc",
        "o:ohchr",
        "p:kathy",
        "p:peggy",
    ]
    assert sorted(filter_graph(graph, session_types=["workshop"], roles=["chair"])) == [
        "o:isoc",
        "p:kathy",
    ]
    assert sorted(filter_graph(graph, stakeholder_groups=["civil society"])) == ["o:r3d", "p:luis"]
    assert filter_graph(graph, topics=["privacy"]).number_of_nodes() == 0
    assert filter_graph(graph, years=[]).number_of_nodes() == graph.number_of_nodes()
    with pytest.raises(TypeError, match="unknown filter year"):
        filter_graph(graph, year=[2017])


def test_edge_rows(orgs):
    table = edge_rows(orgs)
    assert len(table) == 3
    assert table[0] == {
        "source": "ISOC",
        "target": "EFF",
        "source_label": "ISOC",
        "target_label": "EFF",
        "co_organised": 1,
        "shared_panels": 2,
        "weight": 3,
    }


def test_layout_pulls_communities_together():
    graph = nx.connected_caveman_graph(6, 8)
    positions = layout(graph)
    caves = [range(i * 8, i * 8 + 8) for i in range(6)]

    def spread(nodes: Iterable[int]) -> float:
        points = [positions[node] for node in nodes]
        return max(math.dist(a, b) for a in points for b in points)

    assert all(spread(cave) < 0.5 * spread(graph) for cave in caves)
