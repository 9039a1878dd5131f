"""Validation: the SHACL shapes of ``ontology/shapes.ttl`` and the must-be-empty check
queries of ``queries/checks/``, with each violation traced to its report file and line.

Every fact igfgraph writes has ``igf:source`` -> a source span -> ``igf:inReport`` ->
the report's file (``dcterms:source``); a violation names the first line of the node
it is about, or of the nearest node pointing to it (a person is located by one of
their participations).

A check query whose header says ``# severity: warning`` finds what is worth a look but
is no data error (a session nobody is named in: a report may name nobody); its rows are
warnings, which ``validate_store(store, warnings=True)`` adds and which never make data
invalid.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import chain
from pathlib import Path

import pyshacl
import rdflib
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, RDF, SH

from igfgraph.errors import InputError, QueryError
from igfgraph.paths import QUERIES_DIR
from igfgraph.queries import NamedQuery, available_queries
from igfgraph.rdf.ontology import INFERRED_GRAPH, ONTOLOGY_GRAPH, shapes_graph, vocabulary_graph
from igfgraph.store import GraphStore, open_store
from igfgraph.vocab import ID, IGF, PREFIXES

CHECKS_DIR = QUERIES_DIR / "checks"
RDF_SUFFIXES = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".rdf": "xml",
}
_NOT_DATA = {ONTOLOGY_GRAPH, INFERRED_GRAPH}
VIOLATION, WARNING = "violation", "warning"
_SEVERITY = re.compile(r"^#\s*severity:\s*(\S+)\s*$", re.MULTILINE)


@dataclass(frozen=True, order=True)
class Violation:
    """One problem: where it was read (``file:line``), what is wrong, and the node; a
    warning (``severity``) is worth a look but leaves the data valid."""

    where: str
    message: str
    node: str
    severity: str = VIOLATION

    @property
    def is_warning(self) -> bool:
        """Whether this is only a warning, not a data error."""
        return self.severity == WARNING

    def describe(self) -> str:
        """What is wrong and with which node, without the place."""
        warning = "warning: " if self.is_warning else ""
        return f"{warning}{self.message} [{short_name(self.node)}]"

    def __str__(self) -> str:
        return f"{self.where}: {self.describe()}"


def short_name(node: str) -> str:
    """An IRI as readers know it: ``person/kathy-brown`` rather than the full IRI."""
    if node.startswith(str(ID)):
        return node[len(str(ID)) :]
    for prefix, namespace in PREFIXES.items():
        if node.startswith(str(namespace)):
            return f"{prefix}:{node[len(str(namespace)) :]}"
    return node


def _span_place(graph: rdflib.Graph, span: rdflib.term.Node) -> tuple[str, int] | None:
    report = graph.value(span, IGF.inReport)
    line = graph.value(span, IGF.startLine)
    if report is None or not isinstance(line, rdflib.Literal):
        return None
    file = graph.value(report, DCTERMS.source) or report
    try:
        return str(file), int(line.toPython())
    except (TypeError, ValueError):
        return str(file), 0


def locate(graph: rdflib.Graph, node: rdflib.term.Node) -> str:
    """``file:line`` of the first line ``node`` (or a node pointing to it) was read from."""
    for candidate in chain([node], graph.subjects(None, node)):
        spans = [candidate] if (candidate, IGF.inReport, None) in graph else []
        spans += graph.objects(candidate, IGF.source)
        places = sorted(filter(None, (_span_place(graph, span) for span in spans)))
        if places:
            file, line = places[0]
            return f"{file}:{line}"
        file = graph.value(candidate, DCTERMS.source)
        if file is not None and (candidate, RDF.type, IGF.Report) in graph:
            return str(file)
    return "(no source)"


def _shown(value: rdflib.term.Node) -> str:
    if isinstance(value, rdflib.Literal):
        kind = short_name(str(value.datatype)) if value.datatype else "text"
        return f'"{value}" ({kind})'
    return short_name(str(value)) if isinstance(value, rdflib.URIRef) else "a blank node"


def _found(graph: rdflib.Graph, result: rdflib.term.Node, results: rdflib.Graph) -> str:
    """``; found ...`` for a result: its value, or every value of a too-many-values
    result (pyshacl names none for sh:maxCount), else nothing."""
    value = results.value(result, SH.value)
    if value is not None:
        return f"; found {_shown(value)}"
    path = results.value(result, SH.resultPath)
    component = results.value(result, SH.sourceConstraintComponent)
    if component != SH.MaxCountConstraintComponent or not isinstance(path, rdflib.URIRef):
        return ""
    focus = results.value(result, SH.focusNode)
    values = sorted(_shown(value) for value in graph.objects(focus, path))
    return f"; found {len(values)}: {', '.join(values)}" if values else ""


@cache
def _vocabulary() -> rdflib.Graph:
    return vocabulary_graph()


@cache
def _shapes() -> rdflib.Graph:
    return shapes_graph()


def shacl_violations(data: rdflib.Graph) -> list[Violation]:
    """What the shapes reject in ``data`` (validated together with the vocabulary)."""
    graph = rdflib.Graph()
    graph += _vocabulary()
    graph += data
    _, results, _ = pyshacl.validate(
        graph, shacl_graph=_shapes(), inference="none", allow_warnings=True
    )
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        message = str(results.value(result, SH.resultMessage) or "violates a shape")
        message += _found(graph, result, results)
        violations.append(Violation(locate(graph, focus), message, str(focus)))
    return sorted(violations)


def check_severity(check: NamedQuery) -> str:
    """A check query's severity: its ``# severity:`` header line, else a violation."""
    match = _SEVERITY.search(check.text)
    severity = match.group(1) if match else VIOLATION
    if severity not in (VIOLATION, WARNING):
        raise QueryError(f"{check.path}: write '# severity: {WARNING}' or no severity line")
    return severity


def check_violations(
    store: GraphStore, data: rdflib.Graph, *, warnings: bool = False
) -> list[Violation]:
    """The rows of every check query of ``queries/checks/`` (each must return none);
    with ``warnings``, the rows of the warning checks too."""
    violations = []
    for check in available_queries(CHECKS_DIR).values():
        severity = check_severity(check)
        if severity == WARNING and not warnings:
            continue
        for row in store.select(check.text, {}):
            node = str(row["node"])
            others = ", ".join(short_name(str(v)) for k, v in row.items() if k != "node")
            message = f"check {check.name}: {check.question}" + (f" ({others})" if others else "")
            where = locate(data, rdflib.URIRef(node))
            violations.append(Violation(where, message, node, severity))
    return sorted(violations)


def report_graphs(store: GraphStore) -> dict[str, rdflib.Graph]:
    """Each report graph of ``store`` by its IRI (not the ontology, not inferences)."""
    dataset = rdflib.Dataset()
    dataset.parse(data=store.dump("nquads"), format="nquads")
    graphs: dict[str, rdflib.Graph] = {}
    for s, p, o, context in dataset.quads((None, None, None, None)):
        if context not in _NOT_DATA:
            graphs.setdefault(str(context), rdflib.Graph()).add((s, p, o))
    return graphs


def validate_store(store: GraphStore, *, warnings: bool = False) -> list[Violation]:
    """Shape violations of each report graph, and check-query rows over all of them;
    with ``warnings``, the warning checks' rows too (``Violation.is_warning``).

    The shapes describe one report's graph: several reports of one session share its
    nodes, and each says once what the session's title or a participation's lines are.
    """
    graphs = report_graphs(store)
    data = rdflib.Graph()
    for graph in graphs.values():
        data += graph
    shapes = sorted(v for graph in graphs.values() for v in shacl_violations(graph))
    return shapes + check_violations(store, data, warnings=warnings)


def validate_graphs(
    graphs: Iterable[tuple[str, rdflib.Dataset | rdflib.Graph]], *, warnings: bool = False
) -> list[Violation]:
    """Validate named graphs (``(graph IRI, data)`` pairs) that are not in any store."""
    with open_store("memory:") as store:
        for iri, data in graphs:
            store.replace_graph(iri, data)
        return validate_store(store, warnings=warnings)


def validate_rdf_file(path: Path, *, warnings: bool = False) -> list[Violation]:
    """Validate an RDF file: each named graph of a dataset, else its triples as one graph."""
    dataset = rdflib.Dataset()
    try:
        dataset.parse(path, format=RDF_SUFFIXES[path.suffix.lower()])
    except (OSError, SyntaxError, ValueError) as error:
        raise InputError(
            str(path), f"cannot read it as RDF ({error}); fix or re-export it"
        ) from None
    graphs: dict[str, rdflib.Graph] = {}
    for s, p, o, context in dataset.quads((None, None, None, None)):
        named = isinstance(context, rdflib.URIRef) and context != DATASET_DEFAULT_GRAPH_ID
        name = str(context) if named else path.resolve().as_uri()
        graphs.setdefault(name, rdflib.Graph()).add((s, p, o))
    return validate_graphs(graphs.items(), warnings=warnings)
