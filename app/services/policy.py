"""Office-wide policy settings kept in the database (shared by every workstation user, audited)."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.roles import Operation
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.meta_repository import PolicyRepository


@dataclass(frozen=True, slots=True)
class PolicySetting:
    key: str
    default: int
    minimum: int
    maximum: int


IDLE_LOCK_MINUTES = PolicySetting("session.idle_lock_minutes", default=5, minimum=1, maximum=120)
# Timeline entries and clinical notes lock this many hours after they were signed (app.domain.signed_entries);
# after that only addenda may be added.
ENTRY_LOCK_HOURS = PolicySetting("records.entry_lock_hours", default=24, minimum=1, maximum=24 * 14)
ALL_SETTINGS = (IDLE_LOCK_MINUTES, ENTRY_LOCK_HOURS)


class PolicyService:
    def __init__(self, db: Database, policy: AccessPolicy) -> None:
        self._db = db
        self._policy = policy
        self._repo = PolicyRepository(db)

    def value(self, setting: PolicySetting) -> int:
        """Readable without a session: the lock screen needs the idle timeout before anyone signs in."""
        raw = self._repo.all().get(setting.key)
        try:
            number = int(raw) if raw is not None else setting.default
        except ValueError:
            return setting.default
        return min(max(number, setting.minimum), setting.maximum)

    def set_value(self, session: Session, setting: PolicySetting, value: int) -> None:
        self._policy.require(session, Operation.POLICY_UPDATE)
        if not setting.minimum <= value <= setting.maximum:
            raise InvalidInput(f"The value must be between {setting.minimum} and {setting.maximum}.")
        now = utc_now()
        with self._db.transaction() as conn:
            PolicyRepository.put(conn, setting.key, str(value), session.username, now)
            AuditRepository.append(
                conn,
                [AuditEvent(session.username, "policy.updated", "policy", setting.key, {"value": value})],
                now,
            )
