"""``eapdesk export ics`` end to end through child processes.

Exit statuses: 0 exported, 2 usage error, bad input or an existing file without --force,
3 authentication failed.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest

from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support.cli_tools import eapdesk
from tests.support.store_tools import make_office

HR_PASSWORD = "hr-manager-pass-1"
TODAY = datetime.now(UTC).date()


@pytest.fixture(autouse=True)
def _today_at_test_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite runs for twenty minutes and may cross midnight: each test takes its own 'today'."""
    monkeypatch.setattr(sys.modules[__name__], "TODAY", datetime.now(UTC).date())


NUMBER = "+44 7700 900321"


@pytest.fixture
def office(db_path: Path) -> tuple[Path, int, int]:
    """A database with a weekly crisis-lead rota of two members, made in this process."""
    make_office(db_path, (("ka.ho", "hr_manager", HR_PASSWORD, ""),))
    with Workspace.open(db_path) as workspace:
        admin = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
        oncall = workspace.oncall
        alice = oncall.add_member(
            admin, display_name="Alice", roles=["crisis_lead"], contact_numbers=[NUMBER]
        ).id
        bob = oncall.add_member(admin, display_name="Bob", roles=["crisis_lead"]).id
        oncall.add_rotation(
            admin, role="crisis_lead", handover="weekly", weekday=0, member_ids=[alice, bob],
            anchor=TODAY - timedelta(days=30), handover_time=time(9), time_zone="Europe/London",
        )  # fmt: skip
        workspace.sign_out(admin)
    return db_path, alice, bob


def export_ics(db: Path, out: Path, *extra: str | Path, user: str = ADMIN, password: str = ADMIN_PASSWORD):
    return eapdesk("export", "ics", "--db", db, "--out", out, "--user", user, *extra, stdin=f"{password}\n")


def _events(path: Path) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_export_the_team_calendar_then_re_export_with_force(
    office: tuple[Path, int, int], tmp_path: Path
) -> None:
    db, _alice, _bob = office
    out = tmp_path / "team.ics"
    result = export_ics(db, out)
    assert result.status == 0, result
    events = _events(out)
    assert 12 <= len(events) <= 15  # a week each over the default 90 days
    assert f"Exported {len(events)} events ({TODAY.isoformat()} to " in result.stdout
    assert {str(e["SUMMARY"]) for e in events} == {
        "On call: Crisis lead – Alice",
        "On call: Crisis lead – Bob",
    }
    assert NUMBER.encode() not in out.read_bytes()
    uids = [str(e["UID"]) for e in events]

    refused = export_ics(db, out)
    assert refused.status == 2
    assert "already exists" in refused.stderr
    again = export_ics(db, out, "--force")
    assert again.status == 0, again
    assert [str(e["UID"]) for e in _events(out)] == uids


def test_one_members_calendar_over_chosen_days(office: tuple[Path, int, int], tmp_path: Path) -> None:
    db, alice, _bob = office
    out = tmp_path / "alice.ics"
    start, end = TODAY + timedelta(days=7), TODAY + timedelta(days=62)
    result = export_ics(
        db, out, "--member", str(alice), "--from", start.isoformat(), "--to", end.isoformat(),
        "--zone", "Europe/London", user="ka.ho", password=HR_PASSWORD,
    )  # fmt: skip
    assert result.status == 0, result
    events = _events(out)
    assert {str(e["SUMMARY"]) for e in events} == {"On call: Crisis lead"}
    assert 3 <= len(events) <= 5  # every other week of eight
    for event in events:
        assert event["DTSTART"].params["TZID"] == "Europe/London"
        assert event.decoded("DTEND") >= datetime.combine(start, time(0), UTC) - timedelta(days=1)
        assert event.decoded("DTSTART").date() <= end


@pytest.mark.parametrize(
    ("extra", "status", "message"),
    [
        (("--from", "2026-02-30"), 2, "is not a date"),
        (("--from", "2026-05-02", "--to", "2026-05-01"), 2, "end: cannot be before the first day"),
        (("--zone", "Nowhere/Land"), 2, "zone: must be an IANA time zone"),
        (("--member", "999"), 2, "does not exist"),
    ],
)
def test_bad_requests_are_refused(
    office: tuple[Path, int, int], tmp_path: Path, extra: tuple[str, ...], status: int, message: str
) -> None:
    db, _alice, _bob = office
    out = tmp_path / "bad.ics"
    result = export_ics(db, out, *extra)
    assert result.status == status, result
    assert message in result.stderr
    assert not out.exists()


def test_a_wrong_password_exports_nothing(office: tuple[Path, int, int], tmp_path: Path) -> None:
    db, _alice, _bob = office
    out = tmp_path / "never.ics"
    result = export_ics(db, out, password="wrong-password-1")
    assert result.status == 3
    assert not out.exists()
