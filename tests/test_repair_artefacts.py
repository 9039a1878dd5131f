"""Artefacts of extracted text: wrapped labels and lines, hyphens, emoji, e-mail leftovers.

A 2017 rapporteur report composed with every one of these artefacts is parsed, and the
repairs are checked one by one, with the text as written kept beside the repaired one.
"""

from __future__ import annotations

import pytest

from igfgraph.model import Role, SourceSpan
from igfgraph.parse import parse
from igfgraph.parse.blocks import read_blocks
from igfgraph.parse.reader import people_on_line
from igfgraph.parse.repair import drop_decorations, join_lines
from igfgraph.sources import read_source

SPAN = SourceSpan("test.txt", 1, 1, "")
# Lines 7-8: an organiser list wrapped at the right margin inside an item; 16-17: a
# speaker's organisation hyphenated across lines; 25-26: a label wrapped onto the next line.
WRAPPED_REPORT = """\
IGF 2017 Reporting Template

- Session Title: A Rights-Based Approach to Cybersecurity

- Date: 17 December, 2017

- Session Organizer: Association for Progressive Communications (APC), Centre for \
Communication Governance at National Law University
Delhi (CCG), Citizen Lab

- Chair/Moderator: Deborah Brown \N{GLOBE WITH MERIDIANS} (APC)

- Rapporteur/Notetaker: Maud Barret Bertelloni [email\N{NO-BREAK SPACE}protected]

- List of Speakers and their institutional affiliations:

Chinmayi Arun (Centre for Communication Governance at National Law University Delhi), \
Kathy Brown (Internet So-
ciety), Francisco Vera Hott (Privacy International)
Lea Kaspar (Global Partners Digital)

- Key Issues raised (1 sentence per issue)

Several speakers held that the multi-
stakeholder model needs security experts and rights advocates at one table.

- Please describe the Discussions that took place during the
workshop session (3 paragraphs):

The panel moved between encryption, surveillance and the pre-
and post-incident duties of states.

Gender Reporting

- Estimate the overall number of the participants present at the session

40
"""


@pytest.fixture(scope="module")
def wrapped(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("artefacts") / "t17_wrapped.txt"
    path.write_text(WRAPPED_REPORT, encoding="utf-8")
    return parse(read_source(path))


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["data skills that negoti-", "ators need"], "data skills that negotiators need"),
        (["Mirlesse (Hewlett Pack-", "ard Enterprise)"], "Mirlesse (Hewlett Packard Enterprise)"),
        (["the multi-", "stakeholder model"], "the multi-stakeholder model"),
        (["a cross-", "border flow"], "a cross-border flow"),
        (["co-", "organised by ISOC"], "co-organised by ISOC"),
        (["the pre-", "and post-session calls"], "the pre- and post-session calls"),
        (["Internet Governance -", "Forum"], "Internet Governance - Forum"),
        (["two  spaced", "", "lines"], "two spaced lines"),
    ],
)  # fmt: skip
def test_join_lines_rejoins_hyphenated_words_and_keeps_compounds(lines, joined):
    assert join_lines(lines) == joined


def test_drop_decorations_removes_emoji_and_email_leftovers_only():
    assert drop_decorations("Kate Doyle\N{WOMAN}\N{ZERO WIDTH JOINER}\N{PERSONAL COMPUTER}") == (
        "Kate Doyle"
    )
    assert drop_decorations("\N{THUMBS UP SIGN}\N{EMOJI MODIFIER FITZPATRICK TYPE-4}Ana Ruiz") == (
        "Ana Ruiz"
    )
    assert drop_decorations("Maud Barret Bertelloni [email protected]") == "Maud Barret Bertelloni"
    assert drop_decorations("Maryant Fernández-Pérez") == "Maryant Fernández-Pérez"


def test_emoji_glued_to_names_are_cleaned_and_kept_as_written():
    people = people_on_line(
        "Kate Doyle\N{SPARKLES} (Promundo), \N{EARTH GLOBE EUROPE-AFRICA}Will Hudson (Google), "
        "Joyce Dogniez (ISOC\N{SPARKLES}), Deborah Brown (APC) [email protected]",
        SPAN,
        (Role.SPEAKER,),
    )
    assert [
        (p.name, p.name_as_written, p.organisation.name, p.organisation.acronym) for p in people
    ] == [
        ("Kate Doyle", "Kate Doyle\N{SPARKLES}", "Promundo", None),
        ("Will Hudson", "\N{EARTH GLOBE EUROPE-AFRICA}Will Hudson", "Google", None),
        ("Joyce Dogniez", "Joyce Dogniez", None, "ISOC"),
        ("Deborah Brown", "Deborah Brown", None, "APC"),
    ]


def test_organiser_line_wrapped_inside_an_item_is_one_line(wrapped):
    organisations = [(o.organisation.name, o.organisation.acronym) for o in wrapped.organizers]
    assert organisations == [
        ("Association for Progressive Communications", "APC"),
        ("Centre for Communication Governance at National Law University Delhi", "CCG"),
        ("Citizen Lab", None),
    ]
    assert [(o.span.start_line, o.span.end_line) for o in wrapped.organizers] == [(7, 8)] * 3
    assert not [p for p in wrapped.people if p.role is Role.ORGANIZER]


def test_people_lines_with_hyphenation_emoji_and_email_leftovers(wrapped):
    people = [
        (p.role, p.name, p.name_as_written, p.organisation and p.organisation.as_written)
        for p in wrapped.people
    ]
    assert people == [
        (Role.CHAIR, "Deborah Brown", "Deborah Brown \N{GLOBE WITH MERIDIANS}", "APC"),
        (
            Role.RAPPORTEUR,
            "Maud Barret Bertelloni",
            "Maud Barret Bertelloni [email protected]",  # the reader turns NBSP into a space
            None,
        ),
        (
            Role.SPEAKER,
            "Chinmayi Arun",
            "Chinmayi Arun",
            "Centre for Communication Governance at National Law University Delhi",
        ),
        (Role.SPEAKER, "Kathy Brown", "Kathy Brown", "Internet Society"),  # "Internet So-"
        (Role.SPEAKER, "Francisco Vera Hott", "Francisco Vera Hott", "Privacy International"),
        (Role.SPEAKER, "Lea Kaspar", "Lea Kaspar", "Global Partners Digital"),
    ]
    kathy = wrapped.people[3]
    assert (kathy.span.start_line, kathy.span.end_line) == (16, 17)
    assert wrapped.people[-1].span.start_line == 18


def test_wrapped_label_ends_the_answer_before_it(wrapped):
    assert [p.text for p in wrapped.key_issues] == [
        "Several speakers held that the multi-stakeholder model needs security experts and "
        "rights advocates at one table."
    ]
    assert wrapped.key_issues[0].as_written.startswith("Several speakers held that the multi- ")
    assert [p.text for p in wrapped.discussions] == [
        "The panel moved between encryption, surveillance and the pre- and post-incident "
        "duties of states."
    ]
    assert (25, 26) in [(span.start_line, span.end_line) for span in wrapped.labels]
    assert wrapped.gender.participants == 40
    assert wrapped.unparsed == []


def test_only_lines_cut_inside_an_item_are_joined():
    margin_line = "Derechos Digitales, Citizen Lab, Global Partners Digital (GPD), Privacy"
    lines = [
        "- Session Organizer: Internet Society (ISOC), Centre for Internet and",
        "Society (CIS)",
        "",
        "Google, Microsoft",
        "Access Now",
        "",
        margin_line,
        "International",
        "Kaja Ciglic, Microsoft, Lea Kaspar, Global Partners Digital, Madeleine",
        "Panel 2",
        "",
        "Chrystiane Roy (Government of",
        "Canada)",
    ]
    assert [(b.first, b.last, b.joined) for b in read_blocks(lines)] == [
        (1, 2, "Internet Society (ISOC), Centre for Internet and Society (CIS)"),
        (4, 4, "Google, Microsoft"),
        (5, 5, "Access Now"),
        (7, 8, f"{margin_line} International"),
        (9, 9, "Kaja Ciglic, Microsoft, Lea Kaspar, Global Partners Digital, Madeleine"),
        (10, 10, "Panel 2"),
        (12, 13, "Chrystiane Roy (Government of Canada)"),
    ]
