"""SQL for incidents, their timeline, status and grade history, checklist, and the paged case list.

Writes are static methods taking the caller's transaction (``Database.transaction()``), so a
service writes the incident and its audit entry together. Reads go through the ``Database``.

Search: the FTS5 table ``incident_search`` (trigram tokenizer, kept in sync by triggers in
migration 0002) holds each incident's title, course of events and timeline text. A query of three
or more characters is matched there as one quoted phrase (a substring match, which is what a
Chinese query such as 心理諮詢 needs); the trigram index cannot answer one or two characters, so
those are matched with an escaped ``LIKE`` on the title only, which stays fast on a large case list.

Overdue: each incident stores ``next_due_at`` (migration 0006), the earliest due instant of its
unmet response clocks and open checklist steps, kept current by the incident service in the same
transaction as every write that can change it. The overdue filter is ``next_due_at < now``, read
from a partial index, whatever the office's response targets are.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlcipher3

from app.storage.clock import from_text, to_text
from app.storage.database import Database

_COLUMNS = (
    "id, code, title, category, grade, suggested_grade, grade_override_reason, status, occurred_at, "
    "detected_at, reported_at, place, departments, cause, course_of_events, people_involved, impact, "
    "sources, is_drill, is_test, owner_user_id, created_at, updated_at, acknowledged_at, "
    "response_started_at, contained_at, resolved_at, reviewed_at, next_due_at"
)
_LIST_COLUMNS = (
    "id, code, title, category, grade, status, reported_at, created_at, updated_at, owner_user_id, is_drill, "
    "is_test, acknowledged_at, response_started_at, next_due_at"
)
SORT_COLUMNS = frozenset(
    {"code", "title", "category", "grade", "status", "reported_at", "created_at", "updated_at"}
)
# Every sortable column is NOT NULL, so keyset paging needs no NULL ordering rules.
UPDATABLE = frozenset(
    {
        "title",
        "category",
        "grade",
        "suggested_grade",
        "grade_override_reason",
        "status",
        "occurred_at",
        "detected_at",
        "reported_at",
        "place",
        "departments",
        "cause",
        "course_of_events",
        "people_involved",
        "impact",
        "sources",
        "owner_user_id",
        "acknowledged_at",
        "response_started_at",
        "contained_at",
        "resolved_at",
        "reviewed_at",
    }
)
_JSON_FIELDS = frozenset({"departments", "impact", "sources"})
_TIME_FIELDS = frozenset(
    {
        "occurred_at",
        "detected_at",
        "reported_at",
        "acknowledged_at",
        "response_started_at",
        "contained_at",
        "resolved_at",
        "reviewed_at",
    }
)
SHORT_QUERY = 3  # the trigram tokenizer needs three characters; shorter queries use LIKE on the title


@dataclass(frozen=True, slots=True)
class IncidentRow:
    id: int
    code: str
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
    departments: tuple[str, ...]
    cause: str
    course_of_events: str
    people_involved: int
    impact: dict[str, Any]
    sources: tuple[dict[str, Any], ...]
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
    next_due_at: datetime | None = None  # stored by the service (see the module docstring)

    def __repr__(self) -> str:  # free text stays out of logs and tracebacks
        return f"IncidentRow(id={self.id}, code={self.code}, status={self.status})"


@dataclass(frozen=True, slots=True)
class IncidentListRow:
    """What one line of the case list needs; no free text except the title."""

    id: int
    code: str
    title: str
    category: str
    grade: str
    status: str
    reported_at: datetime
    created_at: datetime
    updated_at: datetime
    owner_user_id: int | None
    is_drill: bool
    is_test: bool
    acknowledged_at: datetime | None
    response_started_at: datetime | None
    next_due_at: datetime | None = None

    def __repr__(self) -> str:
        return f"IncidentListRow(id={self.id}, code={self.code})"


@dataclass(frozen=True, slots=True)
class TimelineRow:
    id: int
    incident_id: int
    at: datetime
    author_user_id: int | None
    department: str
    text: str
    created_at: datetime
    signature: str | None = None  # None for entries written before signing existed
    signed_by: str | None = None
    signed_at: datetime | None = None
    parent_id: int | None = None  # an addendum: the entry it amends

    def __repr__(self) -> str:
        return f"TimelineRow(id={self.id}, incident_id={self.incident_id})"


@dataclass(frozen=True, slots=True)
class GradeChangeRow:
    id: int
    incident_id: int
    from_grade: str
    to_grade: str
    suggested_grade: str
    reason: str | None
    at: datetime
    user_id: int | None

    def __repr__(self) -> str:
        return f"GradeChangeRow(id={self.id}, {self.from_grade}->{self.to_grade})"


@dataclass(frozen=True, slots=True)
class StatusChangeRow:
    id: int
    incident_id: int
    from_status: str
    to_status: str
    reason: str | None
    at: datetime
    user_id: int | None

    def __repr__(self) -> str:
        return f"StatusChangeRow(id={self.id}, {self.from_status}->{self.to_status})"


@dataclass(frozen=True, slots=True)
class ChecklistRow:
    id: int
    incident_id: int
    step_order: int
    code: str | None
    title_en: str
    title_zh: str
    role: str
    due_at: datetime
    done_at: datetime | None
    done_by: int | None
    added_by: int | None = None  # set for a step added on the fly (not from the template)


@dataclass(frozen=True, slots=True)
class NewChecklistItem:
    step_order: int
    code: str | None
    title_en: str
    title_zh: str
    role: str
    due_at: datetime


@dataclass(frozen=True, slots=True)
class IncidentFilters:
    """Case-list filters; empty tuples and ``None`` mean "any".

    ``overdue`` keeps incidents whose stored ``next_due_at`` is before ``now``: open incidents with
    a response clock (acknowledge, start response) past due and not met, or an open checklist step
    past due, under the targets in force when it was stored.
    """

    statuses: tuple[str, ...] = ()
    grades: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    overdue: bool = False
    text: str | None = None
    now: datetime | None = None


def _json_tuple(text: str) -> tuple[Any, ...]:
    return tuple(json.loads(text or "[]"))


def _row(v: Sequence[Any]) -> IncidentRow:
    return IncidentRow(
        id=v[0],
        code=v[1],
        title=v[2],
        category=v[3],
        grade=v[4],
        suggested_grade=v[5],
        grade_override_reason=v[6],
        status=v[7],
        occurred_at=from_text(v[8]),
        detected_at=from_text(v[9]),
        reported_at=from_text(v[10]),  # type: ignore[arg-type] - NOT NULL
        place=v[11],
        departments=_json_tuple(v[12]),
        cause=v[13],
        course_of_events=v[14],
        people_involved=v[15],
        impact=json.loads(v[16] or "{}"),
        sources=_json_tuple(v[17]),
        is_drill=bool(v[18]),
        is_test=bool(v[19]),
        owner_user_id=v[20],
        created_at=from_text(v[21]),  # type: ignore[arg-type]
        updated_at=from_text(v[22]),  # type: ignore[arg-type]
        acknowledged_at=from_text(v[23]),
        response_started_at=from_text(v[24]),
        contained_at=from_text(v[25]),
        resolved_at=from_text(v[26]),
        reviewed_at=from_text(v[27]),
        next_due_at=from_text(v[28]),
    )


_TIMELINE_COLUMNS = (
    "id, incident_id, at, author_user_id, department, text, created_at, signature, signed_by, signed_at, "
    "parent_id"
)


def _timeline_row(r: Sequence[Any]) -> TimelineRow:
    return TimelineRow(
        r[0],
        r[1],
        from_text(r[2]),
        r[3],
        r[4],
        r[5],
        from_text(r[6]),
        r[7],
        r[8],
        from_text(r[9]),
        r[10],  # type: ignore[arg-type]
    )


def _list_row(v: Sequence[Any]) -> IncidentListRow:
    return IncidentListRow(
        id=v[0],
        code=v[1],
        title=v[2],
        category=v[3],
        grade=v[4],
        status=v[5],
        reported_at=from_text(v[6]),  # type: ignore[arg-type]
        created_at=from_text(v[7]),  # type: ignore[arg-type]
        updated_at=from_text(v[8]),  # type: ignore[arg-type]
        owner_user_id=v[9],
        is_drill=bool(v[10]),
        is_test=bool(v[11]),
        acknowledged_at=from_text(v[12]),
        response_started_at=from_text(v[13]),
        next_due_at=from_text(v[14]),
    )


def _stored(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _JSON_FIELDS:
        return json.dumps(
            list(value) if isinstance(value, tuple) else value, ensure_ascii=False, sort_keys=True
        )
    if name in _TIME_FIELDS:
        return to_text(value)
    return value


def fts_phrase(query: str) -> str:
    """``query`` as one FTS5 phrase: wrapped in double quotes, inner double quotes doubled.

    Inside a phrase FTS5 treats every character as text, so operators (AND, OR, NEAR, ``*``, ``:``,
    parentheses) typed by a user are searched for literally and never change the query's meaning.
    """
    return '"' + query.replace('"', '""') + '"'


def like_pattern(query: str) -> str:
    """``query`` as a LIKE pattern matching it anywhere, with ``%``, ``_`` and ``\\`` escaped by ``\\``."""
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def normalise_query(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "").strip()


def _placeholders(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def _where(filters: IncidentFilters) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, values in (
        ("status", filters.statuses),
        ("grade", filters.grades),
        ("category", filters.categories),
    ):
        if values:
            clauses.append(f"{column} IN ({_placeholders(values)})")
            params.extend(str(v) for v in values)
    if filters.overdue:
        if filters.now is None:
            raise ValueError("the overdue filter needs the current time")
        # Closed incidents and those with nothing due store NULL, which no comparison keeps; the
        # comparison also lets SQLite use the partial index incidents_by_next_due.
        clauses.append("next_due_at < ?")
        params.append(to_text(filters.now))
    query = normalise_query(filters.text)
    if query:
        if len(query) >= SHORT_QUERY:
            clauses.append("id IN (SELECT rowid FROM incident_search WHERE incident_search MATCH ?)")
            params.append(fts_phrase(query))
        else:
            clauses.append("title LIKE ? ESCAPE '\\'")
            params.append(like_pattern(query))
    return clauses, params


class IncidentsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reads -----------------------------------------------------------------------------------

    def by_id(self, incident_id: int) -> IncidentRow | None:
        rows = self._db.query(f"SELECT {_COLUMNS} FROM incidents WHERE id = ?", (incident_id,))
        return _row(rows[0]) if rows else None

    def by_code(self, code: str) -> IncidentRow | None:
        rows = self._db.query(f"SELECT {_COLUMNS} FROM incidents WHERE code = ?", (code,))
        return _row(rows[0]) if rows else None

    def timeline(self, incident_id: int) -> list[TimelineRow]:
        rows = self._db.query(
            f"SELECT {_TIMELINE_COLUMNS} FROM incident_timeline WHERE incident_id = ? ORDER BY at, id",
            (incident_id,),
        )
        return [_timeline_row(r) for r in rows]

    def grade_changes(self, incident_id: int) -> list[GradeChangeRow]:
        rows = self._db.query(
            "SELECT id, incident_id, from_grade, to_grade, suggested_grade, reason, at, user_id "
            "FROM incident_grade_changes WHERE incident_id = ? ORDER BY at, id",
            (incident_id,),
        )
        return [
            GradeChangeRow(r[0], r[1], r[2], r[3], r[4], r[5], from_text(r[6]), r[7])  # type: ignore[arg-type]
            for r in rows
        ]

    def status_changes(self, incident_id: int) -> list[StatusChangeRow]:
        rows = self._db.query(
            "SELECT id, incident_id, from_status, to_status, reason, at, user_id "
            "FROM incident_status_changes WHERE incident_id = ? ORDER BY at, id",
            (incident_id,),
        )
        return [StatusChangeRow(r[0], r[1], r[2], r[3], r[4], from_text(r[5]), r[6]) for r in rows]  # type: ignore[arg-type]

    def checklist(self, incident_id: int) -> list[ChecklistRow]:
        rows = self._db.query(
            "SELECT id, incident_id, step_order, code, title_en, title_zh, role, due_at, done_at, done_by, "
            "added_by FROM incident_checklist WHERE incident_id = ? ORDER BY step_order",
            (incident_id,),
        )
        return [
            ChecklistRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                from_text(r[7]),
                from_text(r[8]),
                r[9],
                r[10],  # type: ignore[arg-type]
            )
            for r in rows
        ]

    def list_page(
        self,
        filters: IncidentFilters,
        sort_column: str = "updated_at",
        descending: bool = True,
        *,
        offset: int = 0,
        after: tuple[Any, int] | None = None,
        limit: int = 50,
    ) -> list[IncidentListRow]:
        """One page of the case list, ordered by ``sort_column`` then id (so the order is total).

        Page by ``offset`` (any page, for a table model jumping to a scroll position) or by
        ``after`` = (sort value, id) of the previous page's last row (keyset: constant cost however
        deep). Both give the same rows for the same position.
        """
        if sort_column not in SORT_COLUMNS:
            raise ValueError(f"cannot sort the case list by {sort_column!r}")
        if limit < 1 or offset < 0:
            raise ValueError("limit must be positive and offset not negative")
        clauses, params = _where(filters)
        if after is not None:
            value, last_id = after
            if isinstance(value, datetime):
                value = to_text(value)
            op = "<" if descending else ">"
            clauses.append(f"({sort_column} {op} ? OR ({sort_column} = ? AND id {op} ?))")
            params.extend((value, value, last_id))
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        direction = "DESC" if descending else "ASC"
        sql = (
            f"SELECT {_LIST_COLUMNS} FROM incidents {where} "
            f"ORDER BY {sort_column} {direction}, id {direction} LIMIT ? OFFSET ?"
        )
        return [_list_row(r) for r in self._db.query(sql, (*params, limit, offset))]

    def count(self, filters: IncidentFilters) -> int:
        clauses, params = _where(filters)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return int(self._db.query_value(f"SELECT count(*) FROM incidents {where}", tuple(params)))

    # -- writes (inside the caller's transaction) --------------------------------------------------

    @staticmethod
    def next_code_number(conn: sqlcipher3.Connection, year: int) -> int:
        value = conn.execute(
            "SELECT max(code_number) FROM incidents WHERE code_year = ?", (year,)
        ).fetchone()[0]
        return int(value or 0) + 1

    @staticmethod
    def insert(
        conn: sqlcipher3.Connection,
        *,
        code: str,
        code_year: int,
        code_number: int,
        fields: Mapping[str, Any],
        is_drill: bool,
        is_test: bool,
        now: datetime,
    ) -> int:
        unknown = set(fields) - UPDATABLE
        if unknown:
            raise ValueError(f"not an incident field: {sorted(unknown)}")
        names = [
            "code",
            "code_year",
            "code_number",
            *fields,
            "is_drill",
            "is_test",
            "created_at",
            "updated_at",
        ]
        values = [
            code,
            code_year,
            code_number,
            *(_stored(name, value) for name, value in fields.items()),
            int(is_drill),
            int(is_test),
            to_text(now),
            to_text(now),
        ]
        cursor = conn.execute(
            f"INSERT INTO incidents ({', '.join(names)}) VALUES ({_placeholders(values)})", values
        )
        return int(cursor.lastrowid)

    @staticmethod
    def update(conn: sqlcipher3.Connection, incident_id: int, now: datetime, **fields: Any) -> None:
        unknown = set(fields) - UPDATABLE
        if unknown:
            raise ValueError(f"not updatable: {sorted(unknown)}")
        assignments = "".join(f"{name} = ?, " for name in fields)
        values = [_stored(name, value) for name, value in fields.items()]
        conn.execute(
            f"UPDATE incidents SET {assignments}updated_at = ? WHERE id = ?",
            (*values, to_text(now), incident_id),
        )

    @staticmethod
    def add_timeline_entry(
        conn: sqlcipher3.Connection,
        incident_id: int,
        *,
        at: datetime,
        author_user_id: int | None,
        department: str,
        text: str,
        now: datetime,
        parent_id: int | None = None,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO incident_timeline (incident_id, at, author_user_id, department, text, created_at, "
            "parent_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (incident_id, to_text(at), author_user_id, department, text, to_text(now), parent_id),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def due_inputs_in(
        conn: sqlcipher3.Connection, incident_id: int
    ) -> tuple[IncidentRow, datetime | None] | None:
        """The incident as it stands in the transaction and the due time of its earliest open step."""
        row = conn.execute(f"SELECT {_COLUMNS} FROM incidents WHERE id = ?", (incident_id,)).fetchone()
        if row is None:
            return None
        step = conn.execute(
            "SELECT min(due_at) FROM incident_checklist WHERE incident_id = ? AND done_at IS NULL",
            (incident_id,),
        ).fetchone()[0]
        return _row(row), from_text(step)

    @staticmethod
    def set_next_due(conn: sqlcipher3.Connection, incident_id: int, next_due_at: datetime | None) -> None:
        """Store the incident's next due time; ``updated_at`` is left alone (this is derived, not an edit)."""
        conn.execute(
            "UPDATE incidents SET next_due_at = ? WHERE id = ?",
            (None if next_due_at is None else to_text(next_due_at), incident_id),
        )

    @staticmethod
    def open_due_inputs(
        conn: sqlcipher3.Connection, closed: Sequence[str]
    ) -> list[tuple[IncidentListRow, datetime | None]]:
        """Every incident not in a ``closed`` status, with the due time of its earliest open step.

        One query for all of them: what re-timing every open incident (a change of the response
        targets) needs, without reading each incident's free text.
        """
        rows = conn.execute(
            f"SELECT {_LIST_COLUMNS}, (SELECT min(c.due_at) FROM incident_checklist c "
            "WHERE c.incident_id = incidents.id AND c.done_at IS NULL) "
            f"FROM incidents WHERE status NOT IN ({_placeholders(closed)}) ORDER BY id",
            tuple(closed),
        )
        return [(_list_row(r), from_text(r[-1])) for r in rows]

    @staticmethod
    def set_next_due_many(conn: sqlcipher3.Connection, values: Sequence[tuple[int, datetime | None]]) -> None:
        """``set_next_due`` for many incidents: (incident id, next due time) pairs."""
        conn.executemany(
            "UPDATE incidents SET next_due_at = ? WHERE id = ?",
            [(None if due is None else to_text(due), incident_id) for incident_id, due in values],
        )

    @staticmethod
    def timeline_entry_in(conn: sqlcipher3.Connection, entry_id: int) -> TimelineRow | None:
        row = conn.execute(
            f"SELECT {_TIMELINE_COLUMNS} FROM incident_timeline WHERE id = ?", (entry_id,)
        ).fetchone()
        return _timeline_row(row) if row else None

    @staticmethod
    def sign_timeline_entry(
        conn: sqlcipher3.Connection, entry_id: int, *, signature: str, signed_by: str, signed_at: datetime
    ) -> None:
        conn.execute(
            "UPDATE incident_timeline SET signature = ?, signed_by = ?, signed_at = ? WHERE id = ?",
            (signature, signed_by, to_text(signed_at), entry_id),
        )

    @staticmethod
    def correct_timeline_entry(
        conn: sqlcipher3.Connection, entry_id: int, *, text: str, department: str
    ) -> None:
        """Replace an entry's text (a correction by its author within the lock period; re-signed after)."""
        conn.execute(
            "UPDATE incident_timeline SET text = ?, department = ? WHERE id = ?", (text, department, entry_id)
        )

    @staticmethod
    def record_grade_change(
        conn: sqlcipher3.Connection,
        incident_id: int,
        *,
        from_grade: str,
        to_grade: str,
        suggested_grade: str,
        reason: str | None,
        at: datetime,
        user_id: int | None,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO incident_grade_changes (incident_id, from_grade, to_grade, suggested_grade, reason, at, "
            "user_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (incident_id, from_grade, to_grade, suggested_grade, reason, to_text(at), user_id),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def add_checklist_item(
        conn: sqlcipher3.Connection,
        incident_id: int,
        *,
        title: str,
        role: str,
        due_at: datetime,
        added_by: int | None,
    ) -> int:
        """Append a step after the last one; its title is stored as both the English and Chinese title."""
        last = conn.execute(
            "SELECT max(step_order) FROM incident_checklist WHERE incident_id = ?", (incident_id,)
        ).fetchone()[0]
        cursor = conn.execute(
            "INSERT INTO incident_checklist (incident_id, step_order, code, title_en, title_zh, role, due_at, "
            "added_by) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)",
            (incident_id, int(last or 0) + 1, title, title, role, to_text(due_at), added_by),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def record_status_change(
        conn: sqlcipher3.Connection,
        incident_id: int,
        *,
        from_status: str,
        to_status: str,
        reason: str | None,
        at: datetime,
        user_id: int | None,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO incident_status_changes (incident_id, from_status, to_status, reason, at, user_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (incident_id, from_status, to_status, reason, to_text(at), user_id),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def insert_checklist(
        conn: sqlcipher3.Connection, incident_id: int, items: Sequence[NewChecklistItem]
    ) -> None:
        conn.executemany(
            "INSERT INTO incident_checklist (incident_id, step_order, code, title_en, title_zh, role, due_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (incident_id, i.step_order, i.code, i.title_en, i.title_zh, i.role, to_text(i.due_at))
                for i in items
            ],
        )

    @staticmethod
    def mark_checklist_done(
        conn: sqlcipher3.Connection, item_id: int, *, done_at: datetime, done_by: int | None
    ) -> bool:
        """Mark an open step done; False when there is no such step or it was already done."""
        cursor = conn.execute(
            "UPDATE incident_checklist SET done_at = ?, done_by = ? WHERE id = ? AND done_at IS NULL",
            (to_text(done_at), done_by, item_id),
        )
        return cursor.rowcount == 1

    @staticmethod
    def has_checklist(conn: sqlcipher3.Connection, incident_id: int) -> bool:
        row = conn.execute(
            "SELECT 1 FROM incident_checklist WHERE incident_id = ? LIMIT 1", (incident_id,)
        ).fetchone()
        return row is not None

    @staticmethod
    def has_plan_steps(conn: sqlcipher3.Connection, incident_id: int) -> bool:
        """Whether the response plan was already copied (steps added on the fly do not count)."""
        row = conn.execute(
            "SELECT 1 FROM incident_checklist WHERE incident_id = ? AND added_by IS NULL LIMIT 1",
            (incident_id,),
        ).fetchone()
        return row is not None

    @staticmethod
    def last_step_order(conn: sqlcipher3.Connection, incident_id: int) -> int:
        value = conn.execute(
            "SELECT max(step_order) FROM incident_checklist WHERE incident_id = ?", (incident_id,)
        ).fetchone()[0]
        return int(value or 0)

    # -- the board report's figures ------------------------------------------------------------------

    def period_figures(self, low: datetime, high: datetime) -> list[IncidentFigureRow]:
        """Every incident reported in ``[low, high)``: grade, category, status and milestones only.

        One query for the period board report (a quarter of 1,000 incidents in a few milliseconds),
        reading no free text, so nothing typed about a case ever reaches the report's data.
        Instants are stored as UTC ISO text of one width, so comparing the text compares the times.
        """
        rows = self._db.query(
            "SELECT id, code, category, grade, status, is_drill, is_test, reported_at, acknowledged_at, "
            "response_started_at, contained_at, resolved_at FROM incidents "
            "WHERE reported_at >= ? AND reported_at < ? ORDER BY reported_at, id",
            (to_text(low), to_text(high)),
        )
        return [
            IncidentFigureRow(
                id=r[0],
                code=r[1],
                category=r[2],
                grade=r[3],
                status=r[4],
                is_drill=bool(r[5]),
                is_test=bool(r[6]),
                reported_at=from_text(r[7]),  # type: ignore[arg-type]
                acknowledged_at=from_text(r[8]),
                response_started_at=from_text(r[9]),
                contained_at=from_text(r[10]),
                resolved_at=from_text(r[11]),
            )
            for r in rows
        ]


@dataclass(frozen=True, slots=True)
class IncidentFigureRow:
    """What the period board report counts of one incident: no title, no other typed text."""

    id: int
    code: str
    category: str
    grade: str
    status: str
    is_drill: bool
    is_test: bool
    reported_at: datetime
    acknowledged_at: datetime | None
    response_started_at: datetime | None
    contained_at: datetime | None
    resolved_at: datetime | None
