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
    # Who owns a case (a counsellor's display name) is office information, not case content.
    Operation.DIRECTORY_VIEW: _EVERYONE,
    Operation.INCIDENT_CREATE: _CASEWORK,
    # Everyone may view incidents; without INCIDENT_VIEW_CONFIDENTIAL the incident service gives
    # de-identified data only (no title, place, cause, course of events, timeline text, reasons),
    # and refuses text search and sorting by title, which would reveal the withheld text.
    Operation.INCIDENT_VIEW: _EVERYONE,
    Operation.INCIDENT_VIEW_CONFIDENTIAL: _CASEWORK,
    Operation.INCIDENT_UPDATE: _CASEWORK,
    Operation.INCIDENT_TRANSITION: _CASEWORK,
    Operation.INCIDENT_TIMELINE_ADD: _CASEWORK,
    # Review (app.services.case_review): everyone may read it, hr_manager without the free text and
    # without corrective-action titles (built in the service); writing is casework.
    Operation.REVIEW_VIEW: _EVERYONE,
    Operation.REVIEW_EDIT: _CASEWORK,
    # Evidence (app.services.evidence) is case content: hr_manager learns only how many items exist.
    Operation.EVIDENCE_VIEW: _CASEWORK,
    Operation.EVIDENCE_READ: _CASEWORK,
    Operation.EVIDENCE_ADD: _CASEWORK,
    Operation.EVIDENCE_CUSTODY: _CASEWORK,
    # Notifications log and breach clocks: hr_manager sees roles, channels, times and clock states
    # only (no recipient names, notes, audiences typed or late reasons), built in the services.
    Operation.NOTIFICATION_VIEW: _EVERYONE,
    Operation.NOTIFICATION_RECORD: _CASEWORK,
    # Communication drafts and templates are case text: withheld from hr_manager altogether.
    Operation.COMMUNICATION_VIEW: _CASEWORK,
    Operation.COMMUNICATION_DRAFT: _CASEWORK,
    Operation.COMMUNICATION_APPROVE: _CASEWORK,
    Operation.COMMUNICATION_TEMPLATE_EDIT: _ADMIN,
    Operation.BREACH_CLOCK_VIEW: _EVERYONE,
    Operation.BREACH_CLOCK_UPDATE: _CASEWORK,
    # People linked to incidents (app.services.people): everything about a person is casework;
    # hr_manager may only count them (PEOPLE_COUNT) and never sees a pseudonym, identity or note.
    Operation.PERSON_VIEW: _CASEWORK,
    Operation.PERSON_VIEW_CONFIDENTIAL: _CASEWORK,
    Operation.PERSON_MANAGE: _CASEWORK,
    Operation.SCREENING_RECORD: _CASEWORK,
    Operation.FOLLOW_UP_UPDATE: _CASEWORK,
    Operation.CLINICAL_NOTE_ADD: _CASEWORK,
    Operation.PEOPLE_COUNT: _EVERYONE,
    # Response-plan templates (app.services.response_plans): casework reads them, admins edit them.
    Operation.PLAN_VIEW: _CASEWORK,
    Operation.PLAN_TEMPLATE_EDIT: _ADMIN,
    # The risk register (app.services.risks) holds no personal data: everyone reads and exports it.
    # Changing it is casework; the office policy risk.counsellors_may_edit (checked in the service,
    # refusals audited like these) can keep counsellors out of edit, review and import.
    Operation.RISK_VIEW: _EVERYONE,
    Operation.RISK_EDIT: _CASEWORK,
    Operation.RISK_REVIEW: _CASEWORK,
    Operation.RISK_IMPORT: _CASEWORK,
    Operation.RISK_EXPORT: _EVERYONE,
    Operation.RISK_SOURCES_EDIT: _ADMIN,
    # The on-call rota (app.services.oncall): everyone sees who is on call and their hours (HR pays
    # the allowances); admins keep the rota. Contact numbers and the reasons given for overrides and
    # swaps (often medical) are casework only: hr_manager gets them as None, built in the service.
    Operation.ONCALL_VIEW: _EVERYONE,
    Operation.ONCALL_MANAGE: _ADMIN,
    Operation.ONCALL_CONTACTS: _CASEWORK,
    Operation.ONCALL_HOURS_EXPORT: _EVERYONE,
    # The .ics export (app.services.calendar_export) carries no confidential text; what it includes
    # still follows the caller's role (no follow-ups for hr_manager, who may not see people).
    Operation.CALENDAR_EXPORT: _EVERYONE,
    # Drills (app.services.drills) hold no personal data beyond optional participant labels, withheld
    # from hr_manager with finding texts and action titles (built in the service). Surprise drills are
    # hidden from everyone but admins until they start (app.domain.drills.visible_to, in the service),
    # so only admins may plan one: a counsellor who planned it would know it is coming.
    Operation.DRILL_VIEW: _EVERYONE,
    Operation.DRILL_MANAGE: _CASEWORK,
    Operation.DRILL_RUN: _CASEWORK,
    Operation.DRILL_PLAN_SURPRISE: _ADMIN,
    # PDF reports (app.services.reports): the internal incident summary carries case text and
    # pseudonyms (casework only); the board version is de-identified whoever asks, so HR may have it.
    Operation.REPORT_INCIDENT_INTERNAL: _CASEWORK,
    Operation.REPORT_INCIDENT_BOARD: _EVERYONE,
    # The period board report is de-identified and suppressed throughout; the drill after-action
    # report names roles and departments, never people: both are for everyone who reads reports.
    Operation.REPORT_BOARD: _EVERYONE,
    Operation.REPORT_DRILL: _EVERYONE,
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
