"""The dialog that edits an incident's recorded facts as the picture becomes clearer.

Saving builds ``IncidentFacts`` (which checks every field at once) and calls the service; every
problem is shown under its own field and nothing is saved until all are fixed. The dialog saves
itself and closes only on success, so a refusal never loses what was typed. It is opened with
``open()`` (window-modal, not blocking) so the detail stays live and tests can drive it.

The category and the drill/test flags are not edited here: the category decided the grade and the
plan, and the flags are fixed at creation (see ``IncidentFlags``).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QListWidgetItem, QWidget

from app.domain.incidents import (
    EARLIEST_TIME,
    Impact,
    IncidentFacts,
    IncidentInvalid,
    InformationSource,
    MoneyInvalid,
    Problem,
    format_money,
    parse_money,
)
from app.services.errors import ServiceError, StorageError
from app.services.incidents import IncidentInputInvalid, IncidentView
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_overview_tab import IMPACT_LEVELS, impact_level_name
from app.ui.forms.ui_facts_editor import Ui_FactsEditor
from app.ui.geometry import restore_geometry, save_geometry

ERROR_STYLE = "QLabel { color: #c62828; }"
GEOMETRY_NAME = "facts_editor"
DEPARTMENT_SEPARATORS = re.compile(r"[,，、;；]")

# Problem field (before any "[n]" or ".x") → the stem of the widgets that show it.
_FIELD_STEMS = {
    "title": "title",
    "place": "place",
    "departments": "departments",
    "reported_at": "reported",
    "occurred_at": "occurred",
    "detected_at": "detected",
    "people_involved": "people",
    "cause": "cause",
    "course_of_events": "course",
    "impact.operations": "operations",
    "impact.finance": "finance",
    "impact.reputation": "reputation",
    "impact.people": "wellbeing",
    "impact.direct_loss": "directLoss",
    "impact.indirect_loss": "indirectLoss",
    "sources": "sources",
}
_STEMS = tuple(dict.fromkeys(_FIELD_STEMS.values()))
_INDEX = re.compile(r"\[(\d+)\]")


def stem_for(field_name: str) -> str | None:
    """The widget stem that shows a problem on ``field_name`` ("sources[1].description" → "sources")."""
    base = _INDEX.sub("", field_name)
    if base in _FIELD_STEMS:
        return _FIELD_STEMS[base]
    head = base.split(".")[0]
    return _FIELD_STEMS.get(head) if head in ("departments", "sources") else None


def _msecs(value: datetime) -> int:
    return int(value.timestamp() * 1000)


class FactsEditor(QDialog):
    saved = Signal(object)  # the IncidentView after saving

    def __init__(
        self, workspace: Workspace, session: Session, incident: IncidentView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FactsEditor()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.incident = incident
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.addSourceButton.clicked.connect(self._add_source)
        self.ui.removeSourceButton.clicked.connect(self._remove_source)
        earliest = QDateTime.fromMSecsSinceEpoch(_msecs(EARLIEST_TIME))
        for edit in (self.ui.occurredEdit, self.ui.detectedEdit, self.ui.reportedEdit):
            edit.setMinimumDateTime(earliest)
        for combo in self._impact_combos().values():
            for level in IMPACT_LEVELS:
                combo.addItem(impact_level_name(level), int(level))
        self._fill(incident)
        self.show_problems(())
        restore_geometry(self, GEOMETRY_NAME)

    @classmethod
    def start(
        cls, parent: QWidget, workspace: Workspace, session: Session, incident: IncidentView
    ) -> FactsEditor:
        """Open the editor (window-modal, not blocking) and return it; ``saved`` says when it is done."""
        dialog = cls(workspace, session, incident, parent)
        dialog.open()
        dialog.ui.titleEdit.setFocus()
        return dialog

    # -- filling and reading ----------------------------------------------------------------------

    def _impact_combos(self) -> dict[str, object]:
        return {
            "operations": self.ui.operationsEdit,
            "finance": self.ui.financeEdit,
            "reputation": self.ui.reputationEdit,
            "people": self.ui.wellbeingEdit,
        }

    def _fill(self, incident: IncidentView) -> None:
        ui = self.ui
        ui.titleEdit.setText(incident.title or "")
        ui.titleEdit.setCursorPosition(0)
        ui.placeEdit.setText(incident.place or "")
        ui.departmentsEdit.setText(", ".join(incident.departments or ()))
        self._set_time(ui.reportedEdit, incident.reported_at)
        self._set_time(ui.occurredEdit, incident.occurred_at)
        self._set_time(ui.detectedEdit, incident.detected_at)
        ui.peopleEdit.setValue(incident.people_involved)
        ui.causeEdit.setPlainText(incident.cause or "")
        ui.courseEdit.setPlainText(incident.course_of_events or "")
        for area, combo in self._impact_combos().items():
            combo.setCurrentIndex(max(0, combo.findData(int(getattr(incident.impact, area)))))  # type: ignore[attr-defined]
        for edit, cents in (
            (ui.directLossEdit, incident.impact.direct_loss),
            (ui.indirectLossEdit, incident.impact.indirect_loss),
        ):
            edit.setText("" if cents is None else format_money(cents))
        ui.sourcesList.clear()
        for source in incident.sources or ():
            self._source_item(source.description, source.verified)

    def _set_time(self, edit: QDateTimeEdit, value: datetime | None) -> None:
        if value is None:
            edit.setDateTime(edit.minimumDateTime())  # shows "not known"
        else:
            edit.setDateTime(QDateTime.fromMSecsSinceEpoch(_msecs(value)))

    def _time(self, edit: QDateTimeEdit, original: datetime | None, *, optional: bool) -> datetime | None:
        if optional and edit.dateTime() == edit.minimumDateTime():
            return None
        msecs = edit.dateTime().toMSecsSinceEpoch()
        if original is not None and msecs == _msecs(original):
            return original  # unchanged: keep the stored value to the microsecond
        return datetime.fromtimestamp(msecs / 1000, UTC)

    def _source_item(self, description: str, verified: bool) -> QListWidgetItem:
        item = QListWidgetItem(description, self.ui.sourcesList)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if verified else Qt.CheckState.Unchecked)
        return item

    def _add_source(self) -> None:
        item = self._source_item("", False)
        self.ui.sourcesList.setCurrentItem(item)
        self.ui.sourcesList.editItem(item)

    def _remove_source(self) -> None:
        row = self.ui.sourcesList.currentRow()
        if row >= 0:
            self.ui.sourcesList.takeItem(row)

    def _departments(self) -> tuple[str, ...]:
        parts = (part.strip() for part in DEPARTMENT_SEPARATORS.split(self.ui.departmentsEdit.text()))
        return tuple(part for part in parts if part)

    def _sources(self) -> tuple[InformationSource, ...]:
        items = (self.ui.sourcesList.item(row) for row in range(self.ui.sourcesList.count()))
        return tuple(
            InformationSource(item.text(), item.checkState() == Qt.CheckState.Checked) for item in items
        )

    def _money(self, stem: str, text: str, problems: list[Problem]) -> int | None:
        if not text.strip():
            return None
        try:
            return parse_money(text)
        except MoneyInvalid as error:
            problems.append(
                Problem(f"impact.{'direct_loss' if stem == 'directLoss' else 'indirect_loss'}", str(error))
            )
            return None

    def facts(self) -> IncidentFacts:
        """The facts as typed; raises ``IncidentInvalid`` listing every problem."""
        ui = self.ui
        money_problems: list[Problem] = []
        direct = self._money("directLoss", ui.directLossEdit.text(), money_problems)
        indirect = self._money("indirectLoss", ui.indirectLossEdit.text(), money_problems)
        levels = {area: combo.currentData() for area, combo in self._impact_combos().items()}  # type: ignore[attr-defined]
        try:
            facts = IncidentFacts(
                title=ui.titleEdit.text(),
                category=self.incident.category,
                reported_at=self._time(ui.reportedEdit, self.incident.reported_at, optional=False),  # type: ignore[arg-type]
                occurred_at=self._time(ui.occurredEdit, self.incident.occurred_at, optional=True),
                detected_at=self._time(ui.detectedEdit, self.incident.detected_at, optional=True),
                place=ui.placeEdit.text(),
                departments=self._departments(),
                cause=ui.causeEdit.toPlainText(),
                course_of_events=ui.courseEdit.toPlainText(),
                people_involved=ui.peopleEdit.value(),
                impact=Impact(**levels, direct_loss=direct, indirect_loss=indirect),
                sources=self._sources(),
            )
        except IncidentInvalid as error:
            raise IncidentInvalid((*money_problems, *error.problems)) from None
        if money_problems:
            raise IncidentInvalid(money_problems)
        return facts

    def done(self, result: int) -> None:
        save_geometry(self, GEOMETRY_NAME)
        super().done(result)

    # -- saving -----------------------------------------------------------------------------------

    def accept(self) -> None:
        try:
            incident = self.workspace.incidents.update_facts(self.session, self.incident.id, self.facts())
        except (IncidentInvalid, IncidentInputInvalid) as error:
            self.show_problems(error.problems)
            return
        except (ServiceError, StorageError) as error:
            self.show_problems((), message=str(error))
            return
        super().accept()
        self.saved.emit(incident)

    def problem_label(self, stem: str) -> QLabel:
        return getattr(self.ui, f"{stem}Problem")

    def show_problems(self, problems: tuple[Problem, ...] | list[Problem], message: str = "") -> None:
        """Each problem under its field; problems without a field of their own in the message line."""
        by_stem: dict[str, list[str]] = {stem: [] for stem in _STEMS}
        general: list[str] = [message] if message else []
        for problem in problems:
            stem = stem_for(problem.field)
            text = self._problem_text(problem)
            if stem is None:
                general.append(f"{problem.field}: {text}")
            else:
                by_stem[stem].append(text)
        first: QWidget | None = None
        for stem, texts in by_stem.items():
            label = self.problem_label(stem)
            label.setText("\n".join(texts))
            label.setStyleSheet(ERROR_STYLE)
            label.setVisible(bool(texts))
            if texts and first is None:
                first = getattr(self.ui, f"{stem}Edit", None) or getattr(self.ui, f"{stem}List", None)
        if problems and not general:
            general.append(self.tr("Nothing was saved: correct the marked fields."))
        self.ui.messageLabel.setText("\n".join(general))
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.setVisible(bool(general))
        if first is not None:
            first.setFocus()

    def _problem_text(self, problem: Problem) -> str:
        match = _INDEX.search(problem.field)
        text = problem.message
        if problem.field.startswith("sources") and match:
            return (
                QCoreApplication.translate("FactsEditor", "Source %1: %2")
                .replace("%1", str(int(match.group(1)) + 1))
                .replace("%2", text)
            )
        if problem.field.startswith("departments") and match:
            return (
                QCoreApplication.translate("FactsEditor", "Department %1: %2")
                .replace("%1", str(int(match.group(1)) + 1))
                .replace("%2", text)
            )
        return text[:1].upper() + text[1:]
