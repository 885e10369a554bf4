"""Response-plan templates through the service on a real SQLCipher file: defaults, edits, activation."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.domain.crisis_roles import CrisisRole
from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.response_plans import CATEGORY_CODES, DEFAULT_TEMPLATES, PlanTemplate, template_for
from app.domain.roles import Role
from app.services.errors import PermissionDenied
from app.services.response_plans import (
    PlanSource,
    PlanStepInput,
    PlanTemplateInput,
    PlanTemplateInvalid,
    check_step,
)
from app.services.session import Session
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


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


def audit(workspace: Workspace, action: str) -> list[tuple[str, str, dict[str, Any]]]:
    rows = workspace.db.query(
        "SELECT actor, entity_id, detail FROM audit_log WHERE action = ? ORDER BY seq", (action,)
    )
    return [(a, i, json.loads(d)) for a, i, d in rows]


def stored(workspace: Workspace) -> list[tuple[Any, ...]]:
    return workspace.db.query("SELECT * FROM response_plan_templates ORDER BY id")


def two_steps(category: str = "cyber_security", grade: str | None = None) -> PlanTemplateInput:
    return PlanTemplateInput(
        category,
        grade,
        (
            PlanStepInput(
                "Pull the network cable", "拔除網路線", CrisisRole.IT_SECURITY, timedelta(minutes=15)
            ),
            PlanStepInput("Call the lead", "致電負責人", "crisis_lead", timedelta(hours=1, minutes=30)),
        ),
    )


def activate(workspace: Workspace, session: Session, category: IncidentCategory, title: str) -> int:
    facts = IncidentFacts(title=title, category=category, reported_at=NOW - timedelta(hours=1))
    created = workspace.incidents.create(session, facts, GradingInput(), now=NOW).incident
    for status in ("verified", "assessed", "responding"):
        workspace.incidents.transition(session, created.id, status, now=NOW)
    return created.id


def test_every_category_lists_its_shipped_default(workspace: Workspace, counsellor: Session) -> None:
    views = workspace.response_plans.templates(counsellor)
    assert [(v.category, v.grade) for v in views] == [(c, None) for c in CATEGORY_CODES]
    assert {v.source for v in views} == {PlanSource.DEFAULT}
    assert [v.template for v in views] == list(DEFAULT_TEMPLATES)
    assert all(v.updated_at is None and v.updated_by_name is None for v in views)


def test_a_grade_without_its_own_plan_shows_the_all_grades_plan(workspace: Workspace, admin: Session) -> None:
    view = workspace.response_plans.template(admin, "privacy_leak", "I")
    assert view.source is PlanSource.ALL_GRADES
    assert view.grade == "I"
    assert view.steps == template_for("privacy_leak").steps  # type: ignore[union-attr]


def test_save_overrides_and_reset_restores_the_default(workspace: Workspace, admin: Session) -> None:
    plans = workspace.response_plans
    saved = plans.save_template(admin, two_steps(), now=NOW)
    assert saved.source is PlanSource.EDITED
    assert [s.title_en for s in saved.steps] == ["Pull the network cable", "Call the lead"]
    assert [s.order for s in saved.steps] == [1, 2]
    assert saved.steps[1].due_offset == timedelta(hours=1, minutes=30)
    assert (saved.updated_at, saved.updated_by_name) == (NOW, ADMIN)
    listed = {(v.category, v.grade): v for v in plans.templates(admin)}
    assert listed[("cyber_security", None)].source is PlanSource.EDITED
    assert listed[("privacy_leak", None)].source is PlanSource.DEFAULT
    assert plans.template_in_effect("cyber_security", "II") == PlanTemplate(
        "cyber_security", None, saved.steps
    )
    assert audit(workspace, "plan.template_saved") == [
        (ADMIN, "cyber_security.all", {"category": "cyber_security", "grade": None, "steps": 2})
    ]
    reset = plans.reset_template(admin, "cyber_security", None, now=NOW)
    assert reset.source is PlanSource.DEFAULT
    assert reset.template == template_for("cyber_security")
    assert stored(workspace) == []
    assert audit(workspace, "plan.template_reset") == [
        (ADMIN, "cyber_security.all", {"category": "cyber_security", "grade": None})
    ]


def test_a_grade_plan_applies_to_that_grade_only(workspace: Workspace, admin: Session) -> None:
    plans = workspace.response_plans
    plans.save_template(admin, two_steps("reputation", "I"), now=NOW)
    listed = [(v.category, v.grade, v.source) for v in plans.templates(admin)]
    assert ("reputation", "I", PlanSource.EDITED) in listed
    grade_one = plans.template_in_effect("reputation", "I")
    assert grade_one is not None
    assert len(grade_one.steps) == 2
    assert plans.template_in_effect("reputation", "II") == template_for("reputation")
    assert plans.reset_template(admin, "reputation", "I").source is PlanSource.ALL_GRADES


def test_an_existing_template_value_is_saved_as_it_is(workspace: Workspace, admin: Session) -> None:
    default = template_for("natural_disaster")
    assert default is not None
    edited = replace(default, grade="IV", steps=default.steps[:3])
    assert workspace.response_plans.save_template(admin, edited).template == edited


@pytest.mark.parametrize(
    ("plan", "fields"),
    [
        (PlanTemplateInput("cyber_security", None, ()), {"steps"}),
        (PlanTemplateInput("no_such_thing", "V", two_steps().steps), {"category", "grade"}),
        (
            PlanTemplateInput(
                "cyber_security",
                None,
                (
                    PlanStepInput("  ", "好", "hr", timedelta(hours=1)),
                    PlanStepInput("Fine", "", "janitor", timedelta(hours=-1)),
                    PlanStepInput("Fine", "好", "hr", timedelta(seconds=30)),
                ),
            ),
            {
                "steps.1.title_en",
                "steps.2.title_zh",
                "steps.2.role",
                "steps.2.due_offset",
                "steps.3.due_offset",
            },
        ),
        (
            PlanTemplateInput(
                "cyber_security",
                None,
                (
                    PlanStepInput("A", "甲", "hr", timedelta(0), code="same"),
                    PlanStepInput("B", "乙", "hr", timedelta(0), code="same"),
                ),
            ),
            {"steps"},
        ),
    ],
)
def test_an_invalid_template_is_refused_with_nothing_written(
    workspace: Workspace, admin: Session, plan: PlanTemplateInput, fields: set[str]
) -> None:
    with pytest.raises(PlanTemplateInvalid) as raised:
        workspace.response_plans.save_template(admin, plan)
    assert {p.field for p in raised.value.problems} == fields
    assert stored(workspace) == []
    assert audit(workspace, "plan.template_saved") == []


def test_check_step_names_the_fields(workspace: Workspace) -> None:
    with pytest.raises(PlanTemplateInvalid) as raised:
        check_step(PlanStepInput("", "x\ny", "hr", timedelta(days=400)))
    assert {p.field for p in raised.value.problems} == {"title_en", "title_zh", "due_offset"}
    assert check_step(PlanStepInput(" Ok ", "好", "pr", timedelta(hours=2))).title_en == "Ok"


def test_new_activation_uses_the_edited_plan_and_old_incidents_keep_theirs(
    workspace: Workspace, admin: Session, counsellor: Session
) -> None:
    default = template_for("cyber_security")
    assert default is not None
    old = activate(workspace, counsellor, IncidentCategory.CYBER_SECURITY, "Before the edit")
    workspace.response_plans.save_template(admin, two_steps(), now=NOW)
    new = activate(workspace, counsellor, IncidentCategory.CYBER_SECURITY, "After the edit")
    old_list = workspace.incidents.get(counsellor, old).checklist
    new_list = workspace.incidents.get(counsellor, new).checklist
    assert [i.title_en for i in old_list] == [s.title_en for s in default.steps]
    assert [(i.title_en, i.role, i.due_at) for i in new_list] == [
        ("Pull the network cable", "it_security", NOW + timedelta(minutes=15)),
        ("Call the lead", "crisis_lead", NOW + timedelta(hours=1, minutes=30)),
    ]
    workspace.response_plans.reset_template(admin, "cyber_security", None)
    assert len(workspace.incidents.get(counsellor, new).checklist) == 2  # a reset does not rewrite it


@pytest.mark.parametrize("who", ["counsellor", "hr"])
def test_only_admins_edit_plans_and_refusals_are_audited(
    workspace: Workspace, request: pytest.FixtureRequest, who: str
) -> None:
    session: Session = request.getfixturevalue(who)
    for call in (
        lambda: workspace.response_plans.save_template(session, two_steps()),
        lambda: workspace.response_plans.reset_template(session, "cyber_security", None),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert stored(workspace) == []
    denied = workspace.db.query(
        "SELECT actor, entity_id FROM audit_log WHERE action = 'access.denied' ORDER BY seq"
    )
    assert denied == [(session.username, "plan.template_edit")] * 2


def test_hr_manager_may_not_read_plans(workspace: Workspace, hr: Session) -> None:
    with pytest.raises(PermissionDenied):
        workspace.response_plans.templates(hr)
    with pytest.raises(PermissionDenied):
        workspace.response_plans.template(hr, "reputation", None)
