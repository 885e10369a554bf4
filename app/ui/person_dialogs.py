"""Dialogs of the People tab: a person's details, emergency contacts, a text entry, an ad-hoc follow-up.

Each saves through the people service from its own ``accept``: a refusal is shown in the dialog
with what was typed kept, and the dialog closes only once the service has saved. They are opened
window-modal with ``start(...)`` (``open()``, never ``exec()``), so the case detail stays responsive
and tests drive them directly; ``saved`` carries what the service returned.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import ClassVar

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit, QWidget

from app.services.errors import ServiceError, StorageError
from app.services.people import (
    ConsentMethod,
    EmergencyContactInput,
    EmergencyContactView,
    Involvement,
    PeopleInputInvalid,
    PersonIdentity,
    PersonInput,
    PersonSummary,
)
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_person_contacts_dialog import Ui_PersonContactsDialog
from app.ui.forms.ui_person_editor import Ui_PersonEditor
from app.ui.forms.ui_person_follow_up_dialog import Ui_PersonFollowUpDialog
from app.ui.forms.ui_person_note_dialog import Ui_PersonNoteDialog
from app.ui.geometry import restore_geometry, save_geometry
from app.ui.incident_labels import local_time_text
from app.ui.person_labels import consent_name, involvement_name

ERROR_STYLE = "QLabel { color: #c62828; }"


def show_error(label: QLabel, error: Exception) -> None:
    label.setText(str(error))
    label.setStyleSheet(ERROR_STYLE)
    label.show()


class _SavingDialog(QDialog):
    """What every dialog here does once its service call has succeeded, and when it is cancelled.

    Both remember the dialog's geometry under ``GEOMETRY``; a save closes the dialog and then emits
    ``saved`` with what the service returned, so a listener sees the dialog already gone.
    """

    GEOMETRY: ClassVar[str]
    saved = Signal(object)

    def _close_saved(self, result: object) -> None:
        save_geometry(self, self.GEOMETRY)
        super().accept()
        self.saved.emit(result)

    def reject(self) -> None:
        save_geometry(self, self.GEOMETRY)
        super().reject()


class PersonEditor(_SavingDialog):
    """Link a person to an incident (``person`` None) or change their details."""

    GEOMETRY = "person_editor"
    saved = Signal(object)  # PersonSummary

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        incident_id: int,
        person: PersonSummary | None = None,
        *,
        identity: PersonIdentity | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonEditor()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.incident_id = incident_id
        self.person = person
        for involvement in Involvement:
            self.ui.involvementCombo.addItem(involvement_name(involvement), involvement.value)
        self.ui.messageLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        self._fields: dict[str, QWidget] = {
            "pseudonym": self.ui.pseudonymEdit,
            "involvement": self.ui.involvementCombo,
            "department": self.ui.departmentEdit,
            "full_name": self.ui.fullNameEdit,
            "employee_number": self.ui.employeeNumberEdit,
            "phone": self.ui.phoneEdit,
            "email": self.ui.emailEdit,
            "linked_at": self.ui.pseudonymEdit,
        }
        if person is None:
            self.setWindowTitle(self.tr("Link a person"))
        else:
            self.setWindowTitle(self.tr("Person %1").replace("%1", person.pseudonym))
            self.ui.pseudonymEdit.setText(person.pseudonym)
            self.ui.involvementCombo.setCurrentIndex(
                self.ui.involvementCombo.findData(person.involvement.value)
            )
            self.ui.departmentEdit.setText(person.department)
        if identity is not None:
            self.ui.fullNameEdit.setText(identity.full_name)
            self.ui.employeeNumberEdit.setText(identity.employee_number)
            self.ui.phoneEdit.setText(identity.phone)
            self.ui.emailEdit.setText(identity.email)
        restore_geometry(self, self.GEOMETRY)

    @classmethod
    def start(
        cls,
        parent: QWidget,
        workspace: Workspace,
        session: Session,
        incident_id: int,
        person: PersonSummary | None = None,
        *,
        identity: PersonIdentity | None = None,
    ) -> PersonEditor:
        dialog = cls(workspace, session, incident_id, person, identity=identity, parent=parent)
        dialog.open()
        dialog.ui.pseudonymEdit.setFocus()
        return dialog

    def entered(self) -> PersonInput:
        return PersonInput(
            involvement=str(self.ui.involvementCombo.currentData()),
            department=self.ui.departmentEdit.text(),
            full_name=self.ui.fullNameEdit.text(),
            employee_number=self.ui.employeeNumberEdit.text(),
            phone=self.ui.phoneEdit.text(),
            email=self.ui.emailEdit.text(),
            pseudonym=self.ui.pseudonymEdit.text(),
        )

    def accept(self) -> None:
        try:
            if self.person is None:
                result = self.workspace.people.link_person(self.session, self.incident_id, self.entered())
            else:
                result = self.workspace.people.update_person(self.session, self.person.id, self.entered())
        except PeopleInputInvalid as error:
            show_error(self.ui.messageLabel, error)
            widget = self._fields.get(error.fields[0]) if error.fields else None
            if widget is not None:
                widget.setFocus()
            return
        except (ServiceError, StorageError) as error:
            show_error(self.ui.messageLabel, error)
            return
        self._close_saved(result)


class PersonContactsDialog(_SavingDialog):
    """The one or two emergency contacts and the employee's authorisation for each."""

    GEOMETRY = "person_contacts_dialog"
    saved = Signal(object)  # tuple[EmergencyContactView, ...]

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        person: PersonSummary,
        contacts: tuple[EmergencyContactView, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonContactsDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.person = person
        self.setWindowTitle(self.tr("Emergency contacts of %1").replace("%1", person.pseudonym))
        self.ui.messageLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        for number in (1, 2):
            combo = self._combo(number)
            combo.addItem(self.tr("— not given —"), None)
            for method in ConsentMethod:
                combo.addItem(consent_name(method), method.value)
            check = self._check(number)
            check.toggled.connect(combo.setEnabled)
            combo.setEnabled(False)
            self._at_label(number).hide()
        for number, contact in enumerate(contacts[:2], start=1):
            self._edit(number, "name").setText(contact.name)
            self._edit(number, "relation").setText(contact.relation)
            self._edit(number, "phone").setText(contact.phone)
            self._check(number).setChecked(contact.authorised)
            if contact.consent_method is not None:
                self._combo(number).setCurrentIndex(
                    self._combo(number).findData(contact.consent_method.value)
                )
            if contact.authorised and contact.authorised_at is not None:
                label = self._at_label(number)
                label.setText(
                    self.tr("Authorisation recorded %1").replace("%1", local_time_text(contact.authorised_at))
                )
                label.show()
        restore_geometry(self, self.GEOMETRY)

    def _edit(self, number: int, field: str) -> QLineEdit:
        return getattr(self.ui, f"{field}{number}Edit")

    def _check(self, number: int) -> QCheckBox:
        return getattr(self.ui, f"authorised{number}Check")

    def _combo(self, number: int) -> QComboBox:
        return getattr(self.ui, f"method{number}Combo")

    def _at_label(self, number: int) -> QLabel:
        return getattr(self.ui, f"authorisedAt{number}Label")

    @classmethod
    def start(
        cls,
        parent: QWidget,
        workspace: Workspace,
        session: Session,
        person: PersonSummary,
        contacts: tuple[EmergencyContactView, ...],
    ) -> PersonContactsDialog:
        dialog = cls(workspace, session, person, contacts, parent)
        dialog.open()
        dialog.ui.name1Edit.setFocus()
        return dialog

    def entered(self) -> list[EmergencyContactInput]:
        contacts = []
        for number in (1, 2):
            name, relation, phone = (self._edit(number, f).text() for f in ("name", "relation", "phone"))
            if not (name.strip() or relation.strip() or phone.strip()):
                continue  # an empty block means "no such contact"
            contacts.append(
                EmergencyContactInput(
                    name=name,
                    phone=phone,
                    relation=relation,
                    authorised=self._check(number).isChecked(),
                    consent_method=self._combo(number).currentData(),
                )
            )
        return contacts

    def accept(self) -> None:
        try:
            result = self.workspace.people.set_emergency_contacts(
                self.session, self.person.id, self.entered()
            )
        except (ServiceError, StorageError) as error:
            show_error(self.ui.messageLabel, error)
            return
        self._close_saved(result)


class PersonNoteDialog(_SavingDialog):
    """One free text saved by ``save``: a clinical note, a correction, an addendum, an outcome, a reason."""

    GEOMETRY = "person_note_dialog"
    saved = Signal(object)  # whatever ``save`` returned

    def __init__(
        self,
        title: str,
        explanation: str,
        save: Callable[[str], object],
        *,
        original: str | None = None,
        initial: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonNoteDialog()
        self.ui.setupUi(self)
        self._save = save
        self.setWindowTitle(title)
        self.ui.explanationLabel.setText(explanation)
        self.ui.originalView.setVisible(original is not None)
        self.ui.originalView.setPlainText(original or "")
        self.ui.textEdit.setPlainText(initial)
        self.ui.messageLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        restore_geometry(self, self.GEOMETRY)

    @classmethod
    def start(
        cls,
        parent: QWidget,
        title: str,
        explanation: str,
        save: Callable[[str], object],
        *,
        original: str | None = None,
        initial: str = "",
    ) -> PersonNoteDialog:
        dialog = cls(title, explanation, save, original=original, initial=initial, parent=parent)
        dialog.open()
        dialog.ui.textEdit.setFocus()
        return dialog

    def accept(self) -> None:
        try:
            result = self._save(self.ui.textEdit.toPlainText())
        except (ServiceError, StorageError) as error:
            show_error(self.ui.messageLabel, error)
            self.ui.textEdit.setFocus()
            return
        self._close_saved(result)

    def done(self, result: int) -> None:
        # Closing drops the confidential text from the widgets at once, not at garbage collection.
        super().done(result)
        self.ui.textEdit.clear()
        self.ui.originalView.clear()


class PersonFollowUpDialog(_SavingDialog):
    """An ad-hoc follow-up for a person: what for, and when it is due (entered in local time)."""

    GEOMETRY = "person_follow_up_dialog"
    saved = Signal(object)  # FollowUpView

    def __init__(
        self, workspace: Workspace, session: Session, person: PersonSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonFollowUpDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.person = person
        self.setWindowTitle(self.tr("Add a follow-up for %1").replace("%1", person.pseudonym))
        self.ui.dueEdit.setDateTime(QDateTime.currentDateTime().addDays(1))
        self.ui.messageLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        restore_geometry(self, self.GEOMETRY)

    @classmethod
    def start(
        cls, parent: QWidget, workspace: Workspace, session: Session, person: PersonSummary
    ) -> PersonFollowUpDialog:
        dialog = cls(workspace, session, person, parent)
        dialog.open()
        dialog.ui.labelEdit.setFocus()
        return dialog

    def due_at(self) -> datetime:
        """The entered local time as an aware datetime (the workstation's zone)."""
        local: datetime = self.ui.dueEdit.dateTime().toPython()  # type: ignore[assignment]
        return local.replace(second=0, microsecond=0).astimezone()

    def set_due_at(self, moment: datetime) -> None:
        local = moment.astimezone().replace(tzinfo=None)
        self.ui.dueEdit.setDateTime(QDateTime(local.date(), local.time()))

    def accept(self) -> None:
        try:
            result = self.workspace.people.add_follow_up(
                self.session, self.person.id, self.ui.labelEdit.text(), self.due_at()
            )
        except (ServiceError, StorageError) as error:
            show_error(self.ui.messageLabel, error)
            return
        self._close_saved(result)
