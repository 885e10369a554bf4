"""How figures are written in the table: times scaled to µs, ms or s; other units as they are."""

from __future__ import annotations


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit != "s":
        return f"{value:,.1f} {unit}"
    if value < 1e-3:
        return f"{value * 1e6:.0f} µs"
    if value < 0.01:
        return f"{value * 1e3:.2f} ms"
    if value < 1:
        return f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


def format_ratio(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio:.2f}×"
