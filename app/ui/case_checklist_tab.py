"""The checklist tab: the response plan copied onto the incident, step by step, with due times.

The checklist is created by the service when the incident first moves to "responding"; before that
the tab says so instead of showing an empty table. Time left is recomputed every 30 seconds while
the tab is on screen, so an open step turns orange and then red without a reload.

"Add step…" adds a step on the fly (after the plan's steps). Its title is case content, so a
de-identified viewer receives it withheld (``ChecklistItemView.withheld``) and the tab says so.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from app.domain.crisis_roles import CrisisRole
from app.domain.roles import Operation
from app.domain.simplified_step_titles import chinese_step_title
from app.services.errors import ServiceError, StorageError
from app.services.incidents import ChecklistItemView, IncidentView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.account_names import account_name, account_names
from app.ui.cached_table_model import CachedTableModel
from app.ui.case_tabs import CaseTab
from app.ui.checklist_step_dialog import ChecklistStepDialog
from app.ui.forms.ui_case_checklist_tab import Ui_CaseChecklistTab
from app.ui.incident_labels import crisis_role_name, local_time_text, time_left_colour, time_left_text
from app.ui.list_table_model import Index
from app.ui.preferences import LANGUAGE
from app.ui.translation import resolve_language

ORDER, STEP, ROLE, DUE, LEFT, DONE = range(6)
REFRESH_MS = 30_000
ERROR_STYLE = "QLabel { color: #c62828; }"


class ChecklistModel(CachedTableModel[ChecklistItemView]):
    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}
        self.chinese = False
        self.simplified = False
        self.now = datetime.now(UTC)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("#"),
            self.tr("Step"),
            self.tr("Responsible"),
            self.tr("Due"),
            self.tr("Time left"),
            self.tr("Done"),
        )

    def cell(self, item: ChecklistItemView, column: int) -> object:
        if column == ORDER:
            return item.order
        if column == STEP:
            if item.withheld:
                return self.tr("(withheld)")
            if self.chinese and item.title_zh:
                return chinese_step_title(item.title_zh, simplified=self.simplified)
            return item.title_en
        if column == ROLE:
            try:
                return crisis_role_name(item.role)
            except ValueError:
                return item.role
        if column == DUE:
            return local_time_text(item.due_at)
        if column == LEFT:
            return "" if item.done_at is not None else time_left_text(item.due_at, self.now)
        if item.done_at is None:
            return ""
        return (
            self.tr("%1 by %2")
            .replace("%1", local_time_text(item.done_at))
            .replace("%2", account_name(self.names, item.done_by))
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == LEFT and item.done_at is None:
            return time_left_colour(item.due_at, self.now)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == STEP:
            if item.withheld:
                return self.tr("A step added on the fly: its text is withheld from you.")
            if item.title_en == item.title_zh:
                return item.title_en  # a step added on the fly has one title
            return f"{item.title_en}\n{chinese_step_title(item.title_zh, simplified=self.simplified)}"
        if role == Qt.ItemDataRole.FontRole and index.column() == STEP and item.withheld:
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)

    def refresh_times(self, now: datetime) -> None:
        self.now = now
        self.forget_column(LEFT)
        if self._rows:
            self.dataChanged.emit(self.index(0, LEFT), self.index(len(self._rows) - 1, LEFT))


class ChecklistTab(CaseTab):
    key = "checklist"

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(workspace, session, parent)
        self.ui = Ui_CaseChecklistTab()
        self.ui.setupUi(self)
        self._incident: IncidentView | None = None
        self.model = ChecklistModel(self)
        self.ui.checklistTable.setModel(self.model)
        self._size_columns()
        self.ui.checklistTable.horizontalHeader().sectionResized.connect(self._step_resized)
        self.can_complete = workspace.policy.allows(session.role, Operation.INCIDENT_UPDATE)
        self.ui.markDoneButton.setVisible(self.can_complete)
        self.ui.addStepButton.setVisible(self.can_complete)  # the same permission (INCIDENT_UPDATE)
        self.ui.addStepButton.clicked.connect(self.add_step)
        self.dialog: ChecklistStepDialog | None = None  # the "Add step" dialog while open
        self._select_after: int | None = None
        self.ui.messageLabel.hide()
        self.ui.markDoneButton.clicked.connect(self.mark_done)
        self.ui.checklistTable.selectionModel().selectionChanged.connect(self._update_button)
        self.ui.checklistTable.doubleClicked.connect(lambda _index: self.mark_done())
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_times)

    def title(self) -> str:
        return self.tr("C&hecklist")

    def show_incident(self, incident: IncidentView) -> None:
        if self._incident is None or self._incident.id != incident.id:
            self._show_message("")
        selected = self.selected_item()
        self._incident = incident
        if not self.model.names:
            self.model.names = account_names(self.workspace, self.session)
        language = resolve_language(LANGUAGE.get())
        self.model.chinese = language.startswith("zh")
        self.model.simplified = language == "zh_CN"
        self.model.now = datetime.now(UTC)
        items = sorted(incident.checklist, key=lambda item: (item.order, item.id))
        self.model.set_rows(items)
        self.ui.checklistTable.resizeRowsToContents()
        done = sum(1 for item in items if item.done_at is not None)
        self.ui.progressLabel.setText(
            self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(len(items)))
        )
        self.ui.progressBar.setMaximum(max(1, len(items)))
        self.ui.progressBar.setValue(done)
        has_items = bool(items)
        self.ui.emptyLabel.setVisible(not has_items)
        self.ui.checklistTable.setVisible(has_items)
        self.ui.progressLabel.setVisible(has_items)
        self.ui.progressBar.setVisible(has_items)
        if self._select_after is not None:
            self.select_item(self._select_after)
            self._select_after = None
        elif selected is not None:
            self.select_item(selected.id)
        elif has_items:
            self._select_first_open()
        self._update_button()

    def clear(self) -> None:
        self._incident = None
        self.model.set_rows([])
        self._show_message("")

    def retranslate(self) -> None:
        super().retranslate()
        self._size_columns()
        if self._incident is not None:
            self.show_incident(self._incident)

    # -- selection and marking ------------------------------------------------------------------

    def selected_item(self) -> ChecklistItemView | None:
        rows = self.ui.checklistTable.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.rows()):
            return None
        return self.model.row_at(rows[0].row())

    def select_item(self, item_id: int) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.id == item_id:
                self.ui.checklistTable.selectRow(row)
                return

    def _select_first_open(self) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.done_at is None:
                self.ui.checklistTable.selectRow(row)
                return

    def _update_button(self) -> None:
        item = self.selected_item()
        self.ui.markDoneButton.setEnabled(item is not None and item.done_at is None)

    def mark_done(self) -> None:
        item = self.selected_item()
        if self._incident is None or item is None or item.done_at is not None or not self.can_complete:
            return
        try:
            self.workspace.incidents.complete_checklist_step(self.session, self._incident.id, item.id)
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        self._show_message("")
        self.changed.emit()
        self._select_first_open()

    def add_step(self) -> ChecklistStepDialog | None:
        if self._incident is None or not self.can_complete:
            return None
        dialog = ChecklistStepDialog.start(self, self.workspace, self.session, self._incident.id)
        dialog.added.connect(self._step_added)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        return dialog

    def _step_added(self, item: ChecklistItemView) -> None:
        self._select_after = item.id
        self._show_message("")
        self.changed.emit()  # the detail reads the incident again and refills this tab

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def refresh_times(self) -> None:
        self.model.refresh_times(datetime.now(UTC))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_times()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def _step_resized(self, section: int, _old: int, _new: int) -> None:
        if section == STEP and self.isVisible():
            self.ui.checklistTable.resizeRowsToContents()

    def _size_columns(self) -> None:
        """Fixed widths from the font: measuring every cell (ResizeToContents) made opening a case slow."""
        table = self.ui.checklistTable
        metrics = table.fontMetrics()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STEP, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        padding = 4 * metrics.averageCharWidth()
        roles = max(metrics.horizontalAdvance(crisis_role_name(role)) for role in CrisisRole)
        widths = {
            ORDER: metrics.horizontalAdvance("88") + padding,
            ROLE: roles + padding,
            DUE: metrics.horizontalAdvance("2026-12-31 23:59") + padding,
            LEFT: metrics.horizontalAdvance(
                time_left_text(self.model.now, self.model.now - timedelta(days=29, hours=23))
            )
            + padding,
            DONE: metrics.horizontalAdvance("2026-12-31 23:59") + 10 * metrics.averageCharWidth() + padding,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        # Steps are sentences: wrapped, rows fitted to them (a checklist has a score of rows at most).
        table.setWordWrap(True)
        table.verticalHeader().setDefaultSectionSize(metrics.height() + metrics.height() // 2)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.messageLabel.setVisible(bool(text))
