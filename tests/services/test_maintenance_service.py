"""Whole-database operations called in-process (what the GUI's File menu uses): backup, restore, rekey."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.services.maintenance import backup_database, rekey_database, restore_database
from app.services.workspace import Workspace
from app.storage.errors import BackupInvalid, DatabaseExists, DatabaseLocked
from app.storage.keystore import Keystore
from app.storage.lockfile import DatabaseLock
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support.store_tools import fingerprint, keyring_items, keyring_key

BACKUP_PASSPHRASE = "backup passphrase 2026"


@pytest.fixture
def backup(workspace: Workspace, db_path: Path, tmp_path: Path, keystore: Keystore) -> Path:
    workspace.close()
    out = tmp_path / "office.bak"
    assert backup_database(db_path, out, BACKUP_PASSPHRASE, keystore=keystore) == out.stat().st_size
    return out


def open_descriptors_to(path: Path) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


def test_restore_refused_while_the_database_is_in_use_leaves_nothing_open(
    backup: Path, db_path: Path, keystore: Keystore
) -> None:
    before, entries = fingerprint(db_path.parent), keyring_items()
    held = DatabaseLock(db_path, exclusive=False)
    held.acquire()
    try:
        with pytest.raises(DatabaseLocked):
            restore_database(backup, db_path, BACKUP_PASSPHRASE, force=True, keystore=keystore)
    finally:
        held.release()
    assert open_descriptors_to(backup) == []  # the backup was not left open behind the refusal
    assert fingerprint(db_path.parent) == before
    assert keyring_items() == entries


def test_restore_with_force_replaces_the_database(backup: Path, db_path: Path, keystore: Keystore) -> None:
    old_key = keyring_key(db_path)
    with Workspace.open(db_path, keystore=keystore) as workspace:
        workspace.sign_in(ADMIN, ADMIN_PASSWORD)  # a change made after the backup
    with pytest.raises(DatabaseExists):
        restore_database(backup, db_path, BACKUP_PASSPHRASE, keystore=keystore)
    printed = restore_database(backup, db_path, BACKUP_PASSPHRASE, force=True, keystore=keystore)
    assert printed
    assert keyring_key(db_path) != old_key
    with Workspace.open(db_path, keystore=keystore) as workspace:
        actions = [r[0] for r in workspace.db.query("SELECT action FROM audit_log ORDER BY seq")]
    assert actions[-1] == "database.restored"
    assert "login.succeeded" not in actions  # the later sign-in is gone: the backup's state came back
    assert open_descriptors_to(backup) == []


def test_wrong_backup_passphrase_in_process(backup: Path, tmp_path: Path, keystore: Keystore) -> None:
    target = tmp_path / "restored.db"
    with pytest.raises(BackupInvalid, match="Nothing was restored"):
        restore_database(backup, target, "another passphrase", keystore=keystore)
    assert not target.exists()
    assert open_descriptors_to(backup) == []


def test_rekey_in_process_keeps_the_workspace_usable(
    workspace: Workspace, db_path: Path, keystore: Keystore
) -> None:
    workspace.close()
    old = keyring_key(db_path)
    announced: list[str] = []
    printed = rekey_database(db_path, keystore=keystore, announce=announced.append)
    assert announced == [printed]
    assert keyring_key(db_path) != old
    with Workspace.open(db_path, keystore=keystore) as reopened:
        assert reopened.sign_in(ADMIN, ADMIN_PASSWORD).username == ADMIN
