"""The dialog for an organisation's own breach-notification rules (a custom rule set).

Rules are added one at a time (what must be sent to whom, counted from which event, within how
many hours); a rule can start when an earlier rule's notice is sent. Nothing is checked until
Save: the service validates the whole set and the dialog stays open with the message when it is
refused, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from app.domain.breach_clocks import Audience, CustomRuleInput, StartEvent
from app.services.errors import ServiceError, StorageError
from app.services.record_input import RecordInputInvalid
from app.ui.case_notifications_tab import audience_name, start_event_name
from app.ui.forms.ui_custom_rule_set_dialog import Ui_CustomRuleSetDialog
from app.ui.list_table_model import ListTableModel

ERROR_STYLE = "QLabel { color: #c62828; }"
Submit = Callable[[list[CustomRuleInput], str], None]

KEY, LABEL, START, HOURS, AUDIENCE = range(5)


class RulesModel(ListTableModel[CustomRuleInput]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Key"), self.tr("Notice"), self.tr("Counts from"), self.tr("Hours"), self.tr("To"))

    def cell(self, item: CustomRuleInput, column: int) -> object:
        if column == KEY:
            return item.key
        if column == LABEL:
            return item.label
        if column == START:
            start = start_event_name(StartEvent(item.start_event))
            return f"{start} ({item.after})" if item.after else start
        if column == HOURS:
            return f"{item.deadline_hours:g}"
        return audience_name(Audience(item.audience))


class CustomRuleSetDialog(QDialog):
    """Collects the rules; ``submit`` (the service call) runs on Save and may refuse with problems."""

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CustomRuleSetDialog()
        self.ui.setupUi(self)
        self._submit = submit
        self.model = RulesModel(self)
        self.ui.rulesTable.setModel(self.model)
        self.ui.rulesTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.rulesTable.horizontalHeader().setStretchLastSection(True)
        self.ui.nameEdit.setText(self.tr("Custom"))
        for event in StartEvent:
            self.ui.startCombo.addItem(start_event_name(event), event.value)
        for audience in Audience:
            self.ui.audienceCombo.addItem(audience_name(audience), audience.value)
        self.ui.messageLabel.hide()
        self.ui.startCombo.currentIndexChanged.connect(self._update_after)
        self.ui.addRuleButton.clicked.connect(self.add_rule)
        self.ui.removeRuleButton.clicked.connect(self.remove_rule)
        self.ui.buttonBox.accepted.connect(self.accept)
        self._update_after()

    def rules(self) -> list[CustomRuleInput]:
        return list(self.model.rows())

    def _update_after(self) -> None:
        follows = self.ui.startCombo.currentData() == StartEvent.NOTICE_SENT.value
        self.ui.afterCombo.clear()
        for rule in self.model.rows():
            self.ui.afterCombo.addItem(rule.label or rule.key, rule.key)
        self.ui.afterCombo.setEnabled(follows and self.ui.afterCombo.count() > 0)

    def add_rule(self) -> None:
        follows = self.ui.startCombo.currentData() == StartEvent.NOTICE_SENT.value
        rule = CustomRuleInput(
            key=self.ui.keyEdit.text().strip(),
            label=self.ui.labelEdit.text().strip(),
            start_event=self.ui.startCombo.currentData(),
            deadline_hours=self.ui.hoursSpin.value(),
            audience=self.ui.audienceCombo.currentData(),
            after=self.ui.afterCombo.currentData() if follows else None,
        )
        self.model.set_rows([*self.model.rows(), rule])
        self.ui.keyEdit.clear()
        self.ui.labelEdit.clear()
        self._update_after()
        self.ui.keyEdit.setFocus()

    def remove_rule(self) -> None:
        rows = self.ui.rulesTable.selectionModel().selectedRows()
        if rows:
            kept = [r for i, r in enumerate(self.model.rows()) if i != rows[0].row()]
            self.model.set_rows(kept)
            self._update_after()

    def accept(self) -> None:
        try:
            self._submit(self.rules(), self.ui.nameEdit.text())
        except RecordInputInvalid as error:
            self._show_error("\n".join(p.message for p in error.problems) or str(error))
            return
        except (ServiceError, StorageError) as error:
            self._show_error(str(error))
            return
        super().accept()

    def _show_error(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.show()
