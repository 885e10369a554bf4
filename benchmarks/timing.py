"""Timing helpers: ``time.perf_counter``, warm-up calls, repetitions, and A/B interleaving.

Every sample is the time of one call (or of ``number`` calls divided by ``number`` for calls too
short to time one by one). Comparisons interleave their two sides sample by sample, so that drift
in the machine (other load, CPU frequency, disk cache) affects both sides alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable

MIN_SAMPLE_SECONDS = 0.005  # below this, a sample repeats the call ``number`` times


def time_once(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def calls_per_sample(fn: Callable[[], object], *, limit: int = 1000) -> int:
    """How many calls make one sample last at least MIN_SAMPLE_SECONDS (1 for slow calls)."""
    number = 1
    while number < limit:
        start = time.perf_counter()
        for _ in range(number):
            fn()
        if time.perf_counter() - start >= MIN_SAMPLE_SECONDS:
            break
        number *= 2
    return number


def sample(fn: Callable[[], object], *, repeat: int, warmup: int = 1, number: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    results = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        results.append((time.perf_counter() - start) / number)
    return results


def interleaved(
    *fns: Callable[[], object], repeat: int, warmup: int = 1, calibrate: bool = True
) -> tuple[list[list[float]], int]:
    """Samples of every side, rotating which goes first. Returns (samples per side, calls per sample).

    All sides use the same number of calls per sample (enough for every side's sample to last
    MIN_SAMPLE_SECONDS), so short calls are timed alike on every side.
    """
    for _ in range(warmup):
        for fn in fns:
            fn()
    number = max(calls_per_sample(fn) for fn in fns) if calibrate else 1
    samples: list[list[float]] = [[] for _ in fns]
    for index in range(repeat):
        for offset in range(len(fns)):
            side = (index + offset) % len(fns)
            samples[side].extend(sample(fns[side], repeat=1, warmup=0, number=number))
    return samples, number
