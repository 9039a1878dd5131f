"""A small hand-made report shared by the RDF and query unit tests.

IGF 2019, WS #99 "Data and Rights": Ana Núñez (speaker) and Bob Smith (moderator) on
Panel 1, Dana Roe rapporteur of the session and its organiser on behalf of CIG (known
only by its acronym), the Internet Society (ISOC) organising too; one key issue.
"""

from __future__ import annotations

import datetime as dt

from igfgraph.model import (
    Basis,
    GenderFigures,
    Organisation,
    Organizer,
    Passage,
    PersonMention,
    Report,
    Role,
    Session,
    SourceSpan,
    StakeholderGroup,
    Unparsed,
)

SOURCE = "reports/igf2019-ws-99.txt"
FILE = "igf2019-ws-99.txt"
TITLE = "Data and Rights"


def span(start: int, end: int | None = None, text: str = "...") -> SourceSpan:
    """Lines ``start``..``end`` of the small report."""
    return SourceSpan(SOURCE, start, end or start, text)


def small_report() -> Report:
    """A fresh copy of the small report."""
    isoc = Organisation(
        "Internet Society (ISOC)",
        span(5, 6),
        name="Internet Society",
        acronym="ISOC",
        name_basis=Basis.STATED,
        stakeholder_group_basis=Basis.GAZETTEER,
        wikidata="Q1069121",
    )
    cig = Organisation(
        "CIG", span(5, 6), acronym="CIG", stakeholder_group=StakeholderGroup.GOVERNMENT
    )
    derechos = Organisation(
        "DerechosDigitales",
        span(12),
        name="Derechos Digitales",
        stakeholder_group=StakeholderGroup.CIVIL_SOCIETY,
    )
    return Report(
        source=SOURCE,
        sha256="0f" * 32,
        variant="t17_report",
        variant_reason="hand-made",
        encoding="utf-8",
        session=Session(
            title=TITLE,
            title_as_written="DATA ANDRIGHTS",
            id="WS #99",
            year=2019,
            type="workshop",
            date=dt.date(2019, 11, 26),
            time="09:00-10:30",
            meeting="IGF 2019",
            spans={"title": span(2)},
        ),
        organizers=[
            Organizer(
                span(5, 6),
                organisation=isoc,
                stakeholder_group=StakeholderGroup.TECHNICAL_COMMUNITY,
            ),
            Organizer(
                span(5, 6),
                person_name="Dana Roe",
                organisation=cig,
                stakeholder_group=StakeholderGroup.GOVERNMENT,
            ),
        ],
        people=[
            PersonMention(
                "Ana Núñez",
                "Ana Nuñez",
                Role.SPEAKER,
                span(12),
                panel=1,
                organisation=derechos,
                title="Director",
                stakeholder_group=StakeholderGroup.CIVIL_SOCIETY,
                stakeholder_group_basis=Basis.RULE,
                turns=3,
                words_spoken=120,
                name_gender="female",
            ),
            PersonMention(
                "Bob Smith",
                "Moderator: Bob Smith",
                Role.MODERATOR,
                span(13),
                panel=1,
                organisation=cig,
                stakeholder_group=StakeholderGroup.GOVERNMENT,
                turns=2,
                words_spoken=80,
                name_gender="male",
            ),
            PersonMention("Dana Roe", "Dana Roe", Role.RAPPORTEUR, span(14)),
        ],
        key_issues=[Passage("Who holds the data?", "Who holdsthe data?", span(20))],
        gender=GenderFigures(
            participants=40,
            women_share=0.45,
            statements=[Passage("About 45% women", "About 45% women", span(30))],
        ),
        unparsed=[Unparsed("Remote hub: none", span(35))],
    )
