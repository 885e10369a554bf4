"""Writing an export's file so that it exists only together with its audit entry.

Every export is audited, and an audit entry without its file (or a file without its entry) would
make the trail lie. The file is written beside its destination under a hidden name first; the
rename that makes it appear runs inside the transaction that appends the audit entry, so a refused
rename rolls the entry back, and an entry that cannot be committed takes the file away again. A
failed export leaves neither a half-written file nor a temporary one behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from app.services.errors import DiskError
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.database import Database


def _disk_error(path: Path, error: OSError) -> DiskError:
    return DiskError(f"Cannot write {path.name} ({error.strerror or 'input/output error'}).")


def write_temporary(path: Path, data: bytes) -> Path:
    """``data`` in a hidden file next to ``path``, flushed to disk; the caller renames or removes it."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise _disk_error(path, error) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _disk_error(path, error) from None
    return Path(temporary)


def export_with_audit(
    db: Database, events: Sequence[AuditEvent], now: datetime, path: Path | None = None, data: bytes = b""
) -> None:
    """Append ``events`` and, when ``path`` is given, put ``data`` there in the same transaction."""
    temporary = write_temporary(path, data) if path is not None else None
    moved = False
    try:
        with db.transaction() as conn:
            AuditRepository.append(conn, list(events), now)
            if temporary is not None and path is not None:
                try:
                    temporary.replace(path)
                except OSError as error:
                    raise _disk_error(path, error) from None
                moved = True
    except BaseException:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        if moved and path is not None:
            path.unlink(missing_ok=True)
        raise


__all__ = ["export_with_audit", "write_temporary"]
