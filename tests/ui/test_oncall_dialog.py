"""The on-call rota dialog and its member/rotation/override dialogs against a real database."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from app.domain.crisis_roles import CrisisRole
from app.domain.oncall_rotation import Handover
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.oncall_dialog import OnCallDialog
from app.ui.oncall_override_dialog import KIND_OVERRIDE, KIND_SWAP

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)  # a Wednesday
NUMBER = "+852 9123 4567"


def _dialog(qtbot: QtBot, workspace: Workspace, session: Session) -> OnCallDialog:
    dialog = OnCallDialog(workspace, session, now=NOW)
    qtbot.addWidget(dialog)
    return dialog


def _seed(workspace: Workspace, admin: Session) -> tuple[int, int]:
    oncall = workspace.oncall
    alice = oncall.add_member(
        admin, display_name="Chan Tai-man", roles=["crisis_lead"], contact_numbers=[NUMBER]
    )
    bob = oncall.add_member(admin, display_name="Lee Mei", roles=["crisis_lead", "counsellor"])
    oncall.add_rotation(
        admin, role="crisis_lead", handover="weekly", weekday=0, member_ids=[alice.id, bob.id],
        anchor=date(2026, 11, 2), handover_time=time(9), time_zone="Asia/Hong_Kong",
    )  # fmt: skip
    return alice.id, bob.id


def test_add_member_and_rotation_through_the_dialogs(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    dialog = _dialog(qtbot, workspace, admin)
    changed: list[bool] = []
    dialog.rosterChanged.connect(lambda: changed.append(True))

    for name, roles in (("Chan Tai-man", {CrisisRole.CRISIS_LEAD}), ("Lee Mei", {CrisisRole.CRISIS_LEAD})):
        member_dialog = dialog.member_dialog()
        qtbot.addWidget(member_dialog)
        assert member_dialog.ui.contactsEdit.isVisibleTo(member_dialog)
        member_dialog.ui.nameEdit.setText(name)
        member_dialog.set_roles(roles)
        member_dialog.ui.contactsEdit.setPlainText(NUMBER if name.startswith("Chan") else "")
        member_dialog.accept()
        assert member_dialog.saved is not None
        dialog._changed()
    members = workspace.oncall.members(admin, include_contacts=True)
    assert [(m.display_name, m.contact_numbers) for m in members] == [
        ("Chan Tai-man", (NUMBER,)),
        ("Lee Mei", ()),
    ]
    assert dialog.ui.memberTable.rowCount() == 2
    assert dialog.ui.memberTable.item(0, 2).text() == NUMBER

    rotation_dialog = dialog.rotation_dialog()
    qtbot.addWidget(rotation_dialog)
    ui = rotation_dialog.ui
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("crisis_lead"))
    ui.handoverCombo.setCurrentIndex(ui.handoverCombo.findData("weekly"))
    ui.weekdayCombo.setCurrentIndex(0)
    ui.timeEdit.setTime(QTime(9, 0))
    ui.zoneCombo.setCurrentText("Asia/Hong_Kong")
    ui.anchorEdit.setDate(QDate(2026, 11, 30))
    assert ui.availableList.count() == 2
    lee, chan = members[1].id, members[0].id
    rotation_dialog.add_member(lee)
    rotation_dialog.add_member(chan)
    ui.orderList.setCurrentRow(1)
    rotation_dialog.move_selected(-1)  # Chan first
    assert rotation_dialog.member_ids() == [chan, lee]
    rotation_dialog.accept()
    assert rotation_dialog.saved is not None
    dialog._changed()

    (rotation,) = workspace.oncall.roster(admin).rotations
    assert rotation.role is CrisisRole.CRISIS_LEAD
    assert rotation.handover is Handover.WEEKLY
    assert rotation.weekday == 0
    assert rotation.handover_time == time(9)
    assert rotation.time_zone == "Asia/Hong_Kong"
    assert rotation.member_ids == (chan, lee)
    assert rotation.starts_at == datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # 09:00 HKT
    # Preview of the next hand-overs: the shift holding NOW (Chan's first week), then Lee's.
    preview = dialog.preview_rows()
    assert [row[2] for row in preview[:3]] == ["Chan Tai-man", "Lee Mei", "Chan Tai-man"]
    assert dialog.ui.previewTable.rowCount() == len(preview) >= 3
    assert changed


def test_invalid_input_shows_the_message_and_writes_nothing(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    dialog = _dialog(qtbot, workspace, admin)
    member_dialog = dialog.member_dialog()
    qtbot.addWidget(member_dialog)
    member_dialog.ui.nameEdit.setText("   ")
    member_dialog.set_roles(set())
    member_dialog.ui.contactsEdit.setPlainText("call me maybe")
    member_dialog.accept()
    assert member_dialog.saved is None
    assert member_dialog.result() != member_dialog.DialogCode.Accepted
    message = member_dialog.ui.messageLabel.text()
    assert member_dialog.ui.messageLabel.isVisibleTo(member_dialog)
    assert "display_name" in message
    assert "roles" in message
    assert "contact_numbers[0]" in message
    assert "call me maybe" not in message
    assert workspace.oncall.members(admin) == ()

    # A rotation with no members is refused; nothing stored.
    workspace.oncall.add_member(admin, display_name="Chan Tai-man", roles=["crisis_lead"])
    dialog.refresh()
    rotation_dialog = dialog.rotation_dialog()
    qtbot.addWidget(rotation_dialog)
    rotation_dialog.accept()
    assert rotation_dialog.saved is None
    assert "member_ids" in rotation_dialog.ui.messageLabel.text()
    assert workspace.oncall.roster(admin).rotations == ()

    # An override whose end is before its start.
    override_dialog = dialog.override_dialog(KIND_OVERRIDE)
    qtbot.addWidget(override_dialog)
    override_dialog.ui.startEdit.setDateTime(QDateTime(QDate(2026, 12, 10), QTime(9, 0)))
    override_dialog.ui.endEdit.setDateTime(QDateTime(QDate(2026, 12, 9), QTime(9, 0)))
    override_dialog.ui.reasonEdit.setPlainText("off sick")
    override_dialog.accept()
    assert override_dialog.saved is None
    assert override_dialog.ui.messageLabel.text().startswith("Not saved")
    assert "off sick" not in override_dialog.ui.messageLabel.text()
    assert workspace.oncall.roster(admin).overrides == ()


def test_override_saved_and_listed_with_local_times(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    _alice, bob = _seed(workspace, admin)
    dialog = _dialog(qtbot, workspace, admin)
    override_dialog = dialog.override_dialog(KIND_OVERRIDE)
    qtbot.addWidget(override_dialog)
    ui = override_dialog.ui
    ui.memberCombo.setCurrentIndex(ui.memberCombo.findData(bob))
    start = datetime(2026, 12, 3, 8, 0).astimezone()  # local wall time
    ui.startEdit.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(8, 0)))
    ui.endEdit.setDateTime(QDateTime(QDate(2026, 12, 4), QTime(8, 0)))
    ui.reasonEdit.setPlainText("dentist")
    override_dialog.accept()
    assert override_dialog.saved is not None
    dialog._changed()
    (stored,) = workspace.oncall.roster(admin).overrides
    assert (stored.member_id, stored.start, stored.end - stored.start) == (
        bob,
        start.astimezone(UTC),
        timedelta(days=1),
    )
    assert dialog.ui.overrideTable.item(0, 2).text() == "Lee Mei"
    assert dialog.ui.overrideTable.item(0, 5).text() == "dentist"


def test_read_only_role_and_deidentified_hr_view(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], tmp_path: Path
) -> None:
    admin = sessions[Role.ADMIN]
    _seed(workspace, admin)
    workspace.oncall.add_override(
        admin, role="crisis_lead", member_id=None, start=datetime(2026, 12, 20, tzinfo=UTC),
        end=datetime(2026, 12, 21, tzinfo=UTC), reason="off sick",
    )  # fmt: skip
    counsellor = _dialog(qtbot, workspace, sessions[Role.COUNSELLOR])
    assert not counsellor.ui.addMemberButton.isVisibleTo(counsellor)
    assert not counsellor.ui.addRotationButton.isVisibleTo(counsellor)
    assert not counsellor.ui.addOverrideButton.isVisibleTo(counsellor)
    assert counsellor.ui.accessLabel.text().startswith("Read only")
    assert counsellor.ui.memberTable.item(0, 2).text() == NUMBER  # casework sees numbers
    assert counsellor.ui.overrideTable.item(0, 5).text() == "off sick"

    hr = _dialog(qtbot, workspace, sessions[Role.HR_MANAGER])
    headers = [
        hr.ui.memberTable.horizontalHeaderItem(i).text() for i in range(hr.ui.memberTable.columnCount())
    ]
    assert "Contact numbers" not in headers
    texts = [hr.ui.memberTable.item(r, c).text() for r in range(2) for c in range(len(headers))]
    assert NUMBER not in texts
    assert hr.ui.overrideTable.item(0, 5).text() == "(withheld)"
    assert hr.ui.overrideTable.item(0, 2).text() == "nobody (hole)"
    member_dialog = hr.member_dialog(workspace.oncall.members(sessions[Role.HR_MANAGER])[0])
    qtbot.addWidget(member_dialog)
    assert not member_dialog.ui.contactsEdit.isVisibleTo(member_dialog)
    assert member_dialog.ui.nameEdit.isReadOnly()

    # HR pays the allowances: the Hours tab lists and exports for hr_manager too.
    hr.ui.fromMonthEdit.setDate(QDate(2026, 11, 1))
    hr.ui.toMonthEdit.setDate(QDate(2026, 11, 1))
    hr.ui.hoursZoneCombo.setCurrentText("Asia/Hong_Kong")
    hr.refresh_hours()
    # November in Hong Kong: rota starts Mon 2 Nov 09:00, so 28 d 15 h covered (no DST in HK).
    assert round(sum(h.hours for h in hr.hours), 2) == 28 * 24 + 15
    out = tmp_path / "hours.csv"
    assert hr.export_hours_to(out, "csv") == hr.ui.hoursTable.rowCount() == 2
    assert "Chan Tai-man" in out.read_text(encoding="utf-8-sig")


def test_swap_of_two_scheduled_shifts(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    alice, bob = _seed(workspace, admin)
    hole_end = datetime(2026, 12, 16, 12, tzinfo=UTC)
    workspace.oncall.add_override(
        admin, role="crisis_lead", member_id=None, start=datetime(2026, 12, 16, tzinfo=UTC), end=hole_end,
        reason="training",
    )  # fmt: skip
    dialog = _dialog(qtbot, workspace, admin)
    swap_dialog = dialog.override_dialog(KIND_SWAP)
    qtbot.addWidget(swap_dialog)
    ui = swap_dialog.ui
    offered = [ui.firstCombo.itemData(i) for i in range(ui.firstCombo.count())]
    # Weekly Monday 09:00 Hong Kong = 01:00 UTC; the piece after the hole is not a scheduled start.
    assert offered[:3] == [
        (alice, datetime(2026, 11, 30, 1, tzinfo=UTC)),
        (bob, datetime(2026, 12, 7, 1, tzinfo=UTC)),
        (alice, datetime(2026, 12, 14, 1, tzinfo=UTC)),
    ]
    assert all(start != hole_end for _member, start in offered)
    ui.firstCombo.setCurrentIndex(1)
    ui.secondCombo.setCurrentIndex(2)
    ui.reasonEdit.setPlainText("family wedding")
    swap_dialog.accept()
    assert swap_dialog.saved is not None
    (swap,) = workspace.oncall.roster(admin).swaps
    assert (swap.first_member_id, swap.first_shift_start) == (bob, datetime(2026, 12, 7, 1, tzinfo=UTC))
    assert (swap.second_member_id, swap.second_shift_start) == (alice, datetime(2026, 12, 14, 1, tzinfo=UTC))
    shifts = workspace.oncall.shifts_between(
        admin, datetime(2026, 12, 8, tzinfo=UTC), datetime(2026, 12, 9, tzinfo=UTC), ["crisis_lead"]
    )
    assert [s.member_name for s in shifts] == ["Chan Tai-man"]


def test_every_removal_asks_first_and_no_keeps_the_rota(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    _seed(workspace, admin)
    workspace.oncall.add_override(
        admin, role="crisis_lead", member_id=None, start=datetime(2026, 12, 20, tzinfo=UTC),
        end=datetime(2026, 12, 21, tzinfo=UTC), reason="off sick",
    )  # fmt: skip
    dialog = _dialog(qtbot, workspace, admin)
    asked: list[str] = []
    answer = [False]

    def confirm(text: str) -> bool:
        asked.append(text)
        return answer[0]

    dialog.confirm = confirm
    dialog.ui.memberTable.selectRow(0)
    dialog.ui.rotationTable.selectRow(0)
    dialog.ui.overrideTable.selectRow(0)
    for remove in (dialog.remove_member, dialog.remove_rotation, dialog.remove_override):
        remove()
    assert len(asked) == 3
    assert "Chan Tai-man" in asked[0]
    assert "Crisis lead" in asked[1]
    assert "override" in asked[2]
    roster = workspace.oncall.roster(admin)
    assert (len(workspace.oncall.members(admin)), len(roster.rotations), len(roster.overrides)) == (2, 1, 1)

    answer[0] = True
    dialog.ui.overrideTable.selectRow(0)
    dialog.remove_override()
    dialog.ui.rotationTable.selectRow(0)
    dialog.remove_rotation()
    roster = workspace.oncall.roster(admin)
    assert (len(roster.rotations), len(roster.overrides)) == (0, 0)
