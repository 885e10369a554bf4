"""The incident service on real SQLCipher files: create, list, transitions, timeline, de-identification."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.domain.clocks import ClockKind, ClockState
from app.domain.grading import Grade, GradingInput, LeakTier, Urgency
from app.domain.incidents import Impact, IncidentCategory, IncidentFacts, IncidentFlags, InformationSource
from app.domain.lifecycle import Status
from app.domain.response_plans import template_for
from app.domain.roles import Role
from app.services.errors import InvalidInput, PermissionDenied
from app.services.incidents import IncidentInputInvalid, IncidentQuery, IncidentSummary, IncidentView
from app.services.maintenance import verify_database
from app.services.session import Session
from app.services.workspace import Workspace
from app.storage.keystore import Keystore
from app.storage.migrations import latest_version
from tests.conftest import ADMIN, ADMIN_PASSWORD

NOW = datetime.now(UTC).replace(microsecond=0)
CANARIES = {
    "title": "CANARY-TITLE 張三",
    "place": "CANARY-PLACE 三樓",
    "department": "CANARY-DEPT",
    "cause": "CANARY-CAUSE 病史",
    "course": "CANARY-COURSE 自傷",
    "source": "CANARY-SOURCE 電郵",
    "override": "CANARY-OVERRIDE 高層",
    "timeline": "CANARY-TIMELINE 已聯絡",
    "timeline_dept": "CANARY-TLDEPT",
    "reason": "CANARY-REASON 復發",
}


def facts(
    title: str = "Records leaked", category: IncidentCategory = IncidentCategory.PRIVACY_LEAK, **kw: Any
) -> IncidentFacts:
    return IncidentFacts(
        title=title, category=category, reported_at=kw.pop("reported_at", NOW - timedelta(hours=1)), **kw
    )


MINOR_LEAK = GradingInput(leak_tier=LeakTier.MINOR)


@pytest.fixture
def admin(workspace: Workspace) -> Session:
    return workspace.sign_in(ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def hr(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "hr", Role.HR_MANAGER, "hr-manager-pass-1")
    return workspace.sign_in("hr", "hr-manager-pass-1")


@pytest.fixture
def counsellor(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "coun", Role.COUNSELLOR, "counsellor-pass-1")
    return workspace.sign_in("coun", "counsellor-pass-1")


def audit(workspace: Workspace, action: str) -> list[tuple[str, str, str, dict[str, Any]]]:
    rows = workspace.db.query(
        "SELECT actor, entity, entity_id, detail FROM audit_log WHERE action = ? ORDER BY seq", (action,)
    )
    return [(a, e, i, json.loads(d)) for a, e, i, d in rows]


def state(workspace: Workspace) -> tuple[object, ...]:
    db = workspace.db
    return tuple(
        db.query(f"SELECT * FROM {table} ORDER BY 1")
        for table in (
            "incidents",
            "incident_timeline",
            "incident_status_changes",
            "incident_checklist",
            "audit_log",
        )
    )


# -- creating ---------------------------------------------------------------------------------------


def test_create_assigns_codes_suggests_the_grade_and_audits_without_text(
    workspace: Workspace, counsellor: Session
) -> None:
    created = workspace.incidents.create(counsellor, facts("洩漏 of 張三's notes"), MINOR_LEAK)
    second = workspace.incidents.create(counsellor, facts("Another"), GradingInput(urgency=Urgency.IMMEDIATE))
    incident = created.incident
    year = NOW.year
    assert (incident.code, second.incident.code) == (f"INC-{year}-0001", f"INC-{year}-0002")
    assert created.suggestion.grade is Grade.IV
    assert (incident.grade, incident.suggested_grade, incident.grade_override_reason) == (
        Grade.IV,
        Grade.IV,
        None,
    )
    assert second.incident.grade is Grade.I
    assert incident.status is Status.REPORTED
    assert incident.owner_user_id == counsellor.user_id
    assert not incident.deidentified
    assert incident.title == "洩漏 of 張三's notes"
    entries = audit(workspace, "incident.created")
    assert entries[0] == (
        "coun",
        "incident",
        str(incident.id),
        {"code": incident.code, "category": "privacy_leak", "grade": "IV"},
    )
    assert "張三" not in json.dumps(workspace.db.query("SELECT * FROM audit_log"), ensure_ascii=False)


def test_grade_override_needs_a_reason_and_nothing_is_written_without_one(
    workspace: Workspace, counsellor: Session
) -> None:
    before = state(workspace)
    with pytest.raises(IncidentInputInvalid, match="reason") as refused:
        workspace.incidents.create(counsellor, facts(), MINOR_LEAK, chosen_grade=Grade.II)
    assert refused.value.problems[0].field == "grade"
    assert state(workspace) == before
    created = workspace.incidents.create(
        counsellor, facts(), MINOR_LEAK, chosen_grade="II", override_reason="executives involved"
    )
    assert (created.incident.grade, created.incident.suggested_grade) == (Grade.II, Grade.IV)
    assert created.incident.grade_override_reason == "executives involved"


def test_future_times_are_refused(workspace: Workspace, counsellor: Session) -> None:
    before = state(workspace)
    with pytest.raises(IncidentInputInvalid) as refused:
        workspace.incidents.create(counsellor, facts(reported_at=NOW + timedelta(days=1)), MINOR_LEAK)
    assert refused.value.problems[0].field == "reported_at"
    assert state(workspace) == before


def test_drill_and_test_incidents_are_flagged(workspace: Workspace, counsellor: Session) -> None:
    drill = workspace.incidents.create(counsellor, facts(), MINOR_LEAK, flags=IncidentFlags(is_drill=True))
    test = workspace.incidents.create(counsellor, facts(), MINOR_LEAK, flags=IncidentFlags(is_test=True))
    real = workspace.incidents.create(counsellor, facts(), MINOR_LEAK)
    assert drill.incident.flags.kind == "drill"
    assert test.incident.flags.kind == "test"
    assert real.incident.flags.kind == "real"
    rows = workspace.incidents.list_page(counsellor, IncidentQuery(sort_column="code", descending=False)).rows
    assert [(r.is_drill, r.is_test) for r in rows] == [(True, False), (False, True), (False, False)]


def test_facts_round_trip_and_update_is_audited_with_field_names(
    workspace: Workspace, counsellor: Session
) -> None:
    original = facts(
        "資料洩漏",
        place="總部",
        departments=("人力資源部",),
        cause="權限設定錯誤",
        course_of_events="共享資料夾開放給全體員工",
        people_involved=12,
        impact=Impact(operations=2, direct_loss=150_000),
        sources=(InformationSource("員工電郵", verified=True),),
        occurred_at=NOW - timedelta(days=1),
    )
    incident = workspace.incidents.create(counsellor, original, MINOR_LEAK).incident
    seen = workspace.incidents.get(counsellor, incident.id)
    assert (seen.place, seen.departments, seen.cause, seen.course_of_events) == (
        "總部", ("人力資源部",), "權限設定錯誤", "共享資料夾開放給全體員工",
    )  # fmt: skip
    assert seen.impact == Impact(operations=2, direct_loss=150_000)
    assert seen.sources == (InformationSource("員工電郵", verified=True),)
    assert seen.occurred_at == NOW - timedelta(days=1)
    changed = dataclasses.replace(original, cause="外部攻擊", people_involved=40)
    updated = workspace.incidents.update_facts(counsellor, incident.id, changed)
    assert (updated.cause, updated.people_involved) == ("外部攻擊", 40)
    assert audit(workspace, "incident.updated")[-1][3] == {"fields": ["cause", "people_involved"]}
    assert audit(workspace, "incident.viewed")[-1][:3] == ("coun", "incident", str(incident.id))


# -- the case list ----------------------------------------------------------------------------------


def test_list_pages_sorts_and_filters_with_plain_rows(workspace: Workspace, counsellor: Session) -> None:
    for n in range(7):
        workspace.incidents.create(
            counsellor,
            facts(f"Case {n}", reported_at=NOW - timedelta(hours=n + 1)),
            GradingInput(urgency=[Urgency.IMMEDIATE, Urgency.LOW][n % 2]),
        )
    service = workspace.incidents
    query = IncidentQuery(sort_column="reported_at", descending=False, limit=3)
    seen: list[str] = []
    page = service.list_page(counsellor, query)
    while True:
        seen += [r.title or "" for r in page.rows]
        if page.next_after is None:
            break
        page = service.list_page(counsellor, dataclasses.replace(query, after=page.next_after))
    assert seen == [f"Case {n}" for n in reversed(range(7))]
    by_offset = service.list_page(counsellor, dataclasses.replace(query, offset=3)).rows
    assert [r.title for r in by_offset] == ["Case 3", "Case 2", "Case 1"]
    graded_i = IncidentQuery(grades=(Grade.I,), limit=50)
    assert {r.title for r in service.list_page(counsellor, graded_i).rows} == {
        "Case 0",
        "Case 2",
        "Case 4",
        "Case 6",
    }
    assert service.count(counsellor, graded_i) == 4
    overdue = service.list_page(counsellor, IncidentQuery(overdue=True)).rows
    assert {r.title for r in overdue} == {
        "Case 0",
        "Case 2",
        "Case 4",
        "Case 6",
    }  # grade I: 15 min to acknowledge
    row = overdue[0]
    assert row.next_due_at is not None
    assert row.next_due_at < NOW
    assert isinstance(row, IncidentSummary)
    with pytest.raises(InvalidInput, match="sorted"):
        service.list_page(counsellor, IncidentQuery(sort_column="cause"))
    with pytest.raises(InvalidInput):
        service.list_page(counsellor, IncidentQuery(limit=0))


def test_chinese_search_through_the_service(workspace: Workspace, counsellor: Session) -> None:
    leak = workspace.incidents.create(
        counsellor, facts("資料洩漏", course_of_events="系統漏洞"), MINOR_LEAK
    ).incident
    workspace.incidents.create(
        counsellor, facts("員工心理危機", category=IncidentCategory.PSYCHOLOGICAL_CRISIS), GradingInput()
    )
    workspace.incidents.add_timeline_entry(counsellor, leak.id, "已通知資訊安全部門")

    def found(text: str) -> set[str | None]:
        return {r.title for r in workspace.incidents.list_page(counsellor, IncidentQuery(text=text)).rows}

    assert found("洩") == {"資料洩漏"}
    assert found("員工") == {"員工心理危機"}
    assert found("洩漏") == {"資料洩漏"}
    assert found("心理危機") == {"員工心理危機"}
    assert found("資訊安全") == {"資料洩漏"}
    assert found("系統漏洞") == {"資料洩漏"}


# -- lifecycle --------------------------------------------------------------------------------------


def test_transitions_stamp_times_are_audited_and_instantiate_the_checklist(
    workspace: Workspace, counsellor: Session
) -> None:
    service = workspace.incidents
    incident = service.create(counsellor, facts(), GradingInput(leak_tier=LeakTier.MODERATE)).incident
    t1, t2, t3, t4 = (NOW + timedelta(minutes=m) for m in (1, 2, 3, 4))
    verified = service.transition(counsellor, incident.id, Status.VERIFIED, now=t1)
    assert (verified.status, verified.acknowledged_at, verified.checklist) == (Status.VERIFIED, t1, ())
    service.transition(counsellor, incident.id, "assessed", now=t2)
    responding = service.transition(counsellor, incident.id, Status.RESPONDING, now=t3)
    assert responding.response_started_at == t3
    template = template_for("privacy_leak", incident.grade.value)
    assert template is not None
    assert [(c.order, c.title_en, c.role, c.due_at) for c in responding.checklist] == [
        (s.order, s.title_en, s.role.value, t3 + s.due_offset) for s in template.steps
    ]
    contained = service.transition(counsellor, incident.id, Status.CONTAINED, now=t4)
    assert contained.contained_at == t4
    again = service.transition(counsellor, incident.id, Status.RESPONDING, reason="leak spread", now=t4)
    assert len(again.checklist) == len(template.steps)  # reopening does not copy the plan twice
    assert again.response_started_at == t3
    assert [(c.from_status, c.to_status, c.reason) for c in again.status_changes] == [
        (Status.REPORTED, Status.VERIFIED, None),
        (Status.VERIFIED, Status.ASSESSED, None),
        (Status.ASSESSED, Status.RESPONDING, None),
        (Status.RESPONDING, Status.CONTAINED, None),
        (Status.CONTAINED, Status.RESPONDING, "leak spread"),
    ]
    details = [d for _a, _e, _i, d in audit(workspace, "incident.status_changed")]
    assert details[2] == {
        "from": "assessed",
        "to": "responding",
        "kind": "advance",
        "checklist_steps": len(template.steps),
    }
    assert details[4] == {"from": "contained", "to": "responding", "kind": "reopen"}
    assert "leak spread" not in json.dumps(workspace.db.query("SELECT detail FROM audit_log"))
    step = again.checklist[0]
    done = service.complete_checklist_step(counsellor, incident.id, step.id)
    assert done.done_at is not None
    assert done.done_by == counsellor.user_id
    with pytest.raises(InvalidInput, match="already done"):
        service.complete_checklist_step(counsellor, incident.id, step.id)


@pytest.mark.parametrize(
    "case",
    [
        ([], Status.CONTAINED, None, "Cannot move"),
        ([], Status.DISMISSED, None, "false alarm"),
        ([], Status.REPORTED, None, "already"),
        ([Status.VERIFIED], "closed", None, "Unknown"),
        (
            [Status.VERIFIED, Status.ASSESSED, Status.RESPONDING, Status.CONTAINED, Status.RESOLVED],
            Status.REVIEWED,
            None,
            "review",
        ),
    ],
)
def test_illegal_transitions_are_refused_and_write_nothing(
    workspace: Workspace, counsellor: Session, case: tuple[list[Status], str, str | None, str]
) -> None:
    moves, target, reason, message = case
    incident = workspace.incidents.create(counsellor, facts(), MINOR_LEAK).incident
    for move in moves:
        workspace.incidents.transition(counsellor, incident.id, move)
    before = state(workspace)
    with pytest.raises(InvalidInput, match=message):
        workspace.incidents.transition(counsellor, incident.id, target, reason=reason)
    assert state(workspace) == before


def test_dismiss_with_reason_and_clocks(workspace: Workspace, counsellor: Session) -> None:
    incident = workspace.incidents.create(
        counsellor, facts(reported_at=NOW - timedelta(hours=2)), MINOR_LEAK
    ).incident
    acknowledge, start = workspace.incidents.clocks(counsellor, incident.id)
    assert (acknowledge.kind, start.kind) == (ClockKind.ACKNOWLEDGE, ClockKind.START_RESPONSE)
    assert acknowledge.due_at == incident.reported_at + timedelta(hours=24)  # grade IV
    assert acknowledge.state(NOW) is ClockState.RUNNING
    dismissed = workspace.incidents.transition(
        counsellor, incident.id, Status.DISMISSED, reason="duplicate", now=NOW
    )
    assert dismissed.status is Status.DISMISSED
    assert dismissed.acknowledged_at == NOW
    acknowledge, _ = workspace.incidents.clocks(counsellor, incident.id)
    assert acknowledge.state(NOW) is ClockState.MET


def test_timeline_entry_is_audited_by_id_without_text(workspace: Workspace, counsellor: Session) -> None:
    incident = workspace.incidents.create(counsellor, facts(), MINOR_LEAK).incident
    entry = workspace.incidents.add_timeline_entry(
        counsellor, incident.id, "  已致電張三  ", department="EAP"
    )
    assert (entry.text, entry.department, entry.author_user_id) == ("已致電張三", "EAP", counsellor.user_id)
    assert audit(workspace, "incident.timeline_added") == [
        ("coun", "incident_timeline", str(entry.id), {"incident": incident.code})
    ]
    assert "張三" not in json.dumps(workspace.db.query("SELECT * FROM audit_log"), ensure_ascii=False)
    before = state(workspace)
    for bad in ("   ", "x\x00y"):
        with pytest.raises(IncidentInputInvalid):
            workspace.incidents.add_timeline_entry(counsellor, incident.id, bad)
    with pytest.raises(IncidentInputInvalid, match="future"):
        workspace.incidents.add_timeline_entry(counsellor, incident.id, "later", at=NOW + timedelta(days=2))
    with pytest.raises(InvalidInput, match="does not exist"):
        workspace.incidents.add_timeline_entry(counsellor, 9999, "nowhere")
    assert state(workspace) == before


# -- hr_manager -------------------------------------------------------------------------------------


def _canary_incident(workspace: Workspace, counsellor: Session) -> IncidentView:
    incident = workspace.incidents.create(
        counsellor,
        facts(
            CANARIES["title"],
            place=CANARIES["place"],
            departments=(CANARIES["department"],),
            cause=CANARIES["cause"],
            course_of_events=CANARIES["course"],
            sources=(InformationSource(CANARIES["source"], verified=True),),
            people_involved=3,
        ),
        MINOR_LEAK,
        chosen_grade=Grade.II,
        override_reason=CANARIES["override"],
    ).incident
    service = workspace.incidents
    service.add_timeline_entry(
        counsellor, incident.id, CANARIES["timeline"], department=CANARIES["timeline_dept"]
    )
    for move in (Status.VERIFIED, Status.ASSESSED, Status.RESPONDING, Status.CONTAINED):
        service.transition(counsellor, incident.id, move)
    service.transition(counsellor, incident.id, Status.RESPONDING, reason=CANARIES["reason"])
    return incident


def _text_of(value: object) -> str:
    def default(obj: object) -> object:
        return repr(obj) if not dataclasses.is_dataclass(obj) else dataclasses.asdict(obj)  # type: ignore[arg-type]

    plain = dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value  # type: ignore[arg-type]
    return json.dumps(plain, default=default, ensure_ascii=False)


def test_hr_manager_receives_no_confidential_value(
    workspace: Workspace, counsellor: Session, hr: Session
) -> None:
    incident = _canary_incident(workspace, counsellor)
    service = workspace.incidents
    full = service.get(counsellor, incident.id)
    assert all(canary in _text_of(full) for canary in CANARIES.values())  # the canaries are really there

    seen = service.get(hr, incident.id)
    by_code = service.get_by_code(hr, incident.code)
    page = service.list_page(hr, IncidentQuery())
    clocks = service.clocks(hr, incident.id)
    for received in (seen, by_code, page, clocks):
        text = _text_of(received)
        leaked = [name for name, canary in CANARIES.items() if canary in text or canary.split()[0] in text]
        assert leaked == []
    assert seen.deidentified
    assert page.rows[0].deidentified
    assert (seen.title, seen.place, seen.departments, seen.cause, seen.course_of_events, seen.sources) == (
        None,
    ) * 6
    assert seen.grade_override_reason is None
    assert [(t.text, t.department) for t in seen.timeline] == [(None, None)]
    assert {c.reason for c in seen.status_changes} == {None}
    assert page.rows[0].title is None
    # what HR may see: code, category, grade, status, dates, counts, the plan's own step titles
    assert (seen.code, seen.category, seen.grade, seen.status) == (
        incident.code, IncidentCategory.PRIVACY_LEAK, Grade.II, Status.RESPONDING,
    )  # fmt: skip
    assert seen.people_involved == 3
    assert seen.reported_at == incident.reported_at
    assert len(seen.checklist) == len(full.checklist) > 0
    assert CANARIES["title"] not in repr(full)  # not even a counsellor's view prints text in a traceback
    # HR reads of de-identified data are not "confidential reads"; counsellor reads are audited
    assert [a for a, *_ in audit(workspace, "incident.viewed")] == ["coun"]


@pytest.mark.parametrize(
    "query",
    [IncidentQuery(text="CANARY"), IncidentQuery(text="張"), IncidentQuery(sort_column="title")],
    ids=["search", "short search", "sort by title"],
)
def test_hr_manager_cannot_probe_withheld_text(
    workspace: Workspace, counsellor: Session, hr: Session, query: IncidentQuery
) -> None:
    _canary_incident(workspace, counsellor)
    before = workspace.db.query_value("SELECT count(*) FROM audit_log")
    with pytest.raises(PermissionDenied, match=r"incident\.view_confidential"):
        workspace.incidents.list_page(hr, query)
    with pytest.raises(PermissionDenied):
        workspace.incidents.count(hr, query)
    assert workspace.db.query_value("SELECT count(*) FROM audit_log") == before + 2  # both refusals recorded


def test_verify_passes_with_incidents(
    workspace: Workspace, counsellor: Session, db_path: Path, keystore: Keystore
) -> None:
    _canary_incident(workspace, counsellor)
    workspace.save_anchor()
    report = verify_database(db_path, keystore=keystore)
    assert report.problems == []
    assert report.schema_version == latest_version() >= 2
