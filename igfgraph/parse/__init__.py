"""From source text to a :class:`~igfgraph.model.Report`: detect the template, then parse.

Each template family is a module with ``detect(source) -> reason | None`` and
``parse(source, reason) -> Report``; the first that recognises the text parses it.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from igfgraph.errors import InputError
from igfgraph.model import Report
from igfgraph.parse import t17
from igfgraph.sources import SourceText

TEMPLATES: tuple[ModuleType, ...] = (t17,)


def detect(source: SourceText) -> tuple[Callable[[SourceText, str], Report], str] | None:
    """The parser for ``source``'s template and the reason it was chosen, or None."""
    for template in TEMPLATES:
        reason = template.detect(source)
        if reason:
            return template.parse, reason
    return None


def parse(source: SourceText) -> Report:
    """Parse ``source``; raise :class:`InputError` when it is in no known template."""
    found = detect(source)
    if found is None:
        raise InputError(
            source.path,
            "no known IGF report template: expected labels such as 'Session Title', "
            "'Chair/Moderator', 'List of Speakers'; check that this is an IGF session report",
        )
    parse_template, reason = found
    return parse_template(source, reason)


__all__ = ["TEMPLATES", "detect", "parse"]
