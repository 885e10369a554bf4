"""Settings: office policy (admin, stored in the database and audited) and this user's interface language.

The response targets (minutes per grade to acknowledge and to start the response) are saved together
through ``IncidentService.set_response_targets``, which also re-times every open incident; a pair
that does not fit (acknowledge later than start) is refused with the service's message and the
dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QSpinBox, QWidget

from app.domain.roles import Operation
from app.services.errors import ServiceError, StorageError
from app.services.policy import (
    ACKNOWLEDGE,
    ENTRY_LOCK_HOURS,
    IDLE_LOCK_MINUTES,
    RESPONSE_TARGET_SETTINGS,
    response_targets_from_minutes,
    target_minutes,
)
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.background import BackgroundTask
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
        self.ui.entryLockSpin.setRange(ENTRY_LOCK_HOURS.minimum, ENTRY_LOCK_HOURS.maximum)
        self.ui.entryLockSpin.setValue(workspace.settings.value(ENTRY_LOCK_HOURS))
        self.ui.entryLockSpin.setEnabled(self._can_edit_policy)
        self._target_spins: dict[tuple[str, str], QSpinBox] = {
            (grade, clock): getattr(self.ui, f"{'ack' if clock == ACKNOWLEDGE else 'start'}{grade}Spin")
            for grade, clock in RESPONSE_TARGET_SETTINGS
        }
        self._targets_shown = target_minutes(workspace.settings.response_targets())
        for key, spin in self._target_spins.items():
            setting = RESPONSE_TARGET_SETTINGS[key]
            spin.setRange(setting.minimum, setting.maximum)
            spin.setValue(self._targets_shown[key])
            spin.setEnabled(self._can_edit_policy)
        self.ui.targetsDefaultsButton.setEnabled(self._can_edit_policy)
        self.ui.targetsDefaultsButton.clicked.connect(self._restore_default_targets)
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

    def target_minutes(self) -> dict[tuple[str, str], int]:
        """The response targets as entered, in minutes per (grade, clock)."""
        return {key: spin.value() for key, spin in self._target_spins.items()}

    def _restore_default_targets(self) -> None:
        for key, spin in self._target_spins.items():
            spin.setValue(RESPONSE_TARGET_SETTINGS[key].default)

    def accept(self) -> None:
        for setting, spin in (
            (IDLE_LOCK_MINUTES, self.ui.idleLockSpin),
            (ENTRY_LOCK_HOURS, self.ui.entryLockSpin),
        ):
            if self._can_edit_policy and spin.value() != self._workspace.settings.value(setting):
                try:
                    self._workspace.settings.set_value(self._session, setting, spin.value())
                except (ServiceError, StorageError) as error:
                    self.ui.messageLabel.setText(str(error))
                    return
        targets = self.target_minutes()
        if self._can_edit_policy and targets != self._targets_shown:
            try:
                response_targets_from_minutes(targets)  # a refusal is shown at once, nothing saved
            except ServiceError as error:
                self._targets_failed(error)
                return
            # Re-timing every open incident can take seconds on a large database: off the GUI thread.
            self.ui.buttonBox.setEnabled(False)
            self.ui.messageLabel.setText(self.tr("Saving the response targets and re-timing open incidents…"))
            BackgroundTask(
                lambda: self._workspace.incidents.set_response_targets(self._session, targets)
            ).on_success(lambda _saved: self._targets_saved(targets)).on_failure(self._targets_failed).start()
            return
        self._finish()

    def _targets_saved(self, targets: dict[tuple[str, str], int]) -> None:
        self._targets_shown = targets
        self.ui.buttonBox.setEnabled(True)
        self.ui.messageLabel.setText("")
        self._finish()

    def _targets_failed(self, error: BaseException) -> None:
        self.ui.buttonBox.setEnabled(True)
        self.ui.tabs.setCurrentWidget(self.ui.targetsTab)
        if isinstance(error, (ServiceError, StorageError)):
            self.ui.messageLabel.setText(str(error))
        else:
            self.ui.messageLabel.setText(self.tr("The response targets could not be saved."))

    def _finish(self) -> None:
        language = self.ui.languageCombo.currentData()
        if language != LANGUAGE.get():
            LANGUAGE.set(language)
            self.language_changed = True
        super().accept()
