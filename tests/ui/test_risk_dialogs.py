"""The risk editor and the review dialog, driven through their widgets against a real database."""

from __future__ import annotations

import sys
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.domain.crisis_roles import CrisisRole
from app.domain.risk_input import RiskInput
from app.domain.risks import RiskLevel, RiskScores, RiskStatus
from app.domain.roles import Role
from app.services.risks import RiskSaved
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.risk_editor import OWNER_TITLE, RiskEditor, select_data
from app.ui.risk_labels import formula_text
from app.ui.risk_review_dialog import RiskReviewDialog

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today_at_test_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite runs for twenty minutes and may cross midnight: each test takes its own 'today'."""
    monkeypatch.setattr(sys.modules[__name__], "TODAY", date.today())


def _risk(workspace: Workspace, session: Session, **changes: object) -> RiskSaved:
    values: dict[str, object] = {
        "title": "Case files copied to a personal cloud drive",
        "source": "data_leak",
        "category": "Confidentiality",
        "owner_role": CrisisRole.IT_SECURITY,
        "likelihood": 3,
        "impact": 3,
        "controls": "Cloud uploads blocked on office laptops",
    }
    values.update(changes)
    return workspace.risks.create(session, RiskInput(**values))  # type: ignore[arg-type]


def _editor(qtbot: QtBot, workspace: Workspace, session: Session, risk: object = None) -> RiskEditor:
    editor = RiskEditor(workspace, session, risk)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    return editor


def test_editor_creates_a_risk_the_service_has(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    editor = _editor(qtbot, workspace, admin)
    ui = editor.ui
    assert ui.codeEdit.text() == ""
    ui.titleEdit.setText("Burn-out among the night-shift counsellors")
    select_data(ui.sourceCombo, "workload_stress")
    ui.categoryCombo.setEditText("People")
    select_data(ui.ownerKindCombo, OWNER_TITLE)
    ui.ownerTitleEdit.setText("Clinical supervisor")
    select_data(ui.likelihoodCombo, 4)
    select_data(ui.impactCombo, 4)
    ui.residualGroup.setChecked(True)
    select_data(ui.residualLikelihoodCombo, 2)
    select_data(ui.residualImpactCombo, 3)
    ui.controlsEdit.setPlainText("Rota caps night shifts at three a week")
    ui.treatmentEdit.setPlainText("Peer supervision every fortnight")
    select_data(ui.statusCombo, RiskStatus.TREATING.value)
    editor.accept()

    assert editor.result_saved is not None, ui.messageLabel.text()
    saved = workspace.risks.get(admin, editor.result_saved.risk.id).risk
    assert saved.code == "R-001"  # empty code: the next free one
    assert saved.title == "Burn-out among the night-shift counsellors"
    assert saved.source == "workload_stress"
    assert saved.category == "People"
    assert saved.owner_title == "Clinical supervisor"
    assert saved.owner_role is None
    assert saved.scores == RiskScores(4, 4, 2, 3)
    assert saved.level is RiskLevel.HIGH
    assert saved.status is RiskStatus.TREATING
    assert saved.controls == "Rota caps night shifts at three a week"
    assert saved.next_review_on == TODAY + timedelta(days=90)  # High: every 90 days


def test_invalid_input_keeps_the_dialog_open_and_saves_nothing(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    editor = _editor(qtbot, workspace, admin)
    ui = editor.ui
    editor.show()
    ui.codeEdit.setText("R 1")  # a space is not allowed in a code
    ui.titleEdit.setText("   ")
    select_data(ui.ownerKindCombo, OWNER_TITLE)  # a position title, left empty
    editor.accept()

    assert editor.isVisible()
    assert editor.result_saved is None
    message = ui.messageLabel.text()
    assert ui.messageLabel.isVisibleTo(editor)
    assert "Not saved" in message
    assert "Title: is required" in message
    assert "Code:" in message
    assert "Owner:" in message
    assert "c62828" in ui.titleLabel.styleSheet()  # the field's label is marked
    assert ui.titleLabel.toolTip().startswith("is required")
    assert workspace.risks.list_risks(admin) == ()

    ui.codeEdit.setText("R-100")
    ui.titleEdit.setText("Phishing of the booking system")
    ui.ownerTitleEdit.setText("IT manager")
    editor.accept()
    assert editor.result_saved is not None
    assert editor.result_saved.risk.code == "R-100"
    assert ui.titleLabel.styleSheet() == ""  # marks are cleared once corrected
    assert [r.code for r in workspace.risks.list_risks(admin)] == ["R-100"]


def test_score_label_and_next_review_follow_the_combos(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    editor = _editor(qtbot, workspace, sessions[Role.ADMIN])
    ui = editor.ui
    bands = workspace.risks.scoring_policy().bands

    select_data(ui.likelihoodCombo, 1)
    select_data(ui.impactCombo, 2)
    assert ui.scoreLabel.text() == "2 · Low"
    assert ui.formulaLabel.text() == formula_text(RiskScores(1, 2), bands)
    assert ui.nextReviewEdit.date().toPython() == TODAY + timedelta(days=360)

    select_data(ui.impactCombo, 3)
    select_data(ui.likelihoodCombo, 2)
    assert ui.scoreLabel.text() == "6 · Medium"
    assert ui.scoreLabel.toolTip() == "Score 6 = likelihood 2 (Unlikely) × impact 3 (Moderate) → Medium (5–9)"
    assert ui.nextReviewEdit.date().toPython() == TODAY + timedelta(days=180)

    select_data(ui.likelihoodCombo, 5)
    select_data(ui.impactCombo, 5)
    assert ui.scoreLabel.text() == "25 · High"
    assert ui.nextReviewEdit.date().toPython() == TODAY + timedelta(days=90)

    assert ui.residualScoreLabel.text() == "not assessed"
    ui.residualGroup.setChecked(True)
    select_data(ui.residualLikelihoodCombo, 1)
    select_data(ui.residualImpactCombo, 4)
    assert ui.residualScoreLabel.text() == "4 · Low"
    assert ui.residualFormulaLabel.text().startswith("Residual score 4 = likelihood 1 (Rare)")

    # A date set by hand stays when the scores change, until "From cadence" is pressed.
    chosen = TODAY + timedelta(days=30)
    ui.nextReviewEdit.setDate(QDate(chosen.year, chosen.month, chosen.day))
    editor._review_date_typed()  # what the user's edit signals (userDateChanged)
    select_data(ui.likelihoodCombo, 1)
    assert ui.nextReviewEdit.date().toPython() == chosen
    assert "set by hand" in ui.cadenceLabel.text()
    ui.followCadenceButton.click()
    assert ui.nextReviewEdit.date().toPython() == TODAY + timedelta(days=180)  # 1 × 5 = 5: Medium


def test_name_in_a_text_is_a_warning_the_user_confirms(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    workspace.users.create(admin, "tai.man", Role.COUNSELLOR, "a long password 1", "Chan Tai Man")
    editor = _editor(qtbot, workspace, admin)
    ui = editor.ui
    ui.titleEdit.setText("Night-shift workload")
    ui.descriptionEdit.setPlainText("Chan Tai Man covers too many night shifts")
    editor.accept()
    assert editor.result_saved is None
    assert ui.warningLabel.isVisibleTo(editor)
    assert "description" in ui.warningLabel.text()
    assert "Chan Tai Man" not in ui.warningLabel.text()  # the warning never repeats the name
    assert workspace.risks.list_risks(admin) == ()

    editor.accept()  # saving again with the same texts confirms
    assert editor.result_saved is not None
    assert len(workspace.risks.list_risks(admin)) == 1


def test_edit_risk_shows_and_changes_the_stored_values(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    created = _risk(workspace, admin, residual_likelihood=2, residual_impact=2)
    editor = _editor(qtbot, workspace, admin, created.risk)
    ui = editor.ui
    assert editor.windowTitle() == f"Risk {created.risk.code}"
    assert ui.titleEdit.text() == created.risk.title
    assert ui.sourceCombo.currentData() == "data_leak"
    assert ui.ownerRoleCombo.currentData() == CrisisRole.IT_SECURITY.value
    assert ui.ownerRoleCombo.isVisibleTo(editor) or not editor.isVisible()
    assert ui.residualGroup.isChecked()
    assert ui.scoreLabel.text() == "9 · Medium"
    assert ui.nextReviewEdit.date().toPython() == created.risk.next_review_on

    select_data(ui.impactCombo, 5)
    assert ui.nextReviewEdit.date().toPython() == created.risk.next_review_on  # the stored date stays
    ui.titleEdit.setText("Case files copied to personal cloud storage")
    editor.accept()
    assert editor.result_saved is not None
    stored = workspace.risks.get(admin, created.risk.id).risk
    assert stored.title == "Case files copied to personal cloud storage"
    assert stored.scores.impact == 5
    assert stored.level is RiskLevel.HIGH


def test_review_dialog_records_a_review_with_the_cadence_date(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    created = _risk(workspace, admin)
    dialog = RiskReviewDialog(workspace, admin, workspace.risks.get(admin, created.risk.id))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.reviewedOnEdit.date().toPython() == TODAY
    assert ui.likelihoodCombo.currentData() == 3  # current scores prefilled
    assert ui.impactCombo.currentData() == 3
    assert ui.previousLabel.text() == "No review recorded yet."
    assert ui.nextReviewEdit.date().toPython() == TODAY + timedelta(days=180)  # 9: Medium

    select_data(ui.likelihoodCombo, 5)
    select_data(ui.impactCombo, 4)
    assert ui.scoreLabel.text() == "20 · High"
    assert ui.nextReviewEdit.date().toPython() == TODAY + timedelta(days=90)
    ui.residualGroup.setChecked(True)
    select_data(ui.residualLikelihoodCombo, 2)
    select_data(ui.residualImpactCombo, 4)
    select_data(ui.statusCombo, RiskStatus.TREATING.value)
    ui.commentEdit.setPlainText("Drill found laptops without disk encryption")
    dialog.accept()

    assert dialog.result_saved is not None, ui.messageLabel.text()
    detail = workspace.risks.get(admin, created.risk.id)
    review = detail.reviews[0]
    assert review.reviewed_on == TODAY
    assert review.scores == RiskScores(5, 4, 2, 4)
    assert review.status is RiskStatus.TREATING
    assert review.comment == "Drill found laptops without disk encryption"
    assert detail.risk.next_review_on == TODAY + timedelta(days=90)
    assert detail.risk.last_reviewed_on == TODAY

    again = RiskReviewDialog(workspace, admin, detail)
    qtbot.addWidget(again)
    assert TODAY.isoformat() in again.ui.previousLabel.text()
    assert "Drill found laptops" in again.ui.previousLabel.text()
    assert again.ui.likelihoodCombo.currentData() == 5


def test_review_dialog_backdated_review_counts_the_cadence_from_its_date(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    created = _risk(workspace, admin, likelihood=1, impact=2)  # Low: every 360 days
    dialog = RiskReviewDialog(workspace, admin, workspace.risks.get(admin, created.risk.id))
    qtbot.addWidget(dialog)
    reviewed = TODAY - timedelta(days=10)
    dialog.ui.reviewedOnEdit.setDate(QDate(reviewed.year, reviewed.month, reviewed.day))
    assert dialog.ui.nextReviewEdit.date().toPython() == reviewed + timedelta(days=360)
    future = TODAY + timedelta(days=3)
    dialog.ui.reviewedOnEdit.setDate(QDate(future.year, future.month, future.day))
    assert dialog.ui.reviewedOnEdit.date().toPython() == TODAY  # no review in the future
    dialog.ui.reviewedOnEdit.setDate(QDate(reviewed.year, reviewed.month, reviewed.day))
    dialog.accept()
    assert dialog.result_saved is not None
    review = workspace.risks.get(admin, created.risk.id).reviews[0]
    assert review.reviewed_on == reviewed


def test_review_refused_for_hr_manager_keeps_the_dialog_open(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin, hr = sessions[Role.ADMIN], sessions[Role.HR_MANAGER]
    created = _risk(workspace, admin)
    dialog = RiskReviewDialog(workspace, hr, workspace.risks.get(hr, created.risk.id))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result_saved is None
    assert dialog.ui.messageLabel.isVisibleTo(dialog)
    assert dialog.ui.messageLabel.text()
    assert workspace.risks.get(admin, created.risk.id).reviews == ()
