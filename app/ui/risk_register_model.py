"""The risk register table: every risk the service returned, filtered and sorted in memory.

The register is small (tens of risks in an office, 2,000 in the benchmark), so the model holds the
whole ``list_risks`` answer and filters with the domain ``RiskFilter`` (the same rule the heat map
counts with). Cell texts and sort keys are computed once per load, not per paint; sort keys are
numbers for scores and ordinal days for dates, so "10" sorts after "9" and an empty date last.

A score cell's tooltip is its formula (``risk_labels.formula_text``): wherever a score is shown,
how it was reached is one hover away.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from app.domain.risks import LevelBands, RiskFilter, RiskLevel
from app.reports.chart_style import LEVEL_COLOURS, LEVEL_TEXT_COLOURS
from app.ui.risk_labels import formula_text, level_name, owner_name, score_formula, status_name

if TYPE_CHECKING:
    from app.services.risks import RiskView

Index = QModelIndex | QPersistentModelIndex

COL_CODE = 0
COL_TITLE = 1
COL_LEVEL = 2
COL_RESIDUAL = 3
COL_OWNER = 4
COL_SOURCE = 5
COL_STATUS = 6
COL_NEXT_REVIEW = 7
COLUMN_COUNT = 8
RISK_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#b3261e")
_NO_DATE = 10**7  # after every real date's ordinal, so risks without a review date sort last


class RiskRegisterModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[RiskView] = []
        self._rows: list[RiskView] = []
        self._bands = LevelBands()
        self._today = date.today()
        self._filter = RiskFilter()
        self._ids: frozenset[int] | None = None
        self._source_labels: Mapping[str, str] = {}
        self._texts: dict[int, tuple[str, ...]] = {}  # risk id → the column texts
        self._sort_column = COL_CODE
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- loading and filtering ----------------------------------------------------------------

    def set_risks(
        self,
        risks: Iterable[RiskView],
        bands: LevelBands,
        today: date,
        source_labels: Mapping[str, str] | None = None,
    ) -> None:
        """Replace the register (after a reload); the filter and sort order are kept."""
        self._all = list(risks)
        self._bands = bands
        self._today = today
        if source_labels is not None:
            self._source_labels = source_labels
        self._texts = {risk.id: self._column_texts(risk) for risk in self._all}
        self._refilter()

    def set_filter(self, risk_filter: RiskFilter, ids: frozenset[int] | None = None) -> None:
        """Show the risks ``risk_filter`` matches and, when ``ids`` is given, only those risks.

        ``ids`` carries a heat-map cell of a past date: the risks in it then, whatever their
        scores are now.
        """
        if risk_filter == self._filter and ids == self._ids:
            return
        self._filter = risk_filter
        self._ids = ids
        self._refilter()

    def risk_filter(self) -> RiskFilter:
        return self._filter

    def _refilter(self) -> None:
        self.beginResetModel()
        rows = [
            risk
            for risk in self._all
            if (self._ids is None or risk.id in self._ids)
            and self._filter.matches(risk, self._today, self._bands)
        ]
        rows.sort(
            key=self._sort_key(self._sort_column), reverse=self._sort_order == Qt.SortOrder.DescendingOrder
        )
        self._rows = rows
        self.endResetModel()

    def all_risks(self) -> list[RiskView]:
        return list(self._all)

    def risks(self) -> list[RiskView]:
        """The rows shown, in their order."""
        return list(self._rows)

    def risk_at(self, row: int) -> RiskView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, risk_id: int) -> int | None:
        return next((row for row, risk in enumerate(self._rows) if risk.id == risk_id), None)

    def owners(self) -> list[str]:
        return sorted({risk.owner_label for risk in self._all if risk.owner_label}, key=str.casefold)

    # -- texts --------------------------------------------------------------------------------

    def _column_texts(self, risk: RiskView) -> tuple[str, ...]:
        residual = "—"
        if risk.residual_score is not None and risk.residual_level is not None:
            residual = f"{level_name(risk.residual_level)} · {risk.residual_score}"
        return (
            risk.code,
            risk.title,
            f"{level_name(risk.level)} · {risk.inherent_score}",
            residual,
            owner_name(risk.owner_label),
            self._source_labels.get(risk.source) or risk.source_label or risk.source,
            status_name(risk.status),
            risk.next_review_on.isoformat() if risk.next_review_on is not None else "—",
        )

    def cell_text(self, risk: RiskView, column: int) -> str:
        return self._texts[risk.id][column]

    def retranslate(self) -> None:
        """Names of levels and statuses change with the language."""
        self._texts = {risk.id: self._column_texts(risk) for risk in self._all}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    # -- sorting ------------------------------------------------------------------------------

    def _sort_key(self, column: int) -> Callable[[RiskView], object]:
        keys: dict[int, Callable[[RiskView], object]] = {
            COL_CODE: lambda r: (r.code.casefold(), r.id),
            COL_TITLE: lambda r: (r.title.casefold(), r.code),
            COL_LEVEL: lambda r: (r.inherent_score, r.code),
            COL_RESIDUAL: lambda r: (r.residual_score if r.residual_score is not None else -1, r.code),
            COL_OWNER: lambda r: (owner_name(r.owner_label).casefold(), r.code),
            COL_SOURCE: lambda r: (self._texts[r.id][COL_SOURCE].casefold(), r.code),
            COL_STATUS: lambda r: (list(type(r.status)).index(r.status), r.code),
            COL_NEXT_REVIEW: lambda r: (
                r.next_review_on.toordinal() if r.next_review_on is not None else _NO_DATE,
                r.code,
            ),
        }
        return keys[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort_column = column
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    # -- Qt's model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Level · score"),
            self.tr("Residual"),
            self.tr("Owner"),
            self.tr("Source"),
            self.tr("Status"),
            self.tr("Next review"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in (COL_LEVEL, COL_RESIDUAL):
            return self.tr("Score = likelihood × impact; hover a score to see its formula.")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        risk = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[risk.id][column]
        if role == RISK_ID_ROLE:
            return risk.id
        if role == SORT_ROLE:
            return self._sort_key(column)(risk)
        overdue = column == COL_NEXT_REVIEW and risk.is_overdue(self._today)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(risk, column, overdue)
        level = self._level_of(risk, column)
        if role == Qt.ItemDataRole.BackgroundRole and level is not None:
            return QColor(LEVEL_COLOURS[level])
        if role == Qt.ItemDataRole.ForegroundRole:
            if level is not None:
                return QColor(LEVEL_TEXT_COLOURS[level])
            return OVERDUE_COLOUR if overdue else None
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _level_of(self, risk: RiskView, column: int) -> RiskLevel | None:
        if column == COL_LEVEL:
            return risk.level
        if column == COL_RESIDUAL:
            return risk.residual_level
        return None

    def _tooltip(self, risk: RiskView, column: int, overdue: bool) -> str | None:
        if column == COL_LEVEL:
            return formula_text(risk.scores, self._bands)
        if column == COL_RESIDUAL:
            scores = risk.scores
            if scores.residual_likelihood is None or scores.residual_impact is None:
                return self.tr("No residual scores yet: the risk counts at its inherent scores.")
            return score_formula(
                scores.residual_likelihood, scores.residual_impact, self._bands, residual=True
            )
        if column == COL_NEXT_REVIEW:
            if overdue:
                return self.tr("Review overdue: it was due on %1.").replace(
                    "%1", risk.next_review_on.isoformat() if risk.next_review_on else ""
                )
            if risk.last_reviewed_on is not None:
                return self.tr("Last reviewed on %1.").replace("%1", risk.last_reviewed_on.isoformat())
        if column == COL_TITLE:
            return risk.title
        return None
