"""The options every PDF report takes, checked the same way before anything is read.

Paper, language, time zone and the output folder are refused with one clear message each, so the
three report services (incident summary, board report, drill after-action report) answer a bad
option identically, whether it comes from the report view or the command line.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.reports.pdf_layout import LANGUAGES, Paper, paper_named
from app.services.errors import InvalidInput


def checked_options(paper: Paper | str, language: str, time_zone: str, out_path: Path | None) -> Paper:
    """The paper to print on, once every option is valid; ``InvalidInput`` naming the first that is not."""
    try:
        sheet = paper if isinstance(paper, Paper) else paper_named(paper)
    except ValueError:
        raise InvalidInput("The paper size must be A4 or Letter.") from None
    if language not in LANGUAGES:
        raise InvalidInput(f"The language must be one of {', '.join(LANGUAGES)}.")
    try:
        ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput("Unknown time zone.") from None
    if out_path is not None and not Path(out_path).parent.is_dir():
        raise InvalidInput(f"The folder for {Path(out_path).name} does not exist.")
    return sheet


__all__ = ["checked_options"]
