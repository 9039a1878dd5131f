"""Hostile text reaches SPARQL only as bound terms: names in the graph and every
``--param`` value, on the embedded store, rdflib's store and a real Virtuoso."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import rename_people
from virtuoso import Virtuoso

from igfgraph.endpoint import SparqlEndpointStore
from igfgraph.ingest import collect_files, ingest, load_reports
from igfgraph.queries import run_query
from igfgraph.store import GraphStore, copy_graphs, open_store

HOSTILE_REPORT = """IGF 2017 Reporting Template

- Session Title: Quotes "and" {braces} } ; DROP ALL #

- Chair/Moderator: Ana "The Quote" Ruiz (APC)

- List of Speakers and their institutional affiliations:

Kofi Mensah (ISOC)
Lea Kaspar (GPD)
Mei O'Brien-Wang (<http://example.org/x> Lab)
Ivan Petrov (Citizen Lab} ; DROP ALL #)
Kofi {Mensah} (ISOC)
Lea <script>alert(1)</script> Kaspar (GPD)

- Key Issues raised (1 sentence per issue)

Names can hold anything.
"""
# The reader takes quotes and apostrophes in names, never braces or markup: those two
# lines are kept unparsed. The store then gives two people hostile names, as an imported
# graph or a curation file can.
REFUSED_LINES = ["Kofi {Mensah} (ISOC)", "Lea <script>alert(1)</script> Kaspar (GPD)"]
RENAMED = {"Kofi Mensah": "Kofi {Mensah}", "Lea Kaspar": "Lea <script>alert"}
HOSTILE_NAMES = ['Ana "The Quote" Ruiz', "Kofi {Mensah}", "Lea <script>alert", "Mei O'Brien-Wang"]
INJECTIONS = [
    '" } ; DROP ALL #',
    "' } ; DROP ALL #",
    "} ; DROP ALL #",
    '"""\n} DELETE WHERE { ?s ?p ?o } #',
    'Kathy Brown" || true || "',
    "<http://example.org/x>",
    "http://example.org/x",
    "?person_iri",
    '\\" } ; CLEAR DEFAULT',
    "line one\nline two",
    "{}",
    "",
]


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile_2017.txt"
    path.write_text(HOSTILE_REPORT, encoding="utf-8")
    return path


@pytest.fixture(params=["memory:", "rdflib-memory:", "virtuoso"])
def hostile_store(request: pytest.FixtureRequest, hostile_file: Path) -> Iterator[GraphStore]:
    """The hostile report in each kind of store."""
    local = open_store("memory:" if request.param == "virtuoso" else request.param)
    summary = ingest(local, collect_files([hostile_file]), workers=1)
    assert summary.ok, summary.failed
    rename_people(local, RENAMED)
    if request.param != "virtuoso":
        yield local
        return
    server: Virtuoso = request.getfixturevalue("virtuoso")
    remote = SparqlEndpointStore(
        server.query_url, server.update_url, user=server.user, password=server.password
    )
    copy_graphs(local, remote)
    yield remote
    for iri in remote.graph_iris():
        remote.remove_graph(iri)


def test_names_with_braces_or_markup_are_kept_unparsed(hostile_file: Path):
    report = load_reports(hostile_file)[0]
    assert [item.text for item in report.unparsed] == REFUSED_LINES
    assert {p.name for p in report.people} == {
        'Ana "The Quote" Ruiz',
        "Kofi Mensah",
        "Lea Kaspar",
        "Mei O'Brien-Wang",
        "Ivan Petrov",
    }


def test_hostile_names_and_params_are_bound_terms(hostile_store: GraphStore):
    stats = run_query(hostile_store, "stats")
    graphs = sorted(hostile_store.graph_iris())
    assert stats[0]["reports"] == 1
    for name in HOSTILE_NAMES:
        rows = run_query(hostile_store, "who_spoke_with_whom", {"person": name})
        assert {row["person"] for row in rows} == {name}
        assert len(rows) == 4  # the chair and four speakers: four partners each
        assert name not in {row["partner"] for row in rows}
    for value in INJECTIONS:
        for query, param in (("who_spoke_with_whom", "person"), ("person_timeline", "person")):
            assert run_query(hostile_store, query, {param: value}) == []
    assert run_query(hostile_store, "stats") == stats
    assert sorted(hostile_store.graph_iris()) == graphs
