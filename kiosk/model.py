"""The agenda model: the event, its days, items, talks and people, with aware times."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from kiosk.problems import Problem
from kiosk.record import Record, field
from kiosk.text import Text

KINDS = ("registration", "opening", "session", "discussion", "break",
         "meal", "photo", "closing", "reception")


class Person(Record, frozen=True):
    """Someone who appears on the programme, as a presenter or a moderator."""

    id: str
    name: Text
    honorific: Text | None = None
    position: Text | None = None
    organisation: Text | None = None
    sort_name: Text | None = None  # what lists sort by: the family name ("Kasabyan", "Касабян")


class Appearance(Record, frozen=True):
    """A person on the programme in one place, with the printed markers."""

    person: Person
    tbc: bool = False
    video: bool = False


class ListBlock(Record, frozen=True):
    """A bulleted list inside a description."""

    entries: tuple[Text, ...]


Block = Text | ListBlock


class Talk(Record, frozen=True):
    """One contribution within an item (a panel's statement, a session's presentation)."""

    title: Text | None = None
    description: tuple[Block, ...] = ()
    presenters: tuple[Appearance, ...] = ()
    moderators: tuple[Appearance, ...] = ()


class Point(Record, frozen=True):
    """A numbered or lettered point of an item's agenda ("a) Opening remarks")."""

    label: str
    text: Text


class Item(Record, frozen=True, eq=False):
    """One entry of the programme. ``start``/``end`` are aware datetimes in the event timezone.

    ``end`` is None where the programme gives no end; ``until`` is when the item stops being
    current (its end, else the next item's start that day, else midnight ending its day).
    ``end`` may fall on the next calendar day (an agenda end of "25:00" is 01:00 the next morning).
    """

    id: str
    kind: str
    title: Text
    start: datetime
    end: datetime | None
    until: datetime
    day_index: int
    subtitle: Text | None = None
    room: Text | None = None
    description: tuple[Block, ...] = ()
    points: tuple[Point, ...] = ()
    talks: tuple[Talk, ...] = ()
    presenters: tuple[Appearance, ...] = ()
    moderators: tuple[Appearance, ...] = ()
    # As printed, before the staff's adjustments; the fields above are what happens now.
    printed_start: datetime | None = None
    printed_end: datetime | None = None
    cancelled: bool = False
    note: Text | None = None

    def __post_init__(self):
        if self.printed_start is None:
            object.__setattr__(self, "printed_start", self.start)
            object.__setattr__(self, "printed_end", self.end)

    @property
    def delay(self) -> timedelta:
        """How much later than printed the item starts (negative: earlier; zero: on time)."""
        return self.start - self.printed_start

    @property
    def duration(self) -> timedelta:
        return self.until - self.start

    def appearances(self) -> list[tuple[str, Talk | None, Appearance]]:
        """Every appearance in this item as (role, talk or None, appearance), in programme order."""
        found: list[tuple[str, Talk | None, Appearance]] = []
        for talk in self.talks:
            found += [("presenter", talk, a) for a in talk.presenters]
            found += [("moderator", talk, a) for a in talk.moderators]
        found += [("presenter", None, a) for a in self.presenters]
        found += [("moderator", None, a) for a in self.moderators]
        return found

    def has_people(self) -> bool:
        """Whether anyone appears in the item (``people()`` is not empty), without listing them."""
        return bool(self.presenters or self.moderators) or any(t.presenters or t.moderators for t in self.talks)

    def people(self) -> list[Appearance]:
        """Everyone in the item once, presenters before moderators, in programme order."""
        seen: set[str] = set()
        result = []
        for _role, _talk, appearance in self.appearances():
            if appearance.person.id not in seen:
                seen.add(appearance.person.id)
                result.append(appearance)
        return result


class Day(Record, frozen=True):
    """One day of the programme: its date, its place in the event and its items in order.

    A day may run past midnight (a conference tool's ``day_change``, items at "25:00"): ``ends`` is
    when it hands over to the calendar's next day; None is the midnight after ``date``.
    """

    date: date
    index: int
    items: tuple[Item, ...]
    title: Text | None = None
    ends: datetime | None = None


class Organiser(Record, frozen=True):
    """Who organises or hosts the event, with their role."""

    name: Text
    role: Text | None = None


class Event(Record, frozen=True):
    """The event as a whole: its name, theme, dates and place."""

    name: Text
    theme: Text | None
    start_date: date
    end_date: date
    venue: Text | None   # each of the place's parts only when the agenda gives it: never guessed
    city: Text | None
    country: Text | None
    short_name: Text | None = None
    series: Text | None = None
    edition: int | None = None
    organisers: tuple[Organiser, ...] = ()
    url: str | None = None


class Announcement(Record, frozen=True):
    """A timed message for the lobby (e.g. where the group photo is taken)."""

    start: datetime
    end: datetime
    text: Text
    level: str = "info"


class Agenda(Record, frozen=True, eq=False):
    """The whole programme: the event, its days, people and announcements; ``items`` in time order."""

    event: Event
    timezone: ZoneInfo
    days: tuple[Day, ...]
    people: tuple[Person, ...]
    source: str = ""
    announcements: tuple[Announcement, ...] = ()
    # The source's room order (English names; its main halls first): what the readers give, then
    # any other room in the order it first appears. Screens and --print-state list rooms in it.
    rooms: tuple[str, ...] = ()
    # What the file has that the kiosk shows anyway, for --check and --convert to tell staff
    # (another tool's same-room overlaps); located like problems.
    warnings: tuple[Problem, ...] = ()
    items: tuple[Item, ...] = field(init=False)

    def __post_init__(self):
        ordered = sorted((i for d in self.days for i in d.items), key=lambda i: (i.start, i.day_index))
        object.__setattr__(self, "items", tuple(ordered))
        used = [str(i.room) for d in self.days for i in d.items if i.room is not None]
        object.__setattr__(self, "rooms", tuple(r for r in dict.fromkeys([*self.rooms, *used]) if r in set(used)))

    def room_rank(self, item: Item) -> int:
        """Where the item's room stands in the source's order (an item without a room: first)."""
        if item.room is None:
            return -1
        ranks = self.__dict__.get("_room_ranks")
        if ranks is None:
            ranks = {name: rank for rank, name in enumerate(self.rooms)}
            object.__setattr__(self, "_room_ranks", ranks)
        return ranks.get(str(item.room), len(ranks))

    @cached_property
    def several_rooms(self) -> bool:
        """Whether the programme has more than one room overall: then every item says its room."""
        return len({str(i.room) for i in self.items if i.room is not None}) > 1

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)

    def appearances_of(self, person: Person) -> list[tuple[Item, str, Text | None]]:
        """Every place a person is on the programme, in time order, as (item, role, talk): the role is
        "presenter" or "moderator"; ``talk`` is the title of the talk they present alone, else None
        (a talk of several presenters, or the item itself, is said by the role)."""
        found = []
        for item in self.items:
            for role, talk, appearance in item.appearances():
                if appearance.person.id != person.id:
                    continue
                alone = role == "presenter" and talk is not None and talk.title is not None \
                    and len(talk.presenters) == 1
                found.append((item, role, talk.title if alone else None))
        return found

    def day_of(self, instant: datetime) -> Day | None:
        """The programme day ``instant`` is in, if any: the day of its local date, unless the day
        before still runs then (past midnight, until its ``ends``)."""
        local = instant.astimezone(self.timezone).date()
        evening = next((d for d in self.days if d.date == local - timedelta(days=1)), None)
        if evening is not None and evening.ends is not None and instant < evening.ends:
            return evening
        return next((d for d in self.days if d.date == local), None)

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.timezone)
