"""Validation of real reports: every document of the dev corpus passes, one organisation
listed on its own line and through its people has one value of each kind, a report that
names nobody is valid (with a warning), and every message reads well."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED_DIR
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, SKOS
from typer.testing import CliRunner

from igfgraph.cli import app
from igfgraph.errors import QueryError
from igfgraph.ingest import load_reports
from igfgraph.queries import parse_query_file
from igfgraph.rdf import report_graph_iri, report_to_dataset
from igfgraph.rdf.ontology import shapes_graph, vocabulary_graph
from igfgraph.tools.evaluate import gold_documents
from igfgraph.tools.validate import WARNING, Violation, check_severity, validate_graphs
from igfgraph.vocab import ID, IGF, STAKEHOLDER

DEV_CORPUS = SHARED_DIR / "corpus" / "dev"
DEV_DOCUMENTS = [d for d, _gold in gold_documents(DEV_CORPUS)] if DEV_CORPUS.is_dir() else []
# Our own corpus and the layouts composed after real documents.
OWN_DOCUMENTS = [
    document
    for folder in ("corpus", "layouts")
    for document, _gold in gold_documents(Path(__file__).parent / "fixtures" / folder)
]

# The first 30 lines of the dev corpus's sp2023_day0_68_2021.txt (a 2021 session page):
# the caucus organises on its own line (13) and through two people of it (line 14), each
# with their own regional group.
DAY0_68 = """\
IGF 2021 Day 0 Event #68 Civil Society Pre-event: Internet Governance in times of Crisis

Time

Monday, 6th December, 2021 (14:45 UTC) - Monday, 6th December, 2021 (16:15 UTC)

Room

Ballroom A

Organizers

Internet Governance Caucus
Bruna Martins dos Santos, co-coordinator Internet Governance Caucus, Civil Society, GRULAC \
Sheetal Kumar, co-coordinator Internet Governance Caucus, Civil Society, WEOG

Speakers

There is no fixed list of speakers; the session is an open exchange among civil society \
organisations and activists.

Onsite Moderator

Sheetal Kumar

Online Moderator

Bruna Santos

Duration (minutes)

90
"""

# The first 40 lines of the dev corpus's t16_bpf_cyber_2016.txt (a 2016 rapporteur
# template): the organiser, rapporteur and speaker sections are empty (its gold file: "a
# parser must return no people").
BPF_CYBER = """\
Reporting Template for IGF Workshop Sessions


Session title:



2016 IGF Best Practice Forum (BPF) Cybersecurity: "Building Confidence and Security in \
the use of Information and Communications Technologies (ICTs) through Enhanced \
Cooperation and Collaboration"

IGF Day 3 - Thursday, 8 December 2016 - 09:00-10:30 - WS Room #9



Workshop Organiser:





Rapporteur/Note Taker:




List of Speakers and their institutional affiliations:





Key Issues raised (1 sentence per issue):



The session presented the draft output paper of the 2016 Best Practice Forum on \
Cybersecurity.

Participants discussed how stakeholder groups can cooperate and communicate with each \
other on cybersecurity.

Capacity building was discussed as an integral part of the forum's future work.
"""
EMPTY_SESSION = (
    "check session_without_people: Which sessions have nobody taking part, on the session "
    "or on any of its panels?"
)
CAUCUS = ID[
    "session/igf-2021-day-0-event-68/participation/org/internet-governance-caucus/organizer"
]


def report_file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def graphs(path: Path) -> list[tuple[str, Graph]]:
    """Each report of ``path`` as a ``(graph IRI, graph)`` pair."""
    pairs = []
    for report in load_reports(path):
        iri = report_graph_iri(report)
        pairs.append((str(iri), report_to_dataset(report).graph(iri)))
    return pairs


@pytest.mark.parametrize("path", DEV_DOCUMENTS + OWN_DOCUMENTS, ids=lambda p: p.name)
def test_every_dev_corpus_report_has_no_violations(path: Path):
    assert [str(v) for v in validate_graphs(graphs(path))] == []


def test_an_organisation_on_its_own_line_and_through_its_people_is_valid(tmp_path: Path):
    path = report_file(tmp_path, "sp2023_day0_68_2021.txt", DAY0_68)
    [(iri, graph)] = graphs(path)
    assert validate_graphs([(iri, graph)]) == []
    # The caucus's own line speaks for its participation: the gold file's organiser entry
    # for it (civil society by the gazetteer, no regional group).
    assert set(graph.objects(CAUCUS, IGF.stakeholderGroup)) == {STAKEHOLDER["civil-society"]}
    assert set(graph.objects(CAUCUS, IGF.stakeholderGroupBasis)) == {Literal("gazetteer")}
    assert set(graph.objects(CAUCUS, IGF.regionalGroup)) == set()
    # Each person keeps their own regional group and stated group.
    session = "session/igf-2021-day-0-event-68/participation"
    for person, region in [("bruna-martins-dos-santos", "GRULAC"), ("sheetal-kumar", "WEOG")]:
        node = ID[f"{session}/{person}/organizer"]
        assert set(graph.objects(node, IGF.regionalGroup)) == {Literal(region)}
        assert set(graph.objects(node, IGF.stakeholderGroupBasis)) == {Literal("stated")}


def test_an_organisation_named_only_through_its_people_takes_the_first_entry(tmp_path: Path):
    text = DAY0_68.replace("Internet Governance Caucus\nBruna", "Bruna")
    [(iri, graph)] = graphs(report_file(tmp_path, "day0_68_people_only.txt", text))
    assert validate_graphs([(iri, graph)]) == []
    assert set(graph.objects(CAUCUS, IGF.regionalGroup)) == {Literal("GRULAC")}
    assert set(graph.objects(CAUCUS, IGF.stakeholderGroupBasis)) == {Literal("stated")}


def test_too_many_values_are_named_with_the_allowed_values_and_what_was_found(tmp_path: Path):
    path = report_file(tmp_path, "sp2023_day0_68_2021.txt", DAY0_68)
    [(iri, graph)] = graphs(path)
    # What the writer made of the caucus before: one value from each of its entries.
    graph.add((CAUCUS, IGF.stakeholderGroupBasis, Literal("stated")))
    graph.add((CAUCUS, IGF.regionalGroup, Literal("GRULAC")))
    graph.add((CAUCUS, IGF.regionalGroup, Literal("WEOG")))
    assert [(v.where, v.message) for v in validate_graphs([(iri, graph)])] == [
        (
            f"{path}:13",
            'a participation has at most one regional group, as text; found 2: "GRULAC" '
            '(text), "WEOG" (text)',
        ),
        (
            f"{path}:13",
            "a participation has at most one stakeholder group basis, which must be one of "
            'stated, organiser list, gazetteer, rule, corpus; found 2: "gazetteer" (text), '
            '"stated" (text)',
        ),
    ]


def test_an_unknown_basis_is_named_with_the_allowed_values(tmp_path: Path):
    path = report_file(tmp_path, "sp2023_day0_68_2021.txt", DAY0_68)
    [(iri, graph)] = graphs(path)
    graph.set((CAUCUS, IGF.stakeholderGroupBasis, Literal("guess")))
    [violation] = validate_graphs([(iri, graph)])
    assert (violation.where, violation.message) == (
        f"{path}:13",
        "a participation has at most one stakeholder group basis, which must be one of "
        'stated, organiser list, gazetteer, rule, corpus; found "guess" (text)',
    )


def _in_constraints() -> list[tuple[str, list[str]]]:
    """Each sh:in constraint's message and the labels of its allowed values."""
    shapes, vocabulary = shapes_graph(), vocabulary_graph()
    found = []
    for constraint in shapes.subjects(SH["in"], None):
        values = Collection(shapes, shapes.value(constraint, SH["in"]))
        labels = [
            str(vocabulary.value(v, SKOS.prefLabel)) if isinstance(v, URIRef) else str(v)
            for v in values
        ]
        found.append((str(shapes.value(constraint, SH.message)), labels))
    return sorted(found)


@pytest.mark.parametrize("message, labels", _in_constraints(), ids=lambda x: str(x)[:40])
def test_every_allowed_values_message_lists_them_separated_by_commas(message, labels):
    assert "None" not in labels  # every concept has a label
    listed = ", ".join(labels)
    with_or = ", ".join(labels[:-1]) + " or " + labels[-1]
    assert f"one of {listed}" in message or with_or in message, message


def test_there_are_allowed_values_messages():
    assert len(_in_constraints()) >= 6


def test_a_report_naming_nobody_is_valid_with_a_warning(tmp_path: Path):
    path = report_file(tmp_path, "t16_bpf_cyber_2016.txt", BPF_CYBER)
    pairs = graphs(path)
    assert not any((None, RDF.type, IGF.Participation) in graph for _, graph in pairs)
    assert validate_graphs(pairs) == []
    [warning] = validate_graphs(pairs, warnings=True)
    assert (warning.where, warning.message, warning.severity) == (
        f"{path}:8",
        EMPTY_SESSION,
        WARNING,
    )
    assert warning.is_warning
    assert str(warning).startswith(f"{path}:8: warning: {EMPTY_SESSION} [session/igf-2016-")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1] == f"{path}: valid (1 warning)"
    assert lines[0].startswith(f"{path}:8: warning: {EMPTY_SESSION}")


def test_violations_and_warnings_sort_and_print_apart():
    violation = Violation("a.txt:1", "broken", str(ID["person/x"]))
    warning = Violation("a.txt:1", "worth a look", str(ID["person/x"]), WARNING)
    assert (str(violation), str(warning)) == (
        "a.txt:1: broken [person/x]",
        "a.txt:1: warning: worth a look [person/x]",
    )
    assert not violation.is_warning and warning.is_warning


def test_a_check_with_an_unknown_severity_is_refused(tmp_path: Path):
    check = tmp_path / "odd.rq"
    check.write_text("# question: Odd?\n# columns: node\n# severity: fatal\nSELECT ?node {}\n")
    with pytest.raises(QueryError, match="severity"):
        check_severity(parse_query_file(check))


def test_an_organiser_named_twice_has_one_valid_participation(tmp_path: Path):
    path = report_file(
        tmp_path,
        "sp_2017_ws256.txt",
        "Short Title\n"
        "    ITU, Internet Governance, and why you should probably care.\n"
        "    Proposer's Name: Mr. Gus Rossi\n"
        "    Proposer's Organization: Public Knowledge\n"
        "    Co-Proposer's Name: Ms. Anriette Esterhuysen\n"
        "    Co-Proposer's Organization: APC\n"
        "    Co-Organizers:\n"
        "    Ms.,Anriette,Esterhuysen,Civil Society,APC Mr.,Gus,Rossi,Civil Society,Public "
        "Knowledge\n",
    )
    pairs = graphs(path)
    assert [str(v) for v in validate_graphs(pairs)] == []
    (report,) = load_reports(path)
    named = [o.person_name for o in report.organizers if o.person_name]
    assert sorted(named) == ["Anriette Esterhuysen", "Gus Rossi"]
