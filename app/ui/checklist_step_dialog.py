"""The small dialog that adds a step to an incident's checklist on the fly: what, who, by when.

The step is added from the dialog itself, so a refusal (an empty title, a closed incident) is shown
here with what was typed kept, and the dialog closes only once the service has saved the step.
Opened window-modal with ``open()``, never ``exec()``, so tests can drive it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.domain.crisis_roles import CrisisRole
from app.services.errors import ServiceError, StorageError
from app.services.incidents import IncidentInputInvalid
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_checklist_step_dialog import Ui_ChecklistStepDialog
from app.ui.incident_labels import crisis_role_name

ERROR_STYLE = "QLabel { color: #c62828; }"
DEFAULT_DUE_IN = timedelta(hours=1)


class ChecklistStepDialog(QDialog):
    added = Signal(object)  # the ChecklistItemView added

    def __init__(
        self, workspace: Workspace, session: Session, incident_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChecklistStepDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.incident_id = incident_id
        for role in CrisisRole:
            self.ui.roleCombo.addItem(crisis_role_name(role), role.value)
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(CrisisRole.COUNSELLOR.value))
        now = QDateTime.currentDateTime()
        self.ui.dueEdit.setDateTime(now.addSecs(int(DEFAULT_DUE_IN.total_seconds())))
        self.ui.messageLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("A&dd step"))
        self.ui.buttonBox.accepted.connect(self.accept)

    @classmethod
    def start(
        cls, parent: QWidget, workspace: Workspace, session: Session, incident_id: int
    ) -> ChecklistStepDialog:
        """Open the dialog (window-modal, not blocking) and return it; ``added`` says when it is done."""
        dialog = cls(workspace, session, incident_id, parent)
        dialog.open()
        dialog.ui.titleEdit.setFocus()
        return dialog

    def due_at(self) -> datetime:
        """The due time as an aware datetime (the edit shows the workstation's local time)."""
        return self.ui.dueEdit.dateTime().toPython().astimezone()  # type: ignore[union-attr]

    def accept(self) -> None:
        try:
            item = self.workspace.incidents.add_checklist_step(
                self.session,
                self.incident_id,
                self.ui.titleEdit.text(),
                str(self.ui.roleCombo.currentData()),
                self.due_at(),
            )
        except IncidentInputInvalid as error:
            names = {
                "title": self.tr("The step"),
                "role": self.tr("The role"),
                "due_at": self.tr("The due time"),
            }
            self._show_error(
                "\n".join(f"{names.get(p.field, p.field)} {p.message}." for p in error.problems) or str(error)
            )
            return
        except (ServiceError, StorageError) as error:
            self._show_error(str(error))
            return
        super().accept()
        self.added.emit(item)

    def _show_error(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.show()
        self.ui.titleEdit.setFocus()
