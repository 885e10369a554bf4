"""Everything that can go wrong when opening or changing the encrypted store.

Each error carries a message written for the person at the keyboard: what happened and what to do.
None of them may carry key material, passwords or confidential field values.
"""

from __future__ import annotations


class StorageError(Exception):
    """Base class; ``str(error)`` is a complete, user-facing sentence."""


class KeyringUnavailable(StorageError):
    """No usable OS keyring (bare server session, locked collection, no backend)."""


class KeyMissing(StorageError):
    """The keyring has no key for this database (new machine, deleted entry)."""


class WrongKey(StorageError):
    """The key or passphrase does not open the file (or the file is not an encrypted database)."""


class NotADatabase(StorageError):
    """The file is plainly not an EAP Crisis Desk database."""


class NewerSchema(StorageError):
    """The database was written by a newer version of the program."""


class DatabaseLocked(StorageError):
    """Another process holds the database (or the lock needed for this operation)."""


class DatabaseExists(StorageError):
    """Refusing to overwrite an existing file."""


class DatabaseDamaged(StorageError):
    """Pages fail their authentication check or the file is truncated; writing is refused."""


class DiskError(StorageError):
    """The operating system refused a read or write (disk full, read-only folder, permissions)."""


class SettingsMismatch(StorageError):
    """A pragma we rely on for safety is not in force; refusing to continue."""


class BackupInvalid(StorageError):
    """A backup file is damaged, altered, or the backup passphrase is wrong."""
