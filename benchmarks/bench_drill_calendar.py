"""The drill calendar with a year of data: month switch, coverage-gap scan, a year's .ics export.

One database per run: the demo's on-call rota (12 members, a weekly hand-over per crisis role, the
overrides and the swap) and 200 drills spread over the year around now, written through the
services. Then:

- switching the month view (``DrillCalendarView.show_month``: the feed call, grouping by day and
  a synchronous repaint of the grid, offscreen), cycling through the twelve months: under 100 ms;
- the coverage-gap scan of every crisis role over a year (``oncall.coverage_gaps``): under 100 ms;
- the iCalendar export of the year (``calendar_export.export_ics``: shifts, drills, due dates):
  under 1 s.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime, timedelta
from datetime import time as clock
from zoneinfo import ZoneInfo

from app.domain.crisis_roles import CrisisRole
from app.domain.drills import DrillInput, DrillType
from app.domain.roles import Role
from app.services.demo_oncall import fill_demo_oncall
from app.services.session import Session
from app.services.users import insert_account
from app.services.workspace import Workspace
from app.storage.clock import utc_now
from benchmarks.registry import Budget, Context, Row, benchmark
from benchmarks.storage_sides import Sides
from benchmarks.timing import sample

NAME = "drills"
USERNAME = "lead"
PASSWORD = "bench-lead-password-2026"
DRILLS = 200
SEED = 2026
ZONE = ZoneInfo("Asia/Taipei")
MONTH_BUDGET = Budget(max_value=0.100)
GAP_BUDGET = Budget(max_value=0.100)
ICS_BUDGET = Budget(max_value=1.0)
TYPES = (DrillType.TABLETOP, DrillType.SIMULATION, DrillType.FULL_SCALE, DrillType.SURPRISE)


def _build(ctx: Context) -> tuple[Workspace, Session, float]:
    started = time.perf_counter()
    sides = Sides(ctx.workdir)
    db = sides.create("sqlcipher", NAME)
    now = utc_now()
    with db.transaction() as conn:
        insert_account(
            conn, actor="bench", username=USERNAME, display_name="Bench lead", role=Role.ADMIN,
            password=PASSWORD, now=now,
        )  # fmt: skip
    workspace = Workspace(db)
    session = workspace.sign_in(USERNAME, PASSWORD)
    fill_demo_oncall(workspace, session, seed=SEED, now=now)
    first = now.astimezone(ZONE).date() - timedelta(days=270)
    for i in range(DRILLS):
        day = first + timedelta(days=(i * 365) // DRILLS)
        start = datetime.combine(day, clock(9 + i % 8), ZONE)
        data = DrillInput(
            title=f"Bench drill {i + 1}",
            drill_type=TYPES[i % len(TYPES)],
            planned_start=start,
            planned_duration=timedelta(hours=2),
        )
        workspace.drills.create(session, data)
    return workspace, session, time.perf_counter() - started


def _month_rows(workspace: Workspace, session: Session, repeat: int) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.ui.drill_calendar_view import DrillCalendarView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = DrillCalendarView(workspace, session)
    view.resize(1100, 720)
    view.show()
    app.processEvents()
    today = datetime.now(UTC).date()
    months = [
        ((today.month - 1 + k) % 12 + 1, today.year + (today.month - 1 + k) // 12) for k in range(-8, 4)
    ]
    turn = iter(range(10**9))

    def switch() -> None:
        month, year = months[next(turn) % len(months)]
        view.show_month(year, month)
        view.ui.calendarTable.viewport().repaint()

    samples = sample(switch, repeat=repeat, warmup=2)
    shown = sum(len(view.entries_on(view.model.day_at(r, c))) for r in range(6) for c in range(7))
    view.close()
    return [
        Row.single(
            "month view: switch month, feed + grid repaint (offscreen)",
            samples,
            budget=MONTH_BUDGET,
            note=f"{DRILLS} drills and 12 members over a year; {shown} chips in the last month drawn",
        )
    ]


@benchmark("drill-calendar", order=60)
def run(ctx: Context) -> list[Row]:
    ctx.progress("drill-calendar: building a year of drills and the on-call rota")
    workspace, session, build_seconds = _build(ctx)
    try:
        rows = [
            Row.single("build: rota + 200 drills through the services", [build_seconds], note="informational")
        ]
        rows += _month_rows(workspace, session, ctx.reps(24, 8))
        start = datetime.now(UTC)
        end = start + timedelta(days=365)
        roles = list(CrisisRole)
        gaps: list[int] = []
        samples = sample(
            lambda: gaps.append(len(workspace.oncall.coverage_gaps(session, start, end, roles))),
            repeat=ctx.reps(15, 5),
        )
        rows.append(
            Row.single(
                "coverage gaps: every role over a year (service)",
                samples,
                budget=GAP_BUDGET,
                note=f"{gaps[-1]} gaps found",
            )
        )
        first = start.date() - timedelta(days=180)
        out = ctx.workdir / "year.ics"
        exports = sample(
            lambda: workspace.calendar_export.export_ics(session, out, first, first + timedelta(days=364)),
            repeat=ctx.reps(7, 3),
        )
        rows.append(
            Row.single(
                ".ics export: a year of shifts, drills and due dates",
                exports,
                budget=ICS_BUDGET,
                note=f"{out.stat().st_size // 1024} KiB",
            )
        )
    finally:
        workspace.sign_out(session)
        workspace.db.close()
    return rows
