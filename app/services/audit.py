"""Recording, reading and verifying the audit trail, and keeping its anchors outside the database."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.domain.audit_chain import Anchor, AuditRecord, check_anchor, verify_chain
from app.domain.roles import Operation
from app.services.access import AccessPolicy
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditQuery, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.errors import KeyringUnavailable
from app.storage.keys import KeyMode
from app.storage.keystore import Keystore
from app.storage.meta_repository import MetaRepository
from app.storage.sidecar import Sidecar, anchor_from_json, anchor_to_json, read_sidecar, write_sidecar

__all__ = ["AuditQuery", "AuditService", "ChainReport", "record", "store_anchor", "verify_trail"]

ANCHOR_SECRET_KEY = "audit_anchor_secret"


@dataclass(frozen=True, slots=True)
class ChainReport:
    entries: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def record(db: Database, events: Iterable[AuditEvent], now: datetime | None = None) -> None:
    """Append events in their own transaction (for events with no other change, e.g. a read)."""
    with db.transaction() as conn:
        AuditRepository.append(conn, list(events), now or utc_now())


def verify_trail(db: Database, keystore: Keystore | None) -> ChainReport:
    """Check the chain entry by entry, then against every anchor kept outside the database."""
    repo = AuditRepository(db)
    count, _head, problem = verify_chain(repo.walk())
    problems = [f"audit trail: {problem.message}"] if problem else []
    total = repo.count()
    secret_hex = MetaRepository(db).get(ANCHOR_SECRET_KEY)
    secret = bytes.fromhex(secret_hex) if secret_hex else None
    for where, anchor in _anchors(db, keystore):
        if secret is None or not anchor.is_authentic(secret):
            problems.append(
                f"audit anchor ({where}) is not authentic: it was edited or belongs to another database"
            )
            continue
        message = check_anchor(anchor, total, repo.hash_at(anchor.count) if anchor.count else None)
        if message:
            problems.append(f"audit trail: {message} (anchor kept in the {where})")
    return ChainReport(count if not problem else total, problems)


def _anchors(db: Database, keystore: Keystore | None) -> list[tuple[str, Anchor]]:
    found: list[tuple[str, Anchor]] = []
    side = read_sidecar(db.path).anchor
    if side:
        found.append(("sidecar file", side))
    if keystore is not None and db.key_mode is KeyMode.KEYRING:
        with contextlib.suppress(KeyringUnavailable):
            kept = anchor_from_json(keystore.get_anchor(db.identity))
            if kept:
                found.append(("keyring", kept))
    return found


def store_anchor(db: Database, keystore: Keystore | None) -> None:
    """Record the chain's current length and head beside the file and, in keyring mode, in the keyring.

    Only moves forward: an anchor is never replaced by one with fewer entries, so a process that
    opened the database earlier cannot roll back a newer anchor written by another; and an authentic
    anchor the current chain does not extend (its entry was cut or changed) is kept as evidence, so
    that using the database after a cut tail cannot paper over the cut with a fresh anchor.
    """
    secret_hex = MetaRepository(db).get(ANCHOR_SECRET_KEY)
    if not secret_hex:
        return
    secret = bytes.fromhex(secret_hex)
    repo = AuditRepository(db)
    count, head = repo.head()
    anchor = Anchor.sign(count, head, secret)

    def may_replace(old: Anchor | None) -> bool:
        if old is None:
            return True
        if old.count > count:
            return False
        cut_or_changed = old.count > 0 and old.is_authentic(secret) and repo.hash_at(old.count) != old.head
        return not cut_or_changed

    side = read_sidecar(db.path)
    if may_replace(side.anchor):
        write_sidecar(db.path, Sidecar(key_mode=db.key_mode, anchor=anchor))
    if keystore is not None and db.key_mode is KeyMode.KEYRING:
        with contextlib.suppress(KeyringUnavailable):
            kept = anchor_from_json(keystore.get_anchor(db.identity))
            if may_replace(kept):
                keystore.set_anchor(db.identity, anchor_to_json(anchor))


class AuditService:
    """The admin-facing view of the trail (the GUI's audit view and ``verify`` go through here)."""

    def __init__(self, db: Database, policy: AccessPolicy, keystore: Keystore | None) -> None:
        self._db = db
        self._policy = policy
        self._keystore = keystore
        self._repo = AuditRepository(db)

    def find(self, session: Session, query: AuditQuery) -> list[AuditRecord]:
        self._policy.require(session, Operation.AUDIT_VIEW)
        return self._repo.find(query)

    def actors(self, session: Session) -> list[str]:
        self._policy.require(session, Operation.AUDIT_VIEW)
        return self._repo.distinct("actor")

    def actions(self, session: Session) -> list[str]:
        self._policy.require(session, Operation.AUDIT_VIEW)
        return self._repo.distinct("action")

    def verify(self, session: Session) -> ChainReport:
        self._policy.require(session, Operation.AUDIT_VERIFY)
        report = verify_trail(self._db, self._keystore)
        record(
            self._db,
            [
                AuditEvent(
                    session.username,
                    "audit.verified",
                    "audit",
                    "",
                    {"ok": report.ok, "entries": report.entries},
                )
            ],
        )
        return report
