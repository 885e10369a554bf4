"""The demo rota (``app.services.demo_oncall``) and drill programme (``app.services.demo_drills``).

Real SQLCipher workspaces; the rota is written through ``workspace.oncall`` as the rota dialog does,
the drills through ``workspace.drills`` as the drill editor and the run-drill screen do, over the
demo risk register (``fill_demo_risks``), and read back through the same services.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.domain.case_review import ActionStatus
from app.domain.crisis_roles import CrisisRole
from app.domain.drills import AckOutcome, DrillStatus, DrillType, FindingArea
from app.domain.roles import Role
from app.services.demo_drills import fill_demo_drills
from app.services.demo_oncall import MEMBERS, fill_demo_oncall
from app.services.demo_risks import fill_demo_risks
from app.services.drill_views import DrillView
from app.services.maintenance import create_database
from app.services.session import Session
from app.services.workspace import Workspace
from app.storage.keystore import Keystore
from tests.conftest import ADMIN, ADMIN_PASSWORD

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
TODAY = NOW.astimezone(ZoneInfo("Asia/Taipei")).date()
OFFICE = ZoneInfo("Asia/Taipei")
EVERYTHING = (NOW - timedelta(days=400), NOW + timedelta(days=120))  # the demo's whole programme


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


# -- the drill programme ----------------------------------------------------------------------------


def _fill(workspace: Workspace, seed: int = 2026) -> Session:
    """The demo's order: risks, rota, drills, written as the admin."""
    session = workspace.sign_in(ADMIN, ADMIN_PASSWORD)
    fill_demo_risks(workspace.db, seed=seed, now=NOW, actor=ADMIN, reviewers=[session.user_id])
    fill_demo_oncall(workspace, session, seed=seed, now=NOW)
    fill_demo_drills(workspace, session, seed=seed, now=NOW)
    return session


@pytest.fixture
def drilled(workspace: Workspace) -> tuple[Workspace, Session]:
    return workspace, _fill(workspace)


def _all(workspace: Workspace, session: Session) -> list[DrillView]:
    items = workspace.drills.drills_between(session, *EVERYTHING, now=NOW)
    return [workspace.drills.get(session, item.id, now=NOW) for item in items]


def test_a_year_of_drills_of_every_type_with_a_quarterly_series(drilled: tuple[Workspace, Session]) -> None:
    workspace, admin = drilled
    drills = _all(workspace, admin)
    assert 14 <= len(drills) <= 22
    assert {d.drill_type for d in drills} == set(DrillType)
    past = [d for d in drills if d.planned_start < NOW]
    future = [d for d in drills if d.planned_start > NOW]
    assert min(d.planned_start for d in past) >= NOW - timedelta(days=366)
    assert 3 <= len(future) <= 6
    assert max(d.planned_start for d in future) <= NOW + timedelta(days=92)
    assert {d.status for d in future} == {DrillStatus.PLANNED}
    assert {d.status for d in past} == {DrillStatus.DONE, DrillStatus.CANCELLED}
    (cancelled,) = [d for d in drills if d.status is DrillStatus.CANCELLED]
    assert cancelled.status_changes[-1].reason
    assert cancelled.actual_start is None

    series = [d for d in drills if d.series_id is not None]
    assert {d.series_id for d in series} == {series[0].series_id}
    assert {d.drill_type for d in series} == {DrillType.TABLETOP}
    assert len({d.title for d in series}) == 1
    assert sum(d.status is DrillStatus.DONE for d in series) >= 4
    assert sum(d.status is DrillStatus.PLANNED for d in series) >= 1
    starts = sorted(d.planned_start for d in series)
    assert all(80 <= (b - a).days <= 100 for a, b in itertools.pairwise(starts))  # quarterly
    assert {s.astimezone(OFFICE).strftime("%a %H:%M") for s in starts} == {"Wed 10:00"}
    upcoming = min((d for d in series if d.status is DrillStatus.PLANNED), key=lambda d: d.planned_start)
    assert len(upcoming.objectives) == len(series[0].objectives) + 1  # the follow-up added to the next one


def test_drills_keep_office_hours_and_surprises_come_after_hours(drilled: tuple[Workspace, Session]) -> None:
    workspace, admin = drilled
    for drill in _all(workspace, admin):
        local = drill.planned_start.astimezone(OFFICE)
        if drill.drill_type is DrillType.SURPRISE:
            assert local.weekday() >= 5 or local.hour >= 19 or local.hour < 8, drill.code
        else:
            assert local.weekday() < 5, drill.code
            assert 8 <= local.hour <= 15, drill.code
        assert timedelta(hours=1) <= drill.planned_duration <= timedelta(hours=4)
        if drill.status is DrillStatus.DONE:
            assert drill.actual_start is not None
            assert drill.actual_end is not None
            assert timedelta(hours=1) <= drill.actual_end - drill.actual_start <= timedelta(hours=4)
            assert drill.actual_end < NOW


def test_done_drills_have_timings_that_meet_and_miss_the_target(drilled: tuple[Workspace, Session]) -> None:
    workspace, admin = drilled
    history = workspace.drills.history(admin, now=NOW)
    assert len(history) >= 10
    assert all(p.target is not None and p.first_ack is not None for p in history)
    outcomes = [p.all_outcome for p in history]
    assert AckOutcome.MET in outcomes
    assert AckOutcome.MISSED in outcomes
    assert outcomes.count(AckOutcome.NOT_ALL_ACKNOWLEDGED) == 1  # the call-out nobody answered in legal
    (silent,) = [p for p in history if p.all_outcome is AckOutcome.NOT_ALL_ACKNOWLEDGED]
    drill = workspace.drills.get(admin, silent.drill_id, now=NOW)
    assert drill.drill_type is DrillType.SURPRISE
    assert [p.role for p in drill.participants if p.acknowledged_at is None] == [CrisisRole.LEGAL]
    assert all(p.notified_at is not None for p in drill.participants)
    assert {p.key_roles_outcome for p in history} >= {AckOutcome.MET, AckOutcome.MISSED}
    assert all(p.score_percent is not None for p in history)
    assert len({p.score_percent for p in history}) >= 3


def test_participants_are_rota_members_by_role_and_call_outs_reach_who_was_on_call(
    drilled: tuple[Workspace, Session],
) -> None:
    workspace, admin = drilled
    holds = {m.display_name: m.roles for m in workspace.oncall.roster(admin).members}
    call_outs = 0
    for drill in _all(workspace, admin):
        assert drill.participants
        assert all(p.department for p in drill.participants)
        for participant in drill.participants:
            if participant.role is not None and participant.label:
                assert participant.role in holds[participant.label], drill.code
        if drill.drill_type is DrillType.SURPRISE and drill.status is DrillStatus.DONE:
            call_outs += 1
            assert drill.actual_start is not None
            on_call = {
                s.role: s.now.member_name
                for s in workspace.oncall.on_call_now(admin, at=drill.actual_start)
                if s.now is not None
            }
            labels = [p.label for p in drill.participants]
            for participant in drill.participants:
                if (
                    participant.role in on_call
                ):  # the member on call, or a deputy if they sit for another role
                    expected = on_call[participant.role]
                    assert participant.label == expected or expected in labels, drill.code
            assert len(set(labels)) == len(labels)
    assert call_outs >= 2


def test_findings_of_every_area_with_open_done_and_overdue_actions(
    drilled: tuple[Workspace, Session],
) -> None:
    workspace, admin = drilled
    done = [d for d in _all(workspace, admin) if d.status is DrillStatus.DONE]
    assert all(1 <= len(d.findings) <= 4 for d in done)
    findings = [f for d in done for f in d.findings]
    assert {f.area for f in findings} == set(FindingArea)
    assert len({f.severity for f in findings}) >= 3
    actions = [a for d in done for a in d.actions]
    assert all(a.finding_id is not None for a in actions)
    statuses = {a.status for a in actions}
    assert {ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE} <= statuses
    assert all(a.done_at is not None and a.done_at <= NOW for a in actions if a.status is ActionStatus.DONE)
    overdue = [a for a in actions if a.is_overdue(TODAY)]
    assert 2 <= len(overdue) < len(actions) // 2
    assert any(a.is_open and a.due_on >= TODAY for a in actions)
    assert {a.owner_role for a in actions} >= {
        CrisisRole.CRISIS_LEAD,
        CrisisRole.IT_SECURITY,
        CrisisRole.LEGAL,
    }
    due = workspace.drills.actions_due(admin, TODAY - timedelta(days=400), TODAY, open_only=True, now=NOW)
    assert {d.action.id for d in due} == {a.id for a in overdue} | {
        a.id for a in actions if a.is_open and a.due_on == TODAY
    }


def test_drills_link_the_demo_risks_they_exercise(drilled: tuple[Workspace, Session]) -> None:
    workspace, admin = drilled
    drills = _all(workspace, admin)
    linked = {r.risk_id for d in drills for r in d.risks}
    assert len(linked) >= 8
    risks = {r.id: r for r in workspace.risks.list_risks(admin)}
    assert linked <= set(risks)
    ransomware = next(
        r
        for r in risks.values()
        if r.title in ("Ransomware on the HR platform", "人力資源平台遭勒索軟件攻擊")
    )
    assert [d.drill_type for d in workspace.drills.drills_for_risk(admin, ransomware.id, now=NOW)] == [
        DrillType.SIMULATION
    ]


def test_the_future_surprise_drill_is_seen_by_the_admin_only(drilled: tuple[Workspace, Session]) -> None:
    workspace, admin = drilled
    workspace.users.create(admin, "coun", Role.COUNSELLOR, "counsellor-pass-1")
    counsellor = workspace.sign_in("coun", "counsellor-pass-1")
    ahead = (NOW, NOW + timedelta(days=120))
    (surprise,) = [
        d
        for d in workspace.drills.drills_between(admin, *ahead, now=NOW)
        if d.drill_type is DrillType.SURPRISE
    ]
    assert surprise.status is DrillStatus.PLANNED
    seen = {d.id for d in workspace.drills.drills_between(counsellor, *ahead, now=NOW)}
    assert surprise.id not in seen
    assert seen  # the announced drills ahead are planned openly
    past = {d.id for d in workspace.drills.drills_between(counsellor, EVERYTHING[0], NOW, now=NOW)}
    held = [d for d in _all(workspace, admin) if d.drill_type is DrillType.SURPRISE and d.planned_start < NOW]
    assert held
    assert {d.id for d in held} <= past  # once held, a surprise drill is no secret


def test_the_same_seed_gives_the_same_programme(
    drilled: tuple[Workspace, Session], tmp_path: Path, keystore: Keystore
) -> None:
    workspace, admin = drilled
    other_path = tmp_path / "other" / "eapdesk.db"
    other_path.parent.mkdir()
    other = create_database(other_path, ADMIN, ADMIN_PASSWORD, keystore=keystore).workspace
    try:
        again = _fill(other)

        def programme(ws: Workspace, session: Session) -> list[tuple[object, ...]]:
            return [
                (d.code, d.title, d.drill_type, d.status, d.planned_start, d.actual_start, d.actual_end,
                 [(p.label, p.notified_at, p.acknowledged_at) for p in d.participants],
                 [(f.severity, f.area, f.text) for f in d.findings],
                 [(a.title, a.due_on, a.status) for a in d.actions])
                for d in _all(ws, session)
            ]  # fmt: skip

        assert programme(workspace, admin) == programme(other, again)
    finally:
        other.close()


def test_the_programme_depends_on_the_seed(
    drilled: tuple[Workspace, Session], tmp_path: Path, keystore: Keystore
) -> None:
    workspace, admin = drilled
    other_path = tmp_path / "seven" / "eapdesk.db"
    other_path.parent.mkdir()
    other = create_database(other_path, ADMIN, ADMIN_PASSWORD, keystore=keystore).workspace
    try:
        seven = _fill(other, seed=7)
        first = [(d.title, d.planned_start) for d in _all(workspace, admin)]
        second = [(d.title, d.planned_start) for d in _all(other, seven)]
        assert len(first) == len(second)
        assert first != second
    finally:
        other.close()
