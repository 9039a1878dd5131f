"""HermiT through owlready2, for real, on the seed: specific inferred triples, its own
named graph replaced on each run, inconsistencies in plain words, and no Java."""

from __future__ import annotations

from pathlib import Path

import owlready2
import pytest
from rdflib import Graph
from rdflib.namespace import RDF, SDO
from typer.testing import CliRunner

from igfgraph.cli import app
from igfgraph.ingest import ingest, load_report
from igfgraph.rdf import report_graph_iri, report_to_dataset, session_iri
from igfgraph.rdf.ontology import INFERRED_GRAPH
from igfgraph.store import open_store
from igfgraph.tools.reason import JAVA_MISSING, Reasoning, reason, reason_about
from igfgraph.vocab import ID, IGF

KATHY, ANRIETTE = ID["person/kathy-brown"], ID["person/anriette-esterhuysen"]
ISOC, APC = ID["org/internet-society"], ID["org/association-for-progressive-communications"]
MEETING = ID["meeting/igf-2017"]


@pytest.fixture(scope="module")
def seed_reasoning(SEED: Path) -> tuple[Reasoning, str]:
    with open_store("memory:") as store:
        ingest(store, [SEED])
        result = reason(store)
        assert str(INFERRED_GRAPH) in store.graph_iris()
    return result, str(session_iri(load_report(SEED)))


def test_the_seed_is_consistent(seed_reasoning):
    result, _ = seed_reasoning
    assert result.consistent and result.inconsistencies == []
    assert len(result.inferred) > 150


def test_took_part_in_from_the_property_chains(seed_reasoning):
    result, session = seed_reasoning
    panel = f"{session}/panel/1"
    inferred = result.inferred
    # chain 1: hasParticipation o inEvent -> the panel; chain 2: tookPartIn o superEvent ->
    # the annual meeting (the session itself is stated as igf:spokeAt, a sub-property)
    for event in (panel, str(MEETING)):
        assert (KATHY, IGF.tookPartIn, ID[event[len(str(ID)) :]]) in inferred
    assert (ISOC, IGF.tookPartIn, MEETING) in inferred  # the organiser, through its session


def test_represented_from_its_chain(seed_reasoning):
    result, _ = seed_reasoning
    assert (KATHY, IGF.represented, ISOC) in result.inferred
    assert (ANRIETTE, IGF.represented, APC) in result.inferred


def test_inverse_properties(seed_reasoning):
    result, session = seed_reasoning
    participation = ID[f"{session[len(str(ID)) :]}/participation/kathy-brown/speaker/panel-1"]
    assert (KATHY, IGF.hasParticipation, participation) in result.inferred
    assert (ID[session[len(str(ID)) :]], SDO.organizer, APC) in result.inferred


def test_classes_defined_by_stakeholder_group_and_speaking(seed_reasoning):
    result, _ = seed_reasoning
    inferred = result.inferred
    assert (APC, RDF.type, IGF.CivilSocietyOrganisation) in inferred
    assert (ISOC, RDF.type, IGF.TechnicalCommunityOrganisation) in inferred
    civil_society = {str(s) for s in inferred.subjects(RDF.type, IGF.CivilSocietyOrganisation)}
    assert {
        str(ID[f"org/{name}"])
        for name in ("privacy-international", "derechos-digitales", "global-partners-digital")
    } <= civil_society
    assert (KATHY, RDF.type, IGF.Speaker) in inferred
    assert (ID["person/maud-barret-bertelloni"], RDF.type, IGF.Speaker) not in inferred


def test_nothing_inferred_was_already_stated(seed_reasoning, SEED: Path):
    result, _ = seed_reasoning
    stated = report_to_dataset(load_report(SEED))
    assert not [t for t in result.inferred if (*t, report_graph_iri(load_report(SEED))) in stated]


def test_a_contradiction_is_blamed_on_its_report(SEED: Path):
    report = load_report(SEED)
    graph = report_to_dataset(report).graph(report_graph_iri(report))
    graph.add((ISOC, RDF.type, IGF.Session))  # an organisation cannot be a session
    result = reason_about({str(report_graph_iri(report)): graph})
    assert not result.consistent and len(result.inferred) == 0
    [problem] = result.inconsistencies
    assert problem.startswith(f"{SEED}: what igfgraph read from this report contradicts")


def test_cli_reason_and_missing_java(tmp_path: Path, SEED: Path, monkeypatch):
    runner = CliRunner()
    store = str(tmp_path / "store")
    assert runner.invoke(app, ["ingest", "--store", store, str(SEED)]).exit_code == 0
    result = runner.invoke(app, ["reason", "--store", store])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("consistent; inferred ")
    monkeypatch.setattr(owlready2, "JAVA_EXE", str(tmp_path / "no-such-java"))
    result = runner.invoke(app, ["reason", "--store", store])
    assert result.exit_code == 1
    assert result.output.strip() == f"igfgraph: {JAVA_MISSING}"
    assert "apt-get install default-jre-headless" in JAVA_MISSING


def test_rerunning_replaces_the_inferred_graph(SEED: Path):
    with open_store("memory:") as store:
        ingest(store, [SEED])
        first = reason(store)
        second = reason(store)
        assert len(first.inferred) == len(second.inferred)
        dumped = Graph().parse(data=store.dump("nt"), format="nt")
        assert len(dumped) > 0
