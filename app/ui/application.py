"""Starting the desktop app: find or create the database, unlock it, sign in, show the main window."""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import __version__
from app.domain.key_mode import KeyMode
from app.services.errors import (
    AuthenticationFailed,
    KeyMissing,
    PassphraseRequired,
    ServiceError,
    StorageError,
    WrongKey,
)
from app.services.session import Session
from app.services.unlock import keyring_available, passphrase_from_environment
from app.services.workspace import Workspace
from app.ui.fonts import install_cjk_fallback
from app.ui.launcher import AUTOLOGIN_ENV, BENCH_ENV, EarlyStart
from app.ui.paths import default_database_path
from app.ui.preferences import LANGUAGE
from app.ui.translation import Translations

# _dialogs note: the sign-in and unlock dialogs are imported where they are shown, so an unattended
# start (which shows none of them) does not pay for loading them.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_KEY = 0, 1, 2, 4


def _critical(parent: QWidget | None, title: str, text: str) -> None:
    """An error box; QMessageBox is imported here, on the error path only (see main_window's _on_demand note)."""
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    QMessageBox.critical(parent, title, text)


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("eapdesk")
    app.setApplicationDisplayName("EAP Crisis Desk")
    app.setOrganizationName("eapdesk")
    app.setApplicationVersion(__version__)
    install_cjk_fallback(app)
    return app  # type: ignore[return-value]


def ensure_demo_database(path: Path, parent: QWidget | None) -> str | None:
    """First run of ``make run``: create the demo database, in passphrase mode when there is no keyring.

    Returns the demo passphrase in passphrase mode, so this first start does not ask for it."""
    from app.services.demo import DEMO_PASSPHRASE, create_demo_database  # noqa: PLC0415 - first run only

    path.parent.mkdir(parents=True, exist_ok=True)
    keyring_ok = keyring_available()
    mode = KeyMode.KEYRING if keyring_ok else KeyMode.PASSPHRASE
    if not keyring_ok:
        print(
            "eapdesk: no system keyring in this session; the demo database uses passphrase mode. "
            f"Its passphrase is: {DEMO_PASSPHRASE}",
            flush=True,
        )
    created, accounts = create_demo_database(path, key_mode=mode)
    created.workspace.close()
    print(f"eapdesk: created the demo database {path}", flush=True)
    for account in accounts:
        print(f"account {account.username} {account.role.value} {account.password}", flush=True)
    if created.recovery_key and not os.environ.get(BENCH_ENV):
        from app.ui.unlock_dialogs import RecoveryKeyDialog  # noqa: PLC0415 - see _dialogs note

        RecoveryKeyDialog.show_once(parent, created.recovery_key, path)
    return None if keyring_ok else DEMO_PASSPHRASE


def open_workspace(path: Path, parent: QWidget | None, passphrase: str | None = None) -> Workspace | None:
    """Unlock the database, asking for a passphrase or a recovery key when needed; None if the user gives up."""
    from app.ui.unlock_dialogs import PassphraseDialog, RecoverDialog  # noqa: PLC0415 - see _dialogs note

    passphrase = passphrase or passphrase_from_environment()
    message = ""
    while True:
        try:
            return Workspace.open(path, passphrase=passphrase)
        except PassphraseRequired:
            passphrase, ok = PassphraseDialog.ask(parent, path, message)
            if not ok:
                return None
        except WrongKey as error:
            if passphrase is None:
                _critical(
                    parent, QCoreApplication.translate("Application", "Cannot open the database"), str(error)
                )
                return None
            message = QCoreApplication.translate(
                "Application", "That passphrase does not open this database."
            )
            passphrase, ok = PassphraseDialog.ask(parent, path, message)
            if not ok:
                return None
        except KeyMissing:
            if not RecoverDialog.recover(parent, path):
                return None


def _main_window_module() -> ModuleType:
    """The main window's modules are imported while the password is being checked, not before."""
    return importlib.import_module("app.ui.main_window")


def sign_in(workspace: Workspace, parent: QWidget | None, early: EarlyStart | None) -> Session | None:
    if early is not None:
        _main_window_module()  # imported while the worker checks the password
        try:
            return early.signing_in.result()
        except AuthenticationFailed:
            return None
        finally:
            early.pool.shutdown()
    if os.environ.get(AUTOLOGIN_ENV):
        username = sys.stdin.readline().rstrip("\n")
        password = sys.stdin.readline().rstrip("\n")
        try:
            return workspace.sign_in(username, password)
        except AuthenticationFailed:
            return None
    QTimer.singleShot(0, _main_window_module)  # loads while the user types
    from app.ui.login_dialog import LoginDialog  # noqa: PLC0415 - see _dialogs note

    session, ok = LoginDialog.sign_in(parent, workspace)
    return session if ok else None


def run_application(
    db_path: Path | None,
    *,
    demo_if_missing: bool = False,
    early: EarlyStart | None = None,
    started: float | None = None,
) -> int:
    started = started if started is not None else time.perf_counter()
    app = create_application()
    translations = Translations()
    translations.apply(LANGUAGE.get())
    path = db_path or default_database_path()
    try:
        if early is not None:
            workspace: Workspace | None = early.workspace  # type: ignore[assignment]
        elif not path.exists():
            if not demo_if_missing:
                _critical(
                    None,
                    QCoreApplication.translate("Application", "No database"),
                    QCoreApplication.translate(
                        "Application",
                        "There is no database at %1. Create one with 'eapdesk init --db PATH --admin NAME'.",
                    ).replace("%1", str(path)),
                )
                return EXIT_USAGE
            workspace = open_workspace(path, None, ensure_demo_database(path, None))
        else:
            workspace = open_workspace(path, None)
    except (StorageError, ServiceError) as error:
        _critical(None, QCoreApplication.translate("Application", "Cannot open the database"), str(error))
        print(f"eapdesk: {error}", file=sys.stderr)
        return EXIT_KEY
    if workspace is None:
        return EXIT_KEY
    try:
        session = sign_in(workspace, None, early)
        if session is None:
            return EXIT_OK
        window = _main_window_module().MainWindow(workspace, session)
        window.languageChanged.connect(lambda: (translations.apply(LANGUAGE.get()), window.retranslate_ui()))
        window.firstShown.connect(window.start_integrity_check)
        if os.environ.get(BENCH_ENV):

            def report() -> None:
                elapsed_ms = (time.perf_counter() - started) * 1000
                print(f"eapdesk-bench: main-window-shown {elapsed_ms:.1f}", flush=True)
                app.quit()

            window.firstShown.connect(lambda: QTimer.singleShot(0, report))
        window.show()
        status = app.exec()
        workspace.sign_out(session)
        return status
    finally:
        workspace.close()
