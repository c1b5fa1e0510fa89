"""The form of one programme item: times, kind, texts in both languages, room, people, points, talks.

``load`` fills it from the item's entry in the document; every change the user makes is signalled
as the whole new entry (``edited``), with the field's name so typing in one field is one undo step.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.changes.content import ITEM_KEYS, TALK_KEYS, ordered, set_member, text_in
from ui.editor.fields import AppearancesEdit, BilingualLine, DescriptionEdit, PointsEdit
from ui.i18n import current_language, tr
from ui.icons import icon_pixmap, kind_icon_name


def kind_names() -> dict[str, str]:
    return {"registration": tr("Registration"), "opening": tr("Opening"), "session": tr("Session"),
            "discussion": tr("Discussion"), "break": tr("Break"), "meal": tr("Meal"), "photo": tr("Photo"),
            "closing": tr("Closing"), "reception": tr("Reception")}


class TalksEdit(QWidget):
    """The talks of a session: each with a title, presenters, moderators and a description."""

    edited = Signal(object, str)  # the new list of talks, and what changed (for undo steps)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.value: list[dict] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setMaximumHeight(120)
        self.list.currentRowChanged.connect(self._show)
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add = QPushButton(tr("Add talk"), self)
        self.remove = QPushButton(tr("Remove talk"), self)
        self.up = QPushButton(tr("Earlier"), self)
        self.down = QPushButton(tr("Later"), self)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        for button in (self.add, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setContentsMargins(12, 0, 0, 0)
        self.title = BilingualLine(self.form)
        self.presenters = AppearancesEdit(self.form)
        self.moderators = AppearancesEdit(self.form)
        self.description = DescriptionEdit(self.form)
        form.addRow(tr("Talk title"), self.title)
        form.addRow(tr("Presenters"), self.presenters)
        form.addRow(tr("Moderators"), self.moderators)
        form.addRow(tr("Description"), self.description)
        layout.addWidget(self.form)
        self.title.edited.connect(lambda v: self._set("title", v))
        self.presenters.edited.connect(lambda v: self._set("presenters", v))
        self.moderators.edited.connect(lambda v: self._set("moderators", v))
        self.description.edited.connect(lambda v: self._set("description", v))

    def set_people(self, people: list[tuple[str, str]]) -> None:
        self.presenters.set_people(people)
        self.moderators.set_people(people)

    def load(self, value: Any) -> None:
        self.value = [dict(t) for t in value if isinstance(t, dict)] if isinstance(value, list) else []
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for number, talk in enumerate(self.value, 1):
            title = talk.get("title")
            shown = text_in(title, current_language()) or text_in(title, "en") or tr("(no title)")
            self.list.addItem(f"{number}. {shown}")
        self.list.blockSignals(False)
        row = min(max(row, 0), len(self.value) - 1)
        self.list.setCurrentRow(row)
        self._show(row)

    def select(self, row: int) -> None:
        if 0 <= row < len(self.value):
            self.list.setCurrentRow(row)

    def _show(self, row: int) -> None:
        chosen = 0 <= row < len(self.value)
        self.form.setVisible(chosen)
        for button in (self.remove, self.up, self.down):
            button.setEnabled(chosen)
        if chosen:
            talk = self.value[row]
            self.title.load(talk.get("title"))
            self.presenters.load(talk.get("presenters"))
            self.moderators.load(talk.get("moderators"))
            self.description.load(talk.get("description"))

    def _emit(self, what: str) -> None:
        self.edited.emit(copy.deepcopy(self.value), what)

    def _set(self, key: str, value: Any) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.value):
            self.value[row] = set_member(self.value[row], key, value, TALK_KEYS)
            self._emit(f"talks.{row}.{key}")

    def _add(self) -> None:
        self.value.append({"title": tr("New talk")})
        self._emit("talks+")
        self.list.setCurrentRow(len(self.value) - 1)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.value):
            del self.value[row]
            self._emit("talks-")

    def _move(self, step: int) -> None:
        row, other = self.list.currentRow(), self.list.currentRow() + step
        if 0 <= row < len(self.value) and 0 <= other < len(self.value):
            self.value[row], self.value[other] = self.value[other], self.value[row]
            self._emit("talks~")
            self.list.setCurrentRow(other)


class ItemForm(QWidget):
    """Everything about one item, English and Russian side by side."""

    edited = Signal(object, str)  # the item's new entry, and the field that changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry: dict = {}
        body = self
        self.scroller = None  # the scroll area the window puts the form in
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.heading = QLabel(body)
        self.heading.setStyleSheet("font-weight: bold")
        form.addRow(self.heading)
        times = QHBoxLayout()
        self.start = QLineEdit(body)
        self.end = QLineEdit(body)
        for box, tip in ((self.start, tr("HH:MM, e.g. 14:30")),
                         (self.end, tr("HH:MM; empty when the programme gives no end"))):
            box.setPlaceholderText(tip)
            box.setToolTip(tip)
            box.setMaximumWidth(110)
        times.addWidget(self.start)
        times.addWidget(QLabel("–", body))
        times.addWidget(self.end)
        self.kind = QComboBox(body)
        for kind, name in kind_names().items():
            self.kind.addItem(QIcon(icon_pixmap(kind_icon_name(kind), QColor("#1d3557").name(), 18)), name, kind)
        times.addSpacing(16)
        times.addWidget(QLabel(tr("Kind"), body))
        times.addWidget(self.kind)
        times.addStretch(1)
        form.addRow(tr("Time"), times)
        header = QHBoxLayout()
        header.addWidget(QLabel(tr("English"), body), 1)
        header.addWidget(QLabel(tr("Russian"), body), 1)
        form.addRow("", header)
        self.title = BilingualLine(body)
        self.subtitle = BilingualLine(body)
        self.room = BilingualLine(body)
        self.description = DescriptionEdit(body)
        self.presenters = AppearancesEdit(body)
        self.moderators = AppearancesEdit(body)
        self.points = PointsEdit(body)
        self.talks = TalksEdit(body)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Subtitle"), self.subtitle)
        form.addRow(tr("Room"), self.room)
        form.addRow(tr("Description"), self.description)
        form.addRow(tr("Presenters"), self.presenters)
        form.addRow(tr("Moderators"), self.moderators)
        form.addRow(tr("Talks"), self.talks)
        form.addRow(tr("Points"), self.points)
        self.id_label = QLabel(body)
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.id_label.setStyleSheet("color: #555")
        form.addRow(tr("Id"), self.id_label)
        self.start.textEdited.connect(lambda v: self._set("start", v))
        self.end.textEdited.connect(lambda v: self._set("end", v or None))
        self.kind.activated.connect(lambda _i: self._set("kind", self.kind.currentData()))
        for name in ("title", "subtitle", "room", "description", "presenters", "moderators", "points"):
            getattr(self, name).edited.connect(lambda v, name=name: self._set(name, v))
        self.talks.edited.connect(lambda v, what: self._set("talks", v, what))

    def set_people(self, people: list[tuple[str, str]]) -> None:
        for field in (self.presenters, self.moderators, self.talks):
            field.set_people(people)

    def load(self, entry: dict) -> None:
        self.entry = copy.deepcopy(entry)
        title = entry.get("title")
        self.heading.setText(text_in(title, current_language()) or text_in(title, "en") or tr("(no title)"))
        for box, key in ((self.start, "start"), (self.end, "end")):
            value = entry.get(key)
            text = value if isinstance(value, str) else ""
            if box.text() != text:
                box.setText(text)
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.get("kind"))))
        for name in ("title", "subtitle", "room", "description", "presenters", "moderators", "points", "talks"):
            getattr(self, name).load(entry.get(name))
        self.id_label.setText(str(entry.get("id", "")))

    def _set(self, key: str, value: Any, what: str | None = None) -> None:
        if key == "end":  # "end" is always there: null when the programme gives no end
            entry = dict(self.entry)
            entry["end"] = value
        elif key in ("title", "start", "kind"):  # required: an empty one is for the checker to name
            entry = dict(self.entry)
            entry[key] = value if value is not None else ""
            entry = ordered(entry, ITEM_KEYS)
        else:
            entry = set_member(self.entry, key, value, ITEM_KEYS)
        self.entry = entry
        self.edited.emit(copy.deepcopy(entry), what or key)

    def focus(self, path: list) -> None:
        """Put the cursor on the field a problem names: ["title", "ru"], ["talks", 1, "presenters", 0] …"""
        key = path[0] if path else None
        widget: QWidget | None = None
        if key in ("start", "end"):
            widget = getattr(self, key)
        elif key == "kind":
            widget = self.kind
        elif key in ("title", "subtitle", "room"):
            line = getattr(self, key)
            widget = line.boxes.get(path[1] if len(path) > 1 and path[1] in line.boxes else "en")
        elif key == "description":
            widget = self.description.boxes["en"]
        elif key in ("presenters", "moderators"):
            widget = getattr(self, key).list
        elif key == "points":
            widget = self.points.table
        elif key == "talks":
            if len(path) > 1 and isinstance(path[1], int):
                self.talks.select(path[1])
            sub = path[2] if len(path) > 2 else None
            widget = {"presenters": self.talks.presenters.list, "moderators": self.talks.moderators.list,
                      "description": self.talks.description.boxes["en"]}.get(sub, self.talks.title.boxes["en"])
        if widget is not None:
            if self.scroller is not None:
                self.scroller.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
