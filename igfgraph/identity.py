"""Identities below every stage that names things: a report's path under ``id:report/``.

A report's identity is its *key*: the slug of its file's name, unless another file of the
store (or of the same run) already has that key, then the slug and a short hash of the
file's path (``report--3f2a9c1e``): two folders each holding ``report.txt``, or
``Report!.txt`` beside ``report.txt``, are two reports. A file keeps the key it was first
stored under, whatever folder it is ingested from later. A file holding several sessions
gives each its part: ``<key>/<session id slug>``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path, PureWindowsPath

from igfgraph.model import Report
from igfgraph.vocab import slug


def stem_key(source: str) -> str:
    """The key a file gets when no other file has it: the slug of its name's stem."""
    return slug(PureWindowsPath(source).stem)


def report_path(report: Report) -> str:
    """The report's path under ``id:report/``: its key, and its part in a listing."""
    key = report.key or stem_key(report.source)
    return f"{key}/{report.part}" if report.part else key


def key_of_graph(graph_iri: str) -> str:
    """The key in a report graph's IRI (``.../report/<key>[/<part>]``)."""
    return graph_iri.split("/report/", 1)[1].split("/", 1)[0]


def assign_keys(files: Iterable[Path], stored: dict[str, list[str]]) -> dict[Path, str]:
    """A key for each of ``files``: the one its graphs have in the store (``stored``: file
    -> its graph IRIs), else its stem's slug when no other file has it, else the slug and
    a hash of the file's path."""
    taken = {key_of_graph(iri): file for file, iris in stored.items() for iri in iris[:1]}
    keys: dict[Path, str] = {}
    for path in files:
        if stored.get(str(path)):
            keys[path] = key_of_graph(stored[str(path)][0])
            continue
        key = stem_key(str(path))
        if taken.get(key, str(path)) != str(path):
            digest = hashlib.sha256(str(path.absolute()).encode("utf-8")).hexdigest()[:8]
            key = f"{key}--{digest}"
        taken[key] = str(path)
        keys[path] = key
    return keys
