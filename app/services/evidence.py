"""Evidence items on an incident: files kept inside the encrypted database with a chain of custody.

Adding a file takes its SHA-256 and stores the bytes in the database (never beside it, so the
evidence is as well protected as the rest of the case and travels with every encrypted backup).
Every read of the content (to view, verify or export it) recomputes the hash first and refuses with
``EvidenceDamaged`` when it no longer matches: a changed file must never be passed on as evidence.
Viewing and exporting are custody events and are audited; so are adding, hand-overs and sealing.

Access. Evidence is case content through and through (file names and descriptions name people),
so hr_manager sees none of it: every method except ``count`` needs an ``EVIDENCE_*`` operation that
only counsellors and admins hold, and ``count`` (``INCIDENT_VIEW``) gives a number only.
Audit details name ids, kinds, sizes and hashes, never file names, descriptions or notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.domain.evidence import (
    CustodyInput,
    CustodyKind,
    EvidenceInput,
    sha256_hex,
    size_problem,
)
from app.domain.incidents import IncidentInvalid, Problem
from app.domain.roles import Operation
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput, ServiceError
from app.services.incidents import IncidentInputInvalid, existing_incident
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.evidence_repository import CustodyRow, EvidenceRepository, EvidenceRow
from app.storage.incidents_repository import IncidentRow, IncidentsRepository


class EvidenceDamaged(ServiceError):
    """The stored file no longer matches the SHA-256 taken when it was added; it was not handed out."""


@dataclass(frozen=True, slots=True)
class CustodyEntryView:
    id: int
    kind: CustodyKind
    at: datetime
    user_id: int | None
    actor: str
    counterpart: str
    note: str

    def __repr__(self) -> str:
        return f"CustodyEntryView(id={self.id}, kind={self.kind.value})"


@dataclass(frozen=True, slots=True)
class EvidenceItemView:
    """An evidence item without its bytes (those come from ``read``), with its custody chain."""

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
    custody: tuple[CustodyEntryView, ...] = ()

    @property
    def sealed(self) -> bool:
        return any(entry.kind is CustodyKind.SEALED for entry in self.custody)

    def __repr__(self) -> str:
        return f"EvidenceItemView(id={self.id}, incident_id={self.incident_id})"


@dataclass(frozen=True, slots=True)
class EvidenceContent:
    """An item's bytes, checked against its SHA-256 just now."""

    item: EvidenceItemView
    content: bytes

    def __repr__(self) -> str:
        return f"EvidenceContent(id={self.item.id}, size={len(self.content)})"


def _custody_view(row: CustodyRow) -> CustodyEntryView:
    return CustodyEntryView(
        row.id, CustodyKind(row.kind), row.at, row.user_id, row.actor, row.counterpart, row.note
    )


class EvidenceService:
    def __init__(self, db: Database, policy: AccessPolicy) -> None:
        self._db = db
        self._policy = policy
        self._repo = EvidenceRepository(db)
        self._incidents = IncidentsRepository(db)

    def _require_incident(self, incident_id: object) -> IncidentRow:
        return existing_incident(self._incidents, incident_id)

    def _require_item(self, evidence_id: object) -> EvidenceRow:
        row = self._repo.item(evidence_id) if isinstance(evidence_id, int) else None
        if row is None:
            raise InvalidInput("That evidence item does not exist.")
        return row

    def _view(self, row: EvidenceRow) -> EvidenceItemView:
        return EvidenceItemView(
            id=row.id,
            incident_id=row.incident_id,
            file_name=row.file_name,
            size=row.size,
            sha256=row.sha256,
            description=row.description,
            source=row.source,
            collected_at=row.collected_at,
            added_at=row.added_at,
            added_by=row.added_by,
            custody=tuple(_custody_view(c) for c in self._repo.custody(row.id)),
        )

    # -- reading ----------------------------------------------------------------------------------

    def count(self, session: Session, incident_id: int) -> int:
        """How many evidence items the incident has: all that a de-identified viewer learns."""
        self._policy.require(session, Operation.INCIDENT_VIEW)
        return self._repo.count(self._require_incident(incident_id).id)

    def items(self, session: Session, incident_id: int) -> tuple[EvidenceItemView, ...]:
        """The incident's items with their custody chains, without the file contents."""
        self._policy.require(session, Operation.EVIDENCE_VIEW)
        return tuple(self._view(r) for r in self._repo.items(self._require_incident(incident_id).id))

    def get(self, session: Session, evidence_id: int) -> EvidenceItemView:
        self._policy.require(session, Operation.EVIDENCE_VIEW)
        return self._view(self._require_item(evidence_id))

    def _checked_content(self, session: Session, row: EvidenceRow, now: datetime) -> bytes:
        content = self._repo.content(row.id) or b""
        actual = sha256_hex(content)
        if actual != row.sha256 or len(content) != row.size:
            with self._db.transaction() as conn:
                AuditRepository.append(
                    conn,
                    [
                        AuditEvent(
                            session.username,
                            "evidence.integrity_failed",
                            "evidence",
                            str(row.id),
                            {"expected": row.sha256, "found": actual},
                        )
                    ],
                    now,
                )
            raise EvidenceDamaged(
                f"Evidence item {row.id} no longer matches the SHA-256 recorded when it was added "
                f"({row.sha256[:12]}…, now {actual[:12]}…). It was not opened or exported; "
                "report this and restore the database from a backup."
            )
        return content

    def verify(self, session: Session, evidence_id: int, *, now: datetime | None = None) -> EvidenceItemView:
        """Recompute the SHA-256 of the stored file: returns the item, or raises ``EvidenceDamaged``."""
        self._policy.require(session, Operation.EVIDENCE_VIEW)
        now = now or utc_now()
        row = self._require_item(evidence_id)
        self._checked_content(session, row, now)
        with self._db.transaction() as conn:
            AuditRepository.append(
                conn, [AuditEvent(session.username, "evidence.verified", "evidence", str(row.id))], now
            )
        return self._view(row)

    def read(self, session: Session, evidence_id: int, *, now: datetime | None = None) -> EvidenceContent:
        """The file's bytes after checking them; recorded as viewed in the custody chain and audited."""
        self._policy.require(session, Operation.EVIDENCE_READ)
        now = now or utc_now()
        row = self._require_item(evidence_id)
        content = self._checked_content(session, row, now)
        self._record(session, row, CustodyKind.VIEWED, now, action="evidence.viewed")
        return EvidenceContent(self._view(row), content)

    def export(
        self, session: Session, evidence_id: int, target: Path, *, now: datetime | None = None
    ) -> EvidenceItemView:
        """Write the checked file to ``target`` (the user's "Save as"); custody "exported", audited."""
        self._policy.require(session, Operation.EVIDENCE_READ)
        now = now or utc_now()
        row = self._require_item(evidence_id)
        content = self._checked_content(session, row, now)
        target = Path(target)
        try:
            temp = target.with_name(f".{target.name}.partial")
            temp.write_bytes(content)
            temp.replace(target)
        except OSError as error:
            raise InvalidInput(
                f"The file could not be written to {target.parent}: {error.strerror}."
            ) from None
        self._record(session, row, CustodyKind.EXPORTED, now, action="evidence.exported")
        return self._view(row)

    # -- changing ---------------------------------------------------------------------------------

    def add(
        self,
        session: Session,
        incident_id: int,
        *,
        file_name: str,
        content: bytes,
        description: str = "",
        source: str = "",
        collected_at: datetime | None = None,
        now: datetime | None = None,
    ) -> EvidenceItemView:
        """Store a file as evidence with its SHA-256; custody starts with "collected" (when given) and "added"."""
        self._policy.require(session, Operation.EVIDENCE_ADD)
        problems: list[Problem] = []
        try:
            typed: EvidenceInput | None = EvidenceInput(
                file_name=file_name, description=description, source=source, collected_at=collected_at
            )
        except IncidentInvalid as error:
            problems.extend(error.problems)
            typed = None
        if not isinstance(content, bytes | bytearray | memoryview):
            problems.append(Problem("content", "must be the file's bytes"))
        else:
            content = bytes(content)
            problems.extend(size_problem(len(content)))
        now = now or utc_now()
        if typed is not None and typed.collected_at is not None and typed.collected_at > now:
            problems.append(Problem("collected_at", "is in the future"))
        if problems or typed is None:
            raise IncidentInputInvalid(tuple(problems))
        digest = sha256_hex(content)
        with self._db.transaction() as conn:
            incident = self._require_incident(incident_id)
            evidence_id = EvidenceRepository.insert(
                conn,
                incident.id,
                file_name=typed.file_name,
                content=content,
                sha256=digest,
                description=typed.description,
                source=typed.source,
                collected_at=typed.collected_at.astimezone(UTC) if typed.collected_at else None,
                added_at=now,
                added_by=session.user_id,
            )
            if typed.collected_at is not None:
                EvidenceRepository.add_custody(
                    conn,
                    evidence_id,
                    kind=CustodyKind.COLLECTED.value,
                    at=typed.collected_at,
                    user_id=None,
                    actor=typed.source,
                )
            EvidenceRepository.add_custody(
                conn,
                evidence_id,
                kind=CustodyKind.ADDED.value,
                at=now,
                user_id=session.user_id,
                actor=session.username,
            )
            IncidentsRepository.update(conn, incident.id, now)
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "evidence.added",
                        "evidence",
                        str(evidence_id),
                        {"incident": incident.code, "size": len(content), "sha256": digest},
                    )
                ],
                now,
            )
        return self._view(self._require_item(evidence_id))

    def record_custody(
        self,
        session: Session,
        evidence_id: int,
        kind: CustodyKind | str,
        *,
        counterpart: str = "",
        note: str = "",
        now: datetime | None = None,
    ) -> EvidenceItemView:
        """Record a hand-over (to ``counterpart``) or a sealing by hand; audited by kind."""
        self._policy.require(session, Operation.EVIDENCE_CUSTODY)
        try:
            typed = CustodyInput(kind=kind, counterpart=counterpart, note=note)
        except IncidentInvalid as error:
            raise IncidentInputInvalid(error.problems) from None
        now = now or utc_now()
        row = self._require_item(evidence_id)
        self._record(
            session,
            row,
            CustodyKind(typed.kind),
            now,
            action="evidence.custody_recorded",
            counterpart=typed.counterpart,
            note=typed.note,
        )
        return self._view(row)

    def _record(
        self,
        session: Session,
        row: EvidenceRow,
        kind: CustodyKind,
        now: datetime,
        *,
        action: str,
        counterpart: str = "",
        note: str = "",
    ) -> None:
        with self._db.transaction() as conn:
            entry = EvidenceRepository.add_custody(
                conn,
                row.id,
                kind=kind.value,
                at=now,
                user_id=session.user_id,
                actor=session.username,
                counterpart=counterpart,
                note=note,
            )
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        action,
                        "evidence",
                        str(row.id),
                        {"kind": kind.value, "custody_entry": entry, "incident_id": row.incident_id},
                    )
                ],
                now,
            )
