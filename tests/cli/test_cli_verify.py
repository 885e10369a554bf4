"""``eapdesk verify``: exit 0 when everything holds, 1 with one line per problem, and it never writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.services.errors import AuthenticationFailed
from app.services.workspace import Workspace
from app.storage.migrations import latest_version
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support.cli_tools import eapdesk
from tests.support.store_tools import fingerprint, flip_byte, keyring_key, make_office, raw_connection


@pytest.fixture
def office(db_path: Path) -> Path:
    """Five audit entries: created, admin created, a failed and a good sign-in, the session's end."""
    make_office(db_path)
    with Workspace.open(db_path) as workspace:
        with pytest.raises(AuthenticationFailed):
            workspace.sign_in(ADMIN, "wrong-password-1")
        workspace.sign_out(workspace.sign_in(ADMIN, ADMIN_PASSWORD))
    return db_path


def verify(db: Path) -> tuple[int, list[str], str]:
    before = fingerprint(db.parent)
    result = eapdesk("verify", "--db", db)
    assert fingerprint(db.parent) == before  # verify never writes
    return result.status, result.stdout.splitlines(), result.stderr


def tamper(db: Path, *statements: str) -> None:
    with raw_connection(db, key=keyring_key(db)) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        for statement in statements:
            conn.execute(statement)


def test_intact_database(office: Path) -> None:
    status, lines, _err = verify(office)
    assert status == 0
    assert len(lines) == 1
    assert lines[0].startswith(
        f"ok: pages authenticated, integrity ok, schema {latest_version()}, SQLCipher 4."
    )
    assert "audit trail of 5 entries intact" in lines[0]


def test_edited_audit_entry_exits_1_naming_it(office: Path) -> None:
    tamper(office, "UPDATE audit_log SET detail = '{\"reason\": \"typo\"}' WHERE action = 'login.failed'")
    status, lines, _err = verify(office)
    assert status == 1
    assert lines[0] == "problem: audit trail: entry 3 was altered after it was written"


def test_deleted_audit_entry_exits_1(office: Path) -> None:
    tamper(office, "DELETE FROM audit_log WHERE action = 'login.failed'")
    status, lines, _err = verify(office)
    assert status == 1
    assert lines[0].startswith("problem: audit trail: entry 4 found where entry 3 was expected")
    assert all(line.startswith("problem: ") for line in lines)


def test_cut_tail_exits_1(office: Path) -> None:
    tamper(office, "DELETE FROM audit_log WHERE seq > 4")
    status, lines, _err = verify(office)
    assert status == 1
    assert any("the newest entries were deleted" in line for line in lines)


def test_every_problem_gets_its_own_line(office: Path) -> None:
    tamper(office, "UPDATE audit_log SET actor = 'x' WHERE seq = 2", "DELETE FROM audit_log WHERE seq > 4")
    status, lines, _err = verify(office)
    assert status == 1
    assert len(lines) >= 3  # the broken entry, and the cut seen by each of the two anchors
    assert lines[0] == "problem: audit trail: entry 2 was altered after it was written"


def test_a_plaintext_sqlite_file_is_refused_with_status_2(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    status, _lines, err = verify(plain)
    assert status == 2
    assert "unencrypted SQLite file" in err


def test_a_missing_file_is_refused_and_not_created(db_path: Path) -> None:
    result = eapdesk("verify", "--db", db_path)
    assert result.status == 2
    assert "There is no database" in result.stderr
    assert list(db_path.parent.iterdir()) == []


def test_page_damage_and_audit_damage_are_both_named(office: Path) -> None:
    size = office.stat().st_size
    flip_byte(office, size - 2000)
    status, lines, _err = verify(office)
    assert status == 1
    assert any("HMAC verification failed" in line for line in lines)
