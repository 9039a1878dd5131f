"""OWL reasoning: HermiT (through owlready2) over the ontology and the store's reports.

The reasoner sees the vocabulary and the triples of the report graphs about agents
and events whose object is an IRI (types and links; literals and the record of where
each fact was read are SHACL's business). What it infers beyond
those triples, together with the values of inverse properties, goes into the named
graph ``id:graph/inferred``, replaced on each run so it can be dropped and recomputed:
``igf:tookPartIn`` from its property chains (a speaker on a panel took part in the
panel, its session and its annual meeting), ``igf:represented`` (a person -> the
organisations they spoke for), ``igf:hasParticipation`` and ``schema:organizer``
(inverses), and classes such as ``igf:CivilSocietyOrganisation`` defined by
``org:classification``. HermiT needs a Java runtime.
"""

from __future__ import annotations

import io
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import owlready2
import rdflib
from rdflib.namespace import DCTERMS, OWL, RDF

from igfgraph.errors import IgfgraphError
from igfgraph.rdf.ontology import INFERRED_GRAPH, vocabulary_graph
from igfgraph.store import GraphStore
from igfgraph.tools.validate import report_graphs
from igfgraph.vocab import IGF, ONTOLOGY_IRI

_INFERRED_ONTOLOGY = str(INFERRED_GRAPH) + "#"
BATCH_REPORTS = 50
"""Reports per HermiT run. Per report, a run of 20 to 120 seed-sized reports costs about
the same; a run of 1,000 did not finish in 15 minutes."""
JAVA_MISSING = (
    "the HermiT reasoner needs Java and none was found: install a Java runtime "
    "(apt-get install default-jre-headless) or put 'java' on PATH"
)


class ReasonerError(IgfgraphError):
    """The reasoner cannot run (no Java) or failed."""


@dataclass
class Reasoning:
    """What one run of the reasoner found."""

    inferred: rdflib.Graph  # new triples only: none of them was in the input
    inconsistencies: list[str] = field(default_factory=list)  # plain words, one per problem
    input_triples: int = 0
    seconds: float = 0.0

    @property
    def consistent(self) -> bool:
        """True when HermiT found no contradiction."""
        return not self.inconsistencies


# What the reasoner leaves out: the record of where facts were read (reports, spans,
# passages, topic evidence). Its inferences are about agents and events; without these
# nodes HermiT's work grows far more slowly with the number of reports.
_RECORD_CLASSES = frozenset(
    {
        IGF.Report,
        IGF.SourceSpan,
        IGF.Passage,
        IGF.KeyIssue,
        IGF.GenderReport,
        IGF.TopicMatch,
        IGF.UnparsedText,
    }
)


def reasoner_input(data: rdflib.Graph) -> rdflib.Graph:
    """The vocabulary and the triples of ``data`` about agents and events whose object is
    an IRI (types and links; literals are SHACL's business)."""
    record = {s for cls in _RECORD_CLASSES for s in data.subjects(RDF.type, cls)}
    graph = vocabulary_graph()
    for triple in data:
        subject, _, value = triple
        if isinstance(value, rdflib.URIRef) and subject not in record and value not in record:
            graph.add(triple)
    return graph


def _run_hermit(graph: rdflib.Graph) -> rdflib.Graph | None:
    """HermiT's inferences about ``graph``, or None when ``graph`` is inconsistent."""
    if shutil.which(owlready2.JAVA_EXE) is None:
        raise ReasonerError(JAVA_MISSING)
    world = owlready2.World()
    try:
        data = io.BytesIO(graph.serialize(format="nt", encoding="utf-8"))
        world.get_ontology(ONTOLOGY_IRI).load(fileobj=data, format="ntriples")
        inferred = world.get_ontology(_INFERRED_ONTOLOGY)
        with inferred:
            owlready2.sync_reasoner_hermit(world, infer_property_values=True, debug=0)
        output = io.BytesIO()
        inferred.save(output, format="ntriples")
    except owlready2.OwlReadyInconsistentOntologyError:
        return None
    except owlready2.OwlReadyJavaError as error:
        raise ReasonerError(f"HermiT failed: {str(error).strip().splitlines()[-1]}") from None
    finally:
        world.close()
    found = rdflib.Graph().parse(data=output.getvalue().decode("utf-8"), format="nt")
    found.remove((None, RDF.type, OWL.Ontology))
    return found


def _inverse_values(vocabulary: rdflib.Graph, facts: rdflib.Graph) -> rdflib.Graph:
    """The values of inverse properties (owlready2 keeps inverses implicit)."""
    inverses = rdflib.Graph()
    for prop, inverse in vocabulary.subject_objects(OWL.inverseOf):
        for s, o in facts.subject_objects(prop):
            inverses.add((o, inverse, s))
        for s, o in facts.subject_objects(inverse):
            inverses.add((o, prop, s))
    return inverses


def _report_file(graph: rdflib.Graph, graph_iri: str) -> str:
    """The file a report graph was read from (its report's ``dcterms:source``)."""
    return str(graph.value(rdflib.URIRef(graph_iri), DCTERMS.source) or graph_iri)


def _reason_batch(reports: dict[str, rdflib.Graph]) -> Reasoning:
    """Run HermiT once over the vocabulary and ``reports`` (by graph IRI).

    When they are inconsistent, each report is tried alone to name the culprits.
    """
    data = rdflib.Graph()
    for part in reports.values():
        data += part
    graph = reasoner_input(data)
    found = _run_hermit(graph)
    result = Reasoning(rdflib.Graph(), input_triples=len(graph))
    if found is None:
        blamed = [
            f"{_report_file(part, iri)}: what igfgraph read from this report contradicts "
            "the ontology (e.g. one thing typed both person and organisation, or two values "
            "of a functional property such as igf:role); run 'igfgraph validate' for details"
            for iri, part in sorted(reports.items())
            if _run_hermit(reasoner_input(part)) is None
        ]
        result.inconsistencies = blamed or [
            "the reports together contradict the ontology though none does alone: look for "
            "one IRI used for different things in different reports"
        ]
    else:
        for triple in found + _inverse_values(graph, graph + found):
            if triple not in graph and triple[2] != OWL.Thing:
                result.inferred.add(triple)
    return result


def _reason_batch_in_worker(reports: dict[str, str]) -> tuple[str, list[str], int]:
    """:func:`_reason_batch` on N-Triples texts, for a worker process."""
    graphs = {iri: rdflib.Graph().parse(data=text, format="nt") for iri, text in reports.items()}
    result = _reason_batch(graphs)
    return result.inferred.serialize(format="nt"), result.inconsistencies, result.input_triples


def reason_about(
    reports: dict[str, rdflib.Graph], batch_size: int = BATCH_REPORTS, workers: int | None = None
) -> Reasoning:
    """Run HermiT over the vocabulary and the report graphs (by IRI), ``batch_size``
    reports at a time in ``workers`` processes (default: one per core).

    HermiT's work grows faster than the data, so batches keep large stores within
    reach; every inference igfgraph draws is about the agents and events of one
    report, so the batches together infer what one run would. A contradiction that
    only shows between reports of different batches is not seen.
    """
    started = time.perf_counter()
    items = sorted(reports.items())
    batches = [dict(items[i : i + batch_size]) for i in range(0, len(items), batch_size)]
    if len(batches) <= 1:
        result = _reason_batch(dict(items))
    else:
        result = Reasoning(rdflib.Graph())
        texts = [{iri: g.serialize(format="nt") for iri, g in b.items()} for b in batches]
        with ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
            for inferred, problems, triples in pool.map(_reason_batch_in_worker, texts):
                result.inferred.parse(data=inferred, format="nt")
                result.inconsistencies.extend(problems)
                result.input_triples += triples
    result.seconds = time.perf_counter() - started
    return result


def reason(store: GraphStore) -> Reasoning:
    """Reason over ``store`` and replace its inferred graph (dropped when inconsistent)."""
    result = reason_about(report_graphs(store))
    if result.consistent:
        store.replace_graph(str(INFERRED_GRAPH), result.inferred)
    else:
        store.remove_graph(str(INFERRED_GRAPH))
    return result
