"""``igfgraph eval``: the scoring itself, the command line, and the F1 each corpus must reach."""

from __future__ import annotations

import copy
import json
import shutil

import pytest
from conftest import SEED_PATH
from test_cli import igfgraph
from test_corpus import CORPORA

from igfgraph.tools.evaluate import (
    FIELD_NAMES,
    FOUND_ORGANISATION,
    Evaluation,
    compare,
    compare_all,
    evaluate,
    fold,
    organisations_of_found_people,
)

SEED_GOLD = SEED_PATH.with_name(SEED_PATH.stem + ".gold.json")
THRESHOLDS = {"seed": 1.0, "dev": 1.0, "own": 0.98}


@pytest.fixture(scope="module")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


def test_fold_ignores_case_spacing_and_unicode_composition():
    assert fold("Maryant  FERNA\u0301NDEZ") == fold("maryant Fernández") == "maryant fernández"
    assert fold("Fernández") != fold("Fernandez")  # diacritics are kept, as written
    assert fold(2017) == 2017


def test_one_wrong_organisation_is_one_miss_and_one_extra(seed_gold):
    parsed = copy.deepcopy(seed_gold)
    peggy = next(p for p in parsed["people"] if p["name"] == "Peggy Hicks")
    peggy["org"] = "Human Rights Watch"
    results = compare(seed_gold, parsed)
    with_org = results["people with organisation"]
    assert with_org.missing == [
        ("peggy hicks", "office of the united nations high commissioner for human rights", "ohchr")
    ]
    assert with_org.extra == [("peggy hicks", "human rights watch", "ohchr")]
    total = len([p for p in seed_gold["people"] if p["org"] or p["org_acronym"]])
    assert (with_org.score.tp, with_org.score.fp, with_org.score.fn) == (total - 1, 1, 1)
    assert with_org.score.f1 == pytest.approx((total - 1) / total)
    others = {name: r.score.f1 for name, r in results.items() if name != "people with organisation"}
    assert set(others.values()) == {1.0}


def test_a_missing_person_costs_recall_not_precision(seed_gold):
    parsed = copy.deepcopy(seed_gold)
    parsed["people"] = [p for p in parsed["people"] if p["name"] != "Kathy Brown"]
    score = compare(seed_gold, parsed)["people with role"].score
    kathy_entries = sum(p["name"] == "Kathy Brown" for p in seed_gold["people"])
    assert kathy_entries >= 1
    assert score.precision == 1.0
    assert score.fn == kathy_entries
    assert score.recall == pytest.approx(1 - kathy_entries / len(seed_gold["people"]))


def test_an_organisation_is_scored_only_for_people_found_by_both(seed_gold):
    parsed = copy.deepcopy(seed_gold)
    parsed["people"] = [p for p in parsed["people"] if p["name"] != "Kathy Brown"]
    for person in parsed["people"]:
        if person["name"] == "Peggy Hicks":
            person["org"] = None  # the acronym alone still names the organisation
        if person["name"] == "Chinmayi Arun":
            person["org"], person["org_acronym"] = "Somewhere Else", None
    results = compare(seed_gold, parsed)
    found = results[FOUND_ORGANISATION]
    with_org = {p["name"] for p in seed_gold["people"] if p["org"] or p["org_acronym"]}
    assert "Kathy Brown" in with_org  # missing as a person, so not scored here
    assert (found.score.tp, found.score.fp, found.score.fn) == (len(with_org) - 2, 1, 1)
    assert (
        [item[0] for item in found.missing]
        == [item[0] for item in found.extra]
        == ["chinmayi arun"]
    )
    people = results["people"].score
    names = {p["name"] for p in seed_gold["people"]}
    assert (people.tp, people.fp, people.fn) == (len(names) - 1, 0, 1)


def test_an_organisation_is_the_same_under_any_name_the_gazetteer_gives_it():
    def person(org: str | None, acronym: str | None = None) -> dict:
        return {"name": "Ana Ruiz", "role": "speaker", "org": org, "org_acronym": acronym}

    pairs = [
        ("Facebook", "Meta Platforms"),  # the gazetteer's name for it
        ("Internet Governance Forum Secretariat", "IGF Secretariat"),
    ]
    for written, resolved in pairs:
        gold, parsed = {"people": [person(written)]}, {"people": [person(resolved)]}
        assert organisations_of_found_people(gold, parsed) == ([], [], 1)
    gold, parsed = {"people": [person("Facebook")]}, {"people": [person("Google")]}
    assert organisations_of_found_people(gold, parsed)[2] == 0


def _session(title: str | None, *names: str, date: str | None = None) -> dict:
    people = [{"name": name, "role": "speaker", "org": None, "org_acronym": None} for name in names]
    return {"session": {"id": None, "title": title, "date": date}, "people": people}


def test_sessions_are_paired_by_all_they_agree_on_not_by_title_alone():
    forum = _session("Ghana IGF 2025")
    opening = _session(None, "Ama Owusu", "Kofi Mensah", date="2025-07-10")
    read = _session("Ghana IGF 2025", "Ama Owusu", "Kofi Mensah", date="2025-07-10")
    results = compare_all([forum, opening], [read])
    people, title, date = (results[f].score for f in ("people", "session title", "session date"))
    assert (people.tp, people.fp, people.fn) == (2, 0, 0)
    assert (title.tp, title.fp, title.fn) == (0, 1, 1)  # its title is the forum's
    assert (date.tp, date.fp, date.fn) == (1, 0, 0)


def test_sessions_that_agree_on_nothing_are_paired_in_document_order():
    golds = [_session("Panel A", "Ana Ruiz"), _session("Panel B", "Lea Kaspar")]
    read = [_session("Panel 1", "Ana Ruiz"), _session("Panel 2"), _session("Panel 3")]
    results = compare_all(golds, read)
    people, title = results["people"].score, results["session title"].score
    assert (people.tp, people.fp, people.fn) == (1, 0, 1)
    assert (title.tp, title.fp, title.fn) == (0, 3, 2)
    assert results["session title"].missing == [("panel a",), ("panel b",)]
    one_of_two = compare_all(golds, [_session("Panel B", "Ana Ruiz", "Lea Kaspar")])
    assert one_of_two["people"].score.tp == 1  # one reading serves one session only


def test_a_gold_file_without_a_variant_does_not_score_it(seed_gold):
    gold = {**copy.deepcopy(seed_gold), "variant": None, "kind": "report"}
    variant = compare(gold, seed_gold)["variant"].score
    assert (variant.tp, variant.fp, variant.fn) == (0, 0, 0)
    assert compare(seed_gold, gold)["variant"].score.fn == 1


def test_per_document_view(tmp_path):
    shutil.copy(SEED_PATH, tmp_path / "seed.txt")
    shutil.copy(SEED_GOLD, tmp_path / "seed.gold.json")
    code, out, err = igfgraph("eval", str(tmp_path), "--per-document")
    assert (code, err) == (0, "")
    table = out[out.index("per document") :]
    assert "people" in table and "+role" in table
    row = next(line for line in table.splitlines() if "seed.txt" in line)
    assert row.count("1.00") == 5


def test_eval_json_on_the_seed():
    code, out, err = igfgraph("eval", str(SEED_PATH.parent), "--format", "json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert set(result["overall"]) == set(FIELD_NAMES)
    assert {m["f1"] for m in result["overall"].values()} == {1.0}
    assert result["overall"]["people with role"]["tp"] == 21
    assert list(result["per_variant"]) == ["t17_report"]
    (document,) = result["documents"]
    assert document["parsed_variants"] == ["t17_report"]
    assert document["lines_unaccounted"] == [] and document["error"] is None


def test_bad_files_are_one_line_each_and_the_run_goes_on(tmp_path):
    shutil.copy(SEED_PATH, tmp_path / "seed.txt")
    shutil.copy(SEED_GOLD, tmp_path / "seed.gold.json")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    for stem in ("empty", "binary"):
        shutil.copy(SEED_GOLD, tmp_path / f"{stem}.gold.json")
    (tmp_path / "no-gold.txt").write_text("not scored", encoding="utf-8")
    code, out, err = igfgraph("eval", str(tmp_path))
    assert code == 1
    assert err.splitlines() == [
        f"igfgraph: {tmp_path / 'binary.txt'}: looks like a binary file, not a report; "
        "give the report as text, Markdown or HTML",
        f"igfgraph: {tmp_path / 'empty.txt'}: is empty; "
        "give a file holding the text of an IGF report",
    ]
    assert "1 of 3 documents read perfectly" in out
    evaluation = evaluate(tmp_path)
    people = evaluation.totals()["people with role"]
    assert (people.tp, people.fp, people.fn) == (21, 0, 42)  # the failed two count as missed


def test_threshold_sets_the_exit_status(tmp_path):
    shutil.copy(SEED_PATH, tmp_path / "seed.txt")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    gold["session"]["date"] = "2017-12-18"  # one wrong field in the gold: F1 0 on date
    (tmp_path / "seed.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    code, _out, err = igfgraph("eval", str(tmp_path), "--min-f1", "0.98")
    assert code == 1
    assert err.splitlines() == [f"igfgraph: {tmp_path}: session date: F1 0.000 is below 0.98"]
    assert igfgraph("eval", str(tmp_path))[0] == 0


def test_a_folder_without_gold_files(tmp_path):
    code, _out, err = igfgraph("eval", str(tmp_path))
    assert code == 1
    assert err.strip() == (
        f"igfgraph: {tmp_path}: holds no document with a '<stem>.gold.json' beside it; "
        "check the path"
    )


def mismatches(evaluation: Evaluation) -> str:
    """Every difference, one line each, for a failure message."""
    lines = [f"{d.path}: {d.error}" for d in evaluation.failed]
    for document in evaluation.documents:
        for name, result in document.fields.items():
            lines += [f"{document.path}: {name}: missing {item}" for item in result.missing]
            lines += [f"{document.path}: {name}: extra {item}" for item in result.extra]
    return "\n".join(lines)


@pytest.mark.parametrize("corpus", list(THRESHOLDS))
def test_f1_on_every_field_reaches_the_threshold(corpus: str):
    folder = CORPORA[corpus]
    if not folder.is_dir():
        pytest.skip(f"{folder} is not there")
    evaluation = evaluate(folder)
    below = evaluation.below(THRESHOLDS[corpus])
    assert below == {}, mismatches(evaluation)
    assert evaluation.failed == []
