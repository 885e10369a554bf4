"""SQL for the audit trail. Appends extend the hash chain inside the caller's transaction."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlcipher3

from app.domain.audit_chain import GENESIS, AuditRecord, compute_hash
from app.storage.clock import to_text
from app.storage.database import Database

_COLUMNS = "seq, at, actor, action, entity, entity_id, detail, prev_hash, hash"


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """What a service wants recorded; never confidential content, only what kind of thing happened."""

    actor: str
    action: str
    entity: str = ""
    entity_id: str = ""
    detail: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class AuditQuery:
    actor: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str | None = None  # matched against entity and entity id
    before_seq: int | None = None  # keyset paging, newest first
    limit: int = 100


def _record(values: tuple) -> AuditRecord:
    return AuditRecord(
        seq=values[0],
        at=values[1],
        actor=values[2],
        action=values[3],
        entity=values[4],
        entity_id=values[5],
        detail=json.loads(values[6]),
        prev_hash=values[7],
        hash=values[8],
    )


class AuditRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def append(conn: sqlcipher3.Connection, events: list[AuditEvent], now: datetime) -> AuditRecord:
        """Append events in order; must run inside a write transaction. Returns the new head."""
        last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0], last[1]) if last else (0, GENESIS)
        stamp = to_text(now)
        rows = []
        record = None
        for event in events:
            seq += 1
            record = AuditRecord(
                seq=seq,
                at=stamp,
                actor=event.actor,
                action=event.action,
                entity=event.entity,
                entity_id=str(event.entity_id),
                detail=dict(event.detail or {}),
                prev_hash=prev,
            )
            digest = compute_hash(record)
            rows.append(
                (
                    seq,
                    stamp,
                    event.actor,
                    event.action,
                    event.entity,
                    record.entity_id,
                    json.dumps(record.detail, sort_keys=True, ensure_ascii=False),
                    prev,
                    digest,
                )
            )
            prev = digest
        conn.executemany(f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        assert record is not None
        return AuditRecord(**{**_asdict(record), "hash": prev})

    def head(self) -> tuple[int, str]:
        rows = self._db.query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        return (rows[0][0], rows[0][1]) if rows else (0, GENESIS)

    def count(self) -> int:
        return int(self._db.query_value("SELECT count(*) FROM audit_log"))

    def hash_at(self, seq: int) -> str | None:
        return self._db.query_value("SELECT hash FROM audit_log WHERE seq = ?", (seq,))

    def walk(self) -> Iterator[AuditRecord]:
        """Every entry in storage (rowid) order, streamed, for chain verification."""
        for values in self._db.iterate(f"SELECT {_COLUMNS} FROM audit_log ORDER BY rowid"):
            yield _record(values)

    def find(self, query: AuditQuery) -> list[AuditRecord]:
        clauses: list[str] = []
        params: list[Any] = []
        if query.actor:
            clauses.append("actor = ?")
            params.append(query.actor)
        if query.action:
            clauses.append("action = ?")
            params.append(query.action)
        if query.since:
            clauses.append("at >= ?")
            params.append(to_text(query.since))
        if query.until:
            clauses.append("at < ?")
            params.append(to_text(query.until))
        if query.text:
            clauses.append("(entity LIKE ? ESCAPE '\\' OR entity_id LIKE ? ESCAPE '\\')")
            pattern = "%" + query.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            params += [pattern, pattern]
        if query.before_seq is not None:
            clauses.append("seq < ?")
            params.append(query.before_seq)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT {_COLUMNS} FROM audit_log {where} ORDER BY seq DESC LIMIT ?"
        return [_record(v) for v in self._db.query(sql, (*params, query.limit))]

    def distinct(self, column: str) -> list[str]:
        if column not in {"actor", "action"}:
            raise ValueError(column)
        return [r[0] for r in self._db.query(f"SELECT DISTINCT {column} FROM audit_log ORDER BY {column}")]


def _asdict(record: AuditRecord) -> dict[str, Any]:
    return {name: getattr(record, name) for name in AuditRecord.__slots__}
