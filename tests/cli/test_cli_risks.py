"""``eapdesk import risks`` and ``eapdesk export risks`` end to end through child processes.

Exit statuses: 0 imported / exported, 1 the file has row problems (all printed, nothing imported),
2 a file that cannot be read as a register or a usage error, 3 authentication or permission.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ADMIN, ADMIN_PASSWORD, REPO
from tests.support.cli_tools import eapdesk
from tests.support.store_tools import keyring_key, make_office, raw_connection

SAMPLES = REPO / "tests" / "data" / "risks"
HR_PASSWORD = "hr-manager-pass-1"
PASSPHRASE = "office passphrase 1"


@pytest.fixture
def office(db_path: Path) -> Path:
    make_office(db_path, (("ka.ho", "hr_manager", HR_PASSWORD, ""),))
    return db_path


def risk_count(db: Path, **key: object) -> int:
    with raw_connection(db, **key or {"key": keyring_key(db)}) as conn:  # type: ignore[arg-type]
        return conn.execute("SELECT count(*) FROM risks").fetchone()[0]


def import_risks(
    db: Path, file: Path, *extra: str, user: str = ADMIN, password: str = ADMIN_PASSWORD, **env: str
):
    return eapdesk(
        "import", "risks", file, "--db", db, "--user", user, *extra, stdin=f"{password}\n", env=env
    )


def test_import_then_export_both_formats(office: Path, tmp_path: Path) -> None:
    result = import_risks(office, SAMPLES / "register_zh_tw.csv")
    assert result.status == 0, result
    assert "Imported 33 risks from register_zh_tw.csv." in result.stdout
    assert risk_count(office) == 33
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"register.{fmt}"
        exported = eapdesk(
            "export",
            "risks",
            "--format",
            fmt,
            "--out",
            out,
            "--db",
            office,
            "--user",
            ADMIN,
            stdin=f"{ADMIN_PASSWORD}\n",
        )
        assert exported.status == 0, exported
        assert f"Exported 33 risks to {out}" in exported.stdout
        assert out.stat().st_size > 0
    again = eapdesk(
        "export", "risks", "--format", "csv", "--out", tmp_path / "register.csv", "--db", office, "--user", ADMIN,
        stdin=f"{ADMIN_PASSWORD}\n",
    )  # fmt: skip
    assert again.status == 2
    assert "already exists" in again.stderr


def test_row_errors_are_printed_one_per_line_and_nothing_is_imported(office: Path) -> None:
    result = import_risks(office, SAMPLES / "broken_out_of_range.csv")
    assert result.status == 1, result
    problems = [line for line in result.stdout.splitlines() if line.startswith("problem: ")]
    assert problems == [
        "problem: row 3, likelihood: is 7; the likelihood scale is 1 to 5",
        "problem: row 6, impact: is 0; the impact scale is 1 to 5",
    ]
    assert "nothing was imported" in result.stderr
    assert risk_count(office) == 0


def test_a_missing_column_is_named_and_a_map_fixes_it(office: Path, tmp_path: Path) -> None:
    own = tmp_path / "own.csv"
    own.write_text(
        "Hazard,Source,Who,P,I\nTyphoon closes office,Natural disaster,Crisis lead,4,3\n", encoding="utf-8"
    )
    refused = import_risks(office, own)
    assert refused.status == 1
    assert "problem: row 1, title: no column holds title" in refused.stdout
    result = import_risks(office, own, "--map", "Hazard=title", "--map", "Who=owner", "--map", "P=likelihood")
    assert result.status == 0, result
    assert risk_count(office) == 1


def test_a_score_mismatch_is_printed_as_a_warning_and_imports(office: Path) -> None:
    result = import_risks(office, SAMPLES / "warning_score_mismatch.csv")
    assert result.status == 0, result
    assert "warning: row 3, score: the file says 20" in result.stdout
    assert "(1 warning above)" in result.stdout
    assert risk_count(office) == 6


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("broken_not_really.xlsx", "is a PDF"),
        ("broken_empty.csv", "is empty"),
        ("no_such_file.csv", "cannot be read"),
    ],
)
def test_unreadable_files_exit_2(office: Path, name: str, message: str) -> None:
    result = import_risks(office, SAMPLES / name)
    assert result.status == 2, result
    assert message in result.stderr
    assert risk_count(office) == 0


def test_a_bad_map_option_is_a_usage_error(office: Path) -> None:
    result = import_risks(office, SAMPLES / "register_zh_tw.csv", "--map", "no equals sign")
    assert result.status == 2
    assert "Header=field" in result.stderr


def test_hr_manager_and_a_wrong_password_exit_3(office: Path) -> None:
    denied = import_risks(office, SAMPLES / "register_zh_tw.csv", user="ka.ho", password=HR_PASSWORD)
    assert denied.status == 3, denied
    wrong = import_risks(office, SAMPLES / "register_zh_tw.csv", password="not-the-password")
    assert wrong.status == 3
    assert risk_count(office) == 0


def test_a_passphrase_database_imports_with_the_passphrase_from_the_environment(db_path: Path) -> None:
    make_office(db_path, passphrase=PASSPHRASE)
    result = import_risks(db_path, SAMPLES / "register_bilingual.xlsx", EAPDESK_PASSPHRASE=PASSPHRASE)
    assert result.status == 0, result
    assert risk_count(db_path, passphrase=PASSPHRASE) == 33
    missing = import_risks(db_path, SAMPLES / "register_bilingual.xlsx")
    assert missing.status == 4
