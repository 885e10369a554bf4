"""The one table printed at the end of a run, and the same rows as JSON."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.registry import Row
from benchmarks.units import format_ratio, format_value

_COLUMNS = ("benchmark", "measurement", "median", "against", "ref. median", "ratio", "budget", "result", "n")
_RIGHT_ALIGNED = {"median", "ref. median", "ratio", "n"}


def environment() -> dict[str, Any]:
    """Facts about the machine and libraries that the figures depend on."""
    facts: dict[str, Any] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "stdlib_sqlite": sqlite3.sqlite_version,
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
    }
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        facts["sqlcipher"] = conn.execute("PRAGMA cipher_version").fetchone()[0]
        facts["sqlcipher_sqlite"] = sqlcipher3.sqlite_version
        conn.close()
    except ImportError:  # pragma: no cover - sqlcipher3 is a hard dependency of the app
        pass
    return facts


def _cells(row: Row) -> dict[str, str]:
    if row.error:
        median = "error"
    elif row.unavailable:
        median = "not available"
    else:
        median = format_value(row.value, row.unit)
    return {
        "benchmark": row.benchmark,
        "measurement": row.label,
        "median": median,
        "against": row.against,
        "ref. median": format_value(row.reference, row.unit) if row.reference_samples else "",
        "ratio": format_ratio(row.ratio) if row.reference_samples else "",
        "budget": row.budget.describe(row.unit) if row.budget else "",
        "result": row.verdict,
        "n": f"{len(row.samples)}" + (f"/{len(row.reference_samples)}" if row.reference_samples else ""),
    }


def format_table(rows: list[Row], facts: dict[str, Any]) -> str:
    cells = [_cells(row) for row in rows]
    widths = {c: max([len(c)] + [len(cell[c]) for cell in cells]) for c in _COLUMNS}

    def line(values: dict[str, str]) -> str:
        parts = [
            values[c].rjust(widths[c]) if c in _RIGHT_ALIGNED else values[c].ljust(widths[c])
            for c in _COLUMNS
        ]
        return "  ".join(parts).rstrip()

    title = (
        f"EAP Crisis Desk benchmarks: medians measured in this run; ratio = median / reference median. "
        f"Python {facts.get('python')}, SQLCipher {facts.get('sqlcipher', '?')} "
        f"(SQLite {facts.get('sqlcipher_sqlite', '?')}), stdlib SQLite {facts.get('stdlib_sqlite')}, "
        f"{facts.get('cpus')} CPUs, load {facts.get('load_average_at_start')} at start."
    )
    header = line({c: c for c in _COLUMNS})
    out = [title, header, "  ".join("-" * widths[c] for c in _COLUMNS)]
    out += [line(cell) for cell in cells]
    footnotes = [
        f"  {row.benchmark} / {row.label.strip()}: {row.error or row.unavailable or row.note}"
        for row in rows
        if row.error or row.unavailable or row.note
    ]
    if footnotes:
        out += ["", "Notes:", *footnotes]
    return "\n".join(out)


def _row_json(row: Row) -> dict[str, Any]:
    return {
        "benchmark": row.benchmark,
        "measurement": row.label,
        "unit": row.unit,
        "median": row.value,
        "against": row.against or None,
        "reference_median": row.reference,
        "ratio": row.ratio,
        "budget": (
            {"max_ratio": row.budget.max_ratio, "max_value": row.budget.max_value} if row.budget else None
        ),
        "result": row.verdict,
        "note": row.note or None,
        "unavailable": row.unavailable or None,
        "error": row.error or None,
        "samples": row.samples,
        "reference_samples": row.reference_samples,
        **({"extra": row.extra} if row.extra else {}),
    }


def write_json(
    path: Path, rows: list[Row], facts: dict[str, Any], *, selected: list[str], quick: bool
) -> None:
    document = {
        "format": "eapdesk-bench/1",
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": ["python -m benchmarks", *sys.argv[1:]],
        "benchmarks": selected,
        "quick": quick,
        "environment": facts,
        "rows": [_row_json(row) for row in rows],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".tmp")
    temp.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(temp, path)
