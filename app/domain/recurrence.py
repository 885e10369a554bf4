"""Recurrence rules for drills that repeat ("a tabletop on the second Tuesday of each quarter").

A rule says how often (weekly, monthly, quarterly, yearly, every ``interval`` of those), on which
day of the period, at which local time in which IANA zone, and until when (a last date or a
number of occurrences). ``occurrences`` lists the instants in a window; ``to_rrule`` says the same
thing as an RFC 5545 RRULE so that a calendar export repeats exactly the drills the app plans.

Rules decided here, and why:

* **The local time stays fixed across daylight-saving changes.** A quarterly 10:00 tabletop in
  London is at 10:00 in January (10:00 UTC) and at 10:00 in July (09:00 UTC): people plan by the
  wall clock. Each occurrence is built from its local date and time in the zone, never by adding a
  period to the previous instant (that would drift by the DST hour; contrast ``clocks``, where
  durations are elapsed time).
* **A local time that does not exist** (inside the spring-forward gap) is read with the offset
  before the gap, so 02:30 on the spring-forward night in Europe/Berlin is 03:30 CEST; a time that
  exists twice (the autumn fall-back) is the first of the two. Both are what RFC 5545 (3.3.5)
  prescribes, so the app and every calendar client agree.
* **Day 29, 30 or 31 of the month falls back to the last day of shorter months**: a drill
  "monthly on the 31st" is on 30 April and on 28 (or 29) February rather than skipped, because
  skipping would silently drop a quarter's drill. (Plain RFC 5545 skips such months; ``to_rrule``
  therefore writes ``BYMONTHDAY=-1`` for 31 and ``BYMONTHDAY=28,29,30;BYSETPOS=-1`` for 30, which
  say "the given day or the last day before it".)
* **The nth weekday is the 1st to 4th or the last** (``LAST``): a 5th Tuesday exists in only some
  months, and a drill that silently vanishes in the others is the wrong default.
* **Periods are anchored on the calendar**: weeks start on Monday, quarters are January, April,
  July and October (``quarter_month`` picks the 1st, 2nd or 3rd month of each quarter), years on
  the rule's ``month``. ``start`` (the date the series may begin) picks the first period; with an
  ``interval`` above 1, every ``interval``-th period from there. The first occurrence is the first
  matching day on or after ``start``.
* **``until`` is a local date, inclusive**; ``count`` counts occurrences from the first one, however
  many fall before the window asked for. A rule has at most one of them; with neither it repeats
  without end (a window is then always needed).

Calendar export: write ``DTSTART`` as ``series_start(rule, start)`` with the rule's zone (RFC 5545
counts DTSTART as an occurrence even when it does not match the rule, and takes the local time of
every occurrence from it) and ``RRULE:`` + ``to_rrule(rule)``; clients then expand the series
exactly as ``occurrences`` does.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import IntEnum, StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.domain.incidents import IncidentInvalid
from app.domain.text_input import Problem

__all__ = [
    "LAST",
    "Frequency",
    "NthWeekday",
    "RecurrenceInvalid",
    "RecurrenceRule",
    "Weekday",
    "first_occurrence",
    "iter_occurrences",
    "occurrences",
    "series_start",
    "to_rrule",
]

LAST = -1
"""``NthWeekday.n`` for the last such weekday of the month."""

INTERVAL_MAX = 100
COUNT_MAX = 10_000
_LAST_YEAR = 9999


class RecurrenceInvalid(IncidentInvalid):
    """A recurrence rule is not usable; ``problems`` lists every field that is wrong."""


class Frequency(StrEnum):
    """How often a rule repeats. Values are stored: never rename one."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"

    @property
    def months(self) -> int:
        """Months per period (0 for weekly)."""
        return _MONTHS[self]


_MONTHS = {Frequency.WEEKLY: 0, Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3, Frequency.YEARLY: 12}


class Weekday(IntEnum):
    """Days of the week, numbered as ``date.weekday()`` does (Monday 0). Stored as the integer."""

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6

    @property
    def code(self) -> str:
        """The RFC 5545 two-letter code (MO … SU)."""
        return ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[self]


@dataclass(frozen=True, slots=True)
class NthWeekday:
    """The ``n``-th ``weekday`` of the month: ``n`` is 1 to 4 or ``LAST``."""

    n: int
    weekday: Weekday


@dataclass(frozen=True, slots=True, kw_only=True)
class RecurrenceRule:
    """A validated recurrence; constructing it raises ``RecurrenceInvalid`` listing every problem.

    ``weekdays`` is for weekly rules (empty: the weekday of the series start). Monthly, quarterly
    and yearly rules need exactly one of ``nth_weekday`` and ``month_day``; yearly rules also the
    ``month``; quarterly rules may choose ``quarter_month`` (1–3, default the first month of each
    quarter). ``local_time`` is a wall-clock time without a zone; ``zone`` an IANA name.
    """

    frequency: Frequency | str
    local_time: time
    zone: str
    interval: int = 1
    weekdays: tuple[Weekday, ...] = ()
    nth_weekday: NthWeekday | None = None
    month_day: int | None = None
    month: int | None = None
    quarter_month: int | None = None
    until: date | None = None
    count: int | None = None

    def __post_init__(self) -> None:
        found: list[Problem] = []
        put = object.__setattr__
        if isinstance(self.frequency, str) and self.frequency in Frequency._value2member_map_:
            put(self, "frequency", Frequency(self.frequency))
        else:
            found.append(Problem("frequency", f"must be one of {', '.join(f.value for f in Frequency)}"))
        if not isinstance(self.local_time, time) or self.local_time.tzinfo is not None:
            found.append(
                Problem("local_time", "must be a wall-clock time without a zone (the zone is separate)")
            )
        elif self.local_time.microsecond:
            found.append(Problem("local_time", "cannot have fractions of a second"))
        else:
            # A wall-clock time read the RFC 5545 way (gap: the offset before it; repeat: the first),
            # which is fold 0; a time(2, 0, fold=1) would otherwise put a gap time an hour early.
            put(self, "local_time", self.local_time.replace(fold=0))
        if not _zone_ok(self.zone):
            found.append(Problem("zone", "must be an IANA time zone name such as Europe/London"))
        if not _whole(self.interval, 1, INTERVAL_MAX):
            found.append(Problem("interval", f"must be a whole number from 1 to {INTERVAL_MAX}"))
        put(self, "weekdays", self._clean_weekdays(found))
        self._check_day_choice(found)
        if self.until is not None and (isinstance(self.until, datetime) or not isinstance(self.until, date)):
            found.append(Problem("until", "must be a date (the last day the series may fall on)"))
        if self.count is not None and not _whole(self.count, 1, COUNT_MAX):
            found.append(Problem("count", f"must be a whole number from 1 to {COUNT_MAX}"))
        if self.until is not None and self.count is not None:
            found.append(Problem("count", "give either a last date or a number of occurrences, not both"))
        if found:
            raise RecurrenceInvalid(found)

    def _clean_weekdays(self, found: list[Problem]) -> tuple[Weekday, ...]:
        values = self.weekdays
        if isinstance(values, str) or not isinstance(values, tuple | list | frozenset | set):
            found.append(Problem("weekdays", "must be a list of weekdays"))
            return ()
        days: set[Weekday] = set()
        for value in values:
            if (
                isinstance(value, bool)
                or not isinstance(value, int)
                or value not in Weekday._value2member_map_
            ):
                found.append(Problem("weekdays", "must be weekdays (Monday 0 to Sunday 6)"))
                return ()
            days.add(Weekday(value))
        if days and self.frequency is not Frequency.WEEKLY:
            found.append(Problem("weekdays", "are only for weekly rules; use nth_weekday for the others"))
        return tuple(sorted(days))

    def _check_day_choice(self, found: list[Problem]) -> None:
        frequency = self.frequency
        nth, day = self.nth_weekday, self.month_day
        if nth is not None and (
            not isinstance(nth, NthWeekday)
            or nth.n not in (1, 2, 3, 4, LAST)
            or isinstance(nth.n, bool)
            or not isinstance(nth.weekday, int)
            or nth.weekday not in Weekday._value2member_map_
        ):
            found.append(Problem("nth_weekday", "must be the 1st to 4th or the last of a weekday"))
        if day is not None and not _whole(day, 1, 31):
            found.append(Problem("month_day", "must be a day of the month from 1 to 31"))
        if frequency is Frequency.WEEKLY:
            if nth is not None or day is not None:
                found.append(Problem("frequency", "a weekly rule takes weekdays, not a day of the month"))
        elif isinstance(frequency, Frequency) and (nth is None) == (day is None):
            found.append(Problem("month_day", "choose either a day of the month or an nth weekday"))
        if frequency is Frequency.YEARLY:
            if not _whole(self.month, 1, 12):
                found.append(Problem("month", "a yearly rule needs the month (1 to 12)"))
        elif self.month is not None:
            found.append(Problem("month", "is only for yearly rules"))
        if frequency is Frequency.QUARTERLY:
            if self.quarter_month is not None and not _whole(self.quarter_month, 1, 3):
                found.append(Problem("quarter_month", "must be 1, 2 or 3 (the month within the quarter)"))
        elif self.quarter_month is not None:
            found.append(Problem("quarter_month", "is only for quarterly rules"))

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)

    def __repr__(self) -> str:
        return f"RecurrenceRule({to_rrule(self)!r}, zone={self.zone!r}, at={self.local_time.isoformat()})"


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _zone_ok(name: object) -> bool:
    if not isinstance(name, str) or not name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):  # ValueError: not a zone key ("../x", absolute path)
        return False
    return True


# --- expansion ------------------------------------------------------------------------------------


def _day_in_month(rule: RecurrenceRule, year: int, month: int) -> date:
    last = calendar.monthrange(year, month)[1]
    if rule.month_day is not None:
        return date(year, month, min(rule.month_day, last))
    nth = rule.nth_weekday
    assert nth is not None  # validated: exactly one of month_day and nth_weekday
    if nth.n == LAST:
        last_day = date(year, month, last)
        return last_day - timedelta(days=(last_day.weekday() - nth.weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(nth.weekday - first.weekday()) % 7 + 7 * (nth.n - 1))


def _dates(rule: RecurrenceRule, start: date) -> Iterator[date]:
    """Every matching local date on or after ``start`` (ignoring until and count), in order."""
    if rule.frequency is Frequency.WEEKLY:
        days = rule.weekdays or (Weekday(start.weekday()),)
        week = start - timedelta(days=start.weekday())
        step = timedelta(weeks=rule.interval)
        while week.year <= _LAST_YEAR:
            for weekday in days:
                day = week + timedelta(days=weekday)
                if day >= start:
                    yield day
            if date.max - week < step + timedelta(days=7):
                return
            week += step
        return
    frequency = Frequency(rule.frequency)
    if frequency is Frequency.QUARTERLY:
        first_month = (start.month - 1) // 3 * 3 + (rule.quarter_month or 1) - 1
    elif frequency is Frequency.YEARLY:
        assert rule.month is not None
        first_month = rule.month - 1
    else:
        first_month = start.month - 1
    index = start.year * 12 + first_month
    step = frequency.months * rule.interval
    while index // 12 <= _LAST_YEAR:
        day = _day_in_month(rule, index // 12, index % 12 + 1)
        if day >= start:
            yield day
        index += step


def _nominal(rule: RecurrenceRule, day: date) -> datetime:
    """``day`` at the rule's local time as written, possibly inside a DST gap (fold 0)."""
    return datetime.combine(day, rule.local_time, tzinfo=rule.tz)


def _at(rule: RecurrenceRule, day: date) -> datetime:
    """The instant of ``day`` at the rule's local time (RFC 5545 reading of gaps and repeats).

    fold 0 reads a gap time with the offset before the gap and a repeated time as its first
    occurrence; the round trip through UTC turns a gap time into the local time that exists.
    """
    return _nominal(rule, day).astimezone(UTC).astimezone(rule.tz)


def _check_start(start: object) -> date:
    if isinstance(start, datetime) or not isinstance(start, date):
        raise RecurrenceInvalid([Problem("start", "must be a date (the local time comes from the rule)")])
    return start


def iter_occurrences(rule: RecurrenceRule, start: date) -> Iterator[datetime]:
    """Every occurrence from ``start`` on, aware in the rule's zone; endless without until or count."""
    _check_start(start)
    for number, day in enumerate(_dates(rule, start), start=1):
        if rule.until is not None and day > rule.until:
            return
        if rule.count is not None and number > rule.count:
            return
        yield _at(rule, day)


def first_occurrence(rule: RecurrenceRule, start: date) -> datetime | None:
    """The first occurrence as an instant in the rule's zone; None if ``until`` comes before it."""
    return next(iter_occurrences(rule, start), None)


def series_start(rule: RecurrenceRule, start: date) -> datetime | None:
    """What the calendar export's DTSTART must say: the first occurrence at the *nominal* local time.

    It differs from ``first_occurrence`` only when the first day's local time falls in a
    spring-forward gap: DTSTART must then still read 02:30 (which RFC 5545 maps to the same instant),
    because clients take the local time of every later occurrence from DTSTART and would otherwise
    repeat the drill at 03:30. The value's tzinfo is the rule's zone; ``icalendar_text`` writes such
    a value's wall-clock reading unchanged.
    """
    _check_start(start)
    day = next(_dates(rule, start), None)
    if day is None or (rule.until is not None and day > rule.until):
        return None
    return _nominal(rule, day)


def occurrences(
    rule: RecurrenceRule, start: date, window_start: datetime, window_end: datetime
) -> list[datetime]:
    """The occurrences with ``window_start <= instant < window_end``, aware in the rule's zone.

    The window is half-open so that consecutive windows (months of a calendar view) never list an
    occurrence twice. Its bounds must be aware; they may be in any zone.
    """
    for name, value in (("window_start", window_start), ("window_end", window_end)):
        if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
            raise RecurrenceInvalid([Problem(name, "must be a date and time with a time zone")])
    low, high = window_start.astimezone(UTC), window_end.astimezone(UTC)
    found: list[datetime] = []
    if high <= low:
        return found
    for instant in iter_occurrences(rule, start):
        if instant >= high:
            break
        if instant >= low:
            found.append(instant)
    return found


# --- RFC 5545 -------------------------------------------------------------------------------------


def _month_day_parts(day: int) -> list[str]:
    if day <= 28:
        return [f"BYMONTHDAY={day}"]
    if day == 31:
        return ["BYMONTHDAY=-1"]
    return [f"BYMONTHDAY={','.join(str(d) for d in range(28, day + 1))}", "BYSETPOS=-1"]


def to_rrule(rule: RecurrenceRule) -> str:
    """The RRULE value (without the ``RRULE:`` name) that repeats exactly as ``occurrences`` does.

    It must be paired with ``DTSTART`` = ``series_start`` written with ``TZID`` = the rule's
    zone, since the RRULE's local time, weekday anchor and month come from DTSTART. ``UNTIL`` is
    the end of the last local day, in UTC, as RFC 5545 requires when DTSTART has a TZID.
    """
    frequency = Frequency(rule.frequency)
    parts: list[str]
    if frequency is Frequency.WEEKLY:
        parts = ["FREQ=WEEKLY"]
        if rule.interval > 1:
            parts.append(f"INTERVAL={rule.interval}")
        if rule.weekdays:
            parts.append("BYDAY=" + ",".join(d.code for d in rule.weekdays))
        parts.append("WKST=MO")
    else:
        if frequency is Frequency.YEARLY:
            parts = ["FREQ=YEARLY"]
            if rule.interval > 1:
                parts.append(f"INTERVAL={rule.interval}")
            parts.append(f"BYMONTH={rule.month}")
        else:
            parts = ["FREQ=MONTHLY"]
            months = frequency.months * rule.interval
            if months > 1:
                parts.append(f"INTERVAL={months}")
        if rule.nth_weekday is not None:
            parts.append(f"BYDAY={rule.nth_weekday.n}{Weekday(rule.nth_weekday.weekday).code}")
        else:
            assert rule.month_day is not None
            parts.extend(_month_day_parts(rule.month_day))
    if rule.count is not None:
        parts.append(f"COUNT={rule.count}")
    if rule.until is not None:
        last = datetime.combine(rule.until, time(23, 59, 59), tzinfo=rule.tz).astimezone(UTC)
        parts.append(f"UNTIL={last:%Y%m%dT%H%M%SZ}")
    return ";".join(parts)
