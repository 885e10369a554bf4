"""The run-drill stopwatch: start the drill, send the alert, stamp each acknowledgement as it comes in.

Every stamp is written at once through ``DrillService`` (``transition``, ``record_notifications``,
``stamp_acknowledged``), each its own audited transaction, and the screen is re-read from the returned
``DrillView``: the figures shown are the service's ``DrillView.timing``, never a second computation
that could disagree with the drill history. The stopwatch (a QTimer, four ticks a second) only
repaints the elapsed time since the alert; it writes nothing. One click on a participant's row, the
row's number key (1–9) or Space/Enter on the selected row stamps that participant, so the person at
the desk can keep their eyes on the phone. "End drill" marks the drill done and closes with
``wants_findings`` set, so the editor can switch to findings entry.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableWidgetItem, QWidget

from app.domain.drills import AckFigure, AckOutcome, DrillStatus
from app.domain.roles import Operation
from app.services.drill_views import DrillView
from app.services.errors import InvalidInput, ServiceError, StorageError
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.drill_labels import ack_outcome_name, drill_status_name, drill_type_name
from app.ui.forms.ui_run_drill_dialog import Ui_RunDrillDialog
from app.ui.incident_labels import crisis_role_name, grade_name

ERROR_STYLE = "QLabel { color: #c62828; }"
ACKNOWLEDGED_BACKGROUND = "#e8f5e9"  # a stamped row turns light green: who is still missing stands out
MET_STYLE = "QLabel { color: #2e7d32; font-weight: bold; }"
MISSED_STYLE = "QLabel { color: #c62828; font-weight: bold; }"
TICK_MS = 250


def stopwatch_text(span: timedelta) -> str:
    """``H:MM:SS`` of a non-negative span (the stopwatch face and the figures)."""
    seconds = max(0, int(span.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:d}:{minutes:02d}:{secs:02d}"


def clock_text(value: datetime | None) -> str:
    """A stamp in local time with seconds ("" when not stamped)."""
    return "" if value is None else value.astimezone().strftime("%H:%M:%S")


class RunDrillDialog(QDialog):
    """Stopwatch screen for one drill; ``changed`` is True once anything was written."""

    def __init__(
        self, workspace: Workspace, session: Session, drill_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RunDrillDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.drill_id = drill_id
        self.changed = False
        self.wants_findings = False
        self.can_run = workspace.policy.allows(session.role, Operation.DRILL_RUN)
        ui = self.ui
        font = QFont(ui.elapsedLabel.font())
        font.setPointSize(max(36, font.pointSize() * 4))
        font.setBold(True)
        ui.elapsedLabel.setFont(font)
        table = ui.participantsTable
        table.setColumnCount(7)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Key"),
                self.tr("Role"),
                self.tr("Department"),
                self.tr("Label"),
                self.tr("Notified"),
                self.tr("Acknowledged"),
                self.tr("Latency"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.cellClicked.connect(self._row_clicked)
        table.installEventFilter(self)
        ui.startButton.clicked.connect(self.start_drill)
        ui.alertButton.clicked.connect(self.send_alert)
        ui.endButton.clicked.connect(self.end_drill)
        ui.buttonBox.rejected.connect(self.reject)
        ui.messageLabel.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.view: DrillView = workspace.drills.get(session, drill_id)
        self.show_view(self.view)
        self.timer.start()

    # -- showing ----------------------------------------------------------------------------------

    def show_view(self, view: DrillView) -> None:
        """Fill the screen from the stored drill (after every write)."""
        self.view = view
        ui = self.ui
        self.setWindowTitle(self.tr("Run drill %1").replace("%1", view.code))
        ui.titleLabel.setText(
            f"{view.code} · {drill_type_name(view.drill_type)} · {drill_status_name(view.status)}"
        )
        table = ui.participantsTable
        table.setRowCount(len(view.participants))
        for row, person in enumerate(view.participants):
            latency = person.latency
            texts = [
                str(row + 1) if row < 9 else "",
                crisis_role_name(person.role) if person.role is not None else "",
                person.department,
                person.label if person.label is not None else self.tr("(withheld)"),
                clock_text(person.notified_at),
                clock_text(person.acknowledged_at),
                stopwatch_text(latency) if latency is not None else "",
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                if person.acknowledged_at is not None:
                    item.setBackground(QColor(ACKNOWLEDGED_BACKGROUND))
                table.setItem(row, column, item)
        timing = view.timing
        if timing.target is not None and timing.grade is not None:
            ui.targetValue.setText(
                self.tr("%1 for grade %2")
                .replace("%1", stopwatch_text(timing.target))
                .replace("%2", grade_name(timing.grade))
            )
        else:
            ui.targetValue.setText(self.tr("no grade given: figures without a verdict"))
        for label, figure in (
            (ui.firstAckValue, timing.first),
            (ui.allAckValue, timing.everyone),
            (ui.keyRolesAckValue, timing.key_roles),
        ):
            self._show_figure(label, figure)
        if timing.key_roles_waiting and timing.alerted_at is not None:
            waiting = ", ".join(crisis_role_name(r) for r in timing.key_roles_waiting)
            ui.keyRolesAckValue.setText(
                ui.keyRolesAckValue.text() + " — " + self.tr("waiting for %1").replace("%1", waiting)
            )
        if timing.alerted_at is None:
            ui.alertLabel.setText(self.tr("The alert has not been sent yet."))
        else:
            ui.alertLabel.setText(self.tr("Alert sent at %1").replace("%1", clock_text(timing.alerted_at)))
        running = view.status is DrillStatus.IN_PROGRESS
        ui.startButton.setEnabled(self.can_run and view.status is DrillStatus.PLANNED)
        ui.alertButton.setEnabled(
            self.can_run and running and any(p.notified_at is None for p in view.participants)
        )
        ui.endButton.setEnabled(self.can_run and running)
        self.tick()

    def figure_text(self, figure: AckFigure) -> str:
        """ "0:02:10 — met" or the outcome alone while it cannot be measured."""
        outcome = ack_outcome_name(figure.outcome)
        if figure.elapsed is None:
            return outcome
        return f"{stopwatch_text(figure.elapsed)} — {outcome}"

    def _show_figure(self, label: QObject, figure: AckFigure) -> None:
        label.setText(self.figure_text(figure))  # type: ignore[attr-defined]
        style = {AckOutcome.MET: MET_STYLE, AckOutcome.MISSED: MISSED_STYLE}.get(figure.outcome, "")
        label.setStyleSheet(style)  # type: ignore[attr-defined]

    def elapsed(self, now: datetime | None = None) -> timedelta | None:
        """Time since the alert (None before it); stops at the drill's end."""
        alerted = self.view.timing.alerted_at
        if alerted is None:
            return None
        until = self.view.actual_end or now or datetime.now(UTC)
        return until - alerted

    def tick(self) -> None:
        span = self.elapsed()
        self.ui.elapsedLabel.setText(stopwatch_text(span) if span is not None else "0:00:00")

    def _error(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.messageLabel.show()

    # -- writing ----------------------------------------------------------------------------------

    def _write(self, action: object) -> bool:
        try:
            view = action()  # type: ignore[operator]
        except InvalidInput as error:
            problems = getattr(error, "problems", ())
            text = "\n".join(p.message for p in problems) if problems else str(error)
            self._error(self.tr("Not recorded: %1").replace("%1", text))
            return False
        except (ServiceError, StorageError) as error:
            self._error(str(error))
            return False
        self.ui.messageLabel.hide()
        self.changed = True
        self.show_view(view)
        return True

    def start_drill(self) -> None:
        self._write(
            lambda: self.workspace.drills.transition(self.session, self.drill_id, DrillStatus.IN_PROGRESS)
        )

    def send_alert(self) -> None:
        """Stamp the notification of everyone not yet notified: the stopwatch starts here."""
        self._write(lambda: self.workspace.drills.record_notifications(self.session, self.drill_id))

    def stamp(self, participant_id: int) -> bool:
        """Stamp ``participant_id``'s acknowledgement now; False (message shown) when refused."""
        if not self.can_run:
            return False
        return self._write(
            lambda: self.workspace.drills.stamp_acknowledged(self.session, self.drill_id, participant_id)
        )

    def stamp_row(self, row: int) -> bool:
        if not 0 <= row < len(self.view.participants):
            return False
        person = self.view.participants[row]
        if person.acknowledged_at is not None:
            return False
        return self.stamp(person.id)

    def _row_clicked(self, row: int, _column: int) -> None:
        self.stamp_row(row)

    def end_drill(self) -> None:
        if self._write(
            lambda: self.workspace.drills.transition(self.session, self.drill_id, DrillStatus.DONE)
        ):
            self.wants_findings = True
            self.timer.stop()
            self.accept()

    # -- keys -------------------------------------------------------------------------------------

    def handle_key(self, key: int) -> bool:
        """1–9 stamps that row; Space/Enter the selected row. True when the key was used."""
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.stamp_row(key - Qt.Key.Key_1)
            return True
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            row = self.ui.participantsTable.currentRow()
            if row >= 0:
                self.stamp_row(row)
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.handle_key(event.key())
        ):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.handle_key(event.key()):
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)
