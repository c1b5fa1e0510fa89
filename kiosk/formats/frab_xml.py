"""frab / c3voc ``schedule.xml``: ``<schedule><conference>…</conference><day><room><event>…``.

Read with the standard library's ElementTree, but never a document type declaration: a file with
``<!DOCTYPE`` or ``<!ENTITY`` is refused before parsing, because entities can make a few bytes
expand to gigabytes (the "billion laughs"), and a schedule needs none. The text must be UTF-8 (the
declaration's encoding is not followed), at most the agenda size limit.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from kiosk.formats.days import SourceDay, source_day
from kiosk.formats.to_agenda import (
    Conference,
    Converted,
    Locator,
    SourceEvent,
    SourcePerson,
    clean,
    one_line,
    read_event,
    to_document,
)
from kiosk.problems import AgendaError, Problem
from kiosk.reading import decode_text, line_col

FORMAT = "frab schedule.xml"
EVENT_FIELDS = ("date", "start", "duration", "room", "title", "subtitle", "type", "abstract", "description")


def _name(element: ET.Element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if _name(child) == name]


def _text(element: ET.Element | None, name: str) -> str | None:
    if element is None:
        return None
    found = _children(element, name)
    return clean("".join(found[0].itertext())) if found else None


def parse_xml(data: bytes, source: str) -> ET.Element:
    """The root element of safe, well-formed XML; AgendaError in plain words otherwise."""
    text = decode_text(data, source)
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        raise AgendaError(source, [Problem("file", "is a web page (HTML), not an agenda or a schedule")])
    declaration = re.search(r"<!\s*(doctype|entity)", text, re.IGNORECASE)
    if declaration:
        raise AgendaError(source, [Problem(
            line_col(text, declaration.start()),
            f"the file declares a document type (<!{declaration[1].upper()} …>); a schedule.xml needs none, and "
            "the kiosk refuses them because their entities can blow a small file up to gigabytes")])
    parser = ET.XMLParser()
    try:
        parser.feed(text)
        return parser.close()
    except ET.ParseError as err:
        line, column = err.position
        reason = re.sub(r": line \d+, column \d+$", "", str(err))
        raise AgendaError(source, [Problem(f"line {line}, column {column + 1}", f"not valid XML: {reason}")]) from None


def read(data: bytes, source: str) -> Converted:
    root = parse_xml(data, source)
    if _name(root) != "schedule":
        raise AgendaError(source, [Problem(
            "file", f"the root element is <{_name(root)}>, not <schedule>: this is not a frab schedule.xml")])
    problems: list[Problem] = []
    conf_el = next(iter(_children(root, "conference")), None)
    loc = Locator("conference", xml=True)
    if conf_el is None:
        problems.append(Problem("schedule", "missing <conference> (its title and time zone)"))
    conference = Conference(loc=loc, **{key: _text(conf_el, key) for key in (
        "title", "acronym", "subtitle", "description", "venue", "city", "country", "time_zone_name")})
    conference.url = _text(conf_el, "url") or _text(conf_el, "base_url")
    conference.day_change = _text(conf_el, "day_change")
    if conference.venue is None:
        conference.venue = _text(conf_el, "location")

    events: list[SourceEvent] = []
    days = _children(root, "day")
    if not days:
        problems.append(Problem("schedule", "has no <day>: the schedule is empty"))
    for d_pos, day in enumerate(days, 1):
        d_loc = Locator(f"day[{day.get('index') or d_pos}]", xml=True)
        the_day = source_day(clean(day.get("date")), clean(day.get("start")), clean(day.get("end")))
        for r_pos, room in enumerate(_children(day, "room"), 1):
            room_name = one_line(room.get("name"))
            _add_room(conference, room_name)
            r_loc = d_loc.child(f"room[{room_name or r_pos}]")
            for e_pos, event in enumerate(_children(room, "event"), 1):
                _read_event(event, room_name, r_loc, e_pos, the_day, events, problems)
        # FOSDEM's exports of 2007-2012 put the events straight into the day, each naming its <room>
        for e_pos, event in enumerate(_children(day, "event"), 1):
            room_name = one_line(_text(event, "room"))
            _add_room(conference, room_name)
            _read_event(event, room_name, d_loc, e_pos, the_day, events, problems)
    return to_document(conference, events, problems, source, FORMAT)


def _add_room(conference: Conference, room_name: str | None) -> None:
    if room_name and room_name not in conference.rooms:
        conference.rooms.append(room_name)


def _read_event(event: ET.Element, room_name: str | None, r_loc: Locator, e_pos: int, the_day: SourceDay,
                events: list[SourceEvent], problems: list[Problem]) -> None:
    guid, eid = clean(event.get("guid")), clean(event.get("id"))
    e_loc = r_loc.child(f"event[guid={guid}]" if guid else f"event[id={eid}]" if eid else f"event[{e_pos}]")
    values = {key: _text(event, key) for key in EVENT_FIELDS}
    values["id"], values["guid"] = eid, guid
    if values["date"] is None and the_day.date is not None:
        # pentabarf (FOSDEM): no <date>, only the day's date and the event's <start>
        values["date"] = the_day.date.isoformat()
    persons = []
    for persons_el in _children(event, "persons"):
        for p_pos, person in enumerate(_children(persons_el, "person"), 1):
            name = one_line("".join(person.itertext()))
            if not name:
                continue
            pid = clean(person.get("guid")) or clean(person.get("id"))
            persons.append(SourcePerson(key=pid or name.casefold(), name=name, source_id=pid,
                                        where=e_loc(f"persons/person[{pid or p_pos}]")))
    found = read_event(values, persons, e_loc, len(events), room_name, problems)
    if found is not None:
        found.day = the_day
        events.append(found)
