"""Dialogs that get a database open: passphrase entry, recovery-key entry, and showing a new recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.services.errors import InvalidInput, StorageError
from app.ui.clipboard import copy_secret
from app.ui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from app.ui.forms.ui_recover_dialog import Ui_RecoverDialog
from app.ui.forms.ui_recovery_key_dialog import Ui_RecoveryKeyDialog


class PassphraseDialog(QDialog):
    """Asks for the passphrase of a passphrase-mode database; the caller tries it and may call ``fail``."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Unlock database"))
        del database

    @classmethod
    def ask(cls, parent: QWidget | None, database: Path, message: str = "") -> tuple[str, bool]:
        dialog = cls(database, parent)
        dialog.ui.messageLabel.setText(message)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.ui.passphraseEdit.text(), ok and bool(dialog.ui.passphraseEdit.text())


class RecoverDialog(QDialog):
    """Opens a database whose key is not in this computer's keyring, with its recovery key."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoverDialog()
        self.ui.setupUi(self)
        self._database = database
        self.ui.explanationLabel.setText(
            self.tr(
                "This computer's keyring has no key for %1. This happens after a reinstall, on a new computer, "
                "or when the keyring was reset. Type the recovery key that was shown when the database was "
                "created or its key last rotated. If neither the keyring nor the recovery key is available, the "
                "data cannot be recovered by anyone; restore a backup instead."
            ).replace("%1", database.name)
        )

    @classmethod
    def recover(cls, parent: QWidget | None, database: Path) -> bool:
        return cls(database, parent).exec() == QDialog.DialogCode.Accepted

    def accept(self) -> None:
        from app.services.maintenance import recover_database  # noqa: PLC0415 - rarely needed at start-up

        try:
            recover_database(self._database, self.ui.recoveryKeyEdit.text())
        except (InvalidInput, StorageError) as error:
            self.ui.messageLabel.setText(str(error))
            return
        self.ui.recoveryKeyEdit.clear()
        super().accept()


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once; Ok is enabled only after the user confirms storing it."""

    def __init__(self, key_text: str, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyDialog()
        self.ui.setupUi(self)
        self._key = key_text
        self._database = database
        self.ui.keyLabel.setText(key_text)
        self.ui.keyLabel.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ui.keyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.ui.confirmCheck.toggled.connect(ok.setEnabled)
        self.ui.copyButton.clicked.connect(lambda: copy_secret(self._key))
        self.ui.printButton.clicked.connect(self._print_sheet)

    @classmethod
    def show_once(cls, parent: QWidget | None, key_text: str, database: Path) -> None:
        cls(key_text, database, parent).exec()

    def reject(self) -> None:
        if self.ui.confirmCheck.isChecked():
            super().reject()

    def recovery_sheet(self) -> QTextDocument:
        title = self.tr("EAP Crisis Desk — recovery sheet")
        lines = [
            f"<h2>{title}</h2>",
            "<p>" + self.tr("Database file: %1").replace("%1", _escape(self._database.name)) + "</p>",
            f"<p style='font-family: monospace; font-size: 14pt'>{_escape(self._key)}</p>",
            "<p>"
            + self.tr(
                "Keep this sheet in a locked place away from the computer. Anyone with this key and a copy of "
                "the database file can read it. To use it: eapdesk recover --db PATH, then type the key."
            )
            + "</p>",
        ]
        document = QTextDocument()
        document.setHtml("".join(lines))
        return document

    def _print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: PLC0415 - loaded only to print

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.recovery_sheet().print_(printer)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
