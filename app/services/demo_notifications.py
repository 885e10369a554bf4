"""Demo notification logs: who was told about the newest active demo incidents, how, and when.

Through ``NotificationService`` one entry per transaction (with its audit entry), so only the
newest ``NOTIFIED_INCIDENTS`` incidents that reached ``responding`` get a log, whatever the size of
the demo. The people notified follow the escalation idea of the notification-system document (seed
002: notify the key people on activation): the on-call crisis lead first, then HR, the executive,
IT security or legal as the category needs; most acknowledged within minutes, some never.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from app.domain.communication_templates import Channel
from app.domain.crisis_roles import CrisisRole
from app.domain.incidents import IncidentCategory
from app.services.incidents import IncidentQuery
from app.services.notifications import NotificationInput
from app.services.session import Session
from app.services.workspace import Workspace
from app.storage.incidents_repository import IncidentsRepository

NOTIFIED_INCIDENTS = 20
_RECIPIENTS: dict[CrisisRole, tuple[str, ...]] = {
    CrisisRole.CRISIS_LEAD: ("Grace Lin 林雅婷", "Zhang Hao 張浩"),
    CrisisRole.HR: ("Wong Ka-ho 黃家豪", "Tom Becker"),
    CrisisRole.EXECUTIVE: ("Director Huang 黃總監", "COO Liu 劉營運長"),
    CrisisRole.IT_SECURITY: ("Security on call 資安值班", "Kevin Wu 吳家明"),
    CrisisRole.LEGAL: ("Legal counsel 法律顧問",),
    CrisisRole.PR: ("PR lead 公關主管",),
    CrisisRole.COUNSELLOR: ("Chen Wei-ling 陳維玲", "Priya Nair"),
}
_EXTRA_ROLES: dict[IncidentCategory, tuple[CrisisRole, ...]] = {
    IncidentCategory.PRIVACY_LEAK: (CrisisRole.LEGAL, CrisisRole.IT_SECURITY),
    IncidentCategory.CYBER_SECURITY: (CrisisRole.IT_SECURITY,),
    IncidentCategory.REPUTATION: (CrisisRole.PR, CrisisRole.LEGAL),
    IncidentCategory.PSYCHOLOGICAL_CRISIS: (CrisisRole.COUNSELLOR,),
}
_CHANNELS = (
    Channel.PHONE,
    Channel.PHONE,
    Channel.SMS,
    Channel.MESSAGING_APP,
    Channel.EMAIL,
    Channel.IN_PERSON,
)


def fill_demo_notifications(workspace: Workspace, session: Session, *, seed: int, now: datetime) -> int:
    """Log notifications on the newest incidents that reached responding; returns how many were logged."""
    rng = random.Random(f"demo-notifications/{seed}")  # noqa: S311 - sample data, not secrets
    active = ("responding", "contained", "resolved", "reviewed")
    page = workspace.incidents.list_page(
        session, IncidentQuery(statuses=active, sort_column="reported_at", limit=NOTIFIED_INCIDENTS), now=now
    )
    repo = IncidentsRepository(workspace.db)
    logged = 0
    for summary in page.rows:
        row = repo.by_id(summary.id)  # not IncidentService.get: that would audit a "view" nobody made
        if row is None or row.response_started_at is None:
            continue
        start = row.response_started_at
        roles = [CrisisRole.CRISIS_LEAD, CrisisRole.HR]
        if summary.grade.value in ("I", "II"):
            roles.append(CrisisRole.EXECUTIVE)
        roles += _EXTRA_ROLES.get(summary.category, ())
        at = start
        for role in roles:
            at = min(at + timedelta(minutes=rng.uniform(2, 25)), now)
            acknowledged = None
            if rng.random() < 0.85:
                acknowledged = min(at + timedelta(minutes=rng.uniform(1, 40)), now)
            workspace.notifications.record(
                session,
                summary.id,
                NotificationInput(
                    role=role,
                    channel=rng.choice(_CHANNELS),
                    recipient=rng.choice(_RECIPIENTS[role]),
                    notified_at=at,
                    acknowledged_at=acknowledged,
                ),
                now=now,
            )
            logged += 1
    return logged
