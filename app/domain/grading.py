"""Crisis grades I–IV, the privacy-leak tiers, and the suggested grade for an incident.

The grade decides the response-time targets and the escalation ladder, so it must be explainable:
``suggest_grade`` returns the grade together with one reason per criterion it looked at, and the
most severe criterion wins (seed 001: grade by 影響程度 and 緊急程度, with quantitative standards for
people affected, urgency and direct loss). A person may choose another grade, but only with a
recorded reason (``GradeDecision``), because a lowered grade loosens every clock on the incident.

Default thresholds (``GRADING_TABLE``; a settings page may replace it with ``dataclasses.replace``)::

    criterion                       I (特別重大)      II (重大)         III (較大)        IV (一般)
    ------------------------------  ----------------  ----------------  ----------------  -------------
    imminent risk to life           yes               -                 -                 -
    people affected                 ≥ 100             30–99             10–29             0–9
    direct loss (currency units)    ≥ 1,000,000       100,000–999,999   10,000–99,999     < 10,000
    urgency (response needed)       immediate (1 h)   high (4 h)        medium (24 h)     low (72 h)
    sensitivity (other categories)  -                 critical          high              low, none
    privacy-leak tier               major + (≥ 50     major; minor or   moderate          minor
                                    people or an      moderate about a
                                    external attack)  sensitive group
    category baseline               -                 -                 psychological     all others
                                                                        crisis

Why these defaults:

* Urgency maps onto the grade whose start-response target (DESIGN.md: 1 h / 4 h / 24 h / 72 h)
  matches how soon a response is needed, so the chosen urgency and the resulting clock agree.
* Sensitivity mirrors the leak tiers (low ≈ minor, high ≈ moderate, critical ≈ major) so that a
  cyber-security or other event exposing the same kind of data lands on the same grade.
* An imminent risk to life (self-harm or suicide risk in a psychological crisis, violence, a
  serious injury) is grade I whatever the category: nothing else outweighs it.
* A psychological crisis is at least III: the follow-up rules ask for contact within 24 hours,
  which is III's start-response target.
* A major leak is I when many employees are affected (the seed: 大量員工) or an attacker has the data
  (外部黑客攻擊), since the data may be spread further and beyond the company's control.

Money is in cents (see ``app.domain.incidents``); the table's loss thresholds are too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise
from types import MappingProxyType

from app.domain.incidents import (
    PEOPLE_MAX,
    IncidentCategory,
    IncidentInvalid,
    Problem,
    count_problem,
    format_money,
    money_problem,
)


class Grade(StrEnum):
    """Crisis grade; the value is the stored code.

    I is the most severe. The codes sort the same way as the grades ("I" < "II" < "III" < "IV" as
    text too), so ``sorted()`` lists the most severe first and ``min()`` is the most severe; say what
    you mean with ``most_severe`` and ``is_more_severe_than`` rather than relying on that.
    """

    I = "I"  # noqa: E741 - the Roman numeral is the domain's own name for the grade
    II = "II"
    III = "III"
    IV = "IV"

    @property
    def rank(self) -> int:
        """1 for I … 4 for IV: the number in the grade's name (一級 … 四級)."""
        return _RANKS[self]

    @property
    def label_en(self) -> str:
        return GRADE_LABELS[self][0]

    @property
    def label_zh(self) -> str:
        return GRADE_LABELS[self][1]

    @property
    def level_zh(self) -> str:
        """The seed's wording for the level: 一級 … 四級."""
        return GRADE_LABELS[self][2]

    def is_more_severe_than(self, other: Grade) -> bool:
        return self.rank < Grade(other).rank

    @classmethod
    def from_rank(cls, rank: int) -> Grade:
        for grade, value in _RANKS.items():
            if value == rank:
                return grade
        raise ValueError(f"a grade rank is 1 (I) to 4 (IV), not {rank!r}")


_RANKS = {Grade.I: 1, Grade.II: 2, Grade.III: 3, Grade.IV: 4}

# (English, Chinese, Chinese level) for display; seed 001: 一級(特別重大)、二級(重大)、三級(較大)、四級(一般).
GRADE_LABELS: dict[Grade, tuple[str, str, str]] = {
    Grade.I: ("especially serious", "特別重大", "一級"),
    Grade.II: ("serious", "重大", "二級"),
    Grade.III: ("significant", "較大", "三級"),
    Grade.IV: ("general", "一般", "四級"),
}


def most_severe(grades: Iterable[Grade]) -> Grade:
    """The most severe of the grades (I beats II …); ``ValueError`` if there are none."""
    chosen = [Grade(g) for g in grades]
    if not chosen:
        raise ValueError("most_severe needs at least one grade")
    return min(chosen, key=lambda g: g.rank)


class LeakTier(StrEnum):
    """Tiers of a psychological-privacy leak from the leak document (seed 000, 風險等級劃分).

    Definitions (as data in ``LEAK_TIER_DEFINITIONS`` for the wizard's help text):

    * minor 輕微 — a few employees' non-sensitive psychological information (day-to-day mood,
      interests), spread informally (office circles, chat between colleagues). No marked harm to
      mental health or operations, but trust and reputation suffer if it is handled badly.
    * moderate 中度 — more sensitive content such as mental-health assessment results or counselling
      records; or information about a sensitive group such as executives or key posts, which can
      unsettle the organisation. Typical routes: lax internal management, a malicious insider.
    * major 重大 — many employees' highly private information such as history of mental illness or
      treatment records. Typically tied to a serious hole in the information systems, a malicious
      insider or an external attack; severe harm and public questioning of the company.
    """

    MINOR = "minor"
    MODERATE = "moderate"
    MAJOR = "major"

    @property
    def label_en(self) -> str:
        return self.value

    @property
    def label_zh(self) -> str:
        return LEAK_TIER_DEFINITIONS[self][0]

    @property
    def definition_en(self) -> str:
        return LEAK_TIER_DEFINITIONS[self][1]

    @property
    def definition_zh(self) -> str:
        return LEAK_TIER_DEFINITIONS[self][2]


# (Chinese name, English definition, Chinese definition) distilled from seed 000.
LEAK_TIER_DEFINITIONS: dict[LeakTier, tuple[str, str, str]] = {
    LeakTier.MINOR: (
        "輕微",
        "Only a few employees' non-sensitive psychological information (day-to-day mood, interests), "
        "spread through informal channels such as office circles or chat between colleagues.",
        "僅涉及個別員工的某些非敏感心理信息,如日常情感狀態、個人興趣愛好等,通過非正式渠道傳播。",
    ),
    LeakTier.MODERATE: (
        "中度",
        "More sensitive content such as mental-health assessment results or counselling records, "
        "or information about a sensitive group such as executives or key posts.",
        "涉及更為敏感的內容,如員工心理健康評估結果、心理咨詢記錄等;或高管層、關鍵崗位等特定群體的隱私。",
    ),
    LeakTier.MAJOR: (
        "重大",
        "Many employees' highly private information such as history of mental illness or treatment "
        "records; usually a serious system hole, a malicious insider or an external attack.",
        "大量員工的敏感心理隱私信息被泄露,如心理疾病史、治療記錄等;通常與系統重大漏洞、內部人員惡意行為或外部黑客攻擊有關。",
    ),
}


class Sensitivity(StrEnum):
    """How sensitive the data or how grave the harm is, for categories other than a privacy leak.

    none: no personal data and no harm to people; low: ordinary personal data or minor harm; high:
    health or counselling data, or serious harm; critical: clinical records at scale or grave harm.
    """

    NONE = "none"
    LOW = "low"
    HIGH = "high"
    CRITICAL = "critical"


class Urgency(StrEnum):
    """How soon a response must start (seed 001: 緊急程度, 發生到必須響應的時間)."""

    LOW = "low"  # within days
    MEDIUM = "medium"  # within a day
    HIGH = "high"  # within hours
    IMMEDIATE = "immediate"  # now, within the hour


class Criterion(StrEnum):
    """What a grading reason is about. Stored with a decision's reasons: never rename one."""

    RISK_TO_LIFE = "risk_to_life"
    PEOPLE_AFFECTED = "people_affected"
    DIRECT_LOSS = "direct_loss"
    URGENCY = "urgency"
    SENSITIVITY = "sensitivity"
    LEAK_TIER = "leak_tier"
    CATEGORY = "category"


class GradingTableInvalid(ValueError):
    """A grading table (for example one edited in settings) is inconsistent; the message says how."""


Thresholds = tuple[tuple[int, Grade], ...]


def _as_grade(value: object) -> object:
    """A grade code read from settings ("II") becomes the Grade; anything else is left for the check."""
    if isinstance(value, str) and not isinstance(value, Grade) and value in Grade._value2member_map_:
        return Grade(value)
    return value


def _frozen_mapping(value: object) -> object:
    if not isinstance(value, Mapping):
        return value
    return MappingProxyType({key: _as_grade(grade) for key, grade in value.items()})


def _frozen_rows(value: object) -> object:
    if isinstance(value, str) or not isinstance(value, Sequence):
        return value
    return tuple(
        (row[0], _as_grade(row[1])) if isinstance(row, Sequence) and len(row) == 2 else row for row in value
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GradingTable:
    """Thresholds used by ``suggest_grade``; see the module docstring for the defaults as a table.

    ``people_affected`` and ``direct_loss`` are ``(minimum, grade)`` rows from the highest minimum
    down, ending with minimum 0; the first row whose minimum is reached gives the grade.
    """

    people_affected: Thresholds
    direct_loss: Thresholds
    urgency: Mapping[Urgency, Grade]
    sensitivity: Mapping[Sensitivity, Grade]
    leak_tier: Mapping[LeakTier, Grade]
    leak_major_many_people: int
    leak_major_escalated: Grade
    leak_sensitive_group: Grade
    risk_to_life: Grade
    category_baseline: Mapping[IncidentCategory, Grade]

    def __post_init__(self) -> None:
        # Accept what a settings file holds (lists, grade codes) and keep it read-only from here on.
        for name in ("people_affected", "direct_loss"):
            object.__setattr__(self, name, _frozen_rows(getattr(self, name)))
        for name in ("urgency", "sensitivity", "leak_tier", "category_baseline"):
            object.__setattr__(self, name, _frozen_mapping(getattr(self, name)))
        for name in ("leak_major_escalated", "leak_sensitive_group", "risk_to_life"):
            object.__setattr__(self, name, _as_grade(getattr(self, name)))
        problems = [*self._threshold_problems("people_affected"), *self._threshold_problems("direct_loss")]
        for name, enum in (
            ("urgency", Urgency),
            ("sensitivity", Sensitivity),
            ("leak_tier", LeakTier),
            ("category_baseline", IncidentCategory),
        ):
            mapping = getattr(self, name)
            if not isinstance(mapping, Mapping):
                problems.append(f"{name} must map each {enum.__name__} to a grade")
                continue
            missing = [m.value for m in enum if m not in mapping]
            if missing:
                problems.append(f"{name} has no grade for {', '.join(missing)}")
            if any(not isinstance(g, Grade) for g in mapping.values()):
                problems.append(f"{name} maps to something that is not a grade")
        for name in ("leak_major_escalated", "leak_sensitive_group", "risk_to_life"):
            if not isinstance(getattr(self, name), Grade):
                problems.append(f"{name} must be a grade")
        many = self.leak_major_many_people
        if isinstance(many, bool) or not isinstance(many, int) or many < 1:
            problems.append("leak_major_many_people must be a whole number of at least 1")
        if problems:
            raise GradingTableInvalid("; ".join(problems))

    def _threshold_problems(self, name: str) -> list[str]:
        rows = getattr(self, name)
        if not isinstance(rows, tuple) or not rows:
            return [f"{name} needs at least one (minimum, grade) row"]
        if any(
            not isinstance(row, tuple)
            or len(row) != 2
            or isinstance(row[0], bool)
            or not isinstance(row[0], int)
            or not isinstance(row[1], Grade)
            for row in rows
        ):
            return [f"{name} rows must be (whole-number minimum, grade) pairs"]
        problems = []
        minimums = [m for m, _ in rows]
        if any(a <= b for a, b in pairwise(minimums)):
            problems.append(f"{name} minimums must go strictly down from the first row to the last")
        if minimums[-1] != 0:
            problems.append(f"{name} must end with a row for minimum 0 so that every value has a grade")
        ranks = [g.rank for _, g in rows]
        if ranks != sorted(ranks):
            problems.append(f"{name} cannot give a less severe grade to a larger value")
        return problems


GRADING_TABLE = GradingTable(
    people_affected=((100, Grade.I), (30, Grade.II), (10, Grade.III), (0, Grade.IV)),
    # cents: 1,000,000.00 / 100,000.00 / 10,000.00 currency units
    direct_loss=((100_000_000, Grade.I), (10_000_000, Grade.II), (1_000_000, Grade.III), (0, Grade.IV)),
    urgency={
        Urgency.IMMEDIATE: Grade.I,
        Urgency.HIGH: Grade.II,
        Urgency.MEDIUM: Grade.III,
        Urgency.LOW: Grade.IV,
    },
    sensitivity={
        Sensitivity.CRITICAL: Grade.II,
        Sensitivity.HIGH: Grade.III,
        Sensitivity.LOW: Grade.IV,
        Sensitivity.NONE: Grade.IV,
    },
    leak_tier={LeakTier.MAJOR: Grade.II, LeakTier.MODERATE: Grade.III, LeakTier.MINOR: Grade.IV},
    leak_major_many_people=50,
    leak_major_escalated=Grade.I,
    leak_sensitive_group=Grade.II,
    risk_to_life=Grade.I,
    category_baseline={
        **{c: Grade.IV for c in IncidentCategory},
        IncidentCategory.PSYCHOLOGICAL_CRISIS: Grade.III,
    },
)


def _coerce_enum(name: str, value: object, enum: type[StrEnum], problems: list[Problem]) -> object:
    if value is None or isinstance(value, enum):
        return value
    if isinstance(value, str) and value in enum._value2member_map_:
        return enum(value)
    choices = ", ".join(m.value for m in enum)
    problems.append(Problem(name, f"{value!r} is not one of {choices}"))
    return value


@dataclass(frozen=True, slots=True, kw_only=True)
class GradingInput:
    """What the new-incident wizard asks in order to suggest a grade; ``None`` means not known yet.

    ``leak_tier`` is the privacy-leak measure; it may also be given for another category (a cyber
    attack that exposed counselling records). ``sensitivity`` is the measure for other categories.
    ``sensitive_group`` (executives, key posts) and ``external_attack`` refine a leak tier; on their
    own they do not change the grade. ``direct_loss`` is in cents. Enum fields accept their codes.
    Construction raises ``IncidentInvalid`` listing every problem.
    """

    people_affected: int | None = None
    sensitivity: Sensitivity | None = None
    leak_tier: LeakTier | None = None
    urgency: Urgency | None = None
    direct_loss: int | None = None
    imminent_risk_to_life: bool = False
    sensitive_group: bool = False
    external_attack: bool = False

    def __post_init__(self) -> None:
        found: list[Problem] = []
        if self.people_affected is not None:
            found.extend(count_problem("people_affected", self.people_affected, PEOPLE_MAX))
        found.extend(money_problem("direct_loss", self.direct_loss))
        for name, enum in (("sensitivity", Sensitivity), ("leak_tier", LeakTier), ("urgency", Urgency)):
            object.__setattr__(self, name, _coerce_enum(name, getattr(self, name), enum, found))
        for name in ("imminent_risk_to_life", "sensitive_group", "external_attack"):
            if not isinstance(getattr(self, name), bool):
                found.append(Problem(name, "must be yes or no"))
        if found:
            raise IncidentInvalid(found)


@dataclass(frozen=True, slots=True)
class Reason:
    """One criterion's contribution: which criterion, the grade it alone would give, and why."""

    criterion: Criterion
    grade: Grade
    text: str


@dataclass(frozen=True, slots=True)
class GradeSuggestion:
    """The suggested grade and the reasons, most severe first.

    ``deciding`` are the reasons that gave the suggested grade (the most severe criterion wins, so
    there may be several at that grade). ``not_assessed`` lists criteria that apply to the category
    but were not known, so the UI can say "direct loss not yet estimated" next to the suggestion.
    """

    grade: Grade
    reasons: tuple[Reason, ...]
    not_assessed: tuple[Criterion, ...] = ()

    @property
    def deciding(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.grade == self.grade)

    def summary(self) -> str:
        because = "; ".join(r.text for r in self.deciding)
        return f"Suggested grade {self.grade} ({self.grade.label_en}): {because}"


def _by_threshold(value: int, rows: Thresholds, show: Callable[[int], str]) -> tuple[Grade, str]:
    """The grade for ``value`` and the threshold it met, phrased for a person."""
    for index, (minimum, grade) in enumerate(rows):
        if value >= minimum:
            if minimum == 0 and index > 0:
                return grade, f"below {show(rows[index - 1][0])} → {grade}"
            return grade, f"{show(minimum)} or more → {grade}"
    raise AssertionError("a validated table ends with minimum 0")  # pragma: no cover


def _people(n: int) -> str:
    return f"{n:,} {'person' if n == 1 else 'people'}"


def suggest_grade(
    category: IncidentCategory, inputs: GradingInput, table: GradingTable = GRADING_TABLE
) -> GradeSuggestion:
    """Suggest a grade: each known criterion gives a grade; the most severe one wins.

    Every criterion that was looked at contributes a ``Reason`` naming the threshold it met, so the
    person confirming the grade sees why, and an override can be argued against the same facts.
    """
    category = IncidentCategory(category)
    reasons: list[Reason] = []
    not_assessed: list[Criterion] = []
    is_leak = category is IncidentCategory.PRIVACY_LEAK

    if inputs.imminent_risk_to_life:
        reasons.append(
            Reason(
                Criterion.RISK_TO_LIFE,
                table.risk_to_life,
                f"imminent risk to life (self-harm, suicide or violence) → {table.risk_to_life}",
            )
        )

    if inputs.people_affected is None:
        not_assessed.append(Criterion.PEOPLE_AFFECTED)
    else:
        grade, rule = _by_threshold(inputs.people_affected, table.people_affected, "{:,}".format)
        reasons.append(
            Reason(Criterion.PEOPLE_AFFECTED, grade, f"{_people(inputs.people_affected)} affected ({rule})")
        )

    if inputs.direct_loss is None:
        not_assessed.append(Criterion.DIRECT_LOSS)
    else:
        grade, rule = _by_threshold(inputs.direct_loss, table.direct_loss, format_money)
        reasons.append(
            Reason(Criterion.DIRECT_LOSS, grade, f"direct loss {format_money(inputs.direct_loss)} ({rule})")
        )

    if inputs.urgency is None:
        not_assessed.append(Criterion.URGENCY)
    else:
        grade = table.urgency[inputs.urgency]
        reasons.append(Reason(Criterion.URGENCY, grade, f"urgency {inputs.urgency} → {grade}"))

    if inputs.sensitivity is not None:
        grade = table.sensitivity[inputs.sensitivity]
        reasons.append(Reason(Criterion.SENSITIVITY, grade, f"sensitivity {inputs.sensitivity} → {grade}"))
    elif not is_leak:
        not_assessed.append(Criterion.SENSITIVITY)

    if inputs.leak_tier is not None:
        reasons.append(_leak_reason(inputs, table))
    elif is_leak:
        not_assessed.append(Criterion.LEAK_TIER)

    baseline = table.category_baseline[category]
    reasons.append(Reason(Criterion.CATEGORY, baseline, f"category {category.label_en}: baseline {baseline}"))

    # Stable sort: within a grade the reasons keep the order above (life first, baseline last).
    reasons.sort(key=lambda r: r.grade.rank)
    return GradeSuggestion(reasons[0].grade, tuple(reasons), tuple(not_assessed))


def _leak_reason(inputs: GradingInput, table: GradingTable) -> Reason:
    tier = inputs.leak_tier
    assert tier is not None
    base = table.leak_tier[tier]
    name = f"leak tier {tier} ({tier.label_zh})"
    candidates = [(base, f"{name} → {base}")]
    if tier is LeakTier.MAJOR:
        many = table.leak_major_many_people
        escalated = table.leak_major_escalated
        if inputs.people_affected is not None and inputs.people_affected >= many:
            candidates.append(
                (escalated, f"{name} with {_people(inputs.people_affected)} ({many:,} or more) → {escalated}")
            )
        if inputs.external_attack:
            candidates.append((escalated, f"{name} by an external attack → {escalated}"))
    elif inputs.sensitive_group:
        # The seed places leaks about a sensitive group (executives, key posts) at least at moderate
        # and singles them out as destabilising; the table grades them above an ordinary moderate.
        group = table.leak_sensitive_group
        candidates.append((group, f"{name} about a sensitive group such as executives → {group}"))
    grade = most_severe(g for g, _ in candidates)
    texts = [t for g, t in candidates if g == grade]
    return Reason(Criterion.LEAK_TIER, grade, "; ".join(texts))


class GradeOverrideRefused(ValueError):
    """A chosen grade differs from the suggestion without a reason; the message says what is missing."""


OVERRIDE_REASON_MAX = 2_000


@dataclass(frozen=True, slots=True)
class GradeDecision:
    """The grade a person chose, next to the suggestion it was chosen against.

    Choosing a different grade, in either direction, needs a reason: a lower grade relaxes every
    clock on the incident and a higher one mobilises more people, and both must be explainable at
    review. A reason given when confirming the suggestion is kept (it may record a check made).
    """

    suggested: Grade
    chosen: Grade
    override_reason: str | None = None

    def __post_init__(self) -> None:
        for name in ("suggested", "chosen"):
            value = getattr(self, name)
            if not isinstance(value, Grade):
                if isinstance(value, str) and value in Grade._value2member_map_:
                    object.__setattr__(self, name, Grade(value))
                else:
                    raise GradeOverrideRefused(f"{name} must be one of I, II, III or IV, not {value!r}")
        reason = self.override_reason
        if reason is not None and not isinstance(reason, str):
            raise GradeOverrideRefused("The reason for the grade must be text.")
        text = unicodedata.normalize("NFC", reason).strip() if reason is not None else ""
        if len(text) > OVERRIDE_REASON_MAX:
            raise GradeOverrideRefused(
                f"The reason for the grade can have at most {OVERRIDE_REASON_MAX} characters."
            )
        object.__setattr__(self, "override_reason", text or None)
        if self.chosen != self.suggested and not text:
            direction = "lower" if self.suggested.is_more_severe_than(self.chosen) else "higher"
            raise GradeOverrideRefused(
                f"Grade {self.chosen} differs from the suggested grade {self.suggested} ({direction} severity): "
                "record the reason for the override."
            )

    @property
    def is_override(self) -> bool:
        return self.chosen != self.suggested
