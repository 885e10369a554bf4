"""What a drill after-action report prints, as plain frozen values: the contract between service and PDF.

The service (``app.services.drill_report``) fills it from the drill as the caller may see it; the
renderer (``app.reports.drill_report``) only lays it out. Two promises are kept by construction:

* **No participant names.** A participant's label may be a colleague's name, so a
  ``ParticipantLine`` has no field for it: participants are printed by crisis role and
  department only, whoever generates the report.
* **De-identified callers get a de-identified report.** hr_manager's drill view has finding texts
  and corrective-action titles withheld (``None``); they stay ``None`` here and the renderer says
  what this version leaves out.

The layout follows the after-action report / improvement plan (AAR/IP) that emergency-exercise
programmes use: overview, objectives and their rating, participants, notification timings against
the target, findings of the hot wash, and the improvement plan with linked risks.

Instants are aware datetimes in UTC; the renderer shows them in ``time_zone``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from app.domain.case_review import ActionStatus
from app.domain.crisis_roles import CrisisRole
from app.domain.drills import (
    AckOutcome,
    DrillRating,
    DrillStatus,
    DrillType,
    FindingArea,
    FindingSeverity,
    FindingStatus,
    ObjectiveResult,
)
from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory
from app.domain.risks import RiskLevel


@dataclass(frozen=True, slots=True)
class DrillOverview:
    code: str
    title: str
    drill_type: DrillType
    status: DrillStatus
    scenario: str
    scenario_category: IncidentCategory | None
    scenario_grade: Grade | None
    key_roles: tuple[CrisisRole, ...]  # empty: every crisis role among the participants
    planned_start: datetime
    planned_duration: timedelta
    actual_start: datetime | None
    actual_end: datetime | None

    @property
    def held_for(self) -> timedelta | None:
        """How long the drill actually ran (None until it has started and ended)."""
        if self.actual_start is None or self.actual_end is None:
            return None
        return self.actual_end - self.actual_start


@dataclass(frozen=True, slots=True)
class ObjectiveLine:
    text: str
    result: ObjectiveResult | None  # None: not rated yet


@dataclass(frozen=True, slots=True)
class ParticipantLine:
    """A participant by crisis role and department; deliberately without the label (a possible name)."""

    role: CrisisRole | None
    department: str
    notified_at: datetime | None
    acknowledged_at: datetime | None

    @property
    def latency(self) -> timedelta | None:
        """Time from this participant's own notification to their acknowledgement."""
        if self.notified_at is None or self.acknowledged_at is None:
            return None
        return self.acknowledged_at - self.notified_at


class TimingKind(StrEnum):
    FIRST = "first"  # the first acknowledgement after the alert
    EVERYONE = "everyone"  # the last participant's acknowledgement
    KEY_ROLES = "key_roles"  # every key role acknowledged by someone holding it


@dataclass(frozen=True, slots=True)
class TimingLine:
    kind: TimingKind
    elapsed: timedelta | None  # from the first notification; None while it cannot be measured
    outcome: AckOutcome


@dataclass(frozen=True, slots=True)
class Timings:
    grade: Grade | None
    target: timedelta | None  # the acknowledge target of the scenario's grade; None without a grade
    alerted_at: datetime | None
    lines: tuple[TimingLine, ...]
    key_roles: tuple[CrisisRole, ...]  # the roles the key-role figure waits for
    key_roles_waiting: tuple[CrisisRole, ...]


@dataclass(frozen=True, slots=True)
class FindingLine:
    """A hot-wash finding; ``number`` is its reference in the improvement plan ("F1")."""

    number: int
    severity: FindingSeverity
    area: FindingArea
    text: str | None  # None in a de-identified report
    status: FindingStatus

    @property
    def reference(self) -> str:
        return f"F{self.number}"


@dataclass(frozen=True, slots=True)
class ImprovementLine:
    """One corrective action of the improvement plan, with the finding it answers (if any)."""

    finding: int | None  # the finding's number; None for an action not tied to a finding
    title: str | None  # None in a de-identified report
    owner_role: CrisisRole | None
    owner_is_account: bool  # owned by a named account rather than a role (the name is not printed)
    due_on: date
    status: ActionStatus
    done_at: datetime | None

    def overdue(self, today: date) -> bool:
        return self.status.is_open and self.due_on < today


@dataclass(frozen=True, slots=True)
class RiskLine:
    code: str
    title: str | None  # None when the risk could not be read
    level: RiskLevel | None
    residual_level: RiskLevel | None


@dataclass(frozen=True, slots=True)
class DrillReportData:
    generated_at: datetime
    time_zone: str  # IANA name the times are printed in
    deidentified: bool  # finding texts and action titles withheld (hr_manager)
    overview: DrillOverview
    objectives: tuple[ObjectiveLine, ...]
    rating: DrillRating
    participants: tuple[ParticipantLine, ...]
    timings: Timings
    findings: tuple[FindingLine, ...]
    improvements: tuple[ImprovementLine, ...]
    risks: tuple[RiskLine, ...]

    def __repr__(self) -> str:
        return f"DrillReportData({self.overview.code})"
