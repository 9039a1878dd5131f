"""A Report as the JSON-ready dict ``igfgraph parse --format json`` prints (a stable shape)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from igfgraph.model import Organisation, Organizer, Passage, PersonMention, Report


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
    }


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
        "line": person.span.start_line,
    }


def _passage(passage: Passage) -> dict[str, Any]:
    return {"text": passage.text, "line": passage.span.start_line}


def _value(member: StrEnum | None) -> str | None:
    return member.value if member is not None else None
