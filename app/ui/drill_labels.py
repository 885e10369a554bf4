"""Translated display names for the drill codes (types, statuses, findings, ratings, ack outcomes).

The stored values never change; what a person reads comes from here so that every drill view
(calendar, editor, run-drill screen, risk links, history) names them alike. Corrective actions are
the case view's records, so their status names are the case review's (``action_status_name``
delegates to ``app.ui.case_review_tab``, imported only when called: this module stays light enough
for the calendar and the main window, which must not load the case view at start-up).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.case_review import ActionStatus
from app.domain.drills import (
    AckOutcome,
    DrillStatus,
    DrillType,
    FindingArea,
    FindingSeverity,
    ObjectiveResult,
)

__all__ = [
    "ack_outcome_name",
    "action_status_name",
    "drill_status_name",
    "drill_type_name",
    "finding_area_name",
    "finding_severity_name",
    "objective_result_name",
]

_CONTEXT = "DrillLabels"

_DRILL_TYPES = {
    DrillType.TABLETOP: QT_TRANSLATE_NOOP("DrillLabels", "Tabletop"),
    DrillType.SIMULATION: QT_TRANSLATE_NOOP("DrillLabels", "Simulation"),
    DrillType.FULL_SCALE: QT_TRANSLATE_NOOP("DrillLabels", "Full-scale"),
    DrillType.SURPRISE: QT_TRANSLATE_NOOP("DrillLabels", "Surprise"),
}
_DRILL_STATUSES = {
    DrillStatus.PLANNED: QT_TRANSLATE_NOOP("DrillLabels", "Planned"),
    DrillStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("DrillLabels", "In progress"),
    DrillStatus.DONE: QT_TRANSLATE_NOOP("DrillLabels", "Done"),
    DrillStatus.CANCELLED: QT_TRANSLATE_NOOP("DrillLabels", "Cancelled"),
}
_SEVERITIES = {
    FindingSeverity.LOW: QT_TRANSLATE_NOOP("DrillLabels", "Low"),
    FindingSeverity.MEDIUM: QT_TRANSLATE_NOOP("DrillLabels", "Medium"),
    FindingSeverity.HIGH: QT_TRANSLATE_NOOP("DrillLabels", "High"),
    FindingSeverity.CRITICAL: QT_TRANSLATE_NOOP("DrillLabels", "Critical"),
}
_AREAS = {
    FindingArea.PROCESS: QT_TRANSLATE_NOOP("DrillLabels", "Process"),
    FindingArea.TOOLS: QT_TRANSLATE_NOOP("DrillLabels", "Tools"),
    FindingArea.PEOPLE: QT_TRANSLATE_NOOP("DrillLabels", "People"),
    FindingArea.COMMUNICATION: QT_TRANSLATE_NOOP("DrillLabels", "Communication"),
}
_RESULTS = {
    ObjectiveResult.MET: QT_TRANSLATE_NOOP("DrillLabels", "Met"),
    ObjectiveResult.PARTLY_MET: QT_TRANSLATE_NOOP("DrillLabels", "Partly met"),
    ObjectiveResult.NOT_MET: QT_TRANSLATE_NOOP("DrillLabels", "Not met"),
}
_OUTCOMES = {
    AckOutcome.MET: QT_TRANSLATE_NOOP("DrillLabels", "met"),
    AckOutcome.MISSED: QT_TRANSLATE_NOOP("DrillLabels", "missed"),
    AckOutcome.NOT_ALL_ACKNOWLEDGED: QT_TRANSLATE_NOOP("DrillLabels", "not all acknowledged"),
    AckOutcome.NO_TARGET: QT_TRANSLATE_NOOP("DrillLabels", "no target"),
    AckOutcome.NOT_ALERTED: QT_TRANSLATE_NOOP("DrillLabels", "not alerted yet"),
    AckOutcome.NO_KEY_ROLES: QT_TRANSLATE_NOOP("DrillLabels", "no key roles"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def drill_type_name(drill_type: DrillType | str) -> str:
    return _tr(_DRILL_TYPES[DrillType(drill_type)])


def drill_status_name(status: DrillStatus | str) -> str:
    return _tr(_DRILL_STATUSES[DrillStatus(status)])


def finding_severity_name(severity: FindingSeverity | str) -> str:
    return _tr(_SEVERITIES[FindingSeverity(severity)])


def finding_area_name(area: FindingArea | str) -> str:
    return _tr(_AREAS[FindingArea(area)])


def objective_result_name(result: ObjectiveResult | str) -> str:
    return _tr(_RESULTS[ObjectiveResult(result)])


def ack_outcome_name(outcome: AckOutcome | str) -> str:
    return _tr(_OUTCOMES[AckOutcome(outcome)])


def action_status_name(status: ActionStatus | str) -> str:
    """The case review's name for a corrective action's status (one translation for both views)."""
    from app.ui.case_review_tab import action_status_name as review_action_status_name  # noqa: PLC0415

    return review_action_status_name(status)
