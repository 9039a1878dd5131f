"""Queries reshaped so that Oxigraph starts from the people given give the rows of their
former shape, on the ingested fixture corpus and on participations that lack a part.

``participations`` tests the classes of people and sessions with FILTER EXISTS and
reads a participation's report line and organisation through nested OPTIONALs of one
pattern each, kept when every part is there; ``panels_of_people`` and ``copanelists``
test the panel with FILTER EXISTS, ``people`` and ``known_people`` the person and the
session (so that one person given by name, or Virtuoso, does not start from every
person or session). The former shapes, plain class patterns and one OPTIONAL of all the
parts, are the reference here: the rows must not change, for
everyone nor for a few people (``run_query_for``), also where a span lacks its end or
its report, a participation has two spans or none, an organisation lacks its label or
its class. ``organisation_ties`` sums 1s and 0s over distinct (pair, session or panel)
rows instead of counting distinct sessions and panels over a UNION whose other branch
leaves them unbound (some Virtuoso servers counted the unbound one): the same rows.
``people`` and ``copanelists`` give one value a row, which the runner joins (their
``# joined:`` lines), where they had sub-queries with GROUP_CONCATs (too long for Virtuoso
to page at 10,000 reports, or too slow for it there): the same rows, the same lists.
``session_people`` reads a participation's agent once, in one OPTIONAL (a person and the
organisation on behalf of which, or an organising organisation), where the person's
OPTIONAL and the organisation's (``igf:onBehalfOf|igf:agent``) both read it (Virtuoso 7
then left the person's IRI unbound in some rows): the same rows, organisers' and people's.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bench.bench_engines import normalised
from igfgraph.ingest import collect_files, ingest
from igfgraph.queries import NamedQuery, load_query, run_query, run_query_for
from igfgraph.store import GraphStore, Row, open_store

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
IGF = "https://w3id.org/igfgraph/ontology#"
ODD = "https://example.org/odd/"
INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

FORMER = {
    "participations": (
        ("  ?person_iri foaf:name ?person .\n  ?participation", "  ?participation"),
        (
            "  FILTER EXISTS { ?person_iri a foaf:Person }\n",
            "  ?person_iri a foaf:Person ;\n    foaf:name ?person .\n",
        ),
        (
            """  ?session_iri schema:name ?session_title .
  FILTER EXISTS { ?session_iri a igf:Session }
""",
            """  ?session_iri a igf:Session ;
    schema:name ?session_title .
""",
        ),
        (
            """  OPTIONAL {
    ?participation igf:source ?span .
    OPTIONAL { ?span igf:startLine ?start }
    OPTIONAL { ?span igf:endLine ?end }
    OPTIONAL { ?span igf:inReport ?report . ?report dcterms:source ?file }
    FILTER (BOUND(?start) && BOUND(?end) && BOUND(?file))
""",
            """  OPTIONAL {
    ?participation igf:source ?span .
    ?span igf:startLine ?start ;
      igf:endLine ?end ;
      igf:inReport/dcterms:source ?file .
""",
        ),
        (
            """    OPTIONAL { ?organisation_iri skos:prefLabel ?organisation }
    FILTER (BOUND(?organisation) && EXISTS { ?organisation_iri a org:Organization })
""",
            """    ?organisation_iri a org:Organization ;
      skos:prefLabel ?organisation .
""",
        ),
    ),
    "panels_of_people": (("  FILTER EXISTS { ?event a igf:Panel }\n", "  ?event a igf:Panel .\n"),),
    "known_people": (
        (
            "    ?person_iri foaf:name ?name .\n    FILTER EXISTS { ?person_iri a foaf:Person }\n",
            "    ?person_iri a foaf:Person ;\n      foaf:name ?name .\n",
        ),
        (
            "    FILTER EXISTS { ?session_iri a igf:Session }\n",
            "    ?session_iri a igf:Session .\n",
        ),
    ),
    "session_people": (  # the session or a panel of it: a path, not a UNION from it
        (
            "  { ?participation igf:inEvent ?session_iri BIND (?session_iri AS ?event) }\n"
            "  UNION\n"
            "  { ?event schema:superEvent ?session_iri . ?participation igf:inEvent ?event }\n"
            "  ?participation igf:role/skos:prefLabel ?role_label .\n",
            "  ?participation igf:inEvent ?event ;\n"
            "    igf:role/skos:prefLabel ?role_label .\n"
            "  ?event schema:superEvent? ?session_iri .\n",
        ),
        (  # the agent in two OPTIONALs, the organisation by a path: not read once
            "  OPTIONAL {\n"
            "    {\n"
            "      ?participation igf:agent ?person_iri .\n"
            "      ?person_iri a foaf:Person ;\n"
            "        foaf:name ?person .\n"
            "      OPTIONAL {\n"
            "        ?participation igf:onBehalfOf ?organisation_iri .\n"
            "        ?organisation_iri a org:Organization ;\n"
            "          skos:prefLabel ?organisation .\n"
            "      }\n"
            "    }\n"
            "    UNION\n"
            "    {\n"
            "      ?participation igf:agent ?organiser .\n"
            "      ?organiser a org:Organization ;\n"
            "        skos:prefLabel ?organisation .\n"
            "    }\n"
            "  }\n",
            "  OPTIONAL {\n"
            "    ?participation igf:agent ?person_iri .\n"
            "    ?person_iri a foaf:Person ;\n"
            "      foaf:name ?person .\n"
            "  }\n"
            "  OPTIONAL {\n"
            "    ?participation igf:onBehalfOf|igf:agent ?organisation_iri .\n"
            "    ?organisation_iri a org:Organization ;\n"
            "      skos:prefLabel ?organisation .\n"
            "  }\n",
        ),
    ),
    "organisation_ties": (
        (
            "      (SUM(?is_session) AS ?co_organised) (SUM(?is_panel) AS ?shared_panels)\n",
            "      (COUNT(DISTINCT ?session) AS ?co_organised)\n"
            "      (COUNT(DISTINCT ?panel) AS ?shared_panels)\n",
        ),
        (  # the distinct rows' sub-query: a group of the same patterns
            "      SELECT DISTINCT ?org_iri ?partner_iri ?event ?is_session ?is_panel\n"
            "      WHERE {\n",
            "      {\n",
        ),
        ("BIND (1 AS ?is_session)\n          BIND (0 AS ?is_panel)\n", ""),
        ("BIND (0 AS ?is_session)\n          BIND (1 AS ?is_panel)\n", ""),
        (  # one ?event for the session or panel of a row: ?session in one branch
            "igf:organised ?event .\n          ?partner_iri igf:organised ?event ;",
            "igf:organised ?session .\n          ?partner_iri igf:organised ?session ;",
        ),
        ("?event a igf:Panel", "?panel a igf:Panel"),  # and ?panel in the other
        ("?own igf:inEvent ?event", "?own igf:inEvent ?panel"),
        ("?other igf:inEvent ?event", "?other igf:inEvent ?panel"),
    ),
}
"""Query name -> (its text now, the text of its former shape) pairs."""
FORMER_TEXT = {
    "people": """PREFIX igf: <https://w3id.org/igfgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

SELECT DISTINCT ?person ?person_iri ?stakeholder_group ?organisations ?roles ?sessions ?lines
WHERE {
  ?person_iri foaf:name ?person .
  FILTER EXISTS { ?person_iri a foaf:Person }
  OPTIONAL {
    SELECT ?person ?person_iri
      (GROUP_CONCAT(DISTINCT STR(?group); separator="; ") AS ?stakeholder_group)
    WHERE {
      ?person_iri foaf:name ?person ;
        igf:stakeholderGroup/skos:prefLabel ?group .
      FILTER (LANGMATCHES(LANG(?group), "en"))
    }
    GROUP BY ?person ?person_iri
  }
  OPTIONAL {
    SELECT ?person ?person_iri
      (GROUP_CONCAT(DISTINCT ?organisation; separator="; ") AS ?organisations)
    WHERE {
      ?person_iri foaf:name ?person .
      [] igf:agent ?person_iri ; igf:onBehalfOf/skos:prefLabel ?organisation .
    }
    GROUP BY ?person ?person_iri
  }
  OPTIONAL {
    SELECT ?person ?person_iri
      (GROUP_CONCAT(DISTINCT STR(?role); separator="; ") AS ?roles)
      (GROUP_CONCAT(DISTINCT ?title; separator="; ") AS ?sessions)
    WHERE {
      ?person_iri foaf:name ?person .
      [] igf:agent ?person_iri ;
        igf:role/skos:prefLabel ?role ;
        igf:inEvent/schema:superEvent? ?session .
      ?session schema:name ?title .
      FILTER EXISTS { ?session a igf:Session }
      FILTER (LANGMATCHES(LANG(?role), "en"))
    }
    GROUP BY ?person ?person_iri
  }
  OPTIONAL {
    SELECT ?person ?person_iri (GROUP_CONCAT(DISTINCT ?line; separator="; ") AS ?lines)
    WHERE {
      ?person_iri foaf:name ?person .
      [] igf:agent ?person_iri ;
        igf:source ?span .
      ?span igf:startLine ?start ;
        igf:endLine ?end ;
        igf:inReport/dcterms:source ?file .
      BIND (CONCAT(REPLACE(?file, "^.*[/\\\\\\\\]", ""), ":", STR(?start),
        IF(?end > ?start, CONCAT("-", STR(?end)), "")) AS ?line)
    }
    GROUP BY ?person ?person_iri
  }
}
""",
    "copanelists": """PREFIX igf: <https://w3id.org/igfgraph/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

SELECT ?person ?partner ?panel ?session_title ?person_role ?partner_role
  ?person_iri ?partner_iri ?panel_iri
WHERE {
  {
    SELECT ?person ?person_iri ?partner_iri ?panel_iri
      (GROUP_CONCAT(DISTINCT STR(?own_role); separator="; ") AS ?person_role)
      (GROUP_CONCAT(DISTINCT STR(?other_role); separator="; ") AS ?partner_role)
    WHERE {
      ?person_iri foaf:name ?person .
      ?own igf:agent ?person_iri ;
        igf:inEvent ?panel_iri ;
        igf:role/skos:prefLabel ?own_role .
      FILTER EXISTS { ?panel_iri a igf:Panel }
      ?other igf:agent ?partner_iri ;
        igf:inEvent ?panel_iri ;
        igf:role/skos:prefLabel ?other_role .
      FILTER (?person_iri != ?partner_iri)
      FILTER (LANGMATCHES(LANG(?own_role), "en") && LANGMATCHES(LANG(?other_role), "en"))
    }
    GROUP BY ?person ?person_iri ?partner_iri ?panel_iri
  }
  ?person_iri foaf:name ?person .
  ?partner_iri foaf:name ?partner .
  ?panel_iri schema:name ?panel ;
    schema:superEvent/schema:name ?session_title .
}
""",
    "bridges": """PREFIX igf: <https://w3id.org/igfgraph/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

SELECT ?name ?kind ?own_group
  (GROUP_CONCAT(DISTINCT ?reached_label; separator="; ") AS ?groups_reached)
  (COUNT(DISTINCT ?reached_label) AS ?group_count)
  (COUNT(DISTINCT ?session) AS ?sessions)
  ?agent_iri
WHERE {
  {
    SELECT DISTINCT ?name ?kind ?agent_iri ?session ?own
    WHERE {
      {
        ?agent_iri a foaf:Person ;
          foaf:name ?name .
        ?own_participation igf:agent ?agent_iri ;
          igf:inEvent/schema:superEvent? ?session .
        ?session a igf:Session .
        BIND ("person" AS ?kind)
      }
      UNION
      {
        ?agent_iri a org:Organization ;
          skos:prefLabel ?name .
        ?own_participation igf:agent|igf:onBehalfOf ?agent_iri ;
          igf:inEvent/schema:superEvent? ?session .
        ?session a igf:Session .
        BIND ("organisation" AS ?kind)
      }
      OPTIONAL {
        ?own_participation igf:stakeholderGroup|(igf:onBehalfOf/org:classification) ?stated .
        FILTER (?kind = "person")
      }
      OPTIONAL { ?agent_iri org:classification ?classified }
      BIND (COALESCE(?stated, ?classified) AS ?own)
    }
  }
  {
    SELECT DISTINCT ?session ?reached ?reached_label
    WHERE {
      ?other igf:inEvent/schema:superEvent? ?session ;
        igf:agent ?other_person .
      ?session a igf:Session .
      ?other_person a foaf:Person .
      ?other igf:stakeholderGroup|(igf:onBehalfOf/org:classification) ?reached .
      ?reached skos:prefLabel ?reached_name .
      FILTER (LANGMATCHES(LANG(?reached_name), "en"))
      BIND (STR(?reached_name) AS ?reached_label)
    }
  }
  FILTER (!BOUND(?own) || ?reached != ?own)
  OPTIONAL {
    SELECT ?agent_iri (GROUP_CONCAT(DISTINCT STR(?own_name); separator="; ") AS ?own_group)
    WHERE {
      {
        [] igf:agent ?agent_iri ;
          igf:stakeholderGroup|(igf:onBehalfOf/org:classification) ?mine .
        ?mine skos:prefLabel ?own_name .
      }
      UNION
      {
        ?agent_iri org:classification ?mine .
        ?mine skos:prefLabel ?own_name .
      }
      FILTER (LANGMATCHES(LANG(?own_name), "en"))
    }
    GROUP BY ?agent_iri
  }
}
GROUP BY ?name ?kind ?own_group ?agent_iri
HAVING (COUNT(DISTINCT ?reached_label) >= 2)
""",
    "topics_of_sessions": """PREFIX igf: <https://w3id.org/igfgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

SELECT ?label (GROUP_CONCAT(DISTINCT ?title; separator="; ") AS ?sessions)
WHERE {
  ?session_iri igf:topicMatch/igf:matchedTopic/skos:broader* ?topic_iri .
  ?topic_iri skos:prefLabel ?topic_label .
  OPTIONAL { ?session_iri schema:name ?name }
  BIND (COALESCE(?name, STR(?session_iri)) AS ?title)
  BIND (STR(?topic_label) AS ?label)
}
GROUP BY ?label
""",
}
"""Query name -> the whole text of its former shape: ``people`` joined its lists with
GROUP_CONCAT in a sub-query a column and ``copanelists`` grouped the pairs' roles by IRI
in a sub-query, before the runner joined them (``# joined:``); ``topics_of_sessions``
joined its titles with GROUP_CONCAT (Virtuoso took 40 s over every session at 10,000
reports); ``bridges`` grouped by each agent's own groups too, joined in an OPTIONAL
before grouping (Virtuoso: 55 s an evaluation at 10,000 reports)."""
RUN_FOR_PEOPLE = {"participations", "panels_of_people"}
"""The queries the pictures run for the people they draw (``run_query_for``)."""
RUN_FOR_SESSIONS = {"topics_of_sessions"}
"""The queries the pictures run for the sessions they draw (``run_query_for``)."""
NOT_EMPTY = {"bridges", "session_people", "topics_of_sessions"}
"""Queries whose rows here must not be empty (else their comparison proves nothing)."""


def former(name: str) -> NamedQuery:
    """The query ``name`` in its former shape."""
    query = load_query(name)
    if name in FORMER_TEXT:
        return dataclasses.replace(query, text=FORMER_TEXT[name], joined=())
    text = query.text
    for now, before in FORMER[name]:
        assert now in text, f"{name} no longer reads {now!r}"
        text = text.replace(now, before)
    return dataclasses.replace(query, text=text)


def odd_participations(store: GraphStore) -> str:
    """N-Quads of participations that lack a part, in one graph, for people and sessions
    of ``store``: the person of each takes part in a session they took part in already."""
    rows = store.select(
        f"""SELECT ?person ?role ?event ?report WHERE {{
          ?p <{IGF}agent> ?person ; <{IGF}role> ?role ; <{IGF}inEvent> ?event ;
            <{IGF}source>/<{IGF}inReport> ?report .
        }} LIMIT 6""",
        {},
    )
    graph = f"<{ODD}graph>"
    spans = {  # span -> its parts (start, end, in report)
        "whole": (3, 5, True),
        "no-end": (7, None, True),
        "no-report": (8, 9, False),
    }
    sources = {  # participation -> its spans, and an organisation
        "none": ((), None),
        "partial": (("no-end",), None),
        "two": (("whole", "no-report"), "unlabelled"),
        "lost": (("no-report",), "untyped"),
        "one": (("whole",), "typed"),
    }
    lines = []
    for span, (start, end, in_report) in spans.items():
        node = f"<{ODD}span/{span}>"
        if start is not None:
            lines.append(f'{node} <{IGF}startLine> "{start}"^^<{INTEGER}> {graph} .')
        if end is not None:
            lines.append(f'{node} <{IGF}endLine> "{end}"^^<{INTEGER}> {graph} .')
        if in_report:
            lines.append(f"{node} <{IGF}inReport> <{rows[0]['report']}> {graph} .")
    skos, org_class = "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/org#"
    for name in ("unlabelled", "untyped", "typed"):
        node = f"<{ODD}org/{name}>"
        if name != "untyped":
            lines.append(f"{node} <{TYPE}> <{org_class}Organization> {graph} .")
        if name != "unlabelled":
            lines.append(f'{node} <{skos}prefLabel> "Odd {name}"@en {graph} .')
    for row, (name, (used, organisation)) in zip(rows, sources.items(), strict=False):
        node = f"<{ODD}participation/{name}>"
        lines += [
            f"{node} <{IGF}agent> <{row['person']}> {graph} .",
            f"{node} <{IGF}role> <{row['role']}> {graph} .",
            f"{node} <{IGF}inEvent> <{row['event']}> {graph} .",
            *(f"{node} <{IGF}source> <{ODD}span/{span}> {graph} ." for span in used),
        ]
        if organisation:
            lines.append(f"{node} <{IGF}onBehalfOf> <{ODD}org/{organisation}> {graph} .")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def store() -> GraphStore:
    """The fixture corpus ingested in memory, with :func:`odd_participations` beside it."""
    store = open_store("memory:")
    assert ingest(store, collect_files([CORPUS])).failed == []
    store.write_graphs(odd_participations(store), [f"{ODD}graph"])
    return store


def people(store: GraphStore) -> list[str]:
    """Every person who took part in something."""
    found = store.select(f"SELECT DISTINCT ?p WHERE {{ ?x <{IGF}agent> ?p }}", {})
    return sorted(str(row["p"]) for row in found)


def sessions(store: GraphStore) -> list[str]:
    """Every session that matched a topic."""
    found = store.select(f"SELECT DISTINCT ?s WHERE {{ ?s <{IGF}topicMatch> [] }}", {})
    return sorted(str(row["s"]) for row in found)


def everyone(store: GraphStore, query: NamedQuery) -> list[Row]:
    """The rows of ``query`` for the whole store, in its order."""
    return query.finished(store.select(query.text, {}))


@pytest.mark.parametrize("name", sorted(FORMER | FORMER_TEXT))
def test_rows_are_those_of_the_former_shape(store: GraphStore, name: str) -> None:
    now, before = load_query(name), former(name)
    assert normalised(everyone(store, now)) == normalised(everyone(store, before))
    if name == "participations":
        odd = [row for row in everyone(store, now) if row["line"] is None]
        assert odd, "the odd participations are in the store and read"
    if name == "organisation_ties":  # both counts, alone and together, are compared
        counts = {(r["co_organised"] > 0, r["shared_panels"] > 0) for r in everyone(store, now)}
        assert counts == {(True, False), (False, True), (True, True)}
    if "person" in now.parameters:  # one person given by name, as a user asks
        for person in ("Kathy Brown", "Anriette Esterhuysen"):
            rows = normalised(run_query(store, now, {"person": person}))
            assert rows and rows == normalised(run_query(store, before, {"person": person}))
    if name in NOT_EMPTY:
        assert everyone(store, now), f"{name} gives rows on the fixture corpus"
    if name == "session_people":  # rows of a session and of a panel; of organisers too
        rows = everyone(store, now)
        assert {row["panel"] is None for row in rows} == {True, False}
        assert {row["person"] is None for row in rows if row["organisation"]} == {True, False}
        assert all((row["person"] is None) == (row["person_iri"] is None) for row in rows)
    if name in RUN_FOR_SESSIONS:
        chosen = sessions(store)
        assert len(chosen) > 10
        for few in (chosen[:1], chosen[::5], chosen):
            rows = run_query_for(store, now, "session_iri", few)
            assert rows and normalised(rows) == normalised(
                run_query_for(store, before, "session_iri", few)
            )
    if name not in RUN_FOR_PEOPLE:
        return
    chosen = people(store)
    assert len(chosen) > 50
    for few in (chosen[:1], chosen[::7], chosen):
        assert run_query_for(store, now, "person_iri", few) == run_query_for(
            store, before, "person_iri", few
        )
