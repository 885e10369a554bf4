"""The drill-history charts render headless through Agg, in each language, with each drill where it belongs."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import matplotlib as mpl
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from app.domain.drills import AckOutcome
from app.reports.drill_figures import (
    MET_COLOUR,
    MISSED_COLOUR,
    ack_history_figure,
    findings_figure,
    plotted_at,
)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
START = datetime(2026, 1, 6, 9, 30, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Point:
    """A stand-in with the fields the charts read: the builders take any DrillHistoryPoint-like object."""

    drill_id: int
    code: str
    held_at: datetime
    target: timedelta | None
    first_ack: timedelta | None
    first_outcome: AckOutcome
    all_ack: timedelta | None
    all_outcome: AckOutcome
    findings_open: int = 0
    findings_closed: int = 0


def point(
    n: int, first: float | None, everyone: float | None, *, target: float | None = 15, **findings: int
) -> Point:
    limit = timedelta(minutes=target) if target is not None else None

    def outcome(value: float | None) -> AckOutcome:
        if value is None:
            return AckOutcome.NOT_ALL_ACKNOWLEDGED if first is not None else AckOutcome.NOT_ALERTED
        if limit is None:
            return AckOutcome.NO_TARGET
        return AckOutcome.MET if timedelta(minutes=value) <= limit else AckOutcome.MISSED

    return Point(
        drill_id=100 + n,
        code=f"DR-2026-{n:03d}",
        held_at=START + timedelta(days=30 * n),
        target=limit,
        first_ack=timedelta(minutes=first) if first is not None else None,
        first_outcome=outcome(first),
        all_ack=timedelta(minutes=everyone) if everyone is not None else None,
        all_outcome=outcome(everyone),
        **findings,
    )


def png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    FigureCanvasAgg(figure).print_png(buffer)
    return buffer.getvalue()


def svg(figure: Figure) -> str:
    buffer = io.BytesIO()
    with mpl.rc_context({"svg.fonttype": "none"}):
        FigureCanvasSVG(figure).print_svg(buffer)
    return buffer.getvalue().decode("utf-8")


def lines(figure: Figure, prefix: str) -> dict[str, Line2D]:
    return {
        line.get_gid(): line
        for line in figure.axes[0].get_lines()
        if (line.get_gid() or "").startswith(prefix)
    }


def plotted(figure: Figure, series: str) -> list[tuple[datetime, float]]:
    """Every marker of one series, whatever its outcome, in time order."""
    found = [
        (x, y)
        for gid, line in lines(figure, f"{series}:").items()
        if gid not in (f"{series}:line", "everyone:not_all_acknowledged")
        for x, y in zip(line.get_xdata(), line.get_ydata(), strict=True)
    ]
    return sorted(found)


POINTS = (
    point(1, 4, 12, findings_open=1, findings_closed=2),
    point(2, 20, 45, findings_open=3),  # both missed against 15 minutes
    point(3, None, None),  # held, but nobody was alerted: nothing to plot
    point(4, 6, None, findings_closed=1),  # someone never acknowledged
    point(5, 2.5, 9, target=None),  # no grade, no target
)


def test_each_acknowledged_drill_is_one_marker_per_series_in_minutes() -> None:
    figure = ack_history_figure(POINTS, "en")
    assert png(figure).startswith(PNG_MAGIC)
    first = plotted(figure, "first")
    assert len(first) == sum(1 for p in POINTS if p.first_ack is not None) == 4
    assert [y for _, y in first] == [4, 20, 6, 2.5]
    assert [x for x, _ in first] == [plotted_at(p) for p in POINTS if p.first_ack is not None]
    everyone = plotted(figure, "everyone")
    assert [y for _, y in everyone] == [12, 45, 9]
    # the drill nobody was alerted for is on neither series; the one still waiting gets the triangle
    waiting = lines(figure, "everyone:")["everyone:not_all_acknowledged"]
    assert list(waiting.get_xdata()) == [plotted_at(POINTS[3])]


def test_missed_is_drawn_hollow_in_the_missed_colour_and_met_filled() -> None:
    figure = ack_history_figure(POINTS, "en")
    first = lines(figure, "first:")
    missed, met = first["first:missed"], first["first:met"]
    assert list(missed.get_ydata()) == [20]
    assert sorted(met.get_ydata()) == [4, 6]
    assert mpl.colors.to_hex(missed.get_markeredgecolor()) == MISSED_COLOUR
    assert mpl.colors.to_hex(missed.get_markerfacecolor()) == "#ffffff"  # hollow: tells apart in grey
    assert mpl.colors.to_hex(met.get_markerfacecolor()) == MET_COLOUR
    assert missed.get_marker() == met.get_marker() == "o"
    assert lines(figure, "everyone:")["everyone:missed"].get_marker() == "s"
    assert list(first["first:no_target"].get_ydata()) == [2.5]
    drawn = svg(figure)
    for word in ("Time to acknowledge per drill", "Minutes after the alert", "Target missed", "Target met"):
        assert word in drawn, word
    assert "Not everyone" in drawn  # wrapped onto two legend lines
    assert "acknowledged" in drawn


def test_the_target_is_one_line_when_shared_and_a_dash_per_drill_when_not() -> None:
    same = ack_history_figure((point(1, 4, 12), point(2, 20, 30)), "en")
    (line,) = lines(same, "target").values()
    assert list(line.get_ydata()) == [15, 15]  # axhline spans the plot at the target
    assert "Target 15 min" in svg(same)
    mixed = ack_history_figure(
        (point(1, 4, 12), point(2, 20, 30, target=30), point(3, 5, 6, target=None)), "en"
    )
    (dashes,) = lines(mixed, "target").values()
    assert list(dashes.get_ydata()) == [15, 30]  # only where a target is known
    assert dashes.get_marker() == "_"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "zh_TW",
            ("各次演練的確認回覆時間", "首次確認回覆", "全員確認回覆", "未達成目標", "警報發出後的分鐘數"),
        ),
        (
            "zh_CN",
            ("各次演练的确认回复时间", "首次确认回复", "全员确认回复", "未达成目标", "警报发出后的分钟数"),
        ),
    ],
)
def test_ack_chart_in_chinese_without_missing_glyphs(
    language: str, words: tuple[str, ...], recwarn: pytest.WarningsRecorder
) -> None:
    figure = ack_history_figure(POINTS, language)
    assert png(figure).startswith(PNG_MAGIC)
    assert [w for w in recwarn if "missing from font" in str(w.message)] == []
    drawn = svg(figure)
    for word in words:
        assert word in drawn, word


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("Findings per drill", "Open", "Closed")),
        ("zh_TW", ("各次演練的發現事項", "未結案", "已結案")),
        ("zh_CN", ("各次演练的发现事项", "未结案", "已结案")),
    ],
)
def test_findings_are_stacked_closed_below_open_per_drill(language: str, words: tuple[str, ...]) -> None:
    figure = findings_figure(POINTS, language)
    bars = [p for p in figure.axes[0].patches if isinstance(p, Rectangle)]
    closed = [b for b in bars if b.get_gid() == "findings:closed"]
    still_open = [b for b in bars if b.get_gid() == "findings:open"]
    assert [b.get_height() for b in closed] == [2, 0, 0, 1, 0]
    assert [b.get_height() for b in still_open] == [1, 3, 0, 0, 0]
    assert [b.get_y() for b in still_open] == [2, 0, 0, 1, 0]  # open sits on top of closed
    assert [round(b.get_x() + b.get_width() / 2) for b in closed] == [0, 1, 2, 3, 4]
    assert png(figure).startswith(PNG_MAGIC)
    drawn = svg(figure)
    for word in (*words, "DR-2026-001", "DR-2026-005"):
        assert word in drawn, word
    assert "2026-02-05" in drawn  # few bars: the date under each code


def test_many_drills_keep_their_labels_apart() -> None:
    many = [point(n, 5, 10, findings_open=n % 3) for n in range(1, 41)]
    figure = findings_figure(many, "en")
    png(figure)
    labels = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert 10 <= len(labels) <= 16  # every other or third code, rotated
    assert labels[0] == "DR-2026-001"
    ack = ack_history_figure(many, "en")
    png(ack)
    dates = [t.get_text() for t in ack.axes[0].get_xticklabels() if t.get_text()]
    assert 3 <= len(dates) <= 9
    assert all(len(d) == len("2026-04") for d in dates)  # months over a long period


@pytest.mark.parametrize("language", ["en", "zh_TW", "zh_CN"])
def test_no_drills_says_so(language: str) -> None:
    no_data = {"en": "No data for this period", "zh_TW": "此期間沒有資料", "zh_CN": "此期间没有数据"}[
        language
    ]
    for builder in (ack_history_figure, findings_figure):
        figure = builder((), language)
        assert png(figure).startswith(PNG_MAGIC)
        assert no_data in svg(figure)


def test_drills_without_any_acknowledgement_render() -> None:
    nobody = (point(1, None, None), point(2, None, None, target=None))
    figure = ack_history_figure(nobody, "en")
    assert png(figure).startswith(PNG_MAGIC)
    assert plotted(figure, "first") == []
    assert "No acknowledgement was recorded" in svg(figure)
    assert "No findings recorded" in svg(findings_figure(nobody, "en"))


def test_x_is_the_held_time_in_the_zone_asked_for_not_utc() -> None:
    late = point(1, 4, 5)
    late = Point(
        **{
            **{f: getattr(late, f) for f in Point.__slots__},
            "held_at": datetime(2026, 3, 1, 20, 0, tzinfo=UTC),
        }
    )
    taipei = ZoneInfo("Asia/Taipei")
    assert plotted_at(late, taipei) == datetime(2026, 3, 2, 4, 0)  # the next morning in Taipei, naive
    assert plotted_at(late).tzinfo is None
    figure = findings_figure([late], "en", tz=taipei)
    assert "2026-03-02" in svg(figure)
    (marker,) = lines(ack_history_figure([late], "en", tz=taipei), "first:met").values()
    assert list(marker.get_xdata()) == [datetime(2026, 3, 2, 4, 0)]


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        ack_history_figure(POINTS, "fr")


def test_drill_figures_import_no_qt_pyplot_or_services() -> None:
    code = (
        "import sys, app.reports.drill_figures; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'matplotlib.pyplot', 'app.services', "
        "'app.storage', 'app.ui'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_minutes_go_on_a_log_scale_only_when_an_hour_sits_beside_a_few_minutes() -> None:
    close = ack_history_figure([point(1, 3, 12), point(2, 5, 18)], "en")
    assert close.axes[0].get_yscale() == "linear"
    spread = ack_history_figure([point(1, 3, 12), point(2, 4, 95, target=240)], "en")
    axes = spread.axes[0]
    assert axes.get_yscale() == "log"
    low, high = axes.get_ylim()
    assert low <= 3  # the quickest acknowledgement fits...
    assert high >= 240  # ...and so does the 4-hour target
    ticks = [t for t in axes.get_yticks() if low <= t <= high]
    assert {2, 5, 10, 60, 240} <= set(ticks)
    assert png(spread).startswith(PNG_MAGIC)
