"""The main window shell: role-dependent menus and views, auto-lock, damage handling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.roles import Role
from app.services.errors import PermissionDenied
from app.services.session import Session
from app.services.workspace import Workspace
from app.storage.audit_repository import AuditQuery, AuditRepository
from app.storage.errors import DatabaseDamaged
from app.storage.migrations import latest_version
from app.ui.actions import MainAction
from app.ui.background import wait_for_all
from tests.conftest import ADMIN_PASSWORD


def test_admin_sees_admin_menu_and_audit_view(open_window: object, sessions: dict[Role, Session]) -> None:
    window = open_window(sessions[Role.ADMIN])  # type: ignore[operator]
    assert window.actions[MainAction.USERS].isVisible()
    assert window.actions[MainAction.AUDIT].isVisible()
    assert window.actions[MainAction.SETTINGS].isVisible()
    assert window._menus["admin"].menuAction().isVisible()
    assert window.page_keys() == ["overview", "cases", "risks", "drills", "reports", "audit"]
    # The first view is what a new window shows (not a placeholder of a view built on demand).
    assert window.navigation.currentRow() == 0
    assert window.pages.currentWidget() is window.overview
    window.show_page("audit")
    assert window.pages.currentWidget() is window.page("audit")
    assert window.page("audit").model.rowCount() > 0


@pytest.mark.parametrize("role", [Role.COUNSELLOR, Role.HR_MANAGER])
def test_other_roles_do_not_see_admin_functions_and_services_refuse(
    open_window: object, sessions: dict[Role, Session], workspace: Workspace, role: Role
) -> None:
    session = sessions[role]
    window = open_window(session)  # type: ignore[operator]
    for action in (MainAction.USERS, MainAction.AUDIT, MainAction.SETTINGS, MainAction.BACKUP):
        assert not window.actions[action].isVisible(), action
    assert not window._menus["admin"].menuAction().isVisible()
    assert window.page_keys() == ["overview", "cases", "risks", "drills", "reports"]
    # Hidden is not enough: the service layer refuses whatever the window shows.
    with pytest.raises(PermissionDenied):
        workspace.users.list(session)
    with pytest.raises(PermissionDenied):
        workspace.audit.find(session, AuditQuery())
    with pytest.raises(PermissionDenied):
        workspace.users.create(session, "intruder", Role.ADMIN, "intruder-password")


def test_window_title_names_only_the_program_and_file(
    open_window: object, sessions: dict[Role, Session]
) -> None:
    window = open_window(sessions[Role.COUNSELLOR])  # type: ignore[operator]
    assert window.windowTitle() == "EAP Crisis Desk — eapdesk.db"
    assert "counsellor" not in window.windowTitle()


def test_idle_window_locks_and_hides_content_until_password(
    qtbot: QtBot, open_window: object, sessions: dict[Role, Session], workspace: Workspace
) -> None:
    window = open_window(sessions[Role.ADMIN])  # type: ignore[operator]
    window.idle.set_timeout_ms(200)
    window.idle.start()
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert window.central.currentWidget() is window.lock_screen
    assert not window.content.isVisible()
    assert not window.menuBar().isEnabled()
    assert window.windowTitle() == "EAP Crisis Desk — locked"
    assert AuditRepository(workspace.db).find(AuditQuery(action="session.locked"))

    window.lock_screen.ui.passwordEdit.setText("wrong password")
    window.lock_screen.ui.unlockButton.click()
    assert window.locked
    assert "Wrong password" in window.lock_screen.ui.messageLabel.text()

    window.lock_screen.ui.passwordEdit.setText(ADMIN_PASSWORD)
    window.lock_screen.ui.unlockButton.click()
    assert not window.locked
    assert window.central.currentWidget() is window.content
    assert window.menuBar().isEnabled()
    assert AuditRepository(workspace.db).find(AuditQuery(action="unlock.succeeded"))


def test_lock_action_locks_at_once(open_window: object, sessions: dict[Role, Session]) -> None:
    window = open_window(sessions[Role.COUNSELLOR])  # type: ignore[operator]
    window.actions[MainAction.LOCK].trigger()
    assert window.locked
    assert window.lock_screen.ui.usernameLabel.text() == "counsellor"


def test_overview_shows_database_state(
    open_window: object, sessions: dict[Role, Session], workspace: Workspace
) -> None:
    window = open_window(sessions[Role.HR_MANAGER])  # type: ignore[operator]
    window.start_integrity_check()
    wait_for_all()
    QApplication.processEvents()
    ui = window.overview.ui
    assert ui.identityValue.text() == workspace.db.identity
    assert ui.schemaValue.text() == str(latest_version())
    assert "authenticated" in ui.integrityValue.text()
    assert not window.banner.isVisible()


def test_damaged_database_is_flagged_and_refuses_writes(
    qtbot: QtBot, open_window: object, sessions: dict[Role, Session], workspace: Workspace
) -> None:
    window = open_window(sessions[Role.ADMIN])  # type: ignore[operator]
    workspace.db.checkpoint()
    path = workspace.db.path
    data = bytearray(path.read_bytes())
    assert len(data) >= 3 * 4096
    data[2 * 4096 + 500] ^= 0xFF  # inside page 3's encrypted content
    path.write_bytes(bytes(data))
    window.start_integrity_check()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10000)
    assert "integrity check" in window.banner.text()
    assert workspace.db.damaged
    with pytest.raises(DatabaseDamaged):
        workspace.users.create(sessions[Role.ADMIN], "newperson", Role.COUNSELLOR, "new-person-pass")


def test_backup_from_the_window_writes_a_restorable_file(
    qtbot: QtBot, open_window: object, sessions: dict[Role, Session], workspace: Workspace, tmp_path: object
) -> None:
    from pathlib import Path

    from app.services.maintenance import verify_database
    from app.storage.database import Database
    from app.storage.keys import Passphrase

    window = open_window(sessions[Role.ADMIN])  # type: ignore[operator]
    target = Path(str(tmp_path)) / "office.eapbak"
    with qtbot.waitSignal(window.backupFinished, timeout=30000):
        window.start_backup(target, "backup passphrase 1")
    assert "Backup written" in window.statusBar().currentMessage()
    with Database.open_for_inspection(target, Passphrase("backup passphrase 1")) as backup:
        assert backup.query_value("SELECT count(*) FROM users") == 3
    assert verify_database(workspace.db.path).ok
    assert [e.actor for e in AuditRepository(workspace.db).find(AuditQuery(action="database.backup"))] == [
        "admin"
    ]


def test_backup_is_refused_by_the_service_for_counsellors(
    sessions: dict[Role, Session], workspace: Workspace, tmp_path: object
) -> None:
    from pathlib import Path

    with pytest.raises(PermissionDenied):
        workspace.backup(sessions[Role.COUNSELLOR], Path(str(tmp_path)) / "x.eapbak", "backup passphrase 1")
    assert not (Path(str(tmp_path)) / "x.eapbak").exists()


def test_drills_menu_and_crisis_lead_on_call_in_status_bar(
    open_window: object, sessions: dict[Role, Session], workspace: Workspace, qtbot: QtBot
) -> None:
    from datetime import date, time, timedelta

    admin = sessions[Role.ADMIN]
    chan = workspace.oncall.add_member(admin, display_name="Chan Tai-man", roles=["crisis_lead"]).id
    workspace.oncall.add_rotation(
        admin, role="crisis_lead", handover="daily", member_ids=[chan],
        anchor=date.today() - timedelta(days=2), handover_time=time(9), time_zone="UTC",
    )  # fmt: skip
    window = open_window(sessions[Role.COUNSELLOR])  # type: ignore[operator]
    assert window._menus["drills"].menuAction().isVisible()
    assert window.actions[MainAction.NEW_DRILL].isVisible()
    assert window.actions[MainAction.ONCALL].isVisible()
    qtbot.waitUntil(lambda: "Chan Tai-man" in window.oncall_status.text())
    assert window.oncall_status.text().startswith("On call (Crisis lead): Chan Tai-man until ")
    window.lock()
    assert window.oncall_status.text() == ""
    assert "Chan" not in window.windowTitle()


def test_hr_manager_cannot_plan_drills(open_window: object, sessions: dict[Role, Session]) -> None:
    window = open_window(sessions[Role.HR_MANAGER])  # type: ignore[operator]
    assert not window.actions[MainAction.NEW_DRILL].isVisible()


def test_drill_calendar_shortcut_shows_the_calendar(
    open_window: object, sessions: dict[Role, Session], qtbot: QtBot
) -> None:
    window = open_window(sessions[Role.COUNSELLOR])  # type: ignore[operator]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, "D", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.pages.currentWidget() is window.page("drills")
