"""The touch browser: the whole programme by day, each item in full, and everyone on it.

Lists are Qt model/view (a list model and a delegate that paints rows), so a programme of a
thousand items opens at once and flicks smoothly with QScroller. No text field, no menu, no
dialog: nothing here lets an attendee leave the kiosk.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QListView,
    QPushButton,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.model import Agenda, Item
from kiosk.schedule import ScheduleState
from ui import theme as th
from ui.browser.delegates import ItemDelegate, PersonDelegate
from ui.browser.detail import DetailPane
from ui.browser.letters import LetterIndex
from ui.browser.models import ITEM_ROLE, PERSON_ROLE, ItemListModel, PeopleModel
from ui.i18n import languages_of, locale_of, tr, use_language
from ui.widgets import make_kinetic, plain_label


class BrowserView(QWidget):
    """Programme by day, People A–Z, and details; Home goes back to the display."""

    home = Signal()

    def __init__(self, agenda: Agenda, lang: str = "en", parent=None, size=None):
        """``size``: the size it will be shown at (a QSize), so it is laid out and styled for it
        once; a widget starts at 640 × 480, and a resize to another scale styles it all again."""
        super().__init__(parent)
        if size is not None:
            self.resize(size)
        self.setObjectName("browser")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.agenda = agenda
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
        # Many rooms (a congress has dozens) flick sideways in a strip rather than crowd one row.
        self.room = None
        self.room_strip = QScrollArea()
        self.room_strip.setWidgetResizable(True)
        self.room_strip.setFrameShape(QFrame.Shape.NoFrame)
        for policy in (self.room_strip.setHorizontalScrollBarPolicy, self.room_strip.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        strip = QWidget()
        self.room_row = QHBoxLayout(strip)
        self.room_row.setContentsMargins(0, 0, 0, 0)
        self.room_strip.setWidget(strip)
        make_kinetic(self.room_strip)
        self.room_group = QButtonGroup(self)
        self.room_buttons: dict[str | None, QPushButton] = {}
        outer.addWidget(self.room_strip)
        self._room_buttons()

        body = QHBoxLayout()
        self.lists = QStackedWidget()
        self.items_model = ItemListModel(self)
        self.items_view = self._list(self.items_model, ItemDelegate)
        # A quick second tap arrives as a double-click: it must open the row just the same.
        for signal in (self.items_view.clicked, self.items_view.doubleClicked):
            signal.connect(lambda index: self.open_item(index.data(ITEM_ROLE).id))
        # The directory is filled when it is first shown (_list_people): a tap on the display opens
        # a day of the programme, and sorting and measuring every person would delay it.
        self.people_model = PeopleModel([], self)
        self._people_listed = False
        self.people_view = self._list(self.people_model, PersonDelegate)
        # The directory's touch index, above list and detail: only the letters that have people.
        self.letters = LetterIndex()
        self.letters.chosen.connect(self.jump_to_row)
        self.people_model.modelReset.connect(lambda: self.letters.set_letters(self.people_model.letters()))
        self.letters.set_letters(self.people_model.letters())
        outer.addWidget(self.letters)
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
        return list(self.agenda.rooms)  # the source's order: its main halls first

    def _room_buttons(self) -> None:
        for button in self.room_buttons.values():
            self.room_group.removeButton(button)
            self.room_row.removeWidget(button)
            button.deleteLater()
        self.room_buttons = {}
        while self.room_row.count():
            self.room_row.takeAt(0)
        rooms = self.rooms()
        self.room_strip.setVisible(len(rooms) >= 2)
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
        """Room names share the row; when they are too many for it, each keeps up to a fair width
        (elided with … beyond) and the strip flicks sideways to the rest."""
        if not self.room_buttons:
            return
        u = self.theme.unit
        font = self.theme.font("browser_button")
        metrics = QFontMetricsF(font)
        spare = self.width() - 120 * u - 22 * u * (len(self.room_buttons) - 1)
        share = max(150 * u, spare / len(self.room_buttons)) - 60 * u - 8 * u
        names = {room: tr("All rooms") if room is None else room for room in self.room_buttons}
        crowded = share <= 150 * u - 68 * u  # too many for the screen's width: each at its own width
        share = 420 * u if crowded else share
        for room, button in self.room_buttons.items():
            button.setFont(font)
            button.setMinimumHeight(round(72 * u))
            button.setText(metrics.elidedText(names[room], Qt.TextElideMode.ElideRight, share))
            button.setMinimumWidth(round(max(150 * u, button.sizeHint().width() if crowded else 0)))
        self.room_row.setSpacing(round(22 * u))
        self.room_strip.setFixedHeight(round(72 * u) + 2)

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
        self.lang = lang
        use_language(lang)
        self.language_buttons[lang].setChecked(True)
        self.people_model.lang = lang
        self.items_model.set_language(lang)
        self.people_tab.setText(tr("People"))
        self.home_button.setText(tr("Home"))
        self.back.setText(tr("Back"))
        self._fit_room_labels()
        self.heading.setText(tr("People") if self.lists.currentWidget() is self.people_view else tr("Programme"))
        for day, button in zip(self.agenda.days, self.day_tabs, strict=True):
            button.setText(locale_of(lang).toString(QDate(day.date.year, day.date.month, day.date.day), "ddd d MMM"))
        if self._people_listed:
            self.people_model.set_people(list(self.agenda.people))
        self.items_view.viewport().update()
        if self.detail.subject.startswith("hint:"):
            self._show_hint()
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
        if self._people_listed:
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
            self._show_hint()
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
        view.setUniformItemSizes(False)  # each row as tall as its text (delegates.MIN_ROW at least)
        view.setWordWrap(True)  # the rows are measured again when the list's width changes
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setItemDelegate(delegate_class(self.theme.unit, view))
        make_kinetic(view)
        return view

    def apply_scale(self) -> None:
        """Sizes from the window's shorter side, like the display (touch targets >= 64 px at 1080p)."""
        unit = max(0.5, min(self.width(), self.height()) / 1080) if self.width() > 100 else 1.0
        self.theme = th.Theme(unit=unit, family=th.register_fonts())
        self.detail.theme = self.theme
        u = unit
        for view in (self.items_view, self.people_view):
            view.itemDelegate().set_unit(u)
            view.scheduleDelayedItemsLayout()  # every row measured again at the new size
        self.letters.set_scale(u, self.theme.font("browser_button"))
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
            QPushButton#letter {{ padding: 0; }}
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
        self.letters.setVisible(self.lists.currentWidget() is self.people_view and not (portrait and showing_detail))

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
        self._show_hint()  # whatever was open before: the browser opens on a list
        focus = state.current or state.next
        if focus is not None and focus.day_index == today.index:
            # The list's rows are measured at its width: settle the page's layout (the hint in the
            # detail pane changes the list's share) before the list is laid out and scrolled.
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            row = self.items_model.row_of(focus.id)
            self.items_view.doItemsLayout()  # large lists lay out lazily; scroll after the layout
            self.items_view.scrollTo(self.items_model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)

    def show_day(self, index: int) -> None:
        self.view, self.day_index = "programme", index
        self.heading.setText(tr("Programme"))
        self.items_model.set_items(self.day_items(index))
        self.day_tabs[index].setChecked(True)
        self.lists.setCurrentWidget(self.items_view)
        self.items_view.scrollToTop()
        self._refresh_hint()
        self._arrange()

    def show_people(self) -> None:
        self._list_people()
        self.view = "people"
        self.heading.setText(tr("People"))
        self.people_tab.setChecked(True)
        self.lists.setCurrentWidget(self.people_view)
        self._refresh_hint()
        self._arrange()

    def _show_hint(self) -> None:
        """The detail pane while nothing is open: what a tap on the list beside it opens."""
        text = (tr("Tap a name to see who they are and where they appear.")
                if self.lists.currentWidget() is self.people_view else tr("Tap an item to see everything about it."))
        if self.detail.subject != "hint:" + text:
            self.detail.show_hint(text)

    def _refresh_hint(self) -> None:
        """A hint on show follows the list beside it and the language; an open item or person stays."""
        if self.detail.subject.startswith("hint:"):
            self._show_hint()

    def _list_people(self) -> None:
        if not self._people_listed:
            self._people_listed = True
            self.people_model.lang = self.lang
            self.people_model.set_people(list(self.agenda.people))

    def jump_to_row(self, row: int) -> None:
        """A letter of the index: its first person at the top of the list (as far as the list goes)."""
        QScroller.scroller(self.people_view.viewport()).stop()
        self.people_view.scrollTo(self.people_model.index(row), QAbstractItemView.ScrollHint.PositionAtTop)

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
            self._show_hint()
            self._arrange()
