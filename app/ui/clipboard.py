"""Copying confidential text: the clipboard is cleared again after a short time (password-manager style)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


def copy_secret(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)

    def clear() -> None:
        if clipboard.text() == text:  # leave alone anything the user copied since
            clipboard.clear()

    QTimer.singleShot(clear_after_ms, clear)
