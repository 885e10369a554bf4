"""Audit-trail tampering by someone who holds the key: edit, delete, reorder, insert, cut the tail.

The attacker uses ``sqlcipher3`` directly, drops the append-only triggers and rewrites rows;
``verify_database`` (what ``eapdesk verify`` runs) must report the first broken entry. A cut tail is
invisible inside the chain and is caught by the anchors kept outside the database (sidecar file and
keyring). What cannot be detected is written down as a test too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import sqlcipher3

from app.domain.audit_chain import AuditRecord, compute_hash
from app.services import audit as audit_service
from app.services.maintenance import verify_database
from app.services.workspace import Workspace
from app.storage.audit_repository import AuditEvent
from app.storage.keystore import Keystore
from app.storage.sidecar import read_sidecar, sidecar_path
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support.store_tools import identity_of, keyring_key, raw_connection

ENTRIES = 12


@pytest.fixture
def trail(workspace: Workspace, db_path: Path) -> Path:
    """A closed database with exactly ENTRIES audit entries and its anchors taken at close."""
    count = int(workspace.db.query_value("SELECT count(*) FROM audit_log"))
    audit_service.record(
        workspace.db,
        [
            AuditEvent(ADMIN, "record.viewed", "case", str(n), {"fields": ["notes"]})
            for n in range(ENTRIES - count)
        ],
    )
    workspace.close()
    assert read_sidecar(db_path).anchor is not None
    assert read_sidecar(db_path).anchor.count == ENTRIES
    return db_path


@contextlib.contextmanager
def attacker(path: Path) -> Iterator[sqlcipher3.Connection]:
    with raw_connection(path, key=keyring_key(path)) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        yield conn


def problems(path: Path) -> list[str]:
    report = verify_database(path, keystore=Keystore())
    return report.problems


def row(conn: sqlcipher3.Connection, seq: int) -> tuple:
    return conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit_log WHERE seq = ?",
        (seq,),
    ).fetchone()


def test_intact_trail_verifies(trail: Path) -> None:
    report = verify_database(trail, keystore=Keystore())
    assert report.ok, report.problems
    assert report.audit_entries == ENTRIES


def test_the_triggers_refuse_update_and_delete(trail: Path) -> None:
    with raw_connection(trail, key=keyring_key(trail)) as conn:
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM audit_log WHERE seq = 3")
    assert problems(trail) == []


@pytest.mark.parametrize(
    "change",
    [
        "actor = 'mallory'",
        "action = 'record.printed'",
        "detail = '{\"fields\": []}'",
        "at = '2020-01-01T00:00:00.000000+00:00'",
        "entity_id = '9999'",
    ],
)
def test_edited_entry_is_reported(trail: Path, change: str) -> None:
    with attacker(trail) as conn:
        conn.execute(f"UPDATE audit_log SET {change} WHERE seq = 5")
    found = problems(trail)
    assert found
    assert found[0] == "audit trail: entry 5 was altered after it was written"


def test_edited_entry_with_its_hash_recomputed_is_reported(trail: Path) -> None:
    with attacker(trail) as conn:
        values = row(conn, 5)
        forged = AuditRecord(5, values[1], "mallory", values[3], values[4], values[5], {}, values[7])
        conn.execute(
            "UPDATE audit_log SET actor = ?, detail = '{}', hash = ? WHERE seq = 5",
            ("mallory", compute_hash(forged)),
        )
    found = problems(trail)
    assert found[0].startswith("audit trail: entry 6 does not follow the entry before it")


@pytest.mark.parametrize("seq", [1, 5, ENTRIES - 1])
def test_deleted_entry_is_reported(trail: Path, seq: int) -> None:
    with attacker(trail) as conn:
        conn.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
    found = problems(trail)
    assert found[0] == (
        f"audit trail: entry {seq + 1} found where entry {seq} was expected "
        "(an entry was deleted, inserted or reordered)"
    )


def test_reordered_entries_are_reported(trail: Path) -> None:
    """Swap the contents of two rows (the sequence numbers stay in place)."""
    with attacker(trail) as conn:
        four, seven = row(conn, 4), row(conn, 7)
        update = (
            "UPDATE audit_log SET at = ?, actor = ?, action = ?, entity = ?, entity_id = ?, detail = ?, "
            "prev_hash = ?, hash = ? WHERE seq = ?"
        )
        conn.execute(update, (*seven[1:], 4))
        conn.execute(update, (*four[1:], 7))
    found = problems(trail)
    assert found[0].startswith("audit trail: entry 4 does not follow the entry before it")


def test_reordered_entries_with_their_numbers_are_reported(trail: Path) -> None:
    """Swap two whole rows including their sequence numbers' places (storage order changes)."""
    with attacker(trail) as conn:
        four, seven = row(conn, 4), row(conn, 7)
        conn.execute("DELETE FROM audit_log WHERE seq IN (4, 7)")
        conn.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (4, *seven[1:]))
        conn.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (7, *four[1:]))
    assert problems(trail)[0].startswith("audit trail: entry 4 ")


def test_inserted_entry_is_reported(trail: Path) -> None:
    """A well-formed entry slipped in after entry 6; the later ones are renumbered to make room."""
    with attacker(trail) as conn:
        six = row(conn, 6)
        conn.execute("UPDATE audit_log SET seq = -seq WHERE seq > 6")
        conn.execute("UPDATE audit_log SET seq = 1 - seq WHERE seq < 0")
        forged = AuditRecord(7, six[1], ADMIN, "user.created", "user", "99", {"role": "admin"}, six[8])
        conn.execute(
            "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                7,
                forged.at,
                forged.actor,
                forged.action,
                forged.entity,
                forged.entity_id,
                '{"role": "admin"}',
                forged.prev_hash,
                compute_hash(forged),
            ),
        )
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == ENTRIES + 1
    found = problems(trail)
    assert found[0].startswith("audit trail: entry 8 ")


def test_appended_forgery_is_reported(trail: Path) -> None:
    with attacker(trail) as conn:
        conn.execute(
            "INSERT INTO audit_log VALUES (?, '2026-01-01T00:00:00.000000+00:00', 'mallory', 'x', '', '', '{}', ?, ?)",
            (ENTRIES + 1, "0" * 64, "f" * 64),
        )
    assert problems(trail)[0].startswith(f"audit trail: entry {ENTRIES + 1} does not follow")


# -- the tail and its anchors ------------------------------------------------------------------------


def cut_tail(path: Path, newest: int) -> None:
    with attacker(path) as conn:
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (ENTRIES - newest,))


def test_cut_tail_is_caught_by_both_anchors(trail: Path) -> None:
    cut_tail(trail, 3)
    found = problems(trail)
    assert not any("entry" in p and "expected" in p for p in found)  # the chain itself looks fine
    cut = f"the audit trail has {ENTRIES - 3} entries but {ENTRIES} were recorded at the last anchor"
    assert f"audit trail: {cut}: the newest entries were deleted (anchor kept in the sidecar file)" in found
    assert f"audit trail: {cut}: the newest entries were deleted (anchor kept in the keyring)" in found


def test_cut_tail_is_caught_by_the_keyring_anchor_alone(trail: Path) -> None:
    sidecar_path(trail).unlink()
    cut_tail(trail, 1)
    found = problems(trail)
    assert len(found) == 1
    assert "newest entries were deleted (anchor kept in the keyring)" in found[0]


def test_cut_tail_is_caught_by_the_sidecar_anchor_alone(trail: Path) -> None:
    keyring.delete_password("eapdesk", f"db:{identity_of(trail)}:anchor")
    cut_tail(trail, 1)
    found = problems(trail)
    assert len(found) == 1
    assert "newest entries were deleted (anchor kept in the sidecar file)" in found[0]


def test_cut_tail_stays_detectable_after_the_app_is_used_again(trail: Path) -> None:
    """Using the database after a cut appends new entries and takes new anchors at close; the new anchor
    must not paper over the cut (it would, if anchors only compared lengths)."""
    cut_tail(trail, 2)
    for _ in range(2):
        with Workspace.open(trail) as workspace:
            session = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
            workspace.lock(session)
            workspace.sign_out(session)
    found = problems(trail)
    assert any(
        f"audit entry {ENTRIES} differs from the one recorded at the last anchor" in p for p in found
    ), found


def test_edited_anchor_is_not_authentic(trail: Path) -> None:
    side = sidecar_path(trail)
    side.write_text(side.read_text().replace(f'"count": {ENTRIES}', f'"count": {ENTRIES - 2}'))
    found = problems(trail)
    assert found == [
        "audit anchor (sidecar file) is not authentic: it was edited or belongs to another database"
    ]


def test_known_limit_tail_cut_is_undetectable_without_any_anchor(trail: Path) -> None:
    """KNOWN LIMIT, documented: whoever holds the key AND removes both anchors (the sidecar file and the
    keyring entry) can cut the newest entries without ``verify`` noticing; the chain itself stays
    consistent. Keeping a copy of the sidecar (for example in backups) narrows this."""
    sidecar_path(trail).unlink()
    keyring.delete_password("eapdesk", f"db:{identity_of(trail)}:anchor")
    cut_tail(trail, 3)
    report = verify_database(trail, keystore=Keystore())
    assert report.ok, report.problems
    assert report.audit_entries == ENTRIES - 3


def test_verify_through_the_service_is_admin_only_and_audited(trail: Path) -> None:
    with attacker(trail) as conn:
        conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")
    with Workspace.open(trail) as workspace:
        session = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
        report = workspace.audit.verify(session)
        assert not report.ok
        assert report.problems[0] == "audit trail: entry 2 was altered after it was written"
        last = workspace.db.query("SELECT actor, action, detail FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
        assert last[:2] == (ADMIN, "audit.verified")
        assert '"ok": false' in last[2]
