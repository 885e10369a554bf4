"""The review tab with pytest-qt on a real database: the closing note, saving, corrective actions, HR."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.domain.case_review import ActionStatus
from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.lifecycle import Status
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_review_tab import ReviewTab
from app.ui.case_tabs import tab_classes

TEXTS = {
    "root_cause": "CANARY-ROOT 權限設定錯誤",
    "recovery_plan": "Reset the share",
    "effect_evaluation": "Contained in two hours",
    "lessons_learned": "Review shares monthly",
}


def _resolved_incident(workspace: Workspace, session: Session) -> int:
    facts = IncidentFacts(
        title="Shared folder",
        category=IncidentCategory.PRIVACY_LEAK,
        reported_at=datetime.now(UTC) - timedelta(hours=3),
    )
    incident_id = workspace.incidents.create(session, facts, GradingInput()).incident.id
    for status in ("verified", "assessed", "responding", "contained", "resolved"):
        workspace.incidents.transition(session, incident_id, status)
    return incident_id


def _tab(qtbot: QtBot, workspace: Workspace, session: Session, incident_id: int) -> ReviewTab:
    tab = ReviewTab(workspace, session)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_incident(workspace.incidents.get(session, incident_id))
    return tab


@pytest.fixture
def counsellor(sessions: dict[Role, Session]) -> Session:
    return sessions[Role.COUNSELLOR]


def test_the_review_tab_is_registered() -> None:
    assert ReviewTab in tab_classes()
    assert ReviewTab.key == "review"


def test_filling_the_review_lets_the_incident_close(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    incident_id = _resolved_incident(workspace, counsellor)
    tab = _tab(qtbot, workspace, counsellor, incident_id)
    note = tab.ui.statusLabel.text()
    assert "root cause, recovery plan, effect evaluation, lessons learned" in note
    tab.edits["root_cause"].insertPlainText(TEXTS["root_cause"])  # QTest types Latin-1 only
    for name in ("recovery_plan", "effect_evaluation", "lessons_learned"):
        tab.edits[name].setFocus()
        qtbot.keyClicks(tab.edits[name], TEXTS[name])
    qtbot.mouseClick(tab.ui.saveReviewButton, Qt.MouseButton.LeftButton)
    assert tab.ui.messageLabel.text() == "Review saved."
    assert "can be closed as reviewed" in tab.ui.statusLabel.text()
    stored = workspace.reviews.get(counsellor, incident_id)
    assert stored.root_cause == TEXTS["root_cause"]
    assert stored.complete
    closed = workspace.incidents.transition(counsellor, incident_id, Status.REVIEWED)
    tab.show_incident(closed)
    assert "Closed as reviewed" in tab.ui.statusLabel.text()


def test_ctrl_s_saves_and_a_bad_field_is_named(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    incident_id = _resolved_incident(workspace, counsellor)
    tab = _tab(qtbot, workspace, counsellor, incident_id)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.ui.rootCauseEdit.setFocus()
    tab.ui.rootCauseEdit.setPlainText("bad\x00text")
    qtbot.keyClick(tab.ui.rootCauseEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert tab.ui.messageLabel.text().startswith("root cause: cannot contain a NUL")
    assert workspace.reviews.get(counsellor, incident_id).updated_at is None  # nothing saved
    tab.ui.rootCauseEdit.setPlainText("only the root cause")
    qtbot.keyClick(tab.ui.rootCauseEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert workspace.reviews.get(counsellor, incident_id).root_cause == "only the root cause"
    assert "fill in: recovery plan, effect evaluation, lessons learned" in tab.ui.statusLabel.text()


def test_unsaved_typing_survives_a_reload_of_the_same_incident(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    incident_id = _resolved_incident(workspace, counsellor)
    tab = _tab(qtbot, workspace, counsellor, incident_id)
    tab.ui.lessonsLearnedEdit.setFocus()
    qtbot.keyClicks(tab.ui.lessonsLearnedEdit, "half written")
    workspace.incidents.add_timeline_entry(counsellor, incident_id, "another tab changed the incident")
    tab.show_incident(workspace.incidents.get(counsellor, incident_id))
    assert tab.ui.lessonsLearnedEdit.toPlainText() == "half written"


def test_corrective_actions_add_edit_and_mark_done(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, sessions: dict[Role, Session]
) -> None:
    incident_id = _resolved_incident(workspace, counsellor)
    tab = _tab(qtbot, workspace, counsellor, incident_id)
    changes: list[bool] = []
    tab.changed.connect(lambda: changes.append(True))
    qtbot.keyClicks(tab.ui.actionTitleEdit, "Retrain HR on folder permissions")
    tab.ui.ownerCombo.setCurrentIndex(tab.ui.ownerCombo.findData("role:legal"))
    tab.ui.dueDateEdit.setDate(QDate(2027, 1, 31))
    qtbot.mouseClick(tab.ui.addActionButton, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    assert [tab.model.index(0, c).data() for c in range(4)] == [
        "Retrain HR on folder permissions", "Legal", "2027-01-31", "Open",
    ]  # fmt: skip
    assert "1 corrective action(s) still open" in tab.ui.statusLabel.text()
    tab.ui.actionsTable.selectRow(0)
    assert tab.ui.actionTitleEdit.text() == "Retrain HR on folder permissions"
    admin_index = tab.ui.ownerCombo.findData(f"user:{sessions[Role.ADMIN].user_id}")
    assert admin_index >= 0
    tab.ui.ownerCombo.setCurrentIndex(admin_index)
    qtbot.mouseClick(tab.ui.updateActionButton, Qt.MouseButton.LeftButton)
    action = workspace.reviews.get(counsellor, incident_id).actions[0]
    assert (action.owner_role, action.owner_user_id) == (None, sessions[Role.ADMIN].user_id)
    tab.ui.actionsTable.selectRow(0)
    qtbot.mouseClick(tab.ui.markDoneButton, Qt.MouseButton.LeftButton)
    assert workspace.reviews.get(counsellor, incident_id).actions[0].status is ActionStatus.DONE
    assert tab.model.index(0, 3).data() == "Done"
    assert "still open" not in tab.ui.statusLabel.text()
    assert len(changes) == 3
    tab.ui.actionTitleEdit.clear()
    qtbot.mouseClick(tab.ui.addActionButton, Qt.MouseButton.LeftButton)
    assert "action: is required" in tab.ui.messageLabel.text()
    assert tab.model.rowCount() == 1


def test_hr_manager_gets_no_review_text_and_cannot_edit(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, sessions: dict[Role, Session]
) -> None:
    incident_id = _resolved_incident(workspace, counsellor)
    workspace.reviews.save(counsellor, incident_id, **TEXTS)
    workspace.reviews.add_action(
        counsellor,
        incident_id,
        title="CANARY-ACTION call 張三",
        due_on=datetime(2027, 1, 1).date(),
        owner_role="hr",
    )
    hr = sessions[Role.HR_MANAGER]
    tab = _tab(qtbot, workspace, hr, incident_id)
    assert tab.review is not None
    assert (tab.review.root_cause, tab.review.lessons_learned, tab.review.plan_revisions) == (
        None,
        None,
        None,
    )
    assert [a.title for a in tab.review.actions] == [None]
    assert all(edit.toPlainText() == "" and edit.isReadOnly() for edit in tab.edits.values())
    assert tab.ui.saveReviewButton.isHidden()
    assert tab.ui.addActionButton.isHidden()
    assert tab.model.index(0, 0).data() == "(withheld)"
    shown = " ".join(tab.model.index(0, c).data() or "" for c in range(5)) + tab.ui.statusLabel.text()
    assert "CANARY" not in shown
    assert "can be closed as reviewed" in tab.ui.statusLabel.text()


def test_the_review_is_read_only_when_the_tab_is_on_screen(
    qtbot: QtBot, workspace: Workspace, counsellor: Session
) -> None:
    incident_id = _resolved_incident(workspace, counsellor)
    workspace.reviews.save(counsellor, incident_id, root_cause="known cause")

    def reads() -> int:
        return int(
            workspace.db.query_value("SELECT count(*) FROM audit_log WHERE action = 'incident_review.viewed'")
        )

    before = reads()
    tab = ReviewTab(workspace, counsellor)
    qtbot.addWidget(tab)
    tab.show_incident(workspace.incidents.get(counsellor, incident_id))
    assert (reads(), tab.review) == (before, None)  # hidden behind another tab: nothing read
    tab.show()
    assert reads() == before + 1
    assert tab.ui.rootCauseEdit.toPlainText() == "known cause"
