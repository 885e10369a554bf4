"""The new-incident wizard: only what grading needs, the suggested grade live, then the plan.

Page one records what happened (category, title, when it was reported, occurred and detected, how
many people, which departments); page two asks the grading questions of ``GradingInput`` and shows
the grade ``suggest_grade`` gives, with its reasons, as the answers change. A different grade needs
a reason (the service refuses one without). Creating goes through ``IncidentService.create``; a
refusal marks every field it names and saves nothing.

Activation is asked, never assumed: only when the counsellor ticks "verified through more than one
channel" does the wizard walk the lifecycle verified → assessed → responding, which copies the
response plan's checklist onto the incident.

``IncidentWizard.create_incident(parent, workspace, session)`` is the one-line entry point; tests
drive ``open()`` and the buttons instead, so nothing waits on ``exec()``.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.domain.grading import (
    Grade,
    GradeSuggestion,
    GradingInput,
    suggest_grade,
)
from app.domain.incidents import (
    Impact,
    IncidentCategory,
    IncidentFacts,
    IncidentFlags,
    IncidentInvalid,
    MoneyInvalid,
    Problem,
    parse_money,
)
from app.domain.lifecycle import Status
from app.domain.roles import Operation
from app.services.errors import InvalidInput, ServiceError, StorageError
from app.services.incidents import IncidentInputInvalid, IncidentView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_incident_wizard import Ui_IncidentWizard
from app.ui.geometry import restore_geometry, save_geometry
from app.ui.grading_choices import chosen_code, fill_grading_choices, leak_tier_help
from app.ui.incident_labels import category_name, grade_name

FACTS_PAGE, GRADE_PAGE = 0, 1
ACTIVATION_PATH = (Status.VERIFIED, Status.ASSESSED, Status.RESPONDING)
_DEPARTMENT_SEPARATORS = re.compile(r"[,，、;；\n]")
_INVALID_STYLE = "border: 1px solid #c62828;"


class IncidentWizard(QDialog):
    incidentCreated = Signal(int)

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IncidentWizard()
        self.ui.setupUi(self)
        self._workspace = workspace
        self._session = session
        self.created: IncidentView | None = None
        self.activation_error: str | None = None
        self._suggestion: GradeSuggestion | None = None
        self._marked: list[QWidget] = []
        # The reasons wrap over several lines; a stacked page does not ask for the height that needs.
        self.ui.gradeLayout.setRowStretch(7, 1)
        self.ui.reasonsLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.ui.suggestionLayout.addStretch(1)
        bold = QFont(self.ui.suggestionLabel.font())
        bold.setBold(True)
        self.ui.suggestionLabel.setFont(bold)
        now = QDateTime.currentDateTime()
        for edit in (self.ui.reportedEdit, self.ui.occurredEdit, self.ui.detectedEdit):
            edit.setDateTime(now)
            edit.setMaximumDateTime(now.addDays(1))
        self.ui.occurredUnknownCheck.setChecked(True)
        self.ui.detectedUnknownCheck.setChecked(True)
        self.ui.activateCheck.setVisible(workspace.policy.allows(session.role, Operation.INCIDENT_TRANSITION))
        self._fill_choices()
        self._connect()
        self._unknown_toggled()
        self.show_page(FACTS_PAGE)
        self.update_suggestion()
        restore_geometry(self, "incident_wizard")

    def done(self, result: int) -> None:
        save_geometry(self, "incident_wizard")
        super().done(result)

    @classmethod
    def create_incident(
        cls, parent: QWidget | None, workspace: Workspace, session: Session
    ) -> IncidentView | None:
        """Ask for a new incident; the created (and perhaps activated) incident, or ``None``."""
        wizard = cls(workspace, session, parent)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        if wizard.activation_error:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("IncidentWizard", "Response not started"),
                QCoreApplication.translate(
                    "IncidentWizard", "The incident was created, but the response could not be started: %1"
                ).replace("%1", wizard.activation_error),
            )
        return wizard.created

    # -- construction -------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        for category in IncidentCategory:
            ui.categoryCombo.addItem(category_name(category), category.value)
        ui.kindCombo.addItem(self.tr("Real incident"), "real")
        ui.kindCombo.addItem(self.tr("Drill (not counted in figures)"), "drill")
        ui.kindCombo.addItem(self.tr("Test (not counted in figures)"), "test")
        fill_grading_choices(ui.leakTierCombo, ui.sensitivityCombo, ui.urgencyCombo)
        ui.peopleSpin.setSpecialValueText(self.tr("not known"))

    def _connect(self) -> None:
        ui = self.ui
        for combo in (ui.categoryCombo, ui.leakTierCombo, ui.sensitivityCombo, ui.urgencyCombo):
            combo.currentIndexChanged.connect(self.update_suggestion)
        for check in (ui.sensitiveGroupCheck, ui.externalAttackCheck, ui.riskToLifeCheck):
            check.toggled.connect(self.update_suggestion)
        ui.peopleSpin.valueChanged.connect(self.update_suggestion)
        ui.directLossEdit.textChanged.connect(self.update_suggestion)
        ui.gradeCombo.currentIndexChanged.connect(self._grade_chosen)
        ui.occurredUnknownCheck.toggled.connect(self._unknown_toggled)
        ui.detectedUnknownCheck.toggled.connect(self._unknown_toggled)
        ui.backButton.clicked.connect(lambda: self.show_page(FACTS_PAGE))
        ui.nextButton.clicked.connect(self.next_page)
        ui.createButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)

    def _unknown_toggled(self) -> None:
        self.ui.occurredEdit.setEnabled(not self.ui.occurredUnknownCheck.isChecked())
        self.ui.detectedEdit.setEnabled(not self.ui.detectedUnknownCheck.isChecked())

    # -- pages --------------------------------------------------------------------------------

    def show_page(self, page: int) -> None:
        self.ui.pages.setCurrentIndex(page)
        on_facts = page == FACTS_PAGE
        self.ui.backButton.setEnabled(not on_facts)
        self.ui.nextButton.setVisible(on_facts)
        self.ui.createButton.setVisible(not on_facts)
        (self.ui.nextButton if on_facts else self.ui.createButton).setDefault(True)
        if on_facts:
            self.ui.stepLabel.setText(self.tr("Step 1 of 2 · What happened"))
            self.ui.categoryCombo.setFocus()
        else:
            self.ui.stepLabel.setText(self.tr("Step 2 of 2 · How serious is it"))
            is_leak = self._category() is IncidentCategory.PRIVACY_LEAK
            (self.ui.leakTierCombo if is_leak else self.ui.sensitivityCombo).setFocus()
            self.update_suggestion()

    def next_page(self) -> bool:
        """Go to the grading page if what happened is complete; otherwise mark what is wrong."""
        self._clear_marks()
        _facts, problems = self._facts()
        if problems:
            self._show_problems(problems)
            return False
        self.show_page(GRADE_PAGE)
        return True

    # -- reading the form ---------------------------------------------------------------------

    def _category(self) -> IncidentCategory:
        return IncidentCategory(self.ui.categoryCombo.currentData())

    @staticmethod
    def _time(edit: object) -> datetime:
        return edit.dateTime().toPython().astimezone()  # type: ignore[attr-defined] - local wall time

    def _people(self) -> int | None:
        value = self.ui.peopleSpin.value()
        return None if value < 0 else value

    def _loss(self) -> tuple[int | None, tuple[Problem, ...]]:
        text = self.ui.directLossEdit.text().strip()
        if not text:
            return None, ()
        try:
            return parse_money(text), ()
        except MoneyInvalid as error:
            return None, (Problem("direct_loss", str(error)),)

    def _departments(self) -> tuple[str, ...]:
        parts = _DEPARTMENT_SEPARATORS.split(self.ui.departmentsEdit.text())
        return tuple(part.strip() for part in parts if part.strip())

    def _facts(self) -> tuple[IncidentFacts | None, tuple[Problem, ...]]:
        loss, _reported_with_grading = self._loss()  # a bad amount is the grading page's problem
        try:
            facts = IncidentFacts(
                title=self.ui.titleEdit.text(),
                category=self._category(),
                reported_at=self._time(self.ui.reportedEdit),
                occurred_at=None
                if self.ui.occurredUnknownCheck.isChecked()
                else self._time(self.ui.occurredEdit),
                detected_at=None
                if self.ui.detectedUnknownCheck.isChecked()
                else self._time(self.ui.detectedEdit),
                departments=self._departments(),
                people_involved=self._people() or 0,
                impact=Impact(direct_loss=loss),
            )
        except IncidentInvalid as error:
            return None, tuple(p for p in error.problems if p.field != "impact.direct_loss")
        return facts, ()

    def _grading(self) -> tuple[GradingInput | None, tuple[Problem, ...]]:
        loss, problems = self._loss()
        if problems:
            return None, problems

        try:
            grading = GradingInput(
                people_affected=self._people(),
                sensitivity=chosen_code(self.ui.sensitivityCombo),  # type: ignore[arg-type] - codes accepted
                leak_tier=chosen_code(self.ui.leakTierCombo),  # type: ignore[arg-type]
                urgency=chosen_code(self.ui.urgencyCombo),  # type: ignore[arg-type]
                direct_loss=loss,
                imminent_risk_to_life=self.ui.riskToLifeCheck.isChecked(),
                sensitive_group=self.ui.sensitiveGroupCheck.isChecked(),
                external_attack=self.ui.externalAttackCheck.isChecked(),
            )
        except IncidentInvalid as error:
            return None, error.problems
        return grading, ()

    def _flags(self) -> IncidentFlags:
        kind = self.ui.kindCombo.currentData()
        return IncidentFlags(is_drill=kind == "drill", is_test=kind == "test")

    def chosen_grade(self) -> Grade | None:
        value = self.ui.gradeCombo.currentData()
        return Grade(value) if value else None

    # -- the live suggestion ------------------------------------------------------------------

    def suggestion(self) -> GradeSuggestion | None:
        return self._suggestion

    def update_suggestion(self, *_args: object) -> None:
        grading, problems = self._grading()
        self.ui.leakTierHelpLabel.setText(leak_tier_help(self.ui.leakTierCombo))
        if grading is None:
            self._suggestion = None
            self.ui.suggestionLabel.setText(self.tr("No suggestion: %1").replace("%1", problems[0].message))
            self.ui.reasonsLabel.setText("")
            self._fill_grades()
            return
        suggestion = suggest_grade(self._category(), grading)
        self._suggestion = suggestion
        self.ui.suggestionLabel.setText(
            self.tr("Suggested grade: %1").replace("%1", grade_name(suggestion.grade))
        )
        lines = [f"• {reason.text}" for reason in suggestion.reasons]
        if suggestion.not_assessed:
            names = ", ".join(c.value.replace("_", " ") for c in suggestion.not_assessed)
            lines.append(self.tr("Not assessed yet: %1").replace("%1", names))
        self.ui.reasonsLabel.setText("\n".join(lines))
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

    def _grade_chosen(self, *_args: object) -> None:
        chosen = self.chosen_grade()
        differs = chosen is not None and self._suggestion is not None and chosen != self._suggestion.grade
        self.ui.overrideReasonLabel.setText(
            self.tr("Override reaso&n (required)") if differs else self.tr("Override reaso&n")
        )

    # -- creating -----------------------------------------------------------------------------

    def submit(self) -> bool:
        """Create the incident (and start the response if asked); ``False`` if something is wrong."""
        self._clear_marks()
        facts, fact_problems = self._facts()
        grading, grading_problems = self._grading()
        problems = (*fact_problems, *grading_problems)
        if problems or facts is None or grading is None:
            self._show_problems(problems)
            return False
        reason = self.ui.overrideReasonEdit.text().strip() or None
        try:
            created = self._workspace.incidents.create(
                self._session,
                facts,
                grading,
                chosen_grade=self.chosen_grade(),
                override_reason=reason,
                flags=self._flags(),
            )
        except IncidentInputInvalid as error:
            self._show_problems(error.problems)
            return False
        except (InvalidInput, ServiceError, StorageError) as error:
            self.ui.gradeMessageLabel.setText(str(error))
            return False
        incident = created.incident
        if self.ui.activateCheck.isVisible() and self.ui.activateCheck.isChecked():
            incident = self._activate(incident)
        self.created = incident
        self.incidentCreated.emit(incident.id)
        self.accept()
        return True

    def _activate(self, incident: IncidentView) -> IncidentView:
        """Walk verified → assessed → responding; a refusal keeps the incident where it got to."""
        for status in ACTIVATION_PATH:
            try:
                incident = self._workspace.incidents.transition(self._session, incident.id, status)
            except (InvalidInput, ServiceError, StorageError) as error:
                self.activation_error = str(error)
                break
        return incident

    # -- problems next to the fields ----------------------------------------------------------

    def _field_widget(self, name: str) -> tuple[QWidget, int]:
        ui = self.ui
        base = name.removeprefix("impact.").split("[", 1)[0].split(".", 1)[0]
        table: dict[str, tuple[QWidget, int]] = {
            "title": (ui.titleEdit, FACTS_PAGE),
            "category": (ui.categoryCombo, FACTS_PAGE),
            "reported_at": (ui.reportedEdit, FACTS_PAGE),
            "occurred_at": (ui.occurredEdit, FACTS_PAGE),
            "detected_at": (ui.detectedEdit, FACTS_PAGE),
            "people_involved": (ui.peopleSpin, FACTS_PAGE),
            "people_affected": (ui.peopleSpin, FACTS_PAGE),
            "departments": (ui.departmentsEdit, FACTS_PAGE),
            "direct_loss": (ui.directLossEdit, GRADE_PAGE),
            "sensitivity": (ui.sensitivityCombo, GRADE_PAGE),
            "leak_tier": (ui.leakTierCombo, GRADE_PAGE),
            "urgency": (ui.urgencyCombo, GRADE_PAGE),
            "grade": (ui.overrideReasonEdit, GRADE_PAGE),
        }
        return table.get(base, (ui.gradeMessageLabel, GRADE_PAGE))

    def _field_label(self, widget: QWidget) -> str:
        ui = self.ui
        for label in (
            ui.titleLabel,
            ui.categoryLabel,
            ui.reportedLabel,
            ui.occurredLabel,
            ui.detectedLabel,
            ui.peopleLabel,
            ui.departmentsLabel,
            ui.directLossLabel,
            ui.sensitivityLabel,
            ui.leakTierLabel,
            ui.urgencyLabel,
            ui.overrideReasonLabel,
        ):
            if label.buddy() is widget:
                return label.text().replace("&", "")
        return ""

    def _show_problems(self, problems: tuple[Problem, ...]) -> None:
        lines: dict[int, list[str]] = {FACTS_PAGE: [], GRADE_PAGE: []}
        first_page: int | None = None
        first_widget: QWidget | None = None
        for problem in problems:
            widget, page = self._field_widget(problem.field)
            label = self._field_label(widget)
            lines[page].append(f"{label}: {problem.message}" if label else problem.message)
            if widget not in (self.ui.gradeMessageLabel, self.ui.factsMessageLabel):
                widget.setStyleSheet(_INVALID_STYLE)
                widget.setToolTip(problem.message)
                self._marked.append(widget)
            if first_page is None:
                first_page = page
                first_widget = widget
        self.ui.factsMessageLabel.setText("\n".join(lines[FACTS_PAGE]))
        self.ui.gradeMessageLabel.setText("\n".join(lines[GRADE_PAGE]))
        if first_page is not None and first_widget is not None:
            if self.ui.pages.currentIndex() != first_page:
                self.show_page(first_page)
            first_widget.setFocus()

    def _clear_marks(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
            widget.setToolTip("")
        self._marked.clear()
        self.ui.factsMessageLabel.setText("")
        self.ui.gradeMessageLabel.setText("")

    def problem_text(self) -> str:
        """Every problem shown, both pages (for tests and screen readers)."""
        return "\n".join(t for t in (self.ui.factsMessageLabel.text(), self.ui.gradeMessageLabel.text()) if t)
