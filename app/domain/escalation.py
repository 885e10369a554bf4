"""Escalation ladders (逐級上報): who is told next when nobody has acknowledged an incident.

A ladder is an ordered list of steps, each naming a responder role and a delay. The semantics are
those of incident-response tools' escalation policies (PagerDuty and the like):

* The first step is notified ``delay`` after activation (normally zero: at once).
* Each later step is notified ``delay`` after the *previous step was notified*, if by then nobody on
  the ladder has acknowledged. So the delays add up: counsellor at 0, crisis lead after 15 min,
  executive 15 min after that (30 min after activation).
* The first acknowledgement by any role on the ladder stops the escalation: steps not yet reached
  are not needed. An acknowledgement at exactly a step's due instant stops that step ("escalate
  after 15 minutes without acknowledgement" is satisfied by an acknowledgement at 15:00).

Delays "since the previous step" rather than "since activation" were chosen because that is how the
staff read a ladder aloud ("if the counsellor doesn't answer in 15 minutes, call the lead") and
because inserting a step then shifts the later ones instead of silently overlapping them.

The app sends nothing: ``ladder_status`` says which steps are due (someone must make the call now),
which were notified (per the notification log) and which were acknowledged. It is computed "as of"
``now``: acknowledgements and notifications after ``now`` are ignored, so a drill or a past
incident can be replayed as it stood at any moment.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum
from types import MappingProxyType

from app.domain.clocks import ClockError, GradeCode, check_grade_code, require_aware
from app.domain.crisis_roles import CrisisRole


class StepState(StrEnum):
    """Where one step of a ladder stands. Shown next to the clocks: a stable contract."""

    PENDING = "pending"  # not reached yet; will be at ``due_at`` unless someone acknowledges first
    DUE = "due"  # reached and no notification logged: someone must notify this role now
    NOTIFIED = "notified"  # reached, notification logged, no acknowledgement yet
    ACKNOWLEDGED = "acknowledged"  # this role acknowledged
    NOT_NEEDED = "not_needed"  # someone on the ladder acknowledged, so this role need not be called


class EscalationError(ClockError):
    """A ladder, or the data given to it, is not usable; the message says why."""


def _role(value: object, where: str) -> CrisisRole:
    try:
        return CrisisRole(value)
    except ValueError:
        allowed = ", ".join(r.value for r in CrisisRole)
        raise EscalationError(f"{where}: unknown role {value!r}; the roles are {allowed}.") from None


@dataclass(frozen=True, slots=True)
class EscalationStep:
    """Notify ``role`` ``delay`` after the previous step (after activation for the first step)."""

    role: CrisisRole
    delay: timedelta = timedelta(0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "role", _role(self.role, "Escalation step"))
        if not isinstance(self.delay, timedelta):
            raise EscalationError(f"The delay before {self.role.value} must be a duration (timedelta).")
        if self.delay < timedelta(0):
            raise EscalationError(
                f"The delay before {self.role.value} cannot be negative (got {self.delay})."
            )


@dataclass(frozen=True, slots=True)
class EscalationLadder:
    steps: tuple[EscalationStep, ...]

    def __post_init__(self) -> None:
        steps = tuple(self.steps)
        if not steps:
            raise EscalationError("An escalation ladder needs at least one step.")
        seen: set[CrisisRole] = set()
        for number, step in enumerate(steps, start=1):
            if not isinstance(step, EscalationStep):
                raise EscalationError(f"Step {number} of the escalation ladder must be an EscalationStep.")
            if step.role in seen:
                raise EscalationError(
                    f"Step {number}: {step.role.value} is already on the ladder; each role appears once."
                )
            seen.add(step.role)
        object.__setattr__(self, "steps", steps)

    @classmethod
    def of(cls, *steps: tuple[CrisisRole | str, timedelta]) -> EscalationLadder:
        """``EscalationLadder.of(("counsellor", timedelta(0)), ("crisis_lead", timedelta(minutes=15)))``."""
        return cls(
            tuple(EscalationStep(_role(role, f"Step {n}"), delay) for n, (role, delay) in enumerate(steps, 1))
        )

    @property
    def roles(self) -> tuple[CrisisRole, ...]:
        return tuple(step.role for step in self.steps)

    def offsets(self) -> tuple[timedelta, ...]:
        """Each step's time after activation: the running sum of the delays."""
        total = timedelta(0)
        result = []
        for step in self.steps:
            total += step.delay
            result.append(total)
        return tuple(result)

    def due_times(self, activated_at: datetime) -> tuple[datetime, ...]:
        start = require_aware(activated_at, "The activation time")
        return tuple(start + offset for offset in self.offsets())


_C = CrisisRole.COUNSELLOR
_L = CrisisRole.CRISIS_LEAD
_X = CrisisRole.EXECUTIVE

DEFAULT_LADDERS: Mapping[GradeCode, EscalationLadder] = MappingProxyType(
    {
        # Timed against the acknowledge targets (15 min / 1 h / 4 h / 24 h): when an incident breaches
        # its target unacknowledged, the top of the ladder is called (grade I: the crisis lead, and
        # the executive 15 minutes later).
        "I": EscalationLadder.of(
            (_C, timedelta(0)), (_L, timedelta(minutes=15)), (_X, timedelta(minutes=15))
        ),
        "II": EscalationLadder.of(
            (_C, timedelta(0)), (_L, timedelta(minutes=30)), (_X, timedelta(minutes=30))
        ),
        "III": EscalationLadder.of((_C, timedelta(0)), (_L, timedelta(hours=2)), (_X, timedelta(hours=2))),
        "IV": EscalationLadder.of((_C, timedelta(0)), (_L, timedelta(hours=24))),
    }
)


def default_ladder(grade_code: GradeCode) -> EscalationLadder:
    return DEFAULT_LADDERS[check_grade_code(grade_code)]


@dataclass(frozen=True, slots=True)
class StepStatus:
    index: int  # 0-based position on the ladder
    step: EscalationStep
    due_at: datetime  # UTC; when this step is (or was, or would have been) reached
    state: StepState
    reached: bool  # the escalation got this far: due time passed with nobody having acknowledged
    notified_at: datetime | None
    acknowledged_at: datetime | None

    @property
    def role(self) -> CrisisRole:
        return self.step.role

    def due_local(self, tz: tzinfo) -> datetime:
        return self.due_at.astimezone(tz)


@dataclass(frozen=True, slots=True)
class LadderStatus:
    steps: tuple[StepStatus, ...]
    acknowledged_at: datetime | None  # the first acknowledgement by a ladder role, which stops escalation
    next_step: StepStatus | None  # the step that will be reached next if nobody acknowledges

    @property
    def stopped(self) -> bool:
        return self.acknowledged_at is not None

    @property
    def next_due_at(self) -> datetime | None:
        return None if self.next_step is None else self.next_step.due_at

    @property
    def due_now(self) -> tuple[StepStatus, ...]:
        """Steps reached with no notification logged: calls to make now."""
        return tuple(s for s in self.steps if s.state is StepState.DUE)


def _as_of(
    values: Mapping[CrisisRole | str, datetime] | None,
    what: str,
    now: datetime,
    roles: Iterable[CrisisRole],
) -> dict[CrisisRole, datetime]:
    """Recorded times for ladder roles, in UTC, dropping those after ``now`` and roles off the ladder.

    Roles off the ladder are ignored rather than refused: after a grade change the log can hold
    acknowledgements from roles the new grade's ladder does not have, and they must not break the view.
    A misspelt role is still refused.
    """
    on_ladder = set(roles)
    result: dict[CrisisRole, datetime] = {}
    for key, at in (values or {}).items():
        role = _role(key, what)
        when = require_aware(at, f"The {what.lower()} of {role.value}")
        if role in on_ladder and when <= now:
            result[role] = when
    return result


def ladder_status(
    ladder: EscalationLadder,
    activated_at: datetime,
    acknowledgements: Mapping[CrisisRole | str, datetime],
    now: datetime,
    notifications: Mapping[CrisisRole | str, datetime] | None = None,
) -> LadderStatus:
    """Each step's due time and state as of ``now``, and the next step due.

    ``acknowledgements`` and ``notifications`` map a role to when it acknowledged / was notified
    (the first time, from the notification log). An acknowledgement before activation (the role
    took the report before the plan was activated) counts: the ladder is stopped from the start.
    """
    start = require_aware(activated_at, "The activation time")
    as_of = require_aware(now, "now")
    acks = _as_of(acknowledgements, "Acknowledgement", as_of, ladder.roles)
    notes = _as_of(notifications, "Notification", as_of, ladder.roles)
    stop_at = min(acks.values(), default=None)

    statuses: list[StepStatus] = []
    next_step: StepStatus | None = None
    for index, (step, due_at) in enumerate(zip(ladder.steps, ladder.due_times(start), strict=True)):
        ack = acks.get(step.role)
        notified = notes.get(step.role)
        reached = due_at <= as_of and (stop_at is None or stop_at > due_at)
        if ack is not None:
            state = StepState.ACKNOWLEDGED
        elif notified is not None:
            state = StepState.NOTIFIED  # also when called early, before the step was reached
        elif stop_at is not None:
            state = StepState.NOT_NEEDED  # even if reached: once acknowledged, nobody needs this call
        elif reached:
            state = StepState.DUE
        else:
            state = StepState.PENDING
        status = StepStatus(index, step, due_at, state, reached, notified, ack)
        if state is StepState.PENDING and next_step is None:
            next_step = status
        statuses.append(status)
    return LadderStatus(tuple(statuses), stop_at, next_step)
