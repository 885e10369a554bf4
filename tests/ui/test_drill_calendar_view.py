"""The drill calendar: the right entries on the right days, filters, periods and opening entries."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from pytestqt.qtbot import QtBot

from app.domain.drills import DrillInput, DrillType
from app.services.calendar_feed import CalendarKind
from app.ui.calendar_grid import EntriesRole
from app.ui.drill_calendar_view import DrillCalendarView, entry_text
from tests.services.test_calendar_export import LONDON, SECRETS, Office, office

__all__ = ["office"]  # the fixture, shared with the .ics export tests


def _view(qtbot: QtBot, office: Office, which: str = "counsellor") -> DrillCalendarView:
    view = DrillCalendarView(office.ws, getattr(office, which))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    return view


def _plan(office: Office, day: date, title: str, drill_type: DrillType = DrillType.TABLETOP) -> int:
    start = datetime.combine(day, time(10), LONDON)
    data = DrillInput(
        title=title, drill_type=drill_type, planned_start=start, planned_duration=timedelta(hours=2)
    )
    return office.ws.drills.create(office.admin, data).id


def test_month_view_shows_each_item_on_its_day(qtbot: QtBot, office: Office) -> None:
    drill_day = office.today + timedelta(days=3)
    _plan(office, drill_day, "Quarterly tabletop")
    view = _view(qtbot, office)
    action_day = office.today + timedelta(days=10)
    view.show_month(drill_day.year, drill_day.month)
    drills = [e for e in view.entries_on(drill_day) if e.kind is CalendarKind.DRILL]
    assert [e.title for e in drills] == ["Quarterly tabletop"]
    assert not [e for e in view.entries_on(drill_day + timedelta(days=1)) if e.kind is CalendarKind.DRILL]
    view.show_month(action_day.year, action_day.month)
    actions = [e for e in view.entries_on(action_day) if e.kind is CalendarKind.CASE_ACTION]
    assert [a.code for a in actions] == [office.incident_code]
    # what the grid cell holds is what the view says is on that day
    index = view.model.index_of(action_day)
    assert list(index.data(EntriesRole)) == view.entries_on(action_day)
    # the crisis lead is on call every day of the month shown
    assert all(
        any(e.kind is CalendarKind.SHIFT for e in view.entries_on(action_day.replace(day=d)))
        for d in range(1, 28)
        if action_day.replace(day=d) >= office.today
    )


def test_filters_hide_a_kind_and_the_role_filter_limits_shifts(qtbot: QtBot, office: Office) -> None:
    view = _view(qtbot, office)
    view.show_week(office.today)
    assert any(e.kind is CalendarKind.SHIFT for e in view.visible_entries())
    view.filters[CalendarKind.SHIFT].setChecked(False)
    assert not any(e.kind is CalendarKind.SHIFT for e in view.visible_entries())
    view.filters[CalendarKind.SHIFT].setChecked(True)
    view.ui.roleCombo.setCurrentIndex(view.ui.roleCombo.findData("hr"))
    view.ui.roleCombo.activated.emit(view.ui.roleCombo.currentIndex())
    assert not any(e.kind is CalendarKind.SHIFT for e in view.visible_entries())  # no HR rota


def test_periods_move_by_month_and_week(qtbot: QtBot, office: Office) -> None:
    view = _view(qtbot, office)
    view.show_month(2026, 12)
    assert view.model.rowCount() == 6
    assert view.model.day_at(0, 0) == date(2026, 11, 30)  # the Monday before the 1st
    view.step(1)
    assert (view.anchor.year, view.anchor.month) == (2027, 1)
    view.step(-2)
    assert (view.anchor.year, view.anchor.month) == (2026, 11)
    view.show_week(date(2026, 12, 3))
    assert view.model.rowCount() == 1
    assert view.model.day_at(0, 0) == date(2026, 11, 30)
    view.step(1)
    assert view.model.day_at(0, 0) == date(2026, 12, 7)


def test_today_is_selected_and_the_day_list_shows_its_entries(qtbot: QtBot, office: Office) -> None:
    _plan(office, office.today, "Call-tree check")
    view = _view(qtbot, office)
    view.today()
    assert view.selected_day() == office.today
    texts = [view.ui.dayList.item(i).text() for i in range(view.ui.dayList.count())]
    assert any("Call-tree check" in t for t in texts)
    assert view.model.today == office.today


def test_surprise_drill_stays_off_a_counsellors_calendar(qtbot: QtBot, office: Office) -> None:
    day = office.today + timedelta(days=2)
    _plan(office, day, "Unannounced call-out", DrillType.SURPRISE)
    counsellor = _view(qtbot, office)
    counsellor.show_month(day.year, day.month)
    assert not [e for e in counsellor.entries_on(day) if e.kind is CalendarKind.DRILL]
    admin = _view(qtbot, office, "admin")
    admin.show_month(day.year, day.month)
    assert [e.title for e in admin.entries_on(day) if e.kind is CalendarKind.DRILL] == [
        "Unannounced call-out"
    ]


def test_hr_manager_calendar_has_no_follow_ups_and_no_confidential_text(qtbot: QtBot, office: Office) -> None:
    view = _view(qtbot, office, "hr")
    assert CalendarKind.FOLLOW_UP not in view.filters
    view.show_month(office.today.year, office.today.month)
    texts = " ".join(entry_text(e) for e in view.visible_entries())
    for secret in SECRETS.values():
        assert secret not in texts
    assert not view.ui.newDrillButton.isVisibleTo(view)


def test_opening_a_follow_up_asks_for_its_incident(qtbot: QtBot, office: Office) -> None:
    view = _view(qtbot, office)
    follow_ups = []
    for _month in range(4):  # the schedule's first tasks fall within a few months of today
        follow_ups += [e for e in view.visible_entries() if e.kind is CalendarKind.FOLLOW_UP]
        view.step(1)
    assert follow_ups
    with qtbot.waitSignal(view.incidentRequested) as signal:
        view.open_entry(follow_ups[0])
    assert signal.args == [follow_ups[0].ref_id]


def test_coverage_gap_panel_jumps_to_the_gap(qtbot: QtBot, office: Office) -> None:
    view = _view(qtbot, office)
    assert view.gaps is not None
    later = datetime.combine(office.today + timedelta(days=45), time(12), LONDON)
    view.gaps.gapActivated.emit(later)
    assert view.selected_day() == later.astimezone().date()
    assert (view.anchor.year, view.anchor.month) == (later.astimezone().year, later.astimezone().month)
