"""The small dialog that writes one step of a response-plan template: titles, role, due offset.

It checks the step with the service's rules when OK is pressed and shows each problem under its
field, keeping what was typed; the template itself is saved only from the plans dialog.
Opened window-modal with ``open()``, never ``exec()``, so tests can drive it.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from app.domain.crisis_roles import CrisisRole
from app.services.response_plans import PlanStepInput, PlanTemplateInvalid, check_step
from app.ui.forms.ui_plan_step_dialog import Ui_PlanStepDialog
from app.ui.incident_labels import crisis_role_name

ERROR_STYLE = "QLabel { color: #c62828; }"
DEFAULT_OFFSET = timedelta(hours=1)


class PlanStepDialog(QDialog):
    stepReady = Signal(object)  # the PlanStepInput as checked

    def __init__(self, step: PlanStepInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanStepDialog()
        self.ui.setupUi(self)
        self._code = step.code if step else None
        for role in CrisisRole:
            self.ui.roleCombo.addItem(crisis_role_name(role), role.value)
        self.setWindowTitle(self.tr("Edit plan step") if step else self.tr("Add a plan step"))
        offset = step.due_offset if step else DEFAULT_OFFSET
        minutes = int(offset.total_seconds() // 60)
        self.ui.hoursSpin.setValue(minutes // 60)
        self.ui.minutesSpin.setValue(minutes % 60)
        role = CrisisRole(step.role) if step else CrisisRole.CRISIS_LEAD
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(role.value))
        if step:
            self.ui.titleEnEdit.setText(step.title_en)
            self.ui.titleZhEdit.setText(step.title_zh)
        for label in self._error_labels().values():
            label.setStyleSheet(ERROR_STYLE)
            label.hide()
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&OK"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.buttonBox.accepted.connect(self.accept)

    @classmethod
    def start(cls, parent: QWidget, step: PlanStepInput | None = None) -> PlanStepDialog:
        """Open the dialog (window-modal, not blocking); ``stepReady`` carries the step when OK is pressed."""
        dialog = cls(step, parent)
        dialog.open()
        dialog.ui.titleEnEdit.setFocus()
        return dialog

    def _error_labels(self) -> dict[str, QLabel]:
        return {
            "title_en": self.ui.titleEnError,
            "title_zh": self.ui.titleZhError,
            "due_offset": self.ui.offsetError,
        }

    def step(self) -> PlanStepInput:
        return PlanStepInput(
            title_en=self.ui.titleEnEdit.text(),
            title_zh=self.ui.titleZhEdit.text(),
            role=str(self.ui.roleCombo.currentData()),
            due_offset=timedelta(hours=self.ui.hoursSpin.value(), minutes=self.ui.minutesSpin.value()),
            code=self._code,
        )

    def accept(self) -> None:
        step = self.step()
        labels = self._error_labels()
        for label in labels.values():
            label.hide()
        self.ui.messageLabel.hide()
        try:
            check_step(step)
        except PlanTemplateInvalid as error:
            names = {
                "title_en": self.tr("The English title"),
                "title_zh": self.tr("The Chinese title"),
                "due_offset": self.tr("The due offset"),
            }
            other = []
            for problem in error.problems:
                text = f"{names.get(problem.field, problem.field)} {problem.message}."
                label = labels.get(problem.field)
                if label is None:
                    other.append(text)
                else:
                    label.setText(text)
                    label.show()
            if other:
                self.ui.messageLabel.setText("\n".join(other))
                self.ui.messageLabel.show()
            first = next((p.field for p in error.problems), "")
            {"title_zh": self.ui.titleZhEdit, "due_offset": self.ui.hoursSpin}.get(
                first, self.ui.titleEnEdit
            ).setFocus()
            return
        super().accept()
        self.stepReady.emit(step)
