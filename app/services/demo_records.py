"""Demo case records beyond the bulk incidents: signatures, messages, breach clocks, corrective actions.

The bulk writer (``demo_incidents``) fills incidents, timelines, checklists and reviews fast enough
for a 100,000-incident benchmark; the records here make the case detail of the default demo show
every tab as it looks in real use. They go through the services (one record per transaction with
its audit entry, back-dated with ``now=``), so they are limited to the newest incidents whatever the
size of the demo, and they follow each incident's own history: a message is drafted after the
response started, a breach clock starts when the organisation became aware, a corrective action is
agreed when the case was resolved or reviewed.

Every function draws from its own ``random.Random`` named for the seed, so one kind of record can
change without moving the others.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from app.domain.breach_clocks import StartEvent
from app.domain.case_review import ActionStatus
from app.domain.communication_templates import Channel, Language, TemplateKind, placeholders_in
from app.domain.crisis_roles import CrisisRole
from app.domain.incidents import IncidentCategory
from app.domain.signed_entries import sign
from app.services.communications import DraftInput
from app.services.incidents import IncidentQuery, timeline_content
from app.services.session import Session
from app.services.workspace import Workspace
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.incidents_repository import IncidentRow, IncidentsRepository

SIGNED_INCIDENTS = 300  # newest incidents whose bulk-written timeline entries are signed
COMMUNICATION_INCIDENTS = 10
BREACH_INCIDENTS = 8
ACTION_INCIDENTS = 16
_OFFICE_TZ = ZoneInfo("Asia/Taipei")  # dates in the messages, as the office writes them
_STARTED = ("responding", "contained", "resolved", "reviewed")


def newest_incidents(
    workspace: Workspace,
    session: Session,
    *,
    now: datetime,
    limit: int,
    statuses: tuple[str, ...] = (),
    categories: tuple[IncidentCategory, ...] = (),
) -> list[IncidentRow]:
    """The newest incidents (by report time) with their stored rows, read without a "viewed" audit."""
    page = workspace.incidents.list_page(
        session,
        IncidentQuery(statuses=statuses, categories=categories, sort_column="reported_at", limit=limit),
        now=now,
    )
    repo = IncidentsRepository(workspace.db)
    rows = [repo.by_id(summary.id) for summary in page.rows]
    return [row for row in rows if row is not None]


def _at_most(moment: datetime, now: datetime) -> datetime:
    return min(moment, now)


# -- signed timeline ----------------------------------------------------------------------------------


def sign_demo_timeline(workspace: Workspace, session: Session, *, now: datetime) -> int:
    """Sign the unsigned timeline entries of the newest incidents as their authors would have.

    The signature is the one ``IncidentService.add_timeline_entry`` makes (``signed_entries.sign``
    over kind, id, author's account name, time, text), signed when the entry was saved, so the
    entries show as signed and not corrected. Entries signed already are left alone.
    Returns how many entries were signed.
    """
    names = {user.id: user.username for user in workspace.users.list(session)}
    repo = IncidentsRepository(workspace.db)
    rows = newest_incidents(workspace, session, now=now, limit=SIGNED_INCIDENTS)
    signed = 0
    with workspace.db.transaction() as conn:
        for incident in rows:
            for entry in repo.timeline(incident.id):
                author = names.get(entry.author_user_id) if entry.author_user_id is not None else None
                if entry.signature is not None or author is None:
                    continue
                signed_at = entry.created_at.astimezone(UTC)
                content = timeline_content(entry, author, signed_at)
                IncidentsRepository.sign_timeline_entry(
                    conn, entry.id, signature=sign(content), signed_by=author, signed_at=signed_at
                )
                signed += 1
        AuditRepository.append(
            conn,
            [
                AuditEvent(
                    session.username,
                    "demo.timeline_signed",
                    "database",
                    "",
                    {"entries": signed, "incidents": len(rows)},
                )
            ],
            now,
        )
    return signed


# -- communication drafts -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Typed:
    """What a counsellor types into a message, in one language."""

    organisation: str
    facts: str
    data_categories: str
    measures: str
    hotline: str
    contact_person: str
    contact_email: str
    next_update: str
    regulator: str


_TYPED = {
    Language.EN: _Typed(
        organisation="Everbright Manufacturing Ltd.",
        facts="The incident was reported to the crisis desk and the response plan was activated the same day. "
        "The facts are still being confirmed; this notice will be updated.",
        data_categories="names, employee numbers, department and EAP appointment dates",
        measures="The affected systems were isolated, access was revoked and counsellors are available "
        "to everyone affected.",
        hotline="0800-123-456 (24 h)",
        contact_person="Grace Lin, crisis lead",
        contact_email="crisis-desk@example.com",
        next_update="within 24 hours",
        regulator="the data-protection authority",
    ),
    Language.ZH: _Typed(
        organisation="光遠製造股份有限公司",
        facts="事件已通報危機處理小組，當日啟動應急預案。相關事實仍在確認中，本通知將持續更新。",
        data_categories="姓名、員工編號、部門及 EAP 諮詢預約日期",
        measures="已隔離受影響系統並撤銷相關帳號權限；心理諮詢師為所有受影響同仁提供支持。",
        hotline="0800-123-456（24 小時）",
        contact_person="林雅婷（危機處理負責人）",
        contact_email="crisis-desk@example.com",
        next_update="24 小時內",
        regulator="個人資料保護主管機關",
    ),
}


def _kinds_for(category: IncidentCategory) -> list[TemplateKind]:
    kinds = [TemplateKind.INTERNAL_NOTICE]
    if category is IncidentCategory.PRIVACY_LEAK:
        kinds += [TemplateKind.AFFECTED_NOTICE, TemplateKind.REGULATOR_NOTICE]
    elif category is IncidentCategory.CYBER_SECURITY:
        kinds += [TemplateKind.REGULATOR_NOTICE]
    elif category is IncidentCategory.REPUTATION:
        kinds += [TemplateKind.EXTERNAL_STATEMENT]
    else:
        kinds += [TemplateKind.AFFECTED_NOTICE]
    return kinds


def fill_demo_communications(workspace: Workspace, session: Session, *, seed: int, now: datetime) -> int:
    """Draft messages on the newest incidents whose response started; returns how many drafts.

    Closed cases have their messages approved and sent; open ones have some still in draft, so
    the Communication tab shows every state.
    """
    rng = random.Random(f"demo-communications/{seed}")  # noqa: S311 - sample data, not secrets
    service = workspace.communications
    incidents = newest_incidents(
        workspace, session, now=now, limit=COMMUNICATION_INCIDENTS, statuses=_STARTED
    )
    drafted = 0
    for number, incident in enumerate(incidents):
        assert incident.response_started_at is not None
        category = IncidentCategory(incident.category)
        language = Language.ZH if number % 3 != 1 else Language.EN  # most of the office writes Chinese
        settled = incident.status in ("resolved", "reviewed")
        at = incident.response_started_at
        kinds = _kinds_for(category)
        if category is IncidentCategory.REPUTATION and number % 2 == 0:
            kinds.append(TemplateKind.EXTERNAL_STATEMENT)  # a second statement supersedes the first
        for kind in kinds:
            template = service.template(session, kind, language)
            wanted = placeholders_in(template.subject + "\n" + template.body)
            typed = _TYPED[language]
            values = {name: getattr(typed, name) for name in wanted if hasattr(typed, name)}
            at = _at_most(at + timedelta(minutes=rng.uniform(20, 150)), now)
            draft = service.save_draft(
                session,
                incident.id,
                DraftInput(kind, language, template.subject, template.body, values),
                tz=_OFFICE_TZ,
                now=at,
            )
            drafted += 1
            if not settled and rng.random() < 0.35:
                continue  # still being written
            at = _at_most(at + timedelta(minutes=rng.uniform(10, 60)), now)
            service.approve(session, incident.id, draft.id, now=at)
            if not settled and rng.random() < 0.3:
                continue  # approved, waiting to go out
            at = _at_most(at + timedelta(minutes=rng.uniform(5, 45)), now)
            channel = Channel.EMAIL if kind is not TemplateKind.EXTERNAL_STATEMENT else Channel.OTHER
            service.mark_sent(session, incident.id, draft.id, channel, sent_at=at, now=at)
    return drafted


# -- breach clocks ------------------------------------------------------------------------------------

_RECIPIENTS = {
    "gdpr.regulator": "Data-protection authority 個資保護主管機關",
    "gdpr.affected": "Affected employees 受影響員工",
    "nis2.early_warning": "National CSIRT 國家資安事件應變中心",
    "nis2.notification": "National CSIRT 國家資安事件應變中心",
    "nis2.final_report": "National CSIRT 國家資安事件應變中心",
}
_LATE_REASON = (
    "The scope of the leak was confirmed only after the forensic copy of the mail server was analysed. "
    "郵件伺服器鑑識複本分析完成後才確認外洩範圍，因此延遲通報。"
)
_DEADLINES = {
    "gdpr.regulator": timedelta(hours=72),
    "gdpr.affected": timedelta(hours=72),
    "nis2.early_warning": timedelta(hours=24),
    "nis2.notification": timedelta(hours=72),
}


def fill_demo_breach_clocks(workspace: Workspace, session: Session, *, seed: int, now: datetime) -> int:
    """Apply GDPR / NIS2 rule sets to the newest privacy-leak and cyber incidents; returns how many.

    Awareness follows the report by an hour or a few; most notices go out in time, exactly one (on
    the first privacy leak that is old enough) is late and says why, and the newest cases still
    have clocks running.
    """
    rng = random.Random(f"demo-breach/{seed}")  # noqa: S311 - sample data, not secrets
    service = workspace.breach_clocks
    incidents = newest_incidents(
        workspace,
        session,
        now=now,
        limit=BREACH_INCIDENTS,
        statuses=("verified", "assessed", *_STARTED),
        categories=(IncidentCategory.PRIVACY_LEAK, IncidentCategory.CYBER_SECURITY),
    )
    late_done = False
    for number, incident in enumerate(incidents):
        privacy = IncidentCategory(incident.category) is IncidentCategory.PRIVACY_LEAK
        codes = ["gdpr"] if privacy else ["nis2"]
        if number % 4 == 3:
            codes.append("nis2" if privacy else "gdpr")  # an office under both regimes
        detected = incident.detected_at or incident.reported_at
        awareness = _at_most(incident.reported_at + timedelta(hours=rng.uniform(0.5, 5)), now)
        at = incident.reported_at
        for code in codes:
            service.add_rule_set(session, incident.id, code, now=at)
        service.record_event(session, incident.id, StartEvent.DETECTION, min(detected, at), now=at)
        service.record_event(session, incident.id, StartEvent.AWARENESS, awareness, now=awareness)
        if rng.random() < 0.6:
            confirmed = _at_most(awareness + timedelta(hours=rng.uniform(2, 20)), now)
            service.record_event(session, incident.id, StartEvent.CONFIRMATION, confirmed, now=confirmed)
        rules = [rule for code in codes for rule in _DEADLINES if rule.startswith(code + ".")]
        notification_sent: datetime | None = None
        for rule in rules:
            deadline = _DEADLINES[rule]
            late = (
                privacy and not late_done and rule == "gdpr.regulator" and awareness + deadline * 1.4 <= now
            )
            if late:
                sent = awareness + deadline + timedelta(hours=rng.uniform(4, 24))
                late_done = True
            else:
                sent = awareness + deadline * rng.uniform(0.3, 0.9)
            if sent > now:
                continue  # the clock is still running
            service.record_notice(
                session,
                incident.id,
                rule,
                sent,
                recipient=_RECIPIENTS[rule],
                late_reason=_LATE_REASON if late else None,
                now=sent,
            )
            if rule == "nis2.notification":
                notification_sent = sent
        if notification_sent is not None:
            final = notification_sent + timedelta(days=rng.uniform(18, 29))
            if final <= now:
                service.record_notice(
                    session, incident.id, "nis2.final_report", final, recipient=_RECIPIENTS["nis2.final_report"],
                    now=final,
                )  # fmt: skip
    return len(incidents)


# -- corrective actions -------------------------------------------------------------------------------

_ACTIONS = (
    ("Update the response plan with the lessons learned", "依檢討結論修訂應急預案"),
    ("Refresher training for on-call counsellors", "值班諮詢師複訓"),
    ("Review access rights to the EAP case files", "檢視 EAP 個案檔案的存取權限"),
    ("Run a tabletop drill of the escalation ladder", "進行通報升級流程桌上演練"),
    ("Add the hotline number to the intranet front page", "在内网首页加上关怀专线号码"),
    ("Check the follow-up plan with the line manager", "與直屬主管確認後續關懷計畫"),
    ("Replace the faulty safety guard on line 3", "更換三號產線故障的安全護罩"),
    ("Encrypt the exported HR reports by default", "人事报表汇出时默认加密"),
    ("Brief department heads on the communication rules", "向各部門主管說明對外發言規範"),
)
_OWNER_ROLES = (
    CrisisRole.CRISIS_LEAD,
    CrisisRole.COUNSELLOR,
    CrisisRole.HR,
    CrisisRole.IT_SECURITY,
    CrisisRole.LEGAL,
    CrisisRole.PR,
)


def _day(moment: datetime) -> date:
    return moment.astimezone(_OFFICE_TZ).date()


def fill_demo_actions(workspace: Workspace, session: Session, *, seed: int, now: datetime) -> int:
    """Corrective actions on the newest resolved and reviewed incidents; returns how many.

    Agreed when the case was resolved (reviewed cases: at the review), owned by a crisis role
    (now and then a named account), due two to eight weeks later; most past their due date are
    done, a few are not (overdue), and the newer ones are open or in progress.
    """
    rng = random.Random(f"demo-actions/{seed}")  # noqa: S311 - sample data, not secrets
    reviews = workspace.reviews
    owners = [a.user_id for a in workspace.incidents.assignable_owners(session)]
    incidents = newest_incidents(
        workspace, session, now=now, limit=ACTION_INCIDENTS, statuses=("resolved", "reviewed")
    )
    added = 0
    for incident in incidents:
        agreed_from = incident.reviewed_at or incident.resolved_at or incident.updated_at
        picks = rng.sample(_ACTIONS, rng.randint(1, 3))
        for title_en, title_zh in picks:
            agreed = _at_most(agreed_from + timedelta(hours=rng.uniform(0.5, 6)), now)
            due = agreed + timedelta(days=rng.randint(14, 56))
            by_account = bool(owners) and rng.random() < 0.2
            action = reviews.add_action(
                session,
                incident.id,
                title=f"{title_en} / {title_zh}",
                due_on=_day(due),
                owner_role=None if by_account else rng.choice(_OWNER_ROLES),
                owner_user_id=rng.choice(owners) if by_account else None,
                now=agreed,
            )
            added += 1
            if due <= now and rng.random() < 0.75:
                done = _at_most(due - timedelta(days=rng.uniform(0, 10)), now)
                reviews.set_action_status(session, action.id, ActionStatus.DONE, now=max(done, agreed))
            elif due > now and rng.random() < 0.5:
                started = _at_most(agreed + timedelta(days=rng.uniform(1, 5)), now)
                reviews.set_action_status(session, action.id, ActionStatus.IN_PROGRESS, now=started)
            # otherwise open: overdue when its date has passed
    return added
