"""How the browser's list rows are painted: straight onto the list, each as tall as its text, elided.

A flick repaints the same rows many times, so each row's text is laid out once and kept. A row is
as tall as what it holds (a one-line "Coffee break" is not as tall as a two-line session with
its people), but never shorter than a touch target: ``MIN_ROW`` at the display's unit.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from kiosk.model import Item, Person
from ui import theme as th
from ui.browser.models import ITEM_ROLE, PERSON_ROLE, ItemListModel, affiliation, person_line
from ui.i18n import tr
from ui.icons import icon_pixmap, kind_icon_name
from ui.wording import change_words

# The shortest row, in px at the unit (1.0 at 1080p): the browser's buttons are as high. On a 55"
# 1080p screen 1 mm is about 1.6 px, so 72 px is 45 mm; it stays above 9 mm on any 1080p panel
# down to about 11" (0.125 mm a pixel), and the unit scales it with the screen's pixels.
MIN_ROW = 72


class RowDelegate(QStyledItemDelegate):
    """Paints rows directly: as tall as their text, plain, elided to the row (the detail has it all)."""

    def __init__(self, unit: float, parent=None):
        super().__init__(parent)
        self.unit = unit
        self.theme = th.Theme(unit=unit, family=th.register_fonts())
        self.big = self.theme.font("browser_title")
        self.small = self.theme.font("browser_small")
        self.time_font = self.theme.font("browser_time")
        self._lines: dict = {}

    def min_height(self) -> int:
        return round(MIN_ROW * self.unit)

    def row_width(self, option) -> float:
        """The row's width: the list's, whatever rectangle Qt passes to sizeHint."""
        view = self.parent()
        return float(view.viewport().width()) if view is not None else float(option.rect.width())

    def content_height(self, index: QModelIndex, width: float) -> float:
        raise NotImplementedError

    def sizeHint(self, option, index) -> QSize:
        width = self.row_width(option)
        return QSize(round(width), max(self.min_height(), round(self.content_height(index, width))))

    def _lines_of(self, font: QFont, width: float, text: str, lines: int):
        # A row's lines are elided and wrapped once and kept as QStaticText (laid out once):
        # a flick repaints the same rows many times, and sizeHint asks for the same heights.
        key = (font.key(), round(width, 2), text, lines)
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) > 4096:
                self._lines.clear()
            found = self._lines[key] = self._layout_lines(font, width, text, lines)
        return found

    def _text(self, painter: QPainter, font: QFont, color: QColor, rect: QRectF, text: str, lines: int = 1):
        statics, height = self._lines_of(font, rect.width(), text, lines)
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
            line = self._static(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            return ((0.0, line),), metrics.height()
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


class ItemDelegate(RowDelegate):
    """A row of the programme: time, kind icon, title (two lines at most), room and people, a pill."""

    PAD, TOP = 22, 16  # px at the unit: the row's side and top/bottom padding

    def _parts(self, index: QModelIndex, width: float) -> dict:
        """What the row shows and where its text goes, for sizeHint and paint alike."""
        item: Item = index.data(ITEM_ROLE)
        model: ItemListModel = index.model()
        u, lang = self.unit, model.lang
        is_current = item.id in model.running
        change = change_words(item)
        pill = tr("Now") if is_current else (change if change else None)
        pill_w = QFontMetricsF(self.theme.font("label")).horizontalAdvance(pill.upper()) + 30 * u if pill else 0.0
        text_x = (self.PAD + 110 + 40 + 24) * u  # pad, time, icon, gap
        right = width - self.PAD * u - (pill_w + 16 * u if pill else 0)
        people = ", ".join(a.person.name.get(lang) + (" (" + tr("video") + ")" if a.video else "")
                           for a in item.people())
        if item.room is not None:
            people = item.room.get(lang) + ("  ·  " + people if people else "")
        return {"item": item, "model": model, "current": is_current, "change": change, "pill": pill,
                "pill_w": pill_w, "text_x": text_x, "text_w": max(1.0, right - text_x), "people": people,
                "title": item.title.get(lang)}

    def content_height(self, index: QModelIndex, width: float) -> float:
        u, parts = self.unit, self._parts(index, width)
        text = self._lines_of(self.big, parts["text_w"], parts["title"], 2)[1]
        if parts["people"]:
            text += 6 * u + self._lines_of(self.small, parts["text_w"], parts["people"], 1)[1]
        time_h = QFontMetricsF(self.time_font).height()
        tallest = max(text, time_h, 42 * u, 40 * u if parts["pill"] else 0)  # icon 40 from 2 down; pill 40
        return 2 * self.TOP * u + tallest

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        u = self.unit
        rect = QRectF(option.rect)
        parts = self._parts(index, rect.width())
        item: Item = parts["item"]
        model: ItemListModel = parts["model"]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        is_current = parts["current"]
        past = item.cancelled or (model.now is not None and item.until <= model.now)
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
        pad = self.PAD * u
        top = rect.top() + self.TOP * u
        time_w = 110 * u
        self._text(painter, self.time_font, main, QRectF(rect.left() + pad, top, time_w, 60 * u),
                   item.start.strftime("%H:%M"))
        icon = 40 * u
        accent = th.TEAL if is_current else quiet
        painter.drawPixmap(QRectF(rect.left() + pad + time_w, top + 2 * u, icon, icon),
                           icon_pixmap(kind_icon_name(item.kind), accent.name(), round(icon)),
                           QRectF(0, 0, round(icon), round(icon)))
        text_x, text_w = rect.left() + parts["text_x"], parts["text_w"]
        if parts["pill"]:
            label = parts["pill"]
            font = self.theme.font("label")
            pill = QRectF(rect.right() - pad - parts["pill_w"], top, parts["pill_w"], 40 * u)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(th.TEAL if is_current else th.GOLD)
            painter.drawRoundedRect(pill, 20 * u, 20 * u)
            painter.setFont(font)
            painter.setPen(th.ON_ACCENT)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        used = self._text(painter, self.big, main, QRectF(text_x, top, text_w, 200 * u), parts["title"], 2)
        if parts["people"]:
            self._text(painter, self.small, quiet, QRectF(text_x, top + used + 6 * u, text_w, 60 * u),
                       parts["people"])
        painter.restore()


class PersonDelegate(RowDelegate):
    """A row of the directory: honorific and name, then position and organisation on one line."""

    PAD, TOP = 22, 14

    def content_height(self, index: QModelIndex, width: float) -> float:
        person: Person = index.data(PERSON_ROLE)
        lang = index.model().lang
        text_w = width - 2 * self.PAD * self.unit
        height = self._lines_of(self.big, text_w, person_line(person, lang), 1)[1]
        if affiliation(person, lang):
            height += 4 * self.unit + self._lines_of(self.small, text_w, affiliation(person, lang), 1)[1]
        return 2 * self.TOP * self.unit + height

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        person: Person = index.data(PERSON_ROLE)
        lang = index.model().lang
        u = self.unit
        rect = QRectF(option.rect)
        painter.save()
        painter.setPen(th.RULE)
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))
        pad = self.PAD * u
        top = rect.top() + self.TOP * u
        width = rect.width() - 2 * pad
        used = self._text(painter, self.big, th.TEXT, QRectF(rect.left() + pad, top, width, 80 * u),
                          person_line(person, lang))
        if affiliation(person, lang):
            self._text(painter, self.small, th.SECONDARY, QRectF(rect.left() + pad, top + used + 4 * u, width, 60 * u),
                       affiliation(person, lang))
        painter.restore()
