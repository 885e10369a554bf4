"""The small dialog that asks why an incident is dismissed or reopened, then makes the move.

The move is made from the dialog itself, so a refusal (an empty reason, a status changed meanwhile)
is shown in the dialog with the typed reason kept, and the dialog closes only once the service has
recorded the move. It is opened window-modal with ``open()``, never ``exec()``, so the case detail
stays responsive and tests can drive it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.domain.lifecycle import EDGES, Status, TransitionKind
from app.services.errors import ServiceError, StorageError
from app.services.incidents import IncidentView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_transition_reason_dialog import Ui_TransitionReasonDialog
from app.ui.geometry import restore_geometry, save_geometry
from app.ui.incident_labels import status_name

ERROR_STYLE = "QLabel { color: #c62828; }"
GEOMETRY_NAME = "transition_reason_dialog"


class TransitionReasonDialog(QDialog):
    moved = Signal(object)  # the IncidentView after the move

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        incident: IncidentView,
        target: Status,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TransitionReasonDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.incident_id = incident.id
        self.target = target
        kind = EDGES.get((incident.status, target))
        source, goal = status_name(incident.status), status_name(target)
        if kind is TransitionKind.DISMISS:
            text = self.tr(
                "Dismissing %1 as a false alarm ends the work on it. Record why it was judged one; "
                "the reason is kept with the status history."
            )
        else:
            text = self.tr(
                "Moving %1 from %2 back to %3 reopens it. Record the reason; it is kept with the status history."
            )
        self.ui.explanationLabel.setText(
            text.replace("%1", incident.code).replace("%2", source).replace("%3", goal)
        )
        self.setWindowTitle(self.tr("Move to %1").replace("%1", goal))
        self.ui.messageLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Move"))
        self.ui.buttonBox.accepted.connect(self.accept)
        restore_geometry(self, GEOMETRY_NAME)

    @classmethod
    def start(
        cls,
        parent: QWidget,
        workspace: Workspace,
        session: Session,
        incident: IncidentView,
        target: Status,
    ) -> TransitionReasonDialog:
        """Open the dialog (window-modal, not blocking) and return it; ``moved`` says when it is done."""
        dialog = cls(workspace, session, incident, target, parent)
        dialog.open()
        dialog.ui.reasonEdit.setFocus()
        return dialog

    def done(self, result: int) -> None:
        save_geometry(self, GEOMETRY_NAME)
        super().done(result)

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText()

    def accept(self) -> None:
        try:
            incident = self.workspace.incidents.transition(
                self.session, self.incident_id, self.target, reason=self.reason()
            )
        except (ServiceError, StorageError) as error:
            self.ui.messageLabel.setText(str(error))
            self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
            self.ui.messageLabel.show()
            self.ui.reasonEdit.setFocus()
            return
        super().accept()
        self.moved.emit(incident)
