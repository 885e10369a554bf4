"""The risk register's rules: the 5 × 5 scales, score = likelihood × impact, level bands, review cadence.

The register is kept as the background documents ask (quarterly review, a likelihood × impact matrix),
with the defaults most GRC tools use. Bands and cadence are office policy (``app.services.policy``),
so every function here takes them as values instead of reading a global.

Names of scale points, levels, statuses and sources are given in English, Traditional and Simplified
Chinese here because the spreadsheet import recognises them in any of the three and the PDFs print
them outside Qt; the Qt views translate the English through ``app.ui.risk_labels``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

SCALE = range(1, 6)  # likelihood and impact are whole numbers 1..5
SCORE_MAX = 25


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class RiskStatus(StrEnum):
    OPEN = "open"
    TREATING = "treating"
    ACCEPTED = "accepted"
    CLOSED = "closed"

    @property
    def is_active(self) -> bool:
        """Closed risks leave the matrix and the review schedule; the others stay on it."""
        return self is not RiskStatus.CLOSED


class ScoreBasis(StrEnum):
    """Which pair of scores a matrix or a trend uses: before controls (inherent) or after (residual)."""

    INHERENT = "inherent"
    RESIDUAL = "residual"


# (English, Traditional Chinese, Simplified Chinese) per scale point.
LIKELIHOOD_NAMES: dict[int, tuple[str, str, str]] = {
    1: ("Rare", "罕見", "罕见"),
    2: ("Unlikely", "不太可能", "不太可能"),
    3: ("Possible", "可能", "可能"),
    4: ("Likely", "很可能", "很可能"),
    5: ("Almost certain", "幾乎肯定", "几乎肯定"),
}
IMPACT_NAMES: dict[int, tuple[str, str, str]] = {
    1: ("Insignificant", "可忽略", "可忽略"),
    2: ("Minor", "輕微", "轻微"),
    3: ("Moderate", "中等", "中等"),
    4: ("Major", "重大", "重大"),
    5: ("Severe", "嚴重", "严重"),
}
LEVEL_NAMES: dict[RiskLevel, tuple[str, str, str]] = {
    RiskLevel.LOW: ("Low", "低", "低"),
    RiskLevel.MEDIUM: ("Medium", "中", "中"),
    RiskLevel.HIGH: ("High", "高", "高"),
}
STATUS_NAMES: dict[RiskStatus, tuple[str, str, str]] = {
    RiskStatus.OPEN: ("Open", "未處理", "未处理"),
    RiskStatus.TREATING: ("Treating", "處理中", "处理中"),
    RiskStatus.ACCEPTED: ("Accepted", "已接受", "已接受"),
    RiskStatus.CLOSED: ("Closed", "已關閉", "已关闭"),
}

# The sources the background documents name; the office can add, rename and retire sources
# (stored in the database, seeded with these codes by the migration).
DEFAULT_SOURCES: dict[str, tuple[str, str, str]] = {
    "data_leak": ("Data leak", "數據泄露", "数据泄露"),
    "insider_leak": ("Insider leak", "內部人員泄露", "内部人员泄露"),
    "weak_controls": ("Weak internal controls", "內部控制薄弱", "内部控制薄弱"),
    "cyber_attack": ("Cyber attack", "網絡攻擊", "网络攻击"),
    "workload_stress": ("Workload and stress", "工作負荷與壓力", "工作负荷与压力"),
    "restructuring": ("Restructuring", "組織重組", "组织重组"),
    "public_health": ("Public health", "公共衛生", "公共卫生"),
    "natural_disaster": ("Natural disaster", "自然災害", "自然灾害"),
    "supply_chain": ("Supply chain", "供應鏈", "供应链"),
    "reputation": ("Reputation", "聲譽", "声誉"),
}


class RiskRuleError(ValueError):
    """A band or cadence setting that cannot work; the message says which rule it breaks."""


def in_scale(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value in SCALE


def score(likelihood: int, impact: int) -> int:
    """Score = L × I; raises ``ValueError`` for values off the 1–5 scales (callers validate first)."""
    if not (in_scale(likelihood) and in_scale(impact)):
        raise ValueError("likelihood and impact must be whole numbers from 1 to 5")
    return likelihood * impact


@dataclass(frozen=True, slots=True)
class LevelBands:
    """Score bands: Low 1..low_max, Medium low_max+1..medium_max, High medium_max+1..25.

    The default (Low 1–4, Medium 5–9, High 10–25) is DESIGN.md's. Every band must hold at least one
    score, so 1 <= low_max < medium_max < 25.
    """

    low_max: int = 4
    medium_max: int = 9

    def __post_init__(self) -> None:
        if not 1 <= self.low_max < self.medium_max < SCORE_MAX:
            raise RiskRuleError(
                "Level bands must leave each level at least one score: 1 ≤ Low's top < Medium's top < 25."
            )

    def level_for(self, value: int) -> RiskLevel:
        if not 1 <= value <= SCORE_MAX:
            raise ValueError("a score is from 1 to 25")
        if value <= self.low_max:
            return RiskLevel.LOW
        if value <= self.medium_max:
            return RiskLevel.MEDIUM
        return RiskLevel.HIGH

    def range_of(self, level: RiskLevel) -> tuple[int, int]:
        """The first and last score of ``level`` (for legends and the formula tooltip)."""
        return {
            RiskLevel.LOW: (1, self.low_max),
            RiskLevel.MEDIUM: (self.low_max + 1, self.medium_max),
            RiskLevel.HIGH: (self.medium_max + 1, SCORE_MAX),
        }[level]


@dataclass(frozen=True, slots=True)
class ReviewCadence:
    """Days between reviews per level (GRC practice: the higher the risk, the sooner it is looked at again)."""

    high_days: int = 90
    medium_days: int = 180
    low_days: int = 360

    def __post_init__(self) -> None:
        for days in (self.high_days, self.medium_days, self.low_days):
            if not 1 <= days <= 3 * 366:
                raise RiskRuleError("A review cadence must be between 1 day and 3 years.")

    def days_for(self, level: RiskLevel) -> int:
        return {
            RiskLevel.HIGH: self.high_days,
            RiskLevel.MEDIUM: self.medium_days,
            RiskLevel.LOW: self.low_days,
        }[level]

    def next_review(self, level: RiskLevel, reviewed_on: date) -> date:
        return reviewed_on + timedelta(days=self.days_for(level))


@dataclass(frozen=True, slots=True)
class RiskScores:
    """The scores of a risk at one moment: inherent (before controls) and residual (after, optional)."""

    likelihood: int
    impact: int
    residual_likelihood: int | None = None
    residual_impact: int | None = None

    @property
    def inherent_score(self) -> int:
        return score(self.likelihood, self.impact)

    @property
    def residual_score(self) -> int | None:
        if self.residual_likelihood is None or self.residual_impact is None:
            return None
        return score(self.residual_likelihood, self.residual_impact)

    def cell(self, basis: ScoreBasis) -> tuple[int, int]:
        """(likelihood, impact) on ``basis``; a risk without residual scores sits at its inherent cell.

        Showing such a risk on the residual matrix at its inherent cell is the conservative choice:
        no control has been assessed, so none is assumed to work.
        """
        if (
            basis is ScoreBasis.RESIDUAL
            and self.residual_likelihood is not None
            and self.residual_impact is not None
        ):
            return (self.residual_likelihood, self.residual_impact)
        return (self.likelihood, self.impact)

    def score_on(self, basis: ScoreBasis) -> int:
        likelihood, impact = self.cell(basis)
        return likelihood * impact


class SnapshotKind(StrEnum):
    """Why a snapshot of a risk was written. Values are stored: never rename one."""

    CREATED = "created"
    EDITED = "edited"
    REVIEWED = "reviewed"
    IMPORTED = "imported"


@dataclass(frozen=True, slots=True)
class RiskSnapshot:
    """How one risk stood from ``effective_on`` on, until its next snapshot.

    The register as of any date is the latest snapshot of every risk on or before that date
    (``app.domain.risk_history``). ``kind`` says what wrote it; a review's snapshot marks the score
    history of a risk.
    """

    risk_id: int
    code: str
    title: str
    source: str
    owner_label: str
    status: RiskStatus
    scores: RiskScores
    effective_on: date
    kind: SnapshotKind = SnapshotKind.EDITED

    def level_on(self, bands: LevelBands, basis: ScoreBasis) -> RiskLevel:
        return bands.level_for(self.scores.score_on(basis))


def review_overdue(status: RiskStatus, next_review_on: date | None, today: date) -> bool:
    """An active risk whose next review date has passed (a risk due today is not yet overdue)."""
    return status.is_active and next_review_on is not None and next_review_on < today


class RiskLike(Protocol):
    """What ``RiskFilter`` reads of a risk: a service's ``RiskView`` or anything shaped like it."""

    @property
    def scores(self) -> RiskScores: ...
    @property
    def status(self) -> RiskStatus: ...
    @property
    def source(self) -> str: ...
    @property
    def owner_label(self) -> str: ...
    @property
    def next_review_on(self) -> date | None: ...
    @property
    def code(self) -> str: ...
    @property
    def title(self) -> str: ...


@dataclass(frozen=True, slots=True)
class RiskFilter:
    """The register table's filters; ``None`` (or ``False``) means "any".

    ``levels`` and ``cell`` are read on ``basis`` (inherent or residual), like the heat map the
    user clicked. ``text`` matches code or title, ignoring case; ``owner`` is the owner label as
    shown, ``source`` the source code.
    """

    levels: frozenset[RiskLevel] | None = None
    owner: str | None = None
    source: str | None = None
    statuses: frozenset[RiskStatus] | None = None
    overdue_only: bool = False
    cell: tuple[int, int] | None = None
    basis: ScoreBasis = ScoreBasis.INHERENT
    text: str | None = None

    def matches(self, view_like: RiskLike, today: date, bands: LevelBands) -> bool:
        scores = view_like.scores
        if self.levels is not None and bands.level_for(scores.score_on(self.basis)) not in self.levels:
            return False
        if self.cell is not None and scores.cell(self.basis) != tuple(self.cell):
            return False
        if self.statuses is not None and view_like.status not in self.statuses:
            return False
        if self.owner is not None and view_like.owner_label != self.owner:
            return False
        if self.source is not None and view_like.source != self.source:
            return False
        if self.overdue_only and not review_overdue(view_like.status, view_like.next_review_on, today):
            return False
        if self.text:
            needle = self.text.strip().casefold()
            if (
                needle
                and needle not in view_like.code.casefold()
                and needle not in view_like.title.casefold()
            ):
                return False
        return True
