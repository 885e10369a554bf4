"""Notifications log, escalation ladder and breach clocks on real SQLCipher files, per role."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.breach_clocks import CustomRuleInput
from app.domain.clocks import ClockState
from app.domain.communication_templates import Channel
from app.domain.crisis_roles import CrisisRole
from app.domain.escalation import StepState
from app.domain.grading import Grade, GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.roles import Role
from app.services.breach_clocks import LateReasonMissing
from app.services.errors import InvalidInput
from app.services.notifications import NotificationInput
from app.services.record_input import RecordInputInvalid
from app.services.session import Session
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD

R = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # when the incidents were reported
CANARY_NAME = "CANARY-NAME 王小明"
CANARY_NOTE = "CANARY-NOTE 已留言"
CANARY_TO = "CANARY-TO 個資主管機關"
CANARY_REASON = "CANARY-REASON 鑑識未完成"
CANARIES = (CANARY_NAME, CANARY_NOTE, CANARY_TO, CANARY_REASON)


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


def new_incident(
    workspace: Workspace,
    session: Session,
    grade: Grade,
    category: IncidentCategory = IncidentCategory.PRIVACY_LEAK,
) -> int:
    created = workspace.incidents.create(
        session,
        IncidentFacts(title="Leak of screening results", category=category, reported_at=R),
        GradingInput(),
        chosen_grade=grade,
        override_reason="set for the test",
        now=R + timedelta(minutes=1),
    )
    return created.incident.id


def notify(
    workspace: Workspace,
    session: Session,
    incident_id: int,
    role: CrisisRole,
    at: datetime,
    *,
    acknowledged_at: datetime | None = None,
) -> int:
    view = workspace.notifications.record(
        session,
        incident_id,
        NotificationInput(role, Channel.PHONE, CANARY_NAME, at, CANARY_NOTE, acknowledged_at),
        now=at + timedelta(minutes=1) if acknowledged_at is None else acknowledged_at + timedelta(minutes=1),
    )
    return view.id


def all_text(values: object) -> str:
    """Every value reachable from the returned dataclasses, as text (what a view could show)."""
    if dataclasses.is_dataclass(values) and not isinstance(values, type):
        return " ".join(all_text(getattr(values, f.name)) for f in dataclasses.fields(values))
    if isinstance(values, tuple | list):
        return " ".join(all_text(v) for v in values)
    if isinstance(values, dict):
        return " ".join(all_text(k) + " " + all_text(v) for k, v in values.items())
    return str(values)


def audit_text(workspace: Workspace) -> str:
    return " ".join(str(row) for row in workspace.db.query("SELECT * FROM audit_log"))


# -- escalation ladder ----------------------------------------------------------------------------


def test_grade_i_ladder_due_times_and_states_follow_the_log(
    workspace: Workspace, counsellor: Session
) -> None:
    incident = new_incident(workspace, counsellor, Grade.I)
    ladder = workspace.notifications.escalation(counsellor, incident, now=R + timedelta(minutes=5))
    assert [s.role for s in ladder.status.steps] == [
        CrisisRole.COUNSELLOR,
        CrisisRole.CRISIS_LEAD,
        CrisisRole.EXECUTIVE,
    ]
    assert [s.due_at for s in ladder.status.steps] == [
        R,
        R + timedelta(minutes=15),
        R + timedelta(minutes=30),
    ]
    assert [s.state for s in ladder.status.steps] == [StepState.DUE, StepState.PENDING, StepState.PENDING]

    notify(workspace, counsellor, incident, CrisisRole.COUNSELLOR, R + timedelta(minutes=2))
    ladder = workspace.notifications.escalation(counsellor, incident, now=R + timedelta(minutes=20))
    assert [s.state for s in ladder.status.steps] == [StepState.NOTIFIED, StepState.DUE, StepState.PENDING]
    assert ladder.status.next_due_at == R + timedelta(minutes=30)

    notify(
        workspace,
        counsellor,
        incident,
        CrisisRole.CRISIS_LEAD,
        R + timedelta(minutes=21),
        acknowledged_at=R + timedelta(minutes=25),
    )
    ladder = workspace.notifications.escalation(counsellor, incident, now=R + timedelta(minutes=40))
    assert [s.state for s in ladder.status.steps] == [
        StepState.NOTIFIED,
        StepState.ACKNOWLEDGED,
        StepState.NOT_NEEDED,
    ]
    assert ladder.status.acknowledged_at == R + timedelta(minutes=25)


def test_grade_iv_ladder_waits_a_day_for_the_lead(workspace: Workspace, counsellor: Session) -> None:
    incident = new_incident(workspace, counsellor, Grade.IV)
    ladder = workspace.notifications.escalation(counsellor, incident, now=R + timedelta(hours=23))
    assert [(s.role, s.due_at) for s in ladder.status.steps] == [
        (CrisisRole.COUNSELLOR, R),
        (CrisisRole.CRISIS_LEAD, R + timedelta(hours=24)),
    ]
    assert ladder.grade is Grade.IV


def test_acknowledging_the_incident_in_the_app_stops_the_ladder(
    workspace: Workspace, counsellor: Session
) -> None:
    incident = new_incident(workspace, counsellor, Grade.II)
    workspace.incidents.transition(counsellor, incident, "verified", now=R + timedelta(minutes=10))
    ladder = workspace.notifications.escalation(counsellor, incident, now=R + timedelta(hours=2))
    assert [s.state for s in ladder.status.steps] == [
        StepState.ACKNOWLEDGED,
        StepState.NOT_NEEDED,
        StepState.NOT_NEEDED,
    ]


def test_acknowledgement_recorded_later(workspace: Workspace, counsellor: Session) -> None:
    incident = new_incident(workspace, counsellor, Grade.I)
    entry = notify(workspace, counsellor, incident, CrisisRole.EXECUTIVE, R + timedelta(minutes=3))
    done = workspace.notifications.acknowledge(
        counsellor, incident, entry, at=R + timedelta(minutes=8), now=R + timedelta(minutes=9)
    )
    assert done.acknowledged_at == R + timedelta(minutes=8)
    with pytest.raises(InvalidInput, match="already acknowledged"):
        workspace.notifications.acknowledge(counsellor, incident, entry, now=R + timedelta(minutes=10))
    other = notify(workspace, counsellor, incident, CrisisRole.PR, R + timedelta(minutes=30))
    with pytest.raises(RecordInputInvalid, match="before the notification"):
        workspace.notifications.acknowledge(
            counsellor, incident, other, at=R + timedelta(minutes=20), now=R + timedelta(minutes=40)
        )
    assert (
        workspace.db.query_value("SELECT count(*) FROM audit_log WHERE action = 'notification.acknowledged'")
        == 1
    )


def test_bad_notification_input_lists_every_field_and_writes_nothing(
    workspace: Workspace, counsellor: Session
) -> None:
    incident = new_incident(workspace, counsellor, Grade.III)
    before = workspace.db.query("SELECT * FROM incident_notifications")
    with pytest.raises(RecordInputInvalid) as caught:
        workspace.notifications.record(
            counsellor,
            incident,
            NotificationInput("janitor", "carrier pigeon", "  ", datetime(2026, 11, 2, 9, 0)),  # naive time
            now=R + timedelta(hours=2),
        )
    assert {p.field for p in caught.value.problems} == {"role", "channel", "recipient", "notified_at"}
    with pytest.raises(RecordInputInvalid) as future:
        workspace.notifications.record(
            counsellor,
            incident,
            NotificationInput(CrisisRole.HR, Channel.SMS, "Lin", R + timedelta(days=3)),
            now=R + timedelta(hours=2),
        )
    assert future.value.problems[0].field == "notified_at"
    assert workspace.db.query("SELECT * FROM incident_notifications") == before


# -- what hr_manager receives ----------------------------------------------------------------------


def test_hr_manager_gets_roles_channels_and_times_but_no_names_or_notes(
    workspace: Workspace, counsellor: Session, hr: Session
) -> None:
    incident = new_incident(workspace, counsellor, Grade.I)
    notify(workspace, counsellor, incident, CrisisRole.COUNSELLOR, R + timedelta(minutes=2))
    full = workspace.notifications.log(counsellor, incident)
    assert full[0].recipient == CANARY_NAME
    assert full[0].note == CANARY_NOTE
    assert CANARY_NAME not in repr(full[0])

    seen = workspace.notifications.log(hr, incident)
    assert len(seen) == 1
    assert seen[0].deidentified
    assert (seen[0].role, seen[0].channel, seen[0].notified_at) == (
        CrisisRole.COUNSELLOR,
        Channel.PHONE,
        R + timedelta(minutes=2),
    )
    assert seen[0].recipient is None
    assert seen[0].note is None
    ladder = workspace.notifications.escalation(hr, incident, now=R + timedelta(minutes=5))
    text = all_text(seen) + all_text(ladder)
    for canary in CANARIES:
        assert canary not in text


def test_reads_by_casework_roles_are_audited_and_audit_holds_no_text(
    workspace: Workspace, counsellor: Session, hr: Session
) -> None:
    incident = new_incident(workspace, counsellor, Grade.II)
    notify(workspace, counsellor, incident, CrisisRole.LEGAL, R + timedelta(minutes=2))
    workspace.notifications.log(counsellor, incident)
    workspace.notifications.log(hr, incident)
    viewed = workspace.db.query("SELECT actor FROM audit_log WHERE action = 'notification.log_viewed'")
    assert viewed == [("coun",)]
    detail = workspace.db.query_value("SELECT detail FROM audit_log WHERE action = 'notification.recorded'")
    assert '"role": "legal"' in detail
    assert '"channel": "phone"' in detail
    for canary in CANARIES:
        assert canary not in audit_text(workspace)


# -- breach clocks --------------------------------------------------------------------------------


def test_gdpr_clocks_met_missed_and_the_late_reason_rule(
    workspace: Workspace, counsellor: Session, hr: Session
) -> None:
    incident = new_incident(workspace, counsellor, Grade.II)
    status = workspace.breach_clocks.add_rule_set(counsellor, incident, "gdpr", now=R + timedelta(minutes=5))
    assert [c.state for c in status.clocks] == [ClockState.NOT_STARTED, ClockState.NOT_STARTED]

    workspace.breach_clocks.record_event(counsellor, incident, "awareness", R, now=R + timedelta(minutes=6))
    status = workspace.breach_clocks.status(counsellor, incident, now=R + timedelta(hours=10))
    regulator, affected = status.clocks
    assert affected.rule_code == "gdpr.affected"
    assert regulator.rule_code == "gdpr.regulator"
    assert regulator.due_at == R + timedelta(hours=72)
    assert regulator.state is ClockState.RUNNING
    assert regulator.time_left == timedelta(hours=62)

    # Sent in time: met.
    status = workspace.breach_clocks.record_notice(
        counsellor, incident, "gdpr.affected", R + timedelta(hours=20), now=R + timedelta(hours=21)
    )
    assert status.clocks[1].state is ClockState.MET
    assert status.clocks[1].met is True

    # Late without a reason: refused, nothing written.
    with pytest.raises(LateReasonMissing) as late:
        workspace.breach_clocks.record_notice(
            counsellor, incident, "gdpr.regulator", R + timedelta(hours=80), recipient=CANARY_TO,
            now=R + timedelta(hours=81),
        )  # fmt: skip
    assert late.value.due_at == R + timedelta(hours=72)
    assert late.value.problems[0].field == "late_reason"
    assert workspace.db.query_value("SELECT count(*) FROM incident_breach_notices") == 1

    status = workspace.breach_clocks.record_notice(
        counsellor,
        incident,
        "gdpr.regulator",
        R + timedelta(hours=80),
        recipient=CANARY_TO,
        late_reason=CANARY_REASON,
        now=R + timedelta(hours=81),
    )
    regulator = status.clocks[0]
    assert regulator.state is ClockState.MISSED
    assert regulator.met is False
    assert regulator.time_left == -timedelta(hours=8)
    assert (regulator.recipient, regulator.late_reason) == (CANARY_TO, CANARY_REASON)

    seen = workspace.breach_clocks.status(hr, incident, now=R + timedelta(hours=90))
    assert [c.state for c in seen.clocks] == [ClockState.MISSED, ClockState.MET]
    assert seen.clocks[0].recipient is None
    assert seen.clocks[0].late_reason is None
    assert seen.clocks[0].note is None
    for canary in CANARIES:
        assert canary not in all_text(seen)
        assert canary not in audit_text(workspace)
    late_flags = workspace.db.query(
        "SELECT detail FROM audit_log WHERE action = 'breach.notice_recorded' ORDER BY seq"
    )
    assert ['"late": false' in d for (d,) in late_flags] == [True, False]


def test_moving_awareness_so_a_notice_becomes_late_is_refused(
    workspace: Workspace, counsellor: Session
) -> None:
    incident = new_incident(workspace, counsellor, Grade.II)
    workspace.breach_clocks.add_rule_set(counsellor, incident, "gdpr", now=R + timedelta(minutes=5))
    workspace.breach_clocks.record_event(
        counsellor, incident, "awareness", R + timedelta(hours=10), now=R + timedelta(hours=11)
    )
    workspace.breach_clocks.record_notice(
        counsellor, incident, "gdpr.regulator", R + timedelta(hours=70), now=R + timedelta(hours=71)
    )
    with pytest.raises(RecordInputInvalid, match="late"):
        workspace.breach_clocks.record_event(
            counsellor, incident, "awareness", R - timedelta(hours=10), now=R + timedelta(hours=72)
        )
    status = workspace.breach_clocks.status(counsellor, incident, now=R + timedelta(hours=72))
    assert status.events[0][1] == R + timedelta(hours=10)


def test_nis2_final_report_starts_when_the_notification_is_sent(
    workspace: Workspace, counsellor: Session
) -> None:
    incident = new_incident(workspace, counsellor, Grade.I, IncidentCategory.CYBER_SECURITY)
    workspace.breach_clocks.add_rule_set(counsellor, incident, "nis2", now=R + timedelta(minutes=5))
    workspace.breach_clocks.record_event(counsellor, incident, "awareness", R, now=R + timedelta(minutes=6))
    status = workspace.breach_clocks.status(counsellor, incident, now=R + timedelta(hours=30))
    early, notification, final = status.clocks
    assert early.state is ClockState.OVERDUE
    assert notification.state is ClockState.RUNNING
    assert final.state is ClockState.NOT_STARTED
    status = workspace.breach_clocks.record_notice(
        counsellor, incident, "nis2.notification", R + timedelta(hours=48), now=R + timedelta(hours=49)
    )
    assert status.clocks[2].due_at == R + timedelta(hours=48) + timedelta(days=30)


def test_several_rule_sets_and_a_custom_one(workspace: Workspace, admin: Session, hr: Session) -> None:
    incident = new_incident(workspace, admin, Grade.II)
    workspace.breach_clocks.add_rule_set(admin, incident, "gdpr", now=R + timedelta(minutes=5))
    status = workspace.breach_clocks.add_rule_set(
        admin,
        incident,
        "custom",
        custom_rules=[CustomRuleInput("board", "CANARY-NOTE tell the board", "detection", 12, "management")],
        custom_name="Group policy",
        now=R + timedelta(minutes=6),
    )
    assert [code for code, _name in status.rule_sets] == ["gdpr", "custom"]
    assert status.clocks[-1].rule_code == "custom.board"
    seen = workspace.breach_clocks.status(hr, incident, now=R + timedelta(hours=1))
    assert seen.clocks[-1].label is None
    assert "CANARY" not in all_text(seen)
    assert "Group policy" not in all_text(seen)
    with pytest.raises(InvalidInput, match="already applied"):
        workspace.breach_clocks.add_rule_set(admin, incident, "gdpr", now=R + timedelta(minutes=7))
    with pytest.raises(RecordInputInvalid):
        workspace.breach_clocks.add_rule_set(
            admin, incident, "custom", custom_rules=[CustomRuleInput("x", "", "awareness", -1, "regulator")]
        )


def test_breach_clocks_only_for_privacy_leaks_and_cyber_events(
    workspace: Workspace, counsellor: Session
) -> None:
    incident = new_incident(workspace, counsellor, Grade.III, IncidentCategory.PSYCHOLOGICAL_CRISIS)
    with pytest.raises(InvalidInput, match="privacy leaks"):
        workspace.breach_clocks.add_rule_set(counsellor, incident, "gdpr", now=R + timedelta(minutes=5))
    assert workspace.breach_clocks.status(counsellor, incident).applicable is False
    with pytest.raises(RecordInputInvalid, match="rule"):
        workspace.breach_clocks.record_notice(
            counsellor, incident, "gdpr.regulator", R, now=R + timedelta(hours=1)
        )


# -- property: bad input is refused with a message, never a crash or a half-saved record -----------

_roles = st.one_of(st.sampled_from([r.value for r in CrisisRole]), st.text(max_size=12))
_channels = st.one_of(st.sampled_from([c.value for c in Channel]), st.text(max_size=12))
_times = st.one_of(
    st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)),
    st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31)),  # naive
)


_inputs = st.builds(
    NotificationInput,
    role=_roles,
    channel=_channels,
    recipient=st.text(max_size=210),
    notified_at=_times,
    note=st.text(max_size=50),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entry=_inputs)
def test_any_notification_input_is_saved_whole_or_refused_with_problems(
    workspace: Workspace, counsellor: Session, entry: NotificationInput
) -> None:
    incident = workspace.db.query_value("SELECT min(id) FROM incidents") or new_incident(
        workspace, counsellor, Grade.III
    )
    rows_before = workspace.db.query_value("SELECT count(*) FROM incident_notifications")
    audit_before = workspace.db.query_value("SELECT count(*) FROM audit_log")
    refused: RecordInputInvalid | None = None
    view = None
    try:
        view = workspace.notifications.record(
            counsellor, incident, entry, now=datetime(2026, 12, 1, tzinfo=UTC)
        )
    except RecordInputInvalid as error:
        refused = error
    rows_after = workspace.db.query_value("SELECT count(*) FROM incident_notifications")
    if refused is not None:
        assert refused.problems
        assert all(p.message for p in refused.problems)
        assert rows_after == rows_before
        assert workspace.db.query_value("SELECT count(*) FROM audit_log") == audit_before
    else:
        assert view is not None
        assert view.role.value == entry.role
        assert view.recipient == view.recipient.strip() != ""
        assert rows_after == rows_before + 1
