"""The spreadsheet rules: header synonyms in three languages, overrides, scale values, dates, owners, rows."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.crisis_roles import ROLE_LABELS, CrisisRole
from app.domain.risk_columns import (
    CANONICAL_HEADERS,
    FIELDS,
    HEADER_SYNONYMS,
    IGNORE,
    Account,
    CellValueError,
    DateOrder,
    ImportContext,
    OwnerRef,
    ScaleStyle,
    SourceNames,
    date_order,
    find_header_row,
    header_key,
    match_header,
    match_headers,
    parse_date,
    parse_owner,
    parse_rows,
    parse_scale_value,
    parse_status,
    scale_style,
)
from app.domain.risks import DEFAULT_SOURCES, IMPACT_NAMES, LIKELIHOOD_NAMES, LevelBands, RiskStatus

SOURCES = SourceNames(DEFAULT_SOURCES)
CONTEXT = ImportContext(
    sources=SOURCES,
    accounts=(Account(2, "wei.ling", "Chen Wei-ling"), Account(3, "ka.ho", "Lam Ka-ho")),
    existing_codes=frozenset({"R-900"}),
    today=date(2026, 12, 2),
)


# -- headers ----------------------------------------------------------------------------------------


def test_every_field_has_synonyms_and_its_canonical_header_is_one_of_them() -> None:
    assert set(HEADER_SYNONYMS) == set(FIELDS) == set(CANONICAL_HEADERS)
    for name, header in CANONICAL_HEADERS.items():
        assert match_header(header) == name


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("風險", "title"),
        ("风险", "title"),
        ("Risk", "title"),
        ("可能性", "likelihood"),
        ("Likelihood", "likelihood"),
        ("影響", "impact"),
        ("影响", "impact"),
        ("負責人", "owner"),
        ("负责人", "owner"),
        ("控制措施", "controls"),
        ("下次評審", "next_review"),
        ("下次评审", "next_review"),
        ("Next review", "next_review"),
        ("Risk ID", "code"),
        ("Risk Description", "description"),
        ("Probability", "likelihood"),
        ("Severity", "impact"),
        ("Risk Owner", "owner"),
        ("Current Controls", "controls"),
        ("Mitigation Plan", "treatment"),
        ("Last Reviewed", "last_reviewed"),
        ("Review Date", "next_review"),
        ("Risk Rating", "score"),
        ("Score", "score"),
        ("Status", "status"),
        ("Category", "category"),
        ("Source", "source"),
        # case, spaces and punctuation do not matter
        ("RISK-ID", "code"),
        ("  risk_owner: ", "owner"),
        ("L × I", "score"),
        ("Residual Likelihood", "residual_likelihood"),
        ("剩余影响", "residual_impact"),
        # bilingual headers match when their parts agree
        ("可能性 (Likelihood)", "likelihood"),
        ("風險編號 / Risk ID", "code"),
        ("负责人Owner", "owner"),
        ("Likelihood (1-5)", "likelihood"),
        ("影響（Impact）", "impact"),
    ],
)
def test_headers_match_in_three_languages_and_template_wording(header: str, field: str) -> None:
    assert match_header(header) == field


@pytest.mark.parametrize("header", ["", "Comments", "備註", "可能性 / Impact", "Likelihood x"])
def test_unknown_or_contradictory_headers_match_nothing(header: str) -> None:
    assert match_header(header) is None


def test_header_key_ignores_case_width_spaces_and_punctuation() -> None:
    assert header_key("Ｒｉｓｋ　ＩＤ") == header_key("risk-id") == "riskid"


TEMPLATE = (
    "Risk ID",
    "Risk Description",
    "Probability",
    "Severity",
    "Risk Owner",
    "Current Controls",
    "Mitigation Plan",
    "Last Reviewed",
    "Review Date",
    "Risk Rating",
    "Status",
    "Category",
    "Comments",
)


def test_a_template_with_only_a_description_uses_it_as_the_title_and_category_as_source() -> None:
    mapping = match_headers(TEMPLATE)
    assert mapping.problems == ()
    assert mapping.fields[:5] == ("code", "title", "likelihood", "impact", "owner")
    assert mapping.column_of("description") is None
    assert mapping.source_from_category
    assert mapping.unused == ("Comments",)


def test_missing_required_columns_are_header_problems() -> None:
    mapping = match_headers(("Risk", "Probability", "Comments"), header_row=3)
    missing = {p.field for p in mapping.problems}
    assert missing == {"owner", "impact", "source"}
    assert all(p.row_number == 3 for p in mapping.problems)


def test_two_columns_for_one_field_are_a_problem_until_one_is_ignored() -> None:
    headers = ("Risk", "Source", "Owner", "Likelihood", "Probability", "Impact")
    problem = match_headers(headers).problems
    assert [p.field for p in problem] == ["likelihood"]
    assert "“Likelihood” and “Probability”" in problem[0].message
    fixed = match_headers(headers, {"Probability": IGNORE})
    assert fixed.problems == ()
    assert fixed.column_of("likelihood") == 3


def test_overrides_map_any_column_and_are_matched_loosely() -> None:
    headers = ("Hazard", "Where from", "Who", "P", "C", "Comments")
    mapping = match_headers(
        headers, {"hazard": "title", "Where from": "source", "WHO": "owner", "P": "likelihood", "C": "Impact"}
    )
    assert mapping.problems == ()
    assert mapping.fields == ("title", "source", "owner", "likelihood", "impact", None)
    assert mapping.as_overrides()["Comments"] == IGNORE


def test_overrides_for_unknown_headers_or_fields_are_problems() -> None:
    mapping = match_headers(
        ("Risk", "Source", "Owner", "Likelihood", "Impact"), {"Nope": "title", "Risk": "colour"}
    )
    messages = [p.message for p in mapping.problems]
    assert any("no column headed “Nope”" in m for m in messages)
    assert any("“colour” is not a field" in m for m in messages)


def test_the_header_row_is_found_below_a_title_row() -> None:
    rows = [
        ("EAP office risk register 2026",),
        (),
        ("Risk ID", "Risk", "Likelihood", "Impact"),
        ("R-1", "x", 1, 1),
    ]
    assert find_header_row(rows) == 2
    assert find_header_row([("a", "b"), ("c", "d")]) == 0


# -- scale values -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("3", 3), (3, 3), (3.0, 3), ("3.0", 3), (" 5 ", 5), ("３", 3), ("3 - Possible", 3), ("4 (Likely)", 4)],
)
def test_numbers_in_any_spelling(value: object, expected: int) -> None:
    assert parse_scale_value(value, "likelihood") == expected


def test_level_names_in_all_three_languages() -> None:
    for value, names in LIKELIHOOD_NAMES.items():
        for name in names:
            assert parse_scale_value(name, "likelihood") == value
            assert parse_scale_value(name.upper(), "likelihood") == value
    for value, names in IMPACT_NAMES.items():
        for name in names:
            assert parse_scale_value(name, "impact") == value


@pytest.mark.parametrize(
    ("name", "value"), [("Low", 1), ("medium", 3), ("HIGH", 5), ("低", 1), ("中", 3), ("高", 5)]
)
def test_three_level_scales_map_to_one_three_five(name: str, value: int) -> None:
    assert parse_scale_value(name, "likelihood") == value
    assert parse_scale_value(name, "impact") == value


def test_a_column_with_very_low_or_very_high_is_a_generic_five_level_scale() -> None:
    column = ["Low", "Very high", "Medium"]
    assert scale_style(column) is ScaleStyle.GENERIC_FIVE
    assert scale_style(["Low", "High", 3]) is ScaleStyle.THREE_LEVEL
    read = [
        parse_scale_value(v, "impact", ScaleStyle.GENERIC_FIVE)
        for v in ("Very low", "Low", "Medium", "High", "极高")
    ]
    assert read == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "the likelihood scale is 1 to 5"),
        (6, "is 6"),
        ("2.5", "whole number"),
        ("sometimes", "neither a number"),
        ("3 - Almost certain", "means 5"),
        (True, "level name"),
    ],
)
def test_bad_scale_values_are_refused_without_echoing_text(value: object, message: str) -> None:
    with pytest.raises(CellValueError, match=message) as caught:
        parse_scale_value(value, "likelihood")
    if isinstance(value, str) and not value[0].isdigit():
        assert value not in str(caught.value)


def test_blank_scale_values_are_none() -> None:
    assert parse_scale_value(None, "impact") is None
    assert parse_scale_value("  ", "impact") is None


@given(st.integers(min_value=1, max_value=5))
def test_every_number_and_its_names_agree(value: int) -> None:
    for name in LIKELIHOOD_NAMES[value]:
        assert parse_scale_value(f"{value} - {name}", "likelihood") == value


# -- dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "2026-03-31",
        "2026/03/31",
        "2026/3/31",
        "2026.03.31",
        "20260331",
        "2026-03-31T00:00:00",
        "2026-03-31 09:30",
        "31/03/2026",
        "31-03-2026",
        "31.03.2026",
        "03/31/2026",
        "2026年3月31日",
        "2026 年 03 月 31 日",
        "31 Mar 2026",
        "31 March 2026",
        "Mar 31, 2026",
        "March 31st 2026",
        date(2026, 3, 31),
        datetime(2026, 3, 31, 0, 0),
        46112,  # Excel's serial number for 2026-03-31
        46112.0,
    ],
)
def test_common_date_formats(value: object) -> None:
    assert parse_date(value) == date(2026, 3, 31)


def test_ambiguous_dates_are_day_first_unless_the_column_is_month_first() -> None:
    assert parse_date("04/03/2026") == date(2026, 3, 4)
    assert parse_date("04/03/2026", DateOrder.MONTH_FIRST) == date(2026, 4, 3)
    assert date_order(["04/03/2026", "03/31/2026"]) is DateOrder.MONTH_FIRST
    assert date_order(["04/03/2026", "31/03/2026"]) is DateOrder.DAY_FIRST
    assert date_order(["04/03/2026", "03/31/2026", "31/03/2026"]) is DateOrder.DAY_FIRST
    # impossible day first: read month first whatever the column says
    assert parse_date("03/31/2026", DateOrder.DAY_FIRST) == date(2026, 3, 31)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31/03/26", "two-digit year"),
        ("2026-02-30", "not a real calendar date"),
        ("next quarter", "not a date in a format"),
        ("1850-01-01", "year outside"),
        (2026, "is a number, not a date"),
        ("13/13/2026", "not a real calendar date"),
    ],
)
def test_bad_dates_are_refused(value: object, message: str) -> None:
    with pytest.raises(CellValueError, match=message):
        parse_date(value)


def test_blank_dates_are_none() -> None:
    assert parse_date(None) is None
    assert parse_date("") is None


# -- statuses, sources, owners ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("Open", RiskStatus.OPEN),
        ("", RiskStatus.OPEN),
        (None, RiskStatus.OPEN),
        ("處理中", RiskStatus.TREATING),
        ("处理中", RiskStatus.TREATING),
        ("In progress", RiskStatus.TREATING),
        ("accepted", RiskStatus.ACCEPTED),
        ("已關閉", RiskStatus.CLOSED),
        ("Closed", RiskStatus.CLOSED),
    ],
)
def test_statuses_in_either_language(value: object, status: RiskStatus) -> None:
    assert parse_status(value) is status


def test_an_unknown_status_is_refused() -> None:
    with pytest.raises(CellValueError, match="not a status"):
        parse_status("maybe later")


def test_sources_by_code_or_any_label() -> None:
    assert SOURCES.find("Cyber attack") == "cyber_attack"
    assert SOURCES.find("網絡攻擊") == "cyber_attack"
    assert SOURCES.find("网络攻击") == "cyber_attack"
    assert SOURCES.find("cyber_attack") == "cyber_attack"
    assert SOURCES.find("WORKLOAD AND STRESS") == "workload_stress"
    assert SOURCES.find("aliens") is None
    assert SourceNames({"office_move": ("Office move", "搬遷", "搬迁")}).find("搬迁") == "office_move"


def test_owners_are_roles_then_accounts_then_titles() -> None:
    for role, names in ROLE_LABELS.items():
        for name in names:
            assert parse_owner(name, CONTEXT.accounts) == OwnerRef(role=role)
    assert parse_owner("危机处理负责人") == OwnerRef(role=CrisisRole.CRISIS_LEAD)
    assert parse_owner("it_security") == OwnerRef(role=CrisisRole.IT_SECURITY)
    assert parse_owner("Wei.Ling", CONTEXT.accounts) == OwnerRef(user_id=2)
    assert parse_owner("Lam Ka-ho", CONTEXT.accounts) == OwnerRef(user_id=3)
    assert parse_owner("Facilities manager", CONTEXT.accounts) == OwnerRef(title="Facilities manager")
    assert parse_owner(" ", CONTEXT.accounts) is None
    twins = (Account(4, "a", "Same Name"), Account(5, "b", "Same Name"))
    assert parse_owner("Same Name", twins) == OwnerRef(title="Same Name")
    assert "Facilities" not in repr(parse_owner("Facilities manager"))


# -- rows -------------------------------------------------------------------------------------------

HEADERS = ("Code", "Risk", "Source", "Owner", "Likelihood", "Impact", "Score", "Last reviewed", "Next review")


def rows_of(*rows: tuple[object, ...], headers: tuple[str, ...] = HEADERS) -> tuple:
    mapping = match_headers(headers)
    assert mapping.problems == ()
    return parse_rows(mapping, [(n, r) for n, r in enumerate(rows, start=2)], CONTEXT)


def test_a_good_row() -> None:
    (row,) = rows_of(
        (
            "R-1",
            "Counselling notes emailed to the wrong address",
            "數據泄露",
            "Crisis lead",
            "可能",
            "嚴重",
            15,
            "2026/09/30",
            "31/12/2026",
        )
    )
    assert row.problems == ()
    assert row.warnings == ()
    assert (row.code, row.source, row.owner, row.likelihood, row.impact) == (
        "R-1",
        "data_leak",
        OwnerRef(role=CrisisRole.CRISIS_LEAD),
        3,
        5,
    )
    assert row.last_reviewed == date(2026, 9, 30)
    assert row.next_review == date(2026, 12, 31)
    assert row.status is RiskStatus.OPEN
    assert "Counselling" not in repr(row)


def test_blank_rows_are_skipped_and_row_numbers_are_the_files() -> None:
    rows = rows_of(
        ("R-1", "a", "Reputation", "PR", 1, 1),
        (None, None, None),
        ("R-2", "b", "Reputation", "PR", 9, 1),
    )
    assert [r.row_number for r in rows] == [2, 4]
    assert [(p.row_number, p.field) for p in rows[1].problems] == [(4, "likelihood")]


def test_every_problem_of_a_row_is_reported_without_its_text() -> None:
    secret = "Employee 4471 disclosed suicidal thoughts"
    (row,) = rows_of(("R 1", secret, "aliens", "", "often", 9, "", "soon", "2026-02-30"))
    fields = [p.field for p in row.problems]
    assert fields == ["source", "owner", "likelihood", "impact", "last_reviewed", "next_review"]
    assert all(secret not in p.message and "aliens" not in p.message for p in row.problems)


def test_duplicate_codes_within_the_file_and_against_the_register() -> None:
    rows = rows_of(
        ("R-1", "a", "Reputation", "PR", 1, 1),
        ("r-1", "b", "Reputation", "PR", 1, 1),
        ("R-900", "c", "Reputation", "PR", 1, 1),
    )
    assert rows[0].problems == ()
    assert [str(p) for p in rows[1].problems] == ["row 3, code: row 2 has the same code r-1"]
    assert [p.message for p in rows[2].problems] == ["the register already has a risk R-900"]


def test_a_score_that_disagrees_with_l_times_i_is_a_warning() -> None:
    rows = rows_of(
        ("R-1", "a", "Reputation", "PR", 3, 4, 20),
        ("R-2", "b", "Reputation", "PR", 3, 4, "High"),
        ("R-3", "c", "Reputation", "PR", 1, 2, "High"),
        ("R-4", "d", "Reputation", "PR", 3, 4, "12"),
        ("R-5", "e", "Reputation", "PR", 3, 4, "n/a"),
    )
    assert all(r.problems == () for r in rows)
    assert [len(r.warnings) for r in rows] == [1, 0, 1, 0, 1]
    assert "says 20" in rows[0].warnings[0].message
    assert "= 12" in rows[0].warnings[0].message
    assert "low" in rows[2].warnings[0].message


def test_a_score_and_a_level_column_are_both_checked() -> None:
    headers = ("Risk", "Source", "Owner", "Likelihood", "Impact", "Risk score", "Risk level")
    assert match_headers(headers).problems == ()
    rows = rows_of(
        ("a", "Reputation", "PR", 3, 4, "12 (High)", "High"),
        ("b", "Reputation", "PR", 3, 4, 12, "Low"),
        ("c", "Reputation", "PR", 3, 4, 9, "Low"),
        headers=headers,
    )
    assert [len(r.warnings) for r in rows] == [0, 1, 2]


def test_residual_scores_are_both_or_neither() -> None:
    headers = ("Risk", "Source", "Owner", "Likelihood", "Impact", "Residual likelihood", "Residual impact")
    rows = rows_of(
        ("a", "Reputation", "PR", 4, 4, 2, None), ("b", "Reputation", "PR", 4, 4, 2, 3), headers=headers
    )
    assert [p.field for p in rows[0].problems] == ["residual_impact"]
    assert (rows[1].residual_likelihood, rows[1].residual_impact) == (2, 3)


def test_a_last_review_in_the_future_is_a_problem() -> None:
    (row,) = rows_of(("R-1", "a", "Reputation", "PR", 1, 1, None, "2027-01-01"))
    assert [p.field for p in row.problems] == ["last_reviewed"]


def test_category_names_the_source_when_there_is_no_source_column() -> None:
    headers = ("Risk", "Category", "Owner", "Probability", "Severity")
    rows = rows_of(
        ("a", "Cyber attack", "IT", "Low", "High"), ("b", "Paperwork", "IT", 1, 1), headers=headers
    )
    assert (rows[0].source, rows[0].category, rows[0].likelihood, rows[0].impact) == (
        "cyber_attack",
        "Cyber attack",
        1,
        5,
    )
    assert [p.field for p in rows[1].problems] == ["category"]


def test_month_first_columns_are_read_month_first() -> None:
    rows = rows_of(
        ("R-1", "a", "Reputation", "PR", 1, 1, None, "04/03/2026"),
        ("R-2", "b", "Reputation", "PR", 1, 1, None, "03/31/2026"),
    )
    assert [r.last_reviewed for r in rows] == [date(2026, 4, 3), date(2026, 3, 31)]


def test_bands_decide_the_level_a_score_word_is_checked_against() -> None:
    context = ImportContext(
        sources=SOURCES, bands=LevelBands(low_max=2, medium_max=5), today=date(2026, 12, 2)
    )
    mapping = match_headers(HEADERS)
    (row,) = parse_rows(mapping, [(2, ("R-1", "a", "Reputation", "PR", 2, 3, "High"))], context)
    assert row.warnings == ()


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_any_date_round_trips_through_the_common_formats(value: date) -> None:
    assert parse_date(value.isoformat()) == value
    assert parse_date(f"{value.year}年{value.month}月{value.day}日") == value
    assert parse_date(f"{value.day:02d}/{value.month:02d}/{value.year}") == value
    if value.day > 12:
        assert parse_date(f"{value.month}/{value.day}/{value.year}") == value
