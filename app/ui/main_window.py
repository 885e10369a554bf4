"""The main window: navigation between views, menus, status bar, auto-lock.

Views register in ``_pages``; the product's case, risk-matrix, drill-calendar and report views join
the navigation as they are built (none is shown before it exists). Signals are wired in one place,
``_connect``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.domain.roles import Operation
from app.services.errors import ServiceError, StorageError
from app.services.policy import IDLE_LOCK_MINUTES
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.actions import MENUS, SPECS, MainAction, create_actions, retranslate_actions
from app.ui.background import BackgroundTask
from app.ui.geometry import restore_geometry, save_geometry
from app.ui.idle_watcher import IdleWatcher
from app.ui.overview_page import OverviewPage
from app.ui.preferences import geometry_preference
from app.ui.role_names import role_name
from app.ui.startup_memory import resume_collection

if TYPE_CHECKING:
    from app.ui.lock_screen import LockScreen

# _on_demand note: views and dialogs other than the overview are imported when first opened, so the
# start-up (budgeted at 3x a bare Qt window) loads only what the first screen shows. That holds for
# Qt's own dialog classes too: PySide6 builds a class and its enums on first use (QMessageBox and
# QFileDialog cost 1.5-2 ms each), so the ones only a menu action needs are imported by that action.


@dataclass
class _Page:
    """A view in the navigation, built the first time it is shown (start-up pays only for the first)."""

    key: str
    factory: Callable[[], QWidget]
    placeholder: QWidget
    widget: QWidget | None = None


class MainWindow(QMainWindow):
    lockRequested = Signal()
    languageChanged = Signal()
    firstShown = Signal()

    def __init__(self, workspace: Workspace, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.workspace = workspace
        self.session = session
        self.locked = False
        self._shown_once = False
        self._integrity = "checking"  # checking | ok | damaged: translated when shown
        self.actions = create_actions(self)
        self._menus: dict[str, QMenu] = {}
        self._build()
        self.idle = IdleWatcher(workspace.settings.value(IDLE_LOCK_MINUTES), self)
        self._connect()
        self.retranslate_ui()
        self._apply_role()
        restore_geometry(self, "main_window")
        if geometry_preference("main_window").get().isEmpty():
            self.resize(1100, 720)
        self.refresh_overview()

    # -- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        for key in MENUS:
            self._menus[key] = self.menuBar().addMenu("")
        for action_key, action in self.actions.items():
            self._menus[SPECS[action_key].menu].addAction(action)
            if action_key is MainAction.BACKUP:
                self._menus["file"].addSeparator()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Views"))
        self.navigation.setMinimumWidth(160)
        self.navigation.setMaximumWidth(260)
        self.pages = QStackedWidget()
        self.overview = OverviewPage()
        self._pages: list[_Page] = [_Page("overview", lambda: self.overview, QWidget())]
        if self.workspace.policy.allows(self.session.role, Operation.INCIDENT_VIEW):
            self._pages.append(_Page("cases", self._build_case_view, QWidget()))
        if self.workspace.policy.allows(self.session.role, Operation.RISK_VIEW):
            self._pages.append(_Page("risks", self._build_risk_view, QWidget()))
        if any(
            self.workspace.policy.allows(self.session.role, op)
            for op in (Operation.DRILL_VIEW, Operation.ONCALL_VIEW)
        ):
            self._pages.append(_Page("drills", self._build_drill_calendar, QWidget()))
        if self.workspace.policy.allows(self.session.role, Operation.REPORT_INCIDENT_BOARD):
            self._pages.append(_Page("reports", self._build_report_view, QWidget()))
        if self.workspace.policy.allows(self.session.role, Operation.AUDIT_VIEW):
            self._pages.append(_Page("audit", self._build_audit_view, QWidget()))
        for page in self._pages:
            self.pages.addWidget(page.placeholder)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.navigation.addItem(item)
        self._materialise(0)
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 920])
        self.banner = QLabel()
        self.banner.setObjectName("damageBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#damageBanner { background: #b3261e; color: white; padding: 8px; }")
        self.banner.hide()
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.banner)
        content_layout.addWidget(splitter, 1)
        self.lock_screen: LockScreen | None = None  # built at the first lock (see _on_demand note)
        self.central = QStackedWidget()
        self.central.addWidget(self.content)
        self.setCentralWidget(self.central)
        self.user_status = QLabel()
        self.lock_status = QLabel()
        self.health_status = QLabel()
        self.oncall_status = QLabel()
        self.oncall_status.setObjectName("onCallStatus")
        # Who holds the crisis-lead phone: re-read each minute, as hand-overs happen on the hour.
        self.oncall_timer = QTimer(self)
        self.oncall_timer.setInterval(60_000)
        for label in (self.oncall_status, self.health_status, self.user_status, self.lock_status):
            self.statusBar().addPermanentWidget(label)
        self.navigation.setCurrentRow(0)
        # Replacing the first placeholder made another placeholder current; show the first view.
        self.pages.setCurrentWidget(self._pages[0].widget)

    def _connect(self) -> None:
        self.actions[MainAction.AUDIT].triggered.connect(lambda: self.show_page("audit"))
        self.actions[MainAction.ABOUT].triggered.connect(self._about)
        self.actions[MainAction.BACKUP].triggered.connect(self._backup)
        self.actions[MainAction.CASES].triggered.connect(lambda: self.show_page("cases"))
        self.actions[MainAction.LOCK].triggered.connect(self.lock)
        self.actions[MainAction.NEW_INCIDENT].triggered.connect(self.new_incident)
        self.actions[MainAction.QUIT].triggered.connect(self.close)
        self.actions[MainAction.RECOVERY_HELP].triggered.connect(self._recovery_help)
        self.actions[MainAction.RISKS].triggered.connect(lambda: self.show_page("risks"))
        self.actions[MainAction.SETTINGS].triggered.connect(self._settings)
        self.actions[MainAction.USERS].triggered.connect(self._users)
        self.actions[MainAction.RESPONSE_PLANS].triggered.connect(self._response_plans)
        self.actions[MainAction.RISK_SOURCES].triggered.connect(self._risk_sources)
        self.actions[MainAction.DRILLS].triggered.connect(lambda: self.show_page("drills"))
        self.actions[MainAction.NEW_DRILL].triggered.connect(self._new_drill)
        self.actions[MainAction.ONCALL].triggered.connect(self._oncall)
        self.actions[MainAction.CALENDAR_EXPORT].triggered.connect(self._calendar_export)
        self.actions[MainAction.REPORTS].triggered.connect(lambda: self.show_page("reports"))
        self.actions[MainAction.INCIDENT_REPORT].triggered.connect(self.report_selected_incident)
        self.oncall_timer.timeout.connect(self.refresh_on_call)
        self.idle.idleTimeout.connect(self.lock)
        self.navigation.currentRowChanged.connect(self._show_row)

    def _apply_role(self) -> None:
        """Hide what this role may not use (the services refuse it anyway)."""
        for key, spec in SPECS.items():
            allowed = spec.requires is None or self.workspace.policy.allows(self.session.role, spec.requires)
            self.actions[key].setVisible(allowed)
        for menu in ("admin", "drills", "reports"):
            self._menus[menu].menuAction().setVisible(
                any(self.actions[k].isVisible() for k, s in SPECS.items() if s.menu == menu)
            )

    def retranslate_ui(self) -> None:
        retranslate_actions(self.actions)
        for key, menu in self._menus.items():
            menu.setTitle(QCoreApplication.translate("MainWindow", MENUS[key]))
        titles = {"overview": self.tr("Overview"), "cases": self.tr("Cases"), "audit": self.tr("Audit trail")}
        titles["risks"] = self.tr("Risk matrix")
        titles["drills"] = self.tr("Drill calendar")
        titles["reports"] = self.tr("Reports")
        for row, page in enumerate(self._pages):
            self.navigation.item(row).setText(titles[page.key])
            retranslate = getattr(page.widget, "retranslate_ui", None)
            ui = getattr(page.widget, "ui", None)
            if callable(retranslate):
                retranslate()  # a view whose texts are not all in its form (filled combos, roles)
            elif ui is not None:
                ui.retranslateUi(page.widget)
        if self.lock_screen is not None:
            self.lock_screen.ui.retranslateUi(self.lock_screen)
        self._update_title()
        self._update_status()
        self.refresh_overview()

    # -- pages and status ---------------------------------------------------------------------

    def _build_case_view(self) -> QWidget:
        from app.ui.case_view import CaseView  # noqa: PLC0415 - see _on_demand note

        view = CaseView(self.workspace, self.session)
        view.newIncidentRequested.connect(self.new_incident)
        return view

    def new_incident(self) -> None:
        """The new-incident wizard; the created case is then shown, selected and open, in the list."""
        if not self.workspace.policy.allows(self.session.role, Operation.INCIDENT_CREATE):
            return
        from app.ui.incident_wizard import IncidentWizard  # noqa: PLC0415 - see _on_demand note

        created = IncidentWizard.create_incident(self, self.workspace, self.session)
        if created is not None:
            self.show_created_incident(created.id)

    def show_created_incident(self, incident_id: int) -> None:
        self.show_page("cases")
        view = self.page("cases")
        view.reload(select_incident=incident_id)  # type: ignore[attr-defined]
        view.open_incident(incident_id)  # type: ignore[attr-defined]

    def _build_risk_view(self) -> QWidget:
        from app.ui.risk_view import RiskView  # noqa: PLC0415 - see _on_demand note

        return RiskView(self.workspace, self.session)

    def _build_drill_calendar(self) -> QWidget:
        from app.ui.drill_calendar_view import DrillCalendarView  # noqa: PLC0415 - see _on_demand note

        view = DrillCalendarView(self.workspace, self.session)
        view.incidentRequested.connect(self.show_created_incident)
        view.changed.connect(self.refresh_on_call)
        return view

    def _build_report_view(self) -> QWidget:
        from app.ui.report_view import ReportView  # noqa: PLC0415 - see _on_demand note

        return ReportView(self.workspace, self.session)

    def report_selected_incident(self) -> None:
        """The reports page set to the incident summary of the case selected in the case list."""
        from app.ui.report_view import ReportKind  # noqa: PLC0415 - see _on_demand note

        if "reports" not in self.page_keys():
            return
        selected = None
        cases = next((p.widget for p in self._pages if p.key == "cases"), None)
        if cases is not None:
            selected = cases.selected_incident_id()  # type: ignore[attr-defined]
        self.show_page("reports")
        view = self.page("reports")
        if selected is not None:
            view.choose_incident(selected)  # type: ignore[attr-defined]
        else:
            view.set_kind(ReportKind.INCIDENT)  # type: ignore[attr-defined]

    def _build_audit_view(self) -> QWidget:
        from app.ui.audit_view import AuditView  # noqa: PLC0415 - see _on_demand note

        return AuditView(self.workspace, self.session)

    def _materialise(self, row: int) -> QWidget:
        page = self._pages[row]
        if page.widget is None:
            page.widget = page.factory()
            index = self.pages.indexOf(page.placeholder)
            self.pages.insertWidget(index, page.widget)
            self.pages.removeWidget(page.placeholder)
            page.placeholder.deleteLater()
        return page.widget

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.pages.setCurrentWidget(self._materialise(row))

    def page(self, key: str) -> QWidget:
        """The view for ``key``, built if it was not shown yet."""
        return self._materialise(self.page_keys().index(key))

    def page_keys(self) -> list[str]:
        return [page.key for page in self._pages]

    def show_page(self, key: str) -> None:
        for row, page in enumerate(self._pages):
            if page.key == key:
                self.navigation.setCurrentRow(row)
                return

    def _update_title(self) -> None:
        # Only the program and the database file name: never a person, a case or any confidential text.
        if self.locked:
            self.setWindowTitle(self.tr("EAP Crisis Desk — locked"))
        else:
            self.setWindowTitle(self.tr("EAP Crisis Desk — %1").replace("%1", self.workspace.db.path.name))

    def _update_status(self) -> None:
        self.user_status.setText(self.tr("User: %1").replace("%1", self.session.username))
        self.user_status.setToolTip(role_name(self.session.role))
        minutes = self.idle.interval_ms() // 60_000
        self.lock_status.setText(
            self.tr("Locked")
            if self.locked
            else self.tr("Unlocked · %1 · auto-lock %n min", "", minutes).replace(
                "%1", role_name(self.session.role)
            )
        )

    def refresh_overview(self) -> None:
        try:
            info = self.workspace.info(self.session)
        except (ServiceError, StorageError):
            return
        integrity = {
            "checking": self.tr("Checking…"),
            "ok": self.tr("Every page authenticated (HMAC) and the structure is intact"),
            "damaged": self.tr("DAMAGED — changes are refused. Restore from a backup."),
        }[self._integrity]
        self.overview.show_state(info, self.session, self.idle.interval_ms() // 60_000, integrity)

    def start_integrity_check(self) -> None:
        """Authenticate every page in the background; a damaged database is opened read-only."""
        BackgroundTask(self.workspace.check_pages).on_success(self._integrity_checked).on_failure(
            lambda error: self._integrity_checked([str(error)])
        ).start()

    def _integrity_checked(self, problems: object) -> None:
        found = [str(p) for p in problems] if isinstance(problems, list) else []
        if found:
            # Not a modal box: the counsellor may still need to read what is there; writing is refused.
            self.workspace.db.damaged = True
            self._integrity = "damaged"
            self.health_status.setText(self.tr("Database damaged: read-only"))
            self.banner.setText(
                self.tr(
                    "The database failed its integrity check, so this session will not change it. Restore it "
                    "from a backup, and run 'eapdesk verify' for details."
                )
                + "\n"
                + "\n".join(found[:5])
            )
            self.banner.show()
        else:
            self._integrity = "ok"
        self.refresh_overview()

    # -- locking ------------------------------------------------------------------------------

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.oncall_status.clear()
        for widget in QApplication.topLevelWidgets():  # close open dialogs so nothing stays visible
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        # Locking the screen must never fail because the database could not be written.
        with contextlib.suppress(ServiceError, StorageError):
            self.workspace.lock(self.session)
        self.idle.stop()
        screen = self._lock_screen()
        self.central.setCurrentWidget(screen)
        screen.show_for(self.session)
        self.menuBar().setEnabled(False)
        self._update_title()
        self._update_status()
        self.lockRequested.emit()

    def _lock_screen(self) -> LockScreen:
        if self.lock_screen is None:
            from app.ui.lock_screen import LockScreen  # noqa: PLC0415 - see _on_demand note

            self.lock_screen = LockScreen(self.workspace)
            self.central.addWidget(self.lock_screen)
            self.lock_screen.quitRequested.connect(self.close)
            self.lock_screen.unlocked.connect(self._unlocked)
        return self.lock_screen

    def _unlocked(self) -> None:
        self.locked = False
        self.refresh_on_call()
        self.central.setCurrentWidget(self.content)
        self.menuBar().setEnabled(True)
        self.idle.set_timeout_ms(self.workspace.settings.value(IDLE_LOCK_MINUTES) * 60_000)
        self.idle.start()
        self._update_title()
        self._update_status()
        self.refresh_overview()

    # -- actions ------------------------------------------------------------------------------

    def _users(self) -> None:
        from app.ui.users_dialog import UsersDialog  # noqa: PLC0415 - see _on_demand note

        self._guarded(lambda: UsersDialog.manage(self, self.workspace, self.session))
        self.refresh_overview()

    def _response_plans(self) -> None:
        from app.ui.response_plans_dialog import ResponsePlansDialog  # noqa: PLC0415 - see _on_demand note

        self._guarded(lambda: ResponsePlansDialog.start(self, self.workspace, self.session))

    def _new_drill(self) -> None:
        from app.ui.drill_editor import DrillEditor  # noqa: PLC0415 - see _on_demand note

        def run() -> None:
            editor = DrillEditor(self.workspace, self.session, parent=self)
            editor.exec()
            if editor.saved_drill_id is not None and "drills" in self.page_keys():
                self.show_page("drills")
                self.page("drills").refresh()  # type: ignore[attr-defined]

        self._guarded(run)

    def _oncall(self) -> None:
        from app.ui.oncall_dialog import OnCallDialog  # noqa: PLC0415 - see _on_demand note

        def show() -> None:
            dialog = OnCallDialog(self.workspace, self.session, parent=self)
            dialog.rosterChanged.connect(self.refresh_on_call)
            dialog.exec()

        self._guarded(show)

    def _calendar_export(self) -> None:
        from app.ui.calendar_export_dialog import CalendarExportDialog  # noqa: PLC0415 - see _on_demand note

        self._guarded(lambda: CalendarExportDialog(self.workspace, self.session, parent=self).exec())

    def refresh_on_call(self) -> None:
        """The status bar's crisis-lead line; empty for a role that may not see the rota."""
        if self.locked:
            return
        from app.ui.oncall_status import on_call_summary  # noqa: PLC0415 - see _on_demand note

        try:
            text = on_call_summary(self.workspace, self.session)
        except (ServiceError, StorageError):
            text = ""
        self.oncall_status.setText(text)
        self.oncall_status.setVisible(bool(text))

    def _risk_sources(self) -> None:
        from app.ui.risk_sources_dialog import RiskSourcesDialog  # noqa: PLC0415 - see _on_demand note

        self._guarded(lambda: RiskSourcesDialog.start(self, self.workspace, self.session))

    def _settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog  # noqa: PLC0415 - see _on_demand note

        ok, language_changed = SettingsDialog.edit(self, self.workspace, self.session)
        if ok:
            self.idle.set_timeout_ms(self.workspace.settings.value(IDLE_LOCK_MINUTES) * 60_000)
            if language_changed:
                self.languageChanged.emit()
            self._update_status()
            self.refresh_overview()

    backupFinished = Signal(str)

    def _backup(self) -> None:
        """Ask where and with which passphrase, then back up in the background."""
        from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox  # noqa: PLC0415 - see _on_demand note

        target, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up database"),
            str(Path.home() / "eapdesk-backup.eapbak"),
            self.tr("EAP Crisis Desk backups (*.eapbak);;All files (*)"),
        )
        if not target:
            return
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Backup passphrase"),
            self.tr(
                "Passphrase that will protect the backup (at least 10 characters). Without it the backup "
                "cannot be restored:"
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        again, ok = QInputDialog.getText(
            self,
            self.tr("Backup passphrase"),
            self.tr("The same passphrase again:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        if again != passphrase:
            QMessageBox.warning(
                self, self.tr("Backup"), self.tr("The two passphrases differ; no backup was made.")
            )
            return
        self.start_backup(Path(target), passphrase)

    def start_backup(self, target: Path, passphrase: str) -> None:
        from PySide6.QtWidgets import QMessageBox, QProgressDialog  # noqa: PLC0415 - see _on_demand note

        progress = QProgressDialog(self.tr("Writing the encrypted backup…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.show()

        def done(size: object) -> None:
            progress.close()
            self.statusBar().showMessage(
                self.tr("Backup written to %1 (%2 bytes).")
                .replace("%1", str(target))
                .replace("%2", str(size)),
                15_000,
            )
            self.backupFinished.emit(str(target))

        def failed(error: BaseException) -> None:
            progress.close()
            QMessageBox.critical(self, self.tr("Backup failed"), str(error))

        BackgroundTask(lambda: self.workspace.backup(self.session, target, passphrase)).on_success(
            done
        ).on_failure(failed).start()

    def _guarded(self, action: Callable[[], object]) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - see _on_demand note

        try:
            action()
        except (ServiceError, StorageError) as error:
            QMessageBox.warning(self, self.tr("Not allowed"), str(error))

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - see _on_demand note

        QMessageBox.about(
            self,
            self.tr("About EAP Crisis Desk"),
            self.tr(
                "EAP Crisis Desk %1\n\nCrisis cases, risk register, drills and board reports for an Employee "
                "Assistance Program office, in one encrypted database on this computer."
            ).replace("%1", __version__),
        )

    def _recovery_help(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - see _on_demand note

        QMessageBox.information(
            self,
            self.tr("Recovery key"),
            self.tr(
                "The database key is kept in this computer's keyring. When the database is created, and "
                "every time its key is rotated, a recovery key is shown once. Keep it offline.\n\n"
                "On a new or reinstalled computer, open the database and type the recovery key when asked, or "
                "run: eapdesk recover --db PATH\n\nIf both the keyring entry and the recovery key are lost, "
                "the data cannot be recovered by anyone. Restore a backup instead (eapdesk restore)."
            ),
        )

    # -- Qt events ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            resume_collection()  # the start is over (see startup_memory)
            self.firstShown.emit()
            # After the first paint, so the rota query never delays the window coming up; the idle
            # countdown (and its event filter, see IdleWatcher) starts when there is a window to lock.
            QTimer.singleShot(0, self.refresh_on_call)
            QTimer.singleShot(0, self._start_idle_countdown)
            self.oncall_timer.start()

    def _start_idle_countdown(self) -> None:
        if not self.locked and self.isVisible():
            self.idle.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self, "main_window")
        self.idle.stop()
        super().closeEvent(event)
