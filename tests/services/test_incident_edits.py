"""Case edits after creation: grade, owner, checklist steps on the fly, signed and locked timeline entries."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.domain.grading import Grade, GradingInput, LeakTier, Urgency
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.lifecycle import Status
from app.domain.response_plans import template_for
from app.domain.roles import Role
from app.domain.signed_entries import SignedContent, sign
from app.services.errors import InvalidInput
from app.services.incidents import IncidentInputInvalid, TimelineEntryLocked
from app.services.policy import ENTRY_LOCK_HOURS
from app.services.session import Session
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD

NOW = datetime.now(UTC).replace(microsecond=0)


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


def _incident(workspace: Workspace, session: Session, grading: GradingInput | None = None) -> int:
    facts = IncidentFacts(
        title="Counselling notes shared",
        category=IncidentCategory.PRIVACY_LEAK,
        reported_at=NOW - timedelta(hours=1),
    )
    return workspace.incidents.create(
        session, facts, grading or GradingInput(leak_tier=LeakTier.MINOR)
    ).incident.id


def audit(workspace: Workspace, action: str) -> list[tuple[str, str, dict[str, Any]]]:
    rows = workspace.db.query(
        "SELECT actor, entity_id, detail FROM audit_log WHERE action = ? ORDER BY seq", (action,)
    )
    return [(a, i, json.loads(d)) for a, i, d in rows]


def state(workspace: Workspace) -> tuple[object, ...]:
    db = workspace.db
    return tuple(
        db.query(f"SELECT * FROM {table} ORDER BY 1")
        for table in (
            "incidents",
            "incident_timeline",
            "incident_checklist",
            "incident_grade_changes",
            "audit_log",
        )
    )


# -- grade ------------------------------------------------------------------------------------------


def test_regrading_follows_the_new_answers_and_keeps_a_history(
    workspace: Workspace, counsellor: Session
) -> None:
    incident_id = _incident(workspace, counsellor)
    t1, t2 = NOW + timedelta(minutes=1), NOW + timedelta(minutes=2)
    regraded = workspace.incidents.change_grade(
        counsellor, incident_id, GradingInput(leak_tier=LeakTier.MAJOR, external_attack=True), now=t1
    )
    assert (regraded.grade, regraded.suggested_grade, regraded.grade_override_reason) == (
        Grade.I,
        Grade.I,
        None,
    )
    lowered = workspace.incidents.change_grade(
        counsellor,
        incident_id,
        GradingInput(leak_tier=LeakTier.MAJOR, external_attack=True),
        chosen_grade="II",
        override_reason="CANARY-GRADE attack contained offline",
        now=t2,
    )
    assert (lowered.grade, lowered.suggested_grade) == (Grade.II, Grade.I)
    assert [(g.from_grade, g.to_grade, g.suggested_grade, g.reason, g.at) for g in lowered.grade_changes] == [
        (Grade.IV, Grade.I, Grade.I, None, t1),
        (Grade.I, Grade.II, Grade.I, "CANARY-GRADE attack contained offline", t2),
    ]
    assert [d for _a, _i, d in audit(workspace, "incident.grade_changed")] == [
        {"from": "IV", "to": "I", "suggested": "I", "override": False},
        {"from": "I", "to": "II", "suggested": "I", "override": True},
    ]
    assert "CANARY" not in json.dumps(workspace.db.query("SELECT detail FROM audit_log"))
    start = workspace.incidents.clocks(counsellor, incident_id)[1]
    assert start.due_at == lowered.reported_at + timedelta(hours=4)  # grade II target


def test_regrading_without_a_reason_for_an_override_writes_nothing(
    workspace: Workspace, counsellor: Session, hr: Session
) -> None:
    incident_id = _incident(workspace, counsellor)
    before = state(workspace)
    with pytest.raises(IncidentInputInvalid, match="reason") as refused:
        workspace.incidents.change_grade(
            counsellor, incident_id, GradingInput(urgency=Urgency.LOW), chosen_grade="I"
        )
    assert refused.value.problems[0].field == "grade"
    with pytest.raises(InvalidInput):
        workspace.incidents.change_grade(counsellor, incident_id, "I")  # type: ignore[arg-type]
    workspace.incidents.change_grade(
        counsellor, incident_id, GradingInput(leak_tier=LeakTier.MINOR)
    )  # unchanged
    assert state(workspace) == before
    workspace.incidents.change_grade(
        counsellor, incident_id, GradingInput(), chosen_grade="III", override_reason="CANARY-WHY"
    )
    seen = workspace.incidents.get(hr, incident_id)
    assert [(g.to_grade, g.reason) for g in seen.grade_changes] == [(Grade.III, None)]


# -- owner ------------------------------------------------------------------------------------------


def test_owner_changes_to_active_casework_accounts_only(
    workspace: Workspace, counsellor: Session, admin: Session, hr: Session
) -> None:
    incident_id = _incident(workspace, counsellor)
    owners = workspace.incidents.assignable_owners(counsellor)
    assert {o.username for o in owners} == {"admin", "coun"}
    moved = workspace.incidents.change_owner(counsellor, incident_id, admin.user_id)
    assert moved.owner_user_id == admin.user_id
    assert audit(workspace, "incident.owner_changed") == [
        ("coun", str(incident_id), {"from": counsellor.user_id, "to": admin.user_id})
    ]
    before = state(workspace)
    for target, message in (
        (hr.user_id, "counsellor or an administrator"),
        (9999, "no such account"),
        (admin.user_id, "already owns"),
        ("1", "account number"),
    ):
        with pytest.raises(InvalidInput, match=message):
            workspace.incidents.change_owner(counsellor, incident_id, target)  # type: ignore[arg-type]
    workspace.users.set_disabled(admin, counsellor.user_id, True)
    with pytest.raises(InvalidInput, match="disabled"):
        workspace.incidents.change_owner(admin, incident_id, counsellor.user_id)
    assert state(workspace)[:4] == before[:4]
    assert {o.username for o in workspace.incidents.assignable_owners(admin)} == {"admin"}


# -- checklist steps on the fly --------------------------------------------------------------------


def test_checklist_steps_added_on_the_fly(workspace: Workspace, counsellor: Session, hr: Session) -> None:
    incident_id = _incident(workspace, counsellor)
    due = NOW + timedelta(hours=3)
    early = workspace.incidents.add_checklist_step(
        counsellor, incident_id, "  CANARY-STEP call 張三  ", "legal", due
    )
    assert (early.order, early.title_en, early.role, early.due_at, early.added_by) == (
        1,
        "CANARY-STEP call 張三",
        "legal",
        due,
        counsellor.user_id,
    )
    for status in ("verified", "assessed", "responding"):
        responding = workspace.incidents.transition(counsellor, incident_id, status)
    template = template_for("privacy_leak", "IV")
    assert template is not None
    assert [c.title_en for c in responding.checklist] == [
        early.title_en,
        *(s.title_en for s in template.steps),
    ]
    late = workspace.incidents.add_checklist_step(
        counsellor, incident_id, "Brief the board", "executive", due
    )
    assert late.order == len(template.steps) + 2
    assert audit(workspace, "incident.checklist_added")[-1][2] == {
        "incident": workspace.incidents.get(counsellor, incident_id).code,
        "role": "executive",
    }
    seen = workspace.incidents.get(hr, incident_id)
    custom = [c for c in seen.checklist if c.added_by is not None]
    assert [(c.title_en, c.title_zh, c.withheld) for c in custom] == [("", "", True), ("", "", True)]
    assert all(not c.withheld and c.title_en for c in seen.checklist if c.added_by is None)
    assert "CANARY" not in json.dumps(workspace.db.query("SELECT detail FROM audit_log"), ensure_ascii=False)


@pytest.mark.parametrize(
    "case",
    [
        ("   ", "legal", NOW, "title"),
        ("two\nlines", "legal", NOW, "title"),
        ("x" * 201, "legal", NOW, "title"),
        ("ok", "janitor", NOW, "role"),
        ("ok", "legal", datetime(2026, 1, 1), "due_at"),  # a naive time
        ("ok", "legal", "tomorrow", "due_at"),
    ],
)
def test_bad_checklist_step_input_names_the_field(
    workspace: Workspace, counsellor: Session, case: tuple[str, str, object, str]
) -> None:
    title, role, due, field = case
    incident_id = _incident(workspace, counsellor)
    before = state(workspace)
    with pytest.raises(IncidentInputInvalid) as refused:
        workspace.incidents.add_checklist_step(counsellor, incident_id, title, role, due)  # type: ignore[arg-type]
    assert refused.value.problems[0].field == field
    assert state(workspace) == before


def test_closed_incidents_take_no_new_steps(workspace: Workspace, counsellor: Session) -> None:
    incident_id = _incident(workspace, counsellor)
    workspace.incidents.transition(counsellor, incident_id, Status.DISMISSED, reason="duplicate")
    with pytest.raises(InvalidInput, match="closed"):
        workspace.incidents.add_checklist_step(counsellor, incident_id, "x", "hr", NOW)


# -- signed and locked timeline entries ------------------------------------------------------------


def test_entries_are_signed_when_saved_and_a_changed_text_breaks_the_signature(
    workspace: Workspace, counsellor: Session
) -> None:
    incident_id = _incident(workspace, counsellor)
    entry = workspace.incidents.add_timeline_entry(counsellor, incident_id, "已致電當事人", now=NOW)
    assert entry.signature_valid is True
    assert (entry.signed_at, entry.locked, entry.parent_id, entry.corrected) == (NOW, False, None, False)
    assert entry.locks_at == NOW + timedelta(hours=24)
    stored = workspace.db.query(
        "SELECT signature, signed_by, signed_at FROM incident_timeline WHERE id = ?", (entry.id,)
    )[0]
    expected = sign(SignedContent("timeline", entry.id, "coun", entry.at, NOW, "已致電當事人"))
    assert stored[:2] == (expected, "coun")
    with workspace.db.transaction() as conn:  # someone edits the file behind the app's back
        conn.execute("UPDATE incident_timeline SET text = '已致電當事人(改)' WHERE id = ?", (entry.id,))
    tampered = workspace.incidents.get(counsellor, incident_id).timeline[0]
    assert tampered.signature_valid is False
    with workspace.db.transaction() as conn:  # a row from before signing existed
        conn.execute("UPDATE incident_timeline SET signature = NULL WHERE id = ?", (entry.id,))
    assert workspace.incidents.get(counsellor, incident_id).timeline[0].signature_valid is None


def test_the_author_may_correct_within_the_lock_period_and_it_is_signed_again(
    workspace: Workspace, counsellor: Session, admin: Session
) -> None:
    incident_id = _incident(workspace, counsellor)
    entry = workspace.incidents.add_timeline_entry(counsellor, incident_id, "CANARY-FIRST 說法", now=NOW)
    later = NOW + timedelta(hours=23, minutes=59)
    corrected = workspace.incidents.correct_timeline_entry(
        counsellor, incident_id, entry.id, "CANARY-SECOND 說法", department="EAP", now=later
    )
    assert (corrected.text, corrected.department, corrected.signed_at) == ("CANARY-SECOND 說法", "EAP", later)
    assert corrected.signature_valid is True
    assert corrected.corrected
    assert corrected.locks_at == NOW + timedelta(hours=24)  # the lock runs from the first save
    assert audit(workspace, "incident.timeline_corrected") == [
        ("coun", str(entry.id), {"incident": workspace.incidents.get(counsellor, incident_id).code})
    ]
    before = state(workspace)
    with pytest.raises(TimelineEntryLocked, match="Only the author"):
        workspace.incidents.correct_timeline_entry(admin, incident_id, entry.id, "admin rewrite", now=later)
    with pytest.raises(TimelineEntryLocked, match="locked"):
        workspace.incidents.correct_timeline_entry(
            counsellor, incident_id, entry.id, "too late", now=NOW + timedelta(hours=24)
        )
    with pytest.raises(InvalidInput, match="does not belong"):
        workspace.incidents.correct_timeline_entry(
            counsellor, _incident(workspace, counsellor), entry.id, "x"
        )
    assert state(workspace)[1:4] == before[1:4]
    assert "CANARY" not in json.dumps(workspace.db.query("SELECT detail FROM audit_log"), ensure_ascii=False)


def test_after_the_lock_only_addenda_which_keep_the_original(
    workspace: Workspace, counsellor: Session, admin: Session, hr: Session
) -> None:
    incident_id = _incident(workspace, counsellor)
    original = workspace.incidents.add_timeline_entry(
        counsellor, incident_id, "Met the employee", now=NOW - timedelta(hours=30)
    )
    seen = workspace.incidents.get(counsellor, incident_id).timeline[0]
    assert seen.locked
    addendum = workspace.incidents.add_timeline_addendum(
        admin, incident_id, original.id, "Correction: met on Tuesday", now=NOW
    )
    assert (addendum.parent_id, addendum.is_addendum, addendum.signature_valid) == (original.id, True, True)
    second = workspace.incidents.add_timeline_addendum(
        counsellor, incident_id, addendum.id, "and again", now=NOW
    )
    assert second.parent_id == original.id  # attached to the original, one level deep
    timeline = workspace.incidents.get(counsellor, incident_id).timeline
    assert [(t.id, t.text, t.parent_id) for t in timeline] == [
        (original.id, "Met the employee", None),
        (addendum.id, "Correction: met on Tuesday", original.id),
        (second.id, "and again", original.id),
    ]
    assert all(t.signature_valid for t in timeline)
    assert audit(workspace, "incident.timeline_addendum")[0][2]["parent"] == original.id
    for_hr = workspace.incidents.get(hr, incident_id).timeline
    assert [(t.text, t.parent_id, t.signature_valid) for t in for_hr] == [
        (None, None, True),
        (None, original.id, True),
        (None, original.id, True),
    ]
    with pytest.raises(IncidentInputInvalid):
        workspace.incidents.add_timeline_addendum(counsellor, incident_id, original.id, "   ")


def test_the_lock_period_is_the_office_policy(
    workspace: Workspace, counsellor: Session, admin: Session
) -> None:
    workspace.settings.set_value(admin, ENTRY_LOCK_HOURS, 2)
    incident_id = _incident(workspace, counsellor)
    entry = workspace.incidents.add_timeline_entry(
        counsellor, incident_id, "note", now=NOW - timedelta(hours=3)
    )
    assert entry.locks_at == NOW - timedelta(hours=1)
    assert entry.locked
    with pytest.raises(TimelineEntryLocked):
        workspace.incidents.correct_timeline_entry(counsellor, incident_id, entry.id, "edit")
