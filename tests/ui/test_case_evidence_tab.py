"""The evidence tab with pytest-qt on a real database: background loading, add, verify, export, custody."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.evidence import MAX_BYTES
from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.background import wait_for_all
from app.ui.case_evidence_tab import CHECK, FILE, EvidenceTab
from app.ui.case_tabs import tab_classes

CONTENT = b"From: it@example.com\r\nSubject: the leaked spreadsheet\r\n\r\nattached\r\n"


@pytest.fixture
def counsellor(sessions: dict[Role, Session]) -> Session:
    return sessions[Role.COUNSELLOR]


@pytest.fixture
def incident_id(workspace: Workspace, counsellor: Session) -> int:
    facts = IncidentFacts(
        title="Leak",
        category=IncidentCategory.PRIVACY_LEAK,
        reported_at=datetime.now(UTC) - timedelta(hours=1),
    )
    return workspace.incidents.create(counsellor, facts, GradingInput()).incident.id


def _tab(qtbot: QtBot, workspace: Workspace, session: Session, incident_id: int) -> EvidenceTab:
    tab = EvidenceTab(workspace, session)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_incident(workspace.incidents.get(session, incident_id))
    _settle(qtbot, tab)
    return tab


def _settle(qtbot: QtBot, tab: EvidenceTab) -> None:
    qtbot.waitUntil(lambda: tab.busy == 0, timeout=10_000)


def _add(qtbot: QtBot, tab: EvidenceTab, tmp_path: Path, content: bytes = CONTENT) -> None:
    path = tmp_path / "mail.eml"
    path.write_bytes(content)
    qtbot.keyClicks(tab.ui.descriptionEdit, "Mail forwarding the spreadsheet")
    qtbot.keyClicks(tab.ui.sourceEdit, "IT security")
    tab.add_file(path)
    _settle(qtbot, tab)
    qtbot.waitUntil(
        lambda: tab.model.rowCount() == 1 or "at most" in tab.ui.messageLabel.text(), timeout=10_000
    )


def test_the_evidence_tab_is_registered_and_hidden_from_hr(
    workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    assert EvidenceTab in tab_classes()
    assert EvidenceTab.visible_for(workspace, sessions[Role.COUNSELLOR])
    assert EvidenceTab.visible_for(workspace, sessions[Role.ADMIN])
    assert not EvidenceTab.visible_for(workspace, sessions[Role.HR_MANAGER])


def test_loading_runs_in_the_background(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, incident_id: int
) -> None:
    workspace.evidence.add(counsellor, incident_id, file_name="a.txt", content=b"a")
    tab = EvidenceTab(workspace, counsellor)
    qtbot.addWidget(tab)
    tab.show_incident(workspace.incidents.get(counsellor, incident_id))
    assert tab.ui.statusLabel.text() == ""  # not on screen: nothing read yet
    tab.show()
    # The list arrives through the event loop, not inside show_incident: the window stays responsive.
    assert tab.model.rowCount() == 0
    assert tab.ui.statusLabel.text() == "Loading evidence…"
    _settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.ui.statusLabel.text().startswith("1 evidence item(s)")
    wait_for_all()


def test_add_verify_and_export_a_file(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, incident_id: int, tmp_path: Path
) -> None:
    tab = _tab(qtbot, workspace, counsellor, incident_id)
    changes: list[bool] = []
    tab.changed.connect(lambda: changes.append(True))
    _add(qtbot, tab, tmp_path)
    digest = hashlib.sha256(CONTENT).hexdigest()
    assert tab.model.index(0, FILE).data() == "mail.eml"
    assert tab.ui.hashLabel.text() == f"SHA-256: {digest}"
    assert digest in tab.ui.messageLabel.text()
    assert changes == [True]
    item = workspace.evidence.items(counsellor, incident_id)[0]
    assert (item.description, item.source) == ("Mail forwarding the spreadsheet", "IT security")
    assert tab.ui.descriptionEdit.text() == ""
    qtbot.mouseClick(tab.ui.verifyButton, Qt.MouseButton.LeftButton)
    _settle(qtbot, tab)
    qtbot.waitUntil(lambda: "unchanged" in tab.ui.messageLabel.text())
    assert tab.model.index(0, CHECK).data() == "unchanged"
    target = tmp_path / "exported.eml"
    tab.export_to(target)
    _settle(qtbot, tab)
    qtbot.waitUntil(target.exists)
    assert target.read_bytes() == CONTENT
    qtbot.waitUntil(lambda: tab.custody_model.rowCount() == 2)
    assert [tab.custody_model.index(r, 1).data() for r in range(2)] == ["added", "exported"]


def test_a_changed_file_is_reported_and_not_exported(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, incident_id: int, tmp_path: Path
) -> None:
    tab = _tab(qtbot, workspace, counsellor, incident_id)
    _add(qtbot, tab, tmp_path)
    with workspace.db.transaction() as conn:
        conn.execute("UPDATE evidence_items SET content = ?", (CONTENT + b"tampered",))
    qtbot.mouseClick(tab.ui.verifyButton, Qt.MouseButton.LeftButton)
    _settle(qtbot, tab)
    qtbot.waitUntil(lambda: "no longer matches" in tab.ui.messageLabel.text())
    assert tab.model.index(0, CHECK).data().startswith("CHANGED")
    target = tmp_path / "should-not-exist.eml"
    tab.export_to(target)
    _settle(qtbot, tab)
    assert not target.exists()
    assert "no longer matches" in tab.ui.messageLabel.text()


def test_hand_over_and_seal_are_recorded(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, incident_id: int, tmp_path: Path
) -> None:
    tab = _tab(qtbot, workspace, counsellor, incident_id)
    _add(qtbot, tab, tmp_path)
    qtbot.mouseClick(tab.ui.handOverButton, Qt.MouseButton.LeftButton)
    assert tab.ui.messageLabel.text() == "hand over to: is required and cannot be only spaces"
    qtbot.keyClicks(tab.ui.counterpartEdit, "Legal department")
    qtbot.keyClicks(tab.ui.noteEdit, "envelope 7")
    qtbot.mouseClick(tab.ui.handOverButton, Qt.MouseButton.LeftButton)
    _settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.custody_model.rowCount() == 2)
    assert [tab.custody_model.index(1, c).data() for c in (1, 2, 3, 4)] == [
        "handed over", "counsellor", "Legal department", "envelope 7",
    ]  # fmt: skip
    qtbot.mouseClick(tab.ui.sealButton, Qt.MouseButton.LeftButton)
    _settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.custody_model.rowCount() == 3)
    assert not tab.ui.sealButton.isEnabled()


def test_a_too_large_file_is_refused_before_it_is_read(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, incident_id: int, tmp_path: Path
) -> None:
    tab = _tab(qtbot, workspace, counsellor, incident_id)
    path = tmp_path / "huge.bin"
    with path.open("wb") as handle:  # sparse: no 25 MiB written to the test disk
        handle.truncate(MAX_BYTES + 1)
    tab.add_file(path)
    _settle(qtbot, tab)
    qtbot.waitUntil(lambda: "at most 25.0 MiB" in tab.ui.messageLabel.text())
    assert workspace.evidence.count(counsellor, incident_id) == 0


def test_a_load_finishing_after_the_detail_is_deleted_is_ignored(
    qtbot: QtBot, workspace: Workspace, counsellor: Session, incident_id: int
) -> None:
    """Closing the case while the list still loads must not touch the deleted table (RuntimeError)."""
    from PySide6.QtWidgets import QApplication
    from shiboken6 import delete, isValid

    from app.ui.case_detail import CaseDetail

    workspace.evidence.add(counsellor, incident_id, file_name="a.txt", content=b"a")
    detail = CaseDetail(workspace, counsellor)
    detail.show()
    detail.show_incident(incident_id)
    tab = detail.tab("evidence")
    assert isinstance(tab, EvidenceTab)
    detail.ui.tabs.setCurrentWidget(tab)  # starts the background load
    assert tab.busy == 1
    delete(detail)  # the C++ objects go now, with the result still to be delivered
    assert not isValid(tab)
    wait_for_all()
    QApplication.processEvents()  # delivers the stale result: ignored, no RuntimeError
    QApplication.processEvents()
