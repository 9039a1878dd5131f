"""Named pictures: which queries feed which network, ready for :mod:`igfgraph.pictures.render`.

Every picture takes the parameters of its query and, for any picture, the filters
of :func:`igfgraph.pictures.filters.filter_graph` as comma-separated values
(``years=2017,2018``, ``roles=moderator``); each node carries the metrics of
:func:`igfgraph.pictures.measures.add_metrics`.
"""

from __future__ import annotations

import gc
import json
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

import networkx as nx
import pyoxigraph as ox
from networkx.classes.reportviews import DegreeView, EdgeView

from igfgraph.errors import QueryError
from igfgraph.pictures.build import (
    civil_society_graph,
    co_speaker_network,
    organisation_graph,
    person_organisation_graph,
    topic_session_graph,
)
from igfgraph.pictures.filters import (
    FILTERS,
    filter_graph,
    organisation_facets,
    participation_facets,
    topic_facets,
    topics_by_title,
    topics_facet,
    values,
)
from igfgraph.pictures.measures import add_metrics, node_metrics
from igfgraph.pictures.summaries import Summaries, summaries_of
from igfgraph.pictures.ties import Ties
from igfgraph.queries import did_you_mean, known_value, load_query, run_query, run_query_for
from igfgraph.queries.cospeaking import CoSpeakerPairs, co_speaker_pairs, co_speaker_pairs_among
from igfgraph.store import GraphStore, Row

Network = tuple[nx.Graph, Ties | None]
"""A picture's graph, and its ties when the build knows them (else the measures read them
from the graph)."""


class PictureGraph(nx.Graph):
    """A picture's graph: an ``nx.Graph`` that makes its ``edges`` and ``degree`` views
    afresh at each reading instead of keeping them on itself.

    A kept view refers back to its graph, a cycle: a picture thrown away after its ties
    were read is freed only by a full run of the cyclic collector, which a build's
    :func:`_promote_young` leaves to CPython's own rule, seldom while pictures are built one
    after another (one graph more alive a build, 40 busiest and other egos in a row). Free
    of the cycle, reference counting frees it when it is let go. A view costs two
    attribute writes.
    """

    @property
    def edges(self) -> EdgeView:  # type: ignore[override]
        """The ties, as ``nx.Graph.edges``."""
        return EdgeView(self)

    @property
    def degree(self) -> DegreeView:  # type: ignore[override]
        """The degrees, as ``nx.Graph.degree``."""
        return DegreeView(self)


def _as_picture_graph(graph: nx.Graph) -> nx.Graph:
    """``graph`` as a :class:`PictureGraph` (its class changed in place, its data kept),
    when it is a plain ``nx.Graph``; views it already keeps are dropped."""
    if type(graph) is nx.Graph:
        graph.__dict__.pop("edges", None)
        graph.__dict__.pop("degree", None)
        graph.__class__ = PictureGraph
    return graph


@dataclass(frozen=True)
class Picture:
    """A picture users ask for by name."""

    title: str
    """May name query parameters: ``"Who spoke with {person}"``."""
    build: Callable[[GraphStore, dict[str, str]], Network]
    query: str
    """The named query whose parameters the picture takes."""
    extra: tuple[str, ...] = ()
    """Parameters of the picture itself, besides its query's and the filters."""


def _co_speakers(store: GraphStore, params: dict[str, str]) -> Network:
    summaries = summaries_of(store)
    if summaries is None or params:
        return _annotated(store, run_query(store, "who_spoke_with_whom", params))
    summaries.prepare(*SPEAKER_KINDS, *PERSON_KINDS)
    speakers = summaries.lookup("speaker")
    return _annotated(
        store,
        co_speaker_pairs(
            _event_rows(summaries, "session_speakers", None),
            _event_rows(summaries, "panel_speakers", None),
            _name_rows(speakers),
        ),
    )


SPEAKER_KINDS = ("speaker", "session_speakers", "panel_speakers")
"""The summaries of who spoke where (see :mod:`igfgraph.pictures.summaries`)."""
PERSON_KINDS = ("people", "person", "rows:sessions_by_topic")
"""The summaries the co-speaker picture shows of each person."""


def _event_rows(summaries: Summaries, kind: str, events: list[str] | None) -> list[Row]:
    """``event, speakers`` rows of the events of ``kind`` (``session_speakers`` or
    ``panel_speakers``) asked for (all: None)."""
    found = summaries.lookup(kind, events)
    return [{"event": event, "speakers": speakers} for event, speakers in found.items()]


def _name_rows(speakers: dict[str, dict]) -> list[Row]:
    """``speaker_names`` rows of the people of ``speakers`` (summaries of kind ``speaker``)."""
    return [
        {"person_iri": iri, "person": name}
        for iri, speaker in speakers.items()
        for name in speaker["names"]
    ]


def _sessions_of(store: GraphStore, summaries: Summaries | None, people: list[str]) -> list[Row]:
    """The rows of ``sessions_of_people`` for ``people``: from the store's summaries, else
    from the query."""
    if summaries is None:
        return run_query_for(store, "sessions_of_people", "person_iri", people)
    speakers = summaries.lookup("speaker", people)
    wanted = sorted({event for speaker in speakers.values() for event in speaker["sessions"]})
    return _event_rows(summaries, "session_speakers", wanted)


def _pairs_among(
    store: GraphStore, summaries: Summaries | None, people: list[str]
) -> CoSpeakerPairs:
    """Who of ``people`` spoke with whom of them, counted over the sessions and panels
    where they spoke (``co_speaker_pairs``): from the store's summaries of ``people``,
    else from queries that start from them."""
    if summaries is None:
        within = set(people)
        sessions, panels, names = (
            run_query_for(store, query, "person_iri", people)
            for query in ("sessions_of_people", "panels_of_people", "speaker_names")
        )
        return co_speaker_pairs(_only(sessions, within), _only(panels, within), names)
    speakers = summaries.lookup("speaker", people)
    events = {person: (found["sessions"], found["panels"]) for person, found in speakers.items()}
    return co_speaker_pairs_among(events, _name_rows(speakers))


def _only(rows: list[Row], people: set[str]) -> list[Row]:
    """``event, speakers`` rows with only the speakers of ``people``."""
    return [
        {
            "event": row["event"],
            "speakers": " ".join(p for p in values_of_speakers(row) if p in people),
        }
        for row in rows
    ]


def _annotated(store: GraphStore, pairs: list[Row] | CoSpeakerPairs) -> Network:
    """The co-speaker network of ``pairs`` (who_spoke_with_whom rows), its people
    annotated with their groups, organisations, roles, years and topics: from the
    store's summaries, else from every participation."""
    summaries = summaries_of(store)
    if summaries is None:
        graph, ties = co_speaker_network(pairs, run_query(store, "people"))
        participations = run_query(store, "participations")
        nx.set_node_attributes(graph, participation_facets(participations))
        topics = topic_facets(participations, run_query(store, "sessions_by_topic"))
        nx.set_node_attributes(graph, topics)
        return graph, ties
    summaries.prepare(*PERSON_KINDS)
    graph, ties = co_speaker_network(pairs)
    nx.set_node_attributes(graph, summaries.lookup("people", graph))
    persons = summaries.lookup("person", graph)
    nx.set_node_attributes(graph, {iri: person["facets"] for iri, person in persons.items()})
    by_title = topics_by_title(summaries.rows("sessions_by_topic"))
    nx.set_node_attributes(graph, _topics_of(persons, by_title))
    return graph, ties


def _topics_of(
    persons: dict[str, dict], by_title: dict[str, set[str]]
) -> dict[str, dict[str, str]]:
    """``topic_facets`` of the people of ``persons`` (summaries of kind ``person``): the
    topics of the titles of their sessions (``by_title``, see ``topics_by_title``)."""
    return topics_facet(
        {
            iri: set().union(*(by_title.get(title, ()) for title in person["titles"]))
            for iri, person in persons.items()
        }
    )


def _ego_facets(
    store: GraphStore, summaries: Summaries | None, members: list[str]
) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """The participation facets of ``members`` and their topics, those of the sessions
    they took part in: from the store's summaries, else from their participations."""
    if summaries is None:
        participations = run_query_for(store, "participations", "person_iri", members)
        sessions = sorted({row["session_iri"] for row in participations})
        topic_rows = run_query_for(store, "topics_of_sessions", "session_iri", sessions)
        return participation_facets(participations), topic_facets(participations, topic_rows)
    persons = summaries.lookup("person", members)
    sessions = sorted({session for person in persons.values() for session in person["sessions"]})
    by_title: dict[str, set[str]] = defaultdict(set)  # as topics_by_title reads a title
    for session in summaries.lookup("session", sessions).values():
        for title in values(str(session["title"])):
            by_title[title].update(map(str, session["topics"]))
    facets = {iri: person["facets"] for iri, person in persons.items()}
    return facets, _topics_of(persons, by_title)


EGO_DEPTHS = (1, 2, 3)
"""How many degrees of separation an ego picture may reach (``depth``, default 1)."""


def _ego(store: GraphStore, params: dict[str, str]) -> Network:
    """The person called ``params["person"]`` (any case), the people up to ``depth``
    degrees of separation from them (1: their co-speakers) and the ties among them.

    Reads only what it draws: who has that name and spoke with anyone (the people
    who-spoke-with-whom gives rows for, ``people_with_partners``), then the sessions,
    panels, names and participations of the people in the picture, from the store's
    summaries of those people, else each a query that starts from them. Nodes carry
    ``ring`` (0 for the person, 1 for their co-speakers, ...) and the person ``ego`` = True.
    """
    if "person" not in params:
        raise QueryError("ego: missing parameter person (write --param person=NAME)")
    depth = _depth(params.pop("depth", "1"))
    name = known_value(store, "person", ox.Literal(params.pop("person"))).value
    egos = {row["person_iri"] for row in run_query(store, "people_with_partners", {"person": name})}
    if not egos:
        raise QueryError(
            f"ego: nobody called {name!r} spoke with anyone; "
            "see the names with 'igfgraph query people'"
        )
    summaries = summaries_of(store)
    if summaries is not None:
        summaries.prepare(*SPEAKER_KINDS, "person", "session")
    ring = dict.fromkeys(sorted(egos), 0)
    frontier: list[str] = sorted(egos)
    for distance in range(1, depth + 1):
        found = _sessions_of(store, summaries, frontier)
        met = {speaker for row in found for speaker in values_of_speakers(row)}
        frontier = sorted(met - set(ring))
        ring |= dict.fromkeys(frontier, distance)
    members = sorted(ring)
    graph, ties = co_speaker_network(_pairs_among(store, summaries, members))
    for facets in _ego_facets(store, summaries, members):
        nx.set_node_attributes(graph, facets)
    nx.set_node_attributes(graph, {node: ring[node] for node in graph}, "ring")
    nx.set_node_attributes(graph, dict.fromkeys(egos & set(graph), True), "ego")
    return graph, ties


def values_of_speakers(row: Row) -> list[str]:
    """The speaker IRIs of a ``speakers_by_session`` row."""
    return (row["speakers"] or "").split()


def _depth(text: str) -> int:
    """The ``depth`` parameter of an ego picture as a number of :data:`EGO_DEPTHS`."""
    if text.strip() not in {str(depth) for depth in EGO_DEPTHS}:
        raise QueryError(
            f"ego: depth {text!r} is not one of {', '.join(map(str, EGO_DEPTHS))} "
            "(degrees of separation from the person)"
        )
    return int(text)


def _side_by_side(store: GraphStore, *queries: tuple[str, dict[str, str]]) -> list[list[Row]]:
    """The rows of each ``(query, params)``, the queries run side by side (the embedded
    store evaluates them outside Python's lock)."""
    with ThreadPoolExecutor(max_workers=len(queries)) as pool:
        return list(pool.map(lambda query: run_query(store, *query), queries))


def _org_ties(store: GraphStore, params: dict[str, str]) -> Network:
    """Organisations tied by sessions and panels, each with the facets of its
    participations, read grouped by organisation (``organisation_facets``): everyone's
    beside everyone's ties, or, for the ties of one organisation (``org``), only those of
    the organisations drawn. From the store's summaries, when it keeps them."""
    summaries = summaries_of(store)
    if summaries is not None:
        whole = not params
        summaries.prepare("organisation", *(["rows:organisation_ties"] if whole else []))
        ties = (
            summaries.rows("organisation_ties")
            if whole
            else run_query(store, "organisation_ties", params)
        )
        graph = organisation_graph(ties)
        nx.set_node_attributes(graph, summaries.lookup("organisation", graph))
        return graph, None
    if params:
        ties = run_query(store, "organisation_ties", params)
        drawn = sorted({row[column] for row in ties for column in ("org_iri", "partner_iri")})
        facet_rows = run_query_for(store, "organisation_facets", "organisation_iri", drawn)
    else:
        ties, facet_rows = _side_by_side(
            store, ("organisation_ties", params), ("organisation_facets", {})
        )
    graph = organisation_graph(ties)
    facets = organisation_facets(facet_rows)
    nx.set_node_attributes(graph, {node: facets[node] for node in graph if node in facets})
    return graph, None


def _topics(store: GraphStore, params: dict[str, str]) -> Network:
    return topic_session_graph(run_query(store, "sessions_by_topic", params)), None


def _person_org(store: GraphStore, params: dict[str, str]) -> Network:
    """People and the organisations they took part for: everyone's network as the store's
    summaries keep it whole, else (one person's, or a store without summaries) built from
    the participations."""
    summaries = summaries_of(store)
    if summaries is None or params:
        return person_organisation_graph(run_query(store, "participations", params)), None
    return summaries.network("person-org"), None


def _civil_society_map(store: GraphStore, params: dict[str, str]) -> Network:
    summaries = summaries_of(store)
    if summaries is None:
        return civil_society_graph(
            *_side_by_side(store, ("organisation_ties", {}), ("civil_society_map", params))
        ), None
    summaries.prepare("rows:organisation_ties", *([] if params else ["rows:civil_society_map"]))
    members = (
        run_query(store, "civil_society_map", params)
        if params
        else summaries.rows("civil_society_map")
    )
    return civil_society_graph(summaries.rows("organisation_ties"), members), None


class _CollectorPause:
    """Pauses CPython's cyclic garbage collector while pictures are built, then lets it
    run as before once the last one is done (pictures may be built in several threads).

    A picture's build makes hundreds of thousands of dictionaries and lists that all live
    on (the graph's attributes, the summaries read), and each pass of the collector walks
    them all again: a fifth to a third of the build at 10,000 reports. Reference counting
    still frees what the build throws away; only cycles wait for the collector.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._building = 0
        self._was_enabled = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if not self._building:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._building += 1
        try:
            yield
        finally:
            with self._lock:
                self._building -= 1
                if not self._building and self._was_enabled:
                    _promote_young()
                    gc.enable()


def _promote_young() -> None:
    """Moves every tracked object into the oldest generation and sets the young counts
    to zero, without walking them (``gc.freeze`` then ``gc.unfreeze``: two list splices).

    Paused, the collector still counts what a build allocates, so re-enabled it would
    collect the young generations at the next allocation, inside the build: all the
    build's objects walked, 0.5-0.6 s after the busiest ego at 10,000 reports. Promoted,
    they are walked only by the full collections CPython runs between builds by its own
    rule, which also free the cycles a build leaves (a networkx graph whose ``edges`` view
    has been read). Skipped when the program has frozen objects of its own, which
    ``unfreeze`` would let go.
    """
    if gc.get_freeze_count():
        return
    gc.freeze()
    gc.unfreeze()


collector_paused = _CollectorPause()
"""``with collector_paused():`` builds a picture with the cyclic collector paused."""


PICTURES: dict[str, Picture] = {
    "co-speakers": Picture("Who spoke with whom", _co_speakers, "who_spoke_with_whom"),
    "ego": Picture("Who spoke with {person}", _ego, "who_spoke_with_whom", ("depth",)),
    "org-ties": Picture("Ties between organisations", _org_ties, "organisation_ties"),
    "person-org": Picture(
        "People and the organisations they took part for", _person_org, "participations"
    ),
    "civil-society-map": Picture(
        "Civil society and its partners", _civil_society_map, "civil_society_map"
    ),
    "topics": Picture("Topics and the sessions that speak of them", _topics, "sessions_by_topic"),
}


def picture_graph(
    store: GraphStore, name: str, params: dict[str, str] | None = None
) -> tuple[str, nx.Graph]:
    """The title and network of the picture called ``name``, filtered and measured.

    ``params`` holds the picture's query parameters and any :data:`FILTERS`
    (comma-separated values). The measures are kept beside the store's summaries, when
    it keeps them, and read from there while the store stays as it is. Built with the
    cyclic garbage collector paused (:data:`collector_paused`).
    """
    if name not in PICTURES:
        raise QueryError(f"no picture named {name!r}{did_you_mean(name, list(PICTURES))}")
    picture = PICTURES[name]
    accepted = [*load_query(picture.query).parameters, *picture.extra, *FILTERS]
    for key in params or {}:
        if key not in accepted:
            raise QueryError(f"{name}: no parameter {key!r}{did_you_mean(key, accepted)}")
    query_params = {key: value for key, value in (params or {}).items() if key not in FILTERS}
    filters = {
        key: [part.strip() for part in value.split(",") if part.strip()]
        for key, value in (params or {}).items()
        if key in FILTERS
    }
    with collector_paused():
        return _measured(store, name, params or {}, query_params, filters)


def _measured(
    store: GraphStore,
    name: str,
    params: dict[str, str],
    query_params: dict[str, str],
    filters: dict[str, list[str]],
) -> tuple[str, nx.Graph]:
    """The title and network of the picture called ``name`` (see :func:`picture_graph`),
    built with the query parameters, filtered, and measured."""
    picture = PICTURES[name]
    summaries = summaries_of(store)  # before the picture: its stamp is the one drawn
    graph, ties = picture.build(store, dict(query_params))
    graph = _as_picture_graph(graph)
    for key, chosen in filters.items():
        known = sorted(
            {
                value
                for _, attrs in graph.nodes(data=True)
                for value in values(attrs.get(FILTERS[key]))
            }
        )
        for value in chosen:
            if value not in known:
                raise QueryError(
                    f"{name}: no {key} {value!r} in this picture{did_you_mean(value, known)}"
                )
    if filters:
        graph, ties = filter_graph(graph, **filters), None
    title = picture.title.format_map(query_params)
    if summaries is None:
        return title, add_metrics(graph, ties=ties)
    drawn = [name, sorted(params.items()), len(graph), graph.number_of_edges()]
    measured = summaries.measured(json.dumps(drawn), lambda: node_metrics(graph, ties=ties))
    return title, add_metrics(graph, measured=measured)
