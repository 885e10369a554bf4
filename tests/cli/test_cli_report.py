"""``eapdesk report incident`` end to end through child processes.

Exit statuses: 0 written, 2 usage error, bad input or an existing file without --force,
3 authentication failed or the role may not have this version (refusal audited).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.services.people import PersonInput
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support import pdf_tools
from tests.support.cli_tools import eapdesk
from tests.support.store_tools import make_office

HR_PASSWORD = "hr-manager-pass-1"
COUNSELLOR_PASSWORD = "counsellor-pass-1"
NAME = "CANARY-NAME Chan Tai Man"
TITLE = "CANARY-TITLE Chan Tai Man crisis"


@pytest.fixture(autouse=True, scope="module")
def _tools() -> None:
    pdf_tools.require_tools()


@pytest.fixture
def office(db_path: Path) -> tuple[Path, str]:
    """A database with a counsellor, an HR manager and one incident with a person, made in this process."""
    make_office(
        db_path,
        (("ka.ho", "hr_manager", HR_PASSWORD, ""), ("mei", "counsellor", COUNSELLOR_PASSWORD, "")),
    )
    with Workspace.open(db_path) as workspace:
        counsellor = workspace.sign_in("mei", COUNSELLOR_PASSWORD)
        facts = IncidentFacts(
            title=TITLE,
            category=IncidentCategory.WORKPLACE_ACCIDENT,
            reported_at=datetime.now(UTC) - timedelta(hours=3),
        )
        incident = workspace.incidents.create(counsellor, facts, GradingInput()).incident
        workspace.people.link_person(
            counsellor, incident.id, PersonInput(full_name=NAME, employee_number="E7001")
        )
        workspace.sign_out(counsellor)
    return db_path, incident.code


def report(db: Path, code: str, out: Path, *extra: str, user: str, password: str):
    return eapdesk(
        "report", "incident", code, "--db", db, "--out", out, "--user", user, *extra, stdin=f"{password}\n"
    )


def _audit(db: Path) -> list[tuple[str, str, str, str]]:
    with Workspace.open(db) as workspace:
        return [
            tuple(map(str, row))
            for row in workspace.db.query(
                "SELECT actor, action, entity_id, detail FROM audit_log ORDER BY seq"
            )
        ]


def test_counsellor_writes_the_internal_summary(office: tuple[Path, str], tmp_path: Path) -> None:
    db, code = office
    out = tmp_path / "internal.pdf"
    result = report(db, code, out, "--audience", "internal", user="mei", password=COUNSELLOR_PASSWORD)
    assert result.status == 0, result
    assert f"Wrote the internal summary of {code} to {out}." in result.stdout
    pdf_tools.qpdf_check(out)
    pdf_tools.assert_fonts_embedded(out)
    text = pdf_tools.squashed("".join(pdf_tools.pages_text(out)))
    assert code in text
    assert pdf_tools.squashed(TITLE) in text
    assert pdf_tools.squashed(NAME) not in text  # pseudonyms unless --identify-people
    assert ("mei", "report.exported", code) in {row[:3] for row in _audit(db)}

    refused = report(db, code, out, "--audience", "internal", user="mei", password=COUNSELLOR_PASSWORD)
    assert refused.status == 2
    assert "already exists" in refused.stderr
    named = report(
        db, code, out, "--audience", "internal", "--identify-people", "--force", "--paper", "Letter",
        user="mei", password=COUNSELLOR_PASSWORD,
    )  # fmt: skip
    assert named.status == 0, named
    assert pdf_tools.squashed(NAME) in pdf_tools.squashed("".join(pdf_tools.pages_text(out)))
    assert pdf_tools.page_size(out) == (612.0, 792.0)


def test_hr_manager_is_refused_the_internal_version_with_status_3_and_it_is_audited(
    office: tuple[Path, str], tmp_path: Path
) -> None:
    db, code = office
    out = tmp_path / "internal.pdf"
    result = report(db, code, out, "--audience", "internal", user="ka.ho", password=HR_PASSWORD)
    assert result.status == 3, result
    assert "report.incident_internal" in result.stderr
    assert not out.exists()
    assert not list(tmp_path.glob("*.part"))
    assert ("ka.ho", "access.denied", "report.incident_internal") in {row[:3] for row in _audit(db)}


def test_hr_manager_may_have_the_board_version_in_chinese(office: tuple[Path, str], tmp_path: Path) -> None:
    db, code = office
    out = tmp_path / "board.pdf"
    result = report(
        db, code, out, "--audience", "board", "--language", "zh_TW", user="ka.ho", password=HR_PASSWORD
    )
    assert result.status == 0, result
    pdf_tools.qpdf_check(out)
    pdf_tools.assert_fonts_embedded(out)
    text = pdf_tools.squashed("".join(pdf_tools.pages_text(out)))
    assert code in text
    assert "事件摘要報告" in text
    assert "<5" in text
    assert "CANARY" not in text
    assert b"CANARY" not in out.read_bytes()
    detail = next(row[3] for row in _audit(db) if row[:2] == ("ka.ho", "report.exported"))
    assert '"audience": "board"' in detail
    assert "CANARY" not in detail


@pytest.mark.parametrize(
    ("extra", "status", "message"),
    [
        (("--audience", "everyone"), 2, "invalid choice"),
        (("--audience", "board", "--paper", "A5"), 2, "invalid choice"),
        (("--audience", "board", "--zone", "Mars/Olympus"), 2, "time zone"),
        (("--audience", "board", "--identify-people"), 2, "never names people"),
    ],
)
def test_usage_errors_exit_2(
    office: tuple[Path, str], tmp_path: Path, extra: tuple[str, ...], status: int, message: str
) -> None:
    db, code = office
    result = report(db, code, tmp_path / "x.pdf", *extra, user=ADMIN, password=ADMIN_PASSWORD)
    assert result.status == status, result
    assert message in result.stderr


def test_unknown_incident_exits_2_and_wrong_password_exits_3(
    office: tuple[Path, str], tmp_path: Path
) -> None:
    db, _code = office
    missing = report(
        db, "INC-1999-0001", tmp_path / "x.pdf", "--audience", "board", user=ADMIN, password=ADMIN_PASSWORD
    )
    assert missing.status == 2, missing
    wrong = report(
        db, _code, tmp_path / "x.pdf", "--audience", "board", user=ADMIN, password="not-the-password"
    )
    assert wrong.status == 3, wrong
    assert not (tmp_path / "x.pdf").exists()
