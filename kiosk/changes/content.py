"""The editor's changes to an agenda document that are not on-the-day adjustments (those are in
:mod:`kiosk.changes.onday`): item and person fields, adding and removing items and people, announcements,
and ids made from titles and names.

Every function takes a document and returns a new one (the one given is never changed), so the
editor can keep both for undo. Items stay in time order within their day (the checker requires
it); keys are written in the order the bundled agenda uses, so a new member lands where a person
reading the file expects it.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from typing import Any

from kiosk.localtime import hhmm, parse_hhmm

ITEM_KEYS = ("id", "start", "end", "title", "subtitle", "kind", "room", "description", "points", "talks",
             "presenters", "moderators")
PERSON_KEYS = ("id", "sort_name", "honorific", "name", "position", "organisation")
TALK_KEYS = ("title", "description", "presenters", "moderators")
KINDS = ("registration", "opening", "session", "discussion", "break", "meal", "photo", "closing", "reception")
LEVELS = ("info", "important")
ROLES = ("presenters", "moderators")

_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєўқңғүұһөә",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "i",
                      "e", "u", "k", "n", "g", "u", "u", "h", "o", "a"], strict=True))


class DocumentError(ValueError):
    """A change that cannot be made; ``str()`` says why in plain words."""


# --- texts: a string, or a map by language ----------------------------------------------------------------

def text_in(value: Any, lang: str) -> str:
    """The ``lang`` part of a text ("" when there is none); a plain string is English."""
    if isinstance(value, dict):
        part = value.get(lang)
        return part if isinstance(part, str) else ""
    if isinstance(value, str):
        return value if lang == "en" else ""
    return ""


def with_text(value: Any, lang: str, new: str) -> Any:
    """``value`` with its ``lang`` part set to ``new`` (removed when empty); None when nothing is left.

    A plain string stays a plain string while it has only English; other languages' parts are kept.
    """
    parts = dict(value) if isinstance(value, dict) else ({"en": value} if isinstance(value, str) else {})
    if new:
        parts[lang] = new
    else:
        parts.pop(lang, None)
    if not parts:
        return None
    if isinstance(value, str) and set(parts) == {"en"}:
        return parts["en"]
    ordered = {k: parts[k] for k in ("en",) if k in parts}
    ordered.update((k, v) for k, v in parts.items() if k != "en")
    return ordered


def ordered(entry: dict, keys: tuple[str, ...]) -> dict:
    """``entry`` with its known keys in the usual order, unknown ones after them."""
    result = {k: entry[k] for k in keys if k in entry}
    result.update((k, v) for k, v in entry.items() if k not in result)
    return result


def set_member(entry: dict, key: str, value: Any, keys: tuple[str, ...]) -> dict:
    """A copy of ``entry`` with ``key`` set (None or an empty list removes it), keys in order."""
    result = dict(entry)
    if value is None or value == [] or value == "":
        result.pop(key, None)
        return result
    if key in result:
        result[key] = value
        return result
    result[key] = value
    return ordered(result, keys)


# --- ids --------------------------------------------------------------------------------------------------

def slug(text: str, limit: int = 40) -> str:
    """Lower-case ASCII words joined by '-': "Group photo" -> "group-photo", "Фото" -> "foto"."""
    lowered = "".join(_CYRILLIC.get(ch, ch) for ch in text.lower())
    plain = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain)
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > limit and out:
            break
        out = f"{out}-{word}" if out else word
    return out[:limit] or "item"


def all_ids(document: dict) -> set[str]:
    ids = {p.get("id") for p in _list(document.get("people")) if isinstance(p, dict)}
    for day in _list(document.get("days")):
        ids |= {i.get("id") for i in _list(day.get("items") if isinstance(day, dict) else None)
                if isinstance(i, dict)}
    return {i for i in ids if isinstance(i, str)}


def unique_id(document: dict, base: str, keep: str | None = None) -> str:
    """``base``, or ``base-2``, ``base-3`` … whichever no item or person has (``keep``'s own id is free)."""
    taken = all_ids(document) - ({keep} if keep else set())
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def item_id_for(document: dict, day_index: int, title: str, keep: str | None = None) -> str:
    """An id for an item from its title and day: "d1-group-photo" (as the bundled agenda's)."""
    return unique_id(document, f"d{day_index + 1}-{slug(title)}", keep)


def person_id_for(document: dict, name: str, sort_name: str = "", keep: str | None = None) -> str:
    """An id for a person: the family name first, as the bundled agenda's ("kasabyan-victoria")."""
    words = name.split()
    if sort_name and sort_name in words:
        words.remove(sort_name)
        words.insert(0, sort_name)
    elif len(words) > 1 and not sort_name:
        words = words[-1:] + words[:-1]
    return unique_id(document, slug(" ".join(words)) if words else "person", keep)


# --- finding things ---------------------------------------------------------------------------------------

def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def find_item(document: dict, item_id: str) -> tuple[int, int]:
    """(day index, item index) of the item with ``item_id``; DocumentError when there is none."""
    for d, day in enumerate(_list(document.get("days"))):
        for i, item in enumerate(_list(day.get("items") if isinstance(day, dict) else None)):
            if isinstance(item, dict) and item.get("id") == item_id:
                return d, i
    raise DocumentError(f'there is no item with the id "{item_id}"')


def item(document: dict, item_id: str) -> dict:
    d, i = find_item(document, item_id)
    return document["days"][d]["items"][i]


def find_person(document: dict, person_id: str) -> int:
    for index, person in enumerate(_list(document.get("people"))):
        if isinstance(person, dict) and person.get("id") == person_id:
            return index
    raise DocumentError(f'there is no person with the id "{person_id}"')


def appearances_of(document: dict, person_id: str) -> list[tuple[str, str, str]]:
    """Where a person appears: (item id, the item's English title, role) for each place;
    role is "presenter" or "moderator", with the talk's number for a talk's ("talk 2 presenter")."""
    found = []
    for day in _list(document.get("days")):
        for entry in _list(day.get("items") if isinstance(day, dict) else None):
            if not isinstance(entry, dict):
                continue
            title = text_in(entry.get("title"), "en")
            places = [("", entry)] + [(f"talk {n} ", t) for n, t in enumerate(_list(entry.get("talks")), 1)
                                      if isinstance(t, dict)]
            for prefix, holder in places:
                for role in ROLES:
                    if any(isinstance(a, dict) and a.get("person") == person_id for a in _list(holder.get(role))):
                        found.append((str(entry.get("id")), title, prefix + role[:-1]))
    return found


def sort_day(document: dict, day_index: int) -> None:
    """The day's items in time order (stable: items starting together keep their order)."""
    items = document["days"][day_index]["items"]
    items.sort(key=lambda entry: parse_hhmm(entry.get("start")) if isinstance(entry, dict)
               and parse_hhmm(entry.get("start")) is not None else -1)


# --- changes ----------------------------------------------------------------------------------------------

def replace_item(document: dict, item_id: str, new_item: dict) -> dict:
    """The document with the item ``item_id`` replaced by ``new_item``, the day in time order again;
    when the id changes, adjustments naming the old id follow it."""
    result = copy.deepcopy(document)
    d, i = find_item(result, item_id)
    result["days"][d]["items"][i] = ordered(copy.deepcopy(new_item), ITEM_KEYS)
    new_id = new_item.get("id")
    if new_id != item_id:
        for adjustment in _list(result.get("adjustments")):
            if isinstance(adjustment, dict):
                for key in ("from", "until", "cancel", "move"):
                    if adjustment.get(key) == item_id:
                        adjustment[key] = new_id
    sort_day(result, d)
    return result


def add_item(document: dict, day_index: int, after_id: str | None = None) -> tuple[dict, str]:
    """A new session of 30 minutes after ``after_id`` (or at the end of the day); (document, its id)."""
    result = copy.deepcopy(document)
    items = result["days"][day_index]["items"]
    anchor = None
    if after_id is not None:
        anchor = next((e for e in items if isinstance(e, dict) and e.get("id") == after_id), None)
    if anchor is None and items:
        anchor = items[-1]
    start = 9 * 60
    if isinstance(anchor, dict):
        start = parse_hhmm(anchor.get("end")) or parse_hhmm(anchor.get("start")) or start
    start = min(start, 23 * 60 + 29)
    title = "New session"
    new_id = item_id_for(result, day_index, title)
    items.append({"id": new_id, "start": hhmm(start), "end": hhmm(start + 30), "title": title, "kind": "session"})
    sort_day(result, day_index)
    return result, new_id


def remove_item(document: dict, item_id: str) -> dict:
    """The document without the item, and without the adjustments that name it."""
    result = copy.deepcopy(document)
    d, i = find_item(result, item_id)
    if len(result["days"][d]["items"]) == 1:
        raise DocumentError("the last item of a day cannot be removed (a day needs at least one)")
    del result["days"][d]["items"][i]
    if isinstance(result.get("adjustments"), list):
        result["adjustments"] = [a for a in result["adjustments"] if not (
            isinstance(a, dict) and item_id in (a.get("from"), a.get("until"), a.get("cancel"), a.get("move")))]
        if not result["adjustments"]:
            del result["adjustments"]
    return result


def replace_person(document: dict, person_id: str, new_person: dict) -> dict:
    """The document with the person replaced; their appearances follow a changed id."""
    result = copy.deepcopy(document)
    index = find_person(result, person_id)
    result["people"][index] = ordered(copy.deepcopy(new_person), PERSON_KEYS)
    new_id = new_person.get("id")
    if new_id != person_id:
        _rename_person(result, person_id, new_id)
    return result


def _rename_person(document: dict, old: str, new: Any) -> None:
    for day in _list(document.get("days")):
        for entry in _list(day.get("items") if isinstance(day, dict) else None):
            holders = [entry] + [t for t in _list(entry.get("talks")) if isinstance(t, dict)]
            for holder in holders:
                for role in ROLES:
                    for appearance in _list(holder.get(role)):
                        if isinstance(appearance, dict) and appearance.get("person") == old:
                            appearance["person"] = new


def add_person(document: dict, name: str = "New person") -> tuple[dict, str]:
    result = copy.deepcopy(document)
    person_id = person_id_for(result, name)
    people = result.setdefault("people", [])
    people.append({"id": person_id, "name": name})
    if list(result)[-1] == "people" and "days" in result:  # a new "people" list goes before the days
        result = ordered(result, ("$schema", "$comment", "timezone", "event", "people"))
    return result, person_id


def remove_person(document: dict, person_id: str) -> dict:
    """The document without the person; DocumentError naming where they still appear."""
    places = appearances_of(document, person_id)
    if places:
        where = "; ".join(f'"{title}" ({ident}, {role})' for ident, title, role in places[:5])
        more = f" and {len(places) - 5} more places" if len(places) > 5 else ""
        raise DocumentError(f"still appears in {where}{more}")
    result = copy.deepcopy(document)
    del result["people"][find_person(result, person_id)]
    return result


def set_announcements(document: dict, announcements: list[dict]) -> dict:
    """The document with this list of announcements (none: the member goes)."""
    result = copy.deepcopy(document)
    if announcements:
        result["announcements"] = copy.deepcopy(announcements)
    else:
        result.pop("announcements", None)
    return result


def announcement(start: str, until: str, en: str, ru: str = "", important: bool = False) -> dict:
    """An announcement entry as the schema has it ("from", "until": local YYYY-MM-DDTHH:MM)."""
    entry: dict[str, Any] = {"from": start, "until": until, "text": with_text(None, "en", en)}
    if ru:
        entry["text"] = with_text(entry["text"] or {"en": ""}, "ru", ru)
    if important:
        entry["level"] = "important"
    return entry
