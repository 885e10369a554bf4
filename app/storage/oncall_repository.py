"""SQL for the on-call rota: members, their roles and contact numbers, rotations, overrides and swaps.

The rota is small (a dozen members, a few rotations, some overrides) and every question about it
needs all of it at once, so reads load the whole rota in one ``RotaRows``; the service turns it into
the domain ``OnCallRoster``. ``load_in`` reads inside the caller's transaction, so a write is
checked against exactly the rows it will change. Writes are static methods taking that transaction,
so a service writes the change and its audit entry together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

import sqlcipher3

from app.storage.clock import from_text, to_text
from app.storage.database import Database

_Fetch = Callable[[str, tuple[Any, ...]], list[tuple[Any, ...]]]


@dataclass(frozen=True, slots=True, repr=False)
class MemberRow:
    id: int
    display_name: str
    user_id: int | None
    active: bool
    roles: tuple[str, ...]
    contact_numbers: tuple[str, ...]
    created_at: datetime
    updated_at: datetime

    def __repr__(self) -> str:  # names and numbers stay out of logs and tracebacks
        return f"MemberRow(id={self.id})"


@dataclass(frozen=True, slots=True)
class RotationRow:
    id: int
    role: str
    handover: str
    weekday: int | None
    handover_time: time
    time_zone: str
    anchor_on: date
    member_ids: tuple[int, ...]
    updated_at: datetime


@dataclass(frozen=True, slots=True, repr=False)
class OverrideRow:
    id: int
    role: str
    member_id: int | None
    starts_at: datetime
    ends_at: datetime
    reason: str
    created_at: datetime

    def __repr__(self) -> str:  # the reason may be medical
        return f"OverrideRow(id={self.id}, role={self.role})"


@dataclass(frozen=True, slots=True, repr=False)
class SwapRow:
    id: int
    role: str
    first_member_id: int
    first_shift_start: datetime
    second_member_id: int
    second_shift_start: datetime
    reason: str
    created_at: datetime

    def __repr__(self) -> str:
        return f"SwapRow(id={self.id}, role={self.role})"


@dataclass(frozen=True, slots=True)
class RotaRows:
    """The whole rota as stored, each list in id order."""

    members: tuple[MemberRow, ...]
    rotations: tuple[RotationRow, ...]
    overrides: tuple[OverrideRow, ...]
    swaps: tuple[SwapRow, ...]


def _at(text: str) -> datetime:
    value = from_text(text)
    assert value is not None
    return value


def _load(fetch: _Fetch) -> RotaRows:
    roles: dict[int, list[str]] = {}
    for member_id, role in fetch(
        "SELECT member_id, role FROM oncall_member_roles ORDER BY member_id, role", ()
    ):
        roles.setdefault(member_id, []).append(role)
    contacts: dict[int, list[str]] = {}
    for member_id, number in fetch(
        "SELECT member_id, number FROM oncall_member_contacts ORDER BY member_id, position", ()
    ):
        contacts.setdefault(member_id, []).append(number)
    members = tuple(
        MemberRow(
            id=r[0],
            display_name=r[1],
            user_id=r[2],
            active=bool(r[3]),
            roles=tuple(roles.get(r[0], ())),
            contact_numbers=tuple(contacts.get(r[0], ())),
            created_at=_at(r[4]),
            updated_at=_at(r[5]),
        )
        for r in fetch(
            "SELECT id, display_name, user_id, active, created_at, updated_at FROM oncall_members ORDER BY id",
            (),
        )
    )
    order: dict[int, list[int]] = {}
    for rotation_id, member_id in fetch(
        "SELECT rotation_id, member_id FROM oncall_rotation_members ORDER BY rotation_id, position", ()
    ):
        order.setdefault(rotation_id, []).append(member_id)
    rotations = tuple(
        RotationRow(
            id=r[0],
            role=r[1],
            handover=r[2],
            weekday=r[3],
            handover_time=time.fromisoformat(r[4]),
            time_zone=r[5],
            anchor_on=date.fromisoformat(r[6]),
            member_ids=tuple(order.get(r[0], ())),
            updated_at=_at(r[7]),
        )
        for r in fetch(
            "SELECT id, role, handover, weekday, handover_time, time_zone, anchor_on, updated_at "
            "FROM oncall_rotations ORDER BY id",
            (),
        )
    )
    overrides = tuple(
        OverrideRow(r[0], r[1], r[2], _at(r[3]), _at(r[4]), r[5], _at(r[6]))
        for r in fetch(
            "SELECT id, role, member_id, starts_at, ends_at, reason, created_at FROM oncall_overrides ORDER BY id",
            (),
        )
    )
    swaps = tuple(
        SwapRow(r[0], r[1], r[2], _at(r[3]), r[4], _at(r[5]), r[6], _at(r[7]))
        for r in fetch(
            "SELECT id, role, first_member_id, first_shift_start, second_member_id, second_shift_start, "
            "reason, created_at FROM oncall_swaps ORDER BY id",
            (),
        )
    )
    return RotaRows(members, rotations, overrides, swaps)


def _put_member_details(
    conn: sqlcipher3.Connection, member_id: int, roles: Sequence[str], contact_numbers: Sequence[str]
) -> None:
    conn.execute("DELETE FROM oncall_member_roles WHERE member_id = ?", (member_id,))
    conn.executemany(
        "INSERT INTO oncall_member_roles (member_id, role) VALUES (?, ?)",
        [(member_id, role) for role in sorted(set(roles))],
    )
    conn.execute("DELETE FROM oncall_member_contacts WHERE member_id = ?", (member_id,))
    conn.executemany(
        "INSERT INTO oncall_member_contacts (member_id, position, number) VALUES (?, ?, ?)",
        [(member_id, i, number) for i, number in enumerate(contact_numbers)],
    )


def _put_rotation_members(conn: sqlcipher3.Connection, rotation_id: int, member_ids: Sequence[int]) -> None:
    conn.execute("DELETE FROM oncall_rotation_members WHERE rotation_id = ?", (rotation_id,))
    conn.executemany(
        "INSERT INTO oncall_rotation_members (rotation_id, position, member_id) VALUES (?, ?, ?)",
        [(rotation_id, i, member_id) for i, member_id in enumerate(member_ids)],
    )


class OnCallRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reads -----------------------------------------------------------------------------------

    def load(self) -> RotaRows:
        return _load(self._db.query)

    @staticmethod
    def load_in(conn: sqlcipher3.Connection) -> RotaRows:
        """The rota as the caller's transaction sees it (a write is checked against this)."""
        return _load(lambda sql, params: conn.execute(sql, params).fetchall())

    # -- members (inside the caller's transaction) -------------------------------------------------

    @staticmethod
    def insert_member(
        conn: sqlcipher3.Connection,
        *,
        display_name: str,
        user_id: int | None,
        roles: Sequence[str],
        contact_numbers: Sequence[str],
        now: datetime,
        by: int | None,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO oncall_members (display_name, user_id, active, created_at, created_by, updated_at, "
            "updated_by) VALUES (?, ?, 1, ?, ?, ?, ?)",
            (display_name, user_id, to_text(now), by, to_text(now), by),
        )
        member_id = int(cursor.lastrowid)
        _put_member_details(conn, member_id, roles, contact_numbers)
        return member_id

    @staticmethod
    def update_member(
        conn: sqlcipher3.Connection,
        member_id: int,
        *,
        display_name: str,
        user_id: int | None,
        roles: Sequence[str],
        contact_numbers: Sequence[str],
        now: datetime,
        by: int | None,
    ) -> None:
        conn.execute(
            "UPDATE oncall_members SET display_name = ?, user_id = ?, updated_at = ?, updated_by = ? WHERE id = ?",
            (display_name, user_id, to_text(now), by, member_id),
        )
        _put_member_details(conn, member_id, roles, contact_numbers)

    @staticmethod
    def set_member_active(
        conn: sqlcipher3.Connection, member_id: int, active: bool, *, now: datetime, by: int | None
    ) -> None:
        conn.execute(
            "UPDATE oncall_members SET active = ?, updated_at = ?, updated_by = ? WHERE id = ?",
            (1 if active else 0, to_text(now), by, member_id),
        )

    @staticmethod
    def delete_member(conn: sqlcipher3.Connection, member_id: int) -> None:
        conn.execute("DELETE FROM oncall_member_roles WHERE member_id = ?", (member_id,))
        conn.execute("DELETE FROM oncall_member_contacts WHERE member_id = ?", (member_id,))
        conn.execute("DELETE FROM oncall_members WHERE id = ?", (member_id,))

    # -- rotations --------------------------------------------------------------------------------

    @staticmethod
    def insert_rotation(
        conn: sqlcipher3.Connection,
        *,
        role: str,
        handover: str,
        weekday: int | None,
        handover_time: time,
        time_zone: str,
        anchor_on: date,
        member_ids: Sequence[int],
        now: datetime,
        by: int | None,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO oncall_rotations (role, handover, weekday, handover_time, time_zone, anchor_on, "
            "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                role,
                handover,
                weekday,
                handover_time.isoformat(),
                time_zone,
                anchor_on.isoformat(),
                to_text(now),
                by,
                to_text(now),
                by,
            ),
        )
        rotation_id = int(cursor.lastrowid)
        _put_rotation_members(conn, rotation_id, member_ids)
        return rotation_id

    @staticmethod
    def update_rotation(
        conn: sqlcipher3.Connection,
        rotation_id: int,
        *,
        role: str,
        handover: str,
        weekday: int | None,
        handover_time: time,
        time_zone: str,
        anchor_on: date,
        member_ids: Sequence[int],
        now: datetime,
        by: int | None,
    ) -> None:
        conn.execute(
            "UPDATE oncall_rotations SET role = ?, handover = ?, weekday = ?, handover_time = ?, time_zone = ?, "
            "anchor_on = ?, updated_at = ?, updated_by = ? WHERE id = ?",
            (
                role,
                handover,
                weekday,
                handover_time.isoformat(),
                time_zone,
                anchor_on.isoformat(),
                to_text(now),
                by,
                rotation_id,
            ),
        )
        _put_rotation_members(conn, rotation_id, member_ids)

    @staticmethod
    def delete_rotation(conn: sqlcipher3.Connection, rotation_id: int) -> None:
        conn.execute("DELETE FROM oncall_rotation_members WHERE rotation_id = ?", (rotation_id,))
        conn.execute("DELETE FROM oncall_rotations WHERE id = ?", (rotation_id,))

    # -- overrides and swaps ----------------------------------------------------------------------

    @staticmethod
    def insert_override(
        conn: sqlcipher3.Connection,
        *,
        role: str,
        member_id: int | None,
        starts_at: datetime,
        ends_at: datetime,
        reason: str,
        now: datetime,
        by: int | None,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO oncall_overrides (role, member_id, starts_at, ends_at, reason, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (role, member_id, to_text(starts_at), to_text(ends_at), reason, to_text(now), by),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def delete_override(conn: sqlcipher3.Connection, override_id: int) -> None:
        conn.execute("DELETE FROM oncall_overrides WHERE id = ?", (override_id,))

    @staticmethod
    def insert_swap(
        conn: sqlcipher3.Connection,
        *,
        role: str,
        first_member_id: int,
        first_shift_start: datetime,
        second_member_id: int,
        second_shift_start: datetime,
        reason: str,
        now: datetime,
        by: int | None,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO oncall_swaps (role, first_member_id, first_shift_start, second_member_id, "
            "second_shift_start, reason, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                role,
                first_member_id,
                to_text(first_shift_start),
                second_member_id,
                to_text(second_shift_start),
                reason,
                to_text(now),
                by,
            ),
        )
        return int(cursor.lastrowid)

    @staticmethod
    def delete_swap(conn: sqlcipher3.Connection, swap_id: int) -> None:
        conn.execute("DELETE FROM oncall_swaps WHERE id = ?", (swap_id,))
