"""People and organisations named in running text (official reports, generic documents).

A person is a run of two to four capitalised name words that something marks as a
person: a salutation before it (``Ms.``, ``Dr``, ``H.E.``), a known given name as its
first word, an affiliation in parentheses after it, or a reporting verb after it
(``Ana Ruiz noted ...``). ``facilitated by``, ``moderated by`` and ``chaired by``
before a list of names give those people their role; everyone else is a participant.
An affiliation is read from ``Name (Org)``, ``Name of/from the Org`` or
``Name, <post> of/at Org``. Organisations are capitalised runs holding an
organisation word (``Association``, ``Society``, ``Ministry`` ...) or an acronym in
parentheses after a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from igfgraph.model import Organisation, PersonMention, Role, SourceSpan
from igfgraph.parse.affiliations import (
    ORG_WORDS,
    parse_affiliation,
    parse_organisation,
)
from igfgraph.parse.cues import role_after, role_before, role_noun
from igfgraph.parse.names import clean_name, is_place, name_shape, person_evidence
from igfgraph.parse.repair import TITLE_ACRONYMS

_UPPER = "A-ZÀ-ÖØ-ÞŁŚŹŻČŠŽ"
_LOWER = "a-zß-öø-ÿłśźżčšžğış'’"
_WORD = rf"[{_UPPER}](?!['’])[{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)*"  # not "I'm"
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|van|von|der|den|la|le|bin|al|el)"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)?(?:{_WORD}|[{_UPPER}]\.|[{_UPPER}]{{2,}}\b)){{1,3}}"
_SALUTATION = r"(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|H\.\s?E|Amb|Ambassador|Hon|Sen|Senator)\.?"
_CANDIDATE = re.compile(rf"(?P<salutation>\b{_SALUTATION}\s+)?(?P<name>{_NAME})")
_REPORTING = re.compile(
    r"^,?\s*(?:also\s+|then\s+|further\s+)?(?:said|says|noted|notes|stressed|explained|argued|"
    r"highlighted|emphasi[sz]ed|pointed|added|asked|presented|described|opened|closed|"
    r"suggested|warned|recalled|shared|reminded|welcomed|introduced|mentioned|underlined|"
    r"observed|remarked|proposed|called|spoke|stated|concluded|agreed|showed|gave|reported)\b"
)
_ORG_WORD = rf"(?:{_WORD}|[{_UPPER}]{{2,}})"
_ORG = rf"{_ORG_WORD}(?:\s+(?:(?:of|for|on|the|de|del|la|&)\s+){{0,2}}{_ORG_WORD})*"
_AFTER_NAME = re.compile(
    rf"^(?:\s*\((?P<paren>[^)]+)\)"
    rf"|,\s+(?:an?\s+|the\s+)?[a-z][\w\s-]*?\b(?:of|at|from)\s+(?:the\s+)?(?P<post_org>{_ORG})"
    rf"|\s+(?:of|from)\s+(?:the\s+)?(?P<org>{_ORG}))"
)
_ORGANISATION = re.compile(rf"(?:\bthe\s+)?(?P<org>{_ORG})(?:\s*\((?P<acronym>[A-Z][\w&.-]+)\))?")
_INSIDE_ORGANISATION = re.compile(rf"[{_UPPER}]\w*\s+(?:of|for|on|de|du|des)\s+(?:the\s+)?$")
_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


@dataclass
class Mentions:
    """What one passage of text names."""

    people: list[PersonMention]
    organisations: list[Organisation]


_ROLE_NOUN_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:session'?s?\s+|panel'?s?\s+)?(?P<noun>(?:online\s+|remote\s+)?moderator|"
    r"co-?moderator|facilitator|chair(?:man|woman|person)?|co-?chair|rapporteur|host)\s*,?\s*$",
    re.IGNORECASE,
)
_ROLE_NOUN_AFTER = re.compile(
    r"^\s*(?:,\s*(?:the\s+|who\s+(?:was|is|acted\s+as)\s+(?:the\s+)?)|"
    r"\s+(?:is|was|will\s+be)\s+(?:our|the|your)\s+)(?P<noun>(?:online\s+|remote\s+)?"
    r"moderator|co-?moderator|facilitator|chair(?:man|woman|person)?|co-?chair|rapporteur|host)\b"
    r"(?!\s+of\s+(?:the\s+)?[A-Z])",  # "the Chair of the MAG" is a post, not this session's
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[.;:!?]")  # a cue reaches names in its own clause only


def _plausible(name: str, saluted: bool) -> bool:
    """A person's name: name-shaped with evidence (a known given name, a rare surname) or a
    salutation before it; never an organisation, a place or an acronym."""
    words = name.split()
    if ORG_WORDS.search(name) or is_place(name) or any(w.upper() in TITLE_ACRONYMS for w in words):
        return False
    return person_evidence(name) or (saluted and name_shape(name))


def _cued_role(before: str, after: str) -> Role | None:
    """The role a cue right before or after a name gives it ("moderated by X", "X chaired",
    "the moderator, X", "X, the chair of ...")."""
    clause = _CLAUSE.split(before)[-1]
    if role := role_before(clause):
        return role
    if role := role_after(after):
        return role
    noun = _ROLE_NOUN_BEFORE.search(clause) or _ROLE_NOUN_AFTER.match(after)
    return role_noun(noun.group()) if noun else None


def _people(text: str, span: SourceSpan) -> Iterator[PersonMention]:
    listed_role: Role | None = None  # the role of a "facilitated by A, B and C" list
    last_end = 0
    for match in _CANDIDATE.finditer(text):
        if match.start() < last_end or _INSIDE_ORGANISATION.search(text[: match.start()]):
            continue  # in the affiliation before, or "Global Forum on Cyber Expertise"
        name_text = match["name"]
        first, _, rest = name_text.partition(" ")
        if len(rest.split()) >= 2 and is_place(first) and person_evidence(rest):
            name_text = rest  # "the office in Geneva Chengetai Masango"
        before, after = text[: match.start()], text[match.end() :]
        if listed_role is not None and not _LIST_JOIN.fullmatch(text[last_end : match.start()]):
            listed_role = None
        listed_role = _cued_role(before, after) or listed_role
        affiliation = _AFTER_NAME.match(after)
        if not _plausible(name_text, bool(match["salutation"])):
            continue
        last_end = match.end() + (affiliation.end() if affiliation else 0)
        name, title = clean_name(name_text)
        role = listed_role or Role.PARTICIPANT
        person = PersonMention(name, name_text, role, span, title=title, in_prose=True)
        if affiliation:
            written = affiliation["paren"] or affiliation["post_org"] or affiliation["org"]
            found = parse_affiliation(written, span)
            person.organisation = found.organisation
            person.stakeholder_group = found.stakeholder_group
        yield person


def _organisations(text: str, span: SourceSpan) -> Iterator[Organisation]:
    for match in _ORGANISATION.finditer(text):
        name = re.sub(r"^The\s+", "", match["org"])
        head, of, tail = name.partition(" of ")
        if of and not ORG_WORDS.search(head):  # "Luca Belli of the FGV Law School"
            name = re.sub(r"^the\s+", "", tail)
        if ORG_WORDS.search(name) and len(name.split()) > 1:
            written = f"{name} ({match['acronym']})" if match["acronym"] else name
            yield parse_organisation(written, span)


def find_mentions(text: str, span: SourceSpan) -> Mentions:
    """The people and organisations ``text`` (read from ``span``) names."""
    return Mentions(list(_people(text, span)), list(_organisations(text, span)))


def unique_people(people: list[PersonMention]) -> list[PersonMention]:
    """One mention per person and role (the first, with the first affiliation written);
    a participant who also has another role is dropped."""
    kept: dict[tuple[str, Role], PersonMention] = {}
    for person in people:
        first = kept.setdefault((person.name.casefold(), person.role), person)
        if first.organisation is None and first.stakeholder_group is None:
            first.organisation = person.organisation
            first.stakeholder_group = person.stakeholder_group
    with_roles = {name for name, role in kept if role is not Role.PARTICIPANT}
    return [
        person
        for (name, role), person in kept.items()
        if role is not Role.PARTICIPANT or name not in with_roles
    ]


def unique_organisations(organisations: list[Organisation]) -> list[Organisation]:
    """The first mention of each organisation name."""
    seen: set[str] = set()
    kept: list[Organisation] = []
    for organisation in organisations:
        key = (organisation.name or organisation.acronym or "").casefold()
        if key and key not in seen:
            seen.add(key)
            kept.append(organisation)
    return kept
