"""The drill editor against the real drill service: plan, validate, read-only roles, series, findings."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pytestqt.qtbot import QtBot

from app.domain.case_review import ActionStatus
from app.domain.crisis_roles import CrisisRole
from app.domain.drills import DrillInput, DrillStatus, DrillType, FindingArea, FindingSeverity, Participant
from app.domain.grading import Grade
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.drill_editor import DrillEditor
from app.ui.participant_times_dialog import ParticipantTimesDialog

START = (datetime.now(UTC) + timedelta(days=3)).replace(hour=9, minute=30, second=0, microsecond=0)


def _editor(qtbot: QtBot, workspace: Workspace, session: Session, drill_id: int | None = None) -> DrillEditor:
    editor = DrillEditor(workspace, session, drill_id, planned_start=START)
    qtbot.addWidget(editor)
    return editor


def _fill(editor: DrillEditor, title: str = "Q1 tabletop: data leak") -> None:
    ui = editor.ui
    ui.titleEdit.setText(title)
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(DrillType.TABLETOP.value))
    ui.gradeCombo.setCurrentIndex(ui.gradeCombo.findData(Grade.II.value))
    ui.durationSpin.setValue(90)
    ui.scenarioEdit.setPlainText("A spreadsheet of clients is mailed to the wrong company.")
    editor.add_objective("Crisis lead reached within 15 minutes")
    editor.add_participant(CrisisRole.CRISIS_LEAD, "EAP", "duty lead")
    editor.add_participant(CrisisRole.PR, "Communications", "")


def _stored(workspace: Workspace, session: Session) -> list:
    return list(
        workspace.drills.drills_between(session, START - timedelta(days=30), START + timedelta(days=400))
    )


def test_a_drill_created_in_the_editor_is_stored_whole(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    editor = _editor(qtbot, workspace, counsellor)
    _fill(editor)
    changed: list[int] = []
    editor.drillChanged.connect(changed.append)
    editor.save()
    assert editor.result() == DrillEditor.DialogCode.Accepted
    assert editor.saved_drill_id is not None
    assert changed == [editor.saved_drill_id]
    view = workspace.drills.get(counsellor, editor.saved_drill_id)
    assert view.title == "Q1 tabletop: data leak"
    assert view.drill_type is DrillType.TABLETOP
    assert view.scenario_grade is Grade.II
    assert view.planned_start == START
    assert view.planned_duration == timedelta(minutes=90)
    assert [o.text for o in view.objectives] == ["Crisis lead reached within 15 minutes"]
    assert [(p.role, p.department, p.label) for p in view.participants] == [
        (CrisisRole.CRISIS_LEAD, "EAP", "duty lead"),
        (CrisisRole.PR, "Communications", ""),
    ]


def test_empty_title_and_zero_duration_are_shown_and_nothing_is_written(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    editor = _editor(qtbot, workspace, counsellor)
    editor.show()
    _fill(editor, title="   ")
    editor.ui.durationSpin.setValue(0)
    editor.save()
    assert editor.isVisible()
    assert editor.saved_drill_id is None
    message = editor.ui.messageLabel.text()
    assert "Title" in message
    assert "Duration" in message
    assert "must be longer than zero" in message
    assert editor.ui.titleLabel.styleSheet()
    assert editor.ui.durationLabel.styleSheet()
    assert not editor.ui.typeLabel.styleSheet()
    assert _stored(workspace, counsellor) == []


def test_a_key_role_nobody_holds_is_refused_by_the_service(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    editor = _editor(qtbot, workspace, counsellor)
    _fill(editor)
    legal = next(
        editor.ui.keyRolesList.item(i)
        for i in range(editor.ui.keyRolesList.count())
        if editor.ui.keyRolesList.item(i).data(0x0100) == CrisisRole.LEGAL.value
    )
    from PySide6.QtCore import Qt

    legal.setCheckState(Qt.CheckState.Checked)
    editor.save()
    assert editor.saved_drill_id is None
    assert "Key roles" in editor.ui.messageLabel.text()
    assert _stored(workspace, counsellor) == []


def test_surprise_is_offered_to_admin_only(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor_editor = _editor(qtbot, workspace, sessions[Role.COUNSELLOR])
    admin_editor = _editor(qtbot, workspace, sessions[Role.ADMIN])
    assert counsellor_editor.ui.typeCombo.findData(DrillType.SURPRISE.value) < 0
    assert admin_editor.ui.typeCombo.findData(DrillType.SURPRISE.value) >= 0


def test_a_quarterly_repeat_creates_a_series(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    editor = _editor(qtbot, workspace, counsellor)
    _fill(editor, title="Quarterly tabletop")
    ui = editor.ui
    ui.recurrenceCombo.setCurrentIndex(ui.recurrenceCombo.findData("quarterly"))
    ui.countSpin.setValue(4)
    editor.save()
    assert editor.saved_drill_id is not None
    drills = [d for d in _stored(workspace, counsellor) if d.title == "Quarterly tabletop"]
    assert len(drills) == 4
    assert len({d.series_id for d in drills}) == 1
    assert drills[0].series_id is not None
    local_times = {d.planned_start.astimezone().strftime("%H:%M") for d in drills}
    assert local_times == {START.astimezone().strftime("%H:%M")}


def _planned_drill(workspace: Workspace, session: Session) -> int:
    data = DrillInput(
        title="Simulation: threat on site",
        drill_type=DrillType.SIMULATION,
        planned_start=START,
        planned_duration=timedelta(hours=1),
        scenario_grade=Grade.I,
        objectives=("Everyone acknowledges within the target",),
        participants=(
            Participant(role=CrisisRole.CRISIS_LEAD, department="EAP", name="Chan Tai-man"),
            Participant(role=CrisisRole.HR, department="HR"),
        ),
    )
    return workspace.drills.create(session, data).id


def test_hr_manager_gets_a_read_only_de_identified_editor(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    drill_id = _planned_drill(workspace, sessions[Role.COUNSELLOR])
    editor = _editor(qtbot, workspace, sessions[Role.HR_MANAGER], drill_id)
    ui = editor.ui
    assert not ui.titleEdit.isEnabled()
    assert ui.scenarioEdit.isReadOnly()
    assert not ui.addParticipantButton.isEnabled()
    assert ui.buttonBox.button(ui.buttonBox.StandardButton.Save).isHidden()
    assert not ui.startButton.isEnabled()
    labels = [ui.participantsTable.item(r, 2).text() for r in range(ui.participantsTable.rowCount())]
    assert "Chan Tai-man" not in labels
    assert labels == ["(withheld)", "(withheld)"]
    editor.save()  # refused quietly: nothing written
    assert editor.saved_drill_id is None


def test_edit_keeps_stamps_and_findings_and_actions_are_recorded(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    drill_id = _planned_drill(workspace, counsellor)
    editor = _editor(qtbot, workspace, counsellor, drill_id)
    ui = editor.ui
    assert not ui.addFindingButton.isEnabled()  # not started yet
    assert not ui.objectivesTable.cellWidget(0, 1).isEnabled()  # nothing to rate yet
    assert editor.move_to(DrillStatus.IN_PROGRESS)
    assert ui.objectivesTable.cellWidget(0, 1).isEnabled()
    workspace.drills.record_notifications(counsellor, drill_id)
    lead = workspace.drills.get(counsellor, drill_id).participants[0]
    workspace.drills.stamp_acknowledged(counsellor, drill_id, lead.id)
    editor.reload()
    ui.titleEdit.setText("Simulation: threat on site (revised)")
    assert editor.save_details()
    view = workspace.drills.get(counsellor, drill_id)
    assert view.title.endswith("(revised)")
    assert view.participants[0].acknowledged_at is not None  # the stamp survived the save
    assert editor.move_to(DrillStatus.DONE)
    assert ui.tabWidget.currentWidget() is ui.findingsTab
    ui.findingTextEdit.setText("")
    assert not editor.add_finding()
    assert "Finding" in ui.messageLabel.text()
    ui.findingTextEdit.setText("The HR contact list was out of date.")
    assert editor.add_finding()
    assert not editor.add_action()  # no title
    assert "Action" in ui.messageLabel.text()
    assert workspace.drills.get(counsellor, drill_id).actions == ()
    ui.actionTitleEdit.setText("Update the HR contact list")
    ui.actionOwnerCombo.setCurrentIndex(ui.actionOwnerCombo.findData(CrisisRole.HR.value))
    assert editor.add_action(), ui.messageLabel.text()
    view = workspace.drills.get(counsellor, drill_id)
    assert [f.text for f in view.findings] == ["The HR contact list was out of date."]
    assert [a.title for a in view.actions] == ["Update the HR contact list"]
    assert view.actions[0].finding_id == view.findings[0].id
    assert view.actions[0].owner_role is CrisisRole.HR
    assert ui.actionsTable.rowCount() == 1
    combo = ui.objectivesTable.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findData("partly_met"))
    editor.save_rating()
    assert workspace.drills.get(counsellor, drill_id).rating.partly_met == 1


def test_cancelling_needs_a_reason_and_keeps_it(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    drill_id = _planned_drill(workspace, counsellor)
    editor = _editor(qtbot, workspace, counsellor, drill_id)
    assert not editor.move_to(DrillStatus.CANCELLED, "  ")
    assert "needs a reason" in editor.ui.messageLabel.text()
    assert workspace.drills.get(counsellor, drill_id).status is DrillStatus.PLANNED
    assert editor.move_to(DrillStatus.CANCELLED, "Venue unavailable")
    view = workspace.drills.get(counsellor, drill_id)
    assert view.status is DrillStatus.CANCELLED
    assert view.status_changes[-1].reason == "Venue unavailable"
    assert "Venue unavailable" in editor.ui.statusHistoryValue.text()
    assert not editor.ui.titleEdit.isEnabled()  # a cancelled drill is final


def test_open_drill_opens_the_requested_tab_and_reports_no_change(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from app.ui.drill_editor import open_drill

    counsellor = sessions[Role.COUNSELLOR]
    drill_id = _planned_drill(workspace, counsellor)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def close_it() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, DrillEditor)
        seen.append(editor.ui.tabWidget.currentWidget().objectName())
        editor.reject()

    QTimer.singleShot(0, close_it)
    assert open_drill(workspace, counsellor, drill_id, parent, tab="findings") is False
    assert seen == ["findingsTab"]


def test_linked_risks_by_code_and_an_unknown_code_is_refused(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    from app.domain.risk_input import RiskInput

    admin = sessions[Role.ADMIN]
    counsellor = sessions[Role.COUNSELLOR]
    risk = workspace.risks.create(
        admin,
        RiskInput(title="Threat on site", source="data_leak", owner_title="EAP lead", likelihood=2, impact=4),
    ).risk
    drill_id = _planned_drill(workspace, counsellor)
    editor = _editor(qtbot, workspace, counsellor, drill_id)
    editor.ui.risksEdit.setText("RSK-NOPE")
    assert not editor.save_details()
    assert "RSK-NOPE" in editor.ui.messageLabel.text()
    assert workspace.drills.get(counsellor, drill_id).risks == ()
    editor.ui.risksEdit.setText(risk.code.lower())
    assert editor.save_details()
    assert [r.risk_id for r in workspace.drills.get(counsellor, drill_id).risks] == [risk.id]


def _held_drill(workspace: Workspace, session: Session) -> int:
    """A drill started an hour ago whose lead acknowledged 20 minutes after the alert."""
    drill_id = _planned_drill(workspace, session)
    drills = workspace.drills
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    drills.transition(session, drill_id, DrillStatus.IN_PROGRESS, now=start)
    drills.record_notifications(session, drill_id, at=start, now=start)
    lead = drills.get(session, drill_id).participants[0]
    drills.stamp_acknowledged(session, drill_id, lead.id, start + timedelta(minutes=20))
    return drill_id


def test_a_late_stamp_is_corrected_in_the_editor_and_the_timing_follows(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    drill_id = _held_drill(workspace, counsellor)
    before = workspace.drills.get(counsellor, drill_id).participants[0]
    assert before.notified_at is not None
    assert before.acknowledged_at is not None
    editor = _editor(qtbot, workspace, counsellor, drill_id)
    ui = editor.ui
    assert ui.correctTimesButton.isEnabled()
    assert ui.participantsTable.item(0, 4).text() != "—"
    assert ui.participantsTable.item(1, 4).text() == "—"  # HR never acknowledged
    corrected = before.notified_at + timedelta(minutes=4)
    editor.correct_times(0, (before.notified_at, corrected))
    assert "Save" in ui.messageLabel.text()
    assert editor.save_details(), ui.messageLabel.text()
    after = workspace.drills.get(counsellor, drill_id)
    assert after.participants[0].acknowledged_at == corrected
    assert workspace.drills.timing(counsellor, drill_id).first.elapsed == timedelta(minutes=4)
    assert after.participants[1].acknowledged_at is None


def test_an_acknowledgement_before_its_alert_is_refused_and_nothing_is_written(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    drill_id = _held_drill(workspace, counsellor)
    lead = workspace.drills.get(counsellor, drill_id).participants[0]
    assert lead.notified_at is not None
    dialog = ParticipantTimesDialog("Crisis lead · EAP", (lead.notified_at, lead.acknowledged_at))
    qtbot.addWidget(dialog)
    earlier = lead.notified_at - timedelta(minutes=5)
    dialog.ui.acknowledgedEdit.setDateTime(dialog.ui.notifiedEdit.dateTime().addSecs(-300))
    dialog.accept()
    assert dialog.result_times is None
    assert "before the notification" in dialog.ui.messageLabel.text()
    dialog.ui.notNotifiedCheck.setChecked(True)  # no alert, so no acknowledgement either
    assert dialog.ui.notAcknowledgedCheck.isChecked()
    assert dialog.times() == (None, None)

    # the service checks the same on save: an editor given the bad pair writes nothing
    editor = _editor(qtbot, workspace, counsellor, drill_id)
    editor.correct_times(0, (lead.notified_at, earlier))
    assert not editor.save_details()
    assert workspace.drills.get(counsellor, drill_id).participants[0].acknowledged_at == lead.acknowledged_at


def test_a_finding_and_an_action_are_corrected_in_place(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    drill_id = _held_drill(workspace, counsellor)
    drills = workspace.drills
    finding = drills.add_finding(
        counsellor, drill_id, severity="medium", area="tools", text="Pager list out of date"
    )
    drills.add_action(
        counsellor, drill_id, title="Refresh pager list", due_on=date.today() + timedelta(days=14),
        owner_role=CrisisRole.IT_SECURITY, finding_id=finding.id,
    )  # fmt: skip
    editor = _editor(qtbot, workspace, counsellor, drill_id)
    ui = editor.ui
    assert not ui.updateFindingButton.isEnabled()  # nothing selected yet
    ui.findingsTable.selectRow(0)
    assert ui.findingTextEdit.text() == "Pager list out of date"  # loaded for correction
    assert ui.updateFindingButton.isEnabled()
    ui.findingTextEdit.setText("Pager and phone lists out of date")
    ui.findingSeverityCombo.setCurrentIndex(ui.findingSeverityCombo.findData(FindingSeverity.HIGH.value))
    ui.findingAreaCombo.setCurrentIndex(ui.findingAreaCombo.findData(FindingArea.COMMUNICATION.value))
    assert editor.update_finding(), ui.messageLabel.text()
    (stored,) = drills.get(counsellor, drill_id).findings
    assert (stored.text, stored.severity, stored.area) == (
        "Pager and phone lists out of date",
        FindingSeverity.HIGH,
        FindingArea.COMMUNICATION,
    )

    ui.actionsTable.selectRow(0)
    assert ui.actionTitleEdit.text() == "Refresh pager list"
    ui.actionTitleEdit.setText("")
    assert not editor.update_action()  # an action needs a title: refused, nothing written
    assert drills.get(counsellor, drill_id).actions[0].title == "Refresh pager list"
    ui.actionTitleEdit.setText("Refresh pager and phone lists")
    ui.actionStatusCombo.setCurrentIndex(ui.actionStatusCombo.findData(ActionStatus.DONE.value))
    assert editor.update_action(), ui.messageLabel.text()
    (action,) = drills.get(counsellor, drill_id).actions
    assert action.title == "Refresh pager and phone lists"
    assert action.status is ActionStatus.DONE
    assert action.done_at is not None
    assert action.finding_id == stored.id  # still the finding it answers
