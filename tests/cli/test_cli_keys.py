"""Keys through the command line: a missing keyring entry, recovery with the recovery key, key rotation,
and a database held by another process."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
import sqlcipher3

from app.domain import recovery_key
from app.storage.lockfile import DatabaseLock
from app.storage.sidecar import sidecar_path
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support.cli_tools import eapdesk
from tests.support.store_tools import (
    fingerprint,
    identity_of,
    keyring_items,
    keyring_key,
    make_office,
    raw_connection,
)


def init(db: Path) -> str:
    result = eapdesk("init", "--db", db, "--admin", ADMIN, stdin=f"{ADMIN_PASSWORD}\n")
    assert result.status == 0, result
    return result.recovery_key()


def user_list(db: Path) -> tuple[int, str, str]:
    result = eapdesk("user", "list", "--db", db, "--user", ADMIN, stdin=f"{ADMIN_PASSWORD}\n")
    return result.status, result.stdout, result.stderr


def snapshot(db: Path, key: bytes) -> tuple[list[tuple], list[tuple]]:
    with raw_connection(db, key=key) as conn:
        users = conn.execute("SELECT * FROM users ORDER BY id").fetchall()
        trail = conn.execute("SELECT * FROM audit_log ORDER BY seq").fetchall()
    return users, trail


def opens_with(db: Path, key: bytes) -> bool:
    try:
        with raw_connection(db, key=key):
            return True
    except sqlcipher3.DatabaseError:
        return False


def test_missing_keyring_entry_exits_4_and_recovery_key_restores_access(db_path: Path) -> None:
    printed = init(db_path)
    identity = identity_of(db_path)
    keyring.delete_password("eapdesk", f"db:{identity}")
    before = fingerprint(db_path.parent)

    status, out, err = user_list(db_path)
    assert status == 4
    assert out == ""
    assert "recover" in err
    assert fingerprint(db_path.parent) == before  # nothing written, no new key made
    assert keyring.get_password("eapdesk", f"db:{identity}") is None

    result = eapdesk("recover", "--db", db_path, stdin=printed.lower().replace("-", " ") + "\n")
    assert result.status == 0, result
    assert keyring_key(db_path) == recovery_key.decode(printed)
    status, out, _err = user_list(db_path)
    assert status == 0
    assert out.startswith("admin\tadmin\tactive")
    with raw_connection(db_path, key=keyring_key(db_path)) as conn:
        actions = [row[0] for row in conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    assert "database.recovered" in actions
    assert eapdesk("verify", "--db", db_path).status == 0


def test_recover_with_a_typo_exits_2_with_a_checksum_message(db_path: Path) -> None:
    printed = init(db_path)
    keyring.delete_password("eapdesk", f"db:{identity_of(db_path)}")
    position = 7
    typo = printed[:position] + ("X" if printed[position] != "X" else "Y") + printed[position + 1 :]
    before, entries = fingerprint(db_path.parent), keyring_items()
    result = eapdesk("recover", "--db", db_path, stdin=typo + "\n")
    assert result.status == 2, result
    assert "checksum" in result.stderr
    assert "mistyped" in result.stderr
    assert fingerprint(db_path.parent) == before
    assert keyring_items() == entries


def test_recover_with_another_databases_key_exits_4(db_path: Path) -> None:
    init(db_path)
    other = init(db_path.with_name("other.db"))
    keyring.delete_password("eapdesk", f"db:{identity_of(db_path)}")
    before = fingerprint(db_path.parent)
    result = eapdesk("recover", "--db", db_path, stdin=other + "\n")
    assert result.status == 4, result
    assert "does not open" in result.stderr
    assert fingerprint(db_path.parent) == before


def test_rekey_keeps_every_row_and_retires_the_old_key(db_path: Path) -> None:
    old_printed = init(db_path)
    for name, role in (("wei.ling", "counsellor"), ("ka.ho", "hr_manager")):
        added = eapdesk(
            "user",
            "add",
            name,
            "--role",
            role,
            "--db",
            db_path,
            "--user",
            ADMIN,
            "--full-name",
            "陳維玲 Chen",
            stdin=f"{ADMIN_PASSWORD}\n{name}-password-1\n",
        )
        assert added.status == 0, added
    identity = identity_of(db_path)
    old_key = keyring_key(db_path)
    assert old_key == recovery_key.decode(old_printed)
    users_before, trail_before = snapshot(db_path, old_key)

    result = eapdesk("rekey", "--db", db_path)
    assert result.status == 0, result
    new_printed = result.recovery_key()
    new_key = recovery_key.decode(new_printed)
    assert new_key != old_key

    # Same file identity, keyring updated, no pending entry left behind.
    assert identity_of(db_path) == identity
    assert keyring_key(db_path) == new_key
    assert keyring.get_password("eapdesk", f"db:{identity}:pending") is None
    # Every row survives.
    users_after, trail_after = snapshot(db_path, new_key)
    assert users_after == users_before
    assert trail_after[: len(trail_before)] == trail_before
    assert "database.rekeyed" in [row[3] for row in trail_after[len(trail_before) :]]
    # The old key, raw or as a recovery key, no longer opens the file; the new one does.
    assert not opens_with(db_path, old_key)
    keyring.delete_password("eapdesk", f"db:{identity}")
    refused = eapdesk("recover", "--db", db_path, stdin=old_printed + "\n")
    assert refused.status == 4, refused
    assert "does not open" in refused.stderr
    accepted = eapdesk("recover", "--db", db_path, stdin=new_printed + "\n")
    assert accepted.status == 0, accepted
    assert user_list(db_path)[0] == 0
    assert eapdesk("verify", "--db", db_path).status == 0
    assert sorted(p.name for p in db_path.parent.iterdir()) == [
        "eapdesk.db",
        "eapdesk.db.eapdesk.json",
        "eapdesk.db.lock",
    ]


def test_rekey_of_a_passphrase_database(db_path: Path, tmp_path: Path) -> None:
    env = {"EAPDESK_PASSPHRASE": "first office passphrase"}
    assert (
        eapdesk(
            "init", "--db", db_path, "--admin", ADMIN, "--no-keyring", stdin=f"{ADMIN_PASSWORD}\n", env=env
        ).status
        == 0
    )
    new_file = tmp_path / "new-passphrase"
    new_file.write_text("second office passphrase\n")
    result = eapdesk("rekey", "--db", db_path, env={**env, "EAPDESK_NEW_PASSPHRASE_FILE": str(new_file)})
    assert result.status == 0, result
    assert "recovery-key" not in result.stdout
    old = eapdesk("user", "list", "--db", db_path, "--user", ADMIN, stdin=f"{ADMIN_PASSWORD}\n", env=env)
    assert old.status == 4
    new = eapdesk(
        "user",
        "list",
        "--db",
        db_path,
        "--user",
        ADMIN,
        stdin=f"{ADMIN_PASSWORD}\n",
        env={"EAPDESK_PASSPHRASE": "second office passphrase"},
    )
    assert new.status == 0, new


def test_rekey_while_another_process_uses_the_database_exits_4(db_path: Path) -> None:
    make_office(db_path)
    key = keyring_key(db_path)
    before, entries = fingerprint(db_path.parent), keyring_items()
    held = DatabaseLock(db_path, exclusive=False)  # what the desktop app or another command holds
    held.acquire()
    try:
        result = eapdesk("rekey", "--db", db_path)
        assert result.status == 4, result
        assert "another EAP Crisis Desk process is using it" in result.stderr
        assert "recovery-key" not in result.stdout  # no key announced for a rotation that did not happen
    finally:
        held.release()
    assert fingerprint(db_path.parent) == before
    assert keyring_items() == entries
    assert keyring_key(db_path) == key
    assert eapdesk("rekey", "--db", db_path).status == 0  # once released, it goes ahead


def test_commands_wait_for_nobody_but_rekey_waits_for_everybody(db_path: Path) -> None:
    """Ordinary commands share the database; an exclusive holder (a rotation) keeps them out."""
    make_office(db_path)
    shared = DatabaseLock(db_path, exclusive=False)
    shared.acquire()
    try:
        assert user_list(db_path)[0] == 0
    finally:
        shared.release()
    exclusive = DatabaseLock(db_path, exclusive=True)
    exclusive.acquire()
    try:
        status, _out, err = user_list(db_path)
        assert status == 4
        assert "another EAP Crisis Desk process" in err
    finally:
        exclusive.release()


@pytest.mark.parametrize("entry", ["key", "sidecar"])
def test_a_moved_database_still_opens(db_path: Path, tmp_path: Path, entry: str) -> None:
    """The keyring entry follows the file's identity (its salt), not its path."""
    make_office(db_path)
    moved_folder = tmp_path / "moved"
    moved_folder.mkdir()
    moved = moved_folder / "renamed.db"
    db_path.rename(moved)
    if entry == "sidecar":
        sidecar_path(db_path).rename(sidecar_path(moved))
    else:
        sidecar_path(db_path).unlink()
    status, out, err = user_list(moved)
    assert status == 0, err
    assert out.startswith("admin")


def test_unreadable_new_passphrase_file_is_a_clear_refusal(db_path: Path, tmp_path: Path) -> None:
    env = {
        "EAPDESK_PASSPHRASE": "first office passphrase",
        "EAPDESK_NEW_PASSPHRASE_FILE": str(tmp_path / "missing"),
    }
    assert (
        eapdesk(
            "init", "--db", db_path, "--admin", ADMIN, "--no-keyring", stdin=f"{ADMIN_PASSWORD}\n", env=env
        ).status
        == 0
    )
    before = fingerprint(db_path.parent)
    result = eapdesk("rekey", "--db", db_path, env=env)
    assert result.status == 2, result
    assert "EAPDESK_NEW_PASSPHRASE_FILE cannot be read" in result.stderr
    assert "Traceback" not in result.stderr
    assert fingerprint(db_path.parent) == before
    other = db_path.with_name("other.db")
    result = eapdesk(
        "init",
        "--db",
        other,
        "--admin",
        ADMIN,
        "--no-keyring",
        stdin=f"{ADMIN_PASSWORD}\n",
        env={"EAPDESK_NEW_PASSPHRASE_FILE": str(tmp_path / "missing")},
    )
    assert result.status == 2, result
    assert not other.exists()
