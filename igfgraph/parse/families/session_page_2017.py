"""Session pages of 2017 (docs/formats.md): proposers, then speakers as comma lists.

``Proposer's Name: Ms. Ana Ruiz`` / ``Proposer's Organization:`` /
``Co-Proposer's Name:`` ...; speakers as ``Mr.Kofi, Mensah, Civil Society, Org,
Country`` (salutation glued to the given name) or CSV-like
``Ms,Ana,RUIZ,Academia,University X``.
"""

from __future__ import annotations

from igfgraph.parse import reader
from igfgraph.parse.families.session_page_signs import header_of, labels_in
from igfgraph.sources import SourceText

VARIANT = "sp2017_page"
PROFILE = reader.Profile(VARIANT, slots=True, listing=False)


def detect(source: SourceText) -> str | None:
    """Why ``source`` is a 2017 session page, or None."""
    found = labels_in(source)
    if "proposer" not in found:
        return None
    header = header_of(source)
    shown = f"header '{header.group().strip()}' and " if header else ""
    return f"{shown}labels {', '.join(sorted(found & {'proposer', 'proposer_org', 'speakers'}))}"


__all__ = ["VARIANT", "detect"]
