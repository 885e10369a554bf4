"""The case list at 100,000 incidents: queries on SQLCipher vs plain SQLite, service and GUI timings.

One demo database of 100,000 incidents is built per run by the demo generator (its build time is
a row of its own) and exported to plain SQLite (``case_list_data``). Then:

- every list, filter, search and count query of the case list through ``IncidentsRepository`` on
  SQLCipher against the same query on the plain copy (budget 1.25×, like every storage row);
- the incident service as the case list calls it: first page, a filter change and a search (the
  row count and the first page, as ``CaseListModel`` asks for them; under 50 ms each), saving a
  timeline entry (under 20 ms, committed with synchronous=FULL) and opening a case (under 100 ms);
- the GUI, when the case-list model and case detail exist: the first page shown in a ``QTableView``
  (under 150 ms) and a case opened in ``CaseDetail`` (under 100 ms), offscreen;
- resident memory of a fresh process with the database open and the first page listed (and, with
  the GUI, shown): under 200 MB.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import sqlcipher3

from app.services.incidents import IncidentQuery
from app.services.workspace import Workspace
from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.incidents_repository import IncidentFilters, IncidentsRepository
from benchmarks.case_list_data import INCIDENTS, NAME, PASSWORD, USERNAME, CaseListData, build
from benchmarks.registry import Budget, Context, Row, benchmark
from benchmarks.storage_sides import AGAINST, Case, Sides, encryption_alone_row, query_rows
from benchmarks.timing import calls_per_sample, sample

PAGE = 50
EN_TERM = "ransomware"
ZH_TERM = "心理隱私泄露"  # Traditional; the trigram index matches it as a substring
ZH_TERM_HANS = "勒索软件"
SHORT_TERM = "離世"  # two characters: LIKE on the title
SERVICE_BUDGET = Budget(max_value=0.050)
FIRST_PAGE_BUDGET = Budget(max_value=0.150)
TIMELINE_BUDGET = Budget(max_value=0.020)
DETAIL_BUDGET = Budget(max_value=0.100)
MEMORY_BUDGET = Budget(max_value=200)
# A query slower than this on its first run is stopped (SQLite's progress handler) and reported as
# over budget with this lower bound, instead of holding the whole run for minutes or hours.
PROBE_LIMIT = 3.0


def _probe(db: Database, call: Callable[[Database], object]) -> tuple[float | None, list[str]]:
    """One run of ``call`` stopped after PROBE_LIMIT seconds: (seconds or None if stopped, its SQL)."""
    conn = db._conn
    statements: list[str] = []
    deadline = time.perf_counter() + PROBE_LIMIT
    conn.set_progress_handler(lambda: int(time.perf_counter() > deadline), 10_000)
    conn.set_trace_callback(statements.append)
    start = time.perf_counter()
    try:
        call(db)
        return time.perf_counter() - start, statements
    except (StorageError, sqlite3.Error, sqlcipher3.Error) as error:  # the plain sides raise sqlite3's own
        if "interrupt" not in str(error).lower():
            raise
        return None, statements
    finally:
        conn.set_progress_handler(None, 0)
        conn.set_trace_callback(None)


def _plans(db: Database, statements: list[str]) -> list[str]:
    plans = []
    for sql in dict.fromkeys(s for s in statements if s.lstrip().upper().startswith("SELECT")):
        found = db._conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
        plans.append(" / ".join(str(r[-1]) for r in found))
    return plans


def _stopped_row(label: str, db: Database, statements: list[str], *, ratio: bool) -> Row:
    """A query that did not finish within PROBE_LIMIT: over budget, with the plan that explains it."""
    row = Row(
        label,
        samples=[PROBE_LIMIT],
        against=AGAINST if ratio else "",
        budget=Budget(max_ratio=1.25, max_value=SERVICE_BUDGET.max_value) if ratio else SERVICE_BUDGET,
    )
    row.note = f"stopped after {PROBE_LIMIT:.0f} s (the figure is a lower bound); plan: " + " | ".join(
        _plans(db, statements)
    )
    row.extra["stopped_after_seconds"] = PROBE_LIMIT
    return row


def _page(
    filters: IncidentFilters, sort: str = "updated_at", descending: bool = True
) -> Callable[[Database], list[Any]]:
    return lambda db: IncidentsRepository(db).list_page(filters, sort, descending, limit=PAGE)


def _next_page(filters: IncidentFilters) -> Callable[[Database], list[Any]]:
    """Keyset paging as the model pages: the second page, after the first page's last row."""

    def call(db: Database) -> list[Any]:
        repo = IncidentsRepository(db)
        first = repo.list_page(filters, limit=PAGE)
        last = first[-1]
        return repo.list_page(filters, after=(last.updated_at, last.id), limit=PAGE)

    return call


def _count(filters: IncidentFilters) -> Callable[[Database], int]:
    return lambda db: IncidentsRepository(db).count(filters)


def _cases(data: CaseListData) -> list[Case]:
    base = IncidentFilters(now=data.now)
    return [
        ("case list: first page by updated", _page(base)),
        ("case list: filter status responding", _page(replace(base, statuses=("responding",)))),
        ("case list: filter grade I", _page(replace(base, grades=("I",)))),
        ("case list: filter category privacy leak", _page(replace(base, categories=("privacy_leak",)))),
        ("case list: filter overdue", _page(replace(base, overdue=True))),
        ("case list: sort by code", _page(base, "code", False)),
        ("case list: sort by grade", _page(base, "grade", False)),
        ("case list: keyset next page", _next_page(base)),
        (f"case list: search English '{EN_TERM}'", _page(replace(base, text=EN_TERM))),
        (f"case list: search Chinese '{ZH_TERM}'", _page(replace(base, text=ZH_TERM))),
        (f"case list: search Chinese '{ZH_TERM_HANS}'", _page(replace(base, text=ZH_TERM_HANS))),
        (f"case list: search 2 chars '{SHORT_TERM}'", _page(replace(base, text=SHORT_TERM))),
        ("case list: count all", _count(base)),
        ("case list: count status responding", _count(replace(base, statuses=("responding",)))),
        ("case list: count overdue", _count(replace(base, overdue=True))),
        (f"case list: count search '{ZH_TERM}'", _count(replace(base, text=ZH_TERM))),
    ]


def _timed(fn: Callable[[], object], repeat: int) -> list[float]:
    return sample(fn, repeat=repeat, warmup=1, number=calls_per_sample(fn, limit=20))


def _service_rows(workspace: Workspace, data: CaseListData, repeat: int) -> list[Row]:
    session = workspace.sign_in(USERNAME, PASSWORD)
    service = workspace.incidents

    def first_screen(query: IncidentQuery) -> Callable[[], object]:
        # what CaseListModel asks for on every (re)load: the row count, then the first page
        return lambda: (
            service.count(session, query, now=data.now),
            service.list_page(session, query, now=data.now),
        )

    def guarded(label: str, fn: Callable[[], object], budget: Budget) -> Row:
        seconds, statements = _probe(workspace.db, lambda _db: fn())
        if seconds is None:
            return _stopped_row(label, workspace.db, statements, ratio=False)
        return Row.single(label, _timed(fn, repeat), budget=budget)

    first = IncidentQuery(limit=PAGE)
    rows = [
        guarded(
            "service: first page (list_page)",
            lambda: service.list_page(session, first, now=data.now),
            SERVICE_BUDGET,
        ),
        guarded("service: first screen (count + first page)", first_screen(first), SERVICE_BUDGET),
        guarded(
            "service: filter change (status + grade)",
            first_screen(IncidentQuery(statuses=("responding",), grades=("II",), limit=PAGE)),
            SERVICE_BUDGET,
        ),
        guarded(
            "service: filter change (category)",
            first_screen(IncidentQuery(categories=("psychological_crisis",), limit=PAGE)),
            SERVICE_BUDGET,
        ),
        guarded(
            "service: filter change (overdue)",
            first_screen(IncidentQuery(overdue=True, limit=PAGE)),
            SERVICE_BUDGET,
        ),
        guarded(
            f"service: search '{ZH_TERM}'",
            first_screen(IncidentQuery(text=ZH_TERM, limit=PAGE)),
            SERVICE_BUDGET,
        ),
        guarded(
            f"service: search '{EN_TERM}'",
            first_screen(IncidentQuery(text=EN_TERM, limit=PAGE)),
            SERVICE_BUDGET,
        ),
        guarded(
            f"service: search 2 chars '{SHORT_TERM}'",
            first_screen(IncidentQuery(text=SHORT_TERM, limit=PAGE)),
            SERVICE_BUDGET,
        ),
    ]
    # A case in the middle of the list, with a full record (timeline, history, checklist).
    middle = IncidentQuery(statuses=("resolved",), offset=data.count // 5, limit=1)
    target = service.list_page(session, middle).rows[0]
    rows.append(
        Row.single(
            "service: open a case (get)",
            sample(lambda: service.get(session, target.id), repeat=repeat, warmup=1),
            budget=DETAIL_BUDGET,
            note="incident with timeline, status history and checklist; writes its incident.viewed audit entry",
        )
    )
    counter = iter(range(10**6))
    rows.append(
        Row.single(
            "service: save a timeline entry",
            sample(
                lambda: service.add_timeline_entry(
                    session, target.id, f"Follow-up call {next(counter)} 跟進電話", department="EAP"
                ),
                repeat=repeat,
                warmup=1,
            ),
            budget=TIMELINE_BUDGET,
            note="insert, search-index trigger, audit entry, commit with synchronous=FULL",
        )
    )
    workspace.sign_out(session)
    return rows


def _gui_available() -> str:
    missing = [
        m for m in ("app.ui.case_list_model", "app.ui.case_detail") if importlib.util.find_spec(m) is None
    ]
    return f"{', '.join(missing)} not written yet" if missing else ""


def _gui_rows(workspace: Workspace, data: CaseListData, repeat: int) -> list[Row]:
    labels = ("GUI: first page shown in the case list", "GUI: open a case in CaseDetail")
    why = _gui_available()
    if why:
        return [
            Row.not_available(labels[0], why, budget=FIRST_PAGE_BUDGET),
            Row.not_available(labels[1], why),
        ]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    from app.ui.case_detail import CaseDetail
    from app.ui.case_list_model import CaseListModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    session = workspace.sign_in(USERNAME, PASSWORD)
    view = QTableView()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)  # as CaseView sets it
    view.resize(1200, 800)
    view.show()
    app.processEvents()

    def show_first_page() -> None:
        model = CaseListModel(workspace, session)
        view.setModel(model)
        model.load(IncidentQuery())
        view.viewport().repaint()  # paints the visible rows: their data() calls happen here
        app.processEvents()

    detail = CaseDetail(workspace, session)
    detail.resize(1000, 800)
    detail.show()
    app.processEvents()
    ids = [
        s.id
        for s in workspace.incidents.list_page(session, IncidentQuery(statuses=("resolved",), limit=50)).rows
    ]
    order = iter(ids * (repeat + 2))

    def open_case() -> None:
        detail.show_incident(next(order))
        detail.repaint()
        app.processEvents()

    rows = [
        Row.single(labels[0], sample(show_first_page, repeat=repeat, warmup=1), budget=FIRST_PAGE_BUDGET),
        Row.single(labels[1], sample(open_case, repeat=repeat, warmup=1), budget=DETAIL_BUDGET),
    ]
    rows[0].note = "new CaseListModel: count + first page from the service, visible rows painted (offscreen)"
    rows[
        1
    ].note = "show_incident on a resolved case with full records, header and current tab painted (offscreen)"
    detail.close()
    view.close()
    app.processEvents()
    workspace.sign_out(session)
    return rows


def _memory_rows(ctx: Context, sides: Sides) -> list[Row]:
    rows = []
    for gui in (False, True):
        label = "memory: database open, first page " + (
            "shown in the case list" if gui else "listed (service)"
        )
        if gui and _gui_available():
            rows.append(Row.not_available(label, _gui_available(), unit="MB", budget=MEMORY_BUDGET))
            continue
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        proc = subprocess.run(
            [ctx.python, "-m", "benchmarks.case_list_memory", str(sides.path("sqlcipher", NAME))]
            + (["--gui"] if gui else []),
            input=sides.key.key.hex() + "\n",
            capture_output=True,
            text=True,
            cwd=ctx.repo_root,
            env=env,
            timeout=300,
            check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"the memory probe failed: {proc.stderr.strip()[-500:]}")
        figures = json.loads(proc.stdout.strip().splitlines()[-1])
        row = Row.single(label, [figures["rss_mb"]], unit="MB", budget=MEMORY_BUDGET)
        row.note = (
            f"VmRSS of a fresh process; peak (VmHWM) {figures['hwm_mb']:.0f} MB; {figures['rows']:,} rows"
        )
        row.extra.update(figures)
        rows.append(row)
    return rows


@benchmark("case-list", order=40)
def run(ctx: Context) -> list[Row]:
    """The case list at 100,000 incidents: SQLCipher vs plain SQLite, service, GUI and memory."""
    sides = Sides(ctx.workdir)

    def progress(written: int) -> None:
        if written % 20_000 == 0:
            ctx.progress(f"case-list: {written:,} incidents written")

    ctx.progress("case-list: building the 100,000-incident demo database")
    # EAPDESK_BENCH_INCIDENTS: a smaller database for trying changes to this file (not for figures).
    data = build(sides, int(os.environ.get("EAPDESK_BENCH_INCIDENTS", INCIDENTS)), progress=progress)
    fill = data.fill
    built = Row.single(f"demo fill: {data.count:,} incidents (SQLCipher)", [data.build_seconds])
    built.note = (
        f"{fill.timeline_entries:,} timeline entries, {fill.status_changes:,} status changes, "
        f"{fill.checklist_steps:,} checklist steps, {fill.reviews:,} reviews, batches of 1,000; "
        f"target under 60 s; CPU {data.build_cpu_seconds:.0f} s; "
        f"file {data.file_bytes / 2**20:.0f} MiB; plain-SQLite export {data.export_seconds:.1f} s"
    )
    rows = [built]

    ctx.progress("case-list: list, filter and search queries on both sides")
    with sides.opened(NAME) as dbs:
        cases, stopped = [], []
        for label, call in _cases(data):
            probes = {side: _probe(db, call) for side, db in dbs.items()}
            if any(seconds is None for seconds, _ in probes.values()):
                stopped.append(_stopped_row(label, dbs["sqlcipher"], probes["sqlcipher"][1], ratio=True))
            else:
                cases.append((label, call))
        query_rows_ = query_rows(dbs, cases, repeat=ctx.reps(15, 5))
    rows += query_rows_ + stopped
    rows.append(encryption_alone_row(query_rows_))

    ctx.progress("case-list: service and GUI timings")
    workspace = Workspace(sides.open("sqlcipher", NAME))
    try:
        rows += _service_rows(workspace, data, ctx.reps(15, 5))
        rows += _gui_rows(workspace, data, ctx.reps(10, 4))
    finally:
        workspace.db.close()

    ctx.progress("case-list: resident memory in a fresh process")
    rows += _memory_rows(ctx, sides)
    return rows
