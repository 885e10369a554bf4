"""Import a risk register from CSV or XLSX: preview every row, map columns, then import all or nothing.

Reading and checking a file of thousands of rows takes a while, so the preview (and the import) run
through ``BackgroundTask`` with a busy bar; the dialog stays responsive and a newer preview simply
supersedes an older one still running. The table shows each row as it will be stored (parsed values,
named levels, the score), rows with problems in red and with warnings in amber, and the list below
names every problem row by row. Each column of the file has a combo saying which field it fills;
changing one re-runs the preview, and the choice is remembered for files with the same headers
(``app.ui.preferences``). Import stays disabled while any row has a problem, because the service
imports all rows or none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QWidget,
)

from app.domain.crisis_roles import CrisisRole
from app.domain.risk_columns import FIELDS, IGNORE, RowProblem, RowWarning
from app.domain.risks import LevelBands
from app.services.errors import ServiceError, StorageError
from app.services.risk_import import ImportPreview, ImportResult, PreviewRow
from app.services.risks import RiskSourceView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.account_names import account_name, account_names
from app.ui.background import BackgroundTask
from app.ui.forms.ui_risk_import_dialog import Ui_RiskImportDialog
from app.ui.geometry import restore_geometry, save_geometry
from app.ui.incident_labels import crisis_role_name
from app.ui.list_table_model import Index, ListTableModel
from app.ui.preferences import remember_risk_import_mapping, remembered_risk_import_mapping
from app.ui.risk_editor import ERROR_STYLE
from app.ui.risk_labels import (
    impact_name,
    level_name,
    likelihood_name,
    score_formula,
    source_label,
    status_name,
)

PROBLEM_FILL = QColor("#fde0dc")
WARNING_FILL = QColor("#fff1d0")
PROBLEM_TEXT = QColor("#b71c1c")
WARNING_TEXT = QColor("#8a4b00")

FIELD_NAMES = {
    "code": QT_TRANSLATE_NOOP("RiskImportDialog", "Code"),
    "title": QT_TRANSLATE_NOOP("RiskImportDialog", "Title"),
    "description": QT_TRANSLATE_NOOP("RiskImportDialog", "Description"),
    "source": QT_TRANSLATE_NOOP("RiskImportDialog", "Source"),
    "category": QT_TRANSLATE_NOOP("RiskImportDialog", "Category"),
    "owner": QT_TRANSLATE_NOOP("RiskImportDialog", "Owner"),
    "likelihood": QT_TRANSLATE_NOOP("RiskImportDialog", "Likelihood"),
    "impact": QT_TRANSLATE_NOOP("RiskImportDialog", "Impact"),
    "score": QT_TRANSLATE_NOOP("RiskImportDialog", "Score (checked against L × I)"),
    "residual_likelihood": QT_TRANSLATE_NOOP("RiskImportDialog", "Residual likelihood"),
    "residual_impact": QT_TRANSLATE_NOOP("RiskImportDialog", "Residual impact"),
    "controls": QT_TRANSLATE_NOOP("RiskImportDialog", "Existing controls"),
    "treatment": QT_TRANSLATE_NOOP("RiskImportDialog", "Treatment plan"),
    "actions": QT_TRANSLATE_NOOP("RiskImportDialog", "Actions"),
    "status": QT_TRANSLATE_NOOP("RiskImportDialog", "Status"),
    "last_reviewed": QT_TRANSLATE_NOOP("RiskImportDialog", "Last reviewed"),
    "next_review": QT_TRANSLATE_NOOP("RiskImportDialog", "Next review"),
    "mapping": QT_TRANSLATE_NOOP("RiskImportDialog", "Column mapping"),
    "file": QT_TRANSLATE_NOOP("RiskImportDialog", "File"),
    "text": QT_TRANSLATE_NOOP("RiskImportDialog", "Texts"),
}


def field_name(field: str) -> str:
    text = FIELD_NAMES.get(field)
    return QCoreApplication.translate("RiskImportDialog", text) if text else field.replace("_", " ")


def finding_text(finding: RowProblem | RowWarning) -> str:
    """ "Row 5 · Likelihood: must be …" (row 1 is usually the header)."""
    return (
        QCoreApplication.translate("RiskImportDialog", "Row %1 · %2: %3")
        .replace("%3", finding.message)
        .replace("%2", field_name(finding.field))
        .replace("%1", str(finding.row_number))
    )


class PreviewModel(ListTableModel[PreviewRow]):
    """The preview's rows as they will be stored; problem rows red, warning rows amber."""

    ROW, CHECK, FINDINGS, CODE, TITLE, SOURCE, CATEGORY, OWNER, LIKELIHOOD, IMPACT = range(10)
    SCORE, RESIDUAL, STATUS, NEXT_REVIEW, LAST_REVIEWED = range(10, 15)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bands = LevelBands()
        self.sources: dict[str, RiskSourceView] = {}
        self.accounts: dict[int, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Row"),
            self.tr("Check"),
            self.tr("Problems and warnings"),
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Source"),
            self.tr("Category"),
            self.tr("Owner"),
            self.tr("Likelihood"),
            self.tr("Impact"),
            self.tr("Score"),
            self.tr("Residual"),
            self.tr("Status"),
            self.tr("Next review"),
            self.tr("Last reviewed"),
        )

    def check_text(self, item: PreviewRow) -> str:
        if item.risk is None and not item.problems:
            return self.tr("Waiting for the columns")
        if item.problems or item.risk is None:
            return self.tr("%n problem(s)", "", len(item.problems))
        if item.warnings:
            return self.tr("OK, %n warning(s)", "", len(item.warnings))
        return self.tr("OK")

    def _owner(self, item: PreviewRow) -> str:
        risk = item.risk
        assert risk is not None
        if risk.owner_role is not None:
            return crisis_role_name(CrisisRole(risk.owner_role))
        if risk.owner_user_id is not None:
            return account_name(self.accounts, risk.owner_user_id)
        return risk.owner_title or ""

    def cell(self, item: PreviewRow, column: int) -> object:
        if column == self.ROW:
            return item.row_number
        if column == self.CHECK:
            return self.check_text(item)
        if column == self.FINDINGS:
            if item.risk is None and not item.problems:
                return self.tr("Not readable until the column problems above are solved")
            return "; ".join(f"{field_name(f.field)}: {f.message}" for f in (*item.problems, *item.warnings))
        if column == self.LAST_REVIEWED:
            return item.last_reviewed_on.isoformat() if item.last_reviewed_on else ""
        risk = item.risk
        if risk is None:
            return ""
        value: object = ""
        if column == self.CODE:
            value = risk.code or self.tr("(next free)")
        elif column == self.TITLE:
            value = risk.title
        elif column == self.SOURCE:
            source = self.sources.get(risk.source)
            value = source_label(source) if source is not None else risk.source
        elif column == self.CATEGORY:
            value = risk.category
        elif column == self.OWNER:
            value = self._owner(item)
        elif column == self.LIKELIHOOD:
            value = f"{risk.likelihood} · {likelihood_name(risk.likelihood)}"
        elif column == self.IMPACT:
            value = f"{risk.impact} · {impact_name(risk.impact)}"
        elif column == self.SCORE:
            score = risk.likelihood * risk.impact
            value = f"{score} · {level_name(self.bands.level_for(score))}"
        elif column == self.RESIDUAL and risk.residual_likelihood and risk.residual_impact:
            score = risk.residual_likelihood * risk.residual_impact
            value = f"{risk.residual_likelihood} × {risk.residual_impact} = {score} · " + level_name(
                self.bands.level_for(score)
            )
        elif column == self.STATUS:
            value = status_name(risk.status)
        elif column == self.NEXT_REVIEW:
            value = risk.next_review_on.isoformat() if risk.next_review_on else ""
        return value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            if item.problems or item.risk is None:
                return QBrush(PROBLEM_FILL)
            if item.warnings:
                return QBrush(WARNING_FILL)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (self.CHECK, self.FINDINGS):
            if item.problems or item.risk is None:
                return QBrush(PROBLEM_TEXT)
            return QBrush(WARNING_TEXT) if item.warnings else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.SCORE and item.risk is not None:
                return score_formula(item.risk.likelihood, item.risk.impact, self.bands)
            if index.column() == self.RESIDUAL and item.risk is not None:
                risk = item.risk
                if risk.residual_likelihood and risk.residual_impact:
                    return score_formula(
                        risk.residual_likelihood, risk.residual_impact, self.bands, residual=True
                    )
            if index.column() in (self.CHECK, self.FINDINGS):
                return "\n".join(finding_text(f) for f in (*item.problems, *item.warnings)) or None
            return None
        return super().data(index, role)


class RiskImportDialog(QDialog):
    """Preview a file and import it; ``result`` holds the ``ImportResult`` once imported."""

    GEOMETRY = "risk_import_dialog"

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RiskImportDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self._path: Path | None = None
        self._overrides: dict[str, str] | None = None
        self._remembered_tried = False
        self._generation = 0
        self._busy = False
        self._importing = False
        self._closed = False
        self._combos: dict[str, QComboBox] = {}
        self.model = PreviewModel(self)
        self.model.bands = workspace.risks.scoring_policy().bands
        try:
            self.model.sources = {s.code: s for s in workspace.risks.sources(session)}
        except (ServiceError, StorageError):
            self.model.sources = {}
        self.model.accounts = account_names(workspace, session)
        ui = self.ui
        ui.previewTable.setModel(self.model)
        ui.previewTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = ui.previewTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        ui.previewTable.verticalHeader().hide()
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([340, 760])
        self.retranslateUi()
        ui.browseButton.clicked.connect(self.browse)
        ui.previewButton.clicked.connect(lambda: self.start_preview(self._overrides))
        ui.fileEdit.editingFinished.connect(self._path_typed)
        ui.problemsList.itemActivated.connect(self._show_finding_row)
        ui.problemsList.itemClicked.connect(self._show_finding_row)
        ui.buttonBox.accepted.connect(self.accept)
        ui.progressBar.hide()
        ui.messageLabel.hide()
        self._update_buttons()
        restore_geometry(self, self.GEOMETRY)
        if path is not None:
            ui.fileEdit.setText(str(path))
            self._path = Path(path)
            self.start_preview()

    # -- entry point ----------------------------------------------------------------------------

    @classmethod
    def import_risks(
        cls, parent: QWidget | None, workspace: Workspace, session: Session, path: Path | None = None
    ) -> ImportResult | None:
        """Preview ``path`` (or ask for a file first) and import it; the result, or None if cancelled."""
        dialog = cls(workspace, session, path, parent)
        if path is None:
            QTimer.singleShot(0, dialog.browse)
        dialog.exec()
        return dialog.result

    def retranslateUi(self) -> None:
        ui = self.ui
        ui.retranslateUi(self)
        ui.explanationLabel.setText(
            self.tr(
                "Choose the register you keep today (CSV or XLSX, English or Chinese headers). Every row is "
                "shown as it will be imported; nothing is imported while any row has a problem, and then "
                "all rows are imported together."
            )
        )
        ui.mappingHelpLabel.setText(
            self.tr(
                "Which field each column fills. Change one to re-check the file; the choice is remembered."
            )
        )
        self._import_button().setText(self.tr("&Import"))

    def _import_button(self) -> QWidget:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    # -- choosing the file ----------------------------------------------------------------------

    def browse(self) -> None:
        start = str(self._path.parent) if self._path is not None else ""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import risk register"),
            start,
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if chosen:
            self.ui.fileEdit.setText(chosen)
            self._set_path(Path(chosen))

    def _path_typed(self) -> None:
        text = self.ui.fileEdit.text().strip()
        if text and Path(text) != self._path:
            self._set_path(Path(text))

    def _set_path(self, path: Path) -> None:
        self._path = path
        self._overrides = None
        self._remembered_tried = False
        self.start_preview()

    # -- preview --------------------------------------------------------------------------------

    def start_preview(self, overrides: dict[str, str] | None = None) -> None:
        """Read and check the file in the background; a newer call supersedes a running one."""
        if self._path is None or self.result is not None:
            return
        self._overrides = dict(overrides) if overrides is not None else None
        self._generation += 1
        generation = self._generation
        path, session, mapping = self._path, self.session, self._overrides
        service = self.workspace.risk_import
        self._set_busy(True, self.tr("Reading %1…").replace("%1", path.name))
        BackgroundTask(lambda: service.preview(session, path, mapping)).on_success(
            lambda preview: self._previewed(generation, preview)
        ).on_failure(lambda error: self._preview_failed(generation, error)).start()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.ui.progressBar.setVisible(busy)
        self.ui.statusLabel.setText(text)
        self._update_buttons()

    def is_busy(self) -> bool:
        return self._busy

    def _previewed(self, generation: int, preview: ImportPreview) -> None:
        if self._closed or generation != self._generation:
            return
        if self._overrides is None and not self._remembered_tried:
            self._remembered_tried = True
            remembered = remembered_risk_import_mapping(preview.headers)
            if remembered and remembered != preview.mapping.as_overrides():
                self.start_preview(remembered)
                return
        self.preview = preview
        self._set_busy(False)
        self.ui.messageLabel.hide()
        self._show_mapping(preview)
        self.model.set_rows(list(preview.rows))
        self.ui.previewTable.resizeColumnsToContents()
        for column in (PreviewModel.TITLE, PreviewModel.FINDINGS):
            width = min(self.ui.previewTable.columnWidth(column), 320)
            self.ui.previewTable.setColumnWidth(column, width)
        self._show_findings(preview)
        self._update_buttons()

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if self._closed or generation != self._generation:
            return
        if not isinstance(error, (ServiceError, StorageError, OSError)):
            raise error
        self.preview = None
        self._set_busy(False)
        self.model.set_rows([])
        self.ui.problemsList.clear()
        self.ui.summaryLabel.setText("")
        self._show_message(
            str(error) if not isinstance(error, OSError) else self.tr("The file cannot be read.")
        )
        self._update_buttons()

    def _show_message(self, text: str, *, error: bool = True) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.messageLabel.show()

    def _show_findings(self, preview: ImportPreview) -> None:
        listing = self.ui.problemsList
        listing.clear()
        for finding, colour in (
            *((p, PROBLEM_TEXT) for p in preview.problems),
            *((w, WARNING_TEXT) for w in preview.warnings),
        ):
            item = QListWidgetItem(finding_text(finding))
            item.setForeground(QBrush(colour))
            item.setData(Qt.ItemDataRole.UserRole, finding.row_number)
            listing.addItem(item)
        rows = len(preview.rows)
        bad = sum(1 for row in preview.rows if not row.ok)
        summary = (
            self.tr("%1 rows: %2 ready, %3 with problems; %n warning(s).", "", len(preview.warnings))
            .replace("%1", str(rows))
            .replace("%2", str(rows - bad))
            .replace("%3", str(bad))
        )
        if preview.mapping.source_from_category:
            summary += " " + self.tr(
                "The file has no source column: each row's category is read as its source."
            )
        if preview.ok:
            summary += " " + self.tr("Ready to import.")
        else:
            summary += " " + self.tr(
                "Correct the file or the column mapping: nothing is imported while any row has a problem."
            )
        self.ui.summaryLabel.setText(summary)
        self.ui.summaryLabel.setStyleSheet("" if preview.ok else ERROR_STYLE)

    def _show_finding_row(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        for row, preview_row in enumerate(self.model.rows()):
            if preview_row.row_number == number:
                self.ui.previewTable.selectRow(row)
                self.ui.previewTable.scrollTo(self.model.index(row, 0))
                return

    # -- column mapping -------------------------------------------------------------------------

    def _show_mapping(self, preview: ImportPreview) -> None:
        """One combo per named column; rebuilt only when the headers change."""
        headers = [h for h in preview.headers if h.strip()]
        chosen = preview.mapping.as_overrides()
        if list(self._combos) != headers:
            form = self.ui.mappingForm
            while form.rowCount():
                form.removeRow(0)
            self._combos = {}
            for header in headers:
                combo = QComboBox(self.ui.mappingPanel)
                combo.addItem(self.tr("— not imported —"), IGNORE)
                for name in FIELDS:
                    combo.addItem(field_name(name), name)
                combo.setAccessibleName(self.tr("Field for the column “%1”").replace("%1", header))
                label = QLabel(header, self.ui.mappingPanel)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
                label.setBuddy(combo)
                label.setToolTip(header)
                form.addRow(label, combo)
                self._combos[header] = combo
                combo.currentIndexChanged.connect(self._mapping_changed)
        for header, combo in self._combos.items():
            combo.blockSignals(True)
            index = combo.findData(chosen.get(header, IGNORE))
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def mapping_combo(self, header: str) -> QComboBox:
        return self._combos[header]

    def current_mapping(self) -> dict[str, str]:
        return {header: str(combo.currentData()) for header, combo in self._combos.items()}

    def _mapping_changed(self) -> None:
        if self.preview is None:
            return
        mapping = self.current_mapping()
        remember_risk_import_mapping(self.preview.headers, mapping)
        self._remembered_tried = True
        self.start_preview(mapping)

    # -- importing ------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        button = self._import_button()
        if self.result is not None:
            button.setEnabled(True)
            return
        button.setEnabled(not self._busy and self.preview is not None and self.preview.ok)

    def accept(self) -> None:
        if self.result is not None:
            self._finish()
            return
        preview = self.preview
        if preview is None or not preview.ok or self._busy:
            return
        service, session = self.workspace.risk_import, self.session
        self._generation += 1  # a preview still running is no longer wanted
        self._importing = True
        self._set_busy(True, self.tr("Importing %n risk(s)…", "", len(preview.rows)))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        BackgroundTask(lambda: service.apply(session, preview)).on_success(
            lambda result: self._imported(preview, result)
        ).on_failure(self._import_failed).start()

    def _imported(self, preview: ImportPreview, result: ImportResult) -> None:
        self._importing = False
        self.result = result
        remember_risk_import_mapping(preview.headers, preview.mapping.as_overrides())
        self._set_busy(False)
        codes = result.codes
        shown = f"{codes[0]} … {codes[-1]}" if len(codes) > 1 else "".join(codes)
        self._show_message(
            self.tr("Risks imported: %n (%1).", "", result.count).replace("%1", shown), error=False
        )
        self._import_button().setText(self.tr("&Close"))
        self._update_buttons()
        for widget in (self.ui.browseButton, self.ui.previewButton, self.ui.fileEdit, self.ui.mappingGroup):
            widget.setEnabled(False)

    def _import_failed(self, error: BaseException) -> None:
        self._importing = False
        if not isinstance(error, (ServiceError, StorageError)):
            raise error
        self._set_busy(False)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        self._show_message(str(error))
        problems = getattr(error, "problems", ())
        for problem in problems:
            item = QListWidgetItem(finding_text(problem))
            item.setForeground(QBrush(PROBLEM_TEXT))
            item.setData(Qt.ItemDataRole.UserRole, problem.row_number)
            self.ui.problemsList.addItem(item)
        self._update_buttons()

    def _finish(self) -> None:
        save_geometry(self, self.GEOMETRY)
        self._closed = True
        super().accept()

    def reject(self) -> None:
        if self._importing:
            return  # the import is being written: it finishes (all or nothing) before the dialog closes
        save_geometry(self, self.GEOMETRY)
        self._closed = True
        super().reject()
