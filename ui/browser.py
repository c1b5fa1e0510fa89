"""The touch browser: the whole programme by day, each item in full, and everyone on it.

Lists are Qt model/view (a list model and a delegate that paints rows), so a programme of a
thousand items opens at once and flicks smoothly with QScroller. No text field, no menu, no
dialog: nothing here lets an attendee leave the kiosk.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (QAbstractListModel, QDate, QEvent, QLocale, QModelIndex, QPointF, QRectF, QSize, Qt,
                            Signal)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QFrame, QHBoxLayout, QLabel, QListView,
                               QPushButton, QScrollArea, QScroller, QScrollerProperties, QSizePolicy,
                               QStackedWidget, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget)

from kiosk.model import Agenda, Appearance, Item, ListBlock, Person
from kiosk.schedule import ScheduleState
from ui import theme as th
from ui.i18n import tr
from ui.icons import icon_pixmap, kind_icon_name
from ui.scene import change_words
from ui.wraplabel import WrapLabel

# The detail wraps everything; a title or a name past this many lines is elided with …
TITLE_LINES, NAME_LINES, AFFILIATION_LINES = 8, 4, 6
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2


def locale_of(lang: str) -> QLocale:
    return QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English)


def person_line(person: Person, lang: str = "en") -> str:
    return " ".join(x.get(lang) for x in (person.honorific, person.name) if x)


def affiliation(person: Person, lang: str = "en") -> str:
    return ", ".join(x.get(lang) for x in (person.position, person.organisation) if x)


def sort_key(person: Person) -> str:
    return str(person.name).casefold()


# --- models ----------------------------------------------------------------------------------

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


# --- delegates -------------------------------------------------------------------------------

class _RowDelegate(QStyledItemDelegate):
    """Paints rows directly: fixed height, plain text, elided to the row (the detail has it all)."""

    def __init__(self, unit: float, parent=None):
        super().__init__(parent)
        self.unit = unit
        self.theme = th.Theme(unit=unit, family=th.register_fonts())
        self.big = self.theme.font("browser_title")
        self.small = self.theme.font("browser_small")
        self.time_font = self.theme.font("browser_time")
        self._lines: dict = {}

    def row_height(self) -> int:
        return round(max(64 * self.unit * 1.6, QFontMetricsF(self.big).height() * 2
                         + QFontMetricsF(self.small).height() + 30 * self.unit))

    def sizeHint(self, option, index) -> QSize:
        return QSize(100, self.row_height())

    def _text(self, painter: QPainter, font: QFont, color: QColor, rect: QRectF, text: str, lines: int = 1):
        # A row's lines are elided and wrapped once and drawn as QStaticText (laid out once):
        # a flick repaints the same rows many times.
        key = (font.key(), round(rect.width(), 2), text, lines)
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) > 4096:
                self._lines.clear()
            found = self._lines[key] = self._layout_lines(font, rect.width(), text, lines)
        statics, height = found
        painter.setFont(font)
        painter.setPen(color)
        for dy, static in statics:
            painter.drawStaticText(QPointF(rect.left(), rect.top() + dy), static)
        return height

    @staticmethod
    def _static(text: str) -> QStaticText:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        return static

    def _layout_lines(self, font: QFont, width: float, text: str, lines: int):
        metrics = QFontMetricsF(font)
        if lines == 1:
            return ((0.0, self._static(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))),), metrics.height()
        # Two lines: wrap at a word, elide the rest of the second line.
        words, first = text.split(" "), ""
        for i, word in enumerate(words):
            trial = (first + " " + word).strip()
            if metrics.horizontalAdvance(trial) > width:
                rest = " ".join(words[i:])
                break
            first = trial
        else:
            rest = ""
        if not first:  # one very long word
            first, rest = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width), ""
        if rest:
            second = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
            return ((0.0, self._static(first)), (metrics.height(), self._static(second))), metrics.height() * 2
        return ((0.0, self._static(first)),), metrics.height()


class ItemDelegate(_RowDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        item: Item = index.data(ITEM_ROLE)
        model: ItemListModel = index.model()
        u = self.unit
        rect = QRectF(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        is_current = item.id in model.running
        past = item.cancelled or (model.now is not None and item.until <= model.now)
        change = change_words(item)
        if is_current:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(th.CARD)
            painter.drawRoundedRect(rect.adjusted(0, 4 * u, 0, -4 * u), 14 * u, 14 * u)
            painter.setBrush(th.TEAL)
            painter.drawRoundedRect(QRectF(rect.left(), rect.top() + 4 * u, 6 * u, rect.height() - 8 * u), 3 * u, 3 * u)
        painter.setPen(th.RULE)
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))
        main = th.LABEL if past else th.TEXT
        quiet = th.LABEL if past else th.SECONDARY
        pad = 22 * u
        top = rect.top() + 16 * u
        time_w = 110 * u
        used_time = self._text(painter, self.time_font, main, QRectF(rect.left() + pad, top, time_w, 60 * u),
                               item.start.strftime("%H:%M"))
        icon = 40 * u
        accent = th.TEAL if is_current else quiet
        painter.drawPixmap(QRectF(rect.left() + pad + time_w, top + 2 * u, icon, icon),
                           icon_pixmap(kind_icon_name(item.kind), accent.name(), round(icon)),
                           QRectF(0, 0, round(icon), round(icon)))
        text_x = rect.left() + pad + time_w + icon + 24 * u
        right = rect.right() - pad
        pill = tr("Now") if is_current else (change if change else None)
        if pill:
            label = pill
            font = self.theme.font("label")
            width = QFontMetricsF(font).horizontalAdvance(label.upper()) + 30 * u
            pill = QRectF(right - width, top, width, 40 * u)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(th.TEAL if is_current else th.GOLD)
            painter.drawRoundedRect(pill, 20 * u, 20 * u)
            painter.setFont(font)
            painter.setPen(th.ON_ACCENT)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            right = pill.left() - 16 * u
        lang = model.lang
        used = self._text(painter, self.big, main, QRectF(text_x, top, right - text_x, 200 * u),
                          item.title.get(lang), 2)
        people = ", ".join(a.person.name.get(lang) + (" (" + tr("video") + ")" if a.video else "")
                           for a in item.people())
        if item.room is not None:
            people = item.room.get(lang) + ("  ·  " + people if people else "")
        if people:
            self._text(painter, self.small, quiet, QRectF(text_x, top + used + 6 * u, right - text_x, 60 * u), people)
        painter.restore()


class PersonDelegate(_RowDelegate):
    def row_height(self) -> int:
        return round(max(64 * self.unit * 1.4, QFontMetricsF(self.big).height()
                         + QFontMetricsF(self.small).height() + 34 * self.unit))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        person: Person = index.data(PERSON_ROLE)
        lang = index.model().lang
        u = self.unit
        rect = QRectF(option.rect)
        painter.save()
        painter.setPen(th.RULE)
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))
        pad = 22 * u
        top = rect.top() + 14 * u
        width = rect.width() - 2 * pad
        used = self._text(painter, self.big, th.TEXT, QRectF(rect.left() + pad, top, width, 80 * u),
                          person_line(person, lang))
        self._text(painter, self.small, th.SECONDARY, QRectF(rect.left() + pad, top + used + 4 * u, width, 60 * u),
                   affiliation(person, lang))
        painter.restore()


# --- widgets ---------------------------------------------------------------------------------

def plain_label(text: str, role: str, theme: th.Theme, color: QColor = th.TEXT, wrap: bool = True) -> QLabel:
    """A label that never interprets its text as HTML and offers no selection or menu."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setFont(theme.font(role))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class TapRow(QFrame):
    """A row that does something when tapped (a person, an appearance)."""

    tapped = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tapRow")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.tapped.emit()


def make_kinetic(area) -> None:
    """Flick scrolling by finger or mouse, with no overshoot past the ends."""
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    never = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, never)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, never)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    # Hand the press to the row at once: a delayed press is lost when the finger lifts first,
    # and a tap would then do nothing.
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
    scroller.setScrollerProperties(props)


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


class BrowserView(QWidget):
    """Programme by day, People A–Z, and details; Home goes back to the display."""

    home = Signal()

    def __init__(self, agenda: Agenda, lang: str = "en", parent=None):
        super().__init__(parent)
        self.setObjectName("browser")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.agenda = agenda
        from ui.i18n import languages_of
        self.lang = languages_of(lang)[0]
        self.state: ScheduleState | None = None
        self.history: list[str] = []
        self.view = "programme"
        self.day_index = 0
        self.theme = th.Theme(unit=1.0, family=th.register_fonts())
        self._build()

    # construction ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.outer = outer
        top = QHBoxLayout()
        self.heading = plain_label(tr("Programme"), "browser_heading", self.theme, wrap=False)
        self.clock = plain_label("", "browser_clock", self.theme, wrap=False)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.heading, 1)
        # EN | РУ: names of languages in themselves, so they are never translated.
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in (("en", "EN"), ("ru", "РУ")):
            button = self._button(name, checkable=True)
            button.setChecked(code == self.lang)
            button.clicked.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            top.addWidget(button)
        top.addSpacing(24)
        top.addWidget(self.clock)
        outer.addLayout(top)

        self.tabs = QHBoxLayout()
        self.tab_group = QButtonGroup(self)
        self.tab_group.setExclusive(True)
        self.day_tabs: list[QPushButton] = []
        self.people_tab = self._button(tr("People"), checkable=True)
        self.people_tab.clicked.connect(self.show_people)
        self.tab_group.addButton(self.people_tab)
        self.tabs.addWidget(self.people_tab)
        self.tabs.addStretch(1)
        self._day_tabs()
        outer.addLayout(self.tabs)
        # A multi-track programme: filter the day by room (single-track programmes show no row).
        self.room = None
        self.room_row = QHBoxLayout()
        self.room_group = QButtonGroup(self)
        self.room_buttons: dict[str | None, QPushButton] = {}
        outer.addLayout(self.room_row)
        self._room_buttons()

        body = QHBoxLayout()
        self.lists = QStackedWidget()
        self.items_model = ItemListModel(self)
        self.items_view = self._list(self.items_model, ItemDelegate)
        # A quick second tap arrives as a double-click: it must open the row just the same.
        for signal in (self.items_view.clicked, self.items_view.doubleClicked):
            signal.connect(lambda index: self.open_item(index.data(ITEM_ROLE).id))
        self.people_model = PeopleModel(list(self.agenda.people), self)
        self.people_view = self._list(self.people_model, PersonDelegate)
        for signal in (self.people_view.clicked, self.people_view.doubleClicked):
            signal.connect(lambda index: self.open_person(index.data(PERSON_ROLE).id))
        self.lists.addWidget(self.items_view)
        self.lists.addWidget(self.people_view)

        detail_box = QWidget()
        detail_box.setObjectName("detailCard")
        detail_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.back = self._button(tr("Back"))
        self.back.clicked.connect(self.go_back)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back)
        back_row.addStretch(1)
        self.back_row = back_row
        detail_layout.addLayout(back_row)
        self.detail = DetailPane(self.theme)
        self.detail.open_item.connect(self.open_item)
        self.detail.open_person.connect(self.open_person)
        detail_layout.addWidget(self.detail, 1)
        self.detail_box = detail_box
        body.addWidget(self.lists, 11)
        body.addWidget(detail_box, 9)
        self.body = body
        outer.addLayout(body, 1)

        bottom = QHBoxLayout()
        self.home_button = self._button(tr("Home"))
        self.home_button.clicked.connect(self.home.emit)
        self.hint = plain_label("", "browser_small", self.theme, th.GOLD, wrap=True)
        bottom.addWidget(self.home_button)
        bottom.addWidget(self.hint, 1)
        outer.addLayout(bottom)
        self.apply_scale()

    def rooms(self) -> list[str]:
        return sorted({str(i.room) for i in self.agenda.items if i.room is not None})

    def _room_buttons(self) -> None:
        for button in self.room_buttons.values():
            self.room_group.removeButton(button)
            self.room_row.removeWidget(button)
            button.deleteLater()
        self.room_buttons = {}
        while self.room_row.count():
            self.room_row.takeAt(0)
        rooms = self.rooms()
        if len(rooms) < 2:
            return
        for room in [None, *rooms]:
            label = tr("All rooms") if room is None else room
            button = self._button(label, checkable=True)
            button.setChecked(room == self.room)
            button.clicked.connect(lambda _=False, r=room: self.filter_room(r))
            self.room_group.addButton(button)
            self.room_buttons[room] = button
            self.room_row.addWidget(button)
        self.room_row.addStretch(1)
        self._fit_room_labels()

    def _fit_room_labels(self) -> None:
        """Room names share the row: a name too long for its share is elided with …"""
        if not self.room_buttons:
            return
        u = self.theme.unit
        font = self.theme.font("browser_button")
        spare = self.width() - 120 * u - 22 * u * (len(self.room_buttons) - 1)
        share = max(150 * u, spare / len(self.room_buttons)) - 60 * u - 8 * u
        for room, button in self.room_buttons.items():
            button.setFont(font)
            button.setMinimumHeight(round(72 * u))
            button.setMinimumWidth(round(150 * u))
            name = tr("All rooms") if room is None else room
            button.setText(QFontMetricsF(font).elidedText(name, Qt.TextElideMode.ElideRight, share))

    def filter_room(self, room: str | None) -> None:
        self.room = room
        if room in self.room_buttons:
            self.room_buttons[room].setChecked(True)
        self.show_day(self.day_index)

    def day_items(self, index: int) -> list[Item]:
        items = self.agenda.days[index].items
        return [i for i in items if self.room is None or (i.room is not None and str(i.room) == self.room)]

    def set_language(self, lang: str) -> None:
        """Switch the browser's interface and content language (the EN | РУ toggle)."""
        from ui.i18n import use_language
        self.lang = lang
        use_language(lang)
        self.language_buttons[lang].setChecked(True)
        self.items_model.lang = self.people_model.lang = lang
        self.people_tab.setText(tr("People"))
        self.home_button.setText(tr("Home"))
        self.back.setText(tr("Back"))
        self._fit_room_labels()
        self.heading.setText(tr("People") if self.lists.currentWidget() is self.people_view else tr("Programme"))
        for day, button in zip(self.agenda.days, self.day_tabs):
            button.setText(locale_of(lang).toString(QDate(day.date.year, day.date.month, day.date.day), "ddd d MMM"))
        self.people_model.set_people(list(self.agenda.people))
        self.items_view.viewport().update()
        if self.detail.subject.startswith("hint:"):
            self.detail.show_hint(tr("Tap an item to see everything about it."))
        elif self.detail.subject:
            self._reshow()

    def _day_tabs(self) -> None:
        """One tab per programme day, before People."""
        for button in self.day_tabs:
            self.tab_group.removeButton(button)
            self.tabs.removeWidget(button)
            button.deleteLater()
        self.day_tabs = []
        for day in self.agenda.days:
            label = locale_of(self.lang).toString(QDate(day.date.year, day.date.month, day.date.day), "ddd d MMM")
            button = self._button(label, checkable=True)
            button.clicked.connect(lambda _=False, i=day.index: self.show_day(i))
            self.tab_group.addButton(button)
            self.tabs.insertWidget(len(self.day_tabs), button)
            self.day_tabs.append(button)

    def set_agenda(self, agenda: Agenda) -> None:
        """A new version of the programme arrived: show it without losing the attendee's place."""
        days_changed = [d.date for d in agenda.days] != [d.date for d in self.agenda.days]
        self.agenda = agenda
        if days_changed:
            self._day_tabs()
            self.apply_scale()
        self.people_model.set_people(list(agenda.people))
        if self.view == "programme" or self.lists.currentWidget() is self.items_view:
            self.day_index = min(self.day_index, len(agenda.days) - 1)
            if self.room not in self.rooms():
                self.room = None
            self._room_buttons()
            self.items_model.set_items(self.day_items(self.day_index))
            self.day_tabs[self.day_index].setChecked(True)
        kind, _, ident = self.detail.subject.partition(":")
        if (kind == "item" and agenda.item(ident) is None) or (kind == "person" and agenda.person(ident) is None):
            self.history.clear()
            self.detail.show_hint(tr("Tap an item to see everything about it."))
            self.view = "programme" if self.lists.currentWidget() is self.items_view else "people"
        elif self.detail.subject:
            self._reshow()
        self._arrange()

    def _button(self, text: str, checkable: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        button.setAutoRepeat(False)
        return button

    def _list(self, model, delegate_class) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setUniformItemSizes(True)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.delegate_class = delegate_class
        make_kinetic(view)
        return view

    def apply_scale(self) -> None:
        """Sizes from the window's shorter side, like the display (touch targets >= 64 px at 1080p)."""
        unit = max(0.5, min(self.width(), self.height()) / 1080) if self.width() > 100 else 1.0
        self.theme = th.Theme(unit=unit, family=th.register_fonts())
        self.detail.theme = self.theme
        u = unit
        for view in (self.items_view, self.people_view):
            view.setItemDelegate(view.delegate_class(u, view))
        for label, role in ((self.heading, "browser_heading"), (self.clock, "browser_clock"),
                            (self.hint, "browser_small")):
            label.setFont(self.theme.font(role))
        button_font = self.theme.font("browser_button")
        for button in [*self.day_tabs, self.people_tab, self.home_button, self.back, *self.language_buttons.values(),
                       *self.room_buttons.values()]:
            button.setFont(button_font)
            button.setMinimumHeight(round(72 * u))
            button.setMinimumWidth(round(150 * u))
        m = round(60 * u)
        self.outer.setContentsMargins(m, round(36 * u), m, round(30 * u))
        self.outer.setSpacing(round(22 * u))
        self.body.setSpacing(round(36 * u))
        self.setStyleSheet(f"""
            #browser {{ background: {th.BACKGROUND_TOP.name()}; }}
            #detailCard {{ background: {th.CARD.name()}; border-radius: {round(24 * u)}px; }}
            #detailBody {{ background: transparent; }}
            QScrollArea, QListView {{ background: transparent; border: none; }}
            QScrollArea > QWidget > QWidget {{ background: transparent; }}
            QPushButton {{ background: {th.CARD.name()}; color: {th.TEXT.name()}; border: none;
                          border-radius: {round(36 * u)}px; padding: 0 {round(30 * u)}px; }}
            QPushButton:checked {{ background: {th.TEAL.name()}; color: {th.ON_ACCENT.name()}; }}
            QScrollBar:vertical {{ width: {round(8 * u)}px; background: transparent; }}
            QScrollBar::handle:vertical {{ background: {th.TRACK.name()}; border-radius: {round(4 * u)}px; }}
            QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
            #tapRow {{ border-bottom: 1px solid {th.RULE.name()}; }}
        """)
        self._fit_room_labels()
        self._arrange()
        if self.detail.subject:
            self._reshow()

    def _arrange(self) -> None:
        """Landscape: list and detail side by side. Portrait: one at a time, with Back."""
        portrait = self.height() > self.width()
        showing_detail = self.view in ("item", "person")
        self.lists.setVisible(not portrait or not showing_detail)
        self.detail_box.setVisible(not portrait or showing_detail)
        self.back.setVisible(showing_detail and (portrait or len(self.history) > 1))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        old = self.theme.unit
        new = max(0.5, min(self.width(), self.height()) / 1080)
        if abs(old - new) > 0.01:
            self.apply_scale()
        else:
            self._fit_room_labels()
            self._arrange()

    # navigation ------------------------------------------------------------------------------

    def set_state(self, state: ScheduleState) -> None:
        self.state = state
        self.items_model.set_state(state)
        self.clock.setText(state.at.strftime("%H:%M"))

    def open_at_today(self, state: ScheduleState) -> None:
        """What a tap on the display opens: today's programme (the first day before the event)."""
        self.set_state(state)
        self.history.clear()
        today = self.agenda.day_of(state.at)
        if today is None:
            upcoming = state.next or state.current
            today = self.agenda.days[upcoming.day_index] if upcoming else self.agenda.days[-1]
        self.show_day(today.index)
        focus = state.current or state.next
        if focus is not None and focus.day_index == today.index:
            row = self.items_model.row_of(focus.id)
            self.items_view.doItemsLayout()  # large lists lay out lazily; scroll after the layout
            self.items_view.scrollTo(self.items_model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.detail.show_hint(tr("Tap an item to see everything about it."))
        self._arrange()

    def show_day(self, index: int) -> None:
        self.view, self.day_index = "programme", index
        self.heading.setText(tr("Programme"))
        self.items_model.set_items(self.day_items(index))
        self.day_tabs[index].setChecked(True)
        self.lists.setCurrentWidget(self.items_view)
        self.items_view.scrollToTop()
        self._arrange()

    def show_people(self) -> None:
        self.view = "people"
        self.heading.setText(tr("People"))
        self.people_tab.setChecked(True)
        self.lists.setCurrentWidget(self.people_view)
        self._arrange()

    def open_item(self, item_id: str) -> bool:
        item = self.agenda.item(item_id)
        if item is None:
            return False
        self._push(f"item:{item_id}")
        self.detail.show_item(item, self.lang, self.state)
        self.view = "item"
        self._arrange()
        return True

    def open_person(self, person_id: str) -> bool:
        person = self.agenda.person(person_id)
        if person is None:
            return False
        self._push(f"person:{person_id}")
        self.detail.show_person(self.agenda, person, self.lang)
        self.view = "person"
        self._arrange()
        return True

    def _push(self, subject: str) -> None:
        if not self.history or self.history[-1] != subject:
            self.history.append(subject)

    def _reshow(self) -> None:
        kind, _, ident = self.detail.subject.partition(":")
        if kind == "item" and self.agenda.item(ident):
            self.detail.show_item(self.agenda.item(ident), self.lang, self.state)
        elif kind == "person" and self.agenda.person(ident):
            self.detail.show_person(self.agenda, self.agenda.person(ident), self.lang)
        elif kind == "hint":
            self.detail.show_hint(ident)

    def go_back(self) -> None:
        """Back to where you were: the previous detail, or the list."""
        if self.history:
            self.history.pop()
        if self.history:
            kind, _, ident = self.history[-1].partition(":")
            self.history.pop()
            (self.open_item if kind == "item" else self.open_person)(ident)
        else:
            self.view = "people" if self.lists.currentWidget() is self.people_view else "programme"
            self.detail.show_hint(tr("Tap an item to see everything about it."))
            self._arrange()
