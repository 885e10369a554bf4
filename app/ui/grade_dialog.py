"""The "Change grade" dialog: the grading questions again, the new suggestion live, then the grade.

An incident's grade is re-decided from new answers (more people affected, a leak found larger);
the suggestion follows the answers as in the new-incident wizard, with whose choice lists
(``app.ui.grading_choices``) it shares. A grade other than the suggestion needs a reason -- the
service refuses one without -- and every change is kept in the grade history. The answers start
from what the incident records (people involved, direct loss); the rest starts as "not known".
The change is saved from the dialog, so a refusal is shown here with the answers kept.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.domain.grading import Grade, GradeSuggestion, GradingInput, suggest_grade
from app.domain.incidents import (
    IncidentCategory,
    IncidentInvalid,
    MoneyInvalid,
    Problem,
    format_money,
    parse_money,
)
from app.services.errors import ServiceError, StorageError
from app.services.incidents import IncidentInputInvalid, IncidentView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_grade_dialog import Ui_GradeDialog
from app.ui.geometry import restore_geometry, save_geometry
from app.ui.grading_choices import chosen_code, fill_grading_choices, leak_tier_help
from app.ui.incident_labels import grade_name

ERROR_STYLE = "QLabel { color: #c62828; }"
GEOMETRY_NAME = "grade_dialog"


class GradeDialog(QDialog):
    regraded = Signal(object)  # the IncidentView after the change

    def __init__(
        self, workspace: Workspace, session: Session, incident: IncidentView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_GradeDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.incident_id = incident.id
        self.category = incident.category
        self.current_grade = incident.grade
        self._suggestion: GradeSuggestion | None = None
        ui = self.ui
        fill_grading_choices(ui.leakTierCombo, ui.sensitivityCombo, ui.urgencyCombo)
        ui.peopleSpin.setSpecialValueText(self.tr("not known"))
        ui.peopleSpin.setValue(incident.people_involved)
        if incident.impact.direct_loss is not None:
            ui.directLossEdit.setText(format_money(incident.impact.direct_loss))
        self.is_leak = incident.category is IncidentCategory.PRIVACY_LEAK
        for widget in (ui.leakTierLabel, ui.leakTierCombo):
            widget.setVisible(self.is_leak)
        bold = QFont(ui.suggestionLabel.font())
        bold.setBold(True)
        ui.suggestionLabel.setFont(bold)
        self.setWindowTitle(self.tr("Change grade of %1").replace("%1", incident.code))
        ui.explanationLabel.setText(
            self.tr(
                "Answer the grading questions as they stand now (currently grade %1). The suggestion "
                "follows the answers; a different grade needs a reason. The change is kept in the "
                "grade history."
            ).replace("%1", grade_name(incident.grade))
        )
        ui.messageLabel.hide()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Change grade"))
        ui.buttonBox.accepted.connect(self.accept)
        for combo in (ui.leakTierCombo, ui.sensitivityCombo, ui.urgencyCombo):
            combo.currentIndexChanged.connect(self.update_suggestion)
        for check in (ui.riskToLifeCheck, ui.sensitiveGroupCheck, ui.externalAttackCheck):
            check.toggled.connect(self.update_suggestion)
        ui.peopleSpin.valueChanged.connect(self.update_suggestion)
        ui.directLossEdit.textChanged.connect(self.update_suggestion)
        ui.gradeCombo.currentIndexChanged.connect(self._grade_chosen)
        self.update_suggestion()
        restore_geometry(self, GEOMETRY_NAME)

    @classmethod
    def start(
        cls, parent: QWidget, workspace: Workspace, session: Session, incident: IncidentView
    ) -> GradeDialog:
        """Open the dialog (window-modal, not blocking) and return it; ``regraded`` says when it is done."""
        dialog = cls(workspace, session, incident, parent)
        dialog.open()
        dialog.ui.peopleSpin.setFocus()
        return dialog

    def done(self, result: int) -> None:
        save_geometry(self, GEOMETRY_NAME)
        super().done(result)

    # -- the answers ---------------------------------------------------------------------------

    def grading(self) -> tuple[GradingInput | None, tuple[Problem, ...]]:
        ui = self.ui
        loss: int | None = None
        text = ui.directLossEdit.text().strip()
        if text:
            try:
                loss = parse_money(text)
            except MoneyInvalid as error:
                return None, (Problem("direct_loss", str(error)),)
        people = ui.peopleSpin.value()
        try:
            grading = GradingInput(
                people_affected=None if people < 0 else people,
                sensitivity=chosen_code(ui.sensitivityCombo),  # type: ignore[arg-type] - codes accepted
                leak_tier=chosen_code(ui.leakTierCombo) if self.is_leak else None,  # type: ignore[arg-type]
                urgency=chosen_code(ui.urgencyCombo),  # type: ignore[arg-type]
                direct_loss=loss,
                imminent_risk_to_life=ui.riskToLifeCheck.isChecked(),
                sensitive_group=ui.sensitiveGroupCheck.isChecked(),
                external_attack=ui.externalAttackCheck.isChecked(),
            )
        except IncidentInvalid as error:
            return None, error.problems
        return grading, ()

    def suggestion(self) -> GradeSuggestion | None:
        return self._suggestion

    def chosen_grade(self) -> Grade | None:
        value = self.ui.gradeCombo.currentData()
        return Grade(value) if value else None

    def update_suggestion(self, *_args: object) -> None:
        help_text = leak_tier_help(self.ui.leakTierCombo) if self.is_leak else ""
        self.ui.leakTierHelpLabel.setText(help_text)
        self.ui.leakTierHelpLabel.setVisible(bool(help_text))
        grading, problems = self.grading()
        if grading is None:
            self._suggestion = None
            self.ui.suggestionLabel.setText(self.tr("No suggestion: %1").replace("%1", problems[0].message))
            self.ui.reasonsLabel.setText("")
        else:
            suggestion = suggest_grade(self.category, grading)
            self._suggestion = suggestion
            self.ui.suggestionLabel.setText(
                self.tr("Suggested grade: %1").replace("%1", grade_name(suggestion.grade))
            )
            self.ui.reasonsLabel.setText("\n".join(f"• {reason.text}" for reason in suggestion.reasons))
        self._fill_grades()

    def _fill_grades(self) -> None:
        combo = self.ui.gradeCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        suggested = self._suggestion.grade if self._suggestion else None
        combo.addItem(
            self.tr("As suggested (%1)").replace("%1", grade_name(suggested))
            if suggested
            else self.tr("As suggested"),
            "",
        )
        for grade in Grade:
            combo.addItem(grade_name(grade), grade.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self._grade_chosen()

    def overrides(self) -> bool:
        chosen = self.chosen_grade()
        return chosen is not None and self._suggestion is not None and chosen != self._suggestion.grade

    def _grade_chosen(self, *_args: object) -> None:
        differs = self.overrides()
        self.ui.reasonLabel.setText(self.tr("&Reason (required)") if differs else self.tr("&Reason"))
        self.ui.reasonEdit.setEnabled(differs)

    # -- saving --------------------------------------------------------------------------------

    def accept(self) -> None:
        grading, problems = self.grading()
        if grading is None:
            self._show_error("\n".join(self._problem_text(p) for p in problems))
            return
        reason = self.ui.reasonEdit.text().strip() or None if self.overrides() else None
        try:
            incident = self.workspace.incidents.change_grade(
                self.session,
                self.incident_id,
                grading,
                chosen_grade=self.chosen_grade(),
                override_reason=reason,
            )
        except IncidentInputInvalid as error:
            self._show_error("\n".join(self._problem_text(p) for p in error.problems) or str(error))
            return
        except (ServiceError, StorageError) as error:
            self._show_error(str(error))
            return
        super().accept()
        self.regraded.emit(incident)

    def _problem_text(self, problem: Problem) -> str:
        names = {
            "direct_loss": self.tr("Direct loss"),
            "people_affected": self.tr("People affected"),
            "grade": self.tr("Grade"),
        }
        base = problem.field.split(".")[-1]
        return f"{names.get(base, problem.field)}: {problem.message}"

    def _show_error(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.show()
