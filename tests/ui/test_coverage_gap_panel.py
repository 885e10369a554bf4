"""The coverage-gap panel lists where a role with a rotation has nobody on call."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from pytestqt.qtbot import QtBot

from app.domain.crisis_roles import CrisisRole
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.coverage_gap_panel import CoverageGapPanel
from app.ui.incident_labels import local_time_text

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def test_a_gap_from_a_hole_and_a_late_rota_is_listed_with_its_times(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    admin = sessions[Role.ADMIN]
    oncall = workspace.oncall
    chan = oncall.add_member(admin, display_name="Chan Tai-man", roles=["crisis_lead", "counsellor"]).id
    oncall.add_rotation(
        admin, role="crisis_lead", handover="weekly", weekday=0, member_ids=[chan],
        anchor=date(2026, 11, 2), handover_time=time(9), time_zone="UTC",
    )  # fmt: skip
    hole_start, hole_end = datetime(2026, 12, 10, 8, tzinfo=UTC), datetime(2026, 12, 10, 20, tzinfo=UTC)
    oncall.add_override(admin, role="crisis_lead", member_id=None, start=hole_start, end=hole_end, reason="x")
    # The counsellor rota only starts on 5 Dec at 09:00 (Hong Kong = 01:00 UTC).
    oncall.add_rotation(
        admin, role="counsellor", handover="daily", member_ids=[chan],
        anchor=date(2026, 12, 5), handover_time=time(9), time_zone="Asia/Hong_Kong",
    )  # fmt: skip
    panel = CoverageGapPanel(workspace, sessions[Role.COUNSELLOR], now=NOW)
    qtbot.addWidget(panel)
    panel.set_horizon(30)
    assert panel.required_roles() == [CrisisRole.CRISIS_LEAD, CrisisRole.COUNSELLOR]
    expected = [
        (CrisisRole.COUNSELLOR, NOW, datetime(2026, 12, 5, 1, tzinfo=UTC)),
        (CrisisRole.CRISIS_LEAD, hole_start, hole_end),
    ]
    assert sorted((g.role, g.start, g.end) for g in panel.gaps) == sorted(expected)
    table = panel.ui.gapTable
    rows = {(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text(), table.item(r, 3).text())
            for r in range(table.rowCount())}  # fmt: skip
    assert ("Crisis lead", local_time_text(hole_start), local_time_text(hole_end), "12 h 00 min") in rows
    assert ("Counsellor", local_time_text(NOW), local_time_text(expected[0][2]), "2 d 13 h") in rows

    jumped: list[datetime] = []
    panel.gapActivated.connect(jumped.append)
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Crisis lead")
    table.cellDoubleClicked.emit(row, 1)
    assert jumped == [hole_start]

    panel.set_horizon(7)  # the hole on the 10th is beyond a week
    assert [g.role for g in panel.gaps] == [CrisisRole.COUNSELLOR]


def test_no_rotation_means_nothing_required(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    panel = CoverageGapPanel(workspace, sessions[Role.HR_MANAGER], now=NOW)
    qtbot.addWidget(panel)
    assert panel.gaps == ()
    assert panel.ui.gapTable.rowCount() == 0
    assert panel.ui.summaryLabel.text().startswith("No rotation")
