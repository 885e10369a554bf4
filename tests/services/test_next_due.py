"""The stored next due time of incidents and the office's response targets, on real SQLCipher files.

Every write that can move an incident's next due time stores it again; the migration backfill,
the bulk demo writer and the service rule (``incident_next_due``) agree; a change of the response
targets re-times every open incident in one audited transaction.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.clocks import DEFAULT_GRADE_TARGETS, GRADE_CODES, ResponseTargets, incident_clocks, next_due
from app.domain.grading import Grade, GradingInput, LeakTier, Urgency
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.lifecycle import Status
from app.domain.roles import Role
from app.services.demo_incidents import StaffMember, fill_demo_incidents
from app.services.errors import InvalidInput, PermissionDenied
from app.services.incidents import IncidentQuery, incident_next_due
from app.services.policy import IDLE_LOCK_MINUTES
from app.services.response_targets import (
    ACKNOWLEDGE,
    RESPONSE_TARGET_SETTINGS,
    START_RESPONSE,
    TARGET_MINUTES_MAX,
    ResponseTargetsInvalid,
    response_targets_from_minutes,
    target_minutes,
)
from app.services.session import Session
from app.services.workspace import Workspace
from app.storage import database as database_module
from app.storage.database import Database
from app.storage.incidents_repository import IncidentListRow, IncidentsRepository, NewChecklistItem
from app.storage.keys import RawKey
from app.storage.migrations import all_migrations
from tests.conftest import ADMIN, ADMIN_PASSWORD

NOW = datetime.now(UTC).replace(microsecond=0)
DEFAULT_MINUTES = target_minutes(ResponseTargets())


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


def facts(reported_at: datetime, title: str = "Case") -> IncidentFacts:
    return IncidentFacts(title=title, category=IncidentCategory.PRIVACY_LEAK, reported_at=reported_at)


GRADE_I = GradingInput(urgency=Urgency.IMMEDIATE)
GRADE_IV = GradingInput(leak_tier=LeakTier.MINOR)


def stored_due(workspace: Workspace, incident_id: int) -> datetime | None:
    row = IncidentsRepository(workspace.db).by_id(incident_id)
    assert row is not None
    return row.next_due_at


def rule_due(db: Database, incident_id: int, targets: ResponseTargets | None = None) -> datetime | None:
    """What ``incident_next_due`` gives for the incident as stored now."""
    with db.transaction() as conn:
        found = IncidentsRepository.due_inputs_in(conn, incident_id)
    assert found is not None
    row, step = found
    return incident_next_due(row, step, targets or ResponseTargets())


# -- the rule and the writes that keep it ------------------------------------------------------------


def test_every_write_that_moves_the_clocks_stores_the_next_due_time(
    workspace: Workspace, counsellor: Session
) -> None:
    service = workspace.incidents
    reported = NOW - timedelta(minutes=30)
    created = service.create(counsellor, facts(reported), GRADE_I, now=NOW).incident
    assert created.grade is Grade.I
    # grade I: acknowledge within 15 minutes of the report
    assert stored_due(workspace, created.id) == reported + timedelta(minutes=15)
    listed = service.list_page(counsellor, IncidentQuery()).rows[0]
    assert listed.next_due_at == reported + timedelta(minutes=15)
    assert [r.id for r in service.list_page(counsellor, IncidentQuery(overdue=True), now=NOW).rows] == [
        created.id
    ]

    # A new reported time moves both clocks.
    later = NOW - timedelta(minutes=5)
    service.update_facts(counsellor, created.id, facts(later), now=NOW)
    assert stored_due(workspace, created.id) == later + timedelta(minutes=15)
    assert service.count(counsellor, IncidentQuery(overdue=True), now=NOW) == 0

    # Re-graded to IV: 24 h to acknowledge.
    service.change_grade(counsellor, created.id, GRADE_IV, now=NOW)
    assert stored_due(workspace, created.id) == later + timedelta(hours=24)

    # Acknowledged (verified): the start-response clock, 72 h for grade IV.
    service.transition(counsellor, created.id, Status.VERIFIED, now=NOW)
    assert stored_due(workspace, created.id) == later + timedelta(hours=72)

    # Responding: the response clocks are met; the plan's first open step is next.
    service.transition(counsellor, created.id, Status.ASSESSED, now=NOW)
    started = NOW + timedelta(minutes=1)
    view = service.transition(counsellor, created.id, Status.RESPONDING, now=started)
    assert view.checklist, "the plan for a privacy leak has steps"
    first = min(view.checklist, key=lambda c: c.due_at)
    assert stored_due(workspace, created.id) == first.due_at

    # A step added on the fly that is due sooner comes first; done, the plan's step is next again.
    soon = started + timedelta(minutes=2)
    added = service.add_checklist_step(
        counsellor, created.id, "Call the manager", "crisis_lead", soon, now=started
    )
    assert stored_due(workspace, created.id) == soon
    service.complete_checklist_step(counsellor, created.id, added.id, now=started)
    assert stored_due(workspace, created.id) == first.due_at

    # Every step done: nothing is due.
    for item in service.get(counsellor, created.id).checklist:
        if item.done_at is None:
            service.complete_checklist_step(counsellor, created.id, item.id, now=started)
    assert stored_due(workspace, created.id) is None
    assert rule_due(workspace.db, created.id) is None


def test_closing_clears_the_next_due_time_and_reopening_restores_it(
    workspace: Workspace, counsellor: Session
) -> None:
    service = workspace.incidents
    reported = NOW - timedelta(hours=2)
    incident = service.create(counsellor, facts(reported), GRADE_I, now=NOW).incident
    service.transition(counsellor, incident.id, Status.DISMISSED, reason="duplicate", now=NOW)
    assert stored_due(workspace, incident.id) is None
    assert service.count(counsellor, IncidentQuery(overdue=True), now=NOW) == 0
    service.transition(counsellor, incident.id, Status.REPORTED, reason="not a duplicate", now=NOW)
    # acknowledged when it was first dismissed: the start-response clock (1 h) is past due again
    assert stored_due(workspace, incident.id) == reported + timedelta(hours=1)
    assert service.count(counsellor, IncidentQuery(overdue=True), now=NOW) == 1


def test_the_list_column_and_the_overdue_filter_agree(workspace: Workspace, counsellor: Session) -> None:
    service = workspace.incidents
    for n in range(6):
        service.create(
            counsellor,
            facts(NOW - timedelta(minutes=7 * n), f"Case {n}"),
            [GRADE_I, GRADE_IV][n % 2],
            now=NOW,
        )
    rows = service.list_page(counsellor, IncidentQuery(limit=50), now=NOW).rows
    overdue = service.list_page(counsellor, IncidentQuery(overdue=True, limit=50), now=NOW).rows
    assert {r.id for r in overdue} == {
        r.id for r in rows if r.next_due_at is not None and r.next_due_at < NOW
    }
    assert {r.title for r in overdue} == {"Case 4"}  # grade I, reported 28 minutes ago


minutes_ = st.integers(min_value=0, max_value=10 * 24 * 60)


@given(
    grade=st.sampled_from(GRADE_CODES),
    status=st.sampled_from(list(Status)),
    acked_after=st.none() | minutes_,
    started_after=st.none() | minutes_,
    step_after=st.none() | minutes_,
)
def test_the_rule_is_the_earliest_open_clock_or_step(
    grade: str, status: Status, acked_after: int | None, started_after: int | None, step_after: int | None
) -> None:
    reported = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # a DST change in Europe that night: elapsed time
    acked = None if acked_after is None else reported + timedelta(minutes=acked_after)
    started = (
        None if started_after is None else max(acked or reported, reported + timedelta(minutes=started_after))
    )
    step = None if step_after is None else reported + timedelta(minutes=step_after)
    row = IncidentListRow(1, "INC-2026-0001", "t", "privacy_leak", grade, status.value, reported, reported,
                          reported, None, False, False, acked, started)  # fmt: skip
    clock = next_due(incident_clocks(grade, reported, acked, started))
    expected = (
        None
        if status.is_closed
        else min((d for d in (clock.due_at if clock else None, step) if d is not None), default=None)
    )
    assert incident_next_due(row, step, ResponseTargets()) == expected


# -- the migration backfill and the bulk demo writer agree with the rule ------------------------------


def test_the_migration_backfill_follows_the_rule(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = RawKey(secrets.token_bytes(32))
    before = all_migrations()[:5]
    monkeypatch.setattr(database_module, "all_migrations", lambda: before)
    base = datetime(2026, 3, 28, 23, 50, 7, 123456, tzinfo=UTC)  # month end, microseconds, near DST
    ids: list[int] = []
    with Database.create(db_path, key) as db, db.transaction() as conn:
        number = 0
        for grade in GRADE_CODES:
            for status, acked, started in (
                ("reported", False, False),
                ("verified", True, False),
                ("responding", True, True),
                ("contained", True, True),
                ("dismissed", True, False),
                ("reviewed", True, True),
            ):
                for with_steps in (False, True):
                    number += 1
                    # a fraction SQLite's millisecond clock would round up to the next second
                    fraction = 999_720 if number % 3 == 0 else 123_456
                    reported = (base + timedelta(hours=number)).replace(microsecond=fraction)
                    fields: dict[str, Any] = {
                        "title": f"Case {number}",
                        "category": "privacy_leak",
                        "grade": grade,
                        "suggested_grade": grade,
                        "status": status,
                        "reported_at": reported,
                    }
                    if acked:
                        fields["acknowledged_at"] = reported + timedelta(minutes=3)
                    if started:
                        fields["response_started_at"] = reported + timedelta(minutes=9)
                    incident_id = IncidentsRepository.insert(
                        conn,
                        code=f"INC-2026-{number:04d}",
                        code_year=2026,
                        code_number=number,
                        fields=fields,
                        is_drill=False,
                        is_test=False,
                        now=reported,
                    )
                    ids.append(incident_id)
                    if with_steps:
                        IncidentsRepository.insert_checklist(
                            conn,
                            incident_id,
                            [
                                NewChecklistItem(1, None, "a", "a", "hr", reported + timedelta(minutes=5)),
                                NewChecklistItem(2, None, "b", "b", "hr", reported + timedelta(minutes=50)),
                                NewChecklistItem(3, None, "c", "c", "hr", reported + timedelta(days=9)),
                            ],
                        )
                        first = conn.execute(
                            "SELECT id FROM incident_checklist WHERE incident_id = ? AND step_order = 1",
                            (incident_id,),
                        ).fetchone()[0]
                        IncidentsRepository.mark_checklist_done(conn, first, done_at=reported, done_by=None)
    monkeypatch.undo()
    with Database.open(db_path, key) as db:
        assert db.schema_version() == len(all_migrations())
        repo = IncidentsRepository(db)
        expected = {incident_id: rule_due(db, incident_id) for incident_id in ids}
        assert {incident_id: repo.by_id(incident_id).next_due_at for incident_id in ids} == expected  # type: ignore[union-attr]
        assert any(v is None for v in expected.values())
        assert any(v is not None for v in expected.values())
        assert db.page_problems() == []


def test_the_bulk_demo_writer_stores_the_rule(db_path: Path) -> None:
    now = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
    with Database.create(db_path, RawKey.generate()) as db:
        fill_demo_incidents(db, count=300, seed=7, now=now, staff=[StaffMember(None, "demo")], actor="demo")
        repo = IncidentsRepository(db)
        ids = [int(r[0]) for r in db.query("SELECT id FROM incidents ORDER BY id")]
        stored = {i: repo.by_id(i).next_due_at for i in ids}  # type: ignore[union-attr]
        assert stored == {i: rule_due(db, i) for i in ids}
        assert sum(v is not None for v in stored.values()) >= 5  # the newest open cases have clocks


# -- response targets in the office policy -------------------------------------------------------------


def test_targets_default_to_the_design_and_are_checked_together() -> None:
    assert response_targets_from_minutes(DEFAULT_MINUTES) == ResponseTargets()
    assert DEFAULT_MINUTES[("I", ACKNOWLEDGE)] == 15
    assert DEFAULT_MINUTES[("IV", START_RESPONSE)] == 72 * 60
    assert {s.default for s in RESPONSE_TARGET_SETTINGS.values()} == set(DEFAULT_MINUTES.values())
    bad = {**DEFAULT_MINUTES, ("II", ACKNOWLEDGE): 300, ("III", START_RESPONSE): 0, ("IV", ACKNOWLEDGE): "x"}
    with pytest.raises(ResponseTargetsInvalid) as caught:
        response_targets_from_minutes(bad)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"II.acknowledge", "III.start_response", "IV.acknowledge"}
    assert "cannot be longer than the start-response target" in str(caught.value)
    assert f"between 1 and {TARGET_MINUTES_MAX}" in str(caught.value)
    missing = dict(DEFAULT_MINUTES)
    del missing[("I", START_RESPONSE)]
    with pytest.raises(ResponseTargetsInvalid, match="Grade I"):
        response_targets_from_minutes(missing)
    with pytest.raises(ResponseTargetsInvalid):
        response_targets_from_minutes({**DEFAULT_MINUTES, ("I", ACKNOWLEDGE): True})


def test_changing_targets_retimes_open_incidents_in_one_audited_transaction(
    workspace: Workspace, admin: Session, counsellor: Session
) -> None:
    service = workspace.incidents
    reported = NOW - timedelta(minutes=20)
    open_case = service.create(counsellor, facts(reported, "open"), GRADE_I, now=NOW).incident
    closed = service.create(counsellor, facts(reported, "closed"), GRADE_I, now=NOW).incident
    service.transition(counsellor, closed.id, Status.DISMISSED, reason="duplicate", now=NOW)
    assert service.count(counsellor, IncidentQuery(overdue=True), now=NOW) == 1

    minutes = {**DEFAULT_MINUTES, ("I", ACKNOWLEDGE): 30, ("I", START_RESPONSE): 90}
    targets = service.set_response_targets(admin, minutes, now=NOW)
    assert targets.for_grade("I").acknowledge == timedelta(minutes=30)
    assert workspace.settings.response_targets() == targets
    assert service.response_targets() == targets
    assert stored_due(workspace, open_case.id) == reported + timedelta(minutes=30)
    assert stored_due(workspace, closed.id) is None
    assert service.count(counsellor, IncidentQuery(overdue=True), now=NOW) == 0
    ack, start = service.clocks(counsellor, open_case.id)
    assert (ack.target, start.target) == (timedelta(minutes=30), timedelta(minutes=90))
    # New incidents are timed by the new targets too.
    fresh = service.create(counsellor, facts(NOW, "fresh"), GRADE_I, now=NOW).incident
    assert stored_due(workspace, fresh.id) == NOW + timedelta(minutes=30)

    entries = workspace.db.query(
        "SELECT actor, entity, detail FROM audit_log WHERE action = 'policy.response_targets_updated'"
    )
    assert len(entries) == 1
    actor, entity, detail = entries[0]
    assert (actor, entity) == (ADMIN, "policy")
    assert json.loads(detail) == {
        "minutes": {f"{g}.{c}": v for (g, c), v in minutes.items()},
        "open_incidents": 1,
    }
    # The same targets again write nothing.
    service.set_response_targets(admin, minutes, now=NOW)
    assert (
        workspace.db.query_value(
            "SELECT count(*) FROM audit_log WHERE action = 'policy.response_targets_updated'"
        )
        == 1
    )


def test_bad_or_refused_target_changes_write_nothing(
    workspace: Workspace, admin: Session, counsellor: Session, hr: Session
) -> None:
    service = workspace.incidents
    incident = service.create(counsellor, facts(NOW - timedelta(minutes=20)), GRADE_I, now=NOW).incident
    before = (
        workspace.db.query("SELECT * FROM policy_settings ORDER BY 1"),
        stored_due(workspace, incident.id),
    )
    for session in (counsellor, hr):
        with pytest.raises(PermissionDenied):
            service.set_response_targets(session, DEFAULT_MINUTES)
    with pytest.raises(ResponseTargetsInvalid, match="cannot be longer"):
        service.set_response_targets(admin, {**DEFAULT_MINUTES, ("I", ACKNOWLEDGE): 61})
    with pytest.raises(InvalidInput):
        service.set_response_targets(admin, [15, 60])  # type: ignore[arg-type]
    # One target alone may not be set through the generic setter (it would skip the re-timing).
    with pytest.raises(InvalidInput, match="changed together"):
        workspace.settings.set_value(admin, RESPONSE_TARGET_SETTINGS[("I", ACKNOWLEDGE)], 5)
    workspace.settings.set_value(admin, IDLE_LOCK_MINUTES, 7)  # other settings are unaffected
    after = workspace.db.query("SELECT * FROM policy_settings ORDER BY 1"), stored_due(workspace, incident.id)
    assert after[1] == before[1]
    assert [r for r in after[0] if r[0].startswith("targets.")] == []


def test_stored_targets_out_of_step_fall_back_to_the_defaults(workspace: Workspace) -> None:
    """Only editing the file could store these; the grade keeps working clocks."""
    with workspace.db.transaction() as conn:
        conn.execute(
            "INSERT INTO policy_settings (key, value, updated_by, updated_at) VALUES "
            "('targets.II.acknowledge_minutes', '500', 'x', 'x'), "
            "('targets.II.start_response_minutes', '100', 'x', 'x'), "
            "('targets.III.acknowledge_minutes', 'junk', 'x', 'x'), "
            "('targets.IV.acknowledge_minutes', '0', 'x', 'x')"
        )
    targets = workspace.settings.response_targets()
    assert targets.for_grade("II") == DEFAULT_GRADE_TARGETS["II"]
    assert targets.for_grade("III") == DEFAULT_GRADE_TARGETS["III"]
    assert targets.for_grade("IV").acknowledge == timedelta(minutes=1)  # clamped to the minimum
