"""The overview tab on a real database: facts, clocks, ladder, moves (with reasons) and the facts editor."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from app.domain.lifecycle import Status
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_detail import CaseDetail
from app.ui.case_overview_tab import OverviewTab
from app.ui.facts_editor import FactsEditor
from app.ui.incident_labels import OVERDUE_COLOUR, RUNNING_COLOUR
from app.ui.transition_dialog import TransitionReasonDialog
from tests.ui.test_case_detail import make_detail, make_incident


def overview_of(detail: CaseDetail) -> OverviewTab:
    tab = detail.tab("overview")
    assert isinstance(tab, OverviewTab)
    return tab


def button_for(tab: OverviewTab, target: Status) -> QPushButton:
    matches = [b for b in tab.transition_buttons if b.isVisible() and b.property("target") == target.value]
    assert len(matches) == 1, [b.text() for b in tab.transition_buttons if b.isVisible()]
    return matches[0]


def test_facts_grade_and_ladder_shown(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    ui = overview_of(detail).ui
    assert ui.titleValue.text() == incident.title
    assert ui.placeValue.text() == "CANARY-PLACE 3F"
    assert ui.departmentsValue.text() == "HR, IT"
    assert ui.peopleValue.text() == "4"
    assert "✔ CANARY-SOURCE email from the recipient" in ui.sourcesValue.text()
    assert "1 of 1 verified" in ui.sourcesValue.text()
    assert ui.gradeValue.text().startswith("III")
    assert ui.suggestedValue.text().startswith("III")
    assert "no override" in ui.overrideValue.text()
    ladder = ui.ladderValue.text().splitlines()
    assert ladder[0].startswith("1. Counsellor")
    assert ladder[1].startswith("2. Crisis lead")
    assert "+2 h 00 min" in ladder[1]
    assert "reached 5 min ago" in ladder[0]  # notify the counsellor at once: reached at the report
    assert "due in 1 h 5" in ladder[1]
    assert ui.acknowledgeValue.text().startswith("Due ")
    assert "due in" in ui.acknowledgeValue.text()
    assert RUNNING_COLOUR.name() in ui.acknowledgeValue.styleSheet()


def test_overdue_clock_turns_red_and_met_after_moving(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session, reported_ago=timedelta(hours=30))  # grade III: 4 h / 24 h
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = overview_of(detail)
    for label in (tab.ui.acknowledgeValue, tab.ui.responseValue):
        assert "overdue by" in label.text()
        assert OVERDUE_COLOUR.name() in label.styleSheet()
        assert label.property("clockState") == "overdue"
    assert tab.timer.isActive()  # refreshed every 30 s while on screen
    assert tab.timer.interval() == 30_000
    with qtbot.waitSignal(detail.incidentChanged):
        button_for(tab, Status.VERIFIED).click()
    assert tab.ui.acknowledgeValue.property("clockState") == "missed"
    assert "missed" in tab.ui.acknowledgeValue.text()
    assert OVERDUE_COLOUR.name() in tab.ui.acknowledgeValue.styleSheet()
    assert "Escalation stopped" in tab.ui.ladderValue.text()


def test_moves_through_the_buttons(qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = overview_of(detail)
    visible = [b.property("target") for b in tab.transition_buttons if b.isVisible()]
    assert visible == ["verified", "dismissed"]
    for target in (Status.VERIFIED, Status.ASSESSED, Status.RESPONDING):
        with qtbot.waitSignal(detail.incidentChanged):
            button_for(tab, target).click()
        assert workspace.incidents.get(session, incident.id).status is target
        assert tab.ui.statusValue.text() == detail.ui.statusLabel.text()
    assert tab.ui.statusValue.text() == "Responding"
    assert [b.property("target") for b in tab.transition_buttons if b.isVisible()] == ["contained"]
    assert "Assessed → Responding" in tab.ui.historyValue.text()


def test_reason_required_move_prompts_and_saves_the_reason(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = overview_of(detail)
    button = button_for(tab, Status.DISMISSED)
    assert button.text().endswith("…")
    button.click()
    dialog = tab.dialog
    assert isinstance(dialog, TransitionReasonDialog)
    assert dialog.isVisible()
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # no reason: refused, shown in the dialog, nothing saved
    assert dialog.isVisible()
    assert "record why" in dialog.ui.messageLabel.text()
    assert workspace.incidents.get(session, incident.id).status is Status.REPORTED
    qtbot.keyClicks(dialog.ui.reasonEdit, "Duplicate of an earlier report")
    with qtbot.waitSignal(detail.incidentChanged):
        ok.click()
    assert not dialog.isVisible()
    stored = workspace.incidents.get(session, incident.id)
    assert stored.status is Status.DISMISSED
    assert stored.status_changes[-1].reason == "Duplicate of an earlier report"
    assert "Duplicate of an earlier report" in tab.ui.historyValue.text()
    assert tab.ui.responseValue.property("clockState") == "closed"  # a dismissed report needs no response
    assert "not needed" in tab.ui.responseValue.text()
    # the way back is a reopen and asks again; cancelling changes nothing
    button_for(tab, Status.REPORTED).click()
    reopen = tab.dialog
    assert isinstance(reopen, TransitionReasonDialog)
    reopen.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert workspace.incidents.get(session, incident.id).status is Status.DISMISSED


def test_refused_move_is_a_message_not_a_crash(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = overview_of(detail)
    stale = button_for(tab, Status.VERIFIED)
    workspace.incidents.transition(session, incident.id, Status.VERIFIED)  # someone else moved it meanwhile
    stale.click()
    assert tab.ui.messageLabel.isVisible()
    assert "already verified" in tab.ui.messageLabel.text()


def test_edit_facts_shows_problems_and_saves_nothing(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = overview_of(detail)
    tab.ui.editFactsButton.click()
    editor = tab.dialog
    assert isinstance(editor, FactsEditor)
    assert editor.ui.titleEdit.text() == incident.title
    assert editor.ui.occurredEdit.text() == "not known"
    editor.ui.titleEdit.setText("   ")
    editor.ui.directLossEdit.setText("12,5x")
    editor.ui.placeEdit.setText("Building B")
    save = editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert editor.isVisible()
    assert editor.problem_label("title").isVisible()
    assert "required" in editor.problem_label("title").text()
    assert editor.problem_label("directLoss").isVisible()
    assert not editor.problem_label("place").isVisible()
    assert "Nothing was saved" in editor.ui.messageLabel.text()
    assert workspace.incidents.get(session, incident.id).place == "CANARY-PLACE 3F"
    editor.ui.titleEdit.setText("Records emailed to the wrong team (recalled)")
    editor.ui.directLossEdit.setText("1,250.50")
    editor.ui.sourcesList.item(0).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(detail.incidentChanged):
        save.click()
    assert not editor.isVisible()
    stored = workspace.incidents.get(session, incident.id)
    assert stored.title == "Records emailed to the wrong team (recalled)"
    assert stored.place == "Building B"
    assert stored.impact.direct_loss == 125050
    assert stored.sources is not None
    assert not stored.sources[0].verified
    assert stored.reported_at == incident.reported_at  # untouched times keep their exact value
    assert stored.occurred_at is None
    assert tab.ui.titleValue.text() == "Records emailed to the wrong team (recalled)"
    assert detail.ui.titleLabel.text() == "Records emailed to the wrong team (recalled)"


def test_future_time_is_shown_next_to_the_field(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = overview_of(detail)
    tab.ui.editFactsButton.click()
    editor = tab.dialog
    assert isinstance(editor, FactsEditor)
    future = datetime.now(UTC) + timedelta(days=2)
    editor.ui.reportedEdit.setDateTime(editor.ui.reportedEdit.dateTime().addDays(2))
    editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.isVisible()
    assert editor.problem_label("reported").isVisible()
    assert workspace.incidents.get(session, incident.id).reported_at < future
    editor.reject()
    QApplication.processEvents()


def test_hr_manager_sees_withheld_facts_and_no_actions(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    incident = make_incident(workspace, sessions[Role.COUNSELLOR])
    detail = make_detail(qtbot, workspace, sessions[Role.HR_MANAGER])
    detail.show_incident(incident.id)
    tab = overview_of(detail)
    for label in (
        tab.ui.titleValue,
        tab.ui.placeValue,
        tab.ui.causeValue,
        tab.ui.courseValue,
        tab.ui.sourcesValue,
    ):
        assert label.text() == "withheld"
    assert tab.ui.peopleValue.text() == "4"  # counts are not withheld
    assert not tab.ui.editFactsButton.isVisible()
    assert not any(button.isVisible() for button in tab.transition_buttons)
    tab.edit_facts()  # even when called directly: nothing opens
    assert tab.dialog is None


_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=260)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    typed=st.fixed_dictionaries(
        {"title": _TEXT, "place": _TEXT, "departments": _TEXT, "loss": st.text(max_size=20)}
    )
)
def test_facts_editor_input_never_crashes_or_half_saves(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], typed: dict[str, str]
) -> None:
    title, place, departments, loss = typed["title"], typed["place"], typed["departments"], typed["loss"]
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    editor = FactsEditor(workspace, session, incident)
    qtbot.addWidget(editor)
    editor.ui.titleEdit.setText(title)
    editor.ui.placeEdit.setText(place)
    editor.ui.departmentsEdit.setText(departments)
    editor.ui.directLossEdit.setText(loss)
    saved: list[object] = []
    editor.saved.connect(saved.append)
    editor.accept()
    stored = workspace.incidents.get(session, incident.id)
    if saved:
        assert stored.title == unicodedata.normalize("NFC", editor.ui.titleEdit.text()).strip()
        assert stored.place == unicodedata.normalize("NFC", editor.ui.placeEdit.text()).strip()
    else:  # refused: every problem is said, and nothing at all changed
        assert editor.ui.messageLabel.text()
        assert any(
            editor.problem_label(stem).text() for stem in ("title", "place", "departments", "directLoss")
        )
        assert stored.title == incident.title
        assert stored.place == incident.place
        assert stored.departments == incident.departments
        assert stored.impact == incident.impact


# -- grade, owner, people count ------------------------------------------------------------------


def _ok(dialog: object) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]


def test_change_grade_with_an_override_needs_a_reason(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    from app.domain.grading import Grade, LeakTier
    from app.ui.grade_dialog import GradeDialog

    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)  # a moderate leak: grade III
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = overview_of(detail)
    assert "unchanged" in tab.ui.gradeHistoryValue.text()
    tab.ui.changeGradeButton.click()
    dialog = tab.dialog
    assert isinstance(dialog, GradeDialog)
    assert dialog.ui.peopleSpin.value() == 4  # starts from what the incident records
    ui = dialog.ui
    ui.leakTierCombo.setCurrentIndex(ui.leakTierCombo.findData(LeakTier.MAJOR.value))
    suggestion = dialog.suggestion()
    assert suggestion is not None
    assert suggestion.grade is not Grade.III
    assert grade_text(suggestion.grade) in ui.suggestionLabel.text()
    other = Grade.IV
    ui.gradeCombo.setCurrentIndex(ui.gradeCombo.findData(other.value))
    assert "required" in ui.reasonLabel.text()
    with qtbot.assertNotEmitted(detail.incidentChanged):
        _ok(dialog)  # no reason: refused by the service, shown in the dialog
    assert ui.messageLabel.isVisible()
    assert ui.messageLabel.text()
    assert dialog.isVisible()
    assert workspace.incidents.get(session, incident.id).grade_changes == ()
    qtbot.keyClicks(ui.reasonEdit, "Recipients confirmed deleted within the hour")
    with qtbot.waitSignal(detail.incidentChanged):
        _ok(dialog)
    stored = workspace.incidents.get(session, incident.id)
    assert stored.grade is other
    assert [(c.from_grade, c.to_grade, c.suggested_grade) for c in stored.grade_changes] == [
        (Grade.III, other, suggestion.grade)
    ]
    tab = overview_of(detail)
    assert tab.ui.gradeValue.text().startswith("IV")
    history = tab.ui.gradeHistoryValue.text()
    assert "III → IV" in history
    assert f"(suggested {suggestion.grade.value})" in history
    assert "Recipients confirmed deleted within the hour" in history
    assert session.username in history


def test_change_grade_as_suggested(qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]) -> None:
    from app.domain.grading import LeakTier

    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = overview_of(detail)
    tab.change_grade()
    dialog = tab.dialog
    dialog.ui.leakTierCombo.setCurrentIndex(dialog.ui.leakTierCombo.findData(LeakTier.MAJOR.value))
    assert not dialog.ui.reasonEdit.isEnabled()  # as suggested: no reason asked
    suggested = dialog.suggestion().grade
    with qtbot.waitSignal(detail.incidentChanged):
        _ok(dialog)
    stored = workspace.incidents.get(session, incident.id)
    assert stored.grade is suggested
    assert stored.grade_override_reason is None
    assert len(stored.grade_changes) == 1


def test_change_owner(qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]) -> None:
    from app.ui.owner_dialog import OwnerDialog

    session = sessions[Role.COUNSELLOR]
    admin = sessions[Role.ADMIN]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = overview_of(detail)
    before = tab.ui.ownerValue.text()
    tab.ui.changeOwnerButton.click()
    dialog = tab.dialog
    assert isinstance(dialog, OwnerDialog)
    combo = dialog.ui.ownerCombo
    offered = {combo.itemData(i) for i in range(combo.count())}
    assert admin.user_id in offered
    assert sessions[Role.HR_MANAGER].user_id not in offered  # may not see case text: never an owner
    if incident.owner_user_id is not None:
        combo.setCurrentIndex(combo.findData(incident.owner_user_id))
        with qtbot.assertNotEmitted(detail.incidentChanged):
            _ok(dialog)
        assert "already owns" in dialog.ui.messageLabel.text()
    combo.setCurrentIndex(combo.findData(admin.user_id))
    expected = combo.currentText().split(" (")[0]
    with qtbot.waitSignal(detail.incidentChanged):
        _ok(dialog)
    assert workspace.incidents.get(session, incident.id).owner_user_id == admin.user_id
    after = overview_of(detail).ui.ownerValue.text()
    assert after != before
    assert after == expected


def test_hr_manager_sees_people_counts_and_no_grade_or_owner_changes(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    from app.services.people import Involvement, PersonInput

    counsellor = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, counsellor)
    for involvement in (Involvement.AFFECTED, Involvement.AFFECTED, Involvement.WITNESS):
        workspace.people.link_person(
            counsellor, incident.id, PersonInput(involvement=involvement, full_name="CANARY-NAME 張三")
        )
    detail = make_detail(qtbot, workspace, sessions[Role.HR_MANAGER])
    detail.show_incident(incident.id)
    tab = overview_of(detail)
    assert tab.ui.peopleLinkedValue.isVisible()
    text = tab.ui.peopleLinkedValue.text()
    assert text.startswith("3 in all")
    assert "Affected 2" in text
    assert "Witness 1" in text
    assert "CANARY" not in text
    assert not tab.ui.changeGradeButton.isVisible()
    assert not tab.ui.changeOwnerButton.isVisible()
    tab.change_grade()
    tab.change_owner()
    assert tab.dialog is None


def test_counsellors_see_no_people_count_row(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = overview_of(detail)
    assert not tab.ui.peopleLinkedValue.isVisible()  # they have the People tab
    assert tab.ui.changeGradeButton.isVisible()


def grade_text(grade: object) -> str:
    from app.ui.incident_labels import grade_name

    return grade_name(grade)  # type: ignore[arg-type]
