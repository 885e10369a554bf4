"""Translated display names for the case codes (categories, grades, statuses, crisis roles, clocks).

The codes are stored and never change; what a person reads comes from Qt's translations, marked here
with ``QT_TRANSLATE_NOOP`` so lupdate finds them. Every case screen uses these functions, so a category
reads the same in the list, the detail, the wizard and the tabs.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from app.domain.clocks import ClockState
from app.domain.crisis_roles import CrisisRole
from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory
from app.domain.lifecycle import Status

_CATEGORIES = {
    IncidentCategory.PRIVACY_LEAK: QT_TRANSLATE_NOOP("IncidentLabels", "Psychological privacy leak"),
    IncidentCategory.PSYCHOLOGICAL_CRISIS: QT_TRANSLATE_NOOP(
        "IncidentLabels", "Employee psychological crisis"
    ),
    IncidentCategory.CRITICAL_EVENT: QT_TRANSLATE_NOOP("IncidentLabels", "Critical event affecting staff"),
    IncidentCategory.WORKPLACE_ACCIDENT: QT_TRANSLATE_NOOP("IncidentLabels", "Workplace accident"),
    IncidentCategory.CYBER_SECURITY: QT_TRANSLATE_NOOP("IncidentLabels", "Cyber-security event"),
    IncidentCategory.PUBLIC_HEALTH: QT_TRANSLATE_NOOP("IncidentLabels", "Public health event"),
    IncidentCategory.NATURAL_DISASTER: QT_TRANSLATE_NOOP("IncidentLabels", "Natural disaster"),
    IncidentCategory.SUPPLY_CHAIN: QT_TRANSLATE_NOOP("IncidentLabels", "Supply-chain disruption"),
    IncidentCategory.REPUTATION: QT_TRANSLATE_NOOP("IncidentLabels", "Reputation crisis"),
}
_GRADES = {
    Grade.I: QT_TRANSLATE_NOOP("IncidentLabels", "I · especially serious"),
    Grade.II: QT_TRANSLATE_NOOP("IncidentLabels", "II · serious"),
    Grade.III: QT_TRANSLATE_NOOP("IncidentLabels", "III · significant"),
    Grade.IV: QT_TRANSLATE_NOOP("IncidentLabels", "IV · general"),
}
_STATUSES = {
    Status.REPORTED: QT_TRANSLATE_NOOP("IncidentLabels", "Reported"),
    Status.VERIFIED: QT_TRANSLATE_NOOP("IncidentLabels", "Verified"),
    Status.DISMISSED: QT_TRANSLATE_NOOP("IncidentLabels", "Dismissed (false alarm)"),
    Status.ASSESSED: QT_TRANSLATE_NOOP("IncidentLabels", "Assessed"),
    Status.RESPONDING: QT_TRANSLATE_NOOP("IncidentLabels", "Responding"),
    Status.CONTAINED: QT_TRANSLATE_NOOP("IncidentLabels", "Contained"),
    Status.RESOLVED: QT_TRANSLATE_NOOP("IncidentLabels", "Resolved"),
    Status.REVIEWED: QT_TRANSLATE_NOOP("IncidentLabels", "Reviewed (closed)"),
}
_CRISIS_ROLES = {
    CrisisRole.CRISIS_LEAD: QT_TRANSLATE_NOOP("IncidentLabels", "Crisis lead"),
    CrisisRole.COUNSELLOR: QT_TRANSLATE_NOOP("IncidentLabels", "Counsellor"),
    CrisisRole.HR: QT_TRANSLATE_NOOP("IncidentLabels", "HR"),
    CrisisRole.IT_SECURITY: QT_TRANSLATE_NOOP("IncidentLabels", "IT / security"),
    CrisisRole.LEGAL: QT_TRANSLATE_NOOP("IncidentLabels", "Legal"),
    CrisisRole.PR: QT_TRANSLATE_NOOP("IncidentLabels", "Public relations"),
    CrisisRole.EXECUTIVE: QT_TRANSLATE_NOOP("IncidentLabels", "Executive"),
}
_CLOCK_STATES = {
    ClockState.NOT_STARTED: QT_TRANSLATE_NOOP("IncidentLabels", "not started"),
    ClockState.RUNNING: QT_TRANSLATE_NOOP("IncidentLabels", "running"),
    ClockState.OVERDUE: QT_TRANSLATE_NOOP("IncidentLabels", "overdue"),
    ClockState.MET: QT_TRANSLATE_NOOP("IncidentLabels", "met"),
    ClockState.MISSED: QT_TRANSLATE_NOOP("IncidentLabels", "missed"),
}

# Colours for "time left" (readable on light and dark backgrounds as text colour or cell background).
OVERDUE_COLOUR = QColor("#c62828")
SOON_COLOUR = QColor("#ef6c00")  # less than a quarter of an hour, or less than 25 % of the target left
RUNNING_COLOUR = QColor("#2e7d32")
SOON = timedelta(minutes=15)


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentLabels", text)


def category_name(category: IncidentCategory | str) -> str:
    return _tr(_CATEGORIES[IncidentCategory(category)])


def grade_name(grade: Grade | str) -> str:
    return _tr(_GRADES[Grade(grade)])


def status_name(status: Status | str) -> str:
    return _tr(_STATUSES[Status(status)])


def crisis_role_name(role: CrisisRole | str) -> str:
    return _tr(_CRISIS_ROLES[CrisisRole(role)])


def clock_state_name(state: ClockState | str) -> str:
    return _tr(_CLOCK_STATES[ClockState(state)])


def duration_text(span: timedelta) -> str:
    """A short human duration: "3 d 4 h", "2 h 05 min", "12 min" (always positive; the caller says which way)."""
    minutes = int(abs(span).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return (
            QCoreApplication.translate("IncidentLabels", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    if hours:
        return (
            QCoreApplication.translate("IncidentLabels", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", f"{mins:02d}")
        )
    return QCoreApplication.translate("IncidentLabels", "%1 min").replace("%1", str(mins))


def time_left_text(due_at: datetime, now: datetime) -> str:
    """ "due in 2 h 05 min" or "overdue by 12 min", from elapsed time (DST-proof)."""
    left = due_at - now
    if left < timedelta(0):
        return QCoreApplication.translate("IncidentLabels", "overdue by %1").replace(
            "%1", duration_text(left)
        )
    return QCoreApplication.translate("IncidentLabels", "due in %1").replace("%1", duration_text(left))


def time_left_colour(due_at: datetime, now: datetime) -> QColor:
    left = due_at - now
    if left < timedelta(0):
        return OVERDUE_COLOUR
    if left < SOON:
        return SOON_COLOUR
    return RUNNING_COLOUR


def local_time_text(value: datetime | None) -> str:
    """A stored UTC time shown in the workstation's local time zone ("" for none)."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")
