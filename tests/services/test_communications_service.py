"""Communication drafts and templates on real SQLCipher files: render, save, approve, send, per role."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.communication_templates import (
    Channel,
    DraftState,
    Language,
    TemplateKind,
    default_template,
)
from app.domain.grading import Grade, GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.roles import Role
from app.services.communications import DraftInput
from app.services.errors import InvalidInput, PermissionDenied
from app.services.record_input import RecordInputInvalid
from app.services.session import Session
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD

R = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
CANARY = "CANARY-MEASURES 已撤回郵件"
VALUES = {
    "organisation": "Acme",
    "facts": "A report went to the wrong list.",
    "data_categories": "screening results",
    "measures": CANARY,
    "hotline": "0800-123-456",
    "contact_person": "Chen Mei",
    "contact_email": "eap@example.com",
    "next_update": "Friday",
    "regulator": "the Commissioner",
}


@pytest.fixture
def admin(workspace: Workspace) -> Session:
    return workspace.sign_in(ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def counsellor(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "coun", Role.COUNSELLOR, "counsellor-pass-1")
    return workspace.sign_in("coun", "counsellor-pass-1")


@pytest.fixture
def hr(workspace: Workspace, admin: Session) -> Session:
    workspace.users.create(admin, "hr", Role.HR_MANAGER, "hr-manager-pass-1")
    return workspace.sign_in("hr", "hr-manager-pass-1")


@pytest.fixture
def incident(workspace: Workspace, counsellor: Session) -> int:
    created = workspace.incidents.create(
        counsellor,
        IncidentFacts(
            title="Screening results leaked",
            category=IncidentCategory.PRIVACY_LEAK,
            reported_at=R,
            occurred_at=R - timedelta(days=1),
            people_involved=12,
        ),
        GradingInput(),
        chosen_grade=Grade.II,
        override_reason="test",
        now=R + timedelta(minutes=1),
    )
    return created.incident.id


def draft_input(kind: TemplateKind, language: Language, values: dict[str, str] | None = None) -> DraftInput:
    template = default_template(kind, language)
    return DraftInput(kind, language, template.subject, template.body, VALUES if values is None else values)


def test_incident_values_fill_the_template_in_both_languages(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    en = workspace.communications.incident_values(counsellor, incident, Language.EN, tz=UTC)
    zh = workspace.communications.incident_values(counsellor, incident, Language.ZH, tz=UTC)
    code = workspace.incidents.get(counsellor, incident).code
    assert en["incident_code"] == zh["incident_code"] == code
    assert en["reported_date"] == "2026-11-02"
    assert zh["reported_date"] == "2026年11月2日"
    assert zh["category"] == "心理隱私泄露"
    assert en["affected_count"] == "12"
    rendering = workspace.communications.preview(
        counsellor, incident, draft_input(TemplateKind.REGULATOR_NOTICE, Language.ZH), tz=UTC
    )
    assert rendering.complete
    assert f"事件編號：{code}" in rendering.body
    assert "受影響人數（約）：12" in rendering.body


def test_draft_save_reports_missing_then_approve_and_mark_sent(
    workspace: Workspace, counsellor: Session, admin: Session, incident: int
) -> None:
    service = workspace.communications
    partial = {k: v for k, v in VALUES.items() if k != "hotline"}
    draft = service.save_draft(
        counsellor,
        incident,
        draft_input(TemplateKind.AFFECTED_NOTICE, Language.EN, partial),
        now=R + timedelta(hours=1),
    )
    assert draft.state is DraftState.DRAFT
    assert draft.missing == ("hotline",)
    assert "{hotline}" in draft.body
    with pytest.raises(RecordInputInvalid, match=r"\{hotline\}"):
        service.approve(counsellor, incident, draft.id, now=R + timedelta(hours=2))

    draft = service.save_draft(
        counsellor,
        incident,
        draft_input(TemplateKind.AFFECTED_NOTICE, Language.EN),
        draft_id=draft.id,
        now=R + timedelta(hours=2),
    )
    assert draft.complete
    assert CANARY in draft.body
    with pytest.raises(InvalidInput, match="approved"):
        service.mark_sent(counsellor, incident, draft.id, Channel.EMAIL, now=R + timedelta(hours=2))
    approved = service.approve(admin, incident, draft.id, now=R + timedelta(hours=3))
    assert approved.state is DraftState.APPROVED
    assert approved.approved_by is not None
    sent = service.mark_sent(
        counsellor, incident, draft.id, "email", sent_at=R + timedelta(hours=4), now=R + timedelta(hours=5)
    )
    assert (sent.state, sent.sent_at, sent.sent_channel) == (
        DraftState.SENT,
        R + timedelta(hours=4),
        Channel.EMAIL,
    )
    with pytest.raises(InvalidInput, match="cannot be changed"):
        service.save_draft(
            counsellor, incident, draft_input(TemplateKind.AFFECTED_NOTICE, Language.EN), draft_id=draft.id
        )
    actions = [
        a
        for (a,) in workspace.db.query(
            "SELECT action FROM audit_log WHERE action LIKE 'communication.%' ORDER BY seq"
        )
    ]
    assert actions == [
        "communication.draft_created",
        "communication.draft_updated",
        "communication.draft_approved",
        "communication.draft_sent",
    ]
    for (detail,) in workspace.db.query("SELECT detail FROM audit_log"):
        assert "CANARY" not in detail
        assert "wrong list" not in detail


def test_editing_an_approved_draft_withdraws_the_approval(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    service = workspace.communications
    draft = service.save_draft(counsellor, incident, draft_input(TemplateKind.INTERNAL_NOTICE, Language.ZH))
    service.approve(counsellor, incident, draft.id)
    edited = service.save_draft(
        counsellor, incident, draft_input(TemplateKind.INTERNAL_NOTICE, Language.ZH), draft_id=draft.id
    )
    assert edited.state is DraftState.DRAFT
    assert edited.approved_at is None


def test_only_one_external_statement_stands_approved(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    service = workspace.communications
    first = service.save_draft(
        counsellor, incident, draft_input(TemplateKind.EXTERNAL_STATEMENT, Language.ZH)
    )
    second = service.save_draft(
        counsellor, incident, draft_input(TemplateKind.EXTERNAL_STATEMENT, Language.EN)
    )
    internal = service.save_draft(
        counsellor, incident, draft_input(TemplateKind.INTERNAL_NOTICE, Language.EN)
    )
    service.approve(counsellor, incident, first.id)
    service.approve(counsellor, incident, internal.id)
    service.approve(counsellor, incident, second.id)
    states = {d.id: d.state for d in service.drafts(counsellor, incident)}
    assert states == {
        first.id: DraftState.SUPERSEDED,
        second.id: DraftState.APPROVED,
        internal.id: DraftState.APPROVED,
    }
    with pytest.raises(InvalidInput, match="superseded"):
        service.mark_sent(counsellor, incident, first.id, Channel.EMAIL)


def test_unknown_placeholder_in_an_edited_draft_is_reported(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    draft = workspace.communications.save_draft(
        counsellor,
        incident,
        DraftInput("internal_notice", "en", "Notice {incident_code}", "Call {hotlne}.", {}),
    )
    assert draft.missing == ("hotlne",)
    with pytest.raises(RecordInputInvalid):
        workspace.communications.approve(counsellor, incident, draft.id)


def test_bad_draft_input_lists_problems_and_writes_nothing(
    workspace: Workspace, counsellor: Session, incident: int
) -> None:
    with pytest.raises(RecordInputInvalid) as caught:
        workspace.communications.save_draft(
            counsellor, incident, DraftInput("memo", "fr", "", "", {"nonsense": "x"})
        )
    assert {"kind", "language"} <= {p.field for p in caught.value.problems}
    with pytest.raises(RecordInputInvalid) as caught:
        workspace.communications.save_draft(
            counsellor,
            incident,
            DraftInput("internal_notice", "en", " ", "", {"nonsense": "x"}),
        )
    assert {p.field for p in caught.value.problems} == {"subject", "body", "values.nonsense"}
    assert workspace.db.query_value("SELECT count(*) FROM communication_drafts") == 0


def test_hr_manager_receives_no_draft_or_template_text(
    workspace: Workspace, counsellor: Session, hr: Session, incident: int
) -> None:
    workspace.communications.save_draft(
        counsellor, incident, draft_input(TemplateKind.AFFECTED_NOTICE, Language.EN)
    )
    service = workspace.communications
    for call in (
        lambda: service.drafts(hr, incident),
        lambda: service.templates(hr),
        lambda: service.template(hr, "affected_notice", "en"),
        lambda: service.incident_values(hr, incident, "en"),
        lambda: service.preview(hr, incident, draft_input(TemplateKind.AFFECTED_NOTICE, Language.EN)),
    ):
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert CANARY not in str(refused.value)


def test_admin_edits_templates_and_drafts_start_from_the_override(
    workspace: Workspace, admin: Session, counsellor: Session
) -> None:
    service = workspace.communications
    with pytest.raises(PermissionDenied):
        service.set_template(counsellor, "internal_notice", "en", "S", "B")
    with pytest.raises(RecordInputInvalid, match=r"\{nobody\}"):
        service.set_template(admin, "internal_notice", "en", "Notice", "Dear {nobody}")
    changed = service.set_template(
        admin, "internal_notice", "en", "Staff notice {incident_code}", "Hotline {hotline}"
    )
    assert changed.overridden
    assert service.template(counsellor, "internal_notice", "en").subject == "Staff notice {incident_code}"
    assert len(service.templates(counsellor)) == 8
    reset = service.reset_template(admin, "internal_notice", "en")
    assert not reset.overridden
    assert reset.body == default_template("internal_notice", "en").body
    rows = workspace.db.query(
        "SELECT action, entity_id, detail FROM audit_log WHERE action LIKE 'communication.template%' ORDER BY seq"
    )
    assert [(a, e) for a, e, _ in rows] == [
        ("communication.template_changed", "internal_notice.en"),
        ("communication.template_reset", "internal_notice.en"),
    ]
    assert all("Hotline" not in d for _, _, d in rows)
