"""Labels and lists of people: where a label's value ends, form rows without colons,
numbered parties, bylines, a template's dropped labels, and the person-entry grammar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import one_report

from igfgraph.model import Report, SourceSpan
from igfgraph.parse import parse
from igfgraph.parse.affiliations import parse_organisation
from igfgraph.parse.entries import read_entry, split_people
from igfgraph.parse.names import same_person, uninvert
from igfgraph.parse.session import parse_date
from igfgraph.sources import read_source


def people(report: Report) -> set[tuple[str, str, str | None, bool]]:
    """(name, role, organisation, known only by position) of every person."""
    return {
        (p.name, p.role.value, p.organisation.name if p.organisation else None, p.role_by_position)
        for p in report.people
    }


def test_a_value_ends_with_its_line_and_never_swallows_the_block_after_it(
    tmp_path: Path,
) -> None:
    report = one_report(
        tmp_path,
        "IGF 2019 WS #12 Trust in Data Flows\n\n"
        "Moderator: Ana Ruiz, Internet Society\n\n"
        "Kofi Mensah, Ghana Internet Governance Forum\n"
        "Lea Kaspar, Global Partners Digital\n\n"
        "Online Moderator:\n\n"
        "Maria Torres, Derechos Digitales\n\n"
        "Speakers:\n\n"
        "Jon Smith, Access Now\n\n"
        "Rapporteur: Chen Wei\n",
    )
    assert people(report) == {
        ("Ana Ruiz", "moderator", "Internet Society", False),
        # after the moderator's line and a blank line: listed with their posts, not hers
        ("Kofi Mensah", "speaker", "Ghana Internet Governance Forum", True),
        ("Lea Kaspar", "speaker", "Global Partners Digital", True),
        ("Maria Torres", "online_moderator", "Derechos Digitales", False),
        ("Jon Smith", "speaker", "Access Now", False),
        ("Chen Wei", "rapporteur", None, False),
    }
    assert not report.unparsed


def test_a_form_row_without_a_colon_is_a_label_and_its_answer(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "Schedule\n"
        "IGF 2014 sub theme that this workshop fall under Enhancing Digital Trust |\n"
        "Name(s) and stakeholder and organizational affiliation(s) of institutional "
        "co-organizer(s) Joana Varon Ferraz |\n"
        "Has the proposer, or any of the co-organizers, organized an IGF workshop before? no |\n"
        "Names and affiliations (stakeholder group, organization) of speakers the proposer "
        "is planning to invite Tarek Kamel |\n"
        "Name of Moderator(s) William Drake |\n"
        "Name of Remote Moderator(s) Joana Varon and Lea Kaspar |\n"
        "Background paper no |\n",
    )
    assert people(report) == {
        ("Joana Varon Ferraz", "organizer", None, False),
        ("Tarek Kamel", "speaker", None, False),
        ("William Drake", "moderator", None, False),
        ("Joana Varon Ferraz", "online_moderator", None, False),  # a second surname dropped
        ("Lea Kaspar", "online_moderator", None, False),
    }
    assert [o.person_name for o in report.organizers] == ["Joana Varon Ferraz"]
    assert report.session.title is None  # a form's row is no title


def test_a_numbered_party_is_one_party(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "IGF 2022 WS #8 Once Upon an Internet\n\n"
        "Organizer 1: Shadrach Ankrah, Tech Today Gh\n"
        "Organizer 2: Jackline Akello, Lawyers Hub\n\n"
        "Speaker 1: Shadrach Ankrah, Technical Community, African Group\n",
    )
    assert people(report) == {
        ("Shadrach Ankrah", "organizer", "Tech Today Gh", False),
        ("Jackline Akello", "organizer", "Lawyers Hub", False),
        ("Shadrach Ankrah", "speaker", "Tech Today Gh", False),
    }
    organiser = report.organizers[0]
    assert (organiser.person_name, organiser.stakeholder_group, organiser.regional_group) == (
        "Shadrach Ankrah",
        "technical community",
        "African Group",
    )  # the groups his speaker line states


def test_a_byline_names_the_editors_and_a_cut_title_is_completed(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "IGF2015 Main Session Report A Dialogue on Zero Rating and ...\n\n"
        "1 IGF2015 Main Session Report A Dialogue on Zero Rating and Net Neutrality Ana Ruiz and "
        "Kofi Mensah, Editors Tuesday, 10 November 2015, 10:00 13:00 Lead Moderator: Lea "
        "Kaspar, Director, Global Partners Digital, UK\n",
    )
    assert report.session.title == "A Dialogue on Zero Rating and Net Neutrality"
    assert report.session.date == dt.date(2015, 11, 10)
    assert {(p.name, p.role.value) for p in report.people} == {
        ("Ana Ruiz", "rapporteur"),
        ("Kofi Mensah", "rapporteur"),
        ("Lea Kaspar", "moderator"),
    }


def test_a_templates_dropped_labels_give_the_next_lists_in_order(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "Reporting Template for IGF Workshop Sessions\n\n"
        "Session title: Youth and the Open Internet\n\n"
        "Workshop Organiser:\n\n"
        "Ana Ruiz - MAG member - Civil Society - LAC\n\n"
        "Chairperson/Moderator:\n\n"
        "Kofi Mensah\n\n"
        "Lea Kaspar\n\n\n"
        "Maria Torres\n\n"
        "Chen Wei\n\n\n"
        "Jon Smith - Access Now - WEOG\n\n"
        "Nnenna Okafor - Paradigm Initiative - African Group\n",
    )
    assert people(report) == {
        ("Ana Ruiz", "organizer", None, False),
        ("Kofi Mensah", "moderator", None, False),
        ("Lea Kaspar", "moderator", None, False),
        ("Maria Torres", "rapporteur", None, True),
        ("Chen Wei", "rapporteur", None, True),
        ("Jon Smith", "speaker", "Access Now", True),
        ("Nnenna Okafor", "speaker", "Paradigm Initiative", True),
    }
    assert report.session.year == 2016  # the template of that meeting


def test_a_wiki_templates_headings_and_the_instructions_left_after_them(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "Digital Commons 2025\n\n"
        "18 June 2025 | 11:00 - 12:30 CEST | Room 2\n\n"
        "Please provide name and institution for all people you list here.\n\n"
        "Programme Committee member(s)\n\n"
        "  • Lina Vogt\n\n"
        "Organising Team (Org Team) List Org Team members here as they sign up.\n\n"
        "  • Tomas Kral\n"
        "  • Eva Lindqvist\n\n"
        "Key Participants\n\n"
        "  • Marek Nowak, Deputy Director of the Digital Policy Unit at the European Commission\n"
        "  • Sofia Reyes, Internet Society\n",
    )
    assert people(report) == {
        ("Lina Vogt", "organizer", None, False),
        ("Tomas Kral", "organizer", None, False),
        ("Eva Lindqvist", "organizer", None, False),
        ("Marek Nowak", "speaker", "European Commission", False),
        ("Sofia Reyes", "speaker", "Internet Society", False),
    }


def test_a_forms_records_run_into_one_line_are_one_person_each() -> None:
    written = (
        "Ms.,Anriette,Esterhuysen,Civil Society,APC Mr.,Gus,Rossi,Civil Society,Public "
        "Knowledge Ms.,Deborah,Brown,Civil Society,APC"
    )
    entries = [read_entry(piece) for piece in split_people(written)]
    assert [(e.name, e.organisation) for e in entries if e] == [
        ("Anriette Esterhuysen", "APC"),
        ("Gus Rossi", "Public Knowledge"),
        ("Deborah Brown", "APC"),
    ]


def test_entries_keep_posts_units_and_places_out_of_the_organisation() -> None:
    cases = {
        "Fiona Alexander, Distinguished Policy Strategist, School of International Service, "
        "American University": (
            "Distinguished Policy Strategist, School of International Service",
            "American University",
        ),
        "Yug Desai - Doctoral candidate in the Department of International Relations at South "
        "Asian University, Civil Society, New Delhi (India) APAC": (
            "Doctoral candidate in the Department of International Relations",
            "South Asian University",
        ),
        "Talal Raza, Media Matters for Democracy Pakistan": (None, "Media Matters for Democracy"),
        "Ihita Gangavarapu, Youth IGF India": (None, "Youth IGF India"),
        "Jackline Akello, Lawyers Hub": (None, "Lawyers Hub"),
        "Olivier Crepin-Leblond, EURALO / ICANN / ISOC UK England": (None, "EURALO"),
        "Ana Ruiz, Orange, France": (None, "Orange"),
        "Wale Bakare, ICANN- European At-Large Organization (EURALO)": (
            None,
            "ICANN, European At-Large Organization (EURALO)",
        ),
        "Zin Myo Htet - Myanmar APAC": (None, None),
        "Lena Park, Executive Coordinator of the Internet Governance Forum (IGF) Secretariat": (
            "Executive Coordinator of the Internet Governance Forum Secretariat",
            "Internet Governance Forum Secretariat",
        ),
        "Edmon Chung, Chief Executive Officer, DotAsia Organisation": (
            "Chief Executive Officer",
            "DotAsia Organisation",
        ),
        "Jörg, Schweiger, CEO of DENIC, Chair of CENTR": ("CEO of DENIC, Chair of CENTR", "DENIC"),
        "Vigilio Almaida, former IT Minister Brazil, GCSC Member": ("GCSC Member", "GCSC"),
        "Uri Rosenthal, former foreign Minister of the Netherlands": (None, None),
        "Bruno Alves Lima. Director, Department of Technology Themes. Ministry of External "
        "Relations. The Federative Republic of Brazil": (
            "Director, Department of Technology Themes",
            "Ministry of External Relations",
        ),
        "Hon. Susan Dossi, Parliament of Malawi": (None, "Parliament of Malawi"),
    }
    for written, (post, organisation) in cases.items():
        entry = read_entry(written)
        assert entry is not None, written
        assert (entry.post, entry.organisation) == (post, organisation), written
    olga = read_entry("Olga Cavalli - gender activist and government stakeholder - Argentina")
    assert olga is not None and (olga.post, olga.group, olga.country) == (
        "gender activist",
        "government",
        "Argentina",
    )
    myanmar = read_entry("Zin Myo Htet - Myanmar APAC")
    assert myanmar is not None and (myanmar.country, myanmar.region) == (
        "Myanmar",
        "Asia-Pacific Group",
    )


def test_names_order_and_one_person_written_two_ways() -> None:
    assert uninvert("Githaiga Grace") == "Grace Githaiga"  # a widely given name last
    assert uninvert("Avri Doria") == "Avri Doria"  # "Doria" is rarely a given name
    assert uninvert("Ayse Arslan") == "Ayse Arslan"
    assert same_person("Joana Varon", "Joana Varon Ferraz")
    assert not same_person("Joana Varon", "Joana Ferraz")
    assert split_people("Maria Torres, Derechos Digitales") == ["Maria Torres, Derechos Digitales"]
    assert split_people("Ana Ruiz, Kofi Mensah") == ["Ana Ruiz", "Kofi Mensah"]
    assert read_entry("Secretary-General's Roadmap") is None


def test_a_label_with_a_number_ends_the_key_issues(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "Session Title: Human Rights, Gender and Youth\n\n"
        "Date: 13 November 2018\n\n"
        "Moderator: Claudio Lucena\n\n"
        "Key issues\n\n"
        "  1. Where do human rights, gender and youth meet?\n\n"
        "Length: 90 mins\n\n"
        "Onsite: 80, online: 15.\n",
    )
    assert [issue.text for issue in report.key_issues] == [
        "Where do human rights, gender and youth meet?"
    ]
    assert report.session.date == dt.date(2018, 11, 13)


def test_dates_in_their_written_forms() -> None:
    written = [
        "17.12.2017",
        "2017/12/17",
        "17-Dec-2017",
        "Monday, 18th December, 2017 (08:00 UTC)",
        "1er décembre 2017",
        "1º de diciembre de 2017",
        "Mercoledì 13 dicembre 2017",
        "Mittwoch, 13. Dezember 2017",
        "13 december 2017",
        "Rabu, 13 Desember 2017",
        "13 декабря 2017 года",
        "13 грудня 2017 року",
    ]
    assert [parse_date(text) for text in written] == [
        dt.date(2017, 12, 17),
        dt.date(2017, 12, 17),
        dt.date(2017, 12, 17),
        dt.date(2017, 12, 18),
        dt.date(2017, 12, 1),
        dt.date(2017, 12, 1),
        dt.date(2017, 12, 13),
        dt.date(2017, 12, 13),
        dt.date(2017, 12, 13),
        dt.date(2017, 12, 13),
        dt.date(2017, 12, 13),
        dt.date(2017, 12, 13),
    ]
    # two days of a meeting date no session, in Italian and German too
    assert parse_date("6 e 7 novembre 2018") is None
    assert parse_date("6. und 7. Mai 2019") is None


def test_a_paragraph_of_prose_ends_a_list_of_organisers(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "IGF 2019 Pre-Event #3 Measuring the Internet at home\n\n"
        "Co-organizers: Council of Europe, OECD, Internet Society\n\n"
        "After two years of consultation on the indicators, the framework has been approved "
        "by the Council for voluntary national assessments since November 2018.\n\n"
        "Working with partners, this pre-event is dedicated to the first results from "
        "countries across Africa, Latin America and Europe.\n",
    )
    assert [
        o.organisation.name or o.organisation.acronym for o in report.organizers if o.organisation
    ] == ["Council of Europe", "OECD", "Internet Society"]
    assert report.unparsed == []  # the paragraphs are read as prose, not as organisers


def test_a_clause_among_organisers_is_kept_as_unparsed(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "IGF 2014 Pre-event: Youth and the Internet\n\n"
        "Organiser(s): Internet Society, jointly with five research networks, Latin America\n",
    )
    assert [o.organisation.name for o in report.organizers if o.organisation] == [
        "Internet Society"
    ]
    assert [u.text for u in report.unparsed] == [
        "jointly with five research networks",
        "Latin America",
    ]
    assert any("is no organisation's name" in warning for warning in report.warnings)


def test_a_forms_question_led_by_the_meeting_is_no_title(tmp_path: Path) -> None:
    page = tmp_path / "workshop.txt"
    page.write_text(
        "The Future of Global and Regional IGFs, Post-2015\n\n"
        "03 September 2014 - A Workshop on Istanbul,Turkey\n\n"
        "IGF 2014 sub theme that this workshop fall under\n\n"
        "IGF & The Future of the Internet Ecosystem\n",
        encoding="utf-8",
    )
    session = parse(read_source(page)).session
    assert (session.title, session.date) == (
        "The Future of Global and Regional IGFs, Post-2015",
        dt.date(2014, 9, 3),
    )


def test_a_post_wrapped_after_a_word_it_never_ends_with_goes_on(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "Panel of respondents\n"
        "Moderator: Ana Ruiz, Senior Advisor, Example Authority\n\n"
        "· Bela Nagy, Deputy U.S. Chief Technology Officer, Executive\n"
        "Office of the President\n\n"
        "· Chen Wei, Executive Director, Example Rights Center\n",
    )
    people = [
        (p.name, p.role.value, p.organisation and p.organisation.name, p.title)
        for p in report.people
    ]
    assert people == [
        ("Ana Ruiz", "moderator", "Example Authority", "Senior Advisor"),
        (
            "Bela Nagy",
            "speaker",
            "Executive Office of the President",
            "Deputy U.S. Chief Technology Officer",
        ),
        ("Chen Wei", "speaker", "Example Rights Center", "Executive Director"),
    ]


def test_a_chief_officers_post_is_one_post_and_a_countrys_initials_no_body() -> None:
    posts = {
        "Ana Ruiz, Chief Technology Officer": ("Chief Technology Officer", None),
        "Ana Ruiz, Chief Technology Officer, Executive Office of the President": (
            "Chief Technology Officer",
            "Executive Office of the President",
        ),
        "Ana Ruiz, Deputy U.S. Trade Representative": ("Deputy U.S. Trade Representative", None),
    }
    for written, expected in posts.items():
        entry = read_entry(written)
        assert entry is not None
        assert (entry.post, entry.organisation) == expected, written


def test_a_focal_point_or_contact_person_organises_and_question_marks_name_no_body(
    tmp_path: Path,
) -> None:
    report = one_report(
        tmp_path,
        "Regional Dialogue on Data\n\nFocal point: Ana Ruiz, Example Society Portugal\n\n"
        "Contact Person\nTomas Berg\n\nSpeaker: Rosa Lind, ??\n",
    )
    assert [
        (p.name, p.role.value, p.organisation and p.organisation.name) for p in report.people
    ] == [
        ("Ana Ruiz", "organizer", "Example Society"),  # its country apart
        ("Tomas Berg", "organizer", None),
        ("Rosa Lind", "speaker", None),
    ]
    assert read_entry("Qusai Alshatty, ??").organisation is None


def test_an_acronym_between_dashes_after_a_body_is_its_acronym() -> None:
    span = SourceSpan("page.txt", 1, 1, "x")
    written = "Asociación Interamericana de Empresas de Telecomunicaciones -ASIET-"
    found = parse_organisation(written, span)
    assert (found.name, found.acronym) == (
        "Asociación Interamericana de Empresas de Telecomunicaciones",
        "ASIET",
    )


def test_a_unit_named_before_at_and_its_body() -> None:
    entry = read_entry(
        "Eva Lindqvist, Director Future Networks Directorate of DG CONNECT at the European "
        "Commission (online)"
    )
    assert entry is not None
    assert (entry.organisation, entry.post) == (
        "European Commission",
        "Director, Future Networks Directorate of DG CONNECT",
    )


def test_italian_posts_and_bodies() -> None:
    read = [
        (e.name, e.post, e.organisation)
        for text in (
            "Nicola Rossi, Presidente della Provincia di Roma",
            "Marta Bianchi, Dirigente Regione Sardegna",
            "Luca Neri, Direttore dell'Istituto di Informatica e Telematica del CNR",
            "Paolo Verdi, Vicesindaco Comune di Venezia",
        )
        if (e := read_entry(text)) is not None
    ]
    assert read == [
        ("Nicola Rossi", "Presidente", "Provincia di Roma"),
        ("Marta Bianchi", "Dirigente", "Regione Sardegna"),
        ("Luca Neri", "Direttore", "Istituto di Informatica e Telematica del CNR"),
        ("Paolo Verdi", "Vicesindaco", "Comune di Venezia"),
    ]


def test_a_programme_committee_organises(tmp_path: Path) -> None:
    report = one_report(
        tmp_path,
        "SEEDIG 7 planning meeting\n\nSEEDIG 7 PROGRAMME COMMITTEE\n\n"
        "The Programme Committee works on shaping the programme for SEEDIG 7.\n\n"
        "  • Ana Petrova, Internet Society, Bulgaria\n"
        "  • Marko Ilić, DiploFoundation, Serbia\n",
    )
    assert people(report) == {
        ("Ana Petrova", "organizer", "Internet Society", False),
        ("Marko Ilić", "organizer", "DiploFoundation", False),
    }


def test_a_proposal_question_naming_the_fields_is_a_label(tmp_path: Path) -> None:
    """The 2014 workshop proposals ask for people in long questions: their words before
    the role name only the fields asked for; a "Y" after a speaker means confirmed."""
    report = one_report(
        tmp_path,
        "Go back\n\nNo. 212 Open Data for Development in Asia\n\n"
        "Asia Open Data Network\n\n\n"
        "IGF 2014 sub theme that this workshop fall under\n\nEnhancing Digital Trust\n\n"
        "The Asian Open Data Network was launched in 2012 at a meeting in Bangkok to act as "
        "a platform for discussion on data issues in the region.\n\n"
        "Name(s) and stakeholder and organizational affiliation(s) of institutional "
        "co-organizer(s)\n\n"
        "Lena Park, Open Data Korea\nRavi Menon, Digital India Foundation\n\n"
        "Has the proposer, or any of the co-organizers, organized an IGF workshop before?\n\n"
        "Type of session\n\nRoundtable\n\n"
        "Names and affiliations (stakeholder group, organization) of speakers the proposer "
        "is planning to invite\n\n"
        "Lena Park, Open Data Korea, Y\nTomas Berg, Nordic ICT Council, Y\n\n"
        "Name of Moderator(s)\n\nIda Holm, Nordic ICT Council\n",
    )
    assert people(report) == {
        ("Lena Park", "organizer", "Open Data Korea", False),
        ("Ravi Menon", "organizer", "Digital India Foundation", False),
        ("Lena Park", "speaker", "Open Data Korea", False),
        ("Tomas Berg", "speaker", "Nordic ICT Council", False),
        ("Ida Holm", "moderator", "Nordic ICT Council", False),
    }


def test_a_roll_of_those_present_in_two_columns(tmp_path: Path) -> None:
    """ "Present were" heads a meeting's roll; a wide gap parts a name from its
    affiliation, and a line that starts with a name is the next person, not the post of
    the one before (whose line gave only a country)."""
    report = one_report(
        tmp_path,
        "Notes on the planning meeting for the Pacific forum\n\nPresent were\n\n"
        "  1. Maria Tui                  Cook Islands\n"
        "  2. John Rawa            CIO Fiji\n"
        "  3. Lose Mateo      Internet Society\n\n"
        "1. Agenda\n\nThe meeting agreed to discuss the following issues.\n",
    )
    assert people(report) == {
        ("Maria Tui", "participant", None, False),
        ("John Rawa", "participant", "Government of Fiji", False),
        ("Lose Mateo", "participant", "Internet Society", False),
    }


def test_a_post_of_a_unit_then_the_body_it_serves() -> None:
    """ "Director-General of X, Government of Y", "Under-secretary of State for X,
    Ministry of Y": the post names a unit, the part after it is the body."""
    read = [
        (e.name, e.post, e.organisation)
        for text in (
            "Mele Tui, Director-General of Digital Government Transformation, Government of Fiji",
            "Aino Virtanen, Under-secretary of State for International Trade, Ministry of "
            "Foreign Affairs, Finland",
        )
        if (e := read_entry(text)) is not None
    ]
    assert read == [
        ("Mele Tui", "Director-General of Digital Government Transformation", "Government of Fiji"),
        (
            "Aino Virtanen",
            "Under-secretary of State for International Trade",
            "Ministry of Foreign Affairs",
        ),
    ]


def test_a_body_first_then_people_with_their_bodies_in_brackets() -> None:
    """ "Inputs: OFCOM, Ana Ruiz (Publizistin), Kofi Mensah (Swico) Lea Kaspar (GPD)": a
    body without a person leads the list; a bracket ends each person, comma or none."""
    written = "OFCOM, Ana Ruiz (Publizistin), Kofi Mensah (Swico) Lea Kaspar (GPD)"
    entries = [read_entry(piece) for piece in split_people(written)]
    assert [(e.name, e.organisation) for e in entries if e is not None] == [
        ("Ana Ruiz", "Publizistin"),
        ("Kofi Mensah", "Swico"),
        ("Lea Kaspar", "GPD"),
    ]


def test_people_sharing_a_bracket_and_the_last_bracket_cut_off() -> None:
    """ "Col. Nader Abdallah and Col. Marc Sawan (Internal Security), Manal Shihab (TRA)":
    two people joined by "and" share the bracket after the second; an abbreviated rank is
    no part of the name; the last person's bracket may be cut off."""
    written = (
        "Col. Nader Abdallah and Col. Marc Sawan (Internal Security), Manal Shihab (TRA), "
        "Capt. Malak Charaf (General Security), Georges Awad"
    )
    entries = [read_entry(piece) for piece in split_people(written)]
    assert [(e.name, e.organisation) for e in entries if e is not None] == [
        ("Nader Abdallah", "Internal Security"),
        ("Marc Sawan", "Internal Security"),
        ("Manal Shihab", "TRA"),
        ("Malak Charaf", "General Security"),
        ("Georges Awad", None),
    ]
    # A body, not a person, after the last bracket leaves the line one entry.
    assert len(split_people("Ana Ruiz (APC), Internet Society")) == 1


def test_a_roster_by_stakeholder_group(tmp_path: Path) -> None:
    """A membership roster whose lines each start with a stakeholder group: its people
    take the group the line names, stated; a line naming two groups gives none."""
    report = one_report(
        tmp_path,
        "Lebanese IGF advisory group 2024\n\nThe 2024 roster includes:\n\n"
        "- Government: Nader Abdallah and Marc Sawan (Internal Security), Manal Shihab (TRA)\n\n"
        "- Technical Community and Private Sector: Hassan Dhaini (TOUCH), Chafic Chaya "
        "(RIPE NCC)\n\n"
        "- Intergovernmental Organizations: Mirna Barbar (UNESCWA)\n",
    )
    assert [
        (
            p.name,
            p.organisation and (p.organisation.name or p.organisation.acronym),
            p.stakeholder_group and p.stakeholder_group.value,
        )
        for p in report.people
    ] == [
        ("Nader Abdallah", "Internal Security", "government"),
        ("Marc Sawan", "Internal Security", "government"),
        ("Manal Shihab", "TRA", "government"),
        ("Hassan Dhaini", "TOUCH", None),
        ("Chafic Chaya", "RIPE NCC", None),
        ("Mirna Barbar", "UNESCWA", "intergovernmental organization"),
    ]
    assert all(p.stakeholder_group_basis.value == "stated" for p in report.people[:3])


def test_the_day_a_meeting_took_place_after_an_earlier_on(tmp_path: Path) -> None:
    """ "On the occasion of ..." starts the line with no date after it; the date is where
    the text says the event took place; French "a été tenue ce 13 avril 2024"."""
    report = one_report(
        tmp_path,
        "The multistakeholder model\n\nOn the occasion of the Arab IGF in Beirut, the "
        "chapter organised a round table. The event took place at the Monroe Hotel in "
        "Beirut on December 15th, 2015.\n",
    )
    assert report.session.date == dt.date(2015, 12, 15)
    report = one_report(
        tmp_path,
        "IGF Burundi 2024\n\nLa session annuelle de l'IGF Burundi 2024 a été tenue ce 13 avril "
        "2024, après 10 ans d'interruption.\n",
    )
    assert report.session.date == dt.date(2024, 4, 13)


def test_a_title_label_alone_on_its_line_over_a_title_with_a_colon(tmp_path: Path) -> None:
    """A proposal form's "Session Title" alone on its line, its answer on the next, which
    has a colon of its own: that answer is the title, not the form's heading."""
    report = one_report(
        tmp_path,
        "APrIGF 2024 Session Proposal Submission Form\nPart 1 - Lead Organizer\n"
        "Contact Person\nGrace Huang\nPart 2 - Session Proposal\nSession Title\n"
        "Digital Bill of Rights: Enduring Principles for a Free Internet\n"
        "Session Format\nWorkshop (60 minutes)\n",
    )
    assert report.session.title == "Digital Bill of Rights: Enduring Principles for a Free Internet"


def test_a_numbered_list_run_into_one_line_is_one_person_a_number(tmp_path: Path) -> None:
    """ "Panelist: 1. Ana Ruiz (APC) 2. Kofi Mensah (ISOC) 3. ...": a PDF's numbered list
    flattened into its label's line; the numbers count up from 1."""
    report = one_report(
        tmp_path,
        "Session 3: Access\nPanelist: 1. Harijanto Pribadi (Indonesia Internet Exchange) 2. "
        "Satriyo Wibowo (IPv6 Taskforce) 3. Yohanes Sumaryo (Jakarta Chapter)\n",
    )
    assert people(report) == {
        ("Harijanto Pribadi", "speaker", "Indonesia Internet Exchange", False),
        ("Satriyo Wibowo", "speaker", "IPv6 Task force", False),
        ("Yohanes Sumaryo", "speaker", "Jakarta Chapter", False),
    }
    assert split_people("Windows 2. Linux") == ["Windows 2. Linux"]  # no count from 1


def test_a_rapporteur_or_a_chair_inside_a_line_of_people(tmp_path: Path) -> None:
    """ "Ana Ruiz (APC), Kofi Mensah (ISOC) Rapporteur: Lea Kaspar (GPD)": a role label
    inside a listed line switches the role for the names after it, as "Moderator:" does."""
    report = one_report(
        tmp_path,
        "Session 4: Access\n\nSpeakers:\n- Ana Ruiz (Derechos Digitales), Kofi Mensah (Tech "
        "Today) Rapporteur: Lea Kaspar (Global Partners Digital)\n- Bo Han (Tsinghua "
        "University) Chair: Maria Lopez (Ministry of Digital Affairs)\n",
    )
    assert people(report) == {
        ("Ana Ruiz", "speaker", "Derechos Digitales", False),
        ("Kofi Mensah", "speaker", "Tech Today", False),
        ("Lea Kaspar", "rapporteur", "Global Partners Digital", False),
        ("Bo Han", "speaker", "Tsinghua University", False),
        ("Maria Lopez", "chair", "Ministry of Digital Affairs", False),
    }
    report = one_report(  # an agenda line: its topic, then its people
        tmp_path,
        "Agenda\n\n1. Openness: Ana Ruiz (Derechos Digitales) Moderator: Lea Kaspar (Global "
        "Partners Digital)\n",
    )
    assert people(report) == {
        ("Ana Ruiz", "speaker", "Derechos Digitales", False),
        ("Lea Kaspar", "moderator", "Global Partners Digital", False),
    }


def test_a_session_id_alone_then_its_title_on_the_next_line(tmp_path: Path) -> None:
    """ "IGF 2021 WS #195" alone on its line, the title under it, numbered organisers
    after (read as a listed session): the second line is the title."""
    report = one_report(
        tmp_path,
        "IGF 2021 WS #195\nBuilding an empowering online environment for children\n\n"
        "Organizer 1: Anamaria Meshkurti, International Telecommunication Union (ITU)\n",
    )
    assert (report.session.id, report.session.title) == (
        "WS #195",
        "Building an empowering online environment for children",
    )


def test_a_title_in_quotes_and_an_accessibility_menu_before_a_headline(tmp_path: Path) -> None:
    """The quotes around a whole title are no part of it; a page's accessibility menu
    ("Font size:", "Disable visually impaired version") is no title."""
    report = one_report(
        tmp_path,
        'IGF 2018 WS #256 "Is Blockchain the right technology for you?"\n\n'
        "Organizer 1: Ali AlMeshal, Bahrain ISOC\n",
    )
    assert report.session.title == "Is Blockchain the right technology for you?"
    report = one_report(
        tmp_path,
        "Font size:\nPage background:\nDisable visually impaired version close\n\n"
        "RIGF-2011 has opened\n\nThe second Russian forum opened in Moscow on its own.\n",
    )
    assert report.session.title == "RIGF-2011 has opened"


def test_people_run_together_after_their_regional_groups() -> None:
    """A session page's roster saved as one line: each person ends with a regional group
    ("... Caribbean Group (GRULAC)", "... Asia-Pacific Group"), the next name right after;
    two given names ("María Fernanda") stay one person's."""
    written = (
        "Federica Tortorella, LACTLD, Technical Community, Latin American and Caribbean Group "
        "(GRULAC) María Fernanda Martínez, Center for the Study of Technology and Society "
        "(CETyS), Academia, Latin American and Caribbean Group (GRULAC) Paula Oteguy, LACNIC, "
        "Technical Community, Asia-Pacific Group Ana Ruiz, Derechos Digitales, Civil Society, "
        "Latin American and Caribbean Group (GRULAC)"
    )
    entries = [read_entry(piece) for piece in split_people(written)]
    assert [(e.name, e.organisation, e.region) for e in entries if e] == [
        ("Federica Tortorella", "LACTLD", "GRULAC"),
        (
            "María Fernanda Martínez",
            "Center for the Study of Technology and Society (CETyS)",
            "GRULAC",
        ),
        ("Paula Oteguy", "LACNIC", "Asia-Pacific Group"),
        ("Ana Ruiz", "Derechos Digitales", "GRULAC"),
    ]


def test_people_in_a_labelled_rows_cells_are_one_person_a_cell(tmp_path: Path) -> None:
    """ "Speakers: Cesare Fregola, pedagogista | Cristina Leone, LEONARDO | ...": a table
    row whose label takes the cells after it; each cell is one person, not run together."""
    report = one_report(
        tmp_path,
        "Inclusione digitale\n\nSpeakers: Cesare Fregola, pedagogista | Cristina Leone, "
        "Leonardo Company | Viviana Langher, psicologa\n",
    )
    assert people(report) == {
        ("Cesare Fregola", "speaker", None, False),
        ("Cristina Leone", "speaker", "Leonardo Company", False),
        ("Viviana Langher", "speaker", None, False),
    }
