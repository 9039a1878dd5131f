"""Incremental ingest on generated corpora: skip, replace, remove, survive a kill."""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
import os
import pickle
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from bench.bench_engines import QUERIES
from bench.generate import Corpus, write_corpus
from igfgraph.ingest import collect_files, ingest, prepare_file, remove_files
from igfgraph.ingest_cache import CACHE_FILE
from igfgraph.queries import run_query
from igfgraph.store import GraphStore, open_store

ROOT = Path(__file__).resolve().parents[1]
BENCH = [sys.executable, "-m", "bench.bench_store"]
NOW = dt.datetime(2024, 12, 18, 9, 30, tzinfo=dt.UTC)
IGFGRAPH = [sys.executable, "-c", "from igfgraph.cli import app; app()"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """30 generated reports (2017 template)."""
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 30)
    return folder


def reports_in(store_path: Path) -> int:
    with open_store(store_path) as store:
        return run_query(store, "stats")[0]["reports"]


def test_second_ingest_skips_every_unchanged_file(corpus: Path, tmp_path: Path):
    files = collect_files([corpus])
    with open_store(tmp_path / "store") as store:
        first = ingest(store, files)
        assert first.ok and len(first.ingested) == 30 and not first.skipped
        before = sorted(store.dump("nquads").splitlines())
        again = ingest(store, files)
        assert again.ingested == [] and again.skipped == files
        assert sorted(store.dump("nquads").splitlines()) == before
        rows = run_query(store, "ingested_files")
    assert [row["file"] for row in rows] == sorted(map(str, files))
    assert all(len(row["sha256"]) == 64 and row["ingested_at"] for row in rows)


def test_changed_file_replaces_its_graph_and_only_it(corpus: Path, tmp_path: Path):
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    files = collect_files([folder])
    with open_store(tmp_path / "store") as store:
        ingest(store, files)
        changed = files[4]
        text = changed.read_text()
        chair = text.split("- Chair/Moderator: ")[1].split(",")[0]
        changed.write_text(text.replace(chair, "Nnenna Nwakanma"))
        summary = ingest(store, files)
        assert [report.source for report in summary.ingested] == [str(changed)]
        assert len(summary.skipped) == 29
        chairs = {row["person"] for row in run_query(store, "people", {"person": chair})}
        assert run_query(store, "stats")[0]["reports"] == 30
        session = run_query(store, "people", {"person": "Nnenna Nwakanma"})
    assert session and "chair" in session[0]["roles"]
    assert chairs <= {chair}  # still there only if the person speaks elsewhere


def test_a_bulk_first_import_stores_what_file_by_file_writes_store(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder / "a")
    (folder / "b").mkdir()
    shutil.copy(sorted((folder / "a").iterdir())[3], folder / "b")  # the same graph again
    files = collect_files([folder])
    module = importlib.import_module("igfgraph.ingest")  # the package exports ingest()
    monkeypatch.setattr(module, "BULK_MIN_FILES", 10)
    monkeypatch.setattr(module, "BULK_BATCH_QUADS", 3000)  # 5 batches, loaded in threads
    with open_store(tmp_path / "bulk") as bulk, open_store("memory:") as one_by_one:
        assert ingest(bulk, files).bulk and not ingest(one_by_one, files).bulk
        assert stored_quads(bulk) == stored_quads(one_by_one)


def stored_quads(store: GraphStore) -> tuple[list[str], list[tuple[str, ...]]]:
    """The named graphs' quads and the default graph's triples, without ingest times and
    the ontology's blank nodes (labelled afresh on every load)."""
    kept = (
        "FILTER (!isBlank(?s) && !isBlank(?o) && ?p != <http://www.w3.org/ns/prov#generatedAtTime>)"
    )
    rows = store.select(f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o {kept} }}", {})
    named = [q for q in store.dump("nquads").decode().splitlines() if "_:" not in q]
    return (
        sorted(q for q in named if "generatedAtTime" not in q),
        sorted(tuple(map(str, row.values())) for row in rows),
    )


@dataclass(frozen=True)
class Graph:
    """A store's graph as :func:`stored_quads` gives it, shown by its size."""

    named: list[str]
    default: list[tuple[str, ...]]

    def __repr__(self) -> str:
        return f"Graph({len(self.named)} quads)"

    def people(self) -> set[str]:
        """The person IRIs its quads name."""
        return {word for quad in self.named for word in quad.split() if "/id/person/" in word}


@pytest.fixture(scope="module")
def in_one_run(corpus: Path) -> Graph:
    """The graph of the corpus ingested in one uninterrupted run."""
    with open_store("memory:") as store:
        assert ingest(store, collect_files([corpus])).ok
        return Graph(*stored_quads(store))


@settings(
    max_examples=4,
    deadline=None,
    phases=[Phase.generate],  # a failing split shrinks for minutes: it is shown as drawn
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
@pytest.mark.parametrize("where", ["memory", "disk"])
def test_any_batches_in_any_order_give_the_graph_of_one_run(
    corpus: Path, in_one_run, tmp_path: Path, where: str, data
):
    """The same files in, the same graph out: a resumed run (the files in two or three
    batches, each in any order) resolves people and organisations as one run does; on
    disk, with the parses and digests the store folder keeps (igfgraph/ingest_cache.py)."""
    files = data.draw(st.permutations(collect_files([corpus])), label="order")
    cuts = data.draw(st.lists(st.integers(1, len(files) - 1), min_size=1, max_size=2, unique=True))
    bounds = [0, *sorted(cuts), len(files)]
    location = "memory:" if where == "memory" else tempfile.mkdtemp(dir=tmp_path)
    with open_store(location) as store:
        for start, end in itertools.pairwise(bounds):
            assert ingest(store, files[start:end]).ok
        batched = Graph(*stored_quads(store))
    differ = set(batched.named) ^ set(in_one_run.named)
    people = batched.people() ^ in_one_run.people()
    assert not differ, f"{len(differ)} quads and {len(people)} person IRIs differ"
    assert batched.default == in_one_run.default


def test_worker_processes_give_the_graph_of_one_process(
    corpus: Path, in_one_run, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(importlib.import_module("igfgraph.ingest"), "PARALLEL_MIN_FILES", 10)
    with open_store("memory:") as store:
        assert ingest(store, collect_files([corpus]), workers=2).ok
        assert Graph(*stored_quads(store)) == in_one_run


def test_one_more_file_reads_no_stored_file_again(
    corpus: Path, in_one_run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Order-free, and fast: the files a store holds are resolved again with a new one
    from the parses their store folder keeps, and compared by digest, not with the store."""
    module = importlib.import_module("igfgraph.ingest")
    files = collect_files([corpus])
    with open_store(tmp_path / "store") as store:
        assert ingest(store, files[1:]).ok
        parsed: list[Path] = []
        real_parse = module.parse_reports
        monkeypatch.setattr(
            module, "parse_reports", lambda path, *a: parsed.append(path) or real_parse(path, *a)
        )
        compared: list[str] = []
        real_holds = GraphStore.holds
        monkeypatch.setattr(
            GraphStore,
            "holds",
            lambda self, n, iris, *a: compared.extend(iris) or real_holds(self, n, iris, *a),
        )
        summary = ingest(store, files)
        assert summary.ok and len(summary.skipped) == len(files) - 1
        assert parsed == [files[0]] and sorted(compared) == sorted(summary.resolved_again)
        assert Graph(*stored_quads(store)) == in_one_run
        files[0].rename(files[0].with_suffix(".gone"))  # its parse is dropped on the next run
        try:
            assert ingest(store, write_corpus(tmp_path / "more", 1)).ok
        finally:
            files[0].with_suffix(".gone").rename(files[0])
    with sqlite3.connect(tmp_path / "store" / CACHE_FILE) as database:
        assert database.execute("SELECT count(*) FROM parsed").fetchone()[0] == len(files)
    database.close()


class _Payload:
    """A pickle that runs a command when it is loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch {self.marker}",)


def test_a_tampered_or_broken_ingest_cache_is_not_trusted(corpus: Path, in_one_run, tmp_path: Path):
    """A parse in the cache that would run code is not loaded (the file is parsed again),
    and a cache file that is not a database is done without: the graph is the same."""
    files = collect_files([corpus])
    marker = tmp_path / "ran"
    tampered, broken = tmp_path / "tampered", tmp_path / "broken"
    for store in (tampered, broken):
        with open_store(store) as graph_store:
            assert ingest(graph_store, files[1:]).ok
    with sqlite3.connect(tampered / CACHE_FILE) as database:
        database.execute("UPDATE parsed SET reports = ?", (pickle.dumps(_Payload(marker)),))
    database.close()
    (broken / CACHE_FILE).write_bytes(b"not a database " * 100)
    for store in (tampered, broken):
        with open_store(store) as graph_store:
            assert ingest(graph_store, files).ok
            assert Graph(*stored_quads(graph_store)) == in_one_run
    assert not marker.exists()


CRASH_POINTS = [
    ("OxigraphStore", "write_graphs", "before", 1),
    ("OxigraphStore", "write_graphs", "after", 1),
    ("OxigraphStore", "write_graphs", "after", 4),
    ("IngestCache", "forget", "after", 2),
    ("IngestCache", "record", "before", 1),
    ("IngestCache", "record", "after", 1),
]
CRASH = """
import os, sys
from igfgraph.ingest_cache import IngestCache
from igfgraph.store.oxigraph import OxigraphStore
from igfgraph.cli import app
owner, name, when, at = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
cls = {"IngestCache": IngestCache, "OxigraphStore": OxigraphStore}[owner]
real, calls = getattr(cls, name), []
def crashing(*args, **kwargs):
    calls.append(1)
    if len(calls) == at and when == "before":
        os._exit(9)
    result = real(*args, **kwargs)
    if len(calls) == at:
        os._exit(9)
    return result
setattr(cls, name, crashing)
sys.argv = ["igfgraph", *sys.argv[5:]]
app()
"""


@pytest.mark.parametrize("point", CRASH_POINTS, ids=lambda p: "-".join(map(str, p[1:])))
def test_a_run_killed_anywhere_then_run_again_gives_the_graph_of_one_run(
    corpus: Path, in_one_run, tmp_path: Path, point: tuple[str, str, str, int]
):
    """``kill -9`` (``os._exit``) before or after a store write or a commit of the ingest
    cache, in a run that adds files sorting before those stored: a run again gives the
    graph one run gives."""
    files = collect_files([corpus])
    store = tmp_path / "store"
    with open_store(store) as graph_store:
        assert ingest(graph_store, files[len(files) // 2 :]).ok
    ingest_all = ["ingest", str(corpus), "--store", str(store)]
    killed = subprocess.run(
        [sys.executable, "-c", CRASH, *map(str, point), *ingest_all], capture_output=True
    )
    assert killed.returncode == 9, killed.stderr.decode()
    rerun = subprocess.run([*IGFGRAPH, *ingest_all], capture_output=True)
    assert rerun.returncode == 0, rerun.stderr.decode()
    with open_store(store) as graph_store:
        assert Graph(*stored_quads(graph_store)) == in_one_run


def test_remove_drops_files_and_folders_even_when_deleted(corpus: Path, tmp_path: Path):
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    files = collect_files([folder])
    with open_store(tmp_path / "store") as store:
        ingest(store, files)
        gone = files[0]
        gone.unlink()
        removed = remove_files(store, [gone, tmp_path / "never-ingested.txt"])
        assert len(removed[gone]) == 1 and removed[tmp_path / "never-ingested.txt"] == []
        assert run_query(store, "stats")[0]["reports"] == 29
        assert sum(map(len, remove_files(store, [folder]).values())) == 29
        assert run_query(store, "stats")[0]["reports"] == 0


def test_remove_command_reports_unknown_files(corpus: Path, tmp_path: Path):
    store = tmp_path / "store"
    env = {**os.environ, "IGFGRAPH_STORE": str(store)}
    run = subprocess.run([*IGFGRAPH, "ingest", str(corpus)], env=env, capture_output=True)
    assert run.returncode == 0, run.stderr
    first = collect_files([corpus])[0]
    missing = tmp_path / "other.txt"
    run = subprocess.run(
        [*IGFGRAPH, "remove", str(first), str(missing)], env=env, capture_output=True, text=True
    )
    assert run.returncode == 1
    assert run.stdout.strip() == f"removed 1 report graphs of 1 files from {store}"
    assert run.stderr.strip() == (
        f"igfgraph: {missing}: no report from this file is in {store}; "
        "list what is there with 'igfgraph query ingested_files'"
    )
    assert reports_in(store) == 29


# The ingest, killed (with its workers) a few milliseconds after its 41st file's
# transaction starts: during it or just after, whatever the machine's load.
KILLED_INGEST = """
import os, subprocess
from igfgraph.cli import app
from igfgraph.store.oxigraph import OxigraphStore
write_graphs, calls = OxigraphStore.write_graphs, []
def killed_in_the_41st(self, *args, **kwargs):
    calls.append(args)
    if len(calls) == 42:  # the first write is the ontology's; 40 files are then whole
        subprocess.Popen(["sh", "-c", f"sleep 0.005; kill -KILL -{os.getpgid(0)}"])
    return write_graphs(self, *args, **kwargs)
OxigraphStore.write_graphs = killed_in_the_41st
app()
"""


def test_a_killed_ingest_leaves_only_whole_reports(tmp_path: Path):
    folder = tmp_path / "corpus"
    files = write_corpus(folder, 400)
    store = tmp_path / "store"
    process = subprocess.run(
        [sys.executable, "-c", KILLED_INGEST, "ingest", str(folder), "--store", str(store)],
        capture_output=True,
        start_new_session=True,
        timeout=600,
    )
    assert process.returncode == -signal.SIGKILL, process.stderr
    with open_store(store) as graph_store:
        rows = run_query(graph_store, "ingested_files")
        stored = {row["file"]: row["report_iri"] for row in rows}
        assert 40 <= len(stored) < 400
        assert run_query(graph_store, "stats")[0]["reports"] == len(stored)
        last = [path for path in files if str(path) in stored][-8:]
        for path in last:  # the last ones written are the ones a kill could have cut
            quads = graph_store.graph_quads(stored[str(path)])
            assert len(quads.splitlines()) == prepare_file(path, False, NOW).triples
    env = {**os.environ, "IGFGRAPH_STORE": str(store)}
    rerun = subprocess.run([*IGFGRAPH, "ingest", str(folder)], env=env, capture_output=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(stored)} unchanged files skipped".encode() in rerun.stdout
    assert reports_in(store) == 400


def test_store_benchmark_smoke_run(tmp_path: Path):
    results = tmp_path / "RESULTS.md"
    results.write_text("# Benchmarks\n\n## Pictures\n\nkept\n")
    run = subprocess.run(
        [*BENCH, "--reports", "40", "--baseline-reports", "15", "--results", str(results)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    text = results.read_text()
    heading = "## Store and queries, 40 reports\n"
    assert text.startswith(f"# Benchmarks\n\n## Pictures\n\nkept\n\n{heading}")
    assert "Corpus: 40 generated reports" in text and "first 15 reports" in text
    for measure in ("organisation_ties", "civil_society_map", "scipy floor", "peak memory"):
        assert f"| {measure}" in text
    assert "differ" not in text
    assert "floor of the ingest: reading, parsing and resolving the same files" in text
    for picture in ("co-speakers", "ego of the median co-speakers", "org-ties", "topics"):
        assert f"| {picture}" in text
    # every named and internal query on Virtuoso, each with the embedded store's rows
    assert "`igfgraph push` of the store's 41 graphs" in text
    compared = [line for line in text.splitlines() if line.endswith(("| yes |", "| NO |"))]
    assert len(compared) >= len(QUERIES) and all(line.endswith("| yes |") for line in compared)


def test_the_generator_gives_the_same_corpus_in_every_process():
    script = "from bench.generate import Corpus; c = Corpus(300)\n"
    script += "print([c.report(number) for number in range(300)])"
    texts = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(texts) == 1 and "- Session Organizer: " in texts.pop()


def test_the_generator_draws_a_50000_report_corpus():
    corpus = Corpus(50_000)
    names = {person.name for person in corpus.people}
    assert len(corpus.people) == len(names) == 150_000
    name, text = corpus.report(49_999)
    assert name.endswith(".txt") and "- List of Speakers" in text


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def ingest_with_workers(folder: Path, store: Path) -> tuple[subprocess.Popen[bytes], set[int]]:
    """An ingest in a process of its own, once its worker processes are busy."""
    process = subprocess.Popen(
        [*IGFGRAPH, "ingest", str(folder), "--store", str(store)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # Ctrl-C as at a terminal, even when the suite runs in the background (where the
        # shell starts commands with SIGINT ignored, and Python then keeps ignoring it)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while time.monotonic() < deadline and process.poll() is None and len(workers) < 2:
        workers = {pid for pid in children(process.pid) if alive(pid)}
        time.sleep(0.05)
    assert process.poll() is None and len(workers) >= 2, "no workers to watch"
    time.sleep(1)  # the workers are reading files
    return process, workers


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_workers_end_with_the_run(tmp_path: Path, stop: signal.Signals):
    folder = tmp_path / "corpus"
    write_corpus(folder, 600)
    process, workers = ingest_with_workers(folder, tmp_path / "store")
    everyone = workers | {pid for w in workers for pid in children(w)} | children(process.pid)
    process.send_signal(stop)
    _, err = process.communicate(timeout=60)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(pid) for pid in everyone):
        time.sleep(0.1)
    assert not [pid for pid in everyone if alive(pid)], "processes outlived the run"
    if stop != signal.SIGKILL:
        by = "SIGTERM" if stop == signal.SIGTERM else "Ctrl-C"
        assert process.returncode == (143 if by == "SIGTERM" else 130)
        assert err.decode().splitlines() == [
            f"igfgraph: stopped by {by}; what was stored before stays whole, the rest was "
            "not stored"
        ]


def test_files_with_the_same_name_are_different_reports(tmp_path: Path):
    folder = tmp_path / "saved"
    corpus = write_corpus(tmp_path / "generated", 3)
    copies = [
        folder / "A" / "report.txt",
        folder / "B" / "report.txt",
        folder / "C" / "Report!.txt",
    ]
    for source, copy in zip(corpus, copies, strict=True):
        copy.parent.mkdir(parents=True)
        shutil.copy(source, copy)
    store = tmp_path / "store"
    with open_store(store) as graph_store:
        summary = ingest(graph_store, collect_files([folder]))
        assert summary.ok and len(summary.ingested) == 3
        first = {row["file"]: row["report_iri"] for row in run_query(graph_store, "ingested_files")}
        assert len(set(first.values())) == 3 and run_query(graph_store, "stats")[0]["reports"] == 3
        assert first[str(copies[0])].endswith("/report/report")  # the first keeps the plain name
        again = ingest(graph_store, collect_files([folder / "B", folder / "C", folder / "A"]))
        assert again.skipped == [copies[1], copies[2], copies[0]]
        copies[1].write_text(corpus[1].read_text() + "\nA line added later.\n")
        changed = ingest(graph_store, [copies[1]])
        assert [report.graph_iri for report in changed.ingested] == [first[str(copies[1])]]
        after = {row["file"]: row["report_iri"] for row in run_query(graph_store, "ingested_files")}
    assert after == first  # each file keeps its identity


def test_a_run_says_what_it_is_doing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "corpus"
    write_corpus(folder, 12)
    module = importlib.import_module("igfgraph.ingest")
    monkeypatch.setattr(module, "BULK_MIN_FILES", 10)
    monkeypatch.setattr(module, "PARALLEL_MIN_FILES", 10)
    stages: list[str] = []
    with open_store(tmp_path / "store") as store:
        ingest(store, collect_files([folder]), workers=2, on_stage=stages.append)
    assert list(dict.fromkeys(stages)) == [
        "checking which files the store holds already",
        "loading the ontology",
        "starting worker processes",
        "reading files",
        "writing the last files",
        "compacting the store",
    ]


def test_a_title_with_a_unicode_line_separator_is_stored_whole(tmp_path: Path):
    seed = ROOT / "examples" / "reports" / "igf2017-ws-rights-based-approach-to-cybersecurity.txt"
    report = tmp_path / "separated.txt"
    report.write_text(seed.read_text().replace("A PIPE DREAMOR", "A PIPE\u2028DREAM OR"))
    with open_store(tmp_path / "store") as store:
        summary = ingest(store, [report])
        assert summary.ok and len(summary.ingested) == 1
        found = 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(CONTAINS(STR(?o), "PIPE\u2028DREAM")) }'
        assert store.select(found, {})[0]["n"] >= 1  # the default graph: what queries read
        assert "PIPE\u2028DREAM" in store.dump("nquads").decode()  # the report's graph
