"""``eapdesk report board`` end to end through child processes.

Exit statuses: 0 written, 2 usage error (a bad date, --from after --to, an existing file without
--force, a bad zone), 3 authentication failed. Every role may have the board report.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.services.workspace import Workspace
from tests.support import pdf_tools
from tests.support.cli_tools import eapdesk
from tests.support.store_tools import make_office

HR_PASSWORD = "hr-manager-pass-1"
COUNSELLOR_PASSWORD = "counsellor-pass-1"
TITLE = "CANARY-TITLE Chan Tai Man crisis"


@pytest.fixture(autouse=True, scope="module")
def _tools() -> None:
    pdf_tools.require_tools()


@pytest.fixture
def office(db_path: Path) -> Path:
    """A database with an HR manager, a counsellor and seven incidents in March 2026."""
    make_office(
        db_path,
        (("ka.ho", "hr_manager", HR_PASSWORD, ""), ("mei", "counsellor", COUNSELLOR_PASSWORD, "")),
    )
    with Workspace.open(db_path) as workspace:
        counsellor = workspace.sign_in("mei", COUNSELLOR_PASSWORD)
        for day in range(7):
            reported = datetime(2026, 3, 2 + 3 * day, 9, tzinfo=UTC)
            category = IncidentCategory.WORKPLACE_ACCIDENT if day < 5 else IncidentCategory.REPUTATION
            facts = IncidentFacts(title=f"{TITLE} {day}", category=category, reported_at=reported)
            workspace.incidents.create(counsellor, facts, GradingInput(), now=reported)
        workspace.sign_out(counsellor)
    return db_path


def board(db: Path, out: Path, *extra: str, user: str = "ka.ho", password: str = HR_PASSWORD):
    return eapdesk("report", "board", "--db", db, "--out", out, "--user", user, *extra, stdin=f"{password}\n")


def test_hr_manager_writes_the_board_report(office: Path, tmp_path: Path) -> None:
    out = tmp_path / "board.pdf"
    result = board(
        office,
        out,
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "--language",
        "zh_TW",
        "--paper",
        "Letter",
        "--zone",
        "Asia/Taipei",
    )
    assert result.status == 0, result.stderr
    assert "2026-03-01 to 2026-03-31" in result.stdout
    pdf_tools.qpdf_check(out)
    pdf_tools.assert_fonts_embedded(out)
    assert pdf_tools.page_size(out) == pytest.approx((612, 792), abs=1)
    flat = pdf_tools.squashed("\n".join(pdf_tools.pages_text(out)))
    assert "董事會報告" in flat
    assert "執行摘要" in flat
    assert "共上報7宗事件" in flat  # 7 incidents in March, counted in the test's own fixture
    assert "CANARY" not in flat
    pdf_tools.render_pages(out, tmp_path / "pages")


def test_existing_file_bad_dates_and_reversed_period_exit_2(office: Path, tmp_path: Path) -> None:
    out = tmp_path / "board.pdf"
    out.write_bytes(b"keep me")
    result = board(office, out, "--from", "2026-03-01", "--to", "2026-03-31")
    assert result.status == 2
    assert "already exists" in result.stderr
    assert out.read_bytes() == b"keep me"
    fresh = tmp_path / "fresh.pdf"
    for first, last in (("2026-02-30", "2026-03-31"), ("2026-03-01", "31/03/2026")):
        result = board(office, fresh, "--from", first, "--to", last)
        assert result.status == 2, result.stderr
        assert "is not a date" in result.stderr, result.stderr
    result = board(office, fresh, "--from", "2026-04-01", "--to", "2026-03-01")
    assert result.status == 2
    assert "--to is before --from" in result.stderr
    result = board(office, fresh, "--from", "2026-03-01", "--to", "2026-03-31", "--zone", "Mars/Olympus")
    assert result.status == 2
    assert "time zone" in result.stderr
    assert not fresh.exists()
    result = board(office, out, "--from", "2026-03-01", "--to", "2026-03-31", "--force")
    assert result.status == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_wrong_password_exits_3_and_writes_nothing(office: Path, tmp_path: Path) -> None:
    out = tmp_path / "board.pdf"
    result = board(office, out, "--from", "2026-03-01", "--to", "2026-03-31", password="wrong-password-1")
    assert result.status == 3, result.stderr
    assert not out.exists()
    assert not list(tmp_path.glob(".board.pdf.*"))


def test_counsellor_letter_english_period_across_midnight(office: Path, tmp_path: Path) -> None:
    out = tmp_path / "q1.pdf"
    # incidents on 2, 5, 8, 11, 14, 17 and 20 March: six of them from 1 to 19 March
    result = board(
        office, out, "--from", "2026-03-01", "--to", "2026-03-19", user="mei", password=COUNSELLOR_PASSWORD
    )
    assert result.status == 0, result.stderr
    flat = pdf_tools.squashed("\n".join(pdf_tools.pages_text(out)))
    assert pdf_tools.squashed("6 incidents were reported between 1 March 2026 and 19 March 2026") in flat
    assert "CANARY" not in flat
