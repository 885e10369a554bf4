"""Tests for tests/support/sqlcipher4_reader.py, the independent SQLCipher 4 reader.

Databases are created with ``sqlcipher3`` directly (not through the application), decrypted with the
pure-Python reader and read back with the standard library's ``sqlite3``.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlcipher3

from tests.support.sqlcipher4_reader import (
    PAGE_SIZE,
    RESERVE_SIZE,
    SALT_SIZE,
    SQLITE_MAGIC,
    decrypt_to_sqlite,
    read_salt,
)

REPO_ROOT = Path(__file__).resolve().parent.parent

RAW_KEY = bytes.fromhex("8f3c1a5e9b2d4f6071829304a5b6c7d8e9fa0b1c2d3e4f5061728394a5b6c7d8")
EXPLICIT_SALT = bytes.fromhex("00112233445566778899aabbccddeeff")

Row = tuple[int, str, str]


def _rows() -> list[Row]:
    rows: list[Row] = [
        (1, "陳大文", "危機個案：需要即時跟進。"),
        (2, "李小明", "Risk review — 風險評估已完成"),
        (3, "王芳", "简体中文：员工援助计划"),
        (4, "Ada Lovelace", "plain ASCII"),
    ]
    # Enough rows for many leaf pages and an interior page.
    rows += [(n, f"員工 {n:04d}", f"第 {n} 次面談紀錄。" * 12) for n in range(5, 400)]
    # One value far larger than a page: overflow pages.
    rows.append((400, "長文本", "輔導紀錄" * 3000))
    return rows


def _create_database(path: Path, key_literal: str, *, close: bool) -> sqlcipher3.Connection | None:
    """Create a WAL-mode SQLCipher database with sqlcipher3, write the rows and checkpoint the WAL."""
    conn = sqlcipher3.connect(str(path))
    conn.execute(f'PRAGMA key = "{key_literal}"')
    assert conn.execute("PRAGMA cipher_version").fetchone() is not None, "sqlcipher3 is not SQLCipher"
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT NOT NULL)")
    conn.execute("CREATE INDEX person_name ON person(name)")
    conn.executemany("INSERT INTO person (id, name, note) VALUES (?, ?, ?)", _rows())
    conn.commit()
    busy, _log, _checkpointed = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy == 0
    if close:
        conn.close()
        return None
    return conn


def _read_plain(path: Path) -> list[Row]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return conn.execute("SELECT id, name, note FROM person ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def encrypted_db(tmp_path: Path) -> Path:
    path = tmp_path / "enc.db"
    _create_database(path, f"x'{RAW_KEY.hex()}'", close=True)
    return path


@pytest.mark.parametrize("close_first", [True, False], ids=["closed", "open-after-checkpoint"])
def test_decrypts_database_made_with_raw_key(tmp_path: Path, *, close_first: bool) -> None:
    path = tmp_path / "enc.db"
    conn = _create_database(path, f"x'{RAW_KEY.hex()}'", close=close_first)
    try:
        raw = path.read_bytes()
        assert len(raw) % PAGE_SIZE == 0
        assert len(raw) // PAGE_SIZE > 10
        assert not raw.startswith(SQLITE_MAGIC)
        assert "輔導紀錄".encode() not in raw, "plaintext found in the encrypted file"

        out = tmp_path / "plain.db"
        decrypt_to_sqlite(path, RAW_KEY, out)
    finally:
        if conn is not None:
            conn.close()

    plain = out.read_bytes()
    assert len(plain) == len(raw)
    assert plain.startswith(SQLITE_MAGIC)
    assert int.from_bytes(plain[16:18], "big") == PAGE_SIZE
    assert plain[20] == RESERVE_SIZE
    assert _read_plain(out) == _rows()


def test_explicit_salt_is_the_first_16_bytes(tmp_path: Path) -> None:
    path = tmp_path / "salted.db"
    _create_database(path, f"x'{RAW_KEY.hex()}{EXPLICIT_SALT.hex()}'", close=True)
    assert read_salt(path) == EXPLICIT_SALT
    assert path.read_bytes()[:SALT_SIZE] == EXPLICIT_SALT

    out = tmp_path / "plain.db"
    decrypt_to_sqlite(path, RAW_KEY, out)
    assert _read_plain(out) == _rows()


def test_random_salt_differs_between_databases(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    _create_database(a, f"x'{RAW_KEY.hex()}'", close=True)
    _create_database(b, f"x'{RAW_KEY.hex()}'", close=True)
    assert read_salt(a) != read_salt(b)


def test_wrong_key_fails_on_page_1(encrypted_db: Path, tmp_path: Path) -> None:
    wrong = bytes(reversed(RAW_KEY))
    with pytest.raises(ValueError, match=r"HMAC check failed on page 1\b"):
        decrypt_to_sqlite(encrypted_db, wrong, tmp_path / "plain.db")


_DATA_END = PAGE_SIZE - RESERVE_SIZE


@pytest.mark.parametrize(
    ("page", "offset"),
    [
        pytest.param(1, 100, id="page-1-ciphertext"),
        pytest.param(1, 3, id="page-1-salt"),
        pytest.param(2, 0, id="page-2-first-byte"),
        pytest.param(3, _DATA_END - 1, id="page-3-last-data-byte"),
        pytest.param(4, _DATA_END + 5, id="page-4-iv"),
        pytest.param(5, PAGE_SIZE - 1, id="page-5-hmac"),
    ],
)
def test_tampered_byte_is_detected(encrypted_db: Path, tmp_path: Path, page: int, offset: int) -> None:
    raw = bytearray(encrypted_db.read_bytes())
    raw[(page - 1) * PAGE_SIZE + offset] ^= 0x01
    encrypted_db.write_bytes(bytes(raw))

    out = tmp_path / "plain.db"
    with pytest.raises(ValueError, match=rf"HMAC check failed on page {page}\b"):
        decrypt_to_sqlite(encrypted_db, RAW_KEY, out)
    assert not out.exists()


def test_last_page_tamper_names_last_page(encrypted_db: Path, tmp_path: Path) -> None:
    raw = bytearray(encrypted_db.read_bytes())
    last_page = len(raw) // PAGE_SIZE
    raw[-PAGE_SIZE + 1234] ^= 0x80
    encrypted_db.write_bytes(bytes(raw))
    with pytest.raises(ValueError, match=rf"page {last_page}\b"):
        decrypt_to_sqlite(encrypted_db, RAW_KEY, tmp_path / "plain.db")


def test_rejects_truncated_file(encrypted_db: Path, tmp_path: Path) -> None:
    encrypted_db.write_bytes(encrypted_db.read_bytes()[:-100])
    with pytest.raises(ValueError, match="not a multiple of the page size"):
        decrypt_to_sqlite(encrypted_db, RAW_KEY, tmp_path / "plain.db")


def test_rejects_short_key(encrypted_db: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        decrypt_to_sqlite(encrypted_db, RAW_KEY[:16], tmp_path / "plain.db")


def test_reader_is_independent_of_sqlcipher3(encrypted_db: Path, tmp_path: Path) -> None:
    """The reader works in a process where sqlcipher3 cannot be imported at all."""
    out = tmp_path / "plain.db"
    script = textwrap.dedent(
        f"""
        import sqlite3, sys
        from pathlib import Path
        sys.modules["sqlcipher3"] = None  # any import of it now raises ImportError
        from tests.support.sqlcipher4_reader import decrypt_to_sqlite
        decrypt_to_sqlite(Path({str(encrypted_db)!r}), bytes.fromhex({RAW_KEY.hex()!r}), Path({str(out)!r}))
        assert not any(name.startswith("sqlcipher3") and mod is not None for name, mod in sys.modules.items())
        print(sqlite3.connect({str(out)!r}).execute("SELECT count(*) FROM person").fetchone()[0])
        """
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(len(_rows()))
