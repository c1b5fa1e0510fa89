"""The changes staff make on the day, as operations on an agenda document; the command line
(``kiosk --delay`` …, :mod:`kiosk.changes_cli`) and the editor window both make them here.

Each operation takes the parsed document (the JSON object of an agenda.json), never changes it,
and returns a :class:`Change`: a new document, one plain line saying what changed, and the
checked agenda. The new document has passed the same checker as ``kiosk --check``
(:func:`kiosk.validation.build_agenda`); anything it would refuse, and an unknown id (with the
closest ids), a time that does not parse or a move into an overlap, raises :class:`EditError`
in plain words. Delays, cancellations and moves are recorded in ``adjustments`` (the printed
times stay, the screens say "delayed 15 min", "moved from 14:30", "cancelled"; see
:mod:`kiosk.adjust`); announcements in ``announcements``.

:func:`apply_to_file` makes one change in a file: only the top-level members that changed are
spliced into the text (:func:`splice_changes`), every other byte stays, the write keeps mode,
owner and symlinks, and a file saved by someone else meanwhile gets the change made again on
their version: the staff panel's own steps (:mod:`kiosk.changes.panel_delays`).
"""

from __future__ import annotations

import copy
import difflib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.jsonsplice import SpliceError, append_part, remove_part, replace_part, scan, style_of, top_level
from kiosk.localtime import MAX_END_MINUTES, MINUTES_PER_DAY, hhmm, parse_hhmm, parse_iso_instant, year_problem
from kiosk.model import Agenda
from kiosk.problems import AgendaError, describe
from kiosk.record import Record
from kiosk.validation import build_agenda
from kiosk.zones import ZoneError, event_zone

MAX_DELAY = 600   # minutes, as the schema allows
SOURCE = "agenda"  # how the checker names the document in its own messages (not shown here)
URL_REFUSAL = ("the agenda is an address on a web server; the kiosk changes files, not addresses: "
               "edit the file the web server serves, by path (--agenda /path/to/agenda.json on that computer)")


class Change(Record, frozen=True):
    """What an operation made: the new document, one plain line, and the checked agenda of ``doc``.

    ``changed`` is False when the document was already so (``summary`` then says "nothing changed").
    """

    doc: dict
    summary: str
    agenda: Agenda | None = None
    changed: bool = True


class EditError(Exception):
    """An operation refused; ``str()`` is one plain, located message (``where: what`` when located)."""

    def __init__(self, message: str, where: str | None = None):
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


# --- finding things in a document that may be half typed -------------------------------------------

def _items(doc: Any) -> list[dict]:
    days = doc.get("days") if isinstance(doc, dict) else None
    found = []
    for day in days if isinstance(days, list) else []:
        items = day.get("items") if isinstance(day, dict) else None
        found += [item for item in (items if isinstance(items, list) else []) if isinstance(item, dict)]
    return found


def item_ids(doc: Any) -> list[str]:
    """Every item's id, in the file's order."""
    return [item["id"] for item in _items(doc) if isinstance(item.get("id"), str)]


def closest_ids(doc: Any, wanted: str, count: int = 3) -> list[str]:
    """The ids that look most like ``wanted`` (a typo, another case), best first."""
    ids = item_ids(doc)
    same_case = [i for i in ids if i.lower() == wanted.lower()]
    return (same_case + [i for i in difflib.get_close_matches(wanted, ids, n=count, cutoff=0.6)
                         if i not in same_case])[:count]


def _either(names: list[str]) -> str:
    quoted = [describe(n) for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def find_item(doc: Any, item_id: Any, role: str = "") -> dict:
    """The item with that id; EditError naming the closest ids when there is none."""
    if not isinstance(item_id, str) or not item_id.strip():
        raise EditError(f"give the id of an item{role}, e.g. {describe(next(iter(item_ids(doc)), 'd1-photo'))}")
    for item in _items(doc):
        if item.get("id") == item_id:
            return item
    message = f"no item with the id {describe(item_id)}{role}"
    close = closest_ids(doc, item_id)
    if close:
        message += f"; did you mean {_either(close)}?"
    elif item_ids(doc):
        message += f" (the ids are the \"id\" of each item in the agenda, e.g. {describe(item_ids(doc)[0])})"
    raise EditError(message)


def _named(item: dict) -> str:
    """An item in a summary: its id and, shortened, its English title."""
    title = item.get("title")
    title = title.get("en") if isinstance(title, dict) else title
    return f"{item['id']} ({describe(title)})" if isinstance(title, str) else item["id"]


def _minutes(value: Any) -> int:
    text = str(value).strip()
    if isinstance(value, bool) or not re.fullmatch(r"[+-]?[0-9]{1,6}", text):
        raise EditError(f"{describe(text)} is not a number of minutes (a delay is 1 to {MAX_DELAY} minutes)")
    minutes = int(text)
    if not 1 <= minutes <= MAX_DELAY:
        raise EditError(f"a delay is 1 to {MAX_DELAY} minutes, not {minutes}")
    return minutes


def _clock(value: Any, what: str, limit: int) -> int:
    minutes = parse_hhmm(value.strip() if isinstance(value, str) else value, limit)
    if minutes is None:
        later = " (24:00 to 47:59 is the next morning, e.g. 25:00 for 01:00)" if limit > MINUTES_PER_DAY else ""
        raise EditError(f"the {what} {describe(value)} is not a time of day such as 14:30{later}")
    return minutes


def _note(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        if not value:
            raise EditError("the note is empty; leave it out or write a few words")
    return value


def _zone(doc: Any):
    try:
        return event_zone(doc.get("timezone") if isinstance(doc, dict) else None)
    except (ZoneError, TypeError, ValueError):
        raise EditError("the agenda has no valid \"timezone\"; fix it first (see kiosk --check)") from None


def local_minute(value: Any, tz, what: str) -> str:
    """An ISO date and time as the agenda writes it, "YYYY-MM-DDTHH:MM" in the event's zone: without
    an offset it is the event's local time already (as ``kiosk --at``), with one it is converted;
    seconds are dropped."""
    try:
        moment = parse_iso_instant(value if isinstance(value, str) else "")
    except ValueError:
        raise EditError(f"the {what} {describe(value)} is not a date and time such as 2018-09-27T14:30 "
                        "(the event's local time) or 2018-09-27T14:30+06:00") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(tz)
    problem = year_problem(moment)
    if problem:
        raise EditError(f"the {what}: {problem}")
    return moment.replace(tzinfo=None).isoformat(timespec="minutes")


def _adjustments(doc: dict) -> list:
    """The document's list of adjustments, made when there is none."""
    value = doc.setdefault("adjustments", [])
    if not isinstance(value, list):
        raise EditError("\"adjustments\" in the agenda is not a list; fix it first (see kiosk --check)")
    return value


def _entries(doc: dict, key: str) -> list:
    value = doc.get(key)
    return value if isinstance(value, list) else []


# --- checking what an operation made ----------------------------------------------------------------

def _problems(doc: Any) -> list:
    try:
        build_agenda(doc, SOURCE)
    except AgendaError as err:
        return err.problems
    return []


def _checked(before: dict, after: dict, attempt: str, summary: Callable[[Agenda], str],
             mine: str | None = None) -> Change:
    """``after`` checked whole; EditError with the problems it brings (not those ``before`` had)."""
    try:
        agenda = build_agenda(after, SOURCE)
    except AgendaError as err:
        old = {(p.where, p.what) for p in _problems(before)}
        new = [p for p in err.problems if (p.where, p.what) not in old] or err.problems
        said = [p.what if mine and (p.where == mine or p.where.startswith(mine + ".")) else f"{p.where}: {p.what}"
                for p in new[:3]]
        raise EditError(f"{attempt} is refused: " + "; ".join(said)) from None
    return Change(after, summary(agenda), agenda, after != before)


def _at(agenda: Agenda, item_id: str) -> str:
    item = agenda.item(item_id)
    return f"{item.start:%H:%M}" if item is not None else "?"


def _span(agenda: Agenda, item_id: str) -> str:
    item = agenda.item(item_id)
    if item is None:
        return "?"
    return f"{item.start:%H:%M}" + (f"–{item.end:%H:%M}" if item.end is not None else "")


def _unchanged(doc: dict, summary: str) -> Change:
    same = copy.deepcopy(doc)
    return _checked(doc, same, "the agenda", lambda _agenda: summary)


# --- the operations -------------------------------------------------------------------------------

def delay(doc: dict, item_id: str, minutes: int | str, until: str | None = None, note: Any = None) -> Change:
    """``item_id`` and what follows it that day start ``minutes`` later; with ``until``, the delay
    stops at that item (it starts later and ends on time). A second delay of the same items adds up."""
    item = find_item(doc, item_id)
    minutes = _minutes(minutes)
    if until is not None:
        find_item(doc, until, " to stop the delay at")
    note = _note(note)
    new = copy.deepcopy(doc)
    adjustments = _adjustments(new)
    index = next((i for i, e in enumerate(adjustments)
                  if isinstance(e, dict) and "delay" in e and "by" not in e and e.get("from") == item_id
                  and e.get("until") == until and isinstance(e["delay"], int)), None)
    if index is not None:  # the same items delayed again: the delays add up, in one entry
        entry = adjustments[index]
        total = entry["delay"] + minutes
        if total > MAX_DELAY:
            raise EditError(f"{item_id} is already delayed by {entry['delay']} min; with {minutes} more "
                            f"that is {total}, and a delay is at most {MAX_DELAY} minutes")
        entry["delay"] = total
    else:
        index, entry, total = len(adjustments), {"delay": minutes, "from": item_id}, minutes
        if until is not None:
            entry["until"] = until
        adjustments.append(entry)
    if note is not None:
        entry["note"] = note
    more = f" more ({total} min in all)" if total != minutes else ""
    if until is None:
        attempt = f"delaying {item_id} and what follows by {minutes} min"
        def said(a: Agenda) -> str:
            return (f"Delayed {_named(item)} and what follows that day by {minutes} min{more}: "
                    f"it now starts at {_at(a, item_id)}")
    else:
        attempt = f"delaying {item_id} up to {until} by {minutes} min"
        def said(a: Agenda) -> str:
            return (f"Delayed {_named(item)} up to {until} by {minutes} min{more}: it now starts at "
                    f"{_at(a, item_id)}; {until} starts at {_at(a, until)} and ends on time")
    return _checked(doc, new, attempt, said, f"adjustments[{index}]")


def cancel(doc: dict, item_id: str, note: Any = None) -> Change:
    """The item stays listed, marked cancelled, and is never current or next."""
    item = find_item(doc, item_id)
    note = _note(note)
    new = copy.deepcopy(doc)
    adjustments = _adjustments(new)
    old = next((e for e in adjustments if isinstance(e, dict) and e.get("cancel") == item_id), None)
    if old is not None and (note is None or old.get("note") == note):
        return _unchanged(doc, f"{_named(item)} is already cancelled; nothing changed")
    if old is not None:
        old["note"] = note
        index = adjustments.index(old)
        said = f"Changed the note of the cancelled {_named(item)}"
    else:
        index = len(adjustments)
        adjustments.append({"cancel": item_id, **({"note": note} if note is not None else {})})
        said = f"Cancelled {_named(item)}: it stays listed, marked cancelled"
    return _checked(doc, new, f"cancelling {item_id}", lambda _a: said, f"adjustments[{index}]")


def restore(doc: dict, item_id: str) -> Change:
    """Undo the item's own changes: its cancellation, its move and a delay from it."""
    item = find_item(doc, item_id)
    new = copy.deepcopy(doc)
    kept, removed = [], []
    for entry in _entries(new, "adjustments"):
        if isinstance(entry, dict) and entry.get("cancel") == item_id:
            removed.append("its cancellation")
        elif isinstance(entry, dict) and entry.get("move") == item_id:
            removed.append("its move")
        elif isinstance(entry, dict) and "delay" in entry and entry.get("from") == item_id:
            removed.append("the delay from it")
        else:
            kept.append(entry)
    if not removed:
        return _unchanged(doc, f"{_named(item)} has no change of its own; nothing changed")
    if kept:
        new["adjustments"] = kept
    else:
        del new["adjustments"]  # as the file was before any change
    what = ", ".join(dict.fromkeys(removed))
    return _checked(doc, new, f"restoring {item_id}", lambda a: f"Restored {_named(item)}: removed {what}; "
                                                                 f"it is at {_span(a, item_id)}")


def move(doc: dict, item_id: str, start_hhmm: str, end_hhmm: str | None = None, note: Any = None) -> Change:
    """The item starts at ``start_hhmm`` the same day, keeping its length unless ``end_hhmm``
    (24:00–47:59 for the next morning). A second move of the item replaces the first."""
    item = find_item(doc, item_id)
    start = _clock(start_hhmm, "start", MINUTES_PER_DAY)
    end = _clock(end_hhmm, "end", MAX_END_MINUTES) if end_hhmm is not None else None
    if end is not None and end <= start:
        raise EditError(f"the end {hhmm(end)} is not after the start {hhmm(start)} (an end after midnight "
                        "is written 24:00 to 47:59, e.g. 25:00 for 01:00)")
    note = _note(note)
    new = copy.deepcopy(doc)
    adjustments = _adjustments(new)
    entry = {"move": item_id, "start": hhmm(start)}
    if end is not None:
        entry["end"] = hhmm(end)
    if note is not None:
        entry["note"] = note
    index = next((i for i, e in enumerate(adjustments) if isinstance(e, dict) and e.get("move") == item_id), None)
    if index is None:
        index = len(adjustments)
        adjustments.append(entry)
    else:
        adjustments[index] = entry
    printed = item.get("start") if isinstance(item.get("start"), str) else "?"
    return _checked(doc, new, f"moving {item_id} to {hhmm(start)}",
                    lambda a: f"Moved {_named(item)} to {_span(a, item_id)} (printed {printed})",
                    f"adjustments[{index}]")


def announce(doc: dict, text: Any, start_iso: str, until_iso: str, ru: str | None = None,
             important: bool = False) -> Change:
    """A banner on the display from ``start_iso`` until ``until_iso`` (ISO, the event's local time
    unless an offset is given), in English, and in Russian when ``ru`` is given."""
    tz = _zone(doc)
    english = text.strip() if isinstance(text, str) else ""
    if not english:
        raise EditError("the announcement's text is empty")
    if ru is not None and not (ru := ru.strip()):
        raise EditError("the announcement's Russian text is empty; leave it out or write it")
    start = local_minute(start_iso, tz, "start")
    until = local_minute(until_iso, tz, "end")
    if until <= start:
        raise EditError(f"the end {until.replace('T', ' ')} is not after the start {start.replace('T', ' ')}")
    entry: dict = {"from": start, "until": until, "text": english if ru is None else {"en": english, "ru": ru}}
    if important:
        entry["level"] = "important"
    shown = describe(english)
    when = f"from {start.replace('T', ' ')} until {until.replace('T', ' ') if until[:10] != start[:10] else until[11:]}"
    if entry in _entries(doc, "announcements"):
        return _unchanged(doc, f"{shown} is already announced {when}; nothing changed")
    new = copy.deepcopy(doc)
    announcements = new.setdefault("announcements", [])
    if not isinstance(announcements, list):
        raise EditError("\"announcements\" in the agenda is not a list; fix it first (see kiosk --check)")
    announcements.append(entry)
    level = " (important)" if important else ""
    return _checked(doc, new, f"announcing {shown}", lambda _a: f"Announced {shown} {when}{level}",
                    f"announcements[{len(announcements) - 1}]")


def clear_changes(doc: dict) -> Change:
    """Remove every adjustment (delays, cancellations, moves): the printed programme applies again.
    Announcements stay."""
    count = len(_entries(doc, "adjustments"))
    if "adjustments" not in doc:
        return _unchanged(doc, "There are no changes to clear; nothing changed")
    new = copy.deepcopy(doc)
    del new["adjustments"]
    said = f"Cleared {count} change{'' if count == 1 else 's'}: the printed programme applies again"
    return _checked(doc, new, "clearing the changes", lambda _a: said)


OPERATIONS = {"delay": delay, "cancel": cancel, "restore": restore, "move": move, "announce": announce,
              "clear_changes": clear_changes}


# --- into the file --------------------------------------------------------------------------------

_GONE = object()


def splice_changes(text: str, old: dict, new: dict) -> str:
    """The JSON ``text`` of ``old`` changed into ``new``, member by member: a top-level member that is
    the same keeps its bytes; in a list that changed, entries that stay keep theirs (entries added at
    the end, removed, or replaced one for one). New text follows the file's style. SpliceError when
    the text is not a JSON object this can change."""
    keys = list(old) + [key for key in new if key not in old]
    for key in keys:
        before, after = old.get(key, _GONE), new.get(key, _GONE)
        if before is _GONE or after is _GONE or not _same(before, after):
            text = _splice_member(text, key, before, after)
    return text


def _same(a: Any, b: Any) -> bool:
    """Equal as JSON (``True`` is not ``1``, whatever the dict classes)."""
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def _member(text: str, key: str):
    obj = top_level(text)
    return obj, next(((i, part) for i, part in enumerate(obj.parts) if part.key == key), (None, None))


def _splice_member(text: str, key: str, before: Any, after: Any) -> str:
    obj, (index, member) = _member(text, key)
    style = style_of(text, obj)
    if after is _GONE:
        if member is None:
            return text
        return remove_part(text, obj, index)
    if member is None:
        if not obj.parts:
            raise SpliceError("an empty object")
        return append_part(text, obj, after, style, key=key)
    if not (isinstance(before, list) and isinstance(after, list)) or text[member.value_start] != "[":
        return replace_part(text, member, after, style)
    head = 0
    while head < min(len(before), len(after)) and _same(before[head], after[head]):
        head += 1
    tail = 0
    while tail < min(len(before), len(after)) - head and _same(before[-1 - tail], after[-1 - tail]):
        tail += 1
    gone, added = before[head:len(before) - tail], after[head:len(after) - tail]
    array = scan(text, member.value_start)
    if not gone and tail == 0 and array.parts:  # added at the end
        for value in added:
            text = append_part(text, scan(text, member.value_start), value, style)
        return text
    if not added and after:  # removed, the rest kept
        for position in reversed(range(head, head + len(gone))):
            text = remove_part(text, scan(text, member.value_start), position)
        return text
    if len(gone) == len(added) and gone:  # replaced one for one, from the last (earlier places stay)
        for offset in reversed(range(len(gone))):
            if not _same(gone[offset], added[offset]):
                text = replace_part(text, array.parts[head + offset], added[offset], style)
        return text
    inline = True if style.unit is None else (None if array.parts else False)  # [] becomes lines of its own
    return replace_part(text, member, after, style, inline=inline)


def apply_to_file(path: str | Path, operation: Callable[..., Change], *args: Any,
                  before_replace: Callable[[], None] | None = None, **kwargs: Any) -> Change:
    """Make one change (an operation above, with its arguments) in the agenda file at ``path``.

    The file must be a valid agenda.json (a frab or c3voc schedule is refused with the staff panel's
    words, an address with :data:`URL_REFUSAL`); only the changed members are rewritten, through
    :mod:`kiosk.safefile`; a file saved by someone else meanwhile gets the change made again on
    their version. Every refusal is an EditError whose message names the file.
    """
    from kiosk.changes.panel_delays import TRIES, EditRefused, rewritten  # the panel's own checks, one policy
    from kiosk.reading import read_file
    from kiosk.safefile import Changed, WriteError, write_file
    from kiosk.sources import is_url
    if is_url(str(path)):
        raise EditError(URL_REFUSAL, where=str(path))
    path = Path(path)
    made: list[Change] = []

    def change(text: str, intended: dict) -> str:
        result = operation(intended, *args, **kwargs)
        new_text = splice_changes(text, intended, result.doc)
        intended.clear()
        intended.update(copy.deepcopy(result.doc))
        made.append(result)
        return new_text

    try:
        for _attempt in range(TRIES):
            made.clear()
            data = read_file(path)
            new_data, _agenda = rewritten(path, data, change)
            if new_data == data:
                return made[-1]
            try:
                write_file(path, new_data, expect=data, before_replace=before_replace)
            except Changed:
                continue  # saved by someone else meanwhile: made again on their version
            return made[-1]
    except EditError as err:
        raise EditError(str(err), where=str(path)) from None
    except AgendaError as err:
        raise EditError("\n".join(err.lines())) from None
    except (EditRefused, WriteError) as err:
        raise EditError(str(err), where=None if str(path) in str(err) or path.name in str(err) else str(path)) from None
    raise EditError(f"{path.name} was saved by someone else {TRIES} times while this change was made; "
                    "nothing was written, try again", where=str(path))
