"""The display's cards and lists: NEXT, later today, a day's outline, people, rooms, progress.

The phase screens (phases.py) arrange these; each stops at the bottom it is given and says
"and N more" or pages rather than spill.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from kiosk.model import Appearance, Item
from kiosk.schedule import later_today
from ui import theme as th
from ui.display.layout import Layout
from ui.display.parts import Chunk, Icon, Shape
from ui.i18n import tr
from ui.icons import kind_icon_name
from ui.textlayout import TextBlock
from ui.wording import change_words, ends_in_words, glued, in_words, started_words

CALM_KINDS = frozenset({"registration", "break", "meal", "photo", "reception"})


class Cards(Layout):
    """The cards and lists a phase screen places in the room it has."""

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
            relative = in_words(self.now, item.start)
        if self.room_of(item):
            relative = self.room_of(item) + "  ·  " + relative
        rel = self.txt(relative, "body", inner - when_w - 24 * u, th.SECONDARY, max_lines=2)
        self.put(rel, x + pad + when_w + 24 * u, cy + when.height - rel.height - 10 * u).role = "next-relative"
        cy = when.rect.bottom() + 10 * u
        if change_words(item):
            change = self.put(self.txt(change_words(item), "body_strong", inner, th.GOLD, max_lines=2), x + pad, cy)
            change.role = "change"
            cy = change.rect.bottom() + 6 * u
        until = self.txt(tr("until %1", args=(self.hm(item.end),)), "body", inner, th.SECONDARY) \
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
            if block.elided or cy + 8 * u + block.height + reserve + pad > y + max_height:
                break  # a person is shown whole or by name only (below)
            self.put(block, x + pad, cy + 8 * u)
            cy = block.rect.bottom()
            shown += 1
        if people and not shown:  # not even the first in full: their names, never a bare "and N more"
            names = self.names_block(people, inner, y + max_height - pad - cy - 8 * u)
            if names is not None:
                self.put(names, x + pad, cy + 8 * u).role = "next-names"
                cy = names.rect.bottom()
        elif shown < len(people):
            more = self.txt(tr("and %n more", None, len(people) - shown), "body", inner, th.LABEL, max_lines=1)
            if cy + 8 * u + more.height + pad <= y + max_height:
                self.put(more, x + pad, cy + 8 * u)
                cy = more.rect.bottom()
        height = cy - y + pad
        card.rect.setHeight(height)
        return height

    def names_block(self, people: list[Appearance], width: float, room: float) -> TextBlock | None:
        """As many of the names (honorific and name, no position) as fit ``room`` whole in two lines
        at most, then "and N more"; else how many speakers there are; else (no room) None."""
        # An honorific stays with the name it belongs to ("г-жа Виктория", never "г-жа" / "Виктория").
        names = ["\u00a0".join(x for x in (self.s(a.person.honorific), self.s(a.person.name)) if x) for a in people]
        for count in range(len(names), 0, -1):
            words = ", ".join(names[:count])
            if count < len(names):
                words += " " + tr("and %n more", None, len(names) - count)
            block = self.txt(words, "person", width, th.TEXT, max_lines=2)
            if block.height <= room + 0.5 and not block.elided:
                return block
        # Not even one name whole: say what they are ("2 speakers"), never only "and 2 more".
        block = self.txt(glued(tr("%n speaker(s)", None, len(people))), "person", width, th.SECONDARY, max_lines=1)
        return block if block.height <= room + 0.5 and not block.elided else None

    def least_card(self, width: float) -> float:
        """The NEXT card's height with its time and one line of title: below this, no card."""
        u, item = self.u, self.state.next
        lines = ["next_time", "body"] + (["body"] if item is not None and change_words(item) else []) + (
            ["body"] if item is not None and item.end is not None and item.kind in CALM_KINDS else [])
        return 68 * u + self.pill_height() + 38 * u + sum(
            self.txt("0", role, width - 68 * u).height + 10 * u for role in lines)

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
                    words = tr("%n item(s), from %1", None, len(items), args=(self.hm(item.start),))
                else:
                    words = tr("and %n more", None, len(items) - index)
                more = self.txt(words, "body", width, th.LABEL, max_lines=2)
                self.put(more, x, cy)
                return more.rect.bottom()
            row.place(self.scene, x, cy)
            cy += row.height + 14 * u
        return cy

    def strip_height(self, items: list[Item], width: float) -> float:
        """The height of ``later_strip`` showing up to two of ``items`` (and "and N more")."""
        if not items:
            return 0.0
        u = self.u
        height = self.txt(tr("Later today"), "label", width, max_lines=2).height + 16 * u
        height += sum(self.row_chunk(item, width).height + 14 * u for item in items[:2])
        if len(items) > 2:
            height += self.txt(tr("and %n more", None, len(items) - 2), "body", width, max_lines=1).height
        return height

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

    def closing_note(self, x: float, y: float, width: float, bottom: float) -> None:
        u = self.u
        pad = 34 * u
        lines = [self.txt(tr("Last item of the programme"), "label", width - 2 * pad, th.LABEL, max_lines=2),
                 self.fitting(tr("Thank you for taking part in the %1.", args=(self.s(self.agenda.event.name),)),
                              ("subtitle", "body"), width - 2 * pad, max_lines=4)]
        height = sum(b.height for b in lines) + 16 * u + 2 * pad
        if y + height > bottom:
            return
        self.scene.add(Shape(QRectF(x, y, width, height), th.CARD, 28 * u, role="card"))
        cy = y + pad
        for block in lines:
            self.put(block, x + pad, cy)
            cy = block.rect.bottom() + 16 * u

    def progress(self, x: float, y: float, width: float, item: Item) -> None:
        u = self.u
        total = (item.until - item.start).total_seconds()
        done = min(1.0, max(0.0, (self.now - item.start).total_seconds() / total)) if total > 0 else 0
        self.scene.add(Shape(QRectF(x, y, width, 14 * u), th.TRACK, 7 * u, role="track"))
        if done > 0:
            self.scene.add(Shape(QRectF(x, y, max(14 * u, width * done), 14 * u), th.TEAL, 7 * u, role="bar"))
        left_words = started_words(self.now, item.start)
        left = self.fitting(left_words, ("body", "meta", "browser_small"), width / 2 - 10 * u, th.SECONDARY,
                            max_lines=1)
        self.put(left, x, y + 26 * u).role = "started"
        right_words = ends_in_words(self.now, item.until)
        right = self.fitting(right_words, ("body_strong", "browser_name", "browser_small"), width / 2, max_lines=1,
                             align="right")
        self.put(right, x + width / 2, y + 26 * u).role = "ends"

    def right_column(self, x: float, top: float, width: float, bottom: float) -> None:
        u = self.u
        nxt = self.state.next
        same_day = nxt is not None and nxt.day_index == (self.state.current or nxt).day_index
        rest = later_today(self.agenda, self.state) if same_day else []
        # The card takes 62% of the column, or all that the first two rows of later today leave.
        card_max = max((bottom - top) * 0.62, bottom - top - self.strip_height(rest, width - 8 * u) - 48 * u)
        card_h = self.next_card(x, top, width, card_max, title_height=bottom - top)
        y = top + card_h + (48 * u if card_h else 0)
        if nxt is not None and card_h:  # what follows NEXT, never without it
            if same_day:
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
        card_probe = type(self)(self.agenda, self.state, self.w, self.h, lang=self.lang)
        card_h = card_probe.next_card(x, 0, width, max_height - strip_h)
        if strip_h and self.state.next is not None and (not card_h or card_h + strip_h + 40 * u > max_height):
            strip_h = 0.0  # not enough room: the NEXT card matters more than what follows it
            card_h = type(self)(self.agenda, self.state, self.w, self.h, lang=self.lang).next_card(
                x, 0, width, max_height)
        top = bottom - strip_h - card_h - (40 * u if strip_h else 0)
        self.next_card(x, top, width, max_height - strip_h)
        if strip_h:
            self.later_strip(x, top + card_h + 40 * u, width, bottom + 1, rest, tr("Later today"))
        return top

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
