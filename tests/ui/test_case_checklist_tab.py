"""The checklist tab on a real database: empty state, created on responding, mark done, progress."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.domain.lifecycle import Status
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_checklist_tab import DONE, LEFT, ROLE, STEP, ChecklistTab
from app.ui.case_detail import CaseDetail
from app.ui.checklist_step_dialog import ChecklistStepDialog
from app.ui.incident_labels import OVERDUE_COLOUR
from app.ui.preferences import LANGUAGE
from tests.ui.test_case_detail import make_detail, make_incident


def checklist_of(detail: CaseDetail) -> ChecklistTab:
    tab = detail.tab("checklist")
    assert isinstance(tab, ChecklistTab)
    detail.ui.tabs.setCurrentWidget(tab)
    return tab


def respond(workspace: Workspace, session: Session, incident_id: int) -> None:
    for target in (Status.VERIFIED, Status.ASSESSED, Status.RESPONDING):
        workspace.incidents.transition(session, incident_id, target)


def test_empty_state_before_the_response(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = checklist_of(detail)
    assert tab.ui.emptyLabel.isVisible()
    assert "responding" in tab.ui.emptyLabel.text()
    assert not tab.ui.checklistTable.isVisible()
    assert not tab.ui.markDoneButton.isEnabled()


def test_mark_done_after_moving_to_responding(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    respond(workspace, session, incident.id)
    items = workspace.incidents.get(session, incident.id).checklist
    assert items
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = checklist_of(detail)
    assert not tab.ui.emptyLabel.isVisible()
    assert tab.model.rowCount() == len(items)
    assert tab.ui.progressLabel.text() == f"0 of {len(items)} done"
    first = min(items, key=lambda item: item.order)
    assert tab.model.index(0, STEP).data() == first.title_en
    assert tab.model.index(0, ROLE).data()  # a translated role name
    assert "due in" in tab.model.index(0, LEFT).data()
    assert tab.selected_item() is not None
    assert tab.selected_item().id == first.id
    with qtbot.waitSignal(detail.incidentChanged):
        tab.ui.markDoneButton.click()
    stored = {item.id: item for item in workspace.incidents.get(session, incident.id).checklist}
    assert stored[first.id].done_at is not None
    assert stored[first.id].done_by == session.user_id
    assert tab.ui.progressLabel.text() == f"1 of {len(items)} done"
    assert session.username in tab.model.index(0, DONE).data()
    assert tab.model.index(0, LEFT).data() == ""
    assert tab.selected_item().id != first.id  # the next open step is selected for the next Mark done
    tab.select_item(first.id)
    assert not tab.ui.markDoneButton.isEnabled()  # a done step cannot be done twice


def test_overdue_step_is_red_and_chinese_titles(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session, reported_ago=timedelta(days=3))
    respond(workspace, session, incident.id)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = checklist_of(detail)
    tab.model.refresh_times(datetime.now(UTC) + timedelta(days=60))  # as if two months passed
    last = tab.model.rowCount() - 1
    assert "overdue by" in tab.model.index(last, LEFT).data()
    assert tab.model.index(last, LEFT).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    LANGUAGE.set("zh_TW")
    tab.retranslate()
    first = min(workspace.incidents.get(session, incident.id).checklist, key=lambda item: item.order)
    assert tab.model.index(0, STEP).data() == first.title_zh
    assert first.title_zh.startswith("透過多重管道")  # the built-in step, stored in Traditional
    LANGUAGE.set("zh_CN")
    tab.retranslate()
    assert tab.model.index(0, STEP).data().startswith("通过多重管道")
    assert tab.model.index(0, STEP).data(Qt.ItemDataRole.ToolTipRole).startswith(first.title_en)


def test_hr_manager_sees_the_checklist_but_cannot_mark(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, counsellor)
    respond(workspace, counsellor, incident.id)
    detail = make_detail(qtbot, workspace, sessions[Role.HR_MANAGER])
    detail.show_incident(incident.id)
    tab = checklist_of(detail)
    assert tab.model.rowCount() > 0
    assert not tab.ui.markDoneButton.isVisible()
    tab.mark_done()
    assert all(item.done_at is None for item in workspace.incidents.get(counsellor, incident.id).checklist)


def test_add_a_step_on_the_fly(qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]) -> None:
    session = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, session)
    detail = make_detail(qtbot, workspace, session)
    detail.show_incident(incident.id)
    tab = checklist_of(detail)
    assert tab.ui.addStepButton.isVisible()  # before the plan is activated too
    tab.ui.addStepButton.click()
    dialog = tab.dialog
    assert isinstance(dialog, ChecklistStepDialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.assertNotEmitted(detail.incidentChanged):
        ok.click()  # no title yet: refused in the dialog, nothing saved
    assert "required" in dialog.ui.messageLabel.text()
    assert dialog.isVisible()
    assert workspace.incidents.get(session, incident.id).checklist == ()
    qtbot.keyClicks(dialog.ui.titleEdit, "Call the family liaison")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("hr"))
    due = QDateTime.currentDateTime().addSecs(3 * 3600)
    dialog.ui.dueEdit.setDateTime(due)
    with qtbot.waitSignal(detail.incidentChanged):
        ok.click()
    stored = workspace.incidents.get(session, incident.id).checklist
    assert [(i.title_en, i.role, i.added_by) for i in stored] == [
        ("Call the family liaison", "hr", session.user_id)
    ]
    assert abs((stored[0].due_at - due.toPython().astimezone()).total_seconds()) < 60
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, STEP).data() == "Call the family liaison"
    assert tab.model.index(0, ROLE).data() == "HR"
    selected = tab.selected_item()
    assert selected is not None
    assert selected.id == stored[0].id


def test_hr_manager_sees_a_step_added_on_the_fly_as_withheld(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident = make_incident(workspace, counsellor)
    workspace.incidents.add_checklist_step(
        counsellor,
        incident.id,
        "CANARY-STEP call 張三's sister",
        "counsellor",
        datetime.now(UTC) + timedelta(hours=2),
    )
    detail = make_detail(qtbot, workspace, sessions[Role.HR_MANAGER])
    detail.show_incident(incident.id)
    tab = checklist_of(detail)
    assert [(i.title_en, i.title_zh, i.withheld) for i in tab.model.rows()] == [("", "", True)]
    index = tab.model.index(0, STEP)
    assert index.data() == "(withheld)"
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "CANARY" not in str(index.data(Qt.ItemDataRole.ToolTipRole))
    assert not tab.ui.addStepButton.isVisible()
    assert tab.add_step() is None
