"""The 2,000-risk register for the risk-matrix benchmark, built once per run, and its plain-SQLite twin.

Built like the case-list data (``benchmarks.case_list_data``): a SQLCipher file made the way the
product makes one, one admin account, then the demo generator (``app.services.demo_risks``) with
2,000 risks of 20 quarterly reviews each (five years of history), written in one transaction. The
plain-SQLite reference is exported from that file with ``sqlcipher_export`` rather than generated
again, so both sides hold the very same rows, and opened through ``benchmarks.plain_sqlite``.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime

from app.domain.roles import Role
from app.services.demo_risks import fill_demo_risks
from app.services.users import insert_account
from app.storage.clock import utc_now
from app.storage.database import Database, remove_database_files
from benchmarks.storage_sides import Sides

NAME = "risks"
RISKS = 2_000
REVIEWS = 20
USERNAME = "lead"
PASSWORD = "bench-lead-password-2026"
SEED = 2026


@dataclass(frozen=True, slots=True)
class RiskData:
    sides: Sides
    name: str
    now: datetime  # the generator's "now": review dates and overdue risks are relative to it
    risks: int
    reviews: int
    snapshots: int
    build_seconds: float
    build_cpu_seconds: float
    export_seconds: float


def export_plain(db: Database, sides: Sides, name: str) -> None:
    """Copy the SQLCipher file's schema and rows to the two plain sides (``stdlib`` and ``unkeyed``)."""
    plain = sides.path("stdlib", name)
    remove_database_files(plain)
    conn = db._conn
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(plain),))
    try:
        conn.execute("SELECT sqlcipher_export('plaintext')")
    finally:
        conn.execute("DETACH DATABASE plaintext")
    with sqlite3.connect(plain) as out:
        out.execute(f"PRAGMA user_version = {int(user_version)}")
        out.execute(f"PRAGMA application_id = {int(application_id)}")
        out.execute("PRAGMA journal_mode = WAL")
    out.close()
    shutil.copyfile(plain, sides.path("unkeyed", name))


def build(sides: Sides, risks: int = RISKS, reviews: int = REVIEWS) -> RiskData:
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
                display_name="Bench lead",
                role=Role.ADMIN,
                password=PASSWORD,
                now=now,
            )
        filled = fill_demo_risks(
            db, seed=SEED, now=now, actor=USERNAME, reviewers=[user_id], count=risks, reviews=reviews
        )
        build_seconds, build_cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
        started = time.perf_counter()
        export_plain(db, sides, NAME)
    finally:
        db.close()
    return RiskData(
        sides,
        NAME,
        now,
        filled.risks,
        filled.reviews,
        filled.snapshots,
        build_seconds,
        build_cpu_seconds,
        time.perf_counter() - started,
    )
