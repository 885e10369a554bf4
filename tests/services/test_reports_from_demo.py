"""Every report generated from the demo database, checked with real PDF tools.

The demo is the richest data the product knows (bilingual people, notes, contacts, screenings,
a year of drills, a risk register): the board versions must hold none of its names, employee
numbers, contact details or note text, whoever asks; the figures must be the ones counted here
straight from the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.services.demo import DEMO_ACCOUNTS, create_demo_database
from app.services.session import Session
from app.services.workspace import Workspace
from app.storage.keys import KeyMode
from tests.support import pdf_tools

PASSPHRASE = "reports-from-demo-passphrase"
LEAD, COUNSELLOR, HR = DEMO_ACCOUNTS


@pytest.fixture(autouse=True, scope="module")
def _tools() -> None:
    pdf_tools.require_tools()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    created, _accounts = create_demo_database(path, key_mode=KeyMode.PASSPHRASE, passphrase=PASSPHRASE)
    yield created.workspace
    created.workspace.close()


def _confidential(ws: Workspace) -> set[str]:
    """What no board document may contain: read straight from the tables, not through our services."""
    rows = [
        *ws.db.query("SELECT full_name, employee_number FROM incident_people"),
        *ws.db.query("SELECT name, phone FROM person_emergency_contacts"),
        *ws.db.query("SELECT text FROM person_notes"),
        *ws.db.query("SELECT title FROM incidents"),
        *ws.db.query("SELECT display_name FROM users"),
    ]
    values = {pdf_tools.squashed(str(v)) for row in rows for v in row if v}
    return {v for v in values if len(v) >= 5}  # short fragments ("HR", a grade) are not identifying


def _text(out: Path) -> str:
    return pdf_tools.squashed("".join(pdf_tools.pages_text(out)))


def _checked(out: Path) -> str:
    pdf_tools.qpdf_check(out)
    pdf_tools.assert_fonts_embedded(out)
    return _text(out)


def _sign_in(ws: Workspace, account: object) -> Session:
    return ws.sign_in(account.username, account.password)  # type: ignore[attr-defined]


def test_board_summaries_of_demo_incidents_hold_nothing_confidential(demo: Workspace, tmp_path: Path) -> None:
    secrets = _confidential(demo)
    assert len(secrets) > 100  # the demo really has people, notes and contacts to leak
    hr = _sign_in(demo, HR)
    with_people = [
        code
        for (code,) in demo.db.query(
            "SELECT i.code FROM incidents i JOIN incident_people p ON p.incident_id = i.id "
            "GROUP BY i.id ORDER BY count(*) DESC, i.id LIMIT 6"
        )
    ]
    assert len(with_people) == 6
    for number, code in enumerate(with_people):
        language = ("en", "zh_TW", "zh_CN")[number % 3]
        out = tmp_path / f"{code}.pdf"
        demo.reports.incident_summary(hr, code, audience="board", language=language, out_path=out)
        text = _checked(out)
        assert code in text
        leaked = sorted(s for s in secrets if s in text)
        assert leaked == [], f"{code} ({language}) prints {leaked[:3]}"


def test_internal_summary_names_people_only_when_asked(demo: Workspace, tmp_path: Path) -> None:
    lead = _sign_in(demo, LEAD)
    code, name = demo.db.query(
        "SELECT i.code, p.full_name FROM incidents i JOIN incident_people p ON p.incident_id = i.id "
        "WHERE p.full_name <> '' ORDER BY i.id LIMIT 1"
    )[0]
    plain, named = tmp_path / "plain.pdf", tmp_path / "named.pdf"
    demo.reports.incident_summary(lead, code, audience="internal", out_path=plain)
    demo.reports.incident_summary(lead, code, audience="internal", out_path=named, identify_people=True)
    assert pdf_tools.squashed(name) not in _checked(plain)
    assert pdf_tools.squashed(name) in _checked(named)


def test_board_report_of_the_demo_year_counts_what_the_file_holds(demo: Workspace, tmp_path: Path) -> None:
    hr = _sign_in(demo, HR)
    end = datetime.now(UTC).date()
    start = end - timedelta(days=364)
    low = datetime.combine(start, datetime.min.time(), UTC)
    high = datetime.combine(end + timedelta(days=1), datetime.min.time(), UTC)
    counted = sum(
        low <= datetime.fromisoformat(at) < high
        for at, drill, test in demo.db.query("SELECT reported_at, is_drill, is_test FROM incidents")
        if not drill and not test
    )
    assert counted >= 5  # enough that the headline count is printed, not suppressed
    out = tmp_path / "board.pdf"
    report = demo.board_report.generate(hr, start, end, out_path=out)
    assert (report.start, report.end) == (start, end)
    text = _checked(out)
    assert pdf_tools.squashed(f"{counted} incidents were reported between") in text
    leaked = sorted(s for s in _confidential(demo) if s in text)
    assert leaked == []
    assert len(pdf_tools.render_pages(out, tmp_path / "pages")) == int(pdf_tools.info(out)["Pages"])


def test_after_action_reports_of_the_demo_drills_name_no_one(demo: Workspace, tmp_path: Path) -> None:
    counsellor = _sign_in(demo, COUNSELLOR)
    labels = {
        pdf_tools.squashed(name)
        for (name,) in demo.db.query("SELECT label FROM drill_participants WHERE label <> ''")
        if len(pdf_tools.squashed(name)) >= 5
    }
    done = [
        item
        for item in demo.drills.drills_between(
            counsellor,
            datetime.combine(date.today() - timedelta(days=400), datetime.min.time(), UTC),
            datetime.now(UTC),
        )
        if item.status.value == "done"
    ]
    assert len(done) >= 5
    for item in done[:4]:
        out = tmp_path / f"{item.code}.pdf"
        demo.drill_report.generate(counsellor, item.id, out_path=out)
        text = _checked(out)
        assert item.code in text
        assert sorted(label for label in labels if label in text) == []
