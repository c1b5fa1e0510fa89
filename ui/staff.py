"""The staff panel: behind a PIN typed on an on-screen keypad, the few things staff do on the day.

Delay the programme from now (written into the agenda as an adjustment, so it survives a
restart), clear that delay, reload the agenda, see diagnostics, preview the display at another
time, and exit the kiosk. Three wrong PINs in a row lock the keypad, longer with each further
one and across restarts (the rule is kiosk.lockout's); nothing about the PIN is ever shown or logged.
"""

from __future__ import annotations

import hmac
import logging
import math
import platform
from datetime import timedelta

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout,
                               QWidget)

from kiosk.clock import RehearsalClock
from kiosk.lockout import Lockout, duration_words
from kiosk.problems import AgendaError
from kiosk.sources import is_url
from ui import theme as th
from ui.browser import plain_label
from ui.i18n import tr

log = logging.getLogger("kiosk.staff")

DELAYS = (5, 10, 15)


class RecentLog(logging.Handler):
    """Keeps the last lines of the log for the diagnostics page."""

    def __init__(self, size: int = 12):
        super().__init__(level=logging.INFO)
        self.lines: list[str] = []
        self.size = size
        self.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))

    def emit(self, record) -> None:
        self.lines = (self.lines + [self.format(record)])[-self.size:]


RECENT = RecentLog()
logging.getLogger("kiosk").addHandler(RECENT)


class StaffPanel(QWidget):
    closed = Signal()          # back to the display
    exit_requested = Signal()  # staff chose to stop the kiosk

    def __init__(self, window, pin: str, lockout: Lockout | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("staff")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.window_ = window
        self._pin = pin
        self.lockout = lockout if lockout is not None else Lockout()  # shared by the kiosks on this PC
        self.entered = ""
        self.preview_offset = timedelta(0)
        self.theme = th.Theme(unit=1.0, family=th.register_fonts())
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.pages)
        self.pages.addWidget(self._keypad_page())
        self.pages.addWidget(self._panel_page())
        self.pages.addWidget(self._diagnostics_page())
        self.pages.addWidget(self._preview_page())
        self.setStyleSheet(f"""
            #staff {{ background: {th.BACKGROUND_TOP.name()}; }}
            QPushButton {{ background: {th.CARD.name()}; color: {th.TEXT.name()}; border: none;
                          border-radius: 18px; padding: 0 24px; min-height: 72px; min-width: 96px; }}
            QPushButton:pressed {{ background: {th.TRACK.name()}; }}
            QPushButton#danger {{ background: #5A2330; }}
        """)
        self.lock_timer = QTimer(self, singleShot=True)  # the lock's count-down, then the keys back
        self.lock_timer.timeout.connect(self._unlock)

    # --- pages ----------------------------------------------------------------------------------

    def _button(self, text: str, slot, name: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setFont(self.theme.font("browser_button"))
        button.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        if name:
            button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _keypad_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(plain_label(tr("Staff panel"), "browser_heading", self.theme))
        self.pin_dots = plain_label("", "browser_clock", self.theme, th.TEAL, wrap=False)
        self.pin_dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_message = plain_label(tr("Enter the staff PIN"), "browser_body", self.theme, th.SECONDARY)
        self.pin_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.pin_dots)
        column.addWidget(self.pin_message)
        grid = QGridLayout()
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate("123456789"):
            self.keys[key] = self._button(key, lambda _=False, k=key: self.press(k))
            grid.addWidget(self.keys[key], index // 3, index % 3)
        self.keys["⌫"] = self._button("⌫", lambda: self.press("⌫"))
        self.keys["0"] = self._button("0", lambda: self.press("0"))
        self.keys["OK"] = self._button(tr("OK"), lambda: self.press("OK"))
        for key in self.keys.values():  # a keypad for fingers: large keys
            key.setMinimumSize(150, 96)
        for col, key in enumerate(("⌫", "0", "OK")):
            grid.addWidget(self.keys[key], 3, col)
        wrapper = QHBoxLayout()
        wrapper.addStretch(1)
        wrapper.addLayout(grid)
        wrapper.addStretch(1)
        column.addLayout(wrapper)
        column.addStretch(1)
        cancel = QHBoxLayout()
        cancel.addWidget(self._button(tr("Cancel"), self.close_panel))
        cancel.addStretch(1)
        column.addLayout(cancel)
        return page

    def _panel_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(22)
        column.addWidget(plain_label(tr("Staff panel"), "browser_heading", self.theme))
        self.status = plain_label("", "browser_body", self.theme, th.SECONDARY)
        column.addWidget(self.status)
        column.addSpacing(12)
        column.addWidget(plain_label(tr("The programme runs late"), "browser_label", self.theme, th.LABEL))
        row = QHBoxLayout()
        self.delay_buttons = []
        for minutes in DELAYS:
            button = self._button(tr("Delay %n min", None, minutes), lambda _=False, m=minutes: self.delay(m))
            self.delay_buttons.append(button)
            row.addWidget(button)
        self.clear_button = self._button(tr("Clear delay"), self.clear_delay)
        row.addWidget(self.clear_button)
        column.addLayout(row)
        column.addSpacing(12)
        column.addWidget(plain_label(tr("Check"), "browser_label", self.theme, th.LABEL))
        row = QHBoxLayout()
        row.addWidget(self._button(tr("Reload agenda"), self.reload))
        row.addWidget(self._button(tr("Diagnostics"), self.show_diagnostics))
        row.addWidget(self._button(tr("Preview another time"), self.show_preview))
        column.addLayout(row)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self._button(tr("Back to the display"), self.close_panel))
        row.addStretch(1)
        row.addWidget(self._button(tr("Exit the kiosk"), self.exit_requested.emit, name="danger"))
        column.addLayout(row)
        return page

    def _diagnostics_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(plain_label(tr("Diagnostics"), "browser_heading", self.theme))
        self.diagnostics = plain_label("", "browser_small", self.theme, th.SECONDARY)
        column.addWidget(self.diagnostics)
        column.addStretch(1)
        column.addWidget(self._button(tr("Back"), lambda: self.pages.setCurrentIndex(1)))
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.preview_title = plain_label("", "browser_heading", self.theme)
        column.addWidget(self.preview_title)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.preview, 1)
        row = QHBoxLayout()
        for label, minutes in (("−1 h", -60), ("−10 min", -10), ("+10 min", 10), ("+1 h", 60), ("+1 day", 1440)):
            row.addWidget(self._button(label, lambda _=False, m=minutes: self.move_preview(m)))
        column.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self._button(tr("Next change"), self.preview_next_change))
        row.addStretch(1)
        row.addWidget(self._button(tr("Back"), lambda: self.pages.setCurrentIndex(1)))
        column.addLayout(row)
        return page

    # --- the PIN ----------------------------------------------------------------------------------

    def open_keypad(self) -> None:
        self.entered = ""
        self._show_dots()
        self.pages.setCurrentIndex(0)
        self._unlock()  # or show a lock from before a restart, or from another screen's keypad

    @property
    def locked(self) -> bool:
        return self.lockout.remaining() > 0

    def press(self, key: str) -> None:
        if self._show_lock():
            return
        if key == "⌫":
            self.entered = self.entered[:-1]
        elif key == "OK":
            self._try()
            return
        elif len(self.entered) < 8:
            self.entered += key
        self._show_dots()

    def _show_dots(self) -> None:
        self.pin_dots.setText("●" * len(self.entered) or " ")

    def _try(self) -> None:
        entered, self.entered = self.entered, ""
        self._show_dots()
        if hmac.compare_digest(entered.encode(), self._pin.encode()):
            self.lockout.success()
            log.info("staff panel opened")
            self.show_panel()
            return
        state = self.lockout.failure()
        if state.lock_s:
            log.warning("staff panel: wrong PIN (%d in a row; keypad locked for %s)", state.failures,
                        duration_words(state.lock_s))
            self._show_lock()
        else:
            log.warning("staff panel: wrong PIN (%d in a row)", state.failures)
            self.pin_message.setText(tr("Wrong PIN"))

    def _show_lock(self) -> bool:
        """While the keypad is locked: keys off, how long it stays locked, a timer for the next
        change of that text. False when it is open."""
        remaining = self.lockout.remaining()
        if remaining <= 0:
            return False
        for key in self.keys.values():
            key.setEnabled(False)
        if remaining > 60:
            minutes = math.ceil(remaining / 60)
            self.pin_message.setText(tr("Too many wrong PINs. Try again in %n min.", None, minutes))
            until_change = remaining - (minutes - 1) * 60
        else:
            seconds = math.ceil(remaining)
            self.pin_message.setText(tr("Too many wrong PINs. Try again in %n s.", None, seconds))
            until_change = remaining - (seconds - 1)
        self.lock_timer.start(max(50, math.ceil(until_change * 1000)))
        return True

    def _unlock(self) -> None:
        """The lock timer: the count-down goes on while the lock lasts (timers fire early, clocks
        are set back); once it is over, the keys come back."""
        if self._show_lock():
            return
        self.lock_timer.stop()
        for key in self.keys.values():
            key.setEnabled(True)
        self.pin_message.setText(tr("Enter the staff PIN"))

    # --- actions ----------------------------------------------------------------------------------

    def show_panel(self) -> None:
        feed = self.window_.feed
        state = self.window_.display.state
        writable = feed is not None and not is_url(feed.source)
        for button in self.delay_buttons + [self.clear_button]:
            button.setEnabled(writable)
        parts = [tr("Now: %1").replace("%1", str(state.current.title) if state.current else "—"),
                 tr("Next: %1").replace("%1", str(state.next.title) if state.next else "—")]
        if not writable:
            parts.append(tr("The agenda comes from a server: change delays there."))
        self.status.setText("\n".join(parts))
        self.pages.setCurrentIndex(1)

    def _edit(self, change) -> None:
        from kiosk.staffedit import EditRefused
        feed = self.window_.feed
        try:
            agenda = change(feed.source)
        except (AgendaError, EditRefused, OSError) as err:  # the checker's or the writer's words
            lines = str(err).splitlines() or [type(err).__name__]
            log.warning("staff panel: not changed: %s", lines[0])
            for line in lines[1:]:
                log.info("  %s", line)
            self.status.setText(tr("Not changed: %1").replace("%1", lines[0]))
            return
        feed.reload()
        if feed.agenda is not agenda and feed.problem is None:
            self.window_.set_agenda(feed.agenda)
        self.show_panel()

    def delay(self, minutes: int) -> None:
        from kiosk.staffedit import add_delay
        state = self.window_.display.state
        if state.next is None:
            self.status.setText(tr("Nothing is left to delay."))
            return
        log.info("staff panel: delay %d min from %s", minutes, state.next.id)
        self._edit(lambda path: add_delay(path, state.next.id, minutes))

    def clear_delay(self) -> None:
        from kiosk.staffedit import clear_delays
        log.info("staff panel: delays cleared")
        self._edit(clear_delays)

    def reload(self) -> None:
        feed = self.window_.feed
        if feed is not None:
            log.info("staff panel: reload")
            feed.reload()
        self.show_panel()

    def diagnostics_text(self) -> str:
        import kiosk
        window = self.window_
        feed = window.feed
        clock = window.display.clock
        screen = window.screen() or QGuiApplication.primaryScreen()
        size = screen.size() if screen else QSize()
        agenda = window.display.agenda
        lines = [
            f"kiosk {kiosk.__version__} · Python {platform.python_version()} · {platform.system()} {platform.release()}",
            tr("Agenda: %1").replace("%1", agenda.source),
            tr("Loaded: %1 items; last problem: %2").replace("%1", str(len(agenda.items))).replace(
                "%2", feed.problem if feed is not None and feed.problem else "—"),
            tr("Screen: %1 × %2, window %3 × %4").replace("%1", str(size.width())).replace(
                "%2", str(size.height())).replace("%3", str(window.width())).replace("%4", str(window.height())),
            tr("Clock: %1 (event time, %2)").replace("%1", clock.now().astimezone(agenda.timezone).strftime(
                "%Y-%m-%d %H:%M:%S")).replace("%2", agenda.timezone.key),
            "",
            tr("Recent log:"),
            *RECENT.lines,
        ]
        return "\n".join(lines)

    def show_diagnostics(self) -> None:
        self.diagnostics.setText(self.diagnostics_text())
        self.pages.setCurrentIndex(2)

    def show_preview(self) -> None:
        self.preview_offset = timedelta(0)
        self._render_preview()
        self.pages.setCurrentIndex(3)

    def move_preview(self, minutes: int) -> None:
        self.preview_offset += timedelta(minutes=minutes)
        self._render_preview()

    def preview_next_change(self) -> None:
        from kiosk.schedule import state_at
        display = self.window_.display
        at = display.clock.now() + self.preview_offset
        state = state_at(display.agenda, at)
        if state.next_change is not None:
            self.preview_offset = state.next_change - display.clock.now()
        self._render_preview()

    def _render_preview(self) -> None:
        from ui.display import DisplayView
        display = self.window_.display
        at = display.clock.now() + self.preview_offset
        view = DisplayView(display.agenda, RehearsalClock(at, speed=0), display.lang)
        view.resize(display.size())
        image = view.render_image()
        view.deleteLater()
        self.preview_title.setText(tr("Preview: %1").replace("%1", at.astimezone(
            display.agenda.timezone).strftime("%a %d %b %H:%M")))
        space = self.preview.size() if self.preview.width() > 50 else QSize(1280, 720)
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(space, Qt.AspectRatioMode.KeepAspectRatio,
                                                               Qt.TransformationMode.SmoothTransformation))

    def close_panel(self) -> None:
        self.entered = ""
        self.closed.emit()
