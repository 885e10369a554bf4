"""The drill calendar's grid: a table model of days and a delegate that paints each day's entries.

One model cell per day and painted chips instead of a widget per entry, so switching to another
month with a year of data stays far below the 100 ms budget (see ``benchmarks``): the view groups
the period's entries by day once and the delegate only paints what is visible.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.services.calendar_feed import CalendarEntry, CalendarKind

DayRole = Qt.ItemDataRole.UserRole
EntriesRole = Qt.ItemDataRole.UserRole + 1

# One colour per kind (legend, chips, the day list), readable on light and dark palettes with white text.
KIND_COLOURS: dict[CalendarKind, str] = {
    CalendarKind.DRILL: "#1f5fa8",
    CalendarKind.SHIFT: "#6a3d9a",
    CalendarKind.FOLLOW_UP: "#2e7d32",
    CalendarKind.CASE_ACTION: "#b85c00",
    CalendarKind.DRILL_ACTION: "#a8323e",
}
TODAY_COLOUR = "#f2b600"
_Index = QModelIndex | QPersistentModelIndex


class CalendarGridModel(QAbstractTableModel):
    """Weeks × 7 days from ``first_day``; each cell holds its day and the entries shown on it."""

    def __init__(self, entry_text: Callable[[CalendarEntry], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry_text = entry_text
        self._first = date.today()
        self._weeks = 6
        self._month: int | None = None
        self._today = date.today()
        self._by_day: Mapping[date, Sequence[CalendarEntry]] = {}

    def set_period(
        self,
        first_day: date,
        weeks: int,
        month: int | None,
        by_day: Mapping[date, Sequence[CalendarEntry]],
        today: date,
    ) -> None:
        self.beginResetModel()
        self._first, self._weeks, self._month, self._by_day, self._today = (
            first_day,
            weeks,
            month,
            by_day,
            today,
        )
        self.endResetModel()

    def day_at(self, row: int, column: int) -> date:
        return self._first + timedelta(days=row * 7 + column)

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self._first).days
        if not 0 <= offset < self._weeks * 7:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._weeks

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 7

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        day = self.day_at(index.row(), index.column())
        if role == DayRole:
            return day
        if role == EntriesRole:
            return self._by_day.get(day, ())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == Qt.ItemDataRole.ToolTipRole:
            entries = self._by_day.get(day, ())
            return "\n".join(self._entry_text(e) for e in entries) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            count = len(self._by_day.get(day, ()))
            text = QLocale().toString(day, QLocale.FormatType.LongFormat)
            return self.tr("%1, %n entries", "", count).replace("%1", text)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)  # Monday first
        return self.tr("Week %1").replace("%1", str(self.day_at(section, 0).isocalendar().week))

    def in_month(self, day: date) -> bool:
        return self._month is None or day.month == self._month

    @property
    def today(self) -> date:
        return self._today


class CalendarDayDelegate(QStyledItemDelegate):
    """Paints a day: its number, today's ring, and one coloured chip per entry with "+k more"."""

    def __init__(
        self, model: CalendarGridModel, entry_text: Callable[[CalendarEntry], str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._entry_text = entry_text

    def _more_text(self, count: int) -> str:
        return self.tr("+%n more", "", count)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        day: date = index.data(DayRole)
        entries: Sequence[CalendarEntry] = index.data(EntriesRole)
        palette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        base = palette.color(QPalette.ColorRole.Base)
        if not self._model.in_month(day):
            base = palette.color(QPalette.ColorRole.AlternateBase)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight).lighter(185) if selected else base)
        text_colour = palette.color(QPalette.ColorRole.Text)
        if not self._model.in_month(day):
            text_colour = palette.color(QPalette.ColorRole.PlaceholderText)
        font = QFont(option.font)  # type: ignore[attr-defined]
        metrics = painter.fontMetrics()
        line = metrics.height() + 2
        number_rect = QRect(rect.left() + 4, rect.top() + 2, rect.width() - 8, line)
        if day == self._model.today:
            painter.setPen(QColor(TODAY_COLOUR))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
            painter.drawRect(rect.adjusted(2, 2, -3, -3))
            font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(
            number_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(day.day)
        )
        font.setBold(False)
        painter.setFont(font)
        top = rect.top() + line + 4
        room = max(0, (rect.bottom() - top) // line)
        shown = entries if len(entries) <= room else entries[: max(0, room - 1)]
        for entry in shown:
            chip = QRect(rect.left() + 3, top, rect.width() - 6, line - 1)
            painter.fillRect(chip, QColor(KIND_COLOURS[entry.kind]))
            painter.setPen(QColor("white"))
            text = metrics.elidedText(self._entry_text(entry), Qt.TextElideMode.ElideRight, chip.width() - 6)
            if entry.overdue:
                bold = QFont(font)
                bold.setBold(True)
                painter.setFont(bold)
            painter.drawText(chip.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, text)
            painter.setFont(font)
            top += line
        hidden = len(entries) - len(shown)
        if hidden > 0:
            painter.setPen(text_colour)
            painter.drawText(
                QRect(rect.left() + 4, top, rect.width() - 8, line),
                Qt.AlignmentFlag.AlignVCenter,
                self._more_text(hidden),
            )
        painter.restore()
