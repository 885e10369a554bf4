"""Export an iCalendar (.ics) file: the whole team's calendar or one person's on-call shifts.

The dialog only chooses the period, whose calendar and the file; what goes into the file, and what
never does, is decided by ``CalendarExportService`` (see its module docstring). The days are counted
in the workstation's time zone, as everywhere else in the app.

A year's export takes well under a second, so it runs on the GUI thread behind a wait cursor rather
than through the background helper. The service writes the file atomically (a temporary file renamed
over the target), so a refused or failed export leaves nothing behind; the reason is shown in the
dialog, which stays open so that another folder can be chosen.

``choose_path`` asks for the file (a save dialog); tests replace it, or call ``export_to`` directly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QWidget

from app.domain.roles import Operation
from app.services.calendar_export import MAX_DAYS, CalendarExport
from app.services.errors import ServiceError, StorageError
from app.services.oncall import MemberView, OnCallInputInvalid
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.forms.ui_calendar_export_dialog import Ui_CalendarExportDialog
from app.ui.oncall_member_dialog import problems_text
from app.ui.risk_editor import ERROR_STYLE
from app.ui.system_zone import system_zone

DEFAULT_MONTHS = 3
SUFFIX = ".ics"
DONE_STYLE = "QLabel { color: #2e7d32; }"


def default_folder() -> Path:
    """The user's Documents folder when the platform has one, else the home folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def with_suffix(path: Path) -> Path:
    """``path`` ending in ``.ics`` (a name typed without it gets it, in any case it keeps it)."""
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def _day(edit_date: QDate) -> date:
    return date(edit_date.year(), edit_date.month(), edit_date.day())


class CalendarExportDialog(QDialog):
    """Choose the period and the calendar, then Export… writes the file through the service.

    ``exported`` holds the last successful export (``None`` before one or after a failure).
    """

    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CalendarExportDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.session = session
        self.zone = system_zone()
        self.exported: CalendarExport | None = None
        # Asks where to write (None: the user cancelled). Tests replace it with a function.
        self.choose_path: Callable[[], Path | None] = self._ask_path
        self.members: tuple[MemberView, ...] = workspace.oncall.members(session)
        self.shows_follow_ups = workspace.policy.allows(session.role, Operation.PERSON_VIEW)
        ui = self.ui
        ui.buttonBox.addButton(ui.exportButton, QDialogButtonBox.ButtonRole.ActionRole)
        first = QDate(today.year, today.month, today.day) if today else QDate.currentDate()
        ui.fromDateEdit.setDate(first)
        ui.toDateEdit.setDate(first.addMonths(DEFAULT_MONTHS))
        self._fill_members()
        ui.fromDateEdit.dateChanged.connect(self._changed)
        ui.toDateEdit.dateChanged.connect(self._changed)
        ui.teamRadio.toggled.connect(self._changed)
        ui.memberCombo.currentIndexChanged.connect(self._changed)
        ui.exportButton.clicked.connect(self.choose_and_export)
        self._changed()

    def _fill_members(self) -> None:
        """Active members first (by name), then former ones marked; pre-select the user's own entry."""
        combo = self.ui.memberCombo
        combo.clear()
        ordered = sorted(self.members, key=lambda m: (not m.active, m.display_name.casefold()))
        for member in ordered:
            text = (
                member.display_name
                if member.active
                else self.tr("%1 (inactive)").replace("%1", member.display_name)
            )
            combo.addItem(text, member.id)
        own = next((m.id for m in ordered if m.user_id == self.session.user_id), None)
        if own is not None:
            combo.setCurrentIndex(combo.findData(own))
        if not self.members:
            self.ui.personRadio.setEnabled(False)
            self.ui.personRadio.setToolTip(self.tr("Nobody is on the on-call rota yet."))

    # -- choices ----------------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return _day(self.ui.fromDateEdit.date()), _day(self.ui.toDateEdit.date())

    def member_id(self) -> int | None:
        """The chosen member in person mode; ``None`` for the team calendar."""
        if self.ui.teamRadio.isChecked():
            return None
        data = self.ui.memberCombo.currentData()
        return int(data) if data is not None else None

    def period_problem(self) -> str | None:
        """Why the period cannot be exported (the service's own rules), or None."""
        first, last = self.period()
        if last < first:
            return self.tr("The last day is before the first day.")
        if (last - first).days >= MAX_DAYS:
            return self.tr("An export covers at most %1 days; choose a shorter period.").replace(
                "%1", str(MAX_DAYS)
            )
        return None

    def content_text(self) -> str:
        """What the file will hold, and what it never holds (nothing confidential is written)."""
        if not self.ui.teamRadio.isChecked():
            name = self.ui.memberCombo.currentText() or self.tr("the chosen person")
            held = self.tr(
                "In the file: only %1's final on-call shifts (after overrides and swaps), each labelled "
                "with its role."
            ).replace("%1", name)
            never = self.tr("Never in the file: contact numbers or the reasons for overrides and swaps.")
            return f"{held}\n{never}"
        if self.shows_follow_ups:
            held = self.tr(
                "In the file: drills (code and type), every on-call shift with who holds it, follow-up "
                "due times and corrective-action due dates."
            )
            never = self.tr(
                "Never in the file: names or notes of employees (a follow-up shows only the person's "
                "pseudonym), contact numbers, drill scenarios, action titles, or a surprise drill that "
                "has not started."
            )
        else:
            held = self.tr(
                "In the file: drills (code and type), every on-call shift with who holds it and "
                "corrective-action due dates. Follow-ups are not included for your role."
            )
            never = self.tr(
                "Never in the file: names or notes of employees, contact numbers, drill scenarios, "
                "action titles, or a surprise drill that has not started."
            )
        return f"{held}\n{never}"

    def _changed(self) -> None:
        ui = self.ui
        person = not ui.teamRadio.isChecked()
        ui.memberRow.setVisible(person)
        ui.memberCombo.setEnabled(person)
        ui.contentLabel.setText(
            self.content_text()
            + "\n"
            + self.tr("Days run from midnight to midnight in %1.").replace("%1", self.zone)
        )
        problem = self.period_problem()
        if problem is None and person and self.member_id() is None:
            problem = self.tr("Choose the person whose shifts to export.")
        if problem is None:
            ui.messageLabel.hide()
        else:
            self.show_message(problem, error=True)
        ui.exportButton.setEnabled(problem is None)
        self._fit()

    def show_message(self, text: str, *, error: bool) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.ui.messageLabel.show()
        self._fit()

    def _fit(self) -> None:
        """Grow to show every wrapped line (a top-level window ignores its labels' height-for-width)."""
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- export -----------------------------------------------------------------------------------

    def default_path(self) -> Path:
        first, _last = self.period()
        return default_folder() / f"eapdesk-calendar-{first.isoformat()}{SUFFIX}"

    def _ask_path(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export calendar"),
            str(self.default_path()),
            self.tr("iCalendar files (*.ics);;All files (*)"),
        )
        return Path(name) if name else None

    def choose_and_export(self) -> None:
        path = self.choose_path()
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> CalendarExport | None:
        """Write the chosen calendar to ``path`` (``.ics`` added if missing); None if refused.

        The checks of the period are the service's; they are repeated here only so that nothing is
        attempted (and no refusal audited) for a period the dialog already says is wrong.
        """
        self.exported = None
        problem = self.period_problem()
        if problem is not None:
            self.show_message(problem, error=True)
            return None
        path = with_suffix(path)
        first, last = self.period()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.workspace.calendar_export.export_ics(
                self.session, path, first, last, member_id=self.member_id(), zone=self.zone
            )
        except OnCallInputInvalid as error:
            self.show_message(self._failed(problems_text(error.problems)), error=True)
            return None
        except StorageError as error:  # DiskError: the folder is read-only, full or missing
            hint = self.tr("Choose a folder you can write to and export again.")
            self.show_message(self._failed(f"{error}\n{hint}"), error=True)
            return None
        except (ServiceError, OSError) as error:
            self.show_message(self._failed(str(error)), error=True)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.exported = result
        self.show_message(self.done_text(result), error=False)
        return result

    def _failed(self, reason: str) -> str:
        return self.tr("Nothing was exported.") + "\n" + reason

    def done_text(self, result: CalendarExport) -> str:
        done = (
            self.tr("Exported %1 events to %2")
            .replace("%1", str(result.events))
            .replace("%2", str(result.path))
        )
        detail = (
            self.tr("On-call shifts: %1 · follow-ups: %2 · corrective actions: %3 · drills: %4")
            .replace("%1", str(result.shifts))
            .replace("%2", str(result.follow_ups))
            .replace("%3", str(result.corrective_actions))
            .replace("%4", str(result.drills))
        )
        return f"{done}\n{detail}"
