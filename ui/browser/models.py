"""The browser's lists as Qt models: a day's items and everyone on the programme, A–Z."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from kiosk.model import Item, Person
from kiosk.schedule import ScheduleState

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2


def person_line(person: Person, lang: str = "en") -> str:
    """Honorific and name: "H.E. Mr. Kubanychbek Omuraliev"."""
    return " ".join(x.get(lang) for x in (person.honorific, person.name) if x)


def affiliation(person: Person, lang: str = "en") -> str:
    """Position and organisation: "Director, State Migration Service"."""
    return ", ".join(x.get(lang) for x in (person.position, person.organisation) if x)


def sort_key(person: Person) -> str:
    return str(person.name).casefold()


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
        self.running = {i.id for i in state.running} or ({state.current.id} if state.current else set())
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
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

    def row_of(self, item_id: str) -> int:
        return next((r for r, i in enumerate(self._items) if i.id == item_id), -1)


class PeopleModel(QAbstractListModel):
    """Everyone on the programme, A–Z by name."""

    def __init__(self, people: list[Person], parent=None):
        super().__init__(parent)
        self._people = sorted(people, key=sort_key)
        self.lang = "en"

    def set_people(self, people: list[Person]) -> None:
        self.beginResetModel()
        self._people = sorted(people, key=sort_key)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
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
