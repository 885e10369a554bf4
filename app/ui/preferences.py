"""Every per-user preference, declared once with its key, type and default, over QSettings.

Office-wide policy (auto-lock minutes, later grade targets) lives in the database so it is audited
and shared; only this user's interface choices live here. Nothing confidential is ever stored here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Preference(Generic[T]):
    key: str
    default: T

    def get(self) -> T:
        value = QSettings().value(self.key, self.default)
        if isinstance(self.default, bool):
            return (value in (True, "true", "1", 1)) if value is not None else self.default  # type: ignore[return-value]
        if isinstance(self.default, QByteArray):
            return value if isinstance(value, QByteArray) else self.default  # type: ignore[return-value]
        try:
            return type(self.default)(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)


LANGUAGE = Preference[str]("interface/language", "")  # "" follows the system locale
LAST_USERNAME = Preference[str]("session/last_username", "")
DRILL_HISTORY_MONTHS = Preference[int]("drills/history_months", 12)  # 0: every drill


def geometry_preference(name: str) -> Preference[QByteArray]:
    return Preference[QByteArray](f"geometry/{name}", QByteArray())


def risk_import_mapping_preference(headers: Iterable[str]) -> Preference[str]:
    """The column mapping last used for a file with these headers (JSON header → field), "" when none.

    Keyed by a digest of the header set (order, case and surrounding spaces ignored): headers may hold
    "/" or CJK text, which QSettings keys do not carry well; headers are never confidential.
    """
    names = sorted({str(header).strip().casefold() for header in headers if str(header).strip()})
    digest = hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()[:20]
    return Preference[str](f"risk_import/mapping/{digest}", "")


def remembered_risk_import_mapping(headers: Iterable[str]) -> dict[str, str]:
    """The remembered mapping for these headers, {} when none (or when what was stored is unreadable)."""
    try:
        value = json.loads(risk_import_mapping_preference(headers).get() or "{}")
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items()}


def remember_risk_import_mapping(headers: Iterable[str], mapping: Mapping[str, str]) -> None:
    risk_import_mapping_preference(headers).set(json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True))


# The report view's last choices (app.ui.report_view). Never the incident or drill chosen, and never
# "identify people": that is asked for afresh every time, because each identity printed is audited.
REPORT_TYPE = Preference[str]("reports/type", "incident")  # incident | board | drill
REPORT_AUDIENCE = Preference[str]("reports/audience", "internal")  # internal | board
REPORT_PAPER = Preference[str]("reports/paper", "")  # A4 | Letter; "" follows the locale
REPORT_PERIOD = Preference[str]("reports/period", "last_quarter")  # a QuickPeriod value
REPORT_PERIOD_FROM = Preference[str]("reports/period_from", "")  # ISO date, for a custom period
REPORT_PERIOD_TO = Preference[str]("reports/period_to", "")
REPORT_FOLDER = Preference[str]("reports/folder", "")  # where "Save as…" last saved; "" = home
