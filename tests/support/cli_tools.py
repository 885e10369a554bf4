"""Running ``python -m app`` as an administrator would: in a child process without a controlling terminal
(so a missing secret can never hang on a prompt), optionally on a "new machine" with its own empty keyring.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tests.conftest import REPO, CliResult

WITH_KEYRING = REPO / "tests" / "support" / "with_keyring.sh"
NO_KEYRING_BACKEND = "keyring.backends.fail.Keyring"


def eapdesk(
    *args: str | Path,
    stdin: str = "",
    env: dict[str, str] | None = None,
    preexec_fn: Callable[[], None] | None = None,
    timeout: float = 120,
) -> CliResult:
    """``eapdesk ARGS`` in a new session (no /dev/tty), with the test's environment plus ``env``."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        cwd=REPO,
        start_new_session=True,
        preexec_fn=preexec_fn,
        check=False,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


# Runs inside the new machine: each step is [args, stdin]; prints one JSON document with the results and
# the keyring entries of that machine afterwards.
_DRIVER = r"""
import json, subprocess, sys
import secretstorage
steps = json.loads(sys.argv[1])
results = []
for args, stdin in steps:
    proc = subprocess.run([sys.executable, "-m", "app", *args], input=stdin, capture_output=True, text=True,
                          start_new_session=True)
    results.append([proc.returncode, proc.stdout, proc.stderr])
conn = secretstorage.dbus_init()
items = secretstorage.get_default_collection(conn).search_items({"service": "eapdesk"})
entries = {item.get_attributes()["username"]: item.get_secret().decode() for item in items}
print(json.dumps({"results": results, "keyring": entries}))
"""


def on_new_machine(
    steps: Sequence[tuple[Sequence[str | Path], str]], env: dict[str, str] | None = None
) -> tuple[list[CliResult], dict[str, str]]:
    """Run eapdesk commands one after another on a "new machine": a fresh D-Bus session with a fresh,
    empty gnome-keyring (tests/support/with_keyring.sh). Returns each command's result and the keyring
    entries that machine holds at the end."""
    full_env = dict(os.environ)
    full_env.pop("EAPDESK_KEEP_XDG_DATA_HOME", None)
    full_env.update(env or {})
    payload = json.dumps([[list(map(str, args)), stdin] for args, stdin in steps])
    proc = subprocess.run(
        ["dbus-run-session", "--", "bash", str(WITH_KEYRING), sys.executable, "-c", _DRIVER, payload],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
        cwd=REPO,
        start_new_session=True,
        check=False,
    )
    assert proc.returncode == 0, (proc.returncode, proc.stdout, proc.stderr)
    document = json.loads(proc.stdout.strip().splitlines()[-1])
    return [CliResult(*result) for result in document["results"]], document["keyring"]
