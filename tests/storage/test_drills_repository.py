"""The drills repository on a real SQLCipher file: round trips, the schema's checks, the calendar and
due-date queries, participants kept by position, findings with their actions' statuses, series."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.storage.database import Database
from app.storage.drills_repository import DrillRecord, DrillsRepository, ParticipantRecord, SeriesRecord
from app.storage.errors import StorageError
from app.storage.keys import RawKey

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def record(**changes: object) -> DrillRecord:
    base = DrillRecord(
        drill_type="tabletop",
        title="Call-tree tabletop",
        scenario="Fire at night",
        scenario_category="cyber_security",
        scenario_grade="II",
        key_roles=("crisis_lead", "hr"),
        planned_start=T0,
        planned_minutes=90,
        actual_start=None,
        actual_end=None,
        status="planned",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def person(role: str | None = "crisis_lead", **changes: object) -> ParticipantRecord:
    base = ParticipantRecord(role=role, department="EAP", label="", notified_at=None, acknowledged_at=None)
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.create(db_path, RawKey(secrets.token_bytes(32)))
    yield database
    database.close()


def _drill(db: Database, rec: DrillRecord | None = None, *, number: int | None = None) -> int:
    rec = rec or record()
    with db.transaction() as conn:
        year = rec.planned_start.year
        n = number or DrillsRepository.next_code_number(conn, year)
        return DrillsRepository.insert(
            conn,
            rec,
            code=f"DR-{year}-{n:03d}",
            code_year=year,
            code_number=n,
            series_id=None,
            now=T0,
            user_id=None,
        )


def _action(
    db: Database, drill_id: int, *, due: date, status: str = "open", finding_id: int | None = None
) -> int:
    with db.transaction() as conn:
        return DrillsRepository.insert_action(
            conn,
            drill_id,
            finding_id=finding_id,
            title="Fix the call tree",
            owner_role="hr",
            owner_user_id=None,
            due_on=due,
            status=status,
            done_at=None,
            now=T0,
            user_id=None,
        )


def test_a_drill_round_trips_with_its_codes_and_times(db: Database) -> None:
    rec = record(status="done", actual_start=T0 + timedelta(minutes=5), actual_end=T0 + timedelta(hours=1))
    drill_id = _drill(db, rec)
    row = DrillsRepository(db).get(drill_id)
    assert row is not None
    assert (row.code, row.drill_type, row.status) == ("DR-2026-001", "tabletop", "done")
    assert row.key_roles == ("crisis_lead", "hr")
    assert (row.planned_start, row.planned_minutes) == (T0, 90)
    assert (row.actual_start, row.actual_end) == (T0 + timedelta(minutes=5), T0 + timedelta(hours=1))
    assert (row.created_by, row.updated_by, row.series_id, row.rated_at) == (None, None, None, None)
    assert DrillsRepository(db).by_code("DR-2026-001") == row
    assert "Fire" not in repr(row)
    with db.transaction() as conn:
        assert DrillsRepository.next_code_number(conn, 2026) == 2
        assert DrillsRepository.next_code_number(conn, 2027) == 1


@pytest.mark.parametrize(
    "changes",
    [
        {"drill_type": "fire_drill"},
        {"status": "postponed"},
        {"scenario_grade": "V"},
        {"planned_minutes": 0},
    ],
)
def test_the_schema_refuses_what_breaks_a_rule(db: Database, changes: dict[str, object]) -> None:
    with pytest.raises(StorageError):
        _drill(db, record(**changes))
    assert db.query_value("SELECT count(*) FROM drills") == 0


def test_codes_are_unique(db: Database) -> None:
    _drill(db, number=1)
    with pytest.raises(StorageError):
        _drill(db, number=1)


def test_participants_are_replaced_in_place_by_position(db: Database) -> None:
    drill_id = _drill(db)
    with db.transaction() as conn:
        DrillsRepository.replace_participants(conn, drill_id, [person(), person("hr"), person(None)])
    first = DrillsRepository(db).participants(drill_id)
    assert [(p.position, p.role) for p in first] == [(1, "crisis_lead"), (2, "hr"), (3, None)]
    with db.transaction() as conn:
        DrillsRepository.replace_participants(
            conn, drill_id, [person("legal"), person("hr", label="duty HR")]
        )
    second = DrillsRepository(db).participants(drill_id)
    assert [p.id for p in second] == [p.id for p in first[:2]]
    assert [(p.role, p.label) for p in second] == [("legal", ""), ("hr", "duty HR")]
    stamp = T0 + timedelta(minutes=3)
    with db.transaction() as conn:
        DrillsRepository.set_participant_times(conn, second[0].id, notified_at=T0, acknowledged_at=stamp)
        assert DrillsRepository.participants_in(conn, drill_id)[0].acknowledged_at == stamp
    assert [p.drill_id for p in DrillsRepository(db).participants_of([drill_id, drill_id + 1])] == [
        drill_id
    ] * 2


def test_an_acknowledgement_without_a_notification_is_refused(db: Database) -> None:
    drill_id = _drill(db)
    with pytest.raises(StorageError), db.transaction() as conn:
        DrillsRepository.replace_participants(conn, drill_id, [person(acknowledged_at=T0)])
    assert DrillsRepository(db).participants(drill_id) == []


def test_objectives_keep_their_order_and_results(db: Database) -> None:
    drill_id = _drill(db)
    with db.transaction() as conn:
        DrillsRepository.replace_objectives(conn, drill_id, [("Reach the lead", None), ("Call tree", None)])
        DrillsRepository.replace_objectives(conn, drill_id, [("Reach the lead", "met")])
        DrillsRepository.touch(conn, drill_id, now=T0 + timedelta(days=1), user_id=None, rated=True)
    assert [(o.position, o.text, o.result) for o in DrillsRepository(db).objectives(drill_id)] == [
        (1, "Reach the lead", "met")
    ]
    assert DrillsRepository(db).get(drill_id).rated_at == T0 + timedelta(days=1)  # type: ignore[union-attr]
    with pytest.raises(StorageError), db.transaction() as conn:
        DrillsRepository.replace_objectives(conn, drill_id, [("Reach the lead", "excellent")])


def test_the_calendar_query_is_half_open_and_ordered(db: Database) -> None:
    march = _drill(db, record(planned_start=datetime(2026, 3, 31, 23, 0, tzinfo=UTC)))
    april = _drill(db, record(planned_start=datetime(2026, 4, 1, tzinfo=UTC)))
    early = _drill(db, record(planned_start=datetime(2026, 3, 2, tzinfo=UTC)))
    repo = DrillsRepository(db)
    got = repo.planned_between(datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))
    assert [r.id for r in got] == [early, march]
    assert [
        r.id for r in repo.planned_between(datetime(2026, 4, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC))
    ] == [april]


def test_done_drills_by_when_they_were_held(db: Database) -> None:
    held = record(status="done", actual_start=T0, actual_end=T0 + timedelta(hours=1))
    later = _drill(
        db, replace(held, actual_start=T0 + timedelta(days=2), actual_end=T0 + timedelta(days=2, hours=1))
    )
    first = _drill(db, held)
    _drill(db)  # planned: not in the history
    repo = DrillsRepository(db)
    assert [r.id for r in repo.done_between(None, None)] == [first, later]
    assert [r.id for r in repo.done_between(T0 + timedelta(days=1), None)] == [later]


def test_actions_due_with_their_drill_and_findings_with_their_action_statuses(db: Database) -> None:
    drill_id = _drill(db, record(drill_type="surprise", status="in_progress", actual_start=T0))
    with db.transaction() as conn:
        finding = DrillsRepository.insert_finding(
            conn, drill_id, severity="high", area="people", text="No answer", now=T0, user_id=None
        )
        bare = DrillsRepository.insert_finding(
            conn, drill_id, severity="low", area="tools", text="Pager", now=T0, user_id=None
        )
    opened = _action(db, drill_id, due=date(2026, 4, 10), finding_id=finding)
    _action(db, drill_id, due=date(2026, 4, 20), status="done", finding_id=finding)
    _action(db, drill_id, due=date(2026, 5, 1))
    repo = DrillsRepository(db)
    due = repo.actions_due(date(2026, 4, 1), date(2026, 4, 30))
    assert [(d.action.due_on, d.drill_code, d.drill_type, d.actual_start) for d in due] == [
        (date(2026, 4, 10), "DR-2026-001", "surprise", T0),
        (date(2026, 4, 20), "DR-2026-001", "surprise", T0),
    ]
    assert [
        d.action.id for d in repo.actions_due(date(2026, 4, 1), date(2026, 4, 30), statuses=("open",))
    ] == [opened]
    assert repo.finding_counts([drill_id]) == {drill_id: [(finding, ["open", "done"]), (bare, [])]}
    with pytest.raises(StorageError), db.transaction() as conn:
        DrillsRepository.insert_action(
            conn,
            drill_id,
            finding_id=None,
            title="Two owners",
            owner_role="hr",
            owner_user_id=1,
            due_on=date(2026, 4, 1),
            status="open",
            done_at=None,
            now=T0,
            user_id=None,
        )
    with pytest.raises(StorageError), db.transaction() as conn:
        DrillsRepository.insert_finding(
            conn, drill_id, severity="fatal", area="people", text="x", now=T0, user_id=None
        )


def test_risk_links_need_an_existing_risk(db: Database) -> None:
    drill_id = _drill(db)
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO risks (code, title, source, owner_role, likelihood, impact, status, created_at, "
            "updated_at) VALUES ('R-001', 'Call tree fails', 'cyber_attack', 'hr', 2, 3, 'open', 'x', 'x')"
        )
        risk_id = conn.execute("SELECT id FROM risks").fetchone()[0]
        assert DrillsRepository.existing_risks(conn, [risk_id, risk_id + 1]) == {risk_id}
        assert DrillsRepository.insert_risk_link(conn, drill_id, risk_id, now=T0, user_id=None)
        assert not DrillsRepository.insert_risk_link(conn, drill_id, risk_id, now=T0, user_id=None)
    repo = DrillsRepository(db)
    assert [(link.risk_id, link.risk_code) for link in repo.risk_links(drill_id)] == [(risk_id, "R-001")]
    assert [d.id for d in repo.drills_for_risk(risk_id)] == [drill_id]
    with pytest.raises(StorageError), db.transaction() as conn:
        DrillsRepository.insert_risk_link(conn, drill_id, risk_id + 1, now=T0, user_id=None)
    with db.transaction() as conn:
        DrillsRepository.replace_risk_links(conn, drill_id, [], now=T0, user_id=None)
    assert repo.risk_links(drill_id) == []


def test_a_series_round_trips(db: Database) -> None:
    series = SeriesRecord(
        frequency="weekly",
        interval=2,
        weekdays=(0, 3),
        nth=None,
        nth_weekday=None,
        month_day=None,
        month=None,
        quarter_month=None,
        local_time="10:00:00",
        zone="Europe/London",
        starts_on=date(2026, 3, 2),
        until_on=date(2026, 12, 31),
        occurrence_limit=None,
        materialised_to=datetime(2027, 3, 2, tzinfo=UTC),
    )
    with db.transaction() as conn:
        series_id = DrillsRepository.insert_series(conn, series, now=T0, user_id=None)
        year = 2026
        drill_id = DrillsRepository.insert(
            conn,
            record(),
            code="DR-2026-001",
            code_year=year,
            code_number=1,
            series_id=series_id,
            now=T0,
            user_id=None,
        )
    repo = DrillsRepository(db)
    assert repo.series(series_id) == series
    assert [r.id for r in repo.in_series(series_id)] == [drill_id]
    assert repo.series(series_id + 1) is None
