"""The editor's form fields: texts in English and Russian side by side, descriptions, points, and
people chosen from the people list with "to be confirmed" and "by video".

Each field loads a value of the agenda document (``load``) without signalling, and signals
``edited`` with the new value only when the user changes it.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.changes.content import text_in, with_text
from ui.i18n import tr

LANGS = ("en", "ru")
_BULLET = re.compile(r"^\s*[•\-*]\s+")


def lang_label(lang: str) -> str:
    return tr("English") if lang == "en" else tr("Russian")


class BilingualLine(QWidget):
    """One line of text in English and in Russian, side by side."""

    edited = Signal(object)  # the new text value (str, {"en", "ru"}, or None)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.value: Any = None
        self.boxes: dict[str, QLineEdit] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for lang in LANGS:
            box = QLineEdit(self)
            box.setPlaceholderText(lang_label(lang))
            box.setObjectName(lang)
            box.textEdited.connect(lambda text, lang=lang: self._edited(lang, text))
            self.boxes[lang] = box
            row.addWidget(box, 1)

    def load(self, value: Any) -> None:
        self.value = value
        for lang, box in self.boxes.items():
            if box.text() != text_in(value, lang):
                box.setText(text_in(value, lang))
                box.setCursorPosition(0)

    def _edited(self, lang: str, text: str) -> None:
        self.value = with_text(self.value, lang, text)
        self.edited.emit(self.value)


def blocks_to_text(blocks: Any, lang: str) -> str:
    """A description as one text: paragraphs apart by a blank line, list entries as "• " lines."""
    out = []
    for block in blocks if isinstance(blocks, list) else []:
        if isinstance(block, dict) and "list" in block:
            out.append("\n".join("• " + text_in(entry, lang) for entry in block.get("list") or []))
        else:
            out.append(text_in(block, lang))
    return "\n\n".join(out).strip("\n") if any(out) else ""


def _chunks(text: str) -> list[str]:
    return [c.strip("\n") for c in re.split(r"\n[ \t]*\n", text.strip()) if c.strip()]


def text_to_blocks(en: str, ru: str, old: Any) -> tuple[list | None, str | None]:
    """The description made of the two texts, or (None, why) when their paragraphs do not pair up."""
    en_chunks, ru_chunks = _chunks(en), _chunks(ru)
    if ru_chunks and len(ru_chunks) != len(en_chunks):
        return None, tr("The English and the Russian have different numbers of paragraphs (%1 and %2): each "
                        "paragraph needs both.", args=(len(en_chunks), len(ru_chunks)))
    old_blocks = old if isinstance(old, list) else []
    blocks: list = []
    for index, chunk in enumerate(en_chunks):
        ru_chunk = ru_chunks[index] if ru_chunks else ""
        lines = chunk.split("\n")
        was = old_blocks[index] if index < len(old_blocks) else None
        if all(_BULLET.match(line) for line in lines):
            ru_lines = ru_chunk.split("\n") if ru_chunk else []
            entries = []
            for n, line in enumerate(lines):
                value: Any = _BULLET.sub("", line)
                ru_line = _BULLET.sub("", ru_lines[n]) if n < len(ru_lines) else ""
                entries.append(with_text(value, "ru", ru_line) if ru_line else value)
            blocks.append({"list": entries})
        else:
            plain = isinstance(was, str) or was is None
            value = chunk if plain else {"en": chunk}
            blocks.append(with_text(value, "ru", ru_chunk) if ru_chunk else value)
    return blocks, None


class DescriptionEdit(QWidget):
    """A description in English and Russian side by side; a list's entries are lines starting with "• "."""

    edited = Signal(object)  # the new list of blocks (empty: no description)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.value: Any = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.boxes: dict[str, QPlainTextEdit] = {}
        for lang in LANGS:
            box = QPlainTextEdit(self)
            box.setObjectName(lang)
            box.setPlaceholderText(tr("%1: paragraphs apart by an empty line; list entries start with •",
                                      args=(lang_label(lang),)))
            box.setTabChangesFocus(True)
            box.setMinimumHeight(90)
            box.textChanged.connect(self._edited)
            self.boxes[lang] = box
            row.addWidget(box, 1)
        outer.addLayout(row)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.problem.hide()
        outer.addWidget(self.problem)

    def load(self, value: Any) -> None:
        self.value = value
        for lang, box in self.boxes.items():
            text = blocks_to_text(value, lang)
            if box.toPlainText() != text:
                box.blockSignals(True)
                box.setPlainText(text)
                box.blockSignals(False)
        self.problem.hide()

    def _edited(self) -> None:
        blocks, why = text_to_blocks(self.boxes["en"].toPlainText(), self.boxes["ru"].toPlainText(), self.value)
        self.problem.setVisible(why is not None)
        if why is not None:
            self.problem.setText(why)
            return
        self.value = blocks
        self.edited.emit(blocks)


class PointsEdit(QWidget):
    """Numbered or lettered points: a label, then the text in English and Russian."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.value: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([tr("Label"), lang_label("en"), lang_label("ru")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 50)
        self.table.setColumnWidth(1, 260)
        self.table.setMinimumHeight(80)
        self.table.cellChanged.connect(self._edited)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add = QPushButton(tr("Add point"), self)
        self.add.clicked.connect(self._add)
        self.remove = QPushButton(tr("Remove point"), self)
        self.remove.clicked.connect(self._remove)
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def load(self, value: Any) -> None:
        self.value = [dict(p) for p in value] if isinstance(value, list) else []
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.value))
        for row, point in enumerate(self.value):
            cells = (str(point.get("label", "")), text_in(point.get("text"), "en"), text_in(point.get("text"), "ru"))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.blockSignals(False)

    def _edited(self, row: int, col: int) -> None:
        text = self.table.item(row, col).text() if self.table.item(row, col) else ""
        point = self.value[row]
        if col == 0:
            point["label"] = text
        else:
            point["text"] = with_text(point.get("text"), LANGS[col - 1], text)
        self.edited.emit([dict(p) for p in self.value])

    def _add(self) -> None:
        self.value.append({"label": _next_label(self.value), "text": tr("New point")})
        self.edited.emit([dict(p) for p in self.value])

    def _remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.value):
            del self.value[row]
            self.edited.emit([dict(p) for p in self.value])


def _next_label(points: list) -> str:
    labels = [str(p.get("label", "")) for p in points]
    if labels and len(labels[-1]) == 1 and labels[-1].isalpha():
        return chr(ord(labels[-1]) + 1)
    if labels and labels[-1].isdigit():
        return str(int(labels[-1]) + 1)
    return "a" if not labels else str(len(labels) + 1)


class AppearancesEdit(QWidget):
    """People in a role (presenters or moderators), chosen from the people list, in order."""

    edited = Signal(object)  # the new list of appearances

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.value: list[dict] = []
        self.names: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._selected)
        layout.addWidget(self.list)
        flags = QHBoxLayout()
        self.tbc = QCheckBox(tr("to be confirmed"), self)
        self.video = QCheckBox(tr("by video"), self)
        self.tbc.clicked.connect(lambda on: self._flag("tbc", on))
        self.video.clicked.connect(lambda on: self._flag("video", on))
        self.up = QPushButton("↑", self)
        self.down = QPushButton("↓", self)
        self.up.setToolTip(tr("Earlier in the list"))
        self.down.setToolTip(tr("Later in the list"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove = QPushButton(tr("Remove"), self)
        self.remove.clicked.connect(self._remove)
        for widget in (self.tbc, self.video, self.up, self.down, self.remove):
            flags.addWidget(widget)
        flags.addStretch(1)
        layout.addLayout(flags)
        adding = QHBoxLayout()
        self.choice = QComboBox(self)
        self.choice.setEditable(True)  # type to find a name
        self.choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choice.lineEdit().setPlaceholderText(tr("Type or choose a name"))
        self.add = QPushButton(tr("Add"), self)
        self.add.clicked.connect(self._add)
        adding.addWidget(self.choice, 1)
        adding.addWidget(self.add)
        layout.addLayout(adding)
        self._selected(-1)

    def set_people(self, people: list[tuple[str, str]]) -> None:
        """(id, shown name) of everyone who can be chosen."""
        self.names = dict(people)
        self.choice.blockSignals(True)
        self.choice.clear()
        for ident, name in sorted(people, key=lambda p: p[1].lower()):
            self.choice.addItem(name, ident)
        self.choice.setCurrentIndex(-1)
        self.choice.blockSignals(False)

    def load(self, value: Any) -> None:
        self.value = [dict(a) for a in value if isinstance(a, dict)] if isinstance(value, list) else []
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for appearance in self.value:
            self.list.addItem(QListWidgetItem(self._line(appearance)))
        self.list.blockSignals(False)
        rows = max(1, min(len(self.value), 5))  # as tall as its people (up to 5 rows, then it scrolls)
        self.list.setFixedHeight(rows * self.list.fontMetrics().height() + 12)
        self.list.setCurrentRow(min(row, len(self.value) - 1))
        self._selected(self.list.currentRow())

    def _line(self, appearance: dict) -> str:
        ident = appearance.get("person")
        name = self.names.get(ident) or tr("%1 (not in the people list)", args=(ident,))
        marks = [tr("to be confirmed")] if appearance.get("tbc") else []
        marks += [tr("by video")] if appearance.get("video") else []
        return name + (" — " + ", ".join(marks) if marks else "")

    def _selected(self, row: int) -> None:
        chosen = 0 <= row < len(self.value)
        for widget in (self.tbc, self.video, self.remove, self.up, self.down):
            widget.setEnabled(chosen)
        self.tbc.setChecked(chosen and bool(self.value[row].get("tbc")))
        self.video.setChecked(chosen and bool(self.value[row].get("video")))

    def _flag(self, key: str, on: bool) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.value):
            return
        if on:
            self.value[row][key] = True
        else:
            self.value[row].pop(key, None)
        self.edited.emit([dict(a) for a in self.value])

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if 0 <= row < len(self.value) and 0 <= other < len(self.value):
            self.value[row], self.value[other] = self.value[other], self.value[row]
            self.list.setCurrentRow(other)
            self.edited.emit([dict(a) for a in self.value])

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.value):
            del self.value[row]
            self.edited.emit([dict(a) for a in self.value])

    def _add(self) -> None:
        ident = self.choice.currentData()
        if ident is None:  # typed: the first name that contains the text
            typed = self.choice.currentText().strip().lower()
            ident = next((i for i, n in self.names.items() if typed and typed in n.lower()), None)
        if ident is None:
            return
        self.value.append({"person": ident})
        self.choice.setCurrentIndex(-1)
        self.choice.clearEditText()
        self.edited.emit([dict(a) for a in self.value])
        self.list.setCurrentRow(len(self.value) - 1)

    def add_person(self, ident: str) -> None:
        """Choose ``ident`` and add them (what a click on Add does after choosing)."""
        self.choice.setCurrentIndex(self.choice.findData(ident))
        self._add()
