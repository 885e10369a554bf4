"""Incident facts (app.domain.incidents): categories, validation that reports every problem, flags, money."""

from __future__ import annotations

import dataclasses
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.incidents import (
    CATEGORY_LABELS,
    DEPARTMENT_MAX,
    EARLIEST_TIME,
    MONEY_MAX,
    PEOPLE_MAX,
    PLACE_MAX,
    REAL,
    SOURCE_DESCRIPTION_MAX,
    TEXT_MAX,
    TITLE_MAX,
    Impact,
    ImpactLevel,
    IncidentCategory,
    IncidentFacts,
    IncidentFlags,
    IncidentInvalid,
    InformationSource,
    MoneyInvalid,
    Problem,
    counts_for_figures,
    format_money,
    future_time_problems,
    parse_money,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TAIPEI = ZoneInfo("Asia/Taipei")
LONDON = ZoneInfo("Europe/London")


def facts(**changes: Any) -> IncidentFacts:
    values: dict[str, Any] = {
        "title": "Counselling notes shared in a team chat",
        "category": IncidentCategory.PRIVACY_LEAK,
        "reported_at": T0,
    }
    values.update(changes)
    return IncidentFacts(**values)


def problems_of(**changes: Any) -> list[Problem]:
    with pytest.raises(IncidentInvalid) as caught:
        facts(**changes)
    return list(caught.value.problems)


def fields_of(**changes: Any) -> list[str]:
    return [p.field for p in problems_of(**changes)]


# --- categories ------------------------------------------------------------------------------------


def test_category_codes_are_the_stored_contract() -> None:
    assert [c.value for c in IncidentCategory] == [
        "privacy_leak",
        "psychological_crisis",
        "critical_event",
        "workplace_accident",
        "cyber_security",
        "public_health",
        "natural_disaster",
        "supply_chain",
        "reputation",
    ]


def test_every_category_has_both_labels() -> None:
    assert set(CATEGORY_LABELS) == set(IncidentCategory)
    for category in IncidentCategory:
        assert category.label_en
        assert category.label_zh
    assert IncidentCategory.PRIVACY_LEAK.label_zh == "心理隱私泄露"


def test_category_code_is_accepted_and_becomes_the_enum() -> None:
    made = facts(category="psychological_crisis")
    assert made.category is IncidentCategory.PSYCHOLOGICAL_CRISIS


def test_unknown_category_names_the_choices() -> None:
    (problem,) = problems_of(category="fire")
    assert problem.field == "category"
    assert "'fire'" in problem.message
    assert "privacy_leak" in problem.message


# --- a valid incident ------------------------------------------------------------------------------


def test_minimal_incident_has_sensible_defaults() -> None:
    made = facts()
    assert made.occurred_at is None
    assert made.detected_at is None
    assert made.place == ""
    assert made.departments == ()
    assert made.people_involved == 0
    assert made.impact == Impact()
    assert made.sources == ()
    assert made.verified_source_count == 0
    assert not made.confirmed_by_several_channels


def test_full_incident_is_kept_and_normalised() -> None:
    made = facts(
        title="  心理諮詢記錄外泄  ",
        occurred_at=datetime(2026, 3, 1, 22, 0, tzinfo=TAIPEI),
        detected_at=datetime(2026, 3, 2, 8, 0, tzinfo=TAIPEI),
        reported_at=datetime(2026, 3, 2, 8, 30, tzinfo=TAIPEI),
        place=" Taipei office, 5F ",
        departments=["HR", "  IT  "],
        cause="\n Shared drive left public \n",
        course_of_events="Line 1\nLine 2",
        people_involved=12,
        impact=Impact(operations=1, finance=ImpactLevel.MINOR, reputation=3, people=4, direct_loss=150_000),
        sources=[InformationSource(" Employee call ", verified=True), InformationSource("IT log", True)],
    )
    assert made.title == "心理諮詢記錄外泄"
    assert made.place == "Taipei office, 5F"
    assert made.departments == ("HR", "IT")
    assert made.cause == "Shared drive left public"
    assert made.course_of_events == "Line 1\nLine 2"
    assert made.impact.operations is ImpactLevel.MINOR
    assert made.impact.people is ImpactLevel.SEVERE
    assert made.impact.highest is ImpactLevel.SEVERE
    assert made.sources[0] == InformationSource("Employee call", True)
    assert made.verified_source_count == 2
    assert made.confirmed_by_several_channels
    assert isinstance(made.departments, tuple)
    assert isinstance(made.sources, tuple)


def test_facts_are_frozen_and_hashable() -> None:
    made = facts(departments=("HR",), sources=(InformationSource("call"),))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.title = "other"  # type: ignore[misc]
    assert hash(made) == hash(facts(departments=("HR",), sources=(InformationSource("call"),)))


def test_title_is_nfc_normalised() -> None:
    decomposed = "Cafe\u0301 incident"
    assert facts(title=decomposed).title == "Café incident"


# --- title ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["", "   ", "\t\n"])
def test_blank_title_is_refused(title: str) -> None:
    (problem,) = problems_of(title=title)
    assert problem.field == "title"
    assert "required" in problem.message


def test_title_length_edge() -> None:
    assert len(facts(title="x" * TITLE_MAX).title) == TITLE_MAX
    assert len(facts(title=" " + "x" * TITLE_MAX + " ").title) == TITLE_MAX  # spaces do not count
    (problem,) = problems_of(title="x" * (TITLE_MAX + 1))
    assert problem.field == "title"
    assert f"at most {TITLE_MAX}" in problem.message
    assert "201" in problem.message


def test_title_limit_counts_characters_not_bytes() -> None:
    assert facts(title="危" * TITLE_MAX).title == "危" * TITLE_MAX


@pytest.mark.parametrize("title", ["two\nlines", "tab\there", "nul\x00"])
def test_title_is_a_single_line(title: str) -> None:
    assert fields_of(title=title) == ["title"]


def test_title_must_be_text() -> None:
    assert fields_of(title=None) == ["title"]


# --- times ----------------------------------------------------------------------------------------


def test_times_are_stored_in_utc() -> None:
    made = facts(reported_at=datetime(2026, 3, 2, 17, 0, tzinfo=TAIPEI))
    assert made.reported_at == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert made.reported_at.tzinfo is UTC


@pytest.mark.parametrize("name", ["occurred_at", "detected_at", "reported_at"])
def test_naive_times_are_refused(name: str) -> None:
    (problem,) = problems_of(**{name: datetime(2026, 3, 2, 8, 0)})
    assert problem.field == name
    assert "time zone" in problem.message


@pytest.mark.parametrize("name", ["occurred_at", "detected_at", "reported_at"])
def test_a_date_or_text_is_not_a_time(name: str) -> None:
    assert fields_of(**{name: date(2026, 3, 2)}) == [name]
    assert fields_of(**{name: "2026-03-02T08:00Z"}) == [name]


def test_reported_at_is_required() -> None:
    (problem,) = problems_of(reported_at=None)
    assert problem == Problem("reported_at", "is required")


def test_equal_times_are_fine() -> None:
    made = facts(occurred_at=T0, detected_at=T0, reported_at=T0)
    assert made.occurred_at == made.detected_at == made.reported_at == T0


def test_detected_before_occurred_is_refused_naming_both() -> None:
    (problem,) = problems_of(
        occurred_at=T0 - timedelta(hours=1), detected_at=T0 - timedelta(hours=1, seconds=1)
    )
    assert problem.field == "detected_at"
    assert "occurred_at" in problem.message
    assert "detected before it happened" in problem.message


def test_reported_before_detected_is_refused() -> None:
    (problem,) = problems_of(detected_at=T0 + timedelta(microseconds=1))
    assert problem.field == "reported_at"
    assert "detected_at" in problem.message
    assert "reported before it was detected" in problem.message


def test_reported_before_occurred_is_refused_when_detection_time_is_unknown() -> None:
    (problem,) = problems_of(occurred_at=T0 + timedelta(minutes=1))
    assert problem.field == "reported_at"
    assert "occurred_at" in problem.message
    assert "reported before it happened" in problem.message


def test_order_is_checked_in_real_time_across_zones() -> None:
    # 08:30 in Taipei is 00:30 UTC, before 09:00 UTC, although the wall-clock number is smaller.
    made = facts(occurred_at=datetime(2026, 3, 2, 8, 30, tzinfo=TAIPEI), reported_at=T0)
    assert made.occurred_at == datetime(2026, 3, 2, 0, 30, tzinfo=UTC)
    # 10:00 in Taipei is 02:00 UTC; reported 01:00 UTC is earlier though "01:00 < 10:00" locally too.
    assert fields_of(
        occurred_at=datetime(2026, 3, 2, 10, 0, tzinfo=TAIPEI),
        reported_at=datetime(2026, 3, 2, 1, 0, tzinfo=UTC),
    ) == ["reported_at"]


def test_order_respects_the_daylight_saving_fold() -> None:
    # On 2025-10-26 London's clocks go back from 02:00 BST to 01:00 GMT, so 01:30 happens twice.
    # Python compares same-zone datetimes by their wall clock, ignoring fold; converting to UTC
    # first gets it right: 01:45 (first, BST) is 00:45 UTC, before 01:15 (second, GMT) = 01:15 UTC.
    first_0145 = datetime(2025, 10, 26, 1, 45, tzinfo=LONDON, fold=0)
    second_0115 = datetime(2025, 10, 26, 1, 15, tzinfo=LONDON, fold=1)
    made = facts(occurred_at=first_0145, detected_at=second_0115, reported_at=second_0115)
    assert made.detected_at - made.occurred_at == timedelta(minutes=30)
    # And the other way round is refused although 01:15 < 01:45 on the wall clock agrees by chance.
    second_0145 = datetime(2025, 10, 26, 1, 45, tzinfo=LONDON, fold=1)
    first_0115 = datetime(2025, 10, 26, 1, 15, tzinfo=LONDON, fold=0)
    assert fields_of(occurred_at=second_0145, detected_at=first_0115, reported_at=second_0145) == [
        "detected_at"
    ]


def test_fold_inversion_that_the_wall_clock_hides_is_caught() -> None:
    # 01:30 second time (GMT, 01:30 UTC) then 01:40 first time (BST, 00:40 UTC): wall clock says
    # later, real time says 50 minutes earlier.
    occurred = datetime(2025, 10, 26, 1, 30, tzinfo=LONDON, fold=1)
    detected = datetime(2025, 10, 26, 1, 40, tzinfo=LONDON, fold=0)
    assert detected > occurred  # the trap
    assert fields_of(occurred_at=occurred, detected_at=detected, reported_at=occurred) == ["detected_at"]


def test_fixed_offset_zones_are_aware() -> None:
    plus8 = timezone(timedelta(hours=8))
    assert facts(reported_at=datetime(2026, 3, 2, 17, 0, tzinfo=plus8)).reported_at == T0


def test_absurdly_early_times_are_refused_without_crashing() -> None:
    plus5 = timezone(timedelta(hours=5))
    assert fields_of(occurred_at=datetime(1, 1, 1, tzinfo=plus5)) == ["occurred_at"]
    assert fields_of(occurred_at=EARLIEST_TIME - timedelta(seconds=1)) == ["occurred_at"]
    assert facts(occurred_at=EARLIEST_TIME).occurred_at == EARLIEST_TIME


def test_future_times_are_reported_separately_with_a_tolerance() -> None:
    made = facts(occurred_at=T0 - timedelta(hours=1), reported_at=T0)
    assert future_time_problems(made, T0) == ()
    assert future_time_problems(made, T0 - timedelta(minutes=5)) == ()
    found = future_time_problems(made, T0 - timedelta(minutes=5, seconds=1))
    assert [p.field for p in found] == ["reported_at"]
    assert "future" in found[0].message
    assert [p.field for p in future_time_problems(made, T0 - timedelta(days=1))] == [
        "occurred_at",
        "reported_at",
    ]
    assert future_time_problems(made, T0, tolerance=timedelta(0)) == ()


def test_future_check_needs_an_aware_now() -> None:
    with pytest.raises(ValueError, match="aware"):
        future_time_problems(facts(), datetime(2026, 3, 2, 9, 0))


# --- other fields -----------------------------------------------------------------------------------


def test_place_length_edge() -> None:
    assert facts(place="p" * PLACE_MAX).place == "p" * PLACE_MAX
    assert fields_of(place="p" * (PLACE_MAX + 1)) == ["place"]


def test_departments_are_checked_one_by_one() -> None:
    found = problems_of(departments=("HR", " ", "hr", "d" * (DEPARTMENT_MAX + 1), 7))
    assert [p.field for p in found] == [
        "departments[1]",
        "departments[2]",
        "departments[3]",
        "departments[4]",
    ]
    assert "listed twice" in found[1].message


def test_departments_must_be_a_list_not_a_string() -> None:
    assert fields_of(departments="HR") == ["departments"]
    assert fields_of(departments=None) == ["departments"]


def test_department_length_edge() -> None:
    assert facts(departments=["d" * DEPARTMENT_MAX]).departments == ("d" * DEPARTMENT_MAX,)


@pytest.mark.parametrize("name", ["cause", "course_of_events"])
def test_free_text_length_edge_and_nul(name: str) -> None:
    assert len(getattr(facts(**{name: "字" * TEXT_MAX}), name)) == TEXT_MAX
    assert fields_of(**{name: "字" * (TEXT_MAX + 1)}) == [name]
    assert fields_of(**{name: "a\x00b"}) == [name]
    assert fields_of(**{name: None}) == [name]


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (0, True),
        (1, True),
        (PEOPLE_MAX, True),
        (-1, False),
        (PEOPLE_MAX + 1, False),
        (True, False),
        (1.0, False),
        ("3", False),
    ],
)
def test_people_involved(value: object, ok: bool) -> None:
    if ok:
        assert facts(people_involved=value).people_involved == value
    else:
        assert fields_of(people_involved=value) == ["people_involved"]


# --- impact -----------------------------------------------------------------------------------------


def test_impact_levels_are_ordered_and_labelled() -> None:
    assert [int(level) for level in ImpactLevel] == [0, 1, 2, 3, 4]
    assert ImpactLevel.SEVERE > ImpactLevel.SERIOUS
    for level in ImpactLevel:
        assert level.label_en
        assert level.label_zh


def test_impact_accepts_stored_integers() -> None:
    impact = Impact(operations=0, finance=4)
    assert impact.operations is ImpactLevel.NONE
    assert impact.finance is ImpactLevel.SEVERE
    assert impact == Impact(finance=ImpactLevel.SEVERE)


@pytest.mark.parametrize("level", [-1, 5, True, 2.0, "2", None])
def test_impact_level_out_of_range(level: object) -> None:
    found = problems_of(impact=Impact(reputation=level))  # type: ignore[arg-type]
    assert [p.field for p in found] == ["impact.reputation"]


@pytest.mark.parametrize(
    ("loss", "ok"),
    [
        (None, True),
        (0, True),
        (1, True),
        (MONEY_MAX, True),
        (-1, False),
        (MONEY_MAX + 1, False),
        (1.5, False),
        (True, False),
    ],
)
def test_impact_losses(loss: object, ok: bool) -> None:
    for name in ("direct_loss", "indirect_loss"):
        impact = Impact(**{name: loss})
        if ok:
            assert getattr(facts(impact=impact).impact, name) == loss
        else:
            assert fields_of(impact=impact) == [f"impact.{name}"]


def test_unknown_loss_differs_from_zero() -> None:
    assert Impact(direct_loss=None) != Impact(direct_loss=0)


def test_impact_must_be_an_impact() -> None:
    assert fields_of(impact={"operations": 1}) == ["impact"]


def test_impact_problems_standalone() -> None:
    assert Impact().problems() == ()
    assert [p.field for p in Impact(direct_loss=-5).problems()] == ["direct_loss"]


# --- sources ---------------------------------------------------------------------------------------


def test_sources_are_checked_one_by_one() -> None:
    found = problems_of(
        sources=[
            InformationSource("phone call from the employee", True),
            InformationSource("  "),
            "an email",
            InformationSource("x" * (SOURCE_DESCRIPTION_MAX + 1)),
            InformationSource("ok", verified="yes"),  # type: ignore[arg-type]
        ]
    )
    assert [p.field for p in found] == [
        "sources[1].description",
        "sources[2]",
        "sources[3].description",
        "sources[4].verified",
    ]


def test_sources_must_be_a_list() -> None:
    assert fields_of(sources=InformationSource("x")) == ["sources"]


def test_source_description_edge() -> None:
    made = facts(sources=[InformationSource("x" * SOURCE_DESCRIPTION_MAX)])
    assert len(made.sources[0].description) == SOURCE_DESCRIPTION_MAX


def test_one_verified_source_is_not_yet_several_channels() -> None:
    made = facts(sources=[InformationSource("call", True), InformationSource("rumour", False)])
    assert made.verified_source_count == 1
    assert not made.confirmed_by_several_channels


# --- all problems at once -------------------------------------------------------------------------


def test_every_problem_is_reported_in_one_error() -> None:
    with pytest.raises(IncidentInvalid) as caught:
        IncidentFacts(
            title=" ",
            category="nope",  # type: ignore[arg-type]
            occurred_at=T0,
            detected_at=T0 - timedelta(hours=1),
            reported_at=datetime(2026, 3, 2, 9, 0),
            departments=["", "HR"],
            people_involved=-3,
            impact=Impact(finance=9, indirect_loss=-1),
            sources=[InformationSource("")],
        )
    error = caught.value
    assert error.fields == (
        "title",
        "category",
        "reported_at",
        "detected_at",
        "departments[0]",
        "people_involved",
        "impact.finance",
        "impact.indirect_loss",
        "sources[0].description",
    )
    assert isinstance(error, ValueError)
    message = str(error)
    for name in error.fields:
        assert name in message
    for field_name, text in error.problems:  # problems unpack as (field, message) pairs
        assert field_name
        assert text


def test_incident_invalid_without_problems_still_has_a_message() -> None:
    assert str(IncidentInvalid([])) == "invalid input"


# --- flags ----------------------------------------------------------------------------------------


def test_real_incidents_count_and_drills_and_tests_do_not() -> None:
    assert counts_for_figures(REAL)
    assert counts_for_figures(IncidentFlags())
    assert not counts_for_figures(IncidentFlags(is_drill=True))
    assert not counts_for_figures(IncidentFlags(is_test=True))


def test_flag_kind() -> None:
    assert REAL.kind == "real"
    assert IncidentFlags(is_drill=True).kind == "drill"
    assert IncidentFlags(is_test=True).kind == "test"


def test_drill_and_test_at_once_is_refused() -> None:
    with pytest.raises(IncidentInvalid) as caught:
        IncidentFlags(is_drill=True, is_test=True)
    assert caught.value.fields == ("is_test",)


def test_flags_must_be_booleans() -> None:
    with pytest.raises(IncidentInvalid) as caught:
        IncidentFlags(is_drill=1, is_test="no")  # type: ignore[arg-type]
    assert caught.value.fields == ("is_drill", "is_test")


def test_counts_for_figures_accepts_any_row_with_the_flags() -> None:
    @dataclasses.dataclass
    class Row:
        is_drill: bool
        is_test: bool

    assert counts_for_figures(Row(False, False))
    assert not counts_for_figures(Row(True, False))
    assert not counts_for_figures(Row(False, True))


def test_malformed_flags_never_inflate_the_figures() -> None:
    @dataclasses.dataclass
    class Odd:
        is_drill: object
        is_test: object

    assert not counts_for_figures(Odd(0, 0))  # 0 is not "no" when the contract is a bool
    assert not counts_for_figures(Odd(None, False))
    assert not counts_for_figures(object())  # type: ignore[arg-type]


# --- money ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("0", 0),
        ("12", 1200),
        ("12.5", 1250),
        ("12.05", 1205),
        ("12,345.67", 1_234_567),
        (" 800 ", 80_000),
        ("１２３４５", 1_234_500),
        ("12，345", 1_234_500),
        ("10 000", 1_000_000),
        ("10000000000000", MONEY_MAX),
    ],
)
def test_parse_money(text: str, cents: int) -> None:
    assert parse_money(text) == cents


@pytest.mark.parametrize(
    "text", ["", " ", "-5", "1.234", "1e5", "12.", ".5", "abc", "NaN", "5 元", "10000000000000.01"]
)
def test_parse_money_refuses_what_it_would_have_to_guess(text: str) -> None:
    with pytest.raises(MoneyInvalid):
        parse_money(text)


@pytest.mark.parametrize(
    ("cents", "text"),
    [(0, "0.00"), (5, "0.05"), (1_234_567, "12,345.67"), (MONEY_MAX, "10,000,000,000,000.00")],
)
def test_format_money(cents: int, text: str) -> None:
    assert format_money(cents) == text


@given(st.integers(min_value=0, max_value=MONEY_MAX))
def test_money_round_trips(cents: int) -> None:
    assert parse_money(format_money(cents)) == cents


# --- property: bad input gives a clear message, never a crash -----------------------------------------

_ANY = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.binary(max_size=5),
    st.lists(st.text(max_size=5), max_size=3),
    st.datetimes(),
    st.datetimes(timezones=st.timezones()),
    st.dates(),
)
_TIMES = st.one_of(st.none(), st.datetimes(timezones=st.timezones()), st.datetimes(), st.text(max_size=3))
_FIELDS = {
    "title",
    "category",
    "reported_at",
    "occurred_at",
    "detected_at",
    "place",
    "departments",
    "cause",
    "course_of_events",
    "people_involved",
    "impact",
    "sources",
}


def _known_field(name: str) -> bool:
    return name.split(".", maxsplit=1)[0].split("[", maxsplit=1)[0] in _FIELDS


@settings(max_examples=300, deadline=None)
@given(
    title=st.one_of(st.text(max_size=250), _ANY),
    category=st.one_of(
        st.sampled_from(list(IncidentCategory)), st.sampled_from([c.value for c in IncidentCategory]), _ANY
    ),
    reported_at=_TIMES,
    occurred_at=_TIMES,
    detected_at=_TIMES,
    place=st.one_of(st.text(max_size=20), _ANY),
    departments=st.one_of(st.lists(st.one_of(st.text(max_size=10), _ANY), max_size=4), _ANY),
    cause=st.one_of(st.text(), _ANY),
    people_involved=st.one_of(st.integers(), _ANY),
    levels=st.lists(st.one_of(st.integers(min_value=-2, max_value=6), _ANY), min_size=4, max_size=4),
    losses=st.lists(st.one_of(st.none(), st.integers(), _ANY), min_size=2, max_size=2),
    sources=st.one_of(
        st.lists(
            st.one_of(st.builds(InformationSource, st.one_of(st.text(max_size=10), _ANY), _ANY), _ANY),
            max_size=3,
        ),
        _ANY,
    ),
)
def test_any_input_either_builds_valid_facts_or_says_what_is_wrong(
    *,
    title: Any,
    category: Any,
    reported_at: Any,
    occurred_at: Any,
    detected_at: Any,
    place: Any,
    departments: Any,
    cause: Any,
    people_involved: Any,
    levels: list[Any],
    losses: list[Any],
    sources: Any,
) -> None:
    impact = Impact(
        operations=levels[0],
        finance=levels[1],
        reputation=levels[2],
        people=levels[3],
        direct_loss=losses[0],
        indirect_loss=losses[1],
    )
    try:
        made = IncidentFacts(
            title=title,
            category=category,
            reported_at=reported_at,
            occurred_at=occurred_at,
            detected_at=detected_at,
            place=place,
            departments=departments,
            cause=cause,
            course_of_events=cause,
            people_involved=people_involved,
            impact=impact,
            sources=sources,
        )
    except IncidentInvalid as error:
        problems = error.problems
        assert problems
        for problem in problems:
            assert _known_field(problem.field), problem
            assert problem.message.strip()
        return
    # Whatever was accepted satisfies every invariant.
    assert isinstance(made.title, str)
    assert 0 < len(made.title) <= TITLE_MAX
    assert made.title == made.title.strip()
    assert isinstance(made.category, IncidentCategory)
    times = [t for t in (made.occurred_at, made.detected_at, made.reported_at) if t is not None]
    assert made.reported_at is not None
    assert all(t.tzinfo is UTC for t in times)
    assert times == sorted(times)
    assert isinstance(made.departments, tuple)
    assert all(isinstance(d, str) and d for d in made.departments)
    assert isinstance(made.people_involved, int)
    assert 0 <= made.people_involved <= PEOPLE_MAX
    assert all(isinstance(getattr(made.impact, a), ImpactLevel) for a in Impact.AREAS)
    assert isinstance(made.sources, tuple)
    assert all(isinstance(s, InformationSource) for s in made.sources)


_AWARE = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.timezones()
)


@settings(max_examples=300, deadline=None)
@given(occurred=st.one_of(st.none(), _AWARE), detected=st.one_of(st.none(), _AWARE), reported=_AWARE)
def test_time_order_is_accepted_exactly_when_it_holds_in_real_time(
    occurred: datetime | None, detected: datetime | None, reported: datetime
) -> None:
    known = [t.astimezone(UTC) for t in (occurred, detected, reported) if t is not None]
    in_order = known == sorted(known)
    try:
        made = facts(occurred_at=occurred, detected_at=detected, reported_at=reported)
    except IncidentInvalid as error:
        refused_fields = set(error.fields)
        assert not in_order
        assert refused_fields <= {"detected_at", "reported_at"}
        return
    assert in_order
    # Compare through UTC: Python never finds a time in a DST gap or fold equal to one in another
    # zone (PEP 495), and hypothesis does generate such times.
    assert made.reported_at == reported.astimezone(UTC)
    assert made.reported_at.tzinfo is UTC
    assert made.occurred_at == (occurred.astimezone(UTC) if occurred else None)
    assert made.detected_at == (detected.astimezone(UTC) if detected else None)


@settings(max_examples=200, deadline=None)
@given(title=st.text(min_size=1, max_size=TITLE_MAX).filter(lambda t: t.strip() and t.isprintable()))
def test_printable_titles_within_the_limit_are_accepted(title: str) -> None:
    made = facts(title=title)
    assert made.title == unicodedata.normalize("NFC", title).strip()
