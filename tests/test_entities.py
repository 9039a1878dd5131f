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

from igfgraph.ingest import collect_files, ingest, load_reports
from igfgraph.model import Basis, Report, StakeholderGroup
from igfgraph.queries import run_query
from igfgraph.resolve import KnownEntities
from igfgraph.resolve.curation import load_curation
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
    assert basis[("ent_b_2019.txt", "Joerg Mueller")] == (
        "same name; same organisation; same stakeholder group"  # the gazetteer knows the CCC
    )
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
    curation = load_curation(ENTITIES / "curation.yaml")  # decisions force a new resolution
    observations = []
    for _ in range(2):
        summary = ingest(store, COMPOSED, curation=curation)
        assert len(summary.ingested) == len(COMPOSED) and not summary.skipped
        assert run_query(store, "people") == people  # the same people, names, organisations
        observations.append(sorted(map(str, run_query(store, "known_people"))))
    # Re-resolving may find better evidence (later reports now exist), never other people;
    # resolving again with the same store and curation changes nothing at all.
    assert observations[0] == observations[1]


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


# -- the civil-society map queries on the composed reports ------------------------------


@pytest.fixture(scope="module")
def composed_store():
    store = open_store("memory:")
    assert ingest(store, COMPOSED).ok
    return store


def plain(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in row.items() if not k.endswith("_iri")} for row in rows]


def test_stakeholder_mix_per_session_and_year(composed_store):
    rows = [r for r in plain(run_query(composed_store, "stakeholder_mix")) if r["year"] == 2022]
    per_session = [(r["session"], r["stakeholder_group"], r["people"], r["total"]) for r in rows]
    assert sorted(set(per_session), key=lambda row: (row[0] or "", row[1])) == [
        (None, "civil society", 1, 5),
        (None, "government", 1, 5),
        (None, "unknown", 3, 5),
        ("WS #504", "civil society", 1, 5),
        ("WS #504", "government", 1, 5),
        ("WS #504", "unknown", 3, 5),
    ]
    assert {float(r["share"]) for r in rows} == {0.2, 0.6}


def test_person_timeline_follows_a_person_who_moved(composed_store):
    rows = plain(run_query(composed_store, "person_timeline", {"person": "Markus Kummer"}))
    assert [
        (r["year"], r["session"], r["roles"], r["organisation"], r["as_written"], r["match_basis"])
        for r in rows
    ] == [
        (2019, "WS #502", "chair", "Internet Society", "KUMMER Markus", "new person"),
        (
            2021,
            "WS #503",
            "chair",
            "Geneva Internet Platform",
            "Mr. Markus Kummer",
            "same name; distinctive name",
        ),
    ]


def test_bridges_reach_other_stakeholder_groups(composed_store):
    rows = {(r["name"], r["kind"]): r for r in plain(run_query(composed_store, "bridges"))}
    kummer = rows[("Markus Kummer", "person")]
    assert (kummer["group_count"], kummer["sessions"]) == (3, 2)
    assert set(kummer["groups_reached"].split("; ")) == {"academia", "government", "civil society"}
    ministry = rows[("Ministry of Communications", "organisation")]
    assert ministry["own_group"] == "government"
    assert set(ministry["groups_reached"].split("; ")) == {"academia", "civil society"}
    assert ("Ana Garcia", "person") not in rows  # one session, one other group: no bridge
    assert set(kummer["own_group"].split("; ")) == {"civil society", "technical community"}


def test_civil_society_map_and_ties_on_resolved_entities(composed_store):
    rows = {r["organisation"]: r for r in plain(run_query(composed_store, "civil_society_map"))}
    derechos = rows["Derechos Digitales"]
    assert set(derechos["people"].split("; ")) == {"Ana García", "Maria Paz Canales"}
    assert (derechos["people_count"], derechos["session_count"]) == (2, 2)
    assert rows["Access Now"]["people"] == "Ana Garcia"  # the other Ana
    gip_groups = set(rows["Geneva Internet Platform"]["other_groups"].split("; "))
    assert gip_groups == {"government", "academia"}  # not ISOC's group of another year
    ties = plain(run_query(composed_store, "organisation_ties", {"org": "Chaos Computer Club"}))
    assert ties[0] == {
        "org": "Chaos Computer Club",
        "partner": "Digital Empowerment Network",
        "co_organised": 1,
        "shared_panels": 2,
        "weight": 3,
        "org_group": "civil society",
        "partner_group": None,
    }
