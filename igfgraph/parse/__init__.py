"""From source text to a :class:`~igfgraph.model.Report`: detect the template, then parse.

Each template family is a module with ``detect(source) -> reason | None`` and
``parse(source, reason) -> Report``; the first that recognises the text parses it.
A family whose files hold many sessions (programme listings) also has
``parse_all(source, reason) -> list[Report]``, one report per session.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from igfgraph.model import Report
from igfgraph.parse import (
    markdown,
    official,
    reader,
    sched,
    sp2017,
    sp2018,
    sp2023,
    t15,
    t16,
    t17,
)
from igfgraph.parse.coverage import keep_unread
from igfgraph.sources import SourceText

TEMPLATES: tuple[ModuleType, ...] = (
    t17,
    t15,
    t16,
    sp2017,
    sp2018,
    sp2023,
    sched,
    official,
    markdown,
)


def _find_template(source: SourceText) -> tuple[ModuleType, str] | None:
    for template in TEMPLATES:
        reason = template.detect(source)
        if reason:
            return template, reason
    return None


def detect(source: SourceText) -> tuple[Callable[[SourceText, str], Report], str] | None:
    """The parser for ``source``'s template and the reason it was chosen, or None."""
    found = _find_template(source)
    return (found[0].parse, found[1]) if found else None


def _template(source: SourceText) -> tuple[ModuleType, str]:
    """The template recognising ``source``, or the cue-driven reader (with a warning)."""
    return _find_template(source) or (reader, reader.REASON)


def parse(source: SourceText) -> Report:
    """Parse ``source``; a document in no known template is read as a generic one."""
    template, reason = _template(source)
    return keep_unread(source, [_parse_with(template, source, reason)])[0]


def parse_all(source: SourceText) -> list[Report]:
    """Every session in ``source``: one report for a report or session page, many for a
    programme listing (each with its ``part``); raise :class:`InputError` as :func:`parse`."""
    template, reason = _template(source)
    if hasattr(template, "parse_all"):
        return keep_unread(source, template.parse_all(source, reason))
    return keep_unread(source, [_parse_with(template, source, reason)])


def _parse_with(template: ModuleType, source: SourceText, reason: str) -> Report:
    return reader.read(source, reason) if template is reader else template.parse(source, reason)


__all__ = ["TEMPLATES", "detect", "parse", "parse_all"]
