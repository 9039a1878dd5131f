"""The generated ontology reference and examples: complete, offline, and up to date."""

from __future__ import annotations

import re

from rdflib import Graph
from rdflib.namespace import RDF

from igfgraph.rdf.ontology import EXAMPLES_DIR
from igfgraph.tools.ontology_docs import DOCS_DIR, example_graphs, reference_html
from igfgraph.vocab import IGF, IGF_NS


def test_the_page_is_self_contained_and_documents_every_term():
    page = reference_html()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<script" not in page and "<link" not in page
    for term in dir(IGF):
        name = str(term)[len(str(IGF_NS)) :]
        assert f'<section id="{name}">' in page, name
    assert "hasParticipation</a> then <a" in page  # a property chain, readable
    assert "a participation needs exactly one role" in page  # its shape, in plain words
    assert "<b>cyber norms</b> (in topic:cybersecurity)" in page  # the topic scheme


def test_committed_examples_cover_every_class_and_page_exists():
    # Triples are not compared: other changes to the mapping only need 'make docs' again.
    examples = example_graphs()
    assert {p.stem for p in EXAMPLES_DIR.glob("*.ttl")} == set(examples)
    for name in examples:
        committed = Graph().parse(EXAMPLES_DIR / f"{name}.ttl", format="turtle")
        assert (None, RDF.type, IGF[name]) in committed
    assert (DOCS_DIR / "index.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_an_example_per_class_the_data_uses():
    assert set(example_graphs()) == {
        "AnnualMeeting",
        "GenderReport",
        "KeyIssue",
        "Panel",
        "Participation",
        "Passage",
        "Report",
        "Session",
        "SourceSpan",
        "TopicMatch",
        "UnparsedText",
    }
