"""What an incident summary prints, as plain frozen values: the contract between service and PDF.

The service (``app.services.reports``) fills it from what the caller may see and for whom the report
is; the renderer (``app.reports.incident_summary``) only lays it out. De-identification therefore
happens before anything reaches the renderer: in a board summary every free-text field is ``None``
(typed text routinely names people), there are no people lines, only counts, and each count of
people is a ``Count`` that already hides its number when it is below the minimum cell size. The
renderer cannot print what it was never given.

Instants are aware datetimes in UTC; the renderer shows them in ``time_zone``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from app.domain.case_review import ActionStatus
from app.domain.clocks import ClockState
from app.domain.communication_templates import Channel
from app.domain.crisis_roles import CrisisRole
from app.domain.grading import Grade
from app.domain.incidents import Impact, IncidentCategory
from app.domain.lifecycle import Status

DEFAULT_MIN_CELL_SIZE = 5
"""Groups of people smaller than this are printed as "< 5" in de-identified output (DESIGN.md §5)."""


class Audience(StrEnum):
    INTERNAL = "internal"  # counsellors and admins: pseudonyms, free text, notification recipients
    BOARD = "board"  # de-identified: no names, numbers, contacts, notes, screenings or evidence


@dataclass(frozen=True, slots=True)
class Count:
    """A count of people as it may be printed: ``value`` is ``None`` when suppressed (below ``minimum``).

    Unlike the board report's tallies (``board_report_data.Tally``, which print a zero), a zero is
    suppressed here too: a board summary lists every kind of involvement for its one incident, and
    "0" next to "< 5" would tell the reader which kinds of people the incident involves at all.
    """

    value: int | None
    minimum: int

    @classmethod
    def of(cls, number: int, minimum: int | None) -> Count:
        """``number`` as is (``minimum`` None: internal use) or suppressed when below ``minimum``."""
        if minimum is None:
            return cls(number, 0)
        return cls(number if number >= minimum else None, minimum)

    @property
    def suppressed(self) -> bool:
        return self.value is None

    def __str__(self) -> str:
        return f"< {self.minimum}" if self.value is None else str(self.value)


class KeyTimeKind(StrEnum):
    REPORTED = "reported"
    ACKNOWLEDGED = "acknowledged"
    RESPONSE_STARTED = "response_started"
    CONTAINED = "contained"
    RESOLVED = "resolved"
    REVIEWED = "reviewed"
    BREACH_NOTICE = "breach_notice"  # a privacy-breach notice deadline (``rule`` names it)


@dataclass(frozen=True, slots=True)
class KeyTime:
    """A milestone, and for those with a target: the target, when it fell due, and met or missed."""

    kind: KeyTimeKind
    at: datetime | None  # None: not yet
    target: timedelta | None = None
    due_at: datetime | None = None
    state: ClockState | None = None  # MET / MISSED / RUNNING / OVERDUE / NOT_STARTED; None without target
    rule: str = ""  # a breach notice's rule code ("gdpr.regulator")


@dataclass(frozen=True, slots=True)
class SummaryHeader:
    code: str
    title: str | None  # None in a board summary
    category: IncidentCategory
    grade: Grade
    status: Status
    is_drill: bool
    is_test: bool
    occurred_at: datetime | None
    detected_at: datetime | None


@dataclass(frozen=True, slots=True)
class FactsAndImpact:
    impact: Impact
    people_involved: Count  # the number recorded on the incident
    sources: int | None  # information sources recorded; None in a board summary (their text is case text)
    verified_sources: int | None
    place: str | None = None  # free text: internal only
    departments: tuple[str, ...] = ()
    cause: str | None = None
    course_of_events: str | None = None


class TimelineKind(StrEnum):
    ENTRY = "entry"  # a timeline entry (its text internal only)
    ADDENDUM = "addendum"
    STATUS = "status"  # a status change
    NOTIFICATION = "notification"
    CHECKLIST = "checklist"  # a checklist step done


@dataclass(frozen=True, slots=True)
class TimelineLine:
    at: datetime
    kind: TimelineKind
    text: str | None = None  # entry text (internal only)
    department: str | None = None
    from_status: Status | None = None
    to_status: Status | None = None
    role: CrisisRole | None = None  # notification role


@dataclass(frozen=True, slots=True)
class ChecklistLine:
    """A step; a step typed for this case has its title only internally (``None`` in a board summary)."""

    title_en: str | None  # the template's English title, or the typed title
    title_zh: str | None
    role: str
    due_at: datetime
    done_at: datetime | None

    @property
    def on_time(self) -> bool | None:
        return None if self.done_at is None else self.done_at <= self.due_at


@dataclass(frozen=True, slots=True)
class Checklist:
    lines: tuple[ChecklistLine, ...]

    @property
    def total(self) -> int:
        return len(self.lines)

    @property
    def done(self) -> int:
        return sum(1 for line in self.lines if line.done_at is not None)

    @property
    def done_on_time(self) -> int:
        return sum(1 for line in self.lines if line.on_time)


@dataclass(frozen=True, slots=True)
class NotificationLine:
    role: CrisisRole
    channel: Channel
    notified_at: datetime
    acknowledged_at: datetime | None
    recipient: str | None = None  # internal only

    @property
    def time_to_acknowledge(self) -> timedelta | None:
        return None if self.acknowledged_at is None else self.acknowledged_at - self.notified_at


@dataclass(frozen=True, slots=True)
class PersonLine:
    """One person in an internal summary: the pseudonym; ``identity`` only when asked and allowed."""

    pseudonym: str
    involvement: str
    linked_at: datetime
    follow_ups_overdue: int
    identity: str | None = None  # "name (employee number)"

    def __repr__(self) -> str:
        return f"PersonLine({self.pseudonym})"


@dataclass(frozen=True, slots=True)
class People:
    total: Count
    by_involvement: tuple[tuple[str, Count], ...]
    lines: tuple[PersonLine, ...] = ()  # empty in a board summary
    identities_shown: bool = False


@dataclass(frozen=True, slots=True)
class Review:
    """The review texts (internal only) and which of the required fields are filled (for everyone)."""

    missing: tuple[str, ...]
    root_cause: str | None = None
    recovery_plan: str | None = None
    effect_evaluation: str | None = None
    lessons_learned: str | None = None


@dataclass(frozen=True, slots=True)
class ActionLine:
    title: str | None  # None in a board summary
    owner_role: CrisisRole | None
    due_on: date
    status: ActionStatus
    done_at: datetime | None

    def overdue(self, today: date) -> bool:
        return self.status.is_open and self.due_on < today


@dataclass(frozen=True, slots=True)
class IncidentSummaryData:
    audience: Audience
    generated_at: datetime
    time_zone: str  # IANA name the times are printed in
    header: SummaryHeader
    key_times: tuple[KeyTime, ...]
    facts: FactsAndImpact
    timeline: tuple[TimelineLine, ...]
    checklist: Checklist
    notifications: tuple[NotificationLine, ...]
    people: People
    review: Review
    actions: tuple[ActionLine, ...]

    @property
    def deidentified(self) -> bool:
        return self.audience is Audience.BOARD

    def __repr__(self) -> str:
        return f"IncidentSummaryData({self.header.code}, {self.audience.value})"
