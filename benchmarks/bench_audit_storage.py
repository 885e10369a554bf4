"""Storage workload: the audit trail on SQLCipher against the same schema on plain SQLite.

100,000 hash-chained entries appended 1,000 per transaction through ``AuditRepository.append``
inside ``Database.transaction()``, then the audit view's queries through ``AuditRepository.find``:
filters by actor, action, date and text, and keyset paging. Every side runs the app's own code on
files in the run's temporary folder with the app's pragmas (``synchronous=FULL``, WAL, 128 MiB page
cache, ...); see ``storage_sides.py`` for the sides and ``plain_sqlite.py`` for the reference.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from app.storage.audit_repository import AuditQuery, AuditRepository
from app.storage.database import Database
from benchmarks.audit_workload import START, Batch, make_batches
from benchmarks.registry import Context, Row, benchmark
from benchmarks.storage_sides import (
    SIDES,
    Case,
    Sides,
    check_shapes,
    compare_row,
    encryption_alone_row,
    first_read_rows,
    query_rows,
    rotation,
)

ENTRIES, PER_BATCH, PAGES = 100_000, 1_000, 10
_SINCE = START + timedelta(days=200)
_UNTIL = _SINCE + timedelta(days=30)

FILTERS = {
    "audit filter: actor, newest 100": AuditQuery(actor="priya.nair"),
    "audit filter: action, newest 100": AuditQuery(action="report.exported"),
    "audit filter: one month, newest 100": AuditQuery(since=_SINCE, until=_UNTIL),
    "audit filter: actor+action+month": AuditQuery(
        actor="zhang.hao", action="case.updated", since=_SINCE, until=_UNTIL
    ),
    "audit search: text in entity id": AuditQuery(text="INC-2025-0042"),  # matches no index: a full scan
}
PAGING = {
    f"audit paging: {PAGES} pages × 100": AuditQuery(),
    f"audit paging: {PAGES} pages × 100, actor": AuditQuery(actor="li.xiaomei"),
}


def _append(db: Database, batch: Batch) -> float:
    """One write transaction appending 1,000 hash-chained entries, committed (fsync'd)."""
    start = time.perf_counter()
    with db.transaction() as conn:
        AuditRepository.append(conn, batch.events, batch.at)
    return time.perf_counter() - start


def _find(query: AuditQuery) -> Callable[[Database], list[int]]:
    return lambda db: [r.seq for r in AuditRepository(db).find(query)]


def _page_through(query: AuditQuery) -> Callable[[Database], list[int]]:
    """Keyset paging, newest first, as the audit view pages: each page starts below the last one."""

    def call(db: Database) -> list[int]:
        repo = AuditRepository(db)
        seen: list[int] = []
        before = None
        for _ in range(PAGES):
            found = repo.find(replace(query, before_seq=before))
            if not found:
                break
            seen += [r.seq for r in found]
            before = found[-1].seq
        return seen

    return call


@benchmark("audit-storage", order=30)
def run(ctx: Context) -> list[Row]:
    """100,000 audit entries appended in batches, then filtered and paged: SQLCipher vs plain SQLite."""
    reps = ctx.reps(5, 1)
    batches = make_batches(ENTRIES, PER_BATCH)
    sides = Sides(ctx.workdir)

    # Append: fresh files for every repetition; batch by batch, the side that goes first rotates, so
    # that other load on the machine falls on all sides alike.
    per_batch: dict[str, list[float]] = {side: [] for side in SIDES}
    totals: dict[str, list[float]] = {side: [] for side in SIDES}
    for rep in range(reps):
        ctx.progress(f"audit-storage: appending {ENTRIES:,} entries on each side ({rep + 1}/{reps})")
        name = f"audit{rep}"
        if rep:
            sides.remove(f"audit{rep - 1}")
        dbs: dict[str, Database] = {}
        try:
            for side in SIDES:
                dbs[side] = sides.create(side, name)
            check_shapes(dbs)
            times: dict[str, list[float]] = {side: [] for side in SIDES}
            for index, batch in enumerate(batches):
                for side in rotation(index):
                    times[side].append(_append(dbs[side], batch))
            heads = {AuditRepository(db).head() for db in dbs.values()}
            if len(heads) != 1:
                raise RuntimeError(f"the sides hold different audit chains: {heads}")
        finally:
            for db in dbs.values():
                db.close()
        for side in SIDES:
            per_batch[side] += times[side]
            totals[side].append(sum(times[side]))
    name = f"audit{reps - 1}"
    each, total = (
        compare_row(f"audit append: {PER_BATCH:,} entries/transaction", per_batch),
        compare_row(f"audit append: {ENTRIES:,} entries in total", totals),
    )
    each.note = f"hash chain, insert, commit with synchronous=FULL; {len(batches)} transactions × {reps} runs"
    total.extra["file_bytes"] = {side: sides.path(side, name).stat().st_size for side in SIDES}
    rows = [each, total]

    # Queries on the last files, reopened.
    ctx.progress("audit-storage: filter and paging queries")
    cases: list[Case] = [(label, _find(query)) for label, query in FILTERS.items()]
    cases += [(label, _page_through(query)) for label, query in PAGING.items()]
    cases.append(("audit count: all entries", lambda db: AuditRepository(db).count()))
    with sides.opened(name) as dbs:
        rows += query_rows(dbs, cases, repeat=ctx.reps(25, 7))
    full_scan = [case for case in cases if case[0] == "audit search: text in entity id"]
    cold = first_read_rows(sides, name, full_scan, repeat=ctx.reps(9, 3))
    return [*rows, *cold, encryption_alone_row(rows)]
