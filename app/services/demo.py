"""The demo database: realistic bilingual sample data for trying the product and for benchmarks.

Deterministic for a given seed. Later features add their own sample records here (incidents,
risks, drills); the foundation seeds the accounts an office starts with and their audit history.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from app.domain.roles import Role
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
) -> tuple[Created, tuple[DemoAccount, ...]]:
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
