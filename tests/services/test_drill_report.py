"""The drill after-action report PDF from a real database, checked with qpdf and poppler.

The drill is built through the services: participants notified and acknowledged at known times
(one carrying a canary label that must never be printed), objectives rated, findings with
corrective actions (one overdue), a linked risk. The times to acknowledge and their verdicts are
computed here from the inputs and the default targets, not read back from the service.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.clocks import DEFAULT_GRADE_TARGETS
from app.domain.drills import DrillInput, DrillType, Participant
from app.domain.risk_input import RiskInput
from app.domain.roles import Role
from app.services.errors import DiskError, InvalidInput
from app.services.session import Session
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support import pdf_tools

NOW = datetime.now(UTC).replace(microsecond=0)
T0 = NOW - timedelta(hours=3)
ALERT = T0 + timedelta(minutes=1)
LABELS = ("CANARY-LABEL Chan", "CANARY-LABEL2 Wong Siu-ming")
FINDING = "CANARY-FINDING HR desk was not reached by phone"
FINDING2 = "Call tree out of date for the night shift"
FINDING3 = "Pager battery flat"
ACTION = "CANARY-ACTION update the call tree"
ACTION2 = "Replace pager batteries monthly"
RISK_TITLE = "Night-time crisis cover not reachable"
# minutes (and seconds) from the alert to each participant's acknowledgement; None: never acknowledged
ACKS = (timedelta(minutes=4), timedelta(minutes=9, seconds=30), timedelta(minutes=25))
GRADE = "I"


@dataclass
class Drill:
    ws: Workspace
    admin: Session
    counsellor: Session
    hr: Session
    drill_id: int
    code: str


@pytest.fixture(autouse=True, scope="module")
def _tools() -> None:
    pdf_tools.require_tools()


def _input(**changes: object) -> DrillInput:
    values: dict[str, object] = {
        "title": "Quarterly call-tree simulation",
        "drill_type": DrillType.SIMULATION,
        "planned_start": T0,
        "planned_duration": timedelta(hours=2),
        "scenario": "A staff member in distress calls the hotline at 02:00; the night desk escalates.",
        "scenario_category": "psychological_crisis",
        "scenario_grade": GRADE,
        "key_roles": {"crisis_lead", "counsellor"},
        "objectives": ("Crisis lead reached within 15 minutes", "Call tree complete within an hour"),
        "participants": (
            Participant(role="crisis_lead", department="EAP", name=LABELS[0]),
            Participant(role="counsellor", department="EAP", name=LABELS[1]),
            Participant(role="hr", department="Human resources"),
        ),
    }
    values.update(changes)
    return DrillInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def drill(workspace: Workspace) -> Drill:
    admin = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
    for role, name in ((Role.COUNSELLOR, "coun"), (Role.HR_MANAGER, "hrm")):
        workspace.users.create(admin, name, role, f"{name}-password-1")
    counsellor = workspace.sign_in("coun", "coun-password-1")
    hr = workspace.sign_in("hrm", "hrm-password-1")
    drills = workspace.drills
    created = drills.create(counsellor, _input(), now=NOW)
    drills.transition(counsellor, created.id, "in_progress", at=T0, now=NOW)
    view = drills.record_notifications(counsellor, created.id, at=ALERT, now=NOW)
    for participant, after in zip(view.participants, ACKS, strict=True):
        drills.stamp_acknowledged(counsellor, created.id, participant.id, ALERT + after, now=NOW)
    drills.transition(counsellor, created.id, "done", at=T0 + timedelta(hours=1), now=NOW)
    first = drills.add_finding(
        counsellor, created.id, severity="high", area="communication", text=FINDING, now=NOW
    )
    second = drills.add_finding(
        counsellor, created.id, severity="medium", area="process", text=FINDING2, now=NOW
    )
    third = drills.add_finding(counsellor, created.id, severity="low", area="tools", text=FINDING3, now=NOW)
    drills.add_action(
        counsellor,
        created.id,
        title=ACTION,
        due_on=NOW.date() - timedelta(days=2),
        owner_role="hr",
        finding_id=first.id,
    )
    done = drills.add_action(
        counsellor,
        created.id,
        title=ACTION2,
        due_on=NOW.date() + timedelta(days=30),
        owner_role="crisis_lead",
        finding_id=third.id,
    )
    drills.set_action_status(counsellor, done.id, "done")
    del second  # a finding without a corrective action yet: stays open
    drills.rate(counsellor, created.id, ["met", "partly_met"], now=NOW)
    risk = workspace.risks.create(
        counsellor,
        RiskInput(title=RISK_TITLE, source="cyber_attack", owner_role="crisis_lead", likelihood=4, impact=4),  # type: ignore[arg-type]
    ).risk
    drills.link_risk(counsellor, created.id, risk.id)
    return Drill(workspace, admin, counsellor, hr, created.id, created.code)


def _generate(drill: Drill, session: Session, out: Path, **options: object) -> Path:
    options.setdefault("now", NOW)
    report = drill.ws.drill_report.generate(session, drill.code, out_path=out, **options)  # type: ignore[arg-type]
    assert report.path == out
    assert report.drill_code == drill.code
    assert out.read_bytes() == report.pdf
    return out


def _checked(out: Path, tmp_path: Path) -> list[str]:
    """The checks every generated report must pass; returns the pages' text."""
    pdf_tools.qpdf_check(out)
    pdf_tools.assert_fonts_embedded(out)
    pdf_tools.assert_nothing_outside_the_page(out, x_margin=50)
    pdf_tools.render_pages(out, tmp_path / f"pages-{out.stem}")
    return pdf_tools.pages_text(out)


def _minutes(span: timedelta) -> str:
    """The way the report prints a span under two hours, written out independently."""
    minutes, seconds = divmod(int(span.total_seconds()), 60)
    return f"{minutes} min {seconds} s" if seconds else f"{minutes} min"


def test_the_report_has_every_section_the_figures_and_no_names(drill: Drill, tmp_path: Path) -> None:
    out = _generate(drill, drill.counsellor, tmp_path / "aar.pdf")
    pages = _checked(out, tmp_path)
    whole = pdf_tools.squashed("".join(pages))
    for heading in (
        "After-actionreportandimprovementplan",
        "1.Exerciseoverview",
        "2.Scenario",
        "3.Objectivesandrating",
        "4.Participantsbyrole",
        "5.Notificationtimingsagainsttargets",
        "Timetoacknowledgeperparticipant",
        "6.Hot-washfindings",
        "7.Improvementplan",
        "8.Linkedrisks",
    ):
        assert heading in whole, heading
    assert drill.code in whole
    assert "Simulation" in whole
    assert "Employeepsychologicalcrisis" in whole
    # each participant's time to acknowledge (same alert for all, so latency = time from the alert)
    for after in ACKS:
        assert pdf_tools.squashed(_minutes(after)) in whole, after
    target = DEFAULT_GRADE_TARGETS[GRADE].acknowledge
    first, everyone, key_roles = min(ACKS), max(ACKS), max(ACKS[:2])  # key roles: lead and counsellor
    for name, elapsed in (
        ("Firstacknowledgement", first),
        ("Everyoneacknowledged", everyone),
        ("Keyrolesacknowledged", key_roles),
    ):
        verdict = "met" if elapsed <= target else "missed"
        row = pdf_tools.squashed(f"{name} {_minutes(elapsed)} {_minutes(target)} {verdict}")
        assert row in whole, row
    assert "missed" in whole  # 25 minutes against 15
    assert pdf_tools.squashed(f"Alert sent {ALERT:%Y-%m-%d %H:%M}") in whole
    # objectives rated met and partly met: (2 + 1) / 4 points
    assert pdf_tools.squashed("75% — 1 met, 1 partly met, 0 not met, 0 not rated") in whole
    for typed in (FINDING, FINDING2, FINDING3, ACTION, ACTION2, RISK_TITLE):
        assert pdf_tools.squashed(typed) in whole, typed
    assert "3findings:2open,1closed." in whole
    assert "2correctiveactions:1open,1ofthemoverdue." in whole
    assert "(overdue)" in whole
    assert pdf_tools.squashed("F1 · high") in whole
    risk_code = drill.ws.db.query_value("SELECT code FROM risks")
    assert pdf_tools.squashed(f"{risk_code} {RISK_TITLE} High") in whole
    assert "CrisisleadEAP" in whole
    assert "HRHumanresources" in whole
    raw = out.read_bytes()
    for label in LABELS:
        assert pdf_tools.squashed(label) not in whole
        assert label.encode() not in raw
    assert "CANARY-LABEL" not in whole
    for number, page in enumerate(pages, start=1):
        assert "Confidential — EAP" in page
        assert drill.code in page
        assert f"{NOW:%Y-%m-%d %H:%M}" in page
        assert f"Page {number} of {len(pages)}" in page


def test_traditional_chinese_on_letter_and_simplified(drill: Drill, tmp_path: Path) -> None:
    out = _generate(drill, drill.counsellor, tmp_path / "zh.pdf", language="zh_TW", paper="Letter")
    pages = _checked(out, tmp_path)
    assert pdf_tools.page_size(out) == (612.0, 792.0)
    whole = pdf_tools.squashed("".join(pages))
    for heading in (
        "演練事後檢討報告及改進計劃",
        "演練概覽",
        "演練目標及評分",
        "按角色列出的參與者",
        "通知時效與目標",
        "即時檢討發現事項",
        "改進計劃",
        "關聯風險",
    ):
        assert heading in whole, heading
    assert drill.code in whole
    assert "模擬演練" in whole
    assert "4分鐘" in whole
    assert "9分30秒" in whole
    assert "未達標" in whole
    assert "達標" in whole
    assert pdf_tools.squashed(FINDING) in whole
    for number, page in enumerate(pages, start=1):
        assert f"第 {number} 頁,共 {len(pages)} 頁" in page
        assert "機密 — 員工協助計劃" in page
    simplified = pdf_tools.squashed(
        "".join(
            pdf_tools.pages_text(_generate(drill, drill.counsellor, tmp_path / "cn.pdf", language="zh_CN"))
        )
    )
    assert "演练事后检讨报告及改进计划" in simplified
    assert "模拟演练" in simplified


def test_a4_size_and_metadata_without_personal_data(drill: Drill, tmp_path: Path) -> None:
    out = _generate(drill, drill.counsellor, tmp_path / "a4.pdf", paper="A4")
    assert [round(v, 1) for v in pdf_tools.page_size(out)] == [595.3, 841.9]
    fields = pdf_tools.info(out)
    assert fields["Title"] == f"{drill.code} — After-action report"
    assert fields["Author"] == "EAP Crisis Desk"
    assert fields["CreationDate"]
    metadata = json.dumps(fields, ensure_ascii=False)
    for typed in (*LABELS, FINDING, ACTION, "Quarterly"):
        assert typed not in metadata


def test_hr_manager_gets_the_report_without_finding_and_action_texts(drill: Drill, tmp_path: Path) -> None:
    out = _generate(drill, drill.hr, tmp_path / "hr.pdf")
    whole = pdf_tools.squashed("".join(_checked(out, tmp_path)))
    assert drill.code in whole
    assert "De-identifiedversion" in whole
    assert "(textnotincludedinthisversion)" in whole
    for typed in (*LABELS, FINDING, FINDING2, ACTION, ACTION2):
        assert pdf_tools.squashed(typed) not in whole, typed
    assert pdf_tools.squashed(_minutes(ACKS[0])) in whole
    assert "missed" in whole


def test_a_surprise_drill_not_yet_started_is_refused_to_a_counsellor(drill: Drill, tmp_path: Path) -> None:
    surprise = drill.ws.drills.create(
        drill.admin, _input(drill_type="surprise", planned_start=NOW + timedelta(days=3)), now=NOW
    )
    out = tmp_path / "surprise.pdf"
    before = drill.ws.db.query_value("SELECT count(*) FROM audit_log WHERE action = 'report.exported'")
    for reference in (surprise.code, surprise.id):
        with pytest.raises(InvalidInput, match="does not exist"):
            drill.ws.drill_report.generate(drill.counsellor, reference, out_path=out, now=NOW)
    assert not out.exists()
    after = drill.ws.db.query_value("SELECT count(*) FROM audit_log WHERE action = 'report.exported'")
    assert after == before
    assert drill.ws.drill_report.generate(drill.admin, surprise.code, now=NOW).pdf.startswith(b"%PDF-")


def test_the_export_is_audited_without_content(drill: Drill, tmp_path: Path) -> None:
    _generate(drill, drill.counsellor, tmp_path / "audited.pdf", paper="Letter", language="zh_TW")
    db = drill.ws.db
    actor, action, entity, entity_id, detail = db.query(
        "SELECT actor, action, entity, entity_id, detail FROM audit_log ORDER BY seq DESC LIMIT 1"
    )[0]
    assert (actor, action, entity, entity_id) == ("coun", "report.exported", "drill", drill.code)
    assert json.loads(detail) == {
        "report": "drill_after_action",
        "code": drill.code,
        "paper": "Letter",
        "language": "zh_TW",
        "to_file": True,
    }
    report = drill.ws.drill_report.generate(drill.counsellor, drill.drill_id, now=NOW)
    assert report.path is None
    assert (
        json.loads(db.query_value("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1"))["to_file"]
        is False
    )
    everything = json.dumps(db.query("SELECT * FROM audit_log"), default=str, ensure_ascii=False)
    for typed in (*LABELS, FINDING, ACTION):
        assert typed not in everything


def test_a_failed_write_leaves_nothing_behind(drill: Drill, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "taken"
    target.mkdir()  # a directory where the file should go: the rename fails
    (target / "keep").write_text("x")
    before = drill.ws.db.query_value("SELECT count(*) FROM audit_log WHERE action = 'report.exported'")
    with pytest.raises(DiskError):
        drill.ws.drill_report.generate(drill.counsellor, drill.code, out_path=target, now=NOW)
    assert sorted(os.listdir(folder)) == ["taken"]
    assert os.listdir(target) == ["keep"]
    after = drill.ws.db.query_value("SELECT count(*) FROM audit_log WHERE action = 'report.exported'")
    assert after == before
    with pytest.raises(InvalidInput, match="does not exist"):
        drill.ws.drill_report.generate(drill.counsellor, drill.code, out_path=tmp_path / "missing" / "x.pdf")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"paper": "A5"}, "A4 or Letter"),
        ({"language": "fr"}, "language"),
        ({"time_zone": "Mars/Olympus"}, "time zone"),
    ],
)
def test_bad_options_are_refused(drill: Drill, options: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        drill.ws.drill_report.generate(drill.counsellor, drill.code, **options)  # type: ignore[arg-type]


def test_unknown_drill_is_refused(drill: Drill) -> None:
    for reference in ("DR-1999-999", 99_999):
        with pytest.raises(InvalidInput, match="does not exist"):
            drill.ws.drill_report.generate(drill.counsellor, reference)


def test_progress_is_reported_from_zero_to_a_hundred(drill: Drill) -> None:
    seen: list[int] = []
    drill.ws.drill_report.generate(drill.counsellor, drill.code, now=NOW, progress=seen.append)
    assert seen[0] == 0
    assert seen[-1] == 100
    assert seen == sorted(seen)
    assert len(seen) >= 3


def test_a_drill_not_held_yet_prints_without_figures(drill: Drill, tmp_path: Path) -> None:
    planned = drill.ws.drills.create(
        drill.counsellor, _input(planned_start=NOW + timedelta(days=7), scenario_grade=None), now=NOW
    )
    out = tmp_path / "planned.pdf"
    drill.ws.drill_report.generate(drill.counsellor, planned.code, out_path=out, now=NOW)
    whole = pdf_tools.squashed("".join(_checked(out, tmp_path)))
    assert "notheldyet" in whole
    assert "noalertsent" in whole
    assert "Thescenariohasnograde" in whole
    assert "notnotified" in whole


def test_generation_time_after_warm_up(drill: Drill) -> None:
    """Not a benchmark (those are in ``make bench``): a guard against a report that became slow."""
    service = drill.ws.drill_report
    service.generate(drill.counsellor, drill.code, now=NOW)
    started = time.perf_counter()
    runs = 5
    for _ in range(runs):
        service.generate(drill.counsellor, drill.code, now=NOW)
    per_report = (time.perf_counter() - started) / runs
    print(f"drill after-action report: {per_report * 1000:.0f} ms per report")
    assert per_report < 2.0


def test_a_large_drill_splits_across_pages_with_repeated_headers(drill: Drill, tmp_path: Path) -> None:
    roles = ("crisis_lead", "counsellor", "hr", "it_security", "legal", "pr", "executive")
    people = tuple(
        Participant(role=roles[i % len(roles)], department=f"Department {i:03d}", name=f"CANARY-LABEL {i}")
        for i in range(90)
    )
    drills = drill.ws.drills
    big = drills.create(drill.counsellor, _input(participants=people, key_roles=set()), now=NOW)
    drills.transition(drill.counsellor, big.id, "in_progress", at=T0, now=NOW)
    view = drills.record_notifications(drill.counsellor, big.id, at=ALERT, now=NOW)
    for index, participant in enumerate(view.participants[:45]):
        drills.stamp_acknowledged(
            drill.counsellor, big.id, participant.id, ALERT + timedelta(minutes=index % 20 + 1), now=NOW
        )
    for paper in ("A4", "Letter"):
        out = tmp_path / f"big-{paper}.pdf"
        drill.ws.drill_report.generate(drill.counsellor, big.code, out_path=out, paper=paper, now=NOW)
        pages = _checked(out, tmp_path)
        assert len(pages) >= 4
        with_header = [p for p in pages if "Department" in p and "Crisis role" in p and "Notified" in p]
        assert len(with_header) >= 2  # the participants' table header repeated on the next page
        whole = pdf_tools.squashed("".join(pages))
        assert "Department089" in whole
        assert "notacknowledged" in whole  # the chart's note for the 45 without an acknowledgement
        assert "CANARY-LABEL" not in whole
