"""Getting into a database from the GUI: recovery key on a machine whose keyring lost the key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.services.maintenance import create_database
from app.services.workspace import Workspace
from app.storage.keystore import Keystore
from app.ui.unlock_dialogs import RecoverDialog, RecoveryKeyDialog
from tests.conftest import ADMIN, ADMIN_PASSWORD


def test_recover_dialog_restores_the_keyring_entry(qtbot: QtBot, db_path: Path, keystore: Keystore) -> None:
    created = create_database(db_path, ADMIN, ADMIN_PASSWORD, keystore=keystore)
    identity = created.workspace.db.identity
    created.workspace.close()
    keystore.delete_key(identity)

    dialog = RecoverDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.ui.recoveryKeyEdit.setText("0000-not-a-key")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "recovery key has 55 characters" in dialog.ui.messageLabel.text()
    assert keystore.get_key(identity) is None

    assert created.recovery_key is not None
    dialog.ui.recoveryKeyEdit.setText(created.recovery_key.lower())  # typed in lower case: still accepted
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert keystore.get_key(identity) is not None
    Workspace.open(db_path).close()


def test_recovery_key_dialog_needs_confirmation_and_prints_a_sheet(qtbot: QtBot, db_path: Path) -> None:
    dialog = RecoveryKeyDialog("ABCDE-" * 10 + "FGHJK", db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.ui.buttonBox.buttons()[0]
    assert not ok.isEnabled()
    dialog.reject()  # Escape does not dismiss an unconfirmed key
    assert dialog.isVisible()
    dialog.ui.confirmCheck.setChecked(True)
    assert ok.isEnabled()
    sheet = dialog.recovery_sheet().toPlainText()
    assert "ABCDE-ABCDE" in sheet
    assert db_path.name in sheet
