"""The trend charts beside the register: risks per level over time, and the selected risk's scores.

The figures are ``app.reports.risk_figures``'s, the ones the board PDF prints; this panel only puts
each in a ``FigureCanvasQTAgg``. A figure is rebuilt only when its data changed (same points, same
figure), and the canvas draws it at its next paint, so moving through the register's rows does not
redraw the level chart. The chart language follows the interface language.

Imported with the risk view (on demand), so matplotlib's Qt backend costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QLabel, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from app.domain.risk_history import LevelTrendPoint, ScorePoint
from app.domain.risks import LevelBands
from app.reports.risk_figures import level_trend_figure, score_trend_figure
from app.ui.preferences import LANGUAGE
from app.ui.translation import resolve_language

_LEVELS_TAB = 0
_SCORE_TAB = 1


class RiskTrendPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskTrendPanel")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("trendTabs")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._pages = [QWidget(), QWidget()]
        for page in self._pages:
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, "")
        self._canvases: list[FigureCanvasQTAgg | None] = [None, None]
        self.hint = QLabel()
        self.hint.setObjectName("scoreTrendHint")
        self.hint.setWordWrap(True)
        self._pages[_SCORE_TAB].layout().addWidget(self.hint)
        self._level_key: tuple[object, ...] | None = None
        self._score_key: tuple[object, ...] | None = None
        self.builds = 0  # figures built (tests check that an unchanged chart is not rebuilt)
        self.retranslate_ui()

    @staticmethod
    def language() -> str:
        return resolve_language(LANGUAGE.get())

    def show_level_trend(self, points: Sequence[LevelTrendPoint]) -> None:
        language = self.language()
        key = (language, tuple((p.on, tuple(sorted(p.counts.items()))) for p in points))
        if key == self._level_key:
            return
        self._level_key = key
        self._set_figure(_LEVELS_TAB, level_trend_figure(points, language=language))

    def show_score_trend(self, code: str | None, points: Sequence[ScorePoint], bands: LevelBands) -> None:
        """The selected risk's score history; ``code`` None shows the hint to pick a risk instead."""
        language = self.language()
        key = (language, code, tuple(points), bands)
        if key == self._score_key:
            return
        self._score_key = key
        if code is None:
            self._clear(_SCORE_TAB)
            self.hint.show()
            return
        self.hint.hide()
        self._set_figure(_SCORE_TAB, score_trend_figure(points, bands, language=language, code=code))

    def figure(self, tab: int) -> Figure | None:
        canvas = self._canvases[tab]
        return canvas.figure if canvas is not None else None

    def level_figure(self) -> Figure | None:
        return self.figure(_LEVELS_TAB)

    def score_figure(self) -> Figure | None:
        return self.figure(_SCORE_TAB)

    def _set_figure(self, tab: int, figure: Figure) -> None:
        self.builds += 1
        self._clear(tab)
        canvas = FigureCanvasQTAgg(figure)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumHeight(160)
        canvas.setAccessibleName(self.tabs.tabText(tab))
        self._pages[tab].layout().addWidget(canvas)
        self._canvases[tab] = canvas

    def _clear(self, tab: int) -> None:
        canvas = self._canvases[tab]
        if canvas is not None:
            self._pages[tab].layout().removeWidget(canvas)
            canvas.setParent(None)
            canvas.deleteLater()
            self._canvases[tab] = None

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(_LEVELS_TAB, self.tr("Risks per level"))
        self.tabs.setTabText(_SCORE_TAB, self.tr("Selected risk's score"))
        self.hint.setText(self.tr("Select a risk in the register to see how its score moved."))
        # The charts are drawn in the interface language: rebuild them at the next update.
        self._level_key = None
        self._score_key = None
