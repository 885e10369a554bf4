"""The notifications log of an incident (who was told, in which role, how, when, acknowledged when)
and the escalation ladder for its grade, computed from that log.

The app is offline: it tells the team whom to call next and records that the call was made; it
never sends anything itself.

hr_manager (no ``INCIDENT_VIEW_CONFIDENTIAL``) receives roles, channels and times only: the names
of the people notified and the notes are withheld (``None``) here in the service. Casework roles'
reads of the log are audited, since it names people; audit entries name codes, roles and channels,
never a name or a note.

The ladder counts from the report (``reported_at``), like the acknowledge clock. An acknowledgement
is taken from the log; the incident's own acknowledgement in the app (moved past "reported") counts
as the first ladder role's acknowledgement, because whoever moved it took charge of the case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.communication_templates import Channel
from app.domain.crisis_roles import CrisisRole
from app.domain.escalation import EscalationLadder, LadderStatus, default_ladder, ladder_status
from app.domain.grading import Grade
from app.domain.incidents import Problem
from app.domain.lifecycle import Status
from app.domain.roles import Operation
from app.services import record_input as check
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput
from app.services.incidents import existing_incident, is_deidentified
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.communications_repository import CommunicationsRepository, NotificationRow
from app.storage.database import Database
from app.storage.incidents_repository import IncidentRow, IncidentsRepository


@dataclass(frozen=True, slots=True)
class NotificationInput:
    """One notification as typed into the form (checked by the service)."""

    role: CrisisRole | str
    channel: Channel | str
    recipient: str
    notified_at: datetime
    note: str = ""
    acknowledged_at: datetime | None = None

    def __repr__(self) -> str:
        return f"NotificationInput(role={self.role!s}, channel={self.channel!s})"


@dataclass(frozen=True, slots=True)
class NotificationView:
    id: int
    incident_id: int
    role: CrisisRole
    channel: Channel
    notified_at: datetime
    acknowledged_at: datetime | None
    recorded_by: int | None
    deidentified: bool
    recipient: str | None  # None when de-identified
    note: str | None  # None when de-identified

    def __repr__(self) -> str:
        return f"NotificationView(id={self.id}, role={self.role.value})"


@dataclass(frozen=True, slots=True)
class EscalationView:
    """The ladder for the incident's grade and where each step stands as of ``as_of``."""

    incident_id: int
    grade: Grade
    activated_at: datetime
    as_of: datetime
    ladder: EscalationLadder
    status: LadderStatus
    closed: bool  # a closed incident escalates no more: the states are shown as they stood


def _view(row: NotificationRow, deidentified: bool) -> NotificationView:
    return NotificationView(
        id=row.id,
        incident_id=row.incident_id,
        role=CrisisRole(row.role),
        channel=Channel(row.channel),
        notified_at=row.notified_at,
        acknowledged_at=row.acknowledged_at,
        recorded_by=row.recorded_by,
        deidentified=deidentified,
        recipient=None if deidentified else row.recipient,
        note=None if deidentified else row.note,
    )


class NotificationService:
    def __init__(self, db: Database, policy: AccessPolicy) -> None:
        self._db = db
        self._policy = policy
        self._repo = CommunicationsRepository(db)
        self._incidents = IncidentsRepository(db)

    def _deidentified(self, session: Session) -> bool:
        return is_deidentified(self._policy, session)

    def _incident(self, incident_id: int) -> IncidentRow:
        return existing_incident(self._incidents, incident_id)

    # -- reading ----------------------------------------------------------------------------------

    def log(self, session: Session, incident_id: int) -> tuple[NotificationView, ...]:
        """The notifications of the incident, oldest first; names and notes withheld from hr_manager."""
        self._policy.require(session, Operation.NOTIFICATION_VIEW)
        incident = self._incident(incident_id)
        deidentified = self._deidentified(session)
        rows = self._repo.notifications(incident.id)
        if rows and not deidentified:
            with self._db.transaction() as conn:
                AuditRepository.append(
                    conn,
                    [
                        AuditEvent(
                            session.username,
                            "notification.log_viewed",
                            "incident",
                            str(incident.id),
                            {"incident": incident.code, "entries": len(rows)},
                        )
                    ],
                    utc_now(),
                )
        return tuple(_view(r, deidentified) for r in rows)

    def escalation(
        self, session: Session, incident_id: int, *, now: datetime | None = None
    ) -> EscalationView:
        """The default ladder for the grade, each step's due time and state from the log."""
        self._policy.require(session, Operation.NOTIFICATION_VIEW)
        incident = self._incident(incident_id)
        as_of = now or utc_now()
        ladder = default_ladder(incident.grade)
        acknowledgements: dict[CrisisRole, datetime] = {}
        notified: dict[CrisisRole, datetime] = {}
        for row in self._repo.notifications(incident.id):
            role = CrisisRole(row.role)
            if role not in notified or row.notified_at < notified[role]:
                notified[role] = row.notified_at
            ack = row.acknowledged_at
            if ack is not None and (role not in acknowledgements or ack < acknowledgements[role]):
                acknowledgements[role] = ack
        first = ladder.roles[0]
        if incident.acknowledged_at is not None and first not in acknowledgements:
            acknowledgements[first] = incident.acknowledged_at
            notified.setdefault(first, incident.acknowledged_at)
        closed = Status(incident.status).is_closed
        # A closed case escalates no further: its ladder reads as it stood when it was closed.
        evaluated_at = min(as_of, incident.updated_at) if closed else as_of
        status = ladder_status(ladder, incident.reported_at, acknowledgements, evaluated_at, notified)
        return EscalationView(
            incident.id, Grade(incident.grade), incident.reported_at, as_of, ladder, status, closed
        )

    # -- recording --------------------------------------------------------------------------------

    def record(
        self, session: Session, incident_id: int, entry: NotificationInput, *, now: datetime | None = None
    ) -> NotificationView:
        """Log that someone was notified (the app did not send it: a person did, by ``channel``)."""
        self._policy.require(session, Operation.NOTIFICATION_RECORD)
        if not isinstance(entry, NotificationInput):
            raise InvalidInput("A notification needs its details.")
        now = now or utc_now()
        problems: list[Problem] = []
        role = check.choice("role", CrisisRole, entry.role, problems)
        channel = check.choice("channel", Channel, entry.channel, problems)
        recipient = check.line("recipient", entry.recipient, problems, required=True)
        note = check.text("note", entry.note, problems)
        notified_at = check.moment("notified_at", entry.notified_at, now, problems)
        acknowledged_at = None
        if entry.acknowledged_at is not None:
            acknowledged_at = check.moment("acknowledged_at", entry.acknowledged_at, now, problems)
            if acknowledged_at is not None and notified_at is not None and acknowledged_at < notified_at:
                problems.append(Problem("acknowledged_at", "cannot be before the notification"))
        check.raise_if(problems)
        assert role is not None
        assert channel is not None
        assert notified_at is not None
        with self._db.transaction() as conn:
            incident = self._incident(incident_id)
            new_id = CommunicationsRepository.insert_notification(
                conn,
                incident.id,
                role=role.value,
                recipient=recipient,
                channel=channel.value,
                notified_at=notified_at,
                acknowledged_at=acknowledged_at,
                note=note,
                recorded_by=session.user_id,
                now=now,
            )
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "notification.recorded",
                        "incident_notification",
                        str(new_id),
                        {
                            "incident": incident.code,
                            "role": role.value,
                            "channel": channel.value,
                            "acknowledged": acknowledged_at is not None,
                        },
                    )
                ],
                now,
            )
        row = self._repo.notification(new_id)
        assert row is not None
        return _view(row, self._deidentified(session))

    def acknowledge(
        self,
        session: Session,
        incident_id: int,
        notification_id: int,
        *,
        at: datetime | None = None,
        now: datetime | None = None,
    ) -> NotificationView:
        """Record when the person notified acknowledged (default: now); the first acknowledgement stands."""
        self._policy.require(session, Operation.NOTIFICATION_RECORD)
        now = now or utc_now()
        problems: list[Problem] = []
        when = check.moment("acknowledged_at", now if at is None else at, now, problems)
        check.raise_if(problems)
        assert when is not None
        with self._db.transaction() as conn:
            incident = self._incident(incident_id)
            row = self._repo.notification(notification_id) if isinstance(notification_id, int) else None
            if row is None or row.incident_id != incident.id:
                raise InvalidInput("That notification does not belong to this incident.")
            if row.acknowledged_at is not None:
                raise InvalidInput("That notification is already acknowledged.")
            if when < row.notified_at:
                raise check.RecordInputInvalid(
                    (Problem("acknowledged_at", "cannot be before the notification"),)
                )
            CommunicationsRepository.set_acknowledged(conn, row.id, when)
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "notification.acknowledged",
                        "incident_notification",
                        str(row.id),
                        {"incident": incident.code, "role": row.role},
                    )
                ],
                now,
            )
        updated = self._repo.notification(notification_id)
        assert updated is not None
        return _view(updated, self._deidentified(session))
