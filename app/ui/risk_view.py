"""The risk-matrix page: the 5 × 5 heat map, the register table, reviews due this quarter, trends.

One reload (in the background) fetches the register, the whole score history, the sources and the
reviews due; after that every control works in memory: the "as of" and "compare with" dates
rebuild the matrix from the loaded history with ``risk_history.register_as_of`` and ``movements``,
the filters and the inherent/residual toggle re-run the domain ``RiskFilter``, so changing a date
or a filter never waits for the database.

The matrix counts the risks that pass the filters (all but the cell filter itself); clicking a cell
narrows the register table to the risks in it. With the as-of date today the table filters with
``RiskFilter.cell``; on a past date it shows the risks that were in the cell then (by id), because
their scores now may differ. "Overdue" always means overdue now: the history keeps scores and
status, not past review dates.

Edit, review and import are offered only when ``workspace.risks.can_edit`` says so (hr_manager and,
by office policy, counsellors read only); the services refuse them anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QMessageBox, QWidget
from shiboken6 import isValid

from app.domain.risk_history import (
    Movement,
    cell_members,
    movements,
    quarter_ends,
    register_as_of,
    score_history,
)
from app.domain.risk_history import level_trend as domain_level_trend
from app.domain.risks import (
    LevelBands,
    RiskFilter,
    RiskLevel,
    RiskScores,
    RiskSnapshot,
    RiskStatus,
    ScoreBasis,
)
from app.services.errors import ServiceError, StorageError
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.background import BackgroundTask
from app.ui.forms.ui_risk_view import Ui_RiskView
from app.ui.heat_map_widget import HeatMapWidget
from app.ui.preferences import geometry_preference
from app.ui.risk_labels import (
    basis_name,
    impact_name,
    level_name,
    likelihood_name,
    owner_name,
    source_label,
    status_name,
)
from app.ui.risk_register_model import (
    COL_CODE,
    COL_LEVEL,
    COL_NEXT_REVIEW,
    COL_OWNER,
    COL_RESIDUAL,
    COL_SOURCE,
    COL_STATUS,
    COL_TITLE,
    COLUMN_COUNT,
    RiskRegisterModel,
)
from app.ui.risk_trend_panel import RiskTrendPanel

if TYPE_CHECKING:
    from app.services.risks import RiskSourceView
    from app.services.risks import RiskView as RiskRow

Cell = tuple[int, int]
SEARCH_DELAY_MS = 200
TREND_DELAY_MS = 150  # the charts follow once the dates or the row stop changing; the matrix at once
TREND_YEARS = 2  # the trend chart's span back from the as-of date: eight quarters
SEARCH_SHORTCUT = "Ctrl+F"
_ALL = "all"
_ACTIVE = "active"
ACTIVE_STATUSES = frozenset(s for s in RiskStatus if s.is_active)


def quarter_of(day: date) -> tuple[date, date]:
    """The first and last day of ``day``'s calendar quarter (the register's review rhythm)."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    first = date(day.year, first_month, 1)
    next_first = date(day.year + (first_month == 10), (first_month + 3 - 1) % 12 + 1, 1)
    return first, next_first - timedelta(days=1)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


@dataclass(frozen=True, slots=True)
class _Loaded:
    risks: tuple[RiskRow, ...]
    snapshots: tuple[RiskSnapshot, ...]
    sources: tuple[RiskSourceView, ...]
    due: tuple[RiskRow, ...]
    bands: LevelBands
    can_edit: bool
    today: date


@dataclass(frozen=True, slots=True)
class _AsOfRow:
    """A past snapshot shaped for ``RiskFilter.matches``, with today's review date of the risk."""

    risk_id: int
    code: str
    title: str
    source: str
    owner_label: str
    status: RiskStatus
    scores: RiskScores
    next_review_on: date | None


class RiskView(QWidget):
    """Signals: ``riskChanged(risk_id)`` after a save or review from this page; ``loaded()`` after a reload."""

    riskChanged = Signal(int)
    loaded = Signal()

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RiskView()
        self.ui.setupUi(self)
        self._workspace = workspace
        self._session = session
        self._today = date.today()
        self._bands = workspace.risks.scoring_policy().bands
        self._can_edit = False
        self._snapshots: tuple[RiskSnapshot, ...] = ()
        self._by_risk: dict[int, list[RiskSnapshot]] = {}
        self._as_of_cache: dict[date, dict[int, RiskSnapshot]] = {}
        self._current: dict[int, RiskRow] = {}
        self._sources: tuple[RiskSourceView, ...] = ()
        self._members: dict[Cell, tuple[RiskSnapshot, ...]] = {}
        self._moved: tuple[Movement, ...] = ()
        self._generation = 0
        self._loading = False
        self._select_after_load: int | None = None
        self.heat_map = HeatMapWidget()
        self.ui.heatMapLayout.addWidget(self.heat_map, 1)
        self.trend = RiskTrendPanel()
        self.ui.trendLayout.addWidget(self.trend)
        self.model = RiskRegisterModel(self)
        self.due_model = RiskRegisterModel(self)
        self._setup_tables()
        self.ui.asOfEdit.setDate(_to_qdate(self._today))
        self.ui.compareDateEdit.setDate(_to_qdate(quarter_of(self._today)[0] - timedelta(days=1)))
        self.ui.compareDateEdit.setEnabled(False)
        self.ui.compareLabel.setEnabled(False)
        self.ui.clearCellButton.setEnabled(False)
        self.setTabOrder(self.ui.searchEdit, self.heat_map)
        self.setTabOrder(self.heat_map, self.ui.clearCellButton)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._trend_timer = QTimer(self)
        self._trend_timer.setSingleShot(True)
        self._trend_timer.setInterval(TREND_DELAY_MS)
        self._search_action = QAction(self)
        self._search_action.setShortcut(QKeySequence(SEARCH_SHORTCUT))
        self._search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self._search_action)
        self._fill_fixed_filters()
        self._apply_role()
        self._restore_state()
        self._connect()
        self.retranslate_ui()
        self.reload()

    # -- construction -------------------------------------------------------------------------

    def _setup_tables(self) -> None:
        table = self.ui.registerTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(COL_CODE, Qt.SortOrder.AscendingOrder)
        widths = {COL_CODE: 70, COL_TITLE: 220, COL_LEVEL: 100, COL_RESIDUAL: 100, COL_OWNER: 140}
        widths |= {COL_SOURCE: 140, COL_STATUS: 80, COL_NEXT_REVIEW: 100}
        for column, width in widths.items():
            header.resizeSection(column, width)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        due = self.ui.dueTable
        due.setModel(self.due_model)
        self.due_model.sort(COL_NEXT_REVIEW, Qt.SortOrder.AscendingOrder)
        for column in range(COLUMN_COUNT):
            due.setColumnHidden(column, column not in (COL_CODE, COL_TITLE, COL_LEVEL, COL_NEXT_REVIEW))
        due_header = due.horizontalHeader()
        due_header.resizeSection(COL_CODE, 64)
        due_header.resizeSection(COL_TITLE, 170)
        due_header.resizeSection(COL_LEVEL, 86)
        due_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        due.verticalHeader().setDefaultSectionSize(due.fontMetrics().height() + 6)
        self.ui.riskSplitter.setStretchFactor(0, 2)
        self.ui.riskSplitter.setStretchFactor(1, 3)
        self.ui.registerSplitter.setStretchFactor(0, 3)
        self.ui.registerSplitter.setStretchFactor(1, 2)

    def _connect(self) -> None:
        ui = self.ui
        ui.basisCombo.activated.connect(self._controls_changed)
        ui.asOfEdit.dateChanged.connect(self._controls_changed)
        ui.todayButton.clicked.connect(self.show_today)
        ui.compareCheck.toggled.connect(self._compare_toggled)
        ui.compareDateEdit.dateChanged.connect(self._controls_changed)
        for combo in (ui.levelCombo, ui.ownerCombo, ui.sourceCombo, ui.statusCombo):
            combo.activated.connect(self._controls_changed)
        ui.overdueCheck.toggled.connect(self._controls_changed)
        ui.searchEdit.textChanged.connect(self._search_timer.start)
        ui.searchEdit.returnPressed.connect(self._search_now)
        self._search_timer.timeout.connect(self._controls_changed)
        self._trend_timer.timeout.connect(self.flush_trends)
        self._search_action.triggered.connect(self.focus_search)
        self.heat_map.cellSelected.connect(self._cell_selected)
        self.heat_map.selectionCleared.connect(self._cell_cleared)
        ui.clearCellButton.clicked.connect(lambda: self.heat_map.set_selected_cell(None))
        ui.registerTable.selectionModel().currentRowChanged.connect(self._current_row_changed)
        ui.registerTable.activated.connect(self._activated)
        ui.dueTable.activated.connect(self._due_activated)
        ui.registerTable.horizontalHeader().sectionResized.connect(lambda *_: self._save_state())
        ui.riskSplitter.splitterMoved.connect(lambda *_: self._save_state())
        ui.registerSplitter.splitterMoved.connect(lambda *_: self._save_state())
        ui.newButton.clicked.connect(self.new_risk)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.reviewButton.clicked.connect(self.review_selected)
        ui.linksButton.clicked.connect(self.links_selected)
        ui.importButton.clicked.connect(self.import_risks)
        ui.exportButton.clicked.connect(self.export_register)

    def _apply_role(self) -> None:
        """Edit, review and import only for a session the service lets change the register."""
        for button in (self.ui.newButton, self.ui.editButton, self.ui.reviewButton, self.ui.importButton):
            button.setVisible(self._can_edit)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_risk_id() is not None
        self.ui.editButton.setEnabled(self._can_edit and selected)
        self.ui.reviewButton.setEnabled(self._can_edit and selected)
        self.ui.linksButton.setEnabled(selected)  # every role reads the links; the dialog hides changes

    def _fill_fixed_filters(self) -> None:
        self._fill_combo(self.ui.basisCombo, [(b.value, basis_name(b)) for b in ScoreBasis])
        levels = [(_ALL, self.tr("All levels")), *((lv.value, level_name(lv)) for lv in RiskLevel)]
        self._fill_combo(self.ui.levelCombo, levels)
        statuses = [(_ACTIVE, self.tr("Active")), (_ALL, self.tr("All statuses"))]
        statuses += [(s.value, status_name(s)) for s in RiskStatus]
        self._fill_combo(self.ui.statusCombo, statuses)

    def _fill_loaded_filters(self) -> None:
        owners = [(_ALL, self.tr("All owners")), *((o, owner_name(o)) for o in self.model.owners())]
        self._fill_combo(self.ui.ownerCombo, owners)
        sources = [(_ALL, self.tr("All sources"))]
        sources += [(s.code, source_label(s)) for s in self._sources]
        self._fill_combo(self.ui.sourceCombo, sources)

    @staticmethod
    def _fill_combo(combo: QComboBox, items: Iterable[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def retranslate_ui(self) -> None:
        """Run by the main window when the language changes: texts, filled combos, charts' language."""
        self.ui.retranslateUi(self)
        self._fill_fixed_filters()
        self._fill_loaded_filters()
        self.heat_map.retranslate_ui()
        self.trend.retranslate_ui()
        self.model.retranslate()
        self.due_model.retranslate()
        self._redraw()

    # -- loading ------------------------------------------------------------------------------

    def reload(self, *, select_risk: int | None = None, background: bool = True) -> None:
        """Fetch the register, its history, sources and reviews due (in the background by default)."""
        self._select_after_load = select_risk if select_risk is not None else self.selected_risk_id()
        self._generation += 1
        generation = self._generation
        self._loading = True
        self.ui.registerStatusLabel.setText(self.tr("Loading…"))
        if not background:
            self._apply_load(generation, self._fetch())
            return
        BackgroundTask(self._fetch).on_success(
            lambda result: self._apply_load(generation, result)
        ).on_failure(lambda error: self._load_failed(generation, error)).start()

    def _fetch(self) -> _Loaded:
        risks = self._workspace.risks
        today = date.today()
        first, last = quarter_of(today)
        return _Loaded(
            risks=risks.list_risks(self._session),
            snapshots=risks.snapshots(self._session),
            sources=risks.sources(self._session),
            due=risks.due_for_review(self._session, first, last),
            bands=risks.scoring_policy().bands,
            can_edit=risks.can_edit(self._session),
            today=today,
        )

    def _apply_load(self, generation: int, loaded: _Loaded) -> None:
        if generation != self._generation or not isValid(self):
            return  # a newer reload was asked for, or the page is gone
        self._loading = False
        self._today = loaded.today
        self._bands = loaded.bands
        self._can_edit = loaded.can_edit
        self._snapshots = loaded.snapshots
        self._by_risk = {}
        for snapshot in loaded.snapshots:
            self._by_risk.setdefault(snapshot.risk_id, []).append(snapshot)
        self._as_of_cache = {}
        self._current = {risk.id: risk for risk in loaded.risks}
        self._sources = loaded.sources
        labels = {s.code: source_label(s) for s in loaded.sources}
        self.model.set_risks(loaded.risks, loaded.bands, loaded.today, labels)
        self.due_model.set_risks(loaded.due, loaded.bands, loaded.today, labels)
        self.heat_map.set_bands(loaded.bands)
        self._fill_loaded_filters()
        self._apply_role()
        self._redraw()
        wanted = self._select_after_load
        self._select_after_load = None
        if wanted is not None:
            self.select_risk(wanted)
        self.flush_trends()
        self.loaded.emit()

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation and isValid(self):
            self._loading = False
            self.ui.registerStatusLabel.setText(
                self.tr("The register could not be loaded: %1").replace("%1", str(error))
            )

    def is_loading(self) -> bool:
        return self._loading

    # -- the controls -------------------------------------------------------------------------

    def basis(self) -> ScoreBasis:
        return ScoreBasis(self.ui.basisCombo.currentData() or ScoreBasis.INHERENT.value)

    def set_basis(self, basis: ScoreBasis) -> None:
        self.ui.basisCombo.setCurrentIndex(self.ui.basisCombo.findData(basis.value))
        self._controls_changed()

    def as_of(self) -> date:
        return _to_date(self.ui.asOfEdit.date())

    def set_as_of(self, when: date) -> None:
        self.ui.asOfEdit.setDate(_to_qdate(when))  # dateChanged redraws

    def compare_date(self) -> date | None:
        if not self.ui.compareCheck.isChecked():
            return None
        return _to_date(self.ui.compareDateEdit.date())

    def set_compare(self, when: date | None) -> None:
        if when is not None:
            self.ui.compareDateEdit.blockSignals(True)
            self.ui.compareDateEdit.setDate(_to_qdate(when))
            self.ui.compareDateEdit.blockSignals(False)
        self.ui.compareCheck.setChecked(when is not None)
        self._controls_changed()

    def show_today(self) -> None:
        self.set_as_of(self._today)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _compare_toggled(self, checked: bool) -> None:
        self.ui.compareDateEdit.setEnabled(checked)
        self.ui.compareLabel.setEnabled(checked)
        self._controls_changed()

    def _search_now(self) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._controls_changed()

    def _controls_changed(self, *_args: object) -> None:
        self._search_timer.stop()
        self._redraw()

    def current_filter(self) -> RiskFilter:
        """The filters as set, without the matrix cell (the matrix counts with this one)."""
        ui = self.ui
        level = ui.levelCombo.currentData()
        owner = ui.ownerCombo.currentData()
        source = ui.sourceCombo.currentData()
        status = ui.statusCombo.currentData()
        statuses: frozenset[RiskStatus] | None
        if status in (None, _ACTIVE):
            statuses = ACTIVE_STATUSES
        elif status == _ALL:
            statuses = None
        else:
            statuses = frozenset({RiskStatus(status)})
        text = ui.searchEdit.text().strip()
        return RiskFilter(
            levels=None if level in (None, _ALL) else frozenset({RiskLevel(level)}),
            owner=None if owner in (None, _ALL) else owner,
            source=None if source in (None, _ALL) else source,
            statuses=statuses,
            overdue_only=ui.overdueCheck.isChecked(),
            basis=self.basis(),
            text=text or None,
        )

    # -- the matrix ---------------------------------------------------------------------------

    def _register_on(self, when: date) -> dict[int, RiskSnapshot]:
        found = self._as_of_cache.get(when)
        if found is None:
            if len(self._as_of_cache) > 16:
                self._as_of_cache.clear()
            found = register_as_of(self._snapshots, when)
            self._as_of_cache[when] = found
        return found

    def _filtered(
        self, register: Mapping[int, RiskSnapshot], risk_filter: RiskFilter
    ) -> dict[int, RiskSnapshot]:
        kept = {}
        for risk_id, snapshot in register.items():
            current = self._current.get(risk_id)
            row = _AsOfRow(
                risk_id,
                snapshot.code,
                snapshot.title,
                snapshot.source,
                snapshot.owner_label,
                snapshot.status,
                snapshot.scores,
                current.next_review_on if current is not None else None,
            )
            if risk_filter.matches(row, self._today, self._bands):
                kept[risk_id] = snapshot
        return kept

    def _redraw(self) -> None:
        """Matrix, table filter and trend from the loaded history: no database access here."""
        if not hasattr(self, "heat_map"):
            return
        risk_filter = self.current_filter()
        basis = risk_filter.basis
        as_of = self.as_of()
        shown = self._filtered(self._register_on(as_of), risk_filter)
        self._members = cell_members(shown.values(), basis)
        compare = self.compare_date()
        self._moved = ()
        if compare is not None:
            before = self._filtered(self._register_on(compare), risk_filter)
            self._moved = movements(before, shown, basis)
        self.heat_map.set_cells(self._members, self._moved)
        self._apply_table_filter()
        self._update_matrix_status(len(shown), as_of, compare)
        self._trend_timer.start()

    def _apply_table_filter(self) -> None:
        risk_filter = self.current_filter()
        cell = self.heat_map.selected_cell()
        ids: frozenset[int] | None = None
        if cell is not None:
            if self.as_of() >= self._today:
                risk_filter = RiskFilter(
                    levels=risk_filter.levels,
                    owner=risk_filter.owner,
                    source=risk_filter.source,
                    statuses=risk_filter.statuses,
                    overdue_only=risk_filter.overdue_only,
                    cell=cell,
                    basis=risk_filter.basis,
                    text=risk_filter.text,
                )
            else:
                ids = frozenset(s.risk_id for s in self._members.get(cell, ()))
        selected = self.selected_risk_id()
        self.model.set_filter(risk_filter, ids)
        if selected is not None:
            self.select_risk(selected)
        self.ui.clearCellButton.setEnabled(cell is not None)
        self._update_register_status()

    def _cell_selected(self, _likelihood: int, _impact: int) -> None:
        self._apply_table_filter()
        self._update_matrix_status(sum(self.heat_map.counts().values()), self.as_of(), self.compare_date())

    def _cell_cleared(self) -> None:
        self._apply_table_filter()
        self._update_matrix_status(sum(self.heat_map.counts().values()), self.as_of(), self.compare_date())

    def moved(self) -> tuple[Movement, ...]:
        return self._moved

    def _update_matrix_status(self, count: int, as_of: date, compare: date | None) -> None:
        parts = [
            self.tr("%n risk(s) on the matrix as of %1", "", count).replace("%1", as_of.isoformat()),
        ]
        if compare is not None:
            parts.append(
                self.tr("%n moved since %1", "", len(self._moved)).replace("%1", compare.isoformat())
            )
        cell = self.heat_map.selected_cell()
        if cell is not None:
            parts.append(
                self.tr("register filtered to likelihood %1 (%2) × impact %3 (%4)")
                .replace("%1", str(cell[0]))
                .replace("%2", likelihood_name(cell[0]))
                .replace("%3", str(cell[1]))
                .replace("%4", impact_name(cell[1]))
            )
        else:
            parts.append(self.tr("click a cell to filter the register"))
        self.ui.matrixStatusLabel.setText(" · ".join(parts))

    def _update_register_status(self) -> None:
        if self._loading and not self.model.all_risks():
            return
        shown = self.model.rowCount()
        total = len(self.model.all_risks())
        overdue = sum(1 for risk in self.model.risks() if risk.is_overdue(self._today))
        text = self.tr("%n of %1 risk(s) shown", "", shown).replace("%1", str(total))
        if overdue:
            text += " · " + self.tr("%n overdue for review", "", overdue)
        self.ui.registerStatusLabel.setText(text)
        self.ui.dueLabel.setText(self.tr("Due for review this quarter (%n)", "", self.due_model.rowCount()))

    # -- trends -------------------------------------------------------------------------------

    def trend_dates(self, as_of: date) -> tuple[date, ...]:
        start = date(as_of.year - TREND_YEARS, as_of.month, 1)
        ends = quarter_ends(start, as_of)
        return ends if ends and ends[-1] == as_of else (*ends, as_of)

    def flush_trends(self) -> None:
        """Bring both charts up to date now (the timer does it after a pause in the changes).

        A chart is rebuilt only when its points changed (``RiskTrendPanel`` compares them).
        """
        self._trend_timer.stop()
        as_of = self.as_of()
        points = domain_level_trend(self._snapshots, self.trend_dates(as_of), self._bands, self.basis())
        self.trend.show_level_trend(points)
        risk_id = self.selected_risk_id()
        risk = self._current.get(risk_id) if risk_id is not None else None
        if risk is None:
            self.trend.show_score_trend(None, (), self._bands)
            return
        self.trend.show_score_trend(risk.code, score_history(self._by_risk.get(risk.id, ())), self._bands)

    # -- selection ----------------------------------------------------------------------------

    def selected_risk_id(self) -> int | None:
        index = self.ui.registerTable.currentIndex()
        if not index.isValid():
            return None
        risk = self.model.risk_at(index.row())
        return risk.id if risk is not None else None

    def select_risk(self, risk_id: int) -> bool:
        row = self.model.row_of(risk_id)
        if row is None:
            return False
        index = self.model.index(row, COL_CODE)
        self.ui.registerTable.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.ui.registerTable.scrollTo(index)
        return True

    def _current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self._trend_timer.start()

    def _activated(self, _index: QModelIndex) -> None:
        if self._can_edit:
            self.edit_selected()

    def _due_activated(self, index: QModelIndex) -> None:
        risk = self.due_model.risk_at(index.row())
        if risk is None:
            return
        if not self.select_risk(risk.id):
            # Hidden by a filter: show the whole active register so the row can be selected.
            self.heat_map.set_selected_cell(None)
            self.ui.searchEdit.clear()
            for combo in (self.ui.levelCombo, self.ui.ownerCombo, self.ui.sourceCombo, self.ui.statusCombo):
                combo.setCurrentIndex(0)
            self.ui.overdueCheck.setChecked(False)
            self._redraw()
            self.select_risk(risk.id)
        self.ui.registerTable.setFocus()

    # -- actions ------------------------------------------------------------------------------

    def new_risk(self) -> None:
        if not self._can_edit:
            return
        from app.ui.risk_editor import RiskEditor  # noqa: PLC0415 - dialogs load when first used

        saved = self._guarded(lambda: RiskEditor.create_risk(self, self._workspace, self._session))
        self._after_save(saved)

    def edit_selected(self) -> None:
        risk_id = self.selected_risk_id()
        if not self._can_edit or risk_id is None:
            return
        from app.ui.risk_editor import RiskEditor  # noqa: PLC0415

        saved = self._guarded(lambda: RiskEditor.edit_risk(self, self._workspace, self._session, risk_id))
        self._after_save(saved)

    def review_selected(self) -> None:
        risk_id = self.selected_risk_id()
        if not self._can_edit or risk_id is None:
            return
        from app.ui.risk_review_dialog import RiskReviewDialog  # noqa: PLC0415

        saved = self._guarded(
            lambda: RiskReviewDialog.review_risk(self, self._workspace, self._session, risk_id)
        )
        self._after_save(saved)

    def links_selected(self) -> None:
        """The incidents and drills linked to the selected risk; reload (same selection) after changes."""
        risk_id = self.selected_risk_id()
        if risk_id is None:
            return
        from app.ui.risk_links_dialog import RiskLinksDialog  # noqa: PLC0415

        changed = self._guarded(
            lambda: RiskLinksDialog.show_links(self, self._workspace, self._session, risk_id)
        )
        if changed:
            self.reload(select_risk=risk_id)
            self.riskChanged.emit(risk_id)

    def import_risks(self) -> None:
        if not self._can_edit:
            return
        from app.ui.risk_import_dialog import RiskImportDialog  # noqa: PLC0415

        result = self._guarded(lambda: RiskImportDialog.import_risks(self, self._workspace, self._session))
        if result is not None:
            self.reload()

    def _after_save(self, saved: object) -> None:
        risk = getattr(saved, "risk", None)
        if risk is None:
            return
        self.reload(select_risk=risk.id)
        self.riskChanged.emit(risk.id)

    def export_register(self) -> None:
        target, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the risk register"),
            str(Path.home() / "risk-register.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        self.start_export(path)

    exportFinished = Signal(str, int)

    def start_export(self, path: Path) -> None:
        """Write the register to ``path`` (CSV or XLSX by its suffix) in the background."""
        fmt = "csv" if path.suffix.lower() == ".csv" else "xlsx"
        self.ui.registerStatusLabel.setText(self.tr("Exporting…"))

        def done(count: object) -> None:
            if not isValid(self):
                return
            self.ui.registerStatusLabel.setText(
                self.tr("%n risk(s) exported to %1", "", int(count)).replace("%1", path.name)  # type: ignore[call-overload]
            )
            self.exportFinished.emit(str(path), int(count))  # type: ignore[call-overload]

        def failed(error: BaseException) -> None:
            if isValid(self):
                self._update_register_status()
                QMessageBox.warning(self, self.tr("Export failed"), str(error))

        BackgroundTask(lambda: self._workspace.risk_import.export(self._session, path, fmt)).on_success(
            done
        ).on_failure(failed).start()

    def _guarded(self, action: Callable[[], object]) -> object:
        try:
            return action()
        except (ServiceError, StorageError) as error:
            QMessageBox.warning(self, self.tr("Not possible"), str(error))
            return None

    # -- remembered layout --------------------------------------------------------------------

    def _restore_state(self) -> None:
        for key, splitter, sizes in (
            ("risk_view/riskSplitter", self.ui.riskSplitter, [420, 560]),
            ("risk_view/registerSplitter", self.ui.registerSplitter, [380, 260]),
        ):
            state = geometry_preference(key).get()
            if not state.isEmpty():
                splitter.restoreState(state)
            else:
                splitter.setSizes(sizes)
        columns = geometry_preference("risk_view/header").get()
        if not columns.isEmpty():
            self.ui.registerTable.horizontalHeader().restoreState(columns)

    def _save_state(self) -> None:
        geometry_preference("risk_view/riskSplitter").set(self.ui.riskSplitter.saveState())
        geometry_preference("risk_view/registerSplitter").set(self.ui.registerSplitter.saveState())
        geometry_preference("risk_view/header").set(self.ui.registerTable.horizontalHeader().saveState())

    def hideEvent(self, event: QHideEvent) -> None:
        self._save_state()
        super().hideEvent(event)
