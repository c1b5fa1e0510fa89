"""How the browser's list rows are painted: straight onto the list, fixed height, elided to the row.

A flick repaints the same rows many times, so each row's text is laid out once and kept.
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


class RowDelegate(QStyledItemDelegate):
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


class ItemDelegate(RowDelegate):
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
        self._text(painter, self.time_font, main, QRectF(rect.left() + pad, top, time_w, 60 * u),
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


class PersonDelegate(RowDelegate):
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
