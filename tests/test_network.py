"""Networks from hand-made query rows: exact nodes, edges, attributes and weights."""

import json
from pathlib import Path

import networkx as nx
import pytest

from igfgraph.network import co_speaker_graph, layout, organisation_graph, weighted_degree

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
