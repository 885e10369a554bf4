"""Deadline clocks (app.domain.clocks): UTC elapsed-time arithmetic, states, per-grade targets, follow-ups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.clocks import (
    DEFAULT_GRADE_TARGETS,
    GRADE_CODES,
    ONE_MONTH,
    Clock,
    ClockError,
    ClockKind,
    ClockState,
    FollowUpSchedule,
    FollowUpTask,
    GradeTargets,
    ResponseTargets,
    check_grade_code,
    incident_clocks,
    next_due,
    require_aware,
)

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
TAIPEI = ZoneInfo("Asia/Taipei")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
H = timedelta(hours=1)
MIN = timedelta(minutes=1)


def clock(target: timedelta = 4 * H, stopped_at: datetime | None = None, start: datetime = T0) -> Clock:
    return Clock(ClockKind.ACKNOWLEDGE, start, target, stopped_at)


# --- stable codes ---------------------------------------------------------------------------------


def test_stored_codes_are_stable() -> None:
    assert [k.value for k in ClockKind] == [
        "acknowledge",
        "start_response",
        "follow_up_contact",
        "follow_up_tracking",
        "follow_up_recovery_plan",
        "breach_notice",
    ]
    assert [s.value for s in ClockState] == ["not_started", "running", "overdue", "met", "missed"]
    assert GRADE_CODES == ("I", "II", "III", "IV")
    assert timedelta(days=30) == ONE_MONTH


# --- aware datetimes only --------------------------------------------------------------------------


def test_naive_datetimes_are_refused_with_a_clear_message() -> None:
    naive = datetime(2026, 3, 2, 9, 0)
    with pytest.raises(ClockError, match=r"has no time zone.*zoneinfo"):
        Clock(ClockKind.ACKNOWLEDGE, naive, H)
    with pytest.raises(ClockError, match="Completion of clock"):
        Clock(ClockKind.ACKNOWLEDGE, T0, H, naive)
    with pytest.raises(ClockError, match="now"):
        clock().state(naive)
    with pytest.raises(ClockError, match="now"):
        clock().time_left(naive)
    with pytest.raises(ClockError, match="reported time"):
        incident_clocks("I", naive)
    with pytest.raises(ClockError, match="follow-up start"):
        FollowUpSchedule().tasks(naive)


def test_non_datetimes_are_refused() -> None:
    with pytest.raises(ClockError, match="must be a datetime"):
        require_aware("2026-03-02T09:00Z", "The start")  # type: ignore[arg-type]


def test_aware_times_are_stored_in_utc() -> None:
    local = datetime(2026, 3, 2, 17, 0, tzinfo=TAIPEI)  # UTC+8
    c = Clock(ClockKind.ACKNOWLEDGE, local, H, local + 30 * MIN)
    assert c.started_at == T0
    assert c.started_at.tzinfo is UTC
    assert c.stopped_at is not None
    assert c.stopped_at.tzinfo is UTC
    assert c.due_at == T0 + H
    assert c.due_at.tzinfo is UTC
    # An equal instant given in another zone gives an equal clock.
    assert c == Clock(ClockKind.ACKNOWLEDGE, T0, H, T0 + 30 * MIN)


def test_fixed_offset_zones_are_accepted() -> None:
    c = clock(start=datetime(2026, 3, 2, 4, 0, tzinfo=timezone(timedelta(hours=-5))))
    assert c.started_at == T0


# --- validation ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("target", [timedelta(0), -MIN])
def test_target_must_be_positive(target: timedelta) -> None:
    with pytest.raises(ClockError, match="longer than zero"):
        clock(target)


def test_target_must_be_a_timedelta() -> None:
    with pytest.raises(ClockError, match="must be a duration"):
        Clock(ClockKind.ACKNOWLEDGE, T0, 60)  # type: ignore[arg-type]


def test_done_before_start_is_refused() -> None:
    with pytest.raises(ClockError, match="before it started"):
        clock(stopped_at=T0 - MIN)


def test_due_after_year_9999_is_refused() -> None:
    with pytest.raises(ClockError, match="9999"):
        Clock(ClockKind.ACKNOWLEDGE, datetime(9999, 12, 31, tzinfo=UTC), timedelta(days=2))


# --- states and time left ------------------------------------------------------------------------------


def test_running_clock() -> None:
    c = clock()
    assert c.due_at == T0 + 4 * H
    assert c.met is None
    assert c.time_left(T0) == 4 * H
    assert c.time_left(T0 + H) == 3 * H
    assert c.state(T0 + H) is ClockState.RUNNING
    assert c.elapsed(T0 + H) == H


def test_due_instant_itself_is_still_on_time() -> None:
    c = clock()
    assert c.time_left(c.due_at) == timedelta(0)
    assert c.state(c.due_at) is ClockState.RUNNING
    assert clock(stopped_at=T0 + 4 * H).state(T0 + 100 * H) is ClockState.MET


def test_overdue_clock_has_negative_time_left() -> None:
    c = clock()
    assert c.state(T0 + 4 * H + timedelta(microseconds=1)) is ClockState.OVERDUE
    assert c.time_left(T0 + 5 * H) == -H
    assert c.met is None  # not done yet: not decided until it is


def test_met_clock_freezes_its_margin() -> None:
    c = clock(stopped_at=T0 + 3 * H)
    assert c.met is True
    assert c.state(T0 + 100 * H) is ClockState.MET
    assert c.time_left(T0 + 100 * H) == H
    assert c.time_left(T0) == H
    assert c.elapsed(T0 + 100 * H) == 3 * H


def test_missed_clock_freezes_how_late_it_was() -> None:
    c = clock(stopped_at=T0 + 6 * H)
    assert c.met is False
    assert c.state(T0) is ClockState.MISSED
    assert c.state(T0 + 100 * H) is ClockState.MISSED
    assert c.time_left(T0 + 100 * H) == -2 * H


def test_done_at_the_start_is_met() -> None:
    assert clock(stopped_at=T0).met is True


def test_next_due_picks_the_earliest_open_clock() -> None:
    done_early = Clock(ClockKind.ACKNOWLEDGE, T0, MIN, T0)
    later = Clock(ClockKind.START_RESPONSE, T0, 4 * H)
    sooner = Clock(ClockKind.BREACH_NOTICE, T0 + H, H)
    assert next_due([done_early, later, sooner]) is sooner
    assert next_due([done_early]) is None
    assert next_due([]) is None


aware_instants = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from([UTC, LONDON, NEW_YORK, TAIPEI, ZoneInfo("Australia/Lord_Howe")]),
)
durations = st.timedeltas(min_value=timedelta(seconds=1), max_value=timedelta(days=400))


@given(
    start=aware_instants,
    target=durations,
    offset=st.timedeltas(min_value=-timedelta(days=500), max_value=timedelta(days=500)),
)
def test_state_agrees_with_time_left(start: datetime, target: timedelta, offset: timedelta) -> None:
    c = Clock(ClockKind.ACKNOWLEDGE, start, target)
    now = start + offset
    left = c.time_left(now)
    assert c.due_at - c.started_at == target  # elapsed time, whatever the zone
    assert left == target - (now.astimezone(UTC) - c.started_at)
    assert c.state(now) is (ClockState.RUNNING if left >= timedelta(0) else ClockState.OVERDUE)


@given(
    start=aware_instants,
    target=durations,
    took=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=500)),
)
def test_met_iff_done_by_the_due_instant(start: datetime, target: timedelta, took: timedelta) -> None:
    c = Clock(ClockKind.ACKNOWLEDGE, start, target, start.astimezone(UTC) + took)
    assert c.met is (took <= target)
    assert c.state(start) is (ClockState.MET if took <= target else ClockState.MISSED)
    assert c.time_left(start) == target - took


# --- daylight saving: elapsed hours, not wall-clock hours ----------------------------------------------


def test_python_wall_clock_arithmetic_is_the_trap_being_avoided() -> None:
    """Adding a timedelta to a ZoneInfo datetime is wall-clock arithmetic: 72 h gives 71 real hours here."""
    friday = datetime(2026, 3, 27, 12, 0, tzinfo=LONDON)
    naive_sum = friday + timedelta(hours=72)
    assert naive_sum.astimezone(UTC) - friday.astimezone(UTC) == timedelta(hours=71)
    c = Clock(ClockKind.BREACH_NOTICE, friday, timedelta(hours=72))
    assert c.due_at - c.started_at == timedelta(hours=72)


@pytest.mark.parametrize(
    ("tz", "start_local", "due_local", "due_utc"),
    [
        # London, clocks go forward Sun 29 Mar 2026 01:00 GMT -> 02:00 BST: 72 h later reads one hour later.
        (LONDON, datetime(2026, 3, 27, 12, 0), datetime(2026, 3, 30, 13, 0), datetime(2026, 3, 30, 12, 0)),
        # London, clocks go back Sun 25 Oct 2026 02:00 BST -> 01:00 GMT: 72 h later reads one hour earlier.
        (LONDON, datetime(2026, 10, 23, 12, 0), datetime(2026, 10, 26, 11, 0), datetime(2026, 10, 26, 11, 0)),
        # New York, spring forward Sun 8 Mar 2026 02:00 EST -> 03:00 EDT.
        (NEW_YORK, datetime(2026, 3, 6, 9, 0), datetime(2026, 3, 9, 10, 0), datetime(2026, 3, 9, 14, 0)),
        # New York, fall back Sun 1 Nov 2026 02:00 EDT -> 01:00 EST.
        (NEW_YORK, datetime(2026, 10, 30, 9, 0), datetime(2026, 11, 2, 8, 0), datetime(2026, 11, 2, 13, 0)),
    ],
)
def test_72_hours_across_a_dst_weekend_is_72_elapsed_hours(
    tz: ZoneInfo, start_local: datetime, due_local: datetime, due_utc: datetime
) -> None:
    start = start_local.replace(tzinfo=tz)
    c = Clock(ClockKind.BREACH_NOTICE, start, timedelta(hours=72))
    assert c.due_at == due_utc.replace(tzinfo=UTC)
    assert c.due_at - c.started_at == timedelta(hours=72)
    rendered = c.due_local(tz)
    assert rendered.replace(tzinfo=None) == due_local
    assert rendered.tzinfo is tz
    assert c.started_local(tz) == start
    assert c.started_local(tz).replace(tzinfo=None) == start_local
    # One second before the due instant, seen from the same zone, it is still running.
    assert c.state(c.due_local(tz) - timedelta(seconds=1)) is ClockState.RUNNING
    assert c.state(c.due_local(tz) + timedelta(seconds=1)) is ClockState.OVERDUE


def test_rendering_in_two_zones_shows_the_same_instant() -> None:
    c = Clock(ClockKind.ACKNOWLEDGE, datetime(2026, 3, 7, 22, 0, tzinfo=NEW_YORK), timedelta(hours=24))
    ny = c.due_local(NEW_YORK)
    london = c.due_local(LONDON)
    assert ny == london
    assert ny.replace(tzinfo=None) == datetime(2026, 3, 8, 23, 0)  # 24 h later reads 25 h on the wall
    assert london.replace(tzinfo=None) == datetime(2026, 3, 9, 3, 0)
    assert c.stopped_local(LONDON) is None


def test_a_short_clock_inside_the_repeated_hour() -> None:
    """01:50 BST on the night the clocks go back, +15 min, is due at 01:05 GMT: earlier on the wall."""
    reported = datetime(2026, 10, 25, 1, 50, tzinfo=LONDON, fold=0)  # first 01:50, BST
    c = Clock(ClockKind.ACKNOWLEDGE, reported, timedelta(minutes=15))
    assert c.started_at == datetime(2026, 10, 25, 0, 50, tzinfo=UTC)
    local_due = c.due_local(LONDON)
    assert (local_due.hour, local_due.minute, local_due.fold) == (1, 5, 1)
    assert local_due.utcoffset() == timedelta(0)
    # The same wall time with fold=1 is an hour later in real time.
    second = Clock(ClockKind.ACKNOWLEDGE, reported.replace(fold=1), timedelta(minutes=15))
    assert second.started_at - c.started_at == H
    # Acknowledged at the second 01:00 (GMT): that is 10 real minutes after the report, so met.
    done = Clock(
        ClockKind.ACKNOWLEDGE,
        reported,
        timedelta(minutes=15),
        datetime(2026, 10, 25, 1, 0, tzinfo=LONDON, fold=1),
    )
    assert done.met is True
    assert done.elapsed(T0) == timedelta(minutes=10)


def test_a_time_in_the_skipped_hour_is_interpreted_as_python_does() -> None:
    """01:30 on 29 Mar 2026 does not exist in London; zoneinfo reads it with the offset before the gap."""
    c = Clock(ClockKind.ACKNOWLEDGE, datetime(2026, 3, 29, 1, 30, tzinfo=LONDON), H)
    assert c.started_at == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert c.due_local(LONDON).replace(tzinfo=None) == datetime(2026, 3, 29, 3, 30)


# --- response targets ----------------------------------------------------------------------------------


def test_default_targets_match_the_design() -> None:
    t = ResponseTargets.defaults()
    assert [(t.for_grade(g).acknowledge, t.for_grade(g).start_response) for g in GRADE_CODES] == [
        (timedelta(minutes=15), timedelta(hours=1)),
        (timedelta(hours=1), timedelta(hours=4)),
        (timedelta(hours=4), timedelta(hours=24)),
        (timedelta(hours=24), timedelta(hours=72)),
    ]
    assert t == ResponseTargets()
    assert list(t.by_grade) == list(GRADE_CODES)


def test_unknown_grade_codes_are_refused() -> None:
    assert check_grade_code("III") == "III"
    for bad in ("V", "i", "", "3", " I"):
        with pytest.raises(ClockError, match="Unknown grade"):
            check_grade_code(bad)
    with pytest.raises(ClockError, match="Unknown grade 'V'"):
        ResponseTargets.defaults().for_grade("V")


def test_targets_can_be_overridden_per_grade() -> None:
    t = ResponseTargets.with_overrides({"II": GradeTargets(30 * MIN, 2 * H)})
    assert t.for_grade("II") == GradeTargets(30 * MIN, 2 * H)
    assert t.for_grade("I") == DEFAULT_GRADE_TARGETS["I"]
    assert t != ResponseTargets.defaults()
    t2 = t.replace("IV", start_response=timedelta(hours=48))
    assert t2.for_grade("IV") == GradeTargets(timedelta(hours=24), timedelta(hours=48))
    assert t.for_grade("IV") == DEFAULT_GRADE_TARGETS["IV"]  # the original is unchanged
    assert hash(t2) == hash(ResponseTargets.defaults())  # hashable, consistent with ==


def test_targets_are_read_only() -> None:
    t = ResponseTargets.defaults()
    with pytest.raises(TypeError):
        t.by_grade["I"] = GradeTargets(H, H)  # type: ignore[index]


@pytest.mark.parametrize(
    ("ack", "start", "message"),
    [
        (timedelta(0), H, "acknowledge target must be longer than zero"),
        (H, -H, "start-response target must be longer than zero"),
        (2 * H, H, "cannot be longer than the start-response target"),
    ],
)
def test_grade_targets_are_validated(ack: timedelta, start: timedelta, message: str) -> None:
    with pytest.raises(ClockError, match=message):
        GradeTargets(ack, start)


def test_equal_acknowledge_and_start_targets_are_allowed() -> None:
    assert GradeTargets(H, H).acknowledge == H


def test_target_table_must_be_complete_and_known() -> None:
    partial = {g: DEFAULT_GRADE_TARGETS[g] for g in ("I", "II", "III")}
    with pytest.raises(ClockError, match="missing for grade IV"):
        ResponseTargets(partial)
    with pytest.raises(ClockError, match="unknown grades 'V'"):
        ResponseTargets({**DEFAULT_GRADE_TARGETS, "V": GradeTargets(H, H)})
    with pytest.raises(ClockError, match="Unknown grade"):
        ResponseTargets.with_overrides({"0": GradeTargets(H, H)})
    with pytest.raises(ClockError, match="must be GradeTargets"):
        ResponseTargets({**DEFAULT_GRADE_TARGETS, "I": (H, H)})  # type: ignore[dict-item]
    with pytest.raises(ClockError, match="cannot be longer"):
        ResponseTargets.defaults().replace("I", acknowledge=2 * H)


# --- incident clocks -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("grade", "ack", "start"),
    [("I", 15 * MIN, H), ("II", H, 4 * H), ("III", 4 * H, 24 * H), ("IV", 24 * H, 72 * H)],
)
def test_incident_clocks_per_grade(grade: str, ack: timedelta, start: timedelta) -> None:
    acknowledge, start_response = incident_clocks(grade, T0)
    assert acknowledge.kind is ClockKind.ACKNOWLEDGE
    assert start_response.kind is ClockKind.START_RESPONSE
    assert acknowledge.started_at == start_response.started_at == T0
    assert acknowledge.due_at == T0 + ack
    assert start_response.due_at == T0 + start
    assert acknowledge.state(T0) is ClockState.RUNNING
    assert acknowledge.state(T0 + ack + MIN) is ClockState.OVERDUE


def test_incident_clocks_met_and_missed() -> None:
    acknowledge, start_response = incident_clocks("II", T0, T0 + 50 * MIN, T0 + 5 * H)
    assert acknowledge.met is True
    assert start_response.met is False
    assert start_response.time_left(T0) == -H


def test_incident_clocks_use_configured_targets() -> None:
    targets = ResponseTargets.defaults().replace("I", acknowledge=5 * MIN, start_response=30 * MIN)
    acknowledge, start_response = incident_clocks("I", T0, targets=targets)
    assert acknowledge.due_at == T0 + 5 * MIN
    assert start_response.due_at == T0 + 30 * MIN


def test_starting_the_response_counts_as_acknowledging() -> None:
    acknowledge, start_response = incident_clocks("III", T0, None, T0 + 2 * H)
    assert acknowledge.stopped_at == T0 + 2 * H
    assert acknowledge.met is True
    assert start_response.met is True


def test_response_started_before_acknowledgement_is_refused() -> None:
    with pytest.raises(ClockError, match="before the incident was acknowledged"):
        incident_clocks("I", T0, T0 + 10 * MIN, T0 + 5 * MIN)


def test_acknowledged_before_reported_is_refused() -> None:
    with pytest.raises(ClockError, match="before it started"):
        incident_clocks("I", T0, T0 - MIN)


def test_incident_clocks_refuse_unknown_grades_and_naive_times() -> None:
    with pytest.raises(ClockError, match="Unknown grade"):
        incident_clocks("V", T0)
    with pytest.raises(ClockError, match="acknowledgement"):
        incident_clocks("I", T0, datetime(2026, 3, 2, 9, 5))
    with pytest.raises(ClockError, match="response start"):
        incident_clocks("I", T0, None, datetime(2026, 3, 2, 9, 5))


# --- follow-up schedule ---------------------------------------------------------------------------------


def test_default_follow_up_schedule() -> None:
    tasks = FollowUpSchedule().tasks(T0)
    assert [t.kind for t in tasks] == [
        ClockKind.FOLLOW_UP_CONTACT,
        ClockKind.FOLLOW_UP_TRACKING,
        ClockKind.FOLLOW_UP_RECOVERY_PLAN,
    ]
    assert [t.due_at for t in tasks] == [
        T0 + timedelta(hours=24),
        T0 + timedelta(days=7),
        T0 + timedelta(days=30),
    ]
    assert all(t.starts_at == T0 for t in tasks)
    assert [t.label for t in tasks] == ["First contact", "Tracking", "Recovery plan"]


def test_one_month_is_30_elapsed_days_whatever_the_calendar() -> None:
    # From 31 January there is no "31 February"; from 1 February a calendar month would be 28 days.
    for start in (
        datetime(2026, 1, 31, 9, tzinfo=UTC),
        datetime(2026, 2, 1, 9, tzinfo=UTC),
        datetime(2026, 7, 1, 9, tzinfo=UTC),
    ):
        recovery = FollowUpSchedule().tasks(start)[2]
        assert recovery.due_at - start == timedelta(days=30)


def test_follow_ups_across_dst_are_elapsed_time() -> None:
    start = datetime(2026, 10, 20, 10, 0, tzinfo=LONDON)  # BST
    tracking = FollowUpSchedule().tasks(start)[1]
    assert tracking.due_at - tracking.starts_at == timedelta(days=7)
    # After the clocks go back, a week of elapsed time reads one hour earlier on the wall.
    assert tracking.clock().due_local(LONDON).replace(tzinfo=None) == datetime(2026, 10, 27, 9, 0)


def test_follow_up_tasks_become_clocks() -> None:
    contact = FollowUpSchedule().tasks(T0)[0]
    assert contact.clock().state(T0 + 25 * H) is ClockState.OVERDUE
    done = contact.clock(T0 + 20 * H)
    assert done.met is True
    assert done.kind is ClockKind.FOLLOW_UP_CONTACT
    assert done.label == "First contact"
    with pytest.raises(ClockError, match="before it started"):
        contact.clock(T0 - MIN)


def test_follow_ups_all_count_from_the_start_not_from_each_other() -> None:
    tasks = FollowUpSchedule().tasks(T0)
    late_contact = tasks[0].clock(T0 + 3 * 24 * H)
    assert late_contact.met is False
    assert tasks[1].due_at == T0 + timedelta(days=7)  # unchanged by the late contact


def test_follow_up_schedule_is_configurable_and_validated() -> None:
    s = FollowUpSchedule(contact=12 * H, tracking=timedelta(days=3), recovery_plan=timedelta(days=14))
    assert [t.due_at - T0 for t in s.tasks(T0)] == [12 * H, timedelta(days=3), timedelta(days=14)]
    with pytest.raises(ClockError, match="first-contact target must be longer than zero"):
        FollowUpSchedule(contact=timedelta(0))
    with pytest.raises(ClockError, match="must come in order"):
        FollowUpSchedule(contact=timedelta(days=8))
    with pytest.raises(ClockError, match="must come in order"):
        FollowUpSchedule(recovery_plan=timedelta(days=6))


def test_follow_up_task_validates_its_own_fields() -> None:
    with pytest.raises(ClockError, match="no time zone"):
        FollowUpTask(ClockKind.FOLLOW_UP_CONTACT, "First contact", datetime(2026, 3, 2), H)
    with pytest.raises(ClockError, match="longer than zero"):
        FollowUpTask(ClockKind.FOLLOW_UP_CONTACT, "First contact", T0, timedelta(0))
