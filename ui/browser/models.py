"""The browser's lists as Qt models: a day's items and everyone on the programme, A–Z by family name."""

from __future__ import annotations

import functools
import unicodedata
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QCollator, QModelIndex, Qt

from kiosk.model import Item, Person
from kiosk.schedule import ScheduleState
from ui.i18n import locale_of

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2
NO_PARENT = QModelIndex()  # the list's root: its rows have no parent


def person_line(person: Person, lang: str = "en") -> str:
    """Honorific and name: "H.E. Mr. Kubanychbek Omuraliev"."""
    return " ".join(x.get(lang) for x in (person.honorific, person.name) if x)


def affiliation(person: Person, lang: str = "en") -> str:
    """Position and organisation: "Director, State Migration Service"."""
    return ", ".join(x.get(lang) for x in (person.position, person.organisation) if x)


def shown_language(person: Person, lang: str) -> str:
    """The language the person's name is shown in: ``lang`` if the name has it, else English."""
    return lang if lang in person.name.languages else "en"


def sort_key(person: Person, lang: str = "en") -> str:
    """What a printed list sorts the person by, in the language the name is shown in: the agenda's
    ``sort_name`` (the family name), else the name's last word ("Victoria Kasabyan" → "Kasabyan")."""
    shown = shown_language(person, lang)
    if person.sort_name is not None and shown in person.sort_name.languages:
        return person.sort_name.get(shown)
    words = person.name.get(shown).split()
    return words[-1] if words else ""


def sorted_people(people: list[Person], lang: str = "en") -> list[Person]:
    """People in the alphabetical order of ``lang`` (QCollator: Russian order for "ru", Ё with Е),
    by sort key, then full name, then id: the same order every time."""
    collator = QCollator(locale_of(lang))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def compare(a: Person, b: Person) -> int:
        return (collator.compare(sort_key(a, lang), sort_key(b, lang))
                or collator.compare(a.name.get(shown_language(a, lang)), b.name.get(shown_language(b, lang)))
                or (a.id > b.id) - (a.id < b.id))
    return sorted(people, key=functools.cmp_to_key(compare))


def index_letter(key: str) -> str:
    """The letter a sort key is filed under in the touch index: its first letter, in capitals,
    without accents for Latin letters ("Ö" → "O"); Ё under Е as Russian lists do; "#" if none."""
    for char in key:
        if char.isalpha():
            upper = char.upper()
            if upper == "Ё":
                return "Е"
            if unicodedata.name(upper, "").startswith("LATIN"):
                return unicodedata.normalize("NFD", upper)[0]
            return upper
    return "#"


class ItemListModel(QAbstractListModel):
    """The items of one day (or any list of items) for the programme timeline."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Item] = []
        self.current: Item | None = None
        self.running: set[str] = set()  # every item on now (several in a multi-track programme)
        self.now: datetime | None = None
        self.lang = "en"

    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def set_state(self, state: ScheduleState) -> None:
        self.current, self.now = state.current, state.at
        running = {i.id for i in state.running} or ({state.current.id} if state.current else set())
        if running != self.running:  # a "Now" pill comes or goes: that row's text may take another line
            self.running = running
            self.relayout()
        elif self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.relayout()

    def relayout(self) -> None:
        """Rows are as tall as their text: tell the view to measure them again."""
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title.get(self.lang)
        return None

    def item_at(self, row: int) -> Item:
        """The item of ``row``: what ``data(index, ITEM_ROLE)`` gives, without the trip through Qt."""
        return self._items[row]

    def row_of(self, item_id: str) -> int:
        return next((r for r, i in enumerate(self._items) if i.id == item_id), -1)


class PeopleModel(QAbstractListModel):
    """Everyone on the programme, A–Z (А–Я) by family name, in the language shown."""

    def __init__(self, people: list[Person], parent=None):
        super().__init__(parent)
        self.lang = "en"
        self._people = sorted_people(people, self.lang)

    def set_people(self, people: list[Person]) -> None:
        self.beginResetModel()
        self._people = sorted_people(people, self.lang)
        self.endResetModel()

    def letters(self) -> list[tuple[str, int]]:
        """The index: each letter that has people, with the row of its first person, in list order."""
        found: dict[str, int] = {}
        for row, person in enumerate(self._people):
            found.setdefault(index_letter(sort_key(person, self.lang)), row)
        return list(found.items())

    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self._people[index.row()]
        if role == PERSON_ROLE:
            return person
        if role == Qt.ItemDataRole.DisplayRole:
            return str(person.name)
        return None
