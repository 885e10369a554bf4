"""The cases page: filters and search over the case list, and the open case beside it.

A filter or search change asks the model to load in the background (count and first page on the
thread pool; the old rows stay until the answer comes, a stale answer is dropped), so typing in the
search box on a large database never freezes the window. The counsellor's common path is short:
Ctrl+F to search, the arrow keys to pick a case, Enter to open it, or Ctrl+T to open it with the
cursor in the timeline's "log an action" box.

The detail (``app.ui.case_detail.CaseDetail``) is imported when the page is built, which is itself
on demand, so the main window's start-up pays for none of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory
from app.domain.lifecycle import CLOSED, Status
from app.domain.roles import Operation
from app.services.incidents import IncidentQuery
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_list_model import (
    COL_CATEGORY,
    COL_CODE,
    COL_GRADE,
    COL_NEXT_DUE,
    COL_OWNER,
    COL_STATUS,
    COL_TITLE,
    COL_UPDATED,
    CaseListModel,
)
from app.ui.forms.ui_case_view import Ui_CaseView
from app.ui.incident_labels import category_name, grade_name, status_name
from app.ui.preferences import geometry_preference

if TYPE_CHECKING:
    from app.ui.case_detail import CaseDetail

SEARCH_DELAY_MS = 250  # long enough not to search on every keystroke, short enough to feel live
CLOCK_TICK_MS = 30_000  # the next-due column counts down while the list is open
OPEN_STATUSES = tuple(s for s in Status if s not in CLOSED)
_ALL = "all"
_OPEN = "open"
QUICK_ENTRY_SHORTCUT = "Ctrl+T"
SEARCH_SHORTCUT = "Ctrl+F"


class CaseView(QWidget):
    newIncidentRequested = Signal()
    incidentOpened = Signal(int)

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseView()
        self.ui.setupUi(self)
        self._workspace = workspace
        self._session = session
        policy = workspace.policy
        self._may_search = policy.allows(session.role, Operation.INCIDENT_VIEW_CONFIDENTIAL)
        self._may_log = policy.allows(session.role, Operation.INCIDENT_TIMELINE_ADD)
        self._select_after_load: int | None = None
        self.model = CaseListModel(workspace, session, self)
        table = self.ui.caseTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(self.model.sort_section(), Qt.SortOrder.DescendingOrder)
        for column, width in ((COL_CODE, 130), (COL_TITLE, 240), (COL_CATEGORY, 170), (COL_GRADE, 130)):
            header.resizeSection(column, width)
        for column, width in ((COL_STATUS, 110), (COL_NEXT_DUE, 150), (COL_OWNER, 110), (COL_UPDATED, 130)):
            header.resizeSection(column, width)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self.detail = self._build_detail()
        self.ui.detailLayout.addWidget(self.detail)
        # List above, case below: both get the full width (the list's eight columns and the overview's
        # two columns of facts and clocks are each cramped side by side on a 1366-pixel screen).
        self.ui.caseSplitter.setStretchFactor(0, 2)
        self.ui.caseSplitter.setStretchFactor(1, 3)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_TICK_MS)
        self._clock_timer.timeout.connect(self.model.tick)
        self._clock_timer.start()
        self._search_action = self._shortcut(SEARCH_SHORTCUT, self.focus_search)
        self._log_action = self._shortcut(QUICK_ENTRY_SHORTCUT, self.log_action_on_selected)
        self._fill_filters()
        self._apply_role()
        self._restore_state()
        self._connect()
        self.refresh()

    # -- construction -------------------------------------------------------------------------

    def _build_detail(self) -> QWidget:
        from app.ui.case_detail import CaseDetail  # noqa: PLC0415 - see the module docstring

        return CaseDetail(self._workspace, self._session)

    def _shortcut(self, keys: str, slot: object) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _connect(self) -> None:
        self.ui.caseTable.activated.connect(self._activated)
        self.ui.caseTable.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.ui.caseTable.horizontalHeader().sectionResized.connect(lambda *_: self._save_state())
        self.ui.caseSplitter.splitterMoved.connect(lambda *_: self._save_state())
        self.ui.statusCombo.activated.connect(self.refresh)
        self.ui.gradeCombo.activated.connect(self.refresh)
        self.ui.categoryCombo.activated.connect(self.refresh)
        self.ui.overdueCheck.toggled.connect(self.refresh)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.searchEdit.returnPressed.connect(self._search_now)
        self._search_timer.timeout.connect(self.refresh)
        self.ui.newButton.clicked.connect(self.newIncidentRequested)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.logButton.clicked.connect(self.log_action_on_selected)
        self.model.loadStarted.connect(self._load_started)
        self.model.loaded.connect(self._loaded)
        self.model.loadFailed.connect(self._load_failed)
        self.detail.incidentChanged.connect(self._incident_changed)

    def _apply_role(self) -> None:
        """What the service would refuse is disabled here too: search and title sort for hr_manager."""
        self.ui.searchEdit.setEnabled(self._may_search)
        self.ui.searchLabel.setEnabled(self._may_search)
        self.ui.logButton.setVisible(self._may_log)
        self._log_action.setEnabled(self._may_log)
        self.ui.newButton.setVisible(
            self._workspace.policy.allows(self._session.role, Operation.INCIDENT_CREATE)
        )
        self._set_role_texts()

    def _set_role_texts(self) -> None:
        if not self._may_search:
            self.ui.searchEdit.setToolTip(
                self.tr("Your role sees incidents de-identified, so searching their text is not available.")
            )

    def _fill_filters(self) -> None:
        statuses = [(_OPEN, self.tr("Open")), (_ALL, self.tr("All"))]
        statuses += [(s.value, status_name(s)) for s in Status]
        grades = [(_ALL, self.tr("All grades")), *((g.value, grade_name(g)) for g in Grade)]
        categories = [(_ALL, self.tr("All categories"))]
        categories += [(c.value, category_name(c)) for c in IncidentCategory]
        for combo, items in (
            (self.ui.statusCombo, statuses),
            (self.ui.gradeCombo, grades),
            (self.ui.categoryCombo, categories),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def retranslate_ui(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_filters()
        self._set_role_texts()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        retranslate = getattr(self.detail, "retranslate", None)
        if callable(retranslate):
            retranslate()
        self._update_status_text()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self._fill_filters()

    # -- the query ----------------------------------------------------------------------------

    def current_query(self) -> IncidentQuery:
        status = self.ui.statusCombo.currentData()
        statuses: tuple[Status, ...] = (
            () if status == _ALL else OPEN_STATUSES if status == _OPEN else (Status(status),)
        )
        grade = self.ui.gradeCombo.currentData()
        category = self.ui.categoryCombo.currentData()
        text = self.ui.searchEdit.text().strip() if self._may_search else ""
        current = self.model.query()
        return IncidentQuery(
            statuses=statuses,
            grades=() if grade in (None, _ALL) else (Grade(grade),),
            categories=() if category in (None, _ALL) else (IncidentCategory(category),),
            overdue=self.ui.overdueCheck.isChecked(),
            text=text or None,
            sort_column=current.sort_column,
            descending=current.descending,
        )

    def refresh(self, *_args: object) -> None:
        """Load the list for the filters as they are now, in the background."""
        self._search_timer.stop()
        if self._select_after_load is None:
            self._select_after_load = self.selected_incident_id()  # keep the row if it still matches
        self.model.load(self.current_query(), background=True)

    def _search_now(self) -> None:
        if self._search_timer.isActive():
            self.refresh()

    def reload(self, select_incident: int | None = None) -> None:
        """Fetch the list again (an incident changed or was created), keeping or choosing the selection."""
        self._select_after_load = select_incident or self.selected_incident_id()
        self.model.reload(background=True)

    def _load_started(self) -> None:
        self.ui.listStatusLabel.setText(self.tr("Searching…"))

    def _loaded(self, _count: int) -> None:
        header = self.ui.caseTable.horizontalHeader()
        header.blockSignals(True)
        order = Qt.SortOrder.DescendingOrder if self.model.query().descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(self.model.sort_section(), order)
        header.blockSignals(False)
        self._update_status_text()
        wanted = self._select_after_load
        self._select_after_load = None
        if wanted is not None:
            self.select_incident(wanted)

    def _load_failed(self, message: str) -> None:
        self.ui.listStatusLabel.setText(self.tr("The list could not be loaded: %1").replace("%1", message))

    def _update_status_text(self) -> None:
        if self.model.is_loading():
            self.ui.listStatusLabel.setText(self.tr("Searching…"))
            return
        self.ui.listStatusLabel.setText(self.tr("%n incident(s)", "", self.model.rowCount()))

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):
            # Qt has no per-column "not sortable": put the indicator back where the list is sorted.
            header = self.ui.caseTable.horizontalHeader()
            order = (
                Qt.SortOrder.DescendingOrder if self.model.query().descending else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_section(), order)
            header.blockSignals(False)
            header.viewport().update()

    # -- selection and opening ----------------------------------------------------------------

    def selected_incident_id(self) -> int | None:
        index = self.ui.caseTable.currentIndex()
        if not index.isValid():
            return None
        summary = self.model.summary_at(index.row())
        return summary.id if summary else None

    def select_incident(self, incident_id: int) -> bool:
        """Select the incident's row if it is among the fetched rows (the first pages, usually)."""
        row = self.model.row_of(incident_id)
        if row is None:
            return False
        index = self.model.index(row, COL_CODE)
        self.ui.caseTable.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.ui.caseTable.scrollTo(index)
        return True

    def _activated(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    def open_row(self, row: int) -> bool:
        summary = self.model.summary_at(row)
        if summary is None:
            return False
        self.open_incident(summary.id)
        return True

    def open_incident(self, incident_id: int) -> None:
        self.detail_widget().show_incident(incident_id)
        self.incidentOpened.emit(incident_id)

    def open_selected(self) -> bool:
        incident_id = self.selected_incident_id()
        if incident_id is None:
            return False
        if self.detail_widget().current_incident_id() != incident_id:
            self.open_incident(incident_id)
        return True

    def log_action_on_selected(self) -> None:
        """Ctrl+T: open the selected case (if it is not open yet) and put the cursor in the quick entry."""
        if not self._may_log:
            return
        if self.open_selected() or self.detail_widget().current_incident_id() is not None:
            self.detail_widget().focus_quick_entry()

    def focus_search(self) -> None:
        if self._may_search:
            self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.ui.searchEdit.selectAll()
        else:
            self.ui.statusCombo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def detail_widget(self) -> CaseDetail:
        return self.detail  # type: ignore[return-value]

    def _incident_changed(self, incident_id: int) -> None:
        self.reload(select_incident=incident_id)

    # -- remembered layout --------------------------------------------------------------------

    def _restore_state(self) -> None:
        split = geometry_preference("case_view/caseSplitter").get()
        if not split.isEmpty():
            self.ui.caseSplitter.restoreState(split)
        else:
            self.ui.caseSplitter.setSizes([300, 480])
        columns = geometry_preference("case_view/header").get()
        if not columns.isEmpty():
            self.ui.caseTable.horizontalHeader().restoreState(columns)

    def _save_state(self) -> None:
        geometry_preference("case_view/caseSplitter").set(self.ui.caseSplitter.saveState())
        geometry_preference("case_view/header").set(self.ui.caseTable.horizontalHeader().saveState())

    def hideEvent(self, event: QHideEvent) -> None:
        self._save_state()
        super().hideEvent(event)
