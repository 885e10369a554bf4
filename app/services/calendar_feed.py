"""Everything that falls on a calendar in one period, in one call: the drill calendar's data.

The month and week views must switch in well under 100 ms with a year of data, so they ask once per
period for every kind of entry instead of asking four services per day. Each kind is left out silently
when the caller's role may not see it (``AccessPolicy.allows``), so an hr_manager's calendar simply has
no follow-ups; the services underneath still enforce every rule and withhold titles from de-identified
callers, so an entry never carries more than its source service would show.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from app.domain.crisis_roles import CrisisRole
from app.domain.drills import DrillType
from app.domain.roles import Operation
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput
from app.services.oncall import OnCallService
from app.services.session import Session
from app.storage.clock import utc_now

# One request covers at most this much: a month view with its leading and trailing weeks, or a year
# for the benchmarks and the print-out of a whole plan.
FEED_SPAN_MAX = timedelta(days=400)


class CalendarKind(StrEnum):
    DRILL = "drill"
    SHIFT = "shift"
    FOLLOW_UP = "follow_up"
    CASE_ACTION = "case_action"
    DRILL_ACTION = "drill_action"


# What the caller's role must be allowed to do to see a kind at all.
KIND_OPERATIONS: dict[CalendarKind, Operation] = {
    CalendarKind.DRILL: Operation.DRILL_VIEW,
    CalendarKind.SHIFT: Operation.ONCALL_VIEW,
    CalendarKind.FOLLOW_UP: Operation.PERSON_VIEW,
    CalendarKind.CASE_ACTION: Operation.REVIEW_VIEW,
    CalendarKind.DRILL_ACTION: Operation.DRILL_VIEW,
}


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One item on the calendar.

    ``start`` is UTC; all-day entries (due dates) start at local midnight of their day in the zone
    the feed was asked for. ``code`` is the drill or incident code, or a follow-up's pseudonym;
    ``title`` is ``None`` when the source withholds it (de-identified callers, follow-ups).
    ``ref_id`` is what opening the entry needs: the drill's id for drills and drill actions, the
    member's id for shifts, the incident's id for follow-ups and case actions.
    """

    kind: CalendarKind
    key: str
    start: datetime
    end: datetime | None
    all_day: bool
    ref_id: int
    code: str
    title: str | None
    role: CrisisRole | None
    member_name: str | None
    status: str
    overdue: bool
    drill_type: DrillType | None

    def local_day(self, zone: tzinfo | None = None) -> date:
        """The day the entry sits on in ``zone`` (default: this machine's zone)."""
        return self.start.astimezone(zone).date()

    def __repr__(self) -> str:
        return f"CalendarEntry(kind={self.kind.value}, key={self.key})"


def _local_midnight(day: date, zone: tzinfo | None) -> datetime:
    local = datetime.combine(day, time(0))
    return local.replace(tzinfo=zone) if zone is not None else local.astimezone()


class CalendarFeedService:
    """Gathers drills, shifts, follow-ups and corrective actions for a period (``workspace.calendar_feed``)."""

    def __init__(
        self,
        policy: AccessPolicy,
        oncall: OnCallService,
        *,
        drills: Callable[[], Any],
        people: Callable[[], Any],
        reviews: Callable[[], Any],
    ) -> None:
        self._policy = policy
        self._oncall = oncall
        self._drills = drills
        self._people = people
        self._reviews = reviews

    def visible_kinds(self, session: Session) -> tuple[CalendarKind, ...]:
        """The kinds this role's calendar has (the view shows a filter for each)."""
        return tuple(k for k, op in KIND_OPERATIONS.items() if self._policy.allows(session.role, op))

    def entries_between(
        self,
        session: Session,
        start: datetime,
        end: datetime,
        kinds: Iterable[CalendarKind | str] | None = None,
        *,
        zone: tzinfo | None = None,
        now: datetime | None = None,
    ) -> tuple[CalendarEntry, ...]:
        """Every entry overlapping ``[start, end)`` of the wanted kinds the role may see, by start.

        Due dates count by their local day in ``zone`` (default: this machine's zone), the days the
        calendar draws.
        """
        for name, value in (("start", start), ("end", end)):
            if not isinstance(value, datetime) or value.utcoffset() is None:
                raise InvalidInput(f"{name} must be a date and time with a time zone")
        if end <= start:
            raise InvalidInput("The end of a calendar period must be after its start.")
        if end - start > FEED_SPAN_MAX:
            raise InvalidInput(f"A calendar period spans at most {FEED_SPAN_MAX.days} days.")
        try:
            wanted = set(self.visible_kinds(session) if kinds is None else (CalendarKind(k) for k in kinds))
        except ValueError:
            raise InvalidInput("Unknown kind of calendar entry.") from None
        wanted &= set(self.visible_kinds(session))
        now = now or utc_now()
        today = now.astimezone(zone).date()
        first_day = start.astimezone(zone).date()
        last_day = (end - timedelta(microseconds=1)).astimezone(zone).date()
        entries: list[CalendarEntry] = []
        if CalendarKind.DRILL in wanted:
            entries += self._drill_entries(session, start, end, now)
        if CalendarKind.SHIFT in wanted:
            entries += self._shift_entries(session, start, end, now)
        if CalendarKind.FOLLOW_UP in wanted:
            entries += self._follow_up_entries(session, start, end, now)
        if CalendarKind.CASE_ACTION in wanted:
            entries += self._case_action_entries(session, first_day, last_day, today=today, zone=zone)
        if CalendarKind.DRILL_ACTION in wanted:
            entries += self._drill_action_entries(
                session, first_day, last_day, today=today, zone=zone, now=now
            )
        entries.sort(key=lambda e: (e.start, e.kind.value, e.key))
        return tuple(entries)

    def _drill_entries(
        self, session: Session, start: datetime, end: datetime, now: datetime
    ) -> list[CalendarEntry]:
        return [
            CalendarEntry(
                kind=CalendarKind.DRILL,
                key=f"drill:{item.id}",
                start=item.actual_start or item.planned_start,
                end=item.actual_end or item.planned_end,
                all_day=False,
                ref_id=item.id,
                code=item.code,
                title=item.title,
                role=None,
                member_name=None,
                status=item.status.value,
                overdue=item.status.value == "planned" and item.planned_end < now,
                drill_type=item.drill_type,
            )
            for item in self._drills().drills_between(session, start, end, now=now)
        ]

    def _shift_entries(
        self, session: Session, start: datetime, end: datetime, now: datetime
    ) -> list[CalendarEntry]:
        return [
            CalendarEntry(
                kind=CalendarKind.SHIFT,
                key=f"shift:{s.role.value}:{s.member_id}:{s.start.isoformat()}",
                start=s.start,
                end=s.end,
                all_day=False,
                ref_id=s.member_id,
                code="",
                title=None,
                role=s.role,
                member_name=s.member_name,
                status=s.source.value,
                overdue=False,
                drill_type=None,
            )
            for s in self._oncall.shifts_between(session, start, end)
        ]

    def _follow_up_entries(
        self, session: Session, start: datetime, end: datetime, now: datetime
    ) -> list[CalendarEntry]:
        return [
            CalendarEntry(
                kind=CalendarKind.FOLLOW_UP,
                key=f"follow-up:{due.follow_up_id}",
                start=due.due_at,
                end=None,
                all_day=False,
                ref_id=due.incident_id,
                code=due.pseudonym,
                title=None,  # a follow-up's calendar face is its pseudonym and kind, never a note
                role=None,
                member_name=None,
                status=f"{due.kind.value}:{'done' if due.done else 'open'}",
                overdue=not due.done and due.due_at < now,
                drill_type=None,
            )
            for due in self._people().follow_ups_due(session, start, end, include_done=True)
        ]

    def _case_action_entries(
        self, session: Session, first: date, last: date, *, today: date, zone: tzinfo | None
    ) -> list[CalendarEntry]:
        return [
            CalendarEntry(
                kind=CalendarKind.CASE_ACTION,
                key=f"case-action:{item.action.id}",
                start=_local_midnight(item.action.due_on, zone),
                end=None,
                all_day=True,
                ref_id=item.action.incident_id,
                code=item.incident_code,
                title=item.action.title,
                role=item.action.owner_role,
                member_name=None,
                status=item.action.status.value,
                overdue=item.action.is_open and item.action.due_on < today,
                drill_type=None,
            )
            for item in self._reviews().actions_due(session, first, last)
        ]

    def _drill_action_entries(
        self, session: Session, first: date, last: date, *, today: date, zone: tzinfo | None, now: datetime
    ) -> list[CalendarEntry]:
        return [
            CalendarEntry(
                kind=CalendarKind.DRILL_ACTION,
                key=f"drill-action:{item.action.id}",
                start=_local_midnight(item.action.due_on, zone),
                end=None,
                all_day=True,
                ref_id=item.action.drill_id,
                code=item.drill_code,
                title=item.action.title,
                role=item.action.owner_role,
                member_name=None,
                status=item.action.status.value,
                overdue=item.action.is_overdue(today),
                drill_type=item.drill_type,
            )
            for item in self._drills().actions_due(session, first, last, now=now)
        ]
