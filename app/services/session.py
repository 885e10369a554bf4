"""Who is signed in. A Session is issued only by a successful sign-in and checked on every call."""

from __future__ import annotations

import getpass
import secrets
from dataclasses import dataclass, field
from datetime import datetime

from app.domain.roles import Role


@dataclass(frozen=True, slots=True)
class Session:
    user_id: int
    username: str
    role: Role
    started_at: datetime
    token: str = field(default_factory=lambda: secrets.token_hex(16), repr=False)


def system_actor() -> str:
    """The audit actor for operating-system-level commands (backup, rekey, verify) run by IT."""
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "unknown"
    return f"system:{who}"
