"""SQL for evidence items (the file as a BLOB inside the encrypted database) and their custody chain.

Listing never reads the BLOB: an incident with many large files lists as fast as one with none.
The content is read on its own (``content``) when someone opens, verifies or exports an item.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlcipher3

from app.storage.clock import from_text, to_text
from app.storage.database import Database

_ITEM_COLUMNS = (
    "id, incident_id, file_name, size, sha256, description, source, collected_at, added_at, added_by"
)
_CUSTODY_COLUMNS = "id, evidence_id, kind, at, user_id, actor, counterpart, note"


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    id: int
    incident_id: int
    file_name: str
    size: int
    sha256: str
    description: str
    source: str
    collected_at: datetime | None
    added_at: datetime
    added_by: int | None

    def __repr__(self) -> str:  # the file name and description may name people
        return f"EvidenceRow(id={self.id}, incident_id={self.incident_id})"


@dataclass(frozen=True, slots=True)
class CustodyRow:
    id: int
    evidence_id: int
    kind: str
    at: datetime
    user_id: int | None
    actor: str
    counterpart: str
    note: str

    def __repr__(self) -> str:
        return f"CustodyRow(id={self.id}, evidence_id={self.evidence_id}, kind={self.kind})"


def _item(v: Sequence[Any]) -> EvidenceRow:
    return EvidenceRow(
        id=v[0],
        incident_id=v[1],
        file_name=v[2],
        size=v[3],
        sha256=v[4],
        description=v[5],
        source=v[6],
        collected_at=from_text(v[7]),
        added_at=from_text(v[8]),  # type: ignore[arg-type]
        added_by=v[9],
    )


def _custody(v: Sequence[Any]) -> CustodyRow:
    return CustodyRow(v[0], v[1], v[2], from_text(v[3]), v[4], v[5], v[6], v[7])  # type: ignore[arg-type]


class EvidenceRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reads -----------------------------------------------------------------------------------

    def items(self, incident_id: int) -> list[EvidenceRow]:
        rows = self._db.query(
            f"SELECT {_ITEM_COLUMNS} FROM evidence_items WHERE incident_id = ? ORDER BY added_at, id",
            (incident_id,),
        )
        return [_item(r) for r in rows]

    def item(self, evidence_id: int) -> EvidenceRow | None:
        rows = self._db.query(f"SELECT {_ITEM_COLUMNS} FROM evidence_items WHERE id = ?", (evidence_id,))
        return _item(rows[0]) if rows else None

    def count(self, incident_id: int) -> int:
        return int(
            self._db.query_value("SELECT count(*) FROM evidence_items WHERE incident_id = ?", (incident_id,))
        )

    def content(self, evidence_id: int) -> bytes | None:
        value = self._db.query_value("SELECT content FROM evidence_items WHERE id = ?", (evidence_id,))
        return None if value is None else bytes(value)

    def custody(self, evidence_id: int) -> list[CustodyRow]:
        rows = self._db.query(
            f"SELECT {_CUSTODY_COLUMNS} FROM evidence_custody WHERE evidence_id = ? ORDER BY at, id",
            (evidence_id,),
        )
        return [_custody(r) for r in rows]

    def custody_for_incident(self, incident_id: int) -> list[CustodyRow]:
        rows = self._db.query(
            f"SELECT {', '.join('c.' + c.strip() for c in _CUSTODY_COLUMNS.split(','))} "
            "FROM evidence_custody c JOIN evidence_items e ON e.id = c.evidence_id "
            "WHERE e.incident_id = ? ORDER BY c.at, c.id",
            (incident_id,),
        )
        return [_custody(r) for r in rows]

    # -- writes (inside the caller's transaction) --------------------------------------------------

    @staticmethod
    def insert(
        conn: sqlcipher3.Connection,
        incident_id: int,
        *,
        file_name: str,
        content: bytes,
        sha256: str,
        description: str,
        source: str,
        collected_at: datetime | None,
        added_at: datetime,
        added_by: int | None,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO evidence_items (incident_id, file_name, size, sha256, content, description, source, "
            "collected_at, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                incident_id,
                file_name,
                len(content),
                sha256,
                content,
                description,
                source,
                to_text(collected_at) if collected_at else None,
                to_text(added_at),
                added_by,
            ),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def add_custody(
        conn: sqlcipher3.Connection,
        evidence_id: int,
        *,
        kind: str,
        at: datetime,
        user_id: int | None,
        actor: str,
        counterpart: str = "",
        note: str = "",
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO evidence_custody (evidence_id, kind, at, user_id, actor, counterpart, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (evidence_id, kind, to_text(at), user_id, actor, counterpart, note),
        )
        return int(cursor.lastrowid)
