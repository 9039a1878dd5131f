"""The 2015/2016 rapporteur templates, official 2018-2019 reports, Markdown, generic documents.

Every document of these families in ``tests/fixtures/corpus/`` (and in the shared dev
corpus, when present) is parsed and compared with its gold file field by field.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from igfgraph.errors import InputError
from igfgraph.ingest import load_report
from igfgraph.model import GenderFigures, Passage, Role, SourceSpan
from igfgraph.parse import detect, gender
from igfgraph.parse.mentions import find_mentions
from igfgraph.parse.reader import people_on_line
from igfgraph.sources import read_source

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
FAMILIES = ("t15_report", "t16_report", "official_report", "markdown", "generic")
SPAN = SourceSpan("test.txt", 1, 1, "")


def _documents(folder: Path) -> list[Path]:
    found = []
    for gold in sorted(folder.glob("*.gold.json")):
        content = json.loads(gold.read_text(encoding="utf-8"))  # a listing's gold is a list
        if isinstance(content, dict) and content["variant"] in FAMILIES:
            stem = gold.name.removesuffix(".gold.json")
            found.extend(p for p in folder.glob(f"{stem}.*") if not p.name.endswith(".json"))
    return found


OWN = _documents(CORPUS)


def _gold(document: Path) -> dict:
    stem = document.name.rsplit(".", 1)[0]
    return json.loads((document.parent / f"{stem}.gold.json").read_text(encoding="utf-8"))


def _people(people: list[dict]) -> list[tuple]:
    return sorted(
        (p["name"], p["role"], p["org"], p["stakeholder_group"], p["title"]) for p in people
    )


def _compare(document: Path) -> None:
    gold = _gold(document)
    report = load_report(document)
    session = report.session
    assert report.variant == gold["variant"]
    assert {
        "id": session.id,
        "year": session.year,
        "type": session.type,
        "title": session.title,
        "date": session.date.isoformat() if session.date else None,
    } == {key: gold["session"][key] for key in ("id", "year", "type", "title", "date")}
    people = [
        {
            "name": p.name,
            "role": p.role.value,
            "org": p.organisation.name if p.organisation else None,
            "stakeholder_group": p.stakeholder_group.value if p.stakeholder_group else None,
            "title": p.title,
        }
        for p in report.people
    ]
    assert _people(people) == _people(gold["people"])
    assert sorted((o.organisation.name if o.organisation else None) for o in report.organizers) == (
        sorted(o["org"] for o in gold["organizers"])
    )
    assert [passage.text for passage in report.key_issues] == gold["key_issues"]
    figures = report.gender
    assert (figures.participants, figures.women, figures.women_share) == (
        gold["participants"],
        gold["women"],
        gold["women_share"],
    )


def test_own_corpus_covers_every_family():
    variants = sorted(_gold(document)["variant"] for document in OWN)
    assert len(OWN) >= 14
    assert set(variants) == set(FAMILIES)


@pytest.mark.parametrize("document", OWN, ids=lambda path: path.name)
def test_own_document_matches_its_gold_file(document: Path):
    _compare(document)


def test_dev_documents_of_these_families_match_their_gold_files(SHARED: Path):
    documents = _documents(SHARED / "corpus" / "dev")
    assert len(documents) >= 4
    for document in documents:
        _compare(document)


def test_detection_says_which_variant_and_why():
    found = detect(read_source(CORPUS / "t15_ws173_crlf_2016.txt"))
    assert found is not None
    assert found[1].startswith("header 'Reporting Template for IGF Workshop Sessions'")
    assert found[1].endswith("written as table cells ('label: | answer')")
    found = detect(read_source(CORPUS / "official_dc_connectivity_2019.txt"))
    assert found is not None
    assert found[1] == (
        "Dynamic Coalition title 'IGF 2019 Dynamic Coalition on Community Connectivity (DC3)'"
        " and 4 numbered paragraphs"
    )


def test_merged_table_cells_answer_their_labels_in_order():
    report = load_report(CORPUS / "t15_bpf_women_2015.txt")
    assert report.session.time == "11:00-12:30"
    assert [o.organisation.name for o in report.organizers] == ["IGF Secretariat"]
    assert [(p.name, p.role) for p in report.people[:2]] == [
        ("Jac sm Kee", Role.MODERATOR),
        ("Anri van der Spuy", Role.RAPPORTEUR),
    ]


def test_people_in_prose_are_marked_and_facilitators_moderate():
    report = load_report(CORPUS / "official_dc_connectivity_2019.txt")
    assert [(p.name, p.role, p.in_prose, p.span.start_line) for p in report.people] == [
        ("Luca Belli", Role.MODERATOR, True, 4),
        ("Nathalia Foditsch", Role.MODERATOR, True, 4),
        ("Carlos Rey-Moreno", Role.PARTICIPANT, True, 5),
    ]
    assert report.people[2].organisation.name == "Association for Progressive Communications"


def test_organisations_named_in_prose_are_kept():
    report = load_report(CORPUS / "official_bpf_cyber_2018.txt")
    assert [(o.name, o.acronym) for o in report.organisations] == [
        ("Internet Society", None),
        ("Global Forum on Cyber Expertise", "GFCE"),
    ]


def test_generic_document_keeps_title_people_organisations_and_warns():
    report = load_report(CORPUS / "generic_mail_2022.txt")
    assert report.variant == "generic"
    assert report.session.title == "Addis Ababa meeting: follow-up"
    assert [(p.name, p.role) for p in report.people] == [
        ("Nnenna Nwakanma", Role.SPEAKER),  # "asked that the draft be shared": she spoke
        ("Paul Wilson", Role.PARTICIPANT),
    ]
    assert [o.name for o in report.organisations] == [
        "African Union Commission",
        "Asia Pacific Network Information Centre",
    ]
    assert len(report.warnings) == 1 and "no known IGF report family" in report.warnings[0]


def test_official_headings_without_text_fail(tmp_path: Path):
    path = tmp_path / "empty-official.txt"
    path.write_text(
        "IGF 2019 WS #341 A title\n1. Key Policy Questions and Expectations\n2. Discussion Areas\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="official_report template but every answer is empty"):
        load_report(path)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Ellery Roberts Biddle, Advocacy Director, Global Voices, United States",
            ("Ellery Roberts Biddle", "Advocacy Director", "Global Voices", None),
        ),
        (
            "Olaf Kolkman, Chief Internet Technology Officer, Internet Society",
            ("Olaf Kolkman", "Chief Internet Technology Officer", "Internet Society", None),
        ),
        (
            "Markus Kummer, Senior Advisor, Geneva Internet Platform & DiploFoundation",
            ("Markus Kummer", "Senior Advisor", "Geneva Internet Platform", None),
        ),
        ("• Ms. Ana RUIZ (Technical community)", ("Ana Ruiz", None, None, "technical community")),
        ("Kofi Mensah, tbc", ("Kofi Mensah", None, None, None)),
    ],
)
def test_one_person_per_entry(written: str, expected: tuple):
    [person] = people_on_line(written, SPAN, (Role.SPEAKER,))
    organisation = person.organisation.name if person.organisation else None
    group = person.stakeholder_group.value if person.stakeholder_group else None
    assert (person.name, person.title, organisation, group) == expected


def test_semicolons_separate_people_and_commas_stay_in_organisations():
    people = people_on_line(
        "Mario Fromow, IFT; Chinmayi Arun, Centre for Communication Governance, New Delhi",
        SPAN,
        (Role.SPEAKER,),
    )
    assert [(p.name, p.organisation.as_written) for p in people] == [
        ("Mario Fromow", "IFT"),
        ("Chinmayi Arun", "Centre for Communication Governance"),  # the city is no part
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 60 participants attended, of whom about 25 were women.", (60, 25, None)),
        (
            "Around 80 people attended onsite and 35 online. Roughly half were women.",
            (115, None, 0.5),
        ),
        ("Onsite: 40, online: 22. Women: 30.", (62, 30, None)),
        ("About 40% of the participants were women.", (None, None, 0.4)),
    ],
)
def test_participation_estimates_in_words(text: str, expected: tuple):
    figures = GenderFigures()
    gender.read_estimates(Passage(text, text, SPAN), figures)
    assert (figures.participants, figures.women, figures.women_share) == expected


def test_mentions_skip_organisations_and_sentence_openers():
    found = find_mentions(
        "The Chair noted that the Global Forum on Cyber Expertise (GFCE) and Dr. Kofi "
        "Mensah (Ghana Internet Society) agreed.",
        SPAN,
    )
    assert [(p.name, p.organisation.name) for p in found.people] == [
        ("Kofi Mensah", "Ghana Internet Society")
    ]


def test_official_estimates_on_lines_of_their_own_add_up(tmp_path: Path):
    path = tmp_path / "official.txt"
    path.write_text(
        "IGF 2019 WS #341 A title\n1. Summary of Issues Discussed\n"
        "Dr. Jean-Pierre Dubois warned about fragmentation.\n6. Estimated Participation\n"
        "Onsite participants: 70\nOnline participants: 30\nWomen: 40%\n",
        encoding="utf-8",
    )
    report = load_report(path)
    assert (report.session.id, report.session.year) == ("WS #341", 2019)
    assert [(p.name, p.role) for p in report.people] == [("Jean-Pierre Dubois", Role.PARTICIPANT)]
    assert (report.gender.participants, report.gender.women_share) == (100, 0.4)


def test_key_issue_bullets_are_items_and_wrapped_lines_join(tmp_path: Path):
    path = tmp_path / "t15.txt"
    path.write_text(
        "Reporting Template for IGF Workshop Sessions\nSession title: | WS 12: A title\n"
        "Chairperson/Moderator: | Ana Ruiz, APC\nKey Issues raised (1 sentence per issue):\n"
        "- first issue without a stop\n- second issue that wraps\nover two lines\n",
        encoding="utf-8",
    )
    report = load_report(path)
    assert [passage.text for passage in report.key_issues] == [
        "first issue without a stop",
        "second issue that wraps over two lines",
    ]


def test_markdown_fields_and_participation_lines(tmp_path: Path):
    path = tmp_path / "report.md"
    path.write_text(
        "# IGF 2023 WS #403 A title\n\n**Time:** Tuesday, 10th October, 2023 (08:00 UTC)\n"
        "**Moderator:** Ana Ruiz (APC)\n\n## Participation\n"
        "Onsite: 45\nOnline: 15\nAbout 30 women.\n",
        encoding="utf-8",
    )
    report = load_report(path)
    session = report.session
    assert (session.id, str(session.date), session.time) == ("WS #403", "2023-10-10", "08:00 UTC")
    assert [(p.name, p.role, p.organisation.acronym) for p in report.people] == [
        ("Ana Ruiz", Role.MODERATOR, "APC")
    ]
    assert (report.gender.participants, report.gender.women) == (60, 30)
