"""Nothing readable on disk after a whole administrator's session through the command line: init, user
add with a canary full name, list, backup, restore, rekey, verify. The database and every file beside it,
the backups, the temporary folder and the per-user config, cache and data folders are scanned for the
canary, the full names and every key's hex form."""

from __future__ import annotations

import secrets
from pathlib import Path

import keyring

from app.domain import recovery_key
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.support.cli_tools import eapdesk
from tests.support.store_tools import files_containing, files_under, identity_of, keyring_key, raw_connection

BACKUP_PASSPHRASE = "backup passphrase 2026"


def test_a_whole_cli_session_leaves_nothing_readable(tmp_path: Path, db_path: Path) -> None:
    canary = f"CANARY-{secrets.token_hex(8)}"
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    env = {"TMPDIR": str(private_tmp), "SQLITE_TMPDIR": str(private_tmp)}
    keys: list[bytes] = []

    def run(*args: object, stdin: str = "") -> str:
        result = eapdesk(*args, stdin=stdin, env=env)
        assert result.status == 0, result
        return result.stdout

    out = run("init", "--db", db_path, "--admin", ADMIN, stdin=f"{ADMIN_PASSWORD}\n")
    keys.append(recovery_key.decode(out.split("recovery-key ")[1].split()[0]))
    run(
        "user", "add", "wei.ling", "--role", "counsellor", "--full-name", f"陳維玲 {canary}",
        "--db", db_path, "--user", ADMIN, stdin=f"{ADMIN_PASSWORD}\ncounsellor-pass-1\n",
    )  # fmt: skip
    assert canary not in run("user", "list", "--db", db_path, "--user", ADMIN, stdin=f"{ADMIN_PASSWORD}\n")
    backups = tmp_path / "backups"
    backups.mkdir()
    run("backup", "--db", db_path, "--out", backups / "office.bak", stdin=f"{BACKUP_PASSPHRASE}\n")
    restored = tmp_path / "restored" / "eapdesk.db"
    restored.parent.mkdir()
    out = run("restore", "--from", backups / "office.bak", "--db", restored, stdin=f"{BACKUP_PASSPHRASE}\n")
    keys.append(recovery_key.decode(out.split("recovery-key ")[1].split()[0]))
    out = run("rekey", "--db", db_path)
    keys.append(recovery_key.decode(out.split("recovery-key ")[1].split()[0]))
    run("verify", "--db", db_path)
    run("verify", "--db", restored)

    # The canary really is in there, readable with the key.
    with raw_connection(restored, key=keyring_key(restored)) as conn:
        assert conn.execute(
            "SELECT count(*) FROM users WHERE display_name LIKE ?", (f"%{canary}%",)
        ).fetchone() == (1,)

    needles = [canary.encode(), "陳維玲".encode(), BACKUP_PASSPHRASE.encode(), ADMIN_PASSWORD.encode()]
    for key in keys:
        needles += [key, key.hex().encode(), key.hex().upper().encode()]
    roots = [db_path.parent, backups, restored.parent, private_tmp, tmp_path / "home"]
    assert files_containing(needles, *roots) == []
    names = sorted(p.name for p in files_under(db_path.parent, restored.parent, backups))
    assert names == sorted(
        [
            "eapdesk.db", "eapdesk.db.eapdesk.json", "eapdesk.db.lock",  # live
            "eapdesk.db", "eapdesk.db.eapdesk.json", "eapdesk.db.lock",  # restored
            "office.bak",
        ]
    )  # fmt: skip
    assert list(private_tmp.iterdir()) == []


def test_restore_into_passphrase_mode(tmp_path: Path, db_path: Path) -> None:
    assert eapdesk("init", "--db", db_path, "--admin", ADMIN, stdin=f"{ADMIN_PASSWORD}\n").status == 0
    backup = tmp_path / "office.bak"
    assert eapdesk("backup", "--db", db_path, "--out", backup, stdin=f"{BACKUP_PASSPHRASE}\n").status == 0
    target = tmp_path / "server" / "eapdesk.db"
    target.parent.mkdir()
    env = {"EAPDESK_PASSPHRASE": "server passphrase 2026"}
    result = eapdesk(
        "restore", "--from", backup, "--db", target, "--no-keyring", stdin=f"{BACKUP_PASSPHRASE}\n", env=env
    )
    assert result.status == 0, result
    assert "recovery-key" not in result.stdout
    assert keyring.get_password("eapdesk", f"db:{identity_of(target)}") is None
    listing = eapdesk("user", "list", "--db", target, "--user", ADMIN, stdin=f"{ADMIN_PASSWORD}\n", env=env)
    assert listing.status == 0, listing
    assert eapdesk("verify", "--db", target, env=env).status == 0
