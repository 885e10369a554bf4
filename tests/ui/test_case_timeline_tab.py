"""The timeline tab on a real database: quick entry, order toggle, inline errors, de-identified entries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.domain.incidents import TEXT_MAX
from app.domain.roles import Role
from app.services.policy import ENTRY_LOCK_HOURS
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_detail import CaseDetail
from app.ui.case_timeline_tab import (
    AUTHOR,
    BROKEN_COLOUR,
    DEPARTMENT,
    LOCK,
    NUMBER,
    SIGNATURE,
    TEXT,
    TimelineTab,
)
from app.ui.timeline_entry_dialog import TimelineEntryDialog
from tests.ui.test_case_detail import make_detail, make_incident


def timeline_of(detail: CaseDetail) -> TimelineTab:
    tab = detail.tab("timeline")
    assert isinstance(tab, TimelineTab)
    detail.ui.tabs.setCurrentWidget(tab)
    return tab


def cell(tab: TimelineTab, row: int, column: int) -> str:
    return str(tab.model.index(row, column).data())


def test_enter_saves_and_clears(qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = timeline_of(detail)
    assert tab.model.rowCount() == 0
    edit = tab.ui.quickEntryEdit
    qtbot.keyClicks(edit, "Called the recipient and asked to delete the email")
    tab.ui.departmentCombo.setCurrentText("IT")
    with qtbot.waitSignal(detail.incidentChanged):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == ""
    assert tab.model.rowCount() == 1
    assert cell(tab, 0, TEXT) == "Called the recipient and asked to delete the email"
    assert cell(tab, 0, DEPARTMENT) == "IT"
    assert cell(tab, 0, AUTHOR) == "Test counsellor"  # the display name, from the directory
    stored = workspace.incidents.get(session, incident.id).timeline
    assert [(e.text, e.department, e.author_user_id) for e in stored] == [
        ("Called the recipient and asked to delete the email", "IT", session.user_id)
    ]
    assert tab.ui.countLabel.text() == "Entries: 1"


def test_empty_entry_shows_a_message_and_saves_nothing(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = timeline_of(detail)
    edit = tab.ui.quickEntryEdit
    qtbot.keyClicks(edit, "   ")
    with qtbot.assertNotEmitted(detail.incidentChanged):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert tab.ui.messageLabel.isVisible()
    assert "required" in tab.ui.messageLabel.text()
    assert workspace.incidents.get(session, incident.id).timeline == ()
    edit.setText("x" * (TEXT_MAX + 1))
    tab.ui.saveEntryButton.click()
    assert "at most" in tab.ui.messageLabel.text()
    assert edit.text() == "x" * (TEXT_MAX + 1)  # nothing typed is lost
    assert workspace.incidents.get(session, incident.id).timeline == ()
    edit.setText("Now a real entry")
    with qtbot.waitSignal(detail.incidentChanged):
        tab.ui.saveEntryButton.click()
    assert tab.ui.messageLabel.text() == "Saved."


def test_newest_first_toggle(qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    for text in ("first", "second", "third"):
        workspace.incidents.add_timeline_entry(session, incident.id, text)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = timeline_of(detail)
    assert tab.ui.newestFirstCheck.isChecked()
    assert [cell(tab, row, TEXT) for row in range(3)] == ["third", "second", "first"]
    tab.ui.newestFirstCheck.click()
    assert [cell(tab, row, TEXT) for row in range(3)] == ["first", "second", "third"]


def test_departments_of_the_incident_are_offered(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    combo = timeline_of(detail).ui.departmentCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "HR", "IT"]
    assert combo.currentText() == ""


def test_hr_manager_gets_withheld_entries_and_no_entry_box(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, counsellor)
    workspace.incidents.add_timeline_entry(
        counsellor, incident.id, "CANARY-TIMELINE 已聯絡", department="CANARY-D"
    )
    detail = make_detail(qtbot, workspace, sessions[Role.HR_MANAGER])
    detail.show_incident(incident.id)
    tab = timeline_of(detail)
    assert [(e.text, e.department) for e in tab.entries()] == [(None, None)]
    assert cell(tab, 0, TEXT) == "withheld"
    assert cell(tab, 0, DEPARTMENT) == "withheld"
    assert cell(tab, 0, AUTHOR) == "Test counsellor"  # staff names are not confidential; the text is
    assert not tab.ui.quickEntryEdit.isVisible()
    tab.save_entry()  # refused in the tab too: nothing written
    assert len(workspace.incidents.get(counsellor, incident.id).timeline) == 1


def test_enter_in_the_department_box_saves_too(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = timeline_of(detail)
    tab.ui.quickEntryEdit.setText("Briefed the HR partner")
    department = tab.ui.departmentCombo.lineEdit()
    qtbot.keyClicks(department, "Legal")
    with qtbot.waitSignal(detail.incidentChanged):
        qtbot.keyClick(department, Qt.Key.Key_Return)
    stored = workspace.incidents.get(session, incident.id).timeline
    assert [(e.text, e.department) for e in stored] == [("Briefed the HR partner", "Legal")]
    assert tab.ui.quickEntryEdit.text() == ""


def select_text(tab: TimelineTab, text: str) -> None:
    entry = next(e for e in tab.entries() if e.text == text)
    tab.select_entry(entry.id)
    assert tab.selected_entry() == entry


def save_dialog(dialog: TimelineEntryDialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def test_signature_and_lock_state_are_shown(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    fresh = workspace.incidents.add_timeline_entry(session, incident.id, "Fresh entry")
    workspace.incidents.add_timeline_entry(
        session, incident.id, "Old entry", now=datetime.now(UTC) - timedelta(hours=30)
    )
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = timeline_of(detail)
    assert [cell(tab, row, TEXT) for row in range(2)] == ["Fresh entry", "Old entry"]
    assert [cell(tab, row, NUMBER) for row in range(2)] == ["2", "1"]
    assert [cell(tab, row, SIGNATURE) for row in range(2)] == ["signed ✓", "signed ✓"]
    assert fresh.locks_at is not None
    assert cell(tab, 0, LOCK) == "locks at " + fresh.locks_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert cell(tab, 1, LOCK) == "locked"


def test_the_author_corrects_within_the_lock_period(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    workspace.incidents.add_timeline_entry(session, incident.id, "Caled the recipient", department="IT")
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = timeline_of(detail)
    assert not tab.ui.correctButton.isEnabled()  # nothing selected yet
    select_text(tab, "Caled the recipient")
    assert tab.ui.correctButton.isEnabled()
    assert not tab.ui.addendumButton.isEnabled()  # the author corrects instead
    tab.ui.correctButton.click()
    dialog = tab.dialog
    assert isinstance(dialog, TimelineEntryDialog)
    assert dialog.text() == "Caled the recipient"
    assert dialog.ui.departmentCombo.currentText() == "IT"
    dialog.ui.textEdit.setPlainText("   ")
    with qtbot.assertNotEmitted(detail.incidentChanged):
        save_dialog(dialog)
    assert "required" in dialog.ui.messageLabel.text()  # refused in the dialog, which stays open
    assert dialog.isVisible()
    dialog.ui.textEdit.setPlainText("Called the recipient")
    with qtbot.waitSignal(detail.incidentChanged):
        save_dialog(dialog)
    stored = workspace.incidents.get(session, incident.id).timeline
    assert [(e.text, e.department, e.corrected, e.signature_valid) for e in stored] == [
        ("Called the recipient", "IT", True, True)
    ]
    assert tab.model.rowCount() == 1
    assert cell(tab, 0, TEXT) == "(corrected) Called the recipient"
    assert cell(tab, 0, SIGNATURE) == "signed ✓"
    assert tab.selected_entry() is not None  # the corrected entry stays selected


def test_a_locked_entry_takes_only_an_addendum_shown_under_it(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    long_ago = datetime.now(UTC) - timedelta(hours=30)
    workspace.incidents.add_timeline_entry(session, incident.id, "Briefed HR", now=long_ago)
    workspace.incidents.add_timeline_entry(session, incident.id, "Later entry")
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = timeline_of(detail)
    select_text(tab, "Briefed HR")
    assert not tab.ui.correctButton.isEnabled()
    assert tab.correct_selected() is None  # refused in the tab too
    assert tab.ui.addendumButton.isEnabled()
    tab.ui.addendumButton.click()
    dialog = tab.dialog
    assert isinstance(dialog, TimelineEntryDialog)
    assert dialog.ui.originalLabel.text() == "Briefed HR"
    assert dialog.windowTitle() == "Addendum to #1"
    qtbot.keyClicks(dialog.ui.textEdit, "HR partner was Ms Lee, not Mr Wong")
    with qtbot.waitSignal(detail.incidentChanged):
        save_dialog(dialog)
    assert tab.ui.newestFirstCheck.isChecked()
    rows = [(cell(tab, row, NUMBER), cell(tab, row, TEXT)) for row in range(3)]
    assert rows == [
        ("2", "Later entry"),
        ("1", "Briefed HR"),  # the original, as written
        ("1.1", "    ↳ Addendum to #1: HR partner was Ms Lee, not Mr Wong"),
    ]
    tab.ui.newestFirstCheck.click()
    assert [cell(tab, row, NUMBER) for row in range(3)] == ["1", "1.1", "2"]
    stored = workspace.incidents.get(session, incident.id).timeline
    original = next(e for e in stored if e.text == "Briefed HR")
    addendum = next(e for e in stored if e.is_addendum)
    assert addendum.parent_id == original.id
    assert not original.corrected
    assert addendum.signature_valid is True


def test_someone_elses_entry_takes_only_an_addendum(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    incident = make_incident(workspace, sessions[Role.COUNSELLOR])
    workspace.incidents.add_timeline_entry(sessions[Role.COUNSELLOR], incident.id, "Counsellor's entry")
    detail = make_detail(qtbot, workspace, sessions[Role.ADMIN])
    detail.show_incident(incident.id)
    tab = timeline_of(detail)
    select_text(tab, "Counsellor's entry")
    assert not tab.ui.correctButton.isEnabled()
    assert tab.ui.addendumButton.isEnabled()


def test_a_lock_reached_while_correcting_is_refused_with_nothing_saved(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    workspace.incidents.add_timeline_entry(
        session, incident.id, "Two hours old", now=datetime.now(UTC) - timedelta(hours=2)
    )
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = timeline_of(detail)
    select_text(tab, "Two hours old")
    dialog = tab.correct_selected()
    assert dialog is not None
    dialog.ui.textEdit.setPlainText("Changed after the lock")
    workspace.settings.set_value(sessions[Role.ADMIN], ENTRY_LOCK_HOURS, 1)  # the office shortens it
    try:
        with qtbot.assertNotEmitted(detail.incidentChanged):
            save_dialog(dialog)
    finally:
        workspace.settings.set_value(sessions[Role.ADMIN], ENTRY_LOCK_HOURS, 24)
    assert "locked" in dialog.ui.messageLabel.text()
    assert dialog.isVisible()
    assert dialog.text() == "Changed after the lock"  # nothing typed is lost
    stored = workspace.incidents.get(session, incident.id).timeline
    assert [(e.text, e.corrected) for e in stored] == [("Two hours old", False)]


def test_a_broken_signature_is_shown_in_red(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    entry = workspace.incidents.add_timeline_entry(session, incident.id, "Signed text")
    workspace.incidents.add_timeline_entry(session, incident.id, "Untouched")
    with workspace.db.transaction() as conn:  # a change made outside the application
        conn.execute("UPDATE incident_timeline SET text = ? WHERE id = ?", ("Tampered text", entry.id))
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = timeline_of(detail)
    broken = next(row for row in range(2) if cell(tab, row, TEXT) == "Tampered text")
    index = tab.model.index(broken, SIGNATURE)
    assert index.data() == "signature broken ✗"
    assert index.data(Qt.ItemDataRole.ForegroundRole) == BROKEN_COLOUR
    assert "changed outside" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert cell(tab, 1 - broken, SIGNATURE) == "signed ✓"


def test_hr_manager_gets_no_correction_or_addendum(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, counsellor)
    workspace.incidents.add_timeline_entry(counsellor, incident.id, "CANARY-ENTRY")
    detail = make_detail(qtbot, workspace, sessions[Role.HR_MANAGER])
    detail.show_incident(incident.id)
    tab = timeline_of(detail)
    tab.select_entry(tab.entries()[0].id)
    assert not tab.ui.correctButton.isVisible()
    assert not tab.ui.addendumButton.isVisible()
    assert tab.add_addendum_to_selected() is None
    assert cell(tab, 0, SIGNATURE) == "signed ✓"  # the state is no case content
