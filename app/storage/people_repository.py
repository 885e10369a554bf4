"""SQL for the people linked to incidents: identity, emergency contacts, screenings, follow-ups, notes.

Writes are static methods taking the caller's transaction (``Database.transaction()``), so a
service writes a record and its audit entry together. Reads go through the ``Database``. Every row
class that can hold confidential text has a ``__repr__`` showing ids only, so a traceback or a log
line never carries a name, a phone number or a note.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlcipher3

from app.storage.clock import from_text, to_text
from app.storage.database import Database

PERSON_FIELDS = frozenset(
    {"pseudonym", "involvement", "department", "full_name", "employee_number", "phone", "email"}
)
_PERSON_UPDATABLE = PERSON_FIELDS | {"clinical_concern"}
_PERSON_COLUMNS = (
    "id, incident_id, pseudonym, involvement, department, full_name, employee_number, phone, email, "
    "clinical_concern, linked_at, created_by, created_at, updated_at"
)
_CONTACT_COLUMNS = (
    "id, person_id, position, name, relation, phone, authorised, authorised_at, authorised_by, "
    "consent_method, created_at, removed_at"
)
_FOLLOW_UP_COLUMNS = "id, person_id, kind, label, due_at, done_at, done_by, outcome, created_by, created_at"
_NOTE_COLUMNS = (
    "id, person_id, parent_id, kind, text, at, author_user_id, author_name, first_signed_at, signed_at, "
    "signature, revision"
)


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    incident_id: int
    pseudonym: str
    involvement: str
    department: str
    full_name: str
    employee_number: str
    phone: str
    email: str
    clinical_concern: bool
    linked_at: datetime
    created_by: int | None
    created_at: datetime
    updated_at: datetime

    def __repr__(self) -> str:
        return f"PersonRow(id={self.id}, incident_id={self.incident_id})"


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    person_id: int
    position: int
    name: str
    relation: str
    phone: str
    authorised: bool
    authorised_at: datetime | None
    authorised_by: int | None
    consent_method: str | None
    created_at: datetime
    removed_at: datetime | None

    def __repr__(self) -> str:
        return f"ContactRow(id={self.id}, person_id={self.person_id})"


@dataclass(frozen=True, slots=True)
class ScreeningRow:
    id: int
    person_id: int
    instrument: str
    answers: tuple[int, ...]
    taken_at: datetime
    recorded_by: int | None
    created_at: datetime

    def __repr__(self) -> str:
        return f"ScreeningRow(id={self.id}, person_id={self.person_id})"


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    id: int
    person_id: int
    kind: str
    label: str
    due_at: datetime
    done_at: datetime | None
    done_by: int | None
    outcome: str
    created_by: int | None
    created_at: datetime

    def __repr__(self) -> str:
        return f"FollowUpRow(id={self.id}, person_id={self.person_id}, kind={self.kind})"


@dataclass(frozen=True, slots=True)
class DueFollowUpRow:
    """A follow-up for a calendar: which person (by pseudonym), what kind, when. No confidential text."""

    follow_up_id: int
    person_id: int
    incident_id: int
    pseudonym: str
    kind: str
    due_at: datetime
    done_at: datetime | None


@dataclass(frozen=True, slots=True)
class NoteRow:
    id: int
    person_id: int
    parent_id: int | None
    kind: str
    text: str
    at: datetime
    author_user_id: int | None
    author_name: str
    first_signed_at: datetime
    signed_at: datetime
    signature: str
    revision: int

    def __repr__(self) -> str:
        return f"NoteRow(id={self.id}, person_id={self.person_id}, kind={self.kind})"


@dataclass(frozen=True, slots=True)
class NewFollowUp:
    kind: str
    label: str
    due_at: datetime

    def __repr__(self) -> str:
        return f"NewFollowUp(kind={self.kind})"


def _time(value: str) -> datetime:
    moment = from_text(value)
    if moment is None:  # NOT NULL columns
        raise ValueError("a required time is missing")
    return moment


def _person(v: Sequence[Any]) -> PersonRow:
    return PersonRow(
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], bool(v[9]), _time(v[10]), v[11],
        _time(v[12]), _time(v[13]),
    )  # fmt: skip


def _contact(v: Sequence[Any]) -> ContactRow:
    return ContactRow(
        v[0], v[1], v[2], v[3], v[4], v[5], bool(v[6]), from_text(v[7]), v[8], v[9], _time(v[10]),
        from_text(v[11]),
    )  # fmt: skip


def _follow_up(v: Sequence[Any]) -> FollowUpRow:
    return FollowUpRow(v[0], v[1], v[2], v[3], _time(v[4]), from_text(v[5]), v[6], v[7], v[8], _time(v[9]))


def _note(v: Sequence[Any]) -> NoteRow:
    return NoteRow(
        v[0], v[1], v[2], v[3], v[4], _time(v[5]), v[6], v[7], _time(v[8]), _time(v[9]), v[10], v[11]
    )


class PeopleRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reads -----------------------------------------------------------------------------------

    def person(self, person_id: int) -> PersonRow | None:
        rows = self._db.query(f"SELECT {_PERSON_COLUMNS} FROM incident_people WHERE id = ?", (person_id,))
        return _person(rows[0]) if rows else None

    def people(self, incident_id: int) -> list[PersonRow]:
        rows = self._db.query(
            f"SELECT {_PERSON_COLUMNS} FROM incident_people WHERE incident_id = ? ORDER BY linked_at, id",
            (incident_id,),
        )
        return [_person(r) for r in rows]

    def count_by_involvement(self, incident_id: int) -> dict[str, int]:
        rows = self._db.query(
            "SELECT involvement, count(*) FROM incident_people WHERE incident_id = ? GROUP BY involvement",
            (incident_id,),
        )
        return {str(r[0]): int(r[1]) for r in rows}

    def contacts(self, person_id: int, *, include_removed: bool = False) -> list[ContactRow]:
        removed = "" if include_removed else " AND removed_at IS NULL"
        rows = self._db.query(
            f"SELECT {_CONTACT_COLUMNS} FROM person_emergency_contacts WHERE person_id = ?{removed} "
            "ORDER BY position, id",
            (person_id,),
        )
        return [_contact(r) for r in rows]

    def contact_use_count(self, contact_id: int) -> int:
        return int(
            self._db.query_value(
                "SELECT count(*) FROM person_emergency_contact_uses WHERE contact_id = ?", (contact_id,)
            )
        )

    def screenings(self, person_id: int) -> list[ScreeningRow]:
        rows = self._db.query(
            "SELECT id, person_id, instrument, answers, taken_at, recorded_by, created_at "
            "FROM person_screenings WHERE person_id = ? ORDER BY taken_at, id",
            (person_id,),
        )
        return [
            ScreeningRow(r[0], r[1], r[2], tuple(json.loads(r[3])), _time(r[4]), r[5], _time(r[6]))
            for r in rows
        ]

    def follow_ups(self, person_id: int) -> list[FollowUpRow]:
        rows = self._db.query(
            f"SELECT {_FOLLOW_UP_COLUMNS} FROM person_follow_ups WHERE person_id = ? ORDER BY due_at, id",
            (person_id,),
        )
        return [_follow_up(r) for r in rows]

    def follow_up(self, follow_up_id: int) -> FollowUpRow | None:
        rows = self._db.query(
            f"SELECT {_FOLLOW_UP_COLUMNS} FROM person_follow_ups WHERE id = ?", (follow_up_id,)
        )
        return _follow_up(rows[0]) if rows else None

    def due_between(
        self, start: datetime, end: datetime, *, include_done: bool = False
    ) -> list[DueFollowUpRow]:
        """Follow-ups due in [start, end), earliest first (a calendar's range)."""
        done = "" if include_done else " AND f.done_at IS NULL"
        rows = self._db.query(
            "SELECT f.id, f.person_id, p.incident_id, p.pseudonym, f.kind, f.due_at, f.done_at "
            "FROM person_follow_ups f JOIN incident_people p ON p.id = f.person_id "
            f"WHERE f.due_at >= ? AND f.due_at < ?{done} ORDER BY f.due_at, f.id",
            (to_text(start), to_text(end)),
        )
        return [DueFollowUpRow(r[0], r[1], r[2], r[3], r[4], _time(r[5]), from_text(r[6])) for r in rows]

    def notes(self, person_id: int) -> list[NoteRow]:
        rows = self._db.query(
            f"SELECT {_NOTE_COLUMNS} FROM person_notes WHERE person_id = ? ORDER BY first_signed_at, id",
            (person_id,),
        )
        return [_note(r) for r in rows]

    def note(self, note_id: int) -> NoteRow | None:
        rows = self._db.query(f"SELECT {_NOTE_COLUMNS} FROM person_notes WHERE id = ?", (note_id,))
        return _note(rows[0]) if rows else None

    # -- writes (inside the caller's transaction) --------------------------------------------------

    @staticmethod
    def pseudonym_taken(
        conn: sqlcipher3.Connection, incident_id: int, pseudonym: str, *, except_id: int | None = None
    ) -> bool:
        row = conn.execute(
            "SELECT id FROM incident_people WHERE incident_id = ? AND pseudonym = ? AND id <> ?",
            (incident_id, pseudonym, -1 if except_id is None else except_id),
        ).fetchone()
        return row is not None

    @staticmethod
    def insert_person(
        conn: sqlcipher3.Connection,
        incident_id: int,
        fields: Mapping[str, str],
        *,
        linked_at: datetime,
        created_by: int | None,
        now: datetime,
    ) -> int:
        unknown = set(fields) - PERSON_FIELDS
        if unknown:
            raise ValueError(f"not a person field: {sorted(unknown)}")
        names = ["incident_id", *fields, "linked_at", "created_by", "created_at", "updated_at"]
        values = [incident_id, *fields.values(), to_text(linked_at), created_by, to_text(now), to_text(now)]
        cursor = conn.execute(
            f"INSERT INTO incident_people ({', '.join(names)}) VALUES ({', '.join('?' for _ in values)})",
            values,
        )
        return int(cursor.lastrowid)

    @staticmethod
    def update_person(conn: sqlcipher3.Connection, person_id: int, now: datetime, **fields: Any) -> None:
        unknown = set(fields) - _PERSON_UPDATABLE
        if unknown:
            raise ValueError(f"not updatable: {sorted(unknown)}")
        assignments = "".join(f"{name} = ?, " for name in fields)
        values = [int(v) if isinstance(v, bool) else v for v in fields.values()]
        conn.execute(
            f"UPDATE incident_people SET {assignments}updated_at = ? WHERE id = ?",
            (*values, to_text(now), person_id),
        )

    @staticmethod
    def insert_contact(
        conn: sqlcipher3.Connection,
        person_id: int,
        *,
        position: int,
        name: str,
        relation: str,
        phone: str,
        now: datetime,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO person_emergency_contacts (person_id, position, name, relation, phone, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (person_id, position, name, relation, phone, to_text(now)),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def remove_contact(conn: sqlcipher3.Connection, contact_id: int, now: datetime) -> None:
        conn.execute(
            "UPDATE person_emergency_contacts SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
            (to_text(now), contact_id),
        )

    @staticmethod
    def move_contact(conn: sqlcipher3.Connection, contact_id: int, position: int) -> None:
        conn.execute("UPDATE person_emergency_contacts SET position = ? WHERE id = ?", (position, contact_id))

    @staticmethod
    def set_authorisation(
        conn: sqlcipher3.Connection,
        contact_id: int,
        *,
        authorised: bool,
        at: datetime | None,
        by: int | None,
        method: str | None,
    ) -> None:
        conn.execute(
            "UPDATE person_emergency_contacts SET authorised = ?, authorised_at = ?, authorised_by = ?, "
            "consent_method = ? WHERE id = ?",
            (int(authorised), to_text(at) if at else None, by, method, contact_id),
        )

    @staticmethod
    def insert_contact_use(
        conn: sqlcipher3.Connection, contact_id: int, *, at: datetime, used_by: int | None, reason: str
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO person_emergency_contact_uses (contact_id, at, used_by, reason) VALUES (?, ?, ?, ?)",
            (contact_id, to_text(at), used_by, reason),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def insert_screening(
        conn: sqlcipher3.Connection,
        person_id: int,
        *,
        instrument: str,
        answers: Sequence[int],
        taken_at: datetime,
        recorded_by: int | None,
        now: datetime,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO person_screenings (person_id, instrument, answers, taken_at, recorded_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (person_id, instrument, json.dumps(list(answers)), to_text(taken_at), recorded_by, to_text(now)),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def insert_follow_ups(
        conn: sqlcipher3.Connection,
        person_id: int,
        items: Sequence[NewFollowUp],
        *,
        created_by: int | None,
        now: datetime,
    ) -> list[int]:
        ids = []
        for item in items:
            cursor = conn.execute(
                "INSERT INTO person_follow_ups (person_id, kind, label, due_at, created_by, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (person_id, item.kind, item.label, to_text(item.due_at), created_by, to_text(now)),
            )
            ids.append(int(cursor.lastrowid))
        return ids

    @staticmethod
    def mark_follow_up_done(
        conn: sqlcipher3.Connection,
        follow_up_id: int,
        *,
        done_at: datetime,
        done_by: int | None,
        outcome: str,
    ) -> bool:
        """Mark an open follow-up done; False when there is no such follow-up or it was already done."""
        cursor = conn.execute(
            "UPDATE person_follow_ups SET done_at = ?, done_by = ?, outcome = ? WHERE id = ? AND done_at IS NULL",
            (to_text(done_at), done_by, outcome, follow_up_id),
        )
        return cursor.rowcount == 1

    @staticmethod
    def insert_note(
        conn: sqlcipher3.Connection,
        person_id: int,
        *,
        parent_id: int | None,
        kind: str,
        text: str,
        at: datetime,
        author_user_id: int | None,
        author_name: str,
        signed_at: datetime,
    ) -> int:
        """Insert a note with an empty signature; the caller signs it (the signature covers the id)."""
        cursor = conn.execute(
            "INSERT INTO person_notes (person_id, parent_id, kind, text, at, author_user_id, author_name, "
            "first_signed_at, signed_at, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
            (
                person_id,
                parent_id,
                kind,
                text,
                to_text(at),
                author_user_id,
                author_name,
                to_text(signed_at),
                to_text(signed_at),
            ),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def sign_note(
        conn: sqlcipher3.Connection,
        note_id: int,
        *,
        text: str,
        signed_at: datetime,
        signature: str,
        correction: bool,
    ) -> None:
        """Store the note's signature (and, for a correction, its new text and the next revision)."""
        revision = "revision = revision + 1, " if correction else ""
        conn.execute(
            f"UPDATE person_notes SET {revision}text = ?, signed_at = ?, signature = ? WHERE id = ?",
            (text, to_text(signed_at), signature, note_id),
        )
