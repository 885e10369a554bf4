"""Risk scoring, level bands (default and configured), review cadence, the register filter and input checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.crisis_roles import CrisisRole
from app.domain.risk_input import (
    RiskInput,
    RiskReviewInput,
    normalised_review,
    normalised_risk,
    validate_review,
    validate_risk,
)
from app.domain.risks import (
    SCALE,
    LevelBands,
    ReviewCadence,
    RiskFilter,
    RiskLevel,
    RiskRuleError,
    RiskScores,
    RiskStatus,
    ScoreBasis,
    review_overdue,
    score,
)

TODAY = date(2026, 12, 2)

# --- scoring and bands -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("likelihood", "impact", "expected"), [(1, 1, 1), (3, 4, 12), (5, 5, 25), (2, 5, 10)]
)
def test_score_is_likelihood_times_impact(likelihood: int, impact: int, expected: int) -> None:
    assert score(likelihood, impact) == expected


@pytest.mark.parametrize(("likelihood", "impact"), [(0, 3), (6, 1), (3, True), (2.0, 2), ("3", 3), (None, 1)])
def test_score_refuses_values_off_the_scale(likelihood: object, impact: object) -> None:
    with pytest.raises(ValueError, match="1 to 5"):
        score(likelihood, impact)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "level"),
    [
        (1, RiskLevel.LOW),
        (4, RiskLevel.LOW),
        (5, RiskLevel.MEDIUM),
        (9, RiskLevel.MEDIUM),
        (10, RiskLevel.HIGH),
        (25, RiskLevel.HIGH),
    ],
)
def test_default_band_edges(value: int, level: RiskLevel) -> None:
    assert LevelBands().level_for(value) is level


@pytest.mark.parametrize("value", [0, 26, -1])
def test_a_score_off_the_range_has_no_level(value: int) -> None:
    with pytest.raises(ValueError, match="1 to 25"):
        LevelBands().level_for(value)


def test_configured_bands_move_the_edges() -> None:
    bands = LevelBands(low_max=6, medium_max=14)
    assert [bands.level_for(v) for v in (6, 7, 14, 15)] == [
        RiskLevel.LOW,
        RiskLevel.MEDIUM,
        RiskLevel.MEDIUM,
        RiskLevel.HIGH,
    ]
    assert bands.range_of(RiskLevel.LOW) == (1, 6)
    assert bands.range_of(RiskLevel.MEDIUM) == (7, 14)
    assert bands.range_of(RiskLevel.HIGH) == (15, 25)


def test_the_narrowest_bands_still_leave_each_level_a_score() -> None:
    bands = LevelBands(low_max=1, medium_max=24)
    assert (bands.level_for(1), bands.level_for(2), bands.level_for(24), bands.level_for(25)) == (
        RiskLevel.LOW,
        RiskLevel.MEDIUM,
        RiskLevel.MEDIUM,
        RiskLevel.HIGH,
    )


@pytest.mark.parametrize(("low_max", "medium_max"), [(0, 9), (9, 9), (10, 9), (4, 25), (4, 30)])
def test_bands_that_empty_a_level_are_refused(low_max: int, medium_max: int) -> None:
    with pytest.raises(RiskRuleError, match="at least one score"):
        LevelBands(low_max, medium_max)


@given(st.integers(1, 23), st.integers(1, 24), st.integers(1, 25))
def test_every_score_has_exactly_one_level_whose_range_holds_it(low: int, extra: int, value: int) -> None:
    medium = min(low + extra, 24)
    if medium <= low:
        return
    bands = LevelBands(low, medium)
    level = bands.level_for(value)
    first, last = bands.range_of(level)
    assert first <= value <= last
    assert sum(a <= value <= b for a, b in map(bands.range_of, RiskLevel)) == 1


def test_scores_on_each_basis() -> None:
    scores = RiskScores(4, 5, 2, 3)
    assert (scores.inherent_score, scores.residual_score) == (20, 6)
    assert scores.cell(ScoreBasis.INHERENT) == (4, 5)
    assert scores.cell(ScoreBasis.RESIDUAL) == (2, 3)
    assert scores.score_on(ScoreBasis.RESIDUAL) == 6
    unassessed = RiskScores(4, 5)
    assert unassessed.residual_score is None
    assert unassessed.cell(ScoreBasis.RESIDUAL) == (4, 5)  # no control assumed to work


# --- cadence ----------------------------------------------------------------------------------------


def test_default_cadence_per_level() -> None:
    cadence = ReviewCadence()
    assert cadence.next_review(RiskLevel.HIGH, date(2026, 1, 1)) == date(2026, 4, 1)
    assert cadence.next_review(RiskLevel.MEDIUM, date(2026, 1, 1)) == date(2026, 6, 30)
    assert cadence.next_review(RiskLevel.LOW, date(2026, 1, 1)) == date(2026, 12, 27)


def test_configured_cadence() -> None:
    cadence = ReviewCadence(high_days=30, medium_days=60, low_days=1)
    assert cadence.days_for(RiskLevel.HIGH) == 30
    assert cadence.next_review(RiskLevel.LOW, date(2026, 12, 31)) == date(2027, 1, 1)


@pytest.mark.parametrize("days", [0, -5, 3 * 366 + 1])
def test_cadence_out_of_range_is_refused(days: int) -> None:
    with pytest.raises(RiskRuleError, match="between 1 day and 3 years"):
        ReviewCadence(medium_days=days)


def test_overdue_means_active_and_past_its_date() -> None:
    assert review_overdue(RiskStatus.OPEN, date(2026, 12, 1), TODAY)
    assert not review_overdue(RiskStatus.OPEN, TODAY, TODAY)  # due today is not late yet
    assert not review_overdue(RiskStatus.CLOSED, date(2020, 1, 1), TODAY)
    assert not review_overdue(RiskStatus.TREATING, None, TODAY)


# --- the register filter --------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    scores: RiskScores
    status: RiskStatus = RiskStatus.OPEN
    source: str = "cyber_attack"
    owner_label: str = "IT / security"
    next_review_on: date | None = date(2027, 1, 1)
    code: str = "R-001"
    title: str = "Ransomware on the case server"


def test_an_empty_filter_matches_everything() -> None:
    assert RiskFilter().matches(Row(RiskScores(1, 1), status=RiskStatus.CLOSED), TODAY, LevelBands())


def test_filter_by_level_and_cell_on_each_basis() -> None:
    row = Row(RiskScores(4, 4, 1, 2))
    bands = LevelBands()
    assert RiskFilter(levels=frozenset({RiskLevel.HIGH})).matches(row, TODAY, bands)
    assert not RiskFilter(levels=frozenset({RiskLevel.HIGH}), basis=ScoreBasis.RESIDUAL).matches(
        row, TODAY, bands
    )
    assert RiskFilter(levels=frozenset({RiskLevel.LOW}), basis=ScoreBasis.RESIDUAL).matches(row, TODAY, bands)
    assert RiskFilter(cell=(4, 4)).matches(row, TODAY, bands)
    assert not RiskFilter(cell=(4, 4), basis=ScoreBasis.RESIDUAL).matches(row, TODAY, bands)
    assert RiskFilter(cell=(1, 2), basis=ScoreBasis.RESIDUAL).matches(row, TODAY, bands)
    # the same score is another level under other bands
    assert RiskFilter(levels=frozenset({RiskLevel.MEDIUM})).matches(row, TODAY, LevelBands(4, 16))


def test_filter_by_owner_source_status_overdue_and_text() -> None:
    row = Row(RiskScores(2, 2), status=RiskStatus.TREATING, next_review_on=date(2026, 11, 30))
    bands = LevelBands()
    assert RiskFilter(owner="IT / security", source="cyber_attack").matches(row, TODAY, bands)
    assert not RiskFilter(owner="Legal").matches(row, TODAY, bands)
    assert not RiskFilter(source="data_leak").matches(row, TODAY, bands)
    assert RiskFilter(statuses=frozenset({RiskStatus.TREATING})).matches(row, TODAY, bands)
    assert not RiskFilter(statuses=frozenset({RiskStatus.OPEN})).matches(row, TODAY, bands)
    assert RiskFilter(overdue_only=True).matches(row, TODAY, bands)
    assert not RiskFilter(overdue_only=True).matches(row, date(2026, 11, 30), bands)
    assert RiskFilter(text="ransomWARE").matches(row, TODAY, bands)
    assert RiskFilter(text=" r-00 ").matches(row, TODAY, bands)
    assert not RiskFilter(text="flood").matches(row, TODAY, bands)


# --- input checks -----------------------------------------------------------------------------------


def _risk(**changes: object) -> RiskInput:
    values: dict[str, object] = {
        "title": "  Ransomware on the case server ",
        "source": "cyber_attack",
        "owner_role": CrisisRole.IT_SECURITY,
        "likelihood": 3,
        "impact": 5,
    }
    values.update(changes)
    return RiskInput(**values)  # type: ignore[arg-type]


def test_a_valid_risk_is_normalised() -> None:
    cleaned, problems = normalised_risk(_risk(code="R-7", owner_role="legal", status="treating"))
    assert problems == ()
    assert cleaned.title == "Ransomware on the case server"
    assert cleaned.owner_role is CrisisRole.LEGAL
    assert cleaned.status is RiskStatus.TREATING
    assert validate_risk(_risk(owner_role=None, owner_title=" Facilities manager ")) == ()


def test_every_problem_of_a_risk_is_listed_at_once() -> None:
    problems = validate_risk(
        _risk(
            code="R 1",
            title=" ",
            source="Cyber Attack",
            owner_user_id=3,
            likelihood=0,
            impact=6,
            residual_likelihood=2,
            status="pending",
            next_review_on=datetime(2027, 1, 1),
        )
    )
    assert [p.field for p in problems] == [
        "code",
        "title",
        "source",
        "owner",
        "likelihood",
        "impact",
        "residual",
        "status",
        "next_review_on",
    ]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": "R" * 21}, "code"),
        ({"code": ""}, "code"),
        ({"code": "R-1\n"}, None),  # trimmed: outer whitespace is not part of the code
        ({"code": "R/1"}, "code"),
        ({"owner_role": None}, "owner"),
        ({"owner_role": None, "owner_title": "  "}, "owner"),
        ({"owner_role": "janitor"}, "owner_role"),
        ({"owner_role": None, "owner_user_id": 0}, "owner_user_id"),
        ({"residual_likelihood": 2, "residual_impact": 9}, "residual_impact"),
        ({"description": "a\x00b"}, "description"),
        ({"next_review_on": date(1999, 12, 31)}, "next_review_on"),
        ({"title": "x" * 201}, "title"),
        ({"likelihood": True}, "likelihood"),
    ],
)
def test_one_wrong_field(changes: dict[str, object], field: str | None) -> None:
    assert [p.field for p in validate_risk(_risk(**changes))] == ([field] if field else [])


@given(st.sampled_from(list(SCALE)), st.sampled_from(list(SCALE)))
def test_every_scale_pair_is_valid(likelihood: int, impact: int) -> None:
    assert validate_risk(_risk(likelihood=likelihood, impact=impact)) == ()


def test_review_checks() -> None:
    good = RiskReviewInput(reviewed_on=TODAY, likelihood=2, impact=3, comment=" fine ")
    cleaned, problems = normalised_review(good, TODAY)
    assert (cleaned.comment, problems) == ("fine", ())
    assert [
        p.field
        for p in validate_review(
            RiskReviewInput(reviewed_on=date(2026, 12, 3), likelihood=2, impact=3), TODAY
        )
    ] == ["reviewed_on"]
    bad = RiskReviewInput(
        reviewed_on=TODAY,
        likelihood=6,
        impact=3,
        residual_impact=1,
        status="gone",  # type: ignore[arg-type]
        next_review_on=TODAY,
    )
    assert [p.field for p in validate_review(bad, TODAY)] == [
        "likelihood",
        "residual",
        "status",
        "next_review_on",
    ]
    assert [p.field for p in validate_review(RiskReviewInput(reviewed_on=None, likelihood=1, impact=1))] == [  # type: ignore[arg-type]
        "reviewed_on"
    ]
