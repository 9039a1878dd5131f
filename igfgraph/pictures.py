"""Named pictures: which queries feed which network, ready for :mod:`igfgraph.viz`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import networkx as nx

from igfgraph.errors import QueryError
from igfgraph.network import co_speaker_graph, organisation_graph
from igfgraph.queries import run_query
from igfgraph.store import GraphStore


@dataclass(frozen=True)
class Picture:
    """A picture users ask for by name."""

    title: str
    build: Callable[[GraphStore, dict[str, str]], nx.Graph]


def _co_speakers(store: GraphStore, params: dict[str, str]) -> nx.Graph:
    return co_speaker_graph(
        run_query(store, "who_spoke_with_whom", params), run_query(store, "people")
    )


def _org_ties(store: GraphStore, params: dict[str, str]) -> nx.Graph:
    return organisation_graph(run_query(store, "organisation_ties", params))


PICTURES: dict[str, Picture] = {
    "co-speakers": Picture("Who spoke with whom", _co_speakers),
    "org-ties": Picture("Ties between organisations", _org_ties),
}


def picture_graph(
    store: GraphStore, name: str, params: dict[str, str] | None = None
) -> tuple[str, nx.Graph]:
    """The title and network of the picture called ``name``."""
    if name not in PICTURES:
        raise QueryError(f"no picture named {name!r}; pictures: {', '.join(PICTURES)}")
    picture = PICTURES[name]
    return picture.title, picture.build(store, params or {})
