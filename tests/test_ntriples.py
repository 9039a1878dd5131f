"""The N-Triples writer: the same text as pyoxigraph's serialiser, and back to rdflib."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from small_report import small_report

from igfgraph.ingest import load_report
from igfgraph.model import Basis, Role
from igfgraph.rdf import report_graph_iri, report_statements, report_triples
from igfgraph.rdf.ntriples import literal, quoted, rdflib_node
from igfgraph.store import triples_nquads

TRICKY_TEXTS = [
    "",
    "plain",
    'a "quoted" word',
    "back\\slash and \\n written out",
    "line one\nline two\r\nline three",
    "tab\tform feed\fbackspace\b",
    "controls \x00\x01\x0b\x0e\x1f and delete \x7f",
    "non-characters \ufffe \uffff",
    "Núñez, Jörg, 毛泽东, عبد الله, emoji 🙂‍↔️ and \u200d",
    '<script>alert("x")</script> & "><svg onload=1>',
    "ends with a backslash \\",
    ' ends with a quote "',
    "\\u0041 is not an escape here",
]
TYPED_VALUES = [
    0,
    7,
    -3,
    2017,
    True,
    False,
    Decimal("0.33"),
    Decimal("1"),
    dt.date(2017, 12, 18),
    dt.datetime(2026, 1, 1, 12, 30, tzinfo=dt.UTC),
    Basis.GAZETTEER,
    Role.ONLINE_MODERATOR,
]


def oxigraph_text(term: ox.NamedNode | ox.Literal) -> str:
    """How pyoxigraph's N-Triples serialiser writes ``term`` (as an object)."""
    subject, predicate = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")
    line = ox.serialize([ox.Triple(subject, predicate, term)], format=ox.RdfFormat.N_TRIPLES)
    prefix = "<http://example.org/s> <http://example.org/p> "
    text = line.decode("utf-8")
    assert text.startswith(prefix) and text.endswith(" .\n")
    return text[len(prefix) : -len(" .\n")]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_text_is_quoted_as_oxigraph_writes_it(text):
    assert quoted(text) == literal(text) == oxigraph_text(ox.Literal(text))
    assert rdflib_node(quoted(text)) == Literal(text)


@pytest.mark.parametrize("value", TYPED_VALUES, ids=repr)
def test_python_values_are_typed_as_rdflib_types_them(value):
    expected = Literal(value)
    datatype = ox.NamedNode(str(expected.datatype)) if expected.datatype else None
    assert literal(value) == oxigraph_text(ox.Literal(str(expected), datatype=datatype))
    assert rdflib_node(literal(value)) == expected


def test_every_code_point_is_written_as_oxigraph_writes_it():
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert quoted(text) == oxigraph_text(ox.Literal(text))
    assert rdflib_node(quoted(text)) == Literal(text)


def test_iris_and_language_tags_read_back():
    assert rdflib_node("<https://example.org/a>") == URIRef("https://example.org/a")
    tagged = oxigraph_text(ox.Literal('say "hi"', language="en-GB"))
    assert rdflib_node(tagged) == Literal('say "hi"', lang="en-gb")


def test_a_lone_surrogate_is_refused_as_pyoxigraph_refuses_it():
    with pytest.raises(ValueError):
        ox.Literal("broken \ud800 text")
    with pytest.raises(ValueError, match="surrogate"):
        quoted("broken \ud800 text")


@pytest.mark.parametrize("which", ["small", "seed"])
def test_report_statements_are_the_lines_pyoxigraph_writes(which, SEED):
    report = small_report() if which == "small" else load_report(SEED)
    graph = str(report_graph_iri(report))
    written = {f"{statement} <{graph}> ." for statement in report_statements(report)}
    serialised = triples_nquads(graph, report_triples(report)).splitlines()
    assert written == set(serialised) and len(serialised) == len(written)
