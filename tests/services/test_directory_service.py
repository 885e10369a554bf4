"""The directory: case owners' names for every role, nothing about other accounts."""

from __future__ import annotations

import pytest

from app.domain.roles import Role
from app.services.errors import AuthenticationFailed
from app.services.session import Session
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def office(workspace: Workspace) -> dict[str, Session]:
    admin = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
    workspace.users.create(admin, "wang", Role.COUNSELLOR, "counsellor-pass-1", "王心怡")
    workspace.users.create(admin, "nameless", Role.COUNSELLOR, "counsellor-pass-2")
    workspace.users.create(admin, "hrboss", Role.HR_MANAGER, "hr-manager-pass-1", "HR Boss")
    return {
        "admin": admin,
        "counsellor": workspace.sign_in("wang", "counsellor-pass-1"),
        "hr": workspace.sign_in("hrboss", "hr-manager-pass-1"),
    }


@pytest.mark.parametrize("who", ["admin", "counsellor", "hr"])
def test_every_role_gets_the_names_of_possible_case_owners_only(
    workspace: Workspace, office: dict[str, Session], who: str
) -> None:
    names = workspace.directory.owner_names(office[who])
    ids = {u.username: u.id for u in workspace.users.list(office["admin"])}
    assert names == {ids[ADMIN]: ADMIN, ids["wang"]: "王心怡", ids["nameless"]: "nameless"}
    assert ids["hrboss"] not in names  # hr_manager cannot own a case


def test_disabled_owners_keep_their_name(workspace: Workspace, office: dict[str, Session]) -> None:
    admin = office["admin"]
    nameless = workspace.users.find_by_name(admin, "nameless")
    workspace.users.set_disabled(admin, nameless.id, True)
    assert workspace.directory.owner_names(office["hr"])[nameless.id] == "nameless"


def test_an_ended_session_is_refused(workspace: Workspace, office: dict[str, Session]) -> None:
    workspace.sign_out(office["hr"])
    with pytest.raises(AuthenticationFailed):
        workspace.directory.owner_names(office["hr"])
