"""The report view's quick periods for a board report, as inclusive local dates.

Boards meet about the quarter just ended, so "last quarter" is the default; the running quarter and
year end today (a report cannot count what has not happened). Plain date arithmetic, no Qt.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum


class QuickPeriod(StrEnum):
    """Values are stored in the preferences: never rename one."""

    LAST_QUARTER = "last_quarter"
    THIS_QUARTER = "this_quarter"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def period_dates(period: QuickPeriod, today: date) -> tuple[date, date]:
    """``(first, last)`` of ``period`` seen from ``today``; ``CUSTOM`` has none and is refused."""
    if period is QuickPeriod.THIS_QUARTER:
        return _quarter_start(today), today
    if period is QuickPeriod.LAST_QUARTER:
        end = _quarter_start(today) - timedelta(days=1)
        return _quarter_start(end), end
    if period is QuickPeriod.LAST_MONTH:
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if period is QuickPeriod.THIS_YEAR:
        return date(today.year, 1, 1), today
    raise ValueError("a custom period has no fixed dates")


def matching_period(first: date, last: date, today: date) -> QuickPeriod:
    """The quick period these dates are, or ``CUSTOM``."""
    for period in QuickPeriod:
        if period is not QuickPeriod.CUSTOM and period_dates(period, today) == (first, last):
            return period
    return QuickPeriod.CUSTOM
