"""Measurements that cannot hold up a benchmark: each runs in a worker process and is
stopped when it passes a time budget.

The worker opens the stores itself (the embedded store read-only, beside the process that
wrote it; the SPARQL endpoint; rdflib's memory store filled from report files), runs one
measurement at a time and sends back its result. A measurement past the budget is
stopped by killing the worker (neither Oxigraph nor a SPARQL request can be cancelled
from Python); the next one starts a new worker. The caller records a stopped measurement
as such (:func:`over_budget`), never leaves it out::

    with Worker(Stores(store=path), budget=60) as worker:
        outcome = worker.run(query_time, "embedded", "people", {})
        text = over_budget(outcome) if isinstance(outcome, Stopped | Failed) else ...
"""

from __future__ import annotations

import importlib
import multiprocessing as mp
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from igfgraph.store import GraphStore, OxigraphStore, open_store
from igfgraph.store.endpoint import SparqlEndpointStore


@dataclass(frozen=True)
class Stopped:
    """A measurement stopped at the budget, after ``seconds``."""

    seconds: float


@dataclass(frozen=True)
class Failed:
    """A measurement that raised: the error's last line."""

    error: str


@dataclass
class Stores:
    """What a worker opens when it starts (not timed): the embedded store's folder
    (read-only), a SPARQL endpoint (query URL, update URL, user, password), and report
    files to fill an rdflib memory store with."""

    store: Path | None = None
    budget: float | None = None
    """Seconds a measurement may take (None: no limit); see :func:`timed_within`."""
    endpoint: tuple[str, str, str, str] | None = None
    rdflib_files: list[Path] = field(default_factory=list)
    _opened: dict[str, GraphStore] = field(default_factory=dict, repr=False)
    kept: dict[Any, Any] = field(default_factory=dict, repr=False)
    """What one measurement leaves for a later one in the same worker (lost when a
    measurement is stopped: the worker goes with it)."""

    def open(self) -> None:
        """Open every store given (before any measurement: not timed)."""
        if self.store is not None:
            self.embedded()
        if self.endpoint is not None:
            self.remote()
        if self.rdflib_files:
            self.rdflib()

    def embedded(self) -> GraphStore:
        """The embedded store, opened read-only."""
        if "embedded" not in self._opened:
            assert self.store is not None, "no embedded store given"
            self._opened["embedded"] = OxigraphStore(self.store, read_only=True)
        return self._opened["embedded"]

    def remote(self) -> GraphStore:
        """The SPARQL endpoint."""
        if "remote" not in self._opened:
            assert self.endpoint is not None, "no endpoint given"
            self._opened["remote"] = SparqlEndpointStore(*self.endpoint)
        return self._opened["remote"]

    def rdflib(self) -> GraphStore:
        """rdflib's memory store holding ``rdflib_files`` (filled the first time, not
        timed)."""
        if "rdflib" not in self._opened:
            from igfgraph.ingest import ingest

            store = open_store("rdflib-memory:")
            ingest(store, self.rdflib_files, workers=1)
            self._opened["rdflib"] = store
        return self._opened["rdflib"]

    def timed(self, action: Callable[[], Any], repeat: int = 1) -> tuple[float, Any, int]:
        """:func:`timed_within` this worker's budget."""
        return timed_within(action, repeat, self.budget)


Measure = Callable[..., Any]
"""A module-level function run in the worker: ``measure(stores, *args)``."""


def _serve(connection: Connection, stores: Stores) -> None:
    """The worker: open the stores, say so, then run each measurement received and send
    back ("ok", result) or ("failed", error), until None arrives."""
    stores.open()
    connection.send("ready")
    while (request := connection.recv()) is not None:
        if isinstance(request, str):  # a module to import before its measurements
            if request not in ("__main__", "__mp_main__"):
                importlib.import_module(request)
            connection.send("imported")
            continue
        measure, args = request
        try:
            connection.send(("ok", measure(stores, *args)))
        except Exception as error:
            last = traceback.format_exception_only(error)[-1].strip()
            connection.send(("failed", last))


class Worker:
    """One worker process at a time for ``stores``; every measurement within ``budget``
    seconds (None: no budget)."""

    def __init__(self, stores: Stores, budget: float | None) -> None:
        self.stores, self.budget = replace(stores, budget=budget), budget
        self._process: mp.process.BaseProcess | None = None
        self._connection: Connection | None = None
        self._imported: set[str] = set()
        """The modules of measurements the worker has imported (outside any budget)."""

    def _start(self) -> Connection:
        """The worker's end of the pipe, a new worker started first when there is none."""
        if self._connection is not None:
            return self._connection
        ours, theirs = mp.Pipe()
        context = mp.get_context("spawn")  # no copy of the caller's open stores
        self._process = context.Process(target=_serve, args=(theirs, self.stores))
        self._process.start()
        theirs.close()
        self._connection = ours
        try:
            ours.recv()  # "ready": imported and opened, outside any budget
        except EOFError as error:
            self._kill()
            raise RuntimeError("the measuring worker could not open its stores") from error
        return ours

    def run(self, measure: Measure, *args: Any) -> Any:
        """``measure(stores, *args)`` in the worker: its result, :class:`Stopped` when it
        ran past the budget, or :class:`Failed` when it raised."""
        return self.run_within(self.budget, measure, *args)

    def run_within(self, budget: float | None, measure: Measure, *args: Any) -> Any:
        """:meth:`run` with a budget of its own (None: no limit)."""
        connection = self._start()
        if measure.__module__ not in self._imported:
            connection.send(measure.__module__)
            connection.recv()
            self._imported.add(measure.__module__)
        began = time.perf_counter()
        connection.send((measure, args))
        if not connection.poll(budget):
            self._kill()
            outcome: Any = Stopped(time.perf_counter() - began)
        else:
            try:
                status, result = connection.recv()
                outcome = result if status == "ok" else Failed(result)
            except EOFError:  # the worker died (out of memory, a crash in the engine)
                self._kill()
                outcome = Failed("the worker process died")
        progress(f"{measure.__name__}{args!r}", time.perf_counter() - began, outcome)
        return outcome

    def _kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
        if self._connection is not None:
            self._connection.close()
        self._process, self._connection = None, None
        self._imported.clear()

    def close(self) -> None:
        """Stop the worker (it finishes the measurement it is on)."""
        if self._connection is not None and self._process is not None:
            self._connection.send(None)
            self._process.join(timeout=60)
        self._kill()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def progress(step: str, seconds: float, outcome: Any = None) -> None:
    """A line on standard error: a step of the run, its seconds, and whether it stopped."""
    status = f" {over_budget(outcome)}" if isinstance(outcome, Stopped | Failed) else ""
    print(
        f"{time.strftime('%H:%M:%S')} {seconds:8.1f} s  {step}{status}", file=sys.stderr, flush=True
    )


def timed_within(action: Callable[[], Any], repeat: int, budget: float | None) -> tuple:
    """The best wall time of up to ``repeat`` runs of ``action``, its last result and the
    number of runs: a run is not started when another as long as the longest so far
    would pass ``budget`` (so one run is left when it takes over half of it)."""
    best, longest, spent, result, runs = float("inf"), 0.0, 0.0, None, 0
    while runs < repeat and (runs == 0 or budget is None or spent + longest <= budget):
        result = None  # the last run's rows are not held while the next run builds its own
        start = time.perf_counter()
        result = action()
        seconds = time.perf_counter() - start
        best, longest, spent, runs = (
            min(best, seconds),
            max(longest, seconds),
            spent + seconds,
            runs + 1,
        )
    return best, result, runs


def over_budget(outcome: Stopped | Failed) -> str:
    """A table cell saying why a measurement has no figure."""
    if isinstance(outcome, Stopped):
        return f"over budget, {outcome.seconds:.0f} s, stopped"
    return f"failed: {outcome.error}"
