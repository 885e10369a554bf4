"""SQL for an incident's review section and its corrective actions.

Writes are static methods taking the caller's transaction, so a service writes the change and its
audit entry together; reads go through the ``Database`` (or the caller's connection when the read
decides a write, as closing an incident does).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlcipher3

from app.storage.clock import from_text, to_text
from app.storage.database import Database

REVIEW_FIELDS = ("root_cause", "recovery_plan", "effect_evaluation", "lessons_learned", "plan_revisions")
_ACTION_COLUMNS = (
    "id, incident_id, title, owner_role, owner_user_id, due_on, status, done_at, created_at, created_by, "
    "updated_at"
)


@dataclass(frozen=True, slots=True)
class ReviewRow:
    incident_id: int
    root_cause: str
    recovery_plan: str
    effect_evaluation: str
    lessons_learned: str
    plan_revisions: str
    updated_at: datetime
    updated_by: int | None

    def values(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in REVIEW_FIELDS}

    def __repr__(self) -> str:  # free text stays out of logs and tracebacks
        return f"ReviewRow(incident_id={self.incident_id})"


@dataclass(frozen=True, slots=True)
class ActionRow:
    id: int
    incident_id: int
    title: str
    owner_role: str | None
    owner_user_id: int | None
    due_on: date
    status: str
    done_at: datetime | None
    created_at: datetime
    created_by: int | None
    updated_at: datetime

    def __repr__(self) -> str:
        return f"ActionRow(id={self.id}, incident_id={self.incident_id}, status={self.status})"


@dataclass(frozen=True, slots=True)
class DueActionRow:
    """A corrective action with its incident's code, for a calendar of what falls due."""

    action: ActionRow
    incident_code: str
    is_drill: bool
    is_test: bool


def _review(v: Sequence[Any]) -> ReviewRow:
    return ReviewRow(v[0], v[1], v[2], v[3], v[4], v[5], from_text(v[6]), v[7])  # type: ignore[arg-type]


def _action(v: Sequence[Any]) -> ActionRow:
    return ActionRow(
        id=v[0],
        incident_id=v[1],
        title=v[2],
        owner_role=v[3],
        owner_user_id=v[4],
        due_on=date.fromisoformat(v[5]),
        status=v[6],
        done_at=from_text(v[7]),
        created_at=from_text(v[8]),  # type: ignore[arg-type]
        created_by=v[9],
        updated_at=from_text(v[10]),  # type: ignore[arg-type]
    )


_REVIEW_SELECT = (
    f"SELECT incident_id, {', '.join(REVIEW_FIELDS)}, updated_at, updated_by FROM incident_reviews"
)


class ReviewRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reads -----------------------------------------------------------------------------------

    def review(self, incident_id: int) -> ReviewRow | None:
        rows = self._db.query(f"{_REVIEW_SELECT} WHERE incident_id = ?", (incident_id,))
        return _review(rows[0]) if rows else None

    @staticmethod
    def review_in(conn: sqlcipher3.Connection, incident_id: int) -> ReviewRow | None:
        """The review as the caller's transaction sees it (closing decides on this)."""
        row = conn.execute(f"{_REVIEW_SELECT} WHERE incident_id = ?", (incident_id,)).fetchone()
        return _review(row) if row else None

    def actions(self, incident_id: int) -> list[ActionRow]:
        rows = self._db.query(
            f"SELECT {_ACTION_COLUMNS} FROM corrective_actions WHERE incident_id = ? ORDER BY due_on, id",
            (incident_id,),
        )
        return [_action(r) for r in rows]

    def action(self, action_id: int) -> ActionRow | None:
        rows = self._db.query(f"SELECT {_ACTION_COLUMNS} FROM corrective_actions WHERE id = ?", (action_id,))
        return _action(rows[0]) if rows else None

    def due_between(self, first: date, last: date, *, statuses: Sequence[str] = ()) -> list[DueActionRow]:
        """Actions due from ``first`` to ``last`` (both included), optionally only some statuses."""
        columns = ", ".join(f"a.{c.strip()}" for c in _ACTION_COLUMNS.split(","))
        sql = (
            f"SELECT {columns}, i.code, i.is_drill, i.is_test FROM corrective_actions a "
            "JOIN incidents i ON i.id = a.incident_id WHERE a.due_on >= ? AND a.due_on <= ?"
        )
        params: list[Any] = [first.isoformat(), last.isoformat()]
        if statuses:
            sql += f" AND a.status IN ({', '.join('?' for _ in statuses)})"
            params.extend(statuses)
        sql += " ORDER BY a.due_on, a.id"
        return [
            DueActionRow(_action(r[:11]), r[11], bool(r[12]), bool(r[13]))
            for r in self._db.query(sql, tuple(params))
        ]

    # -- writes (inside the caller's transaction) --------------------------------------------------

    @staticmethod
    def put_review(
        conn: sqlcipher3.Connection, incident_id: int, values: dict[str, str], *, now: datetime, user_id: int
    ) -> None:
        unknown = set(values) - set(REVIEW_FIELDS)
        if unknown:
            raise ValueError(f"not a review field: {sorted(unknown)}")
        full = [values.get(name, "") for name in REVIEW_FIELDS]
        updated = conn.execute(
            f"UPDATE incident_reviews SET {', '.join(f'{n} = ?' for n in REVIEW_FIELDS)}, updated_at = ?, "
            "updated_by = ? WHERE incident_id = ?",
            (*full, to_text(now), user_id, incident_id),
        )
        if updated.rowcount == 0:
            conn.execute(
                f"INSERT INTO incident_reviews (incident_id, {', '.join(REVIEW_FIELDS)}, updated_at, updated_by) "
                f"VALUES (?, {', '.join('?' for _ in REVIEW_FIELDS)}, ?, ?)",
                (incident_id, *full, to_text(now), user_id),
            )

    @staticmethod
    def insert_action(
        conn: sqlcipher3.Connection,
        incident_id: int,
        *,
        title: str,
        owner_role: str | None,
        owner_user_id: int | None,
        due_on: date,
        status: str,
        done_at: datetime | None,
        now: datetime,
        user_id: int,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO corrective_actions (incident_id, title, owner_role, owner_user_id, due_on, status, "
            "done_at, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                incident_id,
                title,
                owner_role,
                owner_user_id,
                due_on.isoformat(),
                status,
                to_text(done_at) if done_at else None,
                to_text(now),
                user_id,
                to_text(now),
            ),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def update_action(
        conn: sqlcipher3.Connection,
        action_id: int,
        *,
        title: str,
        owner_role: str | None,
        owner_user_id: int | None,
        due_on: date,
        status: str,
        done_at: datetime | None,
        now: datetime,
    ) -> None:
        conn.execute(
            "UPDATE corrective_actions SET title = ?, owner_role = ?, owner_user_id = ?, due_on = ?, "
            "status = ?, done_at = ?, updated_at = ? WHERE id = ?",
            (
                title,
                owner_role,
                owner_user_id,
                due_on.isoformat(),
                status,
                to_text(done_at) if done_at else None,
                to_text(now),
                action_id,
            ),
        )
