"""Interrupted key rotation: ``eapdesk rekey`` killed at random moments never strands the database.

``rekey_database`` (app/services/maintenance.py) orders its steps so that at every moment either the
keyring's current key or its pending key opens the file: pending key stored, recovery key printed,
copy exported under the new key, copy swapped in, keyring updated, pending entry removed. Here the
real command runs as a subprocess and is killed with SIGKILL at random moments: some at any time,
some just after it printed the new recovery key (during the export), some just after the file was
swapped (the window before the keyring is updated), and some runs are left to finish.
Seeded from EAPDESK_TEST_SEED when set (to replay a failure), else from the clock.

After every kill the database must open through the keyring (``open_database``: current key, then
pending key) or with the latest recovery key printed; every account and audit entry must be there
(audit entries only grow), the identity (salt) must not change, and the file must pass the checks of
``verify``. On most kills the test opens the database as the app does, which promotes a pending key
that opens the file. After one kind of kill (just after the swap) it checks on a read-only connection
and leaves the keyring as the kill left it, so that the next rotation starts from the leftovers of the
interrupted one, as it would on a real machine.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.domain import recovery_key
from app.domain.roles import Role
from app.services import audit as audit_service
from app.services.maintenance import create_database, verify_database
from app.services.session import system_actor
from app.services.unlock import open_database
from app.services.users import insert_account
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.errors import KeyMissing, KeyringUnavailable, WrongKey
from app.storage.identity import database_identity
from app.storage.keys import RawKey
from app.storage.keystore import Keystore
from app.storage.users_repository import UsersRepository
from tests.conftest import ADMIN, ADMIN_PASSWORD, REPO

KILLS = 25
MAX_RUNS = 60  # a run drawn to be killed "any time" may finish first; it then counts as finished
LEAVE = "after swap, keyring left as is"
MODES = ("any time", "after announce", LEAVE, "any time", "after swap", "finish")
SEED_ENTRIES = 3000  # enough rows that the export takes a noticeable share of the run


@dataclass
class Rekey:
    """One ``eapdesk rekey`` process and what it printed."""

    proc: subprocess.Popen[str]
    recovery_keys: list[str] = field(default_factory=list)
    announced: threading.Event = field(default_factory=threading.Event)

    def read_all(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("recovery-key ") and line.endswith("\n"):
                self.recovery_keys.append(line.split(" ", 1)[1].strip())
                self.announced.set()
        self.announced.set()


def start_rekey(path: Path) -> tuple[Rekey, threading.Thread]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "rekey", "--db", str(path)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    run = Rekey(proc)
    reader = threading.Thread(target=run.read_all, daemon=True)
    reader.start()
    return run, reader


def wait_for_swap(path: Path, inode: int, proc: subprocess.Popen[str], timeout: float = 10) -> None:
    """Return as soon as ``path`` names a new file (the rotated copy), or the process has ended."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if os.stat(path).st_ino != inode:
                return
        except FileNotFoundError:  # would itself be a bug; the checks after the kill report it
            return
        time.sleep(0.0005)


def wait_for_keyring(keystore: Keystore, timeout: float = 20) -> None:
    """gnome-keyring-daemon itself can abort when a client is killed mid-request (an upstream bug);
    tests/support/with_keyring.sh then restarts it, unlocked, from the same keyring files. Wait for
    that before judging what the kill left: the keyring's contents, not its daemon, are under test."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            keystore.get_key("0" * 32)
            return
        except KeyringUnavailable:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def opens(path: Path, key: bytes | None) -> bool:
    """Whether ``key`` opens the file, without changing the file or the keyring."""
    if key is None:
        return False
    try:
        Database.open_for_inspection(path, RawKey(key)).close()
    except WrongKey:
        return False
    return True


def describe(path: Path, keystore: Keystore, identity: str, old_key: bytes) -> tuple[str, bytes | None]:
    """Name the state a kill left behind; return it with the key ``open_database`` would use.

    ``open_database`` tries the keyring's current key, then its pending key: whichever opens the file.
    """
    current, pending = keystore.get_key(identity), keystore.get_pending_key(identity)
    keyring_key = current if opens(path, current) else pending if opens(path, pending) else None
    if opens(path, old_key):
        state = "file under old key" + (", pending key stored" if pending else "")
    elif keyring_key is None:
        state = "no keyring key opens the file"
    elif keyring_key == current:
        state = "file under new key, keyring updated" + (", pending left" if pending else "")
    else:
        state = "file under new key, keyring not yet updated"
    return state, keyring_key


def keyring_state(path: Path, keystore: Keystore, identity: str) -> str:
    """What a rotation starting now finds in the keyring."""
    current, pending = keystore.get_key(identity), keystore.get_pending_key(identity)
    if opens(path, current):
        return "current key opens" + (", stale pending key" if pending else "")
    if opens(path, pending):
        return "only the pending key opens"
    return "no keyring key opens"


@dataclass
class Expected:
    usernames: list[str]
    audit_entries: int


def check_contents(db: Database, expected: Expected) -> None:
    usernames = sorted(row.username for row in UsersRepository(db).all())
    assert usernames == expected.usernames, "accounts changed across the interrupted rotation"
    entries = AuditRepository(db).count()
    assert entries >= expected.audit_entries, f"audit entries went from {expected.audit_entries} to {entries}"
    expected.audit_entries = entries


def check_as_the_app_opens(
    path: Path, keystore: Keystore, latest_recovery: str | None, expected: Expected
) -> str:
    """Open like every eapdesk process does (may promote a pending key), then run ``verify``."""
    try:
        db = open_database(path, keystore=keystore)
        how = "keyring"
    except (WrongKey, KeyMissing):
        assert latest_recovery, "neither the keyring nor any printed recovery key opens the database"
        db = Database.open(path, RawKey(recovery_key.decode(latest_recovery)))
        how = "recovery key"
    try:
        check_contents(db, expected)
    finally:
        db.close()
    report = verify_database(path, keystore=keystore)
    assert report.ok, f"verify after an interrupted rotation: {report.problems}"
    return how


def check_without_promoting(path: Path, key: bytes, keystore: Keystore, expected: Expected) -> None:
    """``verify``'s checks on a read-only connection, leaving the keyring as the kill left it."""
    db = Database.open_for_inspection(path, RawKey(key))
    try:
        assert db.page_problems() == []
        check_contents(db, expected)
        trail = audit_service.verify_trail(db, keystore)
        assert trail.ok, f"audit trail after an interrupted rotation: {trail.problems}"
    finally:
        db.close()


def seed(path: Path, keystore: Keystore) -> tuple[str, str]:
    """A keyring-mode database with three accounts and a few thousand audit entries."""
    created = create_database(path, ADMIN, ADMIN_PASSWORD, keystore=keystore)
    assert created.recovery_key
    db = created.workspace.db
    with db.transaction() as conn:
        for name, role in (("counsellor1", Role.COUNSELLOR), ("hr1", Role.HR_MANAGER)):
            insert_account(
                conn,
                actor=system_actor(),
                username=name,
                display_name=name,
                role=role,
                password="a-long-password-1",
                now=utc_now(),
            )
    for batch in range(SEED_ENTRIES // 500):
        audit_service.record(
            db, [AuditEvent("seed", "seed.entry", "case", f"{batch}-{i}") for i in range(500)]
        )
    identity = db.identity
    created.workspace.close()
    return identity, created.recovery_key


@pytest.mark.slow
def test_rekey_killed_at_random_moments_always_leaves_an_openable_database(
    db_path: Path, keystore: Keystore, cli: type
) -> None:
    identity, first_recovery = seed(db_path, keystore)
    with open_database(db_path, keystore=keystore) as db:
        expected = Expected(sorted(row.username for row in UsersRepository(db).all()), 0)
        check_contents(db, expected)
    assert len(expected.usernames) == 3

    # A rotation left to finish gives the timing the kills are drawn from.
    started = time.monotonic()
    run, reader = start_rekey(db_path)
    run.announced.wait(30)
    announced_after = time.monotonic() - started
    assert run.proc.wait(30) == 0, run.proc.stderr.read() if run.proc.stderr else ""
    duration = time.monotonic() - started
    reader.join(10)
    latest_recovery = run.recovery_keys[-1]
    assert not opens(db_path, recovery_key.decode(first_recovery)), "the old recovery key still opens it"
    file_key = recovery_key.decode(latest_recovery)
    check_as_the_app_opens(db_path, keystore, latest_recovery, expected)

    rng = random.Random(os.environ.get("EAPDESK_TEST_SEED") or time.time_ns())
    states: Counter[str] = Counter()
    opened_with: Counter[str] = Counter()
    started_from: Counter[str] = Counter()
    kills = finished = number = 0
    while kills < KILLS:
        number += 1
        assert number <= MAX_RUNS, f"only {kills} of {number - 1} runs could be killed before they finished"
        mode = MODES[(number - 1) % len(MODES)]
        started_from[keyring_state(db_path, keystore, identity)] += 1
        inode = db_path.stat().st_ino
        run, reader = start_rekey(db_path)
        if mode == "any time":
            time.sleep(rng.uniform(0, duration * 1.1))
        elif mode == "after announce":
            run.announced.wait(30)
            time.sleep(rng.uniform(0, duration - announced_after))
        elif mode.startswith("after swap"):
            wait_for_swap(db_path, inode, run.proc)
            time.sleep(rng.uniform(0, 0.01))
        else:
            run.proc.wait(30)
        if run.proc.poll() is None:
            run.proc.send_signal(signal.SIGKILL)
        status = run.proc.wait(30)
        reader.join(10)
        wait_for_keyring(keystore)
        stderr = run.proc.stderr.read() if run.proc.stderr else ""
        if run.proc.stderr:
            run.proc.stderr.close()
        assert status in (0, -signal.SIGKILL), f"rekey failed on its own (status {status}): {stderr}"
        if run.recovery_keys:
            latest_recovery = run.recovery_keys[-1]

        assert database_identity(db_path) == identity, "the rotation changed the database's identity"
        state, keyring_key = describe(db_path, keystore, identity, file_key)
        if status == 0:
            finished += 1
            assert state == "file under new key, keyring updated", state
            assert not opens(db_path, file_key), "the key from before the rotation still opens the file"
            assert opens(db_path, recovery_key.decode(latest_recovery)), (
                "the new recovery key does not open it"
            )
        else:
            kills += 1
        states[state] += 1
        recovery_opens = opens(db_path, recovery_key.decode(latest_recovery))
        assert keyring_key is not None or recovery_opens, (
            f"after a kill ({mode}) neither the keyring nor the latest recovery key opens the file: {state}"
        )
        if mode == LEAVE and keyring_key is not None:
            check_without_promoting(db_path, keyring_key, keystore, expected)
            opened_with["keyring (not promoted)"] += 1
        else:
            opened_with[check_as_the_app_opens(db_path, keystore, latest_recovery, expected)] += 1
        file_key = next(
            key
            for key in (
                file_key,
                keystore.get_key(identity),
                keystore.get_pending_key(identity),
                recovery_key.decode(latest_recovery),
            )
            if opens(db_path, key)
        )

    assert finished >= 1

    # A last rotation, left to finish, cleans up after all the interrupted ones.
    result = cli.run("rekey", "--db", db_path)
    assert result.status == 0, result.stderr
    assert opens(db_path, recovery_key.decode(result.recovery_key()))
    assert not list(db_path.parent.glob(f".{db_path.name}.rekeying-*")), (
        "a stale rotation copy was left behind"
    )
    assert keystore.get_pending_key(identity) is None
    with open_database(db_path, keystore=keystore) as db:
        check_contents(db, expected)
    verified = cli.run("verify", "--db", db_path)
    assert verified.status == 0, f"eapdesk verify: {verified.stdout}{verified.stderr}"
    print(
        f"\ninterrupted rekey: {kills} kills, {finished} finished; left behind {dict(states)}; "
        f"runs started from {dict(started_from)}; opened with {dict(opened_with)}"
    )
