"""Forward-only schema migrations tracked by ``PRAGMA user_version``, each run in one transaction."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from app.storage import database as database_module
from app.storage.database import APPLICATION_ID, Database
from app.storage.errors import StorageError
from app.storage.keys import RawKey
from app.storage.migrations import Migration, all_migrations, latest_version
from tests.support.store_tools import fingerprint, raw_connection


def tables(path: Path, key: bytes) -> set[str]:
    with raw_connection(path, key=key) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def version(path: Path, key: bytes) -> int:
    with raw_connection(path, key=key) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_migrations_are_numbered_without_gaps() -> None:
    found = all_migrations()
    assert [m.version for m in found] == list(range(1, len(found) + 1))
    assert latest_version() == len(found)
    assert all(m.name.startswith(f"{m.version:04d}_") and m.name.endswith(".sql") for m in found)


def test_new_database_is_at_the_latest_version(db_path: Path) -> None:
    key = secrets.token_bytes(32)
    Database.create(db_path, RawKey(key)).close()
    assert version(db_path, key) == latest_version()
    assert {"meta", "users", "audit_log", "policy_settings"} <= tables(db_path, key)
    assert [p.name for p in db_path.parent.iterdir() if ".creating-" in p.name] == []


def test_an_older_database_is_brought_forward_on_open(db_path: Path) -> None:
    key = secrets.token_bytes(32)
    with raw_connection(db_path, key=key) as conn:  # an empty database of ours at version 0
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    with Database.open(db_path, RawKey(key)) as db:
        assert db.schema_version() == latest_version()
    assert "audit_log" in tables(db_path, key)


def test_a_failing_migration_changes_nothing(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = secrets.token_bytes(32)
    Database.create(db_path, RawKey(key)).close()
    before = fingerprint(db_path.parent)
    broken = Migration(
        latest_version() + 1,
        f"{latest_version() + 1:04d}_broken.sql",
        "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n",
    )
    monkeypatch.setattr(database_module, "all_migrations", lambda: [*all_migrations(), broken])
    with pytest.raises(StorageError):
        Database.open(db_path, RawKey(key))
    monkeypatch.undo()
    assert version(db_path, key) == latest_version()
    assert "half_done" not in tables(db_path, key)
    assert fingerprint(db_path.parent) == before


def test_a_schema_1_database_with_data_is_upgraded_to_incidents(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = secrets.token_bytes(32)
    first = all_migrations()[:1]
    monkeypatch.setattr(database_module, "all_migrations", lambda: first)
    with Database.create(db_path, RawKey(key)) as db, db.transaction() as conn:
        conn.execute(
            "INSERT INTO users (username, username_key, role, password_hash, created_at, updated_at) "
            "VALUES ('old', 'old', 'counsellor', 'x', '2026-01-01', '2026-01-01')"
        )
    monkeypatch.undo()
    assert version(db_path, key) == 1
    assert "incidents" not in tables(db_path, key)

    with Database.open(db_path, RawKey(key)) as db:
        assert db.schema_version() == latest_version() >= 2
        assert db.query("SELECT username FROM users") == [("old",)]
        with db.transaction() as conn:
            conn.execute(
                "INSERT INTO incidents (code, code_year, code_number, title, category, grade, suggested_grade, "
                "status, reported_at, owner_user_id, created_at, updated_at) VALUES ('INC-2026-0001', 2026, 1, "
                "'舊資料庫升級', 'privacy_leak', 'IV', 'IV', 'reported', 'x', 1, 'x', 'x')"
            )
        assert db.query("SELECT rowid FROM incident_search WHERE incident_search MATCH '\"資料庫\"'") == [
            (1,)
        ]
        assert db.page_problems() == []
    assert {"incidents", "incident_timeline", "incident_status_changes", "incident_checklist"} <= tables(
        db_path, key
    )
