"""The shared PDF layout checked with qpdf and poppler: fonts, paper, furniture, metadata, no cut-off text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from app.reports import pdf_layout
from app.reports.pdf_layout import (
    MARGIN,
    DocumentInfo,
    Paper,
    build_pdf,
    frame_width,
    paper_named,
    register_fonts,
    styles,
    table,
    text,
)
from tests.support import pdf_tools

LONG_WORD = "Unbreakable" * 20  # wider than any column: must be split, not run off the page
CHINESE = "員工協助計劃危機處理記錄" * 30  # no spaces to break at
SIMPLIFIED = "员工协助计划危机处理记录"
ROWS = 160


@pytest.fixture(autouse=True, scope="module")
def _tools() -> None:
    pdf_tools.require_tools()


def _document(tmp_path: Path, paper: Paper, language: str = "en") -> Path:
    style = styles(language)
    width = frame_width(paper)
    rows = [
        [f"ROW-{n:03d}", f"{LONG_WORD if n == 7 else 'short'}", CHINESE if n == 11 else "x"]
        for n in range(ROWS)
    ]
    story = [
        Paragraph("Layout check", style.title),
        text("Typed <b>markup</b> & ampersands stay literal", style.body),
        text(f"{LONG_WORD} {SIMPLIFIED}", style.body),
        table(["Code", "Value", "Chinese"], rows, [1, 2, 3], style, frame_width=width),
        table(None, [["Label", "Value without a header row"]], [1, 3], style, frame_width=width),
    ]
    info = DocumentInfo(
        title="INC-2026-0001 — Layout check",
        subject="test",
        marking=pdf_layout.word("internal_marking", language),
        generated="2026-12-03 08:00",
    )
    out = tmp_path / f"layout-{paper.value}-{language}.pdf"
    out.write_bytes(build_pdf(story, info, paper=paper, language=language))
    return out


@pytest.mark.parametrize(("paper", "size"), [(Paper.A4, (595.3, 841.9)), (Paper.LETTER, (612.0, 792.0))])
def test_document_passes_the_pdf_tools_at_both_paper_sizes(
    tmp_path: Path, paper: Paper, size: tuple[float, float]
) -> None:
    out = _document(tmp_path, paper)
    pdf_tools.qpdf_check(out)
    pdf_tools.assert_fonts_embedded(out)
    width, height = pdf_tools.page_size(out)
    assert (round(width, 1), round(height, 1)) == size
    pages = pdf_tools.pages_text(out)
    assert len(pages) >= 3  # the long table runs over several pages
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Confidential — EAP" in page
        assert "2026-12-03 08:00" in page
        assert "Code" in page
        assert "Chinese" in page
    whole = pdf_tools.squashed("".join(pages))
    assert all(f"ROW-{n:03d}" in whole for n in range(ROWS))  # every row is there
    assert LONG_WORD in whole  # split across lines, not cut
    assert pdf_tools.squashed(CHINESE) in whole
    assert SIMPLIFIED in whole
    assert "Typed<b>markup</b>&ampersandsstayliteral" in whole
    pdf_tools.assert_nothing_outside_the_page(out, x_margin=MARGIN)
    pdf_tools.render_pages(out, tmp_path / "pages")


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_chinese_furniture_and_wrapping(tmp_path: Path, language: str) -> None:
    out = _document(tmp_path, Paper.A4, language)
    pdf_tools.qpdf_check(out)
    pdf_tools.assert_fonts_embedded(out)
    pages = pdf_tools.pages_text(out)
    marking = pdf_layout.word("internal_marking", language)
    page_word = "頁" if language == "zh_TW" else "页"
    for number, page in enumerate(pages, start=1):
        assert marking in page
        assert f"第 {number} {page_word}" in page
    pdf_tools.assert_nothing_outside_the_page(out, x_margin=MARGIN)


def test_metadata_names_the_app_and_only_the_title_given(tmp_path: Path) -> None:
    fields = pdf_tools.info(_document(tmp_path, Paper.A4))
    assert fields["Title"] == "INC-2026-0001 — Layout check"
    assert fields["Author"] == "EAP Crisis Desk"
    assert fields["Creator"] == "EAP Crisis Desk"
    assert fields["CreationDate"]
    assert not fields.get("Keywords")


def test_font_is_registered_once_per_process() -> None:
    name = register_fonts()
    started = time.perf_counter()
    for _ in range(20):
        assert register_fonts() == name
    assert time.perf_counter() - started < 0.05  # no re-parsing of the 5 MB collection


@pytest.mark.parametrize(
    ("name", "paper"), [("A4", Paper.A4), ("letter", Paper.LETTER), (" Letter ", Paper.LETTER)]
)
def test_paper_names(name: str, paper: Paper) -> None:
    assert paper_named(name) is paper


def test_unknown_paper_and_language_are_refused() -> None:
    with pytest.raises(ValueError, match="A4 or Letter"):
        paper_named("A5")
    with pytest.raises(ValueError, match="language"):
        styles("fr")


@pytest.mark.parametrize("paper", list(Paper))
def test_a_table_row_taller_than_a_page_splits_inside_the_row(tmp_path: Path, paper: Paper) -> None:
    style = styles("en")
    sentences = " ".join(f"Sentence-{n:03d} of a very long timeline entry." for n in range(400))
    story = [
        table(
            ["Time", "Details"],
            [["08:00", sentences], ["09:00", "after"]],
            [1, 5],
            style,
            frame_width=frame_width(paper),
        )
    ]
    info = DocumentInfo(title="T", subject="S", marking="Confidential — EAP", generated="G")
    out = tmp_path / "tall.pdf"
    out.write_bytes(build_pdf(story, info, paper=paper, language="en"))
    pdf_tools.qpdf_check(out)
    pages = pdf_tools.pages_text(out)
    assert len(pages) >= 2
    assert all("Details" in page for page in pages)  # the header row repeats
    whole = pdf_tools.squashed("".join(pages))
    assert all(f"Sentence-{n:03d}" in whole for n in range(400))
    assert whole.index("Sentence-399") < whole.rindex("after")
    pdf_tools.assert_nothing_outside_the_page(out, x_margin=MARGIN)
