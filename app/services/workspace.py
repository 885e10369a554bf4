"""An open database with its services: the one object the GUI and the CLI hold.

A Workspace owns the connection and knows where the key came from; sessions are issued by
``sign_in`` and checked by every service call through the access policy.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.roles import Operation
from app.services import audit as audit_service
from app.services.access import AccessPolicy
from app.services.audit import AuditService
from app.services.errors import AuthenticationFailed
from app.services.policy import PolicyService
from app.services.session import Session
from app.services.unlock import open_database
from app.services.users import UserService
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.keys import KeyMode
from app.storage.keystore import Keystore
from app.storage.users_repository import UsersRepository

if TYPE_CHECKING:
    from app.services.board_report import BoardReportService
    from app.services.breach_clocks import BreachClockService
    from app.services.calendar_export import CalendarExportService
    from app.services.calendar_feed import CalendarFeedService
    from app.services.case_review import ReviewService
    from app.services.communications import CommunicationService
    from app.services.directory import DirectoryService
    from app.services.drill_report import DrillReportService
    from app.services.drills import DrillService
    from app.services.evidence import EvidenceService
    from app.services.incidents import IncidentService
    from app.services.notifications import NotificationService
    from app.services.oncall import OnCallService
    from app.services.people import PeopleService
    from app.services.reports import ReportService
    from app.services.response_plans import ResponsePlanService
    from app.services.risk_import import RiskImportService
    from app.services.risks import RiskService


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    """Facts about the open database that are safe to show to any signed-in user."""

    path: Path
    identity: str
    key_mode: KeyMode
    schema_version: int
    cipher_version: str
    accounts: int
    audit_entries: int
    damaged: bool


class Workspace:
    def __init__(
        self, db: Database, keystore: Keystore | None = None, policy: AccessPolicy | None = None
    ) -> None:
        self.db = db
        self.keystore = keystore or Keystore()
        self.policy = (policy or AccessPolicy()).bound_to(self._check, self._record_denial)
        self.users = UserService(db, self.policy)
        self.audit = AuditService(db, self.policy, self.keystore)
        self.settings = PolicyService(db, self.policy)
        self._sessions: set[str] = set()

    @cached_property
    def incidents(self) -> IncidentService:
        """Built on first use: the case rules and their tables stay out of the start-up path.

        No fixed targets: the service reads the office's response targets from the policy settings
        whenever it needs them, so a change (``set_response_targets``) applies at once.
        """
        from app.services.incidents import IncidentService  # noqa: PLC0415

        return IncidentService(self.db, self.policy)

    @cached_property
    def reviews(self) -> ReviewService:
        """The review section and corrective actions of incidents (built on first use)."""
        from app.services.case_review import ReviewService  # noqa: PLC0415

        return ReviewService(self.db, self.policy, self.incidents)

    @cached_property
    def evidence(self) -> EvidenceService:
        """Evidence items of incidents and their chain of custody (built on first use)."""
        from app.services.evidence import EvidenceService  # noqa: PLC0415

        return EvidenceService(self.db, self.policy)

    @cached_property
    def notifications(self) -> NotificationService:
        """The notifications log and escalation ladder of incidents (built on first use)."""
        from app.services.notifications import NotificationService  # noqa: PLC0415

        return NotificationService(self.db, self.policy)

    @cached_property
    def communications(self) -> CommunicationService:
        """Communication drafts and templates of incidents (built on first use)."""
        from app.services.communications import CommunicationService  # noqa: PLC0415

        return CommunicationService(self.db, self.policy)

    @cached_property
    def breach_clocks(self) -> BreachClockService:
        """Privacy-breach notification clocks of incidents (built on first use)."""
        from app.services.breach_clocks import BreachClockService  # noqa: PLC0415

        return BreachClockService(self.db, self.policy)

    @cached_property
    def people(self) -> PeopleService:
        """People linked to incidents and their follow-up (built on first use, like ``incidents``)."""
        from app.services.people import PeopleService  # noqa: PLC0415

        return PeopleService(self.db, self.policy)

    @cached_property
    def directory(self) -> DirectoryService:
        """Case owners' display names for the case list (built on first use, like ``incidents``)."""
        from app.services.directory import DirectoryService  # noqa: PLC0415

        return DirectoryService(self.db, self.policy)

    @cached_property
    def response_plans(self) -> ResponsePlanService:
        """Response-plan templates in effect and admins' edits of them (built on first use)."""
        from app.services.response_plans import ResponsePlanService  # noqa: PLC0415

        return ResponsePlanService(self.db, self.policy)

    @cached_property
    def risks(self) -> RiskService:
        """The risk register: risks, reviews, history, sources and scoring policy (built on first use)."""
        from app.services.risks import RiskService  # noqa: PLC0415

        return RiskService(self.db, self.policy)

    @cached_property
    def risk_import(self) -> RiskImportService:
        """Spreadsheet import and export of the risk register (built on first use)."""
        from app.services.risk_import import RiskImportService  # noqa: PLC0415

        return RiskImportService(self.db, self.policy, self.risks)

    @cached_property
    def oncall(self) -> OnCallService:
        """The on-call rota: members, rotations, overrides, swaps, who is on call, gaps and hours."""
        from app.services.oncall import OnCallService  # noqa: PLC0415

        return OnCallService(self.db, self.policy)

    @cached_property
    def calendar_export(self) -> CalendarExportService:
        """The .ics export of shifts and due dates; the other services are built only if it needs them."""
        from app.services.calendar_export import CalendarExportService  # noqa: PLC0415

        return CalendarExportService(
            self.db,
            self.policy,
            self.oncall,
            people=lambda: self.people,
            reviews=lambda: self.reviews,
            drills=lambda: self.drills,
        )

    @cached_property
    def calendar_feed(self) -> CalendarFeedService:
        """The drill calendar's entries for a period, gathered from the services that own them."""
        from app.services.calendar_feed import CalendarFeedService  # noqa: PLC0415

        return CalendarFeedService(
            self.policy,
            self.oncall,
            drills=lambda: self.drills,
            people=lambda: self.people,
            reviews=lambda: self.reviews,
        )

    @cached_property
    def drills(self) -> DrillService:
        """Drills: planning, running, findings, corrective actions and history (built on first use)."""
        from app.services.drills import DrillService  # noqa: PLC0415

        return DrillService(self.db, self.policy, self.incidents)

    @cached_property
    def reports(self) -> ReportService:
        """PDF reports; the services they read from are built only when a report needs them."""
        from app.services.reports import ReportService  # noqa: PLC0415

        return ReportService(
            self.db,
            self.policy,
            self.settings,
            incidents=lambda: self.incidents,
            reviews=lambda: self.reviews,
            notifications=lambda: self.notifications,
            people=lambda: self.people,
            breach_clocks=lambda: self.breach_clocks,
        )

    @cached_property
    def board_report(self) -> BoardReportService:
        """The period board report PDF (built on first use)."""
        from app.services.board_report import BoardReportService  # noqa: PLC0415

        return BoardReportService(
            self.db,
            self.policy,
            self.settings,
            incidents=lambda: self.incidents,
            reviews=lambda: self.reviews,
            risks=lambda: self.risks,
            drills=lambda: self.drills,
        )

    @cached_property
    def drill_report(self) -> DrillReportService:
        """The drill after-action report PDF (built on first use)."""
        from app.services.drill_report import DrillReportService  # noqa: PLC0415

        return DrillReportService(self.db, self.policy, drills=lambda: self.drills, risks=lambda: self.risks)

    @classmethod
    def open(
        cls, path: Path, *, passphrase: str | None = None, keystore: Keystore | None = None
    ) -> Workspace:
        keystore = keystore or Keystore()
        return cls(open_database(path, passphrase=passphrase, keystore=keystore), keystore)

    # -- sessions -----------------------------------------------------------------------------

    def sign_in(self, username: str, password: str) -> Session:
        session = self.users.authenticate(username, password)
        self._sessions.add(session.token)
        return session

    def unlock(self, session: Session, password: str) -> Session:
        """Re-check the password of the user whose session was locked (auto-lock or by hand)."""
        self._check(session)
        self.users.authenticate(session.username, password, purpose="unlock")
        return session

    def lock(self, session: Session) -> None:
        self._check(session)
        audit_service.record(self.db, [AuditEvent(session.username, "session.locked", "session")])
        self.save_anchor()

    def sign_out(self, session: Session) -> None:
        if session.token in self._sessions:
            self._sessions.discard(session.token)
            with contextlib.suppress(StorageError):
                audit_service.record(self.db, [AuditEvent(session.username, "session.ended", "session")])

    def _record_denial(self, session: Session, operation: Operation) -> None:
        with contextlib.suppress(StorageError):  # a read-only (damaged) database still refuses
            audit_service.record(
                self.db,
                [
                    AuditEvent(
                        session.username,
                        "access.denied",
                        "operation",
                        operation.value,
                        {"role": session.role.value},
                    )
                ],
            )

    def _check(self, session: Session) -> None:
        if session.token not in self._sessions:
            raise AuthenticationFailed("This session has ended. Sign in again.")
        self.users.confirm_active(session)

    # -- information --------------------------------------------------------------------------

    def info(self, session: Session) -> DatabaseInfo:
        self._check(session)
        self.policy.require(session, Operation.DATABASE_INFO)
        return DatabaseInfo(
            path=self.db.path,
            identity=self.db.identity,
            key_mode=self.db.key_mode,
            schema_version=self.db.schema_version(),
            cipher_version=self.db.cipher_version(),
            accounts=UsersRepository(self.db).count(),
            audit_entries=AuditRepository(self.db).count(),
            damaged=self.db.damaged,
        )

    def backup(self, session: Session, out: Path, backup_passphrase: str) -> int:
        """An encrypted backup made by a signed-in admin (the desktop app's File → Back up)."""
        self.policy.require(session, Operation.DATABASE_BACKUP)
        from app.services.maintenance import backup_database  # noqa: PLC0415 - maintenance imports us

        return backup_database(
            self.db.path,
            out,
            backup_passphrase,
            passphrase=self.db.passphrase,
            keystore=self.keystore,
            actor=session.username,
        )

    def check_pages(self) -> list[str]:
        """Full page-authentication and integrity check; a damaged database refuses writes after it."""
        return self.db.page_problems()

    def save_anchor(self) -> None:
        with contextlib.suppress(StorageError, OSError):
            audit_service.store_anchor(self.db, self.keystore)

    def close(self) -> None:
        self._sessions.clear()
        if not self.db.damaged:
            self.save_anchor()
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
