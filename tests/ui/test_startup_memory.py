"""Garbage collection is paused while the program starts and resumes once the main window is shown."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui import startup_memory
from app.ui.main_window import MainWindow


@pytest.fixture
def collector() -> Iterator[None]:
    """Whatever a test does, the test process gets its collector back as it was."""
    yield
    startup_memory.resume_collection()
    gc.unfreeze()
    gc.enable()


@pytest.mark.usefixtures("collector")
def test_pause_and_resume_freeze_what_the_start_made() -> None:
    startup_memory.pause_collection()
    assert not gc.isenabled()
    startup_memory.resume_collection()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    gc.unfreeze()
    startup_memory.resume_collection()  # a second resume changes nothing
    assert gc.get_freeze_count() == 0


@pytest.mark.usefixtures("collector")
def test_resume_leaves_a_collector_it_did_not_pause_alone() -> None:
    gc.disable()  # paused by someone else (an embedding program, a debugger)
    startup_memory.pause_collection()
    startup_memory.resume_collection()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


@pytest.mark.usefixtures("collector")
def test_first_show_of_the_main_window_resumes_collection(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    startup_memory.pause_collection()
    window = MainWindow(workspace, sessions[Role.ADMIN])
    qtbot.addWidget(window)
    assert not gc.isenabled()  # building the window is part of the start
    window.show()
    assert gc.isenabled()
    window.idle.stop()
