"""The on-call service on real SQLCipher files: validation before writing, contacts, DST, gaps, hours."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.domain.crisis_roles import CrisisRole
from app.domain.oncall_coverage import YearMonth
from app.domain.oncall_rotation import ShiftSource
from app.domain.roles import Role
from app.services.errors import InvalidInput, PermissionDenied
from app.services.oncall import OnCallInputInvalid, OnCallService
from app.services.session import Session
from app.services.tabular_files import read_table
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD

LONDON = ZoneInfo("Europe/London")
LEAD = CrisisRole.CRISIS_LEAD
NUMBER = "+44 7700 900456"
REASON = "CANARY-REASON off sick with 肺炎"


def _london(y: int, m: int, d: int, h: int = 9) -> datetime:
    return datetime(y, m, d, h, tzinfo=LONDON)


@dataclass
class Office:
    ws: Workspace
    admin: Session
    counsellor: Session
    hr: Session
    alice: int
    bob: int
    carol: int  # legal only
    rotation: int

    @property
    def oncall(self) -> OnCallService:
        return self.ws.oncall


@pytest.fixture
def office(workspace: Workspace) -> Office:
    admin = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
    for role, name in ((Role.COUNSELLOR, "coun"), (Role.HR_MANAGER, "hrm")):
        workspace.users.create(admin, name, role, f"{name}-password-1")
    counsellor = workspace.sign_in("coun", "coun-password-1")
    hr = workspace.sign_in("hrm", "hrm-password-1")
    oncall = workspace.oncall
    alice = oncall.add_member(admin, display_name="Alice Lead", roles=[LEAD], contact_numbers=[NUMBER]).id
    bob = oncall.add_member(admin, display_name="Bob Lead", roles=["crisis_lead", "legal"]).id
    carol = oncall.add_member(admin, display_name="Carol Legal", roles=["legal"]).id
    # Weekly, Monday 09:00 London, from Monday 28 September 2026: Alice, Bob, Alice, Bob, ...
    rotation = oncall.add_rotation(
        admin, role=LEAD, handover="weekly", weekday=0, member_ids=[alice, bob], anchor=date(2026, 9, 28),
        handover_time=time(9, 0), time_zone="Europe/London",
    ).id  # fmt: skip
    return Office(workspace, admin, counsellor, hr, alice, bob, carol, rotation)


def _counts(ws: Workspace) -> tuple[int, ...]:
    return tuple(
        int(ws.db.query_value(f"SELECT count(*) FROM {table}"))
        for table in (
            "oncall_members",
            "oncall_member_roles",
            "oncall_member_contacts",
            "oncall_rotations",
            "oncall_rotation_members",
            "oncall_overrides",
            "oncall_swaps",
        )
    )


def _audit_details(ws: Workspace) -> str:
    return json.dumps(ws.db.query("SELECT action, entity_id, detail FROM audit_log"), ensure_ascii=False)


# -- the rotation and its answers ---------------------------------------------------------------------


def test_on_call_now_and_next_for_the_status_bar(office: Office) -> None:
    (status,) = office.oncall.on_call_now(office.hr, _london(2026, 10, 7, 12), [LEAD])
    assert status.role is LEAD
    assert status.now is not None
    assert status.next is not None
    assert (status.now.member_id, status.now.member_name) == (office.bob, "Bob Lead")
    assert status.now.start == _london(2026, 10, 5)
    assert (status.next.member_id, status.next.start) == (office.alice, _london(2026, 10, 12))
    assert status.now.time_zone == "Europe/London"
    everyone = office.oncall.on_call_now(office.hr, _london(2026, 10, 7, 12))
    assert [s.role for s in everyone] == list(CrisisRole)
    assert next(s for s in everyone if s.role is CrisisRole.LEGAL).now is None
    assert office.oncall.on_call_now(office.hr, _london(2026, 9, 1), [LEAD])[0].now is None


def test_a_week_over_the_autumn_clock_change_lasts_169_hours(office: Office) -> None:
    shifts = office.oncall.shifts_between(office.admin, _london(2026, 10, 20), _london(2026, 10, 27), [LEAD])
    assert [s.member_id for s in shifts] == [office.bob, office.alice]
    assert shifts[0].start == _london(2026, 10, 19)
    assert shifts[0].end == _london(2026, 10, 26)  # 09:00 GMT, after the change on 25 October
    assert shifts[0].duration == timedelta(hours=169)
    assert shifts[1].duration == timedelta(hours=168)


def test_override_and_hole_resolve_and_show_as_gap(office: Office) -> None:
    oncall = office.oncall
    hole = oncall.add_override(
        office.admin, role=LEAD, member_id=None, start=_london(2026, 10, 6), end=_london(2026, 10, 7),
        reason=REASON,
    )  # fmt: skip
    stand_in = oncall.add_override(
        office.admin, role=LEAD, member_id=office.alice, start=_london(2026, 10, 8), end=_london(2026, 10, 9),
        reason="training",
    )  # fmt: skip
    assert hole.member_id is None
    assert hole.reason == REASON
    gaps = oncall.coverage_gaps(office.hr, _london(2026, 10, 1), _london(2026, 10, 31), [LEAD, "legal"])
    lead_gaps = [(g.start, g.end) for g in gaps if g.role is LEAD]
    assert lead_gaps == [(_london(2026, 10, 6), _london(2026, 10, 7))]
    legal = [g for g in gaps if g.role is CrisisRole.LEGAL]
    assert [(g.start, g.end) for g in legal] == [(_london(2026, 10, 1), _london(2026, 10, 31))]
    week = oncall.shifts_between(office.admin, _london(2026, 10, 5), _london(2026, 10, 12), [LEAD])
    assert [(s.member_id, s.source) for s in week] == [
        (office.bob, ShiftSource.SCHEDULED),
        (office.bob, ShiftSource.SCHEDULED),
        (office.alice, ShiftSource.OVERRIDE),
        (office.bob, ShiftSource.SCHEDULED),
    ]
    assert oncall.on_call_now(office.hr, _london(2026, 10, 6, 12), [LEAD])[0].now is None
    oncall.remove_override(office.admin, stand_in.id)
    assert [o.id for o in oncall.roster(office.admin).overrides] == [hole.id]


def test_an_overlapping_override_is_refused_before_anything_is_written(office: Office) -> None:
    oncall = office.oncall
    oncall.add_override(
        office.admin, role=LEAD, member_id=office.bob, start=_london(2026, 10, 6), end=_london(2026, 10, 8),
        reason="first",
    )  # fmt: skip
    before, audit_before = _counts(office.ws), office.ws.db.query_value("SELECT count(*) FROM audit_log")
    with pytest.raises(OnCallInputInvalid) as refused:
        oncall.add_override(
            office.admin, role=LEAD, member_id=office.alice, start=_london(2026, 10, 7),
            end=_london(2026, 10, 9), reason=REASON,
        )  # fmt: skip
    assert refused.value.fields == ("start",)
    assert REASON not in str(refused.value)
    with pytest.raises(OnCallInputInvalid) as wrong_role:
        oncall.add_override(
            office.admin, role=LEAD, member_id=office.carol, start=_london(2026, 11, 1),
            end=_london(2026, 11, 2), reason="x",
        )  # fmt: skip
    assert wrong_role.value.fields == ("member_id",)
    with pytest.raises(OnCallInputInvalid) as backwards:
        oncall.add_override(
            office.admin, role=LEAD, member_id=None, start=_london(2026, 11, 2), end=_london(2026, 11, 1),
            reason="",
        )  # fmt: skip
    assert set(backwards.value.fields) == {"end", "reason"}
    assert _counts(office.ws) == before
    assert office.ws.db.query_value("SELECT count(*) FROM audit_log") == audit_before


def test_a_swap_exchanges_two_shifts_and_a_wrong_swap_is_refused(office: Office) -> None:
    oncall = office.oncall
    # Alice holds the week from 12 October, Bob the week from 19 October.
    swap = oncall.add_swap(
        office.admin, role=LEAD, first_member_id=office.alice, first_shift_start=_london(2026, 10, 12),
        second_member_id=office.bob, second_shift_start=_london(2026, 10, 19), reason=REASON,
    )  # fmt: skip
    assert swap.reason == REASON
    alice = oncall.member_shifts(office.hr, office.alice, _london(2026, 10, 12), _london(2026, 10, 26))
    assert [(s.start, s.source) for s in alice] == [(_london(2026, 10, 19), ShiftSource.SWAP)]
    before = _counts(office.ws)
    with pytest.raises(OnCallInputInvalid) as refused:  # Alice is not scheduled on 5 October
        oncall.add_swap(
            office.admin, role=LEAD, first_member_id=office.alice, first_shift_start=_london(2026, 10, 5),
            second_member_id=office.bob, second_shift_start=_london(2026, 11, 2), reason="x",
        )  # fmt: skip
    assert "first_shift_start" in refused.value.fields
    assert _counts(office.ws) == before
    with pytest.raises(OnCallInputInvalid):  # the rotation cannot go while the swap relies on it
        oncall.remove_rotation(office.admin, office.rotation)
    oncall.remove_swap(office.admin, swap.id)
    oncall.remove_rotation(office.admin, office.rotation)
    assert oncall.roster(office.admin).rotations == ()


def test_replacing_a_rotation_is_checked_and_keeps_its_id(office: Office) -> None:
    oncall = office.oncall
    replaced = oncall.replace_rotation(
        office.admin, office.rotation, role=LEAD, handover="daily", member_ids=[office.bob, office.alice],
        anchor=date(2026, 10, 1), handover_time=time(8, 0), time_zone="Asia/Hong_Kong",
    )  # fmt: skip
    assert (replaced.id, replaced.weekday, replaced.member_ids) == (
        office.rotation,
        None,
        (office.bob, office.alice),
    )
    assert replaced.starts_at == datetime(2026, 10, 1, 0, 0, tzinfo=UTC)
    with pytest.raises(OnCallInputInvalid) as refused:
        oncall.replace_rotation(
            office.admin, office.rotation, role=LEAD, handover="weekly", member_ids=[office.carol],
            anchor=date(2026, 10, 1), handover_time=time(8, 0), time_zone="Mars/Olympus",
        )  # fmt: skip
    assert set(refused.value.fields) == {"weekday", "time_zone"}
    with pytest.raises(OnCallInputInvalid) as not_holder:
        oncall.add_rotation(
            office.admin, role=LEAD, handover="daily", member_ids=[office.carol], anchor=date(2027, 1, 1),
            handover_time=time(8, 0), time_zone="UTC",
        )  # fmt: skip
    assert not_holder.value.fields == ("member_ids",)
    assert oncall.roster(office.admin).rotations == (replaced,)


def test_members_cannot_lose_a_role_or_go_while_the_rota_needs_them(office: Office) -> None:
    oncall = office.oncall
    before = _counts(office.ws)
    with pytest.raises(OnCallInputInvalid):
        oncall.update_member(office.admin, office.bob, display_name="Bob", roles=["legal"])
    with pytest.raises(OnCallInputInvalid) as named:
        oncall.remove_member(office.admin, office.alice)
    assert named.value.fields == ("member_id",)
    assert _counts(office.ws) == before
    with pytest.raises(OnCallInputInvalid) as bad:
        oncall.add_member(office.admin, display_name=" ", roles=[], contact_numbers=["call me"], user_id=999)
    assert set(bad.value.fields) == {"display_name", "roles", "contact_numbers[0]", "user_id"}
    assert "call me" not in str(bad.value)
    with pytest.raises(InvalidInput, match="does not exist"):
        oncall.update_member(office.admin, 999, display_name="X", roles=["pr"])
    oncall.remove_member(office.admin, office.carol)
    assert office.carol not in {m.id for m in oncall.members(office.admin)}


def test_an_inactive_member_keeps_past_shifts_but_cannot_be_rostered_again(office: Office) -> None:
    oncall = office.oncall
    assert oncall.set_member_active(office.admin, office.bob, False).active is False
    assert office.bob in {
        s.member_id for s in oncall.shifts_between(office.hr, _london(2026, 10, 1), _london(2026, 10, 31))
    }
    assert office.bob not in {m.id for m in oncall.members(office.hr, active_only=True)}
    with pytest.raises(OnCallInputInvalid, match="no longer active"):
        oncall.add_override(
            office.admin, role=LEAD, member_id=office.bob, start=_london(2026, 12, 1), end=_london(2026, 12, 2),
            reason="x",
        )  # fmt: skip
    assert oncall.set_member_active(office.admin, office.bob, True).active is True


def test_updates_are_audited_with_field_names_only(office: Office) -> None:
    oncall = office.oncall
    updated = oncall.update_member(
        office.admin,
        office.alice,
        display_name="Alice Lead",
        roles=[LEAD, "pr"],
        contact_numbers=["+852 2111 2222"],
    )
    assert updated.roles == frozenset({LEAD, CrisisRole.PR})
    assert updated.contact_numbers is None  # never with a plain read
    detail = office.ws.db.query(
        "SELECT detail FROM audit_log WHERE action = 'oncall_member.updated' ORDER BY seq DESC LIMIT 1"
    )[0][0]
    assert json.loads(detail) == {"fields": ["roles", "contact_numbers"]}
    oncall.add_override(
        office.admin,
        role=LEAD,
        member_id=None,
        start=_london(2026, 12, 1),
        end=_london(2026, 12, 2),
        reason=REASON,
    )
    trail = _audit_details(office.ws)
    for secret in (NUMBER, "2111 2222", "CANARY-REASON", "肺炎"):
        assert secret not in trail


# -- confidential parts -----------------------------------------------------------------------------------


def test_contacts_are_casework_only_and_every_read_is_audited(office: Office) -> None:
    oncall = office.oncall
    hr_view = oncall.members(office.hr, include_contacts=True)
    assert {m.contact_numbers for m in hr_view} == {None}
    with pytest.raises(PermissionDenied):
        oncall.contacts(office.hr, office.alice)
    audited = "SELECT count(*) FROM audit_log WHERE action = 'oncall_member.contacts_viewed'"
    assert office.ws.db.query_value(audited) == 0
    assert oncall.contacts(office.counsellor, office.alice) == (NUMBER,)
    listed = {m.id: m.contact_numbers for m in oncall.members(office.counsellor, include_contacts=True)}
    assert listed[office.alice] == (NUMBER,)
    assert listed[office.bob] == ()
    assert office.ws.db.query_value(audited) == 2
    assert NUMBER not in repr(oncall.members(office.counsellor, include_contacts=True))
    assert {m.contact_numbers for m in oncall.roster(office.counsellor).members} == {None}


def test_hr_manager_sees_the_rota_without_reasons_and_may_not_change_it(office: Office) -> None:
    oncall = office.oncall
    oncall.add_override(
        office.admin,
        role=LEAD,
        member_id=None,
        start=_london(2026, 10, 6),
        end=_london(2026, 10, 7),
        reason=REASON,
    )
    oncall.add_swap(
        office.admin, role=LEAD, first_member_id=office.alice, first_shift_start=_london(2026, 10, 12),
        second_member_id=office.bob, second_shift_start=_london(2026, 10, 19), reason=REASON,
    )  # fmt: skip
    roster = oncall.roster(office.hr)
    assert roster.deidentified
    assert [o.reason for o in roster.overrides] == [None]
    assert [s.reason for s in roster.swaps] == [None]
    assert REASON not in repr(roster)
    assert [o.reason for o in oncall.roster(office.counsellor).overrides] == [REASON]
    before = _counts(office.ws)
    for session in (office.hr, office.counsellor):
        with pytest.raises(PermissionDenied):
            oncall.add_member(session, display_name="Sneaky", roles=["pr"])
        with pytest.raises(PermissionDenied):
            oncall.add_override(
                session,
                role=LEAD,
                member_id=None,
                start=_london(2026, 12, 1),
                end=_london(2026, 12, 2),
                reason="x",
            )
    assert _counts(office.ws) == before


# -- hours and the allowances report ------------------------------------------------------------------


def test_monthly_hours_add_up_to_the_month_with_its_clock_change(office: Office) -> None:
    rows = office.oncall.monthly_hours(office.hr, (2026, 10), date(2026, 11, 1), "Europe/London")
    october = [r for r in rows if r.month == YearMonth(2026, 10)]
    assert {r.role for r in rows} == {LEAD}
    assert sum(r.hours for r in october) == pytest.approx(31 * 24 + 1)  # 745 h: clocks went back
    november = [r for r in rows if r.month == YearMonth(2026, 11)]
    assert sum(r.hours for r in november) == pytest.approx(30 * 24)
    assert {r.member_name for r in rows} == {"Alice Lead", "Bob Lead"}
    with pytest.raises(OnCallInputInvalid) as bad:
        office.oncall.monthly_hours(office.hr, (2026, 10), (2026, 13), "Europe/London")
    assert bad.value.fields == ("last_month",)
    with pytest.raises(OnCallInputInvalid) as zone:
        office.oncall.monthly_hours(office.hr, (2026, 10), (2026, 10), "Europe/Atlantis")
    assert zone.value.fields == ("tz",)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_hours_report_is_written_and_audited(office: Office, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"hours.{fmt}"
    written = office.oncall.export_hours(office.hr, out, fmt, (2026, 10), (2026, 10), tz="Europe/London")
    table = read_table(out)
    assert table.kind == fmt
    assert table.rows[0].cells == ("Person", "Role", "Month", "Hours")
    data = [row.cells for row in table.rows[1:]]
    assert len(data) == written == 2
    assert {cells[0] for cells in data} == {"Alice Lead", "Bob Lead"}
    assert {cells[1:3] for cells in data} == {("Crisis lead", "2026-10")}
    assert sum(float(cells[3]) for cells in data) == pytest.approx(745)
    detail = office.ws.db.query(
        "SELECT actor, detail FROM audit_log WHERE action = 'oncall.hours_exported' ORDER BY seq DESC LIMIT 1"
    )[0]
    assert detail[0] == "hrm"
    assert json.loads(detail[1]) == {"format": fmt, "first": "2026-10", "last": "2026-10", "rows": 2}
    with pytest.raises(OnCallInputInvalid):
        office.oncall.export_hours(office.hr, tmp_path / "hours.pdf", "pdf", (2026, 10), (2026, 10))


# -- bad windows ----------------------------------------------------------------------------------------


def test_query_windows_are_checked(office: Office) -> None:
    oncall = office.oncall
    with pytest.raises(OnCallInputInvalid) as naive:
        oncall.shifts_between(office.hr, datetime(2026, 10, 1), datetime(2026, 10, 2))
    assert naive.value.fields == ("start", "end")
    with pytest.raises(OnCallInputInvalid) as backwards:
        oncall.coverage_gaps(office.hr, _london(2026, 10, 2), _london(2026, 10, 1), [LEAD])
    assert backwards.value.fields == ("end",)
    with pytest.raises(OnCallInputInvalid, match="at most"):
        oncall.shifts_between(office.hr, _london(2026, 1, 1), _london(2029, 1, 1))
    with pytest.raises(OnCallInputInvalid) as role:
        oncall.coverage_gaps(office.hr, _london(2026, 10, 1), _london(2026, 10, 2), ["janitor"])
    assert role.value.fields == ("required_roles",)
    with pytest.raises(InvalidInput, match="does not exist"):
        oncall.member_shifts(office.hr, 999, _london(2026, 10, 1), _london(2026, 10, 2))


def test_an_update_without_numbers_keeps_the_stored_ones(office: Office) -> None:
    oncall = office.oncall
    oncall.update_member(office.admin, office.alice, display_name="Alice Renamed", roles=[LEAD])
    assert oncall.contacts(office.counsellor, office.alice) == (NUMBER,)
    assert oncall.member(office.hr, office.alice).display_name == "Alice Renamed"
    oncall.update_member(
        office.admin, office.alice, display_name="Alice Renamed", roles=[LEAD], contact_numbers=[]
    )
    assert oncall.contacts(office.counsellor, office.alice) == ()
