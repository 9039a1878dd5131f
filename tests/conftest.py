"""Shared fixtures: the seed report, the development corpus, 2,000 generated reports, a real
Virtuoso server."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import rdflib
from conftest_virtuoso import virtuoso  # noqa: F401  (the real Virtuoso server fixture)

from igfgraph.model import Report
from igfgraph.parse import parse_all
from igfgraph.sources import read_source
from igfgraph.store import GraphStore

ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = Path(os.environ.get("IGFGRAPH_SHARED", ROOT.parent / "shared"))
SEED_PATH = ROOT / "examples" / "reports" / "igf2017-ws-rights-based-approach-to-cybersecurity.txt"


def parse_text(tmp_path: Path, text: str, name: str = "page.txt") -> list[Report]:
    """Every session a composed document of ``text`` holds, saved as ``name``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_all(read_source(path))


def one_report(tmp_path: Path, text: str) -> Report:
    """The one session a composed document of ``text`` holds."""
    (report,) = parse_text(tmp_path, text)
    return report


@pytest.fixture(name="SHARED", scope="session")
def shared_dir() -> Path:
    """The shared folder holding ``seed/`` and ``corpus/dev/`` (``$IGFGRAPH_SHARED``)."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"shared corpus not found at {SHARED_DIR}; set IGFGRAPH_SHARED")
    return SHARED_DIR


@pytest.fixture(name="SEED", scope="session")
def seed_path() -> Path:
    """The seed report (2017 rapporteur template), with its gold file beside it."""
    return SEED_PATH


@pytest.fixture(name="seed_store", scope="session")
def seed_memory_store() -> GraphStore:
    """The seed report in an in-memory store, for tests that only read it."""
    from igfgraph.ingest import collect_files, ingest
    from igfgraph.store import open_store

    store = open_store("memory:")
    ingest(store, collect_files([SEED_PATH]))
    return store


@pytest.fixture(name="generated_store", scope="session")
def generated_memory_store(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    """2,000 generated reports (bench/generate.py) in an in-memory store."""
    from bench.generate import write_corpus
    from igfgraph.ingest import ingest
    from igfgraph.store import open_store

    store = open_store("memory:")
    assert ingest(store, write_corpus(tmp_path_factory.mktemp("generated"), 2_000)).failed == []
    return store


@pytest.fixture(name="picture_store", scope="session", params=["fixtures", "generated"])
def picture_memory_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> GraphStore:
    """The fixture corpus, then 60 generated reports, in an in-memory store: pictures built
    two ways are compared on both. Tests only read it."""
    from bench.generate import write_corpus
    from igfgraph.ingest import collect_files, ingest
    from igfgraph.store import open_store

    if request.param == "fixtures":
        files = collect_files([ROOT / "tests" / "fixtures" / "corpus"])
    else:
        files = write_corpus(tmp_path_factory.mktemp("generated"), 60, seed=11)
    store = open_store("memory:")
    assert ingest(store, files).ok
    return store


def rename_people(store: GraphStore, names: dict[str, str]) -> None:
    """Give people in ``store`` other names: every literal equal to a key of ``names``
    becomes its value. Hostile names (``</script>``, ``<img onerror>``) reach a graph this
    way (an imported graph, a curation file); the reader itself takes no such name."""
    for iri in store.graph_iris():
        dataset = rdflib.Dataset()
        dataset.parse(data=store.graph_quads(iri), format="nquads")
        graph = dataset.graph(rdflib.URIRef(iri))
        for subject, predicate, value in list(graph):
            if isinstance(value, rdflib.Literal) and str(value) in names:
                graph.remove((subject, predicate, value))
                graph.add((subject, predicate, rdflib.Literal(names[str(value)])))
        store.replace_graph(iri, graph)
