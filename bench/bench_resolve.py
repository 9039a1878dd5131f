"""Entity resolution: pairwise merge precision and recall, and time for many reports.

Usage: ``python -m bench.bench_resolve [--people N] [--reports N] [--seed S] [--growth N]
[--batch N] [--one-into N [--baseline REF] [--repeat N]]`` (defaults: 3,000 identities,
10,000 reports; growth 1,000, batch 500; one-into 0, baseline main, repeat 3).

A generated corpus with known identities: each identity has a given name, sometimes a
middle name, a family name, an organisation (a quarter move to another one at some point)
and a stakeholder group. A fifth of the identities have a family name among the world's
most common ones (so different people share names: "Ana Garcia" twice); the others have
family names built from syllables, so that two different people with the same distinctive
full name are as rare as they are among real participants. Each report names 4 to 12
identities (popular ones recur, as at the IGF), each written with an injected variant:
as is, diacritics dropped, German transliteration (Jörg -> Joerg), ALL-CAPS family name
first, "Family, Given", a salutation, the middle name dropped or made an initial, a small
typo in a long family name, or an initial for the given name.

Reported: precision and recall over pairs of mentions (same predicted person vs same
identity; targets 0.99 and 0.95), and the time to resolve the reports one after another
with the cross-report index, against a baseline measured in the same process: resolving
the same reports each on its own (no index).

Growth: the time to resolve the same ``--batch`` reports once ``--growth`` reports are
known and once ten times as many are, drawn from a pool of identities so large (300 per
report known) that the people known grow nearly tenfold too, with the comparisons of a
mention with a known person that it takes. Resolution should not slow down as the store
grows: the ratio of the two times per report stays near 1.

One into N (``--one-into N``): the wall time of ``igfgraph ingest FOLDER`` into an on-disk
store that holds N generated reports (bench/generate.py) when one more file has been
added to FOLDER, by this tree and by ``--baseline`` (a git ref, exported with ``git
archive``), each in its own process, in turns, the fastest of ``--repeat`` runs each on a
fresh copy of its store; the first import's time is printed too. The file added sorts
before every other one, so this tree's order-free resolution resolves every stored report
again after it (the worst case). The graph it leaves is compared with the graph of one
run over all N + 1 files.
"""

from __future__ import annotations

import argparse
import copy
import os
import pickle
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

import igfgraph.resolve.people as people_resolution
from igfgraph.model import (
    Organisation,
    PersonMention,
    Report,
    Role,
    Session,
    SourceSpan,
    StakeholderGroup,
)
from igfgraph.resolve import KnownEntities, resolve
from igfgraph.resolve.people import COMMON_FAMILY_NAMES

GIVEN = (
    "Ana Jörg Kofi Maria Lucía José Amina Wanjiru Chen Priya Olga Tomás Sébastien Ngozi "
    "Fatima Hiroshi Ingrid Mateus Zoë Björn Aisha Kwame Léa Rahul Sofía Dmitri Yasmin "
    "Chiara Emeka Jürgen Mónica Anouk Tariq Ewa Nilüfer Bongani Rania Thandiwe Mehmet "
    "Agnès Grzegorz Pilar Sunita Ólafur Kaveh Imani Renée Daniel Sarah Peter Grace Paul"
).split()
MIDDLE = "Paz Luis Anne Marie Kwesi José Maria Lee Jean Noor".split()
SYLLABLES = "ka ro mi lu sen dar vel bo ri han tor el ga nu pes lin mar zo qui fer ost ber".split()
UMLAUTED = ("Müller", "Schäfer", "Köhler", "Bäcker", "Jünger", "Größer")
GROUPS = tuple(StakeholderGroup)
COMMON = sorted(COMMON_FAMILY_NAMES)
SALUTATIONS = ("Dr.", "Ms.", "Mr.", "Prof.", "H.E.")


@dataclass(frozen=True)
class Identity:
    """One real person of the generated corpus."""

    number: int
    given: str
    middle: str | None
    family: str
    organisations: tuple[str, str]  # before and after a move (the same when they stay)
    group: StakeholderGroup


def make_identities(count: int, rng: random.Random) -> list[Identity]:
    """Identities with realistic name collisions (common family names) and moves."""
    identities = []
    for number in range(count):
        if rng.random() < 0.2:
            family = rng.choice(COMMON).title()
        elif rng.random() < 0.05:
            family = rng.choice(UMLAUTED) + rng.choice(SYLLABLES)
        else:
            family = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))).title()
        first = f"Organisation {rng.randrange(count // 3)}"
        moved = f"Organisation {rng.randrange(count // 3)}" if rng.random() < 0.25 else first
        identities.append(
            Identity(
                number,
                rng.choice(GIVEN),
                rng.choice(MIDDLE) if rng.random() < 0.15 else None,
                family,
                (first, moved),
                rng.choice(GROUPS),
            )
        )
    return identities


def _plain(text: str) -> str:
    """Diacritics dropped the way a careless copy does (ö -> o)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _typo(word: str, rng: random.Random) -> str:
    """One letter dropped or two neighbours swapped, past the first letter."""
    at = rng.randrange(1, len(word) - 1)
    if rng.random() < 0.5:
        return word[:at] + word[at + 1 :]
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def written_name(identity: Identity, rng: random.Random) -> tuple[str, str, bool]:
    """(clean name, name as written, keeps the organisation) with one injected variant."""
    given, middle, family = identity.given, identity.middle, identity.family
    full = " ".join(part for part in (given, middle, family) if part)
    variant = rng.choice(
        (
            "as is",
            "as is",
            "plain",
            "german",
            "caps",
            "inverted",
            "salutation",
            "middle",
            "typo",
            "initial",
        )
    )
    if variant == "plain":
        return _plain(full), _plain(full), True
    if variant == "german":
        german = full.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
        return german, german, True
    if variant == "caps":
        rest = " ".join(part for part in (given, middle) if part)
        return f"{family} {rest}", f"{family.upper()} {rest}", True
    if variant == "inverted":
        rest = " ".join(part for part in (given, middle) if part)
        return f"{family}, {rest}", f"{family}, {rest}", True
    if variant == "salutation":
        return full, f"{rng.choice(SALUTATIONS)} {full}", True
    if variant == "middle" and middle:
        shorter = f"{given} {middle[0]}. {family}" if rng.random() < 0.5 else f"{given} {family}"
        return shorter, shorter, True
    if variant == "typo" and len(family) >= 6:
        typo = f"{given} {_typo(family, rng)}"
        return typo, typo, True
    if variant == "initial":
        short = f"{given[0]}. {family}"
        return short, short, True
    return full, full, True


def make_reports(
    identities: list[Identity], count: int, rng: random.Random
) -> tuple[list[Report], list[int]]:
    """Reports naming popular identities more often; the identity of each mention, in order."""
    cumulative = list(accumulate(1 / (rank + 1) ** 0.6 for rank in range(len(identities))))
    reports: list[Report] = []
    truth: list[int] = []
    for number in range(count):
        year = 2006 + number * 18 // count
        source = f"generated/igf{year}-ws-{number}.txt"
        span = SourceSpan(source, 1, 1, "")
        count_named = rng.randint(4, 12)
        drawn = rng.choices(identities, cum_weights=cumulative, k=count_named)
        chosen = {identity.number: identity for identity in drawn}
        people = []
        for identity in chosen.values():
            clean, written, _ = written_name(identity, rng)
            organisation = identity.organisations[0 if year < 2016 else 1]
            people.append(
                PersonMention(
                    clean,
                    written,
                    Role.SPEAKER,
                    span,
                    organisation=Organisation(organisation, span, name=organisation),
                    stakeholder_group=identity.group,
                )
            )
            truth.append(identity.number)
        session = Session(title=f"Session {number}", id=f"WS #{number}", year=year)
        reports.append(
            Report(source, "00" * 32, "generated", "bench", "utf-8", session, people=people)
        )
    return reports, truth


def pairs(counts: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def pairwise(predicted: list[str], truth: list[int]) -> tuple[float, float]:
    """Precision and recall over pairs of mentions."""
    both = pairs(Counter(zip(predicted, truth, strict=True)))
    return both / max(pairs(Counter(predicted)), 1), both / max(pairs(Counter(truth)), 1)


def growth(known_reports: int, batch: int, seed: int) -> list[str]:
    """How resolving a report depends on how many people are known: the same ``batch``
    of reports resolved after ``known_reports`` reports and after ten times as many,
    from a pool of identities large enough that the people known grow about as much.
    Lines to print: people known, comparisons per mention, ms per report (the fastest of
    three runs, each on a copy of what is known), the ratio."""
    rng = random.Random(seed)
    identities = make_identities(300 * known_reports, rng)
    reports, _ = make_reports(identities, 10 * known_reports + batch, rng)
    earlier, later = reports[:-batch], reports[-batch:]
    calls = Counter()
    exhaustive = people_resolution.compare

    def counted(*args: object, **kwargs: object) -> object:
        calls["compare"] += 1
        return exhaustive(*args, **kwargs)

    for report in copy.deepcopy(later):  # the names' caches warm for both measurements
        resolve(report, KnownEntities())
    mentions = sum(len(report.people) for report in later)
    figures = []
    for count in (known_reports, 10 * known_reports):
        known = KnownEntities()
        for report in earlier[:count]:
            resolve(report, known)
        people_known = len(known.people.people)
        saved = pickle.dumps(known)
        fastest = float("inf")
        for _ in range(3):
            known, reports_now = pickle.loads(saved), copy.deepcopy(later)
            started = time.perf_counter()
            for report in reports_now:
                resolve(report, known)
            fastest = min(fastest, time.perf_counter() - started)
        calls.clear()
        people_resolution.compare = counted
        try:
            known = pickle.loads(saved)
            for report in copy.deepcopy(later):
                resolve(report, known)
        finally:
            people_resolution.compare = exhaustive
        figures.append((count, people_known, calls["compare"] / mentions, fastest / batch * 1000))
    lines = [
        f"{count:,} reports known ({known:,} people): {compared:.1f} comparisons per mention, "
        f"{ms:.2f} ms per report"
        for count, known, compared, ms in figures
    ]
    ratio = figures[1][3] / figures[0][3]
    people_ratio = figures[1][1] / figures[0][1]
    lines.append(
        f"{people_ratio:.1f}x the people known: {ratio:.2f}x the time per report "
        f"(the same {batch:,} reports)"
    )
    return lines


ROOT = Path(__file__).resolve().parents[1]


def one_into(reports: int, baseline: str, repeat: int) -> list[str]:
    """Lines to print: the time to ingest one more file into a store of ``reports``
    generated reports, by ``baseline`` and by this tree, their ratio, and whether this
    tree's graph is the graph of one run."""
    from bench.generate import write_corpus

    with tempfile.TemporaryDirectory(prefix="igfgraph-one-into-") as folder:
        work = Path(folder)
        trees = {baseline: work / "baseline", "this tree": ROOT}
        trees[baseline].mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", baseline], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(trees[baseline])], input=archive, check=True)
        corpus = work / "corpus"
        added = min(write_corpus(corpus, reports + 1), key=str)
        aside = work / added.name
        added.rename(aside)
        stores = {name: work / f"store-{number}" for number, name in enumerate(trees)}
        first = {name: _ingest(tree, corpus, stores[name]) for name, tree in trees.items()}
        shutil.copy(aside, added)
        fastest = dict.fromkeys(trees, float("inf"))
        for _ in range(repeat):
            for name, tree in trees.items():
                run = work / "store-run"
                shutil.copytree(stores[name], run)
                fastest[name] = min(fastest[name], _ingest(tree, corpus, run))
                if name == "this tree":
                    after = _graph(run)
                shutil.rmtree(run)
        one_run = work / "store-one-run"
        _ingest(ROOT, corpus, one_run)
        same = after == _graph(one_run)
    ratio = fastest["this tree"] / fastest[baseline]
    return [
        f"first import of {reports:,} reports: {baseline} {first[baseline]:.1f} s, "
        f"this tree {first['this tree']:.1f} s",
        f"one file into a store of {reports:,} reports (fastest of {repeat}): "
        f"{baseline} {fastest[baseline]:.2f} s, this tree {fastest['this tree']:.2f} s; "
        f"ratio {ratio:.2f}",
        f"this tree's graph is the graph of one run over all {reports + 1:,} files: "
        f"{'yes' if same else 'NO'}",
    ]


def _ingest(tree: Path, corpus: Path, store: Path) -> float:
    """Seconds taken by ``igfgraph ingest corpus`` into ``store``, run from ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, "-m", "igfgraph.cli", "ingest", str(corpus), "--store", str(store)]
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=corpus.parent, check=True, capture_output=True)
    return time.perf_counter() - started


def _graph(store: Path) -> list[str]:
    """The named graphs' quads of a store, without ingest times and blank nodes."""
    from igfgraph.store import open_store

    with open_store(store, read_only=True) as opened:
        quads = opened.dump("nquads").decode().splitlines()
    return sorted(q for q in quads if "_:" not in q and "generatedAtTime" not in q)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=3000)
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument(
        "--growth",
        type=int,
        default=1_000,
        metavar="REPORTS",
        help="time a batch of reports after this many reports known and after ten times as "
        "many (0: skip)",
    )
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument(
        "--one-into",
        type=int,
        default=0,
        metavar="REPORTS",
        help="time ingesting one file into a store of this many reports, against --baseline "
        "(0: skip)",
    )
    parser.add_argument("--baseline", default="main", help="git ref to compare with")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.one_into:
        print("\n".join(one_into(args.one_into, args.baseline, args.repeat)))
        return
    rng = random.Random(args.seed)
    identities = make_identities(args.people, rng)
    reports, truth = make_reports(identities, args.reports, rng)
    mentions = len(truth)

    started = time.perf_counter()
    for report in reports:
        resolve(report, KnownEntities())
    baseline = time.perf_counter() - started

    known = KnownEntities()
    started = time.perf_counter()
    for report in reports:
        resolve(report, known)
    elapsed = time.perf_counter() - started

    predicted = [mention.person_key for report in reports for mention in report.people]
    precision, recall = pairwise(predicted, truth)
    print(f"{args.reports:,} reports, {mentions:,} mentions of {args.people:,} identities")
    print(f"pairwise precision {precision:.4f} (target 0.99), recall {recall:.4f} (target 0.95)")
    print(
        f"resolution across reports {elapsed:.1f} s ({elapsed / args.reports * 1000:.2f} ms "
        f"per report); each report alone {baseline:.1f} s; ratio {elapsed / baseline:.2f}"
    )
    print(f"people found {len(set(predicted)):,} for {len(set(truth)):,} identities")
    if args.growth:
        print("\n".join(growth(args.growth, args.batch, args.seed)))


if __name__ == "__main__":
    main()
