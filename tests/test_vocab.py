"""The ontology files against igfgraph/vocab.py: same terms, documented, loadable by OWL tools."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import owlready2
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns  # SDO warns when pytest inspects module names
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from igfgraph.identity import slug
from igfgraph.model import Role, StakeholderGroup
from igfgraph.vocab import (
    IGF,
    IGF_NS,
    ONTOLOGY_IRI,
    ONTOLOGY_VERSION,
    ROLE,
    SESSION_TYPE,
    SESSION_TYPES,
    STAKEHOLDER,
    role_iri,
    session_type_iri,
    stakeholder_iri,
)

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology"
FILES = ("igf.ttl", "roles.ttl", "session-types.ttl", "stakeholders.ttl")


def parse(*names: str) -> Graph:
    graph = Graph()
    for name in names:
        graph.parse(ONTOLOGY / name, format="turtle")
    return graph


@pytest.fixture(scope="module")
def igf() -> Graph:
    return parse("igf.ttl")


VOCAB_TERMS = set(dir(IGF))  # every term of the IGF DefinedNamespace
PROPERTY_KINDS = {OWL.ObjectProperty, OWL.DatatypeProperty}


@pytest.mark.parametrize("name", FILES)
def test_ontology_files_parse(name: str):
    assert len(parse(name)) > 50


def test_every_vocab_term_is_declared_with_label_comment_and_definition(igf: Graph):
    assert len(VOCAB_TERMS) > 50
    for term in VOCAB_TERMS:
        kinds = set(igf.objects(term, RDF.type))
        if term.fragment[0].isupper():
            assert OWL.Class in kinds, f"{term} is not declared as a class"
        else:
            assert len(kinds & PROPERTY_KINDS) == 1, f"{term} is not declared as one property kind"
        for annotation in (RDFS.label, RDFS.comment, SKOS.definition):
            value = igf.value(term, annotation)
            assert isinstance(value, Literal) and value.language == "en", (term, annotation)
        assert igf.value(term, RDFS.isDefinedBy) == URIRef(ONTOLOGY_IRI)


def test_every_declared_igf_term_is_in_vocab(igf: Graph):
    declared = {s for s in igf.subjects(RDF.type, None) if str(s).startswith(str(IGF_NS))}
    assert declared == VOCAB_TERMS


def test_ontology_header(igf: Graph):
    ontology = URIRef(ONTOLOGY_IRI)
    assert (ontology, RDF.type, OWL.Ontology) in igf
    assert igf.value(ontology, OWL.versionInfo) == Literal("0.1.0")
    assert igf.value(ontology, OWL.versionIRI) == URIRef(f"{ONTOLOGY_IRI}/{ONTOLOGY_VERSION}")


def test_schema_org_terms_use_rdflibs_namespace(igf: Graph):
    schema = {t for t in igf.all_nodes() if "schema.org/" in str(t)}
    assert schema and all(str(t).startswith(str(ns.SDO)) for t in schema)


def test_spoke_with_is_symmetric(igf: Graph):
    assert (IGF.spokeWith, RDF.type, OWL.SymmetricProperty) in igf


@pytest.mark.parametrize(
    ("file", "concepts", "scheme"),
    [
        ("roles.ttl", {role_iri(r): r.value for r in Role}, ROLE),
        ("stakeholders.ttl", {stakeholder_iri(g): g.value for g in StakeholderGroup}, STAKEHOLDER),
        ("session-types.ttl", {session_type_iri(t): t for t in SESSION_TYPES}, SESSION_TYPE),
    ],
)
def test_concept_schemes_cover_the_model(file: str, concepts: dict[URIRef, str], scheme):
    graph = parse(file)
    scheme_iri = URIRef(str(scheme))
    assert (scheme_iri, RDF.type, SKOS.ConceptScheme) in graph
    assert set(graph.subjects(SKOS.inScheme, scheme_iri)) == set(concepts)
    for concept, value in concepts.items():
        assert (concept, RDF.type, SKOS.Concept) in graph
        assert graph.value(concept, SKOS.notation) == Literal(value)
        labels = list(graph.objects(concept, SKOS.prefLabel))
        assert len(labels) == 1 and labels[0].language == "en"
        assert graph.value(concept, SKOS.definition) is not None


def test_stakeholder_labels():
    graph = parse("stakeholders.ttl")
    for group in StakeholderGroup:
        assert graph.value(stakeholder_iri(group), SKOS.prefLabel) == Literal(
            group.value, lang="en"
        )
    alt = set(graph.objects(None, SKOS.altLabel))
    assert {Literal("Civil Society", lang="en"), Literal("IGO", lang="en")} <= alt


def test_iri_helpers():
    assert slug("Maryant Fernández") == "maryant-fernandez"
    assert slug("Łukasz Øster-Straße") == "lukasz-oster-strasse"
    assert slug("王小明") == "王小明"
    assert role_iri(Role.ONLINE_MODERATOR) == ROLE["online-moderator"]
    assert (
        stakeholder_iri(StakeholderGroup.INTERGOVERNMENTAL)
        == STAKEHOLDER["intergovernmental-organization"]
    )
    assert session_type_iri("Day 0 Event") == SESSION_TYPE["day-0-event"]
    assert session_type_iri("hackathon") == SESSION_TYPE.other


def load_in_owlready(graph: Graph) -> tuple[owlready2.World, owlready2.Ontology]:
    world = owlready2.World()
    data = io.BytesIO(graph.serialize(format="nt", encoding="utf-8"))
    return world, world.get_ontology(ONTOLOGY_IRI).load(fileobj=data, format="ntriples")


def test_ontology_loads_in_owlready2():
    _, ontology = load_in_owlready(parse("igf.ttl"))
    assert ontology.Session and ontology.Participation and ontology.spokeWith
    assert owlready2.SymmetricProperty in ontology.spokeWith.is_a
    chains = {
        tuple(p.name for p in chain.properties) for chain in ontology.tookPartIn.property_chain
    }
    assert chains == {("hasParticipation", "inEvent"), ("tookPartIn", "superEvent")}


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_ontology_and_schemes_are_consistent_for_hermit():
    world, ontology = load_in_owlready(parse(*FILES))
    with ontology:
        owlready2.sync_reasoner_hermit(world, infer_property_values=True, debug=0)
    assert not list(world.inconsistent_classes())
