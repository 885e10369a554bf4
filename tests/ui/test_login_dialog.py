"""Signing in through the real dialog against a real encrypted database."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from app.storage.audit_repository import AuditQuery, AuditRepository
from app.ui.login_dialog import LoginDialog
from tests.conftest import ADMIN, ADMIN_PASSWORD


def _dialog(qtbot: QtBot, workspace: Workspace) -> LoginDialog:
    dialog = LoginDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_correct_password_signs_in(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.ui.usernameEdit.setText(ADMIN)
    dialog.ui.passwordEdit.setText(ADMIN_PASSWORD)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session is not None
    assert dialog.session.username == ADMIN


def test_wrong_password_is_refused_and_audited(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.ui.usernameEdit.setText(ADMIN)
    dialog.ui.passwordEdit.setText("not the password")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.session is None
    assert "Wrong account name or password" in dialog.ui.messageLabel.text()
    assert dialog.ui.passwordEdit.text() == ""  # the typed password does not linger
    failures = AuditRepository(workspace.db).find(AuditQuery(action="login.failed"))
    assert [f.actor for f in failures] == [ADMIN]
    assert "not the password" not in str(failures[0])


def test_repeated_failures_disable_ok_with_a_countdown(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    for _ in range(3):
        dialog.ui.usernameEdit.setText(ADMIN)
        dialog.ui.passwordEdit.setText("wrong password!")
        ok.click()
    assert not ok.isEnabled()
    assert "wait" in dialog.ui.messageLabel.text()
    # Even the right password is refused while the delay runs: the service enforces it, not the button.
    dialog.ui.passwordEdit.setText(ADMIN_PASSWORD)
    dialog.accept()
    assert dialog.session is None


def test_empty_fields_get_a_message_not_an_attempt(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.accept()
    assert "Enter your account name" in dialog.ui.messageLabel.text()
    assert AuditRepository(workspace.db).find(AuditQuery(action="login.failed")) == []
