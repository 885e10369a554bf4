"""The SQLCipher connection: opening, proving the key, the pragmas we rely on, transactions.

Opening order matters for safety. We read nothing but the clear salt before the key is proven with
a real read, refuse files from newer program versions before anything could be written, and only
then switch on WAL and friends. Any failure closes the connection without writing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from app.storage.errors import (
    DatabaseDamaged,
    DatabaseExists,
    DatabaseLocked,
    DiskError,
    NewerSchema,
    NotADatabase,
    SettingsMismatch,
    StorageError,
    WrongKey,
)
from app.storage.identity import database_identity
from app.storage.keys import KeyMaterial, KeyMode, Passphrase, key_mode_of
from app.storage.lockfile import DatabaseLock, fsync_directory, lock_path
from app.storage.migrations import all_migrations

APPLICATION_ID = 0x45415044  # "EAPD": marks the file as ours inside the encrypted header
BUSY_TIMEOUT_MS = 5000

# Pragmas applied after the key is proven, and why:
# - journal_mode=WAL: readers never block the writer, and a killed process leaves a WAL that is
#   replayed or ignored atomically; the WAL is encrypted page by page like the main file.
# - synchronous=FULL: in WAL mode NORMAL may lose the last commits on power loss; FULL fsyncs the WAL
#   at every commit, so "committed" means "on disk". Commits are rare and small in this app.
# - foreign_keys=ON: SQLite leaves them off by default; our schema relies on them.
# - secure_delete=ON: deleted rows are overwritten, so removed confidential text does not linger
#   in free pages (it is encrypted anyway, but a later key compromise should not expose it).
# - temp_store=MEMORY: SQLCipher does not encrypt temporary files; sorts and temp tables must
#   never spill confidential data to /tmp in clear.
# - cache_size=-131072 (128 MiB, an upper bound, allocated as used): every page read from disk is
#   decrypted and HMAC-checked; a page cache that holds the working set keeps repeated reads
#   from re-decrypting (measured about 3.5x slower aggregates with the 8 MB default).
# - cipher_memory_security=OFF: zeroing every freed allocation costs a large factor on every query,
#   and the key also lives in the Python process and the keyring; we keep the default.
_SESSION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA cache_size = -131072",
    "PRAGMA cipher_memory_security = OFF",
)
_EXPECTED = {
    "journal_mode": "wal",
    "synchronous": "2",
    "temp_store": "2",
    "foreign_keys": "1",
    "secure_delete": "1",
}


def _connect(path: Path) -> sqlcipher3.Connection:
    try:
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlcipher3.Error as error:
        raise DiskError(f"Cannot open {path}: {error}.") from None
    # SQLCipher logs HMAC failures to stderr by default; our callers report them in their own words.
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _apply_key(conn: sqlcipher3.Connection, material: KeyMaterial) -> None:
    conn.execute(f"PRAGMA key = {material.sql_literal()}")


def translate_error(error: BaseException, path: Path) -> StorageError:
    """Turn a driver error into one of ours, with a message a person can act on."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            f"The database {path.name} is busy: another EAP Crisis Desk process is writing to it. Try again."
        )
    if "disk is full" in text or "database or disk is full" in text:
        return DiskError(f"The disk holding {path.parent} is full; nothing was saved.")
    if "readonly" in text or "read-only" in text:
        return DiskError(f"{path.parent} is read-only; nothing was saved.")
    if "malformed" in text or "not a database" in text or "hmac" in text or "corrupt" in text:
        return DatabaseDamaged(
            f"The database {path.name} is damaged (a page failed its integrity check). It was not changed. "
            "Restore it from a backup; run 'eapdesk verify' for details."
        )
    if "unable to open" in text or "i/o error" in text:
        if _nearly_full(path.parent):
            return DiskError(f"The disk holding {path.parent} is full; nothing was saved.")
        return DiskError(f"Cannot read or write {path}: {error}.")
    return StorageError(f"Database error in {path.name}: {error}.")


def _nearly_full(folder: Path) -> bool:
    """SQLite reports a full disk as an I/O error when the shared-memory or WAL file cannot grow."""
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


class Database:
    """One open, keyed connection. Thread-safe by a lock: the GUI's worker threads share it."""

    def __init__(
        self, conn: sqlcipher3.Connection, path: Path, material: KeyMaterial, lock: DatabaseLock | None
    ) -> None:
        self._conn = conn
        self.path = path
        self.identity = database_identity(path)
        self.key_mode: KeyMode = key_mode_of(material)
        self._material = material
        self._lock = lock
        self._mutex = threading.RLock()
        self.damaged = False

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        material: KeyMaterial,
        *,
        exclusive: bool = False,
        migrate: bool = True,
        take_lock: bool = True,
    ) -> Database:
        identity_check = database_identity(path)  # raises NotADatabase for plain SQLite, short files
        del identity_check
        lock = DatabaseLock(path, exclusive=exclusive) if take_lock else None
        if lock:
            lock.acquire()
        try:
            conn = _connect(path)
            try:
                _apply_key(conn, material)
                _prove_key(conn, path)
                _check_ours(conn, path)
                _apply_session_pragmas(conn, path)
                db = cls(conn, path, material, lock)
                if migrate:
                    db.migrate()
                return db
            except BaseException:
                conn.close()
                raise
        except BaseException:
            if lock:
                lock.release()
            raise

    @classmethod
    def open_for_inspection(
        cls, path: Path, material: KeyMaterial, *, query_only: bool = True, take_lock: bool = False
    ) -> Database:
        """Open without changing anything in the file: no WAL switch, no migration (for verify).

        ``take_lock`` holds the shared lock while inspecting a live database, so a key rotation
        cannot swap the file under a running ``verify`` (which would then report false damage).
        """
        database_identity(path)
        lock = DatabaseLock(path, exclusive=False) if take_lock else None
        if lock:
            lock.acquire()
        try:
            conn = _connect(path)
            try:
                _apply_key(conn, material)
                _prove_key(conn, path)
                conn.execute("PRAGMA cache_size = -131072")
                conn.execute("PRAGMA temp_store = MEMORY")
                if query_only:  # a backup being restored must be exported from, so it cannot be query-only
                    conn.execute("PRAGMA query_only = ON")
                return cls(conn, path, material, lock)
            except BaseException:
                conn.close()
                raise
        except BaseException:
            if lock:
                lock.release()
            raise

    @classmethod
    def create(cls, path: Path, material: KeyMaterial) -> Database:
        """Create a new, empty, migrated database at ``path``, which must not exist.

        The file is built under a temporary name and moved into place only when complete, so an
        interrupted creation never leaves a half-made database at ``path``.
        """
        if path.exists():
            raise DatabaseExists(f"{path} already exists; it was not touched.")
        if not path.parent.is_dir():
            raise DiskError(f"The folder {path.parent} does not exist.")
        temp = path.with_name(f".{path.name}.creating-{os.getpid()}")
        remove_database_files(temp)
        try:
            conn = _connect(temp)
            try:
                _apply_key(conn, material)
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA temp_store = MEMORY")
                _run_migrations(conn, temp, current=0)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("PRAGMA journal_mode = WAL")
            finally:
                conn.close()
            publish_new_file(temp, path)
        except sqlcipher3.Error as error:
            remove_database_files(temp)
            raise translate_error(error, path) from None
        except OSError as error:
            remove_database_files(temp)
            raise os_error(error, path) from None
        except BaseException:
            remove_database_files(temp)
            raise
        try:
            return cls.open(path, material)
        except BaseException:
            # The file is ours and brand new: never leave it behind half-usable (e.g. no room for the WAL).
            remove_database_files(path)
            with contextlib.suppress(FileNotFoundError):
                lock_path(path).unlink()
            raise

    # -- use ---------------------------------------------------------------------------------

    def migrate(self) -> None:
        current = self.query_value("PRAGMA user_version")
        with self._mutex:
            try:
                _run_migrations(self._conn, self.path, current=int(current))
            except sqlcipher3.Error as error:
                raise translate_error(error, self.path) from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """A write transaction (BEGIN IMMEDIATE): all of it is committed, or none of it."""
        if self.damaged:
            raise DatabaseDamaged(
                f"The database {self.path.name} failed its integrity check, so changes are refused. "
                "Restore it from a backup."
            )
        with self._mutex:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.Error as error:
                raise self._flag(translate_error(error, self.path)) from None
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except sqlcipher3.Error as error:
                self._rollback()
                raise self._flag(translate_error(error, self.path)) from None
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        with contextlib.suppress(sqlcipher3.Error):
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")

    def _flag(self, error: StorageError) -> StorageError:
        if isinstance(error, DatabaseDamaged):
            self.damaged = True
        return error

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        with self._mutex:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlcipher3.Error as error:
                raise self._flag(translate_error(error, self.path)) from None

    def query_value(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    def iterate(self, sql: str, params: tuple[Any, ...] = (), batch: int = 2000) -> Iterator[tuple[Any, ...]]:
        """Stream a large result without loading it whole (the audit chain walk)."""
        with self._mutex:
            try:
                cursor = self._conn.execute(sql, params)
                while rows := cursor.fetchmany(batch):
                    yield from rows
            except sqlcipher3.Error as error:
                raise self._flag(translate_error(error, self.path)) from None

    def page_problems(self) -> list[str]:
        """SQLCipher's page HMAC check and SQLite's integrity check; an empty list means sound."""
        problems: list[str] = []
        for pragma in ("PRAGMA cipher_integrity_check", "PRAGMA integrity_check"):
            try:
                rows = self.query(pragma)
            except DatabaseDamaged as error:
                problems.append(f"{pragma.split()[1]}: {error}")
                continue
            problems.extend(
                f"{pragma.split()[1]}: {row[0]}" for row in rows if row and str(row[0]).lower() != "ok"
            )
        if problems:
            self.damaged = True
        return problems

    def settings_in_force(self) -> dict[str, str]:
        return {name: str(self.query_value(f"PRAGMA {name}")).lower() for name in _EXPECTED}

    def cipher_version(self) -> str:
        return str(self.query_value("PRAGMA cipher_version"))

    def schema_version(self) -> int:
        return int(self.query_value("PRAGMA user_version"))

    def change_stamp(self) -> tuple[int, int]:
        """A value that differs once anything was written to the file since it was last taken.

        Rows changed through this connection (``total_changes``) and commits by any other connection,
        another process included (``PRAGMA data_version``). Both are counters SQLite keeps anyway, so
        a cache of decoded rows can ask "still valid?" in microseconds instead of re-reading a table.
        Any write counts, related or not: a cache is rebuilt a little too often, never kept too long.
        """
        with self._mutex:
            try:
                version = self._conn.execute("PRAGMA data_version").fetchone()[0]
            except sqlcipher3.Error as error:
                raise self._flag(translate_error(error, self.path)) from None
            return (self._conn.total_changes, int(version))

    def checkpoint(self) -> None:
        with self._mutex, contextlib.suppress(sqlcipher3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def export_to(self, target: Path, material: KeyMaterial) -> None:
        """Write a consistent, fully encrypted copy of this database to a new file ``target``.

        ``sqlcipher_export`` copies schema and rows inside one read transaction, so the copy is a
        snapshot even while other processes write. The caller publishes ``target`` atomically.
        """
        version = self.schema_version()
        app_id = int(self.query_value("PRAGMA application_id"))
        with self._mutex:
            try:
                self._conn.execute(
                    f"ATTACH DATABASE ? AS export_target KEY {material.sql_literal()}", (str(target),)
                )
                try:
                    self._conn.execute("SELECT sqlcipher_export('export_target')")
                    self._conn.execute(f"PRAGMA export_target.user_version = {version}")
                    self._conn.execute(f"PRAGMA export_target.application_id = {app_id}")
                finally:
                    self._conn.execute("DETACH DATABASE export_target")
            except sqlcipher3.Error as error:
                raise translate_error(error, target) from None
        _fsync_file(target)

    @property
    def passphrase(self) -> str | None:
        """The passphrase of a passphrase-mode database, for a second connection in this process."""
        return self._material.text if isinstance(self._material, Passphrase) else None

    def detach_lock(self) -> DatabaseLock:
        """Take over the file lock so it outlives the connection (to swap the file while holding it)."""
        if self._lock is None:
            raise StorageError("this connection holds no lock")
        lock, self._lock = self._lock, None
        return lock

    def close(self) -> None:
        with self._mutex, contextlib.suppress(sqlcipher3.Error):
            self._conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _prove_key(conn: sqlcipher3.Connection, path: Path) -> None:
    """``PRAGMA key`` accepts any key; only a real read tells whether it decrypts the file.

    A failed read is either a wrong key (every page fails its HMAC) or damage (some pages fail, on
    page 1 it reads as "not a database", on a later schema page as "malformed"): damage is reported
    with the failing pages, so nobody goes looking for another key when the file is what is wrong.
    """
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        wrong_key = "not a database" in str(error).lower()
        translated = None if wrong_key else translate_error(error, path)
        if wrong_key or isinstance(translated, DatabaseDamaged):
            damaged_pages = _pages_failing_with_a_right_key(conn, path)
            if damaged_pages:
                raise DatabaseDamaged(
                    f"The database {path.name} is damaged: {'; '.join(damaged_pages)}. It was not changed. "
                    "Restore it from a backup."
                ) from None
        if translated is not None:
            raise translated from None
        raise WrongKey(
            f"The key does not open {path.name}: the key or passphrase is wrong, or the file is not an "
            "EAP Crisis Desk database. Nothing was changed."
        ) from None


def _pages_failing_with_a_right_key(conn: sqlcipher3.Connection, path: Path) -> list[str]:
    """After the first read failed: the HMAC failures, if the key is right and only some pages are bad.

    A wrong key fails every page's HMAC; a flipped byte in page 1 (which holds the schema, so the key
    cannot be proven by a read) fails only that page. Telling the two apart keeps ``verify`` and the
    app from sending an administrator looking for another key when the file is damaged.
    """
    try:
        failures = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        page_size = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
        total_pages = path.stat().st_size // page_size
    except (sqlcipher3.Error, OSError, ValueError):
        return []
    hmac_failures = [line for line in failures if "hmac" in line.lower()]
    if 0 < len(hmac_failures) < total_pages:
        return hmac_failures
    return []


def _check_ours(conn: sqlcipher3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise NotADatabase(f"{path.name} is an encrypted database, but not an EAP Crisis Desk one.")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    known = len(all_migrations())
    if version > known:
        raise NewerSchema(
            f"{path.name} was written by a newer version of EAP Crisis Desk (schema {version}; this version "
            f"knows up to {known}). Install the newer version; the file was not changed."
        )


def _apply_session_pragmas(conn: sqlcipher3.Connection, path: Path) -> None:
    try:
        for pragma in _SESSION_PRAGMAS:
            conn.execute(pragma)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
        in_force = {name: str(conn.execute(f"PRAGMA {name}").fetchone()[0]).lower() for name in _EXPECTED}
    except sqlcipher3.Error as error:
        raise translate_error(error, path) from None
    wrong = [
        f"{name}={in_force[name]} (wanted {want})"
        for name, want in _EXPECTED.items()
        if in_force[name] != want
    ]
    if not version.startswith("4."):
        wrong.append(f"cipher_version={version} (wanted 4.x)")
    if wrong:
        raise SettingsMismatch(
            "The database could not be opened with the safety settings this program requires: "
            + ", ".join(wrong)
        )


def _run_migrations(conn: sqlcipher3.Connection, path: Path, *, current: int) -> None:
    pending = [m for m in all_migrations() if m.version > current]
    if not pending:
        return
    script = "BEGIN IMMEDIATE;\n"
    for migration in pending:
        script += f"-- {migration.name}\n{migration.sql}\n"
    script += f"PRAGMA user_version = {pending[-1].version};\nCOMMIT;\n"
    try:
        conn.executescript(script)
    except sqlcipher3.Error as error:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        raise translate_error(error, path) from None


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish_new_file(temp: Path, final: Path, *, replace: bool = False) -> None:
    """Move a complete, closed database file into place atomically and durably."""
    _fsync_file(temp)
    for suffix in ("-wal", "-shm"):
        leftover = temp.with_name(temp.name + suffix)
        if leftover.exists():
            leftover.unlink()
    if replace:
        os.replace(temp, final)
    else:
        try:
            os.link(temp, final)  # fails if ``final`` appeared meanwhile; never overwrites
        except FileExistsError:
            raise DatabaseExists(f"{final} already exists; it was not touched.") from None
        temp.unlink()
    fsync_directory(final.parent)


def remove_database_files(path: Path) -> None:
    for candidate in (
        path,
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        path.with_name(path.name + "-journal"),
    ):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def os_error(error: OSError, path: Path) -> StorageError:
    if error.errno == errno.ENOSPC:
        return DiskError(f"The disk holding {path.parent} is full; nothing was written.")
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DiskError(f"{path.parent} cannot be written to ({error.strerror}); nothing was written.")
    return DiskError(f"Cannot write {path}: {error.strerror}.")
