"""The communications repository on a real SQLCipher file: round trips and all-or-nothing writes."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.storage.communications_repository import CommunicationsRepository, DraftContent
from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.incidents_repository import IncidentsRepository
from app.storage.keys import RawKey

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.create(db_path, RawKey(secrets.token_bytes(32)))
    yield database
    database.close()


@pytest.fixture
def incident(db: Database) -> int:
    with db.transaction() as conn:
        return IncidentsRepository.insert(
            conn,
            code="INC-2026-0001",
            code_year=2026,
            code_number=1,
            fields={
                "title": "Leak",
                "category": "privacy_leak",
                "grade": "II",
                "suggested_grade": "II",
                "status": "reported",
                "reported_at": T0,
            },
            is_drill=False,
            is_test=False,
            now=T0,
        )


def test_migration_creates_the_tables(db: Database) -> None:
    names = {row[0] for row in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "incident_notifications",
        "communication_templates",
        "communication_drafts",
        "incident_breach_rule_sets",
        "incident_breach_events",
        "incident_breach_notices",
    } <= names


def test_notification_round_trip_and_first_acknowledgement_stands(db: Database, incident: int) -> None:
    repo = CommunicationsRepository(db)
    with db.transaction() as conn:
        new_id = CommunicationsRepository.insert_notification(
            conn,
            incident,
            role="crisis_lead",
            recipient="李明",
            channel="phone",
            notified_at=T0 + timedelta(minutes=5),
            acknowledged_at=None,
            note="left a voicemail",
            recorded_by=None,
            now=T0 + timedelta(minutes=6),
        )
    row = repo.notification(new_id)
    assert row is not None
    assert (row.role, row.recipient, row.channel, row.notified_at) == (
        "crisis_lead",
        "李明",
        "phone",
        T0 + timedelta(minutes=5),
    )
    assert row.acknowledged_at is None
    assert "李明" not in repr(row)
    with db.transaction() as conn:
        assert CommunicationsRepository.set_acknowledged(conn, new_id, T0 + timedelta(minutes=9))
        assert not CommunicationsRepository.set_acknowledged(conn, new_id, T0 + timedelta(minutes=20))
    assert repo.notifications(incident)[0].acknowledged_at == T0 + timedelta(minutes=9)


def test_a_bad_channel_is_refused_by_the_schema_and_nothing_is_written(db: Database, incident: int) -> None:
    with pytest.raises(StorageError), db.transaction() as conn:
        CommunicationsRepository.insert_notification(
            conn,
            incident,
            role="hr",
            recipient="x",
            channel="pigeon",
            notified_at=T0,
            acknowledged_at=None,
            note="",
            recorded_by=None,
            now=T0,
        )
    assert CommunicationsRepository(db).notifications(incident) == []


def _content(**overrides: object) -> DraftContent:
    values: dict[str, object] = {
        "kind": "external_statement",
        "language": "zh",
        "subject_template": "{organisation}聲明",
        "body_template": "{facts}",
        "values": {"organisation": "宏達"},
        "subject": "宏達聲明",
        "body": "{facts}",
        "missing": ("facts",),
    }
    values.update(overrides)
    return DraftContent(**values)  # type: ignore[arg-type]


def test_draft_lifecycle_and_supersede(db: Database, incident: int) -> None:
    repo = CommunicationsRepository(db)
    with db.transaction() as conn:
        first = CommunicationsRepository.insert_draft(conn, incident, _content(), user_id=None, now=T0)
        second = CommunicationsRepository.insert_draft(conn, incident, _content(), user_id=None, now=T0)
        CommunicationsRepository.approve_draft(conn, first, user_id=None, now=T0 + timedelta(hours=1))
    stored = repo.draft(first)
    assert stored is not None
    assert stored.state == "approved"
    assert stored.values == {"organisation": "宏達"}
    assert stored.missing == ("facts",)
    with db.transaction() as conn:
        CommunicationsRepository.approve_draft(conn, second, user_id=None, now=T0 + timedelta(hours=2))
        assert CommunicationsRepository.supersede_approved(
            conn, incident, "external_statement", keep=second, now=T0 + timedelta(hours=2)
        ) == [first]
    assert [d.state for d in repo.drafts(incident)] == ["superseded", "approved"]
    with db.transaction() as conn:
        CommunicationsRepository.update_draft(conn, second, _content(body="new"), now=T0 + timedelta(hours=3))
    edited = repo.draft(second)
    assert edited is not None
    assert (edited.state, edited.approved_at, edited.body) == ("draft", None, "new")


def test_template_override_put_twice_and_delete(db: Database) -> None:
    repo = CommunicationsRepository(db)
    with db.transaction() as conn:
        CommunicationsRepository.put_template(conn, "internal_notice", "en", "S1", "B1", user_id=None, now=T0)
        CommunicationsRepository.put_template(conn, "internal_notice", "en", "S2", "B2", user_id=None, now=T0)
    override = repo.template_override("internal_notice", "en")
    assert override is not None
    assert (override.subject, override.body) == ("S2", "B2")
    assert len(repo.template_overrides()) == 1
    with db.transaction() as conn:
        assert CommunicationsRepository.delete_template(conn, "internal_notice", "en")
    assert repo.template_override("internal_notice", "en") is None


def test_breach_records_round_trip(db: Database, incident: int) -> None:
    repo = CommunicationsRepository(db)
    with db.transaction() as conn:
        CommunicationsRepository.insert_rule_set(
            conn, incident, "gdpr", {"code": "gdpr"}, user_id=None, now=T0
        )
        CommunicationsRepository.put_breach_event(conn, incident, "awareness", T0, user_id=None, now=T0)
        CommunicationsRepository.put_breach_event(
            conn, incident, "awareness", T0 + timedelta(hours=1), user_id=None, now=T0
        )
        CommunicationsRepository.insert_breach_notice(
            conn,
            incident,
            "gdpr.regulator",
            sent_at=T0 + timedelta(hours=80),
            recipient="DPA",
            late_reason="forensics",
            user_id=None,
            now=T0,
        )
    assert [r.rule_set_code for r in repo.rule_sets(incident)] == ["gdpr"]
    assert [(e.event, e.at) for e in repo.breach_events(incident)] == [("awareness", T0 + timedelta(hours=1))]
    notice = repo.breach_notices(incident)[0]
    assert (notice.rule_code, notice.recipient, notice.late_reason) == ("gdpr.regulator", "DPA", "forensics")
    with pytest.raises(StorageError), db.transaction() as conn:  # one notice per rule
        CommunicationsRepository.insert_breach_notice(
            conn, incident, "gdpr.regulator", sent_at=T0, recipient="", late_reason=None, user_id=None, now=T0
        )
