"""The drill after-action report (AAR/IP): who may have it, what it contains, and the export.

``REPORT_DRILL`` is every role's, checked first of all so that a refused request reveals nothing.
The drill is then read through the drill service as the caller may see it, which keeps its two
rules: a surprise drill that has not started does not exist for anyone but admins (the report is
refused with the same "does not exist" as the drill itself), and hr_manager gets the drill
de-identified (finding texts and corrective-action titles withheld), so the report is too.
Participants are printed by crisis role and department whoever asks: their labels may be
colleagues' names and are never copied into the report data. Linked risks are read through the
risk service (``RISK_VIEW``, also every role's) for their title and level.

Every generation is audited as ``report.exported`` with the report kind, drill code, paper,
language and whether it went to a file — never any of its content. A file is written next to its
destination and renamed over it inside the audit entry's transaction (``export_with_audit``), so a failed export leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.roles import Operation
from app.reports.drill_report_data import (
    DrillOverview,
    DrillReportData,
    FindingLine,
    ImprovementLine,
    ObjectiveLine,
    ParticipantLine,
    RiskLine,
    TimingKind,
    TimingLine,
    Timings,
)
from app.reports.pdf_layout import Paper
from app.services.access import AccessPolicy
from app.services.audited_export import export_with_audit
from app.services.drill_views import DrillView
from app.services.errors import InvalidInput
from app.services.report_options import checked_options
from app.services.risks import RiskNotFound
from app.services.session import Session
from app.storage.audit_repository import AuditEvent
from app.storage.clock import utc_now
from app.storage.database import Database

REPORT_KIND = "drill_after_action"
Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class DrillReport:
    """A generated after-action report: its bytes, and the file written (``None`` when only returned)."""

    pdf: bytes
    path: Path | None
    drill_code: str

    def __repr__(self) -> str:
        return f"DrillReport({self.drill_code}, {len(self.pdf)} bytes)"


def _no_progress(_percent: int) -> None:
    return None


class DrillReportService:
    """Builds the report from the workspace's services, given as callables so they are built lazily."""

    def __init__(
        self,
        db: Database,
        policy: AccessPolicy,
        *,
        drills: Callable[[], Any],
        risks: Callable[[], Any],
    ) -> None:
        self._db = db
        self._policy = policy
        self._drills = drills
        self._risks = risks

    def generate(
        self,
        session: Session,
        drill: int | str,
        *,
        paper: Paper | str = Paper.A4,
        language: str = "en",
        out_path: Path | None = None,
        now: datetime | None = None,
        time_zone: str = "UTC",
        progress: Progress | None = None,
    ) -> DrillReport:
        """The after-action report PDF of ``drill`` (an id or a code "DR-2026-004").

        ``progress`` is called with 0..100 at each stage, from whatever thread runs this; it must
        be cheap and must not touch widgets.
        """
        self._policy.require(session, Operation.REPORT_DRILL)
        sheet = checked_options(paper, language, time_zone, out_path)
        report = progress or _no_progress
        now = now or utc_now()

        report(0)
        data = self.data(session, drill, now=now, time_zone=time_zone)
        report(40)
        from app.reports.drill_report import render_drill_report  # noqa: PLC0415 - reportlab on demand

        pdf = render_drill_report(data, paper=sheet, language=language)
        report(85)
        code = data.overview.code
        event = AuditEvent(
            session.username,
            "report.exported",
            "drill",
            code,
            {
                "report": REPORT_KIND,
                "code": code,
                "paper": sheet.value,
                "language": language,
                "to_file": out_path is not None,
            },
        )
        export_with_audit(self._db, [event], now, None if out_path is None else Path(out_path), pdf)
        report(100)
        return DrillReport(pdf, None if out_path is None else Path(out_path), code)

    def data(
        self, session: Session, drill: int | str, *, now: datetime, time_zone: str = "UTC"
    ) -> DrillReportData:
        """What the report prints (also what a preview shows); the permission is checked again here."""
        self._policy.require(session, Operation.REPORT_DRILL)
        view = self._view(session, drill, now)
        return DrillReportData(
            generated_at=now,
            time_zone=time_zone,
            deidentified=view.deidentified,
            overview=DrillOverview(
                code=view.code,
                title=view.title,
                drill_type=view.drill_type,
                status=view.status,
                scenario=view.scenario,
                scenario_category=view.scenario_category,
                scenario_grade=view.scenario_grade,
                key_roles=view.key_roles,
                planned_start=view.planned_start,
                planned_duration=view.planned_duration,
                actual_start=view.actual_start,
                actual_end=view.actual_end,
            ),
            objectives=tuple(
                ObjectiveLine(o.text, o.result) for o in sorted(view.objectives, key=lambda o: o.position)
            ),
            rating=view.rating,
            participants=tuple(
                # the label is left behind on purpose: it may be a colleague's name
                ParticipantLine(p.role, p.department, p.notified_at, p.acknowledged_at)
                for p in sorted(view.participants, key=lambda p: p.position)
            ),
            timings=self._timings(view),
            findings=tuple(
                FindingLine(number, f.severity, f.area, f.text, f.status)
                for number, f in enumerate(view.findings, start=1)
            ),
            improvements=self._improvements(view),
            risks=self._risk_lines(session, view),
        )

    # -- gathering --------------------------------------------------------------------------------

    def _view(self, session: Session, drill: int | str, now: datetime) -> DrillView:
        drills = self._drills()
        if isinstance(drill, bool):
            raise InvalidInput("That drill does not exist.")
        if isinstance(drill, str) and not drill.strip().isdigit():
            return drills.get_by_code(session, drill.strip(), now=now)
        try:
            drill_id = int(drill)
        except (TypeError, ValueError):
            raise InvalidInput("That drill does not exist.") from None
        return drills.get(session, drill_id, now=now)

    @staticmethod
    def _timings(view: DrillView) -> Timings:
        timing = view.timing
        key_roles = view.key_roles or tuple(
            dict.fromkeys(p.role for p in view.participants if p.role is not None)
        )
        return Timings(
            grade=timing.grade,
            target=timing.target,
            alerted_at=timing.alerted_at,
            lines=(
                TimingLine(TimingKind.FIRST, timing.first.elapsed, timing.first.outcome),
                TimingLine(TimingKind.EVERYONE, timing.everyone.elapsed, timing.everyone.outcome),
                TimingLine(TimingKind.KEY_ROLES, timing.key_roles.elapsed, timing.key_roles.outcome),
            ),
            key_roles=key_roles,
            key_roles_waiting=timing.key_roles_waiting,
        )

    @staticmethod
    def _improvements(view: DrillView) -> tuple[ImprovementLine, ...]:
        numbers = {f.id: number for number, f in enumerate(view.findings, start=1)}
        ordered = sorted(
            view.actions,
            key=lambda a: (numbers.get(a.finding_id, len(numbers) + 1), a.due_on, a.id),  # type: ignore[arg-type]
        )
        return tuple(
            ImprovementLine(
                finding=numbers.get(a.finding_id) if a.finding_id is not None else None,
                title=a.title,
                owner_role=a.owner_role,
                owner_is_account=a.owner_user_id is not None,
                due_on=a.due_on,
                status=a.status,
                done_at=a.done_at,
            )
            for a in ordered
        )

    def _risk_lines(self, session: Session, view: DrillView) -> tuple[RiskLine, ...]:
        if not view.risks:
            return ()
        risks = self._risks()
        lines = []
        for link in view.risks:
            try:
                risk = risks.get(session, link.risk_id).risk
            except RiskNotFound:
                lines.append(RiskLine(link.code, None, None, None))
                continue
            lines.append(RiskLine(risk.code, risk.title, risk.level, risk.residual_level))
        return tuple(lines)
