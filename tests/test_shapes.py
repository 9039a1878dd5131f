"""SHACL shapes and check queries: the seed, the fixtures and the examples pass; broken data
is rejected with the report file, line and a readable reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from typer.testing import CliRunner

from igfgraph.cli import app
from igfgraph.ingest import collect_files, ingest, load_report, load_reports
from igfgraph.rdf import report_graph_iri, report_to_dataset
from igfgraph.rdf.ontology import EXAMPLES_DIR, ONTOLOGY_GRAPH
from igfgraph.store import open_store
from igfgraph.tools.validate import CHECKS_DIR, validate_graphs, validate_rdf_file, validate_store
from igfgraph.vocab import ID, IGF, STAKEHOLDER, TOPIC

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = collect_files([ROOT / "tests" / "fixtures" / "corpus"])


def seed_graph(seed: Path) -> tuple[str, Graph]:
    report = load_report(seed)
    iri = report_graph_iri(report)
    return str(iri), report_to_dataset(report).graph(iri)


def participation(graph: Graph, person: str) -> URIRef:
    return next(s for s in graph.subjects(IGF.role, None) if f"/participation/{person}/" in s)


def test_the_seed_has_no_violations(SEED: Path):
    assert validate_graphs([seed_graph(SEED)]) == []


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_every_fixture_report_has_no_violations(path: Path):
    reports = load_reports(path)
    assert reports
    graphs = [(str(report_graph_iri(r)), report_to_dataset(r)) for r in reports]
    assert [str(v) for v in validate_graphs(graphs)] == []


def test_a_store_holding_every_fixture_is_valid_and_keeps_the_shapes_out(SEED: Path):
    with open_store("memory:") as store:
        summary = ingest(store, [SEED, *FIXTURES], validate=True)
        # A programme listing gives one report per session: count the files read.
        assert summary.ok and len({r.source for r in summary.ingested}) == len(FIXTURES) + 1
        assert validate_store(store) == []
        everything = Dataset().parse(data=store.dump("nquads"), format="nquads")
        assert (None, RDF.type, SH.NodeShape) not in everything
        assert (TOPIC.privacy, RDF.type, IGF.Topic, ONTOLOGY_GRAPH) in everything
        assert str(ONTOLOGY_GRAPH) in store.graph_iris()


def test_missing_role_is_named_with_file_and_line(SEED: Path):
    iri, graph = seed_graph(SEED)
    node = participation(graph, "kathy-brown")
    graph.remove((node, IGF.role, None))
    [violation] = validate_graphs([(iri, graph)])
    assert violation.where == f"{SEED}:19"
    assert violation.message.startswith("a participation needs exactly one role: speaker,")
    assert str(violation).endswith("participation/kathy-brown/speaker/panel-1]")


def test_wrong_datatype_is_named(SEED: Path):
    iri, graph = seed_graph(SEED)
    session = next(graph.subjects(IGF.year, None))
    graph.set((session, IGF.year, Literal("2017")))
    [violation] = validate_graphs([(iri, graph)])
    assert violation.where == f"{SEED}:3"
    assert violation.message == (
        'a session\'s year must be one whole number (xsd:integer); found "2017" (text)'
    )


def test_unknown_stakeholder_group_is_named(SEED: Path):
    iri, graph = seed_graph(SEED)
    node = participation(graph, "maryant-fernandez")
    graph.set((node, IGF.stakeholderGroup, STAKEHOLDER.media))
    [violation] = validate_graphs([(iri, graph)])
    assert violation.where == f"{SEED}:27"
    assert "must be one of civil society, government, private sector" in violation.message
    assert violation.message.endswith("found sg:media")


def test_check_queries_catch_what_shapes_cannot(SEED: Path):
    iri, graph = seed_graph(SEED)
    kathy = ID["person/kathy-brown"]
    graph.add((kathy, IGF.spokeWith, kathy))
    graph.add((kathy, IGF.spokeWith, ID["person/maud-barret-bertelloni"]))
    violations = validate_graphs([(iri, graph)])
    assert {v.message.split(":")[0] for v in violations} == {
        "check spoke_with_self",
        "check spoke_with_without_shared_session",
    }
    assert all(v.where == f"{SEED}:19" for v in violations)  # Kathy Brown's line


def test_every_check_query_has_a_question_and_a_node_column():
    checks = sorted(CHECKS_DIR.glob("*.rq"))
    assert len(checks) >= 6
    for path in checks:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# question: ") and "# columns: node" in text


@pytest.mark.parametrize("path", sorted(EXAMPLES_DIR.glob("*.ttl")), ids=lambda p: p.stem)
def test_every_ontology_example_is_valid(path: Path):
    assert [str(v) for v in validate_rdf_file(path)] == []


def test_cli_validate_and_ingest_validate(tmp_path: Path, SEED: Path):
    runner = CliRunner()
    store = str(tmp_path / "store")
    result = runner.invoke(app, ["ingest", "--validate", "--store", store, str(SEED)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["validate", "--store", store])
    assert result.exit_code == 0 and result.output.strip().endswith(": valid")
    _, graph = seed_graph(SEED)
    graph.remove((participation(graph, "kathy-brown"), IGF.role, None))
    broken = tmp_path / "broken.ttl"
    graph.serialize(broken, format="turtle")
    result = runner.invoke(app, ["validate", str(broken)])
    assert result.exit_code == 1
    assert f"{SEED}:19: a participation needs exactly one role" in result.output
    assert result.output.strip().endswith("broken.ttl: 1 violations")
