"""The demo database: realistic bilingual sample data for trying the product and for benchmarks.

Deterministic for a given seed. Later features add their own sample records here (incidents,
risks, drills); the foundation seeds the accounts an office starts with and their audit history.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.domain.roles import Role
from app.services.demo_drills import fill_demo_drills
from app.services.demo_evidence import fill_demo_evidence
from app.services.demo_incidents import DEFAULT_INCIDENTS, StaffMember, fill_demo_incidents
from app.services.demo_notifications import fill_demo_notifications
from app.services.demo_oncall import fill_demo_oncall
from app.services.demo_people import fill_demo_people
from app.services.demo_records import (
    fill_demo_actions,
    fill_demo_breach_clocks,
    fill_demo_communications,
    sign_demo_timeline,
)
from app.services.demo_risks import fill_demo_risks
from app.services.maintenance import Created, create_database
from app.services.workspace import Workspace
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.keys import KeyMode
from app.storage.keystore import Keystore

DEMO_PASSPHRASE = "eapdesk-demo-passphrase"  # documented in the README; demo databases only


@dataclass(frozen=True, slots=True)
class DemoAccount:
    username: str
    role: Role
    password: str
    display_name: str


DEMO_ACCOUNTS = (
    DemoAccount("lead", Role.ADMIN, "lead-demo-2026", "Grace Lin 林雅婷"),
    DemoAccount("counsellor", Role.COUNSELLOR, "counsellor-demo-2026", "Chen Wei-ling 陳維玲"),
    DemoAccount("hr", Role.HR_MANAGER, "hr-review-demo-2026", "Wong Ka-ho 黃家豪"),
)

# Further colleagues so the account list looks like a real office (their passwords are random).
_COLLEAGUES = (
    ("li.xiaomei", Role.COUNSELLOR, "Li Xiaomei 李曉梅"),
    ("zhang.hao", Role.COUNSELLOR, "Zhang Hao 張浩"),
    ("priya.nair", Role.COUNSELLOR, "Priya Nair"),
    ("tom.becker", Role.HR_MANAGER, "Tom Becker"),
    ("ho.kayan", Role.COUNSELLOR, "Ho Ka-yan 何嘉欣"),
)


def create_demo_database(
    path: Path,
    *,
    seed: int = 2026,
    key_mode: KeyMode = KeyMode.KEYRING,
    passphrase: str | None = None,
    keystore: Keystore | None = None,
    incidents: int = DEFAULT_INCIDENTS,
    now: datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[Created, tuple[DemoAccount, ...]]:
    """The demo database with its accounts and ``incidents`` sample incidents placed before ``now``.

    ``progress`` is told how many incidents are written so far (a big fill takes a while).
    """
    lead = DEMO_ACCOUNTS[0]

    def populate(workspace: Workspace) -> None:
        session = workspace.sign_in(lead.username, lead.password)
        for account in DEMO_ACCOUNTS[1:]:
            workspace.users.create(
                session, account.username, account.role, account.password, account.display_name
            )
        for username, role, name in _COLLEAGUES:
            password = secrets.token_urlsafe(18)  # nobody signs in as them; an admin resets it when needed
            workspace.users.create(session, username, role, password, name)
        leaver = workspace.users.find_by_name(session, "tom.becker")
        workspace.users.set_disabled(session, leaver.id, True)
        with workspace.db.transaction() as conn:
            AuditRepository.append(
                conn, [AuditEvent(lead.username, "demo.seeded", "database", "", {"seed": seed})], utc_now()
            )
        # Counsellors and admins own the incidents and write their timelines (not HR: de-identified).
        staff = [
            StaffMember(user.id, user.username)
            for user in workspace.users.list(session)
            if user.role in (Role.ADMIN, Role.COUNSELLOR) and not user.disabled
        ]
        moment = now or utc_now()
        fill_demo_incidents(
            workspace.db,
            count=incidents,
            seed=seed,
            now=moment,
            staff=staff,
            actor=lead.username,
            progress=progress,
        )
        fill_demo_people(workspace, session, seed=seed, now=moment)
        fill_demo_notifications(workspace, session, seed=seed, now=moment)
        sign_demo_timeline(workspace, session, now=moment)
        fill_demo_communications(workspace, session, seed=seed, now=moment)
        fill_demo_breach_clocks(workspace, session, seed=seed, now=moment)
        fill_demo_evidence(workspace, session, seed=seed, now=moment)
        fill_demo_actions(workspace, session, seed=seed, now=moment)
        # The risk register: ~40 risks with two years of quarterly reviews, reviewed by the casework staff.
        fill_demo_risks(
            workspace.db, seed=seed, now=moment, actor=lead.username, reviewers=[m.user_id for m in staff]
        )
        # The 24/7 on-call rota: twelve members, a weekly rotation per crisis role, overrides, a swap.
        fill_demo_oncall(workspace, session, seed=seed, now=moment)
        fill_demo_drills(workspace, session, seed=seed, now=moment)
        workspace.sign_out(session)
        # Later features draw their sample records from random.Random(seed) here.

    created = create_database(
        path,
        lead.username,
        lead.password,
        key_mode=key_mode,
        passphrase=passphrase
        if passphrase is not None
        else (DEMO_PASSPHRASE if key_mode is KeyMode.PASSPHRASE else None),
        admin_display_name=lead.display_name,
        keystore=keystore,
        populate=populate,
    )
    return created, DEMO_ACCOUNTS
