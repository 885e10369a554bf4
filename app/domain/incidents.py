"""Crisis incidents: what kind of event it is and the facts recorded about it.

The facts are what the crisis-handling instructions (seed 001, 危機評估: 收集事件相關信息 and 進行影響評估)
ask an assessment to record: when it happened, was noticed and was reported; where; which departments;
cause and course of events; how many people; the potential impact on operations, finance, reputation
and people with the direct and indirect loss; and every source of information with whether it has been
checked.

Validation collects every problem at once (``IncidentInvalid.problems``) so that a form can mark all
wrong fields in one go instead of making the counsellor fix them one at a time. The nested values
(``Impact``, ``InformationSource``) therefore do not raise on their own; the ``IncidentFacts`` that
holds them checks them and reports their problems under dotted field names (``impact.direct_loss``,
``sources[1].description``). A constructed ``IncidentFacts`` is always valid.

Money is an ``int`` of hundredths (cents) of the organisation's currency, whatever that currency is.
Integers are exact (no float rounding), add up exactly in reports, and are stored by SQLite as a
native 64-bit INTEGER that sorts and sums in SQL; a ``Decimal`` would have to be stored as TEXT and
could not be summed or compared in queries. One organisation uses one currency, so the currency code
is a display setting, not part of every amount. ``None`` means "not yet known", which is different
from a known loss of zero (grading reports an unknown loss as not assessed).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import IntEnum, StrEnum
from itertools import pairwise
from typing import Any, ClassVar, Protocol

# Problem, the free-text ceiling and the time bounds live with the shared input checks; they stay
# importable from here, where callers have always found them.
from app.domain.text_input import (
    EARLIEST_TIME,
    FUTURE_TOLERANCE,
    TEXT_MAX,
    Problem,
    clean_line,
    clean_text,
    is_aware,
)

TITLE_MAX = 200
PLACE_MAX = 200
DEPARTMENT_MAX = 100
SOURCE_DESCRIPTION_MAX = 1_000
# Far above any real headcount or loss, and far inside SQLite's signed 64-bit INTEGER.
PEOPLE_MAX = 10_000_000
MONEY_MAX = 10**15  # cents: ten trillion currency units
CENTS_PER_UNIT = 100


class IncidentCategory(StrEnum):
    """The kinds of crisis event (DESIGN.md section 3). Values are stored: never rename one."""

    PRIVACY_LEAK = "privacy_leak"
    PSYCHOLOGICAL_CRISIS = "psychological_crisis"
    CRITICAL_EVENT = "critical_event"
    WORKPLACE_ACCIDENT = "workplace_accident"
    CYBER_SECURITY = "cyber_security"
    PUBLIC_HEALTH = "public_health"
    NATURAL_DISASTER = "natural_disaster"
    SUPPLY_CHAIN = "supply_chain"
    REPUTATION = "reputation"

    @property
    def label_en(self) -> str:
        return CATEGORY_LABELS[self][0]

    @property
    def label_zh(self) -> str:
        return CATEGORY_LABELS[self][1]


# (English, Chinese) display names, in the vocabulary of the background documents.
CATEGORY_LABELS: dict[IncidentCategory, tuple[str, str]] = {
    IncidentCategory.PRIVACY_LEAK: ("Psychological privacy leak", "心理隱私泄露"),
    IncidentCategory.PSYCHOLOGICAL_CRISIS: ("Employee psychological crisis", "員工心理危機"),
    IncidentCategory.CRITICAL_EVENT: ("Critical event affecting staff", "影響員工的重大事件"),
    IncidentCategory.WORKPLACE_ACCIDENT: ("Workplace accident", "工作場所事故"),
    IncidentCategory.CYBER_SECURITY: ("Cyber-security event", "網絡安全事件"),
    IncidentCategory.PUBLIC_HEALTH: ("Public health event", "公共衛生事件"),
    IncidentCategory.NATURAL_DISASTER: ("Natural disaster", "自然災害"),
    IncidentCategory.SUPPLY_CHAIN: ("Supply-chain disruption", "供應鏈中斷"),
    IncidentCategory.REPUTATION: ("Reputation crisis", "聲譽危機"),
}


class ImpactLevel(IntEnum):
    """How hard one area (operations, finance, reputation, people) is hit. Stored as the integer.

    An ``IntEnum`` because the levels are ordered and compared ("at least serious"), and because
    reports average and chart them.
    """

    NONE = 0
    MINOR = 1
    MODERATE = 2
    SERIOUS = 3
    SEVERE = 4

    @property
    def label_en(self) -> str:
        return IMPACT_LEVEL_LABELS[self][0]

    @property
    def label_zh(self) -> str:
        return IMPACT_LEVEL_LABELS[self][1]


IMPACT_LEVEL_LABELS: dict[ImpactLevel, tuple[str, str]] = {
    ImpactLevel.NONE: ("none", "無"),
    ImpactLevel.MINOR: ("minor", "輕微"),
    ImpactLevel.MODERATE: ("moderate", "中等"),
    ImpactLevel.SERIOUS: ("serious", "嚴重"),
    ImpactLevel.SEVERE: ("severe", "極嚴重"),
}


class IncidentInvalid(ValueError):
    """Input describing an incident is not acceptable; ``problems`` lists every field that is wrong.

    The message joins all problems so that a log line or a command-line error is complete too.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in self.problems) or "invalid input")

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.field for p in self.problems))


# --- small checks shared by the value objects ------------------------------------------------------


def _is_int(value: object) -> bool:
    # bool is an int subclass; True people involved is a programming error, not a count of one.
    return isinstance(value, int) and not isinstance(value, bool)


_PAST_PARTICIPLE = {"detected_at": "been detected", "reported_at": "been reported"}
_PAST_TENSE = {"occurred_at": "happened", "detected_at": "was detected"}


def count_problem(name: str, value: object, maximum: int = PEOPLE_MAX) -> tuple[Problem, ...]:
    """What is wrong with a count of people (empty when nothing is); shared with grading input."""
    if isinstance(value, bool) or not isinstance(value, int):
        return (Problem(name, "must be a whole number"),)
    if value < 0:
        return (Problem(name, "cannot be negative"),)
    if value > maximum:
        return (Problem(name, f"cannot be more than {maximum:,}"),)
    return ()


def money_problem(name: str, value: object) -> tuple[Problem, ...]:
    """What is wrong with an amount in cents, ``None`` meaning not yet known (empty when nothing is)."""
    if value is None:
        return ()
    if isinstance(value, bool) or not isinstance(value, int):
        return (Problem(name, "must be a whole number of cents (hundredths of the currency) or empty"),)
    if value < 0:
        return (Problem(name, "cannot be negative"),)
    if value > MONEY_MAX:
        return (Problem(name, f"cannot be more than {format_money(MONEY_MAX)} (in currency units)"),)
    return ()


# --- money ----------------------------------------------------------------------------------------


class MoneyInvalid(ValueError):
    """A typed amount is not a non-negative number with at most two decimals; the message says why."""


_MONEY_TEXT = re.compile(r"^\d+(\.\d{1,2})?$")


def parse_money(text: str) -> int:
    """Turn what a user typed ("12,345.6", "１２３４５", " 800 ") into cents.

    Thousands separators (, and the full-width ，) and spaces are ignored; full-width digits typed
    with a Chinese input method are accepted. Anything else is refused rather than guessed.
    """
    value = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace(" ", "")
    if not _MONEY_TEXT.match(value):
        raise MoneyInvalid(
            f"{text.strip()!r} is not an amount: use digits with at most two decimals, such as 12500 or 12500.50."
        )
    try:
        cents = int(Decimal(value) * CENTS_PER_UNIT)
    except InvalidOperation as exc:  # pragma: no cover - the pattern above admits only valid decimals
        raise MoneyInvalid(f"{text.strip()!r} is not an amount.") from exc
    if cents > MONEY_MAX:
        raise MoneyInvalid(f"An amount cannot be more than {format_money(MONEY_MAX)}.")
    return cents


def format_money(cents: int) -> str:
    """Cents as "1,234,567.89" (no currency sign: the currency is a display setting)."""
    units, rest = divmod(cents, CENTS_PER_UNIT)
    return f"{units:,}.{rest:02d}"


# --- value objects ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InformationSource:
    """Where a piece of information came from, and whether it has been checked.

    The seed's first step on activation is to confirm the event through more than one channel, so
    each source is marked verified or not; ``IncidentFacts.verified_source_count`` counts them.
    """

    description: str
    verified: bool = False

    def problems(self, prefix: str = "") -> tuple[Problem, ...]:
        found: list[Problem] = []
        clean_line(
            f"{prefix}description", self.description, found, maximum=SOURCE_DESCRIPTION_MAX, required=True
        )
        if not isinstance(self.verified, bool):
            found.append(Problem(f"{prefix}verified", "must be yes or no"))
        return tuple(found)


@dataclass(frozen=True, slots=True, kw_only=True)
class Impact:
    """Potential impact by area (seed 001: 對組織運營、財務、聲譽、人員等方面的影響) and the losses.

    Levels accept ``ImpactLevel`` or its integer 0–4 (as read back from storage). Losses are cents or
    ``None`` when not yet estimated; see the module docstring for why money is an integer.
    """

    operations: ImpactLevel = ImpactLevel.NONE
    finance: ImpactLevel = ImpactLevel.NONE
    reputation: ImpactLevel = ImpactLevel.NONE
    people: ImpactLevel = ImpactLevel.NONE
    direct_loss: int | None = None
    indirect_loss: int | None = None

    AREAS: ClassVar[tuple[str, ...]] = ("operations", "finance", "reputation", "people")

    def __post_init__(self) -> None:
        # Coerce valid integers to the enum so that equality and display work the same whether the
        # value came from a combo box or from a database row; invalid ones are left for problems().
        for name in self.AREAS:
            value = getattr(self, name)
            if (
                _is_int(value)
                and not isinstance(value, ImpactLevel)
                and value in ImpactLevel._value2member_map_
            ):
                object.__setattr__(self, name, ImpactLevel(value))

    def problems(self, prefix: str = "") -> tuple[Problem, ...]:
        found: list[Problem] = []
        for name in self.AREAS:
            if not isinstance(getattr(self, name), ImpactLevel):
                found.append(Problem(f"{prefix}{name}", "must be a level from 0 (none) to 4 (severe)"))
        found.extend(money_problem(f"{prefix}direct_loss", self.direct_loss))
        found.extend(money_problem(f"{prefix}indirect_loss", self.indirect_loss))
        return tuple(found)

    @property
    def highest(self) -> ImpactLevel:
        """The worst-hit area's level, for a one-glance summary."""
        return max(ImpactLevel(getattr(self, name)) for name in self.AREAS)


class HasFlags(Protocol):
    """Anything that says whether it is a drill or a test: ``IncidentFlags`` or a stored incident row."""

    @property
    def is_drill(self) -> bool: ...

    @property
    def is_test(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class IncidentFlags:
    """Whether an incident was created by a drill or as a test.

    Kept apart from ``IncidentFacts`` on purpose: facts are edited as the picture becomes clearer,
    while these flags are decided when the incident is created. If they could be edited with the
    facts, a real incident that missed its targets could be relabelled a test and drop out of the
    response-time figures.
    """

    is_drill: bool = False
    is_test: bool = False

    def __post_init__(self) -> None:
        found: list[Problem] = []
        for name in ("is_drill", "is_test"):
            if not isinstance(getattr(self, name), bool):
                found.append(Problem(name, "must be yes or no"))
        if not found and self.is_drill and self.is_test:
            found.append(Problem("is_test", "an incident is either a drill or a test, not both"))
        if found:
            raise IncidentInvalid(found)

    @property
    def kind(self) -> str:
        """ "drill", "test" or "real": one word for lists and reports."""
        if self.is_drill:
            return "drill"
        if self.is_test:
            return "test"
        return "real"


REAL = IncidentFlags()


def counts_for_figures(incident_flags: HasFlags) -> bool:
    """Whether an incident may count in response-time figures and reports.

    Drills and tests are excluded: their timings measure a rehearsal, and counting them would make
    real performance look better or worse than it is. Anything that is not exactly ``False`` for
    both flags is treated as excluded, so a missing or malformed flag never inflates the figures.
    """
    return (
        getattr(incident_flags, "is_drill", True) is False
        and getattr(incident_flags, "is_test", True) is False
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class IncidentFacts:
    """The recorded facts of one incident; constructing it validates every field at once.

    Times must be time-zone aware and are stored converted to UTC. Python compares and subtracts two
    datetimes that share a tzinfo by their wall-clock reading, ignoring daylight-saving ``fold``, so
    durations between local times can be an hour off around a DST change; UTC values make every
    later comparison and response-time calculation exact. Convert to local time only for display.

    ``reported_at`` is required (it is when the desk learnt of the event and starts its clocks);
    ``occurred_at`` and ``detected_at`` may be unknown. Known times must run occurred ≤ detected ≤
    reported. Text is normalised (Unicode NFC, outer spaces removed) so that the same words typed
    with different input methods compare and search the same.
    """

    title: str
    category: IncidentCategory
    reported_at: datetime
    occurred_at: datetime | None = None
    detected_at: datetime | None = None
    place: str = ""
    departments: tuple[str, ...] = ()
    cause: str = ""
    course_of_events: str = ""
    people_involved: int = 0
    impact: Impact = field(default_factory=Impact)
    sources: tuple[InformationSource, ...] = ()

    def __post_init__(self) -> None:
        found: list[Problem] = []
        put = object.__setattr__

        put(self, "title", clean_line("title", self.title, found, maximum=TITLE_MAX, required=True))

        if isinstance(self.category, IncidentCategory):
            pass
        elif isinstance(self.category, str) and self.category in IncidentCategory._value2member_map_:
            put(self, "category", IncidentCategory(self.category))
        else:
            choices = ", ".join(c.value for c in IncidentCategory)
            found.append(Problem("category", f"{self.category!r} is not a category; use one of {choices}"))

        self._check_times(found)

        put(self, "place", clean_line("place", self.place, found, maximum=PLACE_MAX))
        put(self, "departments", self._clean_departments(found))
        put(self, "cause", clean_text("cause", self.cause, found, maximum=TEXT_MAX))
        put(
            self,
            "course_of_events",
            clean_text("course_of_events", self.course_of_events, found, maximum=TEXT_MAX),
        )
        found.extend(count_problem("people_involved", self.people_involved, PEOPLE_MAX))

        if isinstance(self.impact, Impact):
            found.extend(self.impact.problems("impact."))
        else:
            found.append(Problem("impact", "must be an impact assessment"))

        put(self, "sources", self._clean_sources(found))

        if found:
            raise IncidentInvalid(found)

    def _check_times(self, found: list[Problem]) -> None:
        names = ("occurred_at", "detected_at", "reported_at")
        usable: dict[str, datetime] = {}
        for name in names:
            value = getattr(self, name)
            if value is None:
                if name == "reported_at":
                    found.append(Problem(name, "is required"))
                continue
            if not isinstance(value, datetime):
                found.append(Problem(name, "must be a date and time"))
                continue
            if not is_aware(value):
                found.append(
                    Problem(name, "must include a time zone (a time without one is ambiguous across zones)")
                )
                continue
            try:
                utc = value.astimezone(UTC)
            except OverflowError:
                utc = None
            if utc is None or utc < EARLIEST_TIME:
                found.append(Problem(name, f"must be after {EARLIEST_TIME:%Y-%m-%d} (check the year)"))
                continue
            object.__setattr__(self, name, utc)
            usable[name] = utc
        order = [(n, usable[n]) for n in names if n in usable]
        # Compare each known time with the nearest known one before it; that catches every
        # inversion (a chain of ≤ is transitive) without reporting the same mistake twice.
        for (earlier_name, earlier), (later_name, later) in pairwise(order):
            if later < earlier:
                found.append(
                    Problem(
                        later_name,
                        f"is before {earlier_name} ({later:%Y-%m-%d %H:%M} UTC < {earlier:%Y-%m-%d %H:%M} UTC): "
                        f"an incident cannot have {_PAST_PARTICIPLE[later_name]} "
                        f"before it {_PAST_TENSE[earlier_name]}",
                    )
                )

    def _clean_departments(self, found: list[Problem]) -> tuple[str, ...]:
        if isinstance(self.departments, str) or not isinstance(self.departments, Sequence):
            found.append(Problem("departments", "must be a list of department names"))
            return ()
        cleaned: list[str] = []
        seen: set[str] = set()
        for index, name in enumerate(self.departments):
            label = f"departments[{index}]"
            text = clean_line(label, name, found, maximum=DEPARTMENT_MAX, required=True)
            key = text.casefold()
            if text and key in seen:
                found.append(Problem(label, f"{text!r} is listed twice"))
            seen.add(key)
            cleaned.append(text)
        return tuple(cleaned)

    def _clean_sources(self, found: list[Problem]) -> tuple[InformationSource, ...]:
        if isinstance(self.sources, str) or not isinstance(self.sources, Sequence):
            found.append(Problem("sources", "must be a list of information sources"))
            return ()
        cleaned: list[InformationSource] = []
        for index, source in enumerate(self.sources):
            label = f"sources[{index}]"
            if not isinstance(source, InformationSource):
                found.append(Problem(label, "must be an information source"))
                continue
            problems = source.problems(f"{label}.")
            found.extend(problems)
            if not problems:
                description = unicodedata.normalize("NFC", source.description).strip()
                cleaned.append(InformationSource(description, source.verified))
        return tuple(cleaned)

    @property
    def verified_source_count(self) -> int:
        return sum(1 for s in self.sources if s.verified)

    @property
    def confirmed_by_several_channels(self) -> bool:
        """The seed's first activation step: the event is confirmed through more than one channel."""
        return self.verified_source_count >= 2


def future_time_problems(
    facts: IncidentFacts, now: datetime, tolerance: timedelta = FUTURE_TOLERANCE
) -> tuple[Problem, ...]:
    """Times later than ``now`` (plus a small clock tolerance): almost always a typo in the year or day.

    Separate from construction because "now" is the service's clock, and a stored incident must stay
    valid when read back later on a workstation whose clock is a little behind.
    """
    if not isinstance(now, datetime) or not is_aware(now):
        raise ValueError("now must be a time-zone aware datetime")
    limit = now.astimezone(UTC) + tolerance
    found: list[Problem] = []
    for name in ("occurred_at", "detected_at", "reported_at"):
        value: Any = getattr(facts, name)
        if value is not None and value > limit:
            found.append(Problem(name, f"is in the future ({value:%Y-%m-%d %H:%M} UTC)"))
    return tuple(found)
