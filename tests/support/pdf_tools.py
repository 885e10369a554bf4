"""Checking PDFs with real tools (qpdf, poppler-utils) rather than by reading our own code back."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False, timeout=120)


def qpdf_check(path: Path) -> None:
    result = _run("qpdf", "--check", path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


@dataclass(frozen=True)
class FontRow:
    name: str
    embedded: bool
    subset: bool
    unicode: bool


def fonts(path: Path) -> list[FontRow]:
    """The rows of ``pdffonts``: the last five columns are emb, sub, uni, object number, generation."""
    result = _run("pdffonts", path)
    assert result.returncode == 0, result.stderr
    rows = []
    for line in result.stdout.splitlines()[2:]:
        parts = line.split()
        emb, sub, uni = parts[-5:-2]
        rows.append(FontRow(parts[0], emb == "yes", sub == "yes", uni == "yes"))
    return rows


def assert_fonts_embedded(path: Path) -> None:
    rows = fonts(path)
    assert rows, "the PDF lists no fonts"
    for row in rows:
        assert row.embedded, row
        assert row.subset, row
        assert row.unicode, row
        assert re.match(r"^[A-Z]{6}\+", row.name), row  # a subset's tag


def info(path: Path) -> dict[str, str]:
    result = _run("pdfinfo", path)
    assert result.returncode == 0, result.stderr
    fields = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def page_size(path: Path) -> tuple[float, float]:
    match = re.match(r"([\d.]+) x ([\d.]+) pts", info(path)["Page size"])
    assert match
    return float(match.group(1)), float(match.group(2))


def pages_text(path: Path) -> list[str]:
    """The text of each page (``pdftotext`` separates pages with form feeds)."""
    result = _run("pdftotext", "-enc", "UTF-8", path, "-")
    assert result.returncode == 0, result.stderr
    pages = result.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squashed(text: str) -> str:
    """Text with all white space removed: a wrapped phrase compares equal to the unwrapped one."""
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def words(path: Path) -> tuple[list[tuple[float, float]], list[Word]]:
    """Every word with its box (``pdftotext -bbox``), and each page's size."""
    result = _run("pdftotext", "-enc", "UTF-8", "-bbox", path, "-")
    assert result.returncode == 0, result.stderr
    sizes: list[tuple[float, float]] = []
    found: list[Word] = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', result.stdout, re.S):
        sizes.append((float(page.group(1)), float(page.group(2))))
        for word in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            page.group(3),
        ):
            x0, y0, x1, y1 = (float(word.group(i)) for i in range(1, 5))
            found.append(Word(len(sizes), html.unescape(word.group(5)), x0, y0, x1, y1))
    return sizes, found


def assert_nothing_outside_the_page(path: Path, x_margin: float, y_margin: float = 10.0) -> None:
    """No word runs into the side margins (``x_margin`` points) or off the top and bottom.

    Text that overflows a column or the frame would be cut off by a printer, or overlap.
    """
    sizes, found = words(path)
    assert found
    for word in found:
        width, height = sizes[word.page - 1]
        assert x_margin - 1 <= word.x_min, word
        assert word.x_max <= width - x_margin + 1, word
        assert y_margin <= word.y_min, word
        assert word.y_max <= height - y_margin, word


def render_pages(path: Path, folder: Path, resolution: int = 50) -> list[Path]:
    """``pdftoppm`` renders every page without an error; returns the images."""
    folder.mkdir(parents=True, exist_ok=True)
    result = _run("pdftoppm", "-r", str(resolution), "-png", path, folder / "page")
    assert result.returncode == 0, result.stderr
    assert not result.stderr.strip(), result.stderr
    images = sorted(folder.glob("page*.png"))
    assert len(images) == int(info(path)["Pages"])
    assert all(image.stat().st_size > 1000 for image in images)
    return images


def require_tools() -> None:
    for tool in ("qpdf", "pdffonts", "pdftotext", "pdftoppm", "pdfinfo"):
        if _run("which", tool).returncode != 0:
            pytest.fail(f"{tool} is missing: apt-get install qpdf poppler-utils")
