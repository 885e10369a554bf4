"""Privacy-breach clocks on an incident: the rule sets applied, the start events, the notices sent.

A privacy leak or a cyber-security event can owe notices under several regimes at once
(``app.domain.breach_clocks``: GDPR-style, NIS2-style, a custom set). The rule set is stored with
the incident as it was applied, so a later change to the defaults never moves a recorded deadline.
A notice recorded after its deadline needs the reason for the delay (``LateReasonMissing``); a
change of a start event that would make an already recorded notice late without a reason is refused.

hr_manager sees every clock (due time, state, whether met) but no text: recipients, late reasons,
rule notes and the labels of custom rules (typed by the team) are withheld (``None``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from app.domain.breach_clocks import (
    INCIDENT_EVENTS,
    Audience,
    BreachClock,
    BreachRule,
    BreachRuleError,
    CustomRuleInput,
    LateReasonRequired,
    NoticeSent,
    RuleSet,
    StartEvent,
    breach_clocks,
    custom_rule_set,
    gdpr_rule_set,
    nis2_rule_set,
)
from app.domain.clocks import ClockState
from app.domain.incidents import IncidentCategory, Problem
from app.domain.roles import Operation
from app.services import record_input as check
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput
from app.services.incidents import existing_incident, is_deidentified
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.communications_repository import CommunicationsRepository
from app.storage.database import Database
from app.storage.incidents_repository import IncidentRow, IncidentsRepository

BREACH_CATEGORIES = frozenset({IncidentCategory.PRIVACY_LEAK, IncidentCategory.CYBER_SECURITY})
BUILT_IN = ("gdpr", "nis2")
REASON_MAX = 2_000


class LateReasonMissing(check.RecordInputInvalid):
    """The notice (or the changed start event) makes a notice late, and no reason for the delay was given."""

    def __init__(self, rule_code: str, due_at: datetime, sent_at: datetime) -> None:
        super().__init__((Problem("late_reason", "is required: the notice went out after its deadline"),))
        self.rule_code = rule_code
        self.due_at = due_at
        self.sent_at = sent_at


@dataclass(frozen=True, slots=True)
class BreachClockView:
    rule_set_code: str
    rule_code: str
    start_event: StartEvent
    after_rule: str | None
    audience: Audience
    deadline: timedelta
    started_at: datetime | None
    due_at: datetime | None
    sent_at: datetime | None
    state: ClockState
    met: bool | None
    time_left: timedelta | None  # negative when late; frozen once sent
    deidentified: bool
    label: str | None  # None for a custom rule when de-identified (typed text)
    note: str | None  # None when de-identified
    recipient: str | None  # to whom the notice went; None when de-identified
    late_reason: str | None  # None when not late or when de-identified

    def __repr__(self) -> str:
        return f"BreachClockView({self.rule_code}, {self.state.value})"


@dataclass(frozen=True, slots=True)
class BreachStatus:
    incident_id: int
    as_of: datetime
    rule_sets: tuple[
        tuple[str, str], ...
    ]  # (code, name); the custom set's name is withheld when de-identified
    events: tuple[tuple[StartEvent, datetime], ...]
    clocks: tuple[BreachClockView, ...]
    deidentified: bool

    @property
    def applicable(self) -> bool:
        return bool(self.rule_sets)

    def __repr__(self) -> str:  # a custom rule set's name is typed text
        return f"BreachStatus(incident_id={self.incident_id}, clocks={len(self.clocks)})"


# -- stored definitions ---------------------------------------------------------------------------


def _definition(rule_set: RuleSet) -> dict[str, Any]:
    return {
        "code": rule_set.code,
        "name": rule_set.name,
        "rules": [
            {
                "code": r.code,
                "label": r.label,
                "start_event": r.start_event.value,
                "deadline_seconds": int(r.deadline.total_seconds()),
                "audience": r.audience.value,
                "after_rule": r.after_rule,
                "note": r.note,
            }
            for r in rule_set.rules
        ],
    }


def _rule_set(definition: dict[str, Any]) -> RuleSet:
    return RuleSet(
        definition["code"],
        definition["name"],
        tuple(
            BreachRule(
                r["code"],
                r["label"],
                StartEvent(r["start_event"]),
                timedelta(seconds=r["deadline_seconds"]),
                Audience(r["audience"]),
                r.get("after_rule"),
                r.get("note", ""),
            )
            for r in definition["rules"]
        ),
    )


def built_in_rule_sets() -> tuple[RuleSet, ...]:
    """The rule sets offered by "Add rule set" besides a custom one."""
    return (gdpr_rule_set(), nis2_rule_set())


class BreachClockService:
    def __init__(self, db: Database, policy: AccessPolicy) -> None:
        self._db = db
        self._policy = policy
        self._repo = CommunicationsRepository(db)
        self._incidents = IncidentsRepository(db)

    def _deidentified(self, session: Session) -> bool:
        return is_deidentified(self._policy, session)

    def _incident(self, incident_id: int) -> IncidentRow:
        return existing_incident(self._incidents, incident_id)

    def _sets(self, incident_id: int) -> list[RuleSet]:
        return [_rule_set(r.definition) for r in self._repo.rule_sets(incident_id)]

    def _events(self, incident_id: int) -> dict[StartEvent, datetime]:
        return {StartEvent(e.event): e.at for e in self._repo.breach_events(incident_id)}

    def _notices(self, incident_id: int) -> dict[str, NoticeSent]:
        return {
            n.rule_code: NoticeSent(n.sent_at, n.late_reason) for n in self._repo.breach_notices(incident_id)
        }

    # -- reading ----------------------------------------------------------------------------------

    def status(self, session: Session, incident_id: int, *, now: datetime | None = None) -> BreachStatus:
        """Every clock of every rule set on the incident, as of ``now``."""
        self._policy.require(session, Operation.BREACH_CLOCK_VIEW)
        incident = self._incident(incident_id)
        as_of = now or utc_now()
        hide = self._deidentified(session)
        sets = self._sets(incident.id)
        events = self._events(incident.id)
        recipients = {n.rule_code: n.recipient for n in self._repo.breach_notices(incident.id)}
        clocks = breach_clocks(sets, events, self._notices(incident.id))
        return BreachStatus(
            incident_id=incident.id,
            as_of=as_of,
            rule_sets=tuple((s.code, s.code if hide and s.code not in BUILT_IN else s.name) for s in sets),
            events=tuple((e, events[e]) for e in INCIDENT_EVENTS if e in events),
            clocks=tuple(self._clock_view(c, as_of, hide, recipients.get(c.rule.code)) for c in clocks),
            deidentified=hide,
        )

    @staticmethod
    def _clock_view(clock: BreachClock, now: datetime, hide: bool, recipient: str | None) -> BreachClockView:
        rule = clock.rule
        custom = clock.rule_set_code not in BUILT_IN
        return BreachClockView(
            rule_set_code=clock.rule_set_code,
            rule_code=rule.code,
            start_event=rule.start_event,
            after_rule=rule.after_rule,
            audience=rule.audience,
            deadline=rule.deadline,
            started_at=clock.started_at,
            due_at=clock.due_at,
            sent_at=clock.sent_at,
            state=clock.state(now),
            met=clock.met,
            time_left=clock.time_left(now),
            deidentified=hide,
            label=None if hide and custom else rule.label,
            note=None if hide else rule.note,
            recipient=None if hide else recipient,
            late_reason=None if hide else clock.late_reason,
        )

    # -- changing ---------------------------------------------------------------------------------

    def add_rule_set(
        self,
        session: Session,
        incident_id: int,
        code: str,
        *,
        custom_rules: Sequence[CustomRuleInput] = (),
        custom_name: str = "Custom",
        now: datetime | None = None,
    ) -> BreachStatus:
        """Apply "gdpr", "nis2" or "custom" (with ``custom_rules``) to a privacy-leak or cyber incident."""
        self._policy.require(session, Operation.BREACH_CLOCK_UPDATE)
        now = now or utc_now()
        if code in BUILT_IN:
            rule_set = next(s for s in built_in_rule_sets() if s.code == code)
        elif code == "custom":
            problems: list[Problem] = []
            name = check.line("name", custom_name, problems, required=True, maximum=100)
            check.raise_if(problems)
            try:
                rule_set = custom_rule_set(list(custom_rules), name=name)
            except BreachRuleError as error:
                raise check.RecordInputInvalid((Problem("rules", str(error)),)) from None
        else:
            raise check.RecordInputInvalid((Problem("rule_set", "must be one of gdpr, nis2, custom"),))
        with self._db.transaction() as conn:
            incident = self._incident(incident_id)
            if IncidentCategory(incident.category) not in BREACH_CATEGORIES:
                raise InvalidInput(
                    "Breach-notification clocks apply to privacy leaks and cyber-security events only."
                )
            if any(s.code == rule_set.code for s in self._sets(incident.id)):
                raise InvalidInput(f"The rule set {rule_set.code} is already applied to this incident.")
            row_id = CommunicationsRepository.insert_rule_set(
                conn, incident.id, rule_set.code, _definition(rule_set), user_id=session.user_id, now=now
            )
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "breach.rule_set_added",
                        "incident_breach_rule_set",
                        str(row_id),
                        {"incident": incident.code, "rule_set": rule_set.code, "rules": len(rule_set.rules)},
                    )
                ],
                now,
            )
        return self.status(session, incident_id, now=now)

    def record_event(
        self,
        session: Session,
        incident_id: int,
        event: StartEvent | str,
        at: datetime,
        *,
        now: datetime | None = None,
    ) -> BreachStatus:
        """Record (or correct) when the organisation became aware, detected or confirmed the breach."""
        self._policy.require(session, Operation.BREACH_CLOCK_UPDATE)
        now = now or utc_now()
        problems: list[Problem] = []
        start = check.choice("event", StartEvent, event, problems)
        if start is StartEvent.NOTICE_SENT:
            problems.append(Problem("event", "a notice's sending is recorded with the notice"))
        when = check.moment("at", at, now, problems)
        check.raise_if(problems)
        assert start is not None
        assert when is not None
        with self._db.transaction() as conn:
            incident = self._incident(incident_id)
            events = {**self._events(incident.id), start: when}
            try:
                self._check_clocks(self._sets(incident.id), events, self._notices(incident.id))
            except LateReasonMissing as error:
                raise check.RecordInputInvalid(
                    (
                        Problem(
                            "at",
                            f"would make the recorded notice {error.rule_code} late, and it has no reason "
                            "for a delay; check the time",
                        ),
                    )
                ) from None
            CommunicationsRepository.put_breach_event(
                conn, incident.id, start.value, when, user_id=session.user_id, now=now
            )
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "breach.event_recorded",
                        "incident",
                        str(incident.id),
                        {"incident": incident.code, "event": start.value},
                    )
                ],
                now,
            )
        return self.status(session, incident_id, now=now)

    def record_notice(
        self,
        session: Session,
        incident_id: int,
        rule_code: str,
        sent_at: datetime,
        *,
        recipient: str = "",
        late_reason: str | None = None,
        now: datetime | None = None,
    ) -> BreachStatus:
        """Record that a rule's notice was sent (by a person; the app sends nothing)."""
        self._policy.require(session, Operation.BREACH_CLOCK_UPDATE)
        now = now or utc_now()
        problems: list[Problem] = []
        when = check.moment("sent_at", sent_at, now, problems)
        to_whom = check.line("recipient", recipient, problems, required=False)
        reason = check.text("late_reason", late_reason, problems, maximum=REASON_MAX) or None
        check.raise_if(problems)
        assert when is not None
        with self._db.transaction() as conn:
            incident = self._incident(incident_id)
            sets = self._sets(incident.id)
            if not any(rule.code == rule_code for s in sets for rule in s.rules):
                raise check.RecordInputInvalid(
                    (Problem("rule", "is not a rule of the rule sets applied to this incident"),)
                )
            notices = self._notices(incident.id)
            if rule_code in notices:
                raise InvalidInput("That notice is already recorded as sent.")
            notices[rule_code] = NoticeSent(when, reason)
            self._check_clocks(sets, self._events(incident.id), notices)
            notice_id = CommunicationsRepository.insert_breach_notice(
                conn,
                incident.id,
                rule_code,
                sent_at=when,
                recipient=to_whom,
                late_reason=reason,
                user_id=session.user_id,
                now=now,
            )
            late = next(
                c for c in breach_clocks(sets, self._events(incident.id), notices) if c.rule.code == rule_code
            )
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username,
                        "breach.notice_recorded",
                        "incident_breach_notice",
                        str(notice_id),
                        {"incident": incident.code, "rule": rule_code, "late": late.met is False},
                    )
                ],
                now,
            )
        return self.status(session, incident_id, now=now)

    @staticmethod
    def _check_clocks(
        sets: list[RuleSet], events: dict[StartEvent, datetime], notices: dict[str, NoticeSent]
    ) -> None:
        try:
            breach_clocks(sets, events, notices)
        except LateReasonRequired as error:
            raise LateReasonMissing(error.rule_code, error.due_at, error.sent_at) from None
        except BreachRuleError as error:
            raise check.RecordInputInvalid((Problem("notice", str(error)),)) from None
