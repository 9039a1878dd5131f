"""The catalogue of bad inputs (tests/fixtures/bad/catalogue.yaml): each one is refused
with its one-line message, or read for what it holds; none crashes, and a store that
meets them keeps everything it held."""

from __future__ import annotations

import importlib
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_cli import SEED, igfgraph, query_json, runner

from bench.generate import write_corpus
from igfgraph.cli import app
from igfgraph.errors import InputError
from igfgraph.ingest import PARALLEL_MIN_FILES, collect_files, ingest, load_reports
from igfgraph.model import Role
from igfgraph.parse import parse_all
from igfgraph.parse.coverage import unaccounted_lines
from igfgraph.queries import run_query
from igfgraph.sources import read_source
from igfgraph.store import open_store

ingest_module = importlib.import_module("igfgraph.ingest")  # the package exports ingest()
BAD = Path(__file__).parent / "fixtures" / "bad"
CATALOGUE: list[dict[str, Any]] = yaml.safe_load((BAD / "catalogue.yaml").read_text("utf-8"))
GOOD = Path(__file__).parent / "fixtures" / "corpus" / "md_ws186_2017.md"
MIB = 1024 * 1024

# 100 given and 100 family names from many countries: 10,000 distinct people.
GIVEN = """Ana Kofi Mei Ivan Lea Omar Nadia Tomas Sara Yuki Amina Pablo Chen Fatima Lars Priya
Diego Ingrid Kwame Leila Mateo Noura Olga Rahul Sofia Tariq Ursula Viktor Wanjiru Xavier
Yasmin Zeynep Aiko Bruno Carmen Dmitri Elif Farid Grace Hamid Irene Jomo Katya Luis Marta
Nikolai Oksana Paulo Qiang Rosa Samir Thandi Uma Vera Wei Ximena Yusuf Zainab Abebe Beatriz
Cyril Dalia Emeka Freya Gustavo Hana Idris Jana Kemal Lucia Musa Nina Oscar Parisa Quentin
Ruth Sipho Tanya Ugo Valentina Wiremu Yara Zoltan Adil Bianca Chidi Dora Enrique Fiona Goran
Hiroshi Imani Jakub Kiri Lina Mohammed Njeri Orla Pedro Rania""".split()
FAMILY = """Mensah Ruiz Wang Petrov Okafor Haddad Novak Tanaka Silva Kowalski Nguyen Osei Moreau
Rossi Jensen Ibrahim Kim Lopez Schmidt Singh Acheampong Bauer Costa Dubois Eriksen Farouk
Garcia Horvat Ito Jovanovic Kamau Lindqvist Mwangi Nakamura Oliveira Popescu Quispe Rahman
Sato Torres Usman Vasquez Weber Xu Yilmaz Zhang Abara Banda Chowdhury Diallo Esposito Fischer
Gomes Hussain Ivanova Juarez Kariuki Larsen Mahmoud Nowak Ortiz Pereira Qureshi Reyes Suzuki
Traore Uddin Volkov Wilson Yadav Zulu Achieng Bello Castro Demir Ekwueme Ferreira Gupta Herrera
Iqbal Janssen Koroma Lungu Murray Ndlovu Okonkwo Park Ramos Sharma Tesfaye Ueda Vargas Walsh
Yamamoto Zapata Adeyemi Berger Cruz Dlamini Haile""".split()


def zip_bomb(path: Path) -> None:
    """A .docx whose document part unpacks to 200 MiB of zeros (about 200 kB zipped)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        with bomb.open("word/document.xml", "w", force_zip64=True) as part:
            zeros = bytes(MIB)
            for _ in range(200):
                part.write(zeros)
    assert path.stat().st_size < MIB


def huge_text(path: Path) -> None:
    """A 200 MiB text file (sparse: it takes no disk, and must never be read whole)."""
    with path.open("wb") as file:
        file.truncate(200 * MIB)


def not_word(path: Path) -> None:
    """A zip file named .docx that holds no Word parts."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "A list of things to bring to the workshop.")


def deep_nesting(path: Path) -> None:
    """A page nesting 300 elements inside each other, with text before and after."""
    depth = 300
    path.write_text(
        "<html><body>\n<h1>IGF 2017 WS #37 Deep pages</h1>\n"
        + "<div>" * depth
        + "Speaker: Ana Ruiz"
        + "</div>" * depth
        + "\n<p>Kofi Mensah closed the session.</p>\n</body></html>\n",
        encoding="utf-8",
    )


def one_long_line(path: Path) -> None:
    """A report whose second line is 50 MB of words (a dump on one line)."""
    with path.open("w", encoding="utf-8") as file:
        file.write("IGF 2017 WS #37 A session on one line\n")
        file.write("the forum heard many voices " * (50 * 1000 * 1000 // 28))
        file.write("\nSpeakers: Ana Ruiz, Internet Society\n")


def ten_thousand_speakers(path: Path) -> None:
    """A 2017 rapporteur report whose speaker list names 10,000 different people."""
    speakers = [f"{given} {family} ({family} Foundation)" for family in FAMILY for given in GIVEN]
    path.write_text(
        "IGF 2017 Reporting Template\n\n"
        "- Session Title: An open mic with ten thousand voices\n\n"
        "- Date: 18 December, 2017\n\n"
        "- List of Speakers and their institutional affiliations:\n\n"
        + "\n".join(speakers)
        + "\n\n- Key Issues raised (1 sentence per issue)\n\n"
        "Everyone who wanted to speak had a turn.\n",
        encoding="utf-8",
    )


GENERATORS: dict[str, Callable[[Path], None]] = {
    "zip_bomb.docx": zip_bomb,
    "huge_200mb.txt": huge_text,
    "not_word.docx": not_word,
    "deep_nesting.html": deep_nesting,
    "ten_thousand_speakers.txt": ten_thousand_speakers,
    "one_long_line.txt": one_long_line,
}
REFUSED = [entry for entry in CATALOGUE if "refused" in entry]
READ = [entry for entry in CATALOGUE if "read" in entry]


def entry_name(entry: dict[str, Any]) -> str:
    return entry.get("file") or entry["generate"]


def materialise(entry: dict[str, Any], folder: Path) -> Path:
    """The entry's file in ``folder``: copied from the catalogue, or generated."""
    path = folder / entry_name(entry)
    if "file" in entry:
        shutil.copyfile(BAD / entry["file"], path)
    else:
        GENERATORS[entry["generate"]](path)
    return path


def test_catalogue_is_complete():
    files = {entry["file"] for entry in CATALOGUE if "file" in entry}
    assert files == {path.name for path in BAD.iterdir()} - {"catalogue.yaml"}
    assert {entry["generate"] for entry in CATALOGUE if "generate" in entry} == set(GENERATORS)
    assert len(CATALOGUE) == 14


@pytest.mark.parametrize("entry", REFUSED, ids=entry_name)
def test_refused_with_its_message(entry: dict[str, Any], tmp_path: Path):
    path = materialise(entry, tmp_path)
    with pytest.raises(InputError) as raised:
        load_reports(path)
    error = raised.value
    assert (error.path, error.line, error.message) == (
        str(path),
        entry.get("line"),
        entry["refused"],
    )
    where = f"{path}:{entry['line']}" if "line" in entry else str(path)
    assert str(error) == f"{where}: {entry['refused']}"
    assert "\n" not in str(error)


def test_the_size_limit_can_be_raised_and_lowered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    bomb = tmp_path / "zip_bomb.docx"
    zip_bomb(bomb)
    monkeypatch.setenv("IGFGRAPH_MAX_BYTES", str(300 * MIB))
    with pytest.raises(InputError, match=r"not a readable Word file \(KeyError\)"):
        load_reports(bomb)  # past the size check, then found to hold no Word parts
    monkeypatch.setenv("IGFGRAPH_MAX_BYTES", "1000")
    with pytest.raises(InputError) as raised:
        load_reports(SEED)
    assert raised.value.message.startswith(f"is {SEED.stat().st_size:,} bytes,")
    assert "more than the limit of 1,000;" in raised.value.message


@pytest.mark.parametrize("entry", READ, ids=entry_name)
def test_read_for_what_it_holds(entry: dict[str, Any], tmp_path: Path):
    path = materialise(entry, tmp_path)
    source = read_source(path)
    expected = entry["read"]
    if "speakers" in expected:  # parse stage only: see the README's reliability section
        reports = parse_all(source)
    else:
        reports = load_reports(path)
    [report] = reports
    assert (report.variant, report.encoding, report.session.title) == (
        expected["variant"],
        expected["encoding"],
        expected["title"],
    )
    if "speakers" in expected:
        speakers = [p for p in report.people if p.role is Role.SPEAKER]
        assert len(speakers) == len({p.name for p in speakers}) == expected["speakers"]
        assert (speakers[0].name, speakers[-1].name) == ("Ana Mensah", "Rania Haile")
        assert speakers[-1].organisation.as_written == "Haile Foundation"
        with pytest.raises(InputError) as raised:  # past parsing: refused, not quadratic
            load_reports(path)
        assert raised.value.message == (
            "names 10,000 people in one session, more than the limit of 500; "
            "if it really is one session, raise the limit with $IGFGRAPH_MAX_PEOPLE"
        )
    else:
        assert [[p.name, p.role.value] for p in report.people] == expected["people"]
    assert unaccounted_lines(source, reports) == []


def test_store_keeps_everything_when_bad_files_come(tmp_path: Path):
    store = tmp_path / "store"
    code, _, err = igfgraph("ingest", str(SEED), store=store)
    assert code == 0, err
    stats_before = query_json(store, "stats")
    partners_before = query_json(store, "who_spoke_with_whom", "person=Kathy Brown")
    assert len(partners_before) == 19
    bad_folder = tmp_path / "bad"
    bad_folder.mkdir()
    bad = [materialise(entry, bad_folder) for entry in REFUSED]

    code, out, err = igfgraph("ingest", *map(str, bad), store=store)
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == len(bad)
    for path, line in zip(bad, lines, strict=True):
        assert line.startswith(f"igfgraph: {path}")
    assert out.startswith(f"ingested 0 of {len(bad)} reports")
    assert query_json(store, "stats") == stats_before
    assert query_json(store, "who_spoke_with_whom", "person=Kathy Brown") == partners_before

    code, out, err = igfgraph(
        "ingest", *map(str, bad[:3]), str(GOOD), *map(str, bad[3:]), store=store
    )
    assert code == 1
    assert len(err.splitlines()) == len(bad)
    assert out.startswith(f"ingested 1 of {len(bad) + 1} reports")
    assert query_json(store, "stats")[0]["reports"] == stats_before[0]["reports"] + 1
    assert query_json(store, "who_spoke_with_whom", "person=Kathy Brown") == partners_before
    assert os.environ.get("IGFGRAPH_MAX_BYTES") is None


def test_max_bytes_option(tmp_path: Path):
    result = runner.invoke(
        app, ["parse", str(SEED), "--max-bytes", "1000"], env={"IGFGRAPH_MAX_BYTES": None}
    )
    assert result.exit_code == 1
    assert result.stderr == (
        f"igfgraph: {SEED}: is {SEED.stat().st_size:,} bytes, more than the limit of 1,000; "
        "if it really is a report, raise the limit with --max-bytes or $IGFGRAPH_MAX_BYTES\n"
    )
    result = runner.invoke(
        app, ["parse", str(SEED), "--max-bytes", "8000"], env={"IGFGRAPH_MAX_BYTES": None}
    )
    assert result.exit_code == 0, result.stderr
    assert "IGFGRAPH_MAX_BYTES" not in os.environ  # the limit was for those runs only


def test_bad_files_among_hundreds_read_by_workers_lose_nothing(tmp_path: Path):
    """Enough files to use worker processes, the bad ones sorting first and among the
    good: each bad file is one error, every good one is stored."""
    folder = tmp_path / "folder"
    write_corpus(folder, PARALLEL_MIN_FILES)
    bad = [materialise(entry, folder) for entry in REFUSED]
    first = folder / "000_empty.txt"
    first.write_text("")
    with open_store(tmp_path / "store") as store:
        summary = ingest(store, collect_files([folder]), workers=2)
        stored = run_query(store, "stats")[0]["reports"]
    assert sorted(error.path for error in summary.failed) == sorted(map(str, [first, *bad]))
    assert len(summary.ingested) == stored == PARALLEL_MIN_FILES


def test_a_file_that_trips_a_bug_is_one_error_and_the_others_are_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    folder = tmp_path / "folder"
    write_corpus(folder, 3)
    files = collect_files([folder])
    real = ingest_module.parse_reports

    def load(path: Path, *args: Any) -> Any:
        if path == files[1]:
            raise IndexError("list index out of range")
        return real(path, *args)

    monkeypatch.setattr(ingest_module, "parse_reports", load)
    with open_store("memory:") as store:
        summary = ingest(store, files, workers=1)
        assert run_query(store, "stats")[0]["reports"] == 2
    [error] = summary.failed
    assert str(error) == (
        f"{files[1]}: could not be read (IndexError: list index out of range); a bug in "
        "igfgraph, please report it with the file"
    )
