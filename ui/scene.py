"""What the lobby display shows at one instant, laid out for one screen size.

``build_scene`` turns the schedule state into positioned parts (text, cards, icons, bars).
It decides nothing about the programme: ``state_at`` did. Every part knows its rectangle, so
tests can assert that nothing leaves the screen and no text is cut.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor

from kiosk.clock import clock_is_plausible
from kiosk.model import Agenda, Appearance, Item
from kiosk.schedule import (AFTER_DAY, AFTER_EVENT, BEFORE_EVENT, BETWEEN_ITEMS, IN_ITEM, ScheduleState,
                            later_today)
from ui import theme as th
from ui.i18n import scene_language, tr
from ui.icons import kind_icon_name
from ui.sceneparts import Chunk, Icon, QrCode, Scene, Shape, _scaled, qr_matrix
from ui.textlayout import Run, TextBlock, fit, lines_within, text

CALM_KINDS = frozenset({"registration", "break", "meal", "photo", "reception"})
HEADER_SHARE = 0.3  # of the screen's height, at most, for the event's name, theme and venue
BANNER_SHARE = 0.4  # of the screen below the header, at most, for announcements
HEADER_LINES = ((4, 8, 2), (3, 4, 2), (2, 3, 1), (2, 2, 1), (1, 2, 1), (1, 1, 1))  # tried in turn




# --- wording ---------------------------------------------------------------------------------

def minutes_until(now: datetime, then: datetime) -> int:
    return max(1, math.ceil((then - now).total_seconds() / 60))


def duration_words(minutes: int) -> str:
    if minutes < 60:
        return tr("%n min", None, minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        return tr("%n h", None, hours) + (" " + tr("%n min", None, rest) if rest else "")
    days, hours = divmod(hours, 24)
    return tr("%n day(s)", None, days) + (" " + tr("%n h", None, hours) if hours else "")


def countdown_words(minutes: int) -> str:
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(tr("%n day(s)", None, days))
    if hours or days:
        parts.append(tr("%n h", None, hours))
    parts.append(tr("%n min", None, mins))
    return " ".join(parts)


def change_words(item: Item) -> str | None:
    """What staff changed about an item, in words, or None when it runs as printed."""
    if item.cancelled:
        return tr("cancelled")
    minutes = round(item.delay.total_seconds() / 60)
    if minutes > 0:
        return tr("delayed %n min", None, minutes)
    if minutes < 0 or item.end != item.printed_end:
        return tr("moved from %1").replace("%1", item.printed_start.astimezone(item.start.tzinfo).strftime("%H:%M"))
    return None


class SceneBuilder:
    def __init__(self, agenda: Agenda, state: ScheduleState, width: int, height: int,
                 page: int = 0, lang: str = "en", qr_url: str | None = None):
        self.qr_url = qr_url
        self.agenda, self.state, self.lang = agenda, state, lang
        self.now = state.at
        self.w, self.h = width, height
        self.theme = th.Theme.for_size(width, height)
        self.u = self.theme.unit
        self.portrait = height > width
        self.locale = QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English)
        self.scene = Scene(width, height, state.phase, page=page)
        self.margin = 72 * self.u if not self.portrait else 60 * self.u
        self.bottom = height - 56 * self.u - 70 * self.u  # above the footer's invitation to touch
        self.right_bottom = self.bottom  # the right column also keeps clear of the QR code

    # helpers
    def run(self, value: str, role: str, color: QColor = th.TEXT) -> Run:
        return Run(value, self.theme.font(role), color)

    def txt(self, value, role: str, width: float, color: QColor = th.TEXT, max_lines: int | None = 4,
            align=Qt.AlignmentFlag.AlignLeft) -> TextBlock:
        runs = value if isinstance(value, list) else [self.run(value, role, color)]
        return text(runs, width, max_lines=max_lines, role=role, align=align)

    def fitting(self, value: str, roles: tuple[str, ...], width: float, color: QColor = th.TEXT,
                max_lines: int = 3, align=Qt.AlignmentFlag.AlignLeft, max_height: float | None = None) -> TextBlock:
        """``value`` in the first of ``roles`` (largest first) in which it fits whole, no word broken;
        else elided with … (see ``fit``), within ``max_height`` when given."""
        return fit(lambda role: [self.run(value, role, color)], roles, width, max_lines=max_lines,
                   max_height=max_height, align=align)

    def put(self, block: TextBlock, x: float, y: float) -> TextBlock:
        return self.scene.add(block.at(x, y))

    def put_within(self, value: str, roles: tuple[str, ...], width: float, x: float, y: float, bottom: float,
                   color: QColor = th.TEXT, max_lines: int = 3, align=Qt.AlignmentFlag.AlignLeft) -> TextBlock | None:
        """``value`` fitted between y and bottom and placed, or left out when not a line fits."""
        block = self.fitting(value, roles, width, color, max_lines=max_lines, align=align, max_height=bottom - y)
        return self.put(block, x, y) if y + block.height <= bottom + 0.5 else None

    def s(self, value) -> str:
        return value.get(self.lang) if value is not None else ""

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

    # --- header ---------------------------------------------------------------------------

    def header(self) -> float:
        u, m = self.u, self.margin
        top = 44 * u
        clock = self.txt(self.now.strftime("%H:%M"), "clock", 1000 * u, max_lines=1)
        clock_w = clock.layout.lineAt(0).naturalTextWidth()
        self.put(clock, self.w - m - clock_w - 2, top - 14 * u).role = "clock"
        clock.rect.setWidth(clock_w + 2)
        day = self.agenda.day_of(self.now)
        date_line = self.long_date(self.now)
        if day is not None:
            # In portrait the day count goes on a line of its own rather than wrapping after "·".
            date_line += ("\u2028" if self.portrait else "  ·  ") + tr("Day %1 of %2").replace(
                "%1", str(day.index + 1)).replace("%2", str(len(self.agenda.days)))
        date_w = max(clock_w, 420 * u) if self.portrait else 700 * u
        date = self.txt(date_line, "body", date_w, th.SECONDARY, max_lines=2, align=Qt.AlignmentFlag.AlignRight)
        self.put(date, self.w - m - date_w, clock.rect.bottom() + 2 * u).role = "date"
        right_bottom = date.rect.bottom()

        left_w = self.w - 2 * m - date_w - 56 * u
        ev = self.agenda.event
        venue = ", ".join(x for x in (self.s(ev.venue), self.s(ev.city), self.s(ev.country)) if x)
        # The header is context, not news: long names, themes and venues lose lines (elided with …)
        # until it takes at most HEADER_SHARE of the screen, as much as a Russian theme needs.
        limit = max(right_bottom, self.h * HEADER_SHARE) - top
        for lines in HEADER_LINES:
            blocks = [self.txt(self.s(ev.name), "event", left_w, max_lines=lines[0]),
                      self.txt(self.s(ev.theme), "meta", left_w, th.SECONDARY, max_lines=lines[1]),
                      self.txt(venue, "meta", left_w, th.SECONDARY, max_lines=lines[2])]
            if sum(b.height for b in blocks) + 10 * u <= limit:
                break
        y = top
        for block, role, gap in zip(blocks, ("event", "theme", "venue"), (6 * u, 4 * u, 0)):
            self.put(block, m, y).role = role
            y = block.rect.bottom() + gap
        left_bottom = y
        bottom = max(left_bottom, right_bottom) + 28 * u
        self.scene.add(Shape(QRectF(m, bottom, self.w - 2 * m, max(1.0, 2 * u)), th.RULE, role="rule"))
        return bottom + 40 * u

    # --- reusable pieces ------------------------------------------------------------------

    def item_people_chunks(self, item: Item, width: float) -> list[Chunk]:
        """Talks, presenters and moderators of an item as chunks that page together."""
        u = self.u
        chunks: list[Chunk] = []
        indent = 26 * u

        def person_block(appearance: Appearance, w: float) -> TextBlock:
            return self.txt(self.person_runs(appearance), "person", w, max_lines=6)

        for talk in item.talks:
            people = list(talk.presenters)
            title = self.txt(self.s(talk.title), "talk", width - indent, max_lines=6) if talk.title else None
            first_parts: list[tuple[float, float, object]] = []
            pieces: list[Chunk] = []
            h = 0.0
            if title is not None:
                accent = Shape(QRectF(0, 0, 6 * u, title.height - 4 * u), th.TEAL, 3 * u, role="accent")
                first_parts += [(indent, 0, title), (0, 4 * u, accent)]
                pieces.append(Chunk([(indent, 0, title), (0, 4 * u, accent)], title.height))
                h = title.height + 6 * u
            if people:
                block = person_block(people[0], width - indent)
                first_parts.append((indent, h, block))
                pieces.append(Chunk([(indent, 0, block)], block.height))
                h += block.height
            chunks.append(Chunk(first_parts, h, pieces if len(pieces) > 1 else []))
            for appearance in people[1:]:
                block = person_block(appearance, width - indent)
                chunks.append(Chunk([(indent, 0, block)], block.height))
            for appearance in talk.moderators:
                chunks.append(self.labelled_person(tr("Moderator"), appearance, width - indent, indent))
        for appearance in item.presenters:
            block = person_block(appearance, width)
            chunks.append(Chunk([(0, 0, block)], block.height))
        for appearance in item.moderators:
            chunks.append(self.labelled_person(tr("Moderator"), appearance, width, 0))
        return chunks

    def labelled_person(self, label: str, appearance: Appearance, width: float, dx: float) -> Chunk:
        runs = [self.run(label + "   ", "body", th.LABEL)] + self.person_runs(appearance)
        block = self.txt(runs, "person", width, max_lines=6)
        return Chunk([(dx, 0, block)], block.height)

    def point_chunks(self, item: Item, width: float) -> list[Chunk]:
        chunks = []
        for point in item.points:
            block = self.txt([self.run(f"{point.label})  ", "body_strong", th.TEAL),
                              self.run(self.s(point.text), "body", th.TEXT)], "point", width, max_lines=3)
            chunks.append(Chunk([(0, 0, block)], block.height))
        return chunks

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
        page = pages[self.scene.page % len(pages)]
        y = top
        for chunk in page:
            chunk.place(self.scene, x, y)
            y += chunk.height + gap
        if len(pages) > 1:
            self.page_dots(x, bottom + 8 * self.u, len(pages), self.scene.page % len(pages), width)
        return y - gap

    def shrunk(self, chunk: Chunk, height: float) -> Chunk:
        """The last resort for a part taller than a whole page (a small screen, a long Russian
        affiliation): the same text a few sizes smaller, rather than cut or spilling over; when
        even the smallest is too tall (absurdly long text), the whole lines of it that fit, elided."""
        factors, factor = [], 1.0
        while factor > 0.55:
            factor -= 0.05
            factors.append(factor)
        parts, bottom = _scaled(chunk, factors[-1])
        if bottom <= height:
            for factor in factors:
                parts, bottom = _scaled(chunk, factor)
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

    def next_card(self, x: float, y: float, width: float, max_height: float, people_limit: int = 3,
                  title_height: float | None = None) -> float:
        """The NEXT card; returns its height (0 when there is no next item). Its people stop at
        ``max_height``, its title at ``title_height`` (the same unless given)."""
        item = self.state.next
        if item is None:
            return 0.0
        u = self.u
        pad = 34 * u
        inner = width - 2 * pad
        if self.least_card(width) > (title_height or max_height):
            return 0.0  # not even the time and a line of the title: no card rather than one that spills
        card = Shape(QRectF(x, y, width, 0), th.CARD, 28 * u, role="card")
        self.scene.add(card)
        cy = y + pad
        self.pill(tr("Next"), th.GOLD, x + pad, cy)
        icon_size = 52 * u
        self.scene.add(Icon(QRectF(x + width - pad - icon_size, cy - 4 * u, icon_size, icon_size),
                            kind_icon_name(item.kind), th.GOLD))
        cy += self.pill_height() + 18 * u
        when = self.txt(self.hm(item.start), "next_time", inner, max_lines=1)
        when_w = when.layout.lineAt(0).naturalTextWidth()
        when.rect.setWidth(when_w + 2)
        self.put(when, x + pad, cy).role = "next-time"
        if item.day_index != (self.state.current or self.state.previous or item).day_index \
                or item.start.astimezone(self.agenda.timezone).date() != self.now.date():
            relative = self.long_date(item.start)
        else:
            relative = tr("in %1").replace("%1", duration_words(minutes_until(self.now, item.start)))
        rel = self.txt(relative, "body", inner - when_w - 24 * u, th.SECONDARY, max_lines=2)
        self.put(rel, x + pad + when_w + 24 * u, cy + when.height - rel.height - 10 * u).role = "next-relative"
        cy = when.rect.bottom() + 10 * u
        if change_words(item):
            change = self.put(self.txt(change_words(item), "body_strong", inner, th.GOLD, max_lines=2), x + pad, cy)
            change.role = "change"
            cy = change.rect.bottom() + 6 * u
        until = self.txt(tr("until %1").replace("%1", self.hm(item.end)), "body", inner, th.SECONDARY) \
            if item.end is not None and item.kind in CALM_KINDS else None
        reserve = until.height + 10 * u if until is not None else 0.0
        title = self.fitting(self.s(item.title), ("subtitle", "talk", "body"), inner, max_lines=6,
                             max_height=y + (title_height or max_height) - pad - reserve - 10 * u - cy)
        self.put(title, x + pad, cy).role = "next-title"
        cy = title.rect.bottom() + 10 * u
        if until is not None:
            self.put(until, x + pad, cy)
            cy = until.rect.bottom() + 10 * u
        people = item.people()
        shown = 0
        more_h = self.txt("and 9 more", "body", inner, max_lines=1).height + 8 * u
        for index, appearance in enumerate(people[:people_limit]):
            block = self.txt(self.person_runs(appearance), "person", inner, max_lines=8)
            reserve = more_h if index < len(people) - 1 else 0
            if cy + 8 * u + block.height + reserve + pad > y + max_height:
                break
            self.put(block, x + pad, cy + 8 * u)
            cy = block.rect.bottom()
            shown += 1
        if shown < len(people):
            more = self.txt(tr("and %n more", None, len(people) - shown), "body", inner, th.LABEL, max_lines=1)
            if cy + 8 * u + more.height + pad <= y + max_height:
                self.put(more, x + pad, cy + 8 * u)
                cy = more.rect.bottom()
        height = cy - y + pad
        card.rect.setHeight(height)
        return height

    def least_card(self, width: float) -> float:
        """The NEXT card's height with its time and one line of title: below this, no card."""
        u, item = self.u, self.state.next
        lines = ["next_time", "body"] + (["body"] if item is not None and change_words(item) else []) + (
            ["body"] if item is not None and item.end is not None and item.kind in CALM_KINDS else [])
        return 68 * u + self.pill_height() + 38 * u + sum(
            self.txt("0", role, width - 68 * u).height + 10 * u for role in lines)

    def row_chunk(self, item: Item, width: float) -> Chunk:
        """One line of a list of items: time, then the whole title (wrapped, never cut)."""
        time_w = 110 * self.u
        when = self.txt(self.hm(item.start), "body_strong", time_w, th.LABEL if item.cancelled else th.TEXT,
                        max_lines=1)
        runs = [self.run(self.s(item.title), "later", th.LABEL if item.cancelled else th.SECONDARY)]
        if change_words(item):
            runs.append(self.run("  (" + change_words(item) + ")", "later", th.GOLD))
        title = self.txt(runs, "later", width - time_w, max_lines=8)
        return Chunk([(0, 0, when), (time_w, 0, title)], title.height)

    def later_strip(self, x: float, y: float, width: float, bottom: float, items: list[Item],
                    caption: str) -> float:
        """A caption and the rows that fit, then "and N more"; returns the bottom."""
        if not items:
            return y
        u = self.u
        cap = self.txt(caption, "label", width, th.LABEL, max_lines=2)
        if y + cap.height + 60 * u > bottom:
            return y
        self.put(cap, x, y)
        cy = cap.rect.bottom() + 16 * u
        for index, item in enumerate(items):
            row = self.row_chunk(item, width)
            more = self.txt(tr("and %n more", None, len(items) - index - 1), "body", width, th.LABEL, max_lines=1)
            reserve = more.height + 14 * u if index < len(items) - 1 else 0
            if cy + row.height + reserve > bottom:
                if index == 0:  # not even the first row: say when they begin, not only how many
                    words = tr("%n item(s), from %1", None, len(items)).replace("%1", self.hm(item.start))
                else:
                    words = tr("and %n more", None, len(items) - index)
                more = self.txt(words, "body", width, th.LABEL, max_lines=2)
                self.put(more, x, cy)
                return more.rect.bottom()
            row.place(self.scene, x, cy)
            cy += row.height + 14 * u
        return cy

    def day_outline(self, x: float, y: float, width: float, bottom: float, day_index: int, caption: str) -> None:
        """A card with a day's items; when they do not all fit, it pages with the display."""
        u = self.u
        pad = 34 * u
        cap = self.txt(caption, "label", width - 2 * pad, th.LABEL, max_lines=2)
        if bottom - y < 2 * pad + cap.height + 160 * u:
            return  # not even a row fits below the caption
        card = self.scene.add(Shape(QRectF(x, y, width, 0), th.CARD, 28 * u, role="card"))
        self.put(cap, x + pad, y + pad)
        chunks = [self.row_chunk(item, width - 2 * pad) for item in self.agenda.days[day_index].items]
        rows_top = cap.rect.bottom() + 18 * u
        limit = bottom - pad - 30 * u
        end = self.paginate(chunks, x + pad, rows_top, limit, 14 * u, width - 2 * pad)
        card.rect.setHeight((limit + 30 * u if self.scene.pages > 1 else end) - y + pad)

    # --- the phases ---------------------------------------------------------------------------

    def columns(self, ratio: float = 0.60) -> tuple[float, float, float, float]:
        """Left x and width, right x and width; in portrait one full-width column serves both."""
        m, u = self.margin, self.u
        full = self.w - 2 * m
        if self.portrait:
            return m, full, m, full
        left_w = full * ratio
        gap = 64 * u
        return m, left_w, m + left_w + gap, full - left_w - gap

    def footer(self) -> None:
        u = self.u
        icon = 40 * u
        y = self.h - 56 * u - 42 * u
        self.scene.add(Icon(QRectF(self.margin, y, icon, icon), "fa6s.hand-pointer", th.LABEL))
        hint = self.txt(tr("Touch the screen to browse the full programme"), "meta", self.w - 2 * self.margin - icon,
                        th.LABEL, max_lines=1)
        self.put(hint, self.margin + icon + 18 * u, y + (icon - hint.height) / 2).role = "touch-hint"

    def banner(self, top: float) -> None:
        """Announcements, above the footer; the phase screens get what is left."""
        u = self.u
        width = self.w - 2 * self.margin
        pad = 26 * u
        icon = 48 * u
        blocks = []
        # At most BANNER_SHARE of the screen below the header: each gets a fair share of what is left.
        left = (min(self.bottom, self.right_bottom) - top) * BANNER_SHARE
        least = max(icon, self.txt("X", "body", width).height) + 2 * pad + 16 * u
        notes = self.state.announcements[:max(1, int(left // least))]  # the first that get a line each
        for index, note in enumerate(notes):
            important = note.level == "important"
            share = left / (len(notes) - index) - 2 * pad
            block = self.fitting(self.s(note.text), ("subtitle", "body"), width - 2 * pad - icon - 24 * u,
                                 th.ON_ACCENT if important else th.TEXT, max_lines=3, max_height=share)
            if max(block.height, icon) > share + 0.5:
                break
            blocks.append((block, important))
            left -= max(block.height, icon) + 2 * pad + 16 * u
        if not blocks:
            return
        height = sum(max(b.height, icon) + 2 * pad for b, _ in blocks) + 16 * u * (len(blocks) - 1)
        y = min(self.bottom, self.right_bottom) - height  # above the QR code too, when there is one
        for block, important in blocks:
            h = max(block.height, icon) + 2 * pad
            self.scene.add(Shape(QRectF(self.margin, y, width, h), th.GOLD if important else th.CARD, 22 * u,
                                 role="banner"))
            self.scene.add(Icon(QRectF(self.margin + pad, y + (h - icon) / 2, icon, icon), "fa6s.bullhorn",
                                th.ON_ACCENT if important else th.GOLD))
            self.put(block, self.margin + pad + icon + 24 * u, y + (h - block.height) / 2).role = "announcement"
            y += h + 16 * u
        self.bottom = min(self.bottom, self.right_bottom) - height - 28 * u
        self.right_bottom = min(self.right_bottom, self.bottom)

    def waiting_for_time(self, top: float) -> None:
        """The PC's clock is implausible (no battery, not synced yet): show no session at all."""
        u = self.u
        width = self.w - 2 * self.margin
        y = top + 120 * u
        icon = 120 * u
        self.scene.add(Icon(QRectF((self.w - icon) / 2, y, icon, icon), "fa6s.clock", th.GOLD))
        y += icon + 40 * u
        center = Qt.AlignmentFlag.AlignHCenter
        hero = self.put(self.txt(tr("Waiting for the correct time"), "hero", width, max_lines=3, align=center),
                        self.margin, y)
        hero.role = "hero"
        self.put(self.txt(tr("The programme appears as soon as this computer's clock is set."), "subtitle", width,
                          th.SECONDARY, max_lines=3, align=center), self.margin, hero.rect.bottom() + 20 * u)

    def qr(self) -> None:
        """The QR code in the bottom-right corner, with a word of what it is for."""
        u = self.u
        size = 190 * u
        x, y = self.w - self.margin - size, self.h - 48 * u - size
        self.scene.add(QrCode(QRectF(x, y, size, size), qr_matrix(self.qr_url)))
        caption = self.txt(tr("The programme on your phone"), "meta", 260 * u, th.LABEL, max_lines=3,
                           align=Qt.AlignmentFlag.AlignRight)
        self.put(caption, x - 280 * u, y).role = "qr-caption"  # above the footer line, beside the code
        if self.portrait:
            self.bottom = min(self.bottom, y - 28 * u)
        self.right_bottom = min(self.right_bottom, y - 28 * u)

    def build(self) -> Scene:
        if not clock_is_plausible(self.now):
            self.scene.phase = "waiting_for_time"
            self.waiting_for_time(80 * self.u)
            return self.scene
        top = self.header()
        self.footer()
        if self.qr_url:
            self.qr()
        if self.state.announcements:
            self.banner(top)
        state = self.state
        if state.parallel and state.phase in (IN_ITEM, BETWEEN_ITEMS):
            self.rooms(top)
        elif state.current is not None:
            if state.current.kind in CALM_KINDS:
                self.calm(top, state.current)
            else:
                self.session(top, state.current)
        elif state.phase == BEFORE_EVENT:
            self.before_event(top)
        elif state.phase == AFTER_DAY:
            self.after_day(top)
        elif state.phase == BETWEEN_ITEMS:
            self.between(top)
        elif state.phase == AFTER_EVENT:
            self.after_event(top)
        return self.scene

    def session(self, top: float, item: Item) -> None:
        u = self.u
        x, col_w, rx, rw = self.columns()
        y = top
        pill_w = self.pill(tr("Now"), th.TEAL, x, y)
        span = f"{self.hm(item.start)} – {self.hm(item.end)}" if item.end else tr("from %1").replace(
            "%1", self.hm(item.start))
        runs = [self.run(span, "talk")]
        if change_words(item):
            runs.append(self.run("   " + change_words(item), "talk", th.GOLD))
        span_block = self.txt(runs, "span", col_w - pill_w - 100 * u, max_lines=2)
        self.put(span_block, x + pill_w + 20 * u, y + (self.pill_height() - span_block.height) / 2).role = "span"
        icon = 56 * u
        self.scene.add(Icon(QRectF(x + col_w - icon, y - 6 * u, icon, icon), kind_icon_name(item.kind), th.TEAL))
        y += self.pill_height() + 24 * u
        progress_h = 14 * u + 12 * u + 44 * u
        # A long title or subtitle leaves room for the people (and, in portrait, for NEXT).
        space = self.bottom - y - (0 if self.portrait else progress_h + 30 * u)
        title = self.fitting(self.s(item.title), ("title", "subtitle"), col_w, max_lines=5,
                             max_height=space * 0.3 if self.portrait else space - 120 * u)
        if title.elided and not self.portrait:  # too long anyway: half the room, the rest for the people
            title = self.fitting(self.s(item.title), ("title", "subtitle"), col_w, max_lines=5, max_height=space / 2)
        self.put(title, x, y).role = "title"
        y = title.rect.bottom() + 8 * u
        if item.subtitle:  # at least 15%, more when the title leaves it
            room = max(space * 0.15, space - 100 * u - title.height - 8 * u)
            sub = self.fitting(self.s(item.subtitle), ("talk",), col_w, th.SECONDARY, max_height=room)
            if sub.height <= room + 0.5:
                y = self.put(sub, x, y).rect.bottom()
        y += 22 * u

        chunks = self.point_chunks(item, col_w)
        chunks += self.item_people_chunks(item, col_w)
        if self.portrait:
            # The NEXT card and later strip below yield room so the tallest part of NOW fits a page.
            tallest = max((max(p.height for p in c.pieces) if c.pieces else c.height for c in chunks),
                          default=0.0)
            room = self.bottom - y - progress_h - 78 * u - tallest - 30 * u
            # NEXT comes before a whole page of NOW, and before half of the screen when that is all it needs.
            least = self.least_card(self.w - 2 * self.margin)
            least = least if self.bottom - y - progress_h - 78 * u >= least else 0.0
            room = max(least, min((self.bottom - y) * 0.5, max(room, least)))
            lower_top = self.portrait_lower(self.bottom, max_height=max(0.0, room))
            progress_top = lower_top - 48 * u - progress_h
        else:
            progress_top = self.bottom - progress_h
            self.right_column(rx, top, rw, self.right_bottom)
        self.paginate(chunks, x, y, progress_top - 30 * u, 20 * u, col_w)
        if item.end is not None:
            self.progress(x, progress_top, col_w, item)

    def room_chunk(self, item: Item, width: float, when: str) -> Chunk:
        """One room's line: the room and the time, the title, the first people."""
        u = self.u
        head = [self.run(self.s(item.room) or tr("Main hall"), "label", th.TEAL), self.run("   " + when, "body_strong")]
        if change_words(item):
            head.append(self.run("   " + change_words(item), "body", th.GOLD))
        blocks = [self.txt(head, "room", width, max_lines=2),
                  self.txt(self.s(item.title), "talk", width, max_lines=4)]
        names = [" ".join(x for x in (self.s(a.person.honorific), self.s(a.person.name)) if x) for a in item.people()]
        if names:
            shown = ", ".join(names[:3]) + (" " + tr("and %n more", None, len(names) - 3) if len(names) > 3 else "")
            blocks.append(self.txt(shown, "person", width, th.SECONDARY, max_lines=3))
        parts, y = [], 0.0
        for block in blocks:
            parts.append((0, y, block))
            y += block.height + 4 * u
        return Chunk(parts, y - 4 * u)

    def rooms(self, top: float) -> None:
        """The lobby of a multi-track conference: NOW and NEXT with one line per room."""
        u = self.u
        x, col_w, rx, rw = self.columns(0.54)
        state = self.state
        self.pill(tr("Now"), th.TEAL, x, top)
        now_top = top + self.pill_height() + 24 * u
        now_bottom = self.bottom if not self.portrait else top + (self.bottom - top) * 0.52
        chunks = [self.room_chunk(i, col_w, f"{self.hm(i.start)} – {self.hm(i.until)}") for i in state.running]
        if not chunks:
            note = self.txt(tr("Nothing is on right now."), "subtitle", col_w, th.SECONDARY)
            chunks = [Chunk([(0, 0, note)], note.height)]
        self.paginate(chunks, x, now_top, now_bottom - 40 * u, 28 * u, col_w)
        next_top = top if not self.portrait else now_bottom
        self.pill(tr("Next"), th.GOLD, rx, next_top)
        chunks = [self.room_chunk(i, rw, self.hm(i.start) + "  ·  " + tr("in %1").replace(
            "%1", duration_words(minutes_until(self.now, i.start)))) for i in state.next_by_room]
        self.paginate(chunks, rx, next_top + self.pill_height() + 24 * u, self.right_bottom - 40 * u, 28 * u, rw)

    def progress(self, x: float, y: float, width: float, item: Item) -> None:
        u = self.u
        total = (item.until - item.start).total_seconds()
        done = min(1.0, max(0.0, (self.now - item.start).total_seconds() / total)) if total > 0 else 0
        self.scene.add(Shape(QRectF(x, y, width, 14 * u), th.TRACK, 7 * u, role="track"))
        if done > 0:
            self.scene.add(Shape(QRectF(x, y, max(14 * u, width * done), 14 * u), th.TEAL, 7 * u, role="bar"))
        elapsed = int((self.now - item.start).total_seconds() // 60)
        left_words = tr("started %1 ago").replace("%1", duration_words(elapsed)) if elapsed >= 1 else tr(
            "just started")
        left = self.fitting(left_words, ("body", "meta", "browser_small"), width / 2 - 10 * u, th.SECONDARY,
                            max_lines=1)
        self.put(left, x, y + 26 * u).role = "started"
        right_words = tr("ends in %1").replace("%1", duration_words(minutes_until(self.now, item.until)))
        right = self.fitting(right_words, ("body_strong", "browser_name", "browser_small"), width / 2, max_lines=1,
                             align=Qt.AlignmentFlag.AlignRight)
        self.put(right, x + width / 2, y + 26 * u).role = "ends"

    def right_column(self, x: float, top: float, width: float, bottom: float) -> None:
        u = self.u
        card_h = self.next_card(x, top, width, (bottom - top) * 0.62, title_height=bottom - top)
        y = top + card_h + (48 * u if card_h else 0)
        if self.state.next is not None and card_h:  # what follows NEXT, never without it
            rest = later_today(self.agenda, self.state)
            if self.state.next.day_index == (self.state.current or self.state.next).day_index:
                self.later_strip(x + 8 * u, y, width - 8 * u, bottom, rest, tr("Later today"))
        elif self.state.current is not None:
            self.closing_note(x, y, width, bottom)

    def portrait_lower(self, bottom: float, max_height: float) -> float:
        """NEXT card and later strip stacked at the bottom in portrait; returns their top."""
        u = self.u
        x, width = self.margin, self.w - 2 * self.margin
        rest = later_today(self.agenda, self.state)[:2] if self.state.next is not None else []
        strip_h = 0.0
        if rest and self.state.next.day_index == (self.state.current or self.state.next).day_index:
            probe = [self.txt(self.s(i.title), "later", width - 110 * u, max_lines=3).height + 14 * u for i in rest]
            strip_h = 44 * u + sum(probe)
        card_probe = SceneBuilder(self.agenda, self.state, self.w, self.h, lang=self.lang)
        card_h = card_probe.next_card(x, 0, width, max_height - strip_h)
        if strip_h and self.state.next is not None and (not card_h or card_h + strip_h + 40 * u > max_height):
            strip_h = 0.0  # not enough room: the NEXT card matters more than what follows it
            card_h = SceneBuilder(self.agenda, self.state, self.w, self.h, lang=self.lang).next_card(
                x, 0, width, max_height)
        top = bottom - strip_h - card_h - (40 * u if strip_h else 0)
        self.next_card(x, top, width, max_height - strip_h)
        if strip_h:
            self.later_strip(x, top + card_h + 40 * u, width, bottom + 1, rest, tr("Later today"))
        return top

    def closing_note(self, x: float, y: float, width: float, bottom: float) -> None:
        u = self.u
        pad = 34 * u
        lines = [self.txt(tr("Last item of the programme"), "label", width - 2 * pad, th.LABEL, max_lines=2),
                 self.fitting(tr("Thank you for taking part in the %1.").replace("%1", self.s(self.agenda.event.name)),
                              ("subtitle", "body"), width - 2 * pad, max_lines=4)]
        height = sum(b.height for b in lines) + 16 * u + 2 * pad
        if y + height > bottom:
            return
        self.scene.add(Shape(QRectF(x, y, width, height), th.CARD, 28 * u, role="card"))
        cy = y + pad
        for block in lines:
            self.put(block, x + pad, cy)
            cy = block.rect.bottom() + 16 * u

    def calm(self, top: float, item: Item) -> None:
        u = self.u
        x, col_w, rx, rw = self.columns(0.48)
        if item.end is not None:
            words = tr("until %1").replace("%1", self.hm(item.end)) + "  ·  " + tr("%1 left").replace(
                "%1", duration_words(minutes_until(self.now, item.until)))
        else:
            words = tr("from %1").replace("%1", self.hm(item.start))
        room = self.bottom - top
        # Largest first; a long title (Russian runs longer) on a small screen steps down a size.
        for icon, hero_roles, line_role in ((150 * u, ("hero", "title"), "subtitle"),
                                            (90 * u, ("title", "subtitle"), "talk")):
            hero = self.fitting(self.s(item.title), hero_roles, col_w)
            lines = [self.txt(self.s(item.subtitle), line_role, col_w, th.SECONDARY, max_lines=3)] \
                if item.subtitle else []
            lines.append(self.txt(words, line_role, col_w, th.SECONDARY, max_lines=2))
            gap = 20 * u if self.portrait else 50 * u
            needed = gap + icon + 30 * u + hero.height + 12 * u + sum(b.height + 8 * u for b in lines)
            if needed <= room:
                break
        else:  # still too tall: the title and the subtitle share what the time line leaves
            left = room - (gap + icon + 30 * u + 12 * u + lines[-1].height + 8 * u)
            if item.subtitle:
                sub = self.fitting(self.s(item.subtitle), (line_role,), col_w, th.SECONDARY,
                                   max_height=left * 0.3 - 8 * u)
                lines[0] = sub if sub.height <= left * 0.3 - 8 * u + 0.5 else None
                left -= lines[0].height + 8 * u if lines[0] is not None else 0
            lines = [b for b in lines if b is not None]
            hero = self.fitting(self.s(item.title), hero_roles, col_w, max_height=left)
        y = top + gap
        accent = th.TEAL if item.kind == "reception" else th.GOLD
        self.scene.add(Icon(QRectF(x, y, icon, icon), kind_icon_name(item.kind), accent))
        y += icon + 30 * u
        self.put(hero, x, y).role = "hero"
        y = hero.rect.bottom() + 12 * u
        for block in lines:
            self.put(block, x, y)
            y = block.rect.bottom() + 8 * u
        lines[-1].role = "calm-until"
        self.calm_rest(lines[-1].rect.bottom(), top, x, col_w, rx, rw)

    def calm_rest(self, y: float, top: float, x: float, col_w: float, rx: float, rw: float) -> None:
        """Below a calm headline: later today under it, the next item's card beside it."""
        u = self.u
        if self.portrait:
            self.portrait_lower(self.bottom, max_height=self.bottom - y - 80 * u)
            return
        self.next_card(rx, top + 50 * u, rw, self.right_bottom - top - 50 * u, people_limit=8)
        if self.state.next is None:
            self.closing_note(rx, top + 50 * u, rw, self.right_bottom)
        elif self.state.next.day_index == (self.state.current or self.state.next).day_index:
            self.later_strip(x, y + 70 * u, col_w, self.bottom, later_today(self.agenda, self.state),
                             tr("Later today"))

    def between(self, top: float) -> None:
        u = self.u
        nxt = self.state.next
        x, col_w, rx, rw = self.columns(0.48)
        y = top + 50 * u
        self.scene.add(Icon(QRectF(x, y, 130 * u, 130 * u), "fa6s.clock", th.GOLD))
        y += 160 * u
        hero = self.put(self.txt(tr("Next at %1").replace("%1", self.hm(nxt.start)), "hero", col_w, max_lines=2), x, y)
        hero.role = "hero"
        y = hero.rect.bottom() + 12 * u
        words = tr("in %1").replace("%1", duration_words(minutes_until(self.now, nxt.start)))
        block = self.put(self.txt(words, "subtitle", col_w, th.SECONDARY, max_lines=2), x, y)
        self.calm_rest(block.rect.bottom(), top, x, col_w, rx, rw)

    def before_event(self, top: float) -> None:
        u = self.u
        first = self.state.next
        x, col_w, rx, rw = self.columns(0.45)
        y = top + 40 * u
        self.put(self.txt(tr("The meeting opens in"), "label", col_w, th.LABEL, max_lines=1), x, y)
        y += 50 * u
        count = self.put(self.fitting(countdown_words(minutes_until(self.now, first.start)), ("hero", "title"),
                                      col_w), x, y)
        count.role = "countdown"
        y = count.rect.bottom() + 20 * u
        when = tr("%1 at %2").replace("%1", self.long_date(first.start)).replace("%2", self.hm(first.start))
        block = self.put(self.txt(when, "subtitle", col_w, max_lines=2), x, y)
        y = block.rect.bottom() + 8 * u
        self.put_within(tr("with %1").replace("%1", self.s(first.title)), ("subtitle",), col_w, x, y,
                        self.bottom + 22 * u, th.SECONDARY)  # may reach down to the touch hint
        caption = tr("Day %1 at a glance").replace("%1", "1") + "  ·  " + self.long_date(first.start)
        if self.portrait:
            self.day_outline(x, max(y + 160 * u, self.bottom - 700 * u), col_w, self.bottom, first.day_index, caption)
        else:
            self.day_outline(rx - 40 * u, top + 40 * u, rw + 40 * u, self.right_bottom, first.day_index, caption)

    def after_day(self, top: float) -> None:
        u = self.u
        prev, nxt = self.state.previous, self.state.next
        x, col_w, rx, rw = self.columns(0.45)
        y = top + 40 * u
        self.scene.add(Icon(QRectF(x, y, 120 * u, 120 * u), "fa6s.moon", th.GOLD))
        y += 150 * u
        ended = tr("Day %1 has ended").replace("%1", str(prev.day_index + 1))
        hero = self.put(self.txt(ended, "hero", col_w, max_lines=2), x, y)
        hero.role = "hero"
        y = hero.rect.bottom() + 20 * u
        starts = tr("Day %1 starts %2 at %3").replace("%1", str(nxt.day_index + 1)).replace(
            "%2", self.long_date(nxt.start)).replace("%3", self.hm(nxt.start))
        block = self.put(self.txt(starts, "subtitle", col_w, max_lines=3), x, y)
        y = block.rect.bottom() + 8 * u
        self.put_within(tr("with %1").replace("%1", self.s(nxt.title)), ("subtitle",), col_w, x, y,
                        self.bottom + 22 * u, th.SECONDARY)  # may reach down to the touch hint
        caption = tr("Day %1 at a glance").replace("%1", str(nxt.day_index + 1))
        if self.portrait:
            self.day_outline(x, max(y + 160 * u, self.bottom - 900 * u), col_w, self.bottom, nxt.day_index, caption)
        else:
            self.day_outline(rx - 40 * u, top + 40 * u, rw + 40 * u, self.right_bottom, nxt.day_index, caption)

    def after_event(self, top: float) -> None:
        u = self.u
        ev = self.agenda.event
        width = min(self.w - 2 * self.margin, 1400 * u)
        x = (self.w - width) / 2
        center = Qt.AlignmentFlag.AlignHCenter
        y = top + (60 * u if not self.portrait else 160 * u)
        icon = 120 * u
        self.scene.add(Icon(QRectF((self.w - icon) / 2, y, icon, icon), "fa6s.flag-checkered", th.TEAL))
        y += icon + 40 * u
        hero = self.put(self.txt(tr("Thank you"), "hero", width, max_lines=2, align=center), x, y)
        hero.role = "hero"
        y = hero.rect.bottom() + 20 * u
        dates = self.date_span() + "  ·  " + ", ".join(x for x in (self.s(ev.venue), self.s(ev.city)) if x)
        dates = self.txt(dates, "body", width, th.SECONDARY, max_lines=2, align=center)
        name = self.put_within(tr("%1 has ended.").replace("%1", self.s(ev.name)), ("subtitle",), width, x, y,
                               self.bottom - dates.height - 12 * u, align=center)
        y = name.rect.bottom() + 12 * u if name is not None else y
        if y + dates.height <= self.bottom:
            y = self.put(dates, x, y).rect.bottom() + 48 * u
        closing = [i for i in self.agenda.items if i.kind == "closing" and i.subtitle]
        if closing:
            note = self.txt(self.s(closing[-1].subtitle), "subtitle", width - 80 * u, th.GOLD, max_lines=4,
                            align=center)
            if y + note.height + 60 * u <= self.right_bottom:
                self.scene.add(Shape(QRectF(x, y, width, note.height + 60 * u), th.CARD, 28 * u, role="card"))
                self.put(note, x + 40 * u, y + 30 * u).role = "handover"

    def date_span(self) -> str:
        ev = self.agenda.event
        start = QDate(ev.start_date.year, ev.start_date.month, ev.start_date.day)
        end = QDate(ev.end_date.year, ev.end_date.month, ev.end_date.day)
        if start == end:
            return self.locale.toString(start, "d MMMM yyyy")
        if start.month() == end.month() and start.year() == end.year():
            return f"{start.day()}–{self.locale.toString(end, 'd MMMM yyyy')}"
        return f"{self.locale.toString(start, 'd MMMM')} – {self.locale.toString(end, 'd MMMM yyyy')}"


def build_scene(agenda: Agenda, state: ScheduleState, width: int, height: int, page: int = 0,
                lang: str = "en", marker: bool = False, qr_url: str | None = None) -> Scene:
    # The interface words of this scene in its own language, whatever the browser has chosen;
    # the application's translator is not touched, so no widget is told (see ui.i18n).
    with scene_language(lang):
        scene = SceneBuilder(agenda, state, width, height, page=page, lang=lang, qr_url=qr_url).build()
    if marker:
        # Staff-only: the last agenda edit was refused (the log says why). Small, in a corner.
        unit = th.display_unit(width, height)
        size = 16 * unit
        scene.add(Shape(QRectF(width - 30 * unit - size, height - 30 * unit - size, size, size), th.GOLD, size / 2,
                        role="staff-marker"))
    return scene
