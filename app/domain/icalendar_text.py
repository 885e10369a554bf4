"""An RFC 5545 (iCalendar) writer for the calendar export: drills, on-call shifts and due dates.

The export is imported into Outlook, Thunderbird and Google Calendar, and re-imported every time
someone exports again, so the rules below are about what those clients need:

* **Stable UIDs** (``event_uid``): ``<kind>-<id>@<database identity>.eapdesk``. The same record from
  the same database always gets the same UID, so a re-export *updates* the events already
  imported instead of duplicating them; two databases (a test copy, another organisation) never
  clash. The database identity is the one the storage layer keeps for the file, not its path.
* **Time zones.** A timed event is written either in UTC (``...Z``) or, when it has a ``zone``,
  as local time with ``TZID`` plus a ``VTIMEZONE`` built from the zone's actual transitions
  (``zoneinfo``) over the span of the export, so even a client without the IANA database shows
  the right instant. A start already in its ``zone`` is written as its wall-clock reading
  (``recurrence.series_start`` relies on that). A recurring event must have a zone: an RRULE in UTC would move the drill by
  the daylight-saving hour twice a year. A local time that occurs twice (the autumn fall-back
  hour) means its *first* occurrence under RFC 5545, so an instant in the second one is written
  in UTC instead.
* **All-day events** (``start`` a ``date``) are written with ``VALUE=DATE`` and an exclusive end (the
  next day by default), as RFC 5545 defines; they are ``TRANSP:TRANSPARENT`` because a due date
  does not make anyone busy all day.
* **Text** is escaped (backslash, semicolon, comma, line breaks → ``\\n``); other control
  characters, which RFC 5545 does not allow in text and some clients reject, are dropped. Lines
  are folded at 75 octets without splitting a UTF-8 sequence (Chinese text is three octets a
  character) and end with CRLF. ``calendar_bytes`` is what to write to the file, in binary mode so
  no platform turns CRLF into something else.

**No confidential text may be passed in.** This module writes whatever it is given; the service
building the events decides what an event says. A follow-up due date shows the person's pseudonym
and "follow-up", never a name, contact detail or note, because an exported calendar is synced to
phones and cloud services far outside the database's protection.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "PRODID",
    "CalendarEvent",
    "CalendarEventInvalid",
    "calendar_bytes",
    "calendar_text",
    "escape_text",
    "event_uid",
    "fold_line",
    "vtimezone_lines",
]

PRODID = "-//EAP Crisis Desk//eapdesk//EN"
UID_DOMAIN = "eapdesk"
FOLD_OCTETS = 75
CRLF = "\r\n"
# How far past a recurring event's first instant its zone's transitions are written by default.
RECURRING_ZONE_SPAN = timedelta(days=366)
# The first observance of every VTIMEZONE: "from here on, the offset at the start of the span".
_OBSERVANCE_FLOOR = "19700101T000000"

_KIND = re.compile(r"[a-z][a-z0-9_]*(-[a-z0-9_]+)*")
_TOKEN = re.compile(r"[A-Za-z0-9_-]+")
_IDENTITY = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?")
# Cc characters other than tab and line feed (line breaks are escaped, not dropped).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_RRULE = re.compile(r"FREQ=[A-Z]+(;[A-Z]+=[A-Za-z0-9,+\-]+)*")


class CalendarEventInvalid(ValueError):
    """An event cannot be written as given; the message says which part (never its text)."""


def event_uid(kind: str, record_id: int | str, db_identity: str) -> str:
    """The stable UID of one record's event, e.g. ``drill-42@6f1c0e5a.eapdesk``.

    ``kind`` names the record type (``drill``, ``oncall-shift``, ``follow-up``); ``record_id`` its
    id (a number, or a token such as ``12-20261201`` for a generated shift); ``db_identity`` the
    database's identity. Each part is restricted to letters, digits, ``-`` and ``_`` so that the
    UID is the same text in every client and never needs escaping.
    """
    if not isinstance(kind, str) or not _KIND.fullmatch(kind):
        raise CalendarEventInvalid("The event kind must be lower-case letters, digits, '-' or '_'.")
    if isinstance(record_id, bool) or not isinstance(record_id, int | str):
        raise CalendarEventInvalid("The record id must be a number or a short token.")
    if isinstance(record_id, int):
        if record_id < 0:
            raise CalendarEventInvalid("The record id cannot be negative.")
    elif not _TOKEN.fullmatch(record_id):
        raise CalendarEventInvalid("The record id must be letters, digits, '-' or '_'.")
    if not isinstance(db_identity, str) or not _IDENTITY.fullmatch(db_identity):
        raise CalendarEventInvalid("The database identity must be letters, digits and '-'.")
    return f"{kind}-{record_id}@{db_identity}.{UID_DOMAIN}"


@dataclass(frozen=True, slots=True, kw_only=True)
class CalendarEvent:
    """One VEVENT, as plain data; the service decides every text in it.

    Never pass confidential text: names, contact details, clinical notes, screening results or
    anything from an identity record. A follow-up event says its pseudonym and "follow-up".

    ``start`` is an aware ``datetime`` for a timed event or a ``date`` for an all-day one; ``end``
    must be of the same kind (for all-day events it is the exclusive day after the last, default
    the next day; a timed event without an end lasts no time). ``zone`` is the IANA zone to write
    a timed event in (None: UTC); required with ``rrule`` (the RRULE value, as from
    ``app.domain.recurrence.to_rrule``). ``cancelled`` writes ``STATUS:CANCELLED`` so a re-export
    removes a cancelled drill from the calendars that imported it.
    """

    uid: str
    summary: str
    start: datetime | date
    end: datetime | date | None = None
    zone: str | None = None
    description: str = ""
    categories: tuple[str, ...] = ()
    rrule: str | None = None
    cancelled: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.uid, str) or not self.uid.strip() or _has_break(self.uid):
            raise CalendarEventInvalid("An event needs a one-line UID (see event_uid).")
        if not isinstance(self.summary, str):
            raise CalendarEventInvalid(f"The summary of event {self.uid} must be text.")
        if not isinstance(self.description, str):
            raise CalendarEventInvalid(f"The description of event {self.uid} must be text.")
        if isinstance(self.categories, str) or not all(isinstance(c, str) for c in self.categories):
            raise CalendarEventInvalid(f"The categories of event {self.uid} must be a list of texts.")
        object.__setattr__(self, "categories", tuple(self.categories))
        if self.zone is not None and not _zone_ok(self.zone):
            raise CalendarEventInvalid(f"Event {self.uid} names an unknown time zone.")
        if self.rrule is not None and (not isinstance(self.rrule, str) or not _RRULE.fullmatch(self.rrule)):
            raise CalendarEventInvalid(f"Event {self.uid} has a malformed RRULE.")
        if _is_timed(self.start):
            self._check_timed()
        elif isinstance(self.start, date):
            self._check_all_day()
        else:
            raise CalendarEventInvalid(f"The start of event {self.uid} must be a date or a date and time.")

    def _check_timed(self) -> None:
        start = self.start
        assert isinstance(start, datetime)
        if start.tzinfo is None or start.utcoffset() is None:
            raise CalendarEventInvalid(f"The start of event {self.uid} has no time zone.")
        end = self.end
        if end is not None:
            if not _is_timed(end):
                raise CalendarEventInvalid(f"Event {self.uid} starts at a time, so it must end at a time.")
            assert isinstance(end, datetime)
            if end.tzinfo is None or end.utcoffset() is None:
                raise CalendarEventInvalid(f"The end of event {self.uid} has no time zone.")
            if end < start:
                raise CalendarEventInvalid(f"Event {self.uid} ends before it starts.")
        if self.rrule is not None and self.zone is None:
            raise CalendarEventInvalid(
                f"Recurring event {self.uid} needs its time zone, or its local time would move with "
                "daylight saving."
            )

    def _check_all_day(self) -> None:
        end = self.end
        if end is None:
            return
        if _is_timed(end) or not isinstance(end, date):
            raise CalendarEventInvalid(f"All-day event {self.uid} must end on a date.")
        if end <= self.start:
            raise CalendarEventInvalid(f"All-day event {self.uid} must end (exclusively) after its start.")

    @property
    def all_day(self) -> bool:
        return not _is_timed(self.start)

    def __repr__(self) -> str:  # the texts stay out of logs and tracebacks
        return f"CalendarEvent(uid={self.uid!r}, start={self.start!r})"


def _is_timed(value: object) -> bool:
    return isinstance(value, datetime)


def _has_break(text: str) -> bool:
    return any(ch in text for ch in "\r\n")


def _zone_ok(name: object) -> bool:
    if not isinstance(name, str) or not name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


# --- text ------------------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    r"""``value`` as an RFC 5545 TEXT value: ``\`` ``;`` ``,`` escaped, line breaks as ``\n``.

    Control characters other than tab are dropped (RFC 5545 does not allow them in TEXT); the text
    is NFC-normalised so that the same words compare equal in every client.
    """
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """One content line folded into physical lines of at most 75 octets, joined by CRLF + space.

    The space that starts a continuation line counts towards its 75 octets. A character is never
    split across lines: a UTF-8 sequence cut in two is invalid text, which clients show as ``�``.
    No final CRLF: the caller ends the line.
    """
    if len(line) * 4 <= FOLD_OCTETS or len(line.encode("utf-8")) <= FOLD_OCTETS:
        return line  # most lines: nothing to fold
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = FOLD_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, FOLD_OCTETS - 1
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


# --- time ----------------------------------------------------------------------------------------


def _utc_text(value: datetime) -> str:
    return f"{value.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def _offset_text(offset: timedelta) -> str:
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def _time_property(name: str, value: datetime, zone: str | None) -> str:
    if zone is None:
        return f"{name}:{_utc_text(value)}"
    if isinstance(value.tzinfo, ZoneInfo) and value.tzinfo.key == zone:
        # Already in the zone: write the wall-clock reading as given, so that a nominal local time
        # inside a DST gap (recurrence.series_start) stays as the RRULE needs it; RFC 5545 reads it
        # with the offset before the gap, the same instant Python gives it.
        local = value
    else:
        local = value.astimezone(ZoneInfo(zone))
    if local.fold == 1 and local.replace(fold=0).utcoffset() != local.utcoffset():
        return f"{name}:{_utc_text(value)}"  # the second of a repeated local time: see the module doc
    return f"{name};TZID={zone}:{local:%Y%m%dT%H%M%S}"


_State = tuple[timedelta, timedelta, str]


def _state(zone: ZoneInfo, instant: datetime) -> _State:
    local = instant.astimezone(zone)
    return (local.utcoffset() or timedelta(0), local.dst() or timedelta(0), local.tzname() or "")


def _transitions(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, _State, _State]]:
    """Every change of offset, DST flag or abbreviation in ``[start, end]``: (instant, before, after).

    zoneinfo does not expose its transition table, so the span is sampled every 12 hours (no zone
    changes twice within half a day) and each change is narrowed down to the second.
    """
    step = timedelta(hours=12)
    found: list[tuple[datetime, _State, _State]] = []
    here, state = start, _state(zone, start)
    while here < end:
        there = min(here + step, end)
        after = _state(zone, there)
        if after != state:
            low, high = int(here.timestamp()), int(there.timestamp())
            while high - low > 1:
                middle = (low + high) // 2
                if _state(zone, datetime.fromtimestamp(middle, UTC)) == state:
                    low = middle
                else:
                    high = middle
            found.append((datetime.fromtimestamp(high, UTC), state, after))
        here, state = there, after
    return found


def _observance(kind: str, onset: str, before: _State, after: _State) -> list[str]:
    lines = [
        f"BEGIN:{kind}",
        f"DTSTART:{onset}",
        f"TZOFFSETFROM:{_offset_text(before[0])}",
        f"TZOFFSETTO:{_offset_text(after[0])}",
    ]
    if after[2]:
        lines.append(f"TZNAME:{escape_text(after[2])}")
    lines.append(f"END:{kind}")
    return lines


def vtimezone_lines(zone: str, span_start: datetime, span_end: datetime) -> list[str]:
    """A VTIMEZONE for ``zone`` that is exact over ``[span_start, span_end]`` (unfolded lines).

    The first observance states the offset in force at the start of the span (from 1970 on, the
    usual floor); each transition inside the span follows as its own STANDARD or DAYLIGHT
    observance whose DTSTART is the local time just before the change, as RFC 5545 defines.
    Explicit observances rather than an RRULE: they are exactly what zoneinfo says, including
    years in which a government moved the change date.
    """
    if not _zone_ok(zone):
        raise CalendarEventInvalid("Unknown time zone.")
    for value in (span_start, span_end):
        if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
            raise CalendarEventInvalid("The time-zone span must be given as aware datetimes.")
    tz = ZoneInfo(zone)
    start, end = span_start.astimezone(UTC), span_end.astimezone(UTC)
    initial = _state(tz, start)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{zone}"]
    kind = "DAYLIGHT" if initial[1] else "STANDARD"
    lines += _observance(kind, _OBSERVANCE_FLOOR, initial, initial)
    for instant, before, after in _transitions(tz, start, end):
        onset = (instant + before[0]).replace(tzinfo=None)
        kind = "DAYLIGHT" if after[1] else "STANDARD"
        lines += _observance(kind, f"{onset:%Y%m%dT%H%M%S}", before, after)
    lines.append("END:VTIMEZONE")
    return lines


# --- the calendar ----------------------------------------------------------------------------------


def _event_lines(event: CalendarEvent, stamp: str) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{escape_text(event.uid)}", f"DTSTAMP:{stamp}"]
    if event.all_day:
        end = event.end if event.end is not None else event.start + timedelta(days=1)
        lines.append(f"DTSTART;VALUE=DATE:{event.start:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{end:%Y%m%d}")
    else:
        assert isinstance(event.start, datetime)
        lines.append(_time_property("DTSTART", event.start, event.zone))
        if event.end is not None:
            assert isinstance(event.end, datetime)
            lines.append(_time_property("DTEND", event.end, event.zone))
    if event.rrule is not None:
        lines.append(f"RRULE:{event.rrule}")
    lines.append(f"SUMMARY:{escape_text(event.summary)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    categories = [escape_text(c) for c in event.categories if c.strip()]
    if categories:
        lines.append("CATEGORIES:" + ",".join(categories))
    if event.cancelled:
        lines.append("STATUS:CANCELLED")
    if event.all_day:
        lines.append("TRANSP:TRANSPARENT")
    lines.append("END:VEVENT")
    return lines


def _zone_spans(events: list[CalendarEvent]) -> dict[str, tuple[datetime, datetime]]:
    spans: dict[str, tuple[datetime, datetime]] = {}
    for event in events:
        if event.zone is None or event.all_day:
            continue
        assert isinstance(event.start, datetime)
        start = event.start.astimezone(UTC)
        end = event.end.astimezone(UTC) if isinstance(event.end, datetime) else start
        if event.rrule is not None:
            end = max(end, start + RECURRING_ZONE_SPAN)
        low, high = spans.get(event.zone, (start, end))
        spans[event.zone] = (min(low, start), max(high, end))
    return {zone: (low - timedelta(days=1), high + timedelta(days=1)) for zone, (low, high) in spans.items()}


def calendar_text(
    events: Iterable[CalendarEvent],
    *,
    stamp: datetime,
    name: str = "",
    zone_span: tuple[datetime, datetime] | None = None,
) -> str:
    """A whole VCALENDAR (METHOD:PUBLISH) with CRLF line ends, folded, ready to encode as UTF-8.

    ``stamp`` is the export time (every DTSTAMP, in UTC; passed in to keep this pure). ``name`` is
    shown by Google and Apple calendars as the calendar's name (X-WR-CALNAME). Each zone's
    VTIMEZONE covers the events written in it, a recurring event's first year, and ``zone_span``
    when given (the services pass the export window).
    """
    if not isinstance(stamp, datetime) or stamp.tzinfo is None or stamp.utcoffset() is None:
        raise CalendarEventInvalid("The export time must be an aware datetime.")
    items = list(events)
    for item in items:
        if not isinstance(item, CalendarEvent):
            raise CalendarEventInvalid("Only CalendarEvent values can be written.")
    uids = [item.uid for item in items]
    if len(set(uids)) != len(uids):
        raise CalendarEventInvalid("Two events share a UID; each record must appear once.")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    spans = _zone_spans(items)
    if zone_span is not None:
        if len(zone_span) != 2 or not all(
            isinstance(v, datetime) and v.tzinfo is not None and v.utcoffset() is not None for v in zone_span
        ):
            raise CalendarEventInvalid("The time-zone span must be two aware datetimes.")
        low, high = (value.astimezone(UTC) for value in zone_span)
        for zone, (start, end) in spans.items():
            spans[zone] = (min(start, low), max(end, high))
    for zone in sorted(spans):
        lines += vtimezone_lines(zone, *spans[zone])
    stamped = _utc_text(stamp)
    for item in items:
        lines += _event_lines(item, stamped)
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + CRLF for line in lines)


def calendar_bytes(
    events: Iterable[CalendarEvent],
    *,
    stamp: datetime,
    name: str = "",
    zone_span: tuple[datetime, datetime] | None = None,
) -> bytes:
    """``calendar_text`` encoded as UTF-8 (RFC 5545's default charset): what the ``.ics`` file holds."""
    return calendar_text(events, stamp=stamp, name=name, zone_span=zone_span).encode("utf-8")
