"""The wall time of an action, for the benchmarks."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def timed(action: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """The best wall time of ``repeat`` runs of ``action``, and its last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        result = None  # the last run's rows are not held while the next run builds its own
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    return best, result
