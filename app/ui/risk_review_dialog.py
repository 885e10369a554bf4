"""Record a review of a risk in one step: the date, the scores found, the status, a comment, the next date.

The scores start from the risk's current ones, so a review that finds nothing changed is a date,
a comment and Save; the previous review is shown above for comparison. The next review date
follows the cadence for the new level from the review date until the user sets one by hand (the
service applies the same cadence when none is given). A refusal keeps the dialog open with the
fields marked, and nothing is recorded.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from app.domain.risk_input import RiskReviewInput
from app.domain.risks import RiskLevel, RiskScores, RiskStatus
from app.domain.text_input import Problem
from app.services.errors import ServiceError, StorageError
from app.services.risks import RiskDetail, RiskInputInvalid, RiskReviewView, RiskSaved
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_risk_review_dialog import Ui_RiskReviewDialog
from app.ui.geometry import restore_geometry, save_geometry
from app.ui.risk_editor import (
    ERROR_STYLE,
    LABEL_ERROR_STYLE,
    cadence_text,
    closed_text,
    fill_scale_combo,
    fill_status_combo,
    problems_text,
    qdate,
    score_pill,
    scores_in,
    select_data,
)
from app.ui.risk_labels import formula_text, level_name, status_name


class RiskReviewDialog(QDialog):
    """Review one risk; ``saved`` carries the service's ``RiskSaved`` once the review is recorded."""

    GEOMETRY = "risk_review_dialog"
    saved = Signal(object)  # RiskSaved

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        detail: RiskDetail,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RiskReviewDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.risk = detail.risk
        self.previous: RiskReviewView | None = detail.reviews[0] if detail.reviews else None
        self.today = today or date.today()
        self.policy = workspace.risks.scoring_policy()
        self.result_saved: RiskSaved | None = None
        self._review_by_hand = False
        self._marked: list[QLabel] = []
        ui = self.ui
        fill_scale_combo(ui.likelihoodCombo, impact=False)
        fill_scale_combo(ui.impactCombo, impact=True)
        fill_scale_combo(ui.residualLikelihoodCombo, impact=False)
        fill_scale_combo(ui.residualImpactCombo, impact=True)
        fill_status_combo(ui.statusCombo)
        ui.reviewedOnEdit.setMaximumDate(qdate(self.today))
        ui.reviewedOnEdit.setDate(qdate(self.today))
        self._prefill()
        self.retranslateUi()
        for combo in (ui.likelihoodCombo, ui.impactCombo, ui.residualLikelihoodCombo, ui.residualImpactCombo):
            combo.currentIndexChanged.connect(self.update_scores)
        ui.residualGroup.toggled.connect(self.update_scores)
        ui.statusCombo.currentIndexChanged.connect(self.update_scores)
        ui.reviewedOnEdit.dateChanged.connect(self.update_scores)
        ui.nextReviewEdit.userDateChanged.connect(self._review_date_typed)
        ui.followCadenceButton.clicked.connect(self.follow_cadence)
        ui.buttonBox.accepted.connect(self.accept)
        ui.messageLabel.hide()
        self.update_scores()
        restore_geometry(self, self.GEOMETRY)

    @classmethod
    def review_risk(
        cls, parent: QWidget | None, workspace: Workspace, session: Session, risk_id: int
    ) -> RiskSaved | None:
        """Record a review of ``risk_id``; the result, or None when cancelled."""
        detail = workspace.risks.get(session, risk_id)
        dialog = cls(workspace, session, detail, parent)
        dialog.ui.commentEdit.setFocus()
        dialog.exec()
        return dialog.result_saved

    def _prefill(self) -> None:
        ui = self.ui
        scores = self.risk.scores
        select_data(ui.likelihoodCombo, scores.likelihood)
        select_data(ui.impactCombo, scores.impact)
        has_residual = scores.residual_likelihood is not None and scores.residual_impact is not None
        ui.residualGroup.setChecked(has_residual)
        select_data(ui.residualLikelihoodCombo, scores.residual_likelihood if has_residual else 2)
        select_data(ui.residualImpactCombo, scores.residual_impact if has_residual else 2)
        select_data(ui.statusCombo, RiskStatus(self.risk.status).value)

    def retranslateUi(self) -> None:
        ui = self.ui
        ui.retranslateUi(self)
        self.setWindowTitle(self.tr("Review risk %1").replace("%1", self.risk.code))
        ui.riskLabel.setText(f"{self.risk.code} · {self.risk.title}")
        bold = ui.riskLabel.font()
        bold.setBold(True)
        ui.riskLabel.setFont(bold)
        bands = self.policy.bands
        current = self.risk.scores
        ui.currentLabel.setText(self._scores_text(current))
        ui.currentLabel.setToolTip(formula_text(current, bands))
        ui.previousLabel.setText(self._previous_text())
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Record review"))

    def _scores_text(self, scores: RiskScores) -> str:
        bands = self.policy.bands
        text = (
            self.tr("%1 (%2) = likelihood %3 × impact %4")
            .replace("%1", str(scores.inherent_score))
            .replace("%2", level_name(bands.level_for(scores.inherent_score)))
            .replace("%3", str(scores.likelihood))
            .replace("%4", str(scores.impact))
        )
        residual = scores.residual_score
        if residual is not None:
            text += (
                self.tr("; residual %1 (%2)")
                .replace("%1", str(residual))
                .replace("%2", level_name(bands.level_for(residual)))
            )
        return text

    def _previous_text(self) -> str:
        previous = self.previous
        if previous is None:
            return self.tr("No review recorded yet.")
        lines = [
            self.tr("%1 by %2: %3, %4")
            .replace("%1", previous.reviewed_on.isoformat())
            .replace("%2", previous.reviewer or "—")
            .replace("%3", self._scores_text(previous.scores))
            .replace("%4", status_name(previous.status))
        ]
        if previous.comment:
            lines.append(previous.comment)
        return "\n".join(lines)

    # -- live score and next review ---------------------------------------------------------------

    def scores(self) -> RiskScores:
        return scores_in(self.ui)

    def reviewed_on(self) -> date:
        return self.ui.reviewedOnEdit.date().toPython()

    def level(self) -> RiskLevel:
        return self.policy.bands.level_for(self.scores().inherent_score)

    def cadence_date(self) -> date:
        return self.policy.cadence.next_review(self.level(), self.reviewed_on())

    def update_scores(self) -> None:
        ui = self.ui
        bands = self.policy.bands
        scores = self.scores()
        score_pill(ui.scoreLabel, scores.likelihood, scores.impact, bands)
        tooltip = formula_text(scores, bands)
        for widget in (ui.scoreLabel, ui.likelihoodCombo, ui.impactCombo):
            widget.setToolTip(tooltip)
        if scores.residual_likelihood is not None and scores.residual_impact is not None:
            score_pill(ui.residualScoreLabel, scores.residual_likelihood, scores.residual_impact, bands)
        else:
            ui.residualScoreLabel.setStyleSheet("")
            ui.residualScoreLabel.setText(self.tr("not assessed"))
        closed = self.ui.statusCombo.currentData() == RiskStatus.CLOSED.value
        ui.nextReviewEdit.setEnabled(not closed)
        ui.followCadenceButton.setEnabled(not closed)
        if closed:
            ui.cadenceLabel.setText(closed_text())
            return
        if not self._review_by_hand:
            ui.nextReviewEdit.blockSignals(True)
            ui.nextReviewEdit.setDate(qdate(self.cadence_date()))
            ui.nextReviewEdit.blockSignals(False)
        ui.cadenceLabel.setText(
            cadence_text(self.policy, self.level(), self.cadence_date(), by_hand=self._review_by_hand)
        )

    def _review_date_typed(self) -> None:
        self._review_by_hand = self.ui.nextReviewEdit.date().toPython() != self.cadence_date()
        self.update_scores()

    def follow_cadence(self) -> None:
        self._review_by_hand = False
        self.update_scores()

    # -- recording --------------------------------------------------------------------------------

    def entered(self) -> RiskReviewInput:
        scores = self.scores()
        return RiskReviewInput(
            reviewed_on=self.reviewed_on(),
            likelihood=scores.likelihood,
            impact=scores.impact,
            residual_likelihood=scores.residual_likelihood,
            residual_impact=scores.residual_impact,
            status=RiskStatus(self.ui.statusCombo.currentData()),
            comment=self.ui.commentEdit.toPlainText(),
            next_review_on=self.ui.nextReviewEdit.date().toPython()
            if self._review_by_hand and self.ui.statusCombo.currentData() != RiskStatus.CLOSED.value
            else None,
        )

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        ui = self.ui
        for label in self._marked:
            label.setStyleSheet("")
            label.setToolTip("")
        self._marked.clear()
        labels = {
            "reviewed_on": ui.reviewedOnLabel,
            "likelihood": ui.likelihoodLabel,
            "impact": ui.impactLabel,
            "residual": ui.residualLikelihoodLabel,
            "residual_likelihood": ui.residualLikelihoodLabel,
            "residual_impact": ui.residualImpactLabel,
            "status": ui.statusLabel,
            "comment": ui.commentLabel,
            "next_review_on": ui.nextReviewLabel,
        }
        for problem in problems:
            label = labels.get(problem.field)
            if label is not None:
                label.setStyleSheet(LABEL_ERROR_STYLE)
                label.setToolTip(problem.message)
                self._marked.append(label)
        if self._marked and self._marked[0].buddy() is not None:
            self._marked[0].buddy().setFocus()
        self._show_message(self.tr("Not recorded. Please correct:") + "\n" + problems_text(problems))

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.show()

    def accept(self) -> None:
        try:
            result = self.workspace.risks.record_review(self.session, self.risk.id, self.entered())
        except RiskInputInvalid as error:
            self.show_problems(tuple(error.problems))
            return
        except (ServiceError, StorageError) as error:
            self._show_message(str(error))
            return
        self.result_saved = result
        save_geometry(self, self.GEOMETRY)
        super().accept()
        self.saved.emit(result)

    def reject(self) -> None:
        save_geometry(self, self.GEOMETRY)
        super().reject()
