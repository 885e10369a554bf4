"""The evidence tab: files kept inside the encrypted database, their SHA-256 and chain of custody.

Everything that touches file contents (adding a file: read and hash it; verifying; exporting) and
loading the list runs through ``BackgroundTask``, so a 25 MiB file never freezes the window. The
tab is not built at all for hr_manager (``visible_for``); the service refuses them anyway.

Results of a load are tagged with a generation number: when the user opens another case while a
load is still running, the late result for the previous case is dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget
from shiboken6 import isValid

from app.domain.evidence import CustodyKind, size_problem, size_text
from app.domain.roles import Operation
from app.services.errors import ServiceError, StorageError
from app.services.evidence import CustodyEntryView, EvidenceDamaged, EvidenceItemView
from app.services.incidents import IncidentInputInvalid, IncidentView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.account_names import account_name, account_names
from app.ui.background import BackgroundTask
from app.ui.case_tabs import CaseTab
from app.ui.forms.ui_case_evidence_tab import Ui_CaseEvidenceTab
from app.ui.incident_labels import local_time_text
from app.ui.list_table_model import Index, ListTableModel

FILE, SIZE, ADDED, BY, DESCRIPTION, CHECK = range(6)
WHEN, EVENT, WHO, COUNTERPART, NOTE = range(5)
ERROR_STYLE = "QLabel { color: #c62828; }"
OK_STYLE = "QLabel { color: #2e7d32; }"


class EvidenceModel(ListTableModel[EvidenceItemView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}
        self.checks: dict[int, bool] = {}  # evidence id → the last verification held (True) or failed

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("File"),
            self.tr("Size"),
            self.tr("Added"),
            self.tr("By"),
            self.tr("Description"),
            self.tr("SHA-256 check"),
        )

    def cell(self, item: EvidenceItemView, column: int) -> object:
        if column == FILE:
            return item.file_name
        if column == SIZE:
            return size_text(item.size)
        if column == ADDED:
            return local_time_text(item.added_at)
        if column == BY:
            return account_name(self.names, item.added_by)
        if column == DESCRIPTION:
            return item.description
        if item.id not in self.checks:
            return self.tr("not checked yet")
        return self.tr("unchanged") if self.checks[item.id] else self.tr("CHANGED — do not rely on it")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and index.column() == FILE:
            return self.row_at(index.row()).sha256
        return super().data(index, role)


class CustodyModel(ListTableModel[CustodyEntryView]):
    def kind_name(self, kind: CustodyKind) -> str:
        names = {
            CustodyKind.COLLECTED: self.tr("collected"),
            CustodyKind.ADDED: self.tr("added"),
            CustodyKind.VIEWED: self.tr("viewed"),
            CustodyKind.EXPORTED: self.tr("exported"),
            CustodyKind.HANDED_OVER: self.tr("handed over"),
            CustodyKind.SEALED: self.tr("sealed"),
        }
        return names[kind]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("Event"), self.tr("By"), self.tr("To"), self.tr("Note"))

    def cell(self, entry: CustodyEntryView, column: int) -> object:
        if column == WHEN:
            return local_time_text(entry.at)
        if column == EVENT:
            return self.kind_name(entry.kind)
        if column == WHO:
            return entry.actor
        if column == COUNTERPART:
            return entry.counterpart
        return entry.note


def _read_file(path: Path) -> bytes:
    """Read a file chosen to be added, refusing a too-large one before reading it into memory."""
    problems = size_problem(path.stat().st_size)
    if problems:
        raise ValueError(problems[0].message)
    return path.read_bytes()


class EvidenceTab(CaseTab):
    key = "evidence"

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(workspace, session, parent)
        self.ui = Ui_CaseEvidenceTab()
        self.ui.setupUi(self)
        self._incident: IncidentView | None = None
        self._generation = 0
        self._pending = False
        self.busy = 0  # background tasks of this tab still running (tests wait for 0)
        self.model = EvidenceModel(self)
        self.custody_model = CustodyModel(self)
        self.ui.itemsTable.setModel(self.model)
        self.ui.custodyTable.setModel(self.custody_model)
        for table, stretch in ((self.ui.itemsTable, DESCRIPTION), (self.ui.custodyTable, NOTE)):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            header.setStretchLastSection(False)
        self.can_add = workspace.policy.allows(session.role, Operation.EVIDENCE_ADD)
        self.can_read = workspace.policy.allows(session.role, Operation.EVIDENCE_READ)
        self.can_custody = workspace.policy.allows(session.role, Operation.EVIDENCE_CUSTODY)
        self.ui.addGroup.setVisible(self.can_add)
        self.ui.exportButton.setVisible(self.can_read)
        for widget in (
            self.ui.counterpartLabel,
            self.ui.counterpartEdit,
            self.ui.noteLabel,
            self.ui.noteEdit,
            self.ui.handOverButton,
            self.ui.sealButton,
        ):
            widget.setVisible(self.can_custody)
        self.ui.messageLabel.hide()
        self.ui.collectedAtEdit.setDateTime(QDateTime.currentDateTime())
        self.ui.collectedAtEdit.setEnabled(False)
        self.ui.collectedCheck.toggled.connect(self.ui.collectedAtEdit.setEnabled)
        self.ui.addButton.clicked.connect(self.choose_and_add)
        self.ui.verifyButton.clicked.connect(self.verify_selected)
        self.ui.exportButton.clicked.connect(self.choose_and_export)
        self.ui.handOverButton.clicked.connect(self.record_hand_over)
        self.ui.sealButton.clicked.connect(self.seal_selected)
        self.ui.itemsTable.selectionModel().selectionChanged.connect(self._selection_changed)
        self._update_buttons()

    @classmethod
    def visible_for(cls, workspace: Workspace, session: Session) -> bool:
        """Evidence is case content: hidden entirely from roles without ``EVIDENCE_VIEW`` (hr_manager)."""
        return workspace.policy.allows(session.role, Operation.EVIDENCE_VIEW)

    def title(self) -> str:
        return self.tr("&Evidence")

    # -- loading --------------------------------------------------------------------------------

    def show_incident(self, incident: IncidentView) -> None:
        if self._incident is None or self._incident.id != incident.id:
            self._show_message("")
            self.model.checks.clear()
        self._incident = incident
        if not self.model.names:
            self.model.names = account_names(self.workspace, self.session)
        if self.isVisible():
            self.reload()
        else:
            self._pending = True  # loaded when the tab comes to the front (see showEvent)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self.reload()

    def reload(self, select: int | None = None) -> None:
        self._pending = False
        if self._incident is None:
            return
        self._generation += 1
        generation, incident_id = self._generation, self._incident.id
        if select is None and (current := self.selected_item()) is not None:
            select = current.id
        self.ui.statusLabel.setText(self.tr("Loading evidence…"))
        evidence, session = self.workspace.evidence, self.session  # the worker touches no widget
        self._run(
            lambda: evidence.items(session, incident_id),
            lambda items: self._loaded(generation, items, select),
        )

    def _loaded(self, generation: int, items: tuple[EvidenceItemView, ...], select: int | None) -> None:
        if generation != self._generation:
            return  # a newer load (or another case) superseded this one
        self.model.set_rows(list(items))
        self.ui.statusLabel.setText(
            self.tr("%n evidence item(s). Files are kept inside the encrypted database.", "", len(items))
        )
        if select is not None:
            self.select_item(select)
        elif items:
            self.ui.itemsTable.selectRow(0)
        self._selection_changed()

    def clear(self) -> None:
        self._pending = False
        self._generation += 1
        self._incident = None
        self.model.set_rows([])
        self.custody_model.set_rows([])
        self.ui.hashLabel.setText("")
        self.ui.statusLabel.setText("")
        self._show_message("")

    def retranslate(self) -> None:
        super().retranslate()
        if self._incident is not None:
            self.reload()

    # -- selection ------------------------------------------------------------------------------

    def selected_item(self) -> EvidenceItemView | None:
        rows = self.ui.itemsTable.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.rows()):
            return None
        return self.model.row_at(rows[0].row())

    def select_item(self, evidence_id: int) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.id == evidence_id:
                self.ui.itemsTable.selectRow(row)
                return

    def _selection_changed(self) -> None:
        item = self.selected_item()
        self.custody_model.set_rows(list(item.custody) if item else [])
        self.ui.hashLabel.setText(self.tr("SHA-256: %1").replace("%1", item.sha256) if item else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.selected_item()
        idle = self.busy == 0
        self.ui.addButton.setEnabled(self._incident is not None and idle)
        for button in (
            self.ui.verifyButton,
            self.ui.exportButton,
            self.ui.handOverButton,
            self.ui.sealButton,
        ):
            button.setEnabled(item is not None and idle)
        if item is not None and item.sealed:
            self.ui.sealButton.setEnabled(False)

    # -- actions --------------------------------------------------------------------------------

    def choose_and_add(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a file as evidence"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        """Read, hash and store ``path`` in the background; the form's description and source go with it."""
        if self._incident is None or not self.can_add:
            return
        incident_id = self._incident.id
        collected = (
            self.ui.collectedAtEdit.dateTime().toPython().astimezone()
            if self.ui.collectedCheck.isChecked()
            else None
        )
        description, source = self.ui.descriptionEdit.text(), self.ui.sourceEdit.text()
        evidence, session = self.workspace.evidence, self.session
        self._show_message(self.tr("Adding %1…").replace("%1", path.name))

        def work() -> EvidenceItemView:
            return evidence.add(
                session,
                incident_id,
                file_name=path.name,
                content=_read_file(path),
                description=description,
                source=source,
                collected_at=collected,
            )

        def done(item: EvidenceItemView) -> None:
            self.ui.descriptionEdit.clear()
            self.ui.sourceEdit.clear()
            self.ui.collectedCheck.setChecked(False)
            self.model.checks[item.id] = True
            self._show_message(self.tr("Added. SHA-256: %1").replace("%1", item.sha256), ok=True)
            self.reload(select=item.id)
            self.changed.emit()

        self._run(work, done)

    def verify_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return

        def done(_item: EvidenceItemView) -> None:
            self.model.checks[item.id] = True
            self._show_message(self.tr("SHA-256 verified: the stored file is unchanged."), ok=True)
            self.model.layoutChanged.emit()

        evidence, session = self.workspace.evidence, self.session
        self._run(lambda: evidence.verify(session, item.id), done, item_id=item.id)

    def choose_and_export(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export evidence"), item.file_name)
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        item = self.selected_item()
        if item is None or not self.can_read:
            return

        def done(_item: EvidenceItemView) -> None:
            self.model.checks[item.id] = True
            self._show_message(
                self.tr("Exported to %1 (SHA-256 checked first).").replace("%1", str(path)), ok=True
            )
            self.reload(select=item.id)

        evidence, session = self.workspace.evidence, self.session
        self._run(lambda: evidence.export(session, item.id, path), done, item_id=item.id)

    def record_hand_over(self) -> None:
        self._record(CustodyKind.HANDED_OVER)

    def seal_selected(self) -> None:
        self._record(CustodyKind.SEALED)

    def _record(self, kind: CustodyKind) -> None:
        item = self.selected_item()
        if item is None or not self.can_custody:
            return
        try:
            self.workspace.evidence.record_custody(
                self.session,
                item.id,
                kind,
                counterpart=self.ui.counterpartEdit.text() if kind is CustodyKind.HANDED_OVER else "",
                note=self.ui.noteEdit.text(),
            )
        except (ServiceError, StorageError) as error:
            self._show_error(error)
            return
        self.ui.counterpartEdit.clear()
        self.ui.noteEdit.clear()
        self._show_message(self.tr("Recorded in the chain of custody."), ok=True)
        self.reload(select=item.id)

    # -- plumbing -------------------------------------------------------------------------------

    def _run(self, work: object, done: object, *, item_id: int | None = None) -> None:
        self.busy += 1
        self._update_buttons()

        def finished() -> None:
            self.busy -= 1
            self._update_buttons()

        def succeeded(result: object) -> None:
            if not isValid(self):  # the tab was closed while the work ran
                return
            finished()
            done(result)  # type: ignore[operator]

        def failed(error: BaseException) -> None:
            if not isValid(self):
                return
            finished()
            if isinstance(error, EvidenceDamaged) and item_id is not None:
                self.model.checks[item_id] = False
                self.model.layoutChanged.emit()
            self._show_error(error)

        BackgroundTask(work).on_success(succeeded).on_failure(failed).start()  # type: ignore[arg-type]

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, IncidentInputInvalid):
            text = "\n".join(f"{self.field_label(p.field)}: {p.message}" for p in error.problems) or str(
                error
            )
        elif isinstance(error, ServiceError | StorageError | ValueError):
            text = str(error)
        elif isinstance(error, OSError):
            text = self.tr("The file could not be read: %1").replace("%1", error.strerror or str(error))
        else:
            raise error
        self._show_message(text, error=True)

    def field_label(self, name: str) -> str:
        labels = {
            "file_name": self.tr("file name"),
            "content": self.tr("file"),
            "description": self.tr("description"),
            "source": self.tr("source"),
            "collected_at": self.tr("collected at"),
            "counterpart": self.tr("hand over to"),
            "note": self.tr("note"),
        }
        return labels.get(name, name)

    def _show_message(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else OK_STYLE if ok else "")
        self.ui.messageLabel.setVisible(bool(text))
