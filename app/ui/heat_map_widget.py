"""The 5 × 5 risk matrix as a custom-painted widget: counts per cell, click to filter, compare two dates.

Orientation: impact on the x axis (1 → 5, left to right) and likelihood on the y axis with 5 at
the top, the way risk matrices are usually drawn and the way ``app.reports.risk_figures`` draws the
printed one, so the dangerous corner is top right on screen and on paper. Fills are the shared
``LEVEL_COLOURS``; the count on each fill is black or white by contrast, and the axis texts follow
the palette, so the widget reads in a dark theme too.

Everything a paint needs (count, fill, text colour, tooltip, arrows) is computed once in
``set_cells``; ``paintEvent`` only lays out 25 rectangles, so a redraw costs the same with 20 risks
or 2,000.

Keyboard: the arrow keys move a focus cell (Up = more likely, Right = more impact); Space or Enter
selects it, and selecting the selected cell again clears the selection, as a second click does.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.domain.risk_history import ALL_CELLS, Movement
from app.domain.risks import SCALE, LevelBands, RiskLevel
from app.reports.chart_style import LEVEL_COLOURS, MOVE_COLOUR, contrast_text
from app.ui.risk_labels import impact_name, level_name, likelihood_name

Cell = tuple[int, int]  # (likelihood, impact)
TOOLTIP_TITLES = 15  # titles listed in a cell's tooltip before "and N more"


class Titled(Protocol):
    """What a cell lists of each risk in it: a ``RiskSnapshot`` or a ``RiskView``."""

    @property
    def code(self) -> str: ...
    @property
    def title(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _CellData:
    count: int
    level: RiskLevel
    fill: QColor
    text: QColor
    tooltip: str


@dataclass(frozen=True, slots=True)
class _Arrow:
    before: Cell
    after: Cell
    count: int


class HeatMapWidget(QWidget):
    """Signals: ``cellSelected(likelihood, impact)`` when a cell is chosen, ``selectionCleared()``."""

    cellSelected = Signal(int, int)
    selectionCleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMap")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._bands = LevelBands()
        self._cells: dict[Cell, _CellData] = {}
        self._arrows: tuple[_Arrow, ...] = ()
        self._appeared: dict[Cell, int] = {}
        self._left: dict[Cell, int] = {}
        self._selected: Cell | None = None
        self._focus: Cell = (3, 3)
        self._members: Mapping[Cell, Sequence[Titled]] = {}
        self.set_cells({})
        self.retranslate_ui()

    # -- data ---------------------------------------------------------------------------------

    def set_bands(self, bands: LevelBands) -> None:
        self._bands = bands
        self.set_cells(self._members, self._movements)

    def set_cells(self, members: Mapping[Cell, Sequence[Titled]], moved: Sequence[Movement] = ()) -> None:
        """Show ``members`` (the risks per cell, as ``risk_history.cell_members`` gives them).

        ``moved`` (compare mode) draws an arrow per pair of cells risks moved between, and a
        "+n"/"−n" badge where risks appeared or left.
        """
        self._members = members
        self._movements = tuple(moved)
        cells = {}
        for cell in ALL_CELLS:
            found = members.get(cell, ())
            level = self._bands.level_for(cell[0] * cell[1])
            fill = QColor(LEVEL_COLOURS[level])
            cells[cell] = _CellData(len(found), level, fill, QColor(contrast_text(fill.name())), "")
        self._cells = cells
        arrows: dict[tuple[Cell, Cell], int] = {}
        appeared: dict[Cell, int] = {}
        left: dict[Cell, int] = {}
        for movement in self._movements:
            if movement.before is not None and movement.after is not None:
                key = (movement.before, movement.after)
                arrows[key] = arrows.get(key, 0) + 1
            elif movement.after is not None:
                appeared[movement.after] = appeared.get(movement.after, 0) + 1
            elif movement.before is not None:
                left[movement.before] = left.get(movement.before, 0) + 1
        self._arrows = tuple(_Arrow(b, a, n) for (b, a), n in arrows.items())
        self._appeared, self._left = appeared, left
        self._build_tooltips()
        self._update_accessible_description()
        self.update()

    def _build_tooltips(self) -> None:
        for cell, data in self._cells.items():
            self._cells[cell] = _CellData(data.count, data.level, data.fill, data.text, self._tooltip(cell))

    def _tooltip(self, cell: Cell) -> str:
        likelihood, impact = cell
        data = self._cells[cell]
        lines = [
            self.tr("Likelihood %1 (%2) × impact %3 (%4) = %5 · %6")
            .replace("%1", str(likelihood))
            .replace("%2", likelihood_name(likelihood))
            .replace("%3", str(impact))
            .replace("%4", impact_name(impact))
            .replace("%5", str(likelihood * impact))
            .replace("%6", level_name(data.level)),
            self.tr("%n risk(s)", "", data.count),
        ]
        found = self._members.get(cell, ())
        lines += [f"{risk.code} — {risk.title}" for risk in found[:TOOLTIP_TITLES]]
        if len(found) > TOOLTIP_TITLES:
            lines.append(self.tr("and %n more", "", len(found) - TOOLTIP_TITLES))
        moved_in = sum(a.count for a in self._arrows if a.after == cell) + self._appeared.get(cell, 0)
        moved_out = sum(a.count for a in self._arrows if a.before == cell) + self._left.get(cell, 0)
        if moved_in or moved_out:
            lines.append(
                self.tr("Since the comparison date: %1 in, %2 out")
                .replace("%1", str(moved_in))
                .replace("%2", str(moved_out))
            )
        return "\n".join(lines)

    def count_at(self, cell: Cell) -> int:
        return self._cells[cell].count

    def counts(self) -> dict[Cell, int]:
        return {cell: data.count for cell, data in self._cells.items()}

    def tooltip_at(self, cell: Cell) -> str:
        return self._cells[cell].tooltip

    def arrows(self) -> tuple[tuple[Cell, Cell, int], ...]:
        """The compare arrows drawn, as (before, after, number of risks)."""
        return tuple((a.before, a.after, a.count) for a in self._arrows)

    def badges(self) -> tuple[dict[Cell, int], dict[Cell, int]]:
        """Risks that appeared in / left each cell since the comparison date."""
        return dict(self._appeared), dict(self._left)

    # -- selection ----------------------------------------------------------------------------

    def selected_cell(self) -> Cell | None:
        return self._selected

    def focus_cell(self) -> Cell:
        return self._focus

    def set_selected_cell(self, cell: Cell | None, *, notify: bool = True) -> None:
        if cell == self._selected:
            return
        self._selected = cell
        if cell is not None:
            self._focus = cell
        self._update_accessible_description()
        self.update()
        if notify:
            if cell is None:
                self.selectionCleared.emit()
            else:
                self.cellSelected.emit(*cell)

    def toggle_cell(self, cell: Cell) -> None:
        """What a click or Space does: select ``cell``, or clear the selection if it was selected."""
        self.set_selected_cell(None if cell == self._selected else cell)

    # -- geometry -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(460, 400)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, 240)

    def _margins(self) -> tuple[int, int]:
        """Room for the likelihood names on the left and the impact names below."""
        metrics = QFontMetrics(self._axis_font())
        left = max(metrics.horizontalAdvance(f"{likelihood_name(n)} {n}") for n in SCALE)
        left += metrics.height() + 14  # the rotated axis title
        bottom = 3 * metrics.height() + 10
        return left, bottom

    def _grid_rect(self) -> QRectF:
        left, bottom = self._margins()
        area = QRectF(self.rect()).adjusted(left, 8, -8, -bottom)
        side = max(10.0, min(area.width(), area.height()))
        return QRectF(area.left() + (area.width() - side) / 2, area.top(), side, side)

    def cell_rect(self, cell: Cell) -> QRectF:
        grid = self._grid_rect()
        size = grid.width() / 5
        likelihood, impact = cell
        return QRectF(grid.left() + (impact - 1) * size, grid.top() + (5 - likelihood) * size, size, size)

    def cell_at(self, point: QPointF) -> Cell | None:
        grid = self._grid_rect()
        if not grid.contains(point):
            return None
        size = grid.width() / 5
        impact = min(5, int((point.x() - grid.left()) // size) + 1)
        likelihood = 5 - min(4, int((point.y() - grid.top()) // size))
        return (likelihood, impact)

    def _axis_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Window)
        grid = self._grid_rect()
        size = grid.width() / 5
        count_font = QFont(self.font())
        count_font.setBold(True)
        count_font.setPixelSize(max(9, int(size * 0.3)))
        for cell, data in self._cells.items():
            painter.fillRect(self.cell_rect(cell).adjusted(1, 1, -1, -1), data.fill)  # gaps are grid lines
        self._paint_arrows(painter, size, background)
        painter.setFont(count_font)
        for cell, data in self._cells.items():  # counts over the arrows: an arrow never hides a number
            if data.count:
                rect = self.cell_rect(cell)
                painter.setPen(data.text)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(data.count))
        self._paint_badges(painter, size)
        self._paint_axes(painter, grid, palette)
        if self._selected is not None:
            rect = self.cell_rect(self._selected).adjusted(2, 2, -2, -2)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            painter.setPen(QPen(QColor(contrast_text(self._cells[self._selected].fill.name())), 1))
            painter.drawRect(rect.adjusted(3, 3, -3, -3))
        if self.hasFocus():
            rect = self.cell_rect(self._focus).adjusted(5, 5, -5, -5)
            pen = QPen(self._cells[self._focus].text, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        painter.end()

    def _paint_axes(self, painter: QPainter, grid: QRectF, palette: QPalette) -> None:
        font = self._axis_font()
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        metrics = QFontMetrics(font)
        size = grid.width() / 5
        for n in SCALE:
            row = QRectF(0, grid.top() + (5 - n) * size, grid.left() - 6, size)
            painter.drawText(
                row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{likelihood_name(n)} {n}"
            )
            column = QRectF(grid.left() + (n - 1) * size, grid.bottom() + 4, size, 2 * metrics.height())
            painter.drawText(
                column,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                f"{n}\n{impact_name(n)}",
            )
        title_font = QFont(font)
        title_font.setBold(True)
        painter.setFont(title_font)
        below = QRectF(
            grid.left(), grid.bottom() + 4 + 2 * metrics.height(), grid.width(), metrics.height() + 4
        )
        painter.drawText(below, Qt.AlignmentFlag.AlignCenter, self._impact_title)
        painter.save()
        painter.translate(2, grid.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-grid.height() / 2, 0, grid.height(), metrics.height() + 2),
            Qt.AlignmentFlag.AlignCenter,
            self._likelihood_title,
        )
        painter.restore()

    def _paint_badges(self, painter: QPainter, size: float) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(8, int(size * 0.16)))
        font.setBold(True)
        painter.setFont(font)
        for cells, sign, corner in ((self._appeared, "+", "right"), (self._left, "−", "left")):
            for cell, number in cells.items():
                rect = self.cell_rect(cell)
                text = f"{sign}{number}"
                width = QFontMetrics(font).horizontalAdvance(text) + 8
                height = QFontMetrics(font).height() + 2
                x = rect.right() - width - 4 if corner == "right" else rect.left() + 4
                badge = QRectF(x, rect.top() + 4, width, height)
                painter.setPen(QPen(QColor(MOVE_COLOUR), 1))
                painter.setBrush(QColor("white"))
                painter.drawRoundedRect(badge, 4, 4)
                painter.setPen(QColor(MOVE_COLOUR))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_arrows(self, painter: QPainter, size: float, background: QColor) -> None:
        """Curved arrows (so one passing a cell does not run through its count), white-haloed."""
        colour = QColor(MOVE_COLOUR)
        halo = QColor("white")
        label_font = QFont(self.font())
        label_font.setBold(True)
        for arrow in self._arrows:
            start = self.cell_rect(arrow.before).center()
            end = self.cell_rect(arrow.after).center()
            dx, dy = end.x() - start.x(), end.y() - start.y()
            length = math.hypot(dx, dy)
            if length < 1:
                continue
            # Bend to the left of the direction of travel, more for a longer arrow.
            bend = min(size * 0.45, 0.22 * length + size * 0.12)
            control = QPointF(
                (start.x() + end.x()) / 2 - dy / length * bend, (start.y() + end.y()) / 2 + dx / length * bend
            )
            shrink = size * 0.22  # start and end beside the counts
            a = self._towards(start, control, shrink)
            b = self._towards(end, control, shrink)
            tx, ty = b.x() - control.x(), b.y() - control.y()
            tangent = math.hypot(tx, ty) or 1.0
            ux, uy = tx / tangent, ty / tangent
            head = max(7.0, size * 0.13)
            left = QPointF(b.x() - ux * head - uy * head * 0.6, b.y() - uy * head + ux * head * 0.6)
            right = QPointF(b.x() - ux * head + uy * head * 0.6, b.y() - uy * head - ux * head * 0.6)
            path = QPainterPath(a)
            path.quadTo(control, QPointF(b.x() - ux * head * 0.6, b.y() - uy * head * 0.6))
            width = 1.5 + min(3.0, (arrow.count - 1) * 0.75)
            for pen_colour, pen_width in ((halo, width + 3), (colour, width)):
                painter.setPen(QPen(pen_colour, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
                painter.setBrush(pen_colour)
                painter.drawPolygon(QPolygonF([b, left, right]))
            if arrow.count > 1:
                label = f"×{arrow.count}"
                painter.setFont(label_font)
                metrics = QFontMetrics(label_font)
                box = QRectF(0, 0, metrics.horizontalAdvance(label) + 6, metrics.height())
                box.moveCenter(path.pointAtPercent(0.5))
                painter.setPen(QPen(colour, 1))
                painter.setBrush(halo)
                painter.drawRoundedRect(box, 3, 3)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    @staticmethod
    def _towards(point: QPointF, target: QPointF, distance: float) -> QPointF:
        dx, dy = target.x() - point.x(), target.y() - point.y()
        length = math.hypot(dx, dy) or 1.0
        return QPointF(point.x() + dx / length * distance, point.y() + dy / length * distance)

    # -- texts --------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self._likelihood_title = self.tr("Likelihood")
        self._impact_title = self.tr("Impact")
        self.setAccessibleName(self.tr("Risk matrix: likelihood by impact"))
        self._build_tooltips()
        self._update_accessible_description()
        self.update()

    def _update_accessible_description(self) -> None:
        likelihood, impact = self._focus
        text = (
            self.tr("Cell likelihood %1, impact %2: %n risk(s).", "", self._cells[self._focus].count)
            .replace("%1", str(likelihood))
            .replace("%2", str(impact))
        )
        if self._selected is not None:
            text += " " + self.tr("Selected: likelihood %1, impact %2.").replace(
                "%1", str(self._selected[0])
            ).replace("%2", str(self._selected[1]))
        self.setAccessibleDescription(text)

    # -- events -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            cell = self.cell_at(event.position())
            if cell is not None:
                self._focus = cell
                self.toggle_cell(cell)
                self.update()
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        likelihood, impact = self._focus
        key = event.key()
        moves = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Left: (0, -1),
        }
        if key in moves:
            dl, di = moves[key]
            self._focus = (min(5, max(1, likelihood + dl)), min(5, max(1, impact + di)))
            self._update_accessible_description()
            self.update()
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select):
            self.toggle_cell(self._focus)
            return
        if key == Qt.Key.Key_Escape and self._selected is not None:
            self.set_selected_cell(None)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(QPointF(event.pos()))
            if cell is None:
                QToolTip.hideText()
                event.ignore()
            else:
                rect = self.cell_rect(cell).toAlignedRect()
                QToolTip.showText(event.globalPos(), self._cells[cell].tooltip, self, QRect(rect))
            return True
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.update()
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
