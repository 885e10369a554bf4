"""Opening refuses, with a clear error and without writing anything, every file it should not open:
wrong key or passphrase, missing keyring entry, no keyring, a newer schema, a file that is not ours.

"Nothing written" is checked byte for byte: the SHA-256 of every file beside the database (the database,
its sidecar) is the same before and after, no -wal/-shm is left behind, and no keyring entry is made.
"""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

import pytest
from keyring.backends import fail

from app.services.errors import PassphraseRequired
from app.services.maintenance import create_database
from app.services.unlock import open_database
from app.services.workspace import Workspace
from app.storage.database import APPLICATION_ID, Database
from app.storage.errors import (
    DatabaseExists,
    KeyMissing,
    KeyringUnavailable,
    NewerSchema,
    NotADatabase,
    WrongKey,
)
from app.storage.keys import KeyMode, Passphrase, RawKey
from app.storage.keystore import Keystore
from app.storage.migrations import latest_version
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support.store_tools import (
    fingerprint,
    identity_of,
    keyring_entries_for,
    keyring_items,
    keyring_key,
    raw_connection,
)

PASSPHRASE = "office passphrase 1"


@pytest.fixture
def closed_db(workspace: Workspace, db_path: Path) -> Path:
    """A keyring-mode database with its first admin, closed cleanly."""
    workspace.close()
    return db_path


@pytest.fixture
def closed_passphrase_db(passphrase_workspace: Workspace, db_path: Path) -> Path:
    passphrase_workspace.close()
    return db_path


def keyring_state(db: Path) -> tuple[frozenset[str], dict[str, str | None] | None]:
    """Which keyring entries exist, and the values of this database's own entries."""
    return keyring_items(), (keyring_entries_for(db) if db.exists() and db.stat().st_size >= 16 else None)


def assert_untouched(db: Path, before: dict[str, str], keyring_before: tuple[object, object]) -> None:
    assert fingerprint(db.parent) == before
    assert keyring_state(db) == keyring_before


def test_wrong_raw_key(closed_db: Path) -> None:
    before, entries = fingerprint(closed_db.parent), keyring_state(closed_db)
    with pytest.raises(WrongKey, match=r"does not open eapdesk\.db") as caught:
        Database.open(closed_db, RawKey(secrets.token_bytes(32)))
    assert "Nothing was changed" in str(caught.value)
    assert_untouched(closed_db, before, entries)


def test_wrong_key_in_the_keyring_is_not_replaced(closed_db: Path, keystore: Keystore) -> None:
    identity = identity_of(closed_db)
    wrong = secrets.token_bytes(32)
    keystore.set_key(identity, wrong)
    before, entries = fingerprint(closed_db.parent), keyring_state(closed_db)
    with pytest.raises(WrongKey):
        open_database(closed_db, keystore=keystore)
    with pytest.raises(WrongKey):
        Workspace.open(closed_db, keystore=keystore)
    assert_untouched(closed_db, before, entries)
    assert keystore.get_key(identity) == wrong  # no new key generated, nothing "repaired"


def test_wrong_passphrase(closed_passphrase_db: Path) -> None:
    before, entries = fingerprint(closed_passphrase_db.parent), keyring_state(closed_passphrase_db)
    with pytest.raises(WrongKey, match="key or passphrase is wrong"):
        Workspace.open(closed_passphrase_db, passphrase="not the office passphrase")
    assert_untouched(closed_passphrase_db, before, entries)


def test_passphrase_database_opened_with_a_raw_key_is_refused(closed_passphrase_db: Path) -> None:
    before = fingerprint(closed_passphrase_db.parent)
    with pytest.raises(WrongKey):
        Database.open(closed_passphrase_db, RawKey(secrets.token_bytes(32)))
    assert fingerprint(closed_passphrase_db.parent) == before


def test_passphrase_database_without_a_passphrase_asks_for_it(closed_passphrase_db: Path) -> None:
    before = fingerprint(closed_passphrase_db.parent)
    with pytest.raises(PassphraseRequired, match="EAPDESK_PASSPHRASE_FILE"):
        Workspace.open(closed_passphrase_db)
    assert fingerprint(closed_passphrase_db.parent) == before


def test_missing_keyring_entry_points_to_recover(closed_db: Path, keystore: Keystore) -> None:
    identity = identity_of(closed_db)
    keystore.delete_key(identity)
    before, entries = fingerprint(closed_db.parent), keyring_state(closed_db)
    with pytest.raises(KeyMissing) as caught:
        Workspace.open(closed_db, keystore=keystore)
    assert "eapdesk recover" in str(caught.value)
    assert_untouched(closed_db, before, entries)
    assert keystore.get_key(identity) is None  # never a freshly generated key for an existing file


def test_no_keyring_backend_offers_passphrase_and_writes_nothing(closed_db: Path) -> None:
    store = Keystore(fail.Keyring())
    assert not store.available()
    before, entries = fingerprint(closed_db.parent), keyring_state(closed_db)
    with pytest.raises(KeyringUnavailable) as caught:
        Workspace.open(closed_db, keystore=store)
    assert "passphrase" in str(caught.value)
    assert_untouched(closed_db, before, entries)


def test_no_keyring_backend_refuses_to_create_a_keyring_database(db_path: Path) -> None:
    with pytest.raises(KeyringUnavailable, match="--no-keyring"):
        create_database(db_path, ADMIN, ADMIN_PASSWORD, keystore=Keystore(fail.Keyring()))
    assert list(db_path.parent.iterdir()) == []  # in particular, no key file


def test_no_keyring_backend_still_creates_and_opens_a_passphrase_database(db_path: Path) -> None:
    store = Keystore(fail.Keyring())
    created = create_database(
        db_path, ADMIN, ADMIN_PASSWORD, key_mode=KeyMode.PASSPHRASE, passphrase=PASSPHRASE, keystore=store
    )
    created.workspace.close()
    assert created.recovery_key is None
    with Workspace.open(db_path, passphrase=PASSPHRASE, keystore=store) as workspace:
        assert workspace.sign_in(ADMIN, ADMIN_PASSWORD).role.value == "admin"


def test_newer_schema_is_refused(closed_db: Path) -> None:
    with raw_connection(closed_db, key=keyring_key(closed_db)) as conn:
        conn.execute("PRAGMA user_version = 99")
    before, entries = fingerprint(closed_db.parent), keyring_state(closed_db)
    with pytest.raises(NewerSchema) as caught:
        Workspace.open(closed_db)
    message = str(caught.value)
    assert "newer version" in message
    assert "schema 99" in message
    assert f"knows up to {latest_version()}" in message
    assert "not changed" in message
    assert_untouched(closed_db, before, entries)
    with raw_connection(closed_db, key=keyring_key(closed_db)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 99


def test_newer_schema_passphrase_database_is_refused(closed_passphrase_db: Path) -> None:
    with raw_connection(closed_passphrase_db, passphrase=PASSPHRASE) as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    before = fingerprint(closed_passphrase_db.parent)
    with pytest.raises(NewerSchema):
        Workspace.open(closed_passphrase_db, passphrase=PASSPHRASE)
    assert fingerprint(closed_passphrase_db.parent) == before


def test_plaintext_sqlite_file_is_refused(db_path: Path, keystore: Keystore) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('plain text')")
    conn.commit()
    conn.close()
    before, entries = fingerprint(db_path.parent), keyring_state(db_path)
    with pytest.raises(NotADatabase, match="unencrypted SQLite file"):
        Workspace.open(db_path, keystore=keystore)
    with pytest.raises(NotADatabase, match="unencrypted SQLite file"):
        Database.open(db_path, RawKey(secrets.token_bytes(32)))
    assert_untouched(db_path, before, entries)


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, world\n", b"%PDF-1.7\n" + b"x" * 5000, b"\x00" * 100],
    ids=["empty", "text", "pdf-like", "zeros"],
)
def test_file_that_is_not_a_database_is_refused(db_path: Path, keystore: Keystore, content: bytes) -> None:
    db_path.write_bytes(content)
    before, entries = fingerprint(db_path.parent), keyring_state(db_path)
    with pytest.raises(NotADatabase, match="not an EAP Crisis Desk database") as caught:
        Workspace.open(db_path, keystore=keystore)
    assert "unencrypted" not in str(caught.value)
    assert_untouched(db_path, before, entries)


def test_random_pages_with_a_key_are_refused(db_path: Path) -> None:
    # Page-sized random data looks like an encrypted file; only the key can tell, and it does not open it.
    db_path.write_bytes(secrets.token_bytes(4096 * 3))
    before = fingerprint(db_path.parent)
    with pytest.raises(WrongKey, match="not an EAP Crisis Desk database"):
        Database.open(db_path, RawKey(secrets.token_bytes(32)))
    with pytest.raises(WrongKey):
        Database.open(db_path, Passphrase(PASSPHRASE))
    assert fingerprint(db_path.parent) == before


def test_random_pages_without_a_keyring_entry_point_to_recover(db_path: Path, keystore: Keystore) -> None:
    db_path.write_bytes(secrets.token_bytes(4096 * 3))
    before, entries = fingerprint(db_path.parent), keyring_state(db_path)
    with pytest.raises(KeyMissing, match="recover"):
        Workspace.open(db_path, keystore=keystore)
    assert_untouched(db_path, before, entries)


def test_someone_elses_sqlcipher_database_is_refused(db_path: Path) -> None:
    key = secrets.token_bytes(32)
    with raw_connection(db_path, key=key) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
    before = fingerprint(db_path.parent)
    with pytest.raises(NotADatabase, match="not an EAP Crisis Desk one"):
        Database.open(db_path, RawKey(key))
    assert fingerprint(db_path.parent) == before
    with raw_connection(db_path, key=key) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]


def test_missing_file_is_never_created(db_path: Path, keystore: Keystore) -> None:
    with pytest.raises(NotADatabase, match="There is no database"):
        Workspace.open(db_path, keystore=keystore)
    with pytest.raises(NotADatabase, match="There is no database"):
        Database.open(db_path, RawKey(secrets.token_bytes(32)))
    assert list(db_path.parent.iterdir()) == []


def test_create_refuses_an_existing_path(closed_db: Path, keystore: Keystore) -> None:
    before, entries = fingerprint(closed_db.parent), keyring_state(closed_db)
    with pytest.raises(DatabaseExists, match="already exists"):
        create_database(closed_db, "other", "other-password-1", keystore=keystore)
    assert_untouched(closed_db, before, entries)
