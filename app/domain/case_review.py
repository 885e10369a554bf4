"""The review of an incident (總結與改進) and its corrective actions, as checked values.

The seed's review asks for the root cause, the recovery plan, an evaluation of how well the
response worked and the lessons learned; those four are what "the review section is filled" means
for closing an incident as reviewed (``missing_fields``). Plan revisions are recorded with the
review but do not block closing: not every incident changes the plan.

Corrective actions carry the improvements beyond the incident. They have an owner (a crisis role
such as legal, or one app account), a due date and a status. Open actions do **not** block closing:
an improvement such as "retrain every department by March" routinely outlives the incident, and
holding the incident open for it would distort the response-time figures. The review summary shows
how many are still open instead, and the board report lists them.

Validation collects every problem at once (``IncidentInvalid`` with ``Problem`` per field) so a form
can mark all wrong fields together; a constructed input is always valid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.domain.crisis_roles import CrisisRole
from app.domain.incidents import IncidentInvalid, Problem

# clean_line and clean_text are the shared input checks; app.domain.evidence imports them from here.
from app.domain.text_input import clean_line, clean_text

ACTION_TITLE_MAX = 300
REQUIRED_FIELDS = ("root_cause", "recovery_plan", "effect_evaluation", "lessons_learned")
ALL_FIELDS = (*REQUIRED_FIELDS, "plan_revisions")
# Plausible due dates: an action due before the year 2000 or after 2100 is a typo in the year.
EARLIEST_DUE = date(2000, 1, 1)
LATEST_DUE = date(2100, 12, 31)


class ActionStatus(StrEnum):
    """Where a corrective action stands. Values are stored: never rename one."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        """Still to be done (open or in progress): counted as open in the review summary."""
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True, slots=True)
class ReviewInput:
    """The review section as typed; any field may be empty while the review is being written."""

    root_cause: str = ""
    recovery_plan: str = ""
    effect_evaluation: str = ""
    lessons_learned: str = ""
    plan_revisions: str = ""

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        for name in ALL_FIELDS:
            object.__setattr__(self, name, clean_text(name, getattr(self, name), problems))
        if problems:
            raise IncidentInvalid(problems)

    def __repr__(self) -> str:  # the text stays out of logs and tracebacks
        return f"ReviewInput(filled={[n for n in ALL_FIELDS if getattr(self, n)]})"


def missing_fields(values: dict[str, str | None] | None) -> tuple[str, ...]:
    """The required review fields still empty (all of them when there is no review yet)."""
    if values is None:
        return REQUIRED_FIELDS
    return tuple(name for name in REQUIRED_FIELDS if not (values.get(name) or "").strip())


def coerce_role(value: object) -> CrisisRole | None:
    if isinstance(value, CrisisRole):
        return value
    if isinstance(value, str) and value in CrisisRole._value2member_map_:
        return CrisisRole(value)
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class ActionInput:
    """A corrective action as typed: a title, exactly one owner (role or account), a due date, a status."""

    title: str
    due_on: date
    owner_role: CrisisRole | str | None = None
    owner_user_id: int | None = None
    status: ActionStatus | str = ActionStatus.OPEN

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        object.__setattr__(
            self, "title", clean_line("title", self.title, problems, maximum=ACTION_TITLE_MAX, required=True)
        )
        if self.owner_role is not None:
            role = coerce_role(self.owner_role)
            if role is None:
                known = ", ".join(r.value for r in CrisisRole)
                problems.append(Problem("owner_role", f"{self.owner_role!r} is not one of {known}"))
            else:
                object.__setattr__(self, "owner_role", role)
        user = self.owner_user_id
        if user is not None and (isinstance(user, bool) or not isinstance(user, int) or user < 1):
            problems.append(Problem("owner_user_id", "must be an account number"))
        if (self.owner_role is None) == (user is None):
            problems.append(Problem("owner", "choose one owner: a crisis role or an account"))
        if isinstance(self.due_on, datetime) or not isinstance(self.due_on, date):
            problems.append(Problem("due_on", "must be a date"))
        elif not EARLIEST_DUE <= self.due_on <= LATEST_DUE:
            problems.append(
                Problem("due_on", f"must be between {EARLIEST_DUE.isoformat()} and {LATEST_DUE.isoformat()}")
            )
        if isinstance(self.status, ActionStatus):
            pass
        elif isinstance(self.status, str) and self.status in ActionStatus._value2member_map_:
            object.__setattr__(self, "status", ActionStatus(self.status))
        else:
            known = ", ".join(s.value for s in ActionStatus)
            problems.append(Problem("status", f"{self.status!r} is not one of {known}"))
        if problems:
            raise IncidentInvalid(problems)

    def __repr__(self) -> str:
        return f"ActionInput(status={self.status}, due_on={self.due_on})"
