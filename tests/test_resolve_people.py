"""Person names: normal forms, levels of agreement, and the evidence rules that join them."""

from __future__ import annotations

import pytest

from igfgraph.resolve.people import (
    INITIAL,
    MIDDLE_NAME,
    OTHER_ORDER,
    SAME_NAME,
    TYPO,
    PeopleIndex,
    Profile,
    compare,
    name_agreement,
    person_name,
)


def profile(key: str, *names: str, orgs=(), groups=(), peers=(), reports=("r1",)) -> Profile:
    return Profile(
        key,
        names[0],
        names={person_name(name, name) for name in names},
        organisations=set(orgs),
        groups=set(groups),
        co_participants=set(peers),
        reports=set(reports),
    )


@pytest.mark.parametrize(
    ("clean", "written", "main"),
    [
        ("Jörg Müller", "Dr. Jörg Müller", ("jorg", "muller")),
        ("Kummer Markus", "KUMMER Markus", ("markus", "kummer")),
        ("Kummer, Markus", None, ("markus", "kummer")),
        ("Maryant Fernández", None, ("maryant", "fernandez")),
        ("Ms. Ana Ruiz", None, ("ana", "ruiz")),
        ("Paul Wilson", "H.E. Paul Wilson", ("paul", "wilson")),  # capitals, not a family name
        ("Prof. Dr. Wolfgang Kleinwächter", None, ("wolfgang", "kleinwachter")),
        ("He Wei", None, ("he", "wei")),  # a family name, not "His Excellency"
        ("Hon Wei", None, ("hon", "wei")),
    ],
)
def test_names_fold_case_diacritics_salutations_and_order(clean, written, main):
    assert person_name(clean, written).main == main


def test_german_umlauts_also_read_as_their_transliteration():
    assert ("joerg", "mueller") in person_name("Jörg Müller").forms
    assert person_name("Joerg Mueller").forms == {("joerg", "mueller")}


@pytest.mark.parametrize(
    ("one", "other", "level"),
    [
        ("Jörg Müller", "Joerg Mueller", SAME_NAME),
        ("Maryant Fernández", "MARYANT FERNANDEZ", SAME_NAME),
        ("Markus Kummer", "Kummer Markus", OTHER_ORDER),
        ("Maria Paz Canales", "Maria Canales", MIDDLE_NAME),
        ("William J. Drake", "William Drake", MIDDLE_NAME),
        ("William J. Drake", "William James Drake", MIDDLE_NAME),
        ("Glen McKnight", "Glenn McKnight", TYPO),
        ("Ines Kowalczyk", "Ines Kowalcyk", TYPO),
        ("K. Mensah", "Kofi Mensah", INITIAL),
        ("Kathy Brown", "Deborah Brown", None),
        ("William J. Drake", "William K. Drake", None),
        ("Ana Ruiz", "Ana Ríos", None),
        ("Li Wei", "Li Wen", None),  # three letters: too short to call a typo
    ],
)
def test_name_agreement_levels(one, other, level):
    assert name_agreement(person_name(one, one), person_name(other, other)) == level


@pytest.mark.parametrize(
    ("name", "distinctive"),
    [
        ("Markus Kummer", True),
        ("Anriette Esterhuysen", True),
        ("Paul Wilson", False),
        ("Ana García", False),
        ("Sheetal Kumar", False),
        ("Jörg Müller", False),  # Müller is among the most common German family names
        ("K. Mensah", False),
        ("Vint Cerf", True),
    ],
)
def test_distinctive_names(name, distinctive):
    assert person_name(name).distinctive is distinctive


def test_a_distinctive_name_joins_across_organisations():
    match = compare(
        profile("m", "Markus Kummer", orgs={"geneva-internet-platform"}),
        profile("markus-kummer", "Markus Kummer", orgs={"internet-society"}),
    )
    assert match.joined and match.basis == "same name; distinctive name"


def test_a_common_name_with_nothing_else_in_common_stays_apart():
    match = compare(
        profile("a", "Ana Garcia", orgs={"access-now"}, groups={"civil-society"}),
        profile("ana-garcia", "Ana García", orgs={"derechos-digitales"}, groups={"civil-society"}),
    )
    assert not match.joined
    assert match.evidence == ("same stakeholder group",)


@pytest.mark.parametrize(
    ("mention", "peers", "basis"),
    [
        (profile("a", "Ana Garcia", orgs={"derechos-digitales"}), set(), "same organisation"),
        (profile("a", "Ana Garcia", orgs={"access-now"}), {"kofi-mensah"}, "shared co-participant"),
    ],
)
def test_a_common_name_joins_with_strong_evidence(mention, peers, basis):
    known = profile("ana-garcia", "Ana García", orgs={"derechos-digitales"}, peers={"kofi-mensah"})
    match = compare(mention, known, peers)
    assert match.joined and match.basis == f"same name; {basis}"


def test_an_initial_joins_only_with_the_same_organisation():
    known = profile("kofi-mensah", "Kofi Mensah", orgs={"den"}, peers={"lena-vogt"})
    same_org = compare(profile("k", "K. Mensah", orgs={"den"}), known)
    peer_only = compare(profile("k", "K. Mensah", orgs={"other"}), known, {"lena-vogt"})
    assert same_org.joined and same_org.basis == "initial; same organisation"
    assert not peer_only.joined


def test_the_index_prefers_the_best_scored_match_and_skips_the_report_itself():
    index = PeopleIndex(
        [
            profile("ana-garcia", "Ana García", orgs={"derechos-digitales"}, reports={"a"}),
            profile("ana-garcia--b", "Ana Garcia", orgs={"access-now"}, reports={"b"}),
        ]
    )
    mention = profile("x", "Ana Garcia", orgs={"access-now"}, reports={"c"})
    assert index.best_match(mention, "c").key == "ana-garcia--b"
    assert index.best_match(mention, "b") is None  # its own older version is not evidence
    assert index.free_key("ana-garcia", "c") == "ana-garcia--c"
    assert index.free_key("ana-garcia", "a") == "ana-garcia"
