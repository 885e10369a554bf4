"""``eapdesk export hours`` end to end through child processes.

Exit statuses: 0 exported, 2 usage error, bad input or an existing file without --force,
3 authentication failed. HR pays the allowances, so hr_manager may export (ONCALL_HOURS_EXPORT
is granted to every role in the access matrix); the file never carries contact numbers.
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support.store_tools import make_office

HR_USER, HR_PASSWORD = "ka.ho", "hr-manager-pass-1"
LONDON = ZoneInfo("Europe/London")
ANCHOR = date(2026, 3, 2)  # a Monday; British Summer Time starts on Sunday 29 March 2026
NUMBER = "+44 7700 900321"


@pytest.fixture
def office(db_path: Path) -> Path:
    """Alice and Bob take turns as crisis lead, weekly from Monday 2 March 2026 09:00 London time."""
    make_office(db_path, ((HR_USER, "hr_manager", HR_PASSWORD, ""),))
    with Workspace.open(db_path) as workspace:
        admin = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
        oncall = workspace.oncall
        alice = oncall.add_member(
            admin, display_name="Alice", roles=["crisis_lead"], contact_numbers=[NUMBER]
        )
        bob = oncall.add_member(admin, display_name="Bob", roles=["crisis_lead"])
        oncall.add_rotation(
            admin, role="crisis_lead", handover="weekly", weekday=0, member_ids=[alice.id, bob.id],
            anchor=ANCHOR, handover_time=time(9), time_zone="Europe/London",
        )  # fmt: skip
        workspace.sign_out(admin)
    return db_path


def expected_hours() -> dict[tuple[str, str], float]:
    """Hours per (person, month) for March and April 2026 in London, counted here from the wall clock."""
    months = {
        "2026-03": (datetime(2026, 3, 1, tzinfo=LONDON), datetime(2026, 4, 1, tzinfo=LONDON)),
        "2026-04": (datetime(2026, 4, 1, tzinfo=LONDON), datetime(2026, 5, 1, tzinfo=LONDON)),
    }
    totals: dict[tuple[str, str], float] = {}
    for week in range(10):
        start = datetime.combine(ANCHOR + timedelta(weeks=week), time(9), LONDON).astimezone(UTC)
        end = datetime.combine(ANCHOR + timedelta(weeks=week + 1), time(9), LONDON).astimezone(UTC)
        person = "Alice" if week % 2 == 0 else "Bob"
        for month, (low, high) in months.items():
            overlap = min(end, high.astimezone(UTC)) - max(start, low.astimezone(UTC))
            if overlap > timedelta(0):
                totals[(person, month)] = totals.get((person, month), 0.0) + overlap.total_seconds() / 3600
    return totals


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _export(cli: type, db: Path, out: Path, *extra: str, user: str = ADMIN, password: str = ADMIN_PASSWORD):
    return cli.run(  # type: ignore[attr-defined]
        "export", "hours", "--db", db, "--out", out, "--from", "2026-03", "--to", "2026-04",
        "--tz", "Europe/London", "--user", user, *extra, stdin=f"{password}\n",
    )  # fmt: skip


def test_csv_has_the_hours_counted_across_the_clock_change(office: Path, tmp_path: Path, cli: type) -> None:
    out = tmp_path / "hours.csv"
    result = _export(cli, office, out)
    assert result.status == 0, result
    rows = _read(out)
    assert list(rows[0]) == ["Person", "Role", "Month", "Hours"]
    got = {(r["Person"], r["Month"]): float(r["Hours"]) for r in rows}
    expected = expected_hours()
    assert got.keys() == expected.keys()
    for key, hours in expected.items():
        assert got[key] == pytest.approx(hours, abs=0.01), key
    assert {r["Role"] for r in rows} == {"Crisis lead"}
    # March: cover from 2 March 09:00 to the month's end, one hour short for the spring-forward.
    assert got[("Alice", "2026-03")] + got[("Bob", "2026-03")] == pytest.approx(29 * 24 + 15 - 1)
    assert f"Exported {len(rows)} rows of on-call hours (2026-03 to 2026-04, Europe/London)" in result.stdout
    assert NUMBER not in out.read_text(encoding="utf-8-sig")


def test_hr_manager_may_export_but_a_wrong_password_may_not(office: Path, tmp_path: Path, cli: type) -> None:
    out = tmp_path / "hr.csv"
    result = _export(cli, office, out, user=HR_USER, password=HR_PASSWORD)
    assert result.status == 0, result
    assert {(r["Person"], r["Month"]) for r in _read(out)} == expected_hours().keys()
    assert NUMBER not in out.read_text(encoding="utf-8-sig")

    denied = _export(cli, office, tmp_path / "denied.csv", user=HR_USER, password="not-the-password")
    assert denied.status == 3
    assert not (tmp_path / "denied.csv").exists()


def test_an_existing_file_is_refused_without_force(office: Path, tmp_path: Path, cli: type) -> None:
    out = tmp_path / "hours.csv"
    out.write_text("keep me", encoding="utf-8")
    refused = _export(cli, office, out)
    assert refused.status == 2
    assert "already exists" in refused.stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    forced = _export(cli, office, out, "--force")
    assert forced.status == 0, forced
    assert len(_read(out)) == len(expected_hours())


def test_bad_months_and_zones_are_usage_errors(office: Path, tmp_path: Path, cli: type) -> None:
    out = tmp_path / "bad.csv"
    bad_month = cli.run(  # type: ignore[attr-defined]
        "export", "hours", "--db", office, "--out", out, "--from", "2026-13", "--to", "2026-04",
        "--user", ADMIN, stdin=f"{ADMIN_PASSWORD}\n",
    )  # fmt: skip
    assert bad_month.status == 2
    assert "not a month" in bad_month.stderr
    bad_zone = _export(cli, office, out, "--tz", "Mars/Olympus")
    assert bad_zone.status == 2
    assert not out.exists()
