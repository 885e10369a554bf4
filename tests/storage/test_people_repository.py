"""The people repository on a real SQLCipher file: round trips, constraints, the calendar query."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.incidents_repository import IncidentsRepository
from app.storage.keys import RawKey
from app.storage.people_repository import NewFollowUp, PeopleRepository

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.create(db_path, RawKey(secrets.token_bytes(32)))
    yield database
    database.close()


def add_incident(db: Database) -> int:
    with db.transaction() as conn:
        number = IncidentsRepository.next_code_number(conn, 2026)
        return IncidentsRepository.insert(
            conn,
            code=f"INC-2026-{number:04d}",
            code_year=2026,
            code_number=number,
            fields={
                "title": "Incident",
                "category": "psychological_crisis",
                "grade": "III",
                "suggested_grade": "III",
                "status": "reported",
                "reported_at": T0,
            },
            is_drill=False,
            is_test=False,
            now=T0,
        )


def add_person(db: Database, incident: int, pseudonym: str = "P-1001", **fields: str) -> int:
    with db.transaction() as conn:
        return PeopleRepository.insert_person(
            conn,
            incident,
            {"pseudonym": pseudonym, "involvement": "affected", **fields},
            linked_at=T0,
            created_by=None,
            now=T0,
        )


def test_a_person_round_trips_and_repr_shows_ids_only(db: Database) -> None:
    incident = add_incident(db)
    person_id = add_person(db, incident, full_name="陳大文", phone="+852 6123 4567", department="IT")
    row = PeopleRepository(db).person(person_id)
    assert row is not None
    assert (row.pseudonym, row.full_name, row.phone, row.department) == (
        "P-1001",
        "陳大文",
        "+852 6123 4567",
        "IT",
    )
    assert (row.linked_at, row.clinical_concern) == (T0, False)
    assert "陳大文" not in repr(row)
    with db.transaction() as conn:
        PeopleRepository.update_person(
            conn, person_id, T0 + timedelta(hours=1), clinical_concern=True, email="a@b.cd"
        )
    row = PeopleRepository(db).person(person_id)
    assert row is not None
    assert (row.clinical_concern, row.email, row.updated_at) == (True, "a@b.cd", T0 + timedelta(hours=1))
    with db.transaction() as conn, pytest.raises(ValueError, match="not updatable"):
        PeopleRepository.update_person(conn, person_id, T0, incident_id=2)


def test_pseudonyms_are_unique_per_incident_only(db: Database) -> None:
    first, second = add_incident(db), add_incident(db)
    add_person(db, first, "P-2000")
    add_person(db, second, "P-2000")
    with db.transaction() as conn:
        assert PeopleRepository.pseudonym_taken(conn, first, "P-2000")
        assert not PeopleRepository.pseudonym_taken(conn, first, "P-2001")
    with pytest.raises(StorageError):
        add_person(db, first, "P-2000")
    assert PeopleRepository(db).count_by_involvement(first) == {"affected": 1}


def test_a_person_needs_a_real_incident_and_a_known_involvement(db: Database) -> None:
    with pytest.raises(StorageError):
        add_person(db, 999)
    incident = add_incident(db)
    with db.transaction() as conn, pytest.raises(Exception, match="CHECK"):
        PeopleRepository.insert_person(
            conn, incident, {"pseudonym": "P-1", "involvement": "boss"}, linked_at=T0, created_by=None, now=T0
        )


def test_removed_contacts_are_kept_but_not_listed(db: Database) -> None:
    person = add_person(db, add_incident(db))
    repo = PeopleRepository(db)
    with db.transaction() as conn:
        old = PeopleRepository.insert_contact(
            conn, person, position=1, name="A", relation="", phone="123", now=T0
        )
        new = PeopleRepository.insert_contact(
            conn, person, position=1, name="B", relation="", phone="456", now=T0
        )
        PeopleRepository.remove_contact(conn, old, T0)
        PeopleRepository.set_authorisation(conn, new, authorised=True, at=T0, by=None, method="written")
        PeopleRepository.insert_contact_use(conn, new, at=T0, used_by=None, reason="call")
    assert [(c.id, c.authorised, c.consent_method) for c in repo.contacts(person)] == [(new, True, "written")]
    assert [c.id for c in repo.contacts(person, include_removed=True)] == [old, new]
    assert repo.contact_use_count(new) == 1
    with db.transaction() as conn, pytest.raises(Exception, match="CHECK"):
        PeopleRepository.set_authorisation(conn, new, authorised=True, at=T0, by=None, method="telepathy")


def test_screenings_keep_the_raw_answers(db: Database) -> None:
    person = add_person(db, add_incident(db))
    with db.transaction() as conn:
        PeopleRepository.insert_screening(
            conn,
            person,
            instrument="gad7",
            answers=[3, 2, 1, 0, 0, 1, 2],
            taken_at=T0,
            recorded_by=None,
            now=T0,
        )
    (row,) = PeopleRepository(db).screenings(person)
    assert (row.instrument, row.answers, row.taken_at) == ("gad7", (3, 2, 1, 0, 0, 1, 2), T0)
    with db.transaction() as conn, pytest.raises(Exception, match="CHECK"):
        PeopleRepository.insert_screening(
            conn, person, instrument="scl90", answers=[0], taken_at=T0, recorded_by=None, now=T0
        )


def test_follow_ups_are_done_once_and_the_calendar_sees_the_range(db: Database) -> None:
    incident = add_incident(db)
    first, second = add_person(db, incident, "P-1"), add_person(db, incident, "P-2")
    with db.transaction() as conn:
        a, b = PeopleRepository.insert_follow_ups(
            conn,
            first,
            [
                NewFollowUp("follow_up_contact", "", T0 + timedelta(hours=24)),
                NewFollowUp("follow_up_tracking", "", T0 + timedelta(days=7)),
            ],
            created_by=None,
            now=T0,
        )
        (c,) = PeopleRepository.insert_follow_ups(
            conn, second, [NewFollowUp("ad_hoc", "call", T0 + timedelta(hours=2))], created_by=None, now=T0
        )
    repo = PeopleRepository(db)
    due = repo.due_between(T0, T0 + timedelta(days=7))
    assert [(d.follow_up_id, d.pseudonym, d.kind) for d in due] == [
        (c, "P-2", "ad_hoc"),
        (a, "P-1", "follow_up_contact"),
    ]  # the end of the range is excluded
    with db.transaction() as conn:
        assert PeopleRepository.mark_follow_up_done(conn, a, done_at=T0, done_by=None, outcome="ok")
        assert not PeopleRepository.mark_follow_up_done(conn, a, done_at=T0, done_by=None, outcome="again")
    assert [d.follow_up_id for d in repo.due_between(T0, T0 + timedelta(days=8))] == [c, b]
    assert len(repo.due_between(T0, T0 + timedelta(days=8), include_done=True)) == 3
    done = repo.follow_up(a)
    assert done is not None
    assert (done.done_at, done.outcome) == (T0, "ok")
    assert "ok" not in repr(done)


def test_notes_are_signed_after_insert_and_addenda_need_a_parent(db: Database) -> None:
    person = add_person(db, add_incident(db))
    with db.transaction() as conn:
        note = PeopleRepository.insert_note(
            conn, person, parent_id=None, kind="clinical_note", text="first", at=T0, author_user_id=None,
            author_name="coun", signed_at=T0,
        )  # fmt: skip
        PeopleRepository.sign_note(
            conn, note, text="first", signed_at=T0, signature="v1:abc", correction=False
        )
        PeopleRepository.sign_note(
            conn, note, text="second", signed_at=T0 + timedelta(hours=1), signature="v1:def", correction=True
        )
    row = PeopleRepository(db).note(note)
    assert row is not None
    assert (row.text, row.signature, row.revision) == ("second", "v1:def", 2)
    assert (row.first_signed_at, row.signed_at) == (T0, T0 + timedelta(hours=1))
    assert "second" not in repr(row)
    with db.transaction() as conn, pytest.raises(Exception, match="CHECK"):
        PeopleRepository.insert_note(
            conn, person, parent_id=None, kind="addendum", text="orphan", at=T0, author_user_id=None,
            author_name="coun", signed_at=T0,
        )  # fmt: skip
    assert [n.id for n in PeopleRepository(db).notes(person)] == [note]
