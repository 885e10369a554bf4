"""Settings: office policy (admin, stored in the database and audited) and this user's interface language.

The response targets (minutes per grade to acknowledge and to start the response) are saved together
through ``IncidentService.set_response_targets``, which also re-times every open incident; a pair
that does not fit (acknowledge later than start) is refused with the service's message and the
dialog stays open.

The risk register's scoring policy (level bands and review cadence) is saved as one whole through
``RiskService.set_scoring_policy``, because one band edge alone could leave a level without scores;
the preview line shows the levels as typed, or the rule a combination breaks, before Save is
pressed. Whether counsellors may change the register is a plain office setting
(``risk.counsellors_may_edit``, ``PolicyService.set_value``). Every part is checked before anything
is stored, so a refusal leaves the dialog open with nothing half-saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QSpinBox, QWidget

from app.domain.risks import SCORE_MAX, LevelBands, ReviewCadence, RiskLevel, RiskRuleError
from app.domain.roles import Operation
from app.services.errors import ServiceError, StorageError
from app.services.policy import (
    ENTRY_LOCK_HOURS,
    IDLE_LOCK_MINUTES,
    RISK_BAND_LOW_MAX,
    RISK_BAND_MEDIUM_MAX,
    RISK_COUNSELLORS_MAY_EDIT,
    RISK_REVIEW_DAYS_HIGH,
    RISK_REVIEW_DAYS_LOW,
    RISK_REVIEW_DAYS_MEDIUM,
    PolicySetting,
)
from app.services.response_targets import (
    ACKNOWLEDGE,
    RESPONSE_TARGET_SETTINGS,
    response_targets_from_minutes,
    target_minutes,
)
from app.services.risks import ScoringPolicy
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.background import BackgroundTask
from app.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from app.ui.preferences import LANGUAGE
from app.ui.risk_labels import level_name
from app.ui.translation import LANGUAGES, SYSTEM_LANGUAGE_LABEL

ERROR_STYLE = "QLabel { color: #c62828; }"


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
        self._setup_risk_tab()
        self.ui.languageCombo.addItem(QCoreApplication.translate("Language", SYSTEM_LANGUAGE_LABEL), "")
        for code, name in LANGUAGES:
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(LANGUAGE.get())))
        self.language_changed = False

    def _setup_risk_tab(self) -> None:
        ui = self.ui
        self._risk_spins: dict[PolicySetting, QSpinBox] = {
            RISK_BAND_LOW_MAX: ui.lowMaxSpin,
            RISK_BAND_MEDIUM_MAX: ui.mediumMaxSpin,
            RISK_REVIEW_DAYS_HIGH: ui.highDaysSpin,
            RISK_REVIEW_DAYS_MEDIUM: ui.mediumDaysSpin,
            RISK_REVIEW_DAYS_LOW: ui.lowDaysSpin,
        }
        for setting, spin in self._risk_spins.items():
            spin.setRange(setting.minimum, setting.maximum)
            spin.setEnabled(self._can_edit_policy)
        self._scoring_shown = self._workspace.risks.scoring_policy()
        self._show_scoring(self._scoring_shown)
        self._counsellors_shown = self._workspace.settings.value(RISK_COUNSELLORS_MAY_EDIT) == 1
        ui.counsellorsEditCheck.setChecked(self._counsellors_shown)
        ui.counsellorsEditCheck.setEnabled(self._can_edit_policy)
        ui.riskDefaultsButton.setEnabled(self._can_edit_policy)
        ui.riskDefaultsButton.clicked.connect(
            lambda: self._show_scoring(ScoringPolicy(LevelBands(), ReviewCadence()))
        )
        ui.lowMaxSpin.valueChanged.connect(self._update_bands_preview)
        ui.mediumMaxSpin.valueChanged.connect(self._update_bands_preview)
        font = ui.bandsPreviewLabel.font()
        font.setBold(True)
        ui.bandsPreviewLabel.setFont(font)
        self._update_bands_preview()

    def _show_scoring(self, policy: ScoringPolicy) -> None:
        self.ui.lowMaxSpin.setValue(policy.bands.low_max)
        self.ui.mediumMaxSpin.setValue(policy.bands.medium_max)
        self.ui.highDaysSpin.setValue(policy.cadence.high_days)
        self.ui.mediumDaysSpin.setValue(policy.cadence.medium_days)
        self.ui.lowDaysSpin.setValue(policy.cadence.low_days)

    def scoring_entered(self) -> ScoringPolicy:
        """The bands and cadence as entered; ``RiskRuleError`` (the service's message) when they cannot work."""
        ui = self.ui
        return ScoringPolicy(
            LevelBands(ui.lowMaxSpin.value(), ui.mediumMaxSpin.value()),
            ReviewCadence(ui.highDaysSpin.value(), ui.mediumDaysSpin.value(), ui.lowDaysSpin.value()),
        )

    def bands_text(self, bands: LevelBands) -> str:
        """The levels as "Low 1–4 · Medium 5–9 · High 10–25", in the interface language."""
        parts = []
        for level in (RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH):
            low, high = bands.range_of(level)
            parts.append(
                self.tr("%1 %2–%3")
                .replace("%3", str(high))
                .replace("%2", str(low))
                .replace("%1", level_name(level))
            )
        return " · ".join(parts)

    def _update_bands_preview(self) -> None:
        low_max, medium_max = self.ui.lowMaxSpin.value(), self.ui.mediumMaxSpin.value()
        try:
            bands = LevelBands(low_max, medium_max)
        except RiskRuleError as error:
            self.ui.bandsPreviewLabel.setText(str(error))
            self.ui.bandsPreviewLabel.setStyleSheet(ERROR_STYLE)
            self.ui.highRangeValue.setText(self.tr("none"))
            return
        self.ui.bandsPreviewLabel.setText(self.bands_text(bands))
        self.ui.bandsPreviewLabel.setStyleSheet("")
        self.ui.highRangeValue.setText(f"{medium_max + 1}–{SCORE_MAX}")

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
        scoring: ScoringPolicy | None = None
        counsellors = self.ui.counsellorsEditCheck.isChecked()
        targets = self.target_minutes()
        if self._can_edit_policy:
            # Everything is checked before anything is stored: a refusal saves nothing.
            try:
                scoring = self.scoring_entered()
            except RiskRuleError as error:
                self._risk_failed(str(error))
                return
            if targets != self._targets_shown:
                try:
                    response_targets_from_minutes(targets)
                except ServiceError as error:
                    self._targets_failed(error)
                    return
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
        if scoring is not None and scoring != self._scoring_shown:
            try:
                self._scoring_shown = self._workspace.risks.set_scoring_policy(self._session, scoring)
            except (ServiceError, StorageError) as error:
                self._risk_failed(str(error))
                return
        if self._can_edit_policy and counsellors != self._counsellors_shown:
            try:
                self._workspace.settings.set_value(self._session, RISK_COUNSELLORS_MAY_EDIT, int(counsellors))
            except (ServiceError, StorageError) as error:
                self._risk_failed(str(error))
                return
            self._counsellors_shown = counsellors
        if self._can_edit_policy and targets != self._targets_shown:
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

    def _risk_failed(self, message: str) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.riskTab)
        self.ui.messageLabel.setText(message)

    def _finish(self) -> None:
        language = self.ui.languageCombo.currentData()
        if language != LANGUAGE.get():
            LANGUAGE.set(language)
            self.language_changed = True
        super().accept()
