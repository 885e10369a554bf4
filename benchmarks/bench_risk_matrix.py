"""The risk matrix at 2,000 risks × 20 reviews: as-of, heat-map redraw, trend chart, a 10,000-row import.

One register of 2,000 risks with 20 quarterly reviews each (42,000 history rows) is built per run
by the demo generator (``benchmarks.risk_data``; its build time is a row of its own) and exported
to plain SQLite. Then:

- the register as of a date through the service (``workspace.risks.register_as_of``): under 50 ms,
  both the first call of a new workspace (the SQL query, every snapshot built) and warm (the service
  keeps the snapshots it built); and the same call on SQLCipher against plain SQLite (budget 1.25×,
  like every storage row), each side a ``Workspace`` over its own file;
- the heat map redrawn offscreen as the risk page (``RiskView``) redraws it after a date change, a
  filter change and a new "compare with" date (its in-memory history, ``set_cells`` and a
  synchronous ``repaint``): under 100 ms each; without the page, the widget alone fed by the
  service's as-of query;
- the level-trend chart over two years of quarter ends (``level_trend_figure``) rendered to PNG
  with Agg: under 300 ms; the service's trend data is an informational row beside it;
- a 10,000-row XLSX register imported into a fresh database (``risk_import.preview`` + ``apply``):
  reported, under 5 s.

A part of the feature that is not in the tree yet gives its rows as n/a with the reason.
"""

from __future__ import annotations

import importlib.util
import io
import itertools
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.domain.crisis_roles import ROLE_LABELS, CrisisRole
from app.domain.risks import DEFAULT_SOURCES, STATUS_NAMES, RiskLevel, ScoreBasis
from app.services.workspace import Workspace
from app.storage.database import Database
from app.storage.keys import RawKey
from benchmarks.registry import Budget, Context, Row, benchmark
from benchmarks.risk_data import NAME, PASSWORD, RISKS, USERNAME, RiskData, build
from benchmarks.storage_sides import Sides, compare_row
from benchmarks.timing import interleaved, sample, time_once

AS_OF_BUDGET = Budget(max_value=0.050)
RATIO_BUDGET = Budget(max_ratio=1.25)
REDRAW_BUDGET = Budget(max_value=0.100)
TREND_BUDGET = Budget(max_value=0.300)
IMPORT_BUDGET = Budget(max_value=5.0)
IMPORT_ROWS = int(os.environ.get("EAPDESK_BENCH_IMPORT_ROWS", "10000"))

LABELS = {
    "as_of_cold": "as-of: register_as_of, first call, nothing cached (service)",
    "as_of": "as-of: register_as_of, warm (service)",
    "as_of_ratio": "as-of: register_as_of, SQLCipher vs plain SQLite (service)",
    "date": "heat map: redraw after a date change (offscreen)",
    "filter": "heat map: redraw after a filter change (offscreen)",
    "compare": "heat map: compare two dates (offscreen)",
    "page": "risk page: first load, register and history (offscreen)",
    "trend": "trend chart: level_trend_figure, two years, Agg PNG",
    "trend_data": "trend data: level_trend, two years of quarter ends (service)",
    "import": f"import: {IMPORT_ROWS:,}-row XLSX (preview + apply)",
}
BUDGETS = {
    "as_of": AS_OF_BUDGET,
    "as_of_cold": AS_OF_BUDGET,
    "as_of_ratio": RATIO_BUDGET,
    "date": REDRAW_BUDGET,
    "filter": REDRAW_BUDGET,
    "compare": REDRAW_BUDGET,
    "trend": TREND_BUDGET,
    "import": IMPORT_BUDGET,
}


def _missing(*modules: str) -> str:
    """Why a row cannot run: the modules of the feature not written yet ("" when all are there)."""
    absent = [m for m in modules if importlib.util.find_spec(m) is None]
    return f"{', '.join(absent)} not written yet" if absent else ""


def _not_available(keys: Sequence[str], reason: str) -> list[Row]:
    return [Row.not_available(LABELS[k], reason, budget=BUDGETS.get(k)) for k in keys]


def _failed(keys: Sequence[str], error: Exception) -> list[Row]:
    """A part that is there but broke: its rows say so (ERROR), the other parts still run."""
    message = f"{type(error).__name__}: {error}"[:300]
    return [Row(LABELS[k], budget=BUDGETS.get(k), error=message) for k in keys]


def _guarded(keys: Sequence[str], *modules: str) -> Callable[[Callable[[], list[Row]]], list[Row]]:
    def run(part: Callable[[], list[Row]]) -> list[Row]:
        why = _missing(*modules)
        if why:
            return _not_available(keys, why)
        try:
            return part()
        except Exception as error:  # one broken part must not hide the others' figures
            return _failed(keys, error)

    return run


def _past_dates(today: date, count: int) -> list[date]:
    """Dates a user picks in the "as of" control: ``count`` days spread over the last two years."""
    return [today - timedelta(days=17 + (730 * i) // count) for i in range(count)]


# -- as of -----------------------------------------------------------------------------------------


def _as_of_rows(sides: Sides, data: RiskData, repeat: int) -> list[Row]:
    from app.storage.risks_repository import RisksRepository

    spaces = {side: Workspace(sides.open(side, NAME)) for side in ("sqlcipher", "stdlib", "unkeyed")}
    try:
        sessions = {side: ws.sign_in(USERNAME, PASSWORD) for side, ws in spaces.items()}
        dates = _past_dates(data.now.date(), 8)
        calls = {side: _stepper(ws, sessions[side], dates) for side, ws in spaces.items()}
        results = {side: ws.risks.register_as_of(sessions[side], dates[3]) for side, ws in spaces.items()}
        if any(result != results["sqlcipher"] for result in results.values()):
            raise RuntimeError("the sides returned different registers")
        alone = sample(calls["sqlcipher"], repeat=repeat, warmup=1)
        row = Row.single(LABELS["as_of"], alone, budget=AS_OF_BUDGET)
        repo = RisksRepository(spaces["sqlcipher"].db)
        query = statistics.median(sample(lambda: repo.as_of(dates[3]), repeat=max(3, repeat // 2)))
        row.note = (
            f"{len(results['sqlcipher']):,} risks on the matrix; warm: the service holds the snapshots it "
            f"built and reads only the ids (as_of_ids); RisksRepository.as_of with every column {query * 1000:.1f} ms"
        )
        cold = Row.single(
            LABELS["as_of_cold"],
            _cold_as_of(spaces["sqlcipher"].db, dates, max(5, repeat // 2)),
            budget=AS_OF_BUDGET,
        )
        cold.note = (
            "first call of a new Workspace on the open database: the SQL query and every snapshot built"
        )
        samples, _number = interleaved(*calls.values(), repeat=repeat, calibrate=False)
        ratio = compare_row(LABELS["as_of_ratio"], dict(zip(calls, samples, strict=True)))
        ratio.note = "a Workspace over each side's copy of the same rows, warm (the as_of_ids query per call)"
        for side, ws in spaces.items():
            ws.sign_out(sessions[side])
        return [cold, row, ratio]
    finally:
        for ws in spaces.values():
            ws.db.close()


def _cold_as_of(db: Database, dates: list[date], repeat: int) -> list[float]:
    """The first as-of of a fresh service (nothing cached), one new Workspace per sample."""
    samples = []
    for index in range(repeat):
        workspace = Workspace(db)
        session = workspace.sign_in(USERNAME, PASSWORD)  # not timed
        when = dates[index % len(dates)]
        samples.append(time_once(lambda ws=workspace, s=session, w=when: ws.risks.register_as_of(s, w)))
        workspace.sign_out(session)
    return samples


def _stepper(workspace: Workspace, session: Any, dates: list[date]) -> Callable[[], object]:
    """One as-of call per call, on the next of ``dates`` (a user stepping the date control)."""
    turn = itertools.cycle(dates)
    return lambda: workspace.risks.register_as_of(session, next(turn))


# -- heat map ----------------------------------------------------------------------------------------


def _heat_map_rows(workspace: Workspace, data: RiskData, repeat: int) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.domain.risk_history import cell_members, movements
    from app.domain.risks import RiskFilter
    from app.ui.heat_map_widget import HeatMapWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    service = workspace.risks
    session = workspace.sign_in(USERNAME, PASSWORD)
    bands = service.scoring_policy().bands
    today = data.now.date()
    widget = HeatMapWidget()
    widget.set_bands(bands)
    widget.resize(520, 520)
    widget.show()
    app.processEvents()
    basis = ScoreBasis.RESIDUAL
    dates = _past_dates(today, 8)
    turn = iter(range(10**9))

    def date_change() -> None:
        when = dates[next(turn) % len(dates)]
        register = service.register_as_of(session, when)
        widget.set_cells(cell_members(register.values(), basis))
        widget.repaint()

    views = service.list_risks(session)  # loaded once with the view; a filter works on them in memory
    filters = [
        RiskFilter(levels=frozenset({RiskLevel.HIGH}), basis=basis),
        RiskFilter(source="cyber_attack", basis=basis),
        RiskFilter(overdue_only=True, basis=basis),
        RiskFilter(text="ransomware", basis=basis),
        RiskFilter(basis=basis),
    ]

    def filter_change() -> None:
        chosen = filters[next(turn) % len(filters)]
        members: dict[tuple[int, int], list[Any]] = {}
        for view in views:
            if chosen.matches(view, today, bands):
                members.setdefault(view.scores.cell(basis), []).append(view)
        widget.set_cells(members)
        widget.repaint()

    shown = service.register_as_of(session, today)  # the "as of" register on screen already

    def compare() -> None:
        when = dates[next(turn) % len(dates)]  # the user picks another "compare with" date
        before = service.register_as_of(session, when)
        widget.set_cells(cell_members(shown.values(), basis), movements(before, shown, basis))
        widget.repaint()

    members = cell_members(shown.values(), basis)

    def widget_only() -> None:
        widget.set_cells(members)
        widget.repaint()

    try:
        rows = [
            Row.single(LABELS["date"], sample(date_change, repeat=repeat, warmup=2), budget=REDRAW_BUDGET),
            Row.single(
                LABELS["filter"], sample(filter_change, repeat=repeat, warmup=2), budget=REDRAW_BUDGET
            ),
            Row.single(LABELS["compare"], sample(compare, repeat=repeat, warmup=2), budget=REDRAW_BUDGET),
        ]
        painted = statistics.median(sample(widget_only, repeat=repeat, warmup=2))
    finally:
        widget.close()
        app.processEvents()
        workspace.sign_out(session)
    widget_part = f"set_cells + repaint() alone {painted * 1000:.1f} ms"
    rows[
        0
    ].note = f"register_as_of + cell_members + set_cells + repaint(), 520 × 520 px, residual; {widget_part}"
    rows[
        1
    ].note = f"RiskFilter over the {len(views):,} loaded risks (level, source, overdue, text) + repaint()"
    rows[2].note = "new compare date: one as-of query + movements + set_cells with arrows + repaint()"
    return rows


def _page_rows(workspace: Workspace, data: RiskData, repeat: int) -> list[Row]:
    """The heat map as the risk page redraws it: from the history it loaded, after a control changed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.domain.risk_history import cell_members
    from app.ui.risk_view import RiskView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    session = workspace.sign_in(USERNAME, PASSWORD)
    started = time.perf_counter()
    view = RiskView(workspace, session)
    view.resize(1400, 900)
    view.show()  # the page starts its own reload in the background; wait for it as a user would
    deadline = time.perf_counter() + 300
    while view.is_loading() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    loaded = time.perf_counter() - started
    today = data.now.date()
    days = itertools.count(17, 9)  # every sample a date not seen before: no as-of cache hit
    combo = view.ui.levelCombo

    def date_change() -> None:
        view.set_as_of(today - timedelta(days=next(days) % 720))
        view.heat_map.repaint()

    def filter_change() -> None:
        index = (combo.currentIndex() + 1) % combo.count()
        combo.setCurrentIndex(index)
        combo.activated.emit(index)  # as when the user picks a level
        view.heat_map.repaint()

    def compare() -> None:
        view.set_compare(today - timedelta(days=next(days) % 720))
        view.heat_map.repaint()

    try:
        date_samples = sample(date_change, repeat=repeat, warmup=2)
        view.set_as_of(today)
        filter_samples = sample(filter_change, repeat=repeat, warmup=2)
        compare_samples = sample(compare, repeat=repeat, warmup=2)
        members = cell_members(workspace.risks.register_as_of(session, today).values(), view.basis())

        def widget_only() -> None:
            view.heat_map.set_cells(members)
            view.heat_map.repaint()

        painted = statistics.median(sample(widget_only, repeat=repeat, warmup=1))
    finally:
        view.close()
        app.processEvents()
        workspace.sign_out(session)
    page = Row.single(LABELS["page"], [loaded])
    page.note = (
        "RiskView built and shown until its background reload (register, history, due) is in; no budget"
    )
    rows = [
        Row.single(LABELS["date"], date_samples, budget=REDRAW_BUDGET),
        Row.single(LABELS["filter"], filter_samples, budget=REDRAW_BUDGET),
        Row.single(LABELS["compare"], compare_samples, budget=REDRAW_BUDGET),
        page,
    ]
    widget_part = f"HeatMapWidget.set_cells + repaint() alone {painted * 1000:.1f} ms"
    rows[
        0
    ].note = f"RiskView.set_as_of (a new date each time) + heat map repaint(), 1400 × 900 px; {widget_part}"
    rows[1].note = f"level filter picked in RiskView + heat map repaint(); {widget_part}"
    rows[
        2
    ].note = f"RiskView.set_compare (a new date each time): movements and arrows + repaint(); {widget_part}"
    return rows


# -- trend chart ----------------------------------------------------------------------------------


def _trend_rows(workspace: Workspace, data: RiskData, repeat: int) -> list[Row]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from app.domain.risk_history import quarter_ends
    from app.reports.risk_figures import level_trend_figure

    session = workspace.sign_in(USERNAME, PASSWORD)
    today = data.now.date()
    dates = quarter_ends(today - timedelta(days=730), today)
    try:

        def trend_data() -> object:
            return workspace.risks.level_trend(session, dates, ScoreBasis.RESIDUAL)

        data_samples = sample(trend_data, repeat=max(3, repeat // 2), warmup=1)
        points = workspace.risks.level_trend(session, dates, ScoreBasis.RESIDUAL)
    finally:
        workspace.sign_out(session)
    png_sizes: list[int] = []

    def render() -> None:
        figure = level_trend_figure(points, language="zh_TW")
        buffer = io.BytesIO()
        FigureCanvasAgg(figure).print_png(buffer)
        png_sizes.append(buffer.tell())

    chart = Row.single(LABELS["trend"], sample(render, repeat=repeat, warmup=1), budget=TREND_BUDGET)
    built = statistics.median(
        sample(lambda: level_trend_figure(points, language="zh_TW"), repeat=max(3, repeat // 2), warmup=0)
    )
    chart.note = (
        f"{len(points)} quarter ends, stacked bars, Traditional Chinese labels; "
        f"PNG {png_sizes[-1] // 1024} KiB; building the Figure alone {built * 1000:.0f} ms"
    )
    info = Row.single(LABELS["trend_data"], data_samples)
    info.note = "the service's history (read once, then kept) swept once for 8 dates; no budget of its own"
    return [chart, info]


# -- import ---------------------------------------------------------------------------------------


def _write_register(path: Path, rows: int) -> float:
    """A 10,000-row register as an office would keep it: English headers, labels, names of levels."""
    from openpyxl import Workbook

    from app.services.demo_risks import plan_demo_risks

    started = time.perf_counter()
    planned = plan_demo_risks(seed=11, today=date.today(), count=rows, reviews=1)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Risk register")
    sheet.append(
        [
            "Risk ID",
            "Risk",
            "Description",
            "Source",
            "Category",
            "Owner",
            "Likelihood",
            "Impact",
            "Residual likelihood",
            "Residual impact",
            "Current controls",
            "Mitigation plan",
            "Actions",
            "Status",
            "Review date",
        ]
    )
    for number, risk in enumerate(planned, start=1):
        scores = risk.current.scores
        owner = ROLE_LABELS[CrisisRole(risk.owner_role)][0] if risk.owner_role else risk.owner_title
        sheet.append(
            [
                f"IMP-{number:05d}",
                risk.title,
                risk.description,
                DEFAULT_SOURCES[risk.source][0],
                risk.category,
                owner,
                scores.likelihood,
                scores.impact,
                scores.residual_likelihood,
                scores.residual_impact,
                risk.controls,
                risk.treatment,
                risk.actions,
                STATUS_NAMES[risk.current.status][0],
                risk.current.next_review_on,
            ]
        )
    book.save(path)
    return time.perf_counter() - started


def _import_rows(ctx: Context, repeat: int) -> list[Row]:
    from app.domain.roles import Role
    from app.services.users import insert_account
    from app.storage.clock import utc_now

    path = ctx.workdir / "register-10000.xlsx"
    written = _write_register(path, IMPORT_ROWS)
    totals: list[float] = []
    previews: list[float] = []
    counts: list[int] = []
    for attempt in range(repeat):
        db = Database.create(ctx.workdir / f"import-{attempt}.db", RawKey.generate())
        workspace = Workspace(db)
        try:
            with db.transaction() as conn:
                insert_account(
                    conn,
                    actor="bench",
                    username=USERNAME,
                    display_name="Bench lead",
                    role=Role.ADMIN,
                    password=PASSWORD,
                    now=utc_now(),
                )
            session = workspace.sign_in(USERNAME, PASSWORD)
            started = time.perf_counter()
            preview = workspace.risk_import.preview(session, path)
            previewed = time.perf_counter()
            if not preview.ok:
                first = preview.problems[0]
                raise RuntimeError(
                    f"the generated file does not import: {len(preview.problems)} problems, first {first}"
                )
            result = workspace.risk_import.apply(session, preview)
            totals.append(time.perf_counter() - started)
            previews.append(previewed - started)
            counts.append(result.count)
            workspace.sign_out(session)
        finally:
            db.close()
    row = Row.single(LABELS["import"], totals, budget=IMPORT_BUDGET)
    row.note = (
        f"{counts[-1]:,} risks into a fresh database in one transaction; preview (read + parse + checks) "
        f"{min(previews):.2f} s of it; file {path.stat().st_size / 2**20:.1f} MiB, written in {written:.1f} s"
    )
    return [row]


@benchmark("risk-matrix", order=50)
def run(ctx: Context) -> list[Row]:
    """The risk matrix at 2,000 risks × 20 reviews: as-of, heat-map redraw, trend chart, XLSX import."""
    why = _missing("app.storage.risks_repository", "app.services.risks")
    if why or not hasattr(Workspace, "risks"):
        return _not_available(list(LABELS), why or "workspace.risks is not wired yet")
    sides = Sides(ctx.workdir)
    ctx.progress(f"risk-matrix: building the {RISKS:,}-risk register")
    data = build(sides, int(os.environ.get("EAPDESK_BENCH_RISKS", RISKS)))
    built = Row.single(f"risk data: {data.risks:,} risks × 20 reviews (SQLCipher)", [data.build_seconds])
    built.note = (
        f"{data.reviews:,} reviews, {data.snapshots:,} snapshots, one transaction; CPU "
        f"{data.build_cpu_seconds:.1f} s; plain-SQLite export {data.export_seconds:.1f} s"
    )
    rows = [built]
    repeat = ctx.reps(15, 5)

    ctx.progress("risk-matrix: as-of on SQLCipher and plain SQLite")
    rows += _guarded(["as_of_cold", "as_of", "as_of_ratio"])(lambda: _as_of_rows(sides, data, repeat))

    workspace = Workspace(sides.open("sqlcipher", NAME))
    try:
        ctx.progress("risk-matrix: heat-map redraws (offscreen)")
        if importlib.util.find_spec("app.ui.risk_view") is not None:
            rows += _guarded(["date", "filter", "compare", "page"], "app.ui.heat_map_widget")(
                lambda: _page_rows(workspace, data, repeat)
            )
        else:  # the page is not there yet: the widget alone, fed by the service's as-of query
            rows += _guarded(["date", "filter", "compare"], "app.ui.heat_map_widget")(
                lambda: _heat_map_rows(workspace, data, repeat)
            )
        ctx.progress("risk-matrix: trend chart")
        rows += _guarded(["trend", "trend_data"], "app.reports.risk_figures")(
            lambda: _trend_rows(workspace, data, repeat)
        )
    finally:
        workspace.db.close()

    ctx.progress(f"risk-matrix: importing a {IMPORT_ROWS:,}-row XLSX")
    if not hasattr(Workspace, "risk_import"):
        rows += _not_available(["import"], "workspace.risk_import is not wired yet")
    else:
        rows += _guarded(["import"], "app.services.risk_import")(lambda: _import_rows(ctx, ctx.reps(3, 1)))
    return rows
