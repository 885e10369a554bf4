"""Admin dialogs driven through their widgets: accounts and the office policy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.clocks import GradeTargets, ResponseTargets
from app.domain.grading import GradingInput, Urgency
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.roles import Role
from app.services.policy import ENTRY_LOCK_HOURS, IDLE_LOCK_MINUTES
from app.services.response_targets import target_minutes
from app.services.session import Session
from app.services.workspace import Workspace
from app.storage.audit_repository import AuditQuery, AuditRepository
from app.storage.incidents_repository import IncidentsRepository
from app.ui.preferences import LANGUAGE
from app.ui.settings_dialog import SettingsDialog
from app.ui.users_dialog import UserEditor, UsersDialog


def test_user_editor_creates_an_account_after_validation(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    editor = UserEditor(workspace, sessions[Role.ADMIN], None)
    qtbot.addWidget(editor)
    editor.ui.usernameEdit.setText("mei.ling")
    editor.ui.displayNameEdit.setText("Lam Mei-ling 林美玲")
    editor.ui.roleCombo.setCurrentIndex(editor.ui.roleCombo.findData(Role.COUNSELLOR.value))
    editor.ui.passwordEdit.setText("short")
    editor.ui.confirmEdit.setText("short")
    editor.accept()
    assert "at least 10 characters" in editor.ui.messageLabel.text()
    assert editor.result_user is None

    editor.ui.passwordEdit.setText("a good long password")
    editor.ui.confirmEdit.setText("a different password")
    editor.accept()
    assert "differ" in editor.ui.messageLabel.text()

    editor.ui.passwordEdit.setText("a good long password")
    editor.ui.confirmEdit.setText("a good long password")
    editor.accept()
    assert editor.result_user is not None
    assert editor.result_user.role is Role.COUNSELLOR
    assert workspace.sign_in("mei.ling", "a good long password").role is Role.COUNSELLOR
    created = AuditRepository(workspace.db).find(AuditQuery(action="user.created"))
    assert all("林美玲" not in str(entry.detail) for entry in created)  # names never go to the audit trail


def test_users_dialog_disables_and_enables(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    dialog = UsersDialog(workspace, sessions[Role.ADMIN])
    qtbot.addWidget(dialog)
    names = [dialog.model.row_at(row).username for row in range(dialog.model.rowCount())]
    assert names == ["admin", "counsellor", "hr_manager"]
    dialog.ui.usersTable.selectRow(names.index("counsellor"))
    assert dialog.ui.disableButton.isEnabled()
    dialog.ui.disableButton.click()
    assert dialog.model.row_at(names.index("counsellor")).disabled
    dialog.ui.usersTable.selectRow(names.index("counsellor"))
    dialog.ui.enableButton.click()
    assert not dialog.model.row_at(names.index("counsellor")).disabled


def test_settings_change_the_idle_policy_and_the_language(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    dialog = SettingsDialog(workspace, sessions[Role.ADMIN])
    qtbot.addWidget(dialog)
    dialog.ui.idleLockSpin.setValue(12)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("zh_TW"))
    dialog.accept()
    assert workspace.settings.value(IDLE_LOCK_MINUTES) == 12
    assert dialog.language_changed
    assert LANGUAGE.get() == "zh_TW"
    assert AuditRepository(workspace.db).find(AuditQuery(action="policy.updated"))


def test_settings_policy_is_read_only_for_counsellors(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    dialog = SettingsDialog(workspace, sessions[Role.COUNSELLOR])
    qtbot.addWidget(dialog)
    assert not dialog.ui.idleLockSpin.isEnabled()
    assert not dialog.ui.entryLockSpin.isEnabled()


def test_settings_change_the_entry_lock_period(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    dialog = SettingsDialog(workspace, sessions[Role.ADMIN])
    qtbot.addWidget(dialog)
    assert dialog.ui.entryLockSpin.value() == ENTRY_LOCK_HOURS.default == 24
    dialog.ui.entryLockSpin.setValue(48)
    dialog.accept()
    assert workspace.settings.value(ENTRY_LOCK_HOURS) == 48
    assert workspace.incidents.lock_period() == timedelta(hours=48)
    changed = AuditRepository(workspace.db).find(AuditQuery(action="policy.updated"))
    assert [entry.entity_id for entry in changed] == [ENTRY_LOCK_HOURS.key]


def test_settings_change_the_response_targets_and_retime_open_incidents(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    reported = datetime.now(UTC) - timedelta(minutes=20)
    incident = workspace.incidents.create(
        sessions[Role.COUNSELLOR],
        IncidentFacts(title="Case", category=IncidentCategory.PRIVACY_LEAK, reported_at=reported),
        GradingInput(urgency=Urgency.IMMEDIATE),
    ).incident
    assert incident.grade.value == "I"
    dialog = SettingsDialog(workspace, sessions[Role.ADMIN])
    qtbot.addWidget(dialog)
    assert dialog.ui.ackISpin.value() == 15
    assert dialog.ui.startIVSpin.value() == 72 * 60
    dialog.ui.ackISpin.setValue(30)
    dialog.ui.startISpin.setValue(20)  # shorter than acknowledging: refused, the dialog stays open
    dialog.accept()
    assert "cannot be longer than the start-response target" in dialog.ui.messageLabel.text()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.targetsTab
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert workspace.settings.response_targets().for_grade("I").acknowledge == timedelta(minutes=15)

    dialog.ui.startISpin.setValue(90)
    dialog.accept()  # saved in the background: the buttons wait meanwhile
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.ui.buttonBox.isEnabled()
    assert workspace.settings.response_targets().for_grade("I") == GradeTargets(
        timedelta(minutes=30), timedelta(minutes=90)
    )
    row = IncidentsRepository(workspace.db).by_id(incident.id)
    assert row is not None
    assert row.next_due_at == reported + timedelta(minutes=30)
    assert AuditRepository(workspace.db).find(AuditQuery(action="policy.response_targets_updated"))

    again = SettingsDialog(workspace, sessions[Role.ADMIN])
    qtbot.addWidget(again)
    assert again.ui.ackISpin.value() == 30
    again.ui.targetsDefaultsButton.click()
    assert again.target_minutes() == target_minutes(ResponseTargets())


def test_settings_response_targets_are_read_only_for_counsellors(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    dialog = SettingsDialog(workspace, sessions[Role.COUNSELLOR])
    qtbot.addWidget(dialog)
    assert not dialog.ui.ackIISpin.isEnabled()
    assert not dialog.ui.startIVSpin.isEnabled()
    assert not dialog.ui.targetsDefaultsButton.isEnabled()
    dialog.accept()  # nothing to save: no refusal
    assert not AuditRepository(workspace.db).find(AuditQuery(action="policy.response_targets_updated"))
