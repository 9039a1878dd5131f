"""Round trips: export then import gives the same graphs; parse JSON rebuilds the Report.

Graphs are compared with rdflib's ``isomorphic`` (blank nodes matched by structure),
datasets graph by graph under the same graph IRIs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV
from typer.testing import CliRunner

from igfgraph.cli import app
from igfgraph.errors import InputError
from igfgraph.ingest import ingest, load_reports
from igfgraph.store import GraphStore, open_store
from igfgraph.tools.rdf_import import import_graph_iri, import_rdf_file
from igfgraph.tools.report_json import report_from_dict, report_to_dict

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "reports" / "igf2017-ws-rights-based-approach-to-cybersecurity.txt"
CORPUS = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.*"))
REPORTS = [SEED, *(path for path in CORPUS if path.suffix in {".txt", ".md", ".html"})]
SEED_GRAPH = "https://w3id.org/igfgraph/id/report/igf2017-ws-rights-based-approach-to-cybersecurity"
runner = CliRunner()


def named_graphs(store: GraphStore, drop_ingest_time: bool = False) -> dict[str, Graph]:
    """Each named graph of ``store`` as an rdflib Graph (optionally without ingest times)."""
    graphs: dict[str, Graph] = {}
    for iri in store.graph_iris():
        dataset = Dataset()
        dataset.parse(data=store.graph_quads(iri), format="nquads")
        graph = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            if not (drop_ingest_time and p == PROV.generatedAtTime):
                graph.add((s, p, o))
        graphs[iri] = graph
    return graphs


@pytest.fixture(scope="module")
def filled_store(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    store = open_store(tmp_path_factory.mktemp("store") / "graph")
    summary = ingest(store, REPORTS[:4], workers=1)
    assert summary.ok and len(summary.ingested) >= 4
    return store


@pytest.mark.parametrize(("fmt", "suffix"), [("trig", ".trig"), ("jsonld", ".jsonld")])
def test_dataset_export_imports_graph_by_graph(
    filled_store: GraphStore, tmp_path: Path, fmt: str, suffix: str
):
    exported = tmp_path / f"export{suffix}"
    exported.write_bytes(filled_store.dump(fmt))
    with open_store(tmp_path / "again") as again:
        import_rdf_file(again, exported)
        before, after = named_graphs(filled_store), named_graphs(again)
    assert sorted(after) == sorted(before) and SEED_GRAPH in after
    assert [iri for iri in before if not isomorphic(before[iri], after[iri])] == []


def test_turtle_export_imports_into_a_graph_named_after_the_file(
    filled_store: GraphStore, tmp_path: Path
):
    exported = tmp_path / "whole graph.ttl"
    exported.write_bytes(filled_store.dump("turtle"))
    merged = Graph()
    for graph in named_graphs(filled_store).values():
        merged += graph
    with open_store(tmp_path / "again") as again:
        counts = import_rdf_file(again, exported)
        graphs = named_graphs(again)
    iri = "https://w3id.org/igfgraph/id/graph/import/whole-graph"
    assert import_graph_iri(exported) == iri and list(graphs) == [iri]
    assert counts == {iri: len(merged)}
    assert isomorphic(graphs[iri], merged)


def test_import_command_refuses_a_broken_file_in_one_line_and_goes_on(
    filled_store: GraphStore, tmp_path: Path
):
    good = tmp_path / "good.trig"
    good.write_bytes(filled_store.dump("trig"))
    broken = tmp_path / "broken.ttl"
    broken.write_text('<https://example.org/a> <https://example.org/b> "open\n', encoding="utf-8")
    store = tmp_path / "imported"
    result = runner.invoke(app, ["import", str(broken), str(good), "--store", str(store)])
    assert result.exit_code == 1
    error_lines = result.stderr.strip().splitlines()
    assert len(error_lines) == 1
    assert error_lines[0].startswith(f"igfgraph: {broken}: is not valid RDF")
    assert f"imported {good}: " in result.stdout
    with open_store(store) as imported:
        assert sorted(imported.graph_iris()) == sorted(filled_store.graph_iris())


@pytest.mark.parametrize("path", REPORTS, ids=lambda path: path.name)
def test_parse_json_rebuilds_the_exact_report(path: Path):
    for report in load_reports(path):
        data = json.loads(json.dumps(report_to_dict(report), ensure_ascii=False))
        assert report_from_dict(data) == report


def test_ingesting_parse_json_gives_the_report_graph(tmp_path: Path):
    printed = runner.invoke(app, ["parse", str(SEED), "--format", "json"])
    assert printed.exit_code == 0
    folder = tmp_path / "parsed"
    folder.mkdir()
    (folder / "seed.igf.json").write_text(printed.stdout, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(folder), "--store", str(tmp_path / "from-json")])
    assert result.exit_code == 0, result.stderr
    with open_store(tmp_path / "from-json") as from_json:
        json_graphs = named_graphs(from_json, drop_ingest_time=True)
    with open_store(tmp_path / "from-text") as from_text:
        assert ingest(from_text, [SEED], workers=1).ok
        text_graphs = named_graphs(from_text, drop_ingest_time=True)
    assert sorted(json_graphs) == sorted(text_graphs) and SEED_GRAPH in json_graphs
    assert isomorphic(json_graphs[SEED_GRAPH], text_graphs[SEED_GRAPH])
    assert (URIRef(SEED_GRAPH), None, None) in json_graphs[SEED_GRAPH]


def test_json_that_is_not_parse_output_is_refused_in_one_line(tmp_path: Path):
    other = tmp_path / "notes.json"
    other.write_text('{"title": "Rights-based approach"}', encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_reports(other)
    assert str(raised.value) == (
        f"{other}: is JSON but not what 'igfgraph parse --format json' prints; "
        "give that output or the report itself"
    )
