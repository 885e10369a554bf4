"""The risk-matrix page over a real database: matrix ↔ table, as-of, residual, compare, roles, reload."""

from __future__ import annotations

import csv
import subprocess
import sys
import time as clock
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.risk_input import RiskInput, RiskReviewInput
from app.domain.risks import RiskStatus, ScoreBasis
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.actions import MainAction
from app.ui.background import wait_for_all
from app.ui.preferences import LANGUAGE
from app.ui.risk_editor import select_data
from app.ui.risk_register_model import COL_LEVEL, COL_NEXT_REVIEW, COL_RESIDUAL, OVERDUE_COLOUR
from app.ui.risk_review_dialog import RiskReviewDialog
from app.ui.risk_view import RiskView, quarter_of

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today_at_test_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite runs for twenty minutes and may cross midnight: each test takes its own 'today'."""
    monkeypatch.setattr(sys.modules[__name__], "TODAY", date.today())


def at_noon(day: date) -> datetime:
    return datetime.combine(day, time(12)).astimezone()


def add(
    workspace: Workspace,
    session: Session,
    title: str,
    cell: tuple[int, int],
    *,
    residual: tuple[int, int] | None = None,
    days_ago: int = 0,
    next_review_on: date | None = None,
    source: str = "cyber_attack",
    owner_title: str = "IT manager",
) -> int:
    data = RiskInput(
        title=title,
        source=source,
        owner_title=owner_title,
        likelihood=cell[0],
        impact=cell[1],
        residual_likelihood=residual[0] if residual else None,
        residual_impact=residual[1] if residual else None,
        next_review_on=next_review_on,
    )
    return workspace.risks.create(session, data, now=at_noon(TODAY - timedelta(days=days_ago))).risk.id


def review(
    workspace: Workspace, session: Session, risk_id: int, cell: tuple[int, int], days_ago: int
) -> None:
    on = TODAY - timedelta(days=days_ago)
    workspace.risks.record_review(
        session,
        risk_id,
        RiskReviewInput(reviewed_on=on, likelihood=cell[0], impact=cell[1], comment="quarterly review"),
        now=at_noon(TODAY),
    )


@pytest.fixture
def admin(sessions: dict[Role, Session]) -> Session:
    return sessions[Role.ADMIN]


@pytest.fixture
def register(workspace: Workspace, admin: Session) -> dict[str, int]:
    """Four risks with a past: A since 400 days at (5,5), B since 200, C today, D moved 100 days ago."""
    risks = {
        "A": add(workspace, admin, "Phishing wave on payroll", (5, 5), residual=(2, 2), days_ago=400),
        "B": add(workspace, admin, "Counsellor burnout", (3, 4), days_ago=200, source="workload_stress"),
        "C": add(
            workspace, admin, "Typhoon closes the office", (1, 2), residual=(1, 1), owner_title="Facilities"
        ),
        "D": add(workspace, admin, "員工資料外洩", (2, 2), days_ago=400, source="data_leak"),
    }
    review(workspace, admin, risks["D"], (4, 4), days_ago=100)
    return risks


def make_view(qtbot: QtBot, workspace: Workspace, session: Session) -> RiskView:
    view = RiskView(workspace, session)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot, view)
    return view


def settle(qtbot: QtBot, view: RiskView) -> None:
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10000)


def codes(view: RiskView) -> list[str]:
    return [risk.code for risk in view.model.risks()]


def click_cell(qtbot: QtBot, view: RiskView, cell: tuple[int, int]) -> None:
    point = view.heat_map.cell_rect(cell).center().toPoint()
    qtbot.mouseClick(view.heat_map, Qt.MouseButton.LeftButton, pos=point)


def test_clicking_a_cell_filters_the_register_to_its_risks(
    qtbot: QtBot, workspace: Workspace, admin: Session, register: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, admin)
    assert view.heat_map.count_at((5, 5)) == 1
    assert view.heat_map.count_at((4, 4)) == 1
    assert sum(view.heat_map.counts().values()) == 4
    assert codes(view) == ["R-001", "R-002", "R-003", "R-004"]
    click_cell(qtbot, view, (5, 5))
    assert [risk.id for risk in view.model.risks()] == [register["A"]]
    assert "likelihood 5" in view.ui.matrixStatusLabel.text()
    assert view.ui.clearCellButton.isEnabled()
    click_cell(qtbot, view, (5, 5))  # again: the filter is cleared
    assert len(view.model.risks()) == 4
    click_cell(qtbot, view, (2, 1))  # an empty cell empties the table
    assert view.model.rowCount() == 0
    view.ui.clearCellButton.click()
    assert view.model.rowCount() == 4
    assert view.heat_map.selected_cell() is None


def test_as_of_redraws_the_matrix_from_the_history(
    qtbot: QtBot, workspace: Workspace, admin: Session, register: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, admin)
    view.set_as_of(TODAY - timedelta(days=300))
    counts = view.heat_map.counts()
    assert sum(counts.values()) == 2  # only A and D existed then
    assert counts[(5, 5)] == 1
    assert counts[(2, 2)] == 1  # D before its review moved it
    assert counts[(4, 4)] == 0
    # The cell of a past date filters the table to the risks that were in it then.
    click_cell(qtbot, view, (2, 2))
    assert [risk.id for risk in view.model.risks()] == [register["D"]]
    view.set_as_of(TODAY - timedelta(days=500))
    assert sum(view.heat_map.counts().values()) == 0
    assert view.model.rowCount() == 0
    view.ui.todayButton.click()
    assert view.as_of() == TODAY
    assert sum(view.heat_map.counts().values()) == 4
    assert "as of " + TODAY.isoformat() in view.ui.matrixStatusLabel.text()


def test_changing_the_date_is_served_from_memory_and_fast(
    qtbot: QtBot, workspace: Workspace, admin: Session, register: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, admin)
    workspace.close()  # no database behind the view any more: the date controls must not need one
    started = clock.perf_counter()
    for days in range(0, 400, 20):
        view.set_as_of(TODAY - timedelta(days=days))
        view.heat_map.repaint()
    assert (clock.perf_counter() - started) / 20 < 0.1
    assert sum(view.heat_map.counts().values()) == 2
    view.flush_trends()  # the chart follows the last date, from memory too
    assert view.trend.level_figure() is not None


def test_inherent_and_residual_toggle_changes_counts(
    qtbot: QtBot, workspace: Workspace, admin: Session, register: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, admin)
    assert view.heat_map.count_at((5, 5)) == 1
    assert view.heat_map.count_at((1, 1)) == 0
    view.set_basis(ScoreBasis.RESIDUAL)
    assert view.heat_map.count_at((5, 5)) == 0
    assert view.heat_map.count_at((2, 2)) == 1  # A after its controls
    assert view.heat_map.count_at((1, 1)) == 1  # C after its controls
    assert view.heat_map.count_at((3, 4)) == 1  # B has no residual scores: it stays where it is
    click_cell(qtbot, view, (2, 2))
    assert [risk.id for risk in view.model.risks()] == [register["A"]]
    view.ui.basisCombo.setCurrentIndex(view.ui.basisCombo.findData(ScoreBasis.INHERENT.value))
    view.ui.basisCombo.activated.emit(view.ui.basisCombo.currentIndex())
    assert view.heat_map.count_at((5, 5)) == 1
    assert view.model.rowCount() == 0  # A is not in (2, 2) on its inherent scores


def test_compare_shows_the_risks_that_moved(
    qtbot: QtBot, workspace: Workspace, admin: Session, register: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, admin)
    view.set_compare(TODAY - timedelta(days=300))
    moved = {m.risk_id: (m.before, m.after) for m in view.moved()}
    assert moved == {
        register["B"]: (None, (3, 4)),
        register["C"]: (None, (1, 2)),
        register["D"]: ((2, 2), (4, 4)),
    }
    assert view.heat_map.arrows() == (((2, 2), (4, 4), 1),)
    assert view.heat_map.badges()[0] == {(3, 4): 1, (1, 2): 1}
    assert "3 moved since" in view.ui.matrixStatusLabel.text()
    assert view.ui.compareDateEdit.isEnabled()
    view.set_compare(None)
    assert view.moved() == ()
    assert view.heat_map.arrows() == ()


def test_filters_owner_source_level_text_and_overdue(
    qtbot: QtBot, workspace: Workspace, admin: Session, register: dict[str, int]
) -> None:
    overdue = add(
        workspace, admin, "Supplier outage", (3, 3), days_ago=200, next_review_on=TODAY - timedelta(days=5)
    )
    view = make_view(qtbot, workspace, admin)
    assert view.model.rowCount() == 5
    ui = view.ui
    ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData("data_leak"))
    ui.sourceCombo.activated.emit(0)
    assert codes(view) == ["R-004"]
    assert sum(view.heat_map.counts().values()) == 1  # the matrix counts with the filters
    ui.sourceCombo.setCurrentIndex(0)
    ui.ownerCombo.setCurrentIndex(ui.ownerCombo.findData("Facilities"))
    ui.ownerCombo.activated.emit(0)
    assert codes(view) == ["R-003"]
    ui.ownerCombo.setCurrentIndex(0)
    ui.levelCombo.setCurrentIndex(ui.levelCombo.findData("high"))
    ui.levelCombo.activated.emit(0)
    assert codes(view) == ["R-001", "R-002", "R-004"]
    ui.levelCombo.setCurrentIndex(0)
    ui.overdueCheck.setChecked(True)
    # Past their review date: A and B (90 days for High since they were entered), D (90 days after
    # its review 100 days ago) and the one given a date last week; C was entered today.
    assert codes(view) == ["R-001", "R-002", "R-004", "R-005"]
    c_row = view.model.all_risks()[2]
    assert c_row.code == "R-003"
    assert not c_row.is_overdue(TODAY)
    row = view.model.row_of(overdue)
    index = view.model.index(row, COL_NEXT_REVIEW)
    assert view.model.data(index, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert "overdue" in view.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "4 overdue" in ui.registerStatusLabel.text()
    ui.overdueCheck.setChecked(False)
    ui.searchEdit.insert("資料")  # Chinese arrives from an input method as one committed string
    qtbot.waitUntil(lambda: codes(view) == ["R-004"], timeout=3000)
    # The reviews due this quarter list the overdue one.
    assert overdue in [risk.id for risk in view.due_model.risks()]
    assert str(view.due_model.rowCount()) in ui.dueLabel.text()


def test_score_cells_show_their_formula_and_sort_by_number(
    qtbot: QtBot, workspace: Workspace, admin: Session, register: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, admin)
    row = view.model.row_of(register["A"])
    tip = view.model.data(view.model.index(row, COL_LEVEL), Qt.ItemDataRole.ToolTipRole)
    assert "Score 25 = likelihood 5" in tip
    assert "Residual score 4" in tip
    residual_tip = view.model.data(view.model.index(row, COL_RESIDUAL), Qt.ItemDataRole.ToolTipRole)
    assert residual_tip.startswith("Residual score 4 = likelihood 2")
    view.ui.registerTable.sortByColumn(COL_LEVEL, Qt.SortOrder.DescendingOrder)
    assert codes(view) == ["R-001", "R-004", "R-002", "R-003"]  # 25, 16, 12, 2: numbers, not text
    view.ui.registerTable.sortByColumn(COL_RESIDUAL, Qt.SortOrder.AscendingOrder)
    assert codes(view)[0] in ("R-002", "R-004")  # no residual scores sort first


def test_selecting_a_risk_shows_its_score_trend(
    qtbot: QtBot, workspace: Workspace, admin: Session, register: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, admin)
    assert view.trend.level_figure() is not None
    assert view.trend.score_figure() is None
    assert view.select_risk(register["D"])
    view.flush_trends()
    figure = view.trend.score_figure()
    assert figure is not None
    lines = {line.get_label(): list(line.get_ydata()) for line in figure.axes[0].get_lines()}
    assert lines["Inherent"] == [4, 16]
    assert "R-004" in figure.axes[0].get_title()
    builds = view.trend.builds
    view.select_risk(register["D"])
    view.set_as_of(TODAY)
    view.flush_trends()  # same data: the charts are not rebuilt
    assert view.trend.builds == builds
    view.set_as_of(TODAY - timedelta(days=40))
    view.flush_trends()
    assert view.trend.builds == builds + 1  # the level chart ends at the new as-of date
    qtbot.waitUntil(lambda: not view._trend_timer.isActive(), timeout=2000)


def test_hr_manager_reads_without_edit_buttons(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], register: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, sessions[Role.HR_MANAGER])
    assert sum(view.heat_map.counts().values()) == 4
    for button in (view.ui.newButton, view.ui.editButton, view.ui.reviewButton, view.ui.importButton):
        assert not button.isVisible()
    assert view.ui.exportButton.isVisible()
    view.select_risk(register["A"])
    view.edit_selected()  # a stray double-click or shortcut opens nothing
    view.new_risk()
    assert not view.ui.editButton.isEnabled()


def test_counsellor_may_edit_by_default_and_edit_needs_a_selection(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], register: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, sessions[Role.COUNSELLOR])
    assert view.ui.newButton.isVisible()
    assert view.ui.importButton.isVisible()
    assert not view.ui.editButton.isEnabled()
    view.select_risk(register["B"])
    assert view.ui.editButton.isEnabled()
    assert view.ui.reviewButton.isEnabled()


def test_a_review_then_reload_updates_the_matrix(
    qtbot: QtBot, workspace: Workspace, admin: Session, register: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, admin)
    assert view.heat_map.count_at((5, 5)) == 1
    view.select_risk(register["A"])
    review(workspace, admin, register["A"], (1, 1), days_ago=0)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.reload()
    assert view.heat_map.count_at((5, 5)) == 0
    assert view.heat_map.count_at((1, 1)) == 1
    assert view.selected_risk_id() == register["A"]  # the selection survives the reload
    row = view.model.row_of(register["A"])
    assert view.model.cell_text(view.model.risk_at(row), COL_LEVEL).endswith("· 1")
    lines = {
        line.get_label(): list(line.get_ydata()) for line in view.trend.score_figure().axes[0].get_lines()
    }
    assert lines["Inherent"][-1] == 1


def test_a_closed_risk_leaves_the_matrix_but_shows_under_all_statuses(
    qtbot: QtBot, workspace: Workspace, admin: Session, register: dict[str, int]
) -> None:
    workspace.risks.record_review(
        admin,
        register["B"],
        RiskReviewInput(reviewed_on=TODAY, likelihood=3, impact=4, status=RiskStatus.CLOSED),
    )
    view = make_view(qtbot, workspace, admin)
    assert view.heat_map.count_at((3, 4)) == 0
    assert "R-002" not in codes(view)
    ui = view.ui
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("all"))
    ui.statusCombo.activated.emit(0)
    assert "R-002" in codes(view)


def test_export_writes_the_register(
    qtbot: QtBot, workspace: Workspace, admin: Session, register: dict[str, int], tmp_path: Path
) -> None:
    view = make_view(qtbot, workspace, admin)
    target = tmp_path / "register.csv"
    with qtbot.waitSignal(view.exportFinished, timeout=10000) as finished:
        view.start_export(target)
    assert finished.args == [str(target), 4]
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 5
    assert "4 risk(s) exported" in view.ui.registerStatusLabel.text()


def test_quarter_of() -> None:
    assert quarter_of(date(2026, 12, 2)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert quarter_of(date(2026, 1, 1)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert quarter_of(date(2024, 5, 31)) == (date(2024, 4, 1), date(2024, 6, 30))
    assert quarter_of(date(2025, 9, 30)) == (date(2025, 7, 1), date(2025, 9, 30))


def test_main_window_builds_the_risk_page_on_demand(
    qtbot: QtBot, open_window: object, sessions: dict[Role, Session], register: dict[str, int]
) -> None:
    window = open_window(sessions[Role.HR_MANAGER])  # type: ignore[operator]
    assert "risks" in window.page_keys()
    row = window.page_keys().index("risks")
    assert window._pages[row].widget is None  # not built until shown
    assert window.navigation.item(row).text() == "Risk matrix"
    assert window.actions[MainAction.RISKS].isVisible()
    window.actions[MainAction.RISKS].trigger()
    view = window.page("risks")
    assert isinstance(view, RiskView)
    assert window.pages.currentWidget() is view
    settle(qtbot, view)
    wait_for_all()
    assert sum(view.heat_map.counts().values()) == 4


def test_the_risk_modules_are_not_imported_at_start_up() -> None:
    code = (
        "import sys; import app.ui.main_window; "
        "print(sorted(m for m in sys.modules if m.startswith(('app.ui.risk_', 'app.ui.heat_map', "
        "'app.reports', 'matplotlib', 'app.services.risks'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _drive_dialog(kind: type, act: object, tries: int = 50) -> None:
    """Act on the modal dialog of ``kind`` once it is shown (it runs its own event loop in exec())."""
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    if shown:
        act(shown[0])  # type: ignore[operator]
    elif tries:
        QTimer.singleShot(50, lambda: _drive_dialog(kind, act, tries - 1))


def test_the_review_button_records_a_review_that_moves_the_risk_on_the_matrix(
    qtbot: QtBot, workspace: Workspace, admin: Session, register: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, admin)
    view.select_risk(register["A"])
    assert view.heat_map.count_at((5, 5)) == 1

    def review_down(dialog: RiskReviewDialog) -> None:
        select_data(dialog.ui.likelihoodCombo, 2)
        select_data(dialog.ui.impactCombo, 3)
        dialog.ui.commentEdit.setPlainText("Training done; phishing tests now mostly reported.")
        dialog.accept()

    QTimer.singleShot(0, lambda: _drive_dialog(RiskReviewDialog, review_down))
    with qtbot.waitSignal(view.loaded, timeout=15000), qtbot.waitSignal(view.riskChanged) as changed:
        view.ui.reviewButton.click()
    assert changed.args == [register["A"]]
    assert view.heat_map.count_at((5, 5)) == 0
    assert view.heat_map.count_at((2, 3)) == 1
    assert view.selected_risk_id() == register["A"]
    detail = workspace.risks.get(admin, register["A"])
    assert detail.reviews[0].comment.startswith("Training done")


def test_charts_follow_the_interface_language(
    qtbot: QtBot, workspace: Workspace, admin: Session, register: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, admin)
    assert view.trend.level_figure().axes[0].get_title() == "Risks per level"
    LANGUAGE.set("zh_TW")
    view.retranslate_ui()
    view.flush_trends()
    assert view.trend.level_figure().axes[0].get_title() == "各級別風險數量"
    assert sum(view.heat_map.counts().values()) == 4  # the matrix and its filters survive the switch
    assert view.ui.statusCombo.currentData() == "active"
