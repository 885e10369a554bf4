"""The drill editor: plan a drill (or a recurring series), move it through its statuses, rate it, record
its findings and corrective actions, and open the run-drill stopwatch.

Details, objectives, participants, key roles and linked risks are kept in the form until Save, which
builds one ``DrillInput`` and hands it to ``DrillService.create`` / ``update`` / ``create_series``:
the domain validates the whole drill at once, and a refusal keeps the dialog open with the fields
marked and the problems listed, nothing written. Status moves, ratings, findings and corrective
actions are written at once through their own service calls (each audited on its own), because they
are facts about what happened, not part of a plan being edited.

Participants keep their stamped notification and acknowledgement times across a Save (the editor
does not show them as editable: the run-drill screen stamps them). A surprise drill may be planned
only by roles with ``DRILL_PLAN_SURPRISE``; the choice is not offered to others. Roles without
``DRILL_MANAGE`` get a read-only editor; a de-identified view (hr_manager) shows a neutral
placeholder where the service withholds a label, a finding or an action title.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain.case_review import ActionStatus
from app.domain.crisis_roles import CrisisRole
from app.domain.drills import (
    DrillInput,
    DrillStatus,
    DrillType,
    FindingArea,
    FindingSeverity,
    Objective,
    ObjectiveResult,
    Participant,
)
from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory, IncidentInvalid
from app.domain.recurrence import Frequency, RecurrenceRule
from app.domain.roles import Operation
from app.domain.text_input import Problem
from app.services.drill_views import DrillView
from app.services.errors import InvalidInput, ServiceError, StorageError
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.drill_labels import (
    action_status_name,
    drill_status_name,
    drill_type_name,
    finding_area_name,
    finding_severity_name,
    objective_result_name,
)
from app.ui.forms.ui_drill_editor import Ui_DrillEditor
from app.ui.incident_labels import category_name, crisis_role_name, grade_name, local_time_text
from app.ui.participant_times_dialog import ParticipantTimesDialog
from app.ui.run_drill_dialog import RunDrillDialog
from app.ui.system_zone import system_zone

ERROR_STYLE = "QLabel { color: #c62828; }"
OK_STYLE = "QLabel { color: #2e7d32; }"
LABEL_ERROR_STYLE = "color: #c62828;"
TABS = ("details", "objectives", "participants", "findings", "links")

FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("DrillEditor", "Title"),
    "drill_type": QT_TRANSLATE_NOOP("DrillEditor", "Type"),
    "scenario": QT_TRANSLATE_NOOP("DrillEditor", "Scenario"),
    "scenario_category": QT_TRANSLATE_NOOP("DrillEditor", "Scenario category"),
    "scenario_grade": QT_TRANSLATE_NOOP("DrillEditor", "Scenario grade"),
    "planned_start": QT_TRANSLATE_NOOP("DrillEditor", "Planned start"),
    "planned_duration": QT_TRANSLATE_NOOP("DrillEditor", "Duration"),
    "objectives": QT_TRANSLATE_NOOP("DrillEditor", "Objectives"),
    "participants": QT_TRANSLATE_NOOP("DrillEditor", "Participants"),
    "key_roles": QT_TRANSLATE_NOOP("DrillEditor", "Key roles"),
    "risk_ids": QT_TRANSLATE_NOOP("DrillEditor", "Linked risks"),
    "status": QT_TRANSLATE_NOOP("DrillEditor", "Status"),
    "text": QT_TRANSLATE_NOOP("DrillEditor", "Finding"),
    "severity": QT_TRANSLATE_NOOP("DrillEditor", "Severity"),
    "area": QT_TRANSLATE_NOOP("DrillEditor", "Area"),
    "due_on": QT_TRANSLATE_NOOP("DrillEditor", "Due date"),
    "owner": QT_TRANSLATE_NOOP("DrillEditor", "Owner"),
    "owner_role": QT_TRANSLATE_NOOP("DrillEditor", "Owner"),
    "frequency": QT_TRANSLATE_NOOP("DrillEditor", "Repeat"),
    "count": QT_TRANSLATE_NOOP("DrillEditor", "Repeat"),
}


# A corrective action's own "title" is the action, not the drill's title.
ACTION_FIELD_NAMES = {"title": QT_TRANSLATE_NOOP("DrillEditor", "Action")}


def problems_text(problems: tuple[Problem, ...], names: dict[str, str] | None = None) -> str:
    """One line per problem, the field named as the form names it ("Duration: must be longer than zero")."""
    lines = []
    for problem in problems:
        base = problem.field.split("[", 1)[0].split(".", 1)[0]
        name = (names or {}).get(base) or FIELD_NAMES.get(base)
        shown = QCoreApplication.translate("DrillEditor", name) if name else problem.field
        if base != problem.field and "[" in problem.field:
            index = problem.field.split("[", 1)[1].split("]", 1)[0]
            if index.isdigit():
                shown = f"{shown} {int(index) + 1}"
        lines.append(f"{shown}: {problem.message}")
    return "\n".join(lines)


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class DrillEditor(QDialog):
    """Edit one drill (``drill_id``) or plan a new one; see the module docstring."""

    drillChanged = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        drill_id: int | None = None,
        *,
        planned_start: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DrillEditor()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.drill_id = drill_id
        self.saved_drill_id: int | None = None
        self.changed = False
        self.view: DrillView | None = None
        self._marked: list[QLabel] = []
        policy = workspace.policy
        self.can_manage = policy.allows(session.role, Operation.DRILL_MANAGE)
        self.can_run = policy.allows(session.role, Operation.DRILL_RUN)
        self.can_plan_surprise = policy.allows(session.role, Operation.DRILL_PLAN_SURPRISE)
        self._setup_widgets()
        self._connect()
        if drill_id is not None:
            self.reload()
        else:
            start = planned_start or (datetime.now(UTC) + timedelta(days=1)).replace(
                minute=0, second=0, microsecond=0
            )
            self.ui.plannedStartEdit.setDateTime(QDateTime(start.astimezone().replace(tzinfo=None)))
            self.ui.durationSpin.setValue(60)
            self.setWindowTitle(self.tr("New drill"))
            self.ui.headerLabel.setText(self.tr("New drill: it gets its code when saved."))
        self._apply_access()

    # -- set-up -----------------------------------------------------------------------------------

    def _setup_widgets(self) -> None:
        ui = self.ui
        for drill_type in DrillType:
            if drill_type is DrillType.SURPRISE and not self.can_plan_surprise:
                continue
            ui.typeCombo.addItem(drill_type_name(drill_type), drill_type.value)
        ui.categoryCombo.addItem(self.tr("(none)"), None)
        for category in IncidentCategory:
            ui.categoryCombo.addItem(category_name(category), category.value)
        ui.gradeCombo.addItem(self.tr("(none: no target)"), None)
        for grade in Grade:
            ui.gradeCombo.addItem(grade_name(grade), grade.value)
        ui.durationSpin.setSuffix(self.tr(" min"))
        ui.recurrenceCombo.addItem(self.tr("Once"), None)
        ui.recurrenceCombo.addItem(self.tr("Weekly"), Frequency.WEEKLY.value)
        ui.recurrenceCombo.addItem(self.tr("Monthly"), Frequency.MONTHLY.value)
        ui.recurrenceCombo.addItem(self.tr("Quarterly"), Frequency.QUARTERLY.value)
        ui.recurrenceCombo.addItem(self.tr("Yearly"), Frequency.YEARLY.value)
        for table, headers in (
            (ui.objectivesTable, [self.tr("Objective"), self.tr("Result")]),
            (
                ui.participantsTable,
                [
                    self.tr("Crisis role"),
                    self.tr("Department"),
                    self.tr("Label"),
                    self.tr("Notified"),
                    self.tr("Acknowledged"),
                ],
            ),
            (ui.findingsTable, [self.tr("Severity"), self.tr("Area"), self.tr("Status"), self.tr("Finding")]),
            (
                ui.actionsTable,
                [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status"), self.tr("Finding")],
            ),
        ):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.objectivesTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.objectivesTable.horizontalHeader().setStretchLastSection(False)
        for table in (ui.findingsTable, ui.actionsTable):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for role in CrisisRole:
            item = QListWidgetItem(crisis_role_name(role))
            item.setData(Qt.ItemDataRole.UserRole, role.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.keyRolesList.addItem(item)
        for severity in FindingSeverity:
            ui.findingSeverityCombo.addItem(finding_severity_name(severity), severity.value)
        _select(ui.findingSeverityCombo, FindingSeverity.MEDIUM.value)
        for area in FindingArea:
            ui.findingAreaCombo.addItem(finding_area_name(area), area.value)
        for role in CrisisRole:
            ui.actionOwnerCombo.addItem(crisis_role_name(role), role.value)
        for status in ActionStatus:
            ui.actionStatusCombo.addItem(action_status_name(status), status.value)
        ui.actionDueEdit.setDate(QDate.currentDate().addDays(30))
        ui.messageLabel.hide()

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.addObjectiveButton.clicked.connect(lambda: self.add_objective(""))
        ui.removeObjectiveButton.clicked.connect(lambda: self._remove_row(ui.objectivesTable))
        ui.rateButton.clicked.connect(self.save_rating)
        ui.addParticipantButton.clicked.connect(lambda: self.add_participant(None, "", ""))
        ui.removeParticipantButton.clicked.connect(lambda: self._remove_row(ui.participantsTable))
        ui.correctTimesButton.clicked.connect(self._ask_times)
        ui.addFindingButton.clicked.connect(self.add_finding)
        ui.updateFindingButton.clicked.connect(self.update_finding)
        ui.findingsTable.itemSelectionChanged.connect(self._finding_selected)
        ui.addActionButton.clicked.connect(self.add_action)
        ui.updateActionButton.clicked.connect(self.update_action)
        ui.actionsTable.itemSelectionChanged.connect(self._action_selected)
        ui.actionDoneButton.clicked.connect(self.mark_action_done)
        ui.startButton.clicked.connect(lambda: self.move_to(DrillStatus.IN_PROGRESS))
        ui.endButton.clicked.connect(lambda: self.move_to(DrillStatus.DONE))
        ui.cancelDrillButton.clicked.connect(lambda: self._ask_reason(DrillStatus.CANCELLED))
        ui.resumeButton.clicked.connect(lambda: self._ask_reason(DrillStatus.IN_PROGRESS))
        ui.runButton.clicked.connect(self.run_drill)
        ui.recurrenceCombo.currentIndexChanged.connect(self._update_recurrence)
        self._update_recurrence()

    def _update_recurrence(self) -> None:
        repeating = self.ui.recurrenceCombo.currentData() is not None
        self.ui.countSpin.setEnabled(repeating and self.ui.recurrenceCombo.isEnabled())

    def _apply_access(self) -> None:
        ui = self.ui
        editable = self.can_manage and (self.view is None or self.view.status is not DrillStatus.CANCELLED)
        started = self.view is not None and self.view.actual_start is not None  # only then rated
        for widget in (
            ui.titleEdit,
            ui.typeCombo,
            ui.categoryCombo,
            ui.gradeCombo,
            ui.plannedStartEdit,
            ui.durationSpin,
            ui.keyRolesList,
            ui.risksEdit,
            ui.addObjectiveButton,
            ui.removeObjectiveButton,
            ui.addParticipantButton,
            ui.removeParticipantButton,
        ):
            widget.setEnabled(editable)
        ui.correctTimesButton.setEnabled(editable and started)
        ui.scenarioEdit.setReadOnly(not editable)
        for table in (ui.objectivesTable, ui.participantsTable):
            table.setEditTriggers(
                QAbstractItemView.EditTrigger.AllEditTriggers
                if editable
                else QAbstractItemView.EditTrigger.NoEditTriggers
            )
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    cell = table.cellWidget(row, column)
                    if cell is not None:
                        rating = table is ui.objectivesTable and column == 1
                        cell.setEnabled(editable and (started or not rating))
        new = self.view is None
        ui.recurrenceCombo.setEnabled(new and editable)
        ui.recurrenceLabel.setVisible(new)
        ui.recurrenceCombo.setVisible(new)
        ui.countSpin.setVisible(new)
        ui.countLabel.setVisible(new)
        ui.actualLabel.setVisible(not new)
        ui.actualValue.setVisible(not new)
        ui.statusHistoryLabel.setVisible(not new)
        ui.statusHistoryValue.setVisible(not new)
        self._update_recurrence()
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setVisible(editable)
        ui.rateButton.setEnabled(self.can_manage and started)
        can_record = self.can_manage and started
        for widget in (
            ui.findingSeverityCombo,
            ui.findingAreaCombo,
            ui.findingTextEdit,
            ui.addFindingButton,
        ):
            widget.setEnabled(can_record)
        ui.updateFindingButton.setEnabled(can_record and bool(ui.findingsTable.selectedItems()))
        has_drill = self.view is not None
        for widget in (
            ui.actionTitleEdit,
            ui.actionOwnerCombo,
            ui.actionDueEdit,
            ui.actionStatusCombo,
            ui.addActionButton,
            ui.actionDoneButton,
        ):
            widget.setEnabled(self.can_manage and has_drill)
        ui.updateActionButton.setEnabled(self.can_manage and self.selected_action_id() is not None)
        targets = self.view.allowed_targets if self.view is not None else ()
        status = self.view.status if self.view is not None else None
        ui.startButton.setVisible(status is DrillStatus.PLANNED)
        ui.endButton.setVisible(status is DrillStatus.IN_PROGRESS)
        ui.resumeButton.setVisible(status is DrillStatus.DONE)
        ui.cancelDrillButton.setVisible(DrillStatus.CANCELLED in targets)
        for button in (ui.startButton, ui.endButton, ui.resumeButton, ui.cancelDrillButton):
            button.setEnabled(self.can_run)
        ui.runButton.setVisible(status in (DrillStatus.PLANNED, DrillStatus.IN_PROGRESS, DrillStatus.DONE))
        ui.runButton.setEnabled(self.can_run or status is DrillStatus.DONE)

    # -- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the drill from the service and show it (after every write)."""
        assert self.drill_id is not None
        view = self.workspace.drills.get(self.session, self.drill_id)
        self.view = view
        ui = self.ui
        self.setWindowTitle(self.tr("Drill %1").replace("%1", view.code))
        ui.headerLabel.setText(
            f"{view.code} · {drill_type_name(view.drill_type)} · {drill_status_name(view.status)}"
        )
        ui.titleEdit.setText(view.title)
        if ui.typeCombo.findData(view.drill_type.value) < 0:
            ui.typeCombo.addItem(drill_type_name(view.drill_type), view.drill_type.value)
        _select(ui.typeCombo, view.drill_type.value)
        _select(ui.categoryCombo, view.scenario_category.value if view.scenario_category else None)
        _select(ui.gradeCombo, view.scenario_grade.value if view.scenario_grade else None)
        ui.scenarioEdit.setPlainText(view.scenario)
        ui.plannedStartEdit.setDateTime(QDateTime(view.planned_start.astimezone().replace(tzinfo=None)))
        ui.durationSpin.setValue(int(view.planned_duration.total_seconds() // 60))
        held = local_time_text(view.actual_start) or self.tr("not started")
        if view.actual_end is not None:
            held += " – " + local_time_text(view.actual_end)
        ui.actualValue.setText(held)
        changes = [
            f"{local_time_text(c.at)}: {drill_status_name(c.from_status)} → {drill_status_name(c.to_status)}"
            + (f" ({c.reason})" if c.reason else "")
            for c in view.status_changes
        ]
        ui.statusHistoryValue.setText("\n".join(changes) or self.tr("none"))
        ui.objectivesTable.setRowCount(0)
        for objective in view.objectives:
            self.add_objective(objective.text, objective.result)
        ui.participantsTable.setRowCount(0)
        for person in view.participants:
            self.add_participant(
                person.role,
                person.department,
                person.label,
                times=(person.notified_at, person.acknowledged_at),
            )
        for index in range(ui.keyRolesList.count()):
            item = ui.keyRolesList.item(index)
            checked = item.data(Qt.ItemDataRole.UserRole) in {r.value for r in view.key_roles}
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        ui.risksEdit.setText(", ".join(r.code for r in view.risks))
        ui.risksValue.setText(
            self.tr("%1 linked risk(s)").replace("%1", str(len(view.risks))) if view.risks else ""
        )
        self._show_rating()
        self._fill_findings()
        self._apply_access()

    def _show_rating(self) -> None:
        assert self.view is not None
        rating = self.view.rating
        if rating.rated == 0:
            self.ui.ratingLabel.setText(self.tr("Not rated yet."))
            return
        overall = objective_result_name(rating.overall) if rating.overall else ""
        self.ui.ratingLabel.setText(
            self.tr("Overall: %1 (%2%); met %3, partly met %4, not met %5, unrated %6")
            .replace("%1", overall)
            .replace("%2", str(rating.score_percent))
            .replace("%3", str(rating.met))
            .replace("%4", str(rating.partly_met))
            .replace("%5", str(rating.not_met))
            .replace("%6", str(rating.unrated))
        )

    def _fill_findings(self) -> None:
        assert self.view is not None
        view = self.view
        withheld = self.tr("(withheld)")
        table = self.ui.findingsTable
        table.setRowCount(len(view.findings))
        numbers = {}
        for row, finding in enumerate(view.findings):
            numbers[finding.id] = row + 1
            status = self.tr("Open") if finding.status.value == "open" else self.tr("Closed")
            texts = [
                finding_severity_name(finding.severity),
                finding_area_name(finding.area),
                status,
                finding.text if finding.text is not None else withheld,
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, finding.id)
                table.setItem(row, column, item)
        table = self.ui.actionsTable
        table.setRowCount(len(view.actions))
        for row, action in enumerate(view.actions):
            texts = [
                action.title if action.title is not None else withheld,
                crisis_role_name(action.owner_role) if action.owner_role else "",
                action.due_on.isoformat(),
                action_status_name(action.status),
                self.tr("Finding %1").replace("%1", str(numbers[action.finding_id]))
                if action.finding_id in numbers
                else "",
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, action.id)
                table.setItem(row, column, item)

    # -- rows -------------------------------------------------------------------------------------

    def add_objective(self, text: str, result: ObjectiveResult | None = None) -> None:
        table = self.ui.objectivesTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(text))
        combo = QComboBox(table)
        combo.addItem(self.tr("(not rated)"), None)
        for value in ObjectiveResult:
            combo.addItem(objective_result_name(value), value.value)
        _select(combo, result.value if result is not None else None)
        table.setCellWidget(row, 1, combo)
        started = self.view is not None and self.view.actual_start is not None
        combo.setEnabled(self.can_manage and started)
        if not text:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))

    def add_participant(
        self,
        role: CrisisRole | None,
        department: str,
        label: str | None,
        *,
        times: tuple[datetime | None, datetime | None] = (None, None),
    ) -> None:
        table = self.ui.participantsTable
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox(table)
        combo.addItem(self.tr("(no crisis role)"), None)
        for value in CrisisRole:
            combo.addItem(crisis_role_name(value), value.value)
        _select(combo, role.value if role is not None else None)
        table.setCellWidget(row, 0, combo)
        first = QTableWidgetItem(department)
        first.setData(Qt.ItemDataRole.UserRole, times)
        table.setItem(row, 1, first)
        shown = label if label is not None else self.tr("(withheld)")
        table.setItem(row, 2, QTableWidgetItem(shown))
        self._show_times(row, times)

    def _show_times(self, row: int, times: tuple[datetime | None, datetime | None]) -> None:
        """Times are shown, never typed in the cell: they change only through "Correct times…"."""
        table = self.ui.participantsTable
        for column, value in ((3, times[0]), (4, times[1])):
            item = QTableWidgetItem(local_time_text(value) if value is not None else "—")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, item)

    def correct_times(self, row: int, times: tuple[datetime | None, datetime | None]) -> None:
        """Put corrected times on a participant's row; Save writes them with the drill."""
        item = self.ui.participantsTable.item(row, 1)
        if item is None:
            return
        item.setData(Qt.ItemDataRole.UserRole, times)
        self._show_times(row, times)
        self.show_message(self.tr("Times corrected. Save the drill to keep them."))

    def _ask_times(self) -> None:
        table = self.ui.participantsTable
        row = table.currentRow()
        item = table.item(row, 1)
        if row < 0 or item is None:
            self.show_message(self.tr("Select a participant first."), error=True)
            return
        times = item.data(Qt.ItemDataRole.UserRole)
        combo = table.cellWidget(row, 0)
        role = combo.currentText() if isinstance(combo, QComboBox) else ""
        who = " · ".join(t for t in (role, self._cell(table, row, 1)) if t) or self.tr("this participant")
        earliest = self.view.actual_start if self.view is not None else None
        dialog = ParticipantTimesDialog(
            who, times if isinstance(times, tuple) else (None, None), earliest=earliest, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_times is not None:
            self.correct_times(row, dialog.result_times)

    @staticmethod
    def _remove_row(table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)

    # -- reading the form -------------------------------------------------------------------------

    @staticmethod
    def _cell(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text() if item is not None else ""

    def objectives(self) -> tuple[Objective, ...]:
        table = self.ui.objectivesTable
        result: list[Objective] = []
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, 1)
            value = combo.currentData() if isinstance(combo, QComboBox) else None
            result.append(Objective(self._cell(table, row, 0), value))
        return tuple(result)

    def participants(self) -> tuple[Participant, ...]:
        table = self.ui.participantsTable
        result: list[Participant] = []
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, 0)
            role = combo.currentData() if isinstance(combo, QComboBox) else None
            item = table.item(row, 1)
            times = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            notified, acknowledged = times if isinstance(times, tuple) else (None, None)
            result.append(
                Participant(
                    role=role,
                    department=self._cell(table, row, 1),
                    name=self._cell(table, row, 2),
                    notified_at=notified,
                    acknowledged_at=acknowledged,
                )
            )
        return tuple(result)

    def key_roles(self) -> tuple[str, ...]:
        roles = []
        for index in range(self.ui.keyRolesList.count()):
            item = self.ui.keyRolesList.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                roles.append(item.data(Qt.ItemDataRole.UserRole))
        return tuple(roles)

    def planned_start(self) -> datetime:
        naive = self.ui.plannedStartEdit.dateTime().toPython()
        return naive.astimezone().astimezone(UTC)

    def risk_ids(self) -> tuple[int, ...]:
        """The typed risk codes as ids; an unknown code is a problem for the field."""
        codes = [
            c.strip().upper() for c in self.ui.risksEdit.text().replace(";", ",").split(",") if c.strip()
        ]
        if not codes:
            return ()
        known = {r.code.upper(): r.id for r in self.workspace.risks.list_risks(self.session)}
        unknown = [c for c in codes if c not in known]
        if unknown:
            raise IncidentInvalid(
                [Problem("risk_ids", self.tr("no risk with the code %1").replace("%1", ", ".join(unknown)))]
            )
        return tuple(dict.fromkeys(known[c] for c in codes))

    def entered(self) -> DrillInput:
        """The form as a ``DrillInput`` (raises ``IncidentInvalid`` subclasses listing the problems)."""
        ui = self.ui
        view = self.view
        risk_ids = self.risk_ids()
        return DrillInput(
            title=ui.titleEdit.text(),
            drill_type=ui.typeCombo.currentData() or "",
            planned_start=self.planned_start(),
            planned_duration=timedelta(minutes=ui.durationSpin.value()),
            status=view.status if view is not None else DrillStatus.PLANNED,
            scenario=ui.scenarioEdit.toPlainText(),
            scenario_category=ui.categoryCombo.currentData(),
            scenario_grade=ui.gradeCombo.currentData(),
            objectives=self.objectives(),
            participants=self.participants(),
            key_roles=self.key_roles(),
            actual_start=view.actual_start if view is not None else None,
            actual_end=view.actual_end if view is not None else None,
            risk_ids=risk_ids,
        )

    def rule(self, start: datetime) -> RecurrenceRule | None:
        """The recurrence chosen for a new drill, anchored on its planned start; None for once."""
        frequency = self.ui.recurrenceCombo.currentData()
        if frequency is None:
            return None
        zone = system_zone()
        local = start.astimezone(ZoneInfo(zone))
        kind = Frequency(frequency)
        return RecurrenceRule(
            frequency=kind,
            local_time=local.time().replace(second=0, microsecond=0, tzinfo=None),
            zone=zone,
            month_day=None if kind is Frequency.WEEKLY else local.day,
            month=local.month if kind is Frequency.YEARLY else None,
            quarter_month=(local.month - 1) % 3 + 1 if kind is Frequency.QUARTERLY else None,
            count=self.ui.countSpin.value(),
        )

    # -- messages ---------------------------------------------------------------------------------

    def show_problems(
        self, problems: tuple[Problem, ...], prefix: str | None = None, names: dict[str, str] | None = None
    ) -> None:
        """Mark the fields' labels and list every problem; nothing was written."""
        ui = self.ui
        self._clear_marks()
        # Findings and actions have their own field names: only the drill's own problems mark its labels.
        labels = (
            {}
            if prefix is not None
            else {
                "title": ui.titleLabel,
                "drill_type": ui.typeLabel,
                "scenario_category": ui.categoryLabel,
                "scenario_grade": ui.gradeLabel,
                "scenario": ui.scenarioLabel,
                "planned_start": ui.plannedStartLabel,
                "planned_duration": ui.durationLabel,
                "key_roles": ui.keyRolesLabel,
                "risk_ids": ui.risksLabel,
                "frequency": ui.recurrenceLabel,
                "count": ui.recurrenceLabel,
            }
        )
        for problem in problems:
            label = labels.get(problem.field.split("[", 1)[0])
            if label is not None:
                label.setStyleSheet(LABEL_ERROR_STYLE)
                label.setToolTip(problem.message)
                self._marked.append(label)
        head = prefix or self.tr("Not saved. Please correct:")
        self.show_message(head + "\n" + problems_text(problems, names), error=True)

    def _clear_marks(self) -> None:
        for label in self._marked:
            label.setStyleSheet("")
            label.setToolTip("")
        self._marked.clear()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.ui.messageLabel.show()

    def _write(
        self, action: Callable[[], object], prefix: str | None = None, names: dict[str, str] | None = None
    ) -> object | None:
        """Run one service write; on refusal show why and return None (nothing was written)."""
        try:
            return action()
        except IncidentInvalid as error:
            self.show_problems(tuple(error.problems), prefix, names)
        except InvalidInput as error:
            problems = getattr(error, "problems", None)
            if problems:
                self.show_problems(tuple(problems), prefix, names)
            else:
                self.show_message(str(error), error=True)
        except (ServiceError, StorageError) as error:
            self.show_message(str(error), error=True)
        return None

    def _written(self, drill_id: int) -> None:
        self._clear_marks()
        self.ui.messageLabel.hide()
        self.changed = True
        self.saved_drill_id = drill_id
        self.drillChanged.emit(drill_id)

    # -- saving -----------------------------------------------------------------------------------

    def save_details(self) -> bool:
        """Write the plan (create, series or update); False with the problems shown when refused."""
        drills = self.workspace.drills

        def write() -> int:
            data = self.entered()
            if self.drill_id is not None:
                return drills.update(self.session, self.drill_id, data).id
            rule = self.rule(data.planned_start)
            if rule is None:
                return drills.create(self.session, data).id
            created = drills.create_series(self.session, data, rule)
            if not created.drills:
                raise InvalidInput(self.tr("The rule gives no drill within the next year."))
            return created.drills[0].id

        written = self._write(write)
        if written is None:
            return False
        assert isinstance(written, int)
        self.drill_id = written
        self._written(written)
        return True

    def save(self) -> None:
        if not self.can_manage:
            return
        if self.save_details():
            super().accept()

    def save_rating(self) -> None:
        """Save the plan if it changed, then record each objective's result through ``rate``."""
        if self.drill_id is None or not self.save_details():
            return
        results = [o.result for o in self.objectives()]
        if self._write(lambda: self.workspace.drills.rate(self.session, self.drill_id, results)) is None:
            return
        self._written(self.drill_id)
        self.reload()
        self.show_message(self.tr("Rating saved."))

    # -- status moves -----------------------------------------------------------------------------

    def move_to(self, target: DrillStatus, reason: str | None = None) -> bool:
        """Start, end, cancel or resume the drill (a reason where the move needs one)."""
        if self.drill_id is None:
            return False
        drill_id = self.drill_id
        done = self._write(
            lambda: self.workspace.drills.transition(self.session, drill_id, target, reason=reason),
            self.tr("The status was not changed:"),
        )
        if done is None:
            return False
        self._written(drill_id)
        self.reload()
        self.show_message(self.tr("The drill is now %1.").replace("%1", drill_status_name(target)))
        if target is DrillStatus.DONE:
            self.show_tab("findings")
        return True

    def _ask_reason(self, target: DrillStatus) -> None:
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Reason"),
            self.tr("Why is the drill moved to %1?").replace("%1", drill_status_name(target)),
        )
        if ok:
            self.move_to(target, reason)

    def run_drill(self) -> None:
        """Open the stopwatch; when it ends the drill, continue with findings entry."""
        if self.drill_id is None:
            return
        dialog = RunDrillDialog(self.workspace, self.session, self.drill_id, self)
        dialog.exec()
        if dialog.changed:
            self._written(self.drill_id)
        self.reload()
        if dialog.wants_findings:
            self.show_tab("findings")

    # -- findings and actions ---------------------------------------------------------------------

    def selected_finding_id(self) -> int | None:
        item = self.ui.findingsTable.item(self.ui.findingsTable.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def add_finding(self) -> bool:
        if self.drill_id is None:
            return False
        ui = self.ui
        drill_id = self.drill_id
        written = self._write(
            lambda: self.workspace.drills.add_finding(
                self.session,
                drill_id,
                severity=ui.findingSeverityCombo.currentData(),
                area=ui.findingAreaCombo.currentData(),
                text=ui.findingTextEdit.text(),
            ),
            self.tr("The finding was not recorded:"),
        )
        if written is None:
            return False
        ui.findingTextEdit.clear()
        self._written(drill_id)
        self.reload()
        self.ui.findingsTable.selectRow(self.ui.findingsTable.rowCount() - 1)
        self.show_message(self.tr("Finding recorded."))
        return True

    def add_action(self) -> bool:
        if self.drill_id is None:
            return False
        ui = self.ui
        drill_id = self.drill_id
        due: date = ui.actionDueEdit.date().toPython()
        finding_id = self.selected_finding_id()
        written = self._write(
            lambda: self.workspace.drills.add_action(
                self.session,
                drill_id,
                title=ui.actionTitleEdit.text(),
                due_on=due,
                owner_role=ui.actionOwnerCombo.currentData(),
                status=ui.actionStatusCombo.currentData(),
                finding_id=finding_id,
            ),
            self.tr("The corrective action was not recorded:"),
            ACTION_FIELD_NAMES,
        )
        if written is None:
            return False
        ui.actionTitleEdit.clear()
        self._written(drill_id)
        self.reload()
        self.show_message(self.tr("Corrective action recorded."))
        return True

    def selected_action_id(self) -> int | None:
        table = self.ui.actionsTable
        item = table.item(table.currentRow(), 0) if table.selectedItems() else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _finding_selected(self) -> None:
        """Load the selected finding into the entry fields, ready to be corrected and updated."""
        finding_id = self.selected_finding_id()
        finding = next((f for f in self.view.findings if f.id == finding_id), None) if self.view else None
        if finding is not None and finding.text is not None:
            _select(self.ui.findingSeverityCombo, finding.severity.value)
            _select(self.ui.findingAreaCombo, finding.area.value)
            self.ui.findingTextEdit.setText(finding.text)
        self._apply_access()

    def _action_selected(self) -> None:
        action_id = self.selected_action_id()
        action = next((a for a in self.view.actions if a.id == action_id), None) if self.view else None
        if action is not None and action.title is not None:
            ui = self.ui
            ui.actionTitleEdit.setText(action.title)
            _select(ui.actionOwnerCombo, action.owner_role.value if action.owner_role else None)
            ui.actionDueEdit.setDate(QDate(action.due_on.year, action.due_on.month, action.due_on.day))
            _select(ui.actionStatusCombo, action.status.value)
        self._apply_access()

    def update_finding(self) -> bool:
        finding_id = self.selected_finding_id()
        if finding_id is None or self.drill_id is None:
            return False
        ui = self.ui
        drill_id = self.drill_id
        written = self._write(
            lambda: self.workspace.drills.update_finding(
                self.session,
                finding_id,
                severity=ui.findingSeverityCombo.currentData(),
                area=ui.findingAreaCombo.currentData(),
                text=ui.findingTextEdit.text(),
            ),
            self.tr("The finding was not changed:"),
        )
        if written is None:
            return False
        row = self.ui.findingsTable.currentRow()
        self._written(drill_id)
        self.reload()
        self.ui.findingsTable.selectRow(row)
        self.show_message(self.tr("Finding updated."))
        return True

    def update_action(self) -> bool:
        action_id = self.selected_action_id()
        action = next((a for a in self.view.actions if a.id == action_id), None) if self.view else None
        if action is None or self.drill_id is None:
            return False
        ui = self.ui
        drill_id = self.drill_id
        due: date = ui.actionDueEdit.date().toPython()
        written = self._write(
            lambda: self.workspace.drills.update_action(
                self.session,
                action.id,
                title=ui.actionTitleEdit.text(),
                due_on=due,
                owner_role=ui.actionOwnerCombo.currentData(),
                owner_user_id=action.owner_user_id,
                status=ui.actionStatusCombo.currentData(),
                finding_id=action.finding_id,
            ),
            self.tr("The corrective action was not changed:"),
            ACTION_FIELD_NAMES,
        )
        if written is None:
            return False
        row = self.ui.actionsTable.currentRow()
        self._written(drill_id)
        self.reload()
        self.ui.actionsTable.selectRow(row)
        self.show_message(self.tr("Corrective action updated."))
        return True

    def mark_action_done(self) -> None:
        action_id = self.selected_action_id()
        if action_id is None or self.drill_id is None:
            return
        if (
            self._write(
                lambda: self.workspace.drills.set_action_status(self.session, action_id, ActionStatus.DONE)
            )
            is None
        ):
            return
        self._written(self.drill_id)
        self.reload()

    # -- tabs -------------------------------------------------------------------------------------

    def show_tab(self, name: str) -> None:
        """Switch to "details", "objectives", "participants", "findings" or "links"."""
        if name in TABS:
            self.ui.tabWidget.setCurrentIndex(TABS.index(name))


def open_drill(
    workspace: Workspace, session: Session, drill_id: int, parent: QWidget, *, tab: str = "details"
) -> bool:
    """Open ``drill_id`` in a modal editor on ``tab``; True when anything about the drill was written."""
    editor = DrillEditor(workspace, session, drill_id, parent=parent)
    editor.show_tab(tab)
    editor.exec()
    return editor.changed


__all__ = ["DrillEditor", "open_drill", "problems_text"]
