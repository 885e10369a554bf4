"""The auto-lock countdown: input restarts it, and its event filter exists only while it runs."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.idle_watcher import IdleWatcher
from app.ui.main_window import MainWindow


class _Counter(QObject):
    """A second app-wide filter that counts key presses, to tell whether events reach filters."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self.seen += 1
        return False


@pytest.fixture
def edit(qtbot: QtBot) -> QLineEdit:
    """A shown line edit to type into."""
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _watcher(timeout_ms: int) -> IdleWatcher:
    watcher = IdleWatcher(5)
    watcher.set_timeout_ms(timeout_ms)
    return watcher


def test_typing_keeps_the_countdown_from_running_out(qtbot: QtBot, edit: QLineEdit) -> None:
    watcher = _watcher(1000)
    fired: list[float] = []
    watcher.idleTimeout.connect(lambda: fired.append(time.monotonic()))
    watcher.start()
    started = time.monotonic()
    while time.monotonic() - started < 2.5:  # 2.5 timeouts of typing, a key every 100 ms
        qtbot.keyClick(edit, Qt.Key.Key_A)
        qtbot.wait(100)
    assert fired == []
    assert edit.text().startswith("aaaa")
    qtbot.waitUntil(lambda: bool(fired), timeout=5000)  # no more input: it runs out
    assert fired[0] - started >= 2.5
    watcher.stop()


def test_the_filter_is_installed_only_while_counting_down(qtbot: QtBot, edit: QLineEdit) -> None:
    watcher = _watcher(60_000)
    assert not watcher.running
    # A stopped watcher sees nothing: key presses do not restart (or start) it.
    qtbot.keyClick(edit, Qt.Key.Key_A)
    assert not watcher.running
    watcher.start()
    assert watcher.running
    watcher.stop()
    assert not watcher.running
    qtbot.keyClick(edit, Qt.Key.Key_B)
    assert not watcher.running
    counter = _Counter()
    QApplication.instance().installEventFilter(counter)
    try:
        watcher.start()
        watcher.start()  # twice: still one filter, removed by one stop
        watcher.stop()
        qtbot.keyClick(edit, Qt.Key.Key_C)
        assert counter.seen == 1  # events still flow to other filters
        assert not watcher.running
    finally:
        QApplication.instance().removeEventFilter(counter)
    assert edit.text() == "abc"


def test_main_window_counts_down_only_once_shown(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    window = MainWindow(workspace, sessions[Role.COUNSELLOR])
    qtbot.addWidget(window)
    assert not window.idle.running  # built, not shown: nothing to lock yet
    window.show()
    qtbot.waitUntil(lambda: window.idle.running, timeout=3000)
    window.lock()
    assert not window.idle.running
    window.idle.stop()
