"""The "now in every room" board: one compact row a room, like an airport's departures board.

The core decides which rooms and items a board shows and in what order (``board_rows`` and
``fit_board`` in kiosk/schedule.py: the source's room order, main halls first); this module only
lays them out. It tries its styles from the roomiest (few rooms: large type, people and what
comes next) to the densest (one line a room, two columns in landscape) and takes the first in
which every room fits. When not even the densest holds them all, it shows the rooms it has room
for and says how many more there are: the board never pages.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont

from kiosk.model import Item
from kiosk.record import Record
from kiosk.schedule import Board, BoardRow, board_rows, fit_board
from ui import theme as th
from ui.display.layout import Layout
from ui.display.parts import Chunk, Shape
from ui.i18n import tr
from ui.textlayout import Run, TextBlock, elided, text
from ui.wording import change_words, ends_in_words, in_words


class Style(Record, frozen=True):
    """How large and how full a board's rows are (pixel sizes at 1080 px)."""

    name: str
    title: int                # the title's size
    small: int                # people, the room, the time's second line
    time: int                 # the time's size
    title_lines: int          # lines a title may take
    people_line: bool         # the people on a line of their own (else after the title, on its line)
    next_line: bool           # the room's next item under what is on now
    gap: int                  # between rows


ROOMY = Style("roomy", title=40, small=28, time=34, title_lines=2, people_line=True, next_line=True, gap=22)
TWO_LINE = Style("two-line", title=32, small=26, time=28, title_lines=1, people_line=True, next_line=False, gap=12)
ONE_LINE = Style("one-line", title=30, small=26, time=28, title_lines=1, people_line=False, next_line=False, gap=8)
DENSE = Style("dense", title=27, small=24, time=25, title_lines=1, people_line=False, next_line=False, gap=6)

# Tried in turn; the first in which every room fits wins, else the last shows what fits.
LANDSCAPE = ((ROOMY, 1), (TWO_LINE, 1), (TWO_LINE, 2), (ONE_LINE, 2), (DENSE, 2))
PORTRAIT = ((ROOMY, 1), (TWO_LINE, 1), (ONE_LINE, 1), (DENSE, 1))
COLUMN_GAP = 48  # between the two columns of a landscape board
ROOMY_AT_MOST = 8  # rooms: more never get the roomy style, so its rows need not all be laid out


class RoomBoard(Layout):
    """The board, placed below the header."""

    def board(self, top: float) -> None:
        u = self.u
        rows = board_rows(self.agenda, self.state)
        caption = self.txt(tr("Now in every room"), "label", self.w - 2 * self.margin, th.TEAL, max_lines=1)
        self.put(caption, self.margin, top - 6 * u).role = "board-caption"
        rows_top = caption.rect.bottom() + 14 * u
        full = self.w - 2 * self.margin
        for style, columns in PORTRAIT if self.portrait else LANDSCAPE:
            if style is ROOMY and len(rows) > ROOMY_AT_MOST:
                continue
            width = (full - COLUMN_GAP * u * (columns - 1)) / columns
            bottoms = self._bottoms(columns)
            if style is ROOMY:
                chunks = [self._row(row, style, width) for row in rows]
                if self._fits(chunks, rows_top, bottoms[0], style):
                    self._place([chunks], style, rows_top, width)
                    return
                continue
            row_h = self._row_height(style, width)
            per_column = [max(0, math.floor((b - rows_top + style.gap * u) / (row_h + style.gap * u))) for b in bottoms]
            if sum(per_column) >= len(rows):
                self._grid(Board(rows), style, width, rows_top, row_h, per_column)
                return
        # Not even the densest holds every room: the first rooms, and the footer says how many more.
        self._grid(fit_board(rows, sum(per_column)), style, width, rows_top, row_h, per_column)

    # --- geometry ----------------------------------------------------------------------------

    def _bottoms(self, columns: int) -> list[float]:
        """Where each column ends: the right one keeps clear of the QR code."""
        if columns == 1:
            return [min(self.bottom, self.right_bottom)]
        return [self.bottom] * (columns - 1) + [self.right_bottom]

    def _fits(self, chunks: list[Chunk], top: float, bottom: float, style: Style) -> bool:
        return top + sum(c.height for c in chunks) + style.gap * self.u * (len(chunks) - 1) <= bottom

    def _row_height(self, style: Style, width: float) -> float:
        """The height of every row of a fixed-height style: its cells' first lines on one baseline,
        the people's line under the title, a room name of two lines beside them."""
        room = self._line("Åg\u2028Åg" if style.people_line else "Åg", "room", style.small, lines=2)
        cells = (room, self._line("0", "time", style.time, tabular=True), self._line("Åg", "title", style.title))
        ascent = max(b.layout.lineAt(0).ascent() for b in cells)
        height = max(ascent - b.layout.lineAt(0).ascent() + b.height for b in cells)
        if style.people_line:
            people = self._line("Åg", "body", style.small)
            height = max(height, ascent - cells[2].layout.lineAt(0).ascent() + cells[2].height + 2 * self.u
                         + people.height)
        return height

    def _cells(self, style: Style, width: float) -> tuple[float, float, float]:
        """The widths of the room, time and title cells of a row ``width`` wide."""
        u = self.u
        room = min(max(0.25 * width, 180 * u), 330 * u)
        time = max(self._line(s, "time", style.time, tabular=True).layout.lineAt(0).naturalTextWidth()
                   for s in ("00:00–00:00", tr("next %1", args=("00:00",))))
        return room, time + 28 * u, width - room - 24 * u - time - 28 * u

    # --- text --------------------------------------------------------------------------------

    def _font(self, role: str, px: int, tabular: bool = False) -> QFont:
        base = {"title": "body_strong", "time": "body_strong", "room": "body_strong"}.get(role, "body")
        font = QFont(self.theme.font(base))
        font.setPixelSize(max(1, round(px * self.u)))
        if tabular and hasattr(QFont, "Tag"):
            font.setFeature(QFont.Tag("tnum"), 1)  # 10:00 and 11:11 take the same width
        return font

    def _line(self, value: str, role: str, px: int, color: QColor = th.TEXT, width: float = 10_000.0,
              lines: int = 1, tabular: bool = False) -> TextBlock:
        return text([Run(value, self._font(role, px, tabular), color)], width, max_lines=lines, role="board-" + role)

    def _runs(self, parts: list[tuple[str, str, int, QColor]]) -> list[Run]:
        return [Run(value, self._font(role, px), color) for value, role, px, color in parts if value]

    def _names(self, item: Item) -> str:
        names = [" ".join(x for x in (self.s(a.person.honorific), self.s(a.person.name)) if x) for a in item.people()]
        shown = ", ".join(names[:3])
        return shown + (" " + tr("and %n more", None, len(names) - 3) if len(names) > 3 else "")

    # --- rows --------------------------------------------------------------------------------

    def _row(self, row: BoardRow, style: Style, width: float) -> Chunk:
        """One room's row: the room, the time, the title with the people, laid out at (0, 0)."""
        u = self.u
        room_w, time_w, title_w = self._cells(style, width)
        if style is ROOMY and title_w < 720 * u:  # a narrow screen: the room and time above the title
            return self._stacked_row(row, style, width)
        item = row.now or row.next
        fixed = not style.next_line  # every row of a dense style is as tall as the others
        name = self.s(row.room) or tr("Main hall")
        if not style.people_line:  # one line: cut inside a word ("Komona Aquar…"), not after the first
            name = elided(name, self._font("room", style.small), room_w - 28 * u)
            name = name[:-2] + name[-1] if name.endswith(" …") else name  # "Discotheque…"
        room = self._line(name, "room", style.small, th.TEAL, room_w - 24 * u, lines=2 if style.people_line else 1)
        if row.now is not None:
            when = self._line(f"{self.hm(item.start)}–{self.hm(item.until)}", "time", style.time, th.TEXT, time_w,
                              tabular=True)
        else:
            when = self._line(tr("next %1", args=(self.hm(item.start),)), "time", style.time, th.GOLD, time_w,
                              tabular=True)
        change = change_words(item)
        names = self._names(item)
        if style.people_line:
            title = text(self._runs([(self.s(item.title), "title", style.title, th.TEXT)]), title_w,
                         max_lines=style.title_lines, role="board-title")
            second = self._runs([(names, "body", style.small, th.SECONDARY),
                                 (("   " if names else "") + (change or ""), "body", style.small, th.GOLD)])
        else:  # one line: the title, then the people where they fit
            title = text(self._runs([(self.s(item.title), "title", style.title, th.TEXT),
                                     ("  " + change if change else "", "body", style.small, th.GOLD),
                                     ("  ·  " + names if names else "", "body", style.small, th.SECONDARY)]),
                         title_w, max_lines=1, role="board-title")
            second = []
        # Baselines of the first line agree across the cells, whatever their sizes.
        ascent = max(b.layout.lineAt(0).ascent() for b in (room, when, title))
        parts: list[tuple[float, float, object]] = []
        for x, block in ((0, room), (room_w, when), (room_w + time_w, title)):
            parts.append((x, ascent - block.layout.lineAt(0).ascent(), block))
        height = max(dy + b.height for dy, b in ((p[1], p[2]) for p in parts))
        y = ascent - title.layout.lineAt(0).ascent() + title.height + 2 * u
        if second:
            block = text(second, title_w, max_lines=1, role="board-people")
            parts.append((room_w + time_w, y, block))
            y += block.height
        if style is ROOMY:
            words = ends_in_words(self.now, item.until) if row.now is not None else in_words(self.now, item.start)
            rel = self._line(words, "body", style.small - 4, th.SECONDARY, time_w - 16 * u, lines=2)
            below = ascent - when.layout.lineAt(0).ascent() + when.height + 2 * u  # under the time
            parts.append((room_w, below, rel))
            height = max(height, below + rel.height)
            if row.now is not None and row.next is not None:
                nxt = text(self._runs([(tr("next %1", args=(self.hm(row.next.start),)) + "   ", "time", style.small,
                                        th.GOLD), (self.s(row.next.title), "body", style.small, th.SECONDARY)]),
                           title_w, max_lines=1, role="board-next")
                parts.append((room_w + time_w, y + 6 * u, nxt))
                y += 6 * u + nxt.height
        return Chunk(parts, max(height, y) if not fixed else self._row_height(style, width))

    def _stacked_row(self, row: BoardRow, style: Style, width: float) -> Chunk:
        """A roomy row in a narrow column: the room and the time on a line, then the title, the
        people and what comes next in the room, each the column's width."""
        u = self.u
        item = row.now or row.next
        if row.now is not None:
            when = f"{self.hm(item.start)}–{self.hm(item.until)}"
            words, color = ends_in_words(self.now, item.until), th.TEXT
        else:
            when = tr("next %1", args=(self.hm(item.start),))
            words, color = in_words(self.now, item.start), th.GOLD
        head = self._runs([(self.s(row.room) or tr("Main hall"), "room", style.small + 2, th.TEAL),
                           ("   " + when, "time", style.small + 2, color),
                           ("   " + words, "body", style.small - 2, th.SECONDARY)])
        blocks = [text(head, width, max_lines=2, role="board-head"),
                  text(self._runs([(self.s(item.title), "title", style.title, th.TEXT)]), width,
                       max_lines=style.title_lines, role="board-title")]
        names, change = self._names(item), change_words(item)
        if names or change:
            blocks.append(text(self._runs([(names, "body", style.small, th.SECONDARY),
                                           (("   " if names else "") + (change or ""), "body", style.small,
                                            th.GOLD)]), width, max_lines=1, role="board-people"))
        if row.now is not None and row.next is not None:
            blocks.append(text(self._runs([(tr("next %1", args=(self.hm(row.next.start),)) + "   ", "time",
                                            style.small, th.GOLD),
                                           (self.s(row.next.title), "body", style.small, th.SECONDARY)]),
                               width, max_lines=1, role="board-next"))
        parts, y = [], 0.0
        for block in blocks:
            parts.append((0, y, block))
            y += block.height + 4 * u
        return Chunk(parts, y - 4 * u)

    def _place(self, columns: list[list[Chunk]], style: Style, top: float, width: float) -> None:
        u = self.u
        index = 0
        for column, column_chunks in enumerate(columns):
            x = self.margin + column * (width + COLUMN_GAP * u)
            y = top
            for chunk in column_chunks:
                if index % 2 == 1:  # every other row on a faint band: the eye keeps its line across
                    pad = style.gap * u / 2
                    self.scene.add(Shape(QRectF(x - 14 * u, y - pad, width + 28 * u, chunk.height + 2 * pad),
                                         th.CARD, 10 * u, role="board-band"))
                chunk.place(self.scene, x, y)
                y += chunk.height + style.gap * u
                index += 1

    def _grid(self, board: Board, style: Style, width: float, top: float, row_h: float,
              per_column: list[int]) -> None:
        """Rows of one height, down the first column and then the next; then "and N more rooms"."""
        chunks = [self._row(row, style, width) for row in board.rows]
        columns: list[list[Chunk]] = []
        start = 0
        for index, room in enumerate(per_column):  # as evenly as the columns' room allows
            left = len(chunks) - start
            take = min(room, max(math.ceil(left / (len(per_column) - index)), left - sum(per_column[index + 1:])))
            columns.append(chunks[start:start + take])
            start += take
        self._place(columns, style, top, width)
        if board.more:
            self._more(board.more)

    def _more(self, count: int) -> None:
        """The footer's invitation to touch says how many rooms the board leaves out."""
        hint = next(p for p in self.scene.parts if getattr(p, "role", "") == "touch-hint")
        self.scene.parts.remove(hint)
        words = tr("and %n more room(s): touch the screen", None, count)
        block = text([Run(words, self._font("title", 30), th.TEXT)], self.w - 2 * self.margin - 58 * self.u,
                     max_lines=1, role="board-more")
        self.put(block, hint.rect.x(), hint.rect.center().y() - block.height / 2)
