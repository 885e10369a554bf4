"""One look for every risk chart: the level colours, the text colour on each, and the CJK font.

The Qt heat map and the PDF figures read the same ``LEVEL_COLOURS``. The palette is chosen to
survive the two ways a board pack is usually seen: by a reader with red–green colour blindness
(the three levels differ strongly in lightness, not only in hue, and the hues are from ColorBrewer's
diverging green–orange–red set that stays ordered under deuteranopia) and on a grey-scale printer
(relative luminance ≈ 0.67, 0.53, 0.09, so Low prints light grey, Medium mid grey, High near black).
``LEVEL_HATCHES`` adds a pattern for fills in charts that may be photocopied.

matplotlib has no CJK glyphs of its own; the bundled WenQuanYi Micro Hei (the font the Qt side
installs as a fallback, app/ui/fonts.py) is registered with matplotlib's font manager once per
process and named after DejaVu Sans in ``font.family``, so Latin text keeps DejaVu and Chinese
falls back per glyph.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib as mpl
from matplotlib import font_manager

from app.domain.risks import RiskLevel

FONT_FILE = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"
LATIN_FAMILY = "DejaVu Sans"

LEVEL_COLOURS: dict[RiskLevel, str] = {
    RiskLevel.LOW: "#b8e0b0",  # light green: luminance ≈ 0.67
    RiskLevel.MEDIUM: "#f9b25a",  # orange: ≈ 0.53
    RiskLevel.HIGH: "#a8142a",  # dark red: ≈ 0.09
}
# Text drawn on a level's fill: whichever of black and white contrasts more with it.
LEVEL_TEXT_COLOURS: dict[RiskLevel, str] = {
    RiskLevel.LOW: "#000000",
    RiskLevel.MEDIUM: "#000000",
    RiskLevel.HIGH: "#ffffff",
}
LEVEL_HATCHES: dict[RiskLevel, str] = {RiskLevel.LOW: "", RiskLevel.MEDIUM: "//", RiskLevel.HIGH: "xx"}
# Lines and labels need colours that show on white: the fills' darker siblings.
LEVEL_LINE_COLOURS: dict[RiskLevel, str] = {
    RiskLevel.LOW: "#2e7d32",
    RiskLevel.MEDIUM: "#c46a00",
    RiskLevel.HIGH: "#a8142a",
}
GRID_COLOUR = "#9e9e9e"
MOVE_COLOUR = "#1f4e9c"  # compare arrows: blue, distinct from all three levels in colour and in grey

_state: dict[str, str | None] = {}


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``; used to pick black or white text on a fill."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_text(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (WCAG contrast ratio)."""
    luminance = relative_luminance(colour)
    on_black = (luminance + 0.05) / 0.05
    on_white = 1.05 / (luminance + 0.05)
    return "#000000" if on_black >= on_white else "#ffffff"


def cjk_family() -> str | None:
    """Register the bundled CJK font with matplotlib (once) and return its family name."""
    if "family" in _state:
        return _state["family"]
    family: str | None = None
    if FONT_FILE.is_file():
        try:
            font_manager.fontManager.addfont(str(FONT_FILE))
            family = font_manager.FontProperties(fname=str(FONT_FILE)).get_name()
        except (OSError, RuntimeError, ValueError):
            family = None  # a missing or unreadable font: Latin text still renders
    _state["family"] = family
    if family is not None:
        # Per-glyph fallback walks ``font.family`` itself; a generic "sans-serif" there would resolve
        # to one font only, so the two families are named.
        mpl.rcParams["font.family"] = [LATIN_FAMILY, family]
    mpl.rcParams["axes.unicode_minus"] = False  # U+2212 is missing from many CJK fonts
    return family
