"""The demo incidents: deterministic, complete, consistent with the lifecycle, and searchable.

Real SQLCipher files throughout; the demo database is built by ``create_demo_database`` (as the
CLI does) and read back through the incident repository and service.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.clocks import DEFAULT_GRADE_TARGETS
from app.domain.crisis_roles import CrisisRole
from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory
from app.domain.lifecycle import EDGES, Status
from app.domain.response_plans import template_for
from app.services.demo import DEMO_ACCOUNTS, DEMO_PASSPHRASE, create_demo_database
from app.services.demo_incidents import BATCH, StaffMember, fill_demo_incidents
from app.services.demo_notifications import NOTIFIED_INCIDENTS
from app.services.demo_people import PEOPLE_INCIDENTS
from app.services.incidents import IncidentQuery
from app.services.workspace import Workspace
from app.storage.database import Database
from app.storage.incidents_repository import IncidentsRepository
from app.storage.keys import RawKey
from app.storage.keystore import Keystore
from tests.support.cli_tools import NO_KEYRING_BACKEND, eapdesk

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
LEAD = DEMO_ACCOUNTS[0]
REACHABLE = {s.value for s in Status}


@pytest.fixture
def demo(db_path: Path, keystore: Keystore) -> Iterator[Workspace]:
    created, _accounts = create_demo_database(db_path, keystore=keystore, now=NOW)
    yield created.workspace
    created.workspace.close()


def _dump(db: Database) -> list[list[tuple[object, ...]]]:
    return [
        db.query(f"SELECT * FROM {table} ORDER BY id")
        for table in ("incidents", "incident_timeline", "incident_status_changes", "incident_checklist")
    ]


def _fill(path: Path, seed: int, count: int = 120) -> list[list[tuple[object, ...]]]:
    db = Database.create(path, RawKey.generate())
    try:
        fill_demo_incidents(
            db, count=count, seed=seed, now=NOW, staff=[StaffMember(None, "demo")], actor="demo"
        )
        return _dump(db)
    finally:
        db.close()


def test_the_same_seed_and_time_give_the_same_incidents(tmp_path: Path) -> None:
    first = _fill(tmp_path / "a.db", seed=5)
    assert first == _fill(tmp_path / "b.db", seed=5)
    assert first[0] != _fill(tmp_path / "c.db", seed=6)[0]
    assert len(first[0]) == 120


def test_the_default_demo_shows_every_category_grade_and_reachable_status(demo: Workspace) -> None:
    db = demo.db
    assert db.query_value("SELECT count(*) FROM incidents") == 60
    assert {r[0] for r in db.query("SELECT DISTINCT category FROM incidents")} == {
        c.value for c in IncidentCategory
    }
    assert {r[0] for r in db.query("SELECT DISTINCT grade FROM incidents")} == {g.value for g in Grade}
    assert {r[0] for r in db.query("SELECT DISTINCT status FROM incidents")} == REACHABLE
    drills, tests = db.query("SELECT sum(is_drill), sum(is_test) FROM incidents")[0]
    assert drills >= 1
    assert tests >= 1
    titles = [r[0] for r in db.query("SELECT title FROM incidents")]
    assert any(t.isascii() for t in titles)
    assert any("員工" in t or "心理" in t for t in titles)  # Traditional
    assert any("员工" in t or "心理" in t or "软件" in t or "离世" in t for t in titles)  # Simplified
    # Recent months, the newest a few hours old, nothing in the future.
    oldest, newest, latest_update = db.query(
        "SELECT min(reported_at), max(reported_at), max(updated_at) FROM incidents"
    )[0]
    assert datetime.fromisoformat(oldest) > NOW - timedelta(days=200)
    assert NOW - timedelta(hours=2) < datetime.fromisoformat(newest) <= NOW
    assert datetime.fromisoformat(latest_update) <= NOW
    # One audit entry per batch says the incidents are seeded sample data.
    assert db.query_value("SELECT count(*) FROM audit_log WHERE action = 'demo.incidents_seeded'") == 1


def test_the_default_demo_has_open_overdue_cases_and_met_and_missed_clocks(demo: Workspace) -> None:
    lead = demo.sign_in(LEAD.username, LEAD.password)
    overdue = demo.incidents.count(lead, IncidentQuery(overdue=True), now=NOW)
    open_cases = demo.incidents.count(
        lead,
        IncidentQuery(statuses=tuple(s for s in Status if not s.is_closed and s is not Status.RESOLVED)),
        now=NOW,
    )
    assert 1 <= overdue < open_cases
    met = missed = 0
    for grade, reported, acknowledged in demo.db.query(
        "SELECT grade, reported_at, acknowledged_at FROM incidents WHERE acknowledged_at IS NOT NULL"
    ):
        late = datetime.fromisoformat(acknowledged) - datetime.fromisoformat(reported)
        if late <= DEFAULT_GRADE_TARGETS[grade].acknowledge:
            met += 1
        else:
            missed += 1
    assert met > missed >= 1
    # The page the case list shows first works on the demo data, for a counsellor and for HR.
    page = demo.incidents.list_page(lead, IncidentQuery(limit=20), now=NOW)
    assert len(page.rows) == 20
    assert page.next_after is not None
    assert any(row.next_due_at is not None for row in page.rows)


def test_every_stored_status_change_is_an_allowed_transition(demo: Workspace) -> None:
    repo = IncidentsRepository(demo.db)
    for (incident_id,) in demo.db.query("SELECT id FROM incidents"):
        row = repo.by_id(incident_id)
        assert row is not None
        changes = repo.status_changes(incident_id)
        current = Status.REPORTED.value
        for change in changes:
            assert change.from_status == current, row.code
            kind = EDGES[(Status(change.from_status), Status(change.to_status))]  # KeyError: not allowed
            if kind.needs_reason:
                assert change.reason
            current = change.to_status
        assert current == row.status
        times = [c.at for c in changes]
        assert times == sorted(times)
        assert all(row.created_at <= t <= NOW for t in times)
        # The stamps are what the incident service would have written for this history.
        assert row.acknowledged_at == (changes[0].at if changes else None)
        to_responding = [c.at for c in changes if c.to_status == Status.RESPONDING.value]
        assert row.response_started_at == (to_responding[0] if to_responding else None)
        contained = [c.at for c in changes if c.to_status == Status.CONTAINED.value]
        assert row.contained_at == (max(contained) if contained else None)
        reviewed = [c.at for c in changes if c.to_status == Status.REVIEWED.value]
        assert row.reviewed_at == (max(reviewed) if reviewed else None)
        assert row.updated_at >= max([row.created_at, *times])


def test_checklists_exist_exactly_where_responding_was_reached(demo: Workspace) -> None:
    repo = IncidentsRepository(demo.db)
    with_checklist = 0
    for (incident_id,) in demo.db.query("SELECT id FROM incidents"):
        row = repo.by_id(incident_id)
        assert row is not None
        checklist = repo.checklist(incident_id)
        if row.response_started_at is None:
            assert checklist == [], row.code
            continue
        with_checklist += 1
        template = template_for(row.category, row.grade)
        assert template is not None
        assert [(c.step_order, c.code, c.title_en) for c in checklist] == [
            (s.order, s.code, s.title_en) for s in template.steps
        ]
        for item, step in zip(checklist, template.steps, strict=True):
            assert item.due_at == row.response_started_at + step.due_offset
            assert item.done_at is None or row.response_started_at <= item.done_at <= NOW
            assert (item.done_at is None) == (item.done_by is None)
    assert with_checklist >= 20


def test_reviewed_cases_have_the_filled_review_that_closing_requires(demo: Workspace) -> None:
    lead = demo.sign_in(LEAD.username, LEAD.password)
    reviewed = [r[0] for r in demo.db.query("SELECT id FROM incidents WHERE status = 'reviewed'")]
    assert reviewed
    for incident_id in reviewed:
        review = demo.reviews.get(lead, incident_id)
        assert review.complete, review
    # Not reviewed: no review section was seeded, so closing would be refused until one is written.
    resolved = demo.db.query_value("SELECT id FROM incidents WHERE status = 'resolved' LIMIT 1")
    assert not demo.reviews.get(lead, resolved).complete


def test_the_newest_people_cases_have_people_screenings_and_follow_ups(demo: Workspace) -> None:
    lead = demo.sign_in(LEAD.username, LEAD.password)
    with_people = [r[0] for r in demo.db.query("SELECT DISTINCT incident_id FROM incident_people")]
    assert 10 <= len(with_people) <= PEOPLE_INCIDENTS
    people = [p for incident_id in with_people for p in demo.people.list_people(lead, incident_id, now=NOW)]
    assert all(p.pseudonym for p in people)
    assert any(demo.people.screenings(lead, p.id) for p in people)
    follow_ups = [f for p in people for f in demo.people.follow_ups(lead, p.id, now=NOW)]
    assert len(follow_ups) == 3 * len(people)  # the schedule: 24 h contact, one week, one month
    done = [f for f in follow_ups if f.done_at is not None]
    assert done
    assert all(f.done_at <= NOW for f in done)
    assert any(f.done_at is None and f.due_at < NOW for f in follow_ups)  # some overdue
    assert any(p.overdue_follow_ups for p in people)


def test_active_cases_have_a_notification_log_from_the_response_start(demo: Workspace) -> None:
    lead = demo.sign_in(LEAD.username, LEAD.password)
    repo = IncidentsRepository(demo.db)
    logs = {
        incident_id: demo.notifications.log(lead, incident_id)
        for (incident_id,) in demo.db.query("SELECT id FROM incidents WHERE response_started_at IS NOT NULL")
    }
    logged = {i: entries for i, entries in logs.items() if entries}
    assert 5 <= len(logged) <= NOTIFIED_INCIDENTS
    for incident_id, entries in logged.items():
        row = repo.by_id(incident_id)
        assert row is not None
        assert row.response_started_at is not None
        assert entries[0].role is CrisisRole.CRISIS_LEAD or any(
            e.role is CrisisRole.CRISIS_LEAD for e in entries
        )
        for entry in entries:
            assert row.response_started_at <= entry.notified_at <= NOW
            assert entry.acknowledged_at is None or entry.notified_at <= entry.acknowledged_at <= NOW
    entries = [e for found in logged.values() for e in found]
    assert any(e.acknowledged_at is None for e in entries)
    assert any(e.acknowledged_at is not None for e in entries)


def test_the_service_opens_a_demo_case_with_its_records(demo: Workspace) -> None:
    lead = demo.sign_in(LEAD.username, LEAD.password)
    code = demo.db.query_value(
        "SELECT code FROM incidents WHERE status = 'resolved' ORDER BY reported_at DESC LIMIT 1"
    )
    view = demo.incidents.get_by_code(lead, code)
    assert view.timeline
    assert view.checklist
    assert view.status_changes
    assert view.sources
    assert view.impact.people >= 1


def test_the_cli_builds_2000_incidents_that_search_finds_in_chinese(db_path: Path) -> None:
    result = eapdesk(
        "demo",
        "--db",
        db_path,
        "--no-keyring",
        "--incidents",
        "2000",
        "--seed",
        "11",
        env={"PYTHON_KEYRING_BACKEND": NO_KEYRING_BACKEND},
        timeout=300,
    )
    assert result.status == 0, result
    assert "2,000 incidents" in result.stdout
    with Workspace.open(db_path, passphrase=DEMO_PASSPHRASE) as workspace:
        lead = workspace.sign_in(LEAD.username, LEAD.password)
        service = workspace.incidents
        assert service.count(lead, IncidentQuery()) == 2000
        assert workspace.db.query_value(
            "SELECT count(*) FROM audit_log WHERE action = 'demo.incidents_seeded'"
        ) == -(-2000 // BATCH)
        for term in ("心理隱私泄露", "勒索软件", "ransomware"):
            found = service.list_page(lead, IncidentQuery(text=term, limit=500))
            assert found.rows, term
            for row in found.rows[:20]:
                view = service.get(lead, row.id)
                text = " ".join([view.title or "", view.course_of_events or ""]).lower()
                text += " ".join(t.text or "" for t in view.timeline).lower()
                assert term.lower() in text
        # The search index holds timeline text too: a phrase only timelines contain.
        assert service.count(lead, IncidentQuery(text="啟動應急預案")) > 0
        # Two characters go through LIKE on the title.
        assert service.count(lead, IncidentQuery(text="離世")) > 0
        flagged = workspace.db.query("SELECT sum(is_drill), sum(is_test) FROM incidents")[0]
        assert all(n >= 1 for n in flagged)


def test_the_cli_refuses_a_negative_count(db_path: Path) -> None:
    result = eapdesk(
        "demo", "--db", db_path, "--incidents", "-3", env={"PYTHON_KEYRING_BACKEND": NO_KEYRING_BACKEND}
    )
    assert result.status == 2
    assert "incidents" in result.stderr
    assert not db_path.exists()
