"""The on-call rota editor: tabs Members, Rotations, Overrides & swaps and Hours.

Everyone with ``ONCALL_VIEW`` sees the rota; only ``ONCALL_MANAGE`` (admins) gets the buttons that
change it, everyone else a read-only view. Contact numbers appear only for ``ONCALL_CONTACTS``
(reading them is audited by the service); hr_manager's roster comes de-identified, so the reasons of
overrides and swaps show a neutral placeholder. Every change goes through ``OnCallService``; a
refusal is shown in the dialog and nothing is written. ``rosterChanged`` tells the calendar and the
status bar to reload.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from app.domain.crisis_roles import CrisisRole
from app.domain.roles import Operation
from app.services.errors import InvalidInput, ServiceError, StorageError
from app.services.oncall import HoursRow, MemberView, RosterView, RotationView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_oncall_dialog import Ui_OnCallDialog
from app.ui.incident_labels import crisis_role_name, local_time_text
from app.ui.oncall_member_dialog import OnCallMemberDialog, refusal_text
from app.ui.oncall_override_dialog import KIND_OVERRIDE, KIND_SWAP, OnCallOverrideDialog
from app.ui.oncall_rotation_dialog import OnCallRotationDialog, fill_zone_combo, rotation_text
from app.ui.risk_editor import ERROR_STYLE

PREVIEW_COUNT = 6
PREVIEW_WINDOW = timedelta(days=120)


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]], keys: list[object]) -> None:
    """Replace a read-only table's contents; each row's first cell carries its key (UserRole)."""
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, (row, key) in enumerate(zip(rows, keys, strict=True)):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(r, c, item)
    table.verticalHeader().hide()
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def _key(table: QTableWidget) -> object | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class OnCallDialog(QDialog):
    """Keep the rota; see the module docstring for who may do what."""

    rosterChanged = Signal()

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        parent: QWidget | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OnCallDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.now = now
        policy = workspace.policy
        self.can_manage = policy.allows(session.role, Operation.ONCALL_MANAGE)
        self.shows_contacts = policy.allows(session.role, Operation.ONCALL_CONTACTS)
        self.can_export = policy.allows(session.role, Operation.ONCALL_HOURS_EXPORT)
        self.roster: RosterView | None = None
        self.members: tuple[MemberView, ...] = ()
        self.hours: tuple[HoursRow, ...] = ()
        # Removing is not undoable and changes who gets called at night: every removal asks first.
        # Tests replace this with a function that answers for the user.
        self.confirm: Callable[[str], bool] = self._ask
        ui = self.ui
        ui.addMemberButton.clicked.connect(self.add_member)
        ui.editMemberButton.clicked.connect(self.edit_member)
        ui.memberTable.itemDoubleClicked.connect(lambda _item: self.edit_member())
        ui.activeMemberButton.clicked.connect(self.toggle_active)
        ui.removeMemberButton.clicked.connect(self.remove_member)
        ui.memberTable.itemSelectionChanged.connect(self._member_selected)
        ui.addRotationButton.clicked.connect(self.add_rotation)
        ui.editRotationButton.clicked.connect(self.edit_rotation)
        ui.removeRotationButton.clicked.connect(self.remove_rotation)
        ui.rotationTable.itemSelectionChanged.connect(self.update_preview)
        ui.addOverrideButton.clicked.connect(lambda: self.add_override(KIND_OVERRIDE))
        ui.addSwapButton.clicked.connect(lambda: self.add_override(KIND_SWAP))
        ui.removeOverrideButton.clicked.connect(self.remove_override)
        today = self._now().astimezone().date()
        first = QDate(today.year, today.month, 1)
        ui.fromMonthEdit.setDate(first.addMonths(-2))
        ui.toMonthEdit.setDate(first)
        fill_zone_combo(ui.hoursZoneCombo)
        ui.fromMonthEdit.dateChanged.connect(self.refresh_hours)
        ui.toMonthEdit.dateChanged.connect(self.refresh_hours)
        ui.hoursZoneCombo.currentIndexChanged.connect(self.refresh_hours)
        ui.exportCsvButton.clicked.connect(lambda: self.choose_export("csv"))
        ui.exportXlsxButton.clicked.connect(lambda: self.choose_export("xlsx"))
        for button in (
            ui.addMemberButton, ui.editMemberButton, ui.activeMemberButton, ui.removeMemberButton,
            ui.addRotationButton, ui.editRotationButton, ui.removeRotationButton,
            ui.addOverrideButton, ui.addSwapButton, ui.removeOverrideButton,
        ):  # fmt: skip
            button.setVisible(self.can_manage)
        ui.exportCsvButton.setEnabled(self.can_export)
        ui.exportXlsxButton.setEnabled(self.can_export)
        if self.can_manage:
            ui.accessLabel.hide()
        else:
            ui.accessLabel.setText(self.tr("Read only: only an administrator can change the rota."))
        ui.messageLabel.hide()
        self.refresh()

    def _now(self) -> datetime:
        return self.now or datetime.now(UTC)

    # -- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything from the service (after a change, or when asked)."""
        oncall = self.workspace.oncall
        self.roster = oncall.roster(self.session)
        self.members = oncall.members(self.session, include_contacts=self.shows_contacts)
        self._show_members()
        self._show_rotations()
        self._show_overrides()
        self.refresh_hours()

    def _name(self, member_id: int | None) -> str:
        if member_id is None:
            return self.tr("nobody (hole)")
        member = next((m for m in self.members if m.id == member_id), None)
        return (
            member.display_name if member is not None else self.tr("member %1").replace("%1", str(member_id))
        )

    def _show_members(self) -> None:
        headers = [self.tr("Name"), self.tr("Roles"), self.tr("Active")]
        if self.shows_contacts:
            headers.insert(2, self.tr("Contact numbers"))
        rows = []
        for m in self.members:
            roles = ", ".join(crisis_role_name(r) for r in CrisisRole if r in m.roles)
            row = [m.display_name, roles, self.tr("yes") if m.active else self.tr("no (left)")]
            if self.shows_contacts:
                row.insert(2, ", ".join(m.contact_numbers or ()))
            rows.append(row)
        _fill(self.ui.memberTable, headers, rows, [m.id for m in self.members])
        self._member_selected()

    def _rotations(self) -> tuple[RotationView, ...]:
        return self.roster.rotations if self.roster is not None else ()

    def _show_rotations(self) -> None:
        rotations = self._rotations()
        headers = [self.tr("Role"), self.tr("Hand-over"), self.tr("Starts"), self.tr("Members in turn")]
        rows = [
            [
                crisis_role_name(r.role),
                rotation_text(r),
                local_time_text(r.starts_at),
                " → ".join(self._name(i) for i in r.member_ids),
            ]
            for r in rotations
        ]
        _fill(self.ui.rotationTable, headers, rows, [r.id for r in rotations])
        if rotations:
            self.ui.rotationTable.selectRow(0)
        self.update_preview()

    def preview_rows(self) -> list[list[str]]:
        """The next hand-overs of the selected rotation's role: from, until, who (final shifts)."""
        rotation_id = _key(self.ui.rotationTable)
        rotation = next((r for r in self._rotations() if r.id == rotation_id), None)
        if rotation is None:
            return []
        start = max(self._now(), rotation.starts_at)
        shifts = self.workspace.oncall.shifts_between(
            self.session, start, start + PREVIEW_WINDOW, [rotation.role]
        )
        return [
            [local_time_text(s.start), local_time_text(s.end), s.member_name] for s in shifts[:PREVIEW_COUNT]
        ]

    def update_preview(self) -> None:
        rows = self.preview_rows()
        headers = [self.tr("From"), self.tr("Until"), self.tr("On call")]
        _fill(self.ui.previewTable, headers, rows, list(range(len(rows))))

    def _reason(self, reason: str | None) -> str:
        return self.tr("(withheld)") if reason is None else reason

    def _show_overrides(self) -> None:
        roster = self.roster
        if roster is None:
            return
        headers = [self.tr("Kind"), self.tr("Role"), self.tr("Who"), self.tr("From / shifts"), self.tr("Until"),
                   self.tr("Reason")]  # fmt: skip
        rows, keys = [], []
        for o in roster.overrides:
            rows.append([
                self.tr("Override"), crisis_role_name(o.role), self._name(o.member_id),
                local_time_text(o.start), local_time_text(o.end), self._reason(o.reason),
            ])  # fmt: skip
            keys.append((KIND_OVERRIDE, o.id))
        for s in roster.swaps:
            rows.append([
                self.tr("Swap"), crisis_role_name(s.role),
                f"{self._name(s.first_member_id)} ⇄ {self._name(s.second_member_id)}",
                f"{local_time_text(s.first_shift_start)} ⇄ {local_time_text(s.second_shift_start)}", "",
                self._reason(s.reason),
            ])  # fmt: skip
            keys.append((KIND_SWAP, s.id))
        _fill(self.ui.overrideTable, headers, rows, keys)

    def month_range(self) -> tuple[tuple[int, int], tuple[int, int]]:
        first: date = self.ui.fromMonthEdit.date().toPython()
        last: date = self.ui.toMonthEdit.date().toPython()
        return (first.year, first.month), (last.year, last.month)

    def refresh_hours(self) -> None:
        first, last = self.month_range()
        zone = self.ui.hoursZoneCombo.currentText().strip() or "UTC"
        try:
            self.hours = self.workspace.oncall.monthly_hours(self.session, first, last, zone)
        except (InvalidInput, ServiceError) as error:
            self.hours = ()
            self.ui.hoursTotalLabel.setText(refusal_text(error))
            _fill(self.ui.hoursTable, [], [], [])
            return
        headers = [self.tr("Person"), self.tr("Role"), self.tr("Month"), self.tr("Hours")]
        rows = [
            [
                h.member_name,
                crisis_role_name(h.role),
                f"{h.month.year:04d}-{h.month.month:02d}",
                f"{h.hours:.2f}",
            ]
            for h in self.hours
        ]
        _fill(self.ui.hoursTable, headers, rows, [h.member_id for h in self.hours])
        total = sum(h.hours for h in self.hours)
        self.ui.hoursTotalLabel.setText(self.tr("Total: %1 hours").replace("%1", f"{total:.2f}"))

    # -- messages ---------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.show()

    def _changed(self) -> None:
        self.ui.messageLabel.hide()
        self.refresh()
        self.rosterChanged.emit()

    def _attempt(self, action: object) -> bool:
        """Run a direct service write; a refusal is shown and nothing changes."""
        try:
            action()  # type: ignore[operator]
        except (InvalidInput, ServiceError, StorageError) as error:
            self.show_message(refusal_text(error))
            return False
        self._changed()
        return True

    # -- members ----------------------------------------------------------------------------------

    def selected_member(self) -> MemberView | None:
        member_id = _key(self.ui.memberTable)
        return next((m for m in self.members if m.id == member_id), None)

    def _member_selected(self) -> None:
        member = self.selected_member()
        ui = self.ui
        for button in (ui.editMemberButton, ui.activeMemberButton, ui.removeMemberButton):
            button.setEnabled(member is not None)
        ui.activeMemberButton.setText(
            self.tr("&Reactivate") if member is not None and not member.active else self.tr("&Deactivate")
        )

    def member_dialog(self, member: MemberView | None = None) -> OnCallMemberDialog:
        """The member dialog, parented here (tests fill and accept it)."""
        return OnCallMemberDialog(self.workspace, self.session, member, self)

    def add_member(self) -> None:
        if self.member_dialog().exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def edit_member(self) -> None:
        member = self.selected_member()
        if (
            member is not None
            and self.can_manage
            and self.member_dialog(member).exec() == QDialog.DialogCode.Accepted
        ):
            self._changed()

    def toggle_active(self) -> None:
        member = self.selected_member()
        if member is not None:
            self._attempt(
                lambda: self.workspace.oncall.set_member_active(self.session, member.id, not member.active)
            )

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove from the rota"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        question = self.tr(
            "Remove %1 from the rota? They leave every rotation; their past shifts stay in the hours "
            "report. To keep them for later, mark them inactive instead."
        ).replace("%1", member.display_name)
        if self.confirm(question):
            self._attempt(lambda: self.workspace.oncall.remove_member(self.session, member.id))

    # -- rotations --------------------------------------------------------------------------------

    def rotation_dialog(self, rotation: RotationView | None = None) -> OnCallRotationDialog:
        return OnCallRotationDialog(self.workspace, self.session, self.members, rotation, self)

    def add_rotation(self) -> None:
        if self.rotation_dialog().exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def edit_rotation(self) -> None:
        rotation_id = _key(self.ui.rotationTable)
        rotation = next((r for r in self._rotations() if r.id == rotation_id), None)
        if rotation is not None and self.rotation_dialog(rotation).exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def remove_rotation(self) -> None:
        rotation_id = _key(self.ui.rotationTable)
        rotation = next((r for r in self._rotations() if r.id == rotation_id), None)
        if rotation is None:
            return
        question = self.tr(
            "Remove the %1 rotation? From now on nobody is on call for that role unless another "
            "rotation or an override covers it."
        ).replace("%1", crisis_role_name(rotation.role))
        if self.confirm(question):
            self._attempt(lambda: self.workspace.oncall.remove_rotation(self.session, rotation.id))

    # -- overrides and swaps ----------------------------------------------------------------------

    def override_dialog(self, kind: str = KIND_OVERRIDE) -> OnCallOverrideDialog:
        return OnCallOverrideDialog(self.workspace, self.session, self.members, self, kind=kind, now=self.now)

    def add_override(self, kind: str) -> None:
        if self.override_dialog(kind).exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def remove_override(self) -> None:
        key = _key(self.ui.overrideTable)
        if not isinstance(key, tuple):
            return
        kind, item_id = key
        question = (
            self.tr("Remove this override? The rotation's own shifts apply again for its time.")
            if kind == KIND_OVERRIDE
            else self.tr("Undo this swap? Both members get their original shifts back.")
        )
        if not self.confirm(question):
            return
        oncall = self.workspace.oncall
        if kind == KIND_OVERRIDE:
            self._attempt(lambda: oncall.remove_override(self.session, item_id))
        else:
            self._attempt(lambda: oncall.remove_swap(self.session, item_id))

    # -- hours export -----------------------------------------------------------------------------

    def export_hours_to(self, path: Path, fmt: str) -> int | None:
        """Write the shown months as CSV/XLSX through the service; the row count, or None if refused."""
        first, last = self.month_range()
        zone = self.ui.hoursZoneCombo.currentText().strip() or "UTC"
        try:
            count = self.workspace.oncall.export_hours(self.session, path, fmt, first, last, tz=zone)
        except (InvalidInput, ServiceError, StorageError) as error:
            self.show_message(refusal_text(error))
            return None
        self.ui.messageLabel.hide()
        self.ui.hoursTotalLabel.setText(
            self.tr("Exported %1 rows to %2").replace("%1", str(count)).replace("%2", path.name)
        )
        return count

    def choose_export(self, fmt: str) -> None:
        first, last = self.month_range()
        suggested = f"oncall-hours-{first[0]:04d}-{first[1]:02d}-{last[0]:04d}-{last[1]:02d}.{fmt}"
        pattern = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Excel workbooks (*.xlsx)")
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export on-call hours"), suggested, pattern)
        if name:
            self.export_hours_to(Path(name), fmt)
