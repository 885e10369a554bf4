"""Who an account id is, for the "by" columns of the case tabs.

Everyone learns the names of the casework accounts (counsellors and admins, who write every case
entry) through the directory service; admins, who may list all accounts, also learn the rest. An
account the session may not know shows as its id.
"""

from __future__ import annotations

import contextlib

from app.domain.roles import Operation
from app.services.errors import ServiceError, StorageError
from app.services.session import Session
from app.services.workspace import Workspace


def account_names(workspace: Workspace, session: Session) -> dict[int, str]:
    """Account id → display name, as far as this session may know them."""
    names = {session.user_id: session.username}
    if workspace.policy.allows(session.role, Operation.DIRECTORY_VIEW):
        with contextlib.suppress(ServiceError, StorageError):
            names.update(workspace.directory.owner_names(session))
    if workspace.policy.allows(session.role, Operation.USER_LIST):
        try:
            accounts = workspace.users.list(session)
        except (ServiceError, StorageError):
            return names
        names.update({account.id: account.display_name or account.username for account in accounts})
    return names


def account_name(names: dict[int, str], user_id: int | None) -> str:
    if user_id is None:
        return ""
    return names.get(user_id, f"#{user_id}")
