"""Timing a new process from spawn until it says its main window is shown.

The clock starts just before the process is spawned and stops when the line
``eapdesk-bench: main-window-shown [figure]`` is read from its standard output; the process is then
left to quit by itself (given a few seconds, then terminated). Standard error goes to a file so a
chatty child can never block on a full pipe; its last lines explain a failed start.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

MARKER = "eapdesk-bench: main-window-shown"
QUIT_GRACE_SECONDS = 15


class StartFailed(Exception):
    """The process did not report its window: the message says what happened instead."""


@dataclass(frozen=True, slots=True)
class Start:
    seconds: float  # spawn to marker line read, measured here
    reported: str  # whatever figure the process printed after the marker (its own clock), may be ""


def time_to_window(
    argv: list[str], *, env: dict[str, str], cwd: Path, stdin_text: str = "", timeout: float = 60.0
) -> Start:
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE if stdin_text else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=env,
            cwd=cwd,
        )
        try:
            if stdin_text and process.stdin:
                process.stdin.write(stdin_text.encode())
                process.stdin.close()
            reported = _wait_for_marker(process, start + timeout)
            elapsed = time.perf_counter() - start
            _let_quit(process)
        except StartFailed as failure:
            _let_quit(process, grace=0)
            stderr.seek(0)
            tail = [line for line in stderr.read().decode(errors="replace").splitlines() if line.strip()][-3:]
            raise StartFailed(f"{failure}" + (f"; stderr: {' | '.join(tail)}" if tail else "")) from None
        except BaseException:  # interrupted: do not leave the child running
            _let_quit(process, grace=0)
            raise
        finally:
            if process.stdout:
                process.stdout.close()
    return Start(elapsed, reported)


def _wait_for_marker(process: subprocess.Popen[bytes], deadline: float) -> str:
    assert process.stdout is not None
    fd = process.stdout.fileno()
    buffer = b""
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise StartFailed("no 'main-window-shown' line before the time limit")
            if not selector.select(remaining):
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                status = process.wait()
                raise StartFailed(f"the process exited with status {status} without showing its window")
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for line in lines:
                text = line.decode(errors="replace").strip()
                if text.startswith(MARKER):
                    return text.removeprefix(MARKER).strip()


def _let_quit(process: subprocess.Popen[bytes], grace: float = QUIT_GRACE_SECONDS) -> None:
    """Wait for the child to quit as it should; stop it (only this child) if it does not."""
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=grace)
        return
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
