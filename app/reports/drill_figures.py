"""The drill-history charts as matplotlib ``Figure`` objects: time to acknowledge, and findings per drill.

Two figures rather than one with two axes: their x axes mean different things (the acknowledgement
chart runs on a time scale, so a long pause between drills shows as a gap; the findings chart has
one bar per drill, so bars never overlap however close two drills were), and the board PDF places
each where its page has room. Both have the same left and right margins, so stacked one above the
other in the GUI their plot areas line up.

Built without pyplot, like ``app.reports.risk_figures``: the same function serves the Qt panel
(``FigureCanvasQTAgg``), the board PDF and a headless test through Agg. Texts come in the language
asked for ('en', 'zh_TW', 'zh_CN'). Only drill codes and dates are drawn: the charts are printed for
the board, and a drill's title or participants may name a colleague.

Met and missed differ in fill as well as in colour (met: a filled marker; missed: a hollow one with
a heavy edge), so they stay apart on a grey-scale printer and for a reader with red–green colour
blindness; the two series differ in marker shape and line style.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Protocol

from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator, NullLocator

from app.domain.drills import AckOutcome
from app.domain.risks import RiskLevel
from app.reports.chart_style import (
    GRID_COLOUR,
    LEVEL_COLOURS,
    LEVEL_HATCHES,
    LEVEL_LINE_COLOURS,
    MOVE_COLOUR,
    cjk_family,
)

LANGUAGES = ("en", "zh_TW", "zh_CN")

# The risk palette's meanings carry over: green is fine, dark red is late, so a board pack reads alike.
MET_COLOUR = LEVEL_LINE_COLOURS[RiskLevel.LOW]
MISSED_COLOUR = LEVEL_LINE_COLOURS[RiskLevel.HIGH]
NO_TARGET_COLOUR = "#8a8a8a"  # measured, but nothing to compare with: neither good nor bad
FIRST_COLOUR = MOVE_COLOUR  # first acknowledgement: blue, solid line, circles
EVERYONE_COLOUR = "#4d4d4d"  # everyone acknowledged: dark grey, dashed line, squares
TARGET_COLOUR = "#6b6b6b"
LOG_FROM_MINUTES = 60.0  # a log axis only once something is an hour or more...
LOG_SPREAD = 20.0  # ...and twenty times the quickest acknowledgement
LOG_TICKS = (1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 960, 1440, 2880)
CLOSED_FILL = LEVEL_COLOURS[RiskLevel.LOW]
OPEN_FILL = LEVEL_COLOURS[RiskLevel.MEDIUM]
OPEN_HATCH = LEVEL_HATCHES[RiskLevel.MEDIUM]

# Chart words, (English, Traditional Chinese, Simplified Chinese), as the GUI's glossary names them.
_WORDS: dict[str, tuple[str, str, str]] = {
    "ack_title": ("Time to acknowledge per drill", "各次演練的確認回覆時間", "各次演练的确认回复时间"),
    "minutes": ("Minutes after the alert", "警報發出後的分鐘數", "警报发出后的分钟数"),
    "first": ("First acknowledgement", "首次確認回覆", "首次确认回复"),
    "everyone": ("Everyone acknowledged", "全員確認回覆", "全员确认回复"),
    "met": ("Target met", "已達成目標", "已达成目标"),
    "missed": ("Target missed", "未達成目標", "未达成目标"),
    "no_target": ("No target (no grade)", "無目標（未定等級）", "无目标（未定等级）"),
    "target": ("Target", "目標", "目标"),
    "target_minutes": ("Target {minutes} min", "目標 {minutes} 分鐘", "目标 {minutes} 分钟"),
    "not_all": ("Not everyone acknowledged", "尚未全部確認回覆", "尚未全部确认回复"),
    "no_acks": ("No acknowledgement was recorded", "沒有任何確認回覆紀錄", "没有任何确认回复记录"),
    "findings_title": ("Findings per drill", "各次演練的發現事項", "各次演练的发现事项"),
    "findings": ("Findings", "發現事項", "发现事项"),
    "open": ("Open", "未結案", "未结案"),
    "closed": ("Closed", "已結案", "已结案"),
    "no_findings": ("No findings recorded", "沒有發現事項", "没有发现事项"),
    "no_data": ("No data for this period", "此期間沒有資料", "此期间没有数据"),
}

# Margins in inches (left, right, bottom, top), kept whatever size the figure is drawn at: the GUI
# resizes its canvases, and fractions of a small figure would clip the rotated date labels. The
# right margin holds the legend, the bottom one the rotated dates or drill codes.
_ACK_MARGINS = (0.68, 2.0, 0.62, 0.36)
_FINDINGS_MARGINS = (0.68, 2.0, 0.95, 0.34)
_FINDINGS_FLAT_MARGINS = (0.68, 2.0, 0.55, 0.34)
_LEGEND_WRAP = 22  # characters: English legend labels longer than this wrap onto a second line
_MAX_DATE_LABELS = 8
_MAX_BAR_LABELS = 16
_FLAT_BAR_LABELS = 5  # up to this many bars, "code / date" fits flat under each bar


class HistoryPoint(Protocol):
    """What a chart reads from a point: ``app.services.drill_views.DrillHistoryPoint`` has it all."""

    @property
    def drill_id(self) -> int: ...
    @property
    def code(self) -> str: ...
    @property
    def held_at(self) -> datetime: ...
    @property
    def target(self) -> timedelta | None: ...
    @property
    def first_ack(self) -> timedelta | None: ...
    @property
    def first_outcome(self) -> AckOutcome: ...
    @property
    def all_ack(self) -> timedelta | None: ...
    @property
    def all_outcome(self) -> AckOutcome: ...
    @property
    def findings_open(self) -> int: ...
    @property
    def findings_closed(self) -> int: ...


def _index(language: str) -> int:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    return LANGUAGES.index(language)


def word(key: str, language: str) -> str:
    """A chart word in ``language`` (for the PDF report's captions and the GUI's summary)."""
    return _WORDS[key][_index(language)]


def minutes(span: timedelta) -> float:
    """A duration on the charts' y axis."""
    return span.total_seconds() / 60


def plotted_at(point: HistoryPoint, tz: tzinfo | None = None) -> datetime:
    """The x value of a point: when it was held, in ``tz`` (None: this machine's zone), as a naive time.

    Naive because matplotlib would otherwise draw every date in UTC, and a drill held early in the
    morning in Taipei would sit on the day before. The GUI maps a picked marker back to its drill
    through this value.
    """
    return point.held_at.astimezone(tz).replace(tzinfo=None)


class FixedMargins(LayoutEngine):
    """Margins fixed in inches, applied at every draw.

    Like ``risk_figures``' fixed fractions this measures no text (constrained layout would, at
    about half a chart's drawing time), but a canvas shrunk in the GUI keeps room for its labels.
    Never more than 40 % of the figure each way, so a tiny canvas still shows a plot.
    """

    _adjust_compatible = True
    _colorbar_gridspec = True

    def __init__(self, margins: tuple[float, float, float, float]) -> None:
        super().__init__()
        self.margins = margins

    def execute(self, fig: Figure) -> None:  # type: ignore[override]  # matplotlib's own signature
        left, right, bottom, top = self.margins
        width, height = fig.get_size_inches()
        fig.subplots_adjust(
            left=min(0.4, left / width),
            right=max(0.6, 1 - right / width),
            bottom=min(0.4, bottom / height),
            top=max(0.6, 1 - top / height),
        )


def _new_figure(width: float, height: float, margins: tuple[float, float, float, float]) -> Figure:
    """A figure whose plot area keeps ``margins`` (inches: left, right, bottom, top) at any size."""
    cjk_family()
    figure = Figure(figsize=(width, height), dpi=100)
    engine = FixedMargins(margins)
    figure.set_layout_engine(engine)
    engine.execute(figure)  # also right now, for a caller that reads the axes' position before drawing
    return figure


def _legend_label(text: str, language: str) -> str:
    return textwrap.fill(text, _LEGEND_WRAP) if language == "en" else text


# -- time to acknowledge ----------------------------------------------------------------------------

# Marker style per outcome: (face, edge, edge width, size). Missed is hollow, so it differs in grey too.
_OUTCOME_STYLES: dict[AckOutcome, tuple[str, str, float, float]] = {
    AckOutcome.MET: (MET_COLOUR, MET_COLOUR, 1.0, 7.0),
    AckOutcome.MISSED: ("#ffffff", MISSED_COLOUR, 2.2, 8.5),
    AckOutcome.NO_TARGET: (NO_TARGET_COLOUR, "#5e5e5e", 1.0, 7.0),
}
_OUTCOME_WORDS = {AckOutcome.MET: "met", AckOutcome.MISSED: "missed", AckOutcome.NO_TARGET: "no_target"}
# (key, value attribute, outcome attribute, marker, line colour, line style)
_SERIES = (
    ("first", "first_ack", "first_outcome", "o", FIRST_COLOUR, "-"),
    ("everyone", "all_ack", "all_outcome", "s", EVERYONE_COLOUR, "--"),
)


def _style_of(outcome: AckOutcome) -> AckOutcome:
    # A measured figure is met, missed or without a target; anything else is drawn as "no target".
    return outcome if outcome in _OUTCOME_STYLES else AckOutcome.NO_TARGET


def ack_history_figure(
    points: Sequence[HistoryPoint],
    language: str,
    *,
    width: float = 7.2,
    height: float = 3.6,
    tz: tzinfo | None = None,
) -> Figure:
    """Minutes from the alert to the first and to everyone's acknowledgement, per drill over time.

    Each measured figure is a marker styled by its outcome against the target of the scenario's
    grade (gid ``"<series>:<outcome>"``, pickable); the target is one dotted line when every drill
    had the same, else a dash at each drill's own. A drill where someone never acknowledged gets a
    hollow triangle at the top of the plot instead of an "everyone" marker (gid
    ``"everyone:not_all_acknowledged"``): the person who never answered is the finding.
    """
    lang = _index(language)
    figure = _new_figure(width, height, _ACK_MARGINS)
    axes = figure.add_subplot()
    axes.set_title(_WORDS["ack_title"][lang])
    _plain_frame(axes)
    if not points:
        _empty(axes, _WORDS["no_data"][lang])
        return figure
    xs = [plotted_at(point, tz) for point in points]
    handles: list[Line2D] = []
    outcomes_seen: set[AckOutcome] = set()
    highest, lowest = 0.0, float("inf")
    for key, value_name, outcome_name, marker, colour, style in _SERIES:
        measured = [
            (x, minutes(getattr(point, value_name)), _style_of(getattr(point, outcome_name)))
            for x, point in zip(xs, points, strict=True)
            if getattr(point, value_name) is not None
        ]
        if not measured:
            continue
        highest = max(highest, *(y for _, y, _ in measured))
        lowest = min(lowest, *(y for _, y, _ in measured))
        axes.plot(
            [x for x, _, _ in measured],
            [y for _, y, _ in measured],
            color=colour,
            linestyle=style,
            linewidth=1.3,
            gid=f"{key}:line",
            zorder=2,
        )
        for outcome, (face, edge, edge_width, size) in _OUTCOME_STYLES.items():
            group = [(x, y) for x, y, o in measured if o is outcome]
            if not group:
                continue
            outcomes_seen.add(outcome)
            axes.plot(
                [x for x, _ in group],
                [y for _, y in group],
                linestyle="none",
                marker=marker,
                markersize=size,
                markerfacecolor=face,
                markeredgecolor=edge,
                markeredgewidth=edge_width,
                gid=f"{key}:{outcome.value}",
                picker=True,
                pickradius=6,
                zorder=4,
            )
        handles.append(
            Line2D(
                [], [], color=colour, linestyle=style, marker=marker, markersize=6,
                markerfacecolor="#ffffff", markeredgecolor=colour, label=_WORDS[key][lang],
            )
        )  # fmt: skip
    if not handles:
        _empty(axes, _WORDS["no_acks"][lang])
        _date_axis(axes, xs)
        return figure
    highest = max(highest, _draw_targets(axes, xs, points, lang, handles))
    waiting = [
        x
        for x, point in zip(xs, points, strict=True)
        if point.all_ack is None
        and point.first_ack is not None
        and point.all_outcome is AckOutcome.NOT_ALL_ACKNOWLEDGED
    ]
    if waiting:
        axes.plot(
            waiting,
            [0.96] * len(waiting),
            transform=axes.get_xaxis_transform(),  # x in data, y as a fraction of the plot's height
            linestyle="none",
            marker="^",
            markersize=7,
            markerfacecolor="#ffffff",
            markeredgecolor=MISSED_COLOUR,
            markeredgewidth=1.6,
            gid="everyone:not_all_acknowledged",
            picker=True,
            pickradius=6,
            clip_on=False,
            zorder=4,
        )
    for outcome, (face, edge, edge_width, size) in _OUTCOME_STYLES.items():
        if outcome in outcomes_seen:
            handles.append(
                Line2D(
                    [], [], linestyle="none", marker="o", markersize=size - 1, markerfacecolor=face,
                    markeredgecolor=edge, markeredgewidth=edge_width, label=_WORDS[_OUTCOME_WORDS[outcome]][lang],
                )
            )  # fmt: skip
    if waiting:
        handles.append(
            Line2D(
                [], [], linestyle="none", marker="^", markersize=7, markerfacecolor="#ffffff",
                markeredgecolor=MISSED_COLOUR, markeredgewidth=1.6, label=_WORDS["not_all"][lang],
            )
        )  # fmt: skip
    if highest >= LOG_FROM_MINUTES and highest / max(lowest, 0.5) >= LOG_SPREAD:
        # A 4-hour target beside 3-minute acknowledgements would flatten every call-out on a linear
        # axis: past this spread the minutes go on a log scale with plain minute ticks.
        axes.set_yscale("log")
        axes.set_ylim(max(0.5, lowest / 1.6), highest * (2.0 if waiting else 1.5))
        axes.yaxis.set_major_locator(FixedLocator([t for t in LOG_TICKS if t <= highest * 2]))
        axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{value:g}"))
        axes.yaxis.set_minor_locator(NullLocator())
    else:
        # Head room above the highest marker for the "not everyone" triangles along the top.
        axes.set_ylim(0, max(5.0, highest * (1.25 if waiting else 1.12)))
        axes.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 5, 10], integer=True))
    axes.set_ylabel(_WORDS["minutes"][lang])
    axes.grid(axis="y", color=GRID_COLOUR, linewidth=0.5, alpha=0.6)
    axes.set_axisbelow(True)
    _date_axis(axes, xs)
    for handle in handles:
        handle.set_label(_legend_label(str(handle.get_label()), language))
    axes.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=8, frameon=False,
        borderaxespad=0.0,
    )  # fmt: skip
    return figure


def _draw_targets(
    axes: Axes, xs: Sequence[datetime], points: Sequence[HistoryPoint], lang: int, handles: list[Line2D]
) -> float:
    """The target line or dashes; returns the highest target drawn (0 when none is known)."""
    known = [(x, minutes(p.target)) for x, p in zip(xs, points, strict=True) if p.target is not None]
    if not known:
        return 0.0
    values = {value for _, value in known}
    if len(values) == 1:
        (value,) = values
        label = _WORDS["target_minutes"][lang].format(minutes=f"{value:g}")
        axes.axhline(value, color=TARGET_COLOUR, linestyle=":", linewidth=1.4, gid="target", zorder=1)
        handles.append(Line2D([], [], color=TARGET_COLOUR, linestyle=":", linewidth=1.4, label=label))
    else:
        axes.plot(
            [x for x, _ in known],
            [value for _, value in known],
            linestyle="none",
            marker="_",
            markersize=18,
            markeredgewidth=2.0,
            color=TARGET_COLOUR,
            gid="target",
            zorder=3,
        )
        handles.append(
            Line2D(
                [], [], linestyle="none", marker="_", markersize=14, markeredgewidth=2.0,
                color=TARGET_COLOUR, label=_WORDS["target"][lang],
            )
        )  # fmt: skip
    return max(values)


def _date_axis(axes: Axes, xs: Sequence[datetime]) -> None:
    """ISO dates (the same in every language); months when the period is long, days when it is short."""
    first, last = min(xs), max(xs)
    span = last - first
    pad = max(span * 0.04, timedelta(days=10))
    axes.set_xlim(first - pad, last + pad)
    shown = span + 2 * pad
    if shown <= timedelta(days=75):
        axes.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=_MAX_DATE_LABELS))
        axes.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    else:
        # Month steps that divide the year, so ticks fall on quarters and half-years, not "every 5th".
        months = shown.days / 30.4
        interval = next((n for n in (1, 2, 3, 6, 12) if months / n <= _MAX_DATE_LABELS), 12)
        yearly = max(1, math.ceil(months / 12 / _MAX_DATE_LABELS))
        if interval == 12 and yearly > 1:
            axes.xaxis.set_major_locator(mdates.YearLocator(yearly))
        else:
            axes.xaxis.set_major_locator(mdates.MonthLocator(bymonth=range(1, 13, interval)))
        axes.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    axes.tick_params(axis="x", labelrotation=30, labelsize=8)
    axes.tick_params(axis="y", labelsize=8)
    for label in axes.get_xticklabels():
        label.set_horizontalalignment("right")


# -- findings ---------------------------------------------------------------------------------------


def findings_figure(
    points: Sequence[HistoryPoint],
    language: str,
    *,
    width: float = 7.2,
    height: float = 3.0,
    tz: tzinfo | None = None,
) -> Figure:
    """Stacked bars per drill, oldest on the left: closed findings below, open ones (hatched) on top.

    Bar ``i`` is ``points[i]`` (gids ``"findings:closed"`` and ``"findings:open"``, pickable).
    Under each bar its drill code (and date, while few enough bars leave room for it flat).
    """
    lang = _index(language)
    flat = len(points) <= _FLAT_BAR_LABELS
    figure = _new_figure(width, height, _FINDINGS_FLAT_MARGINS if flat else _FINDINGS_MARGINS)
    axes = figure.add_subplot()
    axes.set_title(_WORDS["findings_title"][lang])
    _plain_frame(axes)
    if not points:
        _empty(axes, _WORDS["no_data"][lang])
        return figure
    positions = list(range(len(points)))
    closed = [point.findings_closed for point in points]
    still_open = [point.findings_open for point in points]
    bar = {"width": 0.65, "edgecolor": "#444444", "linewidth": 0.6, "picker": True}
    axes.bar(positions, closed, color=CLOSED_FILL, gid="findings:closed", label=_WORDS["closed"][lang], **bar)
    axes.bar(
        positions,
        still_open,
        bottom=closed,
        color=OPEN_FILL,
        hatch=OPEN_HATCH,
        gid="findings:open",
        label=_WORDS["open"][lang],
        **bar,
    )
    totals = [c + o for c, o in zip(closed, still_open, strict=True)]
    if len(points) <= 2 * _MAX_BAR_LABELS:
        for x, total in zip(positions, totals, strict=True):
            if total:
                axes.text(x, total, str(total), ha="center", va="bottom", fontsize=8)
    if not any(totals):
        axes.text(
            0.5, 0.5, _WORDS["no_findings"][lang], transform=axes.transAxes, ha="center", va="center",
            color="#666666",
        )  # fmt: skip
    axes.set_xlim(-0.6, len(points) - 0.4)
    axes.set_ylim(0, max(1, *totals) * 1.18)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 5, 10], integer=True))
    axes.set_ylabel(_WORDS["findings"][lang])
    axes.tick_params(axis="y", labelsize=8)
    step = max(1, math.ceil(len(points) / _MAX_BAR_LABELS))
    if flat:
        labels = [f"{p.code}\n{plotted_at(p, tz):%Y-%m-%d}" for p in points]
        axes.set_xticks(positions, labels)
        axes.tick_params(axis="x", labelsize=8)
    else:
        axes.set_xticks(positions[::step], [p.code for p in points][::step])
        axes.tick_params(axis="x", labelsize=8, labelrotation=40)
        for label in axes.get_xticklabels():
            label.set_horizontalalignment("right")
            label.set_rotation_mode("anchor")
    axes.grid(axis="y", color=GRID_COLOUR, linewidth=0.5, alpha=0.6)
    axes.set_axisbelow(True)
    handles = [
        Patch(facecolor=OPEN_FILL, hatch=OPEN_HATCH, edgecolor="#444444", label=_WORDS["open"][lang]),
        Patch(facecolor=CLOSED_FILL, edgecolor="#444444", label=_WORDS["closed"][lang]),
    ]
    axes.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=8, frameon=False,
        borderaxespad=0.0,
    )  # fmt: skip
    return figure


# -- shared -----------------------------------------------------------------------------------------


def _plain_frame(axes: Axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _empty(axes: Axes, text: str) -> None:
    axes.text(
        0.5, 0.5, text, transform=axes.transAxes, ha="center", va="center", color="#666666", gid="empty"
    )
    axes.set_xticks([])
    axes.set_yticks([])
