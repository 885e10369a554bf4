"""``eapdesk report drill`` end to end through child processes.

Exit statuses: 0 written, 2 an unknown drill or an existing file without --force, 3 authentication
failed or a surprise drill a non-admin may not see yet (it does not exist for them: 2).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.crisis_roles import CrisisRole
from app.domain.drills import DrillInput, DrillStatus, DrillType, Participant
from app.domain.grading import Grade
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support import pdf_tools
from tests.support.cli_tools import eapdesk
from tests.support.store_tools import make_office

HR_PASSWORD = "hr-manager-pass-1"
LABEL = "CANARY-LABEL Chan Tai-man"


@pytest.fixture(autouse=True, scope="module")
def _tools() -> None:
    pdf_tools.require_tools()


@pytest.fixture
def office(db_path: Path) -> tuple[Path, str, str]:
    """A held drill (lead acknowledged in 6 minutes) and a surprise drill planned for next week."""
    make_office(db_path, (("ka.ho", "hr_manager", HR_PASSWORD, ""),))
    with Workspace.open(db_path) as workspace:
        admin = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
        drills = workspace.drills
        start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
        held = drills.create(
            admin,
            DrillInput(
                title="Night-desk call tree",
                drill_type=DrillType.SIMULATION,
                planned_start=start,
                planned_duration=timedelta(hours=1),
                scenario_grade=Grade.I,
                participants=(Participant(role=CrisisRole.CRISIS_LEAD, department="EAP", name=LABEL),),
            ),
            now=start - timedelta(days=7),
        )
        drills.transition(admin, held.id, DrillStatus.IN_PROGRESS, now=start)
        drills.record_notifications(admin, held.id, at=start, now=start)
        lead = drills.get(admin, held.id).participants[0]
        drills.stamp_acknowledged(
            admin, held.id, lead.id, start + timedelta(minutes=6), now=start + timedelta(minutes=6)
        )
        drills.transition(admin, held.id, DrillStatus.DONE, now=start + timedelta(minutes=50))
        surprise = drills.create(
            admin,
            DrillInput(
                title="Unannounced call-out",
                drill_type=DrillType.SURPRISE,
                planned_start=start + timedelta(days=9),
                planned_duration=timedelta(hours=1),
            ),
        )
        workspace.sign_out(admin)
    return db_path, held.code, surprise.code


def report(db: Path, code: str, out: Path, *extra: str, user: str = ADMIN, password: str = ADMIN_PASSWORD):
    return eapdesk(
        "report", "drill", code, "--db", db, "--out", out, "--user", user, *extra, stdin=f"{password}\n"
    )


def test_writes_the_after_action_report_without_names(office: tuple[Path, str, str], tmp_path: Path) -> None:
    db, code, _surprise = office
    out = tmp_path / "aar.pdf"
    result = report(
        db, code, out, "--language", "zh_TW", "--paper", "Letter", user="ka.ho", password=HR_PASSWORD
    )
    assert result.status == 0, result.stderr
    assert f"Wrote the after-action report of {code}" in result.stdout
    pdf_tools.qpdf_check(out)
    text = pdf_tools.squashed("".join(pdf_tools.pages_text(out)))
    assert code in text
    assert "6分鐘" in text  # the lead's time to acknowledge, in Traditional Chinese
    assert pdf_tools.squashed(LABEL) not in text
    assert report(db, code, out).status == 2  # the file exists: refused without --force
    assert report(db, code, out, "--force").status == 0


def test_unknown_hidden_and_wrong_password(office: tuple[Path, str, str], tmp_path: Path) -> None:
    db, code, surprise = office
    out = tmp_path / "x.pdf"
    assert report(db, "DR-1999-999", out).status == 2
    hidden = report(db, surprise, out, user="ka.ho", password=HR_PASSWORD)
    assert hidden.status == 2  # an unstarted surprise drill does not exist for an HR manager
    assert not out.exists()
    assert report(db, code, out, password="wrong-password-1").status == 3
    assert not out.exists()
