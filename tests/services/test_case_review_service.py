"""The review section and corrective actions on real SQLCipher files: closing, validation, HR, audit."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.case_review import REQUIRED_FIELDS, ActionStatus
from app.domain.crisis_roles import CrisisRole
from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.lifecycle import Status
from app.domain.roles import Role
from app.services.errors import InvalidInput, PermissionDenied
from app.services.incidents import IncidentInputInvalid
from app.services.session import Session
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD

NOW = datetime.now(UTC).replace(microsecond=0)
FILLED = {
    "root_cause": "CANARY-ROOT 權限設定錯誤",
    "recovery_plan": "CANARY-RECOVERY 重新設定",
    "effect_evaluation": "CANARY-EFFECT 有效",
    "lessons_learned": "CANARY-LESSON 張三",
}
ACTION_TITLE = "CANARY-ACTION retrain 李四's team"


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


def _incident(workspace: Workspace, session: Session, *, resolved: bool = True) -> int:
    facts = IncidentFacts(
        title="Shared folder open",
        category=IncidentCategory.PRIVACY_LEAK,
        reported_at=NOW - timedelta(hours=2),
    )
    incident = workspace.incidents.create(session, facts, GradingInput()).incident
    if resolved:
        for status in ("verified", "assessed", "responding", "contained", "resolved"):
            workspace.incidents.transition(session, incident.id, status)
    return incident.id


def state(workspace: Workspace) -> tuple[object, ...]:
    db = workspace.db
    return tuple(
        db.query(f"SELECT * FROM {table} ORDER BY 1")
        for table in (
            "incidents",
            "incident_reviews",
            "corrective_actions",
            "incident_status_changes",
            "audit_log",
        )
    )


def audit(workspace: Workspace, action: str) -> list[tuple[str, str, dict[str, Any]]]:
    rows = workspace.db.query(
        "SELECT actor, entity_id, detail FROM audit_log WHERE action = ? ORDER BY seq", (action,)
    )
    return [(a, i, json.loads(d)) for a, i, d in rows]


def test_closing_as_reviewed_is_refused_until_the_review_is_filled(
    workspace: Workspace, counsellor: Session
) -> None:
    incident_id = _incident(workspace, counsellor)
    before = state(workspace)
    with pytest.raises(InvalidInput, match="Still empty: root cause, recovery plan") as refused:
        workspace.incidents.transition(counsellor, incident_id, Status.REVIEWED)
    assert "review section must be filled" in str(refused.value)
    assert state(workspace) == before

    partial = workspace.reviews.save(
        counsellor, incident_id, root_cause=FILLED["root_cause"], lessons_learned="   "
    )
    assert partial.missing == ("recovery_plan", "effect_evaluation", "lessons_learned")
    assert not partial.complete
    assert not partial.can_close
    with pytest.raises(InvalidInput, match="Still empty: recovery plan, effect evaluation, lessons learned"):
        workspace.incidents.transition(counsellor, incident_id, Status.REVIEWED)

    review = workspace.reviews.save(counsellor, incident_id, **FILLED)
    assert review.complete
    assert review.can_close
    workspace.reviews.add_action(
        counsellor, incident_id, title=ACTION_TITLE, due_on=date(2027, 3, 1), owner_role=CrisisRole.HR
    )
    assert workspace.reviews.get(counsellor, incident_id).open_actions == 1  # shown, but does not block
    closed = workspace.incidents.transition(counsellor, incident_id, Status.REVIEWED)
    assert closed.status is Status.REVIEWED
    assert closed.reviewed_at is not None


def test_a_closed_review_is_not_rewritten_until_reopened(workspace: Workspace, counsellor: Session) -> None:
    incident_id = _incident(workspace, counsellor)
    workspace.reviews.save(counsellor, incident_id, **FILLED)
    workspace.incidents.transition(counsellor, incident_id, Status.REVIEWED)
    with pytest.raises(InvalidInput, match="closed"):
        workspace.reviews.save(counsellor, incident_id, **{**FILLED, "root_cause": "changed"})
    workspace.incidents.transition(counsellor, incident_id, Status.RESOLVED, reason="review incomplete")
    emptied = workspace.reviews.save(counsellor, incident_id, **{**FILLED, "effect_evaluation": ""})
    assert emptied.missing == ("effect_evaluation",)
    with pytest.raises(InvalidInput, match="effect evaluation"):
        workspace.incidents.transition(counsellor, incident_id, Status.REVIEWED)


def test_review_round_trip_is_audited_with_field_names_only(
    workspace: Workspace, counsellor: Session
) -> None:
    incident_id = _incident(workspace, counsellor, resolved=False)
    code = workspace.incidents.get(counsellor, incident_id).code
    saved = workspace.reviews.save(
        counsellor, incident_id, **FILLED, plan_revisions="  CANARY-PLAN add a step  \n"
    )
    assert saved.plan_revisions == "CANARY-PLAN add a step"
    again = workspace.reviews.get(counsellor, incident_id)
    assert (again.root_cause, again.lessons_learned) == (FILLED["root_cause"], FILLED["lessons_learned"])
    assert again.updated_by == counsellor.user_id
    workspace.reviews.save(counsellor, incident_id, **FILLED, plan_revisions="CANARY-PLAN add a step")
    entries = audit(workspace, "incident_review.updated")
    assert entries == [  # saving the same text again writes nothing
        (
            "coun",
            str(incident_id),
            {"incident": code, "fields": sorted([*REQUIRED_FIELDS, "plan_revisions"]), "complete": True},
        )
    ]
    assert audit(workspace, "incident_review.viewed")[-1][:2] == ("coun", str(incident_id))
    log = json.dumps(workspace.db.query("SELECT * FROM audit_log"), ensure_ascii=False)
    assert "CANARY" not in log
    assert "CANARY" not in repr(again)


def test_bad_review_input_names_the_field_and_writes_nothing(
    workspace: Workspace, counsellor: Session
) -> None:
    incident_id = _incident(workspace, counsellor)
    before = state(workspace)
    with pytest.raises(IncidentInputInvalid) as refused:
        workspace.reviews.save(counsellor, incident_id, root_cause="x\x00y", lessons_learned="z" * 20_001)
    assert [p.field for p in refused.value.problems] == ["root_cause", "lessons_learned"]
    with pytest.raises(InvalidInput, match="does not exist"):
        workspace.reviews.save(counsellor, 9999, **FILLED)
    assert state(workspace) == before


def test_corrective_actions_owner_status_and_done_time(
    workspace: Workspace, counsellor: Session, admin: Session
) -> None:
    incident_id = _incident(workspace, counsellor)
    t1, t2 = NOW + timedelta(minutes=1), NOW + timedelta(minutes=2)
    by_role = workspace.reviews.add_action(
        counsellor, incident_id, title=ACTION_TITLE, due_on=date(2027, 1, 15), owner_role="legal", now=t1
    )
    assert (by_role.owner_role, by_role.owner_user_id, by_role.status) == (
        CrisisRole.LEGAL,
        None,
        ActionStatus.OPEN,
    )
    by_user = workspace.reviews.add_action(
        counsellor,
        incident_id,
        title="Update the plan",
        due_on=date(2027, 1, 10),
        owner_user_id=admin.user_id,
    )
    done = workspace.reviews.set_action_status(counsellor, by_role.id, ActionStatus.DONE, now=t2)
    assert (done.status, done.done_at) == (ActionStatus.DONE, t2)
    reopened = workspace.reviews.set_action_status(counsellor, by_role.id, "in_progress")
    assert (reopened.status, reopened.done_at) == (ActionStatus.IN_PROGRESS, None)
    moved = workspace.reviews.update_action(
        counsellor, by_user.id, title="Update the plan", due_on=date(2027, 2, 1), owner_role="crisis_lead"
    )
    assert (moved.owner_role, moved.owner_user_id, moved.due_on) == (
        CrisisRole.CRISIS_LEAD,
        None,
        date(2027, 2, 1),
    )
    review = workspace.reviews.get(counsellor, incident_id)
    assert [a.id for a in review.actions] == [by_role.id, by_user.id]  # by due date
    assert review.open_actions == 2
    details = [d for _a, _i, d in audit(workspace, "corrective_action.updated")]
    assert details[0] == {"fields": ["status"], "from": "open", "to": "done"}
    assert details[-1] == {"fields": ["due_on", "owner_role", "owner_user_id"]}
    assert "CANARY" not in json.dumps(workspace.db.query("SELECT * FROM audit_log"), ensure_ascii=False)


def test_corrective_action_owner_must_be_an_active_casework_account(
    workspace: Workspace, counsellor: Session, hr: Session, admin: Session
) -> None:
    incident_id = _incident(workspace, counsellor)
    before = state(workspace)
    for owner, message in ((hr.user_id, "counsellor or an administrator"), (9999, "no such account")):
        with pytest.raises(IncidentInputInvalid, match=message):
            workspace.reviews.add_action(
                counsellor, incident_id, title="x", due_on=date(2027, 1, 1), owner_user_id=owner
            )
    workspace.users.set_disabled(admin, counsellor.user_id, True)
    with pytest.raises(IncidentInputInvalid, match="disabled"):
        workspace.reviews.add_action(
            admin, incident_id, title="x", due_on=date(2027, 1, 1), owner_user_id=counsellor.user_id
        )
    with pytest.raises(IncidentInputInvalid) as refused:
        workspace.reviews.add_action(admin, incident_id, title=" ", due_on=date(2027, 1, 1))
    assert {p.field for p in refused.value.problems} == {"title", "owner"}
    assert state(workspace)[:3] == before[:3]


def test_actions_due_in_a_period_for_a_calendar(
    workspace: Workspace, counsellor: Session, hr: Session
) -> None:
    incident_id = _incident(workspace, counsellor)
    code = workspace.incidents.get(counsellor, incident_id).code
    for day, status in ((1, "open"), (15, "done"), (31, "open")):
        action = workspace.reviews.add_action(
            counsellor, incident_id, title=f"{ACTION_TITLE} {day}", due_on=date(2027, 1, day), owner_role="hr"
        )
        if status != "open":
            workspace.reviews.set_action_status(counsellor, action.id, status)
    workspace.reviews.add_action(
        counsellor, incident_id, title="later", due_on=date(2027, 2, 1), owner_role="hr"
    )
    january = workspace.reviews.actions_due(counsellor, date(2027, 1, 1), date(2027, 1, 31))
    assert [(d.action.due_on.day, d.incident_code) for d in january] == [(1, code), (15, code), (31, code)]
    assert january[0].action.title == f"{ACTION_TITLE} 1"
    open_only = workspace.reviews.actions_due(counsellor, date(2027, 1, 1), date(2027, 1, 31), open_only=True)
    assert [d.action.due_on.day for d in open_only] == [1, 31]
    for_hr = workspace.reviews.actions_due(hr, date(2027, 1, 1), date(2027, 1, 31))
    assert [(d.action.title, d.action.status.value, d.action.owner_role) for d in for_hr] == [
        (None, "open", CrisisRole.HR),
        (None, "done", CrisisRole.HR),
        (None, "open", CrisisRole.HR),
    ]
    with pytest.raises(IncidentInputInvalid, match="before the first day"):
        workspace.reviews.actions_due(counsellor, date(2027, 2, 1), date(2027, 1, 1))


def test_hr_receives_no_review_text_or_action_title(
    workspace: Workspace, counsellor: Session, hr: Session
) -> None:
    incident_id = _incident(workspace, counsellor)
    workspace.reviews.save(counsellor, incident_id, **FILLED, plan_revisions="CANARY-PLAN")
    workspace.reviews.add_action(
        counsellor, incident_id, title=ACTION_TITLE, due_on=date(2027, 1, 1), owner_user_id=counsellor.user_id
    )
    seen = workspace.reviews.get(hr, incident_id)
    plain = json.dumps(dataclasses.asdict(seen), default=str, ensure_ascii=False)
    assert "CANARY" not in plain
    assert seen.deidentified
    assert (seen.root_cause, seen.recovery_plan, seen.effect_evaluation, seen.lessons_learned) == (None,) * 4
    assert seen.plan_revisions is None
    assert seen.complete  # how far the review is, not what it says
    assert [(a.title, a.owner_user_id, a.status) for a in seen.actions] == [
        (None, counsellor.user_id, ActionStatus.OPEN)
    ]
    assert [a for a, *_ in audit(workspace, "incident_review.viewed")] == []  # no confidential read by HR
    before = state(workspace)
    with pytest.raises(PermissionDenied):
        workspace.reviews.save(hr, incident_id, root_cause="HR")
    assert state(workspace)[:4] == before[:4]


ACTION_VALUES = st.fixed_dictionaries(
    {
        "title": st.one_of(st.text(max_size=320), st.integers(), st.none()),
        "due_on": st.one_of(st.dates(), st.datetimes(), st.text(max_size=10), st.none()),
        "owner_role": st.one_of(
            st.none(), st.sampled_from([r.value for r in CrisisRole]), st.text(max_size=12)
        ),
        "status": st.one_of(st.sampled_from([s.value for s in ActionStatus]), st.text(max_size=12)),
    }
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=ACTION_VALUES)
def test_corrective_action_input_is_saved_whole_or_refused_with_a_clear_message(
    workspace: Workspace, admin: Session, values: dict[str, Any]
) -> None:
    incident_id = int(workspace.db.query_value("SELECT min(id) FROM incidents") or 0) or _incident(
        workspace, admin, resolved=False
    )
    before = workspace.db.query_value("SELECT count(*) FROM corrective_actions")
    refused: IncidentInputInvalid | None = None
    saved = None
    try:
        saved = workspace.reviews.add_action(admin, incident_id, **values)
    except IncidentInputInvalid as error:
        refused = error
    after = workspace.db.query_value("SELECT count(*) FROM corrective_actions")
    if refused is not None:
        assert refused.problems
        assert all(p.field and p.message for p in refused.problems)
        assert after == before  # nothing half-written
    else:
        assert saved is not None
        assert after == before + 1
        assert saved.title == unicodedata.normalize("NFC", values["title"]).strip()
        assert saved.due_on == values["due_on"]
