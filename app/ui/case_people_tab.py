"""The People tab: the people linked to an incident by pseudonym, and their counselling follow-up.

Hidden entirely for roles without ``PERSON_VIEW_CONFIDENTIAL`` (hr_manager, who gets counts from the
service elsewhere); the service refuses them anyway. The list shows pseudonyms, red alerts and the
next follow-up; the selected person's follow-ups, screenings and signed clinical notes are below.
The identity and emergency contacts stay hidden until "Show identity" is chosen (the service audits
that look) and are dropped again when another person is selected or the incident is closed.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QWidget

from app.domain.roles import Operation
from app.services.errors import ServiceError, StorageError
from app.services.incidents import IncidentView
from app.services.people import (
    EmergencyContactView,
    FollowUpView,
    NoteView,
    PersonIdentity,
    PersonSummary,
)
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.account_names import account_names
from app.ui.case_tabs import CaseTab
from app.ui.forms.ui_case_people_tab import Ui_CasePeopleTab
from app.ui.incident_labels import local_time_text
from app.ui.person_dialogs import (
    ERROR_STYLE,
    PersonContactsDialog,
    PersonEditor,
    PersonFollowUpDialog,
    PersonNoteDialog,
)
from app.ui.person_labels import ALERT_STYLE, alert_reason_text, follow_up_kind_name
from app.ui.person_models import (
    ContactsModel,
    FollowUpsModel,
    NotesModel,
    PeopleModel,
    ScreeningsModel,
    state_text,
)
from app.ui.screening_dialog import ScreeningDialog

REFRESH_MS = 30_000


def _selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


class PeopleTab(CaseTab):
    key = "people"

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(workspace, session, parent)
        self.ui = Ui_CasePeopleTab()
        self.ui.setupUi(self)
        self.incident_id: int | None = None
        self.identity: PersonIdentity | None = None
        self.dialog: QDialog | None = None  # the dialog last opened (window-modal), for tests
        self._loading = False
        policy = workspace.policy
        self.can_manage = policy.allows(session.role, Operation.PERSON_MANAGE)
        self.can_screen = policy.allows(session.role, Operation.SCREENING_RECORD)
        self.can_follow_up = policy.allows(session.role, Operation.FOLLOW_UP_UPDATE)
        self.can_write_notes = policy.allows(session.role, Operation.CLINICAL_NOTE_ADD)

        self.people_model = PeopleModel(self)
        self.follow_ups_model = FollowUpsModel(self)
        self.screenings_model = ScreeningsModel(self)
        self.notes_model = NotesModel(self)
        self.contacts_model = ContactsModel(self)
        for view, model in (
            (self.ui.peopleTable, self.people_model),
            (self.ui.followUpsTable, self.follow_ups_model),
            (self.ui.screeningsTable, self.screenings_model),
            (self.ui.notesTable, self.notes_model),
            (self.ui.contactsTable, self.contacts_model),
        ):
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)

        ui = self.ui
        ui.messageLabel.hide()
        ui.alertLabel.setStyleSheet(ALERT_STYLE)
        ui.alertLabel.hide()
        ui.linkPersonButton.setVisible(self.can_manage)
        ui.editPersonButton.setVisible(self.can_manage)
        ui.concernCheck.setVisible(self.can_manage)
        ui.contactsButton.setVisible(self.can_manage)
        ui.useContactButton.setVisible(self.can_manage)
        ui.markDoneButton.setVisible(self.can_follow_up)
        ui.addFollowUpButton.setVisible(self.can_follow_up)
        ui.recordScreeningButton.setVisible(self.can_screen)
        for button in (ui.addNoteButton, ui.correctNoteButton, ui.addAddendumButton):
            button.setVisible(self.can_write_notes)

        ui.peopleTable.selectionModel().selectionChanged.connect(self._person_selected)
        ui.notesTable.selectionModel().selectionChanged.connect(self._note_selected)
        ui.followUpsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.contactsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.linkPersonButton.clicked.connect(self.link_person)
        ui.editPersonButton.clicked.connect(self.edit_person)
        ui.peopleTable.doubleClicked.connect(lambda _index: self.edit_person())
        ui.concernCheck.clicked.connect(self.set_concern)
        ui.markDoneButton.clicked.connect(self.mark_follow_up_done)
        ui.followUpsTable.doubleClicked.connect(lambda _index: self.mark_follow_up_done())
        ui.addFollowUpButton.clicked.connect(self.add_follow_up)
        ui.recordScreeningButton.clicked.connect(self.record_screening)
        ui.addNoteButton.clicked.connect(self.add_note)
        ui.correctNoteButton.clicked.connect(self.correct_note)
        ui.addAddendumButton.clicked.connect(self.add_addendum)
        ui.showIdentityButton.clicked.connect(self.show_identity)
        ui.hideIdentityButton.clicked.connect(self.hide_identity)
        ui.contactsButton.clicked.connect(self.edit_contacts)
        ui.useContactButton.clicked.connect(self.record_contact_use)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_times)
        self._show_person(None)

    @classmethod
    def visible_for(cls, workspace: Workspace, session: Session) -> bool:
        return workspace.policy.allows(session.role, Operation.PERSON_VIEW_CONFIDENTIAL)

    def title(self) -> str:
        return self.tr("&People")

    # -- loading ------------------------------------------------------------------------------

    def show_incident(self, incident: IncidentView) -> None:
        if self.incident_id != incident.id:
            self._message("")
            self.hide_identity()
        self.incident_id = incident.id
        if not self.follow_ups_model.names:
            self.follow_ups_model.names = account_names(self.workspace, self.session)
        self.reload()

    def clear(self) -> None:
        self.incident_id = None
        self.people_model.set_rows([])
        self._show_person(None)
        self._message("")

    def retranslate(self) -> None:
        super().retranslate()
        if self.incident_id is not None:
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Reload the list (keeping or moving the selection) and the selected person's records."""
        if self.incident_id is None:
            return
        keep = select_id if select_id is not None else getattr(self.selected_person(), "id", None)
        now = datetime.now(UTC)
        try:
            people = self.workspace.people.list_people(self.session, self.incident_id, now=now)
        except (ServiceError, StorageError) as error:
            self.people_model.set_rows([])
            self._show_person(None)
            self._message(str(error), error=True)
            return
        self.people_model.now = now
        self.people_model.set_rows(list(people))
        alerts = sum(1 for p in people if p.alert.raised)
        count = self.tr("%n person(s) linked", "", len(people))
        if alerts:
            count += " · " + self.tr("%n red alert(s)", "", alerts)
        self.ui.countLabel.setText(count)
        self.ui.emptyLabel.setVisible(not people)
        self.ui.splitter.setVisible(bool(people))
        row = next((i for i, p in enumerate(people) if p.id == keep), 0 if people else None)
        if row is not None:
            self._loading = True  # one load of the person's records, not one per selection signal
            try:
                self.ui.peopleTable.selectRow(row)
            finally:
                self._loading = False
        self._show_person(None if row is None else self.people_model.row_at(row))

    def selected_person(self) -> PersonSummary | None:
        row = _selected_row(self.ui.peopleTable)
        if row is None or row >= len(self.people_model.rows()):
            return None
        return self.people_model.row_at(row)

    def select_person(self, person_id: int) -> None:
        for row, person in enumerate(self.people_model.rows()):
            if person.id == person_id:
                self.ui.peopleTable.selectRow(row)
                return

    def _person_selected(self) -> None:
        if self._loading:
            return
        person = self.selected_person()
        if self.identity is not None and (person is None or person.id != self.identity.person_id):
            self.hide_identity()
        self._show_person(person)

    def _show_person(self, person: PersonSummary | None) -> None:
        ui = self.ui
        ui.detailWidget.setEnabled(person is not None)
        ui.concernCheck.setChecked(bool(person and person.clinical_concern))
        if person is None:
            ui.alertLabel.hide()
            for model in (self.follow_ups_model, self.screenings_model, self.notes_model):
                model.set_rows([])
            self.hide_identity()
            self._update_buttons()
            return
        if person.alert.raised:
            reasons = "; ".join(alert_reason_text(r) for r in person.alert.reasons)
            ui.alertLabel.setText(
                self.tr("RED ALERT for %1: %2").replace("%1", person.pseudonym).replace("%2", reasons)
            )
            ui.alertLabel.show()
        else:
            ui.alertLabel.hide()
        now = datetime.now(UTC)
        people = self.workspace.people
        try:
            follow_ups = people.follow_ups(self.session, person.id, now=now)
            screenings = people.screenings(self.session, person.id)
            notes = people.notes(self.session, person.id, now=now)
        except (ServiceError, StorageError) as error:
            self._message(str(error), error=True)
            return
        self.follow_ups_model.now = now
        self.follow_ups_model.set_rows(list(follow_ups))
        self.screenings_model.set_rows(list(reversed(screenings)))  # newest first
        self.notes_model.set_rows(list(notes))
        self._note_selected()
        self._update_buttons()

    # -- selection helpers ----------------------------------------------------------------------

    def selected_follow_up(self) -> FollowUpView | None:
        row = _selected_row(self.ui.followUpsTable)
        return self.follow_ups_model.row_at(row) if row is not None else None

    def selected_note(self) -> NoteView | None:
        row = _selected_row(self.ui.notesTable)
        return self.notes_model.row_at(row) if row is not None else None

    def selected_contact(self) -> EmergencyContactView | None:
        row = _selected_row(self.ui.contactsTable)
        return self.contacts_model.row_at(row) if row is not None and self.identity is not None else None

    def _note_selected(self) -> None:
        note = self.selected_note()
        self.ui.noteView.setPlainText(note.text if note else "")
        self.ui.noteStateLabel.setText(
            ""
            if note is None
            else self.tr("Signed by %1 at %2 (revision %3). %4")
            .replace("%1", note.author_name)
            .replace("%2", local_time_text(note.signed_at))
            .replace("%3", str(note.revision))
            .replace("%4", state_text(self.notes_model, note))
        )
        self.ui.noteStateLabel.setStyleSheet("" if note is None or note.signature_valid else ERROR_STYLE)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        person = self.selected_person()
        follow_up = self.selected_follow_up()
        note = self.selected_note()
        ui.editPersonButton.setEnabled(person is not None)
        ui.concernCheck.setEnabled(person is not None)
        ui.markDoneButton.setEnabled(follow_up is not None and follow_up.done_at is None)
        ui.correctNoteButton.setEnabled(
            note is not None and not note.locked and note.author_user_id == self.session.user_id
        )
        ui.addAddendumButton.setEnabled(note is not None)
        shown = self.identity is not None
        ui.showIdentityButton.setEnabled(person is not None and not shown)
        ui.hideIdentityButton.setEnabled(shown)
        ui.contactsButton.setEnabled(person is not None)
        contact = self.selected_contact()
        ui.useContactButton.setEnabled(contact is not None and contact.authorised)

    def _message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.messageLabel.setVisible(bool(text))

    def _changed(self, _result: object = None, *, select_id: int | None = None) -> None:
        """After a save: reload this tab and tell the detail (the incident's counts may show it)."""
        self._message("")
        self.reload(select_id)
        self.changed.emit()

    # -- identity ---------------------------------------------------------------------------------

    def show_identity(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        try:
            identity = self.workspace.people.reveal_identity(self.session, person.id)
        except (ServiceError, StorageError) as error:
            self._message(str(error), error=True)
            return
        self.identity = identity
        ui = self.ui
        ui.fullNameValue.setText(identity.full_name or self.tr("(not recorded)"))
        ui.employeeNumberValue.setText(identity.employee_number or self.tr("(not recorded)"))
        ui.phoneValue.setText(identity.phone or self.tr("(not recorded)"))
        ui.emailValue.setText(identity.email or self.tr("(not recorded)"))
        self.contacts_model.set_rows(list(identity.contacts))
        if identity.contacts:
            ui.contactsTable.selectRow(0)
        self._update_buttons()

    def hide_identity(self) -> None:
        self.identity = None
        for label in (
            self.ui.fullNameValue,
            self.ui.employeeNumberValue,
            self.ui.phoneValue,
            self.ui.emailValue,
        ):
            label.setText("")
        self.contacts_model.set_rows([])
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------------

    def link_person(self) -> None:
        if self.incident_id is None or not self.can_manage:
            return
        dialog = PersonEditor.start(self, self.workspace, self.session, self.incident_id)
        dialog.saved.connect(lambda person: self._changed(select_id=person.id))
        self.dialog = dialog

    def edit_person(self) -> None:
        person = self.selected_person()
        if self.incident_id is None or person is None or not self.can_manage:
            return
        try:  # editing shows the identity: the service audits that look
            identity = self.workspace.people.reveal_identity(self.session, person.id)
        except (ServiceError, StorageError) as error:
            self._message(str(error), error=True)
            return
        dialog = PersonEditor.start(
            self, self.workspace, self.session, self.incident_id, person, identity=identity
        )
        dialog.saved.connect(lambda saved: self._changed(select_id=saved.id))
        dialog.finished.connect(lambda _code: self.hide_identity())
        self.dialog = dialog

    def set_concern(self, checked: bool) -> None:
        person = self.selected_person()
        if person is None:
            return
        try:
            self.workspace.people.set_clinical_concern(self.session, person.id, checked)
        except (ServiceError, StorageError) as error:
            self._message(str(error), error=True)
            self.ui.concernCheck.setChecked(person.clinical_concern)
            return
        self._changed(select_id=person.id)

    def edit_contacts(self) -> None:
        person = self.selected_person()
        if person is None or not self.can_manage:
            return
        if self.identity is None or self.identity.person_id != person.id:
            self.show_identity()
        if self.identity is None:
            return
        dialog = PersonContactsDialog.start(
            self, self.workspace, self.session, person, self.identity.contacts
        )
        dialog.saved.connect(lambda _contacts: self._after_contacts(person.id))
        self.dialog = dialog

    def _after_contacts(self, person_id: int) -> None:
        self._changed(select_id=person_id)
        self.show_identity()

    def record_contact_use(self) -> None:
        person, contact = self.selected_person(), self.selected_contact()
        if person is None or contact is None:
            return
        people = self.workspace.people
        dialog = PersonNoteDialog.start(
            self,
            self.tr("Emergency contact used"),
            self.tr(
                "Record why contact %1 (position %2) was called. The employee authorised it; the call is "
                "kept with the case and in the audit trail."
            )
            .replace("%1", contact.name)
            .replace("%2", str(contact.position)),
            lambda text: people.record_emergency_contact_use(self.session, person.id, contact.id, text),
        )
        dialog.saved.connect(lambda _use: self._changed(select_id=person.id))
        self.dialog = dialog

    def mark_follow_up_done(self) -> None:
        person, follow_up = self.selected_person(), self.selected_follow_up()
        if person is None or follow_up is None or follow_up.done_at is not None or not self.can_follow_up:
            return
        people = self.workspace.people
        what = follow_up.label or follow_up_kind_name(follow_up.kind)
        dialog = PersonNoteDialog.start(
            self,
            self.tr("Follow-up done: %1").replace("%1", what),
            self.tr("How did it go? The outcome is confidential (optional)."),
            lambda text: people.complete_follow_up(self.session, follow_up.id, outcome=text),
        )
        dialog.saved.connect(lambda _done: self._changed(select_id=person.id))
        self.dialog = dialog

    def add_follow_up(self) -> None:
        person = self.selected_person()
        if person is None or not self.can_follow_up:
            return
        dialog = PersonFollowUpDialog.start(self, self.workspace, self.session, person)
        dialog.saved.connect(lambda _follow_up: self._changed(select_id=person.id))
        self.dialog = dialog

    def record_screening(self) -> None:
        person = self.selected_person()
        if person is None or not self.can_screen:
            return
        dialog = ScreeningDialog.start(self, self.workspace, self.session, person)
        dialog.saved.connect(lambda _screening: self._changed(select_id=person.id))
        self.dialog = dialog

    def add_note(self) -> None:
        person = self.selected_person()
        if person is None or not self.can_write_notes:
            return
        people = self.workspace.people
        hours = int(people.lock_period().total_seconds() // 3600)
        dialog = PersonNoteDialog.start(
            self,
            self.tr("Clinical note for %1").replace("%1", person.pseudonym),
            self.tr(
                "The note is signed with your name when saved. You can correct it for %n hour(s); after "
                "that it is locked and changes are made as addenda that keep the original.",
                "",
                hours,
            ),
            lambda text: people.add_note(self.session, person.id, text),
        )
        dialog.saved.connect(lambda _note: self._changed(select_id=person.id))
        self.dialog = dialog

    def correct_note(self) -> None:
        person, note = self.selected_person(), self.selected_note()
        if person is None or note is None or not self.can_write_notes:
            return
        people = self.workspace.people
        dialog = PersonNoteDialog.start(
            self,
            self.tr("Correct your note"),
            self.tr("Until %1 you may correct your own note; the correction is signed anew.").replace(
                "%1", local_time_text(note.locks_at)
            ),
            lambda text: people.correct_note(self.session, note.id, text),
            initial=note.text,
        )
        dialog.saved.connect(lambda _note: self._changed(select_id=person.id))
        self.dialog = dialog

    def add_addendum(self) -> None:
        person, note = self.selected_person(), self.selected_note()
        if person is None or note is None or not self.can_write_notes:
            return
        people = self.workspace.people
        original = next((n for n in self.notes_model.rows() if n.id == (note.parent_id or note.id)), note)
        dialog = PersonNoteDialog.start(
            self,
            self.tr("Addendum"),
            self.tr(
                "The original note below stays exactly as it was signed; the addendum is signed with your name."
            ),
            lambda text: people.add_addendum(self.session, original.id, text),
            original=original.text,
        )
        dialog.saved.connect(lambda _note: self._changed(select_id=person.id))
        self.dialog = dialog

    # -- time left ----------------------------------------------------------------------------------

    def refresh_times(self) -> None:
        now = datetime.now(UTC)
        for model in (self.people_model, self.follow_ups_model):
            model.now = now
            if model.rows():
                model.dataChanged.emit(
                    model.index(0, 0), model.index(len(model.rows()) - 1, model.columnCount() - 1)
                )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)
