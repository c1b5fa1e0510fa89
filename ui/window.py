"""The kiosk's one window: the display, and the touch browser over it that returns by itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget

from kiosk.clock import Clock
from kiosk.model import Agenda
from ui.browser import BrowserView
from ui.display import DisplayView
from ui.i18n import tr

IDLE_TIMEOUT_S = 60
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


class KioskWindow(QStackedWidget):
    def __init__(self, agenda: Agenda, clock: Clock, lang: str = "en", idle_timeout_s: float = IDLE_TIMEOUT_S,
                 feed=None, parent=None):
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.display = DisplayView(agenda, clock, lang)
        self.browser = BrowserView(agenda, lang)
        self.addWidget(self.display)
        self.addWidget(self.browser)
        self.idle = IdleWatcher(idle_timeout_s, parent=self)
        self.display.touched.connect(self.open_browser)
        self.display.refreshed.connect(self.browser.set_state)
        self.browser.home.connect(self.show_display)
        self.idle.expired.connect(self.show_display)
        self.idle.warning.connect(self._warn)
        self.idle.cancelled.connect(lambda: self.browser.hint.setText(""))
        self.feed = feed
        if feed is not None:
            feed.changed.connect(self.set_agenda)
            feed.rejected.connect(lambda _problem: self.display.set_marker(True))

    def set_agenda(self, agenda: Agenda) -> None:
        """A valid new agenda: the display and the browser follow it at once."""
        self.display.set_marker(False)
        self.display.set_agenda(agenda)
        self.browser.set_agenda(agenda)

    @property
    def browsing(self) -> bool:
        return self.currentWidget() is self.browser

    def start(self) -> None:
        self.display.start()

    def open_browser(self) -> None:
        self.display.refresh(fade=False)
        self.setCurrentWidget(self.browser)  # first, so the list knows its size when it scrolls
        self.browser.open_at_today(self.display.state)
        self.idle.start()

    def show_display(self) -> None:
        self.idle.stop()
        self.browser.hint.setText("")
        self.display.refresh(fade=False)  # the state of this moment, not of when browsing began
        self.setCurrentWidget(self.display)

    def _warn(self, seconds: int) -> None:
        self.browser.hint.setText(tr("Returning to the display in %n s — touch anywhere to stay", None, seconds))
