"""From files to the store: read, parse, resolve, map to RDF, replace the report's graph.

One bad file never stops the others and never touches what the store already holds:
its error is collected and the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from igfgraph.errors import InputError
from igfgraph.model import Report
from igfgraph.ontology import ONTOLOGY_GRAPH, vocabulary_graph
from igfgraph.parse import parse, parse_all
from igfgraph.rdf import report_graph_iri, report_to_dataset
from igfgraph.resolve import resolve
from igfgraph.sources import SOURCE_SUFFIXES, read_source
from igfgraph.store import GraphStore
from igfgraph.validate import validate_graphs


def load_report(path: str | Path) -> Report:
    """Read, parse and resolve one report file (no store involved)."""
    return resolve(parse(read_source(path)))


def load_reports(path: str | Path) -> list[Report]:
    """Read, parse and resolve every session in one file: one report each (no store)."""
    return [resolve(report) for report in parse_all(read_source(path))]


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """The report files named by ``paths``: files as given, folders searched recursively."""
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in SOURCE_SUFFIXES)
            files.extend(p for p in found if p.is_file() and not p.name.startswith("."))
        else:
            files.append(path)
    return files


@dataclass
class IngestSummary:
    """What an ingest run did."""

    ingested: list[Report] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)
    triples: int = 0

    @property
    def ok(self) -> bool:
        """True when every file was ingested."""
        return not self.failed


def load_ontology(store: GraphStore) -> None:
    """Put the ontology and its concept schemes (not the shapes) in their own graph."""
    store.replace_graph(str(ONTOLOGY_GRAPH), vocabulary_graph())


def ingest(
    store: GraphStore,
    files: Iterable[Path],
    on_file: Callable[[Path], None] | None = None,
    validate: bool = False,
) -> IngestSummary:
    """Ingest ``files`` into ``store``, one named graph per report, replacing older versions.

    With ``validate``, a report that violates the shapes or the check queries is not
    stored; each violation becomes one error naming the file and line.
    """
    summary = IngestSummary()
    load_ontology(store)
    for path in files:
        try:
            reports = load_reports(path)
        except InputError as error:
            summary.failed.append(error)
            reports = []
        for report in reports:
            dataset = report_to_dataset(report)
            graph_iri = str(report_graph_iri(report))
            violations = validate_graphs([(graph_iri, dataset)]) if validate else []
            if violations:
                summary.failed.extend(InputError(v.where, v.describe()) for v in violations)
                continue
            store.replace_graph(graph_iri, dataset)
            summary.ingested.append(report)
            summary.triples += sum(1 for _ in dataset.quads((None, None, None, None)))
        if on_file:
            on_file(path)
    return summary
