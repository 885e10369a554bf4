"""SQLCipher against plain SQLite, side by side: the machinery every storage benchmark shares.

Three databases, created and opened the same way, hold the same data:
- ``sqlcipher``: the product, ``Database.create`` / ``Database.open`` with a raw key;
- ``stdlib``: Python's ``sqlite3``, the budgeted reference ("plain SQLite");
- ``unkeyed``: ``sqlcipher3`` without a key, plain SQLite from the app's own library, which
  separates the cipher's cost from differences between SQLite versions (kept in the JSON and
  summed up in one informational row).

A query case is ``fn(db) -> result``; every case is checked to return equal results on all sides,
then timed with the sides interleaved. Rows compare ``sqlcipher`` with ``stdlib``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import sqlcipher3

from app.storage.database import Database, remove_database_files
from app.storage.keys import RawKey
from benchmarks.plain_sqlite import PlainSqliteDatabase, check_same_shape
from benchmarks.registry import Budget, Row
from benchmarks.timing import interleaved, time_once

SIDES = ("sqlcipher", "stdlib", "unkeyed")
BUDGET = Budget(max_ratio=1.25)
AGAINST = f"SQLite {sqlite3.sqlite_version} (stdlib)"
UNKEYED = "unkeyed_same_library"

Case = tuple[str, Callable[[Database], Any]]


class Sides:
    """Where each side's file of a given name lives, and how it is created and opened."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.key = RawKey.generate()

    def path(self, side: str, name: str) -> Path:
        return self.workdir / f"{name}-{side}.db"

    def create(self, side: str, name: str) -> Database:
        path = self.path(side, name)
        if side == "sqlcipher":
            return Database.create(path, self.key)
        return PlainSqliteDatabase.create_plain(path, side)

    def open(self, side: str, name: str) -> Database:
        path = self.path(side, name)
        if side == "sqlcipher":
            return Database.open(path, self.key)
        return PlainSqliteDatabase.open_plain(path, side)

    def remove(self, name: str) -> None:
        for side in SIDES:
            remove_database_files(self.path(side, name))

    @contextmanager
    def opened(self, name: str) -> Iterator[dict[str, Database]]:
        dbs: dict[str, Database] = {}
        try:
            for side in SIDES:
                dbs[side] = self.open(side, name)
            check_shapes(dbs)
            yield dbs
        finally:
            for db in dbs.values():
                db.close()


def rotation(index: int) -> list[str]:
    """The sides in the order of sample ``index``: who goes first rotates."""
    return [SIDES[(index + offset) % len(SIDES)] for offset in range(len(SIDES))]


def check_shapes(dbs: dict[str, Database]) -> None:
    for side in SIDES[1:]:
        check_same_shape(dbs["sqlcipher"], dbs[side])  # type: ignore[arg-type]


def compare_row(label: str, samples: dict[str, Sequence[float]], *, budget: Budget | None = BUDGET) -> Row:
    """SQLCipher against stdlib SQLite; the same-library figure goes to the JSON."""
    row = Row.compare(label, samples["sqlcipher"], samples["stdlib"], against=AGAINST, budget=budget)
    unkeyed = Row.compare(label, samples["sqlcipher"], samples["unkeyed"], against="")
    row.extra[UNKEYED] = {
        "median": unkeyed.reference,
        "ratio": unkeyed.ratio,
        "samples": unkeyed.reference_samples,
    }
    return row


def query_rows(dbs: dict[str, Database], cases: Sequence[Case], *, repeat: int) -> list[Row]:
    """One budgeted row per case, warm page caches (one warm-up call per side)."""
    rows = []
    for label, call in cases:
        results = {side: call(db) for side, db in dbs.items()}
        if any(result != results["sqlcipher"] for result in results.values()):
            raise RuntimeError(f"{label}: the sides returned different results")
        samples, number = interleaved(*(partial(call, db) for db in dbs.values()), repeat=repeat)
        row = compare_row(label, dict(zip(dbs, samples, strict=True)))
        plans = {side: query_plans(db, partial(call, db)) for side, db in dbs.items()}
        row.extra.update(calls_per_sample=number, plans=plans)
        if isinstance(results["sqlcipher"], list):
            row.extra["rows_returned"] = len(results["sqlcipher"])
        if plans["sqlcipher"] != plans["stdlib"]:
            row.note = "query plans differ between the two SQLite versions (see the JSON)"
        rows.append(row)
    return rows


def first_read_rows(sides: Sides, name: str, cases: Sequence[Case], *, repeat: int) -> list[Row]:
    """Each case as the first read after opening (empty page cache: every page read is decrypted).

    Informational: the OS file cache stays warm, and the budget is about the warm figures."""
    rows = []
    for label, call in cases:
        samples: dict[str, list[float]] = {side: [] for side in SIDES}
        for index in range(repeat):
            for side in rotation(index):
                db = sides.open(side, name)
                try:
                    samples[side].append(time_once(partial(call, db)))
                finally:
                    db.close()
        row = compare_row(f"{label}, first after open", samples, budget=None)
        row.note = "reopened before each sample: empty page cache, every page read is decrypted; no budget"
        rows.append(row)
    return rows


def encryption_alone_row(rows: Sequence[Row]) -> Row:
    """The budgeted row with the largest ratio against the same library unkeyed, as one info row."""
    candidates = [r for r in rows if r.budget and UNKEYED in r.extra]
    worst = max(candidates, key=lambda r: r.extra[UNKEYED]["ratio"] or 0.0)  # type: ignore[index]
    return Row.compare(
        f"encryption alone, worst: {worst.label}",
        worst.samples,
        worst.extra[UNKEYED]["samples"],  # type: ignore[index]
        against=f"SQLite {sqlcipher3.sqlite_version} (unkeyed)",
        note="the same SQLite library and build with encryption off, which isolates the cipher's cost "
        f"from SQLite version differences; every row's figure is in the JSON (extra.{UNKEYED})",
    )


def query_plans(db: Database, call: Callable[[], object]) -> list[str]:
    """The plans of the SELECTs that ``call`` runs, to explain a ratio that is off."""
    conn = db._conn
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        call()
    finally:
        conn.set_trace_callback(None)
    plans = []
    for sql in dict.fromkeys(s for s in statements if s.lstrip().upper().startswith("SELECT")):
        try:
            found = conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
        except (sqlite3.Error, sqlcipher3.Error):  # a plan is a diagnostic only
            continue
        plans.append(" / ".join(str(r[-1]) for r in found))
    return list(dict.fromkeys(plans))
