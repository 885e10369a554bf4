"""The resolved rota (app.domain.oncall_coverage): overrides, swaps, now/next, gaps and monthly hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.crisis_roles import CrisisRole
from app.domain.oncall_coverage import CoverageGap, OnCallRoster, YearMonth
from app.domain.oncall_rotation import (
    Handover,
    Member,
    OnCallInvalid,
    Override,
    RotationPattern,
    ShiftSource,
    Swap,
)

H = timedelta(hours=1)
DAY = timedelta(days=1)
C = CrisisRole.COUNSELLOR
L = CrisisRole.CRISIS_LEAD
HR = CrisisRole.HR
LONDON = ZoneInfo("Europe/London")
SYDNEY = ZoneInfo("Australia/Sydney")
ZONES = ["Europe/London", "America/New_York", "Asia/Taipei", "Australia/Sydney"]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def london(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON).astimezone(UTC)


MEMBERS = (
    Member(1, "Ana", frozenset({C, L})),
    Member(2, "Bo", frozenset({C})),
    Member(3, "Chi", frozenset({C, HR})),
    Member(4, "Dev", frozenset({L, HR})),
)
# Counsellors weekly from Monday 5 January 2026, 09:00 London: 1, 2, 3, 1, 2, 3, ...
COUNSELLORS = RotationPattern(C, Handover.WEEKLY, (1, 2, 3), date(2026, 1, 5), time(9), "Europe/London", 0)
# Crisis lead daily at 08:00 London from 1 January 2026: 1, 4, 1, 4, ...
LEADS = RotationPattern(L, Handover.DAILY, (1, 4), date(2026, 1, 1), time(8), "Europe/London")
ROSTER = OnCallRoster(MEMBERS, (COUNSELLORS, LEADS))


def week(k: int) -> datetime:
    """Start of counsellor week ``k``."""
    return COUNSELLORS.period_start(k)


def summary(shifts: list) -> list[tuple[int, datetime, datetime, ShiftSource]]:
    return [(s.member_id, s.start, s.end, s.source) for s in shifts]


# --- roster validation ------------------------------------------------------------------------------


def test_roster_refuses_duplicate_members_and_rotation_members_without_the_role() -> None:
    with pytest.raises(OnCallInvalid) as excinfo:
        OnCallRoster(
            (*MEMBERS, Member(2, "Bo again", frozenset({C}))),
            (RotationPattern(HR, Handover.DAILY, (3, 1, 9), date(2026, 1, 1), time(9), "Europe/London"),),
        )
    fields = excinfo.value.fields
    assert fields == ("members[4].id", "rotations[0].member_ids")
    messages = [p.message for p in excinfo.value.problems]
    assert any("member 1, who does not hold the role hr" in m for m in messages)
    assert any("member 9, who is not on the rota" in m for m in messages)


def test_two_rotations_of_a_role_may_not_start_at_the_same_hand_over() -> None:
    again = RotationPattern(C, Handover.WEEKLY, (2,), date(2026, 1, 1), time(9), "Europe/London", 0)
    with pytest.raises(OnCallInvalid) as excinfo:
        ROSTER.with_rotation(again)  # 1 January moves to Monday 5 January: the same first hand-over
    assert excinfo.value.fields == ("anchor",)


def test_override_member_must_hold_the_role() -> None:
    with pytest.raises(OnCallInvalid) as excinfo:
        ROSTER.with_override(Override(C, 4, week(1), week(1) + DAY, "cover"))
    assert excinfo.value.fields == ("member_id",)
    with pytest.raises(OnCallInvalid) as excinfo:
        OnCallRoster(MEMBERS, (), (Override(C, 99, week(1), week(1) + DAY, "cover"),))
    assert excinfo.value.fields == ("overrides[0].member_id",)


def test_overlapping_overrides_of_a_role_are_refused_touching_ones_are_not() -> None:
    first = Override(C, 3, week(1), week(1) + DAY, "cover")
    roster = ROSTER.with_override(first)
    with pytest.raises(OnCallInvalid) as excinfo:
        roster.with_override(Override(C, 1, week(1) + 12 * H, week(1) + 2 * DAY, "more cover"))
    assert excinfo.value.fields == ("start",)
    assert "overlaps another override" in str(excinfo.value)
    touching = roster.with_override(Override(C, 1, week(1) + DAY, week(1) + 2 * DAY, "more cover"))
    assert len(touching.overrides) == 2
    # The same time in another role is a different arrangement.
    assert len(roster.with_override(Override(L, 4, week(1), week(1) + DAY, "x")).overrides) == 2
    with pytest.raises(OnCallInvalid) as excinfo:
        OnCallRoster(MEMBERS, (COUNSELLORS,), (first, Override(C, None, week(1) - H, week(1) + H, "x")))
    assert excinfo.value.fields == ("overrides[1].start",)


def test_a_refused_change_leaves_the_roster_as_it_was() -> None:
    with pytest.raises(OnCallInvalid):
        ROSTER.with_override(Override(C, 4, week(1), week(1) + DAY, "cover"))
    assert ROSTER.overrides == ()


def test_with_member_replaces_by_id_and_rechecks_the_rotations() -> None:
    renamed = ROSTER.with_member(Member(2, "Bo Lin", frozenset({C, HR})))
    assert renamed.member(2).display_name == "Bo Lin"
    assert len(renamed.members) == 4
    with pytest.raises(OnCallInvalid) as excinfo:
        ROSTER.with_member(Member(2, "Bo", frozenset({HR})))  # no longer a counsellor, still on the rota
    assert excinfo.value.fields == ("rotations[0].member_ids",)


# --- scheduled shifts -------------------------------------------------------------------------------


def test_shifts_in_a_window_are_whole_sorted_and_scheduled() -> None:
    shifts = ROSTER.shifts(week(1) + H, week(1) + 2 * H, roles=[C])
    assert summary(shifts) == [(2, week(1), week(2), ShiftSource.SCHEDULED)]
    both = ROSTER.shifts(london(2026, 1, 12, 7), london(2026, 1, 12, 10))
    # By start: counsellor week of 5 January, lead of the 11th, lead of the 12th, counsellor week of the 12th.
    assert [(s.role, s.member_id) for s in both] == [(C, 1), (L, 1), (L, 4), (C, 2)]
    assert [s.start for s in both] == sorted(s.start for s in both)


def test_a_later_rotation_takes_over_from_its_first_hand_over() -> None:
    new = RotationPattern(C, Handover.DAILY, (2, 3), date(2026, 1, 21), time(12), "Europe/London")
    roster = ROSTER.with_rotation(new)
    shifts = roster.shifts(week(2), london(2026, 1, 23, 12), roles=[C])
    assert summary(shifts) == [
        (3, week(2), london(2026, 1, 21, 12), ShiftSource.SCHEDULED),  # the weekly period, cut short
        (2, london(2026, 1, 21, 12), london(2026, 1, 22, 12), ShiftSource.SCHEDULED),
        (3, london(2026, 1, 22, 12), london(2026, 1, 23, 12), ShiftSource.SCHEDULED),
    ]
    assert roster.coverage_gaps(week(0), week(10), [C]) == []


# --- overrides --------------------------------------------------------------------------------------


def test_an_override_inside_a_shift_cuts_it_in_two() -> None:
    start, end = week(1) + 2 * DAY, week(1) + 3 * DAY
    roster = ROSTER.with_override(Override(C, 3, start, end, "dentist"))
    assert summary(roster.shifts(week(1), week(2), roles=[C])) == [
        (2, week(1), start, ShiftSource.SCHEDULED),
        (3, start, end, ShiftSource.OVERRIDE),
        (2, end, week(2), ShiftSource.SCHEDULED),
    ]
    assert roster.on_call(C, start + H).member_id == 3
    assert roster.on_call(C, end).member_id == 2


def test_an_override_across_a_hand_over_replaces_both_people() -> None:
    start, end = week(2) - 6 * H, week(2) + 6 * H
    roster = ROSTER.with_override(Override(C, 1, start, end, "hand-over cover"))
    assert summary(roster.shifts(week(1), week(3) - H, roles=[C])) == [
        (2, week(1), start, ShiftSource.SCHEDULED),
        (1, start, end, ShiftSource.OVERRIDE),
        (3, end, week(3), ShiftSource.SCHEDULED),
    ]


def test_an_override_can_cover_time_no_rotation_covers() -> None:
    roster = ROSTER.with_override(Override(HR, 4, utc(2026, 2, 1), utc(2026, 2, 3), "audit weekend"))
    assert summary(roster.shifts(utc(2026, 1, 1), utc(2026, 3, 1), roles=[HR])) == [
        (4, utc(2026, 2, 1), utc(2026, 2, 3), ShiftSource.OVERRIDE)
    ]


# --- swaps ------------------------------------------------------------------------------------------


def test_a_swap_exchanges_two_shifts_and_an_override_still_applies_on_top() -> None:
    roster = ROSTER.with_swap(Swap(C, 2, week(1), 3, week(5), "holiday"))
    assert summary(roster.shifts(week(1), week(6), roles=[C])) == [
        (3, week(1), week(2), ShiftSource.SWAP),
        (3, week(2), week(3), ShiftSource.SCHEDULED),
        (1, week(3), week(4), ShiftSource.SCHEDULED),
        (2, week(4), week(5), ShiftSource.SCHEDULED),
        (2, week(5), week(6), ShiftSource.SWAP),
    ]
    covered = roster.with_override(Override(C, 1, week(5), week(5) + DAY, "train strike"))
    assert summary(covered.shifts(week(5), week(6), roles=[C])) == [
        (1, week(5), week(5) + DAY, ShiftSource.OVERRIDE),
        (2, week(5) + DAY, week(6), ShiftSource.SWAP),
    ]


@pytest.mark.parametrize(
    ("swap", "fields"),
    [
        (Swap(C, 2, week(1) + H, 3, week(5), "x"), ("first_shift_start",)),  # not a shift start
        (Swap(C, 1, week(1), 3, week(5), "x"), ("first_shift_start",)),  # week 1 is member 2's
        (Swap(C, 2, week(1), 4, week(5), "x"), ("second_member_id",)),  # 4 is no counsellor
        (Swap(HR, 3, week(1), 4, week(5), "x"), ("first_shift_start", "second_shift_start")),  # no rota
        (Swap(C, 2, week(-1), 3, week(5), "x"), ("first_shift_start",)),  # before the rota starts
    ],
)
def test_a_swap_must_name_scheduled_shifts_of_its_members(swap: Swap, fields: tuple[str, ...]) -> None:
    with pytest.raises(OnCallInvalid) as excinfo:
        ROSTER.with_swap(swap)
    assert excinfo.value.fields == fields


def test_a_shift_can_be_in_one_swap_only() -> None:
    roster = ROSTER.with_swap(Swap(C, 2, week(1), 3, week(5), "x"))
    with pytest.raises(OnCallInvalid) as excinfo:
        roster.with_swap(Swap(C, 1, week(3), 2, week(1), "y"))
    assert excinfo.value.fields == ("second_shift_start",)
    assert "already part of another swap" in str(excinfo.value)


def test_a_rotation_edit_that_would_swap_other_people_is_refused() -> None:
    roster = ROSTER.with_swap(Swap(C, 2, week(1), 3, week(5), "x"))
    reordered = RotationPattern(C, Handover.WEEKLY, (3, 2, 1), date(2026, 1, 8), time(9), "Europe/London", 0)
    with pytest.raises(OnCallInvalid) as excinfo:
        roster.with_rotation(reordered)  # from 12 January (week 1): 3, 2, 1, ...
    assert excinfo.value.fields == ("swaps[0].first_shift_start", "swaps[0].second_shift_start")


# --- now and next -----------------------------------------------------------------------------------


def test_on_call_now_and_next() -> None:
    at = week(1) + 30 * H
    now = ROSTER.on_call(C, at)
    following = ROSTER.next_shift(C, at)
    assert (now.member_id, now.start) == (2, week(1))
    assert (following.member_id, following.start) == (3, week(2))
    statuses = ROSTER.status(at)
    assert [s.role for s in statuses] == list(CrisisRole)
    lead = statuses[0]
    assert lead.role is L
    assert lead.now.member_id in {1, 4}
    assert lead.next.start == lead.now.end
    hr = next(s for s in statuses if s.role is HR)
    assert (hr.now, hr.next) == (None, None)


def test_next_skips_a_hole_and_finds_a_late_rotation() -> None:
    hole = Override(C, None, week(2), week(4), "nobody available")
    roster = ROSTER.with_override(hole)
    at = week(1) + H
    assert roster.next_shift(C, at).start == week(4)
    assert roster.on_call(C, week(3)) is None
    late = RotationPattern(HR, Handover.WEEKLY, (3, 4), date(2027, 6, 1), time(9), "Europe/London", 0)
    roster = roster.with_rotation(late)
    assert roster.next_shift(HR, at).start == late.starts_at
    assert roster.on_call(HR, at) is None


def test_on_call_at_a_hand_over_instant_is_the_incoming_member() -> None:
    assert ROSTER.on_call(C, week(2)).member_id == 3
    assert ROSTER.on_call(C, week(2) - timedelta(microseconds=1)).member_id == 2


def test_queries_refuse_naive_or_empty_windows() -> None:
    with pytest.raises(OnCallInvalid) as excinfo:
        ROSTER.shifts(datetime(2026, 1, 1), utc(2026, 2, 1))  # naive on purpose
    assert excinfo.value.fields == ("start",)
    with pytest.raises(OnCallInvalid) as excinfo:
        ROSTER.coverage_gaps(utc(2026, 2, 1), utc(2026, 2, 1), [C])
    assert excinfo.value.fields == ("end",)
    with pytest.raises(OnCallInvalid):
        ROSTER.on_call(C, datetime(2026, 1, 1))  # naive on purpose


# --- coverage gaps ----------------------------------------------------------------------------------


def test_a_required_role_with_no_rotation_is_one_gap_over_the_horizon() -> None:
    start, end = utc(2026, 3, 1), utc(2026, 4, 1)
    assert ROSTER.coverage_gaps(start, end, [HR, C]) == [CoverageGap(HR, start, end)]
    assert ROSTER.coverage_gaps(start, end, []) == []


def test_an_override_with_nobody_leaves_a_hole() -> None:
    start, end = week(3) + DAY, week(3) + 3 * DAY
    roster = ROSTER.with_override(Override(C, None, start, end, "off sick"))
    gaps = roster.coverage_gaps(week(2), week(6), [C, L])
    assert gaps == [CoverageGap(C, start, end)]
    assert gaps[0].duration == 2 * DAY


def test_a_rotation_starting_after_the_horizon_leaves_the_whole_horizon_uncovered() -> None:
    late = OnCallRoster(
        MEMBERS, (RotationPattern(HR, Handover.DAILY, (3,), date(2026, 9, 1), time(9), "Asia/Taipei"),)
    )
    start, end = utc(2026, 1, 1), utc(2026, 7, 1)
    assert late.coverage_gaps(start, end, [HR]) == [CoverageGap(HR, start, end)]
    # A horizon reaching into the rotation is uncovered only until its first hand-over (09:00 Taipei).
    assert late.coverage_gaps(start, utc(2026, 10, 1), [HR]) == [CoverageGap(HR, start, utc(2026, 9, 1, 1))]


def test_gaps_are_clipped_to_the_horizon_and_sorted() -> None:
    roster = ROSTER.with_override(Override(L, None, utc(2026, 2, 1), utc(2026, 2, 10), "x")).with_override(
        Override(C, None, utc(2026, 2, 5), utc(2026, 2, 6), "y")
    )
    gaps = roster.coverage_gaps(utc(2026, 2, 3), utc(2026, 3, 1), [C, L, HR])
    assert gaps == [
        CoverageGap(L, utc(2026, 2, 3), utc(2026, 2, 10)),
        CoverageGap(HR, utc(2026, 2, 3), utc(2026, 3, 1)),
        CoverageGap(C, utc(2026, 2, 5), utc(2026, 2, 6)),
    ]


# --- monthly hours ----------------------------------------------------------------------------------


def test_monthly_hours_split_at_local_midnight_and_count_elapsed_time() -> None:
    # Counsellor weeks from Monday 23 February: members 2, 3 (2 March), 1, 2, 3 (23 March, 167 h), 1.
    rows = ROSTER.monthly_hours(YearMonth(2026, 3), YearMonth(2026, 3), LONDON)
    counsellor_total = sum((r.by_role.get(C, timedelta(0)) for r in rows), timedelta(0))
    lead_total = sum((r.by_role.get(L, timedelta(0)) for r in rows), timedelta(0))
    assert counsellor_total == lead_total == 743 * H  # 31 days less the hour lost on 29 March
    # Member 2 holds the week from Monday 23 Feb: 1 March 00:00 to 2 March 09:00 is 33 hours in March.
    assert ROSTER.on_call(C, london(2026, 3, 1)).member_id == 2
    by_member = {r.member_id: r for r in rows}
    assert by_member[2].by_role[C] == (33 + 168) * H  # plus week 10 (9 - 16 March)
    assert by_member[2].total == by_member[2].hours() * H
    assert by_member[3].by_role == {C: (168 + 167) * H}
    # Week of 9 March, then 30 March 09:00 BST to 1 April 00:00 BST: the week is split at local midnight.
    assert by_member[1].by_role[C] == (168 + 39) * H
    assert by_member[1].total == by_member[1].by_role[C] + by_member[1].by_role[L]
    assert by_member[1].hours(HR) == 0


def test_monthly_hours_are_per_role_and_rows_come_by_month_then_member() -> None:
    rows = ROSTER.monthly_hours(YearMonth(2026, 9), YearMonth(2026, 11), LONDON)
    assert [(r.month, r.member_id) for r in rows] == [
        (YearMonth(2026, m), i) for m in (9, 10, 11) for i in (1, 2, 3, 4)
    ]
    october = [r for r in rows if r.month == YearMonth(2026, 10)]
    assert sum((r.total for r in october), timedelta(0)) == 2 * 745 * H  # two roles, the hour gained
    member_4 = next(r for r in october if r.member_id == 4)
    assert set(member_4.by_role) == {L}
    assert list(rows[0].by_role) == [L, C]  # roles in their usual order


def test_monthly_hours_in_sydney_follow_southern_daylight_saving() -> None:
    rota = RotationPattern(C, Handover.WEEKLY, (2, 3), date(2026, 1, 1), time(9), "Australia/Sydney", 0)
    roster = OnCallRoster(MEMBERS, (rota,))
    rows = roster.monthly_hours(YearMonth(2026, 4), YearMonth(2026, 10), SYDNEY)
    per_month = {}
    for row in rows:
        per_month[row.month.month] = per_month.get(row.month.month, timedelta(0)) + row.total
    assert per_month[4] == (30 * 24 + 1) * H  # clocks go back on 5 April
    assert per_month[7] == 31 * 24 * H
    assert per_month[10] == (31 * 24 - 1) * H  # forward on 4 October


def test_monthly_hours_in_utc_and_bad_arguments() -> None:
    rows = ROSTER.monthly_hours(YearMonth(2026, 1), YearMonth(2026, 1), UTC)
    # Both rotas start on 1 January (08:00 London = UTC) and 5 January: less than 31 days each.
    leads = sum((r.by_role.get(L, timedelta(0)) for r in rows), timedelta(0))
    assert leads == 31 * 24 * H - 8 * H
    with pytest.raises(OnCallInvalid):
        ROSTER.monthly_hours(YearMonth(2026, 5), YearMonth(2026, 4), LONDON)
    with pytest.raises(OnCallInvalid):
        ROSTER.monthly_hours(YearMonth(2026, 13), YearMonth(2027, 1), LONDON)
    with pytest.raises(OnCallInvalid):
        ROSTER.monthly_hours(YearMonth(2026, 1), YearMonth(2026, 1), timedelta(hours=1))  # type: ignore[arg-type]


def test_year_month_steps_over_the_year_end() -> None:
    assert YearMonth(2026, 12).following() == YearMonth(2027, 1)
    assert YearMonth.of(date(2026, 2, 14)) == YearMonth(2026, 2)
    assert YearMonth(2026, 3).starts_at(LONDON) == utc(2026, 3, 1)
    assert YearMonth(2026, 4).starts_at(LONDON) == utc(2026, 3, 31, 23)


# --- personal calendar ------------------------------------------------------------------------------


def test_member_shifts_are_final_and_across_roles() -> None:
    roster = ROSTER.with_swap(Swap(C, 1, week(3), 2, week(4), "x")).with_override(
        Override(L, 4, london(2026, 1, 27, 8), london(2026, 1, 28, 8), "y")
    )
    mine = roster.member_shifts(1, week(3), week(5))
    assert {s.role for s in mine} == {C, L}
    counsellor = [s for s in mine if s.role is C]
    assert summary(counsellor) == [(1, week(4), week(5), ShiftSource.SWAP)]
    leads = [s for s in mine if s.role is L]
    assert ROSTER.on_call(L, london(2026, 1, 27, 9)).member_id == 1
    assert london(2026, 1, 27, 8) not in {s.start for s in leads}  # given to member 4 by the override
    # Member 1 leads on odd days; the 27th went to member 4, so the first one left is the 29th.
    assert [s.start for s in leads] == [
        london(2026, m, d, 8) for m, d in ((1, 29), (1, 31), (2, 2), (2, 4), (2, 6), (2, 8))
    ]
    assert all(s.member_id == 1 for s in mine)
    assert [s.start for s in mine] == sorted(s.start for s in mine)


# --- properties -------------------------------------------------------------------------------------


@st.composite
def rotations(draw: st.DrawFn, role: CrisisRole = C) -> RotationPattern:
    handover = draw(st.sampled_from(list(Handover)))
    return RotationPattern(
        role,
        handover,
        tuple(draw(st.lists(st.sampled_from([1, 2, 3]), min_size=1, max_size=4))),
        draw(st.dates(min_value=date(2025, 10, 1), max_value=date(2026, 6, 1))),
        draw(st.times()),
        draw(st.sampled_from(ZONES)),
        draw(st.integers(0, 6)) if handover is Handover.WEEKLY else None,
    )


@st.composite
def overrides(draw: st.DrawFn) -> tuple[Override, ...]:
    """Non-overlapping overrides between the cut points drawn (some naming nobody)."""
    hours = sorted(set(draw(st.lists(st.integers(0, 24 * 365), max_size=10))))
    found = []
    for a, b in zip(hours[::2], hours[1::2], strict=False):
        member = draw(st.sampled_from([1, 2, 3, None]))
        found.append(Override(C, member, utc(2026, 1, 1) + a * H, utc(2026, 1, 1) + b * H, "cover"))
    return tuple(found)


HORIZON = st.tuples(st.integers(0, 24 * 300), st.integers(1, 24 * 60))


@settings(max_examples=60, deadline=None)
@given(patterns=st.lists(rotations(), min_size=0, max_size=3), extra=overrides(), horizon=HORIZON)
def test_final_shifts_of_a_role_never_overlap(patterns, extra, horizon) -> None:
    unique = list({p.starts_at: p for p in patterns}.values())
    roster = OnCallRoster(MEMBERS, unique, extra)
    start = utc(2026, 1, 1) + horizon[0] * H
    end = start + horizon[1] * H
    shifts = roster.shifts(start, end, roles=[C])
    for a, b in pairwise(shifts):
        assert a.end <= b.start
    for shift in shifts:
        assert shift.start < shift.end
        assert shift.end > start
        assert shift.start < end
    # Gaps and shifts clipped to the horizon partition it exactly.
    covered = sum((min(s.end, end) - max(s.start, start) for s in shifts), timedelta(0))
    uncovered = sum((g.duration for g in roster.coverage_gaps(start, end, [C])), timedelta(0))
    assert covered + uncovered == end - start


@settings(max_examples=60, deadline=None)
@given(pattern=rotations(), horizon=HORIZON)
def test_without_overrides_shifts_tile_the_horizon_from_the_rotation_start(pattern, horizon) -> None:
    roster = OnCallRoster(MEMBERS, (pattern,))
    start = utc(2026, 1, 1) + horizon[0] * H
    end = start + horizon[1] * H
    shifts = roster.shifts(start, end, roles=[C])
    for a, b in pairwise(shifts):
        assert a.end == b.start
        assert b.source is ShiftSource.SCHEDULED
    gaps = roster.coverage_gaps(start, end, [C])
    if pattern.starts_at >= end:
        assert shifts == []
        assert gaps == [CoverageGap(C, start, end)]
    elif pattern.starts_at > start:
        assert shifts[0].start == pattern.starts_at
        assert gaps == [CoverageGap(C, start, pattern.starts_at)]
    else:
        assert shifts[0].start <= start
        assert shifts[-1].end >= end
        assert gaps == []
    for shift in shifts:
        local = shift.start.astimezone(pattern.zone).replace(tzinfo=None)
        wanted = datetime.combine(local.date(), pattern.handover_time)
        # Every hand-over is at the set local time, or later by the spring-forward gap (at most 1 h).
        assert timedelta(0) <= local - wanted <= H


@settings(max_examples=40, deadline=None)
@given(
    patterns=st.lists(rotations(), min_size=1, max_size=2),
    swap_weeks=st.integers(0, 20),
    zone=st.sampled_from(ZONES),
    first_month=st.integers(7, 12),
    months=st.integers(0, 4),
)
def test_monthly_hours_add_up_to_each_month_for_a_covered_role(
    patterns, swap_weeks, zone, first_month, months
) -> None:
    unique = list({p.starts_at: p for p in patterns}.values())
    leads = RotationPattern(L, Handover.DAILY, (1, 4), date(2026, 5, 1), time(8), "Asia/Taipei")
    roster = OnCallRoster(MEMBERS, (*unique, leads))
    # A swap moves hours between people but never changes a month's total.
    first = roster.shifts(
        utc(2026, 7, 1) + swap_weeks * 7 * DAY, utc(2026, 7, 2) + swap_weeks * 7 * DAY, [C]
    )[0]
    later = [s for s in roster.shifts(first.end, first.end + 30 * DAY, [C]) if s.member_id != first.member_id]
    if later:
        roster = roster.with_swap(
            Swap(C, first.member_id, first.start, later[0].member_id, later[0].start, "x")
        )
    tz = ZoneInfo(zone)
    start_month = YearMonth(2026, first_month)
    last_month = start_month
    for _ in range(months):
        last_month = last_month.following()
    rows = roster.monthly_hours(start_month, last_month, tz)
    month = start_month
    while month <= last_month:
        length = month.following().starts_at(tz) - month.starts_at(tz)
        for role in (C, L):
            total = sum((r.by_role.get(role, timedelta(0)) for r in rows if r.month == month), timedelta(0))
            assert total == length
        assert sum((r.total for r in rows if r.month == month), timedelta(0)) == 2 * length
        month = month.following()


def test_removing_things_is_checked_like_adding_them() -> None:
    swap = Swap(C, 2, week(1), 3, week(5), "x")
    override = Override(C, 1, week(2), week(2) + DAY, "y")
    roster = ROSTER.with_swap(swap).with_override(override)
    assert roster.without_override(override).overrides == ()
    assert roster.without_swap(swap).on_call(C, week(1)).member_id == 2
    with pytest.raises(OnCallInvalid) as excinfo:
        roster.without_rotation(COUNSELLORS)  # the swap's shifts would no longer exist
    assert excinfo.value.fields == ("swaps[0].first_shift_start", "swaps[0].second_shift_start")
    with pytest.raises(OnCallInvalid) as excinfo:
        roster.without_member(4)  # still on the crisis-lead rota
    assert excinfo.value.fields == ("rotations[1].member_ids",)
    edited = ROSTER.without_rotation(LEADS).with_rotation(
        RotationPattern(L, Handover.WEEKLY, (4,), date(2026, 1, 1), time(8), "Europe/London", 3)
    )
    assert edited.on_call(L, london(2026, 1, 1, 9)).member_id == 4
    assert edited.on_call(L, london(2026, 1, 1, 7)) is None
    assert ROSTER.with_member(Member(9, "Eve", frozenset({HR}))).without_member(9) == ROSTER


def test_roster_repr_shows_no_names_numbers_or_reasons() -> None:
    member = Member(5, "Wang Xiaoming", frozenset({HR}), ("0912 345 678",))
    roster = OnCallRoster((*MEMBERS, member), (COUNSELLORS,)).with_override(
        Override(HR, 5, week(1), week(2), "chemotherapy for Ana")
    )
    text = repr(roster)
    assert "Member(id=5)" in text
    for secret in ("Wang", "0912", "chemotherapy", "Ana"):
        assert secret not in text
