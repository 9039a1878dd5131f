"""From files to the store: read, parse, resolve, map to RDF, replace the report's graph.

One bad file never stops the others and never touches what the store already holds:
its error is collected and the run goes on. Ingest is incremental: a file whose bytes
have the SHA-256 its graphs record is skipped; a changed file replaces its graphs (and
drops the sessions it no longer holds) in one transaction, so a crash or Ctrl-C leaves
every file either as it was or fully replaced. Large runs read and parse files in worker
processes, and a first import into an empty store loads in bulk.

Entity resolution gives the same graph whatever the batching and order: every file of a
run, and every file the store holds that is still there unchanged, is resolved in one
order (by path), each against the files before it; a report graph of an earlier run is
rewritten only when its resolution changed. A stored file that is gone or changed on disk
keeps its graph and is not seen by the others' resolution. An on-disk store keeps each
file's parse and a digest of its graphs beside it (:mod:`igfgraph.ingest_cache`): stored
files are resolved again without being read, and compared by digest, not with the store.

A document fetched from the web is named by its URL and read from its saved text; a
stored one is resolved again from the saved text the run is given or the ingest cache
remembers, and keeps its graphs as they are when that text cannot be found.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import hashlib
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeGuard

from rdflib.namespace import PROV

from igfgraph.errors import InputError
from igfgraph.identity import assign_keys
from igfgraph.ingest_cache import (
    IngestCache,
    Written,
    resolution_digest,
    settlement,
    time_text,
)
from igfgraph.model import Report
from igfgraph.parse import parse, parse_all
from igfgraph.parse.reader import VARIANT as GENERIC
from igfgraph.queries import run_query
from igfgraph.rdf import (
    report_graph_iri,
    report_statements,
    report_to_dataset,
    retrieval_statements,
)
from igfgraph.rdf.ntriples import literal
from igfgraph.rdf.ontology import ONTOLOGY_GRAPH, vocabulary_graph
from igfgraph.resolve import KnownEntities, resolve
from igfgraph.resolve.curation import Curation
from igfgraph.sources import SOURCE_SUFFIXES, Source, WebDocument, read_source, source_name
from igfgraph.sources.limits import max_people, too_many_people
from igfgraph.store import GraphStore
from igfgraph.tools.report_json import REPORT_JSON_SUFFIX, is_report_json_path, read_report_json
from igfgraph.tools.validate import validate_graphs


def load_report(path: str | Path) -> Report:
    """Read, parse and resolve one report file (no store involved)."""
    return resolve(checked(parse(read_source(path))))


def load_reports(
    path: str | Source,
    known: KnownEntities | None = None,
    curation: Curation | None = None,
    key: str | None = None,
) -> list[Report]:
    """Read, parse and resolve every session in one file: one report each (no store).

    ``known``: people and organisations of other reports, for entity resolution (each
    report is added to it); ``curation``: the user's merges, splits, names and groups;
    ``key``: as for :func:`parse_reports`.
    """
    return [resolve(report, known, curation) for report in parse_reports(path, key)]


def parse_reports(path: str | Source, key: str | None = None) -> list[Report]:
    """Read and parse every session in one file, unresolved: one report each.

    A ``.json`` file is what ``igfgraph parse --format json`` printed: its reports are
    rebuilt (:func:`read_report_json`), not parsed again. ``key``: the file's identity in
    the store (:func:`igfgraph.identity.assign_keys`); the report of a parse-JSON file
    keeps the identity of the file it was parsed from.
    """
    if _is_report_json(path):
        parsed = read_report_json(path)  # the report it holds keeps its own file's identity
    else:
        parsed = parse_all(read_source(path))
        for report in parsed:
            report.key = key
    return [checked(report) for report in parsed]


def _is_report_json(path: str | Source) -> TypeGuard[str | Path]:
    """True for a file (not a fetched document) that ``igfgraph parse --format json`` wrote."""
    return not isinstance(path, WebDocument) and is_report_json_path(path)


def checked(report: Report) -> Report:
    """``report``, unless its session names more people than :func:`max_people` allows."""
    if len(report.people) > max_people():
        raise too_many_people(report.source, len(report.people))
    return report


GENERATED_AT = str(PROV.generatedAtTime)


def known_entities(store: GraphStore) -> KnownEntities:
    """The people and organisations ``store`` holds, as the resolve stage's plain data."""
    return KnownEntities.from_rows(
        run_query(store, "known_people"), run_query(store, "known_organisations")
    )


def collect_files(
    paths: Iterable[str | Path],
    follow_links: bool = False,
    links_left: list[Path] | None = None,
) -> list[Path]:
    """The report files named by ``paths``: files as given, folders searched recursively.

    In a folder, a symbolic link whose target lies outside the folder is not read unless
    ``follow_links``; each one is added to ``links_left`` (a report never pulls in a file
    its folder does not hold).
    """
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            root = path.resolve()
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in SOURCE_SUFFIXES
                or p.name.lower().endswith(REPORT_JSON_SUFFIX)
            )
            for file in (p for p in found if p.is_file() and not p.name.startswith(".")):
                if follow_links or file.resolve().is_relative_to(root):
                    files.append(file)
                elif links_left is not None:
                    links_left.append(file)
        else:
            files.append(path)
    return files


PARALLEL_MIN_FILES = 200  # fewer files are read in this process (workers take ~1 s to start)
BULK_MIN_FILES = 500  # a first import of at least this many files loads in bulk
BULK_BATCH_QUADS = 100_000  # quads per bulk load (250 generated reports; a load holds them all)
WINDOW_FILES = 64  # files handed to workers ahead of the store (bounds the memory held)


@dataclass(frozen=True)
class IngestedReport:
    """What an ingest run keeps of a report it stored: not its text, spans and mentions."""

    source: str
    graph_iri: str
    people: tuple[str, ...]  # the names of the people it mentions
    generic: bool = False  # read as no known IGF report family (a warning for the user)

    @classmethod
    def of(cls, report: Report, graph_iri: str) -> IngestedReport:
        """The record of ``report``, stored in ``graph_iri``."""
        names = tuple(mention.name for mention in report.people)
        return cls(report.source, graph_iri, names, report.variant == GENERIC)


@dataclass
class PreparedFile:
    """One file read, parsed, resolved and (once :meth:`mapped`) mapped to RDF."""

    path: Source
    reports: list[IngestedReport] = field(default_factory=list)
    graph_iris: list[str] = field(default_factory=list)
    nquads: str = ""
    triples: int = 0
    errors: list[InputError] = field(default_factory=list)
    digest: str = ""  # of its resolved reports (:func:`resolution_digest`)
    sha256: str = ""  # of the file's bytes, as its reports record it
    resolved: list[Report] = field(default_factory=list)  # until mapped
    ingested_at: dt.datetime | None = None

    def mapped(self) -> PreparedFile:
        """This file with its reports mapped to N-Quads (done once); a web document's
        graph also says where and when it was fetched."""
        if not self.resolved:
            return self
        lines: list[str] = []
        for report, graph_iri in zip(self.resolved, self.graph_iris, strict=True):
            statements = report_statements(report)
            statements.append(f"<{graph_iri}> <{GENERATED_AT}> {literal(self.ingested_at)}")
            if isinstance(self.path, WebDocument):
                web = self.path
                statements += retrieval_statements(graph_iri, web.url, web.fetched_at)
            lines.extend(f"{statement} <{graph_iri}> .\n" for statement in statements)
        self.nquads, self.triples, self.resolved = "".join(lines), len(lines), []
        return self


@dataclass
class IngestSummary:
    """What an ingest run did."""

    ingested: list[IngestedReport] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)  # one per problem
    refused: list[Source] = field(default_factory=list)  # the files with problems, once each
    skipped: list[Source] = field(default_factory=list)
    triples: int = 0
    bulk: bool = False
    resolved_again: list[str] = field(default_factory=list)  # graphs of other files rewritten

    @property
    def ok(self) -> bool:
        """True when every file was ingested."""
        return not self.failed


def load_ontology(store: GraphStore) -> None:
    """Put the ontology and its concept schemes (not the shapes) in their own graph."""
    store.replace_graph(str(ONTOLOGY_GRAPH), vocabulary_graph())


def file_sha256(path: Source) -> str | None:
    """The SHA-256 of a file's (or saved web document's) bytes in hex; None when it cannot
    be read."""
    try:
        file = path.saved if isinstance(path, WebDocument) else path
        return hashlib.sha256(file.read_bytes()).hexdigest()
    except OSError:
        return None


def _same_file(recorded: str, path: Path | str) -> bool:
    """True when the ``dcterms:source`` a graph records names ``path`` or a file under it
    (a URL, given as a string: that URL, or any under it when it ends in ``/``)."""
    if recorded == str(path):
        return True
    if isinstance(path, str):
        return path.endswith("/") and recorded.startswith(path)
    where, given = Path(recorded).resolve(), path.resolve()
    return where == given or given in where.parents


def ingested_files(store: GraphStore) -> dict[str, tuple[str, list[str]]]:
    """What the store holds by file (as recorded): its SHA-256 and its report graphs."""
    return _stored_files(store)[0]


def _stored_files(
    store: GraphStore,
) -> tuple[dict[str, tuple[str, list[str]]], dict[str, str | None]]:
    """:func:`ingested_files`, and when each file's graphs were written (None when its
    graphs do not all say the same time)."""
    files: dict[str, tuple[str, list[str]]] = {}
    times: dict[str, str | None] = {}
    for row in run_query(store, "ingested_files"):
        file, at = row["file"], str(row.get("ingested_at") or "")
        files.setdefault(file, (row["sha256"], []))[1].append(row["report_iri"])
        times[file] = at if times.get(file, at) == at else None
    return files, times


@dataclass
class ParsedFile:
    """One file read and parsed, not yet resolved: what a worker process hands back."""

    path: Source
    reports: list[Report] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def parse_file(path: Source, key: str | None = None) -> ParsedFile:
    """Read and parse one file (``key``: its identity in the store); errors are kept."""
    parsed = ParsedFile(path)
    try:
        parsed.reports = parse_reports(path, key)
    except InputError as error:
        parsed.errors.append(error)
    except (Exception, MemoryError) as error:  # a bug must not stop the other files
        parsed.errors.append(_bug(path, error))
    return parsed


def _bug(path: Source, error: BaseException) -> InputError:
    """The one-line error of a file that tripped a bug in igfgraph."""
    return InputError(
        source_name(path),
        f"could not be read ({type(error).__name__}: {error}); a bug in igfgraph, "
        "please report it with the file",
    )


def prepare_file(
    path: Source,
    validate: bool,
    ingested_at: dt.datetime,
    known: KnownEntities | None = None,
    curation: Curation | None = None,
    keys: dict[Source, str] | None = None,
) -> PreparedFile:
    """Read, parse, resolve, (optionally) validate and map one file; errors are kept.
    ``keys``: the identity each file has in the store (default: its name's stem)."""
    parsed = parse_file(path, (keys or {}).get(path))
    return _prepare(parsed, validate, ingested_at, known, curation).mapped()


def _prepare(
    parsed: ParsedFile,
    validate: bool,
    ingested_at: dt.datetime,
    known: KnownEntities | None,
    curation: Curation | None,
) -> PreparedFile:
    """Resolve and (optionally) validate the reports of a parsed file; :meth:`PreparedFile.mapped`
    maps them, when they are to be written."""
    prepared = PreparedFile(parsed.path, errors=parsed.errors, ingested_at=ingested_at)
    prepared.sha256 = parsed.reports[0].sha256 if parsed.reports else ""
    try:
        reports = [resolve(report, known, curation) for report in parsed.reports]
    except (Exception, MemoryError) as error:  # a bug must not stop the other files
        prepared.errors.append(_bug(parsed.path, error))
        return prepared
    for report in reports:
        graph_iri = str(report_graph_iri(report))
        violations = validate_graphs([(graph_iri, report_to_dataset(report))]) if validate else []
        if violations:
            prepared.errors.extend(InputError(v.where, v.describe()) for v in violations)
            continue
        prepared.resolved.append(report)
        prepared.reports.append(IngestedReport.of(report, graph_iri))
        prepared.graph_iris.append(graph_iri)
    try:
        prepared.digest = resolution_digest(prepared.resolved, prepared.graph_iris)
    except (ValueError, RecursionError, pickle.PicklingError):  # a cycle: compared instead
        prepared.digest = ""
    return prepared


def _prepared(
    files: list[Source],
    validate: bool,
    ingested_at: dt.datetime,
    workers: int | None,
    known: KnownEntities,
    curation: Curation | None = None,
    keys: dict[Source, str] | None = None,
    cached: _ParseCache | None = None,
) -> Iterator[PreparedFile]:
    """``files`` prepared in order, each file resolved against the files before it
    (``known`` grows); files are read and parsed in worker processes when there are many,
    and resolved here in order, so that workers change nothing but the time taken.
    ``cached``: the parses the store folder keeps, used instead of reading a file again."""
    prepare = partial(
        _prepare, validate=validate, ingested_at=ingested_at, known=known, curation=curation
    )
    for parsed in _parsed_or_cached(files, workers, keys or {}, cached):
        yield prepare(parsed)


@dataclass
class _ParseCache:
    """The parses a store folder keeps, and the SHA-256 of each file's bytes now."""

    cache: IngestCache
    sha256: dict[Source, str]

    def reports(self, path: Source, key: str | None) -> ParsedFile | None:
        """The cached parse of ``path`` (given ``key``), checked again; None if there is none."""
        sha256 = self.sha256.get(path)
        reports = self.cache.parsed(path, sha256) if sha256 else None
        if reports is None:
            return None
        parsed = ParsedFile(path)
        try:
            for report in reports:
                report.key = key
                parsed.reports.append(checked(report))
        except InputError as error:
            parsed.reports, parsed.errors = [], [error]
        return parsed

    def keep(self, parsed: ParsedFile) -> None:
        """Keep the parse of a file that read without errors (a parse-JSON file is not kept)."""
        if parsed.reports and not parsed.errors and not _is_report_json(parsed.path):
            self.cache.keep_parsed(parsed.path, parsed.reports[0].sha256, parsed.reports)


def _parsed_or_cached(
    files: list[Source], workers: int | None, keys: dict[Source, str], cached: _ParseCache | None
) -> Iterator[ParsedFile]:
    """``files`` parsed in order: from the cache where it has them, else read and parsed
    (in worker processes when there are many); what is parsed is given to the cache."""
    hits = {p for p in files if cached and cached.cache.has_parsed(p, cached.sha256.get(p))}
    fresh = _parsed([path for path in files if path not in hits], workers, keys)
    for path in files:
        parsed = cached.reports(path, keys.get(path)) if cached and path in hits else None
        if parsed is None:
            parsed = next(fresh) if path not in hits else parse_file(path, keys.get(path))
            if cached:
                cached.keep(parsed)
        yield parsed
    next(fresh, None)  # the workers end


def _parsed(
    files: list[Source], workers: int | None, keys: dict[Source, str]
) -> Iterator[ParsedFile]:
    """``files`` read and parsed in order: in worker processes when there are many."""
    if workers == 1 or len(files) < PARALLEL_MIN_FILES:
        for path in files:
            yield parse_file(path, keys.get(path))
        return
    context = multiprocessing.get_context("spawn")  # never fork a process holding the store
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
    )
    try:
        pending: deque[Future[ParsedFile]] = deque()
        for path in files:
            pending.append(pool.submit(parse_file, path, keys.get(path)))
            if len(pending) >= WINDOW_FILES:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BaseException:  # Ctrl-C, SIGTERM or an error: the workers stop now, not later
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _start_worker(parent: int) -> None:
    """A worker ends with the run: Ctrl-C is for the parent to handle (one line, not a
    traceback per worker), and a worker whose parent died (``kill -9``) exits at once
    (Linux tells it) or within a second (it watches)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    threading.Thread(target=_exit_without, args=(parent,), daemon=True).start()


_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


def _exit_without(parent: int) -> None:
    """Exit when ``parent`` is no longer this process's parent."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def ingest(
    store: GraphStore,
    files: Iterable[Source],
    on_file: Callable[[Source], None] | None = None,
    on_stage: Callable[[str], None] | None = None,
    validate: bool = False,
    workers: int | None = None,
    curation: Curation | None = None,
) -> IngestSummary:
    """Ingest ``files`` into ``store``, one named graph per report, replacing older versions.

    Files whose bytes are unchanged since they were ingested are skipped, unless a
    ``curation`` with decisions is given: then every file is resolved again. The other
    files of the store are resolved again with ``files`` and their graphs rewritten when
    that changes them (``resolved_again``), so any batches give one run's graph. With
    ``validate``, a report that violates the shapes or the check queries is not stored;
    each violation becomes one error naming the file and line. ``workers``: processes
    that read and parse files (default: one per core; 1 reads in this process).
    ``on_file`` hears of each file done, ``on_stage`` of what the run is doing now
    ("starting worker processes", "compacting the store").
    """
    stage = on_stage or (lambda _what: None)
    summary = IngestSummary()
    stage("checking which files the store holds already")
    known, times = _stored_files(store)
    sha_now: dict[Source, str] = {}
    todo: list[Source] = []
    sources: dict[str, Source] = {}  # the files given, by name
    for path in files:
        sources[source_name(path)] = path
        sha256, _ = known.get(source_name(path), (None, []))
        if sha256 is not None:
            sha_now[path] = file_sha256(path) or ""
        if sha256 is not None and sha256 == sha_now[path] and not curation:
            summary.skipped.append(path)
            if on_file:
                on_file(path)
        else:
            todo.append(path)
    cache = IngestCache.open(store.folder())
    try:
        if not todo and (cache is None or cache.settled() == _settlement(known)):
            return summary  # nothing to write: the store stays exactly as it was
        if cache is not None:  # fetched documents: those of earlier runs are read again too
            cache.keep_documents(p for p in sources.values() if isinstance(p, WebDocument))
            sources = {**cache.documents(), **sources}
        run = _Run(store, summary, cache, known, times, sha_now, sources)
        run.resolve_and_write(todo, workers, validate, curation, on_file, stage)
        if cache is not None:
            cache.record({}, settled=_settlement(ingested_files(store)))
    finally:
        if cache is not None:
            cache.close()
    if summary.bulk:
        stage("compacting the store")
        store.optimize()  # after the import is durable: a kill here loses nothing
    given = {source_name(path): number for number, path in enumerate(todo)}
    summary.failed.sort(key=lambda error: given.get(error.path, len(given)))  # as given
    summary.refused.sort(key=lambda path: given[source_name(path)])
    return summary


def _settlement(known: dict[str, tuple[str, list[str]]]) -> str:
    """:func:`settlement` of the files a store holds."""
    return settlement({file: sha256 for file, (sha256, _) in known.items()})


RECORD_EVERY = 256  # files between two commits of the ingest cache


@dataclass
class _Run:
    """One ingest run that writes: its files and those the store holds resolved in one
    order, each written to the store (in bulk, or in one transaction per file), and to
    the ingest cache how its graphs were written."""

    store: GraphStore
    summary: IngestSummary
    cache: IngestCache | None
    known: dict[str, tuple[str, list[str]]]  # what the store holds by file
    times: dict[str, str | None]  # when each file's graphs were written
    sha_now: dict[Source, str]  # the SHA-256 of the files read so far
    sources: dict[str, Source]  # what stored names stand for (:func:`_held`)
    ingested_at: dt.datetime = field(
        default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0)
    )
    records: dict[str, Written] = field(default_factory=dict)  # written, not yet committed
    bulk_records: dict[str, Written] = field(default_factory=dict)  # recorded once loaded

    def resolve_and_write(
        self,
        todo: list[Source],
        workers: int | None,
        validate: bool,
        curation: Curation | None,
        on_file: Callable[[Source], None] | None,
        stage: Callable[[str], None],
    ) -> None:
        """Resolve ``todo`` and the files the store holds in one order, and write."""
        store, cache, known, sha_now = self.store, self.cache, self.known, self.sha_now
        self.summary.bulk = len(todo) >= BULK_MIN_FILES and store.begin_bulk()
        stage("loading the ontology")
        load_ontology(store)
        again = _held(known, todo, sha_now, self.sources)
        if again:
            stage("resolving again the files the store holds")
        # One order whatever the batches: the same files in, the same graph out.
        order = sorted([*todo, *again], key=source_name)
        keys = assign_keys(order, {file: iris for file, (_, iris) in known.items()})
        parses = None
        if cache is not None:
            # before any of their graphs is written:
            cache.forget(source_name(path) for path in todo)
            for path in todo:
                sha_now.setdefault(path, file_sha256(path) or "")
            parses = _ParseCache(cache, sha_now)
        misses = [p for p in order if not (cache and cache.has_parsed(p, sha_now.get(p)))]
        parallel = workers != 1 and len(misses) >= PARALLEL_MIN_FILES
        stage("starting worker processes" if parallel else "reading files")
        entities = KnownEntities()
        ready = _prepared(
            order, validate, self.ingested_at, workers, entities, curation, keys, parses
        )
        self._write_all(ready, again, on_file, stage)
        if cache is not None:
            cache.keep_only({path: sha_now[path] for path in order if sha_now.get(path)})

    def _write_all(
        self,
        prepared_files: Iterable[PreparedFile],
        again: set[Source],
        on_file: Callable[[Source], None] | None,
        stage: Callable[[str], None],
    ) -> None:
        summary, store = self.summary, self.store
        written = self.cache.written(self.known) if self.cache is not None else {}
        bulk = _BulkWrites(store, summary)
        bulk_graphs: set[str] = set()
        try:
            for number, prepared in enumerate(prepared_files, start=1):
                if number % RECORD_EVERY == 0:
                    self._commit()
                if prepared.path in again:
                    self._again(prepared, written.get(source_name(prepared.path)))
                    continue
                summary.failed.extend(prepared.errors)
                if prepared.errors:
                    summary.refused.append(prepared.path)
                prepared.mapped()
                if summary.bulk and bulk_graphs.isdisjoint(prepared.graph_iris):
                    bulk_graphs.update(prepared.graph_iris)
                    bulk.add(prepared)
                    self.bulk_records[source_name(prepared.path)] = self._written(prepared)
                elif prepared.reports or not prepared.errors:
                    bulk.flush()  # an earlier file's graph is replaced: load it first
                    bulk.wait()
                    self._write(prepared)
                    _count(summary, prepared)
                if on_file:
                    on_file(prepared.path)
                stage("reading files")
            stage("writing the last files")
            bulk.flush()
            bulk.wait()
        finally:
            bulk.close()
            if summary.bulk:
                store.end_bulk()
        self.records.update(self.bulk_records)  # durable now
        self._commit()

    def _again(self, prepared: PreparedFile, written: Written | None) -> None:
        """Rewrite the graphs of a stored file when its resolution changed."""
        if prepared.errors:
            return
        file = source_name(prepared.path)
        sha256, old = self.known[file]
        at = self.times.get(file) or ""
        recorded = written is not None and (written.sha256, written.ingested_at) == (sha256, at)
        if recorded and prepared.digest == written.digest != "":
            if set(old) == set(prepared.graph_iris):
                return  # resolved as when its graphs were written: the same statements
        # Not recorded, or resolved otherwise (or by other code): compared with the store.
        if self.store.holds(prepared.mapped().nquads, old, GENERATED_AT):
            if at:
                self.records[file] = Written(sha256, at, prepared.digest)
            return
        if self.cache is not None:
            self.cache.forget([file])
        self._write(prepared.mapped())
        self.summary.resolved_again.extend(prepared.graph_iris)

    def _write(self, prepared: PreparedFile) -> None:
        """Write one file's graphs in one transaction (dropping those it no longer has)."""
        _, old = self.known.get(source_name(prepared.path), (None, []))
        drop = [iri for iri in old if iri not in prepared.graph_iris]
        self.store.write_graphs(prepared.nquads, prepared.graph_iris, drop)
        if not prepared.errors:
            self.records[source_name(prepared.path)] = self._written(prepared)

    def _written(self, prepared: PreparedFile) -> Written:
        return Written(prepared.sha256, time_text(self.ingested_at), prepared.digest)

    def _commit(self) -> None:
        if self.cache is not None:
            self.cache.record(self.records)
        self.records = {}


def _held(
    known: dict[str, tuple[str, list[str]]],
    todo: list[Source],
    sha_now: dict[Source, str],
    sources: dict[str, Source],
) -> set[Source]:
    """The files of the store other than ``todo`` that are still there as they were
    stored: resolved again with ``todo``, since a report's people depend on the others.
    ``sha_now``: the SHA-256 of files read already; the others' are added.

    ``sources``: what stored names stand for (a fetched document's URL: the document, of
    this run or remembered by the ingest cache). A stored URL not among them, or whose
    saved text is gone or changed, keeps its graphs as they are rather than losing them,
    as does a file gone or changed: its text is not at hand to be resolved again.
    """
    given = set(map(source_name, todo))
    held: set[Source] = set()
    for file, (sha256, _) in known.items():
        path = sources.get(file) or (None if "://" in file else Path(file))
        if file in given or path is None:
            continue
        if path not in sha_now:
            sha_now[path] = file_sha256(path) or ""
        if sha_now[path] == sha256:
            held.add(path)
    return held


def _count(summary: IngestSummary, prepared: PreparedFile) -> None:
    summary.ingested.extend(prepared.reports)
    summary.triples += prepared.triples


class _BulkWrites:
    """Bulk loads of prepared files (into graphs that do not exist yet), a batch at a
    time, each in a thread while this one collects the next batch: Oxigraph lets go of
    the GIL while it loads, and the workers go on preparing files."""

    def __init__(self, store: GraphStore, summary: IngestSummary) -> None:
        self.store = store
        self.summary = summary
        self.batch: list[PreparedFile] = []
        self.quads = 0
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="igfgraph-bulk")
        self._loading: Future[None] | None = None

    def add(self, prepared: PreparedFile) -> None:
        """Add ``prepared`` to the batch; a full batch starts loading."""
        self.batch.append(prepared)
        self.quads += prepared.triples
        if self.quads >= BULK_BATCH_QUADS:
            self.flush()

    def flush(self) -> None:
        """Start loading the batch, once the load before it is done."""
        if not self.batch:
            return
        nquads = "".join(prepared.nquads for prepared in self.batch)
        iris = [iri for prepared in self.batch for iri in prepared.graph_iris]
        for prepared in self.batch:
            _count(self.summary, prepared)
        self.batch, self.quads = [], 0
        self.wait()
        self._loading = self._thread.submit(self.store.write_graphs, nquads, iris, bulk=True)

    def wait(self) -> None:
        """Wait for the load under way; its error, if any, is raised here."""
        loading, self._loading = self._loading, None
        if loading is not None:
            loading.result()

    def close(self) -> None:
        """Wait for the thread to end (also when the run failed)."""
        self._thread.shutdown(wait=True)


def remove_files(store: GraphStore, paths: Iterable[Path | str]) -> dict[Path | str, list[str]]:
    """Drop the report graphs of ``paths`` (files, or folders: every file under them,
    deleted ones included; fetched URLs as strings) in one transaction; the graphs dropped
    for each path."""
    known = ingested_files(store)
    removed = {
        path: [iri for file, (_, iris) in known.items() if _same_file(file, path) for iri in iris]
        for path in paths
    }
    drop = sorted({iri for iris in removed.values() for iri in iris})
    if drop:
        store.write_graphs("", [], drop)
    return removed
