"""c3voc / pretalx ``schedule.json``:
``{"schedule": {"conference": {…, "days": [{"rooms": {"Saal 1": [event, …]}}]}}}``.

Reading turns it into the kiosk's agenda document (see :mod:`kiosk.formats.to_agenda`); writing
(:func:`export`) gives the programme as that format, for other conference tools, with the
staff's adjustments applied. A top-level ``"adjustments"`` or ``"announcements"`` list (the
kiosk's own, not part of the format, typed by hand) is kept; the staff panel never writes one
into another program's file (:mod:`kiosk.changes.panel_delays`).
"""

from __future__ import annotations

import re
import uuid
import zlib
from datetime import timedelta
from typing import Any

from kiosk.formats import roundtrip
from kiosk.formats.days import source_day
from kiosk.formats.plaintext import paragraphs_of, plain_description, printed_name
from kiosk.formats.to_agenda import (
    Conference,
    Converted,
    Locator,
    SourceEvent,
    SourcePerson,
    clean,
    one_line,
    read_event,
    slugify,
    to_document,
)
from kiosk.model import Agenda, Item
from kiosk.problems import AgendaError, Problem, describe, json_type

FORMAT = "schedule.json"
EVENT_FIELDS = ("date", "start", "duration", "room", "title", "subtitle", "type", "abstract", "description",
                "id", "guid")
KIOSK_KEYS = ("adjustments", "announcements")


def field_text(raw: dict, key: str, loc: Locator, problems: list[Problem]) -> str | None:
    """A field as stripped text; numbers are fine (ids), lists and objects are not."""
    value = raw.get(key)
    if isinstance(value, (list, dict)) or isinstance(value, bool):
        problems.append(Problem(loc(key), f"expected a text, got {describe(value)}"))
        return None
    return clean(value)


def expect_type(value: Any, kind: str, where: str, problems: list[Problem]) -> bool:
    if json_type(value) == kind:
        return True
    wanted = {"object": "an object {…}", "array": "a list […]"}[kind]
    problems.append(Problem(where, f"expected {wanted}, got {describe(value)}"))
    return False


def read(document: dict, source: str) -> Converted:
    problems: list[Problem] = []
    schedule = document["schedule"]
    if not expect_type(schedule, "object", "schedule", problems):
        raise AgendaError(source, problems)
    loc = Locator("schedule.conference", xml=False)
    conf = schedule.get("conference")
    if conf is None and "conference" not in schedule:
        raise AgendaError(source, [Problem("schedule", 'missing the required field "conference"')])
    if not expect_type(conf, "object", loc.base, problems):
        raise AgendaError(source, problems)
    conference = Conference(loc=loc, **{key: field_text(conf, key, loc, problems) for key in (
        "title", "acronym", "subtitle", "description", "venue", "city", "country", "time_zone_name")})
    top = Locator("schedule", False)
    conference.url = (field_text(conf, "url", loc, problems) or field_text(schedule, "url", top, problems)
                      or field_text(schedule, "base_url", top, problems))
    if conference.venue is None:
        conference.venue = field_text(conf, "location", loc, problems)
    for room in conf["rooms"] if isinstance(conf.get("rooms"), list) else []:
        name = one_line(clean(room.get("name"))) if isinstance(room, dict) else None
        if name and name not in conference.rooms:
            conference.rooms.append(name)

    events: list[SourceEvent] = []
    ext = roundtrip.found_in(conf)
    if ext is not None and conference.time_zone_name is None and isinstance(ext.get("timezone"), str):
        conference.time_zone_name = ext["timezone"]  # the kiosk's own zone, when c3voc's pattern has no room for it
    guid_at: dict[str, str] = {}
    days = conf.get("days")
    if days is None:
        problems.append(Problem(loc.base, 'missing "days": the schedule is empty'))
        days = []
    elif not expect_type(days, "array", loc("days"), problems):
        days = []
    for d_index, day in enumerate(days):
        d_loc = loc.child("days").child(d_index)
        if not expect_type(day, "object", d_loc.base, problems):
            continue
        the_day = source_day(*(day.get(key) if isinstance(day.get(key), str) else None
                               for key in ("date", "day_start", "day_end")))
        rooms = day.get("rooms", {})
        if not expect_type(rooms, "object", d_loc("rooms"), problems):
            continue
        for room_name, room_events in rooms.items():
            r_loc = d_loc.child("rooms").child(room_name)
            name = one_line(room_name)
            if name and name not in conference.rooms:
                conference.rooms.append(name)
            if not expect_type(room_events, "array", r_loc.base, problems):
                continue
            for e_index, raw in enumerate(room_events):
                e_loc = r_loc.child(e_index)
                if not expect_type(raw, "object", e_loc.base, problems):
                    continue
                values = {key: field_text(raw, key, e_loc, problems) for key in EVENT_FIELDS}
                persons = _persons(raw.get("persons"), e_loc, problems)
                found = read_event(values, persons, e_loc, len(events), name, problems)
                if found is not None:
                    found.day = the_day
                    events.append(found)
                    guid_at[e_loc.base] = values["guid"]
    extra = {key: document[key] for key in KIOSK_KEYS if key in document}
    converted = to_document(conference, events, problems, source, FORMAT, extra)
    if ext is not None:
        _restore(converted, ext, guid_at)
    return converted


def _restore(converted: Converted, ext: dict, guid_at: dict[str, str]) -> None:
    """The kiosk's own export read back: what c3voc has no field for, from its ``meta`` (:mod:`roundtrip`)."""
    guids = {}
    for key, place in converted.places.items():
        found = re.fullmatch(r"days\[(\d+)\]\.items\[(\d+)\]", key)
        if found and place.base in guid_at:
            guids[(int(found[1]), int(found[2]))] = guid_at[place.base]
    document = converted.document
    restored = roundtrip.restore(document, ext, guids)
    if restored:
        document["$comment"] = ("Read from the lobby kiosk's own schedule.json export, with its printed times, "
                                "cancellations, talks and texts; edit it like any agenda.json.")
        # items were reordered: a problem in a restored item is told at its place in the kiosk's part
        kiosk_part = Locator("schedule.conference.meta", xml=False).child(roundtrip.KEY).child("items")
        places = {k: v for k, v in converted.places.items() if not k.startswith(("days[", "people["))}
        converted.places = places | {key: kiosk_part.child(guid) for key, guid in restored.items()}


def _persons(raw: Any, loc: Locator, problems: list[Problem]) -> list[SourcePerson]:
    if raw is None:
        return []
    if not expect_type(raw, "array", loc("persons"), problems):
        return []
    found = []
    for index, person in enumerate(raw):
        p_loc = loc.child("persons").child(index)
        if not expect_type(person, "object", p_loc.base, problems):
            continue
        name = one_line(field_text(person, "public_name", p_loc, problems)
                        or field_text(person, "name", p_loc, problems))
        if not name:
            continue
        pid = (field_text(person, "guid", p_loc, problems) or field_text(person, "code", p_loc, problems)
               or field_text(person, "id", p_loc, problems))
        found.append(SourcePerson(key=pid or name.casefold(), name=name, source_id=pid, where=p_loc.base,
                                  biography=field_text(person, "biography", p_loc, problems)))
    return found


# --- writing ----------------------------------------------------------------------------------

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "lobby-kiosk.schedule")


def stable_number(key: str) -> int:
    return zlib.crc32(key.encode()) & 0x7FFFFFFF or 1


def event_slug(agenda: Agenda) -> str:
    ev = agenda.event
    return slugify(str(ev.short_name or ev.name), 40) or "event"


# voc/schedule's schema.json: an acronym is letters, digits and "_" (at least 4), optionally with
# "-2024-word" at the end; a zone name is "Area/City" or UTC (fixed offsets such as Etc/GMT-1 are not).
ACRONYM = re.compile(r"^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$")
ZONE_NAME = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")


def acronym(slug: str) -> str:
    """The event's slug as c3voc's pattern takes it: "5th-almaty-process-som" -> "5th_almaty_process_som"."""
    text = slug.replace("-", "_")
    if not ACRONYM.search(text):  # shorter than 4
        text = f"{text}_event".lstrip("_")
    return text if ACRONYM.search(text) else "kiosk_event"


def web_uri(value: str | None) -> str | None:
    """An address as an absolute URI (RFC 3986: a scheme, and non-ASCII letters %-escaped), else None."""
    if not value:
        return None
    from urllib.parse import quote
    text = quote(value, safe="!#$%&'()*+,/:;=?@[]~-._")
    return text if re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s\\^`{}|<>\"]+", text) else None


def _hm(delta: timedelta) -> str:
    minutes = int(delta.total_seconds()) // 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def export(agenda: Agenda) -> dict:
    """The programme as a c3voc schedule.json document, adjusted times, cancelled items marked."""
    tz, ev = agenda.timezone, agenda.event
    slug = event_slug(agenda)
    venue = str(ev.venue or ev.short_name or ev.name)  # the room of items that name none
    url = web_uri(ev.url)
    # the programme's room order (its main halls first), then a room for the items that name none
    rooms = list(dict.fromkeys([*agenda.rooms, *(str(i.room) if i.room else venue for i in agenda.items)]))
    used_ids: set[int] = set()
    person_numbers: dict[str, int] = {}

    def number(key: str) -> int:
        value = stable_number(key)
        while value in used_ids:
            value += 1
        used_ids.add(value)
        return value

    def person(appearance) -> dict:
        p = appearance.person
        if p.id not in person_numbers:
            person_numbers[p.id] = stable_number("person:" + p.id)
        return {"id": person_numbers[p.id], "guid": str(uuid.uuid5(NAMESPACE, f"{slug}/person/{p.id}")),
                "public_name": printed_name(p),
                "biography": ", ".join(str(t) for t in (p.position, p.organisation) if t is not None)}

    def event(item: Item) -> dict:
        start = item.start.astimezone(tz)
        title = str(item.title)
        if item.cancelled:
            title = f"Cancelled: {title}"
        text = paragraphs_of(item)
        guid = str(uuid.uuid5(NAMESPACE, f"{slug}/{item.id}"))
        return {
            "guid": guid, "id": number("item:" + item.id),
            "date": start.isoformat(), "start": f"{start:%H:%M}",
            "duration": _hm(item.end - item.start) if item.end else "00:00",
            "room": str(item.room) if item.room else venue, "slug": f"{slug}-{item.id}",
            "url": url or f"urn:uuid:{guid}", "title": title, "subtitle": str(item.subtitle) if item.subtitle else "",
            "track": "", "type": item.kind, "language": "en",
            "abstract": text[0] if text else "", "description": plain_description(item, subtitle=False),
            "persons": [person(a) for a in item.people()], "links": [], "attachments": [],
        }

    days = []
    written: dict[str, dict] = {}
    for day in agenda.days:
        by_room: dict[str, list] = {}
        for item in day.items:
            written[item.id] = event(item)
            by_room.setdefault(str(item.room) if item.room else venue, []).append(written[item.id])
        starts = [i.start for i in day.items]
        ends = [i.until for i in day.items]
        days.append({"index": day.index + 1, "date": day.date.isoformat(),
                     "day_start": min(starts).astimezone(tz).isoformat(),
                     "day_end": max(ends).astimezone(tz).isoformat(),
                     "rooms": {name: by_room[name] for name in rooms if name in by_room}})
    conference = {
        "acronym": acronym(slug), "title": str(ev.name), "start": agenda.days[0].date.isoformat(),
        "end": agenda.days[-1].date.isoformat(), "daysCount": len(agenda.days), "timeslot_duration": "00:05",
        **({"description": str(ev.theme)} if ev.theme else {}),
        "rooms": [{"name": name, "guid": str(uuid.uuid5(NAMESPACE, f"{slug}/room/{name}"))} for name in rooms],
        "days": days,
    }
    if ZONE_NAME.search(tz.key):  # a fixed offset is left out: every event's date carries it
        conference["time_zone_name"] = tz.key
    if url:
        conference["url"] = url
    conference["meta"] = {roundtrip.KEY: roundtrip.extension(agenda, written)}
    return {"$schema": "https://c3voc.de/schedule/schema.json",
            "generator": {"name": "lobby-kiosk"},
            "schedule": {"version": _version(agenda), "conference": conference}}


def _version(agenda: Agenda) -> str:
    from kiosk import __version__
    return f"kiosk {__version__}"

