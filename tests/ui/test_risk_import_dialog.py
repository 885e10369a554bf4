"""The import dialog: background preview, row-by-row problems, column mapping remembered, the import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.domain.risk_columns import IGNORE
from app.domain.risks import RiskScores
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.background import wait_for_all
from app.ui.preferences import remembered_risk_import_mapping
from app.ui.risk_import_dialog import PreviewModel, RiskImportDialog

GOOD = """Risk ID,Risk,Risk Source,Owner,Likelihood,Impact,Current Controls,Review Date
R-010,Counsellor laptop stolen from a car,Data leak,IT / security,3,4,Disk encryption on every laptop,2027-03-01
R-011,Hotline overwhelmed after a plant accident,Workload and stress,Crisis lead,Likely,Major,Overflow roster,
R-012,Supplier of the booking system goes bankrupt,供應鏈,Facilities manager,2,3,,2027-06-30
"""
BROKEN = """Risk ID,Risk,Risk Source,Owner,Likelihood,Impact
R-020,Phishing of the case system,Cyber attack,IT / security,7,4
R-021,,Data leak,Legal,2,2
R-022,Typhoon closes the office,Weather gods,Executive,Possible,Severe
"""
UNKNOWN_HEADER = """Risk ID,Hazard,Risk Source,Owner,Likelihood,Impact
R-030,Rumours about a suicide spread on social media,Reputation,Public relations,3,5
R-031,Flu season empties the counselling rota,Public health,Counsellor,4,2
"""


@pytest.fixture(autouse=True)
def _no_work_left() -> Iterator[None]:
    yield
    wait_for_all()


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _dialog(qtbot: QtBot, workspace: Workspace, session: Session, path: Path) -> RiskImportDialog:
    dialog = RiskImportDialog(workspace, session, path)
    qtbot.addWidget(dialog)
    _wait(qtbot, dialog)
    return dialog


def _wait(qtbot: QtBot, dialog: RiskImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)


def _import_button(dialog: RiskImportDialog) -> object:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_good_file_is_previewed_in_the_background_and_imported(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], tmp_path: Path
) -> None:
    admin = sessions[Role.ADMIN]
    dialog = RiskImportDialog(workspace, admin, _write(tmp_path, "register.csv", GOOD))
    qtbot.addWidget(dialog)
    assert dialog.is_busy()  # the preview runs in the background, the dialog is already up
    assert dialog.ui.progressBar.isVisibleTo(dialog)
    assert not _import_button(dialog).isEnabled()
    _wait(qtbot, dialog)

    assert not dialog.ui.progressBar.isVisibleTo(dialog)
    model = dialog.model
    assert model.rowCount() == 3
    cell = lambda row, column: model.data(model.index(row, column))  # noqa: E731
    assert cell(0, PreviewModel.CODE) == "R-010"
    assert cell(0, PreviewModel.SOURCE) == "Data leak"
    assert cell(0, PreviewModel.LIKELIHOOD) == "3 · Possible"
    assert cell(0, PreviewModel.IMPACT) == "4 · Major"
    assert cell(0, PreviewModel.SCORE) == "12 · High"
    assert model.data(model.index(0, PreviewModel.SCORE), Qt.ItemDataRole.ToolTipRole).startswith(
        "Score 12 ="
    )
    assert cell(1, PreviewModel.LIKELIHOOD) == "4 · Likely"  # a level name in the file
    assert cell(1, PreviewModel.OWNER) == "Crisis lead"
    assert cell(2, PreviewModel.SOURCE) == "Supply chain"  # a Chinese label
    assert cell(2, PreviewModel.OWNER) == "Facilities manager"
    assert cell(0, PreviewModel.CHECK) == "OK"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "3 ready" in dialog.ui.summaryLabel.text()
    assert _import_button(dialog).isEnabled()

    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert dialog.result.count == 3
    assert "Risks imported: 3 (R-010 … R-012)" in dialog.ui.messageLabel.text()
    stored = {risk.code: risk for risk in workspace.risks.list_risks(admin)}
    assert set(stored) == {"R-010", "R-011", "R-012"}
    assert stored["R-011"].scores == RiskScores(4, 4)
    assert stored["R-012"].source == "supply_chain"
    dialog.accept()  # now "Close"
    assert dialog.result.count == 3


def test_broken_file_shows_row_errors_and_cannot_be_imported(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], tmp_path: Path
) -> None:
    admin = sessions[Role.ADMIN]
    dialog = _dialog(qtbot, workspace, admin, _write(tmp_path, "broken.csv", BROKEN))
    model = dialog.model
    assert model.rowCount() == 3
    for row in range(3):
        assert "problem" in model.data(model.index(row, PreviewModel.CHECK))
        brush = model.data(model.index(row, PreviewModel.TITLE), Qt.ItemDataRole.BackgroundRole)
        assert brush is not None
        assert brush.color().name() == "#fde0dc"
    listed = [dialog.ui.problemsList.item(i).text() for i in range(dialog.ui.problemsList.count())]
    assert any(text.startswith("Row 2 · Likelihood:") for text in listed), listed
    assert any(text.startswith("Row 3 · Title:") for text in listed), listed
    assert any(text.startswith("Row 4 · Source:") for text in listed), listed
    assert not _import_button(dialog).isEnabled()
    dialog.accept()  # refused while any row has a problem
    assert dialog.result is None
    assert workspace.risks.list_risks(admin) == ()

    dialog.ui.problemsList.itemClicked.emit(dialog.ui.problemsList.item(0))
    assert dialog.ui.previewTable.selectionModel().hasSelection()


def test_unreadable_file_is_a_message_not_a_crash(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], tmp_path: Path
) -> None:
    path = tmp_path / "register.xlsx"
    path.write_bytes(b"%PDF-1.4 not a spreadsheet")
    dialog = _dialog(qtbot, workspace, sessions[Role.ADMIN], path)
    assert dialog.preview is None
    assert dialog.ui.messageLabel.isVisibleTo(dialog)
    assert dialog.ui.messageLabel.text()
    assert not _import_button(dialog).isEnabled()


def test_mapping_change_re_previews_and_is_remembered(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], tmp_path: Path
) -> None:
    admin = sessions[Role.ADMIN]
    path = _write(tmp_path, "hazards.csv", UNKNOWN_HEADER)
    dialog = _dialog(qtbot, workspace, admin, path)
    assert dialog.preview is not None
    assert not dialog.preview.ok  # no column holds the title
    combo = dialog.mapping_combo("Hazard")
    assert combo.currentData() == IGNORE
    assert dialog.mapping_combo("Likelihood").currentData() == "likelihood"
    assert not _import_button(dialog).isEnabled()

    combo.setCurrentIndex(combo.findData("title"))
    assert dialog.is_busy()  # the change re-runs the preview
    _wait(qtbot, dialog)
    assert dialog.preview.ok
    assert dialog.model.data(dialog.model.index(0, PreviewModel.TITLE)).startswith("Rumours")
    assert _import_button(dialog).isEnabled()
    headers = dialog.preview.headers
    assert remembered_risk_import_mapping(headers)["Hazard"] == "title"

    again = _dialog(qtbot, workspace, admin, path)  # next time: the same headers, the same mapping
    assert again.preview is not None
    assert again.preview.ok
    assert again.mapping_combo("Hazard").currentData() == "title"
    again.accept()
    qtbot.waitUntil(lambda: again.result is not None, timeout=20000)
    assert again.result.codes == ("R-030", "R-031")
    assert {r.title for r in workspace.risks.list_risks(admin)} == {
        "Rumours about a suicide spread on social media",
        "Flu season empties the counselling rota",
    }


def test_hr_manager_is_refused_in_the_dialog(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, workspace, sessions[Role.HR_MANAGER], _write(tmp_path, "register.csv", GOOD))
    assert dialog.preview is None
    assert dialog.ui.messageLabel.text()
    assert not _import_button(dialog).isEnabled()


def test_xlsx_with_chinese_headers_is_previewed_with_named_levels(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "風險登記冊"
    sheet.append(["風險編號", "風險", "風險來源", "負責人", "可能性", "影響", "下次評審"])
    sheet.append(["R-040", "颱風期間熱線中斷", "自然災害", "危機處理負責人", "很可能", "嚴重", "2027-01-15"])
    path = tmp_path / "風險登記冊.xlsx"
    book.save(path)

    dialog = _dialog(qtbot, workspace, sessions[Role.ADMIN], path)
    assert dialog.preview is not None
    assert dialog.preview.ok, [str(p) for p in dialog.preview.problems]
    model = dialog.model
    assert model.data(model.index(0, PreviewModel.LIKELIHOOD)) == "4 · Likely"
    assert model.data(model.index(0, PreviewModel.IMPACT)) == "5 · Severe"
    assert model.data(model.index(0, PreviewModel.SCORE)) == "20 · High"
    assert model.data(model.index(0, PreviewModel.NEXT_REVIEW)) == "2027-01-15"
    assert dialog.mapping_combo("可能性").currentData() == "likelihood"
