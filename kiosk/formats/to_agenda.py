"""A conference format's events, read into plain records, turned into the kiosk's own agenda document,
which then goes through the one loader.

A reader (``frab_xml``, ``schedule_json``) knows where each value sits in its file and checks
each field; :func:`to_document` decides the time zone, places every event on a programme day
in that zone's local time, maps types to kinds, gives people and items readable ids, and
remembers where each item came from so the loader's problems can be told in the source's terms.
"""

from __future__ import annotations

import re
import unicodedata
from contextvars import ContextVar
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.formats.days import SourceDay, day_end, place
from kiosk.formats.zonechoice import choose_zone
from kiosk.localtime import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_END_MINUTES,
    MINUTES_PER_DAY,
    hhmm,
    local_instant,
    parse_hhmm,
    year_problem,
)
from kiosk.model import Agenda
from kiosk.problems import AgendaError, Problem, describe, join_path
from kiosk.record import Record, field, replace
from kiosk.validation import build_agenda
from kiosk.zones import zone_city, zone_country

MAX_TEXT = 20000        # the schema's longest text
MAX_PARAGRAPHS = 1000   # the schema's longest description
SHORT_BIOGRAPHY = 300   # longer biographies, or of several sentences, are prose, not an affiliation: left out

# The zone for a file that names none (``--timezone``, ``timezone`` in kiosk.toml); set by the loader.
ASSUMED_ZONE: ContextVar[ZoneInfo | None] = ContextVar("ASSUMED_ZONE", default=None)
NO_ZONE = "names no time zone; give it with --timezone ZONE (or timezone in kiosk.toml)"


class Locator:
    """Names places in a source file: ``day[1]/room[Saal 1]/event[guid=…]/duration`` in XML,
    ``schedule.conference.days[0].rooms["Saal 1"][2].duration`` in JSON."""

    def __init__(self, base: str, xml: bool):
        self.base, self.xml = base, xml

    def __call__(self, name: str | int) -> str:
        if self.xml:
            return f"{self.base}/{name}" if self.base else str(name)
        return join_path(self.base, name)

    def child(self, name: str | int) -> Locator:
        return Locator(self(name), self.xml)


class SourcePerson(Record):
    """A person as a conference tool's export gives them, before they become a model Person."""

    key: str                  # the source's guid or id, else the name (see ``identity``)
    name: str
    where: str
    source_id: str | None = None
    biography: str | None = None

    @property
    def identity(self) -> tuple[str, str]:
        """Who this is across events: the same person only if the id and the name agree. Merged
        schedules (c3voc's) reuse one source's ids for another source's people."""
        return self.key, self.name.casefold()


class SourceEvent(Record):
    """One entry of a conference tool's programme, as exported, before it becomes an Item."""

    loc: Locator
    start: datetime           # aware, or naive (then local to the conference's named zone)
    duration: int             # minutes; 0: no end given
    title: str
    order: int
    room: str | None = None
    subtitle: str | None = None
    type: str | None = None
    abstract: str | None = None
    description: str | None = None
    source_id: str | None = None
    persons: list[SourcePerson] = field(default_factory=list)
    day: SourceDay | None = None  # the file's day the event is listed in
    printed: int | None = None    # the start as the file writes it ("start": HH:MM), in minutes


class Conference(Record):
    """What an export says about the conference itself (title, place, time zone, rooms)."""

    loc: Locator
    title: str | None = None
    acronym: str | None = None
    subtitle: str | None = None
    description: str | None = None
    url: str | None = None
    venue: str | None = None
    city: str | None = None
    country: str | None = None
    time_zone_name: str | None = None
    day_change: str | None = None  # frab: when a day hands over to the next ("04:00:00")
    rooms: list[str] = field(default_factory=list)


# --- field values -----------------------------------------------------------------------------

_DURATION = re.compile(r"(\d{1,3}):(\d{2})(?::(\d{2}))?")


def clean(value: Any) -> str | None:
    """A text field's value, stripped; None when absent or blank."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


# Control characters that are not white space (NUL, ESC, BEL, DEL, C1 …): an import drops them.
# Another tool's file should load, and the kiosk's own agenda.json refuses them in every field.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def one_line(value: str | None) -> str | None:
    """An imported one-line text (a title, a name, a room): every run of white space, line breaks
    and tabs included, becomes one space, and other control characters are dropped."""
    if not value:
        return None
    return " ".join(_CONTROL.sub("", " ".join(value.split())).split()) or None


def web_address(value: str | None) -> str | None:
    """An imported address as the agenda takes it (one word, at most 2000 characters), else None."""
    return value if value and len(value) <= 2000 and len(value.split()) == 1 and not _CONTROL.search(value) \
        and value.isprintable() else None


def parse_duration(text: str) -> int | None:
    match = _DURATION.fullmatch(text)
    if not match or int(match[2]) > 59 or int(match[3] or 0) > 59:
        return None
    return int(match[1]) * 60 + int(match[2])


def read_event(values: dict[str, str | None], persons: list[SourcePerson], loc: Locator, order: int,
               room: str | None, problems: list[Problem]) -> SourceEvent | None:
    """Check one event's fields (all given as stripped text or None); None when it is unusable."""
    def bad(name: str, what: str) -> None:
        if not any(p.where == loc(name) for p in problems):  # one word per field (a wrong type is said already)
            problems.append(Problem(loc(name), what))

    ok = True
    start_minutes = None
    start_text = values.get("start")
    if start_text is None:
        bad("start", "missing: every event needs its start time as HH:MM")
        ok = False
    elif (start_minutes := parse_hhmm(start_text, MINUTES_PER_DAY, seconds=True)) is None:
        bad("start", f"{describe(start_text)} is not a time HH:MM")
        ok = False

    instant = None
    date_text = values.get("date")
    if date_text is None:
        bad("date", "missing: every event needs its date and time, e.g. 2019-08-21T11:00:00+02:00")
        ok = False
    else:
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date_text):  # a date alone: the time is "start"
                instant = datetime.combine(date.fromisoformat(date_text), datetime.min.time())
                if start_minutes is not None:
                    instant += timedelta(minutes=start_minutes)
            else:
                instant = datetime.fromisoformat(date_text)
        except ValueError:
            bad("date", f"{describe(date_text)} is not a date and time such as 2019-08-21T11:00:00+02:00")
            ok = False
        if instant is not None and year_problem(instant):  # before any sum that could leave the calendar
            bad("date", year_problem(instant))
            instant, ok = None, False

    duration = None
    duration_text = values.get("duration")
    if duration_text is None:
        bad("duration", "missing: every event needs its duration as HH:MM (00:00 when it has no end)")
        ok = False
    elif (duration := parse_duration(duration_text)) is None:
        bad("duration", f"{describe(duration_text)} is not a duration HH:MM")
        ok = False

    title = one_line(values.get("title"))
    if title is None:
        bad("title", "missing: every event needs a title")
        ok = False
    if not ok:
        return None
    return SourceEvent(loc=loc, start=instant, duration=duration, title=title, order=order, printed=start_minutes,
                       room=one_line(values.get("room")) or room, subtitle=one_line(values.get("subtitle")),
                       type=one_line(values.get("type")), abstract=values.get("abstract"),
                       description=values.get("description"), source_id=values.get("id") or values.get("guid"),
                       persons=persons)


# --- kinds ------------------------------------------------------------------------------------

# The first rule whose word appears wins, so "welcome reception" is a reception, "lunch break" a
# meal, "opening session" an opening and "panel discussion" a discussion.
KIND_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("reception", ("party", "reception", "social")),
    ("meal", ("lunch", "dinner", "meal", "breakfast")),
    ("break", ("break", "pause", "coffee")),
    ("photo", ("photo",)),
    ("registration", ("registration", "checkin")),
    ("closing", ("closing",)),
    ("opening", ("opening", "welcome")),
    ("discussion", ("discussion", "panel", "podium")),
    ("session", ("talk", "lecture", "workshop", "session")),
)
# Types that say nothing: then a short title such as "Coffee break" or "Lunch" decides.
VAGUE_TYPES = {"", "other", "others", "misc", "event", "slot", "none"}


def _kind_of_words(text: str) -> str | None:
    words = set(re.findall(r"[a-z]+", text.lower().replace("check-in", "checkin").replace("check in", "checkin")))
    return next((kind for kind, keys in KIND_RULES if words.intersection(keys)), None)


def kind_of(event_type: str | None, title: str) -> str:
    """The kiosk kind of a conference event type; unknown types are sessions."""
    kind = _kind_of_words(event_type or "")
    if kind is None and (event_type or "").strip().lower() in VAGUE_TYPES and len(title.split()) <= 4:
        kind = _kind_of_words(title)
    return kind or "session"


# --- names, ids, places -----------------------------------------------------------------------

def slugify(text: str, limit: int = 60) -> str:
    """ "Jürgen Müller" -> "jurgen-muller"; empty for text with no Latin letters or digits."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-")


def _unique(base: str, taken: set[str], suffix: str | None) -> str:
    candidate = base
    if candidate in taken and suffix:
        candidate = f"{base}-{suffix}"
    number = 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate


def paragraphs(*texts: str | None) -> list[str]:
    """Blank-line separated paragraphs of the texts, each once, in order."""
    found: list[str] = []
    for text in texts:
        for part in re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n")):
            # Within a paragraph a line break stays a line break (\n); tabs, other white space and
            # other control characters are made plain, as in a title.
            part = "\n".join(line for line in map(one_line, part.splitlines()) if line)
            if len(part) > MAX_TEXT:
                part = part[:MAX_TEXT - 1] + "…"
            if part and part not in found:
                found.append(part)
    return found[:MAX_PARAGRAPHS]


# --- the kiosk document -----------------------------------------------------------------------

class Converted(Record):
    """A conference file as the kiosk's agenda document, and where its parts came from."""

    document: dict
    format: str
    places: dict[str, Locator]   # "days[0].items[3]" / "people[2]" / "event" -> place in the source
    # What the file has that the kiosk takes anyway, told to staff by --check and --convert.
    warnings: list[Problem] = field(default_factory=list)


def _choose_zone(conf: Conference, events: list[SourceEvent],
                 problems: list[Problem]) -> tuple[ZoneInfo | None, str | None, Problem | None]:
    """The event's zone, the note saying how it was chosen, and a warning when the file's named zone
    contradicts its own times (:mod:`kiosk.formats.zonechoice`). A file naming no zone and giving no
    offsets takes the zone given with --timezone (or timezone in kiosk.toml), or is refused."""
    assumed = ASSUMED_ZONE.get()
    if not conf.time_zone_name and assumed is None and not any(e.start.tzinfo is not None for e in events):
        problems.append(Problem("", NO_ZONE))
        return None, None, None
    if not conf.time_zone_name and assumed is not None:
        return assumed, (f"The source names no time zone; the kiosk was given {assumed.key} (--timezone, or "
                         "timezone in kiosk.toml)."), None
    found = choose_zone(conf.time_zone_name, [(e.start, e.printed) for e in events], one_line(conf.city),
                        one_line(conf.country), conf.loc("time_zone_name"), problems)
    return found.zone, found.note, found.warning


def to_document(conf: Conference, events: list[SourceEvent], problems: list[Problem], source: str,
                fmt: str, extra: dict | None = None) -> Converted:
    """The kiosk's agenda document for a conference; AgendaError with every problem found."""
    if not events and not problems:
        problems.append(Problem(conf.loc.base or "schedule", "has no events: there is nothing to show"))
    tz, zone_note, zone_warning = _choose_zone(conf, events, problems) if events else (None, None, None)
    title = one_line(conf.title) or one_line(conf.acronym)
    if title is None:
        problems.append(Problem(conf.loc("title"), "missing: the conference needs a title"))
    if problems or tz is None:
        raise AgendaError(source, problems)

    # Every event on its programme day (the file's, see kiosk.formats.days), in minutes past that
    # day's midnight: 24:00-47:59 is after midnight, still in the day.
    placed: dict[date, list[tuple[int, int, int, SourceEvent, int | None]]] = {}
    day_ends: dict[date, int] = {}
    room_rank = {name: rank for rank, name in enumerate(conf.rooms)}
    for event in events:
        start = event.start
        if start.tzinfo is None:
            start, exists = local_instant(start.date(), start.time(), tz)
            if not exists:
                problems.append(Problem(event.loc("date"), f"{start:%H:%M} does not exist on {start:%Y-%m-%d} "
                                                           f"in {tz.key} (the clocks skip it)"))
                continue
        local = start.astimezone(tz)
        day, begin = place(event.day, local, tz)
        if year_problem(day):  # 2000-01-01T00:30+14:00 is still 1999 in a zone to the west
            problems.append(Problem(event.loc("date"), f"is {day} in {tz.key}, outside the years "
                                                        f"{FIRST_YEAR}–{LAST_YEAR} the kiosk accepts"))
            continue
        end = None
        if event.duration:
            finish = (start.astimezone(UTC) + timedelta(minutes=event.duration)).astimezone(tz)
            end = (finish.date() - day).days * MINUTES_PER_DAY + finish.hour * 60 + finish.minute
            if end >= MAX_END_MINUTES:
                problems.append(Problem(event.loc("duration"),
                                        f"{hhmm(event.duration)} from {local:%H:%M} on {local:%Y-%m-%d} ends after "
                                        f"23:59 the next day of its day {day}; an item can last at most until then"))
                continue
            if end == begin:
                end = None
        ends = day_end(event.day, tz, conf.day_change)
        if ends is not None:
            day_ends[day] = max(ends, day_ends.get(day, 0))
        rank = room_rank.setdefault(event.room or "", len(room_rank))
        placed.setdefault(day, []).append((begin, rank, event.order, event, end))
    if problems:
        raise AgendaError(source, problems)

    places: dict[str, Locator] = {"event": conf.loc, "timezone": conf.loc.child("time_zone_name")}
    people: dict[tuple[str, str], dict] = {}
    person_ids: set[str] = set()
    item_ids: set[str] = set()

    def person_ref(person: SourcePerson) -> dict:
        entry = people.get(person.identity)
        if entry is None:
            suffix = slugify(person.source_id or "", 12) or None
            pid = _unique(slugify(person.name) or (f"person-{suffix}" if suffix else "person"), person_ids, suffix)
            entry = people[person.identity] = {"id": pid, "name": person.name[:MAX_TEXT]}
            bio = one_line(person.biography)
            if bio and len(bio) <= SHORT_BIOGRAPHY and len(re.findall(r"[.!?]\s+[A-Z]", bio)) < 2:
                entry["position"] = bio
            places[f"people[{len(people) - 1}]"] = Locator(person.where, conf.loc.xml)
        return {"person": entry["id"]}

    days = []
    for d_index, day in enumerate(sorted(placed)):
        items = []
        for begin, _rank, _order, event, end in sorted(placed[day], key=lambda row: row[:3]):
            source_id = slugify(event.source_id or "", 36)
            if len(source_id) > 12 and "-" in source_id:  # a guid: its first part is enough
                source_id = source_id.split("-")[0]
            base = slugify(event.title, 40) or "event"
            iid = _unique(f"{base}-{source_id}" if source_id else base, item_ids, None)
            item: dict[str, Any] = {"id": iid, "start": hhmm(begin), "end": hhmm(end) if end is not None else None,
                                    "title": event.title[:MAX_TEXT], "kind": kind_of(event.type, event.title)}
            if event.subtitle:
                item["subtitle"] = event.subtitle[:MAX_TEXT]
            if event.room:
                item["room"] = event.room
            text = paragraphs(event.abstract, event.description)
            if text:
                item["description"] = text
            # one name once per event: a file may list the same person twice, even under two ids
            presenters, seen = [], set()
            for person in event.persons:
                if person.identity[1] not in seen:
                    seen.add(person.identity[1])
                    presenters.append(person_ref(person))
            if presenters:
                item["presenters"] = presenters
            places[f"days[{d_index}].items[{len(items)}]"] = event.loc
            items.append(item)
        days.append({"date": day.isoformat(), **({"ends": hhmm(day_ends[day])} if day in day_ends else {}),
                     "items": items})

    notes = [f"Converted from a {fmt} by the lobby kiosk; edit it like any agenda.json."]
    if zone_note:
        notes.append(zone_note)
    # The screens show only what the file says: no place is guessed, no placeholder written. What
    # could be guessed goes into the $comment, for staff to confirm and add.
    rooms = [name for name in room_rank if name]
    notes += _place_notes(conf, tz, rooms)
    event_doc: dict[str, Any] = {"name": title[:MAX_TEXT]}
    acronym = one_line(conf.acronym)
    if acronym and acronym != title:
        event_doc["short_name"] = acronym[:MAX_TEXT]
    theme = one_line(conf.subtitle) or _first_line(conf.description)
    for key, value in (("theme", theme), ("venue", conf.venue), ("city", conf.city), ("country", conf.country)):
        if one_line(value):
            event_doc[key] = one_line(value)[:MAX_TEXT]
    event_doc["dates"] = {"start": days[0]["date"], "end": days[-1]["date"]}
    if web_address(conf.url):
        event_doc["url"] = conf.url
    document: dict[str, Any] = {"$comment": " ".join(notes), "timezone": tz.key, "event": event_doc,
                                "people": list(people.values()),
                                # the source's room order (its main halls first), which the items' times lose
                                **({"rooms": rooms} if len(rooms) > 1 else {}), "days": days}
    for key, value in (extra or {}).items():
        document[key] = value
    return Converted(document, fmt, places, [zone_warning] if zone_warning else [])


def _place_notes(conf: Conference, tz: ZoneInfo, rooms: list[str]) -> list[str]:
    """What the $comment says about a place the file leaves out, with the guess for staff to confirm."""
    notes = []
    if one_line(conf.venue) is None:
        shown = ", ".join(rooms[:5]) + (f" and {len(rooms) - 5} more" if len(rooms) > 5 else "")
        notes.append("The source names no venue, so the screens show none; add \"venue\" to \"event\" if they "
                     "should" + (f" (its rooms are {shown})." if rooms else "."))
    missing = [word for word, value in (("city", conf.city), ("country", conf.country)) if one_line(value) is None]
    if missing:
        guess = {"city": zone_city(tz.key), "country": zone_country(tz.key)}
        told = [f'"{word}": "{guess[word]}"' for word in missing if guess[word]]
        notes.append(f"The source names no {' or '.join(missing)}, so the screens show none. "
                     + (f"The time zone {tz.key} suggests {', '.join(told)} (the zone's city, which may not be "
                        "the event's): add it to \"event\" only if that is right." if told
                        else f"The time zone {tz.key} does not tell."))
    return notes


def _first_line(text: str | None) -> str | None:
    line = one_line((text or "").strip().split("\n", 1)[0])
    return line if line and len(line) <= 200 else None


# --- the loader's problems in the source's terms ----------------------------------------------

_KIOSK_PATH = re.compile(r"days\[\d+\]\.items\[\d+\]|people\[\d+\]")
_FIELDS = {"end": "duration"}


def relocate(problems: list[Problem], places: dict[str, Locator]) -> list[Problem]:
    """Problems found in the converted document, located in the source file instead."""
    def place_of(path: str) -> str | None:
        best = max((k for k in places if path == k or path.startswith((k + ".", k + "["))), key=len, default=None)
        if best is None:
            return None
        rest = path[len(best):].lstrip(".")
        if not rest:
            return places[best].base
        head = re.match(r"[A-Za-z_$][A-Za-z0-9_$]*", rest)
        name = head[0] if head else rest
        return places[best](_FIELDS.get(name, name) + rest[len(name):]) if head else places[best](rest)

    moved = []
    for problem in problems:
        where = place_of(problem.where) or problem.where
        what = _KIOSK_PATH.sub(lambda m: places[m[0]].base if m[0] in places else m[0], problem.what)
        moved.append(Problem(where, what))
    return moved


def build(converted: Converted, source: str) -> Agenda:
    """The agenda of a converted document, through the one loader, problems told in the source's terms."""
    try:
        agenda = build_agenda(converted.document, source, imported=True)
    except AgendaError as err:
        raise AgendaError(source, relocate(err.problems, converted.places)) from None
    if not agenda.warnings and not converted.warnings:
        return agenda
    return replace(agenda, warnings=tuple(converted.warnings + relocate(list(agenda.warnings), converted.places)))
