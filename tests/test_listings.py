"""Programmes and schedules: a file of many sessions cut into one report per session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import ROOT, parse_text

from igfgraph.model import Report, Role, SourceSpan
from igfgraph.parse import parse_all
from igfgraph.parse.affiliations import is_acronym, parse_organisation
from igfgraph.parse.coverage import unaccounted_lines
from igfgraph.parse.entries import read_affiliation, read_entry, split_people
from igfgraph.parse.listing import day_without_year
from igfgraph.parse.names import clean_name
from igfgraph.parse.repair import english_half
from igfgraph.parse.session import parse_time, type_from_text
from igfgraph.resolve.organisations import load_gazetteer
from igfgraph.sources import read_source

LAYOUTS = ROOT / "tests" / "fixtures" / "layouts"


def _people_read(tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    """(name, role, organisation as written) of each person of a one-session document."""
    (report,) = _sessions(tmp_path, text)
    return [
        (p.name, p.role.value, p.organisation and p.organisation.as_written) for p in report.people
    ]


def _sessions(tmp_path: Path, text: str) -> list[Report]:
    """Every session of a composed programme, each of its lines read into one."""
    reports = parse_text(tmp_path, text, "programme.txt")
    assert not unaccounted_lines(read_source(tmp_path / "programme.txt"), reports)
    return reports


def _people(report: Report) -> list[tuple[str, str]]:
    return [(person.name, person.role.value) for person in report.people]


def test_a_flattened_programme_table_is_cut_at_its_time_slots(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "Hybrid Forum: 30 June 2022\n\nTimeAgendaModerator\n"
        "08:00 – 08:15Arrival and RegistrationKICTANet MAG Team\n"
        "08:15 – 08:30Welcome and IntroductionsConference Moderator: Victor Kapiyo\n"
        "08:30 – 08:45Opening and Welcome Remarks\n"
        "Ali Hussein, the Chairman KICTANet\n"
        "Conference Moderator: Mwendwa Kivuva\n"
        "09:00 – 10:00High (C-Level) Panel – A Resilient Internet\n\nPanel\n\n"
        "John Reyels, Head of Cyber Foreign Policy and Cyber Security Coordination staff, "
        "German Foreign office (virtual)\n"
        "Moderator: Grace Githaiga, Convenor, KICTANet\n"
        "10:00 – 10:15Plenary session\n"
        "Session 1: Governing Data and Protecting Privacy\n"
        "10:20 – 11:20panel:\n"
        "Immaculate Kassait, Data Commissioner, ODPC.\n"
        "*Peter Ngige/Liston Kirui, Communications Authority.\n"
        "11:35 – 11:50Tea Break\n",
    )
    assert [(r.session.title, r.session.time) for r in reports] == [
        ("Welcome and Introductions", "08:15"),
        ("Opening and Welcome Remarks", "08:30"),
        ("High (C-Level) Panel - A Resilient Internet", "09:00"),
        ("Governing Data and Protecting Privacy", "10:20"),
    ]
    assert {r.session.date for r in reports} == {dt.date(2022, 6, 30)}
    assert [_people(r) for r in reports] == [
        [("Victor Kapiyo", "moderator")],
        [("Ali Hussein", "speaker"), ("Mwendwa Kivuva", "moderator")],
        [("John Reyels", "speaker"), ("Grace Githaiga", "moderator")],
        [
            ("Immaculate Kassait", "speaker"),
            ("Peter Ngige", "speaker"),
            ("Liston Kirui", "speaker"),
        ],
    ]
    reyels = reports[2].people[0]
    assert reyels.organisation is not None and reyels.organisation.name == "German Foreign office"


def test_bare_time_slots_day_numbers_format_labels_and_a_regional_igf(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "LACIGF 16 – Foro de Gobernanza de Internet de América Latina y el Caribe 2023\n\n"
        "Programa\n\nDía 1\n\n09:00 – 10:30\n"
        "Panel: Oportunidades de apoyo para abordar desafíos\n"
        "Organiza: LACNIC\n"
        "Moderadora: Paula Oteguy, Coordinadora de Relacionamiento Multisectorial, LACNIC\n"
        "Panelistas:\n• César Díaz (LACNIC)\n\n"
        "10:30 – 11:00 Pausa para el café\n\nDía 2\n\n11:00 – 12:30\n"
        "Panel: El aporte de los NRIs\n"
        "Moderador: Miguel Ignacio Estrada (LACNIC)\n",
    )
    assert [(r.session.title, r.session.time, r.session.date) for r in reports] == [
        ("Oportunidades de apoyo para abordar desafíos", "09:00", None),
        ("El aporte de los NRIs", "11:00", None),
    ]
    assert _people(reports[0]) == [("Paula Oteguy", "moderator"), ("César Díaz", "speaker")]
    assert [o.organisation.acronym for o in reports[0].organizers if o.organisation] == ["LACNIC"]
    assert {r.session.type for r in reports} == {"nri session"}
    assert _people(reports[1]) == [("Miguel Ignacio Estrada", "moderator")]


def test_a_bilingual_programme_takes_the_english_title(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "IGF 2018 – Paris, Siège de l’UNESCO / UNESCO Headquarters\n\n"
        "Lundi 12 novembre 2018 / Monday, 12 November 2018\n\n"
        "Cérémonie d’ouverture / Opening Ceremony\nSalle I\nIntervenants / Speakers :\n"
        "- Emmanuel Macron, Président de la République française / "
        "President of the French Republic\n\n"
        "Mardi 13 novembre 2018 / Tuesday, 13 November 2018\n\n16:30 – 17:50\n"
        "Séance principale / Main Session – The importance of human rights\nSalle I\n"
        "Modérateur / Moderator : Claudio Lucena\n",
    )
    assert [(r.session.title, r.session.type, r.session.date) for r in reports] == [
        ("Opening Ceremony", "other", dt.date(2018, 11, 12)),
        ("The importance of human rights", "main session", dt.date(2018, 11, 13)),
    ]
    assert [_people(r) for r in reports] == [
        [("Emmanuel Macron", "speaker")],
        [("Claudio Lucena", "moderator")],
    ]
    macron = reports[0].people[0]
    assert macron.organisation is not None
    assert (macron.title, macron.organisation.name) == (
        "President of the French Republic",
        "Government of France",
    )


def test_a_schedule_list_view_closes_each_session_with_its_date_and_venue(
    tmp_path: Path,
) -> None:
    reports = _sessions(
        tmp_path,
        "Other Session [clear filter]\nWednesday, November 27\n\n\n"
        "Why the IGF Matters: Fundraising Drive (Saal Europa)\nModerator: MAG Chair\n\n"
        "I - INTRODUCTION - Co-moderators\n  • Manal Ismail\n  • ‘Chat’ Garcia Ramilo\n"
        "  • Vint Cerf\n"
        "    Vice President and Chief Internet Evangelist for Google\n\n"
        "Wednesday November 27, 2019 08:15 - 09:15\n"
        "Saal Europa Sonnenallee 225, 12057 Berlin, Germany\n\n\n"
        "Implementing Internet standards and protocols for a safer Internet\n"
        "This workshop is part of an intersessional pilot.\n",
    )
    assert [(r.session.title, r.session.date, r.session.time) for r in reports] == [
        ("Why the IGF Matters: Fundraising Drive", dt.date(2019, 11, 27), "08:15"),
        (
            "Implementing Internet standards and protocols for a safer Internet",
            dt.date(2019, 11, 27),
            None,
        ),
    ]
    assert _people(reports[0]) == [
        ("Manal Ismail", "moderator"),
        ("Chat Garcia Ramilo", "moderator"),
        ("Vint Cerf", "moderator"),
    ]
    assert {r.session.type for r in reports} == {"other"}  # the filter names the type
    cerf = reports[0].people[2]
    assert cerf.organisation is not None
    assert (cerf.title, cerf.organisation.name) == (
        "Vice President and Chief Internet Evangelist",
        "Google",
    )


def test_scheduled_list_items_and_a_dated_slot(tmp_path: Path) -> None:
    items = _sessions(
        tmp_path,
        "21 October 2013 - 25 October 2013\n\nBali, Indonesia\n\n"
        "  • Orientation Sessions (Schedules for Day 1, Day 2, at 8:00 – 9:30 am, Main Hall). "
        "Every morning, DiploFoundation is facilitating an orientation session.\n"
        "    Day 1:\n    YouTube player\n\n"
        "  • High Level Leaders’ Meeting (Day 0, Monday, 21st October, at 9:30 am, Main Hall). "
        "Diplo director Dr Jovan Kurbalija is speaking at this pre-event.\n",
    )
    assert [(r.session.title, r.session.date, r.session.time) for r in items] == [
        ("Orientation Sessions", None, "08:00"),
        ("High Level Leaders' Meeting", dt.date(2013, 10, 21), "09:30"),
    ]
    assert _people(items[1]) == [("Jovan Kurbalija", "participant")]
    (dated,) = _sessions(
        tmp_path,
        "Internet Governance Forum (IGF) Meeting 2009\n\nProgramme for the Main Sessions\n\n"
        "Sharm El Sheikh, 15-18 November 2009\n\n"
        "The programme tries to leave as much room as possible for open dialogue between all\n"
        "stakeholders.\n\n"
        "15 November, 10:00 – 11:30: Orientation Session\n\n"
        "Moderators:\n Markus Kummer, Executive Coordinator, IGF Secretariat\n",
    )
    assert (dated.session.title, dated.session.date, dated.session.time) == (
        "Orientation Session",
        dt.date(2009, 11, 15),
        "10:00",
    )
    assert _people(dated) == [("Markus Kummer", "moderator")]


def test_the_organiser_line_under_a_listed_id(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "Received Day 0 Events\n\nIGF 2019 Pre-Event #1 GIGANET\n\n"
        "14th Annual Symposium of the Global Internet Governance Academic Network\n\n"
        "IGF 2019 Pre-Event #2 Global Citizens' Debate on the Future of Internet\n\n"
        "Missions Publiques\n\n\n"
        "Present the results of the Global Citizens' Debate on the future of Internet:\n",
    )
    assert [(r.session.id, [o.organisation.name for o in r.organizers]) for r in reports] == [
        ("Day 0 Event #1", []),
        ("Day 0 Event #2", ["Missions Publiques"]),
    ]
    assert not [person for report in reports for person in report.people]


def test_presenters_who_organise_are_people_and_a_slot_title_may_open_with_a_quote(
    tmp_path: Path,
) -> None:
    reports = _sessions(
        tmp_path,
        "IGF 2017 Lightning Sessions\n\n*DAY 1 - Monday, 18 December*\n\n"
        "13.25 - 13.45        Privacy for Kids: the booklet\n\n"
        "                     Presenters/Organizers: Maryant Fernandez Perez\n\n"
        "14.15 - 14.35        ‘Friends of IGF’ Project\n\n"
        "                     Presenters/Organizers: Flávio Wagner\n",
    )
    assert [(r.session.title, sorted(_people(r))) for r in reports] == [
        (
            "Privacy for Kids: the booklet",
            [("Maryant Fernandez Perez", "organizer"), ("Maryant Fernandez Perez", "speaker")],
        ),
        (
            "'Friends of IGF' Project",
            [("Flávio Wagner", "organizer"), ("Flávio Wagner", "speaker")],
        ),
    ]


def test_two_names_share_the_affiliation_after_them() -> None:
    assert split_people("*Peter Ngige/Liston Kirui, Communications Authority.") == [
        "Peter Ngige, Communications Authority",
        "Liston Kirui, Communications Authority",
    ]
    assert split_people("US/New Zealand, Ana Ruiz") == ["US/New Zealand, Ana Ruiz"]


def test_names_in_capitals_run_together_are_cut_apart() -> None:
    line = (
        "Members of the advisory group will speak : ANNE CARBLANC — Head, Digital Economy "
        "Policy Division, OECD DAVID KAYE — Special Rapporteur for Freedom of Expression, "
        "United Nations EILEEN DONAHOE"
    )
    assert split_people(line) == [
        "Members of the advisory group will speak :",
        "ANNE CARBLANC — Head, Digital Economy Policy Division, OECD",
        "DAVID KAYE — Special Rapporteur for Freedom of Expression, United Nations",
        "EILEEN DONAHOE",
    ]
    # Capitals inside a name are no cut; nor is an acronym ending an affiliation.
    assert split_people("BENEDICTO FONSECA FILHO — Director, Ministry") == [
        "BENEDICTO FONSECA FILHO — Director, Ministry"
    ]
    assert split_people("Kofi Mensah, ICANN GAC") == ["Kofi Mensah, ICANN GAC"]


def test_a_name_in_capitals_is_given_name_first_even_where_surnames_come_first() -> None:
    assert read_entry("CHINMAYI ARUN — Executive Director", surname_first=True).name == (
        "Chinmayi Arun"
    )
    assert read_entry("Cath, Corinne", surname_first=True).name == "Corinne Cath"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Director of the International Technical Coordination Department at the National "
            "Telecommunications Regulatory Authority of Egypt",
            (
                "Director of the International Technical Coordination Department",
                "National Telecommunications Regulatory Authority of Egypt",
            ),
        ),
        (
            "Executive Secretary of the Brazilian Internet Steering Committee/CGI.br",
            (
                "Executive Secretary of the Brazilian Internet Steering Committee/CGI.br",
                "Brazilian Internet Steering Committee/CGI.br",
            ),
        ),
        ("Senior Advisor at European Schoolnet", ("Senior Advisor", "European Schoolnet")),
        (
            "United Nations Under-Secretary-General for Economic and Social Affairs",
            ("Under-Secretary-General for Economic and Social Affairs", "United Nations"),
        ),
        (
            "Director of the Alliance for Affordable Internet",
            (
                "Director of the Alliance for Affordable Internet",
                "Alliance for Affordable Internet",
            ),
        ),
        ("Minister for Communications", ("Minister for Communications", None)),
        ("Director for Europe at Google", ("Director for Europe", "Google")),
    ],
)
def test_a_post_runs_to_its_organisation(written: str, expected: tuple) -> None:
    assert read_affiliation(written) == expected


def test_organisations_written_with_their_acronyms() -> None:
    span = SourceSpan("line.txt", 1, 1, "")
    committee = parse_organisation("Brazilian Internet Steering Committee/CGI.br", span)
    assert (committee.name, committee.acronym) == (
        "Brazilian Internet Steering Committee",
        "CGI.br",
    )
    assert [is_acronym(word) for word in ("KICTANet", "ICANN", "Google", "DiploFoundation")] == [
        True,
        True,
        False,
        False,
    ]


def test_national_and_regional_igfs_and_ceremonies_name_a_session_type() -> None:
    assert [
        type_from_text(text)
        for text in (
            "Kenya Internet Governance Forum 2022",
            "LACIGF 16 – Foro de Gobernanza de Internet de América Latina y el Caribe",
            "The Internet Governance Forum",
            "Eighth Internet Governance Forum",
            "Closing Ceremony and Orientation for WAIGF 2025",
        )
    ] == ["nri session", "nri session", None, None, "other"]
    assert english_half("Cérémonie d’ouverture / Opening Ceremony") == "Opening Ceremony"
    assert english_half("Data / Privacy") == "Data / Privacy"


def test_a_flattened_table_of_dated_rows_with_organisers_above_the_titles(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "ICANN/At-Large Organized Events\n\nDate and Time\n\n\n"
        "6 December 2021\n\n11:00 - 12:00 UTC\n\n"
        "ORGANIZER: Ministry of Foreign Affairs, Poland\n\n\n"
        "“The future of global Internet governance – same goal, different perceptions?”\n\n\n"
        "Wolfgang Kleinwaechter\n\nMandy Carver tbc \n\nConference Room 3\n\n"
        "7 December 2021\n\n2:00 - 3:30 pm UTC\n\nOpen Forum:\n\nFuture of the Internet\n\n"
        "Onsite Moderator:\n\nAdam Peake\n",
    )
    assert [(r.session.title, r.session.type, r.session.date, r.session.time) for r in reports] == [
        (
            "The future of global Internet governance - same goal, different perceptions?",
            "day 0 event",  # the day before the programme
            dt.date(2021, 12, 6),
            "11:00",
        ),
        ("Future of the Internet", "open forum", dt.date(2021, 12, 7), "14:00"),
    ]
    assert [_people(r) for r in reports] == [
        [("Wolfgang Kleinwaechter", "speaker"), ("Mandy Carver", "speaker")],
        [("Adam Peake", "moderator")],
    ]
    assert [o.organisation.name for o in reports[0].organizers if o.organisation] == [
        "Ministry of Foreign Affairs"
    ]


def test_titles_with_their_role_labels_under_them_and_the_meeting_s_days(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "IGF 2009 and the Internet Society\n\nWhen: 15-18 November 2009\n\n"
        "The role of Internet Exchange Points in creating Internet capacity\n\n"
        "Internet Society Panelist: Michuki Mwangi\n"
        "Workshop Purpose: The main themes are how Internet bandwidth is produced.\n\n"
        "Workshop on Fundamentals: Internet's Core Values\n\n"
        "Internet Society Panelist: Lynn St. Amour\n",
    )
    assert [(r.session.title, r.session.date, _people(r)) for r in reports] == [
        (
            "The role of Internet Exchange Points in creating Internet capacity",
            None,
            [("Michuki Mwangi", "speaker")],
        ),
        ("Workshop on Fundamentals: Internet's Core Values", None, [("Lynn St. Amour", "speaker")]),
    ]


def test_a_programme_table_s_columns_give_the_people_their_roles(tmp_path: Path) -> None:
    page = tmp_path / "programme.html"
    page.write_text(
        "<html><body><h1>Programme</h1><table>"
        "<tr><th>Time</th><th>Session</th><th>Moderator</th><th>Speakers</th></tr>"
        "<tr><td>09:00 - 10:00</td><td>Opening Session</td><td>Victor Kapiyo</td>"
        "<td>Ali Hussein, KICTANet; Grace Githaiga, KICTANet</td></tr>"
        "<tr><td>10:00 - 11:00</td><td>Data Protection</td><td>John Walubengo</td>"
        "<td>Immaculate Kassait, ODPC</td></tr>"
        "<tr><td>11:00 - 11:30</td><td>Tea Break</td><td></td><td></td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    reports = parse_all(read_source(page))
    assert [(r.session.title, r.session.time, _people(r)) for r in reports] == [
        (
            "Opening Session",
            "09:00",
            [
                ("Victor Kapiyo", "moderator"),
                ("Ali Hussein", "speaker"),
                ("Grace Githaiga", "speaker"),
            ],
        ),
        (
            "Data Protection",
            "10:00",
            [("John Walubengo", "moderator"), ("Immaculate Kassait", "speaker")],
        ),
    ]


def test_a_title_ending_in_a_colon_above_its_dated_slot(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "Internet Governance Forum (IGF) Meeting 2009\n\nProgramme for the Main Sessions\n\n"
        "16 November, 10:00 – 13:00: Opening Ceremony and Opening Session\n\n"
        "Chair: H.E. Dr. Tarek Kamel, Minister of Communications and Information Technology, "
        "Egypt\n\n"
        "Managing Critical Internet Resources:\n\n16 November, 15:00 – 18:00\n\n"
        "Panellists:\n  • Kofi Mensah, ISOC\n",
    )
    assert [(r.session.title, r.session.date, r.session.time, _people(r)) for r in reports] == [
        (
            "Opening Ceremony and Opening Session",
            dt.date(2009, 11, 16),
            "10:00",
            [("Tarek Kamel", "chair")],
        ),
        (
            "Managing Critical Internet Resources",
            dt.date(2009, 11, 16),
            "15:00",
            [("Kofi Mensah", "speaker")],
        ),
    ]
    kamel = reports[0].people[0].organisation
    assert (
        kamel is not None and kamel.name == "Ministry of Communications and Information Technology"
    )


def test_an_agenda_line_stops_at_a_label_run_into_it(tmp_path: Path) -> None:
    (report,) = _sessions(
        tmp_path,
        "Setting the Scene\n\n10 November 2015 - A Main Session in João Pessoa, Brazil\n\n"
        "  • Openness; Vint Cerf, Google,\n"
        "  • Intercessional work: BPFs – Constance Bommelear, ISOC Goal: The session "
        "prepares the ground for the rest of the meeting. Duration: 1 hour.\n",
    )
    assert [
        (p.name, p.role.value, p.organisation and p.organisation.acronym) for p in report.people
    ] == [
        ("Vint Cerf", "speaker", None),
        ("Constance Bommelear", "speaker", "ISOC"),
    ]


def test_a_known_organisation_written_without_its_plural() -> None:
    gazetteer = load_gazetteer()
    misspelt = gazetteer.by_name("Association for Progressive Communication")
    assert misspelt is not None and misspelt.acronyms == ("APC",)


def test_an_organisation_after_from_ends_where_the_sentence_goes_on() -> None:
    said = read_entry("Karen McCabe from IEEE addresses “Does the IGF change anything?”")
    assert (said.name, said.organisation) == ("Karen McCabe", "IEEE")
    kept = read_entry("Ana Ruiz from Ministério das Comunicações")
    assert kept.organisation == "Ministério das Comunicações"  # "das" is no verb


def test_a_line_listing_a_person_after_including_names_the_person(tmp_path: Path) -> None:
    (report,) = _sessions(
        tmp_path,
        "IEEE at the IGF 2017\n\n"
        "Day 0: Working Toward Universal Access\n\n"
        "Including Vint Cerf, People Centered Internet\n",
    )
    assert [(p.name, p.organisation.name) for p in report.people] == [
        ("Vint Cerf", "People Centered Internet")
    ]


@pytest.mark.parametrize(
    ("written", "post", "organisation"),
    [
        ("Wolfgang Kleinwaechter, University of Aarhus in Denmark", None, "University of Aarhus"),
        ("Sabrina Vorbau, European Schoolnet/ Insafe", None, "European Schoolnet/Insafe"),
        ("Nandini Chami, IT for Change and part of Digital Justice Project", None, "IT for Change"),
        (
            "Alejandra Prieto, Internet Society Director of Fellowships, WEOG",
            "Director of Fellowships",
            "Internet Society",
        ),
        (
            "Tori Irvine, Internet Society Program specialist",
            "Program specialist",
            "Internet Society",
        ),
        ("Gustavo Fonseca Ribeiro, Youth Ambassador 2024, GRULAC", "Youth Ambassador 2024", None),
        (
            "Nermine El Saadany, International Relations in the Ministry for Communication",
            "International Relations",
            "Ministry for Communication",
        ),
        # Left whole: a post with a body's word inside, a name in lower case, a joint of three.
        ("Ana Ruiz, Senior Network Policy Director", "Senior Network Policy Director", None),
        ("Marilyn Cade, CEO, mCADE llc", "CEO", "mCADE llc"),
        ("Olivier Crepin-Leblond, EURALO / ICANN / ISOC UK England", None, "EURALO"),
        # A salutation alone, a nickname, an acronym run into a name alone.
        ("Lars Weber, Herr", None, None),
        (
            "Mr Vinton G. Cerf, Known as Father of the Internet , Chief Evangelist, Google",
            "Chief Evangelist",
            "Google",
        ),
        ("Reema Nanavaty SEWA", None, "SEWA"),
        ("Cedrick Adrien MBEYET, Technical Community, African Group", None, None),
        # A large city after the organisation is where it sits, not the organisation.
        (
            "Richard Hale, Director of Policy EU, Facebook, London",
            "Director of Policy EU",
            "Facebook",
        ),
        ("Jonas Berg, ITU, Geneva", None, "ITU"),
        ("Ana Ruiz, Orange", None, "Orange"),
        # "Secretary General" in two words is one post.
        (
            "Maud Keller, Deputy Secretary General of the Council of Europe",
            "Deputy Secretary General of the Council of Europe",
            "Council of Europe",
        ),
        # A post word heading a unit ("Networking" is no body) before the organisation.
        (
            "Alex Haas, Head of Ethical Networking, Privacy International",
            "Head of Ethical Networking",
            "Privacy International",
        ),
    ],
)
def test_an_organisation_keeps_only_its_name(written: str, post: str, organisation: str) -> None:
    entry = read_entry(written)
    assert (entry.post, entry.organisation) == (post, organisation)


@pytest.mark.parametrize(
    ("text", "session_id", "title"),
    [
        (
            "IGF 2012 Workshop Proposal :: (No: 116) An industry lead approach for kids\n\n"
            "IGF Theme(s) for workshop: Security, Openness and Privacy\n",
            "WS #116",
            "An industry lead approach for kids",
        ),
        (
            "IGF 2025 - Day 00 -Plenary Hall - Welcome To Norway Raw\n\n"
            ">> ANNOUNCER: Please welcome to the stage the minister.\n"
            ">> MODERATOR: Thank you, and good morning.\n",
            None,
            "Welcome To Norway",  # as written
        ),
        (
            "IGF 2020 Pre-Event #62 Digital Sovereignty for States? An insight into a charter.\n\n"
            "2 November 2020\n",
            "Day 0 Event #62",
            "Digital Sovereignty for States? An insight into a charter",
        ),
        (
            "Pre-event: Governance in a mobile social web - finding the markers\n\n"
            "Moderator: Ana Ruiz, APC\n",
            None,
            "Governance in a mobile social web - finding the markers",
        ),
        ("IGF Forum Athens\n\nI spoke on a panel about filtering.\n", None, None),
        (
            "IGF 2018 WS #178\nTowards NetMundial +5:\n\n"
            "Organizer 1: Civil Society, Western European and Others Group (WEOG)\n\n"
            "Speaker 1: Wolfgang Kleinwächter, Civil Society, Western European and Others Group\n"
            "Speaker 2: Vint Cerf, Private Sector, Western European and Others Group (WEOG)\n",
            "WS #178",
            "Towards NetMundial +5",
        ),
        (
            " Internet Governance Forum Athens, Greece Opening Ceremony 30 October 2006\n\n"
            " >> Good morning, ladies and gentlemen.\n"
            " >>MINISTER MICHALIS LIAPIS:  Ladies and gentlemen, welcome.\n",
            None,
            "Opening Ceremony",
        ),
        (
            "IGF 2021 Second Open Consultations and MAG Meeting 3 - 5 May 2021 Palais des\n"
            "Nations, Geneva\n\nThe MAG met over three days.\n",
            None,
            "Second Open Consultations and MAG Meeting",
        ),
        (
            "Short Title\n    Why the ITU matters to you\n    Proposer's Name: Mr. Tom Reyes\n"
            "    Proposer's Organization: Open Knowledge Lab\n",
            None,
            "Why the ITU matters to you",
        ),
        (
            "Ghana IGF 2025: A Landmark Event for an Inclusive Digital Future\n\n"
            "The forum met in Accra and looked at inclusion.\n",
            None,
            "Ghana IGF 2025",
        ),
        (
            "Istanbul, Turkey\n\nThe forum met for four days and looked at inclusion.\n",
            None,
            None,
        ),
        (
            "Diplo/GIP at IGF 2025\n\nDiplo will report from every session of the meeting.\n",
            None,
            None,
        ),
        (
            "Summary Report: MAG Meeting and Open Consultations 7-9 March 2017\n\n"
            "The MAG met over three days.\n",
            None,
            "MAG Meeting and Open Consultations",
        ),
    ],
)
def test_a_title_line_keeps_only_the_title(
    tmp_path: Path, text: str, session_id: str | None, title: str | None
) -> None:
    (report,) = _sessions(tmp_path, text)
    assert (report.session.id, report.session.title) == (session_id, title)


def test_a_title_dated_by_a_range_of_days_keeps_the_title_and_year(tmp_path: Path) -> None:
    (report,) = _sessions(
        tmp_path,
        "NRIs Virtual Meetings I and II, 16 and 17 January 2017\n\n"
        "National and Regional IGF Initiatives\n\n"
        "The Secretariat hosted two meetings on the same agenda, at different hours.\n",
    )
    session = report.session
    assert (session.title, session.year, session.type) == (
        "NRIs Virtual Meetings I and II",
        2017,
        "other",
    )


def test_a_date_before_the_title_dates_the_session(tmp_path: Path) -> None:
    (report,) = _sessions(
        tmp_path,
        "27 September 2011, New Delegate Briefing\n\n"
        "Sixth Annual Meeting of the Internet Governance Forum\n\n"
        ">> CHAIR: Good morning and welcome to Nairobi.\n"
        ">> AUDIENCE: Thank you.\n",
    )
    session = report.session
    assert (session.title, session.date, session.type) == (
        "New Delegate Briefing",
        dt.date(2011, 9, 27),
        "other",
    )


def test_a_date_under_the_only_session_entry_is_its_date(tmp_path: Path) -> None:
    (report,) = _sessions(
        tmp_path,
        "Summaries of the sessions our youth ambassadors attended\n\n"
        "IGF 2020 Pre-Event #62 Digital Sovereignty for States, Nations, or Users?\n\n"
        "2 November 2020\n\n"
        "The panelist of this talk was Jan Zygmuntowski, who spoke about a charter.\n",
    )
    assert (report.session.id, report.session.date) == ("Day 0 Event #62", dt.date(2020, 11, 2))
    assert [(p.name, p.role.value) for p in report.people] == [("Jan Zygmuntowski", "speaker")]


def test_a_title_before_its_day_and_time_starts_a_session(tmp_path: Path) -> None:
    (report,) = _sessions(
        tmp_path,
        "Internet Governance Forum (IGF) Meeting 2009\n\n"
        "Programme for the Main Sessions\n\n"
        "Orientation Session: 15 November, 10:00 – 11:30\n\n"
        "Moderators:\n\n"
        "·    Mr. Markus Kummer, Executive Coordinator, IGF Secretariat\n",
    )
    session = report.session
    assert (session.title, session.date, session.time) == (
        "Orientation Session",
        dt.date(2009, 11, 15),
        "10:00",
    )
    assert [(p.name, p.role.value) for p in report.people] == [("Markus Kummer", "moderator")]


def test_a_proposal_form_names_its_organising_bodies_not_kinds_or_questions(
    tmp_path: Path,
) -> None:
    page = tmp_path / "proposal.txt"
    page.write_text(
        "IGF 2012 Workshop Proposal :: (No: 116) Making the internet a better place for kids\n\n"
        "Name of the organiser(s) of the workshop and their affiliation to various "
        "stakeholder groups:\n\n"
        "Researchers, ICT companies (members of the CEO coalition), NGOs, European Commission\n\n"
        "Have you, or any of your co-organisers, organised an IGF workshop before?: Yes\n\n"
        "Please provide link(s) to workshop(s) or report(s):\n",
        encoding="utf-8",
    )
    report = parse_all(read_source(page))[0]
    named = [o.organisation.name for o in report.organizers if o.organisation]
    assert named == ["European Commission"]
    assert [u.text for u in report.unparsed] == [
        "Researchers",
        "ICT companies (members of the CEO coalition)",
        "NGOs",
    ]
    assert not unaccounted_lines(read_source(page), [report])


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("IGF Forum Athens\n\nI spoke on a panel about filtering.\n", 2006),
        ("Notes from the Kyoto IGF\n\nWe met many people.\n", 2023),
        ("Notes from the IGF Secretariat in Geneva\n\nWe met many people.\n", None),
    ],
)
def test_the_city_that_hosted_a_meeting_gives_its_year(
    tmp_path: Path, text: str, year: int | None
) -> None:
    (report,) = _sessions(tmp_path, text)
    assert report.session.year == year


def test_a_numbered_slot_names_its_person_even_in_lower_case(tmp_path: Path) -> None:
    (report,) = _sessions(
        tmp_path,
        "IGF 2025 WS #401 Digital Rights and Online Disinformation Resilience\n\n"
        "    Speaker 1: Asaf Wiener, Civil Society, Western European and Others Group (WEOG)\n"
        "    Speaker 2: Nitsan yasur, Civil Society, Western European and Others Group (WEOG)\n",
    )
    assert [p.name for p in report.people] == ["Asaf Wiener", "Nitsan Yasur"]


def test_time_slots_on_the_24_hour_clock_without_colons_start_sessions(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "APrIGF Roundtable Agenda 2010\n\n"
        "0930-1045 Welcome Remarks:\n\n"
        "  • Markus Kummer, Executive Coordinator, IGF Secretariat\n"
        "  • Paul Wilson, Director General, APNIC\n\n"
        "1100-1230 Access and Diversity\n\n"
        "  • Edmon Chung, CEO, DotAsia Organisation\n",
    )
    assert [(r.session.title, r.session.time) for r in reports] == [
        ("Welcome Remarks", "09:30"),
        ("Access and Diversity", "11:00"),
    ]
    assert [p.name for p in reports[0].people] == ["Markus Kummer", "Paul Wilson"]
    assert parse_time("Plans for 2019-2020 are set") is None  # years, not a time slot


def test_the_dates_under_a_date_label_end_where_the_report_goes_on(tmp_path: Path) -> None:
    (report,) = _sessions(
        tmp_path,
        "Sessions summary of IGF 2023 Readout\n"
        "Date and Time:\n"
        "- [Day 1] Tuesday, 26 December 2023, 15:00-18:40 (hybrid)\n"
        "- [Day 2] Wednesday, 27 December 2023, 15:00-18:50 (hybrid)\n"
        "Opening Remarks\n"
        "In his opening remarks, Masanobu Katoh, Chair of the Rejuvenation Team, said the "
        "meeting was the largest yet.\n",
    )
    assert report.session.date == dt.date(2023, 12, 26)
    assert [p.name for p in report.people] == ["Masanobu Katoh"]
    assert report.unparsed == []


def test_a_wiki_page_dated_by_a_row_keeps_its_title(tmp_path: Path) -> None:
    (report,) = _sessions(
        tmp_path,
        "NRI Assembly – Pre 09 2021\n\n"
        "From EuroDIG Wiki\n"
        "Jump to navigation Jump to search\n\n"
        "28 June 2021 | 13:30-14:30 CEST | Studio Trieste | Video recording | Transcript\n\n"
        "Session teaser\n\n"
        "National and regional initiatives meet every year at the European dialogue.\n",
    )
    session = report.session
    assert (session.title, session.date) == ("NRI Assembly - Pre 09 2021", dt.date(2021, 6, 28))


def test_people_run_together_with_their_affiliations_are_cut_at_each_name() -> None:
    line = (
        "Vint Cerf, Google, USA, Marina Kaljarund, Chair of the Global Commission on "
        "Stability in Cyberspace, former Foreign Minister of Estonia"
    )
    assert split_people(line) == [
        "Vint Cerf, Google, USA",
        "Marina Kaljarund, Chair of the Global Commission on Stability in Cyberspace, "
        "former Foreign Minister of Estonia",
    ]
    # One person's affiliations stay whole; a list of names alone is cut as before.
    assert split_people("Ana Ruiz, Director, Internet Society, Geneva") == [
        "Ana Ruiz, Director, Internet Society, Geneva"
    ]
    # A body named by a family name and an acronym ("Abu-Ghazaleh IP") is no next person.
    assert split_people("Omar Haddad, Executive Director, Saleh-Nassar IP, Jordan") == [
        "Omar Haddad, Executive Director, Saleh-Nassar IP, Jordan"
    ]
    assert split_people("Ana Ruiz, Kofi Mensah and Lea Kaspar") == [
        "Ana Ruiz",
        "Kofi Mensah",
        "Lea Kaspar",
    ]


@pytest.mark.parametrize(
    ("day", "date"),
    [("Tuesday, December 6", dt.date(2016, 12, 6)), ("Monday, December 6", None)],
)
def test_a_schedule_page_without_a_title_is_dated_by_its_day_heading(
    tmp_path: Path, day: str, date: dt.date | None
) -> None:
    (report,) = _sessions(
        tmp_path,
        "Welcome to IGF2016! Build your own schedule below and join in!\n\n"
        "Sign up or log in to bookmark your favorites and sync them to your phone.\n\n"
        f"OPEN FORUM [clear filter]\n{day}\n\n09:00 CST\n\n"
        "The network's open forum will report on what its first conference agreed.\n",
    )
    # The day is the session's only when it is the weekday the heading names in 2016.
    assert (report.session.year, report.session.date) == (2016, date)


def test_a_day_and_month_under_the_title_are_dated_in_the_sessions_year(tmp_path: Path) -> None:
    (report,) = _sessions(
        tmp_path,
        "Setting the Scene: what the sub-themes of IGF 2014 ask of us\n\n"
        "[Link to Schedule]          [Link to Session Video]\n\n"
        "2 September, 11.00 - 12.30, Main Meeting Hall\n\n"
        "Goal: Open the forum with a panel on each of its sub-themes.\n",
    )
    assert (report.session.year, report.session.date) == (2014, dt.date(2014, 9, 2))


def test_a_time_slot_and_venue_under_each_title_date_the_events_of_a_list(
    tmp_path: Path,
) -> None:
    reports = _sessions(tmp_path, (LAYOUTS / "wu_2015_events_list_venue_slots.txt").read_text())
    # "since 1991" in the site's tagline is no session's year; each slot is its own event's.
    assert [(r.session.title, r.session.year, r.session.date, r.session.time) for r in reports] == [
        ("Best Bits Pre-event", 2015, dt.date(2015, 11, 8), "09:00"),
        ("Collaborative Leadership Exchange", 2015, dt.date(2015, 11, 9), "09:00"),
        ("Latin America in a Glimpse", 2015, dt.date(2015, 11, 9), "08:30"),
    ]


def test_titles_each_followed_by_a_time_label_are_sessions_of_one_listed_day(
    tmp_path: Path,
) -> None:
    reports = _sessions(tmp_path, (LAYOUTS / "prog_2012_pre_events_contents.txt").read_text())
    # The titles listed first as contents are no sessions of their own; the one date of
    # the introduction is every session's.
    assert [(r.session.title, r.session.date) for r in reports] == [
        (
            "Concertation francophone sur la gouvernance d'Internet / Francophone IGF dialogue",
            dt.date(2012, 11, 5),
        ),
        (
            "Enhanced Cooperation in Internet Governance: From Deadlock to Dialogue",
            dt.date(2012, 11, 5),
        ),
    ]
    # "Organizing entities: A (APC), B (ISOC) and C (ICC)": three bodies, none lost.
    assert [o.organisation.acronym for o in reports[1].organizers] == ["APC", "ISOC", "ICC"]


def test_a_filter_heading_names_nobody_and_names_in_lower_case_are_read(tmp_path: Path) -> None:
    (report,) = _sessions(
        tmp_path,
        "Welcome to IGF2017! Create your schedule below and participate!\n\n"
        "New Technologies & Emerging Issues: AI - IoT - Big Data - Blockchain [clear filter]\n"
        "Monday, December 18\n\n09:00 CET\n\n"
        "Bodies as Data and Citizenship (WS180)\n\n"
        "Proposer's Name: Ms. valentina pellizzer\n"
        "Proposer's Organization: Association for Progressive Communication\n\n"
        "Speaker: valentina pellizzer\nSpeaker: Horacio Sívori\n",
    )
    assert {(p.name, p.role.value) for p in report.people} == {
        ("Valentina Pellizzer", "organizer"),
        ("Valentina Pellizzer", "speaker"),
        ("Horacio Sívori", "speaker"),
    }


def test_lines_of_topics_each_with_their_speakers_are_an_agenda(tmp_path: Path) -> None:
    people = _people_read(
        tmp_path,
        "IGF 2018 WS #178\nTowards NetMundial +5:\n\nPanel - 90 Min\n\n"
        "General Review of the landscape: Vint Cerf, Google, USA, Marina Kaljarund, Chair of "
        "the Global Commission on Stability in Cyberspace\n"
        "Looking towards NetMundial +5: Thomas Fitschen, Cybercoordinator, German Foreign "
        "Office, Vigilio Almaida, former IT Minister Brazil, GCSC Member\n"
        "Moderator: Wolfgang Kleinwächter\n",
    )
    assert people[:4] == [
        ("Vint Cerf", "speaker", "Google"),
        ("Marina Kaljarund", "speaker", "Global Commission on Stability in Cyberspace"),
        ("Thomas Fitschen", "speaker", "German Foreign Office"),
        ("Vigilio Almaida", "speaker", "GCSC"),
    ]


def test_a_programme_table_flattened_into_words_keeps_title_and_person_apart(
    tmp_path: Path,
) -> None:
    reports = _sessions(
        tmp_path,
        "Kenya Internet Governance Forum 2014\n\nTentative Programme\n\n"
        " Time Activity Speaker/moderator\n"
        "08:30am – 08.45am Welcome Remarks Grace Wanjiru\n"
        "08:45am – 09:00am Keynote Address Dr. Peter Otieno, Director for ICT Policy\n"
        "09:00am – 09:30am Presentation: Online consultation report Daniel Mwangi (ISOC Kenya)\n"
        "09:30am – 10:00am Q&A session Sarah Achieng  (ISOC Kenya)\n"
        "10:00 am – 10:15am\n\nMorning break\n",
    )
    assert [
        (r.session.title, r.session.time, [(p.name, p.role.value) for p in r.people])
        for r in reports
    ] == [
        ("Welcome Remarks", "08:30", [("Grace Wanjiru", "speaker")]),
        ("Keynote Address", "08:45", [("Peter Otieno", "speaker")]),
        ("Presentation: Online consultation report", "09:00", [("Daniel Mwangi", "speaker")]),
        ("Q&A session", "09:30", [("Sarah Achieng", "moderator")]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # a role as an entry's last part; speaking times in brackets
            "Open Forum on African Cooperation\n\nSpeakers:\n"
            "- Makane Diallo, African IGF Secretariat (5 minutes for setting the scene)\n"
            "- Christine Aboud, Chairperson of the African IGF, Moderator (5 minutes)\n"
            "- Adil Suliman, Senior ICT Policy Officer, African Union (5 minutes on the way\n",
            [
                ("Makane Diallo", "speaker", "African IGF Secretariat"),
                ("Christine Aboud", "moderator", "African IGF"),
                ("Adil Suliman", "speaker", "African Union"),
            ],
            id="role-last-and-speaking-times",
        ),
        pytest.param(  # topics each with their speakers after a dash: an agenda
            "IGF 2016 Main Session: Intersessional Work\n\n"
            "Moderator: Lena Brandt (Research ICT Africa)\n\n"
            "2016 BPF Cybersecurity - Tomas Ferreira, Kofi Asante\n\n"
            "2016 BPF IPv6 - Ana Ruiz, Sumon B. Haddad\n",
            [
                ("Lena Brandt", "moderator", "Research ICT Africa"),
                ("Tomas Ferreira", "speaker", None),
                ("Kofi Asante", "speaker", None),
                ("Ana Ruiz", "speaker", None),
                ("Sumon B. Haddad", "speaker", None),
            ],
            id="agenda-after-a-dash",
        ),
    ],
)
def test_roles_and_people_of_programme_lines(tmp_path: Path, text: str, expected: list) -> None:
    assert _people_read(tmp_path, text) == expected


def test_a_middle_initial_marks_a_person():
    assert split_people("Izumi Okutani, Sumon A. Sabir") == ["Izumi Okutani", "Sumon A. Sabir"]
    assert split_people("Maria Torres, Derechos Digitales") == ["Maria Torres, Derechos Digitales"]


def test_a_list_of_speakers_goes_on_past_a_wider_gap_when_no_template_names_the_next(
    tmp_path: Path,
) -> None:
    (report,) = _sessions(
        tmp_path,
        "Short Title\n    Why the ITU matters to you\n"
        "    Proposer's Name: Mr. Tom Reyes\n    Proposer's Organization: Open Knowledge Lab\n"
        "    Additional Speakers\n\n"
        "    Lina Haddad, Policy Lead, Access Partnership\n\n"
        "    Omar Sall, Ambassador and Vice Director, Federal Office of Communications\n"
        "     \n\n"
        "    Mei Tan, Digital Programme Officer, ARTICLE 19\n",
    )
    assert [(p.name, p.role.value) for p in report.people] == [
        ("Tom Reyes", "organizer"),
        ("Lina Haddad", "speaker"),
        ("Omar Sall", "speaker"),
        ("Mei Tan", "speaker"),
    ]


def test_a_session_without_an_id_under_a_time_heading_is_one_of_a_schedule_of_ids(
    tmp_path: Path,
) -> None:
    reports = _sessions(
        tmp_path,
        "Sunday, December 15\n\n09:30 GMT+03\n\nOpening\n"
        "Sunday December 15, 2024 09:30 - 09:35 GMT+03\n-Plenary Hall\n\n09:30 GMT+03\n\n"
        "Day 0 Event #178 Ethical Procurement in the Digital Age\n"
        "Sunday December 15, 2024 09:30 - 10:30 GMT+03\nWorkshop Room 3\n\n"
        "Keep up to date: this page will be updated regularly\n",
    )
    assert [(r.session.id, r.session.title, r.session.date) for r in reports] == [
        (None, "Opening", dt.date(2024, 12, 15)),
        ("Day 0 Event #178", "Ethical Procurement in the Digital Age", dt.date(2024, 12, 15)),
    ]


def test_a_speaker_listed_twice_is_one_with_what_each_listing_says(tmp_path: Path) -> None:
    people = _people_read(
        tmp_path,
        "IGF 2018 WS #178\nTowards NetMundial +5:\n\n"
        "Speaker 2: Vint Cerf, Private Sector, Western European and Others Group (WEOG)\n"
        "Speaker 3: Joerg Schweiger, Technical Community, Western European and Others Group\n\n"
        "Opening: Jörg, Schweiger, CEO of DENIC, Chair of CENTR\n"
        "Landscape: Vint Cerf, Google, USA\n"
        "Principles: Uri Rosenthal, former foreign Minister of the Netherlands, Anriette "
        "Esterhuysen, Chair APC, South Africa\n",
    )
    assert people == [
        ("Vint Cerf", "speaker", "Google"),
        ("Jörg Schweiger", "speaker", "DENIC"),
        ("Uri Rosenthal", "speaker", None),
        ("Anriette Esterhuysen", "speaker", "APC"),
    ]


def test_a_reports_author_takes_no_part_and_the_meetings_days_date_no_session(
    tmp_path: Path,
) -> None:
    (report,) = _sessions(
        tmp_path,
        "EuroDIG 2018\n\n5 Jun 2018 to 6 Jun 2018\nTbilisi, Georgia\n\n\n"
        "Event report/s:\nLuis Costa\n\n"
        "The moderator, Mr Tomas Horak, asked the panel a set of questions.\n",
    )
    assert [(p.name, p.role.value) for p in report.people] == [("Tomas Horak", "moderator")]
    assert (report.session.year, report.session.date) == (2018, None)


def test_an_organisers_post_above_their_biography_is_their_affiliation(tmp_path: Path) -> None:
    people = _people_read(
        tmp_path,
        "Welcome to IGF2016! Create your schedule below!\n\n"
        "Workshop Room 1 [clear filter]\nMonday, December 5\n\n09:00 CST\n\n"
        "Collaborative Leadership Exchange\n\nA one-day session on growth.\n\n"
        "Session Organizers\navatar for Niel Harper\n\nNiel Harper\n\n"
        "Senior Manager, Next Generation Leaders Programmes, Internet Society\n"
        "Niel Harper runs the programmes for young leaders at the Internet Society.\n",
    )
    assert people == [("Niel Harper", "organizer", "Internet Society")]


def test_a_schedules_title_led_by_a_bodys_acronym_names_its_organiser(tmp_path: Path) -> None:
    (report,) = _sessions(
        tmp_path,
        "Welcome to IGF2016! Create your schedule below!\n\n"
        "Workshop Room 1 [clear filter]\nMonday, December 5\n\n09:00 CST\n\n"
        "ISOC - Collaborative Leadership Exchange\n\nA one-day session on growth.\n\n"
        "Session Organizers\navatar for Niel Harper\n\nNiel Harper\n\nSenior Manager\n",
    )
    assert report.session.title == "Collaborative Leadership Exchange"
    assert [
        (o.person_name, o.organisation and o.organisation.acronym) for o in report.organizers
    ] == [
        (None, "ISOC"),
        ("Niel Harper", None),
    ]
    # A post alone is nobody's organisation: kept as unread, never an organiser.
    assert [line.text for line in report.unparsed] == ["Senior Manager"]


def test_people_run_into_the_affiliation_before_them_are_cut_apart() -> None:
    assert split_people(
        "Lena Marsh, Women in Digital Norway Tomas Berglund, Feel The Web G. Anthony Reyes, "
        "Oslo University College"
    ) == [
        "Lena Marsh, Women in Digital Norway",
        "Tomas Berglund, Feel The Web",
        "G. Anthony Reyes, Oslo University College",
    ]
    assert split_people("Ana Ruiz, University of Mary Washington, USA") == [
        "Ana Ruiz, University of Mary Washington, USA"
    ]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # Spanish and French posts told from their bodies
        (
            "Ana Ruiz, Directora de la Agencia de Gobierno Electrónico",
            (
                "Ana Ruiz",
                "Directora de la Agencia de Gobierno Electrónico",
                "Agencia de Gobierno Electrónico",
            ),
        ),
        (
            "Marie Dupont, Directrice générale de l’Agence nationale des fréquences",
            (
                "Marie Dupont",
                "Directrice générale de l’Agence nationale des fréquences",
                "Agence nationale des fréquences",
            ),
        ),
        (
            "Paul Martin, Chargé de mission, Ministère de l’Économie",
            ("Paul Martin", "Chargé de mission", "Ministère de l’Économie"),
        ),
        # a stakeholder group's older label is no organisation
        ("Ana Wambui, International Organization, ESCWA", ("Ana Wambui", None, "ESCWA")),
        # names run together parted; a body with an ampersand kept whole
        ("EduardoMagrani, ITS RIO", ("Eduardo Magrani", None, "ITS RIO")),
        (
            "Ana Ruiz, Berkman Klein Center for Internet & Society",
            ("Ana Ruiz", None, "Berkman Klein Center for Internet & Society"),
        ),
        (
            "Ana Ruiz, Geneva Internet Platform & DiploFoundation",
            ("Ana Ruiz", None, "Geneva Internet Platform"),
        ),
        # a post "from" its body; a chief officer's short title; a page's "more" link
        (
            "Ann Berg, Senior adviser from Swedish Media Council",
            ("Ann Berg", "Senior adviser", "Swedish Media Council"),
        ),
        ("Neil Dube, COO of the ZACR", ("Neil Dube", "COO of the ZACR", "ZACR")),
        ("Marie Holm, eNASCO more", ("Marie Holm", None, "eNASCO")),
    ],
)
def test_an_entry_gives_name_post_and_organisation(written: str, read: tuple) -> None:
    entry = read_entry(written)
    assert entry is not None
    assert (entry.name, entry.post, entry.organisation) == read


@pytest.mark.parametrize("word", ["YouTube", "GigaNet", "MacArthur", "DiploFoundation"])
def test_common_words_or_a_prefix_run_together_are_not_parted(word: str) -> None:
    assert clean_name(word) == (word, None)


def test_a_person_with_an_office_run_into_a_flattened_row_is_cut_off_the_title(
    tmp_path: Path,
) -> None:
    reports = _sessions(
        tmp_path,
        "National IGF: 12 May 2023\n\nTime Activity Speaker\n"
        "08:30 – 09:00 Keynote Address Ambassador Ana Wambui, Director for ICT\n"
        "09:00 – 09:30 Opening Remarks ISOC Uganda\n"
        "09:30 – 10:00 Tea Break\n",
    )
    assert [(r.session.title, _people(r)) for r in reports] == [
        ("Keynote Address", [("Ana Wambui", "speaker")]),
        ("Opening Remarks ISOC Uganda", []),
    ]


def test_one_title_at_two_times_is_two_sittings(
    tmp_path: Path,
) -> None:
    reports = _sessions(
        tmp_path,
        "Welcome to IGF2016! Create your schedule below!\n\n"
        "Workshop Room 4 [clear filter]\nMonday, December 5\n\n09:00 CST\n\n"
        "GigaNet Symposium\nMonday December 5, 2016 09:00 - 13:00 CST\n"
        "Workshop Room 4 PALCCO, Guadalajara, Mexico\n\n14:30 CST\n\n"
        "GigaNet Symposium\n\nResearch a decade after WSIS.\n\n"
        "Session Organizers\navatar for Daniel Oppermann\n\nDaniel Oppermann\n\n"
        "Researcher, Federal University of Rio de Janeiro\n\n"
        "Monday December 5, 2016 14:30 - 18:00 CST\n"
        "Workshop Room 4 PALCCO, Guadalajara, Mexico\n",
    )
    assert [(r.session.title, r.session.time, _people(r), r.part) for r in reports] == [
        ("GigaNet Symposium", "09:00", [], "giganet-symposium-2016-12-05-09-00"),
        (
            "GigaNet Symposium",
            "14:30",
            [("Daniel Oppermann", "organizer")],
            "giganet-symposium-2016-12-05-14-30",
        ),
    ]


def test_a_programme_by_start_times_with_a_plenary_heading_and_a_venue(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "National Internet Governance Forum\n\n"
        "March 4, 2011\n"
        "Example Conference Center\n"
        "200 Main Street, Springfield\n\n"
        "9:00 Welcome ~ Ana Ruiz\n\n"
        "Morning Plenary Session\n\n"
        "Bela Nagy, Director, Example Network Foundation:\n\n"
        "Why the Internet Stays Open\n\n"
        "Moderator: Chen Wei, Policy Advisor, Example Ministry of Trade\n\n"
        "· Dara Okafor, Senior Fellow, majoring in Law at Example State University\n\n"
        "11:00 Break\n\n"
        "11:15 Afternoon Workshops\n",
    )
    sessions = [
        (
            r.session.title,
            r.session.date,
            r.session.time,
            [(p.name, p.role.value) for p in r.people],
        )
        for r in reports
    ]
    assert sessions == [
        ("Welcome", dt.date(2011, 3, 4), "09:00", [("Ana Ruiz", "speaker")]),
        (
            "Morning Plenary Session",
            dt.date(2011, 3, 4),
            None,
            [("Bela Nagy", "speaker"), ("Chen Wei", "moderator"), ("Dara Okafor", "speaker")],
        ),
        ("Afternoon Workshops", dt.date(2011, 3, 4), "11:15", []),
    ]
    dara = reports[1].people[-1]
    assert dara.organisation is not None
    assert dara.organisation.as_written == "Example State University"


def test_bodies_each_followed_by_who_represents_it_on_one_line(tmp_path: Path) -> None:
    assert _people_read(
        tmp_path,
        "Example Regional Forum\n\n"
        "Organiser(s) Name:\n\n"
        "Kenya: Chair of the Regional Forum represented by Ms. Ana Ruiz United Nations "
        "Example Commission (UNEC) represented by Mr. Bela Nagy Example Software Foundation "
        "for Africa (ESFA) represented by Dr. Lee W. Okafor\n",
    ) == [
        ("Ana Ruiz", "organizer", "Government of Kenya"),
        ("Bela Nagy", "organizer", "United Nations Example Commission (UNEC)"),
        ("Lee W. Okafor", "organizer", "Example Software Foundation for Africa (ESFA)"),
    ]


def test_a_national_programme_with_clock_times_lettered_breakouts_and_handles(
    tmp_path: Path,
) -> None:
    reports = _sessions(
        tmp_path,
        "Example IGF 2016 Program\n\n"
        "Example Hall, 100 Main Street NW, Springfield\n\n"
        "9:00 AM – 10:30 AM – Plenary (Grand Ballroom, 2nd floor)\n\n"
        "  • Welcome Remarks by Example IGF Organizers:  Dr. Ana Ruiz, Bela Nagy, Chen Wei\n"
        "  • Keynote Conversation with Dara Okafor and Eli Moreau, moderated by Heather West\n\n"
        "10:30 AM – 10:45 AM – Break\n\n"
        "A: Open Networks and Their Rules Click here for bios Room: Hall 3 Hashtag: #ex_open\n\n"
        "Organized by: Fatima Haddad- Public Policy, Example Cloud @fhaddad\n\n"
        "Moderated by: Grace Lin- Research Lead, Example Rights Center\n\n"
        "  • Ivan Petrov – Director, Example Press Institute @ipetrov\n",
    )
    sessions = [
        (
            r.session.title,
            r.session.time,
            [
                (p.name, p.role.value, p.organisation and p.organisation.as_written)
                for p in r.people
            ],
        )
        for r in reports
    ]
    assert sessions == [
        (
            "Plenary",
            "09:00",
            [
                ("Ana Ruiz", "speaker", None),
                ("Bela Nagy", "speaker", None),
                ("Chen Wei", "speaker", None),
                ("Dara Okafor", "speaker", None),
                ("Eli Moreau", "speaker", None),
                ("Heather West", "moderator", None),
            ],
        ),
        (
            "Open Networks and Their Rules",
            None,
            [
                ("Fatima Haddad", "organizer", "Example Cloud"),
                ("Grace Lin", "moderator", "Example Rights Center"),
                ("Ivan Petrov", "speaker", "Example Press Institute"),
            ],
        ),
    ]


def test_a_programme_table_with_a_time_and_several_sessions_a_row(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "Programme overview 2011\n"
        "Monday, 19 September 2011\n"
        "| Time | Sessions | ||\n"
        "| 10:00 | Opening statements by the hosts | ||\n"
        "| 11:00 | WS 1: Open access to networks | WS 2: Privacy of children online | ||\n"
        "| 12:30 | Buffet lunch offered by the hosts | ||\n"
        "Tuesday, 20 September 2011\n"
        "| 9:00 | PL 1: The future of regional forums | |||\n",
    )
    assert [(r.session.title, r.session.date, r.session.time, r.session.id) for r in reports] == [
        ("Opening statements by the hosts", dt.date(2011, 9, 19), "10:00", None),
        ("Open access to networks", dt.date(2011, 9, 19), "11:00", "WS #1"),
        ("Privacy of children online", dt.date(2011, 9, 19), "11:00", "WS #2"),
        ("The future of regional forums", dt.date(2011, 9, 20), "09:00", None),
    ]


def test_a_french_programme_by_hours(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "Détails conférence :\n"
        "9h – 9h15 : Ouverture\n"
        "Ana Ruiz (Conseil Exemple) et Bela Nagy (Société Exemple France)\n"
        "9h15 – 10h45 : Gouverner les réseaux\n"
        "Intervenants :\n"
        "Chen Wei, avocate, Ancien Bâtonnier de Lyon, Présidente du Conseil Exemple\n"
        "Modération : Dara Okafor, Déléguée générale de Exemple Numérique\n",
    )
    opening, panel = reports
    assert (opening.session.title, opening.session.time) == ("Ouverture", "09:00")
    assert [(p.name, p.organisation and p.organisation.as_written) for p in opening.people] == [
        ("Ana Ruiz", "Conseil Exemple"),
        ("Bela Nagy", "Société Exemple France"),
    ]
    assert (panel.session.title, panel.session.time) == ("Gouverner les réseaux", "09:15")
    assert [(p.name, p.role.value) for p in panel.people] == [
        ("Chen Wei", "speaker"),
        ("Dara Okafor", "moderator"),
    ]


def test_titles_with_their_time_slot_after_them_are_sessions(tmp_path: Path) -> None:
    """A pre-event's programme: each title ends with its slot in brackets or after it
    ("Session II – Costs of access (11h30-12h30)"), the line run into a title's line is
    the session's own, and a panel list ending "on:" names no body "Norway on"."""
    reports = _sessions(
        tmp_path,
        "Opening and welcome (10h00-10h15)\nRemarks from hosts and partners\n\n"
        "Session I – Access and openness (10h15-11h15)\n"
        "Panel: Ana Ruiz, Chile; Tomas Berg, Norway on:\n\n"
        "What does access change for schools?\n\nKofi Mensah, Ghana – commentary\n\n\n"
        "Session II – Costs of access (11h30-12h30)\n"
        "Several views on the ways to affordable access for all from: Rosa Lind, Estonia; "
        "Mio Tanaka, Japan, Paul Okafor, Nigeria\n\n"
        "Lena Brandt, APC – commentary\n\nLUNCH 12h30-14h00\n\n"
        "Summary of the day 16h15 – 16h45\n",
    )
    assert [(r.session.title, r.session.time) for r in reports] == [
        ("Opening and welcome", "10:00"),
        ("Access and openness", "10:15"),
        ("Costs of access", "11:30"),
        ("Summary of the day", "16:15"),
    ]
    assert [p.organisation.name if p.organisation else None for p in reports[1].people] == [
        None,
        None,
        None,
    ]
    assert [_people(r) for r in reports[1:3]] == [
        [("Ana Ruiz", "speaker"), ("Tomas Berg", "speaker"), ("Kofi Mensah", "speaker")],
        [
            ("Rosa Lind", "speaker"),
            ("Mio Tanaka", "speaker"),
            ("Paul Okafor", "speaker"),
            ("Lena Brandt", "speaker"),
        ],
    ]


def test_a_slot_in_eastern_daylight_time_keeps_its_title(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "Example IGF 2020\n\nDay 1 – Wednesday, July 22\n\n11:00am – 11:30am EDT\n\n"
        "Welcome Session\n\nWhat to expect today\n\n11:30am – 12:45pm EDT\n\n"
        "Did the network deliver during the crisis?\n\nA panel on online services.\n",
    )
    assert [(r.session.title, r.session.time) for r in reports] == [
        ("Welcome Session", "11:00"),
        ("Did the network deliver during the crisis?", "11:30"),
    ]


def test_who_takes_a_slot_after_a_dash_or_colon_and_the_day_the_meeting_is_held(
    tmp_path: Path,
) -> None:
    reports = _sessions(
        tmp_path,
        "Example IGF 2012\n\nExample IGF will be held on Thursday, July 26, 2012 at the Law "
        "Center\n\nFor a printable agenda please click here.\n\n"
        "8:15 a.m.: Registration and Breakfast\n\n"
        "8:45 a.m.: Welcome Remarks – Rosa Lind, Chair of Example IGF\n\n"
        "9:00 – 9:30 a.m.: Opening Plenary: Ambassador Tomas Berg, Example Department: Remarks\n\n"
        "9:30 – 9:45 a.m.: Keynote on Trust Speaker: Mio Tanaka, Example Registry\n\n"
        "9:45 – 11:00 a.m.: Emerging Issues Roundtable: Governments or Governance\n\n"
        "Moderator: Rosa Lind\n",
    )
    assert [(r.session.title, r.session.date, r.session.time, _people(r)) for r in reports] == [
        ("Welcome Remarks", dt.date(2012, 7, 26), "08:45", [("Rosa Lind", "speaker")]),
        ("Opening Plenary", dt.date(2012, 7, 26), "09:00", [("Tomas Berg", "speaker")]),
        ("Keynote on Trust", dt.date(2012, 7, 26), "09:30", [("Mio Tanaka", "speaker")]),
        (
            "Emerging Issues Roundtable: Governments or Governance",
            dt.date(2012, 7, 26),
            "09:45",
            [("Rosa Lind", "moderator")],
        ),
    ]
    assert reports[1].people[0].organisation.name == "Example Department"


def test_the_day_a_programme_page_was_drafted_dates_no_session(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "Drafted on: July 9, 2019\n\n"
        "16:00-16:05 Welcome Note\n\n16:05-16:40 Summary Reports of the Tracks\n",
    )
    assert [(r.session.title, r.session.date) for r in reports] == [
        ("Welcome Note", None),
        ("Summary Reports of the Tracks", None),
    ]


def test_a_school_agenda_by_days_with_topics_and_numbered_sessions(tmp_path: Path) -> None:
    """Days without times: a "Topic:" with its speaker and moderator, then numbered
    sessions, each a session; "Friday: July 5" under a 2021 heading is 2019's Friday."""
    reports = _sessions(
        tmp_path,
        "Example School 2021 Agenda\n\nDay X\n\nFriday: July 5\n\nTime : 2:00 pm WAT\n\n"
        "Topic: Governance basics and a briefing\n\nSpeaker : Ana Ruiz\n\n"
        "Moderator: Tomas Berg\n\nDay 0\n\nJuly 7, 2019\n\n"
        "Session 1: Meeting one another\n\nDay 1\n\nJuly 8, 2019\n\n"
        "Session 2: How the network came to the country\n\n"
        "Scope: A short story of the network.\n\nRosa Lind\n",
    )
    assert [(r.session.title, r.session.date, _people(r)) for r in reports] == [
        (
            "Governance basics and a briefing",
            dt.date(2019, 7, 5),
            [("Ana Ruiz", "speaker"), ("Tomas Berg", "moderator")],
        ),
        ("Meeting one another", dt.date(2019, 7, 7), []),
        ("How the network came to the country", dt.date(2019, 7, 8), [("Rosa Lind", "speaker")]),
    ]


def test_one_topic_line_is_the_session_s_own(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "Meeting of the Example Coalition, 2021\n\nThursday December 09, 2021 12:50 – 14:20 UTC, "
        "Room B\n\nYou are invited to our meeting. Please find the topic and agenda below.\n\n"
        "Topic: Challenges facing schools\n\n  • Recap of the year\n"
        "  • Concluding remarks by Rosa Lind\n",
    )
    assert [_people(r) for r in reports] == [[("Rosa Lind", "speaker")]]


def test_a_week_of_bulleted_military_time_slots_with_actors(tmp_path: Path) -> None:
    """A national IGF week: "• 0830 – 1700" items with the title under them, the same
    "KESIG: ..." title on two days (no speaker turns), and "Actors:" are organisers."""
    reports = _sessions(
        tmp_path,
        "The Example IGF Week is made of these activities\n\n"
        "  • 0830 – 1700\n\n    KESIG: Example School of Internet Governance\n\n"
        "    Actors: KICTANet / Different stakeholders\n\n    Venue: Example Hotel\n\n"
        "  • 0830 – 1700\n\n    KESIG: Example School of Internet Governance\n\n"
        "    Actors: KICTANet / Different stakeholders\n\n"
        "  • 1430 – 1600\n\n    Network Disruptions Report Launch\n\n"
        "    Actors: Strathmore CIPIT, and Facebook\n\n"
        "  • 0815 – 0930\n\n    Youth IGF: Welcome note,\n\n"
        "    Rosa Lind- Daystar University,\n\n"
        "    Mio Tanaka, Executive Director, Watoto Watch Network,\n",
    )
    assert [(r.session.title, r.session.time) for r in reports] == [
        ("KESIG: Example School of Internet Governance", "08:30"),
        ("Network Disruptions Report Launch", "14:30"),
        ("Youth IGF: Welcome note", "08:15"),
    ]
    assert [o.organisation.name for o in reports[1].organizers] == ["Strathmore CIPIT", "Facebook"]
    assert [(p.name, p.organisation and p.organisation.name) for p in reports[2].people] == [
        ("Rosa Lind", "Daystar University"),
        ("Mio Tanaka", "Watoto Watch Network"),
    ]


def test_a_slot_with_only_a_role_label_has_no_title(tmp_path: Path) -> None:
    """A flattened programme: "08:45 – 09:00Panellists:" names who, no title; an elided
    given name keeps no apostrophe ("‘Gbenga")."""
    reports = _sessions(
        tmp_path,
        "Example Forum: 22 June 2023\n\n"
        "08:30 – 08:45Opening and Welcome Remarks\nRosa Lind, KICTANet Chairperson\n"
        "08:45 – 09:00Panellists:\nMio Tanaka, META\n\n‘Gbenga Sesan, Paradigm Initiative\n"
        "Moderator: Rosa Lind\n",
    )
    assert [(r.session.title, _people(r)) for r in reports] == [
        ("Opening and Welcome Remarks", [("Rosa Lind", "speaker")]),
        (
            None,
            [("Mio Tanaka", "speaker"), ("Gbenga Sesan", "speaker"), ("Rosa Lind", "moderator")],
        ),
    ]


def test_the_timed_agenda_of_one_session_is_that_session(tmp_path: Path) -> None:
    """A plenary's page: its title and moderator, then a table of its items on one day;
    one session with everyone the items name, not one session per item."""
    reports = _sessions(
        tmp_path,
        "Closing Plenary\nModerator: Rosa Lind\nDay 3 – July 19, 2019 | |\n---|---|\n"
        "16:00-16:05 | Welcome Note by Moderator |\n"
        "16:05–16:40 | Summary Reports of the Tracks Coordinator: Tomas Berg from the "
        "Fellowship Committee\n|\n17:45–18:00 | Closing Remarks\n|\n",
    )
    assert [(r.session.title, r.session.date, r.session.time) for r in reports] == [
        ("Closing Plenary", dt.date(2019, 7, 19), None)
    ]
    assert [name for name, _ in _people(reports[0])] == ["Rosa Lind", "Tomas Berg"]


def test_timed_sessions_under_a_page_title_without_a_moderator_stay_apart(
    tmp_path: Path,
) -> None:
    reports = _sessions(
        tmp_path,
        "Example Forum 2019\nModerator: Mio Tanaka\n\n16:00-16:45 Opening Plenary\n"
        "Moderator: Rosa Lind\n\n16:45–17:45 Youth Panel\nSpeaker: Tomas Berg\n",
    )
    assert [r.session.title for r in reports] == ["Opening Plenary", "Youth Panel"]


def test_a_day_without_its_year_is_not_the_first_of_a_range() -> None:
    assert day_without_year("June 5th at the Law Center", 2012) == dt.date(2012, 6, 5)
    assert day_without_year("September 23 – 24 2020", 2020) is None  # a meeting's days


def test_a_line_naming_people_under_a_slot_names_its_speakers(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "Détails conférence :\n9h – 9h15 : Introduction\n"
        "Rosa Lind (Conseil National du Numérique) et Tomas Berg (Internet Society France)\n"
        "9h15 – 10h45 : Gouverner l’Internet\n"
        "Le réseau est entré dans une ère de risques, selon Mio Tanaka qui a écrit un livre.\n"
        "Modération : Paul Okafor, AFNIC\n",
    )
    assert [_people(r) for r in reports] == [
        [("Rosa Lind", "speaker"), ("Tomas Berg", "speaker")],
        [("Mio Tanaka", "participant"), ("Paul Okafor", "moderator")],
    ]


def test_a_programme_numbering_its_sessions_is_cut_at_the_numbers(tmp_path: Path) -> None:
    """ "01 Opening Ceremony", "02 Session 1 – Opening Plenary": a programme's own numbers
    start its sessions even without days or times; "30 September 2011" is a date."""
    reports = _sessions(
        tmp_path,
        "Island Forum 2024 programme\n\n01 Opening Ceremony\nOpening Prayer – Rosa Lind\n"
        "Welcome remarks – Tomas Berg – Island IGF\n\n02 Session 1 – Opening Plenary\n"
        "Mio Tanaka, Director General, APNIC\nPaul Okafor, CEO, .auDA\n\n"
        "03 Session 2: Round table of the pioneers\nAna Ruiz\nKofi Mensah\n"
        "Moderator : Lea Kaspar\n",
    )
    assert [(r.session.title, _people(r)) for r in reports] == [
        ("Opening Ceremony", [("Rosa Lind", "speaker"), ("Tomas Berg", "speaker")]),
        ("Opening Plenary", [("Mio Tanaka", "speaker"), ("Paul Okafor", "speaker")]),
        (
            "Round table of the pioneers",
            [("Ana Ruiz", "speaker"), ("Kofi Mensah", "speaker"), ("Lea Kaspar", "moderator")],
        ),
    ]
    (report,) = _sessions(
        tmp_path,
        "Forum closes its sixth meeting\n\n30 September 2011\n\nThe forum closed in Nairobi "
        "today after four days. Rosa Lind said it had gone well.\n",
    )
    assert report.session.date == dt.date(2011, 9, 30)


def test_a_list_set_apart_from_a_label_with_its_value_is_not_that_labels(tmp_path: Path):
    """``Moderators: A, ...; and B, ...`` names its people on its line; the bulleted list
    after a blank line is the panel's, and "; and B" is one more moderator."""
    (report,) = _sessions(
        tmp_path,
        "Agenda for the Forum 2010\n\n10:15 – 11:45 Workshop: A National Framework\n\n"
        "Moderators: Rosa Lind, vice president, TechAmerica; and Tomas Berg, policy "
        "specialist, Intel Corporation\n\n\n"
        "  • Mio Tanaka, director for cyber security, National Security Council\n"
        "  • Paul Okafor, unit chief, Federal Bureau of Investigation\n",
    )
    assert _people(report) == [
        ("Rosa Lind", "moderator"),
        ("Tomas Berg", "moderator"),
        ("Mio Tanaka", "speaker"),
        ("Paul Okafor", "speaker"),
    ]


def test_a_slot_title_then_its_speaker_after_a_comma_and_german_labels(tmp_path: Path) -> None:
    """ "Plenum 1" names only a format: the title is the line under it."""
    reports = _sessions(
        tmp_path,
        "Program Swiss IGF 2016 – May 24 in Berne\n\n"
        "09:00 – 09:15 Welcome and opening address, Philipp Metz, OFCOM Director General\n\n"
        "09:15 – 10:30 Plenum 1\n\nWhat sort of data policy does Switzerland need?\n\n"
        "Ko-Moderation: Rolf Weber, Uni Zürich\n\n"
        "11:00 – 12:30 Parallel workshop 1\n\nData infrastructure in Switzerland\n\n"
        "Leitung: André Golliez, Opendata\n",
    )
    assert [(r.session.title, _people(r)) for r in reports] == [
        ("Welcome and opening address", [("Philipp Metz", "speaker")]),
        ("What sort of data policy does Switzerland need?", [("Rolf Weber", "moderator")]),
        ("Parallel workshop 1", [("André Golliez", "moderator")]),
    ]


def test_a_slot_given_by_someone_after_by_a_dash_or_a_keynotes_label(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "Northern IGF 2024: The Net Ahead\n\nThursday, October 10th, 2024\n\n"
        "8:00 A.M.: Registration begins\n\n"
        "9:00 A.M.: Welcome to Northern IGF 2024 by Northern IGF Secretariat Lena Marsh\n\n"
        "Location: Plenary room\n\n"
        "9:05 – 9:35 A.M.: Keynote 1: ICANN Board Chair Tomas Berglund\n\n"
        "Location: Plenary room\n\n"
        "9:40 – 10:50 A.M.: Internet Governance by Design\n\n"
        "Location: Breakout room\n\n"
        "11:00 – 11:15 A.M.: Overview of the day - Mr. Paulo Reis and Ms. Ana Tavares\n\n"
        "Location: Plenary room\n",
    )
    read = [
        (
            r.session.title,
            [
                (p.name, p.role.value, p.organisation and p.organisation.as_written)
                for p in r.people
            ],
        )
        for r in reports
    ]
    assert read == [
        (
            "Welcome to Northern IGF 2024",
            [("Lena Marsh", "speaker", "Northern IGF Secretariat")],
        ),
        ("Keynote 1", [("Tomas Berglund", "speaker", "ICANN")]),
        ("Internet Governance by Design", []),
        (
            "Overview of the day",
            [("Paulo Reis", "speaker", None), ("Ana Tavares", "speaker", None)],
        ),
    ]


def test_a_listed_person_and_what_they_will_do(tmp_path: Path) -> None:
    people = _people_read(
        tmp_path,
        "Closing Plenary\n\nRoundtable\n\n"
        "- Lena Marsh - Program Manager, IGF Secretariat, will talk from the global perspective\n"
        "- Tomas Berglund, DotAsia. Will talk from the perspective of the regional IGF\n"
        "- Ana Ruiz, APC, will moderate the roundtable\n",
    )
    assert people == [
        ("Lena Marsh", "speaker", "IGF Secretariat"),
        ("Tomas Berglund", "speaker", "DotAsia"),
        ("Ana Ruiz", "moderator", "APC"),
    ]


def test_a_bulleted_programme_with_start_times_is_cut_at_its_slots(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "Forum da Internet Lusofono 2023\n\nSeptember 18th, 2023\n\n"
        "  • 08h00  Accreditation\n\n\n"
        "  • 09h00  Welcome and opening table\n\n"
        "Carla Mendes (Brazil) – Jorge Tavares (Portugal) – Amina Jalo (Guinea-Bissau)\n\n\n"
        "  • 09h30  PANEL 1 – Portuguese on the Internet\n\n"
        "Beatriz Fonseca – Federal University of Bahia\n\n"
        "Tomas Pereira – Ministry of Communications – Angola\n",
    )
    assert [(r.session.title, r.session.date, r.session.time) for r in reports] == [
        ("Welcome and opening table", dt.date(2023, 9, 18), "09:00"),
        ("Portuguese on the Internet", dt.date(2023, 9, 18), "09:30"),
    ]
    assert [_people(r) for r in reports] == [
        [("Carla Mendes", "speaker"), ("Jorge Tavares", "speaker"), ("Amina Jalo", "speaker")],
        [("Beatriz Fonseca", "speaker"), ("Tomas Pereira", "speaker")],
    ]


def test_panel_sessions_of_a_forum_page_with_one_person_a_line(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "Barbados IGF 2019\n\n"
        "BBIGF 2019 was held on Friday 25th January, 2019 at the Lloyd Erskine Sandiford Centre, "
        "with remote participation for those who could not attend.\n\n\n"
        "Panel Session 1: Open Data\n"
        "Kareem Lewis – Founder & Director, Caribbean Data Lab Ltd\n"
        "Nadia Forde – General Manager, Island Broadband Services Ltd\n"
        "Curtis Hinds – Director, BBMAG (Moderator)\n\n"
        "Panel Session 2: Online Safety\n"
        "Renee Alleyne – Lecturer, Faculty of Law, UWI Cave Hill\n"
        "Marcus Best – Director, BBMAG (Moderator)\n",
    )
    assert [(r.session.title, r.session.date) for r in reports] == [
        ("Open Data", dt.date(2019, 1, 25)),
        ("Online Safety", dt.date(2019, 1, 25)),
    ]
    assert [_people(r) for r in reports] == [
        [("Kareem Lewis", "speaker"), ("Nadia Forde", "speaker"), ("Curtis Hinds", "moderator")],
        [("Renee Alleyne", "speaker"), ("Marcus Best", "moderator")],
    ]
    nadia = reports[0].people[1]
    assert nadia.organisation is not None
    assert nadia.organisation.as_written == "Island Broadband Services Ltd"


def test_a_time_slot_under_a_bulleted_speaker_starts_the_next_section(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "Programme\n\nOctober 4, 2023\n\n10:00 – 10:30\n\nPlenary session. Forum opening\n\n"
        "Moderator: Irina Sokolova, Director of the Regional Domain Centre\n\n"
        "  • Pavel Orlov, Deputy Minister of Digital Development\n"
        "  • Elena Frolova, founder of the Digital Literacy Foundation\n"
        "10:30 – 12:00\n\nSection 1. Data and trust\n\n"
        "Moderator: Artem Belov, Center for Internet Research\n\n"
        "  • Maria Kuznetsova, Higher School of Economics\n",
    )
    assert [r.session.title for r in reports] == [
        "Plenary session. Forum opening",
        "Data and trust",
    ]
    assert [_people(r) for r in reports] == [
        [("Irina Sokolova", "moderator"), ("Pavel Orlov", "speaker"), ("Elena Frolova", "speaker")],
        [("Artem Belov", "moderator"), ("Maria Kuznetsova", "speaker")],
    ]
    assert [r.session.time for r in reports] == ["10:00", "10:30"]


def test_content_moderation_in_a_title_is_a_topic_not_a_role(tmp_path: Path) -> None:
    reports = _sessions(
        tmp_path,
        "Programme\n\nContent moderation in the Global South\nAna Ruiz, APC\nTomas Berg, ISOC\n\n"
        "Panel on moderation of online platforms\nLea Kaspar, GPD\n\nModeration\n"
        "Kofi Mensah, ICANN\n",
    )
    assert [_people(r) for r in reports] == [
        [
            ("Ana Ruiz", "speaker"),
            ("Tomas Berg", "speaker"),
            ("Lea Kaspar", "speaker"),
            ("Kofi Mensah", "moderator"),
        ]
    ]


def test_slots_before_the_first_id_are_sessions_and_a_format_line_takes_the_title_below(
    tmp_path: Path,
) -> None:
    """A programme listing workshops by id after a plenary and flash sessions by time:
    the timed sessions before the first id are sessions too, a time run into its title
    starts one, "Flash 1" takes the title on the line under it, a room in square brackets
    is no part of a title."""
    reports = _sessions(
        tmp_path,
        "Revised programme\nTHURSDAY, 14 JUNE 2012\n"
        "09:30Pl 1: Rights online [Congress hall AB]\n"
        "Key participants:Moderator: Ana Ruiz, consultant\nFocal point: Tomas Berg, PTS\n"
        "11:00 Flash 1\nAccess for all through IPv6\n\nFocal point: Lea Kaspar\n\n"
        "11:45 Flash 2\nCybercrime initiatives\n\nFocal point: Kofi Mensah, Comnet\n\n"
        "WS1: Child protection online [Room 307]\n"
        "Key participants:Moderator: Mio Tanaka, Media Council\n",
    )
    assert [(r.session.title, r.session.date, _people(r)) for r in reports] == [
        (
            "Rights online",
            dt.date(2012, 6, 14),
            [("Ana Ruiz", "moderator"), ("Tomas Berg", "organizer")],
        ),
        ("Access for all through IPv6", dt.date(2012, 6, 14), [("Lea Kaspar", "organizer")]),
        ("Cybercrime initiatives", dt.date(2012, 6, 14), [("Kofi Mensah", "organizer")]),
        ("Child protection online", dt.date(2012, 6, 14), [("Mio Tanaka", "moderator")]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the day is a row's last cell; the row of the meeting's days and place dates nothing
            "SEEDIG 2017 Programme\n\n24–25 May 2017 | Ohrid\n\n"
            "Pre-event | 24 May 2017\n\n08.30 – 13.00\n\nSEEDIG Youth School\n\n"
            "Pre-event where students get prepared to take part.\n\n"
            "14.00 – 15.30\n\n(S1) Internet governance: a puzzle?\n\n"
            "Main event | 25 May 2017\n\n09.00 – 09.30\n\nOpening and welcoming remarks\n",
            [
                ("SEEDIG Youth School", dt.date(2017, 5, 24), "08:30"),
                ("Internet governance: a puzzle?", dt.date(2017, 5, 24), "14:00"),
                ("Opening and welcoming remarks", dt.date(2017, 5, 25), "09:00"),
            ],
        ),
        (  # a numbered day, its date and a line about it, then items timed after their titles
            "Taiwan IGF 2018 in brief\n\nWe made 16 sessions in 2 days.\n\n"
            "Day 1 (July 13): Many government regulation and law enforcement issues.\n\n"
            "  • Opening (09:30–11:00)\n"
            "  • Data transmission and data localization (11:15–12:45)\n"
            "  • Competition law in the digital economy (15:30–16:30)\n",
            [
                ("Opening", dt.date(2018, 7, 13), "09:30"),
                ("Data transmission and data localization", dt.date(2018, 7, 13), "11:15"),
                ("Competition law in the digital economy", dt.date(2018, 7, 13), "15:30"),
            ],
        ),
        (  # the day the meeting is held, not the day the agenda was last changed
            "EuroDIG public planning meeting 2025\n\n"
            "The public planning meeting will be held virtually via zoom on 5 February 2025!\n\n"
            "Agenda\n\n(as of 17 January 2025) all times CET\n\n"
            "10:00-10:15 Opening\n\n10:15-12:00 Building the EuroDIG 2025 programme\n",
            [
                ("Opening", dt.date(2025, 2, 5), "10:00"),
                ("Building the EuroDIG 2025 programme", dt.date(2025, 2, 5), "10:15"),
            ],
        ),
    ],
)
def test_a_day_heading_written_with_more_dates_what_follows(
    tmp_path: Path, text: str, expected: list[tuple[str, dt.date, str]]
) -> None:
    """ "Pre-event | 24 May 2017" and "Day 1 (July 13): ..." are days of a programme."""
    reports = parse_text(tmp_path, text, "programme.txt")
    assert [(r.session.title, r.session.date, r.session.time) for r in reports] == expected


def test_a_session_page_with_links_to_related_sessions_is_one_session(tmp_path: Path) -> None:
    """A session page (the layout of friendsoftheigf.org's) whose time slot is followed by
    a sentence describing the meeting, and whose links to other pages' sessions close it
    under "Related Sessions": one session; every line of the links is the page's own."""
    text = (
        "NRIs Coordination Session\n\n"
        "21 December 2017 - A Other on Other in Geneva, Switzerland\n\n"
        "Thursday, 21 December, 12:30-13:30, Room XXV\n\n"
        "An open work meeting between the national, regional and youth initiatives, the "
        "MAG Chair and the IGF Secretariat, open to everyone.\n\n"
        "  1. Remarks by MAG Chair\n\n  2. Key messages from the session\n"
        "Related Sessions\n\n"
        "Main Session in Rio de Janeiro on Other\n\n12 November 2007 | 1127 views\n\n"
        "Best Practice Forum in Rio de Janeiro on Other\n\n12 November 2007 | 852 views\n"
    )
    reports = parse_text(tmp_path, text)
    assert [(r.session.title, r.session.date) for r in reports] == [
        ("NRIs Coordination Session", dt.date(2017, 12, 21))
    ]
    source = read_source(tmp_path / "page.txt")
    assert unaccounted_lines(source, reports) == []
    related = {span.start_line for span in reports[0].labels}
    assert {12, 14, 16, 18} <= related


def test_a_bare_name_bulleted_above_a_listed_speaker_is_a_speaker(tmp_path: Path) -> None:
    """A session's bullets with no label, the first a name alone (``• Prof. Vladimir
    Kovac``), the next a name and body: both are its speakers, by their place."""
    (report,) = parse_text(
        tmp_path,
        "Klimerko: Using technology to address climate change\n\n"
        "  • Prof. Vladimir Kovac\n  • Ana Prodanovic, UNICEF\n\n"
        "Moderator: Desiree Milosevic, ISOC Serbia\n",
    )
    speakers = [p.name for p in report.people if p.role is Role.SPEAKER]
    assert speakers == ["Vladimir Kovac", "Ana Prodanovic"]
    assert [p.name for p in report.people if p.role is Role.MODERATOR] == ["Desiree Milosevic"]
