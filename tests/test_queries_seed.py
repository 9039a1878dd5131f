"""Every named query runs on the seed graph, with answers known from the report itself."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest
from conftest import SEED_PATH

from igfgraph.ingest import collect_files, ingest
from igfgraph.queries import available_queries, internal_queries, run_query
from igfgraph.store import GraphStore, open_store

# The seed's panels and the organisations of the people on them (Maarten van Horenbeeck's
# "Technical community" is a stakeholder group, not an organisation).
PANELS = {
    1: ["Chinmayi Arun", "Kathy Brown", "Marietje Schaake", "Francisco Vera Hott", "Peggy Hicks"],
    2: ["Madeleine Carr", "Lea Kaspar", "Kaja Ciglic", "Markus Kummer", "Chrystiane Roy",
        "Irene Poetranto"],
    3: ["Maarten van Horenbeeck", "Maryant Fernández", "Maria Paz Canales",
        "Luis Fernando García", "Lucie Krahulcova"],
    4: ["Sunil Abraham", "Matthew Shears", "Anriette Esterhuysen"],
}  # fmt: skip
PANEL_ORGS = {
    1: ["Centre for Communication Governance at National Law University Delhi",
        "Internet Society", "European Parliament", "Privacy International",
        "Office of the United Nations High Commissioner for Human Rights"],
    2: ["Cardiff University", "Global Partners Digital", "Microsoft",
        "IGF Best Practice Forum on Cybersecurity", "Government of Canada", "Citizen Lab"],
    3: ["European Digital Rights Initiative", "Derechos Digitales",
        "Red en Defensa de los Derechos Digitales", "Access Now"],
    4: ["Centre for Internet and Society", "Global Partners Digital",
        "Association for Progressive Communications"],
}  # fmt: skip
ORGANISERS = [
    "Association for Progressive Communications",
    "Centre for Communication Governance at National Law University Delhi",
    "Centre for Internet and Society",
    "Derechos Digitales",
    "Citizen Lab",
    "Global Partners Digital",
    "Internet Society",
    "Office of the United Nations High Commissioner for Human Rights",
    "Privacy International",
]
CIVIL_SOCIETY = {
    "Access Now",
    "Association for Progressive Communications",
    "Centre for Internet and Society",
    "Derechos Digitales",
    "European Digital Rights Initiative",
    "Global Partners Digital",
    "Privacy International",
    "Red en Defensa de los Derechos Digitales",
}


FROM_TRANSCRIPTS = {"speaking_time"}  # queries of what a transcript alone records
NOBODY_MISSING = {"missing_voices"}  # every stakeholder group spoke on the seed's topics


def pairs(names: list[str]) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in combinations(names, 2)}


@pytest.fixture(scope="module")
def store() -> GraphStore:
    graph_store = open_store("memory:")
    assert ingest(graph_store, collect_files([SEED_PATH])).ok
    return graph_store


EVERY_QUERY = {**available_queries(), **internal_queries()}


@pytest.mark.parametrize("name", sorted(EVERY_QUERY))
def test_every_query_runs_and_returns_its_declared_columns(store: GraphStore, name: str):
    query = EVERY_QUERY[name]
    rows = run_query(store, query)
    if name in FROM_TRANSCRIPTS:
        assert rows == [], f"{name} counts transcripts only, and the seed is none"
        return  # its rows and columns: tests/test_transcripts.py
    if name in NOBODY_MISSING:
        assert rows == [], f"{name}: all six stakeholder groups spoke at the seed's session"
        return  # its rows and columns: tests/test_balance.py
    assert rows, f"{name} returned no rows on the seed"
    assert list(rows[0]) == list(query.columns)


def test_copanelists_are_the_panels(store: GraphStore):
    rows = run_query(store, "copanelists")
    expected = set().union(*(pairs(people) for people in PANELS.values()))
    assert {frozenset((row["person"], row["partner"])) for row in rows} == expected
    assert len(rows) == 2 * len(expected) == 76
    assert Counter(row["panel"] for row in rows) == {
        "Panel 1": 20,
        "Panel 2": 30,
        "Panel 3": 20,
        "Panel 4": 6,
    }


def test_session_people_lists_everyone_with_role_and_line(store: GraphStore):
    rows = run_query(store, "session_people")
    assert Counter(row["role"] for row in rows) == {
        "speaker": 15,
        "moderator": 4,
        "chair": 1,
        "rapporteur": 1,
        "organizer": 9,
    }
    kathy = next(row for row in rows if row["person"] == "Kathy Brown")
    assert (kathy["panel"], kathy["organisation"], kathy["stakeholder_group"], kathy["line"]) == (
        "Panel 1",
        "Internet Society",
        "technical community",
        19,
    )
    maarten = next(row for row in rows if row["person"] == "Maarten van Horenbeeck")
    assert maarten["organisation"] is None
    assert maarten["stakeholder_group"] == "technical community"


def test_organisation_ties_are_co_organising_and_shared_panels(store: GraphStore):
    rows = run_query(store, "organisation_ties")
    co_organised = pairs(ORGANISERS)
    shared_panel = set().union(*(pairs(orgs) for orgs in PANEL_ORGS.values()))
    ties = {frozenset((row["org"], row["partner"])): row for row in rows}
    assert set(ties) == co_organised | shared_panel
    assert len(rows) == 2 * len(ties) == 120
    for pair, row in ties.items():
        assert row["co_organised"] == int(pair in co_organised)
        assert row["shared_panels"] == int(pair in shared_panel)
        assert row["weight"] == row["co_organised"] + row["shared_panels"]


def test_civil_society_map_lists_the_civil_society_organisations(store: GraphStore):
    rows = {row["organisation"]: row for row in run_query(store, "civil_society_map")}
    assert set(rows) == CIVIL_SOCIETY
    apc = rows["Association for Progressive Communications"]
    assert sorted(apc["people"].split("; ")) == ["Anriette Esterhuysen", "Deborah Brown"]
    assert apc["people_count"] == 2 and apc["session_count"] == 1
    assert "civil society" not in apc["other_groups"].split("; ")
    assert set(apc["other_groups"].split("; ")) == {
        "government",
        "private sector",
        "technical community",
        "intergovernmental organization",
        "academia",
    }


def test_people_with_partners_are_the_people_who_spoke_with_whom_gives(store: GraphStore):
    everyone = run_query(store, "who_spoke_with_whom")
    names = sorted({row["person"] for row in everyone})
    assert len(names) > 10
    for name in names:
        found = run_query(store, "people_with_partners", {"person": name})
        rows = run_query(store, "who_spoke_with_whom", {"person": name})
        assert {row["person_iri"] for row in found} == {row["person_iri"] for row in rows}
