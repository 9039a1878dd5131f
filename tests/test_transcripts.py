"""Transcripts: who spoke, in what role, how often and how much, into the graph and the
``speaking_time`` query."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import ROOT
from rdflib import Literal as RdfLiteral
from rdflib.namespace import XSD

from igfgraph.ingest import ingest, load_report
from igfgraph.model import Report
from igfgraph.parse import parse
from igfgraph.parse.affiliations import demonym_country
from igfgraph.parse.names import name_gender
from igfgraph.parse.transcript import introduced
from igfgraph.queries import available_queries, run_query
from igfgraph.rdf import report_graph_iri, report_to_dataset
from igfgraph.sources import WebDocument, read_source
from igfgraph.store import GraphStore, open_store
from igfgraph.tools.validate import validate_graphs
from igfgraph.vocab import ID, IGF

TRANSCRIPT = ROOT / "tests" / "fixtures" / "corpus" / "tr_ws12_data_flows_2019.txt"
# name: (role, organisation, turns, words), counted by hand in the transcript
SPOKEN = {
    "Anriette Esterhuysen": ("moderator", None, 3, 44),
    "Jovan Kurbalija": ("speaker", "DiploFoundation", 1, 17),
    "Vint Cerf": ("speaker", "Google", 2, 29),
    "Maria Lopez": ("speaker", "Internet Society", 1, 16),
}
TOTAL_WORDS = 44 + 17 + 29 + 16


def test_a_transcript_counts_each_persons_turns_and_words():
    report = parse(read_source(TRANSCRIPT))
    assert report.variant == "transcript"
    assert report.session.title == "Data Flows and Trust"  # "Day 2 - Raum V -" is no title
    found = {
        p.name: (
            p.role.value,
            p.organisation and p.organisation.as_written,
            p.turns,
            p.words_spoken,
        )
        for p in report.people
    }
    assert found == SPOKEN


def test_people_introduced_together_each_keep_their_organisation():
    said = "With me are Jovan Kurbalija from DiploFoundation and Vint Cerf from Google."
    assert introduced(said) == [
        ("Jovan Kurbalija", "DiploFoundation", None),
        ("Vint Cerf", "Google", None),
    ]
    said = "We are fortunate to have Tatiana Tropina with us from the Max Planck Institute."
    assert introduced(said) == [("Tatiana Tropina", "Max Planck Institute", None)]
    # An organisation written with "and" stays whole when no person follows it.
    assert introduced("Here with me is Ana Ruiz from Youth IGF Poland and also friends.") == [
        ("Ana Ruiz", "Youth IGF Poland", None)
    ]
    # What is said of the person after the organisation is no part of it; a salutation's
    # full stop ends no sentence.
    said = "Let me hand over the floor to Mr. Piotr Nowak, from UNDESA, who has a few words."
    assert introduced(said) == [("Piotr Nowak", "UNDESA", None)]
    assert introduced("We wait for Ms. Ewa Lis from UN DESA to take the stage. Is she here?") == []
    # Guest speakers announced together, each described after a comma.
    said = (
        "We're expecting two guest speakers this morning, Lena Marsh, the Secretary-General "
        "of the International Telecommunication Union, and Tomas Berg, who is the "
        "director-general of the United Nations Office of Geneva.  They are both expected."
    )
    assert introduced(said) == [
        ("Lena Marsh", "International Telecommunication Union", None),
        ("Tomas Berg", "United Nations Office of Geneva", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            ">> ANNOUNCER: Please welcome the moderator, Ines Varga, Ambassador, Deputy\n"
            " Director, Austrian Regulatory Authority for Broadcasting.\n"
            ">> INES VARGA: Good morning. We have Mr. Tomas Ferreira, one of the co-facilitators\n"
            " of the review in New York, Permanent Representative of Brazil to the UN. We have\n"
            " Lena Brandt, the second co-facilitator of the review, she is the Permanent\n"
            " Representative of Germany to the UN and then we have Mr. Kofi Asante.\n"
            ">> OMAR HADDAD: Thank you. My name is Omar Haddad. I am Director of Open Wires\n"
            " Advocacy, also known as OWA. I came here on Monday.\n",
            {
                "Ines Varga": ("moderator", "Austrian Regulatory Authority for Broadcasting", 1),
                "Tomas Ferreira": ("speaker", "Government of Brazil", None),
                "Lena Brandt": ("speaker", "Government of Germany", None),
                "Kofi Asante": ("speaker", None, None),
                "Omar Haddad": ("speaker", "Open Wires Advocacy", 1),
            },
            id="posts-after-the-name",
        ),
        pytest.param(
            " >> Good morning. I will now give the floor to the Greek minister for transport,\n"
            " Mr. Petridis, who will be presiding this section.\n"
            " >>MINISTER NIKOS PETRIDIS:  Ministers, ladies and gentlemen, welcome to Athens.\n"
            " I thank the Honorable Minister from Rwanda, Dr. Habimana, for coming.\n"
            " >>HON. DR. JEAN HABIMANA:  Chairman, it is an honour to speak here.\n",
            {
                "Nikos Petridis": ("chair", "Government of Greece", 1),
                "Jean Habimana": ("speaker", "Government of Rwanda", 1),
            },
            id="an-office-before-a-surname-said-in-another-turn",
        ),
        pytest.param(
            "    >> TOMAS FERREIRA:  Good morning. My name is Tomas Ferreira.  I'm with the Open"
            " Wires Society and I will say a few words but I will leave the moderation to my"
            " colleague, Lena Brandt.  Next to me is Kofi Asante from the DiploFoundation.  And"
            " Myla Pilao and Marilia Maciel.  One is Eliot Lear from Cisco.\n",
            {
                "Tomas Ferreira": ("speaker", "Open Wires Society", 1),
                "Lena Brandt": ("moderator", None, None),
                "Kofi Asante": ("speaker", "DiploFoundation", None),
                "Myla Pilao": ("speaker", None, None),
                "Marilia Maciel": ("speaker", None, None),
                "Eliot Lear": ("speaker", "Cisco", None),
            },
            id="a-panel-introduced-around-the-speaker",
        ),
        pytest.param(
            ">> ANA RUIZ: Good morning.  My name is Ana Ruiz and I'm the Head of the Derechos "
            "Digitales, Digital Rights Organization here in Latin America.\n"
            ">> MODERATOR: Let's introduce the panel, my name is Tomas Berg.  I'm co‑chair, from "
            "University of Sussex.\n"
            ">> MIO TANAKA: I'm Mio Tanaka.  I'm the Director of Global Connectivity at the "
            "International Institute for Sustainable Development.\n",
            {
                "Ana Ruiz": ("speaker", "Derechos Digitales", 1),
                "Tomas Berg": ("moderator", "University of Sussex", 1),
                "Mio Tanaka": ("speaker", "International Institute for Sustainable Development", 1),
            },
            id="a-post-before-the-body-and-a-body-after-a-comma",
        ),
    ],
)
def test_a_transcript_keeps_the_organisation_said_of_each_speaker(
    tmp_path: Path, text: str, expected: dict[str, tuple]
):
    assert read_transcript(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            ">>MS. ALICE WANJIRU:  Welcome back. We will first go with Dr. Habimana, please.\n"
            " You have the floor.\n"
            ">>HON. DR. JEAN HABIMANA:  Chairman, Honorable Ministers, it is an honour.\n"
            ">>MS. ALICE WANJIRU:  Thank you. Next is the representative of Lithuania.\n",
            {"Alice Wanjiru": ("chair", None, 2), "Jean Habimana": ("speaker", None, 1)},
            id="addressed-as-chairman-by-the-next-turn",
        ),
        pytest.param(
            ">> Welcome, ladies and gentlemen. Please take your seats.\n"
            ">> LUIS ORTEGA: Good afternoon. All sessions are live streamed and translated into "
            "six languages, and you can look for your headphones just outside the room. "
            "Remember that all of this is streamed through our website. Welcome. It is my "
            "privilege to be Chair to this session.\n",
            {"Luis Ortega": ("chair", None, 1)},
            id="my-privilege-to-be-chair",
        ),
        pytest.param(
            ">>JOAO SILVA:  [ Gavel ] We call this session to order. I will ask the speakers\n"
            " to be short.\n"
            ">>ANA RUIZ:  Thank you.\n",
            {"Joao Silva": ("chair", None, 1), "Ana Ruiz": ("speaker", None, 1)},
            id="calls-the-session-to-order",
        ),
        pytest.param(
            ">> ANA RUIZ: Good morning. We will start in two minutes.\n"
            ">> BELA NAGY: Welcome everyone. Today we have an interactive session "
            "co-moderated together by myself and Ana Ruiz, who will shortly introduce "
            "herself.\n"
            ">> CHEN WEI: Thank you. I have a question on the programme.\n",
            {
                "Ana Ruiz": ("moderator", None, 1),
                "Bela Nagy": ("moderator", None, 1),
                "Chen Wei": ("speaker", None, 1),
            },
            id="co-moderated-by-myself-and-another",
        ),
        pytest.param(
            ">>ANA RUIZ:   Good morning, dear colleagues. Can we get started? The Chairman "
            "could not make it, and he asked me to chair the meeting today on his behalf.\n"
            ">>BELA NAGY:  Thank you, Ana.\n",
            {"Ana Ruiz": ("chair", None, 1), "Bela Nagy": ("speaker", None, 1)},
            id="asked-to-chair-in-anothers-place",
        ),
        pytest.param(
            ">> ANA RUIZ:  Good morning, everyone. I'm Ana Ruiz. It's a pleasure to welcome you "
            "to the Workshop 112. We have a distinguished panel with us today.\n"
            ">> BELA NAGY:  Thank you, Ana.\n",
            {"Ana Ruiz": ("moderator", None, 1), "Bela Nagy": ("speaker", None, 1)},
            id="the-first-speaker-welcomes-the-room-and-presents-the-panel",
        ),
        pytest.param(
            ">> D. RUIZ:  Welcome, and the title of our workshop is:  A Magna Carta for the "
            "Web we want.  My name is Dana Ruiz.  I'm going to be a Moderator.\n"
            ">> BELA NAGY:  Thank you, Dana.\n",
            {"Dana Ruiz": ("moderator", None, 1), "Bela Nagy": ("speaker", None, 1)},
            id="going-to-be-a-moderator-and-a-charter-is-nobody",
        ),
        pytest.param(
            ">> ANA RUIZ:  Good morning. I hope the session will be lively.\n"
            ">> BELA NAGY:  Welcome to our session. Our panelists are here.\n",
            {"Ana Ruiz": ("speaker", None, 1), "Bela Nagy": ("speaker", None, 1)},
            id="only-the-first-speaker-is-taken-to-moderate",
        ),
        pytest.param(
            ">> SHIMELESS LEMMA:  Welcome. Ladies and Gentlemen, the Prime Minister.\n"
            ">> SHIMELES LEMMA:  Thank you very much, Mr. Prime Minister.\n"
            ">> MARIA LOPEZ:  Thank you.\n>> MARIO LOPEZ:  And thank you.\n",
            {
                "Shimeles Lemma": ("speaker", None, 2),
                "Maria Lopez": ("speaker", None, 1),
                "Mario Lopez": ("speaker", None, 1),
            },
            id="a-name-spelt-two-ways-is-one-speaker-under-the-later-spelling",
        ),
        pytest.param(
            ">> TOMAS BERGSTORM:  Welcome. Ladies and Gentlemen, the Minister.\n"
            ">> TOMAS BERGSTROM:  Thank you very much, Minister.\n",
            {"Tomas Bergstrom": ("speaker", None, 2)},
            id="two-letters-swapped-are-one-typo",
        ),
        pytest.param(
            ">> ANA RUIZ:  Are we on?  We're on.\n>> BELA NAGY:  Oh, there we are, never mind.\n"
            ">> ANA RUIZ:  Shall we start?\n>> BELA NAGY:  Yes, I believe so.\n"
            ">> ANA RUIZ:  Hello, everyone, and welcome to this main session. We have 12 "
            "speakers here and little time.\n>> BELA NAGY:  Thank you, Ana.\n",
            {"Ana Ruiz": ("moderator", None, 3), "Bela Nagy": ("speaker", None, 3)},
            id="the-opening-goes-on-past-a-word-from-the-desk",
        ),
        pytest.param(
            ">> ANA RUIZ:  Ladies and gentlemen, we will start in two minutes.\n"
            ">> BELA NAGY:  Excellencies, it's my pleasure to open the Closing Ceremony of the "
            "meeting. It is my honor to introduce the first speaker.\n",
            {"Ana Ruiz": ("speaker", None, 1), "Bela Nagy": ("chair", None, 1)},
            id="my-pleasure-to-open-the-ceremony",
        ),
        pytest.param(
            ">> ANA RUIZ:  Good morning, all.  Let's discuss the national initiatives.  Can I "
            "request Mr. Berg to join the table?\n>> BELA NAGY:  Thank you.\n",
            {"Ana Ruiz": ("moderator", None, 1), "Bela Nagy": ("speaker", None, 1)},
            id="the-first-speaker-asks-others-to-the-table",
        ),
    ],
)
def test_who_chairs_a_transcript(tmp_path: Path, text: str, expected: dict[str, tuple]):
    assert read_transcript(tmp_path, text) == expected


def test_a_description_that_names_no_body_gives_no_organisation():
    assert introduced("We have Ana Ruiz, who will talk about the review process.") == [
        ("Ana Ruiz", None, None)
    ]
    # A city after a co-facilitating cue is nobody introduced.
    said = (
        "We have Mr. Tomas Ferreira, one of the two co-facilitators for the review with "
        "process in New York, Permanent Representative of Brazil to the UN. We have Lena "
        "Brandt, the second co\u2011facilitator of the review."
    )
    assert introduced(said) == [
        ("Tomas Ferreira", "Government of Brazil", None),
        ("Lena Brandt", None, None),
    ]


def test_a_turn_written_with_a_name_in_mixed_case_among_capital_turns(tmp_path: Path):
    text = (
        "Tomas Ferreira:  Good morning, we are about to start our last main session.\n\n"
        "So I would like to introduce our Chair for this session.\n\n"
        "CHAIR:  Thank you very much for introducing me.\n\n"
        "MS BRANDT:  Thank you Chair and good morning.\n\n"
        "CHAIR:  Thank you.\n"
    )
    # The unnamed CHAIR spoke before "Thank you Chair", so Tomas Ferreira chairs nothing.
    assert read_transcript(tmp_path, text) == {
        "Tomas Ferreira": ("speaker", None, 1),
        "Brandt": ("speaker", None, 1),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            ">> C. MASSANGO: I would like to call upon Mr. Thomas Gass to give the opening "
            "remarks.\n"
            ">> T. GASS: Excellencies, ladies and gentlemen.\n",
            {"C. Massango": ("speaker", None, 1), "Thomas Gass": ("speaker", None, 1)},
            id="labelled-by-initial-introduced-in-full",
        ),
        pytest.param(  # saved without its line breaks
            "2nd CONSULTATIONS ON THE FORUM FRIDAY 19 MAY 2006 GENEVA Note: The following is the"
            " output of the real-time captioning taken during the consultations. (Gavel.)"
            " >>CHAIRMAN DESAI: Welcome. We begin with a briefing from Mr. George Papadatos."
            " >>GEORGE PAPADATOS: Thank you, Mr. Desai.\n",
            {"Desai": ("chair", None, 1), "George Papadatos": ("speaker", None, 1)},
            id="a-transcript-on-one-line",
        ),
        pytest.param(
            ">> ANA RUIZ: We have special guests, Marie\u2011Claire Dubois, "
            "Secretary\u2011General of the Alliance for Open Networks.\n"
            ">> MARIE\u2011CLAIRE DUBOIS: Thank you.\n",
            {
                "Ana Ruiz": ("speaker", None, 1),
                "Marie-Claire Dubois": ("speaker", "Alliance for Open Networks", 1),
            },
            id="a-non-breaking-hyphen-inside-the-name",
        ),
    ],
)
def test_one_person_written_two_ways_is_one_speaker(
    tmp_path: Path, text: str, expected: dict[str, tuple]
):
    assert read_transcript(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("adjective", "country"),
    [
        ("Kenyan", "Kenya"),
        ("Brazilian", "Brazil"),
        ("Italian", "Italy"),
        ("Senegalese", "Senegal"),
        ("Pakistani", "Pakistan"),
        ("Greek", "Greece"),
        ("Norwegian", "Norway"),
        ("Brian", None),
        ("Christian", None),
    ],
)
def test_adjectives_of_nationality_name_their_country(adjective: str, country: str | None):
    assert demonym_country(adjective) == country


def test_name_gender_comes_from_the_given_name_only():
    assert [name_gender(n) for n in ("Jovan Kurbalija", "Maria Lopez", "J. R. Smith")] == [
        "male",
        "female",
        "unknown",  # initials only
    ]
    assert name_gender("Zzyzx Quorble") == "unknown"  # not in the lexicon


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    graph_store = open_store(str(tmp_path_factory.mktemp("transcript") / "store"))
    ingest(graph_store, [TRANSCRIPT])
    return graph_store


def test_participations_carry_turns_and_words_as_integers(store: GraphStore):
    rows = store.select(
        f"""SELECT ?name ?turns ?words (DATATYPE(?words) AS ?type) WHERE {{
            ?participation <{IGF.agent}> ?person ; <{IGF.turns}> ?turns ;
                <{IGF.wordsSpoken}> ?words .
            ?person <http://xmlns.com/foaf/0.1/name> ?name }}""",
        {},
    )
    found = {row["name"]: (row["turns"], row["words"], str(row["type"])) for row in rows}
    assert found == {
        name: (turns, words, str(XSD.integer)) for name, (_, _, turns, words) in SPOKEN.items()
    }


def test_speaking_time_per_person_group_and_gender_per_session_and_year(store: GraphStore):
    rows = run_query(store, "speaking_time")
    assert list(rows[0]) == list(available_queries()["speaking_time"].columns)
    by_session = {
        (row["grouping"], row["who"]): (row["turns"], row["words"], Decimal(row["share"]))
        for row in rows
        if row["session"] == "WS #12"
    }

    def share(words: int) -> Decimal:
        return round(Decimal(words) / TOTAL_WORDS, 3)

    assert by_session == {
        ("person", "Anriette Esterhuysen"): (3, 44, share(44)),
        ("person", "Jovan Kurbalija"): (1, 17, share(17)),
        ("person", "Vint Cerf"): (2, 29, share(29)),
        ("person", "Maria Lopez"): (1, 16, share(16)),
        ("stakeholder group", "civil society"): (1, 17, share(17)),
        ("stakeholder group", "private sector"): (2, 29, share(29)),
        ("stakeholder group", "technical community"): (1, 16, share(16)),
        ("stakeholder group", "unknown"): (3, 44, share(44)),
        ("name gender", "male"): (1, 17, share(17)),
        ("name gender", "female"): (1, 16, share(16)),
        ("name gender", "unknown"): (5, 73, share(73)),  # Anriette, Vint: not in the lexicon
    }
    year_rows = [row for row in rows if row["session_title"] == "all sessions"]
    assert {row["year"] for row in year_rows} == {2019}
    assert all(row["session"] is None and row["session_iri"] is None for row in year_rows)
    assert {(r["grouping"], r["who"]): r["words"] for r in year_rows} == {
        key: words for key, (_, words, _) in by_session.items()
    }
    assert {row["total_words"] for row in rows} == {TOTAL_WORDS}


def test_a_person_only_introduced_has_no_count(tmp_path: Path):
    text = TRANSCRIPT.read_text().replace(">> VINT CERF:", ">> JOVAN KURBALIJA:")
    document = tmp_path / "ws12.txt"
    document.write_text(text)
    vint = next(p for p in parse(read_source(document)).people if p.name == "Vint Cerf")
    assert (vint.role.value, vint.turns, vint.words_spoken) == ("speaker", None, None)


def test_shapes_reject_a_zero_turn_count_and_an_unknown_gender_value():
    report = load_report(TRANSCRIPT)
    iri = report_graph_iri(report)
    graph = report_to_dataset(report).graph(iri)
    vint = next(s for s in graph.subjects(IGF.turns, None) if "/participation/vint-cerf/" in s)
    graph.set((vint, IGF.turns, RdfLiteral(0)))
    graph.set((ID["person/jovan-kurbalija"], IGF.nameGender, RdfLiteral("man")))
    assert [(v.where, v.message) for v in validate_graphs([(str(iri), graph)])] == [
        (
            f"{TRANSCRIPT}:5",
            'igf:nameGender must be one of female, male, unknown; found "man" (text)',
        ),
        (
            f"{TRANSCRIPT}:6",
            'igf:turns must be one whole number, at least 1; found "0" (xsd:integer)',
        ),
    ]


def transcript_report(tmp_path: Path, text: str) -> Report:
    """The report of a transcript written to a file."""
    document = tmp_path / "transcript.txt"
    document.write_text(text, encoding="utf-8")
    return parse(read_source(document))


def headed(report: Report) -> tuple[str, str | None, dt.date | None]:
    """What a report's heading gave: its variant, session title and date."""
    return report.variant, report.session.title, report.session.date


def read_transcript(tmp_path: Path, text: str) -> dict[str, tuple]:
    """name -> (role, organisation, turns) of a transcript written to a file."""
    return {
        p.name: (p.role.value, p.organisation and p.organisation.as_written, p.turns)
        for p in transcript_report(tmp_path, text).people
    }


def test_one_capital_turn_after_the_captioners_note_is_a_turn(tmp_path: Path):
    note = (
        "IGF USA 2011 report-in\n\n"
        "Note: The following is the output of the real-time captioning taken during the "
        "session. It is largely accurate.\n\n"
    )
    turn = "LENA OKAFOR: Now the microphone works. We will hear from Tom Reyes of Acme Labs.\n"
    people = read_transcript(tmp_path, note + turn)
    assert people["Lena Okafor"] == ("speaker", None, 1)
    without_note = {p.name for p in transcript_report(tmp_path, turn).people}
    assert "Lena Okafor" not in without_note  # one such line alone may be a label


def test_a_surname_label_takes_the_full_name_said_in_the_turns(tmp_path: Path):
    people = read_transcript(
        tmp_path,
        ">>CHAIRMAN DESAI:  Good morning. I will ask the executive secretary, Markus\n"
        " Kummer, to open.\n"
        ">>SECRETARY KUMMER:  Thank you, chairman. The rooms were full yesterday.\n"
        ">>CHAIRMAN DESAI:  Thank you, Markus.\n",
    )
    assert people == {
        "Desai": ("chair", None, 2),  # no turn gives his given name
        "Markus Kummer": ("speaker", None, 1),
    }


def test_a_family_name_beginning_with_st_is_no_saint(tmp_path: Path):
    people = read_transcript(
        tmp_path,
        ">>CHAIR ST. AMOUR:  Good morning. Ms. Karen St. Clair will report.\n"
        ">>KAREN ST. CLAIR:  Thank you, Chair.\n"
        ">>CHAIR ST. AMOUR:  Thank you, Karen.\n",
    )
    assert people == {
        "St. Amour": ("chair", None, 2),  # no turn gives her given name
        "Karen St. Clair": ("speaker", None, 1),
    }


def test_roles_stated_in_a_turn_reach_the_people_named(tmp_path: Path):
    people = read_transcript(
        tmp_path,
        "MINDAUGAS GLODAS:  It is my privilege to chair this session. The debate will\n"
        " be moderated by Chris Disspain and Jeanette Hofmann, and Cathy Handley is our\n"
        " remote moderator.\n"
        "CHRIS DISSPAIN:  Thank you. I run auDA, the .au Domain Administration.\n"
        "JEANETTE HOFMANN:  Thanks, Chris. Anriette Esterhuysen, the Chair of the MAG, asked\n"
        " to speak first.\n",
    )
    assert people == {
        "Mindaugas Glodas": ("chair", None, 1),
        "Chris Disspain": ("moderator", ".au Domain Administration (auDA)", 1),
        "Jeanette Hofmann": ("moderator", None, 1),
        "Cathy Handley": ("online_moderator", None, None),  # named, never speaks
    }  # the Chair of the MAG holds a post, not this session's chair


def test_people_introduced_by_the_moderator_are_speakers(tmp_path: Path):
    people = read_transcript(
        tmp_path,
        ">> MODERATOR:  Welcome to workshop 27. I'm Vladimir Radunovic from DiploFoundation\n"
        " and I will moderate. Later we will also hear from Alejandra Erramuspe of the\n"
        " Government of Uruguay and from Bruna Martins dos Santos of Coding Rights. Agustina\n"
        " Callegari, from the Internet Society. Ritu Srivastava of the Digital Empowerment\n"
        " Foundation will present first.\n"
        ">> PAQUE:  Hello, I'm Ginger Paque, also from DiploFoundation.\n",
    )
    assert people == {
        "Vladimir Radunovic": ("moderator", "DiploFoundation", 1),
        "Ginger Paque": ("speaker", "DiploFoundation", 1),
        "Alejandra Erramuspe": ("speaker", "Government of Uruguay", None),
        "Bruna Martins dos Santos": ("speaker", "Coding Rights", None),
        "Agustina Callegari": ("speaker", "Internet Society", None),
        "Ritu Srivastava": ("speaker", "Digital Empowerment Foundation", None),
    }
    document = tmp_path / "transcript.txt"
    assert parse(read_source(document)).session.id == "WS #27"  # said in the first turn
    document.write_text(">> KENJI SATO: This is Launch and Award Event Number 12.\n")
    assert parse(read_source(document)).session.id == "Launch and Award Event #12"


def test_a_moderator_who_gives_only_a_given_name_is_named_by_it(tmp_path: Path):
    page = tmp_path / "interregional.txt"
    page.write_text(
        "Deprecated: Function get_magic_quotes_gpc() is deprecated in /srv/web/cms/gc.php on "
        "line 63\n"
        "Internet Governance Forum\n\n"
        "The following is the output of the real-time captioning taken during the Seventh "
        "Meeting of the IGF, in Baku, Azerbaijan.\n\n"
        ">> MODERATOR:  Good afternoon.  My name is Nnenna, and I have been asked to keep "
        "time today.\n"
        ">> AUDIENCE:  Thank you.\n"
        ">> ANNOUNCER:  Please take your seats.\n"
        ">> MODERATOR:  Next, please.  I am happy to hand over now.\n",
        encoding="utf-8",
    )
    report = parse(read_source(page))
    assert [(p.name, p.role.value, p.turns) for p in report.people] == [("Nnenna", "moderator", 2)]
    assert report.session.title is None  # neither the server's message nor the site's name
    # A word of English after "my name is" names nobody.
    page.write_text(">> MODERATOR:  My name is Happy to be here.\n", encoding="utf-8")
    assert parse(read_source(page)).people == []


def test_co_chairs_and_co_moderators_a_speaker_names_share_the_role(tmp_path: Path):
    page = tmp_path / "reporting_back.txt"
    page.write_text(
        ">>NITIN DESAI:   Good morning.  I am Nitin Desai.  This to my right is my\n"
        " co-chair, ambassador Hadil da Rocha Vianna.  We hear the workshops first.\n"
        ">>MARKUS KUMMER:   Good morning, ladies and gentlemen.  We managed to turn off the "
        "music so we can start the session.  This is an orientation session.  It is not the "
        "start of the meeting proper.  It is an informal session that should help newcomers "
        "find their way around the Forum and look a little at the programme.  May I ask you "
        "to be seated so that we can start properly.  Please take your seats, ladies and "
        "gentlemen.  My name is Markus Kummer.  I am the Executive Coordinator of the IGF "
        "Secretariat, and I have the pleasure to co-moderate this session with Ms. Nermine "
        "El Saadany, who is the Director of International Relations in the Ministry for "
        "Communication and Information.\n",
        encoding="utf-8",
    )
    people = {
        (p.name, p.role.value, p.organisation and p.organisation.as_written)
        for p in parse(read_source(page)).people
    }
    assert people == {
        ("Nitin Desai", "chair", None),
        ("Hadil da Rocha Vianna", "chair", None),
        ("Markus Kummer", "moderator", "IGF Secretariat"),  # "I am the Executive Coordinator of"
        ("Nermine El Saadany", "moderator", "Ministry for Communication and Information"),
    }


TURNS = (
    "\n\n>> ANA RUIZ: Good morning, and welcome to this session.\n"
    ">> BEN OKAFOR: Thank you, Ana, for the floor.\n"
)


@pytest.mark.parametrize(
    ("heading", "session"),
    [
        (
            "IGF 2019 – Day 1 – Convention Hall I-D – OF #3 African Union Open Forum",
            ("African Union Open Forum", "Open Forum #3", 2019, None),
        ),
        (  # a coalition's session: "DC" is no part of its title, but of a coalition's name
            "IGF 2019 – Day 3 – Convention Hall II – DC – Joint Efforts on Open Data",
            ("Joint Efforts on Open Data", None, 2019, None),
        ),
        (
            "IGF 2020 - Day 3 - DC Fostering a Role for Youth",
            ("Fostering a Role for Youth", None, 2020, None),
        ),
        (
            "IGF 2018 - Day 1 - Salle XII - DC Youth: Developing Youth Participation",
            ("DC Youth: Developing Youth Participation", None, 2018, None),
        ),
        (
            "Transcript - Internet Governance Plenary",
            ("Internet Governance Plenary", None, None, None),
        ),
        (
            "IGF 2022 DC Main Session: Our Digital Future",
            ("Our Digital Future", None, 2022, None),
        ),
        (
            "DC-Sustainability Internet Governance and News Media",
            ("Internet Governance and News Media", None, None, None),
        ),
        (
            "Internet Infrastructure: Terms [CB]",
            ("Internet Infrastructure: Terms", None, None, None),
        ),
        (  # the captioning notice before the heading is no title
            "This is the output of the realtime captioning taken during the IGF meetings.\n\n"
            "back to list\n\nEmerging Issues in the Region",
            ("Emerging Issues in the Region", None, None, None),
        ),
        (
            "Open Consultations - Morning Session - February 2012",
            ("Open Consultations", None, 2012, None),
        ),
        (
            "This is now a legacy site and could be not up to date. Please move to the new "
            "IGF Website at\n\nOpen Consultations - Afternoon Session - 23 February 2009",
            ("Open Consultations", None, 2009, dt.date(2009, 2, 23)),
        ),
        (
            "Internet Governance Forum Open Consultations 3 September 2007 Geneva, Switzerland",
            ("Open Consultations", None, 2007, dt.date(2007, 9, 3)),
        ),
        (
            "2nd CONSULTATIONS ON THE CONVENING OF THE INTERNET GOVERNANCE FORUM TRANSCRIPT OF "
            "THE AFTERNOON SESSION FRIDAY 19 MAY 2006 GENEVA, SWITZERLAND",
            (
                "2nd Consultations on the Convening of the Internet Governance Forum",
                None,
                2006,
                dt.date(2006, 5, 19),
            ),
        ),
    ],
)
def test_a_transcripts_heading_gives_the_title_without_room_sitting_or_month(
    tmp_path: Path, heading: str, session: tuple
) -> None:
    read = transcript_report(tmp_path, heading + TURNS).session
    assert (read.title, read.id, read.year, read.date) == session


def test_a_transcript_on_one_line_with_one_turn_reads_its_panel_introduced_in_appositions(
    tmp_path: Path,
) -> None:
    report = transcript_report(
        tmp_path,
        "IGF Workshop Monday 11 February 2008 ICANN Meeting New Delhi, India >>PAUL TWOMEY: "
        "Good afternoon. Let me introduce the panel. The members of the panel this morning, "
        "the moderator is Nitin Desai, who has chaired the Internet Governance Forum since "
        "its start, Markus Kummer, who many of us know, David Appasamy, who is the chief "
        "communications officer of Sify. We will start with the moderator.",
    )
    assert headed(report) == ("transcript", "IGF Workshop", dt.date(2008, 2, 11))
    assert {
        p.name: (p.role.value, p.organisation and p.organisation.as_written) for p in report.people
    } == {
        "Paul Twomey": ("speaker", None),
        "Nitin Desai": ("moderator", None),
        "Markus Kummer": ("speaker", None),
        "David Appasamy": ("speaker", "Sify"),
    }


def test_a_transcript_on_one_line_after_a_transcribers_disclosure_reads_its_heading(
    tmp_path: Path,
) -> None:
    report = transcript_report(
        tmp_path,
        "*** Disclosure: The following is the output resulting from transcribing an audio "
        "file into a text document. It is an aid, and should not be treated as an "
        "authoritative record.*** IGF Workshop Wednesday, 14 March 2012 ICANN - Costa Rica "
        ">>ELENA VOSS: Let us get started. We have a full room and a good panel today.",
    )
    assert headed(report) == ("transcript", "IGF Workshop", dt.date(2012, 3, 14))
    assert [(p.name, p.role.value) for p in report.people] == [("Elena Voss", "speaker")]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Next to me is Jovan from the DiploFoundation.", [("Jovan", "DiploFoundation", None)]),
        ("Next to me is Grace from the Internet Society.", []),  # a common word alone
        ("Next to me is Paris from the city.", []),
    ],
)
def test_a_given_name_said_alone_right_after_an_introduction_is_a_person(
    said: str, expected: list
) -> None:
    assert introduced(said) == expected


def test_turns_labelled_in_lower_case_and_the_floor_handed_to_the_chair(tmp_path: Path) -> None:
    people = read_transcript(
        tmp_path,
        "MAG meeting, day 2\n\n"
        ">>chengetai masango: good morning. I hand over the floor to the honorary chair.\n"
        ">>ashwin sasongko: good morning to all of you. Let us start.\n"
        ">>ana ruiz: thank you, chair.\n",
    )
    assert people == {
        "Chengetai Masango": ("speaker", None, 1),
        "Ashwin Sasongko": ("chair", None, 1),
        "Ana Ruiz": ("speaker", None, 1),
    }


def test_the_chair_given_the_meeting_by_given_name_and_people_sending_regrets(
    tmp_path: Path,
) -> None:
    people = read_transcript(
        tmp_path,
        "2020 IGF - MAG - Virtual Meeting - XIX\n\n"
        ">> CHENGETAI MASANGO: Welcome. We have Jovan, Danko and Masko, they sent their "
        "regrets. With that, I'll turn the meeting over to Anriette, our chair.\n"
        ">> MS. ESTERHUYSEN: Thank you, Chengetai. Let us begin.\n",
    )
    assert people == {
        "Chengetai Masango": ("speaker", None, 1),
        "Anriette Esterhuysen": ("chair", None, 1),
    }
    document = tmp_path / "transcript.txt"
    session = parse(read_source(document)).session
    assert (session.title, session.year) == ("MAG - Virtual Meeting - XIX", 2020)


def test_a_chair_who_says_so_gives_the_floor_to_the_moderators(tmp_path: Path) -> None:
    people = read_transcript(
        tmp_path,
        "Main session on dynamic coalitions\n\n"
        ">> VERIDIANA ALIMONTI: Good morning. I'm the Chair of this main session. I would "
        "like to give the floor to our moderators, Jeanette Hofmann and Rachel Pollack.\n"
        ">> JEANETTE HOFMANN: Thank you. Let us start.\n"
        ">> JOSEPH KIHANYA: I have the privilege and honor to chair the next part.\n",
    )
    assert people == {
        "Veridiana Alimonti": ("chair", None, 1),
        "Jeanette Hofmann": ("moderator", None, 1),
        "Rachel Pollack": ("moderator", None, None),  # introduced, no turn of her own
        "Joseph Kihanya": ("chair", None, 1),
    }


def test_a_speaker_who_speaks_of_the_missing_moderator_is_no_moderator(tmp_path: Path) -> None:
    people = read_transcript(
        tmp_path,
        "WS #272 Youth in policy-making\n\n"
        ">> EMILIA ZALEWSKA: Hello, everyone. I think that we are missing our session "
        "Moderator. My name is Emilia Zalewska and I am from Poland. So first "
        "is Juan Pajaro Velasquez who is from the University of Cartagena.\n"
        ">> JUAN PAJARO VELASQUEZ: Thank you, Emilia.\n",
    )
    assert people == {  # "I am from Poland": a country, no organisation
        "Emilia Zalewska": ("speaker", None, 1),
        "Juan Pajaro Velasquez": ("speaker", None, 1),
    }


def test_titled_labels_unnamed_roles_and_names_said_in_passing(tmp_path: Path) -> None:
    people = read_transcript(
        tmp_path,
        "IGF Open Consultations\n13 February 2007\n\n"
        "CHAIRMAN SANDOVAL: The advisory group met yesterday to take stock.\n"
        "And today we meet in open consultation.\n\n"
        ">>DEPUTY SECRETARY-GENERAL ZHAO:   Thank you, Mr. Chairman. We support the forum.\n\n"
        ">> KARIM BENALI: Good morning. And with that, I hand over the meeting to Lynn.\n\n"
        ">> CHAIR:  Good afternoon, we move these calls to help everyone take part.\n\n"
        ">> MODERATOR:  Okay. Each time we introduce ourselves. Markus, speaking. So far "
        "the common theme works well.\n\n"
        ">> MODERATOR:  Grace, speaking. I agree.\n",
    )
    assert people == {  # a title before a surname, a "CHAIR:" given the meeting by name
        "Sandoval": ("chair", None, 1),
        "Zhao": ("speaker", None, 1),
        "Karim Benali": ("speaker", None, 1),
        "Lynn": ("chair", None, 1),
        "Markus": ("moderator", None, 2),  # "Grace" is a word too: the same moderator
    }


def test_a_fetched_transcript_takes_its_date_from_its_address(tmp_path: Path) -> None:
    """A transcript page that names no day gives the date its URL holds; a file with the
    same text has none."""
    saved = tmp_path / "page.txt"
    saved.write_text(
        "This is the output of the realtime captioning taken during the IGF 2014 meetings.\n\n"
        ">> ANA RUIZ: Good morning and welcome to the orientation session.\n",
        encoding="utf-8",
    )
    url = "http://www.intgovforum.org/cms/transcripts/2101-finished-2014-09-02-orientation"
    fetched = WebDocument(url, saved, ".txt", dt.datetime(2026, 12, 6, tzinfo=dt.UTC))
    session = parse(read_source(fetched)).session
    assert (session.date, session.year) == (dt.date(2014, 9, 2), 2014)
    assert session.spans["date"].text == url
    assert parse(read_source(saved)).session.date is None


def test_a_speaker_who_acts_as_a_post_of_a_body_is_of_that_body(tmp_path: Path) -> None:
    people = read_transcript(
        tmp_path,
        "Inter-regional dialogue\n\n"
        ">> ROSA LIND: Good morning. I'm Rosa Lind and I act as the chief catalyst of "
        "Example Networks. Thank you.\n",
    )
    assert people == {"Rosa Lind": ("speaker", "Example Networks", 1)}


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "FINISHED - 2014 09 05 - Main Session - Open Data and Trust - Main Hall\n\n",
            ("Open Data and Trust", dt.date(2014, 9, 5), "main session", None),
        ),
        (
            "FINISHED - 2014 09 03 - WS 152 - Youth in the Forum - Room 5\n\n",
            ("Youth in the Forum", dt.date(2014, 9, 3), "workshop", "WS #152"),
        ),
        (  # the same without its dashes, the word last
            "2016 12 09 Closing Ceremony Main Meeting Hall FINISHED\n\n",
            ("Closing Ceremony", dt.date(2016, 12, 9), "other", None),
        ),
        (  # a transcript saved on one line: heading, captioners' note and turns run together
            "CONSULTATIONS ON THE SHAPE OF THE FORUM TRANSCRIPT OF AFTERNOON SESSION "
            "17 FEBRUARY 2006 [Note: The following is the output of the real-time captioning "
            "taken during the consultations.] ",
            ("Consultations on the Shape of the Forum", dt.date(2006, 2, 17), None, None),
        ),
        (
            "Internet Governance Forum Open Consultations Geneva, Switzerland 16 September, "
            "2008 Note: The following is the output of the real-time captioning taken. ",
            ("Open Consultations", dt.date(2008, 9, 16), "other", None),
        ),
    ],
)
def test_a_captioned_transcripts_heading_gives_title_date_and_type(
    tmp_path: Path, heading: str, expected: tuple
) -> None:
    turns = ">>ANA RUIZ: Good morning. >>TOMAS BERG: Thank you, Ana.\n"
    session = transcript_report(tmp_path, heading + turns).session
    assert (session.title, session.date, session.type, session.id) == expected


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "IGF 2017 Second Open Consultations and MAG Meeting Day 1 Afternoon",
            ("Second Open Consultations and MAG Meeting"),
        ),
        (
            "IGF 2016 First Open Consultations and MAG Meeting Day 2",
            "First Open Consultations and MAG Meeting",
        ),
        ("IGF 2023 Pre-event. The session has two parts. The first one is a talk on", None),
    ],
)
def test_a_sitting_after_a_title_and_sentences_in_its_place(
    tmp_path: Path, heading: str, title: str | None
) -> None:
    turns = ">>ANA RUIZ: Good morning.\n>>TOMAS BERG: Thanks.\n"
    assert transcript_report(tmp_path, f"{heading}\n\n{turns}").session.title == title


def test_the_chair_named_when_handed_the_meeting_and_addressed_after(tmp_path: Path) -> None:
    people = read_transcript(
        tmp_path,
        "MAG Virtual Meeting 14\n\n"
        ">> KOFI MENSAH: Welcome. With that, let me hand it over to the Chair, Anriette, to "
        "start the meeting.\n"
        ">> CHAIR: Thank you so much. Welcome back.\n"
        ">> KOFI MENSAH: Has Anriette said, we have finalised a lot.\n"
        ">>RASA LIND: Let us start this session. Mr. Berg will lead the debate.\n"
        ">>TOMAS BERG: Okay. Thank you. Chair, can you hear me? As the chair has just said, "
        "we must be strict.\n",
    )
    assert people == {  # "Has Anriette" is no fuller name; "as the chair has said" no chair
        "Kofi Mensah": ("speaker", None, 2),
        "Anriette": ("chair", None, 1),
        "Rasa Lind": ("chair", None, 1),  # the next speaker addresses her as chair
        "Tomas Berg": ("speaker", None, 1),
    }


def test_remarks_on_behalf_of_a_body_make_the_speaker_its(tmp_path: Path) -> None:
    people = read_transcript(
        tmp_path,
        "Closing ceremony\n\n>> KOFI MENSAH: Welcome.\n"
        ">> ROSA LIND: Thank you, Mr. Chair. It is my pleasure to make some closing remarks "
        "on behalf of the Example Department of Economic and Social Affairs as the convenor.\n",
    )
    assert people["Rosa Lind"] == (
        "speaker",
        "Example Department of Economic and Social Affairs",
        1,
    )


def test_a_day_0_events_id_written_with_dashes_before_the_meeting_again(tmp_path: Path) -> None:
    session = transcript_report(
        tmp_path,
        "IGF 2023 – Day 0 – Event #59 IGF 2023 NRIs Coordination Session – RAW\n\n"
        ">> ANA RUIZ: Good afternoon.\n>> TOMAS BERG: Thanks.\n",
    ).session
    assert (session.id, session.type, session.title, session.year) == (
        "Day 0 Event #59",
        "day 0 event",
        "NRIs Coordination Session",
        2023,
    )


def test_a_panel_introduced_by_where_each_sits_and_a_role_said_after_a_name(tmp_path: Path):
    people = read_transcript(
        tmp_path,
        ">> ANA RUIZ: Good afternoon and welcome to this main session. Next to me we have "
        "Bela Nagy, and to the right is Chen Wei. And to his right is Dara Okafor. To the "
        "right is Eli Moreau, who will be the Rapporteur of this session. I will pass the "
        "floor over to Fay Lindqvist who is the Chair of the MAG.\n"
        ">> FAY LINDQVIST: Thank you very much.\n",
    )
    assert {name: role for name, (role, _, _) in people.items()} == {
        "Ana Ruiz": "speaker",
        "Bela Nagy": "speaker",
        "Chen Wei": "speaker",
        "Dara Okafor": "speaker",
        "Eli Moreau": "rapporteur",
        "Fay Lindqvist": "speaker",
    }


def test_a_panel_introduced_in_order_and_a_colleague_beside_the_moderator(tmp_path: Path) -> None:
    report = transcript_report(
        tmp_path,
        "Example Session\n\n>> ANA RUIZ:  Good morning.  Allow me to introduce our panel for "
        "today.  I start alphabetically with Mr. Tomas Berg.  He leads policy work in Beirut.  "
        "Second on our panel is Rosa Lind.  Rosa is the director of planning at the Example "
        "Regulator.  I'm here with Mio Tanaka, who runs our engagement.\n\n"
        ">> TOMAS BERG:  Thank you.\n",
    )
    assert {p.name: p.role.value for p in report.people} == {
        "Ana Ruiz": "speaker",
        "Tomas Berg": "speaker",
        "Rosa Lind": "speaker",
        "Mio Tanaka": "speaker",
    }


def test_a_transcript_takes_the_title_its_moderator_says(tmp_path: Path):
    page = tmp_path / "ws157.txt"
    page.write_text(
        'WS 157\n\n>> ANA RUIZ:  Good morning. The workshop has the title "Is It Time for '
        'an Internet Spring?" and it is coordinated by two bodies.\n'
        ">> BELA NAGY:  Thank you.\n",
        encoding="utf-8",
    )
    report = load_report(page)
    assert (report.session.id, report.session.title) == (
        "WS #157",
        "Is It Time for an Internet Spring?",
    )


def test_a_place_or_a_colleague_before_an_organisation_is_none(tmp_path: Path):
    people = read_transcript(
        tmp_path,
        ">> CLEMENT PERAN: Good morning and welcome to this working session on research. "
        "My name is Clement Peran. I am a political scientist based in Brussels, working for "
        "the Centre for Policy Studies, and I will moderate this session.\n"
        ">> LENA TODOROVA: My name is Lena Todorova, and we are here, colleagues of mine, "
        "Andrey Romanov, Julia, also from our company, to present the forum.\n",
    )
    assert people["Clement Peran"][:2] == ("moderator", "Centre for Policy Studies")
    assert people["Lena Todorova"][1] is None


def test_turns_written_name_colon_in_mixed_case_make_a_transcript(tmp_path: Path):
    report = transcript_report(
        tmp_path,
        "in conjunction with APRICOT 2012\n\nTranscript - Internet Governance\n\nDisclaimer\n\n"
        "Sunny Chendi: We will start. Thank you again for joining the session. I will "
        "introduce the moderator for this IGF session, Mr Roham Samarajiva. With that, I "
        "will hand over to Rohan.\n\n"
        "Rohan Samarajiva: Good morning. Interactivity will be the key word of this session. "
        "Our topic is Internet Governance and I have a working definition.\n",
    )
    assert (report.variant, report.session.title) == ("transcript", "Internet Governance")
    assert [(p.name, p.role.value, p.turns) for p in report.people] == [
        ("Sunny Chendi", "speaker", 1),
        ("Rohan Samarajiva", "moderator", 1),  # the label's spelling, not the introduction's
    ]


def test_biographies_under_names_are_no_transcript(tmp_path: Path):
    report = transcript_report(
        tmp_path,
        "Workshop 12: Access\n\nSpeakers\n\n"
        "Ana Ruiz: She directs the research programme of the Internet Society and has worked "
        "on access policy for ten years.\n\n"
        "Kofi Mensah: He leads the policy team of the Ghana Internet Governance Forum and "
        "teaches at the university.\n",
    )
    assert report.variant != "transcript"


def test_a_wiki_page_lists_its_people_above_the_transcript(tmp_path: Path) -> None:
    report = transcript_report(
        tmp_path,
        "Welcome – 2012\n\nFrom EuroDIG Wiki\n\n14 June 2012 | 11:15-12:00\n\nPeople\n\n"
        "  • Lena Marsh, State Secretary for Digital Agenda, Republic of Serbia (Chair)\n"
        "  • Tomas Berglund, Director, DiploFoundation\n\nTranscript\n\n"
        ">> LENA MARSH: Good morning. Welcome to the opening of the dialogue.\n\n"
        ">> HAGUE STUDIO: We pass it on to Berlin.\n\n"
        ">> TOMAS BERGLUND: Thank you, Chair.\n",
    )
    assert {
        p.name: (p.role.value, p.organisation and p.organisation.name) for p in report.people
    } == {
        "Lena Marsh": ("chair", "Government of Serbia"),
        "Tomas Berglund": ("speaker", "DiploFoundation"),
    }


def test_a_note_above_a_transcript_names_its_presenters(tmp_path: Path) -> None:
    report = transcript_report(
        tmp_path,
        "2016 12 07 Regional forums in dialogue Workshop Room 4 FINISHED\n\n"
        "The following are the outputs of the real-time captioning taken during the Eleventh "
        "Annual Meeting of the Internet Governance Forum (IGF) in Jalisco, Mexico. Although it "
        "is largely accurate, in some cases it may be incomplete or inaccurate due to inaudible "
        "passages or transcription errors. It should not be treated as an authoritative "
        "record.\n\n"
        "Names may be misspelled. The presenters at this session were: Ms. Dana Holloway, "
        "Mr. Oskar Lindqvist and Ms. Priya Raman\n\n\n"
        ">> DANA HOLLOWAY:  My name is Dana Dana Holloway, and I welcome you all.\n\n"
        ">> OSKAR LINDQVIST:  Thank you, Dana.\n",
    )
    assert [(p.name, p.role.value) for p in report.people] == [
        ("Dana Holloway", "speaker"),
        ("Oskar Lindqvist", "speaker"),
        ("Priya Raman", "speaker"),
    ]
