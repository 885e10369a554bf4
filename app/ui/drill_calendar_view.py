"""The drill-calendar view: drills, on-call shifts, follow-ups and corrective actions by month or week.

The period's entries come from one ``workspace.calendar_feed`` call; the filters (kinds, the role
whose shifts are shown) work on that result without asking again. Opening an entry goes to where it
is kept: a drill (or a drill's action) to the drill editor, a follow-up or a case's action to the
case view (``incidentRequested``), a shift to the on-call rota.

The page's second tab is the drill history (``app.ui.drill_history_panel``): charts of done drills,
which need the room of the whole page rather than the day column. It is built when the tab is first
shown (matplotlib's Qt backend loads then, not with the calendar) and reloaded only while it is
shown: at that moment, and after anything here changed a drill. A drill picked there opens in the
same editor as a calendar entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QCheckBox, QHeaderView, QListWidgetItem, QWidget

from app.domain.crisis_roles import CrisisRole
from app.domain.roles import Operation
from app.services.calendar_feed import CalendarEntry, CalendarKind
from app.services.errors import ServiceError, StorageError
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.calendar_grid import KIND_COLOURS, CalendarDayDelegate, CalendarGridModel
from app.ui.drill_labels import drill_type_name
from app.ui.forms.ui_drill_calendar_view import Ui_DrillCalendarView
from app.ui.incident_labels import crisis_role_name

if TYPE_CHECKING:
    from app.ui.drill_history_panel import DrillHistoryPanel

KIND_NAMES: dict[CalendarKind, str] = {
    CalendarKind.DRILL: QT_TRANSLATE_NOOP("DrillCalendarView", "Drills"),
    CalendarKind.SHIFT: QT_TRANSLATE_NOOP("DrillCalendarView", "On call"),
    CalendarKind.FOLLOW_UP: QT_TRANSLATE_NOOP("DrillCalendarView", "Follow-ups due"),
    CalendarKind.CASE_ACTION: QT_TRANSLATE_NOOP("DrillCalendarView", "Case actions due"),
    CalendarKind.DRILL_ACTION: QT_TRANSLATE_NOOP("DrillCalendarView", "Drill actions due"),
}
MONTH_WEEKS = 6  # every month fits in six Monday-first weeks
CALENDAR_TAB, HISTORY_TAB = 0, 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("DrillCalendarView", text)


def entry_text(entry: CalendarEntry) -> str:
    """The entry's one-line face on the calendar: codes, pseudonyms and staff names, never a note."""
    withheld = QCoreApplication.translate("DrillCalendarView", "(withheld)")
    when = "" if entry.all_day else f"{entry.start.astimezone():%H:%M} "
    if entry.kind is CalendarKind.DRILL:
        kind = drill_type_name(entry.drill_type) if entry.drill_type else ""
        return (
            QCoreApplication.translate("DrillCalendarView", "%1%2 %3: %4")
            .replace("%1", when)
            .replace("%2", entry.code)
            .replace("%3", kind)
            .replace("%4", entry.title if entry.title is not None else withheld)
        )
    if entry.kind is CalendarKind.SHIFT:
        role = crisis_role_name(entry.role) if entry.role else ""
        return (
            QCoreApplication.translate("DrillCalendarView", "%1: %2")
            .replace("%1", role)
            .replace("%2", entry.member_name or "")
        )
    if entry.kind is CalendarKind.FOLLOW_UP:
        return (
            QCoreApplication.translate("DrillCalendarView", "%1%2 follow-up")
            .replace("%1", when)
            .replace("%2", entry.code)
        )
    return (
        QCoreApplication.translate("DrillCalendarView", "%1 action: %2")
        .replace("%1", entry.code)
        .replace("%2", entry.title if entry.title is not None else withheld)
    )


def chip_text(entry: CalendarEntry, *, one_role: bool) -> str:
    """The shorter face inside a grid cell: a drill's time and title, a shift's holder only when the
    calendar shows one role's shifts (the full face is in the cell's tooltip and the day list)."""
    if entry.kind is CalendarKind.DRILL and entry.title is not None:
        when = f"{entry.start.astimezone():%H:%M} "
        return f"{when}{entry.title}"
    if entry.kind is CalendarKind.SHIFT and one_role:
        return entry.member_name or ""
    return entry_text(entry)


def _swatch(colour: str) -> QPixmap:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return pixmap


class DrillCalendarView(QWidget):
    incidentRequested = Signal(int)
    changed = Signal()

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DrillCalendarView()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.mode = "month"
        self.anchor = date.today()
        self._entries: tuple[CalendarEntry, ...] = ()
        self._by_day: dict[date, list[CalendarEntry]] = {}
        self.kinds = workspace.calendar_feed.visible_kinds(session)
        self.model = CalendarGridModel(entry_text, self)
        table = self.ui.calendarTable
        table.setModel(self.model)
        table.setItemDelegate(CalendarDayDelegate(self.model, self._chip_text, table))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.filters: dict[CalendarKind, QCheckBox] = {}
        for kind in self.kinds:
            box = QCheckBox()
            box.setObjectName(f"filter_{kind.value}")
            box.setChecked(True)
            box.setIcon(_swatch(KIND_COLOURS[kind]))
            box.toggled.connect(self._regroup)
            self.filters[kind] = box
            self.ui.legendLayout.addWidget(box)
        self.ui.legendLayout.addStretch(1)
        self.history: DrillHistoryPanel | None = None  # built when its tab is first shown
        self._history_stale = True
        self.gaps = None
        if CalendarKind.SHIFT in self.kinds:
            # Built here, not lazily: the panel is part of the page, and the gap scan is ~10 ms a year.
            from app.ui.coverage_gap_panel import CoverageGapPanel  # noqa: PLC0415

            self.gaps = CoverageGapPanel(workspace, session, self.ui.dayPanel)
            self.gaps.setObjectName("coverageGaps")
            self.ui.dayLayout.addWidget(self.gaps)
            self.gaps.gapActivated.connect(self._show_gap)
        self._connect()
        self.retranslate_ui()
        self._apply_role()
        self.show_month(self.anchor.year, self.anchor.month)
        self.ui.splitter.setSizes([720, 280])

    def _connect(self) -> None:
        ui = self.ui
        ui.previousButton.clicked.connect(lambda: self.step(-1))
        ui.nextButton.clicked.connect(lambda: self.step(1))
        ui.todayButton.clicked.connect(self.today)
        ui.modeCombo.activated.connect(self._mode_chosen)
        ui.roleCombo.activated.connect(self._regroup)
        ui.calendarTable.selectionModel().currentChanged.connect(self._day_changed)
        ui.calendarTable.activated.connect(self._open_day)
        ui.dayList.itemActivated.connect(self._open_item)
        ui.newDrillButton.clicked.connect(self.new_drill)
        ui.rotaButton.clicked.connect(self.open_rota)
        ui.pageTabs.currentChanged.connect(self._tab_changed)
        for keys, step in (
            (QKeySequence.StandardKey.MoveToPreviousPage, -1),
            (QKeySequence.StandardKey.MoveToNextPage, 1),
        ):
            # On the calendar tab only: Page Up in the history's table scrolls the table.
            shortcut = QShortcut(QKeySequence(keys), ui.calendarTab)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step(s))

    def _chip_text(self, entry: CalendarEntry) -> str:
        return chip_text(entry, one_role=bool(self.ui.roleCombo.currentData()))

    def _show_gap(self, start: datetime) -> None:
        day = start.astimezone().date()
        self.anchor = day
        if self.mode == "week":
            self.show_week(day)
        else:
            self.show_month(day.year, day.month)
        self.select_day(day)

    def _apply_role(self) -> None:
        policy, role = self.workspace.policy, self.session.role
        self.ui.newDrillButton.setVisible(policy.allows(role, Operation.DRILL_MANAGE))
        shifts = CalendarKind.SHIFT in self.kinds
        self.ui.rotaButton.setVisible(shifts)
        self.ui.roleCombo.setVisible(shifts)
        self.ui.roleLabel.setVisible(shifts)

    def retranslate_ui(self) -> None:
        ui = self.ui
        ui.retranslateUi(self)
        ui.modeCombo.clear()
        ui.modeCombo.addItem(self.tr("Month"), "month")
        ui.modeCombo.addItem(self.tr("Week"), "week")
        ui.modeCombo.setCurrentIndex(0 if self.mode == "month" else 1)
        current = ui.roleCombo.currentData() if ui.roleCombo.count() else CrisisRole.CRISIS_LEAD.value
        ui.roleCombo.clear()
        ui.roleCombo.addItem(self.tr("All roles"), "")
        for role in CrisisRole:
            ui.roleCombo.addItem(crisis_role_name(role), role.value)
        ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(current)))
        for kind, box in self.filters.items():
            box.setText(_tr(KIND_NAMES[kind]))
        self._update_period_label()
        self._fill_day_list()
        if self.history is not None:
            self.history.retranslate_ui()  # its charts are drawn in the interface language
            self._history_changed()

    # -- periods -----------------------------------------------------------------------------

    def show_month(self, year: int, month: int) -> None:
        """Six Monday-first weeks around the month; one feed call for the whole grid."""
        self.mode = "month"
        self.ui.modeCombo.setCurrentIndex(0)
        first_of_month = date(year, month, 1)
        if not (self.anchor.year == year and self.anchor.month == month):
            self.anchor = first_of_month
        first = first_of_month - timedelta(days=first_of_month.weekday())
        self._load(first, MONTH_WEEKS, month)

    def show_week(self, day: date) -> None:
        self.mode = "week"
        self.ui.modeCombo.setCurrentIndex(1)
        self.anchor = day
        self._load(day - timedelta(days=day.weekday()), 1, None)

    def today(self) -> None:
        self.anchor = date.today()
        self.refresh()
        self.select_day(self.anchor)

    def step(self, direction: int) -> None:
        if self.mode == "week":
            self.show_week(self.anchor + timedelta(days=7 * direction))
            return
        month = self.anchor.month - 1 + direction
        year = self.anchor.year + month // 12
        self.anchor = date(year, month % 12 + 1, 1)
        self.show_month(self.anchor.year, self.anchor.month)

    def refresh(self) -> None:
        if self.gaps is not None:
            self.gaps.refresh()
        self._history_changed()
        if self.mode == "week":
            self.show_week(self.anchor)
        else:
            self.show_month(self.anchor.year, self.anchor.month)

    def _mode_chosen(self) -> None:
        if self.ui.modeCombo.currentData() == "week":
            self.show_week(self.selected_day() or self.anchor)
        else:
            day = self.selected_day() or self.anchor
            self.anchor = day
            self.show_month(day.year, day.month)

    def _load(self, first: date, weeks: int, month: int | None) -> None:
        self._first, self._weeks, self._month = first, weeks, month
        start = datetime.combine(first, datetime.min.time()).astimezone()
        end = datetime.combine(first + timedelta(days=7 * weeks), datetime.min.time()).astimezone()
        try:
            self._entries = self.workspace.calendar_feed.entries_between(self.session, start, end)
            self.ui.statusLabel.clear()
        except (ServiceError, StorageError) as error:
            self._entries = ()
            self.ui.statusLabel.setText(str(error))
        self._regroup()
        self._update_period_label()
        self.select_day(self.anchor if self.model.index_of(self.anchor).isValid() else first)

    def _shown(self, entry: CalendarEntry) -> bool:
        box = self.filters.get(entry.kind)
        if box is None or not box.isChecked():
            return False
        if entry.kind is CalendarKind.SHIFT:
            role = self.ui.roleCombo.currentData()
            return not role or (entry.role is not None and entry.role.value == role)
        return True

    def _regroup(self) -> None:
        """Entries by local day; a shift sits on every day it covers (so each day shows who is on call)."""
        by_day: dict[date, list[CalendarEntry]] = {}
        last = self._first + timedelta(days=7 * self._weeks - 1)
        for entry in self._entries:
            if not self._shown(entry):
                continue
            day = max(entry.local_day(), self._first)
            final = (
                entry.local_day()
                if entry.end is None
                else (entry.end - timedelta(microseconds=1)).astimezone().date()
            )
            while day <= min(final, last):
                by_day.setdefault(day, []).append(entry)
                day += timedelta(days=1)
        self._by_day = by_day
        self.model.set_period(self._first, self._weeks, self._month, by_day, date.today())
        self._fill_day_list()

    def _update_period_label(self) -> None:
        if not hasattr(self, "_first"):
            return
        locale = QLocale()
        if self.mode == "month":
            text = locale.toString(date(self.anchor.year, self.anchor.month, 1), "MMMM yyyy")
        else:
            last = self._first + timedelta(days=6)
            text = (
                self.tr("%1 – %2")
                .replace("%1", locale.toString(self._first, "d MMM"))
                .replace("%2", locale.toString(last, "d MMM yyyy"))
            )
        self.ui.periodLabel.setText(text)

    # -- the drill history -----------------------------------------------------------------------

    def show_history(self) -> None:
        self.ui.pageTabs.setCurrentIndex(HISTORY_TAB)

    def _tab_changed(self, index: int) -> None:
        if index == HISTORY_TAB and self._history_stale:
            self._reload_history()

    def _history_changed(self) -> None:
        """A drill may have changed: reload the history now if it is shown, else when it next is."""
        self._history_stale = True
        if self.ui.pageTabs.currentIndex() == HISTORY_TAB:
            self._reload_history()

    def _reload_history(self) -> None:
        if self.history is None:
            from app.ui.drill_history_panel import DrillHistoryPanel  # noqa: PLC0415 - loads matplotlib

            self.history = DrillHistoryPanel(self.workspace, self.session, self.ui.historyTab)
            self.history.setObjectName("drillHistory")
            self.ui.historyLayout.addWidget(self.history)
            self.history.show()  # a child added to a shown page would only appear after the event loop ran
            self.history.drill_activated.connect(self.open_drill)
        self._history_stale = False
        self.history.reload()

    # -- days and entries ----------------------------------------------------------------------

    def entries_on(self, day: date) -> list[CalendarEntry]:
        """What the grid shows on ``day`` after the filters (the tests read the view through this)."""
        return list(self._by_day.get(day, ()))

    def select_day(self, day: date) -> None:
        index = self.model.index_of(day)
        if index.isValid():
            self.ui.calendarTable.setCurrentIndex(index)
            self._fill_day_list()

    def selected_day(self) -> date | None:
        index = self.ui.calendarTable.currentIndex()
        return self.model.day_at(index.row(), index.column()) if index.isValid() else None

    def _day_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.anchor = self.model.day_at(current.row(), current.column())
        self._fill_day_list()

    def _fill_day_list(self) -> None:
        day = self.selected_day()
        listing = self.ui.dayList
        listing.clear()
        if day is None:
            self.ui.dayLabel.clear()
            return
        self.ui.dayLabel.setText(QLocale().toString(day, QLocale.FormatType.LongFormat))
        for entry in self.entries_on(day):
            item = QListWidgetItem(_swatch(KIND_COLOURS[entry.kind]), entry_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            if entry.overdue:
                item.setToolTip(self.tr("Overdue"))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            listing.addItem(item)

    def _open_day(self, index: QModelIndex) -> None:
        entries = self.entries_on(self.model.day_at(index.row(), index.column()))
        if len(entries) == 1:
            self.open_entry(entries[0])
        elif entries:
            self.ui.dayList.setFocus()
            self.ui.dayList.setCurrentRow(0)

    def _open_item(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        for entry in self._entries:
            if entry.key == key:
                self.open_entry(entry)
                return

    def open_entry(self, entry: CalendarEntry) -> None:
        """Open the record behind an entry where it is kept."""
        if entry.kind in (CalendarKind.FOLLOW_UP, CalendarKind.CASE_ACTION):
            self.incidentRequested.emit(entry.ref_id)
            return
        if entry.kind is CalendarKind.SHIFT:
            self.open_rota()
            return
        self.open_drill(
            entry.ref_id, tab="findings" if entry.kind is CalendarKind.DRILL_ACTION else "details"
        )

    def open_drill(self, drill_id: int, tab: str = "details") -> None:
        """Open a drill in the editor (from a calendar entry or the history); refresh if it changed."""
        from app.ui.drill_editor import open_drill  # noqa: PLC0415 - the editor loads on first use

        if self._guarded(lambda: open_drill(self.workspace, self.session, drill_id, self, tab=tab)):
            self.refresh()
            self.changed.emit()

    def new_drill(self) -> None:
        from app.ui.drill_editor import DrillEditor  # noqa: PLC0415 - the editor loads on first use

        day = self.selected_day() or date.today()
        start = datetime.combine(day, datetime.min.time()).replace(hour=10).astimezone()

        def run() -> bool:
            editor = DrillEditor(self.workspace, self.session, planned_start=start, parent=self)
            editor.exec()
            return editor.saved_drill_id is not None

        if self._guarded(run):
            self.refresh()
            self.changed.emit()

    def open_rota(self) -> None:
        from app.ui.oncall_dialog import OnCallDialog  # noqa: PLC0415 - the dialog loads on first use

        def run() -> bool:
            dialog = OnCallDialog(self.workspace, self.session, parent=self)
            edited: list[bool] = []
            dialog.rosterChanged.connect(lambda: edited.append(True))
            dialog.exec()
            return bool(edited)

        if self._guarded(run):
            self.refresh()
            self.changed.emit()

    def _guarded(self, action: object) -> bool:
        try:
            return bool(action())  # type: ignore[operator]
        except (ServiceError, StorageError) as error:
            self.ui.statusLabel.setText(str(error))
            return False

    def visible_entries(self) -> Sequence[CalendarEntry]:
        return [e for e in self._entries if self._shown(e)]
