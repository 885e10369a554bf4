"""Response-plan templates in effect: the shipped defaults, or an admin's stored version.

Each category has a plan for all grades (shipped by default) and may have one per grade, which an
admin adds. The plan in effect for an incident is the stored one for its category and grade, else
the category's all-grades plan (stored, else the default). The incident service asks
:func:`template_in_effect` on its own open connection when it activates an incident, so the choice
and the checklist copy happen in one transaction; already activated incidents keep the checklist
they were given.

Templates are office procedure, not case content: step titles may appear in audit-free views, but
the audit entries name only the category, the grade and how many steps there are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

import sqlcipher3

from app.domain.crisis_roles import CrisisRole
from app.domain.response_plans import (
    CATEGORY_CODES,
    DEFAULT_TEMPLATES,
    GRADE_CODES,
    PlanInvalid,
    PlanStep,
    PlanTemplate,
    template_for,
)
from app.domain.roles import Operation
from app.domain.text_input import Problem, clean_line
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.response_plans_repository import PlanTemplateRow, ResponsePlansRepository, StoredStep
from app.storage.users_repository import UsersRepository

TITLE_MAX = 300
STEPS_MAX = 60
OFFSET_MAX = timedelta(days=366)


class PlanSource(StrEnum):
    DEFAULT = "default"  # the shipped all-grades plan
    EDITED = "edited"  # an admin's stored version for this category and grade
    ALL_GRADES = "all_grades"  # no plan for this grade: the category's all-grades plan applies


class PlanTemplateInvalid(InvalidInput):
    """A template that breaks a rule; ``problems`` names each field (``steps.3.title_en``). Nothing saved."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems) or "invalid template")
        self.problems = problems


@dataclass(frozen=True, slots=True)
class PlanStepInput:
    """A step as typed in the editor; checked by :func:`check_step` and on saving."""

    title_en: str
    title_zh: str
    role: CrisisRole | str
    due_offset: timedelta
    code: str | None = None


@dataclass(frozen=True, slots=True)
class PlanTemplateInput:
    category: str
    grade: str | None
    steps: Sequence[PlanStepInput] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class PlanTemplateView:
    """The plan in effect for (category, grade) and where it comes from."""

    template: PlanTemplate
    source: PlanSource
    updated_at: datetime | None = None
    updated_by: int | None = None
    updated_by_name: str | None = None

    @property
    def category(self) -> str:
        return self.template.category

    @property
    def grade(self) -> str | None:
        return self.template.grade

    @property
    def steps(self) -> tuple[PlanStep, ...]:
        return self.template.steps

    @property
    def edited(self) -> bool:
        return self.source is PlanSource.EDITED


# -- checking -------------------------------------------------------------------------------------


def _step_problems(prefix: str, step: PlanStepInput, order: int) -> tuple[PlanStep | None, list[Problem]]:
    problems: list[Problem] = []
    title_en = clean_line(f"{prefix}title_en", step.title_en, problems, maximum=TITLE_MAX, required=True)
    title_zh = clean_line(f"{prefix}title_zh", step.title_zh, problems, maximum=TITLE_MAX, required=True)
    try:
        role = CrisisRole(step.role)
    except ValueError:
        problems.append(Problem(f"{prefix}role", "is not a crisis-team role"))
        role = None
    offset = step.due_offset
    if not isinstance(offset, timedelta):
        problems.append(Problem(f"{prefix}due_offset", "must be a duration"))
    elif offset < timedelta(0):
        problems.append(Problem(f"{prefix}due_offset", "cannot be before activation"))
    elif offset > OFFSET_MAX:
        problems.append(Problem(f"{prefix}due_offset", "must be within a year of activation"))
    elif offset % timedelta(minutes=1):
        problems.append(Problem(f"{prefix}due_offset", "must be whole minutes"))
    if problems or role is None:
        return None, problems
    try:
        return PlanStep(order, title_en, title_zh, role, offset, step.code), problems
    except PlanInvalid as error:
        return None, [Problem(f"{prefix}code", str(error))]


def check_step(step: PlanStepInput) -> PlanStep:
    """One step checked on its own (the step editor shows the problems next to its fields)."""
    checked, problems = _step_problems("", step, 1)
    if problems or checked is None:
        raise PlanTemplateInvalid(tuple(problems))
    return checked


def check_template(value: PlanTemplateInput | PlanTemplate) -> PlanTemplate:
    """The template built with the domain rules, or every problem found (fields named per step)."""
    if isinstance(value, PlanTemplate):
        return value
    problems: list[Problem] = []
    if value.category not in CATEGORY_CODES:
        problems.append(Problem("category", "is not an incident category"))
    if value.grade is not None and value.grade not in GRADE_CODES:
        problems.append(Problem("grade", "must be I, II, III, IV or none for all grades"))
    steps: list[PlanStep] = []
    if not value.steps:
        problems.append(Problem("steps", "a plan needs at least one step"))
    elif len(value.steps) > STEPS_MAX:
        problems.append(Problem("steps", f"a plan may have at most {STEPS_MAX} steps"))
    for order, item in enumerate(value.steps, start=1):
        step, found = _step_problems(f"steps.{order}.", item, order)
        problems.extend(found)
        if step is not None:
            steps.append(step)
    if problems:
        raise PlanTemplateInvalid(tuple(problems))
    try:
        return PlanTemplate(value.category, value.grade, tuple(steps))
    except PlanInvalid as error:
        raise PlanTemplateInvalid((Problem("steps", str(error)),)) from None


# -- rows <-> templates ---------------------------------------------------------------------------


def _stored(template: PlanTemplate) -> list[StoredStep]:
    return [
        StoredStep(s.order, s.code, s.title_en, s.title_zh, s.role.value, int(s.due_offset.total_seconds()))
        for s in template.steps
    ]


def _template(row: PlanTemplateRow) -> PlanTemplate:
    steps = tuple(
        PlanStep(
            s.order,
            s.title_en,
            s.title_zh,
            CrisisRole(s.role),
            timedelta(seconds=s.due_offset_seconds),
            s.code,
        )
        for s in row.steps
    )
    return PlanTemplate(row.category, row.grade, steps)


def _default(category: str) -> PlanTemplate:
    template = template_for(category, None, DEFAULT_TEMPLATES)
    assert template is not None  # every category ships an all-grades plan
    return template


def template_in_effect(conn: sqlcipher3.Connection, category: str, grade: str | None) -> PlanTemplate | None:
    """The plan to copy onto an incident activated now, read inside the caller's transaction.

    The stored plan for the grade, else the stored all-grades plan, else the shipped default.
    """
    return _pick(category, grade, ResponsePlansRepository.for_category_in(conn, category))


def _pick(category: str, grade: str | None, rows: Sequence[PlanTemplateRow]) -> PlanTemplate | None:
    stored = [_template(row) for row in rows if row.category == category]
    keys = {t.key for t in stored}
    pool = [*stored, *(t for t in DEFAULT_TEMPLATES if t.category == category and t.key not in keys)]
    return template_for(category, grade, pool)


# -- the service ----------------------------------------------------------------------------------


class ResponsePlanService:
    def __init__(self, db: Database, policy: AccessPolicy) -> None:
        self._db = db
        self._policy = policy
        self._repo = ResponsePlansRepository(db)

    def _names(self, rows: Sequence[PlanTemplateRow]) -> dict[int, str]:
        wanted = {r.updated_by for r in rows if r.updated_by is not None}
        if not wanted:
            return {}
        return {
            u.id: (u.display_name.strip() or u.username)
            for u in UsersRepository(self._db).all()
            if u.id in wanted
        }

    def _view(self, category: str, grade: str | None, rows: Sequence[PlanTemplateRow]) -> PlanTemplateView:
        names = self._names(rows)
        by_key = {(r.category, r.grade): r for r in rows}
        row = by_key.get((category, grade))
        if row is not None:
            return PlanTemplateView(
                _template(row),
                PlanSource.EDITED,
                row.updated_at,
                row.updated_by,
                names.get(row.updated_by or -1),
            )
        if grade is not None:
            base = self._view(category, None, rows)
            return PlanTemplateView(
                PlanTemplate(category, grade, base.template.steps),
                PlanSource.ALL_GRADES,
                base.updated_at,
                base.updated_by,
                base.updated_by_name,
            )
        return PlanTemplateView(_default(category), PlanSource.DEFAULT)

    @staticmethod
    def _key(category: object, grade: object) -> tuple[str, str | None]:
        problems: list[Problem] = []
        if category not in CATEGORY_CODES:
            problems.append(Problem("category", "is not an incident category"))
        if grade is not None and grade not in GRADE_CODES:
            problems.append(Problem("grade", "must be I, II, III, IV or none for all grades"))
        if problems:
            raise PlanTemplateInvalid(tuple(problems))
        return str(category), None if grade is None else str(grade)

    def templates(self, session: Session) -> tuple[PlanTemplateView, ...]:
        """Every category's all-grades plan in effect, and the grade plans admins stored, marked by source."""
        self._policy.require(session, Operation.PLAN_VIEW)
        rows = self._repo.all()
        keys: list[tuple[str, str | None]] = [(c, None) for c in CATEGORY_CODES]
        keys += [(r.category, r.grade) for r in rows if r.grade is not None]
        return tuple(self._view(c, g, rows) for c, g in keys)

    def template(self, session: Session, category: str, grade: str | None) -> PlanTemplateView:
        """The plan that applies to an incident of this category and grade (grade None: all grades)."""
        self._policy.require(session, Operation.PLAN_VIEW)
        category, grade = self._key(category, grade)
        return self._view(category, grade, self._repo.all())

    def template_in_effect(self, category: str, grade: str | None) -> PlanTemplate | None:
        """The plan a new activation gets (no session: the incident service has already checked its own)."""
        return _pick(category, grade, self._repo.all())

    def save_template(
        self, session: Session, template: PlanTemplateInput | PlanTemplate, *, now: datetime | None = None
    ) -> PlanTemplateView:
        """Store an admin's version of a plan; every problem is named before anything is written."""
        self._policy.require(session, Operation.PLAN_TEMPLATE_EDIT)
        checked = check_template(template)
        now = now or utc_now()
        with self._db.transaction() as conn:
            ResponsePlansRepository.put(
                conn, checked.category, checked.grade, _stored(checked), user_id=session.user_id, now=now
            )
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "plan.template_saved",
                        "response_plan",
                        f"{checked.category}.{checked.grade or 'all'}",
                        {"category": checked.category, "grade": checked.grade, "steps": len(checked.steps)},
                    )
                ],
                now,
            )
        return self._view(checked.category, checked.grade, self._repo.all())

    def reset_template(
        self, session: Session, category: str, grade: str | None, *, now: datetime | None = None
    ) -> PlanTemplateView:
        """Drop the stored version: the shipped default (or, for a grade, the all-grades plan) applies."""
        self._policy.require(session, Operation.PLAN_TEMPLATE_EDIT)
        category, grade = self._key(category, grade)
        now = now or utc_now()
        with self._db.transaction() as conn:
            if ResponsePlansRepository.delete(conn, category, grade):
                AuditRepository.append(
                    conn,
                    [
                        AuditEvent(
                            session.username,
                            "plan.template_reset",
                            "response_plan",
                            f"{category}.{grade or 'all'}",
                            {"category": category, "grade": grade},
                        )
                    ],
                    now,
                )
        return self._view(category, grade, self._repo.all())
