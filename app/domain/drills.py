"""Crisis drills: what is planned, how it runs, how fast the team acknowledged, and what was learnt.

A drill rehearses the response to a scenario (optionally one incident category at one grade) with
participants named by crisis role and department. While it runs, every participant's notification
and acknowledgement is stamped; afterwards the drill is rated against its objectives and findings are
recorded, each of which may lead to corrective actions (``app.domain.case_review.ActionInput``: the
same record the case view uses, so the board report counts them together).

Rules decided here, and why:

* **Status** (``DRILL_EDGES``; * needs a reason)::

      planned     → in_progress, cancelled*
      in_progress → done, cancelled*
      done        → in_progress*   (resume: "end drill" pressed by mistake; the end time is cleared)
      cancelled   → nothing: final

  Cancelling and resuming need a reason: both will be questioned when the drill programme is
  reviewed ("why was the Q3 full-scale exercise dropped?"). A cancelled drill that is held after
  all is a new drill with its own times, so that the record of the cancellation stays true.
  The actual times must agree with the status (``DrillInput``): planned → no actual times and no
  notifications; in progress → started, not ended; done → started and ended.
* **Timing** (``drill_timing``) counts from the *alert*, the first notification sent, not from the
  drill's actual start: an incident's acknowledge clock counts from when the desk was told
  (``app.domain.clocks.incident_clocks``), and a tabletop may spend twenty minutes on scene-setting
  before the alarm is raised. Three figures are compared with the acknowledge target of the grade
  the scenario represents: the first acknowledgement, every participant's, and every *key role's*.
  A key role counts as acknowledged when the first participant holding it acknowledges: in a real
  incident the role is covered once anyone on call for it responds. A figure is met at or before
  the target (as a ``Clock`` is); a figure still waiting for someone is "not all acknowledged",
  never a guess at met or missed, because the person who never answered is the finding.
* **Rating** is per objective: met, partly met or not met (``ObjectiveResult``). A three-point
  judgement per objective is what an after-action review can agree on honestly, and it says *which*
  objective failed; a single 1–5 score hides that. ``DrillRating`` derives the overall result (all
  met → met, all not met → not met, otherwise partly met) and a percentage (met = 2 points, partly =
  1) for the history chart.
* **Findings** have a severity (low … critical) and an area (process, tools, people,
  communication). A finding is open while it has no corrective action or any of its actions is still
  open (``finding_status``): a finding nobody acted on is not closed just because it is old.
* **Surprise drills** are visible only to admins until they actually start (``visible_to``), so that
  the people being tested cannot prepare. A planned start that passes without the drill starting
  (it was delayed) does not reveal it, and a surprise drill cancelled before it started stays hidden:
  the scenario can be used another day.

Validation collects every problem at once (``DrillInvalid``, an ``IncidentInvalid`` so the services'
existing translation to ``InvalidInput`` applies) with dotted field names for nested values
(``participants[2].acknowledged_at``); a constructed value is always valid. Times must be aware and
are kept in UTC (see ``app.domain.clocks`` for why).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Protocol, TypeVar

from app.domain.case_review import ActionInput, ActionStatus
from app.domain.clocks import ResponseTargets
from app.domain.crisis_roles import CrisisRole
from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory, IncidentInvalid
from app.domain.roles import Role
from app.domain.text_input import EARLIEST_TIME, TEXT_MAX, Problem, clean_line, clean_text, is_aware

__all__ = [
    "DRILL_EDGES",
    "DURATION_MAX",
    "AckFigure",
    "AckOutcome",
    "ActionInput",
    "DrillInput",
    "DrillInvalid",
    "DrillRating",
    "DrillStatus",
    "DrillTiming",
    "DrillTransition",
    "DrillTransitionRefused",
    "DrillType",
    "DrillVisibilityFacts",
    "FindingArea",
    "FindingInput",
    "FindingSeverity",
    "FindingStatus",
    "Objective",
    "ObjectiveResult",
    "Participant",
    "allowed_drill_targets",
    "check_drill_transition",
    "drill_timing",
    "finding_status",
    "rate_objectives",
    "visible_to",
]

TITLE_MAX = 200
OBJECTIVE_MAX = 500
OBJECTIVES_MAX = 30
PARTICIPANT_NAME_MAX = 100
DEPARTMENT_MAX = 100
PARTICIPANTS_MAX = 500
FINDING_TEXT_MAX = 5_000
REASON_MAX = 2_000
# A full-scale exercise may run over a weekend; a week is a typo in the duration (minutes for hours).
DURATION_MAX = timedelta(days=7)


class DrillInvalid(IncidentInvalid):
    """Input describing a drill (or its finding) is not acceptable; ``problems`` lists every field."""


# --- kinds and statuses ----------------------------------------------------------------------------


class DrillType(StrEnum):
    """How a drill is held. Values are stored: never rename one."""

    TABLETOP = "tabletop"  # discussion of the scenario around a table
    SIMULATION = "simulation"  # the scenario is played with injects; systems are not really touched
    FULL_SCALE = "full_scale"  # people and systems are really mobilised
    SURPRISE = "surprise"  # unannounced: the participants learn of it when the alert reaches them

    @property
    def is_announced(self) -> bool:
        return self is not DrillType.SURPRISE

    @property
    def label_en(self) -> str:
        return DRILL_TYPE_LABELS[self][0]

    @property
    def label_zh(self) -> str:
        return DRILL_TYPE_LABELS[self][1]


DRILL_TYPE_LABELS: dict[DrillType, tuple[str, str]] = {
    DrillType.TABLETOP: ("Tabletop", "桌面推演"),
    DrillType.SIMULATION: ("Simulation", "模擬演練"),
    DrillType.FULL_SCALE: ("Full-scale", "全面演練"),
    DrillType.SURPRISE: ("Surprise", "突擊演練"),
}


class DrillStatus(StrEnum):
    """Where a drill stands. Values are stored: never rename one."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_closed(self) -> bool:
        return self in (DrillStatus.DONE, DrillStatus.CANCELLED)

    @property
    def label_en(self) -> str:
        return DRILL_STATUS_LABELS[self][0]

    @property
    def label_zh(self) -> str:
        return DRILL_STATUS_LABELS[self][1]


DRILL_STATUS_LABELS: dict[DrillStatus, tuple[str, str]] = {
    DrillStatus.PLANNED: ("planned", "已計劃"),
    DrillStatus.IN_PROGRESS: ("in progress", "進行中"),
    DrillStatus.DONE: ("done", "已完成"),
    DrillStatus.CANCELLED: ("cancelled", "已取消"),
}

# Every allowed move and whether it needs a reason; the order within a source is the UI's order.
DRILL_EDGES: Mapping[tuple[DrillStatus, DrillStatus], bool] = MappingProxyType(
    {
        (DrillStatus.PLANNED, DrillStatus.IN_PROGRESS): False,
        (DrillStatus.PLANNED, DrillStatus.CANCELLED): True,
        (DrillStatus.IN_PROGRESS, DrillStatus.DONE): False,
        (DrillStatus.IN_PROGRESS, DrillStatus.CANCELLED): True,
        (DrillStatus.DONE, DrillStatus.IN_PROGRESS): True,
    }
)


class DrillTransitionRefused(ValueError):
    """A status move is not allowed or lacks its reason; the message names both statuses."""


@dataclass(frozen=True, slots=True)
class DrillTransition:
    """An accepted move, ready to be stored (``reason`` is ``None`` when none was needed or given)."""

    source: DrillStatus
    target: DrillStatus
    reason: str | None = None


def allowed_drill_targets(status: DrillStatus | str) -> tuple[DrillStatus, ...]:
    """The statuses a drill in ``status`` may move to, in the order the UI should offer them."""
    source = DrillStatus(status)
    return tuple(target for (start, target) in DRILL_EDGES if start == source)


def check_drill_transition(
    source: DrillStatus | str, target: DrillStatus | str, reason: str | None = None
) -> DrillTransition:
    """Accept the move ``source → target`` or raise ``DrillTransitionRefused`` saying what is allowed."""
    try:
        start, end = DrillStatus(source), DrillStatus(target)
    except ValueError:
        known = ", ".join(s.value for s in DrillStatus)
        raise DrillTransitionRefused(f"Unknown drill status; the statuses are {known}.") from None
    if (start, end) not in DRILL_EDGES:
        allowed = ", ".join(s.value for s in allowed_drill_targets(start)) or "nothing (it is final)"
        raise DrillTransitionRefused(
            f"A drill cannot go from {start.value} to {end.value}; from {start.value} it can go to {allowed}."
        )
    if reason is not None and not isinstance(reason, str):
        raise DrillTransitionRefused("The reason must be text.")
    text = unicodedata.normalize("NFC", reason).strip() if reason else ""
    if len(text) > REASON_MAX:
        raise DrillTransitionRefused(f"The reason can have at most {REASON_MAX} characters.")
    if DRILL_EDGES[(start, end)] and not text:
        raise DrillTransitionRefused(
            f"Moving a drill from {start.value} to {end.value} needs a reason, recorded for the drill review."
        )
    return DrillTransition(start, end, text or None)


# --- participants, objectives and the drill itself -------------------------------------------------


def _moment(name: str, value: object, found: list[Problem]) -> datetime | None:
    """An optional aware time in UTC; a problem (and ``None``) when it is unusable."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        found.append(Problem(name, "must be a date and time"))
        return None
    if not is_aware(value):
        found.append(Problem(name, "must include a time zone (a time without one is ambiguous across zones)"))
        return None
    if value < EARLIEST_TIME:
        found.append(Problem(name, f"is before {EARLIEST_TIME.year}"))
        return None
    return value.astimezone(UTC)


_E = TypeVar("_E", bound=StrEnum)


def _choice(name: str, enum: type[_E], value: object, found: list[Problem]) -> _E | None:
    if isinstance(value, enum):
        return value
    if isinstance(value, str) and value in enum._value2member_map_:
        return enum(value)
    found.append(Problem(name, f"{value!r} is not one of {', '.join(m.value for m in enum)}"))
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class Participant:
    """One person (or post) taking part, with the times of their notification and acknowledgement.

    Participants are named by crisis role and department (the drill tests roles, not individuals);
    ``name`` is an optional label for the run-drill screen ("duty counsellor", a colleague's name).
    The times are stamped during the run; an acknowledgement needs its notification and cannot
    precede it. Checked by the ``DrillInput`` holding it, which reports problems as
    ``participants[i].field`` so that a form sees every wrong participant at once.
    """

    role: CrisisRole | str | None = None
    department: str = ""
    name: str = ""
    notified_at: datetime | None = None
    acknowledged_at: datetime | None = None

    @property
    def latency(self) -> timedelta | None:
        """How long this participant took to acknowledge their own notification (None until both)."""
        if self.notified_at is None or self.acknowledged_at is None:
            return None
        return self.acknowledged_at - self.notified_at

    def __repr__(self) -> str:
        return f"Participant(role={self.role}, notified={self.notified_at is not None}, acknowledged={self.acknowledged_at is not None})"


def _clean_participant(item: Participant, prefix: str, found: list[Problem]) -> Participant:
    """A cleaned copy of ``item`` (times in UTC, text NFC), adding its problems to ``found``."""
    role = item.role
    if role is not None:
        role = _choice(f"{prefix}role", CrisisRole, role, found) or role
    department = clean_line(f"{prefix}department", item.department, found, maximum=DEPARTMENT_MAX)
    name = clean_line(f"{prefix}name", item.name, found, maximum=PARTICIPANT_NAME_MAX)
    if role is None and not department:
        found.append(Problem(f"{prefix}role", "give the participant's crisis role or department"))
    notified = _moment(f"{prefix}notified_at", item.notified_at, found)
    acknowledged = _moment(f"{prefix}acknowledged_at", item.acknowledged_at, found)
    if item.acknowledged_at is not None and item.notified_at is None:
        found.append(Problem(f"{prefix}acknowledged_at", "needs the time the participant was notified"))
    if notified is not None and acknowledged is not None and acknowledged < notified:
        found.append(Problem(f"{prefix}acknowledged_at", "is before the participant was notified"))
    return Participant(
        role=role,
        department=department,
        name=name,
        notified_at=notified if notified is not None else item.notified_at,
        acknowledged_at=acknowledged if acknowledged is not None else item.acknowledged_at,
    )


class ObjectiveResult(StrEnum):
    """How well one objective was achieved. Values are stored: never rename one."""

    MET = "met"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"

    @property
    def points(self) -> int:
        """2, 1 or 0: the weight in ``DrillRating.score_percent``."""
        return _POINTS[self]


_POINTS = {ObjectiveResult.MET: 2, ObjectiveResult.PARTLY_MET: 1, ObjectiveResult.NOT_MET: 0}


@dataclass(frozen=True, slots=True)
class Objective:
    """What the drill sets out to show ("the crisis lead is reached within 15 minutes") and its result.

    The result stays ``None`` until the drill is evaluated. Keeping text and result together (one
    stored row each) means editing the list of objectives can never attach a result to the wrong one.
    """

    text: str
    result: ObjectiveResult | str | None = None


@dataclass(frozen=True, slots=True)
class DrillRating:
    """The drill rated against its objectives; see the module docstring for the rule."""

    met: int
    partly_met: int
    not_met: int
    unrated: int

    @property
    def rated(self) -> int:
        return self.met + self.partly_met + self.not_met

    @property
    def complete(self) -> bool:
        """Every objective has a result: the rating can be reported as final."""
        return self.unrated == 0 and self.rated > 0

    @property
    def overall(self) -> ObjectiveResult | None:
        """All rated met → met, all rated not met → not met, else partly met; None if nothing rated."""
        if self.rated == 0:
            return None
        if self.met == self.rated:
            return ObjectiveResult.MET
        if self.not_met == self.rated:
            return ObjectiveResult.NOT_MET
        return ObjectiveResult.PARTLY_MET

    @property
    def score_percent(self) -> int | None:
        """Points won of points possible over the rated objectives, 0–100 rounded; None if none rated."""
        if self.rated == 0:
            return None
        points = 2 * self.met + self.partly_met
        return round(100 * points / (2 * self.rated))


def rate_objectives(objectives: Iterable[Objective]) -> DrillRating:
    """Count the results of ``objectives`` (unrated ones too, so an unfinished rating shows as such)."""
    counts = dict.fromkeys((*ObjectiveResult, None), 0)
    for objective in objectives:
        result = objective.result
        counts[ObjectiveResult(result) if result is not None else None] += 1
    return DrillRating(
        counts[ObjectiveResult.MET],
        counts[ObjectiveResult.PARTLY_MET],
        counts[ObjectiveResult.NOT_MET],
        counts[None],
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class DrillInput:
    """A drill as the editor (or the run-drill screen) produces it; constructing it validates it all.

    ``scenario_category`` and ``scenario_grade`` say which incident the scenario represents; the
    grade chooses the acknowledge target the timings are compared with (no grade: figures without a
    verdict). ``key_roles`` are the crisis roles whose acknowledgement the drill is about; empty
    means every crisis role among the participants. ``planned_start`` and the actual times are
    aware and kept in UTC; ``planned_duration`` is elapsed time. ``risk_ids`` link the risks the
    drill exercises (risk register ids). Objectives may be given as plain text.
    """

    title: str
    drill_type: DrillType | str
    planned_start: datetime
    planned_duration: timedelta
    status: DrillStatus | str = DrillStatus.PLANNED
    scenario: str = ""
    scenario_category: IncidentCategory | str | None = None
    scenario_grade: Grade | str | None = None
    objectives: Sequence[Objective | str] = ()
    participants: Sequence[Participant] = ()
    key_roles: Iterable[CrisisRole | str] = ()
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    risk_ids: Sequence[int] = ()

    def __post_init__(self) -> None:
        found: list[Problem] = []
        put = object.__setattr__
        put(self, "title", clean_line("title", self.title, found, maximum=TITLE_MAX, required=True))
        put(self, "drill_type", _choice("drill_type", DrillType, self.drill_type, found) or self.drill_type)
        put(self, "status", _choice("status", DrillStatus, self.status, found) or self.status)
        put(self, "scenario", clean_text("scenario", self.scenario, found, maximum=TEXT_MAX))
        if self.scenario_category is not None:
            category = _choice("scenario_category", IncidentCategory, self.scenario_category, found)
            put(self, "scenario_category", category or self.scenario_category)
        if self.scenario_grade is not None:
            grade = _choice("scenario_grade", Grade, self.scenario_grade, found)
            put(self, "scenario_grade", grade or self.scenario_grade)
        self._check_schedule(found)
        put(self, "objectives", self._clean_objectives(found))
        put(self, "participants", self._clean_participants(found))
        put(self, "key_roles", self._clean_key_roles(found))
        put(self, "risk_ids", self._clean_risks(found))
        self._check_status(found)
        if found:
            raise DrillInvalid(found)

    # -- parts of the validation --

    def _check_schedule(self, found: list[Problem]) -> None:
        put = object.__setattr__
        if self.planned_start is None:
            found.append(Problem("planned_start", "is required"))
        else:
            planned = _moment("planned_start", self.planned_start, found)
            if planned is not None:
                put(self, "planned_start", planned)
        duration = self.planned_duration
        if not isinstance(duration, timedelta):
            found.append(Problem("planned_duration", "must be a duration"))
        elif duration <= timedelta(0):
            found.append(Problem("planned_duration", "must be longer than zero"))
        elif duration > DURATION_MAX:
            found.append(Problem("planned_duration", f"can be at most {DURATION_MAX.days} days"))
        start = _moment("actual_start", self.actual_start, found)
        end = _moment("actual_end", self.actual_end, found)
        if start is not None:
            put(self, "actual_start", start)
        if end is not None:
            put(self, "actual_end", end)
        if self.actual_end is not None and self.actual_start is None:
            found.append(Problem("actual_end", "needs the actual start"))
        if start is not None and end is not None and end <= start:
            found.append(Problem("actual_end", "must be after the actual start"))

    def _clean_objectives(self, found: list[Problem]) -> tuple[Objective, ...]:
        if isinstance(self.objectives, str) or not isinstance(self.objectives, Sequence):
            found.append(Problem("objectives", "must be a list of objectives"))
            return ()
        if len(self.objectives) > OBJECTIVES_MAX:
            found.append(Problem("objectives", f"can have at most {OBJECTIVES_MAX} entries"))
        cleaned: list[Objective] = []
        for index, item in enumerate(self.objectives):
            objective = Objective(item) if isinstance(item, str) else item
            if not isinstance(objective, Objective):
                found.append(Problem(f"objectives[{index}]", "must be an objective"))
                continue
            text = clean_line(
                f"objectives[{index}].text", objective.text, found, maximum=OBJECTIVE_MAX, required=True
            )
            result = objective.result
            if result is not None:
                result = _choice(f"objectives[{index}].result", ObjectiveResult, result, found) or result
            cleaned.append(Objective(text, result))
        texts = [o.text.casefold() for o in cleaned]
        if len(set(texts)) != len(texts):
            found.append(Problem("objectives", "lists the same objective twice"))
        return tuple(cleaned)

    def _clean_participants(self, found: list[Problem]) -> tuple[Participant, ...]:
        if isinstance(self.participants, str) or not isinstance(self.participants, Sequence):
            found.append(Problem("participants", "must be a list of participants"))
            return ()
        if len(self.participants) > PARTICIPANTS_MAX:
            found.append(Problem("participants", f"can have at most {PARTICIPANTS_MAX} entries"))
        cleaned: list[Participant] = []
        for index, item in enumerate(self.participants):
            if not isinstance(item, Participant):
                found.append(Problem(f"participants[{index}]", "must be a participant"))
                continue
            copy = _clean_participant(item, f"participants[{index}].", found)
            cleaned.append(copy)
        return tuple(cleaned)

    def _clean_key_roles(self, found: list[Problem]) -> frozenset[CrisisRole]:
        if isinstance(self.key_roles, str) or not isinstance(self.key_roles, Iterable):
            found.append(Problem("key_roles", "must be a set of crisis roles"))
            return frozenset()
        roles: set[CrisisRole] = set()
        for value in self.key_roles:
            role = _choice("key_roles", CrisisRole, value, found)
            if role is not None:
                roles.add(role)
        held = {p.role for p in self.participants if isinstance(p, Participant)}
        missing = sorted(r.value for r in roles - held)
        if missing:
            found.append(Problem("key_roles", f"no participant holds {', '.join(missing)}"))
        return frozenset(roles)

    def _clean_risks(self, found: list[Problem]) -> tuple[int, ...]:
        if isinstance(self.risk_ids, str) or not isinstance(self.risk_ids, Sequence):
            found.append(Problem("risk_ids", "must be a list of risk numbers"))
            return ()
        ids = tuple(self.risk_ids)
        if any(isinstance(i, bool) or not isinstance(i, int) or i < 1 for i in ids):
            found.append(Problem("risk_ids", "must be risk numbers"))
        elif len(set(ids)) != len(ids):
            found.append(Problem("risk_ids", "lists the same risk twice"))
        return ids

    def _check_status(self, found: list[Problem]) -> None:
        status = self.status
        if not isinstance(status, DrillStatus):
            return
        started = self.actual_start is not None
        if status is DrillStatus.PLANNED and started:
            found.append(
                Problem("actual_start", "a planned drill has not started yet; set it in progress first")
            )
        if status in (DrillStatus.IN_PROGRESS, DrillStatus.DONE) and not started:
            found.append(Problem("actual_start", f"is required for a drill that is {status.label_en}"))
        if status is DrillStatus.IN_PROGRESS and self.actual_end is not None:
            found.append(Problem("actual_end", "a drill in progress has not ended yet"))
        if status is DrillStatus.DONE and self.actual_end is None:
            found.append(Problem("actual_end", "is required for a drill that is done"))
        start = (
            self.actual_start
            if isinstance(self.actual_start, datetime) and is_aware(self.actual_start)
            else None
        )
        for index, participant in enumerate(self.participants):
            notified = participant.notified_at
            if not (isinstance(notified, datetime) and is_aware(notified)):
                continue
            if not started:
                found.append(
                    Problem(
                        f"participants[{index}].notified_at",
                        "a drill that has not started has no notifications",
                    )
                )
            elif start is not None and notified < start:
                found.append(Problem(f"participants[{index}].notified_at", "is before the drill started"))
        if not started and any(o.result is not None for o in self.objectives):
            found.append(Problem("objectives", "can be rated only once the drill has started"))

    # -- derived values --

    @property
    def planned_end(self) -> datetime:
        return self.planned_start + self.planned_duration

    @property
    def effective_key_roles(self) -> frozenset[CrisisRole]:
        """The key roles as given, or every crisis role among the participants when none were given."""
        if self.key_roles:
            return frozenset(self.key_roles)  # type: ignore[arg-type]  # cleaned in __post_init__
        return frozenset(p.role for p in self.participants if isinstance(p.role, CrisisRole))

    def timing(self, targets: ResponseTargets | None = None) -> DrillTiming:
        """The acknowledgement figures, compared with ``targets`` (the defaults when None)."""
        return drill_timing(
            self.participants,
            self.scenario_grade,  # type: ignore[arg-type]  # cleaned in __post_init__
            key_roles=self.effective_key_roles,
            targets=targets,
        )

    @property
    def rating(self) -> DrillRating:
        return rate_objectives(self.objectives)  # type: ignore[arg-type]  # cleaned in __post_init__

    def __repr__(self) -> str:
        return f"DrillInput(type={self.drill_type}, status={self.status}, planned_start={self.planned_start})"


# --- timing ----------------------------------------------------------------------------------------


class AckOutcome(StrEnum):
    """One acknowledgement figure against its target. Stored with drill reports: a stable contract."""

    MET = "met"  # measured, at or within the target
    MISSED = "missed"  # measured, later than the target
    NOT_ALL_ACKNOWLEDGED = "not_all_acknowledged"  # someone the figure waits for has not acknowledged
    NO_TARGET = "no_target"  # measured, but the scenario represents no grade to compare with
    NOT_ALERTED = "not_alerted"  # nobody has been notified yet: there is nothing to measure from
    NO_KEY_ROLES = "no_key_roles"  # the key-role figure when no participant holds a crisis role


@dataclass(frozen=True, slots=True)
class AckFigure:
    """One figure: time from the alert (None while it cannot be measured) and its outcome."""

    elapsed: timedelta | None
    outcome: AckOutcome


@dataclass(frozen=True, slots=True)
class DrillTiming:
    """How fast the participants acknowledged, against the acknowledge target of the scenario's grade.

    ``alerted_at`` is the first notification (UTC), the instant every figure counts from.
    ``unacknowledged`` are the indexes of participants without an acknowledgement, and
    ``key_roles_waiting`` the key roles nobody has acknowledged for yet: what the run-drill screen
    highlights and what the findings will be about.
    """

    grade: Grade | None
    target: timedelta | None
    alerted_at: datetime | None
    first: AckFigure
    everyone: AckFigure
    key_roles: AckFigure
    unacknowledged: tuple[int, ...]
    key_roles_waiting: tuple[CrisisRole, ...]


def _verdict(elapsed: timedelta, target: timedelta | None) -> AckOutcome:
    if target is None:
        return AckOutcome.NO_TARGET
    return AckOutcome.MET if elapsed <= target else AckOutcome.MISSED


def drill_timing(
    participants: Sequence[Participant],
    grade: Grade | str | None,
    *,
    key_roles: Iterable[CrisisRole | str] | None = None,
    targets: ResponseTargets | None = None,
) -> DrillTiming:
    """The three acknowledgement figures of a drill (see the module docstring for the rules).

    ``participants`` are validated ones (from a ``DrillInput``, or records loaded from storage).
    ``key_roles`` None means every crisis role among the participants, as in ``DrillInput``.
    """
    chosen = Grade(grade) if grade is not None else None
    target = (targets or ResponseTargets()).for_grade(chosen.value).acknowledge if chosen else None
    notified = [p.notified_at for p in participants if p.notified_at is not None]
    roles = (
        frozenset(CrisisRole(r) for r in key_roles)
        if key_roles is not None
        else frozenset(CrisisRole(p.role) for p in participants if p.role is not None)
    )
    waiting_roles = tuple(sorted(roles, key=list(CrisisRole).index))
    unacknowledged = tuple(i for i, p in enumerate(participants) if p.acknowledged_at is None)
    if not notified:
        nothing = AckFigure(None, AckOutcome.NOT_ALERTED)
        key = nothing if roles else AckFigure(None, AckOutcome.NO_KEY_ROLES)
        return DrillTiming(chosen, target, None, nothing, nothing, key, unacknowledged, waiting_roles)
    alerted = min(notified)
    acks = [p.acknowledged_at for p in participants if p.acknowledged_at is not None]

    if acks:
        first_elapsed = min(acks) - alerted
        first = AckFigure(first_elapsed, _verdict(first_elapsed, target))
    else:
        first = AckFigure(None, AckOutcome.NOT_ALL_ACKNOWLEDGED)

    if unacknowledged:
        everyone = AckFigure(None, AckOutcome.NOT_ALL_ACKNOWLEDGED)
    else:
        all_elapsed = max(acks) - alerted
        everyone = AckFigure(all_elapsed, _verdict(all_elapsed, target))

    earliest_by_role: dict[CrisisRole, datetime] = {}
    for p in participants:
        if p.role is None or p.acknowledged_at is None:
            continue
        role = CrisisRole(p.role)
        if role not in earliest_by_role or p.acknowledged_at < earliest_by_role[role]:
            earliest_by_role[role] = p.acknowledged_at
    waiting = tuple(r for r in waiting_roles if r not in earliest_by_role)
    if not roles:
        key = AckFigure(None, AckOutcome.NO_KEY_ROLES)
    elif waiting:
        key = AckFigure(None, AckOutcome.NOT_ALL_ACKNOWLEDGED)
    else:
        key_elapsed = max(earliest_by_role[r] for r in roles) - alerted
        key = AckFigure(key_elapsed, _verdict(key_elapsed, target))
    return DrillTiming(chosen, target, alerted, first, everyone, key, unacknowledged, waiting)


# --- findings -------------------------------------------------------------------------------------


class FindingSeverity(StrEnum):
    """How much a finding matters. Values are stored: never rename one."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """1 for critical … 4 for low, so that sorting by rank lists the worst first (as grades do)."""
        return _SEVERITY_RANKS[self]


_SEVERITY_RANKS = {
    FindingSeverity.CRITICAL: 1,
    FindingSeverity.HIGH: 2,
    FindingSeverity.MEDIUM: 3,
    FindingSeverity.LOW: 4,
}


class FindingArea(StrEnum):
    """What a finding is about. Values are stored: never rename one."""

    PROCESS = "process"
    TOOLS = "tools"
    PEOPLE = "people"
    COMMUNICATION = "communication"


class FindingStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True, kw_only=True)
class FindingInput:
    """One finding as typed after the drill; constructing it validates it (``DrillInvalid``)."""

    severity: FindingSeverity | str
    area: FindingArea | str
    text: str

    def __post_init__(self) -> None:
        found: list[Problem] = []
        put = object.__setattr__
        put(self, "severity", _choice("severity", FindingSeverity, self.severity, found) or self.severity)
        put(self, "area", _choice("area", FindingArea, self.area, found) or self.area)
        put(self, "text", clean_text("text", self.text, found, maximum=FINDING_TEXT_MAX, required=True))
        if found:
            raise DrillInvalid(found)

    def __repr__(self) -> str:
        return f"FindingInput(severity={self.severity}, area={self.area})"


def finding_status(action_statuses: Iterable[ActionStatus | str]) -> FindingStatus:
    """Open while the finding has no corrective action or any action is still open; else closed.

    A cancelled action counts as not open (as in the case review summary): cancelling it is a
    recorded decision that nothing more will be done about it.
    """
    statuses = [ActionStatus(s) for s in action_statuses]
    if not statuses or any(s.is_open for s in statuses):
        return FindingStatus.OPEN
    return FindingStatus.CLOSED


# --- visibility -----------------------------------------------------------------------------------


class DrillVisibilityFacts(Protocol):
    """What ``visible_to`` needs of a drill: a ``DrillInput`` or any stored drill record."""

    @property
    def drill_type(self) -> DrillType | str: ...

    @property
    def actual_start(self) -> datetime | None: ...


def visible_to(role: Role | str, drill: DrillVisibilityFacts, now: datetime) -> bool:
    """May a session of ``role`` see ``drill`` at ``now``? Only the surprise rule is decided here.

    Whether a role may see drills at all is the access matrix's call (``app.services.access``);
    this only hides surprise drills from everyone but admins until the drill has actually started.
    """
    if Role(role) is Role.ADMIN or DrillType(drill.drill_type) is not DrillType.SURPRISE:
        return True
    started = drill.actual_start
    if started is None:
        return False
    if not is_aware(now):
        raise ValueError("now must be an aware datetime")
    return started <= now
