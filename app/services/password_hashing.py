"""Slow, salted password hashes for app accounts: Argon2id with 64 MiB of memory.

The parameters match KeePassXC's default memory cost and RFC 9106's second recommended profile
(t=3, m=64 MiB, p=4); about 0.1 s per hash on the office's two-core workstations, which is
negligible at sign-in and makes offline guessing from a stolen database (if the key were also
stolen) expensive.
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.domain.passwords import normalise

TIME_COST = 3
MEMORY_KIB = 64 * 1024
PARALLELISM = 4

_hasher = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM)


# Verified against when the account does not exist, so that an unknown name costs the same time
# as a wrong password and account names cannot be discovered by timing.
# Computed on first use, not at import, so that starting the program stays fast.
@cache
def _dummy_hash() -> str:
    return _hasher.hash("eapdesk-dummy-password-for-timing")


def hash_password(password: str) -> str:
    return _hasher.hash(normalise(password))


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _dummy_hash(), normalise(password)) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
