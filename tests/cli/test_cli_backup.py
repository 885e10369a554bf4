"""Backups through the command line: a round trip onto a new machine (fresh keyring, no recovery key),
refusal of altered backups and wrong passphrases, and backups that fail part-way."""

from __future__ import annotations

import os
import resource
import shutil
import signal
from pathlib import Path

import pytest

from app.domain import recovery_key
from app.services import audit as audit_service
from app.services.workspace import Workspace
from app.storage.audit_repository import AuditEvent
from app.storage.lockfile import DatabaseLock
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support.cli_tools import eapdesk, on_new_machine
from tests.support.store_tools import (
    fingerprint,
    flip_byte,
    identity_of,
    keyring_entries_for,
    keyring_items,
    keyring_key,
    make_office,
    raw_connection,
    sha256,
)

BACKUP_PASSPHRASE = "backup passphrase 2026"
PAGE = 4096


USERS = (
    ("wei.ling", "counsellor", "wei.ling-password-1", "Chen Wei-ling 陳維玲"),
    ("ka.ho", "hr_manager", "ka.ho-password-1", "Wong Ka-ho 黃家豪"),
)


@pytest.fixture
def office(db_path: Path) -> Path:
    """A keyring database with three accounts (made in this process; the commands under test run apart)."""
    make_office(db_path, USERS)
    return db_path


def make_backup(db: Path, out: Path) -> Path:
    result = eapdesk("backup", "--db", db, "--out", out, stdin=f"{BACKUP_PASSPHRASE}\n")
    assert result.status == 0, result
    assert out.exists()
    return out


@pytest.fixture
def backup_file(office: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "backups"
    folder.mkdir()
    return make_backup(office, folder / "office.bak")


@pytest.fixture(scope="module")
def pristine_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One backup for the tests that only read it (each alters its own copy)."""
    folder = tmp_path_factory.mktemp("pristine")
    make_office(folder / "office.db", USERS)
    return make_backup(folder / "office.db", folder / "office.bak")


@pytest.fixture
def backup_copy(pristine_backup: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy.bak"
    shutil.copyfile(pristine_backup, copy)
    return copy


def user_list(db: Path) -> str:
    result = eapdesk("user", "list", "--db", db, "--user", ADMIN, stdin=f"{ADMIN_PASSWORD}\n")
    assert result.status == 0, result
    return result.stdout


def live_state(db: Path) -> tuple[object, ...]:
    with raw_connection(db, key=keyring_key(db)) as conn:
        return (
            conn.execute("SELECT * FROM users ORDER BY id").fetchall(),
            conn.execute("SELECT * FROM audit_log ORDER BY seq").fetchall(),
        )


def test_backup_is_an_encrypted_file_that_needs_only_the_backup_passphrase(
    backup_file: Path, office: Path
) -> None:
    data = backup_file.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert "陳維玲".encode() not in data
    assert keyring_key(office).hex().encode() not in data
    with raw_connection(backup_file, passphrase=BACKUP_PASSPHRASE) as conn:
        assert [r[0] for r in conn.execute("SELECT username FROM users ORDER BY id")] == [
            ADMIN,
            "wei.ling",
            "ka.ho",
        ]
    assert identity_of(backup_file) != identity_of(office)
    assert [p.name for p in backup_file.parent.iterdir()] == ["office.bak"]  # no temporary file left
    with raw_connection(office, key=keyring_key(office)) as conn:
        assert (
            conn.execute("SELECT count(*) FROM audit_log WHERE action = 'database.backup'").fetchone()[0] == 1
        )


def test_backup_restore_round_trip_on_a_new_machine(backup_file: Path, office: Path, tmp_path: Path) -> None:
    target = tmp_path / "new-machine" / "restored.db"
    target.parent.mkdir()
    source_users, source_trail = live_state(office)
    with raw_connection(backup_file, passphrase=BACKUP_PASSPHRASE) as conn:
        backup_trail = conn.execute("SELECT * FROM audit_log ORDER BY seq").fetchall()

    (restore, listing, verify), new_keyring = on_new_machine(
        [
            (["restore", "--from", backup_file, "--db", target], f"{BACKUP_PASSPHRASE}\n"),
            (["user", "list", "--db", target, "--user", ADMIN], f"{ADMIN_PASSWORD}\n"),
            (["verify", "--db", target], ""),
        ]
    )
    assert restore.status == 0, restore
    assert listing.status == 0, listing
    assert verify.status == 0, verify
    assert listing.stdout == user_list(office)  # the same accounts, roles and states

    # The restored database got its own key, registered in the new machine's keyring only.
    printed = restore.recovery_key()
    key = recovery_key.decode(printed)
    identity = identity_of(target)
    assert new_keyring[f"db:{identity}"] == key.hex()
    assert set(keyring_entries_for(target).values()) == {None}  # nothing on this machine

    # Identical data: every account row, and the audit trail as it was backed up, then the restore.
    with raw_connection(target, key=key) as conn:
        restored_users = conn.execute("SELECT * FROM users ORDER BY id").fetchall()
        restored_trail = conn.execute("SELECT * FROM audit_log ORDER BY seq").fetchall()
    stable = [
        (*row[:6], row[-2]) for row in source_users
    ]  # id..disabled, created_at (sign-ins change the rest)
    assert [(*row[:6], row[-2]) for row in restored_users] == stable
    assert restored_trail[: len(backup_trail)] == backup_trail
    assert backup_trail == source_trail[: len(backup_trail)]
    after = [row[3] for row in restored_trail[len(backup_trail) :]]
    assert after[0] == "database.restored"
    assert "login.succeeded" in after


def test_restore_refuses_an_existing_database_without_force(backup_file: Path, office: Path) -> None:
    before = fingerprint(office.parent)
    result = eapdesk("restore", "--from", backup_file, "--db", office, stdin=f"{BACKUP_PASSPHRASE}\n")
    assert result.status == 2, result
    assert "--force" in result.stderr
    assert fingerprint(office.parent) == before


def test_restore_with_force_while_the_database_is_in_use_exits_4(backup_file: Path, office: Path) -> None:
    before = fingerprint(office.parent)
    held = DatabaseLock(office, exclusive=False)
    held.acquire()
    try:
        result = eapdesk(
            "restore", "--from", backup_file, "--db", office, "--force", stdin=f"{BACKUP_PASSPHRASE}\n"
        )
    finally:
        held.release()
    assert result.status == 4, result
    assert "another EAP Crisis Desk process" in result.stderr
    assert fingerprint(office.parent) == before
    assert [p.name for p in office.parent.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    "offset",
    [5, 16, 200, PAGE - 50, 2 * PAGE + 123, -100, -PAGE + 10],
    ids=[
        "salt",
        "page1-first-byte",
        "page1-body",
        "page1-hmac",
        "page3-body",
        "last-page-hmac",
        "last-page-body",
    ],
)
def test_a_backup_with_one_byte_changed_is_refused(backup_copy: Path, tmp_path: Path, offset: int) -> None:
    backup_file = backup_copy
    size = backup_file.stat().st_size
    flip_byte(backup_file, offset % size)
    target_folder = tmp_path / "restore-here"
    target_folder.mkdir()
    entries = keyring_items()
    result = eapdesk(
        "restore",
        "--from",
        backup_file,
        "--db",
        target_folder / "restored.db",
        stdin=f"{BACKUP_PASSPHRASE}\n",
    )
    assert result.status == 1, result
    assert "Nothing was restored" in result.stderr
    assert list(target_folder.iterdir()) == []  # no database, no sidecar, no temporary file
    assert keyring_items() == entries  # no key registered for a database that was not made


def test_the_unaltered_copy_restores(backup_copy: Path, tmp_path: Path) -> None:
    """Control for the tests above: the same backup, unchanged, restores."""
    result = eapdesk(
        "restore", "--from", backup_copy, "--db", tmp_path / "restored.db", stdin=f"{BACKUP_PASSPHRASE}\n"
    )
    assert result.status == 0, result


def test_a_wrong_backup_passphrase_is_refused(backup_copy: Path, tmp_path: Path) -> None:
    backup_file = backup_copy
    target = tmp_path / "restored.db"
    entries = keyring_items()
    result = eapdesk("restore", "--from", backup_file, "--db", target, stdin="not the backup passphrase\n")
    assert result.status == 1, result
    assert "passphrase is wrong" in result.stderr
    assert "Nothing was restored" in result.stderr
    assert not target.exists()
    assert keyring_items() == entries


def test_a_live_database_is_not_a_backup(office: Path, tmp_path: Path) -> None:
    """Restoring from the live database (keyed by a raw key, not the backup passphrase) is refused."""
    result = eapdesk("restore", "--from", office, "--db", tmp_path / "x.db", stdin=f"{BACKUP_PASSPHRASE}\n")
    assert result.status == 1
    assert not (tmp_path / "x.db").exists()


def test_backup_refuses_to_overwrite(office: Path, tmp_path: Path) -> None:
    out = tmp_path / "existing.bak"
    out.write_bytes(b"an older backup")
    result = eapdesk("backup", "--db", office, "--out", out, stdin=f"{BACKUP_PASSPHRASE}\n")
    assert result.status == 2, result
    assert out.read_bytes() == b"an older backup"


def test_backup_passphrase_rules(office: Path, tmp_path: Path) -> None:
    result = eapdesk("backup", "--db", office, "--out", tmp_path / "x.bak", stdin="short\n")
    assert result.status == 2
    assert "backup passphrase needs at least 10" in result.stderr
    assert not (tmp_path / "x.bak").exists()


# -- backups that fail ---------------------------------------------------------------------------------


def assert_failed_cleanly(
    result: object, office: Path, before: tuple[object, ...], folder: Path, *, status: int = 1
) -> None:
    assert result.status == status, result
    assert result.stderr.startswith("eapdesk: ")
    assert "Traceback" not in result.stderr
    assert live_state(office) == before  # the live database is untouched: not even an audit entry
    leftovers = [p.name for p in folder.iterdir()] if folder.is_dir() else []
    assert leftovers == [], leftovers


def test_backup_into_a_missing_folder(office: Path, tmp_path: Path) -> None:
    before = live_state(office)
    result = eapdesk(
        "backup", "--db", office, "--out", tmp_path / "gone" / "x.bak", stdin=f"{BACKUP_PASSPHRASE}\n"
    )
    assert_failed_cleanly(result, office, before, tmp_path / "gone")
    assert "does not exist" in result.stderr


def test_backup_onto_a_filesystem_that_refuses_files(office: Path) -> None:
    """/proc accepts no new files, whoever asks (root included)."""
    before = live_state(office)
    result = eapdesk(
        "backup", "--db", office, "--out", "/proc/eapdesk-test.bak", stdin=f"{BACKUP_PASSPHRASE}\n"
    )
    assert_failed_cleanly(result, office, before, Path("/nonexistent"))
    assert "/proc" in result.stderr
    assert not Path("/proc/eapdesk-test.bak").exists()


def _limit_file_size(limit: int) -> None:
    """In the child: writes past ``limit`` bytes fail with EFBIG, like a disk that fills up."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_backup_that_fails_part_way_leaves_nothing_behind(office: Path, tmp_path: Path) -> None:
    """The backup is cut off after a few pages (the file-size limit stands in for a disk filling up or a
    folder going away mid-write); the live database stays as it was and no partial file is left."""
    # Make the database large enough that the backup needs many pages: a few hundred audit entries.
    with Workspace.open(office) as workspace:
        audit_service.record(
            workspace.db, [AuditEvent(ADMIN, "record.viewed", "case", str(n), {"n": n}) for n in range(600)]
        )
    with raw_connection(office, key=keyring_key(office)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    assert pages >= 30, pages
    folder = tmp_path / "backups"
    folder.mkdir()
    before = live_state(office)
    db_hash = sha256(office)
    limit = 16 * PAGE  # room for the -shm (32 KiB) and the WAL, not for the whole backup
    result = eapdesk(
        "backup",
        "--db",
        office,
        "--out",
        folder / "office.bak",
        stdin=f"{BACKUP_PASSPHRASE}\n",
        preexec_fn=lambda: _limit_file_size(limit),
    )
    assert_failed_cleanly(result, office, before, folder)
    assert "disk" in result.stderr.lower() or "write" in result.stderr.lower(), result.stderr
    assert sha256(office) == db_hash
    # And once the disk has room again, the same command succeeds.
    result = eapdesk("backup", "--db", office, "--out", folder / "office.bak", stdin=f"{BACKUP_PASSPHRASE}\n")
    assert result.status == 0, result


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root ignores folder permissions; covered by the /proc and size-limit tests"
)
def test_backup_into_a_read_only_folder(office: Path, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        before = live_state(office)
        result = eapdesk("backup", "--db", office, "--out", folder / "x.bak", stdin=f"{BACKUP_PASSPHRASE}\n")
        assert_failed_cleanly(result, office, before, folder)
    finally:
        folder.chmod(0o755)
