"""The shared input checks: every form's lines, free texts, times and choices go through these."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import case_review, incidents
from app.domain.text_input import (
    EARLIEST_TIME,
    FUTURE_TOLERANCE,
    TEXT_MAX,
    Problem,
    aware_moment,
    choice,
    clean_line,
    clean_text,
    is_aware,
)
from app.services import record_input

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
HONG_KONG = timezone(timedelta(hours=8))


class Colour(StrEnum):
    RED = "red"
    BLUE = "blue"


def line(value: object, *, maximum: int = 10, required: bool = False) -> tuple[str, list[Problem]]:
    problems: list[Problem] = []
    return clean_line("name", value, problems, maximum=maximum, required=required), problems


def text(value: object, *, maximum: int = 10, required: bool = False) -> tuple[str, list[Problem]]:
    problems: list[Problem] = []
    return clean_text("note", value, problems, maximum=maximum, required=required), problems


def moment(value: object, **options: object) -> tuple[datetime | None, list[Problem]]:
    problems: list[Problem] = []
    return aware_moment("at", value, NOW, problems, **options), problems  # type: ignore[arg-type]


# --- one line -------------------------------------------------------------------------------------


def test_line_is_normalised_and_trimmed() -> None:
    assert line("  Cafe\u0301 張三 ") == ("Café 張三", [])


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (42, "must be text"),
        (None, "must be text"),
        ("   ", "is required and cannot be only spaces"),
        ("x" * 11, "can have at most 10 characters (this one has 11)"),
        ("two\nlines", "must be a single line without control characters"),
        ("tab\there", "must be a single line without control characters"),
        ("nul\x00", "must be a single line without control characters"),
        ("del\x7f", "must be a single line without control characters"),
        ("c1\x85x", "must be a single line without control characters"),
        ("ls\u2028x", "must be a single line without control characters"),
        ("ps\u2029x", "must be a single line without control characters"),
        ("lone\ud800", "must be a single line without control characters"),
    ],
)
def test_line_refusals_name_the_field(value: object, message: str) -> None:
    cleaned, problems = line(value, required=True)
    assert problems == [Problem("name", message)]
    assert cleaned == (value.strip() if isinstance(value, str) else "")


def test_an_optional_line_may_be_empty_and_one_problem_is_reported_at_most() -> None:
    assert line("  ") == ("", [])
    # too long and with a line break: the length is what the form shows first
    assert line("a\n" * 10)[1] == [Problem("name", "can have at most 10 characters (this one has 19)")]


def test_format_characters_real_text_needs_stay_accepted() -> None:
    # ZWJ in emoji sequences, right-to-left marks in names: format (Cf) characters are not controls.
    assert line("👩\u200d💻 \u200fא")[1] == []


# --- free text ------------------------------------------------------------------------------------


def test_free_text_keeps_inner_line_breaks() -> None:
    assert text("\n first\n\tsecond \n", maximum=100) == ("first\n\tsecond", [])


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (b"bytes", "must be text"),
        ("x" * 11, "can have at most 10 characters (this one has 11)"),
        ("a\x00b", "cannot contain a NUL character"),
        ("a\udfffb", "cannot contain a lone surrogate (a broken character)"),
    ],
)
def test_free_text_refusals(value: object, message: str) -> None:
    assert text(value)[1] == [Problem("note", message)]


def test_free_text_required_and_default_ceiling() -> None:
    assert text(" \n ", required=True)[1] == [Problem("note", "is required and cannot be only spaces")]
    assert text(" \n ") == ("", [])
    problems: list[Problem] = []
    clean_text("note", "x" * (TEXT_MAX + 1), problems)
    assert [p.message for p in problems] == [f"can have at most {TEXT_MAX} characters (this one has 20001)"]


# --- times ----------------------------------------------------------------------------------------


def test_moment_is_returned_in_utc() -> None:
    when, problems = moment(datetime(2026, 12, 2, 9, 30, tzinfo=HONG_KONG))
    assert (when, problems) == (datetime(2026, 12, 2, 1, 30, tzinfo=UTC), [])
    assert when is not None
    assert when.tzinfo is UTC


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-12-02", "must be a date and time with a time zone"),
        (datetime(2026, 12, 2, 1, 0), "must be a date and time with a time zone"),
        (datetime(1899, 12, 31, 23, 0, tzinfo=UTC), "is before 1900"),
        (NOW + FUTURE_TOLERANCE + timedelta(seconds=1), "is in the future (2026-12-02 03:05 UTC)"),
        (
            datetime.max.replace(tzinfo=timezone(timedelta(hours=-5))),
            "is in the future (9999-12-31 23:59 -0500)",
        ),
    ],
)
def test_moment_refusals(value: object, message: str) -> None:
    assert moment(value) == (None, [Problem("at", message)])


def test_moment_allows_clock_drift_and_may_drop_the_earliest_year() -> None:
    assert moment(NOW + FUTURE_TOLERANCE) == (NOW + FUTURE_TOLERANCE, [])
    old = datetime(1850, 1, 1, tzinfo=UTC)
    assert moment(old, earliest=None) == (old, [])
    assert moment(EARLIEST_TIME) == (EARLIEST_TIME, [])
    year_one = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5)))
    assert moment(year_one, earliest=None) == (None, [Problem("at", "is too far in the past")])


def test_is_aware() -> None:
    assert is_aware(NOW)
    assert not is_aware(datetime(2026, 1, 1))
    assert not is_aware("2026-01-01T00:00:00+00:00")


# --- choices --------------------------------------------------------------------------------------


def test_choice_takes_a_member_or_its_value() -> None:
    problems: list[Problem] = []
    assert choice("colour", Colour, "blue", problems) is Colour.BLUE
    assert choice("colour", Colour, Colour.RED, problems) is Colour.RED
    assert problems == []


@pytest.mark.parametrize("value", ["green", "BLUE", None, 3, ["red"]])
def test_choice_refusal_lists_the_values(value: object) -> None:
    problems: list[Problem] = []
    assert choice("colour", Colour, value, problems) is None
    assert problems == [Problem("colour", "must be one of red, blue")]


# --- one set of checks, wherever they are imported from -------------------------------------------


def test_the_old_homes_of_these_names_serve_the_same_objects() -> None:
    assert incidents.Problem is Problem
    assert (incidents.TEXT_MAX, incidents.EARLIEST_TIME, incidents.FUTURE_TOLERANCE) == (
        TEXT_MAX,
        EARLIEST_TIME,
        FUTURE_TOLERANCE,
    )
    assert case_review.clean_line is clean_line
    assert case_review.clean_text is clean_text
    assert record_input.choice is choice


# --- properties -----------------------------------------------------------------------------------

MAXIMUM = 12


@given(st.text(max_size=20))
def test_an_accepted_line_is_clean_and_a_refused_one_says_why(value: str) -> None:
    cleaned, problems = line(value, maximum=MAXIMUM, required=True)
    assert cleaned == unicodedata.normalize("NFC", value).strip()
    assert len(problems) <= 1
    if not problems:
        assert cleaned
        assert len(cleaned) <= MAXIMUM
        assert all(unicodedata.category(ch) not in {"Cc", "Cs", "Zl", "Zp"} for ch in cleaned)
        cleaned.encode("utf-8")  # storable
    else:
        assert problems[0].field == "name"


@given(st.text(max_size=20))
def test_an_accepted_free_text_is_storable(value: str) -> None:
    cleaned, problems = text(value, maximum=MAXIMUM)
    assert cleaned == unicodedata.normalize("NFC", value).strip()
    if not problems:
        assert len(cleaned) <= MAXIMUM
        assert "\x00" not in cleaned
        cleaned.encode("utf-8")
    # a line's rules are stricter than a free text's
    if not line(value, maximum=MAXIMUM)[1]:
        assert not problems


OFFSETS = st.builds(
    timezone,
    st.timedeltas(min_value=timedelta(hours=-23, minutes=-59), max_value=timedelta(hours=23, minutes=59)),
)


@given(st.datetimes(timezones=st.none() | OFFSETS))
def test_an_accepted_moment_is_utc_and_within_bounds(value: datetime) -> None:
    when, problems = moment(value)
    assert (when is None) == bool(problems)
    if when is not None:
        assert when.tzinfo is UTC
        assert when == value
        assert EARLIEST_TIME <= when <= NOW + FUTURE_TOLERANCE


def test_the_character_classes_match_unicode_categories_on_every_code_point() -> None:
    """The regex classes stand for Unicode categories; a new Unicode version must not drift from them."""
    import unicodedata

    from app.domain import text_input

    for code in range(0x110000):
        ch = chr(code)
        in_line_class = text_input._NOT_IN_A_LINE_CLASS.match(ch) is not None
        assert in_line_class == (unicodedata.category(ch) in text_input._NOT_IN_A_LINE), hex(code)
        assert (text_input._SURROGATE.match(ch) is not None) == (unicodedata.category(ch) == "Cs"), hex(code)
