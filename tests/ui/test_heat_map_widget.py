"""The heat map widget: counts, click to select and clear, keyboard, tooltips, compare arrows, speed."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from app.domain.risk_history import Movement, cell_members, movements, register_as_of
from app.domain.risks import LevelBands, RiskLevel, RiskScores, RiskSnapshot, RiskStatus, ScoreBasis
from app.reports.chart_style import LEVEL_COLOURS, MOVE_COLOUR
from app.ui.heat_map_widget import TOOLTIP_TITLES, HeatMapWidget


def snap(
    risk_id: int, likelihood: int, impact: int, on: date = date(2026, 1, 1), **kw: object
) -> RiskSnapshot:
    return RiskSnapshot(
        risk_id=risk_id,
        code=f"R-{risk_id:04d}",
        title=f"Risk number {risk_id}",
        source="cyber_attack",
        owner_label="Crisis lead",
        status=kw.get("status", RiskStatus.OPEN),  # type: ignore[arg-type]
        scores=RiskScores(likelihood, impact, *kw.get("residual", (None, None))),  # type: ignore[arg-type]
        effective_on=on,
    )


@pytest.fixture
def heat_map(qtbot: QtBot) -> HeatMapWidget:
    widget = HeatMapWidget()
    qtbot.addWidget(widget)
    widget.resize(520, 460)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot: QtBot, widget: HeatMapWidget, cell: tuple[int, int]) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.cell_rect(cell).center().toPoint())


def pixel(widget: HeatMapWidget, point: QPointF) -> QColor:
    image: QImage = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))


def arrow_pixels(widget: HeatMapWidget, area: QRectF) -> int:
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    colour = QColor(MOVE_COLOUR)
    return sum(
        1
        for x in range(int(area.left() * ratio), int(area.right() * ratio), 2)
        for y in range(int(area.top() * ratio), int(area.bottom() * ratio), 2)
        if image.pixelColor(x, y) == colour
    )


def test_counts_and_fills_follow_members_and_bands(heat_map: HeatMapWidget) -> None:
    risks = [snap(1, 5, 5), snap(2, 5, 5), snap(3, 1, 2)]
    heat_map.set_cells(cell_members(risks, ScoreBasis.INHERENT))
    assert heat_map.count_at((5, 5)) == 2
    assert heat_map.count_at((1, 2)) == 1
    assert sum(heat_map.counts().values()) == 3
    # Impact along x, likelihood up: (5, 5) is the top-right cell, (1, 1) the bottom-left.
    assert heat_map.cell_rect((5, 5)).top() < heat_map.cell_rect((1, 5)).top()
    assert heat_map.cell_rect((5, 5)).left() > heat_map.cell_rect((5, 1)).left()
    corner = heat_map.cell_rect((5, 5)).topLeft() + QPointF(4, 4)
    assert pixel(heat_map, corner) == QColor(LEVEL_COLOURS[RiskLevel.HIGH])
    heat_map.set_bands(LevelBands(low_max=20, medium_max=24))
    assert pixel(heat_map, corner) == QColor(LEVEL_COLOURS[RiskLevel.HIGH])  # 25 > 24: still High
    low_cell = heat_map.cell_rect((4, 5)).topLeft() + QPointF(4, 4)  # 20: Low under these bands
    assert pixel(heat_map, low_cell) == QColor(LEVEL_COLOURS[RiskLevel.LOW])


def test_click_selects_and_a_second_click_clears(qtbot: QtBot, heat_map: HeatMapWidget) -> None:
    heat_map.set_cells(cell_members([snap(1, 4, 2)], ScoreBasis.INHERENT))
    with qtbot.waitSignal(heat_map.cellSelected) as selected:
        click(qtbot, heat_map, (4, 2))
    assert selected.args == [4, 2]
    assert heat_map.selected_cell() == (4, 2)
    with qtbot.waitSignal(heat_map.selectionCleared):
        click(qtbot, heat_map, (4, 2))
    assert heat_map.selected_cell() is None
    click(qtbot, heat_map, (1, 5))
    assert heat_map.selected_cell() == (1, 5)
    click(qtbot, heat_map, (2, 3))  # another cell moves the selection
    assert heat_map.selected_cell() == (2, 3)


def test_selected_cell_is_outlined(qtbot: QtBot, heat_map: HeatMapWidget) -> None:
    rect = heat_map.cell_rect((3, 3))
    edge = QPointF(rect.left() + 3, rect.center().y())
    before = pixel(heat_map, edge)
    click(qtbot, heat_map, (3, 3))
    assert pixel(heat_map, edge) == heat_map.palette().color(QPalette.ColorRole.Highlight)
    assert pixel(heat_map, edge) != before


def test_keyboard_moves_the_focus_cell_and_space_selects(qtbot: QtBot, heat_map: HeatMapWidget) -> None:
    heat_map.setFocus()
    start = heat_map.focus_cell()
    qtbot.keyClick(heat_map, Qt.Key.Key_Up)
    qtbot.keyClick(heat_map, Qt.Key.Key_Right)
    assert heat_map.focus_cell() == (start[0] + 1, start[1] + 1)
    for _ in range(6):
        qtbot.keyClick(heat_map, Qt.Key.Key_Up)  # stops at the edge
    assert heat_map.focus_cell()[0] == 5
    with qtbot.waitSignal(heat_map.cellSelected) as selected:
        qtbot.keyClick(heat_map, Qt.Key.Key_Space)
    assert selected.args == [5, start[1] + 1]
    qtbot.keyClick(heat_map, Qt.Key.Key_Return)
    assert heat_map.selected_cell() is None
    qtbot.keyClick(heat_map, Qt.Key.Key_Enter)
    qtbot.keyClick(heat_map, Qt.Key.Key_Escape)
    assert heat_map.selected_cell() is None
    assert "likelihood 5" in heat_map.accessibleDescription()
    assert heat_map.accessibleName()


def test_tooltip_lists_fifteen_titles_and_how_many_more(qtbot: QtBot, heat_map: HeatMapWidget) -> None:
    risks = [snap(n, 2, 4) for n in range(1, 21)]
    heat_map.set_cells(cell_members(risks, ScoreBasis.INHERENT))
    tip = heat_map.tooltip_at((2, 4))
    assert "Risk number 1" in tip
    assert "R-0015" in tip
    assert "R-0016" not in tip
    assert "and 5 more" in tip
    assert "20 risk(s)" in tip
    assert "Medium" in tip
    assert TOOLTIP_TITLES == 15
    center = heat_map.cell_rect((2, 4)).center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, center, heat_map.mapToGlobal(center))
    QApplication.sendEvent(heat_map, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "and 5 more" in QToolTip.text()
    QToolTip.hideText()


def test_compare_arrows_and_badges_from_domain_movements(heat_map: HeatMapWidget) -> None:
    history = [
        snap(1, 2, 2, date(2025, 1, 1)),
        snap(2, 2, 2, date(2025, 1, 1)),
        snap(3, 5, 5, date(2025, 1, 1)),
        snap(1, 4, 4, date(2025, 6, 1)),
        snap(2, 4, 4, date(2025, 6, 1)),
        snap(3, 5, 5, date(2025, 6, 1), status=RiskStatus.CLOSED),
        snap(4, 1, 1, date(2025, 6, 1)),
    ]
    before = register_as_of(history, date(2025, 3, 1))
    after = register_as_of(history, date(2025, 7, 1))
    moved = movements(before, after, ScoreBasis.INHERENT)
    heat_map.set_cells(cell_members(after.values(), ScoreBasis.INHERENT), moved)
    assert heat_map.arrows() == (((2, 2), (4, 4), 2),)
    appeared, left = heat_map.badges()
    assert appeared == {(1, 1): 1}
    assert left == {(5, 5): 1}
    assert "2 in, 0 out" in heat_map.tooltip_at((4, 4))
    # The arrow is painted: the arrow colour covers pixels between the two cells.
    between = heat_map.cell_rect((2, 2)).united(heat_map.cell_rect((4, 4)))
    assert arrow_pixels(heat_map, between) > 50
    plain = HeatMapWidget()
    plain.resize(heat_map.size())
    plain.set_cells(cell_members(after.values(), ScoreBasis.INHERENT))
    assert arrow_pixels(plain, between) == 0
    heat_map.set_cells(cell_members(after.values(), ScoreBasis.INHERENT))
    assert heat_map.arrows() == ()


def test_dark_palette_axis_text_uses_the_palette(qtbot: QtBot, heat_map: HeatMapWidget) -> None:
    palette = heat_map.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    heat_map.setPalette(palette)
    heat_map.setAutoFillBackground(True)
    image = heat_map.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 60) for y in range(0, image.height(), 3)}
    assert "#f0f0f0" in colours or any(QColor(c).lightness() > 180 for c in colours)
    assert "#202020" in colours


def test_redraw_with_two_thousand_risks_is_fast(heat_map: HeatMapWidget) -> None:
    history = [
        snap(
            n, 1 + (n + k) % 5, 1 + (n * 7 + k) % 5, date(2021 + k // 4, 1 + 3 * (k % 4), 1), residual=(1, 2)
        )
        for n in range(2000)
        for k in range(20)
    ]
    started = time.perf_counter()
    register = register_as_of(history, date(2024, 6, 30))
    heat_map.set_cells(cell_members(register.values(), ScoreBasis.RESIDUAL))
    heat_map.repaint()
    elapsed = time.perf_counter() - started
    assert sum(heat_map.counts().values()) == 2000
    assert elapsed < 0.1, f"as-of + redraw took {elapsed * 1000:.0f} ms"
    started = time.perf_counter()
    for _ in range(10):
        heat_map.repaint()
    assert (time.perf_counter() - started) / 10 < 0.02


def test_movement_type_is_the_domains(heat_map: HeatMapWidget) -> None:
    heat_map.set_cells({}, (Movement(1, "R-1", "t", None, (3, 3)),))
    assert heat_map.badges()[0] == {(3, 3): 1}
    assert heat_map.count_at((3, 3)) == 0
    heat_map.update()
    QApplication.processEvents()
    assert heat_map.cell_at(QPointF(heat_map.cell_rect((3, 3)).center())) == (3, 3)
    assert heat_map.cell_at(QPointF(QPoint(1, 1))) is None
