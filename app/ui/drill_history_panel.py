"""Drill history: how fast each done drill was acknowledged, and its findings, over a chosen period.

The charts are ``app.reports.drill_figures``'s, the ones the board PDF prints; this panel puts each
in a ``FigureCanvasQTAgg`` beside a table of the same drills. A figure is rebuilt only when its
points or the language changed (``reload`` after an unrelated edit keeps the canvases), and the
chart language follows the interface language, as in the risk trend panel.

Every drill is reachable by keyboard through the table (Enter opens it); a click on a chart marker
or bar selects that drill's row, a double-click opens it. Selecting a row rings the drill on both
charts. Only codes, types, dates and counts are shown: the same de-identified facts the board sees.

Imported by the drill calendar when its history tab is first shown, so matplotlib's Qt backend
costs nothing until then.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from matplotlib.backend_bases import PickEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QTableWidgetItem, QWidget

from app.domain.drills import AckOutcome
from app.reports.drill_figures import ack_history_figure, findings_figure, minutes, plotted_at
from app.services.drill_views import DrillHistoryPoint
from app.services.errors import ServiceError, StorageError
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.drill_labels import ack_outcome_name, drill_type_name
from app.ui.forms.ui_drill_history_panel import Ui_DrillHistoryPanel
from app.ui.incident_labels import duration_text
from app.ui.preferences import DRILL_HISTORY_MONTHS, LANGUAGE
from app.ui.translation import resolve_language

PERIOD_MONTHS = (12, 24, 0)  # 0: every done drill
DEFAULT_PERIOD = 12
HELD, CODE, TYPE, FIRST, EVERYONE, FINDINGS = range(6)
_HIGHLIGHT = "#000000"


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (the month's last day when shorter)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = moment.day
    while True:
        try:
            return moment.replace(year=year, month=month + 1, day=day)
        except ValueError:
            day -= 1  # 31 March minus one month is 28 (or 29) February


class DrillHistoryPanel(QWidget):
    """The drill-history charts and table for the period chosen."""

    drill_activated = Signal(int)  # the drill's id: open it

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        parent: QWidget | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DrillHistoryPanel()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.now = now
        self.points: tuple[DrillHistoryPoint, ...] = ()
        self.loaded = False  # False until the first reload: no "no drill" summary before asking
        self.builds = 0  # figures built (tests check that an unchanged chart is not rebuilt)
        self._key: tuple[object, ...] | None = None
        self._canvases: list[FigureCanvasQTAgg] = []
        self._by_x: dict[datetime, int] = {}
        self._rings: Line2D | None = None
        self._band: Rectangle | None = None
        self._last_click: object = None
        ui = self.ui
        ui.drillTable.setColumnCount(6)
        ui.drillTable.verticalHeader().hide()
        ui.drillTable.horizontalHeader().setStretchLastSection(True)
        ui.chartArea.setMinimumWidth(420)  # below that the charts' dates and legend collide
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([620, 500])
        self.retranslate_ui()
        remembered = DRILL_HISTORY_MONTHS.get()
        ui.periodCombo.setCurrentIndex(
            PERIOD_MONTHS.index(remembered if remembered in PERIOD_MONTHS else DEFAULT_PERIOD)
        )
        ui.periodCombo.activated.connect(self._period_chosen)
        ui.drillTable.activated.connect(self._row_activated)
        ui.drillTable.currentCellChanged.connect(lambda row, *_: self._highlight(row))

    @staticmethod
    def language() -> str:
        return resolve_language(LANGUAGE.get())

    def retranslate_ui(self) -> None:
        ui = self.ui
        ui.retranslateUi(self)
        current = ui.periodCombo.currentData() if ui.periodCombo.count() else DEFAULT_PERIOD
        ui.periodCombo.clear()
        ui.periodCombo.addItem(self.tr("Last 12 months"), 12)
        ui.periodCombo.addItem(self.tr("Last 24 months"), 24)
        ui.periodCombo.addItem(self.tr("All drills"), 0)
        ui.periodCombo.setCurrentIndex(max(0, ui.periodCombo.findData(current)))
        ui.drillTable.setHorizontalHeaderLabels(
            [
                self.tr("Held"),
                self.tr("Drill"),
                self.tr("Type"),
                self.tr("First\nacknowledgement"),
                self.tr("Everyone\nacknowledged"),
                self.tr("Findings\nopen / closed"),
            ]
        )
        self._key = None  # the charts are drawn in the interface language: rebuild at the next reload
        if self.loaded:
            self._fill_table()
            self._update_summary()

    # -- period and data -------------------------------------------------------------------------

    def set_period(self, months: int) -> None:
        """Show the last ``months`` months (0: every drill) and reload."""
        self.ui.periodCombo.setCurrentIndex(self.ui.periodCombo.findData(months))
        self.reload()

    def _period_chosen(self) -> None:
        DRILL_HISTORY_MONTHS.set(self.period_months())  # the last choice is the next session's default
        self.reload()

    def period_months(self) -> int:
        return int(self.ui.periodCombo.currentData())

    def reload(self) -> None:
        """Ask the service again for the period's done drills; rebuild the charts only if they changed."""
        now = self.now or datetime.now(UTC)
        months = self.period_months()
        since = months_before(now, months) if months else None
        try:
            points = self.workspace.drills.history(self.session, since=since, now=now)
            self.ui.statusLabel.clear()
        except (ServiceError, StorageError) as error:
            points = ()
            self.ui.statusLabel.setText(str(error))
        selected = self.selected_drill()
        self.points = points
        self.loaded = True
        self._fill_table()
        self._update_summary()
        language = self.language()
        key = (language, points)
        if key != self._key:
            self._key = key
            self._show_figures(
                ack_history_figure(points, language, width=7.2, height=3.4),
                findings_figure(points, language, width=7.2, height=2.8),
            )
        self._by_x = {plotted_at(p): p.drill_id for p in points}
        if selected is not None:
            self.select_drill(selected)

    def summary_text(self) -> str:
        return self.ui.summaryLabel.text()

    def _update_summary(self) -> None:
        points = self.points
        if not points:
            text = (
                self.tr("No drill has been held yet.")
                if not self.period_months()
                else self.tr("No drill was held in this period.")
            )
            self.ui.summaryLabel.setText(text)
            return
        count = len(points)
        on_target = sum(1 for p in points if p.first_outcome is AckOutcome.MET)
        still_open = sum(p.findings_open for p in points)
        parts = [
            self.tr("1 drill") if count == 1 else self.tr("%1 drills").replace("%1", str(count)),
            self.tr("first acknowledgement on target in %1").replace("%1", str(on_target)),
            self.tr("1 finding open")
            if still_open == 1
            else self.tr("%1 findings open").replace("%1", str(still_open)),
        ]
        self.ui.summaryLabel.setText(" · ".join(parts))

    # -- the table ---------------------------------------------------------------------------------

    def _fill_table(self) -> None:
        table = self.ui.drillTable
        table.blockSignals(True)
        table.setRowCount(len(self.points))
        for row, point in enumerate(reversed(self.points)):  # newest first, as a list is read
            cells = [
                point.held_at.astimezone().strftime("%Y-%m-%d"),
                point.code,
                drill_type_name(point.drill_type),
                self._ack_text(point.first_ack, point.first_outcome),
                self._ack_text(point.all_ack, point.all_outcome),
                f"{point.findings_open} / {point.findings_closed}",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, point.drill_id)
                if column == FINDINGS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if {FIRST: point.first_outcome, EVERYONE: point.all_outcome}.get(column) is AckOutcome.MISSED:
                    font = item.font()
                    font.setBold(True)  # a missed target stands out without relying on colour
                    item.setFont(font)
                table.setItem(row, column, item)
        table.blockSignals(False)
        table.resizeColumnsToContents()

    def _ack_text(self, elapsed: timedelta | None, outcome: AckOutcome) -> str:
        if elapsed is None:
            return ack_outcome_name(outcome)
        if outcome is AckOutcome.NO_TARGET:
            return duration_text(elapsed)
        return (
            self.tr("%1 (%2)").replace("%1", duration_text(elapsed)).replace("%2", ack_outcome_name(outcome))
        )

    def drill_at_row(self, row: int) -> int | None:
        item = self.ui.drillTable.item(row, 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def selected_drill(self) -> int | None:
        row = self.ui.drillTable.currentRow()
        return self.drill_at_row(row) if row >= 0 else None

    def select_drill(self, drill_id: int) -> None:
        table = self.ui.drillTable
        for row in range(table.rowCount()):
            if self.drill_at_row(row) == drill_id:
                table.setCurrentCell(row, CODE)
                table.scrollToItem(table.item(row, CODE))
                return

    def _row_activated(self, index: QModelIndex) -> None:
        drill_id = self.drill_at_row(index.row())
        if drill_id is not None:
            self.drill_activated.emit(drill_id)

    # -- the charts --------------------------------------------------------------------------------

    def ack_figure(self) -> Figure | None:
        return self._canvases[0].figure if self._canvases else None

    def findings_figure(self) -> Figure | None:
        return self._canvases[1].figure if self._canvases else None

    def _show_figures(self, *figures: Figure) -> None:
        layout = self.ui.chartLayout
        for canvas in self._canvases:
            layout.removeWidget(canvas)
            canvas.setParent(None)
            canvas.deleteLater()
        self._canvases = []
        self._rings = None
        self._band = None
        names = (self.tr("Time to acknowledge per drill"), self.tr("Findings per drill"))
        for figure, name, stretch, floor in zip(figures, names, (5, 4), (200, 160), strict=True):
            self.builds += 1
            canvas = FigureCanvasQTAgg(figure)
            canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            canvas.setMinimumHeight(floor)
            canvas.setAccessibleName(name)
            canvas.setToolTip(self.tr("Click a drill to select it, double-click to open it"))
            canvas.mpl_connect("pick_event", self._picked)
            layout.addWidget(canvas, stretch)
            self._canvases.append(canvas)

    def _picked(self, event: PickEvent) -> None:
        # One click may pick several overlapping artists (a marker and its bar): act on the first only.
        if event.mouseevent is self._last_click:
            return
        self._last_click = event.mouseevent
        drill_id = self._drill_of(event)
        if drill_id is None:
            return
        self.select_drill(drill_id)
        if event.mouseevent.dblclick:
            self.drill_activated.emit(drill_id)

    def _drill_of(self, event: PickEvent) -> int | None:
        artist = event.artist
        if isinstance(artist, Line2D) and len(getattr(event, "ind", ())):
            x = artist.get_xdata()[event.ind[0]]
            return self._by_x.get(x)
        if isinstance(artist, Rectangle) and (artist.get_gid() or "").startswith("findings:"):
            index = round(artist.get_x() + artist.get_width() / 2)
            if 0 <= index < len(self.points):
                return self.points[index].drill_id
        return None

    def _highlight(self, row: int) -> None:
        """Ring the selected drill's markers and shade its bar, without rebuilding either figure."""
        drill_id = self.drill_at_row(row) if row >= 0 else None
        index = next((i for i, p in enumerate(self.points) if p.drill_id == drill_id), None)
        if len(self._canvases) < 2:
            return
        ack_axes = self._canvases[0].figure.axes[0]
        bar_axes = self._canvases[1].figure.axes[0]
        if self._rings is None:
            (self._rings,) = ack_axes.plot(
                [], [], linestyle="none", marker="o", markersize=15, markerfacecolor="none",
                markeredgecolor=_HIGHLIGHT, markeredgewidth=1.4, gid="selected", zorder=5,
            )  # fmt: skip
            self._band = Rectangle(
                (0, 0), 0.9, 1, transform=bar_axes.get_xaxis_transform(), facecolor="#000000",
                alpha=0.08, linewidth=0, gid="selected", zorder=0,
            )  # fmt: skip
            bar_axes.add_patch(self._band)
        assert self._band is not None
        if index is None:
            self._rings.set_data([], [])
            self._band.set_visible(False)
        else:
            point = self.points[index]
            values = [minutes(v) for v in (point.first_ack, point.all_ack) if v is not None]
            self._rings.set_data([plotted_at(point)] * len(values), values)
            self._band.set_x(index - 0.45)
            self._band.set_visible(True)
        for canvas in self._canvases:
            canvas.draw_idle()
