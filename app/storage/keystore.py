"""Database keys in the operating system's keyring.

Entries live under the service ``eapdesk``; the account name is ``db:<identity>`` where the
identity is the database file's SQLCipher salt (see ``identity.py``). During a key rotation the new
key is first written as ``db:<identity>:pending``; opening tries the current key, then the pending
one, and promotes a pending key that works. The audit anchor is kept as ``db:<identity>:anchor``.

We never fall back to anything weaker: if the keyring cannot be used, callers get
``KeyringUnavailable`` and must offer passphrase mode; no key is ever written to a file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail

from app.storage.errors import KeyringUnavailable

SERVICE = "eapdesk"
KEY_HEX_LENGTH = 64


def _entry(identity: str, suffix: str = "") -> str:
    return f"db:{identity}{':' + suffix if suffix else ''}"


class Keystore:
    """Thin, error-translating access to the keyring entries of one program."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    def _ring(self) -> keyring.backend.KeyringBackend:
        if self._backend is None:
            self._backend = _platform_backend() or keyring.get_keyring()
        backend = self._backend
        if isinstance(backend, fail.Keyring) or _is_empty_chainer(backend):
            raise KeyringUnavailable(
                "No system keyring is available in this session (for example a server login without a "
                "desktop). Use passphrase mode (--no-keyring) or sign in to a desktop session."
            )
        return backend

    def require(self) -> None:
        """Raise KeyringUnavailable (with advice) unless a real keyring backend is there."""
        self._ring()

    def available(self) -> bool:
        try:
            self._ring()
        except KeyringUnavailable:
            return False
        return True

    def _get(self, name: str) -> str | None:
        try:
            return self._ring().get_password(SERVICE, name)
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailable(
                f"The system keyring could not be read ({type(error).__name__})."
            ) from None

    def _set(self, name: str, value: str) -> None:
        try:
            self._ring().set_password(SERVICE, name, value)
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailable(
                f"The system keyring refused to store the entry ({type(error).__name__})."
            ) from None

    def _delete(self, name: str) -> None:
        try:
            self._ring().delete_password(SERVICE, name)
        except keyring.errors.PasswordDeleteError:
            return
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailable(
                f"The system keyring refused to delete an entry ({type(error).__name__})."
            ) from None

    def get_key(self, identity: str) -> bytes | None:
        return _decode_key(self._get(_entry(identity)))

    def get_pending_key(self, identity: str) -> bytes | None:
        return _decode_key(self._get(_entry(identity, "pending")))

    def set_key(self, identity: str, key: bytes) -> None:
        self._set(_entry(identity), key.hex())

    def set_pending_key(self, identity: str, key: bytes) -> None:
        self._set(_entry(identity, "pending"), key.hex())

    def delete_pending_key(self, identity: str) -> None:
        self._delete(_entry(identity, "pending"))

    def delete_key(self, identity: str) -> None:
        self._delete(_entry(identity))

    def get_anchor(self, identity: str) -> str | None:
        return self._get(_entry(identity, "anchor"))

    def set_anchor(self, identity: str, value: str) -> None:
        self._set(_entry(identity, "anchor"), value)


def _platform_backend() -> keyring.backend.KeyringBackend | None:
    """The platform's own keyring, without keyring's entry-point scan of every installed backend.

    ``keyring.get_keyring()`` discovers backends through package metadata, which costs about 70 ms
    at every program start; the desktop app's start-up budget cannot afford that. An explicit
    choice (PYTHON_KEYRING_BACKEND, or a keyringrc file) is still honoured by falling back to it.
    """
    if os.environ.get("PYTHON_KEYRING_BACKEND") or _has_keyring_config():
        return None
    try:
        if sys.platform.startswith("linux"):
            from keyring.backends import SecretService  # noqa: PLC0415 - only the platform's own

            backend: keyring.backend.KeyringBackend = SecretService.Keyring()
        elif sys.platform == "win32":
            from keyring.backends import Windows  # noqa: PLC0415

            backend = Windows.WinVaultKeyring()
        elif sys.platform == "darwin":
            from keyring.backends import macOS  # noqa: PLC0415

            backend = macOS.Keyring()
        else:
            return None
        backend.priority  # noqa: B018 - raises when the backend cannot work in this session
    except Exception:
        return None
    return backend


def _has_keyring_config() -> bool:
    from keyring.util import platform_  # noqa: PLC0415

    return (Path(platform_.config_root()) / "keyringrc.cfg").exists()


def _decode_key(value: str | None) -> bytes | None:
    if value is None or len(value) != KEY_HEX_LENGTH:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def _is_empty_chainer(backend: keyring.backend.KeyringBackend) -> bool:
    backends = getattr(backend, "backends", None)
    return backends is not None and not backends
