"""The programme as the editor lists it: days, and their items in time order with kind icons and the
browser's badges (delayed, moved, cancelled); and the checker's problems, each leading to its place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTreeWidget, QTreeWidgetItem

from kiosk.changes.content import text_in
from kiosk.editor_file import path_tokens
from kiosk.model import Agenda
from kiosk.problems import Problem
from ui.i18n import current_language, locale_of, tr
from ui.icons import icon_pixmap, kind_icon_name
from ui.wording import change_words

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
CHANGED = QColor("#9a5b00")
CANCELLED = QColor("#b00020")
ICON_COLOR = "#1d3557"


def day_words(value: str, lang: str) -> str:
    try:
        the_date = date.fromisoformat(value)
    except (TypeError, ValueError):
        return str(value)
    return locale_of(lang).toString(QDate(the_date.year, the_date.month, the_date.day), "dddd d MMMM")


class ProgrammeList(QTreeWidget):
    """Days and items; ``chosen`` with the id of the item selected (or "" for a day)."""

    chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([tr("Time"), tr("Item"), tr("Changes")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(1, self.header().ResizeMode.Stretch)
        self.setColumnWidth(0, 92)
        self.setColumnWidth(2, 132)
        self.rows: dict[str, QTreeWidgetItem] = {}
        self.day_rows: list[QTreeWidgetItem] = []
        self.currentItemChanged.connect(self._current)

    def fill(self, document: dict, agenda: Agenda | None) -> None:
        """Show the document's days and items; badges and adjusted times from ``agenda`` (the last
        that passed the checker)."""
        lang = current_language()
        selected = self.current_id()
        self.blockSignals(True)
        self.clear()
        self.rows, self.day_rows = {}, []
        days = document.get("days") if isinstance(document.get("days"), list) else []
        for d, day in enumerate(days):
            if not isinstance(day, dict):
                continue
            top = QTreeWidgetItem(self, [tr("Day %1", args=(d + 1,)), day_words(day.get("date"), lang), ""])
            font = QFont(top.font(0))
            font.setBold(True)
            for col in range(3):
                top.setFont(col, font)
            top.setData(0, ID_ROLE, "")
            top.setData(0, PATH_ROLE, d)
            self.day_rows.append(top)
            entries = [e for e in day.get("items") or [] if isinstance(e, dict)]
            shown = {e.get("id"): e for e in entries}
            order = [e.get("id") for e in entries]
            if agenda is not None and d < len(agenda.days):
                known = [i.id for i in agenda.days[d].items if i.id in shown]
                if sorted(known) == sorted(order):
                    order = known
            for ident in order:
                self._row(top, shown[ident], agenda.item(ident) if agenda is not None else None, lang)
            top.setExpanded(True)
        self.blockSignals(False)
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(2)
        if selected and selected in self.rows:
            self.select(selected)

    def _row(self, top: QTreeWidgetItem, entry: dict, item, lang: str) -> None:
        start, end = entry.get("start"), entry.get("end")
        if item is not None:
            local = item.start.astimezone(item.start.tzinfo)
            start = local.strftime("%H:%M")
            end = item.end.strftime("%H:%M") if item.end is not None else None
        times = f"{start}–{end}" if isinstance(end, str) and end else str(start)
        title = text_in(entry.get("title"), lang) or text_in(entry.get("title"), "en") or tr("(no title)")
        badge = (change_words(item) or "") if item is not None else ""
        row = QTreeWidgetItem(top, [times, title, badge])
        row.setIcon(1, QIcon(icon_pixmap(kind_icon_name(str(entry.get("kind"))), ICON_COLOR, 18)))
        row.setData(0, ID_ROLE, entry.get("id"))
        row.setToolTip(1, title)
        if badge:
            row.setForeground(2, QBrush(CANCELLED if item.cancelled else CHANGED))
        if item is not None and item.cancelled:
            font = QFont(row.font(1))
            font.setStrikeOut(True)
            row.setFont(1, font)
            row.setForeground(1, QBrush(QColor("#777")))
        self.rows[str(entry.get("id"))] = row

    def current_id(self) -> str:
        row = self.currentItem()
        return str(row.data(0, ID_ROLE) or "") if row is not None else ""

    def current_day(self) -> int:
        row = self.currentItem()
        if row is None:
            return 0
        top = row.parent() or row
        return max(0, self.day_rows.index(top)) if top in self.day_rows else 0

    def select(self, item_id: str) -> None:
        row = self.rows.get(item_id)
        if row is not None:
            self.setCurrentItem(row)
            self.scrollToItem(row)

    def _current(self, row, _previous) -> None:
        self.chosen.emit(str(row.data(0, ID_ROLE) or "") if row is not None else "")


def place_words(document: dict, tokens: list) -> str:
    """Where a problem is, for people: "Day 1, 14:30 “Group photo”, end" rather than days[0].items[3].end."""
    def title(entry) -> str:
        return text_in(entry.get("title"), "en") if isinstance(entry, dict) else ""

    try:
        if tokens[:1] == ["days"] and len(tokens) >= 4 and tokens[2] == "items":
            entry = document["days"][tokens[1]]["items"][tokens[3]]
            field = ".".join(str(t) for t in tokens[4:])
            where = tr("Day %1, %2 “%3”", args=(tokens[1] + 1, entry.get("start"), title(entry)))
            return f"{where}, {field}" if field else where
        if tokens[:1] == ["days"] and len(tokens) >= 2:
            return tr("Day %1", args=(tokens[1] + 1,))
        if tokens[:1] == ["people"] and len(tokens) >= 2:
            person = document["people"][tokens[1]]
            name = text_in(person.get("name"), "en") or person.get("id")
            return tr("People: %1", args=(name,))
        if tokens[:1] == ["announcements"] and len(tokens) >= 2:
            return tr("Announcement %1", args=(tokens[1] + 1,))
        if tokens[:1] == ["adjustments"] and len(tokens) >= 2:
            return tr("On-the-day change %1", args=(tokens[1] + 1,))
    except (IndexError, KeyError, TypeError, AttributeError):
        pass
    return ".".join(str(t) for t in tokens) or tr("the file")


class ProblemsList(QListWidget):
    """The checker's problems in plain words; ``located`` with the place of the one clicked."""

    located = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.itemActivated.connect(self._go)
        self.itemClicked.connect(self._go)

    def show_problems(self, document: dict, problems: list[Problem]) -> None:
        self.clear()
        for problem in problems:
            tokens = path_tokens(problem.where)
            place = place_words(document, tokens) if tokens else problem.where
            what = problem.what
            if what == 'missing the required field "en"':
                what = tr("the English is missing: a text needs its English; the Russian is optional")
            row = QListWidgetItem(f"{place}: {what}")
            row.setData(PATH_ROLE, tokens)
            row.setForeground(QBrush(CANCELLED))
            self.addItem(row)

    def _go(self, row: QListWidgetItem) -> None:
        self.located.emit(list(row.data(PATH_ROLE) or []))
