"""The people index's blocking keys: the matches are those of comparing every known person.

:class:`PeopleIndex` compares a mention only with the known people who share a blocking
key with it (and, for a name that is not distinctive, an organisation or a
co-participant). These tests hold its answers to the exhaustive ones, on the look-alikes
of the other entity tests, on generated name variants (typos, initials, middle names,
word order, transliteration) and, with hypothesis, on drawn names.
"""

from __future__ import annotations

import random
from itertools import product

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igfgraph.resolve.people import (
    COMMON_FAMILY_NAMES,
    Match,
    PeopleIndex,
    PersonName,
    Profile,
    _blocks,
    compare,
    name_agreement,
    person_name,
)

# The look-alikes and recurring people of test_entities.py and test_resolve_people.py.
NAMES = [
    "Jörg Müller",
    "Joerg MUELLER",
    "Kofi Mensah",
    "K. Mensah",
    "Ana García",
    "Ana Garcia",
    "Ines Kowalczyk",
    "Ines Kowalcyk",
    "Maria Paz Canales",
    "Maria Canales",
    "Kummer Markus",
    "Markus Kummer",
    "Tomas Herrera Villalobos",
    "Tomás Herrera Villalobos",
    "Lena Vogt",
    "Kathy Brown",
    "Deborah Brown",
    "Sophie Huber",
    "Sophie Tomlinson",
    "Paul Wilson",
    "Paul Mitchell",
    "Luis Fernando García",
    "Cristina Monti",
    "Cristine Hoepers",
    "Glen McKnight",
    "Glenn McKnight",
    "William J. Drake",
    "William Drake",
    "William James Drake",
    "William K. Drake",
    "Ana Ruiz",
    "Ana Ríos",
    "Li Wei",
    "Li Wen",
    "Wei Li",
    "He Wei",
    "Anriette Esterhuysen",
    "Sheetal Kumar",
    "Vint Cerf",
    "V. Cerf",
    "Bruna Martins dos Santos",
    "Bruna Santos",
    "Anri van der Spuy",
    "Maarten van Horenbeeck",
    "Jac sm Kee",
    "Grace Githaiga",
    "Githaiga Grace",
    "Kummer, Markus",
    "Dr. Jörg Müller",
]
ORGANISATIONS = ["isoc", "den", "ccc", "access-now", "derechos-digitales", "gip", "itu"]
REPORTS = ["r1", "r2", "r3", "r4"]


def variants(name: str, rng: random.Random) -> list[str]:
    """``name`` and some ways of writing it: a typo, an initial, a middle name, caps."""
    words = name.replace(",", "").split()
    found = [name]
    if len(words) >= 2:
        given, family = words[0], words[-1]
        found += [f"{given[0]}. {family}", f"{family.upper()} {given}", f"{family}, {given}"]
        found.append(f"{given} Lee {family}")
        for word_at in (0, len(words) - 1):
            word = words[word_at]
            if len(word) >= 4:
                at = rng.randrange(1, len(word) - 1)
                changed = [*words]
                changed[word_at] = word[:at] + word[at + 1 :]
                found.append(" ".join(changed))
                changed[word_at] = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
                found.append(" ".join(changed))
    return found


def profile(key: str, names: list[str], rng: random.Random, reports=None) -> Profile:
    return Profile(
        key,
        names[0],
        names={person_name(name, name) for name in names},
        organisations=set(rng.sample(ORGANISATIONS, rng.randint(0, 2))),
        groups=set(rng.sample(["civil-society", "government"], rng.randint(0, 1))),
        co_participants={f"peer-{rng.randrange(8)}" for _ in range(rng.randint(0, 3))},
        reports=set(reports or rng.sample(REPORTS, rng.randint(1, 2))),
    )


def exhaustive_best_match(
    index: PeopleIndex, mention: Profile, report: str, peers: set[str]
) -> Match | None:
    """What :meth:`PeopleIndex.best_match` answers, comparing every known person."""
    views = (index._without(known, report) for known in index.people.values())
    matches = [compare(mention, view, peers) for view in views if view.reports]
    joined = [match for match in matches if match is not None and match.joined]
    return min(joined, key=lambda match: (-match.score, match.key)) if joined else None


def agreeing(index: PeopleIndex, names: set[PersonName]) -> set[str]:
    """The known people with a name that agrees with one of ``names``."""
    return {
        key
        for key, person in index.people.items()
        if any(name_agreement(a, b) for a, b in product(names, person.names))
    }


@pytest.fixture(scope="module")
def generated() -> tuple[PeopleIndex, list[Profile]]:
    """Known people (several per name, parts from several reports) and mentions."""
    rng = random.Random(16)
    written = [variant for name in NAMES for variant in variants(name, rng)]
    index = PeopleIndex()
    for number in range(200):
        names = rng.sample(written, rng.randint(1, 2))
        index.add(profile(f"p{number:03}-{person_name(names[0]).key}", names, rng))
    mentions = [profile("mention", [name], rng, reports=[rng.choice(REPORTS)]) for name in written]
    return index, mentions


def test_generated_mentions_match_as_comparing_every_known_person(generated):
    index, mentions = generated
    rng = random.Random(17)
    joined = 0
    for mention in mentions:
        (report,) = mention.reports
        for peers in (set(), {f"peer-{rng.randrange(8)}", f"peer-{rng.randrange(8)}"}):
            expected = exhaustive_best_match(index, mention, report, peers)
            assert index.best_match(mention, report, peers) == expected, mention.display_name
            joined += expected is not None
    assert joined > len(mentions) // 2  # the cases are not all trivial


def test_candidates_hold_every_person_whose_name_agrees(generated):
    index, mentions = generated
    for mention in mentions:
        found = {person.key for person in index.candidates(mention.names)}
        assert agreeing(index, mention.names) <= found


def test_candidates_are_few_of_the_known_people(generated):
    index, mentions = generated
    sizes = [len(list(index.candidates(mention.names))) for mention in mentions]
    assert max(sizes) < len(index.people) // 4


def test_names_that_agree_share_a_blocking_key():
    rng = random.Random(18)
    names = [person_name(v, v) for name in NAMES for v in variants(name, rng)]
    pairs = [(a, b) for a, b in product(names, names) if name_agreement(a, b) is not None]
    assert len(pairs) > 2 * len(names)
    for first, second in pairs:
        assert set(_blocks(first)) & set(_blocks(second)), (first.shown, second.shown)


# Hypothesis: names drawn from a few words and their misspellings, so that they often
# agree at every level (a common family name among them).
WORDS = ["ana", "anna", "markus", "marcus", "kummer", "kumer", "garcia", "li", "lee", "wei"]
WORDS += ["mensah", "mensha", "joerg", "jörg", "müller", "mueller", "paz", "k", "m", "j"]
_word = st.sampled_from(WORDS).map(str.title)
_name = st.lists(_word, min_size=1, max_size=4).map(" ".join)


@st.composite
def _profile(draw: st.DrawFn, key: str) -> Profile:
    names = draw(st.lists(_name, min_size=1, max_size=3))
    return Profile(
        key,
        names[0],
        names={person_name(name, name) for name in names},
        organisations=draw(st.sets(st.sampled_from(ORGANISATIONS[:3]), max_size=2)),
        groups=draw(st.sets(st.sampled_from(["civil-society", "government"]), max_size=1)),
        co_participants=draw(st.sets(st.sampled_from(["p0", "p1", "p2"]), max_size=2)),
        reports=draw(st.sets(st.sampled_from(REPORTS[:3]), min_size=1, max_size=2)),
    )


@st.composite
def _index_and_mention(draw: st.DrawFn) -> tuple[PeopleIndex, Profile, str, set[str]]:
    count = draw(st.integers(min_value=1, max_value=12))
    index = PeopleIndex(draw(_profile(f"p{number}")) for number in range(count))
    mention = draw(_profile("mention"))
    report = draw(st.sampled_from(REPORTS[:3]))
    peers = draw(st.sets(st.sampled_from(["p0", "p1", "p2"]), max_size=2))
    return index, mention, report, peers


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_index_and_mention())
def test_drawn_mentions_match_as_comparing_every_known_person(case):
    index, mention, report, peers = case
    assert index.best_match(mention, report, peers) == exhaustive_best_match(
        index, mention, report, peers
    )
    found = {person.key for person in index.candidates(mention.names)}
    assert agreeing(index, mention.names) <= found


@settings(max_examples=500, deadline=None)
@given(_name, _name)
def test_drawn_names_that_agree_share_a_blocking_key(one, other):
    first, second = person_name(one, one), person_name(other, other)
    if name_agreement(first, second) is not None:
        assert set(_blocks(first)) & set(_blocks(second))


def test_common_family_names_are_among_the_drawn_words():
    assert {"garcia", "li", "lee"} <= COMMON_FAMILY_NAMES
