"""Shared fixtures: real SQLCipher files in temporary folders, the real keyring of the test session.

``make test`` runs pytest inside ``dbus-run-session`` with a freshly unlocked gnome-keyring (see
tests/support/with_keyring.sh), so the keyring used here is a real Secret Service, empty at start.
Every test gets its own data, config and cache folders so nothing leaks between tests or into the
developer's home.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.services.maintenance import create_database
from app.services.workspace import Workspace
from app.storage.keys import KeyMode
from app.storage.keystore import Keystore

REPO = Path(__file__).resolve().parent.parent
ADMIN = "admin"
ADMIN_PASSWORD = "admin-password-123"
NO_KEYRING_BACKEND = "keyring.backends.fail.Keyring"


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point per-user folders (QStandardPaths, QSettings) at the test's temporary folder."""
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / "home" / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("EAPDESK_DATA_DIR", str(tmp_path / "home" / "data"))
    monkeypatch.delenv("EAPDESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("EAPDESK_PASSPHRASE_FILE", raising=False)


@pytest.fixture
def keystore() -> Keystore:
    store = Keystore()
    if not store.available():
        pytest.fail(
            "no Secret Service keyring: run the suite with `make test` (dbus-run-session + gnome-keyring)"
        )
    return store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    folder = tmp_path / "office"
    folder.mkdir()
    return folder / "eapdesk.db"


@pytest.fixture
def workspace(db_path: Path, keystore: Keystore) -> Iterator[Workspace]:
    created = create_database(db_path, ADMIN, ADMIN_PASSWORD, keystore=keystore)
    yield created.workspace
    created.workspace.close()


@pytest.fixture
def passphrase_workspace(db_path: Path) -> Iterator[Workspace]:
    created = create_database(
        db_path, ADMIN, ADMIN_PASSWORD, key_mode=KeyMode.PASSPHRASE, passphrase="office passphrase 1"
    )
    yield created.workspace
    created.workspace.close()


@dataclass
class CliResult:
    status: int
    stdout: str
    stderr: str

    def recovery_key(self) -> str:
        lines = [
            line.split(" ", 1)[1] for line in self.stdout.splitlines() if line.startswith("recovery-key ")
        ]
        assert lines, f"no recovery key printed: {self.stdout!r}"
        return lines[-1]


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(extra)
    return env


def run_cli(
    *args: str | Path, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 120
) -> CliResult:
    """Run ``python -m app`` as a separate process, as an administrator would."""
    proc = subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        env=env or cli_env(),
        timeout=timeout,
        cwd=REPO,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli() -> type:
    """Access to ``run_cli`` and ``cli_env`` for tests (a class used as a namespace)."""

    class Cli:
        run = staticmethod(run_cli)
        env = staticmethod(cli_env)

    return Cli
