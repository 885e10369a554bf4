"""The register through time: reconstruction as of a date, movements, level trends, score history."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.risk_history import (
    ALL_CELLS,
    Movement,
    cell_members,
    level_trend,
    movements,
    quarter_ends,
    register_as_of,
    score_history,
)
from app.domain.risks import (
    LevelBands,
    RiskLevel,
    RiskScores,
    RiskSnapshot,
    RiskStatus,
    ScoreBasis,
    SnapshotKind,
)

START = date(2025, 1, 1)


def snap(
    risk_id: int,
    on: date,
    likelihood: int,
    impact: int,
    status: RiskStatus = RiskStatus.OPEN,
    *,
    residual: tuple[int, int] | None = None,
    kind: SnapshotKind = SnapshotKind.EDITED,
) -> RiskSnapshot:
    scores = RiskScores(likelihood, impact, *(residual or (None, None)))
    return RiskSnapshot(
        risk_id, f"R-{risk_id:03d}", f"Risk {risk_id}", "cyber_attack", "Legal", status, scores, on, kind
    )


HISTORY = (
    snap(1, date(2025, 1, 10), 2, 2, kind=SnapshotKind.CREATED),
    snap(1, date(2025, 4, 2), 4, 4, kind=SnapshotKind.REVIEWED),
    snap(1, date(2025, 7, 1), 3, 3, residual=(1, 2), kind=SnapshotKind.REVIEWED),
    snap(2, date(2025, 2, 1), 5, 5, kind=SnapshotKind.CREATED),
    snap(2, date(2025, 6, 1), 5, 5, RiskStatus.CLOSED, kind=SnapshotKind.REVIEWED),
    snap(3, date(2025, 6, 1), 1, 3, kind=SnapshotKind.IMPORTED),
)


def test_register_as_of_takes_the_latest_snapshot_on_or_before_the_date() -> None:
    assert register_as_of(HISTORY, date(2025, 1, 9)) == {}
    on_first = register_as_of(HISTORY, date(2025, 1, 10))
    assert on_first == {1: HISTORY[0]}
    spring = register_as_of(HISTORY, date(2025, 5, 31))
    assert {k: v.scores.cell(ScoreBasis.INHERENT) for k, v in spring.items()} == {1: (4, 4), 2: (5, 5)}
    # risk 2 is closed on 1 June: it leaves the register on that very day
    june = register_as_of(HISTORY, date(2025, 6, 1))
    assert set(june) == {1, 3}
    assert register_as_of(reversed(HISTORY), date(2025, 6, 1)) == june  # input order does not matter


def test_same_day_snapshots_the_later_one_wins() -> None:
    first, second = snap(9, START, 1, 1), snap(9, START, 5, 5)
    assert register_as_of([first, second], START)[9] is second
    assert register_as_of([second, first], START)[9] is first


def test_a_reopened_risk_comes_back() -> None:
    history = [
        snap(4, START, 2, 2),
        snap(4, START + timedelta(1), 2, 2, RiskStatus.CLOSED),
        snap(4, START + timedelta(5), 3, 2),
    ]
    assert register_as_of(history, START + timedelta(2)) == {}
    assert register_as_of(history, START + timedelta(5))[4].scores.likelihood == 3


def test_cell_members_lists_all_25_cells() -> None:
    register = register_as_of(HISTORY, date(2025, 12, 31))
    inherent = cell_members(register.values(), ScoreBasis.INHERENT)
    assert len(inherent) == 25
    assert set(inherent) == set(ALL_CELLS)
    assert [s.risk_id for s in inherent[(3, 3)]] == [1]
    assert [s.risk_id for s in inherent[(1, 3)]] == [3]
    assert sum(len(v) for v in inherent.values()) == 2
    residual = cell_members(register.values(), ScoreBasis.RESIDUAL)
    assert [s.risk_id for s in residual[(1, 2)]] == [1]
    assert residual[(3, 3)] == ()
    assert [s.risk_id for s in residual[(1, 3)]] == [3]  # no residual: stays at its inherent cell


def test_movements_between_two_dates() -> None:
    before = register_as_of(HISTORY, date(2025, 3, 31))
    after = register_as_of(HISTORY, date(2025, 6, 30))
    assert movements(before, after, ScoreBasis.INHERENT) == (
        Movement(1, "R-001", "Risk 1", (2, 2), (4, 4)),
        Movement(2, "R-002", "Risk 2", (5, 5), None),
        Movement(3, "R-003", "Risk 3", None, (1, 3)),
    )
    assert movements(after, after, ScoreBasis.INHERENT) == ()
    # risk 1 moved on both bases in July; an unchanged pair gives no movement
    july = register_as_of(HISTORY, date(2025, 7, 1))
    assert [m.after for m in movements(after, july, ScoreBasis.RESIDUAL)] == [(1, 2)]


def test_level_trend_counts_per_date_in_the_order_asked() -> None:
    dates = (date(2025, 12, 31), date(2025, 1, 1), date(2025, 3, 31), date(2025, 6, 30))
    points = level_trend(HISTORY, dates, LevelBands(), ScoreBasis.INHERENT)
    assert [p.on for p in points] == list(dates)
    assert [dict(p.counts) for p in points] == [
        {RiskLevel.LOW: 1, RiskLevel.MEDIUM: 1, RiskLevel.HIGH: 0},
        {RiskLevel.LOW: 0, RiskLevel.MEDIUM: 0, RiskLevel.HIGH: 0},
        {RiskLevel.LOW: 1, RiskLevel.MEDIUM: 0, RiskLevel.HIGH: 1},
        {RiskLevel.LOW: 1, RiskLevel.MEDIUM: 0, RiskLevel.HIGH: 1},
    ]
    assert points[0].total == 2
    residual = level_trend(HISTORY, [date(2025, 12, 31)], LevelBands(), ScoreBasis.RESIDUAL)
    assert dict(residual[0].counts) == {RiskLevel.LOW: 2, RiskLevel.MEDIUM: 0, RiskLevel.HIGH: 0}


def test_score_history_of_one_risk() -> None:
    points = score_history([s for s in HISTORY if s.risk_id == 1])
    assert [(p.on, p.inherent, p.residual, p.review) for p in points] == [
        (date(2025, 1, 10), 4, None, False),
        (date(2025, 4, 2), 16, None, True),
        (date(2025, 7, 1), 9, 2, True),
    ]
    same_day = [snap(5, START, 2, 2, kind=SnapshotKind.REVIEWED), snap(5, START, 3, 2)]
    assert [(p.inherent, p.review) for p in score_history(same_day)] == [(6, True)]
    assert score_history([]) == ()


def test_quarter_ends() -> None:
    assert quarter_ends(date(2025, 2, 1), date(2025, 12, 31)) == (
        date(2025, 3, 31),
        date(2025, 6, 30),
        date(2025, 9, 30),
        date(2025, 12, 31),
    )
    assert quarter_ends(date(2025, 3, 31), date(2025, 3, 31)) == (date(2025, 3, 31),)
    assert quarter_ends(date(2025, 4, 1), date(2025, 6, 29)) == ()
    assert quarter_ends(date(2026, 1, 1), date(2025, 1, 1)) == ()
    assert len(quarter_ends(date(2024, 12, 1), date(2026, 12, 1))) == 8


# --- the sweep agrees with per-date reconstruction ---------------------------------------------------

snapshots_strategy = st.lists(
    st.builds(
        snap,
        st.integers(1, 6),
        st.dates(START, START + timedelta(days=60)),
        st.integers(1, 5),
        st.integers(1, 5),
        st.sampled_from(list(RiskStatus)),
        residual=st.none() | st.tuples(st.integers(1, 5), st.integers(1, 5)),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(
    snapshots_strategy,
    st.lists(st.dates(START - timedelta(days=5), START + timedelta(days=70)), max_size=12),
    st.sampled_from(list(ScoreBasis)),
    st.sampled_from([LevelBands(), LevelBands(2, 20), LevelBands(9, 12)]),
)
def test_level_trend_equals_per_date_reconstruction(
    history: list[RiskSnapshot], dates: list[date], basis: ScoreBasis, bands: LevelBands
) -> None:
    points = level_trend(history, dates, bands, basis)
    assert [p.on for p in points] == dates
    for point in points:
        expected = dict.fromkeys(RiskLevel, 0)
        for snapshot in register_as_of(history, point.on).values():
            expected[snapshot.level_on(bands, basis)] += 1
        assert dict(point.counts) == expected


@settings(max_examples=100, deadline=None)
@given(
    snapshots_strategy,
    st.dates(START, START + timedelta(days=60)),
    st.dates(START, START + timedelta(days=60)),
)
def test_movements_are_exactly_the_risks_whose_cell_differs(
    history: list[RiskSnapshot], first: date, second: date
) -> None:
    before, after = register_as_of(history, first), register_as_of(history, second)
    moved = {m.risk_id for m in movements(before, after, ScoreBasis.INHERENT)}
    for risk_id in before.keys() | after.keys():
        old = before[risk_id].scores.cell(ScoreBasis.INHERENT) if risk_id in before else None
        new = after[risk_id].scores.cell(ScoreBasis.INHERENT) if risk_id in after else None
        assert (risk_id in moved) is (old != new)
