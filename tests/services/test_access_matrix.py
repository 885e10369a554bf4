"""The role x operation matrix, written out in full, and its enforcement in the services themselves.

When a later issue adds an Operation, ``test_table_lists_every_operation`` fails until a row is added
here: every new operation gets an explicit decision for every role.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest

from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.roles import Operation, Role
from app.services.access import DEFAULT_MATRIX, AccessPolicy
from app.services.errors import PermissionDenied
from app.services.incidents import IncidentQuery
from app.services.maintenance import create_database
from app.services.policy import IDLE_LOCK_MINUTES
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
    Operation.INCIDENT_CREATE:  (ALLOW, ALLOW,      DENY),
    Operation.INCIDENT_VIEW:    (ALLOW, ALLOW,      ALLOW),
    Operation.INCIDENT_VIEW_CONFIDENTIAL:
                                (ALLOW, ALLOW,      DENY),
    Operation.INCIDENT_UPDATE:  (ALLOW, ALLOW,      DENY),
    Operation.INCIDENT_TRANSITION:
                                (ALLOW, ALLOW,      DENY),
    Operation.INCIDENT_TIMELINE_ADD:
                                (ALLOW, ALLOW,      DENY),
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
}


def _state(workspace: Workspace) -> tuple[object, ...]:
    db = workspace.db
    return (
        db.query("SELECT id, username, role, disabled, password_hash, display_name FROM users ORDER BY id"),
        db.query("SELECT key, value FROM policy_settings ORDER BY key"),
        *(
            db.query(f"SELECT * FROM {table} ORDER BY id")
            for table in ("incidents", "incident_timeline", "incident_status_changes", "incident_checklist")
        ),
    )


def _facts(title: str) -> IncidentFacts:
    return IncidentFacts(
        title=title, category=IncidentCategory.CYBER_SECURITY, reported_at=datetime(2026, 1, 5, tzinfo=UTC)
    )


def _incident(workspace: Workspace) -> int:
    return int(workspace.db.query_value("SELECT min(id) FROM incidents"))


# Incident casework: counsellors and admins; hr_manager is refused (and sees de-identified data only).
CASEWORK_CALLS: dict[str, tuple[Operation, ServiceCall]] = {
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
}


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
