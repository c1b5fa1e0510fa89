"""What c3voc's schedule.json has no field for, carried in the kiosk's own export so that importing it
again gives the same screens (``kiosk --export-schedule-json``, then ``--agenda schedule.json``).

The format's own fields stay the truth for other tools and for the kiosk: each event's time,
length ("00:00" when it has no end), room, title (``Cancelled: …`` for a cancelled item), type (the
kiosk's kind), text and people, ids in ``slug`` and ``guid``. What the format cannot say goes into
``conference.meta["lobby-kiosk"]`` (``meta`` is the schema's place for a tool's own data), by event
guid: the item's id, its texts in every language, talks, points, moderators, people's
honorifics and affiliations, that it is cancelled, its printed time before the staff's
adjustments; and the event's theme, venue, city, country, organisers, day titles and
announcements.

On import an event's kiosk part is used only while the event still has the title the kiosk wrote
(another tool that renamed it made it its own); its printed time only while its time is as written
(a moved event keeps the format's time). Events another tool added come in as from any file.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from kiosk.localtime import hhmm, parse_hhmm
from kiosk.model import Agenda, Appearance, Block, Event, Item, ListBlock, Person
from kiosk.text import Text

KEY = "lobby-kiosk"
VERSION = 1


# --- the model as agenda.json parts -------------------------------------------------------------

def _text(value: Text | None) -> Any:
    if value is None:
        return None
    if value.languages == ("en",):
        return str(value)
    return {lang: value.get(lang) for lang in value.languages}


def _blocks(blocks: tuple[Block, ...]) -> list:
    return [{"list": [_text(e) for e in b.entries]} if isinstance(b, ListBlock) else _text(b) for b in blocks]


def _appearances(appearances: tuple[Appearance, ...]) -> list[dict]:
    return [{"person": a.person.id, **({"tbc": True} if a.tbc else {}), **({"video": True} if a.video else {})}
            for a in appearances]


def _put(target: dict, key: str, value: Any) -> None:
    if value not in (None, [], ()):
        target[key] = value


def _person(person: Person) -> dict:
    found: dict[str, Any] = {"id": person.id, "name": _text(person.name)}
    for key in ("honorific", "sort_name", "position", "organisation"):
        _put(found, key, _text(getattr(person, key)))
    return found


def _event(event: Event) -> dict:
    found: dict[str, Any] = {"name": _text(event.name)}
    _put(found, "short_name", _text(event.short_name))
    _put(found, "series", _text(event.series))
    _put(found, "edition", event.edition)
    found.update({"theme": _text(event.theme), "dates": {"start": event.start_date.isoformat(),
                                                         "end": event.end_date.isoformat()},
                  "venue": _text(event.venue), "city": _text(event.city), "country": _text(event.country)})
    _put(found, "organisers", [{"name": _text(o.name), **({"role": _text(o.role)} if o.role else {})}
                               for o in event.organisers])
    _put(found, "url", event.url)
    return found


def _minutes(instant: datetime | None, day: date, agenda: Agenda) -> str | None:
    """An instant as agenda.json writes it for an item of that day: "09:30", "25:00" the next morning."""
    if instant is None:
        return None
    local = agenda.local(instant)
    return hhmm((local.date() - day).days * 1440 + local.hour * 60 + local.minute)


def _item(item: Item, order: int, day: date, agenda: Agenda, written_title: str, written_room: str) -> dict:
    found: dict[str, Any] = {"id": item.id, "order": order, "title": _text(item.title), "kind": item.kind,
                             "written_title": written_title, "written_room": written_room,
                             "start": _minutes(item.start, day, agenda), "end": _minutes(item.end, day, agenda),
                             "printed_start": _minutes(item.printed_start, day, agenda),
                             "printed_end": _minutes(item.printed_end, day, agenda)}
    _put(found, "room", _text(item.room))
    _put(found, "subtitle", _text(item.subtitle))
    _put(found, "description", _blocks(item.description))
    _put(found, "points", [{"label": p.label, "text": _text(p.text)} for p in item.points])
    talks = []
    for talk in item.talks:
        entry: dict[str, Any] = {}
        _put(entry, "title", _text(talk.title))
        _put(entry, "description", _blocks(talk.description))
        _put(entry, "presenters", _appearances(talk.presenters))
        _put(entry, "moderators", _appearances(talk.moderators))
        talks.append(entry)
    _put(found, "talks", talks)
    _put(found, "presenters", _appearances(item.presenters))
    _put(found, "moderators", _appearances(item.moderators))
    if item.cancelled:
        found["cancelled"] = True
    _put(found, "note", _text(item.note))
    return found


def extension(agenda: Agenda, written: dict[str, dict]) -> dict:
    """``conference.meta["lobby-kiosk"]`` for an export whose events (by item id) were ``written``."""
    items = {}
    for day in agenda.days:
        for order, item in enumerate(day.items):
            event = written[item.id]
            items[event["guid"]] = _item(item, order, day.date, agenda, event["title"], event["room"])
    return {
        "version": VERSION, "timezone": agenda.timezone.key, "event": _event(agenda.event),
        "people": [_person(p) for p in agenda.people],
        "days": {d.date.isoformat(): _text(d.title) for d in agenda.days if d.title is not None},
        "announcements": [{"from": f"{agenda.local(a.start):%Y-%m-%dT%H:%M}",
                           "until": f"{agenda.local(a.end):%Y-%m-%dT%H:%M}", "text": _text(a.text),
                           **({"level": a.level} if a.level != "info" else {})} for a in agenda.announcements],
        "items": items,
    }


# --- back into the converted agenda document ----------------------------------------------------

def found_in(conference: Any) -> dict | None:
    """The kiosk's part of a schedule.json's conference, when it is one this kiosk reads."""
    meta = conference.get("meta") if isinstance(conference, dict) else None
    ext = meta.get(KEY) if isinstance(meta, dict) else None
    if isinstance(ext, dict) and ext.get("version") == VERSION and isinstance(ext.get("items"), dict):
        return ext
    return None


PARTS = ("subtitle", "description", "points", "talks", "presenters", "moderators")


def restore(document: dict, ext: dict, guids: dict[tuple[int, int], str]) -> dict[str, str]:
    """Put the kiosk's part back into a converted document whose item (day, index) came from the
    event ``guids``; returns the guid of each item restored by its new place ("days[0].items[2]")."""
    adjustments: list[dict] = []
    restored: set[int] = set()
    kiosk_ids: set[str] = set()
    for d_index, day in enumerate(document["days"]):
        for i_index, item in enumerate(day["items"]):
            entry = ext["items"].get(guids.get((d_index, i_index)))
            if not isinstance(entry, dict) or entry.get("written_title") != item["title"] \
                    or not isinstance(entry.get("id"), str):
                continue
            restored.add(id(item))
            item["guid"] = guids[(d_index, i_index)]
            item["id"] = entry.get("id")
            kiosk_ids.add(item["id"])
            item["title"], item["kind"] = entry.get("title"), entry.get("kind")
            for key in PARTS:
                item.pop(key, None)
                if key in entry:
                    item[key] = entry[key]
            if item.get("room") == entry.get("written_room"):
                item.pop("room", None)
                if entry.get("room") is not None:
                    item["room"] = entry["room"]
            item["order"] = entry.get("order")
            if (item["start"], item["end"]) == (entry.get("start"), entry.get("end")) \
                    and "printed_start" in entry and "printed_end" in entry:
                item["start"], item["end"] = entry["printed_start"], entry["printed_end"]
                if (item["start"], item["end"]) != (entry["start"], entry["end"]) or entry.get("note") is not None:
                    move = {"move": item["id"], "start": entry["start"]}
                    _put(move, "end", entry["end"])
                    if not entry.get("cancelled"):
                        _put(move, "note", entry.get("note"))
                    adjustments.append(move)
            if entry.get("cancelled"):
                adjustments.append({"cancel": item["id"], **({"note": entry["note"]} if entry.get("note") else {})})
    if not restored:
        return {}
    for day in document["days"]:
        for position, item in enumerate(day["items"]):
            if id(item) not in restored:
                item["order"] = 10_000 + position
                while item["id"] in kiosk_ids:  # another tool's event named like one of the kiosk's
                    item["id"] += "-2"
        day["items"].sort(key=lambda i: ((parse_hhmm(i["start"]) if isinstance(i["start"], str) else None) or 0,
                                         i["order"] if isinstance(i["order"], int) else 0))
        for item in day["items"]:
            del item["order"]
        if isinstance(ext.get("days"), dict) and day["date"] in ext["days"]:
            day["title"] = ext["days"][day["date"]]
    places = {f"days[{d}].items[{i}]": item.pop("guid") for d, day in enumerate(document["days"])
              for i, item in enumerate(day["items"]) if id(item) in restored}
    _people(document, ext, restored)
    if isinstance(ext.get("event"), dict):
        document["event"] = ext["event"]
    for key, value in (("adjustments", adjustments), ("announcements", ext.get("announcements"))):
        if value and isinstance(value, list):  # before any typed by hand into the file
            mine = document.get(key, [])
            document[key] = value + mine if isinstance(mine, list) else mine
    return places


def _people(document: dict, ext: dict, restored: set[int]) -> None:
    """The kiosk's people, and those of the events another tool added (renamed where ids clash)."""
    people = [p for p in ext.get("people", []) if isinstance(p, dict)] if isinstance(ext.get("people"), list) else []
    taken = {p.get("id") for p in people if isinstance(p.get("id"), str)}
    others = {p["id"]: p for p in document.get("people", [])}
    renamed: dict[str, str] = {}

    for day in document["days"]:
        for item in day["items"]:
            if id(item) in restored:
                continue
            for ref in item.get("presenters", []) + item.get("moderators", []):
                pid = ref["person"]
                if pid not in renamed:
                    new = pid
                    while new in taken:
                        new += "-2"
                    taken.add(new)
                    renamed[pid] = new
                    people.append({**others[pid], "id": new})
                ref["person"] = renamed[pid]
    document["people"] = people
