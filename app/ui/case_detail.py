"""The case detail: a header naming the incident and the tabs that hold its records.

The detail is built once and reused for every case opened (the case list embeds it), so opening a
case costs one service read and filling the tab on screen; the other tabs are filled when they are
first shown for that case. The tabs are ours (overview, timeline, checklist) followed by those that
other modules register in ``app.ui.case_tabs.TAB_CLASSES`` and that the role may see.

A tab that changes the incident emits ``changed``; the detail then reads the incident again (the
service decides what this role may see) and emits ``incidentChanged`` so the list can refresh its row.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from app.services.errors import InvalidInput, PermissionDenied, ServiceError, StorageError
from app.services.incidents import IncidentView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_checklist_tab import ChecklistTab
from app.ui.case_overview_tab import OverviewTab
from app.ui.case_tabs import CaseTab, tab_classes
from app.ui.case_timeline_tab import TimelineTab
from app.ui.forms.ui_case_detail import Ui_CaseDetail
from app.ui.incident_labels import category_name, grade_name, status_name

CHIP_STYLE = "QLabel { border: 1px solid palette(mid); padding: 1px 6px; border-radius: 3px; }"
FLAG_STYLE = "QLabel { background: #6a1b9a; color: white; padding: 1px 6px; border-radius: 3px; }"
WITHHELD_STYLE = "QLabel { color: palette(placeholder-text); font-style: italic; }"
OWN_TABS: tuple[type[CaseTab], ...] = (OverviewTab, TimelineTab, ChecklistTab)


class CaseDetail(QWidget):
    incidentChanged = Signal(int)

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseDetail()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self._incident: IncidentView | None = None
        self._filled: set[int] = set()  # indexes of the tabs holding the current incident
        bold = QFont(self.ui.codeLabel.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.ui.codeLabel.setFont(bold)
        title_font = QFont(self.ui.titleLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        self.ui.titleLabel.setFont(title_font)
        self.ui.flagLabel.setStyleSheet(FLAG_STYLE)
        for label in (self.ui.gradeLabel, self.ui.categoryLabel, self.ui.statusLabel):
            label.setStyleSheet(CHIP_STYLE)
        self.tabs: list[CaseTab] = []
        for cls in (*OWN_TABS, *tab_classes()):
            if not cls.visible_for(workspace, session):
                continue
            tab = cls(workspace, session)
            tab.changed.connect(self._tab_changed)
            self.tabs.append(tab)
            self.ui.tabs.addTab(tab, tab.title())
        self.ui.tabs.currentChanged.connect(self._fill_current)
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    # -- the contract the case list uses ------------------------------------------------------

    def show_incident(self, incident_id: int) -> None:
        """Open ``incident_id``; a refusal or a missing case shows the message instead of the tabs."""
        try:
            incident = self.workspace.incidents.get(self.session, incident_id)
        except (ServiceError, StorageError) as error:
            self._show_problem(str(error))
            return
        self._set_incident(incident)

    def clear(self) -> None:
        self._incident = None
        self._filled.clear()
        for tab in self.tabs:
            tab.clear()
        self.ui.emptyLabel.setText(self._empty_text())
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    def current_incident_id(self) -> int | None:
        return None if self._incident is None else self._incident.id

    def focus_quick_entry(self) -> None:
        """Ctrl+T: the timeline tab, cursor in its one-line "log an action" box."""
        if self._incident is None:
            return
        timeline = self.tab("timeline")
        if timeline is None:
            return
        self.ui.tabs.setCurrentWidget(timeline)
        self._fill_current()
        if isinstance(timeline, TimelineTab):
            timeline.focus_quick_entry()

    def incident(self) -> IncidentView | None:
        """The incident as last read from the service (for tests and the embedding view)."""
        return self._incident

    def tab(self, key: str) -> CaseTab | None:
        return next((tab for tab in self.tabs if tab.key == key), None)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for index, tab in enumerate(self.tabs):
            tab.retranslate()
            self.ui.tabs.setTabText(index, tab.title())
        if self._incident is not None:
            self._fill_header(self._incident)
        else:
            self.ui.emptyLabel.setText(self._empty_text())

    # -- internals ------------------------------------------------------------------------------

    def _set_incident(self, incident: IncidentView) -> None:
        self._incident = incident
        self._filled.clear()
        self._fill_header(incident)
        self.ui.stack.setCurrentWidget(self.ui.casePage)
        self._fill_current()

    def _fill_current(self, _index: int = -1) -> None:
        index = self.ui.tabs.currentIndex()
        if self._incident is None or index < 0 or index in self._filled:
            return
        self._filled.add(index)
        self.tabs[index].show_incident(self._incident)

    def _tab_changed(self) -> None:
        if self._incident is None:
            return
        incident_id = self._incident.id
        try:
            incident = self.workspace.incidents.get(self.session, incident_id)
        except (InvalidInput, PermissionDenied, ServiceError, StorageError) as error:
            self._show_problem(str(error))
            return
        self._set_incident(incident)
        self.incidentChanged.emit(incident_id)

    def _fill_header(self, incident: IncidentView) -> None:
        self.ui.codeLabel.setText(incident.code)
        self.ui.gradeLabel.setText(self.tr("Grade %1").replace("%1", grade_name(incident.grade)))
        self.ui.categoryLabel.setText(category_name(incident.category))
        self.ui.statusLabel.setText(status_name(incident.status))
        flag = ""
        if incident.is_drill:
            flag = self.tr("DRILL")
        elif incident.is_test:
            flag = self.tr("TEST")
        self.ui.flagLabel.setText(flag)
        self.ui.flagLabel.setVisible(bool(flag))
        withheld = incident.title is None
        self.ui.titleLabel.setText(self.tr("(withheld)") if withheld else incident.title)
        self.ui.titleLabel.setStyleSheet(WITHHELD_STYLE if withheld else "")

    def _show_problem(self, message: str) -> None:
        self._incident = None
        self._filled.clear()
        for tab in self.tabs:
            tab.clear()
        self.ui.emptyLabel.setText(message)
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    def _empty_text(self) -> str:
        return self.tr("No case is open. Choose one in the list to see its overview, timeline and checklist.")
