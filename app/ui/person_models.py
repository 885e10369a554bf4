"""Table models of the People tab: people, follow-ups, screenings, clinical notes, emergency contacts.

Each is a ``ListTableModel`` over the plain values the people service returns; colours mark what
needs attention (a red alert, an overdue follow-up, item 9 of a PHQ-9, a broken signature).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from app.domain.clocks import ClockState
from app.services.people import (
    EmergencyContactView,
    FollowUpKind,
    FollowUpView,
    NoteKind,
    NoteView,
    PersonSummary,
    ScreeningView,
)
from app.ui.account_names import account_name
from app.ui.incident_labels import OVERDUE_COLOUR, local_time_text, time_left_colour, time_left_text
from app.ui.list_table_model import Index, ListTableModel
from app.ui.person_labels import (
    ALERT_COLOUR,
    ALERT_TEXT_COLOUR,
    band_name,
    consent_name,
    follow_up_kind_name,
    instrument_name,
    involvement_name,
)

PREVIEW_MAX = 80


def first_line(text: str, limit: int = PREVIEW_MAX) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class PeopleModel(ListTableModel[PersonSummary]):
    PSEUDONYM, INVOLVEMENT, DEPARTMENT, ALERT, NEXT, DUE, CONTACTS = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = datetime.now(UTC)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Pseudonym"),
            self.tr("Involvement"),
            self.tr("Department"),
            self.tr("Alert"),
            self.tr("Next follow-up"),
            self.tr("Due"),
            self.tr("Emergency contacts"),
        )

    def cell(self, item: PersonSummary, column: int) -> object:
        if column == self.PSEUDONYM:
            return item.pseudonym
        if column == self.INVOLVEMENT:
            return involvement_name(item.involvement)
        if column == self.DEPARTMENT:
            return item.department
        if column == self.ALERT:
            return self.tr("RED ALERT") if item.alert.raised else ""
        if column == self.NEXT:
            return (
                follow_up_kind_name(item.next_follow_up_kind)
                if item.next_follow_up_kind
                else self.tr("none open")
            )
        if column == self.DUE:
            return time_left_text(item.next_follow_up_due, self.now) if item.next_follow_up_due else ""
        return (
            self.tr("%1 (%2 authorised)")
            .replace("%1", str(item.emergency_contacts))
            .replace("%2", str(item.authorised_contacts))
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if index.column() == self.ALERT and item.alert.raised:
            if role == Qt.ItemDataRole.BackgroundRole:
                return ALERT_COLOUR
            if role == Qt.ItemDataRole.ForegroundRole:
                return ALERT_TEXT_COLOUR
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.DUE and item.next_follow_up_due:
            return time_left_colour(item.next_follow_up_due, self.now)
        return super().data(index, role)


class FollowUpsModel(ListTableModel[FollowUpView]):
    WHAT, DUE, STATE, DONE, OUTCOME = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = datetime.now(UTC)
        self.names: dict[int, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Follow-up"), self.tr("Due"), self.tr("State"), self.tr("Done"), self.tr("Outcome"))

    def cell(self, item: FollowUpView, column: int) -> object:
        if column == self.WHAT:
            return (
                item.label
                if item.kind is FollowUpKind.AD_HOC and item.label
                else follow_up_kind_name(item.kind)
            )
        if column == self.DUE:
            return local_time_text(item.due_at)
        if column == self.STATE:
            if item.state is ClockState.MET:
                return self.tr("done in time")
            if item.state is ClockState.MISSED:
                return self.tr("done late")
            return time_left_text(item.due_at, self.now)
        if column == self.DONE:
            if item.done_at is None:
                return ""
            return (
                self.tr("%1 by %2")
                .replace("%1", local_time_text(item.done_at))
                .replace("%2", account_name(self.names, item.done_by))
            )
        return first_line(item.outcome)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.STATE:
            if item.done_at is None:
                return time_left_colour(item.due_at, self.now)
            if item.state is ClockState.MISSED:
                return OVERDUE_COLOUR
        return super().data(index, role)


class ScreeningsModel(ListTableModel[ScreeningView]):
    TAKEN, INSTRUMENT, TOTAL, BAND, FLAG = range(5)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Taken"),
            self.tr("Questionnaire"),
            self.tr("Total"),
            self.tr("Severity"),
            self.tr("Item 9"),
        )

    def cell(self, item: ScreeningView, column: int) -> object:
        if column == self.TAKEN:
            return local_time_text(item.taken_at)
        if column == self.INSTRUMENT:
            return instrument_name(item.instrument)
        if column == self.TOTAL:
            return str(item.total)
        if column == self.BAND:
            return band_name(item.band)
        return self.tr("above 0: thoughts of self-harm") if item.self_harm_flag else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.FLAG:
            return OVERDUE_COLOUR
        return super().data(index, role)


class NotesModel(ListTableModel[NoteView]):
    WRITTEN, AUTHOR, KIND, STATE, TEXT = range(5)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Written"), self.tr("Author"), self.tr("Kind"), self.tr("State"), self.tr("Text"))

    def cell(self, item: NoteView, column: int) -> object:
        if column == self.WRITTEN:
            return local_time_text(item.at)
        if column == self.AUTHOR:
            return item.author_name
        if column == self.KIND:
            return self.tr("Note") if item.kind is NoteKind.CLINICAL_NOTE else self.tr("↳ Addendum")
        if column == self.STATE:
            return state_text(self, item)
        return first_line(item.text)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self.STATE
            and not item.signature_valid
        ):
            return OVERDUE_COLOUR
        return super().data(index, role)


def state_text(model: ListTableModel[NoteView], item: NoteView) -> str:
    """ "Signed, locked" / "Signed, editable by the author until …", and a broken signature said loudly."""
    if not item.signature_valid:
        return QCoreApplication.translate("NotesModel", "SIGNATURE DOES NOT MATCH: changed after signing")
    if item.locked:
        return QCoreApplication.translate("NotesModel", "Signed, locked")
    return QCoreApplication.translate("NotesModel", "Signed, editable by the author until %1").replace(
        "%1", local_time_text(item.locks_at)
    )


class ContactsModel(ListTableModel[EmergencyContactView]):
    POSITION, NAME, RELATION, PHONE, AUTHORISED = range(5)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("#"), self.tr("Name"), self.tr("Relation"), self.tr("Phone"), self.tr("Authorised"))

    def cell(self, item: EmergencyContactView, column: int) -> object:
        if column == self.POSITION:
            return str(item.position)
        if column == self.NAME:
            return item.name
        if column == self.RELATION:
            return item.relation
        if column == self.PHONE:
            return item.phone
        if not item.authorised or item.consent_method is None:
            return self.tr("No: may not be contacted")
        return (
            self.tr("Yes, %1, %2")
            .replace("%1", consent_name(item.consent_method))
            .replace("%2", local_time_text(item.authorised_at))
        )
