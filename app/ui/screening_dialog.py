"""Record a PHQ-9 or GAD-7 for a person, with the total and severity shown live as answers are chosen.

The score shown here comes from ``app.domain.screenings`` (pure rules), the same function the
service uses when it stores the answers, so what the counsellor sees before saving is what is kept.
PHQ-9 item 9 above 0 turns the item and a warning red at once, whatever the total.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

from app.domain.screenings import ITEM_COUNT, PHQ9_SELF_HARM_ITEM, Instrument, RedFlag, max_total, score
from app.services.errors import ServiceError, StorageError
from app.services.people import PersonSummary
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_screening_dialog import Ui_ScreeningDialog
from app.ui.geometry import restore_geometry, save_geometry
from app.ui.person_dialogs import ERROR_STYLE, show_error
from app.ui.person_labels import ANSWERS, FLAG_STYLE, STEM, band_name, instrument_name, item_text, tr

MAX_ITEMS = max(ITEM_COUNT.values())


class ScreeningDialog(QDialog):
    saved = Signal(object)  # ScreeningView

    def __init__(
        self, workspace: Workspace, session: Session, person: PersonSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ScreeningDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.person = person
        self.setWindowTitle(self.tr("Screening for %1").replace("%1", person.pseudonym))
        for instrument in Instrument:
            self.ui.instrumentCombo.addItem(instrument_name(instrument), instrument.value)
        for number in range(1, MAX_ITEMS + 1):
            combo = self.item_combo(number)
            combo.addItem(self.tr("— choose —"), None)
            for value, text in enumerate(ANSWERS):
                combo.addItem(tr(text), value)
            combo.currentIndexChanged.connect(self.update_score)
        self.ui.stemLabel.setText(tr(STEM))
        self.ui.flagLabel.setStyleSheet(FLAG_STYLE)
        self.ui.messageLabel.hide()
        self.ui.instrumentCombo.currentIndexChanged.connect(self._instrument_changed)
        self.ui.buttonBox.accepted.connect(self.accept)
        self._instrument_changed()
        restore_geometry(self, "screening_dialog")

    @classmethod
    def start(
        cls, parent: QWidget, workspace: Workspace, session: Session, person: PersonSummary
    ) -> ScreeningDialog:
        dialog = cls(workspace, session, person, parent)
        dialog.open()
        dialog.ui.instrumentCombo.setFocus()
        return dialog

    def item_combo(self, number: int) -> QComboBox:
        return getattr(self.ui, f"item{number}Combo")

    def item_label(self, number: int) -> QLabel:
        return getattr(self.ui, f"item{number}Label")

    def instrument(self) -> Instrument:
        return Instrument(self.ui.instrumentCombo.currentData())

    def set_instrument(self, instrument: Instrument) -> None:
        self.ui.instrumentCombo.setCurrentIndex(self.ui.instrumentCombo.findData(instrument.value))

    def set_answers(self, answers: list[int]) -> None:
        for number, answer in enumerate(answers, start=1):
            combo = self.item_combo(number)
            combo.setCurrentIndex(combo.findData(answer))

    def answers(self) -> list[int | None]:
        count = ITEM_COUNT[self.instrument()]
        return [self.item_combo(number).currentData() for number in range(1, count + 1)]

    def _instrument_changed(self) -> None:
        instrument = self.instrument()
        count = ITEM_COUNT[instrument]
        for number in range(1, MAX_ITEMS + 1):
            shown = number <= count
            self.item_label(number).setVisible(shown)
            self.item_combo(number).setVisible(shown)
            if shown:
                self.item_label(number).setText(f"&{number}. {item_text(instrument, number)}")
        self.update_score()

    def update_score(self) -> None:
        instrument = self.instrument()
        answers = self.answers()
        chosen = [a for a in answers if a is not None]
        self_harm = (
            instrument is Instrument.PHQ9
            and len(answers) >= PHQ9_SELF_HARM_ITEM
            and (answers[PHQ9_SELF_HARM_ITEM - 1] or 0) > 0
        )
        if len(chosen) < len(answers):
            self.ui.totalLabel.setText(
                self.tr("Total so far: %1 of %2 (%3 items not answered)")
                .replace("%1", str(sum(chosen)))
                .replace("%2", str(max_total(instrument)))
                .replace("%3", str(len(answers) - len(chosen)))
            )
            self.ui.bandLabel.setText("")
        else:
            result = score(instrument, [int(a) for a in chosen])
            self_harm = RedFlag.SELF_HARM_THOUGHTS in result.red_flags
            self.ui.totalLabel.setText(
                self.tr("Total: %1 of %2")
                .replace("%1", str(result.total))
                .replace("%2", str(max_total(instrument)))
            )
            self.ui.bandLabel.setText(self.tr("Severity: %1").replace("%1", band_name(result.band)))
        item9 = self.item_label(PHQ9_SELF_HARM_ITEM)
        item9.setStyleSheet(FLAG_STYLE if self_harm else "")
        self.ui.flagLabel.setVisible(self_harm)
        self.ui.flagLabel.setText(
            self.tr(
                "Item 9 above 0: thoughts of death or self-harm. This is a red flag whatever the total: "
                "assess the risk today."
            )
            if self_harm
            else ""
        )

    def accept(self) -> None:
        answers = self.answers()
        missing = [str(number) for number, answer in enumerate(answers, start=1) if answer is None]
        if missing:
            self.ui.messageLabel.setText(
                self.tr("Answer every item (not answered: %1).").replace("%1", ", ".join(missing))
            )
            self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
            self.ui.messageLabel.show()
            self.item_combo(int(missing[0])).setFocus()
            return
        try:
            result = self.workspace.people.record_screening(
                self.session, self.person.id, self.instrument(), [int(a) for a in answers if a is not None]
            )
        except (ServiceError, StorageError) as error:
            show_error(self.ui.messageLabel, error)
            return
        save_geometry(self, "screening_dialog")
        super().accept()
        self.saved.emit(result)

    def reject(self) -> None:
        save_geometry(self, "screening_dialog")
        super().reject()
