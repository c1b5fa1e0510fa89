"""The browser's detail: everything about one item, or one person and where they appear."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.model import Agenda, Appearance, Item, ListBlock, Person
from kiosk.schedule import ScheduleState
from ui import theme as th
from ui.browser.models import affiliation, person_line
from ui.i18n import locale_of, tr
from ui.widgets import TapRow, make_kinetic
from ui.wording import change_words
from ui.wraplabel import WrapLabel

# The detail wraps everything; a title or a name past this many lines is elided with …
TITLE_LINES, NAME_LINES, AFFILIATION_LINES = 8, 4, 6


class DetailPane(QScrollArea):
    """A scrolling column of plain labels and tappable rows, rebuilt for each item or person."""

    open_item = Signal(str)
    open_person = Signal(str)

    def __init__(self, theme: th.Theme, parent=None):
        super().__init__(parent)
        self.theme = theme
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        make_kinetic(self)
        self.body: QWidget | None = None
        self.column: QVBoxLayout | None = None
        self.subject: str = ""

    def _start(self, subject: str) -> None:
        self.subject = subject
        self.body = QWidget()
        self.body.setObjectName("detailBody")
        self.column = QVBoxLayout(self.body)
        u = self.theme.unit
        self.column.setContentsMargins(round(36 * u), round(30 * u), round(36 * u), round(30 * u))
        self.column.setSpacing(round(10 * u))

    def _finish(self) -> None:
        self.column.addStretch(1)
        # The row that was tapped may be inside the old content, still handling its event:
        # delete the old content later, never under its feet.
        old = self.takeWidget()
        self.setWidget(self.body)
        if old is not None:
            old.hide()
            old.deleteLater()
        self.verticalScrollBar().setValue(0)

    def add(self, text: str, role: str, color: QColor = th.TEXT, space_before: float = 0,
            max_lines: int | None = None) -> QLabel:
        if space_before:
            self.column.addSpacing(round(space_before * self.theme.unit))
        label = self.label(text, role, color, max_lines)
        self.column.addWidget(label)
        return label

    def label(self, text: str, role: str, color: QColor = th.TEXT, max_lines: int | None = None) -> WrapLabel:
        """Plain text that wraps in the card, inside a word only when it is wider than the card."""
        return WrapLabel(text, self.theme.font(role), color, max_lines)

    def add_person(self, appearance: Appearance, lang: str) -> TapRow:
        row = TapRow()
        box = QVBoxLayout(row)
        u = self.theme.unit
        box.setContentsMargins(0, round(6 * u), 0, round(6 * u))
        box.setSpacing(round(2 * u))
        name = person_line(appearance.person, lang)
        markers = []
        if appearance.tbc:
            markers.append(tr("to be confirmed"))
        if appearance.video:
            markers.append(tr("by video"))
        box.addWidget(self.label(name, "browser_name", max_lines=NAME_LINES))
        if affiliation(appearance.person, lang):
            box.addWidget(self.label(affiliation(appearance.person, lang), "browser_small", th.SECONDARY,
                                     max_lines=AFFILIATION_LINES))
        if markers:
            box.addWidget(self.label("(" + ", ".join(markers) + ")", "browser_small", th.GOLD))
        row.setMinimumHeight(round(64 * u))
        row.tapped.connect(lambda pid=appearance.person.id: self.open_person.emit(pid))
        self.column.addWidget(row)
        return row

    def add_blocks(self, blocks, lang: str) -> None:
        for block in blocks:
            if isinstance(block, ListBlock):
                for entry in block.entries:
                    self.add("•  " + entry.get(lang), "browser_body", th.SECONDARY)
            else:
                self.add(block.get(lang), "browser_body", th.SECONDARY)

    def show_item(self, item: Item, lang: str, state: ScheduleState | None) -> None:
        self._start(f"item:{item.id}")
        hm = "%H:%M"
        span = item.start.strftime(hm) + (" – " + item.end.strftime(hm) if item.end else "")
        day = locale_of(lang).toString(QDate(item.start.year, item.start.month, item.start.day), "dddd d MMMM")
        when = day + "  ·  " + span
        if state is not None and state.current is not None and state.current.id == item.id:
            when = tr("Now") + "  ·  " + when
        if change_words(item):
            when += "  ·  " + change_words(item)
        is_now = state is not None and state.current is not None and state.current.id == item.id
        self.add(when, "browser_label", th.GOLD if change_words(item) else th.TEAL if is_now else th.LABEL)
        if item.note is not None:
            self.add(item.note.get(lang), "browser_body", th.GOLD)
        self.add(item.title.get(lang), "browser_heading", max_lines=TITLE_LINES)
        if item.subtitle:
            self.add(item.subtitle.get(lang), "browser_name", th.SECONDARY, max_lines=TITLE_LINES)
        if item.room:
            self.add(tr("Room") + ": " + item.room.get(lang), "browser_small", th.SECONDARY)
        for point in item.points:
            self.add(f"{point.label})  {point.text.get(lang)}", "browser_body")
        self.add_blocks(item.description, lang)
        for talk in item.talks:
            if talk.title is not None:
                self.add(talk.title.get(lang), "browser_name", th.TEAL, space_before=18, max_lines=TITLE_LINES)
            self.add_blocks(talk.description, lang)
            for appearance in talk.presenters:
                self.add_person(appearance, lang)
            if talk.moderators:
                self.add(tr("Moderator"), "browser_label", th.LABEL, space_before=8)
                for appearance in talk.moderators:
                    self.add_person(appearance, lang)
        if item.presenters:
            self.add(tr("Presenters"), "browser_label", th.LABEL, space_before=18)
            for appearance in item.presenters:
                self.add_person(appearance, lang)
        if item.moderators:
            self.add(tr("Moderator"), "browser_label", th.LABEL, space_before=18)
            for appearance in item.moderators:
                self.add_person(appearance, lang)
        self._finish()

    def show_person(self, agenda: Agenda, person: Person, lang: str) -> None:
        self._start(f"person:{person.id}")
        self.add(person_line(person, lang), "browser_heading", max_lines=TITLE_LINES)
        if person.position:
            self.add(person.position.get(lang), "browser_body", th.SECONDARY)
        if person.organisation:
            self.add(person.organisation.get(lang), "browser_body", th.SECONDARY)
        self.add(tr("On the programme"), "browser_label", th.LABEL, space_before=24)
        u = self.theme.unit
        for item, role, talk in agenda.appearances_of(person):
            what = tr("Moderator") if role == "moderator" else talk.get(lang) if talk else tr("Presenter")
            row = TapRow()
            box = QVBoxLayout(row)
            box.setContentsMargins(0, round(8 * u), 0, round(8 * u))
            box.setSpacing(round(2 * u))
            day = locale_of(lang).toString(QDate(item.start.year, item.start.month, item.start.day), "ddd d MMM")
            box.addWidget(self.label(f"{day}  {item.start.strftime('%H:%M')}  ·  {what}", "browser_small", th.TEAL,
                                     max_lines=NAME_LINES))
            box.addWidget(self.label(item.title.get(lang), "browser_name", max_lines=NAME_LINES))
            row.setMinimumHeight(round(64 * u))
            row.tapped.connect(lambda iid=item.id: self.open_item.emit(iid))
            self.column.addWidget(row)
        self._finish()

    def show_hint(self, text: str) -> None:
        self._start("hint:" + text)
        self.add(text, "browser_body", th.LABEL, space_before=40)
        self._finish()
