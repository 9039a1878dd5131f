"""Identities below every stage that names things: the keys of reports, sessions, people
and organisations, and the IRIs under ``id:`` they stand for.

The parser, the resolve stage and the RDF mapping all take their keys from here, so an IRI
is minted one way only; nothing here imports rdflib (IRIs are plain strings).

A report's identity is its *key*: the slug of its file's name, unless another file of the
store (or of the same run) already has that key, then the slug and a short hash of the
file's path (``report--3f2a9c1e``): two folders each holding ``report.txt``, or
``Report!.txt`` beside ``report.txt``, are two reports. A file keeps the key it was first
stored under, whatever folder it is ingested from later. A file holding several sessions
gives each its part: ``<key>/<session id slug>``.

A session is ``id:session/<meeting slug>-<session id slug>`` (its title's slug when it
has no id); a person ``id:person/<key>`` (the resolve stage's key, else the slug of the
clean name); an organisation ``id:org/<key>`` (the resolve stage's key, else the slug of
its full name, else ``acronym-<acronym slug>``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TypeVar
from urllib.parse import urlsplit

from igfgraph.model import Organisation, Organizer, PersonMention, Report

ID = "https://w3id.org/igfgraph/id/"
"""Where every node igfgraph mints lives (``id:``)."""
REPORT = f"{ID}report/"
SESSION = f"{ID}session/"
MEETING = f"{ID}meeting/"
PERSON = f"{ID}person/"
ORGANISATION = f"{ID}org/"

# Letters that Unicode decomposition does not fold to ASCII.
_FOLD = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i"}
)
_NOT_WORD = re.compile(r"[\W_]+")
T = TypeVar("T")


@lru_cache(maxsize=1 << 16)  # the same names and organisations recur
def slug(text: str) -> str:
    """``text`` as an IRI path segment: diacritics folded, lower case, words joined by ``-``.

    Letters with no ASCII form (Chinese, Arabic, ...) are kept, so no name slugs to "".

    >>> slug("Maryant Fernández"), slug("WS #186"), slug("Day 0 Event")
    ('maryant-fernandez', 'ws-186', 'day-0-event')
    """
    folded = text.lower().translate(_FOLD)
    if not folded.isascii():  # ASCII has nothing to decompose
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub("-", folded).strip("-")


def key_in(iri: object, prefix: str) -> str:
    """The key an IRI under ``prefix`` names (``id:person/kathy-brown`` -> ``kathy-brown``);
    the slug of anything else.

    >>> key_in(PERSON + "kathy-brown", PERSON), key_in("Kathy Brown", PERSON)
    ('kathy-brown', 'kathy-brown')
    """
    text = str(iri)
    return text[len(prefix) :] if text.startswith(prefix) else slug(text)


# Reports


def stem_key(source: str) -> str:
    """The key a file gets when no other file has it: the slug of its name's stem; for a
    URL, the slug of its path and query (``https://host/igf-2019/ws-12`` -> ``igf-2019-ws-12``).
    """
    if source.lower().startswith(("http://", "https://")):
        parts = urlsplit(source)
        path = PurePosixPath(parts.path)
        return slug(f"{path.parent}/{path.stem} {parts.query}") or slug(parts.netloc)
    return slug(PureWindowsPath(source).stem)


def report_path(report: Report) -> str:
    """The report's path under ``id:report/``: its key, and its part in a listing."""
    key = report.key or stem_key(report.source)
    return f"{key}/{report.part}" if report.part else key


def report_iri(report: Report) -> str:
    """``id:report/<key>[/<part>]``: the report, and the IRI of its named graph."""
    return f"{REPORT}{report_path(report)}"


def path_of_report(graph_iri: object) -> str:
    """The path under ``id:report/`` of a report graph's IRI (``<key>[/<part>]``)."""
    return str(graph_iri).split("/report/", 1)[-1]


def key_of_graph(graph_iri: str) -> str:
    """The key in a report graph's IRI (``.../report/<key>[/<part>]``)."""
    return graph_iri.split("/report/", 1)[1].split("/", 1)[0]


def assign_keys(files: Iterable[T], stored: dict[str, list[str]]) -> dict[T, str]:
    """A key for each of ``files`` (paths, or fetched documents whose ``str`` is their
    URL): the one its graphs have in the store (``stored``: file -> its graph IRIs), else
    its stem's slug when no other file has it, else the slug and a hash of the file's path
    (or URL)."""
    taken = {key_of_graph(iri): file for file, iris in stored.items() for iri in iris[:1]}
    keys: dict[T, str] = {}
    for path in files:
        name = str(path)
        if stored.get(name):
            keys[path] = key_of_graph(stored[name][0])
            continue
        key = stem_key(name)
        if taken.get(key, name) != name:
            where = str(path.absolute()) if isinstance(path, Path) else name
            digest = hashlib.sha256(where.encode("utf-8")).hexdigest()[:8]
            key = f"{key}--{digest}"
        taken[key] = name
        keys[path] = key
    return keys


# Meetings and sessions


def meeting_name(report: Report) -> str | None:
    """The annual meeting's name ("IGF 2017"), from the report or from its year."""
    session = report.session
    if session.meeting:
        return session.meeting
    return f"IGF {session.year}" if session.year else None


def meeting_iri(name: str) -> str:
    """``id:meeting/igf-2017`` for the meeting named ``name``."""
    return f"{MEETING}{slug(name)}"


def session_iri(report: Report) -> str:
    """``id:session/igf-2017-ws-186``, or ``igf-2017-<title slug>`` when there is no id."""
    session = report.session
    prefix = slug(meeting_name(report) or "igf")
    key = session.id or session.title or report.key or stem_key(report.source)
    return f"{SESSION}{prefix}-{slug(key)}"


# People and organisations


def person_key(party: PersonMention | Organizer) -> str:
    """The key the resolve stage gave the person, else the slug of the clean name."""
    name = party.name if isinstance(party, PersonMention) else str(party.person_name)
    return party.person_key or slug(name)


def person_iri(key: str) -> str:
    """``id:person/<key>``."""
    return f"{PERSON}{key}"


def organisation_key(organisation: Organisation) -> str:
    """The key the resolve stage gave it, else its full name, else ``acronym-<acronym>``."""
    if organisation.key:
        return organisation.key
    if organisation.name:
        return slug(organisation.name)
    if organisation.acronym:
        return f"acronym-{slug(organisation.acronym)}"
    return slug(organisation.as_written)


def organisation_iri(organisation: Organisation) -> str:
    """``id:org/internet-society`` or ``id:org/acronym-cig``."""
    return f"{ORGANISATION}{organisation_key(organisation)}"
