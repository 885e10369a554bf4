"""Drills on real SQLCipher files: validation, status moves, run-drill stamps and timing against the
office's targets, surprise-drill visibility per role, recurring series, risk links, findings,
corrective actions, rating, history, and what hr_manager may see and do."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.drills import AckOutcome, DrillInput, DrillStatus, DrillType, FindingStatus, Participant
from app.domain.recurrence import Frequency, NthWeekday, RecurrenceRule, Weekday
from app.domain.risk_input import RiskInput
from app.domain.roles import Role
from app.services.drills import DrillInputInvalid
from app.services.errors import InvalidInput, PermissionDenied
from app.services.response_targets import RESPONSE_TARGET_SETTINGS
from app.services.session import Session
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD

NOW = datetime.now(UTC).replace(microsecond=0)
T0 = NOW - timedelta(hours=3)  # when the drills in these tests started
LABEL = "CANARY-LABEL 張三"
FINDING = "CANARY-FINDING 李四 did not answer"
ACTION = "CANARY-ACTION update the call tree"
REASON = "CANARY-REASON venue flooded"
DRILL_TABLES = (
    "drills",
    "drill_objectives",
    "drill_participants",
    "drill_status_changes",
    "drill_findings",
    "drill_actions",
    "drill_series",
)


@pytest.fixture
def admin(workspace: Workspace) -> Session:
    return workspace.sign_in(ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def counsellor(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "coun", Role.COUNSELLOR, "counsellor-pass-1")
    return workspace.sign_in("coun", "counsellor-pass-1")


@pytest.fixture
def hr(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "hr", Role.HR_MANAGER, "hr-manager-pass-1")
    return workspace.sign_in("hr", "hr-manager-pass-1")


def drill_input(**changes: Any) -> DrillInput:
    values: dict[str, Any] = {
        "title": "Quarterly call-tree tabletop",
        "drill_type": DrillType.TABLETOP,
        "planned_start": T0,
        "planned_duration": timedelta(hours=2),
        "scenario": "A server room fire at night",
        "scenario_category": "cyber_security",
        "scenario_grade": "I",
        "objectives": ("Crisis lead reached within 15 minutes", "Call tree complete"),
        "participants": (
            Participant(role="crisis_lead", department="EAP", name=LABEL),
            Participant(role="counsellor", department="EAP"),
            Participant(role="hr", department="Human resources"),
        ),
    }
    values.update(changes)
    return DrillInput(**values)


def state(workspace: Workspace) -> tuple[object, ...]:
    db = workspace.db
    return (
        *(db.query(f"SELECT * FROM {table} ORDER BY id") for table in DRILL_TABLES),
        db.query("SELECT * FROM drill_risk_links ORDER BY drill_id, risk_id"),
        db.query("SELECT count(*) FROM audit_log"),
    )


def audit(workspace: Workspace, action: str) -> list[dict[str, Any]]:
    rows = workspace.db.query("SELECT detail FROM audit_log WHERE action = ? ORDER BY seq", (action,))
    return [json.loads(r[0]) for r in rows]


def started(workspace: Workspace, session: Session, **changes: Any) -> int:
    drill = workspace.drills.create(session, drill_input(**changes), now=NOW)
    workspace.drills.transition(session, drill.id, "in_progress", at=T0, now=NOW)
    return drill.id


# -- validation and planning ------------------------------------------------------------------------


def test_invalid_input_lists_problems_and_writes_nothing(workspace: Workspace, counsellor: Session) -> None:
    before = state(workspace)
    with pytest.raises(DrillInputInvalid) as refused:
        workspace.drills.create(counsellor, drill_input(risk_ids=(999,)), now=NOW)
    assert [p.field for p in refused.value.problems] == ["risk_ids"]
    with pytest.raises(DrillInputInvalid) as refused:
        workspace.drills.create(counsellor, drill_input(planned_duration=timedelta(seconds=90)), now=NOW)
    assert refused.value.problems[0].field == "planned_duration"
    assert isinstance(refused.value, InvalidInput)
    assert state(workspace) == before


def test_create_stores_the_drill_whole_and_audits_codes_only(
    workspace: Workspace, counsellor: Session
) -> None:
    drill = workspace.drills.create(counsellor, drill_input(key_roles={"crisis_lead"}), now=NOW)
    assert drill.code == f"DR-{T0.year}-001"
    assert drill.status is DrillStatus.PLANNED
    assert [o.text for o in drill.objectives] == [
        "Crisis lead reached within 15 minutes",
        "Call tree complete",
    ]
    assert [p.role.value for p in drill.participants if p.role] == ["crisis_lead", "counsellor", "hr"]
    assert drill.participants[0].label == LABEL
    assert drill.planned_end == T0 + timedelta(hours=2)
    assert drill.timing.first.outcome is AckOutcome.NOT_ALERTED
    assert workspace.drills.get_by_code(counsellor, drill.code).id == drill.id
    second = workspace.drills.create(counsellor, drill_input(), now=NOW)
    assert second.code == f"DR-{T0.year}-002"
    (detail, _) = audit(workspace, "drill.created")
    assert detail == {
        "code": drill.code,
        "type": "tabletop",
        "status": "planned",
        "objectives": 2,
        "participants": 3,
        "risks": [],
    }


def test_update_keeps_participant_ids_and_refuses_a_status_change(
    workspace: Workspace, counsellor: Session
) -> None:
    drill = workspace.drills.create(counsellor, drill_input(), now=NOW)
    ids = [p.id for p in drill.participants]
    fewer = drill_input(
        title="Renamed tabletop",
        participants=(Participant(role="crisis_lead", department="EAP"), Participant(department="Legal")),
    )
    updated = workspace.drills.update(counsellor, drill.id, fewer, now=NOW)
    assert updated.title == "Renamed tabletop"
    assert [p.id for p in updated.participants] == ids[:2]
    assert updated.participants[1].department == "Legal"
    assert audit(workspace, "drill.updated")[-1] == {"code": drill.code, "fields": ["participants", "title"]}
    before = state(workspace)
    with pytest.raises(DrillInputInvalid) as refused:
        workspace.drills.update(
            counsellor, drill.id, drill_input(status="in_progress", actual_start=T0), now=NOW
        )
    assert refused.value.problems[0].field == "status"
    assert state(workspace) == before


# -- status moves -----------------------------------------------------------------------------------


def test_status_moves_stamp_times_and_keep_reasons_out_of_the_audit(
    workspace: Workspace, counsellor: Session
) -> None:
    drills = workspace.drills
    drill = drills.create(counsellor, drill_input(), now=NOW)
    with pytest.raises(DrillInputInvalid, match="planned to done"):
        drills.transition(counsellor, drill.id, "done", now=NOW)
    running = drills.transition(counsellor, drill.id, "in_progress", at=T0, now=NOW)
    assert (running.status, running.actual_start, running.actual_end) == (DrillStatus.IN_PROGRESS, T0, None)
    done = drills.transition(counsellor, drill.id, "done", at=T0 + timedelta(hours=1), now=NOW)
    assert done.actual_end == T0 + timedelta(hours=1)
    with pytest.raises(DrillInputInvalid, match="needs a reason"):
        drills.transition(counsellor, drill.id, "in_progress", now=NOW)
    resumed = drills.transition(counsellor, drill.id, "in_progress", reason=REASON, now=NOW)
    assert resumed.actual_end is None
    assert resumed.allowed_targets == (DrillStatus.DONE, DrillStatus.CANCELLED)
    cancelled = drills.transition(counsellor, drill.id, "cancelled", reason=REASON, now=NOW)
    assert cancelled.allowed_targets == ()
    assert [(c.from_status.value, c.to_status.value, c.reason) for c in cancelled.status_changes] == [
        ("planned", "in_progress", None),
        ("in_progress", "done", None),
        ("done", "in_progress", REASON),
        ("in_progress", "cancelled", REASON),
    ]
    with pytest.raises(DrillInputInvalid, match="nothing"):
        drills.transition(counsellor, drill.id, "in_progress", reason=REASON, now=NOW)
    with pytest.raises(DrillInputInvalid, match="future"):
        drills.transition(
            counsellor, drills.create(counsellor, drill_input(), now=NOW).id, "in_progress",
            at=NOW + timedelta(hours=1), now=NOW,
        )  # fmt: skip
    assert [d["to"] for d in audit(workspace, "drill.status_changed")] == [
        "in_progress",
        "done",
        "in_progress",
        "cancelled",
    ]
    assert "CANARY" not in json.dumps(workspace.db.query("SELECT detail FROM audit_log"))


# -- run-drill stamps and timing --------------------------------------------------------------------


def test_stamping_acknowledgements_computes_first_and_all_against_the_targets(
    workspace: Workspace, admin: Session, counsellor: Session
) -> None:
    drills = workspace.drills
    drill = drills.create(counsellor, drill_input(), now=NOW)
    lead, coun, hr_role = (p.id for p in drill.participants)
    with pytest.raises(DrillInputInvalid, match="in progress"):
        drills.stamp_acknowledged(counsellor, drill.id, lead, T0, now=NOW)
    drills.transition(counsellor, drill.id, "in_progress", at=T0, now=NOW)
    alert = T0 + timedelta(minutes=1)
    with pytest.raises(DrillInputInvalid, match="notified"):
        drills.stamp_acknowledged(counsellor, drill.id, lead, alert, now=NOW)
    notified = drills.record_notifications(counsellor, drill.id, at=alert, now=NOW)
    assert {p.notified_at for p in notified.participants} == {alert}
    again = drills.record_notifications(counsellor, drill.id, at=alert + timedelta(minutes=5), now=NOW)
    assert {p.notified_at for p in again.participants} == {alert}  # the first alert time stays

    view = drills.stamp_acknowledged(counsellor, drill.id, lead, alert + timedelta(minutes=2), now=NOW)
    timing = view.timing
    assert timing.target == timedelta(minutes=15)  # grade I default
    assert (timing.first.elapsed, timing.first.outcome) == (timedelta(minutes=2), AckOutcome.MET)
    assert timing.everyone.outcome is AckOutcome.NOT_ALL_ACKNOWLEDGED
    assert timing.unacknowledged == (1, 2)
    with pytest.raises(DrillInputInvalid, match="acknowledged already"):
        drills.stamp_acknowledged(counsellor, drill.id, lead, alert + timedelta(minutes=3), now=NOW)
    with pytest.raises(DrillInputInvalid, match="not a participant"):
        drills.stamp_acknowledged(counsellor, drill.id, 99_999, alert, now=NOW)
    with pytest.raises(DrillInputInvalid, match="before the participant was notified"):
        drills.stamp_acknowledged(counsellor, drill.id, coun, alert - timedelta(seconds=30), now=NOW)

    drills.stamp_acknowledged(counsellor, drill.id, coun, alert + timedelta(minutes=10), now=NOW)
    timing = drills.stamp_acknowledged(
        counsellor, drill.id, hr_role, alert + timedelta(minutes=40), now=NOW
    ).timing
    assert (timing.everyone.elapsed, timing.everyone.outcome) == (timedelta(minutes=40), AckOutcome.MISSED)
    assert (timing.key_roles.elapsed, timing.key_roles.outcome) == (timedelta(minutes=40), AckOutcome.MISSED)
    assert drills.timing(counsellor, drill.id) == timing

    # the office's targets are read when needed: a looser grade I target turns "missed" into "met"
    minutes = {key: setting.default for key, setting in RESPONSE_TARGET_SETTINGS.items()}
    minutes[("I", "acknowledge")] = 45
    workspace.incidents.set_response_targets(admin, minutes)
    loose = drills.timing(counsellor, drill.id)
    assert loose.target == timedelta(minutes=45)
    assert loose.everyone.outcome is AckOutcome.MET
    assert [d["participants"] for d in audit(workspace, "drill.acknowledged")] == [[lead], [coun], [hr_role]]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(delays=st.lists(st.integers(min_value=0, max_value=120), min_size=1, max_size=4))
def test_first_and_all_acknowledgement_are_the_earliest_and_latest_stamp(
    workspace: Workspace, counsellor: Session, delays: list[int]
) -> None:
    drills = workspace.drills
    participants = tuple(Participant(department=f"Dept {n}") for n in range(len(delays)))
    drill_id = started(workspace, counsellor, participants=participants, scenario_grade="II")
    view = drills.record_notifications(counsellor, drill_id, at=T0, now=NOW)
    for participant, minutes in zip(view.participants, delays, strict=True):
        view = drills.stamp_acknowledged(
            counsellor, drill_id, participant.id, T0 + timedelta(minutes=minutes), now=NOW
        )
    timing = view.timing
    assert timing.first.elapsed == timedelta(minutes=min(delays))
    assert timing.everyone.elapsed == timedelta(minutes=max(delays))
    assert timing.everyone.outcome is (AckOutcome.MET if max(delays) <= 60 else AckOutcome.MISSED)
    assert [p.latency for p in view.participants] == [timedelta(minutes=m) for m in delays]


# -- surprise drills --------------------------------------------------------------------------------


def test_a_surprise_drill_is_hidden_from_counsellor_and_hr_until_it_starts(
    workspace: Workspace, admin: Session, counsellor: Session, hr: Session
) -> None:
    drills = workspace.drills
    surprise = drill_input(drill_type="surprise", planned_start=NOW - timedelta(hours=1))
    with pytest.raises(PermissionDenied, match=r"drill\.plan_surprise"):
        drills.create(counsellor, surprise, now=NOW)
    planned = drills.create(admin, surprise, now=NOW)
    announced = drills.create(admin, drill_input(planned_start=NOW - timedelta(hours=1)), now=NOW)
    window = (NOW - timedelta(days=1), NOW + timedelta(days=1))
    assert {d.id for d in drills.drills_between(admin, *window, now=NOW)} == {planned.id, announced.id}
    for session in (counsellor, hr):
        # the planned start has passed, but the drill has not started: still hidden
        assert [d.id for d in drills.drills_between(session, *window, now=NOW)] == [announced.id]
        with pytest.raises(InvalidInput, match="does not exist"):
            drills.get(session, planned.id, now=NOW)
    with pytest.raises(InvalidInput, match="does not exist"):
        drills.transition(counsellor, planned.id, "in_progress", now=NOW)
    with pytest.raises(PermissionDenied, match=r"drill\.plan_surprise"):
        drills.update(counsellor, announced.id, drill_input(drill_type="surprise"), now=NOW)

    drills.transition(admin, planned.id, "in_progress", at=NOW, now=NOW)
    later = NOW + timedelta(seconds=1)
    for session in (counsellor, hr):
        assert {d.id for d in drills.drills_between(session, *window, now=later)} == {
            planned.id,
            announced.id,
        }
        assert drills.get(session, planned.id, now=later).drill_type is DrillType.SURPRISE
    lead = drills.get(counsellor, planned.id, now=later).participants[0].id
    drills.record_notifications(counsellor, planned.id, at=NOW, now=later)
    assert drills.stamp_acknowledged(counsellor, planned.id, lead, later, now=later).timing.first.elapsed


def test_a_surprise_drill_cancelled_before_it_started_stays_hidden(
    workspace: Workspace, admin: Session, counsellor: Session
) -> None:
    drills = workspace.drills
    planned = drills.create(
        admin, drill_input(drill_type="surprise", planned_start=NOW + timedelta(days=3)), now=NOW
    )
    drills.transition(admin, planned.id, "cancelled", reason=REASON, now=NOW)
    window = (NOW, NOW + timedelta(days=7))
    assert [d.id for d in drills.drills_between(admin, *window, now=NOW)] == [planned.id]
    assert drills.drills_between(counsellor, *window, now=NOW) == ()


# -- recurring series -------------------------------------------------------------------------------


def test_a_quarterly_rule_materialises_four_drills_at_the_same_local_time(
    workspace: Workspace, counsellor: Session
) -> None:
    rule = RecurrenceRule(
        frequency=Frequency.QUARTERLY,
        local_time=time(10, 0),
        zone="Europe/London",
        nth_weekday=NthWeekday(2, Weekday.TUESDAY),
    )
    template = drill_input(planned_start=datetime(2027, 1, 1, tzinfo=UTC))
    series = workspace.drills.create_series(counsellor, template, rule, start=date(2027, 1, 1), now=NOW)
    starts = [d.planned_start for d in series.drills]
    assert starts == [
        datetime(2027, 1, 12, 10, tzinfo=UTC),
        datetime(2027, 4, 13, 9, tzinfo=UTC),  # 10:00 BST
        datetime(2027, 7, 13, 9, tzinfo=UTC),
        datetime(2027, 10, 12, 9, tzinfo=UTC),
    ]
    assert [d.code for d in series.drills] == [f"DR-2027-00{n}" for n in range(1, 5)]
    assert {d.series_id for d in series.drills} == {series.series_id}
    assert {d.status for d in series.drills} == {DrillStatus.PLANNED}
    assert series.rrule == "FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU"
    assert audit(workspace, "drill_series.created")[0]["drills"] == 4
    full = workspace.drills.get(counsellor, series.drills[2].id)
    assert full.participants[0].label == LABEL  # every drill carries the template's details

    before = state(workspace)
    with pytest.raises(DrillInputInvalid, match="horizon"):
        workspace.drills.create_series(
            counsellor, template, rule, start=date(2027, 1, 1), horizon_days=5, now=NOW
        )
    with pytest.raises(DrillInputInvalid, match="planned drills"):
        workspace.drills.create_series(counsellor, drill_input(status="in_progress", actual_start=T0), rule)
    assert state(workspace) == before


# -- risks ------------------------------------------------------------------------------------------


def test_a_drill_links_to_an_existing_risk(workspace: Workspace, counsellor: Session) -> None:
    risk = workspace.risks.create(
        counsellor,
        RiskInput(
            title="Night call tree fails",
            source="cyber_attack",
            owner_role="it_security",
            likelihood=2,
            impact=3,
        ),  # type: ignore[arg-type]
    ).risk
    drills = workspace.drills
    drill = drills.create(counsellor, drill_input(risk_ids=(risk.id,)), now=NOW)
    assert [(r.risk_id, r.code) for r in drill.risks] == [(risk.id, risk.code)]
    assert drills.unlink_risk(counsellor, drill.id, risk.id).risks == ()
    linked = drills.link_risk(counsellor, drill.id, risk.id)
    assert [r.code for r in linked.risks] == [risk.code]
    assert drills.link_risk(counsellor, drill.id, risk.id).risks == linked.risks  # twice: no change
    assert [d.id for d in drills.drills_for_risk(counsellor, risk.id)] == [drill.id]
    assert [d["risk"] for d in audit(workspace, "drill.risk_linked")] == [risk.id]
    with pytest.raises(DrillInputInvalid, match="not in the register"):
        drills.link_risk(counsellor, drill.id, risk.id + 100)


# -- findings, corrective actions, rating, history --------------------------------------------------


def test_findings_actions_rating_and_history(workspace: Workspace, counsellor: Session) -> None:
    drills = workspace.drills
    planned = drills.create(counsellor, drill_input(), now=NOW)
    with pytest.raises(DrillInputInvalid, match="once the drill has started"):
        drills.add_finding(counsellor, planned.id, severity="high", area="people", text=FINDING)
    with pytest.raises(DrillInputInvalid, match="once the drill has started"):
        drills.rate(counsellor, planned.id, ["met", None])

    drill_id = started(workspace, counsellor)
    alert = T0 + timedelta(minutes=1)
    view = drills.record_notifications(counsellor, drill_id, at=alert, now=NOW)
    for minutes, participant in zip((5, 9, 12), view.participants, strict=True):
        drills.stamp_acknowledged(
            counsellor, drill_id, participant.id, alert + timedelta(minutes=minutes), now=NOW
        )
    drills.transition(counsellor, drill_id, "done", at=T0 + timedelta(hours=1), now=NOW)

    finding = drills.add_finding(counsellor, drill_id, severity="high", area="people", text=FINDING, now=NOW)
    other = drills.add_finding(
        counsellor, drill_id, severity="low", area="tools", text="Pager battery", now=NOW
    )
    assert finding.status is FindingStatus.OPEN
    with pytest.raises(DrillInputInvalid) as refused:
        drills.add_finding(counsellor, drill_id, severity="fatal", area="people", text="")
    assert {p.field for p in refused.value.problems} == {"severity", "text"}
    action = drills.add_action(
        counsellor, drill_id, title=ACTION, due_on=date(2027, 2, 1), owner_role="hr", finding_id=finding.id
    )
    assert drills.get(counsellor, drill_id).findings[0].action_ids == (action.id,)
    with pytest.raises(DrillInputInvalid, match="not a finding of this drill"):
        drills.add_action(
            counsellor,
            planned.id,
            title=ACTION,
            due_on=date(2027, 2, 1),
            owner_role="hr",
            finding_id=finding.id,
        )
    with pytest.raises(DrillInputInvalid) as refused:
        drills.add_action(counsellor, drill_id, title="", due_on=date(2027, 2, 1))
    assert {p.field for p in refused.value.problems} == {"title", "owner"}

    due = drills.actions_due(counsellor, date(2027, 2, 1), date(2027, 2, 28), open_only=True)
    assert [(d.action.id, d.drill_code) for d in due] == [(action.id, drills.get(counsellor, drill_id).code)]
    done = drills.set_action_status(counsellor, action.id, "done")
    assert done.done_at is not None
    assert drills.actions_due(counsellor, date(2027, 2, 1), date(2027, 2, 28), open_only=True) == ()
    statuses = {f.id: f.status for f in drills.get(counsellor, drill_id).findings}
    assert statuses == {finding.id: FindingStatus.CLOSED, other.id: FindingStatus.OPEN}
    edited = drills.update_finding(
        counsellor, other.id, severity="medium", area="tools", text="Pager battery"
    )
    assert edited.severity.value == "medium"

    rated = drills.rate(counsellor, drill_id, ["met", "partly_met"], now=NOW)
    assert (rated.rating.overall.value, rated.rating.score_percent) == ("partly_met", 75)  # type: ignore[union-attr]
    assert rated.rated_at == NOW
    with pytest.raises(DrillInputInvalid, match="one result for each"):
        drills.rate(counsellor, drill_id, ["met"])

    (point,) = drills.history(counsellor)
    assert point.drill_id == drill_id
    assert (point.first_ack, point.first_outcome) == (timedelta(minutes=5), AckOutcome.MET)
    assert (point.all_ack, point.all_outcome) == (timedelta(minutes=12), AckOutcome.MET)
    assert (point.findings_open, point.findings_closed, point.score_percent) == (1, 1, 75)
    assert drills.history(counsellor, since=NOW) == ()
    texts = json.dumps(workspace.db.query("SELECT detail FROM audit_log"))
    assert "CANARY" not in texts
    assert "Pager" not in texts


# -- hr_manager -------------------------------------------------------------------------------------


def test_hr_reads_announced_drills_de_identified_and_is_refused_writes(
    workspace: Workspace, counsellor: Session, hr: Session
) -> None:
    drills = workspace.drills
    drill_id = started(workspace, counsellor)
    drills.record_notifications(counsellor, drill_id, at=T0, now=NOW)
    finding = drills.add_finding(counsellor, drill_id, severity="high", area="people", text=FINDING)
    drills.add_action(
        counsellor, drill_id, title=ACTION, due_on=date(2027, 2, 1), owner_role="hr", finding_id=finding.id
    )
    drills.transition(counsellor, drill_id, "cancelled", reason=REASON, now=NOW)

    seen = drills.get(hr, drill_id)
    assert seen.deidentified
    assert seen.title == "Quarterly call-tree tabletop"
    assert [p.role.value for p in seen.participants if p.role] == ["crisis_lead", "counsellor", "hr"]
    assert {p.label for p in seen.participants} == {None}
    assert [(f.severity.value, f.area.value, f.text) for f in seen.findings] == [("high", "people", None)]
    assert [a.title for a in seen.actions] == [None]
    assert seen.status_changes[-1].reason is None
    assert "CANARY" not in repr(seen)
    (due,) = drills.actions_due(hr, date(2027, 2, 1), date(2027, 2, 1))
    assert due.action.title is None
    assert drills.get(counsellor, drill_id).participants[0].label == LABEL

    other = drills.create(counsellor, drill_input(), now=NOW)
    before = state(workspace)
    refusals = [
        lambda: drills.create(hr, drill_input(), now=NOW),
        lambda: drills.update(hr, other.id, drill_input(title="HR rename"), now=NOW),
        lambda: drills.transition(hr, other.id, "in_progress", now=NOW),
        lambda: drills.record_notifications(hr, drill_id, now=NOW),
        lambda: drills.stamp_acknowledged(hr, drill_id, seen.participants[0].id, now=NOW),
        lambda: drills.add_finding(hr, drill_id, severity="low", area="tools", text="x"),
        lambda: drills.rate(hr, drill_id, ["met", "met"]),
        lambda: drills.link_risk(hr, drill_id, 1),
    ]
    for refused in refusals:
        with pytest.raises(PermissionDenied):
            refused()
    after = state(workspace)
    assert after[:-1] == before[:-1]
    assert after[-1][0][0] == before[-1][0][0] + len(refusals)  # type: ignore[index]  # the refusals only
