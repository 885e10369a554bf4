"""The risk register's charts as matplotlib ``Figure`` objects: heat map, counts per level, one risk's scores.

Built without pyplot (no global figure manager, no GUI backend), so the same function serves the Qt
view (embedded in a ``FigureCanvasQTAgg``), the board PDF and a headless test rendering through Agg.
Texts come in the language asked for ('en', 'zh_TW', 'zh_CN') from the names in ``app.domain.risks``
and the few chart words below: a report is printed in the office's language whatever the Qt
interface shows.

Orientation of the heat map: impact on the x axis (1 → 5, left to right), likelihood on the y axis
with 5 at the top, as risk matrices are usually drawn (the dangerous corner is top right).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, Rectangle

from app.domain.risks import (
    IMPACT_NAMES,
    LEVEL_NAMES,
    LIKELIHOOD_NAMES,
    SCALE,
    SCORE_MAX,
    LevelBands,
    RiskLevel,
)
from app.reports.chart_style import (
    GRID_COLOUR,
    LATIN_FAMILY,
    LEVEL_COLOURS,
    LEVEL_HATCHES,
    LEVEL_LINE_COLOURS,
    LEVEL_TEXT_COLOURS,
    MOVE_COLOUR,
    cjk_family,
)

if TYPE_CHECKING:
    from app.domain.risk_history import LevelTrendPoint, Movement, ScorePoint

LANGUAGES = ("en", "zh_TW", "zh_CN")

# Chart words, (English, Traditional Chinese, Simplified Chinese), like the names in app.domain.risks.
_WORDS: dict[str, tuple[str, str, str]] = {
    "likelihood": ("Likelihood", "可能性", "可能性"),
    "impact": ("Impact", "影響", "影响"),
    "heat_map": ("Risk matrix", "風險矩陣", "风险矩阵"),
    "level_trend": ("Risks per level", "各級別風險數量", "各级别风险数量"),
    "risks": ("Risks", "風險數量", "风险数量"),
    "score": ("Score", "分數", "分数"),
    "inherent": ("Inherent", "固有", "固有"),
    "residual": ("Residual", "剩餘", "剩余"),
    "review": ("Review", "評審", "评审"),
    "score_trend": ("Score history of {code}", "{code} 分數走勢", "{code} 分数走势"),
    "no_data": ("No data for this period", "此期間沒有資料", "此期间没有数据"),
    "moved_in": ("new", "新增", "新增"),
    "moved_out": ("left", "移出", "移出"),
}


def _index(language: str) -> int:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    return LANGUAGES.index(language)


def word(key: str, language: str) -> str:
    """A chart word in ``language`` (also used by the PDF report for its captions)."""
    return _WORDS[key][_index(language)]


def _new_figure(width: float, height: float, margins: Mapping[str, float]) -> Figure:
    """A figure with fixed margins (fractions of its size).

    Fixed rather than constrained layout: measuring every label to lay the axes out took about half
    of a chart's drawing time, and these few layouts are known in advance (the margins leave room
    for the longest label in any of the three languages).
    """
    cjk_family()
    figure = Figure(figsize=(width, height), dpi=100)
    figure.subplots_adjust(**margins)
    return figure


def _short(name: str, language: str) -> str:
    """Scale-point names wrap on a space in English so five fit under a narrow matrix."""
    return name.replace(" ", "\n") if language == "en" else name


def heat_map_figure(
    cells: Mapping[tuple[int, int], int],
    bands: LevelBands,
    *,
    language: str,
    title: str | None,
    moved: Sequence[Movement] = (),
) -> Figure:
    """A 5×5 matrix coloured by band with the number of risks in each (likelihood, impact) cell.

    ``moved`` (from ``risk_history.movements``) draws an arrow from each moved risk's earlier cell to
    its later one; a risk that appeared or left gets a small "new"/"left" mark in its one cell.
    """
    lang = _index(language)
    figure = _new_figure(5.6, 5.6, {"left": 0.22, "right": 0.97, "bottom": 0.2, "top": 0.93})
    axes = figure.add_subplot()
    for likelihood in SCALE:
        for impact in SCALE:
            level = bands.level_for(likelihood * impact)
            axes.add_patch(
                Rectangle(
                    (impact - 0.5, likelihood - 0.5),
                    1,
                    1,
                    facecolor=LEVEL_COLOURS[level],
                    edgecolor="white",
                    linewidth=2,
                )
            )
            count = cells.get((likelihood, impact), 0)
            axes.text(
                impact,
                likelihood,
                str(count) if count else "",
                ha="center",
                va="center",
                fontsize=16,
                fontweight="bold",
                fontfamily=LATIN_FAMILY,  # digits only; the CJK font has no bold face to look for
                color=LEVEL_TEXT_COLOURS[level],
                bbox={"boxstyle": "round,pad=0.2", "facecolor": LEVEL_COLOURS[level], "edgecolor": "none"},
                gid=f"count-{likelihood}-{impact}",
                zorder=7,  # above the compare arrows: an arrow never hides a count
            )
    _draw_movements(axes, moved, lang)
    axes.set_xlim(0.5, 5.5)
    axes.set_ylim(0.5, 5.5)
    axes.set_aspect("equal")
    axes.set_xticks(list(SCALE), [f"{n}\n{_short(IMPACT_NAMES[n][lang], language)}" for n in SCALE])
    axes.set_yticks(list(SCALE), [f"{LIKELIHOOD_NAMES[n][lang]} {n}" for n in SCALE])
    axes.tick_params(length=0, labelsize=8)
    axes.set_xlabel(_WORDS["impact"][lang])
    axes.set_ylabel(_WORDS["likelihood"][lang])
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.set_title(title if title is not None else _WORDS["heat_map"][lang])
    _level_legend(figure, bands, lang)
    return figure


def _draw_movements(axes: Axes, moved: Sequence[Movement], lang: int) -> None:
    # Several risks moving between the same two cells share one arrow, labelled with their number.
    arrows: dict[tuple[tuple[int, int], tuple[int, int]], int] = {}
    marks: dict[tuple[tuple[int, int], str], int] = {}
    for movement in moved:
        if movement.before is not None and movement.after is not None:
            key = (movement.before, movement.after)
            arrows[key] = arrows.get(key, 0) + 1
        elif movement.after is not None:
            marks[(movement.after, "moved_in")] = marks.get((movement.after, "moved_in"), 0) + 1
        elif movement.before is not None:
            marks[(movement.before, "moved_out")] = marks.get((movement.before, "moved_out"), 0) + 1
    for ((l0, i0), (l1, i1)), number in arrows.items():
        axes.add_patch(
            FancyArrowPatch(
                (i0, l0),
                (i1, l1),
                arrowstyle="-|>",
                mutation_scale=14,
                color=MOVE_COLOUR,
                linewidth=1.6,
                shrinkA=12,
                shrinkB=12,
                connectionstyle="arc3,rad=0.15",
                zorder=5,
                # A white halo keeps the blue arrow visible on the dark High cells.
                path_effects=[patheffects.withStroke(linewidth=4, foreground="white")],
            )
        )
        if number > 1:
            axes.text(
                (i0 + i1) / 2, (l0 + l1) / 2, f"×{number}", color=MOVE_COLOUR, fontsize=8, zorder=6,
                ha="center", va="center",
                bbox={"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none"},
            )  # fmt: skip
    for ((likelihood, impact), kind), number in marks.items():
        axes.text(
            impact + 0.45, likelihood + 0.42, f"{_WORDS[kind][lang]} {number}",
            ha="right", va="top", fontsize=7, color=MOVE_COLOUR, zorder=6,
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": MOVE_COLOUR, "linewidth": 0.6},
        )  # fmt: skip


def _level_legend(figure: Figure, bands: LevelBands, lang: int) -> None:
    handles = []
    for level in (RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH):
        low, high = bands.range_of(level)
        handles.append(
            Rectangle(
                (0, 0),
                1,
                1,
                facecolor=LEVEL_COLOURS[level],
                edgecolor="#555555",
                label=f"{LEVEL_NAMES[level][lang]} {low}–{high}",
            )
        )
    # Below the matrix, as a figure legend, so the square matrix keeps the figure's width.
    figure.legend(handles=handles, loc="lower center", ncols=3, fontsize=8, frameon=False)


def level_trend_figure(points: Sequence[LevelTrendPoint], *, language: str) -> Figure:
    """Stacked bars of the number of active risks per level at each date (usually quarter ends)."""
    lang = _index(language)
    figure = _new_figure(7.0, 3.6, {"left": 0.09, "right": 0.83, "bottom": 0.27, "top": 0.9})
    axes = figure.add_subplot()
    axes.set_title(_WORDS["level_trend"][lang])
    if not points:
        _empty(axes, lang)
        return figure
    positions = list(range(len(points)))
    bottoms = [0] * len(points)
    for level in (RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH):
        heights = [point.counts.get(level, 0) for point in points]
        axes.bar(
            positions,
            heights,
            bottom=bottoms,
            width=0.7,
            color=LEVEL_COLOURS[level],
            edgecolor="#444444",
            linewidth=0.6,
            hatch=LEVEL_HATCHES[level] or None,
            label=LEVEL_NAMES[level][lang],
        )
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    for x, total in zip(positions, bottoms, strict=True):
        axes.text(x, total, str(total), ha="center", va="bottom", fontsize=8)
    step = max(1, len(points) // 12)  # at most about a dozen date labels
    axes.set_xticks(positions[::step], [point.on.isoformat() for point in points][::step])
    axes.tick_params(axis="x", labelrotation=45, labelsize=8)
    axes.set_ylabel(_WORDS["risks"][lang])
    axes.set_ylim(0, max(1, *bottoms) * 1.15)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.grid(axis="y", color=GRID_COLOUR, linewidth=0.5, alpha=0.6)
    axes.set_axisbelow(True)
    handles, labels = axes.get_legend_handles_labels()
    axes.legend(handles[::-1], labels[::-1], loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return figure


def score_trend_figure(
    points: Sequence[ScorePoint], bands: LevelBands, *, language: str, code: str
) -> Figure:
    """One risk's inherent and residual score over time as steps, on the level bands as a background."""
    lang = _index(language)
    figure = _new_figure(7.0, 3.2, {"left": 0.09, "right": 0.9, "bottom": 0.2, "top": 0.9})
    axes = figure.add_subplot()
    axes.set_title(_WORDS["score_trend"][lang].format(code=code))
    for level in RiskLevel:
        low, high = bands.range_of(level)
        axes.axhspan(low - 0.5, high + 0.5, color=LEVEL_COLOURS[level], alpha=0.35, linewidth=0, zorder=0)
        axes.text(
            1.01, (low + high) / 2, LEVEL_NAMES[level][lang], transform=axes.get_yaxis_transform(),
            va="center", fontsize=8, color=LEVEL_LINE_COLOURS[level],
        )  # fmt: skip
    if not points:
        _empty(axes, lang)
    else:
        dates = [point.on for point in points]
        axes.step(
            dates,
            [point.inherent for point in points],
            where="post",
            color="#333333",
            linewidth=1.8,
            marker="o",
            markersize=4,
            label=_WORDS["inherent"][lang],
        )
        residual = [(p.on, p.residual) for p in points if p.residual is not None]
        if residual:
            axes.step(
                [on for on, _ in residual],
                [value for _, value in residual],
                where="post",
                color=MOVE_COLOUR,
                linewidth=1.6,
                linestyle="--",
                marker="s",
                markersize=4,
                label=_WORDS["residual"][lang],
            )
        reviews = [point for point in points if point.review]
        if reviews:
            axes.plot(
                [point.on for point in reviews],
                [point.inherent for point in reviews],
                linestyle="none",
                marker="D",
                markersize=7,
                markerfacecolor="none",
                markeredgecolor="#000000",
                label=_WORDS["review"][lang],
            )
        axes.legend(loc="upper left", fontsize=8, framealpha=0.9)
        axes.tick_params(axis="x", labelrotation=30, labelsize=8)
        for label in axes.get_xticklabels():
            label.set_horizontalalignment("right")
    axes.set_ylim(0, SCORE_MAX + 1)
    axes.set_yticks([1, 5, 10, 15, 20, 25])
    axes.set_ylabel(_WORDS["score"][lang])
    axes.grid(axis="x", color=GRID_COLOUR, linewidth=0.5, alpha=0.5)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return figure


def _empty(axes: Axes, lang: int) -> None:
    axes.text(
        0.5, 0.5, _WORDS["no_data"][lang], transform=axes.transAxes, ha="center", va="center",
        color="#666666",
    )  # fmt: skip
    axes.set_xticks([])
