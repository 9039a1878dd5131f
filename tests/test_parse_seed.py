"""The seed report and the dev T17 reports, parsed and resolved, against their gold files."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from conftest import SEED_PATH

from igfgraph.ingest import load_report
from igfgraph.model import Basis, Report, Role, SourceSpan, StakeholderGroup
from igfgraph.parse.coverage import NOT_READ, unaccounted_lines
from igfgraph.parse.reader import people_on_line
from igfgraph.parse.repair import recase_title, repair_name, repair_prose
from igfgraph.parse.session import (
    infer_type,
    parse_date,
    parse_time,
    session_from_address,
    split_session_id,
)
from igfgraph.sources import read_source
from igfgraph.tools.report_json import report_to_dict

DEV_T17 = ["t17_ws186_2017", "t17_ws37_2017"]
PERSON_KEYS = ("name", "role", "panel", "org", "org_acronym", "stakeholder_group", "title")
ORGANIZER_KEYS = ("name", "org", "org_acronym", "stakeholder_group")


@pytest.fixture(params=["seed", *DEV_T17])
def document(request: pytest.FixtureRequest) -> Path:
    """The seed (in the repository), or a dev T17 file (from the shared corpus)."""
    if request.param == "seed":
        return SEED_PATH
    return request.getfixturevalue("SHARED") / "corpus" / "dev" / f"{request.param}.txt"


@pytest.fixture(scope="module")
def seed(SEED: Path) -> Report:
    return load_report(SEED)


@pytest.fixture
def case(document: Path) -> tuple[dict, dict]:
    """(parsed JSON dict, gold dict) for one document."""
    gold = json.loads(document.with_name(document.stem + ".gold.json").read_text(encoding="utf-8"))
    return report_to_dict(load_report(document)), gold


def rows(entries: list[dict], keys: tuple[str, ...]) -> Counter:
    return Counter(tuple(entry.get(key) for key in keys) for entry in entries)


# --- against the gold files -------------------------------------------------------------


def test_session_matches_gold(case):
    parsed, gold = case
    assert parsed["variant"] == gold["variant"] == "t17_report"
    for key in ("id", "year", "type", "title", "date", "time"):
        assert parsed["session"][key] == gold["session"][key], key
    assert parsed["session"]["meeting"] == f"IGF {gold['session']['year']}"


def test_organizers_match_gold(case):
    parsed, gold = case
    assert rows(parsed["organizers"], ORGANIZER_KEYS) == rows(gold["organizers"], ORGANIZER_KEYS)


def test_people_match_gold(case):
    parsed, gold = case
    assert rows(parsed["people"], PERSON_KEYS) == rows(gold["people"], PERSON_KEYS)


def test_key_issues_and_gender_match_gold(case):
    parsed, gold = case
    assert parsed["key_issues"] == gold["key_issues"]
    assert parsed["participants"] == gold["participants"]
    assert parsed["women"] == gold["women"]
    assert parsed["women_share"] == pytest.approx(gold["women_share"], abs=0.001)
    for key in ("speakers_reported", "women_speakers_reported"):
        assert parsed[key] == gold.get(key)
    assert parsed["unparsed"] == []


def test_every_line_is_accounted_for(document: Path):
    """Each non-blank line is in a fact's span, a recognised label or ``unparsed``, and
    the template read every line itself (the safety net kept none)."""
    report = load_report(document)
    assert unaccounted_lines(read_source(document), [report]) == []
    assert [warning for warning in report.warnings if NOT_READ in warning] == []


# --- literal expectations on the seed ---------------------------------------------------


def test_seed_session(seed: Report):
    session = seed.session
    assert session.title == (
        "A Rights-Based Approach to Cybersecurity: A Pipe Dream or a Critical Means to a "
        "Secure and Stable Internet?"
    )
    assert session.title_as_written == (
        "A RIGHTS-BASED APPROACH TOCYBERSECURITY: A PIPE DREAMOR A CRITICAL MEANS TO "
        "ASECURE AND STABLE INTERNET?"
    )
    assert session.date.isoformat() == "2017-12-17"
    assert (session.time, session.year, session.meeting) == ("09:00-14:00", 2017, "IGF 2017")
    assert (session.type, session.type_inferred, session.id) == ("day 0 event", True, None)
    assert session.spans["title"].start_line == 3
    assert session.spans["type"].start_line == 5
    assert seed.variant_reason.startswith(
        "header 'IGF 2017 Reporting Template' and labels Session Title, Date, Time"
    )


def test_seed_organizers(seed: Report):
    organisations = [(o.organisation.name, o.organisation.acronym) for o in seed.organizers]
    assert organisations == [
        ("Association for Progressive Communications", "APC"),
        ("Centre for Communication Governance at National Law University Delhi", "CCG"),
        ("Centre for Internet and Society", "CIS"),
        ("Derechos Digitales", None),
        ("Citizen Lab", None),
        ("Global Partners Digital", "GPD"),
        ("Internet Society", "ISOC"),
        ("Office of the United Nations High Commissioner for Human Rights", "OHCHR"),
        ("Privacy International", None),
    ]
    assert seed.organizers[0].organisation.as_written == (
        "Association for ProgressiveCommunications (APC)"
    )
    assert {o.span.start_line for o in seed.organizers} == {9}


def test_seed_people(seed: Report):
    people = {(p.name, p.role): p for p in seed.people}
    assert len(seed.people) == 21
    assert Counter(p.role for p in seed.people) == {
        Role.SPEAKER: 15,
        Role.MODERATOR: 4,
        Role.CHAIR: 1,
        Role.RAPPORTEUR: 1,
    }
    chair = people["Deborah Brown", Role.CHAIR]
    assert chair.organisation.name == "Association for Progressive Communications"
    assert chair.organisation.name_basis is Basis.ORGANISER_LIST
    assert chair.span.start_line == 11
    assert people["Maud Barret Bertelloni", Role.RAPPORTEUR].organisation is None
    peggy = people["Peggy Hicks", Role.MODERATOR]
    assert (peggy.panel, peggy.organisation.acronym, peggy.span.start_line) == (1, "OHCHR", 19)
    schaake = people["Marietje Schaake", Role.SPEAKER]
    assert schaake.title == "Member of the European Parliament"
    assert schaake.organisation.name == "European Parliament"
    assert schaake.stakeholder_group is StakeholderGroup.GOVERNMENT
    maarten = people["Maarten van Horenbeeck", Role.SPEAKER]
    assert maarten.organisation is None
    assert maarten.stakeholder_group is StakeholderGroup.TECHNICAL_COMMUNITY
    assert maarten.stakeholder_group_basis is Basis.STATED
    assert ("Maryant Fernández", Role.SPEAKER) in people
    garcia = people["Luis Fernando García", Role.SPEAKER]
    assert garcia.organisation.name == "Red en Defensa de los Derechos Digitales"
    assert garcia.organisation.as_written == "Red en Defensa delos Derechos Digitales"
    lucie = people["Lucie Krahulcova", Role.MODERATOR]
    assert (lucie.panel, lucie.organisation.name) == (3, "Access Now")
    assert lucie.organisation.as_written == "AccessNow"
    assert people["Markus Kummer", Role.SPEAKER].stakeholder_group is None
    assert people["Kaja Ciglic", Role.SPEAKER].stakeholder_group is StakeholderGroup.PRIVATE_SECTOR
    panels = Counter(p.panel for p in seed.people if p.role in (Role.SPEAKER, Role.MODERATOR))
    assert panels == {1: 5, 2: 6, 3: 5, 4: 3}


def test_seed_prose(seed: Report):
    assert [p.text for p in seed.key_issues][1] == (
        'The extent to which cybersecurity initiatives are or are not, adopting a "rights-based" '
        "approach."
    )
    assert seed.key_issues[1].as_written.startswith("The extent towhich")
    assert [p.span.start_line for p in seed.key_issues] == [35, 37, 39]
    assert [p.span.start_line for p in seed.discussions] == [45, 47, 49]
    assert [p.span.start_line for p in seed.way_forward] == [53, 55, 57]
    assert seed.presentations == []


def test_seed_gender(seed: Report):
    gender = seed.gender
    assert (gender.participants, gender.women, gender.women_share) == (None, None, 0.5)
    assert (gender.speakers_reported, gender.women_speakers_reported) == (18, 12)
    statements = [s.text for s in gender.statements]
    assert statements[:2] == [
        "12 out of 18 speakers were women.",
        "Around 50% of people present at the session were women.",
    ]
    assert statements[2].startswith("The session did not address gender equality in a major way")
    assert len(seed.warnings) == 1
    assert "participants estimate counts speakers" in seed.warnings[0]


def test_seed_json_shape(seed: Report):
    parsed = report_to_dict(seed)
    assert list(parsed)[:4] == ["source", "variant", "session", "organizers"]
    assert set(parsed) >= {"key_issues", "participants", "women", "women_share", "warnings"}
    assert set(parsed["people"][0]) >= {"name", "role", "panel", "org", "org_acronym"}
    assert json.loads(json.dumps(parsed)) == parsed
    assert parsed["session"]["date"] == "2017-12-17"


# --- the pieces -------------------------------------------------------------------------


def test_people_line_with_glued_moderator():
    span = SourceSpan("x.txt", 5, 5, "")
    line = "Lea Kaspar(GPD),Kaja Ciglic (Microsoft); Ana Ruiz and Kofi Mensah (IT)Moderator: Li Wei"

    people = people_on_line(line, span, (Role.SPEAKER,), 2)
    assert [(p.name, p.role, p.organisation and p.organisation.as_written) for p in people] == [
        ("Lea Kaspar", Role.SPEAKER, "GPD"),
        ("Kaja Ciglic", Role.SPEAKER, "Microsoft"),
        ("Ana Ruiz", Role.SPEAKER, "IT"),
        ("Kofi Mensah", Role.SPEAKER, "IT"),
        ("Li Wei", Role.MODERATOR, None),
    ]


@pytest.mark.parametrize(
    ("written", "repaired"),
    [
        ("Association for ProgressiveCommunications", "Association for Progressive Communications"),
        ("UN Office of the HighCommissioner", "UN Office of the High Commissioner"),
        ("Red en Defensa delos Derechos Digitales", "Red en Defensa de los Derechos Digitales"),
        ("Technicalcommunity", "Technical community"),
        ("Promundo", "Promundo"),
        ("DiploFoundation", "DiploFoundation"),
        ("WhatsApp", "WhatsApp"),
        ("Anriette Esterhuysen", "Anriette Esterhuysen"),
    ],
)
def test_repair_name(written, repaired):
    assert repair_name(written) == repaired


def test_repair_prose_splits_only_lowercase_joins():
    written = "a pipe-dream, oran essential means; the humanrights and Poetranto tnot fora."
    assert repair_prose(written) == (
        "a pipe-dream, or an essential means; the human rights and Poetranto tnot fora."
    )
    kept = "we cannot realistically forgo schoolchildren, maybe the onus is on policymakers"
    assert repair_prose(kept) == kept
    assert repair_prose("see igfgraph/model.py and don't split") == (
        "see igfgraph/model.py and don't split"
    )


def test_recase_title_keeps_acronyms():
    assert recase_title("IGF AND THE FUTUREOF ICANN") == "IGF and the Future of ICANN"
    assert recase_title("ABOUT SEEDIG 6") == "About SEEDIG 6"  # a forum's acronym, not "See Dig"
    assert recase_title("APRIGF SYNTHESIS DOCUMENT") == "APRIGF Synthesis Document"
    assert recase_title("Already in case") == "Already in case"
    # Not English: the English words in "GOBERNANZA" ("go bern anza") split nothing.
    spanish = "ESCUELA DEL SUR DE GOBERNANZA DE INTERNET"
    assert recase_title(spanish) == "Escuela Del Sur De GOBERNANZA De Internet"


def test_session_fields():
    assert split_session_id("Data governance (WS186)") == ("Data governance", "WS #186", "workshop")
    assert split_session_id("OF 27: Open data")[1:] == ("Open Forum #27", "open forum")
    assert split_session_id("Networking #82 Networking session: Mapping research") == (
        "Networking session: Mapping research",
        "Networking Session #82",
        "networking session",
    )
    launch = ("Launch and Award Event #12", "other")
    assert split_session_id("Launch & Award Event #12: A book")[1:] == launch
    assert session_from_address("/en/content/igf-2024-launch-award-event-12-a-book") == (
        2024,
        *launch,
    )
    assert parse_date("Tuesday, 10th October, 2023").isoformat() == "2023-10-10"
    assert parse_date("2017-12-17").isoformat() == "2017-12-17"
    assert parse_date("December 5, 2016").isoformat() == "2016-12-05"
    assert parse_time("09:00 (90 minutes)") == "09:00"
    assert parse_time("9.00 - 14.00") == "09:00-14:00"
    assert infer_type(parse_date("5 December 2016")) == "day 0 event"
    assert infer_type(parse_date("18 December 2017")) is None
