"""The role x operation matrix, written out in full, and its enforcement in the services themselves.

When a later issue adds an Operation, ``test_table_lists_every_operation`` fails until a row is added
here: every new operation gets an explicit decision for every role.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta

import pytest

from app.domain.drills import DrillInput, Participant
from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.recurrence import Frequency, RecurrenceRule
from app.domain.risk_input import RiskInput, RiskReviewInput
from app.domain.risks import LevelBands, ReviewCadence
from app.domain.roles import Operation, Role
from app.services.access import DEFAULT_MATRIX, AccessPolicy
from app.services.communications import DraftInput
from app.services.errors import PermissionDenied
from app.services.incidents import IncidentQuery
from app.services.maintenance import create_database
from app.services.notifications import NotificationInput
from app.services.people import EmergencyContactInput, PersonInput
from app.services.policy import IDLE_LOCK_MINUTES
from app.services.response_plans import PlanStepInput, PlanTemplateInput
from app.services.response_targets import RESPONSE_TARGET_SETTINGS
from app.services.risks import ScoringPolicy
from app.services.session import Session
from app.services.workspace import Workspace
from app.storage.audit_repository import AuditQuery
from app.storage.keystore import Keystore

ALLOW, DENY = True, False

#                                admin  counsellor  hr_manager
MATRIX: dict[Operation, tuple[bool, bool, bool]] = {
    Operation.USER_LIST:        (ALLOW, DENY,       DENY),
    Operation.USER_CREATE:      (ALLOW, DENY,       DENY),
    Operation.USER_UPDATE:      (ALLOW, DENY,       DENY),
    Operation.USER_DISABLE:     (ALLOW, DENY,       DENY),
    Operation.AUDIT_VIEW:       (ALLOW, DENY,       DENY),
    Operation.AUDIT_VERIFY:     (ALLOW, DENY,       DENY),
    Operation.POLICY_VIEW:      (ALLOW, ALLOW,      ALLOW),
    Operation.POLICY_UPDATE:    (ALLOW, DENY,       DENY),
    Operation.DATABASE_INFO:    (ALLOW, ALLOW,      ALLOW),
    Operation.DATABASE_BACKUP:  (ALLOW, DENY,       DENY),
    Operation.DIRECTORY_VIEW:   (ALLOW, ALLOW,      ALLOW),
    Operation.INCIDENT_CREATE:  (ALLOW, ALLOW,      DENY),
    Operation.INCIDENT_VIEW:    (ALLOW, ALLOW,      ALLOW),
    Operation.INCIDENT_VIEW_CONFIDENTIAL:
                                (ALLOW, ALLOW,      DENY),
    Operation.INCIDENT_UPDATE:  (ALLOW, ALLOW,      DENY),
    Operation.INCIDENT_TRANSITION:
                                (ALLOW, ALLOW,      DENY),
    Operation.INCIDENT_TIMELINE_ADD:
                                (ALLOW, ALLOW,      DENY),
    Operation.REVIEW_VIEW:      (ALLOW, ALLOW,      ALLOW),
    Operation.REVIEW_EDIT:      (ALLOW, ALLOW,      DENY),
    Operation.EVIDENCE_VIEW:    (ALLOW, ALLOW,      DENY),
    Operation.EVIDENCE_READ:    (ALLOW, ALLOW,      DENY),
    Operation.EVIDENCE_ADD:     (ALLOW, ALLOW,      DENY),
    Operation.EVIDENCE_CUSTODY: (ALLOW, ALLOW,      DENY),
    Operation.PERSON_VIEW:      (ALLOW, ALLOW,      DENY),
    Operation.PERSON_VIEW_CONFIDENTIAL:
                                (ALLOW, ALLOW,      DENY),
    Operation.PERSON_MANAGE:    (ALLOW, ALLOW,      DENY),
    Operation.SCREENING_RECORD: (ALLOW, ALLOW,      DENY),
    Operation.FOLLOW_UP_UPDATE: (ALLOW, ALLOW,      DENY),
    Operation.CLINICAL_NOTE_ADD:
                                (ALLOW, ALLOW,      DENY),
    Operation.PEOPLE_COUNT:     (ALLOW, ALLOW,      ALLOW),
    Operation.NOTIFICATION_VIEW:
                                (ALLOW, ALLOW,      ALLOW),
    Operation.NOTIFICATION_RECORD:
                                (ALLOW, ALLOW,      DENY),
    Operation.COMMUNICATION_VIEW:
                                (ALLOW, ALLOW,      DENY),
    Operation.COMMUNICATION_DRAFT:
                                (ALLOW, ALLOW,      DENY),
    Operation.COMMUNICATION_APPROVE:
                                (ALLOW, ALLOW,      DENY),
    Operation.COMMUNICATION_TEMPLATE_EDIT:
                                (ALLOW, DENY,       DENY),
    Operation.BREACH_CLOCK_VIEW:
                                (ALLOW, ALLOW,      ALLOW),
    Operation.BREACH_CLOCK_UPDATE:
                                (ALLOW, ALLOW,      DENY),
    Operation.PLAN_VIEW:        (ALLOW, ALLOW,      DENY),
    Operation.PLAN_TEMPLATE_EDIT:
                                (ALLOW, DENY,       DENY),
    Operation.RISK_VIEW:        (ALLOW, ALLOW,      ALLOW),
    Operation.RISK_EDIT:        (ALLOW, ALLOW,      DENY),
    Operation.RISK_REVIEW:      (ALLOW, ALLOW,      DENY),
    Operation.RISK_IMPORT:      (ALLOW, ALLOW,      DENY),
    Operation.RISK_EXPORT:      (ALLOW, ALLOW,      ALLOW),
    Operation.RISK_SOURCES_EDIT:
                                (ALLOW, DENY,       DENY),
    Operation.ONCALL_VIEW:      (ALLOW, ALLOW,      ALLOW),
    Operation.ONCALL_MANAGE:    (ALLOW, DENY,       DENY),
    Operation.ONCALL_CONTACTS:  (ALLOW, ALLOW,      DENY),
    Operation.ONCALL_HOURS_EXPORT:
                                (ALLOW, ALLOW,      ALLOW),
    Operation.CALENDAR_EXPORT:  (ALLOW, ALLOW,      ALLOW),
    Operation.DRILL_VIEW:       (ALLOW, ALLOW,      ALLOW),
    Operation.DRILL_MANAGE:     (ALLOW, ALLOW,      DENY),
    Operation.DRILL_RUN:        (ALLOW, ALLOW,      DENY),
    Operation.DRILL_PLAN_SURPRISE:
                                (ALLOW, DENY,       DENY),
    Operation.REPORT_INCIDENT_INTERNAL:
                                (ALLOW, ALLOW,      DENY),
    Operation.REPORT_INCIDENT_BOARD:
                                (ALLOW, ALLOW,      ALLOW),
    Operation.REPORT_BOARD:     (ALLOW, ALLOW,      ALLOW),
    Operation.REPORT_DRILL:     (ALLOW, ALLOW,      ALLOW),
}  # fmt: skip
ROLES = (Role.ADMIN, Role.COUNSELLOR, Role.HR_MANAGER)


def test_table_lists_every_operation_and_role() -> None:
    assert set(MATRIX) == set(Operation)
    assert set(ROLES) == set(Role)


@pytest.mark.parametrize(
    ("operation", "role"),
    list(itertools.product(Operation, Role)),
    ids=[f"{op.value}-{role.value}" for op, role in itertools.product(Operation, Role)],
)
def test_policy_decision(operation: Operation, role: Role) -> None:
    expected = MATRIX[operation][ROLES.index(role)]
    policy = AccessPolicy()
    assert policy.allows(role, operation) is expected
    session = Session(1, "someone", role, datetime(2026, 1, 1, tzinfo=UTC))
    if expected:
        policy.require(session, operation)
    else:
        with pytest.raises(PermissionDenied, match=f"{role.value}.*{operation.value}"):
            policy.require(session, operation)


def test_default_matrix_is_the_table() -> None:
    assert {op: tuple(role in DEFAULT_MATRIX[op] for role in ROLES) for op in Operation} == MATRIX


def test_a_matrix_without_a_rule_for_an_operation_is_refused() -> None:
    partial = {op: roles for op, roles in DEFAULT_MATRIX.items() if op is not Operation.AUDIT_VIEW}
    with pytest.raises(ValueError, match=r"audit\.view"):
        AccessPolicy(partial)


# -- enforcement by the services, whatever a screen shows ---------------------------------------


PASSWORDS = {
    Role.ADMIN: "admin-password-123",
    Role.COUNSELLOR: "counsellor-pass-1",
    Role.HR_MANAGER: "hr-manager-pass-1",
}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, dict[Role, Session]]]:
    """One database with a signed-in session per role, shared by this module's refusal tests."""
    path = tmp_path_factory.mktemp("matrix") / "eapdesk.db"
    created = create_database(path, "admin", PASSWORDS[Role.ADMIN], keystore=Keystore())
    workspace = created.workspace
    admin = workspace.sign_in("admin", PASSWORDS[Role.ADMIN])
    sessions = {Role.ADMIN: admin}
    for role in (Role.COUNSELLOR, Role.HR_MANAGER):
        workspace.users.create(admin, role.value, role, PASSWORDS[role], f"Test {role.value}")
        sessions[role] = workspace.sign_in(role.value, PASSWORDS[role])
    workspace.incidents.create(sessions[Role.COUNSELLOR], _facts("Matrix case"), GradingInput())
    yield workspace, sessions
    workspace.close()


def _target(workspace: Workspace, admin: Session) -> int:
    return workspace.users.find_by_name(admin, "counsellor").id


ServiceCall = Callable[[Workspace, Session, int], object]

ADMIN_ONLY_CALLS: dict[str, tuple[Operation, ServiceCall]] = {
    "users.list": (Operation.USER_LIST, lambda ws, s, _t: ws.users.list(s)),
    "users.find_by_name": (Operation.USER_LIST, lambda ws, s, _t: ws.users.find_by_name(s, "admin")),
    "users.create": (
        Operation.USER_CREATE,
        lambda ws, s, _t: ws.users.create(s, "intruder", Role.ADMIN, "intruder-pass-1"),
    ),
    "users.update": (Operation.USER_UPDATE, lambda ws, s, t: ws.users.update(s, t, role=Role.ADMIN)),
    "users.update password": (
        Operation.USER_UPDATE,
        lambda ws, s, t: ws.users.update(s, t, password="taken-over-pass-1"),
    ),
    "users.set_disabled": (Operation.USER_DISABLE, lambda ws, s, t: ws.users.set_disabled(s, t, True)),
    "audit.find": (Operation.AUDIT_VIEW, lambda ws, s, _t: ws.audit.find(s, AuditQuery())),
    "audit.actors": (Operation.AUDIT_VIEW, lambda ws, s, _t: ws.audit.actors(s)),
    "audit.actions": (Operation.AUDIT_VIEW, lambda ws, s, _t: ws.audit.actions(s)),
    "audit.verify": (Operation.AUDIT_VERIFY, lambda ws, s, _t: ws.audit.verify(s)),
    "settings.set_value": (
        Operation.POLICY_UPDATE,
        lambda ws, s, _t: ws.settings.set_value(s, IDLE_LOCK_MINUTES, 120),
    ),
    "incidents.set_response_targets": (
        Operation.POLICY_UPDATE,
        lambda ws, s, _t: ws.incidents.set_response_targets(
            s, {key: setting.default * 2 for key, setting in RESPONSE_TARGET_SETTINGS.items()}
        ),
    ),
    "communications.set_template": (
        Operation.COMMUNICATION_TEMPLATE_EDIT,
        lambda ws, s, _t: ws.communications.set_template(s, "internal_notice", "en", "Planted", "Planted"),
    ),
    "communications.reset_template": (
        Operation.COMMUNICATION_TEMPLATE_EDIT,
        lambda ws, s, _t: ws.communications.reset_template(s, "internal_notice", "en"),
    ),
    "response_plans.save_template": (
        Operation.PLAN_TEMPLATE_EDIT,
        lambda ws, s, _t: ws.response_plans.save_template(s, _planted_plan()),
    ),
    "response_plans.reset_template": (
        Operation.PLAN_TEMPLATE_EDIT,
        lambda ws, s, _t: ws.response_plans.reset_template(s, "cyber_security", None),
    ),
    # the risk register's sources and scoring policy (app.services.risks)
    "risks.add_source": (
        Operation.RISK_SOURCES_EDIT,
        lambda ws, s, _t: ws.risks.add_source(s, "planted_source", "Planted"),
    ),
    "risks.update_source": (
        Operation.RISK_SOURCES_EDIT,
        lambda ws, s, _t: ws.risks.update_source(s, "data_leak", "Renamed"),
    ),
    "risks.set_source_active": (
        Operation.RISK_SOURCES_EDIT,
        lambda ws, s, _t: ws.risks.set_source_active(s, "data_leak", False),
    ),
    "risks.set_scoring_policy": (
        Operation.POLICY_UPDATE,
        lambda ws, s, _t: ws.risks.set_scoring_policy(
            s, ScoringPolicy(LevelBands(2, 3), ReviewCadence(1, 2, 3))
        ),
    ),
    # the on-call rota (app.services.oncall): admins keep it; counsellors and HR only read it
    "oncall.add_member": (
        Operation.ONCALL_MANAGE,
        lambda ws, s, _t: ws.oncall.add_member(s, display_name="Planted", roles=["pr"]),
    ),
    "oncall.update_member": (
        Operation.ONCALL_MANAGE,
        lambda ws, s, _t: ws.oncall.update_member(s, 1, display_name="Renamed", roles=["pr"]),
    ),
    "oncall.set_member_active": (
        Operation.ONCALL_MANAGE,
        lambda ws, s, _t: ws.oncall.set_member_active(s, 1, False),
    ),
    "oncall.remove_member": (Operation.ONCALL_MANAGE, lambda ws, s, _t: ws.oncall.remove_member(s, 1)),
    "oncall.add_rotation": (
        Operation.ONCALL_MANAGE,
        lambda ws, s, _t: ws.oncall.add_rotation(s, **_rotation_args()),
    ),
    "oncall.replace_rotation": (
        Operation.ONCALL_MANAGE,
        lambda ws, s, _t: ws.oncall.replace_rotation(s, 1, **_rotation_args()),
    ),
    "oncall.remove_rotation": (Operation.ONCALL_MANAGE, lambda ws, s, _t: ws.oncall.remove_rotation(s, 1)),
    "oncall.add_override": (
        Operation.ONCALL_MANAGE,
        lambda ws, s, _t: ws.oncall.add_override(
            s,
            role="pr",
            member_id=None,
            start=datetime(2026, 3, 1, tzinfo=UTC),
            end=datetime(2026, 3, 2, tzinfo=UTC),
            reason="planted",
        ),
    ),
    "oncall.remove_override": (Operation.ONCALL_MANAGE, lambda ws, s, _t: ws.oncall.remove_override(s, 1)),
    "oncall.add_swap": (
        Operation.ONCALL_MANAGE,
        lambda ws, s, _t: ws.oncall.add_swap(
            s,
            role="pr",
            first_member_id=1,
            first_shift_start=datetime(2026, 3, 2, 9, tzinfo=UTC),
            second_member_id=2,
            second_shift_start=datetime(2026, 3, 9, 9, tzinfo=UTC),
            reason="planted",
        ),
    ),
    "oncall.remove_swap": (Operation.ONCALL_MANAGE, lambda ws, s, _t: ws.oncall.remove_swap(s, 1)),
    # surprise drills (app.services.drills): hidden from everyone but admins until they start
    "drills.create surprise": (
        Operation.DRILL_PLAN_SURPRISE,
        lambda ws, s, _t: ws.drills.create(s, _drill_input("Planted surprise", "surprise")),
    ),
    "drills.create_series surprise": (
        Operation.DRILL_PLAN_SURPRISE,
        lambda ws, s, _t: ws.drills.create_series(
            s, _drill_input("Planted surprise", "surprise"), _quarterly()
        ),
    ),
}


def _planted_plan() -> PlanTemplateInput:
    step = PlanStepInput("Planted", "植入", "hr", timedelta(hours=1))
    return PlanTemplateInput("cyber_security", None, (step,))


def _state(workspace: Workspace) -> tuple[object, ...]:
    db = workspace.db
    return (
        db.query("SELECT id, username, role, disabled, password_hash, display_name FROM users ORDER BY id"),
        db.query("SELECT key, value FROM policy_settings ORDER BY key"),
        *(
            db.query(f"SELECT * FROM {table} ORDER BY id")
            for table in ("incidents", "incident_timeline", "incident_status_changes", "incident_checklist")
        ),
        # review, corrective actions, grade history, evidence (migration 0005)
        db.query("SELECT * FROM incident_reviews ORDER BY incident_id"),
        *(
            db.query(f"SELECT * FROM {table} ORDER BY id")
            for table in (
                "corrective_actions",
                "incident_grade_changes",
                "evidence_items",
                "evidence_custody",
            )
        ),
        # people linked to incidents and their follow-up (migration 0003)
        *(
            db.query(f"SELECT * FROM {table} ORDER BY id")
            for table in (
                "incident_people",
                "person_emergency_contacts",
                "person_emergency_contact_uses",
                "person_screenings",
                "person_follow_ups",
                "person_notes",
            )
        ),
        # notifications, communication drafts and templates, breach clocks (migration 0004)
        *(
            db.query(f"SELECT * FROM {table} ORDER BY id")
            for table in (
                "incident_notifications",
                "communication_templates",
                "communication_drafts",
                "incident_breach_rule_sets",
                "incident_breach_events",
                "incident_breach_notices",
            )
        ),
        # response-plan templates as admins edited them (migration 0007)
        db.query("SELECT * FROM response_plan_templates ORDER BY id"),
        # the risk register (migration 0008)
        *(
            db.query(f"SELECT * FROM {table} ORDER BY id")
            for table in ("risks", "risk_history", "risk_reviews")
        ),
        db.query("SELECT * FROM risk_incident_links ORDER BY risk_id, incident_id"),
        db.query("SELECT * FROM risk_sources ORDER BY code"),
        # the on-call rota (migration 0010)
        *(
            db.query(f"SELECT * FROM {table} ORDER BY 1, 2")
            for table in (
                "oncall_members",
                "oncall_member_roles",
                "oncall_member_contacts",
                "oncall_rotations",
                "oncall_rotation_members",
                "oncall_overrides",
                "oncall_swaps",
            )
        ),
        # drills (migration 0009)
        *(
            db.query(f"SELECT * FROM {table} ORDER BY id")
            for table in (
                "drills",
                "drill_series",
                "drill_objectives",
                "drill_participants",
                "drill_status_changes",
                "drill_findings",
                "drill_actions",
            )
        ),
        db.query("SELECT * FROM drill_risk_links ORDER BY drill_id, risk_id"),
    )


def _facts(title: str) -> IncidentFacts:
    return IncidentFacts(
        title=title, category=IncidentCategory.CYBER_SECURITY, reported_at=datetime(2026, 1, 5, tzinfo=UTC)
    )


def _incident(workspace: Workspace) -> int:
    return int(workspace.db.query_value("SELECT min(id) FROM incidents"))


def _risk_input(title: str) -> RiskInput:
    return RiskInput(title=title, source="cyber_attack", owner_role="it_security", likelihood=2, impact=3)  # type: ignore[arg-type]


def _review_input() -> RiskReviewInput:
    return RiskReviewInput(reviewed_on=date(2026, 1, 5), likelihood=1, impact=1)


def _drill_input(title: str, drill_type: str = "tabletop") -> DrillInput:
    return DrillInput(
        title=title,
        drill_type=drill_type,
        planned_start=datetime(2026, 12, 1, 9, tzinfo=UTC),
        planned_duration=timedelta(hours=1),
        scenario_grade="II",
        objectives=("Reach the crisis lead",),
        participants=(Participant(role="crisis_lead", department="EAP", name="Duty lead"),),
    )


def _quarterly() -> RecurrenceRule:
    return RecurrenceRule(
        frequency=Frequency.QUARTERLY, local_time=time(10), zone="Europe/London", month_day=1
    )


# Incident casework: counsellors and admins; hr_manager is refused (and sees de-identified data only).
CASEWORK_CALLS: dict[str, tuple[Operation, ServiceCall]] = {
    # reports (app.services.reports): the internal incident summary carries case text
    "reports.incident_summary internal": (
        Operation.REPORT_INCIDENT_INTERNAL,
        lambda ws, s, _t: ws.reports.incident_summary(s, _incident(ws), audience="internal"),
    ),
    # people (app.services.people): hr_manager may only count them
    "people.link_person": (
        Operation.PERSON_MANAGE,
        lambda ws, s, _t: ws.people.link_person(s, _incident(ws), PersonInput(full_name="Planted")),
    ),
    "people.update_person": (
        Operation.PERSON_MANAGE,
        lambda ws, s, _t: ws.people.update_person(s, 1, PersonInput(full_name="Renamed by HR")),
    ),
    "people.set_clinical_concern": (
        Operation.PERSON_MANAGE,
        lambda ws, s, _t: ws.people.set_clinical_concern(s, 1, True),
    ),
    "people.set_emergency_contacts": (
        Operation.PERSON_MANAGE,
        lambda ws, s, _t: ws.people.set_emergency_contacts(s, 1, [EmergencyContactInput("HR", "6123 4567")]),
    ),
    "people.record_authorisation": (
        Operation.PERSON_MANAGE,
        lambda ws, s, _t: ws.people.record_authorisation(s, 1, 1, method="verbal"),
    ),
    "people.record_emergency_contact_use": (
        Operation.PERSON_MANAGE,
        lambda ws, s, _t: ws.people.record_emergency_contact_use(s, 1, 1, "HR called"),
    ),
    "people.list_people": (Operation.PERSON_VIEW, lambda ws, s, _t: ws.people.list_people(s, _incident(ws))),
    "people.person": (Operation.PERSON_VIEW, lambda ws, s, _t: ws.people.person(s, 1)),
    "people.red_alert": (Operation.PERSON_VIEW, lambda ws, s, _t: ws.people.red_alert(s, 1)),
    "people.follow_ups_due": (
        Operation.PERSON_VIEW,
        lambda ws, s, _t: ws.people.follow_ups_due(
            s, datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 3, 1, tzinfo=UTC)
        ),
    ),
    "people.reveal_identity": (
        Operation.PERSON_VIEW_CONFIDENTIAL,
        lambda ws, s, _t: ws.people.reveal_identity(s, 1),
    ),
    "people.screenings": (Operation.PERSON_VIEW_CONFIDENTIAL, lambda ws, s, _t: ws.people.screenings(s, 1)),
    "people.follow_ups": (Operation.PERSON_VIEW_CONFIDENTIAL, lambda ws, s, _t: ws.people.follow_ups(s, 1)),
    "people.notes": (Operation.PERSON_VIEW_CONFIDENTIAL, lambda ws, s, _t: ws.people.notes(s, 1)),
    "people.record_screening": (
        Operation.SCREENING_RECORD,
        lambda ws, s, _t: ws.people.record_screening(s, 1, "phq9", [0] * 9),
    ),
    "people.add_follow_up": (
        Operation.FOLLOW_UP_UPDATE,
        lambda ws, s, _t: ws.people.add_follow_up(s, 1, "HR check", datetime(2026, 2, 1, tzinfo=UTC)),
    ),
    "people.complete_follow_up": (
        Operation.FOLLOW_UP_UPDATE,
        lambda ws, s, _t: ws.people.complete_follow_up(s, 1, outcome="HR"),
    ),
    "people.add_note": (Operation.CLINICAL_NOTE_ADD, lambda ws, s, _t: ws.people.add_note(s, 1, "HR note")),
    "people.correct_note": (
        Operation.CLINICAL_NOTE_ADD,
        lambda ws, s, _t: ws.people.correct_note(s, 1, "HR rewrite"),
    ),
    "people.add_addendum": (
        Operation.CLINICAL_NOTE_ADD,
        lambda ws, s, _t: ws.people.add_addendum(s, 1, "HR addendum"),
    ),
    "incidents.create": (
        Operation.INCIDENT_CREATE,
        lambda ws, s, _t: ws.incidents.create(s, _facts("Made up by HR"), GradingInput()),
    ),
    "incidents.update_facts": (
        Operation.INCIDENT_UPDATE,
        lambda ws, s, _t: ws.incidents.update_facts(s, _incident(ws), _facts("Renamed by HR")),
    ),
    "incidents.complete_checklist_step": (
        Operation.INCIDENT_UPDATE,
        lambda ws, s, _t: ws.incidents.complete_checklist_step(s, _incident(ws), 1),
    ),
    "incidents.transition": (
        Operation.INCIDENT_TRANSITION,
        lambda ws, s, _t: ws.incidents.transition(s, _incident(ws), "verified"),
    ),
    "incidents.add_timeline_entry": (
        Operation.INCIDENT_TIMELINE_ADD,
        lambda ws, s, _t: ws.incidents.add_timeline_entry(s, _incident(ws), "HR note"),
    ),
    "incidents.list_page text search": (
        Operation.INCIDENT_VIEW_CONFIDENTIAL,
        lambda ws, s, _t: ws.incidents.list_page(s, IncidentQuery(text="Matrix")),
    ),
    "incidents.list_page sort by title": (
        Operation.INCIDENT_VIEW_CONFIDENTIAL,
        lambda ws, s, _t: ws.incidents.list_page(s, IncidentQuery(sort_column="title")),
    ),
    "incidents.count text search": (
        Operation.INCIDENT_VIEW_CONFIDENTIAL,
        lambda ws, s, _t: ws.incidents.count(s, IncidentQuery(text="Ma")),
    ),
    "incidents.change_grade": (
        Operation.INCIDENT_UPDATE,
        lambda ws, s, _t: ws.incidents.change_grade(
            s, _incident(ws), GradingInput(), chosen_grade="I", override_reason="HR says so"
        ),
    ),
    "incidents.change_owner": (
        Operation.INCIDENT_UPDATE,
        lambda ws, s, _t: ws.incidents.change_owner(s, _incident(ws), 1),
    ),
    "incidents.assignable_owners": (
        Operation.INCIDENT_UPDATE,
        lambda ws, s, _t: ws.incidents.assignable_owners(s),
    ),
    "incidents.add_checklist_step": (
        Operation.INCIDENT_UPDATE,
        lambda ws, s, _t: ws.incidents.add_checklist_step(
            s, _incident(ws), "HR step", "hr", datetime(2026, 1, 6, tzinfo=UTC)
        ),
    ),
    "incidents.correct_timeline_entry": (
        Operation.INCIDENT_TIMELINE_ADD,
        lambda ws, s, _t: ws.incidents.correct_timeline_entry(s, _incident(ws), 1, "rewritten by HR"),
    ),
    "incidents.add_timeline_addendum": (
        Operation.INCIDENT_TIMELINE_ADD,
        lambda ws, s, _t: ws.incidents.add_timeline_addendum(s, _incident(ws), 1, "HR addendum"),
    ),
    "reviews.save": (
        Operation.REVIEW_EDIT,
        lambda ws, s, _t: ws.reviews.save(s, _incident(ws), root_cause="HR"),
    ),
    "reviews.add_action": (
        Operation.REVIEW_EDIT,
        lambda ws, s, _t: ws.reviews.add_action(
            s, _incident(ws), title="HR action", due_on=date(2026, 2, 1), owner_role="hr"
        ),
    ),
    "reviews.update_action": (
        Operation.REVIEW_EDIT,
        lambda ws, s, _t: ws.reviews.update_action(
            s, 1, title="HR action", due_on=date(2026, 2, 1), owner_role="hr"
        ),
    ),
    "reviews.set_action_status": (
        Operation.REVIEW_EDIT,
        lambda ws, s, _t: ws.reviews.set_action_status(s, 1, "done"),
    ),
    "evidence.items": (Operation.EVIDENCE_VIEW, lambda ws, s, _t: ws.evidence.items(s, _incident(ws))),
    "evidence.get": (Operation.EVIDENCE_VIEW, lambda ws, s, _t: ws.evidence.get(s, 1)),
    "evidence.verify": (Operation.EVIDENCE_VIEW, lambda ws, s, _t: ws.evidence.verify(s, 1)),
    "evidence.read": (Operation.EVIDENCE_READ, lambda ws, s, _t: ws.evidence.read(s, 1)),
    "evidence.export": (
        Operation.EVIDENCE_READ,
        lambda ws, s, _t: ws.evidence.export(s, 1, ws.db.path.parent / "hr-export.bin"),
    ),
    "evidence.add": (
        Operation.EVIDENCE_ADD,
        lambda ws, s, _t: ws.evidence.add(s, _incident(ws), file_name="hr.txt", content=b"planted"),
    ),
    "evidence.record_custody": (
        Operation.EVIDENCE_CUSTODY,
        lambda ws, s, _t: ws.evidence.record_custody(s, 1, "handed_over", counterpart="HR"),
    ),
    # notifications log, communication drafts and templates, breach clocks
    "notifications.record": (
        Operation.NOTIFICATION_RECORD,
        lambda ws, s, _t: ws.notifications.record(
            s,
            _incident(ws),
            NotificationInput("crisis_lead", "phone", "Planted", datetime(2026, 1, 5, tzinfo=UTC)),
        ),
    ),
    "notifications.acknowledge": (
        Operation.NOTIFICATION_RECORD,
        lambda ws, s, _t: ws.notifications.acknowledge(s, _incident(ws), 1),
    ),
    "communications.templates": (
        Operation.COMMUNICATION_VIEW,
        lambda ws, s, _t: ws.communications.templates(s),
    ),
    "communications.template": (
        Operation.COMMUNICATION_VIEW,
        lambda ws, s, _t: ws.communications.template(s, "affected_notice", "zh"),
    ),
    # response-plan templates (app.services.response_plans): office procedure, for casework roles
    "response_plans.templates": (Operation.PLAN_VIEW, lambda ws, s, _t: ws.response_plans.templates(s)),
    "response_plans.template": (
        Operation.PLAN_VIEW,
        lambda ws, s, _t: ws.response_plans.template(s, "privacy_leak", "II"),
    ),
    "communications.incident_values": (
        Operation.COMMUNICATION_VIEW,
        lambda ws, s, _t: ws.communications.incident_values(s, _incident(ws), "en"),
    ),
    "communications.preview": (
        Operation.COMMUNICATION_VIEW,
        lambda ws, s, _t: ws.communications.preview(s, _incident(ws), _draft_input()),
    ),
    "communications.drafts": (
        Operation.COMMUNICATION_VIEW,
        lambda ws, s, _t: ws.communications.drafts(s, _incident(ws)),
    ),
    "communications.save_draft": (
        Operation.COMMUNICATION_DRAFT,
        lambda ws, s, _t: ws.communications.save_draft(s, _incident(ws), _draft_input()),
    ),
    "communications.mark_sent": (
        Operation.COMMUNICATION_DRAFT,
        lambda ws, s, _t: ws.communications.mark_sent(s, _incident(ws), 1, "email"),
    ),
    "communications.approve": (
        Operation.COMMUNICATION_APPROVE,
        lambda ws, s, _t: ws.communications.approve(s, _incident(ws), 1),
    ),
    "breach_clocks.add_rule_set": (
        Operation.BREACH_CLOCK_UPDATE,
        lambda ws, s, _t: ws.breach_clocks.add_rule_set(s, _incident(ws), "gdpr"),
    ),
    "breach_clocks.record_event": (
        Operation.BREACH_CLOCK_UPDATE,
        lambda ws, s, _t: ws.breach_clocks.record_event(
            s, _incident(ws), "awareness", datetime(2026, 1, 6, tzinfo=UTC)
        ),
    ),
    "breach_clocks.record_notice": (
        Operation.BREACH_CLOCK_UPDATE,
        lambda ws, s, _t: ws.breach_clocks.record_notice(
            s, _incident(ws), "gdpr.regulator", datetime(2026, 1, 7, tzinfo=UTC)
        ),
    ),
    # the risk register (app.services.risks): hr_manager reads it whole but changes nothing
    "risks.create": (Operation.RISK_EDIT, lambda ws, s, _t: ws.risks.create(s, _risk_input("Planted by HR"))),
    "risks.update": (
        Operation.RISK_EDIT,
        lambda ws, s, _t: ws.risks.update(s, 1, _risk_input("Renamed by HR")),
    ),
    "risks.link_incident": (
        Operation.RISK_EDIT,
        lambda ws, s, _t: ws.risks.link_incident(s, 1, "INC-2026-0001"),
    ),
    "risks.unlink_incident": (
        Operation.RISK_EDIT,
        lambda ws, s, _t: ws.risks.unlink_incident(s, 1, "INC-2026-0001"),
    ),
    "risks.record_review": (
        Operation.RISK_REVIEW,
        lambda ws, s, _t: ws.risks.record_review(s, 1, _review_input()),
    ),
    "risk_import.preview": (
        Operation.RISK_IMPORT,
        lambda ws, s, _t: ws.risk_import.preview(s, ws.db.path.parent / "planted.csv"),
    ),
    # on-call members' contact numbers (app.services.oncall)
    "oncall.contacts": (Operation.ONCALL_CONTACTS, lambda ws, s, _t: ws.oncall.contacts(s, 1)),
    # drills (app.services.drills): hr_manager reads announced drills de-identified, changes nothing
    "drills.create": (Operation.DRILL_MANAGE, lambda ws, s, _t: ws.drills.create(s, _drill_input("By HR"))),
    "drills.update": (
        Operation.DRILL_MANAGE,
        lambda ws, s, _t: ws.drills.update(s, 1, _drill_input("By HR")),
    ),
    "drills.create_series": (
        Operation.DRILL_MANAGE,
        lambda ws, s, _t: ws.drills.create_series(s, _drill_input("By HR"), _quarterly()),
    ),
    "drills.transition": (Operation.DRILL_RUN, lambda ws, s, _t: ws.drills.transition(s, 1, "in_progress")),
    "drills.record_notifications": (
        Operation.DRILL_RUN,
        lambda ws, s, _t: ws.drills.record_notifications(s, 1),
    ),
    "drills.stamp_acknowledged": (
        Operation.DRILL_RUN,
        lambda ws, s, _t: ws.drills.stamp_acknowledged(s, 1, 1),
    ),
    "drills.rate": (Operation.DRILL_MANAGE, lambda ws, s, _t: ws.drills.rate(s, 1, ["met"])),
    "drills.add_finding": (
        Operation.DRILL_MANAGE,
        lambda ws, s, _t: ws.drills.add_finding(s, 1, severity="low", area="tools", text="Planted"),
    ),
    "drills.update_finding": (
        Operation.DRILL_MANAGE,
        lambda ws, s, _t: ws.drills.update_finding(s, 1, severity="low", area="tools", text="Planted"),
    ),
    "drills.add_action": (
        Operation.DRILL_MANAGE,
        lambda ws, s, _t: ws.drills.add_action(
            s, 1, title="Planted", due_on=date(2027, 1, 1), owner_role="hr"
        ),
    ),
    "drills.update_action": (
        Operation.DRILL_MANAGE,
        lambda ws, s, _t: ws.drills.update_action(
            s, 1, title="Planted", due_on=date(2027, 1, 1), owner_role="hr"
        ),
    ),
    "drills.set_action_status": (
        Operation.DRILL_MANAGE,
        lambda ws, s, _t: ws.drills.set_action_status(s, 1, "done"),
    ),
    "drills.link_risk": (Operation.DRILL_MANAGE, lambda ws, s, _t: ws.drills.link_risk(s, 1, 1)),
    "drills.unlink_risk": (Operation.DRILL_MANAGE, lambda ws, s, _t: ws.drills.unlink_risk(s, 1, 1)),
}


def _draft_input() -> DraftInput:
    return DraftInput(
        "internal_notice", "en", "Notice {incident_code}", "Call {hotline}.", {"hotline": "123"}
    )


@pytest.mark.parametrize("role", [Role.COUNSELLOR, Role.HR_MANAGER])
@pytest.mark.parametrize("call", list(ADMIN_ONLY_CALLS))
def test_service_refuses_what_the_role_may_not_do(
    office: tuple[Workspace, dict[Role, Session]], call: str, role: Role
) -> None:
    workspace, sessions = office
    operation, invoke = ADMIN_ONLY_CALLS[call]
    assert MATRIX[operation][ROLES.index(role)] is DENY
    target = _target(workspace, sessions[Role.ADMIN])
    before = _state(workspace)
    entries_before = workspace.db.query_value("SELECT count(*) FROM audit_log")
    with pytest.raises(PermissionDenied):
        invoke(workspace, sessions[role], target)
    assert _state(workspace) == before  # nothing changed ...
    # ... and the one thing recorded is the refusal itself
    assert workspace.db.query_value("SELECT count(*) FROM audit_log") == entries_before + 1
    newest = workspace.db.query("SELECT actor, action, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    assert newest == (sessions[role].username, "access.denied", operation.value)


@pytest.mark.parametrize("call", list(CASEWORK_CALLS))
def test_service_refuses_casework_to_hr_manager(
    office: tuple[Workspace, dict[Role, Session]], call: str
) -> None:
    workspace, sessions = office
    operation, invoke = CASEWORK_CALLS[call]
    role = Role.HR_MANAGER
    assert MATRIX[operation][ROLES.index(role)] is DENY
    before = _state(workspace)
    entries_before = workspace.db.query_value("SELECT count(*) FROM audit_log")
    with pytest.raises(PermissionDenied):
        invoke(workspace, sessions[role], 0)
    assert _state(workspace) == before
    assert workspace.db.query_value("SELECT count(*) FROM audit_log") == entries_before + 1
    newest = workspace.db.query("SELECT actor, action, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    assert newest == (sessions[role].username, "access.denied", operation.value)


@pytest.mark.parametrize("role", list(Role))
def test_everyone_may_view_incidents_but_only_casework_roles_see_text(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    session = sessions[role]
    incident = workspace.incidents.get(session, _incident(workspace))
    rows = workspace.incidents.list_page(session, IncidentQuery()).rows
    workspace.incidents.clocks(session, incident.id)
    workspace.incidents.get_by_code(session, incident.code)
    assert workspace.incidents.count(session, IncidentQuery()) == len(rows) >= 1
    confidential = MATRIX[Operation.INCIDENT_VIEW_CONFIDENTIAL][ROLES.index(role)]
    assert incident.deidentified is (not confidential)
    assert (incident.title == "Matrix case") is confidential
    assert {row.deidentified for row in rows} == {not confidential}


@pytest.mark.parametrize("role", [Role.ADMIN, Role.COUNSELLOR])
def test_casework_roles_may_do_every_casework_call(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    session = sessions[role]
    created = workspace.incidents.create(session, _facts(f"By {role.value}"), GradingInput()).incident
    workspace.incidents.update_facts(session, created.id, _facts(f"Renamed by {role.value}"))
    workspace.incidents.add_timeline_entry(session, created.id, "note")
    for status in ("verified", "assessed", "responding"):
        moved = workspace.incidents.transition(session, created.id, status)
    workspace.incidents.complete_checklist_step(session, created.id, moved.checklist[0].id)
    assert workspace.incidents.list_page(session, IncidentQuery(text=role.value, sort_column="title")).rows
    assert workspace.incidents.count(session, IncidentQuery(text="By")) >= 1


@pytest.mark.parametrize("role", [Role.ADMIN, Role.COUNSELLOR])
def test_casework_roles_may_do_every_case_edit_review_and_evidence_call(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    session = sessions[role]
    incidents, reviews, evidence = workspace.incidents, workspace.reviews, workspace.evidence
    created = incidents.create(session, _facts(f"Edits by {role.value}"), GradingInput()).incident
    entry = incidents.add_timeline_entry(session, created.id, "first note")
    assert incidents.correct_timeline_entry(session, created.id, entry.id, "corrected note").signature_valid
    assert incidents.add_timeline_addendum(session, created.id, entry.id, "addendum").parent_id == entry.id
    regraded = incidents.change_grade(
        session, created.id, GradingInput(), chosen_grade="II", override_reason="board members involved"
    )
    assert regraded.grade.value == "II"
    owners = incidents.assignable_owners(session)
    other = next(o.user_id for o in owners if o.user_id != created.owner_user_id)
    assert incidents.change_owner(session, created.id, other).owner_user_id == other
    step = incidents.add_checklist_step(
        session, created.id, "Call legal", "legal", datetime(2026, 1, 6, tzinfo=UTC)
    )
    assert step.title_en == "Call legal"
    review = reviews.save(session, created.id, root_cause="cause", lessons_learned="lessons")
    assert review.missing == ("recovery_plan", "effect_evaluation")
    action = reviews.add_action(session, created.id, title="Train", due_on=date(2026, 3, 1), owner_role="hr")
    reviews.update_action(session, action.id, title="Train all", due_on=date(2026, 3, 2), owner_user_id=other)
    assert reviews.set_action_status(session, action.id, "done").done_at is not None
    assert reviews.actions_due(session, date(2026, 3, 1), date(2026, 3, 31))
    item = evidence.add(session, created.id, file_name="mail.eml", content=b"evidence bytes")
    assert [i.id for i in evidence.items(session, created.id)] == [item.id]
    assert evidence.get(session, item.id).sha256 == item.sha256
    evidence.verify(session, item.id)
    assert evidence.read(session, item.id).content == b"evidence bytes"
    evidence.export(session, item.id, workspace.db.path.parent / f"export-{role.value}.eml")
    sealed = evidence.record_custody(session, item.id, "sealed", note="bag 12")
    assert sealed.sealed
    assert evidence.count(session, created.id) == 1


@pytest.mark.parametrize("role", list(Role))
def test_everyone_may_read_reviews_but_only_casework_roles_see_text(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    incident_id = _incident(workspace)
    workspace.reviews.save(sessions[Role.COUNSELLOR], incident_id, root_cause="Matrix root cause")
    review = workspace.reviews.get(sessions[role], incident_id)
    confidential = MATRIX[Operation.INCIDENT_VIEW_CONFIDENTIAL][ROLES.index(role)]
    assert review.deidentified is (not confidential)
    assert (review.root_cause == "Matrix root cause") is confidential
    assert workspace.evidence.count(sessions[role], incident_id) >= 0


@pytest.mark.parametrize("role", [Role.ADMIN, Role.COUNSELLOR])
def test_casework_roles_may_do_every_people_call(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    session = sessions[role]
    people = workspace.people
    incident = _incident(workspace)
    person = people.link_person(session, incident, PersonInput(full_name=f"Person of {role.value}"))
    people.update_person(session, person.id, PersonInput(full_name=f"Renamed by {role.value}"))
    people.set_clinical_concern(session, person.id, True)
    (contact,) = people.set_emergency_contacts(
        session, person.id, [EmergencyContactInput("Kin", "6123 4567")]
    )
    people.record_authorisation(session, person.id, contact.id, method="written")
    people.record_emergency_contact_use(session, person.id, contact.id, "Red alert")
    screening = people.record_screening(session, person.id, "phq9", [1] * 9)
    assert screening.self_harm_flag
    assert people.red_alert(session, person.id).raised
    assert people.screenings(session, person.id) == (screening,)
    assert people.person(session, person.id).pseudonym == person.pseudonym
    assert people.reveal_identity(session, person.id).full_name == f"Renamed by {role.value}"
    extra = people.add_follow_up(session, person.id, "Call again", datetime(2026, 2, 1, tzinfo=UTC))
    people.complete_follow_up(session, extra.id, outcome="Reached")
    assert len(people.follow_ups(session, person.id)) == 4
    assert people.follow_ups_due(
        session, datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC), include_done=True
    )
    note = people.add_note(session, person.id, "Session note")
    people.correct_note(session, note.id, "Session note, corrected")
    people.add_addendum(session, note.id, "Addendum")
    assert len(people.notes(session, person.id)) == 2
    assert any(p.id == person.id for p in people.list_people(session, incident))


@pytest.mark.parametrize("role", list(Role))
def test_everyone_may_count_the_people_on_an_incident(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    incident = _incident(workspace)
    linked = int(
        workspace.db.query_value("SELECT count(*) FROM incident_people WHERE incident_id = ?", (incident,))
    )
    count = workspace.people.people_count(sessions[role], incident)
    assert (count.incident_id, count.total) == (incident, linked)


@pytest.mark.parametrize("role", list(Role))
def test_everyone_may_see_notifications_and_breach_clocks_but_only_casework_roles_see_names(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    incident = _incident(workspace)
    workspace.notifications.record(
        sessions[Role.COUNSELLOR],
        incident,
        NotificationInput("counsellor", "sms", "Matrix recipient", datetime(2026, 1, 5, 1, tzinfo=UTC)),
    )
    log = workspace.notifications.log(sessions[role], incident)
    ladder = workspace.notifications.escalation(sessions[role], incident)
    clocks = workspace.breach_clocks.status(sessions[role], incident)
    confidential = MATRIX[Operation.INCIDENT_VIEW_CONFIDENTIAL][ROLES.index(role)]
    assert ladder.status.steps
    assert clocks.deidentified is (not confidential)
    assert {entry.deidentified for entry in log} == {not confidential}
    assert ("Matrix recipient" in {entry.recipient for entry in log}) is confidential


@pytest.mark.parametrize("role", [Role.ADMIN, Role.COUNSELLOR])
def test_casework_roles_may_do_every_notification_communication_and_breach_call(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    session = sessions[role]
    incident = workspace.incidents.create(
        session, _facts(f"Comms by {role.value}"), GradingInput()
    ).incident.id
    notes, comms, breach = workspace.notifications, workspace.communications, workspace.breach_clocks
    entry = notes.record(
        session,
        incident,
        NotificationInput("crisis_lead", "phone", "Lead", datetime(2026, 1, 5, 2, tzinfo=UTC)),
    )
    assert notes.acknowledge(session, incident, entry.id).acknowledged_at is not None
    assert notes.log(session, incident)[0].recipient == "Lead"
    assert notes.escalation(session, incident).status.acknowledged_at is not None
    assert len(comms.templates(session)) == 8
    assert comms.template(session, "regulator_notice", "zh").body
    assert comms.incident_values(session, incident, "zh")["incident_code"].startswith("INC-")
    assert comms.preview(session, incident, _draft_input()).complete
    draft = comms.save_draft(session, incident, _draft_input())
    assert [d.id for d in comms.drafts(session, incident)] == [draft.id]
    comms.approve(session, incident, draft.id)
    assert comms.mark_sent(session, incident, draft.id, "in_person").sent_channel is not None
    breach.add_rule_set(session, incident, "gdpr")
    breach.record_event(session, incident, "awareness", datetime(2026, 1, 6, tzinfo=UTC))
    status = breach.record_notice(session, incident, "gdpr.regulator", datetime(2026, 1, 7, tzinfo=UTC))
    assert status.clocks[0].met is True
    assert breach.status(session, incident).clocks[0].sent_at is not None


def test_admin_may_edit_communication_templates(office: tuple[Workspace, dict[Role, Session]]) -> None:
    workspace, sessions = office
    admin = sessions[Role.ADMIN]
    assert workspace.communications.set_template(
        admin, "internal_notice", "zh", "通報", "{hotline}"
    ).overridden
    assert not workspace.communications.reset_template(admin, "internal_notice", "zh").overridden


def test_hr_manager_cannot_list_users(office: tuple[Workspace, dict[Role, Session]]) -> None:
    workspace, sessions = office
    with pytest.raises(PermissionDenied, match=r"hr_manager.*user\.list"):
        workspace.users.list(sessions[Role.HR_MANAGER])


@pytest.mark.parametrize("role", list(Role))
def test_everyone_may_see_database_info_and_policy(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    info = workspace.info(sessions[role])
    assert info.schema_version >= 1
    assert info.cipher_version.startswith("4.")
    assert workspace.settings.value(IDLE_LOCK_MINUTES) in range(1, 121)


def test_admin_may_do_every_admin_only_call(office: tuple[Workspace, dict[Role, Session]]) -> None:
    workspace, sessions = office
    admin = sessions[Role.ADMIN]
    target = _target(workspace, admin)
    workspace.users.list(admin)
    workspace.audit.find(admin, AuditQuery())
    workspace.audit.actors(admin)
    workspace.audit.actions(admin)
    assert workspace.audit.verify(admin).ok
    workspace.settings.set_value(admin, IDLE_LOCK_MINUTES, 9)
    assert workspace.settings.value(IDLE_LOCK_MINUTES) == 9
    workspace.users.update(admin, target, display_name="Renamed")
    created = workspace.users.create(admin, "newcomer", Role.COUNSELLOR, "newcomer-pass-1")
    workspace.users.set_disabled(admin, created.id, True)
    assert {u.username: u.disabled for u in workspace.users.list(admin)}["newcomer"] is True


@pytest.mark.parametrize("role", list(Role))
def test_everyone_may_read_and_export_the_risk_register(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    session = sessions[role]
    created = workspace.risks.create(sessions[Role.ADMIN], _risk_input(f"Read by {role.value}")).risk
    assert created.id in {r.id for r in workspace.risks.list_risks(session)}
    assert workspace.risks.get(session, created.id).risk.title == f"Read by {role.value}"
    assert created.id in workspace.risks.register_as_of(session, date(2100, 1, 1))
    assert workspace.risks.snapshots(session)
    assert workspace.risks.sources(session)
    assert workspace.risks.score_history(session, created.id)
    assert workspace.risks.level_trend(session, [date(2100, 1, 1)])[0].total >= 1
    workspace.risks.due_for_review(session, date(2026, 1, 1), date(2028, 12, 31))
    workspace.risks.name_warnings(session, {"title": "nobody"})
    exported = workspace.db.path.parent / f"register-{role.value}.csv"
    assert workspace.risk_import.export(session, exported, "csv") >= 1
    assert workspace.risks.can_edit(session) is MATRIX[Operation.RISK_EDIT][ROLES.index(role)]


@pytest.mark.parametrize("role", [Role.ADMIN, Role.COUNSELLOR])
def test_casework_roles_may_do_every_risk_call(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    session = sessions[role]
    risks = workspace.risks
    created = risks.create(session, _risk_input(f"Risk by {role.value}")).risk
    assert risks.update(
        session, created.id, _risk_input(f"Risk renamed by {role.value}")
    ).risk.title.endswith(role.value)
    reviewed = risks.record_review(session, created.id, _review_input()).risk
    assert reviewed.last_reviewed_on == date(2026, 1, 5)
    code = workspace.db.query_value("SELECT min(code) FROM incidents")
    assert risks.link_incident(session, created.id, code).linked_incident_codes == (code,)
    assert risks.unlink_incident(session, created.id, code).linked_incident_codes == ()


def test_admin_may_edit_risk_sources_and_scoring(office: tuple[Workspace, dict[Role, Session]]) -> None:
    workspace, sessions = office
    admin = sessions[Role.ADMIN]
    risks = workspace.risks
    assert risks.add_source(admin, "matrix_source", "Matrix").active
    assert risks.update_source(admin, "matrix_source", "Matrix renamed").label_en == "Matrix renamed"
    assert not risks.set_source_active(admin, "matrix_source", False).active
    policy = ScoringPolicy(LevelBands(5, 12), ReviewCadence(60, 120, 240))
    assert risks.set_scoring_policy(admin, policy) == policy
    risks.set_scoring_policy(admin, ScoringPolicy(LevelBands(), ReviewCadence()))


def _rotation_args() -> dict[str, object]:
    return {
        "role": "pr",
        "handover": "weekly",
        "weekday": 0,
        "member_ids": [1],
        "anchor": date(2026, 3, 2),
        "handover_time": time(9),
        "time_zone": "Europe/London",
    }


@pytest.mark.parametrize("role", list(Role))
def test_everyone_may_see_the_rota_its_hours_and_export_calendars(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    session, oncall = sessions[role], workspace.oncall
    admin = sessions[Role.ADMIN]
    member = oncall.add_member(
        admin, display_name=f"Rota {role.value}", roles=["pr"], contact_numbers=["+852 2111 0000"]
    )
    start, end = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC)
    assert member.id in {m.id for m in oncall.roster(session).members}
    assert oncall.member(session, member.id).display_name == f"Rota {role.value}"
    casework = MATRIX[Operation.ONCALL_CONTACTS][ROLES.index(role)]
    listed = {m.id: m.contact_numbers for m in oncall.members(session, include_contacts=True)}
    assert (listed[member.id] == ("+852 2111 0000",)) is casework
    assert len(oncall.on_call_now(session, start)) == 7
    oncall.shifts_between(session, start, end)
    oncall.member_shifts(session, member.id, start, end)
    assert oncall.coverage_gaps(session, start, end, ["pr"])
    oncall.monthly_hours(session, (2026, 3), (2026, 3), "Europe/London")
    folder = workspace.db.path.parent
    assert oncall.export_hours(session, folder / f"hours-{role.value}.csv", "csv", (2026, 3), (2026, 3)) >= 0
    exported = workspace.calendar_export.export_ics(
        session, folder / f"calendar-{role.value}.ics", date(2026, 3, 1), date(2026, 3, 31)
    )
    assert exported.path.exists()
    workspace.calendar_export.export_ics(
        session, folder / f"own-{role.value}.ics", date(2026, 3, 1), date(2026, 3, 31), member_id=member.id
    )
    oncall.remove_member(admin, member.id)


def test_admin_may_do_every_oncall_manage_call(office: tuple[Workspace, dict[Role, Session]]) -> None:
    workspace, sessions = office
    admin, oncall = sessions[Role.ADMIN], workspace.oncall
    first = oncall.add_member(admin, display_name="Matrix one", roles=["legal"]).id
    second = oncall.add_member(admin, display_name="Matrix two", roles=["legal"]).id
    oncall.update_member(admin, second, display_name="Matrix two", roles=["legal", "pr"])
    args = {**_rotation_args(), "role": "legal", "member_ids": [first, second]}
    rotation = oncall.add_rotation(admin, **args)  # type: ignore[arg-type]
    oncall.replace_rotation(admin, rotation.id, **{**args, "anchor": date(2026, 3, 9)})  # type: ignore[arg-type]
    monday = datetime(2026, 3, 9, 9, tzinfo=UTC)  # 09:00 GMT in London
    swap = oncall.add_swap(
        admin, role="legal", first_member_id=first, first_shift_start=monday, second_member_id=second,
        second_shift_start=monday + timedelta(days=7), reason="matrix",
    )  # fmt: skip
    override = oncall.add_override(
        admin, role="legal", member_id=None, start=monday, end=monday + timedelta(hours=1), reason="matrix"
    )
    assert oncall.contacts(admin, first) == ()
    oncall.remove_override(admin, override.id)
    oncall.remove_swap(admin, swap.id)
    oncall.remove_rotation(admin, rotation.id)
    oncall.set_member_active(admin, first, False)
    oncall.remove_member(admin, first)
    oncall.remove_member(admin, second)


@pytest.mark.parametrize("role", list(Role))
def test_everyone_may_read_announced_drills_but_only_casework_roles_see_labels(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    session = sessions[role]
    drills = workspace.drills
    created = drills.create(sessions[Role.ADMIN], _drill_input(f"Read by {role.value}"))
    drill = drills.get(session, created.id)
    confidential = MATRIX[Operation.INCIDENT_VIEW_CONFIDENTIAL][ROLES.index(role)]
    assert drill.deidentified is (not confidential)
    assert (drill.participants[0].label == "Duty lead") is confidential
    assert drills.get_by_code(session, created.code).id == created.id
    window = (datetime(2026, 11, 30, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC))
    assert created.id in {d.id for d in drills.drills_between(session, *window)}
    assert drills.timing(session, created.id).grade is not None
    drills.actions_due(session, date(2026, 12, 1), date(2026, 12, 31))
    drills.history(session)
    drills.drills_for_risk(session, 1)


@pytest.mark.parametrize("role", [Role.ADMIN, Role.COUNSELLOR])
def test_casework_roles_may_do_every_drill_call(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    session = sessions[role]
    drills = workspace.drills
    start = datetime(2026, 12, 1, 9, tzinfo=UTC)
    drill = drills.create(session, _drill_input(f"Drill by {role.value}"))
    drill = drills.update(session, drill.id, _drill_input(f"Drill renamed by {role.value}"))
    drills.transition(session, drill.id, "in_progress", at=start)
    drills.record_notifications(session, drill.id, at=start)
    timed = drills.stamp_acknowledged(
        session, drill.id, drill.participants[0].id, start + timedelta(minutes=5)
    )
    assert timed.timing.first.elapsed == timedelta(minutes=5)
    finding = drills.add_finding(session, drill.id, severity="medium", area="process", text="Slow")
    drills.update_finding(session, finding.id, severity="high", area="process", text="Slow")
    action = drills.add_action(
        session, drill.id, title="Fix", due_on=date(2027, 1, 1), owner_role="hr", finding_id=finding.id
    )
    drills.update_action(session, action.id, title="Fix it", due_on=date(2027, 1, 2), owner_role="hr")
    assert drills.set_action_status(session, action.id, "done").done_at is not None
    assert drills.rate(session, drill.id, ["met"]).rating.score_percent == 100
    risk = workspace.risks.create(session, _risk_input(f"Drilled by {role.value}")).risk
    assert [r.risk_id for r in drills.link_risk(session, drill.id, risk.id).risks] == [risk.id]
    assert drills.unlink_risk(session, drill.id, risk.id).risks == ()
    assert drills.transition(session, drill.id, "done", at=start + timedelta(hours=1)).status.value == "done"
    series = drills.create_series(session, _drill_input(f"Series by {role.value}"), _quarterly())
    assert len(series.drills) >= 4


def test_admin_may_plan_surprise_drills(office: tuple[Workspace, dict[Role, Session]]) -> None:
    workspace, sessions = office
    admin = sessions[Role.ADMIN]
    drill = workspace.drills.create(admin, _drill_input("Surprise", "surprise"))
    assert workspace.drills.get(admin, drill.id).drill_type.value == "surprise"
    series = workspace.drills.create_series(admin, _drill_input("Surprise series", "surprise"), _quarterly())
    assert series.drills


@pytest.mark.parametrize("role", list(Role))
def test_everyone_may_have_the_drill_after_action_report_of_a_drill_they_see(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    from app.services.errors import InvalidInput

    workspace, sessions = office
    assert MATRIX[Operation.REPORT_DRILL][ROLES.index(role)]
    announced = workspace.drills.create(sessions[Role.ADMIN], _drill_input(f"Reported by {role.value}"))
    report = workspace.drill_report.generate(sessions[role], announced.code)
    assert report.pdf.startswith(b"%PDF-")
    assert report.drill_code == announced.code
    hidden = workspace.drills.create(
        sessions[Role.ADMIN], _drill_input(f"Hidden from {role.value}", "surprise")
    )
    if role is Role.ADMIN:
        assert workspace.drill_report.generate(sessions[role], hidden.id).pdf.startswith(b"%PDF-")
    else:  # a surprise drill that has not started does not exist for anyone else, reports included
        with pytest.raises(InvalidInput, match="does not exist"):
            workspace.drill_report.generate(sessions[role], hidden.id)


def test_the_drill_report_is_refused_where_the_matrix_denies_it(
    office: tuple[Workspace, dict[Role, Session]],
) -> None:
    workspace, sessions = office
    rules = dict(DEFAULT_MATRIX)
    rules[Operation.REPORT_DRILL] = frozenset({Role.ADMIN})
    restricted = AccessPolicy(rules)
    from app.services.drill_report import DrillReportService

    service = DrillReportService(
        workspace.db, restricted, drills=lambda: workspace.drills, risks=lambda: workspace.risks
    )
    drill = workspace.drills.create(sessions[Role.ADMIN], _drill_input("Restricted report"))
    with pytest.raises(PermissionDenied, match=r"report\.drill"):
        service.generate(sessions[Role.COUNSELLOR], drill.code)


@pytest.mark.parametrize("role", list(Role))
def test_everyone_may_have_the_board_incident_summary_and_casework_the_internal_one(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    board = workspace.reports.incident_summary(sessions[role], _incident(workspace), audience="board")
    assert board.pdf.startswith(b"%PDF-")
    if MATRIX[Operation.REPORT_INCIDENT_INTERNAL][ROLES.index(role)]:
        internal = workspace.reports.incident_summary(
            sessions[role], _incident(workspace), audience="internal"
        )
        assert internal.pdf.startswith(b"%PDF-")


@pytest.mark.parametrize("role", list(Role))
def test_everyone_may_have_the_period_board_report(
    office: tuple[Workspace, dict[Role, Session]], role: Role
) -> None:
    workspace, sessions = office
    assert MATRIX[Operation.REPORT_BOARD][ROLES.index(role)]
    today = datetime.now(UTC).date()
    report = workspace.board_report.generate(sessions[role], today - timedelta(days=30), today)
    assert report.pdf.startswith(b"%PDF-")
    assert (report.start, report.end) == (today - timedelta(days=30), today)


def test_the_board_report_is_refused_where_the_matrix_denies_it(
    office: tuple[Workspace, dict[Role, Session]],
) -> None:
    from app.services.board_report import BoardReportService

    workspace, sessions = office
    rules = dict(DEFAULT_MATRIX)
    rules[Operation.REPORT_BOARD] = frozenset({Role.ADMIN})
    restricted = AccessPolicy(rules)
    service = BoardReportService(
        workspace.db,
        restricted,
        workspace.settings,
        incidents=lambda: workspace.incidents,
        reviews=lambda: workspace.reviews,
        risks=lambda: workspace.risks,
        drills=lambda: workspace.drills,
    )
    with pytest.raises(PermissionDenied, match=r"report\.board"):
        service.generate(sessions[Role.HR_MANAGER], date(2026, 1, 1), date(2026, 3, 31))
    allowed = service.generate(sessions[Role.ADMIN], date(2026, 1, 1), date(2026, 3, 31))
    assert allowed.pdf.startswith(b"%PDF-")
