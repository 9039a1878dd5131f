"""Who spoke with whom, for everyone, by sparse products instead of SPARQL joins.

With ``P`` the person-by-session matrix of who spoke where, ``P @ P.T`` holds, off its
diagonal, how many sessions each pair shared; the same product over panels counts shared
panels. This gives the rows of ``queries/who_spoke_with_whom.rq`` (same columns, values
and order) from the rows of ``speakers_by_session``, ``speakers_by_panel`` and
``speaker_names``, in a fraction of the time a SPARQL engine takes to join every
session's speakers with each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np
import scipy.sparse as sp

Row = Mapping[str, Any]


def _incidence(events: Iterable[Row], index: dict[str, int]) -> sp.csr_matrix:
    """The 0/1 person-by-event matrix of ``event, speakers`` rows (people added to
    ``index``)."""
    people: list[int] = []
    columns: list[int] = []
    for number, row in enumerate(events):
        for person in (row["speakers"] or "").split():
            people.append(index.setdefault(person, len(index)))
            columns.append(number)
    return _spoke(np.array(people, dtype=np.int64), np.array(columns, dtype=np.int64), len(index))


def _incidence_of(events: list[Sequence[str]]) -> sp.csr_matrix:
    """The 0/1 person-by-event matrix of each person's ``events`` (person k's:
    ``events[k]``), the events numbered as they first come."""
    every = list(chain.from_iterable(events))
    number = {event: place for place, event in enumerate(dict.fromkeys(every))}
    columns = np.fromiter(map(number.__getitem__, every), dtype=np.int64, count=len(every))
    people = np.repeat(np.arange(len(events), dtype=np.int64), [len(found) for found in events])
    return _spoke(people, columns, len(events))


def _spoke(people: np.ndarray, columns: np.ndarray, height: int) -> sp.csr_matrix:
    """The 0/1 matrix with a 1 at each ``(people[k], columns[k])``, ``height`` rows."""
    width = int(columns.max(initial=0)) + 1
    spoke = np.unique(people * width + columns)
    return sp.csr_matrix(
        (np.ones(len(spoke), dtype=np.int64), (spoke // width, spoke % width)),
        shape=(height, width),
    )  # each person once an event, however often the rows name them


def _ranks(values: list[str]) -> np.ndarray:
    """The position of each of ``values`` in their sorted order (equal values, equal rank)."""
    position = {value: rank for rank, value in enumerate(sorted(set(values)))}
    return np.fromiter((position[v] for v in values), dtype=np.int64, count=len(values))


def _shared(incidence: sp.csr_matrix, people: int) -> sp.csr_matrix:
    """How many events each pair of people shared (the diagonal included)."""
    incidence.resize((people, incidence.shape[1]))
    return (incidence @ incidence.T).tocsr()


@dataclass(frozen=True)
class CoSpeakerPairs:
    """The rows of ``who_spoke_with_whom`` as columns, in the query's order: for row k,
    people ``person[k]`` and ``partner[k]`` (numbers of their IRIs in ``iris``), written
    ``person_name[k]`` and ``partner_name[k]``, who shared ``shared_sessions[k]`` sessions
    and ``shared_panels[k]`` panels."""

    iris: np.ndarray
    person: np.ndarray
    partner: np.ndarray
    person_name: np.ndarray
    partner_name: np.ndarray
    shared_sessions: np.ndarray
    shared_panels: np.ndarray

    def rows(self) -> list[dict[str, Any]]:
        """The rows, as the query gives them."""
        columns = (
            self.person_name.tolist(),
            self.partner_name.tolist(),
            self.shared_sessions.tolist(),
            self.shared_panels.tolist(),
            self.iris[self.person].tolist(),
            self.iris[self.partner].tolist(),
        )
        return [
            {
                "person": person,
                "partner": partner,
                "shared_sessions": sessions,
                "shared_panels": panels,
                "person_iri": person_iri,
                "partner_iri": partner_iri,
            }
            for person, partner, sessions, panels, person_iri, partner_iri in zip(
                *columns, strict=True
            )
        ]


def co_speaker_rows(
    sessions: Iterable[Row], panels: Iterable[Row], names: Iterable[Row]
) -> list[dict[str, Any]]:
    """The rows of ``who_spoke_with_whom`` (everyone) from the rows of
    ``speakers_by_session``, ``speakers_by_panel`` and ``speaker_names``.

    Each pair of people who spoke at a session together comes in both directions, once
    per name of each, with ``shared_sessions`` and ``shared_panels``, ordered by person,
    shared panels (most first), partner, then shared sessions and the two IRIs.

    >>> rows = co_speaker_rows(
    ...     [{"event": "s:1", "speakers": "p:a p:b"}, {"event": "s:2", "speakers": "p:a"}],
    ...     [{"event": "s:1/panel/1", "speakers": "p:b p:a"}],
    ...     [{"person_iri": "p:a", "person": "A"}, {"person_iri": "p:b", "person": "B"}],
    ... )
    >>> [(r["person"], r["partner"], r["shared_sessions"], r["shared_panels"]) for r in rows]
    [('A', 'B', 1, 1), ('B', 'A', 1, 1)]
    """
    return co_speaker_pairs(sessions, panels, names).rows()


def co_speaker_pairs(
    sessions: Iterable[Row], panels: Iterable[Row], names: Iterable[Row]
) -> CoSpeakerPairs:
    """The rows of :func:`co_speaker_rows` as columns, without a dictionary a row."""
    index: dict[str, int] = {}
    by_session, by_panel = _incidence(sessions, index), _incidence(panels, index)
    return _pairs(index, by_session, by_panel, names)


def co_speaker_pairs_among(
    events: Mapping[str, tuple[Sequence[str], Sequence[str]]], names: Iterable[Row]
) -> CoSpeakerPairs:
    """The pairs :func:`co_speaker_pairs` gives for the people of ``events`` alone, from
    each one's sessions and panels (``events[person] = (sessions, panels)``) rather than
    from rows of each event's speakers.

    >>> pairs = co_speaker_pairs_among(
    ...     {"p:a": (["s:1", "s:2"], ["s:1/panel/1"]), "p:b": (["s:1"], ["s:1/panel/1"])},
    ...     [{"person_iri": "p:a", "person": "A"}, {"person_iri": "p:b", "person": "B"}],
    ... )
    >>> pairs.rows() == co_speaker_rows(
    ...     [{"event": "s:1", "speakers": "p:a p:b"}, {"event": "s:2", "speakers": "p:a"}],
    ...     [{"event": "s:1/panel/1", "speakers": "p:b p:a"}],
    ...     [{"person_iri": "p:a", "person": "A"}, {"person_iri": "p:b", "person": "B"}],
    ... )
    True
    """
    index = {person: number for number, person in enumerate(events)}
    by_session, by_panel = (
        _incidence_of([found[kind] for found in events.values()]) for kind in (0, 1)
    )
    return _pairs(index, by_session, by_panel, names)


def _pairs(
    index: dict[str, int], by_session: sp.csr_matrix, by_panel: sp.csr_matrix, names: Iterable[Row]
) -> CoSpeakerPairs:
    """The pairs of the people of ``index`` (IRI: row of the person-by-event matrices
    ``by_session`` and ``by_panel``), written as ``speaker_names`` rows ``names`` say."""
    entries = sorted(
        {(index[row["person_iri"]], row["person"]) for row in names if row["person_iri"] in index}
    )  # one entry per name of a person: most have one, a few were written two ways
    owner = np.array([person for person, _ in entries], dtype=np.int64)
    counts = np.bincount(owner, minlength=len(index))
    starts = np.searchsorted(owner, np.arange(len(index)))
    shared = _shared(by_session, len(index)).tocoo()
    keep = (shared.row != shared.col) & (counts[shared.row] > 0) & (counts[shared.col] > 0)
    first, second, session_counts = shared.row[keep], shared.col[keep], shared.data[keep]
    panel_counts = _lookup(_shared(by_panel, len(index)).tocoo(), first, second)
    pair, left, right = _expand(first, second, counts, starts)
    entry_names = np.array([name for _, name in entries], dtype=object)
    iris = np.array(list(index), dtype=object)
    person_of, partner_of = owner[left], owner[right]
    sessions_of, panels_of = session_counts[pair], panel_counts[pair]
    name_rank, iri_rank = _ranks(entry_names.tolist()), _ranks(iris.tolist())
    order = _order(
        name_rank[left],
        panels_of,
        name_rank[right],
        sessions_of,
        iri_rank[person_of],
        iri_rank[partner_of],
    )
    return CoSpeakerPairs(
        iris,
        person_of[order],
        partner_of[order],
        entry_names[left[order]],
        entry_names[right[order]],
        sessions_of[order],
        panels_of[order],
    )


def _lookup(matrix: sp.coo_matrix, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """``matrix[rows[k], columns[k]]`` for every k (0 where it holds nothing)."""
    width = max(matrix.shape[1], 1)
    stored = matrix.row.astype(np.int64) * width + matrix.col
    order = np.argsort(stored)
    stored, data = stored[order], matrix.data[order]
    wanted = rows.astype(np.int64) * width + columns
    at = np.minimum(np.searchsorted(stored, wanted), max(len(stored) - 1, 0))
    found = (stored[at] == wanted) if len(stored) else np.zeros(len(wanted), dtype=bool)
    return np.where(found, data[at] if len(stored) else 0, 0)


def _order(
    person: np.ndarray,
    panels: np.ndarray,
    partner: np.ndarray,
    sessions: np.ndarray,
    person_iri: np.ndarray,
    partner_iri: np.ndarray,
) -> np.ndarray:
    """The row order of ``who_spoke_with_whom`` from the ranks of its columns: person,
    shared panels (most first), partner, shared sessions, person IRI, partner IRI. The
    six keys are packed into two integers (a sort on six keys takes three times longer)."""
    names = int(max(person.max(initial=0), partner.max(initial=0))) + 1
    iris = int(max(person_iri.max(initial=0), partner_iri.max(initial=0))) + 1
    most = int(panels.max(initial=0))
    first = (person * (most + 1) + (most - panels)) * names + partner
    second = (sessions * iris + person_iri) * iris + partner_iri
    return np.lexsort((second, first))


def _expand(
    first: np.ndarray, second: np.ndarray, counts: np.ndarray, starts: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each pair of people, every pair of their name entries: the pair each comes
    from, and its left and right entries."""
    repeats = counts[first] * counts[second]
    pair = np.repeat(np.arange(len(first)), repeats)
    within = np.arange(len(pair)) - np.repeat(np.cumsum(repeats) - repeats, repeats)
    width = counts[second][pair]
    return pair, starts[first][pair] + within // width, starts[second][pair] + within % width
