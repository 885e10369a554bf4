"""The response-plan templates repository on a real SQLCipher file: round trips, one plan per key."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.keys import RawKey
from app.storage.response_plans_repository import ResponsePlansRepository, StoredStep

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
STEPS = (
    StoredStep(1, "confirm_event", "Confirm", "確認", "crisis_lead", 1800),
    StoredStep(2, None, "Call the 保安 desk", "致電保安", "hr", 3600),
)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.create(db_path, RawKey(secrets.token_bytes(32)))
    yield database
    database.close()


def test_a_new_database_holds_no_edited_plans(db: Database) -> None:
    assert ResponsePlansRepository(db).all() == []


def test_round_trip_keeps_steps_order_and_text(db: Database) -> None:
    with db.transaction() as conn:
        ResponsePlansRepository.put(conn, "privacy_leak", None, STEPS, user_id=None, now=T0)
        ResponsePlansRepository.put(conn, "privacy_leak", "I", STEPS[:1], user_id=None, now=T0)
    repo = ResponsePlansRepository(db)
    rows = repo.all()
    assert [(r.category, r.grade) for r in rows] == [("privacy_leak", None), ("privacy_leak", "I")]
    stored = repo.one("privacy_leak", None)
    assert stored is not None
    assert stored.steps == STEPS
    assert stored.updated_at == T0
    assert stored.updated_by is None  # no account in this bare database (users(id) is a foreign key)
    assert repo.one("privacy_leak", "II") is None


def test_put_replaces_and_delete_removes_only_its_key(db: Database) -> None:
    later = T0 + timedelta(hours=1)
    with db.transaction() as conn:
        ResponsePlansRepository.put(conn, "reputation", None, STEPS, user_id=None, now=T0)
        ResponsePlansRepository.put(conn, "reputation", "II", STEPS, user_id=None, now=T0)
        ResponsePlansRepository.put(conn, "reputation", None, STEPS[1:], user_id=None, now=later)
    repo = ResponsePlansRepository(db)
    assert db.query_value("SELECT count(*) FROM response_plan_templates") == 2
    replaced = repo.one("reputation", None)
    assert replaced is not None
    assert (replaced.steps, replaced.updated_by, replaced.updated_at) == (STEPS[1:], None, later)
    with db.transaction() as conn:
        assert ResponsePlansRepository.delete(conn, "reputation", None) is True
        assert ResponsePlansRepository.delete(conn, "reputation", None) is False
    assert [(r.category, r.grade) for r in repo.all()] == [("reputation", "II")]


def test_reads_on_the_open_connection_see_the_transaction(db: Database) -> None:
    with db.transaction() as conn:
        ResponsePlansRepository.put(conn, "supply_chain", "III", STEPS, user_id=None, now=T0)
        rows = ResponsePlansRepository.for_category_in(conn, "supply_chain")
        assert [r.grade for r in rows] == ["III"]
        assert ResponsePlansRepository.for_category_in(conn, "reputation") == []


@pytest.mark.parametrize("grade", [None, "IV"])
def test_the_schema_refuses_a_second_plan_for_the_same_key(db: Database, grade: str | None) -> None:
    steps = '[{"order": 1}]'
    insert = "INSERT INTO response_plan_templates (category, grade, steps, updated_at) VALUES (?, ?, ?, ?)"
    with db.transaction() as conn:
        conn.execute(insert, ("reputation", grade, steps, "2026-03-01T09:00:00.000000+00:00"))
    with pytest.raises(StorageError), db.transaction() as conn:
        conn.execute(insert, ("reputation", grade, steps, "2026-03-01T09:00:00.000000+00:00"))
    assert db.query_value("SELECT count(*) FROM response_plan_templates") == 1


def test_the_schema_refuses_an_unknown_grade(db: Database) -> None:
    with pytest.raises(StorageError), db.transaction() as conn:
        conn.execute(
            "INSERT INTO response_plan_templates (category, grade, steps, updated_at) VALUES (?, ?, ?, ?)",
            ("reputation", "V", "[]", "2026-03-01T09:00:00.000000+00:00"),
        )
