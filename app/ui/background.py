"""One helper for work that may take more than a moment (Anki's CollectionOp, in small).

``BackgroundTask(fn).on_success(cb).on_failure(cb).start()`` runs ``fn`` on the global thread pool
and delivers its result or exception to the callbacks on the GUI thread. Worker code never touches
widgets. ``wait_for_all`` lets tests and shutdown wait for outstanding work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_live: set[BackgroundTask] = set()


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class BackgroundTask:
    def __init__(self, fn: Callable[[], Any]) -> None:
        self._fn = fn
        self._relay = _Relay()
        self._success: Callable[[Any], None] = lambda _result: None
        self._failure: Callable[[BaseException], None] | None = None
        self._relay.succeeded.connect(self._done_ok)
        self._relay.failed.connect(self._done_error)

    def on_success(self, callback: Callable[[Any], None]) -> BackgroundTask:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> BackgroundTask:
        self._failure = callback
        return self

    def start(self) -> BackgroundTask:
        _live.add(self)
        QThreadPool.globalInstance().start(_Runnable(self._fn, self._relay))
        return self

    def _done_ok(self, result: object) -> None:
        _live.discard(self)
        self._success(result)

    def _done_error(self, error: object) -> None:
        _live.discard(self)
        if self._failure is None:
            raise error  # type: ignore[misc]
        self._failure(error)  # type: ignore[arg-type]


def wait_for_all(timeout_ms: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def pending_tasks() -> int:
    return len(_live)
