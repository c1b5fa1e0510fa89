"""The lobby display: paints the scene for the current state and changes exactly at boundaries.

One single-shot timer is armed for ``next_change``; a second one for the next minute keeps the
clock and the "ends in" words true; a slow watchdog notices wall-clock jumps (NTP, sleep).
When a timer fires the display asks the clock again rather than assuming the time has come.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta

from PySide6.QtCore import QEasingCurve, QPointF, Qt, QTimeLine, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from kiosk.clock import Clock
from kiosk.model import Agenda
from kiosk.schedule import ScheduleState, state_at
from ui.i18n import languages_of
from ui.theme import display_unit
from ui.scene import Scene, build_scene

log = logging.getLogger("kiosk.display")

MAX_TIMER_MS = 60 * 60 * 1000  # re-check at least hourly; QTimer also caps at 2**31-1 ms
PAGE_SECONDS = 10              # people that do not fit page gently at this pace
DRIFT_SECONDS = 180            # burn-in care: the composition moves a few pixels this often
DRIFT_STEPS = [(0, 0), (1, 1), (2, 0), (1, -1), (0, -2), (-1, -1), (-2, 0), (-1, 1)]
FADE_MS = 600
LANGUAGE_SECONDS = 20
JUMP_TOLERANCE_S = 2.0


def describe_state(state: ScheduleState) -> str:
    return (f"state: {state.phase} current={state.current.id if state.current else '-'} "
            f"next={state.next.id if state.next else '-'}")


class DisplayView(QWidget):
    stateChanged = Signal(object)  # the screen's state changed (a boundary passed)
    refreshed = Signal(object)     # recomputed (every minute and at boundaries)
    touched = Signal()             # a tap: open the browser

    def __init__(self, agenda: Agenda, clock: Clock, lang: str = "en", parent: QWidget | None = None,
                 monotonic=time.monotonic, qr_url: str | None = None):
        super().__init__(parent)
        self.setObjectName("display")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.agenda, self.clock = agenda, clock
        # "en", "ru", or "en+ru": the lobby default alternates every LANGUAGE_SECONDS.
        self.languages = languages_of(lang)
        self.lang = self.languages[0]
        self._monotonic = monotonic
        self.state: ScheduleState = state_at(agenda, clock.now())
        self._scene: Scene | None = None
        self._serial = 0  # counts scenes, so the kept picture knows when it is out of date
        self.page = 0
        self.drift_step = 0
        self.armed_for: datetime | None = None
        self.changes = 0
        self.marker = False  # the staff-only sign that the last agenda edit was not applied
        self.qr_url = qr_url
        # The painted screen is kept as a picture: a repaint or a fade frame is then a blit, and the
        # scene is laid out and drawn once per change, not 25 times a second during a fade.
        self._frame: QPixmap | None = None
        self._frame_key = None
        self._fade_from: QPixmap | None = None
        self._fade = QTimeLine(FADE_MS, self)
        self._fade.setUpdateInterval(40)  # 25 frames a second is smooth for a soft cross-fade
        self._fade.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._fade.valueChanged.connect(self.update)
        self._fade.finished.connect(self._end_fade)

        self.boundary_timer = self._single_shot(self.on_boundary)
        self.minute_timer = self._single_shot(self.on_minute)
        self.page_timer = QTimer(self, interval=PAGE_SECONDS * 1000)
        self.page_timer.timeout.connect(self.next_page)
        self.drift_timer = QTimer(self, interval=DRIFT_SECONDS * 1000)
        self.drift_timer.timeout.connect(self.next_drift)
        self.language_timer = QTimer(self, interval=LANGUAGE_SECONDS * 1000)
        self.language_timer.timeout.connect(self.next_language)
        self.watchdog = QTimer(self, interval=2000)
        self.watchdog.timeout.connect(self.check_clock)
        self._last_wall = clock.now()
        self._last_mono = monotonic()
        log.info(describe_state(self.state))

    @property
    def scene(self) -> Scene | None:
        return self._scene

    @scene.setter
    def scene(self, scene: Scene | None) -> None:
        self._scene = scene
        self._serial += 1

    def _single_shot(self, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        return timer

    # --- running ------------------------------------------------------------------------------

    def start(self) -> None:
        """Arm the timers; the view is static (as for a screenshot) until this is called."""
        self._arm()
        self.drift_timer.start()
        self.watchdog.start()
        if len(self.languages) > 1:
            self.language_timer.start()

    def _ms_until(self, instant: datetime) -> int:
        speed = self.clock.speed or 1.0
        seconds = (instant - self.clock.now()).total_seconds() / speed
        return int(min(MAX_TIMER_MS, max(0.0, seconds * 1000)))

    def _arm(self) -> None:
        self.armed_for = self.state.next_change
        if self.armed_for is not None:
            self.boundary_timer.start(self._ms_until(self.armed_for) + 1)
        else:
            self.boundary_timer.stop()
        now = self.clock.now()
        next_minute = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
        self.minute_timer.start(self._ms_until(next_minute) + 1)
        if self.scene is not None and self.scene.pages > 1:
            if not self.page_timer.isActive():
                self.page_timer.start()
        else:
            self.page_timer.stop()

    def refresh(self, fade: bool = True) -> bool:
        """Ask the clock and the schedule again; returns whether the screen's state changed."""
        now = self.clock.now()
        new = state_at(self.agenda, now)
        changed = not new.same_screen(self.state)
        if changed and fade and self.isVisible():
            self._start_fade()
        if changed:
            self.page = 0
            self.changes += 1
        self.state = new
        self.scene = self._build()
        if changed:
            log.info(describe_state(new))
            self.stateChanged.emit(new)
        self.refreshed.emit(new)
        self._arm()
        self.update()
        return changed

    def set_agenda(self, agenda: Agenda) -> None:
        self.agenda = agenda
        self.refresh()

    def set_marker(self, shown: bool) -> None:
        if shown != self.marker:
            self.marker = shown
            self.scene = self._build()
            self.update()

    def on_boundary(self) -> None:
        self.refresh()

    def on_minute(self) -> None:
        self.refresh()

    def next_page(self) -> None:
        if self.scene is None or self.scene.pages <= 1:
            return
        if self.isVisible():
            self._start_fade()
        self.page = (self.page + 1) % self.scene.pages
        self.scene = self._build()
        self.update()

    def next_language(self) -> None:
        """The next language of an alternating screen, never in the middle of a state change's fade."""
        if len(self.languages) < 2:
            return
        if self._fade.state() == QTimeLine.State.Running:
            QTimer.singleShot(FADE_MS + 50, self.next_language)
            return
        if self.isVisible():
            self._start_fade()
        self.lang = self.languages[(self.languages.index(self.lang) + 1) % len(self.languages)]
        self.scene = self._build()
        self.update()

    def next_drift(self) -> None:
        self.drift_step = (self.drift_step + 1) % len(DRIFT_STEPS)
        self.update()

    def check_clock(self) -> bool:
        """Notice a jump of the wall clock (NTP step, resume from sleep) and recompute at once."""
        wall, mono = self.clock.now(), self._monotonic()
        expected = self._last_wall + timedelta(seconds=(mono - self._last_mono) * (self.clock.speed or 0.0))
        self._last_wall, self._last_mono = wall, mono
        if abs((wall - expected).total_seconds()) > JUMP_TOLERANCE_S * max(1.0, self.clock.speed):
            log.warning("clock jumped by %+.0f s; recomputing", (wall - expected).total_seconds())
            self.refresh()
            return True
        return False

    # --- painting ------------------------------------------------------------------------------

    def _build(self) -> Scene:
        # state.at is refreshed at every minute tick, so the words ("ends in") stay true.
        return build_scene(self.agenda, self.state, max(1, self.width()), max(1, self.height()),
                           page=self.page, lang=self.lang, marker=self.marker, qr_url=self.qr_url)

    def drift(self) -> tuple[float, float]:
        unit = display_unit(self.width(), self.height())
        dx, dy = DRIFT_STEPS[self.drift_step]
        return dx * 3 * unit, dy * 3 * unit

    def mousePressEvent(self, event) -> None:
        event.accept()  # take the press, so the release comes here too (also inside a rotated host)

    def mouseReleaseEvent(self, event) -> None:
        # On release, so the same touch does not also land on the browser that opens.
        if event.button() == Qt.MouseButton.LeftButton:
            self.touched.emit()

    def contextMenuEvent(self, event) -> None:
        event.accept()  # no menus, ever

    def resizeEvent(self, event) -> None:
        self.scene = self._build()
        super().resizeEvent(event)

    def paint_into(self, painter: QPainter, with_drift: bool = True) -> None:
        if self.scene is None or (self.scene.width, self.scene.height) != (self.width(), self.height()):
            self.scene = self._build()
        dx, dy = self.drift() if with_drift else (0.0, 0.0)
        self.scene.paint(painter, dx, dy)

    def _start_fade(self) -> None:
        """Cross-fade from what is on screen now to what the next build shows."""
        self._fade_from = self._frame
        self._frame = None
        self._fade.stop()
        self._fade.start()

    def _current_frame(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        if self._frame is None or self._frame.size() != self.size() * ratio or self._frame_key != (
                self._serial, self.drift_step):
            if self.scene is None or (self.scene.width, self.scene.height) != (self.width(), self.height()):
                self.scene = self._build()
            frame = QPixmap(self.size() * ratio)
            frame.setDevicePixelRatio(ratio)
            painter = QPainter(frame)
            self.paint_into(painter)
            painter.end()
            self._frame, self._frame_key = frame, (self._serial, self.drift_step)
        return self._frame

    def paintEvent(self, event) -> None:
        frame = self._current_frame()
        painter = QPainter(self)
        painter.drawPixmap(QPointF(0, 0), frame)
        if self._fade_from is not None and self._fade.state() == QTimeLine.State.Running:
            painter.setOpacity(1.0 - float(self._fade.currentValue()))
            painter.drawPixmap(QPointF(0, 0), self._fade_from)
        painter.end()

    def _end_fade(self) -> None:
        self._fade_from = None
        self.update()

    def render_image(self) -> QImage:
        """The screen as an image, without drift or fade: what staff preview."""
        image = QImage(self.width(), self.height(), QImage.Format.Format_RGB32)
        painter = QPainter(image)
        self.paint_into(painter, with_drift=False)
        painter.end()
        return image
