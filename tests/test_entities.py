"""The same person, the same organisation: identities across reports.

Two corpora: ``tests/fixtures/entities/`` (four composed reports whose answers are known
by construction, see the table below) and every real-world document the project has
(the seed, ``../shared/corpus/dev`` and ``tests/fixtures/corpus``), whose gold files
give a ``person_id`` for each person.

Composed reports (2018 A, 2019 B, 2021 C, 2022 D):

    Jörg Müller (A, CCC)      = Joerg MUELLER (B, CCC)          transliteration, caps
    Kofi Mensah (A, DEN)      = K. Mensah (B, DEN)              initial + organisation
    Kofi Mensah (D, Kumasi)   != Kofi Mensah (A)                common name, nothing shared
    Ana García (A, Derechos)  != Ana Garcia (D, Access Now)     common name, nothing shared
    Ines Kowalczyk (A)        = Ines Kowalcyk (B)               typo in a distinctive name
    Maria Paz Canales (A)     = Maria Canales (B)               middle name, same organisation
    KUMMER Markus (B, ISOC)   = Markus Kummer (C, GIP)          distinctive name, people move
    Tomas Herrera Villalobos (C) = Tomás ... (D)                diacritics, distinctive
    DEN (B) = Digital Empowerment Network (A: "..., DEN")       acronym learned from the corpus
    Techhub Kumasi (B) = Tech Hub Kumasi (D)                    spacing variant
    Centre for Digital Rights at University of Leipzig (A)      unit of University of Leipzig
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from igfgraph.curation import load_curation
from igfgraph.ingest import collect_files, ingest, load_reports
from igfgraph.model import Basis, Report, StakeholderGroup
from igfgraph.queries import run_query
from igfgraph.resolve import KnownEntities
from igfgraph.resolve.people import person_name
from igfgraph.store import open_store

FIXTURES = Path(__file__).parent / "fixtures"
ENTITIES = FIXTURES / "entities"
COMPOSED = [
    ENTITIES / f"{stem}.txt" for stem in ("ent_a_2018", "ent_b_2019", "ent_c_2021", "ent_d_2022")
]


def resolve_in_order(files: list[Path], curation=None) -> dict[str, list[Report]]:
    known = KnownEntities()
    return {path.name: load_reports(path, known, curation) for path in files}


def keys_by_file(reports: dict[str, list[Report]]) -> dict[tuple[str, str], set[str]]:
    """(file, name as cleaned) -> the person keys its mentions got."""
    keys: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name, file_reports in reports.items():
        for report in file_reports:
            for mention in report.people:
                keys[(name, mention.name)].add(mention.person_key)
    return keys


@pytest.fixture(scope="module")
def composed() -> dict[tuple[str, str], set[str]]:
    return keys_by_file(resolve_in_order(COMPOSED))


@pytest.mark.parametrize(
    ("mentions", "key"),
    [
        ([("ent_a_2018.txt", "Jörg Müller"), ("ent_b_2019.txt", "Joerg Mueller")], "jorg-muller"),
        ([("ent_a_2018.txt", "Kofi Mensah"), ("ent_b_2019.txt", "K. Mensah")], "kofi-mensah"),
        (
            [("ent_a_2018.txt", "Ines Kowalczyk"), ("ent_b_2019.txt", "Ines Kowalcyk")],
            "ines-kowalczyk",
        ),
        (
            [("ent_a_2018.txt", "Maria Paz Canales"), ("ent_b_2019.txt", "Maria Canales")],
            "maria-paz-canales",
        ),
        (
            [("ent_b_2019.txt", "Kummer Markus"), ("ent_c_2021.txt", "Markus Kummer")],
            "markus-kummer",
        ),
        (
            [
                ("ent_c_2021.txt", "Tomas Herrera Villalobos"),
                ("ent_d_2022.txt", "Tomás Herrera Villalobos"),
            ],
            "tomas-herrera-villalobos",
        ),
        ([("ent_a_2018.txt", "Lena Vogt"), ("ent_b_2019.txt", "Lena Vogt")], "lena-vogt"),
    ],
)
def test_composed_people_are_one_person(composed, mentions, key):
    assert all(composed[mention] == {key} for mention in mentions)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("ent_a_2018.txt", "Ana García"), ("ent_d_2022.txt", "Ana Garcia")),
        (("ent_a_2018.txt", "Kofi Mensah"), ("ent_d_2022.txt", "Kofi Mensah")),
    ],
)
def test_composed_look_alikes_stay_apart(composed, first, second):
    (key,) = composed[first]
    assert key == person_name(first[1]).key
    assert composed[second] == {f"{key}--ent-d-2022"}


def test_every_merge_records_why():
    reports = resolve_in_order(COMPOSED)
    basis = {
        (path, m.name): m.match_basis
        for path, file_reports in reports.items()
        for report in file_reports
        for m in report.people
    }
    assert basis[("ent_b_2019.txt", "Joerg Mueller")] == "same name; same organisation"
    assert basis[("ent_b_2019.txt", "K. Mensah")] == "initial; same organisation"
    assert basis[("ent_b_2019.txt", "Ines Kowalcyk")] == "typo; distinctive name"
    assert basis[("ent_c_2021.txt", "Markus Kummer")] == "same name; distinctive name"
    assert basis[("ent_d_2022.txt", "Ana Garcia")] == "new person"


def test_composed_organisations():
    reports = resolve_in_order(COMPOSED)
    people = {
        m.name: m for file_reports in reports.values() for r in file_reports for m in r.people
    }
    den = people["K. Mensah"].organisation
    assert (den.name, den.acronym, den.name_basis, den.key) == (
        "Digital Empowerment Network",
        "DEN",
        Basis.CORPUS,
        "digital-empowerment-network",
    )
    kumasi = people["Esi Boateng"].organisation
    assert (kumasi.as_written, kumasi.key) == ("Tech Hub Kumasi", "techhub-kumasi")
    centre = people["Ines Kowalczyk"].organisation
    assert centre.parent.name == "University of Leipzig"
    assert centre.parent.stakeholder_group is StakeholderGroup.ACADEMIA
    assert centre.stakeholder_group is StakeholderGroup.ACADEMIA


def test_entities_survive_the_store_and_reingesting():
    """Ingesting resolves against what the store holds; resolving again changes nothing."""
    store = open_store("memory:")
    for path in COMPOSED:  # one run per file: each sees the others only through the store
        assert ingest(store, [path]).ok
    people = run_query(store, "people")
    by_name = {row["person"]: row for row in people}
    assert by_name["Jörg Müller"]["organisations"] == "Chaos Computer Club"
    assert by_name["Markus Kummer"]["organisations"] == "Geneva Internet Platform; Internet Society"
    assert sorted(row["person"] for row in people if row["person"].startswith(("Ana", "Kofi"))) == [
        "Ana Garcia",
        "Ana García",
        "Kofi Mensah",
        "Kofi Mensah",
    ]
    known = run_query(store, "known_people")
    curation = load_curation(ENTITIES / "curation.yaml")  # decisions force a new resolution
    for _ in range(2):
        summary = ingest(store, COMPOSED, curation=curation)
        assert len(summary.ingested) == len(COMPOSED) and not summary.skipped
        assert run_query(store, "people") == people
        assert sorted(map(str, run_query(store, "known_people"))) == sorted(map(str, known))


# -- the real-world corpus ---------------------------------------------------------------

RECURRING_PEOPLE = [
    "Alberto Pace",
    "Alejandro Pisanty",
    "Alison Gillwald",
    "Amrita Choudhury",
    "Anri van der Spuy",
    "Anriette Esterhuysen",
    "Bruna Martins dos Santos",
    "Chinmayi Arun",
    "Cristina Monti",
    "Cristine Hoepers",
    "Deborah Brown",
    "Farzaneh Badii",
    "Francois Grey",
    "Grace Githaiga",
    "Hanane Boujemi",
    "Jac sm Kee",
    "Katharina Hoene",
    "Kathy Brown",
    "Lianna Galstyan",
    "Maarten van Horenbeeck",
    "Mario Fromow",
    "Markus Kummer",
    "Marianne Franklin",
    "Minda Moreira",
    "Nighat Dad",
    "Nnenna Nwakanma",
    "Olaf Kolkman",
    "Paul Wilson",
    "Rodrigo de la Parra",
    "Sarah Kiden",
    "Sheetal Kumar",
    "Sophie Tomlinson",
    "Timea Suto",
    "Tracy Hackshaw",
    "Vint Cerf",
    "William J. Drake",
    "Wolfgang Benedek",
]
LOOK_ALIKES = [
    ("Kathy Brown", "Deborah Brown"),
    ("Sophie Huber", "Sophie Tomlinson"),
    ("Paul Wilson", "Paul Mitchell"),
    ("Maria Paz Canales", "Luis Fernando García"),
    ("Cristina Monti", "Cristine Hoepers"),
]


def corpus_files(shared: Path) -> list[Path]:
    seed = sorted((shared / "seed").glob("*.txt"))
    return collect_files([*seed, shared / "corpus" / "dev", FIXTURES / "corpus"])


@pytest.fixture(scope="module")
def corpus(SHARED) -> dict[str, set[str]]:
    """Folded name -> person keys, resolving every document in order with the test curation."""
    curation = load_curation(ENTITIES / "curation.yaml")
    known = KnownEntities()
    keys: dict[str, set[str]] = defaultdict(set)
    for path in corpus_files(SHARED):
        for report in load_reports(path, known, curation):
            for mention in report.people:
                keys[person_name(mention.name, mention.name_as_written).key].add(mention.person_key)
    return keys


@pytest.mark.parametrize("name", RECURRING_PEOPLE)
def test_every_recurring_person_is_one_entity(corpus, name):
    assert len(corpus[person_name(name).key]) == 1


@pytest.mark.parametrize(("one", "other"), LOOK_ALIKES)
def test_look_alikes_stay_apart(corpus, one, other):
    assert corpus[person_name(one).key].isdisjoint(corpus[person_name(other).key])


def test_no_two_gold_people_share_an_entity(SHARED):
    """Precision against the gold files: one key never covers two gold person ids."""
    known = KnownEntities()
    curation = load_curation(ENTITIES / "curation.yaml")
    ids_by_key: dict[str, set[str]] = defaultdict(set)
    for path in corpus_files(SHARED):
        gold_path = path.with_name(path.name.rsplit(".", 1)[0] + ".gold.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        people = [p for g in (gold if isinstance(gold, list) else [gold]) for p in g["people"]]
        gold_ids = {
            person_name(p["name"]).key: p.get("person_id") or person_name(p["name"]).key
            for p in people
        }
        for report in load_reports(path, known, curation):
            for mention in report.people:
                gold_id = gold_ids.get(person_name(mention.name, mention.name_as_written).key)
                if gold_id:
                    ids_by_key[mention.person_key].add(gold_id)
    assert {key: ids for key, ids in ids_by_key.items() if len(ids) > 1} == {}
