"""SQL for an incident's communications: notifications log, drafts and templates, breach clocks.

Writes are static methods taking the caller's transaction, so a service writes the record and its
audit entry together; reads go through the ``Database``. Tables are in migration 0004.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlcipher3

from app.storage.clock import from_text, to_text
from app.storage.database import Database


def _time(text: str | None) -> datetime | None:
    return from_text(text)


def _required_time(text: str) -> datetime:
    value = from_text(text)
    assert value is not None
    return value


def _optional_text(moment: datetime | None) -> str | None:
    return None if moment is None else to_text(moment)


# -- notifications ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NotificationRow:
    id: int
    incident_id: int
    role: str
    recipient: str
    channel: str
    notified_at: datetime
    acknowledged_at: datetime | None
    note: str
    recorded_by: int | None
    created_at: datetime

    def __repr__(self) -> str:
        return f"NotificationRow(id={self.id}, incident_id={self.incident_id}, role={self.role})"


_NOTIFICATION_COLUMNS = (
    "id, incident_id, role, recipient, channel, notified_at, acknowledged_at, note, recorded_by, created_at"
)


def _notification(values: tuple[Any, ...]) -> NotificationRow:
    return NotificationRow(
        values[0],
        values[1],
        values[2],
        values[3],
        values[4],
        _required_time(values[5]),
        _time(values[6]),
        values[7],
        values[8],
        _required_time(values[9]),
    )


# -- templates and drafts -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TemplateRow:
    kind: str
    language: str
    subject: str
    body: str
    updated_at: datetime
    updated_by: int | None

    def __repr__(self) -> str:
        return f"TemplateRow({self.kind}, {self.language})"


@dataclass(frozen=True, slots=True)
class DraftRow:
    id: int
    incident_id: int
    kind: str
    language: str
    subject_template: str
    body_template: str
    values: dict[str, str]
    subject: str
    body: str
    missing: tuple[str, ...]
    state: str
    created_at: datetime
    created_by: int | None
    updated_at: datetime
    approved_at: datetime | None
    approved_by: int | None
    sent_at: datetime | None
    sent_channel: str | None
    sent_by: int | None
    superseded_at: datetime | None

    def __repr__(self) -> str:
        return f"DraftRow(id={self.id}, incident_id={self.incident_id}, kind={self.kind}, state={self.state})"


_DRAFT_COLUMNS = (
    "id, incident_id, kind, language, subject_template, body_template, placeholder_values, subject, body, "
    "missing, state, created_at, created_by, updated_at, approved_at, approved_by, sent_at, sent_channel, "
    "sent_by, superseded_at"
)


def _draft(v: tuple[Any, ...]) -> DraftRow:
    return DraftRow(
        id=v[0],
        incident_id=v[1],
        kind=v[2],
        language=v[3],
        subject_template=v[4],
        body_template=v[5],
        values=dict(json.loads(v[6])),
        subject=v[7],
        body=v[8],
        missing=tuple(json.loads(v[9])),
        state=v[10],
        created_at=_required_time(v[11]),
        created_by=v[12],
        updated_at=_required_time(v[13]),
        approved_at=_time(v[14]),
        approved_by=v[15],
        sent_at=_time(v[16]),
        sent_channel=v[17],
        sent_by=v[18],
        superseded_at=_time(v[19]),
    )


@dataclass(frozen=True, slots=True)
class DraftContent:
    """What a save writes: the template texts as edited for this draft, the values, the rendering."""

    kind: str
    language: str
    subject_template: str
    body_template: str
    values: dict[str, str]
    subject: str
    body: str
    missing: tuple[str, ...]

    def __repr__(self) -> str:
        return f"DraftContent({self.kind}, {self.language})"


# -- breach clocks -------------------------------------------------------------------------------


def _content_columns(content: DraftContent) -> tuple[str, ...]:
    """The columns a draft's content fills, the same for a new draft and an edited one.

    In column order: language, subject_template, body_template, placeholder_values, subject, body, missing.
    """
    return (
        content.language,
        content.subject_template,
        content.body_template,
        json.dumps(content.values, ensure_ascii=False, sort_keys=True),
        content.subject,
        content.body,
        json.dumps(list(content.missing)),
    )


@dataclass(frozen=True, slots=True)
class RuleSetRow:
    id: int
    incident_id: int
    rule_set_code: str
    definition: dict[str, Any]
    added_at: datetime
    added_by: int | None


@dataclass(frozen=True, slots=True)
class BreachEventRow:
    incident_id: int
    event: str
    at: datetime
    recorded_by: int | None
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class BreachNoticeRow:
    id: int
    incident_id: int
    rule_code: str
    sent_at: datetime
    recipient: str
    late_reason: str | None
    recorded_by: int | None
    recorded_at: datetime

    def __repr__(self) -> str:
        return f"BreachNoticeRow(id={self.id}, rule_code={self.rule_code})"


class CommunicationsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- notifications ---------------------------------------------------------------------------

    def notifications(self, incident_id: int) -> list[NotificationRow]:
        rows = self._db.query(
            f"SELECT {_NOTIFICATION_COLUMNS} FROM incident_notifications WHERE incident_id = ? "
            "ORDER BY notified_at, id",
            (incident_id,),
        )
        return [_notification(r) for r in rows]

    def notification(self, notification_id: int) -> NotificationRow | None:
        rows = self._db.query(
            f"SELECT {_NOTIFICATION_COLUMNS} FROM incident_notifications WHERE id = ?", (notification_id,)
        )
        return _notification(rows[0]) if rows else None

    @staticmethod
    def insert_notification(
        conn: sqlcipher3.Connection,
        incident_id: int,
        *,
        role: str,
        recipient: str,
        channel: str,
        notified_at: datetime,
        acknowledged_at: datetime | None,
        note: str,
        recorded_by: int | None,
        now: datetime,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO incident_notifications (incident_id, role, recipient, channel, notified_at, "
            "acknowledged_at, note, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                incident_id,
                role,
                recipient,
                channel,
                to_text(notified_at),
                _optional_text(acknowledged_at),
                note,
                recorded_by,
                to_text(now),
            ),
        )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    @staticmethod
    def set_acknowledged(conn: sqlcipher3.Connection, notification_id: int, at: datetime) -> bool:
        """Record the acknowledgement; False when it was already recorded (the first one stands)."""
        cursor = conn.execute(
            "UPDATE incident_notifications SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL",
            (to_text(at), notification_id),
        )
        return cursor.rowcount == 1

    # -- templates -------------------------------------------------------------------------------

    def template_overrides(self) -> list[TemplateRow]:
        rows = self._db.query(
            "SELECT kind, language, subject, body, updated_at, updated_by FROM communication_templates "
            "ORDER BY kind, language"
        )
        return [TemplateRow(r[0], r[1], r[2], r[3], _required_time(r[4]), r[5]) for r in rows]

    def template_override(self, kind: str, language: str) -> TemplateRow | None:
        return next((t for t in self.template_overrides() if t.kind == kind and t.language == language), None)

    @staticmethod
    def put_template(
        conn: sqlcipher3.Connection,
        kind: str,
        language: str,
        subject: str,
        body: str,
        *,
        user_id: int | None,
        now: datetime,
    ) -> None:
        updated = conn.execute(
            "UPDATE communication_templates SET subject = ?, body = ?, updated_at = ?, updated_by = ? "
            "WHERE kind = ? AND language = ?",
            (subject, body, to_text(now), user_id, kind, language),
        )
        if updated.rowcount == 0:
            conn.execute(
                "INSERT INTO communication_templates (kind, language, subject, body, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (kind, language, subject, body, to_text(now), user_id),
            )

    @staticmethod
    def delete_template(conn: sqlcipher3.Connection, kind: str, language: str) -> bool:
        cursor = conn.execute(
            "DELETE FROM communication_templates WHERE kind = ? AND language = ?", (kind, language)
        )
        return cursor.rowcount == 1

    # -- drafts ----------------------------------------------------------------------------------

    def drafts(self, incident_id: int) -> list[DraftRow]:
        rows = self._db.query(
            f"SELECT {_DRAFT_COLUMNS} FROM communication_drafts WHERE incident_id = ? ORDER BY id",
            (incident_id,),
        )
        return [_draft(r) for r in rows]

    def draft(self, draft_id: int) -> DraftRow | None:
        rows = self._db.query(f"SELECT {_DRAFT_COLUMNS} FROM communication_drafts WHERE id = ?", (draft_id,))
        return _draft(rows[0]) if rows else None

    @staticmethod
    def insert_draft(
        conn: sqlcipher3.Connection,
        incident_id: int,
        content: DraftContent,
        *,
        user_id: int | None,
        now: datetime,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO communication_drafts (incident_id, kind, language, subject_template, body_template, "
            "placeholder_values, subject, body, missing, state, created_at, created_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)",
            (incident_id, content.kind, *_content_columns(content), to_text(now), user_id, to_text(now)),
        )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    @staticmethod
    def update_draft(
        conn: sqlcipher3.Connection, draft_id: int, content: DraftContent, *, now: datetime
    ) -> None:
        """New content; any approval is withdrawn (an edited text must be approved again)."""
        conn.execute(
            "UPDATE communication_drafts SET language = ?, subject_template = ?, body_template = ?, "
            "placeholder_values = ?, subject = ?, body = ?, missing = ?, state = 'draft', updated_at = ?, "
            "approved_at = NULL, approved_by = NULL WHERE id = ?",
            (*_content_columns(content), to_text(now), draft_id),
        )

    @staticmethod
    def approve_draft(
        conn: sqlcipher3.Connection, draft_id: int, *, user_id: int | None, now: datetime
    ) -> None:
        conn.execute(
            "UPDATE communication_drafts SET state = 'approved', approved_at = ?, approved_by = ?, "
            "updated_at = ? WHERE id = ?",
            (to_text(now), user_id, to_text(now), draft_id),
        )

    @staticmethod
    def supersede_approved(
        conn: sqlcipher3.Connection, incident_id: int, kind: str, *, keep: int, now: datetime
    ) -> list[int]:
        """Mark the other approved drafts of ``kind`` on the incident superseded; returns their ids."""
        ids = [
            int(r[0])
            for r in conn.execute(
                "SELECT id FROM communication_drafts WHERE incident_id = ? AND kind = ? AND state = 'approved' "
                "AND id <> ? ORDER BY id",
                (incident_id, kind, keep),
            ).fetchall()
        ]
        for draft_id in ids:
            conn.execute(
                "UPDATE communication_drafts SET state = 'superseded', superseded_at = ?, updated_at = ? "
                "WHERE id = ?",
                (to_text(now), to_text(now), draft_id),
            )
        return ids

    @staticmethod
    def mark_sent(
        conn: sqlcipher3.Connection,
        draft_id: int,
        *,
        sent_at: datetime,
        channel: str,
        user_id: int | None,
        now: datetime,
    ) -> None:
        conn.execute(
            "UPDATE communication_drafts SET state = 'sent', sent_at = ?, sent_channel = ?, sent_by = ?, "
            "updated_at = ? WHERE id = ?",
            (to_text(sent_at), channel, user_id, to_text(now), draft_id),
        )

    # -- breach clocks ---------------------------------------------------------------------------

    def rule_sets(self, incident_id: int) -> list[RuleSetRow]:
        rows = self._db.query(
            "SELECT id, incident_id, rule_set_code, definition, added_at, added_by "
            "FROM incident_breach_rule_sets WHERE incident_id = ? ORDER BY id",
            (incident_id,),
        )
        return [RuleSetRow(r[0], r[1], r[2], json.loads(r[3]), _required_time(r[4]), r[5]) for r in rows]

    @staticmethod
    def insert_rule_set(
        conn: sqlcipher3.Connection,
        incident_id: int,
        code: str,
        definition: dict[str, Any],
        *,
        user_id: int | None,
        now: datetime,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO incident_breach_rule_sets (incident_id, rule_set_code, definition, added_at, added_by) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                incident_id,
                code,
                json.dumps(definition, ensure_ascii=False, sort_keys=True),
                to_text(now),
                user_id,
            ),
        )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    def breach_events(self, incident_id: int) -> list[BreachEventRow]:
        rows = self._db.query(
            "SELECT incident_id, event, at, recorded_by, recorded_at FROM incident_breach_events "
            "WHERE incident_id = ? ORDER BY id",
            (incident_id,),
        )
        return [BreachEventRow(r[0], r[1], _required_time(r[2]), r[3], _required_time(r[4])) for r in rows]

    @staticmethod
    def put_breach_event(
        conn: sqlcipher3.Connection,
        incident_id: int,
        event: str,
        at: datetime,
        *,
        user_id: int | None,
        now: datetime,
    ) -> None:
        updated = conn.execute(
            "UPDATE incident_breach_events SET at = ?, recorded_by = ?, recorded_at = ? "
            "WHERE incident_id = ? AND event = ?",
            (to_text(at), user_id, to_text(now), incident_id, event),
        )
        if updated.rowcount == 0:
            conn.execute(
                "INSERT INTO incident_breach_events (incident_id, event, at, recorded_by, recorded_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (incident_id, event, to_text(at), user_id, to_text(now)),
            )

    def breach_notices(self, incident_id: int) -> list[BreachNoticeRow]:
        rows = self._db.query(
            "SELECT id, incident_id, rule_code, sent_at, recipient, late_reason, recorded_by, recorded_at "
            "FROM incident_breach_notices WHERE incident_id = ? ORDER BY id",
            (incident_id,),
        )
        return [
            BreachNoticeRow(r[0], r[1], r[2], _required_time(r[3]), r[4], r[5], r[6], _required_time(r[7]))
            for r in rows
        ]

    @staticmethod
    def insert_breach_notice(
        conn: sqlcipher3.Connection,
        incident_id: int,
        rule_code: str,
        *,
        sent_at: datetime,
        recipient: str,
        late_reason: str | None,
        user_id: int | None,
        now: datetime,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO incident_breach_notices (incident_id, rule_code, sent_at, recipient, late_reason, "
            "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (incident_id, rule_code, to_text(sent_at), recipient, late_reason, user_id, to_text(now)),
        )
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)
