"""Entry to the desktop app that does the Qt-free part of an unattended start before loading Qt.

With ``EAPDESK_AUTOLOGIN_STDIN`` (used by the start-up benchmark and by automation) the account and
password come from standard input. The database is then unlocked and the Argon2id password check
(about 0.1 s, and it releases the GIL) started on a worker thread *before* PySide6 and the windows
are imported, so the two overlap. An interactive start goes straight to the Qt path, where the
window modules load while the user types.
"""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import ServiceError, StorageError
from app.services.session import Session
from app.ui.startup_memory import pause_collection, resume_collection

AUTOLOGIN_ENV = "EAPDESK_AUTOLOGIN_STDIN"
BENCH_ENV = "EAPDESK_BENCH_SIGNAL"


@dataclass
class EarlyStart:
    """A workspace opened and a sign-in under way before Qt was loaded."""

    workspace: object  # app.services.workspace.Workspace
    signing_in: Future[Session]
    pool: ThreadPoolExecutor


def _early_start(db_path: Path | None) -> EarlyStart | None:
    if not os.environ.get(AUTOLOGIN_ENV) or db_path is None or not db_path.exists():
        return None
    from app.services.unlock import passphrase_from_environment  # noqa: PLC0415 - unattended start only
    from app.services.workspace import Workspace  # noqa: PLC0415

    try:
        workspace = Workspace.open(db_path, passphrase=passphrase_from_environment())
    except (StorageError, ServiceError):
        return None  # the Qt path reports it (or asks for a passphrase or recovery key)
    username = sys.stdin.readline().rstrip("\n")
    password = sys.stdin.readline().rstrip("\n")
    pool = ThreadPoolExecutor(max_workers=1)
    return EarlyStart(workspace, pool.submit(workspace.sign_in, username, password), pool)


def run_gui(db_path: Path | None, *, demo_if_missing: bool = False) -> int:
    started = time.perf_counter()
    pause_collection()  # until the main window is shown (see startup_memory)
    try:
        early = _early_start(db_path)
        from app.ui.application import run_application  # noqa: PLC0415 - Qt loads here, after the early work

        return run_application(db_path, demo_if_missing=demo_if_missing, early=early, started=started)
    finally:
        resume_collection()
