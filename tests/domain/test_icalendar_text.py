"""The RFC 5545 writer (app.domain.icalendar_text), checked by parsing its output with the
``icalendar`` library: UIDs, time zones (our VTIMEZONE against zoneinfo), all-day events, RRULE,
escaping and folding of long Chinese text, CRLF line ends."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.icalendar_text import (
    PRODID,
    CalendarEvent,
    CalendarEventInvalid,
    calendar_bytes,
    calendar_text,
    escape_text,
    event_uid,
    fold_line,
    vtimezone_lines,
)
from app.domain.recurrence import NthWeekday, RecurrenceRule, Weekday, occurrences, series_start, to_rrule

LONDON = ZoneInfo("Europe/London")
STAMP = datetime(2026, 12, 2, 6, 30, 15, 123456, tzinfo=UTC)
DB = "6f1c0e5a-3b2d"


def parse(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def events_of(text: str) -> list[icalendar.Event]:
    return list(parse(text).walk("VEVENT"))


def physical_lines(text: str) -> list[str]:
    assert text.endswith("\r\n")
    return text[:-2].split("\r\n")


def unfold(text: str) -> list[str]:
    return text[:-2].replace("\r\n ", "").split("\r\n")


def timed(uid: str = "drill-1@x.eapdesk", **kw: object) -> CalendarEvent:
    values: dict[str, object] = {
        "uid": uid,
        "summary": "Tabletop drill",
        "start": datetime(2027, 7, 13, 10, 0, tzinfo=LONDON),
        "end": datetime(2027, 7, 13, 12, 0, tzinfo=LONDON),
        "zone": "Europe/London",
    }
    values.update(kw)
    return CalendarEvent(**values)  # type: ignore[arg-type]


# --- UIDs ----------------------------------------------------------------------------------------


def test_uid_is_stable_and_names_kind_id_and_database():
    assert event_uid("drill", 42, DB) == f"drill-42@{DB}.eapdesk"
    assert event_uid("oncall-shift", "12-20261201", DB) == f"oncall-shift-12-20261201@{DB}.eapdesk"
    assert event_uid("drill", 42, DB) == event_uid("drill", 42, DB)
    assert event_uid("drill", 42, DB) != event_uid("drill", 42, "other-db")
    assert event_uid("drill", 42, DB) != event_uid("follow-up", 42, DB)


@pytest.mark.parametrize(
    ("kind", "record_id", "identity"),
    [
        ("Drill", 1, DB),
        ("drill kind", 1, DB),
        ("", 1, DB),
        ("drill", -1, DB),
        ("drill", True, DB),
        ("drill", "a b", DB),
        ("drill", "x@y", DB),
        ("drill", 1.5, DB),
        ("drill", 1, "/home/me/desk.db"),
        ("drill", 1, ""),
        ("drill", 1, "-leading"),
    ],
)
def test_uid_parts_are_checked(kind, record_id, identity):
    with pytest.raises(CalendarEventInvalid):
        event_uid(kind, record_id, identity)


def test_uids_survive_parsing_and_a_re_export_changes_only_dtstamp():
    items = [
        timed(event_uid("drill", 42, DB)),
        CalendarEvent(uid=event_uid("follow-up", 7, DB), summary="P-0042 follow-up", start=date(2027, 1, 5)),
    ]
    first = calendar_text(items, stamp=STAMP)
    again = calendar_text(items, stamp=STAMP + timedelta(days=3))
    assert [str(e["UID"]) for e in events_of(first)] == [
        f"drill-42@{DB}.eapdesk",
        f"follow-up-7@{DB}.eapdesk",
    ]
    assert first != again
    assert re.sub(r"DTSTAMP:\S+", "", first) == re.sub(r"DTSTAMP:\S+", "", again)


def test_duplicate_uids_are_refused():
    with pytest.raises(CalendarEventInvalid, match="share a UID"):
        calendar_text([timed("a@b"), timed("a@b")], stamp=STAMP)


# --- the calendar envelope --------------------------------------------------------------------------


def test_calendar_header_and_dtstamp():
    text = calendar_text([timed()], stamp=STAMP.astimezone(LONDON), name="EAP drills")
    cal = parse(text)
    assert str(cal["PRODID"]) == PRODID
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["CALSCALE"]) == "GREGORIAN"
    assert str(cal["METHOD"]) == "PUBLISH"
    assert str(cal["X-WR-CALNAME"]) == "EAP drills"
    assert "DTSTAMP:20261202T063015Z\r\n" in text
    assert events_of(text)[0].decoded("DTSTAMP") == STAMP.replace(microsecond=0)
    assert physical_lines(text)[0] == "BEGIN:VCALENDAR"
    assert physical_lines(text)[-1] == "END:VCALENDAR"


def test_every_line_ends_with_crlf_and_bytes_are_utf8():
    event = timed(summary="演練\n第二行", description="a\rb\r\nc")
    text = calendar_text([event], stamp=STAMP)
    assert "\n" not in text.replace("\r\n", "")
    assert "\r" not in text.replace("\r\n", "")
    assert calendar_bytes([event], stamp=STAMP) == text.encode("utf-8")


def test_empty_calendar_is_valid():
    text = calendar_text([], stamp=STAMP)
    assert events_of(text) == []
    assert "VTIMEZONE" not in text


def test_stamp_must_be_aware():
    with pytest.raises(CalendarEventInvalid, match="aware"):
        calendar_text([], stamp=datetime(2026, 12, 2, 6, 0))
    with pytest.raises(CalendarEventInvalid, match="CalendarEvent"):
        calendar_text(["BEGIN:VEVENT"], stamp=STAMP)  # type: ignore[list-item]


# --- time zones ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("local", "expected_utc"),
    [
        (datetime(2027, 7, 13, 10, 0), datetime(2027, 7, 13, 9, 0, tzinfo=UTC)),  # BST
        (datetime(2027, 1, 12, 10, 0), datetime(2027, 1, 12, 10, 0, tzinfo=UTC)),  # GMT
    ],
)
def test_london_summer_and_winter_convert_to_the_right_instant(local, expected_utc):
    start = local.replace(tzinfo=LONDON)
    text = calendar_text([timed(start=start, end=start + timedelta(hours=1))], stamp=STAMP)
    assert f"DTSTART;TZID=Europe/London:{local:%Y%m%dT%H%M%S}\r\n" in text
    event = events_of(text)[0]
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event.decoded("DTSTART").astimezone(UTC) == expected_utc
    # and with the VTIMEZONE we wrote, not the parser's own zone database
    tz = parse(text).walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    assert local.replace(tzinfo=tz).utcoffset() == local - expected_utc.replace(tzinfo=None)
    assert local.replace(tzinfo=tz).astimezone(UTC) == expected_utc
    # a client without the IANA database has only our VTIMEZONE: rename the zone to find out
    # (the library caches zones by name, so each case needs a name of its own)
    name = f"EAP-Test/Nowhere-{local:%m}"
    renamed = events_of(text.replace("Europe/London", name))[0]
    assert renamed["DTSTART"].params["TZID"] == name
    assert renamed.decoded("DTSTART").astimezone(UTC) == expected_utc


def test_an_instant_given_in_another_zone_is_written_in_the_events_zone():
    start = datetime(2027, 7, 13, 17, 0, tzinfo=ZoneInfo("Asia/Taipei"))  # 09:00 UTC, 10:00 BST
    text = calendar_text([timed(start=start, end=start + timedelta(hours=1))], stamp=STAMP)
    assert "DTSTART;TZID=Europe/London:20270713T100000\r\n" in text


def test_utc_events_have_no_timezone_component():
    start = datetime(2027, 3, 1, 8, 15, tzinfo=UTC)
    text = calendar_text([timed(zone=None, start=start.astimezone(LONDON), end=None)], stamp=STAMP)
    assert "DTSTART:20270301T081500Z\r\n" in text
    assert "DTEND" not in text
    assert "VTIMEZONE" not in text
    assert events_of(text)[0].decoded("DTSTART") == start


def test_the_second_of_a_repeated_hour_is_written_in_utc():
    first = datetime(2026, 10, 25, 1, 30, tzinfo=LONDON)  # 00:30 UTC (BST)
    second = datetime(2026, 10, 25, 1, 30, fold=1, tzinfo=LONDON)  # 01:30 UTC (GMT)
    text = calendar_text([timed(start=first, end=second)], stamp=STAMP)
    assert "DTSTART;TZID=Europe/London:20261025T013000\r\n" in text
    assert "DTEND:20261025T013000Z\r\n" in text
    event = events_of(text)[0]
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert event.decoded("DTEND").astimezone(UTC) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_london_vtimezone_lists_the_transitions_in_the_span():
    lines = vtimezone_lines(
        "Europe/London", datetime(2027, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC)
    )
    text = "\n".join(lines)
    assert lines[:2] == ["BEGIN:VTIMEZONE", "TZID:Europe/London"]
    assert (
        "BEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0000\nTZNAME:GMT\nEND:STANDARD"
        in text
    )
    assert (
        "BEGIN:DAYLIGHT\nDTSTART:20270328T010000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100\nTZNAME:BST\nEND:DAYLIGHT"
        in text
    )
    assert (
        "BEGIN:STANDARD\nDTSTART:20271031T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000\nTZNAME:GMT\nEND:STANDARD"
        in text
    )
    assert text.count("BEGIN:") == 4  # VTIMEZONE, the initial observance and two transitions


def test_a_zone_without_dst_has_one_observance():
    lines = vtimezone_lines("Asia/Taipei", datetime(2027, 1, 1, tzinfo=UTC), datetime(2029, 1, 1, tzinfo=UTC))
    assert lines.count("BEGIN:STANDARD") == 1
    assert "BEGIN:DAYLIGHT" not in lines
    assert "TZOFFSETTO:+0800" in lines


def test_southern_hemisphere_starts_in_daylight_time():
    lines = vtimezone_lines(
        "Australia/Sydney", datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 12, 31, tzinfo=UTC)
    )
    assert lines[2:7] == [
        "BEGIN:DAYLIGHT",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+1100",
        "TZOFFSETTO:+1100",
        "TZNAME:AEDT",
    ]
    assert "DTSTART:20270404T030000" in lines  # 03:00 AEDT → 02:00 AEST
    assert "DTSTART:20271003T020000" in lines  # 02:00 AEST → 03:00 AEDT


def test_offsets_with_half_hours_and_negative_signs():
    lines = vtimezone_lines(
        "America/St_Johns", datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC)
    )
    assert "TZOFFSETTO:-0330" in lines
    assert "TZOFFSETTO:+0545" in vtimezone_lines(
        "Asia/Kathmandu", datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC)
    )


@pytest.mark.parametrize(
    "zone", ["Europe/London", "America/New_York", "Australia/Sydney", "America/Santiago"]
)
def test_our_vtimezone_agrees_with_zoneinfo_across_the_span(zone):
    tz = ZoneInfo(zone)
    start, end = datetime(2026, 11, 1, tzinfo=UTC), datetime(2028, 3, 1, tzinfo=UTC)
    event = timed(start=start.astimezone(tz), end=end.astimezone(tz), zone=zone)
    built = parse(calendar_text([event], stamp=STAMP)).walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    instant = start + timedelta(days=1)
    while instant < end - timedelta(days=1):
        local = instant.astimezone(tz).replace(tzinfo=None)
        if local.replace(tzinfo=tz, fold=1).utcoffset() == local.replace(tzinfo=tz).utcoffset():
            # unambiguous local time: our VTIMEZONE must read it as the same instant
            assert local.replace(tzinfo=built).astimezone(UTC) == instant, local
        instant += timedelta(hours=7)


def test_invalid_zone_span_is_refused():
    with pytest.raises(CalendarEventInvalid):
        vtimezone_lines("Nowhere/City", datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC))
    with pytest.raises(CalendarEventInvalid):
        vtimezone_lines("Europe/London", datetime(2027, 1, 1), datetime(2027, 2, 1, tzinfo=UTC))
    with pytest.raises(CalendarEventInvalid):
        calendar_text([timed()], stamp=STAMP, zone_span=(datetime(2027, 1, 1), datetime(2027, 2, 1)))


def test_zone_span_widens_the_vtimezone():
    narrow = calendar_text([timed()], stamp=STAMP)  # July 2027 only: no transition inside
    assert "20271031T020000" not in narrow
    wide = calendar_text(
        [timed()],
        stamp=STAMP,
        zone_span=(datetime(2027, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC)),
    )
    assert "DTSTART:20270328T010000" in wide
    assert "DTSTART:20271031T020000" in wide


# --- all-day events --------------------------------------------------------------------------------


def test_all_day_due_dates():
    event = CalendarEvent(uid="action-3@x.eapdesk", summary="Corrective action due", start=date(2027, 2, 28))
    text = calendar_text([event], stamp=STAMP)
    assert "DTSTART;VALUE=DATE:20270228\r\n" in text
    assert "DTEND;VALUE=DATE:20270301\r\n" in text
    assert "TRANSP:TRANSPARENT\r\n" in text
    parsed = events_of(text)[0]
    assert parsed.decoded("DTSTART") == date(2027, 2, 28)
    assert parsed.decoded("DTEND") == date(2027, 3, 1)
    assert "VTIMEZONE" not in text
    multi = CalendarEvent(uid="a@b", summary="x", start=date(2027, 2, 1), end=date(2027, 2, 4))
    assert "DTEND;VALUE=DATE:20270204\r\n" in calendar_text([multi], stamp=STAMP)
    assert event.all_day


# --- recurrence ------------------------------------------------------------------------------------


def test_recurring_drill_round_trips_through_a_client_expansion():
    rule = RecurrenceRule(
        frequency="quarterly",
        local_time=time(10, 0),
        zone="Europe/London",
        nth_weekday=NthWeekday(2, Weekday.TUESDAY),
        count=8,
    )
    dtstart = series_start(rule, date(2026, 12, 2))
    assert dtstart is not None
    event = CalendarEvent(
        uid=event_uid("drill-series", 5, DB),
        summary="Quarterly tabletop",
        start=dtstart,
        end=dtstart + timedelta(hours=2),
        zone=rule.zone,
        rrule=to_rrule(rule),
        categories=("drill", "tabletop"),
    )
    text = calendar_text([event], stamp=STAMP)
    assert "RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU;COUNT=8\r\n" in text
    parsed = events_of(text)[0]
    start = parsed.decoded("DTSTART")
    expanded = rrulestr(parsed["RRULE"].to_ical().decode(), dtstart=start)
    ours = occurrences(
        rule, date(2026, 12, 2), datetime(2026, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC)
    )
    assert [o.astimezone(UTC) for o in expanded] == [o.astimezone(UTC) for o in ours]
    # the VTIMEZONE covers the series' first year, so both summer and winter are described
    assert "TZOFFSETTO:+0100" in text
    assert "TZOFFSETTO:+0000" in text


def test_recurring_event_in_a_gap_keeps_its_nominal_local_time():
    rule = RecurrenceRule(frequency="weekly", local_time=time(2, 30), zone="Europe/Berlin", count=3)
    dtstart = series_start(rule, date(2027, 3, 28))
    assert dtstart is not None
    event = CalendarEvent(
        uid="s@x", summary="Night drill", start=dtstart, zone=rule.zone, rrule=to_rrule(rule)
    )
    text = calendar_text([event], stamp=STAMP)
    assert "DTSTART;TZID=Europe/Berlin:20270328T023000\r\n" in text
    parsed = events_of(text)[0].decoded("DTSTART")
    assert parsed.astimezone(UTC) == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)


def test_a_recurring_event_needs_a_zone_and_a_well_formed_rule():
    with pytest.raises(CalendarEventInvalid, match="time zone"):
        timed(zone=None, rrule="FREQ=WEEKLY")
    with pytest.raises(CalendarEventInvalid, match="RRULE"):
        timed(rrule="FREQ=WEEKLY\r\nATTACH:x")
    with pytest.raises(CalendarEventInvalid, match="RRULE"):
        timed(rrule="BYDAY=MO")
    all_day_series = CalendarEvent(
        uid="a@b", summary="x", start=date(2027, 1, 4), rrule="FREQ=WEEKLY;COUNT=2"
    )
    assert "RRULE:FREQ=WEEKLY;COUNT=2\r\n" in calendar_text([all_day_series], stamp=STAMP)


# --- text ------------------------------------------------------------------------------------------

LONG_CHINESE = (
    "演練發現：法務部的緊急聯絡電話已過期，危機處理負責人在十五分鐘內未能聯絡到法務；"
    "建議每季度核對一次聯絡名單，並在值班表中加入備用聯絡人。"
) * 3


def test_escaping_round_trips_special_characters_and_long_chinese_text():
    summary = r"Drill; part 1, room A\B"
    description = f"第一行\n{LONG_CHINESE}\r\nlast line, with; all\\kinds"
    event = timed(summary=summary, description=description, categories=("drill", "全面演練", "a,b"))
    text = calendar_text([event], stamp=STAMP)
    assert r"SUMMARY:Drill\; part 1\, room A\\B" + "\r\n" in text
    parsed = events_of(text)[0]
    assert str(parsed["SUMMARY"]) == summary
    assert str(parsed["DESCRIPTION"]) == description.replace("\r\n", "\n")
    assert [str(c) for c in parsed["CATEGORIES"].cats] == ["drill", "全面演練", "a,b"]
    for line in physical_lines(text):
        assert len(line.encode("utf-8")) <= 75
    assert len(physical_lines(text)) > len(unfold(text))  # the Chinese text was folded


def test_escape_text_rules():
    assert escape_text("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng"
    assert escape_text("tab\there\x00\x07\x1b[31m") == "tab\there[31m"
    assert escape_text("e\u0301") == "\u00e9"  # NFC
    assert escape_text(":colon") == ":colon"


def test_cancelled_and_status():
    text = calendar_text([timed(cancelled=True)], stamp=STAMP)
    assert str(events_of(text)[0]["STATUS"]) == "CANCELLED"
    assert "STATUS" not in calendar_text([timed()], stamp=STAMP)


def test_empty_description_and_blank_categories_are_left_out():
    text = calendar_text([timed(description="", categories=(" ",))], stamp=STAMP)
    assert "DESCRIPTION" not in text
    assert "CATEGORIES" not in text


def test_repr_hides_the_texts():
    event = timed(summary="P-0042 follow-up", description="anything")
    assert "P-0042" not in repr(event)
    assert "anything" not in repr(event)
    assert "drill-1@x.eapdesk" in repr(event)


@pytest.mark.parametrize(
    "overrides",
    [
        {"uid": ""},
        {"uid": "a\nb"},
        {"summary": None},
        {"description": 3},
        {"categories": "drill"},
        {"zone": "Mars/Base"},
        {"start": datetime(2027, 7, 13, 10, 0)},
        {"end": datetime(2027, 7, 13, 12, 0)},
        {"end": datetime(2027, 7, 13, 9, 0, tzinfo=LONDON)},
        {"end": date(2027, 7, 14)},
        {"start": "2027-07-13"},
        {"start": date(2027, 7, 13), "end": datetime(2027, 7, 14, tzinfo=UTC)},
        {"start": date(2027, 7, 13), "end": date(2027, 7, 13)},
    ],
)
def test_invalid_events(overrides):
    with pytest.raises(CalendarEventInvalid):
        timed(**overrides)


# --- folding ---------------------------------------------------------------------------------------


def test_fold_line_at_exactly_75_octets():
    assert fold_line("x" * 75) == "x" * 75
    assert fold_line("x" * 76) == "x" * 75 + "\r\n x"
    assert fold_line("x" * 75 + "y" * 74 + "z") == "x" * 75 + "\r\n " + "y" * 74 + "\r\n z"
    # 25 three-octet characters fill 75 octets; the 26th goes on the next line whole
    folded = fold_line("長" * 26)
    assert folded == "長" * 25 + "\r\n 長"
    # a four-octet emoji that would straddle the limit moves whole to the next line
    folded = fold_line("x" * 73 + "😀")
    assert folded == "x" * 73 + "\r\n 😀"
    assert fold_line("") == ""


TEXT_ALPHABET = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n")


@settings(max_examples=300)
@given(st.text(TEXT_ALPHABET, max_size=400))
def test_folding_never_exceeds_75_octets_and_unfolds_to_the_original(line):
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert all(part.encode("utf-8").decode("utf-8") == part for part in parts)  # whole characters only
    assert folded.replace("\r\n ", "") == line


@settings(max_examples=150, deadline=None)
@given(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n;,\\長😀"), max_size=300)
)
def test_any_summary_round_trips_through_the_icalendar_library(summary):
    text = calendar_text([timed(summary=summary, description=summary)], stamp=STAMP)
    assert all(len(line.encode("utf-8")) <= 75 for line in physical_lines(text))
    parsed = events_of(text)[0]
    expected = unicodedata.normalize("NFC", summary)
    assert str(parsed["SUMMARY"]) == expected
    assert str(parsed.get("DESCRIPTION", "")) == expected
