"""Correcting a participant's stamped times after the run: a key pressed late, a call taken by phone.

The run-drill stopwatch stamps each acknowledgement once and refuses a second stamp, because a
drill's time-to-acknowledge is only worth something if nobody can quietly improve it mid-run. A real
mistake is still corrected here, in the editor, where the change is saved with the drill and
audited as a participants change. The dialog checks what a person can see at once (an
acknowledgement needs its notification, cannot precede it, nothing in the future); the service
checks the same again on save.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.ui.forms.ui_participant_times_dialog import Ui_ParticipantTimesDialog

ERROR_STYLE = "QLabel { color: #c62828; }"
FUTURE_TOLERANCE = timedelta(minutes=1)  # a clock a little ahead is not an error

Times = tuple[datetime | None, datetime | None]


def _local_naive(value: datetime) -> QDateTime:
    return QDateTime(value.astimezone().replace(tzinfo=None))


class ParticipantTimesDialog(QDialog):
    def __init__(
        self, who: str, times: Times, *, earliest: datetime | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ParticipantTimesDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.explanationLabel.setText(
            self.tr(
                "Times of %1. The change is kept when you save the drill, and the audit trail records it."
            ).replace("%1", who)
        )
        notified, acknowledged = times
        fallback = notified or earliest or datetime.now(UTC)
        ui.notifiedEdit.setDateTime(_local_naive(notified or fallback))
        ui.acknowledgedEdit.setDateTime(_local_naive(acknowledged or notified or fallback))
        ui.notNotifiedCheck.setChecked(notified is None)
        ui.notAcknowledgedCheck.setChecked(acknowledged is None)
        ui.notNotifiedCheck.toggled.connect(self._update)
        ui.notAcknowledgedCheck.toggled.connect(self._update)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Correct"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.messageLabel.hide()
        self.result_times: Times | None = None
        self._update()

    def _update(self) -> None:
        ui = self.ui
        not_notified = ui.notNotifiedCheck.isChecked()
        if not_notified:
            ui.notAcknowledgedCheck.setChecked(True)  # no acknowledgement without a notification
        ui.notAcknowledgedCheck.setEnabled(not not_notified)
        ui.notifiedEdit.setEnabled(not not_notified)
        ui.acknowledgedEdit.setEnabled(not ui.notAcknowledgedCheck.isChecked())

    def times(self) -> Times:
        """The chosen times as aware datetimes in this machine's zone (None where not stamped)."""
        ui = self.ui

        def read(edit: object, unset: bool) -> datetime | None:
            if unset:
                return None
            return edit.dateTime().toPython().astimezone()  # type: ignore[attr-defined]

        return (
            read(ui.notifiedEdit, ui.notNotifiedCheck.isChecked()),
            read(ui.acknowledgedEdit, ui.notAcknowledgedCheck.isChecked()),
        )

    def problem(self, now: datetime | None = None) -> str | None:
        notified, acknowledged = self.times()
        limit = (now or datetime.now(UTC)) + FUTURE_TOLERANCE
        if any(t is not None and t > limit for t in (notified, acknowledged)):
            return self.tr("A stamped time cannot be in the future.")
        if notified is not None and acknowledged is not None and acknowledged < notified:
            return self.tr("The acknowledgement cannot come before the notification.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.ui.messageLabel.setText(problem)
            self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
            self.ui.messageLabel.show()
            return
        self.result_times = self.times()
        super().accept()


__all__ = ["ParticipantTimesDialog", "Times"]
