"""The register through time: as it stood on a date, who moved between two dates, trends.

Every change of a risk's scores or status writes a ``RiskSnapshot`` effective from a date; the
register as of a date is the latest snapshot of each risk on or before it, closed risks left out.
Two snapshots of one risk on the same date are told apart by their order in the input: the later
one wins (the repository returns them in the order they were written). Every function here applies
that same rule, so the matrix, the comparison and the trend chart always agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.risks import (
    SCALE,
    SCORE_MAX,
    LevelBands,
    RiskLevel,
    RiskSnapshot,
    RiskStatus,
    ScoreBasis,
    SnapshotKind,
)

Cell = tuple[int, int]  # (likelihood, impact)
ALL_CELLS: tuple[Cell, ...] = tuple((likelihood, impact) for likelihood in SCALE for impact in SCALE)
_QUARTER_ENDS = ((3, 31), (6, 30), (9, 30), (12, 31))


def register_as_of(snapshots: Iterable[RiskSnapshot], when: date) -> dict[int, RiskSnapshot]:
    """The latest snapshot per risk with ``effective_on <= when``; risks closed by then are dropped."""
    latest: dict[int, RiskSnapshot] = {}
    for snapshot in snapshots:
        if snapshot.effective_on > when:
            continue
        current = latest.get(snapshot.risk_id)
        if current is None or snapshot.effective_on >= current.effective_on:
            latest[snapshot.risk_id] = snapshot
    return {risk_id: s for risk_id, s in latest.items() if s.status is not RiskStatus.CLOSED}


def cell_members(
    snapshots: Iterable[RiskSnapshot], basis: ScoreBasis
) -> dict[Cell, tuple[RiskSnapshot, ...]]:
    """The risks in each of the 25 cells on ``basis`` (every cell present, possibly empty), by code."""
    members: dict[Cell, list[RiskSnapshot]] = {cell: [] for cell in ALL_CELLS}
    for snapshot in snapshots:
        members[snapshot.scores.cell(basis)].append(snapshot)
    return {cell: tuple(sorted(found, key=lambda s: (s.code, s.risk_id))) for cell, found in members.items()}


@dataclass(frozen=True, slots=True)
class Movement:
    """A risk whose cell differs between two registers; ``None`` where it was not on one of them."""

    risk_id: int
    code: str
    title: str
    before: Cell | None
    after: Cell | None


def movements(
    before: Mapping[int, RiskSnapshot], after: Mapping[int, RiskSnapshot], basis: ScoreBasis
) -> tuple[Movement, ...]:
    """Risks that changed cell, appeared (new or reopened) or disappeared (closed), ordered by code."""
    found = []
    for risk_id in before.keys() | after.keys():
        old, new = before.get(risk_id), after.get(risk_id)
        old_cell = old.scores.cell(basis) if old is not None else None
        new_cell = new.scores.cell(basis) if new is not None else None
        if old_cell == new_cell:
            continue
        named = new if new is not None else old
        assert named is not None  # the id came from one of the two
        found.append(Movement(risk_id, named.code, named.title, old_cell, new_cell))
    return tuple(sorted(found, key=lambda m: (m.code, m.risk_id)))


@dataclass(frozen=True, slots=True)
class LevelTrendPoint:
    """How many active risks stood at each level on a date (every level present, possibly 0)."""

    on: date
    counts: Mapping[RiskLevel, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def level_trend(
    snapshots: Iterable[RiskSnapshot], dates: Sequence[date], bands: LevelBands, basis: ScoreBasis
) -> tuple[LevelTrendPoint, ...]:
    """Counts per level on each of ``dates`` (in the order given), in one sweep through the history.

    Snapshots are applied in date order (ties in input order, as ``register_as_of`` breaks them)
    while the dates are visited in ascending order, so the cost is one sort of the history plus one
    pass, not one reconstruction per date: a two-year quarterly trend of 2,000 risks stays cheap.
    """
    ordered = sorted(snapshots, key=_effective_on)  # stable: ties keep input order
    days = sorted(set(dates))
    level_by_score = [None, *(bands.level_for(value) for value in range(1, SCORE_MAX + 1))]
    residual = basis is ScoreBasis.RESIDUAL
    level_of: dict[int, RiskLevel | None] = {}
    counts = dict.fromkeys(RiskLevel, 0)
    by_date: dict[date, dict[RiskLevel, int]] = {}
    next_day = 0
    for snapshot in ordered:
        while next_day < len(days) and days[next_day] < snapshot.effective_on:
            by_date[days[next_day]] = dict(counts)
            next_day += 1
        if next_day == len(days):
            break
        old = level_of.get(snapshot.risk_id)
        if old is not None:
            counts[old] -= 1
        if snapshot.status is RiskStatus.CLOSED:
            new = None
        else:
            scores = snapshot.scores  # inlined RiskScores.score_on: this loop runs once per snapshot
            if residual and scores.residual_likelihood is not None and scores.residual_impact is not None:
                new = level_by_score[scores.residual_likelihood * scores.residual_impact]
            else:
                new = level_by_score[scores.likelihood * scores.impact]
            counts[new] += 1  # type: ignore[index]
        level_of[snapshot.risk_id] = new
    for day in days[next_day:]:
        by_date[day] = dict(counts)
    return tuple(LevelTrendPoint(when, by_date[when]) for when in dates)


def _effective_on(snapshot: RiskSnapshot) -> date:
    return snapshot.effective_on


@dataclass(frozen=True, slots=True)
class ScorePoint:
    """One risk's scores from a date on; ``review`` marks a date on which it was reviewed."""

    on: date
    inherent: int
    residual: int | None
    review: bool


def score_history(snapshots_of_one_risk: Iterable[RiskSnapshot]) -> tuple[ScorePoint, ...]:
    """One point per date the risk's snapshots changed, in date order (the last of a date wins).

    A date is marked as a review when any snapshot of that date was written by a review, so a
    review followed by an edit on the same day still shows as reviewed.
    """
    ordered = sorted(snapshots_of_one_risk, key=lambda s: s.effective_on)
    points: dict[date, ScorePoint] = {}
    for snapshot in ordered:
        earlier = points.get(snapshot.effective_on)
        reviewed = snapshot.kind is SnapshotKind.REVIEWED or (earlier is not None and earlier.review)
        points[snapshot.effective_on] = ScorePoint(
            snapshot.effective_on, snapshot.scores.inherent_score, snapshot.scores.residual_score, reviewed
        )
    return tuple(points.values())


def quarter_ends(start: date, end: date) -> tuple[date, ...]:
    """The quarter ends (31 March, 30 June, 30 September, 31 December) from ``start`` to ``end``, both included.

    These are the dates the register is reviewed on by the background documents, so they are the
    natural points of a trend chart.
    """
    found = []
    for year in range(start.year, end.year + 1):
        for month, day in _QUARTER_ENDS:
            candidate = date(year, month, day)
            if start <= candidate <= end:
                found.append(candidate)
    return tuple(found)
