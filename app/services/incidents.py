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
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.domain.clocks import Clock, ResponseTargets, incident_clocks, next_due
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
    FUTURE_TOLERANCE,
    REAL,
    TEXT_MAX,
    Impact,
    IncidentCategory,
    IncidentFacts,
    IncidentFlags,
    IncidentInvalid,
    InformationSource,
    Problem,
    future_time_problems,
)
from app.domain.lifecycle import Status, TransitionRefused
from app.domain.lifecycle import transition as lifecycle_transition
from app.domain.response_plans import instantiate, template_for
from app.domain.roles import Operation
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.incidents_repository import (
    ChecklistRow,
    IncidentFilters,
    IncidentListRow,
    IncidentRow,
    IncidentsRepository,
    NewChecklistItem,
    StatusChangeRow,
    TimelineRow,
    normalise_query,
)

CODE_PREFIX = "INC"
PAGE_LIMIT_MAX = 500
SORT_COLUMNS = ("code", "title", "category", "grade", "status", "reported_at", "created_at", "updated_at")


class IncidentInputInvalid(InvalidInput):
    """Incident input that breaks a rule; ``problems`` lists every field (for a form). Nothing was saved."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__(str(IncidentInvalid(problems)))
        self.problems = problems


# -- what callers receive ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimelineEntryView:
    id: int
    at: datetime
    author_user_id: int | None
    department: str | None  # None when de-identified
    text: str | None  # None when de-identified

    def __repr__(self) -> str:
        return f"TimelineEntryView(id={self.id})"


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
    next_due_at: datetime | None  # the earliest unmet response clock; None once both are met or closed
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


def _next_due_at(row: IncidentRow | IncidentListRow) -> datetime | None:
    if Status(row.status).is_closed:
        return None
    clock = next_due(
        incident_clocks(row.grade, row.reported_at, row.acknowledged_at, row.response_started_at)
    )
    return clock.due_at if clock else None


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
        next_due_at=_next_due_at(row),
        deidentified=deidentified,
    )


def _timeline_view(row: TimelineRow, deidentified: bool) -> TimelineEntryView:
    return TimelineEntryView(
        id=row.id,
        at=row.at,
        author_user_id=row.author_user_id,
        department=None if deidentified else row.department,
        text=None if deidentified else row.text,
    )


def _status_view(row: StatusChangeRow, deidentified: bool) -> StatusChangeView:
    return StatusChangeView(
        Status(row.from_status),
        Status(row.to_status),
        None if deidentified else row.reason,
        row.at,
        row.user_id,
    )


def _checklist_view(row: ChecklistRow) -> ChecklistItemView:
    return ChecklistItemView(
        row.id,
        row.step_order,
        row.code,
        row.title_en,
        row.title_zh,
        row.role,
        row.due_at,
        row.done_at,
        row.done_by,
    )


def _clean_entry_text(text: object) -> str:
    problems: list[Problem] = []
    if not isinstance(text, str):
        raise IncidentInputInvalid((Problem("text", "must be text"),))
    cleaned = unicodedata.normalize("NFC", text).strip()
    if not cleaned:
        problems.append(Problem("text", "is required and cannot be only spaces"))
    elif len(cleaned) > TEXT_MAX:
        problems.append(
            Problem("text", f"can have at most {TEXT_MAX} characters (this one has {len(cleaned)})")
        )
    elif "\x00" in cleaned:
        problems.append(Problem("text", "cannot contain a NUL character"))
    if problems:
        raise IncidentInputInvalid(tuple(problems))
    return cleaned


def _clean_department(department: object) -> str:
    if not isinstance(department, str):
        raise IncidentInputInvalid((Problem("department", "must be text"),))
    cleaned = unicodedata.normalize("NFC", department).strip()
    if len(cleaned) > DEPARTMENT_MAX:
        raise IncidentInputInvalid((Problem("department", f"can have at most {DEPARTMENT_MAX} characters"),))
    if any(unicodedata.category(ch) == "Cc" for ch in cleaned):
        raise IncidentInputInvalid(
            (Problem("department", "must be a single line without control characters"),)
        )
    return cleaned


# -- the service ------------------------------------------------------------------------------------


class IncidentService:
    def __init__(self, db: Database, policy: AccessPolicy, targets: ResponseTargets | None = None) -> None:
        self._db = db
        self._policy = policy
        self._repo = IncidentsRepository(db)
        self._targets = targets or ResponseTargets()

    def _deidentified(self, session: Session) -> bool:
        return not self._policy.allows(session.role, Operation.INCIDENT_VIEW_CONFIDENTIAL)

    def _require_row(self, incident_id: int) -> IncidentRow:
        row = self._repo.by_id(incident_id)
        if row is None:
            raise InvalidInput("That incident does not exist.")
        return row

    def _view(self, row: IncidentRow, deidentified: bool) -> IncidentView:
        hide = deidentified
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
            timeline=tuple(_timeline_view(t, hide) for t in self._repo.timeline(row.id)),
            status_changes=tuple(_status_view(c, hide) for c in self._repo.status_changes(row.id)),
            checklist=tuple(_checklist_view(c) for c in self._repo.checklist(row.id)),
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
            targets=self._targets,
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
        """The acknowledge and start-response clocks, with the default targets for the grade."""
        self._policy.require(session, Operation.INCIDENT_VIEW)
        row = self._require_row(incident_id)
        return incident_clocks(
            row.grade, row.reported_at, row.acknowledged_at, row.response_started_at, self._targets
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

        Closing as ``reviewed`` needs a filled review section; until review records exist the
        service reports the review as not filled, so that move is refused.
        """
        self._policy.require(session, Operation.INCIDENT_TRANSITION)
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_row(incident_id)
            try:
                move = lifecycle_transition(row.status, target, reason=reason, review_complete=False)
            except TransitionRefused as error:
                raise InvalidInput(str(error)) from None
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
            if first_response and not IncidentsRepository.has_checklist(conn, row.id):
                template = template_for(row.category, row.grade)
                items = instantiate(template, now) if template else []
                IncidentsRepository.insert_checklist(
                    conn,
                    row.id,
                    [
                        NewChecklistItem(i.order, i.step_code, i.title_en, i.title_zh, i.role.value, i.due_at)
                        for i in items
                    ],
                )
                detail["checklist_steps"] = len(items)
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
        when = now if at is None else at
        if not isinstance(when, datetime) or when.tzinfo is None or when.utcoffset() is None:
            raise IncidentInputInvalid((Problem("at", "must be a date and time with a time zone"),))
        if when > now + FUTURE_TOLERANCE:
            raise IncidentInputInvalid(
                (Problem("at", f"is in the future ({when.astimezone(UTC):%Y-%m-%d %H:%M} UTC)"),)
            )
        when = when.astimezone(UTC)
        with self._db.transaction() as conn:
            row = self._require_row(incident_id)
            entry_id = IncidentsRepository.add_timeline_entry(
                conn, row.id, at=when, author_user_id=session.user_id, department=dept, text=cleaned, now=now
            )
            IncidentsRepository.update(conn, row.id, now)
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "incident.timeline_added",
                        "incident_timeline",
                        str(entry_id),
                        {"incident": row.code},
                    )
                ],
                now,
            )
        entry = next(t for t in self._repo.timeline(incident_id) if t.id == entry_id)
        return _timeline_view(entry, self._deidentified(session))

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
        return next(_checklist_view(c) for c in self._repo.checklist(incident_id) if c.id == item_id)
