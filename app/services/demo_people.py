"""Demo people on demo incidents: affected employees with screenings and follow-ups, via the service.

Only the newest incidents where people matter most (psychological crises, critical events, privacy
leaks, workplace accidents) get people, and at most ``PEOPLE_INCIDENTS`` of them whatever the size
of the demo: this goes through ``PeopleService`` one record per transaction (each with its audit
entry), which is right for a handful of cases and needless for a 100,000-incident benchmark
database. Identities are invented (bilingual names, employee numbers, phone numbers); the People
tab shows only pseudonyms until an identity is revealed, as with real cases.

Times are historical: a person is linked shortly after the report, screened the same day, and the
schedule's follow-ups (contact within 24 h, tracking within a week, recovery plan within a month)
are completed when they were due, some late, some still open (and so overdue) at ``now``.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from app.domain.incidents import IncidentCategory
from app.domain.screenings import Instrument
from app.services.incidents import IncidentQuery
from app.services.people import ConsentMethod, EmergencyContactInput, Involvement, PersonInput
from app.services.session import Session
from app.services.workspace import Workspace

PEOPLE_INCIDENTS = 25
_CATEGORIES = (
    IncidentCategory.PSYCHOLOGICAL_CRISIS,
    IncidentCategory.CRITICAL_EVENT,
    IncidentCategory.PRIVACY_LEAK,
    IncidentCategory.WORKPLACE_ACCIDENT,
)
_SURNAMES = ("陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "周", "何")
_GIVEN = ("志明", "淑芬", "家豪", "怡君", "俊傑", "美玲", "建華", "雅婷", "偉倫", "嘉欣", "子軒", "曉梅")
_LATIN = ("Chan", "Lam", "Wong", "Cheung", "Lee", "Ng", "Ho", "Tsang", "Leung", "Chow")
_DEPARTMENTS = (
    "Human Resources 人力資源部",
    "Manufacturing 生產部",
    "R&D 研發中心",
    "Customer Service 客戶服務中心",
)


_RELATIONS = ("spouse 配偶", "mother 母親", "father 父亲", "sister 姊姊", "brother 哥哥", "partner 伴侶")
_NOTES = (
    "First session after the incident. The employee described poor sleep and intrusive memories; "
    "safety plan discussed and agreed. 事件後首次晤談：睡眠差、反覆回想；已討論並同意安全計畫。",
    "Follow-up call. Mood somewhat better; returned to work part-time with the line manager's "
    "agreement. 追蹤電話：情緒略有好轉，經主管同意已部分復工。",
    "Session focused on grounding techniques and the return-to-work plan. 晤談聚焦于稳定化技巧与复工计划。",
    "Employee declined further sessions for now; hotline number given again. "
    "員工暫不需要後續晤談，已再次提供關懷專線。",
)
_ADDENDA = (
    "Addendum: the employee later confirmed the safety plan by phone. 補充：員工其後以電話確認安全計畫。",
    "Addendum: referral to the external psychiatrist was made on the employee's request. "
    "补充：应员工要求已转介外部精神科医师。",
)


def _records(
    workspace: Workspace,
    session: Session,
    rng: random.Random,
    person_id: int,
    *,
    linked_at: datetime,
    crisis: bool,
    now: datetime,
) -> tuple[int, int]:
    """Emergency contacts (some authorised, some not) and signed clinical notes for one person.

    Notes are signed when written (``now=`` is the signing time), so those older than the lock
    period show as locked; an addendum is added to some locked ones. Returns (contacts, notes).
    """
    people = workspace.people
    contacts = 0
    if rng.random() < 0.7:
        wanted = []
        for _ in range(rng.randint(1, 2)):
            authorised = rng.random() < 0.5
            wanted.append(
                EmergencyContactInput(
                    name=f"{rng.choice(_SURNAMES)}{rng.choice(_GIVEN)} {rng.choice(_LATIN)}",
                    phone=f"+886 9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                    relation=rng.choice(_RELATIONS),
                    authorised=authorised,
                    consent_method=rng.choice(list(ConsentMethod)) if authorised else None,
                )
            )
        at = min(linked_at + timedelta(minutes=rng.uniform(10, 90)), now)
        views = people.set_emergency_contacts(session, person_id, wanted, now=at)
        contacts = len(views)
        unauthorised = [v for v in views if not v.authorised]
        if unauthorised and rng.random() < 0.4:  # consent given at the next session
            later = min(at + timedelta(hours=rng.uniform(6, 48)), now)
            people.record_authorisation(
                session, person_id, unauthorised[0].id, method=ConsentMethod.VERBAL, now=later
            )
    notes = 0
    if crisis or rng.random() < 0.3:
        session_at = linked_at
        for _ in range(rng.randint(1, 3 if crisis else 1)):
            session_at = min(session_at + timedelta(hours=rng.uniform(2, 72)), now)
            signed = min(session_at + timedelta(minutes=rng.uniform(15, 90)), now)
            note = people.add_note(session, person_id, rng.choice(_NOTES), at=session_at, now=signed)
            notes += 1
            old = now - signed > people.lock_period() + timedelta(days=2)
            if old and rng.random() < 0.25:
                amended = min(signed + timedelta(days=rng.uniform(1.5, 6)), now)
                people.add_addendum(session, note.id, rng.choice(_ADDENDA), now=amended)
    return contacts, notes


def _answers(rng: random.Random, items: int, severe: bool) -> list[int]:
    weights = (1, 2, 4, 4) if severe else (5, 4, 2, 1)
    return rng.choices(range(4), weights, k=items)


def fill_demo_people(workspace: Workspace, session: Session, *, seed: int, now: datetime) -> int:
    """Link people to the newest fitting demo incidents; returns how many people were linked."""
    rng = random.Random(f"demo-people/{seed}")  # noqa: S311 - sample data, not secrets
    records_rng = random.Random(f"demo-people-records/{seed}")  # noqa: S311 - kept apart: see demo_records
    people = workspace.people
    page = workspace.incidents.list_page(
        session,
        IncidentQuery(categories=_CATEGORIES, sort_column="reported_at", limit=PEOPLE_INCIDENTS * 2),
        now=now,
    )
    incidents = [row for row in page.rows if row.status.value != "dismissed"][:PEOPLE_INCIDENTS]
    linked = 0
    for incident in incidents:
        crisis = incident.category is IncidentCategory.PSYCHOLOGICAL_CRISIS
        count = 1 if crisis else rng.randint(1, 3)
        for index in range(count):
            surname, given = rng.choice(_SURNAMES), rng.choice(_GIVEN)
            latin = rng.choice(_LATIN)
            linked_at = min(incident.reported_at + timedelta(minutes=rng.uniform(20, 180)), now)
            person = people.link_person(
                session,
                incident.id,
                PersonInput(
                    involvement=Involvement.AFFECTED if index == 0 else rng.choice(list(Involvement)),
                    department=rng.choice(_DEPARTMENTS),
                    full_name=f"{surname}{given} {latin}",
                    employee_number=f"E{rng.randint(100000, 999999)}",
                    phone=f"+886 9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                    email=f"{latin.lower()}.{rng.randint(10, 99)}@example.com",
                ),
                linked_at=linked_at,
                now=now,
            )
            linked += 1
            if index == 0 and (crisis or rng.random() < 0.5):
                taken = min(linked_at + timedelta(hours=rng.uniform(1, 8)), now)
                severe = crisis and rng.random() < 0.6
                people.record_screening(
                    session, person.id, Instrument.PHQ9, _answers(rng, 9, severe), taken_at=taken, now=now
                )
                people.record_screening(
                    session, person.id, Instrument.GAD7, _answers(rng, 7, severe), taken_at=taken, now=now
                )
            if index == 0:
                _records(
                    workspace, session, records_rng, person.id, linked_at=linked_at, crisis=crisis, now=now
                )
            for follow_up in people.follow_ups(session, person.id, now=now):
                if follow_up.due_at > now or rng.random() < 0.2:
                    continue  # not due yet, or missed: open and overdue
                late = rng.random() < 0.25
                done = follow_up.due_at + timedelta(hours=rng.uniform(1, 30) if late else -rng.uniform(1, 20))
                people.complete_follow_up(session, follow_up.id, now=min(done, now))
    return linked
