"""The admin-only audit view: filter, page through and verify the audit trail."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from app.domain.audit_chain import AuditRecord
from app.services.audit import AuditQuery
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.background import BackgroundTask
from app.ui.forms.ui_audit_view import Ui_AuditView
from app.ui.list_table_model import ListTableModel

PAGE_SIZE = 200


class AuditModel(ListTableModel[AuditRecord]):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("#"),
            self.tr("Time"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Details"),
        )

    def cell(self, record: AuditRecord, column: int) -> object:
        if column == 0:
            return record.seq
        if column == 1:
            return datetime.fromisoformat(record.at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == 2:
            return record.actor
        if column == 3:
            return record.action
        if column == 4:
            return f"{record.entity} {record.entity_id}".strip()
        return json.dumps(dict(record.detail), ensure_ascii=False, sort_keys=True) if record.detail else ""


class AuditView(QWidget):
    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditView()
        self.ui.setupUi(self)
        self._workspace = workspace
        self._session = session
        self.model = AuditModel(self)
        self.ui.auditTable.setModel(self.model)
        header = self.ui.auditTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.searchEdit.setMinimumWidth(180)
        self._page_starts: list[int | None] = [None]  # keyset paging: the seq each page starts below
        today = QDate.currentDate()
        self.ui.fromDateEdit.setDate(today.addMonths(-3))
        self.ui.toDateEdit.setDate(today)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.searchEdit.returnPressed.connect(self.refresh)
        self.ui.actorCombo.activated.connect(self.refresh)
        self.ui.actionCombo.activated.connect(self.refresh)
        self.ui.fromDateEdit.dateChanged.connect(self.refresh)
        self.ui.toDateEdit.dateChanged.connect(self.refresh)
        self.ui.nextPageButton.clicked.connect(self._next_page)
        self.ui.prevPageButton.clicked.connect(self._previous_page)
        self.ui.verifyButton.clicked.connect(self._verify)
        self._fill_filters()
        self.refresh()

    def _fill_filters(self) -> None:
        for combo, values in (
            (self.ui.actorCombo, self._workspace.audit.actors(self._session)),
            (self.ui.actionCombo, self._workspace.audit.actions(self._session)),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _query(self, before: int | None) -> AuditQuery:
        start = datetime.combine(self.ui.fromDateEdit.date().toPython(), time.min).astimezone()
        end = datetime.combine(self.ui.toDateEdit.date().toPython(), time.min).astimezone() + timedelta(
            days=1
        )
        return AuditQuery(
            actor=self.ui.actorCombo.currentData(),
            action=self.ui.actionCombo.currentData(),
            since=start.astimezone(UTC),
            until=end.astimezone(UTC),
            text=self.ui.searchEdit.text().strip() or None,
            before_seq=before,
            limit=PAGE_SIZE + 1,
        )

    def refresh(self) -> None:
        self._page_starts = [None]
        self._fill_filters()
        self._load()

    def _load(self) -> None:
        rows = self._workspace.audit.find(self._session, self._query(self._page_starts[-1]))
        self._has_more = len(rows) > PAGE_SIZE
        self.model.set_rows(rows[:PAGE_SIZE])
        page = len(self._page_starts)
        self.ui.statusLabel.setText(
            self.tr("Page %1 · entries shown: %n", "", len(self.model.rows())).replace("%1", str(page))
        )
        self.ui.prevPageButton.setEnabled(page > 1)
        self.ui.nextPageButton.setEnabled(self._has_more)

    def _next_page(self) -> None:
        rows = self.model.rows()
        if rows and self._has_more:
            self._page_starts.append(rows[-1].seq)
            self._load()

    def _previous_page(self) -> None:
        if len(self._page_starts) > 1:
            self._page_starts.pop()
            self._load()

    def _verify(self) -> None:
        self.ui.verifyButton.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("Verifying the audit trail…"))
        BackgroundTask(lambda: self._workspace.audit.verify(self._session)).on_success(
            self._verified
        ).on_failure(self._verify_failed).start()

    def _verified(self, report: object) -> None:
        self.ui.verifyButton.setEnabled(True)
        problems = getattr(report, "problems", [])
        entries = getattr(report, "entries", 0)
        if problems:
            QMessageBox.critical(
                self,
                self.tr("Audit trail"),
                self.tr("The audit trail failed verification:") + "\n\n" + "\n".join(problems),
            )
        else:
            QMessageBox.information(
                self,
                self.tr("Audit trail"),
                self.tr("The audit trail is intact. Entries checked: %n.", "", entries),
            )
        self.refresh()

    def _verify_failed(self, error: BaseException) -> None:
        self.ui.verifyButton.setEnabled(True)
        QMessageBox.critical(self, self.tr("Audit trail"), str(error))
