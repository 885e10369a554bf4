"""The small dialog that corrects a timeline entry or adds an addendum to one, then saves it.

One form serves both: a correction starts from the entry's text (the author, within the lock
period); an addendum starts empty and shows the original above it, which stays as written. The
save is made from the dialog itself, so a refusal (the entry locked meanwhile, an empty text) is
shown here with the typed text kept, and the dialog closes only once the service has saved it.
Opened window-modal with ``open()``, never ``exec()``, so tests can drive it.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.services.errors import ServiceError, StorageError
from app.services.incidents import IncidentInputInvalid, IncidentView, TimelineEntryView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_timeline_entry_dialog import Ui_TimelineEntryDialog
from app.ui.geometry import restore_geometry, save_geometry

ERROR_STYLE = "QLabel { color: #c62828; }"
GEOMETRY_NAME = "timeline_entry_dialog"


class EntryEdit(Enum):
    CORRECT = "correct"
    ADDENDUM = "addendum"


class TimelineEntryDialog(QDialog):
    saved = Signal(object)  # the TimelineEntryView corrected or added

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        incident: IncidentView,
        entry: TimelineEntryView,
        *,
        mode: EntryEdit,
        number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TimelineEntryDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.incident_id = incident.id
        self.entry_id = entry.id
        self.mode = mode
        combo = self.ui.departmentCombo
        combo.addItem("")
        for name in incident.departments or ():
            combo.addItem(name)
        combo.setCurrentText(entry.department or "")
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if mode is EntryEdit.CORRECT:
            self.setWindowTitle(self.tr("Correct entry #%1").replace("%1", number))
            self.ui.explanationLabel.setText(
                self.tr(
                    "You can correct your own entry until it locks. The correction is signed again "
                    "and the change is recorded in the audit log."
                )
            )
            self.ui.originalLabel.hide()
            self.ui.textEdit.setPlainText(entry.text or "")
            ok.setText(self.tr("&Save correction"))
        else:
            self.setWindowTitle(self.tr("Addendum to #%1").replace("%1", number))
            self.ui.explanationLabel.setText(
                self.tr(
                    "The original entry stays exactly as it was written. The addendum is signed and "
                    "shown right under it."
                )
            )
            self.ui.originalLabel.setText(entry.text or "")
            ok.setText(self.tr("&Save addendum"))
        self.ui.messageLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        restore_geometry(self, GEOMETRY_NAME)

    @classmethod
    def start(
        cls,
        parent: QWidget,
        workspace: Workspace,
        session: Session,
        incident: IncidentView,
        entry: TimelineEntryView,
        *,
        mode: EntryEdit,
        number: str,
    ) -> TimelineEntryDialog:
        """Open the dialog (window-modal, not blocking) and return it; ``saved`` says when it is done."""
        dialog = cls(workspace, session, incident, entry, mode=mode, number=number, parent=parent)
        dialog.open()
        dialog.ui.textEdit.setFocus()
        return dialog

    def done(self, result: int) -> None:
        save_geometry(self, GEOMETRY_NAME)
        super().done(result)

    def text(self) -> str:
        return self.ui.textEdit.toPlainText()

    def accept(self) -> None:
        department = self.ui.departmentCombo.currentText()
        incidents = self.workspace.incidents
        try:
            if self.mode is EntryEdit.CORRECT:
                entry = incidents.correct_timeline_entry(
                    self.session, self.incident_id, self.entry_id, self.text(), department=department
                )
            else:
                entry = incidents.add_timeline_addendum(
                    self.session, self.incident_id, self.entry_id, self.text(), department=department
                )
        except IncidentInputInvalid as error:
            self._show_error(self._problem_text(error))
            return
        except (ServiceError, StorageError) as error:
            self._show_error(str(error))
            return
        super().accept()
        self.saved.emit(entry)

    def _problem_text(self, error: IncidentInputInvalid) -> str:
        names = {"text": self.tr("The text"), "department": self.tr("The department")}
        return "\n".join(f"{names.get(p.field, p.field)} {p.message}." for p in error.problems) or str(error)

    def _show_error(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.show()
        self.ui.textEdit.setFocus()
