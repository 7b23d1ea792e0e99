"""Timing for tests of growth: CPU time of the thread, best of interleaved runs.

Tests here assert how cost grows with input, never how many seconds a call takes. Even
growth is measured so that a loaded machine does not fail it: in CPU time of the calling
thread (wall time also counts the waits for a core, which load makes long), as the least
of several runs, interleaved so that what load still changes (caches, frequency) touches
every size alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def cpu_seconds(function: Callable[[], object]) -> float:
    """CPU time of this thread that one call of ``function`` takes."""
    start = time.thread_time()
    function()
    return time.thread_time() - start


def best_cpu_seconds(runs: int, *functions: Callable[[], object]) -> list[float]:
    """The least CPU time each of ``functions`` takes over ``runs`` interleaved rounds."""
    best = [float("inf")] * len(functions)
    for _ in range(runs):
        for index, function in enumerate(functions):
            best[index] = min(best[index], cpu_seconds(function))
    return best


def grows_linearly(small: float, large: float, *, factor: int, floor: float) -> bool:
    """Whether going from ``small`` to ``large`` seconds, on ``factor`` times the input,
    is linear growth: at most three times ``factor`` (quadratic growth is ``factor``
    squared). Times under ``floor`` are timer noise, not cost, and count as ``floor``."""
    return large <= 3 * factor * max(small, floor)
