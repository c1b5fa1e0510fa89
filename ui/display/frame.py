"""The frame of every display screen: the header, the touch hint, announcements, the QR code.

Also the one screen shown instead of the programme while the computer's clock is not yet set.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from ui import theme as th
from ui.display.layout import Layout
from ui.display.parts import Icon, QrCode, Shape, qr_matrix
from ui.i18n import tr

HEADER_SHARE = 0.3  # of the screen's height, at most, for the event's name, theme and venue
BANNER_SHARE = 0.4  # of the screen below the header, at most, for announcements
HEADER_LINES = ((4, 8, 2), (3, 4, 2), (2, 3, 1), (2, 2, 1), (1, 2, 1), (1, 1, 1))  # tried in turn


class Frame(Layout):
    """The parts around every phase's content."""

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
            date_line += ("\u2028" if self.portrait else "  ·  ") + tr(
                "Day %1 of %2", args=(day.index + 1, len(self.agenda.days)))
        date_w = max(clock_w, 420 * u) if self.portrait else 700 * u
        date = self.txt(date_line, "body", date_w, th.SECONDARY, max_lines=2, align="right")
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
        for block, role, gap in zip(blocks, ("event", "theme", "venue"), (6 * u, 4 * u, 0), strict=True):
            self.put(block, m, y).role = role
            y = block.rect.bottom() + gap
        left_bottom = y
        bottom = max(left_bottom, right_bottom) + 28 * u
        self.scene.add(Shape(QRectF(m, bottom, self.w - 2 * m, max(1.0, 2 * u)), th.RULE, role="rule"))
        return bottom + 40 * u

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

    def qr(self) -> None:
        """The QR code in the bottom-right corner, with a word of what it is for."""
        u = self.u
        size = 190 * u
        x, y = self.w - self.margin - size, self.h - 48 * u - size
        self.scene.add(QrCode(QRectF(x, y, size, size), qr_matrix(self.qr_url)))
        caption = self.txt(tr("The programme on your phone"), "meta", 260 * u, th.LABEL, max_lines=3,
                           align="right")
        self.put(caption, x - 280 * u, y).role = "qr-caption"  # above the footer line, beside the code
        if self.portrait:
            self.bottom = min(self.bottom, y - 28 * u)
        self.right_bottom = min(self.right_bottom, y - 28 * u)

    def waiting_for_time(self, top: float) -> None:
        """The PC's clock is implausible (no battery, not synced yet): show no session at all."""
        u = self.u
        width = self.w - 2 * self.margin
        y = top + 120 * u
        icon = 120 * u
        self.scene.add(Icon(QRectF((self.w - icon) / 2, y, icon, icon), "fa6s.clock", th.GOLD))
        y += icon + 40 * u
        hero = self.put(self.txt(tr("Waiting for the correct time"), "hero", width, max_lines=3, align="center"),
                        self.margin, y)
        hero.role = "hero"
        self.put(self.txt(tr("The programme appears as soon as this computer's clock is set."), "subtitle", width,
                          th.SECONDARY, max_lines=3, align="center"), self.margin, hero.rect.bottom() + 20 * u)
