"""Add or replace one rotation: role, weekly (weekday + time) or daily (time) hand-over, time zone,
start date and the ordered members (up/down buttons).

The zone list offers the office zones the desk works in plus the workstation's own zone (the
default); any IANA name may be typed. The service builds the domain pattern and checks the whole
rota; a refusal is shown here, the dialog stays open and nothing is written.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import QComboBox, QDialog, QListWidget, QListWidgetItem, QWidget

from app.domain.crisis_roles import CrisisRole
from app.domain.oncall_rotation import Handover
from app.domain.roles import Operation
from app.services.errors import InvalidInput, ServiceError, StorageError
from app.services.oncall import MemberView, RotationView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_oncall_rotation_dialog import Ui_OnCallRotationDialog
from app.ui.incident_labels import crisis_role_name
from app.ui.oncall_member_dialog import refusal_text
from app.ui.risk_editor import ERROR_STYLE
from app.ui.system_zone import system_zone

OFFICE_ZONES = ("Asia/Hong_Kong", "Asia/Taipei", "Asia/Shanghai", "Europe/London", "UTC")
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("OnCallDialogs", "Monday"),
    QT_TRANSLATE_NOOP("OnCallDialogs", "Tuesday"),
    QT_TRANSLATE_NOOP("OnCallDialogs", "Wednesday"),
    QT_TRANSLATE_NOOP("OnCallDialogs", "Thursday"),
    QT_TRANSLATE_NOOP("OnCallDialogs", "Friday"),
    QT_TRANSLATE_NOOP("OnCallDialogs", "Saturday"),
    QT_TRANSLATE_NOOP("OnCallDialogs", "Sunday"),
)
_HANDOVERS = {
    Handover.WEEKLY: QT_TRANSLATE_NOOP("OnCallDialogs", "Weekly"),
    Handover.DAILY: QT_TRANSLATE_NOOP("OnCallDialogs", "Daily"),
}


def weekday_name(weekday: int) -> str:
    return QCoreApplication.translate("OnCallDialogs", _WEEKDAYS[weekday])


def handover_name(handover: Handover | str) -> str:
    return QCoreApplication.translate("OnCallDialogs", _HANDOVERS[Handover(handover)])


def fill_zone_combo(combo: QComboBox, current: str | None = None) -> None:
    """The system zone first, then the office zones; ``current`` selected (added if not listed)."""
    combo.clear()
    for name in dict.fromkeys((system_zone(), *OFFICE_ZONES)):
        combo.addItem(name, name)
    wanted = current or system_zone()
    if combo.findData(wanted) < 0:
        combo.addItem(wanted, wanted)
    combo.setCurrentIndex(combo.findData(wanted))


def rotation_text(rotation: RotationView) -> str:
    """ "Weekly, Monday 09:00 Asia/Hong_Kong" / "Daily, 08:30 Europe/London"."""
    at = rotation.handover_time.strftime("%H:%M")
    if rotation.weekday is not None:
        at = f"{weekday_name(rotation.weekday)} {at}"
    return f"{handover_name(rotation.handover)}, {at} {rotation.time_zone}"


class OnCallRotationDialog(QDialog):
    """``rotation`` ``None`` adds a pattern, else replaces it; ``saved`` holds the stored view."""

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        members: tuple[MemberView, ...],
        rotation: RotationView | None = None,
        parent: QWidget | None = None,
        *,
        role: CrisisRole | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OnCallRotationDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.rotation = rotation
        self.members = {m.id: m for m in members}
        self.saved: RotationView | None = None
        self.editable = workspace.policy.allows(session.role, Operation.ONCALL_MANAGE)
        ui = self.ui
        for crisis_role in CrisisRole:
            ui.roleCombo.addItem(crisis_role_name(crisis_role), crisis_role.value)
        for handover in (Handover.WEEKLY, Handover.DAILY):
            ui.handoverCombo.addItem(handover_name(handover), handover.value)
        for weekday in range(7):
            ui.weekdayCombo.addItem(weekday_name(weekday), weekday)
        start = today or date.today()
        if rotation is not None:
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(rotation.role.value))
            ui.handoverCombo.setCurrentIndex(ui.handoverCombo.findData(rotation.handover.value))
            ui.weekdayCombo.setCurrentIndex(rotation.weekday if rotation.weekday is not None else 0)
            at = rotation.handover_time
            ui.timeEdit.setTime(QTime(at.hour, at.minute))
            fill_zone_combo(ui.zoneCombo, rotation.time_zone)
            start = rotation.anchor
            self.setWindowTitle(self.tr("Replace rotation"))
        else:
            if role is not None:
                ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(role.value))
            ui.timeEdit.setTime(QTime(9, 0))
            fill_zone_combo(ui.zoneCombo)
            self.setWindowTitle(self.tr("Add rotation"))
        ui.anchorEdit.setDate(QDate(start.year, start.month, start.day))
        self._fill_members(rotation.member_ids if rotation is not None else ())
        ui.handoverCombo.currentIndexChanged.connect(self._handover_changed)
        ui.roleCombo.currentIndexChanged.connect(lambda _i: self._fill_members(self.member_ids()))
        ui.addButton.clicked.connect(self.add_selected)
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.upButton.clicked.connect(lambda: self.move_selected(-1))
        ui.downButton.clicked.connect(lambda: self.move_selected(1))
        ui.availableList.itemDoubleClicked.connect(lambda _item: self.add_selected())
        ui.buttonBox.accepted.connect(self.accept)
        self._handover_changed()
        if not self.editable:
            for widget in (
                ui.roleCombo, ui.handoverCombo, ui.weekdayCombo, ui.timeEdit, ui.zoneCombo, ui.anchorEdit,
                ui.addButton, ui.removeButton, ui.upButton, ui.downButton,
            ):  # fmt: skip
                widget.setEnabled(False)
            ui.buttonBox.setStandardButtons(ui.buttonBox.StandardButton.Close)
        ui.messageLabel.hide()

    # -- members in turn --------------------------------------------------------------------------

    def role(self) -> CrisisRole:
        return CrisisRole(self.ui.roleCombo.currentData())

    @staticmethod
    def _item(member: MemberView) -> QListWidgetItem:
        item = QListWidgetItem(member.display_name)
        item.setData(Qt.ItemDataRole.UserRole, member.id)
        return item

    def _fill_members(self, order: tuple[int, ...] | list[int]) -> None:
        """Available: active members holding the role; order keeps ids still valid for it."""
        ui = self.ui
        role = self.role()
        ui.availableList.clear()
        ui.orderList.clear()
        for member in self.members.values():
            if member.active and role in member.roles:
                ui.availableList.addItem(self._item(member))
        for member_id in order:
            member = self.members.get(member_id)
            if member is not None and role in member.roles:
                ui.orderList.addItem(self._item(member))

    def member_ids(self) -> list[int]:
        lst = self.ui.orderList
        return [int(lst.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(lst.count())]

    def add_member(self, member_id: int) -> None:
        """Append a member to the order (a member may appear more than once)."""
        self.ui.orderList.addItem(self._item(self.members[member_id]))

    def add_selected(self) -> None:
        item = self.ui.availableList.currentItem()
        if item is not None:
            self.add_member(int(item.data(Qt.ItemDataRole.UserRole)))

    def remove_selected(self) -> None:
        row = self.ui.orderList.currentRow()
        if row >= 0:
            self.ui.orderList.takeItem(row)

    def move_selected(self, step: int) -> None:
        lst: QListWidget = self.ui.orderList
        row = lst.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < lst.count():
            return
        item = lst.takeItem(row)
        lst.insertItem(target, item)
        lst.setCurrentRow(target)

    # -- saving -----------------------------------------------------------------------------------

    def _handover_changed(self) -> None:
        weekly = self.ui.handoverCombo.currentData() == Handover.WEEKLY.value
        self.ui.weekdayCombo.setVisible(weekly)
        self.ui.weekdayLabel.setVisible(weekly)

    def values(self) -> dict[str, object]:
        ui = self.ui
        handover = Handover(ui.handoverCombo.currentData())
        at = ui.timeEdit.time()
        return {
            "role": self.role(),
            "handover": handover,
            "weekday": int(ui.weekdayCombo.currentData()) if handover is Handover.WEEKLY else None,
            "handover_time": time(at.hour(), at.minute()),
            "time_zone": ui.zoneCombo.currentText().strip(),
            "anchor": ui.anchorEdit.date().toPython(),
            "member_ids": self.member_ids(),
        }

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.show()

    def accept(self) -> None:
        if not self.editable:
            super().accept()
            return
        oncall = self.workspace.oncall
        try:
            if self.rotation is None:
                saved = oncall.add_rotation(self.session, **self.values())  # type: ignore[arg-type]
            else:
                saved = oncall.replace_rotation(self.session, self.rotation.id, **self.values())  # type: ignore[arg-type]
        except (InvalidInput, ServiceError, StorageError) as error:
            self.show_message(refusal_text(error))
            return
        self.saved = saved
        super().accept()
