"""The risk links dialog over a real database: link and unlink incidents and drills, roles, the view."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.drills import DrillInput, Participant
from app.domain.grading import GradingInput, LeakTier
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.risk_input import RiskInput
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.background import wait_for_all
from app.ui.risk_links_dialog import RiskLinksDialog
from app.ui.risk_view import RiskView

INCIDENT_TITLE = "Counselling records emailed to the wrong team"


@pytest.fixture
def admin(sessions: dict[Role, Session]) -> Session:
    return sessions[Role.ADMIN]


@pytest.fixture
def risk_id(workspace: Workspace, admin: Session) -> int:
    data = RiskInput(
        title="Records sent to the wrong recipient",
        source="data_leak",
        owner_title="EAP lead",
        likelihood=3,
        impact=4,
    )
    return workspace.risks.create(admin, data).risk.id


@pytest.fixture
def incident_code(workspace: Workspace, admin: Session) -> str:
    facts = IncidentFacts(
        title=INCIDENT_TITLE,
        category=IncidentCategory.PRIVACY_LEAK,
        reported_at=datetime.now(UTC) - timedelta(minutes=5),
        people_involved=2,
    )
    return workspace.incidents.create(admin, facts, GradingInput(leak_tier=LeakTier.MODERATE)).incident.code


def make_drill(workspace: Workspace, session: Session, title: str = "Records leak tabletop") -> str:
    data = DrillInput(
        title=title,
        drill_type="tabletop",
        planned_start=datetime(2026, 12, 10, 9, tzinfo=UTC),
        planned_duration=timedelta(hours=1),
        scenario_grade="II",
        objectives=("Reach the crisis lead",),
        participants=(Participant(role="crisis_lead", department="EAP", name="Duty lead"),),
    )
    return workspace.drills.create(session, data).code


def make_dialog(qtbot: QtBot, workspace: Workspace, session: Session, risk_id: int) -> RiskLinksDialog:
    dialog = RiskLinksDialog(workspace, session, risk_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def column_texts(model: object, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]  # type: ignore[attr-defined]


def test_link_an_incident_by_code_lists_it_and_stores_it(
    qtbot: QtBot, workspace: Workspace, admin: Session, risk_id: int, incident_code: str
) -> None:
    dialog = make_dialog(qtbot, workspace, admin, risk_id)
    assert dialog.incidents_model.rowCount() == 0
    assert not dialog.ui.linkIncidentButton.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.ui.incidentCodeEdit, incident_code.lower())
    assert dialog.ui.linkIncidentButton.isEnabled()
    dialog.ui.linkIncidentButton.click()
    assert column_texts(dialog.incidents_model, 0) == [incident_code]
    assert column_texts(dialog.incidents_model, 4) == [INCIDENT_TITLE]
    assert not dialog.ui.incidentsTable.isColumnHidden(4)
    assert dialog.incidents_model.index(0, 1).data()  # the category, translated
    assert dialog.changed
    assert dialog.ui.incidentCodeEdit.text() == ""
    assert incident_code in dialog.ui.messageLabel.text()
    assert workspace.risks.get(admin, risk_id).risk.linked_incident_codes == (incident_code,)
    # the row just linked is selected: Unlink takes it away again
    assert dialog.selected_incident() is not None
    assert dialog.ui.unlinkIncidentButton.isEnabled()
    dialog.ui.unlinkIncidentButton.click()
    assert dialog.incidents_model.rowCount() == 0
    assert workspace.risks.get(admin, risk_id).risk.linked_incident_codes == ()


def test_unknown_incident_code_shows_the_message_and_links_nothing(
    qtbot: QtBot, workspace: Workspace, admin: Session, risk_id: int, incident_code: str
) -> None:
    dialog = make_dialog(qtbot, workspace, admin, risk_id)
    qtbot.keyClicks(dialog.ui.incidentCodeEdit, "INC-1999-9999")
    dialog.ui.linkIncidentButton.click()
    message = dialog.ui.messageLabel
    assert not message.isHidden()
    assert "INC-1999-9999" in message.text()
    assert "there is no incident with this code" in message.text()
    assert dialog.ui.incidentCodeEdit.text() == "INC-1999-9999"  # kept, to correct it
    assert dialog.incidents_model.rowCount() == 0
    assert not dialog.changed
    assert workspace.risks.get(admin, risk_id).risk.linked_incident_codes == ()


def test_link_a_drill_by_code_and_unlink_it(
    qtbot: QtBot, workspace: Workspace, admin: Session, risk_id: int
) -> None:
    code = make_drill(workspace, admin)
    make_drill(workspace, admin, "An unrelated drill")
    dialog = make_dialog(qtbot, workspace, admin, risk_id)
    assert dialog.drills_model.rowCount() == 0
    qtbot.keyClicks(dialog.ui.drillCodeEdit, code)
    dialog.ui.linkDrillButton.click()
    assert column_texts(dialog.drills_model, 0) == [code]
    assert column_texts(dialog.drills_model, 2) == ["2026-12-10"]
    assert column_texts(dialog.drills_model, 4) == ["Records leak tabletop"]
    assert [d.code for d in workspace.drills.drills_for_risk(admin, risk_id)] == [code]
    assert dialog.changed
    dialog.ui.drillsTable.selectRow(0)
    dialog.ui.unlinkDrillButton.click()
    assert dialog.drills_model.rowCount() == 0
    assert workspace.drills.drills_for_risk(admin, risk_id) == ()
    assert code in dialog.ui.messageLabel.text()


def test_unknown_drill_code_shows_the_message(
    qtbot: QtBot, workspace: Workspace, admin: Session, risk_id: int
) -> None:
    dialog = make_dialog(qtbot, workspace, admin, risk_id)
    qtbot.keyClicks(dialog.ui.drillCodeEdit, "DR-1999-0042")
    dialog.ui.linkDrillButton.click()
    assert "That drill does not exist." in dialog.ui.messageLabel.text()
    assert dialog.drills_model.rowCount() == 0
    assert not dialog.changed


def test_hr_manager_sees_the_lists_without_titles_or_buttons(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], risk_id: int, incident_code: str
) -> None:
    admin = sessions[Role.ADMIN]
    workspace.risks.link_incident(admin, risk_id, incident_code)
    drill_code = make_drill(workspace, admin)
    workspace.drills.link_risk(admin, workspace.drills.get_by_code(admin, drill_code).id, risk_id)
    dialog = make_dialog(qtbot, workspace, sessions[Role.HR_MANAGER], risk_id)
    assert column_texts(dialog.incidents_model, 0) == [incident_code]
    assert dialog.incidents_model.index(0, 2).data()  # the grade is shown
    assert column_texts(dialog.incidents_model, 4) == [""]  # de-identified: no title
    assert dialog.ui.incidentsTable.isColumnHidden(4)
    assert column_texts(dialog.drills_model, 0) == [drill_code]
    for widget in (dialog.ui.incidentActions, dialog.ui.drillActions):
        assert widget.isHidden()
    for button in (dialog.ui.linkIncidentButton, dialog.ui.unlinkIncidentButton):
        assert not button.isVisibleTo(dialog)
        assert not button.isEnabled()
    dialog.link_typed_incident()  # even when called, nothing is tried
    assert not dialog.changed
    assert INCIDENT_TITLE not in dialog.ui.explanationLabel.text()


def test_links_button_opens_the_dialog_and_reloads_keeping_the_selection(
    qtbot: QtBot, workspace: Workspace, admin: Session, risk_id: int, incident_code: str
) -> None:
    other = workspace.risks.create(
        admin,
        RiskInput(title="Another risk", source="cyber_attack", owner_title="IT", likelihood=1, impact=1),
    ).risk.id
    view = RiskView(workspace, admin)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.is_loading())
    assert not view.ui.linksButton.isEnabled()  # nothing selected
    assert view.select_risk(risk_id)
    assert view.ui.linksButton.isEnabled()
    assert other != risk_id

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RiskLinksDialog)
        dialog.ui.incidentCodeEdit.setText(incident_code)
        dialog.link_typed_incident()
        dialog.reject()

    QTimer.singleShot(0, drive)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.ui.linksButton.click()
    wait_for_all()
    assert view.selected_risk_id() == risk_id
    assert workspace.risks.get(admin, risk_id).risk.linked_incident_codes == (incident_code,)


def test_hr_manager_gets_an_enabled_links_button(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], risk_id: int
) -> None:
    view = RiskView(workspace, sessions[Role.HR_MANAGER])
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.is_loading())
    assert view.select_risk(risk_id)
    assert view.ui.linksButton.isVisibleTo(view)
    assert view.ui.linksButton.isEnabled()
    assert not view.ui.editButton.isVisibleTo(view)
