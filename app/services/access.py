"""The access policy: which role may perform which operation.

Every service method calls ``require`` before doing anything, so the rules hold for the GUI, the
CLI and anything added later, whatever a screen shows or hides. The matrix is data, checked by a
table-driven test that lists every operation and role.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.domain.roles import Operation, Role
from app.services.errors import PermissionDenied
from app.services.session import Session

_ADMIN = frozenset({Role.ADMIN})
_EVERYONE = frozenset(Role)
_CASEWORK = frozenset({Role.ADMIN, Role.COUNSELLOR})

DEFAULT_MATRIX: Mapping[Operation, frozenset[Role]] = {
    Operation.USER_LIST: _ADMIN,
    Operation.USER_CREATE: _ADMIN,
    Operation.USER_UPDATE: _ADMIN,
    Operation.USER_DISABLE: _ADMIN,
    Operation.AUDIT_VIEW: _ADMIN,
    Operation.AUDIT_VERIFY: _ADMIN,
    Operation.POLICY_VIEW: _EVERYONE,
    Operation.POLICY_UPDATE: _ADMIN,
    Operation.DATABASE_INFO: _EVERYONE,
    Operation.DATABASE_BACKUP: _ADMIN,
    Operation.INCIDENT_CREATE: _CASEWORK,
    # Everyone may view incidents; without INCIDENT_VIEW_CONFIDENTIAL the incident service gives
    # de-identified data only (no title, place, cause, course of events, timeline text, reasons),
    # and refuses text search and sorting by title, which would reveal the withheld text.
    Operation.INCIDENT_VIEW: _EVERYONE,
    Operation.INCIDENT_VIEW_CONFIDENTIAL: _CASEWORK,
    Operation.INCIDENT_UPDATE: _CASEWORK,
    Operation.INCIDENT_TRANSITION: _CASEWORK,
    Operation.INCIDENT_TIMELINE_ADD: _CASEWORK,
}


class AccessPolicy:
    def __init__(self, matrix: Mapping[Operation, frozenset[Role]] = DEFAULT_MATRIX) -> None:
        missing = set(Operation) - set(matrix)
        if missing:
            raise ValueError(f"access matrix has no rule for {sorted(missing)}")
        self._matrix = dict(matrix)
        self._session_check: Callable[[Session], None] | None = None
        self._on_denied: Callable[[Session, Operation], None] | None = None

    def bound_to(
        self,
        session_check: Callable[[Session], None],
        on_denied: Callable[[Session, Operation], None] | None = None,
    ) -> AccessPolicy:
        """The same rules, also checking that each session is live before the role is looked at.

        The Workspace binds its own check (issued by its sign-in, not ended, account neither disabled
        nor demoted since), so a service never acts on a stale or made-up Session object, and a
        recorder so that every refusal lands in the audit trail.
        """
        bound = AccessPolicy(self._matrix)
        bound._session_check = session_check
        bound._on_denied = on_denied
        return bound

    def allows(self, role: Role, operation: Operation) -> bool:
        return role in self._matrix[operation]

    def require(self, session: Session, operation: Operation) -> None:
        if self._session_check is not None:
            self._session_check(session)
        if not self.allows(session.role, operation):
            if self._on_denied is not None:
                self._on_denied(session, operation)
            raise PermissionDenied(f"Your role ({session.role.value}) may not do this ({operation.value}).")
