"""The tabs of the case detail: one small base class and the list of tabs, in the order shown.

Each kind of record on an incident (timeline, checklist, notifications, communication, evidence,
people, review) has its own tab module, so the detail view stays small and a tab can be added or
changed without touching the others. ``CaseDetail`` builds the tabs listed in ``TAB_CLASSES`` that
the signed-in role may see, hands each the incident when one is opened, and reloads the incident
when a tab says it changed something.

Tabs are named by "module:Class" and imported when the detail is first built, so the start-up of
the main window pays for none of them.
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from app.services.incidents import IncidentView
from app.services.session import Session
from app.services.workspace import Workspace

# In the order the tabs appear. Each entry names a CaseTab subclass.
TAB_CLASSES: tuple[str, ...] = (
    "app.ui.case_notifications_tab:NotificationsTab",
    "app.ui.case_communication_tab:CommunicationTab",
    "app.ui.case_evidence_tab:EvidenceTab",
    "app.ui.case_people_tab:PeopleTab",
    "app.ui.case_review_tab:ReviewTab",
)


class CaseTab(QWidget):
    """One tab of the case detail. Subclasses build their layout from a ``forms/*.ui`` file."""

    changed = Signal()  # the tab changed the incident: the detail reloads it (and the list row)

    key = ""  # stable name for tests and remembered state, e.g. "timeline"

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.session = session

    @classmethod
    def visible_for(cls, workspace: Workspace, session: Session) -> bool:
        """Whether the role sees this tab at all (people are hidden entirely from hr_manager)."""
        return True

    def title(self) -> str:
        """The tab's translated title (called again when the language changes)."""
        raise NotImplementedError

    def show_incident(self, incident: IncidentView) -> None:
        """Fill the tab for ``incident`` (already de-identified by the service where the role requires)."""
        raise NotImplementedError

    def clear(self) -> None:
        """No incident is open; drop anything shown."""

    def setup_scrollable(self, ui: object) -> QWidget:
        """Build the generated form ``ui`` inside a scroll area filling the tab, and return its page.

        For a tab whose form is taller than the detail pane can spare (the review section's five
        texts and the corrective actions): without it, the tab's minimum height becomes the whole
        case detail's, and the case list above it is squeezed to a couple of rows.
        """
        page = QWidget()
        ui.setupUi(page)  # type: ignore[attr-defined]
        scroll = QScrollArea(self)
        scroll.setObjectName("tabScrollArea")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        return page

    def retranslate(self) -> None:
        """Re-set texts after a language change; generated forms call ``self.ui.retranslateUi``."""
        ui = getattr(self, "ui", None)
        if ui is not None:
            ui.retranslateUi(self)


def tab_classes() -> list[type[CaseTab]]:
    """Import and return the tab classes of ``TAB_CLASSES``, in order."""
    classes: list[type[CaseTab]] = []
    for name in TAB_CLASSES:
        module_name, _, class_name = name.partition(":")
        cls = getattr(import_module(module_name), class_name)
        if not (isinstance(cls, type) and issubclass(cls, CaseTab)):
            raise TypeError(f"{name} is not a CaseTab")
        classes.append(cls)
    return classes
