"""The reports page over a real database: generate, preview, cancel, save, print, remember.

Incidents are made through the incident service; the PDFs the page shows, saves and prints are
checked with QtPdf's own page count, ``pdfinfo`` and ``qpdf --check``, not by reading our code back.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.domain.drills import DrillInput, DrillType, Participant
from app.domain.grading import GradingInput
from app.domain.incidents import IncidentCategory, IncidentFacts
from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.storage.audit_repository import AuditQuery
from app.ui.actions import MainAction
from app.ui.background import pending_tasks, wait_for_all
from app.ui.report_periods import QuickPeriod, matching_period, period_dates
from app.ui.report_view import ReportKind, ReportView
from tests.support import pdf_tools

TITLE = "CANARY-TITLE Chan Tai Man at the lift"
TIMEOUT_MS = 30_000


@pytest.fixture(autouse=True, scope="module")
def _tools() -> None:
    pdf_tools.require_tools()


def _incident(workspace: Workspace, session: Session, title: str = TITLE) -> tuple[int, str]:
    reported = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
    facts = IncidentFacts(
        title=title,
        category=IncidentCategory.PRIVACY_LEAK,
        reported_at=reported,
        occurred_at=reported - timedelta(minutes=20),
        people_involved=2,
    )
    created = workspace.incidents.create(session, facts, GradingInput(), now=reported).incident
    return created.id, created.code


def _view(qtbot: QtBot, workspace: Workspace, session: Session, **kwargs: object) -> ReportView:
    view = ReportView(workspace, session, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    return view


def _generated(qtbot: QtBot, view: ReportView) -> int:
    assert view.generate()
    qtbot.waitUntil(lambda: not view.is_running() and view.page_count() > 0, timeout=TIMEOUT_MS)
    return view.page_count()


def _pages_of(pdf: bytes) -> int:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document.pageCount()


def test_generates_an_incident_summary_and_previews_every_page(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident_id, code = _incident(workspace, counsellor)
    view = _view(qtbot, workspace, counsellor)
    view.choose_incident(incident_id)
    view.ui.audienceCombo.setCurrentIndex(view.ui.audienceCombo.findData("internal"))
    seen: list[int] = []
    view.progress_relay.progressed.connect(lambda _job, percent: seen.append(percent))

    pages = _generated(qtbot, view)

    assert view.shown is not None
    assert view.shown.pdf.startswith(b"%PDF")
    assert pages == _pages_of(view.shown.pdf) > 0
    assert view.ui.pageCountLabel.text() == f"{pages} page(s)" or str(pages) in view.ui.pageCountLabel.text()
    assert code in view.ui.previewTitleLabel.text()
    assert view.pdf_view.document() is view.document
    # the service reported its stages, ending at 100, and the bar went away with the work
    assert seen[0] == 0
    assert seen[-1] == 100
    assert view.ui.progressBar.isHidden()
    assert view.ui.generateButton.isEnabled()
    assert view.ui.saveButton.isEnabled()
    assert view.ui.printButton.isEnabled()
    exported = workspace.audit.find(sessions[Role.ADMIN], AuditQuery(action="report.exported"))
    assert [(e.actor, e.entity_id, e.detail["audience"]) for e in exported] == [
        (counsellor.username, code, "internal")
    ]


def test_cancel_gives_the_form_back_and_discards_the_late_result(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident_id, _code = _incident(workspace, counsellor)
    view = _view(qtbot, workspace, counsellor)
    view.choose_incident(incident_id)
    view.ui.audienceCombo.setCurrentIndex(view.ui.audienceCombo.findData("internal"))
    _generated(qtbot, view)
    before = view.shown
    assert before is not None

    view.ui.audienceCombo.setCurrentIndex(view.ui.audienceCombo.findData("board"))
    assert view.generate()
    assert view.is_running()
    assert not view.ui.generateButton.isEnabled()
    assert not view.ui.typeCombo.isEnabled()
    assert not view.generate()  # a second Generate while one runs does nothing
    view.cancel()

    # the form is back at once, before the worker has finished
    assert not view.is_running()
    assert view.ui.generateButton.isEnabled()
    assert view.ui.typeCombo.isEnabled()
    assert view.ui.audienceCombo.isEnabled()
    assert view.ui.progressBar.isHidden()
    assert not view.ui.cancelButton.isEnabled()
    assert "Cancelled" in view.ui.messageLabel.text()
    # the late result arrives and is dropped: the preview still shows the first report
    wait_for_all()
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=TIMEOUT_MS)
    assert view.shown is before
    assert view.page_count() == _pages_of(before.pdf)
    assert "internal" in before.stem
    assert "Cancelled" in view.ui.messageLabel.text()


def test_a_refused_or_wrong_request_is_reported_and_nothing_is_shown(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    _incident(workspace, counsellor)
    view = _view(qtbot, workspace, counsellor)
    failures: list[str] = []
    view.generationFailed.connect(failures.append)
    view.ui.incidentCombo.setEditText("INC-1999-9999")
    assert view.generate()
    qtbot.waitUntil(lambda: bool(failures), timeout=TIMEOUT_MS)
    assert view.shown is None
    assert view.page_count() == 0
    assert not view.ui.saveButton.isEnabled()
    assert view.ui.messageLabel.text() == failures[0]
    assert view.ui.generateButton.isEnabled()

    view.ui.incidentCombo.setEditText("")
    assert not view.generate()  # refused by the form itself
    assert view.ui.messageLabel.text()


def test_hr_manager_is_offered_only_the_board_audience_and_no_titles(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    _incident_id, code = _incident(workspace, sessions[Role.COUNSELLOR])
    view = _view(qtbot, workspace, sessions[Role.HR_MANAGER])
    combo = view.ui.audienceCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["board"]
    texts = [view.ui.incidentCombo.itemText(i) for i in range(view.ui.incidentCombo.count())]
    assert any(text.startswith(code) for text in texts)
    assert not any("CANARY" in text for text in texts)
    assert view.ui.identifyCheck.isHidden()
    pages = _generated(qtbot, view)
    assert view.shown is not None
    assert view.shown.stem == f"{code}-summary-board"
    assert pages == _pages_of(view.shown.pdf)

    counsellor_view = _view(qtbot, workspace, sessions[Role.COUNSELLOR])
    combo = counsellor_view.ui.audienceCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["internal", "board"]
    combo.setCurrentIndex(0)
    assert counsellor_view.ui.identifyCheck.isVisible()
    assert counsellor_view.ui.identifyWarningLabel.isVisible()
    combo.setCurrentIndex(1)
    assert counsellor_view.ui.identifyCheck.isHidden()


def test_prints_to_a_pdf_printer_with_every_page_or_a_range(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], tmp_path: Path
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident_id, _code = _incident(workspace, counsellor)
    view = _view(qtbot, workspace, counsellor)
    view.choose_incident(incident_id)
    pages = _generated(qtbot, view)

    printer = view.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert view.print_to(printer) == pages
    pdf_tools.qpdf_check(tmp_path / "printed.pdf")
    assert int(pdf_tools.info(tmp_path / "printed.pdf")["Pages"]) == pages

    ranged = view.new_printer()
    ranged.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    ranged.setOutputFileName(str(tmp_path / "page-one.pdf"))
    ranged.setPrintRange(QPrinter.PrintRange.PageRange)
    ranged.setFromTo(1, 1)
    assert view.print_to(ranged) == 1
    assert int(pdf_tools.info(tmp_path / "page-one.pdf")["Pages"]) == 1
    printed = workspace.audit.find(sessions[Role.ADMIN], AuditQuery(action="report.printed"))
    assert [(e.entity_id, e.detail["report"], e.detail["pages"]) for e in printed] == [
        (_code, "incident_summary_internal", 1),
        (_code, "incident_summary_internal", pages),
    ]  # newest first: every print is audited, with the report's code only


def test_save_as_writes_the_previewed_pdf_under_a_telling_name(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session], tmp_path: Path
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident_id, code = _incident(workspace, counsellor)
    view = _view(qtbot, workspace, counsellor)
    view.choose_incident(incident_id)
    view.ui.audienceCombo.setCurrentIndex(view.ui.audienceCombo.findData("board"))
    _generated(qtbot, view)
    suggested: list[Path] = []

    def choose(path: Path) -> Path:
        suggested.append(path)
        return tmp_path / path.name

    view.choose_path = choose
    saved = view.save_as()
    assert suggested[0].name == f"{code}-summary-board.pdf"
    assert saved == tmp_path / f"{code}-summary-board.pdf"
    assert view.shown is not None
    assert saved.read_bytes() == view.shown.pdf
    pdf_tools.qpdf_check(saved)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(code)] == [saved.name]
    (copy,) = workspace.audit.find(sessions[Role.ADMIN], AuditQuery(action="report.saved"))
    assert (copy.actor, copy.entity_id, copy.detail["report"]) == (
        "counsellor",
        code,
        "incident_summary_board",
    )
    # the folder is suggested next time
    assert view.default_save_path().parent == tmp_path

    # a folder that does not exist: an error in the message, no file anywhere
    view.choose_path = lambda _path: tmp_path / "missing" / "x.pdf"
    assert view.save_as() is None
    assert "x.pdf" in view.ui.messageLabel.text()
    assert not (tmp_path / "missing").exists()


def test_last_choices_are_remembered_in_a_new_view(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    incident_id, _code = _incident(workspace, counsellor)
    view = _view(qtbot, workspace, counsellor, today=date(2026, 11, 20))
    assert view.period_dates() == (date(2026, 7, 1), date(2026, 9, 30))  # last quarter by default
    view.choose_incident(incident_id)
    view.ui.audienceCombo.setCurrentIndex(view.ui.audienceCombo.findData("board"))
    view.ui.paperCombo.setCurrentIndex(view.ui.paperCombo.findData("Letter"))
    view.set_period(date(2026, 2, 3), date(2026, 5, 6))
    assert view.period() is QuickPeriod.CUSTOM
    _generated(qtbot, view)
    assert view.shown is not None
    assert view.shown.request.paper.value == "Letter"

    again = _view(qtbot, workspace, counsellor, today=date(2026, 11, 20))
    assert again.kind() is ReportKind.INCIDENT
    assert again.audience() == "board"
    assert again.paper().value == "Letter"
    assert again.period() is QuickPeriod.CUSTOM
    assert again.period_dates() == (date(2026, 2, 3), date(2026, 5, 6))
    assert not again.ui.identifyCheck.isChecked()

    # a language switch re-labels the page and keeps the choices and the preview
    shown = view.shown
    view.retranslate_ui()
    assert view.shown is shown
    assert view.page_count() == _pages_of(shown.pdf)
    assert (view.audience(), view.paper().value, view.period()) == ("board", "Letter", QuickPeriod.CUSTOM)

    again.ui.periodCombo.setCurrentIndex(again.ui.periodCombo.findData(QuickPeriod.LAST_MONTH.value))
    assert again.period_dates() == (date(2026, 10, 1), date(2026, 10, 31))


def _drill(workspace: Workspace, session: Session, title: str, start: datetime, *, done: bool) -> str:
    drills = workspace.drills
    created = drills.create(
        session,
        DrillInput(
            title=title,
            drill_type=DrillType.TABLETOP,
            planned_start=start,
            planned_duration=timedelta(hours=1),
            scenario="A threat by phone to the front desk.",
            participants=(Participant(role="crisis_lead", department="EAP"),),
        ),
        now=start - timedelta(days=1),
    )
    if done:
        drills.transition(session, created.id, "in_progress", at=start, now=start)
        drills.transition(
            session, created.id, "done", at=start + timedelta(minutes=50), now=start + timedelta(hours=1)
        )
    return created.code


@pytest.mark.skipif(
    not hasattr(Workspace, "board_report"), reason="the board report service is not built yet"
)
def test_hr_manager_generates_a_board_report_for_a_quick_period(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    _incident(workspace, sessions[Role.COUNSELLOR])
    view = _view(qtbot, workspace, sessions[Role.HR_MANAGER])
    assert view.set_kind(ReportKind.BOARD)
    assert view.ui.fromDateEdit.isVisible()
    assert view.ui.audienceCombo.isHidden()
    assert view.ui.incidentCombo.isHidden()
    view.ui.periodCombo.setCurrentIndex(view.ui.periodCombo.findData(QuickPeriod.THIS_YEAR.value))
    first, last = view.period_dates()
    assert (first, last) == (date(date.today().year, 1, 1), date.today())
    pages = _generated(qtbot, view)
    assert view.shown is not None
    assert view.shown.stem == f"board-report-{first.isoformat()}-{last.isoformat()}"
    assert pages == _pages_of(view.shown.pdf) > 0

    view.set_period(date(2026, 5, 1), date(2026, 4, 1))
    assert not view.generate()
    assert "ends before it starts" in view.ui.messageLabel.text()


@pytest.mark.skipif(
    not hasattr(Workspace, "drill_report"), reason="the drill report service is not built yet"
)
def test_drill_picker_lists_done_drills_first_and_generates_an_after_action_report(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    now = datetime.now(UTC).replace(microsecond=0)
    planned = _drill(workspace, counsellor, "This afternoon's tabletop", now + timedelta(hours=2), done=False)
    held = _drill(workspace, counsellor, "Last month's tabletop", now - timedelta(days=30), done=True)
    _drill(workspace, counsellor, "Three years ago", now - timedelta(days=3 * 366), done=True)
    _drill(workspace, counsellor, "Next month", now + timedelta(days=30), done=False)  # not yet
    view = _view(qtbot, workspace, counsellor)
    assert view.set_kind(ReportKind.DRILL)
    assert view.ui.drillCombo.isVisible()
    codes = [view.ui.drillCombo.itemText(i).split(" · ")[0] for i in range(view.ui.drillCombo.count())]
    assert codes == [held, planned]
    pages = _generated(qtbot, view)
    assert view.shown is not None
    assert view.shown.stem == f"{held}-after-action"
    assert pages == _pages_of(view.shown.pdf) > 0


def test_report_types_without_a_service_are_not_offered(
    qtbot: QtBot, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    view = _view(qtbot, workspace, sessions[Role.COUNSELLOR])
    model = view.ui.typeCombo.model()
    for row, kind in enumerate(ReportKind):
        offered = hasattr(
            Workspace, {"incident": "reports", "board": "board_report", "drill": "drill_report"}[kind]
        )
        assert model.item(row).isEnabled() is offered, kind  # type: ignore[attr-defined]
        assert view.set_kind(kind) is offered


def test_the_reports_page_is_in_the_navigation_and_hidden_when_locked(
    qtbot: QtBot, open_window: object, sessions: dict[Role, Session]
) -> None:
    window = open_window(sessions[Role.HR_MANAGER])  # type: ignore[operator]
    assert "reports" in window.page_keys()
    row = window.page_keys().index("reports")
    assert window.navigation.item(row).text() == "Reports"
    assert window.actions[MainAction.REPORTS].isVisible()
    assert window.actions[MainAction.REPORTS].shortcut().toString() == "Ctrl+Shift+P"
    window.actions[MainAction.REPORTS].trigger()
    view = window.page("reports")
    assert isinstance(view, ReportView)
    assert window.pages.currentWidget() is view
    window.lock()
    assert not view.isVisible()
    assert window.central.currentWidget() is window.lock_screen


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        (QuickPeriod.LAST_QUARTER, date(2026, 1, 1), date(2026, 3, 31)),
        (QuickPeriod.THIS_QUARTER, date(2026, 4, 1), date(2026, 5, 15)),
        (QuickPeriod.LAST_MONTH, date(2026, 4, 1), date(2026, 4, 30)),
        (QuickPeriod.THIS_YEAR, date(2026, 1, 1), date(2026, 5, 15)),
    ],
)
def test_quick_periods(period: QuickPeriod, first: date, last: date) -> None:
    today = date(2026, 5, 15)
    assert period_dates(period, today) == (first, last)
    assert matching_period(first, last, today) is period


def test_quick_periods_across_a_year_boundary() -> None:
    assert period_dates(QuickPeriod.LAST_QUARTER, date(2026, 2, 10)) == (
        date(2025, 10, 1),
        date(2025, 12, 31),
    )
    assert period_dates(QuickPeriod.LAST_MONTH, date(2026, 1, 5)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert matching_period(date(2026, 1, 2), date(2026, 1, 3), date(2026, 5, 1)) is QuickPeriod.CUSTOM


def test_the_reports_menu_opens_the_summary_of_the_selected_case(
    qtbot: QtBot, open_window: object, workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    counsellor = sessions[Role.COUNSELLOR]
    first, _ = _incident(workspace, counsellor, "First case")
    second, second_code = _incident(workspace, counsellor, "Second case")
    window = open_window(counsellor)  # type: ignore[operator]
    window.show_page("cases")
    cases = window.page("cases")
    qtbot.waitUntil(lambda: not cases.model.is_loading() and cases.model.rowCount() == 2, timeout=TIMEOUT_MS)
    assert cases.select_incident(first)
    assert cases.select_incident(second)
    window.actions[MainAction.INCIDENT_REPORT].trigger()
    view = window.page("reports")
    assert window.pages.currentWidget() is view
    assert view.kind() is ReportKind.INCIDENT
    assert view.ui.incidentCombo.currentData() == second
    assert view.ui.incidentCombo.currentText().startswith(second_code)
