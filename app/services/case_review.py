"""The review section of an incident (總結與改進) and its corrective actions.

What "filled" means, and why open corrective actions do not block closing, is in
``app.domain.case_review``; ``IncidentService.transition`` reads the stored review when an incident
is closed as reviewed. This service writes and reads the review and the actions.

Access. Everyone may read (``REVIEW_VIEW``); counsellors and admins may write (``REVIEW_EDIT``).
The review fields are free text that routinely names people ("the team lead did not pass on
Zhang San's disclosure"), so a caller without ``INCIDENT_VIEW_CONFIDENTIAL`` (hr_manager) gets them
as ``None`` and corrective actions without their titles: only owner role or account, due date and
status, which is what the board report's "open corrective actions" needs. Which fields are still
missing is shown to everyone: it says how far the review is, not what it says.

Audit: every write names the incident code, the field names and statuses, never the text; a
counsellor's or admin's read of the review text is audited as ``incident_review.viewed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.case_review import (
    ALL_FIELDS,
    ActionInput,
    ActionStatus,
    ReviewInput,
    missing_fields,
)
from app.domain.crisis_roles import CrisisRole
from app.domain.incidents import IncidentInvalid, Problem
from app.domain.lifecycle import Status
from app.domain.roles import Operation
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput
from app.services.incidents import IncidentInputInvalid, IncidentService, existing_incident, is_deidentified
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.incidents_repository import IncidentRow, IncidentsRepository
from app.storage.review_repository import ActionRow, ReviewRepository

DUE_RANGE_MAX_DAYS = 3 * 366  # a calendar asks for a month or a quarter; this stops a runaway query


@dataclass(frozen=True, slots=True)
class CorrectiveActionView:
    """One corrective action; ``title`` is ``None`` when de-identified."""

    id: int
    incident_id: int
    title: str | None
    owner_role: CrisisRole | None
    owner_user_id: int | None
    due_on: date
    status: ActionStatus
    done_at: datetime | None
    created_at: datetime
    updated_at: datetime
    deidentified: bool

    @property
    def is_open(self) -> bool:
        return self.status.is_open

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due_on < today

    def __repr__(self) -> str:
        return f"CorrectiveActionView(id={self.id}, status={self.status.value})"


@dataclass(frozen=True, slots=True)
class CorrectiveActionDue:
    """A corrective action falling due in a period, with its incident's code (for a calendar)."""

    action: CorrectiveActionView
    incident_code: str
    is_drill: bool
    is_test: bool

    def __repr__(self) -> str:
        return f"CorrectiveActionDue(id={self.action.id}, incident={self.incident_code})"


@dataclass(frozen=True, slots=True)
class ReviewView:
    """The review section as the caller may see it; the texts are ``None`` when de-identified."""

    incident_id: int
    incident_status: Status
    deidentified: bool
    root_cause: str | None
    recovery_plan: str | None
    effect_evaluation: str | None
    lessons_learned: str | None
    plan_revisions: str | None
    missing: tuple[str, ...]  # required fields still empty (names from app.domain.case_review)
    updated_at: datetime | None
    updated_by: int | None
    actions: tuple[CorrectiveActionView, ...] = ()

    @property
    def complete(self) -> bool:
        """The four required fields are filled: the incident may be closed as reviewed."""
        return not self.missing

    @property
    def open_actions(self) -> int:
        return sum(1 for a in self.actions if a.is_open)

    @property
    def can_close(self) -> bool:
        """Closing as reviewed would be accepted now (resolved, review filled)."""
        return self.complete and self.incident_status is Status.RESOLVED

    def __repr__(self) -> str:
        return f"ReviewView(incident_id={self.incident_id}, missing={list(self.missing)})"


def _action_view(row: ActionRow, deidentified: bool) -> CorrectiveActionView:
    return CorrectiveActionView(
        id=row.id,
        incident_id=row.incident_id,
        title=None if deidentified else row.title,
        owner_role=CrisisRole(row.owner_role) if row.owner_role else None,
        owner_user_id=row.owner_user_id,
        due_on=row.due_on,
        status=ActionStatus(row.status),
        done_at=row.done_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deidentified=deidentified,
    )


def _action_input(**values: object) -> ActionInput:
    try:
        return ActionInput(**values)  # type: ignore[arg-type]
    except IncidentInvalid as error:
        raise IncidentInputInvalid(error.problems) from None
    except TypeError:
        raise InvalidInput("A corrective action needs a title, an owner and a due date.") from None


class ReviewService:
    def __init__(self, db: Database, policy: AccessPolicy, incidents: IncidentService) -> None:
        self._db = db
        self._policy = policy
        self._incidents = incidents
        self._repo = ReviewRepository(db)
        self._incident_repo = IncidentsRepository(db)

    def _deidentified(self, session: Session) -> bool:
        return is_deidentified(self._policy, session)

    def _require_incident(self, incident_id: object) -> IncidentRow:
        return existing_incident(self._incident_repo, incident_id)

    def _require_action(self, action_id: object) -> ActionRow:
        row = self._repo.action(action_id) if isinstance(action_id, int) else None
        if row is None:
            raise InvalidInput("That corrective action does not exist.")
        return row

    def _view(self, incident: IncidentRow, deidentified: bool) -> ReviewView:
        review = self._repo.review(incident.id)
        values = review.values() if review else dict.fromkeys(ALL_FIELDS, "")
        texts = {name: None if deidentified else values[name] for name in ALL_FIELDS}
        return ReviewView(
            incident_id=incident.id,
            incident_status=Status(incident.status),
            deidentified=deidentified,
            missing=missing_fields(values),
            updated_at=review.updated_at if review else None,
            updated_by=review.updated_by if review else None,
            actions=tuple(_action_view(a, deidentified) for a in self._repo.actions(incident.id)),
            **texts,  # type: ignore[arg-type]
        )

    # -- the review -------------------------------------------------------------------------------

    def get(self, session: Session, incident_id: int) -> ReviewView:
        """The review and the corrective actions; a counsellor's or admin's read is audited."""
        self._policy.require(session, Operation.REVIEW_VIEW)
        deidentified = self._deidentified(session)
        view = self._view(self._require_incident(incident_id), deidentified)
        if not deidentified:
            with self._db.transaction() as conn:
                AuditRepository.append(
                    conn,
                    [AuditEvent(session.username, "incident_review.viewed", "incident", str(incident_id))],
                    utc_now(),
                )
        return view

    def save(
        self,
        session: Session,
        incident_id: int,
        *,
        root_cause: str = "",
        recovery_plan: str = "",
        effect_evaluation: str = "",
        lessons_learned: str = "",
        plan_revisions: str = "",
        now: datetime | None = None,
    ) -> ReviewView:
        """Replace the review section (all five fields); empty fields are allowed while drafting.

        A closed incident's review is not changed: reopen it (reviewed → resolved) first, so the
        review that closed it stays the one on record until it is reopened with a reason.
        """
        self._policy.require(session, Operation.REVIEW_EDIT)
        try:
            typed = ReviewInput(
                root_cause=root_cause,
                recovery_plan=recovery_plan,
                effect_evaluation=effect_evaluation,
                lessons_learned=lessons_learned,
                plan_revisions=plan_revisions,
            )
        except IncidentInvalid as error:
            raise IncidentInputInvalid(error.problems) from None
        now = now or utc_now()
        new = {name: getattr(typed, name) for name in ALL_FIELDS}
        with self._db.transaction() as conn:
            incident = self._require_incident(incident_id)
            if Status(incident.status).is_closed:
                raise InvalidInput("The incident is closed: reopen it before changing its review.")
            stored = ReviewRepository.review_in(conn, incident.id)
            old = stored.values() if stored else dict.fromkeys(ALL_FIELDS, "")
            changed = sorted(name for name in ALL_FIELDS if new[name] != old[name])
            if changed:
                ReviewRepository.put_review(conn, incident.id, new, now=now, user_id=session.user_id)
                IncidentsRepository.update(conn, incident.id, now)
                AuditRepository.append(
                    conn,
                    [
                        AuditEvent(
                            session.username,
                            "incident_review.updated",
                            "incident",
                            str(incident.id),
                            {
                                "incident": incident.code,
                                "fields": changed,
                                "complete": not missing_fields(new),
                            },
                        )
                    ],
                    now,
                )
        return self._view(self._require_incident(incident_id), self._deidentified(session))

    # -- corrective actions -----------------------------------------------------------------------

    def add_action(
        self,
        session: Session,
        incident_id: int,
        *,
        title: str,
        due_on: date,
        owner_role: CrisisRole | str | None = None,
        owner_user_id: int | None = None,
        status: ActionStatus | str = ActionStatus.OPEN,
        now: datetime | None = None,
    ) -> CorrectiveActionView:
        """Add a corrective action owned by a crisis role or by an active counsellor/admin account."""
        self._policy.require(session, Operation.REVIEW_EDIT)
        typed = _action_input(
            title=title, due_on=due_on, owner_role=owner_role, owner_user_id=owner_user_id, status=status
        )
        now = now or utc_now()
        with self._db.transaction() as conn:
            incident = self._require_incident(incident_id)
            if typed.owner_user_id is not None:
                self._incidents.require_assignable(typed.owner_user_id)
            role = typed.owner_role.value if isinstance(typed.owner_role, CrisisRole) else None
            status_value = ActionStatus(typed.status)
            action_id = ReviewRepository.insert_action(
                conn,
                incident.id,
                title=typed.title,
                owner_role=role,
                owner_user_id=typed.owner_user_id,
                due_on=typed.due_on,
                status=status_value.value,
                done_at=now if status_value is ActionStatus.DONE else None,
                now=now,
                user_id=session.user_id,
            )
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "corrective_action.added",
                        "corrective_action",
                        str(action_id),
                        {
                            "incident": incident.code,
                            "status": status_value.value,
                            "due_on": typed.due_on.isoformat(),
                        },
                    )
                ],
                now,
            )
        return self._action(session, action_id)

    def update_action(
        self,
        session: Session,
        action_id: int,
        *,
        title: str,
        due_on: date,
        owner_role: CrisisRole | str | None = None,
        owner_user_id: int | None = None,
        status: ActionStatus | str = ActionStatus.OPEN,
        now: datetime | None = None,
    ) -> CorrectiveActionView:
        """Replace an action's title, owner, due date and status; audited with the changed field names.

        Reaching ``done`` stamps the time it was done; leaving ``done`` clears it.
        """
        self._policy.require(session, Operation.REVIEW_EDIT)
        typed = _action_input(
            title=title, due_on=due_on, owner_role=owner_role, owner_user_id=owner_user_id, status=status
        )
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_action(action_id)
            if typed.owner_user_id is not None and typed.owner_user_id != row.owner_user_id:
                self._incidents.require_assignable(typed.owner_user_id)
            role = typed.owner_role.value if isinstance(typed.owner_role, CrisisRole) else None
            status_value = ActionStatus(typed.status)
            new = {
                "title": typed.title,
                "owner_role": role,
                "owner_user_id": typed.owner_user_id,
                "due_on": typed.due_on,
                "status": status_value.value,
            }
            changed = sorted(name for name, value in new.items() if value != getattr(row, name))
            if changed:
                done_at = row.done_at if status_value is ActionStatus.DONE else None
                if status_value is ActionStatus.DONE and row.status != ActionStatus.DONE.value:
                    done_at = now
                ReviewRepository.update_action(
                    conn,
                    row.id,
                    title=typed.title,
                    owner_role=role,
                    owner_user_id=typed.owner_user_id,
                    due_on=typed.due_on,
                    status=status_value.value,
                    done_at=done_at,
                    now=now,
                )
                detail: dict[str, object] = {"fields": changed}
                if "status" in changed:
                    detail.update({"from": row.status, "to": status_value.value})
                AuditRepository.append(
                    conn,
                    [
                        AuditEvent(
                            session.username,
                            "corrective_action.updated",
                            "corrective_action",
                            str(row.id),
                            detail,
                        )
                    ],
                    now,
                )
        return self._action(session, action_id)

    def set_action_status(
        self, session: Session, action_id: int, status: ActionStatus | str, *, now: datetime | None = None
    ) -> CorrectiveActionView:
        """Move an action to ``status`` (e.g. mark it done) keeping everything else."""
        self._policy.require(session, Operation.REVIEW_EDIT)
        row = self._require_action(action_id)
        return self.update_action(
            session,
            action_id,
            title=row.title,
            due_on=row.due_on,
            owner_role=row.owner_role,
            owner_user_id=row.owner_user_id,
            status=status,
            now=now,
        )

    def _action(self, session: Session, action_id: int) -> CorrectiveActionView:
        return _action_view(self._require_action(action_id), self._deidentified(session))

    def actions_due(
        self, session: Session, first: date, last: date, *, open_only: bool = False
    ) -> tuple[CorrectiveActionDue, ...]:
        """Corrective actions due from ``first`` to ``last`` (both included), for a calendar.

        Titles are withheld from a de-identified caller; drills and tests are flagged so a calendar
        can mark them and a report can leave them out.
        """
        self._policy.require(session, Operation.REVIEW_VIEW)
        for name, value in (("first", first), ("last", last)):
            if isinstance(value, datetime) or not isinstance(value, date):
                raise IncidentInputInvalid((Problem(name, "must be a date"),))
        if last < first:
            raise IncidentInputInvalid((Problem("last", "cannot be before the first day"),))
        if (last - first).days > DUE_RANGE_MAX_DAYS:
            raise IncidentInputInvalid(
                (Problem("last", f"the period can be at most {DUE_RANGE_MAX_DAYS} days"),)
            )
        statuses = tuple(s.value for s in ActionStatus if s.is_open) if open_only else ()
        deidentified = self._deidentified(session)
        return tuple(
            CorrectiveActionDue(_action_view(r.action, deidentified), r.incident_code, r.is_drill, r.is_test)
            for r in self._repo.due_between(first, last, statuses=statuses)
        )
