"""The 100,000-incident case-list database, built once per run, and its plain-SQLite twin.

The SQLCipher file is made the way the product makes one (``Database.create`` with a raw key, the
app's migrations and pragmas), given one admin account, and filled by the demo generator
(``app.services.demo_incidents``) with its bulk writes. The plain-SQLite reference must hold the
very same pages' worth of data, so it is not generated a second time but exported from the
SQLCipher file with ``sqlcipher_export`` (schema, rows and the full-text index's own tables),
then copied for the second plain side; the schema version and application id are copied too, and
both are opened through ``benchmarks.plain_sqlite`` like every other storage reference.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime

from app.domain.roles import Role
from app.services.demo_incidents import DemoFillResult, StaffMember, fill_demo_incidents
from app.services.users import insert_account
from app.storage.clock import utc_now
from app.storage.database import remove_database_files
from benchmarks.storage_sides import Sides

NAME = "cases"
INCIDENTS = 100_000
USERNAME = "lead"
PASSWORD = "bench-lead-password-2026"
SEED = 2026


@dataclass(frozen=True, slots=True)
class CaseListData:
    sides: Sides
    name: str
    now: datetime  # the generator's "now": open cases and overdue clocks are relative to it
    count: int
    build_seconds: float
    build_cpu_seconds: float  # this process's CPU time: the wall time depends on other load
    export_seconds: float
    fill: DemoFillResult
    file_bytes: int


def build(sides: Sides, count: int = INCIDENTS, progress: object = None) -> CaseListData:
    """Create, fill and export; the SQLCipher file is closed afterwards (benchmarks reopen it)."""
    now = utc_now()
    started, cpu = time.perf_counter(), time.process_time()
    db = sides.create("sqlcipher", NAME)
    try:
        with db.transaction() as conn:
            user_id = insert_account(
                conn,
                actor="bench",
                username=USERNAME,
                display_name="Grace Lin 林雅婷",
                role=Role.ADMIN,
                password=PASSWORD,
                now=now,
            )
        fill = fill_demo_incidents(
            db,
            count=count,
            seed=SEED,
            now=now,
            staff=[StaffMember(user_id, USERNAME)],
            actor=USERNAME,
            progress=progress,  # type: ignore[arg-type]
        )
        build_seconds, build_cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
        started = time.perf_counter()
        plain = sides.path("stdlib", NAME)
        remove_database_files(plain)
        conn = db._conn
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(plain),))
        try:
            conn.execute("SELECT sqlcipher_export('plaintext')")
        finally:
            conn.execute("DETACH DATABASE plaintext")
    finally:
        db.close()
    with sqlite3.connect(plain) as out:
        out.execute(f"PRAGMA user_version = {int(user_version)}")
        out.execute(f"PRAGMA application_id = {int(application_id)}")
        out.execute("PRAGMA journal_mode = WAL")
    out.close()
    shutil.copyfile(plain, sides.path("unkeyed", NAME))
    export_seconds = time.perf_counter() - started
    return CaseListData(
        sides,
        NAME,
        now,
        count,
        build_seconds,
        build_cpu_seconds,
        export_seconds,
        fill,
        sides.path("sqlcipher", NAME).stat().st_size,
    )
