"""On-call building blocks (app.domain.oncall_rotation): local hand-overs across DST, periods, validation."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.crisis_roles import CrisisRole
from app.domain.oncall_rotation import (
    Handover,
    Member,
    OnCallInvalid,
    Override,
    RotationPattern,
    Shift,
    ShiftSource,
    Swap,
    local_instant,
)

H = timedelta(hours=1)
C = CrisisRole.COUNSELLOR
LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
TAIPEI = ZoneInfo("Asia/Taipei")
SYDNEY = ZoneInfo("Australia/Sydney")
MONDAY = 0


def weekly(
    zone: str, anchor: date, at: time = time(9), members: tuple[int, ...] = (1, 2, 3)
) -> RotationPattern:
    return RotationPattern(C, Handover.WEEKLY, members, anchor, at, zone, MONDAY)


def daily(
    zone: str, anchor: date, at: time = time(9), members: tuple[int, ...] = (1, 2, 3)
) -> RotationPattern:
    return RotationPattern(C, Handover.DAILY, members, anchor, at, zone)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def problem_fields(excinfo: pytest.ExceptionInfo[OnCallInvalid]) -> set[str]:
    return set(excinfo.value.fields)


# --- stored codes -----------------------------------------------------------------------------------


def test_stored_codes_are_stable() -> None:
    assert [h.value for h in Handover] == ["daily", "weekly"]
    assert [s.value for s in ShiftSource] == ["scheduled", "override", "swap"]
    assert Handover.DAILY.days == 1
    assert Handover.WEEKLY.days == 7


# --- local hand-over times: the gap and fold rules ------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "at", "zone", "expected_utc", "expected_local_hour"),
    [
        # Spring forward, London 2026-03-29 01:00 -> 02:00: 01:30 does not exist, moves on by an hour.
        (date(2026, 3, 29), time(1, 30), LONDON, utc(2026, 3, 29, 1, 30), 2),
        # New York 2026-03-08 02:00 -> 03:00.
        (date(2026, 3, 8), time(2, 30), NEW_YORK, utc(2026, 3, 8, 7, 30), 3),
        # Sydney springs forward on 2026-10-04 02:00 -> 03:00.
        (date(2026, 10, 4), time(2, 30), SYDNEY, utc(2026, 10, 3, 16, 30), 3),
    ],
)
def test_a_hand_over_in_the_spring_gap_moves_forward_by_the_gap(
    day: date, at: time, zone: ZoneInfo, expected_utc: datetime, expected_local_hour: int
) -> None:
    instant = local_instant(day, at, zone)
    assert instant == expected_utc
    assert instant.tzinfo is UTC
    local = instant.astimezone(zone)
    assert (local.date(), local.hour, local.minute) == (day, expected_local_hour, 30)


@pytest.mark.parametrize(
    ("day", "at", "zone", "first_occurrence_utc"),
    [
        # London falls back 2026-10-25 02:00 BST -> 01:00 GMT: 01:30 happens twice; BST (+1) first.
        (date(2026, 10, 25), time(1, 30), LONDON, utc(2026, 10, 25, 0, 30)),
        # New York 2026-11-01 02:00 EDT -> 01:00 EST: 01:30 EDT (-4) first.
        (date(2026, 11, 1), time(1, 30), NEW_YORK, utc(2026, 11, 1, 5, 30)),
        # Sydney falls back 2026-04-05 03:00 AEDT -> 02:00 AEST: 02:30 AEDT (+11) first.
        (date(2026, 4, 5), time(2, 30), SYDNEY, utc(2026, 4, 4, 15, 30)),
    ],
)
def test_an_ambiguous_hand_over_is_the_first_occurrence(
    day: date, at: time, zone: ZoneInfo, first_occurrence_utc: datetime
) -> None:
    assert local_instant(day, at, zone) == first_occurrence_utc
    # The second occurrence is an hour later: proof the time really was ambiguous.
    second = datetime.combine(day, at).replace(tzinfo=zone, fold=1).astimezone(UTC)
    assert second - first_occurrence_utc == H


def test_local_instant_ignores_the_fold_and_zone_of_the_time_given() -> None:
    plain = local_instant(date(2026, 10, 25), time(1, 30), LONDON)
    assert local_instant(date(2026, 10, 25), time(1, 30, fold=1), LONDON) == plain


# --- weekly rotations across daylight saving ---------------------------------------------------------


@pytest.mark.parametrize(
    ("zone_name", "anchor", "expected_hours"),
    [
        # Weeks starting on Mondays; the change falls on the Sunday inside the second week.
        ("Europe/London", date(2026, 3, 16), [168, 167, 168]),
        ("Europe/London", date(2026, 10, 12), [168, 169, 168]),
        ("America/New_York", date(2026, 2, 23), [168, 167, 168]),
        ("America/New_York", date(2026, 10, 19), [168, 169, 168]),
        ("Australia/Sydney", date(2026, 3, 23), [168, 169, 168]),  # autumn in April down under
        ("Australia/Sydney", date(2026, 9, 21), [168, 167, 168]),  # spring in October
        ("Asia/Taipei", date(2026, 3, 16), [168, 168, 168]),  # no daylight saving at all
        ("Asia/Taipei", date(2026, 10, 12), [168, 168, 168]),
    ],
)
def test_weekly_hand_over_keeps_local_time_so_dst_weeks_have_167_or_169_hours(
    zone_name: str, anchor: date, expected_hours: list[int]
) -> None:
    pattern = weekly(zone_name, anchor)
    zone = ZoneInfo(zone_name)
    periods = list(pattern.periods(pattern.starts_at, pattern.period_start(3)))
    assert [p.index for p in periods] == [0, 1, 2]
    assert [(p.end - p.start) / H for p in periods] == expected_hours
    for period in periods:
        local = period.start.astimezone(zone)
        assert (local.weekday(), local.hour, local.minute) == (MONDAY, 9, 0)
        assert period.start.tzinfo is UTC


def test_periods_cycle_through_the_members_in_order_from_the_anchor() -> None:
    pattern = weekly("Europe/London", date(2026, 1, 5), members=(7, 3, 9))
    periods = list(pattern.periods(pattern.starts_at, pattern.period_start(7)))
    assert [p.member_id for p in periods] == [7, 3, 9, 7, 3, 9, 7]
    assert all(a.end == b.start for a, b in pairwise(periods))


def test_weekly_anchor_moves_to_the_first_hand_over_weekday_on_or_after_it() -> None:
    wednesday = date(2026, 1, 7)
    pattern = weekly("Europe/London", wednesday)
    assert pattern.first_handover_date == date(2026, 1, 12)  # the next Monday
    assert weekly("Europe/London", date(2026, 1, 12)).first_handover_date == date(2026, 1, 12)
    friday_rota = RotationPattern(C, Handover.WEEKLY, (1,), wednesday, time(17), "Europe/London", 4)
    assert friday_rota.starts_at == utc(2026, 1, 9, 17)


def test_a_period_is_a_half_open_interval_and_nothing_before_the_first_hand_over() -> None:
    pattern = weekly("Europe/London", date(2026, 1, 5))
    start = pattern.starts_at
    assert pattern.period_index(start - timedelta(microseconds=1)) is None
    assert pattern.period_index(start) == 0
    assert pattern.period_index(pattern.period_start(1) - timedelta(microseconds=1)) == 0
    assert pattern.period_index(pattern.period_start(1)) == 1
    assert pattern.period_index(pattern.period_start(52) + H) == 52


def test_periods_overlapping_a_window_are_whole_not_cut() -> None:
    pattern = weekly("Europe/London", date(2026, 1, 5))
    inside = pattern.period_start(2) + 3 * H
    found = list(pattern.periods(inside, inside + H))
    assert len(found) == 1
    assert found[0].start == pattern.period_start(2)
    assert found[0].end == pattern.period_start(3)
    assert list(pattern.periods(pattern.starts_at - 10 * H, pattern.starts_at)) == []


# --- daily rotations ----------------------------------------------------------------------------------


def test_daily_rotation_hands_over_every_day_and_dst_days_have_23_or_25_hours() -> None:
    pattern = daily("Europe/London", date(2026, 3, 27), time(8), members=(1, 2))
    periods = list(pattern.periods(pattern.starts_at, pattern.period_start(4)))
    assert [p.member_id for p in periods] == [1, 2, 1, 2]
    assert [(p.end - p.start) / H for p in periods] == [24, 23, 24, 24]  # 28 -> 29 March loses an hour
    assert [p.start.astimezone(LONDON).hour for p in periods] == [8, 8, 8, 8]
    autumn = daily("Europe/London", date(2026, 10, 24), time(8))
    assert (autumn.period_start(1) - autumn.period_start(0)) / H == 25


def test_daily_hand_over_inside_the_gap_and_the_fold() -> None:
    spring = daily("Europe/London", date(2026, 3, 28), time(1, 30))
    # 28 March 01:30 GMT; 29 March 01:30 does not exist -> 02:30 BST (01:30 UTC); 30 March 01:30 BST.
    assert [spring.period_start(i) for i in range(3)] == [
        utc(2026, 3, 28, 1, 30),
        utc(2026, 3, 29, 1, 30),
        utc(2026, 3, 30, 0, 30),
    ]
    autumn = daily("Europe/London", date(2026, 10, 24), time(1, 30))
    # 25 October 01:30 happens twice: the first (BST) one; the day after is 25 elapsed hours long.
    assert autumn.period_start(1) == utc(2026, 10, 25, 0, 30)
    assert (autumn.period_start(2) - autumn.period_start(1)) / H == 25


@given(
    zone_name=st.sampled_from(["Europe/London", "America/New_York", "Asia/Taipei", "Australia/Sydney"]),
    handover=st.sampled_from(list(Handover)),
    anchor=st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)),
    at=st.times(),
    offset=st.integers(min_value=-5_000_000, max_value=80_000_000),
)
def test_period_index_finds_the_period_holding_any_instant(
    zone_name: str, handover: Handover, anchor: date, at: time, offset: int
) -> None:
    weekday = 2 if handover is Handover.WEEKLY else None
    pattern = RotationPattern(C, handover, (1, 2), anchor, at, zone_name, weekday)
    instant = pattern.starts_at + timedelta(seconds=offset)
    index = pattern.period_index(instant)
    if instant < pattern.starts_at:
        assert index is None
    else:
        assert index is not None
        assert pattern.period_start(index) <= instant < pattern.period_start(index + 1)
        # Local hand-over days are 22 to 26 elapsed hours apart whatever the zone does.
        length = pattern.period_start(index + 1) - pattern.period_start(index)
        assert abs(length - timedelta(days=handover.days)) <= 2 * H


# --- members ----------------------------------------------------------------------------------------


def test_member_is_cleaned_and_its_repr_shows_only_the_id() -> None:
    member = Member(
        4, "  Chen  Mei-ling ", frozenset({C, CrisisRole.HR}), ("+44 20 7946 0958", "0912-345-678 ext. 12")
    )
    assert member.display_name == "Chen  Mei-ling"
    assert member.holds(C)
    assert not member.holds(CrisisRole.LEGAL)
    assert repr(member) == "Member(id=4)"
    assert "Chen" not in str(member)
    assert "7946" not in repr(member)


def test_member_roles_may_be_given_as_stored_codes() -> None:
    member = Member(1, "A", frozenset({"legal", "pr"}))  # type: ignore[arg-type]
    assert member.roles == {CrisisRole.LEGAL, CrisisRole.PR}


def test_member_problems_are_collected_and_never_quote_the_value() -> None:
    with pytest.raises(OnCallInvalid) as excinfo:
        Member(0, "  ", frozenset(), ("call me maybe 0912",))
    assert problem_fields(excinfo) == {"id", "display_name", "roles", "contact_numbers[0]"}
    assert "call me" not in str(excinfo.value)


@pytest.mark.parametrize("bad_id", [True, -3, 0, "7", 2.0])
def test_member_id_must_be_a_positive_whole_number(bad_id: object) -> None:
    with pytest.raises(OnCallInvalid, match="id"):
        Member(bad_id, "A", frozenset({C}))  # type: ignore[arg-type]


def test_member_refuses_unknown_roles_and_too_many_numbers() -> None:
    with pytest.raises(OnCallInvalid) as excinfo:
        Member(1, "A", frozenset({"janitor"}), tuple(f"0912 00{i}" for i in range(6)))  # type: ignore[arg-type]
    assert problem_fields(excinfo) == {"roles", "contact_numbers"}


def test_member_refuses_a_single_string_for_roles_or_numbers() -> None:
    with pytest.raises(OnCallInvalid) as excinfo:
        Member(1, "A", "hr", "0912 345 678")  # type: ignore[arg-type]
    assert problem_fields(excinfo) == {"roles", "contact_numbers"}


# --- rotation pattern validation ----------------------------------------------------------------------


def test_rotation_pattern_collects_every_problem() -> None:
    with pytest.raises(OnCallInvalid) as excinfo:
        RotationPattern(
            "nobody",  # type: ignore[arg-type]
            "hourly",  # type: ignore[arg-type]
            (),
            datetime(2026, 1, 1, tzinfo=UTC),
            time(9, tzinfo=UTC),
            "Mars/Olympus_Mons",
        )
    assert problem_fields(excinfo) == {
        "role",
        "handover",
        "member_ids",
        "anchor",
        "handover_time",
        "time_zone",
    }


@pytest.mark.parametrize(
    ("handover", "weekday", "field"),
    [(Handover.WEEKLY, None, "weekday"), (Handover.WEEKLY, 7, "weekday"), (Handover.DAILY, 0, "weekday")],
)
def test_weekday_is_required_for_weekly_and_refused_for_daily(
    handover: Handover, weekday: int | None, field: str
) -> None:
    with pytest.raises(OnCallInvalid) as excinfo:
        RotationPattern(C, handover, (1,), date(2026, 1, 1), time(9), "Europe/London", weekday)
    assert problem_fields(excinfo) == {field}


@pytest.mark.parametrize("zone", ["", "../etc/passwd", "Europe/Atlantis", 3])
def test_time_zone_must_be_an_iana_name(zone: object) -> None:
    with pytest.raises(OnCallInvalid) as excinfo:
        RotationPattern(C, Handover.DAILY, (1,), date(2026, 1, 1), time(9), zone)  # type: ignore[arg-type]
    assert problem_fields(excinfo) == {"time_zone"}


def test_anchor_must_be_a_plausible_date_and_member_ids_positive() -> None:
    with pytest.raises(OnCallInvalid) as excinfo:
        RotationPattern(C, Handover.DAILY, (1, True), date(1066, 10, 14), time(9), "Europe/London")  # type: ignore[arg-type]
    assert problem_fields(excinfo) == {"anchor", "member_ids"}


def test_rotation_accepts_stored_codes_and_keeps_repeated_members() -> None:
    pattern = RotationPattern("hr", "weekly", [1, 2, 1], date(2026, 1, 5), time(9), "Asia/Taipei", 0)  # type: ignore[arg-type]
    assert pattern.role is CrisisRole.HR
    assert pattern.handover is Handover.WEEKLY
    assert pattern.member_ids == (1, 2, 1)
    assert pattern.zone == TAIPEI


# --- overrides and swaps ------------------------------------------------------------------------------


def test_override_is_stored_in_utc_and_its_repr_hides_the_reason() -> None:
    start = datetime(2026, 5, 4, 9, tzinfo=TAIPEI)
    override = Override(C, 2, start, start + 8 * H, "  surgery on Tuesday ")
    assert override.start == utc(2026, 5, 4, 1)
    assert override.start.tzinfo is UTC
    assert override.reason == "surgery on Tuesday"
    assert "surgery" not in repr(override)
    assert "member_id=2" in repr(override)


def test_override_with_nobody_is_allowed() -> None:
    override = Override(C, None, utc(2026, 5, 4), utc(2026, 5, 5), "off sick, no cover found")
    assert override.member_id is None


@pytest.mark.parametrize(
    ("start", "end", "reason", "fields"),
    [
        (utc(2026, 5, 4), utc(2026, 5, 4), "cover", {"end"}),
        (utc(2026, 5, 4), utc(2026, 5, 3), "cover", {"end"}),
        (datetime(2026, 5, 4), utc(2026, 5, 5), "cover", {"start"}),  # naive on purpose
        (utc(2026, 5, 4), utc(2026, 5, 5), "   ", {"reason"}),
        (utc(2026, 5, 4), utc(2026, 5, 5), "bad\x00", {"reason"}),
    ],
)
def test_override_validation(start: datetime, end: datetime, reason: str, fields: set[str]) -> None:
    with pytest.raises(OnCallInvalid) as excinfo:
        Override(C, 1, start, end, reason)
    assert problem_fields(excinfo) == fields


def test_swap_needs_two_members_two_shifts_and_a_reason() -> None:
    with pytest.raises(OnCallInvalid) as excinfo:
        Swap(C, 1, utc(2026, 5, 4), 1, utc(2026, 5, 4), "")
    assert problem_fields(excinfo) == {"second_member_id", "second_shift_start", "reason"}
    swap = Swap(C, 1, datetime(2026, 5, 4, 9, tzinfo=LONDON), 2, utc(2026, 5, 11, 8), "wedding")
    assert swap.first_shift_start == utc(2026, 5, 4, 8)
    assert "wedding" not in repr(swap)


def test_shift_duration_is_elapsed_time() -> None:
    shift = Shift(C, 1, utc(2026, 3, 23, 9), utc(2026, 3, 30, 8), ShiftSource.SCHEDULED)
    assert shift.duration == 167 * H
    assert shift.contains(utc(2026, 3, 23, 9))
    assert not shift.contains(utc(2026, 3, 30, 8))
