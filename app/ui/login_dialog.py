"""Sign-in dialog: ``session, ok = LoginDialog.sign_in(parent, workspace)``."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.services.errors import AuthenticationFailed, StorageError
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_login_dialog import Ui_LoginDialog
from app.ui.preferences import LAST_USERNAME


class LoginDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._workspace = workspace
        self.session: Session | None = None
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        self._seconds_left = 0
        self.ui.headerLabel.setText(self.tr("EAP Crisis Desk — %1").replace("%1", workspace.db.path.name))
        remembered = LAST_USERNAME.get()
        self.ui.usernameEdit.setText(remembered)
        (self.ui.passwordEdit if remembered else self.ui.usernameEdit).setFocus()

    @classmethod
    def sign_in(cls, parent: QWidget | None, workspace: Workspace) -> tuple[Session | None, bool]:
        dialog = cls(workspace, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.session, ok and dialog.session is not None

    def accept(self) -> None:
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username or not password:
            self.ui.messageLabel.setText(self.tr("Enter your account name and password."))
            return
        try:
            self.session = self._workspace.sign_in(username, password)
        except AuthenticationFailed as error:
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            seconds = round(error.retry_after.total_seconds())
            if seconds > 0:
                self._start_countdown(seconds)
            else:
                self.ui.messageLabel.setText(self.tr("Wrong account name or password."))
            return
        except StorageError as error:
            self.ui.messageLabel.setText(str(error))
            return
        LAST_USERNAME.set(self.session.username)
        super().accept()

    def _start_countdown(self, seconds: int) -> None:
        self._seconds_left = seconds
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._tick(decrement=False)
        self._countdown.start()

    def _tick(self, decrement: bool = True) -> None:
        if decrement:
            self._seconds_left -= 1
        if self._seconds_left <= 0:
            self._countdown.stop()
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
            self.ui.messageLabel.setText(self.tr("You can try again now."))
            return
        self.ui.messageLabel.setText(
            self.tr(
                "Wrong account name or password. Too many failed attempts: wait %n s before trying again.",
                "",
                self._seconds_left,
            )
        )
