"""SQL for application accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlcipher3

from app.domain.roles import Role
from app.storage.clock import from_text, to_text
from app.storage.database import Database

_COLUMNS = (
    "id, username, display_name, role, password_hash, disabled, failed_logins, last_failed_at, "
    "last_login_at, created_at"
)


@dataclass(frozen=True, slots=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    password_hash: str
    disabled: bool
    failed_logins: int
    last_failed_at: datetime | None
    last_login_at: datetime | None
    created_at: datetime | None

    def __repr__(self) -> str:  # the hash and the person's name stay out of logs and tracebacks
        return f"UserRow(id={self.id}, role={self.role.value}, disabled={self.disabled})"


def _row(values: tuple) -> UserRow:
    return UserRow(
        id=values[0],
        username=values[1],
        display_name=values[2],
        role=Role(values[3]),
        password_hash=values[4],
        disabled=bool(values[5]),
        failed_logins=values[6],
        last_failed_at=from_text(values[7]),
        last_login_at=from_text(values[8]),
        created_at=from_text(values[9]),
    )


class UsersRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def by_key(self, username_key: str) -> UserRow | None:
        rows = self._db.query(f"SELECT {_COLUMNS} FROM users WHERE username_key = ?", (username_key,))
        return _row(rows[0]) if rows else None

    def by_id(self, user_id: int) -> UserRow | None:
        rows = self._db.query(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,))
        return _row(rows[0]) if rows else None

    def all(self) -> list[UserRow]:
        return [_row(r) for r in self._db.query(f"SELECT {_COLUMNS} FROM users ORDER BY username_key")]

    def count(self) -> int:
        return int(self._db.query_value("SELECT count(*) FROM users"))

    def count_active_admins(self) -> int:
        return int(self._db.query_value("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0"))

    @staticmethod
    def insert(
        conn: sqlcipher3.Connection,
        *,
        username: str,
        username_key: str,
        display_name: str,
        role: Role,
        password_hash: str,
        now: datetime,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO users (username, username_key, display_name, role, password_hash, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (username, username_key, display_name, role.value, password_hash, to_text(now), to_text(now)),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def update(conn: sqlcipher3.Connection, user_id: int, now: datetime, **fields: object) -> None:
        allowed = {"display_name", "role", "password_hash", "disabled"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"not updatable: {sorted(unknown)}")
        values = [
            v.value if isinstance(v, Role) else int(v) if isinstance(v, bool) else v for v in fields.values()
        ]
        assignments = ", ".join(f"{name} = ?" for name in fields)
        conn.execute(
            f"UPDATE users SET {assignments}, updated_at = ? WHERE id = ?", (*values, to_text(now), user_id)
        )

    @staticmethod
    def record_failure(conn: sqlcipher3.Connection, user_id: int, now: datetime) -> None:
        conn.execute(
            "UPDATE users SET failed_logins = failed_logins + 1, last_failed_at = ? WHERE id = ?",
            (to_text(now), user_id),
        )

    @staticmethod
    def record_success(conn: sqlcipher3.Connection, user_id: int, now: datetime) -> None:
        conn.execute(
            "UPDATE users SET failed_logins = 0, last_failed_at = NULL, last_login_at = ? WHERE id = ?",
            (to_text(now), user_id),
        )
