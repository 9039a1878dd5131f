"""What an ingest keeps beside an on-disk store so that a run need not redo the others' work.

Resolution is order-free (:mod:`igfgraph.ingest`): every file the store holds is resolved
again with a run's files. Four tables make that cheap and safe, in one SQLite file in
the store folder:

- *parsed*: each file's reports as parsed (before resolution), by the SHA-256 of its
  bytes, its path and the code that parsed it; a stored file is not read and parsed again.
  A run that writes keeps only the parses of the files it resolved.
- *written*: for each stored file, a digest of the resolved reports its graphs were last
  written from (:func:`resolution_digest`), with the file's SHA-256 and the time of
  writing; a stored file whose resolution gives the same digest is neither mapped to RDF
  again nor compared with the store.
- *settled*: a digest of the files the store held (paths and SHA-256) when a run last
  ended; none while a run is under way. A run given only unchanged files does nothing
  when the store is settled with them, and else resolves the stored files again: a run
  killed after its new files were written, before the graphs of the others were
  rewritten, is finished by the next one.
- *documents*: where each document fetched from the web that a run was given is saved
  (under the crawl's cache folder) and when it was fetched: a run that is not given it
  (``igfgraph ingest`` of files) resolves it again from its saved text, found by its URL.

Nothing here is the truth: a missing or stale entry costs time, never a wrong graph. An
entry of *written* is forgotten (committed) before its file's graphs are written, and
recorded after they are, so that a ``kill -9`` in between leaves no entry. Only the
classes of :mod:`igfgraph.model` are unpickled from the cache.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import pickle
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from igfgraph import model
from igfgraph.errors import StoreError
from igfgraph.model import Report
from igfgraph.sources.document import WebDocument

if TYPE_CHECKING:
    from igfgraph.sources import Source

CACHE_FILE = "igfgraph-ingest-cache.sqlite"
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS parsed (key TEXT PRIMARY KEY, reports BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS written (file TEXT PRIMARY KEY, sha256 TEXT NOT NULL, "
    "ingested_at TEXT NOT NULL, digest TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS settled (one INTEGER PRIMARY KEY CHECK (one = 1), "
    "files TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS documents (url TEXT PRIMARY KEY, saved TEXT NOT NULL, "
    "suffix TEXT NOT NULL, fetched_at TEXT NOT NULL)",
)
_ALLOWED = {("datetime", "date"), ("datetime", "datetime"), ("datetime", "time")}


@cache
def code_digest() -> str:
    """A digest of igfgraph's own code and data: a parse cached by other code is not used."""
    package = Path(model.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def resolution_digest(reports: Iterable[Report], graph_iris: Iterable[str]) -> str:
    """A digest of resolved reports, their graphs and the code that maps them: the same
    digest, the same statements. Every value is pickled in full (no shared references),
    so that equal reports give equal bytes however their objects were built."""
    digest = hashlib.sha256(code_digest().encode())
    for report, graph_iri in zip(reports, graph_iris, strict=True):
        digest.update(graph_iri.encode())
        pickler = pickle.Pickler(_Digest(digest), protocol=5)
        pickler.fast = True  # no memo: a value shared or repeated is written the same
        pickler.dump(report)
    return digest.hexdigest()


class _Digest:
    """A file-like object that feeds what is written to it into a hash."""

    def __init__(self, digest: hashlib._Hash) -> None:
        self.write = digest.update


@dataclass(frozen=True)
class Written:
    """What the graphs of a stored file were last written with."""

    sha256: str  # of the file's bytes
    ingested_at: str  # the time of writing, as the graphs record it
    digest: str  # :func:`statements_digest` of their statements, the time left out


class IngestCache:
    """The cache of one store folder (see the module's docstring)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / CACHE_FILE
        self._db = sqlite3.connect(self.path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        for statement in _SCHEMA:
            self._db.execute(statement)
        self._pending: list[tuple[str, bytes]] = []

    @classmethod
    def open(cls, folder: Path | None) -> IngestCache | None:
        """The cache of ``folder``; None without a folder or when it cannot be opened."""
        if folder is None:
            return None
        try:
            return cls(folder)
        except sqlite3.Error:
            return None  # a cache is an optimisation: a run goes on without it

    def parsed(self, path: Source, sha256: str) -> list[Report] | None:
        """The reports of ``path`` as parsed when its bytes had ``sha256``; None if unknown."""
        row = self._db.execute(
            "SELECT reports FROM parsed WHERE key = ?", (_parse_key(path, sha256),)
        ).fetchone()
        if row is None:
            return None
        try:
            reports = _ModelUnpickler(io.BytesIO(row[0])).load()
        except Exception:  # an entry that cannot be read is no entry
            return None
        if isinstance(reports, list) and all(isinstance(r, Report) for r in reports):
            return reports
        return None

    def has_parsed(self, path: Source, sha256: str | None) -> bool:
        """True when the reports of ``path`` with bytes of ``sha256`` are kept."""
        return (
            sha256 is not None
            and self._db.execute(
                "SELECT 1 FROM parsed WHERE key = ?", (_parse_key(path, sha256),)
            ).fetchone()
            is not None
        )

    def keep_parsed(self, path: Source, sha256: str, reports: list[Report]) -> None:
        """Remember the reports parsed from ``path`` (stored by :meth:`commit`)."""
        self._pending.append((_parse_key(path, sha256), pickle.dumps(reports, protocol=5)))

    def written(self, files: Iterable[str]) -> dict[str, Written]:
        """The last writing of each of ``files`` recorded."""
        wanted = set(files)
        rows = self._db.execute("SELECT file, sha256, ingested_at, digest FROM written")
        return {file: Written(*rest) for file, *rest in rows if file in wanted}

    def forget(self, files: Iterable[str]) -> None:
        """Drop the records of ``files`` and the store's settlement, committed before
        returning: call it before writing their graphs."""
        with self._transaction():
            self._db.executemany("DELETE FROM written WHERE file = ?", [(f,) for f in files])
            self._db.execute("DELETE FROM settled")

    def record(self, records: dict[str, Written], settled: str | None = None) -> None:
        """Record how files were written, with the parses kept, and when ``settled`` is
        given, that the store is settled with those files, in one transaction."""
        with self._transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO written VALUES (?, ?, ?, ?)",
                [(f, w.sha256, w.ingested_at, w.digest) for f, w in records.items()],
            )
            self._db.executemany("INSERT OR REPLACE INTO parsed VALUES (?, ?)", self._pending)
            if settled is not None:
                self._db.execute("INSERT OR REPLACE INTO settled VALUES (1, ?)", (settled,))
        self._pending = []

    def keep_only(self, files: dict[Source, str]) -> None:
        """Drop every parse but those of ``files`` (path -> SHA-256): the parses of files
        changed or gone since, or parsed by other code."""
        keys = [(_parse_key(path, sha256),) for path, sha256 in files.items()]
        with self._transaction():
            self._db.execute("CREATE TEMP TABLE IF NOT EXISTS live (key TEXT PRIMARY KEY)")
            self._db.execute("DELETE FROM live")
            self._db.executemany("INSERT OR IGNORE INTO live VALUES (?)", keys)
            self._db.execute("DELETE FROM parsed WHERE key NOT IN (SELECT key FROM live)")

    def keep_documents(self, documents: Iterable[WebDocument]) -> None:
        """Remember where ``documents`` are saved and when they were fetched (committed)."""
        rows = [(d.url, str(d.saved), d.suffix, d.fetched_at.isoformat()) for d in documents]
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?)", rows)

    def documents(self) -> dict[str, WebDocument]:
        """The fetched documents remembered (:meth:`keep_documents`), by URL."""
        rows = self._db.execute("SELECT url, saved, suffix, fetched_at FROM documents")
        return {
            url: WebDocument(url, Path(saved), suffix, dt.datetime.fromisoformat(at))
            for url, saved, suffix, at in rows
        }

    def settled(self) -> str | None:
        """The files the store was settled with when a run last ended (:func:`settlement`)."""
        row = self._db.execute("SELECT files FROM settled").fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction; an error of SQLite (a full disk) is one line naming the file."""
        try:
            self._db.execute("BEGIN")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            raise StoreError(
                f"{self.path}: cannot write the ingest cache ({error}); what the store holds "
                "is whole, and the cache may be deleted (the next run is slower)"
            ) from None


def settlement(files: dict[str, str]) -> str:
    """A digest of the files a store holds: their paths and the SHA-256 of their bytes."""
    listed = "".join(f"{file}\0{sha256}\n" for file, sha256 in sorted(files.items()))
    return hashlib.sha256(listed.encode()).hexdigest()


def _parse_key(path: Source, sha256: str) -> str:
    return hashlib.sha256(f"{code_digest()}\0{path}\0{sha256}".encode()).hexdigest()


def time_text(ingested_at: dt.datetime) -> str:
    """A time of writing as :class:`Written` keeps it and the store gives it back."""
    return ingested_at.isoformat()


class _ModelUnpickler(pickle.Unpickler):
    """Unpickles the report data classes and dates, nothing else."""

    def find_class(self, module: str, name: str) -> object:
        if module == model.__name__ and isinstance(getattr(model, name, None), type):
            return getattr(model, name)
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a report class")
