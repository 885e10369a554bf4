"""Key material for SQLCipher and how it is spelled in ``PRAGMA key``.

Keyring mode uses a random 256-bit key as a *raw* key: SQLCipher uses it directly as the AES-256
key, so opening costs no key derivation. Passphrase mode hands the passphrase to SQLCipher's own
PBKDF2-HMAC-SHA512 (256,000 iterations, SQLCipher 4 default), for machines without a keyring.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from app.domain.key_mode import KeyMode


@dataclass(frozen=True, slots=True)
class RawKey:
    key: bytes
    salt: bytes | None = None  # given only when creating a file whose salt must be chosen (rekey)

    @staticmethod
    def generate() -> RawKey:
        return RawKey(secrets.token_bytes(32))

    def __repr__(self) -> str:  # never let the key reach a log or a traceback
        return "RawKey(<hidden>)"

    def sql_literal(self) -> str:
        text = self.key.hex() + (self.salt.hex() if self.salt else "")
        return f"\"x'{text}'\""


@dataclass(frozen=True, slots=True)
class Passphrase:
    text: str

    def __repr__(self) -> str:
        return "Passphrase(<hidden>)"

    def sql_literal(self) -> str:
        if "\x00" in self.text:
            raise ValueError("A passphrase cannot contain a NUL character.")
        return "'" + self.text.replace("'", "''") + "'"


KeyMaterial = RawKey | Passphrase


def key_mode_of(material: KeyMaterial) -> KeyMode:
    return KeyMode.KEYRING if isinstance(material, RawKey) else KeyMode.PASSPHRASE
