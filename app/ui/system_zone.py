"""This workstation's IANA time zone, the one local times are shown and typed in.

Qt knows the system zone on every platform (``QTimeZone.systemTimeZoneId``); a name Python's
``zoneinfo`` cannot resolve (or none at all) falls back to "UTC" rather than failing a rule, a
calendar export or a report later.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimeZone


def system_zone() -> str:
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


__all__ = ["system_zone"]
