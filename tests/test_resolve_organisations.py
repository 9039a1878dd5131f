"""Organisations: the gazetteer, spellings, acronyms learned from the corpus, units, groups."""

from __future__ import annotations

import re

import pytest
import yaml
from rdflib.namespace import ORG, OWL

from igfgraph.model import Basis, Organisation, Organizer, Report, Session, SourceSpan
from igfgraph.model import StakeholderGroup as Group
from igfgraph.parse.affiliations import parse_organisation
from igfgraph.rdf import report_graph_iri, report_to_dataset
from igfgraph.resolve import KnownEntities, resolve
from igfgraph.resolve.organisations import (
    GAZETTEER_FILE,
    CorpusOrganisation,
    OrganisationIndex,
    group_by_rule,
    load_gazetteer,
    parent_name,
)
from igfgraph.vocab import ID, WD

SPAN = SourceSpan("reports/x.txt", 3, 3, "...")


def organiser_report(*organisations: Organisation, source: str = "reports/x.txt") -> Report:
    return Report(
        source=source,
        sha256="00" * 32,
        variant="t17_report",
        variant_reason="test",
        encoding="utf-8",
        session=Session(title="A session", id="WS #1", year=2019),
        organizers=[Organizer(SPAN, organisation=o) for o in organisations],
    )


def organisation(written: str, name: str | None = None, acronym: str | None = None, **kw):
    return Organisation(
        written, SPAN, name=name, acronym=acronym, name_basis=Basis.STATED if name else None, **kw
    )


def test_the_gazetteer_holds_at_least_300_organisations_with_valid_fields():
    raw = yaml.safe_load(GAZETTEER_FILE.read_text(encoding="utf-8"))
    gazetteer = load_gazetteer()
    assert len(raw) == len(gazetteer.entries) >= 300
    names = [entry.name for entry in gazetteer.entries]
    assert len(names) == len(set(names))
    for entry in raw:
        assert set(entry) <= {
            "name",
            "acronyms",
            "aliases",
            "stakeholder_group",
            "country",
            "wikidata",
            "parent",
        }, entry
        assert re.fullmatch(r"Q[1-9]\d*", entry.get("wikidata", "Q1")), entry
        if "parent" in entry:
            assert gazetteer.by_name(entry["parent"]).name == entry["parent"]
    with_ids = {e.name: e.wikidata for e in gazetteer.entries if e.wikidata}
    assert with_ids["Google"] == "Q95" and with_ids["United Nations"] == "Q1065"
    groups = {e.stakeholder_group for e in gazetteer.entries}
    assert groups == {*Group, None}


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("AccessNow", "Access Now"),
        ("access now", "Access Now"),
        ("The Citizen Lab", "Citizen Lab"),
        ("Berkman Klein Center", "Berkman Klein Center for Internet & Society"),
        ("Universite de Geneve", "University of Geneva"),
        ("US State Department", "United States Department of State"),
        ("Association Afnic", "AFNIC"),
        ("Réseaux IP Européens Network Coordination Centre", "RIPE Network Coordination Centre"),
    ],
)
def test_gazetteer_spellings(written, name):
    assert load_gazetteer().by_name(written).name == name


def test_stakeholder_group_precedence_and_basis():
    stated = organisation("Google", "Google")
    stated.stakeholder_group, stated.stakeholder_group_basis = Group.CIVIL_SOCIETY, Basis.STATED
    report = organiser_report(
        stated,
        organisation("EFF", acronym="EFF"),
        organisation("Ministry of Posts of Ruritania", "Ministry of Posts of Ruritania"),
        organisation("Ruritania Wireless Ltd", "Ruritania Wireless Ltd"),
        organisation("Friends of the Web", "Friends of the Web"),
    )
    resolve(report)
    found = [
        (
            o.organisation.name,
            o.organisation.stakeholder_group,
            o.organisation.stakeholder_group_basis,
        )
        for o in report.organizers
    ]
    assert found == [
        ("Google", Group.CIVIL_SOCIETY, Basis.STATED),  # stated in the document wins
        ("Electronic Frontier Foundation", Group.CIVIL_SOCIETY, Basis.GAZETTEER),
        ("Ministry of Posts of Ruritania", Group.GOVERNMENT, Basis.RULE),
        ("Ruritania Wireless Ltd", Group.PRIVATE_SECTOR, Basis.RULE),
        ("Friends of the Web", None, None),  # unknown
    ]


@pytest.mark.parametrize(
    ("name", "group"),
    [
        ("University of Ruritania", Group.ACADEMIA),
        ("Parliament of Ruritania", Group.GOVERNMENT),
        ("State Duma of the Russian Federation", Group.GOVERNMENT),
        ("Federation Council of the Federal Assembly of Ruritania", Group.GOVERNMENT),
        ("United Nations Ruritania Office", Group.INTERGOVERNMENTAL),
        ("Ruritania Telecom", Group.PRIVATE_SECTOR),
        ("Friends of the Web", None),
    ],
)
def test_naming_rules(name, group):
    assert group_by_rule(name) is group


@pytest.mark.parametrize(
    ("name", "parent"),
    [
        ("Centre for Digital Rights at University of Leipzig", "University of Leipzig"),
        ("Institute for Data Law, University of Ruritania", "University of Ruritania"),
        ("Department of Media, the University of Ruritania", "University of Ruritania"),
        ("Friends of the University", None),
        ("University of Ruritania", None),
    ],
)
def test_units_name_their_university(name, parent):
    assert parent_name(name) == parent


def test_a_unit_links_to_its_parent_and_wikidata_in_the_graph():
    report = organiser_report(
        organisation("Oxford Internet Institute", "Oxford Internet Institute"),
        organisation("Google", "Google"),
    )
    graph = report_to_dataset(resolve(report)).graph(report_graph_iri(report))
    oii, oxford = ID["org/oxford-internet-institute"], ID["org/university-of-oxford"]
    assert graph.value(oii, ORG.unitOf) == oxford
    assert graph.value(oii, ORG.subOrganizationOf) == oxford
    assert graph.value(oxford, OWL.sameAs) == WD.Q34433
    assert graph.value(ID["org/google"], OWL.sameAs) == WD.Q95


def test_acronyms_and_spellings_learned_from_the_corpus():
    known = KnownEntities()
    first = organiser_report(
        organisation("Ruritania Digital Forum (RDF)", "Ruritania Digital Forum", "RDF"),
        organisation("Open Web Kollektiv", "Open Web Kollektiv"),
        source="reports/a.txt",
    )
    resolve(first, known)
    second = organiser_report(
        organisation("RDF", acronym="RDF"),
        organisation("OpenWeb Kollektiv", "OpenWeb Kollektiv"),
        source="reports/b.txt",
    )
    resolve(second, known)
    acronym, spelling = (o.organisation for o in second.organizers)
    assert (acronym.name, acronym.name_basis, acronym.key) == (
        "Ruritania Digital Forum",
        Basis.CORPUS,
        "ruritania-digital-forum",
    )
    assert (spelling.name, spelling.name_basis, spelling.key) == (
        "Open Web Kollektiv",
        Basis.CORPUS,
        "open-web-kollektiv",
    )


def test_an_acronym_two_organisations_use_is_not_expanded():
    index = OrganisationIndex(
        [
            CorpusOrganisation("centre-a", "Centre for Anything", frozenset({"CFA"})),
            CorpusOrganisation("council-a", "Council for Archives", frozenset({"CFA"})),
        ]
    )
    assert index.by_acronym("CFA") is None
    assert index.by_name("centre  for ANYTHING").key == "centre-a"


@pytest.mark.parametrize(
    ("written", "name", "parent"),
    [
        ("ISOC Uganda chapter", "Internet Society Uganda Chapter", "Internet Society"),
        ("Internet Society Brazil Chapter", "Internet Society Brazil Chapter", "Internet Society"),
        ("ISOC India Delhi Chapter", "Internet Society India Delhi Chapter", "Internet Society"),
        ("IEEE Student chapter", "IEEE Student chapter", None),  # "Student" is no place
    ],
)
def test_a_chapter_of_a_known_body_is_named_in_full_under_it(
    written: str, name: str, parent: str | None
) -> None:
    span = SourceSpan("x.txt", 1, 1, written)
    organisation = parse_organisation(written, span)
    report = Report(
        source="x.txt",
        sha256="",
        variant="generic",
        variant_reason="",
        encoding="utf-8",
        session=Session(),
        organizers=[Organizer(span, organisation=organisation)],
    )
    resolve(report)
    assert organisation.name == name
    assert (organisation.parent and organisation.parent.name) == parent


@pytest.mark.parametrize(
    ("written", "name", "acronym"),
    [
        ("ICANN Board of Directors", None, "ICANN"),  # a board member speaks for its body
        ("University of Zurich / Noncommercial Users Constituency", "University of Zurich", None),
        (
            "Brazilian Internet Steering Committee/CGI.br",
            "Brazilian Internet Steering Committee",
            "CGI.br",
        ),
    ],
)
def test_a_board_is_its_body_and_two_bodies_give_the_first(
    written: str, name: str | None, acronym: str | None
) -> None:
    organisation = parse_organisation(written, SourceSpan("x.txt", 1, 1, written))
    assert (organisation.name, organisation.acronym) == (name, acronym)
