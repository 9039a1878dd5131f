"""who_spoke_with_whom for everyone by sparse products: the SPARQL's rows, in its order."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from bench.generate import write_corpus
from igfgraph.errors import QueryError
from igfgraph.ingest import collect_files, ingest
from igfgraph.queries import load_query, parse_query_file, run_query
from igfgraph.queries.cospeaking import co_speaker_pairs_among
from igfgraph.store import GraphStore, open_store

CORPORA = {
    "seed": [ROOT / "examples" / "reports"],
    "own corpus": [ROOT / "tests" / "fixtures" / "corpus"],
}


def sparql_rows(store: GraphStore) -> list[dict[str, object]]:
    """who_spoke_with_whom.rq itself, ordered by its header."""
    query = load_query("who_spoke_with_whom")
    return query.finished(store.select(query.text, {}))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """300 generated reports: panels, recurring people, several names for a few."""
    return write_corpus(tmp_path_factory.mktemp("generated"), 300)


@pytest.mark.parametrize("backend", ["memory:", "rdflib-memory:"])
@pytest.mark.parametrize("corpus", [*CORPORA, "generated"])
def test_sparse_products_give_the_sparql_rows(
    backend: str, corpus: str, generated: list[Path]
) -> None:
    files = generated[:60] if backend == "rdflib-memory:" else generated
    paths = files if corpus == "generated" else collect_files(CORPORA[corpus])
    with open_store(backend) as store:
        assert ingest(store, paths, workers=1).ok
        expected = sparql_rows(store)
        rows = run_query(store, "who_spoke_with_whom")
    assert rows == expected
    assert len(rows) > 50 and any(row["shared_panels"] for row in rows)
    assert len({(r["person_iri"], r["partner_iri"]) for r in rows}) == len(rows)


def test_pairs_among_some_people_are_everyones_rows_among_them(generated: list[Path]) -> None:
    """From each person's sessions and panels (some listed twice), the pairs among half of
    the people are everyone's who-spoke-with-whom rows between two of them, in order."""
    with open_store("memory:") as store:
        assert ingest(store, generated, workers=1).ok
        everyone = run_query(store, "who_spoke_with_whom")
        names = run_query(store, "speaker_names")
        events: dict[str, tuple[list[str], list[str]]] = {}
        for kind, query in enumerate(("speakers_by_session", "speakers_by_panel")):
            for row in run_query(store, query):
                for person in (row["speakers"] or "").split():
                    events.setdefault(person, ([], []))[kind].append(row["event"])
    some = sorted(events)[::2]
    chosen = {person: events[person] for person in some}
    doubled = some[0]
    chosen[doubled] = (events[doubled][0] * 2, events[doubled][1] * 2)
    within = set(some)
    rows = co_speaker_pairs_among(chosen, names).rows()
    assert rows == [r for r in everyone if {r["person_iri"], r["partner_iri"]} <= within]
    assert len(rows) > 50 and any(row["shared_panels"] for row in rows)
    assert co_speaker_pairs_among(events, names).rows() == everyone


def test_one_person_rows_are_that_persons_rows_of_everyone() -> None:
    with open_store("memory:") as store:
        ingest(store, collect_files(CORPORA["seed"]), workers=1)
        everyone = run_query(store, "who_spoke_with_whom")
        kathy = run_query(store, "who_spoke_with_whom", {"person": "Kathy Brown"})
    assert kathy == [row for row in everyone if row["person"] == "Kathy Brown"]
    assert len(kathy) == 19
    assert [row["partner"] for row in kathy[:4]] == sorted(
        ["Chinmayi Arun", "Marietje Schaake", "Francisco Vera Hott", "Peggy Hicks"]
    )
    assert {row["shared_panels"] for row in kathy[:4]} == {1}
    assert {row["shared_panels"] for row in kathy[4:]} == {0}


def test_order_line_sorts_then_breaks_ties_with_the_other_columns(tmp_path: Path) -> None:
    path = tmp_path / "pairs.rq"
    path.write_text(
        "# question: Pairs?\n# columns: name, count, iri\n# order: count desc, name\n"
        "SELECT ?name ?count ?iri WHERE { }\n",
        encoding="utf-8",
    )
    query = parse_query_file(path)
    rows = [
        {"name": "B", "count": 1, "iri": "x:2"},
        {"name": "A", "count": 1, "iri": "x:9"},
        {"name": "A", "count": 1, "iri": "x:1"},
        {"name": "C", "count": 3, "iri": None},
        {"name": None, "count": 1, "iri": "x:0"},
    ]
    assert [(row["name"], row["iri"]) for row in query.ordered(rows)] == [
        ("C", None),
        (None, "x:0"),
        ("A", "x:1"),
        ("A", "x:9"),
        ("B", "x:2"),
    ]


@pytest.mark.parametrize("line", ["colour", "count upwards", "count desc desc", ""])
def test_a_wrong_order_line_names_the_file_and_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "wrong.rq"
    path.write_text(f"# question: Q?\n# columns: name, count\n# order: {line}\n", encoding="utf-8")
    if not line:
        assert parse_query_file(path).order == ()
        return
    with pytest.raises(QueryError, match=r"wrong\.rq:3: write '# order: COLUMN"):
        parse_query_file(path)


def test_a_joined_line_makes_one_row_of_alike_rows(tmp_path: Path) -> None:
    path = tmp_path / "joined.rq"
    path.write_text(
        "# question: Q?\n# columns: name, tag, count\n# joined: tag\n# order: name\n"
        'SELECT ?name ?tag ?count WHERE { VALUES (?name ?tag ?count) { ("b" "y" 1) '
        '("a" "x" 2) ("b" "x" 1) ("b" "y" 1) ("b" UNDEF 3) ("c" UNDEF 1) } }\n',
        encoding="utf-8",
    )
    query = parse_query_file(path)
    assert query.joined == ("tag",)
    assert run_query(open_store("memory:"), query) == [
        {"name": "a", "tag": "x", "count": 2},
        {"name": "b", "tag": None, "count": 3},  # unbound first, as SPARQL orders
        {"name": "b", "tag": "x; y", "count": 1},
        {"name": "c", "tag": None, "count": 1},
    ]


@pytest.mark.parametrize("line", ["colour", "tag, tag", "tag,"])
def test_a_wrong_joined_line_names_the_file_and_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "wrong.rq"
    path.write_text(f"# question: Q?\n# columns: name, tag\n# joined: {line}\n", encoding="utf-8")
    with pytest.raises(QueryError, match=r"wrong\.rq:3: write '# joined: COLUMN"):
        parse_query_file(path)
