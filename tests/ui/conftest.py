"""GUI fixtures: a QApplication configured like the real one, and signed-in sessions per role."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.application import create_application
from app.ui.background import wait_for_all
from app.ui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD

PASSWORDS = {Role.COUNSELLOR: "counsellor-pass-1", Role.HR_MANAGER: "hr-manager-pass-1"}


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(autouse=True)
def _configured_app(qapp: object) -> Iterator[None]:
    """Each GUI test starts with default preferences (language, geometry, last choices).

    Qt resolves the settings file once per process, so the temporary config folder of
    tests/conftest.py does not isolate one test's QSettings from the next: clear them here.
    """
    from PySide6.QtCore import QSettings

    create_application()
    yield
    settings = QSettings()
    settings.clear()
    settings.sync()


@pytest.fixture
def sessions(workspace: Workspace) -> dict[Role, Session]:
    admin = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
    result = {Role.ADMIN: admin}
    for role, password in PASSWORDS.items():
        workspace.users.create(admin, role.value, role, password, f"Test {role.value}")
        result[role] = workspace.sign_in(role.value, password)
    return result


@pytest.fixture
def open_window(qtbot: QtBot, workspace: Workspace) -> Iterator[object]:
    """Factory for main windows that waits for background work before the workspace closes."""
    windows: list[MainWindow] = []

    def make(session: Session) -> MainWindow:
        window = MainWindow(workspace, session)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    wait_for_all()
    for window in windows:
        window.idle.stop()
