"""The incident summary PDF from a real database, checked with qpdf and poppler.

The incident is built through the services with canary strings in every confidential field, so
that the board version can be searched for each of them; the figures the report prints are
computed here from the inputs (and the raw checklist table), not read back from the service.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.domain.clocks import DEFAULT_GRADE_TARGETS
from app.domain.grading import GradingInput
from app.domain.incidents import Impact, ImpactLevel, IncidentCategory, IncidentFacts, InformationSource
from app.domain.roles import Role
from app.services.errors import DiskError, InvalidInput, PermissionDenied
from app.services.notifications import NotificationInput
from app.services.people import EmergencyContactInput, PersonInput
from app.services.reports import REPORT_MIN_CELL_SIZE
from app.services.session import Session
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support import pdf_tools

CANARIES = {
    "title": "CANARY-TITLE Wang Wu distress",
    "place": "CANARY-PLACE floor 9",
    "cause": "CANARY-CAUSE argument with manager",
    "course": "CANARY-COURSE found in stairwell",
    "department": "CANARY-DEPT",
    "entry": "CANARY-ENTRY called the hotline",
    "step": "CANARY-STEP call his sister",
    "recipient": "CANARY-RECIPIENT Dr Chan",
    "recipient2": "CANARY-RECIPIENT2 Ms Lee",
    "name": "CANARY-NAME Zhang Sanfeng",
    "name2": "CANARY-NAME2 Li Si",
    "employee": "E55501",
    "employee2": "E55502",
    "phone": "+852 5555 0101",
    "email": "canary.person@example.org",
    "contact": "CANARY-CONTACT Mother",
    "note": "CANARY-NOTE cannot sleep since",
    "root": "CANARY-ROOT no night cover",
    "recovery": "CANARY-RECOVERY phased return",
    "effect": "CANARY-EFFECT improved",
    "lessons": "CANARY-LESSONS train night desk",
    "action": "CANARY-ACTION retrain the night desk",
    "action2": "CANARY-ACTION2 new rota",
    "source": "CANARY-SOURCE security guard",
}
IDENTITY_CANARIES = ("name", "name2", "employee", "employee2", "phone", "email", "contact")


@dataclass
class Case:
    ws: Workspace
    admin: Session
    counsellor: Session
    hr: Session
    incident_id: int
    code: str
    reported: datetime
    now: datetime


@pytest.fixture(autouse=True, scope="module")
def _tools() -> None:
    pdf_tools.require_tools()


@pytest.fixture
def case(workspace: Workspace) -> Case:
    admin = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
    for role, name in ((Role.COUNSELLOR, "coun"), (Role.HR_MANAGER, "hrm")):
        workspace.users.create(admin, name, role, f"{name}-password-1")
    counsellor = workspace.sign_in("coun", "coun-password-1")
    hr = workspace.sign_in("hrm", "hrm-password-1")
    now = datetime.now(UTC).replace(microsecond=0)
    r = now - timedelta(days=2)
    facts = IncidentFacts(
        title=CANARIES["title"],
        category=IncidentCategory.PRIVACY_LEAK,
        reported_at=r,
        occurred_at=r - timedelta(hours=1),
        place=CANARIES["place"],
        departments=(CANARIES["department"],),
        cause=CANARIES["cause"],
        course_of_events=CANARIES["course"],
        people_involved=3,
        impact=Impact(people=ImpactLevel.SERIOUS, reputation=ImpactLevel.MINOR, direct_loss=1234500),
        sources=(InformationSource(CANARIES["source"], verified=True), InformationSource("second")),
    )
    incidents = workspace.incidents
    incident = incidents.create(counsellor, facts, GradingInput(), now=r).incident
    iid = incident.id
    incidents.transition(counsellor, iid, "verified", now=r + timedelta(minutes=10))
    incidents.add_timeline_entry(
        counsellor, iid, CANARIES["entry"], department=CANARIES["department"], at=r + timedelta(minutes=15)
    )
    incidents.transition(counsellor, iid, "assessed", now=r + timedelta(minutes=20))
    incidents.transition(counsellor, iid, "responding", now=r + timedelta(minutes=40))
    step = incidents.add_checklist_step(
        counsellor, iid, CANARIES["step"], "counsellor", r + timedelta(hours=2), now=r + timedelta(minutes=45)
    )
    incidents.complete_checklist_step(counsellor, iid, step.id, now=r + timedelta(hours=1))
    first_plan_step = next(i for i in incidents.get(counsellor, iid).checklist if i.added_by is None)
    incidents.complete_checklist_step(counsellor, iid, first_plan_step.id, now=r + timedelta(hours=30))
    notes = workspace.notifications
    lead = notes.record(
        counsellor,
        iid,
        NotificationInput("crisis_lead", "phone", CANARIES["recipient"], r + timedelta(minutes=5)),
    )
    notes.acknowledge(counsellor, iid, lead.id, at=r + timedelta(minutes=30), now=r + timedelta(minutes=31))
    notes.record(
        counsellor, iid, NotificationInput("hr", "email", CANARIES["recipient2"], r + timedelta(minutes=50))
    )
    people = workspace.people
    first = people.link_person(
        counsellor,
        iid,
        PersonInput(
            full_name=CANARIES["name"],
            employee_number=CANARIES["employee"],
            phone=CANARIES["phone"],
            email=CANARIES["email"],
        ),
        linked_at=r + timedelta(minutes=20),
    )
    people.link_person(
        counsellor,
        iid,
        PersonInput(
            involvement="witness", full_name=CANARIES["name2"], employee_number=CANARIES["employee2"]
        ),
    )
    people.set_emergency_contacts(
        counsellor, first.id, [EmergencyContactInput(CANARIES["contact"], "+852 5555 0199")]
    )
    people.add_note(counsellor, first.id, CANARIES["note"])
    reviews = workspace.reviews
    reviews.save(
        counsellor,
        iid,
        root_cause=CANARIES["root"],
        recovery_plan=CANARIES["recovery"],
        effect_evaluation=CANARIES["effect"],
        lessons_learned=CANARIES["lessons"],
    )
    reviews.add_action(
        counsellor, iid, title=CANARIES["action"], due_on=(now - timedelta(days=1)).date(), owner_role="hr"
    )
    reviews.add_action(
        counsellor,
        iid,
        title=CANARIES["action2"],
        due_on=(now + timedelta(days=9)).date(),
        owner_role="crisis_lead",
    )
    breach = workspace.breach_clocks
    breach.add_rule_set(counsellor, iid, "gdpr")
    breach.record_event(counsellor, iid, "awareness", r + timedelta(hours=1))
    breach.record_notice(
        counsellor, iid, "gdpr.regulator", r + timedelta(hours=30), recipient=CANARIES["recipient"]
    )
    return Case(workspace, admin, counsellor, hr, iid, incident.code, r, now)


def _generate(case: Case, session: Session, out: Path, **options: object) -> Path:
    options.setdefault("now", case.now)
    case.ws.reports.incident_summary(session, case.code, out_path=out, **options)  # type: ignore[arg-type]
    return out


def _whole(out: Path) -> str:
    return pdf_tools.squashed("".join(pdf_tools.pages_text(out)))


def _checked(out: Path, tmp_path: Path) -> list[str]:
    """The checks every generated summary must pass; returns the pages' text."""
    pdf_tools.qpdf_check(out)
    pdf_tools.assert_fonts_embedded(out)
    pdf_tools.assert_nothing_outside_the_page(out, x_margin=50)
    pdf_tools.render_pages(out, tmp_path / f"pages-{out.stem}")
    return pdf_tools.pages_text(out)


def _checklist_figures(case: Case) -> tuple[int, int, int]:
    """Steps, steps done and steps done on time, from the raw table (not through the services)."""
    rows = case.ws.db.query(
        "SELECT due_at, done_at FROM incident_checklist WHERE incident_id = ?", (case.incident_id,)
    )
    done = [(datetime.fromisoformat(str(due)), datetime.fromisoformat(str(at))) for due, at in rows if at]
    return len(rows), len(done), sum(1 for due, at in done if at <= due)


def test_internal_summary_has_every_section_and_the_figures(case: Case, tmp_path: Path) -> None:
    out = _generate(case, case.counsellor, tmp_path / "internal.pdf", audience="internal")
    pages = _checked(out, tmp_path)
    whole = pdf_tools.squashed("".join(pages))
    for heading in (
        "Incidentsummary",
        "Overview",
        "Keytimesandtargets",
        "Timelinechart",
        "Factsandimpact",
        "Timelineofactions",
        "Checklistcompletion",
        "Notifications",
        "People",
        "Rootcause",
        "Recoveryplan",
        "Effectevaluation",
        "Lessonslearned",
        "Correctiveactions",
    ):
        assert heading in whole, heading
    assert case.code in whole
    for key in (
        "title",
        "place",
        "cause",
        "course",
        "entry",
        "step",
        "recipient",
        "root",
        "lessons",
        "action",
    ):
        assert pdf_tools.squashed(CANARIES[key]) in whole, key
    for key in (*IDENTITY_CANARIES, "note"):  # pseudonyms only; notes never printed
        assert pdf_tools.squashed(CANARIES[key]) not in whole, key
    total, done, on_time = _checklist_figures(case)
    assert total >= 3
    assert done == 2
    assert pdf_tools.squashed(f"{done} of {total} steps done, {on_time} of them on time.") in whole
    assert "Timetoacknowledge" in whole
    assert "25min" in whole
    grade = case.ws.db.query_value("SELECT grade FROM incidents WHERE id = ?", (case.incident_id,))
    target = DEFAULT_GRADE_TARGETS[grade].acknowledge
    ack_result = "met" if timedelta(minutes=10) <= target else "missed"
    acknowledged_at = f"{case.reported + timedelta(minutes=10):%Y-%m-%d %H:%M}"
    assert pdf_tools.squashed(f"Acknowledged {acknowledged_at}") in whole
    assert ack_result in whole
    assert "Breachnoticegdpr.regulator" in whole
    assert "12,345.00" in whole  # the direct loss, in cents
    assert "1of2verified" in whole
    assert "Peoplelinkedtotheincident:2" in whole
    pseudonyms = case.ws.db.query(
        "SELECT pseudonym FROM incident_people WHERE incident_id = ?", (case.incident_id,)
    )
    assert all(str(p) in whole for (p,) in pseudonyms)
    assert "overdue" in whole  # the action due yesterday
    for page in pages:
        assert "Confidential — EAP" in page
        assert case.code in page  # in the running header
        assert f"{case.now:%Y-%m-%d %H:%M}" in page  # the generation date in the footer


def test_board_summary_holds_no_confidential_content_and_suppresses_small_counts(
    case: Case, tmp_path: Path
) -> None:
    for session in (case.hr, case.admin):
        out = _generate(case, session, tmp_path / f"board-{session.username}.pdf", audience="board")
        pages = _checked(out, tmp_path)
        whole = pdf_tools.squashed("".join(pages))
        raw = out.read_bytes()
        for key, canary in CANARIES.items():
            assert pdf_tools.squashed(canary) not in whole, key
            assert canary.encode() not in raw, key
        pseudonyms = case.ws.db.query(
            "SELECT pseudonym FROM incident_people WHERE incident_id = ?", (case.incident_id,)
        )
        assert not any(str(p) in whole for (p,) in pseudonyms)
        assert case.code in whole
        assert "Peoplelinkedtotheincident:<5" in whole  # two people
        assert "Peopleinvolved(recorded)<5" in whole  # three recorded
        assert "<5" in whole
        assert "Countsofpeoplebelow5areshownas“<5”." in whole
        assert "Thereviewtextsarenotincludedinthede-identifiedversion." in whole
        assert "Timetoacknowledge" in whole
        assert "25min" in whole
        for page in pages:
            assert "Board — de-identified, no personal data" in page
            assert "Confidential" not in page
    assert _whole(tmp_path / "board-hrm.pdf") == _whole(tmp_path / "board-admin.pdf")


def test_the_minimum_cell_size_is_an_office_setting(case: Case, tmp_path: Path) -> None:
    case.ws.settings.set_value(case.admin, REPORT_MIN_CELL_SIZE, 2)
    whole = _whole(_generate(case, case.hr, tmp_path / "board.pdf", audience="board"))
    assert "Peoplelinkedtotheincident:2" in whole
    assert "Peopleinvolved(recorded)3" in whole
    assert "Countsofpeoplebelow2areshownas“<2”." in whole


def test_traditional_chinese_summary_on_letter(case: Case, tmp_path: Path) -> None:
    out = _generate(
        case, case.counsellor, tmp_path / "zh.pdf", audience="internal", language="zh_TW", paper="Letter"
    )
    pages = _checked(out, tmp_path)
    assert pdf_tools.page_size(out) == (612.0, 792.0)
    whole = pdf_tools.squashed("".join(pages))
    for heading in (
        "事件摘要報告",
        "概覽",
        "關鍵時間與目標",
        "處置時間線",
        "通知紀錄",
        "根本原因",
        "改進措施",
    ):
        assert heading in whole, heading
    assert case.code in whole
    assert "心理隱私泄露" in whole
    assert "透過多重管道" in whole  # the built-in first step, as stored
    for number, page in enumerate(pages, start=1):
        assert f"第 {number} 頁,共 {len(pages)} 頁" in page
        assert "機密 — 員工協助計劃" in page
    simplified = _whole(_generate(case, case.hr, tmp_path / "cn.pdf", audience="board", language="zh_CN"))
    assert "事件摘要报告" in simplified
    assert "心理隐私泄露" in simplified
    assert "通过多重管道" in simplified  # built-in step titles print in Simplified
    assert "透過多重管道" not in simplified


def test_a4_page_size_and_metadata_without_personal_data(case: Case, tmp_path: Path) -> None:
    out = _generate(case, case.counsellor, tmp_path / "a4.pdf", audience="internal")
    assert [round(v, 1) for v in pdf_tools.page_size(out)] == [595.3, 841.9]
    fields = pdf_tools.info(out)
    assert fields["Title"] == f"{case.code} — Incident summary"
    assert fields["Author"] == "EAP Crisis Desk"
    assert fields["CreationDate"]
    metadata = json.dumps(fields, ensure_ascii=False)
    for key, canary in CANARIES.items():
        assert canary not in metadata, key


def test_identities_only_when_asked_and_the_export_is_audited(case: Case, tmp_path: Path) -> None:
    out = _generate(case, case.counsellor, tmp_path / "named.pdf", audience="internal", identify_people=True)
    whole = _whole(out)
    for key in ("name", "name2", "employee", "employee2"):
        assert pdf_tools.squashed(CANARIES[key]) in whole, key
    assert pdf_tools.squashed(CANARIES["note"]) not in whole
    db = case.ws.db
    viewed = db.query_value(
        "SELECT count(*) FROM audit_log WHERE actor = 'coun' AND action = 'person.identity_viewed'"
    )
    assert viewed == 2
    action, entity, entity_id, detail = db.query(
        "SELECT action, entity, entity_id, detail FROM audit_log ORDER BY seq DESC LIMIT 1"
    )[0]
    assert (action, entity, entity_id) == ("report.exported", "incident", case.code)
    assert json.loads(detail) == {
        "report": "incident_summary",
        "audience": "internal",
        "paper": "A4",
        "language": "en",
        "identities": True,
        "to_file": True,
    }
    everything = json.dumps(db.query("SELECT * FROM audit_log"), default=str, ensure_ascii=False)
    for key, canary in CANARIES.items():
        assert canary not in everything, key
    with pytest.raises(InvalidInput, match="never names people"):
        case.ws.reports.incident_summary(case.admin, case.code, audience="board", identify_people=True)


def test_hr_manager_is_refused_the_internal_summary_and_the_refusal_is_audited(
    case: Case, tmp_path: Path
) -> None:
    out = tmp_path / "refused.pdf"
    with pytest.raises(PermissionDenied):
        case.ws.reports.incident_summary(case.hr, case.code, audience="internal", out_path=out)
    assert not out.exists()
    assert not list(tmp_path.rglob("*.pdf*"))
    newest = case.ws.db.query("SELECT actor, action, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    assert newest == ("hrm", "access.denied", "report.incident_internal")


def test_bytes_without_a_file_are_audited_too(case: Case) -> None:
    report = case.ws.reports.incident_summary(case.counsellor, case.incident_id, audience="board")
    assert report.pdf.startswith(b"%PDF-")
    assert report.path is None
    detail = case.ws.db.query_value("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert json.loads(detail)["to_file"] is False


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"audience": "public"}, "internal or board"),
        ({"audience": "board", "paper": "A5"}, "A4 or Letter"),
        ({"audience": "board", "language": "fr"}, "language"),
        ({"audience": "board", "time_zone": "Mars/Olympus"}, "time zone"),
    ],
)
def test_bad_options_are_refused(case: Case, options: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        case.ws.reports.incident_summary(case.counsellor, case.code, **options)  # type: ignore[arg-type]


def test_unknown_incident_is_refused(case: Case) -> None:
    with pytest.raises(InvalidInput):
        case.ws.reports.incident_summary(case.counsellor, "INC-1999-9999", audience="board")


def test_a_failed_write_leaves_nothing_behind(case: Case, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "taken"
    target.mkdir()  # a directory where the file should go: the rename fails
    (target / "keep").write_text("x")
    before = case.ws.db.query_value("SELECT count(*) FROM audit_log WHERE action = 'report.exported'")
    with pytest.raises(DiskError):
        case.ws.reports.incident_summary(case.counsellor, case.code, audience="board", out_path=target)
    assert sorted(os.listdir(folder)) == ["taken"]
    after = case.ws.db.query_value("SELECT count(*) FROM audit_log WHERE action = 'report.exported'")
    assert after == before
    with pytest.raises(InvalidInput, match="does not exist"):
        case.ws.reports.incident_summary(
            case.counsellor, case.code, audience="board", out_path=tmp_path / "missing" / "x.pdf"
        )


def test_time_zone_moves_the_printed_times(case: Case, tmp_path: Path) -> None:
    out = _generate(case, case.counsellor, tmp_path / "hk.pdf", audience="board", time_zone="Asia/Hong_Kong")
    whole = _whole(out)
    local = case.reported.astimezone(ZoneInfo("Asia/Hong_Kong"))
    assert pdf_tools.squashed(f"Reported {local:%Y-%m-%d %H:%M}") in whole
    assert "TimesinAsia/Hong_Kong" in whole


def test_a_saved_copy_and_a_print_are_audited_and_need_the_report_permission(
    case: Case, tmp_path: Path
) -> None:
    report = case.ws.reports.incident_summary(case.counsellor, case.code, audience="internal")
    target = tmp_path / "copy.pdf"
    reports = case.ws.reports
    assert (
        reports.save_copy(case.counsellor, "incident_summary_internal", case.code, report.pdf, target)
        == target
    )
    assert target.read_bytes() == report.pdf
    reports.record_printed(case.counsellor, "incident_summary_internal", case.code, 3)
    rows = case.ws.db.query(
        "SELECT actor, action, entity_id, detail FROM audit_log ORDER BY seq DESC LIMIT 2"
    )
    assert [(r[0], r[1], r[2], json.loads(r[3])["report"]) for r in rows] == [
        ("coun", "report.printed", case.code, "incident_summary_internal"),
        ("coun", "report.saved", case.code, "incident_summary_internal"),
    ]
    # an HR manager cannot launder the internal version through "save a copy"; nothing is written
    refused = tmp_path / "hr-copy.pdf"
    with pytest.raises(PermissionDenied):
        reports.save_copy(case.hr, "incident_summary_internal", case.code, report.pdf, refused)
    with pytest.raises(InvalidInput):
        reports.save_copy(case.counsellor, "incident_summary_internal", case.code, b"not a pdf", refused)
    with pytest.raises(InvalidInput):
        reports.save_copy(case.counsellor, "everything", case.code, report.pdf, refused)
    assert not refused.exists()
    assert sorted(p.name for p in tmp_path.glob("*.pdf*")) == ["copy.pdf"]
