"""The .ics export parsed back with the ``icalendar`` library: UIDs, time zones, and no confidential text."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from app.domain.crisis_roles import CrisisRole
from app.domain.drills import DrillInput
from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.roles import Role
from app.services.errors import DiskError, InvalidInput
from app.services.oncall import OnCallInputInvalid
from app.services.people import PersonInput
from app.services.session import Session
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD

LONDON = ZoneInfo("Europe/London")
LEAD = CrisisRole.CRISIS_LEAD
SECRETS = {
    "name": "Zhang Sanfeng CANARY-NAME",
    "note": "CANARY-NOTE said she cannot sleep",
    "number": "+44 7700 900789",
    "reason": "CANARY-REASON hospital",
    "action": "CANARY-ACTION retrain the night desk",
    "incident": "CANARY-INCIDENT title",
}


@dataclass
class Office:
    ws: Workspace
    admin: Session
    counsellor: Session
    hr: Session
    alice: int
    bob: int
    pseudonym: str
    incident_code: str
    action_id: int
    today: date  # taken when the fixture runs: the suite is long enough to cross midnight
    monday: date  # a Monday two weeks back: the rota's anchor


@pytest.fixture
def office(workspace: Workspace) -> Office:
    today = datetime.now(UTC).date()
    monday = today - timedelta(days=today.weekday() + 14)
    admin = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
    for role, name in ((Role.COUNSELLOR, "coun"), (Role.HR_MANAGER, "hrm")):
        workspace.users.create(admin, name, role, f"{name}-password-1")
    counsellor = workspace.sign_in("coun", "coun-password-1")
    hr = workspace.sign_in("hrm", "hrm-password-1")
    oncall = workspace.oncall
    alice = oncall.add_member(
        admin, display_name="Alice Lead", roles=[LEAD], contact_numbers=[SECRETS["number"]]
    ).id
    bob = oncall.add_member(admin, display_name="Bob Lead", roles=[LEAD]).id
    oncall.add_rotation(
        admin, role=LEAD, handover="weekly", weekday=0, member_ids=[alice, bob], anchor=monday,
        handover_time=time(9, 0), time_zone="Europe/London",
    )  # fmt: skip
    start = datetime.combine(monday + timedelta(days=1), time(9), LONDON)
    oncall.add_override(
        admin,
        role=LEAD,
        member_id=None,
        start=start,
        end=start + timedelta(hours=6),
        reason=SECRETS["reason"],
    )
    facts = IncidentFacts(
        title=SECRETS["incident"], category=IncidentCategory.CYBER_SECURITY, reported_at=datetime.now(UTC)
    )
    incident = workspace.incidents.create(counsellor, facts, GradingInput()).incident
    person = workspace.people.link_person(counsellor, incident.id, PersonInput(full_name=SECRETS["name"]))
    workspace.people.add_note(counsellor, person.id, SECRETS["note"])
    action = workspace.reviews.add_action(
        counsellor, incident.id, title=SECRETS["action"], due_on=today + timedelta(days=10), owner_role="hr"
    )
    return Office(
        workspace,
        admin,
        counsellor,
        hr,
        alice,
        bob,
        person.pseudonym,
        incident.code,
        action.id,
        today,
        monday,
    )


def _export(office: Office, session: Session, path: Path, **options: object) -> icalendar.Calendar:
    end = office.today + timedelta(days=120)
    office.ws.calendar_export.export_ics(session, path, office.monday, end, **options)  # type: ignore[arg-type]
    return icalendar.Calendar.from_ical(path.read_bytes())


def _events(calendar: icalendar.Calendar) -> list[icalendar.Event]:
    return list(calendar.walk("VEVENT"))


def _by_kind(calendar: icalendar.Calendar) -> dict[str, list[icalendar.Event]]:
    kinds: dict[str, list[icalendar.Event]] = {}
    for event in _events(calendar):
        kinds.setdefault(str(event["UID"]).split("-", 1)[0], []).append(event)
    return kinds


def test_team_export_has_shifts_follow_ups_and_actions_and_no_confidential_text(
    office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "team.ics"
    calendar = _export(office, office.counsellor, out)
    data = out.read_bytes()
    for secret in SECRETS.values():
        assert secret.encode() not in data
    assert b"\r\n" in data
    kinds = _by_kind(calendar)
    assert set(kinds) == {"oncall", "follow", "corrective"}
    follow_ups = kinds["follow"]
    assert len(follow_ups) == 3  # the schedule's three tasks
    assert {str(e["SUMMARY"]) for e in follow_ups} == {f"{office.pseudonym} follow-up"}
    (action,) = kinds["corrective"]
    assert str(action["SUMMARY"]) == f"{office.incident_code} corrective action"
    assert action.decoded("DTSTART") == office.today + timedelta(days=10)
    shifts = kinds["oncall"]
    summaries = {str(e["SUMMARY"]) for e in shifts}
    assert summaries == {"On call: Crisis lead – Alice Lead", "On call: Crisis lead – Bob Lead"}
    assert all("Crisis lead" in e.get("CATEGORIES").cats for e in shifts)
    assert calendar.get("X-WR-CALNAME") == "EAP Crisis Desk"
    audit = office.ws.db.query(
        "SELECT actor, detail FROM audit_log WHERE action = 'calendar.exported' ORDER BY seq DESC LIMIT 1"
    )[0]
    detail = json.loads(audit[1])
    assert audit[0] == "coun"
    assert (detail["shifts"], detail["follow_ups"], detail["corrective_actions"]) == (len(shifts), 3, 1)


def test_uids_are_stable_across_exports_and_name_the_database(office: Office, tmp_path: Path) -> None:
    first = _export(office, office.admin, tmp_path / "one.ics", now=datetime(2026, 1, 1, tzinfo=UTC))
    # a change of holder (an override) must update the same event, not add another
    week = datetime.combine(office.monday + timedelta(days=7), time(9), LONDON)
    office.ws.oncall.add_swap(
        office.admin, role=LEAD, first_member_id=office.bob, first_shift_start=week,
        second_member_id=office.alice, second_shift_start=week + timedelta(days=7), reason="swap",
    )  # fmt: skip
    second = _export(office, office.admin, tmp_path / "two.ics")
    uids_first = [str(e["UID"]) for e in _events(first)]
    uids_second = [str(e["UID"]) for e in _events(second)]
    assert uids_first == uids_second
    assert len(set(uids_first)) == len(uids_first)
    identity = office.ws.db.identity
    assert all(uid.endswith(f"@{identity}.eapdesk") for uid in uids_first)
    swapped_uid = next(
        u
        for u in uids_first
        if u.startswith("oncall-shift-crisis_lead-") and week.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") in u
    )
    summary = {str(e["UID"]): str(e["SUMMARY"]) for e in _events(second)}[swapped_uid]
    assert summary.endswith("Alice Lead")


def test_shifts_are_written_in_their_rota_zone_and_due_times_are_exact(
    office: Office, tmp_path: Path
) -> None:
    calendar = _export(office, office.counsellor, tmp_path / "zones.ics", zone="Asia/Hong_Kong")
    zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    assert zones == {"Europe/London", "Asia/Hong_Kong"}
    expected = {s.start: s for s in office.ws.oncall.shifts_between(
        office.admin,
        datetime.combine(office.monday, time(0), ZoneInfo("Asia/Hong_Kong")),
        datetime.combine(office.today + timedelta(days=121), time(0), ZoneInfo("Asia/Hong_Kong")),
    )}  # fmt: skip
    shifts = _by_kind(calendar)["oncall"]
    assert len(shifts) == len(expected)
    for event in shifts:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert event["DTSTART"].params["TZID"] == "Europe/London"
        assert start.utcoffset() is not None
        shift = expected[start.astimezone(UTC)]
        assert end.astimezone(UTC) == shift.end
        assert start.astimezone(LONDON).time() in {time(9), time(15)}  # hand-over, or the hole's end
    due = {
        f.follow_up_id: f.due_at
        for f in office.ws.people.follow_ups_due(
            office.counsellor, datetime.now(UTC) - timedelta(days=30), datetime.now(UTC) + timedelta(days=300)
        )
    }
    for event in _by_kind(calendar)["follow"]:
        assert event["DTSTART"].params["TZID"] == "Asia/Hong_Kong"
        follow_up_id = int(str(event["UID"]).split("@")[0].rsplit("-", 1)[1])
        assert event.decoded("DTSTART").astimezone(UTC) == due[follow_up_id].replace(microsecond=0)


def test_a_week_over_the_spring_clock_change_keeps_local_hand_overs(office: Office, tmp_path: Path) -> None:
    path = tmp_path / "spring.ics"
    office.ws.calendar_export.export_ics(office.hr, path, date(2027, 3, 20), date(2027, 4, 5))
    shifts = _by_kind(icalendar.Calendar.from_ical(path.read_bytes()))["oncall"]
    spring = next(e for e in shifts if e.decoded("DTSTART").date() == date(2027, 3, 22))
    # elapsed time: subtract in UTC (same-zone subtraction in Python is wall-clock time)
    elapsed = spring.decoded("DTEND").astimezone(UTC) - spring.decoded("DTSTART").astimezone(UTC)
    assert elapsed == timedelta(hours=167)
    assert spring.decoded("DTSTART").astimezone(UTC).hour == 9  # GMT before the change
    assert spring.decoded("DTEND").astimezone(UTC).hour == 8  # 09:00 BST after it


def test_per_person_export_holds_only_that_members_final_shifts(office: Office, tmp_path: Path) -> None:
    week = datetime.combine(office.monday + timedelta(days=7), time(9), LONDON)  # Bob's week
    office.ws.oncall.add_swap(
        office.admin, role=LEAD, first_member_id=office.bob, first_shift_start=week,
        second_member_id=office.alice, second_shift_start=week + timedelta(days=7), reason=SECRETS["reason"],
    )  # fmt: skip
    path = tmp_path / "alice.ics"
    calendar = _export(office, office.hr, path, member_id=office.alice)
    events = _events(calendar)
    expected = office.ws.oncall.member_shifts(
        office.hr,
        office.alice,
        datetime.combine(office.monday, time(0), UTC),
        datetime.combine(office.today + timedelta(days=121), time(0), UTC),
    )
    assert {e.decoded("DTSTART").astimezone(UTC) for e in events} == {s.start for s in expected}
    assert week in {e.decoded("DTSTART") for e in events}  # the swapped-in week
    assert {str(e["SUMMARY"]) for e in events} == {"On call: Crisis lead"}
    data = path.read_bytes()
    assert b"Bob" not in data
    for secret in SECRETS.values():
        assert secret.encode() not in data
    detail = json.loads(
        office.ws.db.query_value(
            "SELECT detail FROM audit_log WHERE action = 'calendar.exported' ORDER BY seq DESC LIMIT 1"
        )
    )
    assert (detail["member"], detail["follow_ups"], detail["corrective_actions"]) == (office.alice, 0, 0)


def test_hr_manager_export_leaves_out_follow_ups(office: Office, tmp_path: Path) -> None:
    path = tmp_path / "hr.ics"
    kinds = _by_kind(_export(office, office.hr, path))
    assert set(kinds) == {"oncall", "corrective"}
    assert office.pseudonym.encode() not in path.read_bytes()


def test_a_done_action_is_written_cancelled_so_a_re_export_removes_it(office: Office, tmp_path: Path) -> None:
    office.ws.reviews.set_action_status(office.counsellor, office.action_id, "done")
    (action,) = _by_kind(_export(office, office.counsellor, tmp_path / "done.ics"))["corrective"]
    assert str(action["STATUS"]) == "CANCELLED"


def test_bad_export_requests_are_refused_and_write_nothing(office: Office, tmp_path: Path) -> None:
    export = office.ws.calendar_export.export_ics
    out = tmp_path / "never.ics"
    with pytest.raises(OnCallInputInvalid) as backwards:
        export(office.admin, out, date(2026, 5, 2), date(2026, 5, 1))
    assert backwards.value.fields == ("end",)
    with pytest.raises(OnCallInputInvalid, match="at most"):
        export(office.admin, out, date(2026, 1, 1), date(2027, 6, 1))
    with pytest.raises(OnCallInputInvalid) as zone:
        export(office.admin, out, date(2026, 5, 1), date(2026, 5, 2), zone="Nowhere/Land")
    assert zone.value.fields == ("zone",)
    with pytest.raises(OnCallInputInvalid):
        export(office.admin, out, datetime(2026, 5, 1, tzinfo=UTC), date(2026, 5, 2))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="does not exist"):
        export(office.admin, out, date(2026, 5, 1), date(2026, 5, 2), member_id=999)
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_drills_show_code_and_type_and_an_unstarted_surprise_never_appears(
    office: Office, tmp_path: Path
) -> None:
    drills = office.ws.drills
    planned = datetime.combine(office.today + timedelta(days=5), time(10), LONDON)
    tabletop = drills.create(
        office.admin,
        DrillInput(
            title="CANARY-DRILL Zhang's team",
            drill_type="tabletop",
            planned_start=planned,
            planned_duration=timedelta(hours=2),
            scenario="CANARY-SCENARIO leak",
        ),
    )
    surprise = drills.create(
        office.admin,
        DrillInput(
            title="CANARY-SURPRISE",
            drill_type="surprise",
            planned_start=planned,
            planned_duration=timedelta(hours=1),
        ),
    )
    drills.add_action(
        office.admin,
        tabletop.id,
        title="CANARY-DRILL-ACTION",
        due_on=office.today + timedelta(days=20),
        owner_role="hr",
    )
    path = tmp_path / "drills.ics"
    kinds = _by_kind(_export(office, office.admin, path, zone="Europe/London"))
    data = path.read_bytes()
    for secret in ("CANARY-DRILL", "CANARY-SCENARIO", "CANARY-SURPRISE", surprise.code):
        assert secret.encode() not in data
    (drill,) = [e for e in kinds["drill"] if not str(e["UID"]).startswith("drill-action-")]
    assert str(drill["SUMMARY"]) == f"{tabletop.code} tabletop drill"
    assert drill["DTSTART"].params["TZID"] == "Europe/London"
    assert drill.decoded("DTSTART") == planned
    assert drill.decoded("DTEND").astimezone(UTC) == (planned + timedelta(hours=2)).astimezone(UTC)
    (action,) = [e for e in kinds["drill"] if str(e["UID"]).startswith("drill-action-")]
    assert str(action["SUMMARY"]) == f"{tabletop.code} corrective action"
    detail = json.loads(
        office.ws.db.query_value(
            "SELECT detail FROM audit_log WHERE action = 'calendar.exported' ORDER BY seq DESC LIMIT 1"
        )
    )
    assert (detail["drills"], detail["corrective_actions"]) == (1, 2)


def test_a_file_that_cannot_be_put_in_place_is_neither_left_nor_audited(
    office: Office, tmp_path: Path
) -> None:
    def exports() -> int:
        return office.ws.db.query_value("SELECT count(*) FROM audit_log WHERE action = 'calendar.exported'")

    before = exports()
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "team.ics"
    target.mkdir()  # the rename onto a folder fails after the calendar was written beside it
    with pytest.raises(DiskError):
        _export(office, office.counsellor, target)
    assert exports() == before
    assert [p.name for p in folder.iterdir()] == ["team.ics"]  # no hidden .part file beside it
    assert target.is_dir()
