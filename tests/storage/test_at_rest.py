"""Nothing readable on disk, and a file any SQLCipher 4 implementation can open with the documented key.

A unique canary text goes into the confidential fields this foundation has (account display names,
admin-only) next to bilingual names; after use and after closing, no file the program could have
touched contains it or the key's hex form: the database, its -wal/-shm, the sidecar, the lock file, the
temporary folder, the per-user config, cache and data folders.
"""

from __future__ import annotations

import secrets
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from app.domain import recovery_key
from app.domain.roles import Role
from app.services.maintenance import create_database
from app.services.workspace import Workspace
from app.storage import database as database_module
from app.storage.database import Database
from app.storage.errors import SettingsMismatch
from app.storage.keys import KeyMode, Passphrase, RawKey
from app.storage.keystore import Keystore
from app.storage.sidecar import sidecar_path
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support.sqlcipher4_reader import decrypt_to_sqlite
from tests.support.store_tools import files_containing, files_under, keyring_key

NAMES = ["Chen Wei-ling 陳維玲", "Wong Ka-ho 黃家豪", "李曉梅"]


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private temporary folder for Python and SQLite, so it can be scanned whole."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for name in ("TMPDIR", "SQLITE_TMPDIR", "TMP", "TEMP"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    yield folder
    tempfile.tempdir = None


def needles(canary: str, key: bytes | None) -> list[bytes]:
    found = [canary.encode(), canary.encode("utf-16-le"), *(name.encode() for name in NAMES)]
    if key is not None:
        found += [key, key.hex().encode(), key.hex().upper().encode()]
    return found


def use_confidential_fields(workspace: Workspace, canary: str) -> None:
    session = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
    for number, name in enumerate(NAMES):
        workspace.users.create(
            session, f"colleague{number}", Role.COUNSELLOR, "colleague-pw-2026", f"{name} {canary}"
        )
    workspace.users.update(
        session, workspace.users.find_by_name(session, "colleague0").id, display_name=f"{canary} renamed"
    )
    listed = [user.display_name for user in workspace.users.list(session)]
    assert any(canary in name for name in listed)
    workspace.lock(session)
    workspace.sign_out(session)


def scanned_roots(db_path: Path, private_tmp: Path, tmp_path: Path) -> list[Path]:
    return [db_path.parent, private_tmp, tmp_path / "home"]


def test_nothing_readable_while_open_and_after_close(
    db_path: Path, keystore: Keystore, private_tmp: Path, tmp_path: Path
) -> None:
    canary = f"CANARY-{secrets.token_hex(8)}"
    created = create_database(db_path, ADMIN, ADMIN_PASSWORD, keystore=keystore)
    workspace = created.workspace
    key = keyring_key(db_path)
    use_confidential_fields(workspace, canary)

    # While open: the WAL holds the newest pages, and they are encrypted too.
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists()
    assert wal.stat().st_size > 0
    roots = scanned_roots(db_path, private_tmp, tmp_path)
    assert files_containing(needles(canary, key), *roots) == []

    workspace.close()
    assert files_containing(needles(canary, key), *roots) == []
    # A clean close merges the WAL into the file (the independent reader relies on it).
    assert not wal.exists() or wal.stat().st_size == 0
    data = db_path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert len(data) % 4096 == 0
    # The folders scanned really are the ones in use.
    assert sidecar_path(db_path) in set(files_under(db_path.parent))


def test_passphrase_mode_leaves_nothing_readable(db_path: Path, private_tmp: Path, tmp_path: Path) -> None:
    canary = f"CANARY-{secrets.token_hex(8)}"
    passphrase = f"passphrase-{secrets.token_hex(6)}"
    created = create_database(
        db_path, ADMIN, ADMIN_PASSWORD, key_mode=KeyMode.PASSPHRASE, passphrase=passphrase
    )
    use_confidential_fields(created.workspace, canary)
    roots = scanned_roots(db_path, private_tmp, tmp_path)
    found = [*needles(canary, None), passphrase.encode()]
    assert files_containing(found, *roots) == []
    created.workspace.close()
    assert files_containing(found, *roots) == []
    assert not db_path.read_bytes().startswith(b"SQLite format 3")


def test_independent_sqlcipher4_reader_opens_the_file_with_the_recovery_key(
    db_path: Path, keystore: Keystore, tmp_path: Path
) -> None:
    canary = f"CANARY-{secrets.token_hex(8)}"
    created = create_database(db_path, ADMIN, ADMIN_PASSWORD, keystore=keystore)
    use_confidential_fields(created.workspace, canary)
    created.workspace.close()
    assert created.recovery_key is not None

    key = recovery_key.decode(created.recovery_key)
    assert key == keyring_key(db_path)
    plain = tmp_path / "decrypted.sqlite"
    decrypt_to_sqlite(db_path, key, plain)
    conn = sqlite3.connect(plain)
    try:
        names = [row[0] for row in conn.execute("SELECT display_name FROM users ORDER BY id")]
        actions = [row[0] for row in conn.execute("SELECT action FROM audit_log ORDER BY seq")]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    assert f"{canary} renamed" in names
    assert any(canary in name and "黃家豪" in name for name in names)
    assert actions[0] == "database.created"
    assert "user.created" in actions
    assert "session.locked" in actions


def test_documented_hex_form_opens_the_file_in_sqlcipher(db_path: Path, keystore: Keystore) -> None:
    """The README's recipe: PRAGMA key = "x'<64 hex digits>'" with SQLCipher 4 defaults, nothing else."""
    created = create_database(db_path, ADMIN, ADMIN_PASSWORD, keystore=keystore)
    created.workspace.close()
    assert created.recovery_key is not None
    hex_key = recovery_key.decode(created.recovery_key).hex()
    assert len(hex_key) == 64
    conn = sqlcipher3.connect(str(db_path))
    try:
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        assert conn.execute("SELECT username FROM users").fetchall() == [(ADMIN,)]
        assert int(conn.execute("PRAGMA cipher_page_size").fetchone()[0]) == 4096
    finally:
        conn.close()


def test_settings_in_force(workspace: Workspace) -> None:
    db = workspace.db
    assert db.settings_in_force() == {
        "journal_mode": "wal",
        "synchronous": "2",  # FULL
        "temp_store": "2",  # MEMORY
        "foreign_keys": "1",
        "secure_delete": "1",
    }
    assert db.cipher_version().startswith("4.")
    assert int(db.query_value("PRAGMA cache_size")) == -131072
    assert int(db.query_value("PRAGMA cipher_page_size")) == 4096
    assert int(db.query_value("PRAGMA busy_timeout")) == 5000
    assert db.query_value("PRAGMA cipher_hmac_algorithm") == "HMAC_SHA512"
    assert db.key_mode is KeyMode.KEYRING


def test_settings_in_force_in_passphrase_mode(passphrase_workspace: Workspace) -> None:
    db = passphrase_workspace.db
    assert db.settings_in_force()["journal_mode"] == "wal"
    assert db.settings_in_force()["synchronous"] == "2"
    assert int(db.query_value("PRAGMA kdf_iter")) == 256000  # SQLCipher 4's default PBKDF2 cost
    assert db.key_mode is KeyMode.PASSPHRASE


def test_open_refuses_when_a_setting_is_not_in_force(
    workspace: Workspace, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check after opening is real: pretend we require a synchronous level SQLite will not report."""
    workspace.close()
    before = db_path.read_bytes()
    monkeypatch.setitem(database_module._EXPECTED, "synchronous", "3")
    with pytest.raises(SettingsMismatch, match=r"synchronous=2 \(wanted 3\)"):
        Database.open(db_path, RawKey(keyring_key(db_path)))
    assert db_path.read_bytes() == before


def test_create_leaves_no_temporary_file_behind(db_path: Path, keystore: Keystore) -> None:
    create_database(db_path, ADMIN, ADMIN_PASSWORD, keystore=keystore).workspace.close()
    names = sorted(p.name for p in db_path.parent.iterdir())
    assert names == ["eapdesk.db", "eapdesk.db.eapdesk.json", "eapdesk.db.lock"]


def test_passphrase_is_not_a_raw_key(passphrase_workspace: Workspace, db_path: Path) -> None:
    passphrase_workspace.close()
    with pytest.raises(Exception, match="does not open"):
        Database.open(db_path, Passphrase("office passphrase 2"))
    with Database.open(db_path, Passphrase("office passphrase 1")) as db:
        assert db.schema_version() >= 1
