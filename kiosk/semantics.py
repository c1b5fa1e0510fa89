"""What an agenda's schema cannot say: times that exist, order, overlaps, unique ids, references
to people, dates that agree, and the staff's adjustments applied."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.adjust import Slot, apply_adjustments
from kiosk.localtime import MAX_END_MINUTES, MINUTES_PER_DAY, date_and_time, hhmm, instant_at, parse_hhmm, year_problem
from kiosk.problems import Problem, describe, join_path
from kiosk.schema import entry_fits
from kiosk.zones import ZoneError, event_zone


def parse_date(value: Any) -> date | None:
    """The date of a "YYYY-MM-DD" text; None for anything else."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _english(value: Any) -> str | None:
    """The English of a text field that may be malformed (checked elsewhere)."""
    if isinstance(value, dict):
        value = value.get("en")
    return value if isinstance(value, str) else None


def _shown(title: str | None) -> str:
    """An item as a message names it: its English title in quotes, else "the item"."""
    return describe(title) if title else "the item"


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _dicts(value: Any) -> Iterable[tuple[int, dict]]:
    return ((i, v) for i, v in enumerate(_list(value)) if isinstance(v, dict))


class Semantics:
    """Checks times, order, overlaps, ids and references of a parsed document (``problems``).

    What the checks work out is kept for building the model: the zone (``tz``), each day's items
    as adjusted (``slots``) and the announcements' instants (``announcements``).
    """

    def __init__(self, document: dict, *, overlaps_allowed: bool = False):
        self.doc = document
        self.problems: list[Problem] = []
        # Another tool's schedule may book a room twice (merged schedules do): there an overlap is
        # a warning and both items are shown; in the kiosk's own agenda.json it is a typing mistake.
        self.overlaps_allowed = overlaps_allowed
        self.warnings: list[Problem] = []
        self.tz = self._check_timezone(document.get("timezone"))
        self.person_ids = self._check_people(document.get("people"))
        self.slots: list[list[Slot]] = []
        # Per day: its date and (path, English title, room, start, end) of each item, in minutes.
        self.timeline: list[tuple[date | None, list[tuple[str, str | None, str, int, int | None]]]] = []
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

    def _time(self, minutes: int) -> str:
        """A time for a message: agenda.json's own "25:30", or an imported file's wall clock "01:30"."""
        return hhmm(minutes % MINUTES_PER_DAY if self.overlaps_allowed else minutes)

    def _overlap(self, where: str, what: str) -> None:
        if self.overlaps_allowed:
            self.warnings.append(Problem(where, what + "; both are shown"))
        else:
            self._add(where, what)

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
        if not appearances or not isinstance(appearances, list):
            return
        for index, appearance in enumerate(appearances):  # what _dicts gives, without its generators
            ref = appearance.get("person") if isinstance(appearance, dict) else None
            if isinstance(ref, str) and ref not in self.person_ids:
                self._add(join_path(join_path(join_path(owner, key), index), "person"),
                          f'no one with the id "{ref}" in "people"')

    def _check_days(self, days: Any) -> None:
        item_ids: dict[str, str] = {}
        previous_date: date | None = None
        seen_dates: dict[date, str] = {}
        for d_index, day in _dicts(days):
            day_path = join_path("days", d_index)
            the_date = parse_date(day.get("date"))
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
        """An item running after midnight ("25:00") must not overlap the next day's items in its room."""
        for (day, items), (next_day, next_items) in pairwise(self.timeline):
            if day is None or next_day != day + timedelta(days=1):
                continue
            for path, title, room, start, end in items:
                if end is None or end <= MINUTES_PER_DAY:
                    continue
                for n_path, _n_title, n_room, n_start, n_end in next_items:
                    if n_room == room and n_start < end - MINUTES_PER_DAY \
                            and (n_end or n_start + 1) > start - MINUTES_PER_DAY:
                        self._overlap(join_path(n_path, "start"),
                                  f"{self._time(n_start)} overlaps {_shown(title)} ({path}, {self._time(start)}–"
                                  f"{self._time(end)} the day before, until {hhmm(end - MINUTES_PER_DAY)})"
                                  + (f" in room {room}" if room else ""))

    def _check_items(self, items: Any, day_path: str, the_date: date | None,
                     item_ids: dict[str, str]) -> None:
        by_room: dict[str, tuple[str, str | None, int, int | None]] = {}
        previous_start: int | None = None
        day_index, slots, timeline = len(self.slots) - 1, self.slots[-1], self.timeline[-1][1]
        items_path = join_path(day_path, "items")
        for i_index, item in _dicts(items):
            path = join_path(items_path, i_index)
            iid = item.get("id")
            if isinstance(iid, str):
                if iid in item_ids:
                    self._add(join_path(path, "id"), f'the id "{iid}" is already used by {item_ids[iid]}')
                else:
                    item_ids[iid] = path
            self._check_refs(item.get("presenters"), path, "presenters")
            self._check_refs(item.get("moderators"), path, "moderators")
            for t_index, talk in _dicts(item.get("talks")):
                talk_path = join_path(join_path(path, "talks"), t_index)
                for key in ("presenters", "moderators"):
                    self._check_refs(talk.get(key), talk_path, key)

            # Minutes past the day's midnight; 24:00–47:59 is the next morning, still in this day.
            start = parse_hhmm(item.get("start"), MAX_END_MINUTES)
            end = parse_hhmm(item.get("end"))
            if start is None:
                continue
            if the_date is not None and self.tz is not None:
                for key, moment in (("start", start), ("end", end)):
                    if moment is not None and not instant_at(the_date, moment, self.tz)[1]:
                        on = date_and_time(the_date, moment)[0]
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
                    self._overlap(join_path(path, "start"),
                              f"{self._time(start)} overlaps {_shown(e_title)} ({e_path}, {self._time(e_start)}–"
                              f"{self._time(e_end)})"
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
                self._add(join_path(where, "until"),
                          f"{times[1]:%Y-%m-%d %H:%M} is not after from {times[0]:%Y-%m-%d %H:%M}")
                continue
            found.append((start, end, entry))
        return found

    def _check_event_dates(self, event: Any, days: Any) -> None:
        if not isinstance(event, dict) or not isinstance(event.get("dates"), dict):
            return
        dates = event["dates"]
        all_dates = {d for _, day in _dicts(days) if (d := parse_date(day.get("date"))) is not None}
        day_dates = [d for d in all_dates if not year_problem(d)]
        for key in ("start", "end"):
            value = dates.get(key)
            parsed = parse_date(value)
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
