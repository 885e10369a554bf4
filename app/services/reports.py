"""PDF reports: who may have which report, what each audience's version contains, and the export.

Incident summary (``incident_summary``), two audiences:

* **internal** (``REPORT_INCIDENT_INTERNAL``: counsellors and admins) — the case as casework sees
  it: free text, notification recipients, people by pseudonym. Identities (name and employee
  number) only when asked for with ``identify_people=True`` by a role allowed to see them
  (``PERSON_VIEW_CONFIDENTIAL``); each identity read is audited by the people service and the
  export records that identities were included.
* **board** (``REPORT_INCIDENT_BOARD``: also hr_manager) — de-identified whoever asks: no title or
  other typed text (it routinely names people), no recipients, no people lines, no clinical
  notes, screenings or evidence; counts of people below the office's minimum cell size
  (``REPORT_MIN_CELL_SIZE``, default 5) print as "< 5". The version is decided by the audience, not
  by the caller's role, so an admin's board summary is the same document as an HR manager's.

The data is gathered through the services that own it (each checks its own access and audits its
own reads), turned into ``app.reports.incident_summary_data`` values, and rendered by
``app.reports.incident_summary``. Every generation is audited as ``report.exported`` with the
report kind, audience, paper, language, whether identities were included and whether it went to a
file — never any of its content. A refusal (hr_manager asking for the internal version) is audited
as ``access.denied`` by the access policy. A file appears only inside the transaction of its audit entry
(``app.services.audited_export``), so a failed export leaves nothing behind and no file goes
unaudited. A copy the user saves from the report view (``save_copy``) and every print
(``record_printed``) are audited the same way, as ``report.saved`` and ``report.printed``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from app.domain.case_review import REQUIRED_FIELDS
from app.domain.clocks import Clock
from app.domain.roles import Operation
from app.reports.incident_summary_data import (
    DEFAULT_MIN_CELL_SIZE,
    ActionLine,
    Audience,
    Checklist,
    ChecklistLine,
    Count,
    FactsAndImpact,
    IncidentSummaryData,
    KeyTime,
    KeyTimeKind,
    NotificationLine,
    People,
    PersonLine,
    Review,
    SummaryHeader,
    TimelineKind,
    TimelineLine,
)
from app.reports.pdf_layout import Paper
from app.services.access import AccessPolicy
from app.services.audited_export import export_with_audit
from app.services.errors import InvalidInput
from app.services.policy import PolicyService, PolicySetting
from app.services.report_options import checked_options
from app.services.session import Session
from app.storage.audit_repository import AuditEvent
from app.storage.clock import utc_now
from app.storage.database import Database

# Groups of people smaller than this are printed as "< k" in de-identified reports (DESIGN.md §5).
REPORT_MIN_CELL_SIZE = PolicySetting(
    "reports.min_cell_size", default=DEFAULT_MIN_CELL_SIZE, minimum=2, maximum=100
)
INVOLVEMENTS = ("affected", "witness", "colleague", "family", "other")
BREACH_BUILT_IN = ("gdpr", "nis2")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class GeneratedReport:
    """A generated PDF: its bytes, and the file it was written to (``None`` when only returned)."""

    pdf: bytes
    path: Path | None
    incident_code: str
    audience: Audience

    def __repr__(self) -> str:
        return f"GeneratedReport({self.incident_code}, {self.audience.value}, {len(self.pdf)} bytes)"


def _key_time(kind: KeyTimeKind, clock: Clock, now: datetime) -> KeyTime:
    return KeyTime(kind, clock.stopped_at, clock.target, clock.due_at, clock.state(now))


# Which permission a copy of each report kind needs: the one its generation needed.
SAVED_KINDS: dict[str, Operation] = {
    "incident_summary_internal": Operation.REPORT_INCIDENT_INTERNAL,
    "incident_summary_board": Operation.REPORT_INCIDENT_BOARD,
    "board": Operation.REPORT_BOARD,
    "drill_after_action": Operation.REPORT_DRILL,
}


class ReportService:
    """Builds reports from the workspace's services, given as callables so that they are built lazily."""

    def __init__(
        self,
        db: Database,
        policy: AccessPolicy,
        settings: PolicyService,
        *,
        incidents: Callable[[], Any],
        reviews: Callable[[], Any],
        notifications: Callable[[], Any],
        people: Callable[[], Any],
        breach_clocks: Callable[[], Any],
    ) -> None:
        self._db = db
        self._policy = policy
        self._settings = settings
        self._incidents = incidents
        self._reviews = reviews
        self._notifications = notifications
        self._people = people
        self._breach_clocks = breach_clocks

    # -- copies of a generated report ---------------------------------------------------------

    def _require_kind(self, session: Session, kind: str) -> Operation:
        operation = SAVED_KINDS.get(kind)
        if operation is None:
            raise InvalidInput(f"Unknown report kind {kind!r}.")
        self._policy.require(session, operation)
        return operation

    def save_copy(
        self,
        session: Session,
        kind: str,
        subject: str,
        pdf: bytes,
        path: Path,
        *,
        now: datetime | None = None,
    ) -> Path:
        """Write a report generated moments ago (the view's preview) where the user chose, audited.

        ``kind`` names the report ("incident_summary_internal", "incident_summary_board",
        "board", "drill_after_action") so the same permission as for generating it is checked;
        ``subject`` is its incident or drill code or its period, never content.
        """
        self._require_kind(session, kind)
        if not pdf.startswith(b"%PDF-"):
            raise InvalidInput("Only a generated PDF report can be saved.")
        target = Path(path)
        if not target.parent.is_dir():
            raise InvalidInput(f"The folder for {target.name} does not exist.")
        event = AuditEvent(
            session.username, "report.saved", "report", subject, {"report": kind, "bytes": len(pdf)}
        )
        export_with_audit(self._db, [event], now or utc_now(), target, pdf)
        return target

    def record_printed(
        self, session: Session, kind: str, subject: str, pages: int, *, now: datetime | None = None
    ) -> None:
        """A generated report went to a printer: audited like a file export (kind, subject, pages)."""
        self._require_kind(session, kind)
        event = AuditEvent(
            session.username, "report.printed", "report", subject, {"report": kind, "pages": pages}
        )
        export_with_audit(self._db, [event], now or utc_now())

    def min_cell_size(self) -> int:
        return self._settings.value(REPORT_MIN_CELL_SIZE)

    # -- the incident summary -----------------------------------------------------------------

    def incident_summary(
        self,
        session: Session,
        incident: int | str,
        *,
        audience: Audience | str,
        paper: Paper | str = Paper.A4,
        language: str = "en",
        out_path: Path | None = None,
        now: datetime | None = None,
        identify_people: bool = False,
        time_zone: str = "UTC",
        progress: Callable[[int], None] | None = None,
    ) -> GeneratedReport:
        """The incident summary PDF for ``audience``; written to ``out_path`` when given.

        ``incident`` is an id or a code ("INC-2026-0042"). Bad options are refused before anything
        is read; the role check comes first of all, so a refused request reveals nothing.
        ``progress`` is called with 0..100 at each stage, from whatever thread runs this (the report
        view runs it on the thread pool): it must be cheap and must not touch widgets.
        """
        try:
            chosen = Audience(audience)
        except ValueError:
            raise InvalidInput("The audience must be internal or board.") from None
        operation = (
            Operation.REPORT_INCIDENT_BOARD
            if chosen is Audience.BOARD
            else Operation.REPORT_INCIDENT_INTERNAL
        )
        self._policy.require(session, operation)
        if identify_people:
            if chosen is Audience.BOARD:
                raise InvalidInput("A board summary never names people.")
            self._policy.require(session, Operation.PERSON_VIEW_CONFIDENTIAL)
        sheet = checked_options(paper, language, time_zone, out_path)
        now = now or utc_now()
        stage = progress or (lambda _percent: None)

        stage(0)
        data = self.incident_summary_data(
            session, incident, chosen, now=now, identify_people=identify_people, time_zone=time_zone
        )
        stage(30)
        from app.reports.incident_summary import render_incident_summary  # noqa: PLC0415 - reportlab on demand

        pdf = render_incident_summary(data, paper=sheet, language=language)
        stage(90)
        event = AuditEvent(
            session.username,
            "report.exported",
            "incident",
            data.header.code,
            {
                "report": "incident_summary",
                "audience": chosen.value,
                "paper": sheet.value,
                "language": language,
                "identities": data.people.identities_shown,
                "to_file": out_path is not None,
            },
        )
        export_with_audit(self._db, [event], now, None if out_path is None else Path(out_path), pdf)
        stage(100)
        return GeneratedReport(pdf, None if out_path is None else Path(out_path), data.header.code, chosen)

    def incident_summary_data(
        self,
        session: Session,
        incident: int | str,
        audience: Audience,
        *,
        now: datetime,
        identify_people: bool = False,
        time_zone: str = "UTC",
    ) -> IncidentSummaryData:
        """What the summary prints for ``audience`` (also what the report view previews).

        The permission for the audience is checked again here: this is a public entry point.
        """
        board = audience is Audience.BOARD
        self._policy.require(
            session, Operation.REPORT_INCIDENT_BOARD if board else Operation.REPORT_INCIDENT_INTERNAL
        )
        incidents = self._incidents()
        if isinstance(incident, str) and not incident.strip().isdigit():
            view = incidents.get_by_code(session, incident)
        else:
            view = incidents.get(session, int(incident))
        minimum = self.min_cell_size() if board else None

        def keep(value: T) -> T | None:
            """Typed text and names: kept for the internal version, dropped from the board one."""
            return None if board else value

        acknowledge, start_response = incidents.clocks(session, view.id)
        key_times = [
            KeyTime(KeyTimeKind.REPORTED, view.reported_at),
            _key_time(KeyTimeKind.ACKNOWLEDGED, acknowledge, now),
            _key_time(KeyTimeKind.RESPONSE_STARTED, start_response, now),
            KeyTime(KeyTimeKind.CONTAINED, view.contained_at),
            KeyTime(KeyTimeKind.RESOLVED, view.resolved_at),
            KeyTime(KeyTimeKind.REVIEWED, view.reviewed_at),
        ]
        breach = self._breach_clocks().status(session, view.id, now=now)
        for clock in breach.clocks:
            custom = clock.rule_set_code not in BREACH_BUILT_IN
            key_times.append(
                KeyTime(
                    KeyTimeKind.BREACH_NOTICE,
                    clock.sent_at,
                    clock.deadline,
                    clock.due_at,
                    clock.state,
                    rule="custom" if board and custom else clock.rule_code,
                )
            )

        header = SummaryHeader(
            code=view.code,
            title=keep(view.title),
            category=view.category,
            grade=view.grade,
            status=view.status,
            is_drill=view.is_drill,
            is_test=view.is_test,
            occurred_at=view.occurred_at,
            detected_at=view.detected_at,
        )
        sources = view.sources or ()
        facts = FactsAndImpact(
            impact=view.impact,
            people_involved=Count.of(view.people_involved, minimum),
            # hr_manager's incident view withholds the sources: a board summary leaves them out for
            # everyone, so that it is the same document whoever generates it
            sources=None if board else len(sources),
            verified_sources=None if board else sum(1 for s in sources if s.verified),
            place=keep(view.place),
            departments=() if board else tuple(view.departments or ()),
            cause=keep(view.cause),
            course_of_events=keep(view.course_of_events),
        )

        log = self._notifications().log(session, view.id)
        notifications = tuple(
            NotificationLine(n.role, n.channel, n.notified_at, n.acknowledged_at, keep(n.recipient))
            for n in sorted(log, key=lambda n: n.notified_at)
        )
        timeline: list[TimelineLine] = [
            TimelineLine(
                e.at,
                TimelineKind.ADDENDUM if e.is_addendum else TimelineKind.ENTRY,
                text=keep(e.text),
                department=keep(e.department),
            )
            for e in view.timeline
        ]
        timeline += [
            TimelineLine(s.at, TimelineKind.STATUS, from_status=s.from_status, to_status=s.to_status)
            for s in view.status_changes
        ]
        timeline += [
            TimelineLine(n.notified_at, TimelineKind.NOTIFICATION, role=n.role) for n in notifications
        ]
        checklist_lines = []
        for item in sorted(view.checklist, key=lambda i: i.order):
            typed = item.added_by is not None
            hidden = typed and (board or item.withheld)
            checklist_lines.append(
                ChecklistLine(
                    None if hidden else item.title_en,
                    None if hidden else (item.title_en if typed else item.title_zh),
                    item.role,
                    item.due_at,
                    item.done_at,
                )
            )
            if item.done_at is not None:
                title = None if hidden else item.title_en
                timeline.append(TimelineLine(item.done_at, TimelineKind.CHECKLIST, text=title))
        timeline.sort(key=lambda line: line.at)

        people = self._people_section(
            session, view.id, board=board, minimum=minimum, identify=identify_people, now=now
        )

        review_view = self._reviews().get(session, view.id)
        review = Review(
            missing=tuple(f for f in review_view.missing if f in REQUIRED_FIELDS),
            root_cause=keep(review_view.root_cause),
            recovery_plan=keep(review_view.recovery_plan),
            effect_evaluation=keep(review_view.effect_evaluation),
            lessons_learned=keep(review_view.lessons_learned),
        )
        actions = tuple(
            ActionLine(keep(a.title), a.owner_role, a.due_on, a.status, a.done_at)
            for a in sorted(review_view.actions, key=lambda a: (a.due_on, a.id))
        )
        return IncidentSummaryData(
            audience=audience,
            generated_at=now,
            time_zone=time_zone,
            header=header,
            key_times=tuple(key_times),
            facts=facts,
            timeline=tuple(timeline),
            checklist=Checklist(tuple(checklist_lines)),
            notifications=notifications,
            people=people,
            review=review,
            actions=actions,
        )

    def _people_section(
        self,
        session: Session,
        incident_id: int,
        *,
        board: bool,
        minimum: int | None,
        identify: bool,
        now: datetime,
    ) -> People:
        service = self._people()
        counted = service.people_count(session, incident_id)
        by_kind = {str(k.value): v for k, v in counted.by_involvement.items()}
        by_involvement = tuple(
            (kind, Count.of(by_kind.get(kind, 0), minimum))
            for kind in INVOLVEMENTS
            if board or by_kind.get(kind, 0)
        )
        total = Count.of(counted.total, minimum)
        if board:
            return People(total, by_involvement)
        lines = []
        for person in service.list_people(session, incident_id, now=now):
            identity = None
            if identify:
                revealed = service.reveal_identity(session, person.id)
                number = f" ({revealed.employee_number})" if revealed.employee_number else ""
                identity = f"{revealed.full_name}{number}" or None
            lines.append(
                PersonLine(
                    person.pseudonym,
                    person.involvement.value,
                    person.linked_at,
                    person.overdue_follow_ups,
                    identity,
                )
            )
        return People(total, by_involvement, tuple(lines), identities_shown=identify)
