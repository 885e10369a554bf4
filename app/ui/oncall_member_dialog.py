"""Add or edit one on-call member: display name, crisis roles, contact numbers, active.

Contact numbers are confidential: the field is shown (and read through the audited
``OnCallService.contacts``) only for a role with ``ONCALL_CONTACTS``; otherwise it is hidden and the
service is passed ``None`` so the stored numbers are kept. A refusal (``OnCallInputInvalid``) is shown
in the dialog, which stays open, and nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from app.domain.crisis_roles import CrisisRole
from app.domain.roles import Operation
from app.domain.text_input import Problem
from app.services.errors import InvalidInput, ServiceError, StorageError
from app.services.oncall import MemberView, OnCallInputInvalid
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_oncall_member_dialog import Ui_OnCallMemberDialog
from app.ui.incident_labels import crisis_role_name
from app.ui.risk_editor import ERROR_STYLE


def problems_text(problems: tuple[Problem, ...]) -> str:
    """One line per problem ("roles: must name at least one role"); messages never quote values."""
    return "\n".join(f"{p.field}: {p.message}" for p in problems)


def refusal_text(error: Exception) -> str:
    """The text shown for a refused write: the problems of an ``OnCallInputInvalid``, else the message."""
    heading = QCoreApplication.translate("OnCallDialogs", "Not saved. Please correct:")
    if isinstance(error, OnCallInputInvalid) and error.problems:
        return heading + "\n" + problems_text(error.problems)
    return str(error)


class OnCallMemberDialog(QDialog):
    """``member`` ``None`` adds a member; ``saved`` holds the stored ``MemberView`` after Save."""

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        member: MemberView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OnCallMemberDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.member = member
        self.saved: MemberView | None = None
        policy = workspace.policy
        self.shows_contacts = policy.allows(session.role, Operation.ONCALL_CONTACTS)
        self.editable = policy.allows(session.role, Operation.ONCALL_MANAGE)
        ui = self.ui
        for role in CrisisRole:
            item = QListWidgetItem(crisis_role_name(role))
            item.setData(Qt.ItemDataRole.UserRole, role.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = member is not None and role in member.roles
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            ui.rolesList.addItem(item)
        ui.contactsLabel.setVisible(self.shows_contacts)
        ui.contactsEdit.setVisible(self.shows_contacts)
        if member is not None:
            ui.nameEdit.setText(member.display_name)
            ui.activeCheck.setChecked(member.active)
            if self.shows_contacts:
                ui.contactsEdit.setPlainText("\n".join(workspace.oncall.contacts(session, member.id)))
            self.setWindowTitle(self.tr("Edit on-call member"))
        else:
            ui.activeCheck.hide()
            self.setWindowTitle(self.tr("Add on-call member"))
        if not self.editable:
            ui.nameEdit.setReadOnly(True)
            ui.contactsEdit.setReadOnly(True)
            ui.rolesList.setEnabled(False)
            ui.activeCheck.setEnabled(False)
            ui.buttonBox.setStandardButtons(ui.buttonBox.StandardButton.Close)
        ui.buttonBox.accepted.connect(self.accept)
        ui.messageLabel.hide()

    # -- what was entered -------------------------------------------------------------------------

    def roles(self) -> list[CrisisRole]:
        items = (self.ui.rolesList.item(i) for i in range(self.ui.rolesList.count()))
        return [
            CrisisRole(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_roles(self, roles: set[CrisisRole]) -> None:
        """Tick exactly ``roles`` (for tests and for a caller prefilling a role)."""
        for i in range(self.ui.rolesList.count()):
            item = self.ui.rolesList.item(i)
            wanted = CrisisRole(item.data(Qt.ItemDataRole.UserRole)) in roles
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def numbers(self) -> list[str] | None:
        """The typed numbers, or ``None`` (keep the stored ones) when the field is not shown."""
        if not self.shows_contacts:
            return None
        return [line.strip() for line in self.ui.contactsEdit.toPlainText().splitlines() if line.strip()]

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.show()

    def accept(self) -> None:
        if not self.editable:
            super().accept()
            return
        oncall = self.workspace.oncall
        name = self.ui.nameEdit.text()
        try:
            if self.member is None:
                saved = oncall.add_member(
                    self.session, display_name=name, roles=self.roles(), contact_numbers=self.numbers() or ()
                )
            else:
                saved = oncall.update_member(
                    self.session,
                    self.member.id,
                    display_name=name,
                    roles=self.roles(),
                    contact_numbers=self.numbers(),
                    user_id=self.member.user_id,
                )
                if saved.active != self.ui.activeCheck.isChecked():
                    saved = oncall.set_member_active(self.session, saved.id, self.ui.activeCheck.isChecked())
        except (InvalidInput, ServiceError, StorageError) as error:
            self.show_message(refusal_text(error))
            return
        self.saved = saved
        super().accept()
