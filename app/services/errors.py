"""Errors the services raise for the UI and CLI to show. Messages are complete user-facing sentences
and never contain passwords, keys or confidential field values."""

from __future__ import annotations

from datetime import timedelta

# The storage layer's errors, re-exported so that the UI and the CLI name every error they handle
# through the service layer and never import storage themselves.
from app.storage.errors import (
    BackupInvalid,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseLocked,
    DiskError,
    KeyMissing,
    KeyringUnavailable,
    NewerSchema,
    NotADatabase,
    SettingsMismatch,
    StorageError,
    WrongKey,
)

__all__ = [
    "AuthenticationFailed",
    "BackupInvalid",
    "DatabaseDamaged",
    "DatabaseExists",
    "DatabaseLocked",
    "DiskError",
    "InvalidInput",
    "KeyMissing",
    "KeyringUnavailable",
    "NewerSchema",
    "NotADatabase",
    "PassphraseRequired",
    "PermissionDenied",
    "ServiceError",
    "SettingsMismatch",
    "StorageError",
    "WrongKey",
]


class ServiceError(Exception):
    """Base class for refusals by the service layer."""


class AuthenticationFailed(ServiceError):
    """Wrong account name or password, or too many recent failures."""

    def __init__(self, message: str, retry_after: timedelta = timedelta(0)) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermissionDenied(ServiceError):
    """The signed-in role may not do this; enforced here whatever the UI shows."""


class InvalidInput(ServiceError):
    """Input that breaks a rule; nothing was changed."""


class PassphraseRequired(ServiceError):
    """The database is in passphrase mode and no passphrase was given."""
