"""Bulk inserts for the demo generator: thousands of incidents per transaction with executemany.

The incident service writes one incident at a time with its audit entry, which is right for a
counsellor and far too slow to fill a 100,000-incident benchmark database. This repository writes
whole batches of prepared rows instead, into the same tables and through the same triggers: the
full-text search table ``incident_search`` is kept in sync by the triggers of migration 0002, as
for every other writer, so a demo database searches exactly like a real one.

Rows are written in dependency order (incidents, then their timeline, status history,
checklist and review sections) inside the caller's transaction. Ids are given explicitly, from ``next_ids``, so the
generator can link a batch's rows without reading each new id back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple

import sqlcipher3

from app.storage.clock import to_text


def _t(moment: datetime | None) -> str | None:
    """``to_text`` with a fast path for what the generator passes (UTC already)."""
    if moment is None:
        return None
    if moment.tzinfo is UTC:
        return moment.isoformat(timespec="microseconds")
    return to_text(moment)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class BulkIncident(NamedTuple):
    id: int
    code: str
    code_year: int
    code_number: int
    title: str
    category: str
    grade: str
    suggested_grade: str
    grade_override_reason: str | None
    status: str
    occurred_at: datetime | None
    detected_at: datetime | None
    reported_at: datetime
    place: str
    departments: list[str]
    cause: str
    course_of_events: str
    people_involved: int
    impact: dict[str, Any]
    sources: list[dict[str, Any]]
    is_drill: bool
    is_test: bool
    owner_user_id: int | None
    created_at: datetime
    updated_at: datetime
    acknowledged_at: datetime | None
    response_started_at: datetime | None
    contained_at: datetime | None
    resolved_at: datetime | None
    reviewed_at: datetime | None
    # the incident service's rule (app.services.incidents.incident_next_due), computed by the generator
    next_due_at: datetime | None = None

    def __repr__(self) -> str:  # free text stays out of logs
        return f"BulkIncident(id={self.id}, code={self.code})"


class BulkTimelineEntry(NamedTuple):
    incident_id: int
    at: datetime
    author_user_id: int | None
    department: str
    text: str
    created_at: datetime

    def __repr__(self) -> str:
        return f"BulkTimelineEntry(incident_id={self.incident_id})"


class BulkStatusChange(NamedTuple):
    incident_id: int
    from_status: str
    to_status: str
    reason: str | None
    at: datetime
    user_id: int | None

    def __repr__(self) -> str:
        return f"BulkStatusChange(incident_id={self.incident_id}, {self.from_status}->{self.to_status})"


class BulkReview(NamedTuple):
    """A filled review section (migration 0005), which closing an incident as reviewed requires."""

    incident_id: int
    root_cause: str
    recovery_plan: str
    effect_evaluation: str
    lessons_learned: str
    plan_revisions: str
    updated_at: datetime
    updated_by: int | None

    def __repr__(self) -> str:
        return f"BulkReview(incident_id={self.incident_id})"


class BulkChecklistStep(NamedTuple):
    incident_id: int
    step_order: int
    code: str | None
    title_en: str
    title_zh: str
    role: str
    due_at: datetime
    done_at: datetime | None
    done_by: int | None


_INCIDENT_SQL = (
    "INSERT INTO incidents (id, code, code_year, code_number, title, category, grade, suggested_grade, "
    "grade_override_reason, status, occurred_at, detected_at, reported_at, place, departments, cause, "
    "course_of_events, people_involved, impact, sources, is_drill, is_test, owner_user_id, created_at, "
    "updated_at, acknowledged_at, response_started_at, contained_at, resolved_at, reviewed_at, next_due_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class DemoBulkRepository:
    """Static writers taking the caller's transaction, like the other repositories' writes."""

    @staticmethod
    def next_incident_id(conn: sqlcipher3.Connection) -> int:
        return int(conn.execute("SELECT coalesce(max(id), 0) FROM incidents").fetchone()[0]) + 1

    @staticmethod
    def code_numbers_in_use(conn: sqlcipher3.Connection) -> dict[int, int]:
        """The highest code number per year already taken (a demo fill continues after them)."""
        rows = conn.execute("SELECT code_year, max(code_number) FROM incidents GROUP BY code_year")
        return {int(year): int(number) for year, number in rows}

    @staticmethod
    def insert_incidents(conn: sqlcipher3.Connection, rows: Sequence[BulkIncident]) -> None:
        conn.executemany(
            _INCIDENT_SQL,
            [
                (
                    r.id,
                    r.code,
                    r.code_year,
                    r.code_number,
                    r.title,
                    r.category,
                    r.grade,
                    r.suggested_grade,
                    r.grade_override_reason,
                    r.status,
                    _t(r.occurred_at),
                    _t(r.detected_at),
                    _t(r.reported_at),
                    r.place,
                    _json(r.departments),
                    r.cause,
                    r.course_of_events,
                    r.people_involved,
                    _json(r.impact),
                    _json(r.sources),
                    int(r.is_drill),
                    int(r.is_test),
                    r.owner_user_id,
                    _t(r.created_at),
                    _t(r.updated_at),
                    _t(r.acknowledged_at),
                    _t(r.response_started_at),
                    _t(r.contained_at),
                    _t(r.resolved_at),
                    _t(r.reviewed_at),
                    _t(r.next_due_at),
                )
                for r in rows
            ],
        )

    @staticmethod
    def insert_timeline(conn: sqlcipher3.Connection, rows: Sequence[BulkTimelineEntry]) -> None:
        """Each row fires the search trigger, which appends its text to the incident's search row."""
        conn.executemany(
            "INSERT INTO incident_timeline (incident_id, at, author_user_id, department, text, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (r.incident_id, _t(r.at), r.author_user_id, r.department, r.text, _t(r.created_at))
                for r in rows
            ],
        )

    @staticmethod
    def insert_status_changes(conn: sqlcipher3.Connection, rows: Sequence[BulkStatusChange]) -> None:
        conn.executemany(
            "INSERT INTO incident_status_changes (incident_id, from_status, to_status, reason, at, user_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(r.incident_id, r.from_status, r.to_status, r.reason, _t(r.at), r.user_id) for r in rows],
        )

    @staticmethod
    def insert_reviews(conn: sqlcipher3.Connection, rows: Sequence[BulkReview]) -> None:
        conn.executemany(
            "INSERT INTO incident_reviews (incident_id, root_cause, recovery_plan, effect_evaluation, "
            "lessons_learned, plan_revisions, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    r.incident_id,
                    r.root_cause,
                    r.recovery_plan,
                    r.effect_evaluation,
                    r.lessons_learned,
                    r.plan_revisions,
                    _t(r.updated_at),
                    r.updated_by,
                )
                for r in rows
            ],
        )

    @staticmethod
    def analyse(conn: sqlcipher3.Connection) -> None:
        """Refresh the planner's statistics of the incidents table after a bulk fill.

        Without them a combined filter (status and grade) may start from the less selective index;
        a bulk load is when the figures change most. Only the incidents table: the case list's
        queries are on it, and analysing the search index's tables would cost seconds for nothing.
        """
        conn.execute("ANALYZE incidents")

    @staticmethod
    def insert_checklist(conn: sqlcipher3.Connection, rows: Sequence[BulkChecklistStep]) -> None:
        conn.executemany(
            "INSERT INTO incident_checklist "
            "(incident_id, step_order, code, title_en, title_zh, role, due_at, done_at, done_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    r.incident_id,
                    r.step_order,
                    r.code,
                    r.title_en,
                    r.title_zh,
                    r.role,
                    _t(r.due_at),
                    _t(r.done_at),
                    r.done_by,
                )
                for r in rows
            ],
        )
