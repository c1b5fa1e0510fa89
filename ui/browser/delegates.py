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
from ui.browser.models import PERSON_ROLE, ItemListModel, affiliation, person_line
from ui.i18n import tr
from ui.icons import icon_pixmap, kind_icon_name
from ui.wording import change_words

# The shortest row, in px at the unit (1.0 at 1080p): the browser's buttons are as high. On a 55"
# 1080p screen 1 mm is about 1.6 px, so 72 px is 45 mm; it stays above 9 mm on any 1080p panel
# down to about 11" (0.125 mm a pixel), and the unit scales it with the screen's pixels.
MIN_ROW = 72


class RowDelegate(QStyledItemDelegate):
    """Paints rows directly: as tall as their text, plain, elided to the row (the detail has it all).

    Qt asks every row for its height on each layout of the list (a new day, a resize, a scroll
    to a row), several times for one opening. What a row shows is worked out once, its height
    once per width, and both are kept until the model says its rows changed (reset, layout
    change, rows added or removed): the browser's models announce every change of what a row
    shows that way (ItemListModel.relayout).
    """

    def __init__(self, unit: float, parent=None):
        super().__init__(parent)
        self._lines: dict = {}
        self._heights: dict[tuple[int, int], int] = {}
        self._rows: dict[int, dict] = {}  # what each row shows, whatever the width
        self._model = None
        self._viewport = None  # the list's viewport, whose width the rows take
        self.set_unit(unit)

    def set_unit(self, unit: float) -> None:
        """Fonts and sizes for the display's unit (the window's shorter side / 1080)."""
        self.unit = unit
        self.theme = th.Theme(unit=unit, family=th.register_fonts())
        self.big = self.theme.font("browser_title")
        self.small = self.theme.font("browser_small")
        self.time_font = self.theme.font("browser_time")
        self.label_font = self.theme.font("label")
        self.metrics = {id(f): QFontMetricsF(f) for f in (self.big, self.small, self.time_font, self.label_font)}
        # The shortest row: a touch target (MIN_ROW at the unit).
        self._min_height = round(MIN_ROW * unit)
        self._lines.clear()
        self._changed()

    def _changed(self) -> None:
        """Measure every row again: the model changed its rows (or the unit changed)."""
        self._heights.clear()
        self._rows.clear()

    def watch(self, model) -> None:
        """Forget the measured heights whenever ``model`` changes its rows."""
        if model is self._model:
            return
        for signal in (model.modelAboutToBeReset, model.layoutAboutToBeChanged, model.rowsAboutToBeInserted,
                       model.rowsAboutToBeRemoved, model.rowsAboutToBeMoved):
            signal.connect(self._changed)
        self._model = model

    def row_width(self, option) -> float:
        """The row's width: the list's, whatever rectangle Qt passes to sizeHint."""
        if self._viewport is None:
            view = self.parent()
            if view is None:
                return float(option.rect.width())
            self._viewport = view.viewport()
        return float(self._viewport.width())

    def content_height(self, index: QModelIndex, width: float) -> float:
        raise NotImplementedError

    def sizeHint(self, option, index) -> QSize:
        width = round(self.row_width(option))
        key = (index.row(), width)
        height = self._heights.get(key)
        if height is None:
            self.watch(index.model())
            height = self._heights[key] = max(self._min_height, round(self.content_height(index, float(width))))
        return QSize(width, height)

    def line_count(self, font: QFont, width: float, text: str, lines: int) -> int:
        """How many lines ``text`` takes in ``width`` (at most ``lines``), as painted: a text that
        fits takes one line without being wrapped; one that does not is wrapped as _layout_lines
        does it, which takes one line only when its first word alone is too wide."""
        metrics = self.metrics[id(font)]
        if lines == 1 or metrics.horizontalAdvance(text) <= width:
            return 1
        first, rest = self._wrap(metrics, width, text)
        return 2 if first and rest else 1

    def _lines_of(self, font: QFont, width: float, text: str, lines: int):
        # A row's lines are elided and wrapped once and kept as QStaticText (laid out once):
        # a flick repaints the same rows many times.
        key = (id(font), round(width, 2), text, lines)
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

    @staticmethod
    def _wrap(metrics: QFontMetricsF, width: float, text: str) -> tuple[str, str]:
        """The words that fit on the first line, and the rest."""
        words, first = text.split(" "), ""
        for i, word in enumerate(words):
            trial = (first + " " + word).strip()
            if metrics.horizontalAdvance(trial) > width:
                return first, " ".join(words[i:])
            first = trial
        return first, ""

    def _layout_lines(self, font: QFont, width: float, text: str, lines: int):
        metrics = self.metrics[id(font)]
        if lines == 1:
            line = self._static(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            return ((0.0, line),), metrics.height()
        # Two lines: wrap at a word, elide the rest of the second line.
        first, rest = self._wrap(metrics, width, text)
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
        parts = self._row(index)
        return {**parts, "text_w": self._text_width(parts, width)}

    def _row(self, index: QModelIndex) -> dict:
        parts = self._rows.get(index.row())
        if parts is None:
            parts = self._rows[index.row()] = self._row_parts(index)
        return parts

    def _text_width(self, parts: dict, width: float) -> float:
        right = width - self.PAD * self.unit - (parts["pill_w"] + 16 * self.unit if parts["pill"] else 0)
        return max(1.0, right - parts["text_x"])

    def _row_parts(self, index: QModelIndex) -> dict:
        """What the row shows, whatever its width: kept until the model changes its rows."""
        model: ItemListModel = index.model()
        item = model.item_at(index.row())
        u, lang = self.unit, model.lang
        is_current = item.id in model.running
        change = change_words(item)
        pill = tr("Now") if is_current else (change if change else None)
        pill_w = self.metrics[id(self.label_font)].horizontalAdvance(pill.upper()) + 30 * u if pill else 0.0
        title = item.title.get(lang)
        # The row's height with a title of one line and of two: only the line count depends on the width.
        line = self.metrics[id(self.big)].height()
        has_line = item.room is not None or item.has_people()  # the line itself is made at paint
        below = 6 * u + self.metrics[id(self.small)].height() if has_line else 0.0
        others = max(self.metrics[id(self.time_font)].height(), 42 * u, 40 * u if pill else 0)  # icon 40 from 2 down
        return {"item": item, "model": model, "current": is_current, "change": change, "pill": pill,
                "pill_w": pill_w, "text_x": (self.PAD + 110 + 40 + 24) * u,  # pad, time, icon, gap
                "title": title,
                "title_w": self.metrics[id(self.big)].horizontalAdvance(title),  # one line at any wider width
                "heights": tuple(2 * self.TOP * u + max(n * line + below, others) for n in (1, 2))}

    def content_height(self, index: QModelIndex, width: float) -> float:
        parts = self._row(index)
        text_w = self._text_width(parts, width)
        lines = 1 if parts["title_w"] <= text_w else self.line_count(self.big, text_w, parts["title"], 2)
        return parts["heights"][lines - 1]

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
            font = self.label_font
            pill = QRectF(rect.right() - pad - parts["pill_w"], top, parts["pill_w"], 40 * u)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(th.TEAL if is_current else th.GOLD)
            painter.drawRoundedRect(pill, 20 * u, 20 * u)
            painter.setFont(font)
            painter.setPen(th.ON_ACCENT)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        used = self._text(painter, self.big, main, QRectF(text_x, top, text_w, 200 * u), parts["title"], 2)
        people = self._people_line(index.row())
        if people:
            self._text(painter, self.small, quiet, QRectF(text_x, top + used + 6 * u, text_w, 60 * u), people)
        painter.restore()

    def _people_line(self, row: int) -> str:
        """The room and the people under the title, made when the row is first painted: a day's
        rows are all measured when it opens, but only those on the screen are painted."""
        parts = self._rows[row]
        people = parts.get("people")
        if people is None:
            item, lang = parts["item"], parts["model"].lang
            people = ", ".join(a.person.name.get(lang) + (" (" + tr("video") + ")" if a.video else "")
                               for a in item.people())
            if item.room is not None:
                people = item.room.get(lang) + ("  ·  " + people if people else "")
            parts["people"] = people
        return people


class PersonDelegate(RowDelegate):
    """A row of the directory: honorific and name, then position and organisation on one line."""

    PAD, TOP = 22, 14

    def content_height(self, index: QModelIndex, width: float) -> float:
        person: Person = index.data(PERSON_ROLE)
        lang = index.model().lang
        height = self.metrics[id(self.big)].height()  # both are one line, elided
        if affiliation(person, lang):
            height += 4 * self.unit + self.metrics[id(self.small)].height()
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
