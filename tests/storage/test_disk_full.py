"""A full disk: clear messages, nothing half-made, committed data intact (a real small tmpfs)."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.roles import Role
from app.services.errors import DiskError
from app.services.maintenance import create_database, verify_database
from app.services.workspace import Workspace
from app.storage.keystore import Keystore
from tests.conftest import ADMIN, ADMIN_PASSWORD, run_cli


def _mount_small_disk(folder: Path, size: str) -> bool:
    folder.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, check=False
    )
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / f"disk-{uuid.uuid4().hex[:8]}"
    if not _mount_small_disk(folder, "1m"):
        pytest.skip("mounting a tmpfs needs root in a namespace that allows it")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def test_demo_on_a_full_disk_says_so_and_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "tiny"
    if not _mount_small_disk(folder, "60k"):
        pytest.skip("mounting a tmpfs needs root in a namespace that allows it")
    try:
        result = run_cli("demo", "--db", folder / "x.db")
        assert result.status == 1, result
        assert "is full; nothing was saved" in result.stderr
        assert list(folder.iterdir()) == []
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_write_on_a_full_disk_is_refused_and_committed_data_survives(
    small_disk: Path, keystore: Keystore
) -> None:
    path = small_disk / "office.db"
    created = create_database(path, ADMIN, ADMIN_PASSWORD, keystore=keystore)
    workspace = created.workspace
    admin = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
    workspace.users.create(admin, "before.full", Role.COUNSELLOR, "counsellor-pass-1")
    filler = small_disk / "filler"
    with filler.open("wb", buffering=0) as handle:  # take every remaining byte
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass

    def fill_the_wal() -> None:
        for number in range(200):  # the WAL grows until a commit cannot be written
            workspace.users.create(admin, f"after.full{number}", Role.COUNSELLOR, "counsellor-pass-1")

    with pytest.raises(DiskError, match="full"):
        fill_the_wal()
    workspace.close()
    filler.unlink()
    assert verify_database(path, keystore=keystore).ok
    with Workspace.open(path, keystore=keystore) as reopened:
        session = reopened.sign_in(ADMIN, ADMIN_PASSWORD)
        names = [user.username for user in reopened.users.list(session)]
    assert "before.full" in names
