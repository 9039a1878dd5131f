"""Property tests: random and mutated reports never crash the reading stages.

Every input gives reports with every non-blank line accounted for, or one one-line
:class:`InputError` naming the file (tests/fuzz_target.py; ``make fuzz`` runs longer).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from fuzz_target import FUZZ_INPUTS, SEEDS, check_input, fuzz_folder
from hypothesis import HealthCheck, example, given, settings

from igfgraph.ingest import load_reports

CI_EXAMPLES = 300
# Found by make fuzz: a lone "(" after a chair's line was read as a chair with no name.
LONE_PARENTHESIS = (
    b"IGF 2017 Reporting Template\n\n- Session Title: T\n\n"
    b"- Chair/Moderator: Deborah Brown, APC\n(\n\n"
    b"- List of Speakers and their institutional affiliations:\n\nKathy Brown (ISOC)\n"
)


@settings(
    max_examples=CI_EXAMPLES,
    deadline=None,
    derandomize=True,  # the same inputs on every run: CI fails only on a change of code
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(FUZZ_INPUTS)
@example((LONE_PARENTHESIS, ".txt"))
def test_fuzzed_input_is_read_or_refused_in_one_line(case: tuple[bytes, str]):
    with tempfile.TemporaryDirectory() as folder:
        assert check_input(*case, Path(folder)) in {"read", "refused"}


def test_every_seed_is_read_whole(tmp_path: Path):
    assert len(SEEDS) >= 40
    outcomes = [check_input(seed.read_bytes(), seed.suffix, tmp_path) for seed in SEEDS]
    assert outcomes == ["read"] * len(SEEDS)


def test_a_line_without_letters_is_nobody_and_kept_unparsed(tmp_path: Path):
    path = tmp_path / "lone-parenthesis.txt"
    path.write_bytes(LONE_PARENTHESIS)
    (report,) = load_reports(path)
    people = [(person.name, person.role.value) for person in report.people]
    assert people == [("Deborah Brown", "chair"), ("Kathy Brown", "speaker")]
    assert [(item.span.start_line, item.text) for item in report.unparsed] == [(6, "(")]


def test_a_folder_of_good_bad_huge_and_same_named_files_loses_nothing(tmp_path: Path):
    """Worker processes, bad files first and among the good, names shared across folders:
    each bad file one error, each good one stored under its own identity (make fuzz runs
    more folders)."""
    good, bad = fuzz_folder(tmp_path, seed=0)
    assert good > 200 and bad > 8
