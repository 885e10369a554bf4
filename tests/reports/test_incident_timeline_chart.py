"""The incident summary's timeline chart keeps every label inside its drawing, whatever the hour.

Where the axis ticks fall depends on the incident's times, and so on the time of day a test (or a
counsellor) creates it: a tick near the right end once put half its label into the page margin. The
chart is drawn here for start times a few minutes apart over a whole day and several spans.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from reportlab.graphics.shapes import String
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.domain.clocks import ClockState
from app.reports.incident_summary import _TimelineChart
from app.reports.incident_summary_data import KeyTime, KeyTimeKind, TimelineKind, TimelineLine

WIDTH = 481.0  # an A4 frame


def _data(start: datetime, span: timedelta) -> SimpleNamespace:
    """The parts of the summary the chart reads: a reported and a resolved time, one entry."""
    return SimpleNamespace(
        generated_at=start + span,
        key_times=(
            KeyTime(KeyTimeKind.REPORTED, start),
            KeyTime(
                KeyTimeKind.ACKNOWLEDGED,
                start + span / 3,
                target=span / 2,
                due_at=start + span / 2,
                state=ClockState.MET,
            ),
            KeyTime(KeyTimeKind.RESOLVED, start + span),
        ),
        notifications=(),
        timeline=(TimelineLine(start + span / 4, TimelineKind.ENTRY),),
    )


def _strings(drawing: object) -> list[String]:
    return [shape for shape in drawing.contents if isinstance(shape, String)]  # type: ignore[attr-defined]


def _extent(shape: String) -> tuple[float, float]:
    width = stringWidth(shape.text, shape.fontName, shape.fontSize)
    if shape.textAnchor == "middle":
        return shape.x - width / 2, shape.x + width / 2
    if shape.textAnchor == "end":
        return shape.x - width, shape.x
    return shape.x, shape.x + width


@pytest.mark.parametrize("span_hours", [0.3, 2, 9, 30, 200])
def test_no_label_runs_past_the_drawing_at_any_start_time(span_hours: float) -> None:
    zone = ZoneInfo("Asia/Hong_Kong")
    span = timedelta(hours=span_hours)
    day = datetime(2026, 12, 3, tzinfo=UTC)
    labelled_ticks = 0
    for minutes in range(0, 24 * 60, 7):
        chart = _TimelineChart(_data(day + timedelta(minutes=minutes), span), "en", zone, WIDTH)  # type: ignore[arg-type]
        strings = _strings(chart.drawing())
        for shape in strings:
            left, right = _extent(shape)
            assert left >= 0, (minutes, shape.text, left)
            assert right <= WIDTH, (minutes, shape.text, right)
        labelled_ticks += sum(1 for shape in strings if shape.textAnchor == "middle")
    # the check above would also hold for a chart that drew no tick labels at all
    assert labelled_ticks >= 2 * len(range(0, 24 * 60, 7))
