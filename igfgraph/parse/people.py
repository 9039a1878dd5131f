"""People lines: ``Name (Org), Name (Org); Name, ORG and Name (Org) Moderator: Name (Org)``.

A line is first unglued (see :func:`repair.unglue_list`), then cut at role markers
(``Moderator:``, ``Online moderator:``), then into items at top-level commas,
semicolons and "and". Each item is a name with an optional affiliation, which may be
an organisation, an acronym, a post ("Member of the European Parliament") or a
stakeholder group ("Technical community").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise

import pycountry
from nameparser import HumanName

from igfgraph.model import Basis, Organisation, PersonMention, Role, SourceSpan, StakeholderGroup
from igfgraph.parse.repair import drop_decorations, repair_name, unglue_list

_ROLE_MARKER = re.compile(
    r"\b(?P<role>online\s+moderator|co-?moderator|moderator)s?\s*:", flags=re.IGNORECASE
)
_ACRONYM_TOKEN = re.compile(r"[A-Z0-9&][A-Z0-9&.\-]+[a-z]?")
_POST = re.compile(
    r"^(?:Member|Minister|Head|Director|Chair|President|Secretary[- ]General|Ambassador|"
    r"Commissioner|Senator|Deputy|Representative)\b.*?\bof\s+(?:the\s+)?(?P<org>.+)$",
    flags=re.IGNORECASE,
)
# Salutations are dropped; these nameparser titles are posts and kept as the person's title.
_POST_TITLES = frozenset({"ambassador", "senator", "minister", "h.e.", "his excellency"})
ORG_WORDS = re.compile(
    r"(?i)(association|centre|center|society|universit|universidad|institut|foundation|"
    r"fundaci|ministry|government|parliament|commission|council|union|forum|network|"
    r"initiative|\blab\b|laborator|agency|authority|office|organi[sz]ation|partners|"
    r"international|\binc\b|\bltd\b|\bllc\b|corporation|company|college|school|federation|"
    r"alliance|coalition|platform|caucus|secretariat|committee|department|group)"
)


@dataclass
class _Item:
    """One comma-, semicolon- or "and"-separated piece of a people line."""

    text: str
    joined_by_and: bool  # the piece before it ended with "and"


def split_items(text: str, separators: str = r";|,|\band\b") -> list[_Item]:
    """Cut ``text`` at ``separators`` that are outside parentheses."""
    items: list[_Item] = []
    depth = start = 0
    joined = False
    for match in re.finditer(rf"[()]|{separators}", text):
        token = match.group()
        if token in ("(", ")"):
            depth += 1 if token == "(" else -1
        elif depth == 0:
            _append_item(items, text[start : match.start()], joined)
            joined = token.strip().lower() == "and"
            start = match.end()
    _append_item(items, text[start:], joined)
    return items


def _append_item(items: list[_Item], text: str, joined_by_and: bool) -> None:
    if text.strip(" .;,"):
        items.append(_Item(text.strip(" .;,"), joined_by_and))


def has_letters(text: str) -> bool:
    """True when ``text`` holds a letter: a name needs one (``(`` or ``-`` is no name)."""
    return any(char.isalpha() for char in text)


def is_acronym(text: str) -> bool:
    """True for ``ISOC``, ``ICC BASIS``, ``UNIGE``; False for names and words."""
    tokens = text.split()
    return bool(tokens) and all(_ACRONYM_TOKEN.fullmatch(token) for token in tokens)


def stated_group(text: str) -> StakeholderGroup | None:
    """The stakeholder group ``text`` names, if it names one (``Technical community``)."""
    key = " ".join(text.lower().replace("organisation", "organization").split())
    return next((group for group in StakeholderGroup if group.value == key), None)


@dataclass
class Affiliation:
    """What the parenthesis or comma after a name holds."""

    organisation: Organisation | None = None
    title: str | None = None
    stakeholder_group: StakeholderGroup | None = None


def parse_affiliation(text: str, span: SourceSpan) -> Affiliation:
    """An organisation, post or stakeholder group from an affiliation as written."""
    repaired = repair_name(text)
    group = stated_group(repaired)
    if group is not None:
        return Affiliation(stakeholder_group=group)
    post = _POST.match(repaired)
    if post:  # "Member of the European Parliament": a post at an organisation
        return Affiliation(parse_organisation(post["org"], span), title=repaired)
    return Affiliation(parse_organisation(text, span))


def parse_organisation(text: str, span: SourceSpan) -> Organisation:
    """An Organisation from ``Name``, ``ACRONYM``, ``Name (ACRONYM)`` or ``Name, ACR, Country``."""
    head, _, paren = drop_decorations(text).partition("(")
    parts = [part.strip() for part in head.split(",")] + [paren.strip(" )")]
    parts = [part for part in parts if part]
    acronym = next((part for part in parts if is_acronym(part)), None)
    names = [part for part in parts if part != acronym]
    # "Name, ACRONYM, Country": what follows the acronym is a place, not the organisation.
    name = repair_name(names[0]) if names else None
    return Organisation(
        as_written=text.strip(),
        span=span,
        name=name,
        acronym=acronym,
        name_basis=Basis.STATED if name else None,
    )


def clean_name(written: str) -> tuple[str, str | None]:
    """The name without salutation, emoji or e-mail leftovers, ALL-CAPS recased; a post title."""
    return _clean_name(drop_decorations(written))


@lru_cache(maxsize=1 << 16)  # the same people recur across reports; nameparser is slow
def _clean_name(name: str) -> tuple[str, str | None]:
    title = HumanName(name).title or None
    if title and name.lower().startswith(title.lower()):
        name = name[len(title) :].strip(" .")
    while (lead := _LEADING_SALUTATION.match(name)) and name[lead.end() :].strip():
        title = title or lead.group().strip(" .")
        name = name[lead.end() :]
    words = [_recased(word, first=number == 0) for number, word in enumerate(name.split())]
    kept_title = title if title and title.lower().strip(".") in _POST_TITLES else None
    return " ".join(words), kept_title


# Salutations nameparser leaves in front of a name ("H.E. Ambassador Clark", "Miss Ito").
_LEADING_SALUTATION = re.compile(
    r"^(?:mr|ms|mrs|miss|mme|dr|prof|professor|h\.\s?e|his\s+excellency|her\s+excellency|"
    r"ambassador|amb|hon|honourable|honorable|sir|dame|sr|sra|senator|minister)\.?\s+",
    re.IGNORECASE,
)
_LOWER_PARTICLES = frozenset(
    "de da do dos das del della di du van von der den la le bin al el".split()
)


def _recased(word: str, first: bool) -> str:
    """An ALL-CAPS word of a name in title case (``MARTINS DOS`` -> ``Martins dos``)."""
    if not (word.isupper() and len(word) > 1):
        return word
    if not first and word.lower() in _LOWER_PARTICLES:
        return word.lower()
    return word.title()


def parse_people(
    text: str, span: SourceSpan, role: Role, panel: int | str | None = None
) -> list[PersonMention]:
    """Every person written in ``text`` in ``role``; ``Moderator:`` markers switch the role."""
    text = unglue_list(text)
    people: list[PersonMention] = []
    cuts = list(_ROLE_MARKER.finditer(text))
    segments = [(role, text[: cuts[0].start()] if cuts else text)]
    for number, cut in enumerate(cuts):
        end = cuts[number + 1].start() if number + 1 < len(cuts) else len(text)
        segments.append((_marker_role(cut["role"]), text[cut.end() : end]))
    for segment_role, segment in segments:
        people.extend(_people_in(split_items(segment), span, segment_role, panel))
    return people


def _marker_role(marker: str) -> Role:
    return Role.ONLINE_MODERATOR if marker.lower().startswith("online") else Role.MODERATOR


def _people_in(
    items: list[_Item], span: SourceSpan, role: Role, panel: int | str | None
) -> list[PersonMention]:
    people: list[tuple[PersonMention, bool]] = []  # (person, joined to the one before by "and")
    for item in items:
        name_text, _, affiliation_text = item.text.partition("(")
        previous = people[-1][0] if people else None
        if not affiliation_text and previous and _unaffiliated(previous) and _is_affiliation(item):
            _affiliate(previous, parse_affiliation(item.text, span))  # "Name, APC"
            continue
        name, title = clean_name(name_text)
        if not has_letters(name):  # "(" or "- (APC)": no name; the caller keeps the line
            if has_letters(affiliation_text) and previous and _unaffiliated(previous):
                _affiliate(previous, parse_affiliation(affiliation_text.rstrip(" )"), span))
            continue
        person = PersonMention(name, name_text.strip(), role, span, panel, title=title)
        if affiliation_text:
            _affiliate(
                person, parse_affiliation(drop_decorations(affiliation_text).rstrip(" )"), span)
            )
        people.append((person, item.joined_by_and))
    # "Ana Ruiz and Kofi Mensah (Org)": the affiliation after the last name holds for both.
    for (person, _), (after, joined) in reversed(list(pairwise(people))):
        if joined and _unaffiliated(person) and not _unaffiliated(after):
            person.organisation = replace(after.organisation) if after.organisation else None
            person.stakeholder_group = after.stakeholder_group
            person.stakeholder_group_basis = after.stakeholder_group_basis
    return [person for person, _ in people]


def _unaffiliated(person: PersonMention) -> bool:
    return person.organisation is None and person.stakeholder_group is None


def _is_affiliation(item: _Item) -> bool:
    text = item.text
    return is_acronym(text) or bool(ORG_WORDS.search(text)) or stated_group(text) is not None


def _affiliate(person: PersonMention, affiliation: Affiliation) -> None:
    person.organisation = affiliation.organisation
    person.title = affiliation.title or person.title
    if affiliation.stakeholder_group is not None:
        person.stakeholder_group = affiliation.stakeholder_group
        person.stakeholder_group_basis = Basis.STATED


_LIST_BULLET = re.compile(r"^\s*(?:[-•*·▪◦–—]|\d{1,2}[.)])\s*")
_NOT_GIVEN = frozenset({"tbc", "tba", "tbd", "n/a"})
_JOINT = re.compile(r"\s+&\s+")
# Words of a post written between a name and an organisation ("Name, Chief Officer, Org").
_POST_WORD = re.compile(
    r"(?i)\b(?:officer|director|head|chair\w*|manager|coordinator|advis[eo]r|professor|"
    r"secretary|president|envoy|minister|ceo|founder|lead|researcher|fellow|counsel|"
    r"specialist|analyst|consultant|facilitator|ambassador|commissioner|representative)\b"
)


def strip_bullet(text: str) -> str:
    """``text`` without a leading list bullet, dash or item number."""
    return _LIST_BULLET.sub("", text, count=1).strip()


@cache
def _country_names() -> frozenset[str]:
    names: set[str] = set()
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if value := getattr(country, attribute, None):
                names.add(value.casefold())
    return frozenset(names)


def is_country(text: str) -> bool:
    """True when ``text`` is a country's name (``Pakistan``, ``United States``), not a code."""
    return text.strip(" .").casefold() in _country_names()


def _first_of_joint(text: str) -> str:
    """The first organisation of ``Org A & Org B`` when both sides name organisations."""
    sides = _JOINT.split(text)
    if len(sides) > 1 and all(ORG_WORDS.search(side) or is_acronym(side) for side in sides):
        return sides[0]
    return text


def parse_person_entry(
    text: str, span: SourceSpan, role: Role, panel: int | str | None = None
) -> PersonMention | None:
    """One person written ``Name, Title, Org, Country``, ``Name, Org`` or ``Name (Org)``.

    Countries after the affiliation are dropped; a first part that does not look like an
    organisation, followed by one that does, is the person's title (``Advocacy Director``).
    """
    parts = [item.text for item in split_items(unglue_list(strip_bullet(text)), r",")]
    if not parts:
        return None
    name_text, _, paren = parts[0].partition("(")
    name, title = clean_name(name_text)
    if not has_letters(name) or name.casefold() in _NOT_GIVEN:
        return None
    person = PersonMention(name, name_text.strip(), role, span, panel, title=title)
    rest = [part for part in parts[1:] if not (is_country(part) or part.casefold() in _NOT_GIVEN)]
    if paren:
        rest.insert(0, paren.rstrip(" )"))
    if len(rest) > 1 and (
        _POST_WORD.search(rest[0]) or not _is_affiliation(_Item(rest[0], joined_by_and=False))
    ):
        person.title = repair_name(rest.pop(0))
    if rest:
        _affiliate(person, parse_affiliation(_first_of_joint(", ".join(rest)), span))
    return person


def parse_person_list(
    text: str, span: SourceSpan, role: Role, panel: int | str | None = None
) -> list[PersonMention]:
    """People written one per item, items cut at semicolons (a line is one item otherwise).

    An item naming several people (``Ana Ruiz and Kofi Mensah (Org)``, ``Name (Org),
    Name (Org)``) is read by :func:`parse_people`.
    """
    people: list[PersonMention] = []
    for item in split_items(unglue_list(strip_bullet(text)), r";"):
        head = item.text.split("(")[0].split(",")[0]
        several = item.text.count("(") > 1 or re.search(r"\band\b", head)
        if several:
            people.extend(parse_people(item.text, span, role, panel))
        elif person := parse_person_entry(item.text, span, role, panel):
            people.append(person)
    return people
