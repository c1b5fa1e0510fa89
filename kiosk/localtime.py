"""The event's local time: "HH:MM" clock times (00:00–47:59), the years an agenda may use, and a
local date and time as an instant in the event's zone (which :mod:`kiosk.zones` checks)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

MINUTES_PER_DAY = 24 * 60
# An item may end after midnight, written "24:00" to "47:59" (the next morning): ends are below this.
MAX_END_MINUTES = 2 * MINUTES_PER_DAY
# The years an agenda's dates may fall in. Wider would only admit typos (9999, 0001) whose times
# cannot even be converted between zones at the calendar's edge; a kiosk in use is within this.
FIRST_YEAR, LAST_YEAR = 2000, 2199

_HHMM = re.compile(r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_hhmm(text: object, limit: int = MAX_END_MINUTES, *, seconds: bool = False) -> int | None:
    """Minutes past the day's midnight of "H:MM" or "HH:MM" below ``limit`` (24:00 for a start,
    48:00 for an end, where 24:00–47:59 is the next morning); with ``seconds``, a ":SS" that
    follows is allowed and dropped (conference exports write "10:00:00"). None when it is no such time."""
    match = _HHMM.fullmatch(text) if isinstance(text, str) else None
    if match is None or (match[3] is not None and (not seconds or int(match[3]) > 59)):
        return None
    minutes = int(match[2])
    total = int(match[1]) * 60 + minutes
    return total if minutes < 60 and total < limit else None


def hhmm(minutes: int) -> str:
    """Minutes past midnight as "HH:MM" ("25:30" is half past one the next morning)."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_iso_instant(text: str) -> datetime:
    """A date and time as staff type it on the command line: ISO 8601 (``2018-09-27T14:30``, with
    seconds, an offset or Z, or none), or a date alone for its midnight. Naive when it has no
    offset (the caller knows whose local time that is); ValueError when it is none of these."""
    text = text.strip()
    if _DATE.fullmatch(text):
        text += "T00:00"
    return datetime.fromisoformat(text)


def year_problem(day: date | datetime) -> str | None:
    """Why a programme date is refused (outside FIRST_YEAR–LAST_YEAR), in plain words; None when fine."""
    if FIRST_YEAR <= day.year <= LAST_YEAR:
        return None
    shown = day.isoformat(" ", "minutes") if isinstance(day, datetime) else day.isoformat()
    return f"{shown} is outside the years {FIRST_YEAR}–{LAST_YEAR} the kiosk accepts"


def date_and_time(the_date: date, minutes: int) -> tuple[date, time]:
    """The calendar date and time of day ``minutes`` past the midnight starting ``the_date``."""
    days, rest = divmod(minutes, MINUTES_PER_DAY)
    return (the_date + timedelta(days=days) if days else the_date), time(rest // 60, rest % 60)


def local_instant(day: date, clock: time, tz: ZoneInfo) -> tuple[datetime, bool]:
    """The aware instant of a local date and time, and whether that local time exists."""
    naive = datetime.combine(day, clock)
    aware = naive.replace(tzinfo=tz)
    round_trip = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    return aware, round_trip == naive


def instant_at(the_date: date, minutes: int, tz: ZoneInfo) -> tuple[datetime, bool]:
    """``local_instant`` of ``minutes`` past the midnight starting ``the_date``.

    The same round trip through UTC, in fewer steps (it runs for every time of an agenda): two
    aware datetimes with the same zone compare as local dates and times."""
    aware = aware_at(the_date, minutes, tz)
    return aware, aware.astimezone(UTC).astimezone(tz) == aware


def aware_at(the_date: date, minutes: int, tz: ZoneInfo) -> datetime:
    """The aware instant ``minutes`` past the midnight starting ``the_date`` (``instant_at`` without
    asking whether that local time exists: for times already checked)."""
    days, rest = divmod(minutes, MINUTES_PER_DAY)
    if days:
        the_date += timedelta(days=days)
    return datetime(the_date.year, the_date.month, the_date.day, rest // 60, rest % 60, tzinfo=tz)
