"""The page layout every PDF report shares: font, styles, paper, page furniture and metadata.

Pure reportlab, no Qt and no services, so the incident summary, the board report and the drill
after-action report all look alike and all keep the same promises:

* **One embedded font for everything.** reportlab embeds TrueType outlines only; the bundled
  WenQuanYi Micro Hei (``resources/fonts``, Apache-2.0) covers Latin, Traditional and Simplified
  Chinese, so a report reads the same whatever language its text is in. reportlab subsets it on
  output. Registering it parses a 5 MB collection (about 0.3 s), so ``register_fonts`` does it once
  per process. The document's initial font is set to it too: otherwise reportlab's page preamble
  names Helvetica, which would appear in the PDF as a non-embedded font.
* **Page furniture on every page**: the classification marking, the generation date and
  "page n of m". The total is known only after the last page, so pages are kept and decorated when
  the document is saved (``_furnished_canvas``: the usual "numbered canvas").
* **Metadata without personal data**: title is the code and report name only, author the app.
* **Nothing cut off**: every text is a ``Paragraph`` (wraps, long words split), table columns are
  fractions of the frame width at either paper size, tables repeat their header row when they
  split and rows taller than a page split inside the row.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from app.reports.chart_style import FONT_FILE

FONT_NAME = "WQYMicroHei"
APP_NAME = "EAP Crisis Desk"
LANGUAGES = ("en", "zh_TW", "zh_CN")
MARGIN = 18 * mm
FURNITURE_SIZE = 7.5

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9e9e9e")
HEADER_FILL = colors.HexColor("#dfe6ee")
STRIPE_FILL = colors.HexColor("#f4f6f8")
ACCENT = colors.HexColor("#1f4e9c")
MISSED = colors.HexColor("#a8142a")
MET = colors.HexColor("#2e7d32")


class Paper(StrEnum):
    A4 = "A4"
    LETTER = "Letter"

    @property
    def size(self) -> tuple[float, float]:
        return A4 if self is Paper.A4 else LETTER


def paper_named(name: str) -> Paper:
    """``A4`` or ``Letter`` (any case): the value of the CLI option and the report view's choice."""
    for paper in Paper:
        if str(name).strip().lower() == paper.value.lower():
            return paper
    raise ValueError("paper must be A4 or Letter")


def language_index(language: str) -> int:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    return LANGUAGES.index(language)


# Words of the page furniture, (English, Traditional Chinese, Simplified Chinese).
_WORDS: dict[str, tuple[str, str, str]] = {
    "page": ("Page {n} of {m}", "第 {n} 頁,共 {m} 頁", "第 {n} 页,共 {m} 页"),
    "generated": ("Generated {date}", "產生於 {date}", "生成于 {date}"),
    "internal_marking": ("Confidential — EAP", "機密 — 員工協助計劃", "机密 — 员工协助计划"),
    "board_marking": (
        "Board — de-identified, no personal data",
        "董事會 — 已去識別化,不含個人資料",
        "董事会 — 已去标识化,不含个人信息",
    ),
}


def word(key: str, language: str, **values: object) -> str:
    text = _WORDS[key][language_index(language)]
    return text.format(**values) if values else text


_registered: dict[str, bool] = {}


def register_fonts() -> str:
    """Register the bundled CJK TrueType font with reportlab once per process; returns its name.

    The collection's first face is the proportional Micro Hei. There is no bold face: ``<b>`` maps
    to the same face (registered as its own bold), and headings differ by size and colour instead.
    """
    if not _registered:
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_FILE), subfontIndex=0))
        pdfmetrics.registerFontFamily(
            FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME, boldItalic=FONT_NAME
        )
        _registered[FONT_NAME] = True
    return FONT_NAME


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles of a report; CJK line breaking for the Chinese reports."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    header_cell: ParagraphStyle
    note: ParagraphStyle
    label: ParagraphStyle  # a small heading inside a section (kept with what follows)


def styles(language: str) -> Styles:
    """Styles for ``language`` (checked here, so a bad language fails before any layout).

    Every style wraps the CJK way, whatever the report's language: Chinese has no spaces to break
    at and typed text mixes scripts (an English report quotes a Chinese place name). reportlab's CJK
    wrapping still breaks Latin text between words; the default wrapping measured a Chinese run as
    one long word and let it overrun its table column.
    """
    language_index(language)
    font = register_fonts()
    base = ParagraphStyle(
        "body", fontName=font, fontSize=9.5, leading=13, textColor=INK, wordWrap="CJK", spaceAfter=3
    )
    return Styles(
        title=ParagraphStyle("title", parent=base, fontSize=17, leading=22, spaceAfter=2, textColor=ACCENT),
        subtitle=ParagraphStyle("subtitle", parent=base, fontSize=10, leading=14, textColor=MUTED),
        heading=ParagraphStyle(
            "heading",
            parent=base,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        header_cell=ParagraphStyle("header_cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        note=ParagraphStyle("note", parent=base, fontSize=8.5, leading=11.5, textColor=MUTED, spaceBefore=3),
        label=ParagraphStyle(
            "label", parent=base, fontSize=10, leading=14, textColor=MUTED, spaceBefore=4, keepWithNext=1
        ),
    )


def text(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain (typed) text: markup characters escaped, line breaks kept."""
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    style: Styles,
    *,
    frame_width: float,
    emphasis: Sequence[tuple[int, int, colors.Color]] = (),
) -> Table:
    """A table whose columns share ``frame_width`` by the fractions ``widths``.

    Every cell is a wrapping paragraph, so no text is cut off at either paper size; the header row
    (none for a label/value table: ``header=None``) repeats on every page the table runs onto, and a
    row taller than a page splits inside itself. ``emphasis`` colours single cells' text:
    (column, row counted without the header, colour).
    """
    total = sum(widths)
    col_widths = [frame_width * w / total for w in widths]
    coloured = {(column, row): colour for column, row, colour in emphasis}
    data: list[list[Flowable]] = [[text(h, style.header_cell) for h in header]] if header else []
    for r, row in enumerate(rows):
        cells: list[Flowable] = []
        for c, cell in enumerate(row):
            if isinstance(cell, Flowable):
                cells.append(cell)
            elif (c, r) in coloured:
                tinted = ParagraphStyle(f"cell_{c}_{r}", parent=style.cell, textColor=coloured[(c, r)])
                cells.append(text(str(cell), tinted))
            else:
                cells.append(text(str(cell), style.cell))
        data.append(cells)
    first = 1 if header else 0
    commands: list[tuple[Any, ...]] = [
        # a table sets its cells' font even when they hold paragraphs: Helvetica would be referenced
        ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
        ("LINEBELOW", (0, first), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, STRIPE_FILL]),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE)]
    else:
        commands += [("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE)]
    result = Table(data, colWidths=col_widths, repeatRows=first, splitInRow=1, hAlign="LEFT")
    result.setStyle(TableStyle(commands))
    return result


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What goes into the PDF's metadata and onto every page; never personal data."""

    title: str  # e.g. "INC-2026-0042 — Incident summary": a code and a report name only
    subject: str
    marking: str  # the classification marking printed on every page
    generated: str  # the generation date as printed
    confidential: bool = True  # the marking in red (internal) rather than blue (de-identified)


def _furnished_canvas(info: DocumentInfo, language: str) -> type[Canvas]:
    """A canvas class that keeps its pages and prints the furniture once the page count is known."""

    class FurnishedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._kept: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept)
            for state in self._kept:
                self.__dict__.update(state)
                self._furnish(self._pageNumber, total)
                super().showPage()
            super().save()

        def _furnish(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(FONT_NAME, FURNITURE_SIZE)
            self.setFillColor(MISSED if info.confidential else ACCENT)
            self.drawString(MARGIN, height - MARGIN / 2, info.marking)
            self.setFillColor(MUTED)
            self.drawRightString(width - MARGIN, height - MARGIN / 2, info.title)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, height - MARGIN / 2 - 3, width - MARGIN, height - MARGIN / 2 - 3)
            self.line(MARGIN, MARGIN / 2 + 9, width - MARGIN, MARGIN / 2 + 9)
            self.drawString(MARGIN, MARGIN / 2, f"{info.marking} · {info.generated}")
            self.drawRightString(width - MARGIN, MARGIN / 2, word("page", language, n=number, m=total))
            self.restoreState()

    return FurnishedCanvas


def build_pdf(story: Sequence[Flowable], info: DocumentInfo, *, paper: Paper, language: str) -> bytes:
    """The story laid out on ``paper`` with the page furniture and metadata, as PDF bytes."""
    font = register_fonts()
    buffer = io.BytesIO()
    width, height = paper.size
    doc = BaseDocTemplate(
        buffer,
        pagesize=paper.size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=info.title,
        author=APP_NAME,
        creator=APP_NAME,
        subject=info.subject,
        keywords="",
        lang={"en": "en", "zh_TW": "zh-TW", "zh_CN": "zh-CN"}[language],
        initialFontName=font,
        initialFontSize=9.5,
        initialLeading=13,
    )
    # no inner padding: tables are sized to ``frame_width`` and would overrun a padded frame
    frame = Frame(
        MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=_furnished_canvas(info, language))
    return buffer.getvalue()


def frame_width(paper: Paper) -> float:
    """The width text and tables may use on ``paper`` (the page less both margins)."""
    return paper.size[0] - 2 * MARGIN


def format_moment(moment: datetime | None, zone: Any, empty: str = "—") -> str:
    """An instant in the report's time zone, minutes precision (``zone`` a tzinfo)."""
    if moment is None:
        return empty
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"


class ReportWriter:
    """What every report's renderer writes with: its language, styles, usable width and zone.

    The incident summary, the board report and the after-action report each subclass it with
    their own sections, so their paragraphs, notes and tables look and wrap the same way.
    """

    def __init__(self, paper: Paper, language: str, time_zone: str) -> None:
        self.paper = paper
        self.language = language
        self.zone: Any = ZoneInfo(time_zone) if time_zone != "UTC" else UTC
        self.style: Styles = styles(language)
        self.width = frame_width(paper)

    def para(self, value: str) -> Paragraph:
        return text(value, self.style.body)

    def note(self, value: str) -> Paragraph:
        return text(value, self.style.note)

    def table(
        self,
        header: Sequence[str] | None,
        rows: Sequence[Sequence[str | Flowable]],
        widths: Sequence[float],
        emphasis: Sequence[tuple[int, int, colors.Color]] = (),
    ) -> Flowable:
        return table(header, rows, widths, self.style, frame_width=self.width, emphasis=emphasis)
