"""Pictures read the summaries kept beside the store (igfgraph.pictures.summaries) instead
of every participation: their graphs must be the ones built from the queries, on the
fixture corpus and on generated reports, and never stale: every write changes the store's
change stamp, and a picture after it shows what was written.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from bench.bench_engines import people_by_partners
from bench.generate import write_corpus
from igfgraph.ingest import collect_files, ingest
from igfgraph.pictures import named
from igfgraph.pictures import summaries as summaries_module
from igfgraph.pictures.build import co_speaker_graph, person_organisation_graph
from igfgraph.pictures.measures import add_metrics, node_metrics
from igfgraph.pictures.named import PICTURES, Network, picture_graph
from igfgraph.pictures.summaries import SUMMARY_FILE, WholeRows, summaries_of
from igfgraph.pictures.ties import Ties
from igfgraph.queries import run_query
from igfgraph.queries.cospeaking import co_speaker_pairs
from igfgraph.store import GraphStore, open_store
from igfgraph.store.oxigraph import STAMP_FILE

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"


def built(store: GraphStore, name: str, params: dict[str, str]) -> nx.Graph:
    return PICTURES[name].build(store, dict(params))[0]


def queried(store: GraphStore, name: str, params: dict[str, str]) -> nx.Graph:
    """The picture as built from queries, with no summaries (as before they were kept)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(named, "summaries_of", lambda _store: None)
        return built(store, name, params)


def comparable(graph: nx.Graph) -> Iterator[tuple[object, ...]]:
    """Nodes and edges in order, with their attributes in order."""
    for node, attrs in graph.nodes(data=True):
        yield node, list(attrs.items())
    for u, v, attrs in graph.edges(data=True):
        yield u, v, list(attrs.items())


def asked(store: GraphStore) -> list[tuple[str, dict[str, str]]]:
    ranked = [name for name, _ in people_by_partners(store)]
    egos = [
        ("ego", {"person": person, "depth": depth})
        for person in (ranked[0], ranked[len(ranked) // 2], ranked[-1])
        for depth in ("1", "2")
    ]
    return [
        ("co-speakers", {}),
        ("org-ties", {}),
        ("civil-society-map", {}),
        ("person-org", {}),
        *egos,
    ]


def test_pictures_from_summaries_are_the_pictures_from_queries(picture_store: GraphStore) -> None:
    store = picture_store
    assert summaries_of(store) is not None
    for name, params in asked(store):
        new, old = built(store, name, params), queried(store, name, params)
        assert len(new) > 1, (name, params)
        assert list(comparable(new)) == list(comparable(old)), (name, params)
    co_speakers = built(store, "co-speakers", {})
    assert any("topics" in attrs for _, attrs in co_speakers.nodes(data=True))
    assert any("years" in attrs for _, attrs in co_speakers.nodes(data=True))


def same_ties(known: Ties, read: Ties) -> bool:
    return (
        known.nodes == read.nodes
        and known.index == read.index
        and known.integral == read.integral
        and all(
            a.dtype == b.dtype and a.tolist() == b.tolist()
            for a, b in zip(
                (known.first, known.second, known.weight),
                (read.first, read.second, read.weight),
                strict=True,
            )
        )
    )


def test_co_speaker_builds_know_the_ties_networkx_lists(picture_store: GraphStore) -> None:
    """The co-speaker and ego pictures' builds give their graph's ties, the ones Ties.of
    reads from it, in its order; the measures from them are the measures of the graph."""
    for name, params in asked(picture_store):
        for build in (built_with_ties, queried_with_ties):
            graph, ties = build(picture_store, name, params)
            if name not in {"co-speakers", "ego"}:
                assert ties is None, name
                continue
            assert ties is not None and len(ties.first) == graph.number_of_edges() > 0
            assert same_ties(ties, Ties.of(graph)), (name, params)
            if build is built_with_ties and params.get("depth") == "1":
                assert node_metrics(graph, ties=ties) == node_metrics(graph), (name, params)


def built_with_ties(store: GraphStore, name: str, params: dict[str, str]) -> Network:
    return PICTURES[name].build(store, dict(params))


def queried_with_ties(store: GraphStore, name: str, params: dict[str, str]) -> Network:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(named, "summaries_of", lambda _store: None)
        return built_with_ties(store, name, params)


def test_a_picture_after_an_ingest_shows_what_was_ingested(tmp_path: Path) -> None:
    files = collect_files([CORPUS])
    location = tmp_path / "store"
    with open_store(location) as store:
        assert ingest(store, files[:-3]).ok
    with open_store(location, read_only=True) as reader:
        before = built(reader, "co-speakers", {})
        assert (location / SUMMARY_FILE).exists()
    with open_store(location) as store:
        assert ingest(store, files).ok
        after = built(store, "co-speakers", {})  # the writer's own picture
        assert list(comparable(after)) == list(comparable(queried(store, "co-speakers", {})))
    assert set(after) > set(before)
    with open_store(location, read_only=True) as reader:  # and a reader's
        assert list(comparable(built(reader, "co-speakers", {}))) == list(comparable(after))
        organisations = built(reader, "org-ties", {})
        assert list(comparable(organisations)) == list(comparable(queried(reader, "org-ties", {})))


def test_every_write_changes_the_stamp(tmp_path: Path) -> None:
    location = tmp_path / "store"
    files = collect_files([CORPUS])[:2]
    with open_store(location) as store:
        first = store.change_stamp()
        assert first and (location / STAMP_FILE).read_text() == first
        assert ingest(store, files[:1]).ok
        second = store.change_stamp()
        assert second != first
        reader = open_store(location, read_only=True)
        assert reader.change_stamp() == second
        assert store.remove_graph(store.graph_iris()[0])
        assert store.change_stamp() not in {first, second}
        assert reader.change_stamp() is None  # written since the reader opened it
        reader.close()
    assert open_store("rdflib-memory:").change_stamp() is None


def edge_by_edge(rows: list[dict[str, object]]) -> nx.Graph:
    """The co-speaker graph as co_speaker_graph built it before: one node and edge a row."""
    graph = nx.Graph()
    for row in rows:
        person, partner = row["person_iri"], row["partner_iri"]
        if person == partner:
            continue
        graph.add_node(person, label=row["person"] or person)
        graph.add_node(partner, label=row["partner"] or partner)
        sessions, panels = row["shared_sessions"], row["shared_panels"]
        graph.add_edge(
            person,
            partner,
            shared_sessions=sessions,
            shared_panels=panels,
            weight=sessions + panels,
        )
    return graph


def test_co_speaker_graph_is_the_one_built_edge_by_edge(picture_store: GraphStore) -> None:
    rows = run_query(picture_store, "who_spoke_with_whom")
    rows.append({**rows[0], "partner_iri": rows[0]["person_iri"]})  # a person with themself
    assert list(comparable(co_speaker_graph(rows))) == list(comparable(edge_by_edge(rows)))


def test_co_speaker_graph_of_columns_is_the_graph_of_their_rows(picture_store: GraphStore) -> None:
    """The columns the pictures build from give the graph of the rows they stand for."""
    inputs = [run_query(picture_store, name) for name in ("speakers_by_session",
              "speakers_by_panel", "speaker_names")]  # fmt: skip
    pairs = co_speaker_pairs(*inputs)
    rows = pairs.rows()
    assert rows == run_query(picture_store, "who_spoke_with_whom")
    assert list(comparable(co_speaker_graph(pairs))) == list(comparable(edge_by_edge(rows)))


def test_co_speaker_graph_names_nodes_by_first_row_and_labels_by_last() -> None:
    rows = [
        {"person": "Bea", "partner": "Al", "person_iri": "p:b", "partner_iri": "p:a",
         "shared_sessions": 1, "shared_panels": 0},
        {"person": "Al", "partner": "Cy", "person_iri": "p:a", "partner_iri": "p:c",
         "shared_sessions": "2", "shared_panels": "1"},
        {"person": "Alan", "partner": "Bea", "person_iri": "p:a", "partner_iri": "p:b",
         "shared_sessions": 3, "shared_panels": 0.5},
        {"person": None, "partner": None, "person_iri": "p:c", "partner_iri": "p:c",
         "shared_sessions": 9, "shared_panels": 9},
    ]  # fmt: skip
    graph = co_speaker_graph(rows)
    assert list(graph.nodes(data="label")) == [("p:b", "Bea"), ("p:a", "Alan"), ("p:c", "Cy")]
    assert list(graph.edges(data=True)) == [
        ("p:b", "p:a", {"shared_sessions": 3, "shared_panels": 0.5, "weight": 3.5}),
        ("p:a", "p:c", {"shared_sessions": 2, "shared_panels": 1, "weight": 3}),
    ]


def test_measures_are_kept_beside_the_summaries_until_the_store_changes(tmp_path: Path) -> None:
    files = collect_files([CORPUS])
    location = tmp_path / "store"
    with open_store(location) as store:
        assert ingest(store, files[:-3]).ok
    measured: list[int] = []

    def counted(graph: nx.Graph, **options: int) -> dict[str, list[object]]:
        measured.append(len(graph))
        return node_metrics(graph, **options)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(named, "node_metrics", counted)
        with open_store(location, read_only=True) as reader:
            _, first = picture_graph(reader, "co-speakers")
            fresh = add_metrics(built(reader, "co-speakers", {}))
            assert list(comparable(first)) == list(comparable(fresh))
            _, kept = picture_graph(reader, "co-speakers")  # the same reader
            _, moderators = picture_graph(reader, "co-speakers", {"roles": "moderator"})
        with open_store(location, read_only=True) as reader:  # another, from the file
            _, again = picture_graph(reader, "co-speakers")
        assert measured == [len(first), len(moderators)]
        assert len(moderators) < len(first)
        assert list(comparable(kept)) == list(comparable(again)) == list(comparable(fresh))
        with open_store(location) as store:
            assert ingest(store, files).ok
            _, after = picture_graph(store, "co-speakers")
        assert measured == [len(first), len(moderators), len(after)]
        assert len(after) > len(first)


def test_ego_ties_are_everyones_ties_among_its_people(picture_store: GraphStore) -> None:
    """An ego picture, built from its own people only, holds the ties and labels that the
    rows of everyone's who-spoke-with-whom give among those people, in their order."""
    everyone = run_query(picture_store, "who_spoke_with_whom")
    for name, params in asked(picture_store):
        if name != "ego":
            continue
        for picture in (built(picture_store, name, params), queried(picture_store, name, params)):
            people = set(picture)
            rows = [r for r in everyone if {r["person_iri"], r["partner_iri"]} <= people]
            among = co_speaker_graph(rows)
            assert list(picture.nodes(data="label")) == list(among.nodes(data="label")), params
            assert list(picture.edges(data=True)) == list(among.edges(data=True)), params


def test_a_few_keys_and_most_keys_read_the_same_summaries(picture_store: GraphStore) -> None:
    """A look-up of a few keys reads them in batches, of most of a kind in one pass."""
    summaries = summaries_of(picture_store)
    assert summaries is not None
    every = summaries.prepare("person").lookup("person")
    keys = sorted(every)
    few, most = [*keys[:3], "p:nobody"], [*keys[: len(keys) * 3 // 4], "p:nobody"]
    assert summaries.lookup("person", few) == {key: every[key] for key in keys[:3]}
    assert summaries.lookup("person", most) == {key: every[key] for key in most[:-1]}
    assert len(most) > 10


def test_person_org_from_its_kept_network_is_the_picture_of_every_participation(
    tmp_path: Path,
) -> None:
    """At a few hundred generated reports, on disk: the person-org picture read from the
    network the summaries keep (through their SQLite file) has the nodes, ties, facets and
    measures, all in order, of the one built from every participation as before."""
    location = tmp_path / "store"
    with open_store(location) as store:
        assert ingest(store, write_corpus(tmp_path / "corpus", 300, seed=5)).ok
    with open_store(location, read_only=True) as store:
        before = add_metrics(person_organisation_graph(run_query(store, "participations")))
        _, now = picture_graph(store, "person-org")
        assert (location / SUMMARY_FILE).exists()
        _, again = picture_graph(store, "person-org", {"years": "2019"})
    assert len(now) > 500 and now.number_of_edges() > 500  # betweenness by sampling
    assert list(comparable(now)) == list(comparable(before))
    assert 0 < len(again) < len(now)


def test_kinds_computed_together_run_each_query_once(
    picture_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``person`` and ``network:person-org`` both read every participation: one query."""
    ran: list[str] = []

    def counted(store: GraphStore, name: str) -> list[dict[str, object]]:
        ran.append(name)
        return run_query(store, name)

    monkeypatch.setattr(summaries_module, "run_query", counted)
    rows = WholeRows(picture_store)
    person = summaries_module.KINDS["person"](rows)
    network = summaries_module.KINDS["network:person-org"](rows)
    assert ran == ["participations"]
    assert person and network[""]["nodes"]
