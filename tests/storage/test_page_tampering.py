"""Flipped bytes in an encrypted page, or a truncated file: verify names what failed and a workspace on
such a file refuses to write. SQLCipher authenticates every page with an HMAC-SHA512; the first 16 bytes
of the file are the clear salt, everything after it is covered."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.services import audit as audit_service
from app.services.maintenance import verify_database
from app.services.policy import IDLE_LOCK_MINUTES
from app.services.workspace import Workspace
from app.storage.audit_repository import AuditEvent, AuditQuery
from app.storage.errors import DatabaseDamaged, NotADatabase, StorageError
from app.storage.keystore import Keystore
from app.storage.sidecar import sidecar_path
from tests.conftest import ADMIN, ADMIN_PASSWORD, REPO
from tests.support.store_tools import flip_byte, sha256

PAGE = 4096


@pytest.fixture
def filled_db(workspace: Workspace, db_path: Path) -> Path:
    """A closed keyring database spanning several pages (an account and a few hundred audit entries)."""
    audit_service.record(
        workspace.db, [AuditEvent(ADMIN, "record.viewed", "case", str(n), {"n": n}) for n in range(300)]
    )
    workspace.close()
    assert db_path.stat().st_size >= 10 * PAGE
    return db_path


def pages(path: Path) -> int:
    return path.stat().st_size // PAGE


def run_verify(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "verify", "--db", str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )


def test_intact_database_verifies(filled_db: Path, keystore: Keystore) -> None:
    report = verify_database(filled_db, keystore=keystore)
    assert report.ok, report.problems
    assert report.schema_version >= 1
    assert report.cipher_version.startswith("4.")
    assert report.audit_entries > 300


@pytest.mark.parametrize(
    "where", ["page 2", "middle page", "last page", "page 2 reserve (IV)", "last page HMAC"]
)
def test_flipped_byte_in_a_later_page_is_reported(filled_db: Path, keystore: Keystore, where: str) -> None:
    count = pages(filled_db)
    page, offset = {
        "page 2": (2, 100),
        "middle page": (count // 2, 2000),
        "last page": (count, 4000),
        "page 2 reserve (IV)": (2, PAGE - 80 + 3),
        "last page HMAC": (count, PAGE - 10),
    }[where]
    flip_byte(filled_db, (page - 1) * PAGE + offset)
    before = sha256(filled_db)
    report = verify_database(filled_db, keystore=keystore)
    assert not report.ok
    assert f"HMAC verification failed for page {page}" in report.problems[0]
    assert sha256(filled_db) == before  # verify never writes


def test_verify_command_exits_1_naming_the_hmac_failure(filled_db: Path) -> None:
    flip_byte(filled_db, 3 * PAGE + 1234)
    before = sha256(filled_db)
    result = run_verify(filled_db)
    assert result.returncode == 1, result
    assert "HMAC verification failed for page 4" in result.stdout
    assert result.stdout.startswith("problem: ")
    assert sha256(filled_db) == before


@pytest.mark.parametrize("offset", [16, 17, 100, 2048, PAGE - 81, PAGE - 40])
def test_flipped_byte_in_page_1_after_the_salt_is_reported_as_damage(filled_db: Path, offset: int) -> None:
    """Page 1 holds the schema, so the key cannot be proven; the other pages prove it, and the message
    must name the damage, not send the administrator to look for another key."""
    flip_byte(filled_db, offset)
    before = sha256(filled_db)
    result = run_verify(filled_db)
    assert result.returncode == 1, result
    assert "HMAC verification failed for page 1" in result.stdout + result.stderr
    assert "key does not open" not in result.stdout + result.stderr
    assert sha256(filled_db) == before


def test_changed_salt_makes_the_key_unfindable(filled_db: Path) -> None:
    """The salt is the identity: a changed salt finds no keyring entry (exit 4, pointing to recover)."""
    flip_byte(filled_db, 3)
    result = run_verify(filled_db)
    assert result.returncode == 4, result
    assert "recover" in result.stderr


def test_truncated_by_whole_pages_is_reported(filled_db: Path) -> None:
    data = filled_db.read_bytes()
    filled_db.write_bytes(data[: -3 * PAGE])
    result = run_verify(filled_db)
    assert result.returncode == 1, result
    assert "damaged or was truncated" in result.stdout


@pytest.mark.parametrize("cut", [1, 100, PAGE // 2])
def test_truncated_mid_page_is_a_clear_error(filled_db: Path, cut: int) -> None:
    data = filled_db.read_bytes()
    filled_db.write_bytes(data[:-cut])
    result = run_verify(filled_db)
    assert result.returncode == 1, result  # a check that failed on a file of ours, not "not a database"
    assert "truncated" in result.stdout
    assert "partial page" in result.stdout
    with pytest.raises(NotADatabase, match="truncated"):
        Workspace.open(filled_db)
    assert filled_db.read_bytes() == data[:-cut]


def test_truncated_to_one_page_is_refused(filled_db: Path) -> None:
    data = filled_db.read_bytes()
    filled_db.write_bytes(data[:PAGE])
    result = run_verify(filled_db)
    assert result.returncode == 1, result
    assert "truncated" in result.stdout


def test_workspace_on_a_tampered_database_refuses_writes(filled_db: Path, keystore: Keystore) -> None:
    flip_byte(filled_db, (pages(filled_db) - 1) * PAGE + 500)
    side_before = sidecar_path(filled_db).read_bytes()
    workspace = Workspace.open(filled_db, keystore=keystore)
    try:
        problems = workspace.check_pages()
        assert any("HMAC verification failed" in problem for problem in problems)
        assert workspace.db.damaged
        with pytest.raises(DatabaseDamaged, match="changes are refused"), workspace.db.transaction():
            pytest.fail("a transaction on a damaged database must not start")
        with pytest.raises(StorageError):
            workspace.sign_in(ADMIN, ADMIN_PASSWORD)  # a sign-in writes its audit entry: refused too
    finally:
        workspace.close()
    assert sidecar_path(filled_db).read_bytes() == side_before  # no anchor taken from a damaged file


def test_damage_found_while_working_refuses_further_writes(filled_db: Path, keystore: Keystore) -> None:
    """Without an explicit check: the first read that hits a bad page flags the database, and every
    write after it is refused. The pages are damaged under a running workspace, as a failing disk would."""
    workspace = Workspace.open(filled_db, keystore=keystore)
    try:
        session = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
        for page in range(2, pages(filled_db) + 1):
            flip_byte(filled_db, (page - 1) * PAGE + 700)
        assert not workspace.db.damaged
        with pytest.raises(DatabaseDamaged):
            workspace.audit.find(session, AuditQuery(limit=1000))
        assert workspace.db.damaged
        with pytest.raises(DatabaseDamaged, match="changes are refused"):
            workspace.settings.set_value(session, IDLE_LOCK_MINUTES, 7)
    finally:
        workspace.close()
