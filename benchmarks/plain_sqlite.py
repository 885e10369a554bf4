"""Plain-SQLite references for the storage rows: ``Database``'s own methods without encryption.

A reference must differ from the product in encryption only. So it is a subclass of
``app.storage.database.Database`` (its ``transaction``, ``query`` and ``iterate`` run unchanged,
lock and error translation included), the schema comes from the app's own migrations, and the
session pragmas are the app's own list without the ``cipher_*`` ones, checked after opening exactly
as the app checks its own.

Two drivers can carry it:
- ``stdlib``: Python's ``sqlite3`` (the system SQLite): "plain SQLite" as a user has it;
- ``unkeyed``: ``sqlcipher3`` with no key, which is plain SQLite (an unencrypted ``SQLite format 3``
  file) from the very library the app uses, so its ratio isolates the cost of encryption from
  differences between SQLite versions and build options.

Only the constructor is replaced: ``Database.__init__`` reads the SQLCipher salt as the file's
identity, which a plain file does not have. ``check_same_shape`` makes sure the replacement sets the
same attributes as the real constructor, so a change there fails here loudly instead of skewing
figures. The app itself is not changed for the benchmark.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import sqlcipher3

from app.storage.database import (
    _EXPECTED,
    _SESSION_PRAGMAS,
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    Database,
    _run_migrations,
)
from app.storage.keys import KeyMode

PLAIN_PRAGMAS = tuple(p for p in _SESSION_PRAGMAS if "cipher_" not in p.lower())
DRIVERS: dict[str, Any] = {"stdlib": sqlite3, "unkeyed": sqlcipher3}


def _connect(path: Path, driver: str) -> Any:
    return DRIVERS[driver].connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )


class PlainSqliteDatabase(Database):
    def __init__(self, conn: Any, path: Path) -> None:
        self._conn = conn
        self.path = path
        self.identity = "plain-sqlite"
        self.key_mode = KeyMode.KEYRING
        self._material = None  # type: ignore[assignment]
        self._lock = None
        self._mutex = threading.RLock()
        self.damaged = False

    @classmethod
    def create_plain(cls, path: Path, driver: str) -> PlainSqliteDatabase:
        """Same steps as ``Database.create`` (without the key and the atomic publish), then open."""
        conn = _connect(path, driver)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA temp_store = MEMORY")
            _run_migrations(conn, path, current=0)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        return cls.open_plain(path, driver)

    @classmethod
    def open_plain(cls, path: Path, driver: str) -> PlainSqliteDatabase:
        conn = _connect(path, driver)
        for pragma in PLAIN_PRAGMAS:
            conn.execute(pragma)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        in_force = {name: str(conn.execute(f"PRAGMA {name}").fetchone()[0]).lower() for name in _EXPECTED}
        with path.open("rb") as handle:
            plain_file = handle.read(16) == b"SQLite format 3\x00"
        if in_force != _EXPECTED or not plain_file:
            conn.close()
            raise RuntimeError(
                f"the plain SQLite reference is not what it should be: {in_force}, {plain_file=}"
            )
        return cls(conn, path)


def check_same_shape(real: Database, plain: PlainSqliteDatabase) -> None:
    """Refuse to measure if ``Database.__init__`` sets attributes the plain constructor does not."""
    missing = set(vars(real)) - set(vars(plain))
    if missing:
        raise RuntimeError(
            "app.storage.database.Database gained attributes that benchmarks/plain_sqlite.py does not set: "
            + ", ".join(sorted(missing))
        )
