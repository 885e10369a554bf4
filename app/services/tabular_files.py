"""Reading and writing the spreadsheets people exchange: CSV in whatever encoding Excel or WPS saved,
and XLSX. Generic on purpose: the risk register import uses it, and so will the on-call hours report.

What a file really is comes from its bytes, not its name: a PDF renamed ``.xlsx`` or an old binary
``.xls`` gets a clear refusal instead of a parser's stack trace. CSV text is decoded as UTF-8 (with
or without BOM), UTF-16 when it has a BOM, else as GB18030 or Big5, whichever reads as more common
characters (a Simplified Chinese register saved by Excel on a mainland PC is GB18030, a Hong Kong or
Taiwan one Big5). The delimiter is sniffed from the first line: comma, semicolon (European Excel) or tab;
Excel's own ``sep=;`` first line is honoured (and, as in Excel, not counted as a row). A workbook's
first sheet is read, or the first whose name the caller prefers, by streaming its XML (see _read_xlsx).

CSV is written as UTF-8 with a BOM so that Excel shows Chinese correctly, with CRLF line ends. A text
cell that starts with ``= + - @`` is written with a leading apostrophe so that Excel does not run it
as a formula (CSV injection); reading strips that apostrophe again, so a file round-trips.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import gc
import io
import os
import posixpath
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from app.services.errors import InvalidInput

Cell = str | int | float | date | datetime | bool | None
MAX_ROWS = 50_000  # beyond this a "register" is a data dump; the importer would hold it all in memory
MAX_BYTES = 64 * 1024 * 1024
_FORMULA_START = ("=", "+", "-", "@")
_DELIMITERS = (",", ";", "\t")


class TabularFileError(InvalidInput):
    """A file that cannot be read as a table; the message names the file and what to do, never its text."""


class EmptyFile(TabularFileError):
    pass


class UnsupportedFile(TabularFileError):
    """Not CSV or XLSX, whatever its name says."""


class FileTooLarge(TabularFileError):
    pass


class UnreadableFile(TabularFileError):
    """The file could not be opened or decoded."""


@dataclass(frozen=True, slots=True)
class TableRow:
    """One non-empty row and its number as the file shows it (spreadsheet row; CSV record from 1)."""

    number: int
    cells: tuple[Cell, ...]

    def __repr__(self) -> str:
        return f"TableRow(number={self.number}, cells={len(self.cells)})"


@dataclass(frozen=True, slots=True)
class Table:
    """The rows of a file (blank rows left out), what it was, and which sheet was read."""

    rows: tuple[TableRow, ...]
    kind: str  # "csv" or "xlsx"
    sheet: str | None = None
    encoding: str | None = None

    def __repr__(self) -> str:
        return f"Table(kind={self.kind!r}, rows={len(self.rows)}, sheet={self.sheet!r})"


def _sniff_kind(path: Path, head: bytes) -> str:
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"%PDF"):
        raise UnsupportedFile(f"{path.name} is a PDF, not a spreadsheet. Export the register as XLSX or CSV.")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFile(
            f"{path.name} is an old Excel 97–2003 (.xls) or other Office binary file. Save it as .xlsx or CSV."
        )
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        raise UnsupportedFile(
            f"{path.name} is named like an Excel workbook but is not one (it is not a ZIP file)."
        )
    return "csv"


def read_table(
    path: Path, *, max_rows: int = MAX_ROWS, prefer_sheet: Callable[[str], bool] | None = None
) -> Table:
    """The rows of a CSV or XLSX file. ``prefer_sheet``: which sheet of a workbook to read (the first
    sheet whose name it accepts, else the first sheet). Raises a ``TabularFileError`` subclass."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise UnreadableFile(
            f"{path.name} cannot be read ({error.strerror or 'input/output error'})."
        ) from None
    if size == 0:
        raise EmptyFile(f"{path.name} is empty.")
    if size > MAX_BYTES:
        raise FileTooLarge(
            f"{path.name} is larger than {MAX_BYTES // (1024 * 1024)} MB; split it or remove data."
        )
    kind = _sniff_kind(path, head)
    table = _read_xlsx(path, max_rows, prefer_sheet) if kind == "xlsx" else _read_csv(path, max_rows)
    if not table.rows:
        raise EmptyFile(f"{path.name} has no rows with data.")
    return table


def _too_many(path: Path, max_rows: int) -> FileTooLarge:
    return FileTooLarge(f"{path.name} has more than {max_rows:,} rows; split it into smaller files.")


def _trimmed(cells: Iterable[Cell]) -> tuple[Cell, ...]:
    values = [None if isinstance(c, str) and not c.strip() else c for c in cells]
    while values and values[-1] is None:
        values.pop()
    return tuple(values)


# -- CSV ------------------------------------------------------------------------------------------------


def _common_share(text: str, common: Callable[[str], bool]) -> float:
    wide = [ch for ch in text if ord(ch) > 0x7F]
    return sum(1 for ch in wide if common(ch)) / len(wide) if wide else 1.0


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _in_big5_common(ch: str) -> bool:
    """Big5 level-1 (frequently used) hanzi and the punctuation block before them."""
    try:
        encoded = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and 0xA1 <= encoded[0] <= 0xC6


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: BOMs first, then UTF-8, then the likelier of GB18030 and Big5."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding, common in (("gb18030", _in_gb2312), ("big5hkscs", _in_big5_common)):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_common_share(text, common), encoding == "gb18030", text, encoding))
    if not candidates:
        raise UnicodeDecodeError("unknown", data[:1], 0, 1, "not UTF-8, UTF-16, GB18030 or Big5")
    _share, _prefer, text, encoding = max(candidates)
    return text, encoding


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _unguarded(value: str) -> str:
    if len(value) > 1 and value[0] == "'" and value[1] in _FORMULA_START:
        return value[1:]
    return value


def _read_csv(path: Path, max_rows: int) -> Table:
    data = path.read_bytes()
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UnsupportedFile(f"{path.name} is a binary file, not CSV text or an XLSX workbook.")
    try:
        text, encoding = decode_text(data)
    except UnicodeDecodeError:
        raise UnreadableFile(
            f"{path.name} is not text in UTF-8, UTF-16, GB18030 or Big5. Save it as “CSV UTF-8” and try again."
        ) from None
    first_line, _newline, rest = text.partition("\n")
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delimiter, text = first_line.strip()[4], rest
    else:
        delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[TableRow] = []
    try:
        for number, record in enumerate(reader, start=1):
            cells = _trimmed(_unguarded(value) for value in record)
            if cells:
                if len(rows) > max_rows:  # the header row plus max_rows data rows
                    raise _too_many(path, max_rows)
                rows.append(TableRow(number, cells))
    except csv.Error:
        raise UnreadableFile(f"{path.name} is not well-formed CSV (check its quotes).") from None
    return Table(tuple(rows), "csv", encoding=encoding)


# -- XLSX -----------------------------------------------------------------------------------------------


# A workbook is read by streaming its XML (zipfile + ElementTree.iterparse) rather than through
# openpyxl's read-only worksheets: same cells, about four times faster on a 10,000-row register,
# which is what keeps a large import within its budget. openpyxl still writes workbooks and supplies
# the number-format and serial-date rules.
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# _XML_SAFETY: the parts of a workbook are untrusted XML. ElementTree never fetches external entities,
# and the expat it runs on (2.4 and later, bundled with Python 3.11) refuses entity-expansion bombs;
# a ZIP bomb is refused by the unpacked-size cap before anything is parsed. openpyxl, without the
# optional defusedxml, relies on the same parser.
MAX_UNPACKED = 512 * 1024 * 1024
# Built-in number formats that Excel shows as dates in East Asian locales (not in openpyxl's table).
_CJK_DATE_FORMATS = frozenset({*range(27, 37), *range(50, 59)})


def _xml(archive: zipfile.ZipFile, member: str) -> ElementTree.Element | None:
    try:
        return ElementTree.fromstring(archive.read(member))  # noqa: S314 - see _XML_SAFETY
    except KeyError:
        return None


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    root = _xml(archive, "xl/sharedStrings.xml")
    if root is None:
        return []
    strings = []
    for item in root.iter(f"{_MAIN}si"):
        parts = [child.text or "" for child in item if child.tag == f"{_MAIN}t"]
        parts += [t.text or "" for run in item.iter(f"{_MAIN}r") for t in run.iter(f"{_MAIN}t")]
        strings.append("".join(parts))
    return strings


def _date_styles(archive: zipfile.ZipFile) -> frozenset[int]:
    """Indexes of the cell formats whose number format shows a date."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format  # noqa: PLC0415

    root = _xml(archive, "xl/styles.xml")
    if root is None:
        return frozenset()
    formats: dict[int, str] = dict(BUILTIN_FORMATS)
    for fmt in root.iter(f"{_MAIN}numFmt"):
        formats[int(fmt.get("numFmtId", "0"))] = fmt.get("formatCode", "")
    dates = set()
    cell_formats = root.find(f"{_MAIN}cellXfs")
    for index, xf in enumerate(() if cell_formats is None else cell_formats.iter(f"{_MAIN}xf")):
        number = int(xf.get("numFmtId", "0"))
        if number in _CJK_DATE_FORMATS or is_date_format(formats.get(number, "General")):
            dates.add(index)
    return frozenset(dates)


def _column_index(reference: str) -> int:
    number = 0
    for ch in reference:
        if not ch.isalpha():
            break
        number = number * 26 + (ord(ch.upper()) - 64)
    return number - 1


def _sheet_member(archive: zipfile.ZipFile, prefer_sheet: Callable[[str], bool] | None) -> tuple[str, str]:
    book = _xml(archive, "xl/workbook.xml")
    rels = _xml(archive, "xl/_rels/workbook.xml.rels")
    if book is None or rels is None:
        raise KeyError("workbook")
    sheets = [(s.get("name") or "", s.get(f"{_DOC_REL}id") or "") for s in book.iter(f"{_MAIN}sheet")]
    if not sheets:
        raise KeyError("sheets")
    name, rel_id = next((s for s in sheets if prefer_sheet is not None and prefer_sheet(s[0])), sheets[0])
    targets = {r.get("Id"): r.get("Target") or "" for r in rels.iter(f"{_PKG_REL}Relationship")}
    target = targets[rel_id]
    member = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
    return name, member


def _epoch(archive: zipfile.ZipFile) -> datetime:
    from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH  # noqa: PLC0415

    book = _xml(archive, "xl/workbook.xml")
    flags = [] if book is None else [p.get("date1904", "") for p in book.iter(f"{_MAIN}workbookPr")]
    return MAC_EPOCH if any(f.lower() in {"1", "true"} for f in flags) else WINDOWS_EPOCH


def _cell_value(
    cell: ElementTree.Element, shared: Sequence[str], dates: frozenset[int], epoch: datetime
) -> Cell:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{_MAIN}t"))
    value = cell.find(f"{_MAIN}v")
    text = None if value is None else value.text
    if text is None or kind == "e":
        return None
    if kind == "s":
        return shared[int(text)]
    if kind == "str":
        return text
    if kind == "b":
        return text.strip() in {"1", "true"}
    if kind == "d":
        return datetime.fromisoformat(text.rstrip("Z"))
    number = float(text)
    if int(cell.get("s", "0")) in dates:
        from openpyxl.utils.datetime import from_excel  # noqa: PLC0415

        return from_excel(number, epoch)
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a large table is read or worked through, as it was after.

    A 10,000-row sheet is some 400,000 short-lived XML elements and the rows built from it, none of
    them in a reference cycle (refcounting frees each one); left on, the collector would rescan
    everything the process holds hundreds of times, a third of the read. Nests: only the outermost
    pause turns it back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _sheet_rows(
    handle: IO[bytes],
    shared: Sequence[str],
    dates: frozenset[int],
    epoch: datetime,
    *,
    too_many: Callable[[], FileTooLarge],
    max_rows: int,
) -> list[TableRow]:
    """The non-empty rows of a worksheet's XML, streamed. The hot loop of a large import: tags and
    column letters are looked up once, and the usual text cells (inline or shared) are read here."""
    row_tag, cell_tag, text_tag, value_tag = f"{_MAIN}row", f"{_MAIN}c", f"{_MAIN}t", f"{_MAIN}v"
    columns: dict[str, int] = {}  # "AB" → 27, once per column letters
    rows: list[TableRow] = []
    number = 0
    for _event, element in ElementTree.iterparse(handle):  # noqa: S314 - see _XML_SAFETY
        if element.tag != row_tag:
            continue
        number = int(element.get("r") or number + 1)
        values: list[Cell] = []
        for cell in element.iter(cell_tag):
            reference = cell.get("r")
            if reference:
                letters = reference.rstrip("0123456789")
                column = columns.get(letters)
                if column is None:
                    column = columns[letters] = _column_index(letters)
                if column > len(values):
                    values.extend([None] * (column - len(values)))
            kind = cell.get("t")
            if kind == "inlineStr":
                parts = list(cell.iter(text_tag))
                values.append(
                    (parts[0].text or "") if len(parts) == 1 else "".join(t.text or "" for t in parts)
                )
            elif kind == "s" and (value := cell.find(value_tag)) is not None and value.text is not None:
                values.append(shared[int(value.text)])
            else:
                values.append(_cell_value(cell, shared, dates, epoch))
        element.clear()
        cells = _trimmed(values)
        if cells:
            if len(rows) > max_rows:
                raise too_many()
            rows.append(TableRow(number, cells))
    return rows


def _read_xlsx(path: Path, max_rows: int, prefer_sheet: Callable[[str], bool] | None) -> Table:
    not_a_workbook = UnsupportedFile(
        f"{path.name} is not an Excel workbook (.xlsx) that can be read. Save it again as .xlsx or CSV."
    )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise not_a_workbook from None
    with archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
            raise FileTooLarge(
                f"{path.name} unpacks to more than {MAX_UNPACKED // (1024 * 1024)} MB; it is not a register."
            )
        try:
            name, member = _sheet_member(archive, prefer_sheet)
            shared = _shared_strings(archive)
            dates = _date_styles(archive)
            epoch = _epoch(archive)
        except (KeyError, ValueError, ElementTree.ParseError, zipfile.BadZipFile):
            raise not_a_workbook from None
        try:
            with archive.open(member) as handle, collector_paused():
                rows = _sheet_rows(
                    handle,
                    shared,
                    dates,
                    epoch,
                    too_many=lambda: _too_many(path, max_rows),
                    max_rows=max_rows,
                )
        except (KeyError, ValueError, IndexError, OverflowError, ElementTree.ParseError, zipfile.BadZipFile):
            raise UnsupportedFile(
                f"{path.name} is a damaged workbook; open and save it again in Excel."
            ) from None
        return Table(tuple(rows), "xlsx", sheet=name)


# -- writing --------------------------------------------------------------------------------------------


def _replace_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write next to ``path`` and rename over it, so a failed export never leaves half a file."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    try:
        write(Path(temporary))
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _csv_value(value: Cell) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write a UTF-8 (BOM) CSV; returns the number of data rows written."""
    count = 0

    def write(target: Path) -> None:
        nonlocal count
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow([_csv_value(h) for h in headers])
            for row in rows:
                writer.writerow([_csv_value(v) for v in row])
                count += 1

    _replace_atomically(path, write)
    return count


def write_xlsx(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]], *, sheet_title: str = "Sheet1"
) -> int:
    """Write an XLSX workbook of one sheet (header row in bold, frozen); returns the data rows written.

    Every text is stored as text, never as a formula, whatever it starts with. A normal (not
    write-only) workbook: it stores texts as shared strings, as Excel does, which reads back about
    twice as fast as write-only mode's inline strings.
    """
    from openpyxl import Workbook  # noqa: PLC0415 - see _read_xlsx
    from openpyxl.styles import Font  # noqa: PLC0415

    count = 0

    def write(target: Path) -> None:
        nonlocal count
        book = Workbook()
        sheet = book.active
        sheet.title = sheet_title[:31]
        sheet.append(list(headers))
        bold = Font(bold=True)
        for cell in sheet[1]:
            cell.font = bold
        sheet.freeze_panes = "A2"
        for number, row in enumerate(rows, start=2):
            sheet.append([None if v is None else v for v in row])
            for cell in sheet[number]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # "=…" stays text
                elif isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
            count += 1
        book.save(target)

    _replace_atomically(path, write)
    return count
