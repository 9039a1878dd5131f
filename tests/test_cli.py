"""The command line on the seed report: ingest, query, viz, export, stats, bad input."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import rdflib
from rdflib.namespace import FOAF
from typer.testing import CliRunner

from igfgraph.cli import app
from igfgraph.tools.validate import Violation

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "reports" / "igf2017-ws-rights-based-approach-to-cybersecurity.txt"
KATHY_PANEL = {"Chinmayi Arun", "Marietje Schaake", "Francisco Vera Hott", "Peggy Hicks"}

runner = CliRunner()


def igfgraph(*args: str, store: Path | None = None) -> tuple[int, str, str]:
    """Run the command line in-process; (exit code, stdout, stderr)."""
    env = {"IGFGRAPH_STORE": str(store)} if store else {}
    result = runner.invoke(app, list(args), env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("store") / "graph"
    code, out, err = igfgraph("ingest", str(SEED), store=store)
    assert code == 0, err
    assert out.startswith("ingested 1 of 1 reports into")
    return store


def query_json(store: Path, name: str, *params: str) -> list[dict]:
    args = ["query", name, "--format", "json"]
    for param in params:
        args += ["--param", param]
    code, out, err = igfgraph(*args, store=store)
    assert code == 0, err
    return json.loads(out)


def test_who_spoke_with_kathy_brown(seed_store: Path):
    rows = query_json(seed_store, "who_spoke_with_whom", "person=Kathy Brown")
    assert {row["person"] for row in rows} == {"Kathy Brown"}
    partners = {row["partner"]: row for row in rows}
    assert len(partners) == len(rows) == 19
    assert "Kathy Brown" not in partners
    assert "Maud Barret Bertelloni" not in partners  # the rapporteur did not speak
    assert {"Deborah Brown", "Anriette Esterhuysen", "Maryant Fernández"} <= set(partners)
    assert {name for name, row in partners.items() if row["shared_panels"] > 0} == KATHY_PANEL
    assert all(row["shared_sessions"] == 1 for row in rows)
    assert all(isinstance(row["shared_panels"], int) for row in rows)


def test_who_spoke_with_whom_without_person_lists_every_pair_both_ways(seed_store: Path):
    rows = query_json(seed_store, "who_spoke_with_whom")
    speakers = {row["person"] for row in rows}
    assert len(speakers) == 20  # 15 speakers, 4 panel moderators, the chair
    assert len(rows) == 20 * 19


def test_query_formats_keep_their_shape(seed_store: Path):
    code, out, _ = igfgraph(
        "query",
        "who_spoke_with_whom",
        "-p",
        "person=Peggy Hicks",
        "--format",
        "csv",
        store=seed_store,
    )
    assert code == 0
    header, *lines = out.splitlines()
    assert header.split(",")[:4] == ["person", "partner", "shared_sessions", "shared_panels"]
    assert len(lines) == 19
    code, out, _ = igfgraph(
        "query", "who_spoke_with_whom", "-p", "person=Peggy Hicks", store=seed_store
    )
    assert code == 0 and "19 rows" in out


def test_parameters_are_values_not_query_text(seed_store: Path):
    hostile = 'Kathy Brown" } ; DROP ALL # \n { <x> <y> "z'
    code, out, err = igfgraph(
        "query", "who_spoke_with_whom", "-p", f"person={hostile}", store=seed_store
    )
    assert (code, out) == (1, "")  # looked up as a name, found as none
    assert err.startswith("igfgraph: no person named ") and "did you mean Kathy Brown?" in err
    assert len(query_json(seed_store, "who_spoke_with_whom", "person=Kathy Brown")) == 19


def test_unknown_query_and_parameter_are_one_line_errors(seed_store: Path):
    code, _, err = igfgraph("query", "no_such_query", store=seed_store)
    assert code == 1 and err.count("\n") == 1 and "no query named 'no_such_query'" in err
    code, _, err = igfgraph("query", "who_spoke_with_whom", "-p", "colour=red", store=seed_store)
    assert code == 1 and "unknown parameter colour" in err


def test_queries_lists_the_questions_and_internal_queries_still_run_by_name(seed_store: Path):
    """``igfgraph queries`` lists the questions of ``queries/``, not the plumbing of
    ``queries/internal/``; an internal query still runs by name (``igfgraph remove`` points
    to ``ingested_files``)."""
    code, out, err = igfgraph("queries")
    assert code == 0, err
    listed = [line.split("(", 1)[0] for line in out.splitlines()]
    assert listed == sorted(path.stem for path in (ROOT / "queries").glob("*.rq"))
    assert "who_spoke_with_whom" in listed and "stats" in listed
    internal = sorted(path.stem for path in (ROOT / "queries" / "internal").glob("*.rq"))
    assert internal == [
        "ingested_files",
        "known_organisations",
        "known_people",
        "organisation_facets",
        "panels_of_people",
        "people_with_partners",
        "session_topics",
        "sessions_of_people",
        "speaker_names",
        "speakers_by_panel",
        "speakers_by_session",
        "topics_of_sessions",
    ]
    assert not set(internal) & set(listed)
    (row,) = query_json(seed_store, "ingested_files")
    assert row["file"] == str(SEED)


def test_reingesting_changes_nothing(seed_store: Path, tmp_path: Path):
    before = query_json(seed_store, "stats")
    code, _, err = igfgraph("ingest", str(SEED), store=seed_store)
    assert code == 0, err
    assert query_json(seed_store, "stats") == before
    export = tmp_path / "again.nq"
    assert igfgraph("export", "--format", "nquads", "--out", str(export), store=seed_store)[0] == 0
    lines = [line for line in export.read_text().splitlines() if line.strip()]
    assert len(lines) == len(set(lines))


def test_stats_counts_the_seed(seed_store: Path):
    (stats,) = query_json(seed_store, "stats")
    assert stats["reports"] == 1
    assert stats["sessions"] == 1
    assert stats["people"] == 21
    assert stats["organisations"] >= 9


@pytest.mark.parametrize(
    ("fmt", "rdflib_format", "dataset"),
    [
        ("turtle", "turtle", False),
        ("nt", "nt", False),
        ("trig", "trig", True),
        ("jsonld", "json-ld", True),
    ],
)
def test_export_parses_back(seed_store: Path, tmp_path: Path, fmt, rdflib_format, dataset):
    out = tmp_path / f"graph.{fmt}"
    code, _, err = igfgraph("export", "--format", fmt, "--out", str(out), store=seed_store)
    assert code == 0, err
    graph = rdflib.Dataset(default_union=True) if dataset else rdflib.Graph()
    graph.parse(out, format=rdflib_format)
    names = {str(o) for o in graph.objects(None, FOAF.name)}
    assert {"Kathy Brown", "Maryant Fernández", "Luis Fernando García"} <= names
    if dataset:
        graphs = {str(g.identifier) for g in graph.graphs() if len(g)}
        assert any(iri.startswith("https://w3id.org/igfgraph/id/report/") for iri in graphs)


def test_viz_writes_an_offline_page(seed_store: Path, tmp_path: Path):
    out = tmp_path / "pictures" / "co-speakers.html"
    code, stdout, err = igfgraph("viz", "co-speakers", "--out", str(out), store=seed_store)
    assert code == 0, err
    assert "20 nodes, 190 edges" in stdout
    page = out.read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page
    assert "Kathy Brown" in page
    code, stdout, err = igfgraph("viz", "org-ties", "--out", str(out), store=seed_store)
    assert code == 0, err


def test_parse_json_shape():
    code, out, err = igfgraph("parse", str(SEED))
    assert code == 0, err
    parsed = json.loads(out)
    assert list(parsed)[:4] == ["source", "variant", "session", "organizers"]
    assert set(parsed["session"]) >= {"id", "year", "type", "title", "date", "time", "meeting"}
    assert len(parsed["people"]) == 21
    assert len(parsed["organizers"]) == 9
    code, out, err = igfgraph("parse", str(SEED), "--format", "turtle")
    assert code == 0, err
    dataset = rdflib.Dataset()
    dataset.parse(data=out, format="trig")
    names = {str(o) for _, _, o, _ in dataset.quads((None, FOAF.name, None, None))}
    assert len(names) == 21


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("form.txt", b"Session title:\nSpeakers: |\n", "every line is a label with no value"),
    ],
)
def test_bad_input_is_one_line_and_the_store_keeps_what_it_had(
    seed_store: Path, tmp_path: Path, name: str, content: bytes, message: str
):
    before = query_json(seed_store, "stats")
    bad = tmp_path / name
    bad.write_bytes(content)
    code, out, err = igfgraph("ingest", str(bad), store=seed_store)
    assert code == 1
    assert err.count("\n") == 1 and str(bad) in err and message in err
    assert "ingested 0 of 1 reports" in out
    assert query_json(seed_store, "stats") == before


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    code, out, err = igfgraph("ingest", str(bad), str(SEED), store=tmp_path / "store")
    assert code == 1
    assert "ingested 1 of 2 reports" in out and "1 files refused" in out
    assert str(bad) in err


def test_console_script_honours_the_store_environment(tmp_path: Path):
    store = tmp_path / "env-store"
    env = {"IGFGRAPH_STORE": str(store), "PATH": str(Path(sys.executable).parent)}
    done = subprocess.run(
        [Path(sys.executable).parent / "igfgraph", "ingest", str(SEED)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert store.is_dir()
    done = subprocess.run(
        [Path(sys.executable).parent / "igfgraph", "stats", "--format", "json"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert json.loads(done.stdout)[0]["reports"] == 1


@pytest.mark.parametrize(
    ("param", "person"),
    [("person=kathy brown", "Kathy Brown"), ("person=MARYANT FERNANDEZ", "Maryant Fernández")],
)
def test_a_name_is_found_whatever_its_case_and_accents(seed_store: Path, param: str, person: str):
    rows = query_json(seed_store, "who_spoke_with_whom", param)
    assert rows and {row["person"] for row in rows} == {person}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["query", "who_spoke_with_whom", "--param", "person=Kathy Browne"],
            "no person named 'Kathy Browne' in the store; did you mean Kathy Brown?",
        ),
        (
            ["query", "organisation_ties", "--param", "org=Internet Societi"],
            # (or another close one)
            "no organisation named 'Internet Societi' in the store; did you mean Internet Society",
        ),
        (
            ["query", "sessions_by_topic", "--param", "topic=privacyy"],
            "no topic named 'privacyy' in the store; did you mean privacy",
        ),
        (
            ["query", "who_spoke_wit_whom"],
            "no query named 'who_spoke_wit_whom'; did you mean who_spoke_with_whom?",
        ),
        (
            ["viz", "co-speakers", "--param", "year=2017", "--out", "x.html"],
            "co-speakers: no parameter 'year'; did you mean years?",
        ),
        (
            ["viz", "co-speakers", "--param", "roles=speakr", "--out", "x.html"],
            "co-speakers: no roles 'speakr' in this picture; did you mean speaker?",
        ),
        (
            ["viz", "co-speakers", "--param", "years=2099", "--out", "x.html"],
            "co-speakers: no years '2099' in this picture; known: 2017",
        ),
        (
            ["viz", "co-speakr", "--out", "x.html"],
            "no picture named 'co-speakr'; did you mean co-speakers?",
        ),
        (
            ["viz", "co-speakers", "--view", "all", "--out", "x.html"],
            "view='all': use one of backbone, communities",
        ),
    ],
)
def test_a_lookup_that_finds_nothing_says_so_and_suggests(
    seed_store: Path, args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(tmp_path)
    code, out, err = igfgraph(*args, store=seed_store)
    assert code == 1 and out == ""
    assert err.startswith(f"igfgraph: {message}")
    assert not (tmp_path / "x.html").exists()


def test_every_error_takes_one_form(seed_store: Path, tmp_path: Path):
    """Fatal or per file, an error is one line starting 'igfgraph: ' and naming the path."""
    missing = tmp_path / "nosuch.ttl"
    assert igfgraph("import", str(missing), store=seed_store)[2] == (
        f"igfgraph: {missing}: no such file; check the path\n"
    )
    folder = tmp_path / "reports"
    folder.mkdir()
    assert igfgraph("parse", str(folder))[2] == (
        f"igfgraph: {folder}: is a folder; give a report file (igfgraph ingest reads folders)\n"
    )
    empty = folder / "empty.txt"
    empty.write_text("")
    code, _, err = igfgraph("ingest", str(empty), str(SEED), store=tmp_path / "store")
    assert code == 1 and err == (
        f"igfgraph: {empty}: is empty; give a file holding the text of an IGF report\n"
    )


def test_ingest_counts_refused_files_once_and_warns_of_generic_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    notes = tmp_path / "notes.txt"
    notes.write_text("Shopping list\n\nMilk and bread for the week.\n")
    ingest_module = importlib.import_module("igfgraph.ingest")
    real = ingest_module.validate_graphs

    def two_problems(graphs: Any) -> list[Violation]:
        graphs = list(graphs)
        if "igf2017" not in graphs[0][0]:
            return real(graphs)
        return [Violation(f"{SEED}:3", "first", "x"), Violation(f"{SEED}:4", "second", "x")]

    monkeypatch.setattr(ingest_module, "validate_graphs", two_problems)
    code, out, err = igfgraph(
        "ingest", "--validate", str(SEED), str(notes), store=tmp_path / "store"
    )
    assert code == 1
    assert err.splitlines() == [
        f"igfgraph: {SEED}:3: first [x]",
        f"igfgraph: {SEED}:4: second [x]",
        f"igfgraph: warning: {notes}: no known IGF report family: read as a generic "
        "document; check it is an IGF report",
    ]
    assert out.startswith("ingested 1 of 2 reports") and out.rstrip().endswith(
        "written into report graphs; 1 files refused (2 problems above)"
    )


def test_stats_says_what_its_triples_count(seed_store: Path):
    code, out, _ = igfgraph("stats", store=seed_store)
    assert code == 0
    assert "(distinct triples in the store, the ontology's included)" in out


COMMANDS = [command.name for command in app.registered_commands]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_reads_like_a_well_kept_command_line(command: str):
    """Metavariables (PATH..., DIR|URL, KEY=VALUE), no type noise (<bool>, list[Path])."""
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    for noise in ("<bool>", "<str>", "list[", "{", "TEXT  Store"):
        assert noise not in result.stdout, f"{command}: {noise}"


def test_the_usage_lines_name_what_commands_take():
    usage = {
        command: next(
            line.strip()
            for line in runner.invoke(
                app, [command, "--help"], prog_name="igfgraph"
            ).stdout.splitlines()
            if "Usage:" in line
        )
        for command in ("ingest", "query", "viz", "import", "eval")
    }
    assert usage == {
        "ingest": "Usage: igfgraph ingest [OPTIONS] PATH|URL...",
        "query": "Usage: igfgraph query [OPTIONS] QUERY",
        "viz": "Usage: igfgraph viz [OPTIONS] PICTURE",
        "import": "Usage: igfgraph import [OPTIONS] FILE...",
        "eval": "Usage: igfgraph eval [OPTIONS] DIR",
    }


def test_an_output_path_in_a_missing_folder_is_an_error(seed_store: Path, tmp_path: Path):
    deep = tmp_path / "nonexistent" / "dir" / "x.html"
    code, _, err = igfgraph("viz", "co-speakers", "--out", str(deep), store=seed_store)
    assert code == 1 and err == (
        f"igfgraph: {deep}: the folder {tmp_path / 'nonexistent'} does not exist; give a path "
        "in an existing folder\n"
    )
    assert not (tmp_path / "nonexistent").exists()
    one_level = tmp_path / "out" / "x.html"  # the usual out/ folder is made
    code, _, err = igfgraph("viz", "co-speakers", "--out", str(one_level), store=seed_store)
    assert code == 0, err
    assert one_level.exists()


def test_a_table_fits_the_terminal_one_line_a_row(seed_store: Path):
    env = {**os.environ, "COLUMNS": "100", "IGFGRAPH_STORE": str(seed_store)}
    command = [sys.executable, "-c", "from igfgraph.cli import app; app()", "query"]
    narrow = subprocess.run(
        [*command, "person_timeline", "--param", "person=Kathy Brown"],
        env=env, capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip
    assert all(len(line) <= 100 for line in narrow)
    assert len(narrow) == 6  # top, header, rule, one row, bottom and the count
    assert narrow[-1].startswith("1 rows; not shown: ") and narrow[-1].endswith(
        "(--wide shows them)"
    )
    assert "Kathy Brown" in narrow[3]
    wide = subprocess.run(
        [*command, "person_timeline", "--param", "person=Kathy Brown", "--wide"],
        env=env, capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip
    assert wide[-1] == "1 rows" and len(wide) > len(narrow)


HEAVY = ("rdflib", "scipy", "networkx", "pyshacl", "owlready2", "igfgraph.parse", "igfgraph.ingest")


def modules_loaded_by(code: str) -> set[str]:
    """The top modules (and igfgraph stages) a fresh interpreter holds after ``code``."""
    shown = "import sys; print('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", f"{code}\n{shown}"], capture_output=True, text=True, check=True
    )
    return {name for name in result.stdout.split() if name.startswith(HEAVY)}


def test_the_command_line_starts_without_the_stages() -> None:
    """``igfgraph --help`` loads no stage and no heavy library: each command imports what
    it runs when it runs (the start-up times are in bench/RESULTS.md)."""
    assert modules_loaded_by("import igfgraph.cli") == set()
    assert modules_loaded_by("import igfgraph") == set()


def test_one_persons_query_loads_no_parser_and_no_sparse_matrices(seed_store: Path) -> None:
    """``igfgraph query who_spoke_with_whom --param person=NAME`` on the embedded store
    loads no parser, no sparse matrices and no rdflib (a tenth of a second of start-up):
    parameters are pyoxigraph's terms, rows are plain values."""
    loaded = modules_loaded_by(
        "from igfgraph.queries import run_query; from igfgraph.store import open_store"
    )
    assert not {name for name in loaded if name.startswith(("scipy", "igfgraph.parse"))}
    assert not {name for name in loaded if name.startswith("rdflib")}
    command = [
        "query", "who_spoke_with_whom", "--param", "person=kathy brown", "--format", "json",
        "--store", str(seed_store),
    ]  # fmt: skip
    loaded = modules_loaded_by(
        f"import sys\nfrom igfgraph.cli import app\nsys.argv = ['igfgraph', *{command!r}]\n"
        "try:\n    app()\nexcept SystemExit as end:\n    assert not end.code, end.code"
    )
    assert not {name for name in loaded if name.startswith(("rdflib", "scipy", "igfgraph.parse"))}


def test_the_api_ingest_stays_a_function_once_its_stage_is_imported() -> None:
    code = (
        "import igfgraph\nfrom igfgraph.ingest import collect_files\n"
        "print(callable(igfgraph.ingest), igfgraph.ingest.__module__)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["True", "igfgraph"]
