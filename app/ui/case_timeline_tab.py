"""The timeline tab: what was done on the incident, by whom and when, and a one-line quick entry.

The counsellor's common path is "open case → Ctrl+T → type → Enter": the box saves on Enter, the
new entry shows at once and the box clears for the next one. A refused entry (empty, too long)
leaves the text in the box and says why underneath, so nothing typed is lost.

Entries are signed when saved and lock after the office's lock period (the service decides both).
Each row says whether its signature still holds -- a broken one, in red, means the stored text was
changed outside the application -- and when it locks. The author may correct an entry until then
("Correct…"); otherwise, or for anyone else, "Add addendum…" adds a signed addendum that is shown
right under the original, numbered "3.1", "3.2" after it, so the original always reads as written.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QWidget

from app.domain.roles import Operation
from app.services.errors import ServiceError, StorageError
from app.services.incidents import IncidentInputInvalid, IncidentView, TimelineEntryView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.account_names import account_name, account_names
from app.ui.cached_table_model import CachedTableModel
from app.ui.case_tabs import CaseTab
from app.ui.forms.ui_case_timeline_tab import Ui_CaseTimelineTab
from app.ui.incident_labels import local_time_text
from app.ui.list_table_model import Index
from app.ui.timeline_entry_dialog import EntryEdit, TimelineEntryDialog

NUMBER, TIME, AUTHOR, DEPARTMENT, TEXT, SIGNATURE, LOCK = range(7)
ERROR_STYLE = "QLabel { color: #c62828; }"
BROKEN_COLOUR = QColor("#c62828")
SIGNED_COLOUR = QColor("#2e7d32")


def withheld_text() -> str:
    return QCoreApplication.translate("TimelineTab", "withheld")


def is_locked_now(entry: TimelineEntryView, now: datetime) -> bool:
    """Locked as read, or the lock time has passed since (a tab can stay open for hours)."""
    return entry.locked or (entry.locks_at is not None and entry.locks_at <= now)


def threaded(
    entries: tuple[TimelineEntryView, ...], newest_first: bool
) -> tuple[list[TimelineEntryView], dict[int, str]]:
    """The entries in the order shown, each addendum right under its original, and their numbers.

    Originals are numbered 1, 2, … in the order they happened (whatever the order shown); the
    addenda of entry 3 are 3.1, 3.2, … in the order they were added, always oldest first.
    """
    ids = {entry.id for entry in entries}
    originals = sorted(
        (e for e in entries if e.parent_id is None or e.parent_id not in ids), key=lambda e: (e.at, e.id)
    )
    addenda: dict[int, list[TimelineEntryView]] = {}
    for entry in sorted(entries, key=lambda e: (e.at, e.id)):
        if entry.parent_id is not None and entry.parent_id in ids:
            addenda.setdefault(entry.parent_id, []).append(entry)
    numbers: dict[int, str] = {}
    for position, original in enumerate(originals, start=1):
        numbers[original.id] = str(position)
        for sub, addendum in enumerate(addenda.get(original.id, ()), start=1):
            numbers[addendum.id] = f"{position}.{sub}"
    shown: list[TimelineEntryView] = []
    for original in reversed(originals) if newest_first else originals:
        shown.append(original)
        shown.extend(addenda.get(original.id, ()))
    return shown, numbers


class TimelineModel(CachedTableModel[TimelineEntryView]):
    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.author_names: dict[int, str] = {}
        self.numbers: dict[int, str] = {}  # entry id → "3", or "3.1" for its first addendum
        self.now = datetime.now(UTC)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("#"),
            self.tr("Time"),
            self.tr("By"),
            self.tr("Department"),
            self.tr("Action"),
            self.tr("Signature"),
            self.tr("Lock"),
        )

    def number(self, entry: TimelineEntryView) -> str:
        return self.numbers.get(entry.id, "")

    def cell(self, item: TimelineEntryView, column: int) -> object:
        if column == NUMBER:
            return self.number(item)
        if column == TIME:
            return local_time_text(item.at)
        if column == AUTHOR:
            return account_name(self.author_names, item.author_user_id)
        if column == DEPARTMENT:
            return withheld_text() if item.department is None else item.department
        if column == SIGNATURE:
            return self.signature_text(item)
        if column == LOCK:
            return self.lock_text(item)
        text = withheld_text() if item.text is None else item.text
        if item.corrected:
            text = self.tr("(corrected)") + " " + text
        if item.is_addendum:
            original = self.numbers.get(item.parent_id or 0, "?")
            text = "    ↳ " + self.tr("Addendum to #%1:").replace("%1", original) + " " + text
        return text

    def signature_text(self, item: TimelineEntryView) -> str:
        if item.signature_valid is None:
            return self.tr("unsigned")
        if item.signature_valid:
            return self.tr("signed ✓")
        return self.tr("signature broken ✗")

    def lock_text(self, item: TimelineEntryView) -> str:
        if is_locked_now(item, self.now):
            return self.tr("locked")
        if item.locks_at is None:
            return ""
        return self.tr("locks at %1").replace("%1", local_time_text(item.locks_at))

    def _signature_tip(self, item: TimelineEntryView) -> str:
        if item.signature_valid is None:
            return self.tr("Written before entries were signed.")
        if item.signature_valid:
            return self.tr("Signed %1: the stored text is the text that was signed.").replace(
                "%1", local_time_text(item.signed_at)
            )
        return self.tr(
            "The stored text no longer matches its signature: it was changed outside the application."
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return self.cached_cell(index.row(), TEXT).strip()  # type: ignore[attr-defined]
        if role == Qt.ItemDataRole.ToolTipRole and column == SIGNATURE:
            return self._signature_tip(self.row_at(index.row()))
        if role == Qt.ItemDataRole.ForegroundRole and column == SIGNATURE:
            valid = self.row_at(index.row()).signature_valid
            if valid is None:
                return None
            return SIGNED_COLOUR if valid else BROKEN_COLOUR
        if role == Qt.ItemDataRole.FontRole:
            entry = self.row_at(index.row())
            if column == SIGNATURE and entry.signature_valid is False:
                font = QFont()
                font.setBold(True)
                return font
            if column in (DEPARTMENT, TEXT) and (entry.text if column == TEXT else entry.department) is None:
                font = QFont()
                font.setItalic(True)
                return font  # withheld from this viewer
        return super().data(index, role)


class TimelineTab(CaseTab):
    key = "timeline"

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(workspace, session, parent)
        self.ui = Ui_CaseTimelineTab()
        self.ui.setupUi(self)
        self._incident: IncidentView | None = None
        self._names_loaded = False
        self._select_after: int | None = None  # the entry to select once the tab is refilled
        self.dialog: TimelineEntryDialog | None = None  # the correction or addendum dialog while open
        self.model = TimelineModel(self)
        self.ui.timelineTable.setModel(self.model)
        self._size_columns()
        self.can_add = workspace.policy.allows(session.role, Operation.INCIDENT_TIMELINE_ADD)
        for widget in (
            self.ui.quickEntryLabel,
            self.ui.quickEntryEdit,
            self.ui.departmentLabel,
            self.ui.departmentCombo,
            self.ui.saveEntryButton,
            self.ui.correctButton,
            self.ui.addendumButton,
        ):
            widget.setVisible(self.can_add)
        self.ui.messageLabel.hide()
        self.ui.quickEntryEdit.returnPressed.connect(self.save_entry)
        self.ui.saveEntryButton.clicked.connect(self.save_entry)
        department_edit = self.ui.departmentCombo.lineEdit()
        if department_edit is not None:
            department_edit.returnPressed.connect(self.save_entry)  # Enter saves from either box
        self.ui.newestFirstCheck.toggled.connect(self._refill)
        self.ui.correctButton.clicked.connect(self.correct_selected)
        self.ui.addendumButton.clicked.connect(self.add_addendum_to_selected)
        self.ui.timelineTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.timelineTable.doubleClicked.connect(lambda _index: self._edit_selected())
        self._update_buttons()

    def title(self) -> str:
        return self.tr("&Timeline")

    def show_incident(self, incident: IncidentView) -> None:
        changed_case = self._incident is None or self._incident.id != incident.id
        self._incident = incident
        if changed_case:
            self.ui.quickEntryEdit.clear()
            self._show_message("")
            self._fill_departments(incident)
        self._refill()

    def clear(self) -> None:
        self._incident = None
        self.model.set_rows([])
        self._update_buttons()
        self.ui.quickEntryEdit.clear()
        self._show_message("")
        self.ui.countLabel.clear()

    def retranslate(self) -> None:
        super().retranslate()
        if self._incident is not None:
            self._refill()

    def focus_quick_entry(self) -> None:
        self.ui.quickEntryEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.quickEntryEdit.selectAll()

    def entries(self) -> list[TimelineEntryView]:
        """The entries in the order shown."""
        return self.model.rows()

    # -- corrections and addenda ----------------------------------------------------------------

    def selected_entry(self) -> TimelineEntryView | None:
        rows = self.ui.timelineTable.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.rows()):
            return None
        return self.model.row_at(rows[0].row())

    def select_entry(self, entry_id: int) -> None:
        for row, entry in enumerate(self.model.rows()):
            if entry.id == entry_id:
                self.ui.timelineTable.selectRow(row)
                return

    def can_correct(self, entry: TimelineEntryView | None) -> bool:
        """Only the author, while the entry is not locked (the service checks the same)."""
        return (
            entry is not None
            and self.can_add
            and entry.text is not None
            and entry.author_user_id == self.session.user_id
            and not is_locked_now(entry, datetime.now(UTC))
        )

    def can_add_addendum(self, entry: TimelineEntryView | None) -> bool:
        return entry is not None and self.can_add and not self.can_correct(entry)

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        self.ui.correctButton.setEnabled(self.can_correct(entry))
        self.ui.addendumButton.setEnabled(self.can_add_addendum(entry))

    def _edit_selected(self) -> None:
        entry = self.selected_entry()
        if self.can_correct(entry):
            self.correct_selected()
        elif self.can_add_addendum(entry):
            self.add_addendum_to_selected()

    def correct_selected(self) -> TimelineEntryDialog | None:
        entry = self.selected_entry()
        if not self.can_correct(entry):
            return None
        return self._open_dialog(entry, EntryEdit.CORRECT)  # type: ignore[arg-type]

    def add_addendum_to_selected(self) -> TimelineEntryDialog | None:
        entry = self.selected_entry()
        if not self.can_add_addendum(entry):
            return None
        assert entry is not None
        if entry.parent_id is not None:  # an addendum to an addendum amends the original
            entry = next((e for e in self.model.rows() if e.id == entry.parent_id), entry)
        return self._open_dialog(entry, EntryEdit.ADDENDUM)

    def _open_dialog(self, entry: TimelineEntryView, mode: EntryEdit) -> TimelineEntryDialog | None:
        if self._incident is None:
            return None
        dialog = TimelineEntryDialog.start(
            self,
            self.workspace,
            self.session,
            self._incident,
            entry,
            mode=mode,
            number=self.model.number(entry),
        )
        dialog.saved.connect(self._entry_saved)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        return dialog

    def _entry_saved(self, entry: TimelineEntryView) -> None:
        self._select_after = entry.id
        self._show_message(self.tr("Saved."))
        self.changed.emit()  # the detail reads the incident again and refills this tab

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    # -- saving ---------------------------------------------------------------------------------

    def save_entry(self) -> None:
        if self._incident is None or not self.can_add:
            return
        text = self.ui.quickEntryEdit.text()
        department = self.ui.departmentCombo.currentText()
        try:
            self.workspace.incidents.add_timeline_entry(
                self.session, self._incident.id, text, department=department
            )
        except IncidentInputInvalid as error:
            self._show_message(self._problem_text(error), error=True)
            self.ui.quickEntryEdit.setFocus()
            return
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        self.ui.quickEntryEdit.clear()
        self._show_message(self.tr("Saved."))
        self.changed.emit()  # the detail reads the incident again and refills this tab
        self.ui.quickEntryEdit.setFocus()

    def _problem_text(self, error: IncidentInputInvalid) -> str:
        names = {
            "text": self.tr("The action"),
            "department": self.tr("The department"),
            "at": self.tr("The time"),
        }
        return "\n".join(f"{names.get(p.field, p.field)} {p.message}." for p in error.problems) or str(error)

    # -- filling ---------------------------------------------------------------------------------

    def _fill_departments(self, incident: IncidentView) -> None:
        combo = self.ui.departmentCombo
        combo.clear()
        combo.addItem("")
        for name in incident.departments or ():
            combo.addItem(name)
        combo.setCurrentIndex(0)

    def _author_names(self) -> dict[int, str]:
        if not self._names_loaded:
            self._names_loaded = True
            self.model.author_names = account_names(self.workspace, self.session)
        return self.model.author_names

    def _refill(self) -> None:
        if self._incident is None:
            return
        self._author_names()
        selected = self.selected_entry()
        select = self._select_after if self._select_after is not None else selected.id if selected else None
        self._select_after = None
        entries, numbers = threaded(self._incident.timeline, self.ui.newestFirstCheck.isChecked())
        self.model.numbers = numbers
        self.model.now = datetime.now(UTC)
        self.model.set_rows(entries)
        self.ui.countLabel.setText(self.tr("Entries: %n", "", len(entries)))
        if select is not None:
            self.select_entry(select)
        self._update_buttons()

    def _size_columns(self) -> None:
        """Fixed widths from the font: measuring every cell (ResizeToContents) made opening a case slow."""
        metrics = self.ui.timelineTable.fontMetrics()
        header = self.ui.timelineTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        padding = 4 * metrics.averageCharWidth()
        header.resizeSection(NUMBER, metrics.horizontalAdvance("88.8") + padding)
        header.resizeSection(TIME, metrics.horizontalAdvance("2026-12-31 23:59") + padding)
        header.resizeSection(AUTHOR, 14 * metrics.averageCharWidth() + padding)
        header.resizeSection(DEPARTMENT, 16 * metrics.averageCharWidth() + padding)
        header.resizeSection(
            SIGNATURE,
            max(metrics.horizontalAdvance(t) for t in (self.tr("signature broken ✗"), self.tr("signed ✓")))
            + padding,
        )
        header.resizeSection(
            LOCK,
            metrics.horizontalAdvance(self.tr("locks at %1"))
            + metrics.horizontalAdvance("2026-12-31 23:59")
            + padding,
        )
        self.ui.timelineTable.setWordWrap(False)
        self.ui.timelineTable.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.ui.timelineTable.verticalHeader().setDefaultSectionSize(metrics.height() + metrics.height() // 2)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.messageLabel.setVisible(bool(text))
