"""A Report as the JSON-ready dict ``igfgraph parse --format json`` prints (a stable shape),
and back: :func:`report_from_dict` rebuilds the exact Report from it.

The documented keys summarise the report; the ``record`` key holds every field of the
Report (spans, text as written, bases, keys, topics, passages, unparsed lines, labels),
so that ingesting a parse-JSON file gives the graph ingesting the report gives.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from igfgraph import model
from igfgraph.errors import InputError
from igfgraph.model import (
    FieldSpans,
    Organisation,
    Organizer,
    Passage,
    PersonMention,
    Report,
    SourceSpan,
)
from igfgraph.sources import read_bytes

REPORT_JSON_KEY = "igfgraph_report"  # marks a parse-JSON object; its value is the shape's version
REPORT_JSON_SUFFIX = ".igf.json"  # picked up from folders by ingest


def report_to_dict(report: Report) -> dict[str, Any]:
    """``report`` as plain JSON types; keys are only ever added, never removed."""
    session = report.session
    gender = report.gender
    return {
        "source": report.source,
        "variant": report.variant,
        "session": {
            "id": session.id,
            "year": session.year,
            "type": session.type,
            "title": session.title,
            "date": session.date.isoformat() if session.date else None,
            "time": session.time,
            "meeting": session.meeting,
            "title_as_written": session.title_as_written,
            "type_inferred": session.type_inferred,
        },
        "organizers": [_organizer(organizer) for organizer in report.organizers],
        "people": [_person(person) for person in report.people],
        "key_issues": [passage.text for passage in report.key_issues],
        "participants": gender.participants,
        "women": gender.women,
        "women_share": gender.women_share,
        "warnings": list(report.warnings),
        "unparsed": [{"line": item.span.start_line, "text": item.text} for item in report.unparsed],
        "variant_reason": report.variant_reason,
        "encoding": report.encoding,
        "sha256": report.sha256,
        "speakers_reported": gender.speakers_reported,
        "women_speakers_reported": gender.women_speakers_reported,
        "gender_statements": [_passage(passage) for passage in gender.statements],
        "presentations": [passage.text for passage in report.presentations],
        "discussions": [passage.text for passage in report.discussions],
        "way_forward": [passage.text for passage in report.way_forward],
        "organisations_named": [_organisation(o) for o in report.organisations],
        "description": [passage.text for passage in report.description],
        REPORT_JSON_KEY: 1,
        "record": _encode(report),
    }


def report_from_dict(data: dict[str, Any]) -> Report:
    """The Report that :func:`report_to_dict` turned into ``data``."""
    return _decode(Report, data["record"])


def is_report_json_path(path: str | Path) -> bool:
    """True for a ``.json`` file: ingest reads it as ``igfgraph parse --format json`` output."""
    return Path(path).suffix.lower() == ".json"


def is_report_json(data: object) -> bool:
    """True for what ``igfgraph parse --format json`` prints: an object, or a list of them."""
    items = data if isinstance(data, list) else [data]
    return bool(items) and all(
        isinstance(item, dict) and REPORT_JSON_KEY in item and "record" in item for item in items
    )


def read_report_json(path: str | Path) -> list[Report]:
    """The reports of a parse-JSON file; :class:`InputError` when it is not one."""
    try:
        data = json.loads(read_bytes(path))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        line = getattr(error, "lineno", None)
        raise InputError(str(path), f"is not valid JSON ({error}); fix it", line) from None
    if not is_report_json(data):
        raise InputError(
            str(path),
            "is JSON but not what 'igfgraph parse --format json' prints; "
            "give that output or the report itself",
        )
    try:
        return [report_from_dict(item) for item in (data if isinstance(data, list) else [data])]
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(
            str(path), f"holds a damaged report record ({error!r}); parse the report again"
        ) from None


def _encode(value: object) -> Any:
    """Dataclasses as objects of their fields, enums as values, dates in ISO form."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_encode(item) for item in value]
    if isinstance(value, FieldSpans):
        return {"fields": _encode(dict(value)), "replaced": _encode(value.replaced)}
    if isinstance(value, dict):
        return {key: _encode(item) for key, item in value.items()}
    return value


def _decode(kind: Any, value: Any) -> Any:
    """``value`` read back as ``kind`` (a model type hint)."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if value is None:
        return None
    if origin in (types.UnionType, typing.Union):
        choices = [arg for arg in args if arg is not type(None)]
        return _decode(choices[0], value) if len(choices) == 1 else value  # int | str: as is
    if origin is list:
        return [_decode(args[0], item) for item in value]
    if origin is tuple:
        return tuple(_decode(args[0], item) for item in value)
    if origin is dict:
        return {key: _decode(args[1], item) for key, item in value.items()}
    if kind is FieldSpans:
        spans = FieldSpans()
        spans.replaced.extend(_decode(list[SourceSpan], value["replaced"]))
        dict.update(spans, _decode(dict[str, SourceSpan], value["fields"]))
        return spans
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind, vars(model))
        return kind(**{name: _decode(hints[name], item) for name, item in value.items()})
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    return value


def _organisation(organisation: Organisation | None) -> dict[str, Any]:
    if organisation is None:
        return {"org": None, "org_acronym": None}
    return {"org": organisation.name, "org_acronym": organisation.acronym}


def _organizer(organizer: Organizer) -> dict[str, Any]:
    return {
        "name": organizer.person_name,
        **_organisation(organizer.organisation),
        "stakeholder_group": _value(organizer.stakeholder_group),
        "line": organizer.span.start_line,
    }


def _person(person: PersonMention) -> dict[str, Any]:
    return {
        "name": person.name,
        "role": person.role.value,
        "panel": person.panel,
        **_organisation(person.organisation),
        "stakeholder_group": _value(person.stakeholder_group),
        "title": person.title,
        "stakeholder_group_basis": _value(person.stakeholder_group_basis),
        "name_as_written": person.name_as_written,
        "in_prose": person.in_prose,
        "turns": person.turns,
        "words_spoken": person.words_spoken,
        "line": person.span.start_line,
    }


def _passage(passage: Passage) -> dict[str, Any]:
    return {"text": passage.text, "line": passage.span.start_line}


def _value(member: StrEnum | None) -> str | None:
    return member.value if member is not None else None
