"""Party lines of session pages and listings: who a line names, with what affiliation.

Session pages write one party per line, its parts separated by commas:
``Name, Stakeholder Group, Regional Group`` (2018-2020), ``Name, Title, Org`` (2023-2024),
``Stakeholder Group, Regional Group`` for an organiser with no name, ``Surname, Given``
in listings. Two parties may run together on one line after a regional group
(``..., GRULAC Sheetal Kumar, ...``). The same person written twice in one document
(``Bruna Santos`` / ``Bruna Martins dos Santos``, ``Mahmutovic`` / ``Mahmutović``) is
recognised by :func:`merge_same_people`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import gender_guesser.detector
from nameparser.config import CONSTANTS

from igfgraph.model import (
    Basis,
    Organisation,
    Organizer,
    PersonMention,
    Role,
    SourceSpan,
    StakeholderGroup,
)
from igfgraph.parse.people import (
    ORG_WORDS,
    clean_name,
    is_acronym,
    is_country,
    parse_organisation,
    split_items,
    stated_group,
)
from igfgraph.parse.repair import unglue_list

REGIONAL_GROUP = re.compile(
    r"^(?:African\s+Group|Asia[- ]Pacific\s+Group|Eastern\s+European\s+Group|"
    r"Latin\s+American\s+and\s+Caribbean\s+Group(?:\s*\(GRULAC\))?|GRULAC|WEOG|"
    r"Western\s+European\s+and\s+Others\s+Group(?:\s*\(WEOG\))?|"
    r"Intergovernmental\s+Organi[sz]ation)",
    re.IGNORECASE,
)
# Notes after a name that are not affiliations: "Ana Ruiz (main)", "Kofi Mensah (tbc)".
_NOTE = re.compile(r"\s*\((?:main|sub|lead|co|tbc|tbd|online|onsite|remote|virtual)\)", re.I)
_TBC = re.compile(r"^(?:tbc|tbd|n/?a|none)\.?$", re.IGNORECASE)
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|de|da|do|dos|das|del|della|di|van|von|der|la|le|bin|al|el)$"
)
# "Mr.Kofi": a salutation glued to the given name.
_GLUED_SALUTATION = re.compile(r"\b(Mr|Ms|Mrs|Dr|Prof|Amb)\.(?=[A-Z])")
_GIVEN = frozenset({"male", "female", "mostly_male", "mostly_female", "andy"})


@dataclass
class Party:
    """One party of a line: a person, an organisation, or only a stakeholder group."""

    span: SourceSpan
    person: PersonMention | None = None
    organisation: Organisation | None = None
    stakeholder_group: str | None = None
    regional_group: str | None = None

    def organizer(self) -> Organizer:
        """This party as an organising party of the session."""
        person = self.person
        return Organizer(
            self.span,
            person_name=person.name if person else None,
            organisation=self.organisation,
            stakeholder_group=person.stakeholder_group if person else _group(self),
            stakeholder_group_basis=Basis.STATED if _group(self) else None,
            regional_group=self.regional_group,
        )


def _group(party: Party) -> StakeholderGroup | None:
    return stated_group(party.stakeholder_group) if party.stakeholder_group else None


@cache
def _given_names() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def is_given_name(word: str) -> bool:
    """True when ``word`` (or the first part of ``Jean-Robert``) is a known given name."""
    detector = _given_names()
    return any(detector.get_gender(part) in _GIVEN for part in (word, word.split("-")[0]) if part)


def uninvert(name: str) -> str:
    """``Githaiga Grace`` -> ``Grace Githaiga``: a two-word name whose second word alone is
    a known given name is written surname first."""
    words = name.split()
    if len(words) == 2 and not is_given_name(words[0]) and is_given_name(words[1]):
        return f"{words[1]} {words[0]}"
    return name


def looks_like_name(text: str) -> bool:
    """True for a bare person's name line: two to six name words, no sentence."""
    words = _NOTE.sub("", text).strip().split()
    if not 2 <= len(words) <= 6 or ORG_WORDS.search(text) or text.rstrip().endswith((".", ":")):
        return False
    if stated_group(text) or REGIONAL_GROUP.match(text):
        return False
    return all(_NAME_WORD.match(word) for word in words) and not all(w.isupper() for w in words)


def _is_post(text: str) -> bool:
    first = text.split()[0].strip(".,").lower() if text.split() else ""
    return text[:1].islower() or first in CONSTANTS.titles


def _split_post(text: str) -> tuple[str | None, str | None]:
    """``co-coordinator Internet Governance Caucus`` -> (post, organisation)."""
    words = text.split()
    lead = 0
    while lead < len(words) and words[lead][:1].islower():
        lead += 1
    if 0 < lead < len(words):
        return " ".join(words[:lead]), " ".join(words[lead:])
    return (text, None) if _is_post(text) else (None, text)


def _org_like(text: str) -> bool:
    return bool(ORG_WORDS.search(text)) or is_acronym(text.split("(")[0].strip() or text)


def _parts(text: str) -> list[list[str]]:
    """The comma parts of each party on a line: semicolons separate parties, and so does a
    regional group that runs into the next party's name."""
    parties: list[list[str]] = []
    for written in split_items(unglue_list(_NOTE.sub("", text)), r";"):
        parties.append([])
        for item in split_items(written.text, r","):
            part = item.text
            region = REGIONAL_GROUP.match(part)
            if region and parties[-1] and part[region.end() :].strip():
                parties[-1].append(part[: region.end()].strip())
                parties.append([part[region.end() :].strip()])
            else:
                parties[-1].append(part)
    return [split for parts in parties if parts for split in _names_only(parts)]


def _names_only(parts: list[str]) -> list[list[str]]:
    """``Ana Ruiz, Kofi Mensah``: parts that are all full names are one party each."""
    if len(parts) > 1 and all(looks_like_name(part) for part in parts):
        return [[part] for part in parts]
    return [parts]


def parse_affiliation_line(text: str, span: SourceSpan) -> tuple[str | None, Organisation | None]:
    """The post and organisation of a line that names no one: ``Coordinator, LACNIC``."""
    parts = [item.text for item in split_items(unglue_list(text), r";|,")]
    title, organisation = _title_and_organisation(parts)
    return title, parse_organisation(organisation, span) if organisation else None


def parse_parties(text: str, span: SourceSpan, role: Role) -> list[Party]:
    """Every party ``text`` names; people get ``role``. A line that names nobody (a
    sentence, ``tbc``) gives no party."""
    text = _GLUED_SALUTATION.sub(r"\1. ", text)
    parties = [_party(parts, span, role) for parts in _parts(text) if not _TBC.match(parts[0])]
    return [party for party in parties if party is not None]


def _is_salutation(text: str) -> bool:
    return text.strip(". ").lower() in CONSTANTS.titles and len(text.split()) == 1


def _joined_name(parts: list[str]) -> tuple[str, list[str]]:
    """The name written in the first parts and the parts after it: ``Ms,Ana,RUIZ,...``,
    ``Mr. Kofi, Mensah, ...``, ``Wilson, Paul``, or simply ``Ana Ruiz, ...``."""
    head, rest = parts[0], parts[1:]
    if _is_salutation(head) and len(rest) >= 2 and _single_name_word(rest[1]):
        return f"{head} {rest[0]} {rest[1]}", rest[2:]
    given = clean_name(head)[0]
    saluted = given != head.strip()
    if rest and saluted and len(given.split()) == 1 and _single_name_word(rest[0]):
        return f"{head} {rest[0]}", rest[1:]  # "Mr. Kofi, Mensah"
    if rest and _inverted(head, rest[0]):  # "Wilson, Paul", "Palma Salas , Marcelo"
        return f"{rest[0]} {head}", rest[1:]
    return head, rest


def _single_name_word(text: str) -> bool:
    return (
        len(text.split()) == 1
        and bool(_NAME_WORD.match(text))
        and not _org_like(text)
        and not stated_group(text)
        and not REGIONAL_GROUP.match(text)
    ) or (text.isupper() and text.isalpha() and len(text) > 3 and not _org_like(text.title()))


def _party(parts: list[str], span: SourceSpan, role: Role) -> Party | None:
    party = Party(span)
    head, rest = _joined_name(parts)
    others: list[str] = []
    named = not (stated_group(head) or REGIONAL_GROUP.match(head) or _org_like(head))
    if named and not looks_like_name(clean_name(head)[0]):
        return None
    for part in rest if named else parts:
        if party.stakeholder_group is None and stated_group(part):
            party.stakeholder_group = part
        elif party.regional_group is None and REGIONAL_GROUP.match(part):
            party.regional_group = part
        else:
            others.append(part)
    title, organisation = _title_and_organisation(others)
    if organisation:
        party.organisation = parse_organisation(organisation, span)
    if named:
        name, salutation_post = clean_name(head)
        person = PersonMention(uninvert(name), head, role, span, title=title or salutation_post)
        person.organisation = party.organisation
        if group := _group(party):
            person.stakeholder_group, person.stakeholder_group_basis = group, Basis.STATED
        person.regional_group = party.regional_group
        party.person = person
    return party


def _inverted(head: str, following: str) -> bool:
    words = following.split()
    return (
        len(words) == 1
        and not _org_like(following)
        and is_given_name(following)
        and 1 <= len(head.split()) <= 2
        and not _org_like(head)
    )


def _title_and_organisation(others: list[str]) -> tuple[str | None, str | None]:
    """The post and the organisation among the parts that are neither name nor group."""
    others = [part for part in others if not is_country(part)]  # "Org, Country"
    if not others:
        return None, None
    if len(others) == 1:
        return _split_post(others[0])
    if _org_like(others[0]) and not _org_like(others[1]):
        return None, others[0]
    return others[0], ", ".join(others[1:])  # "Ministry of X, Government of Y" is one


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def same_person(one: str, other: str) -> bool:
    """True for two spellings of one person's name in one document: equal after accent and
    case folding, or the same first and last words (``Bruna Santos`` / ``Bruna Martins dos
    Santos``)."""
    a, b = _folded(one).split(), _folded(other).split()
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 2 and shorter[0] == longer[0] and shorter[-1] == longer[-1]


def _fullest(names: list[str]) -> str:
    """The fullest spelling: most words, then the one with diacritics."""
    return max(names, key=lambda name: (len(name.split()), sum(ord(c) > 127 for c in name)))


def merge_same_people(people: list[PersonMention], organizers: list[Organizer]) -> None:
    """Give every mention of one person the fullest spelling of the name, and the
    organisation, stakeholder group and regional group another of its mentions states.
    Two spellings of one name share their first and last words, so only mentions with the
    same ends are compared (linear in the number of mentions, not quadratic)."""
    by_ends: dict[tuple[str, ...], list[PersonMention]] = {}
    for person in people:
        by_ends.setdefault(_ends(person.name), []).append(person)
    for person in people:
        same = [o for o in by_ends[_ends(person.name)] if same_person(person.name, o.name)]
        person.name = _fullest([other.name for other in same])
        source = next((other for other in same if other.organisation is not None), None)
        if person.organisation is None and source is not None:
            person.organisation = source.organisation
        grouped = next((other for other in same if other.stakeholder_group is not None), None)
        if person.stakeholder_group is None and grouped is not None:
            person.stakeholder_group = grouped.stakeholder_group
            person.stakeholder_group_basis = grouped.stakeholder_group_basis
        regional = next((other.regional_group for other in same if other.regional_group), None)
        person.regional_group = person.regional_group or regional
    for organizer in organizers:
        if organizer.person_name:
            candidates = by_ends.get(_ends(organizer.person_name), [])
            organizer.person_name = next(
                (p.name for p in candidates if same_person(p.name, organizer.person_name)),
                organizer.person_name,
            )


def _ends(name: str) -> tuple[str, ...]:
    """The first and last words of a name, folded (the key of :func:`same_person`)."""
    words = _folded(name).split()
    return (words[0], words[-1]) if words else ()
