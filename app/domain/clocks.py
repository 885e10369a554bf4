"""Deadline clocks: how long something may take, when it is due, and whether it was done in time.

Every clock on an incident (acknowledge, start the response, notify the regulator, follow up with an
affected person, an escalation step) is the same thing: a start instant, an allowed duration, and
possibly the instant the thing was done. This module computes the rest.

Time rules, the reason for most of this module:

* **Every instant is an aware datetime, and all arithmetic is done in UTC.** A naive datetime is
  refused: on a desk whose staff, servers and regulators can sit in different time zones, "09:00"
  without a zone is a guess, and a wrong guess moves a legal deadline.
* **Durations are elapsed time.** "72 h" means 72 hours on a stopwatch, the way the GDPR and NIS2
  count, even when a daylight-saving change falls inside the window: reported on Friday 12:00 in
  London before the clocks go forward, due on Monday at 13:00 local time, not 12:00. Python adds a
  ``timedelta`` to an aware datetime in *wall-clock* time when both share a ``ZoneInfo`` (it would
  give 71 elapsed hours in that example), so the start is converted to UTC before adding.
* **Local time is only for display**: ``due_local(tz)`` and friends convert the UTC result into the
  viewer's zone.

A clock is met when the thing was done at or before the due instant (``time_left`` of exactly zero
is still on time), missed when it was done later, running while not done and not yet due, and
overdue while not done and past due.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from types import MappingProxyType

from app.domain.grading import Grade

GradeCode = str
"""A crisis grade's stored code, "I" (most serious) to "IV"; see ``app.domain.grading``."""

GRADE_CODES: tuple[GradeCode, ...] = tuple(grade.value for grade in Grade)

ONE_MONTH = timedelta(days=30)
"""What "one month" means for a deadline: 30 elapsed days.

Calendar months are 28 to 31 days long and "the same day next month" does not exist for 31 January,
so a calendar month would give different people different amounts of time depending on the start
date, and would need a time zone to say where the month ends. Thirty elapsed days is the same for
everyone, is computed like every other clock (UTC, elapsed time) and is the figure usually meant by
"within a month" in follow-up protocols. Where a rule needs the strict calendar reading (a legal
deadline starting in February is up to two days shorter), configure a shorter target.
"""


class ClockError(ValueError):
    """A clock, or the data a clock is built from, is not usable; the message says why."""


class ClockKind(StrEnum):
    """What a clock measures. Stored with clock-derived records, so the values are a stable contract."""

    ACKNOWLEDGE = "acknowledge"
    START_RESPONSE = "start_response"
    FOLLOW_UP_CONTACT = "follow_up_contact"
    FOLLOW_UP_TRACKING = "follow_up_tracking"
    FOLLOW_UP_RECOVERY_PLAN = "follow_up_recovery_plan"
    BREACH_NOTICE = "breach_notice"


class ClockState(StrEnum):
    """Where a clock stands. Stored in reports and used to colour the case list: a stable contract."""

    NOT_STARTED = "not_started"  # only for clocks whose start event has not happened (breach rules)
    RUNNING = "running"  # not done, not yet past due
    OVERDUE = "overdue"  # not done, past due: still to be done, already late
    MET = "met"  # done at or before the due instant
    MISSED = "missed"  # done after the due instant


def require_aware(value: datetime, what: str) -> datetime:
    """``value`` converted to UTC; a naive datetime is refused with a message naming ``what``."""
    if not isinstance(value, datetime):
        raise ClockError(f"{what} must be a datetime, not {type(value).__name__}.")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ClockError(
            f"{what} ({value.isoformat()}) has no time zone. Clocks need aware datetimes: "
            "attach the zone the time was entered in (zoneinfo.ZoneInfo) or use UTC."
        )
    return value.astimezone(UTC)


def check_grade_code(code: str) -> GradeCode:
    """``code`` if it is one of the grade codes "I".."IV", otherwise a clear error."""
    if code not in GRADE_CODES:
        raise ClockError(f"Unknown grade {code!r}; the grades are {', '.join(GRADE_CODES)}.")
    return code


def _check_positive(value: timedelta, what: str) -> timedelta:
    if not isinstance(value, timedelta):
        raise ClockError(f"{what} must be a duration (timedelta), not {type(value).__name__}.")
    if value <= timedelta(0):
        raise ClockError(f"{what} must be longer than zero (got {value}).")
    return value


@dataclass(frozen=True, slots=True)
class Clock:
    """One deadline. ``started_at`` and ``stopped_at`` are stored in UTC whatever zone they came in."""

    kind: ClockKind
    started_at: datetime
    target: timedelta
    stopped_at: datetime | None = None  # when the thing was done; None while it is not
    label: str = ""  # free text for display (a breach rule's label); the UI translates ``kind``
    ref: str = ""  # what the clock belongs to when ``kind`` is not enough (a rule code, a role code)

    def __post_init__(self) -> None:
        name = self.label or str(self.kind)
        object.__setattr__(self, "started_at", require_aware(self.started_at, f"Start of clock '{name}'"))
        _check_positive(self.target, f"Target of clock '{name}'")
        if self.stopped_at is not None:
            stopped = require_aware(self.stopped_at, f"Completion of clock '{name}'")
            if stopped < self.started_at:
                raise ClockError(
                    f"Clock '{name}' is recorded as done at {stopped.isoformat()}, before it started at "
                    f"{self.started_at.isoformat()}; check both times and their time zones."
                )
            object.__setattr__(self, "stopped_at", stopped)
        try:
            self.started_at + self.target  # only checking that the due instant exists
        except OverflowError:
            raise ClockError(
                f"Clock '{name}' would fall due after the year 9999; check its target."
            ) from None

    @property
    def due_at(self) -> datetime:
        """The due instant in UTC: the start plus the target in elapsed time."""
        return self.started_at + self.target

    @property
    def met(self) -> bool | None:
        """True if done in time, False if done late, None while not done."""
        if self.stopped_at is None:
            return None
        return self.stopped_at <= self.due_at

    def time_left(self, now: datetime) -> timedelta:
        """Time until due; negative when late.

        Once the clock is stopped this is frozen at the margin it was done with (positive: that much
        early; negative: that much late), so a closed clock reads the same tomorrow as today.
        """
        end = self.stopped_at if self.stopped_at is not None else require_aware(now, "now")
        return self.due_at - end

    def state(self, now: datetime) -> ClockState:
        if self.stopped_at is not None:
            return ClockState.MET if self.met else ClockState.MISSED
        return ClockState.RUNNING if self.time_left(now) >= timedelta(0) else ClockState.OVERDUE

    def elapsed(self, now: datetime) -> timedelta:
        """Time from the start to completion, or to ``now`` while running (a response-time figure)."""
        end = self.stopped_at if self.stopped_at is not None else require_aware(now, "now")
        return end - self.started_at

    def due_local(self, tz: tzinfo) -> datetime:
        """The due instant as wall-clock time in ``tz``, for display only."""
        return self.due_at.astimezone(tz)

    def started_local(self, tz: tzinfo) -> datetime:
        return self.started_at.astimezone(tz)

    def stopped_local(self, tz: tzinfo) -> datetime | None:
        return None if self.stopped_at is None else self.stopped_at.astimezone(tz)


def next_due(clocks: Iterable[Clock]) -> Clock | None:
    """The open clock (not done) with the earliest due instant: the case list's "next due" column."""
    open_clocks = [c for c in clocks if c.stopped_at is None]
    return min(open_clocks, key=lambda c: c.due_at, default=None)


# --- response targets per grade ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GradeTargets:
    """How soon an incident of one grade must be acknowledged and its response started."""

    acknowledge: timedelta
    start_response: timedelta

    def __post_init__(self) -> None:
        _check_positive(self.acknowledge, "The acknowledge target")
        _check_positive(self.start_response, "The start-response target")
        if self.acknowledge > self.start_response:
            raise ClockError(
                f"The acknowledge target ({self.acknowledge}) cannot be longer than the start-response "
                f"target ({self.start_response}): a response starts only after the incident is acknowledged."
            )


DEFAULT_GRADE_TARGETS: Mapping[GradeCode, GradeTargets] = MappingProxyType(
    {
        "I": GradeTargets(timedelta(minutes=15), timedelta(hours=1)),
        "II": GradeTargets(timedelta(hours=1), timedelta(hours=4)),
        "III": GradeTargets(timedelta(hours=4), timedelta(hours=24)),
        "IV": GradeTargets(timedelta(hours=24), timedelta(hours=72)),
    }
)


@dataclass(frozen=True, slots=True)
class ResponseTargets:
    """Targets for every grade (configurable in settings).

    Every grade must be present so that no incident is ever without a clock. Grades are not required
    to be ordered (I tighter than II ...); that is the organisation's call, not an invariant.
    """

    by_grade: Mapping[GradeCode, GradeTargets] = field(
        default_factory=lambda: DEFAULT_GRADE_TARGETS, hash=False
    )

    def __post_init__(self) -> None:
        unknown = sorted(set(self.by_grade) - set(GRADE_CODES))
        if unknown:
            raise ClockError(
                f"Response targets name unknown grades {', '.join(map(repr, unknown))}; "
                f"the grades are {', '.join(GRADE_CODES)}."
            )
        missing = [g for g in GRADE_CODES if g not in self.by_grade]
        if missing:
            raise ClockError(f"Response targets are missing for grade {', '.join(missing)}.")
        for grade in GRADE_CODES:
            if not isinstance(self.by_grade[grade], GradeTargets):
                raise ClockError(f"Response targets for grade {grade} must be GradeTargets.")
        ordered = {g: self.by_grade[g] for g in GRADE_CODES}
        object.__setattr__(self, "by_grade", MappingProxyType(ordered))

    @classmethod
    def defaults(cls) -> ResponseTargets:
        return cls()

    @classmethod
    def with_overrides(cls, overrides: Mapping[GradeCode, GradeTargets]) -> ResponseTargets:
        """The defaults with some grades replaced, for settings that store only what an admin changed."""
        merged = dict(DEFAULT_GRADE_TARGETS)
        for grade, targets in overrides.items():
            merged[check_grade_code(grade)] = targets
        return cls(merged)

    def for_grade(self, grade_code: GradeCode) -> GradeTargets:
        return self.by_grade[check_grade_code(grade_code)]

    def replace(
        self,
        grade_code: GradeCode,
        *,
        acknowledge: timedelta | None = None,
        start_response: timedelta | None = None,
    ) -> ResponseTargets:
        """A copy with one grade's targets changed (validated together, so the pair stays consistent)."""
        current = self.for_grade(grade_code)
        updated = GradeTargets(
            acknowledge if acknowledge is not None else current.acknowledge,
            start_response if start_response is not None else current.start_response,
        )
        return ResponseTargets({**self.by_grade, grade_code: updated})


def incident_clocks(
    grade_code: GradeCode,
    reported_at: datetime,
    acknowledged_at: datetime | None = None,
    response_started_at: datetime | None = None,
    targets: ResponseTargets | None = None,
) -> tuple[Clock, Clock]:
    """The acknowledge and start-response clocks, both running from the report.

    Both count from ``reported_at`` (not from acknowledgement): the targets promise the reporter a
    response within so long of telling us. Starting the response counts as acknowledging it when no
    separate acknowledgement was recorded, so a case being worked never shows "not acknowledged".
    """
    grade_targets = (targets or ResponseTargets()).for_grade(grade_code)
    reported = require_aware(reported_at, "The reported time")
    started = (
        None if response_started_at is None else require_aware(response_started_at, "The response start")
    )
    acknowledged = None if acknowledged_at is None else require_aware(acknowledged_at, "The acknowledgement")
    if acknowledged is not None and started is not None and started < acknowledged:
        raise ClockError(
            f"The response is recorded as started at {started.isoformat()}, before the incident was "
            f"acknowledged at {acknowledged.isoformat()}; check both times and their time zones."
        )
    if acknowledged is None:
        acknowledged = started
    return (
        Clock(ClockKind.ACKNOWLEDGE, reported, grade_targets.acknowledge, acknowledged, "Acknowledge"),
        Clock(ClockKind.START_RESPONSE, reported, grade_targets.start_response, started, "Start response"),
    )


# --- follow-up of affected people -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FollowUpTask:
    """One follow-up due with an affected person; becomes a task record with a due time."""

    kind: ClockKind
    label: str
    starts_at: datetime  # UTC
    target: timedelta

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "starts_at", require_aware(self.starts_at, f"Start of follow-up '{self.label}'")
        )
        _check_positive(self.target, f"Target of follow-up '{self.label}'")

    @property
    def due_at(self) -> datetime:
        return self.starts_at + self.target

    def clock(self, done_at: datetime | None = None) -> Clock:
        return Clock(self.kind, self.starts_at, self.target, done_at, self.label)


@dataclass(frozen=True, slots=True)
class FollowUpSchedule:
    """After a crisis: first contact within 24 h, tracking within a week, a recovery plan within a month.

    Every offset counts from the same start (when the person was linked to the crisis), not from the
    previous task: a late first contact must not quietly push the later promises back.
    """

    contact: timedelta = timedelta(hours=24)
    tracking: timedelta = timedelta(days=7)
    recovery_plan: timedelta = ONE_MONTH

    def __post_init__(self) -> None:
        _check_positive(self.contact, "The first-contact target")
        _check_positive(self.tracking, "The tracking target")
        _check_positive(self.recovery_plan, "The recovery-plan target")
        if not self.contact <= self.tracking <= self.recovery_plan:
            raise ClockError(
                "Follow-up targets must come in order: first contact, then tracking, then the recovery "
                f"plan (got {self.contact}, {self.tracking}, {self.recovery_plan})."
            )

    def tasks(self, start: datetime) -> list[FollowUpTask]:
        starts_at = require_aware(start, "The follow-up start")
        return [
            FollowUpTask(ClockKind.FOLLOW_UP_CONTACT, "First contact", starts_at, self.contact),
            FollowUpTask(ClockKind.FOLLOW_UP_TRACKING, "Tracking", starts_at, self.tracking),
            FollowUpTask(ClockKind.FOLLOW_UP_RECOVERY_PLAN, "Recovery plan", starts_at, self.recovery_plan),
        ]
