"""The zone a conference export is shown in: the zone it names, unless its own times say otherwise.

A file's event times (``2020-12-14T09:00:00+01:00``) are what the organisers typed; its
``time_zone_name`` is often a tool's default ("UTC" in a pretalx instance never set up). So:

1. A named zone is used when it agrees with the times: at least half of the events that carry a
   UTC offset are, in the named zone, at the start the file prints for them (wafer writes UTC
   instants beside local starts), or, where no start is printed, at the offset they carry. A few events elsewhere
   (a talk streamed from New York at -05:00) are shown at their instant in the named zone.
2. When the named zone disagrees, or the file names none, the kiosk uses a zone that matches the
   times: a real zone that the file's city or country names and whose clock agrees with every
   event's offset (daylight saving included); else, when the events share one whole-hour offset,
   the fixed-offset zone (+01:00 -> ``Etc/GMT-1``); else the most common offset's.
   A file that names a zone the times contradict gets a warning (``--check``, ``--convert``).
3. Without a named zone and without offsets there is nothing to follow: a problem.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.problems import Problem, describe
from kiosk.record import Record
from kiosk.zones import ZoneError, event_zone, fixed_zone, zones_of_place


class ZoneChoice(Record):
    zone: ZoneInfo | None
    note: str | None = None        # for the converted agenda's "$comment"
    warning: Problem | None = None  # the file names a zone its times contradict


def offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


Start = tuple[datetime, "int | None"]  # an event's instant, and its start as the file prints it (minutes)


def _agrees(zone: ZoneInfo, start: Start) -> bool:
    """Whether the zone shows the event when the file says: at its printed start where the file prints
    one (wafer writes UTC instants beside local starts), else at the offset it was written with."""
    instant, printed = start
    local = instant.astimezone(zone)
    if printed is not None:
        return local.hour * 60 + local.minute == printed % (24 * 60)
    return local.utcoffset() == instant.utcoffset()


def _matching(starts: list[Start], city: str | None, country: str | None) -> tuple[str | None, str]:
    """The zone the times' offsets point to, and in a few words what it is; None (and why) when none fits."""
    for key in zones_of_place(city, country):
        try:
            zone = event_zone(key)
        except ZoneError:
            continue
        if all(_agrees(zone, s) for s in starts):
            place = " and ".join(describe(v) for v in (city, country) if v)
            return key, f"the zone of the file's place {place}, whose clock agrees with every event time"
    offsets = Counter(s.utcoffset() for s, _ in starts)
    offset = offsets.most_common(1)[0][0]
    key = fixed_zone(offset)
    if key is None:
        return None, f"the times' offset {offset_text(offset)[3:]} is not whole hours"
    return key, f"fixed {offset_text(offset)}" + (", the offset of most event times" if len(offsets) > 1 else "")


def choose_zone(name: str | None, starts: list[Start], city: str | None, country: str | None,
                where: str, problems: list[Problem]) -> ZoneChoice:
    """The zone for a file naming ``name`` (or None) whose events start at ``starts`` (aware ones
    carry the organisers' offsets; naive ones are wall-clock times in the named zone)."""
    aware = [s for s in starts if s[0].tzinfo is not None]
    if name:
        try:
            named = event_zone(name)
        except ZoneError as err:
            problems.append(Problem(where, str(err)))
            return ZoneChoice(None)
        agreeing = sum(_agrees(named, s) for s in aware)
        if not aware or agreeing * 2 >= len(aware):
            return ZoneChoice(named)
        key, why = _matching(aware, city, country)
        if key is None:
            return ZoneChoice(named)  # nothing better to follow: the name, as written
        seen = Counter(offset_text(s[0].utcoffset()) for s in aware if not _agrees(named, s)).most_common(1)[0][0]
        said = (f"names the zone {describe(name)}, but its event times are at {seen} ({len(aware) - agreeing} of "
                f"{len(aware)}); the kiosk follows the times and uses {key} ({why})")
        note = (f"The source's time_zone_name {describe(name)} does not match its event times; this agenda uses "
                f"{key} instead ({why}; in Etc/GMT names the sign is inverted), so every time is shown as the file "
                "writes it. Put the event's real zone (e.g. Europe/Berlin) in \"timezone\" if you know it.")
        return ZoneChoice(event_zone(key), note, Problem(where, said))
    if not aware:
        problems.append(Problem(where, "missing, and the event times have no UTC offset: add the time zone's name, "
                                       "e.g. Europe/Berlin"))
        return ZoneChoice(None)
    key, why = _matching(aware, city, country)
    if key is None:
        problems.append(Problem(where, f"missing, and {why}: add the time zone's name, e.g. Asia/Kolkata"))
        return ZoneChoice(None)
    note = (f"The source names no time zone; this agenda uses {key} ({why}; in Etc/GMT names the sign is "
            "inverted: Etc/GMT-1 is UTC+01:00), and every time is converted to it. A zone with daylight saving "
            "(e.g. Europe/Berlin) is better if you know it.")
    return ZoneChoice(event_zone(key), note)
