"""Every query of queries/ and queries/internal/ on the small hand-made report, in an
in-memory Oxigraph store."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from small_report import FILE, TITLE, small_report

from igfgraph.queries import parse_query_file
from igfgraph.rdf import report_to_dataset
from igfgraph.vocab import ID

QUERIES = Path(__file__).resolve().parents[1] / "queries"
QUERY_FILES = sorted([*QUERIES.glob("*.rq"), *QUERIES.glob("internal/*.rq")])
ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology"
INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
ANA, BOB, DANA = (str(ID[f"person/{name}"]) for name in ("ana-nunez", "bob-smith", "dana-roe"))
DERECHOS, CIG, ISOC = (
    str(ID[f"org/{name}"]) for name in ("derechos-digitales", "acronym-cig", "internet-society")
)
SESSION = str(ID["session/igf-2019-ws-99"])
PANEL = f"{SESSION}/panel/1"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    nquads = report_to_dataset(small_report()).serialize(format="nquads", encoding="utf-8")
    store.load(nquads, format=ox.RdfFormat.N_QUADS)
    for path in sorted(ONTOLOGY.glob("*.ttl")):
        store.load(path.read_bytes(), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ID["o"]))
    return store


def value(term: ox.NamedNode | ox.Literal | None) -> str | int | None:
    """A cell as a plain value; xsd:integer becomes int."""
    if isinstance(term, ox.Literal) and term.datatype == INTEGER:
        return int(term.value)
    return None if term is None else term.value


def run(store: ox.Store, name: str, **params: str) -> list[dict[str, str | int | None]]:
    """The query file's SPARQL, its rows joined and ordered as its header says."""
    query = parse_query_file(query_file(name))
    substitutions = {ox.Variable(key): ox.Literal(val) for key, val in params.items()}
    solutions = store.query(
        query.text, use_default_graph_as_union=True, substitutions=substitutions
    )
    names = [variable.value for variable in solutions.variables]
    return query.finished([{n: value(solution[n]) for n in names} for solution in solutions])


def query_file(name: str) -> Path:
    """The file of the query ``name``, a question or an internal one."""
    return next(path for path in QUERY_FILES if path.stem == name)


def header_columns(name: str) -> list[str]:
    header = query_file(name).read_text(encoding="utf-8").splitlines()
    line = next(line for line in header if line.startswith("# columns:"))
    return [column.strip() for column in line.split(":", 1)[1].split(",")]


def split(cell: str) -> set[str]:
    return set(cell.split("; "))


NO_ROWS_HERE = {"missing_voices", "session_topics", "topics_of_sessions"}
"""Queries that give no row on the small report (it matched no topic; missing voices:
tests/test_balance.py); their header is held to the variables they select."""


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_columns_match_the_header(store: ox.Store, path: Path):
    if path.stem in NO_ROWS_HERE:
        solutions = store.query(parse_query_file(path).text, use_default_graph_as_union=True)
        assert [variable.value for variable in solutions.variables] == header_columns(path.stem)
        return
    assert list(run(store, path.stem)[0]) == header_columns(path.stem)


def test_gender_balance(store: ox.Store):
    """The report's 40 participants, 45% women; Ana (female) and Bob (male) spoke, Ana
    120 of the 200 words."""
    [row] = run(store, "gender_balance")
    assert list(row) == header_columns("gender_balance")
    assert {key: row[key] for key in ("session", "participants", "women_share", "reports")} == {
        "session": "WS #99",
        "participants": 40,
        "women_share": "0.45",
        "reports": 1,
    }
    assert [
        row[key] for key in ("speakers", "female_names", "male_names", "female_name_share")
    ] == [
        2,
        1,
        1,
        "0.5",
    ]
    assert [row[key] for key in ("words", "female_words", "female_word_share")] == [200, 120, "0.6"]


def test_speaking_time(store: ox.Store):
    """Ana (civil society, female) 120 words in 3 turns, Bob (government, male) 80 in 2,
    on panel 1 of WS #99: rows for the session and for its year, 2019."""
    rows = run(store, "speaking_time")
    found = [
        (row["session"], row["grouping"], row["who"], row["turns"], row["words"], row["share"])
        for row in rows
    ]
    year = [
        ("person", "Ana Núñez", 3, 120, "0.6"),
        ("person", "Bob Smith", 2, 80, "0.4"),
        ("stakeholder group", "civil society", 3, 120, "0.6"),
        ("stakeholder group", "government", 2, 80, "0.4"),
        ("name gender", "female", 3, 120, "0.6"),
        ("name gender", "male", 2, 80, "0.4"),
    ]
    assert sorted(found, key=str) == sorted(
        [(None, *row) for row in year] + [("WS #99", *row) for row in year], key=str
    )
    assert {(row["year"], row["total_words"]) for row in rows} == {(2019, 200)}
    assert {row["session_title"] for row in rows} == {TITLE, "all sessions"}


def test_who_spoke_with_whom(store: ox.Store):
    ana_bob = {
        "person": "Ana Núñez",
        "partner": "Bob Smith",
        "shared_sessions": 1,
        "shared_panels": 1,
        "person_iri": ANA,
        "partner_iri": BOB,
    }
    bob_ana = ana_bob | {"person": "Bob Smith", "partner": "Ana Núñez"}
    bob_ana |= {"person_iri": BOB, "partner_iri": ANA}
    assert run(store, "who_spoke_with_whom") == [ana_bob, bob_ana]
    assert run(store, "who_spoke_with_whom", person="Ana Núñez") == [ana_bob]
    assert run(store, "who_spoke_with_whom", person="Dana Roe") == []  # the rapporteur


def test_copanelists(store: ox.Store):
    assert run(store, "copanelists", person="Bob Smith") == [
        {
            "person": "Bob Smith",
            "partner": "Ana Núñez",
            "panel": "Panel 1",
            "session_title": TITLE,
            "person_role": "moderator",
            "partner_role": "speaker",
            "person_iri": BOB,
            "partner_iri": ANA,
            "panel_iri": PANEL,
        }
    ]
    assert len(run(store, "copanelists")) == 2


def test_session_people(store: ox.Store):
    rows = run(store, "session_people", session="WS #99")
    assert {row["session"] for row in rows} == {"WS #99"}
    assert {row["session_title"] for row in rows} == {TITLE}
    assert {row["session_iri"] for row in rows} == {SESSION}
    cells = [
        (r["person"], r["role"], r["panel"], r["organisation"], r["stakeholder_group"], r["line"])
        for r in rows
    ]
    assert cells == [
        (None, "organizer", None, "CIG", "government", 5),
        (None, "organizer", None, "Internet Society", "technical community", 5),
        ("Dana Roe", "organizer", None, "CIG", "government", 5),
        ("Ana Núñez", "speaker", "Panel 1", "Derechos Digitales", "civil society", 12),
        ("Bob Smith", "moderator", "Panel 1", "CIG", "government", 13),
        ("Dana Roe", "rapporteur", None, None, None, 14),
    ]
    assert run(store, "session_people") == rows
    assert run(store, "session_people", session="WS #1") == []


def test_organisation_ties(store: ox.Store):
    rows = run(store, "organisation_ties")
    assert [
        (r["org"], r["partner"], r["co_organised"], r["shared_panels"], r["weight"]) for r in rows
    ] == [
        ("CIG", "Derechos Digitales", 0, 1, 1),
        ("CIG", "Internet Society", 1, 0, 1),
        ("Derechos Digitales", "CIG", 0, 1, 1),
        ("Internet Society", "CIG", 1, 0, 1),
    ]
    assert rows[1] | {"co_organised": 1} == {
        "org": "CIG",
        "partner": "Internet Society",
        "co_organised": 1,
        "shared_panels": 0,
        "weight": 1,
        "org_group": "government",
        "partner_group": "technical community",
        "org_iri": CIG,
        "partner_iri": ISOC,
    }
    assert len(run(store, "organisation_ties", org="Internet Society")) == 1


def test_civil_society_map(store: ox.Store):
    (row,) = run(store, "civil_society_map")
    assert row == {
        "organisation": "Derechos Digitales",
        "people": "Ana Núñez",
        "sessions": TITLE,
        "other_groups": row["other_groups"],
        "people_count": 1,
        "session_count": 1,
        "organisation_iri": DERECHOS,
    }
    assert split(row["other_groups"]) == {"government", "technical community"}
    assert run(store, "civil_society_map", organisation="Derechos Digitales") == [row]
    assert run(store, "civil_society_map", organisation="Internet Society") == []


def test_people(store: ox.Store):
    rows = {row["person"]: row for row in run(store, "people")}
    assert list(rows) == ["Ana Núñez", "Bob Smith", "Dana Roe"]
    assert rows["Ana Núñez"] == {
        "person": "Ana Núñez",
        "person_iri": ANA,
        "stakeholder_group": "civil society",
        "organisations": "Derechos Digitales",
        "roles": "speaker",
        "sessions": TITLE,
        "lines": f"{FILE}:12",
    }
    dana = rows["Dana Roe"]
    assert (dana["stakeholder_group"], dana["organisations"]) == ("government", "CIG")
    assert split(dana["roles"]) == {"organizer", "rapporteur"}
    assert split(dana["lines"]) == {f"{FILE}:5-6", f"{FILE}:14"}
    assert run(store, "people", person="Bob Smith")[0]["roles"] == "moderator"
