"""SQL for the response-plan templates admins edited (migration 0007).

Writes are static methods taking the caller's transaction, so the service writes a template and its
audit entry together. Reads come in two forms: through the ``Database`` for screens, and on an open
connection (``*_in``) for the incident service, which picks the plan inside its own transaction.
Rows hold plain values; the service turns them into domain templates.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlcipher3

from app.storage.clock import from_text, to_text
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class StoredStep:
    order: int
    code: str | None
    title_en: str
    title_zh: str
    role: str
    due_offset_seconds: int


@dataclass(frozen=True, slots=True)
class PlanTemplateRow:
    category: str
    grade: str | None
    steps: tuple[StoredStep, ...]
    updated_at: datetime
    updated_by: int | None

    def __repr__(self) -> str:
        return f"PlanTemplateRow({self.category}, {self.grade}, steps={len(self.steps)})"


_COLUMNS = "category, grade, steps, updated_at, updated_by"


def _step(value: dict[str, Any]) -> StoredStep:
    return StoredStep(
        order=int(value["order"]),
        code=value.get("code"),
        title_en=str(value["title_en"]),
        title_zh=str(value["title_zh"]),
        role=str(value["role"]),
        due_offset_seconds=int(value["due_offset_seconds"]),
    )


def _row(values: Sequence[Any]) -> PlanTemplateRow:
    updated_at = from_text(values[3])
    assert updated_at is not None
    return PlanTemplateRow(
        category=values[0],
        grade=values[1],
        steps=tuple(_step(item) for item in json.loads(values[2])),
        updated_at=updated_at,
        updated_by=values[4],
    )


def _steps_json(steps: Sequence[StoredStep]) -> str:
    return json.dumps(
        [
            {
                "order": s.order,
                "code": s.code,
                "title_en": s.title_en,
                "title_zh": s.title_zh,
                "role": s.role,
                "due_offset_seconds": s.due_offset_seconds,
            }
            for s in steps
        ],
        ensure_ascii=False,
    )


_ORDER = "ORDER BY category, CASE WHEN grade IS NULL THEN 0 ELSE 1 END, grade"


class ResponsePlansRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[PlanTemplateRow]:
        return [_row(r) for r in self._db.query(f"SELECT {_COLUMNS} FROM response_plan_templates {_ORDER}")]

    def one(self, category: str, grade: str | None) -> PlanTemplateRow | None:
        return next((r for r in self.all() if r.category == category and r.grade == grade), None)

    @staticmethod
    def for_category_in(conn: sqlcipher3.Connection, category: str) -> list[PlanTemplateRow]:
        """The stored plans of one category, read on the caller's open connection (its transaction)."""
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM response_plan_templates WHERE category = ? {_ORDER}", (category,)
        ).fetchall()
        return [_row(r) for r in rows]

    @staticmethod
    def put(
        conn: sqlcipher3.Connection,
        category: str,
        grade: str | None,
        steps: Sequence[StoredStep],
        *,
        user_id: int | None,
        now: datetime,
    ) -> None:
        """Store the plan for (category, grade), replacing the one stored before."""
        ResponsePlansRepository.delete(conn, category, grade)
        conn.execute(
            "INSERT INTO response_plan_templates (category, grade, steps, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?)",
            (category, grade, _steps_json(steps), to_text(now), user_id),
        )

    @staticmethod
    def delete(conn: sqlcipher3.Connection, category: str, grade: str | None) -> bool:
        """Drop the stored plan (the default applies again); False when there was none."""
        if grade is None:
            cursor = conn.execute(
                "DELETE FROM response_plan_templates WHERE category = ? AND grade IS NULL", (category,)
            )
        else:
            cursor = conn.execute(
                "DELETE FROM response_plan_templates WHERE category = ? AND grade = ?", (category, grade)
            )
        return cursor.rowcount == 1
