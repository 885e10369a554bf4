"""The communication tab standalone (pytest-qt): template, placeholders, preview, approve, sent, copy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.domain.communication_templates import DraftState, TemplateKind
from app.domain.grading import Grade, GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_communication_tab import CommunicationTab
from app.ui.case_tabs import TAB_CLASSES, tab_classes

TYPED = {
    "organisation": "宏達科技",
    "facts": "一份篩查報告誤寄至全體郵件群組。",
    "data_categories": "心理篩查結果",
    "measures": "已撤回郵件並關閉群組。",
    "hotline": "0800-123-456",
    "contact_person": "陳美",
    "contact_email": "eap@example.com",
    "next_update": "週五",
}


def new_incident(workspace: Workspace, session: Session) -> int:
    return workspace.incidents.create(
        session,
        IncidentFacts(
            title="Screening report mailed to everyone",
            category=IncidentCategory.PRIVACY_LEAK,
            reported_at=datetime.now(UTC) - timedelta(hours=2),
        ),
        GradingInput(),
        chosen_grade=Grade.II,
        override_reason="test grade",
    ).incident.id


def open_tab(qtbot: QtBot, workspace: Workspace, session: Session, incident_id: int) -> CommunicationTab:
    tab = CommunicationTab(workspace, session)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_incident(workspace.incidents.get(session, incident_id))
    return tab


def choose(tab: CommunicationTab, kind: TemplateKind, language: str) -> None:
    tab.ui.templateCombo.setCurrentIndex(tab.ui.templateCombo.findData(kind.value))
    tab.ui.languageCombo.setCurrentIndex(tab.ui.languageCombo.findData(language))


def test_the_tab_is_registered_and_hidden_from_hr(
    workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    assert "app.ui.case_communication_tab:CommunicationTab" in TAB_CLASSES
    assert CommunicationTab in tab_classes()
    assert CommunicationTab.key == "communication"
    assert CommunicationTab.visible_for(workspace, sessions[Role.COUNSELLOR])
    assert not CommunicationTab.visible_for(workspace, sessions[Role.HR_MANAGER])


def test_compose_preview_save_approve_and_mark_sent(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident = new_incident(workspace, counsellor)
    code = workspace.incidents.get(counsellor, incident).code
    tab = open_tab(qtbot, workspace, counsellor, incident)
    choose(tab, TemplateKind.AFFECTED_NOTICE, "zh")
    qtbot.mouseClick(tab.ui.newDraftButton, Qt.MouseButton.LeftButton)
    assert "{hotline}" in tab.ui.bodyEdit.toPlainText()
    names = tab.values_model.rows()
    assert {"incident_code", "reported_date", "hotline", "measures"} <= set(names)
    code_row = names.index("incident_code")
    assert tab.values_model.data(tab.values_model.index(code_row, 1)) == code  # from the incident

    tab.update_preview()
    assert tab.rendering is not None
    assert code in tab.ui.previewEdit.toPlainText()
    assert "{hotline}" in tab.ui.problemsLabel.text()
    assert not tab.rendering.complete

    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    (saved,) = tab.drafts_model.rows()
    assert saved.state is DraftState.DRAFT
    assert "hotline" in saved.missing
    assert not tab.ui.approveButton.isEnabled()

    for name, value in TYPED.items():
        tab.set_value(name, value)
    tab.update_preview()
    assert tab.rendering is not None
    assert tab.rendering.complete
    assert "0800-123-456" in tab.ui.previewEdit.toPlainText()
    assert "已撤回郵件並關閉群組。" in tab.ui.previewEdit.toPlainText()
    assert tab.ui.approveButton.isEnabled()  # the unsaved values are saved before approving
    qtbot.mouseClick(tab.ui.approveButton, Qt.MouseButton.LeftButton)
    (approved,) = tab.drafts_model.rows()
    assert approved.state is DraftState.APPROVED
    assert approved.values["hotline"] == "0800-123-456"
    assert tab.ui.markSentButton.isEnabled()

    tab.ui.sentChannelCombo.setCurrentIndex(tab.ui.sentChannelCombo.findData("email"))
    qtbot.mouseClick(tab.ui.markSentButton, Qt.MouseButton.LeftButton)
    (sent,) = tab.drafts_model.rows()
    assert sent.state is DraftState.SENT
    assert "E-mail" in tab.drafts_model.data(tab.drafts_model.index(0, 4))
    assert tab.ui.bodyEdit.isReadOnly()
    assert not tab.ui.saveButton.isEnabled()


def test_unknown_placeholder_is_reported_in_the_preview(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    tab = open_tab(qtbot, workspace, counsellor, new_incident(workspace, counsellor))
    tab.ui.subjectEdit.setText("Notice {incident_code}")
    tab.ui.bodyEdit.setPlainText("Call {hotlne}.")
    tab.update_preview()
    assert "{hotlne}" in tab.ui.problemsLabel.text()
    assert "spelling" in tab.ui.problemsLabel.text()


def test_copy_puts_the_rendered_text_on_the_clipboard(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident = new_incident(workspace, counsellor)
    tab = open_tab(qtbot, workspace, counsellor, incident)
    choose(tab, TemplateKind.INTERNAL_NOTICE, "en")
    qtbot.mouseClick(tab.ui.newDraftButton, Qt.MouseButton.LeftButton)
    tab.update_preview()
    qtbot.mouseClick(tab.ui.copyButton, Qt.MouseButton.LeftButton)
    code = workspace.incidents.get(counsellor, incident).code
    assert QGuiApplication.clipboard().text().startswith(f"Internal notice: {code}")


def test_template_editing_is_for_admins(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin, counsellor = sessions[Role.ADMIN], sessions[Role.COUNSELLOR]
    incident = new_incident(workspace, counsellor)
    assert open_tab(qtbot, workspace, counsellor, incident).ui.saveTemplateButton.isHidden()
    tab = open_tab(qtbot, workspace, admin, incident)
    choose(tab, TemplateKind.INTERNAL_NOTICE, "en")
    qtbot.mouseClick(tab.ui.newDraftButton, Qt.MouseButton.LeftButton)
    tab.ui.subjectEdit.setText("Staff update {incident_code}")
    qtbot.mouseClick(tab.ui.saveTemplateButton, Qt.MouseButton.LeftButton)
    assert (
        workspace.communications.template(admin, "internal_notice", "en").subject
        == "Staff update {incident_code}"
    )
    qtbot.mouseClick(tab.ui.resetTemplateButton, Qt.MouseButton.LeftButton)
    assert not workspace.communications.template(admin, "internal_notice", "en").overridden


def test_hr_manager_receives_nothing(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor, hr = sessions[Role.COUNSELLOR], sessions[Role.HR_MANAGER]
    incident = new_incident(workspace, counsellor)
    workspace.communications.template(counsellor, "internal_notice", "en")
    tab = open_tab(qtbot, workspace, hr, incident)
    assert tab.drafts_model.rows() == []
    assert tab.values_model.from_incident == {}
    assert "may not" in tab.ui.messageLabel.text()
