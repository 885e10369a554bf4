"""SQL for drills: the drill, its objectives, participants, status changes, findings, corrective
actions, risk links and the recurrence series it came from.

Writes are static methods taking the caller's transaction, so the service writes a change and its
audit entry together; reads go through the ``Database``, or the caller's connection when the read
decides a write (the next free code, the stored participants a stamp is checked against).
Enumerations travel as their stored text; the service turns them into members. Objectives and
participants are kept by position: replacing the list updates the rows in place, so a
participant keeps its id while the run-drill screen holds it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlcipher3

from app.storage.clock import from_text, to_text
from app.storage.database import Database

_DRILL_COLUMNS = (
    "id, code, drill_type, title, scenario, scenario_category, scenario_grade, key_roles, planned_start, "
    "planned_minutes, actual_start, actual_end, status, series_id, rated_at, rated_by, created_at, "
    "created_by, updated_at, updated_by"
)
_ACTION_COLUMNS = (
    "id, drill_id, finding_id, title, owner_role, owner_user_id, due_on, status, done_at, created_at, "
    "created_by, updated_at"
)
_PARTICIPANT_COLUMNS = "id, drill_id, position, role, department, label, notified_at, acknowledged_at"
_FINDING_COLUMNS = "id, drill_id, severity, area, text, created_at, created_by, updated_at"


def _time(value: datetime | None) -> str | None:
    return to_text(value) if value is not None else None


def _codes(values: Iterable[str]) -> str:
    return ",".join(values)


def _split(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(",") if part)


def _marks(count: int) -> str:
    return ", ".join("?" for _ in range(count))


@dataclass(frozen=True, slots=True, kw_only=True)
class DrillRecord:
    """The stored fields of a drill itself (its lists are written separately)."""

    drill_type: str
    title: str
    scenario: str
    scenario_category: str | None
    scenario_grade: str | None
    key_roles: tuple[str, ...]
    planned_start: datetime
    planned_minutes: int
    actual_start: datetime | None
    actual_end: datetime | None
    status: str

    def values(self) -> tuple[Any, ...]:
        return (
            self.drill_type,
            self.title,
            self.scenario,
            self.scenario_category,
            self.scenario_grade,
            _codes(self.key_roles),
            to_text(self.planned_start),
            self.planned_minutes,
            _time(self.actual_start),
            _time(self.actual_end),
            self.status,
        )

    def __repr__(self) -> str:
        return f"DrillRecord(type={self.drill_type}, status={self.status})"


_RECORD_COLUMNS = (
    "drill_type",
    "title",
    "scenario",
    "scenario_category",
    "scenario_grade",
    "key_roles",
    "planned_start",
    "planned_minutes",
    "actual_start",
    "actual_end",
    "status",
)


@dataclass(frozen=True, slots=True)
class DrillRow:
    id: int
    code: str
    drill_type: str
    title: str
    scenario: str
    scenario_category: str | None
    scenario_grade: str | None
    key_roles: tuple[str, ...]
    planned_start: datetime
    planned_minutes: int
    actual_start: datetime | None
    actual_end: datetime | None
    status: str
    series_id: int | None
    rated_at: datetime | None
    rated_by: int | None
    created_at: datetime
    created_by: int | None
    updated_at: datetime
    updated_by: int | None

    def __repr__(self) -> str:
        return f"DrillRow(id={self.id}, code={self.code}, status={self.status})"


@dataclass(frozen=True, slots=True)
class ObjectiveRow:
    id: int
    drill_id: int
    position: int
    text: str
    result: str | None

    def __repr__(self) -> str:
        return f"ObjectiveRow(id={self.id}, result={self.result})"


@dataclass(frozen=True, slots=True, kw_only=True)
class ParticipantRecord:
    role: str | None
    department: str
    label: str
    notified_at: datetime | None
    acknowledged_at: datetime | None

    def __repr__(self) -> str:
        return f"ParticipantRecord(role={self.role})"


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    id: int
    drill_id: int
    position: int
    role: str | None
    department: str
    label: str
    notified_at: datetime | None
    acknowledged_at: datetime | None

    def __repr__(self) -> str:
        return f"ParticipantRow(id={self.id}, drill_id={self.drill_id}, role={self.role})"


@dataclass(frozen=True, slots=True)
class StatusChangeRow:
    drill_id: int
    from_status: str
    to_status: str
    reason: str | None
    at: datetime
    user_id: int | None

    def __repr__(self) -> str:
        return f"StatusChangeRow(drill_id={self.drill_id}, {self.from_status}->{self.to_status})"


@dataclass(frozen=True, slots=True)
class FindingRow:
    id: int
    drill_id: int
    severity: str
    area: str
    text: str
    created_at: datetime
    created_by: int | None
    updated_at: datetime

    def __repr__(self) -> str:
        return f"FindingRow(id={self.id}, severity={self.severity}, area={self.area})"


@dataclass(frozen=True, slots=True)
class DrillActionRow:
    id: int
    drill_id: int
    finding_id: int | None
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
        return f"DrillActionRow(id={self.id}, drill_id={self.drill_id}, status={self.status})"


@dataclass(frozen=True, slots=True)
class DueDrillActionRow:
    """A drill's corrective action with what a calendar (and the surprise rule) needs of its drill."""

    action: DrillActionRow
    drill_code: str
    drill_type: str
    actual_start: datetime | None


@dataclass(frozen=True, slots=True)
class RiskLinkRow:
    drill_id: int
    risk_id: int
    risk_code: str


@dataclass(frozen=True, slots=True, kw_only=True)
class SeriesRecord:
    """A recurrence rule as stored (app.domain.recurrence.RecurrenceRule, field by field)."""

    frequency: str
    interval: int
    weekdays: tuple[int, ...]
    nth: int | None
    nth_weekday: int | None
    month_day: int | None
    month: int | None
    quarter_month: int | None
    local_time: str
    zone: str
    starts_on: date
    until_on: date | None
    occurrence_limit: int | None
    materialised_to: datetime


def _drill(v: Sequence[Any]) -> DrillRow:
    return DrillRow(
        id=v[0],
        code=v[1],
        drill_type=v[2],
        title=v[3],
        scenario=v[4],
        scenario_category=v[5],
        scenario_grade=v[6],
        key_roles=_split(v[7]),
        planned_start=from_text(v[8]),  # type: ignore[arg-type]
        planned_minutes=v[9],
        actual_start=from_text(v[10]),
        actual_end=from_text(v[11]),
        status=v[12],
        series_id=v[13],
        rated_at=from_text(v[14]),
        rated_by=v[15],
        created_at=from_text(v[16]),  # type: ignore[arg-type]
        created_by=v[17],
        updated_at=from_text(v[18]),  # type: ignore[arg-type]
        updated_by=v[19],
    )


def _participant(v: Sequence[Any]) -> ParticipantRow:
    return ParticipantRow(v[0], v[1], v[2], v[3], v[4], v[5], from_text(v[6]), from_text(v[7]))


def _finding(v: Sequence[Any]) -> FindingRow:
    return FindingRow(v[0], v[1], v[2], v[3], v[4], from_text(v[5]), v[6], from_text(v[7]))  # type: ignore[arg-type]


def _action(v: Sequence[Any]) -> DrillActionRow:
    return DrillActionRow(
        id=v[0],
        drill_id=v[1],
        finding_id=v[2],
        title=v[3],
        owner_role=v[4],
        owner_user_id=v[5],
        due_on=date.fromisoformat(v[6]),
        status=v[7],
        done_at=from_text(v[8]),
        created_at=from_text(v[9]),  # type: ignore[arg-type]
        created_by=v[10],
        updated_at=from_text(v[11]),  # type: ignore[arg-type]
    )


class DrillsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reads -----------------------------------------------------------------------------------

    def get(self, drill_id: int) -> DrillRow | None:
        rows = self._db.query(f"SELECT {_DRILL_COLUMNS} FROM drills WHERE id = ?", (drill_id,))
        return _drill(rows[0]) if rows else None

    @staticmethod
    def get_in(conn: sqlcipher3.Connection, drill_id: int) -> DrillRow | None:
        row = conn.execute(f"SELECT {_DRILL_COLUMNS} FROM drills WHERE id = ?", (drill_id,)).fetchone()
        return _drill(row) if row else None

    def by_code(self, code: str) -> DrillRow | None:
        rows = self._db.query(f"SELECT {_DRILL_COLUMNS} FROM drills WHERE code = ?", (code,))
        return _drill(rows[0]) if rows else None

    def planned_between(self, low: datetime, high: datetime) -> list[DrillRow]:
        """Drills whose planned start is in ``[low, high)``, by planned start (the calendar index)."""
        rows = self._db.query(
            f"SELECT {_DRILL_COLUMNS} FROM drills WHERE planned_start >= ? AND planned_start < ? "
            "ORDER BY planned_start, id",
            (to_text(low), to_text(high)),
        )
        return [_drill(r) for r in rows]

    def in_series(self, series_id: int) -> list[DrillRow]:
        rows = self._db.query(
            f"SELECT {_DRILL_COLUMNS} FROM drills WHERE series_id = ? ORDER BY planned_start, id",
            (series_id,),
        )
        return [_drill(r) for r in rows]

    def done_between(self, low: datetime | None, high: datetime | None) -> list[DrillRow]:
        """Done drills held (actual start) in ``[low, high)`` (open-ended where None), oldest first."""
        sql = f"SELECT {_DRILL_COLUMNS} FROM drills WHERE status = 'done'"
        params: list[Any] = []
        if low is not None:
            sql += " AND actual_start >= ?"
            params.append(to_text(low))
        if high is not None:
            sql += " AND actual_start < ?"
            params.append(to_text(high))
        sql += " ORDER BY actual_start, id"
        return [_drill(r) for r in self._db.query(sql, tuple(params))]

    def objectives(self, drill_id: int) -> list[ObjectiveRow]:
        rows = self._db.query(
            "SELECT id, drill_id, position, text, result FROM drill_objectives WHERE drill_id = ? "
            "ORDER BY position",
            (drill_id,),
        )
        return [ObjectiveRow(*r) for r in rows]

    def participants(self, drill_id: int) -> list[ParticipantRow]:
        rows = self._db.query(
            f"SELECT {_PARTICIPANT_COLUMNS} FROM drill_participants WHERE drill_id = ? ORDER BY position",
            (drill_id,),
        )
        return [_participant(r) for r in rows]

    @staticmethod
    def participants_in(conn: sqlcipher3.Connection, drill_id: int) -> list[ParticipantRow]:
        rows = conn.execute(
            f"SELECT {_PARTICIPANT_COLUMNS} FROM drill_participants WHERE drill_id = ? ORDER BY position",
            (drill_id,),
        ).fetchall()
        return [_participant(r) for r in rows]

    def participants_of(self, drill_ids: Sequence[int]) -> list[ParticipantRow]:
        """The participants of many drills at once (the history chart), by drill then position."""
        if not drill_ids:
            return []
        found: list[ParticipantRow] = []
        for start in range(0, len(drill_ids), 500):  # stay under any driver's parameter limit
            chunk = tuple(drill_ids[start : start + 500])
            rows = self._db.query(
                f"SELECT {_PARTICIPANT_COLUMNS} FROM drill_participants WHERE drill_id IN ({_marks(len(chunk))}) "
                "ORDER BY drill_id, position",
                chunk,
            )
            found.extend(_participant(r) for r in rows)
        return found

    def status_changes(self, drill_id: int) -> list[StatusChangeRow]:
        rows = self._db.query(
            "SELECT drill_id, from_status, to_status, reason, at, user_id FROM drill_status_changes "
            "WHERE drill_id = ? ORDER BY at, id",
            (drill_id,),
        )
        return [StatusChangeRow(r[0], r[1], r[2], r[3], from_text(r[4]), r[5]) for r in rows]  # type: ignore[arg-type]

    def findings(self, drill_id: int) -> list[FindingRow]:
        rows = self._db.query(
            f"SELECT {_FINDING_COLUMNS} FROM drill_findings WHERE drill_id = ? ORDER BY id", (drill_id,)
        )
        return [_finding(r) for r in rows]

    def finding(self, finding_id: int) -> FindingRow | None:
        rows = self._db.query(f"SELECT {_FINDING_COLUMNS} FROM drill_findings WHERE id = ?", (finding_id,))
        return _finding(rows[0]) if rows else None

    def finding_counts(self, drill_ids: Sequence[int]) -> dict[int, list[tuple[int, list[str]]]]:
        """Per drill, each finding id with the statuses of its actions (for open/closed counts)."""
        result: dict[int, list[tuple[int, list[str]]]] = {}
        for start in range(0, len(drill_ids), 500):
            chunk = tuple(drill_ids[start : start + 500])
            rows = self._db.query(
                "SELECT f.drill_id, f.id, a.status FROM drill_findings f "
                "LEFT JOIN drill_actions a ON a.finding_id = f.id "
                f"WHERE f.drill_id IN ({_marks(len(chunk))}) ORDER BY f.drill_id, f.id, a.id",
                chunk,
            )
            for drill_id, finding_id, status in rows:
                findings = result.setdefault(drill_id, [])
                if not findings or findings[-1][0] != finding_id:
                    findings.append((finding_id, []))
                if status is not None:
                    findings[-1][1].append(status)
        return result

    def actions(self, drill_id: int) -> list[DrillActionRow]:
        rows = self._db.query(
            f"SELECT {_ACTION_COLUMNS} FROM drill_actions WHERE drill_id = ? ORDER BY due_on, id", (drill_id,)
        )
        return [_action(r) for r in rows]

    def action(self, action_id: int) -> DrillActionRow | None:
        rows = self._db.query(f"SELECT {_ACTION_COLUMNS} FROM drill_actions WHERE id = ?", (action_id,))
        return _action(rows[0]) if rows else None

    def actions_due(
        self, first: date, last: date, *, statuses: Sequence[str] = ()
    ) -> list[DueDrillActionRow]:
        """Drill actions due from ``first`` to ``last`` (both included), optionally only some statuses."""
        columns = ", ".join(f"a.{c.strip()}" for c in _ACTION_COLUMNS.split(","))
        sql = (
            f"SELECT {columns}, d.code, d.drill_type, d.actual_start FROM drill_actions a "
            "JOIN drills d ON d.id = a.drill_id WHERE a.due_on >= ? AND a.due_on <= ?"
        )
        params: list[Any] = [first.isoformat(), last.isoformat()]
        if statuses:
            sql += f" AND a.status IN ({_marks(len(statuses))})"
            params.extend(statuses)
        sql += " ORDER BY a.due_on, a.id"
        return [
            DueDrillActionRow(_action(r[:12]), r[12], r[13], from_text(r[14]))
            for r in self._db.query(sql, tuple(params))
        ]

    def risk_links(self, drill_id: int) -> list[RiskLinkRow]:
        rows = self._db.query(
            "SELECT l.drill_id, l.risk_id, r.code FROM drill_risk_links l JOIN risks r ON r.id = l.risk_id "
            "WHERE l.drill_id = ? ORDER BY r.code",
            (drill_id,),
        )
        return [RiskLinkRow(*r) for r in rows]

    def drills_for_risk(self, risk_id: int) -> list[DrillRow]:
        rows = self._db.query(
            f"SELECT {', '.join(f'd.{c.strip()}' for c in _DRILL_COLUMNS.split(','))} FROM drills d "
            "JOIN drill_risk_links l ON l.drill_id = d.id WHERE l.risk_id = ? ORDER BY d.planned_start, d.id",
            (risk_id,),
        )
        return [_drill(r) for r in rows]

    @staticmethod
    def existing_risks(conn: sqlcipher3.Connection, risk_ids: Sequence[int]) -> set[int]:
        """Which of ``risk_ids`` name risks in the register."""
        if not risk_ids:
            return set()
        rows = conn.execute(
            f"SELECT id FROM risks WHERE id IN ({_marks(len(risk_ids))})", tuple(risk_ids)
        ).fetchall()
        return {r[0] for r in rows}

    # -- writes (inside the caller's transaction) --------------------------------------------------

    @staticmethod
    def next_code_number(conn: sqlcipher3.Connection, year: int) -> int:
        value = conn.execute("SELECT max(code_number) FROM drills WHERE code_year = ?", (year,)).fetchone()[0]
        return int(value or 0) + 1

    @staticmethod
    def insert(
        conn: sqlcipher3.Connection,
        record: DrillRecord,
        *,
        code: str,
        code_year: int,
        code_number: int,
        series_id: int | None,
        now: datetime,
        user_id: int | None,
    ) -> int:
        cursor = conn.execute(
            f"INSERT INTO drills (code, code_year, code_number, {', '.join(_RECORD_COLUMNS)}, series_id, "
            f"created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, {_marks(len(_RECORD_COLUMNS))}, "
            "?, ?, ?, ?, ?)",
            (
                code,
                code_year,
                code_number,
                *record.values(),
                series_id,
                to_text(now),
                user_id,
                to_text(now),
                user_id,
            ),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def update(
        conn: sqlcipher3.Connection, drill_id: int, record: DrillRecord, *, now: datetime, user_id: int | None
    ) -> None:
        conn.execute(
            f"UPDATE drills SET {', '.join(f'{c} = ?' for c in _RECORD_COLUMNS)}, updated_at = ?, "
            "updated_by = ? WHERE id = ?",
            (*record.values(), to_text(now), user_id, drill_id),
        )

    @staticmethod
    def touch(
        conn: sqlcipher3.Connection,
        drill_id: int,
        *,
        now: datetime,
        user_id: int | None,
        rated: bool = False,
    ) -> None:
        """Mark the drill changed (a list of it was written); ``rated`` also stamps the rating."""
        sql = "UPDATE drills SET updated_at = ?, updated_by = ?"
        params: list[Any] = [to_text(now), user_id]
        if rated:
            sql += ", rated_at = ?, rated_by = ?"
            params.extend([to_text(now), user_id])
        conn.execute(f"{sql} WHERE id = ?", (*params, drill_id))

    @staticmethod
    def replace_objectives(
        conn: sqlcipher3.Connection, drill_id: int, objectives: Sequence[tuple[str, str | None]]
    ) -> None:
        """Store ``(text, result)`` in order, updating rows in place by position."""
        for position, (text, result) in enumerate(objectives, start=1):
            updated = conn.execute(
                "UPDATE drill_objectives SET text = ?, result = ? WHERE drill_id = ? AND position = ?",
                (text, result, drill_id, position),
            )
            if updated.rowcount == 0:
                conn.execute(
                    "INSERT INTO drill_objectives (drill_id, position, text, result) VALUES (?, ?, ?, ?)",
                    (drill_id, position, text, result),
                )
        conn.execute(
            "DELETE FROM drill_objectives WHERE drill_id = ? AND position > ?", (drill_id, len(objectives))
        )

    @staticmethod
    def replace_participants(
        conn: sqlcipher3.Connection, drill_id: int, participants: Sequence[ParticipantRecord]
    ) -> None:
        """Store the participants in order, updating rows in place by position (ids stay)."""
        for position, p in enumerate(participants, start=1):
            values = (p.role, p.department, p.label, _time(p.notified_at), _time(p.acknowledged_at))
            updated = conn.execute(
                "UPDATE drill_participants SET role = ?, department = ?, label = ?, notified_at = ?, "
                "acknowledged_at = ? WHERE drill_id = ? AND position = ?",
                (*values, drill_id, position),
            )
            if updated.rowcount == 0:
                conn.execute(
                    "INSERT INTO drill_participants (drill_id, position, role, department, label, notified_at, "
                    "acknowledged_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (drill_id, position, *values),
                )
        conn.execute(
            "DELETE FROM drill_participants WHERE drill_id = ? AND position > ?",
            (drill_id, len(participants)),
        )

    @staticmethod
    def set_participant_times(
        conn: sqlcipher3.Connection,
        participant_id: int,
        *,
        notified_at: datetime | None,
        acknowledged_at: datetime | None,
    ) -> None:
        conn.execute(
            "UPDATE drill_participants SET notified_at = ?, acknowledged_at = ? WHERE id = ?",
            (_time(notified_at), _time(acknowledged_at), participant_id),
        )

    @staticmethod
    def insert_status_change(
        conn: sqlcipher3.Connection,
        drill_id: int,
        *,
        from_status: str,
        to_status: str,
        reason: str | None,
        now: datetime,
        user_id: int | None,
    ) -> None:
        conn.execute(
            "INSERT INTO drill_status_changes (drill_id, from_status, to_status, reason, at, user_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (drill_id, from_status, to_status, reason, to_text(now), user_id),
        )

    @staticmethod
    def insert_finding(
        conn: sqlcipher3.Connection,
        drill_id: int,
        *,
        severity: str,
        area: str,
        text: str,
        now: datetime,
        user_id: int | None,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO drill_findings (drill_id, severity, area, text, created_at, created_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (drill_id, severity, area, text, to_text(now), user_id, to_text(now)),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def update_finding(
        conn: sqlcipher3.Connection, finding_id: int, *, severity: str, area: str, text: str, now: datetime
    ) -> None:
        conn.execute(
            "UPDATE drill_findings SET severity = ?, area = ?, text = ?, updated_at = ? WHERE id = ?",
            (severity, area, text, to_text(now), finding_id),
        )

    @staticmethod
    def insert_action(
        conn: sqlcipher3.Connection,
        drill_id: int,
        *,
        finding_id: int | None,
        title: str,
        owner_role: str | None,
        owner_user_id: int | None,
        due_on: date,
        status: str,
        done_at: datetime | None,
        now: datetime,
        user_id: int | None,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO drill_actions (drill_id, finding_id, title, owner_role, owner_user_id, due_on, status, "
            "done_at, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                drill_id,
                finding_id,
                title,
                owner_role,
                owner_user_id,
                due_on.isoformat(),
                status,
                _time(done_at),
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
        finding_id: int | None,
        title: str,
        owner_role: str | None,
        owner_user_id: int | None,
        due_on: date,
        status: str,
        done_at: datetime | None,
        now: datetime,
    ) -> None:
        conn.execute(
            "UPDATE drill_actions SET finding_id = ?, title = ?, owner_role = ?, owner_user_id = ?, due_on = ?, "
            "status = ?, done_at = ?, updated_at = ? WHERE id = ?",
            (
                finding_id,
                title,
                owner_role,
                owner_user_id,
                due_on.isoformat(),
                status,
                _time(done_at),
                to_text(now),
                action_id,
            ),
        )

    @staticmethod
    def replace_risk_links(
        conn: sqlcipher3.Connection,
        drill_id: int,
        risk_ids: Sequence[int],
        *,
        now: datetime,
        user_id: int | None,
    ) -> None:
        """Link exactly ``risk_ids``: links kept keep their creation stamp."""
        kept = {
            r[0] for r in conn.execute("SELECT risk_id FROM drill_risk_links WHERE drill_id = ?", (drill_id,))
        }
        for risk_id in kept - set(risk_ids):
            DrillsRepository.delete_risk_link(conn, drill_id, risk_id)
        for risk_id in risk_ids:
            if risk_id not in kept:
                DrillsRepository.insert_risk_link(conn, drill_id, risk_id, now=now, user_id=user_id)

    @staticmethod
    def insert_risk_link(
        conn: sqlcipher3.Connection, drill_id: int, risk_id: int, *, now: datetime, user_id: int | None
    ) -> bool:
        """Link a drill to a risk; ``False`` when they were linked already (nothing written)."""
        exists = conn.execute(
            "SELECT 1 FROM drill_risk_links WHERE drill_id = ? AND risk_id = ?", (drill_id, risk_id)
        ).fetchone()
        if exists:
            return False
        conn.execute(
            "INSERT INTO drill_risk_links (drill_id, risk_id, created_at, created_by) VALUES (?, ?, ?, ?)",
            (drill_id, risk_id, to_text(now), user_id),
        )
        return True

    @staticmethod
    def delete_risk_link(conn: sqlcipher3.Connection, drill_id: int, risk_id: int) -> bool:
        cursor = conn.execute(
            "DELETE FROM drill_risk_links WHERE drill_id = ? AND risk_id = ?", (drill_id, risk_id)
        )
        return cursor.rowcount > 0

    @staticmethod
    def insert_series(
        conn: sqlcipher3.Connection, record: SeriesRecord, *, now: datetime, user_id: int | None
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO drill_series (frequency, period_interval, weekdays, nth, nth_weekday, month_day, month, "
            "quarter_month, local_time, zone, starts_on, until_on, occurrence_limit, materialised_to, "
            "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.frequency,
                record.interval,
                _codes(str(d) for d in record.weekdays),
                record.nth,
                record.nth_weekday,
                record.month_day,
                record.month,
                record.quarter_month,
                record.local_time,
                record.zone,
                record.starts_on.isoformat(),
                record.until_on.isoformat() if record.until_on else None,
                record.occurrence_limit,
                to_text(record.materialised_to),
                to_text(now),
                user_id,
            ),
        )
        return int(cursor.lastrowid)

    def series(self, series_id: int) -> SeriesRecord | None:
        rows = self._db.query(
            "SELECT frequency, period_interval, weekdays, nth, nth_weekday, month_day, month, quarter_month, "
            "local_time, zone, starts_on, until_on, occurrence_limit, materialised_to FROM drill_series "
            "WHERE id = ?",
            (series_id,),
        )
        if not rows:
            return None
        v = rows[0]
        return SeriesRecord(
            frequency=v[0],
            interval=v[1],
            weekdays=tuple(int(d) for d in _split(v[2])),
            nth=v[3],
            nth_weekday=v[4],
            month_day=v[5],
            month=v[6],
            quarter_month=v[7],
            local_time=v[8],
            zone=v[9],
            starts_on=date.fromisoformat(v[10]),
            until_on=date.fromisoformat(v[11]) if v[11] else None,
            occurrence_limit=v[12],
            materialised_to=from_text(v[13]),  # type: ignore[arg-type]
        )
