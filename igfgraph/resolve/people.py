"""People: name normalisation, name comparison and the evidence that joins two mentions.

A name as one report writes it is a *mention*; a *person* is reconstructed from the
mentions that the evidence joins (the PiCo model). Names are compared after folding
case, diacritics and salutations; German transliteration counts as the same letters
(``Jörg`` = ``Joerg``). Name agreement comes in levels, strongest first:

    same name          the same words in the same order
    other word order   the same words in another order ("Kummer Markus")
    middle name        the same given and family name, a middle name or initial missing
    typo               one letter added, dropped, changed or swapped in one word
    initial            an initial for the given name ("M. Kummer")

What counts as evidence that two mentions in different reports are one person:
the same organisation (by key), a shared co-participant, the same stakeholder group,
and the name itself when it is *distinctive* (a full given name and a family name that
is not among the world's most common). Rules, conservative by design:

- a distinctive name agreeing at "same name", "other word order", "middle name" or
  "typo" joins on its own: people move between organisations, but two different people
  called Markus Kummer in internet governance are unlikely;
- a common name ("Ana Garcia") joins only with strong evidence: the same organisation
  or a shared co-participant; the same stakeholder group alone is not enough;
- an initial joins only with the same organisation.

Every decision is a :class:`Match` whose ``basis`` says why, e.g.
``"same name; same organisation"``; curation (``igfgraph/resolve/curation.py``) overrides it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property

from igfgraph.identity import slug
from igfgraph.parse.names import mistyped_word, one_typo_apart

# Levels of name agreement, strongest first, with the score each contributes.
SAME_NAME = "same name"
OTHER_ORDER = "other word order"
MIDDLE_NAME = "middle name"
TYPO = "typo"
INITIAL = "initial"
NAME_SCORES = {SAME_NAME: 1.0, OTHER_ORDER: 0.9, MIDDLE_NAME: 0.9, TYPO: 0.8, INITIAL: 0.6}
EVIDENCE_SCORES = {
    "same organisation": 0.3,
    "shared co-participant": 0.3,
    "same stakeholder group": 0.1,
    "distinctive name": 0.2,
}
STRONG_EVIDENCE = frozenset({"same organisation", "shared co-participant"})

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
# Salutations before a name; those that are also names (Hon, Ing, He) need their period.
_SALUTATION = re.compile(
    r"^(?:(?:(?:mr|mrs|ms|mx|dr|prof|professor|ambassador|sir|madam|dame|miss)\b\.?"
    r"|(?:h\.\s?e|amb|hon|eng|ing)\.)\s*)+(?=\S)",
    re.IGNORECASE,
)
# Family names shared by millions (the most frequent in China, India, Korea, Vietnam,
# the Arab world, Latin America, Europe, Africa, Japan and the English-speaking world).
# A name with one of these needs more than itself to join two reports.
COMMON_FAMILY_NAMES = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo
    zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai
    jiang yu du ye cheng wei su lu ding ren shen yao kim lee park choi jung kang cho yoon
    jang lim han shin nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly
    singh kumar sharma patel shah gupta das khan ali ahmed ahmad hassan hussain hussein
    mohamed mohammed muhammad ibrahim abdullah rahman islam hossain begum yadav reddy rao
    silva santos souza oliveira pereira costa ferreira rodrigues alves gomes martins lima
    carvalho ribeiro almeida fernandes garcia fernandez gonzalez rodriguez lopez martinez
    sanchez perez gomez martin jimenez ruiz hernandez diaz moreno alvarez romero torres
    ramirez flores rivera cruz reyes morales ortiz gutierrez chavez ramos vargas castillo
    mendoza herrera medina castro smith johnson williams brown jones miller davis wilson
    anderson thomas taylor moore jackson white harris clark lewis robinson walker young
    allen king wright scott hill green adams nelson baker hall campbell mitchell carter
    roberts murphy kelly evans edwards collins stewart morris rogers cook morgan bell
    muller schmidt schneider fischer weber meyer wagner becker schulz hoffmann rossi russo
    ferrari esposito bianchi romano colombo bernard dubois durand leroy moreau petit
    ivanov smirnov kuznetsov popov petrov nowak kowalski wisniewski tanaka suzuki
    takahashi watanabe sato ito yamamoto nakamura kobayashi mensah owusu boateng asante
    okafor okeke adeyemi mwangi otieno kamau banda phiri moyo dlamini nkosi diallo traore
    toure kone ndiaye diop sow yilmaz kaya demir sahin celik cohen levi jensen nielsen
    hansen andersson johansson karlsson nilsson larsen olsen jansen devries bakker visser
    """.split()
)


def _tokens(text: str) -> tuple[str, ...]:
    """Folded words of a name: ``"Jörg MÜLLER"`` -> (jorg, muller)."""
    return tuple(word for word in slug(text).split("-") if word)


@dataclass(frozen=True)
class PersonName:
    """A name in comparable forms: folded words, in normal order (given names first)."""

    forms: frozenset[tuple[str, ...]]  # plain folding and German transliteration
    shown: str = field(default="", compare=False)  # as written, in normal word order

    @cached_property
    def main(self) -> tuple[str, ...]:
        """The plain folded form; empty for a name with no letters or digits (``(``)."""
        return min(self.forms, key=lambda form: (len("".join(form)), form), default=())

    @cached_property
    def key(self) -> str:
        """The slug a new person with this name is given: ``jorg-muller`` (``unnamed`` if none)."""
        return "-".join(self.main) or "unnamed"

    @cached_property
    def blocks(self) -> tuple[str, ...]:
        """The index's blocking keys of this name (:func:`_blocks`)."""
        return tuple(dict.fromkeys(_blocks(self)))

    @cached_property
    def distinctive(self) -> bool:
        """A full given name and a family name that is not among the most common."""
        words = self.main
        return (
            len(words) >= 2
            and len(words[0]) > 1
            and len(words[-1]) >= 4
            and not any(form[-1] in COMMON_FAMILY_NAMES for form in self.forms)
        )


@cache
def person_name(clean: str, as_written: str | None = None) -> PersonName:
    """The comparable forms of a name; an ALL-CAPS word first in ``as_written`` is a family name.

    >>> person_name("Kummer Markus", "KUMMER Markus").main
    ('markus', 'kummer')
    """
    clean = _SALUTATION.sub("", clean)
    as_written = as_written and _SALUTATION.sub("", as_written)
    text = clean
    if "," in text:  # "Kummer, Markus": inverted
        family, _, given = text.partition(",")
        text = f"{given} {family}"
    elif as_written:
        words = as_written.split()
        if len(words) >= 2 and _is_caps(words[0]) and not all(map(_is_caps, words)):
            caps = [word for word in words if _is_caps(word)]
            rest = [word for word in words if not _is_caps(word)]
            clean_words = clean.split()
            if len(clean_words) == len(words):  # the clean form recased the capitals
                caps = [c for c, w in zip(clean_words, words, strict=True) if _is_caps(w)]
                rest = [c for c, w in zip(clean_words, words, strict=True) if not _is_caps(w)]
            text = " ".join([*rest, *caps])
    forms = {_tokens(text), _tokens(text.translate(_GERMAN))}
    return PersonName(frozenset(form for form in forms if form), " ".join(text.split()))


def _is_caps(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) > 1 and all(char.isupper() for char in letters)


def name_agreement(one: PersonName, other: PersonName) -> str | None:
    """How two names agree (a level of :data:`NAME_SCORES`), or None when they do not."""
    levels = [_agreement(a, b) for a in one.forms for b in other.forms]
    found = [level for level in levels if level is not None]
    return min(found, key=lambda level: -NAME_SCORES[level]) if found else None


def _agreement(one: tuple[str, ...], other: tuple[str, ...]) -> str | None:
    if one == other:
        return SAME_NAME
    if len(one) < 2 or len(other) < 2:
        return None
    if sorted(one) == sorted(other):
        return OTHER_ORDER
    if one[-1] == other[-1]:
        return _same_family(one, other)
    if mistyped_word(one, other, _TYPO_LETTERS):
        return TYPO
    return None


def _same_family(one: tuple[str, ...], other: tuple[str, ...]) -> str | None:
    """Names with the same family name: a middle name, an initial or a typo apart."""
    given, other_given = one[0], other[0]
    middle, other_middle = one[1:-1], other[1:-1]
    if given == other_given:
        return MIDDLE_NAME if _compatible(middle, other_middle) else None
    if (len(given) == 1 or len(other_given) == 1) and given[0] == other_given[0]:
        return INITIAL if _compatible(middle, other_middle) else None
    if middle == other_middle and one_typo_apart(given, other_given, _TYPO_LETTERS):
        return TYPO
    return None


def _compatible(middle: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Middle names that do not contradict: one missing, or initials that fit."""
    if not middle or not other:
        return True
    if len(middle) != len(other):
        return False
    return all(
        a == b or (min(len(a), len(b)) == 1 and a[0] == b[0])
        for a, b in zip(middle, other, strict=True)
    )


_TYPO_LETTERS = 4  # the shortest words that may differ by a typo


@dataclass
class Profile:
    """What is known about one person (or one mention): names, organisations, groups, peers."""

    key: str
    display_name: str
    names: set[PersonName] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)  # organisation keys
    groups: set[str] = field(default_factory=set)  # stakeholder group values
    co_participants: set[str] = field(default_factory=set)  # person keys
    reports: set[str] = field(default_factory=set)

    def add(self, other: Profile) -> None:
        """Take in what ``other`` knows."""
        self.names |= other.names
        self.organisations |= other.organisations
        self.groups |= other.groups
        self.co_participants |= other.co_participants
        self.reports |= other.reports


@dataclass(frozen=True)
class Match:
    """The comparison of a mention with a known person, and whether they are one."""

    key: str
    name_level: str
    evidence: tuple[str, ...]
    score: float
    joined: bool

    @property
    def basis(self) -> str:
        """Why: the name level and the evidence, e.g. ``same name; same organisation``."""
        return "; ".join((self.name_level, *self.evidence))


def compare(mention: Profile, known: Profile, peers: set[str] = frozenset()) -> Match | None:
    """Compare ``mention`` with ``known``; ``peers``: keys of the mention's co-participants."""
    levels = [name_agreement(a, b) for a in mention.names for b in known.names]
    found = [level for level in levels if level is not None]
    if not found:
        return None
    level = max(found, key=lambda name_level: NAME_SCORES[name_level])
    evidence = []
    if mention.organisations & known.organisations:
        evidence.append("same organisation")
    if peers & known.co_participants:
        evidence.append("shared co-participant")
    if mention.groups & known.groups:
        evidence.append("same stakeholder group")
    distinctive = all(name.distinctive for name in mention.names | known.names)
    if distinctive and level != INITIAL:
        evidence.append("distinctive name")
    score = NAME_SCORES[level] + sum(EVIDENCE_SCORES[item] for item in evidence)
    if level == INITIAL:
        joined = "same organisation" in evidence
    else:
        joined = distinctive or bool(STRONG_EVIDENCE.intersection(evidence))
    return Match(known.key, level, tuple(evidence), round(min(score, 2.0), 2), joined)


class PeopleIndex:
    """Known people by blocking keys, so that a mention is compared with a few candidates.

    Two names that agree at any level share a key (:func:`_blocks`), and a key holds
    only people whose names are alike: the same words, the same family name and given
    initial, the same given names and a family name one letter apart. A mention whose
    names are not all distinctive joins only on the same organisation or a shared
    co-participant, so :meth:`best_match` compares it only with the alike people who have
    one of those (people are indexed by organisation and by co-participant too): the
    candidates do not grow with the number of people known, and the matches are those of
    comparing every known person.
    """

    def __init__(self, people: Iterable[Profile] = ()) -> None:
        self.people: dict[str, Profile] = {}
        self._parts: dict[str, dict[str, Profile]] = defaultdict(dict)  # key -> report -> part
        self._blocks = _Postings()
        self._by_organisation = _Postings()
        self._by_co_participant = _Postings()
        self._unindexed: list[Profile] = []  # added, not yet under their keys
        for person in people:
            self.add(person)

    def add(self, person: Profile) -> None:
        """Add what one report says about ``person``, merged into the known profile."""
        known = self.people.get(person.key)
        if known is None:
            self.people[person.key] = known = Profile(person.key, person.display_name)
        known.add(person)
        for report in person.reports:
            parts = self._parts[person.key]
            part = parts.setdefault(report, Profile(person.key, person.display_name))
            part.add(person)
        self._unindexed.append(person)

    def _index(self) -> None:
        """Put the people added since the last question under their keys (an index that
        is never asked, such as that of a report resolved on its own, never builds them)."""
        for person in self._unindexed:
            for name in person.names:
                self._blocks.add(name.blocks, person.key)
            self._by_organisation.add(person.organisations, person.key)
            self._by_co_participant.add(person.co_participants, person.key)
        self._unindexed.clear()

    def candidates(self, names: Iterable[PersonName]) -> Iterator[Profile]:
        """Known people whose names share a blocking key with ``names``: every known
        person with a name that agrees with one of ``names`` (and a few more)."""
        for key in sorted(self._alike(names)):
            yield self.people[key]

    def _alike(self, names: Iterable[PersonName]) -> set[str]:
        """The keys of the people :meth:`candidates` gives."""
        self._index()
        keys: set[str] = set()
        for name in names:
            for block in name.blocks:
                keys.update(self._blocks.get(block))
        return keys

    def best_match(
        self, mention: Profile, report: str, peers: set[str] = frozenset()
    ) -> Match | None:
        """The joined match with the highest score (ties: the smaller key), if any.

        What ``report`` itself said before (an older version being replaced) is left
        out, so re-ingesting a report decides as the first ingest did.
        """
        if not self.people:
            return None
        keys = self._alike(mention.names)
        if keys and not all(name.distinctive for name in mention.names):
            keys = self._with_strong_evidence(mention, peers, keys)
        views = (self._without(self.people[key], report) for key in sorted(keys))
        matches = [compare(mention, view, peers) for view in views if view.reports]
        joined = [match for match in matches if match is not None and match.joined]
        return min(joined, key=lambda match: (-match.score, match.key)) if joined else None

    def _with_strong_evidence(self, mention: Profile, peers: set[str], among: set[str]) -> set[str]:
        """The people of ``among`` that :func:`compare` may join ``mention`` to when its
        name is not distinctive: those with one of its organisations or one of ``peers``
        as a co-participant (the initial of a name joins only on the organisation)."""
        found: set[str] = set()
        for organisation in mention.organisations:
            found |= among.intersection(self._by_organisation.get(organisation))
        for peer in peers:
            found |= among.intersection(self._by_co_participant.get(peer))
        return found

    def _without(self, known: Profile, report: str) -> Profile:
        """``known`` as the reports other than ``report`` describe it."""
        if report not in known.reports:
            return known
        view = Profile(known.key, known.display_name)
        for part_report, part in self._parts[known.key].items():
            if part_report != report:
                view.add(part)
        return view

    def free_key(self, wanted: str, report: str) -> str:
        """``wanted`` unless a person from another report has it, else qualified by ``report``."""
        known = self.people.get(wanted)
        if known is None or known.reports <= {report}:
            return wanted
        return f"{wanted}--{slug(report)}"


class _Postings:
    """Key -> the people (keys) under it. Most blocking keys hold one person, whose key is
    then kept alone, not in a set of its own (a set costs about 200 bytes)."""

    def __init__(self) -> None:
        self._held: dict[str, str | set[str]] = {}

    def add(self, keys: Iterable[str], person: str) -> None:
        """Put ``person`` under each of ``keys``."""
        held_by = self._held
        for key in keys:
            held = held_by.setdefault(key, person)
            if held is person or held == person:
                continue
            if isinstance(held, str):
                held_by[key] = {held, person}
            else:
                held.add(person)

    def get(self, key: str) -> Collection[str]:
        """The people under ``key`` (none when it is unknown)."""
        held = self._held.get(key, ())
        return (held,) if isinstance(held, str) else held


def _blocks(name: PersonName) -> Iterator[str]:
    """Blocking keys: two names that agree (:func:`name_agreement`) share one.

    The words in any order (the same name, another word order); the family name with the
    given name's first letter (a middle name missing, an initial, a typo in the given
    name, which keeps the first letter); the family name, whole and with each letter but
    the first dropped, with the given names (a typo in a family name of four letters or
    more: two names one edit apart share a spelling with one letter dropped). Each key is
    one string (folded words hold no spaces): a tuple and its words would cost more.
    """
    for form in name.forms:
        yield "w " + " ".join(sorted(form))
        if len(form) >= 2:
            given, family = " ".join(form[:-1]), form[-1]
            yield f"f {family} {form[0][0]}"
            if len(family) >= _TYPO_LETTERS:
                yield f"t {family} {given}"
                for at in range(1, len(family)):
                    yield f"t {family[:at]}{family[at + 1 :]} {given}"
