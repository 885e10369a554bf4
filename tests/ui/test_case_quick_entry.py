"""The counsellor's common path from the main window, all by keyboard: cases → pick a row → Ctrl+T → type → Enter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_detail import CaseDetail
from app.ui.case_timeline_tab import TEXT, TimelineTab
from app.ui.case_view import CaseView


def test_ctrl_t_from_the_main_window_logs_an_action(
    qtbot: QtBot, open_window: object, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    facts = IncidentFacts(
        title="Dormitory fire alarm",
        category=IncidentCategory.NATURAL_DISASTER,
        reported_at=datetime.now(UTC) - timedelta(minutes=10),
    )
    incident_id = workspace.incidents.create(session, facts, GradingInput()).incident.id
    window = open_window(session)  # type: ignore[operator]
    qtbot.waitExposed(window)
    window.activateWindow()
    # Shortcuts go to the active window only: without this wait the key press reached nothing.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    assert window.pages.currentWidget() is window.overview
    qtbot.keyClick(
        window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    view = window.page("cases")
    assert isinstance(view, CaseView)
    assert window.pages.currentWidget() is view
    qtbot.waitUntil(lambda: not view.model.is_loading() and view.model.rowCount() == 1, timeout=10_000)
    table = view.ui.caseTable
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert view.selected_incident_id() == incident_id
    detail = view.detail
    assert isinstance(detail, CaseDetail)
    assert detail.current_incident_id() is None  # selected, not opened: Ctrl+T opens it
    qtbot.keyClick(table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert detail.current_incident_id() == incident_id
    timeline = detail.tab("timeline")
    assert isinstance(timeline, TimelineTab)
    assert detail.ui.tabs.currentWidget() is timeline
    quick = timeline.ui.quickEntryEdit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is quick)
    qtbot.keyClicks(quick, "Evacuated floor 3, nobody hurt")
    with qtbot.waitSignal(detail.incidentChanged, timeout=5000):
        qtbot.keyClick(quick, Qt.Key.Key_Return)
    assert quick.text() == ""
    stored = workspace.incidents.get(session, incident_id).timeline
    assert [(entry.text, entry.author_user_id, entry.signature_valid) for entry in stored] == [
        ("Evacuated floor 3, nobody hurt", session.user_id, True)
    ]
    assert timeline.model.index(0, TEXT).data() == "Evacuated floor 3, nobody hurt"
    qtbot.waitUntil(lambda: not view.model.is_loading(), timeout=10_000)
    assert view.selected_incident_id() == incident_id  # the list reloaded and kept the row
