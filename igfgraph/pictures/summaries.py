"""What the pictures show of each person, organisation and session, summed once from the
whole store and kept beside it until it changes.

A picture then reads the summaries of what it draws instead of every participation (one
row each, about 100,000 at 10,000 reports). Each kind of summary (:data:`KINDS`) is
computed from the whole store the first time a picture asks for it after the store
changed, with the same functions the pictures used on query rows, and kept under the
store's change stamp (:meth:`igfgraph.store.GraphStore.change_stamp`): in the SQLite file
:data:`SUMMARY_FILE` in the store folder, or in memory for a store in memory or a folder
that cannot be written. A summary is served only while the store's stamp is the one it
was computed at; a store without a stamp (rdflib, SPARQL endpoints, a store on disk
written by another process since it was opened) has no summaries, and its pictures query
what they draw. Only igfgraph changes the stamp: after writing the store folder with
another program (Oxigraph's own server or tools), delete :data:`SUMMARY_FILE`. The
measures of each picture drawn (:meth:`Summaries.measured`) are kept there too, under
the same stamp, so that a picture drawn again is not measured again.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import networkx as nx

from igfgraph.pictures.build import person_attributes, person_organisation_graph
from igfgraph.pictures.filters import organisation_facets, participation_facets
from igfgraph.queries import run_query
from igfgraph.store import GraphStore, Row

SUMMARY_FILE = "igfgraph-summaries.sqlite"
"""The file in the store folder that keeps the summaries."""
WHOLE_ROWS = ("organisation_ties", "civil_society_map", "sessions_by_topic")
"""Queries without parameters whose rows pictures read whole, kept as ``rows:NAME``."""
FORMAT = 1
"""The version of what the kinds hold: summaries kept in another are computed again."""
MEASURES = "measures 1"
"""The entries that keep what a picture measured (:meth:`Summaries.measured`); a change
to the measures changes the number, so that they are measured again."""
_LOOKUP_BATCH = 500
_MAPPED = 1 << 30
"""Bytes of the file SQLite reads through a memory map rather than a read call a page
(the busiest ego's look-ups at 10,000 reports: 56-71 ms to 51-54 ms of CPU)."""
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS stamp (value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS kinds (kind TEXT PRIMARY KEY)",
    "CREATE TABLE IF NOT EXISTS entries (kind TEXT NOT NULL, key TEXT NOT NULL, "
    "value TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID",
)


class WholeRows:
    """The rows of the store's queries without parameters, each query run once for the
    kinds computed together (``person`` and ``network:person-org`` both read every
    participation), by whichever kind asks first while the others wait for it."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._running: dict[str, threading.Lock] = {}
        self._rows: dict[str, list[Row]] = {}

    def __call__(self, name: str) -> list[Row]:
        """The rows of query ``name``."""
        with self._lock:
            running = self._running.setdefault(name, threading.Lock())
        with running:
            if name not in self._rows:
                self._rows[name] = run_query(self.store, name)
            return self._rows[name]


def _people(rows: WholeRows) -> dict[str, Any]:
    """Each person's label and :data:`igfgraph.pictures.build.PERSON_FIELDS`, as
    ``co_speaker_graph`` sets them from the rows of ``people``."""
    return person_attributes(rows("people"))


def _persons(rows: WholeRows) -> dict[str, Any]:
    """Each person's participation facets, and the IRIs and titles of their sessions."""
    participations = rows("participations")
    sessions: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, set[str]] = defaultdict(set)
    for row in participations:
        sessions[row["person_iri"]].add(row["session_iri"])
        titles[row["person_iri"]].add(str(row.get("session_title")))
    return {
        person: {
            "facets": facets,
            "sessions": sorted(sessions[person]),
            "titles": sorted(titles[person]),
        }
        for person, facets in participation_facets(participations).items()
    }


def _sessions(rows: WholeRows) -> dict[str, Any]:
    """Each session's title (as ``topics_of_sessions`` writes it) and topics."""
    found: dict[str, dict[str, Any]] = {}
    for row in rows("session_topics"):
        found.setdefault(row["session_iri"], {"title": row["title"], "topics": []})
        found[row["session_iri"]]["topics"].append(row["label"])
    return found


def _speakers(rows: WholeRows) -> dict[str, Any]:
    """Each speaker's sessions and panels (as ``speakers_by_session`` and
    ``speakers_by_panel`` name them) and names (``speaker_names``)."""
    found: dict[str, dict[str, list[str]]] = defaultdict(
        lambda: {"sessions": [], "panels": [], "names": []}
    )
    for kind, query in (("sessions", "speakers_by_session"), ("panels", "speakers_by_panel")):
        for row in rows(query):
            for person in (row["speakers"] or "").split():
                found[person][kind].append(row["event"])
    for row in rows("speaker_names"):
        found[row["person_iri"]]["names"].append(row["person"])
    return dict(found)


def _event_speakers(query: str) -> Callable[[WholeRows], dict[str, Any]]:
    """Each event's speakers, from the rows of ``query`` (``event, speakers``)."""
    return lambda rows: {row["event"]: row["speakers"] for row in rows(query)}


def _organisations(rows: WholeRows) -> dict[str, Any]:
    """Each organisation's facets, by label (``organisation_facets``)."""
    return organisation_facets(rows("organisation_facets"))


def _person_organisations(rows: WholeRows) -> dict[str, Any]:
    """The network of the person-org picture without parameters, whole
    (``networkx.node_link_data``: its nodes and ties in their order)."""
    return {"": nx.node_link_data(person_organisation_graph(rows("participations")))}


def _whole_rows(name: str) -> Callable[[WholeRows], dict[str, Any]]:
    return lambda rows: {"": rows(name)}


KINDS: dict[str, Callable[[WholeRows], dict[str, Any]]] = {
    "people": _people,
    "person": _persons,
    "session": _sessions,
    "speaker": _speakers,
    "session_speakers": _event_speakers("speakers_by_session"),
    "panel_speakers": _event_speakers("speakers_by_panel"),
    "organisation": _organisations,
    "network:person-org": _person_organisations,
    **{f"rows:{name}": _whole_rows(name) for name in WHOLE_ROWS},
}
"""Each kind of summary, by key (person IRI, session or panel IRI, organisation label;
``""`` for the rows of a whole query or a whole network), and the function that computes
it from the rows of the store's queries."""


class Summaries:
    """The summaries of one store at one change stamp (see :func:`summaries_of`)."""

    def __init__(self, store: GraphStore, stamp: str) -> None:
        self.store, self.stamp = store, stamp
        self._tag = f"{FORMAT} {stamp}"  # what the file says the summaries were made from
        self._loose: dict[str, dict[str, Any]] = {}
        """Kinds computed but not kept (the store changed meanwhile)."""
        self._lock = threading.Lock()  # one connection, used by one thread at a time
        folder = store.folder()
        try:
            self._db = self._connect(str(folder / SUMMARY_FILE) if folder else ":memory:")
        except sqlite3.Error:  # a folder this process cannot write
            self._db = self._connect(":memory:")

    @staticmethod
    def _connect(where: str) -> sqlite3.Connection:
        database = sqlite3.connect(
            where, timeout=120, isolation_level=None, check_same_thread=False
        )
        for statement in _SCHEMA:
            database.execute(statement)
        database.execute(f"PRAGMA mmap_size = {_MAPPED}")
        return database

    def prepare(self, *kinds: str) -> Summaries:
        """Compute the ``kinds`` not kept for this stamp side by side (the embedded store
        evaluates queries outside Python's lock), keep them, and return these summaries."""
        missing = [kind for kind in kinds if kind not in self._loose and not self._kept(kind)]
        if missing:
            rows = WholeRows(self.store)
            with ThreadPoolExecutor(max_workers=len(missing)) as pool:
                computed = list(pool.map(lambda kind: KINDS[kind](rows), missing))
            del rows  # the rows read: only what was computed from them is kept
            for kind, summaries in zip(missing, computed, strict=True):
                self._keep(kind, summaries)
        return self

    def lookup(self, kind: str, keys: Iterable[str] | None = None) -> dict[str, Any]:
        """The summaries of ``kind`` for ``keys`` (all of them: None), by key; computed
        first when they are not kept for this stamp. Keys without one are left out."""
        if kind not in self._loose and not self._kept(kind):
            self._keep(kind, KINDS[kind](WholeRows(self.store)))
        with self._lock:
            return self._read(kind, keys)

    def _read(self, kind: str, keys: Iterable[str] | None) -> dict[str, Any]:
        if kind in self._loose:
            found = self._loose[kind]
            return dict(found) if keys is None else {k: found[k] for k in keys if k in found}
        every = "SELECT key, value FROM entries WHERE kind = ?"
        if keys is None:
            return _decoded(self._db.execute(every, (kind,)))
        wanted = list(dict.fromkeys(keys))
        # counted only as far as the choice needs: a whole count read every value's page
        count = "SELECT COUNT(*) FROM (SELECT 1 FROM entries WHERE kind = ? LIMIT ?)"
        if 2 * len(wanted) > self._db.execute(count, (kind, 2 * len(wanted))).fetchone()[0]:
            chosen = set(wanted)  # most of the kind: one pass beats batches of look-ups
            rows = self._db.execute(every, (kind,))
            return _decoded((key, value) for key, value in rows if key in chosen)
        found: list[tuple[str, str]] = []
        for start in range(0, len(wanted), _LOOKUP_BATCH):
            batch = wanted[start : start + _LOOKUP_BATCH]
            found += self._db.execute(
                "SELECT key, value FROM entries WHERE kind = ? AND key IN "
                f"({', '.join('?' * len(batch))})",
                (kind, *batch),
            )
        return _decoded(found)

    def measured(self, key: str, measure: Callable[[], Any]) -> Any:
        """What ``measure`` gives for ``key`` (a picture and its parameters): measured the
        first time it is asked for at this stamp, then kept as JSON beside the summaries."""
        with self._lock:
            found = self._loose.get(MEASURES, {}).get(key)
            if found is None:
                kept = self._db.execute(
                    "SELECT entries.value FROM entries, stamp WHERE kind = ? AND key = ? "
                    "AND stamp.value = ?",
                    (MEASURES, key, self._tag),
                ).fetchone()
                found = None if kept is None else json.loads(kept[0])
        if found is None:
            found = measure()
            self._keep(MEASURES, {key: found}, whole=False)
        return found

    def rows(self, name: str) -> list[Row]:
        """The rows of the whole query ``name`` (one of :data:`WHOLE_ROWS`)."""
        return self.lookup(f"rows:{name}", [""])[""]

    def network(self, picture: str) -> nx.Graph:
        """The network of ``picture`` without parameters, kept whole (``network:NAME``),
        its nodes and ties in the order they were built in."""
        return nx.node_link_graph(self.lookup(f"network:{picture}", [""])[""])

    def _kept(self, kind: str) -> bool:
        with self._lock:
            return self._holds(kind)

    def _holds(self, kind: str) -> bool:
        found = self._db.execute(
            "SELECT 1 FROM kinds, stamp WHERE kinds.kind = ? AND stamp.value = ?",
            (kind, self._tag),
        )
        return found.fetchone() is not None

    def _keep(self, kind: str, summaries: dict[str, Any], *, whole: bool = True) -> None:
        """Keep ``summaries`` under this stamp, the summaries of another stamp dropped;
        in memory only when the store has changed since. ``whole``: they are all the
        summaries of ``kind`` (else some entries of it, kept beside the others)."""
        if self.store.change_stamp() != self.stamp:
            self._loose.setdefault(kind, {}).update(summaries)
            return
        with self._lock:
            self._write(kind, summaries, whole)

    def _write(self, kind: str, summaries: dict[str, Any], whole: bool) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:  # read-only or busy past the timeout
            self._loose.setdefault(kind, {}).update(summaries)
            return
        try:
            stamps = [value for (value,) in self._db.execute("SELECT value FROM stamp")]
            if stamps != [self._tag]:
                for table in ("entries", "kinds", "stamp"):
                    self._db.execute(f"DELETE FROM {table}")
                self._db.execute("INSERT INTO stamp VALUES (?)", (self._tag,))
            if not self._holds(kind):
                self._db.executemany(
                    "INSERT OR REPLACE INTO entries VALUES (?, ?, ?)",
                    ((kind, key, json.dumps(value)) for key, value in summaries.items()),
                )
                if whole:
                    self._db.execute("INSERT INTO kinds VALUES (?)", (kind,))
            self._db.execute("COMMIT")
        except sqlite3.Error:
            self._db.execute("ROLLBACK")
            self._loose.setdefault(kind, {}).update(summaries)


def _decoded(rows: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """``key, JSON`` rows as a dictionary of the values they hold, the JSON texts decoded
    as one array (a call of ``json.loads`` a value took two to three times as long).

    >>> _decoded([("a", '{"x": [1]}'), ("b", '"y"')])
    {'a': {'x': [1]}, 'b': 'y'}
    """
    keys: list[str] = []
    texts: list[str] = []
    for key, text in rows:
        keys.append(key)
        texts.append(text)
    return dict(zip(keys, json.loads(f"[{','.join(texts)}]"), strict=True))


_OPENED: weakref.WeakKeyDictionary[GraphStore, Summaries] = weakref.WeakKeyDictionary()


def summaries_of(store: GraphStore) -> Summaries | None:
    """The summaries of ``store`` as it is now; None for a store that keeps no change
    stamp (then pictures query what they draw)."""
    stamp = store.change_stamp()
    if stamp is None:
        return None
    opened = _OPENED.get(store)
    if opened is None or opened.stamp != stamp:
        opened = _OPENED[store] = Summaries(store, stamp)
    return opened
