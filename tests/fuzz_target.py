"""Fuzz the reading stages: random and mutated reports through ``load_reports``.

Every input either gives reports whose every non-blank line is accounted for, or one
:class:`InputError`; nothing else may escape. The test suite runs a fixed budget
(tests/test_fuzz.py); ``make fuzz`` runs a longer one and says how many inputs it tried:

    PYTHONPATH=. python tests/fuzz_target.py --examples 5000 --folders 3

It also fuzzes folders: good, bad, huge and same-named files, enough of them for worker
processes, ingested with nothing lost (:func:`fuzz_folder`).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.generate import write_corpus
from igfgraph.errors import InputError
from igfgraph.ingest import PARALLEL_MIN_FILES, collect_files, ingest, load_reports
from igfgraph.parse.coverage import unaccounted_lines
from igfgraph.queries import run_query
from igfgraph.sources import read_source
from igfgraph.sources.limits import max_bytes
from igfgraph.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted(
    [
        *(ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"),
        *(ROOT / "tests" / "fixtures" / "corpus").glob("*.md"),
        *(ROOT / "tests" / "fixtures" / "corpus").glob("*.htm*"),
        *(ROOT / "examples" / "reports").glob("*.txt"),
    ]
)
SUFFIXES = (".txt", ".md", ".html", ".docx", ".pdf")
# Text that means something to the parsers: labels, roles, ids, bullets, odd characters.
PIECES = (
    "- Session Title:", "Moderator:", "Speaker 1:", "Organizer 1:", "Panel 2", "(", ")",
    "WS #186", "IGF 2019 WS #341", "Key Issues", "Gender Reporting", "Rapporteur:", ", ",
    "; ", "•", "\u2013", "\ufffd", "\u00a0", "<div>", "</p>", "<br>", "|", "Ms.", "H.E.",
    "Ana Ruiz (APC)", "Kofi Mensah, Civil Society, African Group", "12 out of 18", "N/S",
    "\r\n", "\n\n", "\t", "\x00", "😀", "Fernández", "Day 0 Event #68", "1.", "Time:",
)  # fmt: skip


@st.composite
def mutated_report(draw: st.DrawFn) -> bytes:
    """A real report with lines deleted, repeated, swapped, cut, joined or written over."""
    lines = draw(st.sampled_from(SEEDS)).read_bytes().splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 8))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(("delete", "repeat", "swap", "cut", "join", "insert")))
        if how == "delete":
            del lines[at]
        elif how == "repeat":
            lines.insert(at, lines[at])
        elif how == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif how == "cut":
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
        elif how == "join" and at + 1 < len(lines):
            lines[at : at + 2] = [lines[at].rstrip(b"\r\n") + lines[at + 1]]
        else:
            piece = draw(st.sampled_from(PIECES) | st.text(max_size=40))
            lines.insert(at, piece.encode("utf-8", "surrogatepass") + b"\n")
    return b"".join(lines)


def made_up_text() -> st.SearchStrategy[bytes]:
    """Text stitched from parser-meaningful pieces and random characters, in some encoding."""
    pieces = st.lists(st.sampled_from(PIECES) | st.text(max_size=30), max_size=60)
    encoding = st.sampled_from(("utf-8", "utf-16", "cp1252", "latin-1"))
    return st.builds(lambda parts, enc: "".join(parts).encode(enc, "replace"), pieces, encoding)


FUZZ_INPUTS = st.tuples(
    mutated_report() | made_up_text() | st.binary(max_size=2000), st.sampled_from(SUFFIXES)
)


def check_input(raw: bytes, suffix: str, folder: Path) -> str:
    """Read ``raw`` as a report file; "read" or "refused". Anything else raises."""
    path = folder / f"fuzzed{suffix}"
    path.write_bytes(raw)
    try:
        reports = load_reports(path)
    except InputError as error:
        assert "\n" not in str(error) and str(error).startswith(str(path)), str(error)
        return "refused"
    assert reports, "no report and no error"
    assert unaccounted_lines(read_source(path), reports) == []
    return "read"


def run(examples: int) -> dict[str, int]:
    """Try ``examples`` fuzzed inputs; how many were read and how many refused."""
    outcomes = {"read": 0, "refused": 0}

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(FUZZ_INPUTS)
    def fuzz(case: tuple[bytes, str]) -> None:
        with tempfile.TemporaryDirectory() as folder:
            outcomes[check_input(*case, Path(folder))] += 1

    fuzz()
    return outcomes


def fuzz_folder(folder: Path, seed: int) -> tuple[int, int]:
    """A folder of good reports (enough for worker processes), bad ones (fuzzed inputs that
    are refused, empty, binary, huge and one-line files) and files sharing names in other
    folders, ingested into a new store: every bad file is one error, every good one is
    stored under an identity of its own, and a second run skips them all. (good, bad)."""
    chance = random.Random(seed)
    good = write_corpus(folder / "generated", PARALLEL_MIN_FILES + chance.randint(0, 40), seed)
    for number, path in enumerate(chance.sample(good, 10)):  # the same names elsewhere
        twin = folder / f"copies-{number}" / path.name
        twin.parent.mkdir()
        twin.write_bytes(path.read_bytes().replace(b"Session Title: ", b"Session Title: Re: "))
        good.append(twin)
    bad = [folder / "000-empty.txt", folder / "binary.txt", folder / "huge.txt"]
    bad[0].write_bytes(b"")
    bad[1].write_bytes(bytes(chance.randrange(256) for _ in range(3000)) + b"\x00")
    with bad[2].open("wb") as huge:
        huge.truncate(max_bytes() + 1)  # sparse: never read
    for number in range(chance.randint(5, 20)):
        path = folder / f"bad-{number}" / "report.txt"
        path.parent.mkdir()
        path.write_bytes(b"\x00" * chance.randint(1, 50) + b"\xff\xfe")
        bad.append(path)
    with tempfile.TemporaryDirectory() as store_folder, open_store(store_folder) as store:
        summary = ingest(store, collect_files([folder]), workers=2)
        assert sorted(error.path for error in summary.failed) == sorted(map(str, bad))
        stored = {row["file"]: row["report_iri"] for row in run_query(store, "ingested_files")}
        assert sorted(stored) == sorted(map(str, good)), "a good file was lost"
        assert len(set(stored.values())) == len(good), "two files share an identity"
        again = ingest(store, collect_files([folder]), workers=2)
        assert len(again.skipped) == len(good) and not again.ingested
    return len(good), len(bad)


def main() -> None:
    """``make fuzz``: a long run, then how many inputs and folders were tried."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("--folders", type=int, default=3)
    arguments = parser.parse_args()
    started = time.perf_counter()
    outcomes = run(arguments.examples)
    tried = sum(outcomes.values())
    print(
        f"fuzzed {tried} inputs in {time.perf_counter() - started:.0f} s: "
        f"{outcomes['read']} read, {outcomes['refused']} refused with one line, 0 crashes"
    )
    started, good, bad = time.perf_counter(), 0, 0
    for seed in range(arguments.folders):
        with tempfile.TemporaryDirectory() as folder:
            counts = fuzz_folder(Path(folder), seed)
        good, bad = good + counts[0], bad + counts[1]
    print(
        f"fuzzed {arguments.folders} folders in {time.perf_counter() - started:.0f} s: "
        f"{good} good files all stored, {bad} bad ones refused with one line each, 0 lost"
    )
    sys.exit(0)


if __name__ == "__main__":
    main()
