"""The curation file: merge, split, rename, classify; idempotent; survives re-ingesting."""

from __future__ import annotations

import copy
import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from igfgraph.cli import app
from igfgraph.errors import InputError
from igfgraph.ingest import load_reports
from igfgraph.model import Basis, StakeholderGroup
from igfgraph.resolve import KnownEntities, resolve
from igfgraph.resolve.curation import Curation, load_curation

ENTITIES = Path(__file__).parent / "fixtures" / "entities"
COMPOSED = [
    ENTITIES / f"{stem}.txt" for stem in ("ent_a_2018", "ent_b_2019", "ent_c_2021", "ent_d_2022")
]

DECISIONS = """\
merge:
  - people: [ana-garcia, Ana Garcia]
split:
  - person: markus-kummer
    reports: [ent_c_2021]
    key: markus-kummer-gip
rename:
  - person: jorg-muller
    name: Jörg Müller-Lüdenscheidt
classify:
  - person: Lena Vogt
    stakeholder_group: Civil Society
  - organisation: chaos computer club
    stakeholder_group: civil society
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "igfgraph-curation.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def resolved(curation: Curation | None) -> dict[tuple[str, str], object]:
    known = KnownEntities()
    return {
        (path.stem, mention.name): mention
        for path in COMPOSED
        for report in load_reports(path, known, curation)
        for mention in report.people
    }


def test_no_file_means_no_decisions(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert not load_curation()


def test_the_default_file_is_read_from_the_working_folder(tmp_path, monkeypatch):
    write(tmp_path, DECISIONS)
    monkeypatch.chdir(tmp_path)
    assert load_curation().names == {"jorg-muller": "Jörg Müller-Lüdenscheidt"}


def test_decisions_are_applied(tmp_path):
    people = resolved(load_curation(write(tmp_path, DECISIONS)))
    ana = people[("ent_d_2022", "Ana Garcia")]
    assert (ana.person_key, ana.match_basis) == (
        "ana-garcia",
        "curation: merged from ana-garcia--ent-d-2022",
    )
    kummer = people[("ent_c_2021", "Markus Kummer")]
    assert (kummer.person_key, kummer.match_basis) == (
        "markus-kummer-gip",
        "curation: split from markus-kummer",
    )
    assert people[("ent_b_2019", "Kummer Markus")].person_key == "markus-kummer"
    assert people[("ent_b_2019", "Joerg Mueller")].person_name == "Jörg Müller-Lüdenscheidt"
    lena = people[("ent_a_2018", "Lena Vogt")]
    assert (lena.stakeholder_group, lena.stakeholder_group_basis) == (
        StakeholderGroup.CIVIL_SOCIETY,
        Basis.CURATION,
    )
    club = people[("ent_a_2018", "Jörg Müller")].organisation
    assert (club.stakeholder_group, club.stakeholder_group_basis) == (
        StakeholderGroup.CIVIL_SOCIETY,
        Basis.CURATION,
    )


def test_applying_curation_twice_changes_nothing(tmp_path):
    curation = load_curation(write(tmp_path, DECISIONS))
    known = KnownEntities()
    for path in COMPOSED[:-1]:
        load_reports(path, known, curation)
    (once,) = load_reports(COMPOSED[-1], copy.deepcopy(known), curation)
    twice = resolve(copy.deepcopy(once), copy.deepcopy(known), curation)
    assert twice == once


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("merge:\n  - people: [a\n", ":3: not valid YAML"),
        ("merges: []\n", "expected the sections merge, split, rename, classify"),
        ("split:\n  - person: x\n", "split entry 1: add 'reports:'"),
        (
            "classify:\n  - person: x\n    stakeholder_group: media\n",
            "classify entry 1: 'media' is not one of civil society",
        ),
        (
            "merge:\n  - people: peter\n",  # a string, not a list: never read letter by letter
            "merge entry 1: 'people:' must be a list of at least 2 names, e.g. [a, b]",
        ),
        ("merge:\n  - people: [peter]\n", "must be a list of at least 2 names"),
        ("split:\n  - person: x\n    reports: r1\n", "'reports:' must be a list of at least 1"),
        ("merge: people\n", "'merge:' must hold a list of entries, each starting '- '"),
        (
            "merge:\n  - people: &a [x, y]\n  - people: *a\n",
            ":3: uses a YAML alias (*name); write each entry out in full",
        ),
    ],
)
def test_mistakes_are_one_line_naming_the_file(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load_curation(path)
    assert str(caught.value).startswith(str(path))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_review_then_curation_through_the_command_line(tmp_path):
    runner = CliRunner()
    store = str(tmp_path / "store")
    files = [str(path) for path in COMPOSED]
    assert runner.invoke(app, ["ingest", "--store", store, *files]).exit_code == 0
    review = tmp_path / "review.csv"
    result = runner.invoke(app, ["resolve", "--store", store, "--review", str(review)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(review.open(encoding="utf-8")))
    apart = [
        (r["person_key"], r["other_key"], r["evidence"]) for r in rows if r["decision"] == "apart"
    ]
    assert apart == [
        ("ana-garcia", "ana-garcia--ent-d-2022", "same stakeholder group"),
        ("kofi-mensah", "kofi-mensah--ent-d-2022", "none"),
    ]
    merged = {
        (r["person_key"], r["curation"].split("[")[-1]) for r in rows if r["decision"] == "merged"
    }
    assert merged == {
        ("ines-kowalczyk", "ent-b-2019]"),
        ("markus-kummer", "ent-c-2021]"),
        ("tomas-herrera-villalobos", "ent-d-2022]"),
    }
    approved = write(
        tmp_path, "merge:\n" + next(r["curation"] for r in rows if r["decision"] == "apart")
    )
    result = runner.invoke(app, ["resolve", "--store", store, "--curation", str(approved)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["query", "people", "--store", store, "--format", "csv"])
    people = [row["person"] for row in csv.DictReader(result.output.splitlines())]
    assert people.count("Ana García") == 1 and "Ana Garcia" not in people


def test_aliases_nested_in_aliases_are_refused_before_they_expand(tmp_path):
    """The "billion laughs": nine levels of nine aliases would be 10^9 names."""
    levels = ["merge:", "  - people: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        levels.append(f"  - people: &a{level} [{refs}]")
    path = write(tmp_path, "\n".join(levels) + "\n")
    with pytest.raises(InputError, match=r":3: uses a YAML alias"):
        load_curation(path)


def test_a_curation_file_that_is_not_utf8_is_named_with_its_line(tmp_path):
    path = tmp_path / "igfgraph-curation.yaml"
    path.write_bytes(b"merge:\n  - people: [j\xf6rg-muller, joerg-mueller]\n")
    with pytest.raises(InputError) as caught:
        load_curation(path)
    assert str(caught.value) == f"{path}:2: is not UTF-8 text; save it as UTF-8"
