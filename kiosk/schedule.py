"""The schedule state: what is on, what is next, and when that changes. One pure function decides.

``state_at(agenda, now)`` is the only place that answers "what does the screen say at this
instant?"; the display, ``--print-state`` and the tests all ask it.
"""

from __future__ import annotations

import bisect
import weakref
from datetime import datetime

from kiosk.clock import clock_is_plausible
from kiosk.model import Agenda, Announcement, Item
from kiosk.record import Record
from kiosk.text import Text

BEFORE_EVENT = "before_event"
IN_ITEM = "in_item"
BETWEEN_ITEMS = "between_items"
AFTER_DAY = "after_day"
AFTER_EVENT = "after_event"
PHASES = (BEFORE_EVENT, IN_ITEM, BETWEEN_ITEMS, AFTER_DAY, AFTER_EVENT)


class ScheduleState(Record, frozen=True):
    """What the programme says at one instant: the phase, the current and next items, and when that changes."""

    at: datetime
    phase: str
    current: Item | None
    next: Item | None
    next_change: datetime | None
    # The item that ended last (for "Day 1 has ended" and between items), if any.
    previous: Item | None = None
    announcements: tuple[Announcement, ...] = ()
    # Multi-room programmes: every item running now, and the next item of each room (same day
    # as ``next``). With one room these are just (current,) and (next,).
    running: tuple[Item, ...] = ()
    next_by_room: tuple[Item, ...] = ()

    @property
    def parallel(self) -> bool:
        """Whether more than one room has something on now or next (the multi-track lobby)."""
        return len(self.running) > 1 or len(self.next_by_room) > 1

    def same_screen(self, other: ScheduleState | None) -> bool:
        """Whether two states show the same phase, current and next item and announcements."""
        return other is not None and (self.phase, self.current, self.next, self.announcements, self.running,
                                      self.next_by_room) == (other.phase, other.current, other.next,
                                                             other.announcements, other.running, other.next_by_room)


class _Timeline:
    """Sorted starts and boundaries of an agenda, so each question is a binary search."""

    def __init__(self, agenda: Agenda):
        # Cancelled items stay in the programme, marked, but are never current or next.
        self.items = tuple(i for i in agenda.items if not i.cancelled)
        self.starts = [i.start for i in self.items]
        # The latest "until" among items started so far: tells whether anything can still be on.
        self.reach = []
        latest = None
        for item in self.items:
            latest = item.until if latest is None or item.until > latest else latest
            self.reach.append(latest)
        self.announcements = agenda.announcements
        self.longest = max((i.until - i.start for i in self.items), default=None)
        # Each room's items in order: the next item in each room is one binary search.
        self.rooms: dict[str, tuple[list, list]] = {}
        for item in self.items:
            starts, items = self.rooms.setdefault(str(item.room or ""), ([], []))
            starts.append(item.start)
            items.append(item)
        self.boundaries = sorted({i.start for i in self.items} | {i.until for i in self.items}
                                 | {a.start for a in self.announcements} | {a.end for a in self.announcements})


_timelines: weakref.WeakKeyDictionary[Agenda, _Timeline] = weakref.WeakKeyDictionary()


def _timeline(agenda: Agenda) -> _Timeline:
    found = _timelines.get(agenda)
    if found is None:
        found = _timelines[agenda] = _Timeline(agenda)
    return found


def state_at(agenda: Agenda, now: datetime) -> ScheduleState:
    """The state of the programme at the aware instant ``now``.

    An item is current on [start, until). ``next`` is the first item to start strictly after
    ``now``. ``next_change`` is the first start or end after ``now`` (None after the event).
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("state_at needs an aware datetime")
    tl = _timeline(agenda)
    started = bisect.bisect_right(tl.starts, now)  # items[:started] have start <= now
    nxt = tl.items[started] if started < len(tl.items) else None

    current = None
    if started and tl.reach[started - 1] > now:
        # Latest-started item still running; with one room this is items[started - 1].
        for index in range(started - 1, -1, -1):
            if tl.items[index].until > now:
                current = tl.items[index]
                break

    # Nothing is on: the last item to have started has ended.
    previous = tl.items[started - 1] if current is None and started else None

    b = bisect.bisect_right(tl.boundaries, now)
    next_change = tl.boundaries[b] if b < len(tl.boundaries) else None

    if current is not None:
        phase = IN_ITEM
    elif not started:
        phase = BEFORE_EVENT
    elif nxt is None:
        phase = AFTER_EVENT
    elif previous is not None and previous.day_index == nxt.day_index:
        phase = BETWEEN_ITEMS
    else:
        phase = AFTER_DAY
    at = now.astimezone(agenda.timezone)
    showing = tuple(a for a in tl.announcements if a.start <= now < a.end)
    running: list[Item] = []
    for index in range(started - 1, -1, -1):  # only as far back as the longest item reaches
        item = tl.items[index]
        if item.start < now - tl.longest:
            break
        if item.until > now:
            running.append(item)
    running.sort(key=lambda i: (agenda.room_rank(i), i.start))  # the source's room order, main halls first
    next_by_room: dict[str, Item] = {}
    if nxt is not None:
        for room, (starts, items) in tl.rooms.items():
            first = bisect.bisect_right(starts, now)  # the room's first item to start after now
            if first < len(items) and items[first].day_index == nxt.day_index:
                next_by_room[room] = items[first]
    return ScheduleState(at=at, phase=phase, current=current, next=nxt,
                         next_change=next_change.astimezone(agenda.timezone) if next_change else None,
                         previous=previous, announcements=showing, running=tuple(running),
                         next_by_room=tuple(sorted(next_by_room.values(), key=agenda.room_rank)))


class BoardRow(Record, frozen=True):
    """One line of the "now in every room" board: a room, what is on in it now (None: nothing,
    the room is between its items) and its next item today (None: nothing more today)."""

    room: Text | None
    now: Item | None
    next: Item | None


class Board(Record, frozen=True):
    """The rooms a board shows, in the source's room order, and how many it leaves out."""

    rows: tuple[BoardRow, ...]
    more: int = 0


def board_rows(agenda: Agenda, state: ScheduleState) -> tuple[BoardRow, ...]:
    """Every room with something on now or later today, in the source's room order (main halls
    first): a line for each item on now (two items on at once in one room get two lines), else
    one for the room's next item."""
    following = {str(i.room or ""): i for i in state.next_by_room}
    rows: list[BoardRow] = []
    seen: set[str] = set()
    for item in sorted([*state.running, *state.next_by_room], key=agenda.room_rank):
        room = str(item.room or "")
        if item in state.running:
            rows.append(BoardRow(item.room, item, following.get(room)))
            seen.add(room)
        elif room not in seen:
            rows.append(BoardRow(item.room, None, item))
            seen.add(room)
    return tuple(rows)


def fit_board(rows: tuple[BoardRow, ...], capacity: int) -> Board:
    """The rows a board with room for ``capacity`` lines shows: all when they fit; else the rooms
    with something on now come before rooms only waiting for their next item, each kind in the
    source's room order, and the board says how many more there are. The order stays the rooms'."""
    if len(rows) <= capacity:
        return Board(rows)
    capacity = max(0, capacity)
    on_now = [r for r in rows if r.now is not None]
    keep = set(map(id, on_now[:capacity]))
    keep |= set(map(id, [r for r in rows if r.now is None][:capacity - len(keep)]))
    kept = tuple(r for r in rows if id(r) in keep)
    return Board(kept, len(rows) - len(kept))


def later_today(agenda: Agenda, state: ScheduleState, limit: int | None = None) -> list[Item]:
    """Items after ``state.next`` on the same programme day as it (the "Later today" strip)."""
    if state.next is None:
        return []
    day = agenda.days[state.next.day_index]
    rest = [i for i in day.items if i.start > state.next.start and not i.cancelled]
    return rest[:limit] if limit is not None else rest


def item_summary(item: Item | None, agenda: Agenda) -> dict | None:
    if item is None:
        return None
    tz = agenda.timezone
    summary = {"id": item.id, "title": str(item.title), "kind": item.kind,
               "start": item.start.astimezone(tz).isoformat(),
               "end": item.end.astimezone(tz).isoformat() if item.end else None}
    if item.start != item.printed_start or item.end != item.printed_end:  # only when staff adjusted it
        summary["printed_start"] = item.printed_start.astimezone(tz).isoformat()
        summary["printed_end"] = item.printed_end.astimezone(tz).isoformat() if item.printed_end else None
    return summary


def room_summary(item: Item, agenda: Agenda) -> dict:
    """An item with its room (None for an item without one), for the lists by room."""
    return {**item_summary(item, agenda), "room": str(item.room) if item.room is not None else None}


def state_as_json(state: ScheduleState, agenda: Agenda) -> dict:
    """What ``--print-state`` prints: the state as JSON; ``"clock_ok": false`` is added when the
    clock is implausible (the screen then shows "Waiting for the correct time", not ``current``)."""
    return {"at": state.at.isoformat(), "phase": state.phase,
            "current": item_summary(state.current, agenda),
            "next": item_summary(state.next, agenda),
            "next_change": state.next_change.isoformat() if state.next_change else None,
            # Every room: what is on in each now, and each room's next item, in the source's room order.
            "running": [room_summary(i, agenda) for i in state.running],
            "next_by_room": [room_summary(i, agenda) for i in state.next_by_room],
            **({"announcements": [str(a.text) for a in state.announcements]} if state.announcements else {}),
            **({} if clock_is_plausible(state.at) else {"clock_ok": False})}
