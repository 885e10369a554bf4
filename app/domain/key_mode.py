"""How a database's key is held: in the operating system's keyring, or derived from a passphrase."""

from __future__ import annotations

from enum import StrEnum


class KeyMode(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"
