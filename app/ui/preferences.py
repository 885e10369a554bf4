"""Every per-user preference, declared once with its key, type and default, over QSettings.

Office-wide policy (auto-lock minutes, later grade targets) lives in the database so it is audited
and shared; only this user's interface choices live here. Nothing confidential is ever stored here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Preference(Generic[T]):
    key: str
    default: T

    def get(self) -> T:
        value = QSettings().value(self.key, self.default)
        if isinstance(self.default, bool):
            return (value in (True, "true", "1", 1)) if value is not None else self.default  # type: ignore[return-value]
        if isinstance(self.default, QByteArray):
            return value if isinstance(value, QByteArray) else self.default  # type: ignore[return-value]
        try:
            return type(self.default)(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)


LANGUAGE = Preference[str]("interface/language", "")  # "" follows the system locale
LAST_USERNAME = Preference[str]("session/last_username", "")


def geometry_preference(name: str) -> Preference[QByteArray]:
    return Preference[QByteArray](f"geometry/{name}", QByteArray())
