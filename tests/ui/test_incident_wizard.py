"""The new-incident wizard, driven through its widgets against a real database (never exec())."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot

from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory
from app.domain.lifecycle import Status
from app.domain.roles import Role
from app.services.incidents import IncidentQuery
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_list_model import COL_TITLE, CaseListModel
from app.ui.incident_labels import grade_name
from app.ui.incident_wizard import FACTS_PAGE, GRADE_PAGE, IncidentWizard


def open_wizard(qtbot: QtBot, workspace: Workspace, session: Session) -> IncidentWizard:
    wizard = IncidentWizard(workspace, session)
    qtbot.addWidget(wizard)
    wizard.open()
    return wizard


def choose(combo: object, value: str) -> None:
    index = combo.findData(value)  # type: ignore[attr-defined]
    assert index >= 0, value
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def fill_leak(wizard: IncidentWizard, title: str = "部門群組洩露諮詢記錄") -> None:
    ui = wizard.ui
    choose(ui.categoryCombo, IncidentCategory.PRIVACY_LEAK.value)
    ui.titleEdit.setText(title)
    ui.peopleSpin.setValue(12)
    ui.departmentsEdit.setText("Finance, 人力資源部")
    ui.nextButton.click()
    assert ui.pages.currentIndex() == GRADE_PAGE
    choose(ui.leakTierCombo, "moderate")
    choose(ui.urgencyCombo, "medium")


@pytest.fixture
def counsellor(sessions: dict[Role, Session]) -> Session:
    return sessions[Role.COUNSELLOR]


def test_the_suggested_grade_and_its_reasons_follow_the_answers(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    wizard = open_wizard(qtbot, workspace, counsellor)
    fill_leak(wizard)
    ui = wizard.ui
    assert wizard.suggestion().grade is Grade.III
    assert grade_name(Grade.III) in ui.suggestionLabel.text()
    assert "leak tier moderate" in ui.reasonsLabel.text()
    assert "Not assessed yet: direct loss" in ui.reasonsLabel.text()
    assert "counselling records" in ui.leakTierHelpLabel.text()
    ui.sensitiveGroupCheck.setChecked(True)
    assert wizard.suggestion().grade is Grade.II
    assert "sensitive group" in ui.reasonsLabel.text()
    ui.riskToLifeCheck.setChecked(True)
    assert wizard.suggestion().grade is Grade.I
    assert grade_name(Grade.I) in ui.gradeCombo.itemText(0)
    ui.riskToLifeCheck.setChecked(False)
    ui.directLossEdit.setText("1,500,000")
    assert wizard.suggestion().grade is Grade.I
    assert "direct loss 1,500,000.00" in ui.reasonsLabel.text()


def test_creating_saves_the_incident_and_it_appears_in_the_list(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    wizard = open_wizard(qtbot, workspace, counsellor)
    fill_leak(wizard)
    with qtbot.waitSignal(wizard.incidentCreated, timeout=5000) as created_signal:
        assert wizard.submit()
    created = wizard.created
    assert created is not None
    assert created_signal.args == [created.id]
    assert wizard.result() == IncidentWizard.DialogCode.Accepted
    assert created.title == "部門群組洩露諮詢記錄"
    assert created.grade is Grade.III
    assert created.status is Status.REPORTED
    assert created.departments == ("Finance", "人力資源部")
    assert created.people_involved == 12
    assert created.checklist == ()
    model = CaseListModel(workspace, counsellor)
    model.load(IncidentQuery())
    assert model.rowCount() == 1
    assert model.index(0, COL_TITLE).data() == "部門群組洩露諮詢記錄"


def test_an_override_without_a_reason_is_refused_and_nothing_is_saved(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    wizard = open_wizard(qtbot, workspace, counsellor)
    fill_leak(wizard)
    ui = wizard.ui
    choose(ui.gradeCombo, Grade.IV.value)
    assert "required" in ui.overrideReasonLabel.text()
    assert not wizard.submit()
    assert wizard.created is None
    assert "record the reason for the override" in ui.gradeMessageLabel.text()
    assert ui.overrideReasonEdit.styleSheet()  # marked next to the field
    assert workspace.incidents.count(counsellor, IncidentQuery()) == 0
    ui.overrideReasonEdit.setText("Only two colleagues saw it; deleted within the hour")
    assert wizard.submit()
    assert wizard.created.grade is Grade.IV
    assert wizard.created.suggested_grade is Grade.III
    assert wizard.created.grade_override_reason.startswith("Only two")


def test_missing_facts_are_marked_on_the_first_page(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    wizard = open_wizard(qtbot, workspace, counsellor)
    ui = wizard.ui
    ui.titleEdit.setText("   ")
    ui.detectedUnknownCheck.setChecked(False)
    ui.occurredUnknownCheck.setChecked(False)
    ui.occurredEdit.setDateTime(QDateTime.currentDateTime())
    ui.detectedEdit.setDateTime(QDateTime.currentDateTime().addSecs(-3600))  # detected before it happened
    assert not wizard.next_page()
    assert ui.pages.currentIndex() == FACTS_PAGE
    text = wizard.problem_text()
    assert "Title: is required" in text
    assert "Detected at: is before occurred_at" in text
    assert ui.titleEdit.styleSheet()
    assert ui.detectedEdit.styleSheet()
    assert workspace.incidents.count(counsellor, IncidentQuery()) == 0


def test_a_bad_amount_is_marked_and_a_future_report_is_refused_by_the_service(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    wizard = open_wizard(qtbot, workspace, counsellor)
    fill_leak(wizard)
    ui = wizard.ui
    ui.directLossEdit.setText("twelve")
    assert "No suggestion" in ui.suggestionLabel.text()
    assert not wizard.submit()
    assert "Direct loss:" in wizard.problem_text()
    ui.directLossEdit.setText("")
    ui.reportedEdit.setDateTime(QDateTime.currentDateTime().addSecs(6 * 3600))
    assert not wizard.submit()
    assert ui.pages.currentIndex() == FACTS_PAGE
    assert "Reported at: is in the future" in wizard.problem_text()
    assert workspace.incidents.count(counsellor, IncidentQuery()) == 0


def test_activation_is_asked_and_then_copies_the_plan(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    wizard = open_wizard(qtbot, workspace, counsellor)
    fill_leak(wizard)
    wizard.ui.activateCheck.setChecked(True)
    assert wizard.submit()
    created = wizard.created
    assert created.status is Status.RESPONDING
    assert created.checklist  # the response plan for a leak
    assert [c.to_status for c in created.status_changes] == [
        Status.VERIFIED,
        Status.ASSESSED,
        Status.RESPONDING,
    ]
    assert wizard.activation_error is None


def test_drills_are_flagged(qtbot: QtBot, workspace: Workspace, counsellor: Session) -> None:
    wizard = open_wizard(qtbot, workspace, counsellor)
    choose(wizard.ui.kindCombo, "drill")
    fill_leak(wizard, "Tabletop drill")
    assert wizard.submit()
    assert wizard.created.is_drill
    assert not wizard.created.is_test


def test_hr_manager_is_refused_by_the_service(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    wizard = open_wizard(qtbot, workspace, sessions[Role.HR_MANAGER])
    assert not wizard.ui.activateCheck.isVisible()
    fill_leak(wizard)
    assert not wizard.submit()
    assert "may not" in wizard.problem_text()
    assert workspace.incidents.count(sessions[Role.COUNSELLOR], IncidentQuery()) == 0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    form=st.fixed_dictionaries(
        {
            "title": st.text(max_size=250),
            "departments": st.text(max_size=120),
            "loss": st.text(max_size=20),
            "people": st.integers(min_value=-1, max_value=10_000_000),
            "hours_ago": st.integers(min_value=-48, max_value=48),
        }
    )
)
def test_any_input_gives_a_clear_message_or_a_whole_record(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, form: dict
) -> None:
    before = workspace.incidents.count(counsellor, IncidentQuery())
    wizard = open_wizard(qtbot, workspace, counsellor)
    ui = wizard.ui
    ui.titleEdit.setText(form["title"])
    ui.departmentsEdit.setText(form["departments"])
    ui.peopleSpin.setValue(form["people"])
    ui.reportedEdit.setDateTime(QDateTime.currentDateTime().addSecs(-form["hours_ago"] * 3600))
    ui.directLossEdit.setText(form["loss"])
    ok = wizard.submit()
    after = workspace.incidents.count(counsellor, IncidentQuery())
    if ok:
        assert after == before + 1
        assert wizard.created is not None
        assert wizard.created.reported_at <= wizard.created.created_at + timedelta(minutes=5)
    else:
        assert after == before
        assert wizard.problem_text().strip()
        assert wizard.created is None
