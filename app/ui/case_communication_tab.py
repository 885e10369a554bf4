"""The communication tab: messages about the incident, drafted from templates with placeholders.

Pick a template and a language and press "New from template": the template text lands in the
editor, the placeholders it uses are listed with the values the incident provides (code, dates,
category ...), and the user types the rest (hotline, measures, contact person ...). The preview is
rendered by the service as the user types and says which placeholders are still missing or unknown;
a draft with holes can be saved but not approved. Approve (admin or counsellor), then "Mark sent"
records when and how a person sent it; the app sends nothing. "Copy text" puts the rendered text on
the clipboard, cleared again after a short time because it is case text.

hr_manager never sees this tab (``visible_for``), and the service refuses the calls anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from app.domain.communication_templates import (
    PLACEHOLDERS,
    TEMPLATE_LABELS,
    Channel,
    DraftState,
    Language,
    Rendering,
    TemplateKind,
    placeholders_in,
)
from app.domain.roles import Operation
from app.services.communications import DraftInput, DraftView
from app.services.errors import ServiceError, StorageError
from app.services.incidents import IncidentView
from app.services.record_input import RecordInputInvalid
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.case_notifications_tab import channel_name
from app.ui.case_tabs import CaseTab
from app.ui.clipboard import copy_secret
from app.ui.forms.ui_case_communication_tab import Ui_CaseCommunicationTab
from app.ui.incident_labels import local_time_text
from app.ui.list_table_model import Index, ListTableModel

ERROR_STYLE = "QLabel { color: #c62828; }"
PREVIEW_DELAY_MS = 150
INCIDENT_VALUE_COLOUR = QColor("#757575")
CONTEXT = "CaseCommunicationTab"

_KINDS = {
    TemplateKind.INTERNAL_NOTICE: QT_TRANSLATE_NOOP("CaseCommunicationTab", "Internal staff notice"),
    TemplateKind.AFFECTED_NOTICE: QT_TRANSLATE_NOOP("CaseCommunicationTab", "Notice to affected employees"),
    TemplateKind.EXTERNAL_STATEMENT: QT_TRANSLATE_NOOP(
        "CaseCommunicationTab", "External statement (one voice)"
    ),
    TemplateKind.REGULATOR_NOTICE: QT_TRANSLATE_NOOP("CaseCommunicationTab", "Regulator notification"),
}
_LANGUAGES = {
    Language.EN: QT_TRANSLATE_NOOP("CaseCommunicationTab", "English"),
    Language.ZH: QT_TRANSLATE_NOOP("CaseCommunicationTab", "Chinese (中文)"),
}
_STATES = {
    DraftState.DRAFT: QT_TRANSLATE_NOOP("CaseCommunicationTab", "draft"),
    DraftState.APPROVED: QT_TRANSLATE_NOOP("CaseCommunicationTab", "approved"),
    DraftState.SENT: QT_TRANSLATE_NOOP("CaseCommunicationTab", "sent"),
    DraftState.SUPERSEDED: QT_TRANSLATE_NOOP("CaseCommunicationTab", "superseded"),
}
assert set(_KINDS) == set(TEMPLATE_LABELS)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_name(kind: TemplateKind | str) -> str:
    return _tr(_KINDS[TemplateKind(kind)])


def draft_state_name(state: DraftState | str) -> str:
    return _tr(_STATES[DraftState(state)])


D_KIND, D_LANGUAGE, D_STATE, D_UPDATED, D_SENT = range(5)


class DraftsModel(ListTableModel[DraftView]):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Message"),
            self.tr("Language"),
            self.tr("State"),
            self.tr("Updated"),
            self.tr("Sent"),
        )

    def cell(self, item: DraftView, column: int) -> object:
        if column == D_KIND:
            return kind_name(item.kind)
        if column == D_LANGUAGE:
            return _tr(_LANGUAGES[item.language])
        if column == D_STATE:
            state = draft_state_name(item.state)
            if item.state is DraftState.DRAFT and item.missing:
                return self.tr("%1 (%n to fill)", "", len(item.missing)).replace("%1", state)
            return state
        if column == D_UPDATED:
            return local_time_text(item.updated_at)
        if item.sent_at is None or item.sent_channel is None:
            return ""
        return f"{local_time_text(item.sent_at)} · {channel_name(item.sent_channel)}"


NAME, VALUE = range(2)


class ValuesModel(ListTableModel[str]):
    """Placeholder name → value; a value the user has not typed shows the incident's, greyed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed: dict[str, str] = {}
        self.from_incident: dict[str, str] = {}
        self.language = Language.EN

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Placeholder"), self.tr("Value"))

    def cell(self, item: str, column: int) -> object:
        if column == NAME:
            labels = PLACEHOLDERS.get(item)
            if labels is None:
                return f"{{{item}}} · " + self.tr("unknown")
            return f"{{{item}}} · {labels[1] if self.language is Language.ZH else labels[0]}"
        return self.typed.get(item) or self.from_incident.get(item, "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == VALUE and self.row_at(index.row()) in PLACEHOLDERS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        name = self.row_at(index.row())
        if role == Qt.ItemDataRole.EditRole and index.column() == VALUE:
            return self.typed.get(name) or self.from_incident.get(name, "")
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == VALUE and name not in self.typed:
            return INCIDENT_VALUE_COLOUR
        return super().data(index, role)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != VALUE:
            return False
        name = self.row_at(index.row())
        text = str(value or "").strip()
        if text and text != self.from_incident.get(name):
            self.typed[name] = text
        else:
            self.typed.pop(name, None)
        self.dataChanged.emit(index, index)
        return True

    def set_names(self, names: list[str]) -> None:
        self.set_rows(names)


class CommunicationTab(CaseTab):
    key = "communication"

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(workspace, session, parent)
        self.ui = Ui_CaseCommunicationTab()
        self.ui.setupUi(self)
        self._incident: IncidentView | None = None
        self.current: DraftView | None = None  # the draft in the editor; None for a new one
        self.rendering: Rendering | None = None
        self.drafts_model = DraftsModel(self)
        self.values_model = ValuesModel(self)
        self.ui.draftsTable.setModel(self.drafts_model)
        self.ui.valuesTable.setModel(self.values_model)
        self.ui.draftsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.draftsTable.horizontalHeader().setStretchLastSection(True)
        self.ui.valuesTable.horizontalHeader().setSectionResizeMode(
            NAME, QHeaderView.ResizeMode.ResizeToContents
        )
        policy = workspace.policy
        self.can_draft = policy.allows(session.role, Operation.COMMUNICATION_DRAFT)
        self.can_approve = policy.allows(session.role, Operation.COMMUNICATION_APPROVE)
        self.can_edit_templates = policy.allows(session.role, Operation.COMMUNICATION_TEMPLATE_EDIT)
        self.ui.saveTemplateButton.setVisible(self.can_edit_templates)
        self.ui.resetTemplateButton.setVisible(self.can_edit_templates)
        self._fill_choices()
        self.ui.messageLabel.hide()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.ui.subjectEdit.textChanged.connect(self._text_changed)
        self.ui.bodyEdit.textChanged.connect(self._text_changed)
        self.values_model.dataChanged.connect(lambda *_: self._preview_timer.start())
        self.ui.languageCombo.currentIndexChanged.connect(self._language_changed)
        self.ui.newDraftButton.clicked.connect(self.new_from_template)
        self.ui.saveButton.clicked.connect(self.save_draft)
        self.ui.approveButton.clicked.connect(self.approve)
        self.ui.markSentButton.clicked.connect(self.mark_sent)
        self.ui.copyButton.clicked.connect(self.copy_text)
        self.ui.saveTemplateButton.clicked.connect(self.save_as_template)
        self.ui.resetTemplateButton.clicked.connect(self.reset_template)
        self.ui.draftsTable.selectionModel().selectionChanged.connect(self._draft_selected)
        self._update_buttons()

    @classmethod
    def visible_for(cls, workspace: Workspace, session: Session) -> bool:
        return workspace.policy.allows(session.role, Operation.COMMUNICATION_VIEW)

    def title(self) -> str:
        return self.tr("Co&mmunication")

    def _fill_choices(self) -> None:
        for combo, items in (
            (self.ui.templateCombo, [(kind_name(k), k.value) for k in TemplateKind]),
            (self.ui.languageCombo, [(_tr(_LANGUAGES[lang]), lang.value) for lang in Language]),
            (self.ui.sentChannelCombo, [(channel_name(c), c.value) for c in Channel]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    # -- CaseTab ---------------------------------------------------------------------------------

    def show_incident(self, incident: IncidentView) -> None:
        changed_case = self._incident is None or self._incident.id != incident.id
        self._incident = incident
        if changed_case:
            self._show_message("")
            self.current = None
            self.values_model.typed = {}
            self._set_editor("", "")
        self._load_incident_values()
        self.reload()

    def clear(self) -> None:
        self._incident = None
        self.current = None
        self.rendering = None
        self.drafts_model.set_rows([])
        self.values_model.typed = {}
        self.values_model.from_incident = {}
        self._set_editor("", "")
        self._show_message("")

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_choices()
        if self._incident is not None:
            self.reload()

    # -- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        if self._incident is None:
            return
        try:
            drafts = list(self.workspace.communications.drafts(self.session, self._incident.id))
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            drafts = []
        self.drafts_model.set_rows(drafts)
        if self.current is not None:
            self.current = next((d for d in drafts if d.id == self.current.id), None)
            if self.current is not None:
                row = drafts.index(self.current)
                self.ui.draftsTable.selectRow(row)
        self._update_buttons()

    def _language(self) -> Language:
        return Language(self.ui.languageCombo.currentData() or Language.EN.value)

    def _load_incident_values(self) -> None:
        if self._incident is None:
            return
        try:
            values = self.workspace.communications.incident_values(
                self.session, self._incident.id, self._language()
            )
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            values = {}
        self.values_model.from_incident = values
        self.values_model.language = self._language()
        self._refresh_names()

    def _language_changed(self) -> None:
        self._load_incident_values()
        self._preview_timer.start()

    def _set_editor(self, subject: str, body: str) -> None:
        self.ui.subjectEdit.setText(subject)
        self.ui.bodyEdit.setPlainText(body)
        self._refresh_names()
        self.update_preview()

    def _text_changed(self) -> None:
        self._refresh_names()
        self._preview_timer.start()

    def _refresh_names(self) -> None:
        names = list(placeholders_in(self.ui.subjectEdit.text() + "\n" + self.ui.bodyEdit.toPlainText()))
        if names != self.values_model.rows():
            self.values_model.set_names(names)
        else:
            self.values_model.layoutChanged.emit()

    def _draft_selected(self) -> None:
        rows = self.ui.draftsTable.selectionModel().selectedRows()
        if not rows:
            return
        draft = self.drafts_model.row_at(rows[0].row())
        if self.current is not None and self.current.id == draft.id:
            return
        self.current = draft
        self.ui.templateCombo.setCurrentIndex(self.ui.templateCombo.findData(draft.kind.value))
        self.ui.languageCombo.blockSignals(True)
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(draft.language.value))
        self.ui.languageCombo.blockSignals(False)
        self.values_model.typed = dict(draft.values)
        self._load_incident_values()
        self._set_editor(draft.subject_template, draft.body_template)
        self._update_buttons()

    # -- composing -------------------------------------------------------------------------------

    def draft_input(self) -> DraftInput:
        kind = self.current.kind.value if self.current is not None else self.ui.templateCombo.currentData()
        return DraftInput(
            kind,
            self._language().value,
            self.ui.subjectEdit.text(),
            self.ui.bodyEdit.toPlainText(),
            dict(self.values_model.typed),
        )

    def new_from_template(self) -> None:
        kind = self.ui.templateCombo.currentData()
        try:
            template = self.workspace.communications.template(self.session, kind, self._language())
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        self.current = None
        self.ui.draftsTable.clearSelection()
        self._set_editor(template.subject, template.body)
        self._show_message(self.tr("New draft: fill the placeholders, then save it."))
        self._update_buttons()
        self.ui.valuesTable.setFocus()

    def set_value(self, name: str, value: str) -> None:
        """Type a placeholder value (what editing the value cell does), for the keyboard and tests."""
        if name not in self.values_model.rows():
            return
        row = self.values_model.rows().index(name)
        self.values_model.setData(self.values_model.index(row, VALUE), value)

    def update_preview(self) -> None:
        self._preview_timer.stop()
        if self._incident is None or not (self.ui.subjectEdit.text() or self.ui.bodyEdit.toPlainText()):
            self.rendering = None
            self.ui.previewEdit.clear()
            self.ui.problemsLabel.clear()
            self._update_buttons()
            return
        try:
            self.rendering = self.workspace.communications.preview(
                self.session, self._incident.id, self.draft_input()
            )
        except RecordInputInvalid as error:
            self.rendering = None
            self.ui.previewEdit.clear()
            self.ui.problemsLabel.setText("\n".join(f"{p.field}: {p.message}" for p in error.problems))
            self.ui.problemsLabel.setStyleSheet(ERROR_STYLE)
            self._update_buttons()
            return
        except (ServiceError, StorageError) as error:
            self.rendering = None
            self._show_message(str(error), error=True)
            self._update_buttons()
            return
        self.ui.previewEdit.setPlainText(f"{self.rendering.subject}\n\n{self.rendering.body}")
        self.ui.problemsLabel.setText(self._problems_text(self.rendering))
        self.ui.problemsLabel.setStyleSheet("" if self.rendering.complete else ERROR_STYLE)
        self._update_buttons()

    def _problems_text(self, rendering: Rendering) -> str:
        parts = []
        if rendering.missing:
            parts.append(
                self.tr("Still to fill: %1").replace(
                    "%1", ", ".join("{" + n + "}" for n in rendering.missing)
                )
            )
        if rendering.unknown:
            parts.append(
                self.tr("Not placeholders (check the spelling): %1").replace(
                    "%1", ", ".join("{" + n + "}" for n in rendering.unknown)
                )
            )
        return "\n".join(parts) or self.tr("Every placeholder is filled.")

    # -- actions ---------------------------------------------------------------------------------

    def save_draft(self) -> None:
        if self._incident is None or not self.can_draft:
            return
        draft_id = self.current.id if self.current is not None else None
        try:
            saved = self.workspace.communications.save_draft(
                self.session, self._incident.id, self.draft_input(), draft_id=draft_id
            )
        except RecordInputInvalid as error:
            self._show_message("\n".join(f"{p.field}: {p.message}" for p in error.problems), error=True)
            return
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        self.current = saved
        self._show_message(
            self.tr("Draft saved.")
            if saved.complete
            else self.tr(
                "Draft saved; %n placeholder(s) still to fill before approval.", "", len(saved.missing)
            )
        )
        self.reload()

    def dirty(self) -> bool:
        """Whether the editor holds changes not yet saved into the selected draft."""
        if self.current is None:
            return False
        draft = self.draft_input()
        return (
            draft.subject_template.strip() != self.current.subject_template
            or draft.body_template.strip() != self.current.body_template
            or dict(draft.values) != dict(self.current.values)
            or draft.language != self.current.language.value
        )

    def approve(self) -> None:
        if self._incident is None or self.current is None or not self.can_approve:
            return
        if self.dirty():  # approve what is on the screen, never an older saved text
            self.save_draft()
            if self.current is None or self.current.missing:
                return
        self._act(
            lambda: self.workspace.communications.approve(
                self.session, self._incident_id(), self._current_id()
            ),
            self.tr("Approved. It is ready to be sent."),
        )

    def mark_sent(self) -> None:
        if self._incident is None or self.current is None or not self.can_draft:
            return
        channel = self.ui.sentChannelCombo.currentData()
        self._act(
            lambda: self.workspace.communications.mark_sent(
                self.session, self._incident_id(), self._current_id(), channel
            ),
            self.tr("Recorded as sent."),
        )

    def copy_text(self) -> None:
        if self.rendering is None:
            return
        copy_secret(f"{self.rendering.subject}\n\n{self.rendering.body}")
        self._show_message(self.tr("Copied; the clipboard is cleared again in 30 seconds."))

    def save_as_template(self) -> None:
        if not self.can_edit_templates:
            return
        kind = self.current.kind.value if self.current is not None else self.ui.templateCombo.currentData()
        try:
            self.workspace.communications.set_template(
                self.session,
                kind,
                self._language(),
                self.ui.subjectEdit.text(),
                self.ui.bodyEdit.toPlainText(),
            )
        except RecordInputInvalid as error:
            self._show_message("\n".join(f"{p.field}: {p.message}" for p in error.problems), error=True)
            return
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        self._show_message(self.tr("Saved as the template for everyone."))

    def reset_template(self) -> None:
        if not self.can_edit_templates:
            return
        kind = self.ui.templateCombo.currentData()
        try:
            self.workspace.communications.reset_template(self.session, kind, self._language())
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        self._show_message(self.tr("The shipped template is used again."))

    def _act(self, call: object, done: str) -> None:
        assert callable(call)
        try:
            self.current = call()
        except RecordInputInvalid as error:
            self._show_message("\n".join(f"{p.field}: {p.message}" for p in error.problems), error=True)
            return
        except (ServiceError, StorageError) as error:
            self._show_message(str(error), error=True)
            return
        self._show_message(done)
        self.reload()

    def _incident_id(self) -> int:
        assert self._incident is not None
        return self._incident.id

    def _current_id(self) -> int:
        assert self.current is not None
        return self.current.id

    def _update_buttons(self) -> None:
        current = self.current
        editable = current is None or current.state in (DraftState.DRAFT, DraftState.APPROVED)
        has_text = bool(self.ui.subjectEdit.text().strip() or self.ui.bodyEdit.toPlainText().strip())
        self.ui.saveButton.setEnabled(self.can_draft and self._incident is not None and editable and has_text)
        shown_complete = self.rendering is not None and self.rendering.complete
        ready = current is not None and (shown_complete if self.dirty() else current.complete)
        self.ui.approveButton.setEnabled(
            self.can_approve and current is not None and current.state is DraftState.DRAFT and ready
        )
        approved = current is not None and current.state is DraftState.APPROVED
        self.ui.markSentButton.setEnabled(self.can_draft and approved)
        self.ui.sentChannelCombo.setEnabled(self.can_draft and approved)
        self.ui.copyButton.setEnabled(self.rendering is not None)
        self.ui.subjectEdit.setReadOnly(not editable)
        self.ui.bodyEdit.setReadOnly(not editable)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.messageLabel.setVisible(bool(text))
