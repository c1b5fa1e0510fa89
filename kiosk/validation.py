"""An agenda document made a model: checked whole (schema, then meaning), every problem located,
and the :class:`~kiosk.model.Agenda` built only from a document with none."""

from __future__ import annotations

import bisect
from datetime import date, datetime
from typing import Any

from kiosk.localtime import MINUTES_PER_DAY, aware_at, parse_hhmm
from kiosk.model import (
    Agenda,
    Announcement,
    Appearance,
    Block,
    Day,
    Event,
    Item,
    ListBlock,
    Organiser,
    Person,
    Point,
    Talk,
)
from kiosk.problems import AgendaError, Problem
from kiosk.schema import SchemaChecker
from kiosk.semantics import Semantics
from kiosk.text import Text, text_or_none


def build_agenda(document: Any, source: str, *, imported: bool = False) -> Agenda:
    """Validate a parsed document fully and build the model; raise with all problems.

    ``imported``: the document was converted from another tool's schedule, whose same-room
    overlaps are the agenda's ``warnings`` rather than problems."""
    problems = [Problem(where, what) for where, what in SchemaChecker().problems(document)]
    if not isinstance(document, dict):
        raise AgendaError(source, problems)
    checked = Semantics(document, overlaps_allowed=imported)
    problems += checked.problems
    if problems:
        raise AgendaError(source, problems)
    return _build(checked, source)


def _build(checked: Semantics, source: str) -> Agenda:
    doc, tz = checked.doc, checked.tz
    assert tz is not None
    people = tuple(Person(id=p["id"], name=Text(p["name"]), honorific=text_or_none(p.get("honorific")),
                          position=text_or_none(p.get("position")),
                          organisation=text_or_none(p.get("organisation")),
                          sort_name=text_or_none(p.get("sort_name")))
                   for p in doc.get("people", []))
    by_id = {p.id: p for p in people}

    def appearances(raw: list | None) -> tuple[Appearance, ...]:
        if not raw:
            return ()
        return tuple([Appearance(by_id[a["person"]], bool(a.get("tbc")), bool(a.get("video"))) for a in raw])

    def blocks(raw: list | None) -> tuple[Block, ...]:
        if not raw:
            return ()
        return tuple(ListBlock(tuple(Text(e) for e in b["list"])) if isinstance(b, dict) and "list" in b
                     else Text(b) for b in raw)

    slots = {slot.id: slot for day in checked.slots for slot in day}
    days = []
    for d_index, raw_day in enumerate(doc["days"]):
        the_date = date.fromisoformat(raw_day["date"])

        def at(minutes: int, the_date: date = the_date) -> datetime:  # 24:00 and later: the next morning
            return aware_at(the_date, minutes, tz)  # the checks have found each of these times real

        # The day ends at midnight, or at its "ends" when it runs past it, or with its last item.
        day_slots = checked.slots[d_index]
        close = max(MINUTES_PER_DAY, parse_hhmm(raw_day.get("ends")) or 0)
        live = sorted(s.start for s in day_slots if not s.cancelled)
        items = []
        for raw in raw_day["items"]:
            slot = slots[raw["id"]]
            start = at(slot.start)
            end = at(slot.end) if slot.end is not None else None
            # as printed: the same instants unless an adjustment moved the item
            printed_start = start if slot.printed_start == slot.start else at(slot.printed_start)
            printed_end = end if slot.printed_end == slot.end else \
                at(slot.printed_end) if slot.printed_end is not None else None
            later = bisect.bisect_right(live, slot.start)  # the first start after this one
            # An open end lasts until the next start, else until the day ends (an hour at least,
            # for one that starts as the day ends).
            until = end or at(live[later] if later < len(live) else max(close, slot.start + 60))
            items.append(Item(
                id=raw["id"], kind=raw["kind"], title=Text(raw["title"]), start=start, end=end,
                until=until, day_index=d_index, subtitle=text_or_none(raw.get("subtitle")),
                room=text_or_none(raw.get("room")), description=blocks(raw.get("description")),
                points=tuple(Point(p["label"], Text(p["text"])) for p in raw["points"]) if "points" in raw else (),
                talks=tuple(Talk(title=text_or_none(t.get("title")), description=blocks(t.get("description")),
                                 presenters=appearances(t.get("presenters")),
                                 moderators=appearances(t.get("moderators")))
                            for t in raw["talks"]) if "talks" in raw else (),
                presenters=appearances(raw.get("presenters")),
                moderators=appearances(raw.get("moderators")),
                printed_start=printed_start, printed_end=printed_end,
                cancelled=slot.cancelled, note=text_or_none(slot.note)))
        items.sort(key=lambda i: i.start)
        ends = max([at(close)] + [i.until for i in items])
        days.append(Day(date=the_date, index=d_index, items=tuple(items),
                        title=text_or_none(raw_day.get("title")), ends=ends))

    ev = doc["event"]
    event = Event(
        name=Text(ev["name"]), theme=text_or_none(ev.get("theme")),
        start_date=date.fromisoformat(ev["dates"]["start"]), end_date=date.fromisoformat(ev["dates"]["end"]),
        venue=text_or_none(ev.get("venue")), city=text_or_none(ev.get("city")),
        country=text_or_none(ev.get("country")),
        short_name=text_or_none(ev.get("short_name")), series=text_or_none(ev.get("series")),
        edition=ev.get("edition"),
        organisers=tuple(Organiser(Text(o["name"]), text_or_none(o.get("role"))) for o in ev.get("organisers", [])),
        url=ev.get("url"))
    announcements = tuple(Announcement(start, end, Text(entry["text"]), entry.get("level", "info"))
                          for start, end, entry in checked.announcements)
    # The source's room order: its own list (a conference tool's rooms, main halls first), then
    # the order in which rooms appear in the file.
    rooms = [str(Text(r)) for r in doc.get("rooms", [])]
    rooms += [str(Text(raw["room"])) for raw_day in doc["days"] for raw in raw_day["items"] if "room" in raw]
    return Agenda(event=event, timezone=tz, days=tuple(days), people=people, source=source,
                  announcements=announcements, rooms=tuple(dict.fromkeys(rooms)),
                  warnings=tuple(checked.warnings))
