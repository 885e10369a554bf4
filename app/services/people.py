"""People affected by an incident, and their counselling follow-up.

A person is linked to an incident by a pseudonym ("P-4821", the seed's "employee number + last
four" style): that is what lists, calendars and audit entries name. Identity (name, employee
number, phone, e-mail), emergency contacts, screenings, follow-up outcomes and clinical notes are
confidential: only roles with ``PERSON_VIEW_CONFIDENTIAL`` (counsellors, admins) read them, each
read is audited, and every other person operation is casework too. hr_manager may only count the
people on an incident (``people_count``), built here so that nothing more ever leaves the service.

Follow-ups: linking a person creates the three tasks of ``FollowUpSchedule`` (first contact within
24 h, tracking within a week, a recovery plan within a month), all counted from the time the person
was linked. Clinical notes are signed by their author when saved (``app.domain.signed_entries``);
the author may correct a note until the lock period (policy setting ``ENTRY_LOCK_HOURS``, 24 h by
default) has passed, after which only addenda are accepted, so the original is always kept.

Audit entries name ids, kinds and instruments, never a name, a number, an answer or a note.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from app.domain.clocks import ClockKind, ClockState, FollowUpSchedule
from app.domain.incidents import EARLIEST_TIME, Problem
from app.domain.roles import Operation
from app.domain.screenings import (
    AlertSignals,
    Band,
    Instrument,
    RedAlert,
    RedFlag,
    ScreeningInvalid,
    ScreeningResult,
    red_alert,
    score,
)
from app.domain.signed_entries import (
    EntryLocked,
    SignedContent,
    check_editable,
    is_locked,
    locks_at,
    sign,
    signature_holds,
)
from app.domain.text_input import aware_moment, clean_line, clean_text, is_aware
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput
from app.services.incidents import existing_incident
from app.services.policy import ENTRY_LOCK_HOURS, PolicyService
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.incidents_repository import IncidentsRepository
from app.storage.people_repository import (
    ContactRow,
    FollowUpRow,
    NewFollowUp,
    NoteRow,
    PeopleRepository,
    PersonRow,
    ScreeningRow,
)

NAME_MAX = 200
DEPARTMENT_MAX = 100
RELATION_MAX = 60
EMPLOYEE_NUMBER_MAX = 40
PHONE_MAX = 40
EMAIL_MAX = 254
LABEL_MAX = 200
CONTACTS_MAX = 2
DUE_RANGE_MAX = timedelta(days=400)
_PSEUDONYM = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{1,31}")
_EMPLOYEE_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]*")
_PHONE = re.compile(r"\+?[0-9 ()./-]+(?: ?(?:ext\.?|x) ?[0-9]{1,6})?", re.IGNORECASE)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class Involvement(StrEnum):
    """How the person is involved in the incident. Stored: never rename a value."""

    AFFECTED = "affected"
    WITNESS = "witness"
    COLLEAGUE = "colleague"
    FAMILY = "family"
    OTHER = "other"


class ConsentMethod(StrEnum):
    """How the employee gave the authorisation to contact an emergency contact. Stored."""

    WRITTEN = "written"
    VERBAL = "verbal"
    ELECTRONIC = "electronic"


class FollowUpKind(StrEnum):
    """The schedule's three tasks (their ``ClockKind`` values) and ad-hoc follow-ups. Stored."""

    CONTACT = ClockKind.FOLLOW_UP_CONTACT.value
    TRACKING = ClockKind.FOLLOW_UP_TRACKING.value
    RECOVERY_PLAN = ClockKind.FOLLOW_UP_RECOVERY_PLAN.value
    AD_HOC = "ad_hoc"


class NoteKind(StrEnum):
    CLINICAL_NOTE = "clinical_note"
    ADDENDUM = "addendum"


class PeopleInputInvalid(InvalidInput):
    """Input about a person that breaks a rule; ``problems`` lists every field. Nothing was saved.

    Messages say what is wrong, never the value typed: it may be a name or a phone number.
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in self.problems) or "invalid input")

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.field for p in self.problems))


class ContactNotAuthorised(InvalidInput):
    """An emergency contact may be used only with the employee's recorded authorisation."""


# -- what callers give --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonInput:
    """A person as typed into the editor. An empty ``pseudonym`` is generated ("P-" and four digits)."""

    involvement: Involvement | str = Involvement.AFFECTED
    department: str = ""
    full_name: str = ""
    employee_number: str = ""
    phone: str = ""
    email: str = ""
    pseudonym: str = ""

    def __repr__(self) -> str:
        return "PersonInput(...)"


@dataclass(frozen=True, slots=True)
class EmergencyContactInput:
    """One emergency contact. ``authorised`` records the employee's consent; it needs ``consent_method``."""

    name: str
    phone: str
    relation: str = ""
    authorised: bool = False
    consent_method: ConsentMethod | str | None = None

    def __repr__(self) -> str:
        return "EmergencyContactInput(...)"


# -- what callers receive -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """One line of the People tab: the pseudonym and casework state, never identity."""

    id: int
    incident_id: int
    pseudonym: str
    involvement: Involvement
    department: str
    linked_at: datetime
    clinical_concern: bool
    alert: RedAlert
    next_follow_up_kind: FollowUpKind | None
    next_follow_up_due: datetime | None
    overdue_follow_ups: int
    emergency_contacts: int
    authorised_contacts: int

    def __repr__(self) -> str:
        return f"PersonSummary(id={self.id}, incident_id={self.incident_id})"


@dataclass(frozen=True, slots=True)
class EmergencyContactView:
    id: int
    position: int
    name: str
    relation: str
    phone: str
    authorised: bool
    authorised_at: datetime | None
    authorised_by: int | None
    consent_method: ConsentMethod | None

    def __repr__(self) -> str:
        return f"EmergencyContactView(id={self.id}, authorised={self.authorised})"


@dataclass(frozen=True, slots=True)
class PersonIdentity:
    """Who the pseudonym stands for; returned only by the audited ``reveal_identity``."""

    person_id: int
    pseudonym: str
    full_name: str
    employee_number: str
    phone: str
    email: str
    contacts: tuple[EmergencyContactView, ...]

    def __repr__(self) -> str:
        return f"PersonIdentity(person_id={self.person_id})"


@dataclass(frozen=True, slots=True)
class ScreeningView:
    id: int
    person_id: int
    instrument: Instrument
    answers: tuple[int, ...]
    total: int
    band: Band
    red_flags: tuple[RedFlag, ...]
    taken_at: datetime
    recorded_by: int | None

    @property
    def self_harm_flag(self) -> bool:
        return RedFlag.SELF_HARM_THOUGHTS in self.red_flags

    def __repr__(self) -> str:
        return f"ScreeningView(id={self.id}, person_id={self.person_id})"


@dataclass(frozen=True, slots=True)
class FollowUpView:
    id: int
    person_id: int
    kind: FollowUpKind
    label: str  # what an ad-hoc follow-up is for ("" for the schedule's tasks)
    due_at: datetime
    done_at: datetime | None
    done_by: int | None
    outcome: str
    state: ClockState

    def __repr__(self) -> str:
        return f"FollowUpView(id={self.id}, kind={self.kind.value}, state={self.state.value})"


@dataclass(frozen=True, slots=True)
class FollowUpDue:
    """A follow-up for a calendar (issue 6): pseudonym, kind and due time only."""

    follow_up_id: int
    incident_id: int
    person_id: int
    pseudonym: str
    kind: FollowUpKind
    due_at: datetime
    done: bool


@dataclass(frozen=True, slots=True)
class NoteView:
    id: int
    person_id: int
    parent_id: int | None  # the note an addendum amends
    kind: NoteKind
    text: str
    at: datetime
    author_user_id: int | None
    author_name: str
    first_signed_at: datetime
    signed_at: datetime
    signature: str
    revision: int
    locks_at: datetime
    locked: bool
    signature_valid: bool

    def __repr__(self) -> str:
        return f"NoteView(id={self.id}, kind={self.kind.value}, locked={self.locked})"


@dataclass(frozen=True, slots=True)
class PeopleCount:
    """All hr_manager may know about the people on an incident."""

    incident_id: int
    total: int
    by_involvement: Mapping[Involvement, int] = field(default_factory=dict)


# -- input checks ---------------------------------------------------------------------------------------


def _phone(name: str, value: object, problems: list[Problem], *, required: bool) -> str:
    before = len(problems)
    text = clean_line(name, value, problems, maximum=PHONE_MAX, required=required)
    if text and len(problems) == before:
        digits = sum(ch.isdigit() for ch in text)
        if not _PHONE.fullmatch(text) or digits < 3:
            problems.append(
                Problem(name, "must be a phone number: digits, spaces, + ( ) - . / and an optional extension")
            )
    return text


def _aware(name: str, value: object) -> datetime:
    if not isinstance(value, datetime) or not is_aware(value):
        raise PeopleInputInvalid((Problem(name, "must be a date and time with a time zone"),))
    if value < EARLIEST_TIME:
        raise PeopleInputInvalid((Problem(name, "is before 1900"),))
    return value.astimezone(UTC)


def _clean_person(person: object) -> dict[str, str]:
    if not isinstance(person, PersonInput):
        raise PeopleInputInvalid((Problem("person", "a person's details are needed"),))
    problems: list[Problem] = []
    try:
        involvement = Involvement(person.involvement).value
    except ValueError:
        problems.append(Problem("involvement", f"must be one of {', '.join(i.value for i in Involvement)}"))
        involvement = ""
    fields = {
        "involvement": involvement,
        "department": clean_line("department", person.department, problems, maximum=DEPARTMENT_MAX),
        "full_name": clean_line("full_name", person.full_name, problems, maximum=NAME_MAX),
        "employee_number": clean_line(
            "employee_number", person.employee_number, problems, maximum=EMPLOYEE_NUMBER_MAX
        ),
        "phone": _phone("phone", person.phone, problems, required=False),
        "email": clean_line("email", person.email, problems, maximum=EMAIL_MAX),
        "pseudonym": clean_line("pseudonym", person.pseudonym, problems, maximum=32),
    }
    flagged = {p.field for p in problems}
    number = fields["employee_number"]
    if number and "employee_number" not in flagged and not _EMPLOYEE_NUMBER.fullmatch(number):
        problems.append(
            Problem("employee_number", "may contain only letters, digits and . _ / - (no spaces)")
        )
    if fields["email"] and "email" not in flagged and not _EMAIL.fullmatch(fields["email"]):
        problems.append(Problem("email", "must be an e-mail address such as name@example.org"))
    pseudonym = fields["pseudonym"]
    if pseudonym and not any(p.field == "pseudonym" for p in problems):
        if not _PSEUDONYM.fullmatch(pseudonym):
            problems.append(
                Problem(
                    "pseudonym",
                    "must be 2 to 32 letters, digits and . _ - (starting with a letter or digit), "
                    "or left empty to generate one",
                )
            )
        elif fields["employee_number"] and pseudonym.casefold() == fields["employee_number"].casefold():
            problems.append(Problem("pseudonym", "cannot be the employee number itself"))
        elif fields["full_name"] and _squashed(fields["full_name"]) in _squashed(pseudonym):
            problems.append(Problem("pseudonym", "cannot contain the person's name"))
    if problems:
        raise PeopleInputInvalid(problems)
    return fields


def _squashed(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@dataclass(frozen=True, slots=True)
class _CleanContact:
    name: str
    relation: str
    phone: str
    authorised: bool
    method: str | None

    def __repr__(self) -> str:
        return "_CleanContact(...)"


def _clean_contacts(contacts: object) -> list[_CleanContact]:
    if isinstance(contacts, str | bytes) or not isinstance(contacts, Sequence):
        raise PeopleInputInvalid((Problem("contacts", "must be a list of up to two contacts"),))
    if len(contacts) > CONTACTS_MAX:
        raise PeopleInputInvalid((Problem("contacts", f"an employee names at most {CONTACTS_MAX}"),))
    problems: list[Problem] = []
    cleaned: list[_CleanContact] = []
    for number, contact in enumerate(contacts, start=1):
        prefix = f"contacts.{number}"
        if not isinstance(contact, EmergencyContactInput):
            problems.append(Problem(prefix, "must be an emergency contact"))
            continue
        name = clean_line(f"{prefix}.name", contact.name, problems, maximum=NAME_MAX, required=True)
        relation = clean_line(f"{prefix}.relation", contact.relation, problems, maximum=RELATION_MAX)
        phone = _phone(f"{prefix}.phone", contact.phone, problems, required=True)
        if not isinstance(contact.authorised, bool):
            problems.append(Problem(f"{prefix}.authorised", "must be yes or no"))
        method: str | None = None
        if contact.consent_method not in (None, ""):
            try:
                method = ConsentMethod(contact.consent_method).value
            except ValueError:
                problems.append(
                    Problem(
                        f"{prefix}.consent_method",
                        f"must be one of {', '.join(m.value for m in ConsentMethod)}",
                    )
                )
        if (
            contact.authorised is True
            and method is None
            and not any(p.field == f"{prefix}.consent_method" for p in problems)
        ):
            problems.append(
                Problem(f"{prefix}.consent_method", "say how the employee gave the authorisation")
            )
        cleaned.append(_CleanContact(name, relation, phone, contact.authorised is True, method))
    if problems:
        raise PeopleInputInvalid(problems)
    return cleaned


# -- conversions ----------------------------------------------------------------------------------------


def _result(row: ScreeningRow) -> ScreeningResult:
    return score(row.instrument, row.answers)


def _screening_view(row: ScreeningRow) -> ScreeningView:
    result = _result(row)
    return ScreeningView(
        row.id, row.person_id, result.instrument, result.answers, result.total, result.band,
        result.red_flags, row.taken_at, row.recorded_by,
    )  # fmt: skip


def _follow_up_state(row: FollowUpRow, now: datetime) -> ClockState:
    if row.done_at is not None:
        return ClockState.MET if row.done_at <= row.due_at else ClockState.MISSED
    return ClockState.RUNNING if now <= row.due_at else ClockState.OVERDUE


def _follow_up_view(row: FollowUpRow, now: datetime) -> FollowUpView:
    return FollowUpView(
        row.id, row.person_id, FollowUpKind(row.kind), row.label, row.due_at, row.done_at, row.done_by,
        row.outcome, _follow_up_state(row, now),
    )  # fmt: skip


def _contact_view(row: ContactRow) -> EmergencyContactView:
    return EmergencyContactView(
        row.id, row.position, row.name, row.relation, row.phone, row.authorised, row.authorised_at,
        row.authorised_by, ConsentMethod(row.consent_method) if row.consent_method else None,
    )  # fmt: skip


def _signed_content(
    row: NoteRow, *, text: str | None = None, signed_at: datetime | None = None
) -> SignedContent:
    return SignedContent(
        kind=row.kind,
        entry_id=row.id,
        author=row.author_name,
        at=row.at,
        signed_at=signed_at or row.signed_at,
        text=row.text if text is None else text,
        parent_id=row.parent_id,
    )


def _note_view(row: NoteRow, now: datetime, lock_after: timedelta) -> NoteView:
    return NoteView(
        id=row.id,
        person_id=row.person_id,
        parent_id=row.parent_id,
        kind=NoteKind(row.kind),
        text=row.text,
        at=row.at,
        author_user_id=row.author_user_id,
        author_name=row.author_name,
        first_signed_at=row.first_signed_at,
        signed_at=row.signed_at,
        signature=row.signature,
        revision=row.revision,
        locks_at=locks_at(row.first_signed_at, lock_after),
        locked=is_locked(row.first_signed_at, now, lock_after),
        signature_valid=signature_holds(_signed_content(row), row.signature),
    )


def _latest(rows: Sequence[ScreeningRow], instrument: Instrument) -> ScreeningResult | None:
    matching = [row for row in rows if row.instrument == instrument.value]
    return _result(max(matching, key=lambda r: (r.taken_at, r.id))) if matching else None


# -- the service --------------------------------------------------------------------------------------


class PeopleService:
    def __init__(self, db: Database, policy: AccessPolicy, schedule: FollowUpSchedule | None = None) -> None:
        self._db = db
        self._policy = policy
        self._repo = PeopleRepository(db)
        self._incidents = IncidentsRepository(db)
        self._settings = PolicyService(db, policy)
        self._schedule = schedule or FollowUpSchedule()

    # -- helpers ------------------------------------------------------------------------------------

    def lock_period(self) -> timedelta:
        """How long after signing a note may still be corrected (the office's ENTRY_LOCK_HOURS)."""
        return timedelta(hours=self._settings.value(ENTRY_LOCK_HOURS))

    def _require_incident(self, incident_id: object) -> int:
        return existing_incident(self._incidents, incident_id).id

    def _require_person(self, person_id: object) -> PersonRow:
        row = self._repo.person(person_id) if isinstance(person_id, int) else None
        if row is None:
            raise InvalidInput("That person is not linked to any incident.")
        return row

    def _audit(  # noqa: PLR0917 - the audit event's fields, in order
        self,
        conn: Any,
        session: Session,
        action: str,
        entity: str,
        entity_id: int,
        detail: dict[str, Any] | None,
        now: datetime,
    ) -> None:
        AuditRepository.append(
            conn, [AuditEvent(session.username, action, entity, str(entity_id), detail)], now
        )

    def _audit_read(
        self, session: Session, action: str, entity: str, entity_id: int, detail: dict[str, Any] | None = None
    ) -> None:
        with self._db.transaction() as conn:
            self._audit(conn, session, action, entity, entity_id, detail, utc_now())

    def _summary(self, row: PersonRow, now: datetime) -> PersonSummary:
        follow_ups = self._repo.follow_ups(row.id)
        open_ = [f for f in follow_ups if f.done_at is None]
        missed = [f for f in open_ if f.due_at < now]
        screenings = self._repo.screenings(row.id)
        alert = red_alert(
            AlertSignals(
                phq9=_latest(screenings, Instrument.PHQ9),
                gad7=_latest(screenings, Instrument.GAD7),
                missed_follow_up=bool(missed),
                clinical_judgement=row.clinical_concern,
            )
        )
        upcoming = min(open_, key=lambda f: (f.due_at, f.id)) if open_ else None
        contacts = self._repo.contacts(row.id)
        return PersonSummary(
            id=row.id,
            incident_id=row.incident_id,
            pseudonym=row.pseudonym,
            involvement=Involvement(row.involvement),
            department=row.department,
            linked_at=row.linked_at,
            clinical_concern=row.clinical_concern,
            alert=alert,
            next_follow_up_kind=FollowUpKind(upcoming.kind) if upcoming else None,
            next_follow_up_due=upcoming.due_at if upcoming else None,
            overdue_follow_ups=len(missed),
            emergency_contacts=len(contacts),
            authorised_contacts=sum(1 for c in contacts if c.authorised),
        )

    @staticmethod
    def _new_pseudonym(conn: Any, incident_id: int) -> str:
        for digits in (4, 4, 4, 4, 4, 6, 6, 6, 8):
            low = 10 ** (digits - 1)
            candidate = f"P-{low + secrets.randbelow(9 * low)}"
            if not PeopleRepository.pseudonym_taken(conn, incident_id, candidate):
                return candidate
        raise InvalidInput("Could not generate a free pseudonym; type one instead.")

    # -- people ---------------------------------------------------------------------------------------

    def link_person(
        self,
        session: Session,
        incident_id: int,
        person: PersonInput,
        *,
        linked_at: datetime | None = None,
        now: datetime | None = None,
    ) -> PersonSummary:
        """Link a person to the incident and schedule their three follow-ups from ``linked_at`` (default now)."""
        self._policy.require(session, Operation.PERSON_MANAGE)
        now = now or utc_now()
        fields = _clean_person(person)
        problems: list[Problem] = []
        start = aware_moment("linked_at", now if linked_at is None else linked_at, now, problems)
        if problems or start is None:
            raise PeopleInputInvalid(problems)
        with self._db.transaction() as conn:
            incident = self._require_incident(incident_id)
            if not fields["pseudonym"]:
                fields["pseudonym"] = self._new_pseudonym(conn, incident)
            elif PeopleRepository.pseudonym_taken(conn, incident, fields["pseudonym"]):
                raise PeopleInputInvalid((Problem("pseudonym", "is already used on this incident"),))
            person_id = PeopleRepository.insert_person(
                conn, incident, fields, linked_at=start, created_by=session.user_id, now=now
            )
            tasks = self._schedule.tasks(start)
            PeopleRepository.insert_follow_ups(
                conn,
                person_id,
                [NewFollowUp(FollowUpKind(t.kind.value).value, "", t.due_at) for t in tasks],
                created_by=session.user_id,
                now=now,
            )
            self._audit(
                conn, session, "person.linked", "person", person_id,
                {"incident": incident, "involvement": fields["involvement"], "follow_ups": len(tasks)}, now,
            )  # fmt: skip
        return self._summary(self._require_person(person_id), now)

    def update_person(
        self, session: Session, person_id: int, person: PersonInput, *, now: datetime | None = None
    ) -> PersonSummary:
        """Replace the person's details; an empty pseudonym keeps the current one. Audited by field name."""
        self._policy.require(session, Operation.PERSON_MANAGE)
        now = now or utc_now()
        fields = _clean_person(person)
        with self._db.transaction() as conn:
            row = self._require_person(person_id)
            if not fields["pseudonym"]:
                fields["pseudonym"] = row.pseudonym
            elif PeopleRepository.pseudonym_taken(
                conn, row.incident_id, fields["pseudonym"], except_id=row.id
            ):
                raise PeopleInputInvalid((Problem("pseudonym", "is already used on this incident"),))
            changed = {name: value for name, value in fields.items() if getattr(row, name) != value}
            if changed:
                PeopleRepository.update_person(conn, row.id, now, **changed)
                self._audit(
                    conn, session, "person.updated", "person", row.id, {"fields": sorted(changed)}, now
                )
        return self._summary(self._require_person(person_id), now)

    def set_clinical_concern(
        self, session: Session, person_id: int, concern: bool, *, now: datetime | None = None
    ) -> PersonSummary:
        """The counsellor's own judgement that the person is at high risk (raises the red alert)."""
        self._policy.require(session, Operation.PERSON_MANAGE)
        if not isinstance(concern, bool):
            raise PeopleInputInvalid((Problem("clinical_concern", "must be yes or no"),))
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._require_person(person_id)
            if row.clinical_concern != concern:
                PeopleRepository.update_person(conn, row.id, now, clinical_concern=concern)
                self._audit(conn, session, "person.concern_set", "person", row.id, {"concern": concern}, now)
        return self._summary(self._require_person(person_id), now)

    def list_people(
        self, session: Session, incident_id: int, *, now: datetime | None = None
    ) -> tuple[PersonSummary, ...]:
        """The incident's people by pseudonym with their alert and follow-up state (audited: alerts
        are derived from screenings)."""
        self._policy.require(session, Operation.PERSON_VIEW)
        now = now or utc_now()
        incident = self._require_incident(incident_id)
        people = tuple(self._summary(row, now) for row in self._repo.people(incident))
        self._audit_read(session, "person.list_viewed", "incident", incident, {"people": len(people)})
        return people

    def person(self, session: Session, person_id: int, *, now: datetime | None = None) -> PersonSummary:
        self._policy.require(session, Operation.PERSON_VIEW)
        now = now or utc_now()
        summary = self._summary(self._require_person(person_id), now)
        self._audit_read(session, "person.viewed", "person", summary.id)
        return summary

    def people_count(self, session: Session, incident_id: int) -> PeopleCount:
        """How many people are linked, by involvement: the only person data hr_manager receives."""
        self._policy.require(session, Operation.PEOPLE_COUNT)
        incident = self._require_incident(incident_id)
        counts = self._repo.count_by_involvement(incident)
        by_involvement = {Involvement(k): v for k, v in counts.items()}
        return PeopleCount(incident, sum(by_involvement.values()), by_involvement)

    def reveal_identity(self, session: Session, person_id: int) -> PersonIdentity:
        """Who the pseudonym stands for, with the emergency contacts: audited as ``person.identity_viewed``."""
        self._policy.require(session, Operation.PERSON_VIEW_CONFIDENTIAL)
        row = self._require_person(person_id)
        identity = PersonIdentity(
            row.id, row.pseudonym, row.full_name, row.employee_number, row.phone, row.email,
            tuple(_contact_view(c) for c in self._repo.contacts(row.id)),
        )  # fmt: skip
        self._audit_read(session, "person.identity_viewed", "person", row.id)
        return identity

    # -- emergency contacts -----------------------------------------------------------------------------

    def set_emergency_contacts(
        self,
        session: Session,
        person_id: int,
        contacts: Sequence[EmergencyContactInput],
        *,
        now: datetime | None = None,
    ) -> tuple[EmergencyContactView, ...]:
        """Replace the one or two contacts. An unchanged contact keeps its recorded authorisation; a
        changed one is a new contact (the old one is kept, marked removed) and needs its own."""
        self._policy.require(session, Operation.PERSON_MANAGE)
        now = now or utc_now()
        wanted = _clean_contacts(contacts)
        with self._db.transaction() as conn:
            row = self._require_person(person_id)
            current = self._repo.contacts(row.id)
            unmatched = list(current)
            kept = added = 0
            for position, contact in enumerate(wanted, start=1):
                same = next(
                    (c for c in unmatched if (c.name, c.relation, c.phone) == (contact.name, contact.relation, contact.phone)),
                    None,
                )  # fmt: skip
                if same is not None:
                    unmatched.remove(same)
                    kept += 1
                    contact_id = same.id
                    if same.position != position:
                        PeopleRepository.move_contact(conn, contact_id, position)
                    if same.authorised == contact.authorised and (
                        not contact.authorised or same.consent_method == contact.method
                    ):
                        continue
                else:
                    added += 1
                    contact_id = PeopleRepository.insert_contact(
                        conn, row.id, position=position, name=contact.name, relation=contact.relation,
                        phone=contact.phone, now=now,
                    )  # fmt: skip
                    if not contact.authorised:
                        continue
                PeopleRepository.set_authorisation(
                    conn,
                    contact_id,
                    authorised=contact.authorised,
                    at=now if contact.authorised else None,
                    by=session.user_id if contact.authorised else None,
                    method=contact.method if contact.authorised else None,
                )
            for old in unmatched:
                PeopleRepository.remove_contact(conn, old.id, now)
            self._audit(
                conn, session, "person.contacts_set", "person", row.id,
                {"contacts": len(wanted), "kept": kept, "added": added, "removed": len(unmatched),
                 "authorised": sum(1 for c in wanted if c.authorised)},
                now,
            )  # fmt: skip
        return tuple(_contact_view(c) for c in self._repo.contacts(person_id))

    def record_authorisation(
        self,
        session: Session,
        person_id: int,
        contact_id: int,
        *,
        authorised: bool = True,
        method: ConsentMethod | str | None = None,
        now: datetime | None = None,
    ) -> EmergencyContactView:
        """Record that the employee gave (or withdrew) consent to contact this emergency contact."""
        self._policy.require(session, Operation.PERSON_MANAGE)
        now = now or utc_now()
        if not isinstance(authorised, bool):
            raise PeopleInputInvalid((Problem("authorised", "must be yes or no"),))
        consent: str | None = None
        if authorised:
            if method in (None, ""):
                raise PeopleInputInvalid(
                    (Problem("consent_method", "say how the employee gave the authorisation"),)
                )
            try:
                consent = ConsentMethod(method).value
            except ValueError:
                choices = ", ".join(m.value for m in ConsentMethod)
                raise PeopleInputInvalid((Problem("consent_method", f"must be one of {choices}"),)) from None
        with self._db.transaction() as conn:
            row = self._require_person(person_id)
            contact = next((c for c in self._repo.contacts(row.id) if c.id == contact_id), None)
            if contact is None:
                raise InvalidInput("That emergency contact does not belong to this person.")
            PeopleRepository.set_authorisation(
                conn,
                contact.id,
                authorised=authorised,
                at=now if authorised else None,
                by=session.user_id if authorised else None,
                method=consent,
            )
            self._audit(
                conn, session, "person.contact_authorisation", "emergency_contact", contact.id,
                {"person": row.id, "authorised": authorised, "method": consent}, now,
            )  # fmt: skip
        return next(_contact_view(c) for c in self._repo.contacts(person_id) if c.id == contact_id)

    def record_emergency_contact_use(
        self,
        session: Session,
        person_id: int,
        contact_id: int,
        reason: str,
        *,
        now: datetime | None = None,
    ) -> int:
        """Record that the contact was called; refused, writing nothing, without recorded authorisation."""
        self._policy.require(session, Operation.PERSON_MANAGE)
        now = now or utc_now()
        problems: list[Problem] = []
        cleaned = clean_text("reason", reason, problems, required=True)
        if problems:
            raise PeopleInputInvalid(problems)
        with self._db.transaction() as conn:
            row = self._require_person(person_id)
            contact = next((c for c in self._repo.contacts(row.id) if c.id == contact_id), None)
            if contact is None:
                raise InvalidInput("That emergency contact does not belong to this person.")
            if not contact.authorised:
                raise ContactNotAuthorised(
                    "This emergency contact may not be contacted: the employee's authorisation is not "
                    "recorded. Record it first (how the employee gave it), or do not contact them."
                )
            use_id = PeopleRepository.insert_contact_use(
                conn, contact.id, at=now, used_by=session.user_id, reason=cleaned
            )
            self._audit(
                conn, session, "person.emergency_contact_used", "emergency_contact", contact.id,
                {"person": row.id, "use": use_id}, now,
            )  # fmt: skip
        return use_id

    # -- screenings ----------------------------------------------------------------------------------------

    def record_screening(
        self,
        session: Session,
        person_id: int,
        instrument: Instrument | str,
        answers: Sequence[int],
        *,
        taken_at: datetime | None = None,
        now: datetime | None = None,
    ) -> ScreeningView:
        """Store a PHQ-9 or GAD-7 (the raw answers; the score is derived) and return it scored."""
        self._policy.require(session, Operation.SCREENING_RECORD)
        now = now or utc_now()
        try:
            known = Instrument(instrument)
        except ValueError:
            choices = ", ".join(i.value for i in Instrument)
            raise PeopleInputInvalid((Problem("instrument", f"must be one of {choices}"),)) from None
        try:
            result = score(known, answers)
        except ScreeningInvalid as error:
            name = f"answers.{error.item}" if error.item else "answers"
            raise PeopleInputInvalid((Problem(name, str(error)),)) from None
        problems: list[Problem] = []
        when = aware_moment("taken_at", now if taken_at is None else taken_at, now, problems)
        if problems or when is None:
            raise PeopleInputInvalid(problems)
        with self._db.transaction() as conn:
            row = self._require_person(person_id)
            screening_id = PeopleRepository.insert_screening(
                conn, row.id, instrument=result.instrument.value, answers=result.answers, taken_at=when,
                recorded_by=session.user_id, now=now,
            )  # fmt: skip
            self._audit(
                conn, session, "person.screening_recorded", "screening", screening_id,
                {"person": row.id, "instrument": result.instrument.value}, now,
            )  # fmt: skip
        return next(_screening_view(s) for s in self._repo.screenings(person_id) if s.id == screening_id)

    def screenings(self, session: Session, person_id: int) -> tuple[ScreeningView, ...]:
        """Every screening of the person, oldest first; audited as ``person.screenings_viewed``."""
        self._policy.require(session, Operation.PERSON_VIEW_CONFIDENTIAL)
        row = self._require_person(person_id)
        views = tuple(_screening_view(s) for s in self._repo.screenings(row.id))
        self._audit_read(session, "person.screenings_viewed", "person", row.id, {"screenings": len(views)})
        return views

    def red_alert(self, session: Session, person_id: int, *, now: datetime | None = None) -> RedAlert:
        """The person's red alert from the latest screenings, missed follow-ups and clinical judgement."""
        return self.person(session, person_id, now=now).alert

    # -- follow-ups -----------------------------------------------------------------------------------------

    def follow_ups(
        self, session: Session, person_id: int, *, now: datetime | None = None
    ) -> tuple[FollowUpView, ...]:
        """The person's follow-ups by due time, with outcomes; audited (outcomes are confidential)."""
        self._policy.require(session, Operation.PERSON_VIEW_CONFIDENTIAL)
        now = now or utc_now()
        row = self._require_person(person_id)
        views = tuple(_follow_up_view(f, now) for f in self._repo.follow_ups(row.id))
        self._audit_read(session, "person.follow_ups_viewed", "person", row.id)
        return views

    def add_follow_up(
        self,
        session: Session,
        person_id: int,
        label: str,
        due_at: datetime,
        *,
        now: datetime | None = None,
    ) -> FollowUpView:
        """An ad-hoc follow-up (a further call, a referral check) due at ``due_at``."""
        self._policy.require(session, Operation.FOLLOW_UP_UPDATE)
        now = now or utc_now()
        problems: list[Problem] = []
        cleaned = clean_line("label", label, problems, maximum=LABEL_MAX, required=True)
        if problems:
            raise PeopleInputInvalid(problems)
        due = _aware("due_at", due_at)
        with self._db.transaction() as conn:
            row = self._require_person(person_id)
            (follow_up_id,) = PeopleRepository.insert_follow_ups(
                conn, row.id, [NewFollowUp(FollowUpKind.AD_HOC.value, cleaned, due)],
                created_by=session.user_id, now=now,
            )  # fmt: skip
            self._audit(
                conn, session, "person.follow_up_added", "follow_up", follow_up_id,
                {"person": row.id, "kind": FollowUpKind.AD_HOC.value}, now,
            )  # fmt: skip
        return _follow_up_view(self._required_follow_up(follow_up_id), now)

    def _required_follow_up(self, follow_up_id: object) -> FollowUpRow:
        row = self._repo.follow_up(follow_up_id) if isinstance(follow_up_id, int) else None
        if row is None:
            raise InvalidInput("That follow-up does not exist.")
        return row

    def complete_follow_up(
        self, session: Session, follow_up_id: int, *, outcome: str = "", now: datetime | None = None
    ) -> FollowUpView:
        """Mark an open follow-up done now, with an optional (confidential) outcome note."""
        self._policy.require(session, Operation.FOLLOW_UP_UPDATE)
        now = now or utc_now()
        problems: list[Problem] = []
        cleaned = clean_text("outcome", outcome, problems, required=False)
        if problems:
            raise PeopleInputInvalid(problems)
        with self._db.transaction() as conn:
            row = self._required_follow_up(follow_up_id)
            if not PeopleRepository.mark_follow_up_done(
                conn, row.id, done_at=now, done_by=session.user_id, outcome=cleaned
            ):
                raise InvalidInput("That follow-up is already done.")
            state = ClockState.MET if now <= row.due_at else ClockState.MISSED
            self._audit(
                conn, session, "person.follow_up_done", "follow_up", row.id,
                {"person": row.person_id, "kind": row.kind, "state": state.value}, now,
            )  # fmt: skip
        return _follow_up_view(self._required_follow_up(follow_up_id), now)

    def follow_ups_due(
        self, session: Session, start: datetime, end: datetime, *, include_done: bool = False
    ) -> tuple[FollowUpDue, ...]:
        """Follow-ups due in [start, end) across all incidents, for a calendar: pseudonym, kind, due."""
        self._policy.require(session, Operation.PERSON_VIEW)
        begin, finish = _aware("start", start), _aware("end", end)
        if finish <= begin:
            raise PeopleInputInvalid((Problem("end", "must be after the start"),))
        if finish - begin > DUE_RANGE_MAX:
            raise PeopleInputInvalid((Problem("end", f"a range spans at most {DUE_RANGE_MAX.days} days"),))
        return tuple(
            FollowUpDue(r.follow_up_id, r.incident_id, r.person_id, r.pseudonym, FollowUpKind(r.kind), r.due_at, r.done_at is not None)
            for r in self._repo.due_between(begin, finish, include_done=include_done)
        )  # fmt: skip

    # -- clinical notes ---------------------------------------------------------------------------------------

    def _insert_signed_note(
        self,
        conn: Any,
        session: Session,
        person_id: int,
        *,
        parent_id: int | None,
        kind: NoteKind,
        text: str,
        at: datetime,
        now: datetime,
    ) -> int:
        note_id = PeopleRepository.insert_note(
            conn, person_id, parent_id=parent_id, kind=kind.value, text=text, at=at,
            author_user_id=session.user_id, author_name=session.username, signed_at=now,
        )  # fmt: skip
        content = SignedContent(kind.value, note_id, session.username, at, now, text, parent_id)
        PeopleRepository.sign_note(
            conn, note_id, text=text, signed_at=now, signature=sign(content), correction=False
        )
        return note_id

    def _required_note(self, note_id: object) -> NoteRow:
        row = self._repo.note(note_id) if isinstance(note_id, int) else None
        if row is None:
            raise InvalidInput("That note does not exist.")
        return row

    def add_note(
        self,
        session: Session,
        person_id: int,
        text: str,
        *,
        at: datetime | None = None,
        now: datetime | None = None,
    ) -> NoteView:
        """Save a clinical note signed by the signed-in author; ``at`` is when the session took place."""
        self._policy.require(session, Operation.CLINICAL_NOTE_ADD)
        now = now or utc_now()
        problems: list[Problem] = []
        cleaned = clean_text("text", text, problems, required=True)
        when = aware_moment("at", now if at is None else at, now, problems)
        if problems or when is None:
            raise PeopleInputInvalid(problems)
        with self._db.transaction() as conn:
            row = self._require_person(person_id)
            note_id = self._insert_signed_note(
                conn,
                session,
                row.id,
                parent_id=None,
                kind=NoteKind.CLINICAL_NOTE,
                text=cleaned,
                at=when,
                now=now,
            )
            self._audit(conn, session, "person.note_added", "clinical_note", note_id, {"person": row.id}, now)
        return _note_view(self._required_note(note_id), now, self.lock_period())

    def correct_note(
        self, session: Session, note_id: int, text: str, *, now: datetime | None = None
    ) -> NoteView:
        """The author's own correction within the lock period, signed anew; refused after it."""
        self._policy.require(session, Operation.CLINICAL_NOTE_ADD)
        now = now or utc_now()
        problems: list[Problem] = []
        cleaned = clean_text("text", text, problems, required=True)
        if problems:
            raise PeopleInputInvalid(problems)
        lock_after = self.lock_period()
        with self._db.transaction() as conn:
            row = self._required_note(note_id)
            try:
                check_editable(row.first_signed_at, row.author_user_id, session.user_id, now, lock_after)
            except EntryLocked as error:
                raise InvalidInput(str(error)) from None
            signature = sign(_signed_content(row, text=cleaned, signed_at=now))
            PeopleRepository.sign_note(
                conn, row.id, text=cleaned, signed_at=now, signature=signature, correction=True
            )
            self._audit(
                conn, session, "person.note_corrected", row.kind, row.id,
                {"person": row.person_id, "revision": row.revision + 1}, now,
            )  # fmt: skip
        return _note_view(self._required_note(note_id), now, lock_after)

    def add_addendum(
        self, session: Session, note_id: int, text: str, *, now: datetime | None = None
    ) -> NoteView:
        """An addendum to a note (to the original when ``note_id`` is itself an addendum), signed; the
        original is left exactly as it was."""
        self._policy.require(session, Operation.CLINICAL_NOTE_ADD)
        now = now or utc_now()
        problems: list[Problem] = []
        cleaned = clean_text("text", text, problems, required=True)
        if problems:
            raise PeopleInputInvalid(problems)
        with self._db.transaction() as conn:
            original = self._required_note(note_id)
            root = original.parent_id or original.id
            addendum_id = self._insert_signed_note(
                conn, session, original.person_id, parent_id=root, kind=NoteKind.ADDENDUM, text=cleaned,
                at=now, now=now,
            )  # fmt: skip
            self._audit(
                conn, session, "person.addendum_added", "addendum", addendum_id,
                {"person": original.person_id, "note": root}, now,
            )  # fmt: skip
        return _note_view(self._required_note(addendum_id), now, self.lock_period())

    def notes(self, session: Session, person_id: int, *, now: datetime | None = None) -> tuple[NoteView, ...]:
        """The person's notes, each original followed by its addenda; audited as ``person.notes_viewed``."""
        self._policy.require(session, Operation.PERSON_VIEW_CONFIDENTIAL)
        now = now or utc_now()
        row = self._require_person(person_id)
        lock_after = self.lock_period()
        rows = self._repo.notes(row.id)
        originals = [n for n in rows if n.parent_id is None]
        ordered: list[NoteRow] = []
        for original in originals:
            ordered.append(original)
            ordered.extend(n for n in rows if n.parent_id == original.id)
        views = tuple(_note_view(n, now, lock_after) for n in ordered)
        self._audit_read(session, "person.notes_viewed", "person", row.id, {"notes": len(views)})
        return views
