"""Start-up benchmark: how long the commands a researcher types take before they answer.

Each command runs in a fresh process, as a shell runs it; the baseline is a Python that
does nothing (``python -c pass``) timed in the same run, so the ratios hold across
machines. One generated corpus is ingested first, for the commands that read a store::

    python -m bench.bench_startup --reports 2000 --repeat 5
    python -m bench.bench_startup --reports 10000 --store STORE --person A --person B

Results replace the "Start-up" section of ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_store import RESULTS, busiest_person, write_section
from bench.generate import write_corpus
from igfgraph.ingest import ingest
from igfgraph.store import OxigraphStore

SECTION = "## Start-up"
IGFGRAPH = [str(Path(sys.executable).with_name("igfgraph"))]  # the installed command


def best_wall_time(command: list[str], repeat: int) -> float:
    """The best wall time, in seconds, of ``repeat`` runs of ``command`` (which must succeed)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        best = min(best, time.perf_counter() - start)
    return best


def commands(store: Path, people: list[str]) -> dict[str, list[str]]:
    """The commands timed, by the label they get in the table (one row per person)."""
    on_store = ["--store", str(store)]
    return {
        "`python -c pass` (baseline)": [sys.executable, "-c", "pass"],
        "`import igfgraph`": [sys.executable, "-c", "import igfgraph"],
        "`igfgraph --help`": [*IGFGRAPH, "--help"],
        "`igfgraph query --help`": [*IGFGRAPH, "query", "--help"],
        "`igfgraph stats`": [*IGFGRAPH, "stats", *on_store],
        **{
            f"`igfgraph query who_spoke_with_whom --param person='{person}'`": [
                *IGFGRAPH,
                "query",
                "who_spoke_with_whom",
                "--param",
                f"person={person}",
                *on_store,
            ]
            for person in people
        },
        "`igfgraph query who_spoke_with_whom` (everyone)": [
            *IGFGRAPH,
            "query",
            "who_spoke_with_whom",
            "--format",
            "csv",
            *on_store,
        ],
    }


def generated_store(reports: int, work: Path) -> tuple[Path, str]:
    """A store of ``reports`` generated reports in ``work``, and its busiest person."""
    files = write_corpus(work / "corpus", reports)
    with OxigraphStore(work / "store") as store:
        ingest(store, files)
    return work / "store", busiest_person(files)


def run(store_path: Path, people: list[str], repeat: int, about: str) -> list[str]:
    """Time every command on the store; the lines of the results section."""
    lines = [
        f"Store: {about}; best of {repeat} runs each.",
        "",
        "| command | wall time (s) | x baseline |",
        "|---|---:|---:|",
    ]
    baseline = None
    for label, command in commands(store_path, people).items():
        seconds = best_wall_time(command, repeat)
        baseline = baseline or seconds
        lines.append(f"| {label} | {seconds:.2f} | {seconds / baseline:.1f} |")
    return lines


def partner_counts(args: argparse.Namespace) -> list[tuple[str, int]]:
    """How many people each person asked about spoke with (rows of their answer)."""
    counts = []
    for person in args.person:
        answer = subprocess.run(
            [
                *IGFGRAPH,
                *("query", "who_spoke_with_whom", "--param", f"person={person}"),
                *("--format", "csv", "--store", str(args.store)),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        counts.append((person, max(len(answer.stdout.splitlines()) - 1, 0)))
    return counts


def main() -> None:
    """Command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--store", type=Path, help="a store of generated reports made before (with --person)"
    )
    parser.add_argument(
        "--person", action="append", help="a person to ask about in --store (repeatable)"
    )
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args()
    command = f"python -m bench.bench_startup --reports {args.reports} --repeat {args.repeat}"
    about = f"{args.reports:,} generated reports (bench/generate.py)"
    if args.store:
        if not args.person:
            parser.error("--store needs --person")
        command += " --store STORE" + "".join(f" --person '{name}'" for name in args.person)
        partners = ", ".join(f"{name} {count:,}" for name, count in partner_counts(args))
        about = f"{about}, ingested before; partners: {partners}"
        lines = run(args.store, args.person, args.repeat, about)
    else:
        with tempfile.TemporaryDirectory(prefix="igfgraph-bench-") as work:
            store, person = generated_store(args.reports, Path(work))
            lines = run(store, [person], args.repeat, f"{about}; {person} is the busiest")
    write_section(args.results, SECTION, lines, command)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
