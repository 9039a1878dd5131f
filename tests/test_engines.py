"""Every named query gives the same rows on the embedded store, on Virtuoso and on
rdflib's memory store, at 1,000 generated reports (bench/generate.py).

The Virtuoso server is started here, on a database of its own, answering at most 5,000
rows a query (its ResultSetMaxRows; the package's is 10,000): the larger results come
back whole only because the endpoint store fetches them again, joined into fewer rows
(or in pages). rdflib's engine takes
minutes a query past a few hundred reports (bridges alone ran for more than 20 minutes
at 1,000), so it answers on the first reports' graphs, against the embedded store
holding the same graphs.
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from virtuoso import Virtuoso, VirtuosoError

from bench.bench_engines import QUERIES, normalised, query_runs
from bench.bench_store import busiest_person
from bench.generate import write_corpus
from igfgraph.ingest import ingest
from igfgraph.queries import run_query
from igfgraph.store import GraphStore, copy_graphs, open_store
from igfgraph.store.endpoint import (
    RESULTS_JSON,
    TIMEOUT_ENV,
    TRUNCATED_HEADER,
    SparqlEndpointStore,
)

REPORTS = 1_000
RDFLIB_REPORTS = 25
MAX_ROWS = 5_000


@pytest.fixture(scope="module", autouse=True)
def patient() -> Iterator[None]:
    """Time enough for the slowest query on Virtuoso (copanelists, about 15 s a page on a
    busy machine: see bench/RESULTS.md), not the default 30 s."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TIMEOUT_ENV, "600")
        yield


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_corpus(tmp_path_factory.mktemp("corpus"), REPORTS)


@pytest.fixture(scope="module")
def embedded(corpus: list[Path]) -> GraphStore:
    store = open_store("memory:")
    assert ingest(store, corpus).ok
    return store


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    started: Virtuoso | None = None
    try:
        started = Virtuoso.start(tmp_path_factory.mktemp("virtuoso"), max_rows=MAX_ROWS)
    except VirtuosoError as error:
        failure = str(error)
    if started is None:
        pytest.fail(failure, pytrace=False)
    yield started
    started.stop()


@pytest.fixture(scope="module")
def on_virtuoso(embedded: GraphStore, server: Virtuoso) -> SparqlEndpointStore:
    store = SparqlEndpointStore(server.query_url, server.update_url, server.user, server.password)
    assert copy_graphs(embedded, store, batch=10, workers=2) == len(embedded.graph_iris())
    return store


@pytest.fixture(scope="module")
def on_rdflib(embedded: GraphStore) -> tuple[GraphStore, GraphStore]:
    """rdflib's memory store and an embedded one, holding the same first graphs."""
    chosen = embedded.graph_iris()[:RDFLIB_REPORTS]
    nquads = "".join(embedded.graph_quads(iri) for iri in chosen)
    stores = open_store("rdflib-memory:"), open_store("memory:")
    for store in stores:
        store.write_graphs(nquads, chosen)
    return stores


@pytest.fixture(scope="module")
def person(corpus: list[Path]) -> str:
    return busiest_person(corpus)


def differences(expected: GraphStore, got: GraphStore, name: str, person: str) -> list[str]:
    """How the rows of ``got`` differ from those of ``expected`` (nothing when equal)."""
    found = []
    for params in query_runs(QUERIES[name], person):
        want, have = (
            normalised(run_query(expected, name, params)),
            normalised(run_query(got, name, params)),
        )
        if want != have:
            missing = sorted(set(want) - set(have))
            extra = sorted(set(have) - set(want))
            found.append(
                f"{name} {params}: {len(want)} rows against {len(have)}; "
                f"{len(missing)} missing, first {missing[:2]}; "
                f"{len(extra)} extra, first {extra[:2]}"
            )
    return found


# Every query is compared. Left out before (issue 18): speaker_groups, which lost speaker
# seats on Virtuoso when two grouped sub-queries were joined, and organisation_ties, whose
# COUNT(DISTINCT ?panel) over a UNION counted the other branch's unbound ?panel as one more
# on some servers (one in three): neither query is written so any more.
@pytest.mark.parametrize("name", sorted(QUERIES))
def test_virtuoso_gives_the_rows_of_the_embedded_store(
    name: str, embedded: GraphStore, on_virtuoso: SparqlEndpointStore, person: str
) -> None:
    if found := differences(embedded, on_virtuoso, name, person):
        pytest.fail("\n".join(found), pytrace=False)  # whole rows, not pytest's cut


RDFLIB_FAILS = {
    "speaking_time": "rdflib raises AlreadyBound on its final BINDs (Oxigraph and Virtuoso agree)"
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason=RDFLIB_FAILS[name], strict=True))
        if name in RDFLIB_FAILS
        else name
        for name in sorted(QUERIES)
    ],
)
def test_rdflib_gives_the_rows_of_the_embedded_store(
    name: str, on_rdflib: tuple[GraphStore, GraphStore], person: str
) -> None:
    rdflib_store, embedded = on_rdflib
    if found := differences(embedded, rdflib_store, name, person):
        pytest.fail("\n".join(found), pytrace=False)


def test_the_store_is_whole_on_the_server(
    embedded: GraphStore, on_virtuoso: SparqlEndpointStore
) -> None:
    (here,) = run_query(embedded, "stats")
    (there,) = run_query(on_virtuoso, "stats")
    assert there == here and here["reports"] == REPORTS
    assert on_virtuoso.graph_iris() == embedded.graph_iris()


def raw_rows(server: Virtuoso, sparql: str) -> tuple[int, str | None]:
    """How many rows the server itself answers to ``sparql``, and its row-limit header."""
    url = f"{server.query_url}?{urllib.parse.urlencode({'query': sparql})}"
    request = urllib.request.Request(url, headers={"Accept": RESULTS_JSON})
    with urllib.request.urlopen(request, timeout=60) as response:
        results: dict[str, Any] = json.load(response)
        return len(results["results"]["bindings"]), response.headers.get(TRUNCATED_HEADER)


def test_a_result_past_the_server_limit_comes_whole(
    embedded: GraphStore, on_virtuoso: SparqlEndpointStore, server: Virtuoso
) -> None:
    facts = (
        "SELECT ?participation ?property WHERE { "
        "?participation a <https://w3id.org/igfgraph/ontology#Participation> ; ?property [] }"
    )
    everyone = embedded.select(facts, {})
    assert len(everyone) > 4 * MAX_ROWS
    assert raw_rows(server, facts) == (MAX_ROWS, str(MAX_ROWS))  # the server alone cuts
    assert normalised(on_virtuoso.select(facts, {})) == normalised(everyone)


ODD_VALUES = """SELECT ?participation ?odd ?number ?french ?maybe ?day ?organisation
WHERE {
  ?participation a <https://w3id.org/igfgraph/ontology#Participation> ; ?property [] .
  OPTIONAL {
    ?participation <https://w3id.org/igfgraph/ontology#onBehalfOf>
      /<http://www.w3.org/2004/02/skos/core#prefLabel> ?organisation
  }
  BIND (CONCAT("tab\\there, new\\nline, 100% \\"odd\\" ", STR(?property)) AS ?odd)
  BIND (STRLEN(STR(?property)) AS ?number)
  BIND (STRLANG(STR(?property), "fr") AS ?french)
  BIND (IF(STRLEN(STR(?property)) > 40, "long", ?nothing) AS ?maybe)
  BIND ("2017-12-18"^^xsd:date AS ?day)
}"""
"""Rows past the limit with what a line of text must keep apart: tabs, newlines, percent
signs and quotes, numbers, dates, a language, unbound values, and organisations' names
with accents (from the data: Virtuoso 7 loses them written in the query, see below)."""


def sent_queries(monkeypatch: pytest.MonkeyPatch, store: SparqlEndpointStore) -> list[str]:
    """The queries ``store`` sends from now on (filled in as it sends them)."""
    sent: list[str] = []
    post = store._post

    def recorded(url: str, form: list[tuple[str, str]], accept: str) -> Any:
        sent.extend(value for key, value in form if key == "query")
        return post(url, form, accept)

    monkeypatch.setattr(store, "_post", recorded)
    return sent


def test_a_result_past_the_server_limit_comes_whole_from_one_more_evaluation(
    embedded: GraphStore, on_virtuoso: SparqlEndpointStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    query = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + ODD_VALUES
    everyone = embedded.select(query, {})
    assert len(everyone) > 4 * MAX_ROWS
    assert {row["maybe"] for row in everyone} == {"long", None}
    assert any(not (row["organisation"] or "").isascii() for row in everyone)
    sent = sent_queries(monkeypatch, on_virtuoso)
    rows = on_virtuoso.select(query, {})
    assert normalised(rows) == normalised(everyone)  # tabs, newlines, accents, types
    assert len(sent) == 2 and "GROUP_CONCAT(?igfgraph_line" in sent[1]  # cut, then joined


def test_bound_rows_past_the_server_limit_come_whole_too(
    embedded: GraphStore, on_virtuoso: SparqlEndpointStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    facts = (
        "SELECT ?participation ?property WHERE { "
        "?participation a <https://w3id.org/igfgraph/ontology#Participation> ; ?property [] }"
    )
    bound = {"property": ox.NamedNode("https://w3id.org/igfgraph/ontology#role")}
    rows = embedded.select(facts, bound)
    assert len(rows) > MAX_ROWS
    sent = sent_queries(monkeypatch, on_virtuoso)
    assert normalised(on_virtuoso.select(facts, bound)) == normalised(rows)
    assert len(sent) == 2 and "GROUP_CONCAT(?igfgraph_line" in sent[1]  # cut, then joined


def test_a_result_past_the_limit_with_text_the_server_cannot_join_comes_in_pages(
    embedded: GraphStore, on_virtuoso: SparqlEndpointStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Virtuoso 7's ENCODE_FOR_URI writes "?" for a letter past ASCII that the query
    itself wrote (of the data's, none is lost): such a query is fetched in pages."""
    facts = (
        'SELECT ?participation ?property (CONCAT("déjà ", STR(?property)) AS ?seen) WHERE { '
        "?participation a <https://w3id.org/igfgraph/ontology#Participation> ; ?property [] }"
    )
    sent = sent_queries(monkeypatch, on_virtuoso)
    rows = on_virtuoso.select(facts, {})
    assert normalised(rows) == normalised(embedded.select(facts, {}))
    assert sum("OFFSET" in query for query in sent) > 4
    assert not any("GROUP_CONCAT(?igfgraph_line" in query for query in sent)
