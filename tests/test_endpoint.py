"""igfgraph.store.endpoint against a real Virtuoso: replace in chunks, safe binding, failures."""

from __future__ import annotations

import http.server
import json
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import rdflib
import rdflib.compare
from rdflib.compare import isomorphic
from typer.testing import CliRunner
from virtuoso import Virtuoso, free_port

from bench.bench_engines import normalised, query_runs
from igfgraph.cli import app
from igfgraph.errors import StoreError
from igfgraph.ingest import collect_files, ingest
from igfgraph.queries import available_queries, internal_queries, run_query
from igfgraph.store import copy_graphs, endpoint, graph_nquads, open_store
from igfgraph.store.endpoint import SparqlEndpointStore

EX = rdflib.Namespace("http://example.org/")
GRAPH = "http://example.org/graph/report-1"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports"
FIXTURE_CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
NASTY = 'He said "hi" {and} left\n} ; DROP ALL #\n\\"'
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture
def store(virtuoso: Virtuoso) -> Iterator[SparqlEndpointStore]:
    """A store on the session's server, emptied afterwards."""
    store = SparqlEndpointStore(
        virtuoso.query_url, virtuoso.update_url, user=virtuoso.user, password=virtuoso.password
    )
    yield store
    for iri in store.graph_iris():
        store.remove_graph(iri)


def small_graph(name: str = "Kathy Brown") -> rdflib.Graph:
    """A handful of triples: a person with a name, an age, a label and a blank node."""
    graph = rdflib.Graph()
    address = rdflib.BNode()
    graph.add((EX.kathy, EX.name, rdflib.Literal(name)))
    graph.add((EX.kathy, EX.age, rdflib.Literal(61)))
    graph.add((EX.kathy, EX.label, rdflib.Literal("Kathy", lang="en")))
    graph.add((EX.kathy, EX.address, address))
    graph.add((address, EX.city, rdflib.Literal("Geneva")))
    return graph


def large_graph(size: int = 2500) -> rdflib.Graph:
    """``size`` triples, 300 of them on 100 blank nodes of three triples each."""
    graph = rdflib.Graph()
    for number in range(100):
        node = rdflib.BNode()
        graph.add((EX[f"s{number}"], EX.has, node))
        graph.add((node, EX.k, rdflib.Literal(number)))
        graph.add((node, EX.note, rdflib.Literal(f"note {number}")))
    for number in range(size - len(graph)):
        graph.add((EX[f"t{number}"], EX.value, rdflib.Literal(number)))
    return graph


def server_values(virtuoso: Virtuoso, query: str) -> list[str]:
    """The first column of ``query``'s rows, asked of the server without the store."""
    url = f"{virtuoso.query_url}?{urllib.parse.urlencode({'query': query})}"
    request = urllib.request.Request(url, headers={"Accept": endpoint.RESULTS_JSON})
    with urllib.request.urlopen(request, timeout=30) as response:
        results = json.load(response)
    first = results["head"]["vars"][0]
    return [row[first]["value"] for row in results["results"]["bindings"]]


def server_graphs(virtuoso: Virtuoso) -> set[str]:
    """Every graph on the server, system graphs included, asked without the store."""
    return set(server_values(virtuoso, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))


REGISTERED = (
    f"GRAPH <{endpoint.REGISTRY_GRAPH}> {{ <{endpoint.REGISTRY_GRAPH}> <{endpoint.MEMBER}> ?g }}"
)


def union_misses(virtuoso: Virtuoso) -> tuple[int, int]:
    """How many triples of the store's graphs the union graph lacks, and how many it holds
    that none of them does (both 0 when it is exact; blank nodes compared as nodes)."""
    union = f"GRAPH <{endpoint.UNION_GRAPH}> {{ ?s ?p ?o }}"
    lacking = f"{REGISTERED} GRAPH ?g {{ ?s ?p ?o }} FILTER NOT EXISTS {{ {union} }}"
    extra = f"{union} FILTER NOT EXISTS {{ {REGISTERED} GRAPH ?g {{ ?s ?p ?o }} }}"
    counts = [
        server_values(virtuoso, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")[0]
        for where in (lacking, extra)
    ]
    return int(counts[0]), int(counts[1])


def count(store: SparqlEndpointStore) -> int:
    return store.select(COUNT, {})[0]["n"]


def test_replace_small_graph(store: SparqlEndpointStore) -> None:
    store.replace_graph(GRAPH, small_graph())
    assert store.graph_iris() == [GRAPH]
    rows = store.select("SELECT ?p ?age WHERE { ?p <http://example.org/age> ?age }", {})
    assert rows == [{"p": str(EX.kathy), "age": 61}]
    assert count(store) == 5  # this store's graphs only, not Virtuoso's system graphs


@pytest.fixture
def gsp(store: SparqlEndpointStore, monkeypatch: pytest.MonkeyPatch) -> SparqlEndpointStore:
    """The store on the session's server with fetched loads turned off
    (``$IGFGRAPH_ENDPOINT_FETCH=0``): one Graph Store Protocol PUT per graph."""
    monkeypatch.setenv(endpoint.FETCH_ENV, "0")
    return store


@pytest.fixture(params=["fetched", "put"])
def either(request: pytest.FixtureRequest) -> SparqlEndpointStore:
    """The store loading by fetch, then (``$IGFGRAPH_ENDPOINT_FETCH=0``) by PUT."""
    return request.getfixturevalue("store" if request.param == "fetched" else "gsp")


@pytest.fixture
def generic(store: SparqlEndpointStore, monkeypatch: pytest.MonkeyPatch) -> SparqlEndpointStore:
    """The store on the session's server, taking it for a server it does not know (no
    Graph Store Protocol, no Virtuoso defines): the standard SPARQL path, for real."""
    monkeypatch.setattr(SparqlEndpointStore, "_is_virtuoso", lambda _self: False)
    return store


def test_replace_large_graph_in_one_put(
    gsp: SparqlEndpointStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = gsp
    sent: list[str] = []
    send = SparqlEndpointStore._send

    def spy(self: SparqlEndpointStore, url: str, method: str, *rest: Any) -> Any:
        sent.append(method)
        return send(self, url, method, *rest)

    monkeypatch.setattr(SparqlEndpointStore, "_send", spy)
    store.replace_graph(GRAPH, large_graph())
    assert sent.count("PUT") == 1
    assert count(store) == 2500
    per_node = store.select(
        "SELECT ?b (COUNT(*) AS ?n) WHERE { ?x <http://example.org/has> ?b . ?b ?p ?o } "
        "GROUP BY ?b",
        {},
    )
    assert len(per_node) == 100 and {row["n"] for row in per_node} == {2}


def test_a_triple_in_many_graphs_joins_once(
    either: SparqlEndpointStore, virtuoso: Virtuoso
) -> None:
    """The union of report graphs keeps each triple once (Virtuoso's own repeats it)."""
    store = either
    for number in range(5):
        store.replace_graph(f"{GRAPH}-{number}", small_graph())
    name = "SELECT ?name WHERE { ?p <http://example.org/name> ?name }"
    assert store.select(name, {}) == [{"name": "Kathy Brown"}]
    for number in range(4):  # replaced or dropped: what another graph holds stays
        store.replace_graph(f"{GRAPH}-{number}", small_graph(name=f"Kathy {number}"))
    store.remove_graph(f"{GRAPH}-3")
    names = {row["name"] for row in store.select(name, {})}
    assert names == {"Kathy Brown", "Kathy 0", "Kathy 1", "Kathy 2"}
    store.remove_graph(f"{GRAPH}-4")
    assert {row["name"] for row in store.select(name, {})} == {"Kathy 0", "Kathy 1", "Kathy 2"}
    ages = "SELECT ?age WHERE { ?p <http://example.org/age> ?age }"
    assert store.select(ages, {}) == [{"age": 61}]
    # three names, one age, one label, and each graph's own address (a blank node) and city
    assert count(store) == 3 + 1 + 1 + 3 * 2
    assert union_misses(virtuoso) == (0, 0)


def test_replace_large_graph_in_chunks(
    generic: SparqlEndpointStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = generic
    sizes: list[int] = []
    send = SparqlEndpointStore._send_chunk

    def spy(self: SparqlEndpointStore, staging: str, chunk: list[Any]) -> None:
        sizes.append(len(chunk))
        send(self, staging, chunk)

    monkeypatch.setattr(SparqlEndpointStore, "_send_chunk", spy)
    store.replace_graph(GRAPH, large_graph())
    assert sum(sizes) == 2500 and max(sizes) <= endpoint.CHUNK_TRIPLES and len(sizes) >= 5
    assert count(store) == 2500
    per_node = store.select(
        "SELECT ?b (COUNT(*) AS ?n) WHERE { ?x <http://example.org/has> ?b . ?b ?p ?o } "
        "GROUP BY ?b",
        {},
    )
    assert len(per_node) == 100 and {row["n"] for row in per_node} == {2}


def test_bound_literal_is_just_a_value(store: SparqlEndpointStore) -> None:
    store.replace_graph(GRAPH, small_graph(name=NASTY))
    query = "SELECT ?person ?name WHERE { ?person <http://example.org/name> ?name }"
    attack = rdflib.Literal('x"} ; DROP ALL #\n{"\\')
    assert store.select(query, {"name": attack}) == []
    assert store.select(query, {"name": rdflib.Literal('x\n\\"'), "person": attack}) == []
    found = store.select(query, {"name": rdflib.Literal(NASTY)})
    assert found == [{"person": str(EX.kathy), "name": NASTY}]
    assert count(store) == 5


def test_bad_iris_are_refused(store: SparqlEndpointStore) -> None:
    with pytest.raises(StoreError, match="not a valid IRI"):
        store.replace_graph("http://example.org/g> } ; DROP ALL #", small_graph())
    with pytest.raises(StoreError, match="not a valid IRI"):
        store.select("SELECT ?p WHERE { ?p ?q ?o }", {"p": rdflib.URIRef("http://x/a b")})


def test_replacing_twice_keeps_the_second_version(either: SparqlEndpointStore) -> None:
    store = either
    store.replace_graph(GRAPH, large_graph(600))
    store.replace_graph(GRAPH, small_graph(name="Second"))
    rows = store.select("SELECT ?name WHERE { ?p <http://example.org/name> ?name }", {})
    assert rows == [{"name": "Second"}]
    assert count(store) == 5


def test_updates_the_server_refused_do_not_lock_the_store_out(
    store: SparqlEndpointStore,
) -> None:
    """urllib counts a refused request after digest authentication as a retry and, past
    five, fails every later challenge: the store sets the count back each request."""
    for _ in range(7):
        with pytest.raises(StoreError, match="the endpoint failed"):
            store._update(f"INSERT DATA {{ GRAPH <{GRAPH}> {{ <urn:a> <urn:b> ?unbound }} }}")
    store.replace_graph(GRAPH, small_graph())
    assert store.graph_iris() == [GRAPH]


def test_remove_graph(store: SparqlEndpointStore, virtuoso: Virtuoso) -> None:
    store.replace_graph(GRAPH, small_graph())
    store.replace_graph(GRAPH + "-2", small_graph())
    assert store.graph_iris() == [GRAPH, GRAPH + "-2"]
    assert store.remove_graph(GRAPH) is True
    assert store.remove_graph(GRAPH) is False
    assert store.graph_iris() == [GRAPH + "-2"]
    assert GRAPH not in server_graphs(virtuoso)


def test_dump_nquads(store: SparqlEndpointStore) -> None:
    store.replace_graph(GRAPH, small_graph(name=NASTY))
    quads = list(ox.parse(store.dump("nquads"), format=ox.RdfFormat.N_QUADS))
    assert {quad.graph_name.value for quad in quads} == {GRAPH}
    triples = ox.serialize([quad.triple for quad in quads], format=ox.RdfFormat.N_TRIPLES)
    assert isomorphic(rdflib.Graph().parse(data=triples, format="nt"), small_graph(name=NASTY))


def test_failure_mid_upload_keeps_the_previous_version(
    generic: SparqlEndpointStore, virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = generic
    store.replace_graph(GRAPH, small_graph(name="First"))
    sent: list[int] = []
    send = SparqlEndpointStore._send_chunk

    def fail_third(self: SparqlEndpointStore, staging: str, chunk: list[Any]) -> None:
        sent.append(len(chunk))
        if len(sent) == 3:
            raise StoreError(f"{self.update_url}: cannot reach the SPARQL endpoint (reset)")
        send(self, staging, chunk)

    monkeypatch.setattr(SparqlEndpointStore, "_send_chunk", fail_third)
    with pytest.raises(StoreError, match="keeps its previous version") as failure:
        store.replace_graph(GRAPH, large_graph())
    assert "\n" not in str(failure.value)
    rows = store.select("SELECT ?name WHERE { ?p <http://example.org/name> ?name }", {})
    assert rows == [{"name": "First"}]
    assert count(store) == 5
    assert not [g for g in server_graphs(virtuoso) if "staging" in g]


NAME_IN = "SELECT ?name WHERE {{ GRAPH <{}> {{ ?p <http://example.org/name> ?name }} }}"


def reports(count: int, version: str) -> tuple[str, list[str]]:
    """N-Quads of ``count`` small report graphs whose names say ``version``, and their IRIs
    (each has a blank node; ages and labels are the same in all)."""
    iris = [f"{GRAPH}-{number:02d}" for number in range(count)]
    graphs = [small_graph(name=f"{version} {number}") for number in range(count)]
    return "".join(map(graph_nquads, iris, graphs)), iris


def spy_loads(monkeypatch: pytest.MonkeyPatch, cut: int = 0) -> list[int]:
    """The sizes of the loads the store sends (the empty probe left out); the ``cut``-th
    reaches the server cut off in the middle of a line, as a broken transfer would."""
    sizes: list[int] = []
    load = SparqlEndpointStore._load

    def spy(self: SparqlEndpointStore, nquads: bytes) -> None:
        if nquads:
            sizes.append(len(nquads))
        if len(sizes) == cut and nquads:
            nquads = nquads[: nquads.index(b"\n", len(nquads) // 2) + 6]
        load(self, nquads)

    monkeypatch.setattr(SparqlEndpointStore, "_load", spy)
    return sizes


def test_new_graphs_go_up_whole_in_one_load(
    store: SparqlEndpointStore, virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes = spy_loads(monkeypatch)
    nquads, iris = reports(30, "First")
    odd = graph_nquads(GRAPH, small_graph(name=NASTY + " Müller 中 😀"))
    store.write_graphs(nquads + odd, [*iris, GRAPH])
    assert len(sizes) == 1 and store.graph_iris() == [GRAPH, *iris]
    assert count(store) == 31 * 3 + 2  # a name, an address and its city each; one age, label
    assert union_misses(virtuoso) == (0, 0)
    query = "SELECT ?person ?name WHERE { ?person <http://example.org/name> ?name }"
    odd_name = NASTY + " Müller 中 😀"
    found = store.select(query, {"name": rdflib.Literal(odd_name)})
    assert found == [{"person": str(EX.kathy), "name": odd_name}]


def test_iris_written_relative_in_a_load_come_back_whole(
    store: SparqlEndpointStore, virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes = spy_loads(monkeypatch)
    base = endpoint.BASE_IRI
    odd = ["", "a", "a/b", "a:b", "?q", "#f", "a/../b", "./x", "a//b", "%20x", "x/", ".."]
    iris = [base + tail for tail in odd] + [base[:-1] + "X", "https://w3id.org/"]
    graph = rdflib.Graph()
    for number, iri in enumerate(iris):
        graph.add((rdflib.URIRef(iri), EX[f"p{number}"], rdflib.Literal(f"<{iri}>")))
    report = f"{base}id/report/odd"
    nquads = graph_nquads(report, graph)
    store.write_graphs(nquads, [report])
    assert len(sizes) == 1 and sizes[0] < len(nquads) * 2  # relative, with union copies
    assert store.holds(nquads, [report]) and union_misses(virtuoso) == (0, 0)


def test_a_graph_too_large_for_a_load_goes_by_put(
    store: SparqlEndpointStore, virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(endpoint, "LOAD_BYTES", 20_000)
    sizes = spy_loads(monkeypatch)
    nquads, iris = reports(3, "First")
    store.write_graphs(nquads + graph_nquads(GRAPH, large_graph(600)), [*iris, GRAPH])
    assert len(sizes) == 2 and max(sizes) < 20_000  # halved: two reports, then the third
    assert store.graph_iris() == [GRAPH, *iris]
    assert count(store) == 600 + 3 * 3 + 2
    assert union_misses(virtuoso) == (0, 0)


def test_a_load_failing_midway_leaves_the_graphs_before_it_whole_and_no_other(
    store: SparqlEndpointStore, virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(endpoint, "BACKOFF_SECONDS", 0.0)
    monkeypatch.setattr(endpoint, "LOAD_BYTES", 4_000)  # a few graphs a load
    sizes = spy_loads(monkeypatch, cut=2)
    nquads, iris = reports(12, "First")
    with pytest.raises(StoreError, match="keeps its previous version"):
        store.write_graphs(nquads, iris)
    placed = store.graph_iris()
    assert len(sizes) == 2 and 0 < len(placed) < len(iris) and placed == iris[: len(placed)]
    assert all(server_values(virtuoso, NAME_IN.format(iri)) == [] for iri in iris[len(placed) :])
    assert count(store) == len(placed) * 3 + 2
    assert union_misses(virtuoso) == (0, 0)


def test_new_graphs_are_pushed_as_the_store_writes_them(
    store: SparqlEndpointStore, virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(endpoint, "LOAD_BYTES", 20_000)
    sizes = spy_loads(monkeypatch)
    written: list[list[str]] = []
    write = SparqlEndpointStore.write_graphs
    monkeypatch.setattr(
        SparqlEndpointStore,
        "write_graphs",
        lambda self, nquads, iris, *rest: (
            written.append(list(iris)) or write(self, nquads, iris, *rest)
        ),
    )
    nquads, iris = reports(30, "First")
    odd = graph_nquads(f"{GRAPH}-odd", small_graph(name=NASTY + " Müller 中 😀"))
    local = open_store("memory:")
    local.write_graphs(
        nquads + odd + graph_nquads(GRAPH, large_graph(600)), [*iris, f"{GRAPH}-odd", GRAPH]
    )
    assert copy_graphs(local, store, batch=40) == 32
    assert written == [[GRAPH]]  # too large for a load: by PUT; the others from Turtle
    assert len(sizes) == 2 and max(sizes) < 20_000
    assert store.graph_iris() == local.graph_iris()
    for iri in local.graph_iris():  # the same triples, blank nodes compared as nodes
        here, there = rdflib.Graph(), rdflib.Graph()
        here.parse(data=local.graph_quads(iri), format="nquads")
        there.parse(data=store.graph_quads(iri), format="nquads")
        assert rdflib.compare.isomorphic(here, there), iri
    assert count(store) == 600 + 31 * 3 + 2 and union_misses(virtuoso) == (0, 0)


def test_a_push_of_new_graphs_failing_midway_leaves_each_report_whole_or_absent(
    store: SparqlEndpointStore, virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(endpoint, "BACKOFF_SECONDS", 0.0)
    monkeypatch.setattr(endpoint, "LOAD_BYTES", 4_000)  # a few graphs a load
    nquads, iris = reports(12, "First")
    local = open_store("memory:")
    local.write_graphs(nquads, iris)
    sizes = spy_loads(monkeypatch, cut=2)
    with pytest.raises(StoreError, match="keeps its previous version"):
        copy_graphs(local, store, batch=12)
    placed = store.graph_iris()
    assert len(sizes) == 2 and 0 < len(placed) < len(iris) and placed == iris[: len(placed)]
    assert all(server_values(virtuoso, NAME_IN.format(iri)) == [] for iri in iris[len(placed) :])
    assert count(store) == len(placed) * 3 + 2 and union_misses(virtuoso) == (0, 0)
    assert copy_graphs(local, store, batch=12) == 12  # pushed again: the rest go up
    assert store.graph_iris() == iris and count(store) == 12 * 3 + 2
    assert union_misses(virtuoso) == (0, 0)


def test_a_push_failing_midway_leaves_each_report_whole(
    store: SparqlEndpointStore, virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(endpoint, "BACKOFF_SECONDS", 0.0)
    old, iris = reports(12, "First")
    store.write_graphs(old, iris)
    local = open_store("memory:")
    new, _ = reports(12, "Second")
    local.write_graphs(new, iris)
    spy_loads(monkeypatch, cut=2)  # the second batch's staging graphs
    with pytest.raises(StoreError, match="keeps its previous version"):
        copy_graphs(local, store, batch=4)
    names = [server_values(virtuoso, NAME_IN.format(iri)) for iri in iris]
    failed = range(4, 8)  # the batch cut; the batches around it go up
    assert names == [[f"{'First' if n in failed else 'Second'} {n}"] for n in range(12)]
    assert store.graph_iris() == iris and count(store) == 12 * 3 + 2
    assert union_misses(virtuoso) == (0, 0)
    assert not [g for g in server_graphs(virtuoso) if "staging" in g]
    assert copy_graphs(local, store, batch=4) == 12  # pushed again: every report replaced
    names = [server_values(virtuoso, NAME_IN.format(iri)) for iri in iris]
    assert names == [[f"Second {n}"] for n in range(12)] and count(store) == 12 * 3 + 2
    assert union_misses(virtuoso) == (0, 0)


def test_server_down_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(endpoint, "BACKOFF_SECONDS", 0.0)
    url = f"http://127.0.0.1:{free_port()}/sparql"
    store = SparqlEndpointStore(url.replace("//", "//dba:secret@"))
    with pytest.raises(StoreError) as failure:
        store.graph_iris()
    assert str(failure.value) == (
        f"{url}: cannot reach the SPARQL endpoint (connection refused); is the server running?"
    )
    with pytest.raises(StoreError, match="keeps its previous version") as failure:
        store.replace_graph(GRAPH, small_graph())
    assert "secret" not in str(failure.value) and "\n" not in str(failure.value)


def test_credentials_from_url_and_environment(
    virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(endpoint.USER_ENV, raising=False)
    monkeypatch.delenv(endpoint.PASSWORD_ENV, raising=False)
    monkeypatch.delenv(endpoint.UPDATE_URL_ENV, raising=False)
    wrong = SparqlEndpointStore(virtuoso.query_url, virtuoso.update_url, "dba", "wrong-password")
    with pytest.raises(StoreError, match="refused access") as failure:
        wrong.replace_graph(GRAPH, small_graph())
    assert "wrong-password" not in str(failure.value)
    userinfo = f"//{virtuoso.user}:{urllib.parse.quote(virtuoso.password, safe='')}@"
    from_url = SparqlEndpointStore(virtuoso.query_url, virtuoso.update_url.replace("//", userinfo))
    from_url.replace_graph(GRAPH, small_graph())
    assert virtuoso.password not in from_url.location + from_url.update_url
    monkeypatch.setenv(endpoint.USER_ENV, virtuoso.user)
    monkeypatch.setenv(endpoint.PASSWORD_ENV, virtuoso.password)
    monkeypatch.setenv(endpoint.UPDATE_URL_ENV, virtuoso.update_url)
    from_env = SparqlEndpointStore(virtuoso.query_url)
    assert from_env.remove_graph(GRAPH) is True


# An open defect (issue 18), found when this test moved from the one example report to the
# fixture corpus: speaking_time has no "all sessions" rows of 2019 on Virtuoso. Listed so
# that any other difference fails, and so that this list fails once it is fixed. (Found
# and fixed the same way: a repeated known_people row despite SELECT DISTINCT, and no
# date in person_timeline, for a person in two roles of one session.)
VIRTUOSO_DIFFERS_ON_FIXTURES = frozenset({"speaking_time {}"})


def test_queries_match_embedded(store: SparqlEndpointStore) -> None:
    """The fixture corpus, where every query has rows (generated reports give none for
    missing_voices and speaking_time), gives the same rows on Virtuoso, but for the open
    defects listed above."""
    files = collect_files([FIXTURE_CORPUS])
    embedded = open_store("memory:")
    assert ingest(embedded, files).ok
    assert copy_graphs(embedded, store) == len(embedded.graph_iris()) > 40
    assert store.graph_iris() == embedded.graph_iris()
    different: dict[str, str] = {}
    empty = []
    for name, query in {**available_queries(), **internal_queries()}.items():
        for params in query_runs(query, "Kathy Brown"):
            expected = normalised(run_query(embedded, query, params))
            if not expected:
                empty.append(f"{name} {params}")
            try:
                got = normalised(run_query(store, query, params))
                if got != expected:
                    different[f"{name} {params}"] = f"{len(got)} rows against {len(expected)}"
            except StoreError as error:
                different[f"{name} {params}"] = str(error)
    assert set(different) == VIRTUOSO_DIFFERS_ON_FIXTURES, (
        f"Virtuoso and the embedded store differ on: {different}"
    )
    assert not empty, f"compared without rows: {empty}"
    spec = available_queries()["who_spoke_with_whom"]  # the SPARQL the sparse products stand for
    assert normalised(store.select(spec.text, {})) == normalised(
        run_query(embedded, "who_spoke_with_whom")
    )


def test_ingest_skips_unchanged_files_on_the_endpoint(store: SparqlEndpointStore) -> None:
    files = collect_files([EXAMPLES])
    first = ingest(store, files)
    assert first.ok and len(first.ingested) == len(files)
    again = ingest(store, files)
    assert again.ingested == [] and again.skipped == files
    (stats,) = run_query(store, "stats")
    assert stats["reports"] == len(files) and stats["people"] == 21


def test_push_command_copies_every_graph(
    store: SparqlEndpointStore, virtuoso: Virtuoso, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = tmp_path / "store"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(EXAMPLES), "--store", str(local)]).exit_code == 0
    monkeypatch.setenv(endpoint.USER_ENV, virtuoso.user)
    monkeypatch.setenv(endpoint.PASSWORD_ENV, virtuoso.password)
    monkeypatch.setenv(endpoint.UPDATE_URL_ENV, virtuoso.update_url)
    pushed = runner.invoke(app, ["push", "--endpoint", virtuoso.query_url, "--store", str(local)])
    with open_store(local) as embedded:
        graphs = embedded.graph_iris()
        expected = normalised(run_query(embedded, "who_spoke_with_whom"))
    assert pushed.exit_code == 0, pushed.stderr
    assert pushed.stdout.strip() == f"pushed {len(graphs)} graphs to {virtuoso.query_url}"
    assert store.graph_iris() == graphs
    assert normalised(run_query(store, "who_spoke_with_whom")) == expected


@pytest.mark.parametrize(
    ("url", "clean", "password"),
    [
        ("http://ana:pa#ss@host/sparql", "http://host/sparql", "pa#ss"),
        ("http://ana:p/a?s@host:8890/sparql", "http://host:8890/sparql", "p/a?s"),
        ("http://ana:p%40ss@host/sparql", "http://host/sparql", "p@ss"),
        ("https://host/sparql", "https://host/sparql", None),
    ],
)
def test_a_password_with_reserved_characters_is_read_and_never_shown(
    url: str, clean: str, password: str | None
):
    assert endpoint._without_userinfo(url) == (clean, "ana" if password else None, password)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://ana:s3#cret@host:80x/sparql", "http://host:80x: the port is not a number"),
        ("http://ana:s3#cret@:8890/sparql", "http://:8890: not an http(s) SPARQL endpoint"),
    ],
)
def test_a_malformed_endpoint_url_is_one_line_without_the_password(url: str, message: str):
    result = CliRunner().invoke(app, ["stats", "--store", url])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"igfgraph: {message}")
    assert len(result.stderr.splitlines()) == 1
    assert "s3" not in result.stderr + result.stdout


class _OddEndpoint(http.server.BaseHTTPRequestHandler):
    """An endpoint that answers JSON of another shape, or (path /slow) never answers."""

    def do_POST(self) -> None:
        if self.path == "/slow":
            time.sleep(5)
            return
        body = b'{"head": {"vars": ["g"]}, "results": {"rows": []}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def odd_endpoint() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _OddEndpoint)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_an_endpoint_answering_another_json_shape_is_one_line(odd_endpoint: str):
    result = CliRunner().invoke(app, ["stats", "--store", f"{odd_endpoint}/sparql"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"igfgraph: {odd_endpoint}/sparql: the endpoint answered JSON that is not SPARQL "
        "results (no head.vars and results.bindings, or a binding without type and value)\n"
    )


def test_an_endpoint_that_never_answers_fails_after_the_timeout(
    odd_endpoint: str, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv(endpoint.TIMEOUT_ENV, "0.5")
    started = time.monotonic()
    result = CliRunner().invoke(app, ["stats", "--store", f"{odd_endpoint}/slow"])
    assert time.monotonic() - started < 3  # once, not once per retry
    assert result.exit_code == 1
    assert result.stderr == (
        f"igfgraph: {odd_endpoint}/slow: the endpoint accepted the connection but did not "
        f"answer within 0.5 s; raise ${endpoint.TIMEOUT_ENV} for slow queries\n"
    )


NAMES = ["Ana", "Bo", "Cy", "Di", "Ed", "Flo", "Gus"]


class _PagingEndpoint(http.server.BaseHTTPRequestHandler):
    """An endpoint answering at most 3 rows of NAMES a query and saying so, as Virtuoso
    does; on its first ``unordered`` rounds of pages the rows come in another order."""

    server_version = "Virtuoso/07.20.3238"
    sys_version = ""
    unordered = 0
    rounds = 0

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        query = urllib.parse.parse_qs(self.rfile.read(length).decode())["query"][0]
        offset = int(query.rsplit("OFFSET", 1)[1]) if "OFFSET" in query else 0
        handler = type(self)
        handler.rounds += "OFFSET" in query and offset == 0
        rows = NAMES[1::2] + NAMES[0::2] if 0 < handler.rounds <= handler.unordered else NAMES
        bindings = [{"name": {"type": "literal", "value": n}} for n in rows[offset : offset + 3]]
        body = json.dumps({"head": {"vars": ["name"]}, "results": {"bindings": bindings}})
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header(endpoint.TRUNCATED_HEADER, "3")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def paging_endpoint() -> Iterator[str]:
    _PagingEndpoint.rounds = 0
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _PagingEndpoint)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()


@pytest.mark.parametrize("unordered", [0, 2])
def test_pages_that_lose_their_order_are_fetched_again(
    paging_endpoint: str, monkeypatch: pytest.MonkeyPatch, unordered: int
) -> None:
    monkeypatch.setattr(_PagingEndpoint, "unordered", unordered)
    rows = SparqlEndpointStore(paging_endpoint).select("SELECT ?name WHERE { ?s ?p ?name }", {})
    assert [str(row["name"]) for row in rows] == NAMES
    assert _PagingEndpoint.rounds == unordered + 1


def test_pages_that_never_keep_their_order_are_refused(
    paging_endpoint: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_PagingEndpoint, "unordered", endpoint.TRIES)
    with pytest.raises(StoreError) as refused:
        SparqlEndpointStore(paging_endpoint).select("SELECT ?name WHERE { ?s ?p ?name }", {})
    assert str(refused.value) == (
        f"{paging_endpoint}: the endpoint cut the results at 3 rows and did not keep their "
        f"order across pages in {endpoint.TRIES} tries; raise the server's limit "
        "(Virtuoso: ResultSetMaxRows in virtuoso.ini)"
    )
