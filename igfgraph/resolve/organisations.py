"""Organisations: the gazetteer, name keys, and stakeholder-group naming rules."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from igfgraph.model import StakeholderGroup

GAZETTEER_FILE = Path(__file__).resolve().parents[1] / "data" / "organisations.yaml"

# Naming rules, tried in order when an organisation is not in the gazetteer.
GROUP_RULES: tuple[tuple[re.Pattern[str], StakeholderGroup], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), group)
    for pattern, group in (
        (
            r"\b(united nations|UN|UNESCO|UNDP|UNICEF|ITU|OECD|World Bank|"
            r"Council of Europe|African Union)\b",
            StakeholderGroup.INTERGOVERNMENTAL,
        ),
        (
            r"\b(universit\w*|universidad|college|academy|school|laborator\w*|lab)\b",
            StakeholderGroup.ACADEMIA,
        ),
        (
            r"\b(ministry|ministerio|minist[eè]re|government|parliament|senate|congress|"
            r"regulator\w*|regulatory authority)\b",
            StakeholderGroup.GOVERNMENT,
        ),
        (
            r"\b(inc|ltd|llc|gmbh|plc|corp|corporation|company|s\.a|telecom\w*)\b\.?",
            StakeholderGroup.PRIVATE_SECTOR,
        ),
    )
)


@dataclass(frozen=True)
class KnownOrganisation:
    """One gazetteer entry."""

    name: str
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    stakeholder_group: StakeholderGroup | None = None
    country: str | None = None
    wikidata: str | None = None


def name_key(text: str) -> str:
    """A spelling-insensitive key: no accents, case, spaces or punctuation, no leading 'the'."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in plain if not unicodedata.combining(char)).lower()
    plain = re.sub(r"^\s*the\s+", "", plain)
    return re.sub(r"[\W_]+", "", plain)


class Gazetteer:
    """Known organisations, found by name, alias or acronym."""

    def __init__(self, entries: list[KnownOrganisation]) -> None:
        self.entries = entries
        self._by_name: dict[str, KnownOrganisation] = {}
        self._by_acronym: dict[str, KnownOrganisation] = {}
        for entry in entries:
            for spelling in (entry.name, *entry.aliases):
                self._by_name.setdefault(name_key(spelling), entry)
            for acronym in entry.acronyms:
                self._by_acronym.setdefault(name_key(acronym), entry)

    def by_name(self, text: str | None) -> KnownOrganisation | None:
        """The organisation ``text`` names in full, if known."""
        return self._by_name.get(name_key(text)) if text else None

    def by_acronym(self, acronym: str | None) -> KnownOrganisation | None:
        """The organisation with this acronym, if known."""
        return self._by_acronym.get(name_key(acronym)) if acronym else None


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer shipped in ``igfgraph/data/organisations.yaml``."""
    text = GAZETTEER_FILE.read_text(encoding="utf-8")
    entries = [
        KnownOrganisation(
            name=item["name"],
            acronyms=tuple(item.get("acronyms", ())),
            aliases=tuple(item.get("aliases", ())),
            stakeholder_group=(
                StakeholderGroup(item["stakeholder_group"]) if "stakeholder_group" in item else None
            ),
            country=item.get("country"),
            wikidata=item.get("wikidata"),
        )
        for item in yaml.safe_load(text)
    ]
    return Gazetteer(entries)


def group_by_rule(name: str) -> StakeholderGroup | None:
    """The stakeholder group an organisation's name implies (university -> academia, ...)."""
    return next((group for pattern, group in GROUP_RULES if pattern.search(name)), None)
