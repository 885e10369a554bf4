"""Who is who in the office, as much as a case screen needs: the display names of case owners.

The case list shows each incident's owner. Listing accounts is an admin's business (``USER_LIST``),
so the list asks this small service instead: it answers only with the names of accounts whose role
may own a case (the roles allowed ``INCIDENT_CREATE``), never usernames' hashes, roles or login times.
A counsellor's name is office information, not case content, so every role may read it; disabled
accounts are included because the incidents they owned keep their owner.
"""

from __future__ import annotations

from app.domain.roles import Operation
from app.services.access import AccessPolicy
from app.services.session import Session
from app.storage.database import Database
from app.storage.users_repository import UsersRepository


class DirectoryService:
    def __init__(self, db: Database, policy: AccessPolicy) -> None:
        self._policy = policy
        self._users = UsersRepository(db)

    def owner_names(self, session: Session) -> dict[int, str]:
        """{account id: display name (the username when no display name was set)} of possible owners."""
        self._policy.require(session, Operation.DIRECTORY_VIEW)
        return {
            row.id: row.display_name.strip() or row.username
            for row in self._users.all()
            if self._policy.allows(row.role, Operation.INCIDENT_CREATE)
        }
