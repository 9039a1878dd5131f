"""The bench's time budget: a measurement past it is stopped and shown so, never left out
(bench/budget.py), with a real worker process and a real store."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bench.bench_engines import picture_lines
from bench.budget import Failed, Stopped, Stores, Worker, over_budget, timed_within
from bench.generate import write_corpus
from igfgraph.ingest import ingest
from igfgraph.pictures.named import PICTURES
from igfgraph.store import open_store


def sleep_for(_stores: Stores, seconds: float) -> float:
    """A measurement that takes ``seconds``."""
    time.sleep(seconds)
    return seconds


def fail(_stores: Stores) -> None:
    """A measurement that raises."""
    raise ValueError("no such thing")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded store holding 20 generated reports."""
    folder = tmp_path_factory.mktemp("budget")
    files = write_corpus(folder / "corpus", 20)
    with open_store(folder / "store") as store:
        assert ingest(store, files).ok
    return folder / "store"


def test_a_measurement_past_the_budget_is_stopped_and_the_next_one_runs():
    with Worker(Stores(), budget=1.0) as worker:
        began = time.perf_counter()
        stopped = worker.run(sleep_for, 30.0)
        assert isinstance(stopped, Stopped) and 1.0 <= stopped.seconds < 20
        assert time.perf_counter() - began < 25
        assert over_budget(stopped).startswith("over budget, ") and "stopped" in over_budget(
            stopped
        )
        assert worker.run(sleep_for, 0.0) == 0.0  # a new worker took over
        failed = worker.run(fail)
        assert isinstance(failed, Failed) and "no such thing" in over_budget(failed)


def test_a_run_past_half_the_budget_is_not_repeated():
    best, result, runs = timed_within(lambda: time.sleep(0.2) or "done", 5, budget=0.3)
    assert (result, runs) == ("done", 1) and best >= 0.2
    assert timed_within(lambda: None, 3, budget=None)[2] == 3


def test_every_picture_stopped_at_a_tiny_budget_is_in_the_table(store_path: Path):
    lines = picture_lines(Worker(Stores(store=store_path), budget=1e-6))
    rows = lines[3:]  # after the summaries
    assert rows and all("over budget" in row and "stopped" in row for row in rows)
    assert any(row.startswith("| ego pictures |") and "not measured" in row for row in rows)
    for name in PICTURES:
        if name != "ego":
            assert any(row.startswith(f"| {name} |") for row in rows), name


def test_pictures_within_the_budget_are_measured(store_path: Path):
    with Worker(Stores(store=store_path), budget=None) as worker:
        lines = picture_lines(worker)
    assert not any("over budget" in line for line in lines)
    assert any(line.startswith("| ego of the median co-speakers") for line in lines)
