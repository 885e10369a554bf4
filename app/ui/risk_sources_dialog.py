"""Admin → Risk sources: the list a risk is filed under, its label in three languages, and retiring.

Sources are office data (``RiskService.sources``), not translations: each has an English, a
Traditional and a Simplified Chinese label, and the register shows the one for the interface
language. A source's code never changes once added, because risks and imported spreadsheets refer
to it; only its labels do. Retiring keeps the source on every risk that has it (the register must
still show what was filed) and only stops the editor offering it for new risks, so a source is
never deleted. Each action is one service call, one transaction with its audit entry; a refusal
leaves the dialog as it was, with the service's message.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QWidget

from app.domain.roles import Operation
from app.services.errors import ServiceError, StorageError
from app.services.risks import RiskInputInvalid, RiskSourceView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_risk_sources_dialog import Ui_RiskSourcesDialog
from app.ui.geometry import restore_geometry, save_geometry
from app.ui.list_table_model import Index, ListTableModel

ERROR_STYLE = "QLabel { color: #c62828; }"


class RiskSourcesModel(ListTableModel[RiskSourceView]):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("English"),
            self.tr("繁體 (Traditional)"),
            self.tr("简体 (Simplified)"),
            self.tr("State"),
        )

    def cell(self, item: RiskSourceView, column: int) -> object:
        if column == 0:
            return item.code
        if column == 1:
            return item.label_en
        if column == 2:
            return item.label_zh_tw
        if column == 3:
            return item.label_zh_cn
        return self.tr("Active") if item.active else self.tr("Retired")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and not self.row_at(index.row()).active:
            return QColor(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return super().data(index, role)


class RiskSourcesDialog(QDialog):
    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RiskSourcesDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.may_edit = workspace.policy.allows(session.role, Operation.RISK_SOURCES_EDIT)
        # The code of the source shown in the form, or None while a new one is being entered.
        self.editing: str | None = None
        self.model = RiskSourcesModel(self)
        table = self.ui.sourcesTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        table.selectionModel().selectionChanged.connect(lambda *_args: self._show_selected())
        self.ui.messageLabel.hide()
        self.ui.newButton.clicked.connect(self.new_source)
        self.ui.retireButton.clicked.connect(lambda: self.set_active(False))
        self.ui.restoreButton.clicked.connect(lambda: self.set_active(True))
        self.ui.saveButton.clicked.connect(self.save)
        restore_geometry(self, "risk_sources_dialog")

    @classmethod
    def start(cls, parent: QWidget, workspace: Workspace, session: Session) -> RiskSourcesDialog:
        """Load the list and open the dialog window-modal (not blocking); a refusal raises here."""
        dialog = cls(workspace, session, parent)
        try:
            dialog.reload()
        except (ServiceError, StorageError):
            dialog.deleteLater()
            raise
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.ui.sourcesTable.setFocus()
        return dialog

    # -- what is shown --------------------------------------------------------------------------

    def sources(self) -> list[RiskSourceView]:
        return list(self.model.rows())

    def reload(self, select: str | None = None) -> None:
        """Show the stored list, selecting ``select`` (a code) or else the first source."""
        rows = sorted(self.workspace.risks.sources(self.session), key=lambda s: (s.position, s.code))
        self.model.set_rows(rows)
        table = self.ui.sourcesTable
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(4)
        codes = [s.code for s in rows]
        if select in codes:
            table.selectRow(codes.index(select))
        elif rows:
            table.selectRow(0)
        else:
            self.new_source()
        self._show_selected()

    def _selected(self) -> RiskSourceView | None:
        rows = self.ui.sourcesTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        source = self._selected()
        if source is not None:
            self.editing = source.code
            self.ui.detailGroup.setTitle(self.tr("Source %1").replace("%1", source.code))
            self.ui.codeEdit.setText(source.code)
            self.ui.englishEdit.setText(source.label_en)
            self.ui.traditionalEdit.setText(source.label_zh_tw)
            self.ui.simplifiedEdit.setText(source.label_zh_cn)
            self.ui.saveButton.setText(self.tr("&Save labels"))
        self._clear_marks()
        self._update_buttons()

    def _update_buttons(self) -> None:
        source = self._selected() if self.editing is not None else None
        self.ui.codeEdit.setReadOnly(self.editing is not None or not self.may_edit)
        self.ui.codeEdit.setEnabled(self.editing is None)  # a stored code never changes: greyed
        for edit in (self.ui.englishEdit, self.ui.traditionalEdit, self.ui.simplifiedEdit):
            edit.setReadOnly(not self.may_edit)
        self.ui.newButton.setEnabled(self.may_edit)
        self.ui.saveButton.setEnabled(self.may_edit)
        self.ui.retireButton.setEnabled(self.may_edit and source is not None and source.active)
        self.ui.restoreButton.setEnabled(self.may_edit and source is not None and not source.active)

    # -- editing ----------------------------------------------------------------------------------

    def new_source(self) -> None:
        """Empty the form for a new source (the list keeps no selection meanwhile)."""
        self.ui.sourcesTable.clearSelection()
        self.editing = None
        self.ui.detailGroup.setTitle(self.tr("New source"))
        for edit in (self.ui.codeEdit, self.ui.englishEdit, self.ui.traditionalEdit, self.ui.simplifiedEdit):
            edit.clear()
        self.ui.saveButton.setText(self.tr("&Add source"))
        self._clear_marks()
        self.ui.messageLabel.hide()
        self._update_buttons()
        self.ui.codeEdit.setFocus()

    def save(self) -> None:
        """Add the new source or store the selected one's labels; the list then shows it selected."""
        labels = (
            self.ui.englishEdit.text(),
            self.ui.traditionalEdit.text(),
            self.ui.simplifiedEdit.text(),
        )
        risks = self.workspace.risks
        try:
            if self.editing is None:
                saved = risks.add_source(self.session, self.ui.codeEdit.text(), *labels)
                done = self.tr("Source %1 added.")
            else:
                saved = risks.update_source(self.session, self.editing, *labels)
                done = self.tr("Labels of %1 saved.")
        except RiskInputInvalid as error:
            self._show_problems(error)
            return
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        self.reload(select=saved.code)
        self._show_message(done.replace("%1", saved.code))

    def set_active(self, active: bool) -> None:
        """Retire the selected source or bring it back."""
        source = self._selected()
        if source is None:
            return
        try:
            saved = self.workspace.risks.set_source_active(self.session, source.code, active)
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        self.reload(select=saved.code)
        if active:
            text = self.tr("%1 is offered for new risks again.")
        else:
            text = self.tr("%1 is retired: risks that have it keep it; new risks cannot use it.")
        self._show_message(text.replace("%1", saved.code))

    # -- messages -----------------------------------------------------------------------------------

    def _field_labels(self) -> dict[str, QLabel]:
        return {
            "code": self.ui.codeLabel,
            "label_en": self.ui.englishLabel,
            "label_zh_tw": self.ui.traditionalLabel,
            "label_zh_cn": self.ui.simplifiedLabel,
        }

    def _clear_marks(self) -> None:
        for label in self._field_labels().values():
            label.setStyleSheet("")

    def _show_problems(self, error: RiskInputInvalid) -> None:
        """Mark each field the service names and list every problem in the message line."""
        labels = self._field_labels()
        self._clear_marks()
        lines = []
        for problem in error.problems:
            label = labels.get(problem.field)
            if label is not None:
                label.setStyleSheet(ERROR_STYLE)
                name = label.text().replace("&", "")
            else:
                name = problem.field
            lines.append(f"{name}: {problem.message}")
        self._show_message(self.tr("Not saved.") + "\n" + "\n".join(lines or [str(error)]), error=True)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.messageLabel.show()

    def done(self, result: int) -> None:
        save_geometry(self, "risk_sources_dialog")
        super().done(result)
