"""The .ics export dialog over a real database: the file it writes, parsed back with ``icalendar``."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.actions import MainAction
from app.ui.calendar_export_dialog import CalendarExportDialog
from tests.services.test_calendar_export import LEAD, LONDON, SECRETS, Office, office

__all__ = ["office"]  # the fixture, shared with the service's tests


def _dialog(qtbot: QtBot, office: Office, which: str = "counsellor") -> CalendarExportDialog:
    dialog = CalendarExportDialog(office.ws, getattr(office, which), today=office.today)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _set_period(dialog: CalendarExportDialog, first: date, last: date) -> None:
    dialog.ui.fromDateEdit.setDate(QDate(first.year, first.month, first.day))
    dialog.ui.toDateEdit.setDate(QDate(last.year, last.month, last.day))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder for the exports (``tmp_path`` also holds the database and the home folder)."""
    path = tmp_path / "exports"
    path.mkdir()
    return path


def _events(path: Path) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def _kinds(events: list[icalendar.Event]) -> set[str]:
    return {str(e["UID"]).split("-", 1)[0] for e in events}


def _exports(office: Office) -> int:
    return int(office.ws.db.query_value("SELECT COUNT(*) FROM audit_log WHERE action = 'calendar.exported'"))


def test_defaults_are_today_to_three_months_and_a_dated_ics_name(qtbot: QtBot, office: Office) -> None:
    dialog = _dialog(qtbot, office)
    first, last = dialog.period()
    assert first == office.today
    expected_last = QDate(office.today.year, office.today.month, office.today.day).addMonths(3)
    assert last == expected_last.toPython()
    assert dialog.ui.teamRadio.isChecked()
    assert not dialog.ui.memberRow.isVisible()
    assert dialog.ui.exportButton.isEnabled()
    assert dialog.default_path().name == f"eapdesk-calendar-{office.today.isoformat()}.ics"
    text = dialog.ui.contentLabel.text()
    assert "pseudonym" in text
    assert "Never in the file: names or notes of employees" in text


def test_team_export_through_the_button_writes_what_the_message_counts(
    qtbot: QtBot, office: Office, folder: Path
) -> None:
    dialog = _dialog(qtbot, office)
    _set_period(dialog, office.monday, office.today + timedelta(days=120))
    asked: list[bool] = []

    def choose() -> Path:
        asked.append(True)
        return folder / "team"  # typed without the extension

    dialog.choose_path = choose
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    assert asked == [True]
    out = folder / "team.ics"
    assert dialog.exported is not None
    assert dialog.exported.path == out
    events = _events(out)
    assert len(events) == dialog.exported.events > 0
    message = dialog.ui.messageLabel.text()
    assert dialog.ui.messageLabel.isVisible()
    assert f"Exported {len(events)} events to {out}" in message
    assert _kinds(events) == {"oncall", "follow", "corrective"}
    summaries = {str(e["SUMMARY"]) for e in events}
    assert f"{office.pseudonym} follow-up" in summaries
    assert f"{office.incident_code} corrective action" in summaries
    data = out.read_bytes()
    for secret in SECRETS.values():
        assert secret.encode() not in data
    assert list(folder.iterdir()) == [out]  # no temporary file left next to it


def test_a_cancelled_file_dialog_exports_nothing(qtbot: QtBot, office: Office, folder: Path) -> None:
    dialog = _dialog(qtbot, office)
    before = _exports(office)
    dialog.choose_path = lambda: None
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    assert dialog.exported is None
    assert _exports(office) == before


def test_person_mode_writes_only_that_members_final_shifts(
    qtbot: QtBot, office: Office, folder: Path
) -> None:
    week = datetime.combine(office.monday + timedelta(days=7), time(9), LONDON)  # Bob's week
    office.ws.oncall.add_swap(
        office.admin, role=LEAD, first_member_id=office.bob, first_shift_start=week,
        second_member_id=office.alice, second_shift_start=week + timedelta(days=7), reason="swap",
    )  # fmt: skip
    dialog = _dialog(qtbot, office, "hr")
    assert not dialog.ui.memberRow.isVisible()
    dialog.ui.personRadio.setChecked(True)
    assert dialog.ui.memberRow.isVisible()
    assert dialog.ui.memberCombo.isEnabled()
    combo = dialog.ui.memberCombo
    combo.setCurrentIndex(combo.findData(office.alice))
    assert "Alice Lead" in dialog.ui.contentLabel.text()
    first, last = office.monday, office.today + timedelta(days=120)
    _set_period(dialog, first, last)
    out = folder / "alice.ics"
    result = dialog.export_to(out)
    assert result is not None
    events = _events(out)
    assert len(events) == result.events == result.shifts > 0
    assert {str(e["SUMMARY"]) for e in events} == {"On call: Crisis lead"}
    assert all(str(e["UID"]).startswith("oncall-shift-") for e in events)
    assert week in {e.decoded("DTSTART") for e in events}  # the week swapped in
    expected = office.ws.oncall.member_shifts(
        office.hr,
        office.alice,
        datetime.combine(first, time(0), ZoneInfo(dialog.zone)),
        datetime.combine(last + timedelta(days=1), time(0), ZoneInfo(dialog.zone)),
    )
    assert {e.decoded("DTSTART").astimezone(UTC) for e in events} == {s.start for s in expected}
    data = out.read_bytes()
    assert b"Bob" not in data
    detail = json.loads(
        office.ws.db.query_value(
            "SELECT detail FROM audit_log WHERE action = 'calendar.exported' ORDER BY seq DESC LIMIT 1"
        )
    )
    assert detail["member"] == office.alice
    # back to the team calendar: the person row goes away and everyone's shifts come back
    dialog.ui.teamRadio.setChecked(True)
    assert not dialog.ui.memberRow.isVisible()
    assert dialog.member_id() is None


def test_hr_manager_is_told_follow_ups_are_left_out_and_gets_none(
    qtbot: QtBot, office: Office, folder: Path
) -> None:
    dialog = _dialog(qtbot, office, "hr")
    assert "Follow-ups are not included" in dialog.ui.contentLabel.text()
    _set_period(dialog, office.monday, office.today + timedelta(days=120))
    result = dialog.export_to(folder / "hr.ics")
    assert result is not None
    assert result.follow_ups == 0
    events = _events(folder / "hr.ics")
    assert "follow" not in _kinds(events)
    assert office.pseudonym.encode() not in (folder / "hr.ics").read_bytes()


def test_a_bad_period_shows_a_message_disables_export_and_writes_nothing(
    qtbot: QtBot, office: Office, folder: Path
) -> None:
    dialog = _dialog(qtbot, office)
    before = _exports(office)
    out = folder / "never.ics"
    _set_period(dialog, office.today, office.today - timedelta(days=1))
    assert not dialog.ui.exportButton.isEnabled()
    assert dialog.ui.messageLabel.isVisible()
    assert "before the first day" in dialog.ui.messageLabel.text()
    assert dialog.export_to(out) is None
    _set_period(dialog, office.today, office.today + timedelta(days=400))  # 401 days
    assert not dialog.ui.exportButton.isEnabled()
    assert "at most 400 days" in dialog.ui.messageLabel.text()
    assert dialog.export_to(out) is None
    assert list(folder.iterdir()) == []
    assert _exports(office) == before
    _set_period(dialog, office.today, office.today + timedelta(days=399))  # the longest allowed
    assert dialog.ui.exportButton.isEnabled()
    assert not dialog.ui.messageLabel.isVisible()
    assert dialog.export_to(out) is not None


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions; see the next test")
def test_a_read_only_folder_gives_a_clear_message_and_no_file(
    qtbot: QtBot, office: Office, folder: Path
) -> None:
    read_only = folder / "read-only"
    read_only.mkdir()
    read_only.chmod(0o500)
    try:
        dialog = _dialog(qtbot, office)
        assert dialog.export_to(read_only / "team.ics") is None
        text = dialog.ui.messageLabel.text()
        assert dialog.ui.messageLabel.isVisible()
        assert "Nothing was exported" in text
        assert "Cannot write team.ics (Permission denied)" in text
        assert list(read_only.iterdir()) == []
    finally:
        read_only.chmod(0o700)


def test_a_folder_that_cannot_hold_the_file_gives_a_clear_message(
    qtbot: QtBot, office: Office, folder: Path
) -> None:
    """The same failure as a read-only folder, in a way that also holds when the tests run as root."""
    not_a_folder = folder / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    dialog = _dialog(qtbot, office)
    assert dialog.export_to(not_a_folder / "team.ics") is None
    text = dialog.ui.messageLabel.text()
    assert "Nothing was exported" in text
    assert "Cannot write team.ics" in text
    assert dialog.exported is None
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    # the dialog stays usable: another folder works
    assert dialog.export_to(folder / "team.ics") is not None
    assert "Exported" in dialog.ui.messageLabel.text()


def test_the_drills_menu_opens_the_dialog_for_every_role_and_locking_closes_it(
    qtbot: QtBot, open_window: object, office: Office
) -> None:
    for session in (office.hr, office.counsellor):
        window = open_window(session)  # type: ignore[operator]
        action = window.actions[MainAction.CALENDAR_EXPORT]
        assert action in window._menus["drills"].actions()
        assert action.isVisible()
        assert action.text() == "&Export calendar (.ics)…"
    seen: list[tuple[date, date]] = []

    def look_then_lock() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CalendarExportDialog)
        seen.append(dialog.period())
        window.lock()  # locking closes every open dialog

    QTimer.singleShot(0, look_then_lock)
    action.trigger()
    assert len(seen) == 1
    assert seen[0][0] == datetime.now().date()  # the window's dialog starts today (local)
    assert window.locked
    assert not window.menuBar().isEnabled()
    assert not any(
        isinstance(w, CalendarExportDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
