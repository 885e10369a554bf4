"""The drill-history panel over a real database: summary, plotted minutes, opening a drill by key and click."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from matplotlib import dates as mdates
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.drills import DrillInput, DrillType, Participant
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.drill_calendar_view import HISTORY_TAB, DrillCalendarView
from app.ui.drill_editor import DrillEditor
from app.ui.drill_history_panel import CODE, DrillHistoryPanel, months_before

NAME = "CANARY-NAME Chan Tai Man"


def _held(
    workspace: Workspace,
    session: Session,
    days_ago: int,
    first: int,
    everyone: int | None,
    *,
    findings_open: int = 0,
    findings_closed: int = 0,
) -> int:
    """A done grade-I drill (target 15 min) held ``days_ago``: alerted a minute in, acknowledged as given."""
    now = datetime.now(UTC).replace(microsecond=0)
    start = now - timedelta(days=days_ago)
    drills = workspace.drills
    data = DrillInput(
        title="Night call-out",
        drill_type=DrillType.TABLETOP,
        planned_start=start,
        planned_duration=timedelta(hours=2),
        scenario_grade="I",
        participants=(
            Participant(role="crisis_lead", department="EAP", name=NAME),
            Participant(role="hr", department="Human resources"),
        ),
    )
    drill = drills.create(session, data, now=now)
    drills.transition(session, drill.id, "in_progress", at=start, now=now)
    alert = start + timedelta(minutes=1)
    lead, hr = drills.record_notifications(session, drill.id, at=alert, now=now).participants
    drills.stamp_acknowledged(session, drill.id, lead.id, alert + timedelta(minutes=first), now=now)
    if everyone is not None:
        drills.stamp_acknowledged(session, drill.id, hr.id, alert + timedelta(minutes=everyone), now=now)
    drills.transition(session, drill.id, "done", at=start + timedelta(hours=1), now=now)
    for n in range(findings_open + findings_closed):
        finding = drills.add_finding(session, drill.id, severity="medium", area="process", text=f"Gap {n}")
        if n >= findings_open:
            action = drills.add_action(
                session,
                drill.id,
                title="Fix it",
                due_on=date(2027, 6, 1),
                owner_role="hr",
                finding_id=finding.id,
            )
            drills.set_action_status(session, action.id, "done")
    return drill.id


def _panel(qtbot: QtBot, workspace: Workspace, session: Session) -> DrillHistoryPanel:
    panel = DrillHistoryPanel(workspace, session)
    qtbot.addWidget(panel)
    panel.resize(1100, 650)
    panel.show()
    qtbot.waitExposed(panel)
    panel.reload()
    return panel


def _series(panel: DrillHistoryPanel, series: str) -> list[float]:
    figure = panel.ack_figure()
    assert figure is not None
    found = [
        (x, y)
        for line in figure.axes[0].get_lines()
        if (line.get_gid() or "").startswith(f"{series}:") and line.get_gid() != f"{series}:line"
        for x, y in zip(line.get_xdata(), line.get_ydata(), strict=True)
        if line.get_gid() != "everyone:not_all_acknowledged"
    ]
    return [y for _, y in sorted(found)]


def test_summary_table_and_plotted_minutes_follow_the_period(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    old = _held(workspace, counsellor, 500, 3, 9, findings_closed=1)  # outside the last 12 months
    first = _held(workspace, counsellor, 200, 5, 12, findings_open=1, findings_closed=1)
    late = _held(workspace, counsellor, 90, 20, 40, findings_open=2)
    _held(workspace, counsellor, 10, 8, None)  # the HR participant never acknowledged
    panel = _panel(qtbot, workspace, counsellor)

    assert panel.summary_text() == "3 drills · first acknowledgement on target in 2 · 3 findings open"
    assert _series(panel, "first") == [5, 20, 8]  # minutes from the alert, oldest first
    assert _series(panel, "everyone") == [12, 40]
    figure = panel.ack_figure()
    assert figure is not None
    missed = {line.get_gid(): list(line.get_ydata()) for line in figure.axes[0].get_lines()}
    assert missed["first:missed"] == [20]
    table = panel.ui.drillTable
    assert table.rowCount() == 3
    codes = [table.item(row, CODE).text() for row in range(3)]
    assert codes[2] == workspace.drills.get(counsellor, first).code  # newest first
    assert table.item(1, 3).font().bold()  # the missed first acknowledgement
    assert "20 min" in table.item(1, 3).text()
    assert NAME not in " ".join(table.item(r, c).text() for r in range(3) for c in range(6))

    builds = panel.builds
    panel.reload()  # nothing changed: the same figures stay
    assert panel.builds == builds
    panel.set_period(24)
    assert panel.summary_text().startswith("4 drills")
    assert panel.builds == builds + 2
    assert _series(panel, "first") == [3, 5, 20, 8]
    assert {p.drill_id for p in panel.points} >= {old, late}
    combo = panel.ui.periodCombo
    combo.setCurrentIndex(combo.findData(12))
    combo.activated.emit(combo.currentIndex())  # what choosing in the combo by mouse or key sends
    assert panel.summary_text().startswith("3 drills")
    combo.setCurrentIndex(combo.findData(0))
    combo.activated.emit(combo.currentIndex())
    assert panel.summary_text().startswith("4 drills")
    again = DrillHistoryPanel(workspace, sessions[Role.ADMIN])  # the next session remembers the choice
    qtbot.addWidget(again)
    assert again.period_months() == 0


def test_enter_on_a_row_emits_the_drill(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    drill_id = _held(workspace, counsellor, 30, 4, 6)
    _held(workspace, counsellor, 5, 4, 6)
    panel = _panel(qtbot, workspace, counsellor)
    table = panel.ui.drillTable
    table.setFocus()
    table.setCurrentCell(1, CODE)  # the older drill: second row
    with qtbot.waitSignal(panel.drill_activated) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == [drill_id]


def test_clicking_a_marker_selects_its_drill_and_double_click_opens_it(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    older = _held(workspace, counsellor, 120, 25, 30)
    _held(workspace, counsellor, 20, 4, 6)
    panel = _panel(qtbot, workspace, counsellor)
    canvas = panel._canvases[0]
    canvas.draw()
    axes = canvas.figure.axes[0]
    (line,) = [ln for ln in axes.get_lines() if ln.get_gid() == "first:missed"]
    x, y = axes.transData.transform((mdates.date2num(line.get_xdata()[0]), line.get_ydata()[0]))
    ratio = canvas.device_pixel_ratio
    pos = QPoint(round(x / ratio), round(canvas.height() - y / ratio))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert panel.selected_drill() == older
    rings = [ln for ln in axes.get_lines() if ln.get_gid() == "selected"]
    assert list(rings[0].get_ydata()) == [25, 30]  # the selection is ringed on the chart
    with qtbot.waitSignal(panel.drill_activated) as signal:
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert signal.args == [older]


def test_no_drills_in_the_period_says_so(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    panel = _panel(qtbot, workspace, sessions[Role.HR_MANAGER])
    assert panel.summary_text() == "No drill was held in this period."
    figure = panel.ack_figure()
    assert figure is not None
    assert [t.get_text() for t in figure.axes[0].texts] == ["No data for this period"]


def test_twelve_months_back_is_by_calendar_month() -> None:
    assert months_before(datetime(2026, 3, 31, 9, tzinfo=UTC), 1) == datetime(2026, 2, 28, 9, tzinfo=UTC)
    assert months_before(datetime(2026, 12, 3, tzinfo=UTC), 12) == datetime(2025, 12, 3, tzinfo=UTC)
    assert months_before(datetime(2026, 1, 15, tzinfo=UTC), 24) == datetime(2024, 1, 15, tzinfo=UTC)


def test_calendar_history_tab_loads_when_shown_and_after_a_change(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    drill_id = _held(workspace, counsellor, 40, 4, 6)
    view = DrillCalendarView(workspace, counsellor)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    assert view.history is None  # nothing loads (nor matplotlib's Qt backend) until the tab is shown
    view.show_history()
    assert view.ui.pageTabs.currentIndex() == HISTORY_TAB
    history = view.history
    assert history is not None
    assert history.isVisible()
    assert history.summary_text().startswith("1 drill ·")

    _held(workspace, counsellor, 3, 30, 31)
    view.refresh()  # what the view does after an editor closed with changes
    assert history.summary_text() == "2 drills · first acknowledgement on target in 1 · 0 findings open"

    view.ui.pageTabs.setCurrentIndex(0)
    _held(workspace, counsellor, 2, 5, 6)
    view.refresh()
    assert history.summary_text().startswith("2 drills")  # hidden: not asked again yet
    view.show_history()
    assert history.summary_text().startswith("3 drills")

    seen: list[str] = []

    def close_it() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, DrillEditor)
        seen.append(editor.windowTitle())
        editor.reject()

    QTimer.singleShot(0, close_it)
    history.drill_activated.emit(drill_id)  # what a row's Enter or a marker's double-click sends
    assert seen == [f"Drill {workspace.drills.get(counsellor, drill_id).code}"]
