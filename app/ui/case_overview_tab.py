"""The overview tab: the facts, the grade, the response clocks, the escalation ladder and the status.

What needs a decision sits on the right (status with its next moves, the clocks, who is called
next); the recorded facts on the left. The clocks and ladder are recomputed every 30 seconds while
the tab is on screen, so "due in 3 min" turns into "overdue by 1 min" in red without a reload.

A de-identified viewer (hr_manager) receives ``None`` for every free-text fact from the service;
the tab shows "withheld" there and offers no edits or moves, which the service would refuse anyway.
Since the People tab is hidden from that role, the overview shows the people linked to the case as
counts by involvement (``PeopleService.people_count``), the only person data the role receives.

"Change grade…" re-grades from new answers (``app.ui.grade_dialog``) and every change is listed
under the grade; "Change owner…" hands the case to another counsellor or administrator.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.domain.clocks import Clock, ClockState
from app.domain.escalation import default_ladder
from app.domain.incidents import Impact, ImpactLevel, format_money
from app.domain.lifecycle import Status, allowed_targets, reason_required
from app.domain.roles import Operation
from app.services.errors import ServiceError, StorageError
from app.services.incidents import GradeChangeView, IncidentView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.account_names import account_name, account_names
from app.ui.case_tabs import CaseTab
from app.ui.forms.ui_case_overview_tab import Ui_CaseOverviewTab
from app.ui.incident_labels import (
    OVERDUE_COLOUR,
    RUNNING_COLOUR,
    clock_state_name,
    crisis_role_name,
    duration_text,
    grade_name,
    local_time_text,
    status_name,
    time_left_colour,
    time_left_text,
)
from app.ui.person_labels import involvement_name

REFRESH_MS = 30_000
ERROR_STYLE = "QLabel { color: #c62828; }"
WITHHELD_STYLE = "QLabel { color: palette(placeholder-text); font-style: italic; }"

_IMPACT_AREAS = {
    "operations": QT_TRANSLATE_NOOP("OverviewTab", "Operations"),
    "finance": QT_TRANSLATE_NOOP("OverviewTab", "Finance"),
    "reputation": QT_TRANSLATE_NOOP("OverviewTab", "Reputation"),
    "people": QT_TRANSLATE_NOOP("OverviewTab", "People"),
}
_IMPACT_LEVEL_NAMES = {
    ImpactLevel.NONE: QT_TRANSLATE_NOOP("OverviewTab", "none"),
    ImpactLevel.MINOR: QT_TRANSLATE_NOOP("OverviewTab", "minor"),
    ImpactLevel.MODERATE: QT_TRANSLATE_NOOP("OverviewTab", "moderate"),
    ImpactLevel.SERIOUS: QT_TRANSLATE_NOOP("OverviewTab", "serious"),
    ImpactLevel.SEVERE: QT_TRANSLATE_NOOP("OverviewTab", "severe"),
}
IMPACT_LEVELS: tuple[ImpactLevel, ...] = tuple(ImpactLevel)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewTab", text)


def impact_level_name(level: ImpactLevel) -> str:
    return _tr(_IMPACT_LEVEL_NAMES[ImpactLevel(level)])


def clock_text(clock: Clock, now: datetime) -> str:
    """ "Due 2026-12-02 10:15 · due in 12 min", or once done "Due … · met (done 10:02)"."""
    due = QCoreApplication.translate("OverviewTab", "Due %1").replace("%1", local_time_text(clock.due_at))
    state = clock.state(now)
    if state in (ClockState.RUNNING, ClockState.OVERDUE):
        return f"{due} · {time_left_text(clock.due_at, now)}"
    done = local_time_text(clock.stopped_at)
    return f"{due} · {clock_state_name(state)} " + QCoreApplication.translate(
        "OverviewTab", "(done %1)"
    ).replace("%1", done)


def clock_colour_name(clock: Clock, now: datetime) -> str:
    state = clock.state(now)
    if state is ClockState.MET:
        return RUNNING_COLOUR.name()
    if state is ClockState.MISSED:
        return OVERDUE_COLOUR.name()
    return time_left_colour(clock.due_at, now).name()


class OverviewTab(CaseTab):
    key = "overview"

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(workspace, session, parent)
        self.ui = Ui_CaseOverviewTab()
        self.ui.setupUi(self)
        self._incident: IncidentView | None = None
        self._clocks: tuple[Clock, ...] = ()
        self._names: dict[int, str] | None = None
        self.can_update = workspace.policy.allows(session.role, Operation.INCIDENT_UPDATE)
        self.can_move = workspace.policy.allows(session.role, Operation.INCIDENT_TRANSITION)
        self.ui.editFactsButton.setVisible(self.can_update)
        self.ui.editFactsButton.clicked.connect(self.edit_facts)
        self.ui.changeGradeButton.setVisible(self.can_update)
        self.ui.changeGradeButton.clicked.connect(self.change_grade)
        self.ui.changeOwnerButton.setVisible(self.can_update)
        self.ui.changeOwnerButton.clicked.connect(self.change_owner)
        # Roles that do not see the People tab (hr_manager) get the counts here instead.
        policy = workspace.policy
        self.shows_people_count = policy.allows(session.role, Operation.PEOPLE_COUNT) and not policy.allows(
            session.role, Operation.PERSON_VIEW_CONFIDENTIAL
        )
        self.ui.peopleLinkedLabel.setVisible(self.shows_people_count)
        self.ui.peopleLinkedValue.setVisible(self.shows_people_count)
        self.transition_buttons: list[QPushButton] = []  # reused from case to case
        self.dialog: QWidget | None = None  # the reason or facts dialog while open
        self.ui.messageLabel.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_clocks)

    def title(self) -> str:
        return self.tr("&Overview")

    # -- filling ----------------------------------------------------------------------------------

    def show_incident(self, incident: IncidentView) -> None:
        if self._incident is None or self._incident.id != incident.id:
            self._show_message("")
        self._incident = incident
        try:
            self._clocks = self.workspace.incidents.clocks(self.session, incident.id)
        except (ServiceError, StorageError) as error:
            self._clocks = ()
            self._show_message(str(error), error=True)
        self._fill_facts(incident)
        self._fill_people_count(incident)
        self._fill_grade(incident)
        self._fill_status(incident)
        self.refresh_clocks()

    def clear(self) -> None:
        self._incident = None
        self._clocks = ()
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("Value"):
                label.clear()
        for button in self.transition_buttons:
            button.hide()
        self._show_message("")

    def retranslate(self) -> None:
        super().retranslate()
        if self._incident is not None:
            self.show_incident(self._incident)

    def _set(self, label: QLabel, value: str | None, *, empty: str = "—") -> None:
        """Show ``value``; ``None`` means the service withheld it from this viewer."""
        if value is None:
            label.setText(self.tr("withheld"))
            label.setStyleSheet(WITHHELD_STYLE)
        else:
            label.setText(value or empty)
            label.setStyleSheet("")

    def _fill_facts(self, incident: IncidentView) -> None:
        ui = self.ui
        self._set(ui.titleValue, incident.title)
        self._set(ui.reportedValue, local_time_text(incident.reported_at))
        self._set(ui.occurredValue, local_time_text(incident.occurred_at), empty=self.tr("not known"))
        self._set(ui.detectedValue, local_time_text(incident.detected_at), empty=self.tr("not known"))
        self._set(ui.placeValue, incident.place)
        self._set(
            ui.departmentsValue, None if incident.departments is None else ", ".join(incident.departments)
        )
        self._set(ui.peopleValue, str(incident.people_involved))
        self._set(ui.impactValue, self._impact_text(incident.impact))
        self._set(ui.lossValue, self._loss_text(incident.impact))
        self._set(ui.causeValue, incident.cause)
        self._set(ui.courseValue, incident.course_of_events)
        if incident.sources is None:
            self._set(ui.sourcesValue, None)
        else:
            lines = [
                ("✔ " if source.verified else "? ")
                + source.description
                + ("" if source.verified else " " + self.tr("(not verified)"))
                for source in incident.sources
            ]
            verified = sum(1 for source in incident.sources if source.verified)
            if lines:
                lines.append(
                    self.tr("%1 of %2 verified")
                    .replace("%1", str(verified))
                    .replace("%2", str(len(incident.sources)))
                )
            self._set(ui.sourcesValue, "\n".join(lines), empty=self.tr("none recorded"))

    def _names_of_accounts(self) -> dict[int, str]:
        if self._names is None:
            names = account_names(self.workspace, self.session)
            if self.can_update:  # the accounts a case can be given to are named to those who give it
                try:
                    owners = self.workspace.incidents.assignable_owners(self.session)
                except (ServiceError, StorageError):
                    owners = ()
                for owner in owners:
                    names.setdefault(owner.user_id, owner.display_name or owner.username)
            self._names = names
        return self._names

    def _fill_people_count(self, incident: IncidentView) -> None:
        if not self.shows_people_count:
            return
        try:
            count = self.workspace.people.people_count(self.session, incident.id)
        except (ServiceError, StorageError) as error:
            self._set(self.ui.peopleLinkedValue, "")
            self._show_message(str(error), error=True)
            return
        text = self.tr("%n in all", "", count.total)
        parts = [
            f"{involvement_name(involvement)} {number}"
            for involvement, number in count.by_involvement.items()
            if number
        ]
        if parts:
            text += ": " + ", ".join(parts)
        self._set(self.ui.peopleLinkedValue, text)

    def _impact_text(self, impact: Impact) -> str:
        parts = [
            f"{_tr(name)}: {impact_level_name(getattr(impact, area))}" for area, name in _IMPACT_AREAS.items()
        ]
        return " · ".join(parts)

    def _loss_text(self, impact: Impact) -> str:
        def money(cents: int | None) -> str:
            return self.tr("not assessed") if cents is None else format_money(cents)

        return (
            self.tr("direct %1 · indirect %2")
            .replace("%1", money(impact.direct_loss))
            .replace("%2", money(impact.indirect_loss))
        )

    def _fill_grade(self, incident: IncidentView) -> None:
        self._set(self.ui.gradeValue, grade_name(incident.grade))
        self._set(self.ui.suggestedValue, grade_name(incident.suggested_grade))
        if incident.grade == incident.suggested_grade and incident.grade_override_reason is None:
            self._set(self.ui.overrideValue, self.tr("no override: the suggested grade applies"))
        else:
            self._set(self.ui.overrideValue, incident.grade_override_reason)
        changes = sorted(incident.grade_changes, key=lambda c: c.at, reverse=True)
        if changes:
            self._set(
                self.ui.gradeHistoryValue, "\n".join(self._grade_change_text(c, incident) for c in changes)
            )
        else:
            self._set(self.ui.gradeHistoryValue, self.tr("unchanged since it was reported"))

    def _grade_change_text(self, change: GradeChangeView, incident: IncidentView) -> str:
        text = (
            self.tr("%1 → %2 at %3 by %4 (suggested %5)")
            .replace("%1", change.from_grade.value)
            .replace("%2", change.to_grade.value)
            .replace("%3", local_time_text(change.at))
            .replace("%4", account_name(self._names_of_accounts(), change.user_id))
            .replace("%5", change.suggested_grade.value)
        )
        if change.reason:
            text += "\n    " + self.tr("Reason: %1").replace("%1", change.reason)
        elif incident.deidentified and change.to_grade != change.suggested_grade:
            text += "\n    " + self.tr("Reason: withheld")
        return text

    def _fill_status(self, incident: IncidentView) -> None:
        self._set(self.ui.statusValue, status_name(incident.status))
        self._set(
            self.ui.ownerValue,
            self.tr("nobody yet")
            if incident.owner_user_id is None
            else account_name(self._names_of_accounts(), incident.owner_user_id),
        )
        if incident.status_changes:
            change = max(incident.status_changes, key=lambda c: c.at)
            self._names_of_accounts()
            text = (
                self.tr("%1 → %2 at %3 by %4")
                .replace("%1", status_name(change.from_status))
                .replace("%2", status_name(change.to_status))
                .replace("%3", local_time_text(change.at))
                .replace("%4", account_name(self._names, change.user_id))
            )
            if change.reason:
                text += "\n" + self.tr("Reason: %1").replace("%1", change.reason)
            self._set(self.ui.historyValue, text)
        else:
            self._set(
                self.ui.historyValue,
                self.tr("reported %1").replace("%1", local_time_text(incident.reported_at)),
            )
        targets = allowed_targets(incident.status) if self.can_move else ()
        while len(self.transition_buttons) < len(targets):
            button = QPushButton(self)
            button.clicked.connect(self._transition_clicked)
            # before "Edit facts…", in the order the lifecycle offers the moves
            self.ui.actionsLayout.insertWidget(len(self.transition_buttons), button)
            self.transition_buttons.append(button)
        for index, button in enumerate(self.transition_buttons):
            if index < len(targets):
                target = targets[index]
                needs_reason = reason_required(incident.status, target)
                text = self.tr("Move to %1").replace("%1", status_name(target))
                button.setText(text + ("…" if needs_reason else ""))
                button.setAccessibleName(text)
                button.setProperty("target", target.value)
                button.show()
            else:
                button.hide()

    def refresh_clocks(self) -> None:
        """Recompute time left on the clocks and the ladder (the 30-second timer calls this)."""
        incident = self._incident
        if incident is None:
            return
        now = datetime.now(UTC)
        values = {"acknowledge": self.ui.acknowledgeValue, "start_response": self.ui.responseValue}
        for clock in self._clocks:
            label = values.get(clock.kind.value)
            if label is None:
                continue
            if clock.stopped_at is None and incident.status.is_closed:
                # A dismissed report needs no response: the clock no longer runs.
                label.setText(
                    self.tr("Due %1 · not needed: the incident is closed").replace(
                        "%1", local_time_text(clock.due_at)
                    )
                )
                label.setStyleSheet(WITHHELD_STYLE)
                label.setProperty("clockState", "closed")
                continue
            label.setText(clock_text(clock, now))
            label.setStyleSheet(f"QLabel {{ color: {clock_colour_name(clock, now)}; }}")
            label.setProperty("clockState", clock.state(now).value)
        self.ui.ladderValue.setText(self._ladder_text(incident, now))

    def _ladder_text(self, incident: IncidentView, now: datetime) -> str:
        ladder = default_ladder(incident.grade.value)
        lines = []
        for number, (step, offset, due_at) in enumerate(
            zip(ladder.steps, ladder.offsets(), ladder.due_times(incident.reported_at), strict=True), start=1
        ):
            after = self.tr("at once") if offset == timedelta(0) else "+" + duration_text(offset)
            line = f"{number}. {crisis_role_name(step.role)} — {local_time_text(due_at)} ({after})"
            if incident.acknowledged_at is None and not incident.status.is_closed:
                if due_at <= now:
                    line += " · " + self.tr("reached %1 ago").replace("%1", duration_text(now - due_at))
                else:
                    line += " · " + time_left_text(due_at, now)
            lines.append(line)
        if incident.acknowledged_at is not None:
            lines.append(
                self.tr("Escalation stopped: acknowledged %1").replace(
                    "%1", local_time_text(incident.acknowledged_at)
                )
            )
        return "\n".join(lines)

    # -- actions ------------------------------------------------------------------------------------

    def _transition_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton) and button.property("target"):
            self.move_to(Status(button.property("target")))

    def move_to(self, target: Status) -> None:
        """Move the incident; a move that needs a reason asks for it first."""
        incident = self._incident
        if incident is None or not self.can_move:
            return
        if reason_required(incident.status, target):
            from app.ui.transition_dialog import TransitionReasonDialog  # noqa: PLC0415 - rarely needed

            dialog = TransitionReasonDialog.start(self, self.workspace, self.session, incident, target)
            dialog.moved.connect(self._moved)
            dialog.finished.connect(self._dialog_closed)
            self.dialog = dialog
            return
        try:
            self.workspace.incidents.transition(self.session, incident.id, target)
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        self._moved(None)

    def _moved(self, _incident: object) -> None:
        self._show_message("")
        self.changed.emit()

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def edit_facts(self) -> None:
        incident = self._incident
        if incident is None or not self.can_update or incident.deidentified:
            return
        from app.ui.facts_editor import FactsEditor  # noqa: PLC0415 - rarely needed

        dialog = FactsEditor.start(self, self.workspace, self.session, incident)
        dialog.saved.connect(self._moved)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog

    def change_grade(self) -> None:
        incident = self._incident
        if incident is None or not self.can_update:
            return
        from app.ui.grade_dialog import GradeDialog  # noqa: PLC0415 - rarely needed

        dialog = GradeDialog.start(self, self.workspace, self.session, incident)
        dialog.regraded.connect(self._moved)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog

    def change_owner(self) -> None:
        incident = self._incident
        if incident is None or not self.can_update:
            return
        from app.ui.owner_dialog import OwnerDialog  # noqa: PLC0415 - rarely needed

        try:
            dialog = OwnerDialog.start(self, self.workspace, self.session, incident)
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        dialog.reassigned.connect(self._moved)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog

    # -- visibility and messages -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_clocks()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.messageLabel.setVisible(bool(text))
