"""The notifications tab standalone (pytest-qt): ladder, log, acknowledgements, breach clocks, hr view."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from app.domain.clocks import ClockState
from app.domain.crisis_roles import CrisisRole
from app.domain.escalation import StepState
from app.domain.grading import Grade, GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.roles import Role
from app.services.notifications import NotificationInput
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_notifications_tab import NotificationsTab
from app.ui.case_tabs import TAB_CLASSES, tab_classes
from app.ui.incident_labels import OVERDUE_COLOUR, RUNNING_COLOUR

NOW = datetime.now(UTC).replace(second=0, microsecond=0)


@pytest.fixture(autouse=True)
def _fresh_now() -> None:
    """Times relative to the moment each test starts: the views compare with the real clock, and a
    module-level time taken at collection is minutes old by the time a long suite gets here."""
    global NOW  # noqa: PLW0603 - read by the helpers below at call time
    NOW = datetime.now(UTC).replace(second=0, microsecond=0)


def new_incident(
    workspace: Workspace,
    session: Session,
    *,
    grade: Grade = Grade.I,
    category: IncidentCategory = IncidentCategory.PRIVACY_LEAK,
    reported_at: datetime | None = None,
) -> int:
    return workspace.incidents.create(
        session,
        IncidentFacts(
            title="Counselling notes on a shared drive",
            category=category,
            reported_at=reported_at or NOW - timedelta(minutes=20),
        ),
        GradingInput(),
        chosen_grade=grade,
        override_reason="test grade",
    ).incident.id


def open_tab(qtbot: QtBot, workspace: Workspace, session: Session, incident_id: int) -> NotificationsTab:
    tab = NotificationsTab(workspace, session)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_incident(workspace.incidents.get(session, incident_id))
    return tab


def set_local(edit: object, moment: datetime) -> None:
    edit.setDateTime(QDateTime(moment.astimezone().replace(tzinfo=None)))  # type: ignore[attr-defined]


def test_the_tab_is_registered() -> None:
    assert "app.ui.case_notifications_tab:NotificationsTab" in TAB_CLASSES
    assert NotificationsTab in tab_classes()
    assert NotificationsTab.key == "notifications"


def test_ladder_record_and_acknowledge(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident = new_incident(workspace, counsellor)
    tab = open_tab(qtbot, workspace, counsellor, incident)
    ladder = tab.ladder_model
    assert [s.role for s in ladder.rows()] == [
        CrisisRole.COUNSELLOR,
        CrisisRole.CRISIS_LEAD,
        CrisisRole.EXECUTIVE,
    ]
    # 20 minutes after a grade I report: counsellor and crisis lead are due, the executive in 10 minutes.
    assert [s.state for s in ladder.rows()] == [StepState.DUE, StepState.DUE, StepState.PENDING]
    assert ladder.data(ladder.index(0, 4), Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert "due in" in ladder.data(ladder.index(2, 3))
    assert "Notify now" in tab.ui.ladderSummaryLabel.text()

    tab.ui.roleCombo.setCurrentIndex(tab.ui.roleCombo.findData(CrisisRole.CRISIS_LEAD.value))
    tab.ui.channelCombo.setCurrentIndex(tab.ui.channelCombo.findData("messaging_app"))
    tab.ui.recipientEdit.setText("陳主任")
    tab.ui.noteEdit.setText("on the way")
    set_local(tab.ui.notifiedAtEdit, NOW - timedelta(minutes=2))
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.ui.recordButton, Qt.MouseButton.LeftButton)
    assert tab.ui.recipientEdit.text() == ""
    (entry,) = tab.log_model.rows()
    assert (entry.role, entry.recipient, entry.acknowledged_at) == (CrisisRole.CRISIS_LEAD, "陳主任", None)
    assert tab.log_model.data(tab.log_model.index(0, 3)) == "Messaging app"
    assert ladder.rows()[1].state is StepState.NOTIFIED

    assert not tab.ui.acknowledgeButton.isEnabled()
    tab.ui.logTable.selectRow(0)
    assert tab.ui.acknowledgeButton.isEnabled()
    qtbot.mouseClick(tab.ui.acknowledgeButton, Qt.MouseButton.LeftButton)
    assert tab.log_model.rows()[0].acknowledged_at is not None
    assert [s.state for s in ladder.rows()] == [
        StepState.NOT_NEEDED,
        StepState.ACKNOWLEDGED,
        StepState.NOT_NEEDED,
    ]
    assert ladder.data(ladder.index(1, 4), Qt.ItemDataRole.ForegroundRole) == RUNNING_COLOUR
    assert "escalation stopped" in tab.ui.ladderSummaryLabel.text()


def test_bad_input_is_explained_and_kept(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    tab = open_tab(qtbot, workspace, counsellor, new_incident(workspace, counsellor))
    tab.ui.recipientEdit.setText("   ")
    tab.ui.noteEdit.setText("kept")
    qtbot.mouseClick(tab.ui.recordButton, Qt.MouseButton.LeftButton)
    assert "Who is required" in tab.ui.messageLabel.text()
    assert tab.ui.noteEdit.text() == "kept"
    assert tab.log_model.rows() == []


def test_hr_manager_sees_roles_and_times_but_no_names(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor, hr = sessions[Role.COUNSELLOR], sessions[Role.HR_MANAGER]
    incident = new_incident(workspace, counsellor)
    workspace.notifications.record(
        counsellor,
        incident,
        NotificationInput("executive", "phone", "CANARY 林總", NOW - timedelta(minutes=5), "CANARY note"),
    )
    tab = open_tab(qtbot, workspace, hr, incident)
    assert tab.ui.recordGroup.isHidden()
    assert tab.ui.acknowledgeButton.isHidden()
    (entry,) = tab.log_model.rows()
    assert entry.recipient is None
    assert entry.note is None
    shown = [tab.log_model.data(tab.log_model.index(0, c)) for c in range(tab.log_model.columnCount())]
    assert "withheld" in shown
    assert not any("CANARY" in str(v) for v in shown)
    assert [s.role for s in tab.ladder_model.rows()][2] is CrisisRole.EXECUTIVE
    assert tab.ladder_model.rows()[2].state is StepState.NOTIFIED


def test_breach_clocks_panel(qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident = new_incident(workspace, counsellor, grade=Grade.II, reported_at=NOW - timedelta(hours=90))
    tab = open_tab(qtbot, workspace, counsellor, incident)
    assert tab.ui.breachGroup.isVisible()
    assert not tab.ui.breachTable.isVisible()  # no rule set yet
    tab.ui.ruleSetCombo.setCurrentIndex(tab.ui.ruleSetCombo.findData("gdpr"))
    qtbot.mouseClick(tab.ui.addRuleSetButton, Qt.MouseButton.LeftButton)
    assert [c.rule_code for c in tab.breach_model.rows()] == ["gdpr.regulator", "gdpr.affected"]
    assert {c.state for c in tab.breach_model.rows()} == {ClockState.NOT_STARTED}
    assert tab.ui.ruleSetCombo.findData("gdpr") == -1

    tab.ui.eventCombo.setCurrentIndex(tab.ui.eventCombo.findData("awareness"))
    set_local(tab.ui.eventTimeEdit, NOW - timedelta(hours=80))
    qtbot.mouseClick(tab.ui.recordEventButton, Qt.MouseButton.LeftButton)
    regulator = tab.breach_model.rows()[0]
    assert regulator.state is ClockState.OVERDUE
    model = tab.breach_model
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert "overdue by" in model.data(model.index(0, 4))

    tab.ui.noticeRuleCombo.setCurrentIndex(tab.ui.noticeRuleCombo.findData("gdpr.regulator"))
    set_local(tab.ui.noticeTimeEdit, NOW - timedelta(hours=1))
    tab.ui.noticeRecipientEdit.setText("Privacy Commissioner")
    qtbot.mouseClick(tab.ui.recordNoticeButton, Qt.MouseButton.LeftButton)
    assert "late" in tab.ui.messageLabel.text()
    assert tab.breach_model.rows()[0].sent_at is None
    tab.ui.lateReasonEdit.setText("Forensic copy not ready")
    qtbot.mouseClick(tab.ui.recordNoticeButton, Qt.MouseButton.LeftButton)
    regulator = tab.breach_model.rows()[0]
    assert regulator.state is ClockState.MISSED
    assert regulator.late_reason == "Forensic copy not ready"
    assert "late" in model.data(model.index(0, 4))
    assert tab.ui.noticeRuleCombo.findData("gdpr.regulator") == -1


def test_no_breach_panel_for_other_categories(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident = new_incident(workspace, counsellor, category=IncidentCategory.PSYCHOLOGICAL_CRISIS)
    tab = open_tab(qtbot, workspace, counsellor, incident)
    assert not tab.ui.breachGroup.isVisible()
    tab.clear()
    assert tab.ladder_model.rows() == []


def test_activating_a_ladder_step_prepares_the_form(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    tab = open_tab(qtbot, workspace, counsellor, new_incident(workspace, counsellor))
    tab.activateWindow()
    tab.ui.ladderTable.setFocus()
    tab.ui.ladderTable.setCurrentIndex(tab.ladder_model.index(2, 0))
    qtbot.keyClick(tab.ui.ladderTable, Qt.Key.Key_Return)
    assert tab.ui.roleCombo.currentData() == CrisisRole.EXECUTIVE.value
    qtbot.waitUntil(tab.ui.recipientEdit.hasFocus)


def test_custom_rule_set_dialog(qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident = new_incident(workspace, counsellor, category=IncidentCategory.CYBER_SECURITY)
    tab = open_tab(qtbot, workspace, counsellor, incident)
    tab.ui.ruleSetCombo.setCurrentIndex(tab.ui.ruleSetCombo.findData("custom"))
    qtbot.mouseClick(tab.ui.addRuleSetButton, Qt.MouseButton.LeftButton)
    dialog = tab.custom_dialog
    assert dialog is not None
    assert dialog.isVisible()
    ui = dialog.ui  # type: ignore[attr-defined]
    ui.nameEdit.setText("Group policy")
    ui.keyEdit.setText("Bad Key")  # refused by the service on Save; the dialog stays open
    ui.labelEdit.setText("Tell the board")
    ui.startCombo.setCurrentIndex(ui.startCombo.findData("detection"))
    ui.hoursSpin.setValue(12)
    ui.audienceCombo.setCurrentIndex(ui.audienceCombo.findData("management"))
    qtbot.mouseClick(ui.addRuleButton, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert dialog.isVisible()
    assert "lowercase" in ui.messageLabel.text()
    assert workspace.breach_clocks.status(counsellor, incident).rule_sets == ()

    ui.rulesTable.selectRow(0)
    qtbot.mouseClick(ui.removeRuleButton, Qt.MouseButton.LeftButton)
    ui.keyEdit.setText("board")
    ui.labelEdit.setText("Tell the board")
    qtbot.mouseClick(ui.addRuleButton, Qt.MouseButton.LeftButton)
    ui.keyEdit.setText("report")
    ui.labelEdit.setText("Board report")
    ui.startCombo.setCurrentIndex(ui.startCombo.findData("notice_sent"))
    assert ui.afterCombo.isEnabled()
    ui.afterCombo.setCurrentIndex(ui.afterCombo.findData("board"))
    ui.hoursSpin.setValue(48)
    qtbot.mouseClick(ui.addRuleButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert [c.rule_code for c in tab.breach_model.rows()] == ["custom.board", "custom.report"]
    assert tab.breach_model.rows()[1].after_rule == "custom.board"
    assert tab.ui.ruleSetCombo.findData("custom") == -1
