"""Layout primitives of a display scene: sizes, columns, placed text, pills, pages of chunks.

``Layout`` holds one scene being built for one screen size and state; the frame (frame.py), the
cards (cards.py) and the phase screens (phases.py) are built from these primitives.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QRectF
from PySide6.QtGui import QColor

from kiosk.model import Agenda, Appearance
from kiosk.schedule import ScheduleState
from ui import theme as th
from ui.display.parts import Chunk, Scene, Shape, scaled
from ui.i18n import locale_of, tr
from ui.textlayout import Align, Run, TextBlock, fit, lines_within, text


class Layout:
    """One scene being laid out: the screen's unit and margins, the bottoms the content keeps
    above (the touch hint, the QR code, announcements), and how text and shapes are placed."""

    def __init__(self, agenda: Agenda, state: ScheduleState, width: int, height: int,
                 page: int = 0, lang: str = "en", qr_url: str | None = None):
        self.qr_url = qr_url
        self.agenda, self.state, self.lang = agenda, state, lang
        self.now = state.at
        self.w, self.h = width, height
        self.theme = th.Theme.for_size(width, height)
        self.u = self.theme.unit
        self.portrait = height > width
        self.locale = locale_of(lang)
        self.scene = Scene(width, height, state.phase, page=page)
        self.margin = 72 * self.u if not self.portrait else 60 * self.u
        self.bottom = height - 56 * self.u - 70 * self.u  # above the footer's invitation to touch
        self.right_bottom = self.bottom  # the right column also keeps clear of the QR code

    def run(self, value: str, role: str, color: QColor = th.TEXT) -> Run:
        return Run(value, self.theme.font(role), color)

    def txt(self, value, role: str, width: float, color: QColor = th.TEXT, max_lines: int | None = 4,
            align: Align = "left") -> TextBlock:
        runs = value if isinstance(value, list) else [self.run(value, role, color)]
        return text(runs, width, max_lines=max_lines, role=role, align=align)

    def fitting(self, value: str, roles: tuple[str, ...], width: float, color: QColor = th.TEXT,
                max_lines: int = 3, align: Align = "left", max_height: float | None = None) -> TextBlock:
        """``value`` in the first of ``roles`` (largest first) in which it fits whole, no word broken;
        else elided with … (see ``fit``), within ``max_height`` when given."""
        return fit(lambda role: [self.run(value, role, color)], roles, width, max_lines=max_lines,
                   max_height=max_height, align=align)

    def put(self, block: TextBlock, x: float, y: float) -> TextBlock:
        return self.scene.add(block.at(x, y))

    def put_within(self, value: str, roles: tuple[str, ...], width: float, x: float, y: float, bottom: float,
                   color: QColor = th.TEXT, max_lines: int = 3, align: Align = "left") -> TextBlock | None:
        """``value`` fitted between y and bottom and placed, or left out when not a line fits."""
        block = self.fitting(value, roles, width, color, max_lines=max_lines, align=align, max_height=bottom - y)
        return self.put(block, x, y) if y + block.height <= bottom + 0.5 else None

    def s(self, value) -> str:
        return value.get(self.lang) if value is not None else ""

    def room_of(self, item) -> str:
        """The item's room when the programme has several (else the room says nothing): "" for none."""
        return self.s(item.room) if self.agenda.several_rooms else ""

    def hm(self, instant: datetime) -> str:
        return instant.astimezone(self.agenda.timezone).strftime("%H:%M")

    def long_date(self, instant: datetime) -> str:
        d = instant.astimezone(self.agenda.timezone).date()
        return self.locale.toString(QDate(d.year, d.month, d.day), "dddd d MMMM")

    def pill(self, label: str, color: QColor, x: float, y: float) -> float:
        """A rounded label; returns its width."""
        block = self.txt(label, "label", 10_000 * self.u, th.ON_ACCENT, max_lines=1)
        inner = block.layout.lineAt(0).naturalTextWidth()
        pad_x, pad_y = 18 * self.u, 8 * self.u
        rect = QRectF(x, y, inner + 2 * pad_x, block.height + 2 * pad_y)
        self.scene.add(Shape(rect, color, rect.height() / 2, role="pill"))
        block.width = inner + 2
        block.rect.setWidth(inner + 2)
        self.put(block, x + pad_x, y + pad_y)
        return rect.width()

    def pill_height(self) -> float:
        return self.txt("X", "label", 1000, max_lines=1).height + 16 * self.u

    def person_runs(self, appearance: Appearance, strong_role: str = "body_strong",
                    role: str = "body") -> list[Run]:
        p = appearance.person
        name = " ".join(x for x in (self.s(p.honorific), self.s(p.name)) if x)
        rest = ", ".join(x for x in (self.s(p.position), self.s(p.organisation)) if x)
        runs = [self.run(name, strong_role)]
        if rest:
            runs.append(self.run("  ·  " + rest, role, th.SECONDARY))
        if appearance.tbc:
            runs.append(self.run("  (" + tr("to be confirmed") + ")", role, th.GOLD))
        if appearance.video:
            runs.append(self.run("  (" + tr("by video") + ")", role, th.GOLD))
        return runs

    def columns(self, ratio: float = 0.60) -> tuple[float, float, float, float]:
        """Left x and width, right x and width; in portrait one full-width column serves both."""
        m, u = self.margin, self.u
        full = self.w - 2 * m
        if self.portrait:
            return m, full, m, full
        left_w = full * ratio
        gap = 64 * u
        return m, left_w, m + left_w + gap, full - left_w - gap

    def paginate(self, chunks: list[Chunk], x: float, top: float, bottom: float, gap: float, width: float) -> float:
        """Place chunks between top and bottom, in pages that the display turns gently."""
        pages: list[list[Chunk]] = [[]]
        used = 0.0
        # A talk's title stays with its first presenter, unless together they outgrow a page.
        chunks = [piece for chunk in chunks
                  for piece in (chunk.pieces if chunk.pieces and chunk.height > bottom - top else [chunk])]
        chunks = [self.shrunk(chunk, bottom - top) if chunk.height > bottom - top else chunk for chunk in chunks]
        for chunk in chunks:
            need = chunk.height + (gap if pages[-1] else 0)
            if pages[-1] and used + need > bottom - top:
                pages.append([])
                used, need = 0.0, chunk.height
            pages[-1].append(chunk)
            used += need
        self.scene.pages = max(self.scene.pages, len(pages))
        current = self.scene.page % len(pages)
        # Every page is placed, each with its dots, so that a page turn needs no new build (see
        # Scene.with_page); the scene shows the current one.
        shown, placed, end = self.scene.parts, [], top
        for index, page in enumerate(pages):
            self.scene.parts = []
            y = top
            for chunk in page:
                chunk.place(self.scene, x, y)
                y += chunk.height + gap
            if len(pages) > 1:
                self.page_dots(x, bottom + 8 * self.u, len(pages), index, width)
            placed.append(self.scene.parts)
            end = y - gap if index == current else end
        self.scene.parts = shown + placed[current]
        self.scene.paged = (len(shown), placed) if self.scene.paged is None else ()  # () when paged twice
        return end

    def shrunk(self, chunk: Chunk, height: float) -> Chunk:
        """The last resort for a part taller than a whole page (a small screen, a long Russian
        affiliation): the same text a few sizes smaller, rather than cut or spilling over; when
        even the smallest is too tall (absurdly long text), the whole lines of it that fit, elided."""
        factors, factor = [], 1.0
        while factor > 0.55:
            factor -= 0.05
            factors.append(factor)
        parts, bottom = scaled(chunk, factors[-1])
        if bottom <= height:
            for factor in factors:
                parts, bottom = scaled(chunk, factor)
                if bottom <= height:
                    return Chunk(parts, bottom)
        kept, bottom = [], 0.0
        for dx, dy, part in chunk.parts:  # elided at its own size: fewer lines, but legible
            if isinstance(part, TextBlock):
                lines = lines_within(part, height - dy)
                if not lines:
                    continue
                part = text(part.runs, part.width, max_lines=lines, role=part.role, align=part.align)
            elif dy + part.rect.height() > height:
                continue
            kept.append((dx, dy, part))
            bottom = max(bottom, dy + part.rect.height())
        return Chunk(kept, bottom)

    def page_dots(self, x: float, y: float, count: int, current: int, width: float) -> None:
        u = self.u
        if count * 26 * u > width:  # more pages than dots fit: the page's number instead
            self.put(self.txt(f"{current + 1} / {count}", "label", width, th.LABEL, max_lines=1), x, y - 8 * u)
            return
        for index in range(count):
            color = th.TEAL if index == current else th.TRACK
            self.scene.add(Shape(QRectF(x + index * 26 * u, y, 14 * u, 14 * u), color, 7 * u, role="page-dot"))
