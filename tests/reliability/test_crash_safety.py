"""Crash safety: a writer killed with SIGKILL at random moments never loses a reported commit.

A child process opens the database through ``Database.open`` (the path every eapdesk process takes)
and appends audit entries with ``app.services.audit.record``, one committed transaction per call.
After each commit returns, it prints the commit's token and flushes. The test kills it with SIGKILL
at random moments, some during start-up and opening (including WAL recovery after the previous
kill), most while it is writing, and checks after every ten kills and at the end that:

- every token the child reported is in the database, with all of its entries (a commit is atomic),
  and nothing but the reported commits plus at most the one in flight at the kill;
- ``verify_database`` (page HMACs, integrity check, schema, audit chain and anchors) finds nothing,
  and at the end ``eapdesk verify`` exits 0.

The key reaches the child through its standard input (an inherited pipe), never an argument,
the environment or any output.
Seeded from EAPDESK_TEST_SEED when set (to replay a failure), else from the clock.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.services.maintenance import create_database, verify_database
from app.storage.audit_repository import AuditQuery, AuditRepository
from app.storage.database import Database
from app.storage.keys import RawKey
from app.storage.keystore import Keystore
from tests.conftest import ADMIN, ADMIN_PASSWORD, REPO

KILLS = 120
CHECK_EVERY = 10
ACTION = "crash.commit"

# Entries per commit, a pure function of the commit number so the parent knows how many to expect:
# from 1 to 40, so that some commits span several pages of the WAL.
_SIZES = "lambda n: 1 + (n * 7) % 40"

CHILD = textwrap.dedent(
    f"""
    import sys
    from pathlib import Path

    from app.services.audit import record
    from app.storage.audit_repository import AuditEvent
    from app.storage.database import Database
    from app.storage.keys import RawKey

    size = {_SIZES}
    key = bytes.fromhex(sys.stdin.readline().strip())
    path, run = Path(sys.argv[1]), sys.argv[2]
    db = Database.open(path, RawKey(key))
    print("opened", flush=True)
    n = 0
    while True:
        n += 1
        token = f"{{run}}-{{n}}"
        record(db, [AuditEvent("crash-child", "{ACTION}", "token", token, {{"i": i}}) for i in range(size(n))])
        print(token, flush=True)
    """
)
size_of = eval(_SIZES)  # the same function as the child's


@dataclass
class Child:
    """One writer process and what it reported before it died."""

    proc: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)
    partial: str = ""
    first_commit: threading.Event = field(default_factory=threading.Event)

    def read_all(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if not line.endswith("\n"):  # cut off by the kill: not a complete report
                self.partial = line
                break
            self.lines.append(line.rstrip("\n"))
            if line != "opened\n":
                self.first_commit.set()
        self.first_commit.set()  # the process ended: nobody should wait any longer

    @property
    def tokens(self) -> list[str]:
        return [line for line in self.lines if line != "opened"]


def start_child(path: Path, key: bytes, run: int) -> tuple[Child, threading.Thread]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(run)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert proc.stdin is not None
    proc.stdin.write(key.hex() + "\n")
    proc.stdin.close()
    child = Child(proc)
    reader = threading.Thread(target=child.read_all, daemon=True)
    reader.start()
    return child, reader


def stored_commits(path: Path, key: bytes) -> dict[str, int]:
    """Token -> number of its entries, read back through our repository."""
    counts: dict[str, int] = defaultdict(int)
    with Database.open(path, RawKey(key)) as db:
        repo = AuditRepository(db)
        for entry in repo.walk():
            if entry.action == ACTION:
                counts[entry.entity_id] += 1
        # The newest entry as the audit view would page it: the last one any child wrote.
        newest = repo.find(AuditQuery(action=ACTION, limit=1))
        if counts:
            assert newest, "the audit view's query finds none of the child's entries"
    return counts


def check_database(path: Path, key: bytes, keystore: Keystore, reported: dict[int, list[str]]) -> None:
    stored = stored_commits(path, key)
    for run, tokens in reported.items():
        for token in tokens:
            n = int(token.rsplit("-", 1)[1])
            found = stored.get(token, 0)
            assert found == size_of(n), (
                f"commit {token} was reported by the child, but {found} of its {size_of(n)} entries are there"
            )
        # Besides the reported commits, at most the one in flight at the kill may be there (its
        # COMMIT reached the disk but the child died before printing), and only whole.
        in_flight = f"{run}-{len(tokens) + 1}"
        expected = set(tokens) | ({in_flight} if in_flight in stored else set())
        present = {token for token in stored if token.startswith(f"{run}-")}
        assert present == expected, f"run {run}: unexpected commits {sorted(present - expected)}"
        if in_flight in stored:
            assert stored[in_flight] == size_of(len(tokens) + 1), f"commit {in_flight} is partial"
    report = verify_database(path, keystore=keystore)
    assert report.ok, f"verify after crashes: {report.problems}"


@pytest.mark.slow
def test_writer_killed_at_random_moments_loses_no_reported_commit(
    db_path: Path, keystore: Keystore, cli: type
) -> None:
    created = create_database(db_path, ADMIN, ADMIN_PASSWORD, keystore=keystore)
    identity = created.workspace.db.identity
    created.workspace.close()
    key = keystore.get_key(identity)
    assert key is not None

    rng = random.Random(os.environ.get("EAPDESK_TEST_SEED") or time.time_ns())
    reported: dict[int, list[str]] = {}
    kills = {"opening": 0, "before first commit": 0, "writing": 0}
    started = time.monotonic()
    for run in range(1, KILLS + 1):
        child, reader = start_child(db_path, key, run)
        if rng.random() < 0.3:
            # During interpreter start-up, Database.open (key check, WAL recovery) or the first commits.
            time.sleep(rng.uniform(0.0, 0.15))
        else:
            assert child.first_commit.wait(10), "the child did not commit within 10 s"
            time.sleep(rng.uniform(0.0, 0.03))
        alive = child.proc.poll() is None
        child.proc.send_signal(signal.SIGKILL)
        child.proc.wait(10)
        reader.join(10)
        assert child.proc.stderr is not None
        stderr = child.proc.stderr.read()
        child.proc.stderr.close()
        assert alive, f"the child ended by itself (status {child.proc.returncode}): {stderr}"
        assert child.proc.returncode == -signal.SIGKILL
        if child.tokens:
            kills["writing"] += 1
        else:
            kills["opening" if "opened" not in child.lines else "before first commit"] += 1
        reported[run] = child.tokens
        if run % CHECK_EVERY == 0:
            check_database(db_path, key, keystore, reported)

    elapsed = time.monotonic() - started
    check_database(db_path, key, keystore, reported)
    result = cli.run("verify", "--db", db_path)
    assert result.status == 0, f"eapdesk verify: {result.stdout}{result.stderr}"
    commits = sum(len(tokens) for tokens in reported.values())
    assert kills["writing"] >= KILLS // 2, f"too few kills landed while writing: {kills}"
    print(f"\ncrash safety: {KILLS} kills {kills}, {commits} reported commits, {elapsed:.1f} s")
