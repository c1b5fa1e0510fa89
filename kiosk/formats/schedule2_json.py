"""c3voc's newer "schema2" ``schedule.json`` (the 38C3 hub's): the conference's days carry no rooms;
the events are one flat list ``schedule.events[]`` with ``start``/``end`` as full date-times, ``room``
an object ``{name, guid}``, people as ``participants[]`` (``{guid, name, role}``), and a top-level
``schedule.persons[]`` with their biographies. Recognised by that list (:func:`kiosk.loader.recognise`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kiosk.formats.schedule_json import KIOSK_KEYS, expect_type, field_text
from kiosk.formats.to_agenda import (
    Conference,
    Converted,
    Locator,
    SourceEvent,
    SourcePerson,
    one_line,
    read_event,
    to_document,
)
from kiosk.localtime import hhmm
from kiosk.problems import AgendaError, Problem, describe

FORMAT = "schedule.json (c3voc schema2)"
TEXT_FIELDS = ("title", "subtitle", "type", "abstract", "description", "id", "guid", "code")


def _instant(text: str | None, where: str, problems: list[Problem]) -> datetime | None:
    if text is None:
        problems.append(Problem(where, "missing: every event needs its date and time, e.g. 2024-12-27T10:30:00+01:00"))
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        problems.append(Problem(where, f"{describe(text)} is not a date and time such as 2024-12-27T10:30:00+01:00"))
        return None


def read(document: dict, source: str) -> Converted:
    problems: list[Problem] = []
    schedule = document["schedule"]
    conf = schedule.get("conference")
    loc = Locator("schedule.conference", xml=False)
    if not expect_type(conf, "object", loc.base, problems):
        raise AgendaError(source, problems)
    conference = Conference(loc=loc, **{key: field_text(conf, key, loc, problems) for key in (
        "title", "acronym", "subtitle", "description", "venue", "city", "country", "time_zone_name")})
    top = Locator("schedule", False)
    conference.url = field_text(conf, "url", loc, problems) or field_text(schedule, "base_url", top, problems)
    for room in conf["rooms"] if isinstance(conf.get("rooms"), list) else []:
        name = one_line(field_text(room, "name", loc, problems)) if isinstance(room, dict) else None
        if name and name not in conference.rooms:
            conference.rooms.append(name)

    biographies: dict[str, str] = {}
    for person in schedule["persons"] if isinstance(schedule.get("persons"), list) else []:
        if (isinstance(person, dict) and isinstance(person.get("guid"), str)
                and isinstance(person.get("biography"), str)):
            biographies[person["guid"]] = person["biography"]

    events: list[SourceEvent] = []
    e_base = Locator("schedule", False).child("events")
    for index, raw in enumerate(schedule["events"]):
        e_loc = e_base.child(index)
        if not expect_type(raw, "object", e_loc.base, problems):
            continue
        values = {key: field_text(raw, key, e_loc, problems) for key in TEXT_FIELDS}
        start = _instant(field_text(raw, "start", e_loc, problems), e_loc("start"), problems)
        end = _instant(field_text(raw, "end", e_loc, problems), e_loc("end"), problems) if raw.get("end") else start
        if start is None or end is None:
            continue
        minutes = int((end - start).total_seconds()) // 60 if (start.tzinfo is None) == (end.tzinfo is None) else -1
        if minutes < 0:
            problems.append(Problem(e_loc("end"), f"{raw.get('end')} is before the start {raw.get('start')}"))
            continue
        # read_event checks the rest as for layout 1: the date-time, its HH:MM and the length
        values.update({"date": start.isoformat(), "start": f"{start:%H:%M}", "duration": hhmm(minutes),
                       "id": values["guid"] or values["code"] or values["id"]})
        room = raw.get("room")
        room_name = one_line(field_text(room, "name", e_loc.child("room"), problems)) if isinstance(room, dict) \
            else one_line(field_text(raw, "room", e_loc, problems))
        found = read_event(values, _participants(raw.get("participants"), e_loc, biographies, problems), e_loc,
                           len(events), room_name, problems)
        if found is not None:
            events.append(found)
    extra = {key: document[key] for key in KIOSK_KEYS if key in document}
    return to_document(conference, events, problems, source, FORMAT, extra)


def _participants(raw: Any, loc: Locator, biographies: dict[str, str], problems: list[Problem]) -> list[SourcePerson]:
    if raw is None or not expect_type(raw, "array", loc("participants"), problems):
        return []
    found = []
    for index, person in enumerate(raw):
        p_loc = loc.child("participants").child(index)
        if not expect_type(person, "object", p_loc.base, problems):
            continue
        name = one_line(field_text(person, "name", p_loc, problems) or field_text(person, "public_name", p_loc,
                                                                                  problems))
        if not name:
            continue
        pid = field_text(person, "guid", p_loc, problems) or field_text(person, "code", p_loc, problems)
        found.append(SourcePerson(key=pid or name.casefold(), name=name, source_id=pid, where=p_loc.base,
                                  biography=biographies.get(pid or "")))
    return found
