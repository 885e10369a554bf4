"""Starting the real program (``python -m app gui``) in a separate process, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.services.maintenance import create_database
from app.storage.keystore import Keystore
from tests.conftest import ADMIN, ADMIN_PASSWORD, REPO


def _start(db: Path, stdin: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", EAPDESK_AUTOLOGIN_STDIN="1", EAPDESK_BENCH_SIGNAL="1", **env
    )
    return subprocess.run(
        [sys.executable, "-m", "app", "gui", "--db", str(db)],
        input=stdin,
        text=True,
        capture_output=True,
        env=environment,
        timeout=60,
        cwd=REPO,
    )


def test_gui_opens_with_the_keyring_key_and_shows_the_main_window(db_path: Path, keystore: Keystore) -> None:
    create_database(db_path, ADMIN, ADMIN_PASSWORD, keystore=keystore).workspace.close()
    result = _start(db_path, f"{ADMIN}\n{ADMIN_PASSWORD}\n")
    assert result.returncode == 0, result.stderr
    assert "eapdesk-bench: main-window-shown" in result.stdout


def test_demo_if_missing_creates_the_demo_database_in_passphrase_mode_without_keyring(tmp_path: Path) -> None:
    db = tmp_path / "data" / "eapdesk.db"
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        EAPDESK_AUTOLOGIN_STDIN="1",
        EAPDESK_BENCH_SIGNAL="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        EAPDESK_DATA_DIR=str(db.parent),
    )
    result = subprocess.run(
        [sys.executable, "-m", "app", "gui", "--demo-if-missing"],
        input="lead\nlead-demo-2026\n",
        text=True,
        capture_output=True,
        env=environment,
        timeout=60,
        cwd=REPO,
    )
    assert "no system keyring" in result.stdout
    assert "eapdesk-demo-passphrase" in result.stdout
    assert db.exists()
    # The GUI asks for the passphrase before the login; here it comes from the environment.
    assert "account lead admin lead-demo-2026" in result.stdout
    relaunch = _start(
        db,
        "lead\nlead-demo-2026\n",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        EAPDESK_PASSPHRASE="eapdesk-demo-passphrase",
    )
    assert relaunch.returncode == 0, relaunch.stderr
    assert "main-window-shown" in relaunch.stdout
