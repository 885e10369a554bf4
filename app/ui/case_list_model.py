"""The case list as a paging table model: only the rows on screen are ever fetched.

The row count comes from ``IncidentService.count``; rows come in blocks of ``PAGE_SIZE`` from
``IncidentService.list_page`` when a view first asks for a cell in the block, and stay cached until
the query changes. A block right after a cached one is fetched by keyset (``after`` = the previous
block's last sort value and id: constant cost however deep the list); a block reached by jumping
(dragging the scroll bar) is fetched by offset. Sorting is done by the service, so only its
``SORT_COLUMNS`` can be sorted; the next-due and owner columns cannot.

``load`` replaces the query: in the background (count and first block on the thread pool, stale
answers dropped by a generation number, the old rows shown meanwhile) or at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from app.domain.roles import Operation
from app.services.errors import ServiceError, StorageError
from app.services.incidents import IncidentPage, IncidentQuery, IncidentSummary
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.background import BackgroundTask
from app.ui.incident_labels import (
    category_name,
    grade_name,
    local_time_text,
    status_name,
    time_left_colour,
    time_left_text,
)

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100

COL_CODE = 0
COL_TITLE = 1
COL_CATEGORY = 2
COL_GRADE = 3
COL_STATUS = 4
COL_NEXT_DUE = 5
COL_OWNER = 6
COL_UPDATED = 7
COLUMN_COUNT = 8

# The service's sort column for each sortable column; the others cannot be sorted.
SORT_KEYS: dict[int, str] = {
    COL_CODE: "code",
    COL_TITLE: "title",
    COL_CATEGORY: "category",
    COL_GRADE: "grade",
    COL_STATUS: "status",
    COL_UPDATED: "updated_at",
}
WITHHELD_COLOUR = QColor("#757575")


class CaseListModel(QAbstractTableModel):
    """Incidents matching one ``IncidentQuery``, paged from the service and cached by block."""

    loadStarted = Signal()
    loaded = Signal(int)  # the new row count, after a load (background or not) has been applied
    loadFailed = Signal(str)

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._session = session
        self._confidential = workspace.policy.allows(session.role, Operation.INCIDENT_VIEW_CONFIDENTIAL)
        self._query = IncidentQuery(limit=PAGE_SIZE)
        self._count = 0
        self._blocks: dict[int, IncidentPage] = {}
        self._owners: Mapping[int, str] | None = None
        self._generation = 0
        self._pending: IncidentQuery | None = None  # asked for in the background, not answered yet
        self._background = False
        self.fetches = 0  # blocks fetched since the last load (tests and benchmarks read it)

    # -- the query ----------------------------------------------------------------------------

    def query(self) -> IncidentQuery:
        return self._query

    def is_sortable(self, column: int) -> bool:
        """Sortable by the service, and not the title for a role that sees titles withheld."""
        return column in SORT_KEYS and (column != COL_TITLE or self._confidential)

    def sort_section(self) -> int:
        return next((c for c, key in SORT_KEYS.items() if key == self._query.sort_column), COL_UPDATED)

    def load(self, query: IncidentQuery, *, background: bool = False) -> None:
        """Show ``query``'s incidents; in the background the current rows stay until the answer arrives."""
        query = replace(query, offset=0, after=None, limit=PAGE_SIZE)
        self._generation += 1
        generation = self._generation
        self._background = background
        self._pending = query
        self.loadStarted.emit()
        if not background:
            try:
                result = self._fetch_first(query)
            except (ServiceError, StorageError) as error:
                self.loadFailed.emit(str(error))
                raise
            self._apply(generation, query, result)
            return
        BackgroundTask(lambda: self._fetch_first(query)).on_success(
            lambda result: self._apply(generation, query, result)
        ).on_failure(lambda error: self._failed(generation, error)).start()

    def reload(self, *, background: bool = False) -> None:
        """Fetch the current query again (after an incident changed or was created)."""
        self._owners = None
        self.load(self._query, background=background)

    def _fetch_first(self, query: IncidentQuery) -> tuple[int, IncidentPage]:
        count = self._workspace.incidents.count(self._session, query)
        page = self._workspace.incidents.list_page(self._session, query) if count else IncidentPage((), None)
        return count, page

    def _apply(self, generation: int, query: IncidentQuery, result: tuple[int, IncidentPage]) -> None:
        if generation != self._generation or not isValid(self):
            return  # a newer query was asked for while this one ran (its answer is stale), or closed
        self._pending = None
        count, page = result
        self.beginResetModel()
        self._query = query
        self._count = count
        self._blocks = {0: page} if count else {}
        self.fetches = 1 if count else 0
        self.endResetModel()
        self.loaded.emit(count)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation and isValid(self):
            self._pending = None
            self.loadFailed.emit(str(error))

    def is_loading(self) -> bool:
        return self._pending is not None

    def tick(self) -> None:
        """Time passed: the next-due texts and colours change (only the visible cells repaint)."""
        if self._count:
            self.dataChanged.emit(self.index(0, COL_NEXT_DUE), self.index(self._count - 1, COL_NEXT_DUE))

    # -- rows ---------------------------------------------------------------------------------

    def _block(self, number: int) -> IncidentPage | None:
        page = self._blocks.get(number)
        if page is not None:
            return page
        previous = self._blocks.get(number - 1)
        if previous is not None and previous.next_after is not None:
            query = replace(self._query, after=previous.next_after, offset=0)
        else:
            query = replace(self._query, offset=number * PAGE_SIZE, after=None)
        try:
            page = self._workspace.incidents.list_page(self._session, query)
        except (ServiceError, StorageError):
            return None  # locked, signed out or damaged: show nothing rather than fail a paint
        self.fetches += 1
        self._blocks[number] = page
        return page

    def summary_at(self, row: int) -> IncidentSummary | None:
        """The incident on ``row`` (fetching its block if needed); ``None`` past the end."""
        if not 0 <= row < self._count:
            return None
        page = self._block(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        if page is None or offset >= len(page.rows):
            return None
        return page.rows[offset]

    def cached_summaries(self) -> list[IncidentSummary]:
        """Every incident the model holds right now (what a test checks for withheld values)."""
        return [row for number in sorted(self._blocks) for row in self._blocks[number].rows]

    def cached_blocks(self) -> list[int]:
        return sorted(self._blocks)

    def row_of(self, incident_id: int) -> int | None:
        """The row of a cached incident, or ``None`` if it is not among the fetched rows."""
        for number, page in self._blocks.items():
            for offset, summary in enumerate(page.rows):
                if summary.id == incident_id:
                    return number * PAGE_SIZE + offset
        return None

    def owner_name(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        if self._owners is None:
            try:
                self._owners = self._workspace.directory.owner_names(self._session)
            except (ServiceError, StorageError):
                return ""
        return self._owners.get(user_id, f"#{user_id}")

    # -- Qt's model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Category"),
            self.tr("Grade"),
            self.tr("Status"),
            self.tr("Next due"),
            self.tr("Owner"),
            self.tr("Updated"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and not self.is_sortable(section):
            return self.tr("The list cannot be sorted by this column.")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.UserRole,
        ):
            return None
        summary = self.summary_at(index.row())
        if summary is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(summary, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_NEXT_DUE and summary.next_due_at is not None:
                return time_left_colour(summary.next_due_at, datetime.now(UTC))
            if column == COL_TITLE and summary.title is None:
                return WITHHELD_COLOUR
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == COL_TITLE and summary.title is None:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if column == COL_TITLE and summary.deidentified:
            return self.tr("Your role sees incidents de-identified: the title is withheld.")
        if column == COL_UPDATED:
            return self.tr("Reported %1").replace("%1", local_time_text(summary.reported_at))
        return None

    def cell_text(self, summary: IncidentSummary, column: int) -> str:
        """What a column shows for one incident (also read by tests and the accessible text)."""
        if column == COL_CODE:
            if summary.is_drill:
                return self.tr("%1 · drill").replace("%1", summary.code)
            if summary.is_test:
                return self.tr("%1 · test").replace("%1", summary.code)
            return summary.code
        if column == COL_TITLE:
            if summary.deidentified:
                return self.tr("(withheld)")
            return summary.title or "—"
        if column == COL_CATEGORY:
            return category_name(summary.category)
        if column == COL_GRADE:
            return grade_name(summary.grade)
        if column == COL_STATUS:
            return status_name(summary.status)
        if column == COL_NEXT_DUE:
            if summary.next_due_at is None:
                return "—"
            return time_left_text(summary.next_due_at, datetime.now(UTC))
        if column == COL_OWNER:
            return self.owner_name(summary.owner_user_id)
        if column == COL_UPDATED:
            return local_time_text(summary.updated_at)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the service (the count does not change, so only the cached blocks are dropped)."""
        if not self.is_sortable(column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        base = self._pending or self._query
        if SORT_KEYS[column] == base.sort_column and descending == base.descending:
            return
        query = replace(base, sort_column=SORT_KEYS[column], descending=descending)
        if self._pending is not None:  # a filter change is on its way: ask again, sorted
            self.load(query, background=self._background)
            return
        self.beginResetModel()
        self._query = query
        self._blocks = {}
        self.fetches = 0
        self.endResetModel()
