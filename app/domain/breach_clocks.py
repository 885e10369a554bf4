"""Privacy-breach notification deadlines as rule sets per jurisdiction, several clocks per incident.

A psychological-privacy leak can owe notices to more than one party under more than one regime: the
data-protection regulator, the affected employees, a national CSIRT. Each obligation is a rule: who
must be told, within how long, counted from which event. The rules are data, not code, so an
organisation under another law can describe its own set (``custom_rule_set``) without a release.

Start events are kept apart because the laws count from different moments: the GDPR from when the
controller becomes *aware* of the breach, some internal policies from *detection*, others from
*confirmation*; and NIS2's final report counts from when the incident notification was *sent*, so a
rule can start on another rule's notice (``StartEvent.NOTICE_SENT`` with ``after_rule``).

The app does not send anything. It records when a notice went out; a notice recorded after its
deadline must carry the reason it was late (GDPR art. 33(1) requires the reasons for the delay to
accompany a late notification), so a late notice without one is refused.

All times follow ``app.domain.clocks``: aware datetimes, elapsed-time arithmetic in UTC.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum
from typing import TypeVar

from app.domain.clocks import ONE_MONTH, Clock, ClockError, ClockKind, ClockState, require_aware


class StartEvent(StrEnum):
    """The moment a rule's deadline counts from. Stored in rule sets: a stable contract."""

    AWARENESS = "awareness"  # the organisation is reasonably certain a breach happened (GDPR)
    DETECTION = "detection"  # something was first noticed
    CONFIRMATION = "confirmation"  # the investigation confirmed the breach
    NOTICE_SENT = "notice_sent"  # another rule's notice was sent (``BreachRule.after_rule``)


class Audience(StrEnum):
    """Who a notice goes to. Stored in rule sets: a stable contract."""

    REGULATOR = "regulator"
    CSIRT = "csirt"
    AFFECTED_EMPLOYEES = "affected_employees"
    MANAGEMENT = "management"
    OTHER = "other"


INCIDENT_EVENTS: tuple[StartEvent, ...] = (
    StartEvent.AWARENESS,
    StartEvent.DETECTION,
    StartEvent.CONFIRMATION,
)
"""The start events recorded on the incident itself (``NOTICE_SENT`` comes from the notices)."""

MAX_DEADLINE = timedelta(days=366)
"""Longest deadline a rule may have; anything longer is almost surely a unit mistake (minutes as hours)."""

_E = TypeVar("_E", bound=StrEnum)

_KEY = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


class BreachRuleError(ClockError):
    """A rule, rule set or recorded notice is not usable; the message says why."""


class LateReasonRequired(BreachRuleError):
    """A notice is recorded after its deadline without the reason it was late."""

    def __init__(self, rule: BreachRule, due_at: datetime, sent_at: datetime) -> None:
        self.rule_code = rule.code
        self.due_at = due_at
        self.sent_at = sent_at
        super().__init__(
            f"'{rule.label}' was sent at {sent_at.isoformat()}, after its deadline of {due_at.isoformat()} "
            f"({sent_at - due_at} late). Record the reason for the delay before saving."
        )


def _enum_value(enum: type[_E], value: object, what: str) -> _E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise BreachRuleError(f"{what} {value!r} is not one of: {allowed}.") from None


def _check_key(value: object, what: str) -> str:
    if not isinstance(value, str) or not _KEY.match(value):
        raise BreachRuleError(
            f"{what} {value!r} must start with a lowercase letter and have at most 32 lowercase "
            "letters, digits or underscores."
        )
    return value


@dataclass(frozen=True, slots=True)
class BreachRule:
    """One notification obligation: tell ``audience`` within ``deadline`` of ``start_event``.

    ``code`` is "<rule set code>.<key>" and is what recorded notices refer to, so it must not change
    once notices have been recorded against it.
    """

    code: str
    label: str
    start_event: StartEvent
    deadline: timedelta
    audience: Audience
    after_rule: str | None = None  # the rule whose notice starts this one; only with NOTICE_SENT
    note: str = ""  # the legal wording or the organisation's reading of it, shown next to the clock

    def __post_init__(self) -> None:
        parts = self.code.split(".") if isinstance(self.code, str) else []
        if len(parts) != 2:
            raise BreachRuleError(
                f"Rule code {self.code!r} must look like '<rule set>.<rule>', e.g. 'gdpr.regulator'."
            )
        _check_key(parts[0], "The rule set part of rule code")
        _check_key(parts[1], "The rule part of rule code")
        if not isinstance(self.label, str) or not self.label.strip():
            raise BreachRuleError(f"Rule {self.code} needs a label saying what must be sent to whom.")
        object.__setattr__(self, "label", self.label.strip())
        object.__setattr__(
            self, "start_event", _enum_value(StartEvent, self.start_event, f"Rule {self.code}: start event")
        )
        object.__setattr__(
            self, "audience", _enum_value(Audience, self.audience, f"Rule {self.code}: audience")
        )
        if not isinstance(self.deadline, timedelta):
            raise BreachRuleError(f"Rule {self.code}: the deadline must be a duration (timedelta).")
        if self.deadline <= timedelta(0):
            raise BreachRuleError(
                f"Rule {self.code}: the deadline must be longer than zero (got {self.deadline})."
            )
        if self.deadline > MAX_DEADLINE:
            raise BreachRuleError(
                f"Rule {self.code}: a deadline of {self.deadline} is longer than {MAX_DEADLINE.days} days; "
                "check the unit."
            )
        if self.start_event is StartEvent.NOTICE_SENT:
            if not self.after_rule:
                raise BreachRuleError(
                    f"Rule {self.code} starts when another notice is sent; say which rule (after_rule)."
                )
            if self.after_rule == self.code:
                raise BreachRuleError(f"Rule {self.code} cannot start when its own notice is sent.")
        elif self.after_rule is not None:
            raise BreachRuleError(
                f"Rule {self.code} starts at {self.start_event.value}, so it cannot also start after "
                f"rule {self.after_rule}; use the start event '{StartEvent.NOTICE_SENT.value}' for that."
            )

    @property
    def key(self) -> str:
        """The part of the code after the rule set's code."""
        return self.code.split(".", 1)[1]


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The notification rules of one jurisdiction or policy, in the order they are shown."""

    code: str
    name: str
    rules: tuple[BreachRule, ...]

    def __post_init__(self) -> None:
        _check_key(self.code, "Rule set code")
        if not isinstance(self.name, str) or not self.name.strip():
            raise BreachRuleError(f"Rule set {self.code} needs a name.")
        object.__setattr__(self, "name", self.name.strip())
        rules = tuple(self.rules)
        if not rules:
            raise BreachRuleError(f"Rule set {self.code} has no rules; add at least one.")
        seen: set[str] = set()
        for rule in rules:
            if not isinstance(rule, BreachRule):
                raise BreachRuleError(f"Rule set {self.code} may contain only BreachRule values.")
            if not rule.code.startswith(self.code + "."):
                raise BreachRuleError(
                    f"Rule {rule.code} is in rule set {self.code}, so its code must start with '{self.code}.'."
                )
            if rule.code in seen:
                raise BreachRuleError(f"Rule set {self.code} has rule {rule.code} twice.")
            if rule.after_rule is not None and rule.after_rule not in seen:
                raise BreachRuleError(
                    f"Rule {rule.code} starts after rule {rule.after_rule}, which must be an earlier rule "
                    f"of rule set {self.code}."
                )
            seen.add(rule.code)
        object.__setattr__(self, "rules", rules)

    def rule(self, code: str) -> BreachRule:
        for rule in self.rules:
            if rule.code == code:
                return rule
        raise KeyError(code)


def gdpr_rule_set(affected_employees_target: timedelta = timedelta(hours=72)) -> RuleSet:
    """GDPR-style: the regulator within 72 h of awareness; the affected people without undue delay.

    The law gives no figure for telling the affected people (art. 34: "without undue delay"); a
    clock needs one, so it is a parameter, by default the same 72 h as the regulator's.
    """
    return RuleSet(
        "gdpr",
        "GDPR-style",
        (
            BreachRule(
                "gdpr.regulator",
                "Notify the data-protection regulator",
                StartEvent.AWARENESS,
                timedelta(hours=72),
                Audience.REGULATOR,
                note="Without undue delay and, where feasible, not later than 72 hours after becoming aware "
                "(GDPR art. 33). A later notice must give the reasons for the delay.",
            ),
            BreachRule(
                "gdpr.affected",
                "Notify the affected employees",
                StartEvent.AWARENESS,
                affected_employees_target,
                Audience.AFFECTED_EMPLOYEES,
                note="Without undue delay when the breach is likely to result in a high risk to them "
                "(GDPR art. 34); the target is the organisation's.",
            ),
        ),
    )


def nis2_rule_set(final_report_after: timedelta = ONE_MONTH) -> RuleSet:
    """NIS2-style: early warning in 24 h, notification in 72 h, final report a month after the notification.

    The final report counts from when the incident notification was *sent* (NIS2 art. 23(4)(d)),
    so a late notification moves it; "one month" is ``ONE_MONTH`` (30 elapsed days) by default.
    """
    return RuleSet(
        "nis2",
        "NIS2-style",
        (
            BreachRule(
                "nis2.early_warning",
                "Early warning to the CSIRT or competent authority",
                StartEvent.AWARENESS,
                timedelta(hours=24),
                Audience.CSIRT,
                note="Without undue delay and within 24 hours of becoming aware (NIS2 art. 23(4)(a)).",
            ),
            BreachRule(
                "nis2.notification",
                "Incident notification to the CSIRT or competent authority",
                StartEvent.AWARENESS,
                timedelta(hours=72),
                Audience.CSIRT,
                note="Without undue delay and within 72 hours of becoming aware (NIS2 art. 23(4)(b)).",
            ),
            BreachRule(
                "nis2.final_report",
                "Final report to the CSIRT or competent authority",
                StartEvent.NOTICE_SENT,
                final_report_after,
                Audience.CSIRT,
                after_rule="nis2.notification",
                note="Not later than one month after the incident notification was submitted "
                "(NIS2 art. 23(4)(d)); counted here as 30 days.",
            ),
        ),
    )


def default_rule_sets() -> tuple[RuleSet, ...]:
    return (gdpr_rule_set(), nis2_rule_set())


@dataclass(frozen=True, slots=True)
class CustomRuleInput:
    """One rule as typed into the custom-rule form: plain values, checked by ``custom_rule_set``."""

    key: str  # short code, unique within the set, e.g. "regulator"
    label: str
    start_event: str  # a StartEvent value
    deadline_hours: float
    audience: str  # an Audience value
    after: str | None = None  # key of an earlier rule, when start_event is "notice_sent"
    note: str = ""


def _deadline_from_hours(value: object, what: str) -> timedelta:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BreachRuleError(f"{what}: the deadline must be a number of hours.")
    if not math.isfinite(value) or value <= 0:
        raise BreachRuleError(f"{what}: the deadline must be a number of hours above zero (got {value}).")
    if value > MAX_DEADLINE / timedelta(hours=1):
        raise BreachRuleError(
            f"{what}: a deadline of {value:g} hours is longer than {MAX_DEADLINE.days} days; check the unit."
        )
    return timedelta(hours=value)


def custom_rule_set(
    rules: Sequence[CustomRuleInput], *, name: str = "Custom", code: str = "custom"
) -> RuleSet:
    """A rule set from user input; every problem is reported with the rule's position in the form."""
    _check_key(code, "Rule set code")
    if not rules:
        raise BreachRuleError("A custom rule set needs at least one rule.")
    built: list[BreachRule] = []
    keys: list[str] = []
    for number, spec in enumerate(rules, start=1):
        what = f"Rule {number}"
        key = _check_key(spec.key.strip() if isinstance(spec.key, str) else spec.key, f"{what}: the code")
        if key in keys:
            raise BreachRuleError(f"{what}: the code {key!r} is already used by rule {keys.index(key) + 1}.")
        if not isinstance(spec.label, str) or not spec.label.strip():
            raise BreachRuleError(f"{what}: say what must be sent to whom (the label is empty).")
        start_event = _enum_value(StartEvent, spec.start_event, f"{what}: start event")
        after = spec.after.strip() if isinstance(spec.after, str) and spec.after.strip() else None
        if start_event is StartEvent.NOTICE_SENT:
            if after is None:
                raise BreachRuleError(f"{what} starts when another notice is sent; choose which rule.")
            if after not in keys:
                raise BreachRuleError(
                    f"{what} starts after rule {after!r}, which must be one of the rules above it"
                    + (f" ({', '.join(keys)})." if keys else "; there are none.")
                )
        elif after is not None:
            raise BreachRuleError(
                f"{what} starts at {start_event.value}; only the start event "
                f"'{StartEvent.NOTICE_SENT.value}' can name a rule it follows."
            )
        built.append(
            BreachRule(
                code=f"{code}.{key}",
                label=spec.label,
                start_event=start_event,
                deadline=_deadline_from_hours(spec.deadline_hours, what),
                audience=_enum_value(Audience, spec.audience, f"{what}: audience"),
                after_rule=f"{code}.{after}" if after is not None else None,
                note=spec.note.strip() if isinstance(spec.note, str) else "",
            )
        )
        keys.append(key)
    return RuleSet(code, name, tuple(built))


# --- clocks on one incident ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NoticeSent:
    """A notice recorded as sent; ``late_reason`` is required when it went out after the deadline."""

    sent_at: datetime
    late_reason: str | None = None


@dataclass(frozen=True, slots=True)
class BreachClock:
    """One rule's clock on one incident. ``clock`` is None while the rule's start event has not happened."""

    rule_set_code: str
    rule: BreachRule
    clock: Clock | None
    late_reason: str | None = None

    @property
    def started_at(self) -> datetime | None:
        return None if self.clock is None else self.clock.started_at

    @property
    def due_at(self) -> datetime | None:
        return None if self.clock is None else self.clock.due_at

    @property
    def sent_at(self) -> datetime | None:
        return None if self.clock is None else self.clock.stopped_at

    @property
    def met(self) -> bool | None:
        return None if self.clock is None else self.clock.met

    def time_left(self, now: datetime) -> timedelta | None:
        return None if self.clock is None else self.clock.time_left(now)

    def state(self, now: datetime) -> ClockState:
        return ClockState.NOT_STARTED if self.clock is None else self.clock.state(now)

    def due_local(self, tz: tzinfo) -> datetime | None:
        return None if self.clock is None else self.clock.due_local(tz)

    def needs_late_reason(self, sent_at: datetime) -> bool:
        """Whether a notice sent at ``sent_at`` would be late: the form asks for a reason before saving."""
        due = self.due_at
        return due is not None and require_aware(sent_at, "The sending time") > due


def _notice(value: NoticeSent | tuple[datetime, str | None], code: str) -> NoticeSent:
    if isinstance(value, NoticeSent):
        return value
    if isinstance(value, tuple) and len(value) == 2:
        return NoticeSent(value[0], value[1])
    raise BreachRuleError(f"The notice for rule {code} must be NoticeSent or (sent_at, late_reason).")


def breach_clocks(
    rule_sets: Iterable[RuleSet],
    events: Mapping[StartEvent | str, datetime],
    notices_sent: Mapping[str, NoticeSent | tuple[datetime, str | None]] | None = None,
) -> list[BreachClock]:
    """Every rule's clock, in rule-set then rule order.

    ``events`` gives the incident's start events (awareness, detection, confirmation) that have
    happened; a rule whose start has not happened yet is "not started". ``notices_sent`` is keyed by
    rule code. Refused with a clear message: a late notice without a reason, a notice for a rule
    not in the given sets, a notice whose start event is unknown, two sets with the same code.
    """
    sets = tuple(rule_sets)
    set_codes = [s.code for s in sets]
    duplicates = sorted({c for c in set_codes if set_codes.count(c) > 1})
    if duplicates:
        raise BreachRuleError(f"Rule set {', '.join(duplicates)} is applied twice to the same incident.")

    starts: dict[StartEvent, datetime] = {}
    for event, at in events.items():
        start_event = _enum_value(StartEvent, event, "Start event")
        if start_event is StartEvent.NOTICE_SENT:
            raise BreachRuleError(
                "'notice_sent' is not an incident event; rules that start on a notice take its time "
                "from the recorded notices."
            )
        starts[start_event] = require_aware(at, f"The {start_event.value} time")

    notices = {code: _notice(value, code) for code, value in (notices_sent or {}).items()}
    known = {rule.code for rule_set in sets for rule in rule_set.rules}
    unknown = sorted(set(notices) - known)
    if unknown:
        raise BreachRuleError(
            f"Notices are recorded for {', '.join(unknown)}, which is not a rule of the rule sets applied "
            "to this incident."
        )

    results: list[BreachClock] = []
    for rule_set in sets:
        for rule in rule_set.rules:
            notice = notices.get(rule.code)
            if rule.start_event is StartEvent.NOTICE_SENT:
                assert rule.after_rule is not None  # checked by BreachRule
                previous = notices.get(rule.after_rule)
                started = (
                    None
                    if previous is None
                    else require_aware(previous.sent_at, f"The {rule.after_rule} notice")
                )
            else:
                started = starts.get(rule.start_event)
            if started is None:
                if notice is not None:
                    raise BreachRuleError(
                        f"'{rule.label}' is recorded as sent, but its deadline counts from "
                        f"{_start_description(rule)}, which has not been recorded; record that first."
                    )
                results.append(BreachClock(rule_set.code, rule, None))
                continue
            clock = Clock(
                ClockKind.BREACH_NOTICE,
                started,
                rule.deadline,
                None if notice is None else notice.sent_at,
                rule.label,
                rule.code,
            )
            reason = None
            if notice is not None:
                reason = notice.late_reason.strip() if notice.late_reason else None
                reason = reason or None
                if clock.met is False and reason is None:
                    assert clock.stopped_at is not None
                    raise LateReasonRequired(rule, clock.due_at, clock.stopped_at)
            results.append(BreachClock(rule_set.code, rule, clock, reason))
    return results


def _start_description(rule: BreachRule) -> str:
    if rule.start_event is StartEvent.NOTICE_SENT:
        return f"the sending of {rule.after_rule}"
    return f"the {rule.start_event.value} time"
