"""Topics: the SKOS scheme, word-boundary label matching with its evidence, the seed's
links in RDF, and the two topic queries on the seed."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from igfgraph.ingest import ingest, load_report
from igfgraph.model import SourceSpan
from igfgraph.paths import ONTOLOGY_DIR
from igfgraph.queries import run_query
from igfgraph.rdf import report_graph_iri, report_to_dataset
from igfgraph.resolve.topics import find_topics, normal_word
from igfgraph.store import open_store
from igfgraph.vocab import IGF, TOPIC

SPAN = SourceSpan("notes.txt", 4, 4, "")
BASKETS = {
    "infrastructure",
    "cybersecurity",
    "legal",
    "economic",
    "development",
    "sociocultural",
    "human-rights",
}


def found(text: str) -> dict[str, tuple[str, ...]]:
    return {link.topic: link.matched_words for link in find_topics(text, SPAN)}


@pytest.fixture(scope="module")
def scheme() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "topics.ttl", format="turtle")


def test_scheme_has_the_seven_baskets_each_with_issues(scheme: Graph):
    tops = {str(t).removeprefix(str(TOPIC)) for t in scheme.objects(TOPIC[""], SKOS.hasTopConcept)}
    assert tops == BASKETS
    for basket in BASKETS:
        issues = set(scheme.objects(TOPIC[basket], SKOS.narrower))
        assert len(issues) >= 4
        assert all((i, SKOS.broader, TOPIC[basket]) in scheme for i in issues)
    for concept in scheme.subjects(RDF.type, SKOS.Concept):
        assert (concept, RDF.type, IGF.Topic) in scheme
        assert scheme.value(concept, SKOS.definition) is not None
        assert scheme.value(concept, SKOS.notation) == Literal(str(concept).split("/")[-1])


def test_normalisation_is_light():
    assert [normal_word(w) for w in ("Rights", "policies", "Fernández", "access", "news")] == [
        "right",
        "policy",
        "fernandez",
        "access",
        "news",
    ]


def test_whole_words_only_and_the_longest_label_wins():
    assert found("Cybersecurity capacity") == {"cybersecurity": ("Cybersecurity",)}
    assert found("Human Rights online") == {"human-rights": ("Human Rights online",)}
    assert found("privacy and data-protection") == {"privacy": ("privacy", "data-protection")}
    assert found("unsecured routers, rightsholders") == {}


def test_acronyms_match_in_their_own_case_only():
    assert found("The DNS root and IoT devices") == {
        "domain-name-system": ("DNS",),
        "internet-of-things": ("IoT",),
    }
    assert found("dns lookups") == {}


def test_seed_key_issues_and_session_are_linked_with_evidence(SEED: Path):
    report = load_report(SEED)
    first, second, third = report.key_issues
    assert [(t.topic, t.matched_words) for t in first.topics] == [
        ("cybersecurity", ("cybersecurity",)),
        ("human-rights", ("rights-based approach",)),
    ]
    assert {t.topic for t in second.topics} == {"cybersecurity", "human-rights"}
    assert {t.topic: t.matched_words for t in third.topics} == {
        "cyber-norms": ("norms",),
        "cybersecurity": ("cybersecurity", "security"),
        "human-rights": ("human rights",),
    }
    session = {t.topic: t for t in report.session.topics}
    assert set(session) == {"cyber-norms", "cybersecurity", "human-rights"}
    assert session["cybersecurity"].span.start_line == 3  # the title's line comes first
    assert session["cybersecurity"].matched_words[0] == "Cybersecurity"
    assert session["cyber-norms"].span.start_line == 39


def test_topic_triples_of_the_seed(SEED: Path):
    report = load_report(SEED)
    graph = report_to_dataset(report).graph(report_graph_iri(report))
    issue = next(s for s in graph.subjects(RDF.type, IGF.KeyIssue) if str(s).endswith("/3"))
    assert set(graph.objects(issue, IGF.topic)) == {
        TOPIC["cyber-norms"],
        TOPIC.cybersecurity,
        TOPIC["human-rights"],
    }
    match = URIRef(f"{issue}/topic/cyber-norms")
    assert (issue, IGF.topicMatch, match) in graph
    assert graph.value(match, IGF.matchedTopic) == TOPIC["cyber-norms"]
    assert set(graph.objects(match, IGF.matchedWords)) == {Literal("norms")}
    assert graph.value(graph.value(match, IGF.source), IGF.startLine) == Literal(39)


@pytest.fixture(scope="module")
def seed_store(SEED: Path):
    with open_store("memory:") as store:
        ingest(store, [SEED])
        yield store


def test_sessions_by_topic_on_the_seed(seed_store):
    rows = run_query(seed_store, "sessions_by_topic")
    by_topic = {row["topic"]: row for row in rows}
    assert len(rows) == len(by_topic) > 40  # every topic, linked or not
    assert [r["topic"] for r in rows if r["session_count"]] == [
        "cyber-norms",
        "cybersecurity",
        "human-rights",
    ]
    assert by_topic["cyber-norms"]["basket"] == "cybersecurity"
    assert set(by_topic["human-rights"]["matched_words"].split("; ")) == {
        "Rights-Based Approach",
        "rights-based approach",
        'rights-based" approach',
        "human rights",
    }
    assert by_topic["privacy"]["session_count"] == 0
    [only] = run_query(seed_store, "sessions_by_topic", {"topic": "cyber-norms"})
    assert only["sessions"].startswith("A Rights-Based Approach to Cybersecurity")


def test_topics_by_stakeholder_group_on_the_seed(seed_store):
    rows = run_query(seed_store, "topics_by_stakeholder_group", {"stakeholder_group": "academia"})
    assert len(rows) == 7
    counts = {row["basket"]: (row["session_count"], row["agent_count"]) for row in rows}
    # Citizen Lab and the CCG (organisers), and Chinmayi Arun, Madeleine Carr, Irene Poetranto
    assert counts["human rights"] == counts["cybersecurity"] == (1, 5)
    assert counts["legal"] == (0, 0)
