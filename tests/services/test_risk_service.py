"""The risk register service on real SQLCipher files: history, reviews, as-of, links, names, access, audit."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import pytest

from app.domain.crisis_roles import CrisisRole
from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.risk_history import register_as_of
from app.domain.risk_input import RiskInput, RiskReviewInput
from app.domain.risks import LevelBands, ReviewCadence, RiskLevel, RiskStatus, ScoreBasis, SnapshotKind
from app.domain.roles import Role
from app.services.errors import InvalidInput, PermissionDenied
from app.services.people import PersonInput
from app.services.policy import RISK_BAND_LOW_MAX, RISK_COUNSELLORS_MAY_EDIT
from app.services.risks import RiskInputInvalid, RiskNotFound, ScoringPolicy, local_today
from app.services.session import Session
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
TODAY = local_today(NOW)
CANARY = "CANARY-RISK-TEXT 勒索軟件"
RISK_TABLES = ("risks", "risk_history", "risk_reviews", "risk_incident_links", "risk_sources")


@pytest.fixture
def admin(workspace: Workspace) -> Session:
    return workspace.sign_in(ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def counsellor(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "coun", Role.COUNSELLOR, "counsellor-pass-1", "Wang Xiaoming")
    return workspace.sign_in("coun", "counsellor-pass-1")


@pytest.fixture
def hr(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "hr", Role.HR_MANAGER, "hr-manager-pass-1")
    return workspace.sign_in("hr", "hr-manager-pass-1")


def risk(**changes: object) -> RiskInput:
    values: dict[str, object] = {
        "title": f"Ransomware on the case server {CANARY}",
        "description": f"Case files encrypted {CANARY}",
        "source": "cyber_attack",
        "category": "IT",
        "owner_role": CrisisRole.IT_SECURITY,
        "likelihood": 3,
        "impact": 5,
        "controls": f"Offline backups {CANARY}",
    }
    values.update(changes)
    return RiskInput(**values)  # type: ignore[arg-type]


def state(workspace: Workspace) -> tuple[object, ...]:
    return tuple(workspace.db.query(f"SELECT * FROM {table} ORDER BY 1") for table in RISK_TABLES)


def audit_rows(workspace: Workspace, prefix: str = "risk") -> list[tuple[str, str, dict[str, object]]]:
    rows = workspace.db.query(
        "SELECT action, entity_id, detail FROM audit_log WHERE action LIKE ? ORDER BY seq", (f"{prefix}%",)
    )
    return [(a, e, json.loads(d) if d else {}) for a, e, d in rows]


def all_audit_text(workspace: Workspace) -> str:
    return " ".join(str(r) for r in workspace.db.query("SELECT * FROM audit_log"))


# --- create and update -------------------------------------------------------------------------------


def test_create_numbers_codes_and_schedules_the_first_review(
    workspace: Workspace, counsellor: Session
) -> None:
    risks = workspace.risks
    first = risks.create(counsellor, risk(), now=NOW).risk
    second = risks.create(counsellor, risk(likelihood=1, impact=2), now=NOW).risk
    assert (first.code, second.code) == ("R-001", "R-002")
    assert (first.inherent_score, first.level, first.residual_level) == (15, RiskLevel.HIGH, None)
    assert first.next_review_on == TODAY + timedelta(days=90)  # High: 90 days
    assert second.next_review_on == TODAY + timedelta(days=360)  # Low: 360 days
    assert first.owner_label == "IT / security"
    assert first.source_label == "Cyber attack"
    assert first.title.endswith(CANARY)
    detail = risks.get(counsellor, first.id)
    assert [(s.kind, s.effective_on) for s in detail.history] == [(SnapshotKind.CREATED, TODAY)]
    assert detail.reviews == ()
    assert [r.code for r in risks.list_risks(counsellor)] == ["R-001", "R-002"]
    assert audit_rows(workspace)[0] == (
        "risk.created",
        str(first.id),
        {"code": "R-001", "source": "cyber_attack", "status": "open", "score": 15},
    )


def test_owner_kinds_and_labels(workspace: Workspace, admin: Session, counsellor: Session) -> None:
    risks = workspace.risks
    by_title = risks.create(admin, risk(owner_role=None, owner_title="Facilities manager"), now=NOW).risk
    by_account = risks.create(admin, risk(owner_role=None, owner_user_id=counsellor.user_id), now=NOW).risk
    assert (by_title.owner_label, by_title.owner_title) == ("Facilities manager", "Facilities manager")
    assert (by_account.owner_label, by_account.owner_user_id) == ("Wang Xiaoming", counsellor.user_id)
    workspace.users.set_disabled(admin, counsellor.user_id, True)
    before = state(workspace)
    with pytest.raises(RiskInputInvalid) as refused:
        risks.create(admin, risk(owner_role=None, owner_user_id=counsellor.user_id), now=NOW)
    assert [p.field for p in refused.value.problems] == ["owner_user_id"]
    with pytest.raises(RiskInputInvalid, match="no such account"):
        risks.create(admin, risk(owner_role=None, owner_user_id=999), now=NOW)
    assert state(workspace) == before


def test_invalid_input_lists_every_problem_and_writes_nothing(workspace: Workspace, admin: Session) -> None:
    risks = workspace.risks
    risks.create(admin, risk(code="R-100"), now=NOW)
    before, audit_before = state(workspace), len(audit_rows(workspace, ""))
    with pytest.raises(RiskInputInvalid) as refused:
        risks.create(admin, risk(title=" ", likelihood=9, residual_likelihood=2, owner_title="Also"), now=NOW)
    assert [p.field for p in refused.value.problems] == ["title", "owner", "likelihood", "residual"]
    assert CANARY not in str(refused.value)
    with pytest.raises(RiskInputInvalid, match="code: another risk already has this code"):
        risks.create(admin, risk(code="R-100"), now=NOW)
    with pytest.raises(RiskInputInvalid, match="source: there is no such source"):
        risks.create(admin, risk(source="no_such_source"), now=NOW)
    assert state(workspace) == before
    assert len(audit_rows(workspace, "")) == audit_before


def test_update_writes_a_snapshot_only_when_the_matrix_would_change(
    workspace: Workspace, admin: Session
) -> None:
    risks = workspace.risks
    created = risks.create(admin, risk(), now=NOW - timedelta(days=10)).risk
    text_only = risks.update(admin, created.id, risk(description="Rewritten"), now=NOW).risk
    assert text_only.description == "Rewritten"
    assert len(risks.get(admin, created.id).history) == 1
    moved = risks.update(
        admin, created.id, risk(likelihood=2, residual_likelihood=1, residual_impact=2), now=NOW
    ).risk
    assert (moved.inherent_score, moved.residual_score, moved.residual_level) == (10, 2, RiskLevel.LOW)
    assert moved.next_review_on == created.next_review_on  # kept: None means "keep the date"
    history = risks.get(admin, created.id).history
    assert [(s.kind, s.effective_on, s.scores.likelihood) for s in history] == [
        (SnapshotKind.CREATED, TODAY - timedelta(days=10), 3),
        (SnapshotKind.EDITED, TODAY, 2),
    ]
    same = risks.update(
        admin, created.id, risk(likelihood=2, residual_likelihood=1, residual_impact=2), now=NOW
    )
    assert same.risk == moved  # nothing changed, nothing written
    updates = [d for a, _e, d in audit_rows(workspace) if a == "risk.updated"]
    assert updates == [
        {"code": "R-001", "fields": ["description"]},
        {"code": "R-001", "fields": ["description", "likelihood", "residual_impact", "residual_likelihood"]},
    ]
    renamed = risks.update(admin, created.id, risk(code="OPS-1", status=RiskStatus.TREATING), now=NOW).risk
    assert (renamed.code, renamed.status) == ("OPS-1", RiskStatus.TREATING)
    assert audit_rows(workspace)[-1][2] == {
        "code": "OPS-1",
        "fields": ["code", "likelihood", "residual_impact", "residual_likelihood", "status"],
        "from_code": "R-001",
        "from": "open",
        "to": "treating",
    }
    with pytest.raises(RiskNotFound):
        risks.update(admin, 999, risk(), now=NOW)


# --- reviews, history, as-of ---------------------------------------------------------------------


def test_review_sets_scores_and_the_next_date_from_the_cadence(
    workspace: Workspace, counsellor: Session
) -> None:
    risks = workspace.risks
    created = risks.create(counsellor, risk(), now=NOW - timedelta(days=30)).risk
    review = RiskReviewInput(
        reviewed_on=TODAY,
        likelihood=2,
        impact=3,
        residual_likelihood=1,
        residual_impact=3,
        status=RiskStatus.TREATING,
        comment=f"Controls tested {CANARY}",
    )
    saved = risks.record_review(counsellor, created.id, review, now=NOW)
    after = saved.risk
    assert (after.inherent_score, after.level, after.status) == (6, RiskLevel.MEDIUM, RiskStatus.TREATING)
    assert after.last_reviewed_on == TODAY
    assert after.next_review_on == TODAY + timedelta(days=180)  # Medium: 180 days
    detail = risks.get(counsellor, created.id)
    assert [(r.reviewed_on, r.reviewer, r.comment) for r in detail.reviews] == [
        (TODAY, "Wang Xiaoming", f"Controls tested {CANARY}")
    ]
    assert detail.history[-1].kind is SnapshotKind.REVIEWED
    chosen = risks.record_review(
        counsellor,
        created.id,
        RiskReviewInput(reviewed_on=TODAY, likelihood=2, impact=3, next_review_on=TODAY + timedelta(days=7)),
        now=NOW,
    ).risk
    assert chosen.next_review_on == TODAY + timedelta(days=7)
    closed = risks.record_review(
        counsellor,
        created.id,
        RiskReviewInput(reviewed_on=TODAY, likelihood=1, impact=1, status=RiskStatus.CLOSED),
        now=NOW,
    ).risk
    assert (closed.status, closed.next_review_on) == (RiskStatus.CLOSED, None)
    reviewed = [d for a, _e, d in audit_rows(workspace) if a == "risk.reviewed"]
    assert reviewed[0] == {
        "code": "R-001",
        "reviewed_on": TODAY.isoformat(),
        "status": "treating",
        "score": 6,
        "next_review_on": (TODAY + timedelta(days=180)).isoformat(),
        "current": True,
    }


def test_a_review_in_the_future_or_of_bad_scores_is_refused(workspace: Workspace, admin: Session) -> None:
    created = workspace.risks.create(admin, risk(), now=NOW).risk
    before = state(workspace)
    with pytest.raises(RiskInputInvalid) as refused:
        workspace.risks.record_review(
            admin,
            created.id,
            RiskReviewInput(reviewed_on=TODAY + timedelta(days=1), likelihood=0, impact=3),
            now=NOW,
        )
    assert [p.field for p in refused.value.problems] == ["reviewed_on", "likelihood"]
    with pytest.raises(RiskNotFound):
        workspace.risks.record_review(
            admin, 404, RiskReviewInput(reviewed_on=TODAY, likelihood=1, impact=1), now=NOW
        )
    assert state(workspace) == before


def test_the_register_as_of_dates_between_quarterly_reviews(workspace: Workspace, admin: Session) -> None:
    risks = workspace.risks
    start = datetime(2025, 1, 6, 3, tzinfo=UTC)
    a = risks.create(admin, risk(likelihood=2, impact=2), now=start).risk
    b = risks.create(admin, risk(likelihood=5, impact=5), now=start + timedelta(days=40)).risk
    quarters = (date(2025, 3, 31), date(2025, 6, 30), date(2025, 9, 30))
    for n, on in enumerate(quarters):
        moment = datetime(on.year, on.month, on.day, 12, tzinfo=UTC)
        risks.record_review(
            admin, a.id, RiskReviewInput(reviewed_on=on, likelihood=2 + n, impact=4), now=moment
        )
    risks.record_review(
        admin,
        b.id,
        RiskReviewInput(reviewed_on=date(2025, 6, 30), likelihood=5, impact=5, status=RiskStatus.CLOSED),
        now=datetime(2025, 6, 30, 12, tzinfo=UTC),
    )
    start_day = local_today(start)
    assert risks.register_as_of(admin, start_day - timedelta(days=1)) == {}
    spring = risks.register_as_of(admin, date(2025, 5, 1))
    assert {k: v.scores.likelihood for k, v in spring.items()} == {a.id: 2, b.id: 5}
    assert spring[a.id].scores.impact == 4
    summer = risks.register_as_of(admin, date(2025, 7, 1))
    assert set(summer) == {a.id}  # b was closed on 30 June
    assert summer[a.id].scores.likelihood == 3
    autumn = risks.register_as_of(admin, date(2025, 12, 31))
    assert autumn[a.id].scores.likelihood == 4
    assert autumn[a.id].owner_label == "IT / security"
    # the SQL reconstruction equals the in-memory one over the whole history
    history = risks.snapshots(admin)
    for when in (*quarters, date(2025, 2, 15), date(2025, 6, 29), TODAY):
        assert risks.register_as_of(admin, when) == register_as_of(history, when)
    points = risks.level_trend(admin, quarters, ScoreBasis.INHERENT)
    assert [dict(p.counts) for p in points] == [
        {RiskLevel.LOW: 0, RiskLevel.MEDIUM: 1, RiskLevel.HIGH: 1},
        {RiskLevel.LOW: 0, RiskLevel.MEDIUM: 0, RiskLevel.HIGH: 1},
        {RiskLevel.LOW: 0, RiskLevel.MEDIUM: 0, RiskLevel.HIGH: 1},
    ]
    scores = risks.score_history(admin, a.id)
    assert [(p.inherent, p.review) for p in scores] == [(4, False), (8, True), (12, True), (16, True)]


def test_loaded_history_follows_every_change(
    workspace: Workspace, admin: Session, counsellor: Session
) -> None:
    risks = workspace.risks
    created = risks.create(admin, risk(owner_role=None, owner_user_id=counsellor.user_id), now=NOW).risk
    first = risks.snapshots(admin)
    assert risks.snapshots(admin) is first  # nothing changed: the loaded history is reused
    assert risks.register_as_of(admin, TODAY)[created.id].owner_label == "Wang Xiaoming"
    workspace.users.update(admin, counsellor.user_id, display_name="Renamed Counsellor")
    assert risks.register_as_of(admin, TODAY)[created.id].owner_label == "Renamed Counsellor"
    assert risks.snapshots(admin)[0].owner_label == "Renamed Counsellor"
    risks.update(
        admin, created.id, risk(code="OPS-7", owner_role=None, owner_user_id=counsellor.user_id), now=NOW
    )
    assert risks.register_as_of(admin, TODAY)[created.id].code == "OPS-7"
    assert [s.code for s in risks.snapshots(admin)] == ["OPS-7"]
    risks.record_review(
        admin, created.id, RiskReviewInput(reviewed_on=TODAY, likelihood=1, impact=2), now=NOW
    )
    assert risks.register_as_of(admin, TODAY)[created.id].scores.inherent_score == 2
    assert len(risks.snapshots(admin)) == 2


def test_a_back_dated_review_keeps_the_current_scores(workspace: Workspace, admin: Session) -> None:
    risks = workspace.risks
    created = risks.create(admin, risk(likelihood=4, impact=4), now=NOW).risk
    older = RiskReviewInput(
        reviewed_on=TODAY - timedelta(days=30), likelihood=1, impact=1, comment="old paper"
    )
    after = risks.record_review(admin, created.id, older, now=NOW).risk
    assert after.scores.likelihood == 4
    assert after.last_reviewed_on == TODAY - timedelta(days=30)
    assert risks.register_as_of(admin, TODAY - timedelta(days=1))[created.id].scores.likelihood == 1
    assert risks.register_as_of(admin, TODAY)[created.id].scores.likelihood == 4


def test_due_for_review_this_quarter_and_overdue(workspace: Workspace, admin: Session) -> None:
    risks = workspace.risks
    for code, due, status in (
        ("A", date(2027, 1, 15), RiskStatus.OPEN),
        ("B", date(2027, 3, 31), RiskStatus.TREATING),
        ("C", date(2026, 11, 1), RiskStatus.ACCEPTED),  # overdue
        ("D", date(2027, 2, 1), RiskStatus.CLOSED),
        ("E", date(2027, 4, 1), RiskStatus.OPEN),
    ):
        risks.create(admin, risk(code=code, next_review_on=due, status=status), now=NOW)
    due = risks.due_for_review(admin, date(2027, 1, 1), date(2027, 3, 31), now=NOW)
    assert [r.code for r in due] == ["C", "A", "B"]
    assert [r.is_overdue(TODAY) for r in due] == [True, False, False]
    with pytest.raises(RiskInputInvalid, match="last"):
        risks.due_for_review(admin, date(2027, 3, 31), date(2027, 1, 1), now=NOW)


# --- links --------------------------------------------------------------------------------------------


def _incident_code(workspace: Workspace, session: Session) -> str:
    facts = IncidentFacts(
        title="Case server encrypted",
        category=IncidentCategory.CYBER_SECURITY,
        reported_at=NOW - timedelta(hours=1),
    )
    return workspace.incidents.create(session, facts, GradingInput()).incident.code


def test_links_to_incidents_by_code(workspace: Workspace, admin: Session, counsellor: Session) -> None:
    risks = workspace.risks
    code = _incident_code(workspace, counsellor)
    created = risks.create(counsellor, risk(), now=NOW).risk
    linked = risks.link_incident(counsellor, created.id, f" {code.lower()} ")
    assert linked.linked_incident_codes == (code,)
    assert risks.link_incident(counsellor, created.id, code).linked_incident_codes == (code,)  # once only
    assert risks.list_risks(admin)[0].linked_incident_codes == (code,)
    before = state(workspace)
    with pytest.raises(RiskInputInvalid) as refused:
        risks.link_incident(counsellor, created.id, "INC-1999-0001")
    assert refused.value.problems[0].field == "incident_code"
    assert "no incident" in str(refused.value)
    with pytest.raises(RiskNotFound):
        risks.link_incident(counsellor, 404, code)
    assert state(workspace) == before
    assert risks.unlink_incident(counsellor, created.id, code).linked_incident_codes == ()
    with pytest.raises(RiskInputInvalid, match="not linked"):
        risks.unlink_incident(counsellor, created.id, code)
    assert [(a, d) for a, _e, d in audit_rows(workspace) if a in ("risk.linked", "risk.unlinked")] == [
        ("risk.linked", {"code": "R-001", "incident": code}),
        ("risk.unlinked", {"code": "R-001", "incident": code}),
    ]


# --- names of people -------------------------------------------------------------------------------


def test_name_warnings_name_the_field_never_the_person(
    workspace: Workspace, admin: Session, counsellor: Session
) -> None:
    incident = workspace.incidents.get_by_code(counsellor, _incident_code(workspace, counsellor))
    workspace.people.link_person(counsellor, incident.id, PersonInput(full_name="陳大文"))
    saved = workspace.risks.create(
        counsellor,
        risk(title="Burnout in wang xiaoming's team", controls="陳大文的個案", treatment="Talk to Li"),
        now=NOW,
    )
    assert len(saved.warnings) == 2
    assert "title" in saved.warnings[0]
    assert "controls" in saved.warnings[1]
    joined = " ".join(saved.warnings)
    assert "Wang" not in joined
    assert "陳大文" not in joined
    assert workspace.risks.name_warnings(admin, {"actions": "Ask Xiaoming Wang"}) == ()  # another order
    assert workspace.risks.name_warnings(admin, {"actions": "Awangxiaoming"}) == ()  # not a whole word
    assert len(workspace.risks.name_warnings(admin, {"comment": "By 陳大文"})) == 1
    assert audit_rows(workspace)[-1][2]["name_warnings"] == 2
    text = all_audit_text(workspace)
    assert "陳大文" not in text
    assert "xiaoming" not in str(audit_rows(workspace)).casefold()
    review = workspace.risks.record_review(
        counsellor,
        saved.risk.id,
        RiskReviewInput(reviewed_on=TODAY, likelihood=1, impact=1, comment="陳大文 ok"),
        now=NOW,
    )
    assert len(review.warnings) == 1
    assert "comment" in review.warnings[0]


def test_hr_manager_cannot_probe_for_people_in_the_counselling_records(
    workspace: Workspace, counsellor: Session, hr: Session
) -> None:
    incident = workspace.incidents.get_by_code(counsellor, _incident_code(workspace, counsellor))
    workspace.people.link_person(counsellor, incident.id, PersonInput(full_name="陳大文"))
    assert len(workspace.risks.name_warnings(counsellor, {"title": "陳大文"})) == 1
    assert workspace.risks.name_warnings(hr, {"title": "陳大文"}) == ()
    assert len(workspace.risks.name_warnings(hr, {"title": "Wang Xiaoming"})) == 1  # an account name


# --- access ------------------------------------------------------------------------------------------


def test_hr_manager_reads_everything_and_changes_nothing(
    workspace: Workspace, admin: Session, counsellor: Session, hr: Session
) -> None:
    risks = workspace.risks
    code = _incident_code(workspace, counsellor)
    created = risks.create(counsellor, risk(), now=NOW).risk
    assert [r.title for r in risks.list_risks(hr)] == [created.title]  # the register holds no personal data
    assert risks.get(hr, created.id).risk.controls == created.controls
    assert set(risks.register_as_of(hr, TODAY)) == {created.id}
    assert risks.snapshots(hr)
    assert risks.sources(hr)
    assert risks.due_for_review(hr, TODAY, TODAY + timedelta(days=365), now=NOW)
    assert not risks.can_edit(hr)
    before = state(workspace)
    calls = {
        "risk.edit": (
            lambda: risks.create(hr, risk(), now=NOW),
            lambda: risks.update(hr, created.id, risk(title="HR"), now=NOW),
            lambda: risks.link_incident(hr, created.id, code),
            lambda: risks.unlink_incident(hr, created.id, code),
        ),
        "risk.review": (
            lambda: risks.record_review(
                hr, created.id, RiskReviewInput(reviewed_on=TODAY, likelihood=1, impact=1)
            ),
        ),
        "risk.sources_edit": (lambda: risks.add_source(hr, "hr_source", "HR"),),
        "policy.update": (
            lambda: risks.set_scoring_policy(hr, ScoringPolicy(LevelBands(5, 10), ReviewCadence())),
        ),
    }
    for operation, invocations in calls.items():
        for invoke in invocations:
            with pytest.raises(PermissionDenied):
                invoke()
            assert audit_rows(workspace, "access")[-1][:2] == ("access.denied", operation)
    assert state(workspace) == before


def test_counsellors_are_kept_out_when_the_office_says_so(
    workspace: Workspace, admin: Session, counsellor: Session
) -> None:
    risks = workspace.risks
    created = risks.create(counsellor, risk(), now=NOW).risk
    assert risks.can_edit(counsellor)
    workspace.settings.set_value(admin, RISK_COUNSELLORS_MAY_EDIT, 0)
    assert not risks.can_edit(counsellor)
    assert risks.can_edit(admin)
    before = state(workspace)
    for invoke, operation in (
        (lambda: risks.create(counsellor, risk(), now=NOW), "risk.edit"),
        (lambda: risks.update(counsellor, created.id, risk(title="x"), now=NOW), "risk.edit"),
        (
            lambda: risks.record_review(
                counsellor, created.id, RiskReviewInput(reviewed_on=TODAY, likelihood=1, impact=1), now=NOW
            ),
            "risk.review",
        ),
    ):
        with pytest.raises(PermissionDenied, match="only administrators"):
            invoke()
        action, entity, detail = audit_rows(workspace, "access")[-1]
        assert (action, entity, detail) == (
            "access.denied",
            operation,
            {"role": "counsellor", "policy": "risk.counsellors_may_edit"},
        )
    assert state(workspace) == before
    assert risks.list_risks(counsellor)  # reading is untouched
    assert risks.create(admin, risk(), now=NOW).risk.code == "R-002"
    workspace.settings.set_value(admin, RISK_COUNSELLORS_MAY_EDIT, 1)
    assert risks.create(counsellor, risk(), now=NOW).risk.code == "R-003"


def test_audit_entries_hold_no_free_text(workspace: Workspace, admin: Session, counsellor: Session) -> None:
    risks = workspace.risks
    created = risks.create(counsellor, risk(), now=NOW).risk
    risks.update(counsellor, created.id, risk(treatment=f"Plan {CANARY}", likelihood=4), now=NOW)
    risks.record_review(
        counsellor,
        created.id,
        RiskReviewInput(reviewed_on=TODAY, likelihood=2, impact=2, comment=CANARY),
        now=NOW,
    )
    risks.link_incident(counsellor, created.id, _incident_code(workspace, counsellor))
    risks.add_source(admin, "vendor_fraud", f"Vendor {CANARY}")
    risks.update_source(admin, "vendor_fraud", f"Vendor fraud {CANARY}", "供應商欺詐")
    assert {a for a, _e, _d in audit_rows(workspace)} >= {
        "risk.created",
        "risk.updated",
        "risk.reviewed",
        "risk.linked",
        "risk_source.added",
        "risk_source.updated",
    }
    text = all_audit_text(workspace)
    assert "CANARY" not in text
    assert "勒索" not in text
    assert "Ransomware" not in text


# --- scoring policy and sources --------------------------------------------------------------------


def test_scoring_policy_changes_levels_and_cadence(
    workspace: Workspace, admin: Session, counsellor: Session
) -> None:
    risks = workspace.risks
    assert risks.scoring_policy() == ScoringPolicy(LevelBands(), ReviewCadence())
    created = risks.create(admin, risk(likelihood=3, impact=4), now=NOW).risk
    assert created.level is RiskLevel.HIGH
    policy = ScoringPolicy(LevelBands(6, 14), ReviewCadence(30, 60, 120))
    assert risks.set_scoring_policy(admin, policy) == policy
    assert risks.scoring_policy() == policy
    assert risks.list_risks(admin)[0].level is RiskLevel.MEDIUM  # 12 is Medium under the new bands
    reviewed = risks.record_review(
        admin, created.id, RiskReviewInput(reviewed_on=TODAY, likelihood=3, impact=4), now=NOW
    ).risk
    assert reviewed.next_review_on == TODAY + timedelta(days=60)
    assert audit_rows(workspace, "policy.risk")[-1][2]["risk.band.low_max"] == 6
    with pytest.raises(InvalidInput, match="at least one score"):
        risks.set_scoring_policy(
            admin, ScoringPolicy(SimpleNamespace(low_max=9, medium_max=9), ReviewCadence())
        )  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="changed together"):
        workspace.settings.set_value(admin, RISK_BAND_LOW_MAX, 8)
    with pytest.raises(PermissionDenied):
        risks.set_scoring_policy(counsellor, policy)
    assert risks.scoring_policy() == policy


def test_sources_added_renamed_and_retired(workspace: Workspace, admin: Session, counsellor: Session) -> None:
    risks = workspace.risks
    added = risks.add_source(admin, "vendor_fraud", "Vendor fraud")
    assert (added.label_zh_tw, added.label_zh_cn, added.active, added.position) == (
        "Vendor fraud",
        "Vendor fraud",
        True,
        11,
    )
    with pytest.raises(RiskInputInvalid, match="exists"):
        risks.add_source(admin, "vendor_fraud", "Again")
    with pytest.raises(RiskInputInvalid, match="lower-case"):
        risks.add_source(admin, "Vendor Fraud", "Bad code")
    renamed = risks.update_source(
        admin, "vendor_fraud", "Supplier fraud", "供應商欺詐", "供应商欺诈", position=2
    )
    assert (renamed.label_en, renamed.position) == ("Supplier fraud", 2)
    used = risks.create(counsellor, risk(source="vendor_fraud"), now=NOW).risk
    assert used.source_label == "Supplier fraud"
    assert not risks.set_source_active(admin, "vendor_fraud", False).active
    with pytest.raises(RiskInputInvalid, match="retired"):
        risks.create(counsellor, risk(source="vendor_fraud"), now=NOW)
    kept = risks.update(counsellor, used.id, risk(source="vendor_fraud", impact=4), now=NOW).risk
    assert kept.source == "vendor_fraud"  # a risk keeps its retired source
    assert risks.set_source_active(admin, "vendor_fraud", True).active
    assert [a for a, _e, _d in audit_rows(workspace, "risk_source")] == [
        "risk_source.added",
        "risk_source.updated",
        "risk_source.retired",
        "risk_source.restored",
    ]
    with pytest.raises(PermissionDenied):
        risks.add_source(counsellor, "x_source", "X")
