"""What a benchmark is, what it returns, and where benchmarks register themselves.

To add figures to the table, create ``benchmarks/bench_<topic>.py`` with::

    from benchmarks.registry import Budget, Context, Row, benchmark

    @benchmark("topic", order=40)
    def run(ctx: Context) -> list[Row]:
        ...
        return [Row.compare("query X", sqlcipher_samples, sqlite_samples,
                            against="plain SQLite", budget=Budget(max_ratio=1.25))]

Modules named ``bench_*`` are imported by ``discover()``; nothing else needs to change.
"""

from __future__ import annotations

import importlib
import pkgutil
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.units import format_value

PASS, OVER, INFO, NOT_AVAILABLE, ERROR = "PASS", "OVER", "info", "n/a", "ERROR"


@dataclass(frozen=True, slots=True)
class Budget:
    """A limit on a row: on the ratio to its reference, on the value itself (in the row's unit), or both."""

    max_ratio: float | None = None
    max_value: float | None = None

    def describe(self, unit: str) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:.2f}×")
        if self.max_value is not None:
            parts.append(f"≤ {format_value(self.max_value, unit)}")
        return ", ".join(parts)


@dataclass(slots=True)
class Row:
    """One line of the table. ``value`` and ``reference`` are medians of their samples."""

    label: str
    unit: str = "s"  # "s" for times (shown in µs/ms/s), or a plain unit such as "MB"
    samples: list[float] = field(default_factory=list)
    reference_samples: list[float] = field(default_factory=list)
    against: str = ""  # what the reference is, e.g. "plain SQLite"
    budget: Budget | None = None
    note: str = ""
    unavailable: str = ""  # why the row could not be measured (then verdict "n/a")
    error: str = ""  # set by the runner when the benchmark function failed
    benchmark: str = ""  # set by the runner
    extra: dict[str, object] = field(default_factory=dict)  # anything worth keeping in the JSON

    # -- constructors ------------------------------------------------------------------------

    @classmethod
    def compare(
        cls,
        label: str,
        samples: Sequence[float],
        reference_samples: Sequence[float],
        *,
        against: str,
        budget: Budget | None = None,
        unit: str = "s",
        note: str = "",
    ) -> Row:
        return cls(
            label,
            unit,
            list(samples),
            list(reference_samples),
            against=against,
            budget=budget,
            note=note,
        )

    @classmethod
    def single(
        cls,
        label: str,
        samples: Sequence[float],
        *,
        budget: Budget | None = None,
        unit: str = "s",
        note: str = "",
    ) -> Row:
        return cls(label, unit, list(samples), budget=budget, note=note)

    @classmethod
    def not_available(
        cls,
        label: str,
        reason: str,
        *,
        against: str = "",
        budget: Budget | None = None,
        reference_samples: Sequence[float] = (),
        unit: str = "s",
    ) -> Row:
        return cls(
            label,
            unit,
            reference_samples=list(reference_samples),
            against=against,
            budget=budget,
            unavailable=reason,
        )

    # -- derived figures -----------------------------------------------------------------------

    @property
    def value(self) -> float | None:
        return statistics.median(self.samples) if self.samples and not self.unavailable else None

    @property
    def reference(self) -> float | None:
        return statistics.median(self.reference_samples) if self.reference_samples else None

    @property
    def ratio(self) -> float | None:
        value, reference = self.value, self.reference
        if value is None or not reference:
            return None
        return value / reference

    @property
    def verdict(self) -> str:
        if self.error:
            return ERROR
        if self.unavailable or self.value is None:
            return NOT_AVAILABLE
        if self.budget is None:
            return INFO
        ratio = self.ratio
        over_ratio = self.budget.max_ratio is not None and (ratio is None or ratio > self.budget.max_ratio)
        over_value = self.budget.max_value is not None and self.value > self.budget.max_value
        return OVER if over_ratio or over_value else PASS


@dataclass(slots=True)
class Context:
    """What the runner hands every benchmark."""

    workdir: Path  # a private, empty temporary folder, removed after the run
    repo_root: Path
    quick: bool = False  # fewer repetitions, for trying changes; the figures are rougher

    @property
    def python(self) -> str:
        return sys.executable

    def reps(self, normal: int, quick: int) -> int:
        return quick if self.quick else normal

    def progress(self, message: str) -> None:
        print(f"[bench] {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True, slots=True)
class Benchmark:
    name: str
    order: int
    run: Callable[[Context], list[Row]]
    summary: str


_REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str, *, order: int = 100) -> Callable[[Callable[[Context], list[Row]]], Callable]:
    """Register ``fn(ctx) -> list[Row]`` under ``name``; ``order`` places its rows in the table."""

    def register(fn: Callable[[Context], list[Row]]) -> Callable[[Context], list[Row]]:
        if name in _REGISTRY:
            raise ValueError(f"benchmark {name!r} is registered twice")
        summary = (fn.__doc__ or "").strip().splitlines()[0] if fn.__doc__ else ""
        _REGISTRY[name] = Benchmark(name, order, fn, summary)
        return fn

    return register


def discover() -> list[Benchmark]:
    """Import every ``benchmarks.bench_*`` module and return what they registered, in table order."""
    package = Path(__file__).parent
    for module in pkgutil.iter_modules([str(package)]):
        if module.name.startswith("bench_"):
            importlib.import_module(f"{__package__}.{module.name}")
    return sorted(_REGISTRY.values(), key=lambda b: (b.order, b.name))


def select(benchmarks: list[Benchmark], patterns: Sequence[str]) -> list[Benchmark]:
    """Those whose name contains any of ``patterns`` (all of them when no pattern is given)."""
    if not patterns:
        return benchmarks
    return [b for b in benchmarks if any(p.lower() in b.name.lower() for p in patterns)]
