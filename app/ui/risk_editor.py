"""The risk editor: every field of a risk, the score and its formula live, the next review from the cadence.

The dialog saves through ``workspace.risks`` from its own ``accept``: a refusal (``RiskInputInvalid``)
marks each field it names and lists every problem in one message, the dialog stays open with what
was typed, and nothing is saved. Before saving, the texts are checked for the names of people in
the database (the register holds no personal data); a hit is a warning the user confirms by saving
again, never a refusal. The score, level and formula shown come from ``app.domain.risks`` with the
office's bands, the same rules the service stores with.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from app.domain.crisis_roles import CrisisRole
from app.domain.risk_input import RiskInput
from app.domain.risks import SCALE, LevelBands, RiskLevel, RiskScores, RiskStatus
from app.domain.text_input import Problem
from app.reports.chart_style import LEVEL_COLOURS, LEVEL_TEXT_COLOURS
from app.services.errors import ServiceError, StorageError
from app.services.risks import RiskInputInvalid, RiskSaved, RiskView, ScoringPolicy
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.account_names import account_names
from app.ui.forms.ui_risk_editor import Ui_RiskEditor
from app.ui.forms.ui_risk_review_dialog import Ui_RiskReviewDialog
from app.ui.geometry import restore_geometry, save_geometry
from app.ui.incident_labels import crisis_role_name
from app.ui.risk_labels import (
    impact_name,
    level_name,
    likelihood_name,
    score_formula,
    source_label,
    status_name,
)

ERROR_STYLE = "QLabel { color: #c62828; }"
WARNING_STYLE = "QLabel { color: #8a4b00; background: #fff4e0; padding: 4px; }"
LABEL_ERROR_STYLE = "color: #c62828;"

# Field names of the service's problems, as a person reads them in the one message.
FIELD_NAMES = {
    "code": QT_TRANSLATE_NOOP("RiskEditor", "Code"),
    "title": QT_TRANSLATE_NOOP("RiskEditor", "Title"),
    "description": QT_TRANSLATE_NOOP("RiskEditor", "Description"),
    "source": QT_TRANSLATE_NOOP("RiskEditor", "Source"),
    "category": QT_TRANSLATE_NOOP("RiskEditor", "Category"),
    "owner": QT_TRANSLATE_NOOP("RiskEditor", "Owner"),
    "owner_role": QT_TRANSLATE_NOOP("RiskEditor", "Crisis role"),
    "owner_user_id": QT_TRANSLATE_NOOP("RiskEditor", "Account"),
    "owner_title": QT_TRANSLATE_NOOP("RiskEditor", "Position title"),
    "likelihood": QT_TRANSLATE_NOOP("RiskEditor", "Likelihood"),
    "impact": QT_TRANSLATE_NOOP("RiskEditor", "Impact"),
    "residual": QT_TRANSLATE_NOOP("RiskEditor", "Residual score"),
    "residual_likelihood": QT_TRANSLATE_NOOP("RiskEditor", "Residual likelihood"),
    "residual_impact": QT_TRANSLATE_NOOP("RiskEditor", "Residual impact"),
    "controls": QT_TRANSLATE_NOOP("RiskEditor", "Existing controls"),
    "treatment": QT_TRANSLATE_NOOP("RiskEditor", "Treatment plan"),
    "actions": QT_TRANSLATE_NOOP("RiskEditor", "Actions"),
    "status": QT_TRANSLATE_NOOP("RiskEditor", "Status"),
    "next_review_on": QT_TRANSLATE_NOOP("RiskEditor", "Next review"),
    "reviewed_on": QT_TRANSLATE_NOOP("RiskEditor", "Review date"),
    "comment": QT_TRANSLATE_NOOP("RiskEditor", "Comment"),
}
OWNER_ROLE, OWNER_ACCOUNT, OWNER_TITLE = "role", "account", "title"


# -- helpers shared with the review dialog ------------------------------------------------------


def fill_scale_combo(combo: QComboBox, *, impact: bool) -> None:
    """1–5 with the named level ("3 · Possible"); the item data is the number."""
    combo.clear()
    for value in SCALE:
        name = impact_name(value) if impact else likelihood_name(value)
        combo.addItem(f"{value} · {name}", value)


def fill_status_combo(combo: QComboBox) -> None:
    combo.clear()
    for status in RiskStatus:
        combo.addItem(status_name(status), status.value)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def score_pill(label: QLabel, likelihood: int, impact: int, bands: LevelBands) -> RiskLevel:
    """Show "12 · High" on the level's colour (the heat map's); the full formula is the label's tooltip."""
    value = likelihood * impact
    level = bands.level_for(value)
    label.setText(f"{value} · {level_name(level)}")
    label.setStyleSheet(
        f"QLabel {{ background: {LEVEL_COLOURS[level]}; color: {LEVEL_TEXT_COLOURS[level]};"
        " padding: 2px 8px; border-radius: 3px; font-weight: bold; }"
    )
    label.setToolTip(score_formula(likelihood, impact, bands))
    return level


def scores_in(ui: Ui_RiskEditor | Ui_RiskReviewDialog) -> RiskScores:
    """The scores a form's likelihood, impact and (when its box is ticked) residual combos hold.

    The editor and the review dialog name these widgets alike; both read them through this.
    """
    residual = ui.residualGroup.isChecked()
    return RiskScores(
        int(ui.likelihoodCombo.currentData()),
        int(ui.impactCombo.currentData()),
        int(ui.residualLikelihoodCombo.currentData()) if residual else None,
        int(ui.residualImpactCombo.currentData()) if residual else None,
    )


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def problems_text(problems: tuple[Problem, ...]) -> str:
    """One line per problem: "Title: is required"."""
    lines = []
    for problem in problems:
        name = FIELD_NAMES.get(problem.field)
        shown = QCoreApplication.translate("RiskEditor", name) if name else problem.field
        lines.append(f"{shown}: {problem.message}")
    return "\n".join(lines)


def closed_text() -> str:
    return QCoreApplication.translate(
        "RiskEditor", "A closed risk leaves the review schedule: no next review."
    )


def cadence_text(
    policy: ScoringPolicy, level: RiskLevel, due: date, *, by_hand: bool, kept: bool = False
) -> str:
    """The rule and the date it gives; ``by_hand``: the user chose another; ``kept``: the stored date stays."""
    days = policy.cadence.days_for(level)
    if kept:
        template = QCoreApplication.translate(
            "RiskEditor",
            "%1 risks are reviewed every %2 days (office policy). The scheduled date is kept; "
            "“From cadence” counts from today: %3.",
        )
    elif by_hand:
        template = QCoreApplication.translate(
            "RiskEditor",
            "%1 risks are reviewed every %2 days (office policy); the date above was set by hand "
            "(the cadence gives %3).",
        )
    else:
        template = QCoreApplication.translate(
            "RiskEditor", "%1 risks are reviewed every %2 days (office policy): next review %3."
        )
    return template.replace("%3", due.isoformat()).replace("%2", str(days)).replace("%1", level_name(level))


# -- the editor ---------------------------------------------------------------------------------


class RiskEditor(QDialog):
    """Create a risk (``risk`` None) or change one; ``saved`` carries the service's ``RiskSaved``."""

    GEOMETRY = "risk_editor"
    saved = Signal(object)  # RiskSaved

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        risk: RiskView | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RiskEditor()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.risk = risk
        self.today = today or date.today()
        self.policy = workspace.risks.scoring_policy()
        self.result_saved: RiskSaved | None = None
        self._confirmed_texts: dict[str, str] | None = None
        self._review_by_hand = False
        self._review_kept = False  # an existing risk's scheduled date, untouched so far
        self._marked: list[QWidget] = []
        self._fill_choices()
        self._connect()
        self.retranslateUi()
        if risk is not None:
            self._show_risk(risk)
        self.update_scores()
        self._owner_kind_changed()
        self.ui.messageLabel.hide()
        self.ui.warningLabel.hide()
        self.ui.warningLabel.setStyleSheet(WARNING_STYLE)
        restore_geometry(self, self.GEOMETRY)

    # -- entry points ---------------------------------------------------------------------------

    @classmethod
    def create_risk(cls, parent: QWidget | None, workspace: Workspace, session: Session) -> RiskSaved | None:
        """Ask for a new risk; the saved risk, or None when cancelled."""
        dialog = cls(workspace, session, None, parent)
        dialog.ui.titleEdit.setFocus()
        dialog.exec()
        return dialog.result_saved

    @classmethod
    def edit_risk(
        cls, parent: QWidget | None, workspace: Workspace, session: Session, risk_id: int
    ) -> RiskSaved | None:
        """Change risk ``risk_id``; a refused read raises the service's error before any dialog."""
        detail = workspace.risks.get(session, risk_id)
        dialog = cls(workspace, session, detail.risk, parent)
        dialog.ui.titleEdit.setFocus()
        dialog.exec()
        return dialog.result_saved

    # -- building -------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        fill_scale_combo(ui.likelihoodCombo, impact=False)
        fill_scale_combo(ui.impactCombo, impact=True)
        fill_scale_combo(ui.residualLikelihoodCombo, impact=False)
        fill_scale_combo(ui.residualImpactCombo, impact=True)
        fill_status_combo(ui.statusCombo)
        current_source = self.risk.source if self.risk is not None else None
        with contextlib.suppress(ServiceError, StorageError):
            sources = sorted(self.workspace.risks.sources(self.session), key=lambda s: s.position)
            for source in sources:
                if source.active or source.code == current_source:
                    ui.sourceCombo.addItem(source_label(source), source.code)
        categories: set[str] = set()
        with contextlib.suppress(ServiceError, StorageError):
            categories = {r.category for r in self.workspace.risks.list_risks(self.session) if r.category}
        ui.categoryCombo.addItems(sorted(categories, key=str.casefold))
        ui.categoryCombo.setCurrentIndex(-1)
        ui.categoryCombo.setEditText("")
        for role in CrisisRole:
            ui.ownerRoleCombo.addItem(crisis_role_name(role), role.value)
        names = account_names(self.workspace, self.session)
        for user_id, name in sorted(names.items(), key=lambda item: item[1].casefold()):
            ui.ownerAccountCombo.addItem(name, user_id)
        for kind in (OWNER_ROLE, OWNER_ACCOUNT, OWNER_TITLE):
            ui.ownerKindCombo.addItem("", kind)
        select_data(ui.likelihoodCombo, 3)
        select_data(ui.impactCombo, 3)
        select_data(ui.residualLikelihoodCombo, 2)
        select_data(ui.residualImpactCombo, 2)
        select_data(ui.ownerRoleCombo, CrisisRole.CRISIS_LEAD.value)

    def _connect(self) -> None:
        ui = self.ui
        for combo in (ui.likelihoodCombo, ui.impactCombo, ui.residualLikelihoodCombo, ui.residualImpactCombo):
            combo.currentIndexChanged.connect(self.update_scores)
        ui.residualGroup.toggled.connect(self.update_scores)
        ui.ownerKindCombo.currentIndexChanged.connect(self._owner_kind_changed)
        ui.statusCombo.currentIndexChanged.connect(self._update_review_date)
        ui.nextReviewEdit.userDateChanged.connect(self._review_date_typed)
        ui.followCadenceButton.clicked.connect(self.follow_cadence)
        ui.buttonBox.accepted.connect(self.accept)

    def retranslateUi(self) -> None:
        ui = self.ui
        ui.retranslateUi(self)
        if self.risk is None:
            self.setWindowTitle(self.tr("New risk"))
        else:
            self.setWindowTitle(self.tr("Risk %1").replace("%1", self.risk.code))
        ui.explanationLabel.setText(
            self.tr(
                "Score = likelihood × impact; the level follows the office's bands. The register holds no "
                "personal data: name an owner by crisis role, account or position, and keep names of "
                "people out of the texts."
            )
        )
        for index, text in enumerate((self.tr("Crisis role"), self.tr("Account"), self.tr("Position title"))):
            ui.ownerKindCombo.setItemText(index, text)
        self._save_button().setText(self.tr("Save risk"))

    def _save_button(self) -> object:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)

    def _show_risk(self, risk: RiskView) -> None:
        ui = self.ui
        ui.codeEdit.setText(risk.code)
        ui.titleEdit.setText(risk.title)
        ui.descriptionEdit.setPlainText(risk.description)
        if ui.sourceCombo.findData(risk.source) < 0:
            ui.sourceCombo.addItem(risk.source_label or risk.source, risk.source)
        select_data(ui.sourceCombo, risk.source)
        ui.categoryCombo.setEditText(risk.category)
        if risk.owner_role is not None:
            select_data(ui.ownerKindCombo, OWNER_ROLE)
            select_data(ui.ownerRoleCombo, CrisisRole(risk.owner_role).value)
        elif risk.owner_user_id is not None:
            select_data(ui.ownerKindCombo, OWNER_ACCOUNT)
            if ui.ownerAccountCombo.findData(risk.owner_user_id) < 0:
                ui.ownerAccountCombo.addItem(risk.owner_label or f"#{risk.owner_user_id}", risk.owner_user_id)
            select_data(ui.ownerAccountCombo, risk.owner_user_id)
        else:
            select_data(ui.ownerKindCombo, OWNER_TITLE)
            ui.ownerTitleEdit.setText(risk.owner_title or "")
        scores = risk.scores
        select_data(ui.likelihoodCombo, scores.likelihood)
        select_data(ui.impactCombo, scores.impact)
        has_residual = scores.residual_likelihood is not None and scores.residual_impact is not None
        ui.residualGroup.setChecked(has_residual)
        if has_residual:
            select_data(ui.residualLikelihoodCombo, scores.residual_likelihood)
            select_data(ui.residualImpactCombo, scores.residual_impact)
        ui.controlsEdit.setPlainText(risk.controls)
        ui.treatmentEdit.setPlainText(risk.treatment)
        ui.actionsEdit.setPlainText(risk.actions)
        select_data(ui.statusCombo, RiskStatus(risk.status).value)
        if risk.next_review_on is not None:
            self._review_by_hand = self._review_kept = True
            ui.nextReviewEdit.setDate(qdate(risk.next_review_on))

    # -- live score and review date -------------------------------------------------------------

    def scores(self) -> RiskScores:
        return scores_in(self.ui)

    def level(self) -> RiskLevel:
        """The level the review cadence follows: the inherent score's."""
        return self.policy.bands.level_for(self.scores().inherent_score)

    def update_scores(self) -> None:
        ui = self.ui
        bands = self.policy.bands
        scores = self.scores()
        score_pill(ui.scoreLabel, scores.likelihood, scores.impact, bands)
        formula = score_formula(scores.likelihood, scores.impact, bands)
        ui.formulaLabel.setText(formula)
        for widget in (ui.likelihoodCombo, ui.impactCombo, ui.formulaLabel):
            widget.setToolTip(formula)
        residual_likelihood = int(ui.residualLikelihoodCombo.currentData())
        residual_impact = int(ui.residualImpactCombo.currentData())
        if ui.residualGroup.isChecked():
            score_pill(ui.residualScoreLabel, residual_likelihood, residual_impact, bands)
            residual_formula = score_formula(residual_likelihood, residual_impact, bands, residual=True)
        else:
            ui.residualScoreLabel.setStyleSheet("")
            ui.residualScoreLabel.setText(self.tr("not assessed"))
            residual_formula = self.tr("Tick the box to record the scores after the existing controls.")
        ui.residualFormulaLabel.setText(residual_formula)
        ui.residualScoreLabel.setToolTip(residual_formula)
        self._update_review_date()

    def cadence_date(self) -> date:
        return self.policy.cadence.next_review(self.level(), self.today)

    def is_closed(self) -> bool:
        return self.ui.statusCombo.currentData() == RiskStatus.CLOSED.value

    def _update_review_date(self) -> None:
        ui = self.ui
        closed = self.is_closed()
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
            cadence_text(
                self.policy,
                self.level(),
                self.cadence_date(),
                by_hand=self._review_by_hand,
                kept=self._review_kept,
            )
        )

    def _review_date_typed(self) -> None:
        self._review_kept = False
        self._review_by_hand = self.ui.nextReviewEdit.date().toPython() != self.cadence_date()
        self._update_review_date()

    def follow_cadence(self) -> None:
        """Go back to the date the cadence gives for the current level."""
        self._review_by_hand = self._review_kept = False
        self._update_review_date()

    def _owner_kind_changed(self) -> None:
        ui = self.ui
        kind = ui.ownerKindCombo.currentData()
        ui.identityForm.setRowVisible(ui.ownerRoleCombo, kind == OWNER_ROLE)
        ui.identityForm.setRowVisible(ui.ownerAccountCombo, kind == OWNER_ACCOUNT)
        ui.identityForm.setRowVisible(ui.ownerTitleEdit, kind == OWNER_TITLE)

    # -- saving ---------------------------------------------------------------------------------

    def texts(self) -> dict[str, str]:
        """The free texts checked for people's names (field → text)."""
        ui = self.ui
        texts = {
            "title": ui.titleEdit.text(),
            "description": ui.descriptionEdit.toPlainText(),
            "category": ui.categoryCombo.currentText(),
            "controls": ui.controlsEdit.toPlainText(),
            "treatment": ui.treatmentEdit.toPlainText(),
            "actions": ui.actionsEdit.toPlainText(),
        }
        if ui.ownerKindCombo.currentData() == OWNER_TITLE:
            texts["owner_title"] = ui.ownerTitleEdit.text()
        return texts

    def entered(self) -> RiskInput:
        ui = self.ui
        kind = ui.ownerKindCombo.currentData()
        scores = self.scores()
        code = ui.codeEdit.text().strip()
        next_review: date | None = ui.nextReviewEdit.date().toPython()
        if self.is_closed() or (self.risk is None and not self._review_by_hand):
            next_review = None  # the service applies the cadence from today (none once closed)
        return RiskInput(
            code=code or None,
            title=ui.titleEdit.text(),
            description=ui.descriptionEdit.toPlainText(),
            source=str(ui.sourceCombo.currentData() or ""),
            category=ui.categoryCombo.currentText(),
            owner_role=CrisisRole(ui.ownerRoleCombo.currentData()) if kind == OWNER_ROLE else None,
            owner_user_id=ui.ownerAccountCombo.currentData() if kind == OWNER_ACCOUNT else None,
            owner_title=ui.ownerTitleEdit.text() if kind == OWNER_TITLE else None,
            likelihood=scores.likelihood,
            impact=scores.impact,
            residual_likelihood=scores.residual_likelihood,
            residual_impact=scores.residual_impact,
            controls=ui.controlsEdit.toPlainText(),
            treatment=ui.treatmentEdit.toPlainText(),
            actions=ui.actionsEdit.toPlainText(),
            status=RiskStatus(ui.statusCombo.currentData()),
            next_review_on=next_review,
        )

    def _field_widgets(self) -> Mapping[str, tuple[QLabel, QWidget]]:
        ui = self.ui
        owner_widget = {
            OWNER_ROLE: ui.ownerRoleCombo,
            OWNER_ACCOUNT: ui.ownerAccountCombo,
            OWNER_TITLE: ui.ownerTitleEdit,
        }[ui.ownerKindCombo.currentData()]
        return {
            "code": (ui.codeLabel, ui.codeEdit),
            "title": (ui.titleLabel, ui.titleEdit),
            "description": (ui.descriptionLabel, ui.descriptionEdit),
            "source": (ui.sourceLabel, ui.sourceCombo),
            "category": (ui.categoryLabel, ui.categoryCombo),
            "owner": (ui.ownerKindLabel, owner_widget),
            "owner_role": (ui.ownerRoleLabel, ui.ownerRoleCombo),
            "owner_user_id": (ui.ownerAccountLabel, ui.ownerAccountCombo),
            "owner_title": (ui.ownerTitleLabel, ui.ownerTitleEdit),
            "likelihood": (ui.likelihoodLabel, ui.likelihoodCombo),
            "impact": (ui.impactLabel, ui.impactCombo),
            "residual": (ui.residualLikelihoodLabel, ui.residualLikelihoodCombo),
            "residual_likelihood": (ui.residualLikelihoodLabel, ui.residualLikelihoodCombo),
            "residual_impact": (ui.residualImpactLabel, ui.residualImpactCombo),
            "controls": (ui.controlsLabel, ui.controlsEdit),
            "treatment": (ui.treatmentLabel, ui.treatmentEdit),
            "actions": (ui.actionsLabel, ui.actionsEdit),
            "status": (ui.statusLabel, ui.statusCombo),
            "next_review_on": (ui.nextReviewLabel, ui.nextReviewEdit),
        }

    def _clear_marks(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
            widget.setToolTip("")
        self._marked.clear()

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        """Mark each field named (its label red, the sentence as tooltip) and list all in one message."""
        self._clear_marks()
        fields = self._field_widgets()
        first: QWidget | None = None
        for problem in problems:
            label_and_widget = fields.get(problem.field)
            if label_and_widget is None:
                continue
            label, widget = label_and_widget
            label.setStyleSheet(LABEL_ERROR_STYLE)
            if label in self._marked:
                label.setToolTip(f"{label.toolTip()}\n{problem.message}")
            else:
                label.setToolTip(problem.message)
                self._marked.append(label)
            first = first or widget
        self.show_message(self.tr("Not saved. Please correct:") + "\n" + problems_text(problems), error=True)
        if first is not None:
            first.setFocus()

    def show_message(self, text: str, *, error: bool) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.messageLabel.show()

    def _name_warnings(self, texts: dict[str, str]) -> tuple[str, ...]:
        try:
            return tuple(self.workspace.risks.name_warnings(self.session, texts))
        except (ServiceError, StorageError):
            return ()

    def show_warnings(self, warnings: tuple[str, ...]) -> None:
        if not warnings:
            self.ui.warningLabel.hide()
            self._save_button().setText(self.tr("Save risk"))
            return
        self.ui.warningLabel.setText(
            self.tr("Please check before saving:")
            + "\n"
            + "\n".join(f"• {warning}" for warning in warnings)
            + "\n"
            + self.tr("Save again to keep the texts as they are.")
        )
        self.ui.warningLabel.show()
        self._save_button().setText(self.tr("Save anyway"))

    def accept(self) -> None:
        texts = self.texts()
        if texts != self._confirmed_texts:
            warnings = self._name_warnings(texts)
            self._confirmed_texts = texts
            if warnings:
                self.show_warnings(warnings)
                return  # shown once; saving again with the same texts confirms
        self._clear_marks()
        data = self.entered()
        try:
            if self.risk is None:
                result = self.workspace.risks.create(self.session, data)
            else:
                result = self.workspace.risks.update(self.session, self.risk.id, data)
        except RiskInputInvalid as error:
            self.show_problems(tuple(error.problems))
            return
        except (ServiceError, StorageError) as error:
            self.show_message(str(error), error=True)
            return
        self.result_saved = result
        save_geometry(self, self.GEOMETRY)
        super().accept()
        self.saved.emit(result)

    def reject(self) -> None:
        save_geometry(self, self.GEOMETRY)
        super().reject()
