"""Locks the window after a period without keyboard or mouse input (the auto-lock).

Activity is seen through an application-wide event filter, which makes PySide convert every event
of every object to Python objects. The filter is therefore installed only while the countdown runs:
not while the main window is being built (hundreds of events nobody can cause) and not while the
lock screen is up, where there is nothing to count down.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idleTimeout = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idleTimeout)
        self.set_timeout_ms(minutes * 60_000)
        self._filtering = False

    def set_timeout_ms(self, milliseconds: int) -> None:
        self._timer.setInterval(milliseconds)
        if self._timer.isActive():
            self._timer.start()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        if not self._filtering:
            QApplication.instance().installEventFilter(self)
            self._filtering = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._filtering:
            QApplication.instance().removeEventFilter(self)
            self._filtering = False

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart the countdown
        return False
