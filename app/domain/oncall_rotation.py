"""The on-call rota's building blocks: members, rotation patterns, overrides and swaps (background 002).

The background document asks for a 24/7 team with a rotation (輪值制度) and an allowance for being on
call; :mod:`app.domain.oncall_coverage` resolves these pieces into final shifts and answers the
questions ("who is on call now", "where are the holes", "how many hours did each person do").

Time rules, the reason for most of this module (see also :mod:`app.domain.clocks`):

* **Hand-overs are local wall-clock times.** A rota says "Monday 09:00 in Europe/London" and people
  expect the hand-over at 09:00 on their clock every week, summer or winter. So a period is defined
  by its local start and the next period's local start; a week that contains a daylight-saving
  change therefore lasts 167 or 169 *elapsed* hours, a day 23 or 25. Every instant handed out is
  UTC, and every duration is UTC subtraction, i.e. elapsed time: that is what allowances pay for.
* **A hand-over time that does not exist** (inside the spring-forward gap, e.g. 02:30 on the night
  the clocks jump from 02:00 to 03:00) **moves forward by the length of the gap** (03:30), and **one
  that happens twice** (inside the fall-back hour) **is the first occurrence** (``fold=0``, summer
  time). Both are what ``zoneinfo`` gives for ``fold=0`` and what RFC 5545 prescribes for calendar
  events, so the shifts here and the ``.ics`` export never disagree by an hour. See
  :func:`local_instant`.
* Periods are counted from the rotation's **anchor date**: period 0 starts at the first hand-over on
  or after the anchor (the anchor itself for a daily rota, the first hand-over weekday for a weekly
  one) and member ``k mod n`` of the ordered list holds period ``k``. Before period 0 the rotation
  covers nothing, so a rota that starts next month shows as a gap until then.

Validation collects every problem in one go (``OnCallInvalid.problems``, field names matching the
dataclass fields) and messages never repeat what was typed: a reason may say why someone is off
sick, and numbers and names are personal data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.domain.crisis_roles import CrisisRole
from app.domain.text_input import Problem, clean_line, clean_text, is_aware

MemberId = int
"""A rota member's stored id (a positive integer). Members are not app users: a lawyer or an
executive on the rota may never log in, so members have their own ids, not user ids."""

NAME_MAX = 200
PHONE_MAX = 40
CONTACTS_MAX = 5  # mobile, desk, home, a deputy's line ...: more than five is a data-entry slip
REASON_MAX = 2_000
EARLIEST_ANCHOR = date(1970, 1, 1)  # no rota predates this; an earlier year is a typo
LATEST_ANCHOR = date(2200, 1, 1)  # keeps every period start comfortably inside datetime's range

# Digits with the usual separators, an optional leading "+" and an optional extension ("x12", "ext. 12").
_PHONE = re.compile(r"\+?[0-9][0-9 ().\-/]*(?:\s*(?:x|ext\.?)\s*[0-9]+)?", re.IGNORECASE)


class OnCallInvalid(ValueError):
    """On-call data is not acceptable; ``problems`` lists every field that is wrong.

    The message joins all problems so that a log line or a command-line error is complete too; no
    problem ever quotes the value (a reason, a name or a number), only what is wrong with it.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in self.problems) or "invalid input")

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.field for p in self.problems))


class Handover(StrEnum):
    """How often the rota hands over. Stored with the rotation: a stable contract."""

    DAILY = "daily"
    WEEKLY = "weekly"

    @property
    def days(self) -> int:
        return 1 if self is Handover.DAILY else 7


class ShiftSource(StrEnum):
    """Why a person holds a shift. Shown in the calendar and exported: a stable contract."""

    SCHEDULED = "scheduled"  # the rotation pattern's own order
    OVERRIDE = "override"  # someone stands in for whoever was scheduled
    SWAP = "swap"  # two members exchanged two scheduled shifts


# --- small checks ----------------------------------------------------------------------------------


def _member_id(name: str, value: object, problems: list[Problem]) -> MemberId:
    # bool is an int subclass; True is a programming error, not member 1.
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        problems.append(Problem(name, "must be a member id (a positive whole number)"))
        return 0
    return value


def _role(name: str, value: object, problems: list[Problem]) -> CrisisRole:
    try:
        return CrisisRole(value)
    except ValueError:
        allowed = ", ".join(r.value for r in CrisisRole)
        problems.append(Problem(name, f"must be one of {allowed}"))
        return CrisisRole.CRISIS_LEAD  # placeholder; the caller raises before using it


def _instant(name: str, value: object, problems: list[Problem]) -> datetime | None:
    """An aware datetime in UTC; unlike ``aware_moment`` the future is fine (rotas are planned ahead)."""
    if not is_aware(value):
        problems.append(Problem(name, "must be a date and time with a time zone"))
        return None
    assert isinstance(value, datetime)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        problems.append(Problem(name, "is out of range"))
        return None


def _raise_if(problems: list[Problem]) -> None:
    if problems:
        raise OnCallInvalid(problems)


def local_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of wall-clock ``at`` on ``day`` in ``zone``, with the gap and fold rules.

    ``fold=0`` with ``zoneinfo`` reads a non-existent time with the offset in force *before* the
    gap, which lands it the gap's length later (02:30 → 03:30 on a one-hour spring-forward), and an
    ambiguous time as its first occurrence. That is RFC 5545's rule too, so a calendar client placing
    the exported shift gets the same instant. The result never depends on ``at.fold`` or
    ``at.tzinfo``: a rota's hand-over is a plain local time.
    """
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    return naive.replace(tzinfo=zone).astimezone(UTC)


# --- members ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, repr=False)
class Member:
    """One person on the rota. ``repr`` shows the id only: names and numbers are personal data."""

    id: MemberId
    display_name: str
    roles: frozenset[CrisisRole]
    contact_numbers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        _member_id("id", self.id, problems)
        name = clean_line("display_name", self.display_name, problems, maximum=NAME_MAX, required=True)
        roles: set[CrisisRole] = set()
        if isinstance(self.roles, str) or not isinstance(self.roles, Iterable):
            problems.append(Problem("roles", "must be a set of crisis roles"))
        else:
            roles = {_role("roles", r, problems) for r in self.roles}
            if not roles:
                problems.append(Problem("roles", "must name at least one role: a member holds a role"))
        numbers: list[str] = []
        if isinstance(self.contact_numbers, str) or not isinstance(self.contact_numbers, Iterable):
            problems.append(Problem("contact_numbers", "must be a list of phone numbers"))
        else:
            for i, raw in enumerate(self.contact_numbers):
                field = f"contact_numbers[{i}]"
                before = len(problems)
                number = clean_line(field, raw, problems, maximum=PHONE_MAX, required=True)
                if len(problems) == before and not _PHONE.fullmatch(number):
                    problems.append(
                        Problem(field, "must be a phone number: digits, spaces, + - ( ) . / and an extension")
                    )
                numbers.append(number)
            if len(numbers) > CONTACTS_MAX:
                problems.append(Problem("contact_numbers", f"can list at most {CONTACTS_MAX} numbers"))
        _raise_if(problems)
        object.__setattr__(self, "display_name", name)
        object.__setattr__(self, "roles", frozenset(roles))
        object.__setattr__(self, "contact_numbers", tuple(numbers))

    def __repr__(self) -> str:
        return f"Member(id={self.id})"

    def holds(self, role: CrisisRole) -> bool:
        return role in self.roles


# --- rotation patterns ------------------------------------------------------------------------------


class Period(NamedTuple):
    """One period of a rotation as the pattern alone schedules it (before overrides and swaps)."""

    index: int  # 0 for the first hand-over on or after the anchor
    member_id: MemberId
    start: datetime  # UTC
    end: datetime  # UTC: the next period's start


@dataclass(frozen=True, slots=True)
class RotationPattern:
    """Who holds ``role`` when: ``member_ids`` in turn, handing over at ``handover_time`` local time.

    ``weekday`` (0 = Monday … 6 = Sunday, as ``date.weekday``) is required for a weekly rota and
    must be left out of a daily one. A member may appear more than once in ``member_ids`` (a senior
    covering every other week); the roster checks that every id is a member holding ``role``.
    """

    role: CrisisRole
    handover: Handover
    member_ids: tuple[MemberId, ...]
    anchor: date
    handover_time: time
    time_zone: str  # an IANA name such as "Europe/London"
    weekday: int | None = None

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        role = _role("role", self.role, problems)
        handover: Handover | None = None
        try:
            handover = Handover(self.handover)
        except ValueError:
            problems.append(Problem("handover", "must be daily or weekly"))
        ids: tuple[MemberId, ...] = ()
        if isinstance(self.member_ids, str) or not isinstance(self.member_ids, Iterable):
            problems.append(Problem("member_ids", "must be a list of member ids"))
        else:
            ids = tuple(_member_id("member_ids", m, problems) for m in self.member_ids)
            if not ids:
                problems.append(Problem("member_ids", "must list at least one member"))
        # datetime is a date subclass; a datetime anchor would silently drop its time and zone.
        if not isinstance(self.anchor, date) or isinstance(self.anchor, datetime):
            problems.append(Problem("anchor", "must be a date"))
        elif not EARLIEST_ANCHOR <= self.anchor < LATEST_ANCHOR:
            problems.append(
                Problem("anchor", f"must be between {EARLIEST_ANCHOR.year} and {LATEST_ANCHOR.year - 1}")
            )
        if not isinstance(self.handover_time, time):
            problems.append(Problem("handover_time", "must be a time of day"))
        elif self.handover_time.tzinfo is not None:
            problems.append(
                Problem("handover_time", "must be a plain local time; the zone goes in time_zone")
            )
        if not isinstance(self.time_zone, str) or not self.time_zone:
            problems.append(Problem("time_zone", "must be an IANA time zone name such as Europe/London"))
        else:
            try:
                ZoneInfo(self.time_zone)
            except (ZoneInfoNotFoundError, ValueError):
                problems.append(Problem("time_zone", "is not a known IANA time zone name"))
        if handover is Handover.WEEKLY:
            if (
                isinstance(self.weekday, bool)
                or not isinstance(self.weekday, int)
                or not 0 <= self.weekday <= 6
            ):
                problems.append(Problem("weekday", "must be 0 (Monday) to 6 (Sunday) for a weekly rota"))
        elif handover is Handover.DAILY and self.weekday is not None:
            problems.append(Problem("weekday", "must be empty for a daily rota (it hands over every day)"))
        _raise_if(problems)
        object.__setattr__(self, "role", role)
        object.__setattr__(self, "handover", handover)
        object.__setattr__(self, "member_ids", ids)
        object.__setattr__(self, "handover_time", self.handover_time.replace(fold=0))

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)  # ZoneInfo caches instances per key: no repeated file reads

    @property
    def first_handover_date(self) -> date:
        """Period 0's local date: the anchor, or for a weekly rota the first hand-over weekday from it."""
        if self.weekday is None:
            return self.anchor
        return self.anchor + timedelta(days=(self.weekday - self.anchor.weekday()) % 7)

    @property
    def starts_at(self) -> datetime:
        """When the rotation first covers its role (UTC)."""
        return self.period_start(0)

    def period_start(self, index: int) -> datetime:
        """The UTC start of period ``index`` (local hand-over, gap and fold rules of ``local_instant``)."""
        day = self.first_handover_date + timedelta(days=index * self.handover.days)
        return local_instant(day, self.handover_time, self.zone)

    def member_for(self, index: int) -> MemberId:
        return self.member_ids[index % len(self.member_ids)]

    def period_index(self, at: datetime) -> int | None:
        """The period holding instant ``at``, or ``None`` before the rotation starts.

        Estimated from the local date, then corrected against the real starts: a gap-shifted
        hand-over near midnight can move a start across a date line, and the correction makes that
        harmless instead of an off-by-one.
        """
        local_day = at.astimezone(self.zone).date()
        index = max((local_day - self.first_handover_date).days // self.handover.days, 0)
        while index > 0 and self.period_start(index) > at:
            index -= 1
        if self.period_start(index) > at:
            return None
        while self.period_start(index + 1) <= at:
            index += 1
        return index

    def periods(self, start: datetime, end: datetime) -> Iterator[Period]:
        """Every period overlapping ``[start, end)``, whole (not cut at the window's edges)."""
        index = self.period_index(start)
        if index is None:
            index = 0
        begin = self.period_start(index)
        while begin < end:
            following = self.period_start(index + 1)
            if following > start:
                yield Period(index, self.member_for(index), begin, following)
            index += 1
            begin = following


# --- overrides and swaps ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, repr=False)
class Override:
    """``member_id`` holds ``role`` during ``[start, end)`` instead of whoever else would.

    ``member_id=None`` records that the scheduled person is off and nobody covers yet: the time
    then shows as a coverage gap, instead of the calendar claiming cover that does not exist.
    Overrides of one role may not overlap (the roster refuses): an overlap is nearly always a
    mistake, and "the latest wins" would silently hide an arrangement someone relies on. Touching
    (one ends when the next starts) is fine. ``repr`` hides the reason (it may be medical).
    """

    role: CrisisRole
    member_id: MemberId | None
    start: datetime
    end: datetime
    reason: str

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        role = _role("role", self.role, problems)
        if self.member_id is not None:
            _member_id("member_id", self.member_id, problems)
        start = _instant("start", self.start, problems)
        end = _instant("end", self.end, problems)
        if start is not None and end is not None and end <= start:
            problems.append(Problem("end", "must be after the start"))
        reason = clean_text("reason", self.reason, problems, maximum=REASON_MAX, required=True)
        _raise_if(problems)
        object.__setattr__(self, "role", role)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "reason", reason)

    def __repr__(self) -> str:
        return (
            f"Override(role={self.role.value}, member_id={self.member_id}, "
            f"start={self.start.isoformat()}, end={self.end.isoformat()})"
        )


@dataclass(frozen=True, slots=True, repr=False)
class Swap:
    """Two members of one role exchange two scheduled shifts, each named by its scheduled start.

    ``first_member_id`` is scheduled for the shift starting at ``first_shift_start`` and takes the
    one at ``second_shift_start`` instead, and the other way round. The members are stored, not
    just the shifts, so that an edit of the rotation that would make the swap exchange two
    *other* people is refused by the roster instead of silently applied. A shift can be in one swap
    only (a second swap would have to say which arrangement it builds on); an override still
    applies on top of a swapped shift. ``repr`` hides the reason.
    """

    role: CrisisRole
    first_member_id: MemberId
    first_shift_start: datetime
    second_member_id: MemberId
    second_shift_start: datetime
    reason: str

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        role = _role("role", self.role, problems)
        first = _member_id("first_member_id", self.first_member_id, problems)
        second = _member_id("second_member_id", self.second_member_id, problems)
        if first and first == second:
            problems.append(
                Problem("second_member_id", "must be someone else: a member cannot swap with themselves")
            )
        first_at = _instant("first_shift_start", self.first_shift_start, problems)
        second_at = _instant("second_shift_start", self.second_shift_start, problems)
        if first_at is not None and first_at == second_at:
            problems.append(Problem("second_shift_start", "must be a different shift from the first"))
        reason = clean_text("reason", self.reason, problems, maximum=REASON_MAX, required=True)
        _raise_if(problems)
        object.__setattr__(self, "role", role)
        object.__setattr__(self, "first_shift_start", first_at)
        object.__setattr__(self, "second_shift_start", second_at)
        object.__setattr__(self, "reason", reason)

    def __repr__(self) -> str:
        return (
            f"Swap(role={self.role.value}, {self.first_member_id}@{self.first_shift_start.isoformat()} "
            f"<-> {self.second_member_id}@{self.second_shift_start.isoformat()})"
        )


@dataclass(frozen=True, slots=True)
class Shift:
    """A final shift: who holds ``role`` during ``[start, end)`` (UTC) and why.

    Carries no reason or name, so it can go into a calendar export or an hr_manager view as is.
    """

    role: CrisisRole
    member_id: MemberId
    start: datetime
    end: datetime
    source: ShiftSource

    @property
    def duration(self) -> timedelta:
        """Elapsed time (both ends are UTC): 167 or 169 hours for a weekly shift over a clock change."""
        return self.end - self.start

    def contains(self, at: datetime) -> bool:
        return self.start <= at < self.end
