"""Finding the key for a database and opening it, with the rules that keep that safe.

Order: a passphrase given by the user wins; a sidecar that says "passphrase" without one asks for
it; otherwise the keyring's current key, then a pending key left by an interrupted rotation (which
is then promoted). Nothing here ever generates a new key for an existing file or re-creates it.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.services.errors import PassphraseRequired
from app.storage.database import Database
from app.storage.errors import KeyMissing, KeyringUnavailable, WrongKey
from app.storage.identity import database_identity
from app.storage.keys import KeyMode, Passphrase, RawKey
from app.storage.keystore import Keystore
from app.storage.sidecar import read_sidecar

PASSPHRASE_FILE_ENV = "EAPDESK_PASSPHRASE_FILE"
PASSPHRASE_ENV = "EAPDESK_PASSPHRASE"


def passphrase_from_environment() -> str | None:
    """The passphrase of a passphrase-mode database, from a file or the environment (restic style)."""
    file_name = os.environ.get(PASSPHRASE_FILE_ENV)
    if file_name:
        try:
            text = Path(file_name).read_text(encoding="utf-8")
        except OSError as error:
            raise PassphraseRequired(
                f"The passphrase file named by {PASSPHRASE_FILE_ENV} cannot be read: {error.strerror}."
            ) from None
        return text.rstrip("\r\n")
    return os.environ.get(PASSPHRASE_ENV) or None


def _with_advice(error: KeyringUnavailable) -> KeyringUnavailable:
    return KeyringUnavailable(
        f"{error} If this database uses a passphrase, give it in {PASSPHRASE_FILE_ENV} or {PASSPHRASE_ENV}; "
        "if it uses the keyring, open it in a desktop session or with 'eapdesk recover'."
    )


def keyring_available() -> bool:
    """Whether this session has a usable system keyring (else databases use passphrase mode)."""
    return Keystore().available()


def database_key_mode(path: Path) -> KeyMode | None:
    return read_sidecar(path).key_mode


def open_database(
    path: Path,
    *,
    passphrase: str | None = None,
    keystore: Keystore | None = None,
    exclusive: bool = False,
    inspect_only: bool = False,
) -> Database:
    keystore = keystore or Keystore()
    identity = database_identity(path)
    mode = read_sidecar(path).key_mode

    def _open(material: RawKey | Passphrase) -> Database:
        if inspect_only:
            return Database.open_for_inspection(path, material, take_lock=True)
        return Database.open(path, material, exclusive=exclusive)

    if passphrase is not None:
        return _open(Passphrase(passphrase))
    if mode is KeyMode.PASSPHRASE:
        raise PassphraseRequired(
            f"{path.name} is protected by a passphrase. Give it in the file named by {PASSPHRASE_FILE_ENV} "
            f"or in {PASSPHRASE_ENV}, or type it when asked."
        )
    try:
        current = keystore.get_key(identity)
    except KeyringUnavailable as error:
        raise _with_advice(error) from None
    if current is not None:
        try:
            return _open(RawKey(current))
        except WrongKey:
            pass  # perhaps a rotation swapped the file before the keyring was updated: try its pending key
    # The pending key is read only when the current one does not open the file: one keyring round trip
    # less on every normal start. A stale pending entry (a rotation stopped before the swap) is harmless
    # and is overwritten by the next rotation or removed by ``recover``.
    try:
        pending = keystore.get_pending_key(identity)
    except KeyringUnavailable as error:
        raise _with_advice(error) from None
    if pending is None:
        if current is not None:
            raise WrongKey(
                f"The key in this computer's keyring does not open {path.name}. If the database was restored "
                "or rotated elsewhere, run 'eapdesk recover --db PATH' with its latest recovery key."
            )
        raise KeyMissing(
            f"This computer's keyring has no key for {path.name}. If the database was moved here or the "
            "keyring was reset, run 'eapdesk recover --db PATH' with its recovery key; if it uses a "
            "passphrase, give the passphrase."
        )
    assert pending is not None
    db = _open(RawKey(pending))
    # The rotation swapped the file but was stopped before the keyring was updated: finish it.
    keystore.set_key(identity, pending)
    keystore.delete_pending_key(identity)
    return db
