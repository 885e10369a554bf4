"""SQL for the risk register: risks, their snapshots and reviews, sources, links to incidents.

Writes are static methods taking the caller's transaction, so a service (or the importer, for a
whole spreadsheet) writes its rows and the audit entry together. Reads go through the
``Database``, or through the caller's connection when the read decides a write (a free code, the
latest snapshot). Enumerations travel as their stored text; the service turns them into members.

The register as of a date (``as_of``) is one query that probes the history index once per risk,
so it stays fast however long the history grows.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

import sqlcipher3

from app.storage.clock import from_text, to_text
from app.storage.database import Database

if TYPE_CHECKING:
    from app.domain.risk_input import RiskInput

CODE_PREFIX = "R-"
_NUMBERED_CODE = re.compile(r"R-(\d{1,9})")

_RISK_FIELDS = (
    "code",
    "title",
    "description",
    "source",
    "category",
    "owner_role",
    "owner_user_id",
    "owner_title",
    "likelihood",
    "impact",
    "residual_likelihood",
    "residual_impact",
    "controls",
    "treatment",
    "actions",
    "status",
    "next_review_on",
    "last_reviewed_on",
)
_RISK_COLUMNS = f"id, {', '.join(_RISK_FIELDS)}, created_at, created_by, updated_at, updated_by"
_SNAPSHOT_FIELDS = (
    "likelihood",
    "impact",
    "residual_likelihood",
    "residual_impact",
    "status",
    "title",
    "source",
    "owner_role",
    "owner_user_id",
    "owner_title",
)
_SNAPSHOT_COLUMNS = "h.id, h.risk_id, r.code, h.effective_on, h.kind, " + ", ".join(
    f"h.{name}" for name in _SNAPSHOT_FIELDS
)
_REVIEW_COLUMNS = (
    "v.id, v.risk_id, v.reviewed_on, v.reviewer_user_id, u.display_name, u.username, v.likelihood, v.impact, "
    "v.residual_likelihood, v.residual_impact, v.status, v.comment, v.next_review_on, v.created_at, v.history_id"
)
_SOURCE_COLUMNS = "code, label_en, label_zh_tw, label_zh_cn, position, active"
_DATE_FIELDS = frozenset({"next_review_on", "last_reviewed_on"})
# A record's stored values in column order, read in one call (the importer reads 10,000 records).
_RISK_VALUES = operator.attrgetter(*_RISK_FIELDS)
_DATE_POSITIONS = tuple(i for i, name in enumerate(_RISK_FIELDS) if name in _DATE_FIELDS)
_SNAPSHOT_VALUES = operator.attrgetter(*_SNAPSHOT_FIELDS)


def _date_text(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@dataclass(frozen=True, slots=True)
class RiskRecord:
    """A risk to insert or store over an existing one: every stored field except ids and times.

    The importer builds one per spreadsheet row (``from_input``) and calls ``RisksRepository.insert``
    and ``insert_snapshot`` inside one transaction; the service does the same for one risk.
    """

    code: str
    title: str
    description: str
    source: str
    category: str
    owner_role: str | None
    owner_user_id: int | None
    owner_title: str | None
    likelihood: int
    impact: int
    residual_likelihood: int | None
    residual_impact: int | None
    controls: str
    treatment: str
    actions: str
    status: str
    next_review_on: date | None
    last_reviewed_on: date | None
    user_id: int | None = None  # who writes it (created_by / updated_by)

    @classmethod
    def from_input(
        cls,
        data: RiskInput,
        *,
        code: str,
        next_review_on: date | None,
        last_reviewed_on: date | None = None,
        user_id: int | None = None,
    ) -> RiskRecord:
        """The record of a checked ``RiskInput`` (see ``app.domain.risk_input.normalised_risk``)."""
        return cls(
            code=code,
            title=data.title,
            description=data.description,
            source=data.source,
            category=data.category,
            owner_role=str(data.owner_role) if data.owner_role is not None else None,
            owner_user_id=data.owner_user_id,
            owner_title=data.owner_title,
            likelihood=data.likelihood,
            impact=data.impact,
            residual_likelihood=data.residual_likelihood,
            residual_impact=data.residual_impact,
            controls=data.controls,
            treatment=data.treatment,
            actions=data.actions,
            status=str(data.status),
            next_review_on=next_review_on,
            last_reviewed_on=last_reviewed_on,
            user_id=user_id,
        )

    def values(self) -> tuple[Any, ...]:
        values = list(_RISK_VALUES(self))
        for position in _DATE_POSITIONS:
            values[position] = _date_text(values[position])
        return tuple(values)

    def __repr__(self) -> str:
        return f"RiskRecord(code={self.code!r}, status={self.status})"


@dataclass(frozen=True, slots=True)
class RiskRow:
    id: int
    code: str
    title: str
    description: str
    source: str
    category: str
    owner_role: str | None
    owner_user_id: int | None
    owner_title: str | None
    likelihood: int
    impact: int
    residual_likelihood: int | None
    residual_impact: int | None
    controls: str
    treatment: str
    actions: str
    status: str
    next_review_on: date | None
    last_reviewed_on: date | None
    created_at: datetime
    created_by: int | None
    updated_at: datetime
    updated_by: int | None

    def record(self, **changes: Any) -> RiskRecord:
        """This row as a record, with ``changes`` applied (a review's new scores, say)."""
        values = {name: getattr(self, name) for name in _RISK_FIELDS}
        values.update(changes)
        return RiskRecord(**values)

    def __repr__(self) -> str:
        return f"RiskRow(id={self.id}, code={self.code!r}, status={self.status})"


class SnapshotRow(NamedTuple):
    """One history row. A named tuple, not a dataclass: the as-of query builds thousands of them
    at once, and a tuple is built several times faster (it is the register-as-of budget's margin)."""

    id: int
    risk_id: int
    code: str  # the risk's code now (codes do not change meaning over time)
    effective_on: date
    kind: str
    likelihood: int
    impact: int
    residual_likelihood: int | None
    residual_impact: int | None
    status: str
    title: str
    source: str
    owner_role: str | None
    owner_user_id: int | None
    owner_title: str | None

    def __repr__(self) -> str:
        return f"SnapshotRow(id={self.id}, risk_id={self.risk_id}, effective_on={self.effective_on})"


@dataclass(frozen=True, slots=True)
class RiskReviewRow:
    id: int
    risk_id: int
    reviewed_on: date
    reviewer_user_id: int | None
    reviewer_display_name: str | None
    reviewer_username: str | None
    likelihood: int
    impact: int
    residual_likelihood: int | None
    residual_impact: int | None
    status: str
    comment: str
    next_review_on: date | None
    created_at: datetime
    history_id: int | None

    def __repr__(self) -> str:
        return f"RiskReviewRow(id={self.id}, risk_id={self.risk_id}, reviewed_on={self.reviewed_on})"


@dataclass(frozen=True, slots=True)
class SourceRow:
    code: str
    label_en: str
    label_zh_tw: str
    label_zh_cn: str
    position: int
    active: bool


@dataclass(frozen=True, slots=True)
class LinkRow:
    risk_id: int
    incident_id: int
    incident_code: str
    created_at: datetime


def _risk(v: Sequence[Any]) -> RiskRow:
    return RiskRow(
        id=v[0],
        code=v[1],
        title=v[2],
        description=v[3],
        source=v[4],
        category=v[5],
        owner_role=v[6],
        owner_user_id=v[7],
        owner_title=v[8],
        likelihood=v[9],
        impact=v[10],
        residual_likelihood=v[11],
        residual_impact=v[12],
        controls=v[13],
        treatment=v[14],
        actions=v[15],
        status=v[16],
        next_review_on=_date(v[17]),
        last_reviewed_on=_date(v[18]),
        created_at=from_text(v[19]),  # type: ignore[arg-type]
        created_by=v[20],
        updated_at=from_text(v[21]),  # type: ignore[arg-type]
        updated_by=v[22],
    )


def _snapshot(v: Sequence[Any]) -> SnapshotRow:
    return SnapshotRow._make((v[0], v[1], v[2], date.fromisoformat(v[3]), *v[4:]))


def _review(v: Sequence[Any]) -> RiskReviewRow:
    return RiskReviewRow(
        id=v[0],
        risk_id=v[1],
        reviewed_on=date.fromisoformat(v[2]),
        reviewer_user_id=v[3],
        reviewer_display_name=v[4],
        reviewer_username=v[5],
        likelihood=v[6],
        impact=v[7],
        residual_likelihood=v[8],
        residual_impact=v[9],
        status=v[10],
        comment=v[11],
        next_review_on=_date(v[12]),
        created_at=from_text(v[13]),  # type: ignore[arg-type]
        history_id=v[14],
    )


def _source(v: Sequence[Any]) -> SourceRow:
    return SourceRow(v[0], v[1], v[2], v[3], v[4], bool(v[5]))


_SNAPSHOT_SELECT = f"SELECT {_SNAPSHOT_COLUMNS} FROM risk_history h JOIN risks r ON r.id = h.risk_id"
_REVIEW_SELECT = (
    f"SELECT {_REVIEW_COLUMNS} FROM risk_reviews v LEFT JOIN users u ON u.id = v.reviewer_user_id"
)


class RisksRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- risks -------------------------------------------------------------------------------------

    def all_rows(self) -> list[RiskRow]:
        return [_risk(r) for r in self._db.query(f"SELECT {_RISK_COLUMNS} FROM risks ORDER BY code, id")]

    def get(self, risk_id: int) -> RiskRow | None:
        rows = self._db.query(f"SELECT {_RISK_COLUMNS} FROM risks WHERE id = ?", (risk_id,))
        return _risk(rows[0]) if rows else None

    @staticmethod
    def get_in(conn: sqlcipher3.Connection, risk_id: int) -> RiskRow | None:
        row = conn.execute(f"SELECT {_RISK_COLUMNS} FROM risks WHERE id = ?", (risk_id,)).fetchone()
        return _risk(row) if row else None

    def by_code(self, code: str) -> RiskRow | None:
        rows = self._db.query(f"SELECT {_RISK_COLUMNS} FROM risks WHERE code = ?", (code,))
        return _risk(rows[0]) if rows else None

    @staticmethod
    def codes(conn: sqlcipher3.Connection) -> set[str]:
        """Every code in use, as the caller's transaction sees it (the importer's duplicate check)."""
        return {row[0] for row in conn.execute("SELECT code FROM risks")}

    @staticmethod
    def next_code(conn: sqlcipher3.Connection, taken: set[str] | None = None) -> str:
        """The next free ``R-001``-style code: one past the highest number in use (``taken`` adds codes
        about to be written, so an importer can number several new rows in one transaction)."""
        used = RisksRepository.codes(conn) | (taken or set())
        numbers = [int(m.group(1)) for code in used if (m := _NUMBERED_CODE.fullmatch(code))]
        return f"{CODE_PREFIX}{max(numbers, default=0) + 1:03d}"

    def due_between(self, first: date, last: date, overdue_before: date | None = None) -> list[RiskRow]:
        """Active risks due for review from ``first`` to ``last``, and those due before ``overdue_before``."""
        sql = (
            f"SELECT {_RISK_COLUMNS} FROM risks WHERE status <> 'closed' AND next_review_on IS NOT NULL "
            "AND ((next_review_on >= ? AND next_review_on <= ?)"
        )
        params: list[Any] = [first.isoformat(), last.isoformat()]
        if overdue_before is not None:
            sql += " OR next_review_on < ?"
            params.append(overdue_before.isoformat())
        sql += ") ORDER BY next_review_on, code"
        return [_risk(r) for r in self._db.query(sql, tuple(params))]

    @staticmethod
    def insert(conn: sqlcipher3.Connection, record: RiskRecord, now: datetime) -> int:
        cursor = conn.execute(
            f"INSERT INTO risks ({', '.join(_RISK_FIELDS)}, created_at, created_by, updated_at, updated_by) "
            f"VALUES ({', '.join('?' for _ in _RISK_FIELDS)}, ?, ?, ?, ?)",
            (*record.values(), to_text(now), record.user_id, to_text(now), record.user_id),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def insert_many_with_snapshots(
        conn: sqlcipher3.Connection,
        records: Sequence[tuple[RiskRecord, date]],
        *,
        kind: str,
        now: datetime,
        user_id: int | None = None,
    ) -> None:
        """Insert many new risks, each with its first snapshot effective on the date paired with it.

        What ``insert`` then ``insert_snapshot`` do per risk, as two ``executemany`` statements in the
        caller's transaction (the importer's 10,000 rows): each snapshot finds its risk by the unique
        code, so no id has to come back to Python.
        """
        stamp = to_text(now)
        conn.executemany(
            f"INSERT INTO risks ({', '.join(_RISK_FIELDS)}, created_at, created_by, updated_at, updated_by) "
            f"VALUES ({', '.join('?' for _ in _RISK_FIELDS)}, ?, ?, ?, ?)",
            [(*record.values(), stamp, record.user_id, stamp, record.user_id) for record, _on in records],
        )
        conn.executemany(
            f"INSERT INTO risk_history (risk_id, effective_on, kind, {', '.join(_SNAPSHOT_FIELDS)}, "
            f"created_at, created_by) SELECT id, ?, ?, {', '.join('?' for _ in _SNAPSHOT_FIELDS)}, ?, ? "
            "FROM risks WHERE code = ?",
            [
                (
                    effective_on.isoformat(),
                    kind,
                    *_SNAPSHOT_VALUES(record),
                    stamp,
                    user_id,
                    record.code,
                )
                for record, effective_on in records
            ],
        )

    @staticmethod
    def update(conn: sqlcipher3.Connection, risk_id: int, record: RiskRecord, now: datetime) -> None:
        conn.execute(
            f"UPDATE risks SET {', '.join(f'{n} = ?' for n in _RISK_FIELDS)}, updated_at = ?, updated_by = ? "
            "WHERE id = ?",
            (*record.values(), to_text(now), record.user_id, risk_id),
        )

    # -- history -----------------------------------------------------------------------------------

    @staticmethod
    def insert_snapshot(
        conn: sqlcipher3.Connection,
        risk_id: int,
        record: RiskRecord | RiskRow,
        *,
        effective_on: date,
        kind: str,
        now: datetime,
        user_id: int | None = None,
    ) -> int:
        """How ``risk_id`` stands from ``effective_on`` on: ``record``'s scores, status, title, source, owner."""
        cursor = conn.execute(
            f"INSERT INTO risk_history (risk_id, effective_on, kind, {', '.join(_SNAPSHOT_FIELDS)}, "
            f"created_at, created_by) VALUES (?, ?, ?, {', '.join('?' for _ in _SNAPSHOT_FIELDS)}, ?, ?)",
            (
                risk_id,
                effective_on.isoformat(),
                kind,
                *(getattr(record, name) for name in _SNAPSHOT_FIELDS),
                to_text(now),
                user_id,
            ),
        )
        return int(cursor.lastrowid)

    def snapshots(self, risk_id: int | None = None) -> list[SnapshotRow]:
        """The history, per risk in the order written (date, then id): later rows win a shared date."""
        if risk_id is None:
            rows = self._db.query(f"{_SNAPSHOT_SELECT} ORDER BY h.risk_id, h.effective_on, h.id")
        else:
            rows = self._db.query(
                f"{_SNAPSHOT_SELECT} WHERE h.risk_id = ? ORDER BY h.effective_on, h.id", (risk_id,)
            )
        return [_snapshot(r) for r in rows]

    def history_version(self) -> tuple[object, ...]:
        """Changes whenever anything a loaded history shows may have changed: a snapshot written, a
        risk's code, an account's name (an owner label), by this process or another. Any write to
        the database moves it (``Database.change_stamp``): cheap enough to ask on every redraw."""
        return self._db.change_stamp()

    @staticmethod
    def latest_snapshot_in(conn: sqlcipher3.Connection, risk_id: int) -> SnapshotRow | None:
        row = conn.execute(
            f"{_SNAPSHOT_SELECT} WHERE h.risk_id = ? ORDER BY h.effective_on DESC, h.id DESC LIMIT 1",
            (risk_id,),
        ).fetchone()
        return _snapshot(row) if row else None

    @staticmethod
    def _as_of_sql(columns: str, include_closed: bool) -> str:
        sql = (
            f"SELECT {columns} FROM risks r JOIN risk_history h ON h.id = ("
            "SELECT h2.id FROM risk_history h2 WHERE h2.risk_id = r.id AND h2.effective_on <= ? "
            "ORDER BY h2.effective_on DESC, h2.id DESC LIMIT 1)"
        )
        if not include_closed:
            sql += " WHERE h.status <> 'closed'"
        return sql + " ORDER BY r.code"

    def as_of(self, when: date, *, include_closed: bool = False) -> list[SnapshotRow]:
        """The latest snapshot of each risk on or before ``when`` (closed ones left out unless asked)."""
        sql = self._as_of_sql(_SNAPSHOT_COLUMNS, include_closed)
        return [_snapshot(r) for r in self._db.query(sql, (when.isoformat(),))]

    def as_of_ids(self, when: date, *, include_closed: bool = False) -> list[int]:
        """The ids of the snapshots ``as_of`` would return, in its order (for a caller holding them)."""
        sql = self._as_of_sql("h.id", include_closed)
        return [r[0] for r in self._db.query(sql, (when.isoformat(),))]

    # -- reviews -----------------------------------------------------------------------------------

    @staticmethod
    def insert_review(
        conn: sqlcipher3.Connection,
        risk_id: int,
        *,
        reviewed_on: date,
        reviewer_user_id: int | None,
        likelihood: int,
        impact: int,
        residual_likelihood: int | None,
        residual_impact: int | None,
        status: str,
        comment: str,
        next_review_on: date | None,
        history_id: int | None,
        now: datetime,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO risk_reviews (risk_id, reviewed_on, reviewer_user_id, likelihood, impact, "
            "residual_likelihood, residual_impact, status, comment, next_review_on, created_at, history_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                risk_id,
                reviewed_on.isoformat(),
                reviewer_user_id,
                likelihood,
                impact,
                residual_likelihood,
                residual_impact,
                status,
                comment,
                _date_text(next_review_on),
                to_text(now),
                history_id,
            ),
        )
        return int(cursor.lastrowid)

    def reviews(self, risk_id: int) -> list[RiskReviewRow]:
        """A risk's reviews, newest first."""
        rows = self._db.query(
            f"{_REVIEW_SELECT} WHERE v.risk_id = ? ORDER BY v.reviewed_on DESC, v.id DESC", (risk_id,)
        )
        return [_review(r) for r in rows]

    # -- links to incidents ------------------------------------------------------------------------

    @staticmethod
    def insert_link(
        conn: sqlcipher3.Connection, risk_id: int, incident_id: int, now: datetime, user_id: int | None
    ) -> bool:
        """Link a risk to an incident; ``False`` when they were linked already (nothing written)."""
        exists = conn.execute(
            "SELECT 1 FROM risk_incident_links WHERE risk_id = ? AND incident_id = ?", (risk_id, incident_id)
        ).fetchone()
        if exists:
            return False
        conn.execute(
            "INSERT INTO risk_incident_links (risk_id, incident_id, created_at, created_by) VALUES (?, ?, ?, ?)",
            (risk_id, incident_id, to_text(now), user_id),
        )
        return True

    @staticmethod
    def delete_link(conn: sqlcipher3.Connection, risk_id: int, incident_id: int) -> bool:
        cursor = conn.execute(
            "DELETE FROM risk_incident_links WHERE risk_id = ? AND incident_id = ?", (risk_id, incident_id)
        )
        return cursor.rowcount > 0

    def links(self, risk_id: int | None = None) -> list[LinkRow]:
        """Links with their incident codes, by risk then code (every risk's when ``risk_id`` is None)."""
        sql = (
            "SELECT l.risk_id, l.incident_id, i.code, l.created_at FROM risk_incident_links l "
            "JOIN incidents i ON i.id = l.incident_id"
        )
        params: tuple[Any, ...] = ()
        if risk_id is not None:
            sql += " WHERE l.risk_id = ?"
            params = (risk_id,)
        rows = self._db.query(sql + " ORDER BY l.risk_id, i.code", params)
        return [LinkRow(r[0], r[1], r[2], from_text(r[3])) for r in rows]  # type: ignore[arg-type]

    # -- sources -----------------------------------------------------------------------------------

    def sources(self) -> list[SourceRow]:
        return [
            _source(r)
            for r in self._db.query(f"SELECT {_SOURCE_COLUMNS} FROM risk_sources ORDER BY position, code")
        ]

    @staticmethod
    def source_in(conn: sqlcipher3.Connection, code: str) -> SourceRow | None:
        row = conn.execute(f"SELECT {_SOURCE_COLUMNS} FROM risk_sources WHERE code = ?", (code,)).fetchone()
        return _source(row) if row else None

    @staticmethod
    def insert_source(
        conn: sqlcipher3.Connection,
        code: str,
        labels: tuple[str, str, str],
        *,
        now: datetime,
        user_id: int | None,
    ) -> None:
        position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM risk_sources").fetchone()[0]
        conn.execute(
            "INSERT INTO risk_sources (code, label_en, label_zh_tw, label_zh_cn, position, active, updated_at, "
            "updated_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
            (code, *labels, position, to_text(now), user_id),
        )

    @staticmethod
    def update_source(
        conn: sqlcipher3.Connection,
        code: str,
        *,
        labels: tuple[str, str, str],
        position: int,
        active: bool,
        now: datetime,
        user_id: int | None,
    ) -> None:
        conn.execute(
            "UPDATE risk_sources SET label_en = ?, label_zh_tw = ?, label_zh_cn = ?, position = ?, active = ?, "
            "updated_at = ?, updated_by = ? WHERE code = ?",
            (*labels, position, 1 if active else 0, to_text(now), user_id, code),
        )

    # -- names of people (for the "no personal data" warning) -------------------------------------

    def person_names(self, *, include_people: bool = True) -> list[str]:
        """Every person's name the database holds: account full names and, with ``include_people``,
        people linked to incidents and their emergency contacts. Read only to warn that a risk's
        text names someone; never logged."""
        sql = "SELECT display_name FROM users WHERE display_name <> ''"
        if include_people:
            sql += (
                " UNION SELECT full_name FROM incident_people WHERE full_name <> ''"
                " UNION SELECT name FROM person_emergency_contacts WHERE name <> ''"
            )
        return [r[0] for r in self._db.query(sql)]
