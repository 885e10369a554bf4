"""The evidence repository on a real SQLCipher file: BLOB round trips, listing without content, custody."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.evidence_repository import EvidenceRepository
from app.storage.incidents_repository import IncidentsRepository
from app.storage.keys import RawKey

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
ALL_BYTES = bytes(range(256)) * 64  # every byte value, NUL included


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.create(db_path, RawKey(secrets.token_bytes(32)))
    yield database
    database.close()


def _incident(db: Database) -> int:
    with db.transaction() as conn:
        return IncidentsRepository.insert(
            conn,
            code="INC-2026-0001",
            code_year=2026,
            code_number=1,
            fields={
                "title": "x",
                "category": "privacy_leak",
                "grade": "IV",
                "suggested_grade": "IV",
                "status": "reported",
                "reported_at": T0,
            },
            is_drill=False,
            is_test=False,
            now=T0,
        )


def _add(db: Database, incident_id: int, content: bytes = ALL_BYTES, *, at: datetime = T0) -> int:
    with db.transaction() as conn:
        return EvidenceRepository.insert(
            conn,
            incident_id,
            file_name="capture.pcap",
            content=content,
            sha256=hashlib.sha256(content).hexdigest(),
            description="network capture",
            source="IT",
            collected_at=at - timedelta(hours=1),
            added_at=at,
            added_by=None,
        )


def test_blob_round_trip_keeps_every_byte(db: Database) -> None:
    incident_id = _incident(db)
    evidence_id = _add(db, incident_id)
    assert db.query_value("SELECT count(*) FROM evidence_items") == 1
    repo = EvidenceRepository(db)
    assert repo.content(evidence_id) == ALL_BYTES
    item = repo.item(evidence_id)
    assert item is not None
    assert (item.size, item.sha256, item.collected_at, item.added_at) == (
        len(ALL_BYTES),
        hashlib.sha256(ALL_BYTES).hexdigest(),
        T0 - timedelta(hours=1),
        T0,
    )
    assert "capture" not in repr(item)
    assert repo.content(9999) is None
    assert repo.item(9999) is None


def test_items_are_listed_in_order_and_counted_per_incident(db: Database) -> None:
    first, second = _incident(db), None
    with db.transaction() as conn:
        second = IncidentsRepository.insert(
            conn,
            code="INC-2026-0002",
            code_year=2026,
            code_number=2,
            fields={
                "title": "y",
                "category": "cyber_security",
                "grade": "IV",
                "suggested_grade": "IV",
                "status": "reported",
                "reported_at": T0,
            },
            is_drill=False,
            is_test=False,
            now=T0,
        )
    late = _add(db, first, b"late", at=T0 + timedelta(hours=2))
    early = _add(db, first, b"early", at=T0)
    _add(db, second, b"other")
    repo = EvidenceRepository(db)
    assert [i.id for i in repo.items(first)] == [early, late]
    assert (repo.count(first), repo.count(second)) == (2, 1)


def test_custody_chain_is_ordered_by_time_and_kinds_are_checked(db: Database) -> None:
    evidence_id = _add(db, _incident(db))
    with db.transaction() as conn:
        for minutes, kind in ((5, "viewed"), (0, "added"), (9, "handed_over")):
            EvidenceRepository.add_custody(
                conn,
                evidence_id,
                kind=kind,
                at=T0 + timedelta(minutes=minutes),
                user_id=None,
                actor="coun",
                counterpart="Legal" if kind == "handed_over" else "",
            )
    chain = EvidenceRepository(db).custody(evidence_id)
    assert [(c.kind, c.counterpart) for c in chain] == [
        ("added", ""),
        ("viewed", ""),
        ("handed_over", "Legal"),
    ]
    assert [c.kind for c in EvidenceRepository(db).custody_for_incident(1)] == [
        "added",
        "viewed",
        "handed_over",
    ]
    with pytest.raises(StorageError), db.transaction() as conn:
        EvidenceRepository.add_custody(conn, evidence_id, kind="lost", at=T0, user_id=None, actor="coun")
    assert len(EvidenceRepository(db).custody(evidence_id)) == 3


def test_evidence_needs_an_existing_incident(db: Database) -> None:
    with pytest.raises(StorageError):
        _add(db, 42)
    assert db.query_value("SELECT count(*) FROM evidence_items") == 0
