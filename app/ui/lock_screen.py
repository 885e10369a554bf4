"""The lock screen that hides the window's content until the signed-in user's password is given again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyle, QWidget

from app.services.errors import AuthenticationFailed, StorageError
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_lock_screen import Ui_LockScreen


class LockScreen(QWidget):
    unlocked = Signal()
    quitRequested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self._workspace = workspace
        self._session: Session | None = None
        title_font = QFont(self.ui.titleLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.ui.lockIconLabel.setPixmap(icon.pixmap(48, 48))
        self.ui.unlockButton.clicked.connect(self._try_unlock)
        self.ui.passwordEdit.returnPressed.connect(self._try_unlock)
        self.ui.quitButton.clicked.connect(self.quitRequested)

    def show_for(self, session: Session) -> None:
        self._session = session
        self.ui.usernameLabel.setText(session.username)
        self.ui.passwordEdit.clear()
        self.ui.messageLabel.clear()
        self.ui.passwordEdit.setFocus()

    def _try_unlock(self) -> None:
        if self._session is None:
            return
        password = self.ui.passwordEdit.text()
        self.ui.passwordEdit.clear()
        try:
            self._workspace.unlock(self._session, password)
        except AuthenticationFailed as error:
            seconds = round(error.retry_after.total_seconds())
            self.ui.messageLabel.setText(
                self.tr(
                    "Wrong password. Too many failed attempts: wait %n s before trying again.", "", seconds
                )
                if seconds > 0
                else self.tr("Wrong password.")
            )
            return
        except StorageError as error:
            self.ui.messageLabel.setText(str(error))
            return
        self.unlocked.emit()
