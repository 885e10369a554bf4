"""The case detail on a real database: header, tabs, reload on change, and what hr_manager receives."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.grading import GradingInput, LeakTier
from app.domain.incidents import IncidentCategory, IncidentFacts, InformationSource
from app.domain.lifecycle import Status
from app.domain.roles import Role
from app.services.incidents import IncidentView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.background import wait_for_all
from app.ui.case_detail import CaseDetail
from app.ui.case_tabs import CaseTab

MNEMONIC = re.compile(r"&([^&])")
CANARY = "CANARY-TITLE 張三 self-harm risk"
CANARY_TEXT = "CANARY-TIMELINE 已聯絡家屬"


# The details of the running test, kept alive until pytest-qt closes them: a detail dropped when the
# test function returns would be deleted with background loads of its tabs still to be delivered.
_ALIVE: list[QWidget] = []


def settle(widget: QWidget) -> None:
    """Let the tabs' background loads finish while their widgets still exist, then let the widget go."""
    wait_for_all()
    QApplication.processEvents()
    if widget in _ALIVE:
        _ALIVE.remove(widget)


def make_incident(
    workspace: Workspace,
    session: Session,
    *,
    title: str = "Counselling records emailed to the wrong team",
    reported_ago: timedelta = timedelta(minutes=5),
) -> IncidentView:
    facts = IncidentFacts(
        title=title,
        category=IncidentCategory.PRIVACY_LEAK,
        reported_at=datetime.now(UTC) - reported_ago,
        place="CANARY-PLACE 3F",
        departments=("HR", "IT"),
        cause="CANARY-CAUSE misaddressed email",
        course_of_events="CANARY-COURSE sent at 09:10, recalled at 09:30",
        people_involved=4,
        sources=(InformationSource("CANARY-SOURCE email from the recipient", verified=True),),
    )
    return workspace.incidents.create(session, facts, GradingInput(leak_tier=LeakTier.MODERATE)).incident


def make_detail(qtbot: QtBot, workspace: Workspace, session: Session) -> CaseDetail:
    detail = CaseDetail(workspace, session)
    qtbot.addWidget(detail, before_close_func=settle)
    _ALIVE.append(detail)
    detail.resize(1000, 700)
    detail.show()
    return detail


class RecordingTab(CaseTab):
    """A registered tab that records what the detail gives it (the contract other tabs rely on)."""

    key = "recording"
    received: list[IncidentView]

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(workspace, session, parent)
        self.received = []

    def title(self) -> str:
        return "Recording"

    def show_incident(self, incident: IncidentView) -> None:
        self.received.append(incident)


class HiddenFromHr(RecordingTab):
    key = "hidden"

    @classmethod
    def visible_for(cls, workspace: Workspace, session: Session) -> bool:
        return session.role is not Role.HR_MANAGER


@pytest.fixture
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register two extra tabs the way other tab modules do (TAB_CLASSES holds "module:Class")."""
    from app.ui import case_tabs

    monkeypatch.setattr(
        case_tabs,
        "TAB_CLASSES",
        (*case_tabs.TAB_CLASSES, f"{__name__}:RecordingTab", f"{__name__}:HiddenFromHr"),
    )


def all_widget_text(root: QWidget) -> str:
    """Every text a person could read in the widget tree, including tables' cells and tab titles."""
    parts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            parts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            parts.extend(widget.itemText(index) for index in range(widget.count()))
        if isinstance(widget, QTabWidget):
            parts.extend(widget.tabText(index) for index in range(widget.count()))
        parts.append(widget.windowTitle())
        parts.append(widget.toolTip())
        parts.append(widget.accessibleName())
        model = getattr(widget, "model", None)
        if callable(model) and hasattr(widget, "horizontalHeader"):
            table = model()
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = table.index(row, column).data(role)
                        parts.append("" if value is None else str(value))
    return "\n".join(parts)


def test_empty_until_a_case_is_opened(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    detail = make_detail(qtbot, workspace, sessions[Role.COUNSELLOR])
    assert detail.current_incident_id() is None
    assert detail.ui.stack.currentWidget() is detail.ui.emptyPage
    detail.focus_quick_entry()  # nothing open: nothing happens, no crash


def test_shows_header_and_own_tabs(qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    assert detail.current_incident_id() == incident.id
    assert detail.ui.stack.currentWidget() is detail.ui.casePage
    assert detail.ui.codeLabel.text() == incident.code
    assert detail.ui.titleLabel.text() == incident.title
    assert "III" in detail.ui.gradeLabel.text()
    assert detail.ui.statusLabel.text() == "Reported"
    assert not detail.ui.flagLabel.isVisible()
    assert [tab.key for tab in detail.tabs][:3] == ["overview", "timeline", "checklist"]
    assert detail.ui.tabs.tabText(0) == "&Overview"
    detail.clear()
    assert detail.current_incident_id() is None
    assert detail.ui.stack.currentWidget() is detail.ui.emptyPage


def test_missing_case_shows_the_message(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    detail = make_detail(qtbot, workspace, sessions[Role.COUNSELLOR])
    detail.show_incident(987654)
    assert detail.current_incident_id() is None
    assert "does not exist" in detail.ui.emptyLabel.text()


def test_registered_tabs_follow_ours_and_fill_when_shown(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], registered: None
) -> None:
    session = sessions[Role.COUNSELLOR]
    first = make_incident(workspace, session)
    second = make_incident(workspace, session, title="Second case")
    detail = make_detail(qtbot, workspace, session)
    keys = [tab.key for tab in detail.tabs]
    assert keys[:3] == ["overview", "timeline", "checklist"]
    assert keys[-2:] == ["recording", "hidden"]  # after ours and the tabs registered before them
    recording = detail.tab("recording")
    assert isinstance(recording, RecordingTab)
    detail.show_incident(first.id)
    assert recording.received == []  # not on screen: filled when first shown
    detail.ui.tabs.setCurrentWidget(recording)
    assert [view.id for view in recording.received] == [first.id]
    detail.show_incident(second.id)  # the current tab is refilled at once
    assert [view.id for view in recording.received] == [first.id, second.id]
    assert recording.received[-1].title == "Second case"


def test_tab_change_reloads_and_emits(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], registered: None
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    recording = detail.tab("recording")
    assert isinstance(recording, RecordingTab)
    detail.ui.tabs.setCurrentWidget(recording)
    workspace.incidents.add_timeline_entry(session, incident.id, "Called the recipient")
    with qtbot.waitSignal(detail.incidentChanged) as signal:
        recording.changed.emit()
    assert signal.args == [incident.id]
    assert [entry.text for entry in recording.received[-1].timeline] == ["Called the recipient"]
    assert [entry.text for entry in detail.incident().timeline] == ["Called the recipient"]


def test_ctrl_t_path_logs_an_action(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    detail.activateWindow()
    detail.focus_quick_entry()
    timeline = detail.tab("timeline")
    assert detail.ui.tabs.currentWidget() is timeline
    edit = timeline.ui.quickEntryEdit
    qtbot.waitUntil(edit.hasFocus)
    with qtbot.waitSignal(detail.incidentChanged):
        qtbot.keyClicks(edit, "Phoned the employee")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == ""
    stored = workspace.incidents.get(session, incident.id)
    assert [entry.text for entry in stored.timeline] == ["Phoned the employee"]
    assert timeline.entries()[0].text == "Phoned the employee"


def test_drill_flag_shown(qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]) -> None:
    from app.domain.incidents import IncidentFlags

    session = sessions[Role.COUNSELLOR]
    facts = IncidentFacts(
        title="Fire drill", category=IncidentCategory.NATURAL_DISASTER, reported_at=datetime.now(UTC)
    )
    incident = workspace.incidents.create(
        session, facts, GradingInput(), flags=IncidentFlags(is_drill=True)
    ).incident
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    assert detail.ui.flagLabel.isVisible()
    assert detail.ui.flagLabel.text() == "DRILL"


def test_hr_manager_receives_only_deidentified_data(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], registered: None
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, counsellor, title=CANARY)
    workspace.incidents.add_timeline_entry(counsellor, incident.id, CANARY_TEXT, department="CANARY-DEPT")
    workspace.incidents.transition(counsellor, incident.id, Status.VERIFIED)
    detail = make_detail(qtbot, workspace, sessions[Role.HR_MANAGER])
    assert detail.tab("hidden") is None  # a tab hidden from the role is not built at all
    detail.show_incident(incident.id)
    for index in range(detail.ui.tabs.count()):
        detail.ui.tabs.setCurrentIndex(index)
    given = detail.tab("recording").received
    assert given
    assert detail.incident() is not None
    for view in (*given, detail.incident()):
        assert view.deidentified
        assert view.title is None
        assert view.place is None
        assert view.cause is None
        assert view.sources is None
        assert view.timeline
        assert all(entry.text is None and entry.department is None for entry in view.timeline)
    assert detail.ui.titleLabel.text() == "(withheld)"
    text = all_widget_text(detail)
    for canary in ("CANARY", "張三", "已聯絡"):
        assert canary not in text
    overview = detail.tab("overview")
    assert not overview.ui.editFactsButton.isVisible()
    assert not any(button.isVisible() for button in overview.transition_buttons)
    timeline = detail.tab("timeline")
    assert not timeline.ui.quickEntryEdit.isVisible()
    assert not timeline.ui.saveEntryButton.isVisible()
    checklist = detail.tab("checklist")
    assert not checklist.ui.markDoneButton.isVisible()


def test_opening_a_case_is_quick(qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    for number in range(30):
        workspace.incidents.add_timeline_entry(session, incident.id, f"Step {number}")
    other = make_incident(workspace, session, title="Other")
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(other.id)
    QApplication.processEvents()
    started = time.perf_counter()
    detail.show_incident(incident.id)
    QApplication.processEvents()
    assert time.perf_counter() - started < 0.5  # generous on a shared test machine; the bench is stricter


def test_retranslate_keeps_the_case(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    workspace.incidents.add_timeline_entry(session, incident.id, "Logged before the language switch")
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    for index in range(detail.ui.tabs.count()):
        detail.ui.tabs.setCurrentIndex(index)
    detail.retranslate()
    assert detail.ui.codeLabel.text() == incident.code
    assert detail.ui.tabs.tabText(1) == "&Timeline"
    assert detail.tab("timeline").model.rowCount() == 1
    assert detail.tab("overview").ui.titleValue.text() == incident.title


def test_mnemonics_of_our_tabs_do_not_clash_with_the_tab_bar(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    """Alt+letter must reach one thing: the tab titles and the widgets of the tab on screen."""
    detail = make_detail(qtbot, workspace, sessions[Role.ADMIN])
    titles = [detail.ui.tabs.tabText(index) for index in range(detail.ui.tabs.count())]
    bar = [match.group(1).casefold() for text in titles if (match := MNEMONIC.search(text))]
    assert len(bar) == len(set(bar)), titles
    for key in ("overview", "timeline", "checklist"):
        tab = detail.tab(key)
        own = [
            match.group(1).casefold()
            for widget in tab.findChildren(QWidget)
            if isinstance(text := widget.property("text"), str) and (match := MNEMONIC.search(text))
        ]
        assert not set(own) & set(bar), (key, own, bar)
