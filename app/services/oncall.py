"""The 24/7 on-call rota in the encrypted store: members, rotations, overrides, swaps and the answers.

The rules (hand-over times across daylight saving, how overrides and swaps resolve, what a gap is,
how hours are counted) are all in ``app.domain.oncall_rotation`` and ``app.domain.oncall_coverage``.
This service stores the pieces and, before every write, builds the domain ``OnCallRoster`` with the
change applied: a change that would make the rota inconsistent (an override overlapping another, a
swap of a shift the rotation does not give that member, a member removed while a rotation names
them) is refused with ``OnCallInputInvalid`` and nothing is written.

Access. Everyone sees who is on call, the shifts, gaps and hours (``ONCALL_VIEW``; HR pays the
allowances, so hr_manager gets the hours report too); admins keep the rota (``ONCALL_MANAGE``).
Contact numbers are confidential: only casework roles read them (``ONCALL_CONTACTS``), every read is
audited, and an hr_manager caller gets them as ``None``. The reasons given for overrides and swaps
are often medical ("off sick"), so they are withheld from hr_manager the same way and never written
to the audit trail. Members' display names are office information (who is on call), shown to all.

Members who leave are made inactive rather than deleted, so past months keep their hours; a new
rotation, override or swap may not name an inactive member.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.domain.crisis_roles import ROLE_LABELS, CrisisRole
from app.domain.oncall_coverage import CoverageGap, OnCallRoster, YearMonth
from app.domain.oncall_rotation import (
    Handover,
    Member,
    OnCallInvalid,
    Override,
    RotationPattern,
    Shift,
    ShiftSource,
    Swap,
)
from app.domain.roles import Operation
from app.domain.text_input import Problem, is_aware
from app.services.access import AccessPolicy
from app.services.errors import InvalidInput
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.oncall_repository import (
    MemberRow,
    OnCallRepository,
    OverrideRow,
    RotaRows,
    RotationRow,
    SwapRow,
)
from app.storage.users_repository import UsersRepository

MAX_SPAN = timedelta(days=800)
"""The longest window a query covers: a calendar asks for a month, a gap scan for a year or two."""
HOURS_FORMATS = ("csv", "xlsx")
HOURS_HEADERS = ("Person", "Role", "Month", "Hours")


class OnCallInputInvalid(InvalidInput):
    """On-call input that breaks a rule; ``problems`` lists every field (for a form). Nothing was saved."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(str(OnCallInvalid(self.problems)))

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.field for p in self.problems))


# -- what callers receive ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, repr=False)
class MemberView:
    """A rota member; ``contact_numbers`` is ``None`` unless asked for by a casework role."""

    id: int
    display_name: str
    user_id: int | None
    roles: frozenset[CrisisRole]
    active: bool
    contact_numbers: tuple[str, ...] | None
    updated_at: datetime

    def __repr__(self) -> str:
        return f"MemberView(id={self.id}, active={self.active})"


@dataclass(frozen=True, slots=True)
class RotationView:
    id: int
    role: CrisisRole
    handover: Handover
    weekday: int | None
    handover_time: time
    time_zone: str
    anchor: date
    member_ids: tuple[int, ...]
    starts_at: datetime  # the first hand-over (UTC): from here on this rotation covers its role


@dataclass(frozen=True, slots=True, repr=False)
class OverrideView:
    """An override; ``member_id`` ``None`` is a hole. ``reason`` is ``None`` for hr_manager."""

    id: int
    role: CrisisRole
    member_id: int | None
    start: datetime
    end: datetime
    reason: str | None
    created_at: datetime

    def __repr__(self) -> str:
        return f"OverrideView(id={self.id}, role={self.role.value})"


@dataclass(frozen=True, slots=True, repr=False)
class SwapView:
    id: int
    role: CrisisRole
    first_member_id: int
    first_shift_start: datetime
    second_member_id: int
    second_shift_start: datetime
    reason: str | None
    created_at: datetime

    def __repr__(self) -> str:
        return f"SwapView(id={self.id}, role={self.role.value})"


@dataclass(frozen=True, slots=True)
class RosterView:
    """The whole rota as the caller may see it (never contact numbers; reasons withheld from HR)."""

    members: tuple[MemberView, ...]
    rotations: tuple[RotationView, ...]
    overrides: tuple[OverrideView, ...]
    swaps: tuple[SwapView, ...]
    deidentified: bool


@dataclass(frozen=True, slots=True)
class ShiftView:
    """A final shift with its holder's name and the zone its rota hands over in (for display/export)."""

    role: CrisisRole
    member_id: int
    member_name: str
    start: datetime  # UTC
    end: datetime  # UTC
    source: ShiftSource
    time_zone: str

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class OnCallNow:
    """For one role: the shift holding the moment asked about, and the one after it."""

    role: CrisisRole
    now: ShiftView | None
    next: ShiftView | None


@dataclass(frozen=True, slots=True)
class HoursRow:
    """One line of the allowances report: a person's on-call hours in one role in one month."""

    member_id: int
    member_name: str
    role: CrisisRole
    month: YearMonth
    hours: float


# -- conversions ------------------------------------------------------------------------------------


def _domain_member(row: MemberRow) -> Member:
    return Member(row.id, row.display_name, frozenset(CrisisRole(r) for r in row.roles))


def _pattern(row: RotationRow) -> RotationPattern:
    return RotationPattern(
        role=CrisisRole(row.role),
        handover=Handover(row.handover),
        member_ids=row.member_ids,
        anchor=row.anchor_on,
        handover_time=row.handover_time,
        time_zone=row.time_zone,
        weekday=row.weekday,
    )


def _override(row: OverrideRow) -> Override:
    return Override(CrisisRole(row.role), row.member_id, row.starts_at, row.ends_at, row.reason)


def _swap(row: SwapRow) -> Swap:
    return Swap(
        CrisisRole(row.role),
        row.first_member_id,
        row.first_shift_start,
        row.second_member_id,
        row.second_shift_start,
        row.reason,
    )


def _roster(
    rows: RotaRows,
    *,
    skip_member: int | None = None,
    skip_rotation: int | None = None,
    skip_override: int | None = None,
    skip_swap: int | None = None,
) -> OnCallRoster:
    """The domain roster of the stored rota, optionally without one stored piece (for a removal)."""
    return OnCallRoster(
        members=tuple(_domain_member(m) for m in rows.members if m.id != skip_member),
        rotations=tuple(_pattern(r) for r in rows.rotations if r.id != skip_rotation),
        overrides=tuple(_override(o) for o in rows.overrides if o.id != skip_override),
        swaps=tuple(_swap(s) for s in rows.swaps if s.id != skip_swap),
    )


def _member_view(row: MemberRow, contacts: bool) -> MemberView:
    return MemberView(
        id=row.id,
        display_name=row.display_name,
        user_id=row.user_id,
        roles=frozenset(CrisisRole(r) for r in row.roles),
        active=row.active,
        contact_numbers=row.contact_numbers if contacts else None,
        updated_at=row.updated_at,
    )


def _rotation_view(row: RotationRow) -> RotationView:
    pattern = _pattern(row)
    return RotationView(
        id=row.id,
        role=pattern.role,
        handover=pattern.handover,
        weekday=pattern.weekday,
        handover_time=pattern.handover_time,
        time_zone=pattern.time_zone,
        anchor=pattern.anchor,
        member_ids=pattern.member_ids,
        starts_at=pattern.starts_at,
    )


def _override_view(row: OverrideRow, deidentified: bool) -> OverrideView:
    return OverrideView(
        row.id,
        CrisisRole(row.role),
        row.member_id,
        row.starts_at,
        row.ends_at,
        None if deidentified else row.reason,
        row.created_at,
    )


def _swap_view(row: SwapRow, deidentified: bool) -> SwapView:
    return SwapView(
        row.id,
        CrisisRole(row.role),
        row.first_member_id,
        row.first_shift_start,
        row.second_member_id,
        row.second_shift_start,
        None if deidentified else row.reason,
        row.created_at,
    )


def _invalid(error: OnCallInvalid) -> OnCallInputInvalid:
    return OnCallInputInvalid(error.problems)


def _window(start: object, end: object) -> tuple[datetime, datetime]:
    problems = [
        Problem(name, "must be a date and time with a time zone")
        for name, value in (("start", start), ("end", end))
        if not is_aware(value)
    ]
    if problems:
        raise OnCallInputInvalid(problems)
    assert isinstance(start, datetime)
    assert isinstance(end, datetime)
    low, high = start.astimezone(UTC), end.astimezone(UTC)
    if high <= low:
        raise OnCallInputInvalid([Problem("end", "must be after the start")])
    if high - low > MAX_SPAN:
        raise OnCallInputInvalid([Problem("end", f"a window spans at most {MAX_SPAN.days} days")])
    return low, high


def zone_named(name: object, field: str = "tz") -> ZoneInfo:
    """An IANA zone from its name (or a ZoneInfo as is); refused with a plain problem otherwise."""
    if isinstance(name, ZoneInfo):
        return name
    if name is UTC:
        return ZoneInfo("UTC")
    if isinstance(name, str) and name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    raise OnCallInputInvalid([Problem(field, "must be an IANA time zone name such as Europe/London")])


def _month(value: object, field: str) -> YearMonth:
    if isinstance(value, date) and not isinstance(value, datetime):
        return YearMonth.of(value)
    if (
        isinstance(value, tuple)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 1 <= value[1] <= 12
        and 1970 <= value[0] < 2200
    ):
        return YearMonth(*value)
    raise OnCallInputInvalid([Problem(field, "must be a month (year, month) or a date in it")])


def _role_label(role: CrisisRole) -> str:
    return ROLE_LABELS[role][0]


# -- the service ------------------------------------------------------------------------------------


class OnCallService:
    def __init__(self, db: Database, policy: AccessPolicy) -> None:
        self._db = db
        self._policy = policy
        self._repo = OnCallRepository(db)
        self._users = UsersRepository(db)

    def _sees_confidential(self, session: Session) -> bool:
        return self._policy.allows(session.role, Operation.ONCALL_CONTACTS)

    def _audit(
        self, conn: Any, session: Session, action: str, entity: str, entity_id: object, **detail: Any
    ) -> None:
        AuditRepository.append(
            conn,
            [AuditEvent(session.username, action, entity, str(entity_id), detail or None)],
            utc_now(),
        )

    # -- members ----------------------------------------------------------------------------------

    def _checked_member(
        self, member_id: int, display_name: object, roles: object, contact_numbers: object, user_id: object
    ) -> Member:
        problems: list[Problem] = []
        member: Member | None = None
        try:
            member = Member(member_id, display_name, roles, contact_numbers)  # type: ignore[arg-type]
        except OnCallInvalid as error:
            problems += error.problems
        if user_id is not None and (
            isinstance(user_id, bool) or not isinstance(user_id, int) or self._users.by_id(user_id) is None
        ):
            problems.append(Problem("user_id", "must be an existing app account, or empty"))
        if problems or member is None:
            raise OnCallInputInvalid(problems)
        return member

    @staticmethod
    def _stored_member(rows: RotaRows, member_id: object) -> MemberRow:
        found = (
            next((m for m in rows.members if m.id == member_id), None) if isinstance(member_id, int) else None
        )
        if found is None:
            raise InvalidInput("That on-call member does not exist.")
        return found

    def add_member(
        self,
        session: Session,
        *,
        display_name: str,
        roles: Iterable[CrisisRole | str],
        contact_numbers: Sequence[str] = (),
        user_id: int | None = None,
        now: datetime | None = None,
    ) -> MemberView:
        """Add a member to the rota (active); audited with the roles and how many numbers, not them."""
        self._policy.require(session, Operation.ONCALL_MANAGE)
        member = self._checked_member(1, display_name, tuple(roles), tuple(contact_numbers), user_id)
        now = now or utc_now()
        with self._db.transaction() as conn:
            member_id = OnCallRepository.insert_member(
                conn,
                display_name=member.display_name,
                user_id=user_id,
                roles=[r.value for r in member.roles],
                contact_numbers=member.contact_numbers,
                now=now,
                by=session.user_id,
            )
            self._audit(
                conn,
                session,
                "oncall_member.added",
                "oncall_member",
                member_id,
                roles=sorted(r.value for r in member.roles),
                contact_numbers=len(member.contact_numbers),
            )
        return self.member(session, member_id)

    def update_member(
        self,
        session: Session,
        member_id: int,
        *,
        display_name: str,
        roles: Iterable[CrisisRole | str],
        contact_numbers: Sequence[str] | None = None,
        user_id: int | None = None,
        now: datetime | None = None,
    ) -> MemberView:
        """Replace a member's name, roles, numbers and account link; a role a rotation, override or
        swap relies on cannot be taken away (refused, nothing written). ``contact_numbers`` ``None``
        keeps the stored numbers, so a form that never showed them cannot wipe them."""
        self._policy.require(session, Operation.ONCALL_MANAGE)
        now = now or utc_now()
        with self._db.transaction() as conn:
            rows = OnCallRepository.load_in(conn)
            old = self._stored_member(rows, member_id)
            numbers = old.contact_numbers if contact_numbers is None else tuple(contact_numbers)
            member = self._checked_member(old.id, display_name, tuple(roles), numbers, user_id)
            try:
                _roster(rows).with_member(member)
            except OnCallInvalid as error:
                raise _invalid(error) from None
            new_roles = sorted(r.value for r in member.roles)
            changed = [
                name
                for name, before, after in (
                    ("display_name", old.display_name, member.display_name),
                    ("roles", sorted(old.roles), new_roles),
                    ("contact_numbers", old.contact_numbers, member.contact_numbers),
                    ("user_id", old.user_id, user_id),
                )
                if before != after
            ]
            if changed:
                OnCallRepository.update_member(
                    conn,
                    old.id,
                    display_name=member.display_name,
                    user_id=user_id,
                    roles=new_roles,
                    contact_numbers=member.contact_numbers,
                    now=now,
                    by=session.user_id,
                )
                self._audit(conn, session, "oncall_member.updated", "oncall_member", old.id, fields=changed)
        return self.member(session, old.id)

    def set_member_active(
        self, session: Session, member_id: int, active: bool, *, now: datetime | None = None
    ) -> MemberView:
        """Make a member inactive (they left) or active again; their past shifts and hours stay."""
        self._policy.require(session, Operation.ONCALL_MANAGE)
        if not isinstance(active, bool):
            raise OnCallInputInvalid([Problem("active", "must be true or false")])
        now = now or utc_now()
        with self._db.transaction() as conn:
            row = self._stored_member(OnCallRepository.load_in(conn), member_id)
            if row.active != active:
                OnCallRepository.set_member_active(conn, row.id, active, now=now, by=session.user_id)
                self._audit(
                    conn, session, "oncall_member.activated" if active else "oncall_member.deactivated",
                    "oncall_member", row.id,
                )  # fmt: skip
        return self.member(session, row.id)

    def remove_member(self, session: Session, member_id: int) -> None:
        """Delete a member entered by mistake; refused while a rotation, override or swap names them
        (make them inactive instead, which keeps their hours)."""
        self._policy.require(session, Operation.ONCALL_MANAGE)
        with self._db.transaction() as conn:
            rows = OnCallRepository.load_in(conn)
            row = self._stored_member(rows, member_id)
            try:
                _roster(rows, skip_member=row.id)
            except OnCallInvalid:
                raise OnCallInputInvalid(
                    [
                        Problem(
                            "member_id",
                            "is named by a rotation, override or swap; make the member inactive instead",
                        )
                    ]
                ) from None
            OnCallRepository.delete_member(conn, row.id)
            self._audit(conn, session, "oncall_member.removed", "oncall_member", row.id)

    def members(
        self, session: Session, *, include_contacts: bool = False, active_only: bool = False
    ) -> tuple[MemberView, ...]:
        """Every member by id. Contact numbers only for a casework role that asks (audited)."""
        self._policy.require(session, Operation.ONCALL_VIEW)
        rows = [m for m in self._repo.load().members if m.active or not active_only]
        contacts = include_contacts and self._sees_confidential(session)
        if contacts and rows:
            with self._db.transaction() as conn:
                self._audit(
                    conn, session, "oncall_member.contacts_viewed", "oncall_member", "",
                    members=[m.id for m in rows],
                )  # fmt: skip
        return tuple(_member_view(m, contacts) for m in rows)

    def member(self, session: Session, member_id: int) -> MemberView:
        """One member, without contact numbers (see ``contacts``)."""
        self._policy.require(session, Operation.ONCALL_VIEW)
        return _member_view(self._stored_member(self._repo.load(), member_id), False)

    def contacts(self, session: Session, member_id: int) -> tuple[str, ...]:
        """A member's contact numbers: casework only, and every read is audited."""
        self._policy.require(session, Operation.ONCALL_CONTACTS)
        row = self._stored_member(self._repo.load(), member_id)
        with self._db.transaction() as conn:
            self._audit(conn, session, "oncall_member.contacts_viewed", "oncall_member", row.id)
        return row.contact_numbers

    # -- rotations --------------------------------------------------------------------------------

    @staticmethod
    def _check_active(rows: RotaRows, field: str, member_ids: Iterable[int | None]) -> None:
        inactive = {m.id for m in rows.members if not m.active}
        problems = [
            Problem(field, f"names member {member_id}, who is no longer active")
            for member_id in dict.fromkeys(member_ids)
            if member_id in inactive
        ]
        if problems:
            raise OnCallInputInvalid(problems)

    @staticmethod
    def _stored(items: Sequence[Any], item_id: object, what: str) -> Any:
        found = next((i for i in items if i.id == item_id), None) if isinstance(item_id, int) else None
        if found is None:
            raise InvalidInput(f"That {what} does not exist.")
        return found

    @staticmethod
    def _typed_pattern(**values: Any) -> RotationPattern:
        try:
            return RotationPattern(**values)
        except OnCallInvalid as error:
            raise _invalid(error) from None

    def add_rotation(
        self,
        session: Session,
        *,
        role: CrisisRole | str,
        handover: Handover | str,
        member_ids: Sequence[int],
        anchor: date,
        handover_time: time,
        time_zone: str,
        weekday: int | None = None,
        now: datetime | None = None,
    ) -> RotationView:
        """Add a rotation pattern; it takes over its role from its first hand-over on or after ``anchor``
        (earlier months keep the shifts of the pattern before it)."""
        self._policy.require(session, Operation.ONCALL_MANAGE)
        pattern = self._typed_pattern(
            role=role, handover=handover, member_ids=tuple(member_ids), anchor=anchor,
            handover_time=handover_time, time_zone=time_zone, weekday=weekday,
        )  # fmt: skip
        now = now or utc_now()
        with self._db.transaction() as conn:
            rows = OnCallRepository.load_in(conn)
            self._check_active(rows, "member_ids", pattern.member_ids)
            try:
                _roster(rows).with_rotation(pattern)
            except OnCallInvalid as error:
                raise _invalid(error) from None
            rotation_id = OnCallRepository.insert_rotation(
                conn, **self._rotation_fields(pattern), now=now, by=session.user_id
            )
            self._audit(
                conn, session, "oncall_rotation.added", "oncall_rotation", rotation_id,
                role=pattern.role.value, handover=pattern.handover.value, members=len(pattern.member_ids),
                anchor=pattern.anchor.isoformat(),
            )  # fmt: skip
        return self._rotation(rotation_id)

    def replace_rotation(
        self,
        session: Session,
        rotation_id: int,
        *,
        role: CrisisRole | str,
        handover: Handover | str,
        member_ids: Sequence[int],
        anchor: date,
        handover_time: time,
        time_zone: str,
        weekday: int | None = None,
        now: datetime | None = None,
    ) -> RotationView:
        """Replace a stored pattern (same id). To change the rota from a date on and keep the past,
        add a new pattern anchored there instead; replacing rewrites the pattern's whole history."""
        self._policy.require(session, Operation.ONCALL_MANAGE)
        pattern = self._typed_pattern(
            role=role, handover=handover, member_ids=tuple(member_ids), anchor=anchor,
            handover_time=handover_time, time_zone=time_zone, weekday=weekday,
        )  # fmt: skip
        now = now or utc_now()
        with self._db.transaction() as conn:
            rows = OnCallRepository.load_in(conn)
            old = self._stored(rows.rotations, rotation_id, "rotation")
            self._check_active(rows, "member_ids", (m for m in pattern.member_ids if m not in old.member_ids))
            try:
                _roster(rows, skip_rotation=old.id).with_rotation(pattern)
            except OnCallInvalid as error:
                raise _invalid(error) from None
            OnCallRepository.update_rotation(
                conn, old.id, **self._rotation_fields(pattern), now=now, by=session.user_id
            )
            self._audit(
                conn, session, "oncall_rotation.replaced", "oncall_rotation", old.id,
                role=pattern.role.value, handover=pattern.handover.value, members=len(pattern.member_ids),
                anchor=pattern.anchor.isoformat(),
            )  # fmt: skip
        return self._rotation(old.id)

    def remove_rotation(self, session: Session, rotation_id: int) -> None:
        """Delete a pattern; refused while a swap relies on one of its shifts."""
        self._policy.require(session, Operation.ONCALL_MANAGE)
        with self._db.transaction() as conn:
            rows = OnCallRepository.load_in(conn)
            old = self._stored(rows.rotations, rotation_id, "rotation")
            try:
                _roster(rows, skip_rotation=old.id)
            except OnCallInvalid:
                raise OnCallInputInvalid(
                    [Problem("rotation_id", "a swap relies on one of its shifts; remove that swap first")]
                ) from None
            OnCallRepository.delete_rotation(conn, old.id)
            self._audit(conn, session, "oncall_rotation.removed", "oncall_rotation", old.id, role=old.role)

    @staticmethod
    def _rotation_fields(pattern: RotationPattern) -> dict[str, Any]:
        return {
            "role": pattern.role.value,
            "handover": pattern.handover.value,
            "weekday": pattern.weekday,
            "handover_time": pattern.handover_time,
            "time_zone": pattern.time_zone,
            "anchor_on": pattern.anchor,
            "member_ids": pattern.member_ids,
        }

    def _rotation(self, rotation_id: int) -> RotationView:
        return _rotation_view(self._stored(self._repo.load().rotations, rotation_id, "rotation"))

    # -- overrides and swaps ----------------------------------------------------------------------

    def add_override(
        self,
        session: Session,
        *,
        role: CrisisRole | str,
        member_id: int | None,
        start: datetime,
        end: datetime,
        reason: str,
        now: datetime | None = None,
    ) -> OverrideView:
        """``member_id`` stands in for ``[start, end)``; ``None`` records a hole (nobody covers yet).
        Audited with the role, member and times, never the reason."""
        self._policy.require(session, Operation.ONCALL_MANAGE)
        try:
            override = Override(role, member_id, start, end, reason)  # type: ignore[arg-type]
        except OnCallInvalid as error:
            raise _invalid(error) from None
        now = now or utc_now()
        with self._db.transaction() as conn:
            rows = OnCallRepository.load_in(conn)
            self._check_active(rows, "member_id", [override.member_id])
            try:
                _roster(rows).with_override(override)
            except OnCallInvalid as error:
                raise _invalid(error) from None
            override_id = OnCallRepository.insert_override(
                conn, role=override.role.value, member_id=override.member_id, starts_at=override.start,
                ends_at=override.end, reason=override.reason, now=now, by=session.user_id,
            )  # fmt: skip
            self._audit(
                conn, session, "oncall_override.added", "oncall_override", override_id,
                role=override.role.value, member=override.member_id,
                start=override.start.isoformat(), end=override.end.isoformat(),
            )  # fmt: skip
        return self._override(session, override_id)

    def remove_override(self, session: Session, override_id: int) -> None:
        self._policy.require(session, Operation.ONCALL_MANAGE)
        with self._db.transaction() as conn:
            rows = OnCallRepository.load_in(conn)
            old = self._stored(rows.overrides, override_id, "override")
            OnCallRepository.delete_override(conn, old.id)
            self._audit(conn, session, "oncall_override.removed", "oncall_override", old.id, role=old.role)

    def add_swap(
        self,
        session: Session,
        *,
        role: CrisisRole | str,
        first_member_id: int,
        first_shift_start: datetime,
        second_member_id: int,
        second_shift_start: datetime,
        reason: str,
        now: datetime | None = None,
    ) -> SwapView:
        """Two members exchange two scheduled shifts (each named by its scheduled start)."""
        self._policy.require(session, Operation.ONCALL_MANAGE)
        try:
            swap = Swap(
                role, first_member_id, first_shift_start, second_member_id, second_shift_start, reason
            )  # type: ignore[arg-type]
        except OnCallInvalid as error:
            raise _invalid(error) from None
        now = now or utc_now()
        with self._db.transaction() as conn:
            rows = OnCallRepository.load_in(conn)
            self._check_active(rows, "first_member_id", [swap.first_member_id])
            self._check_active(rows, "second_member_id", [swap.second_member_id])
            try:
                _roster(rows).with_swap(swap)
            except OnCallInvalid as error:
                raise _invalid(error) from None
            swap_id = OnCallRepository.insert_swap(
                conn, role=swap.role.value, first_member_id=swap.first_member_id,
                first_shift_start=swap.first_shift_start, second_member_id=swap.second_member_id,
                second_shift_start=swap.second_shift_start, reason=swap.reason, now=now, by=session.user_id,
            )  # fmt: skip
            self._audit(
                conn, session, "oncall_swap.added", "oncall_swap", swap_id, role=swap.role.value,
                members=[swap.first_member_id, swap.second_member_id],
                shifts=[swap.first_shift_start.isoformat(), swap.second_shift_start.isoformat()],
            )  # fmt: skip
        return self._swap(session, swap_id)

    def remove_swap(self, session: Session, swap_id: int) -> None:
        self._policy.require(session, Operation.ONCALL_MANAGE)
        with self._db.transaction() as conn:
            rows = OnCallRepository.load_in(conn)
            old = self._stored(rows.swaps, swap_id, "swap")
            OnCallRepository.delete_swap(conn, old.id)
            self._audit(conn, session, "oncall_swap.removed", "oncall_swap", old.id, role=old.role)

    def _override(self, session: Session, override_id: int) -> OverrideView:
        row = self._stored(self._repo.load().overrides, override_id, "override")
        return _override_view(row, not self._sees_confidential(session))

    def _swap(self, session: Session, swap_id: int) -> SwapView:
        row = self._stored(self._repo.load().swaps, swap_id, "swap")
        return _swap_view(row, not self._sees_confidential(session))

    # -- queries ----------------------------------------------------------------------------------

    def roster(self, session: Session) -> RosterView:
        """The stored rota (for the rotation editor), reasons withheld from hr_manager."""
        self._policy.require(session, Operation.ONCALL_VIEW)
        rows = self._repo.load()
        hidden = not self._sees_confidential(session)
        return RosterView(
            members=tuple(_member_view(m, False) for m in rows.members),
            rotations=tuple(_rotation_view(r) for r in rows.rotations),
            overrides=tuple(_override_view(o, hidden) for o in rows.overrides),
            swaps=tuple(_swap_view(s, hidden) for s in rows.swaps),
            deidentified=hidden,
        )

    def _resolved(self) -> tuple[OnCallRoster, RotaRows, Mapping[int, str]]:
        rows = self._repo.load()
        return _roster(rows), rows, {m.id: m.display_name for m in rows.members}

    @staticmethod
    def _views(shifts: Iterable[Shift], rows: RotaRows, names: Mapping[int, str]) -> tuple[ShiftView, ...]:
        """Shifts with their holder's name and the zone of the pattern in force for the role at the
        shift's start (an override before every rotation: the role's first pattern's zone, else UTC)."""
        starts: dict[CrisisRole, list[tuple[datetime, str]]] = {}
        for row in rows.rotations:
            pattern = _pattern(row)
            starts.setdefault(pattern.role, []).append((pattern.starts_at, pattern.time_zone))
        for entries in starts.values():
            entries.sort()

        def zone(shift: Shift) -> str:
            entries = starts.get(shift.role)
            if not entries:
                return "UTC"
            index = bisect_right([at for at, _zone in entries], shift.start) - 1
            return entries[max(index, 0)][1]

        return tuple(
            ShiftView(s.role, s.member_id, names.get(s.member_id, ""), s.start, s.end, s.source, zone(s))
            for s in shifts
        )

    def on_call_now(
        self, session: Session, at: datetime | None = None, roles: Iterable[CrisisRole | str] | None = None
    ) -> tuple[OnCallNow, ...]:
        """Who is on call at ``at`` (default now) and who is next, per role (all roles by default).
        The main window's status bar asks for ``[CrisisRole.CRISIS_LEAD]``."""
        self._policy.require(session, Operation.ONCALL_VIEW)
        moment = at or utc_now()
        if not is_aware(moment):
            raise OnCallInputInvalid([Problem("at", "must be a date and time with a time zone")])
        roster, rows, names = self._resolved()
        try:
            wanted = None if roles is None else [CrisisRole(r) for r in roles]
        except ValueError:
            raise OnCallInputInvalid([Problem("roles", "must be crisis roles")]) from None
        result = []
        for status in roster.status(moment, wanted):
            now_view = self._views([status.now], rows, names)[0] if status.now else None
            next_view = self._views([status.next], rows, names)[0] if status.next else None
            result.append(OnCallNow(status.role, now_view, next_view))
        return tuple(result)

    def shifts_between(
        self,
        session: Session,
        start: datetime,
        end: datetime,
        roles: Iterable[CrisisRole | str] | None = None,
    ) -> tuple[ShiftView, ...]:
        """Final shifts overlapping ``[start, end)``, whole, by start (after swaps and overrides)."""
        self._policy.require(session, Operation.ONCALL_VIEW)
        low, high = _window(start, end)
        roster, rows, names = self._resolved()
        try:
            return self._views(roster.shifts(low, high, roles), rows, names)  # type: ignore[arg-type]
        except ValueError:
            raise OnCallInputInvalid([Problem("roles", "must be crisis roles")]) from None

    def member_shifts(
        self, session: Session, member_id: int, start: datetime, end: datetime
    ) -> tuple[ShiftView, ...]:
        """One person's final shifts in every role: what their own calendar export shows."""
        self._policy.require(session, Operation.ONCALL_VIEW)
        low, high = _window(start, end)
        roster, rows, names = self._resolved()
        self._stored_member(rows, member_id)
        return self._views(roster.member_shifts(member_id, low, high), rows, names)

    def coverage_gaps(
        self, session: Session, start: datetime, end: datetime, required_roles: Iterable[CrisisRole | str]
    ) -> tuple[CoverageGap, ...]:
        """Every interval of ``[start, end)`` in which a required role has nobody on call."""
        self._policy.require(session, Operation.ONCALL_VIEW)
        low, high = _window(start, end)
        try:
            required = [CrisisRole(r) for r in required_roles]
        except ValueError:
            raise OnCallInputInvalid([Problem("required_roles", "must be crisis roles")]) from None
        roster, _rows, _names = self._resolved()
        return tuple(roster.coverage_gaps(low, high, required))

    def monthly_hours(
        self, session: Session, first_month: object, last_month: object, tz: str | ZoneInfo = "UTC"
    ) -> tuple[HoursRow, ...]:
        """On-call hours per person, role and month (months in ``tz``, the zone allowances are paid in).

        Rows by month, then member id, then role; elapsed hours, so a month with a clock change has
        743 or 745 hours of cover per fully covered role.
        """
        self._policy.require(session, Operation.ONCALL_VIEW)
        first, last = _month(first_month, "first_month"), _month(last_month, "last_month")
        zone = zone_named(tz)
        if last < first:
            raise OnCallInputInvalid([Problem("last_month", "must be on or after the first month")])
        if (last.year - first.year) * 12 + last.month - first.month >= 24:
            raise OnCallInputInvalid([Problem("last_month", "a report covers at most 24 months")])
        roster, _rows, names = self._resolved()
        return tuple(
            HoursRow(entry.member_id, names.get(entry.member_id, ""), role, entry.month, entry.hours(role))
            for entry in roster.monthly_hours(first, last, zone)
            for role in entry.by_role
        )

    def export_hours(
        self,
        session: Session,
        path: Path,
        fmt: str,
        first: object,
        last: object,
        *,
        tz: str | ZoneInfo = "UTC",
    ) -> int:
        """Write the allowances report (person, role, month, hours) as CSV or XLSX; returns its rows.

        Audited with the months and the row count. The file is written next to ``path`` and renamed
        over it, so a failed export leaves no half file.
        """
        self._policy.require(session, Operation.ONCALL_HOURS_EXPORT)
        if fmt not in HOURS_FORMATS:
            raise OnCallInputInvalid([Problem("fmt", "must be csv or xlsx")])
        rows = self.monthly_hours(session, first, last, tz)
        from app.services.tabular_files import write_csv, write_xlsx  # noqa: PLC0415 - openpyxl on demand

        table = [
            (r.member_name, _role_label(r.role), f"{r.month.year:04d}-{r.month.month:02d}", round(r.hours, 2))
            for r in rows
        ]
        if fmt == "csv":
            written = write_csv(Path(path), HOURS_HEADERS, table)
        else:
            written = write_xlsx(Path(path), HOURS_HEADERS, table, sheet_title="On-call hours")
        first_month, last_month = _month(first, "first_month"), _month(last, "last_month")
        with self._db.transaction() as conn:
            self._audit(
                conn, session, "oncall.hours_exported", "oncall", "",
                format=fmt, first=f"{first_month.year:04d}-{first_month.month:02d}",
                last=f"{last_month.year:04d}-{last_month.month:02d}", rows=written,
            )  # fmt: skip
        return written
