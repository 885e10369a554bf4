"""Office-wide policy settings kept in the database (shared by every workstation user, audited).

Each setting is a whole number with a range. Some belong together and are changed only together by
the service that owns their rule: the response targets per grade and clock
(``app.services.response_targets``, through ``IncidentService.set_response_targets``) and the risk
register's level bands and review cadence (``RiskService.set_scoring_policy``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.roles import Operation
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.meta_repository import PolicyRepository

if TYPE_CHECKING:
    from app.domain.clocks import ResponseTargets


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
RESPONSE_TARGET_PREFIX = "targets."  # keys of the response-target settings (app.services.response_targets)

# The risk register (app.domain.risks): level bands (Low 1..low_max, Medium ..medium_max, High the
# rest) and days between reviews per level. They are changed together through
# RiskService.set_scoring_policy, which checks that every level keeps at least one score.
RISK_BAND_LOW_MAX = PolicySetting("risk.band.low_max", default=4, minimum=1, maximum=23)
RISK_BAND_MEDIUM_MAX = PolicySetting("risk.band.medium_max", default=9, minimum=2, maximum=24)
RISK_REVIEW_DAYS_HIGH = PolicySetting("risk.review_days.high", default=90, minimum=1, maximum=3 * 366)
RISK_REVIEW_DAYS_MEDIUM = PolicySetting("risk.review_days.medium", default=180, minimum=1, maximum=3 * 366)
RISK_REVIEW_DAYS_LOW = PolicySetting("risk.review_days.low", default=360, minimum=1, maximum=3 * 366)
RISK_SCORING_SETTINGS = (
    RISK_BAND_LOW_MAX,
    RISK_BAND_MEDIUM_MAX,
    RISK_REVIEW_DAYS_HIGH,
    RISK_REVIEW_DAYS_MEDIUM,
    RISK_REVIEW_DAYS_LOW,
)
# 1: counsellors may edit, review and import risks as admins do; 0: the register is admin-only to change.
RISK_COUNSELLORS_MAY_EDIT = PolicySetting("risk.counsellors_may_edit", default=1, minimum=0, maximum=1)
# Response targets per grade and clock are settings too (app.services.response_targets, loaded only
# where targets are used: the start-up path reads the idle lock and nothing else).


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

    def response_targets(self) -> ResponseTargets:
        """The office's response targets (see ``app.services.response_targets.stored_targets``)."""
        from app.services.response_targets import stored_targets  # noqa: PLC0415 - see module docstring

        return stored_targets(self._repo.all())

    def set_value(self, session: Session, setting: PolicySetting, value: int) -> None:
        self._policy.require(session, Operation.POLICY_UPDATE)
        if setting.key.startswith(RESPONSE_TARGET_PREFIX):
            # one target alone could break acknowledge <= start, and open incidents' due times move
            raise InvalidInput("Response targets are changed together, in the Response targets settings.")
        if setting in RISK_SCORING_SETTINGS:
            # one band edge alone could leave a level without scores
            raise InvalidInput(
                "Risk bands and review cadence are changed together, in the risk scoring settings."
            )
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
