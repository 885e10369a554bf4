"""SQL for small named values: internal metadata and the audited policy settings."""

from __future__ import annotations

from datetime import datetime

import sqlcipher3

from app.storage.clock import to_text
from app.storage.database import Database


class MetaRepository:
    """Internal values the program keeps about the database itself (never shown to users)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> str | None:
        return self._db.query_value("SELECT value FROM meta WHERE key = ?", (key,))

    @staticmethod
    def put(conn: sqlcipher3.Connection, key: str, value: str) -> None:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


class PolicyRepository:
    """Office-wide policy values (auto-lock minutes, later grade targets and bands)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> dict[str, str]:
        return dict(self._db.query("SELECT key, value FROM policy_settings"))

    @staticmethod
    def put(conn: sqlcipher3.Connection, key: str, value: str, actor: str, now: datetime) -> None:
        conn.execute(
            "INSERT INTO policy_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by",
            (key, value, to_text(now), actor),
        )
