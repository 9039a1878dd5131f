"""How long HermiT reasoning takes on the seed and on N copies of it (N sessions).

Each copy is the seed report mapped under another session id (``WS #1`` .. ``WS #N``)
and file name, so sessions, panels, participations and spans are new while the people
and organisations recur, as they do across a real year of IGF reports. The figure is
the ratio to the seed, measured in the same process.

    python bench/bench_reason.py [N]       # default N = 1000
"""

from __future__ import annotations

import copy
import sys
import time
from pathlib import Path

import rdflib

from igfgraph.ingest import load_report
from igfgraph.rdf import report_graph_iri, report_to_dataset
from igfgraph.tools.reason import reason_about

SEED = (
    Path(__file__).resolve().parents[1]
    / "examples"
    / "reports"
    / "igf2017-ws-rights-based-approach-to-cybersecurity.txt"
)


def report_graphs(copies: int) -> dict[str, rdflib.Graph]:
    """The seed's graph under ``copies`` different session ids, by report graph IRI."""
    seed = load_report(SEED)
    graphs = {}
    for number in range(1, copies + 1):
        report = copy.deepcopy(seed)
        report.session.id = f"WS #{number}"
        report.source = f"bench/igf2017-ws-{number}.txt"
        iri = report_graph_iri(report)
        graphs[str(iri)] = report_to_dataset(report).graph(iri)
    return graphs


def timed(copies: int) -> tuple[float, int, int]:
    """Seconds to reason over ``copies`` reports, input triples, inferred triples."""
    graphs = report_graphs(copies)
    started = time.perf_counter()
    result = reason_about(graphs)
    assert result.consistent, result.inconsistencies
    return time.perf_counter() - started, result.input_triples, len(result.inferred)


def main() -> None:
    """Print the seed's time, N reports' time, and their ratio."""
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    base, base_in, base_out = timed(1)
    print(f"seed: {base:.1f} s ({base_in} triples in, {base_out} inferred)")
    seconds, triples_in, triples_out = timed(copies)
    print(
        f"{copies} reports: {seconds:.1f} s ({triples_in} triples in, {triples_out} inferred), "
        f"{seconds / base:.0f}x the seed"
    )


if __name__ == "__main__":
    main()
