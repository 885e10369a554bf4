"""The "Change owner" dialog: hand the incident to another active counsellor or administrator.

Only accounts that may see case text are offered (``IncidentService.assignable_owners``); the
service checks the same again and audits the change with both account numbers. A refusal is shown
in the dialog, which closes only once the change is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.services.errors import ServiceError, StorageError
from app.services.incidents import IncidentView, OwnerOption
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_owner_dialog import Ui_OwnerDialog

ERROR_STYLE = "QLabel { color: #c62828; }"


def owner_text(option: OwnerOption) -> str:
    if option.display_name and option.display_name != option.username:
        return f"{option.display_name} ({option.username})"
    return option.username


class OwnerDialog(QDialog):
    reassigned = Signal(object)  # the IncidentView after the change

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        incident: IncidentView,
        options: tuple[OwnerOption, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OwnerDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.incident_id = incident.id
        for option in options:
            self.ui.ownerCombo.addItem(owner_text(option), option.user_id)
        current = self.ui.ownerCombo.findData(incident.owner_user_id)
        self.ui.ownerCombo.setCurrentIndex(max(0, current))
        self.setWindowTitle(self.tr("Change owner of %1").replace("%1", incident.code))
        self.ui.explanationLabel.setText(
            self.tr("Only active counsellors and administrators can own an incident. The change is audited.")
        )
        self.ui.messageLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Change owner"))
        self.ui.buttonBox.accepted.connect(self.accept)

    @classmethod
    def start(
        cls, parent: QWidget, workspace: Workspace, session: Session, incident: IncidentView
    ) -> OwnerDialog:
        """Open the dialog (window-modal, not blocking); ``reassigned`` says when it is done.

        A refused list (no permission) raises the service's error to the caller, before any dialog.
        """
        options = workspace.incidents.assignable_owners(session)
        dialog = cls(workspace, session, incident, options, parent)
        dialog.open()
        dialog.ui.ownerCombo.setFocus()
        return dialog

    def accept(self) -> None:
        user_id = self.ui.ownerCombo.currentData()
        try:
            incident = self.workspace.incidents.change_owner(self.session, self.incident_id, user_id)
        except (ServiceError, StorageError) as error:
            self.ui.messageLabel.setText(str(error))
            self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
            self.ui.messageLabel.show()
            return
        super().accept()
        self.reassigned.emit(incident)
