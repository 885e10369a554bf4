"""The demo on-call rota: twelve members covering every crisis role, weekly rotations, overrides, a swap.

An EAP office's 24/7 crisis team (background 002: 輪值制度) is small: a few crisis leads, the duty
counsellors, and one or two people each from HR, IT/security, legal, PR and the executive floor.
The demo gives about a dozen such members (names in English or Chinese, as the other demo data
mixes them; staff on the rota, not clients), each holding one or two roles, and one weekly
rotation per role handing over on Monday morning in Taipei. The rota starts about nine months
before ``now`` so the calendar, the hours report and the history all have a past.

A few overrides (sick leave, a conference, a family matter), one swap between two counsellors and
one deliberate short hole (an override with nobody, in the legal rota next month) make the
override list, the coverage-gap panel and the per-person export worth looking at.

Written through ``workspace.oncall`` (as the rota dialog writes it) so every rule is enforced and
audited. Which member takes which place in a rotation, and when the overrides fall, is drawn from
``random.Random`` named for the seed; one seed and one ``now`` give the same rota.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from app.domain.crisis_roles import CrisisRole
from app.domain.oncall_rotation import Handover
from app.services.session import Session
from app.services.workspace import Workspace

ZONE = "Asia/Taipei"
HANDOVER_TIME = time(9, 0)
HANDOVER_WEEKDAY = 0  # Monday
ROTA_MONTHS_BACK = 9

_R = CrisisRole


@dataclass(frozen=True, slots=True)
class _MemberSpec:
    name: str
    roles: tuple[CrisisRole, ...]
    numbers: tuple[str, ...]


# Twelve members; every crisis role is held by at least two of them so a rotation can alternate.
MEMBERS: tuple[_MemberSpec, ...] = (
    _MemberSpec("Grace Lin 林雅婷", (_R.CRISIS_LEAD,), ("+886 912 345 678",)),
    _MemberSpec("Chan Tai-man 陳大文", (_R.CRISIS_LEAD, _R.EXECUTIVE), ("+852 9123 4567", "+852 2888 1234")),
    _MemberSpec("Lee Mei-hua 李美華", (_R.CRISIS_LEAD, _R.COUNSELLOR), ("+886 935 112 233",)),
    _MemberSpec("Chen Wei-ling 陳維玲", (_R.COUNSELLOR,), ("+886 922 556 677",)),
    _MemberSpec("Zhang Hao 張浩", (_R.COUNSELLOR,), ("+86 138 0013 8000",)),
    _MemberSpec("Wong Ka-ho 黃家豪", (_R.HR,), ("+852 6234 5678",)),
    _MemberSpec("林志强 Lin Zhiqiang", (_R.HR, _R.EXECUTIVE), ("+86 139 1234 5678",)),
    _MemberSpec("Kevin Tsai 蔡明哲", (_R.IT_SECURITY,), ("+886 970 888 123", "+886 2 2345 6789 ext. 310")),
    _MemberSpec("王俊 Wang Jun", (_R.IT_SECURITY,), ("+86 186 2100 3344",)),
    _MemberSpec("Margaret Ho 何美玲", (_R.LEGAL, _R.PR), ("+852 9456 7812",)),
    _MemberSpec("Daniel Kuo 郭子健", (_R.LEGAL,), ("+886 918 765 432",)),
    _MemberSpec("Sophie Yeh 葉淑芬", (_R.PR,), ("+886 933 246 810",)),
)

# (English, Chinese) reasons; one of the two is stored, as the demo's other free texts are.
_OVERRIDE_REASONS: tuple[tuple[str, str], ...] = (
    ("On sick leave; covered by a colleague.", "病假，由同事代班。"),
    ("At the regional HR conference in Singapore.", "出席新加坡區域人資研討會。"),
    ("Family matter; swapped cover arranged by the crisis lead.", "家中有事，由危機負責人安排代班。"),
    ("Annual leave booked before the rota was published.", "輪值表公布前已預約年假。"),
)
_SWAP_REASON = ("Swapped weeks for a training course.", "因參加培訓課程互換輪值週。")
_HOLE_REASON = (
    "Counsel in court all day; cover still to be found.",
    "法務顧問整日出庭，代班人選待定。",
)


@dataclass(frozen=True, slots=True)
class DemoRota:
    """What was written: member ids by name order, rotation ids by role, override and swap counts."""

    member_ids: tuple[int, ...]
    rotation_ids: dict[CrisisRole, int]
    overrides: int
    swaps: int
    hole: tuple[CrisisRole, datetime, datetime]  # the deliberate coverage gap (UTC)


def _text(rng: random.Random, pair: tuple[str, str]) -> str:
    return pair[0] if rng.random() < 0.5 else pair[1]


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def fill_demo_oncall(workspace: Workspace, session: Session, *, seed: int, now: datetime) -> DemoRota:
    """Write the demo rota as ``session`` (an admin); returns what was written for the drills to use."""
    rng = random.Random(f"demo-oncall/{seed}")  # noqa: S311 - sample data, not secrets
    oncall = workspace.oncall
    member_ids = tuple(
        oncall.add_member(
            session, display_name=spec.name, roles=spec.roles, contact_numbers=spec.numbers, now=now
        ).id
        for spec in MEMBERS
    )
    today = now.astimezone(UTC).date()
    anchor = _week_start(date(today.year, today.month, 1) - timedelta(days=ROTA_MONTHS_BACK * 30))
    rotation_ids: dict[CrisisRole, int] = {}
    for role in CrisisRole:
        holders = [mid for mid, spec in zip(member_ids, MEMBERS, strict=True) if role in spec.roles]
        rng.shuffle(holders)
        rotation_ids[role] = oncall.add_rotation(
            session,
            role=role,
            handover=Handover.WEEKLY,
            member_ids=holders,
            anchor=anchor,
            handover_time=HANDOVER_TIME,
            time_zone=ZONE,
            weekday=HANDOVER_WEEKDAY,
            now=now,
        ).id
    overrides = 0
    # Overrides: a stand-in for part of somebody's week, in the past and in the coming months.
    for offset_days, role in (
        (-150, _R.COUNSELLOR),
        (-60, _R.CRISIS_LEAD),
        (-12, _R.HR),
        (40, _R.IT_SECURITY),
    ):
        day = today + timedelta(days=offset_days + rng.randrange(0, 5))
        start = datetime.combine(day, time(9, 0), tzinfo=UTC)
        end = start + timedelta(days=rng.choice((1, 2, 3)))
        shifts = oncall.shifts_between(session, start, end, [role])
        busy = {s.member_id for s in shifts}
        spare = [
            mid
            for mid, spec in zip(member_ids, MEMBERS, strict=True)
            if role in spec.roles and mid not in busy
        ]
        if not spare:
            continue
        oncall.add_override(
            session,
            role=role,
            member_id=spare[0],
            start=start,
            end=end,
            reason=_text(rng, _OVERRIDE_REASONS[overrides % len(_OVERRIDE_REASONS)]),
            now=now,
        )
        overrides += 1
    # The hole: eight hours next month in the legal rota with nobody.
    hole_day = today + timedelta(days=30 + rng.randrange(0, 7))
    hole_start = datetime.combine(hole_day, time(1, 0), tzinfo=UTC)  # 09:00 in Taipei
    hole_end = hole_start + timedelta(hours=8)
    oncall.add_override(
        session,
        role=_R.LEGAL,
        member_id=None,
        start=hole_start,
        end=hole_end,
        reason=_text(rng, _HOLE_REASON),
        now=now,
    )
    overrides += 1
    # The swap: two counsellors exchange two scheduled weeks, one and three weeks ahead.
    swaps = 0
    ahead = datetime.combine(today, time(0, 0), tzinfo=UTC)
    weeks = oncall.shifts_between(
        session, ahead + timedelta(days=7), ahead + timedelta(days=35), [_R.COUNSELLOR]
    )
    first = next((s for s in weeks if s.source.value == "scheduled"), None)
    second = next(
        (s for s in weeks if first is not None and s.member_id != first.member_id and s.start > first.start),
        None,
    )
    if first is not None and second is not None:
        oncall.add_swap(
            session,
            role=_R.COUNSELLOR,
            first_member_id=first.member_id,
            first_shift_start=first.start,
            second_member_id=second.member_id,
            second_shift_start=second.start,
            reason=_text(rng, _SWAP_REASON),
            now=now,
        )
        swaps = 1
    return DemoRota(member_ids, rotation_ids, overrides, swaps, (_R.LEGAL, hole_start, hole_end))
