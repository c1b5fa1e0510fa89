"""What the lobby display shows at one instant, laid out for one screen size.

``build_scene`` turns the schedule state into positioned parts (text, cards, icons, bars): one
screen per phase, inside the frame, in a ``Scene`` (parts.py). It decides nothing about the programme: ``state_at`` did.
Every part knows its rectangle, so tests can assert that nothing leaves the screen and no text
is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QRectF

from kiosk.clock import clock_is_plausible
from kiosk.model import Agenda, Item
from kiosk.schedule import AFTER_DAY, AFTER_EVENT, BEFORE_EVENT, BETWEEN_ITEMS, IN_ITEM, ScheduleState
from ui import theme as th
from ui.display.board import RoomBoard
from ui.display.cards import CALM_KINDS, Cards
from ui.display.frame import Frame
from ui.display.parts import Icon, Scene, Shape
from ui.i18n import scene_language, tr
from ui.icons import kind_icon_name
from ui.wording import change_words, countdown_words, in_words, left_words, minutes_until


class SceneBuilder(Frame, Cards, RoomBoard):
    """The screen of each phase, inside the frame, made of cards."""

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
            self.board(top)
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
        span = f"{self.hm(item.start)} – {self.hm(item.end)}" if item.end else tr(
            "from %1", args=(self.hm(item.start),))
        runs = [self.run(span, "talk")]
        if self.room_of(item):
            runs = [self.run(self.room_of(item) + "   ", "label", th.TEAL)] + runs
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

    def calm(self, top: float, item: Item) -> None:
        u = self.u
        x, col_w, rx, rw = self.columns(0.48)
        if item.end is not None:
            words = tr("until %1", args=(self.hm(item.end),)) + "  ·  " + left_words(self.now, item.until)
        else:
            words = tr("from %1", args=(self.hm(item.start),))
        if self.room_of(item):
            words = self.room_of(item) + "  ·  " + words
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

    def between(self, top: float) -> None:
        u = self.u
        nxt = self.state.next
        x, col_w, rx, rw = self.columns(0.48)
        y = top + 50 * u
        self.scene.add(Icon(QRectF(x, y, 130 * u, 130 * u), "fa6s.clock", th.GOLD))
        y += 160 * u
        hero = self.put(self.txt(tr("Next at %1", args=(self.hm(nxt.start),)), "hero", col_w, max_lines=2), x, y)
        hero.role = "hero"
        y = hero.rect.bottom() + 12 * u
        words = in_words(self.now, nxt.start)
        block = self.put(self.txt(words, "subtitle", col_w, th.SECONDARY, max_lines=2), x, y)
        self.calm_rest(block.rect.bottom(), top, x, col_w, rx, rw)

    def before_event(self, top: float) -> None:
        u = self.u
        first = self.state.next
        x, col_w, rx, rw = self.columns(0.45)
        y = top + 40 * u
        self.put(self.txt(tr("The meeting opens in"), "label", col_w, th.LABEL, max_lines=1), x, y)
        y += 50 * u
        words = countdown_words(minutes_until(self.now, first.start))
        count = self.fitting(words, ("hero", "title"), col_w, max_lines=1)  # one line reads best
        if count.elided or count.broken_words:  # else wrapped, between units only (no-break spaces)
            count = self.fitting(words, ("hero", "title"), col_w)
        self.put(count, x, y)
        count.role = "countdown"
        y = count.rect.bottom() + 20 * u
        when = tr("%1 at %2", args=(self.long_date(first.start), self.hm(first.start)))
        block = self.put(self.txt(when, "subtitle", col_w, max_lines=2), x, y)
        y = block.rect.bottom() + 8 * u
        self.put_within(tr("with %1", args=(self.s(first.title),)), ("subtitle",), col_w, x, y,
                        self.bottom + 22 * u, th.SECONDARY)  # may reach down to the touch hint
        caption = tr("Day %1 at a glance", args=(1,)) + "  ·  " + self.long_date(first.start)
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
        ended = tr("Day %1 has ended", args=(prev.day_index + 1,))
        hero = self.put(self.txt(ended, "hero", col_w, max_lines=2), x, y)
        hero.role = "hero"
        y = hero.rect.bottom() + 20 * u
        starts = tr("Day %1 starts %2 at %3", args=(nxt.day_index + 1, self.long_date(nxt.start),
                                                self.hm(nxt.start)))
        block = self.put(self.txt(starts, "subtitle", col_w, max_lines=3), x, y)
        y = block.rect.bottom() + 8 * u
        self.put_within(tr("with %1", args=(self.s(nxt.title),)), ("subtitle",), col_w, x, y,
                        self.bottom + 22 * u, th.SECONDARY)  # may reach down to the touch hint
        caption = tr("Day %1 at a glance", args=(nxt.day_index + 1,))
        if self.portrait:
            self.day_outline(x, max(y + 160 * u, self.bottom - 900 * u), col_w, self.bottom, nxt.day_index, caption)
        else:
            self.day_outline(rx - 40 * u, top + 40 * u, rw + 40 * u, self.right_bottom, nxt.day_index, caption)

    def after_event(self, top: float) -> None:
        u = self.u
        ev = self.agenda.event
        width = min(self.w - 2 * self.margin, 1400 * u)
        x = (self.w - width) / 2
        y = top + (60 * u if not self.portrait else 160 * u)
        icon = 120 * u
        self.scene.add(Icon(QRectF((self.w - icon) / 2, y, icon, icon), "fa6s.flag-checkered", th.TEAL))
        y += icon + 40 * u
        hero = self.put(self.txt(tr("Thank you"), "hero", width, max_lines=2, align="center"), x, y)
        hero.role = "hero"
        y = hero.rect.bottom() + 20 * u
        dates = self.date_span() + "  ·  " + ", ".join(x for x in (self.s(ev.venue), self.s(ev.city)) if x)
        dates = self.txt(dates, "body", width, th.SECONDARY, max_lines=2, align="center")
        name = self.put_within(tr("%1 has ended.", args=(self.s(ev.name),)), ("subtitle",), width, x, y,
                               self.bottom - dates.height - 12 * u, align="center")
        y = name.rect.bottom() + 12 * u if name is not None else y
        if y + dates.height <= self.bottom:
            y = self.put(dates, x, y).rect.bottom() + 48 * u
        closing = [i for i in self.agenda.items if i.kind == "closing" and i.subtitle]
        if closing:
            note = self.txt(self.s(closing[-1].subtitle), "subtitle", width - 80 * u, th.GOLD, max_lines=4,
                            align="center")
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
