"""The run-drill stopwatch against the real service: start, alert, stamp by click and by key, end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.crisis_roles import CrisisRole
from app.domain.drills import AckOutcome, DrillInput, DrillStatus, DrillType, Participant
from app.domain.grading import Grade
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.run_drill_dialog import RunDrillDialog, stopwatch_text


def _drill(workspace: Workspace, session: Session) -> int:
    data = DrillInput(
        title="Full-scale: office evacuation",
        drill_type=DrillType.FULL_SCALE,
        planned_start=datetime.now(UTC) - timedelta(minutes=5),
        planned_duration=timedelta(hours=2),
        scenario_grade=Grade.II,
        participants=(
            Participant(role=CrisisRole.CRISIS_LEAD, department="EAP", name="duty lead"),
            Participant(role=CrisisRole.PR, department="Communications"),
            Participant(role=CrisisRole.HR, department="HR"),
        ),
        key_roles=(CrisisRole.CRISIS_LEAD, CrisisRole.PR),
    )
    return workspace.drills.create(session, data).id


def test_start_alert_stamp_by_click_and_key_then_end(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    drill_id = _drill(workspace, counsellor)
    dialog = RunDrillDialog(workspace, counsellor, drill_id)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.startButton.isEnabled()
    assert not ui.alertButton.isEnabled()
    assert ui.firstAckValue.text() == "not alerted yet"

    qtbot.mouseClick(ui.startButton, Qt.MouseButton.LeftButton)
    assert workspace.drills.get(counsellor, drill_id).status is DrillStatus.IN_PROGRESS
    qtbot.mouseClick(ui.alertButton, Qt.MouseButton.LeftButton)
    stored = workspace.drills.get(counsellor, drill_id)
    assert all(p.notified_at is not None for p in stored.participants)
    assert not ui.alertButton.isEnabled()

    # click on row 2 (PR)
    rect = ui.participantsTable.visualItemRect(ui.participantsTable.item(1, 1))
    qtbot.mouseClick(ui.participantsTable.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    stored = workspace.drills.get(counsellor, drill_id)
    assert stored.participants[1].acknowledged_at is not None
    assert stored.participants[0].acknowledged_at is None
    assert ui.participantsTable.item(1, 5).text() != ""
    assert ui.allAckValue.text() == "not all acknowledged"
    assert ui.firstAckValue.text().startswith(stopwatch_text(stored.timing.first.elapsed))

    # key 1 stamps the crisis lead; key roles complete
    ui.participantsTable.setFocus()
    qtbot.keyClick(ui.participantsTable, Qt.Key.Key_1)
    stored = workspace.drills.get(counsellor, drill_id)
    assert stored.participants[0].acknowledged_at is not None
    timing = stored.timing
    assert timing.key_roles.outcome in (AckOutcome.MET, AckOutcome.MISSED)
    assert ui.keyRolesAckValue.text() == dialog.figure_text(timing.key_roles)
    assert ui.allAckValue.text() == "not all acknowledged"

    # Space on the selected row stamps HR
    ui.participantsTable.setCurrentCell(2, 0)
    qtbot.keyClick(ui.participantsTable, Qt.Key.Key_Space)
    timing = workspace.drills.get(counsellor, drill_id).timing
    assert timing.everyone.outcome is AckOutcome.MET  # seconds against a grade II target
    assert ui.allAckValue.text() == dialog.figure_text(timing.everyone)
    assert ui.firstAckValue.text() == dialog.figure_text(timing.first)
    assert ui.targetValue.text().startswith(stopwatch_text(timing.target))
    assert ui.elapsedLabel.text().count(":") == 2

    # a second stamp of the same person is refused and shown
    assert not dialog.stamp(workspace.drills.get(counsellor, drill_id).participants[0].id)
    assert "acknowledged already" in ui.messageLabel.text()

    qtbot.mouseClick(ui.endButton, Qt.MouseButton.LeftButton)
    assert workspace.drills.get(counsellor, drill_id).status is DrillStatus.DONE
    assert dialog.wants_findings
    assert dialog.changed
    assert not dialog.isVisible()


def test_hr_manager_can_watch_but_not_stamp(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    drill_id = _drill(workspace, counsellor)
    workspace.drills.transition(counsellor, drill_id, DrillStatus.IN_PROGRESS)
    workspace.drills.record_notifications(counsellor, drill_id)
    dialog = RunDrillDialog(workspace, sessions[Role.HR_MANAGER], drill_id)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert not ui.startButton.isEnabled()
    assert not ui.endButton.isEnabled()
    assert ui.participantsTable.item(0, 3).text() == "(withheld)"
    assert not dialog.handle_key(Qt.Key.Key_A)
    dialog.handle_key(Qt.Key.Key_1)
    assert workspace.drills.get(counsellor, drill_id).participants[0].acknowledged_at is None


def test_the_stopwatch_counts_from_the_alert(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    drill_id = _drill(workspace, counsellor)
    dialog = RunDrillDialog(workspace, counsellor, drill_id)
    qtbot.addWidget(dialog)
    assert dialog.elapsed() is None
    assert dialog.timer.isActive()
    dialog.start_drill()
    dialog.send_alert()
    alerted = dialog.view.timing.alerted_at
    assert alerted is not None
    assert dialog.elapsed(alerted + timedelta(minutes=1, seconds=5)) == timedelta(minutes=1, seconds=5)
    assert stopwatch_text(timedelta(hours=1, minutes=2, seconds=3)) == "1:02:03"
