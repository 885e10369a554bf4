"""The reports page: choose a report, generate it in the background, preview, save and print it.

Choices on the left (report type; the incident, the drill or the period; audience; paper), the
pages on the right (QtPdf, all pages in one scroll, fitted to the width). Generating runs the
report service on the thread pool through ``BackgroundTask``; the service's ``progress(percent)``
calls arrive from the worker thread and are relayed to the progress bar by a queued signal, so the
worker never touches a widget. reportlab cannot be interrupted mid-build, so Cancel does not stop
the worker: it forgets the job (its result is dropped when it arrives) and gives the form back at
once. Every job has a number and only the newest one may change the view, so a late result never
replaces what is shown. A failed generation leaves the preview as it was and says why.

What the role may have is asked of the access policy, and the services refuse it anyway: an
hr_manager is offered only the board (de-identified) audience, and "Identify people" appears only
for an internal summary by a role allowed to see identities. The incident picker lists the case
list's most recently updated incidents by code, category and grade (the title only where the case
list shows it, never to hr_manager); any other code can be typed. The board and drill reports are
offered when the workspace has their services.

"Save as…" hands the previewed bytes to ``ReportService.save_copy``, which writes them atomically
and audits the copy (``report.saved``), so a failed save leaves no half file and no copy goes
unaudited; a print is audited through ``record_printed``; "Print…" renders each page with QtPdf at up to 300 dpi onto the
printer chosen in the system print dialog, honouring its page range.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QObject,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QHideEvent,
    QKeySequence,
    QPageSize,
    QPainter,
    QShortcut,
    QShowEvent,
    QStandardItemModel,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter
from PySide6.QtWidgets import QCompleter, QWidget
from shiboken6 import isValid

from app.domain.drills import DrillStatus
from app.domain.roles import Operation
from app.reports.pdf_layout import Paper
from app.services.errors import PermissionDenied, ServiceError, StorageError
from app.services.incidents import IncidentQuery
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.background import BackgroundTask
from app.ui.drill_labels import drill_status_name, drill_type_name
from app.ui.forms.ui_report_view import Ui_ReportView
from app.ui.incident_labels import category_name, grade_name
from app.ui.preferences import (
    LANGUAGE,
    REPORT_AUDIENCE,
    REPORT_FOLDER,
    REPORT_PAPER,
    REPORT_PERIOD,
    REPORT_PERIOD_FROM,
    REPORT_PERIOD_TO,
    REPORT_TYPE,
    geometry_preference,
)
from app.ui.report_periods import QuickPeriod, matching_period, period_dates
from app.ui.system_zone import system_zone
from app.ui.translation import resolve_language

log = logging.getLogger(__name__)

INCIDENT_CHOICES = 200  # the picker lists this many recent incidents; any other code can be typed
DRILL_YEARS = 2  # the drill picker looks back this far
PRINT_DPI_MAX = 300  # crisp on paper; a 1200 dpi page image would take half a gigabyte
ERROR_STYLE = "QLabel { color: #c62828; }"
WARNING_STYLE = "QLabel { color: #8a4b00; }"
TITLE_CHARS = 48


class ReportKind(StrEnum):
    """Values are stored in the preferences: never rename one."""

    INCIDENT = "incident"
    BOARD = "board"
    DRILL = "drill"


KIND_NAMES = {
    ReportKind.INCIDENT: QT_TRANSLATE_NOOP("ReportView", "Incident summary"),
    ReportKind.BOARD: QT_TRANSLATE_NOOP("ReportView", "Board report for a period"),
    ReportKind.DRILL: QT_TRANSLATE_NOOP("ReportView", "Drill after-action report"),
}
# The workspace property each kind's service is reached through, and the operation it needs.
KIND_SERVICES = {
    ReportKind.INCIDENT: "reports",
    ReportKind.BOARD: "board_report",
    ReportKind.DRILL: "drill_report",
}
KIND_OPERATIONS = {
    ReportKind.INCIDENT: Operation.REPORT_INCIDENT_BOARD,
    ReportKind.BOARD: Operation.REPORT_BOARD,
    ReportKind.DRILL: Operation.REPORT_DRILL,
}
AUDIENCE_NAMES = {
    "internal": QT_TRANSLATE_NOOP("ReportView", "Internal (casework)"),
    "board": QT_TRANSLATE_NOOP("ReportView", "Board (de-identified)"),
}
PERIOD_NAMES = {
    QuickPeriod.LAST_QUARTER: QT_TRANSLATE_NOOP("ReportView", "Last quarter"),
    QuickPeriod.THIS_QUARTER: QT_TRANSLATE_NOOP("ReportView", "This quarter (to date)"),
    QuickPeriod.LAST_MONTH: QT_TRANSLATE_NOOP("ReportView", "Last month"),
    QuickPeriod.THIS_YEAR: QT_TRANSLATE_NOOP("ReportView", "This year (to date)"),
    QuickPeriod.CUSTOM: QT_TRANSLATE_NOOP("ReportView", "Dates below"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportView", text)


def default_paper() -> Paper:
    """Letter where the locale measures in inches (the United States), A4 everywhere else."""
    return (
        Paper.LETTER
        if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        else Paper.A4
    )


@dataclass(frozen=True, slots=True)
class Request:
    """One generation: what the service is asked for (plain values, safe to hand to a worker)."""

    kind: ReportKind
    subject: int | str | None = None  # the incident or drill (id or code)
    audience: str = "board"
    paper: Paper = Paper.A4
    start: date | None = None
    end: date | None = None
    identify_people: bool = False
    language: str = "en"
    time_zone: str = "UTC"


@dataclass(frozen=True, slots=True)
class Shown:
    """The report in the preview: its bytes and how it is named (no content)."""

    request: Request
    pdf: bytes
    stem: str  # file name without ".pdf": "INC-2026-0001-summary-board"
    caption: str
    kind: str = ""  # the report kind the audit names: "incident_summary_board", "board", ...
    subject: str = ""  # its incident or drill code, or its period: never content


class _ProgressRelay(QObject):
    """Carries ``progress(percent)`` from the worker thread to the GUI thread (job number, percent)."""

    progressed = Signal(int, int)


class ReportView(QWidget):
    """The reports page. ``choose_path`` is the Save-as question (tests replace it)."""

    reportShown = Signal(int)  # the page count of the report now in the preview
    generationFailed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportView()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.today = today
        self.shown: Shown | None = None
        self.choose_path: Callable[[Path], Path | None] = self._ask_save_path
        self._job = 0  # the newest job's number; results of any other job are dropped
        self._running: int | None = None
        self._buffer: QBuffer | None = None
        self._shown_before = False
        self.progress_relay = _ProgressRelay(self)
        self.progress_relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView(self.ui.previewHost)
        self.pdf_view.setObjectName("pdfView")
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ui.previewHostLayout.addWidget(self.pdf_view)
        self.setTabOrder(self.ui.printButton, self.pdf_view)
        policy = workspace.policy
        self.may_internal = policy.allows(session.role, Operation.REPORT_INCIDENT_INTERNAL)
        self.may_identify = self.may_internal and policy.allows(
            session.role, Operation.PERSON_VIEW_CONFIDENTIAL
        )
        self.may_see_titles = policy.allows(session.role, Operation.INCIDENT_VIEW_CONFIDENTIAL)
        self._fill_fixed_combos()
        self.reload_subjects()
        self._restore_choices()
        self._connect()
        self._set_busy(False)
        self._update_rows()
        self._show_nothing()
        split = geometry_preference("report_view/reportSplitter").get()
        if not split.isEmpty():
            self.ui.reportSplitter.restoreState(split)
        else:
            self.ui.reportSplitter.setSizes([340, 760])

    # -- construction -------------------------------------------------------------------------

    def available(self, kind: ReportKind) -> bool:
        """Whether this build has the kind's service and the role may have the report."""
        # Looked up on the class: a cached_property is built by getattr/hasattr on the instance.
        return hasattr(type(self.workspace), KIND_SERVICES[kind]) and self.workspace.policy.allows(
            self.session.role, KIND_OPERATIONS[kind]
        )

    def _fill_fixed_combos(self) -> None:
        ui = self.ui
        ui.typeCombo.clear()
        for kind in ReportKind:
            ui.typeCombo.addItem(_tr(KIND_NAMES[kind]), kind.value)
            if not self.available(kind):
                model = ui.typeCombo.model()
                assert isinstance(model, QStandardItemModel)
                item = model.item(ui.typeCombo.count() - 1)
                item.setEnabled(False)
                item.setToolTip(self.tr("Not available in this version or for your role"))
        ui.audienceCombo.clear()
        if self.may_internal:
            ui.audienceCombo.addItem(_tr(AUDIENCE_NAMES["internal"]), "internal")
        ui.audienceCombo.addItem(_tr(AUDIENCE_NAMES["board"]), "board")
        ui.paperCombo.clear()
        ui.paperCombo.addItem(self.tr("A4 (210 × 297 mm)"), Paper.A4.value)
        ui.paperCombo.addItem(self.tr("Letter (8.5 × 11 in)"), Paper.LETTER.value)
        ui.periodCombo.clear()
        for period in QuickPeriod:
            ui.periodCombo.addItem(_tr(PERIOD_NAMES[period]), period.value)
        for edit in (ui.fromDateEdit, ui.toDateEdit):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(QDate(2100, 12, 31))
        completer = QCompleter(ui.incidentCombo.model(), ui.incidentCombo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.incidentCombo.setCompleter(completer)
        ui.incidentCombo.lineEdit().setPlaceholderText(self.tr("INC-2026-0001"))
        ui.identifyWarningLabel.setStyleSheet(WARNING_STYLE)
        save_keys = QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        print_keys = QKeySequence(QKeySequence.StandardKey.Print).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        ui.saveButton.setToolTip(self.tr("Save the report shown as a PDF file (%1)").replace("%1", save_keys))
        ui.printButton.setToolTip(self.tr("Print the report shown (%1)").replace("%1", print_keys))

    def _today(self) -> date:
        return self.today or date.today()

    def reload_subjects(self) -> None:
        """(Re)list the incidents and drills the pickers offer; the typed or chosen one is kept."""
        self._fill_incidents()
        self._fill_drills()

    def _fill_incidents(self) -> None:
        combo = self.ui.incidentCombo
        typed = combo.currentText()
        combo.clear()
        try:
            page = self.workspace.incidents.list_page(
                self.session, IncidentQuery(sort_column="updated_at", descending=True, limit=INCIDENT_CHOICES)
            )
        except (ServiceError, StorageError):
            return
        for row in page.rows:
            parts = [row.code, category_name(row.category), grade_name(row.grade)]
            if self.may_see_titles and row.title:
                title = row.title if len(row.title) <= TITLE_CHARS else row.title[: TITLE_CHARS - 1] + "…"
                parts.append(title)
            combo.addItem(" · ".join(parts), row.id)
        if typed:
            combo.setEditText(typed)
        elif combo.count():
            combo.setCurrentIndex(0)
        self._show_code_first()

    def _fill_drills(self) -> None:
        combo = self.ui.drillCombo
        chosen = combo.currentData()
        combo.clear()
        if not self.available(ReportKind.DRILL):
            return
        end = datetime.now(UTC) + timedelta(days=1)
        try:
            drills = self.workspace.drills.drills_between(
                self.session, end - timedelta(days=365 * DRILL_YEARS + 1), end
            )
        except (ServiceError, StorageError):
            return
        wanted = [d for d in drills if d.status is not DrillStatus.CANCELLED]
        # Done drills first (the ones an after-action report is for), the newest first in each group.
        wanted.sort(key=lambda d: (d.status is not DrillStatus.DONE, -d.planned_start.timestamp()))
        for drill in wanted:
            parts = [
                drill.code,
                drill_type_name(drill.drill_type),
                drill.planned_start.astimezone().strftime("%Y-%m-%d"),
                drill_status_name(drill.status),
            ]
            combo.addItem(" · ".join(parts), drill.id)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0) if combo.count() else -1)

    def _connect(self) -> None:
        ui = self.ui
        ui.typeCombo.currentIndexChanged.connect(self._update_rows)
        ui.incidentCombo.currentIndexChanged.connect(self._show_code_first)
        ui.audienceCombo.currentIndexChanged.connect(self._update_rows)
        ui.periodCombo.currentIndexChanged.connect(self._period_chosen)
        ui.fromDateEdit.dateChanged.connect(self._dates_edited)
        ui.toDateEdit.dateChanged.connect(self._dates_edited)
        ui.generateButton.clicked.connect(self.generate)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.saveButton.clicked.connect(self.save_as)
        ui.printButton.clicked.connect(self.print_with_dialog)
        self.document.pageCountChanged.connect(self._update_page_count)
        ui.incidentCombo.lineEdit().returnPressed.connect(self.generate)
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save_as),
            (QKeySequence.StandardKey.Print, self.print_with_dialog),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _show_code_first(self) -> None:
        """A long choice is shown from its start, where the code is, not scrolled to its end."""
        self.ui.incidentCombo.lineEdit().setCursorPosition(0)

    def retranslate_ui(self) -> None:
        """Re-run by the main window when the language changes; choices and the preview are kept."""
        ui = self.ui
        kind, audience, paper, period = self.kind(), self.audience(), self.paper(), self.period()
        ui.retranslateUi(self)
        for combo in (ui.typeCombo, ui.audienceCombo, ui.paperCombo, ui.periodCombo):
            combo.blockSignals(True)
        self._fill_fixed_combos()
        self._select(ui.typeCombo, kind.value)
        self._select(ui.audienceCombo, audience)
        self._select(ui.paperCombo, paper.value)
        self._select(ui.periodCombo, period.value)
        for combo in (ui.typeCombo, ui.audienceCombo, ui.paperCombo, ui.periodCombo):
            combo.blockSignals(False)
        self.reload_subjects()
        self._update_rows()
        self._update_page_count()

    # -- the choices --------------------------------------------------------------------------

    @staticmethod
    def _select(combo: Any, value: object) -> bool:
        index = combo.findData(value)
        if index < 0:
            return False
        combo.setCurrentIndex(index)
        return True

    def kind(self) -> ReportKind:
        return ReportKind(self.ui.typeCombo.currentData() or ReportKind.INCIDENT.value)

    def audience(self) -> str:
        return str(self.ui.audienceCombo.currentData() or "board")

    def paper(self) -> Paper:
        return Paper(self.ui.paperCombo.currentData() or Paper.A4.value)

    def period(self) -> QuickPeriod:
        return QuickPeriod(self.ui.periodCombo.currentData() or QuickPeriod.CUSTOM.value)

    def period_dates(self) -> tuple[date, date]:
        return self.ui.fromDateEdit.date().toPython(), self.ui.toDateEdit.date().toPython()

    def set_kind(self, kind: ReportKind) -> bool:
        """Choose a report type (False when it is not offered)."""
        return self.available(kind) and self._select(self.ui.typeCombo, kind.value)

    def set_period(self, first: date, last: date) -> None:
        ui = self.ui
        for edit, day in ((ui.fromDateEdit, first), (ui.toDateEdit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._dates_edited()

    def choose_incident(self, incident_id: int) -> None:
        """An incident summary of this incident (the case view's "report" entry point)."""
        self.set_kind(ReportKind.INCIDENT)
        combo = self.ui.incidentCombo
        index = combo.findData(incident_id)
        if index < 0:
            try:
                view = self.workspace.incidents.get(self.session, incident_id)
            except (ServiceError, StorageError) as error:
                self._message(str(error), error=True)
                return
            parts = [view.code, category_name(view.category), grade_name(view.grade)]
            combo.insertItem(0, " · ".join(parts), view.id)
            index = 0
        combo.setCurrentIndex(index)
        self._show_code_first()

    def _restore_choices(self) -> None:
        ui = self.ui
        kind = REPORT_TYPE.get()
        if not (kind in set(ReportKind) and self.set_kind(ReportKind(kind))):
            self._select(ui.typeCombo, ReportKind.INCIDENT.value)
        self._select(ui.audienceCombo, REPORT_AUDIENCE.get())
        if not self._select(ui.paperCombo, REPORT_PAPER.get()):
            self._select(ui.paperCombo, default_paper().value)
        stored = REPORT_PERIOD.get()
        period = QuickPeriod(stored) if stored in set(QuickPeriod) else QuickPeriod.LAST_QUARTER
        first = last = None
        if period is QuickPeriod.CUSTOM:
            try:
                first = date.fromisoformat(REPORT_PERIOD_FROM.get())
                last = date.fromisoformat(REPORT_PERIOD_TO.get())
            except ValueError:
                period = QuickPeriod.LAST_QUARTER
        if first is None or last is None:
            first, last = period_dates(period, self._today())
        self.set_period(first, last)

    def _remember_choices(self) -> None:
        REPORT_TYPE.set(self.kind().value)
        REPORT_AUDIENCE.set(self.audience())
        REPORT_PAPER.set(self.paper().value)
        period = self.period()
        REPORT_PERIOD.set(period.value)
        first, last = self.period_dates()
        REPORT_PERIOD_FROM.set(first.isoformat() if period is QuickPeriod.CUSTOM else "")
        REPORT_PERIOD_TO.set(last.isoformat() if period is QuickPeriod.CUSTOM else "")

    def _period_chosen(self) -> None:
        period = self.period()
        if period is not QuickPeriod.CUSTOM:
            self.set_period(*period_dates(period, self._today()))

    def _dates_edited(self) -> None:
        first, last = self.period_dates()
        combo = self.ui.periodCombo
        combo.blockSignals(True)
        self._select(combo, matching_period(first, last, self._today()).value)
        combo.blockSignals(False)

    def _update_rows(self) -> None:
        """Show only the rows the chosen report type uses."""
        ui = self.ui
        kind = self.kind()
        form = ui.choiceForm
        form.setRowVisible(ui.incidentCombo, kind is ReportKind.INCIDENT)
        form.setRowVisible(ui.audienceCombo, kind is ReportKind.INCIDENT)
        form.setRowVisible(ui.drillCombo, kind is ReportKind.DRILL)
        for widget in (ui.periodCombo, ui.fromDateEdit, ui.toDateEdit):
            form.setRowVisible(widget, kind is ReportKind.BOARD)
        identify = kind is ReportKind.INCIDENT and self.audience() == "internal" and self.may_identify
        if not identify:
            ui.identifyCheck.setChecked(False)
        ui.identifyCheck.setVisible(identify)
        ui.identifyWarningLabel.setVisible(identify)

    def request(self) -> Request:
        """What Generate would ask for; ``InvalidChoice`` says what is missing."""
        ui = self.ui
        kind = self.kind()
        common: dict[str, Any] = {
            "kind": kind,
            "paper": self.paper(),
            "language": resolve_language(LANGUAGE.get()),
            "time_zone": system_zone(),
        }
        if kind is ReportKind.INCIDENT:
            return Request(
                subject=self._incident_subject(),
                audience=self.audience(),
                identify_people=ui.identifyCheck.isVisible() and ui.identifyCheck.isChecked(),
                **common,
            )
        if kind is ReportKind.DRILL:
            if ui.drillCombo.currentIndex() < 0:
                raise InvalidChoice(self.tr("There is no drill of the last two years to report on."))
            return Request(subject=int(ui.drillCombo.currentData()), **common)
        first, last = self.period_dates()
        if last < first:
            raise InvalidChoice(self.tr("The period ends before it starts."))
        return Request(start=first, end=last, **common)

    def _incident_subject(self) -> int | str:
        combo = self.ui.incidentCombo
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return int(combo.itemData(index))
        code = text.split("·", 1)[0].strip()
        if not code:
            raise InvalidChoice(self.tr("Choose an incident, or type its code."))
        return code

    # -- generating ---------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._running is not None

    def generate(self) -> bool:
        """Start generating the chosen report in the background (False when nothing was started)."""
        if self._running is not None:
            return False
        try:
            request = self.request()
        except InvalidChoice as problem:
            self._message(str(problem), error=True)
            return False
        self._remember_choices()
        self._job += 1
        job = self._job
        self._running = job
        self._set_busy(True)
        self._message(self.tr("Generating the report…"))
        relay = self.progress_relay
        workspace, session = self.workspace, self.session

        def work() -> object:
            def progress(percent: int) -> None:
                relay.progressed.emit(job, int(percent))

            return run_request(workspace, session, request, progress)

        BackgroundTask(work).on_success(lambda result: self._finished(job, request, result)).on_failure(
            lambda error: self._failed(job, error)
        ).start()
        return True

    def cancel(self) -> None:
        """Forget the running job: the form is back at once, its result is dropped when it comes."""
        if self._running is None:
            return
        self._job += 1
        self._running = None
        self._set_busy(False)
        self._message(self.tr("Cancelled. The preview is unchanged."))

    def _progressed(self, job: int, percent: int) -> None:
        if isValid(self) and job == self._running:
            self.ui.progressBar.setValue(max(0, min(100, percent)))

    def _finished(self, job: int, request: Request, result: object) -> None:
        if not isValid(self) or job != self._job:
            return  # cancelled, or a newer job was started
        self._running = None
        self._set_busy(False)
        pdf = bytes(getattr(result, "pdf", b""))
        stem = report_stem(request, result)
        if not self._load(pdf):
            self._message(self.tr("The report was generated but could not be shown."), error=True)
            return
        kind, subject = audit_names(request, result)
        self.shown = Shown(request, pdf, stem, self._caption(request, stem), kind, subject)
        self._update_page_count()
        count = self.document.pageCount()
        self._message(self.tr("Ready: %n page(s).", "", count))
        self.reportShown.emit(count)

    def _failed(self, job: int, error: BaseException) -> None:
        if not isValid(self) or job != self._job:
            return
        self._running = None
        self._set_busy(False)
        if isinstance(error, PermissionDenied):
            text = self.tr("Not allowed: %1").replace("%1", str(error))
        elif isinstance(error, ServiceError | StorageError):
            text = str(error)
        else:
            # Not its message: an unexpected error from deep inside a build may quote the content.
            log.error("report generation failed: %s", type(error).__name__)
            text = self.tr("The report could not be generated (an unexpected %1).").replace(
                "%1", type(error).__name__
            )
        self._message(text, error=True)
        self.generationFailed.emit(text)

    def _load(self, pdf: bytes) -> bool:
        """Show ``pdf`` in the preview; the previous report stays if it cannot be read."""
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        candidate = QPdfDocument(self)
        candidate.load(buffer)
        if candidate.status() != QPdfDocument.Status.Ready or candidate.pageCount() < 1:
            candidate.deleteLater()
            buffer.deleteLater()
            return False
        old_document, old_buffer = self.document, self._buffer
        self.document, self._buffer = candidate, buffer
        self.document.pageCountChanged.connect(self._update_page_count)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        old_document.close()
        old_document.deleteLater()
        if old_buffer is not None:
            old_buffer.deleteLater()
        return True

    def _caption(self, request: Request, stem: str) -> str:
        parts = [_tr(KIND_NAMES[request.kind])]
        if request.kind is ReportKind.INCIDENT:
            parts += [stem.split("-summary-", 1)[0], _tr(AUDIENCE_NAMES[request.audience])]
        elif request.kind is ReportKind.DRILL:
            parts.append(stem.removesuffix("-after-action"))
        elif request.start is not None and request.end is not None:
            parts.append(f"{request.start.isoformat()} – {request.end.isoformat()}")
        parts.append(request.paper.value)
        return " · ".join(parts)

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        for widget in (
            ui.typeCombo,
            ui.incidentCombo,
            ui.drillCombo,
            ui.periodCombo,
            ui.fromDateEdit,
            ui.toDateEdit,
            ui.audienceCombo,
            ui.paperCombo,
            ui.identifyCheck,
            ui.generateButton,
        ):
            widget.setEnabled(not busy)
        ui.cancelButton.setEnabled(busy)
        ui.progressBar.setVisible(busy)
        ui.progressBar.setValue(0)
        has_report = self.shown is not None
        ui.saveButton.setEnabled(has_report)
        ui.printButton.setEnabled(has_report)
        if busy:
            ui.cancelButton.setFocus()
        elif self.focusWidget() in (None, ui.cancelButton):
            ui.generateButton.setFocus()

    def _message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else "")

    def _show_nothing(self) -> None:
        self.ui.previewTitleLabel.setText(self.tr("No report yet: choose one and press Generate."))
        self.ui.pageCountLabel.clear()

    def _update_page_count(self) -> None:
        if self.shown is None:
            self._show_nothing()
            return
        self.ui.previewTitleLabel.setText(self.shown.caption)
        self.ui.pageCountLabel.setText(self.tr("%n page(s)", "", self.document.pageCount()))
        self.ui.saveButton.setEnabled(True)
        self.ui.printButton.setEnabled(True)

    def page_count(self) -> int:
        return self.document.pageCount() if self.shown is not None else 0

    # -- saving -------------------------------------------------------------------------------

    def default_save_path(self) -> Path:
        folder = Path(REPORT_FOLDER.get() or Path.home())
        if not folder.is_dir():
            folder = Path.home()
        stem = self.shown.stem if self.shown is not None else "report"
        return folder / f"{stem}.pdf"

    def _ask_save_path(self, suggested: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415 - built on first use (start-up budget)

        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), str(suggested), self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def save_as(self) -> Path | None:
        """Ask where (``choose_path``) and write the previewed report there; the path, or None."""
        if self.shown is None:
            return None
        path = self.choose_path(self.default_save_path())
        if path is None:
            return None
        if self.save_to(path):
            REPORT_FOLDER.set(str(path.parent))
            return path
        return None

    def save_to(self, path: Path) -> bool:
        """Write the previewed report to ``path`` through the service (atomic, audited)."""
        if self.shown is None:
            return False
        shown = self.shown
        try:
            self.workspace.reports.save_copy(self.session, shown.kind, shown.subject, shown.pdf, path)
        except (ServiceError, StorageError) as error:
            self._message(str(error), error=True)
            return False
        self._message(self.tr("Saved as %1.").replace("%1", str(path)))
        return True

    # -- printing -----------------------------------------------------------------------------

    def new_printer(self) -> QPrinter:
        """A printer set up for the previewed report's paper."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.shown is not None:
            size = (
                QPageSize.PageSizeId.Letter
                if self.shown.request.paper is Paper.LETTER
                else QPageSize.PageSizeId.A4
            )
            printer.setPageSize(QPageSize(size))
            printer.setDocName(self.shown.stem)
        return printer

    def print_with_dialog(self) -> int:
        """The system print dialog, then print; the number of pages sent (0 when not printed)."""
        if self.shown is None:
            return 0
        from PySide6.QtPrintSupport import QPrintDialog  # noqa: PLC0415 - built on first use

        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print report"))
        dialog.setMinMax(1, self.document.pageCount())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return 0
        return self.print_to(printer)

    def pages_to_print(self, printer: QPrinter) -> list[int]:
        """The 0-based pages the printer's range asks for (every page unless a range is set)."""
        count = self.document.pageCount()
        mode = printer.printRange()
        if mode == QPrinter.PrintRange.CurrentPage:
            return [min(max(self.pdf_view.pageNavigator().currentPage(), 0), count - 1)] if count else []
        ranges = printer.pageRanges()
        if mode == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
            return [page for page in range(count) if ranges.contains(page + 1)]
        return list(range(count))

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages onto ``printer`` (no dialog); the number printed. Failures go to the message."""
        if self.shown is None:
            return 0
        pages = self.pages_to_print(printer)
        if not pages:
            self._message(self.tr("The page range chosen holds no page of this report."), error=True)
            return 0
        try:  # recorded before a page leaves: a print that cannot be audited does not happen
            self.workspace.reports.record_printed(
                self.session, self.shown.kind, self.shown.subject, len(pages)
            )
        except (ServiceError, StorageError) as error:
            self._message(self.tr("Not printed: %1").replace("%1", str(error)), error=True)
            return 0
        printer.setFullPage(True)  # the PDF has its own margins
        painter = QPainter()
        if not painter.begin(printer):
            self._message(self.tr("The printer could not be opened."), error=True)
            return 0
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        try:
            for number, page in enumerate(pages):
                if number and not printer.newPage():
                    self._message(self.tr("The printer stopped after %n page(s).", "", number), error=True)
                    return number
                points = self.document.pagePointSize(page)
                image = self.document.render(
                    page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                area = printer.paperRect(QPrinter.Unit.DevicePixel)
                scale = min(area.width() / image.width(), area.height() / image.height())
                width, height = image.width() * scale, image.height() * scale
                target = QRectF(
                    area.x() + (area.width() - width) / 2,
                    area.y() + (area.height() - height) / 2,
                    width,
                    height,
                )
                painter.drawImage(target, image)
        finally:
            painter.end()
        self._message(self.tr("Sent %n page(s) to the printer.", "", len(pages)))
        return len(pages)

    # -- Qt events ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # Cases and drills may have been added since the page was last open (the first show is
        # served by the constructor's own listing).
        if self._shown_before and not self.is_running():
            self.reload_subjects()
        self._shown_before = True
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        geometry_preference("report_view/reportSplitter").set(self.ui.reportSplitter.saveState())
        super().hideEvent(event)


class InvalidChoice(ValueError):
    """A choice the form can see is missing or wrong before asking the service."""


def run_request(
    workspace: Workspace, session: Session, request: Request, progress: Callable[[int], None]
) -> object:
    """Ask the service for the report (on the worker thread: no widget is touched here)."""
    if request.kind is ReportKind.INCIDENT:
        assert request.subject is not None
        return workspace.reports.incident_summary(
            session,
            request.subject,
            audience=request.audience,
            paper=request.paper,
            language=request.language,
            identify_people=request.identify_people,
            time_zone=request.time_zone,
            progress=progress,
        )
    if request.kind is ReportKind.DRILL:
        assert request.subject is not None
        service: Any = workspace.drill_report  # type: ignore[attr-defined]
        return service.generate(
            session,
            request.subject,
            paper=request.paper,
            language=request.language,
            time_zone=request.time_zone,
            progress=progress,
        )
    assert request.start is not None
    assert request.end is not None
    board: Any = workspace.board_report  # type: ignore[attr-defined]
    return board.generate(
        session,
        request.start,
        request.end,
        paper=request.paper,
        language=request.language,
        time_zone=request.time_zone,
        progress=progress,
    )


def audit_names(request: Request, result: object) -> tuple[str, str]:
    """The report kind and subject the audit trail records for a copy or a print of it."""
    if request.kind is ReportKind.INCIDENT:
        code = getattr(result, "incident_code", None) or str(request.subject)
        return f"incident_summary_{request.audience}", str(code)
    if request.kind is ReportKind.DRILL:
        return "drill_after_action", str(getattr(result, "drill_code", None) or request.subject)
    start = getattr(result, "start", None) or request.start
    end = getattr(result, "end", None) or request.end
    return "board", f"{start}..{end}"


def report_stem(request: Request, result: object) -> str:
    """The file name a report is saved under by default (codes and dates only, never content)."""
    if request.kind is ReportKind.INCIDENT:
        code = getattr(result, "incident_code", None) or str(request.subject)
        return f"{code}-summary-{request.audience}"
    if request.kind is ReportKind.DRILL:
        code = getattr(result, "drill_code", None) or str(request.subject)
        return f"{code}-after-action"
    start = getattr(result, "start", None) or request.start
    end = getattr(result, "end", None) or request.end
    return f"board-report-{start}-{end}"
