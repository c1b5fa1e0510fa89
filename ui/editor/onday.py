"""On the day: delay, cancel, restore and move an item (as adjustments, through :mod:`kiosk.changes.onday`,
the same operations as ``kiosk --delay`` …), and the announcements shown on the display."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.changes import onday
from kiosk.changes.content import LEVELS, find_item, set_announcements, text_in, with_text
from kiosk.clock import Clock
from ui.editor.fields import BilingualLine
from ui.i18n import tr

ISO = "yyyy-MM-ddTHH:mm"


class DayActions(QGroupBox):
    """Delay from this item (optionally until a later one), cancel or restore it, move it."""

    made = Signal(object, str)  # the new document, and the undo step's name

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("On the day (the printed programme stays; the screens show the change)"), parent)
        self.doc: dict = {}
        self.item_id = ""
        form = QFormLayout(self)
        delay = QHBoxLayout()
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, onday.MAX_DELAY)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(15)
        self.minutes.setSuffix(" " + tr("min"))
        self.until = QComboBox(self)
        self.delay_button = QPushButton(tr("Delay"), self)
        self.delay_button.clicked.connect(self.delay)
        delay.addWidget(self.minutes)
        delay.addWidget(QLabel(tr("until"), self))
        delay.addWidget(self.until, 1)
        delay.addWidget(self.delay_button)
        form.addRow(tr("Delay this and later items"), delay)
        cancel = QHBoxLayout()
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(tr("Note for the screens (optional)"))
        self.cancel_button = QPushButton(tr("Cancel item"), self)
        self.restore_button = QPushButton(tr("Restore as printed"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.restore_button.clicked.connect(self.restore)
        cancel.addWidget(self.note, 1)
        cancel.addWidget(self.cancel_button)
        cancel.addWidget(self.restore_button)
        form.addRow(tr("Cancel"), cancel)
        move = QHBoxLayout()
        self.move_start = QLineEdit(self)
        self.move_end = QLineEdit(self)
        self.move_start.setPlaceholderText(tr("new start HH:MM"))
        self.move_end.setPlaceholderText(tr("new end (optional)"))
        for box in (self.move_start, self.move_end):
            box.setMinimumWidth(170)
        self.move_button = QPushButton(tr("Move"), self)
        self.move_button.clicked.connect(self.move)
        move.addWidget(self.move_start)
        move.addWidget(self.move_end)
        move.addWidget(self.move_button)
        move.addStretch(1)
        form.addRow(tr("Move"), move)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        form.addRow(self.result)

    def set_item(self, doc: dict, item_id: str) -> None:
        self.doc, self.item_id = doc, item_id
        self.until.clear()
        self.until.addItem(tr("the end of the day"), None)
        try:
            d, i = find_item(doc, item_id)
        except ValueError:
            self.setEnabled(False)
            return
        self.setEnabled(True)
        for later in doc["days"][d]["items"][i + 1:]:
            if isinstance(later, dict):
                self.until.addItem(f"{later.get('start')} {text_in(later.get('title'), 'en')}", later.get("id"))
        cancelled = any(isinstance(a, dict) and a.get("cancel") == item_id for a in doc.get("adjustments") or [])
        self.cancel_button.setEnabled(not cancelled)

    def _do(self, operation, *args, text: str) -> None:
        try:
            change = operation(copy.deepcopy(self.doc), self.item_id, *args)
        except onday.EditError as err:
            self._say(str(err), error=True)
            return
        self._say(tr("Done: %1", args=(text,)) if change.changed else tr("Nothing changed: it is so already."))
        if change.changed:
            self.made.emit(change.doc, text)

    def _say(self, text: str, error: bool = False) -> None:
        self.result.setStyleSheet("color: #b00020" if error else "color: #1b5e20")
        self.result.setText(text)

    def delay(self) -> None:
        self._do(onday.delay, self.minutes.value(), self.until.currentData(),
                 text=tr("Delay %1 by %2 min", args=(self.item_id, self.minutes.value())))

    def cancel(self) -> None:
        note = self.note.text().strip() or None
        self._do(onday.cancel, note, text=tr("Cancel %1", args=(self.item_id,)))

    def restore(self) -> None:
        self._do(onday.restore, text=tr("Restore %1", args=(self.item_id,)))

    def move(self) -> None:
        self._do(onday.move, self.move_start.text().strip(), self.move_end.text().strip() or None,
                 text=tr("Move %1", args=(self.item_id,)))


def _qt(value: str) -> QDateTime:
    return QDateTime.fromString(value, ISO) if isinstance(value, str) else QDateTime()


class AnnouncementsPanel(QWidget):
    """The announcements: each with from, until, level and its text in English and Russian."""

    made = Signal(object, str, object)  # the new document, the undo step's name, a merge key (or None)

    def __init__(self, clock: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.clock = clock
        self.doc: dict = {}
        self.entries: list[dict] = []
        self.default_at: datetime | None = None  # where new ones start: the preview's instant
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._show)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add = QPushButton(tr("Add announcement"), self)
        self.remove = QPushButton(tr("Remove"), self)
        self.add.clicked.connect(self.add_new)
        self.remove.clicked.connect(self._remove)
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        left.addLayout(buttons)
        layout.addLayout(left, 1)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        self.start = QDateTimeEdit(self.form)
        self.until = QDateTimeEdit(self.form)
        for box in (self.start, self.until):
            box.setDisplayFormat("yyyy-MM-dd HH:mm")
            box.setCalendarPopup(True)
            box.dateTimeChanged.connect(self._times)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–", self.form))
        times.addWidget(self.until)
        self.next30 = QPushButton(tr("For the next 30 minutes"), self.form)
        self.next30.clicked.connect(self.next_30_minutes)
        times.addWidget(self.next30)
        form.addRow(tr("From – until"), times)
        self.level = QComboBox(self.form)
        self.level.addItem(tr("Information"), "info")
        self.level.addItem(tr("Important"), "important")
        self.level.activated.connect(lambda _i: self._set("level", self.level.currentData()))
        form.addRow(tr("Level"), self.level)
        self.text = BilingualLine(self.form)
        self.text.edited.connect(lambda value: self._set("text", value))
        form.addRow(tr("Text"), self.text)
        layout.addWidget(self.form, 2)
        self._loading = False

    def set_document(self, doc: dict) -> None:
        self.doc = doc
        self.entries = [dict(a) for a in doc.get("announcements") or [] if isinstance(a, dict)]
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            important = "‼ " if entry.get("level") == "important" else ""
            when = f"{str(entry.get('from', '')).replace('T', ' ')} – {str(entry.get('until', ''))[11:]}"
            self.list.addItem(f"{important}{when}  {text_in(entry.get('text'), 'en')}")
        self.list.blockSignals(False)
        row = min(max(row, 0), len(self.entries) - 1)
        self.list.setCurrentRow(row)
        self._show(row)

    def select(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.list.setCurrentRow(row)

    def _show(self, row: int) -> None:
        chosen = 0 <= row < len(self.entries)
        self.form.setEnabled(chosen)
        self.remove.setEnabled(chosen)
        if not chosen:
            return
        entry = self.entries[row]
        self._loading = True
        self.start.setDateTime(_qt(entry.get("from")))
        self.until.setDateTime(_qt(entry.get("until")))
        self.level.setCurrentIndex(max(0, self.level.findData(entry.get("level", "info"))))
        self.text.load(entry.get("text"))
        self._loading = False

    def _emit(self, text: str, merge=None) -> None:
        self.made.emit(set_announcements(self.doc, self.entries), text, merge)

    def _set(self, key: str, value) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.entries):
            return
        entry = dict(self.entries[row])
        if key == "level" and value == "info":
            entry.pop("level", None)
        elif value is None:
            entry[key] = ""  # an empty text: the checker says so
        else:
            entry[key] = value
        self.entries[row] = entry
        self._emit(tr("Edit announcement"), merge=("announcement", row, key))

    def _times(self) -> None:
        if self._loading:
            return
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            entry = dict(self.entries[row])
            entry["from"] = self.start.dateTime().toString(ISO)
            entry["until"] = self.until.dateTime().toString(ISO)
            self.entries[row] = entry
            self._emit(tr("Edit announcement"), merge=("announcement", row, "times"))

    def _local_now(self) -> datetime:
        now = self.clock.now()
        try:
            tz = onday._zone(self.doc)
            now = now.astimezone(tz)
        except onday.EditError:
            pass
        return now.replace(second=0, microsecond=0)

    def next_30_minutes(self) -> None:
        """From now (the event's local time) for 30 minutes."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.entries):
            return
        start = self._local_now()
        entry = dict(self.entries[row])
        entry["from"] = start.strftime("%Y-%m-%dT%H:%M")
        entry["until"] = (start + timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M")
        self.entries[row] = entry
        self._emit(tr("Announcement for the next 30 minutes"))
        self._show(row)

    def add_new(self, en: str = "", ru: str = "", important: bool = False) -> None:
        """A new announcement for 30 minutes from the preview's instant (else now)."""
        start = (self.default_at or self._local_now()).replace(second=0, microsecond=0, tzinfo=None)
        entry = {"from": start.strftime("%Y-%m-%dT%H:%M"),
                 "until": (start + timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M"),
                 "text": with_text(None, "en", en or tr("New announcement"))}
        if ru:
            entry["text"] = with_text(entry["text"], "ru", ru)
        if important and "important" in LEVELS:
            entry["level"] = "important"
        self.entries.append(entry)
        self._emit(tr("Add announcement"))
        self.list.setCurrentRow(len(self.entries) - 1)
        self.text.boxes["en"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.text.boxes["en"].selectAll()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self._emit(tr("Remove announcement"))
