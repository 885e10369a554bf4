"""What the period board report prints, as plain frozen values: the contract between service and PDF.

The service (``app.services.board_report``) fills it; the renderer (``app.reports.board_report``)
only lays it out, so the renderer cannot print what it was never given: there is no incident title,
note, person's name or employee number anywhere in these values — incidents appear as codes,
grades, categories and instants, risks by code with their register title and treatment (withheld
when they may name a person), drills by code, corrective actions by owner role, due date and status.

Small-cell suppression (``Tally``), DESIGN.md §5:

* **Primary**: a count of incidents in a group (a grade, a category) from 1 to k − 1, k being the
  office's ``reports.min_cell_size``, prints as "< k". A zero is printed: an empty group describes
  nobody. Percentages and mean times are printed only for groups of at least k incidents measured.
* **Secondary (complementary)**: when exactly one cell of a row (grades, or categories) is
  suppressed and the row's total is printed, the suppressed cell could be recovered by subtracting
  the others from the total. The smallest other non-zero cell is then withheld too (printed "*"),
  so that the row total — the headline "n incidents" — can still be printed. Should no other
  cell be available, the total is withheld instead. The count of serious incidents (grade I + II)
  is a sum of two cells, so it is printed only when neither of them is suppressed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from app.domain.case_review import ActionStatus
from app.domain.crisis_roles import CrisisRole
from app.domain.drills import DrillStatus, DrillType, FindingArea, FindingSeverity, FindingStatus
from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory
from app.domain.risks import LevelBands, RiskLevel

Cell = tuple[int, int]  # (likelihood, impact), as app.domain.risk_history


class Withheld(StrEnum):
    SMALL = "small"  # primary: the group is below the minimum cell size
    COMPLEMENTARY = "complementary"  # secondary: it would reveal a small group by subtraction


@dataclass(frozen=True, slots=True)
class Tally:
    """A count as it may be printed: ``value`` is ``None`` when withheld (and ``withheld`` says why)."""

    value: int | None
    minimum: int
    withheld: Withheld | None = None

    @classmethod
    def of(cls, number: int, minimum: int) -> Tally:
        """Primary suppression: 1 .. minimum-1 withheld; 0 and anything at or above the minimum shown."""
        if 0 < number < minimum:
            return cls(None, minimum, Withheld.SMALL)
        return cls(number, minimum)

    @property
    def shown(self) -> bool:
        return self.value is not None

    def __str__(self) -> str:
        if self.withheld is Withheld.SMALL:
            return f"< {self.minimum}"
        if self.withheld is Withheld.COMPLEMENTARY:
            return "*"
        return str(self.value)


def suppress_row(numbers: Sequence[int], total: int, minimum: int) -> tuple[tuple[Tally, ...], Tally]:
    """The cells of one row and its total, with primary and secondary suppression (module docstring)."""
    cells = [Tally.of(n, minimum) for n in numbers]
    total_tally = Tally.of(total, minimum)
    small = [i for i, cell in enumerate(cells) if cell.withheld is Withheld.SMALL]
    if len(small) == 1 and total_tally.shown:
        candidates = [i for i, cell in enumerate(cells) if cell.shown and numbers[i] > 0]
        if candidates:
            partner = min(candidates, key=lambda i: (numbers[i], i))
            cells[partner] = Tally(None, minimum, Withheld.COMPLEMENTARY)
        else:
            total_tally = Tally(None, minimum, Withheld.COMPLEMENTARY)
    return tuple(cells), total_tally


def withheld_like(tally: Tally) -> Tally:
    """A derived count withheld for the same reason as ``tally`` (or complementary when it is shown)."""
    return replace(tally, value=None, withheld=tally.withheld or Withheld.COMPLEMENTARY)


@dataclass(frozen=True, slots=True)
class Period:
    start: date  # inclusive local dates
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        end = self.start - timedelta(days=1)
        return Period(end - timedelta(days=self.days - 1), end)


@dataclass(frozen=True, slots=True)
class GradeLine:
    grade: Grade
    incidents: Tally


@dataclass(frozen=True, slots=True)
class CategoryLine:
    category: IncidentCategory
    incidents: Tally


@dataclass(frozen=True, slots=True)
class Compliance:
    """How many decided clocks met their target; ``percent`` None when withheld or nothing decided."""

    met: int
    decided: int  # met + missed + overdue (still running: not decided yet)
    percent: int | None

    @classmethod
    def of(cls, met: int, decided: int, minimum: int, shown: bool = True) -> Compliance:
        percent = round(100 * met / decided) if decided and decided >= minimum and shown else None
        return cls(met, decided, percent)


@dataclass(frozen=True, slots=True)
class ResponseLine:
    """One grade's (or, ``grade`` None, all grades') response figures against its targets."""

    grade: Grade | None
    incidents: Tally
    acknowledge_target: timedelta | None
    start_target: timedelta | None
    acknowledge: Compliance
    start: Compliance
    mean_acknowledge: timedelta | None  # None: none measured, or fewer than the minimum, or withheld
    mean_start: timedelta | None
    mean_contain: timedelta | None
    mean_resolve: timedelta | None


@dataclass(frozen=True, slots=True)
class IncidentFigures:
    total: Tally
    serious: Tally  # grade I and II
    by_grade: tuple[GradeLine, ...]
    grade_total: Tally
    by_category: tuple[CategoryLine, ...]  # categories with incidents (zero rows left out)
    category_total: Tally
    response: tuple[ResponseLine, ...]  # per grade, then the all-grades line
    previous_total: Tally  # the previous period, for the comparison sentence


@dataclass(frozen=True, slots=True)
class RiskMove:
    """A risk whose cell changed between the two dates; cells ``None`` where it was not on the register."""

    code: str
    before: Cell | None
    after: Cell | None

    @property
    def before_score(self) -> int | None:
        return None if self.before is None else self.before[0] * self.before[1]

    @property
    def after_score(self) -> int | None:
        return None if self.after is None else self.after[0] * self.after[1]

    @property
    def change(self) -> int:
        return (self.after_score or 0) - (self.before_score or 0)


@dataclass(frozen=True, slots=True)
class TopRisk:
    code: str
    title: str | None  # None: withheld (it may name a person)
    level: RiskLevel
    score: int
    residual_score: int | None
    owner_role: CrisisRole | None
    owner_title: str | None  # a position such as "Facilities manager"
    owner_is_account: bool  # owned by an app account: its holder is not named
    treatment: str | None  # None: withheld (it may name a person); "" none recorded


@dataclass(frozen=True, slots=True)
class RiskFigures:
    """The register at the end of the period and at the end of the previous one (inherent scores)."""

    as_of: date
    before: date
    bands: LevelBands
    cells_now: Mapping[Cell, int]
    cells_before: Mapping[Cell, int]
    moves: tuple[RiskMove, ...]
    levels_now: Mapping[RiskLevel, int]
    levels_before: Mapping[RiskLevel, int]
    top: tuple[TopRisk, ...]

    @property
    def biggest_move(self) -> RiskMove | None:
        """The risk whose score moved most (ties: the rise first, then by code); appearances count."""
        if not self.moves:
            return None
        return max(self.moves, key=lambda m: (abs(m.change), m.change, _reverse_code(m.code)))


def _reverse_code(code: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in code)


@dataclass(frozen=True, slots=True)
class DrillLine:
    code: str
    drill_type: DrillType
    status: DrillStatus
    planned_start: datetime
    held_at: datetime | None
    first_ack: timedelta | None
    target: timedelta | None
    outcome: str | None  # AckOutcome value of the first acknowledgement; None when not done
    score_percent: int | None
    findings_open: int
    findings_closed: int


@dataclass(frozen=True, slots=True)
class FindingLine:
    """A key finding without its text: the drill, severity, area and whether it is closed."""

    drill_code: str
    severity: FindingSeverity
    area: FindingArea
    status: FindingStatus


@dataclass(frozen=True, slots=True)
class DrillHistory:
    """A done drill as the drill figures plot it (``app.reports.drill_figures.HistoryPoint``)."""

    drill_id: int
    code: str
    held_at: datetime
    target: timedelta | None
    first_ack: timedelta | None
    first_outcome: object
    all_ack: timedelta | None
    all_outcome: object
    findings_open: int
    findings_closed: int


@dataclass(frozen=True, slots=True)
class DrillFigures:
    planned: int  # drills planned in the period, cancelled ones excluded
    done: int
    cancelled: int
    lines: tuple[DrillLine, ...]
    findings: tuple[FindingLine, ...]  # of the drills done, most severe first
    history: tuple[DrillHistory, ...]  # done drills, oldest first


class ActionSource(StrEnum):
    INCIDENT = "incident"
    DRILL = "drill"


@dataclass(frozen=True, slots=True)
class OpenAction:
    """An open corrective action: where it comes from (a code), owner role, due date, status; no title."""

    source: ActionSource
    code: str
    owner_role: CrisisRole | None
    due_on: date
    status: ActionStatus
    owner_is_account: bool = False  # owned by an app account: its holder is not named

    def overdue(self, today: date) -> bool:
        return self.due_on < today


@dataclass(frozen=True, slots=True)
class ActionFigures:
    today: date  # "overdue" means due before this date (the generation date)
    actions: tuple[OpenAction, ...]  # open and in progress, by due date

    @property
    def overdue(self) -> tuple[OpenAction, ...]:
        return tuple(a for a in self.actions if a.overdue(self.today))


@dataclass(frozen=True, slots=True)
class BoardReportData:
    period: Period
    generated_at: datetime
    time_zone: str
    min_cell_size: int
    incidents: IncidentFigures
    risks: RiskFigures | None  # None: no risk register (the section is left out)
    drills: DrillFigures | None  # None: no drills planned or done in the period
    actions: ActionFigures

    def __repr__(self) -> str:
        return f"BoardReportData({self.period.start}..{self.period.end})"
