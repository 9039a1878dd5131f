"""The mapping of a Report to RDF: stable IRIs, one named graph, shortcuts, typed literals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib import namespace as ns  # SDO and XSD warn when pytest inspects module names
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, SKOS
from small_report import SOURCE, small_report

from igfgraph.rdf import person_iri, report_graph_iri, report_to_dataset
from igfgraph.vocab import ID, IGF, ROLE, SESSION_TYPE, STAKEHOLDER, WD

REPORT = ID["report/igf2019-ws-99"]
SESSION = ID["session/igf-2019-ws-99"]
PANEL = URIRef(f"{SESSION}/panel/1")
ANA, BOB, DANA = ID["person/ana-nunez"], ID["person/bob-smith"], ID["person/dana-roe"]
ISOC, CIG, DERECHOS = (
    ID["org/internet-society"],
    ID["org/acronym-cig"],
    ID["org/derechos-digitales"],
)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return report_to_dataset(small_report())


@pytest.fixture(scope="module")
def graph(dataset: Dataset):
    return dataset.graph(REPORT)


def test_mapping_twice_gives_the_same_triples(dataset: Dataset):
    again = report_to_dataset(small_report())
    assert set(again.quads()) == set(dataset.quads())
    assert isomorphic(to_isomorphic(again.graph(REPORT)), to_isomorphic(dataset.graph(REPORT)))


def test_no_blank_nodes(dataset: Dataset):
    assert not [quad for quad in dataset.quads() if any(isinstance(t, BNode) for t in quad)]


def test_one_named_graph_named_after_the_report(dataset: Dataset):
    assert report_graph_iri(small_report()) == REPORT
    assert {context for *_, context in dataset.quads()} == {REPORT}
    assert (REPORT, RDF.type, IGF.Report, REPORT) in dataset


def test_report_node(graph):
    assert graph.value(REPORT, DCTERMS.source) == Literal(SOURCE)
    assert graph.value(REPORT, IGF.sha256) == Literal("0f" * 32)
    assert graph.value(REPORT, IGF.variant) == Literal("t17_report")
    assert graph.value(REPORT, IGF.reportOf) == SESSION
    assert str(graph.value(REPORT, PROV.wasDerivedFrom)).startswith("ni:///sha-256;")


def test_session_meeting_and_panel(graph):
    meeting = ID["meeting/igf-2019"]
    assert {IGF.Session, ns.SDO.Event} <= set(graph.objects(SESSION, RDF.type))
    assert graph.value(SESSION, ns.SDO.name) == Literal("Data and Rights")
    assert graph.value(SESSION, IGF.asWritten) == Literal("DATA ANDRIGHTS")
    assert graph.value(SESSION, IGF.sessionId) == Literal("WS #99")
    assert graph.value(SESSION, ns.SDO.startDate) == Literal("2019-11-26", datatype=ns.XSD.date)
    assert graph.value(SESSION, IGF.year) == Literal(2019)
    assert graph.value(SESSION, IGF.timeSlot) == Literal("09:00-10:30")
    assert graph.value(SESSION, IGF.sessionType) == SESSION_TYPE.workshop
    assert graph.value(SESSION, IGF.typeInferred) == Literal(False)
    assert graph.value(SESSION, ns.SDO.superEvent) == meeting
    assert graph.value(SESSION, IGF.source) == URIRef(f"{REPORT}/lines/2")
    assert (meeting, RDF.type, IGF.AnnualMeeting) in graph
    assert graph.value(meeting, ns.SDO.name) == Literal("IGF 2019")
    assert graph.value(PANEL, ns.SDO.superEvent) == SESSION
    assert graph.value(PANEL, IGF.panelNumber) == Literal(1)


def test_participation_of_a_panel_speaker(graph):
    node = URIRef(f"{SESSION}/participation/ana-nunez/speaker/panel-1")
    assert graph.value(node, RDF.type) == IGF.Participation
    assert graph.value(node, IGF.agent) == ANA
    assert graph.value(node, IGF.inEvent) == PANEL
    assert graph.value(node, IGF.role) == ROLE.speaker
    assert graph.value(node, IGF.onBehalfOf) == DERECHOS
    assert graph.value(node, IGF.postTitle) == Literal("Director")
    assert graph.value(node, IGF.stakeholderGroup) == STAKEHOLDER["civil-society"]
    assert graph.value(node, IGF.stakeholderGroupBasis) == Literal("rule")
    assert graph.value(node, IGF.asWritten) == Literal("Ana Nuñez")
    span = URIRef(f"{REPORT}/lines/12")
    assert graph.value(node, IGF.source) == span
    assert graph.value(span, IGF.inReport) == REPORT
    assert graph.value(span, IGF.startLine) == Literal(12)


def test_people_and_organisations(graph):
    assert {FOAF.Person, ns.SDO.Person} <= set(graph.objects(ANA, RDF.type))
    assert graph.value(ANA, FOAF.name) == graph.value(ANA, ns.SDO.name) == Literal("Ana Núñez")
    assert graph.value(ANA, IGF.stakeholderGroup) == STAKEHOLDER["civil-society"]
    assert {ORG.Organization, ns.SDO.Organization} <= set(graph.objects(ISOC, RDF.type))
    assert graph.value(ISOC, SKOS.prefLabel) == Literal("Internet Society")
    assert set(graph.objects(ISOC, SKOS.altLabel)) == {
        Literal("ISOC"),
        Literal("Internet Society (ISOC)"),
    }
    assert graph.value(ISOC, ORG.classification) == STAKEHOLDER["technical-community"]
    assert graph.value(ISOC, OWL.sameAs) == WD.Q1069121
    assert graph.value(ISOC, IGF.nameBasis) == Literal("stated")
    assert graph.value(CIG, SKOS.prefLabel) == Literal("CIG")
    assert graph.value(CIG, ORG.classification) == STAKEHOLDER.government
    assert graph.value(DERECHOS, SKOS.altLabel) == Literal("DerechosDigitales")


def test_organisers(graph):
    isoc = URIRef(f"{SESSION}/participation/org/internet-society/organizer")
    dana = URIRef(f"{SESSION}/participation/dana-roe/organizer")
    assert graph.value(isoc, IGF.agent) == ISOC
    assert graph.value(isoc, IGF.role) == ROLE.organizer
    assert graph.value(isoc, IGF.inEvent) == SESSION
    assert graph.value(isoc, IGF.source) == URIRef(f"{REPORT}/lines/5-6")
    assert graph.value(dana, IGF.agent) == DANA
    assert graph.value(dana, IGF.onBehalfOf) == CIG
    assert graph.value(dana, IGF.stakeholderGroup) == STAKEHOLDER.government
    assert set(graph.subjects(IGF.organised, SESSION)) == {ISOC, CIG, DANA}


def test_shortcuts(graph):
    assert set(graph.subjects(IGF.spokeAt, SESSION)) == {ANA, BOB}
    assert set(graph.subject_objects(IGF.moderated)) == {(BOB, PANEL)}
    assert set(graph.subject_objects(IGF.reported)) == {(DANA, SESSION)}
    assert not set(graph.subject_objects(IGF.chaired))
    assert set(graph.subject_objects(IGF.spokeWith)) == {(ANA, BOB), (BOB, ANA)}


def test_key_issue_gender_and_unparsed(graph):
    issue = URIRef(f"{SESSION}/key-issue/1")
    assert graph.value(SESSION, IGF.keyIssue) == issue
    assert graph.value(issue, RDF.type) == IGF.KeyIssue
    assert graph.value(issue, RDF.value) == Literal("Who holds the data?")
    assert graph.value(issue, IGF.asWritten) == Literal("Who holdsthe data?")
    assert graph.value(issue, IGF.source) == URIRef(f"{REPORT}/lines/20")
    gender = URIRef(f"{SESSION}/gender")
    assert graph.value(SESSION, IGF.genderReport) == gender
    assert graph.value(gender, IGF.participants) == Literal(40)
    assert graph.value(gender, IGF.womenShare) == Literal(Decimal("0.45"))
    assert graph.value(gender, IGF.women) is None
    assert graph.value(gender, IGF.asWritten) == Literal("About 45% women")
    unparsed = URIRef(f"{REPORT}/unparsed/1")
    assert graph.value(REPORT, IGF.unparsed) == unparsed
    assert graph.value(unparsed, IGF.source) == URIRef(f"{REPORT}/lines/35")


def test_literals_are_typed_and_untagged(dataset: Dataset):
    literals = [o for _, _, o, _ in dataset.quads() if isinstance(o, Literal)]
    assert not [lit for lit in literals if lit.language]
    datatypes = {lit.datatype for lit in literals}
    assert datatypes == {None, ns.XSD.integer, ns.XSD.decimal, ns.XSD.date, ns.XSD.boolean}


def test_person_iri_folds_diacritics():
    assert person_iri("Maryant Fernández") == ID["person/maryant-fernandez"]


def test_a_session_without_id_is_named_by_its_title():
    report = small_report()
    report.session.id = None
    graph = report_to_dataset(report).graph(REPORT)
    assert (ID["session/igf-2019-data-and-rights"], RDF.type, IGF.Session) in graph
