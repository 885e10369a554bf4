"""Sign-in, backoff and account management through the services (real database, real Argon2id)."""

from __future__ import annotations

import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.roles import Role
from app.services.errors import AuthenticationFailed, InvalidInput, PermissionDenied
from app.services.session import Session
from app.services.users import WRONG_CREDENTIALS
from app.services.workspace import Workspace
from app.storage.audit_repository import AuditQuery
from app.storage.clock import utc_now
from tests.conftest import ADMIN, ADMIN_PASSWORD

COUNSELLOR_PASSWORD = "counsellor-pass-1"


def entries(workspace: Workspace, action: str | None = None) -> list[tuple]:
    sql = "SELECT seq, actor, action, entity, entity_id, detail FROM audit_log"
    if action:
        return workspace.db.query(sql + " WHERE action = ? ORDER BY seq", (action,))
    return workspace.db.query(sql + " ORDER BY seq")


@pytest.fixture
def admin(workspace: Workspace) -> Session:
    return workspace.sign_in(ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def counsellor_id(workspace: Workspace, admin: Session) -> int:
    return workspace.users.create(
        admin, "wei.ling", Role.COUNSELLOR, COUNSELLOR_PASSWORD, "Chen Wei-ling 陳維玲"
    ).id


# -- sign-in and its audit trail -------------------------------------------------------------------


def test_successful_sign_in_is_audited(workspace: Workspace) -> None:
    session = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
    assert (session.username, session.role) == (ADMIN, Role.ADMIN)
    last = entries(workspace, "login.succeeded")[-1]
    assert last[1:5] == (ADMIN, "login.succeeded", "user", str(session.user_id))
    assert '"role": "admin"' in last[5]


def test_sign_in_ignores_name_case_and_spaces(workspace: Workspace) -> None:
    assert workspace.sign_in("  ADMIN ", ADMIN_PASSWORD).username == ADMIN


@pytest.mark.parametrize(
    ("name", "password", "reason"),
    [
        (ADMIN, "wrong-password-123", "wrong_password"),
        ("nobody", ADMIN_PASSWORD, "unknown_user"),
    ],
)
def test_failed_sign_in_is_audited_without_the_password(
    workspace: Workspace, name: str, password: str, reason: str
) -> None:
    with pytest.raises(AuthenticationFailed) as caught:
        workspace.sign_in(name, password)
    assert str(caught.value) == WRONG_CREDENTIALS  # the same words whether or not the account exists
    failed = entries(workspace, "login.failed")
    assert len(failed) == 1
    assert failed[0][1] == name
    assert f'"reason": "{reason}"' in failed[0][5]
    everything = repr(workspace.db.query("SELECT * FROM audit_log"))
    assert password not in everything


def test_disabled_account_cannot_sign_in(workspace: Workspace, admin: Session, counsellor_id: int) -> None:
    workspace.users.set_disabled(admin, counsellor_id, True)
    with pytest.raises(AuthenticationFailed, match=WRONG_CREDENTIALS):
        workspace.sign_in("wei.ling", COUNSELLOR_PASSWORD)
    assert '"reason": "disabled"' in entries(workspace, "login.failed")[-1][5]
    workspace.users.set_disabled(admin, counsellor_id, False)
    assert workspace.sign_in("wei.ling", COUNSELLOR_PASSWORD).role is Role.COUNSELLOR


def test_nfc_and_nfd_spellings_of_a_password_both_sign_in(workspace: Workspace, admin: Session) -> None:
    password = "Crème brûlée 輔導 2026"
    workspace.users.create(admin, "amelie", Role.COUNSELLOR, unicodedata.normalize("NFD", password))
    assert workspace.sign_in("amelie", unicodedata.normalize("NFC", password)).username == "amelie"
    assert workspace.sign_in("amelie", unicodedata.normalize("NFD", password)).username == "amelie"


def test_password_limits_at_the_service(workspace: Workspace, admin: Session) -> None:
    with pytest.raises(InvalidInput, match="at least 10"):
        workspace.users.create(admin, "shorty", Role.COUNSELLOR, "123456789")
    with pytest.raises(InvalidInput, match="at most 1024"):
        workspace.users.create(admin, "longy", Role.COUNSELLOR, "p" * 1025)
    longest = "密" * 1024
    workspace.users.create(admin, "longest", Role.COUNSELLOR, longest)
    assert workspace.sign_in("longest", longest).username == "longest"
    assert [u.username for u in workspace.users.list(admin)] == [ADMIN, "longest"]


def test_passwords_are_argon2id_with_64_mib(workspace: Workspace, counsellor_id: int) -> None:
    stored = workspace.db.query_value("SELECT password_hash FROM users WHERE id = ?", (counsellor_id,))
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert COUNSELLOR_PASSWORD not in stored


# -- backoff -----------------------------------------------------------------------------------------


def test_backoff_after_repeated_failures(workspace: Workspace) -> None:
    users = workspace.users
    t0 = utc_now()
    for second in range(3):  # three free mistakes
        with pytest.raises(AuthenticationFailed, match=WRONG_CREDENTIALS) as caught:
            users.authenticate(ADMIN, "wrong-password-123", now=t0 + timedelta(seconds=second))
    assert caught.value.retry_after == timedelta(seconds=5)
    third = t0 + timedelta(seconds=2)

    # Within the wait even the right password is refused, and the refusal is audited.
    with pytest.raises(
        AuthenticationFailed, match=r"Too many failed sign-ins. Try again in 4 seconds"
    ) as caught:
        users.authenticate(ADMIN, ADMIN_PASSWORD, now=third + timedelta(seconds=1))
    assert caught.value.retry_after == timedelta(seconds=4)
    refused = entries(workspace, "login.refused")
    assert len(refused) == 1
    assert '"reason": "backoff"' in refused[0][5]

    # A fourth mistake after the wait doubles it.
    with pytest.raises(AuthenticationFailed) as caught:
        users.authenticate(ADMIN, "wrong-password-123", now=third + timedelta(seconds=5))
    assert caught.value.retry_after == timedelta(seconds=10)
    fourth = third + timedelta(seconds=5)
    with pytest.raises(AuthenticationFailed, match="Try again in 9 seconds"):
        users.authenticate(ADMIN, ADMIN_PASSWORD, now=fourth + timedelta(seconds=1))

    # After the wait the right password works and the count starts again.
    session = users.authenticate(ADMIN, ADMIN_PASSWORD, now=fourth + timedelta(seconds=10))
    assert session.username == ADMIN
    with pytest.raises(AuthenticationFailed) as caught:
        users.authenticate(ADMIN, "wrong-password-123", now=fourth + timedelta(seconds=11))
    assert caught.value.retry_after == timedelta(0)
    assert len(entries(workspace, "login.failed")) == 5


def test_backoff_survives_a_restart(workspace: Workspace, db_path: Path) -> None:
    t0 = utc_now()
    for second in range(4):
        with pytest.raises(AuthenticationFailed):
            workspace.users.authenticate(ADMIN, "wrong-password-123", now=t0 + timedelta(seconds=second * 60))
    workspace.close()
    with Workspace.open(db_path) as reopened:
        with pytest.raises(AuthenticationFailed, match="Too many failed sign-ins"):
            reopened.users.authenticate(ADMIN, ADMIN_PASSWORD, now=t0 + timedelta(seconds=185))
        assert reopened.users.authenticate(ADMIN, ADMIN_PASSWORD, now=t0 + timedelta(seconds=190))


def test_unknown_names_are_not_locked_and_do_not_reveal_anything(workspace: Workspace) -> None:
    t0 = utc_now()
    for second in range(6):
        with pytest.raises(AuthenticationFailed, match=WRONG_CREDENTIALS) as caught:
            workspace.users.authenticate("ghost", "whatever-pass", now=t0 + timedelta(seconds=second))
        assert caught.value.retry_after == timedelta(0)


# -- account management rules ----------------------------------------------------------------------


def test_last_active_admin_cannot_be_disabled_or_demoted(
    workspace: Workspace, admin: Session, counsellor_id: int
) -> None:
    del counsellor_id
    me = workspace.users.find_by_name(admin, ADMIN)
    with pytest.raises(InvalidInput, match="only active admin"):
        workspace.users.set_disabled(admin, me.id, True)
    with pytest.raises(InvalidInput, match="only active admin"):
        workspace.users.update(admin, me.id, role=Role.COUNSELLOR)
    assert workspace.users.find_by_name(admin, ADMIN).role is Role.ADMIN
    assert not workspace.users.find_by_name(admin, ADMIN).disabled


def test_an_admin_cannot_disable_their_own_account(workspace: Workspace, admin: Session) -> None:
    second = workspace.users.create(admin, "deputy", Role.ADMIN, "deputy-pass-12")
    me = workspace.users.find_by_name(admin, ADMIN)
    with pytest.raises(InvalidInput, match="your own account"):
        workspace.users.set_disabled(admin, me.id, True)
    deputy = workspace.sign_in("deputy", "deputy-pass-12")
    workspace.users.set_disabled(deputy, me.id, True)  # another admin may
    assert workspace.users.find_by_name(deputy, ADMIN).disabled
    with pytest.raises(InvalidInput, match="only active admin"):
        workspace.users.set_disabled(deputy, second.id, True)


def test_duplicate_names_differing_in_case_are_refused(
    workspace: Workspace, admin: Session, counsellor_id: int
) -> None:
    del counsellor_id
    with pytest.raises(InvalidInput, match="already exists"):
        workspace.users.create(admin, "Wei.Ling", Role.HR_MANAGER, "another-pass-1")


@pytest.mark.parametrize("name", ["", "a", "two words", "x" * 65, "semi;colon", "tab\tname"])
def test_unusable_account_names_are_refused(workspace: Workspace, admin: Session, name: str) -> None:
    with pytest.raises(InvalidInput, match="account name"):
        workspace.users.create(admin, name, Role.COUNSELLOR, "perfectly-fine-pass")


def test_user_changes_are_audited_without_content(
    workspace: Workspace, admin: Session, counsellor_id: int
) -> None:
    workspace.users.update(
        admin, counsellor_id, display_name="Secret Person 秘密", password="new-counsellor-pass"
    )
    workspace.users.update(admin, counsellor_id, role=Role.HR_MANAGER)
    workspace.users.set_disabled(admin, counsellor_id, True)
    actions = [row[2] for row in entries(workspace)]
    assert actions.count("user.created") == 2
    assert actions.count("user.updated") == 2
    assert "user.disabled" in actions
    trail = repr(workspace.db.query("SELECT * FROM audit_log"))
    for secret in ("Secret Person", "秘密", "new-counsellor-pass", "陳維玲", COUNSELLOR_PASSWORD):
        assert secret not in trail


def test_summaries_do_not_leak_names_or_hashes_in_repr(
    workspace: Workspace, admin: Session, counsellor_id: int
) -> None:
    del counsellor_id
    text = repr(workspace.users.list(admin))
    assert "陳維玲" not in text
    assert "argon2" not in text


# -- sessions ------------------------------------------------------------------------------------------


def test_a_session_of_a_disabled_account_is_refused(
    workspace: Workspace, admin: Session, counsellor_id: int
) -> None:
    counsellor = workspace.sign_in("wei.ling", COUNSELLOR_PASSWORD)
    workspace.users.set_disabled(admin, counsellor_id, True)
    with pytest.raises(AuthenticationFailed, match="changed or disabled"):
        workspace.info(counsellor)


def test_a_demoted_admin_loses_admin_rights_at_once(workspace: Workspace, admin: Session) -> None:
    deputy_id = workspace.users.create(admin, "deputy", Role.ADMIN, "deputy-pass-12").id
    deputy = workspace.sign_in("deputy", "deputy-pass-12")
    assert workspace.users.list(deputy)
    workspace.users.update(admin, deputy_id, role=Role.COUNSELLOR)
    with pytest.raises((AuthenticationFailed, PermissionDenied)):
        workspace.users.list(deputy)
    with pytest.raises((AuthenticationFailed, PermissionDenied)):
        workspace.users.create(deputy, "sleeper", Role.ADMIN, "sleeper-pass-12")


def test_a_session_not_issued_by_this_workspace_is_refused(workspace: Workspace) -> None:
    forged = Session(1, ADMIN, Role.ADMIN, utc_now())
    with pytest.raises(AuthenticationFailed):
        workspace.users.list(forged)
    with pytest.raises(AuthenticationFailed):
        workspace.audit.find(forged, AuditQuery())


def test_a_signed_out_session_is_refused(workspace: Workspace, admin: Session) -> None:
    workspace.sign_out(admin)
    with pytest.raises(AuthenticationFailed, match="ended"):
        workspace.info(admin)
    with pytest.raises(AuthenticationFailed):
        workspace.users.list(admin)
    assert entries(workspace, "session.ended")


def test_unlock_needs_the_password_and_is_audited(workspace: Workspace, admin: Session) -> None:
    workspace.lock(admin)
    with pytest.raises(AuthenticationFailed):
        workspace.unlock(admin, "wrong-password-123")
    assert workspace.unlock(admin, ADMIN_PASSWORD) is admin
    actions = [row[2] for row in entries(workspace)]
    assert actions[-3:] == ["session.locked", "unlock.failed", "unlock.succeeded"]
