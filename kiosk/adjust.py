"""Adjustments staff write on the day: a delay from an item on, a cancellation, a move.

They sit in the agenda's ``adjustments`` list, apart from the printed items, and are applied
on load; the schedule, the screen and ``--print-state`` all follow the adjusted times.

- ``{"delay": 15, "from": "d1-emergency"}``: that item and every later one that day start
  15 minutes later. With ``"until": "d1-qa"`` the delay stops there: that item starts later
  but ends on time (it absorbs the delay) and what follows it is untouched.
- ``{"cancel": "d1-photo"}``: the item stays listed, marked cancelled, and is never current.
- ``{"move": "d1-photo", "start": "15:30"}``: the item starts then, same length unless ``end``.
"""

from __future__ import annotations

from kiosk.localtime import MAX_END_MINUTES, hhmm, parse_hhmm
from kiosk.record import Record


class Slot(Record):
    """An item's place in its day, in minutes from local midnight, as adjusted so far.

    Both may be up to 47:59 (the next morning, in a day that runs past midnight).
    """

    id: str
    day: int
    path: str
    title: str
    room: str
    start: int
    end: int | None
    printed_start: int = 0
    printed_end: int | None = None
    cancelled: bool = False
    note: object = None
    changed_by: int | None = None

    def __post_init__(self):
        self.printed_start, self.printed_end = self.start, self.end


def apply_adjustments(days: list[list[Slot]], adjustments: list) -> list[tuple[str, str]]:
    """Apply in order, changing the slots; returns (where, what) for each problem.

    Only entries the schema found no fault with are given (others are None), so every time is a
    valid "HH:MM" here.
    """
    problems: list[tuple[str, str]] = []
    by_id = {slot.id: slot for day in days for slot in day}

    def find(index: int, key: str, value) -> Slot | None:
        if not isinstance(value, str):
            return None
        slot = by_id.get(value)
        if slot is None:
            problems.append((f"adjustments[{index}].{key}", f'no item with the id "{value}"'))
        return slot

    for index, adjustment in enumerate(adjustments):
        if not isinstance(adjustment, dict):
            continue
        where = f"adjustments[{index}]"
        if "delay" in adjustment and isinstance(adjustment.get("delay"), int):
            first = find(index, "from", adjustment.get("from"))
            last = find(index, "until", adjustment["until"]) if "until" in adjustment else None
            if first is None or ("until" in adjustment and last is None):
                continue
            day = sorted(days[first.day], key=lambda s: s.start)
            if last is not None and (last.day != first.day or last.start < first.start or last is first):
                problems.append((f"{where}.until", f'"{last.id}" must be a later item on the same day as "{first.id}"'))
                continue
            minutes = adjustment["delay"]
            begin, stop = first.start, (last.start if last is not None else MAX_END_MINUTES)
            for slot in day:
                if slot.start < begin or slot.start > stop:
                    continue
                slot.changed_by = index
                slot.start += minutes
                if slot is last:
                    if slot.end is not None and slot.start >= slot.end:
                        problems.append((where, f'a delay of {minutes} min leaves nothing of "{slot.title}" '
                                                f"({hhmm(slot.printed_start)}–{hhmm(slot.end)})"))
                elif slot.end is not None:
                    slot.end += minutes
                if slot.start >= MAX_END_MINUTES:
                    problems.append((where, f'the delay pushes "{slot.title}" past {hhmm(MAX_END_MINUTES - 1)} '
                                            '(the next morning)'))
                elif (slot.end or 0) >= MAX_END_MINUTES:
                    problems.append((where, f'the delay pushes the end of "{slot.title}" past '
                                            f'{hhmm(MAX_END_MINUTES - 1)} (the next morning)'))
            if adjustment.get("note") is not None:
                first.note = adjustment["note"]
        elif "cancel" in adjustment:
            slot = find(index, "cancel", adjustment.get("cancel"))
            if slot is not None:
                slot.cancelled, slot.changed_by, slot.note = True, index, adjustment.get("note")
        elif "move" in adjustment and isinstance(adjustment.get("start"), str):
            slot = find(index, "move", adjustment.get("move"))
            if slot is None:
                continue
            start = parse_hhmm(adjustment["start"])
            if isinstance(adjustment.get("end"), str):
                end = parse_hhmm(adjustment["end"])
                if end <= start:
                    problems.append((f"{where}.end", f"{adjustment['end']} is not after start {adjustment['start']}"))
                    continue
            else:
                end = None if slot.end is None else start + (slot.end - slot.start)
                if end is not None and end >= MAX_END_MINUTES:
                    problems.append((where, f'moved to {adjustment["start"]}, "{slot.title}" would end after '
                                            f'{hhmm(MAX_END_MINUTES - 1)} (the next morning)'))
                    continue
            slot.start, slot.end, slot.changed_by = start, end, index
            slot.note = adjustment.get("note")

    if any(isinstance(a, dict) for a in adjustments):
        problems += _overlaps(days)
    return problems


def _overlaps(days: list[list[Slot]]) -> list[tuple[str, str]]:
    problems = []
    for day in days:
        by_room: dict[str, Slot] = {}
        for slot in sorted((s for s in day if not s.cancelled), key=lambda s: s.start):
            earlier = by_room.get(slot.room)
            if earlier is not None and earlier.end is not None and slot.start < earlier.end:
                blame = slot.changed_by if slot.changed_by is not None else earlier.changed_by
                if blame is not None:
                    problems.append((f"adjustments[{blame}]",
                                     f'after the adjustments "{slot.title}" ({hhmm(slot.start)}) overlaps '
                                     f'"{earlier.title}" ({hhmm(earlier.start)}–{hhmm(earlier.end)})'))
            by_room[slot.room] = slot
    return problems
