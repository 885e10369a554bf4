"""The status bar's on-call line for the crisis lead."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from app.domain.roles import Role
from app.services.session import Session
from app.services.workspace import Workspace
from app.ui.oncall_status import on_call_summary

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def test_names_who_is_on_call_now_and_next(workspace: Workspace, sessions: dict[Role, Session]) -> None:
    admin = sessions[Role.ADMIN]
    oncall = workspace.oncall
    chan = oncall.add_member(admin, display_name="Chan Tai-man", roles=["crisis_lead"]).id
    lee = oncall.add_member(admin, display_name="Lee Mei", roles=["crisis_lead"]).id
    oncall.add_member(admin, display_name="Wong Siu-ming", roles=["counsellor"])
    oncall.add_rotation(
        admin, role="crisis_lead", handover="weekly", weekday=0, member_ids=[chan, lee],
        anchor=date(2026, 11, 30), handover_time=time(9), time_zone="Europe/London",
    )  # fmt: skip
    text = on_call_summary(workspace, sessions[Role.HR_MANAGER], NOW)
    until = datetime(2026, 12, 7, 9, 0, tzinfo=UTC).astimezone()  # London = UTC in December
    assert text == f"On call (Crisis lead): Chan Tai-man until {until:%a %H:%M} · next: Lee Mei"
    later = on_call_summary(workspace, admin, datetime(2026, 12, 8, tzinfo=UTC))
    assert later.startswith("On call (Crisis lead): Lee Mei until ")
    assert "Wong" not in later


def test_nobody_on_call(workspace: Workspace, sessions: dict[Role, Session]) -> None:
    admin = sessions[Role.ADMIN]
    assert on_call_summary(workspace, admin, NOW) == "On call (Crisis lead): nobody"
    oncall = workspace.oncall
    chan = oncall.add_member(admin, display_name="Chan Tai-man", roles=["crisis_lead"]).id
    oncall.add_rotation(
        admin, role="crisis_lead", handover="daily", member_ids=[chan],
        anchor=date(2026, 12, 10), handover_time=time(9), time_zone="UTC",
    )  # fmt: skip
    assert on_call_summary(workspace, admin, NOW) == "On call (Crisis lead): nobody · next: Chan Tai-man"


def test_the_weekday_follows_the_interface_language(
    workspace: Workspace, sessions: dict[Role, Session]
) -> None:
    from app.ui.translation import Translations

    admin = sessions[Role.ADMIN]
    oncall = workspace.oncall
    chan = oncall.add_member(admin, display_name="Chan Tai-man", roles=["crisis_lead"]).id
    oncall.add_rotation(
        admin, role="crisis_lead", handover="weekly", weekday=0, member_ids=[chan],
        anchor=date(2026, 11, 30), handover_time=time(9), time_zone="Asia/Hong_Kong",
    )  # fmt: skip
    at = datetime(2026, 12, 7, 1, 0, tzinfo=UTC).astimezone()  # Monday 09:00 in Hong Kong
    translations = Translations()
    try:
        translations.apply("zh_TW")
        weekday = {1: "週一", 2: "週二", 3: "週三", 4: "週四", 5: "週五", 6: "週六", 7: "週日"}[
            at.isoweekday()
        ]
        assert f"{weekday} {at:%H:%M}" in on_call_summary(workspace, admin, NOW)
    finally:
        translations.apply("en")
    assert f"{at:%a %H:%M}" in on_call_summary(workspace, admin, NOW)
