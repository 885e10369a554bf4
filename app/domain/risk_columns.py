"""How a risk register spreadsheet maps onto our risk fields: headers, scale values, dates, owners.

Offices bring the register they already keep, usually built from a widely shared template, in English,
Traditional or Simplified Chinese. So headers are matched case-, space- and punctuation-insensitively
against synonyms in the three languages (a bilingual header such as "可能性 (Likelihood)" matches when
its parts agree), and any other column can be mapped by hand. The rules for values are the ones
docs/risk-import.md documents:

* likelihood and impact: a whole number 1–5 (also "3.0" or "3 - Possible"), or a level name in any of
  the three languages. A three-level scale maps Low/低 → 1, Medium/中 → 3, High/高 → 5 (the ends and
  the middle of our scale, so a "High" risk stays in the top row and column). A column that also uses
  "Very low"/"Very high" is read as a generic five-level scale: very low 1, low 2, medium 3, high 4,
  very high 5.
* dates: ISO (2026-03-31), 2026/03/31, 2026年3月31日, 31 Mar 2026, Excel date cells and serial numbers,
  and d/m/yyyy — day first, unless the column holds a date that is only possible month first (such as
  03/31/2026) and none that is only possible day first: then the whole column is read month first.
  Two-digit years are refused.
* a Score column is never trusted: it is compared with likelihood × impact and a mismatch is a warning.

Messages say what is wrong without repeating the cell: a register's text may hold confidential details.
Only numbers, codes and the file's own headers are quoted. Pure: no I/O, the caller passes the sources,
accounts and today's date.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from app.domain.crisis_roles import ROLE_LABELS, CrisisRole
from app.domain.risks import (
    IMPACT_NAMES,
    LEVEL_NAMES,
    LIKELIHOOD_NAMES,
    SCALE,
    STATUS_NAMES,
    LevelBands,
    RiskLevel,
    RiskStatus,
)

FIELDS: tuple[str, ...] = (
    "code",
    "title",
    "description",
    "source",
    "category",
    "owner",
    "likelihood",
    "impact",
    "score",
    "residual_likelihood",
    "residual_impact",
    "controls",
    "treatment",
    "actions",
    "status",
    "last_reviewed",
    "next_review",
)
IGNORE = "ignore"  # a mapping override's value that drops a column
REQUIRED_FIELDS: tuple[str, ...] = ("title", "owner", "likelihood", "impact")  # and a source: see below
SCALE_FIELDS = frozenset({"likelihood", "impact", "residual_likelihood", "residual_impact"})
DATE_FIELDS = frozenset({"last_reviewed", "next_review"})

# The header each field is exported under: English, plain, and every one of them is also a synonym,
# so an exported file re-imports to the same register.
CANONICAL_HEADERS: dict[str, str] = {
    "code": "Code",
    "title": "Title",
    "description": "Description",
    "source": "Source",
    "category": "Category",
    "owner": "Owner",
    "likelihood": "Likelihood",
    "impact": "Impact",
    "score": "Score",
    "residual_likelihood": "Residual likelihood",
    "residual_impact": "Residual impact",
    "controls": "Controls",
    "treatment": "Treatment",
    "actions": "Actions",
    "status": "Status",
    "last_reviewed": "Last reviewed",
    "next_review": "Next review",
}

# Header synonyms per field, in English (ours and the usual template wording), Traditional and
# Simplified Chinese. Matched after ``header_key`` (case, spaces and punctuation ignored).
# fmt: off
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": (
        "Code", "Risk ID", "ID", "Risk code", "Risk no", "Risk number", "Risk ref", "Ref", "Reference",
        "編號", "编号", "風險編號", "风险编号", "代碼", "代码", "風險代碼", "风险代码",
    ),
    "title": (
        "Title", "Risk", "Risk title", "Risk name", "Name", "Risk event", "Risk item",
        "風險", "风险", "標題", "标题", "風險名稱", "风险名称", "風險事項", "风险事项", "名稱", "名称",
    ),
    "description": (
        "Description", "Risk description", "Details", "Risk details", "Cause and effect",
        "描述", "說明", "说明", "風險描述", "风险描述", "詳情", "详情",
    ),
    "source": (
        "Source", "Risk source", "Threat", "Threat source", "Source of risk",
        "來源", "来源", "風險來源", "风险来源", "風險源", "风险源",
    ),
    "category": (
        "Category", "Risk category", "Type", "Risk type", "Area",
        "類別", "类别", "分類", "分类", "風險類別", "风险类别", "風險類型", "风险类型", "類型", "类型",
    ),
    "owner": (
        "Owner", "Risk owner", "Responsible", "Responsible person", "Accountable", "Owner role",
        "負責人", "负责人", "責任人", "责任人", "風險負責人", "风险负责人", "負責角色", "负责角色",
    ),
    "likelihood": (
        "Likelihood", "Probability", "Prob", "L", "Likelihood score", "Likelihood rating",
        "Probability score", "Probability rating", "Inherent likelihood", "Inherent probability",
        "可能性", "發生可能性", "发生可能性", "概率", "機率", "几率", "幾率", "可能性評分", "可能性评分",
    ),
    "impact": (
        "Impact", "Severity", "Consequence", "Consequences", "I", "Impact score", "Impact rating",
        "Severity score", "Severity rating", "Inherent impact", "Inherent severity",
        "影響", "影响", "嚴重性", "严重性", "嚴重程度", "严重程度", "後果", "后果", "影響程度", "影响程度",
    ),
    "score": (
        "Score", "Risk score", "Risk rating", "Rating", "Inherent score", "Inherent risk",
        "Inherent rating", "Risk level", "Level", "L x I", "L × I", "L*I", "Overall risk",
        "分數", "分数", "風險分數", "风险分数", "風險值", "风险值", "風險等級", "风险等级", "評分", "评分",
    ),
    "residual_likelihood": (
        "Residual likelihood", "Residual probability", "Target likelihood",
        "剩餘可能性", "剩余可能性", "殘餘可能性", "残余可能性", "剩餘風險可能性", "剩余风险可能性",
    ),
    "residual_impact": (
        "Residual impact", "Residual severity", "Residual consequence", "Target impact",
        "剩餘影響", "剩余影响", "殘餘影響", "残余影响", "剩餘風險影響", "剩余风险影响",
    ),
    "controls": (
        "Controls", "Existing controls", "Current controls", "Control measures", "Controls in place",
        "Current control measures", "控制措施", "現有控制", "现有控制", "現有控制措施", "现有控制措施",
    ),
    "treatment": (
        "Treatment", "Treatment plan", "Risk treatment", "Mitigation", "Mitigation plan",
        "Mitigation measures", "Response", "Risk response", "Response plan",
        "應對措施", "应对措施", "應對計劃", "应对计划", "處置計劃", "处置计划", "緩解措施", "缓解措施",
        "處理計劃", "处理计划", "應對方案", "应对方案",
    ),
    "actions": (
        "Actions", "Action plan", "Action items", "Next steps", "Actions required", "Further actions",
        "行動", "行动", "行動計劃", "行动计划", "跟進行動", "跟进行动", "後續行動", "后续行动",
    ),
    "status": ("Status", "Risk status", "State", "狀態", "状态", "風險狀態", "风险状态"),
    "last_reviewed": (
        "Last reviewed", "Last review", "Last review date", "Date reviewed", "Reviewed on",
        "Date of last review", "Assessment date", "Date assessed",
        "上次評審", "上次评审", "最近評審", "最近评审", "評審日期", "评审日期", "上次評審日期", "上次评审日期",
    ),
    "next_review": (
        "Next review", "Next review date", "Review date", "Review due", "Next review due", "Due for review",
        "下次評審", "下次评审", "下次評審日期", "下次评审日期", "下次檢討", "下次检讨",
    ),
}
# fmt: on


@functools.lru_cache(maxsize=8192)  # a register repeats its level, status, source and owner words
def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] not in "PSZC")


def header_key(text: object) -> str:
    """A header or name reduced to what identifies it: NFKC, case-folded, no spaces or punctuation."""
    return _key(str(text))


def _index(table: Mapping[str, Iterable[str]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for name, synonyms in table.items():
        for synonym in (name, *synonyms):
            key = header_key(synonym)
            if index.setdefault(key, name) != name:
                raise AssertionError(f"header synonym {synonym!r} names two fields")
    return index


_HEADER_INDEX = _index(HEADER_SYNONYMS)
# A header such as "風險編號 / Risk ID" or "可能性 (1-5)": split at separators and where CJK meets Latin.
_HEADER_PARTS = re.compile(
    r"[/|()（）\[\]【】\n]+|(?<=[\u3400-\u9fff\uf900-\ufaff])\s*(?=[A-Za-z])|(?<=[A-Za-z])\s*(?=[\u3400-\u9fff])"
)


def match_header(text: str) -> str | None:
    """The field a header names, or None; parts of a bilingual header must agree on one field."""
    key = header_key(text)
    if not key:
        return None
    if key in _HEADER_INDEX:
        return _HEADER_INDEX[key]
    found = {
        _HEADER_INDEX[k] for part in _HEADER_PARTS.split(text) if (k := header_key(part)) in _HEADER_INDEX
    }
    return found.pop() if len(found) == 1 else None


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Something that stops a row (or the header) from being imported. ``row_number`` is as the file
    shows it (a spreadsheet's row, a CSV's record counted from 1); ``field`` is one of FIELDS or
    "mapping" for a column-mapping problem."""

    row_number: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row_number}, {self.field}: {self.message}"


@dataclass(frozen=True, slots=True)
class RowWarning:
    """Worth a look but not stopping the import (e.g. a Score column that disagrees with L × I)."""

    row_number: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row_number}, {self.field}: {self.message}"


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which field each column of the file holds (None: not imported), with the header's problems.

    ``source_from_category``: the file has no source column, so each row's category names its source.
    """

    headers: tuple[str, ...]
    fields: tuple[str | None, ...]
    problems: tuple[RowProblem, ...] = ()
    header_row: int = 1
    source_from_category: bool = False

    def column_of(self, name: str) -> int | None:
        return self.fields.index(name) if name in self.fields else None

    def columns_of(self, name: str) -> tuple[int, ...]:
        return tuple(i for i, f in enumerate(self.fields) if f == name)

    @property
    def unused(self) -> tuple[str, ...]:
        """Headers of columns that are not imported (unknown or ignored), for the preview to show."""
        return tuple(h for h, f in zip(self.headers, self.fields, strict=True) if f is None and h.strip())

    def as_overrides(self) -> dict[str, str]:
        """Header → field (or IGNORE) for every named column: what the preview remembers for next time."""
        return {h: f or IGNORE for h, f in zip(self.headers, self.fields, strict=True) if h.strip()}


def _override_field(value: str) -> str | None:
    """The field an override's right-hand side names (a field name or any synonym), IGNORE, or None."""
    key = header_key(value)
    if key in {"", header_key(IGNORE), "none", "skip", "忽略"}:
        return IGNORE
    for name in FIELDS:
        if key == header_key(name):
            return name
    return _HEADER_INDEX.get(key)


def match_headers(
    headers: Sequence[object], mapping_overrides: Mapping[str, str] | None = None, *, header_row: int = 1
) -> ColumnMapping:
    """Each header's field: overrides first (header → field name, or "ignore"), then the synonyms.

    When no column holds a title but one holds a description, that column becomes the title (many
    templates have only "Risk Description"). When there is no source column, a category column names
    each row's source. Problems: an override for a header the file lacks or naming no field, two
    columns for one field, a required field without a column.
    """
    texts = tuple("" if h is None else str(h).strip() for h in headers)
    problems: list[RowProblem] = []
    chosen: list[str | None] = [None] * len(texts)
    by_hand: set[int] = set()
    for header, target in (mapping_overrides or {}).items():
        columns = [i for i, t in enumerate(texts) if t == header.strip()] or [
            i for i, t in enumerate(texts) if header_key(t) == header_key(header) and header_key(t)
        ]
        name = _override_field(target)
        if not columns:
            problems.append(RowProblem(header_row, "mapping", f"the file has no column headed “{header}”"))
        elif name is None:
            allowed = ", ".join(FIELDS)
            problems.append(
                RowProblem(
                    header_row, "mapping", f"“{target}” is not a field; use one of {allowed} or {IGNORE}"
                )
            )
        else:
            for i in columns:
                chosen[i] = None if name == IGNORE else name
                by_hand.add(i)
    for i, text in enumerate(texts):
        if i not in by_hand:
            chosen[i] = match_header(text)
    holders: dict[str, list[int]] = {}
    for i, name in enumerate(chosen):
        if name is not None:
            holders.setdefault(name, []).append(i)
    for name, columns in holders.items():
        if len(columns) > 1 and name != "score":  # "Risk score" and "Risk level" side by side: both checked
            shown = " and ".join(f"“{texts[i]}”" for i in columns)
            problems.append(
                RowProblem(
                    header_row,
                    name,
                    f"columns {shown} both hold {name}; map all but one to another field or to {IGNORE}",
                )
            )
    if "title" not in holders and "description" in holders and holders["description"][0] not in by_hand:
        column = holders.pop("description")[0]
        chosen[column] = "title"
        holders["title"] = [column]
    for name in REQUIRED_FIELDS:
        if name not in holders:
            examples = ", ".join(f"“{s}”" for s in HEADER_SYNONYMS[name][:2] + HEADER_SYNONYMS[name][-2:])
            problems.append(
                RowProblem(header_row, name, f"no column holds {name} (e.g. {examples}); map one to it")
            )
    from_category = "source" not in holders and "category" in holders
    if "source" not in holders and not from_category:
        problems.append(
            RowProblem(
                header_row, "source", "no column holds the source (e.g. “Source”, “風險來源”); map one to it"
            )
        )
    return ColumnMapping(texts, tuple(chosen), tuple(problems), header_row, from_category)


def find_header_row(rows: Sequence[Sequence[object]], look_at: int = 10) -> int:
    """Index of the header row among the first ``look_at`` rows: the one naming most fields (a title
    row such as "Risk register 2026" may sit above it); 0 when none names two fields."""
    best, best_count = 0, 1
    for index, row in enumerate(rows[:look_at]):
        count = len({f for cell in row if cell is not None and (f := match_header(str(cell)))})
        if count > best_count:
            best, best_count = index, count
    return best


# -- values --------------------------------------------------------------------------------------


class CellValueError(ValueError):
    """A cell that cannot be read as its field; the message never repeats the cell's text."""


class ScaleKind(StrEnum):
    LIKELIHOOD = "likelihood"
    IMPACT = "impact"


class ScaleStyle(StrEnum):
    """How level words in a column are read: our names plus Low/Medium/High → 1/3/5, or a generic
    five-level scale (Very low … Very high) once the column uses "Very low" or "Very high"."""

    THREE_LEVEL = "three_level"
    GENERIC_FIVE = "generic_five"


def _names(table: Mapping[int, tuple[str, ...]], extra: Mapping[str, int]) -> dict[str, int]:
    index = {header_key(name): value for value, names in table.items() for name in names}
    index.update({header_key(name): value for name, value in extra.items()})
    return index


# fmt: off
_THREE_LEVEL = {
    header_key(name): {RiskLevel.LOW: 1, RiskLevel.MEDIUM: 3, RiskLevel.HIGH: 5}[level]
    for level, names in LEVEL_NAMES.items()
    for name in names
} | {"med": 3, "mid": 3, "moderate": 3}
_GENERIC_FIVE = {
    header_key(name): value
    for name, value in {
        "Very low": 1, "極低": 1, "极低": 1, "很低": 1,
        "Low": 2, "低": 2,
        "Medium": 3, "Med": 3, "Moderate": 3, "中": 3,
        "High": 4, "高": 4,
        "Very high": 5, "極高": 5, "极高": 5, "很高": 5,
    }.items()
}
_GENERIC_MARKERS = frozenset(k for k, v in _GENERIC_FIVE.items() if v in (1, 5))
_SCALE_NAMES = {
    ScaleKind.LIKELIHOOD: _names(
        LIKELIHOOD_NAMES,
        {"Certain": 5, "Very likely": 4, "Very unlikely": 1, "Improbable": 1, "極少": 1, "极少": 1},
    ),
    ScaleKind.IMPACT: _names(
        IMPACT_NAMES,
        {"Negligible": 1, "Minimal": 1, "Significant": 4, "Catastrophic": 5, "Critical": 5, "Extreme": 5,
         "災難性": 5, "灾难性": 5},
    ),
}
# fmt: on
_NUMBER_FIRST = re.compile(r"^\s*(\d+(?:\.0+)?)\s*(?:[-–—:.)(/=]|\s)\s*(.+)$")
_SCALE_HELP = {
    ScaleKind.LIKELIHOOD: "Rare … Almost certain, 罕見 … 幾乎肯定, or Low/Medium/High",
    ScaleKind.IMPACT: "Insignificant … Severe, 可忽略 … 嚴重, or Low/Medium/High",
}


def scale_style(values: Iterable[object]) -> ScaleStyle:
    """GENERIC_FIVE when any value of the column is a "Very low"/"Very high" word, else THREE_LEVEL."""
    for value in values:
        if isinstance(value, str) and header_key(value) in _GENERIC_MARKERS:
            return ScaleStyle.GENERIC_FIVE
    return ScaleStyle.THREE_LEVEL


def _name_value(key: str, kind: ScaleKind, style: ScaleStyle) -> int | None:
    if key in _SCALE_NAMES[kind]:
        return _SCALE_NAMES[kind][key]
    levels = _GENERIC_FIVE if style is ScaleStyle.GENERIC_FIVE else _THREE_LEVEL
    return levels.get(key)


def _whole_number(value: float, kind: ScaleKind) -> int:
    if not float(value).is_integer():
        raise CellValueError(f"must be a whole number from 1 to 5 (this one is {value:g})")
    number = int(value)
    if number not in SCALE:
        raise CellValueError(f"is {number}; the {kind.value} scale is 1 to 5")
    return number


def parse_scale_value(
    value: object, kind: ScaleKind | str, style: ScaleStyle = ScaleStyle.THREE_LEVEL
) -> int | None:
    """A likelihood or impact 1–5 from a number, "3.0", "3 - Possible" or a level name; None when blank.

    Raises ``CellValueError`` for anything else (out of range, a fraction, an unknown word, a number
    whose name says another level).
    """
    kind = ScaleKind(kind)
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellValueError(f"must be a number from 1 to 5 or a level name ({_SCALE_HELP[kind]})")
    if isinstance(value, int | float):
        return _whole_number(value, kind)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    try:
        return _whole_number(float(text), kind)
    except ValueError as error:
        if isinstance(error, CellValueError):
            raise
    if (found := _name_value(header_key(text), kind, style)) is not None:
        return found
    if (match := _NUMBER_FIRST.match(text)) is not None:
        number = _whole_number(float(match.group(1)), kind)
        named = _name_value(header_key(match.group(2)), kind, style)
        if named is not None and named != number:
            raise CellValueError(f"gives the number {number} but a level name that means {named}")
        return number
    raise CellValueError(f"is neither a number from 1 to 5 nor a level name ({_SCALE_HELP[kind]})")


class DateOrder(StrEnum):
    DAY_FIRST = "day_first"
    MONTH_FIRST = "month_first"


_MONTHS = {
    header_key(name): number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_YMD = re.compile(rf"^(\d{{4}})[-/.](\d{{1,2}})[-/.](\d{{1,2}}){_TIME}$")
_YMD_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_YMD_CJK = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]?$")
_NUMERIC_DMY = re.compile(rf"^(\d{{1,2}})[-/.](\d{{1,2}})[-/.](\d{{4}}){_TIME}$")
_SHORT_YEAR = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$")
_D_MON_Y = re.compile(r"^(\d{1,2})[ -]([A-Za-z]+)\.?,?[ -](\d{4})$")
_MON_D_Y = re.compile(r"^([A-Za-z]+)\.?[ -](\d{1,2})(?:st|nd|rd|th)?,?[ -](\d{4})$")
# Excel serial dates we accept as such: 1970-01-01 .. 2099-12-31 (a bare 3 or 2026 is not a date).
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_RANGE = range(25569, 73051)
_YEARS = range(1900, 2201)
DATE_HELP = "e.g. 2026-03-31, 31/03/2026 or 2026年3月31日"


def _make_date(year: int, month: int, day: int) -> date:
    if year not in _YEARS:
        raise CellValueError(f"has a year outside {_YEARS.start}–{_YEARS.stop - 1}")
    try:
        return date(year, month, day)
    except ValueError:
        raise CellValueError(f"is not a real calendar date ({DATE_HELP})") from None


def _day_month(first: int, second: int, order: DateOrder) -> tuple[int, int]:
    """(day, month) of a d/m or m/d pair: ``order`` unless that reading is impossible."""
    if order is DateOrder.DAY_FIRST:
        return (first, second) if second <= 12 else (second, first)
    return (second, first) if first <= 12 else (first, second)


def date_order(values: Iterable[object]) -> DateOrder:
    """MONTH_FIRST when some value of the column is only possible month first (03/31/2026) and none is
    only possible day first (31/03/2026); otherwise DAY_FIRST."""
    month_only = day_only = False
    for value in values:
        if not isinstance(value, str):
            continue
        match = _NUMERIC_DMY.match(unicodedata.normalize("NFKC", value).strip())
        if match is None:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        month_only |= first <= 12 < second
        day_only |= second <= 12 < first
    return DateOrder.MONTH_FIRST if month_only and not day_only else DateOrder.DAY_FIRST


def parse_date(value: object, order: DateOrder = DateOrder.DAY_FIRST) -> date | None:
    """A calendar date from a date cell, an Excel serial number or text in the documented formats; None
    when blank. Raises ``CellValueError`` otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellValueError(f"is not a date ({DATE_HELP})")
    if isinstance(value, int | float):
        if float(value).is_integer() and int(value) in _SERIAL_RANGE:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise CellValueError(f"is a number, not a date ({DATE_HELP})")
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    if (m := _YMD.match(text) or _YMD_COMPACT.match(text) or _YMD_CJK.match(text)) is not None:
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if (m := _NUMERIC_DMY.match(text)) is not None:
        day, month = _day_month(int(m.group(1)), int(m.group(2)), order)
        return _make_date(int(m.group(3)), month, day)
    if (m := _D_MON_Y.match(text)) is not None and header_key(m.group(2)) in _MONTHS:
        return _make_date(int(m.group(3)), _MONTHS[header_key(m.group(2))], int(m.group(1)))
    if (m := _MON_D_Y.match(text)) is not None and header_key(m.group(1)) in _MONTHS:
        return _make_date(int(m.group(3)), _MONTHS[header_key(m.group(1))], int(m.group(2)))
    if _SHORT_YEAR.match(text):
        raise CellValueError(f"has a two-digit year; give the year with four digits ({DATE_HELP})")
    raise CellValueError(f"is not a date in a format we read ({DATE_HELP})")


# fmt: off
_STATUS_WORDS: dict[str, RiskStatus] = {
    "New": RiskStatus.OPEN, "Active": RiskStatus.OPEN, "Identified": RiskStatus.OPEN,
    "開放": RiskStatus.OPEN, "开放": RiskStatus.OPEN, "新": RiskStatus.OPEN,
    "In progress": RiskStatus.TREATING, "In treatment": RiskStatus.TREATING,
    "Mitigating": RiskStatus.TREATING, "Treat": RiskStatus.TREATING,
    "進行中": RiskStatus.TREATING, "进行中": RiskStatus.TREATING,
    "處置中": RiskStatus.TREATING, "处置中": RiskStatus.TREATING,
    "Accept": RiskStatus.ACCEPTED, "Tolerate": RiskStatus.ACCEPTED, "Tolerated": RiskStatus.ACCEPTED,
    "接受": RiskStatus.ACCEPTED,
    "Close": RiskStatus.CLOSED, "Resolved": RiskStatus.CLOSED, "關閉": RiskStatus.CLOSED,
    "关闭": RiskStatus.CLOSED, "已解決": RiskStatus.CLOSED, "已解决": RiskStatus.CLOSED,
}
# fmt: on
_STATUS_INDEX = {
    header_key(name): status for status, names in STATUS_NAMES.items() for name in (*names, status.value)
} | {header_key(name): status for name, status in _STATUS_WORDS.items()}


def parse_status(value: object) -> RiskStatus:
    """A status in any of the three languages (or a common template word); blank means open."""
    text = cell_text(value)
    if not text:
        return RiskStatus.OPEN
    try:
        return _STATUS_INDEX[header_key(text)]
    except KeyError:
        raise CellValueError(
            "is not a status; use Open, Treating, Accepted or Closed (未處理, 處理中, 已接受, 已關閉)"
        ) from None


class SourceNames:
    """The office's sources (code → names in any language), as the service reads them from the database."""

    def __init__(self, names: Mapping[str, Sequence[str]]) -> None:
        self.names = dict(names)
        self._index: dict[str, str] = {}
        for code, labels in self.names.items():
            for name in (*labels, code):  # a code wins over another source's label
                if name and header_key(name):
                    self._index[header_key(name)] = code

    def find(self, value: object) -> str | None:
        return self._index.get(header_key(cell_text(value)))


# fmt: off
_ROLE_EXTRA: dict[str, CrisisRole] = {
    "危机处理负责人": CrisisRole.CRISIS_LEAD, "危機負責人": CrisisRole.CRISIS_LEAD,
    "危机负责人": CrisisRole.CRISIS_LEAD, "Crisis manager": CrisisRole.CRISIS_LEAD,
    "Crisis team lead": CrisisRole.CRISIS_LEAD,
    "心理咨询师": CrisisRole.COUNSELLOR, "Counselor": CrisisRole.COUNSELLOR,
    "輔導員": CrisisRole.COUNSELLOR, "辅导员": CrisisRole.COUNSELLOR,
    "Human resources": CrisisRole.HR, "人力资源": CrisisRole.HR, "人事": CrisisRole.HR,
    "IT security": CrisisRole.IT_SECURITY, "Information security": CrisisRole.IT_SECURITY,
    "IT": CrisisRole.IT_SECURITY, "资讯安全": CrisisRole.IT_SECURITY, "信息安全": CrisisRole.IT_SECURITY,
    "資訊科技": CrisisRole.IT_SECURITY, "信息技术": CrisisRole.IT_SECURITY,
    "法务": CrisisRole.LEGAL, "Legal counsel": CrisisRole.LEGAL,
    "PR": CrisisRole.PR, "Communications": CrisisRole.PR, "公关": CrisisRole.PR,
    "公共關係": CrisisRole.PR, "公共关系": CrisisRole.PR,
    "高层主管": CrisisRole.EXECUTIVE, "Management": CrisisRole.EXECUTIVE,
    "管理層": CrisisRole.EXECUTIVE, "管理层": CrisisRole.EXECUTIVE,
}
# fmt: on
_ROLE_INDEX: dict[str, CrisisRole] = {
    header_key(name): role for role, names in ROLE_LABELS.items() for name in (*names, role.value)
} | {header_key(name): role for name, role in _ROLE_EXTRA.items()}


@dataclass(frozen=True, slots=True)
class Account:
    """An app account an owner cell may name (by username or display name)."""

    user_id: int
    username: str
    display_name: str

    def __repr__(self) -> str:
        return f"Account(user_id={self.user_id})"


@dataclass(frozen=True, slots=True)
class OwnerRef:
    """Exactly one of: a crisis role, an account, a position title."""

    role: CrisisRole | None = None
    user_id: int | None = None
    title: str | None = None

    def __repr__(self) -> str:
        return f"OwnerRef(role={self.role}, user_id={self.user_id}, title={'…' if self.title else None})"


def parse_owner(value: object, accounts: Sequence[Account] = ()) -> OwnerRef | None:
    """A crisis role (its name in English or Chinese), else an account (username, then display name
    when only one account has it), else the text as a position title ("Facilities manager"). None when
    blank."""
    text = cell_text(value)
    if not text:
        return None
    key = header_key(text)
    if key in _ROLE_INDEX:
        return OwnerRef(role=_ROLE_INDEX[key])
    folded = unicodedata.normalize("NFC", text).casefold()
    for account in accounts:
        if account.username.casefold() == folded:
            return OwnerRef(user_id=account.user_id)
    named = [
        a
        for a in accounts
        if a.display_name and unicodedata.normalize("NFC", a.display_name).casefold() == folded
    ]
    if len(named) == 1:
        return OwnerRef(user_id=named[0].user_id)
    return OwnerRef(title=text)


def cell_text(value: object) -> str:
    """A cell as text: whole-number floats without ".0", dates in ISO, booleans as TRUE/FALSE."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


# -- rows ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportContext:
    """What reading rows needs from outside: the office's sources, accounts, bands, existing codes, today."""

    sources: SourceNames
    accounts: Sequence[Account] = ()
    bands: LevelBands = field(default_factory=LevelBands)
    existing_codes: frozenset[str] = frozenset()
    today: date = date(2026, 1, 1)


@dataclass(frozen=True, slots=True)
class ImportedRow:
    """One row's values as read, before the risk rules (``risk_input.validate_risk``) check them."""

    row_number: int
    code: str | None
    title: str
    description: str
    source: str | None
    category: str
    owner: OwnerRef | None
    likelihood: int | None
    impact: int | None
    residual_likelihood: int | None
    residual_impact: int | None
    controls: str
    treatment: str
    actions: str
    status: RiskStatus
    last_reviewed: date | None
    next_review: date | None
    problems: tuple[RowProblem, ...] = ()
    warnings: tuple[RowWarning, ...] = ()

    def __repr__(self) -> str:
        return f"ImportedRow(row_number={self.row_number}, code={self.code!r}, problems={len(self.problems)})"


_LEVEL_INDEX = {
    header_key(name): level for level, names in LEVEL_NAMES.items() for name in (*names, level.value)
}


def _score_warning(
    row_number: int, value: object, likelihood: int, impact: int, bands: LevelBands
) -> RowWarning | None:
    """A Score column's value against L × I (a number) or against the level of L × I (a level name)."""
    computed = likelihood * impact
    text = cell_text(value)
    if not text:
        return None
    text = unicodedata.normalize("NFKC", text)
    if (match := _NUMBER_FIRST.match(text)) is not None:  # "12 (High)", "12 - High"
        text = match.group(1)
    try:
        given = float(text)
    except ValueError:
        level = _LEVEL_INDEX.get(header_key(text))
        if level is None:
            return RowWarning(row_number, "score", "is neither a number nor a level name; it was ignored")
        if level is not bands.level_for(computed):
            return RowWarning(
                row_number,
                "score",
                f"the file says {level.value} but likelihood {likelihood} × impact {impact} = {computed} "
                f"is {bands.level_for(computed).value}; the computed level is used",
            )
        return None
    if given != computed:
        return RowWarning(
            row_number,
            "score",
            f"the file says {given:g} but likelihood {likelihood} × impact {impact} = {computed}; "
            "the computed score is used",
        )
    return None


def _is_blank(cells: Sequence[object], mapping: ColumnMapping) -> bool:
    return all(
        not cell_text(cells[i])
        for i, name in enumerate(mapping.fields)
        if name is not None and i < len(cells)
    )


def _column_values(
    mapping: ColumnMapping, rows: Sequence[tuple[int, Sequence[object]]], name: str
) -> list[object]:
    index = mapping.column_of(name)
    if index is None:
        return []
    return [cells[index] if index < len(cells) else None for _n, cells in rows]


@dataclass(slots=True)
class _RowReader:
    """Reads one row's cells through the mapping, collecting problems and warnings as it goes."""

    row_number: int
    cells: Sequence[object]
    mapping: ColumnMapping
    styles: Mapping[str, ScaleStyle]
    orders: Mapping[str, DateOrder]
    columns: Mapping[str, int]  # field → its (first) column, ``mapping.column_of`` worked out once
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)

    def raw(self, name: str) -> object:
        index = self.columns.get(name)
        return self.cells[index] if index is not None and index < len(self.cells) else None

    def text(self, name: str) -> str:
        return cell_text(self.raw(name))

    def problem(self, name: str, message: str) -> None:
        self.problems.append(RowProblem(self.row_number, name, message))

    def has_problem(self, *names: str) -> bool:
        return any(p.field in names for p in self.problems)

    def scale(self, name: str, kind: ScaleKind) -> int | None:
        try:
            return parse_scale_value(self.raw(name), kind, self.styles[name])
        except CellValueError as error:
            self.problem(name, str(error))
            return None

    def when(self, name: str) -> date | None:
        try:
            return parse_date(self.raw(name), self.orders[name])
        except CellValueError as error:
            self.problem(name, str(error))
            return None


def _read_row(
    reader: _RowReader,
    context: ImportContext,
    seen: dict[str, int],
    existing: set[str],
    owners: dict[tuple[type, object], OwnerRef | None],
) -> ImportedRow:
    row_number, mapping = reader.row_number, reader.mapping
    code = reader.text("code") or None
    if code is not None:
        folded = code.casefold()
        if folded in seen:
            reader.problem("code", f"row {seen[folded]} has the same code {code}")
        elif folded in existing:
            reader.problem("code", f"the register already has a risk {code}")
        seen.setdefault(folded, row_number)
    title = reader.text("title")
    if not title:
        reader.problem("title", "is empty; every risk needs a title")
    source_field = "category" if mapping.source_from_category else "source"
    source_cell = reader.raw(source_field)
    source = context.sources.find(source_cell)
    if source is None:
        what = "category (read as the source)" if mapping.source_from_category else "source"
        state = "empty" if not cell_text(source_cell) else "not one of the office’s sources"
        reader.problem(source_field, f"the {what} is {state}")
    owner_cell = reader.raw("owner")
    key = (type(owner_cell), owner_cell)  # the type too: True == 1, but they are different owners
    try:  # a register names a few dozen owners over and over; OwnerRef is immutable, so share it
        owner = owners[key]
    except KeyError:
        owner = owners[key] = parse_owner(owner_cell, context.accounts)
    except TypeError:  # not hashable: never from a file, but parse it anyway
        owner = parse_owner(owner_cell, context.accounts)
    if owner is None:
        reader.problem("owner", "is empty; give a crisis role, an account or a position")
    likelihood = reader.scale("likelihood", ScaleKind.LIKELIHOOD)
    impact = reader.scale("impact", ScaleKind.IMPACT)
    for name, value in (("likelihood", likelihood), ("impact", impact)):
        if value is None and not reader.has_problem(name):
            reader.problem(name, "is empty; give a number from 1 to 5 or a level name")
    residual_likelihood = reader.scale("residual_likelihood", ScaleKind.LIKELIHOOD)
    residual_impact = reader.scale("residual_impact", ScaleKind.IMPACT)
    if (residual_likelihood is None) != (residual_impact is None) and not reader.has_problem(
        "residual_likelihood", "residual_impact"
    ):
        missing = "residual_impact" if residual_impact is None else "residual_likelihood"
        reader.problem(missing, "is empty; give both residual likelihood and impact, or neither")
    try:
        status = parse_status(reader.raw("status"))
    except CellValueError as error:
        reader.problem("status", str(error))
        status = RiskStatus.OPEN
    last_reviewed = reader.when("last_reviewed")
    if last_reviewed is not None and last_reviewed > context.today:
        reader.problem("last_reviewed", "is in the future")
    next_review = reader.when("next_review")
    if likelihood is not None and impact is not None:
        for index in mapping.columns_of("score"):
            value = reader.cells[index] if index < len(reader.cells) else None
            warning = _score_warning(row_number, value, likelihood, impact, context.bands)
            if warning is not None:
                reader.warnings.append(warning)
    return ImportedRow(
        row_number=row_number,
        code=code,
        title=title,
        description=reader.text("description"),
        source=source,
        category=reader.text("category"),
        owner=owner,
        likelihood=likelihood,
        impact=impact,
        residual_likelihood=residual_likelihood,
        residual_impact=residual_impact,
        controls=reader.text("controls"),
        treatment=reader.text("treatment"),
        actions=reader.text("actions"),
        status=status,
        last_reviewed=last_reviewed,
        next_review=next_review,
        problems=tuple(reader.problems),
        warnings=tuple(reader.warnings),
    )


def parse_rows(
    mapping: ColumnMapping, rows: Sequence[tuple[int, Sequence[object]]], context: ImportContext
) -> tuple[ImportedRow, ...]:
    """Every non-blank row read through ``mapping``: values parsed, problems and warnings per cell.

    Column-wide rules (the scale style, the date order) are decided from the whole column first.
    Duplicate codes are problems, within the file and against ``context.existing_codes``.
    """
    kept = [(n, cells) for n, cells in rows if not _is_blank(cells, mapping)]
    styles = {name: scale_style(_column_values(mapping, kept, name)) for name in SCALE_FIELDS}
    orders = {name: date_order(_column_values(mapping, kept, name)) for name in DATE_FIELDS}
    existing = {code.casefold() for code in context.existing_codes}
    seen: dict[str, int] = {}
    columns: dict[str, int] = {}
    for index, name in enumerate(mapping.fields):
        if name is not None:
            columns.setdefault(name, index)
    owners: dict[tuple[type, object], OwnerRef | None] = {}
    return tuple(
        _read_row(_RowReader(n, cells, mapping, styles, orders, columns), context, seen, existing, owners)
        for n, cells in kept
    )
