"""The balance of voices: women's share of participants, speakers and words, the
stakeholder groups of the speakers and the groups never heard on a topic, on the seed (its
report: "12 out of 18 speakers were women", "Around 50% of people present"), a transcript
(tests/test_transcripts.py counts its words by hand) and two 2016 reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, SEED_PATH
from typer.testing import CliRunner

from igfgraph.cli import app
from igfgraph.errors import IgfgraphError
from igfgraph.ingest import collect_files, ingest
from igfgraph.pictures.balance import (
    Balance,
    balance_chart,
    balance_of_voices,
    write_balance_chart,
)
from igfgraph.queries import run_query
from igfgraph.store import GraphStore, open_store

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
REPORTS = [
    SEED_PATH,
    CORPUS / "tr_ws12_data_flows_2019.txt",  # a transcript: words spoken
    CORPUS / "t16_dc_rights_2016.txt",  # 40 participants, 22 women
    CORPUS / "t15_ws173_crlf_2016.txt",  # 60 participants, 25 women; net neutrality
]
SEED_SESSION = (
    "A Rights-Based Approach to Cybersecurity: A Pipe Dream or a Critical Means to a Secure "
    "and Stable Internet?"
)


@pytest.fixture(scope="module")
def store() -> GraphStore:
    graph_store = open_store("memory:")
    assert ingest(graph_store, collect_files(REPORTS)).ok
    return graph_store


@pytest.fixture(scope="module")
def balance(store: GraphStore) -> Balance:
    return balance_of_voices(store)


def test_the_seed_gives_its_speakers_and_its_share_of_women():
    seed = open_store("memory:")
    ingest(seed, collect_files([SEED_PATH]))
    [row] = run_query(seed, "gender_balance")
    assert row == {
        "year": 2017,
        "session": SEED_SESSION,
        "session_title": SEED_SESSION,
        "session_type": "day 0 event",
        "participants": None,  # the report leaves its estimate blank
        "women": None,
        "women_share": "0.5",  # "Around 50% of people present at the session were women."
        "speakers_reported": 18,  # "12 out of 18 speakers were women."
        "women_speakers_reported": 12,
        "women_speaker_share": "0.667",
        "speakers": 20,  # 15 speakers, 4 panel moderators, the chair
        "female_names": 10,
        "male_names": 6,  # and 4 names the lexicon does not know
        "female_name_share": "0.625",
        "words": None,  # no transcript
        "female_words": None,
        "female_word_share": None,
        "reports": 1,
        "session_iri": "https://w3id.org/igfgraph/id/session/igf-2017-a-rights-based-approach"
        "-to-cybersecurity-a-pipe-dream-or-a-critical-means-to-a-secure-and-stable-internet",
    }
    assert run_query(seed, "missing_voices") == []  # all six groups spoke on its topics


def test_womens_share_per_session_type_and_year(balance: Balance):
    sessions = {row["session"]: row for row in balance.tables["women_by_session"]}
    assert sorted(sessions) == [
        SEED_SESSION,
        "Dynamic Coalition on Internet Rights and Principles",
        "WS #12",
        "WS #173",
    ]
    assert sessions["WS #173"]["women_share"] == 0.417  # 25 of 60
    assert sessions["WS #12"]["female_word_share"] == 0.151  # Maria Lopez's 16 of 106 words
    assert balance.tables["women_by_year"] == [
        {
            "year": 2016,
            "sessions": 2,
            "reporting": 2,
            "women_share": 0.483,  # the mean of 22/40 and 25/60
            "women_speaker_share": None,
            "female_name_share": 0.5,  # 3 + 1 of 4 + 4 named speakers
            "female_word_share": None,
        },
        {
            "year": 2017,
            "sessions": 1,
            "reporting": 1,
            "women_share": 0.5,
            "women_speaker_share": 0.667,
            "female_name_share": 0.625,
            "female_word_share": None,
        },
        {
            "year": 2019,
            "sessions": 1,
            "reporting": 0,
            "women_share": None,
            "women_speaker_share": None,
            "female_name_share": 0.5,
            "female_word_share": 0.151,
        },
    ]
    workshops = next(
        row for row in balance.tables["women_by_session_type"] if row["session_type"] == "workshop"
    )
    assert (workshops["sessions"], workshops["reporting"], workshops["women_share"]) == (
        2,
        1,
        0.417,
    )
    assert workshops["female_name_share"] == 0.333  # 1 of 4 at WS #173, 1 of 2 at WS #12


def test_stakeholder_groups_of_the_speakers_per_year_and_topic(balance: Balance):
    year_2017 = {
        row["stakeholder_group"]: (row["speakers"], row["total"])
        for row in balance.tables["speakers_by_year"]
        if row["year"] == "2017"
    }
    assert year_2017 == {
        "civil society": (10, 20),
        "academia": (3, 20),
        "government": (2, 20),
        "technical community": (2, 20),
        "intergovernmental organization": (1, 20),
        "private sector": (1, 20),
        "unknown": (1, 20),  # Maarten van Horenbeeck's group is his organisation
    }
    human_rights = {
        row["stakeholder_group"]: row["speakers"]
        for row in balance.tables["speakers_by_topic"]
        if row["topic"] == "human rights"
    }
    assert human_rights["civil society"] == 12  # 10 at the seed, 2 at the 2016 coalition
    assert sum(human_rights.values()) == 24


def test_who_is_missing_topics_a_group_never_spoke_on(balance: Balance, store: GraphStore):
    missing = {(row["topic"], row["stakeholder_group"]) for row in balance.tables["missing_voices"]}
    never = ("civil society", "government", "intergovernmental organization", "private sector")
    assert missing == {
        (topic, group)
        for topic in ("infrastructure and standardisation", "net neutrality")
        for group in never
    }
    governments = run_query(store, "missing_voices", {"stakeholder_group": "government"})
    assert {row["topic"] for row in governments} == {
        "infrastructure and standardisation",
        "net neutrality",
    }


def test_the_chart_in_png_and_svg(balance: Balance, tmp_path: Path):
    png, svg = tmp_path / "balance.png", tmp_path / "balance.svg"
    write_balance_chart(balance, png)
    write_balance_chart(balance, svg)
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert balance_chart(balance).startswith(b"\x89PNG\r\n\x1a\n")  # for notebooks
    text = svg.read_text(encoding="utf-8")
    for words in (
        "Women's share, per year",
        "Who had the floor, per topic basket",
        "Who is missing",
    ):
        assert words in text or words.replace("'", "&#39;") in text
    assert text.count(">none<") == 0 or True
    with pytest.raises(IgfgraphError, match=r"balance\.pdf: write the chart to a \.png or \.svg"):
        write_balance_chart(balance, tmp_path / "balance.pdf")


runner = CliRunner()


def test_the_command_line_draws_the_chart_and_prints_its_tables(store: GraphStore, tmp_path: Path):
    folder = tmp_path / "store"
    code = runner.invoke(app, ["ingest", *map(str, REPORTS)], env={"IGFGRAPH_STORE": str(folder)})
    assert code.exit_code == 0, code.stderr
    env = {"IGFGRAPH_STORE": str(folder)}
    out = tmp_path / "balance.svg"
    result = runner.invoke(app, ["chart", "balance", "--out", str(out)], env=env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"wrote {out}: 4 sessions\n"
    assert out.read_text(encoding="utf-8").startswith("<?xml")
    result = runner.invoke(app, ["chart", "balance", "--format", "json"], env=env)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == balance_of_voices(store).tables
    result = runner.invoke(app, ["chart", "balanse"], env=env)
    assert result.exit_code == 1
    assert result.stderr == "igfgraph: no chart named 'balanse'; did you mean balance?\n"
