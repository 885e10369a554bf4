"""The period board report: what happened in a period, how fast the office answered, where risk moved.

``BoardReportService.generate`` gathers the figures through the services that own them (each
checks its own access) plus one aggregate read of the period's incidents
(``IncidentsRepository.period_figures``: grade, category, status and milestones, no typed text,
one query instead of one service call per incident, so a quarter of 1,000 incidents stays well
inside the two-second budget), turns them into ``app.reports.board_report_data`` values and
renders them with ``app.reports.board_report``.

What is counted:

* **Incidents** reported from the first local day of the period to the end of its last (in
  ``time_zone``), drills and tests left out (they are exercises, not events to report to a board).
* **Times** as the incident summary's key times: to acknowledge = the acknowledge clock (a started
  response counts as the acknowledgement, ``app.domain.clocks.incident_clocks``); to start the
  response = the start-response clock; to contain / to resolve = from the report to the incident's
  contained / resolved instant. The office sets targets for the first two only.
* **Compliance** per grade = met / decided, where decided counts met, missed and overdue clocks (a
  clock still running within its target is not yet decided).
* **Risks**: the register as of the period's last day against the register as of the previous
  period's last day (the previous period has the same length and ends the day before the start),
  on inherent scores, as the risk view's heat map draws them. Left out when the register is empty.
* **Drills** planned in the period and those done, with their key findings (severity, area,
  status; never their text); a surprise drill that never started is left out (only admins may
  know of it). Left out when there are none.
* **Corrective actions** of incidents and drills still open at generation, due from two years before it to one
  year after; overdue = due before the generation date.

De-identified whoever asks (every role may have it: ``REPORT_BOARD``): counts are suppressed as
``app.reports.board_report_data`` describes, risk titles and treatments that may name a person in
the database are withheld, and owners that are app accounts are not named. Every generation is
audited as ``report.exported`` (period, paper, language, whether to a file; never content).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from app.domain import risk_history
from app.domain.clocks import ClockState, incident_clocks
from app.domain.drills import DrillStatus, DrillType
from app.domain.grading import Grade
from app.domain.incidents import IncidentCategory
from app.domain.risks import RiskLevel, ScoreBasis
from app.domain.roles import Operation
from app.reports.board_report_data import (
    ActionFigures,
    ActionSource,
    BoardReportData,
    CategoryLine,
    Compliance,
    DrillFigures,
    DrillHistory,
    DrillLine,
    FindingLine,
    GradeLine,
    IncidentFigures,
    OpenAction,
    Period,
    ResponseLine,
    RiskFigures,
    RiskMove,
    Tally,
    TopRisk,
    Withheld,
    suppress_row,
    withheld_like,
)
from app.reports.pdf_layout import Paper
from app.services.access import AccessPolicy
from app.services.audited_export import export_with_audit
from app.services.errors import InvalidInput
from app.services.policy import PolicyService
from app.services.report_options import checked_options
from app.services.reports import REPORT_MIN_CELL_SIZE
from app.services.session import Session
from app.storage.audit_repository import AuditEvent
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.incidents_repository import IncidentFigureRow, IncidentsRepository

PERIOD_MAX_DAYS = 3 * 366  # a board reports on a month, a quarter or a year
TOP_RISKS = 8
ACTION_PAST_DAYS, ACTION_AHEAD_DAYS = 730, 366  # the calendars' reads allow about three years
SERIOUS = (Grade.I, Grade.II)


@dataclass(frozen=True, slots=True)
class BoardReport:
    """A generated board report: its bytes, the file it went to (``None`` when only returned)."""

    pdf: bytes
    path: Path | None
    start: date
    end: date
    data: BoardReportData

    def __repr__(self) -> str:
        return f"BoardReport({self.start}..{self.end}, {len(self.pdf)} bytes)"


def _mean(values: Sequence[timedelta], minimum: int) -> timedelta | None:
    """The mean of at least ``minimum`` measured durations, to the second; else None (too few to show)."""
    if not values or len(values) < minimum:
        return None
    return timedelta(seconds=round(sum(v.total_seconds() for v in values) / len(values)))


def _decided(state: ClockState) -> bool:
    return state in (ClockState.MET, ClockState.MISSED, ClockState.OVERDUE)


class BoardReportService:
    """Builds the period board report; the services it reads are given as callables (built lazily)."""

    def __init__(
        self,
        db: Database,
        policy: AccessPolicy,
        settings: PolicyService,
        *,
        incidents: Callable[[], Any],
        reviews: Callable[[], Any],
        risks: Callable[[], Any],
        drills: Callable[[], Any],
    ) -> None:
        self._db = db
        self._policy = policy
        self._settings = settings
        self._incidents = incidents
        self._reviews = reviews
        self._risks = risks
        self._drills = drills
        self._repo = IncidentsRepository(db)

    def min_cell_size(self) -> int:
        return self._settings.value(REPORT_MIN_CELL_SIZE)

    def generate(
        self,
        session: Session,
        start: date,
        end: date,
        *,
        paper: Paper | str = Paper.A4,
        language: str = "en",
        out_path: Path | None = None,
        now: datetime | None = None,
        time_zone: str = "UTC",
        progress: Callable[[int], None] | None = None,
    ) -> BoardReport:
        """The board report PDF for ``[start, end]`` (local dates, both included); to ``out_path`` if given.

        The role check comes first, then every option is checked before anything is read.
        """
        self._policy.require(session, Operation.REPORT_BOARD)
        for name, value in (("start", start), ("end", end)):
            if isinstance(value, datetime) or not isinstance(value, date):
                raise InvalidInput(f"The {name} of the period must be a date.")
        if end < start:
            raise InvalidInput("The period cannot end before it starts.")
        if (end - start).days >= PERIOD_MAX_DAYS:
            raise InvalidInput(f"The period can be at most {PERIOD_MAX_DAYS} days.")
        sheet = checked_options(paper, language, time_zone, out_path)
        now = now or utc_now()
        tell = progress or (lambda _percent: None)

        tell(0)
        data = self.data(session, start, end, now=now, time_zone=time_zone)
        tell(30)
        from app.reports.board_report import render_board_report  # noqa: PLC0415 - reportlab on demand

        pdf = render_board_report(data, paper=sheet, language=language, progress=tell)
        tell(95)
        event = AuditEvent(
            session.username,
            "report.exported",
            "period",
            f"{start.isoformat()}..{end.isoformat()}",
            {"report": "board", "paper": sheet.value, "language": language, "to_file": out_path is not None},
        )
        export_with_audit(self._db, [event], now, None if out_path is None else Path(out_path), pdf)
        tell(100)
        return BoardReport(pdf, None if out_path is None else Path(out_path), start, end, data)

    # -- the figures ----------------------------------------------------------------------------

    def data(
        self, session: Session, start: date, end: date, *, now: datetime, time_zone: str = "UTC"
    ) -> BoardReportData:
        """What the report prints (also what a preview could show); checks the permission again."""
        self._policy.require(session, Operation.REPORT_BOARD)
        zone = ZoneInfo(time_zone)
        period = Period(start, end)
        minimum = self.min_cell_size()
        low, high = self._window(period, zone)
        previous_low, previous_high = self._window(period.previous(), zone)
        rows = self._counted(self._repo.period_figures(low, high))
        previous = self._counted(self._repo.period_figures(previous_low, previous_high))
        today = now.astimezone(zone).date()
        return BoardReportData(
            period=period,
            generated_at=now,
            time_zone=time_zone,
            min_cell_size=minimum,
            incidents=self._incident_figures(rows, len(previous), minimum, now),
            risks=self._risk_figures(session, period),
            drills=self._drill_figures(session, low, high, now),
            actions=self._action_figures(session, today, now),
        )

    @staticmethod
    def _window(period: Period, zone: ZoneInfo) -> tuple[datetime, datetime]:
        low = datetime.combine(period.start, time(0), zone).astimezone(UTC)
        high = datetime.combine(period.end + timedelta(days=1), time(0), zone).astimezone(UTC)
        return low, high

    @staticmethod
    def _counted(rows: Iterable[IncidentFigureRow]) -> list[IncidentFigureRow]:
        return [r for r in rows if not r.is_drill and not r.is_test]

    def _incident_figures(
        self, rows: Sequence[IncidentFigureRow], previous: int, minimum: int, now: datetime
    ) -> IncidentFigures:
        grades = list(Grade)
        per_grade = Counter(r.grade for r in rows)
        grade_cells, grade_total = suppress_row(
            [per_grade.get(g.value, 0) for g in grades], len(rows), minimum
        )
        by_grade = tuple(GradeLine(g, cell) for g, cell in zip(grades, grade_cells, strict=True))
        per_category = Counter(r.category for r in rows)
        categories = [c for c in IncidentCategory if per_category.get(c.value, 0)]
        category_cells, category_total = suppress_row(
            [per_category[c.value] for c in categories], len(rows), minimum
        )
        by_category = tuple(CategoryLine(c, cell) for c, cell in zip(categories, category_cells, strict=True))
        # both rows add up to the same total: withheld in one, it would give the other away
        unshown = [t for t in (grade_total, category_total) if not t.shown]
        total = withheld_like(unshown[0]) if unshown else grade_total
        grade_total = category_total = total
        serious_cells = [line.incidents for line in by_grade if line.grade in SERIOUS]
        serious_number = sum(per_grade.get(g.value, 0) for g in SERIOUS)
        if all(cell.shown for cell in serious_cells):
            serious = Tally(serious_number, minimum)
        else:  # its value is unknown to the reader: "fewer than k" only if it is true
            serious = Tally.of(serious_number, minimum)
            if serious.shown:
                serious = Tally(None, minimum, Withheld.COMPLEMENTARY)

        targets = self._incidents().response_targets()
        response: list[ResponseLine] = []
        for grade, cell in zip(grades, grade_cells, strict=True):
            chosen = [r for r in rows if r.grade == grade.value]
            response.append(
                self._response_line(grade, cell, chosen, targets=targets, minimum=minimum, now=now)
            )
        response.append(self._response_line(None, total, rows, targets=targets, minimum=minimum, now=now))
        return IncidentFigures(
            total=total,
            serious=serious,
            by_grade=by_grade,
            grade_total=grade_total,
            by_category=by_category,
            category_total=category_total,
            response=tuple(response),
            previous_total=Tally.of(previous, minimum),
        )

    @staticmethod
    def _response_line(
        grade: Grade | None,
        incidents: Tally,
        rows: Sequence[IncidentFigureRow],
        *,
        targets: Any,
        minimum: int,
        now: datetime,
    ) -> ResponseLine:
        shown = incidents.shown
        ack_met = ack_decided = start_met = start_decided = 0
        to_ack: list[timedelta] = []
        to_start: list[timedelta] = []
        to_contain: list[timedelta] = []
        to_resolve: list[timedelta] = []
        for row in rows:
            acknowledge, start = incident_clocks(
                row.grade, row.reported_at, row.acknowledged_at, row.response_started_at, targets
            )
            for clock, counts in ((acknowledge, "ack"), (start, "start")):
                state = clock.state(now)
                if _decided(state):
                    met = state is ClockState.MET
                    if counts == "ack":
                        ack_decided += 1
                        ack_met += met
                    else:
                        start_decided += 1
                        start_met += met
            if acknowledge.stopped_at is not None:
                to_ack.append(acknowledge.stopped_at - row.reported_at)
            if start.stopped_at is not None:
                to_start.append(start.stopped_at - row.reported_at)
            if row.contained_at is not None:
                to_contain.append(row.contained_at - row.reported_at)
            if row.resolved_at is not None:
                to_resolve.append(row.resolved_at - row.reported_at)
        grade_targets = targets.for_grade(grade.value) if grade is not None else None
        keep = minimum if shown else len(rows) + 1  # a withheld group shows no derived figure
        return ResponseLine(
            grade=grade,
            incidents=incidents,
            acknowledge_target=grade_targets.acknowledge if grade_targets else None,
            start_target=grade_targets.start_response if grade_targets else None,
            acknowledge=Compliance.of(ack_met, ack_decided, minimum, shown),
            start=Compliance.of(start_met, start_decided, minimum, shown),
            mean_acknowledge=_mean(to_ack, keep),
            mean_start=_mean(to_start, keep),
            mean_contain=_mean(to_contain, keep),
            mean_resolve=_mean(to_resolve, keep),
        )

    def _risk_figures(self, session: Session, period: Period) -> RiskFigures | None:
        risks = self._risks()
        before_day = period.start - timedelta(days=1)
        now_register = risks.register_as_of(session, period.end)
        before_register = risks.register_as_of(session, before_day)
        if not now_register and not before_register:
            return None
        bands = risks.scoring_policy().bands
        basis = ScoreBasis.INHERENT

        def cells(register: dict[int, Any]) -> dict[tuple[int, int], int]:
            return dict(Counter(s.scores.cell(basis) for s in register.values()))

        def levels(register: dict[int, Any]) -> dict[RiskLevel, int]:
            found = Counter(s.level_on(bands, basis) for s in register.values())
            return {level: found.get(level, 0) for level in RiskLevel}

        moves = tuple(
            RiskMove(m.code, m.before, m.after)
            for m in risk_history.movements(before_register, now_register, basis)
        )
        views = {v.id: v for v in risks.list_risks(session)}
        ranked = sorted(now_register.values(), key=lambda s: (-s.scores.score_on(basis), s.code, s.risk_id))[
            :TOP_RISKS
        ]
        top = []
        for snapshot in ranked:
            view = views.get(snapshot.risk_id)
            treatment = view.treatment if view is not None else ""
            warnings = risks.name_warnings(session, {"title": snapshot.title, "treatment": treatment})
            title_withheld = any(w.startswith("The title ") for w in warnings)
            treatment_withheld = any(w.startswith("The treatment ") for w in warnings)
            top.append(
                TopRisk(
                    code=snapshot.code,
                    title=None if title_withheld else snapshot.title,
                    level=snapshot.level_on(bands, basis),
                    score=snapshot.scores.inherent_score,
                    residual_score=snapshot.scores.residual_score,
                    owner_role=view.owner_role if view is not None else None,
                    owner_title=view.owner_title if view is not None else None,
                    owner_is_account=view is not None and view.owner_user_id is not None,
                    treatment=None if treatment_withheld else treatment,
                )
            )
        return RiskFigures(
            as_of=period.end,
            before=before_day,
            bands=bands,
            cells_now=cells(now_register),
            cells_before=cells(before_register),
            moves=moves,
            levels_now=levels(now_register),
            levels_before=levels(before_register),
            top=tuple(top),
        )

    def _drill_figures(
        self, session: Session, low: datetime, high: datetime, now: datetime
    ) -> DrillFigures | None:
        drills = self._drills()
        # a surprise drill that never started is hidden from all but admins; left out for everyone,
        # so that the board report is the same document whoever generates it
        planned = [
            item
            for item in drills.drills_between(session, low, high, now=now)
            if item.drill_type is not DrillType.SURPRISE or item.actual_start is not None
        ]
        history = drills.history(session, since=low, until=high, now=now)
        if not planned and not history:
            return None
        by_id = {item.id: item for item in planned}
        points = {p.drill_id: p for p in history}
        findings: list[FindingLine] = []
        lines: list[DrillLine] = []
        ids = list(dict.fromkeys([*by_id, *points]))
        for drill_id in ids:
            view = drills.get(session, drill_id, now=now)
            point = points.get(drill_id)
            lines.append(
                DrillLine(
                    code=view.code,
                    drill_type=view.drill_type,
                    status=view.status,
                    planned_start=view.planned_start,
                    held_at=view.actual_start,
                    first_ack=point.first_ack if point else None,
                    target=point.target if point else None,
                    outcome=point.first_outcome.value if point else None,
                    score_percent=point.score_percent if point else None,
                    findings_open=point.findings_open if point else 0,
                    findings_closed=point.findings_closed if point else 0,
                )
            )
            if point is not None:
                findings += [FindingLine(view.code, f.severity, f.area, f.status) for f in view.findings]
        lines.sort(key=lambda line: (line.held_at or line.planned_start, line.code))
        findings.sort(key=lambda f: (-f.severity.rank, f.drill_code, f.area.value))
        statuses = Counter(line.status for line in lines)
        return DrillFigures(
            planned=sum(1 for line in lines if line.status is not DrillStatus.CANCELLED),
            done=statuses.get(DrillStatus.DONE, 0),
            cancelled=statuses.get(DrillStatus.CANCELLED, 0),
            lines=tuple(lines),
            findings=tuple(findings),
            history=tuple(
                DrillHistory(
                    p.drill_id,
                    p.code,
                    p.held_at,
                    p.target,
                    p.first_ack,
                    p.first_outcome,
                    p.all_ack,
                    p.all_outcome,
                    p.findings_open,
                    p.findings_closed,
                )
                for p in history
            ),
        )

    def _action_figures(self, session: Session, today: date, now: datetime) -> ActionFigures:
        first = today - timedelta(days=ACTION_PAST_DAYS)
        last = today + timedelta(days=ACTION_AHEAD_DAYS)
        found = [
            OpenAction(
                ActionSource.INCIDENT,
                due.incident_code,
                due.action.owner_role,
                due.action.due_on,
                due.action.status,
                owner_is_account=due.action.owner_user_id is not None,
            )
            for due in self._reviews().actions_due(session, first, last, open_only=True)
            if not due.is_test and not due.is_drill
        ]
        found += [
            OpenAction(
                ActionSource.DRILL,
                due.drill_code,
                due.action.owner_role,
                due.action.due_on,
                due.action.status,
                owner_is_account=due.action.owner_user_id is not None,
            )
            for due in self._drills().actions_due(session, first, last, open_only=True, now=now)
        ]
        found.sort(key=lambda a: (a.due_on, a.source.value, a.code))
        return ActionFigures(today, tuple(found))
