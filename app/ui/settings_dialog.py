"""Settings: office policy (admin, stored in the database and audited) and this user's interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.roles import Operation
from app.services.errors import ServiceError, StorageError
from app.services.policy import IDLE_LOCK_MINUTES
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from app.ui.preferences import LANGUAGE
from app.ui.translation import LANGUAGES, SYSTEM_LANGUAGE_LABEL


class SettingsDialog(QDialog):
    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._workspace = workspace
        self._session = session
        self._can_edit_policy = workspace.policy.allows(session.role, Operation.POLICY_UPDATE)
        self.ui.idleLockSpin.setRange(IDLE_LOCK_MINUTES.minimum, IDLE_LOCK_MINUTES.maximum)
        self.ui.idleLockSpin.setValue(workspace.settings.value(IDLE_LOCK_MINUTES))
        self.ui.idleLockSpin.setEnabled(self._can_edit_policy)
        self.ui.languageCombo.addItem(QCoreApplication.translate("Language", SYSTEM_LANGUAGE_LABEL), "")
        for code, name in LANGUAGES:
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(LANGUAGE.get())))
        self.language_changed = False

    @classmethod
    def edit(cls, parent: QWidget | None, workspace: Workspace, session: Session) -> tuple[bool, bool]:
        """Returns (accepted, language changed)."""
        dialog = cls(workspace, session, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return ok, dialog.language_changed

    def accept(self) -> None:
        minutes = self.ui.idleLockSpin.value()
        if self._can_edit_policy and minutes != self._workspace.settings.value(IDLE_LOCK_MINUTES):
            try:
                self._workspace.settings.set_value(self._session, IDLE_LOCK_MINUTES, minutes)
            except (ServiceError, StorageError) as error:
                self.ui.messageLabel.setText(str(error))
                return
        language = self.ui.languageCombo.currentData()
        if language != LANGUAGE.get():
            LANGUAGE.set(language)
            self.language_changed = True
        super().accept()
