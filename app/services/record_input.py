"""Checks for what a person types into the notifications, communication and breach-clock forms.

Each service collects every problem (field and sentence) before writing anything and raises
``RecordInputInvalid`` with all of them, so a form can mark each field and nothing is half-saved.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.text_input import Problem, aware_moment, choice, clean_line, clean_text
from app.services.errors import InvalidInput

__all__ = ["LINE_MAX", "NOTE_MAX", "RecordInputInvalid", "choice", "line", "moment", "raise_if", "text"]

LINE_MAX = 200
NOTE_MAX = 2_000


class RecordInputInvalid(InvalidInput):
    """Input for an incident record that breaks a rule; ``problems`` lists every field. Nothing was saved."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems) or "invalid input")
        self.problems = problems


def line(
    name: str, value: object, problems: list[Problem], *, required: bool, maximum: int = LINE_MAX
) -> str:
    """One line of text, at most ``LINE_MAX`` characters unless the form says otherwise."""
    return clean_line(name, value, problems, maximum=maximum, required=required)


def text(name: str, value: object, problems: list[Problem], *, maximum: int = NOTE_MAX) -> str:
    """A note that may span lines; these forms send ``None`` for a note left out, which is no note."""
    if value is None:
        return ""
    return clean_text(name, value, problems, maximum=maximum)


def moment(name: str, value: object, now: datetime, problems: list[Problem]) -> datetime | None:
    """When a notice went out or was acknowledged: aware, not in the future, in UTC.

    Without the 1900 floor of ``aware_moment``: these forms never had it, and adding it now would
    refuse a time they accepted before.
    """
    return aware_moment(name, value, now, problems, earliest=None)


def raise_if(problems: list[Problem]) -> None:
    if problems:
        raise RecordInputInvalid(tuple(problems))
