"""An independent, pure-Python reader of SQLCipher 4 database files opened with a raw key.

Tests use it to prove that the application's database file is a standard SQLCipher 4 file that another
implementation can open given only the documented raw key. It deliberately does not import ``sqlcipher3``:
it relies on ``cryptography`` for AES and on :mod:`hashlib`/:mod:`hmac` for the key derivation and the
page HMAC, and writes a plaintext SQLite file that the standard library's :mod:`sqlite3` can read.

SQLCipher 4 defaults, for a raw key (``PRAGMA key = "x'<64 hex>'"`` or ``"x'<64 hex key><32 hex salt>'"``):

* Page size 4096. Each page ends with 80 reserved bytes: a 16-byte random IV followed by a 64-byte
  HMAC-SHA512. The reserve is recorded in the (decrypted) database header, byte 20.
* The 32-byte raw key is the AES-256 key itself: no PBKDF2 run over it.
* The first 16 bytes of the file (of page 1) are the salt, stored in the clear. They take the place of the
  ``"SQLite format 3\\0"`` magic, which is restored on decryption.
* HMAC key = PBKDF2-HMAC-SHA512(encryption key, salt XOR 0x3a each byte, 2 iterations, 32 bytes).
* HMAC-SHA512 over: the page ciphertext, then the IV, then the page number (from 1) as a 4-byte
  little-endian integer.
* AES-256-CBC without padding over the page minus the reserve (and, on page 1, minus the salt).

The WAL is not read: callers checkpoint (``PRAGMA wal_checkpoint(TRUNCATE)``) or close the database first.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

__all__ = [
    "HMAC_SIZE",
    "IV_SIZE",
    "KEY_SIZE",
    "PAGE_SIZE",
    "RESERVE_SIZE",
    "SALT_SIZE",
    "SQLITE_MAGIC",
    "decrypt_to_sqlite",
    "derive_hmac_key",
    "read_salt",
]

PAGE_SIZE = 4096
KEY_SIZE = 32
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64  # SHA-512
RESERVE_SIZE = IV_SIZE + HMAC_SIZE  # 80
HMAC_SALT_MASK = 0x3A
FAST_KDF_ITERATIONS = 2
SQLITE_MAGIC = b"SQLite format 3\x00"


def read_salt(path: Path) -> bytes:
    """Return the database's salt: the first 16 bytes of the file."""
    with path.open("rb") as f:
        salt = f.read(SALT_SIZE)
    if len(salt) != SALT_SIZE:
        raise ValueError(f"{path}: file too short to be a SQLCipher database ({len(salt)} bytes)")
    return salt


def derive_hmac_key(raw_key: bytes, salt: bytes) -> bytes:
    """The page-HMAC key SQLCipher 4 derives from the encryption key and the file's salt."""
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", raw_key, hmac_salt, FAST_KDF_ITERATIONS, KEY_SIZE)


def _decrypt_page(
    page: bytes, page_number: int, enc_key: bytes, hmac_key: bytes, *, path: Path, page_size: int
) -> bytes:
    """Check one encrypted page's HMAC and return its plaintext, reserved bytes zeroed."""
    offset = SALT_SIZE if page_number == 1 else 0
    data_end = page_size - RESERVE_SIZE
    ciphertext = page[offset:data_end]
    iv = page[data_end : data_end + IV_SIZE]
    stored_mac = page[data_end + IV_SIZE : data_end + RESERVE_SIZE]

    mac = hmac.new(hmac_key, digestmod=hashlib.sha512)
    mac.update(ciphertext)
    mac.update(iv)
    mac.update(page_number.to_bytes(4, "little"))
    if not hmac.compare_digest(mac.digest(), stored_mac):
        raise ValueError(
            f"{path}: HMAC check failed on page {page_number} "
            "(wrong key, or the page was corrupted or tampered with)"
        )

    decryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).decryptor()
    plaintext = decryptor.update(ciphertext) + decryptor.finalize()
    head = SQLITE_MAGIC if page_number == 1 else b""
    return head + plaintext + bytes(RESERVE_SIZE)


def decrypt_to_sqlite(path: Path, raw_key: bytes, out: Path, *, page_size: int = PAGE_SIZE) -> None:
    """Decrypt the SQLCipher 4 file at ``path`` with the 32-byte ``raw_key`` into a plaintext SQLite
    file at ``out``.

    Every page's HMAC is verified before it is decrypted; a mismatch raises :class:`ValueError` naming
    the page. The output keeps SQLCipher's 80 reserved bytes per page (zeroed), so its header declares
    ``reserved bytes per page = 80`` and :mod:`sqlite3` reads it as is. The rest of the header is kept
    as decrypted: a WAL-mode database (header bytes 18 and 19 = 2) gives a WAL-mode plaintext file.
    """
    if len(raw_key) != KEY_SIZE:
        raise ValueError(f"raw SQLCipher key must be {KEY_SIZE} bytes, got {len(raw_key)}")
    data = path.read_bytes()
    if not data:
        raise ValueError(f"{path}: empty file")
    if len(data) % page_size:
        raise ValueError(f"{path}: size {len(data)} is not a multiple of the page size {page_size}")

    salt = data[:SALT_SIZE]
    if salt == SQLITE_MAGIC:
        raise ValueError(f"{path}: this is a plaintext SQLite file, not an encrypted one")
    hmac_key = derive_hmac_key(raw_key, salt)

    pages = [
        _decrypt_page(
            data[start : start + page_size],
            start // page_size + 1,
            raw_key,
            hmac_key,
            path=path,
            page_size=page_size,
        )
        for start in range(0, len(data), page_size)
    ]

    header = pages[0][: len(SQLITE_MAGIC) + 8]
    declared_page_size = int.from_bytes(header[16:18], "big")
    declared_page_size = 65536 if declared_page_size == 1 else declared_page_size
    if declared_page_size != page_size or header[20] != RESERVE_SIZE:
        raise ValueError(
            f"{path}: decrypted header declares page size {declared_page_size} and reserve {header[20]}, "
            f"expected {page_size} and {RESERVE_SIZE}"
        )
    out.write_bytes(b"".join(pages))
