"""Loading and validating agenda.json: the one place that decides what a valid agenda is.

``load_agenda(path)`` returns an :class:`Agenda` or raises :class:`AgendaError` carrying every
problem found, each located (``days[0].items[3].end``) and said in plain words.
"""

from __future__ import annotations

import bisect
import json
import os
import stat
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Iterable
from zoneinfo import ZoneInfo

from kiosk.adjust import MAX_END_MINUTES, MINUTES_PER_DAY, Slot, apply_adjustments, hhmm
from kiosk.model import (Agenda, Announcement, Appearance, Block, Day, Event, Item, ListBlock, Organiser,
                         Person, Point, Talk)
from kiosk.schema import SchemaChecker, describe, entry_fits, join_path
from kiosk.textcheck import half_characters, printable
from kiosk.text import Text, text_or_none
from kiosk.zones import ZoneError, event_zone

MAX_FILE_BYTES = 8 * 1024 * 1024
# The years an agenda's dates may fall in. Wider would only admit typos (9999, 0001) whose times
# cannot even be converted between zones at the calendar's edge; a kiosk in use is within this.
FIRST_YEAR, LAST_YEAR = 2000, 2199


def year_problem(day: date | datetime) -> str | None:
    """Why a programme date is refused (outside FIRST_YEAR–LAST_YEAR), in plain words; None when fine."""
    if FIRST_YEAR <= day.year <= LAST_YEAR:
        return None
    shown = day.isoformat(" ", "minutes") if isinstance(day, datetime) else day.isoformat()
    return f"{shown} is outside the years {FIRST_YEAR}–{LAST_YEAR} the kiosk accepts"


@dataclass(frozen=True)
class Problem:
    """One reason an agenda cannot be used: where in the file, and what is wrong, in plain words."""

    where: str
    what: str

    def format(self, source: str) -> str:
        """One printable line, whatever the file held (control characters, half characters)."""
        return printable(f"{source}: {self.where}: {self.what}")


class AgendaError(Exception):
    """The agenda could not be used; ``problems`` lists every reason."""

    def __init__(self, source: str, problems: Iterable[Problem]):
        self.source = source
        self.problems = list(problems)
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [p.format(self.source) for p in self.problems]


class _Object(dict):
    """A JSON object that remembers keys given twice (json keeps only the last)."""

    duplicate_keys: tuple[str, ...] = ()


def _object_pairs(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        obj.duplicate_keys = tuple(k for k, _ in pairs if k in seen or seen.add(k))
    return obj


def _reject_constant(name: str):
    raise ValueError(f"{name} is not allowed in an agenda")


def _line_col(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"line {line}, column {col}"


def decode_text(data: bytes, source: str) -> str:
    """The text of an agenda or schedule file: not too large, UTF-8 (a BOM is fine)."""
    if len(data) > MAX_FILE_BYTES:
        raise AgendaError(source, [Problem(
            "file", f"is {len(data) / 1e6:.1f} MB; an agenda can be at most {MAX_FILE_BYTES // 2**20} MB")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        prefix = data[:err.start].decode("utf-8", "replace")
        raise AgendaError(source, [Problem(
            _line_col(prefix, len(prefix)),
            f"the file is not UTF-8 text (byte 0x{data[err.start]:02x}); save it as UTF-8")]) from None


def parse_json(data: bytes, source: str) -> Any:
    """Bytes to a JSON value, or AgendaError saying where the text is broken."""
    text = decode_text(data, source)
    if not text.strip():
        raise AgendaError(source, [Problem("file", "is empty")])
    if text.lstrip().startswith("<"):
        raise AgendaError(source, [Problem("file", "is XML (a frab schedule.xml?), not JSON; only JSON can be "
                                                   "changed here: make an agenda.json with kiosk --convert")])
    try:
        document = json.loads(text, object_pairs_hook=_object_pairs, parse_constant=_reject_constant)
    except json.JSONDecodeError as err:
        raise AgendaError(source, [Problem(
            f"line {err.lineno}, column {err.colno}", f"not valid JSON: {err.msg}")]) from None
    except ValueError as err:
        raise AgendaError(source, [Problem("file", f"not valid JSON: {err}")]) from None
    except RecursionError:
        raise AgendaError(source, [Problem(
            "file", "is nested too deeply (brackets inside brackets, hundreds of levels)")]) from None
    halves = half_characters(document, text)
    if halves:
        raise AgendaError(source, [Problem(where, what) for where, what in halves])
    return document


_NOT_FILES = ((stat.S_ISDIR, "is a folder, not a file"), (stat.S_ISFIFO, "is a pipe (FIFO), not a file"),
              (stat.S_ISCHR, "is a device, not a file"), (stat.S_ISBLK, "is a device, not a file"),
              (stat.S_ISSOCK, "is a socket, not a file"))


def _not_a_file(mode: int) -> str | None:
    """Why something with this mode is not a file to read, in plain words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _NOT_FILES if test(mode)), "is not a regular file")


def read_file(path: str | os.PathLike, limit: int = MAX_FILE_BYTES, what: str = "an agenda") -> bytes:
    """A regular file's bytes (at most ``limit``), or AgendaError saying in plain words why not.

    Never blocks and never reads without end: the file is opened without waiting (a FIFO has no
    writer to wait for), the open descriptor is checked to be a regular file of at most ``limit``
    bytes, and at most ``limit + 1`` bytes are read (a file that grows meanwhile is still caught).
    """
    source = str(path)

    def refuse(reason: str) -> AgendaError:
        return AgendaError(source, [Problem("file", reason)])

    def too_large(size: int) -> AgendaError:
        return refuse(f"is {size / 1e6:.1f} MB; {what} can be at most {limit / 2**20:g} MB")

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise refuse("not found") from None
    except OSError as err:  # a folder on Windows, a socket, no permission …
        try:
            reason = _not_a_file(os.stat(path).st_mode)
        except (OSError, ValueError):
            reason = None
        raise refuse(reason or f"cannot be read ({err.strerror or err})") from None
    except ValueError:  # a NUL in the name
        raise refuse("not found") from None
    try:
        info = os.fstat(fd)
        reason = _not_a_file(info.st_mode)
        if reason:
            raise refuse(reason)
        if info.st_size > limit:
            raise too_large(info.st_size)
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    except OSError as err:
        raise refuse(f"cannot be read ({err.strerror or err})") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise too_large(len(data))
    return data


def load_agenda(path: str | os.PathLike) -> Agenda:
    return parse_agenda(read_file(path), str(path))


def parse_agenda(data: bytes, source: str) -> Agenda:
    """An agenda from the bytes of any supported format, told apart by content, not by name:
    agenda.json, a frab/c3voc schedule.xml (root <schedule>) or a schedule.json (top-level
    "schedule"); the conference formats are converted by :mod:`kiosk.formats`."""
    if _looks_like_xml(data):
        from kiosk.formats import agenda_from_xml
        return agenda_from_xml(data, source)
    document = parse_json(data, source)
    if isinstance(document, dict) and "schedule" in document:
        from kiosk.formats import agenda_from_schedule_json
        return agenda_from_schedule_json(document, source)
    return build_agenda(document, source)


def _looks_like_xml(data: bytes) -> bool:
    return data[:3 + 1024].removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"<")


def build_agenda(document: Any, source: str) -> Agenda:
    """Validate a parsed document fully and build the model; raise with all problems."""
    problems = [Problem(where, what) for where, what in SchemaChecker().problems(document)]
    if not isinstance(document, dict):
        raise AgendaError(source, problems)
    checker = _Semantics(document)
    problems += checker.problems
    if problems:
        raise AgendaError(source, problems)
    return checker.build(source)


# --- meaning: what a schema cannot say ------------------------------------------------------

def _parse_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _parse_minutes(value: Any, limit: int = MINUTES_PER_DAY) -> int | None:
    """Minutes past the day's midnight of "HH:MM" (below ``limit``: 24:00 for a start, 48:00 for
    an end, where 24:00–47:59 is the next morning), or None when it is no such time."""
    if not isinstance(value, str) or ":" not in value:
        return None
    hours, _, minutes = value.partition(":")
    try:
        h, m = int(hours), int(minutes)
    except ValueError:
        return None
    if h < 0 or not 0 <= m < 60 or h * 60 + m >= limit:
        return None
    return h * 60 + m


def _clock(the_date: date, minutes: int) -> tuple[date, time]:
    """The calendar date and time of day ``minutes`` past the midnight starting ``the_date``."""
    days, rest = divmod(minutes, MINUTES_PER_DAY)
    return the_date + timedelta(days=days), time(rest // 60, rest % 60)


def local_instant(day: date, clock: time, tz: ZoneInfo) -> tuple[datetime, bool]:
    """The aware instant of a local date and time, and whether that local time exists."""
    naive = datetime.combine(day, clock)
    aware = naive.replace(tzinfo=tz)
    round_trip = aware.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None)
    return aware, round_trip == naive


def _english(value: Any) -> str | None:
    """The English of a text field that may be malformed (checked elsewhere)."""
    if isinstance(value, dict):
        value = value.get("en")
    return value if isinstance(value, str) else None


def _shown(title: str | None) -> str:
    """An item as a message names it: its English title in quotes, else "the item"."""
    return describe(title) if title else "the item"


_UNSEEN = object()


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _dicts(value: Any) -> Iterable[tuple[int, dict]]:
    return ((i, v) for i, v in enumerate(_list(value)) if isinstance(v, dict))


class _Semantics:
    """Checks times, order, overlaps, ids and references; builds the model when all is well."""

    def __init__(self, document: dict):
        self.doc = document
        self.problems: list[Problem] = []
        self.tz = self._check_timezone(document.get("timezone"))
        self.person_ids = self._check_people(document.get("people"))
        self.slots: list[list[Slot]] = []
        # local_instant of each (date, minutes past its midnight) met, worked out once: an item's
        # end is mostly the next one's start, and the model needs each time again.
        self._instants: dict[date, dict[int, tuple[datetime, bool]]] = {}
        # Per day: its date and (path, English title, room, start, end) of each item, in minutes.
        self.timeline: list[tuple[date | None, list[tuple[str, str | None, str, int, int | None]]]] = []
        # Each "HH:MM" met as minutes up to 47:59 (None: no such time), parsed once per load.
        self._minutes: dict[str, int | None] = {}
        self._check_days(document.get("days"))
        self._check_overnight_overlaps()
        self._check_event_dates(document.get("event"), document.get("days"))
        if isinstance(document.get("adjustments"), list):
            # Only well-formed ones are applied (the schema has said what is wrong with the others);
            # their places in the list stay, so that messages still count them right.
            fits = entry_fits("adjustments")
            usable = [entry if fits(entry) else None for entry in document["adjustments"]]
            for where, what in apply_adjustments(self.slots, usable):
                self._add(where, what)
        self.announcements = self._check_announcements(document.get("announcements"))

    def _add(self, where: str, what: str) -> None:
        self.problems.append(Problem(where, what))

    def _instant(self, the_date: date, minutes: int) -> tuple[datetime, bool]:
        """``local_instant`` of ``minutes`` past the midnight starting ``the_date`` (in ``self.tz``)."""
        by_minutes = self._instants.get(the_date)
        if by_minutes is None:
            by_minutes = self._instants[the_date] = {}
        found = by_minutes.get(minutes)
        if found is None:
            found = by_minutes[minutes] = local_instant(*_clock(the_date, minutes), self.tz)
        return found

    def _check_timezone(self, name: Any) -> ZoneInfo | None:
        if not isinstance(name, str) or not name:
            return None
        try:
            return event_zone(name)
        except ZoneError as err:
            self._add("timezone", str(err))
            return None

    def _check_people(self, people: Any) -> dict[str, str]:
        ids: dict[str, str] = {}
        for index, person in _dicts(people):
            pid = person.get("id")
            if isinstance(pid, str):
                if pid in ids:
                    self._add(join_path(join_path("people", index), "id"),
                              f'the id "{pid}" is already used by {ids[pid]}')
                else:
                    ids[pid] = join_path("people", index)
        return ids

    def _check_refs(self, appearances: Any, owner: str, key: str) -> None:
        """The people named in ``owner``'s list ``key`` (paths are made only for a problem)."""
        if not appearances:
            return
        for index, appearance in _dicts(appearances):
            ref = appearance.get("person")
            if isinstance(ref, str) and ref not in self.person_ids:
                self._add(join_path(join_path(join_path(owner, key), index), "person"),
                          f'no one with the id "{ref}" in "people"')

    def _check_days(self, days: Any) -> None:
        item_ids: dict[str, str] = {}
        previous_date: date | None = None
        seen_dates: dict[date, str] = {}
        for d_index, day in _dicts(days):
            day_path = join_path("days", d_index)
            the_date = _parse_date(day.get("date"))
            if isinstance(day.get("date"), str) and the_date is None and "-" in day["date"]:
                if len(day["date"]) == 10:
                    self._add(join_path(day_path, "date"), f"{day['date']} is not a real date")
            if the_date is not None and year_problem(the_date):
                self._add(join_path(day_path, "date"), year_problem(the_date))
                the_date = None  # no times are worked out on it
            if the_date is not None:
                if the_date in seen_dates:
                    self._add(join_path(day_path, "date"),
                              f"{the_date} is already the date of {seen_dates[the_date]}")
                elif previous_date is not None and the_date < previous_date:
                    self._add(join_path(day_path, "date"),
                              f"{the_date} comes before the previous day {previous_date}; days must be in order")
                seen_dates.setdefault(the_date, day_path)
                previous_date = the_date
            self.slots.append([])
            self.timeline.append((the_date, []))
            self._check_items(day.get("items"), day_path, the_date, item_ids)

    def _check_overnight_overlaps(self) -> None:
        """An item ending after midnight ("25:00") must not overlap the next day's items in its room."""
        for (day, items), (next_day, next_items) in zip(self.timeline, self.timeline[1:]):
            if day is None or next_day != day + timedelta(days=1):
                continue
            for path, title, room, start, end in items:
                if end is None or end <= MINUTES_PER_DAY:
                    continue
                for n_path, _n_title, n_room, n_start, _n_end in next_items:
                    if n_room == room and n_start < end - MINUTES_PER_DAY:
                        self._add(join_path(n_path, "start"),
                                  f"{hhmm(n_start)} overlaps {_shown(title)} ({path}, {hhmm(start)}–{hhmm(end)} "
                                  f"the day before, until {hhmm(end - MINUTES_PER_DAY)})"
                                  + (f" in room {room}" if room else ""))

    def _check_items(self, items: Any, day_path: str, the_date: date | None,
                     item_ids: dict[str, str]) -> None:
        by_room: dict[str, tuple[str, str | None, int, int | None]] = {}
        previous_start: int | None = None
        items_path = join_path(day_path, "items")
        day_index, slots, timeline = len(self.slots) - 1, self.slots[-1], self.timeline[-1][1]
        minutes_of = self._minutes
        check_instants = the_date is not None and self.tz is not None
        instants = self._instants.setdefault(the_date, {}) if check_instants else {}
        for i_index, item in _dicts(items):
            path = f"{items_path}[{i_index}]"  # join_path(items_path, i_index)
            iid = item.get("id")
            if isinstance(iid, str):
                if iid in item_ids:
                    self._add(join_path(path, "id"), f'the id "{iid}" is already used by {item_ids[iid]}')
                else:
                    item_ids[iid] = path
            self._check_refs(item.get("presenters"), path, "presenters")
            self._check_refs(item.get("moderators"), path, "moderators")
            talks = item.get("talks")
            if talks:
                for t_index, talk in _dicts(talks):
                    talk_path = join_path(join_path(path, "talks"), t_index)
                    for key in ("presenters", "moderators"):
                        self._check_refs(talk.get(key), talk_path, key)

            # Minutes past the day's midnight; an end may be 24:00–47:59, the next morning.
            raw = item.get("start")
            start = minutes_of.get(raw, _UNSEEN) if isinstance(raw, str) else None
            if start is _UNSEEN:
                start = minutes_of[raw] = _parse_minutes(raw, MAX_END_MINUTES)
            if start is not None and start >= MINUTES_PER_DAY:  # a start is before 24:00
                start = None
            raw = item.get("end")
            end = minutes_of.get(raw, _UNSEEN) if isinstance(raw, str) else None
            if end is _UNSEEN:
                end = minutes_of[raw] = _parse_minutes(raw, MAX_END_MINUTES)
            if start is None:
                continue
            if check_instants:
                for key, moment in (("start", start), ("end", end)):
                    if moment is not None and not (instants.get(moment) or self._instant(the_date, moment))[1]:
                        on = _clock(the_date, moment)[0]
                        self._add(join_path(path, key),
                                  f"{hhmm(moment)} does not exist on {on} in {self.tz.key} "
                                  "(the clocks skip it)")
            if end is not None:
                if end < start:
                    self._add(join_path(path, "end"), f"{hhmm(end)} is before start {hhmm(start)}")
                    end = None
                elif end == start:
                    self._add(join_path(path, "end"), f"{hhmm(end)} is the same as start; "
                                                      "an item must last at least a minute")
                    end = None
            if previous_start is not None and start < previous_start:
                self._add(join_path(path, "start"),
                          f"{hhmm(start)} is before the start of the item above it "
                          f"({hhmm(previous_start)}); items must be listed in time order")
            previous_start = start
            room = _english(item.get("room")) or ""
            title = _english(item.get("title"))
            if isinstance(iid, str):
                slots.append(Slot(iid, day_index, path, title or iid, room, start, end))
            earlier = by_room.get(room)
            if earlier is not None:
                e_path, e_title, e_start, e_end = earlier
                if e_end is not None and start < e_end and start >= e_start:
                    self._add(join_path(path, "start"),
                              f"{hhmm(start)} overlaps {_shown(e_title)} ({e_path}, {hhmm(e_start)}–{hhmm(e_end)})"
                              + (f" in room {room}" if room else ""))
            timeline.append((path, title, room, start, end))
            if earlier is None or start >= earlier[2]:
                by_room[room] = (path, title, start, end)

    def _check_announcements(self, raw: Any) -> list[tuple[datetime, datetime, dict]]:
        found = []
        for index, entry in _dicts(raw):
            where = join_path("announcements", index)
            times = []
            for key in ("from", "until"):
                value = entry.get(key)
                try:
                    moment = datetime.fromisoformat(value) if isinstance(value, str) else None
                except ValueError:
                    self._add(join_path(where, key), f"{value} is not a real date and time")
                    moment = None
                if moment is not None and year_problem(moment):
                    self._add(join_path(where, key), year_problem(moment))
                    moment = None
                times.append(moment)
            if None in times or self.tz is None:
                continue
            start, end = (t.replace(tzinfo=self.tz) for t in times)
            if end <= start:
                self._add(join_path(where, "until"), f"{times[1]:%Y-%m-%d %H:%M} is not after from {times[0]:%Y-%m-%d %H:%M}")
                continue
            found.append((start, end, entry))
        return found

    def _check_event_dates(self, event: Any, days: Any) -> None:
        if not isinstance(event, dict) or not isinstance(event.get("dates"), dict):
            return
        dates = event["dates"]
        all_dates = {d for _, day in _dicts(days) if (d := _parse_date(day.get("date"))) is not None}
        day_dates = [d for d in all_dates if not year_problem(d)]
        for key in ("start", "end"):
            value = dates.get(key)
            parsed = _parse_date(value)
            where = f"event.dates.{key}"
            if isinstance(value, str) and parsed is None and len(value) == 10:
                self._add(where, f"{value} is not a real date")
            elif parsed is not None and year_problem(parsed):
                if parsed not in all_dates:  # else said once, at the day
                    self._add(where, year_problem(parsed))
            elif parsed is not None and day_dates:
                expected = min(day_dates) if key == "start" else max(day_dates)
                if parsed != expected:
                    which = "first" if key == "start" else "last"
                    self._add(where, f"{parsed} does not match the {which} day of the programme ({expected})")

    # --- building, only when there were no problems -------------------------------------

    def build(self, source: str) -> Agenda:
        doc, tz = self.doc, self.tz
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
            return tuple(Appearance(by_id[a["person"]], bool(a.get("tbc")), bool(a.get("video")))
                         for a in raw)

        def blocks(raw: list | None) -> tuple[Block, ...]:
            if not raw:
                return ()
            return tuple(ListBlock(tuple(Text(e) for e in b["list"])) if isinstance(b, dict) and "list" in b
                         else Text(b) for b in raw)

        slots = {slot.id: slot for day in self.slots for slot in day}
        days = []
        for d_index, raw_day in enumerate(doc["days"]):
            the_date = date.fromisoformat(raw_day["date"])
            midnight = self._instant(the_date, MINUTES_PER_DAY)[0]  # the next one
            known = self._instants[the_date]  # mostly worked out by the checks

            def at(minutes: int) -> datetime:  # 24:00 and later is the next morning
                return (known.get(minutes) or self._instant(the_date, minutes))[0]

            live = sorted(s.start for s in self.slots[d_index] if not s.cancelled)
            items = []
            for raw in raw_day["items"]:
                slot = slots[raw["id"]]
                start = at(slot.start)
                end = at(slot.end) if slot.end is not None else None
                later = bisect.bisect_right(live, slot.start)  # the first start after this one
                until = end or (at(live[later]) if later < len(live) else midnight)
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
                    printed_start=at(slot.printed_start),
                    printed_end=at(slot.printed_end) if slot.printed_end is not None else None,
                    cancelled=slot.cancelled, note=text_or_none(slot.note)))
            items.sort(key=lambda i: i.start)
            days.append(Day(date=the_date, index=d_index, items=tuple(items),
                            title=text_or_none(raw_day.get("title"))))

        ev = doc["event"]
        event = Event(
            name=Text(ev["name"]), theme=Text(ev["theme"]),
            start_date=date.fromisoformat(ev["dates"]["start"]), end_date=date.fromisoformat(ev["dates"]["end"]),
            venue=Text(ev["venue"]), city=Text(ev["city"]), country=Text(ev["country"]),
            short_name=text_or_none(ev.get("short_name")), series=text_or_none(ev.get("series")),
            edition=ev.get("edition"),
            organisers=tuple(Organiser(Text(o["name"]), text_or_none(o.get("role"))) for o in ev.get("organisers", [])),
            url=ev.get("url"))
        announcements = tuple(Announcement(start, end, Text(entry["text"]), entry.get("level", "info"))
                              for start, end, entry in self.announcements)
        return Agenda(event=event, timezone=tz, days=tuple(days), people=people, source=source,
                      announcements=announcements)
