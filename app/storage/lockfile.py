"""Advisory locks beside the database file, so that operations that replace the file never run
while another eapdesk process has it open.

Ordinary use (the desktop app, most CLI commands) takes a shared lock: several processes may work
at once and SQLite's own WAL locking serialises their writes. Operations that swap the file for a
new one (key rotation, restore over an existing file) take an exclusive lock and are refused while
anyone else holds the database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from app.storage.errors import DatabaseLocked, DiskError


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    def __init__(self, db_path: Path, *, exclusive: bool) -> None:
        self._path = lock_path(db_path)
        self._exclusive = exclusive
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        try:
            handle = self._path.open("ab")
        except OSError as error:
            raise DiskError(f"Cannot create the lock file {self._path}: {error.strerror}.") from None
        try:
            _lock(handle, exclusive=self._exclusive)
        except OSError:
            handle.close()
            what = "changed" if self._exclusive else "opened"
            raise DatabaseLocked(
                f"The database cannot be {what} now because another EAP Crisis Desk process is using it "
                "(the desktop app or a command). Close it and try again."
            ) from None
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(handle: IO[bytes], *, exclusive: bool) -> None:
        # msvcrt has no shared locks; Windows offices get exclusive use per process.
        del exclusive
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes], *, exclusive: bool) -> None:
        fcntl.flock(handle.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def fsync_directory(path: Path) -> None:
    """Make a rename or a new file in ``path`` durable (a no-op where directories cannot be opened)."""
    if sys.platform == "win32":  # pragma: no cover
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
