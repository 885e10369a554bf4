"""The People tab on its own (constructed directly, as the case detail will host it), with pytest-qt.

Dialogs are opened with ``open()`` by the tab and driven here through ``tab.dialog``; everything is
saved through the real service into a real SQLCipher file.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.roles import Role
from app.domain.screenings import Instrument
from app.services.incidents import IncidentView
from app.services.people import EmergencyContactInput, PersonInput
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_people_tab import PeopleTab
from app.ui.case_tabs import TAB_CLASSES, tab_classes
from app.ui.person_dialogs import PersonContactsDialog, PersonEditor, PersonFollowUpDialog, PersonNoteDialog
from app.ui.screening_dialog import ScreeningDialog

NAME = "CANARY 陳小明"
PHONE = "+852 6123 9876"


@pytest.fixture
def incident(workspace: Workspace, sessions: dict[Role, Session]) -> IncidentView:
    facts = IncidentFacts(
        title="Distress after layoffs",
        category=IncidentCategory.CRITICAL_EVENT,
        reported_at=datetime.now(UTC) - timedelta(hours=1),
    )
    created = workspace.incidents.create(sessions[Role.COUNSELLOR], facts, GradingInput()).incident
    return workspace.incidents.get(sessions[Role.COUNSELLOR], created.id)


def make_tab(qtbot: QtBot, workspace: Workspace, session: Session, incident: IncidentView) -> PeopleTab:
    tab = PeopleTab(workspace, session)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_incident(incident)
    return tab


def model_values(model: object) -> list[str]:
    """Every value the model hands a view, in every role a view asks for."""
    values = []
    for row in range(model.rowCount()):  # type: ignore[attr-defined]
        for column in range(model.columnCount()):  # type: ignore[attr-defined]
            index = model.index(row, column)  # type: ignore[attr-defined]
            for role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
            ):
                values.append(str(model.data(index, role)))  # type: ignore[attr-defined]
    return values


def widget_texts(root: QWidget) -> str:
    texts = [label.text() for label in root.findChildren(QLabel)]
    texts.append(root.windowTitle())
    return "\n".join(texts)


def audit_actions(workspace: Workspace) -> list[str]:
    return [row[0] for row in workspace.db.query("SELECT action FROM audit_log ORDER BY seq")]


def test_the_tab_is_registered_and_hidden_from_hr(
    workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    assert "app.ui.case_people_tab:PeopleTab" in TAB_CLASSES
    assert PeopleTab in tab_classes()
    assert PeopleTab.key == "people"
    assert PeopleTab.visible_for(workspace, sessions[Role.COUNSELLOR])
    assert PeopleTab.visible_for(workspace, sessions[Role.ADMIN])
    assert not PeopleTab.visible_for(workspace, sessions[Role.HR_MANAGER])


def test_link_a_person_and_see_the_identity_only_after_asking(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], incident: IncidentView
) -> None:
    tab = make_tab(qtbot, workspace, sessions[Role.COUNSELLOR], incident)
    assert tab.ui.emptyLabel.isVisible()
    qtbot.mouseClick(tab.ui.linkPersonButton, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, PersonEditor)
    dialog.ui.fullNameEdit.setText(NAME)
    dialog.ui.phoneEdit.setText(PHONE)
    dialog.ui.departmentEdit.setText("Logistics")
    dialog.accept()
    assert not dialog.isVisible()
    assert tab.people_model.rowCount() == 1
    person = tab.selected_person()
    assert person is not None
    assert person.pseudonym.startswith("P-")
    assert tab.follow_ups_model.rowCount() == 3
    # nothing the views were given holds the identity until it is asked for
    shown = "\n".join([*model_values(tab.people_model), widget_texts(tab)])
    assert NAME not in shown
    assert PHONE not in shown
    assert "person.identity_viewed" not in audit_actions(workspace)
    qtbot.mouseClick(tab.ui.showIdentityButton, Qt.MouseButton.LeftButton)
    assert tab.ui.fullNameValue.text() == NAME
    assert tab.ui.phoneValue.text() == PHONE
    assert "person.identity_viewed" in audit_actions(workspace)
    qtbot.mouseClick(tab.ui.hideIdentityButton, Qt.MouseButton.LeftButton)
    assert tab.ui.fullNameValue.text() == ""
    assert tab.identity is None


def test_the_editor_shows_problems_and_saves_nothing(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], incident: IncidentView
) -> None:
    tab = make_tab(qtbot, workspace, sessions[Role.COUNSELLOR], incident)
    tab.link_person()
    dialog = tab.dialog
    assert isinstance(dialog, PersonEditor)
    dialog.ui.emailEdit.setText("not an address")
    dialog.accept()
    assert dialog.isVisible()
    assert "email" in dialog.ui.messageLabel.text()
    assert "not an address" not in dialog.ui.messageLabel.text()
    assert workspace.db.query_value("SELECT count(*) FROM incident_people") == 0
    dialog.reject()


def test_the_screening_dialog_scores_live_and_flags_item_nine(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], incident: IncidentView
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    workspace.people.link_person(counsellor, incident.id, PersonInput())
    tab = make_tab(qtbot, workspace, counsellor, incident)
    assert not tab.ui.alertLabel.isVisible()
    qtbot.mouseClick(tab.ui.recordScreeningButton, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ScreeningDialog)
    assert dialog.instrument() is Instrument.PHQ9
    assert dialog.ui.item9Combo.isVisible()
    assert "Little interest" in dialog.ui.item1Label.text()
    dialog.set_answers([1, 1, 1, 1, 0, 0, 0, 0])
    assert "1 items not answered" in dialog.ui.totalLabel.text()
    dialog.accept()  # incomplete: refused in the dialog
    assert dialog.isVisible()
    assert "9" in dialog.ui.messageLabel.text()
    assert workspace.db.query_value("SELECT count(*) FROM person_screenings") == 0
    dialog.set_answers([1, 1, 1, 1, 0, 0, 0, 0, 1])
    assert dialog.ui.totalLabel.text() == "Total: 5 of 27"
    assert dialog.ui.bandLabel.text() == "Severity: Mild"
    assert dialog.ui.flagLabel.isVisible()
    assert "c62828" in dialog.ui.item9Label.styleSheet()
    dialog.set_answers([1, 1, 1, 1, 0, 0, 0, 0, 0])
    assert not dialog.ui.flagLabel.isVisible()
    assert dialog.ui.item9Label.styleSheet() == ""
    dialog.set_answers([1, 1, 1, 1, 0, 0, 0, 0, 2])
    dialog.accept()
    assert not dialog.isVisible()
    assert tab.screenings_model.rowCount() == 1
    assert tab.ui.alertLabel.isVisible()
    assert "RED ALERT" in tab.ui.alertLabel.text()
    assert "item 9" in tab.ui.alertLabel.text()
    assert tab.people_model.data(tab.people_model.index(0, tab.people_model.ALERT)) == "RED ALERT"


def test_gad7_shows_seven_items(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], incident: IncidentView
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    person = workspace.people.link_person(counsellor, incident.id, PersonInput())
    dialog = ScreeningDialog(workspace, counsellor, person)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_instrument(Instrument.GAD7)
    assert dialog.ui.item7Combo.isVisible()
    assert not dialog.ui.item8Combo.isVisible()
    assert not dialog.ui.item9Combo.isVisible()
    dialog.set_answers([3, 3, 3, 3, 3, 0, 0])
    assert (dialog.ui.totalLabel.text(), dialog.ui.bandLabel.text()) == (
        "Total: 15 of 21",
        "Severity: Severe",
    )
    dialog.accept()
    (saved,) = workspace.people.screenings(counsellor, person.id)
    assert (saved.instrument, saved.total) == (Instrument.GAD7, 15)


def test_follow_up_marked_done_with_an_outcome(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], incident: IncidentView
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    workspace.people.link_person(counsellor, incident.id, PersonInput())
    tab = make_tab(qtbot, workspace, counsellor, incident)
    tab.ui.followUpsTable.selectRow(0)
    assert tab.ui.markDoneButton.isEnabled()
    qtbot.mouseClick(tab.ui.markDoneButton, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, PersonNoteDialog)
    dialog.ui.textEdit.setPlainText("Reached by phone; sleeping badly.")
    dialog.accept()
    first = tab.follow_ups_model.row_at(0)
    assert first.done_at is not None
    assert first.outcome == "Reached by phone; sleeping badly."
    assert (
        tab.follow_ups_model.data(tab.follow_ups_model.index(0, tab.follow_ups_model.STATE)) == "done in time"
    )
    tab.ui.followUpsTable.selectRow(0)
    assert not tab.ui.markDoneButton.isEnabled()


def test_notes_are_signed_corrected_by_the_author_and_amended(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], incident: IncidentView
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    workspace.people.link_person(counsellor, incident.id, PersonInput())
    tab = make_tab(qtbot, workspace, counsellor, incident)
    qtbot.mouseClick(tab.ui.addNoteButton, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, PersonNoteDialog)
    assert "24 hour(s)" in dialog.ui.explanationLabel.text()
    dialog.accept()  # empty: refused, kept open
    assert dialog.isVisible()
    assert "text" in dialog.ui.messageLabel.text()
    dialog.ui.textEdit.setPlainText("Seen at 10:00; tearful, no plan.")
    dialog.accept()
    assert tab.notes_model.rowCount() == 1
    tab.ui.notesTable.selectRow(0)
    assert tab.ui.noteView.toPlainText() == "Seen at 10:00; tearful, no plan."
    assert "editable by the author" in tab.ui.noteStateLabel.text()
    assert tab.ui.correctNoteButton.isEnabled()
    tab.correct_note()
    correction = tab.dialog
    assert isinstance(correction, PersonNoteDialog)
    assert correction.ui.textEdit.toPlainText() == "Seen at 10:00; tearful, no plan."
    correction.ui.textEdit.setPlainText("Seen at 10:00; tearful, no plan or means.")
    correction.accept()
    tab.ui.notesTable.selectRow(0)
    assert "revision 2" in tab.ui.noteStateLabel.text()
    tab.add_addendum()
    addendum = tab.dialog
    assert isinstance(addendum, PersonNoteDialog)
    assert addendum.ui.originalView.toPlainText() == "Seen at 10:00; tearful, no plan or means."
    addendum.ui.textEdit.setPlainText("Called again at 16:00.")
    addendum.accept()
    assert [n.kind.value for n in tab.notes_model.rows()] == ["clinical_note", "addendum"]
    # another counsellor may add addenda but not correct someone else's note
    other = sessions[Role.ADMIN]
    other_tab = make_tab(qtbot, workspace, other, incident)
    other_tab.ui.detailTabs.setCurrentWidget(other_tab.ui.notesPage)
    other_tab.ui.notesTable.selectRow(0)
    assert not other_tab.ui.correctNoteButton.isEnabled()
    assert other_tab.ui.addAddendumButton.isEnabled()


def test_emergency_contacts_need_the_authorisation_before_use(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], incident: IncidentView
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    workspace.people.link_person(counsellor, incident.id, PersonInput())
    tab = make_tab(qtbot, workspace, counsellor, incident)
    tab.edit_contacts()
    dialog = tab.dialog
    assert isinstance(dialog, PersonContactsDialog)
    assert not dialog.ui.method1Combo.isEnabled()
    dialog.ui.name1Edit.setText("Mother")
    dialog.ui.phone1Edit.setText("2111 2222")
    dialog.ui.name2Edit.setText("Brother")
    dialog.ui.phone2Edit.setText("6333 4444")
    dialog.ui.authorised2Check.setChecked(True)
    assert dialog.ui.method2Combo.isEnabled()
    dialog.accept()  # authorised without saying how: refused
    assert dialog.isVisible()
    assert "consent_method" in dialog.ui.messageLabel.text()
    dialog.ui.method2Combo.setCurrentIndex(dialog.ui.method2Combo.findData("written"))
    dialog.accept()
    assert not dialog.isVisible()
    assert tab.identity is not None
    assert [c.name for c in tab.contacts_model.rows()] == ["Mother", "Brother"]
    tab.ui.contactsTable.selectRow(0)
    assert not tab.ui.useContactButton.isEnabled()
    tab.ui.contactsTable.selectRow(1)
    assert tab.ui.useContactButton.isEnabled()
    tab.record_contact_use()
    use = tab.dialog
    assert isinstance(use, PersonNoteDialog)
    use.ui.textEdit.setPlainText("Red alert: no answer from the employee.")
    use.accept()
    assert "person.emergency_contact_used" in audit_actions(workspace)
    assert workspace.db.query_value("SELECT count(*) FROM person_emergency_contact_uses") == 1


def test_an_hr_session_that_builds_the_tab_anyway_receives_nothing(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], incident: IncidentView
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    person = workspace.people.link_person(counsellor, incident.id, PersonInput(full_name=NAME, phone=PHONE))
    workspace.people.add_note(counsellor, person.id, "CANARY note text")
    workspace.people.set_emergency_contacts(
        counsellor, person.id, [EmergencyContactInput("CANARY kin", "2111 2222")]
    )
    hr = sessions[Role.HR_MANAGER]
    hr_view = workspace.incidents.get(hr, incident.id)
    tab = make_tab(qtbot, workspace, hr, hr_view)
    for model in (
        tab.people_model,
        tab.follow_ups_model,
        tab.screenings_model,
        tab.notes_model,
        tab.contacts_model,
    ):
        assert model.rowCount() == 0
    assert "may not" in tab.ui.messageLabel.text()
    assert not tab.ui.linkPersonButton.isVisible()
    tab.show_identity()
    assert tab.identity is None
    assert "CANARY" not in widget_texts(tab)
    assert workspace.people.people_count(hr, incident.id).total == 1
    denied = workspace.db.query("SELECT detail FROM audit_log WHERE action = 'access.denied'")
    assert denied
    assert all(json.loads(d) == {"role": "hr_manager"} for (d,) in denied)


def test_an_ad_hoc_follow_up_and_the_clinical_judgement(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], incident: IncidentView
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    workspace.people.link_person(counsellor, incident.id, PersonInput())
    tab = make_tab(qtbot, workspace, counsellor, incident)
    qtbot.mouseClick(tab.ui.addFollowUpButton, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, PersonFollowUpDialog)
    due = (datetime.now(UTC) + timedelta(days=2)).replace(second=0, microsecond=0)
    dialog.set_due_at(due)
    dialog.accept()  # nothing said about what it is for: refused
    assert dialog.isVisible()
    assert "label" in dialog.ui.messageLabel.text()
    dialog.ui.labelEdit.setText("Check the GP referral")
    dialog.accept()
    added = [f for f in tab.follow_ups_model.rows() if f.label == "Check the GP referral"]
    assert len(added) == 1
    assert added[0].due_at == due
    assert not tab.ui.alertLabel.isVisible()
    tab.ui.concernCheck.click()
    assert tab.ui.alertLabel.isVisible()
    assert "clinical judgement" in tab.ui.alertLabel.text()
    assert tab.selected_person() is not None
    assert tab.selected_person().clinical_concern
