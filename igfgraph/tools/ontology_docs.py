"""The ontology's reference: one self-contained HTML page, and one Turtle example per class.

``python -m igfgraph.tools.ontology_docs`` (``make docs``) writes ``docs/ontology/index.html``
and ``ontology/examples/<Class>.ttl``. Every example is the graph igfgraph makes of a
small report on IGF 2017 WS #186, cut down to one node of the class and what that node
needs to be valid (the tests validate each file with the shapes and check queries).
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS

from igfgraph.model import (
    Basis,
    GenderFigures,
    Organisation,
    Organizer,
    Passage,
    PersonMention,
    Report,
    Role,
    Session,
    SourceSpan,
    StakeholderGroup,
    Unparsed,
)
from igfgraph.rdf import report_graph_iri, report_to_dataset
from igfgraph.rdf.ontology import EXAMPLES_DIR, shapes_graph, vocabulary_graph
from igfgraph.resolve.topics import link_topics
from igfgraph.vocab import IGF, IGF_NS, ONTOLOGY_IRI, PREFIXES, bind_prefixes

DOCS_DIR = Path(__file__).resolve().parents[2] / "docs" / "ontology"
SOURCE = "reports/igf2017-ws-186.txt"


def _span(line: int, text: str) -> SourceSpan:
    return SourceSpan(SOURCE, line, line, text)


def example_report() -> Report:
    """A small report composed for the examples: one session, two people, one organiser."""
    isoc = Organisation(
        "Internet Society (ISOC)",
        _span(6, "Session Organizer: Internet Society (ISOC)"),
        name="Internet Society",
        acronym="ISOC",
        name_basis=Basis.STATED,
        stakeholder_group=StakeholderGroup.TECHNICAL_COMMUNITY,
        stakeholder_group_basis=Basis.GAZETTEER,
        wikidata="Q1069121",
    )
    kathy = _span(12, "Kathy Brown (ISOC)")
    report = Report(
        source=SOURCE,
        sha256="3b" * 32,
        variant="t17_report",
        variant_reason="the labels of the 2017 rapporteur template",
        encoding="utf-8",
        session=Session(
            title="Encryption and Trust",
            title_as_written="ENCRYPTION ANDTRUST",
            id="WS #186",
            year=2017,
            type="workshop",
            date=dt.date(2017, 12, 19),
            time="10:00-11:30",
            meeting="IGF 2017",
            spans={"title": _span(3, "Session Title: ENCRYPTION ANDTRUST")},
        ),
        organizers=[Organizer(isoc.span, organisation=isoc)],
        people=[
            PersonMention(
                "Kathy Brown",
                "Kathy Brown",
                Role.SPEAKER,
                kathy,
                panel=1,
                organisation=Organisation("ISOC", kathy, name="Internet Society", acronym="ISOC"),
                stakeholder_group=StakeholderGroup.TECHNICAL_COMMUNITY,
                stakeholder_group_basis=Basis.GAZETTEER,
            ),
            PersonMention(
                "Ana Ruiz", "Ana Ruiz", Role.MODERATOR, _span(13, "Moderator: Ana Ruiz"), panel=1
            ),
        ],
        key_issues=[
            Passage(
                "Whether encryption keeps users safe.",
                "Whether encryption keeps users safe.",
                _span(20, "Whether encryption keeps users safe."),
            )
        ],
        discussions=[
            Passage(
                "Speakers weighed lawful access against secure messaging.",
                "Speakers weighed lawful access against secure messaging.",
                _span(24, "Speakers weighed lawful access against secure messaging."),
            )
        ],
        gender=GenderFigures(
            participants=40,
            women=20,
            women_share=0.5,
            statements=[Passage("About 40, half women.", "About 40, half women.", _span(30, ""))],
        ),
        unparsed=[Unparsed("Room XXI", _span(8, "Room XXI"))],
    )
    return link_topics(report)


def _closure(graph: Graph, start: URIRef, into: Graph) -> None:
    """Add ``start``'s triples and, recursively, those of every IRI they point to."""
    todo, seen = [start], set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for triple in graph.triples((node, None, None)):
            into.add(triple)
            if isinstance(triple[2], URIRef) and triple[1] != RDF.type:
                todo.append(triple[2])


def example_graphs() -> dict[str, Graph]:
    """One example graph per igf class the data uses, by the class's local name."""
    report = example_report()
    graph = report_to_dataset(report).graph(report_graph_iri(report))
    participation = next(graph.subjects(RDF.type, IGF.Participation))
    examples = {}
    for cls in sorted(set(graph.objects(None, RDF.type))):
        if not str(cls).startswith(str(IGF_NS)):
            continue
        focus = min(graph.subjects(RDF.type, cls))
        example = bind_prefixes(Graph())
        _closure(graph, focus, example)
        _closure(graph, participation, example)  # a session needs someone taking part
        examples[str(cls).removeprefix(str(IGF_NS))] = example
    return examples


def write_examples(directory: Path = EXAMPLES_DIR) -> list[Path]:
    """Write ``<Class>.ttl`` for each example graph; the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, graph in example_graphs().items():
        path = directory / f"{name}.ttl"
        header = (
            f"# An example of igf:{name}, as igfgraph maps a small composed report\n"
            "# (generated by `make docs`; validated by tests/test_shapes.py).\n"
        )
        path.write_text(header + graph.serialize(format="turtle"), encoding="utf-8")
        written.append(path)
    return written


def _curie(graph: Graph, term: object) -> str:
    if isinstance(term, BNode):
        members = graph.value(term, OWL.unionOf) or graph.value(term, OWL.intersectionOf)
        if members is not None:
            joiner = " or " if graph.value(term, OWL.unionOf) else " and "
            return joiner.join(_curie(graph, m) for m in Collection(graph, members))
        prop = graph.value(term, OWL.onProperty)
        if prop is not None:
            value = graph.value(term, OWL.hasValue) or graph.value(term, OWL.someValuesFrom)
            return f"{_curie(graph, prop)} some {_curie(graph, value)}"
        return "(anonymous)"
    text = str(term)
    for prefix, namespace in PREFIXES.items():
        if text.startswith(str(namespace)) and text != str(namespace):
            return f"{prefix}:{text[len(str(namespace)) :]}"
    return text


def _link(graph: Graph, term: object) -> str:
    label = html.escape(_curie(graph, term))
    if isinstance(term, URIRef) and str(term).startswith(str(IGF_NS)):
        return f'<a href="#{html.escape(str(term)[len(str(IGF_NS)) :])}">{label}</a>'
    return f"<code>{label}</code>"


_AXIOMS = (
    ("subclass of", RDFS.subClassOf),
    ("equivalent to", OWL.equivalentClass),
    ("sub-property of", RDFS.subPropertyOf),
    ("inverse of", OWL.inverseOf),
    ("domain", RDFS.domain),
    ("range", RDFS.range),
    ("see also", RDFS.seeAlso),
)


def _term_section(graph: Graph, term: URIRef, shapes: Graph, examples: dict[str, Graph]) -> str:
    name = str(term)[len(str(IGF_NS)) :]
    kinds = ", ".join(_curie(graph, k) for k in sorted(graph.objects(term, RDF.type)))
    rows = [f"<tr><th>IRI</th><td><code>{html.escape(str(term))}</code> ({kinds})</td></tr>"]
    for heading, predicate in _AXIOMS:
        values = [_link(graph, v) for v in graph.objects(term, predicate)]
        if values:
            rows.append(f"<tr><th>{heading}</th><td>{', '.join(sorted(values))}</td></tr>")
    for chain in graph.objects(term, OWL.propertyChainAxiom):
        steps = " then ".join(_link(graph, p) for p in Collection(graph, chain))
        rows.append(f"<tr><th>property chain</th><td>{steps}</td></tr>")
    for shape in shapes.subjects(SH.targetClass, term):
        for constraint in shapes.objects(shape, SH.property):
            message = shapes.value(constraint, SH.message)
            path = _link(graph, shapes.value(constraint, SH.path))
            rows.append(f"<tr><th>shape</th><td>{path}: {html.escape(str(message))}</td></tr>")
    parts = [
        f'<section id="{html.escape(name)}"><h3>{html.escape(name)}</h3>',
        f"<p>{html.escape(str(graph.value(term, SKOS.definition)))}</p>",
        f"<p class=note>{html.escape(str(graph.value(term, RDFS.comment)))}</p>",
        "<table>" + "".join(rows) + "</table>",
    ]
    if name in examples:
        turtle = examples[name].serialize(format="turtle")
        parts.append(
            f"<details><summary>Example (ontology/examples/{html.escape(name)}.ttl)</summary>"
            f"<pre>{html.escape(turtle)}</pre></details>"
        )
    return "\n".join(parts) + "</section>"


def _scheme_section(graph: Graph, scheme: URIRef) -> str:
    items = []
    for concept in sorted(graph.subjects(SKOS.inScheme, scheme)):
        alt = ", ".join(sorted(str(a) for a in graph.objects(concept, SKOS.altLabel)))
        broader = graph.value(concept, SKOS.broader)
        under = f" (in {_curie(graph, broader)})" if broader is not None else ""
        items.append(
            f"<li><code>{html.escape(_curie(graph, concept))}</code> "
            f"<b>{html.escape(str(graph.value(concept, SKOS.prefLabel)))}</b>{html.escape(under)}"
            f": {html.escape(str(graph.value(concept, SKOS.definition)))}"
            + (f" <i>Also: {html.escape(alt)}</i>" if alt else "")
            + "</li>"
        )
    title = html.escape(str(graph.value(scheme, SKOS.prefLabel)))
    return f"<section><h3>{title}</h3><ul>{''.join(items)}</ul></section>"


_STYLE = """body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.2rem .5rem;
text-align:left;vertical-align:top}th{background:#f4f4f4;white-space:nowrap}.note{color:#444}
pre{background:#f8f8f8;padding:.5rem;overflow:auto;font-size:13px}section{margin:1.5rem 0}"""


def reference_html() -> str:
    """The whole reference page: header, classes, properties, concept schemes."""
    graph = vocabulary_graph()
    shapes, examples = shapes_graph(), example_graphs()
    ontology = URIRef(ONTOLOGY_IRI)
    terms = sorted(
        t for t in graph.subjects(RDFS.isDefinedBy, ontology) if str(t).startswith(str(IGF_NS))
    )
    classes = [t for t in terms if (t, RDF.type, OWL.Class) in graph]
    properties = [t for t in terms if t not in classes]
    schemes = sorted(graph.subjects(RDF.type, SKOS.ConceptScheme))
    index = " · ".join(_link(graph, t) for t in classes + properties)
    body = [
        f"<h1>{html.escape(str(graph.value(ontology, DCTERMS.title)))}</h1>",
        f"<p>{html.escape(str(graph.value(ontology, DCTERMS.description)))}</p>",
        f"<p>IRI <code>{ONTOLOGY_IRI}</code>, version "
        f"<code>{html.escape(str(graph.value(ontology, OWL.versionIRI)))}</code>.</p>",
        f"<nav><p>{index}</p></nav>",
        "<h2>Classes</h2>",
        *(_term_section(graph, t, shapes, examples) for t in classes),
        "<h2>Properties</h2>",
        *(_term_section(graph, t, shapes, examples) for t in properties),
        "<h2>Concept schemes</h2>",
        *(_scheme_section(graph, s) for s in schemes),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>igfgraph ontology reference</title>"
        f"<style>{_STYLE}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def write_docs(directory: Path = DOCS_DIR) -> Path:
    """Write ``index.html`` into ``directory``; its path."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "index.html"
    path.write_text(reference_html(), encoding="utf-8")
    return path


def main() -> None:
    """Rebuild the examples and the reference page."""
    for path in write_examples():
        print(f"wrote {path}")
    print(f"wrote {write_docs()}")


if __name__ == "__main__":
    main()
