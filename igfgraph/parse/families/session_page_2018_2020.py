"""Session pages of 2018-2020 (docs/formats.md): ``IGF 2018 WS #136`` and numbered parties.

``Organizer 1: Name, Org`` or only ``Organizer 1: Civil Society, African Group``;
``Speaker 1: Name, Stakeholder Group, Regional Group``; moderator, online moderator and
rapporteur, with or without their labels; a format line (``Round Table - 90 Min``);
(2020) ``Policy Question(s)``. Saved web pages of this family read the same once their
text is extracted (:mod:`igfgraph.sources.html`).
"""

from __future__ import annotations

from igfgraph.parse import reader
from igfgraph.parse.families.session_page_signs import header_of, labels_in
from igfgraph.sources import SourceText

VARIANT = "sp2018_page"
PROFILE = reader.Profile(VARIANT, slots=True, listing=False)
_YEARS = range(2018, 2021)


def detect(source: SourceText) -> str | None:
    """Why ``source`` is a 2018-2020 session page, or None."""
    found = labels_in(source)
    numbered = sorted(found & {"organizer", "speaker"})
    header = header_of(source)
    if not numbered or "proposer" in found or not header or int(header["year"]) not in _YEARS:
        return None
    return f"header '{header.group().strip()}' and numbered {' and '.join(numbered)} lines"


__all__ = ["VARIANT", "detect"]
