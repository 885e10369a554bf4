"""Admin → Response plans driven through its widgets on a real database."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.crisis_roles import CrisisRole
from app.domain.response_plans import template_for
from app.domain.roles import Role
from app.services.response_plans import PlanSource
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.actions import MainAction
from app.ui.plan_step_dialog import PlanStepDialog
from app.ui.response_plans_dialog import ResponsePlansDialog, offset_text


def _dialog(qtbot: QtBot, workspace: Workspace, session: Session) -> ResponsePlansDialog:
    dialog = ResponsePlansDialog(workspace, session)
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    return dialog


def _choose(dialog: ResponsePlansDialog, category: str, grade: str | None = None) -> None:
    dialog.ui.categoryCombo.setCurrentIndex(dialog.ui.categoryCombo.findData(category))
    dialog.ui.gradeCombo.setCurrentIndex(dialog.ui.gradeCombo.findData(grade))


def _cells(dialog: ResponsePlansDialog, row: int) -> list[str]:
    model = dialog.model
    return [str(model.data(model.index(row, column))) for column in range(model.columnCount())]


def _step_dialog(dialog: ResponsePlansDialog) -> PlanStepDialog:
    assert dialog.step_dialog is not None
    assert dialog.step_dialog.isVisible()
    return dialog.step_dialog


def test_offsets_read_like_durations() -> None:
    assert offset_text(timedelta(hours=1)) == "+1 h 00 min"
    assert offset_text(timedelta(minutes=30)) == "+30 min"
    assert offset_text(timedelta(days=7)) == "+7 d 0 h"


def test_edit_a_step_add_one_save_and_reopen(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    dialog = _dialog(qtbot, workspace, admin)
    _choose(dialog, "reputation")
    default = template_for("reputation")
    assert default is not None
    assert dialog.model.rowCount() == len(default.steps)
    assert "default" in dialog.ui.sourceLabel.text()
    assert not dialog.ui.saveButton.isEnabled()
    assert not dialog.ui.resetButton.isEnabled()
    assert _cells(dialog, 0)[0] == "1"
    assert _cells(dialog, 0)[4] == "+30 min"

    dialog.ui.stepsTable.selectRow(0)
    qtbot.mouseClick(dialog.ui.editButton, Qt.MouseButton.LeftButton)
    step = _step_dialog(dialog)
    assert step.ui.titleEnEdit.text() == default.steps[0].title_en
    step.ui.titleEnEdit.setText("")
    step.accept()  # refused next to the field, the dialog stays open with what was typed
    assert step.isVisible()
    assert step.ui.titleEnError.isVisible()
    assert "English title" in step.ui.titleEnError.text()
    step.ui.titleEnEdit.setText("Confirm with two sources")
    step.ui.roleCombo.setCurrentIndex(step.ui.roleCombo.findData(CrisisRole.PR.value))
    step.ui.hoursSpin.setValue(1)
    step.ui.minutesSpin.setValue(15)
    step.accept()
    assert not step.isVisible()
    assert _cells(dialog, 0)[1:] == [
        "Confirm with two sources",
        default.steps[0].title_zh,
        "Public relations",
        "+1 h 15 min",
    ]
    assert dialog.dirty
    assert not dialog.ui.categoryCombo.isEnabled()  # an unsaved edit is never dropped by switching

    dialog.ui.stepsTable.selectRow(1)
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    step = _step_dialog(dialog)
    step.ui.titleEnEdit.setText("Brief the board")
    step.ui.titleZhEdit.setText("向董事會簡報")
    step.ui.hoursSpin.setValue(3)
    step.accept()
    assert dialog.model.rowCount() == len(default.steps) + 1
    assert _cells(dialog, 2)[:2] == ["3", "Brief the board"]

    qtbot.mouseClick(dialog.ui.upButton, Qt.MouseButton.LeftButton)
    assert _cells(dialog, 1)[1] == "Brief the board"
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not dialog.dirty
    assert "Edited by" in dialog.ui.sourceLabel.text()
    assert dialog.ui.resetButton.isEnabled()
    dialog.close()

    again = _dialog(qtbot, workspace, admin)
    _choose(again, "reputation")
    assert again.model.rowCount() == len(default.steps) + 1
    assert [_cells(again, r)[1] for r in range(2)] == ["Confirm with two sources", "Brief the board"]
    assert "Edited by" in again.ui.sourceLabel.text()
    view = workspace.response_plans.template(admin, "reputation", None)
    assert view.source is PlanSource.EDITED
    assert view.steps[0].due_offset == timedelta(hours=1, minutes=15)


def test_remove_move_and_reset_to_default(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    dialog = _dialog(qtbot, workspace, admin)
    _choose(dialog, "supply_chain")
    default = template_for("supply_chain")
    assert default is not None
    dialog.ui.stepsTable.selectRow(0)
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.downButton, Qt.MouseButton.LeftButton)
    assert [_cells(dialog, r)[1] for r in range(2)] == [default.steps[2].title_en, default.steps[1].title_en]
    qtbot.mouseClick(dialog.ui.undoButton, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == len(default.steps)  # undo goes back to what is stored
    dialog.ui.stepsTable.selectRow(0)
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert len(workspace.response_plans.template(admin, "supply_chain", None).steps) == len(default.steps) - 1

    qtbot.mouseClick(dialog.ui.resetButton, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == len(default.steps)
    assert "default" in dialog.ui.sourceLabel.text()
    assert workspace.response_plans.template(admin, "supply_chain", None).source is PlanSource.DEFAULT


def test_a_grade_plan_starts_from_the_all_grades_plan(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    dialog = _dialog(qtbot, workspace, admin)
    _choose(dialog, "public_health", "I")
    assert "no plan of its own" in dialog.ui.sourceLabel.text()
    assert not dialog.ui.resetButton.isEnabled()
    dialog.ui.stepsTable.selectRow(0)
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert workspace.response_plans.template(admin, "public_health", "I").source is PlanSource.EDITED
    assert workspace.response_plans.template(admin, "public_health", None).source is PlanSource.DEFAULT


def test_only_admins_see_the_menu_item(open_window: object, sessions: dict[Role, Session]) -> None:
    admin_window = open_window(sessions[Role.ADMIN])  # type: ignore[operator]
    assert admin_window.actions[MainAction.RESPONSE_PLANS].isVisible()
    counsellor_window = open_window(sessions[Role.COUNSELLOR])  # type: ignore[operator]
    assert not counsellor_window.actions[MainAction.RESPONSE_PLANS].isVisible()


def test_the_menu_item_opens_the_dialog(
    qtbot: QtBot, open_window: object, sessions: dict[Role, Session]
) -> None:
    window = open_window(sessions[Role.ADMIN])  # type: ignore[operator]
    window.actions[MainAction.RESPONSE_PLANS].trigger()
    dialog = window.findChild(ResponsePlansDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.model.rowCount() > 0
    dialog.close()
