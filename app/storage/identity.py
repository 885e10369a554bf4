"""A database's identity, read from the file itself.

SQLCipher stores a random 16-byte salt in clear as the first 16 bytes of the file. It is unique per
database, travels with the file when it is moved or copied, and we keep it across key rotations
(``rekey`` re-encrypts with an explicit salt), so it names the keyring entry that holds the key:
no sidecar file is needed to find a database's key, and a moved file still opens.
"""

from __future__ import annotations

from pathlib import Path

from app.storage.errors import DiskError, NotADatabase

SALT_BYTES = 16
PAGE_SIZE = 4096
PLAINTEXT_SQLITE_MAGIC = b"SQLite format 3\x00"


def database_identity(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            head = handle.read(SALT_BYTES)
            size = path.stat().st_size
    except FileNotFoundError:
        raise NotADatabase(f"There is no database at {path}.") from None
    except OSError as error:
        raise DiskError(f"Cannot read {path}: {error.strerror}.") from None
    if head == PLAINTEXT_SQLITE_MAGIC:
        raise NotADatabase(
            f"{path} is an unencrypted SQLite file, not an EAP Crisis Desk database. It was not opened."
        )
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise NotADatabase(
            f"{path} is not an EAP Crisis Desk database (its size, {size} bytes, is not a whole number "
            "of encrypted pages; it may be truncated or a different kind of file)."
        )
    return head.hex()
