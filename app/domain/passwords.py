"""Rules for account passwords, independent of how they are hashed.

Passwords are normalised to NFC so that the same text typed on different keyboards or input
methods (a precomposed é versus e + combining accent, or CJK input) verifies the same way.
"""

from __future__ import annotations

import unicodedata

MIN_LENGTH = 10
MAX_LENGTH = 1024


class PasswordRejected(ValueError):
    """A proposed password breaks a rule; the message is safe to show (it never echoes the password)."""


def normalise(password: str) -> str:
    return unicodedata.normalize("NFC", password)


def check_new_password(password: str) -> str:
    """Return the normalised password, or raise PasswordRejected saying which rule it breaks."""
    value = normalise(password)
    if "\x00" in value:
        raise PasswordRejected("A password cannot contain a NUL character.")
    length = len(value)
    if length < MIN_LENGTH:
        raise PasswordRejected(f"A password needs at least {MIN_LENGTH} characters (this one has {length}).")
    if length > MAX_LENGTH:
        raise PasswordRejected(f"A password can have at most {MAX_LENGTH} characters.")
    if not value.strip():
        raise PasswordRejected("A password cannot be only spaces.")
    return value
