"""Drills: plan them (one by one or as a recurring series), run them, rate them and learn from them.

The rules (status moves, timing, rating, findings, who sees a surprise drill) are decided in
``app.domain.drills``; this service stores drills and enforces them. Every change is validated by
rebuilding the whole ``DrillInput`` from the stored drill plus the change, so a stamp, a status
move or a rating can never leave a drill that the editor would refuse (an acknowledgement before
its notification, a done drill without an end).

Access. Everyone may read drills (``DRILL_VIEW``); casework plans and edits them, records findings,
corrective actions and ratings (``DRILL_MANAGE``) and runs them (``DRILL_RUN``: status moves and
the run-drill stamps). A surprise drill is hidden from everyone but admins until it actually starts
(``visible_to``, enforced here for every read and write: a hidden drill is reported as not existing,
and is left out of the calendar, the due actions and the history), so planning one that has not
started is admin-only (``DRILL_PLAN_SURPRISE``). A caller without ``INCIDENT_VIEW_CONFIDENTIAL``
(hr_manager) gets drills de-identified: participants by role and department without their labels
(a label may be a colleague's name), findings and corrective actions without their text, status
changes without their reasons. Counts, severities, areas, statuses and timings are shown to all:
they are what the board report's "drill results" are made of.

Timings are compared with the office's response targets (``PolicyService.response_targets``),
read when needed so a change applies at once.

Audit entries name codes, ids, kinds, statuses and counts, never a title, scenario, label,
finding or reason.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

import sqlcipher3

from app.domain.case_review import ActionInput, ActionStatus
from app.domain.crisis_roles import CrisisRole
from app.domain.drills import (
    DURATION_MAX,
    DrillInput,
    DrillInvalid,
    DrillStatus,
    DrillTiming,
    DrillTransitionRefused,
    DrillType,
    FindingArea,
    FindingInput,
    FindingSeverity,
    FindingStatus,
    Objective,
    ObjectiveResult,
    Participant,
    check_drill_transition,
    drill_timing,
    finding_status,
    rate_objectives,
    visible_to,
)
from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory, IncidentInvalid
from app.domain.recurrence import RecurrenceInvalid, RecurrenceRule, occurrences, to_rrule
from app.domain.roles import Operation
from app.domain.text_input import FUTURE_TOLERANCE, Problem
from app.services.access import AccessPolicy
from app.services.drill_views import (
    DrillActionDue,
    DrillActionView,
    DrillCalendarItem,
    DrillHistoryPoint,
    DrillSeriesCreated,
    DrillStatusChangeView,
    DrillView,
    FindingView,
    LinkedRisk,
    ObjectiveView,
    ParticipantView,
    action_view,
    calendar_item,
    finding_view,
)
from app.services.errors import InvalidInput
from app.services.incidents import IncidentInputInvalid, IncidentService, is_deidentified
from app.services.policy import PolicyService
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.drills_repository import (
    DrillActionRow,
    DrillRecord,
    DrillRow,
    DrillsRepository,
    FindingRow,
    ParticipantRecord,
    ParticipantRow,
    SeriesRecord,
)

CODE_PREFIX = "DR"
RANGE_MAX_DAYS = 3 * 366  # a calendar asks for a month or a quarter; this stops a runaway query
SERIES_HORIZON_DAYS = 366  # "the next 12 months": further drills are planned when the year turns
SERIES_HORIZON_MAX_DAYS = 3 * 366
SERIES_DRILLS_MAX = 200  # a weekly drill for three years is 157; more is a mistaken rule

_T = TypeVar("_T")


class DrillInputInvalid(IncidentInputInvalid):
    """Drill input that breaks a rule; ``problems`` lists every field (for a form). Nothing was saved."""


def _checked(build: Callable[[], _T]) -> _T:
    """Run a domain constructor, turning its problems into the service's error."""
    try:
        return build()
    except (DrillInvalid, RecurrenceInvalid, IncidentInvalid) as error:
        raise DrillInputInvalid(tuple(error.problems)) from None


def _refuse(field: str, message: str) -> DrillInputInvalid:
    return DrillInputInvalid((Problem(field, message),))


# -- conversions ------------------------------------------------------------------------------------


def _value(member: object) -> str | None:
    return member.value if isinstance(member, CrisisRole | DrillType | DrillStatus | Grade) else None


def _record(data: DrillInput) -> DrillRecord:
    return DrillRecord(
        drill_type=DrillType(data.drill_type).value,
        title=data.title,
        scenario=data.scenario,
        scenario_category=IncidentCategory(data.scenario_category).value if data.scenario_category else None,
        scenario_grade=Grade(data.scenario_grade).value if data.scenario_grade else None,
        key_roles=tuple(sorted((CrisisRole(r) for r in data.key_roles), key=list(CrisisRole).index)),
        planned_start=data.planned_start,
        planned_minutes=int(data.planned_duration.total_seconds()) // 60,
        actual_start=data.actual_start,
        actual_end=data.actual_end,
        status=DrillStatus(data.status).value,
    )


def _participant_records(data: DrillInput) -> list[ParticipantRecord]:
    return [
        ParticipantRecord(
            role=CrisisRole(p.role).value if p.role is not None else None,
            department=p.department,
            label=p.name,
            notified_at=p.notified_at,
            acknowledged_at=p.acknowledged_at,
        )
        for p in data.participants
    ]


def _objective_values(data: DrillInput) -> list[tuple[str, str | None]]:
    return [(o.text, ObjectiveResult(o.result).value if o.result else None) for o in data.objectives]


def _whole_minutes(data: DrillInput) -> None:
    if data.planned_duration.total_seconds() % 60:
        raise _refuse("planned_duration", "must be a whole number of minutes")


def _domain_participants(rows: Iterable[ParticipantRow]) -> tuple[Participant, ...]:
    return tuple(
        Participant(
            role=p.role,
            department=p.department,
            name=p.label,
            notified_at=p.notified_at,
            acknowledged_at=p.acknowledged_at,
        )
        for p in rows
    )


def _key_roles(row: DrillRow) -> tuple[CrisisRole, ...] | None:
    """The stored key roles; None (every crisis role among the participants) when none were chosen."""
    return tuple(CrisisRole(r) for r in row.key_roles) or None


def _dates(first: object, last: object) -> None:
    for name, value in (("first", first), ("last", last)):
        if isinstance(value, datetime) or not isinstance(value, date):
            raise _refuse(name, "must be a date")
    assert isinstance(first, date)
    assert isinstance(last, date)
    if last < first:
        raise _refuse("last", "cannot be before the first day")
    if (last - first).days > RANGE_MAX_DAYS:
        raise _refuse("last", f"the period can be at most {RANGE_MAX_DAYS} days")


def _window(start: object, end: object) -> tuple[datetime, datetime]:
    for name, value in (("start", start), ("end", end)):
        if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
            raise _refuse(name, "must be a date and time with a time zone")
    assert isinstance(start, datetime)
    assert isinstance(end, datetime)
    low, high = start.astimezone(UTC), end.astimezone(UTC)
    if high <= low:
        raise _refuse("end", "must be after the start")
    if high - low > timedelta(days=RANGE_MAX_DAYS):
        raise _refuse("end", f"the period can be at most {RANGE_MAX_DAYS} days")
    return low, high


# -- the service ------------------------------------------------------------------------------------


class DrillService:
    def __init__(self, db: Database, policy: AccessPolicy, incidents: IncidentService) -> None:
        self._db = db
        self._policy = policy
        self._incidents = incidents  # who may own a corrective action is the case view's rule
        self._repo = DrillsRepository(db)
        self._settings = PolicyService(db, policy)

    # -- helpers ---------------------------------------------------------------------------------

    def _deidentified(self, session: Session) -> bool:
        return is_deidentified(self._policy, session)

    def _require_drill(self, session: Session, drill_id: object, now: datetime) -> DrillRow:
        """The drill named, if this session may see it now; a hidden surprise drill does not exist."""
        row = (
            self._repo.get(drill_id) if isinstance(drill_id, int) and not isinstance(drill_id, bool) else None
        )
        if row is None or not visible_to(session.role, row, now):
            raise InvalidInput("That drill does not exist.")
        return row

    def _require_surprise_planning(self, session: Session, data: DrillInput) -> None:
        """Only admins plan a surprise drill that has not started: anyone else would know it is coming."""
        if DrillType(data.drill_type) is DrillType.SURPRISE and data.actual_start is None:
            self._policy.require(session, Operation.DRILL_PLAN_SURPRISE)

    def _input_of(self, row: DrillRow, **changes: object) -> DrillInput:
        """The stored drill as a ``DrillInput`` with ``changes`` applied: validates the result whole."""
        values: dict[str, object] = {
            "title": row.title,
            "drill_type": row.drill_type,
            "planned_start": row.planned_start,
            "planned_duration": timedelta(minutes=row.planned_minutes),
            "status": row.status,
            "scenario": row.scenario,
            "scenario_category": row.scenario_category,
            "scenario_grade": row.scenario_grade,
            "objectives": tuple(Objective(o.text, o.result) for o in self._repo.objectives(row.id)),
            "participants": _domain_participants(self._repo.participants(row.id)),
            "key_roles": row.key_roles,
            "actual_start": row.actual_start,
            "actual_end": row.actual_end,
            "risk_ids": tuple(link.risk_id for link in self._repo.risk_links(row.id)),
        }
        values.update(changes)
        return _checked(lambda: DrillInput(**values))  # type: ignore[arg-type]

    @staticmethod
    def _check_risks(conn: sqlcipher3.Connection, risk_ids: Sequence[int]) -> None:
        known = DrillsRepository.existing_risks(conn, risk_ids)
        missing = [r for r in risk_ids if r not in known]
        if missing:
            raise _refuse("risk_ids", "names a risk that is not in the register")

    def _view(self, row: DrillRow, deidentified: bool) -> DrillView:
        participants = self._repo.participants(row.id)
        objectives = self._repo.objectives(row.id)
        actions = self._repo.actions(row.id)
        domain_objectives = [Objective(o.text, o.result) for o in objectives]
        timing = drill_timing(
            _domain_participants(participants),
            row.scenario_grade,
            key_roles=_key_roles(row),
            targets=self._settings.response_targets(),
        )
        return DrillView(
            id=row.id,
            code=row.code,
            drill_type=DrillType(row.drill_type),
            title=row.title,
            scenario=row.scenario,
            scenario_category=IncidentCategory(row.scenario_category) if row.scenario_category else None,
            scenario_grade=Grade(row.scenario_grade) if row.scenario_grade else None,
            key_roles=tuple(CrisisRole(r) for r in row.key_roles),
            planned_start=row.planned_start,
            planned_duration=timedelta(minutes=row.planned_minutes),
            actual_start=row.actual_start,
            actual_end=row.actual_end,
            status=DrillStatus(row.status),
            series_id=row.series_id,
            objectives=tuple(
                ObjectiveView(o.id, o.position, o.text, ObjectiveResult(o.result) if o.result else None)
                for o in objectives
            ),
            participants=tuple(
                ParticipantView(
                    id=p.id,
                    position=p.position,
                    role=CrisisRole(p.role) if p.role else None,
                    department=p.department,
                    label=None if deidentified else p.label,
                    notified_at=p.notified_at,
                    acknowledged_at=p.acknowledged_at,
                )
                for p in participants
            ),
            findings=tuple(finding_view(f, actions, deidentified) for f in self._repo.findings(row.id)),
            actions=tuple(action_view(a, deidentified) for a in actions),
            status_changes=tuple(
                DrillStatusChangeView(
                    DrillStatus(c.from_status),
                    DrillStatus(c.to_status),
                    None if deidentified else c.reason,
                    c.at,
                    c.user_id,
                )
                for c in self._repo.status_changes(row.id)
            ),
            risks=tuple(LinkedRisk(link.risk_id, link.risk_code) for link in self._repo.risk_links(row.id)),
            rating=rate_objectives(domain_objectives),
            timing=timing,
            rated_at=row.rated_at,
            created_at=row.created_at,
            updated_at=row.updated_at,
            deidentified=deidentified,
        )

    def _fresh(self, session: Session, drill_id: int) -> DrillView:
        row = self._repo.get(drill_id)
        assert row is not None  # just written by this session
        return self._view(row, self._deidentified(session))

    @staticmethod
    def _audit(
        conn: sqlcipher3.Connection,
        session: Session,
        action: str,
        entity_id: int,
        *,
        detail: dict[str, object],
        now: datetime,
    ) -> None:
        """One audit entry; the entity is the action's prefix (``drill``, ``drill_finding`` ...)."""
        entity = action.split(".", 1)[0]
        AuditRepository.append(
            conn, [AuditEvent(session.username, action, entity, str(entity_id), detail)], now
        )

    @staticmethod
    def _insert_drill(
        conn: sqlcipher3.Connection, data: DrillInput, *, series_id: int | None, now: datetime, user_id: int
    ) -> tuple[int, str]:
        year = data.planned_start.astimezone(UTC).year
        number = DrillsRepository.next_code_number(conn, year)
        code = f"{CODE_PREFIX}-{year}-{number:03d}"
        drill_id = DrillsRepository.insert(
            conn,
            _record(data),
            code=code,
            code_year=year,
            code_number=number,
            series_id=series_id,
            now=now,
            user_id=user_id,
        )
        DrillsRepository.replace_objectives(conn, drill_id, _objective_values(data))
        DrillsRepository.replace_participants(conn, drill_id, _participant_records(data))
        DrillsRepository.replace_risk_links(conn, drill_id, list(data.risk_ids), now=now, user_id=user_id)
        return drill_id, code

    # -- reading ---------------------------------------------------------------------------------

    def get(self, session: Session, drill_id: int, *, now: datetime | None = None) -> DrillView:
        """One drill with its participants, findings, actions, rating and timing."""
        self._policy.require(session, Operation.DRILL_VIEW)
        return self._view(
            self._require_drill(session, drill_id, now or utc_now()), self._deidentified(session)
        )

    def get_by_code(self, session: Session, code: str, *, now: datetime | None = None) -> DrillView:
        self._policy.require(session, Operation.DRILL_VIEW)
        row = self._repo.by_code(code) if isinstance(code, str) else None
        if row is None:
            raise InvalidInput("That drill does not exist.")
        return self.get(session, row.id, now=now)

    def timing(self, session: Session, drill_id: int, *, now: datetime | None = None) -> DrillTiming:
        """The acknowledgement figures against the office's target for the scenario's grade."""
        return self.get(session, drill_id, now=now).timing

    def drills_between(
        self, session: Session, start: datetime, end: datetime, *, now: datetime | None = None
    ) -> tuple[DrillCalendarItem, ...]:
        """Drills whose planned time overlaps ``[start, end)``, for the calendar; hidden surprises left out."""
        self._policy.require(session, Operation.DRILL_VIEW)
        low, high = _window(start, end)
        now = now or utc_now()
        rows = self._repo.planned_between(low - DURATION_MAX, high)
        return tuple(
            calendar_item(r)
            for r in rows
            if r.planned_start + timedelta(minutes=r.planned_minutes) > low
            and visible_to(session.role, r, now)
        )

    def actions_due(
        self,
        session: Session,
        first: date,
        last: date,
        *,
        open_only: bool = False,
        now: datetime | None = None,
    ) -> tuple[DrillActionDue, ...]:
        """Drill corrective actions due from ``first`` to ``last`` (both included), for a calendar."""
        self._policy.require(session, Operation.DRILL_VIEW)
        _dates(first, last)
        now = now or utc_now()
        statuses = tuple(s.value for s in ActionStatus if s.is_open) if open_only else ()
        deidentified = self._deidentified(session)
        return tuple(
            DrillActionDue(action_view(r.action, deidentified), r.drill_code, DrillType(r.drill_type))
            for r in self._repo.actions_due(first, last, statuses=statuses)
            if visible_to(session.role, r, now)
        )

    def history(
        self,
        session: Session,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        now: datetime | None = None,
    ) -> tuple[DrillHistoryPoint, ...]:
        """Every done drill held in ``[since, until)``, oldest first: the drill-history chart's points."""
        self._policy.require(session, Operation.DRILL_VIEW)
        for name, value in (("since", since), ("until", until)):
            if value is not None and (not isinstance(value, datetime) or value.utcoffset() is None):
                raise _refuse(name, "must be a date and time with a time zone")
        now = now or utc_now()
        rows = [r for r in self._repo.done_between(since, until) if visible_to(session.role, r, now)]
        ids = [r.id for r in rows]
        by_drill: dict[int, list[ParticipantRow]] = {}
        for p in self._repo.participants_of(ids):
            by_drill.setdefault(p.drill_id, []).append(p)
        findings = self._repo.finding_counts(ids)
        targets = self._settings.response_targets()
        points = []
        for row in rows:
            timing = drill_timing(
                _domain_participants(by_drill.get(row.id, ())),
                row.scenario_grade,
                key_roles=_key_roles(row),
                targets=targets,
            )
            statuses = [finding_status(s) for _, s in findings.get(row.id, [])]
            rating = rate_objectives(Objective(o.text, o.result) for o in self._repo.objectives(row.id))
            points.append(
                DrillHistoryPoint(
                    drill_id=row.id,
                    code=row.code,
                    drill_type=DrillType(row.drill_type),
                    held_at=row.actual_start,  # type: ignore[arg-type]  # done drills have started
                    grade=timing.grade,
                    target=timing.target,
                    first_ack=timing.first.elapsed,
                    first_outcome=timing.first.outcome,
                    all_ack=timing.everyone.elapsed,
                    all_outcome=timing.everyone.outcome,
                    key_roles_ack=timing.key_roles.elapsed,
                    key_roles_outcome=timing.key_roles.outcome,
                    score_percent=rating.score_percent,
                    findings_open=statuses.count(FindingStatus.OPEN),
                    findings_closed=statuses.count(FindingStatus.CLOSED),
                )
            )
        return tuple(points)

    def drills_for_risk(
        self, session: Session, risk_id: int, *, now: datetime | None = None
    ) -> tuple[DrillCalendarItem, ...]:
        """The drills that exercise a risk (for the risk's detail view)."""
        self._policy.require(session, Operation.DRILL_VIEW)
        now = now or utc_now()
        if isinstance(risk_id, bool) or not isinstance(risk_id, int):
            raise _refuse("risk_id", "must be a risk number")
        return tuple(
            calendar_item(r) for r in self._repo.drills_for_risk(risk_id) if visible_to(session.role, r, now)
        )

    # -- planning --------------------------------------------------------------------------------

    def create(self, session: Session, data: DrillInput, *, now: datetime | None = None) -> DrillView:
        """Record a new drill (usually planned; a drill held on paper may be recorded as done)."""
        if not isinstance(data, DrillInput):
            raise InvalidInput("A drill needs its details.")
        self._require_surprise_planning(session, data)
        self._policy.require(session, Operation.DRILL_MANAGE)
        _whole_minutes(data)
        now = now or utc_now()
        with self._db.transaction() as conn:
            self._check_risks(conn, data.risk_ids)
            drill_id, code = self._insert_drill(conn, data, series_id=None, now=now, user_id=session.user_id)
            self._audit(
                conn,
                session,
                "drill.created",
                drill_id,
                detail={
                    "code": code,
                    "type": DrillType(data.drill_type).value,
                    "status": DrillStatus(data.status).value,
                    "objectives": len(data.objectives),
                    "participants": len(data.participants),
                    "risks": sorted(data.risk_ids),
                },
                now=now,
            )
        return self._fresh(session, drill_id)

    def update(
        self, session: Session, drill_id: int, data: DrillInput, *, now: datetime | None = None
    ) -> DrillView:
        """Replace a drill's details (the editor's save); the status changes only through ``transition``."""
        if not isinstance(data, DrillInput):
            raise InvalidInput("A drill needs its details.")
        self._require_surprise_planning(session, data)
        self._policy.require(session, Operation.DRILL_MANAGE)
        _whole_minutes(data)
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_drill(session, drill_id, now)
            if DrillStatus(data.status).value != row.status:
                raise _refuse("status", "change the status with a status move (start, end, cancel, resume)")
            self._check_risks(conn, data.risk_ids)
            before = self._input_of(row)
            record = _record(data)
            changed = sorted(
                name
                for name in (
                    "drill_type",
                    "title",
                    "scenario",
                    "scenario_category",
                    "scenario_grade",
                    "key_roles",
                    "planned_start",
                    "actual_start",
                    "actual_end",
                )
                if getattr(record, name) != getattr(row, name)
            )
            if record.planned_minutes != row.planned_minutes:
                changed.append("planned_duration")
            if _objective_values(data) != _objective_values(before):
                changed.append("objectives")
            if _participant_records(data) != _participant_records(before):
                changed.append("participants")
            if sorted(data.risk_ids) != sorted(before.risk_ids):
                changed.append("risk_ids")
            if changed:
                DrillsRepository.update(conn, row.id, record, now=now, user_id=session.user_id)
                DrillsRepository.replace_objectives(conn, row.id, _objective_values(data))
                DrillsRepository.replace_participants(conn, row.id, _participant_records(data))
                DrillsRepository.replace_risk_links(
                    conn, row.id, list(data.risk_ids), now=now, user_id=session.user_id
                )
                self._audit(
                    conn,
                    session,
                    "drill.updated",
                    row.id,
                    detail={"code": row.code, "fields": sorted(changed)},
                    now=now,
                )
        return self._fresh(session, drill_id)

    def create_series(
        self,
        session: Session,
        template: DrillInput,
        rule: RecurrenceRule,
        *,
        start: date | None = None,
        horizon_days: int = SERIES_HORIZON_DAYS,
        now: datetime | None = None,
    ) -> DrillSeriesCreated:
        """Plan a recurring drill: one planned drill per occurrence of ``rule`` within the horizon.

        ``template`` gives everything but the planned start (its own is ignored); ``start`` is the
        first local date the series may fall on (default: the template's planned date in the rule's
        zone); the horizon counts ``horizon_days`` from that date. All drills are written together
        or none is.
        """
        if not isinstance(template, DrillInput):
            raise InvalidInput("A drill series needs the details of its drills.")
        if not isinstance(rule, RecurrenceRule):
            raise InvalidInput("A drill series needs its recurrence rule.")
        self._require_surprise_planning(session, template)
        self._policy.require(session, Operation.DRILL_MANAGE)
        _whole_minutes(template)
        if DrillStatus(template.status) is not DrillStatus.PLANNED:
            raise _refuse("status", "the drills of a series are planned drills")
        if (
            isinstance(horizon_days, bool)
            or not isinstance(horizon_days, int)
            or not (1 <= horizon_days <= SERIES_HORIZON_MAX_DAYS)
        ):
            raise _refuse(
                "horizon_days", f"must be a whole number of days from 1 to {SERIES_HORIZON_MAX_DAYS}"
            )
        first_day = start if start is not None else template.planned_start.astimezone(rule.tz).date()
        if isinstance(first_day, datetime) or not isinstance(first_day, date):
            raise _refuse("start", "must be a date")
        low = datetime.combine(first_day, time.min, tzinfo=rule.tz)
        high = low + timedelta(days=horizon_days)
        instants = _checked(lambda: occurrences(rule, first_day, low, high))
        if not instants:
            raise _refuse("rule", "no drill of this series falls within the horizon")
        if len(instants) > SERIES_DRILLS_MAX:
            raise _refuse(
                "rule", f"would plan more than {SERIES_DRILLS_MAX} drills; choose a longer interval"
            )
        drills = [_checked(lambda at=at: dataclasses.replace(template, planned_start=at)) for at in instants]
        now = now or utc_now()
        nth = rule.nth_weekday
        record = SeriesRecord(
            frequency=rule.frequency.value,  # type: ignore[union-attr]  # validated: a Frequency
            interval=rule.interval,
            weekdays=tuple(int(d) for d in rule.weekdays),
            nth=nth.n if nth else None,
            nth_weekday=int(nth.weekday) if nth else None,
            month_day=rule.month_day,
            month=rule.month,
            quarter_month=rule.quarter_month,
            local_time=rule.local_time.isoformat(),
            zone=rule.zone,
            starts_on=first_day,
            until_on=rule.until,
            occurrence_limit=rule.count,
            materialised_to=high.astimezone(UTC),
        )
        with self._db.transaction() as conn:
            self._check_risks(conn, template.risk_ids)
            series_id = DrillsRepository.insert_series(conn, record, now=now, user_id=session.user_id)
            codes = [
                self._insert_drill(conn, data, series_id=series_id, now=now, user_id=session.user_id)[1]
                for data in drills
            ]
            self._audit(
                conn,
                session,
                "drill_series.created",
                series_id,
                detail={
                    "frequency": record.frequency,
                    "type": DrillType(template.drill_type).value,
                    "drills": len(codes),
                    "codes": codes,
                },
                now=now,
            )
        return DrillSeriesCreated(
            series_id, to_rrule(rule), tuple(calendar_item(r) for r in self._repo.in_series(series_id))
        )

    # -- running ---------------------------------------------------------------------------------

    def transition(
        self,
        session: Session,
        drill_id: int,
        target: DrillStatus | str,
        *,
        reason: str | None = None,
        at: datetime | None = None,
        now: datetime | None = None,
    ) -> DrillView:
        """Move a drill: start it (stamps the actual start), end it, cancel or resume it (with a reason).

        ``at`` is when it happened (default now): starting stamps it as the actual start, ending as
        the actual end; resuming a done drill clears the end.
        """
        self._policy.require(session, Operation.DRILL_RUN)
        now = now or utc_now()
        when = now if at is None else at
        if not isinstance(when, datetime) or when.utcoffset() is None:
            raise _refuse("at", "must be a date and time with a time zone")
        when = when.astimezone(UTC)
        if when > now + FUTURE_TOLERANCE:
            raise _refuse("at", "cannot be in the future")
        with self._db.transaction() as conn:
            row = self._require_drill(session, drill_id, now)
            try:
                move = check_drill_transition(row.status, target, reason)
            except DrillTransitionRefused as error:
                raise _refuse("status", str(error)) from None
            changes: dict[str, object] = {"status": move.target}
            if move.source is DrillStatus.PLANNED and move.target is DrillStatus.IN_PROGRESS:
                changes["actual_start"] = when
            elif move.target is DrillStatus.DONE:
                changes["actual_end"] = when
            elif move.source is DrillStatus.DONE and move.target is DrillStatus.IN_PROGRESS:
                changes["actual_end"] = None
            data = self._input_of(row, **changes)
            DrillsRepository.update(conn, row.id, _record(data), now=now, user_id=session.user_id)
            DrillsRepository.insert_status_change(
                conn,
                row.id,
                from_status=move.source.value,
                to_status=move.target.value,
                reason=move.reason,
                now=now,
                user_id=session.user_id,
            )
            self._audit(
                conn,
                session,
                "drill.status_changed",
                row.id,
                detail={"code": row.code, "from": move.source.value, "to": move.target.value},
                now=now,
            )
        return self._fresh(session, drill_id)

    def _stamp(
        self,
        session: Session,
        drill_id: int,
        participant_ids: Sequence[int] | None,
        *,
        acknowledge: bool,
        at: datetime | None,
        now: datetime | None,
    ) -> DrillView:
        self._policy.require(session, Operation.DRILL_RUN)
        now = now or utc_now()
        when = now if at is None else at
        if not isinstance(when, datetime) or when.utcoffset() is None:
            raise _refuse("at", "must be a date and time with a time zone")
        when = when.astimezone(UTC)
        if when > now + FUTURE_TOLERANCE:
            raise _refuse("at", "cannot be in the future")
        with self._db.transaction() as conn:
            row = self._require_drill(session, drill_id, now)
            if row.status != DrillStatus.IN_PROGRESS.value:
                raise _refuse("status", "times are stamped while the drill is in progress; start it first")
            stored = DrillsRepository.participants_in(conn, row.id)
            by_id = {p.id: p for p in stored}
            if participant_ids is None:
                chosen = [p for p in stored if p.notified_at is None]
            else:
                if any(isinstance(i, bool) or i not in by_id for i in participant_ids):
                    raise _refuse("participant_id", "is not a participant of this drill")
                chosen = [by_id[i] for i in dict.fromkeys(participant_ids)]
            if acknowledge and any(p.acknowledged_at is not None for p in chosen):
                raise _refuse("participant_id", "has acknowledged already; correct the time in the editor")
            if not acknowledge:
                chosen = [p for p in chosen if p.notified_at is None]  # a second alert keeps the first time
            if not chosen:
                return self._view(row, self._deidentified(session))
            ids = {p.id for p in chosen}
            updated = [
                dataclasses.replace(
                    p,
                    notified_at=p.notified_at if acknowledge else when,
                    acknowledged_at=when if acknowledge else p.acknowledged_at,
                )
                if p.id in ids
                else p
                for p in stored
            ]
            self._input_of(row, participants=_domain_participants(updated))  # validates the stamps
            for p in updated:
                if p.id in ids:
                    DrillsRepository.set_participant_times(
                        conn, p.id, notified_at=p.notified_at, acknowledged_at=p.acknowledged_at
                    )
            DrillsRepository.touch(conn, row.id, now=now, user_id=session.user_id)
            self._audit(
                conn,
                session,
                "drill.acknowledged" if acknowledge else "drill.notified",
                row.id,
                detail={"code": row.code, "participants": sorted(ids)},
                now=now,
            )
        return self._fresh(session, drill_id)

    def record_notifications(
        self,
        session: Session,
        drill_id: int,
        participant_ids: Sequence[int] | None = None,
        *,
        at: datetime | None = None,
        now: datetime | None = None,
    ) -> DrillView:
        """Stamp when the alert reached participants (default: everyone not yet notified)."""
        return self._stamp(session, drill_id, participant_ids, acknowledge=False, at=at, now=now)

    def stamp_acknowledged(
        self,
        session: Session,
        drill_id: int,
        participant_id: int,
        at: datetime | None = None,
        *,
        now: datetime | None = None,
    ) -> DrillView:
        """The run-drill stopwatch's key press: this participant acknowledged at ``at`` (default now)."""
        return self._stamp(session, drill_id, [participant_id], acknowledge=True, at=at, now=now)

    # -- evaluating ------------------------------------------------------------------------------

    def rate(
        self,
        session: Session,
        drill_id: int,
        results: Sequence[ObjectiveResult | str | None],
        *,
        now: datetime | None = None,
    ) -> DrillView:
        """Record each objective's result, in the order of the objectives (None: not yet rated)."""
        self._policy.require(session, Operation.DRILL_MANAGE)
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_drill(session, drill_id, now)
            objectives = self._repo.objectives(row.id)
            if (
                isinstance(results, str)
                or not isinstance(results, Sequence)
                or len(results) != len(objectives)
            ):
                raise _refuse("objectives", f"give one result for each of the {len(objectives)} objectives")
            data = self._input_of(
                row, objectives=tuple(Objective(o.text, r) for o, r in zip(objectives, results, strict=True))
            )
            DrillsRepository.replace_objectives(conn, row.id, _objective_values(data))
            DrillsRepository.touch(conn, row.id, now=now, user_id=session.user_id, rated=True)
            rating = data.rating
            self._audit(
                conn,
                session,
                "drill.rated",
                row.id,
                detail={
                    "code": row.code,
                    "overall": rating.overall.value if rating.overall else None,
                    "score_percent": rating.score_percent,
                    "met": rating.met,
                    "partly_met": rating.partly_met,
                    "not_met": rating.not_met,
                    "unrated": rating.unrated,
                },
                now=now,
            )
        return self._fresh(session, drill_id)

    def add_finding(
        self,
        session: Session,
        drill_id: int,
        *,
        severity: FindingSeverity | str,
        area: FindingArea | str,
        text: str,
        now: datetime | None = None,
    ) -> FindingView:
        """Record what the drill showed; only a drill that has started has findings."""
        self._policy.require(session, Operation.DRILL_MANAGE)
        finding = _checked(lambda: FindingInput(severity=severity, area=area, text=text))
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_drill(session, drill_id, now)
            if row.actual_start is None:
                raise _refuse("drill", "findings are recorded once the drill has started")
            finding_id = DrillsRepository.insert_finding(
                conn,
                row.id,
                severity=FindingSeverity(finding.severity).value,
                area=FindingArea(finding.area).value,
                text=finding.text,
                now=now,
                user_id=session.user_id,
            )
            DrillsRepository.touch(conn, row.id, now=now, user_id=session.user_id)
            self._audit(
                conn,
                session,
                "drill_finding.added",
                finding_id,
                detail={
                    "drill": row.code,
                    "severity": FindingSeverity(finding.severity).value,
                    "area": FindingArea(finding.area).value,
                },
                now=now,
            )
        return self._finding(session, finding_id)

    def update_finding(
        self,
        session: Session,
        finding_id: int,
        *,
        severity: FindingSeverity | str,
        area: FindingArea | str,
        text: str,
        now: datetime | None = None,
    ) -> FindingView:
        self._policy.require(session, Operation.DRILL_MANAGE)
        finding = _checked(lambda: FindingInput(severity=severity, area=area, text=text))
        now = now or utc_now()
        with self._db.transaction() as conn:
            stored = self._require_finding(session, finding_id, now)
            new = {
                "severity": FindingSeverity(finding.severity).value,
                "area": FindingArea(finding.area).value,
                "text": finding.text,
            }
            changed = sorted(name for name, value in new.items() if getattr(stored, name) != value)
            if changed:
                DrillsRepository.update_finding(conn, stored.id, now=now, **new)
                detail: dict[str, object] = {
                    "fields": changed,
                    "severity": new["severity"],
                    "area": new["area"],
                }
                self._audit(conn, session, "drill_finding.updated", stored.id, detail=detail, now=now)
        return self._finding(session, finding_id)

    def _require_finding(self, session: Session, finding_id: object, now: datetime) -> FindingRow:
        row = (
            self._repo.finding(finding_id)
            if isinstance(finding_id, int) and not isinstance(finding_id, bool)
            else None
        )
        if row is None:
            raise InvalidInput("That finding does not exist.")
        self._require_drill(session, row.drill_id, now)
        return row

    def _finding(self, session: Session, finding_id: int) -> FindingView:
        row = self._repo.finding(finding_id)
        assert row is not None
        return finding_view(row, self._repo.actions(row.drill_id), self._deidentified(session))

    # -- corrective actions ----------------------------------------------------------------------

    def _action_input(self, **values: object) -> ActionInput:
        try:
            return ActionInput(**values)  # type: ignore[arg-type]
        except IncidentInvalid as error:
            raise DrillInputInvalid(tuple(error.problems)) from None
        except TypeError:
            raise InvalidInput("A corrective action needs a title, an owner and a due date.") from None

    def _check_finding_of(self, drill_id: int, finding_id: object) -> int | None:
        if finding_id is None:
            return None
        row = (
            self._repo.finding(finding_id)
            if isinstance(finding_id, int) and not isinstance(finding_id, bool)
            else None
        )
        if row is None or row.drill_id != drill_id:
            raise _refuse("finding_id", "is not a finding of this drill")
        return row.id

    def add_action(
        self,
        session: Session,
        drill_id: int,
        *,
        title: str,
        due_on: date,
        owner_role: CrisisRole | str | None = None,
        owner_user_id: int | None = None,
        status: ActionStatus | str = ActionStatus.OPEN,
        finding_id: int | None = None,
        now: datetime | None = None,
    ) -> DrillActionView:
        """Add a corrective action to a drill, optionally for one of its findings."""
        self._policy.require(session, Operation.DRILL_MANAGE)
        typed = self._action_input(
            title=title, due_on=due_on, owner_role=owner_role, owner_user_id=owner_user_id, status=status
        )
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_drill(session, drill_id, now)
            finding = self._check_finding_of(row.id, finding_id)
            if typed.owner_user_id is not None:
                self._incidents.require_assignable(typed.owner_user_id)
            status_value = ActionStatus(typed.status)
            action_id = DrillsRepository.insert_action(
                conn,
                row.id,
                finding_id=finding,
                title=typed.title,
                owner_role=_value(typed.owner_role),
                owner_user_id=typed.owner_user_id,
                due_on=typed.due_on,
                status=status_value.value,
                done_at=now if status_value is ActionStatus.DONE else None,
                now=now,
                user_id=session.user_id,
            )
            DrillsRepository.touch(conn, row.id, now=now, user_id=session.user_id)
            self._audit(
                conn,
                session,
                "drill_action.added",
                action_id,
                detail={
                    "drill": row.code,
                    "finding": finding,
                    "status": status_value.value,
                    "due_on": typed.due_on.isoformat(),
                },
                now=now,
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
        finding_id: int | None = None,
        now: datetime | None = None,
    ) -> DrillActionView:
        """Replace an action's title, owner, due date, status and finding; reaching done stamps it."""
        self._policy.require(session, Operation.DRILL_MANAGE)
        typed = self._action_input(
            title=title, due_on=due_on, owner_role=owner_role, owner_user_id=owner_user_id, status=status
        )
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_action(session, action_id, now)
            finding = self._check_finding_of(row.drill_id, finding_id)
            if typed.owner_user_id is not None and typed.owner_user_id != row.owner_user_id:
                self._incidents.require_assignable(typed.owner_user_id)
            status_value = ActionStatus(typed.status)
            new = {
                "finding_id": finding,
                "title": typed.title,
                "owner_role": _value(typed.owner_role),
                "owner_user_id": typed.owner_user_id,
                "due_on": typed.due_on,
                "status": status_value.value,
            }
            changed = sorted(name for name, value in new.items() if value != getattr(row, name))
            if changed:
                done_at = row.done_at if status_value is ActionStatus.DONE else None
                if status_value is ActionStatus.DONE and row.status != ActionStatus.DONE.value:
                    done_at = now
                DrillsRepository.update_action(conn, row.id, done_at=done_at, now=now, **new)  # type: ignore[arg-type]
                detail: dict[str, object] = {"fields": changed}
                if "status" in changed:
                    detail.update({"from": row.status, "to": status_value.value})
                self._audit(conn, session, "drill_action.updated", row.id, detail=detail, now=now)
        return self._action(session, action_id)

    def set_action_status(
        self, session: Session, action_id: int, status: ActionStatus | str, *, now: datetime | None = None
    ) -> DrillActionView:
        """Move an action to ``status`` (e.g. mark it done) keeping everything else."""
        self._policy.require(session, Operation.DRILL_MANAGE)
        row = self._require_action(session, action_id, now or utc_now())
        return self.update_action(
            session,
            action_id,
            title=row.title,
            due_on=row.due_on,
            owner_role=row.owner_role,
            owner_user_id=row.owner_user_id,
            status=status,
            finding_id=row.finding_id,
            now=now,
        )

    def _require_action(self, session: Session, action_id: object, now: datetime) -> DrillActionRow:
        row = (
            self._repo.action(action_id)
            if isinstance(action_id, int) and not isinstance(action_id, bool)
            else None
        )
        if row is None:
            raise InvalidInput("That corrective action does not exist.")
        self._require_drill(session, row.drill_id, now)
        return row

    def _action(self, session: Session, action_id: int) -> DrillActionView:
        row = self._repo.action(action_id)
        assert row is not None
        return action_view(row, self._deidentified(session))

    # -- risks -----------------------------------------------------------------------------------

    def link_risk(
        self, session: Session, drill_id: int, risk_id: int, *, now: datetime | None = None
    ) -> DrillView:
        """Link a risk of the register that the drill exercises (linking twice changes nothing)."""
        self._policy.require(session, Operation.DRILL_MANAGE)
        if isinstance(risk_id, bool) or not isinstance(risk_id, int):
            raise _refuse("risk_id", "must be a risk number")
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_drill(session, drill_id, now)
            self._check_risks(conn, [risk_id])
            if DrillsRepository.insert_risk_link(conn, row.id, risk_id, now=now, user_id=session.user_id):
                DrillsRepository.touch(conn, row.id, now=now, user_id=session.user_id)
                self._audit(
                    conn,
                    session,
                    "drill.risk_linked",
                    row.id,
                    detail={"code": row.code, "risk": risk_id},
                    now=now,
                )
        return self._fresh(session, drill_id)

    def unlink_risk(
        self, session: Session, drill_id: int, risk_id: int, *, now: datetime | None = None
    ) -> DrillView:
        self._policy.require(session, Operation.DRILL_MANAGE)
        if isinstance(risk_id, bool) or not isinstance(risk_id, int):
            raise _refuse("risk_id", "must be a risk number")
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_drill(session, drill_id, now)
            if DrillsRepository.delete_risk_link(conn, row.id, risk_id):
                DrillsRepository.touch(conn, row.id, now=now, user_id=session.user_id)
                self._audit(
                    conn,
                    session,
                    "drill.risk_unlinked",
                    row.id,
                    detail={"code": row.code, "risk": risk_id},
                    now=now,
                )
        return self._fresh(session, drill_id)
