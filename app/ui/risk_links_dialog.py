"""The incidents and drills linked to one risk (a drill finding or a real incident that bears on it).

Each link or unlink is written at once through its service (``RiskService.link_incident`` /
``unlink_incident``, ``DrillService.link_risk`` / ``unlink_risk``), each in its own audited
transaction, so there is nothing to save or cancel: the dialog only closes. The lists are re-read
from the services after every change, so what is shown is what is stored.

Incidents are looked up one by one with ``incidents.get_by_code``: the service de-identifies them for
hr_manager (no title), and the dialog shows a title only when the service gives one. Sessions the
register service does not let change the register (``risks.can_edit``) see the lists without the
link controls; the services refuse the writes anyway.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QWidget

from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory
from app.domain.lifecycle import Status
from app.services.drill_views import DrillCalendarItem
from app.services.errors import ServiceError, StorageError
from app.services.risks import RiskInputInvalid, RiskView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.drill_labels import drill_status_name, drill_type_name
from app.ui.forms.ui_risk_links_dialog import Ui_RiskLinksDialog
from app.ui.geometry import restore_geometry, save_geometry
from app.ui.incident_labels import category_name, grade_name
from app.ui.incident_labels import status_name as incident_status_name
from app.ui.list_table_model import ListTableModel

ERROR_STYLE = "QLabel { color: #c62828; }"
OK_STYLE = "QLabel { color: #2e7d32; }"
_CONTEXT = "RiskLinksDialog"


@dataclass(frozen=True, slots=True)
class LinkedIncident:
    """One linked incident as the session may see it; only the code when the lookup was refused."""

    code: str
    category: IncidentCategory | None = None
    grade: Grade | None = None
    status: Status | None = None
    title: str | None = None  # None when de-identified

    def __repr__(self) -> str:
        return f"LinkedIncident(code={self.code!r})"


class LinkedIncidentsModel(ListTableModel[LinkedIncident]):
    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("RiskLinksDialog", "Code"),
            QCoreApplication.translate("RiskLinksDialog", "Category"),
            QCoreApplication.translate("RiskLinksDialog", "Grade"),
            QCoreApplication.translate("RiskLinksDialog", "Status"),
            QCoreApplication.translate("RiskLinksDialog", "Title"),
        )

    def cell(self, item: LinkedIncident, column: int) -> object:
        if column == 0:
            return item.code
        if column == 1:
            return category_name(item.category) if item.category is not None else ""
        if column == 2:
            return grade_name(item.grade) if item.grade is not None else ""
        if column == 3:
            return incident_status_name(item.status) if item.status is not None else ""
        return item.title or ""


class LinkedDrillsModel(ListTableModel[DrillCalendarItem]):
    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("RiskLinksDialog", "Code"),
            QCoreApplication.translate("RiskLinksDialog", "Type"),
            QCoreApplication.translate("RiskLinksDialog", "Planned"),
            QCoreApplication.translate("RiskLinksDialog", "Status"),
            QCoreApplication.translate("RiskLinksDialog", "Title"),
        )

    def cell(self, item: DrillCalendarItem, column: int) -> object:
        if column == 0:
            return item.code
        if column == 1:
            return drill_type_name(item.drill_type)
        if column == 2:
            return item.planned_start.astimezone().date().isoformat()
        if column == 3:
            return drill_status_name(item.status)
        return item.title or ""


class RiskLinksDialog(QDialog):
    """``changed`` is True once any link was added or removed while the dialog was open."""

    GEOMETRY = "risk_links_dialog"

    def __init__(
        self, workspace: Workspace, session: Session, risk_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RiskLinksDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.risk_id = risk_id
        self.changed = False
        self.can_edit = workspace.risks.can_edit(session)
        self.incidents_model = LinkedIncidentsModel(self)
        self.drills_model = LinkedDrillsModel(self)
        self._risk: RiskView = workspace.risks.get(session, risk_id).risk
        ui = self.ui
        for table, model in ((ui.incidentsTable, self.incidents_model), (ui.drillsTable, self.drills_model)):
            table.setModel(model)
            self._size_columns(table)
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.incidentActions.setVisible(self.can_edit)
        ui.drillActions.setVisible(self.can_edit)
        ui.messageLabel.hide()
        ui.linkIncidentButton.clicked.connect(self.link_typed_incident)
        ui.incidentCodeEdit.returnPressed.connect(self.link_typed_incident)
        ui.unlinkIncidentButton.clicked.connect(self.unlink_selected_incident)
        ui.linkDrillButton.clicked.connect(self.link_typed_drill)
        ui.drillCodeEdit.returnPressed.connect(self.link_typed_drill)
        ui.unlinkDrillButton.clicked.connect(self.unlink_selected_drill)
        ui.incidentCodeEdit.textChanged.connect(self._update_buttons)
        ui.drillCodeEdit.textChanged.connect(self._update_buttons)
        self.retranslateUi()
        self.refresh()
        restore_geometry(self, self.GEOMETRY)

    @classmethod
    def show_links(cls, parent: QWidget | None, workspace: Workspace, session: Session, risk_id: int) -> bool:
        """Show the links of ``risk_id``; whether any link was added or removed."""
        dialog = cls(workspace, session, risk_id, parent)
        dialog.exec()
        return dialog.changed

    @staticmethod
    def _size_columns(table: QTableView) -> None:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((110, 180, 120, 100)):
            header.resizeSection(column, width)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)

    def retranslateUi(self) -> None:
        self.ui.retranslateUi(self)
        risk = self._risk
        self.ui.riskLabel.setText(self.tr("Risk %1 · %2").replace("%1", risk.code).replace("%2", risk.title))
        self.ui.drillCodeEdit.setPlaceholderText(self.tr("e.g. DR-2026-001"))
        if self.can_edit:
            text = self.tr(
                "Incidents and drills that bear on this risk, e.g. a drill finding that raises its "
                "likelihood. Each link or unlink is saved at once and recorded in the audit log; "
                "there is nothing to save when you close."
            )
        else:
            text = self.tr(
                "Incidents and drills that bear on this risk. Your role may read these links but not change them."
            )
        self.ui.explanationLabel.setText(text)
        self.setWindowTitle(self.tr("Links of risk %1").replace("%1", risk.code))

    # -- reading ------------------------------------------------------------------------------

    def _incident(self, code: str) -> LinkedIncident:
        try:
            view = self.workspace.incidents.get_by_code(self.session, code)
        except (ServiceError, StorageError):
            return LinkedIncident(code)  # the session may not open incidents: the code is all it gets
        title = None if view.deidentified else view.title
        return LinkedIncident(view.code, view.category, view.grade, view.status, title)

    def refresh(self) -> None:
        """Re-read the risk's incident links and the drills that exercise it."""
        self._risk = self.workspace.risks.get(self.session, self.risk_id).risk
        incidents = [self._incident(code) for code in self._risk.linked_incident_codes]
        try:
            drills = list(self.workspace.drills.drills_for_risk(self.session, self.risk_id))
        except (ServiceError, StorageError):
            drills = []
        self.incidents_model.set_rows(incidents)
        self.drills_model.set_rows(drills)
        self.ui.incidentsTable.setColumnHidden(4, not any(i.title for i in incidents))
        self.ui.drillsTable.setColumnHidden(4, not any(d.title for d in drills))
        self.ui.incidentsGroup.setTitle(self.tr("Linked incidents (%1)").replace("%1", str(len(incidents))))
        self.ui.drillsGroup.setTitle(self.tr("Linked drills (%1)").replace("%1", str(len(drills))))
        self._update_buttons()

    def _selected(self, table: QTableView) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_incident(self) -> LinkedIncident | None:
        row = self._selected(self.ui.incidentsTable)
        return None if row is None else self.incidents_model.row_at(row)

    def selected_drill(self) -> DrillCalendarItem | None:
        row = self._selected(self.ui.drillsTable)
        return None if row is None else self.drills_model.row_at(row)

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui
        ui.linkIncidentButton.setEnabled(self.can_edit and bool(ui.incidentCodeEdit.text().strip()))
        ui.linkDrillButton.setEnabled(self.can_edit and bool(ui.drillCodeEdit.text().strip()))
        ui.unlinkIncidentButton.setEnabled(self.can_edit and self.selected_incident() is not None)
        ui.unlinkDrillButton.setEnabled(self.can_edit and self.selected_drill() is not None)

    # -- changing -----------------------------------------------------------------------------

    def _show(self, text: str, *, error: bool) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.ui.messageLabel.show()

    def _failed(self, code: str, error: Exception) -> None:
        if isinstance(error, RiskInputInvalid):
            reason = "; ".join(p.message for p in error.problems) or str(error)
        else:
            reason = str(error)
        self._show(self.tr("Not linked: %1: %2").replace("%1", code).replace("%2", reason), error=True)

    def _done(self, text: str) -> None:
        self.changed = True
        self.refresh()
        self._show(text, error=False)

    def link_typed_incident(self) -> None:
        code = self.ui.incidentCodeEdit.text().strip().upper()
        if not self.can_edit or not code:
            return
        try:
            self.workspace.risks.link_incident(self.session, self.risk_id, code)
        except (ServiceError, StorageError) as error:
            self._failed(code, error)
            self.ui.incidentCodeEdit.setFocus()
            self.ui.incidentCodeEdit.selectAll()
            return
        self.ui.incidentCodeEdit.clear()
        self._done(self.tr("Incident %1 linked.").replace("%1", code))
        self._select_code(self.ui.incidentsTable, code)

    def link_typed_drill(self) -> None:
        code = self.ui.drillCodeEdit.text().strip().upper()
        if not self.can_edit or not code:
            return
        try:
            drill = self.workspace.drills.get_by_code(self.session, code)
            self.workspace.drills.link_risk(self.session, drill.id, self.risk_id)
        except (ServiceError, StorageError) as error:
            self._failed(code, error)
            self.ui.drillCodeEdit.setFocus()
            self.ui.drillCodeEdit.selectAll()
            return
        self.ui.drillCodeEdit.clear()
        self._done(self.tr("Drill %1 linked.").replace("%1", drill.code))
        self._select_code(self.ui.drillsTable, drill.code)

    def unlink_selected_incident(self) -> None:
        incident = self.selected_incident()
        if not self.can_edit or incident is None:
            return
        try:
            self.workspace.risks.unlink_incident(self.session, self.risk_id, incident.code)
        except (ServiceError, StorageError) as error:
            self._show(str(error), error=True)
            return
        self._done(self.tr("Incident %1 unlinked.").replace("%1", incident.code))

    def unlink_selected_drill(self) -> None:
        drill = self.selected_drill()
        if not self.can_edit or drill is None:
            return
        try:
            self.workspace.drills.unlink_risk(self.session, drill.id, self.risk_id)
        except (ServiceError, StorageError) as error:
            self._show(str(error), error=True)
            return
        self._done(self.tr("Drill %1 unlinked.").replace("%1", drill.code))

    @staticmethod
    def _select_code(table: QTableView, code: str) -> None:
        """Select the row just linked, so Unlink undoes it without hunting for it."""
        model = table.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data() == code:
                table.selectRow(row)
                return

    def done(self, result: int) -> None:
        save_geometry(self, self.GEOMETRY)
        super().done(result)
