"""Drills (app.domain.drills): status moves, validation, acknowledgement timing, rating, findings,
and who may see a surprise drill when."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.case_review import ActionInput, ActionStatus
from app.domain.clocks import DEFAULT_GRADE_TARGETS, ResponseTargets
from app.domain.crisis_roles import CrisisRole
from app.domain.drills import (
    DRILL_EDGES,
    AckOutcome,
    DrillInput,
    DrillInvalid,
    DrillRating,
    DrillStatus,
    DrillTransitionRefused,
    DrillType,
    FindingArea,
    FindingInput,
    FindingSeverity,
    FindingStatus,
    Objective,
    ObjectiveResult,
    Participant,
    allowed_drill_targets,
    check_drill_transition,
    drill_timing,
    finding_status,
    rate_objectives,
    visible_to,
)
from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory, IncidentInvalid
from app.domain.roles import Role

LONDON = ZoneInfo("Europe/London")
T0 = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def p(
    role: CrisisRole | None, notified: float | None = None, ack: float | None = None, **kw: str
) -> Participant:
    """A participant notified and acknowledging ``notified`` / ``ack`` minutes after T0."""
    return Participant(
        role=role,
        notified_at=None if notified is None else T0 + minutes(notified),
        acknowledged_at=None if ack is None else T0 + minutes(ack),
        **kw,
    )


def drill(**overrides: object) -> DrillInput:
    values: dict[str, object] = {
        "title": "Q1 tabletop: privacy leak",
        "drill_type": DrillType.TABLETOP,
        "planned_start": T0,
        "planned_duration": timedelta(hours=2),
    }
    values.update(overrides)
    return DrillInput(**values)  # type: ignore[arg-type]


def fields_of(error: pytest.ExceptionInfo[DrillInvalid]) -> set[str]:
    return set(error.value.fields)


# --- status moves ------------------------------------------------------------------------------


def test_allowed_targets_follow_the_edges():
    assert allowed_drill_targets("planned") == (DrillStatus.IN_PROGRESS, DrillStatus.CANCELLED)
    assert allowed_drill_targets(DrillStatus.IN_PROGRESS) == (DrillStatus.DONE, DrillStatus.CANCELLED)
    assert allowed_drill_targets(DrillStatus.DONE) == (DrillStatus.IN_PROGRESS,)
    assert allowed_drill_targets(DrillStatus.CANCELLED) == ()


def test_every_status_is_reachable_from_planned():
    seen, queue = {DrillStatus.PLANNED}, deque([DrillStatus.PLANNED])
    while queue:
        for target in allowed_drill_targets(queue.popleft()):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    assert seen == set(DrillStatus)


@pytest.mark.parametrize(("source", "target"), [(s, t) for (s, t), needs in DRILL_EDGES.items() if not needs])
def test_forward_moves_need_no_reason(source, target):
    move = check_drill_transition(source, target)
    assert (move.source, move.target, move.reason) == (source, target, None)


@pytest.mark.parametrize(("source", "target"), [(s, t) for (s, t), needs in DRILL_EDGES.items() if needs])
def test_cancel_and_resume_need_a_reason(source, target):
    with pytest.raises(DrillTransitionRefused, match="needs a reason"):
        check_drill_transition(source, target)
    with pytest.raises(DrillTransitionRefused, match="needs a reason"):
        check_drill_transition(source, target, "   ")
    move = check_drill_transition(source.value, target.value, "  Real incident the same morning  ")
    assert move.reason == "Real incident the same morning"


@pytest.mark.parametrize(
    ("source", "target"),
    [(s, t) for s in DrillStatus for t in DrillStatus if (s, t) not in DRILL_EDGES],
)
def test_moves_outside_the_edges_are_refused(source, target):
    with pytest.raises(DrillTransitionRefused, match=f"cannot go from {source.value} to {target.value}"):
        check_drill_transition(source, target, "a reason")


def test_unknown_status_and_overlong_reason_are_refused():
    with pytest.raises(DrillTransitionRefused, match="Unknown drill status"):
        check_drill_transition("planned", "finished")
    with pytest.raises(DrillTransitionRefused, match="at most"):
        check_drill_transition("planned", "cancelled", "x" * 2_001)


def test_closed_statuses():
    assert {s for s in DrillStatus if s.is_closed} == {DrillStatus.DONE, DrillStatus.CANCELLED}


def test_labels_cover_every_type_and_status():
    assert all(t.label_en and t.label_zh for t in DrillType)
    assert all(s.label_en and s.label_zh for s in DrillStatus)
    assert [t for t in DrillType if not t.is_announced] == [DrillType.SURPRISE]


# --- validation ---------------------------------------------------------------------------------


def test_a_minimal_planned_drill_is_valid_and_cleaned():
    d = drill(
        title="  Q1 tabletop  ",
        drill_type="tabletop",
        planned_start=datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo("Asia/Taipei")),
        scenario_category="privacy_leak",
        scenario_grade="II",
        objectives=["Reach the crisis lead", Objective("Issue a holding statement")],
    )
    assert d.title == "Q1 tabletop"
    assert d.drill_type is DrillType.TABLETOP
    assert d.status is DrillStatus.PLANNED
    assert d.planned_start == datetime(2026, 12, 2, 2, 0, tzinfo=UTC)
    assert d.planned_start.tzinfo is UTC
    assert d.planned_end == datetime(2026, 12, 2, 4, 0, tzinfo=UTC)
    assert d.scenario_category is IncidentCategory.PRIVACY_LEAK
    assert d.scenario_grade is Grade.II
    assert d.objectives == (Objective("Reach the crisis lead"), Objective("Issue a holding statement"))


def test_every_problem_is_reported_at_once():
    with pytest.raises(DrillInvalid) as error:
        DrillInput(
            title="  ",
            drill_type="fire",
            planned_start=datetime(2026, 12, 2, 9, 0),  # naive
            planned_duration=timedelta(0),
            status="paused",
            scenario_category="meteor",
            scenario_grade="V",
            objectives=["", "ok"],
            risk_ids=[0],
        )
    assert fields_of(error) >= {
        "title",
        "drill_type",
        "planned_start",
        "planned_duration",
        "status",
        "scenario_category",
        "scenario_grade",
        "objectives[0].text",
        "risk_ids",
    }
    assert isinstance(error.value, IncidentInvalid)  # the services already translate this


def test_duration_limits():
    with pytest.raises(DrillInvalid, match="planned_duration"):
        drill(planned_duration=timedelta(days=7, seconds=1))
    with pytest.raises(DrillInvalid, match="planned_duration"):
        drill(planned_duration=-timedelta(minutes=1))
    with pytest.raises(DrillInvalid, match="planned_duration"):
        drill(planned_duration=120)
    assert drill(planned_duration=timedelta(days=7)).planned_duration == timedelta(days=7)


def test_status_and_actual_times_must_agree():
    with pytest.raises(DrillInvalid, match="actual_start"):
        drill(status="planned", actual_start=T0)
    with pytest.raises(DrillInvalid, match="actual_start"):
        drill(status="in_progress")
    with pytest.raises(DrillInvalid, match="actual_end"):
        drill(status="in_progress", actual_start=T0, actual_end=T0 + minutes(30))
    with pytest.raises(DrillInvalid, match="actual_end"):
        drill(status="done", actual_start=T0)
    with pytest.raises(DrillInvalid, match="actual_end"):
        drill(status="done", actual_start=T0, actual_end=T0)
    with pytest.raises(DrillInvalid, match="actual_end"):
        drill(status="cancelled", actual_end=T0)
    assert drill(status="cancelled").status is DrillStatus.CANCELLED
    done = drill(status="done", actual_start=T0, actual_end=(T0 + minutes(90)).astimezone(LONDON))
    assert done.actual_end == T0 + minutes(90)
    assert done.actual_end.tzinfo is UTC


def test_notifications_need_a_started_drill_and_come_after_its_start():
    with pytest.raises(DrillInvalid) as error:
        drill(participants=[p(CrisisRole.LEGAL, 0)])
    assert fields_of(error) == {"participants[0].notified_at"}
    with pytest.raises(DrillInvalid, match="before the drill started"):
        drill(status="in_progress", actual_start=T0, participants=[p(CrisisRole.LEGAL, -1)])
    ok = drill(status="in_progress", actual_start=T0, participants=[p(CrisisRole.LEGAL, 0, 3)])
    assert ok.participants[0].latency == minutes(3)


def test_participant_problems_name_the_participant():
    with pytest.raises(DrillInvalid) as error:
        drill(
            status="in_progress",
            actual_start=T0,
            participants=[
                p(CrisisRole.PR, 0, 1),
                Participant(role="janitor"),
                Participant(department=" "),
                p(CrisisRole.HR, None, 5),
                p(CrisisRole.HR, 5, 4),
                Participant(role=CrisisRole.HR, notified_at=datetime(2026, 12, 2, 9, 0)),
                Participant(role=CrisisRole.HR, name="line\nbreak"),
                "not a participant",
            ],
        )
    assert fields_of(error) == {
        "participants[1].role",
        "participants[2].role",
        "participants[3].acknowledged_at",
        "participants[4].acknowledged_at",
        "participants[5].notified_at",
        "participants[6].name",
        "participants[7]",
    }


def test_participants_are_copied_cleaned_not_mutated():
    given_participant = Participant(
        role="counsellor", department="  人力資源部 ", notified_at=(T0 + minutes(2)).astimezone(LONDON)
    )
    d = drill(status="in_progress", actual_start=T0, participants=[given_participant])
    assert d.participants[0].role is CrisisRole.COUNSELLOR
    assert d.participants[0].department == "人力資源部"
    assert d.participants[0].notified_at.tzinfo is UTC
    assert given_participant.role == "counsellor"
    assert given_participant.department == "  人力資源部 "


def test_key_roles_must_be_held_by_a_participant():
    with pytest.raises(DrillInvalid, match="no participant holds legal"):
        drill(participants=[p(CrisisRole.PR)], key_roles=["legal"])
    with pytest.raises(DrillInvalid, match="key_roles"):
        drill(participants=[p(CrisisRole.PR)], key_roles=["boss"])
    d = drill(participants=[p(CrisisRole.PR), p(None, department="Finance")], key_roles=["pr"])
    assert d.key_roles == frozenset({CrisisRole.PR})
    everyone = drill(participants=[p(CrisisRole.PR), p(CrisisRole.LEGAL), p(None, department="Finance")])
    assert everyone.effective_key_roles == {CrisisRole.PR, CrisisRole.LEGAL}


def test_objectives_rules():
    with pytest.raises(DrillInvalid, match="same objective twice"):
        drill(objectives=["Reach legal", "reach LEGAL"])
    with pytest.raises(DrillInvalid, match="at most 30"):
        drill(objectives=[f"objective {i}" for i in range(31)])
    with pytest.raises(DrillInvalid, match="objectives"):
        drill(objectives="one objective as a string")
    with pytest.raises(DrillInvalid, match=r"objectives\[0\].result"):
        drill(
            status="done", actual_start=T0, actual_end=T0 + minutes(1), objectives=[Objective("a", "great")]
        )
    with pytest.raises(DrillInvalid, match="only once the drill has started"):
        drill(objectives=[Objective("a", "met")])
    rated = drill(
        status="done", actual_start=T0, actual_end=T0 + minutes(60), objectives=[Objective("a", "met")]
    )
    assert rated.objectives[0].result is ObjectiveResult.MET


def test_risk_links():
    assert drill(risk_ids=[3, 7]).risk_ids == (3, 7)
    for bad in ([3, 3], [True], ["4"], "12"):
        with pytest.raises(DrillInvalid, match="risk_ids"):
            drill(risk_ids=bad)


def test_repr_shows_no_scenario_or_names():
    d = drill(
        scenario="Counselling records of the CFO were emailed outside",
        status="in_progress",
        actual_start=T0,
        participants=[p(CrisisRole.LEGAL, 0, name="Wang Xiaoming")],
    )
    text = repr(d) + repr(d.participants[0])
    assert "CFO" not in text
    assert "Wang" not in text


# --- timing ------------------------------------------------------------------------------------


def test_first_all_and_key_role_figures():
    participants = [
        p(CrisisRole.CRISIS_LEAD, 0, 4),
        p(CrisisRole.LEGAL, 0, 9),
        p(CrisisRole.LEGAL, 0, 30),  # the role was already covered at 9
        p(None, 2, 20, department="Finance"),
    ]
    timing = drill_timing(participants, Grade.I)
    assert timing.alerted_at == T0
    assert timing.target == timedelta(minutes=15)
    assert timing.first.elapsed == minutes(4)
    assert timing.first.outcome is AckOutcome.MET
    assert timing.everyone.elapsed == minutes(30)
    assert timing.everyone.outcome is AckOutcome.MISSED
    assert timing.key_roles.elapsed == minutes(9)
    assert timing.key_roles.outcome is AckOutcome.MET
    assert timing.unacknowledged == ()
    assert timing.key_roles_waiting == ()


def test_the_alert_is_the_first_notification_not_the_drill_start():
    participants = [p(CrisisRole.PR, 20, 25), p(CrisisRole.HR, 22, 50)]
    timing = drill_timing(participants, "III")
    assert timing.alerted_at == T0 + minutes(20)
    assert timing.first.elapsed == minutes(5)
    assert timing.everyone.elapsed == minutes(30)


def test_nobody_notified_yet():
    timing = drill_timing([p(CrisisRole.PR), p(CrisisRole.HR)], Grade.II)
    assert timing.alerted_at is None
    assert timing.first.outcome is AckOutcome.NOT_ALERTED
    assert timing.everyone.outcome is AckOutcome.NOT_ALERTED
    assert timing.key_roles.outcome is AckOutcome.NOT_ALERTED
    assert timing.unacknowledged == (0, 1)
    assert timing.key_roles_waiting == (CrisisRole.HR, CrisisRole.PR)


def test_notified_but_no_acknowledgement():
    timing = drill_timing([p(CrisisRole.PR, 0), p(CrisisRole.HR, 1)], Grade.II)
    assert timing.first == timing.everyone == timing.key_roles
    assert timing.first.elapsed is None
    assert timing.first.outcome is AckOutcome.NOT_ALL_ACKNOWLEDGED


def test_partial_acknowledgement():
    participants = [
        p(CrisisRole.CRISIS_LEAD, 0, 3),
        p(CrisisRole.IT_SECURITY, 0),
        p(None, 0, 5, department="Ops"),
    ]
    timing = drill_timing(participants, Grade.I)
    assert timing.first.outcome is AckOutcome.MET
    assert timing.everyone.outcome is AckOutcome.NOT_ALL_ACKNOWLEDGED
    assert timing.everyone.elapsed is None
    assert timing.key_roles.outcome is AckOutcome.NOT_ALL_ACKNOWLEDGED
    assert timing.unacknowledged == (1,)
    assert timing.key_roles_waiting == (CrisisRole.IT_SECURITY,)


def test_given_key_roles_ignore_the_others():
    participants = [p(CrisisRole.CRISIS_LEAD, 0, 3), p(CrisisRole.IT_SECURITY, 0)]
    timing = drill_timing(participants, Grade.I, key_roles=["crisis_lead"])
    assert timing.key_roles.outcome is AckOutcome.MET
    assert timing.key_roles.elapsed == minutes(3)
    assert timing.everyone.outcome is AckOutcome.NOT_ALL_ACKNOWLEDGED


def test_no_crisis_roles_among_participants():
    timing = drill_timing([p(None, 0, 1, department="Finance")], Grade.IV)
    assert timing.key_roles.outcome is AckOutcome.NO_KEY_ROLES
    assert timing.everyone.outcome is AckOutcome.MET
    assert (
        drill_timing([p(None, department="Finance")], Grade.IV).key_roles.outcome is AckOutcome.NO_KEY_ROLES
    )


def test_no_grade_means_figures_without_a_verdict():
    timing = drill_timing([p(CrisisRole.PR, 0, 7)], None)
    assert timing.target is None
    assert timing.first.elapsed == minutes(7)
    assert timing.first.outcome is AckOutcome.NO_TARGET
    assert drill_timing([], None).first.outcome is AckOutcome.NOT_ALERTED


@pytest.mark.parametrize("grade", list(Grade))
def test_met_and_missed_against_each_grades_target(grade):
    target = DEFAULT_GRADE_TARGETS[grade.value].acknowledge
    on_time = [p(CrisisRole.PR, 0, target.total_seconds() / 60)]  # exactly at the target is met
    late = [p(CrisisRole.PR, 0, target.total_seconds() / 60 + 1 / 60)]  # one second late
    for figure in ("first", "everyone", "key_roles"):
        assert getattr(drill_timing(on_time, grade), figure).outcome is AckOutcome.MET
        assert getattr(drill_timing(late, grade), figure).outcome is AckOutcome.MISSED


def test_configured_targets_are_used():
    targets = ResponseTargets().replace("I", acknowledge=timedelta(minutes=5))
    participants = [p(CrisisRole.PR, 0, 10)]
    assert drill_timing(participants, "I").first.outcome is AckOutcome.MET
    assert drill_timing(participants, "I", targets=targets).first.outcome is AckOutcome.MISSED


def test_drill_input_timing_uses_its_grade_and_key_roles():
    d = drill(
        status="done",
        actual_start=T0,
        actual_end=T0 + minutes(90),
        scenario_grade="I",
        participants=[p(CrisisRole.CRISIS_LEAD, 0, 10), p(CrisisRole.PR, 0, 40)],
        key_roles=["crisis_lead"],
    )
    timing = d.timing()
    assert timing.grade is Grade.I
    assert timing.key_roles.outcome is AckOutcome.MET
    assert timing.everyone.outcome is AckOutcome.MISSED


def test_timing_is_exact_across_a_dst_change():
    # Notified 00:50 BST on the night the clocks go back, acknowledged 01:10 GMT: 80 minutes, not 20.
    notified = datetime(2026, 10, 25, 0, 50, tzinfo=LONDON)
    acknowledged = datetime(2026, 10, 25, 1, 10, fold=1, tzinfo=LONDON)
    d = drill(
        status="in_progress",
        actual_start=notified,
        participants=[Participant(role=CrisisRole.PR, notified_at=notified, acknowledged_at=acknowledged)],
    )
    assert d.timing().first.elapsed == minutes(80)


@given(st.lists(st.tuples(st.integers(0, 600), st.one_of(st.none(), st.integers(0, 600))), max_size=8))
def test_timing_invariants(rows):
    participants = [p(CrisisRole.PR, n, None if a is None else n + a) for n, a in rows]
    timing = drill_timing(participants, Grade.II)
    if timing.first.elapsed is not None and timing.everyone.elapsed is not None:
        assert timing.first.elapsed <= timing.key_roles.elapsed <= timing.everyone.elapsed  # type: ignore[operator]
    if timing.everyone.elapsed is not None:
        assert timing.unacknowledged == ()
    assert len(timing.unacknowledged) == sum(1 for _, a in rows if a is None)


# --- rating and findings ------------------------------------------------------------------------


def test_rating_rules():
    def rating(*results: str | None) -> DrillRating:
        return rate_objectives(Objective(f"o{i}", r) for i, r in enumerate(results))

    assert rating().overall is None
    assert rating().score_percent is None
    assert not rating().complete
    assert rating(None, None).unrated == 2
    assert rating("met", "met").overall is ObjectiveResult.MET
    assert rating("met", "met").score_percent == 100
    assert rating("not_met", "not_met").overall is ObjectiveResult.NOT_MET
    assert rating("not_met").score_percent == 0
    mixed = rating("met", "partly_met", "not_met", None)
    assert mixed.overall is ObjectiveResult.PARTLY_MET
    assert mixed.score_percent == 50
    assert (mixed.met, mixed.partly_met, mixed.not_met, mixed.unrated, mixed.rated) == (1, 1, 1, 1, 3)
    assert not mixed.complete
    assert rating("partly_met", "met", "met").score_percent == 83
    assert rating("met", "not_met").complete
    assert [r.points for r in ObjectiveResult] == [2, 1, 0]


def test_drill_rating_property():
    d = drill(
        status="done",
        actual_start=T0,
        actual_end=T0 + minutes(60),
        objectives=[Objective("a", "met"), Objective("b", ObjectiveResult.PARTLY_MET)],
    )
    assert d.rating.overall is ObjectiveResult.PARTLY_MET


def test_finding_input():
    finding = FindingInput(severity="high", area="communication", text="  Legal's number was out of date  ")
    assert finding.severity is FindingSeverity.HIGH
    assert finding.area is FindingArea.COMMUNICATION
    assert finding.text == "Legal's number was out of date"
    assert "Legal" not in repr(finding)
    with pytest.raises(DrillInvalid) as error:
        FindingInput(severity="urgent", area="weather", text=" ")
    assert set(error.value.fields) == {"severity", "area", "text"}


def test_severity_ranks_sort_worst_first():
    ordered = sorted(FindingSeverity, key=lambda s: s.rank)
    assert ordered == [
        FindingSeverity.CRITICAL,
        FindingSeverity.HIGH,
        FindingSeverity.MEDIUM,
        FindingSeverity.LOW,
    ]


def test_finding_status_from_its_actions():
    assert finding_status([]) is FindingStatus.OPEN
    assert finding_status(["open"]) is FindingStatus.OPEN
    assert finding_status([ActionStatus.DONE, ActionStatus.IN_PROGRESS]) is FindingStatus.OPEN
    assert finding_status([ActionStatus.DONE, ActionStatus.CANCELLED]) is FindingStatus.CLOSED
    assert finding_status(["done"]) is FindingStatus.CLOSED


def test_corrective_actions_are_the_case_view_record():
    from app.domain import drills

    assert drills.ActionInput is ActionInput
    action = ActionInput(
        title="Update the call tree", due_on=datetime(2027, 1, 15).date(), owner_role="legal"
    )
    assert action.status is ActionStatus.OPEN


# --- surprise visibility ------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredDrill:
    """What a repository row might look like: only the fields visible_to needs."""

    drill_type: str
    actual_start: datetime | None


START = datetime(2027, 3, 9, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize("role", list(Role))
def test_announced_drills_are_visible_to_every_role(role):
    for kind in (DrillType.TABLETOP, DrillType.SIMULATION, DrillType.FULL_SCALE):
        assert visible_to(role, StoredDrill(kind.value, None), START - timedelta(days=30))


@pytest.mark.parametrize(
    ("role", "before", "after"),
    [
        (Role.ADMIN, True, True),
        (Role.COUNSELLOR, False, True),
        (Role.HR_MANAGER, False, True),
    ],
)
def test_surprise_drill_visibility_before_and_after_it_starts(role, before, after):
    not_started = drill(drill_type="surprise", planned_start=START)
    started = drill(drill_type="surprise", planned_start=START, status="in_progress", actual_start=START)
    assert visible_to(role, not_started, START - timedelta(hours=1)) is before
    # the planned time passing does not reveal a drill that has not started
    assert visible_to(role, not_started, START + timedelta(hours=1)) is before
    assert visible_to(role.value, started, START) is after
    assert visible_to(role, started, START + timedelta(days=1)) is after
    # a start recorded ahead of the viewer's clock does not reveal it early
    assert visible_to(role, StoredDrill("surprise", START), START - timedelta(seconds=1)) is before


def test_surprise_drill_cancelled_before_it_started_stays_hidden():
    cancelled = drill(drill_type="surprise", status="cancelled")
    assert not visible_to(Role.COUNSELLOR, cancelled, START + timedelta(days=365))
    assert visible_to(Role.ADMIN, cancelled, START + timedelta(days=365))


def test_visibility_refuses_unknown_role_and_naive_now():
    with pytest.raises(ValueError, match="Role"):
        visible_to("auditor", StoredDrill("surprise", None), START)
    with pytest.raises(ValueError, match="aware"):
        visible_to(Role.COUNSELLOR, StoredDrill("surprise", START), datetime(2027, 3, 9, 11, 0))


def test_malformed_values_are_reported_not_raised():
    with pytest.raises(DrillInvalid) as error:
        drill(
            planned_start=None,
            actual_start="2026-12-02T09:00",
            actual_end=datetime(1899, 12, 31, tzinfo=UTC),
            objectives=[Objective("fine"), 42],
            participants=(p(CrisisRole.PR),) * 501,
            key_roles=7,
        )
    assert fields_of(error) >= {
        "planned_start",
        "actual_start",
        "actual_end",
        "objectives[1]",
        "participants",
        "key_roles",
    }
    with pytest.raises(DrillInvalid, match="participants"):
        drill(participants="everyone")
    with pytest.raises(DrillTransitionRefused, match="text"):
        check_drill_transition("planned", "cancelled", 42)  # type: ignore[arg-type]


def test_latency_needs_both_times():
    assert p(CrisisRole.PR, 0).latency is None
    assert p(CrisisRole.PR).latency is None
    assert p(CrisisRole.PR, 2, 9).latency == minutes(7)
