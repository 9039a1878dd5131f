"""Organisations: the gazetteer, name keys, and stakeholder-group naming rules."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from igfgraph.model import StakeholderGroup
from igfgraph.parse.affiliations import is_country
from igfgraph.parse.names import is_place

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
            r"regulator\w*|regulatory authority|communications authority|foreign office|"
            r"state duma|federal assembly|national assembly|federation council|"
            r"(?:state|federal)\s+department)\b",
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
    parent: str | None = None  # the canonical name of the organisation it is a unit of


_CHAPTER_WORDS = 3  # "ISOC Uganda Chapter": a body, a place, the word "chapter"


@lru_cache(maxsize=1 << 16)  # the same organisations recur across reports
def name_key(text: str) -> str:
    """A spelling-insensitive key: no accents, case, spaces or punctuation, no leading 'the'."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in plain if not unicodedata.combining(char)).lower()
    plain = re.sub(r"^\s*the\s+", "", plain)
    return re.sub(r"[\W_]+", "", plain)


def _singular_key(text: str) -> str:
    """The name key with every word's plural ``s`` dropped: "Association for Progressive
    Communication" is "Association for Progressive Communications" misspelt."""
    return name_key(re.sub(r"(?<=\w\w)s\b", "", text))


class Gazetteer:
    """Known organisations, found by name, alias or acronym."""

    def __init__(self, entries: list[KnownOrganisation]) -> None:
        self.entries = entries
        self._by_name: dict[str, KnownOrganisation] = {}
        self._by_singular: dict[str, KnownOrganisation] = {}
        self._by_acronym: dict[str, KnownOrganisation] = {}
        for entry in entries:
            for spelling in (entry.name, *entry.aliases):
                self._by_name.setdefault(name_key(spelling), entry)
                self._by_singular.setdefault(_singular_key(spelling), entry)
            for acronym in entry.acronyms:
                self._by_acronym.setdefault(name_key(acronym), entry)

    def by_name(self, text: str | None) -> KnownOrganisation | None:
        """The organisation ``text`` names in full (or with a word's plural dropped or
        added), if known; a name that begins with a known organisation's acronym is also
        tried with it spelled out (``ISOC Foundation`` is the Internet Society Foundation)."""
        if not text:
            return None
        if found := self._by_name.get(name_key(text)) or self._by_singular.get(_singular_key(text)):
            return found
        head, _, rest = text.strip().partition(" ")
        spelled = self.by_acronym(head) if rest and head.isupper() else None
        return self._by_name.get(name_key(f"{spelled.name} {rest}")) if spelled else None

    def by_acronym(self, acronym: str | None) -> KnownOrganisation | None:
        """The organisation with this acronym, if known."""
        return self._by_acronym.get(name_key(acronym)) if acronym else None

    def chapter(self, text: str | None) -> tuple[str, KnownOrganisation] | None:
        """A national or local chapter of a known organisation that the gazetteer does not
        list (``ISOC Uganda chapter``): its name spelled out (``Internet Society Uganda
        Chapter``) and the organisation it is a chapter of."""
        words = (text or "").split()
        if len(words) < _CHAPTER_WORDS or words[-1].lower() != "chapter":
            return None
        for cut in range(1, len(words) - 1):
            head, place = " ".join(words[:cut]), " ".join(words[cut:-1])
            if not (is_place(place) or is_country(place)):
                continue
            parent = self.by_acronym(head) if head.isupper() else self._by_name.get(name_key(head))
            if parent is not None:
                return f"{parent.name} {place} Chapter", parent
        return None


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
            parent=item.get("parent"),
        )
        for item in yaml.safe_load(text)
    ]
    return Gazetteer(entries)


def group_by_rule(name: str) -> StakeholderGroup | None:
    """The stakeholder group an organisation's name implies (university -> academia, ...)."""
    return next((group for pattern, group in GROUP_RULES if pattern.search(name)), None)


# "Centre for X at University Y", "Lab X, University Y": a unit and its parent.
_UNIT = re.compile(
    r"^(?P<unit>(?:the\s+)?(?:cent(?:re|er)|institute|lab(?:oratory)?|school|faculty|"
    r"department|program(?:me)?|chair|observatory|initiative|project)\b.+?)"
    r"(?:\s*,\s*|\s+(?:at|of the|of)\s+)(?P<parent>(?:the\s+)?[^,]*"
    r"\b(?:universit\w*|universidad|université|college|institute of technology)\b[^,]*)$",
    re.IGNORECASE,
)


def parent_name(name: str) -> str | None:
    """The university a unit names after itself: "Centre X at University Y" -> "University Y".

    Only a name that starts with the kind of unit it is (centre, institute, lab, ...): the
    Berkman Klein Center's parent comes from its gazetteer entry, not from here.

    >>> parent_name("Center for Internet and Society at Stanford University")
    'Stanford University'
    >>> parent_name("Centre for Internet and Society, University of Oxford")
    'University of Oxford'
    >>> parent_name("Berkman Klein Center for Internet & Society at Harvard University") is None
    True
    """
    match = _UNIT.match(name.strip())
    if not match:
        return None
    return re.sub(r"^the\s+", "", match["parent"].strip(), flags=re.IGNORECASE)


@dataclass(frozen=True)
class CorpusOrganisation:
    """An organisation as other reports in the store name it."""

    key: str
    name: str
    acronyms: frozenset[str] = frozenset()


class OrganisationIndex:
    """Organisations already known from other reports: by spelling and by acronym.

    An acronym learned from the corpus ("Full Name (ACR)" in some report) is used only
    when it names one organisation there.
    """

    def __init__(self, organisations: list[CorpusOrganisation] | None = None) -> None:
        self._by_name: dict[str, CorpusOrganisation] = {}
        self._by_acronym: dict[str, set[str]] = {}
        self._by_key: dict[str, CorpusOrganisation] = {}
        for organisation in organisations or []:
            self.add(organisation)

    def add(self, organisation: CorpusOrganisation) -> None:
        """Learn ``organisation``'s spelling and acronyms."""
        known = self._by_key.get(organisation.key)
        if known is not None:
            organisation = CorpusOrganisation(
                known.key, known.name, known.acronyms | organisation.acronyms
            )
        self._by_key[organisation.key] = organisation
        self._by_name.setdefault(name_key(organisation.name), organisation)
        for acronym in organisation.acronyms:
            self._by_acronym.setdefault(name_key(acronym), set()).add(organisation.key)

    def by_name(self, text: str | None) -> CorpusOrganisation | None:
        """The known organisation spelt like ``text`` (spaces, case, accents ignored)."""
        return self._by_name.get(name_key(text)) if text else None

    def by_acronym(self, acronym: str | None) -> CorpusOrganisation | None:
        """The one known organisation with this acronym, or None (unknown or ambiguous)."""
        keys = self._by_acronym.get(name_key(acronym), set()) if acronym else set()
        return self._by_key[next(iter(keys))] if len(keys) == 1 else None
