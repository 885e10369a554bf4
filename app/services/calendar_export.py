"""The ``.ics`` calendar export (RFC 5545): on-call shifts, drills, follow-up and action due dates.

An exported calendar is synced to phones and cloud calendars far outside the database's protection,
so every text in it is decided here, from a short list of safe things:

* an **on-call shift** says its role (and, in the team export, who holds it: staff names are office
  information); never a contact number or the reason for an override or swap;
* a **follow-up** says the person's pseudonym and "follow-up", never a name, contact or note; it is
  only exported for a role that may see people at all (not hr_manager);
* a **corrective action** says its incident's (or drill's) code and "corrective action", never its
  title;
* a **drill** says its code and type ("DRL-2027-0003 tabletop drill"), never its title or scenario
  (free text). A surprise drill that has not started is never exported, whoever asks: a shared
  calendar would announce it.

A per-person export (``member_id``) holds that member's final shifts only (after overrides and
swaps), each labelled with its role: it is what someone subscribes to on their own phone.

UIDs are ``app.domain.icalendar_text.event_uid`` with the database identity, so a re-export updates
the events a client imported instead of duplicating them. A shift is named by its role and start
(whoever holds it: a swap or override then updates the event), a due item by its record id. A done
or cancelled follow-up or action is written ``STATUS:CANCELLED`` so that a re-export removes it.
Shifts are written in their rota's time zone (with a VTIMEZONE), due times in the export's zone.

Every export is audited: the window, the member if any, and how many events of each kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from app.domain.crisis_roles import ROLE_LABELS
from app.domain.drills import DrillStatus, DrillType
from app.domain.icalendar_text import CalendarEvent, calendar_bytes, event_uid
from app.domain.oncall_rotation import local_instant
from app.domain.roles import Operation
from app.domain.text_input import Problem
from app.services.access import AccessPolicy
from app.services.audited_export import export_with_audit
from app.services.oncall import OnCallInputInvalid, OnCallService, ShiftView, zone_named
from app.services.session import Session
from app.storage.audit_repository import AuditEvent
from app.storage.clock import utc_now
from app.storage.database import Database

MAX_DAYS = 400  # the follow-up query's own limit; a year's export plus a margin
FOLLOW_UP_LENGTH = timedelta(minutes=30)  # a due time shown as a short slot, which every client draws
CALENDAR_NAME = "EAP Crisis Desk"


@dataclass(frozen=True, slots=True)
class CalendarExport:
    """What an export wrote: the file and how many events of each kind."""

    path: Path
    shifts: int
    follow_ups: int
    corrective_actions: int
    drills: int

    @property
    def events(self) -> int:
        return self.shifts + self.follow_ups + self.corrective_actions + self.drills


def _stamp(moment: datetime) -> str:
    """A UTC instant as a UID token; microseconds only when there are any (a typed override time)."""
    text = f"{moment.astimezone(UTC):%Y%m%dT%H%M%S}"
    return f"{text}{moment.microsecond:06d}Z" if moment.microsecond else f"{text}Z"


class CalendarExportService:
    """Builds the events from the services (each checks its own access) and writes the file.

    ``people``, ``reviews`` and ``drills`` are given as callables returning the workspace's services,
    so that an export that needs none of them (a per-person export) does not build them.
    """

    def __init__(
        self,
        db: Database,
        policy: AccessPolicy,
        oncall: OnCallService,
        *,
        people: Callable[[], Any],
        reviews: Callable[[], Any],
        drills: Callable[[], Any] | None = None,
    ) -> None:
        self._db = db
        self._policy = policy
        self._oncall = oncall
        self._people = people
        self._reviews = reviews
        self._drills = drills

    def _uid(self, kind: str, record_id: int | str) -> str:
        return event_uid(kind, record_id, self._db.identity)

    def _shift_event(self, shift: ShiftView, personal: bool) -> CalendarEvent:
        label = ROLE_LABELS[shift.role][0]
        summary = (
            f"On call: {label}"
            if personal or not shift.member_name
            else f"On call: {label} – {shift.member_name}"
        )
        return CalendarEvent(
            uid=self._uid("oncall-shift", f"{shift.role.value}-{_stamp(shift.start)}"),
            summary=summary,
            start=shift.start,
            end=shift.end,
            zone=shift.time_zone,
            description=f"{label} on-call shift ({shift.source.value})",
            categories=("On call", label),
        )

    def _drill_events(
        self,
        service: Any,
        session: Session,
        *,
        window: tuple[datetime, datetime],
        days: tuple[date, date],
        zone: str,
        now: datetime,
    ) -> tuple[list[CalendarEvent], list[CalendarEvent]]:
        """Drills (code and type, never the title: free text) and their corrective actions.

        A surprise drill that has not started is left out for every role, admins included: an
        exported calendar is shared and synced, and would announce the drill.
        """
        held: list[CalendarEvent] = []
        for drill in service.drills_between(session, *window, now=now):
            if drill.drill_type is DrillType.SURPRISE and drill.actual_start is None:
                continue
            label = drill.drill_type.label_en
            begin = drill.actual_start or drill.planned_start
            finish = drill.actual_end or begin + (drill.planned_end - drill.planned_start)
            held.append(
                CalendarEvent(
                    uid=self._uid("drill", drill.id),
                    summary=f"{drill.code} {label.lower()} drill",
                    start=begin,
                    end=max(finish, begin),
                    zone=zone,
                    categories=("Drill", label),
                    cancelled=drill.status is DrillStatus.CANCELLED,
                )
            )
        due: list[CalendarEvent] = []
        for item in service.actions_due(session, *days, now=now):
            due.append(
                CalendarEvent(
                    uid=self._uid("drill-action", item.action.id),
                    summary=f"{item.drill_code} corrective action",
                    start=item.action.due_on,
                    categories=("Corrective action",),
                    cancelled=not item.action.is_open,
                )
            )
        return held, due

    def export_ics(
        self,
        session: Session,
        path: Path,
        start: date,
        end: date,
        *,
        member_id: int | None = None,
        zone: str = "UTC",
        now: datetime | None = None,
    ) -> CalendarExport:
        """Write the calendar of ``start`` to ``end`` (both days included, in ``zone``) to ``path``.

        With ``member_id``: only that member's final shifts. Without: every shift, and the follow-ups
        and corrective actions falling due, as far as the caller's role may see them.
        """
        self._policy.require(session, Operation.CALENDAR_EXPORT)
        problems = [
            Problem(name, "must be a date")
            for name, value in (("start", start), ("end", end))
            if isinstance(value, datetime) or not isinstance(value, date)
        ]
        if problems:
            raise OnCallInputInvalid(problems)
        if end < start:
            raise OnCallInputInvalid([Problem("end", "cannot be before the first day")])
        if (end - start).days >= MAX_DAYS:
            raise OnCallInputInvalid([Problem("end", f"an export covers at most {MAX_DAYS} days")])
        tz = zone_named(zone, "zone")
        low = local_instant(start, time(0), tz)
        high = local_instant(end + timedelta(days=1), time(0), tz)
        now = now or utc_now()

        events: list[CalendarEvent] = []
        if member_id is not None:
            shifts = self._oncall.member_shifts(session, member_id, low, high)
        else:
            shifts = self._oncall.shifts_between(session, low, high)
        events += [self._shift_event(s, member_id is not None) for s in shifts]

        follow_ups = actions = drills = 0
        if member_id is None:
            if self._policy.allows(session.role, Operation.PERSON_VIEW):
                for due in self._people().follow_ups_due(session, low, high, include_done=True):
                    events.append(
                        CalendarEvent(
                            uid=self._uid("follow-up", due.follow_up_id),
                            summary=f"{due.pseudonym} follow-up",
                            start=due.due_at,
                            end=due.due_at + FOLLOW_UP_LENGTH,
                            zone=tz.key,
                            categories=("Follow-up",),
                            cancelled=due.done,
                        )
                    )
                    follow_ups += 1
            for item in self._reviews().actions_due(session, start, end):
                events.append(
                    CalendarEvent(
                        uid=self._uid("corrective-action", item.action.id),
                        summary=f"{item.incident_code} corrective action",
                        start=item.action.due_on,
                        categories=("Corrective action",),
                        cancelled=not item.action.is_open,
                    )
                )
                actions += 1
            drill_service = self._drills() if self._drills is not None else None
            if drill_service is not None:
                held, due = self._drill_events(
                    drill_service, session, window=(low, high), days=(start, end), zone=tz.key, now=now
                )
                drills, actions = len(held), actions + len(due)
                events += held + due

        data = calendar_bytes(events, stamp=now, name=CALENDAR_NAME, zone_span=(low, high))
        target = Path(path)
        result = CalendarExport(target, len(shifts), follow_ups, actions, drills)
        event = AuditEvent(
            session.username,
            "calendar.exported",
            "calendar",
            "" if member_id is None else f"oncall_member:{member_id}",
            {
                "from": start.isoformat(),
                "to": end.isoformat(),
                "member": member_id,
                "shifts": result.shifts,
                "follow_ups": follow_ups,
                "corrective_actions": actions,
                "drills": drills,
            },
        )
        export_with_audit(self._db, [event], now, target, data)
        return result
