"""Admin dialogs driven through their widgets: accounts and the office policy."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.domain.roles import Role
from app.services.policy import IDLE_LOCK_MINUTES
from app.services.session import Session
from app.services.workspace import Workspace
from app.storage.audit_repository import AuditQuery, AuditRepository
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
