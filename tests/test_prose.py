"""People in running text: write-ups, chair's summaries, national IGF and NRI reports.

Real sentences (from the write-ups and prose reports of bench/real/dev, and the layouts
composed after them) and the people, roles, organisations and posts they give.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from igfgraph.ingest import load_report
from igfgraph.model import Role, SourceSpan
from igfgraph.parse import parse_all
from igfgraph.parse.affiliations import government_of
from igfgraph.parse.cues import meeting_role
from igfgraph.parse.entries import read_entry
from igfgraph.parse.mentions import find_mentions, known_names, known_names_of
from igfgraph.parse.names import clean_name, person_part
from igfgraph.parse.session import named_sessions, parse_date
from igfgraph.sources import read_source

SPAN = SourceSpan("test.txt", 1, 1, "")
CHAIR, MODERATOR, ONLINE = Role.CHAIR, Role.MODERATOR, Role.ONLINE_MODERATOR
SPEAKER, PARTICIPANT, ORGANIZER = Role.SPEAKER, Role.PARTICIPANT, Role.ORGANIZER
RAPPORTEUR = Role.RAPPORTEUR
DAY = dt.date(2024, 3, 14)


def _people(text: str, acts_speak: bool = True) -> list[tuple]:
    """(name, role, organisation name or acronym, post) of each person ``text`` names."""
    return [
        (
            person.name,
            person.role,
            person.organisation and (person.organisation.name or person.organisation.acronym),
            person.title,
        )
        for person in find_mentions(text, SPAN, acts_speak).people
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yesterday I sat on a panel with fellow panelists Ambassador David Gross of the "
            "United States, Julien Pain of Reporters Without Borders, Fred Tipson of Microsoft, "
            "and others.",
            [
                ("David Gross", SPEAKER, "Government of the United States", "Ambassador"),
                ("Julien Pain", SPEAKER, "Reporters Without Borders", None),
                ("Fred Tipson", SPEAKER, "Microsoft", None),
            ],
        ),
        (
            "It was chaired by Mindaugas Glodas, Country Manager of Microsoft Lithuania, and "
            "moderated by Chris Disspain, CEO of the .AU Registry and Chair of the ccNSO, and "
            "Jeanette Hofmann, Senior Researcher of the London School of Economics.",
            [
                ("Mindaugas Glodas", CHAIR, "Microsoft Lithuania", "Country Manager"),
                ("Chris Disspain", MODERATOR, "AU Registry", "CEO"),
                ("Jeanette Hofmann", MODERATOR, "London School of Economics", "Senior Researcher"),
            ],
        ),
        (
            "A two-year consultation defined the Internet Universality Indicators, now used "
            "with Ana Roberts of UNESCO.",
            [("Ana Roberts", PARTICIPANT, "UNESCO", None)],
        ),
        ("Tom Banks of APC said the network holds.", [("Tom Banks", SPEAKER, "APC", None)]),
        (
            "Mr Michael Rotert (Chairman, Association of the Internet Industry) stated that "
            "commitment from governments would help.",
            [("Michael Rotert", SPEAKER, "Association of the Internet Industry", "Chairman")],
        ),
        (
            "The floor went to Ana Ruiz of APC, who is presiding over the session.",
            [("Ana Ruiz", CHAIR, "APC", None)],
        ),
        (
            "In his opening remarks, Kenji Sato of JPNIC said the forum grew. In her view, "
            "Mio Tanaka of MIC was right.",
            [("Kenji Sato", SPEAKER, "JPNIC", None), ("Mio Tanaka", PARTICIPANT, "MIC", None)],
        ),
        (
            "The Kenyan Minister of ICT, Wanjiru Kamau, opened the session. The French "
            "Ambassador for Digital Affairs, Luc Moreau, said that rules help.",
            [
                ("Wanjiru Kamau", SPEAKER, "Government of Kenya", "Kenyan Minister of ICT"),
                (
                    "Luc Moreau",
                    SPEAKER,
                    "Government of France",
                    "French Ambassador for Digital Affairs",
                ),
            ],
        ),
        (
            "Organised by Derechos Digitales in collaboration with APC, this meeting compares "
            "notes.",
            [],
        ),
        (
            "The session will be introduced by Deputy Secretary General of the Council of "
            "Europe Mr Jonas Berg, who will present the treaty. Mia Lund will provide a review "
            "of the year. Speaking at the closing press conference, Forum representative Ravi "
            "Menon said the halls were full.",
            [
                ("Jonas Berg", SPEAKER, "Council of Europe", "Deputy Secretary General"),
                ("Mia Lund", SPEAKER, None, None),
                ("Ravi Menon", SPEAKER, None, "Forum representative"),
            ],
        ),
        (
            "Mr Lukas Brandt (Counsellor, German Ministry of Economic Affairs and Energy, IGF2019 "
            "Organising team) said the plans were ready. The session was chaired by Ola Berg "
            "from Norway’s Ministry of Foreign Affairs.",
            [
                (
                    "Lukas Brandt",
                    SPEAKER,
                    "German Ministry of Economic Affairs and Energy",
                    "Counsellor",
                ),
                ("Ola Berg", CHAIR, "Ministry of Foreign Affairs", None),
            ],
        ),
        (
            "The moderator, Mr Tomas Keller (Ambassador of the Swiss Government and Co-Chair "
            "of the 2017 IGF Multistakeholder Advisory Group (MAG)), opened the session.",
            [
                (
                    "Tomas Keller",
                    MODERATOR,
                    "Government of Switzerland",
                    "moderator",
                ),
            ],
        ),
        (
            "Remote moderation was done by Cathy Handley of ARIN.",
            [("Cathy Handley", ONLINE, "ARIN", None)],
        ),
        (
            "The panelist of this talk was Jan Zygmuntowski, who works for a think-tank.",
            [("Jan Zygmuntowski", SPEAKER, None, None)],
        ),
        (
            "The moderator of the session was Ana Ruiz. The speaker list is long.",
            [("Ana Ruiz", MODERATOR, None, None)],
        ),
        (
            "The interview with Karen McCabe from IEEE addresses “Does the IGF change anything?”",
            [("Karen McCabe", PARTICIPANT, "IEEE", None)],
        ),
        (
            "The meeting was hosted by the IGF Secretariat’s NRIs Focal Point, Anja Gengo. "
            "Agenda is attached to this document as Annex A1.",
            [("Anja Gengo", MODERATOR, "IGF Secretariat", "NRIs Focal Point")],
        ),
        (
            "The Meeting was hosted by Ms. Anja Gengo, the IGF Secretariat’s Focal Point for "
            "the NRIs. This Summary Report will reflect the main key points.",
            [("Anja Gengo", MODERATOR, "IGF Secretariat", "Focal Point for the NRIs")],
        ),
        (
            "The event commenced with opening remarks by the President of Internet Society "
            "Nigeria Chapter (ISOC NG), Mr. Dewole Ajao and was followed by a welcome address "
            "by the NIGF Coordinator, Mrs. Mary Uduma.",
            [
                ("Dewole Ajao", SPEAKER, "Internet Society Nigeria Chapter", "President"),
                ("Mary Uduma", SPEAKER, "NIGF", "Coordinator"),
            ],
        ),
        (
            "In a theme paper presented by the Chairman of the event, Akinwale Akinbade, he "
            "explained how digital commonwealth is at the forefront of platform technology.",
            [
                ("Akinwale Akinbade", CHAIR, None, "Chairman of the event"),
                ("Akinwale Akinbade", SPEAKER, None, "Chairman of the event"),
            ],
        ),
        (
            "The microphone was then opened for taking stock by participants, chaired by "
            "Ambassador Thomas Schneider, Head of the International Relations Service of the "
            "Swiss Federal Office of Communications (OFCOM), Mr Armin Plum, UNDESA, and Ms "
            "Lynn St Amour, the Chair of the MAG.",
            [
                (
                    "Thomas Schneider",
                    CHAIR,
                    "Swiss Federal Office of Communications",
                    "Head of the International Relations Service",
                ),
                ("Armin Plum", CHAIR, "UNDESA", None),
                ("Lynn St Amour", CHAIR, "MAG", "Chair"),
            ],
        ),
        (
            "Speakers at the opening ceremony included Chancellor Angela Merkel and UN "
            "Secretary-General António Guterres.",
            [
                ("Angela Merkel", SPEAKER, None, "Chancellor"),
                ("António Guterres", SPEAKER, "UN", "Secretary-General"),
            ],
        ),
        (
            "The speakers, including Mary Uduma, Salisu Kaka, and Emmanuel Vitus, reflected on "
            "the importance of the program.",
            [
                ("Mary Uduma", SPEAKER, None, None),
                ("Salisu Kaka", SPEAKER, None, None),
                ("Emmanuel Vitus", SPEAKER, None, None),
            ],
        ),
        (
            "The event started on November 28, 2022, with the presence of his Excellency Prime "
            "Minster Abiy Ahmed and Mayor of Addis Ababa Ms. Adanech Abebe with their opening "
            "remarks.",
            [
                ("Abiy Ahmed", SPEAKER, None, "Prime Minster"),
                ("Adanech Abebe", SPEAKER, None, "Mayor of Addis Ababa"),
            ],
        ),
        (
            "The session concluded with a video message from Li Junhua, UN "
            "Under-Secretary-General, who reflected on the IGF’s evolution.",
            [("Li Junhua", SPEAKER, "UN", "Under-Secretary-General")],
        ),
        (
            "In more detail, attorney Chan-jo Jun began by presenting his work.",
            [("Chan-jo Jun", SPEAKER, None, "attorney")],
        ),
        (
            "President Macron addressed the IGF at the opening ceremony.",
            [("Macron", SPEAKER, None, "President")],
        ),
        # Appositives up to the verb: an acronym that spells a town is a body; a unit
        # between post and body; a minister from a country serves its government.
        (
            "Mr Kofi Mensah, Secretary General, ITU, stressed that access matters.",
            [("Kofi Mensah", SPEAKER, "ITU", "Secretary General")],
        ),
        (
            "Ms Lena Brandt, Principal Advisor, Digital Connect, European Commission, said so.",
            [("Lena Brandt", SPEAKER, "European Commission", "Principal Advisor")],
        ),
        (
            "Mr Tomas Ferreira, Minister of Information from Bangladesh, mentioned it.",
            [
                (
                    "Tomas Ferreira",
                    SPEAKER,
                    "Government of Bangladesh",
                    "Minister of Information from Bangladesh",
                )
            ],
        ),
        (  # "St." inside a name; "celebrated" reports speech: a sentence, no entry
            "Ms Lena St. Clair, Director, APNIC, celebrated the transition of the IANA.",
            [("Lena St. Clair", SPEAKER, "APNIC", "Director")],
        ),
        (  # a body named without a body's word; a function is none; the verb ends it
            "Speakers included Awo Aidam Amenyah, Executive Director of Child Online Africa, "
            "and Kofi Mensah, Head of Public Policy. Mr. Kyrre Holm, Deputy Head of Mission, "
            "Norwegian Embassy underscored the point.",
            [
                ("Awo Aidam Amenyah", SPEAKER, "Child Online Africa", "Executive Director"),
                ("Kofi Mensah", SPEAKER, None, "Head of Public Policy"),
                ("Kyrre Holm", SPEAKER, "Norwegian Embassy", "Deputy Head"),
            ],
        ),
        (  # a family name that is also a common word, after a known given name
            "Nathan Green from Open Rights Watch said that the panel was looking for answers.",
            [("Nathan Green", SPEAKER, "Open Rights Watch", None)],
        ),
        (
            "The Kigali Digital Lab co-organises the roundtable. Amina Uwase and Peter Okello are "
            "participating as speakers, and Lucia Benitez will be serving as the moderator.",
            [
                ("Amina Uwase", SPEAKER, None, None),
                ("Peter Okello", SPEAKER, None, None),
                ("Lucia Benitez", MODERATOR, None, None),
            ],
        ),
        (
            "In a welcome address, West Africa IGF coordinator Mary Uduma expressed delight.",
            [("Mary Uduma", SPEAKER, None, "West Africa IGF coordinator")],
        ),
        (
            "Mr Ana Ruiz, CEO and President of ICANN, mentioned the transition.",
            [("Ana Ruiz", SPEAKER, "ICANN", "CEO and President")],
        ),
    ],
)
def test_cues_and_descriptions_give_roles_posts_and_organisations(text: str, expected: list):
    assert _people(text) == expected


def test_people_of_a_list_share_its_cue_unless_their_own_says_otherwise():
    text = (
        "The discussion itself will be moderated by Chris Disspain and Jeanette Hofmann, and "
        "Cathy Handley is our remote moderator, so questions will reach us through her."
    )
    assert [(name, role) for name, role, _, _ in _people(text)] == [
        ("Chris Disspain", MODERATOR),
        ("Jeanette Hofmann", MODERATOR),
        ("Cathy Handley", ONLINE),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Posted on 27 November 2019 by Ana Ruiz | 3 comments",
        "More than one speaker quoted John Perry Barlow's 1996 declaration.",
        "Lang also said that the Geneva Messages were introduced to this IGF.",
        'The theme was "One World. One Net. One Vision.".',
        "President Macron launched the “Paris Call for Trust and Security in Cyberspace”.",
        "The session, “Building Bridges from Athens to Grenada” had five speakers.",
        "Guests came to the IGF 2018 Open Consultation (OC) and the MAG meeting.",
        "Virtual Meeting XIII, 20 December 2016",
        "Youth To Be Determined, Female, Civil Society, AFGHANISTAN, African Group.",
        "The youth council shares opinions with the Young Generation and said so.",
        "The panel discussed an annual review of Core Values and then spoke on.",
    ],
)
def test_authors_citations_titles_and_bodies_are_no_participants(text: str):
    assert [name for name, *_ in _people(text)] in ([], ["Macron"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The discussion also included remarks from Juan Fernández of Cuba, who emphasized "
            "the need to address digital inequalities.",
            [("Juan Fernández", SPEAKER, None, None)],
        ),
        (
            "Dr. Angela Sulemana, a medical doctor from Ghana, shared her perspective.",
            [("Angela Sulemana", SPEAKER, None, "medical doctor")],
        ),
        (
            "Vint Cerf, chair of the IGF leadership panel, emphasized the need for outputs.",
            [("Vint Cerf", SPEAKER, None, "chair of the IGF leadership panel")],
        ),
        (
            "Olaf Kolkman from the Internet Society highlighted the importance of "
            "multi-stakeholderism.",
            [("Olaf Kolkman", SPEAKER, "Internet Society", None)],
        ),
    ],
)
def test_a_country_is_no_organisation_and_saying_is_speaking(text: str, expected: list):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the verb after a quotation, before the name
            "“Access needs everybody,” said Tomas Berg of the Example Registry.",
            [("Tomas Berg", SPEAKER)],
        ),
        (  # the verb past a description that names no body
            "Ms Ana Wambui, a data protection advocate from Kenya, shared the ways to complain.",
            [("Ana Wambui", SPEAKER)],
        ),
        (
            "Rosa Lind and Tomas Berg agreed on the plan.",
            [("Rosa Lind", SPEAKER), ("Tomas Berg", SPEAKER)],
        ),
        ("Rosa Lind joined the session from Tallinn.", [("Rosa Lind", PARTICIPANT)]),
        (  # a role the text states wins over the speaking
            "The moderator, Ms Rosa Lind, asked the panel a question.",
            [("Rosa Lind", MODERATOR)],
        ),
        (
            "Trust came first, with Tomas Berg emphasizing awareness and policies.",
            [("Tomas Berg", SPEAKER)],
        ),
        (
            "«Hay que abrir la red», subrayó Ana Ruiz, gerenta de Ejemplo Sur.",
            [("Ana Ruiz", SPEAKER)],
        ),
        (  # the members of a round table, and who moderated it
            "Rosa Lind (Ejemplo Red) participó en la mesa redonda, junto Tomas Berg (Cabase) y "
            "Mio Tanaka (Access Now), con la moderación de Paula Okafor (Ejemplo).",
            [
                ("Rosa Lind", SPEAKER),
                ("Tomas Berg", SPEAKER),
                ("Mio Tanaka", SPEAKER),
                ("Paula Okafor", MODERATOR),
            ],
        ),
        (
            "La table ronde, que j'ai eu le plaisir d'animer avec Ana Ruiz, a rassemblé Tomas "
            "Berg, Rosa Lind et Mio Tanaka.",
            [
                ("Ana Ruiz", MODERATOR),
                ("Tomas Berg", SPEAKER),
                ("Rosa Lind", SPEAKER),
                ("Mio Tanaka", SPEAKER),
            ],
        ),
        (  # letters after a name are no part of it
            "Digital Minister Tomas Berg MP spoke first, then Ana Ruiz, PhD, said more.",
            [("Tomas Berg", SPEAKER), ("Ana Ruiz", SPEAKER)],
        ),
        (  # German news in the present tense
            '"Der Ansatz ist am besten geeignet", erklärt Anna Berger von der Universität Wien. '
            'Thomas Huber sagt im Rahmen der Veranstaltung: "Es ist fünf vor zwölf."',
            [("Anna Berger", SPEAKER), ("Thomas Huber", SPEAKER)],
        ),
        (
            "Ms. Rosa Lind, representing the organising committee, kickstarted the forum by "
            "welcoming remarks. Tomas Berg kicked off the second day.",
            [("Rosa Lind", SPEAKER), ("Tomas Berg", SPEAKER)],
        ),
        (
            "Rosa Lind from the Internet Society illustrated these challenges with the cable "
            "cuts of March. Tomas Berg detailed the plans of the regulator.",
            [("Rosa Lind", SPEAKER), ("Tomas Berg", SPEAKER)],
        ),
        (  # the present perfect: "has explained", "had said"
            "The chapter's president, Rosa Lind has explained that the school was for "
            "officials. Tomas Berg had said as much.",
            [("Rosa Lind", SPEAKER), ("Tomas Berg", SPEAKER)],
        ),
        (  # an introduction by one, a discussion with others
            "We start with a brief introduction by Rosa Lind (ISOC Norway) and continue with "
            "a discussion with Tomas Berg (IETF) and Mio Tanaka (Access Now).",
            [("Rosa Lind", SPEAKER), ("Tomas Berg", SPEAKER), ("Mio Tanaka", SPEAKER)],
        ),
    ],
)
def test_who_the_text_says_spoke_is_a_speaker(text: str, expected: list) -> None:
    assert [(name, role) for name, role, _, _ in _people(text)] == expected


def test_a_spanish_panel_with_posts_between_its_names() -> None:
    """Who a Spanish write-up says took the panel, each with a lowercase post or a "de"
    body after the name; "inaugurado por" opens the event."""
    text = (
        "Moderada por Ana Ruiz, de Ejemplo.com, contó con la presencia de ponentes de la talla "
        "de Tomas Berg, catedrático de la Universidad del Norte, Mio Tanaka, representante de "
        "Telefónica y Paul Okafor, del Ayuntamiento de Rivas. El evento fue inaugurado por "
        "Rosa Lind, Secretaria de Estado."
    )
    assert [(name, role, org) for name, role, org, _ in _people(text)] == [
        ("Ana Ruiz", MODERATOR, "Ejemplo.com"),
        ("Tomas Berg", SPEAKER, "Universidad del Norte"),
        ("Mio Tanaka", SPEAKER, None),
        ("Paul Okafor", SPEAKER, "Ayuntamiento de Rivas"),
        ("Rosa Lind", SPEAKER, None),
    ]


def test_french_bodies_after_de_and_a_post_between_the_names_of_a_list() -> None:
    text = (
        "La plénière a rassemblé Ana Ruiz de l’Autorité de régulation des réseaux (ARR), "
        "l’ambassadeur Tomas Berg, Mio Tanaka de l’UNESCO et Paul Okafor du Conseil National."
    )
    assert [(name, role, org) for name, role, org, _ in _people(text)] == [
        ("Ana Ruiz", SPEAKER, "Autorité de régulation des réseaux"),
        ("Tomas Berg", SPEAKER, None),
        ("Mio Tanaka", SPEAKER, "UNESCO"),
        ("Paul Okafor", SPEAKER, "Conseil National"),
    ]


def test_a_french_report_says_when_the_forum_was_held(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        "L’édition 2022 du Forum exemple s’est tenue avec succès lundi 5 décembre 2022 à "
        "Paris et à distance, avec des débats nombreux sur la régulation.\n",
    )
    assert report.session.date == dt.date(2022, 12, 5)


def test_official_summaries_do_not_make_presenters_speakers():
    text = "Ben Wallis (Microsoft) presented the analysis of international agreements."
    assert _people(text) == [("Ben Wallis", SPEAKER, "Microsoft", None)]
    assert _people(text, acts_speak=False) == [("Ben Wallis", PARTICIPANT, "Microsoft", None)]


@pytest.mark.parametrize(
    ("description", "role"),
    [
        ("Chairman of the event", CHAIR),
        ("Président du Forum", CHAIR),
        ("the moderator", MODERATOR),
        ("remote moderator", ONLINE),
        ("Chair of the MAG", None),
        ("President", None),
        ("chair of the IGF leadership panel", None),
    ],
)
def test_a_description_names_a_role_in_the_meeting_itself(description: str, role: Role | None):
    assert meeting_role(description) == role


def test_the_days_of_a_meeting_are_no_session_date():
    assert parse_date("Rio de Janeiro, 12 - 15 novembre 2007") is None
    assert parse_date("The 14th Annual Meeting took place on 25-29 November 2019") is None
    assert parse_date("Paris, 12-14 November 2018", in_range=True) == dt.date(2018, 11, 14)
    assert parse_date("Dec. 3, 2008 – Dec. 6, 2008") is None
    assert parse_date("14 September 2010 - 17 September 2010") is None
    assert parse_date("14 September 2010 - 17 September 2010", in_range=True) == dt.date(
        2010, 9, 14
    )  # within a range, its first day (the meeting's year)
    # One day written twice, from one time to another, is that day.
    same = "Sunday, 8th October, 2023 (04:30 UTC) - Sunday, 8th October, 2023 (06:00 UTC)"
    assert parse_date(same) == dt.date(2023, 10, 8)


def test_a_word_joined_by_a_particle_is_no_part_of_a_name():
    assert person_part("Résumé de Sérgio Rezende") == "Sérgio Rezende"
    assert person_part("Charles de Gaulle") == "Charles de Gaulle"


def test_a_chair_summary_byline_names_its_chair(tmp_path: Path):
    path = tmp_path / "summary.txt"
    path.write_text(
        "Deuxième réunion du Forum sur la gouvernance de l’Internet (FGI)\n\n"
        "Résumé de Sérgio Rezende, Président du Forum\n\n"
        "Rio de Janeiro, 12 - 15 novembre 2007\n\nAperçu général\n\n"
        "Les sept séances principales de la réunion ont pris la forme de tables rondes.\n",
        encoding="utf-8",
    )
    report = load_report(path)
    assert [(p.name, p.role, p.title, p.organisation) for p in report.people] == [
        ("Sérgio Rezende", CHAIR, "Président du Forum", None)
    ]
    assert (report.session.title, report.session.date) == (
        "Deuxième réunion du Forum sur la gouvernance de l'Internet (FGI)",
        None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The first panel was "Realizing a Multilingual Internet", which ...',
            "Realizing a Multilingual Internet",
        ),
        ("At today's 'Taking Stock' session, the sentiment was ...", "Taking Stock"),
        (
            'The first, a workshop titled "Tackling hate speech: A multi-stakeholder '
            'responsibility", began',
            "Tackling hate speech: A multi-stakeholder responsibility",
        ),
        (
            "organizaron el panel “Oportunidades de apoyo para abordar desafíos” que buscó",
            "Oportunidades de apoyo para abordar desafíos",
        ),
        ('with a theme of "One World. One Net. One Vision.".', None),
        (
            "my main interest was the topic “Women online”. This session brought many "
            "voices together.",
            "Women online",
        ),
        (
            "Ana Ruiz, who moderated the panel “Mapping Open Networks,” said that ...",
            "Mapping Open Networks",
        ),
    ],
)
def test_sessions_named_by_their_title_in_quotes(text: str, expected: str | None):
    assert [title for title, _ in named_sessions(text)][:1] == ([expected] if expected else [])


def _report(tmp_path: Path, text: str):
    path = tmp_path / "writeup.txt"
    path.write_text(text, encoding="utf-8")
    return load_report(path)


def test_a_writeup_takes_the_title_its_text_names_not_its_headline(tmp_path: Path):
    report = _report(
        tmp_path,
        "Virtual Vint in Egypt\n\n(Cross-posted from the European Public Policy Blog)\n\n"
        "It's been an exciting week here in Sharm El Sheikh at the Internet Governance Forum. "
        "At today's 'Taking Stock' session, the overwhelming sentiment in the room was one of "
        "strong support for continuation of this forum.\n",
    )
    assert (report.session.title, report.session.type) == ("Taking Stock", "other")


@pytest.mark.parametrize(
    "first_line",
    [
        "IGF 2019: notes from the opening day in Berlin",
        "[More session reports and live updates from the 12th Internet Governance Forum]",
        "The Internet Governance Project was prominent at the Forum. Below is a summary.",
        # page furniture: a breadcrumb, a byline, a dateline, a page count, a logo, a link to
        # a file, a mailing list's subject and its author's line
        "Home / Blogs",
        "By Nicodemus Wafula",
        "Amara Okafor in Abuja",
        "1 of 47",
        "SlideShare a Scribd company logo",
        "Download the full report (.pdf) (30 pages)",
        "[governance] Privacy: thematic workshop proposal submitted",
        "[Chapter-delegates] Update on preparations for IGF 2008",
        "Ralf Weber weber at example.org",
        "Thu Aug 9 17:38:34 EDT 2018",
        "Loading…",
        "This is now a legacy site and could be not up to date.",
        # a wiki's view count, a video page's and a news site's links
        "1,204 views",
        "Salta al contenuto principale",
        "Return to video",
        "Press releases",
        "Meeting schedule",
    ],
)
def test_headlines_links_and_sentences_are_no_titles(tmp_path: Path, first_line: str):
    report = _report(
        tmp_path,
        f"{first_line}\n\nIGP partner Milton Mueller moderated the workshop on DNS root zone "
        "file management.\n",
    )
    assert report.session.title is None
    assert [(p.name, p.role) for p in report.people] == [("Milton Mueller", MODERATOR)]


@pytest.mark.parametrize("hour", ["", ", 14:00 p.m. UTC"])
def test_a_heading_with_a_date_gives_title_and_date(tmp_path: Path, hour: str):
    report = _report(
        tmp_path,
        f"NRIs Virtual Meeting II, 28 March 2018{hour}\n\n- Virtual Meeting II, 28 March 2018 -"
        "\n\n1. The meeting was hosted by the IGF Secretariat’s NRIs Focal Point, Anja Gengo.\n",
    )
    assert (report.session.title, report.session.date) == (
        "NRIs Virtual Meeting II",
        dt.date(2018, 3, 28),
    )


def test_the_hours_of_a_sitting_are_no_title(tmp_path: Path):
    report = _report(
        tmp_path,
        "16 November 2006, 15-18 Hours\n\nThe sitting heard the reports of the workshops.\n",
    )
    assert (report.session.title, report.session.date) == (None, dt.date(2006, 11, 16))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "NIGERIA INTERNET GOVERNANCE FORUM 2019\n\nOn 11th July 2019, stakeholders from "
            "the Nigeria Internet ecosystem convened at Muson Center, Lagos.\n",
            dt.date(2019, 7, 11),
        ),
        (
            "NIGERIA INTERNET GOVERNANCE FORUM 2019\n\nMembers of the Nigerian Internet community "
            "met at the Muson Center, Lagos on 11th July 2019 for the yearly forum.\n",
            dt.date(2019, 7, 11),
        ),
        (
            "IGF 2018 Chair's Summary\n\n[ FINAL DRAFT LAST UPDATED 21 FEB 2019 ]\n\n"
            "Held from 12 to 14 November 2018, the IGF brought together many.\n",
            None,
        ),
        (  # a day without its year, the year the title gives
            "Ghana IGF 2025: A Landmark Event\n\nThe 2025 Ghana Internet Governance Forum, "
            "held on June 5th at the Accra International Conference Center, concluded.\n",
            dt.date(2025, 6, 5),
        ),
        (  # the days of a meeting are no session's date
            "IGF 2010\n\nIGF 2010, the fifth annual IGF Meeting, was held in Vilnius, Lithuania, "
            "on September 14-17, 2010.\n",
            None,
        ),
        (  # a sentence that opens with the day
            "Youth Forum Calls for Action\n\nBy: Rosa Lind\n\nThe forum grows. On May 14, 2024, "
            "the Youth IGF Chapter gathered partners, members of parliament and students in "
            "Kampala to discuss the policies that shape the digital economy of the country.\n",
            dt.date(2024, 5, 14),
        ),
        (
            "Forum national\n\nLe 3 juin 2016 s’est tenue la troisième édition du forum national "
            "sur la gouvernance de l’internet dans la salle de conférences de la maison des jeunes "
            "de la ville.\n",
            dt.date(2016, 6, 3),
        ),
        (
            "Jornada anual\n\nEl próximo 12 de abril de 2018 se celebrará en Sevilla la jornada "
            "anual del foro, donde se abordarán temas de tanta importancia como la privacidad y la "
            "protección de datos.\n",
            dt.date(2018, 4, 12),
        ),
        (  # "ce jeudi": a weekday before the day
            "Ouverture du forum\n\nLe Ministre a procédé ce mardi 4 Octobre 2016 à l'ouverture "
            "des travaux de la neuvième édition du forum régional sur la gouvernance de l'internet "
            "devant les délégués des pays.\n",
            dt.date(2016, 10, 4),
        ),
        (  # Portuguese months
            "Trilha 4\n\nA Trilha 4 do Fórum foi realizada no dia 03 de setembro de 2013 no "
            "centro de convenções da cidade, com painelistas de cada setor.\n",
            dt.date(2013, 9, 3),
        ),
        (  # "s'est ouvert hier jeudi ..."
            "Forum malien\n\nLa deuxième édition du forum malien sur la gouvernance de "
            "l’internet s’est ouvert hier jeudi 8 avril 2021 au siège de l’autorité.\n",
            dt.date(2021, 4, 8),
        ),
        (  # a dateline whose day the sentence after it gives again without its year
            "Forum national\n\nKinshasa, le 04 avril 2025 – La 5ème édition du Forum national "
            "s’est tenue le vendredi 04 avril à Kinshasa, sous un thème ambitieux.\n",
            dt.date(2025, 4, 4),
        ),
        (  # a day set off by commas in the sentence, the year the title gives
            "IGF Tunisie 2012\n\nLes associations de la société civile ont organisé, le 4 "
            "septembre, un forum national de la gouvernance de l’Internet à Hammamet.\n",
            dt.date(2012, 9, 4),
        ),
        (  # a post's time stamp, then the day the forum will meet, without its year
            "Sociedad\n\nEl foro aborda este jueves la red\n\n4 marzo, 2021 10:15\n\n"
            "El Foro de Gobernanza de Internet celebrará el próximo jueves, 11 de marzo, en "
            "Sevilla su décima edición, con debates sobre la red y la sociedad.\n",
            dt.date(2021, 3, 11),
        ),
        (  # the time stamp alone: the day it was posted
            "Sociedad\n\nEl foro se prepara\n\n4 marzo, 2021 10:15\n\nEl foro prepara su "
            "décima edición, con debates sobre la red y la sociedad en toda la región.\n",
            dt.date(2021, 3, 4),
        ),
        (
            "Forum national\n\nLe ministre de l’Economie numérique a présidé le 20 septembre "
            "2018 à l’hôtel Nomad l’ouverture du forum national sur la gouvernance de "
            "l’Internet.\n",
            dt.date(2018, 9, 20),
        ),
        (
            "Forum des jeunes 2024\n\nTenue le 20 novembre, la session a réuni des jeunes de "
            "tout le pays autour des réseaux communautaires et de la fracture numérique.\n",
            dt.date(2024, 11, 20),
        ),
        (
            "Forum national\n\nLa salle de conférence de Bobo-Dioulasso a abrité la 9ème "
            "édition du Forum sur la gouvernance de l’internet le jeudi 10 novembre 2022.\n",
            dt.date(2022, 11, 10),
        ),
    ],
)
def test_the_date_prose_gives_and_the_date_of_the_page(tmp_path: Path, text: str, date):
    assert _report(tmp_path, text).session.date == date


def test_a_flattened_table_names_its_speakers_and_their_organisations(tmp_path: Path):
    report = _report(
        tmp_path,
        "IGF Baku issue index (6 November 12)\n\nJump to particular days:\n\n"
        "Person Organization Summary Length\n"
        "Wu Hongbo  UNDESA Thanks. The IGF is important. 13 mins 14 secs\n"
        "Ali M. Abbasov Azerbaijan government Message from President: hello. 2 mins 24 secs\n"
        "Hamadoun Touré ITU The IGF is great. 10 mins 24 secs\n"
        "Premium content\n\nThe opening ceremony took place earlier today.\n",
    )
    assert [
        (p.name, p.role, p.organisation.name or p.organisation.acronym) for p in report.people
    ] == [
        ("Wu Hongbo", SPEAKER, "United Nations Department of Economic and Social Affairs"),
        ("Ali M. Abbasov", SPEAKER, "Government of Azerbaijan"),
        ("Hamadoun Touré", SPEAKER, "International Telecommunication Union"),
    ]
    assert report.unparsed == []


def test_speaking_on_behalf_of_a_country_is_for_its_government():
    text = (
        "The session was opened by Ms Krystyna Marty Lang addressing the attendees on behalf "
        "of the Swiss Confederation, who thanked all the participants."
    )
    assert _people(text) == [("Krystyna Marty Lang", SPEAKER, "Government of Switzerland", None)]


def test_a_name_given_in_full_elsewhere_is_known_by_one_word():
    known = known_names(
        find_mentions(
            "IGP partners Derrick Cogburn and Lee McKnight linked the IGF with Grenada. "
            "IGP partner Jeanette Hofmann spoke.",
            SPAN,
        ).people
    )
    assert known["Hofmann"] == "Jeanette Hofmann" and known["McKnight"] == "Lee McKnight"
    text = (
        "Hofmann also co-facilitated, with Elizabeth Longworth of UNESCO, the joint workshop. "
        "The session had five speakers from Athens — Dr. Cogburn, Dr. Alex Trigona (Diplo), "
        "Ambassador Clark (Barbados) — providing an overview."
    )
    assert _people_known(text, known) == [
        ("Jeanette Hofmann", MODERATOR, None, None),
        ("Elizabeth Longworth", MODERATOR, "UNESCO", None),
        ("Derrick Cogburn", SPEAKER, None, None),
        ("Alex Trigona", SPEAKER, "Diplo", None),
        ("Clark", SPEAKER, "Government of Barbados", "Ambassador"),
    ]


def test_a_plural_post_describes_every_name_of_its_list():
    text = "IGP partners Derrick Cogburn and Lee McKnight linked the IGF in Athens with Grenada."
    assert _people(text) == [
        ("Derrick Cogburn", PARTICIPANT, "IGP", "partners"),
        ("Lee McKnight", PARTICIPANT, "IGP", "partners"),
    ]


def _people_known(text: str, known: dict[str, str]) -> list[tuple]:
    return [
        (
            person.name,
            person.role,
            person.organisation and (person.organisation.name or person.organisation.acronym),
            person.title,
        )
        for person in find_mentions(text, SPAN, known=known).people
    ]


def _reports(tmp_path: Path, text: str) -> list[tuple]:
    path = tmp_path / "writeup.txt"
    path.write_text(text, encoding="utf-8")
    return [
        (
            report.session.title,
            [(p.name, p.role, p.organisation and p.organisation.name) for p in report.people],
        )
        for report in parse_all(read_source(path))
    ]


def test_a_writeup_naming_sessions_in_their_own_paragraphs_is_cut_into_them(tmp_path: Path):
    assert _reports(
        tmp_path,
        "LACIGF 2023: desafíos y retos para la gobernanza de Internet en la región\n\n"
        "Durante la primera jornada Paula Oteguy, Coordinadora de Relacionamiento Multisectorial "
        "y Alessia Zucchetti, Coordinadora de proyectos de Investigación y Cooperación con el "
        "apoyo de César Díaz y Miguel Ignacio Estrada, organizaron el panel “Oportunidades de "
        "apoyo para abordar desafíos” que buscó abarcar los desafíos regionales.\n\n"
        "Durante el panel “El aporte de los NRIs en el Pacto Digital Mundial”, Oteguy compartió "
        "la experiencia del último IGF Uruguay.\n",
    ) == [
        (
            "Oportunidades de apoyo para abordar desafíos",
            [
                ("Paula Oteguy", ORGANIZER, None),
                ("Alessia Zucchetti", ORGANIZER, None),
                ("César Díaz", ORGANIZER, None),
                ("Miguel Ignacio Estrada", ORGANIZER, None),
            ],
        ),
        (
            "El aporte de los NRIs en el Pacto Digital Mundial",
            [("Paula Oteguy", PARTICIPANT, None)],
        ),
    ]


def test_a_forum_writeup_is_cut_into_its_opening_keynote_and_panel(tmp_path: Path):
    path = tmp_path / "writeup.txt"
    path.write_text(
        "Highlights of the 9th Lakeland Internet Governance Forum\n\n"
        "The Lakeland Internet Governance Forum, held on 14 March 2024 in Port Alder, "
        "brought together more than two hundred people from every stakeholder group.\n\n"
        "Speaking while opening the session, Mara Quell, Convenor at Lakeland ICT Network, "
        "welcomed the participants.\n\n"
        "In her keynote, Ines Varga, Director General of the Lakeland Communications "
        "Authority, spoke of the regulator's plans.\n\n"
        "Later in the day, a panel moderated by Tomas Reed discussed content regulation.\n\n"
        "Reed's panelists, Lina Okafor, Head of Policy at Lakenet, and Piet Smal of the "
        "Alder Institute, agreed that data protection matters.\n",
        encoding="utf-8",
    )
    reports = parse_all(read_source(path))
    assert [
        (
            r.session.title,
            r.session.type,
            r.session.date,
            sorted((p.name, p.role) for p in r.people),
        )
        for r in reports
    ] == [
        ("Highlights of the 9th Lakeland Internet Governance Forum", "nri session", DAY, []),
        (None, "other", DAY, [("Mara Quell", SPEAKER)]),
        (None, "other", DAY, [("Ines Varga", SPEAKER)]),
        (
            None,
            None,
            DAY,
            [("Lina Okafor", SPEAKER), ("Piet Smal", SPEAKER), ("Tomas Reed", MODERATOR)],
        ),
    ]


def test_one_workshop_opened_by_its_moderator_stays_one_session(tmp_path: Path):
    assert _reports(
        tmp_path,
        "Notes from our workshop\n\n"
        "Mara Quell opened the workshop with welcome remarks and set out the questions.\n\n"
        "A panel of three then answered them; Lina Okafor said that access comes first.\n",
    ) == [
        (
            "Notes from our workshop",
            [("Mara Quell", SPEAKER, None), ("Lina Okafor", SPEAKER, None)],
        )
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ana Ruiz was rapporteur for the ‘Supply Chains and Resilience‘ session.",
            "Supply Chains and Resilience",
        ),
        ("Ana Ruiz spoke at the main session on ‘BPF Cybersecurity‘.", "BPF Cybersecurity"),
        (
            "A Plenary Session addressed the pressing issue of “Upholding rights online.” "
            "Ana Ruiz moderated it.",
            "Upholding rights online",
        ),
        (
            "One point of “Smarter Networks,” a panel moderated by Ana Ruiz, was IPv6.",
            "Smarter Networks",
        ),
    ],
)
def test_sessions_named_in_running_text(text: str, title: str):
    assert [named for named, _ in named_sessions(text)] == [title]


def test_a_theme_in_quotes_before_the_forum_names_no_session():
    assert named_sessions("Under the theme “Building a Digital Future,” the forum met.") == []


def test_a_page_of_titled_sessions_with_their_people_is_cut_into_them(tmp_path: Path):
    assert _reports(
        tmp_path,
        "IGF 2009 and the Internet Society\n\nWhen: 15-18 November 2009\n\n"
        "Fostering Quality Internet Contents: Using Contest Mechanism\n\n"
        "Internet Society Discussant: Lynn St. Amour\n"
        "Workshop Purpose: The joint session addresses Internet content.\n\n"
        "Internet Governance in the light of the WSIS Principles\n\n"
        "Internet Society Moderator: Bill Graham\n"
        "Workshop Purpose: The session will discuss the principles.\n",
    ) == [
        (
            "Fostering Quality Internet Contents: Using Contest Mechanism",
            [("Lynn St. Amour", SPEAKER, "Internet Society")],
        ),
        (
            "Internet Governance in the light of the WSIS Principles",
            [("Bill Graham", MODERATOR, "Internet Society")],
        ),
    ]


@pytest.mark.parametrize(
    ("text", "year", "kind"),
    [
        (
            "Deuxième réunion du Forum sur la gouvernance de l’Internet (FGI)\n\n"
            "Rio de Janeiro, 12 - 15 novembre 2007\n\nLes séances principales ont eu lieu.\n",
            2007,
            None,
        ),
        (
            "Resource type\n\n[Read more session reports from the 12th Internet Governance "
            "Forum]\n\nThe session was opened by Ms Krystyna Marty Lang on behalf of the host.\n",
            2017,
            None,
        ),
        (
            "Closing Ceremony\n\nThe closing ceremony of the 19th IGF ended the week.\n",
            2024,
            "other",
        ),
        ("NRIs Virtual Meeting II, 28 March 2018\n\nThe meeting was held online.\n", 2018, "other"),
        (
            "NIGERIA INTERNET GOVERNANCE FORUM 2019\n\nOn 11th July 2019, stakeholders met.\n",
            2019,
            "nri session",
        ),
    ],
)
def test_meeting_year_and_type_from_ordinals_and_names(
    tmp_path: Path, text: str, year: int, kind: str | None
) -> None:
    session = _report(tmp_path, text).session
    assert (session.year, session.type) == (year, kind)


def test_an_acronym_takes_the_name_the_document_spells_it_out_with(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        "NIGERIA INTERNET GOVERNANCE FORUM 2019\n\nMembers met for the yearly Nigeria Internet "
        "Governance Forum (NIGF). The welcome address was delivered by the NIGF Coordinator, "
        "Mrs. Mary Uduma.\n",
    )
    assert [(p.name, p.role, p.organisation.name) for p in report.people] == [
        ("Mary Uduma", SPEAKER, "Nigeria Internet Governance Forum")
    ]


@pytest.mark.parametrize(
    ("country", "government"),
    [
        ("Kenya", "Government of Kenya"),
        ("United States", "Government of the United States"),
        ("Korea, Republic of", "Government of the Republic of Korea"),
        ("Netherlands", "Government of the Netherlands"),
    ],
)
def test_a_countrys_government_is_named_as_people_name_it(country: str, government: str):
    assert government_of(country) == government


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The opening was addressed by Norwegian Minister of Digitalisation Karianne Tung.",
            [
                (
                    "Karianne Tung",
                    SPEAKER,
                    "Government of Norway",
                    "Norwegian Minister of Digitalisation",
                )
            ],
        ),
        (
            "Prime Minister Jonas Gahr Støre of Norway welcomed the delegates.",
            [("Jonas Gahr Støre", SPEAKER, "Government of Norway", "Prime Minister")],
        ),
        (
            "The Kenyan Minister Ana Wambui took part in the debate.",
            [("Ana Wambui", PARTICIPANT, "Government of Kenya", "Kenyan Minister")],
        ),
    ],
)
def test_a_post_before_a_name_leaves_the_name_whole_and_gives_the_government(
    text: str, expected: list
) -> None:
    assert _people(text) == expected


def test_an_office_alone_after_an_article_names_no_one() -> None:
    text = "Prime Minister Jonas Gahr Støre spoke first. The Prime Minister stressed openness."
    assert [p[0] for p in _people(text)] == ["Jonas Gahr Støre"]


def test_a_project_with_its_address_in_brackets_is_no_person() -> None:
    text = (
        "The workshop is organised by Proyecto Aporta (http://www.example.es/aporta) and "
        "moderated by Ana Ruiz of the Internet Society."
    )
    assert [(p[0], p[1], p[2]) for p in _people(text)] == [
        ("Ana Ruiz", MODERATOR, "Internet Society")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Kofi Mensah, Forum Programme Manager, moderated the opening ceremony.",
            [("Kofi Mensah", MODERATOR, None, "Forum Programme Manager")],
        ),
        (
            "The next speaker, Mr Paul Okafor, the Director-General of the Agency, spoke.",
            [("Paul Okafor", SPEAKER, "Agency", "Director-General")],
        ),
    ],
)
def test_a_role_after_a_description_and_the_next_speaker(text: str, expected: list) -> None:
    assert _people(text) == expected


def test_a_numbered_paragraph_with_a_date_and_st_is_prose_not_an_address(tmp_path: Path):
    """ "8 November. Ms. Rosa St. Clair" looks like a street address ("8 ... St") but is a
    sentence: its people are read, the one who "represented" a body with it."""
    report = _report(
        tmp_path,
        "Virtual MAG Meeting IV\n\n3 March 2021\n\n1.      The fourth virtual meeting was "
        "held on 3 March. Ms. Rosa St. Clair moderated the meeting as Chair of the MAG and "
        "Mr. Tomas Berg represented the IGF Secretariat. The recording is on the website "
        "here:\n",
    )
    assert [(p.name, p.role, p.organisation and p.organisation.name) for p in report.people] == [
        ("Rosa St. Clair", MODERATOR, None),
        ("Tomas Berg", PARTICIPANT, "IGF Secretariat"),
    ]


def test_a_description_gives_the_people_it_gives_a_role_not_the_ones_it_cites(tmp_path: Path):
    """Prose under "Background" (a description) names people in two ways: the chair and
    the keynote of the meeting are read, an author it only cites is not."""
    report = _report(
        tmp_path,
        "Background\n\nThe meeting will be chaired by Rasa Jonaitis, Lithuanian Minister of "
        "Transport. Ana Ruiz will give a keynote address. The theme follows the report "
        "Peter Okafor wrote in 2009.\n",
    )
    assert [(p.name, p.role) for p in report.people] == [
        ("Rasa Jonaitis", CHAIR),
        ("Ana Ruiz", SPEAKER),
    ]


def test_a_report_saying_its_people_were_speakers_makes_them_speakers(tmp_path: Path):
    """ "The ceremony featured 6 speakers who ...": the people the report then names
    spoke; without such a sentence, people it only says were there take part."""
    text = (
        "Opening session\n\nThe opening ceremony {cue} who stressed the role of the forum.\n\n"
        "Ms Rosa Lind, Minister of Digital Affairs of Estonia, was in the front row.\n\n"
        "Mr Tomas Berg, CEO of Example Networks, joined the audience.\n"
    )
    spoke = _report(tmp_path, text.format(cue="featured 6 speakers"))
    assert [(p.name, p.role) for p in spoke.people] == [
        ("Rosa Lind", SPEAKER),
        ("Tomas Berg", SPEAKER),
    ]
    named = _report(tmp_path, text.format(cue="gathered many participants"))
    assert [(p.name, p.role) for p in named.people] == [
        ("Rosa Lind", PARTICIPANT),
        ("Tomas Berg", PARTICIPANT),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rosa Lind, Estonia’s State Secretary for Digitalisation, spoke about the forum.",
            [
                (
                    "Rosa Lind",
                    SPEAKER,
                    "Government of Estonia",
                    "State Secretary for Digitalisation",
                )
            ],
        ),
        (
            "Moderated by Amina Hassan from the Egyptian government, the session began.",
            [("Amina Hassan", MODERATOR, "Government of Egypt", None)],
        ),
        (
            "Mr Paul Okafor, the Secretary-General of the United Nations (UN), warned of it.",
            [("Paul Okafor", SPEAKER, "United Nations", "Secretary-General")],
        ),
    ],
)
def test_a_countrys_post_a_national_government_and_a_body_with_its_acronym(
    text: str, expected: list
) -> None:
    assert _people(text) == expected


def test_organisers_named_right_after_the_word_are_organisers() -> None:
    text = (
        "The session closed with thanks from EuroDIG organizers Ana Ruiz and Tomas Berg, "
        "who thanked the hosts."
    )
    assert [(p[0], p[1]) for p in _people(text)] == [
        ("Ana Ruiz", ORGANIZER),
        ("Tomas Berg", ORGANIZER),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "European Commission Executive Vice President Rosa Lind outlined the strategy.",
            [("Rosa Lind", SPEAKER, "European Commission", "Executive Vice President")],
        ),
        (
            "Internet Society President Tomas Berg outlined the strategy.",
            [("Tomas Berg", SPEAKER, "Internet Society", "President")],
        ),
        (  # the body after the name is theirs, not the network they partner with
            "Example Network partner Professor Ana Ruiz of Lagos University spoke.",
            [("Ana Ruiz", SPEAKER, "Lagos University", "partner")],
        ),
    ],
)
def test_a_body_named_before_a_post_before_a_name(text: str, expected: list) -> None:
    assert _people(text) == expected


def test_an_honorary_chair_for_these_meetings_chairs() -> None:
    text = (
        "I would like to call the honorary Chair for these meetings, Dr. Ana Ruiz, head of "
        "relations at the Example Authority."
    )
    assert [(p[0], p[1]) for p in _people(text)] == [("Ana Ruiz", CHAIR)]


def test_the_forums_chairman_before_a_name_chairs() -> None:
    """ "led by 2014 forum chairman, Ana Ruiz of ...": the meeting's own chair; a body's
    chairman before a name is no chair of the meeting."""
    text = (
        "Day two centres on growth, with discussions led by 2014 forum chairman, Ana Ruiz of "
        "Tech Today. The ICANN Board chairman, Tomas Berg, spoke."
    )
    assert [(p[0], p[1]) for p in _people(text)] == [("Ana Ruiz", CHAIR), ("Tomas Berg", SPEAKER)]


def test_an_and_inside_a_post_keeps_the_post_and_its_body_whole() -> None:
    text = (
        "The session was moderated by Ana Ruiz, global security and Internet policy "
        "specialist at Example Corporation."
    )
    assert _people(text) == [
        (
            "Ana Ruiz",
            MODERATOR,
            "Example Corporation",
            "global security and Internet policy specialist",
        )
    ]


def test_a_mail_archives_date_line_names_no_one(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        "[forum] Draft programme now online\n\nLena Ortiz lena@example.org\n"
        "Tue May 1 04:58:06 2007\n\nThe draft programme of the consultation is now online.\n",
    )
    assert report.people == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an announcement's list, its people apart by semicolons
            "Speakers include Ana Ruiz from the Open Rights and Freedoms Dynamic Coalition; "
            "Bela Nagy from the Example Web Foundation; Chen Wei from the Digital Access "
            "Foundation.",
            [
                ("Ana Ruiz", SPEAKER, "Open Rights and Freedoms Dynamic Coalition", None),
                ("Bela Nagy", SPEAKER, "Example Web Foundation", None),
                ("Chen Wei", SPEAKER, "Digital Access Foundation", None),
            ],
        ),
        (
            "The speakers will be Ana Ruiz and Chen Wei; the moderator will be Bela Nagy.",
            [
                ("Ana Ruiz", SPEAKER, None, None),
                ("Chen Wei", SPEAKER, None, None),
                ("Bela Nagy", MODERATOR, None, None),
            ],
        ),
        (  # a ministry's portfolio goes on after "and"; another person after "and" does not
            "Ana Ruiz of the Ministry of Science and Technology and Chen Wei of Example Now "
            "presented the study.",
            [
                ("Ana Ruiz", SPEAKER, "Ministry of Science and Technology", None),
                ("Chen Wei", SPEAKER, "Example Now", None),
            ],
        ),
    ],
)
def test_an_announcements_speakers_and_an_and_inside_a_body(text: str, expected: list) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        (
            "Thursday, July 26, 2012 – The panel met as the House passed two bills.",
            dt.date(2012, 7, 26),
        ),
        ("Date Sep. 14, 2010 – Sep. 17, 2010", None),  # the meeting's days, no dateline
    ],
)
def test_a_dateline_dates_the_session(tmp_path: Path, first_line: str, expected) -> None:
    report = _report(
        tmp_path,
        f"Brief session description:\n{first_line}\n\n"
        "Ana Ruiz of the Example Foundation moderated the panel on network security.\n",
    )
    assert report.session.date == expected


def test_a_wikis_and_a_schedules_furniture_is_no_title(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        "Personal tools\n\nNavigation\n\nAccess the Agenda in English Français\n\n"
        "Opening Sessions\n\nThe forum opened with remarks from the host country on access.\n",
    )
    assert report.session.title == "Opening Sessions"


def test_french_and_spanish_salutations_are_no_part_of_a_name() -> None:
    text = (
        "La réunion a connu la présence de Madame Rosa Lind, Chargée des Projets, et de "
        "Monsieur Adé BADA. La sesión contó con la presencia de la Señora Mio Tanaka."
    )
    assert [name for name, _, _, _ in _people(text)] == ["Rosa Lind", "Adé Bada", "Mio Tanaka"]


def test_a_rank_before_a_word_and_a_city_with_its_country_are_nobody() -> None:
    text = (
        "The dialogue takes place in December at the United Nations Office, Geneva "
        "Switzerland. 2.1 General Overview 3 2.2 Key outcomes 4. Rosa Lind, Director, spoke."
    )
    assert [name for name, _, _, _ in _people(text)] == ["Rosa Lind"]


def test_french_presentations_in_turn_are_speakers() -> None:
    text = (
        "Le panel consistait de 4 présentations. Rosa Lind de SES a commencé par sa "
        "présentation. Il a été suivi de Tomas Berg, qui a mis à jour la communauté. Mio "
        "Tanaka a par la suite donné une présentation, après quoi Paul Okafor a conclu la "
        "session."
    )
    assert [(name, role) for name, role, _, _ in _people(text)] == [
        ("Rosa Lind", SPEAKER),
        ("Tomas Berg", SPEAKER),
        ("Mio Tanaka", SPEAKER),
        ("Paul Okafor", SPEAKER),
    ]


def test_a_mayor_of_a_city_and_a_given_name_that_is_also_a_town() -> None:
    text = (
        "La sesión inaugural contó con la presencia de Mario Ferreiro, intendente de la "
        "Ciudad de Asunción, David Ocampos Negreiros, ministro a cargo de SENATICS, y Raquel "
        "Gatto."
    )
    assert [name for name, _, _, _ in _people(text)] == [
        "Mario Ferreiro",
        "David Ocampos Negreiros",
        "Raquel Gatto",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Lind, su coordinadora desde el origen, recordó que el foro era nuevo.",
        "En ese sentido, Rosa Lind, directora en Telefónica, ha advertido que hay temas.",
        "Rosa Lind, adjunta a la presidencia de la AEPD, fue especialmente clara: “Sin "
        "confianza no hay innovación”.",
        "Après une introduction de Rosa Lind, la représentante, Tomas Berg, Directeur de la "
        "Francophonie économique et numérique a présenté l’action de l’OIF.",
    ],
)
def test_spanish_and_french_reported_speech_makes_speakers(text: str) -> None:
    assert {role for _, role, _, _ in _people(text)} == {SPEAKER}


def test_a_description_without_its_closing_comma_is_no_speech_act() -> None:
    text = "Emin Milli, the blogger mentioned in my last post, as well as others made a point."
    assert [(name, role) for name, role, _, _ in _people(text)] == [("Emin Milli", PARTICIPANT)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Status:\nIGF Theme(s) for workshop: Security\nThe workshop will look at risks.\n", None),
        (
            "Le site Web du forum est www.example.org. Les informations sont sur « Twitter ».\n\n"
            "Forum africain sur la gouvernance de l`internet AfIGF 2012\n",
            "Forum africain sur la gouvernance de l'internet AfIGF 2012",
        ),
    ],
)
def test_a_label_and_a_sentence_are_no_titles(tmp_path: Path, text: str, title: str | None):
    assert _report(tmp_path, text).session.title == title


def test_french_honours_and_an_opening_and_a_continent_first() -> None:
    text = (
        "Il existe un forum de l'Internet en Afrique Centrale (FGI-CA). La conférence a été "
        "ouverte par Son Excellence l'Ingénieur Rosa Lind et Monsieur Tomas Berg."
    )
    assert [(name, role) for name, role, _, _ in _people(text)] == [
        ("Rosa Lind", SPEAKER),
        ("Tomas Berg", SPEAKER),
    ]


def test_a_cue_before_a_colon_reaches_a_list_of_entries_cut_by_semicolons() -> None:
    text = (
        "The forum will review its framework. Among the presenters are: Rosa Lind, Secretary "
        "General, CTU; Tomas Berg, Internet Strategist, Packet Clearing House; Mio Tanaka, "
        "American Registry for Internet Numbers; Paul Okafor, Manager, ICANN."
    )
    assert [(name, role) for name, role, _, _ in _people(text)] == [
        ("Rosa Lind", SPEAKER),
        ("Tomas Berg", SPEAKER),
        ("Mio Tanaka", SPEAKER),
        ("Paul Okafor", SPEAKER),
    ]


def test_spanish_posts_before_names_and_a_ministry_that_is_no_person() -> None:
    """ "el presidente de la Asociación ..., Rosa Lind": the post and body before a name
    describe it and a cue before them reaches it; "la Secretaría de Hacienda" is a
    ministry, no person."""
    text = (
        "En la sede de la Secretaría de Hacienda, la inauguración estuvo encabezada por el "
        "presidente de la Asociación de Internet MX, Rosa Lind; el director de la Fundación "
        "Datos Abiertos, Tomas Berg, y Mio Tanaka."
    )
    assert _people(text) == [
        ("Rosa Lind", SPEAKER, "Asociación de Internet MX", "presidente"),
        ("Tomas Berg", SPEAKER, "Fundación Datos Abiertos", "director"),
        ("Mio Tanaka", SPEAKER, None, None),
    ]


def test_capitalised_spanish_titles_before_a_name_are_no_person() -> None:
    text = (
        "La inauguración estuvo encabezada por el Comisionado Presidente del IFT, Rosa Lind, "
        "y Tomas Berg."
    )
    assert _people(text) == [
        ("Rosa Lind", SPEAKER, "IFT", "Comisionado Presidente"),
        ("Tomas Berg", SPEAKER, None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "« Le réseau doit rester ouvert », a déclaré M. Rosa Lind.",
        "Rosa Lind, vice-ministre de l'industrie, a accueilli les participants.",
        "Rosa Lind dio la bienvenida a los asistentes del foro.",
    ],
)
def test_french_monsieur_abbreviated_and_welcoming_the_room_make_a_speaker(text: str) -> None:
    assert [(name, role) for name, role, _, _ in _people(text)] == [("Rosa Lind", SPEAKER)]


def test_an_initial_m_is_no_monsieur() -> None:
    assert clean_name("M. K. Lind")[0] == "M. K. Lind"
    assert clean_name("M. Rosa Lind")[0] == "Rosa Lind"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Il y eut un panel constitué de Rosa Lind et Tomas Berg.", SPEAKER),
        ("Le débat s'est tenu sous la modération de Rosa Lind et Tomas Berg.", MODERATOR),
        ("The forum closed with a panel made up of Rosa Lind and Tomas Berg.", SPEAKER),
        ("Siguió una mesa integrada por Rosa Lind y Tomas Berg.", SPEAKER),
    ],
)
def test_a_panel_made_up_of_people_and_a_debate_under_their_moderation(text: str, role) -> None:
    assert [(name, r) for name, r, _, _ in _people(text)] == [
        ("Rosa Lind", role),
        ("Tomas Berg", role),
    ]


@pytest.mark.parametrize(
    "salutation",
    ["Mr.", "Ms", "Dr.", "Sen.", "Hon.", "Dame", "Monsieur", "M.", "Madame", "Señora", "H.E."],
)
def test_one_list_of_salutations_serves_prose_and_entries(salutation: str) -> None:
    """The prose reader and the entry reader drop the same salutations before a name."""
    assert [name for name, _, _, _ in _people(f"{salutation} Rosa Lind said it stays open.")] == [
        "Rosa Lind"
    ]
    assert read_entry(f"{salutation} Rosa Lind, Internet Society").name == "Rosa Lind"


@pytest.mark.parametrize(
    "text",
    [
        "La inauguración estuvo encabezada por Rosa Lind y Tomas Berg.",
        "El panel reunió a expertos de la región, entre ellos, Rosa Lind y Tomas Berg.",
        "Delivering remarks from their organisations were Rosa Lind, Head of Office, ARIN; "
        "Tomas Berg, Director, LACNIC.",
        "The panelists, Rosa Lind (ITU) and Tomas Berg (USP), took questions.",
        "Her panelists, Rosa Lind, Swiss Digital Policy, Tomas Berg, Head of Regulatory "
        "Affairs at Safaricom.",
        "Second panel: Rosa Lind (ITU) and Tomas Berg (USP) the first panelists on access.",
        "Dans son allocution d'introduction, Monsieur Rosa Lind a retracé l'historique, puis "
        "Tomas Berg a présenté le rapport.",
        "Madame Rosa Lind a procédé ce jeudi à l'ouverture des travaux. Tomas Berg believes "
        "that the network must stay open.",
        "Rosa Lind, catedrática de la UAM, abrió la jornada, y Tomas Berg intervino después.",
        "A prime example was Rosa Lind who told us about mobile money. Tomas Berg will focus on "
        "community networks.",
    ],
)
def test_cues_of_speaking_in_write_ups_reach_both_names(text: str) -> None:
    """Spanish openings, panels named after their experts, remarks, allocutions and the
    verbs of write-ups make both people named speakers."""
    assert [(name, role) for name, role, _, _ in _people(text)] == [
        ("Rosa Lind", SPEAKER),
        ("Tomas Berg", SPEAKER),
    ]


def test_spanish_sentence_openers_working_groups_and_mechanisms_are_nobody() -> None:
    text = (
        "En Lima se realizó el evento más grande del año. El taller abordó el cierre del "
        "mandato del Grupo de Trabajo OEWG (2021–2025) y un posible Mecanismo Permanente de "
        "Ciberseguridad de la ONU, con Rosa Lind, de la Misión Permanente de Chile."
    )
    assert [name for name, _, _, _ in _people(text)] == ["Rosa Lind"]


def test_md_before_a_given_name_is_part_of_the_name() -> None:
    """ "Md." abbreviates Mohammad, no title (nameparser takes it for Medical Doctor)."""
    assert _people("Mr. Md. Rafiq Hasan said the forum must go on.")[0][0] == "Md. Rafiq Hasan"
    assert clean_name("Md. Rafiq Hasan")[0] == "Md. Rafiq Hasan"


def test_a_word_opening_the_sentence_is_no_part_of_the_name_after_it() -> None:
    assert _people("When Markus told me a year ago that he was worried, I agreed.") == []
    assert [name for name, _, _, _ in _people("After Rosa Lind spoke, the forum closed.")] == [
        "Rosa Lind"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "O moderador Rui Tavares (Rede Aberta, Brasil) iniciou a sessão com uma pergunta.",
            [("Rui Tavares", MODERATOR, "Rede Aberta", None)],
        ),
        (
            "Clara Mota (Instituto Nuvem, Brasil) propôs novos espaços de diálogo.",
            [("Clara Mota", SPEAKER, "Instituto Nuvem", None)],
        ),
        (
            "La moderadora Ana Ruiz (ISOC) abrió la sesión.",
            [("Ana Ruiz", MODERATOR, "ISOC", None)],
        ),
        (
            "Foi coordenada pelo Secretário Executivo do NIC.xy Otto Brandt. A abertura foi breve.",
            [("Otto Brandt", MODERATOR, None, None)],
        ),
        (
            "The session was moderated by the Executive Secretary of NIC.xy Otto Brandt.",
            [("Otto Brandt", MODERATOR, None, None)],
        ),
    ],
)
def test_portuguese_cues_and_a_post_between_cue_and_name(text: str, expected: list[tuple]):
    assert _people(text) == expected


def test_themes_the_panellists_raised_are_nobody(tmp_path: Path):
    assert _reports(
        tmp_path,
        "Trilha 2 - Direitos na Rede\n\n"
        "Coordenação: Rui Tavares (Conselheiro do Comitê Gestor)\n\n"
        "Foram identificados como temas apontados pelos painelistas e participantes da trilha:\n\n"
        "• Privacidade\n\n• Liberdade de Expressão\n\n• Inimputabilidade da Rede\n",
    ) == [("Trilha 2 - Direitos na Rede", [("Rui Tavares", MODERATOR, "Comitê Gestor")])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruiz, Kofi Mensah and Lea Kaspar delivered opening remarks.",
            [("Ana Ruiz", SPEAKER), ("Kofi Mensah", SPEAKER), ("Lea Kaspar", SPEAKER)],
        ),
        (
            "Paul Ardent, ambassadeur de la Lunavie auprès des pays du Nord et membre du groupe "
            "consultatif de l’ICANN ; Ralph Mirov, PDG d’Ucom ; et Léa Vornet, directrice du "
            "centre de coordination pour le TLD, ont prononcé les discours d’ouverture.",
            [("Paul Ardent", SPEAKER), ("Ralph Mirov", SPEAKER), ("Léa Vornet", SPEAKER)],
        ),
        (
            "Idriss Kanem, président du comité d’organisation de l’IGF a souhaité la bienvenue "
            "à tous les participants.",
            [("Idriss Kanem", SPEAKER)],
        ),
        (
            "Relatores da Trilha: Raquel Sobral e Mateus Prado. Data: 17/10/2015",
            [("Raquel Sobral", RAPPORTEUR), ("Mateus Prado", RAPPORTEUR)],
        ),
        ("Ana D’Avila said that the forum matters.", [("Ana D’Avila", SPEAKER)]),
    ],
)
def test_a_list_of_speakers_and_french_and_portuguese_cues(text: str, expected: list[tuple]):
    assert [(name, role) for name, role, _, _ in _people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Por fim, Iván Prado (Vice-ministro de Telecomunicações, Bolívia) propôs novas "
            "discussões.",
            ("Iván Prado", "Government of Bolivia", "Vice-ministro de Telecomunicações"),
        ),
        (
            "Paul Ardent, ambassadeur du Royaume-Uni en Arménie, a déclaré que le forum compte.",
            (
                "Paul Ardent",
                "Government of the United Kingdom",
                "ambassadeur du Royaume-Uni en Arménie",
            ),
        ),
        (
            "Rui Tavares (Internet Society Bolívia, Bolívia) iniciou a sessão.",
            ("Rui Tavares", "Internet Society Bolívia", None),
        ),
        (
            "Clara Mota (Internet Society Capítulo Brasil) propôs novos espaços.",
            ("Clara Mota", "Internet Society Capítulo Brasil", None),
        ),
    ],
)
def test_officials_serve_the_government_their_country_names_in_any_language(
    text: str, expected: tuple
):
    assert [(name, organisation, post) for name, _, organisation, post in _people(text)] == [
        expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Moderated by Athanase Bahizi, the session brought together a panel: Mila Antoni "
        "(Youth IGF Tanzania) and Wisdom Dor (Open Data Foundation).",
        "Animée par Athanase Bahizi, la session a réuni un panel d’experts distingués : Mila "
        "Antoni (Youth IGF Tanzanie) et Wisdom Dor (Open Data Foundation). La discussion suivit.",
    ],
)
def test_a_sentence_before_a_colon_is_prose_and_its_panel_speaks(tmp_path: Path, text: str):
    ((title, people),) = _reports(tmp_path, f"Session des jeunes\n\n{text}\n")
    assert (title, sorted(people)) == (
        "Session des jeunes",
        sorted(
            [
                ("Athanase Bahizi", MODERATOR, None),
                (
                    "Mila Antoni",
                    SPEAKER,
                    "Youth IGF Tanzania" if "Tanzania" in text else "Youth IGF Tanzanie",
                ),
                ("Wisdom Dor", SPEAKER, "Open Data Foundation"),
            ],
        ),
    )


def test_a_consortium_among_funders_is_nobody(tmp_path: Path):
    assert _reports(
        tmp_path,
        "IGF Italia 2012\n\nFunding organization:\n"
        "Nexa Center for Internet & Society, Top-Ix Consortium, CSP – Innovazione nelle ICT, "
        "Fondazione Torino Wireless\n",
    ) == [("IGF Italia 2012", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La ministre de l’Économie Numérique a salué le forum, a déclaré Vital Kamerhe.",
            [("Vital Kamerhe", SPEAKER)],
        ),
        (
            "Le forum s’est tenu au Campus Numérique Francophone de Kinshasa, en République "
            "Démocratique du Congo, a souligné Idriss Kanem.",
            [("Idriss Kanem", SPEAKER)],
        ),
    ],
)
def test_common_french_spanish_portuguese_words_are_nobody(text: str, expected: list[tuple]):
    assert [(name, role) for name, role, _, _ in _people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Developing countries are under-represented, according to Edith Adel from the "
            "Research Council, who funded the event.",
            [("Edith Adel", SPEAKER)],
        ),
        (
            "On Monday, Andrew Sulla, our CEO, participated at High-Level Leaders Track: Social "
            "Development.",
            [("Andrew Sulla", SPEAKER)],
        ),
        ("Ana Ruiz participated in the forum.", [("Ana Ruiz", PARTICIPANT)]),
        (
            "La defensa de los valores convocó el Ministro de Comunicaciones, Jorge Luis Perdo, "
            "en el Foro.",
            [("Jorge Luis Perdo", SPEAKER)],
        ),
        (
            "Por su parte, afirmó la ministra Ana Ruiz que el foro es clave.",
            [("Ana Ruiz", SPEAKER)],
        ),
    ],
)
def test_reported_speech_before_the_name_and_taking_part_in_a_panel(
    text: str, expected: list[tuple]
):
    assert [(name, role) for name, role, _, _ in _people(text)] == expected


def test_a_panel_told_of_without_quotes_takes_the_title_it_was_on(tmp_path: Path):
    assert _reports(
        tmp_path,
        "El Foro de Gobernanza de Internet reunió a 150 personas en Madrid\n\n"
        "La primera mesa redonda del Foro versó sobre Internet de las Cosas y las ciudades "
        "inteligentes. Moderada por Alfredo Paz, contó con la participación de Richard Benja.\n\n"
        "El evento fue inaugurado por Víctor Calvo, secretario de Estado.\n",
    ) == [
        ("El Foro de Gobernanza de Internet reunió a 150 personas en Madrid", []),
        (
            "Internet de las Cosas y las ciudades inteligentes",
            [("Alfredo Paz", MODERATOR, None), ("Richard Benja", SPEAKER, None)],
        ),
        (None, [("Víctor Calvo", SPEAKER, None)]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Abu Hena Morshed Zaman was the Chief Guest on the first day.",
            [("Abu Hena Morshed Zaman", SPEAKER)],
        ),
        ("The Chief Guest, Ana Ruiz, opened the forum.", [("Ana Ruiz", SPEAKER)]),
        (
            "Special Guest of Honour Mr. Kyrre Holm, Deputy Head of Mission, spoke.",
            [("Kyrre Holm", SPEAKER)],
        ),
    ],
)
def test_a_chief_guest_speaks_and_abu_begins_a_name(text: str, expected: list[tuple]):
    assert [(name, role) for name, role, _, _ in _people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No painel, Gisela Inácio do Ministério das Telecomunicações, Moçambique, falou.",
            [("Gisela Inácio", "Ministério das Telecomunicações")],
        ),
        (
            "Mr Emmanuel Elolo Agbeno Président du comité d’organisation du Forum, a précisé "
            "que les libertés comptent.",
            [("Emmanuel Elolo Agbeno", None)],
        ),
        ("La sesión se realizó en el Salón Enrique Sazié, dijo Ana Ruiz.", [("Ana Ruiz", None)]),
        ("El taller tuvo lugar en Santiago de Chile, dijo Ana Ruiz.", [("Ana Ruiz", None)]),
        ("— ARTP SENEGAL (@Artp_Senegal) July 10, 2024", []),
        ("Maria do Carmo Silva said that access matters.", [("Maria do Carmo Silva", None)]),
    ],
)
def test_where_a_name_ends_rooms_and_bodies_with_their_country(text: str, expected: list[tuple]):
    assert [(name, organisation) for name, _, organisation, _ in _people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selon le Pr Abdelaziz Hilal, président du forum, a déclaré que tout va bien.",
            [("Abdelaziz Hilal", None)],
        ),
        (
            "Estuvieron con nosotros Andrés Piaz de LACNIC (Argentina), Raquel Gat de Internet "
            "Society (Brazil), y Manuel Haces del Registro de Direcciones de Internet (México).",
            [
                ("Andrés Piaz", "LACNIC"),
                ("Raquel Gat", "Internet Society"),
                ("Manuel Haces", "Registro de Direcciones de Internet"),
            ],
        ),
        (
            "Sous la conduite de Sa Majesté le Roi Mohammed VI, le pays a avancé, a déclaré Ana "
            "Ruiz.",
            [("Ana Ruiz", None)],
        ),
        (
            "O deputado Alessandro Molon, relator do Marco Civil da Internet, explicou os pontos.",
            [("Alessandro Molon", None)],
        ),
    ],
)
def test_pr_a_body_with_its_country_a_king_and_a_law(text: str, expected: list[tuple]):
    assert [(name, organisation) for name, _, organisation, _ in _people(text)] == expected


def test_a_hyphenated_word_is_a_given_name_only_when_its_second_part_is_no_common_word() -> None:
    text = (
        "The session compared treaty talks with On-Ground Experiences of police units. "
        "Jean-Robert Mbeki and Anne-Lise Dufour said the treaty was a start."
    )
    assert [name for name, _, _, _ in _people(text)] == ["Jean-Robert Mbeki", "Anne-Lise Dufour"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A trilha teve três momentos, primeiro com as falas dos debatedores Rui Tavares "
            "(ITS-Rio), Clara Nunes (Acessocard) e Paulo Brito (Colivre).",
            [("Rui Tavares", SPEAKER), ("Clara Nunes", SPEAKER), ("Paulo Brito", SPEAKER)],
            id="as-falas-dos-debatedores",
        ),
        pytest.param(
            "El foro será inaugurado por el secretario de Estado para la Sociedad de la "
            "Información y la Agenda Digital, D. Tomás Herrera Vidal y D. Luis Gómez Prieto, "
            "coordinador del foro.",
            [("Tomás Herrera Vidal", SPEAKER), ("Luis Gómez Prieto", SPEAKER)],
            id="a-cue-a-post-a-comma-then-the-names",
        ),
        pytest.param(
            "The event will be opened by the Secretary of State for Digital Affairs, Dr. Ana "
            "Varga.",
            [("Ana Varga", SPEAKER)],
            id="english-cue-post-comma",
        ),
        pytest.param(
            "The moderator is Nitin Okoro, who has chaired the forum since its start, Mark "
            "Lindahl, who many of us know, and Ruth Ama.",
            [("Nitin Okoro", MODERATOR), ("Mark Lindahl", PARTICIPANT), ("Ruth Ama", PARTICIPANT)],
            id="a-comma-inside-no-post",
        ),
        pytest.param(
            "Per esempio Alessio Rossi (Founder Member, AFNOG, Togo) ha concordato con la sala.",
            [("Alessio Rossi", SPEAKER)],
            id="italian-ha-concordato",
        ),
        pytest.param(
            "Ouvrant les travaux de cette rencontre, Mme Awa Traoré, ministre du Numérique, dira "
            "que le modèle multi-acteurs est essentiel.",
            [("Awa Traoré", SPEAKER)],
            id="ouvrant-les-travaux",
        ),
        pytest.param(
            "M. Kodjo Amegah Président du comité d’organisation du forum national au Togo, a "
            "précisé dans son discours que les questions sont nombreuses.",
            [("Kodjo Amegah", SPEAKER)],
            id="a-post-without-a-comma-then-speech",
        ),
        pytest.param(
            "Pour le représentant de l’Union africaine, Marc Ondo, ces assises comptent.",
            [("Marc Ondo", SPEAKER)],
            id="pour-le-representant",
        ),
        pytest.param(
            "Contou com seis oradores como Rita Neves da Fundação para Ciência e Tecnologia de "
            "Portugal, Jorge Macuácua do INTIC e Lúcia Tavares da ANACOM.",
            [("Rita Neves", SPEAKER), ("Jorge Macuácua", SPEAKER), ("Lúcia Tavares", SPEAKER)],
            id="oradores-como",
        ),
        pytest.param(
            "Next we're going to hear from Karen Holm, who is with the Internet Society.",
            [("Karen Holm", SPEAKER)],
            id="hear-from",
        ),
        pytest.param(
            "Roberto Lima, secretario general de la CTU, reconoció el trabajo de Cuba.",
            [("Roberto Lima", SPEAKER)],
            id="reconocio",
        ),
        pytest.param(
            "Le Pr Karim Alaoui, président du NAIGF, de nationalité marocaine, expose les "
            "objectifs.",
            [("Karim Alaoui", SPEAKER)],
            id="present-tense",
        ),
        pytest.param(
            "Le Secrétaire général de l’Union, M. Paul Essomba, et le Président camerounais, M. "
            "Roger Mbida, ont appelé à agir.",
            [("Paul Essomba", SPEAKER), ("Roger Mbida", SPEAKER)],
            id="ont-appele",
        ),
    ],
)
def test_a_cue_gives_its_role_to_names_after_a_post_or_an_article(
    text: str, expected: list
) -> None:
    assert [(name, role) for name, role, _, _ in _people(text)] == expected


def test_a_street_named_after_someone_with_its_number_is_no_person() -> None:
    assert _people("Sala SESIAD. Joan Maragall, 41") == []


def test_names_with_latin_letters_beyond_latin_1_are_read_whole() -> None:
    text = (
        "President Gitanas Nausėda opened the event. Prime Minister Ingrida Šimonytė "
        "spoke next, and Tadeusz Wąsowski of NASK said the rules work."
    )
    assert [name for name, _, _, _ in _people(text)] == [
        "Gitanas Nausėda",
        "Ingrida Šimonytė",
        "Tadeusz Wąsowski",
    ]


def test_the_sessions_moderator_in_apposition_and_speech_that_continues() -> None:
    text = (
        "Prime Minister Lina Varnaitė continued the theme of trust, addressing the risks of "
        "disinformation. Jonas Petraitis, the session’s moderator and a Lithuanian media "
        "expert, welcomed the guests. Ona Kazlauskienė addressed the audience online."
    )
    assert [(name, role) for name, role, _, _ in _people(text)] == [
        ("Lina Varnaitė", SPEAKER),
        ("Jonas Petraitis", MODERATOR),
        ("Ona Kazlauskienė", SPEAKER),
    ]


def test_two_cues_joined_after_a_name_give_both_roles() -> None:
    text = (
        "Mark Doyle, Director at Access Partnership, played a key role in organising the "
        "event and chairing proceedings on the day. Aline Ouédraogo, présidente de "
        "l’initiative, a salué la présence des médias."
    )
    assert sorted((name, role.value) for name, role, _, _ in _people(text)) == [
        ("Aline Ouédraogo", "speaker"),
        ("Mark Doyle", "chair"),
        ("Mark Doyle", "organizer"),
    ]


def test_a_dash_between_a_post_and_its_body_or_a_body_and_its_place() -> None:
    text = (
        "Falaram os debatedores Rui Tavares (Coordenador de Projetos – Ministério da "
        "Cultura) e Paulo Brito (Colivre – Salvador, BA)."
    )
    assert [(name, org, post) for name, _, org, post in _people(text)] == [
        ("Rui Tavares", "Ministério da Cultura", "Coordenador de Projetos"),
        ("Paulo Brito", "Colivre", None),
    ]


def test_a_surname_of_two_words_names_the_person_the_document_named_in_full() -> None:
    known = known_names_of(["Aylín Febles Estrada", "Rodney Taylor"])
    text = "Febles Estrada agradeció a la CTU por confiar en la Isla."
    assert [(name, role) for name, role, _, _ in _people_known(text, known)] == [
        ("Aylín Febles Estrada", SPEAKER)
    ]


def test_a_post_alone_in_brackets_is_no_organisation() -> None:
    text = "SFLC.in was represented by Rohan Menon (Legal Director) and Asha Pillai (Counsel)."
    assert [(name, org, post) for name, _, org, post in _people(text)] == [
        ("Rohan Menon", None, "Legal Director"),
        ("Asha Pillai", None, "Counsel"),
    ]


def test_a_list_of_bodies_names_nobody() -> None:
    text = (
        "Sponsors: Fondazione Torino Wireless, Camera di Commercio di Torino, Regione "
        "Piemonte, Fórum Lusófono da Governação, Google."
    )
    assert _people(text) == []


def test_a_cue_before_a_colon_gives_its_role_to_every_post_and_name_after_it(
    tmp_path: Path,
) -> None:
    report = _report(
        tmp_path,
        "I Fórum de Governança da Internet na Guiné-Bissau\n\n"
        "O encontro organizado pela Autoridade Reguladora Nacional (ARN), contou com vários "
        "oradores nacionais e estrangeiros, dos quais destacamos: o presidente do Conselho de "
        "Administração da ARN, Braima Djaló; a directora-geral da Guinetel, Fatumata Baldé; e o "
        "administrador da Agência de Protecção de Dados, Nelson Cabral.\n\n"
        "A sessão da tarde teve como oradores Inês Mendonça; e Carlos Vaz.\n",
    )
    assert [(p.name, p.role) for p in report.people] == [
        ("Braima Djaló", SPEAKER),
        ("Fatumata Baldé", SPEAKER),
        ("Nelson Cabral", SPEAKER),
        ("Inês Mendonça", SPEAKER),
        ("Carlos Vaz", SPEAKER),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chairman NTA, Dr. Omar Siddiqui and Dean of the School, Dr. Rehana Baig endorsed "
            "the effort. They said that such hubs help local participants.",
            [("Omar Siddiqui", SPEAKER), ("Rehana Baig", SPEAKER)],
        ),
        (
            "The hub was opened in the presence of Farah Qureshi. She added that more hubs "
            "would follow.",
            [("Farah Qureshi", SPEAKER)],
        ),
        (  # "He" after two names: which one said it is not known
            "Omar Siddiqui met Rehana Baig at the hub. He said it went well.",
            [("Omar Siddiqui", PARTICIPANT), ("Rehana Baig", PARTICIPANT)],
        ),
    ],
)
def test_a_pronoun_that_speaks_next_makes_speakers_of_the_people_before(
    text: str, expected: list
) -> None:
    assert [(name, role) for name, role, _, _ in _people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach einer Keynote von Anna Richter diskutierten die Podien.",
            [("Anna Richter", SPEAKER)],
        ),
        (
            "Die Runde wurde moderiert von Jonas Weber (eco). Matthias Krüger (ISOC) betonte, "
            "dass das Forum wichtig sei.",
            [("Jonas Weber", MODERATOR), ("Matthias Krüger", SPEAKER)],
        ),
        (
            "Het debat stond onder leiding van Sanne de Vries. Pieter Janssen (D66) benadrukte "
            "het belang van samenwerking.",
            [("Sanne de Vries", MODERATOR), ("Pieter Janssen", SPEAKER)],
        ),
        ("Karolina Nowak podkreśliła rolę młodzieży.", [("Karolina Nowak", SPEAKER)]),
    ],
)
def test_german_dutch_and_polish_cues_give_roles(text: str, expected: list) -> None:
    assert [(name, role) for name, role, _, _ in _people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Atty. Ramon Cruz of the Democracy Network opened with a discussion of the bill. "
            "Mr. Lito Reyes of ISOC followed with an overview of global trends.",
            [("Ramon Cruz", SPEAKER), ("Lito Reyes", SPEAKER)],
        ),
        (
            "The minister will open the forum, and the Media Ombudsman, John Kariuki will "
            "have his keynote address on the second day.",
            [("John Kariuki", SPEAKER)],
        ),
        ("7. Concluding remarks – Amara Diallo", [("Amara Diallo", SPEAKER)]),
        (
            "A sessão foi presidida pelo Ministro da Economia Digital, Rui Tavares.",
            [("Rui Tavares", CHAIR)],
        ),
        (
            "The day was opened with remarks by the Director of the ICT Agency, Ana Ruiz, the "
            "President of the Bar, Kofi Mensah, and the Head of the Youth Council, Lea Berg.",
            [("Ana Ruiz", SPEAKER), ("Kofi Mensah", SPEAKER), ("Lea Berg", SPEAKER)],
        ),
    ],
)
def test_more_cues_and_lists_of_posts_and_names(text: str, expected: list) -> None:
    assert [(name, role) for name, role, _, _ in _people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The summit will feature speakers including the Digital Rights Network’s (DRN) "
            "Ama Mensah, Kofi Boateng, a policy advisor; Lina Berg, head of the .se registry; "
            "and Tomas Keller of the Youth Council.",
            [
                ("Ama Mensah", SPEAKER),
                ("Kofi Boateng", SPEAKER),
                ("Lina Berg", SPEAKER),
                ("Tomas Keller", SPEAKER),
            ],
        ),
        (  # another role's cue after the list's: not the list's role
            "Los ponentes fueron Ana Ruiz y Pedro Gil, y la sesión fue moderada por Lucía Vega.",
            [("Ana Ruiz", SPEAKER), ("Pedro Gil", SPEAKER), ("Lucía Vega", MODERATOR)],
        ),
    ],
)
def test_a_plural_cue_gives_every_name_after_it_in_its_sentence_its_role(
    text: str, expected: list
) -> None:
    assert [(name, role) for name, role, _, _ in _people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mercoledì alle 16 Luca Ferri e Marta Conti interverranno nel panel sulla banda "
            "ultralarga.",
            [("Luca Ferri", SPEAKER), ("Marta Conti", SPEAKER)],
        ),
        (
            "The confirmed invitees are: Ana Ruiz, APC (moderator), Tomas Berg, Pangea "
            "(finance), Lea Kaspar (regulation).",
            [("Ana Ruiz", MODERATOR), ("Tomas Berg", SPEAKER), ("Lea Kaspar", SPEAKER)],
        ),
    ],
)
def test_italian_future_speech_and_a_role_note_inside_a_list(text: str, expected: list) -> None:
    assert [(name, role) for name, role, _, _ in _people(text)] == expected


def test_a_bulleted_line_of_what_one_person_said_makes_a_speaker(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        "Abgeordnete beim IGF-D\n\nIm Panel sagten die Abgeordneten:\n\n"
        "- Lena Vogt (CDU): Es ist wichtig, die Themen der Internet Governance im Parlament "
        "zu verankern.\n"
        "- Jonas Brandt (SPD): Zentral ist die Einbindung aller Stakeholder.\n",
    )
    assert [(p.name, p.role) for p in report.people] == [
        ("Lena Vogt", SPEAKER),
        ("Jonas Brandt", SPEAKER),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a post whose "et" joins two lowercase words is one post, not a list
            "M. Paul Henri, ministre des technologies de l'information et de la communication, "
            "a indiqué à l'ouverture que le forum est utile.",
            [("Paul Henri", SPEAKER)],
        ),
        (
            "Claire Dossou, présidente du comité d'organisation a relevé que le thème a été "
            "retenu, puis Marc Hounsa a mis l'accent sur l'accès.",
            [("Claire Dossou", SPEAKER), ("Marc Hounsa", SPEAKER)],
        ),
        (
            "À en croire le président du MAG national, Eric Zinsou, l'initiative est utile.",
            [("Eric Zinsou", SPEAKER)],
        ),
        (
            "O fórum é anual e, segundo o Director Geral do instituto, Carlos Neto, terá "
            "edições provinciais.",
            [("Carlos Neto", SPEAKER)],
        ),
        (  # a list's "and" before the next name still ends the first one's post
            "The panel had Ana Lopes, a lawyer, and Tom Berg, an engineer.",
            [("Ana Lopes", PARTICIPANT), ("Tom Berg", PARTICIPANT)],
        ),
    ],
)
def test_french_and_portuguese_speech_after_a_long_post_or_before_according_to(
    text: str, expected: list
) -> None:
    assert [(name, role) for name, role, _, _ in _people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a capitalised plural cue; "Ph. D." ends no sentence
            "Panelists were Ana Ruiz, head of the digital sector in the Ministry of Transport, "
            "Ph. D. Tomas Berg, with the Faculty of Law, and Lea Kaspar, member of the Council.",
            [("Ana Ruiz", SPEAKER), ("Tomas Berg", SPEAKER), ("Lea Kaspar", SPEAKER)],
        ),
        (
            "Introductory presentations were held by Kofi Mensah from the regulator and Mio "
            "Tanaka from ICANN.",
            [("Kofi Mensah", SPEAKER), ("Mio Tanaka", SPEAKER)],
        ),
        (
            "Together with the president of the domain commission, Prof. Rosa Lind responded "
            "to questions about the new rules.",
            [("Rosa Lind", SPEAKER)],
        ),
    ],
)
def test_panelists_were_held_by_and_responded_make_speakers(text: str, expected: list) -> None:
    assert [(name, role) for name, role, _, _ in _people(text)] == expected


def test_a_bodys_acronym_after_a_post_before_the_name_is_the_organisation() -> None:
    assert [
        (name, role, organisation)
        for name, role, organisation, _ in _people(
            "Director General SEECS, Lea Kaspar, said the hub works. ISOC President Ana Ruiz "
            "said so too."
        )
    ] == [("Lea Kaspar", SPEAKER, "SEECS"), ("Ana Ruiz", SPEAKER, "ISOC")]


def test_a_unit_of_a_body_named_with_and_before_at_the_body() -> None:
    """ "Chairman of the Committee of Information and Modern Technology at the Beirut Bar
    Association": the "and" is inside the unit's name, the body is after "at"; "and many
    others" after a body ends the description."""
    assert [
        (name, organisation)
        for name, _, organisation, _ in _people(
            "The meeting was moderated by Kofi Mensah, Vice President of Internet Society "
            "Ghana Chapter and many public figures took part. They included: Ana Ruiz, "
            "Chairman of the Committee of Information and Modern Technology at the Accra "
            "Bar Association; and Lea Kaspar, head of the Arts and Communication Department "
            "at the Ashesi University."
        )
    ] == [
        ("Kofi Mensah", "Internet Society Ghana Chapter"),
        ("Ana Ruiz", "Accra Bar Association"),
        ("Lea Kaspar", "Ashesi University"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a speech named after the name makes a speaker
            "RICTA CEO, Grace Ingabire in her opening remarks shared the forum's background. "
            "Later Kofi Mensah during his keynote address stressed access.",
            [("Grace Ingabire", SPEAKER, "RICTA"), ("Kofi Mensah", SPEAKER, None)],
        ),
        (  # not at a sentence's start, a comma after the post gives the name nothing
            "We thank ICANN President, Mio Tanaka said.",
            [("Mio Tanaka", SPEAKER, None)],
        ),
    ],
)
def test_a_sentence_led_by_a_bodys_post_and_a_speech_after_the_name(
    text: str, expected: list
) -> None:
    assert [(name, role, organisation) for name, role, organisation, _ in _people(text)] == (
        expected
    )


def test_was_a_panelist_and_participated_as_speaker_make_speakers() -> None:
    """A role taken after the name: "X was a panelist for two workshops", "X participated
    as speaker in the main session" (a given name the lexicon does not know included)."""
    assert [
        (name, role)
        for name, role, _, _ in _people(
            "Adli Wahid was a panelist for two workshops. Kofi Mensah participated as speaker "
            "in the main session. Lea Kaspar attended many other sessions."
        )
    ] == [("Adli Wahid", SPEAKER), ("Kofi Mensah", SPEAKER), ("Lea Kaspar", PARTICIPANT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a body named by its web domain; the verb after it makes a speaker
            "Atty. Ana Ruiz of Democracy.net.ph opened with a discussion of the bill.",
            [("Ana Ruiz", SPEAKER, "Democracy.net.ph")],
        ),
        (  # a sentence's full stop, even without its space, ends the body's name
            "Kofi Mensah of the Internet Society. Lea Kaspar of ICANN.Then they met.",
            [
                ("Kofi Mensah", PARTICIPANT, "Internet Society"),
                ("Lea Kaspar", PARTICIPANT, "ICANN"),
            ],
        ),
    ],
)
def test_a_body_named_by_its_web_domain(text: str, expected: list) -> None:
    assert [(name, role, organisation) for name, role, organisation, _ in _people(text)] == (
        expected
    )
