"""A list table model that computes each cell's text once per load, for the case tabs' tables.

Qt asks for every visible cell on each paint, several times per role; formatting a local time or
looking up a name each time showed up in the cost of opening a case. The cache is dropped whenever
the rows are replaced, and per column when something time-dependent ("due in 5 min") moves on.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from app.ui.list_table_model import Index, ListTableModel

T = TypeVar("T")
_SHOWN = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


class CachedTableModel(ListTableModel[T]):
    COLUMNS: ClassVar[int] = 0  # the number of columns, fixed for the model's life

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: dict[tuple[int, int], object] = {}

    def set_rows(self, rows: list[T]) -> None:
        self._cells.clear()
        super().set_rows(rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else self.COLUMNS

    def cached_cell(self, row: int, column: int) -> object:
        key = (row, column)
        if key not in self._cells:
            self._cells[key] = self.cell(self._rows[row], column)
        return self._cells[key]

    def forget_column(self, column: int) -> None:
        for key in [key for key in self._cells if key[1] == column]:
            del self._cells[key]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in _SHOWN:
            return None
        return self.cached_cell(index.row(), index.column())
