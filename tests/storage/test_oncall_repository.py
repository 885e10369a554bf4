"""The on-call repository on a real SQLCipher file: round trips, order kept, constraints, encryption."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.keys import RawKey
from app.storage.oncall_repository import OnCallRepository
from tests.support.store_tools import files_containing

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
NUMBER = "+852 6123 4567"
NAME = "陳大文 Rota"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.create(db_path, RawKey(secrets.token_bytes(32)))
    yield database
    database.close()


def _member(conn: object, name: str, roles: list[str], numbers: tuple[str, ...] = ()) -> int:
    return OnCallRepository.insert_member(
        conn,  # type: ignore[arg-type]
        display_name=name,
        user_id=None,
        roles=roles,
        contact_numbers=numbers,
        now=T0,
        by=None,
    )


def _rotation(conn: object, member_ids: list[int], **changes: object) -> int:
    fields: dict[str, object] = {
        "role": "crisis_lead",
        "handover": "weekly",
        "weekday": 0,
        "handover_time": time(9, 0),
        "time_zone": "Europe/London",
        "anchor_on": date(2026, 11, 2),
        "member_ids": member_ids,
        "now": T0,
        "by": None,
    }
    fields.update(changes)
    return OnCallRepository.insert_rotation(conn, **fields)  # type: ignore[arg-type]


def test_an_empty_rota_loads_empty(db: Database) -> None:
    rows = OnCallRepository(db).load()
    assert (rows.members, rows.rotations, rows.overrides, rows.swaps) == ((), (), (), ())


def test_members_round_trip_with_roles_and_numbers_in_order(db: Database) -> None:
    with db.transaction() as conn:
        first = _member(conn, NAME, ["legal", "crisis_lead"], (NUMBER, "2345 6789 x12"))
        second = _member(conn, "Second", ["pr"])
    rows = OnCallRepository(db).load()
    assert [m.id for m in rows.members] == [first, second]
    stored = rows.members[0]
    assert (stored.display_name, stored.active, stored.user_id) == (NAME, True, None)
    assert stored.roles == ("crisis_lead", "legal")
    assert stored.contact_numbers == (NUMBER, "2345 6789 x12")
    assert stored.created_at == T0
    assert NUMBER not in repr(stored)
    assert NAME not in repr(stored)
    assert rows.members[1].contact_numbers == ()


def test_update_replaces_roles_and_numbers_and_deactivation_sticks(db: Database) -> None:
    later = T0 + timedelta(days=1)
    with db.transaction() as conn:
        member = _member(conn, "Old", ["hr", "pr"], ("1111",))
        OnCallRepository.update_member(
            conn, member, display_name="New", user_id=None, roles=["legal"], contact_numbers=("2222", "3333"),
            now=later, by=None,
        )  # fmt: skip
        OnCallRepository.set_member_active(conn, member, False, now=later, by=None)
    (stored,) = OnCallRepository(db).load().members
    assert (stored.display_name, stored.roles, stored.contact_numbers) == (
        "New",
        ("legal",),
        ("2222", "3333"),
    )
    assert stored.active is False
    assert stored.updated_at == later
    assert db.query_value("SELECT count(*) FROM oncall_member_contacts") == 2


def test_rotations_keep_member_order_with_repeats(db: Database) -> None:
    with db.transaction() as conn:
        a = _member(conn, "A", ["crisis_lead"])
        b = _member(conn, "B", ["crisis_lead"])
        weekly = _rotation(conn, [b, a, b])
        daily = _rotation(conn, [a], handover="daily", weekday=None, handover_time=time(2, 30))
    rows = OnCallRepository(db).load()
    assert [r.id for r in rows.rotations] == [weekly, daily]
    stored = rows.rotations[0]
    assert stored.member_ids == (b, a, b)
    assert (stored.handover, stored.weekday, stored.handover_time) == ("weekly", 0, time(9, 0))
    assert (stored.time_zone, stored.anchor_on) == ("Europe/London", date(2026, 11, 2))
    assert rows.rotations[1].handover_time == time(2, 30)
    with db.transaction() as conn:
        OnCallRepository.update_rotation(
            conn, weekly, role="crisis_lead", handover="weekly", weekday=3, handover_time=time(8, 0),
            time_zone="Asia/Hong_Kong", anchor_on=date(2026, 12, 1), member_ids=[a], now=T0, by=None,
        )  # fmt: skip
        OnCallRepository.delete_rotation(conn, daily)
    (changed,) = OnCallRepository(db).load().rotations
    assert (changed.member_ids, changed.weekday, changed.time_zone) == ((a,), 3, "Asia/Hong_Kong")
    assert db.query_value("SELECT count(*) FROM oncall_rotation_members") == 1


def test_overrides_and_swaps_round_trip_and_delete(db: Database) -> None:
    start, end = T0 + timedelta(days=2), T0 + timedelta(days=3)
    with db.transaction() as conn:
        a = _member(conn, "A", ["crisis_lead"])
        b = _member(conn, "B", ["crisis_lead"])
        hole = OnCallRepository.insert_override(
            conn, role="crisis_lead", member_id=None, starts_at=start, ends_at=end, reason="off sick",
            now=T0, by=None,
        )  # fmt: skip
        swap = OnCallRepository.insert_swap(
            conn, role="crisis_lead", first_member_id=a, first_shift_start=T0, second_member_id=b,
            second_shift_start=T0 + timedelta(days=7), reason="family", now=T0, by=None,
        )  # fmt: skip
    with db.transaction() as conn:  # the same reads inside a transaction
        rows = OnCallRepository.load_in(conn)
    (override,) = rows.overrides
    assert (override.id, override.member_id, override.starts_at, override.ends_at) == (hole, None, start, end)
    assert override.reason == "off sick"
    assert "off sick" not in repr(override)
    (stored_swap,) = rows.swaps
    assert (stored_swap.id, stored_swap.first_member_id, stored_swap.second_member_id) == (swap, a, b)
    assert stored_swap.second_shift_start == T0 + timedelta(days=7)
    assert "family" not in repr(stored_swap)
    with db.transaction() as conn:
        OnCallRepository.delete_override(conn, hole)
        OnCallRepository.delete_swap(conn, swap)
        OnCallRepository.delete_member(conn, b)
    rows = OnCallRepository(db).load()
    assert (rows.overrides, rows.swaps, [m.id for m in rows.members]) == ((), (), [a])


@pytest.mark.parametrize(
    ("sql", "params"),
    [
        (  # a weekly rota without its weekday
            "INSERT INTO oncall_rotations (role, handover, weekday, handover_time, time_zone, anchor_on, "
            "created_at, updated_at) VALUES ('pr', 'weekly', NULL, '09:00:00', 'UTC', '2026-01-01', 'x', 'x')",
            (),
        ),
        (  # a role that is not a crisis role
            "INSERT INTO oncall_member_roles (member_id, role) VALUES (?, 'janitor')",
            (1,),
        ),
        (  # an override that ends before it starts
            "INSERT INTO oncall_overrides (role, member_id, starts_at, ends_at, reason, created_at) "
            "VALUES ('pr', NULL, '2026-01-02', '2026-01-01', 'r', 'x')",
            (),
        ),
        (  # a swap of a member with themselves
            "INSERT INTO oncall_swaps (role, first_member_id, first_shift_start, second_member_id, "
            "second_shift_start, reason, created_at) VALUES ('pr', ?, '2026-01-01', ?, '2026-01-08', 'r', 'x')",
            (1, 1),
        ),
    ],
)
def test_constraints_refuse_malformed_rows(db: Database, sql: str, params: tuple[object, ...]) -> None:
    with db.transaction() as conn:
        _member(conn, "A", ["pr"])
    with pytest.raises(StorageError), db.transaction() as conn:
        conn.execute(sql, params)
    assert OnCallRepository(db).load().rotations == ()


def test_names_and_numbers_are_not_in_the_file_in_clear(db: Database, db_path: Path) -> None:
    with db.transaction() as conn:
        _member(conn, "Unmistakable Rota Name", ["pr"], ("+44 7700 900123",))
    db.checkpoint()
    needles = [b"Unmistakable Rota Name", b"7700 900123"]
    assert files_containing(needles, db_path.parent) == []
    assert OnCallRepository(db).load().members[0].display_name == "Unmistakable Rota Name"
