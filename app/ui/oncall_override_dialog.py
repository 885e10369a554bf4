"""Record an override (someone stands in, or nobody: a hole) or a swap of two scheduled shifts.

Times are entered in the workstation's local time and stored in UTC by the service. A swap picks
two of the role's scheduled shifts from the coming weeks (each named by its scheduled start, as the
service wants). The reason may be medical, so it is never logged; a refusal is shown in the dialog,
which stays open, and nothing is written.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.crisis_roles import CrisisRole
from app.domain.oncall_rotation import RotationPattern, ShiftSource
from app.services.errors import InvalidInput, ServiceError, StorageError
from app.services.oncall import MemberView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_oncall_override_dialog import Ui_OnCallOverrideDialog
from app.ui.incident_labels import crisis_role_name, local_time_text
from app.ui.oncall_member_dialog import refusal_text
from app.ui.risk_editor import ERROR_STYLE

KIND_OVERRIDE, KIND_SWAP = "override", "swap"
SWAP_WINDOW = timedelta(days=120)
"""How far ahead the swap dialog lists scheduled shifts to choose from."""


def local_edit_time(edit: QDateTime) -> datetime:
    """A QDateTimeEdit's wall-clock value as an aware local time (the service stores it in UTC)."""
    return edit.toPython().replace(second=0, microsecond=0).astimezone()  # type: ignore[union-attr]


class OnCallOverrideDialog(QDialog):
    """Add an override or a swap; ``saved`` is the stored view after Save."""

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        members: tuple[MemberView, ...],
        parent: QWidget | None = None,
        *,
        kind: str = KIND_OVERRIDE,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OnCallOverrideDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.members = members
        self.now = now or datetime.now(UTC)
        self.saved: object | None = None
        ui = self.ui
        ui.kindCombo.addItem(self.tr("Override (someone stands in)"), KIND_OVERRIDE)
        ui.kindCombo.addItem(self.tr("Swap two scheduled shifts"), KIND_SWAP)
        for role in CrisisRole:
            ui.roleCombo.addItem(crisis_role_name(role), role.value)
        start = QDateTime(self.now.astimezone().replace(minute=0, second=0, microsecond=0, tzinfo=None))
        ui.startEdit.setDateTime(start.addSecs(3600))
        ui.endEdit.setDateTime(start.addSecs(3600 * 25))
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(kind))
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.roleCombo.currentIndexChanged.connect(self._role_changed)
        ui.buttonBox.accepted.connect(self.accept)
        ui.messageLabel.hide()
        self._kind_changed()
        self._role_changed()

    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData())

    def role(self) -> CrisisRole:
        return CrisisRole(self.ui.roleCombo.currentData())

    def _kind_changed(self) -> None:
        swap = self.kind() == KIND_SWAP
        self.ui.pages.setCurrentWidget(self.ui.swapPage if swap else self.ui.overridePage)
        self.setWindowTitle(self.tr("Add swap") if swap else self.tr("Add override"))

    def _role_changed(self) -> None:
        ui = self.ui
        role = self.role()
        ui.memberCombo.clear()
        ui.memberCombo.addItem(self.tr("Nobody (record a hole in the cover)"), None)
        for member in self.members:
            if member.active and role in member.roles:
                ui.memberCombo.addItem(member.display_name, member.id)
        if ui.memberCombo.count() > 1:
            ui.memberCombo.setCurrentIndex(1)
        starts = self._period_starts(role)
        shifts = [
            s
            for s in self.workspace.oncall.shifts_between(
                self.session, self.now, self.now + SWAP_WINDOW, [role]
            )
            if s.source is ShiftSource.SCHEDULED and s.start in starts
        ]
        for combo in (ui.firstCombo, ui.secondCombo):
            combo.clear()
            for shift in shifts:
                combo.addItem(
                    f"{local_time_text(shift.start)} – {local_time_text(shift.end)} · {shift.member_name}",
                    (shift.member_id, shift.start),
                )
        if ui.secondCombo.count() > 1:
            ui.secondCombo.setCurrentIndex(1)

    def _period_starts(self, role: CrisisRole) -> set[datetime]:
        """The scheduled hand-over instants of the role's rotations in the window: a swap names a
        shift by its scheduled start, so a shift cut short at its start by an override is not offered."""
        starts: set[datetime] = set()
        end = self.now + SWAP_WINDOW
        for view in self.workspace.oncall.roster(self.session).rotations:
            if view.role is not role:
                continue
            pattern = RotationPattern(
                view.role, view.handover, view.member_ids, view.anchor, view.handover_time, view.time_zone,
                view.weekday,
            )  # fmt: skip
            index = max(0, (pattern.period_index(self.now) or 0) - 1)
            while (at := pattern.period_start(index)) < end:
                starts.add(at)
                index += 1
        return starts

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.show()

    def accept(self) -> None:
        ui = self.ui
        oncall = self.workspace.oncall
        reason = ui.reasonEdit.toPlainText()
        try:
            if self.kind() == KIND_OVERRIDE:
                saved: object = oncall.add_override(
                    self.session,
                    role=self.role(),
                    member_id=ui.memberCombo.currentData(),
                    start=local_edit_time(ui.startEdit.dateTime()),
                    end=local_edit_time(ui.endEdit.dateTime()),
                    reason=reason,
                )
            else:
                first, second = ui.firstCombo.currentData(), ui.secondCombo.currentData()
                if first is None or second is None:
                    self.show_message(
                        self.tr("The role has no scheduled shifts to swap in the coming weeks.")
                    )
                    return
                saved = oncall.add_swap(
                    self.session,
                    role=self.role(),
                    first_member_id=first[0],
                    first_shift_start=first[1].astimezone(UTC),
                    second_member_id=second[0],
                    second_shift_start=second[1].astimezone(UTC),
                    reason=reason,
                )
        except (InvalidInput, ServiceError, StorageError) as error:
            self.show_message(refusal_text(error))
            return
        self.saved = saved
        super().accept()
