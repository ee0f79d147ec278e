"""Timing helpers shared by the benchmark scripts (run as ``python bench/NAME.py``, so this is importable)."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Fastest wall time and fastest CPU time of ``repeat`` calls (CPU time is steadier on a shared box)."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - t)
        cpu = min(cpu, time.process_time() - c)
    return wall, cpu
