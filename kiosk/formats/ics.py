"""The programme as iCalendar (RFC 5545), made with the ``icalendar`` library.

One VEVENT per item in the event's time zone (its VTIMEZONE is generated from zoneinfo), with the
staff's adjustments applied: adjusted times, cancelled items ``STATUS:CANCELLED``. An item with no
printed end ends at its ``until`` (the next item that day, else midnight), as on the screen.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from kiosk.formats.plaintext import plain_description
from kiosk.formats.schedule_json import event_slug
from kiosk.model import Agenda


def export(agenda: Agenda, stamp: datetime | None = None) -> bytes:
    from icalendar import Calendar, Event  # only the export pays for the import

    from kiosk import __version__

    tz, ev = agenda.timezone, agenda.event
    slug = event_slug(agenda)
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", f"-//lobby-kiosk//kiosk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", str(ev.name))
    calendar.add("x-wr-timezone", tz.key)
    for item in agenda.items:
        vevent = Event()
        vevent.add("uid", f"{item.id}@{slug}")
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", item.start.astimezone(tz))
        vevent.add("dtend", (item.end or item.until).astimezone(tz))
        vevent.add("summary", str(item.title))
        description = plain_description(item)
        if description:
            vevent.add("description", description)
        room, venue = (str(item.room) if item.room else None), (str(ev.venue) if ev.venue else None)
        if room and venue and room in venue:  # an imported schedule's "venue" may just list its rooms
            venue = None
        location = ", ".join(t for t in (room, venue, str(ev.city) if ev.city else None) if t)
        if location:
            vevent.add("location", location)
        vevent.add("categories", [item.kind])
        vevent.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        if ev.url:
            vevent.add("url", ev.url)
        calendar.add_component(vevent)
    # The zone's rules around the programme (a year either side), not since 1970.
    calendar.add_missing_timezones(first_date=date(agenda.days[0].date.year - 1, 1, 1),
                                   last_date=date(agenda.days[-1].date.year + 2, 1, 1))
    return calendar.to_ical()
