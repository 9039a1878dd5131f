"""Property tests: random and mutated reports never crash the reading stages.

Every input gives reports with every non-blank line accounted for, or one one-line
:class:`InputError` naming the file (tests/fuzz_target.py; ``make fuzz`` runs longer).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from fuzz_target import FUZZ_INPUTS, SEEDS, check_input
from hypothesis import HealthCheck, given, settings

CI_EXAMPLES = 300


@settings(
    max_examples=CI_EXAMPLES,
    deadline=None,
    derandomize=True,  # the same inputs on every run: CI fails only on a change of code
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(FUZZ_INPUTS)
def test_fuzzed_input_is_read_or_refused_in_one_line(case: tuple[bytes, str]):
    with tempfile.TemporaryDirectory() as folder:
        assert check_input(*case, Path(folder)) in {"read", "refused"}


def test_every_seed_is_read_whole(tmp_path: Path):
    assert len(SEEDS) >= 40
    outcomes = [check_input(seed.read_bytes(), seed.suffix, tmp_path) for seed in SEEDS]
    assert outcomes == ["read"] * len(SEEDS)
