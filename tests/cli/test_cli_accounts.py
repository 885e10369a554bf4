"""``eapdesk`` end to end through child processes: init, demo, user add/list/disable, --version, usage,
passphrase mode. Exit statuses: 0 success, 1 check failed, 2 usage or refused, 3 authentication or
permission, 4 key missing or wrong / keyring unavailable / locked."""

from __future__ import annotations

import re
from pathlib import Path

import keyring
import pytest

from app import __version__
from app.domain import recovery_key
from app.services.demo import DEMO_PASSPHRASE
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support.cli_tools import NO_KEYRING_BACKEND, eapdesk
from tests.support.store_tools import (
    files_containing,
    fingerprint,
    identity_of,
    keyring_items,
    keyring_key,
    make_office,
    raw_connection,
)

COUNSELLOR_PASSWORD = "counsellor-pass-1"
HR_PASSWORD = "hr-manager-pass-1"


def init(db: Path, **env: str) -> str:
    result = eapdesk("init", "--db", db, "--admin", ADMIN, stdin=f"{ADMIN_PASSWORD}\n", env=env)
    assert result.status == 0, result
    return result.recovery_key()


def add_user(db: Path, name: str, role: str, password: str, *extra: str) -> None:
    result = eapdesk(
        "user",
        "add",
        name,
        "--role",
        role,
        "--db",
        db,
        "--user",
        ADMIN,
        *extra,
        stdin=f"{ADMIN_PASSWORD}\n{password}\n",
    )
    assert result.status == 0, result


def user_list(
    db: Path, user: str = ADMIN, password: str = ADMIN_PASSWORD, **env: str
) -> tuple[int, str, str]:
    result = eapdesk("user", "list", "--db", db, "--user", user, stdin=f"{password}\n", env=env)
    return result.status, result.stdout, result.stderr


def audit_actions(db: Path) -> list[tuple[str, str, str]]:
    with raw_connection(db, key=keyring_key(db)) as conn:
        return conn.execute("SELECT actor, action, detail FROM audit_log ORDER BY seq").fetchall()


USERS = (
    ("wei.ling", "counsellor", COUNSELLOR_PASSWORD, "Chen Wei-ling 陳維玲"),
    ("ka.ho", "hr_manager", HR_PASSWORD, ""),
)


@pytest.fixture
def office(db_path: Path) -> Path:
    """A keyring database with a counsellor and an hr_manager, made in this process (the commands under
    test run apart; ``init`` and ``user add`` themselves are tested through the CLI below)."""
    make_office(db_path, USERS)
    return db_path


def test_version() -> None:
    result = eapdesk("--version")
    assert result.status == 0
    assert result.stdout.strip() == f"eapdesk {__version__}"
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", __version__)


def test_init_creates_a_keyring_database_and_prints_the_recovery_key_once(db_path: Path) -> None:
    result = eapdesk("init", "--db", db_path, "--admin", ADMIN, stdin=f"{ADMIN_PASSWORD}\n")
    assert result.status == 0, result
    assert result.stdout.count("recovery-key ") == 1
    key = recovery_key.decode(result.recovery_key())
    assert keyring_key(db_path) == key
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    assert ADMIN_PASSWORD not in result.stdout + result.stderr
    actions = [action for _actor, action, _detail in audit_actions(db_path)]
    assert actions[:2] == ["database.created", "user.created"]


def test_init_refuses_an_existing_path_with_status_2(db_path: Path) -> None:
    init(db_path)
    before, entries = fingerprint(db_path.parent), keyring_items()
    result = eapdesk("init", "--db", db_path, "--admin", "someone", stdin="someone-password-1\n")
    assert result.status == 2, result
    assert "already exists" in result.stderr
    assert fingerprint(db_path.parent) == before
    assert keyring_items() == entries


def test_init_refuses_any_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("keep me")
    result = eapdesk("init", "--db", target, "--admin", ADMIN, stdin=f"{ADMIN_PASSWORD}\n")
    assert result.status == 2
    assert target.read_text() == "keep me"


@pytest.mark.parametrize(
    ("stdin", "message"),
    [("short\n", "at least 10"), ("", "Expected another line on standard input")],
)
def test_init_refuses_bad_input_and_creates_nothing(db_path: Path, stdin: str, message: str) -> None:
    entries = keyring_items()
    result = eapdesk("init", "--db", db_path, "--admin", ADMIN, stdin=stdin)
    assert result.status == 2, result
    assert message in result.stderr
    assert list(db_path.parent.iterdir()) == []
    assert keyring_items() == entries


def test_init_without_a_keyring_refuses_and_points_to_no_keyring(db_path: Path) -> None:
    result = eapdesk(
        "init",
        "--db",
        db_path,
        "--admin",
        ADMIN,
        stdin=f"{ADMIN_PASSWORD}\n",
        env={"PYTHON_KEYRING_BACKEND": NO_KEYRING_BACKEND},
    )
    assert result.status == 4, result
    assert "--no-keyring" in result.stderr
    assert list(db_path.parent.iterdir()) == []  # and in particular no key file


@pytest.mark.parametrize(
    "args",
    [
        ("init", "--admin", ADMIN),
        ("user", "list", "--user", ADMIN),
        ("user", "add", "bob", "--role", "boss", "--db", "x.db", "--user", ADMIN),
        ("frobnicate",),
        ("backup", "--db", "x.db"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    result = eapdesk(*args)
    assert result.status == 2, result
    assert "usage:" in result.stderr


def test_init_user_add_list_disable(db_path: Path) -> None:
    init(db_path)
    add_user(db_path, "wei.ling", "counsellor", COUNSELLOR_PASSWORD, "--full-name", "Chen Wei-ling 陳維玲")
    add_user(db_path, "ka.ho", "hr_manager", HR_PASSWORD)
    office = db_path
    status, out, err = user_list(office)
    assert status == 0, err
    assert out.splitlines() == [
        "admin\tadmin\tactive",
        "ka.ho\thr_manager\tactive",
        "wei.ling\tcounsellor\tactive",
    ]
    result = eapdesk("user", "disable", "ka.ho", "--db", office, "--user", ADMIN, stdin=f"{ADMIN_PASSWORD}\n")
    assert result.status == 0, result
    assert "ka.ho\thr_manager\tdisabled" in user_list(office)[1]
    # The disabled account can no longer sign in.
    assert user_list(office, "ka.ho", HR_PASSWORD)[0] == 3
    actions = [action for _actor, action, _detail in audit_actions(office)]
    assert actions.count("user.created") == 3
    assert "user.disabled" in actions
    # The full name (admin-only, confidential) never reaches the audit trail.
    assert "陳維玲" not in repr(audit_actions(office))


def test_user_add_refuses_a_duplicate_with_status_2(office: Path) -> None:
    result = eapdesk(
        "user",
        "add",
        "Wei.Ling",
        "--role",
        "admin",
        "--db",
        office,
        "--user",
        ADMIN,
        stdin=f"{ADMIN_PASSWORD}\nanother-pass-12\n",
    )
    assert result.status == 2, result
    assert "already exists" in result.stderr


def test_disabling_the_last_admin_is_refused_with_status_2(office: Path) -> None:
    result = eapdesk("user", "disable", ADMIN, "--db", office, "--user", ADMIN, stdin=f"{ADMIN_PASSWORD}\n")
    assert result.status == 2, result
    assert "only active admin" in result.stderr


def test_wrong_user_password_exits_3_and_is_audited(office: Path) -> None:
    status, out, err = user_list(office, ADMIN, "not-the-password")
    assert status == 3
    assert out == ""
    assert "Wrong account name or password" in err
    assert "not-the-password" not in err
    failed = [(actor, detail) for actor, action, detail in audit_actions(office) if action == "login.failed"]
    assert failed == [(ADMIN, '{"reason": "wrong_password"}')]


def test_unknown_user_exits_3_and_is_audited(office: Path) -> None:
    assert user_list(office, "mallory", "whatever-pass-1")[0] == 3
    assert ("mallory", "login.failed", '{"reason": "unknown_user"}') in audit_actions(office)


@pytest.mark.parametrize(("user", "password"), [("ka.ho", HR_PASSWORD), ("wei.ling", COUNSELLOR_PASSWORD)])
def test_non_admin_user_commands_exit_3(office: Path, user: str, password: str) -> None:
    status, out, err = user_list(office, user, password)
    assert status == 3
    assert out == ""
    assert "may not" in err
    result = eapdesk(
        "user",
        "add",
        "sleeper",
        "--role",
        "admin",
        "--db",
        office,
        "--user",
        user,
        stdin=f"{password}\nsleeper-pass-12\n",
    )
    assert result.status == 3
    assert "sleeper" not in user_list(office)[1]


def test_no_keyring_init_with_a_passphrase_file(tmp_path: Path, db_path: Path) -> None:
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text("the office passphrase 2026\n")
    env = {"EAPDESK_PASSPHRASE_FILE": str(passphrase_file)}
    entries = keyring_items()
    result = eapdesk(
        "init", "--db", db_path, "--admin", ADMIN, "--no-keyring", stdin=f"{ADMIN_PASSWORD}\n", env=env
    )
    assert result.status == 0, result
    assert "recovery-key" not in result.stdout  # the passphrase is what recovers
    assert "passphrase mode" in result.stdout

    status, out, err = user_list(db_path, **env)
    assert status == 0, err
    assert out.startswith("admin\tadmin\tactive")
    identity = identity_of(db_path)
    assert keyring.get_password("eapdesk", f"db:{identity}") is None
    assert keyring_items() == entries  # no key, no anchor: nothing at all in the keyring
    with raw_connection(db_path, passphrase="the office passphrase 2026") as conn:
        assert conn.execute("SELECT username FROM users").fetchall() == [(ADMIN,)]
    assert eapdesk("verify", "--db", db_path, env=env).status == 0


def test_no_keyring_database_works_where_there_is_no_keyring_at_all(db_path: Path) -> None:
    env = {"PYTHON_KEYRING_BACKEND": NO_KEYRING_BACKEND, "EAPDESK_PASSPHRASE": "passphrase from env 1"}
    result = eapdesk(
        "init", "--db", db_path, "--admin", ADMIN, "--no-keyring", stdin=f"{ADMIN_PASSWORD}\n", env=env
    )
    assert result.status == 0, result
    assert user_list(db_path, **env)[0] == 0
    # The keyring-free process cannot open a keyring database, though: status 4 with advice.
    other = db_path.with_name("keyring.db")
    init(other)
    status, _out, err = user_list(other, PYTHON_KEYRING_BACKEND=NO_KEYRING_BACKEND)
    assert status == 4
    assert "passphrase" in err


def test_wrong_passphrase_exits_4(db_path: Path) -> None:
    env = {"EAPDESK_PASSPHRASE": "the right passphrase"}
    assert (
        eapdesk(
            "init", "--db", db_path, "--admin", ADMIN, "--no-keyring", stdin=f"{ADMIN_PASSWORD}\n", env=env
        ).status
        == 0
    )
    before = fingerprint(db_path.parent)
    status, out, err = user_list(db_path, EAPDESK_PASSPHRASE="the wrong passphrase")
    assert status == 4
    assert out == ""
    assert "passphrase is wrong" in err
    assert fingerprint(db_path.parent) == before


def test_passphrase_database_without_a_passphrase_or_terminal_exits_4(db_path: Path) -> None:
    env = {"EAPDESK_PASSPHRASE": "the right passphrase"}
    assert (
        eapdesk(
            "init", "--db", db_path, "--admin", ADMIN, "--no-keyring", stdin=f"{ADMIN_PASSWORD}\n", env=env
        ).status
        == 0
    )
    status, _out, err = user_list(db_path)
    assert status == 4
    assert "EAPDESK_PASSPHRASE_FILE" in err


def test_demo_prints_one_account_line_per_role(db_path: Path) -> None:
    result = eapdesk("demo", "--db", db_path, "--seed", "7")
    assert result.status == 0, result
    accounts = [line.split(" ") for line in result.stdout.splitlines() if line.startswith("account ")]
    assert [fields[2] for fields in accounts] == ["admin", "counsellor", "hr_manager"]
    assert all(len(fields) == 4 for fields in accounts)
    by_role = {role: (name, password) for _word, name, role, password in accounts}
    admin_name, admin_password = by_role["admin"]
    status, out, _err = user_list(db_path, admin_name, admin_password)
    assert status == 0
    assert len(out.splitlines()) >= 3
    assert user_list(db_path, *by_role["hr_manager"])[0] == 3
    assert user_list(db_path, *by_role["counsellor"])[0] == 3
    # None of the seeded names (bilingual) is readable in the file or beside it.
    with raw_connection(db_path, key=keyring_key(db_path)) as conn:
        seeded = [row[0] for row in conn.execute("SELECT display_name FROM users WHERE display_name != ''")]
    assert len(seeded) >= 8
    assert any("林雅婷" in name for name in seeded)
    needles = [part.encode() for name in seeded for part in name.split() if len(part.encode()) >= 5]
    assert files_containing(needles, db_path.parent) == []
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    assert eapdesk("demo", "--db", db_path).status == 2  # never over an existing database


def test_demo_in_passphrase_mode_names_its_passphrase(db_path: Path) -> None:
    result = eapdesk(
        "demo", "--db", db_path, "--no-keyring", env={"PYTHON_KEYRING_BACKEND": NO_KEYRING_BACKEND}
    )
    assert result.status == 0, result
    assert DEMO_PASSPHRASE in result.stdout
    assert len([line for line in result.stdout.splitlines() if line.startswith("account ")]) == 3
