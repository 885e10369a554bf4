"""The drill calendar's feed: every kind on its day, and only what the caller's role may see."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from app.domain.drills import DrillInput, DrillType
from app.services.calendar_feed import CalendarEntry, CalendarKind
from app.services.errors import InvalidInput
from tests.services.test_calendar_export import LONDON, SECRETS, Office, office

__all__ = ["office"]  # the fixture, shared with the .ics export tests


def _window(office: Office) -> tuple[datetime, datetime]:
    """Six weeks from the rota's anchor Monday, in UTC."""
    start = datetime.combine(office.monday, time(0), UTC)
    return start, start + timedelta(days=42)


def _by_kind(entries: tuple[CalendarEntry, ...]) -> dict[CalendarKind, list[CalendarEntry]]:
    found: dict[CalendarKind, list[CalendarEntry]] = {}
    for entry in entries:
        found.setdefault(entry.kind, []).append(entry)
    return found


def _plan(office: Office, drill_type: DrillType, days: int, title: str) -> int:
    start = datetime.combine(office.today + timedelta(days=days), time(10), LONDON)
    data = DrillInput(
        title=title, drill_type=drill_type, planned_start=start, planned_duration=timedelta(hours=2)
    )
    return office.ws.drills.create(office.admin, data).id


def test_counsellor_sees_every_kind_on_its_day(office: Office) -> None:
    start, end = _window(office)
    drill_id = _plan(office, DrillType.TABLETOP, 3, "Quarterly tabletop")
    entries = office.ws.calendar_feed.entries_between(office.counsellor, start, end, zone=LONDON)
    kinds = _by_kind(entries)
    assert set(kinds) >= {
        CalendarKind.DRILL,
        CalendarKind.SHIFT,
        CalendarKind.FOLLOW_UP,
        CalendarKind.CASE_ACTION,
    }
    (drill,) = kinds[CalendarKind.DRILL]
    assert (drill.ref_id, drill.title) == (drill_id, "Quarterly tabletop")
    assert drill.local_day(LONDON) == office.today + timedelta(days=3)
    (action,) = kinds[CalendarKind.CASE_ACTION]
    assert action.all_day
    assert action.local_day(LONDON) == office.today + timedelta(days=10)
    assert action.code == office.incident_code
    assert action.title == SECRETS["action"]
    follow_ups = kinds[CalendarKind.FOLLOW_UP]
    assert follow_ups
    assert {f.code for f in follow_ups} == {office.pseudonym}
    assert all(f.title is None for f in follow_ups)
    shifts = kinds[CalendarKind.SHIFT]
    assert {s.member_name for s in shifts} == {"Alice Lead", "Bob Lead"}
    # the feed is in time order, and shifts tile the period apart from the override's six hours
    assert [e.start for e in entries] == sorted(e.start for e in entries)
    assert all(s.end > start and s.start < end for s in shifts)  # type: ignore[operator]
    assert len({e.key for e in entries}) == len(entries)


def test_filters_by_kind(office: Office) -> None:
    start, end = _window(office)
    entries = office.ws.calendar_feed.entries_between(
        office.counsellor, start, end, [CalendarKind.CASE_ACTION]
    )
    assert {e.kind for e in entries} == {CalendarKind.CASE_ACTION}
    with pytest.raises(InvalidInput):
        office.ws.calendar_feed.entries_between(office.counsellor, start, end, ["birthday"])


def test_surprise_drill_is_hidden_from_counsellors_until_it_starts(office: Office) -> None:
    start, end = _window(office)
    surprise = _plan(office, DrillType.SURPRISE, 5, "Unannounced call-out")
    admin_ids = {
        e.ref_id for e in office.ws.calendar_feed.entries_between(office.admin, start, end, ["drill"])
    }
    counsellor_ids = {
        e.ref_id for e in office.ws.calendar_feed.entries_between(office.counsellor, start, end, ["drill"])
    }
    assert surprise in admin_ids
    assert surprise not in counsellor_ids


def test_hr_manager_gets_no_follow_ups_and_no_titles(office: Office) -> None:
    start, end = _window(office)
    _plan(office, DrillType.TABLETOP, 3, "Quarterly tabletop")
    feed = office.ws.calendar_feed
    assert CalendarKind.FOLLOW_UP not in feed.visible_kinds(office.hr)
    entries = feed.entries_between(office.hr, start, end)
    assert CalendarKind.FOLLOW_UP not in {e.kind for e in entries}
    text = repr([(e.code, e.title, e.member_name, e.status) for e in entries])
    for secret in SECRETS.values():
        assert secret not in text
    assert all(e.title is None for e in entries if e.kind is CalendarKind.CASE_ACTION)


def test_refuses_a_bad_period(office: Office) -> None:
    start, end = _window(office)
    feed = office.ws.calendar_feed
    with pytest.raises(InvalidInput):
        feed.entries_between(office.admin, end, start)
    with pytest.raises(InvalidInput):
        feed.entries_between(office.admin, start, start + timedelta(days=500))
    with pytest.raises(InvalidInput):
        feed.entries_between(office.admin, start.replace(tzinfo=None), end)
