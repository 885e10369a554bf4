"""Escalation ladders (app.domain.escalation): cumulative delays, stop on acknowledgement, step states."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.clocks import GRADE_CODES, ClockError, ResponseTargets
from app.domain.crisis_roles import CrisisRole
from app.domain.escalation import (
    DEFAULT_LADDERS,
    EscalationError,
    EscalationLadder,
    EscalationStep,
    StepState,
    default_ladder,
    ladder_status,
)

T0 = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
MIN = timedelta(minutes=1)
H = timedelta(hours=1)
C = CrisisRole.COUNSELLOR
L = CrisisRole.CRISIS_LEAD
X = CrisisRole.EXECUTIVE

GRADE_I = default_ladder("I")


def states(status) -> list[StepState]:
    return [s.state for s in status.steps]


# --- codes, defaults -------------------------------------------------------------------------------


def test_stored_codes_are_stable() -> None:
    assert [r.value for r in CrisisRole] == [
        "crisis_lead",
        "counsellor",
        "hr",
        "it_security",
        "legal",
        "pr",
        "executive",
    ]
    assert [s.value for s in StepState] == ["pending", "due", "notified", "acknowledged", "not_needed"]


def test_default_ladders() -> None:
    assert list(DEFAULT_LADDERS) == list(GRADE_CODES)
    expected = {
        "I": [(C, timedelta(0)), (L, 15 * MIN), (X, 30 * MIN)],
        "II": [(C, timedelta(0)), (L, 30 * MIN), (X, H)],
        "III": [(C, timedelta(0)), (L, 2 * H), (X, 4 * H)],
        "IV": [(C, timedelta(0)), (L, 24 * H)],
    }
    for grade, steps in expected.items():
        ladder = default_ladder(grade)
        assert list(zip(ladder.roles, ladder.offsets(), strict=True)) == steps


def test_the_top_of_each_default_ladder_is_called_by_the_acknowledge_target() -> None:
    targets = ResponseTargets.defaults()
    for grade in GRADE_CODES:
        offsets = default_ladder(grade).offsets()
        assert offsets[0] == timedelta(0)
        assert offsets[1] <= targets.for_grade(grade).acknowledge
        assert offsets[-1] <= 2 * targets.for_grade(grade).acknowledge


def test_default_ladder_refuses_unknown_grades() -> None:
    with pytest.raises(ClockError, match="Unknown grade"):
        default_ladder("V")


# --- validation -------------------------------------------------------------------------------------


def test_ladder_validation() -> None:
    with pytest.raises(EscalationError, match="at least one step"):
        EscalationLadder(())
    with pytest.raises(EscalationError, match="Step 3: counsellor is already on the ladder"):
        EscalationLadder.of((C, timedelta(0)), (L, MIN), (C, MIN))
    with pytest.raises(EscalationError, match="before crisis_lead cannot be negative"):
        EscalationLadder.of((C, timedelta(0)), (L, -MIN))
    with pytest.raises(
        EscalationError, match="Step 2: unknown role 'ceo'; the roles are crisis_lead, counsellor"
    ):
        EscalationLadder.of((C, timedelta(0)), ("ceo", MIN))
    with pytest.raises(EscalationError, match="must be a duration"):
        EscalationStep(C, 15)  # type: ignore[arg-type]
    with pytest.raises(EscalationError, match="Step 1 of the escalation ladder must be an EscalationStep"):
        EscalationLadder(((C, timedelta(0)),))  # type: ignore[arg-type]


def test_steps_accept_stored_role_codes_and_zero_delays() -> None:
    ladder = EscalationLadder([EscalationStep("hr"), EscalationStep("legal", timedelta(0))])  # type: ignore[arg-type]
    assert ladder.roles == (CrisisRole.HR, CrisisRole.LEGAL)
    assert isinstance(ladder.steps, tuple)
    assert ladder.offsets() == (timedelta(0), timedelta(0))


def test_a_first_step_may_wait_after_activation() -> None:
    ladder = EscalationLadder.of((C, 5 * MIN), (L, 10 * MIN))
    assert ladder.due_times(T0) == (T0 + 5 * MIN, T0 + 15 * MIN)


def test_escalation_errors_are_value_errors() -> None:
    assert issubclass(EscalationError, ValueError)


# --- status --------------------------------------------------------------------------------------------


def test_just_activated() -> None:
    status = ladder_status(GRADE_I, T0, {}, T0)
    assert [s.due_at for s in status.steps] == [T0, T0 + 15 * MIN, T0 + 30 * MIN]
    assert states(status) == [StepState.DUE, StepState.PENDING, StepState.PENDING]
    assert [s.reached for s in status.steps] == [True, False, False]
    assert status.next_step is not None
    assert status.next_step.role is L
    assert status.next_due_at == T0 + 15 * MIN
    assert [s.role for s in status.due_now] == [C]
    assert status.stopped is False
    assert status.acknowledged_at is None


def test_notified_but_not_acknowledged_escalates() -> None:
    status = ladder_status(GRADE_I, T0, {}, T0 + 20 * MIN, notifications={C: T0 + MIN})
    assert states(status) == [StepState.NOTIFIED, StepState.DUE, StepState.PENDING]
    assert status.steps[0].notified_at == T0 + MIN
    assert status.next_due_at == T0 + 30 * MIN
    assert [s.role for s in status.due_now] == [L]


def test_nobody_answers_the_whole_ladder_is_reached() -> None:
    status = ladder_status(GRADE_I, T0, {}, T0 + H, notifications={C: T0, L: T0 + 15 * MIN})
    assert states(status) == [StepState.NOTIFIED, StepState.NOTIFIED, StepState.DUE]
    assert all(s.reached for s in status.steps)
    assert status.next_step is None
    assert status.next_due_at is None


def test_acknowledgement_stops_the_escalation() -> None:
    status = ladder_status(GRADE_I, T0, {C: T0 + 10 * MIN}, T0 + H, notifications={C: T0})
    assert states(status) == [StepState.ACKNOWLEDGED, StepState.NOT_NEEDED, StepState.NOT_NEEDED]
    assert status.steps[0].acknowledged_at == T0 + 10 * MIN
    assert [s.reached for s in status.steps] == [True, False, False]
    assert status.stopped is True
    assert status.acknowledged_at == T0 + 10 * MIN
    assert status.next_step is None
    assert status.due_now == ()


def test_acknowledgement_exactly_at_the_due_instant_stops_that_step() -> None:
    status = ladder_status(GRADE_I, T0, {C: T0 + 15 * MIN}, T0 + H)
    assert states(status) == [StepState.ACKNOWLEDGED, StepState.NOT_NEEDED, StepState.NOT_NEEDED]
    assert status.steps[1].reached is False
    one_second_late = ladder_status(GRADE_I, T0, {C: T0 + 15 * MIN + timedelta(seconds=1)}, T0 + H)
    assert one_second_late.steps[1].reached is True
    assert states(one_second_late) == [StepState.ACKNOWLEDGED, StepState.NOT_NEEDED, StepState.NOT_NEEDED]


def test_escalated_step_acknowledges() -> None:
    status = ladder_status(GRADE_I, T0, {L: T0 + 20 * MIN}, T0 + H, notifications={C: T0, L: T0 + 15 * MIN})
    assert states(status) == [StepState.NOTIFIED, StepState.ACKNOWLEDGED, StepState.NOT_NEEDED]
    assert [s.reached for s in status.steps] == [True, True, False]
    assert status.acknowledged_at == T0 + 20 * MIN


def test_a_reached_call_never_made_is_not_needed_once_someone_acknowledged() -> None:
    status = ladder_status(GRADE_I, T0, {L: T0 + 20 * MIN}, T0 + H, notifications={L: T0 + 15 * MIN})
    assert status.steps[0].reached is True
    assert status.steps[0].state is StepState.NOT_NEEDED
    assert status.due_now == ()


def test_a_role_called_early_shows_as_notified() -> None:
    status = ladder_status(GRADE_I, T0, {}, T0 + 5 * MIN, notifications={X: T0 + 2 * MIN})
    assert states(status) == [StepState.DUE, StepState.PENDING, StepState.NOTIFIED]
    assert status.steps[2].reached is False
    assert status.next_step is not None
    assert status.next_step.role is L


def test_acknowledgement_before_activation_stops_the_ladder_at_once() -> None:
    status = ladder_status(GRADE_I, T0, {C: T0 - 10 * MIN}, T0 + H)
    assert states(status) == [StepState.ACKNOWLEDGED, StepState.NOT_NEEDED, StepState.NOT_NEEDED]
    assert status.steps[0].reached is False


def test_status_is_computed_as_of_now() -> None:
    """Records after ``now`` are ignored, so an incident or a drill can be replayed as it stood."""
    acks = {C: T0 + 40 * MIN}
    notes = {C: T0, L: T0 + 16 * MIN, X: T0 + 31 * MIN}
    assert states(ladder_status(GRADE_I, T0, acks, T0 + 10 * MIN, notes)) == [
        StepState.NOTIFIED,
        StepState.PENDING,
        StepState.PENDING,
    ]
    assert states(ladder_status(GRADE_I, T0, acks, T0 + 15 * MIN, notes)) == [
        StepState.NOTIFIED,
        StepState.DUE,
        StepState.PENDING,
    ]
    assert states(ladder_status(GRADE_I, T0, acks, T0 + 35 * MIN, notes)) == [
        StepState.NOTIFIED,
        StepState.NOTIFIED,
        StepState.NOTIFIED,
    ]
    assert states(ladder_status(GRADE_I, T0, acks, T0 + 45 * MIN, notes)) == [
        StepState.ACKNOWLEDGED,
        StepState.NOTIFIED,
        StepState.NOTIFIED,
    ]


def test_roles_off_the_ladder_are_ignored_but_misspelt_roles_are_refused() -> None:
    ladder = default_ladder("IV")
    status = ladder_status(ladder, T0, {"executive": T0 + MIN}, T0 + H)  # e.g. after a downgrade from I
    assert status.stopped is False
    assert [s.role for s in status.steps] == [C, L]
    with pytest.raises(EscalationError, match="Acknowledgement: unknown role 'crisis lead'"):
        ladder_status(ladder, T0, {"crisis lead": T0}, T0 + H)
    with pytest.raises(EscalationError, match="Notification: unknown role"):
        ladder_status(ladder, T0, {}, T0 + H, notifications={"ceo": T0})


def test_string_role_codes_from_storage_are_accepted() -> None:
    status = ladder_status(GRADE_I, T0, {"counsellor": T0 + MIN}, T0 + H, {"counsellor": T0})
    assert status.steps[0].state is StepState.ACKNOWLEDGED


def test_naive_times_are_refused() -> None:
    naive = datetime(2026, 6, 1, 8, 0)
    with pytest.raises(ClockError, match="activation time"):
        ladder_status(GRADE_I, naive, {}, T0)
    with pytest.raises(ClockError, match="now"):
        ladder_status(GRADE_I, T0, {}, naive)
    with pytest.raises(ClockError, match="acknowledgement of counsellor"):
        ladder_status(GRADE_I, T0, {C: naive}, T0)
    with pytest.raises(ClockError, match="notification of crisis_lead"):
        ladder_status(GRADE_I, T0, {}, T0, {L: naive})


def test_due_times_are_elapsed_time_across_dst() -> None:
    new_york = ZoneInfo("America/New_York")
    activated = datetime(2026, 3, 7, 20, 0, tzinfo=new_york)  # Saturday evening, EST
    status = ladder_status(default_ladder("IV"), activated, {}, activated)
    lead = status.steps[1]
    assert lead.due_at - activated == timedelta(hours=24)
    assert lead.due_local(new_york).replace(tzinfo=None) == datetime(2026, 3, 8, 21, 0)  # EDT
    assert lead.due_at.tzinfo is UTC


# --- properties ------------------------------------------------------------------------------------------

delays = st.lists(
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=48)), min_size=1, max_size=7
)
roles = list(CrisisRole)


@given(
    step_delays=delays,
    now_after=st.timedeltas(min_value=-timedelta(hours=1), max_value=timedelta(days=15)),
    ack=st.one_of(
        st.none(), st.tuples(st.integers(0, 6), st.timedeltas(min_value=-H, max_value=timedelta(days=15)))
    ),
)
def test_ladder_invariants(step_delays: list[timedelta], now_after: timedelta, ack: tuple | None) -> None:
    ladder = EscalationLadder.of(*zip(roles, step_delays, strict=False))
    acks = {}
    if ack is not None and ack[0] < len(ladder.steps):
        acks[ladder.steps[ack[0]].role] = T0 + ack[1]
    now = T0 + now_after
    status = ladder_status(ladder, T0, acks, now)

    dues = [s.due_at for s in status.steps]
    assert dues == sorted(dues)
    assert dues[0] == T0 + step_delays[0]
    # Reached steps form a prefix of the ladder, all due by now.
    reached = [s.reached for s in status.steps]
    assert reached == sorted(reached, reverse=True)
    assert all(s.due_at <= now for s in status.steps if s.reached)
    # Without an acknowledgement (as of now), every step is either due or pending, split at now.
    if status.acknowledged_at is None:
        assert all(s.state is (StepState.DUE if s.due_at <= now else StepState.PENDING) for s in status.steps)
        pending = [s for s in status.steps if s.state is StepState.PENDING]
        assert status.next_step == (pending[0] if pending else None)
    else:
        assert status.next_step is None
        assert all(s.state in (StepState.ACKNOWLEDGED, StepState.NOT_NEEDED) for s in status.steps)
        assert all(not s.reached or s.due_at < status.acknowledged_at for s in status.steps)
