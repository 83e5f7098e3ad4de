"""The one timing rule of the benchmarks: the best of N runs (the least disturbed by a shared machine)."""

from __future__ import annotations

import time
from typing import Any, Callable


def best_of(func: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)
