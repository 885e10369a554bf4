"""The notifications tab: the escalation ladder for the grade, the notifications log, breach clocks.

The ladder shows each step's due time, time left and state, coloured like the case clocks, and is
recomputed every minute while the tab is open, so "due" appears without reloading. Recording a
notification or an acknowledgement writes to the log; the app itself never calls or sends.

For a privacy leak or a cyber-security event the breach-clock panel lets the team add a rule set
(GDPR-style, NIS2-style), record the start events and every notice sent; a late notice asks for
the reason for the delay in the same panel. hr_manager sees roles, channels, times and clock
states only: the service withholds names, notes, recipients and reasons, and the entry controls
are hidden.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QHeaderView, QWidget

from app.domain.breach_clocks import Audience, CustomRuleInput, StartEvent
from app.domain.clocks import ClockState
from app.domain.communication_templates import Channel
from app.domain.crisis_roles import CrisisRole
from app.domain.escalation import StepState, StepStatus
from app.domain.roles import Operation
from app.services.breach_clocks import (
    BREACH_CATEGORIES,
    BreachClockView,
    BreachStatus,
    LateReasonMissing,
    built_in_rule_sets,
)
from app.services.errors import ServiceError, StorageError
from app.services.incidents import IncidentView
from app.services.notifications import EscalationView, NotificationInput, NotificationView
from app.services.record_input import RecordInputInvalid
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_tabs import CaseTab
from app.ui.forms.ui_case_notifications_tab import Ui_CaseNotificationsTab
from app.ui.incident_labels import (
    OVERDUE_COLOUR,
    RUNNING_COLOUR,
    SOON_COLOUR,
    clock_state_name,
    crisis_role_name,
    duration_text,
    local_time_text,
    time_left_colour,
    time_left_text,
)
from app.ui.list_table_model import Index, ListTableModel

ERROR_STYLE = "QLabel { color: #c62828; }"
REFRESH_MS = 60_000
MUTED_COLOUR = QColor("#757575")
CONTEXT = "CaseNotificationsTab"
CUSTOM = "custom"

_STEP_STATES = {
    StepState.PENDING: QT_TRANSLATE_NOOP("CaseNotificationsTab", "pending"),
    StepState.DUE: QT_TRANSLATE_NOOP("CaseNotificationsTab", "due: notify now"),
    StepState.NOTIFIED: QT_TRANSLATE_NOOP("CaseNotificationsTab", "notified, waiting"),
    StepState.ACKNOWLEDGED: QT_TRANSLATE_NOOP("CaseNotificationsTab", "acknowledged"),
    StepState.NOT_NEEDED: QT_TRANSLATE_NOOP("CaseNotificationsTab", "not needed"),
}
_CHANNELS = {
    Channel.PHONE: QT_TRANSLATE_NOOP("CaseNotificationsTab", "Phone"),
    Channel.SMS: QT_TRANSLATE_NOOP("CaseNotificationsTab", "SMS"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("CaseNotificationsTab", "E-mail"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("CaseNotificationsTab", "In person"),
    Channel.MESSAGING_APP: QT_TRANSLATE_NOOP("CaseNotificationsTab", "Messaging app"),
    Channel.OTHER: QT_TRANSLATE_NOOP("CaseNotificationsTab", "Other"),
}
_EVENTS = {
    StartEvent.AWARENESS: QT_TRANSLATE_NOOP("CaseNotificationsTab", "Became aware"),
    StartEvent.DETECTION: QT_TRANSLATE_NOOP("CaseNotificationsTab", "Detected"),
    StartEvent.CONFIRMATION: QT_TRANSLATE_NOOP("CaseNotificationsTab", "Confirmed"),
    StartEvent.NOTICE_SENT: QT_TRANSLATE_NOOP("CaseNotificationsTab", "Previous notice sent"),
}
_AUDIENCES = {
    Audience.REGULATOR: QT_TRANSLATE_NOOP("CaseNotificationsTab", "Regulator"),
    Audience.CSIRT: QT_TRANSLATE_NOOP("CaseNotificationsTab", "CSIRT / authority"),
    Audience.AFFECTED_EMPLOYEES: QT_TRANSLATE_NOOP("CaseNotificationsTab", "Affected employees"),
    Audience.MANAGEMENT: QT_TRANSLATE_NOOP("CaseNotificationsTab", "Management"),
    Audience.OTHER: QT_TRANSLATE_NOOP("CaseNotificationsTab", "Other"),
}
_RULE_SETS = {
    "gdpr": QT_TRANSLATE_NOOP("CaseNotificationsTab", "GDPR-style (regulator 72 h, employees)"),
    "nis2": QT_TRANSLATE_NOOP("CaseNotificationsTab", "NIS2-style (24 h, 72 h, one month)"),
}


def _now() -> datetime:
    return datetime.now(UTC)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def step_state_name(state: StepState) -> str:
    return _tr(_STEP_STATES[state])


def channel_name(channel: Channel | str) -> str:
    return _tr(_CHANNELS[Channel(channel)])


def start_event_name(event: StartEvent) -> str:
    return _tr(_EVENTS[event])


def audience_name(audience: Audience) -> str:
    return _tr(_AUDIENCES[audience])


def withheld_text() -> str:
    return QCoreApplication.translate("CaseNotificationsTab", "withheld")


def _local_edit_time(edit: QDateTimeEdit) -> datetime:
    """The edit's wall-clock time as an aware datetime in the workstation's zone."""
    return edit.dateTime().toPython().astimezone()


def _set_now(edit: QDateTimeEdit) -> None:
    edit.setDateTime(QDateTime.currentDateTime())


# -- table models --------------------------------------------------------------------------------

STEP, ROLE, DUE, LEFT, STATE, NOTIFIED, ACKED = range(7)


class LadderModel(ListTableModel[StepStatus]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = _now()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Step"),
            self.tr("Role"),
            self.tr("Due"),
            self.tr("Time left"),
            self.tr("State"),
            self.tr("Notified"),
            self.tr("Acknowledged"),
        )

    def cell(self, item: StepStatus, column: int) -> object:
        if column == STEP:
            return str(item.index + 1)
        if column == ROLE:
            return crisis_role_name(item.role)
        if column == DUE:
            return local_time_text(item.due_at)
        if column == LEFT:
            if item.state in (StepState.PENDING, StepState.DUE):
                return time_left_text(item.due_at, self.now)
            return ""
        if column == STATE:
            return step_state_name(item.state)
        if column == NOTIFIED:
            return local_time_text(item.notified_at)
        return local_time_text(item.acknowledged_at)

    def colour(self, item: StepStatus) -> QColor:
        if item.state is StepState.DUE:
            return OVERDUE_COLOUR
        if item.state is StepState.NOTIFIED:
            return SOON_COLOUR
        if item.state is StepState.ACKNOWLEDGED:
            return RUNNING_COLOUR
        if item.state is StepState.NOT_NEEDED:
            return MUTED_COLOUR
        return time_left_colour(item.due_at, self.now)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() in (LEFT, STATE):
            return self.colour(self.row_at(index.row()))
        return super().data(index, role)


L_TIME, L_ROLE, L_WHO, L_CHANNEL, L_ACK, L_NOTE = range(6)


class LogModel(ListTableModel[NotificationView]):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Notified at"),
            self.tr("Role"),
            self.tr("Who"),
            self.tr("Channel"),
            self.tr("Acknowledged"),
            self.tr("Note"),
        )

    def cell(self, item: NotificationView, column: int) -> object:
        if column == L_TIME:
            return local_time_text(item.notified_at)
        if column == L_ROLE:
            return crisis_role_name(item.role)
        if column == L_WHO:
            return withheld_text() if item.recipient is None else item.recipient
        if column == L_CHANNEL:
            return channel_name(item.channel)
        if column == L_ACK:
            return local_time_text(item.acknowledged_at) or self.tr("not yet")
        return withheld_text() if item.note is None else item.note


B_RULE, B_AUDIENCE, B_START, B_DUE, B_LEFT, B_STATE, B_SENT, B_REASON = range(8)


class BreachModel(ListTableModel[BreachClockView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = _now()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Notice"),
            self.tr("To"),
            self.tr("Counts from"),
            self.tr("Due"),
            self.tr("Time left"),
            self.tr("State"),
            self.tr("Sent"),
            self.tr("Reason for delay"),
        )

    def cell(self, item: BreachClockView, column: int) -> object:
        if column == B_RULE:
            return item.label if item.label is not None else item.rule_code
        if column == B_AUDIENCE:
            return _tr(_AUDIENCES[item.audience])
        if column == B_START:
            start = _tr(_EVENTS[item.start_event])
            return f"{start} + {duration_text(item.deadline)}"
        if column == B_DUE:
            return local_time_text(item.due_at) or self.tr("not started")
        if column == B_LEFT:
            if item.due_at is None:
                return ""
            if item.sent_at is None:
                return time_left_text(item.due_at, self.now)
            margin = item.time_left
            if margin is None:
                return ""
            if margin.total_seconds() < 0:
                return self.tr("sent %1 late").replace("%1", duration_text(margin))
            return self.tr("sent %1 early").replace("%1", duration_text(margin))
        if column == B_STATE:
            return clock_state_name(item.state)
        if column == B_SENT:
            sent = local_time_text(item.sent_at)
            if sent and item.recipient:
                return f"{sent} → {item.recipient}"
            return sent
        if item.deidentified and item.met is False:
            return withheld_text()
        return item.late_reason or ""

    def colour(self, item: BreachClockView) -> QColor | None:
        if item.state in (ClockState.OVERDUE, ClockState.MISSED):
            return OVERDUE_COLOUR
        if item.state is ClockState.MET:
            return RUNNING_COLOUR
        if item.state is ClockState.RUNNING and item.due_at is not None:
            return time_left_colour(item.due_at, self.now)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() in (B_LEFT, B_STATE):
            return self.colour(self.row_at(index.row()))
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == B_RULE:
            return self.row_at(index.row()).note
        return super().data(index, role)


# -- the tab -------------------------------------------------------------------------------------


class NotificationsTab(CaseTab):
    key = "notifications"

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(workspace, session, parent)
        self.ui = Ui_CaseNotificationsTab()
        self.ui.setupUi(self)
        self._incident: IncidentView | None = None
        self.escalation: EscalationView | None = None
        self.breach: BreachStatus | None = None
        self.custom_dialog: QDialog | None = None
        self.ladder_model = LadderModel(self)
        self.log_model = LogModel(self)
        self.breach_model = BreachModel(self)
        self.ui.ladderTable.setModel(self.ladder_model)
        self.ui.logTable.setModel(self.log_model)
        self.ui.breachTable.setModel(self.breach_model)
        for table in (self.ui.ladderTable, self.ui.logTable, self.ui.breachTable):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        policy = workspace.policy
        self.can_record = policy.allows(session.role, Operation.NOTIFICATION_RECORD)
        self.can_update_breach = policy.allows(session.role, Operation.BREACH_CLOCK_UPDATE)
        self.ui.recordGroup.setVisible(self.can_record)
        self.ui.acknowledgeButton.setVisible(self.can_record)
        for widget in (
            self.ui.ruleSetLabel,
            self.ui.ruleSetCombo,
            self.ui.addRuleSetButton,
            *self._clock_record_widgets(),
        ):
            widget.setVisible(self.can_update_breach)
        self._fill_choices()
        self.ui.messageLabel.hide()
        self.ui.breachGroup.hide()
        self.ui.recordButton.clicked.connect(self.record_notification)
        self.ui.acknowledgeButton.clicked.connect(self.acknowledge_selected)
        self.ui.addRuleSetButton.clicked.connect(self.add_rule_set)
        self.ui.recordEventButton.clicked.connect(self.record_event)
        self.ui.recordNoticeButton.clicked.connect(self.record_notice)
        self.ui.logTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.ladderTable.activated.connect(self.prepare_for_step)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh_clocks)
        self._update_buttons()

    def _clock_record_widgets(self) -> tuple[QWidget, ...]:
        """The inputs that record a breach event or notice: shown only where rules apply and the role may."""
        return (
            self.ui.eventLabel,
            self.ui.eventCombo,
            self.ui.eventTimeLabel,
            self.ui.eventTimeEdit,
            self.ui.recordEventButton,
            self.ui.noticeRuleLabel,
            self.ui.noticeRuleCombo,
            self.ui.noticeTimeLabel,
            self.ui.noticeTimeEdit,
            self.ui.noticeRecipientLabel,
            self.ui.noticeRecipientEdit,
            self.ui.lateReasonLabel,
            self.ui.lateReasonEdit,
            self.ui.recordNoticeButton,
        )

    def title(self) -> str:
        return self.tr("&Notifications")

    def _fill_choices(self) -> None:
        self.ui.roleCombo.clear()
        for role in CrisisRole:
            self.ui.roleCombo.addItem(crisis_role_name(role), role.value)
        self.ui.channelCombo.clear()
        for channel in Channel:
            self.ui.channelCombo.addItem(channel_name(channel), channel.value)
        self.ui.eventCombo.clear()
        for event in (StartEvent.AWARENESS, StartEvent.DETECTION, StartEvent.CONFIRMATION):
            self.ui.eventCombo.addItem(_tr(_EVENTS[event]), event.value)

    # -- CaseTab ---------------------------------------------------------------------------------

    def show_incident(self, incident: IncidentView) -> None:
        changed_case = self._incident is None or self._incident.id != incident.id
        self._incident = incident
        if changed_case:
            self._show_message("")
            for edit in (
                self.ui.recipientEdit,
                self.ui.noteEdit,
                self.ui.noticeRecipientEdit,
                self.ui.lateReasonEdit,
            ):
                edit.clear()
            for time_edit in (self.ui.notifiedAtEdit, self.ui.eventTimeEdit, self.ui.noticeTimeEdit):
                _set_now(time_edit)
        self.reload()
        self._timer.start()

    def clear(self) -> None:
        self._timer.stop()
        self._incident = None
        self.escalation = None
        self.breach = None
        self.ladder_model.set_rows([])
        self.log_model.set_rows([])
        self.breach_model.set_rows([])
        self.ui.ladderSummaryLabel.clear()
        self.ui.breachGroup.hide()
        self._show_message("")

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_choices()
        if self._incident is not None:
            self.reload()

    # -- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        if self._incident is None:
            return
        try:
            self.log_model.set_rows(list(self.workspace.notifications.log(self.session, self._incident.id)))
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            self.log_model.set_rows([])
        self.refresh_clocks()
        self._update_buttons()

    def refresh_clocks(self) -> None:
        """Recompute the ladder and the breach clocks as of now (called every minute too)."""
        if self._incident is None:
            return
        now = _now()
        self.ladder_model.now = now
        self.breach_model.now = now
        try:
            self.escalation = self.workspace.notifications.escalation(
                self.session, self._incident.id, now=now
            )
            self.breach = self.workspace.breach_clocks.status(self.session, self._incident.id, now=now)
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        self.ladder_model.set_rows(list(self.escalation.status.steps))
        self.ui.ladderSummaryLabel.setText(self._ladder_summary(self.escalation, now))
        self._show_breach(self.breach)

    def _ladder_summary(self, view: EscalationView, now: datetime) -> str:
        status = view.status
        if status.stopped:
            assert status.acknowledged_at is not None
            return self.tr("Acknowledged at %1: escalation stopped.").replace(
                "%1", local_time_text(status.acknowledged_at)
            )
        due = status.due_now
        if due:
            names = ", ".join(crisis_role_name(s.role) for s in due)
            return self.tr("Notify now: %1.").replace("%1", names)
        if status.next_step is not None:
            return (
                self.tr("Next: %1, %2.")
                .replace("%1", crisis_role_name(status.next_step.role))
                .replace("%2", time_left_text(status.next_step.due_at, now))
            )
        return self.tr("Every step has been notified; waiting for an acknowledgement.")

    def _show_breach(self, status: BreachStatus) -> None:
        assert self._incident is not None
        may_add = self.can_update_breach and self._incident.category in BREACH_CATEGORIES
        self.ui.breachGroup.setVisible(status.applicable or may_add)
        self.breach_model.set_rows(list(status.clocks))
        applied = {code for code, _name in status.rule_sets}
        self.ui.ruleSetCombo.clear()
        for rule_set in built_in_rule_sets():
            if rule_set.code not in applied:
                self.ui.ruleSetCombo.addItem(_tr(_RULE_SETS[rule_set.code]), rule_set.code)
        if CUSTOM not in applied:
            self.ui.ruleSetCombo.addItem(self.tr("Custom rules…"), CUSTOM)
        self.ui.addRuleSetButton.setEnabled(self.ui.ruleSetCombo.count() > 0)
        self.ui.noticeRuleCombo.clear()
        for clock in status.clocks:
            if clock.sent_at is None:
                self.ui.noticeRuleCombo.addItem(clock.label or clock.rule_code, clock.rule_code)
        has_rules = status.applicable and self.can_update_breach
        for widget in self._clock_record_widgets():
            widget.setVisible(has_rules)
        self.ui.breachTable.setVisible(status.applicable)
        self.ui.recordNoticeButton.setEnabled(self.ui.noticeRuleCombo.count() > 0)

    def _selected_notification(self) -> NotificationView | None:
        rows = self.ui.logTable.selectionModel().selectedRows()
        return self.log_model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        selected = self._selected_notification()
        self.ui.acknowledgeButton.setEnabled(selected is not None and selected.acknowledged_at is None)

    # -- actions ---------------------------------------------------------------------------------

    def prepare_for_step(self, index: Index) -> None:
        """Enter (or double-click) on a ladder step: the form is set for notifying that role now."""
        if not self.can_record or not index.isValid():
            return
        step = self.ladder_model.row_at(index.row())
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(step.role.value))
        _set_now(self.ui.notifiedAtEdit)
        self.ui.recipientEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def record_notification(self) -> None:
        if self._incident is None or not self.can_record:
            return
        entry = NotificationInput(
            role=self.ui.roleCombo.currentData(),
            channel=self.ui.channelCombo.currentData(),
            recipient=self.ui.recipientEdit.text(),
            notified_at=_local_edit_time(self.ui.notifiedAtEdit),
            note=self.ui.noteEdit.text(),
        )
        if not self._run(
            lambda: self.workspace.notifications.record(self.session, self._incident_id(), entry)
        ):
            return
        self.ui.recipientEdit.clear()
        self.ui.noteEdit.clear()
        self._show_message(self.tr("Notification recorded."))
        self.reload()
        self.changed.emit()

    def acknowledge_selected(self) -> None:
        selected = self._selected_notification()
        if self._incident is None or selected is None or not self.can_record:
            return
        if not self._run(
            lambda: self.workspace.notifications.acknowledge(self.session, self._incident_id(), selected.id)
        ):
            return
        self._show_message(self.tr("Acknowledgement recorded."))
        self.reload()
        self.changed.emit()

    def add_rule_set(self) -> None:
        code = self.ui.ruleSetCombo.currentData()
        if self._incident is None or not code:
            return
        if code == CUSTOM:
            self.open_custom_rules()
            return
        if self._run(
            lambda: self.workspace.breach_clocks.add_rule_set(self.session, self._incident_id(), code)
        ):
            self._show_message(self.tr("Rule set added."))
            self.refresh_clocks()

    def open_custom_rules(self) -> QDialog:
        """The custom-rules dialog, opened window-modal (``open``, not ``exec``)."""
        from app.ui.custom_rule_set_dialog import CustomRuleSetDialog  # noqa: PLC0415 - it imports us

        incident_id = self._incident_id()

        def submit(rules: list[CustomRuleInput], name: str) -> None:
            self.workspace.breach_clocks.add_rule_set(
                self.session, incident_id, CUSTOM, custom_rules=rules, custom_name=name
            )

        dialog = CustomRuleSetDialog(submit, self)
        dialog.accepted.connect(self._custom_rules_added)
        dialog.open()
        self.custom_dialog = dialog
        return dialog

    def _custom_rules_added(self) -> None:
        self._show_message(self.tr("Custom rule set added."))
        self.refresh_clocks()

    def record_event(self) -> None:
        if self._incident is None:
            return
        event = self.ui.eventCombo.currentData()
        at = _local_edit_time(self.ui.eventTimeEdit)
        if self._run(
            lambda: self.workspace.breach_clocks.record_event(self.session, self._incident_id(), event, at)
        ):
            self._show_message(self.tr("Start event recorded."))
            self.refresh_clocks()

    def record_notice(self) -> None:
        rule_code = self.ui.noticeRuleCombo.currentData()
        if self._incident is None or not rule_code:
            return
        sent_at = _local_edit_time(self.ui.noticeTimeEdit)
        recipient = self.ui.noticeRecipientEdit.text()
        reason = self.ui.lateReasonEdit.text()
        try:
            self.workspace.breach_clocks.record_notice(
                self.session, self._incident_id(), rule_code, sent_at, recipient=recipient, late_reason=reason
            )
        except LateReasonMissing as error:
            self._show_message(
                self.tr(
                    "This notice is late (it was due at %1). Give the reason for the delay, then record it."
                ).replace("%1", local_time_text(error.due_at)),
                error=True,
            )
            self.ui.lateReasonEdit.setFocus()
            return
        except RecordInputInvalid as error:
            self._show_message(self._problem_text(error), error=True)
            return
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        self.ui.noticeRecipientEdit.clear()
        self.ui.lateReasonEdit.clear()
        self._show_message(self.tr("Notice recorded as sent."))
        self.refresh_clocks()

    def _incident_id(self) -> int:
        assert self._incident is not None
        return self._incident.id

    def _run(self, call: object) -> bool:
        assert callable(call)
        try:
            call()
        except RecordInputInvalid as error:
            self._show_message(self._problem_text(error), error=True)
            return False
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return False
        return True

    def _problem_text(self, error: RecordInputInvalid) -> str:
        names = {
            "role": self.tr("The role"),
            "channel": self.tr("The channel"),
            "recipient": self.tr("Who"),
            "notified_at": self.tr("The time notified"),
            "acknowledged_at": self.tr("The acknowledgement"),
            "note": self.tr("The note"),
            "at": self.tr("The event time"),
            "sent_at": self.tr("The time sent"),
            "late_reason": self.tr("The reason for the delay"),
        }
        return "\n".join(f"{names.get(p.field, p.field)} {p.message}." for p in error.problems) or str(error)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.messageLabel.setVisible(bool(text))
