"""Incidents: create, read (whole or de-identified), list by pages, move through the lifecycle, log.

Every method checks the access policy first. Whether a caller sees an incident's free text is the
policy's ``INCIDENT_VIEW_CONFIDENTIAL`` decision (counsellors and admins): anyone else (hr_manager)
gets a de-identified view, built here in the service, with the title, place, departments, cause,
course of events, information sources, grade-override reason, timeline text and status-change
reasons withheld (``None``) and ``deidentified=True``. A title is withheld too: it is typed freely
and often names the person ("Zhang San self-harm risk"). For the same reason a de-identified caller
may neither search the text nor sort by title: either would reveal the withheld text bit by bit.

Audit entries name what happened (codes, categories, grades, statuses, ids), never the text.
Reads of an incident's confidential detail are audited as ``incident.viewed``.

Case edits after creation: a new grade (re-graded from new answers; an override of the suggestion
needs a reason; every change kept in the grade history), a new owner (an active account that may
see case text), checklist steps added on the fly (their titles are case content, so a de-identified
viewer gets them as ``""`` with ``withheld=True``).

Timeline entries are signed when saved (``app.domain.signed_entries``) and lock after the office's
``ENTRY_LOCK_HOURS`` counted from when the entry was first saved. Within that period the author
alone may correct an entry (``correct_timeline_entry``; it is signed again); after it, or for anyone
else, only an addendum (``add_timeline_addendum``) may be added, which keeps the original as written.
Each ``TimelineEntryView`` says whether its signature still holds, whether it is locked, and which
entry it amends.

Closing as ``reviewed`` needs the review section (``app.services.case_review``) filled: root cause,
recovery plan, effect evaluation and lessons learned. Open corrective actions do not block closing.

Next due time: every incident stores ``next_due_at`` (``incident_next_due``: the earliest due instant
of its unmet acknowledge and start-response clocks and its open checklist steps; ``None`` when
closed or nothing is due). Every write here that can move it (create, facts, transition, grade,
checklist step added or done, the office's response targets changed) stores it again in the same
transaction. The case list's "next due" column and its overdue filter both read it, so they agree:
a case is overdue exactly when its next due time has passed. Response targets are the office policy
(``PolicyService.response_targets``), read when needed, so a change applies at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from app.domain.case_review import missing_fields
from app.domain.clocks import Clock, ResponseTargets, incident_clocks
from app.domain.crisis_roles import CrisisRole
from app.domain.grading import (
    Grade,
    GradeDecision,
    GradeOverrideRefused,
    GradeSuggestion,
    GradingInput,
    suggest_grade,
)
from app.domain.incidents import (
    DEPARTMENT_MAX,
    EARLIEST_TIME,
    REAL,
    TEXT_MAX,
    TITLE_MAX,
    Impact,
    IncidentCategory,
    IncidentFacts,
    IncidentFlags,
    IncidentInvalid,
    InformationSource,
    Problem,
    future_time_problems,
)
from app.domain.lifecycle import CLOSED, Status, TransitionRefused
from app.domain.lifecycle import transition as lifecycle_transition
from app.domain.response_plans import instantiate
from app.domain.roles import Operation
from app.domain.signed_entries import EntryLocked, SignedContent, check_editable, is_locked, locks_at, sign
from app.domain.signed_entries import signature_holds as signature_holds_for
from app.domain.text_input import aware_moment, clean_line, clean_text
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput
from app.services.policy import ENTRY_LOCK_HOURS, PolicyService
from app.services.response_plans import template_in_effect
from app.services.response_targets import (
    RESPONSE_TARGET_SETTINGS,
    response_targets_from_minutes,
    target_minutes,
)
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.incidents_repository import (
    ChecklistRow,
    GradeChangeRow,
    IncidentFilters,
    IncidentListRow,
    IncidentRow,
    IncidentsRepository,
    NewChecklistItem,
    StatusChangeRow,
    TimelineRow,
    normalise_query,
)
from app.storage.meta_repository import PolicyRepository
from app.storage.review_repository import ReviewRepository
from app.storage.users_repository import UsersRepository

CODE_PREFIX = "INC"
PAGE_LIMIT_MAX = 500
SORT_COLUMNS = ("code", "title", "category", "grade", "status", "reported_at", "created_at", "updated_at")


class IncidentInputInvalid(InvalidInput):
    """Incident input that breaks a rule; ``problems`` lists every field (for a form). Nothing was saved."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__(str(IncidentInvalid(problems)))
        self.problems = problems


class TimelineEntryLocked(InvalidInput):
    """The entry may no longer be corrected (locked, or not the caller's own): add an addendum instead."""


# -- what callers receive ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimelineEntryView:
    id: int
    at: datetime
    author_user_id: int | None
    department: str | None  # None when de-identified
    text: str | None  # None when de-identified
    signed_at: datetime | None = None  # when the text shown was signed (a correction signs again)
    signature_valid: bool | None = None  # None: written before entries were signed
    locked: bool = False  # past the lock period: only addenda from now on
    locks_at: datetime | None = None
    parent_id: int | None = None  # an addendum: the entry it amends (which stays as written)
    corrected: bool = False  # corrected by its author within the lock period

    @property
    def is_addendum(self) -> bool:
        return self.parent_id is not None

    def __repr__(self) -> str:
        return f"TimelineEntryView(id={self.id})"


@dataclass(frozen=True, slots=True)
class GradeChangeView:
    from_grade: Grade
    to_grade: Grade
    suggested_grade: Grade
    reason: str | None  # None when none was given or when de-identified
    at: datetime
    user_id: int | None


@dataclass(frozen=True, slots=True)
class OwnerOption:
    """An account an incident (or a corrective action) can be given to."""

    user_id: int
    username: str
    display_name: str

    def __repr__(self) -> str:
        return f"OwnerOption(user_id={self.user_id})"


@dataclass(frozen=True, slots=True)
class StatusChangeView:
    from_status: Status
    to_status: Status
    reason: str | None  # None when none was given or when de-identified
    at: datetime
    user_id: int | None


@dataclass(frozen=True, slots=True)
class ChecklistItemView:
    id: int
    order: int
    code: str | None
    title_en: str  # template text, not case content
    title_zh: str
    role: str
    due_at: datetime
    done_at: datetime | None
    done_by: int | None
    added_by: int | None = None  # a step added on the fly; its title is case content
    withheld: bool = False  # the title of a step added on the fly, withheld ("") when de-identified


@dataclass(frozen=True, slots=True)
class IncidentView:
    """One incident as a caller may see it; free-text fields are ``None`` when ``deidentified``."""

    id: int
    code: str
    category: IncidentCategory
    grade: Grade
    suggested_grade: Grade
    status: Status
    reported_at: datetime
    occurred_at: datetime | None
    detected_at: datetime | None
    people_involved: int
    impact: Impact
    is_drill: bool
    is_test: bool
    owner_user_id: int | None
    created_at: datetime
    updated_at: datetime
    acknowledged_at: datetime | None
    response_started_at: datetime | None
    contained_at: datetime | None
    resolved_at: datetime | None
    reviewed_at: datetime | None
    deidentified: bool
    title: str | None
    place: str | None
    departments: tuple[str, ...] | None
    cause: str | None
    course_of_events: str | None
    sources: tuple[InformationSource, ...] | None
    grade_override_reason: str | None
    timeline: tuple[TimelineEntryView, ...] = ()
    status_changes: tuple[StatusChangeView, ...] = ()
    checklist: tuple[ChecklistItemView, ...] = ()
    grade_changes: tuple[GradeChangeView, ...] = ()

    @property
    def flags(self) -> IncidentFlags:
        return IncidentFlags(is_drill=self.is_drill, is_test=self.is_test)

    def __repr__(self) -> str:
        return f"IncidentView(id={self.id}, code={self.code}, status={self.status.value})"


@dataclass(frozen=True, slots=True)
class IncidentSummary:
    """One line of the case list. ``title`` is ``None`` when de-identified."""

    id: int
    code: str
    title: str | None
    category: IncidentCategory
    grade: Grade
    status: Status
    reported_at: datetime
    created_at: datetime
    updated_at: datetime
    owner_user_id: int | None
    is_drill: bool
    is_test: bool
    # the earliest unmet response clock or open checklist step (as stored); None when closed or none due
    next_due_at: datetime | None
    deidentified: bool

    def __repr__(self) -> str:
        return f"IncidentSummary(id={self.id}, code={self.code})"


@dataclass(frozen=True, slots=True)
class IncidentQuery:
    """What the case list asks for: filters, order, and a page (by offset or after a keyset)."""

    statuses: tuple[Status, ...] = ()
    grades: tuple[Grade, ...] = ()
    categories: tuple[IncidentCategory, ...] = ()
    overdue: bool = False
    text: str | None = None
    sort_column: str = "updated_at"
    descending: bool = True
    offset: int = 0
    after: tuple[Any, int] | None = None  # (sort value, id) of the previous page's last row
    limit: int = 50


@dataclass(frozen=True, slots=True)
class IncidentPage:
    rows: tuple[IncidentSummary, ...]
    next_after: tuple[Any, int] | None  # pass as ``IncidentQuery.after`` for the next page; None at the end


@dataclass(frozen=True, slots=True)
class CreatedIncident:
    incident: IncidentView
    suggestion: GradeSuggestion = field(repr=False)


# -- conversions --------------------------------------------------------------------------------------


def _fields_of(facts: IncidentFacts) -> dict[str, Any]:
    impact = facts.impact
    return {
        "title": facts.title,
        "category": facts.category.value,
        "occurred_at": facts.occurred_at,
        "detected_at": facts.detected_at,
        "reported_at": facts.reported_at,
        "place": facts.place,
        "departments": list(facts.departments),
        "cause": facts.cause,
        "course_of_events": facts.course_of_events,
        "people_involved": facts.people_involved,
        "impact": {
            **{area: int(getattr(impact, area)) for area in Impact.AREAS},
            "direct_loss": impact.direct_loss,
            "indirect_loss": impact.indirect_loss,
        },
        "sources": [{"description": s.description, "verified": s.verified} for s in facts.sources],
    }


def _stored_fields(row: IncidentRow) -> dict[str, Any]:
    return {
        "title": row.title,
        "category": row.category,
        "occurred_at": row.occurred_at,
        "detected_at": row.detected_at,
        "reported_at": row.reported_at,
        "place": row.place,
        "departments": list(row.departments),
        "cause": row.cause,
        "course_of_events": row.course_of_events,
        "people_involved": row.people_involved,
        "impact": dict(row.impact),
        "sources": [dict(s) for s in row.sources],
    }


def _impact(stored: dict[str, Any]) -> Impact:
    return Impact(
        **{area: stored.get(area, 0) for area in Impact.AREAS},
        direct_loss=stored.get("direct_loss"),
        indirect_loss=stored.get("indirect_loss"),
    )


def incident_next_due(
    row: IncidentRow | IncidentListRow, earliest_open_step: datetime | None, targets: ResponseTargets
) -> datetime | None:
    """When the incident next falls due: the earliest unmet response clock or open checklist step.

    ``None`` once it is closed (dismissed or reviewed) or when nothing is due. This is what the
    incident stores as ``next_due_at`` (the overdue filter and the list's "next due" column), and
    what migration 0006 computes in SQL for the default targets.
    """
    if Status(row.status).is_closed:
        return None
    candidates = [] if earliest_open_step is None else [earliest_open_step.astimezone(UTC)]
    if row.response_started_at is None:
        # As incident_clocks counts them (elapsed time from the report, in UTC): acknowledging comes
        # first while not acknowledged (its target is never the longer), then starting the response.
        # Computed here without building the clocks, so that inconsistent stored times (a report
        # moved after its acknowledgement) still give a due time instead of refusing the write.
        grade_targets = targets.for_grade(row.grade)
        target = grade_targets.acknowledge if row.acknowledged_at is None else grade_targets.start_response
        candidates.append(row.reported_at.astimezone(UTC) + target)
    return min(candidates, default=None)


def _summary(row: IncidentListRow, deidentified: bool) -> IncidentSummary:
    return IncidentSummary(
        id=row.id,
        code=row.code,
        title=None if deidentified else row.title,
        category=IncidentCategory(row.category),
        grade=Grade(row.grade),
        status=Status(row.status),
        reported_at=row.reported_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        owner_user_id=row.owner_user_id,
        is_drill=row.is_drill,
        is_test=row.is_test,
        next_due_at=row.next_due_at,
        deidentified=deidentified,
    )


def timeline_content(row: TimelineRow, author: str, signed_at: datetime) -> SignedContent:
    """What a timeline entry's signature covers: the one definition for signing and for checking."""
    return SignedContent(
        kind="addendum" if row.parent_id is not None else "timeline",
        entry_id=row.id,
        author=author,
        at=row.at,
        signed_at=signed_at.astimezone(UTC),
        text=row.text,
        parent_id=row.parent_id,
    )


def _signed_content(row: TimelineRow) -> SignedContent | None:
    if row.signature is None or row.signed_by is None or row.signed_at is None:
        return None
    return timeline_content(row, row.signed_by, row.signed_at)


def signature_holds(row: TimelineRow) -> bool | None:
    """Whether the stored text is the text that was signed (``None``: never signed)."""
    content = _signed_content(row)
    if content is None or row.signature is None:
        return None
    return signature_holds_for(content, row.signature)


def _timeline_view(
    row: TimelineRow,
    deidentified: bool,
    lock_after: timedelta = timedelta(hours=24),
    now: datetime | None = None,
) -> TimelineEntryView:
    now = now or utc_now()
    return TimelineEntryView(
        id=row.id,
        at=row.at,
        author_user_id=row.author_user_id,
        department=None if deidentified else row.department,
        text=None if deidentified else row.text,
        signed_at=row.signed_at,
        signature_valid=signature_holds(row),
        locked=is_locked(row.created_at, now, lock_after),
        locks_at=locks_at(row.created_at, lock_after),
        parent_id=row.parent_id,
        corrected=row.signed_at is not None and row.signed_at != row.created_at,
    )


def _grade_change_view(row: GradeChangeRow, deidentified: bool) -> GradeChangeView:
    return GradeChangeView(
        Grade(row.from_grade),
        Grade(row.to_grade),
        Grade(row.suggested_grade),
        None if deidentified else row.reason,
        row.at,
        row.user_id,
    )


def _status_view(row: StatusChangeRow, deidentified: bool) -> StatusChangeView:
    return StatusChangeView(
        Status(row.from_status),
        Status(row.to_status),
        None if deidentified else row.reason,
        row.at,
        row.user_id,
    )


def _checklist_view(row: ChecklistRow, deidentified: bool = False) -> ChecklistItemView:
    withheld = deidentified and row.added_by is not None
    return ChecklistItemView(
        row.id,
        row.step_order,
        row.code,
        "" if withheld else row.title_en,
        "" if withheld else row.title_zh,
        row.role,
        row.due_at,
        row.done_at,
        row.done_by,
        row.added_by,
        withheld,
    )


def _aware(name: str, value: object) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise IncidentInputInvalid((Problem(name, "must be a date and time with a time zone"),))
    if value < EARLIEST_TIME:
        raise IncidentInputInvalid((Problem(name, f"cannot be before {EARLIEST_TIME.year}"),))
    return value.astimezone(UTC)


def _clean_step_title(title: object) -> str:
    problems: list[Problem] = []
    cleaned = clean_line("title", title, problems, maximum=TITLE_MAX, required=True)
    if problems:
        raise IncidentInputInvalid(tuple(problems))
    return cleaned


def _clean_entry_text(text: object) -> str:
    problems: list[Problem] = []
    cleaned = clean_text("text", text, problems, maximum=TEXT_MAX, required=True)
    if problems:
        raise IncidentInputInvalid(tuple(problems))
    return cleaned


def _clean_department(department: object) -> str:
    problems: list[Problem] = []
    cleaned = clean_line("department", department, problems, maximum=DEPARTMENT_MAX)
    if problems:
        raise IncidentInputInvalid(tuple(problems))
    return cleaned


def existing_incident(incidents: IncidentsRepository, incident_id: object) -> IncidentRow:
    """The incident a request names; every service that works on one refuses a bad id the same way."""
    row = incidents.by_id(incident_id) if isinstance(incident_id, int) else None
    if row is None:
        raise InvalidInput("That incident does not exist.")
    return row


def is_deidentified(policy: AccessPolicy, session: Session) -> bool:
    """Whether this session gets incidents with their confidential fields withheld (hr_manager)."""
    return not policy.allows(session.role, Operation.INCIDENT_VIEW_CONFIDENTIAL)


# -- the service ------------------------------------------------------------------------------------


class IncidentService:
    def __init__(self, db: Database, policy: AccessPolicy, targets: ResponseTargets | None = None) -> None:
        self._db = db
        self._policy = policy
        self._repo = IncidentsRepository(db)
        self._fixed_targets = targets  # None: the office policy, read when needed
        self._settings = PolicyService(db, policy)

    def response_targets(self) -> ResponseTargets:
        """The response targets in force: the office policy, unless fixed when the service was built."""
        return self._fixed_targets or self._settings.response_targets()

    def _refresh_next_due(self, conn: Any, incident_id: int, targets: ResponseTargets | None = None) -> None:
        """Store the incident's next due time as it now stands in the transaction."""
        found = IncidentsRepository.due_inputs_in(conn, incident_id)
        if found is None:
            return
        row, earliest_step = found
        due = incident_next_due(row, earliest_step, targets or self.response_targets())
        if due != row.next_due_at:
            IncidentsRepository.set_next_due(conn, incident_id, due)

    def lock_period(self) -> timedelta:
        """How long after saving a timeline entry its author may still correct it (office policy)."""
        return timedelta(hours=self._settings.value(ENTRY_LOCK_HOURS))

    def _deidentified(self, session: Session) -> bool:
        return is_deidentified(self._policy, session)

    def _require_row(self, incident_id: int) -> IncidentRow:
        return existing_incident(self._repo, incident_id)

    def _view(self, row: IncidentRow, deidentified: bool) -> IncidentView:
        hide = deidentified
        lock_after, now = self.lock_period(), utc_now()
        return IncidentView(
            id=row.id,
            code=row.code,
            category=IncidentCategory(row.category),
            grade=Grade(row.grade),
            suggested_grade=Grade(row.suggested_grade),
            status=Status(row.status),
            reported_at=row.reported_at,
            occurred_at=row.occurred_at,
            detected_at=row.detected_at,
            people_involved=row.people_involved,
            impact=_impact(row.impact),
            is_drill=row.is_drill,
            is_test=row.is_test,
            owner_user_id=row.owner_user_id,
            created_at=row.created_at,
            updated_at=row.updated_at,
            acknowledged_at=row.acknowledged_at,
            response_started_at=row.response_started_at,
            contained_at=row.contained_at,
            resolved_at=row.resolved_at,
            reviewed_at=row.reviewed_at,
            deidentified=hide,
            title=None if hide else row.title,
            place=None if hide else row.place,
            departments=None if hide else row.departments,
            cause=None if hide else row.cause,
            course_of_events=None if hide else row.course_of_events,
            sources=None
            if hide
            else tuple(InformationSource(s["description"], bool(s["verified"])) for s in row.sources),
            grade_override_reason=None if hide else row.grade_override_reason,
            timeline=tuple(_timeline_view(t, hide, lock_after, now) for t in self._repo.timeline(row.id)),
            status_changes=tuple(_status_view(c, hide) for c in self._repo.status_changes(row.id)),
            checklist=tuple(_checklist_view(c, hide) for c in self._repo.checklist(row.id)),
            grade_changes=tuple(_grade_change_view(g, hide) for g in self._repo.grade_changes(row.id)),
        )

    # -- creating ---------------------------------------------------------------------------------

    def create(
        self,
        session: Session,
        facts: IncidentFacts,
        grading: GradingInput,
        *,
        chosen_grade: Grade | str | None = None,
        override_reason: str | None = None,
        flags: IncidentFlags = REAL,
        now: datetime | None = None,
    ) -> CreatedIncident:
        """Record a new incident in ``reported`` status with the next code of the year.

        The grade is suggested from ``grading``; ``chosen_grade`` (default: the suggestion) needs
        ``override_reason`` when it differs. The creator owns the incident.
        """
        self._policy.require(session, Operation.INCIDENT_CREATE)
        if not isinstance(facts, IncidentFacts):
            raise InvalidInput("An incident needs its facts.")
        if not isinstance(grading, GradingInput):
            raise InvalidInput("An incident needs its grading answers.")
        if not isinstance(flags, IncidentFlags):
            raise InvalidInput("Say whether the incident is a drill, a test or real.")
        now = now or utc_now()
        future = future_time_problems(facts, now)
        if future:
            raise IncidentInputInvalid(future)
        suggestion = suggest_grade(facts.category, grading)
        try:
            decision = GradeDecision(
                suggestion.grade,
                chosen_grade if chosen_grade is not None else suggestion.grade,
                override_reason,
            )
        except GradeOverrideRefused as error:
            raise IncidentInputInvalid((Problem("grade", str(error)),)) from None
        year = now.astimezone(UTC).year
        with self._db.transaction() as conn:
            number = IncidentsRepository.next_code_number(conn, year)
            code = f"{CODE_PREFIX}-{year}-{number:04d}"
            incident_id = IncidentsRepository.insert(
                conn,
                code=code,
                code_year=year,
                code_number=number,
                fields={
                    **_fields_of(facts),
                    "grade": decision.chosen.value,
                    "suggested_grade": decision.suggested.value,
                    "grade_override_reason": decision.override_reason,
                    "status": Status.REPORTED.value,
                    "owner_user_id": session.user_id,
                },
                is_drill=flags.is_drill,
                is_test=flags.is_test,
                now=now,
            )
            self._refresh_next_due(conn, incident_id)
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "incident.created",
                        "incident",
                        str(incident_id),
                        {"code": code, "category": facts.category.value, "grade": decision.chosen.value},
                    )
                ],
                now,
            )
        return CreatedIncident(
            self._view(self._require_row(incident_id), self._deidentified(session)), suggestion
        )

    def update_facts(
        self, session: Session, incident_id: int, facts: IncidentFacts, *, now: datetime | None = None
    ) -> IncidentView:
        """Replace the recorded facts (as the picture becomes clearer); audited with the field names."""
        self._policy.require(session, Operation.INCIDENT_UPDATE)
        if not isinstance(facts, IncidentFacts):
            raise InvalidInput("An incident needs its facts.")
        now = now or utc_now()
        future = future_time_problems(facts, now)
        if future:
            raise IncidentInputInvalid(future)
        with self._db.transaction() as conn:
            row = self._require_row(incident_id)
            new, old = _fields_of(facts), _stored_fields(row)
            changed = {name: value for name, value in new.items() if value != old[name]}
            if changed:
                IncidentsRepository.update(conn, row.id, now, **changed)
                self._refresh_next_due(conn, row.id)  # the reported time starts the clocks
                AuditRepository.append(
                    conn,
                    [
                        AuditEvent(
                            session.username,
                            "incident.updated",
                            "incident",
                            str(row.id),
                            {"fields": sorted(changed)},
                        )
                    ],
                    now,
                )
        return self._view(self._require_row(incident_id), self._deidentified(session))

    # -- reading ----------------------------------------------------------------------------------

    def get(self, session: Session, incident_id: int) -> IncidentView:
        """The incident with its timeline, status history and checklist; de-identified for HR."""
        self._policy.require(session, Operation.INCIDENT_VIEW)
        deidentified = self._deidentified(session)
        view = self._view(self._require_row(incident_id), deidentified)
        if not deidentified:
            with self._db.transaction() as conn:
                AuditRepository.append(
                    conn,
                    [AuditEvent(session.username, "incident.viewed", "incident", str(view.id))],
                    utc_now(),
                )
        return view

    def get_by_code(self, session: Session, code: str) -> IncidentView:
        self._policy.require(session, Operation.INCIDENT_VIEW)
        row = self._repo.by_code(str(code).strip().upper())
        if row is None:
            raise InvalidInput(f"There is no incident {str(code).strip()[:32]}.")
        return self.get(session, row.id)

    def _filters(self, session: Session, query: IncidentQuery, now: datetime | None) -> IncidentFilters:
        if not isinstance(query, IncidentQuery):
            raise InvalidInput("A case-list query is needed.")
        if query.sort_column not in SORT_COLUMNS:
            raise InvalidInput(f"The case list cannot be sorted by {str(query.sort_column)[:40]!r}.")
        text = normalise_query(query.text)
        if text or query.sort_column == "title":
            # Searching or ordering by text would reveal withheld text to a de-identified viewer.
            self._policy.require(session, Operation.INCIDENT_VIEW_CONFIDENTIAL)
        try:
            statuses = tuple(Status(s).value for s in query.statuses)
            grades = tuple(Grade(g).value for g in query.grades)
            categories = tuple(IncidentCategory(c).value for c in query.categories)
        except ValueError as error:
            raise InvalidInput(f"Unknown filter value: {error}") from None
        return IncidentFilters(
            statuses=statuses,
            grades=grades,
            categories=categories,
            overdue=bool(query.overdue),
            text=text or None,
            now=now or utc_now(),
        )

    def list_page(
        self, session: Session, query: IncidentQuery, *, now: datetime | None = None
    ) -> IncidentPage:
        """One page of the case list as plain values (titles withheld when de-identified)."""
        self._policy.require(session, Operation.INCIDENT_VIEW)
        filters = self._filters(session, query, now)
        if not 1 <= query.limit <= PAGE_LIMIT_MAX or query.offset < 0:
            raise InvalidInput(f"A page holds 1 to {PAGE_LIMIT_MAX} rows and starts at row 0 or later.")
        rows = self._repo.list_page(
            filters,
            query.sort_column,
            query.descending,
            offset=query.offset,
            after=query.after,
            limit=query.limit,
        )
        deidentified = self._deidentified(session)
        summaries = tuple(_summary(row, deidentified) for row in rows)
        next_after = None
        if len(rows) == query.limit:
            last = rows[-1]
            next_after = (getattr(last, query.sort_column), last.id)
        return IncidentPage(summaries, next_after)

    def count(self, session: Session, query: IncidentQuery, *, now: datetime | None = None) -> int:
        """How many incidents match the query's filters (for the list's row count)."""
        self._policy.require(session, Operation.INCIDENT_VIEW)
        return self._repo.count(self._filters(session, query, now))

    def clocks(self, session: Session, incident_id: int) -> tuple[Clock, Clock]:
        """The acknowledge and start-response clocks, with the office's targets for the grade."""
        self._policy.require(session, Operation.INCIDENT_VIEW)
        row = self._require_row(incident_id)
        return incident_clocks(
            row.grade, row.reported_at, row.acknowledged_at, row.response_started_at, self.response_targets()
        )

    # -- changing ---------------------------------------------------------------------------------

    def transition(
        self,
        session: Session,
        incident_id: int,
        target: Status | str,
        *,
        reason: str | None = None,
        now: datetime | None = None,
    ) -> IncidentView:
        """Move the incident to ``target`` if the lifecycle allows it; refused moves write nothing.

        Stamps the first acknowledgement (leaving ``reported``) and the first response start; the
        contained, resolved and reviewed times record the latest time the status was reached (the
        status history keeps every move). Reaching ``responding`` the first time copies the
        response plan for the category and grade onto the incident as its checklist.

        Closing as ``reviewed`` needs the stored review section filled (root cause, recovery plan,
        effect evaluation, lessons learned); the refusal names the fields still empty. Open
        corrective actions do not block it (the review summary shows them).
        """
        self._policy.require(session, Operation.INCIDENT_TRANSITION)
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_row(incident_id)
            review = ReviewRepository.review_in(conn, row.id)
            missing = missing_fields(review.values() if review else None)
            try:
                move = lifecycle_transition(row.status, target, reason=reason, review_complete=not missing)
            except TransitionRefused as error:
                message = str(error)
                if error.target is Status.REVIEWED and missing and error.current is Status.RESOLVED:
                    names = ", ".join(name.replace("_", " ") for name in missing)
                    message = f"{message} Still empty: {names}."
                raise InvalidInput(message) from None
            fields: dict[str, Any] = {"status": move.target.value}
            if move.source is Status.REPORTED and row.acknowledged_at is None:
                fields["acknowledged_at"] = now
            first_response = move.target is Status.RESPONDING and row.response_started_at is None
            if first_response:
                fields["response_started_at"] = now
                if row.acknowledged_at is None and "acknowledged_at" not in fields:
                    fields["acknowledged_at"] = now
            stamp = {
                Status.CONTAINED: "contained_at",
                Status.RESOLVED: "resolved_at",
                Status.REVIEWED: "reviewed_at",
            }.get(move.target)
            if stamp:
                fields[stamp] = now
            IncidentsRepository.update(conn, row.id, now, **fields)
            IncidentsRepository.record_status_change(
                conn,
                row.id,
                from_status=move.source.value,
                to_status=move.target.value,
                reason=move.reason,
                at=now,
                user_id=session.user_id,
            )
            detail: dict[str, Any] = {
                "from": move.source.value,
                "to": move.target.value,
                "kind": move.kind.value,
            }
            if first_response and not IncidentsRepository.has_plan_steps(conn, row.id):
                template = template_in_effect(conn, row.category, row.grade)
                items = instantiate(template, now) if template else []
                after = IncidentsRepository.last_step_order(conn, row.id)  # steps added before activation
                IncidentsRepository.insert_checklist(
                    conn,
                    row.id,
                    [
                        NewChecklistItem(
                            after + i.order, i.step_code, i.title_en, i.title_zh, i.role.value, i.due_at
                        )
                        for i in items
                    ],
                )
                detail["checklist_steps"] = len(items)
            self._refresh_next_due(conn, row.id)
            AuditRepository.append(
                conn,
                [AuditEvent(session.username, "incident.status_changed", "incident", str(row.id), detail)],
                now,
            )
        return self._view(self._require_row(incident_id), self._deidentified(session))

    def add_timeline_entry(
        self,
        session: Session,
        incident_id: int,
        text: str,
        *,
        department: str = "",
        at: datetime | None = None,
        now: datetime | None = None,
    ) -> TimelineEntryView:
        """Log an action on the incident; the audit entry names the entry, never its text."""
        self._policy.require(session, Operation.INCIDENT_TIMELINE_ADD)
        cleaned = _clean_entry_text(text)
        dept = _clean_department(department)
        now = now or utc_now()
        problems: list[Problem] = []
        when = aware_moment("at", now if at is None else at, now, problems, earliest=None)
        if when is None:
            raise IncidentInputInvalid(tuple(problems))
        with self._db.transaction() as conn:
            row = self._require_row(incident_id)
            entry_id = IncidentsRepository.add_timeline_entry(
                conn, row.id, at=when, author_user_id=session.user_id, department=dept, text=cleaned, now=now
            )
            self._seal_entry(
                conn,
                row,
                entry_id,
                session,
                now,
                action="incident.timeline_added",
                detail={"incident": row.code},
            )
        return self._entry_view(session, incident_id, entry_id)

    def _entry_view(self, session: Session, incident_id: int, entry_id: int) -> TimelineEntryView:
        entry = next(t for t in self._repo.timeline(incident_id) if t.id == entry_id)
        return _timeline_view(entry, self._deidentified(session), self.lock_period())

    @staticmethod
    def _sign(conn: Any, entry_id: int, session: Session, now: datetime) -> None:
        """Sign the entry as it now stands in the transaction, by the signed-in author, at ``now``."""
        row = IncidentsRepository.timeline_entry_in(conn, entry_id)
        assert row is not None
        content = timeline_content(row, session.username, now)
        IncidentsRepository.sign_timeline_entry(
            conn, entry_id, signature=sign(content), signed_by=session.username, signed_at=now.astimezone(UTC)
        )

    @classmethod
    def _seal_entry(
        cls,
        conn: Any,
        row: IncidentRow,
        entry_id: int,
        session: Session,
        now: datetime,
        *,
        action: str,
        detail: dict[str, object],
    ) -> None:
        """Sign a timeline entry as written, mark the incident changed and audit it, in one transaction.

        Every way an entry is written (logged, corrected, added to) ends with these same three steps.
        """
        cls._sign(conn, entry_id, session, now)
        IncidentsRepository.update(conn, row.id, now)
        AuditRepository.append(
            conn, [AuditEvent(session.username, action, "incident_timeline", str(entry_id), detail)], now
        )

    def _require_entry(self, conn: Any, incident_id: int, entry_id: int) -> TimelineRow:
        entry = IncidentsRepository.timeline_entry_in(conn, entry_id)
        if entry is None or entry.incident_id != incident_id:
            raise InvalidInput("That timeline entry does not belong to this incident.")
        return entry

    def correct_timeline_entry(
        self,
        session: Session,
        incident_id: int,
        entry_id: int,
        text: str,
        *,
        department: str | None = None,
        now: datetime | None = None,
    ) -> TimelineEntryView:
        """The author corrects their own entry within the lock period; it is signed again.

        Refused (``TimelineEntryLocked``, nothing written) for anyone but the author or once the
        entry is locked: then ``add_timeline_addendum`` is the way. ``department`` ``None`` keeps it.
        """
        self._policy.require(session, Operation.INCIDENT_TIMELINE_ADD)
        cleaned = _clean_entry_text(text)
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_row(incident_id)
            entry = self._require_entry(conn, row.id, entry_id)
            try:
                check_editable(
                    entry.created_at, entry.author_user_id, session.user_id, now, self.lock_period()
                )
            except EntryLocked as error:
                raise TimelineEntryLocked(str(error)) from None
            dept = entry.department if department is None else _clean_department(department)
            IncidentsRepository.correct_timeline_entry(conn, entry_id, text=cleaned, department=dept)
            self._seal_entry(
                conn,
                row,
                entry_id,
                session,
                now,
                action="incident.timeline_corrected",
                detail={"incident": row.code},
            )
        return self._entry_view(session, incident_id, entry_id)

    def add_timeline_addendum(
        self,
        session: Session,
        incident_id: int,
        parent_id: int,
        text: str,
        *,
        department: str = "",
        now: datetime | None = None,
    ) -> TimelineEntryView:
        """Add a signed addendum to an entry; the original stays exactly as it was written.

        An addendum to an addendum is attached to the original entry, so every addendum of an
        entry is one level below it. Anyone who may log actions may add one, at any time.
        """
        self._policy.require(session, Operation.INCIDENT_TIMELINE_ADD)
        cleaned = _clean_entry_text(text)
        dept = _clean_department(department)
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_row(incident_id)
            parent = self._require_entry(conn, row.id, parent_id)
            root = parent.parent_id if parent.parent_id is not None else parent.id
            entry_id = IncidentsRepository.add_timeline_entry(
                conn,
                row.id,
                at=now.astimezone(UTC),
                author_user_id=session.user_id,
                department=dept,
                text=cleaned,
                now=now,
                parent_id=root,
            )
            self._seal_entry(
                conn,
                row,
                entry_id,
                session,
                now,
                action="incident.timeline_addendum",
                detail={"incident": row.code, "parent": root},
            )
        return self._entry_view(session, incident_id, entry_id)

    # -- case edits -------------------------------------------------------------------------------

    def change_grade(
        self,
        session: Session,
        incident_id: int,
        grading: GradingInput,
        *,
        chosen_grade: Grade | str | None = None,
        override_reason: str | None = None,
        now: datetime | None = None,
    ) -> IncidentView:
        """Re-grade from new answers; a grade other than the new suggestion needs a reason.

        Every change is kept in the grade history (``IncidentView.grade_changes``) and audited with
        the grades, never the reason. Asking for what is already recorded writes nothing.
        """
        self._policy.require(session, Operation.INCIDENT_UPDATE)
        if not isinstance(grading, GradingInput):
            raise InvalidInput("Re-grading needs the grading answers.")
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_row(incident_id)
            suggestion = suggest_grade(IncidentCategory(row.category), grading)
            try:
                decision = GradeDecision(
                    suggestion.grade,
                    chosen_grade if chosen_grade is not None else suggestion.grade,
                    override_reason,
                )
            except GradeOverrideRefused as error:
                raise IncidentInputInvalid((Problem("grade", str(error)),)) from None
            unchanged = (
                decision.chosen.value == row.grade
                and decision.suggested.value == row.suggested_grade
                and decision.override_reason == row.grade_override_reason
            )
            if not unchanged:
                IncidentsRepository.update(
                    conn,
                    row.id,
                    now,
                    grade=decision.chosen.value,
                    suggested_grade=decision.suggested.value,
                    grade_override_reason=decision.override_reason,
                )
                IncidentsRepository.record_grade_change(
                    conn,
                    row.id,
                    from_grade=row.grade,
                    to_grade=decision.chosen.value,
                    suggested_grade=decision.suggested.value,
                    reason=decision.override_reason,
                    at=now,
                    user_id=session.user_id,
                )
                self._refresh_next_due(conn, row.id)
                AuditRepository.append(
                    conn,
                    [
                        AuditEvent(
                            session.username,
                            "incident.grade_changed",
                            "incident",
                            str(row.id),
                            {
                                "from": row.grade,
                                "to": decision.chosen.value,
                                "suggested": decision.suggested.value,
                                "override": decision.is_override,
                            },
                        )
                    ],
                    now,
                )
        return self._view(self._require_row(incident_id), self._deidentified(session))

    def assignable_owners(self, session: Session) -> tuple[OwnerOption, ...]:
        """Active accounts that may own an incident or a corrective action (they can see case text)."""
        self._policy.require(session, Operation.INCIDENT_UPDATE)
        return tuple(
            OwnerOption(u.id, u.username, u.display_name)
            for u in UsersRepository(self._db).all()
            if not u.disabled and self._policy.allows(u.role, Operation.INCIDENT_VIEW_CONFIDENTIAL)
        )

    def require_assignable(self, user_id: object) -> int:
        """``user_id`` if it names an active account that may own casework; else ``InvalidInput``."""
        if isinstance(user_id, bool) or not isinstance(user_id, int):
            raise IncidentInputInvalid((Problem("owner_user_id", "must be an account number"),))
        user = UsersRepository(self._db).by_id(user_id)
        if user is None:
            raise IncidentInputInvalid((Problem("owner_user_id", "there is no such account"),))
        if user.disabled:
            raise IncidentInputInvalid((Problem("owner_user_id", "that account is disabled"),))
        if not self._policy.allows(user.role, Operation.INCIDENT_VIEW_CONFIDENTIAL):
            raise IncidentInputInvalid(
                (Problem("owner_user_id", "only a counsellor or an administrator can own casework"),)
            )
        return user_id

    def change_owner(
        self, session: Session, incident_id: int, user_id: int, *, now: datetime | None = None
    ) -> IncidentView:
        """Hand the incident to another active counsellor or administrator; audited with both ids."""
        self._policy.require(session, Operation.INCIDENT_UPDATE)
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_row(incident_id)
            owner = self.require_assignable(user_id)
            if owner == row.owner_user_id:
                raise InvalidInput("That account already owns this incident.")
            IncidentsRepository.update(conn, row.id, now, owner_user_id=owner)
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "incident.owner_changed",
                        "incident",
                        str(row.id),
                        {"from": row.owner_user_id, "to": owner},
                    )
                ],
                now,
            )
        return self._view(self._require_row(incident_id), self._deidentified(session))

    def add_checklist_step(
        self,
        session: Session,
        incident_id: int,
        title: str,
        role: CrisisRole | str,
        due_at: datetime,
        *,
        now: datetime | None = None,
    ) -> ChecklistItemView:
        """Add a step to the incident's checklist on the fly, after the last one.

        A step added before the plan is activated stays first; the plan's steps follow it. Closed
        incidents take no new steps (reopen first).
        """
        self._policy.require(session, Operation.INCIDENT_UPDATE)
        cleaned = _clean_step_title(title)
        if not (isinstance(role, str) and role in CrisisRole._value2member_map_):
            known = ", ".join(r.value for r in CrisisRole)
            raise IncidentInputInvalid((Problem("role", f"{str(role)[:40]!r} is not one of {known}"),))
        due = _aware("due_at", due_at)
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_row(incident_id)
            if Status(row.status).is_closed:
                raise InvalidInput("The incident is closed: reopen it before adding checklist steps.")
            item_id = IncidentsRepository.add_checklist_item(
                conn, row.id, title=cleaned, role=CrisisRole(role).value, due_at=due, added_by=session.user_id
            )
            IncidentsRepository.update(conn, row.id, now)
            self._refresh_next_due(conn, row.id)
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "incident.checklist_added",
                        "incident_checklist",
                        str(item_id),
                        {"incident": row.code, "role": CrisisRole(role).value},
                    )
                ],
                now,
            )
        return next(
            _checklist_view(c, self._deidentified(session))
            for c in self._repo.checklist(incident_id)
            if c.id == item_id
        )

    def complete_checklist_step(
        self, session: Session, incident_id: int, item_id: int, *, now: datetime | None = None
    ) -> ChecklistItemView:
        """Mark one open checklist step of the incident done, by the signed-in user."""
        self._policy.require(session, Operation.INCIDENT_UPDATE)
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_row(incident_id)
            if not any(item.id == item_id for item in self._repo.checklist(row.id)):
                raise InvalidInput("That checklist step does not belong to this incident.")
            if not IncidentsRepository.mark_checklist_done(
                conn, item_id, done_at=now, done_by=session.user_id
            ):
                raise InvalidInput("That checklist step is already done.")
            IncidentsRepository.update(conn, row.id, now)
            self._refresh_next_due(conn, row.id)
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "incident.checklist_done",
                        "incident_checklist",
                        str(item_id),
                        {"incident": row.code},
                    )
                ],
                now,
            )
        return next(
            _checklist_view(c, self._deidentified(session))
            for c in self._repo.checklist(incident_id)
            if c.id == item_id
        )

    # -- office policy --------------------------------------------------------------------------------

    def set_response_targets(
        self,
        session: Session,
        minutes: Mapping[tuple[str, str], int],
        *,
        now: datetime | None = None,
    ) -> ResponseTargets:
        """Change the office's response targets (minutes per (grade, clock)) and re-time open incidents.

        All eight are checked together (``ResponseTargetsInvalid`` names every problem; nothing is
        saved); in one transaction the settings are stored, the next due time of every open
        incident is recomputed under the new targets, and one audit entry records the minutes and
        how many incidents were re-timed. Asking for the targets already in force writes nothing.
        """
        self._policy.require(session, Operation.POLICY_UPDATE)
        if not isinstance(minutes, Mapping):
            raise InvalidInput("Response targets are minutes per grade and clock.")
        targets = response_targets_from_minutes(minutes)
        if targets == self._settings.response_targets():
            return targets
        now = now or utc_now()
        stored = target_minutes(targets)
        with self._db.transaction() as conn:
            for key, setting in RESPONSE_TARGET_SETTINGS.items():
                PolicyRepository.put(conn, setting.key, str(stored[key]), session.username, now)
            open_rows = IncidentsRepository.open_due_inputs(conn, sorted(str(s) for s in CLOSED))
            moved = [
                (row.id, due)
                for row, step in open_rows
                if (due := incident_next_due(row, step, targets)) != row.next_due_at
            ]
            IncidentsRepository.set_next_due_many(conn, moved)
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "policy.response_targets_updated",
                        "policy",
                        "targets",
                        {
                            "minutes": {
                                f"{grade}.{clock}": value for (grade, clock), value in stored.items()
                            },
                            "open_incidents": len(open_rows),
                        },
                    )
                ],
                now,
            )
        return targets
