"""What the drill service returns: plain frozen views of drills, built from stored rows.

A de-identified view (``deidentified=True``, for hr_manager) has participant labels, finding texts
and corrective-action titles withheld as ``None``; the service decides who gets one
(``app.services.drills``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.domain.case_review import ActionStatus
from app.domain.crisis_roles import CrisisRole
from app.domain.drills import (
    AckOutcome,
    DrillRating,
    DrillStatus,
    DrillTiming,
    DrillType,
    FindingArea,
    FindingSeverity,
    FindingStatus,
    ObjectiveResult,
    allowed_drill_targets,
    finding_status,
)
from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory
from app.storage.drills_repository import DrillActionRow, DrillRow, FindingRow


@dataclass(frozen=True, slots=True)
class ParticipantView:
    """One participant; ``label`` is ``None`` when de-identified (it may be a colleague's name)."""

    id: int
    position: int
    role: CrisisRole | None
    department: str
    label: str | None
    notified_at: datetime | None
    acknowledged_at: datetime | None

    @property
    def latency(self) -> timedelta | None:
        if self.notified_at is None or self.acknowledged_at is None:
            return None
        return self.acknowledged_at - self.notified_at

    def __repr__(self) -> str:
        return f"ParticipantView(id={self.id}, role={self.role})"


@dataclass(frozen=True, slots=True)
class ObjectiveView:
    id: int
    position: int
    text: str
    result: ObjectiveResult | None

    def __repr__(self) -> str:
        return f"ObjectiveView(id={self.id}, result={self.result})"


@dataclass(frozen=True, slots=True)
class DrillActionView:
    """A drill's corrective action; ``title`` is ``None`` when de-identified."""

    id: int
    drill_id: int
    finding_id: int | None
    title: str | None
    owner_role: CrisisRole | None
    owner_user_id: int | None
    due_on: date
    status: ActionStatus
    done_at: datetime | None
    created_at: datetime
    updated_at: datetime
    deidentified: bool

    @property
    def is_open(self) -> bool:
        return self.status.is_open

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due_on < today

    def __repr__(self) -> str:
        return f"DrillActionView(id={self.id}, status={self.status.value})"


@dataclass(frozen=True, slots=True)
class FindingView:
    """A finding with its status (``finding_status`` over its actions); ``text`` None when de-identified."""

    id: int
    drill_id: int
    severity: FindingSeverity
    area: FindingArea
    text: str | None
    status: FindingStatus
    action_ids: tuple[int, ...]
    created_at: datetime
    updated_at: datetime
    deidentified: bool

    def __repr__(self) -> str:
        return f"FindingView(id={self.id}, severity={self.severity.value}, status={self.status.value})"


@dataclass(frozen=True, slots=True)
class DrillStatusChangeView:
    from_status: DrillStatus
    to_status: DrillStatus
    reason: str | None  # None when none was needed or when de-identified
    at: datetime
    user_id: int | None


@dataclass(frozen=True, slots=True)
class LinkedRisk:
    risk_id: int
    code: str


@dataclass(frozen=True, slots=True)
class DrillView:
    """One drill as the caller may see it, with its derived rating and timing."""

    id: int
    code: str
    drill_type: DrillType
    title: str
    scenario: str
    scenario_category: IncidentCategory | None
    scenario_grade: Grade | None
    key_roles: tuple[CrisisRole, ...]
    planned_start: datetime
    planned_duration: timedelta
    actual_start: datetime | None
    actual_end: datetime | None
    status: DrillStatus
    series_id: int | None
    objectives: tuple[ObjectiveView, ...]
    participants: tuple[ParticipantView, ...]
    findings: tuple[FindingView, ...]
    actions: tuple[DrillActionView, ...]
    status_changes: tuple[DrillStatusChangeView, ...]
    risks: tuple[LinkedRisk, ...]
    rating: DrillRating
    timing: DrillTiming
    rated_at: datetime | None
    created_at: datetime
    updated_at: datetime
    deidentified: bool

    @property
    def planned_end(self) -> datetime:
        return self.planned_start + self.planned_duration

    @property
    def allowed_targets(self) -> tuple[DrillStatus, ...]:
        return allowed_drill_targets(self.status)

    @property
    def open_findings(self) -> int:
        return sum(1 for f in self.findings if f.status is FindingStatus.OPEN)

    def __repr__(self) -> str:
        return f"DrillView(id={self.id}, code={self.code}, status={self.status.value})"


@dataclass(frozen=True, slots=True)
class DrillCalendarItem:
    """A drill as a calendar shows it."""

    id: int
    code: str
    drill_type: DrillType
    title: str
    status: DrillStatus
    planned_start: datetime
    planned_end: datetime
    actual_start: datetime | None
    actual_end: datetime | None
    series_id: int | None

    def __repr__(self) -> str:
        return f"DrillCalendarItem(id={self.id}, code={self.code})"


@dataclass(frozen=True, slots=True)
class DrillActionDue:
    """A drill's corrective action falling due in a period, with its drill's code (for a calendar)."""

    action: DrillActionView
    drill_code: str
    drill_type: DrillType

    def __repr__(self) -> str:
        return f"DrillActionDue(id={self.action.id}, drill={self.drill_code})"


@dataclass(frozen=True, slots=True)
class DrillHistoryPoint:
    """One done drill on the drill-history chart: its acknowledgement figures and its findings."""

    drill_id: int
    code: str
    drill_type: DrillType
    held_at: datetime
    grade: Grade | None
    target: timedelta | None
    first_ack: timedelta | None
    first_outcome: AckOutcome
    all_ack: timedelta | None
    all_outcome: AckOutcome
    key_roles_ack: timedelta | None
    key_roles_outcome: AckOutcome
    score_percent: int | None
    findings_open: int
    findings_closed: int


@dataclass(frozen=True, slots=True)
class DrillSeriesCreated:
    """A recurring series and the drills materialised for it within the horizon."""

    series_id: int
    rrule: str
    drills: tuple[DrillCalendarItem, ...]


# -- built from stored rows -------------------------------------------------------------------------


def calendar_item(row: DrillRow) -> DrillCalendarItem:
    return DrillCalendarItem(
        id=row.id,
        code=row.code,
        drill_type=DrillType(row.drill_type),
        title=row.title,
        status=DrillStatus(row.status),
        planned_start=row.planned_start,
        planned_end=row.planned_start + timedelta(minutes=row.planned_minutes),
        actual_start=row.actual_start,
        actual_end=row.actual_end,
        series_id=row.series_id,
    )


def action_view(row: DrillActionRow, deidentified: bool) -> DrillActionView:
    return DrillActionView(
        id=row.id,
        drill_id=row.drill_id,
        finding_id=row.finding_id,
        title=None if deidentified else row.title,
        owner_role=CrisisRole(row.owner_role) if row.owner_role else None,
        owner_user_id=row.owner_user_id,
        due_on=row.due_on,
        status=ActionStatus(row.status),
        done_at=row.done_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deidentified=deidentified,
    )


def finding_view(row: FindingRow, actions: Sequence[DrillActionRow], deidentified: bool) -> FindingView:
    own = [a for a in actions if a.finding_id == row.id]
    return FindingView(
        id=row.id,
        drill_id=row.drill_id,
        severity=FindingSeverity(row.severity),
        area=FindingArea(row.area),
        text=None if deidentified else row.text,
        status=finding_status(a.status for a in own),
        action_ids=tuple(a.id for a in own),
        created_at=row.created_at,
        updated_at=row.updated_at,
        deidentified=deidentified,
    )
