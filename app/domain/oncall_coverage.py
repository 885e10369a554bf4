"""The resolved rota: final shifts, who is on call now and next, coverage gaps and monthly hours.

``OnCallRoster`` holds one consistent set of members, rotation patterns, overrides and swaps (see
:mod:`app.domain.oncall_rotation` for the time rules) and answers every question from it. It is
validated as a whole when built, so a service adds an override with ``roster.with_override(...)``
and gets the refusal (``OnCallInvalid`` with plain field names) before anything is written.

How final shifts are resolved, per role:

1. **Scheduled**: the role's rotation patterns. A role may have several, each taking over from its
   own first hand-over (``RotationPattern.starts_at``); the earlier one's last period is cut there.
   Changing a rota is then "add a pattern from next Monday", and past months keep the hours people
   actually did, which is what allowances are paid on.
2. **Swaps** give each of two scheduled shifts to the other member (source ``swap``).
3. **Overrides** cut their ``[start, end)`` out of whatever is there and, unless the override names
   nobody, put their member in (source ``override``). Overrides may cover time no rotation covers.

The rules decided for conflicts: overrides of one role may not overlap (refused, not "the latest
wins": a silent replacement would hide cover someone relies on); a shift may be in one swap only; a
swap names both members, so a rota edit that would make it exchange other people is refused; an
override naming nobody records a hole, which the gap scan reports.

Queries return whole shifts that overlap the window asked for (a calendar wants a shift's real start
and end); gap and hour counts clip to the window themselves. All instants are UTC, durations elapsed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from types import MappingProxyType
from typing import NamedTuple
from zoneinfo import ZoneInfo

from app.domain.crisis_roles import CrisisRole
from app.domain.oncall_rotation import (
    Member,
    MemberId,
    OnCallInvalid,
    Override,
    RotationPattern,
    Shift,
    ShiftSource,
    Swap,
    local_instant,
)
from app.domain.text_input import Problem, is_aware

_ROLE_ORDER = {role: i for i, role in enumerate(CrisisRole)}
_TICK = timedelta(microseconds=1)
NEXT_SEARCH_LIMIT = timedelta(days=3660)
"""How far ahead ``next_shift`` looks (ten years): beyond that "nobody" is the honest answer."""


def _shift_key(shift: Shift) -> tuple[datetime, int, datetime, int]:
    return (shift.start, _ROLE_ORDER[shift.role], shift.end, shift.member_id)


def _window(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    problems: list[Problem] = []
    for name, value in (("start", start), ("end", end)):
        if not is_aware(value):
            problems.append(Problem(name, "must be a date and time with a time zone"))
    if not problems and end <= start:
        problems.append(Problem("end", "must be after the start"))
    if problems:
        raise OnCallInvalid(problems)
    return start.astimezone(UTC), end.astimezone(UTC)


def _prefixed(prefix: str, problems: Iterable[Problem]) -> list[Problem]:
    return [Problem(f"{prefix}.{p.field}", p.message) for p in problems]


class CoverageGap(NamedTuple):
    """``role`` has nobody on call during ``[start, end)`` (UTC, clipped to the horizon asked for)."""

    role: CrisisRole
    start: datetime
    end: datetime

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


class OnCallStatus(NamedTuple):
    """The status bar's answer for one role: the shift holding ``at`` and the one after it."""

    role: CrisisRole
    now: Shift | None
    next: Shift | None


class YearMonth(NamedTuple):
    """A calendar month, the unit allowances are paid per."""

    year: int
    month: int

    def following(self) -> YearMonth:
        return YearMonth(self.year + 1, 1) if self.month == 12 else YearMonth(self.year, self.month + 1)

    def starts_at(self, tz: ZoneInfo) -> datetime:
        """Local midnight of the 1st in ``tz``, as UTC (a midnight lost to a clock change moves on)."""
        return local_instant(date(self.year, self.month, 1), time(0), tz)

    @classmethod
    def of(cls, day: date) -> YearMonth:
        return cls(day.year, day.month)


@dataclass(frozen=True, slots=True)
class MonthlyHours:
    """One member's on-call time in one month: per role and in total, elapsed."""

    member_id: MemberId
    month: YearMonth
    by_role: Mapping[CrisisRole, timedelta]
    total: timedelta

    def hours(self, role: CrisisRole | None = None) -> float:
        """Hours as a number for a report: the total, or one role's (0 for a role not held)."""
        amount = self.total if role is None else self.by_role.get(role, timedelta(0))
        return amount / timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class OnCallRoster:
    """Members, rotations, overrides and swaps that are consistent with each other.

    Refused when built (``OnCallInvalid``, fields such as ``overrides[2].member_id``): duplicate
    member ids; a rotation, override or swap naming an unknown member or one who does not hold the
    role; two rotations of a role starting at the same instant; overlapping overrides of a role; a
    swap whose shifts are not scheduled (at exactly those starts, for those members) or that shares
    a shift with another swap.
    """

    members: tuple[Member, ...] = ()
    rotations: tuple[RotationPattern, ...] = ()
    overrides: tuple[Override, ...] = ()
    swaps: tuple[Swap, ...] = ()
    _by_id: Mapping[MemberId, Member] = field(init=False, repr=False, compare=False)
    _rotations: Mapping[CrisisRole, tuple[RotationPattern, ...]] = field(
        init=False, repr=False, compare=False
    )
    _overrides: Mapping[CrisisRole, tuple[Override, ...]] = field(init=False, repr=False, compare=False)
    _swapped: Mapping[tuple[CrisisRole, datetime], MemberId] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("members", "rotations", "overrides", "swaps"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        problems: list[Problem] = []
        by_id: dict[MemberId, Member] = {}
        for i, member in enumerate(self.members):
            if member.id in by_id:
                problems.append(Problem(f"members[{i}].id", "is already used by another member"))
            by_id[member.id] = member
        object.__setattr__(self, "_by_id", MappingProxyType(by_id))

        rotations: dict[CrisisRole, list[RotationPattern]] = defaultdict(list)
        for i, pattern in enumerate(self.rotations):
            issues = self._rotation_problems(pattern, rotations[pattern.role])
            problems += _prefixed(f"rotations[{i}]", issues)
            rotations[pattern.role].append(pattern)
        ordered = {role: tuple(sorted(ps, key=lambda p: p.starts_at)) for role, ps in rotations.items()}
        object.__setattr__(self, "_rotations", MappingProxyType(ordered))

        overrides: dict[CrisisRole, list[Override]] = defaultdict(list)
        for i, override in enumerate(self.overrides):
            problems += _prefixed(
                f"overrides[{i}]", self._override_problems(override, overrides[override.role])
            )
            overrides[override.role].append(override)
        sorted_overrides = {role: tuple(sorted(os, key=lambda o: o.start)) for role, os in overrides.items()}
        object.__setattr__(self, "_overrides", MappingProxyType(sorted_overrides))

        swapped: dict[tuple[CrisisRole, datetime], MemberId] = {}
        for i, swap in enumerate(self.swaps):
            issues = self._swap_problems(swap, swapped)
            problems += _prefixed(f"swaps[{i}]", issues)
            if not issues:
                swapped[(swap.role, swap.first_shift_start)] = swap.second_member_id
                swapped[(swap.role, swap.second_shift_start)] = swap.first_member_id
        object.__setattr__(self, "_swapped", MappingProxyType(swapped))
        if problems:
            raise OnCallInvalid(problems)

    # --- validation (plain field names; the constructor prefixes them) -----------------------------

    def _holder_problem(self, name: str, member_id: MemberId, role: CrisisRole) -> list[Problem]:
        member = self._by_id.get(member_id)
        if member is None:
            return [Problem(name, f"names member {member_id}, who is not on the rota")]
        if not member.holds(role):
            return [Problem(name, f"names member {member_id}, who does not hold the role {role.value}")]
        return []

    def _rotation_problems(
        self, pattern: RotationPattern, same_role: Iterable[RotationPattern]
    ) -> list[Problem]:
        problems: list[Problem] = []
        for member_id in dict.fromkeys(pattern.member_ids):
            problems += self._holder_problem("member_ids", member_id, pattern.role)
        if any(other.starts_at == pattern.starts_at for other in same_role):
            problems.append(
                Problem("anchor", "another rotation of this role starts at the same hand-over; change one")
            )
        return problems

    def _override_problems(self, override: Override, same_role: Iterable[Override]) -> list[Problem]:
        problems: list[Problem] = []
        if override.member_id is not None:
            problems += self._holder_problem("member_id", override.member_id, override.role)
        for other in same_role:
            if other.start < override.end and override.start < other.end:
                problems.append(
                    Problem(
                        "start",
                        f"overlaps another override of this role ({other.start:%Y-%m-%d %H:%M} to "
                        f"{other.end:%Y-%m-%d %H:%M} UTC); change or remove that one first",
                    )
                )
                break
        return problems

    def _swap_problems(
        self, swap: Swap, swapped: Mapping[tuple[CrisisRole, datetime], MemberId]
    ) -> list[Problem]:
        problems: list[Problem] = []
        for side in ("first", "second"):
            member_id: MemberId = getattr(swap, f"{side}_member_id")
            at: datetime = getattr(swap, f"{side}_shift_start")
            holder = self._holder_problem(f"{side}_member_id", member_id, swap.role)
            if holder:
                problems += holder
                continue
            scheduled = self._scheduled_at(swap.role, at)
            if scheduled is None or scheduled.start != at or scheduled.member_id != member_id:
                problems.append(
                    Problem(
                        f"{side}_shift_start",
                        f"must be the start of a shift the rotation gives member {member_id}",
                    )
                )
            elif (swap.role, at) in swapped:
                problems.append(Problem(f"{side}_shift_start", "is already part of another swap"))
        return problems

    # --- building a changed roster ----------------------------------------------------------------

    def _checked(self, problems: list[Problem], **changes: tuple[object, ...]) -> OnCallRoster:
        if problems:
            raise OnCallInvalid(problems)
        return replace(self, **changes)

    def with_member(self, member: Member) -> OnCallRoster:
        """A roster with ``member`` added, or replaced if the id exists (a role removed is re-checked)."""
        kept = tuple(m for m in self.members if m.id != member.id)
        return self._checked([], members=(*kept, member))

    def with_rotation(self, pattern: RotationPattern) -> OnCallRoster:
        """A roster with ``pattern`` added; it takes over its role from ``pattern.starts_at``."""
        problems = self._rotation_problems(pattern, self._rotations.get(pattern.role, ()))
        return self._checked(problems, rotations=(*self.rotations, pattern))

    def with_override(self, override: Override) -> OnCallRoster:
        """A roster with ``override`` added; refused with plain field names (``member_id``, ``start``)."""
        problems = self._override_problems(override, self._overrides.get(override.role, ()))
        return self._checked(problems, overrides=(*self.overrides, override))

    def with_swap(self, swap: Swap) -> OnCallRoster:
        """A roster with ``swap`` added; refused with plain field names."""
        return self._checked(self._swap_problems(swap, self._swapped), swaps=(*self.swaps, swap))

    def without_member(self, member_id: MemberId) -> OnCallRoster:
        """A roster without the member; refused while a rotation, override or swap still names them."""
        return self._checked([], members=tuple(m for m in self.members if m.id != member_id))

    def without_rotation(self, pattern: RotationPattern) -> OnCallRoster:
        """A roster without ``pattern`` (the earlier pattern of its role then runs on); refused while a
        swap relies on one of its shifts. Editing a rota is ``without_rotation`` then ``with_rotation``."""
        return self._checked([], rotations=tuple(p for p in self.rotations if p != pattern))

    def without_override(self, override: Override) -> OnCallRoster:
        return self._checked([], overrides=tuple(o for o in self.overrides if o != override))

    def without_swap(self, swap: Swap) -> OnCallRoster:
        return self._checked([], swaps=tuple(s for s in self.swaps if s != swap))

    def member(self, member_id: MemberId) -> Member | None:
        return self._by_id.get(member_id)

    # --- resolution --------------------------------------------------------------------------------

    def _scheduled(self, role: CrisisRole, start: datetime, end: datetime) -> list[Shift]:
        """The rotations' shifts overlapping ``[start, end)``, before swaps and overrides."""
        patterns = self._rotations.get(role, ())
        shifts: list[Shift] = []
        for i, pattern in enumerate(patterns):
            active_end = patterns[i + 1].starts_at if i + 1 < len(patterns) else None
            low = max(start, pattern.starts_at)
            high = end if active_end is None else min(end, active_end)
            if low >= high:
                continue
            for period in pattern.periods(low, high):
                stop = period.end if active_end is None else min(period.end, active_end)
                shifts.append(Shift(role, period.member_id, period.start, stop, ShiftSource.SCHEDULED))
        return shifts

    def _scheduled_at(self, role: CrisisRole, at: datetime) -> Shift | None:
        found = self._scheduled(role, at, at + _TICK)
        return found[0] if found else None

    def _role_shifts(self, role: CrisisRole, start: datetime, end: datetime) -> list[Shift]:
        overrides = self._overrides.get(role, ())
        # Overrides never overlap, so sorted by start they are sorted by end too: bisect on ends.
        ends = [o.end for o in overrides]
        shifts: list[Shift] = []
        for scheduled in self._scheduled(role, start, end):
            swapped_to = self._swapped.get((role, scheduled.start))
            base = scheduled
            if swapped_to is not None:
                base = Shift(role, swapped_to, scheduled.start, scheduled.end, ShiftSource.SWAP)
            cursor = base.start
            for override in overrides[bisect_right(ends, base.start) :]:
                if override.start >= base.end:
                    break
                if override.start > cursor:
                    shifts.append(Shift(role, base.member_id, cursor, override.start, base.source))
                cursor = max(cursor, override.end)
            if cursor < base.end:
                shifts.append(Shift(role, base.member_id, cursor, base.end, base.source))
        for override in overrides[bisect_right(ends, start) :]:
            if override.start >= end:
                break
            if override.member_id is not None:
                shifts.append(
                    Shift(role, override.member_id, override.start, override.end, ShiftSource.OVERRIDE)
                )
        return [s for s in sorted(shifts, key=_shift_key) if s.end > start and s.start < end]

    # --- queries -----------------------------------------------------------------------------------

    def shifts(
        self, start: datetime, end: datetime, roles: Iterable[CrisisRole] | None = None
    ) -> list[Shift]:
        """Final shifts overlapping ``[start, end)`` for ``roles`` (all by default), whole, by start."""
        low, high = _window(start, end)
        wanted = list(CrisisRole) if roles is None else list(dict.fromkeys(CrisisRole(r) for r in roles))
        found = [s for role in wanted for s in self._role_shifts(role, low, high)]
        return sorted(found, key=_shift_key)

    def member_shifts(self, member_id: MemberId, start: datetime, end: datetime) -> list[Shift]:
        """One person's final shifts in every role: what their personal calendar export shows."""
        return [s for s in self.shifts(start, end) if s.member_id == member_id]

    def on_call(self, role: CrisisRole, at: datetime) -> Shift | None:
        """The shift holding ``role`` at instant ``at``, or ``None`` when nobody is on call."""
        low, _ = _window(at, at + _TICK)
        found = self._role_shifts(CrisisRole(role), low, low + _TICK)
        return found[0] if found else None

    def next_shift(self, role: CrisisRole, at: datetime) -> Shift | None:
        """The first shift of ``role`` starting after ``at``: who takes over next (``None``: nobody
        within ``NEXT_SEARCH_LIMIT``). Searches a week first and widens, so the usual case is cheap."""
        low, _ = _window(at, at + _TICK)
        role = CrisisRole(role)
        span = timedelta(days=8)
        while True:
            upcoming = [s for s in self._role_shifts(role, low, low + span) if s.start > low]
            if upcoming:
                return upcoming[0]
            if span >= NEXT_SEARCH_LIMIT:
                return None
            span = min(span * 4, NEXT_SEARCH_LIMIT)

    def status(self, at: datetime, roles: Iterable[CrisisRole] | None = None) -> list[OnCallStatus]:
        """On call now and next for each role (all by default), in the roles' usual order."""
        wanted = list(CrisisRole) if roles is None else list(dict.fromkeys(CrisisRole(r) for r in roles))
        return [OnCallStatus(role, self.on_call(role, at), self.next_shift(role, at)) for role in wanted]

    def coverage_gaps(
        self, start: datetime, end: datetime, required: Iterable[CrisisRole]
    ) -> list[CoverageGap]:
        """Every interval of ``[start, end)`` in which a required role has nobody, by start then role.

        A role with no rotation at all is one gap over the whole horizon: "required but unplanned"
        must show, not disappear.
        """
        low, high = _window(start, end)
        gaps: list[CoverageGap] = []
        for role in dict.fromkeys(CrisisRole(r) for r in required):
            cursor = low
            for shift in self._role_shifts(role, low, high):
                if shift.start > cursor:
                    gaps.append(CoverageGap(role, cursor, shift.start))
                cursor = max(cursor, shift.end)
            if cursor < high:
                gaps.append(CoverageGap(role, cursor, high))
        return sorted(gaps, key=lambda g: (g.start, _ROLE_ORDER[g.role]))

    def monthly_hours(self, first: YearMonth, last: YearMonth, tz: tzinfo) -> list[MonthlyHours]:
        """On-call time per member per month from ``first`` to ``last`` inclusive, months in ``tz``.

        ``tz`` is the zone allowances are paid in (the organisation's). A shift crossing a month
        boundary is split at local midnight of the 1st; every piece is elapsed time, so a month
        with a clock change has 743 or 745 hours of cover per fully covered role. Only members with
        time in a month get a row; rows come by month, then member id.
        """
        if not isinstance(tz, ZoneInfo) and tz is not UTC:
            raise OnCallInvalid([Problem("tz", "must be a zoneinfo time zone or UTC")])
        zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo("UTC")
        first, last = YearMonth(*first), YearMonth(*last)
        if not (1 <= first.month <= 12 and 1 <= last.month <= 12) or last < first:
            raise OnCallInvalid([Problem("last", "must be a month on or after the first")])
        months = [first]
        while months[-1] < last:
            months.append(months[-1].following())
        bounds = [m.starts_at(zone) for m in months] + [last.following().starts_at(zone)]
        totals: dict[tuple[YearMonth, MemberId], dict[CrisisRole, timedelta]] = defaultdict(
            lambda: defaultdict(timedelta)
        )
        for shift in self.shifts(bounds[0], bounds[-1]):
            index = max(bisect_right(bounds, shift.start) - 1, 0)
            while index < len(months) and bounds[index] < shift.end:
                piece = min(shift.end, bounds[index + 1]) - max(shift.start, bounds[index])
                if piece > timedelta(0):
                    totals[(months[index], shift.member_id)][shift.role] += piece
                index += 1
        rows = []
        for (month, member_id), by_role in sorted(totals.items()):
            ordered = {role: by_role[role] for role in CrisisRole if role in by_role}
            total = sum(ordered.values(), timedelta(0))
            rows.append(MonthlyHours(member_id, month, MappingProxyType(ordered), total))
        return rows
