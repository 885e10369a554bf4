"""The cases page: filters, search, keyboard path to a logged action, hr_manager, main-window wiring."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.grading import Grade, GradingInput, Urgency
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.lifecycle import Status
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.actions import MainAction
from app.ui.case_list_model import COL_NEXT_DUE, COL_TITLE
from app.ui.case_view import CaseView
from app.ui.preferences import geometry_preference

NOW = datetime.now(UTC)


@pytest.fixture(autouse=True)
def _fresh_now() -> None:
    """Times relative to the moment each test starts: the views compare with the real clock, and a
    module-level time taken at collection is minutes old by the time a long suite gets here."""
    global NOW  # noqa: PLW0603 - read by the helpers below at call time
    NOW = datetime.now(UTC)


def add(
    workspace: Workspace,
    session: Session,
    title: str,
    category: IncidentCategory = IncidentCategory.CYBER_SECURITY,
    *,
    urgency: Urgency | None = None,
    hours_ago: float = 0.1,
) -> int:
    facts = IncidentFacts(title=title, category=category, reported_at=NOW - timedelta(hours=hours_ago))
    return workspace.incidents.create(session, facts, GradingInput(urgency=urgency)).incident.id


@pytest.fixture
def counsellor(sessions: dict[Role, Session]) -> Session:
    return sessions[Role.COUNSELLOR]


@pytest.fixture
def cases(workspace: Workspace, counsellor: Session) -> dict[str, int]:
    return {
        "leak": add(workspace, counsellor, "員工心理諮詢記錄外洩", IncidentCategory.PRIVACY_LEAK),
        "fire": add(
            workspace, counsellor, "员工宿舍火灾", IncidentCategory.NATURAL_DISASTER, urgency=Urgency.HIGH
        ),
        "phish": add(
            workspace, counsellor, "Phishing wave hits payroll", urgency=Urgency.IMMEDIATE, hours_ago=30
        ),
        "old": add(workspace, counsellor, "Supplier strike", IncidentCategory.SUPPLY_CHAIN),
    }


def make_view(qtbot: QtBot, workspace: Workspace, session: Session) -> CaseView:
    view = CaseView(workspace, session)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot, view)
    return view


def settle(qtbot: QtBot, view: CaseView) -> None:
    qtbot.waitUntil(lambda: not view.model.is_loading() and not view._search_timer.isActive(), timeout=10000)


def type_text(qtbot: QtBot, view: CaseView, text: str) -> None:
    """Key clicks for ASCII; Chinese arrives from an input method, as one committed string."""
    if text.isascii():
        qtbot.keyClicks(view.ui.searchEdit, text)
    else:
        view.ui.searchEdit.insert(text)


def titles(view: CaseView) -> set[str]:
    return {view.model.index(r, COL_TITLE).data() for r in range(view.model.rowCount())}


def test_list_loads_open_cases_in_the_background_and_filters(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, cases: dict[str, int]
) -> None:
    workspace.incidents.transition(counsellor, cases["old"], Status.DISMISSED, reason="false alarm")
    view = make_view(qtbot, workspace, counsellor)
    ui = view.ui
    assert titles(view) == {"員工心理諮詢記錄外洩", "员工宿舍火灾", "Phishing wave hits payroll"}
    assert ui.listStatusLabel.text() == "3 incident(s)"
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("all"))
    ui.statusCombo.activated.emit(ui.statusCombo.currentIndex())
    assert ui.listStatusLabel.text() == "Searching…"
    settle(qtbot, view)
    assert view.model.rowCount() == 4
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(Status.DISMISSED.value))
    ui.statusCombo.activated.emit(ui.statusCombo.currentIndex())
    settle(qtbot, view)
    assert titles(view) == {"Supplier strike"}
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("open"))
    ui.gradeCombo.setCurrentIndex(ui.gradeCombo.findData(Grade.II.value))
    ui.gradeCombo.activated.emit(ui.gradeCombo.currentIndex())
    settle(qtbot, view)
    assert titles(view) == {"员工宿舍火灾"}
    ui.gradeCombo.setCurrentIndex(0)
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(IncidentCategory.PRIVACY_LEAK.value))
    ui.categoryCombo.activated.emit(ui.categoryCombo.currentIndex())
    settle(qtbot, view)
    assert titles(view) == {"員工心理諮詢記錄外洩"}
    ui.categoryCombo.setCurrentIndex(0)
    ui.overdueCheck.setChecked(True)
    settle(qtbot, view)
    assert titles(view) == {"Phishing wave hits payroll"}
    assert view.model.index(0, COL_NEXT_DUE).data().startswith("overdue by")


@pytest.mark.parametrize(
    "search",
    [
        ("心理諮詢", {"員工心理諮詢記錄外洩"}),
        ("员工", {"员工宿舍火灾"}),
        ("payroll", {"Phishing wave hits payroll"}),
        ("ph", {"Phishing wave hits payroll"}),
        ("火", {"员工宿舍火灾"}),
        ("nothing like this", set()),
    ],
)
def test_typing_in_the_search_box_searches_after_a_short_pause(
    qtbot: QtBot,
    workspace: Workspace,
    counsellor: Session,
    cases: dict[str, int],
    search: tuple[str, set[str]],
) -> None:
    typed, expected = search
    view = make_view(qtbot, workspace, counsellor)
    type_text(qtbot, view, typed)
    assert view._search_timer.isActive()  # debounced, not one query per keystroke
    settle(qtbot, view)
    assert view.model.query().text == typed
    assert titles(view) == expected


def test_keyboard_path_search_open_log_an_action_save(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, cases: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, counsellor)
    view.activateWindow()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.ui.searchEdit
    type_text(qtbot, view, "宿舍")
    settle(qtbot, view)
    assert view.model.rowCount() == 1
    qtbot.keyClick(view.ui.searchEdit, Qt.Key.Key_Tab)  # new-incident button, then the list
    view.ui.caseTable.setFocus()
    qtbot.keyClick(view.ui.caseTable, Qt.Key.Key_Down)
    assert view.selected_incident_id() == cases["fire"]
    qtbot.keyClick(view.ui.caseTable, Qt.Key.Key_Return)
    assert view.detail.current_incident_id() == cases["fire"]
    qtbot.keyClick(view.ui.caseTable, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    quick = view.detail.tab("timeline").ui.quickEntryEdit
    assert QApplication.focusWidget() is quick
    qtbot.keyClicks(quick, "Called the dormitory manager")
    with qtbot.waitSignal(view.detail.incidentChanged, timeout=5000):
        qtbot.keyClick(quick, Qt.Key.Key_Return)
    settle(qtbot, view)
    timeline = workspace.incidents.get(counsellor, cases["fire"]).timeline
    assert [t.text for t in timeline] == ["Called the dormitory manager"]
    assert view.selected_incident_id() == cases["fire"]  # the list reloaded and kept the row


def test_ctrl_t_opens_the_selected_case_with_the_cursor_in_the_quick_entry(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, cases: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, counsellor)
    assert "Ctrl+T" in view.ui.logButton.text()
    assert view.select_incident(cases["leak"])
    view.ui.logButton.click()
    assert view.detail.current_incident_id() == cases["leak"]
    assert QApplication.focusWidget() is view.detail.tab("timeline").ui.quickEntryEdit


def test_hr_manager_gets_no_search_no_title_sort_and_no_titles(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], cases: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, sessions[Role.HR_MANAGER])
    assert not view.ui.searchEdit.isEnabled()
    assert not view.ui.logButton.isVisible()
    assert not view.ui.newButton.isVisible()
    assert view.current_query().text is None
    view.ui.caseTable.horizontalHeader().setSortIndicator(COL_TITLE, Qt.SortOrder.AscendingOrder)
    settle(qtbot, view)
    assert view.model.query().sort_column == "updated_at"  # refused here, before the service would
    assert view.ui.caseTable.horizontalHeader().sortIndicatorSection() != COL_TITLE
    assert view.model.rowCount() == 4
    held = view.model.cached_summaries()
    assert held
    assert all(s.title is None and s.deidentified for s in held)
    assert titles(view) == {"(withheld)"}
    view.open_row(0)
    shown = view.detail.incident()
    assert shown is not None
    assert shown.deidentified
    assert shown.title is None


def test_sorting_by_clicking_the_header_and_the_layout_is_remembered(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, cases: dict[str, int]
) -> None:
    view = make_view(qtbot, workspace, counsellor)
    header = view.ui.caseTable.horizontalHeader()
    header.setSortIndicator(COL_TITLE, Qt.SortOrder.AscendingOrder)
    assert view.model.query().sort_column == "title"
    rows = [view.model.summary_at(r).title for r in range(view.model.rowCount())]
    assert rows == sorted(rows)
    header.setSortIndicator(COL_NEXT_DUE, Qt.SortOrder.AscendingOrder)  # not sortable: put back
    assert header.sortIndicatorSection() == COL_TITLE
    view.ui.caseSplitter.setSizes([500, 700])
    header.resizeSection(COL_TITLE, 333)
    view.hide()
    assert not geometry_preference("case_view/caseSplitter").get().isEmpty()
    again = make_view(qtbot, workspace, counsellor)
    assert again.ui.caseTable.horizontalHeader().sectionSize(COL_TITLE) == 333
    assert again.ui.caseSplitter.sizes()[0] < again.ui.caseSplitter.sizes()[1]


# -- the main window --------------------------------------------------------------------------


def test_main_window_has_the_cases_page_and_new_incident_for_counsellors(
    qtbot: QtBot, open_window: object, workspace: Workspace, counsellor: Session, cases: dict[str, int]
) -> None:
    window = open_window(counsellor)  # type: ignore[operator]
    assert window.page_keys()[:2] == ["overview", "cases"]
    assert window.actions[MainAction.NEW_INCIDENT].isVisible()
    assert window.actions[MainAction.NEW_INCIDENT].shortcut().toString() == "Ctrl+N"
    assert window.navigation.item(1).text() == "Cases"
    window.actions[MainAction.CASES].trigger()
    view = window.page("cases")
    assert window.pages.currentWidget() is view
    settle(qtbot, view)
    assert view.model.rowCount() == 4
    created = add(workspace, counsellor, "New after the wizard")
    window.show_created_incident(created)
    settle(qtbot, view)
    assert view.selected_incident_id() == created
    assert view.detail.current_incident_id() == created


def test_main_window_for_hr_has_cases_but_no_new_incident(
    qtbot: QtBot, open_window: object, sessions: dict[Role, Session]
) -> None:
    window = open_window(sessions[Role.HR_MANAGER])  # type: ignore[operator]
    assert "cases" in window.page_keys()
    assert not window.actions[MainAction.NEW_INCIDENT].isVisible()
    assert window.actions[MainAction.CASES].isVisible()
    window.new_incident()  # a stray shortcut does nothing for a role that may not create
    assert not any(
        w.isVisible() and w.objectName() == "IncidentWizard" for w in QApplication.topLevelWidgets()
    )


def test_the_case_modules_are_not_imported_at_start_up() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import app.ui.main_window; "
        "print(any(m.startswith(('app.ui.case_', 'app.ui.incident_wizard')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
