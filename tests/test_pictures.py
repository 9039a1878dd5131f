"""Every named picture on the seed report: exact networks, filters, exports, static pictures
and the command line. Counts follow from the report: 20 people spoke (15 speakers, 4 panel
moderators, the chair), all in one session; its 4 panels and 9 organisers tie 17
organisations."""

from __future__ import annotations

import csv
import gc
import weakref
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest
from conftest import SEED_PATH
from typer.testing import CliRunner

from igfgraph.cli import app
from igfgraph.constants import PICTURE_NAMES
from igfgraph.errors import QueryError
from igfgraph.ingest import collect_files, ingest
from igfgraph.pictures import named
from igfgraph.pictures.measures import METRICS
from igfgraph.pictures.named import PICTURES, picture_graph
from igfgraph.store import GraphStore, open_store

PERSON = "https://w3id.org/igfgraph/id/person/"
PANEL_MODERATORS = {"Peggy Hicks", "Irene Poetranto", "Lucie Krahulcova", "Anriette Esterhuysen"}


@pytest.fixture(scope="module")
def store() -> GraphStore:
    graph_store = open_store("memory:")
    ingest(graph_store, collect_files([SEED_PATH]))
    return graph_store


def labels(graph: nx.Graph) -> set[str]:
    return {label for _, label in graph.nodes(data="label")}


def test_co_speakers_is_everyone_who_spoke_with_metrics(store):
    title, graph = picture_graph(store, "co-speakers")
    assert title == "Who spoke with whom"
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (20, 190)
    assert "Maud Barret Bertelloni" not in labels(graph)  # the rapporteur did not speak
    kathy = graph.nodes[PERSON + "kathy-brown"]
    assert (kathy["years"], kathy["roles"], kathy["organisations"]) == (
        "2017",
        "speaker",
        "Internet Society",
    )
    assert set(kathy["topics"].split("; ")) == {"cyber norms", "cybersecurity", "human rights"}
    assert kathy["lines"] == "igf2017-ws-rights-based-approach-to-cybersecurity.txt:19"
    for metric in (*METRICS, "community", "brokerage"):
        assert set(nx.get_node_attributes(graph, metric)) == set(graph)


def test_filters_by_role_and_stakeholder_group(store):
    _, moderators = picture_graph(store, "co-speakers", {"roles": "moderator"})
    assert labels(moderators) == PANEL_MODERATORS
    assert moderators.number_of_edges() == 6
    _, two = picture_graph(store, "co-speakers", {"stakeholder_groups": "government, academia"})
    assert {graph for _, graph in two.nodes(data="stakeholder_group")} == {
        "government",
        "academia",
    }
    with pytest.raises(QueryError, match="co-speakers: no years '2016' in this picture"):
        picture_graph(store, "co-speakers", {"years": "2016"})  # an empty picture is no answer


def test_ego_is_the_person_and_their_co_speakers(store):
    title, graph = picture_graph(store, "ego", {"person": "kathy brown"})
    assert title == "Who spoke with kathy brown"
    assert PERSON + "kathy-brown" in graph
    assert graph.number_of_nodes() == 20
    with pytest.raises(QueryError, match="no person named 'Nobody Atall' in the store"):
        picture_graph(store, "ego", {"person": "Nobody Atall"})
    with pytest.raises(QueryError, match="missing parameter person"):
        picture_graph(store, "ego")


def test_org_ties_person_org_and_civil_society_map(store):
    _, ties = picture_graph(store, "org-ties")
    assert (ties.number_of_nodes(), ties.number_of_edges()) == (17, 60)
    assert ties.nodes["Global Partners Digital"]["people"] == "Lea Kaspar; Matthew Shears"
    _, bipartite = picture_graph(store, "person-org")
    people = {n for n, kind in bipartite.nodes(data="kind") if kind == "person"}
    assert nx.is_bipartite(bipartite) and len(people) == 19
    assert bipartite.number_of_nodes() - len(people) == 17
    assert sorted(bipartite[PERSON + "lea-kaspar"]) == [
        "https://w3id.org/igfgraph/id/org/global-partners-digital"
    ]
    _, civil = picture_graph(store, "civil-society-map")
    members = {n for n, group in civil.nodes(data="stakeholder_group") if group == "civil society"}
    assert len(members) == 8
    assert civil.nodes["Access Now"]["people"] == "Lucie Krahulcova"


def test_topics_ties_the_session_to_its_most_specific_topics(store):
    _, graph = picture_graph(store, "topics")
    session = next(n for n, kind in graph.nodes(data="kind") if kind == "session")
    assert {graph.nodes[n]["label"] for n in graph[session]} == {"cyber norms", "human rights"}
    assert graph.has_edge(
        "https://w3id.org/igfgraph/topic/cyber-norms",
        "https://w3id.org/igfgraph/topic/cybersecurity",
    )


def test_unknown_picture_names_the_known_ones(store):
    with pytest.raises(QueryError, match="known: " + ", ".join(PICTURES)):
        picture_graph(store, "hairball")


runner = CliRunner()


def igfgraph(store: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"IGFGRAPH_STORE": str(store)})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pictures") / "store"
    code, _, err = igfgraph(folder, "ingest", str(SEED_PATH))
    assert code == 0, err
    return folder


@pytest.mark.parametrize("name", sorted(set(PICTURES) - {"ego"}))
def test_cli_writes_every_picture(store_dir, tmp_path, name):
    out = tmp_path / f"{name}.html"
    code, printed, err = igfgraph(store_dir, "viz", name, "--out", str(out))
    assert code == 0, err
    assert printed.startswith(f"wrote {out}: ")
    page = out.read_text(encoding="utf-8")
    assert "https://" not in page and "http://" not in page


def test_cli_static_pictures(store_dir, tmp_path):
    png, svg = tmp_path / "ego.png", tmp_path / "ego.svg"
    for out in (png, svg):
        code, printed, err = igfgraph(
            store_dir, "viz", "ego", "--param", "person=Kathy Brown", "--out", str(out)
        )
        assert code == 0, err
        assert printed == f"wrote {out}: 20 nodes, 190 edges\n"
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert "<svg" in svg.read_text(encoding="utf-8")
    code, _, err = igfgraph(store_dir, "viz", "co-speakers", "--out", str(tmp_path / "x.gif"))
    assert code == 1 and err.strip().endswith("x.gif: write a .png or .svg file (or .html)")


def test_cli_exports_networks(store_dir, tmp_path):
    for network_format, reader in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        out = tmp_path / f"ties.{network_format}"
        code, _, err = igfgraph(
            store_dir,
            "export",
            "--format",
            network_format,
            "--network",
            "org-ties",
            "--out",
            str(out),
        )
        assert code == 0, err
        graph = reader(out)
        assert (graph.number_of_nodes(), graph.number_of_edges()) == (17, 60)
    out = tmp_path / "speakers.csv"
    code, printed, err = igfgraph(store_dir, "export", "--format", "csv", "--out", str(out))
    assert code == 0, err
    assert printed == f"wrote {out}: co-speakers, 20 nodes, 190 edges\n"
    with out.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == 190
    assert set(rows[0]) == {
        "source",
        "target",
        "source_label",
        "target_label",
        "shared_sessions",
        "shared_panels",
        "weight",
    }
    weights = {frozenset((r["source_label"], r["target_label"])): r["weight"] for r in rows}
    assert weights[frozenset(("Kathy Brown", "Chinmayi Arun"))] == "2"  # session and panel
    assert weights[frozenset(("Kathy Brown", "Lea Kaspar"))] == "1"  # session only
    code, _, err = igfgraph(store_dir, "export", "--format", "pajek", "--out", str(out))
    assert code == 1 and "formats: " in err and "gexf, graphml, csv" in err


def test_the_command_line_names_every_picture_in_order():
    assert tuple(PICTURES) == PICTURE_NAMES  # igfgraph/constants.py, read before any stage


def test_pictures_are_built_with_the_collector_paused_then_as_before(seed_store, monkeypatch):
    seen: list[bool] = []
    build = named.PICTURES["org-ties"].build

    def watched(store, params):
        seen.append(gc.isenabled())
        with named.collector_paused():  # a picture inside another, as a thread would
            seen.append(gc.isenabled())
        seen.append(gc.isenabled())
        return build(store, params)

    monkeypatch.setitem(
        named.PICTURES, "org-ties", replace(named.PICTURES["org-ties"], build=watched)
    )
    assert gc.isenabled()
    assert len(named.picture_graph(seed_store, "org-ties")[1]) > 1
    assert gc.isenabled() and seen == [False, False, False]
    gc.disable()
    try:
        named.picture_graph(seed_store, "org-ties")
        assert not gc.isenabled()  # left as it was
    finally:
        gc.enable()


def collections_during(call: Callable[[], object]) -> list[int]:
    """The generations the cyclic collector ran on during ``call``."""
    ran: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            ran.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        call()
    finally:
        gc.callbacks.remove(seen)
    return ran


def test_the_collector_resumes_after_a_build_with_nothing_young_to_collect(seed_store):
    threshold = gc.get_threshold()
    gc.set_threshold(50, 1, 1)  # a build allocates thousands: due many times over
    try:
        for name, params in [("co-speakers", {}), ("ego", {"person": "kathy brown"})]:
            assert (
                collections_during(
                    lambda n=name, p=params: picture_graph(store=seed_store, name=n, params=p)
                )
                == []
            )
            assert gc.get_count()[0] < 50
        assert collections_during(lambda: [dict() for _ in range(200)]) != []  # then as before
    finally:
        gc.set_threshold(*threshold)


def test_a_frozen_program_keeps_its_frozen_objects(seed_store):
    """A build leaves the program's frozen objects frozen (the count alone may fall: a
    frozen object whose last reference goes is freed), so never among the tracked ones."""
    kept = [object()]  # a container the collector tracks
    gc.freeze()
    try:
        picture_graph(seed_store, "org-ties")
        assert gc.get_freeze_count() > 0
        assert not any(tracked is kept for tracked in gc.get_objects())
    finally:
        gc.unfreeze()
    assert any(tracked is kept for tracked in gc.get_objects())  # the check can see it


@pytest.mark.parametrize("name", PICTURE_NAMES)
def test_a_picture_let_go_is_freed_without_the_collector(seed_store, name):
    params = {"person": "kathy brown"} if name == "ego" else {}
    gc.disable()
    try:
        graph = picture_graph(seed_store, name, params)[1]
        assert isinstance(graph, named.PictureGraph)
        assert list(graph.edges(data=True)) == list(nx.Graph(graph).edges(data=True))
        assert dict(graph.degree) == dict(nx.Graph(graph).degree)
        assert graph.number_of_edges() == nx.Graph(graph).number_of_edges()
        freed = weakref.ref(graph)
        del graph
        assert freed() is None  # by reference counting: no view on it refers back
    finally:
        gc.enable()


def test_many_egos_in_one_process_leave_no_graphs_behind(seed_store):
    def graphs() -> int:
        return sum(isinstance(kept, nx.Graph) for kept in gc.get_objects())

    before = graphs()
    for person in ["kathy brown", "peggy hicks", "irene poetranto"] * 10:
        graph = picture_graph(seed_store, "ego", {"person": person})[1]
        assert graph.number_of_edges() == len(list(graph.edges))
    del graph
    assert graphs() <= before
