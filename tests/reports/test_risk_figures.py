"""The risk charts render headless through Agg, in each language, with the counts where they belong."""

from __future__ import annotations

import gc
import io
import subprocess
import sys
import weakref
from datetime import date

import matplotlib as mpl
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

from app.domain.risk_history import (
    Movement,
    ScorePoint,
    cell_members,
    level_trend,
    quarter_ends,
    register_as_of,
)
from app.domain.risks import LevelBands, RiskLevel, RiskScores, RiskSnapshot, RiskStatus, ScoreBasis
from app.reports.chart_style import LEVEL_COLOURS, LEVEL_TEXT_COLOURS, contrast_text, relative_luminance
from app.reports.risk_figures import heat_map_figure, level_trend_figure, score_trend_figure

BANDS = LevelBands()
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    FigureCanvasAgg(figure).print_png(buffer)
    return buffer.getvalue()


def svg(figure: Figure) -> str:
    """SVG with the text kept as text (not glyph paths), so a test can read what the chart says."""
    buffer = io.BytesIO()
    with mpl.rc_context({"svg.fonttype": "none"}):
        FigureCanvasSVG(figure).print_svg(buffer)
    return buffer.getvalue().decode("utf-8")


def snap(risk_id: int, on: date, likelihood: int, impact: int, **kw: object) -> RiskSnapshot:
    return RiskSnapshot(
        risk_id=risk_id,
        code=f"R-{risk_id:03d}",
        title=f"Risk {risk_id}",
        source="data_leak",
        owner_label="Crisis lead",
        status=kw.pop("status", RiskStatus.OPEN),  # type: ignore[arg-type]
        scores=RiskScores(likelihood, impact, *kw.pop("residual", (None, None))),  # type: ignore[arg-type]
        effective_on=on,
    )


def test_heat_map_shows_each_cells_count_in_that_cell() -> None:
    cells = {(5, 5): 3, (1, 1): 1, (3, 4): 12}
    figure = heat_map_figure(cells, BANDS, language="en", title="Register on 2026-12-02")
    axes = figure.axes[0]
    counts = {t.get_gid(): t.get_text() for t in axes.texts if (t.get_gid() or "").startswith("count-")}
    assert len(counts) == 25
    assert counts["count-5-5"] == "3"
    assert counts["count-3-4"] == "12"
    assert counts["count-1-1"] == "1"
    assert counts["count-2-2"] == ""  # empty cells stay blank, not "0"
    # Impact runs along x and likelihood up y: the text of cell (L=3, I=4) sits at x=4, y=3.
    text = next(t for t in axes.texts if t.get_gid() == "count-3-4")
    assert text.get_position() == (4, 3)
    assert png(figure).startswith(PNG_MAGIC)
    drawn = svg(figure)
    assert "Register on 2026-12-02" in drawn
    for word in ("Likelihood", "Impact", "Almost certain", "Severe", "High 10–25", "Low 1–4", ">12<"):
        assert word in drawn, word


def test_heat_map_colours_follow_the_bands_given() -> None:
    figure = heat_map_figure({}, LevelBands(low_max=2, medium_max=12), language="en", title=None)
    patches = [p for p in figure.axes[0].patches if p.get_width() == 1 and p.get_height() == 1]
    colour_at = {(round(p.get_y() + 0.5), round(p.get_x() + 0.5)): p.get_facecolor() for p in patches}
    assert colour_at[(1, 3)] == mpl.colors.to_rgba(LEVEL_COLOURS[RiskLevel.MEDIUM])  # score 3: Medium here
    assert colour_at[(3, 4)] == mpl.colors.to_rgba(LEVEL_COLOURS[RiskLevel.MEDIUM])  # 12 is still Medium
    assert colour_at[(1, 2)] == mpl.colors.to_rgba(LEVEL_COLOURS[RiskLevel.LOW])
    assert colour_at[(5, 3)] == mpl.colors.to_rgba(LEVEL_COLOURS[RiskLevel.HIGH])
    assert "Medium 3–12" in svg(figure)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("zh_TW", ("可能性", "影響", "幾乎肯定", "嚴重", "高 10–25", "風險矩陣")),
        ("zh_CN", ("可能性", "影响", "几乎肯定", "严重", "高 10–25", "风险矩阵")),
    ],
)
def test_heat_map_in_chinese(language: str, words: tuple[str, ...]) -> None:
    figure = heat_map_figure({(2, 2): 4}, BANDS, language=language, title=None)
    assert png(figure).startswith(PNG_MAGIC)
    drawn = svg(figure)
    for word in words:
        assert word in drawn, word


def test_chinese_text_is_drawn_with_the_bundled_font_not_as_missing_glyphs(
    recwarn: pytest.WarningsRecorder,
) -> None:
    png(heat_map_figure({}, BANDS, language="zh_TW", title="風險矩陣 測試"))
    missing = [w for w in recwarn if "missing from font" in str(w.message)]
    assert missing == []


def test_compare_draws_arrows_and_marks_for_new_and_left_risks() -> None:
    moved = (
        Movement(1, "R-001", "a", (2, 2), (4, 5)),
        Movement(2, "R-002", "b", (2, 2), (4, 5)),
        Movement(3, "R-003", "c", None, (1, 1)),
        Movement(4, "R-004", "d", (5, 5), None),
    )
    figure = heat_map_figure({(4, 5): 2, (1, 1): 1}, BANDS, language="en", title=None, moved=moved)
    arrows = [p for p in figure.axes[0].patches if type(p).__name__ == "FancyArrowPatch"]
    assert len(arrows) == 1  # the two risks moving between the same cells share an arrow
    drawn = svg(figure)
    assert "×2" in drawn
    assert "new 1" in drawn
    assert "left 1" in drawn
    assert png(figure).startswith(PNG_MAGIC)


def test_level_trend_from_the_domain_sweep() -> None:
    history = [
        snap(1, date(2025, 1, 10), 5, 5),
        snap(2, date(2025, 2, 1), 1, 2),
        snap(1, date(2025, 5, 1), 2, 2),
        snap(3, date(2025, 8, 1), 3, 3),
        snap(2, date(2025, 9, 1), 1, 2, status=RiskStatus.CLOSED),
    ]
    dates = quarter_ends(date(2025, 1, 1), date(2025, 12, 31))
    points = level_trend(history, dates, BANDS, ScoreBasis.INHERENT)
    figure = level_trend_figure(points, language="en")
    axes = figure.axes[0]
    totals = [t.get_text() for t in axes.texts]
    assert totals == ["2", "2", "2", "2"]  # Q1: R1+R2; Q2: same; Q3: R1+R3 (R2 closed); Q4 same
    drawn = svg(figure)
    for word in ("Risks per level", "2025-03-31", "2025-12-31", "High", "Medium", "Low"):
        assert word in drawn, word
    assert png(figure).startswith(PNG_MAGIC)
    assert "各級別風險數量" in svg(level_trend_figure(points, language="zh_TW"))


def test_level_trend_with_no_points_says_so() -> None:
    figure = level_trend_figure((), language="zh_CN")
    assert "此期间没有数据" in svg(figure)


def test_score_trend_draws_both_scores_and_reviews() -> None:
    points = (
        ScorePoint(date(2025, 1, 1), 20, 12, review=False),
        ScorePoint(date(2025, 4, 1), 16, 8, review=True),
        ScorePoint(date(2025, 7, 1), 12, None, review=True),
    )
    figure = score_trend_figure(points, BANDS, language="en", code="R-007")
    axes = figure.axes[0]
    lines = {line.get_label(): line for line in axes.get_lines()}
    assert list(lines["Inherent"].get_ydata()) == [20, 16, 12]
    assert list(lines["Residual"].get_ydata()) == [12, 8]
    assert len(lines["Review"].get_xdata()) == 2
    drawn = svg(figure)
    assert "Score history of R-007" in drawn
    assert png(figure).startswith(PNG_MAGIC)
    assert "R-007 分數走勢" in svg(score_trend_figure(points, BANDS, language="zh_TW", code="R-007"))


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        heat_map_figure({}, BANDS, language="fr", title=None)


def test_figures_from_a_reconstructed_register() -> None:
    history = [snap(n, date(2025, 1, 1), 1 + n % 5, 1 + (n * 3) % 5, residual=(1, 1)) for n in range(40)]
    register = register_as_of(history, date(2025, 6, 30))
    members = cell_members(register.values(), ScoreBasis.RESIDUAL)
    cells = {cell: len(found) for cell, found in members.items()}
    figure = heat_map_figure(cells, BANDS, language="en", title=None)
    counts = {t.get_gid(): t.get_text() for t in figure.axes[0].texts if t.get_gid()}
    assert counts["count-1-1"] == "40"


def test_palette_reads_in_grey_and_text_contrasts() -> None:
    luminances = [relative_luminance(LEVEL_COLOURS[level]) for level in RiskLevel]
    assert luminances == sorted(luminances, reverse=True)  # Low lightest, High darkest
    assert min(b - a for a, b in zip(luminances[1:], luminances, strict=False)) > 0.1
    for level in RiskLevel:
        assert LEVEL_TEXT_COLOURS[level] == contrast_text(LEVEL_COLOURS[level])


def test_reports_import_no_qt_and_no_pyplot() -> None:
    code = (
        "import sys, app.reports.risk_figures; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'matplotlib.pyplot', 'app.services', "
        "'app.storage', 'app.ui'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_no_figure_keeps_a_pyplot_reference() -> None:
    # Figures built without pyplot are garbage-collected like any object: nothing registers them.
    figure = heat_map_figure({}, BANDS, language="en", title=None)
    assert figure.canvas.manager is None
    ref = weakref.ref(figure)
    del figure
    gc.collect()
    assert ref() is None
