"""``python -m benchmarks [NAME ...]``: run the registered benchmarks, print one table, write JSON.

Exit status: 0 when every budgeted row is within budget (rows that could not be measured do not
count), 1 when a row is over budget or a benchmark failed, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from benchmarks.registry import ERROR, OVER, Benchmark, Context, Row, discover, select
from benchmarks.report import environment, format_table, write_json

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_JSON = REPO_ROOT / ".bench" / "results.json"


def _run_one(bench: Benchmark, ctx: Context) -> list[Row]:
    started = time.perf_counter()
    ctx.progress(f"{bench.name}: {bench.summary or 'running'}")
    try:
        rows = bench.run(ctx)
    except Exception as error:  # a broken benchmark must not hide the others' figures
        traceback.print_exc(file=sys.stderr)
        rows = [Row(label="(benchmark failed)", error=f"{type(error).__name__}: {error}")]
    for row in rows:
        row.benchmark = bench.name
    ctx.progress(f"{bench.name}: done in {time.perf_counter() - started:.1f} s")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="run only benchmarks whose name contains one of these")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (rougher figures)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"default: {DEFAULT_JSON}")
    args = parser.parse_args(argv)

    benchmarks = discover()
    if args.list:
        for bench in benchmarks:
            print(f"{bench.name:<16} {bench.summary}")
        return 0
    chosen = select(benchmarks, args.names)
    if not chosen:
        parser.error(f"no benchmark matches {' '.join(args.names)}; try --list")

    started = time.perf_counter()
    load_at_start = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="eapdesk-bench-") as scratch:
        for bench in chosen:
            workdir = Path(scratch) / bench.name
            workdir.mkdir()
            rows += _run_one(bench, Context(workdir=workdir, repo_root=REPO_ROOT, quick=args.quick))

    facts = environment()
    facts["load_average_at_start"] = load_at_start  # other work on the machine makes figures noisier
    facts["total_seconds"] = round(time.perf_counter() - started, 1)
    write_json(args.json, rows, facts, selected=[b.name for b in chosen], quick=args.quick)
    print(format_table(rows, facts), flush=True)
    print(f"[bench] {len(rows)} rows in {facts['total_seconds']} s; JSON: {args.json}", file=sys.stderr)
    return 1 if any(row.verdict in (OVER, ERROR) for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
