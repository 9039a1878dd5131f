"""Hostile text reaches SPARQL only as bound terms: names read from a report and every
``--param`` value, on the embedded store, rdflib's store and a real Virtuoso."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from virtuoso import Virtuoso

from igfgraph.endpoint import SparqlEndpointStore
from igfgraph.ingest import collect_files, ingest
from igfgraph.queries import run_query
from igfgraph.store import GraphStore, copy_graphs, open_store

HOSTILE_REPORT = """IGF 2017 Reporting Template

- Session Title: Quotes "and" {braces} } ; DROP ALL #

- Chair/Moderator: Ana "The Quote" Ruiz (APC)

- List of Speakers and their institutional affiliations:

Kofi {Mensah} (ISOC)
Lea <script>alert(1)</script> Kaspar (GPD)
Mei O'Brien-Wang (<http://example.org/x> Lab)
Ivan Petrov} ; DROP ALL # (Citizen Lab)

- Key Issues raised (1 sentence per issue)

Names can hold anything.
"""
# Names as the graph holds them (read from the report above).
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


def test_hostile_names_and_params_are_bound_terms(hostile_store: GraphStore):
    stats = run_query(hostile_store, "stats")
    graphs = sorted(hostile_store.graph_iris())
    assert stats[0]["reports"] == 1
    for name in HOSTILE_NAMES:
        rows = run_query(hostile_store, "who_spoke_with_whom", {"person": name})
        assert {row["person"] for row in rows} == {name}
        assert len(rows) == 5  # the chair and five speakers: five partners each
        assert name not in {row["partner"] for row in rows}
    for value in INJECTIONS:
        for query, param in (("who_spoke_with_whom", "person"), ("person_timeline", "person")):
            assert run_query(hostile_store, query, {param: value}) == []
    assert run_query(hostile_store, "stats") == stats
    assert sorted(hostile_store.graph_iris()) == graphs
