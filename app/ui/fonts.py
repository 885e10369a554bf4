"""The bundled CJK font (WenQuanYi Micro Hei, Apache-2.0), added as a fallback so that Chinese names
and the Chinese interface render on machines that have no CJK font installed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FONT_FILE = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"


def install_cjk_fallback(app: QApplication) -> str | None:
    """Register the bundled font and append it to the application font's family list."""
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    font = QFont(app.font())
    current = font.families() or [font.family()]
    if families[0] not in current:
        font.setFamilies([*current, families[0]])
        app.setFont(font)
    return families[0]
