"""The days of a conference tool's programme, as the file draws them.

A frab or c3voc day runs past midnight: ``<day date="2014-12-27" start="…T11:00" end="…28T04:00">``
(or the conference's ``<day_change>``), so a talk at 01:00 belongs to the evening before. A
wafer export writes its days' dates in UTC (``date="2023-09-09"`` with ``start="2023-09-09T21:30Z"``
for a day that is the 10th in Kochi): a day's date is therefore the local date of its start, when
the file gives one. An event is placed in its file's day, at 24:00–47:59 when after midnight;
one the file puts far outside its day (a merged schedule's slip) goes to its own calendar date.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from kiosk.localtime import MAX_END_MINUTES, MINUTES_PER_DAY, local_instant, parse_hhmm
from kiosk.record import Record


class SourceDay(Record, frozen=True):
    """A day as a conference file gives it (any part may be missing or unreadable: None)."""

    date: date | None = None
    start: datetime | None = None  # aware, or naive (local to the event's zone)
    end: datetime | None = None


def _moment(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def source_day(date_text: str | None, start_text: str | None, end_text: str | None) -> SourceDay:
    """A file's day from its texts, leniently: the day only guides where events go."""
    try:
        the_date = date.fromisoformat(date_text[:10]) if date_text else None
    except ValueError:
        the_date = None
    return SourceDay(the_date, _moment(start_text), _moment(end_text))


def _local(moment: datetime, tz: ZoneInfo) -> datetime:
    if moment.tzinfo is None:
        moment = local_instant(moment.date(), moment.time(), tz)[0]
    return moment.astimezone(tz)


def day_date(day: SourceDay | None, tz: ZoneInfo) -> date | None:
    """The local date a file's day stands for: that of its start, else its date."""
    if day is None:
        return None
    if day.start is not None:
        try:
            return _local(day.start, tz).date()
        except (OverflowError, ValueError):
            pass
    return day.date


def minutes_in(the_date: date, local: datetime) -> int:
    """Minutes from the midnight starting ``the_date`` to the local wall-clock time ``local``."""
    return (local.date() - the_date).days * MINUTES_PER_DAY + local.hour * 60 + local.minute


def place(day: SourceDay | None, local: datetime, tz: ZoneInfo) -> tuple[date, int]:
    """The programme date of an event starting at ``local`` and its start in minutes in that day."""
    the_date = day_date(day, tz)
    if the_date is not None:
        minutes = minutes_in(the_date, local)
        if 0 <= minutes < MAX_END_MINUTES:
            return the_date, minutes
    return local.date(), local.hour * 60 + local.minute


def day_end(day: SourceDay | None, tz: ZoneInfo, day_change: str | None) -> int | None:
    """When a file's day ends, in minutes past its date's midnight, if after midnight (24:00–47:59)."""
    the_date = day_date(day, tz)
    minutes = None
    if the_date is not None and day is not None and day.end is not None:
        try:
            minutes = minutes_in(the_date, _local(day.end, tz))
        except (OverflowError, ValueError):
            minutes = None
    if minutes is None and day_change:
        change = parse_hhmm(day_change, MINUTES_PER_DAY, seconds=True)
        minutes = MINUTES_PER_DAY + change if change else None
    return minutes if minutes is not None and MINUTES_PER_DAY < minutes < MAX_END_MINUTES else None
