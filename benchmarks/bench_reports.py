"""The PDF reports on a demo database with about 1,000 incidents in the last quarter.

One database per run, made the way a user makes one (``create_demo_database``, passphrase mode so
the child processes need no keyring): 1,350 demo incidents, whose ages the generator skews towards
the recent past so that about 1,000 fall in the last 91 days, with the demo's risk register, drill
programme and rota. Then:

- the incident summary in-process after warm-up (``ReportService.incident_summary``: gather through
  the services, lay out, render, audit), internal and board: under 300 ms;
- the board report for the last quarter in-process after warm-up (``BoardReportService.generate``):
  under 2 s;
- each again as a cold ``eapdesk report …`` child process (interpreter start, imports, font
  registration, unlock, sign-in with Argon2id, generate, write), with the child's peak resident
  memory (``ru_maxrss``, taken through ``benchmarks.peak_rss`` so that the size of this process does
  not leak into it): informational;
- the peak of Python allocations while generating one of each in-process (``tracemalloc``).
"""

from __future__ import annotations

import os
import subprocess
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.services.demo import DEMO_ACCOUNTS, create_demo_database
from app.services.workspace import Workspace
from app.storage.keys import KeyMode
from benchmarks.registry import Budget, Context, Row, benchmark
from benchmarks.timing import sample

INCIDENTS = 1_350
QUARTER_DAYS = 91
PASSPHRASE = "bench-reports-passphrase-2026"
SUMMARY_BUDGET = Budget(max_value=0.300)
BOARD_BUDGET = Budget(max_value=2.0)
LEAD = DEMO_ACCOUNTS[0]


def _build(ctx: Context) -> tuple[Path, float]:
    path = ctx.workdir / "reports.db"
    started = time.perf_counter()
    created, _accounts = create_demo_database(
        path, key_mode=KeyMode.PASSPHRASE, passphrase=PASSPHRASE, incidents=INCIDENTS
    )
    created.workspace.close()
    return path, time.perf_counter() - started


def _cold(ctx: Context, args: list[str], out: Path) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one ``python -m app report …`` child process."""
    out.unlink(missing_ok=True)
    env = {**os.environ, "EAPDESK_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    peak_file = ctx.workdir / "peak-rss.txt"
    command = [ctx.python, "-m", "app", "report", *args, "--out", str(out), "--user", LEAD.username]
    started = time.perf_counter()
    process = subprocess.run(
        [ctx.python, "-m", "benchmarks.peak_rss", str(peak_file), "--", *command],
        input=(LEAD.password + "\n").encode(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ctx.repo_root,
        check=False,
    )
    seconds = time.perf_counter() - started
    if process.returncode != 0 or not out.exists():
        error = process.stderr.decode(errors="replace")
        raise RuntimeError(f"eapdesk report {args[0]} exited {process.returncode}: {error.strip()[-400:]}")
    return seconds, int(peak_file.read_text(encoding="ascii")) / 1024  # KiB on Linux


def _peak_mb(fn: object) -> float:
    tracemalloc.start()
    try:
        fn()  # type: ignore[operator]
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


@benchmark("reports", order=70)
def run(ctx: Context) -> list[Row]:
    ctx.progress(f"reports: building a demo database with {INCIDENTS:,} incidents")
    path, build_seconds = _build(ctx)
    rows = [
        Row.single(f"build: demo database, {INCIDENTS:,} incidents", [build_seconds], note="informational")
    ]
    workspace = Workspace.open(path, passphrase=PASSPHRASE)
    session = workspace.sign_in(LEAD.username, LEAD.password)
    try:
        reports = workspace.reports
        code = workspace.db.query_value(
            "SELECT i.code FROM incidents i JOIN incident_timeline t ON t.incident_id = i.id "
            "GROUP BY i.id ORDER BY count(*) DESC, i.id LIMIT 1"
        )
        entries = workspace.db.query_value(
            "SELECT count(*) FROM incident_timeline t JOIN incidents i ON i.id = t.incident_id WHERE i.code = ?",
            (code,),
        )
        sizes: dict[str, int] = {}
        for audience in ("internal", "board"):

            def summary(audience: str = audience) -> None:
                sizes[audience] = len(reports.incident_summary(session, code, audience=audience).pdf)

            samples = sample(summary, repeat=ctx.reps(15, 5), warmup=2)
            rows.append(
                Row.single(
                    f"incident summary PDF, {audience} (in-process, after warm-up)",
                    samples,
                    budget=SUMMARY_BUDGET,
                    note=f"{code}: {entries} timeline entries, {sizes[audience] // 1024} KiB",
                )
            )
        rows.append(
            Row.single(
                "incident summary: peak Python allocations while generating",
                [_peak_mb(lambda: reports.incident_summary(session, code, audience="internal"))],
                unit="MB",
                note="tracemalloc peak, internal version",
            )
        )
        rows += _board_rows(ctx, workspace, session)
    finally:
        workspace.sign_out(session)
        workspace.close()
    ctx.progress("reports: cold eapdesk report child processes")
    seconds, rss = _cold(
        ctx, ["incident", code, "--db", str(path), "--audience", "board"], ctx.workdir / "s.pdf"
    )
    rows.append(
        Row.single(
            "cold CLI: eapdesk report incident (new process)",
            [seconds],
            note=f"peak RSS {rss:.0f} MB; includes start-up, unlock and Argon2id sign-in (and the start "
            "of the small launcher that measures the peak, about 20 ms)",
        )
    )
    if hasattr(Workspace, "board_report"):
        end = datetime.now(UTC).date()
        start = end - timedelta(days=QUARTER_DAYS - 1)
        board_args = ["board", "--db", str(path), "--from", start.isoformat(), "--to", end.isoformat()]
        seconds, rss = _cold(ctx, board_args, ctx.workdir / "b.pdf")
        rows.append(
            Row.single(
                "cold CLI: eapdesk report board, last quarter (new process)",
                [seconds],
                note=f"peak RSS {rss:.0f} MB",
            )
        )
    return rows


def _board_rows(ctx: Context, workspace: Workspace, session: object) -> list[Row]:
    service = getattr(workspace, "board_report", None)
    if service is None:
        return [Row.not_available("board report PDF, last quarter", "the board report is not built yet")]
    end = datetime.now(UTC).date()
    start = end - timedelta(days=QUARTER_DAYS - 1)
    low = datetime.combine(start, datetime.min.time(), UTC)
    in_quarter = sum(
        datetime.fromisoformat(at) >= low for (at,) in workspace.db.query("SELECT reported_at FROM incidents")
    )
    sizes: list[int] = []
    samples = sample(
        lambda: sizes.append(len(service.generate(session, start, end).pdf)),
        repeat=ctx.reps(7, 3),
        warmup=1,
    )
    return [
        Row.single(
            "board report PDF, last quarter (in-process, after warm-up)",
            samples,
            budget=BOARD_BUDGET,
            note=f"{in_quarter:,} incidents reported in {start}..{end}; {sizes[-1] // 1024} KiB",
        ),
        Row.single(
            "board report: peak Python allocations while generating",
            [_peak_mb(lambda: service.generate(session, start, end))],
            unit="MB",
            note="tracemalloc peak",
        ),
    ]
