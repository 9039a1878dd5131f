"""From source text to :class:`~igfgraph.model.Report`s: recognise the family, then read.

Every document is read by one cue-driven reader (:mod:`igfgraph.parse.reader`). A
template family is a module of :mod:`igfgraph.parse.families` with ``detect(source) ->
reason | None`` and a ``PROFILE`` telling the reader its variant name and priors (a
session page's dropped role labels, a template's header line). The first family that
recognises the text wins: the reporting templates come first because their labels are
the most specific (a 2017 report also has ``Moderator:`` lines, which session pages
share); session pages before listings (a page holds one session id, a listing several);
official reports and Markdown last, as their signs (numbered sections, ``#`` headings)
appear in other families too. A document no
family recognises is read with no profile: by its cues alone, as one session or, when it
holds several session ids or time slots, as a listing.
"""

from __future__ import annotations

from types import ModuleType

from igfgraph.model import Report
from igfgraph.parse import reader
from igfgraph.parse.coverage import keep_unread
from igfgraph.parse.families import (
    markdown_report,
    official_report,
    programme_listing,
    report_template_2015,
    report_template_2016,
    report_template_2017,
    session_page_2017,
    session_page_2018_2020,
    session_page_2021_2024,
)
from igfgraph.sources import SourceText

TEMPLATES: tuple[ModuleType, ...] = (
    report_template_2017,
    report_template_2015,
    report_template_2016,
    session_page_2017,
    session_page_2018_2020,
    session_page_2021_2024,
    programme_listing,
    official_report,
    markdown_report,
)


def detect(source: SourceText) -> tuple[reader.Profile, str] | None:
    """The profile of ``source``'s family and the reason it was chosen, or None."""
    for template in TEMPLATES:
        if reason := template.detect(source):
            return template.PROFILE, reason
    return None


def parse(source: SourceText) -> Report:
    """The first (usually only) session of ``source``; raise :class:`InputError` when it
    cannot be a report."""
    return parse_all(source)[0]


def parse_all(source: SourceText) -> list[Report]:
    """Every session in ``source``: one report for a report or session page, many for a
    programme listing (each with its ``part``). A line read into no fact is kept as
    unparsed, with a warning."""
    found = detect(source)
    profile, reason = found if found else (None, reader.REASON)
    return keep_unread(source, reader.read_all(source, reason, profile))


__all__ = ["TEMPLATES", "detect", "parse", "parse_all"]
