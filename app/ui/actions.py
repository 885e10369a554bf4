"""Main-window actions declared in one table keyed by an enum (Picard's actions module, in small).

Menus, shortcuts and role visibility all read this table; the service layer still enforces every
rule whatever is visible.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.domain.roles import Operation


class MainAction(Enum):
    NEW_INCIDENT = auto()
    CASES = auto()
    RISKS = auto()
    DRILLS = auto()
    NEW_DRILL = auto()
    REPORTS = auto()
    INCIDENT_REPORT = auto()
    ONCALL = auto()
    CALENDAR_EXPORT = auto()
    BACKUP = auto()
    LOCK = auto()
    QUIT = auto()
    USERS = auto()
    AUDIT = auto()
    SETTINGS = auto()
    RESPONSE_PLANS = auto()
    RISK_SOURCES = auto()
    ABOUT = auto()
    RECOVERY_HELP = auto()


@dataclass(frozen=True)
class ActionSpec:
    menu: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    requires: Operation | None = None


MENUS = {
    "file": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "cases": QT_TRANSLATE_NOOP("MainWindow", "&Cases"),
    "risks": QT_TRANSLATE_NOOP("MainWindow", "&Risks"),
    "drills": QT_TRANSLATE_NOOP("MainWindow", "&Drills"),
    "reports": QT_TRANSLATE_NOOP("MainWindow", "R&eports"),
    "admin": QT_TRANSLATE_NOOP("MainWindow", "&Admin"),
    "help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
}

SPECS: dict[MainAction, ActionSpec] = {
    MainAction.NEW_INCIDENT: ActionSpec(
        "cases", QT_TRANSLATE_NOOP("MainWindow", "&New incident…"), "Ctrl+N", Operation.INCIDENT_CREATE
    ),
    MainAction.CASES: ActionSpec(
        "cases", QT_TRANSLATE_NOOP("MainWindow", "Case &list"), "Ctrl+Shift+C", Operation.INCIDENT_VIEW
    ),
    MainAction.RISKS: ActionSpec(
        "risks", QT_TRANSLATE_NOOP("MainWindow", "Risk &matrix"), "Ctrl+Shift+R", Operation.RISK_VIEW
    ),
    MainAction.DRILLS: ActionSpec(
        "drills", QT_TRANSLATE_NOOP("MainWindow", "Drill &calendar"), "Ctrl+Shift+D", Operation.DRILL_VIEW
    ),
    MainAction.NEW_DRILL: ActionSpec(
        "drills", QT_TRANSLATE_NOOP("MainWindow", "New &drill…"), None, Operation.DRILL_MANAGE
    ),
    MainAction.REPORTS: ActionSpec(
        "reports",
        QT_TRANSLATE_NOOP("MainWindow", "&Reports…"),
        "Ctrl+Shift+P",
        Operation.REPORT_INCIDENT_BOARD,
    ),
    MainAction.INCIDENT_REPORT: ActionSpec(
        "reports",
        QT_TRANSLATE_NOOP("MainWindow", "&Incident summary of the selected case"),
        None,
        Operation.REPORT_INCIDENT_BOARD,
    ),
    MainAction.ONCALL: ActionSpec(
        "drills", QT_TRANSLATE_NOOP("MainWindow", "&On-call rota…"), "Ctrl+Shift+O", Operation.ONCALL_VIEW
    ),
    MainAction.CALENDAR_EXPORT: ActionSpec(
        "drills",
        QT_TRANSLATE_NOOP("MainWindow", "&Export calendar (.ics)…"),
        None,
        Operation.CALENDAR_EXPORT,
    ),
    MainAction.BACKUP: ActionSpec(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&Back up database…"),
        "Ctrl+Shift+B",
        Operation.DATABASE_BACKUP,
    ),
    MainAction.LOCK: ActionSpec("file", QT_TRANSLATE_NOOP("MainWindow", "&Lock"), "Ctrl+L"),
    MainAction.QUIT: ActionSpec(
        "file", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit
    ),
    MainAction.USERS: ActionSpec(
        "admin", QT_TRANSLATE_NOOP("MainWindow", "&Users…"), "Ctrl+Shift+U", Operation.USER_LIST
    ),
    MainAction.AUDIT: ActionSpec(
        "admin", QT_TRANSLATE_NOOP("MainWindow", "&Audit trail"), "Ctrl+Shift+A", Operation.AUDIT_VIEW
    ),
    MainAction.SETTINGS: ActionSpec(
        "admin",
        QT_TRANSLATE_NOOP("MainWindow", "&Settings…"),
        QKeySequence.StandardKey.Preferences,
        Operation.POLICY_UPDATE,
    ),
    MainAction.RESPONSE_PLANS: ActionSpec(
        "admin", QT_TRANSLATE_NOOP("MainWindow", "Response &plans…"), None, Operation.PLAN_TEMPLATE_EDIT
    ),
    MainAction.RISK_SOURCES: ActionSpec(
        "admin", QT_TRANSLATE_NOOP("MainWindow", "&Risk sources…"), None, Operation.RISK_SOURCES_EDIT
    ),
    MainAction.ABOUT: ActionSpec("help", QT_TRANSLATE_NOOP("MainWindow", "&About EAP Crisis Desk")),
    MainAction.RECOVERY_HELP: ActionSpec("help", QT_TRANSLATE_NOOP("MainWindow", "&Recovery key help")),
}


def create_actions(parent: QWidget) -> dict[MainAction, QAction]:
    actions = {}
    for key, spec in SPECS.items():
        action = QAction(parent)
        action.setObjectName(f"action{key.name.title().replace('_', '')}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        actions[key] = action
    retranslate_actions(actions)
    return actions


def retranslate_actions(actions: dict[MainAction, QAction]) -> None:
    for key, action in actions.items():
        action.setText(QCoreApplication.translate("MainWindow", SPECS[key].text))
