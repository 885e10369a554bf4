"""The demo on-call rota (``app.services.demo_oncall``): every crisis role covered, overrides, a swap, a hole.

Real SQLCipher workspace; the rota is written through ``workspace.oncall`` as the rota dialog does.
The drill part of the demo (``demo_drills``) is not written yet.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.crisis_roles import CrisisRole
from app.domain.roles import Role
from app.services.demo_oncall import MEMBERS, fill_demo_oncall
from app.services.workspace import Workspace
from tests.conftest import ADMIN, ADMIN_PASSWORD

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


def test_the_rota_covers_every_role_with_overrides_a_swap_and_one_hole(workspace: Workspace) -> None:
    session = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
    rota = fill_demo_oncall(workspace, session, seed=2026, now=NOW)
    roster = workspace.oncall.roster(session)
    assert len(roster.members) == len(MEMBERS) == 12
    assert {r.role for r in roster.rotations} == set(CrisisRole)
    assert rota.swaps == 1
    assert len(roster.swaps) == 1
    assert len(roster.overrides) == rota.overrides >= 3
    role, start, end = rota.hole
    gaps = workspace.oncall.coverage_gaps(session, NOW, NOW + timedelta(days=60), list(CrisisRole))
    assert [(g.role, g.start, g.end) for g in gaps] == [(role, start, end)]
    assert session.role is Role.ADMIN


def test_the_rota_depends_on_the_seed(workspace: Workspace) -> None:
    session = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
    rota = fill_demo_oncall(workspace, session, seed=7, now=NOW)
    orders = {r.role: r.member_ids for r in workspace.oncall.roster(session).rotations}
    assert all(len(ids) >= 2 for ids in orders.values())
    assert rota.hole[1] > NOW


def test_hr_sees_the_demo_rota_without_reasons_or_numbers(workspace: Workspace) -> None:
    session = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
    fill_demo_oncall(workspace, session, seed=2026, now=NOW)
    workspace.users.create(session, "hr.viewer", Role.HR_MANAGER, "hr-viewer-password-1", "HR viewer")
    hr = workspace.sign_in("hr.viewer", "hr-viewer-password-1")
    roster = workspace.oncall.roster(hr)
    assert roster.deidentified
    assert roster.overrides
    assert all(o.reason is None for o in roster.overrides)
    assert all(s.reason is None for s in roster.swaps)
    assert all(m.contact_numbers is None for m in roster.members)
