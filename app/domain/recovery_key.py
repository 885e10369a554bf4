"""The recovery key: the raw 256-bit database key in a form a person can write down and type back.

Encoding: the 32 key bytes followed by the first 2 bytes of SHA-256(key) as a checksum, written in
Crockford's base32 alphabet (digits and letters without I, L, O, U, so nothing is ambiguous), as
55 characters in 11 groups of 5 separated by hyphens. Decoding accepts lower case, spaces or no
separators, and reads I/L as 1 and O as 0, as Crockford's scheme prescribes.

The decoded 32 bytes are exactly the SQLCipher raw key: ``PRAGMA key = "x'<64 hex digits>'"``.
"""

from __future__ import annotations

import hashlib

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEY_BYTES = 32
CHECK_BYTES = 2
GROUP = 5
_TOTAL_BITS = (KEY_BYTES + CHECK_BYTES) * 8
_CHARS = -(-_TOTAL_BITS // 5)  # 55
_ALIASES = {"I": "1", "L": "1", "O": "0"}


class RecoveryKeyInvalid(ValueError):
    """The typed recovery key is malformed or its checksum does not match (a typo)."""


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(key).digest()[:CHECK_BYTES]


def encode(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    number = int.from_bytes(key + _checksum(key), "big") << (_CHARS * 5 - _TOTAL_BITS)
    chars = []
    for _ in range(_CHARS):
        chars.append(ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def decode(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    cleaned = "".join(_ALIASES.get(ch, ch) for ch in cleaned)
    if len(cleaned) != _CHARS:
        raise RecoveryKeyInvalid(
            f"A recovery key has {_CHARS} characters (not counting hyphens); this one has {len(cleaned)}."
        )
    number = 0
    for position, ch in enumerate(cleaned, start=1):
        index = ALPHABET.find(ch)
        if index < 0:
            raise RecoveryKeyInvalid(f"Character {position} ({ch!r}) is not used in recovery keys.")
        number = (number << 5) | index
    number >>= _CHARS * 5 - _TOTAL_BITS
    raw = number.to_bytes(KEY_BYTES + CHECK_BYTES, "big")
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _checksum(key) != check:
        raise RecoveryKeyInvalid(
            "The recovery key's checksum does not match: a character is probably mistyped."
        )
    return key
