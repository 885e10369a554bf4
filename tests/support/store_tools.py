"""Small tools the storage, service and CLI tests share: raw access to a database with its key (to
tamper with it as an attacker holding the key could), file fingerprints, and the keyring's entries.

Raw access goes through ``sqlcipher3`` directly, never through the application's storage layer, so a
test can do what the application refuses to do (drop the append-only triggers, set a future schema).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import sqlcipher3

from app.domain.roles import Role
from app.services.maintenance import create_database
from app.storage.keys import KeyMode

SERVICE = "eapdesk"


def identity_of(path: Path) -> str:
    """A database's identity: the hex of its clear 16-byte SQLCipher salt."""
    with path.open("rb") as handle:
        return handle.read(16).hex()


def keyring_key(path: Path) -> bytes:
    """The raw key the keyring holds for the database at ``path`` (it must hold one)."""
    value = keyring.get_password(SERVICE, f"db:{identity_of(path)}")
    assert value is not None, f"no keyring entry for {path}"
    return bytes.fromhex(value)


def keyring_items() -> frozenset[str]:
    """Which entries this program has in the session's Secret Service, as D-Bus object paths.

    One D-Bus call whatever the keyring holds (reading every entry's name and secret costs a round trip
    each, seconds once a test session has made hundreds). A new entry, or one deleted and made again,
    gets a new path, so comparing two results tells whether any entry was created or removed.
    """
    import secretstorage  # Linux only

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        return frozenset(item.item_path for item in collection.search_items({"service": SERVICE}))
    finally:
        with contextlib.suppress(Exception):
            connection.close()


def keyring_entries_for(path: Path) -> dict[str, str | None]:
    """The key, pending key and audit anchor entries the keyring holds for the database at ``path``."""
    identity = identity_of(path)
    return {
        suffix or "key": keyring.get_password(SERVICE, f"db:{identity}{':' + suffix if suffix else ''}")
        for suffix in ("", "pending", "anchor")
    }


@contextlib.contextmanager
def raw_connection(
    path: Path, *, key: bytes | None = None, passphrase: str | None = None
) -> Iterator[sqlcipher3.Connection]:
    """A bare SQLCipher connection with autocommit; closed (WAL merged) on exit."""
    assert (key is None) != (passphrase is None)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        else:
            assert passphrase is not None
            conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        yield conn
    finally:
        conn.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(folder: Path) -> dict[str, str]:
    """Name -> SHA-256 of every file in ``folder`` (lock files excluded: they are empty and advisory)."""
    return {
        p.name: sha256(p) for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith(".lock")
    }


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def files_under(*roots: Path) -> Iterator[Path]:
    for root in roots:
        if root.is_file():
            yield root
            continue
        for folder, _dirs, names in os.walk(root):
            for name in names:
                candidate = Path(folder) / name
                if candidate.is_file() and not candidate.is_symlink():
                    yield candidate


def files_containing(needles: list[bytes], *roots: Path) -> list[tuple[Path, bytes]]:
    """(file, needle) for every needle found in any regular file under ``roots``."""
    hits = []
    for candidate in files_under(*roots):
        try:
            data = candidate.read_bytes()
        except OSError:
            continue
        hits.extend((candidate, needle) for needle in needles if needle in data)
    return hits


def make_office(
    path: Path,
    users: tuple[tuple[str, str, str, str], ...] = (),
    *,
    admin: str = "admin",
    admin_password: str = "admin-password-123",
    passphrase: str | None = None,
) -> str | None:
    """Create a database in this process (faster than through the CLI when the command under test is
    another one) with extra accounts ``(name, role, password, full name)``; returns the recovery key."""
    created = create_database(
        path,
        admin,
        admin_password,
        key_mode=KeyMode.PASSPHRASE if passphrase else KeyMode.KEYRING,
        passphrase=passphrase,
    )
    workspace = created.workspace
    try:
        if users:
            session = workspace.sign_in(admin, admin_password)
            for name, role, password, full_name in users:
                workspace.users.create(session, name, Role(role), password, full_name)
            workspace.sign_out(session)
    finally:
        workspace.close()
    return created.recovery_key
