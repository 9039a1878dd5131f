"""Session pages (2017, 2018-2020, 2023-2024), saved web pages and programme listings."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from conftest import one_report
from typer.testing import CliRunner

from igfgraph.cli import app
from igfgraph.ingest import ingest, load_reports
from igfgraph.model import Role, SourceSpan, StakeholderGroup
from igfgraph.parse import parse_all
from igfgraph.parse.names import same_person, uninvert
from igfgraph.parse.reader import people_on_line
from igfgraph.rdf import report_graph_iri
from igfgraph.sources import read_source
from igfgraph.store import open_store

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
SPAN = SourceSpan("line.txt", 1, 1, "")


def roles(path: Path) -> set[tuple[str, str, bool]]:
    """(name, role, known only by position) of every person in a one-session file."""
    (report,) = load_reports(path)
    return {(p.name, p.role.value, p.role_by_position) for p in report.people}


def test_saved_page_keeps_the_content_and_maps_lines_back_to_the_file() -> None:
    source = read_source(CORPUS / "html_ws136_page_2018.html")
    text = [line for line in source.lines if line]
    assert text[:2] == [
        "IGF 2018 WS #136",
        "Overview of Gender Inclusion at National and Regional IGFs",
    ]
    assert "Organizer 3: Aida Mahmutović, CIG" in text
    assert "Aida Mahmutović" in text  # an inline <span> does not split the word
    furniture = ("legacy site", "About", "Home", "Share on social media", "Copyright", "dataLayer")
    assert not [line for line in text if any(word in line for word in furniture)]
    raw = (CORPUS / "html_ws136_page_2018.html").read_text().splitlines()
    assert source.file_lines is not None
    for number, line in enumerate(source.lines, 1):
        if line.startswith("Speaker 2:"):
            assert "Githaiga Grace" in raw[source.file_lines[number - 1] - 1]


def test_table_cells_of_a_row_are_one_line() -> None:
    source = read_source(CORPUS / "html_ws229_table_2020.htm")
    assert (
        "Speaker 3: Vargas Paula, Private Sector, Latin American and Caribbean Group (GRULAC)"
        in (source.lines)
    )
    assert not [line for line in source.lines if "Home" in line or "Secretariat" in line]


def test_dropped_role_labels_are_read_by_position() -> None:
    found = roles(CORPUS / "html_ws136_page_2018.html")
    assert {
        ("Amrita Choudhury", "moderator", True),
        ("Sarah Kiden", "online_moderator", False),
        ("Aida Mahmutović", "rapporteur", True),
    } <= found
    labelled = roles(CORPUS / "sp2018_ws136_labels_2018.txt")
    assert ("Sarah Kiden", "online_moderator", True) in labelled
    assert ("Aida Mahmutović", "rapporteur", False) in labelled  # written "Mahmutovic" there


def test_session_page_variants_say_why_they_were_chosen() -> None:
    chosen = {
        name: load_reports(CORPUS / name)[0]
        for name in (
            "sp2017_ws37_glued_2017.txt",
            "sp2018_ws120_youth_2018.txt",
            "sp2023_openmic_modorg_2023.txt",
            "sp2023_nri_child_2022.txt",
        )
    }
    assert {name: report.variant for name, report in chosen.items()} == {
        "sp2017_ws37_glued_2017.txt": "sp2017_page",
        "sp2018_ws120_youth_2018.txt": "sp2018_page",
        "sp2023_openmic_modorg_2023.txt": "sp2023_page",
        "sp2023_nri_child_2022.txt": "sp2023_page",
    }
    assert chosen["sp2018_ws120_youth_2018.txt"].variant_reason == (
        "header 'IGF 2018 WS #120 African Youth in Internet Governance Round Table' "
        "and numbered organizer and speaker lines"
    )
    assert "key_issues" in chosen["sp2023_nri_child_2022.txt"].variant_reason


def test_2017_speakers_with_glued_salutations_and_csv_fields() -> None:
    (glued,) = load_reports(CORPUS / "sp2017_ws37_glued_2017.txt")
    speakers = {p.name: p.organisation.name for p in glued.people if p.role is Role.SPEAKER}
    assert speakers == {
        "Tobias Feakin": "Government of Australia",
        "Reema Nanavaty": "Self Employed Women's Association",
        "Kate Doyle": "Promundo",
        "Will Hudson": "Google",
    }
    (csv,) = load_reports(CORPUS / "sp2017_ws186_csv_2017.txt")
    names = [(p.name, p.role.value) for p in csv.people]
    assert ("Francois Grey", "speaker") in names and ("Sophie Huber", "speaker") in names
    assert not [name for name, role in names if role == "rapporteur"]  # "tbc"


def test_moderator_and_organizer_gives_both_roles_and_the_stated_groups() -> None:
    (report,) = load_reports(CORPUS / "sp2023_openmic_modorg_2023.txt")
    both = sorted((p.name, p.role.value) for p in report.people if p.name == "Paul Mitchell")
    assert both == [("Paul Mitchell", "moderator"), ("Paul Mitchell", "organizer")]
    assert {(o.person_name, o.regional_group) for o in report.organizers} == {
        ("Chengetai Masango", "Intergovernmental Organization"),
        ("Paul Mitchell", "Intergovernmental Organization"),
    }
    assert (report.gender.participants, report.gender.women_share) == (120, 0.4)
    roach = next(p for p in report.people if p.name == "Carol Roach")
    assert (roach.title, roach.organisation.name) == (
        "Under-Secretary",
        "Ministry of Economic Affairs, Government of the Bahamas",
    )


def test_a_listing_gives_one_report_per_session_and_merges_repeats() -> None:
    source = read_source(CORPUS / "sched_ws26_twice_2016.txt")
    reports = parse_all(source)
    assert [(r.session.id, r.part) for r in reports] == [("WS #26", "ws-26"), ("WS #173", "ws-173")]
    ws26 = load_reports(CORPUS / "sched_ws26_twice_2016.txt")[0]
    assert sorted((p.name, p.role.value) for p in ws26.people) == [
        ("Carolina Caeiro", "organizer"),
        ("Cristine Hoepers", "speaker"),
        ("Erika Vega", "speaker"),
        ("Olaf Kolkman", "speaker"),
        ("Paul Wilson", "speaker"),
    ]
    assert any("the same session as line 8 (WS #26)" in warning for warning in ws26.warnings)
    assert str(report_graph_iri(ws26)).endswith("/report/sched-ws26-twice-2016/ws-26")
    caeiro = next(p for p in ws26.people if p.role is Role.ORGANIZER)
    assert (caeiro.title, caeiro.organisation.acronym) == (
        "Coordinator of Development Projects",
        "LACNIC",
    )


def test_spanish_labels_and_dash_bullets() -> None:
    ws173, ws26 = load_reports(CORPUS / "sched_es_moderador_2016.txt")
    assert [(p.name, p.role.value, p.organisation.acronym) for p in ws173.people] == [
        ("Rodrigo de la Parra", "moderator", "ICANN"),
        ("Mario Fromow", "speaker", "IFT"),
        ("Alejandro Pisanty", "speaker", "UNAM"),
        ("Mignon L. Clyburn", "speaker", "FCC"),
    ]
    assert (ws26.session.date.isoformat(), ws26.session.time) == ("2016-12-06", "09:00")


def test_parse_prints_a_list_for_a_listing_and_an_object_for_one_session() -> None:
    runner = CliRunner()
    listing = runner.invoke(app, ["parse", str(CORPUS / "sched_paren_ids_2017.txt")])
    assert listing.exit_code == 0, listing.stderr
    parsed = json.loads(listing.stdout)
    assert [doc["session"]["id"] for doc in parsed] == ["WS #186", "WS #37"]
    single = runner.invoke(app, ["parse", str(CORPUS / "sched_day0_single_2021.txt")])
    assert json.loads(single.stdout)["session"]["id"] == "Day 0 Event #68"


def test_ingesting_a_listing_stores_one_graph_per_session() -> None:
    store = open_store("memory:")
    summary = ingest(store, [CORPUS / "sched_paren_ids_2017.txt"])
    assert summary.ok and len(summary.ingested) == 2
    graphs = [iri for iri in store.graph_iris() if "/report/" in iri]
    assert sorted(iri.rsplit("/", 1)[1] for iri in graphs) == ["ws-186", "ws-37"]


def test_party_lines(tmp_path: Path) -> None:
    merged = people_on_line(
        "Ana Ruiz, co-chair Internet Society, Civil Society, GRULAC Kofi Mensah, "
        "Technical Community, African Group",
        SPAN,
        (Role.ORGANIZER,),
    )
    assert [(p.name, p.title, p.regional_group) for p in merged] == [
        ("Ana Ruiz", "co-chair", "GRULAC"),
        ("Kofi Mensah", None, "African Group"),
    ]
    assert merged[0].organisation.name == "Internet Society"
    page = tmp_path / "page.txt"
    page.write_text(
        "IGF 2020 WS #1 A title\n\nOrganizer 1: Government, Asia-Pacific Group\n"
        "Speaker 1: Ana Ruiz, Civil Society, GRULAC\n",
        encoding="utf-8",
    )
    [report] = parse_all(read_source(page))
    assert [(o.person_name, o.stakeholder_group, o.regional_group) for o in report.organizers] == [
        (None, StakeholderGroup.GOVERNMENT, "Asia-Pacific Group")
    ]
    assert people_on_line("There is no fixed list of speakers.", SPAN, (Role.SPEAKER,)) == []
    assert uninvert("Githaiga Grace") == "Grace Githaiga"
    assert uninvert("Grace Githaiga") == "Grace Githaiga"
    assert same_person("Bruna Santos", "Bruna Martins dos Santos")
    assert same_person("Aida Mahmutovic", "Aida Mahmutović")
    assert not same_person("Ana Ruiz", "Ana Torres")


def test_a_saved_pages_own_address_gives_the_id_and_year_it_does_not(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html>\n<html><head><title>Governing data | Internet Governance Forum</title>\n"
        '<link rel="canonical" href="https://www.intgovforum.org/en/content/'
        'igf-2023-ws-209-governing-data-across-borders">\n'
        "</head><body>\n<h1>Governing data across borders</h1>\n<h2>Speakers</h2>\n"
        "<ul><li>Ana Ruiz, Association for Progressive Communications</li></ul>\n"
        "</body></html>\n",
        encoding="utf-8",
    )
    source = read_source(page)
    (report,) = parse_all(source)
    session = report.session
    assert (session.id, session.year, session.type, session.title) == (
        "WS #209",
        2023,
        "workshop",
        "Governing data across borders",
    )
    assert session.spans["id"].start_line == 1  # the address's line
    assert source.file_lines[0] == 3  # in the file, the <link> element's line
    # A page whose text names its id keeps that one.
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "<h1>Governing data", "<h1>IGF 2023 WS #300 Governing data"
        ),
        encoding="utf-8",
    )
    assert parse_all(read_source(page))[0].session.id == "WS #300"


def test_a_heading_naming_two_groups_over_one_list_gives_the_first(tmp_path: Path) -> None:
    """A report page's "Speakers and Moderators" section over one list does not say who
    moderated: each person listed is a speaker, not a speaker and a moderator."""
    page = tmp_path / "event_report.txt"
    page.write_text(
        "12 Oct 2023 08:30h - 09:30h UTC\n\nEvent report\n\nSpeakers and Moderators\n\n\n"
        "  • Ana Ruiz\n  • Kofi Mensah\n\nTable of contents\n",
        encoding="utf-8",
    )
    assert roles(page) == {("Ana Ruiz", "speaker", False), ("Kofi Mensah", "speaker", False)}


def test_a_2024_page_behind_a_check_in_line_with_mail_leftovers(tmp_path: Path) -> None:
    """A session page whose first line is the schedule's check-in prompt is still a session
    page (its first list, before ``Speakers``, is the organisers); an e-mail the page hid
    (``[email protected]``) between commas is a part of the entry, not a new person; and
    ``stakeholder group: academia`` states the group."""
    page = tmp_path / "launch_award_event.txt"
    page.write_text(
        "Check-in and access this session from the IGF Schedule.\n\n"
        "IGF 2024 Launch / Award Event #77 Mapping Youth Fellowships\n\n"
        "    Youth Coalition on Internet Governance\n"
        "    Ana Ruiz, [email protected], Youth Coalition on Internet Governance, Civil Society,"
        " GRULAC\n"
        "    Kofi Mensah, University of Ghana, stakeholder group: academia, Africa,"
        " [email protected]\n\n"
        "    Speakers\n\n"
        "    Ana Ruiz, [email protected], Youth Coalition on Internet Governance, Civil Society,"
        " GRULAC\n\n"
        "    Onsite Moderator\n\n"
        "    Kofi Mensah, University of Ghana, stakeholder group: academia, Africa,"
        " [email protected]\n",
        encoding="utf-8",
    )
    (report,) = load_reports(page)
    assert (report.variant, report.session.id, report.session.title) == (
        "sp2023_page",
        "Launch and Award Event #77",
        "Mapping Youth Fellowships",
    )
    assert [
        (p.name, p.role.value, p.organisation and p.organisation.as_written, p.stakeholder_group)
        for p in report.people
    ] == [
        (
            "Ana Ruiz",
            "organizer",
            "Youth Coalition on Internet Governance",
            StakeholderGroup.CIVIL_SOCIETY,
        ),
        ("Kofi Mensah", "organizer", "University of Ghana", StakeholderGroup.ACADEMIA),
        (
            "Ana Ruiz",
            "speaker",
            "Youth Coalition on Internet Governance",
            StakeholderGroup.CIVIL_SOCIETY,
        ),
        ("Kofi Mensah", "moderator", "University of Ghana", StakeholderGroup.ACADEMIA),
    ]


def test_a_wiki_pages_name_and_revision_lines(tmp_path: Path) -> None:
    def title_and_year(text: str) -> tuple[str | None, int | None]:
        page = tmp_path / "wiki.txt"
        page.write_text(text, encoding="utf-8")
        (report,) = parse_all(read_source(page))
        return report.session.title, report.session.year

    furniture = (
        "\n\nFrom EuroDIG Wiki\nRevision as of 10:05, 3 May 2022 by Wikieditor (talk | contribs)\n"
        "(diff) ← Older revision | Latest revision (diff) | Newer revision → (diff)\n\n"
        "1,204 views\n\nDocuments\n\nModerator: Eva Lindqvist, RIPE NCC\n"
    )
    assert title_and_year("Wrap-up 2021" + furniture) == ("Wrap-up", 2021)
    assert title_and_year("Wrap up 2020: Difference between revisions" + furniture) == (
        "Wrap up",
        2020,
    )
    assert title_and_year("NRI Assembly - Pre 09 2021" + furniture)[0] == (
        "NRI Assembly - Pre 09 2021"
    )
    assert title_and_year("Data Spaces 2030\n\nModerator: Eva Lindqvist\n")[0] == "Data Spaces 2030"


def test_a_programmes_number_before_a_session_title_is_no_part_of_it(tmp_path: Path) -> None:
    def title(text: str) -> str | None:
        page = tmp_path / "page.txt"
        page.write_text(text + "\n\nModerator: Eva Lindqvist, RIPE NCC\n", encoding="utf-8")
        (report,) = parse_all(read_source(page))
        return report.session.title

    assert title("(S3) Data flows in the region: connecting the dots") == (
        "Data flows in the region: connecting the dots"
    )
    assert title("Sessão 4: Privacidade e proteção de dados") == "Privacidade e proteção de dados"
    assert title("Panel 2 – Trust in the network") == "Trust in the network"
    assert title("Session 12") == "Session 12"


def test_form_fields_run_together_on_one_line_are_read_apart(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "IGF 2025 Open Forum #58 Data flows with trust\n\n"
        "    Organizers\n"
        "    Digital Agency of Nordland\n"
        "    Organizational Affiliation: Digital Agency of Nordland, Nordland Moderator and "
        "Organizer: Lina Berg (main), Piet Aalders (sub) Stakeholder: Government Regional "
        "Group: WEOG\n"
        "    Speakers\n",
    )
    assert [
        (p.name, p.role, p.organisation and p.organisation.name, p.stakeholder_group)
        for p in report.people
    ] == [
        ("Lina Berg", Role.MODERATOR, "Digital Agency of Nordland", StakeholderGroup.GOVERNMENT),
        ("Lina Berg", Role.ORGANIZER, "Digital Agency of Nordland", StakeholderGroup.GOVERNMENT),
        ("Piet Aalders", Role.MODERATOR, "Digital Agency of Nordland", StakeholderGroup.GOVERNMENT),
        ("Piet Aalders", Role.ORGANIZER, "Digital Agency of Nordland", StakeholderGroup.GOVERNMENT),
    ]
    assert {p.regional_group for p in report.people} == {"WEOG"}


def test_a_person_alone_on_an_agenda_line_is_a_speaker(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "IGF 2017 Best Practice Forums Main Session\n\n"
        "Description:\n\nThe forums will present their outputs and take questions.\n\n"
        "Agenda:\n\nI. Introduction [~5 mins]\n\nNadia Okafor, MAG Member\n\n"
        "II. Remarks from the Host Country [~3 mins]\n\n"
        "Tomas Keller, Director, Federal Office of Communications\n\n"
        "III. Discussion with the room, led by the moderator\n",
    )
    assert [(p.name, p.role, p.organisation and p.organisation.name) for p in report.people] == [
        ("Nadia Okafor", Role.SPEAKER, None),
        ("Tomas Keller", Role.SPEAKER, "Federal Office of Communications"),
    ]
    assert "I. Introduction [~5 mins]" in [p.text for p in report.description]


def test_a_report_forms_question_naming_its_speakers_lists_them(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "Dynamic Coalition on Open Archives - DC OA\n\nMeeting type: \nDynamic Coalition\n"
        "Gender Report Card\n"
        "Please estimate the overall number of women participants present at the session: \n"
        "About half of the participants were women\n"
        "Provide the name of the speakers and their affiliation to various stakeholder groups: "
        "\n\nLaila Haddad, Director, Open Archives Network (civil society)\n"
        "Viktor Sand, Datahall AB (private sector)\n"
        "Mele Tupou, government of Tonga\n",
    )
    assert [(p.name, p.role, p.stakeholder_group) for p in report.people] == [
        ("Laila Haddad", Role.SPEAKER, StakeholderGroup.CIVIL_SOCIETY),
        ("Viktor Sand", Role.SPEAKER, StakeholderGroup.PRIVATE_SECTOR),
        ("Mele Tupou", Role.SPEAKER, None),
    ]
    tupou = report.people[2].organisation
    assert tupou is not None and tupou.name == "Government of Tonga"


def test_numbered_agenda_lines_inside_a_description_give_their_speakers(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "IGF 2021 Digital Inclusion - Next Steps\n\nAbout this Session\n"
        "The coalition reviews its year and plans the next.\n\n"
        "The program for this session is:\n\n1. Welcome\n\n2. Introduction – Ines Moreau\n\n"
        "3. Open discussion – Discussion\n\n"
        "4. Regional initiatives – Kwame Boateng & Lotte Jensen\n\n5. Conclusion\n",
    )
    assert [(p.name, p.role) for p in report.people] == [
        ("Ines Moreau", Role.SPEAKER),
        ("Kwame Boateng", Role.SPEAKER),
        ("Lotte Jensen", Role.SPEAKER),
    ]


def test_a_name_heading_a_part_of_a_session_report_is_its_speaker(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "Open data for the public good | IGF 2023 Open Forum #140\n\n"
        "11 Oct 2023 06:30h - 07:30h UTC\n\nFull session report\n\nSelma Haddad\n\n"
        "The speaker explained that open data portals have grown in the region, and that "
        "governments now publish their budgets in machine-readable formats.\n\n"
        "Connectivity and data\n\n"
        "The discussion then turned to the cost of connectivity in rural areas.\n",
    )
    assert [(p.name, p.role) for p in report.people] == [("Selma Haddad", Role.SPEAKER)]


def test_a_slide_viewers_page_count_and_download_line_are_no_title(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "SlideShare uma empresa Scribd logo\n1 de 8\nBaixar para ler offline\nNotulensi\n"
        "Diskusi Terbuka ID-IGF\nJumat, 19 Januari 2018\n"
        "Diskusi Terbuka ID-IGF 2018 telah dilaksanakan pada Jumat, 19 Januari 2018.\n",
    )
    assert (report.session.title, report.session.date) == (
        "Diskusi Terbuka ID-IGF",
        dt.date(2018, 1, 19),
    )


def test_a_report_templates_own_heading_is_no_session_title(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "Moderator: Lena Marsh, APC\n\nSession Time\n\n"
        "IGF 2018 Pre-Session Synthesis & Short Report Template\n\n"
        "Pre-Session Synthesis Due: 2 November\n",
    )
    assert report.session.title is None
    assert [(p.name, p.role) for p in report.people] == [("Lena Marsh", Role.MODERATOR)]


def test_speaker_cards_of_an_event_page_are_read_one_person_each(tmp_path: Path) -> None:
    """A name on its own line, then its post and organisation, each card set apart by
    blank lines: one person a card; a line that only names a role gives it."""
    report = one_report(
        tmp_path,
        "Island IGF 2024\n\n28th November 2024\n\nAbout us\n"
        "The forum brings together every stakeholder of the island's Internet.\n\n"
        "Rosa Lind\nExecutive director\nIsland Digital Rights Centre\n\n"
        "Tomas Berg\nProgram expert\nUN IGF Secretariat\nModerator\n\n"
        "Mio Tanaka\nElectronic Frontier Foundation\nKeynote speaker\n",
    )
    assert [
        (p.name, p.role.value, p.organisation and p.organisation.name) for p in report.people
    ] == [
        ("Rosa Lind", "speaker", "Island Digital Rights Centre"),
        ("Tomas Berg", "moderator", "UN IGF Secretariat"),
        ("Mio Tanaka", "speaker", "Electronic Frontier Foundation"),
    ]


def test_a_proponente_label_names_the_organiser(tmp_path: Path) -> None:
    """Brazil's forum lists a workshop's proposer as 'Proponente': its organiser."""
    report = one_report(
        tmp_path,
        "Programação\n\nDesafios do modelo multissetorial\n\n"
        "Proponente: Ana Ruiz (Ministério das Relações Exteriores)\n\n"
        "Moderador: Tomas Berg (ITS-Rio)\n",
    )
    assert [(p.name, p.role.value) for p in report.people] == [
        ("Ana Ruiz", "organizer"),
        ("Tomas Berg", "moderator"),
    ]


def test_italian_labels_of_moderator_and_speakers(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "Internet e politica\n\nModeratore: Luca Ferri, Responsabile di Nova, Sole24Ore\n"
        "Relatori: Marta Conti, Università di Pisa; Paolo Neri, Isoc Italia\n",
    )
    assert [(p.name, p.role.value) for p in report.people] == [
        ("Luca Ferri", "moderator"),
        ("Marta Conti", "speaker"),
        ("Paolo Neri", "speaker"),
    ]
