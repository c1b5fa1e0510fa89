"""The people list: add and edit (honorific, name, position, organisation, in both languages); a
person who still appears somewhere is not removed, and the panel says where they appear."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.changes.content import (
    PERSON_KEYS,
    DocumentError,
    add_person,
    appearances_of,
    person_id_for,
    remove_person,
    replace_person,
    set_member,
    text_in,
)
from ui.editor.fields import BilingualLine
from ui.i18n import current_language, tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FIELDS = ("honorific", "name", "sort_name", "position", "organisation")


def person_words(person: dict, lang: str = "en") -> str:
    """"Ms Victoria Kasabyan", in ``lang`` when the name has it."""
    parts = [text_in(person.get(k), lang) or text_in(person.get(k), "en") for k in ("honorific", "name")]
    return " ".join(p for p in parts if p) or str(person.get("id", ""))


class PeoplePanel(QWidget):
    """Everyone who can appear on the programme."""

    made = Signal(object, str, object)  # the new document, the undo step's name, a merge key (or None)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: dict = {}
        self.saved_ids: set[str] = set()  # ids in the file as saved: those stay as they are
        self._follow: str | None = None  # the id the chosen person has after the change being made
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Find a person"))
        self.filter.textChanged.connect(self._filter)
        left.addWidget(self.filter)
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(lambda row, _old: self._show(row))
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add = QPushButton(tr("Add person"), self)
        self.remove = QPushButton(tr("Remove person"), self)
        self.add.clicked.connect(self.add_new)
        self.remove.clicked.connect(self.remove_current)
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        left.addLayout(buttons)
        layout.addLayout(left, 1)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        header = QHBoxLayout()
        header.addWidget(QLabel(tr("English"), self.form), 1)
        header.addWidget(QLabel(tr("Russian"), self.form), 1)
        form.addRow("", header)
        self.lines: dict[str, BilingualLine] = {}
        labels = {"honorific": tr("Honorific"), "name": tr("Name"), "sort_name": tr("Sorted under"),
                  "position": tr("Position"), "organisation": tr("Organisation")}
        for key in FIELDS:
            line = BilingualLine(self.form)
            line.edited.connect(lambda value, key=key: self._set(key, value))
            self.lines[key] = line
            form.addRow(labels[key], line)
        self.id_label = QLabel(self.form)
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(tr("Id"), self.id_label)
        self.where = QLabel(self.form)
        self.where.setWordWrap(True)
        form.addRow(tr("Appears in"), self.where)
        self.message = QLabel(self.form)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        form.addRow(self.message)
        layout.addWidget(self.form, 2)

    def people(self) -> list[dict]:
        return [p for p in self.doc.get("people") or [] if isinstance(p, dict)]

    def set_document(self, doc: dict, saved_ids: set[str]) -> None:
        self.doc, self.saved_ids = doc, saved_ids
        current = self._follow or self.current_id()
        self._follow = None
        self.list.blockSignals(True)
        self.list.clear()
        lang = current_language()
        for person in sorted(self.people(), key=lambda p: person_words(p, lang).lower()):
            row = QListWidgetItem(person_words(person, lang))
            row.setData(ID_ROLE, person.get("id"))
            self.list.addItem(row)
        self.list.blockSignals(False)
        self._filter(self.filter.text())
        self.select(current)

    def current_id(self) -> str:
        row = self.list.currentItem()
        return str(row.data(ID_ROLE)) if row is not None else ""

    def select(self, person_id: str) -> None:
        for index in range(self.list.count()):
            if self.list.item(index).data(ID_ROLE) == person_id:
                self.list.setCurrentRow(index)
                return
        self._show(self.list.currentItem())

    def _filter(self, text: str) -> None:
        wanted = text.strip().lower()
        for index in range(self.list.count()):
            row = self.list.item(index)
            row.setHidden(bool(wanted) and wanted not in row.text().lower())

    def _person(self) -> dict | None:
        ident = self.current_id()
        return next((p for p in self.people() if p.get("id") == ident), None)

    def _show(self, _row) -> None:
        person = self._person()
        self.form.setEnabled(person is not None)
        self.remove.setEnabled(person is not None)
        self.message.clear()
        if person is None:
            self.where.clear()
            self.id_label.clear()
            return
        for key, line in self.lines.items():
            line.load(person.get(key))
        self.id_label.setText(str(person.get("id")))
        places = appearances_of(self.doc, str(person.get("id")))
        self.where.setText("\n".join(f"{ident}: {title} ({role})" for ident, title, role in places)
                           or tr("nowhere yet"))

    def _set(self, key: str, value) -> None:
        person = self._person()
        if person is None:
            return
        ident = str(person.get("id"))
        new = set_member(person, key, value, PERSON_KEYS) if key != "name" else dict(person, name=value or "")
        if key in ("name", "sort_name") and ident not in self.saved_ids:  # a new person's id follows the name
            new["id"] = person_id_for(self.doc, text_in(new.get("name"), "en"), text_in(new.get("sort_name"), "en"),
                                      keep=ident)
        self._follow = str(new.get("id"))
        self.made.emit(replace_person(self.doc, ident, new), tr("Edit %1", args=(person_words(new),)),
                       ("person", key))

    def add_new(self) -> None:
        doc, ident = add_person(self.doc, tr("New person"))
        self._follow = ident
        self.made.emit(doc, tr("Add person"), None)
        self.select(ident)
        self.lines["name"].boxes["en"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.lines["name"].boxes["en"].selectAll()

    def remove_current(self) -> bool:
        """Remove the chosen person; False (and the panel says where they appear) when they still do."""
        person = self._person()
        if person is None:
            return False
        places = appearances_of(self.doc, str(person.get("id")))
        try:
            doc = remove_person(self.doc, str(person.get("id")))
        except DocumentError:
            listed = "; ".join(f"“{title}” ({ident}, {role})" for ident, title, role in places)
            self.message.setText(tr("%1 cannot be removed: they still appear in %2. Take them out there first.",
                                    args=(person_words(person), listed)))
            return False
        self.made.emit(doc, tr("Remove %1", args=(person_words(person),)), None)
        return True
