"""The checks every typed value goes through: one-line texts, free texts, times and choices.

Each check appends a ``Problem`` to the caller's list instead of raising, so a form collects every
wrong field in one go and the caller decides which error to raise (``IncidentInvalid`` in the
domain, an ``InvalidInput`` subclass in a service). Each returns the cleaned value to store: text
NFC-normalised with outer whitespace removed, times in UTC.

One rule for everything typed, the strictest that real text still passes: a line refuses control
characters, line and paragraph separators and lone surrogates (a lone surrogate cannot even be
encoded to UTF-8, so it would fail at the database instead of at the form); a free text may span
lines but refuses NUL and lone surrogates. Messages say what is wrong, never the value typed: it
may be a name, a phone number or a clinical note.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import NamedTuple, TypeVar

# Summaries such as an incident's cause; the minute-by-minute detail belongs in the timeline.
# The ceiling only stops an accidental paste of a whole document (about ten pages of Chinese text).
TEXT_MAX = 20_000
# No crisis record predates this; an earlier year is a typo (and keeps UTC conversion in range).
EARLIEST_TIME = datetime(1900, 1, 1, tzinfo=UTC)
# Workstation clocks drift; a time a few minutes "in the future" is a clock difference, not a typo.
FUTURE_TOLERANCE = timedelta(minutes=5)

# Control characters (Cc: tab, line feed, NUL, DEL, C1), line and paragraph separators and
# surrogates: none belongs in a one-line value.
_NOT_IN_A_LINE = frozenset({"Cc", "Zl", "Zp", "Cs"})
# The same characters as one class, so a check is one regex scan instead of a category lookup per
# character (a 10,000-row import checks millions). Unicode's stability policy fixes these: Cc is
# exactly U+0000-001F and U+007F-009F, Zl is U+2028, Zp is U+2029 and Cs the surrogate block; a test
# compares the class with unicodedata over every code point.
_NOT_IN_A_LINE_CLASS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")

_E = TypeVar("_E", bound=Enum)


class Problem(NamedTuple):
    """One thing wrong with an input: the field (dotted for nested values) and a sentence saying why."""

    field: str
    message: str


def _line_flaw(text: str) -> str | None:
    if _NOT_IN_A_LINE_CLASS.search(text):
        return "must be a single line without control characters"
    return None


def _free_text_flaw(text: str) -> str | None:
    if "\x00" in text:
        return "cannot contain a NUL character"
    if _SURROGATE.search(text):
        return "cannot contain a lone surrogate (a broken character)"
    return None


def _cleaned(
    name: str,
    value: object,
    problems: list[Problem],
    *,
    maximum: int,
    required: bool,
    flaw: Callable[[str], str | None],
) -> str:
    """Text, NFC, outer whitespace removed; at most one problem, the first a form should show."""
    if not isinstance(value, str):
        problems.append(Problem(name, "must be text"))
        return ""
    text = unicodedata.normalize("NFC", value).strip()
    if required and not text:
        problems.append(Problem(name, "is required and cannot be only spaces"))
    elif len(text) > maximum:
        problems.append(Problem(name, f"can have at most {maximum} characters (this one has {len(text)})"))
    elif (message := flaw(text)) is not None:
        problems.append(Problem(name, message))
    return text


def clean_line(
    name: str, value: object, problems: list[Problem], *, maximum: int, required: bool = False
) -> str:
    """A one-line text: NFC, outer spaces removed, no control characters, line breaks or surrogates."""
    return _cleaned(name, value, problems, maximum=maximum, required=required, flaw=_line_flaw)


def clean_text(
    name: str, value: object, problems: list[Problem], *, maximum: int = TEXT_MAX, required: bool = False
) -> str:
    """A free text that may span lines: NFC, outer whitespace removed, NUL and lone surrogates refused."""
    return _cleaned(name, value, problems, maximum=maximum, required=required, flaw=_free_text_flaw)


def is_aware(value: object) -> bool:
    """A datetime that names its time zone; a naive one is ambiguous across zones."""
    return isinstance(value, datetime) and value.tzinfo is not None and value.utcoffset() is not None


def aware_moment(
    name: str,
    value: object,
    now: datetime,
    problems: list[Problem],
    *,
    earliest: datetime | None = EARLIEST_TIME,
) -> datetime | None:
    """A time something happened: aware, not in the future beyond clock drift, not before ``earliest``.

    ``now`` is the service's clock, passed in so that the check stays pure. ``None`` (with a problem)
    when the value is unusable, otherwise the time in UTC.
    """
    if not isinstance(value, datetime) or not is_aware(value):
        problems.append(Problem(name, "must be a date and time with a time zone"))
        return None
    if earliest is not None and value < earliest:
        problems.append(Problem(name, f"is before {earliest.year}"))
        return None
    if value > now + FUTURE_TOLERANCE:
        try:
            shown = f"{value.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
        except OverflowError:  # the last hours of year 9999 in a zone west of UTC
            shown = f"{value:%Y-%m-%d %H:%M %z}"
        problems.append(Problem(name, f"is in the future ({shown})"))
        return None
    try:
        return value.astimezone(UTC)
    except OverflowError:  # the first hours of year 1 in a zone east of UTC
        problems.append(Problem(name, "is too far in the past"))
        return None


def choice(name: str, enum: type[_E], value: object, problems: list[Problem]) -> _E | None:
    """One member of ``enum``, given as the member or its stored value; ``None`` (with a problem) if not."""
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in enum)
        problems.append(Problem(name, f"must be one of {allowed}"))
        return None
