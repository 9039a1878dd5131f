"""Session pages of 2021-2024 (docs/formats.md): programme entry, then the session report.

``IGF 2023 WS #403 <Title>`` (NRI sessions may have only ``[NRIs] <Title>``), ``Time``,
``Room``, ``Subtheme``, organisers and speakers (``Name, Title, Org``, free form),
``Onsite Moderator``, ``Online Moderator``, ``Rapporteur``, ``Format``,
``Policy Question(s)``, then ``Key Takeaways``, ``Call to Action`` and ``Session
Report``. Open forums may write ``Moderator and Organizer: Name (main), Name (sub)``
with ``Stakeholder:`` and ``Regional Group:``. Labels and values are often on separate
lines.
"""

from __future__ import annotations

from igfgraph.parse import reader
from igfgraph.parse.families.session_page_signs import header_of, labels_in
from igfgraph.sources import SourceText

VARIANT = "sp2023_page"
PROFILE = reader.Profile(VARIANT, slots=True, listing=False)
_FIRST_YEAR = 2021
_PAGE_FIELDS = frozenset(
    {"time", "room", "organizers", "speakers", "moderator", "online_moderator", "rapporteur"}
)
_REPORT_FIELDS = frozenset({"key_issues", "way_forward", "session_report"})
_MOST = 3  # page or report labels needed when the header does not give the year


def detect(source: SourceText) -> str | None:
    """Why ``source`` is a 2021-2024 session page, or None."""
    found = labels_in(source)
    if "proposer" in found:
        return None
    telling = sorted(found & (_PAGE_FIELDS | _REPORT_FIELDS | {"moderator_organizer"}))
    header = header_of(source)
    if header and int(header["year"]) >= _FIRST_YEAR and len(telling) >= 2:
        return f"header '{header.group().strip()}' and labels {', '.join(telling)}"
    if not header and len(telling) >= _MOST and found & _REPORT_FIELDS:
        return f"session page and report labels {', '.join(telling)}"
    return None


__all__ = ["VARIANT", "detect"]
