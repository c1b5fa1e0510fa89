"""The live kiosk's window (``KioskWindow``): the display, the touch browser and the staff panel over it,
the way back to the display, and the key and corner guard. The editor and --screens have windows of their own."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from kiosk.clock import Clock
from kiosk.model import Agenda
from ui.display.view import DisplayView
from ui.i18n import tr
from ui.process import forget_module_sources
from ui.wording import glued

if TYPE_CHECKING:  # the browser itself is imported when first needed
    from PySide6.QtGui import QKeySequence

    from ui.browser.view import BrowserView

log = logging.getLogger("kiosk")

IDLE_TIMEOUT_S = 60
HOLD_MS = 3000             # the staff gesture: hold the top-left corner this long
CORNER = 120               # px at 1080p
STAFF_SHORTCUT = "Ctrl+Alt+S"
WARNING_S = 10
ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate, QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.Gesture}


class IdleWatcher(QObject):
    """Counts time without a touch; warns for the last seconds, then expires.

    The timers are the seam for tests: ``warn()`` and ``expire()`` are what they call.
    """

    warning = Signal(int)
    cancelled = Signal()
    expired = Signal()

    def __init__(self, timeout_s: float = IDLE_TIMEOUT_S, warning_s: float = WARNING_S, parent=None):
        super().__init__(parent)
        self.timeout_s = max(5.0, float(timeout_s))
        self.warning_s = min(warning_s, self.timeout_s / 2)
        self.active = False
        self.warning_left = 0
        self.warn_timer = self._timer(self.warn, single=True)
        self.expire_timer = self._timer(self.expire, single=True)
        self.countdown = self._timer(self._count, single=False)
        self.countdown.setInterval(1000)

    def _timer(self, slot, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    def start(self) -> None:
        self.active = True
        QApplication.instance().installEventFilter(self)
        self.poke()

    def stop(self) -> None:
        self.active = False
        QApplication.instance().removeEventFilter(self)
        for timer in (self.warn_timer, self.expire_timer, self.countdown):
            timer.stop()
        if self.warning_left:
            self.warning_left = 0
            self.cancelled.emit()

    def poke(self) -> None:
        """Someone touched the screen: start counting again."""
        if not self.active:
            return
        self.warn_timer.start(int((self.timeout_s - self.warning_s) * 1000))
        self.expire_timer.start(int(self.timeout_s * 1000))
        self.countdown.stop()
        if self.warning_left:
            self.warning_left = 0
            self.cancelled.emit()

    def warn(self) -> None:
        if not self.active:
            return
        self.warning_left = int(self.warning_s)
        self.countdown.start()
        self.warning.emit(self.warning_left)

    def _count(self) -> None:
        self.warning_left = max(1, self.warning_left - 1)
        self.warning.emit(self.warning_left)

    def expire(self) -> None:
        if self.active:
            self.stop()
            self.expired.emit()

    def eventFilter(self, watched, event) -> bool:
        if self.active and event.type() in ACTIVITY:
            self.poke()
        return False


class Guard(QObject):
    """Keys and gestures for the whole application: no way out for attendees, one for staff."""

    def __init__(self, window: KioskWindow):
        super().__init__(window)
        self.window = window
        self.hold = QTimer(self, singleShot=True, interval=HOLD_MS)
        self.hold.timeout.connect(self._held)
        self.swallow_release = False

    def _in_corner(self, watched, event) -> bool:
        """Whether a press is in the kiosk's top-left corner, in the kiosk's own (upright) coordinates."""
        if not isinstance(watched, QWidget) or not (watched is self.window or self.window.isAncestorOf(watched)):
            return False
        side = round(CORNER * max(0.5, min(self.window.width(), self.window.height()) / 1080))
        point = watched.mapTo(self.window, event.position().toPoint())
        return QRect(0, 0, side, side).contains(point)

    def _held(self) -> None:
        self.swallow_release = True
        self.window.open_staff()

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            # (imported here: its Python enum types would be made before the first frame)
            from PySide6.QtGui import QKeySequence
            combo = QKeySequence(event.keyCombination())
            if combo.matches(QKeySequence(STAFF_SHORTCUT)) == QKeySequence.SequenceMatch.ExactMatch:
                self.window.open_staff()
                return True
            # The staff panel takes a keyboard's digits, Backspace, Enter and Escape (its Cancel),
            # whichever widget has the focus; Alt+F4 and the like are refused below as ever.
            if self.window.in_staff and self.window.staff.take_key(event):
                return True
            if self.window.kiosk_mode and self._is_escape(event, combo):
                log.info("ignored a key that would close the kiosk: %s", combo.toString() or event.key())
                return True
        elif kind == QEvent.Type.MouseButtonPress:
            if self._in_corner(watched, event):
                self.hold.start()
        elif kind == QEvent.Type.MouseMove and self.hold.isActive():
            inside = isinstance(watched, QWidget) and self.window.isAncestorOf(watched)
            if inside and not self._in_corner(watched, event):
                self.hold.stop()
        elif kind == QEvent.Type.MouseButtonRelease:
            self.hold.stop()
            if self.swallow_release:
                self.swallow_release = False
                return True
        return False

    @staticmethod
    def _is_escape(event, combo: QKeySequence) -> bool:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            return True
        closing = [QKeySequence.StandardKey.Close, QKeySequence.StandardKey.Quit]
        if any(combo.matches(QKeySequence(k)) == QKeySequence.SequenceMatch.ExactMatch for k in closing):
            return True
        text = combo.toString()
        return text in ("Alt+F4", "Ctrl+Q", "Ctrl+W", "Ctrl+F4", "Meta+Q")


def keep_on_top(window: QWidget) -> None:
    """A full-screen kiosk's window: frameless, above every other window, without a pointer.

    Set on the shown window once its first frame is on the screen: Qt's window flags and cursor
    shapes are enums of its namespace, which the first frame does without (ui.painting says why).
    ``setWindowFlags`` would hide the window and make it again; the shown window's flags are set
    instead, which X11 window managers apply as they stand (above others, no frame).
    """
    from PySide6.QtCore import Qt
    flags = window.windowFlags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
    window.overrideWindowFlags(flags)
    if window.windowHandle() is not None:
        window.windowHandle().setFlags(flags)
    window.setCursor(Qt.CursorShape.BlankCursor)


class KioskWindow(QStackedWidget):
    def __init__(self, agenda: Agenda, clock: Clock, lang: str = "en", idle_timeout_s: float = IDLE_TIMEOUT_S,
                 feed=None, kiosk_mode: bool = False, staff_pin: str = "0000", qr_url: str | None = None,
                 staff_language: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.kiosk_mode = kiosk_mode
        self.exiting = False
        self.display = DisplayView(agenda, clock, lang, qr_url=qr_url)
        self.addWidget(self.display)
        self.lang, self.staff_pin = lang, staff_pin
        self.staff_language = staff_language or lang.split("+")[0]  # the panel's, whatever the display shows
        # The browser and the staff panel are built on first use (or just after the first frame):
        # the display must not wait for them.
        self._browser: BrowserView | None = None
        self._staff = None
        self._paused = False  # the application-wide filters are off while widgets are built
        self.guard = Guard(self)
        QApplication.instance().installEventFilter(self.guard)
        self.idle = IdleWatcher(idle_timeout_s, parent=self)
        self.display.touched.connect(self.open_browser)
        self.idle.expired.connect(self.show_display)
        self.idle.warning.connect(self._warn)
        self.idle.cancelled.connect(self._unwarn)
        # The clock's watchdog and the agenda file's poll share one timer: one wakeup, not two.
        self.checks = QTimer(self, interval=self.display.watchdog.interval())
        self.checks.timeout.connect(self.display.check_clock)
        self.feed = feed
        if feed is not None:
            if feed.parent() is None:  # the window owns its feed: no watcher or timer outlives it
                feed.setParent(self)
            feed.changed.connect(self.set_agenda)
            feed.rejected.connect(self._agenda_rejected)
            feed.poll_by(self.checks)

    def _agenda_rejected(self, _problem: str) -> None:
        self.display.set_marker(True)

    def contextMenuEvent(self, event) -> None:
        event.accept()  # no menus, ever: what a view leaves ends here

    @property
    def browser(self) -> BrowserView:
        if self._browser is None:
            from PySide6.QtWidgets import QSizePolicy

            from ui.browser.view import BrowserView
            with self._filters_paused():
                self._browser = BrowserView(self.display.agenda, self.lang, size=self.size())
            self._browser.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.addWidget(self._browser)
            self.display.refreshed.connect(self._browser.set_state)
            self._browser.home.connect(self.show_display)
            self._browser.set_state(self.display.state)
            forget_module_sources()  # what importing the browser read
        return self._browser

    @contextmanager
    def _filters_paused(self):
        """Build widgets with the application-wide event filters off.

        With a Python filter on the application, every event of every new child object reaches
        Python, and PySide6 makes a Python type, with its enums, for each C++ class it meets there
        (QAbstractSlider, QProcess, ...): building the browser made twice as many enums, and took
        longer. Building is synchronous, so no touch or key can arrive meanwhile. Nested pauses
        leave the filters off until the outermost one ends.
        """
        if self._paused:
            yield
            return
        app = QApplication.instance()
        paused = [self.guard] + ([self.idle] if self.idle.active else [])
        for watcher in paused:
            app.removeEventFilter(watcher)
        self._paused = True
        try:
            yield
        finally:
            self._paused = False
            for watcher in paused:
                app.installEventFilter(watcher)

    @property
    def staff(self):
        if self._staff is None:
            from PySide6.QtWidgets import QSizePolicy

            from ui.staff import StaffPanel
            with self._filters_paused():
                self._staff = StaffPanel(self, self.staff_pin, lang=self.staff_language)
            self._staff.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.addWidget(self._staff)
            self._staff.closed.connect(self.show_display)
            self._staff.exit_requested.connect(self.request_exit)
            forget_module_sources()
        return self._staff

    def set_agenda(self, agenda: Agenda) -> None:
        """A valid new agenda: the display and the browser follow it at once."""
        self.display.set_marker(False)
        self.display.set_agenda(agenda)
        if self._browser is not None:
            self._browser.set_agenda(agenda)

    @property
    def browsing(self) -> bool:
        return self._browser is not None and self.currentWidget() is self._browser

    @property
    def in_staff(self) -> bool:
        return self._staff is not None and self.currentWidget() is self._staff

    def open_staff(self) -> None:
        if self.in_staff:
            return
        self.setCurrentWidget(self.staff)
        self.staff.open_keypad()
        self.idle.start()  # a panel left open returns to the display like the browser does

    def request_exit(self) -> None:
        log.info("kiosk stopped from the staff panel")
        self.exiting = True
        self.idle.stop()
        self.close()
        QApplication.instance().quit()

    def closeEvent(self, event) -> None:
        if self.kiosk_mode and not self.exiting:
            log.info("ignored a request to close the kiosk window")
            event.ignore()
            return
        QApplication.instance().removeEventFilter(self.guard)
        super().closeEvent(event)

    def start(self) -> None:
        self.display.start(watch_clock=False)
        self.checks.start()

    def prepare_browser(self) -> None:
        """Import the browser's code ahead of the first touch (the live kiosk calls this once its
        first frame is on the screen): the first tap then only builds the widgets. Importing
        makes PySide6 create the Python types and enums of the browser's Qt classes, a part of a
        first tap's work (and memory), as does the first scroll area's viewport; the browser
        itself is still built on first use."""
        if self._browser is None:
            import ui.browser.view  # noqa: F401
            from ui.widgets import prepare_scroll_areas
            prepare_scroll_areas()
            forget_module_sources()  # what importing the browser read

    def open_browser(self) -> None:
        # Switching views sends show, layout and resize events to every widget of the browser;
        # none of them is a touch or a key, so the guard need not see them.
        with self._filters_paused():
            self.display.refresh(fade=False)
            self.setCurrentWidget(self.browser)  # first, so the list knows its size when it scrolls
            self.browser.set_language(self.display.lang)  # starts in the language the display showed
            self.browser.open_at_today(self.display.state)
        self.idle.start()

    def show_display(self) -> None:
        self.idle.stop()
        self._unwarn()
        self.display.refresh(fade=False)  # the state of this moment, in the display's own language
        self.setCurrentWidget(self.display)

    def _warn(self, seconds: int) -> None:
        words = glued(tr("Returning to the display in %n s — touch anywhere to stay", None, seconds))
        if self.in_staff:  # on the panel itself: the browser is not built for a line nobody sees
            self.staff.show_hint(words)
        else:
            self.browser.hint.setText(words)

    def _unwarn(self) -> None:
        for view in (self._browser, self._staff):
            if view is not None:
                view.hint.setText("")
