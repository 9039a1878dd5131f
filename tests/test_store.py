"""The embedded stores: multi-graph transactions, bulk loads rolled back, busy stores, copies."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pyoxigraph as ox
import pytest
import rdflib
from typer.testing import CliRunner

from igfgraph.cli import app
from igfgraph.errors import StoreError
from igfgraph.ingest import ingest
from igfgraph.store import (
    BULK_MARKER,
    GraphStore,
    OxigraphStore,
    copy_graphs,
    graph_nquads,
    open_store,
)
from igfgraph.store import oxigraph as oxigraph_module
from igfgraph.store.oxigraph import busy_or_unreadable

SEED_REPORT = (
    Path(__file__).resolve().parents[1]
    / "examples"
    / "reports"
    / "igf2017-ws-rights-based-approach-to-cybersecurity.txt"
)

EX = rdflib.Namespace("http://example.org/")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
NAMES = "SELECT ?name WHERE { ?s <http://example.org/name> ?name } ORDER BY ?name"


def person(name: str) -> rdflib.Graph:
    """Two triples about one person."""
    graph = rdflib.Graph()
    graph.add((EX[name.replace(" ", "-")], EX.name, rdflib.Literal(name)))
    graph.add((EX[name.replace(" ", "-")], EX.note, rdflib.Literal(f'"{name}"\n\\')))
    return graph


def names(store: GraphStore) -> list[str]:
    return [row["name"] for row in store.select(NAMES, {})]


@pytest.fixture(params=["disk", "memory:", "rdflib-memory:"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> GraphStore:
    return open_store(tmp_path / "store" if request.param == "disk" else request.param)


def test_write_graphs_replaces_and_drops_together(store: GraphStore):
    store.replace_graph(str(EX.a), person("Kathy Brown"))
    store.replace_graph(str(EX.b), person("Peggy Hicks"))
    nquads = graph_nquads(str(EX.a), person("Chinmayi Arun")) + graph_nquads(
        str(EX.c), person("Lea Kaspar")
    )
    store.write_graphs(nquads, [str(EX.a), str(EX.c)], drop=[str(EX.b)])
    assert store.graph_iris() == [str(EX.a), str(EX.c)]
    assert names(store) == ["Chinmayi Arun", "Lea Kaspar"]
    assert store.select(COUNT, {}) == [{"n": 4}]


def test_a_write_that_does_not_parse_changes_nothing(store: GraphStore):
    store.replace_graph(str(EX.a), person("Kathy Brown"))
    broken = graph_nquads(str(EX.a), person("Peggy Hicks")) + "<http://x> <http://y> .\n"
    with pytest.raises(StoreError, match="do not parse"):
        store.write_graphs(broken, [str(EX.a)])
    assert names(store) == ["Kathy Brown"]


LINE_BREAKING = "Ana\u2028Ruiz\u2029of\x85UNICEF"
"""A name with the characters str.splitlines() breaks at that N-Quads leaves unescaped."""


def named(name: str) -> rdflib.Graph:
    """One person named ``name`` (whatever its characters)."""
    graph = rdflib.Graph()
    graph.add((EX.someone, EX.name, rdflib.Literal(name)))
    return graph


def test_a_literal_with_unicode_line_separators_is_written_whole(store: GraphStore):
    store.write_graphs(graph_nquads(str(EX.a), named(LINE_BREAKING)), [str(EX.a)])
    assert names(store) == [LINE_BREAKING]
    assert store.select(COUNT, {}) == [{"n": 1}]


def test_a_bulk_load_copies_such_a_literal_whole_into_the_default_graph(tmp_path: Path):
    store = open_store(tmp_path / "store")
    assert store.begin_bulk()
    nquads = graph_nquads(str(EX.a), named(LINE_BREAKING)) + graph_nquads(
        str(EX.b), named("Lea Kaspar")
    )
    store.write_graphs(nquads, [str(EX.a), str(EX.b)], bulk=True)
    store.end_bulk()
    assert names(store) == [LINE_BREAKING, "Lea Kaspar"]
    assert store.select(COUNT, {}) == [{"n": 2}]


def test_graph_quads_round_trip(store: GraphStore):
    store.replace_graph(str(EX.a), person("Kathy Brown"))
    copy = open_store("memory:")
    assert copy_graphs(store, copy) == 1
    assert copy.graph_iris() == [str(EX.a)] and names(copy) == ["Kathy Brown"]
    assert sorted(copy.dump("nquads").splitlines()) == sorted(store.dump("nquads").splitlines())


def test_graph_turtle_holds_the_graph_relative_to_a_base(store: GraphStore):
    store.replace_graph(str(EX.a), person("Kathy Brown"))
    turtle = store.graph_turtle(str(EX.a), "http://example.org/")
    base, _, rest = turtle.partition(b"\n")
    assert base == b"@base <http://example.org/> ." and b"<http://example.org/" not in rest
    copy = ox.Store()
    copy.load(turtle, format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(EX.a)))
    assert set(copy) == set(ox.parse(store.graph_quads(str(EX.a)), format=ox.RdfFormat.N_QUADS))
    assert store.graph_turtle(str(EX.b), "http://example.org/") == b""


def test_killed_bulk_load_is_rolled_back_on_open(tmp_path: Path):
    folder = tmp_path / "store"
    store = open_store(folder)
    assert store.begin_bulk()
    store.write_graphs(graph_nquads(str(EX.a), person("Kathy Brown")), [str(EX.a)], bulk=True)
    assert (folder / BULK_MARKER).exists()
    store.close()  # as if killed: end_bulk never ran, the marker stays
    reopened = open_store(folder)
    assert reopened.rolled_back and reopened.graph_iris() == []
    assert not (folder / BULK_MARKER).exists()
    assert not reopened.begin_bulk() or reopened.graph_iris() == []


def test_bulk_only_into_an_empty_store_on_disk(tmp_path: Path):
    store = open_store(tmp_path / "store")
    store.replace_graph(str(EX.a), person("Kathy Brown"))
    assert not store.begin_bulk()
    assert not open_store("memory:").begin_bulk()
    completed = open_store(tmp_path / "other")
    assert completed.begin_bulk()
    completed.write_graphs(graph_nquads(str(EX.a), person("Lea Kaspar")), [str(EX.a)], bulk=True)
    completed.end_bulk()
    completed.close()
    assert names(open_store(tmp_path / "other")) == ["Lea Kaspar"]


def test_a_store_in_use_is_a_one_line_busy_error(tmp_path: Path):
    folder = tmp_path / "store"
    holder = open_store(folder)
    with pytest.raises(StoreError) as busy:
        open_store(folder)
    assert str(busy.value) == (
        f"the store {folder} is in use by another igfgraph process; wait for it to finish"
    )
    holder.close()
    open_store(folder).close()


CONCURRENT_QUERIES = """
from concurrent.futures import ThreadPoolExecutor
from igfgraph.queries import available_queries, internal_queries
from igfgraph.store import open_store
store = open_store("rdflib-memory:")
queries = [q.text for q in [*available_queries().values(), *internal_queries().values()]
           if all(p.optional for p in q.parameters.values())]
with ThreadPoolExecutor(8) as pool:  # the first parses of the process, all at once
    rows = list(pool.map(lambda i: store.select(queries[i % len(queries)], {}), range(64)))
alone = [store.select(text, {}) for text in queries]
assert rows == [alone[i % len(queries)] for i in range(64)]
print(len(queries))
"""


def test_rdflib_queries_from_many_threads_at_once():
    """rdflib's SPARQL parser is not thread-safe: a parse interleaved with another thread's
    broke it for the whole process (in a child process, so a failure here poisons nothing)."""
    done = subprocess.run(
        [sys.executable, "-c", CONCURRENT_QUERIES], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) >= 15


def cli_process(*args: str, store: Path) -> subprocess.Popen[str]:
    """The command line in a process of its own (locks are per process)."""
    return subprocess.Popen(
        [sys.executable, "-c", "from igfgraph.cli import app; app()", *args, "--store", str(store)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_reads_run_beside_each_other_and_beside_a_writer(tmp_path: Path):
    store = tmp_path / "store"
    with open_store(store) as writer:  # holds the write lock, as an ingest does
        ingest(writer, [SEED_REPORT])
        readers = [cli_process("stats", "--format", "json", store=store) for _ in range(5)]
        results = [reader.communicate(timeout=120) for reader in readers]
    assert [reader.returncode for reader in readers] == [0] * 5, results
    assert {json.loads(out)[0]["reports"] for out, _ in results} == {1}


def test_a_read_never_creates_a_store(tmp_path: Path):
    missing = tmp_path / "typo"
    result = CliRunner().invoke(app, ["query", "stats", "--store", str(missing)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"igfgraph: {missing}: no store there; ingest reports into it first, or give the "
        "store with --store or $IGFGRAPH_STORE\n"
    )
    assert not missing.exists()
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a store")
    result = CliRunner().invoke(app, ["stats", "--store", str(folder)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"igfgraph: {folder}: not an igfgraph store (a folder without store files)\n"
    )
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]


def test_a_store_opened_for_reading_is_not_written(tmp_path: Path):
    store = tmp_path / "store"
    with open_store(store) as writer:
        ingest(writer, [SEED_REPORT])
    with open_store(store, read_only=True) as reader:
        with pytest.raises(StoreError, match="opened for reading only"):
            reader.remove_graph(reader.graph_iris()[0])
        assert len(reader.graph_iris()) >= 1


def test_a_store_an_ingest_is_still_creating_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    store = tmp_path / "store"
    with open_store(store) as writer:
        ingest(writer, [SEED_REPORT])

    def half_made(location: str) -> None:  # what RocksDB says before its tables are made
        raise RuntimeError("Invalid argument: Column family not found: id2str")

    monkeypatch.setattr(
        oxigraph_module, "ox", SimpleNamespace(Store=SimpleNamespace(read_only=half_made))
    )
    result = CliRunner().invoke(app, ["stats", "--store", str(store)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"igfgraph: {store}: cannot read the store yet, an ingest may be creating it "
        "(Invalid argument: Column family not found: id2str)\n"
    )


def test_permission_denied_is_named_as_such():
    error = OSError("IO error: While lock file: /s/LOCK: Permission denied")
    assert str(busy_or_unreadable("/s", error)) == (
        "/s: cannot write to the store (permission denied); read commands (query, stats, "
        "export) still work"
    )


def test_a_full_disk_is_one_line_and_the_store_keeps_what_it_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    store = tmp_path / "store"
    assert (
        CliRunner().invoke(app, ["ingest", str(SEED_REPORT), "--store", str(store)]).exit_code == 0
    )

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(OxigraphStore, "_write", full)
    other = Path(__file__).parent / "fixtures" / "corpus" / "md_ws186_2017.md"
    result = CliRunner().invoke(app, ["ingest", str(other), "--store", str(store)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"igfgraph: {store}: cannot write the store ([Errno 28] No space left on device); the "
        "file being written was not stored, everything stored before is whole\n"
    )
    monkeypatch.undo()
    with open_store(store, read_only=True) as reader:
        assert len(reader.graph_iris()) == 2  # the seed's report and the ontology
