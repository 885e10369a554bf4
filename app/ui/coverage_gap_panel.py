"""Where the 24/7 rota has nobody on call, over the coming days.

Required roles: every crisis role that has at least one rotation. A role nobody has set up a rota
for is not reported as one endless gap (the desk may not staff it around the clock); a role with a
rotation that starts later, or an override naming nobody, shows its uncovered time. Double-clicking
a gap emits ``gapActivated`` with its start so the calendar can jump there.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from app.domain.crisis_roles import CrisisRole
from app.domain.oncall_coverage import CoverageGap
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_coverage_gap_panel import Ui_CoverageGapPanel
from app.ui.incident_labels import crisis_role_name, duration_text, local_time_text

HORIZON_DAYS = (7, 30, 90, 365)


class CoverageGapPanel(QWidget):
    """The list of coverage gaps from now to the chosen horizon."""

    gapActivated = Signal(object)  # datetime (UTC): the gap's start

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        parent: QWidget | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CoverageGapPanel()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.now = now
        self.gaps: tuple[CoverageGap, ...] = ()
        ui = self.ui
        for days in HORIZON_DAYS:
            ui.horizonCombo.addItem(self.tr("next %1 days").replace("%1", str(days)), days)
        ui.horizonCombo.setCurrentIndex(1)
        ui.gapTable.setColumnCount(4)
        ui.gapTable.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("From"), self.tr("Until"), self.tr("Length")]
        )
        ui.gapTable.verticalHeader().hide()
        ui.horizonCombo.currentIndexChanged.connect(self.refresh)
        ui.gapTable.cellDoubleClicked.connect(self._activated)
        self.refresh()

    def set_horizon(self, days: int) -> None:
        self.ui.horizonCombo.setCurrentIndex(self.ui.horizonCombo.findData(days))

    def required_roles(self) -> list[CrisisRole]:
        """The roles that have a rotation (see the module docstring)."""
        roster = self.workspace.oncall.roster(self.session)
        present = {r.role for r in roster.rotations}
        return [role for role in CrisisRole if role in present]

    def refresh(self) -> None:
        ui = self.ui
        start = self.now or datetime.now(UTC)
        end = start + timedelta(days=int(ui.horizonCombo.currentData()))
        roles = self.required_roles()
        self.gaps = self.workspace.oncall.coverage_gaps(self.session, start, end, roles) if roles else ()
        ui.gapTable.setRowCount(len(self.gaps))
        for row, gap in enumerate(self.gaps):
            cells = [
                crisis_role_name(gap.role),
                local_time_text(gap.start),
                local_time_text(gap.end),
                duration_text(gap.end - gap.start),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, gap.start)
                ui.gapTable.setItem(row, column, item)
        ui.gapTable.resizeColumnsToContents()
        ui.gapTable.horizontalHeader().setStretchLastSection(True)
        if not roles:
            ui.summaryLabel.setText(
                self.tr("No rotation is set up yet, so no role is required to be covered.")
            )
        elif not self.gaps:
            ui.summaryLabel.setText(self.tr("Every role with a rotation is covered."))
        else:
            ui.summaryLabel.setText(self.tr("%1 gaps in the cover").replace("%1", str(len(self.gaps))))

    def _activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.gaps):
            self.gapActivated.emit(self.gaps[row].start)
