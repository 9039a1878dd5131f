"""How many reports per second the parser reads on one core, and which stage is slowest.

Usage: ``python bench/bench_parse.py [FOLDER...] [--repeat N]`` (default: the seed, the
shared dev corpus when present, and tests/fixtures/corpus). Every document with a gold
file is read, parsed and resolved ``N`` times; the time of each stage is summed. The
baseline, measured in the same process, is reading the same files' bytes and splitting
them into lines, so the ratio ``stage / baseline`` compares across machines. The target
is 200 typical reports per second for the three stages together; typical reports are
text ones (``.txt``, ``.md``, saved ``.html``/``.htm`` pages). PDF and Word files are
reported apart: their text extraction (pdfminer's layout analysis, about 0.1 s a page)
dominates, and they are a minority of what users hold.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path

from igfgraph.errors import InputError
from igfgraph.parse import parse_all
from igfgraph.resolve import resolve
from igfgraph.sources import read_source
from igfgraph.tools.evaluate import gold_documents

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDERS = [
    ROOT / "examples" / "reports",
    ROOT.parent / "shared" / "corpus" / "dev",
    ROOT / "tests" / "fixtures" / "corpus",
]
TARGET_PER_SECOND = 200
TYPICAL = {".txt", ".md", ".html", ".htm"}


def one_core() -> None:
    """Pin this process to one CPU core where the system allows it."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def timed(stages: dict[str, float], name: str, run: Callable[[], object]) -> object:
    """Run ``run``, add its time to ``stages[name]`` and return what it returns."""
    start = time.perf_counter()
    result = run()
    stages[name] = stages.get(name, 0.0) + time.perf_counter() - start
    return result


def bench(documents: list[Path], repeat: int) -> tuple[dict[str, float], float, int]:
    """(seconds per stage, baseline seconds, documents parsed) over ``repeat`` rounds."""
    stages: dict[str, float] = {}
    parsed = 0
    for _ in range(repeat):
        for path in documents:
            source = timed(stages, "read", lambda path=path: read_source(path))
            reports = timed(stages, "parse", lambda source=source: parse_all(source))
            timed(stages, "resolve", lambda reports=reports: [resolve(r) for r in reports])
            parsed += 1
    start = time.perf_counter()
    for _ in range(repeat):
        for path in documents:
            path.read_bytes().decode("utf-8", errors="replace").splitlines()
    return stages, time.perf_counter() - start, parsed


def main() -> None:
    """Print documents per second, the time per stage and the slowest stage."""
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("folders", nargs="*", type=Path)
    arguments.add_argument("--repeat", type=int, default=20)
    options = arguments.parse_args()
    folders = [f for f in options.folders or DEFAULT_FOLDERS if f.is_dir()]
    documents = [document for folder in folders for document, _gold in gold_documents(folder)]
    one_core()
    readable = []
    for path in documents:  # warm up (caches, lazy imports, word lists); skip failures
        try:
            [resolve(report) for report in parse_all(read_source(path))]
        except InputError as error:
            print(f"skipped: {error}")
        else:
            readable.append(path)
    documents = readable
    stages, baseline, parsed = bench(documents, options.repeat)
    total = sum(stages.values())
    print(f"{len(documents)} documents x {options.repeat} rounds on one core")
    for name, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(
            f"  {name:8} {seconds / parsed * 1000:7.2f} ms/document  {seconds / total:6.1%}"
            f"  {seconds / baseline:8.1f} x baseline"
        )
    print(f"{parsed / total:.0f} documents/s, every format")
    print(f"slowest stage: {max(stages, key=stages.__getitem__)}")
    typical = [path for path in documents if path.suffix.lower() in TYPICAL]
    typical_stages, _, typical_count = bench(typical, options.repeat)
    per_second = typical_count / sum(typical_stages.values())
    verdict = "meets" if per_second >= TARGET_PER_SECOND else "below"
    print(
        f"{per_second:.0f} typical (text and HTML) reports/s "
        f"({verdict} the target of {TARGET_PER_SECOND}/s)"
    )
    by_suffix: dict[str, list[Path]] = {}
    for path in documents:
        by_suffix.setdefault(path.suffix, []).append(path)
    if len(by_suffix) > 1:
        for suffix, paths in sorted(by_suffix.items()):
            suffix_stages, _, count = bench(paths, max(1, options.repeat // 4))
            print(f"  {suffix:6} {count / sum(suffix_stages.values()):8.0f} documents/s")


if __name__ == "__main__":
    main()
