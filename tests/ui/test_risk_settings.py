"""The risk register's office policy through its screens: the settings tab and the sources dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.risks import DEFAULT_SOURCES, LevelBands, ReviewCadence
from app.domain.roles import Role
from app.services.policy import IDLE_LOCK_MINUTES, RISK_COUNSELLORS_MAY_EDIT
from app.services.risks import ScoringPolicy
from app.services.session import Session
from app.services.workspace import Workspace
from app.storage.audit_repository import AuditQuery, AuditRepository
from app.ui.actions import MainAction
from app.ui.risk_editor import RiskEditor
from app.ui.risk_sources_dialog import RiskSourcesDialog
from app.ui.settings_dialog import SettingsDialog


def _settings(qtbot: QtBot, workspace: Workspace, session: Session) -> SettingsDialog:
    dialog = SettingsDialog(workspace, session)
    qtbot.addWidget(dialog)
    return dialog


def _sources(qtbot: QtBot, workspace: Workspace, session: Session) -> RiskSourcesDialog:
    dialog = RiskSourcesDialog(workspace, session)
    qtbot.addWidget(dialog)
    dialog.reload()
    return dialog


def _select(dialog: RiskSourcesDialog, code: str) -> None:
    codes = [source.code for source in dialog.sources()]
    dialog.ui.sourcesTable.selectRow(codes.index(code))


# -- settings: the Risk register tab ----------------------------------------------------------------


def test_risk_tab_shows_the_stored_policy_and_a_live_preview(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    dialog = _settings(qtbot, workspace, sessions[Role.ADMIN])
    ui = dialog.ui
    assert (ui.lowMaxSpin.value(), ui.mediumMaxSpin.value()) == (4, 9)
    assert (ui.highDaysSpin.value(), ui.mediumDaysSpin.value(), ui.lowDaysSpin.value()) == (90, 180, 360)
    assert ui.counsellorsEditCheck.isChecked()
    assert ui.bandsPreviewLabel.text() == "Low 1–4 · Medium 5–9 · High 10–25"
    assert ui.highRangeValue.text() == "10–25"
    ui.mediumMaxSpin.setValue(12)
    assert ui.bandsPreviewLabel.text() == "Low 1–4 · Medium 5–12 · High 13–25"
    assert ui.highRangeValue.text() == "13–25"
    ui.lowMaxSpin.setValue(12)  # Medium would hold no score: the rule is shown at once
    assert "at least one score" in ui.bandsPreviewLabel.text()


def test_bands_and_cadence_are_saved_and_read_back(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    dialog = _settings(qtbot, workspace, sessions[Role.ADMIN])
    dialog.ui.lowMaxSpin.setValue(5)
    dialog.ui.mediumMaxSpin.setValue(14)
    dialog.ui.highDaysSpin.setValue(30)
    dialog.ui.lowDaysSpin.setValue(365)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.risks.scoring_policy() == ScoringPolicy(LevelBands(5, 14), ReviewCadence(30, 180, 365))
    entries = AuditRepository(workspace.db).find(AuditQuery(action="policy.risk_scoring_updated"))
    assert len(entries) == 1

    again = _settings(qtbot, workspace, sessions[Role.ADMIN])
    assert (again.ui.lowMaxSpin.value(), again.ui.mediumMaxSpin.value()) == (5, 14)
    assert again.ui.highDaysSpin.value() == 30
    again.ui.riskDefaultsButton.click()
    assert again.scoring_entered() == ScoringPolicy(LevelBands(), ReviewCadence())
    again.accept()
    assert workspace.risks.scoring_policy() == ScoringPolicy(LevelBands(), ReviewCadence())


def test_an_invalid_band_pair_is_refused_with_the_dialog_open_and_nothing_saved(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    dialog = _settings(qtbot, workspace, sessions[Role.ADMIN])
    dialog.ui.tabs.setCurrentWidget(dialog.ui.securityTab)
    dialog.ui.idleLockSpin.setValue(17)  # another tab's change: not saved either
    dialog.ui.lowMaxSpin.setValue(9)
    dialog.ui.mediumMaxSpin.setValue(9)
    dialog.ui.highDaysSpin.setValue(45)
    dialog.accept()
    assert "Low's top < Medium's top < 25" in dialog.ui.messageLabel.text()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.riskTab
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert workspace.risks.scoring_policy() == ScoringPolicy(LevelBands(), ReviewCadence())
    assert workspace.settings.value(IDLE_LOCK_MINUTES) == IDLE_LOCK_MINUTES.default
    audit = AuditRepository(workspace.db)
    assert not audit.find(AuditQuery(action="policy.risk_scoring_updated"))
    assert not audit.find(AuditQuery(action="policy.updated"))

    dialog.ui.mediumMaxSpin.setValue(10)  # corrected: now it goes through
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.risks.scoring_policy().bands == LevelBands(9, 10)
    assert workspace.risks.scoring_policy().cadence.high_days == 45
    assert workspace.settings.value(IDLE_LOCK_MINUTES) == 17


def test_the_counsellor_flag_turns_off_a_counsellors_editing(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    assert workspace.risks.can_edit(counsellor)
    dialog = _settings(qtbot, workspace, sessions[Role.ADMIN])
    dialog.ui.counsellorsEditCheck.setChecked(False)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.settings.value(RISK_COUNSELLORS_MAY_EDIT) == 0
    assert not workspace.risks.can_edit(counsellor)
    assert workspace.risks.can_edit(sessions[Role.ADMIN])
    changed = AuditRepository(workspace.db).find(AuditQuery(action="policy.updated"))
    assert [entry.entity_id for entry in changed] == [RISK_COUNSELLORS_MAY_EDIT.key]
    assert not AuditRepository(workspace.db).find(AuditQuery(action="policy.risk_scoring_updated"))

    again = _settings(qtbot, workspace, sessions[Role.ADMIN])
    assert not again.ui.counsellorsEditCheck.isChecked()
    again.ui.counsellorsEditCheck.setChecked(True)
    again.accept()
    assert workspace.risks.can_edit(counsellor)


def test_the_risk_tab_is_read_only_for_counsellors(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    dialog = _settings(qtbot, workspace, sessions[Role.COUNSELLOR])
    for widget in (
        dialog.ui.lowMaxSpin,
        dialog.ui.mediumMaxSpin,
        dialog.ui.highDaysSpin,
        dialog.ui.counsellorsEditCheck,
        dialog.ui.riskDefaultsButton,
    ):
        assert not widget.isEnabled()
    dialog.accept()  # nothing to save: no refusal
    assert dialog.result() == QDialog.DialogCode.Accepted


# -- the Risk sources dialog ------------------------------------------------------------------------


def test_sources_dialog_lists_the_sources_with_their_three_labels(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    dialog = _sources(qtbot, workspace, sessions[Role.ADMIN])
    assert [s.code for s in dialog.sources()] == list(DEFAULT_SOURCES)
    assert dialog.model.columnCount() == 5
    _select(dialog, "supply_chain")
    assert dialog.ui.englishEdit.text() == "Supply chain"
    assert dialog.ui.traditionalEdit.text() == "供應鏈"
    assert dialog.ui.simplifiedEdit.text() == "供应链"
    assert dialog.ui.codeEdit.isReadOnly()
    row = [s.code for s in dialog.sources()].index("supply_chain")
    assert dialog.model.index(row, 4).data() == "Active"


def test_a_source_added_appears_in_the_service(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    dialog = _sources(qtbot, workspace, admin)
    dialog.ui.newButton.click()
    assert not dialog.ui.codeEdit.isReadOnly()
    assert dialog.ui.saveButton.text() == "&Add source"
    dialog.ui.codeEdit.setText("Vendor Failure")  # not a code: refused, nothing added
    dialog.ui.englishEdit.setText("Vendor failure")
    dialog.ui.saveButton.click()
    assert "lower-case letters" in dialog.ui.messageLabel.text()
    assert "vendor_failure" not in {s.code for s in workspace.risks.sources(admin)}

    dialog.ui.codeEdit.setText("vendor_failure")
    dialog.ui.traditionalEdit.setText("供應商失效")
    dialog.ui.simplifiedEdit.setText("供应商失效")
    dialog.ui.saveButton.click()
    added = {s.code: s for s in workspace.risks.sources(admin)}["vendor_failure"]
    assert (added.label_en, added.label_zh_tw, added.label_zh_cn) == (
        "Vendor failure",
        "供應商失效",
        "供应商失效",
    )
    assert added.active
    assert dialog.editing == "vendor_failure"  # shown selected, ready for renaming
    assert AuditRepository(workspace.db).find(AuditQuery(action="risk_source.added"))

    dialog.ui.newButton.click()
    dialog.ui.codeEdit.setText("vendor_failure")
    dialog.ui.englishEdit.setText("Twice")
    dialog.ui.saveButton.click()
    assert "exists" in dialog.ui.messageLabel.text()
    assert len([s for s in workspace.risks.sources(admin) if s.code == "vendor_failure"]) == 1


def test_labels_are_renamed_and_the_code_kept(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    dialog = _sources(qtbot, workspace, admin)
    _select(dialog, "reputation")
    dialog.ui.englishEdit.setText("Reputation and media")
    dialog.ui.traditionalEdit.setText("聲譽與傳媒")
    dialog.ui.saveButton.click()
    source = {s.code: s for s in workspace.risks.sources(admin)}["reputation"]
    assert source.label_en == "Reputation and media"
    assert source.label_zh_tw == "聲譽與傳媒"
    assert source.label_zh_cn == "声誉"

    dialog.ui.englishEdit.setText("   ")  # the English label is required
    dialog.ui.saveButton.click()
    assert dialog.ui.englishLabel.styleSheet()
    assert {s.code: s for s in workspace.risks.sources(admin)}[
        "reputation"
    ].label_en == "Reputation and media"


def test_retire_hides_a_source_from_active_sources_and_restore_brings_it_back(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    dialog = _sources(qtbot, workspace, admin)
    _select(dialog, "public_health")
    assert dialog.ui.retireButton.isEnabled()
    assert not dialog.ui.restoreButton.isEnabled()
    dialog.ui.retireButton.click()
    sources = {s.code: s for s in workspace.risks.sources(admin)}
    assert "public_health" in sources  # still listed: risks that have it keep it
    assert "public_health" not in {code for code, s in sources.items() if s.active}
    assert dialog.editing == "public_health"
    assert not dialog.ui.retireButton.isEnabled()
    assert dialog.ui.restoreButton.isEnabled()
    row = [s.code for s in dialog.sources()].index("public_health")
    assert dialog.model.index(row, 4).data() == "Retired"
    assert AuditRepository(workspace.db).find(AuditQuery(action="risk_source.retired"))
    editor = RiskEditor(workspace, admin)  # a new risk is not offered the retired source
    qtbot.addWidget(editor)
    assert editor.ui.sourceCombo.findData("public_health") < 0
    assert editor.ui.sourceCombo.findData("supply_chain") >= 0

    dialog.ui.restoreButton.click()
    assert {s.code: s for s in workspace.risks.sources(admin)}["public_health"].active
    again = RiskEditor(workspace, admin)
    qtbot.addWidget(again)
    assert again.ui.sourceCombo.findData("public_health") >= 0


def test_sources_dialog_is_read_only_without_the_admin_operation(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    dialog = _sources(qtbot, workspace, sessions[Role.COUNSELLOR])
    assert dialog.sources()
    assert not dialog.ui.newButton.isEnabled()
    assert not dialog.ui.saveButton.isEnabled()
    assert not dialog.ui.retireButton.isEnabled()
    assert dialog.ui.englishEdit.isReadOnly()


def test_admin_menu_opens_the_sources_dialog_for_admins_only(
    qtbot: QtBot, open_window: object, sessions: dict[Role, Session]
) -> None:
    counsellor_window = open_window(sessions[Role.COUNSELLOR])  # type: ignore[operator]
    assert not counsellor_window.actions[MainAction.RISK_SOURCES].isVisible()
    window = open_window(sessions[Role.ADMIN])  # type: ignore[operator]
    action = window.actions[MainAction.RISK_SOURCES]
    assert action.isVisible()
    assert action.text() == "&Risk sources…"
    assert window.actions[MainAction.RISKS].isVisible()  # the risk-matrix view stays
    action.trigger()
    dialog = window.findChild(RiskSourcesDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.sources()
    dialog.ui.closeButton.click()
