"""Admin → Response plans: the ordered checklist each category (and optionally grade) starts with.

The dialog edits a working copy of one plan; nothing is stored until Save, which sends the whole
plan to the service (checked there, all or nothing). While the copy has unsaved changes the
category and grade cannot be switched, so an edit is never silently dropped; "Undo changes" goes
back to the stored plan. "Reset to default" drops the admin's version. Templates affect only
incidents activated later; running incidents keep their checklist.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory
from app.services.errors import ServiceError, StorageError
from app.services.response_plans import (
    PlanSource,
    PlanStepInput,
    PlanTemplateInput,
    PlanTemplateInvalid,
    PlanTemplateView,
)
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_response_plans_dialog import Ui_ResponsePlansDialog
from app.ui.geometry import restore_geometry, save_geometry
from app.ui.incident_labels import category_name, crisis_role_name, duration_text, grade_name, local_time_text
from app.ui.list_table_model import Index, ListTableModel
from app.ui.plan_step_dialog import PlanStepDialog

ERROR_STYLE = "QLabel { color: #c62828; }"
EDITED_STYLE = "QLabel { color: #ef6c00; }"


def offset_text(offset: timedelta) -> str:
    """How long after activation a step is due, as "+1 h 00 min" (or "+30 min", "+7 d 0 h")."""
    return "+" + duration_text(offset)


class PlanStepsModel(ListTableModel[PlanStepInput]):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("#"),
            self.tr("Title (English)"),
            self.tr("Title (Chinese)"),
            self.tr("Responsible"),
            self.tr("Due after activation"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if index.isValid() and index.column() == 0 and role in shown:
            return str(index.row() + 1)  # the step's number is its position
        return super().data(index, role)

    def cell(self, item: PlanStepInput, column: int) -> object:
        if column == 1:
            return item.title_en
        if column == 2:
            return item.title_zh
        if column == 3:
            return crisis_role_name(item.role)
        return offset_text(item.due_offset)


class ResponsePlansDialog(QDialog):
    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ResponsePlansDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.view: PlanTemplateView | None = None
        self.dirty = False
        self.step_dialog: PlanStepDialog | None = None
        for category in IncidentCategory:
            self.ui.categoryCombo.addItem(category_name(category), category.value)
        self.ui.gradeCombo.addItem(self.tr("Any grade"), None)
        for grade in Grade:
            self.ui.gradeCombo.addItem(grade_name(grade), grade.value)
        self.model = PlanStepsModel(self)
        table = self.ui.stepsTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.sectionResized.connect(lambda *_args: table.resizeRowsToContents())  # wrapped titles
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.hide()
        self.ui.categoryCombo.currentIndexChanged.connect(lambda _index: self.reload())
        self.ui.gradeCombo.currentIndexChanged.connect(lambda _index: self.reload())
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _index: self.edit_step())
        self.ui.addButton.clicked.connect(self.add_step)
        self.ui.editButton.clicked.connect(self.edit_step)
        self.ui.removeButton.clicked.connect(self.remove_step)
        self.ui.upButton.clicked.connect(lambda: self.move_step(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_step(1))
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.resetButton.clicked.connect(self.reset)
        self.ui.undoButton.clicked.connect(self.reload)
        restore_geometry(self, "response_plans_dialog")

    @classmethod
    def start(cls, parent: QWidget, workspace: Workspace, session: Session) -> ResponsePlansDialog:
        """Load the first plan and open the dialog window-modal (not blocking); a refusal raises here."""
        dialog = cls(workspace, session, parent)
        try:
            dialog.reload()
        except (ServiceError, StorageError):
            dialog.deleteLater()
            raise
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.ui.categoryCombo.setFocus()
        return dialog

    # -- what is shown --------------------------------------------------------------------------

    def category(self) -> str:
        return str(self.ui.categoryCombo.currentData())

    def grade(self) -> str | None:
        data = self.ui.gradeCombo.currentData()
        return None if data is None else str(data)

    def steps(self) -> list[PlanStepInput]:
        return list(self.model.rows())

    def reload(self) -> None:
        """Show the stored plan (or the default) for the chosen category and grade; drops unsaved edits."""
        self.show_view(self.workspace.response_plans.template(self.session, self.category(), self.grade()))

    def show_view(self, view: PlanTemplateView, select: int = 0) -> None:
        self.view = view
        steps = [PlanStepInput(s.title_en, s.title_zh, s.role, s.due_offset, s.code) for s in view.steps]
        self._set_steps(steps, select, dirty=False)
        self.ui.messageLabel.hide()

    def _set_steps(self, steps: list[PlanStepInput], select: int, *, dirty: bool) -> None:
        self.dirty = dirty
        self.model.set_rows(steps)
        self.ui.stepsTable.resizeColumnToContents(0)
        self.ui.stepsTable.resizeColumnToContents(3)
        self.ui.stepsTable.resizeColumnToContents(4)
        self.ui.stepsTable.resizeRowsToContents()
        if steps:
            self.ui.stepsTable.selectRow(max(0, min(select, len(steps) - 1)))
        self._update_source()
        self._update_buttons()

    def _update_source(self) -> None:
        view = self.view
        if view is None:
            return
        who = view.updated_by_name or self.tr("an administrator")
        when = local_time_text(view.updated_at)
        if view.source is PlanSource.EDITED:
            text = self.tr("Edited by %1 on %2.").replace("%1", who).replace("%2", when)
        elif view.source is PlanSource.DEFAULT:
            text = self.tr("Shipped default plan.")
        elif view.updated_at is None:
            text = self.tr(
                "This grade has no plan of its own: the category's plan for all grades (shipped default) "
                "applies. Saving creates a plan for this grade."
            )
        else:
            text = (
                self.tr(
                    "This grade has no plan of its own: the category's plan for all grades (edited by %1 "
                    "on %2) applies. Saving creates a plan for this grade."
                )
                .replace("%1", who)
                .replace("%2", when)
            )
        if self.dirty:
            text += " " + self.tr("Unsaved changes: save them or undo them to choose another plan.")
        self.ui.sourceLabel.setText(text)
        edited = self.dirty or view.source is PlanSource.EDITED
        self.ui.sourceLabel.setStyleSheet(EDITED_STYLE if edited else "")

    def _selected_row(self) -> int | None:
        rows = self.ui.stepsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        row = self._selected_row()
        count = self.model.rowCount()
        edited = self.view is not None and self.view.source is PlanSource.EDITED
        self.ui.editButton.setEnabled(row is not None)
        self.ui.removeButton.setEnabled(row is not None and count > 1)
        self.ui.upButton.setEnabled(row is not None and row > 0)
        self.ui.downButton.setEnabled(row is not None and row < count - 1)
        self.ui.saveButton.setEnabled(self.dirty)
        self.ui.undoButton.setEnabled(self.dirty)
        self.ui.resetButton.setEnabled(edited and not self.dirty)
        self.ui.categoryCombo.setEnabled(not self.dirty)
        self.ui.gradeCombo.setEnabled(not self.dirty)

    # -- editing the working copy ----------------------------------------------------------------

    def add_step(self) -> None:
        row = self._selected_row()
        position = self.model.rowCount() if row is None else row + 1
        self.step_dialog = PlanStepDialog.start(self, None)
        self.step_dialog.stepReady.connect(lambda step: self._insert(position, step))

    def edit_step(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        self.step_dialog = PlanStepDialog.start(self, self.model.row_at(row))
        self.step_dialog.stepReady.connect(lambda step: self._replace(row, step))

    def _insert(self, position: int, step: PlanStepInput) -> None:
        steps = self.steps()
        steps.insert(position, step)
        self._set_steps(steps, position, dirty=True)

    def _replace(self, row: int, step: PlanStepInput) -> None:
        steps = self.steps()
        steps[row] = step
        self._set_steps(steps, row, dirty=True)

    def remove_step(self) -> None:
        row = self._selected_row()
        if row is None or self.model.rowCount() <= 1:
            return
        steps = self.steps()
        del steps[row]
        self._set_steps(steps, row, dirty=True)

    def move_step(self, delta: int) -> None:
        row = self._selected_row()
        steps = self.steps()
        if row is None or not 0 <= row + delta < len(steps):
            return
        steps[row], steps[row + delta] = steps[row + delta], steps[row]
        self._set_steps(steps, row + delta, dirty=True)
        self.ui.stepsTable.setFocus()

    # -- storing -----------------------------------------------------------------------------------

    def save(self) -> None:
        plan = PlanTemplateInput(self.category(), self.grade(), tuple(self.steps()))
        try:
            view = self.workspace.response_plans.save_template(self.session, plan)
        except PlanTemplateInvalid as error:
            self._show_problems(error)
            return
        except (ServiceError, StorageError) as error:
            self._show_error(str(error))
            return
        self.show_view(view, self._selected_row() or 0)

    def reset(self) -> None:
        try:
            view = self.workspace.response_plans.reset_template(self.session, self.category(), self.grade())
        except (ServiceError, StorageError) as error:
            self._show_error(str(error))
            return
        self.show_view(view)

    def _show_problems(self, error: PlanTemplateInvalid) -> None:
        names = {
            "title_en": self.tr("the English title"),
            "title_zh": self.tr("the Chinese title"),
            "role": self.tr("the responsible role"),
            "due_offset": self.tr("the due offset"),
            "code": self.tr("the step code"),
        }
        lines = []
        first_row: int | None = None
        for problem in error.problems:
            parts = problem.field.split(".")
            if len(parts) == 3 and parts[0] == "steps" and parts[1].isdigit():
                number = int(parts[1])
                first_row = number - 1 if first_row is None else first_row
                label = (
                    self.tr("Step %1: %2")
                    .replace("%1", str(number))
                    .replace("%2", names.get(parts[2], parts[2]))
                )
                lines.append(f"{label} {problem.message}.")
            else:
                lines.append(f"{problem.message}.")
        self._show_error("\n".join(lines) or str(error))
        if first_row is not None:
            self.ui.stepsTable.selectRow(first_row)

    def _show_error(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ui.stepsTable.resizeRowsToContents()  # the title columns have their real width only now

    def done(self, result: int) -> None:
        save_geometry(self, "response_plans_dialog")
        super().done(result)
