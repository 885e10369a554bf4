"""Translated display names for roles and other stored codes (the codes themselves never change)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.key_mode import KeyMode
from app.domain.roles import Role

_ROLE_NAMES = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "EAP lead (admin)"),
    Role.COUNSELLOR: QT_TRANSLATE_NOOP("Role", "Counsellor"),
    Role.HR_MANAGER: QT_TRANSLATE_NOOP("Role", "HR manager"),
}
_KEY_MODES = {
    KeyMode.KEYRING: QT_TRANSLATE_NOOP("KeyMode", "System keyring (raw 256-bit key)"),
    KeyMode.PASSPHRASE: QT_TRANSLATE_NOOP("KeyMode", "Passphrase (SQLCipher key derivation)"),
}


def role_name(role: Role) -> str:
    return QCoreApplication.translate("Role", _ROLE_NAMES[role])


def key_mode_name(mode: KeyMode) -> str:
    return QCoreApplication.translate("KeyMode", _KEY_MODES[mode])
