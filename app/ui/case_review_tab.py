"""The review tab (總結與改進): the four review fields, plan revisions and the corrective actions.

The note at the top says plainly what still stands between the incident and closing it as
reviewed (which fields are empty, or that it must be resolved first) and how many corrective
actions are still open; those do not block closing. For hr_manager the service withholds the texts
and action titles, so the fields show a "withheld" placeholder and nothing can be edited.

Unsaved typing survives a reload: when another tab changes the incident the detail reloads every
tab, and the review fields are refilled only when they hold no unsaved edits.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QPlainTextEdit, QWidget

from app.domain.case_review import ActionStatus
from app.domain.crisis_roles import CrisisRole
from app.domain.lifecycle import Status
from app.domain.roles import Operation
from app.services.case_review import CorrectiveActionView, ReviewView
from app.services.errors import ServiceError, StorageError
from app.services.incidents import IncidentInputInvalid, IncidentView, OwnerOption
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.account_names import account_name, account_names
from app.ui.case_tabs import CaseTab
from app.ui.forms.ui_case_review_tab import Ui_CaseReviewTab
from app.ui.incident_labels import OVERDUE_COLOUR, crisis_role_name, local_time_text, status_name
from app.ui.list_table_model import Index, ListTableModel

TITLE, OWNER, DUE, STATUS, DONE = range(5)
ERROR_STYLE = "QLabel { color: #c62828; }"
OK_STYLE = "QLabel { color: #2e7d32; }"

_FIELD_LABELS = {
    "root_cause": QT_TRANSLATE_NOOP("ReviewTab", "root cause"),
    "recovery_plan": QT_TRANSLATE_NOOP("ReviewTab", "recovery plan"),
    "effect_evaluation": QT_TRANSLATE_NOOP("ReviewTab", "effect evaluation"),
    "lessons_learned": QT_TRANSLATE_NOOP("ReviewTab", "lessons learned"),
    "plan_revisions": QT_TRANSLATE_NOOP("ReviewTab", "plan revisions"),
    "title": QT_TRANSLATE_NOOP("ReviewTab", "action"),
    "owner": QT_TRANSLATE_NOOP("ReviewTab", "owner"),
    "owner_role": QT_TRANSLATE_NOOP("ReviewTab", "owner"),
    "owner_user_id": QT_TRANSLATE_NOOP("ReviewTab", "owner"),
    "due_on": QT_TRANSLATE_NOOP("ReviewTab", "due date"),
    "status": QT_TRANSLATE_NOOP("ReviewTab", "status"),
}
_ACTION_STATUSES = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("ReviewTab", "Open"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ReviewTab", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("ReviewTab", "Done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("ReviewTab", "Cancelled"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewTab", text)


def field_label(name: str) -> str:
    return _tr(_FIELD_LABELS.get(name, name))


def action_status_name(status: ActionStatus | str) -> str:
    return _tr(_ACTION_STATUSES[ActionStatus(status)])


def problems_text(error: IncidentInputInvalid) -> str:
    """One line per wrong field, named as the form names it."""
    return "\n".join(f"{field_label(p.field)}: {p.message}" for p in error.problems) or str(error)


class ActionsModel(ListTableModel[CorrectiveActionView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}
        self.today = date.today()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status"), self.tr("Done"))

    def cell(self, action: CorrectiveActionView, column: int) -> object:
        if column == TITLE:
            return action.title if action.title is not None else self.tr("(withheld)")
        if column == OWNER:
            if action.owner_role is not None:
                return crisis_role_name(action.owner_role)
            return account_name(self.names, action.owner_user_id)
        if column == DUE:
            return action.due_on.isoformat()
        if column == STATUS:
            return action_status_name(action.status)
        return local_time_text(action.done_at)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            index.isValid()
            and role == Qt.ItemDataRole.ForegroundRole
            and index.column() == DUE
            and self.row_at(index.row()).is_overdue(self.today)
        ):
            return OVERDUE_COLOUR
        return super().data(index, role)


class ReviewTab(CaseTab):
    key = "review"

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(workspace, session, parent)
        self.ui = Ui_CaseReviewTab()
        self.setup_scrollable(self.ui)
        self._incident: IncidentView | None = None
        self.review: ReviewView | None = None
        self._owner_cache: tuple[OwnerOption, ...] | None = None
        self._pending = False
        self.can_edit = workspace.policy.allows(session.role, Operation.REVIEW_EDIT)
        self.model = ActionsModel(self)
        self.ui.actionsTable.setModel(self.model)
        header = self.ui.actionsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.edits: dict[str, QPlainTextEdit] = {
            "root_cause": self.ui.rootCauseEdit,
            "recovery_plan": self.ui.recoveryPlanEdit,
            "effect_evaluation": self.ui.effectEvaluationEdit,
            "lessons_learned": self.ui.lessonsLearnedEdit,
            "plan_revisions": self.ui.planRevisionsEdit,
        }
        for edit in self.edits.values():
            edit.setReadOnly(not self.can_edit)
        for widget in (
            self.ui.saveReviewButton,
            self.ui.actionTitleEdit,
            self.ui.ownerCombo,
            self.ui.dueDateEdit,
            self.ui.statusCombo,
            self.ui.addActionButton,
            self.ui.updateActionButton,
            self.ui.markDoneButton,
            self.ui.actionTitleLabel,
            self.ui.ownerLabel,
            self.ui.dueLabel,
            self.ui.statusComboLabel,
        ):
            widget.setVisible(self.can_edit)
        self.ui.messageLabel.hide()
        self.ui.dueDateEdit.setDate(QDate.currentDate().addDays(30))
        self._fill_combos()
        self.ui.saveReviewButton.clicked.connect(self.save_review)
        self.ui.addActionButton.clicked.connect(self.add_action)
        self.ui.updateActionButton.clicked.connect(self.update_action)
        self.ui.markDoneButton.clicked.connect(self.mark_done)
        self.ui.actionsTable.selectionModel().selectionChanged.connect(self._selection_changed)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_review)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("&Review")

    # -- showing --------------------------------------------------------------------------------

    def show_incident(self, incident: IncidentView) -> None:
        same = self._incident is not None and self._incident.id == incident.id
        if not same:
            self._show_message("")
        self._incident = incident
        if not self.isVisible():
            # Read (and audit the read of) the review only when it is on screen: opening a case
            # shows the overview, and most reloads happen while another tab is in front.
            self._pending = True
            return
        self._load(same)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending and self._incident is not None:
            self._load(self.review is not None and self.review.incident_id == self._incident.id)

    def _load(self, same: bool) -> None:
        self._pending = False
        incident = self._incident
        if incident is None:
            return
        try:
            review = self.workspace.reviews.get(self.session, incident.id)
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        self._show_review(review, keep_edits=same)

    def clear(self) -> None:
        self._incident = None
        self._pending = False
        self.review = None
        self.model.set_rows([])
        for edit in self.edits.values():
            edit.setPlainText("")
            edit.document().setModified(False)
        self.ui.statusLabel.setText("")
        self._show_message("")

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_combos()
        if self.review is not None:
            self._show_review(self.review, keep_edits=True)

    def _show_review(self, review: ReviewView, *, keep_edits: bool) -> None:
        self.review = review
        for name, edit in self.edits.items():
            if keep_edits and edit.document().isModified():
                continue
            value = getattr(review, name)
            edit.setPlainText(value or "")
            edit.document().setModified(False)
            if value is None:
                edit.setPlaceholderText(
                    self.tr("Withheld: review texts are shown to counsellors and admins only.")
                )
        if not self.model.names:
            self.model.names = account_names(self.workspace, self.session)
            self.model.names.update({o.user_id: o.display_name or o.username for o in self._owners})
        selected = self.selected_action()
        self.model.today = date.today()
        self.model.set_rows(list(review.actions))
        if selected is not None:
            self.select_action(selected.id)
        self.ui.statusLabel.setText(self.closing_note(review))
        self.ui.statusLabel.setStyleSheet(OK_STYLE if review.can_close else "")
        self._update_buttons()

    def closing_note(self, review: ReviewView) -> str:
        """What still stands between the incident and closing it as reviewed, in one or two sentences."""
        status = review.incident_status
        if status is Status.REVIEWED:
            note = self.tr("Closed as reviewed. Reopen the incident to change the review.")
        elif review.missing:
            names = ", ".join(field_label(name) for name in review.missing)
            note = self.tr("Before the incident can be closed as reviewed, fill in: %1.").replace("%1", names)
        elif status is Status.RESOLVED:
            note = self.tr("The review is complete: the incident can be closed as reviewed.")
        else:
            note = self.tr(
                "The review is complete; the incident can be closed as reviewed once it is resolved (now: %1)."
            ).replace("%1", status_name(status))
        if review.open_actions:
            note += " " + self.tr(
                "%n corrective action(s) still open; they do not block closing and stay on the report.",
                "",
                review.open_actions,
            )
        return note

    # -- the review section ---------------------------------------------------------------------

    def save_review(self) -> None:
        if self._incident is None or not self.can_edit:
            return
        values = {name: edit.toPlainText() for name, edit in self.edits.items()}
        try:
            review = self.workspace.reviews.save(self.session, self._incident.id, **values)
        except IncidentInputInvalid as error:
            self._show_message(problems_text(error), error=True)
            return
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        for edit in self.edits.values():
            edit.document().setModified(False)
        self._show_message(self.tr("Review saved."))
        self._show_review(review, keep_edits=False)
        self.changed.emit()

    # -- corrective actions ---------------------------------------------------------------------

    @property
    def _owners(self) -> tuple[OwnerOption, ...]:
        if not self.can_edit:
            return ()
        if self._owner_cache is None:
            try:
                self._owner_cache = self.workspace.incidents.assignable_owners(self.session)
            except (ServiceError, StorageError):
                self._owner_cache = ()
        return self._owner_cache

    def _fill_combos(self) -> None:
        combo = self.ui.ownerCombo
        current = combo.currentData()
        combo.clear()
        for role in CrisisRole:
            combo.addItem(crisis_role_name(role), f"role:{role.value}")
        for owner in self._owners:
            combo.addItem(owner.display_name or owner.username, f"user:{owner.user_id}")
        if current is not None:
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
        status = self.ui.statusCombo
        current_status = status.currentData()
        status.clear()
        for value in ActionStatus:
            status.addItem(action_status_name(value), value.value)
        if current_status is not None:
            status.setCurrentIndex(max(status.findData(current_status), 0))

    def selected_action(self) -> CorrectiveActionView | None:
        rows = self.ui.actionsTable.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.rows()):
            return None
        return self.model.row_at(rows[0].row())

    def select_action(self, action_id: int) -> None:
        for row, action in enumerate(self.model.rows()):
            if action.id == action_id:
                self.ui.actionsTable.selectRow(row)
                return

    def _selection_changed(self) -> None:
        action = self.selected_action()
        if action is not None and self.can_edit:
            self.ui.actionTitleEdit.setText(action.title or "")
            owner = f"role:{action.owner_role.value}" if action.owner_role else f"user:{action.owner_user_id}"
            index = self.ui.ownerCombo.findData(owner)
            if index >= 0:
                self.ui.ownerCombo.setCurrentIndex(index)
            self.ui.dueDateEdit.setDate(QDate(action.due_on.year, action.due_on.month, action.due_on.day))
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(action.status.value))
        self._update_buttons()

    def _update_buttons(self) -> None:
        action = self.selected_action()
        has_incident = self._incident is not None
        self.ui.saveReviewButton.setEnabled(has_incident)
        self.ui.addActionButton.setEnabled(has_incident)
        self.ui.updateActionButton.setEnabled(action is not None)
        self.ui.markDoneButton.setEnabled(action is not None and action.is_open)

    def _action_values(self) -> dict[str, object]:
        kind, _, value = str(self.ui.ownerCombo.currentData() or "").partition(":")
        due = self.ui.dueDateEdit.date()
        return {
            "title": self.ui.actionTitleEdit.text(),
            "due_on": date(due.year(), due.month(), due.day()),
            "owner_role": value if kind == "role" else None,
            "owner_user_id": int(value) if kind == "user" else None,
            "status": self.ui.statusCombo.currentData() or ActionStatus.OPEN.value,
        }

    def add_action(self) -> None:
        if self._incident is None or not self.can_edit:
            return
        incident_id = self._incident.id
        self._act(
            lambda: self.workspace.reviews.add_action(self.session, incident_id, **self._action_values())
        )

    def update_action(self) -> None:
        action = self.selected_action()
        if action is None or not self.can_edit:
            return
        self._act(
            lambda: self.workspace.reviews.update_action(self.session, action.id, **self._action_values())
        )

    def mark_done(self) -> None:
        action = self.selected_action()
        if action is None or not self.can_edit:
            return
        self._act(
            lambda: self.workspace.reviews.set_action_status(self.session, action.id, ActionStatus.DONE)
        )

    def _act(self, call: object) -> None:
        try:
            saved = call()  # type: ignore[operator]
        except IncidentInputInvalid as error:
            self._show_message(problems_text(error), error=True)
            return
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        self._show_message(self.tr("Corrective action saved."))
        if self._incident is not None:
            self._show_review(self.workspace.reviews.get(self.session, self._incident.id), keep_edits=True)
            self.select_action(saved.id)
        self.changed.emit()

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.messageLabel.setVisible(bool(text))
