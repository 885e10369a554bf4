"""Unlock time: the raw key from the keyring against passphrase mode (SQLCipher's PBKDF2).

Raw-key mode hands SQLCipher the 256-bit key itself, so opening costs a keyring read and a few page
reads; passphrase mode derives the key with PBKDF2-HMAC-SHA512 over 256,000 iterations on every
open. Informational rows: the ratio shows what the keyring design saves, there is no budget.
"""

from __future__ import annotations

from collections.abc import Callable

from app.services.maintenance import create_database
from app.services.unlock import open_database
from app.storage.database import Database
from app.storage.keys import KeyMode, Passphrase, RawKey
from app.storage.keystore import Keystore
from benchmarks.registry import Context, Row, benchmark
from benchmarks.timing import interleaved

ADMIN, ADMIN_PASSWORD = "bench-admin", "bench-admin-password"
PASSPHRASE = "bench-passphrase-2026"
AGAINST = "passphrase (PBKDF2 256k)"


def _open_close(opener: Callable[[], Database]) -> Callable[[], None]:
    """Time the open (key, proof, pragma checks, migration check); closing is part of the sample too."""

    def call() -> None:
        opener().close()

    return call


@benchmark("unlock", order=20)
def run(ctx: Context) -> list[Row]:
    """Opening the database with the raw key from the keyring vs with a passphrase."""
    repeat = ctx.reps(10, 3)
    keystore = Keystore()
    phrase_path = ctx.workdir / "passphrase.db"
    create_database(
        phrase_path, ADMIN, ADMIN_PASSWORD, key_mode=KeyMode.PASSPHRASE, passphrase=PASSPHRASE
    ).workspace.close()
    by_passphrase = _open_close(lambda: open_database(phrase_path, passphrase=PASSPHRASE))
    phrase_direct = _open_close(lambda: Database.open(phrase_path, Passphrase(PASSPHRASE)))

    raw_key = RawKey.generate()
    direct_path = ctx.workdir / "raw-key.db"
    Database.create(direct_path, raw_key).close()
    ctx.progress(f"unlock: {repeat} opens per side, twice")
    (direct, phrase_db), _ = interleaved(
        _open_close(lambda: Database.open(direct_path, raw_key)),
        phrase_direct,
        repeat=repeat,
        calibrate=False,
    )
    direct_row = Row.compare(
        "unlock: raw key given, Database.open",
        direct,
        phrase_db,
        against=AGAINST,
        note="storage.database.Database.open (+ close), no keyring read",
    )

    if not keystore.available():
        reason = "no keyring in this session (run through `make bench`, which starts one)"
        return [Row.not_available("unlock: raw key from the keyring", reason, against=AGAINST), direct_row]
    raw_path = ctx.workdir / "keyring.db"
    create_database(
        raw_path, ADMIN, ADMIN_PASSWORD, key_mode=KeyMode.KEYRING, keystore=keystore
    ).workspace.close()
    (keyring, phrase), _ = interleaved(
        _open_close(lambda: open_database(raw_path, keystore=keystore)),
        by_passphrase,
        repeat=repeat,
        calibrate=False,
    )
    return [
        Row.compare(
            "unlock: raw key from the keyring",
            keyring,
            phrase,
            against=AGAINST,
            note="services.unlock.open_database: Secret Service read + Database.open (+ close)",
        ),
        direct_row,
    ]
