"""Recurrence rules (app.domain.recurrence): days chosen, month ends, DST, until/count, RRULE text.

Besides worked examples, a property test expands random rules both here and with python-dateutil
reading our own RRULE text, so the app and a calendar client agree occurrence for occurrence.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.incidents import IncidentInvalid
from app.domain.recurrence import (
    LAST,
    Frequency,
    NthWeekday,
    RecurrenceInvalid,
    RecurrenceRule,
    Weekday,
    first_occurrence,
    iter_occurrences,
    occurrences,
    series_start,
    to_rrule,
)

LONDON = "Europe/London"
NEW_YORK = "America/New_York"
BERLIN = "Europe/Berlin"
TAIPEI = "Asia/Taipei"


def rule(**overrides: object) -> RecurrenceRule:
    values: dict[str, object] = {
        "frequency": "monthly",
        "local_time": time(10, 0),
        "zone": LONDON,
        "month_day": 1,
    }
    values.update(overrides)
    return RecurrenceRule(**values)  # type: ignore[arg-type]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def dates(instants: list[datetime]) -> list[date]:
    return [i.date() for i in instants]


def first(r: RecurrenceRule, start: date, n: int) -> list[datetime]:
    out: list[datetime] = []
    for instant in iter_occurrences(r, start):
        out.append(instant)
        if len(out) == n:
            break
    return out


# --- which days ---------------------------------------------------------------------------------


def test_second_tuesday_of_each_quarter_keeps_local_time_across_dst():
    r = rule(frequency="quarterly", month_day=None, nth_weekday=NthWeekday(2, Weekday.TUESDAY))
    got = first(r, date(2026, 12, 2), 5)
    assert dates(got) == [
        date(2027, 1, 12),
        date(2027, 4, 13),
        date(2027, 7, 13),
        date(2027, 10, 12),
        date(2028, 1, 11),
    ]
    assert all(o.hour == 10 and o.minute == 0 for o in got)
    assert [o.astimezone(UTC).hour for o in got] == [10, 9, 9, 9, 10]  # GMT, BST, BST, BST, GMT
    assert all(o.tzinfo == ZoneInfo(LONDON) for o in got)
    assert to_rrule(r) == "FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU"


def test_quarter_month_and_quarter_anchoring():
    r = rule(frequency="quarterly", quarter_month=2, month_day=15)
    assert dates(first(r, date(2027, 1, 1), 4)) == [
        date(2027, 2, 15),
        date(2027, 5, 15),
        date(2027, 8, 15),
        date(2027, 11, 15),
    ]
    # starting after this quarter's day: the next quarter
    assert dates(first(r, date(2027, 2, 16), 1)) == [date(2027, 5, 15)]
    every_other = rule(frequency="quarterly", interval=2, month_day=1)
    assert dates(first(every_other, date(2027, 3, 1), 3)) == [
        date(2027, 7, 1),
        date(2028, 1, 1),
        date(2028, 7, 1),
    ]
    assert to_rrule(every_other) == "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=1"


def test_weekly_on_chosen_days_every_other_week_across_us_dst():
    r = rule(
        frequency="weekly",
        month_day=None,
        weekdays=(Weekday.THURSDAY, Weekday.TUESDAY),
        interval=2,
        zone=NEW_YORK,
        local_time=time(9, 30),
    )
    got = first(r, date(2027, 3, 4), 4)  # a Thursday; US clocks go forward on 14 March 2027
    assert dates(got) == [date(2027, 3, 4), date(2027, 3, 16), date(2027, 3, 18), date(2027, 3, 30)]
    assert [(o.hour, o.minute) for o in got] == [(9, 30)] * 4
    assert [o.astimezone(UTC).hour for o in got] == [14, 13, 13, 13]
    assert to_rrule(r) == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=MO"


def test_weekly_without_days_uses_the_start_weekday():
    r = rule(frequency="weekly", month_day=None)
    assert dates(first(r, date(2026, 12, 2), 3)) == [date(2026, 12, 2), date(2026, 12, 9), date(2026, 12, 16)]
    assert to_rrule(r) == "FREQ=WEEKLY;WKST=MO"


def test_day_31_falls_back_to_the_last_day_of_shorter_months():
    r = rule(month_day=31)
    got = dates(first(r, date(2027, 11, 1), 6))
    assert got == [
        date(2027, 11, 30),
        date(2027, 12, 31),
        date(2028, 1, 31),
        date(2028, 2, 29),
        date(2028, 3, 31),
        date(2028, 4, 30),
    ]
    assert to_rrule(r) == "FREQ=MONTHLY;BYMONTHDAY=-1"


def test_day_30_and_29_fall_back_in_february_only():
    thirtieth = rule(month_day=30)
    assert dates(first(thirtieth, date(2027, 1, 1), 3)) == [
        date(2027, 1, 30),
        date(2027, 2, 28),
        date(2027, 3, 30),
    ]
    assert to_rrule(thirtieth) == "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1"
    twenty_ninth = rule(month_day=29)
    assert dates(first(twenty_ninth, date(2027, 2, 1), 2)) == [date(2027, 2, 28), date(2027, 3, 29)]
    assert dates(first(twenty_ninth, date(2028, 2, 1), 1)) == [date(2028, 2, 29)]
    assert to_rrule(twenty_ninth) == "FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1"


def test_yearly_on_29_february():
    r = rule(frequency="yearly", month=2, month_day=29)
    assert dates(first(r, date(2027, 1, 1), 3)) == [date(2027, 2, 28), date(2028, 2, 29), date(2029, 2, 28)]
    assert to_rrule(r) == "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1"


def test_last_weekday_of_the_month_and_yearly_nth_weekday():
    last_friday = rule(month_day=None, nth_weekday=NthWeekday(LAST, Weekday.FRIDAY))
    assert dates(first(last_friday, date(2027, 1, 1), 3)) == [
        date(2027, 1, 29),
        date(2027, 2, 26),
        date(2027, 3, 26),
    ]
    assert to_rrule(last_friday) == "FREQ=MONTHLY;BYDAY=-1FR"
    first_monday_of_september = rule(
        frequency="yearly", month=9, month_day=None, nth_weekday=NthWeekday(1, Weekday.MONDAY)
    )
    assert dates(first(first_monday_of_september, date(2027, 9, 7), 2)) == [
        date(2028, 9, 4),
        date(2029, 9, 3),
    ]
    assert to_rrule(first_monday_of_september) == "FREQ=YEARLY;BYMONTH=9;BYDAY=1MO"
    fourth_thursday = rule(month_day=None, nth_weekday=NthWeekday(4, Weekday.THURSDAY))
    assert dates(first(fourth_thursday, date(2027, 4, 1), 1)) == [date(2027, 4, 22)]


def test_yearly_interval():
    r = rule(frequency="yearly", month=6, month_day=1, interval=2)
    assert dates(first(r, date(2027, 7, 1), 2)) == [date(2029, 6, 1), date(2031, 6, 1)]
    assert to_rrule(r) == "FREQ=YEARLY;INTERVAL=2;BYMONTH=6;BYMONTHDAY=1"


# --- DST edge times -------------------------------------------------------------------------------


def test_a_local_time_inside_the_spring_gap_uses_the_offset_before_it():
    r = rule(frequency="weekly", month_day=None, zone=BERLIN, local_time=time(2, 30))
    got = first(r, date(2027, 3, 21), 3)  # Sundays; Berlin skips 02:00-03:00 on 28 March 2027
    assert got[0].astimezone(UTC) == utc(2027, 3, 21, 1, 30)
    assert got[1].astimezone(UTC) == utc(2027, 3, 28, 1, 30)  # read with CET (+01:00): 03:30 CEST
    assert (got[1].hour, got[1].minute) == (3, 30)
    assert got[2].astimezone(UTC) == utc(2027, 4, 4, 0, 30)  # 02:30 CEST again


def test_series_start_keeps_the_nominal_time_inside_a_gap():
    r = rule(frequency="weekly", month_day=None, zone=BERLIN, local_time=time(2, 30))
    nominal = series_start(r, date(2027, 3, 28))
    assert nominal is not None
    assert (nominal.hour, nominal.minute) == (2, 30)
    assert nominal.tzinfo is ZoneInfo(BERLIN)
    assert nominal.astimezone(UTC) == utc(2027, 3, 28, 1, 30)
    actual = first_occurrence(r, date(2027, 3, 28))
    assert actual is not None
    assert (actual.hour, actual.minute) == (3, 30)
    assert series_start(rule(month_day=15, until=date(2027, 1, 10)), date(2027, 1, 1)) is None


def test_a_repeated_local_time_is_its_first_occurrence():
    r = rule(frequency="weekly", month_day=None, local_time=time(1, 30))
    got = first(r, date(2026, 10, 18), 3)  # London repeats 01:00-02:00 on 25 October 2026
    assert [o.astimezone(UTC) for o in got] == [
        utc(2026, 10, 18, 0, 30),
        utc(2026, 10, 25, 0, 30),
        utc(2026, 11, 1, 1, 30),
    ]


def test_zone_without_dst():
    r = rule(zone=TAIPEI, local_time=time(14, 0))
    assert {o.astimezone(UTC).hour for o in first(r, date(2027, 1, 1), 12)} == {6}


# --- until, count and windows -----------------------------------------------------------------------


def test_count_counts_from_the_first_occurrence_not_the_window():
    r = rule(count=5)
    window = occurrences(r, date(2027, 1, 1), utc(2027, 3, 15), utc(2030, 1, 1))
    assert dates(window) == [date(2027, 4, 1), date(2027, 5, 1)]
    assert len(list(iter_occurrences(r, date(2027, 1, 1)))) == 5
    assert to_rrule(r) == "FREQ=MONTHLY;BYMONTHDAY=1;COUNT=5"


def test_until_is_an_inclusive_local_date():
    r = rule(
        frequency="weekly", month_day=None, local_time=time(23, 30), zone=NEW_YORK, until=date(2027, 1, 20)
    )
    got = list(iter_occurrences(r, date(2027, 1, 6)))
    assert dates(got) == [date(2027, 1, 6), date(2027, 1, 13), date(2027, 1, 20)]  # local dates
    assert got[-1].astimezone(UTC) == utc(2027, 1, 21, 4, 30)  # the next UTC day, still included
    assert to_rrule(r) == "FREQ=WEEKLY;WKST=MO;UNTIL=20270121T045959Z"


def test_first_occurrence():
    r = rule(month_day=15, until=date(2027, 1, 10))
    assert first_occurrence(r, date(2027, 1, 1)) is None
    assert first_occurrence(rule(month_day=15), date(2027, 1, 16)) == datetime(
        2027, 2, 15, 10, tzinfo=ZoneInfo(LONDON)
    )


def test_window_is_half_open_and_zone_independent():
    r = rule(month_day=1)  # 10:00 London
    at = datetime(2027, 2, 1, 10, tzinfo=ZoneInfo(LONDON))
    assert occurrences(r, date(2027, 1, 1), at, at + timedelta(days=40)) == [at, at.replace(month=3)]
    assert occurrences(r, date(2027, 1, 1), at - timedelta(days=31), at) == [at.replace(month=1)]
    taipei_window = occurrences(
        r, date(2027, 1, 1), at.astimezone(ZoneInfo(TAIPEI)), at + timedelta(seconds=1)
    )
    assert taipei_window == [at]
    assert occurrences(r, date(2027, 1, 1), at, at) == []
    assert occurrences(r, date(2027, 1, 1), at, at - timedelta(days=1)) == []


def test_an_endless_rule_stops_at_the_window_and_far_windows_work():
    r = rule(frequency="weekly", month_day=None)
    got = occurrences(r, date(2027, 1, 1), utc(2099, 1, 1), utc(2099, 2, 1))
    # 1 January 2027 is a Friday; January 2099 has five Fridays
    assert dates(got) == [date(2099, 1, d) for d in (2, 9, 16, 23, 30)]


def test_window_and_start_types_are_checked():
    r = rule()
    with pytest.raises(RecurrenceInvalid, match="window_start"):
        occurrences(r, date(2027, 1, 1), datetime(2027, 1, 1), utc(2027, 2, 1))
    with pytest.raises(RecurrenceInvalid, match="start"):
        list(iter_occurrences(r, datetime(2027, 1, 1, tzinfo=UTC)))  # type: ignore[arg-type]


# --- validation -----------------------------------------------------------------------------------


def test_every_problem_is_reported():
    with pytest.raises(RecurrenceInvalid) as error:
        RecurrenceRule(
            frequency="daily",
            local_time=time(10, 0, tzinfo=UTC),
            zone="Mars/Olympus",
            interval=0,
            count=0,
        )
    assert set(error.value.fields) >= {"frequency", "local_time", "zone", "interval", "count"}
    assert isinstance(error.value, IncidentInvalid)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"month_day": None}, "month_day"),  # monthly needs a day choice
        ({"nth_weekday": NthWeekday(1, Weekday.MONDAY)}, "month_day"),  # not both
        ({"month_day": 32}, "month_day"),
        ({"month_day": None, "nth_weekday": NthWeekday(5, Weekday.MONDAY)}, "nth_weekday"),
        ({"month_day": None, "nth_weekday": NthWeekday(0, Weekday.MONDAY)}, "nth_weekday"),
        ({"month_day": None, "nth_weekday": NthWeekday(1, 7)}, "nth_weekday"),  # type: ignore[arg-type]
        ({"frequency": "weekly"}, "frequency"),  # weekly with a month day
        ({"weekdays": (Weekday.MONDAY,)}, "weekdays"),  # weekdays on a monthly rule
        ({"frequency": "weekly", "month_day": None, "weekdays": (9,)}, "weekdays"),
        ({"frequency": "weekly", "month_day": None, "weekdays": "MO"}, "weekdays"),
        ({"frequency": "yearly"}, "month"),
        ({"frequency": "yearly", "month": 13}, "month"),
        ({"month": 3}, "month"),
        ({"quarter_month": 1}, "quarter_month"),
        ({"frequency": "quarterly", "quarter_month": 4}, "quarter_month"),
        ({"until": date(2027, 1, 1), "count": 3}, "count"),
        ({"until": datetime(2027, 1, 1, tzinfo=UTC)}, "until"),
        ({"count": 10_001}, "count"),
        ({"interval": 101}, "interval"),
        ({"interval": True}, "interval"),
        ({"local_time": time(10, 0, 0, 500)}, "local_time"),
        ({"zone": "../../etc/passwd"}, "zone"),
        ({"zone": ""}, "zone"),
    ],
)
def test_invalid_rules(overrides, field):
    with pytest.raises(RecurrenceInvalid) as error:
        rule(**overrides)
    assert field in error.value.fields


def test_frequency_is_coerced_and_repr_is_readable():
    r = rule(frequency=Frequency.MONTHLY)
    assert r.frequency is Frequency.MONTHLY
    assert "FREQ=MONTHLY;BYMONTHDAY=1" in repr(r)
    assert "Europe/London" in repr(r)


# --- agreement with a calendar client's expansion ---------------------------------------------------

ZONES = [LONDON, NEW_YORK, BERLIN, TAIPEI, "Australia/Sydney", "America/Sao_Paulo"]


@st.composite
def rules(draw: st.DrawFn) -> RecurrenceRule:
    frequency = draw(st.sampled_from(list(Frequency)))
    values: dict[str, object] = {
        "frequency": frequency,
        "local_time": draw(st.times().map(lambda t: t.replace(microsecond=0))),
        "zone": draw(st.sampled_from(ZONES)),
        "interval": draw(st.integers(1, 3)),
    }
    if frequency is Frequency.WEEKLY:
        values["weekdays"] = tuple(draw(st.sets(st.sampled_from(list(Weekday)), max_size=3)))
    elif draw(st.booleans()):
        values["month_day"] = draw(st.integers(1, 31))
    else:
        values["nth_weekday"] = NthWeekday(
            draw(st.sampled_from([1, 2, 3, 4, LAST])), draw(st.sampled_from(list(Weekday)))
        )
    if frequency is Frequency.YEARLY:
        values["month"] = draw(st.integers(1, 12))
    if frequency is Frequency.QUARTERLY and draw(st.booleans()):
        values["quarter_month"] = draw(st.integers(1, 3))
    if draw(st.booleans()):
        values["count"] = draw(st.integers(1, 12))
    else:
        values["until"] = draw(st.dates(date(2026, 6, 1), date(2031, 1, 1)))
    return RecurrenceRule(**values)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(rules(), st.dates(date(2026, 1, 1), date(2027, 12, 31)))
def test_dateutil_reading_our_rrule_gives_the_same_instants(r, start):
    ours = list(iter_occurrences(r, start))
    dtstart = series_start(r, start)
    if dtstart is None:
        assert ours == []
        assert first_occurrence(r, start) is None
        return
    assert ours[0] == first_occurrence(r, start)
    assert ours[0].astimezone(UTC) == dtstart.astimezone(UTC)
    client = rrulestr(to_rrule(r), dtstart=dtstart)
    theirs = [o.astimezone(UTC) for o in client]
    assert [o.astimezone(UTC) for o in ours] == theirs


def test_a_gap_time_with_fold_1_is_read_like_any_gap_time() -> None:
    """Found by the property test above: 02:00 does not exist in Sydney on 3 October 2027."""
    common = {"frequency": Frequency.QUARTERLY, "zone": "Australia/Sydney", "month_day": 3, "count": 1}
    plain = RecurrenceRule(local_time=time(2, 0), **common)  # type: ignore[arg-type]
    folded = RecurrenceRule(local_time=time(2, 0, fold=1), **common)  # type: ignore[arg-type]
    (first,) = iter_occurrences(folded, date(2027, 8, 1))
    assert first == next(iter_occurrences(plain, date(2027, 8, 1)))
    assert first.astimezone(UTC) == datetime(2027, 10, 2, 16, 0, tzinfo=UTC)  # 03:00 AEDT, after the gap
    assert folded.local_time.fold == 0
