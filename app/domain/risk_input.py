"""A risk and a review of it as typed (in the editor, the review dialog or a spreadsheet row), checked.

Unlike the incident inputs these do not raise when built: the importer builds one per spreadsheet
row and shows every row's problems in its preview, so checking is a separate step
(``validate_risk`` / ``validate_review``) that collects all problems at once. ``normalised_risk`` and
``normalised_review`` return the value to store as well: texts NFC-normalised and trimmed, an owner
role or status given as its stored text turned into the enum member.

Whether the source exists, the owner account exists and the code is free are questions for the
database, answered by the service.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.crisis_roles import CrisisRole
from app.domain.risks import RiskStatus, in_scale
from app.domain.text_input import Problem, choice, clean_line, clean_text

CODE_MAX = 20
CODE_PATTERN = re.compile(r"[A-Za-z0-9._-]{1,20}")
TITLE_MAX = 200
CATEGORY_MAX = 100
OWNER_TITLE_MAX = 100
SOURCE_MAX = 40
SOURCE_PATTERN = re.compile(r"[a-z0-9_]{1,40}")
COMMENT_MAX = 5_000
# A review or a next review date before 2000 or after 2100 is a typo in the year.
EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2100, 12, 31)
_TEXT_FIELDS = ("description", "controls", "treatment", "actions")


@dataclass(frozen=True, slots=True, kw_only=True)
class RiskInput:
    """A risk as typed. ``code`` None: the next free code (``R-001`` …) is given when it is saved.

    Exactly one owner: a crisis role, an app account, or a position title such as "Facilities
    manager" (a position, not a person's name: the register holds no personal data). Residual
    scores are both given or both left out; ``next_review_on`` None means "from the cadence, today".
    """

    code: str | None = None
    title: str
    description: str = ""
    source: str
    category: str = ""
    owner_role: CrisisRole | None = None
    owner_user_id: int | None = None
    owner_title: str | None = None
    likelihood: int
    impact: int
    residual_likelihood: int | None = None
    residual_impact: int | None = None
    controls: str = ""
    treatment: str = ""
    actions: str = ""
    status: RiskStatus = RiskStatus.OPEN
    next_review_on: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RiskReviewInput:
    """One review: the date, the scores and status found, a comment; ``next_review_on`` None: cadence."""

    reviewed_on: date
    likelihood: int
    impact: int
    residual_likelihood: int | None = None
    residual_impact: int | None = None
    status: RiskStatus = RiskStatus.OPEN
    comment: str = ""
    next_review_on: date | None = None


def _scale(name: str, value: object, problems: list[Problem]) -> None:
    if not in_scale(value):
        problems.append(Problem(name, "must be a whole number from 1 to 5"))


def _scores(data: RiskInput | RiskReviewInput, problems: list[Problem]) -> None:
    _scale("likelihood", data.likelihood, problems)
    _scale("impact", data.impact, problems)
    residual = (data.residual_likelihood, data.residual_impact)
    if (residual[0] is None) != (residual[1] is None):
        problems.append(Problem("residual", "give both residual likelihood and residual impact, or neither"))
    else:
        for name, value in zip(("residual_likelihood", "residual_impact"), residual, strict=True):
            if value is not None:
                _scale(name, value, problems)


def _date(name: str, value: object, problems: list[Problem], *, required: bool) -> None:
    if value is None:
        if required:
            problems.append(Problem(name, "is required"))
        return
    if isinstance(value, datetime) or not isinstance(value, date):
        problems.append(Problem(name, "must be a date"))
    elif not EARLIEST_DATE <= value <= LATEST_DATE:
        problems.append(
            Problem(name, f"must be between {EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()}")
        )


def _code(value: object, problems: list[Problem]) -> str | None:
    if value is None:
        return None
    code = clean_line("code", value, problems, maximum=CODE_MAX, required=True)
    if code and len(code) <= CODE_MAX and not CODE_PATTERN.fullmatch(code):
        problems.append(Problem("code", "can hold only letters, digits and - _ . (no spaces)"))
    return code


def _owner(data: RiskInput, problems: list[Problem]) -> tuple[CrisisRole | None, int | None, str | None]:
    role: CrisisRole | None = None
    if data.owner_role is not None:
        role = choice("owner_role", CrisisRole, data.owner_role, problems)
    user = data.owner_user_id
    if user is not None and (isinstance(user, bool) or not isinstance(user, int) or user < 1):
        problems.append(Problem("owner_user_id", "must be an account number"))
    title = None
    if data.owner_title is not None:
        title = clean_line("owner_title", data.owner_title, problems, maximum=OWNER_TITLE_MAX) or None
    given = sum(value is not None for value in (data.owner_role, user, title))
    if given != 1:
        problems.append(Problem("owner", "choose one owner: a crisis role, an account or a position"))
    return role, user, title


def normalised_risk(data: RiskInput) -> tuple[RiskInput, tuple[Problem, ...]]:
    """The risk as it would be stored, and every problem with it (none: it may be saved)."""
    problems: list[Problem] = []
    if not isinstance(data, RiskInput):
        return data, (Problem("risk", "must be a RiskInput"),)
    code = _code(data.code, problems)
    title = clean_line("title", data.title, problems, maximum=TITLE_MAX, required=True)
    source = clean_line("source", data.source, problems, maximum=SOURCE_MAX, required=True)
    if source and len(source) <= SOURCE_MAX and not SOURCE_PATTERN.fullmatch(source):
        problems.append(Problem("source", "must be a source code (lower-case letters, digits and _)"))
    category = clean_line("category", data.category, problems, maximum=CATEGORY_MAX)
    texts = {name: clean_text(name, getattr(data, name), problems) for name in _TEXT_FIELDS}
    role, user, owner_title = _owner(data, problems)
    _scores(data, problems)
    status = choice("status", RiskStatus, data.status, problems)
    _date("next_review_on", data.next_review_on, problems, required=False)
    cleaned = dataclasses.replace(
        data,
        code=code,
        title=title,
        source=source,
        category=category,
        owner_role=role,
        owner_user_id=user,
        owner_title=owner_title,
        status=status or data.status,
        **texts,
    )
    return cleaned, tuple(problems)


def validate_risk(data: RiskInput) -> tuple[Problem, ...]:
    """Every problem with ``data``, in field order; empty when it may be saved."""
    return normalised_risk(data)[1]


def normalised_review(
    data: RiskReviewInput, today: date | None = None
) -> tuple[RiskReviewInput, tuple[Problem, ...]]:
    """The review as it would be stored, and every problem with it.

    ``today`` (the service's date, passed in to keep this pure) refuses a review dated in the
    future; a next review date, when given, must come after the review.
    """
    problems: list[Problem] = []
    if not isinstance(data, RiskReviewInput):
        return data, (Problem("review", "must be a RiskReviewInput"),)
    _date("reviewed_on", data.reviewed_on, problems, required=True)
    reviewed_ok = not problems
    if reviewed_ok and today is not None and data.reviewed_on > today:
        problems.append(Problem("reviewed_on", "cannot be in the future"))
    _scores(data, problems)
    status = choice("status", RiskStatus, data.status, problems)
    comment = clean_text("comment", data.comment, problems, maximum=COMMENT_MAX)
    before = len(problems)
    _date("next_review_on", data.next_review_on, problems, required=False)
    if (
        reviewed_ok
        and len(problems) == before
        and data.next_review_on is not None
        and data.next_review_on <= data.reviewed_on
    ):
        problems.append(Problem("next_review_on", "must be after the review date"))
    cleaned = dataclasses.replace(data, status=status or data.status, comment=comment)
    return cleaned, tuple(problems)


def validate_review(data: RiskReviewInput, today: date | None = None) -> tuple[Problem, ...]:
    """Every problem with the review ``data``; empty when it may be recorded."""
    return normalised_review(data, today)[1]
