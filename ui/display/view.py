"""The lobby display: paints the scene for the current state and changes exactly at boundaries.

One single-shot timer is armed for ``next_change``; a second one for the next minute keeps the
clock and the "ends in" words true; a slow watchdog notices wall-clock jumps (NTP, sleep).
When a timer fires the display asks the clock again rather than assuming the time has come.

People who do not fit turn pages every PAGE_SECONDS; an alternating display (en+ru) changes
language when the pages come round again (or every LANGUAGE_SECONDS when there is one page), so a
page turn and a language switch are one change, and every page is shown in every language.

Changes cross-fade. The widget's backing store already holds what is on screen, so a fade keeps
only the new picture and blends it in step by step: at each step the new picture is drawn with
the opacity that takes the blend from the last step's share to this one's, and the last step
draws it whole and ends the fade. Between changes nothing is kept beyond the backing store, and a
repaint draws the scene. Anything but a fade step that repaints the display mid-fade ends the fade.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap, QRegion
from PySide6.QtWidgets import QWidget

from kiosk.clock import Clock, RehearsalClock
from kiosk.model import Agenda
from kiosk.schedule import ScheduleState, state_at
from ui.display.parts import Scene
from ui.display.phases import build_scene
from ui.i18n import languages_of
from ui.theme import display_unit

log = logging.getLogger("kiosk.display")

MAX_TIMER_MS = 60 * 60 * 1000  # re-check at least hourly; QTimer also caps at 2**31-1 ms
PAGE_SECONDS = 10              # people that do not fit page gently at this pace
DRIFT_SECONDS = 180            # burn-in care: the composition moves a few pixels this often
DRIFT_STEPS = [(0, 0), (1, 1), (2, 0), (1, -1), (0, -2), (-1, -1), (-2, 0), (-1, 1)]
FADE_MS = 600
FADE_STEP_MS = 100  # a soft fade needs few steps: 6 blends of the new picture over the last
LANGUAGE_SECONDS = 20
JUMP_TOLERANCE_S = 2.0


def describe_state(state: ScheduleState) -> str:
    return (f"state: {state.phase} current={state.current.id if state.current else '-'} "
            f"next={state.next.id if state.next else '-'}")


class DisplayView(QWidget):
    """The full-screen lobby display: the scene of this moment, kept true by its timers."""

    stateChanged = Signal(object)  # the screen's state changed (a boundary passed)
    refreshed = Signal(object)     # recomputed (every minute and at boundaries)
    touched = Signal()             # a tap: open the browser

    def __init__(self, agenda: Agenda, clock: Clock, lang: str = "en", parent: QWidget | None = None,
                 monotonic=time.monotonic, qr_url: str | None = None):
        super().__init__(parent)
        self.setObjectName("display")
        self.agenda, self.clock = agenda, clock
        # "en", "ru", or "en+ru": an alternating screen changes language with its pages.
        self.languages = languages_of(lang)
        self.lang = self.languages[0]
        self._monotonic = monotonic
        self.state: ScheduleState = state_at(agenda, clock.now())
        self.scene: Scene | None = None
        self.page = 0
        self.drift_step = 0
        self.armed_for: datetime | None = None
        self.changes = 0
        self.marker = False  # the staff-only sign that the last agenda edit was not applied
        self.qr_url = qr_url
        # During a cross-fade: the new screen as a picture, and how much of it the backing store
        # already shows. Made on the first fade (Qt's QTimeLine is not needed for the first frame).
        self._frame: QPixmap | None = None
        self._fade_area = QRegion(self.rect())
        self._blended = 1.0
        self._target = 1.0  # the share of the new picture the step being painted shows
        self._stepping = False
        self._timeline = None
        self._after_paint: list = []  # what waits for the next frame (after_next_paint)
        self.painted = False  # a frame of it is on the screen (a fade blends from one)
        self._opaque = False   # Qt told that every pixel is painted: fades blend over the backing store

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
        self.started = False
        self._last_wall = clock.now()
        self._last_mono = monotonic()
        log.info(describe_state(self.state))

    def _single_shot(self, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    @property
    def _fade(self):
        """The cross-fade's timeline, made when first needed."""
        if self._timeline is None:
            from PySide6.QtCore import QEasingCurve, QTimeLine
            self._timeline = QTimeLine(FADE_MS, self)
            self._timeline.setUpdateInterval(FADE_STEP_MS)
            self._timeline.setEasingCurve(QEasingCurve.Type.InOutQuad)
            self._timeline.valueChanged.connect(self._fade_step)
            self._timeline.finished.connect(self._end_fade)
        return self._timeline

    @property
    def fading(self) -> bool:
        return self._timeline is not None and self._timeline.state() == self._timeline.State.Running

    # --- running ------------------------------------------------------------------------------

    def start(self, watch_clock: bool = True) -> None:
        """Arm the timers; the view is static (as for a screenshot) until this is called. Without
        ``watch_clock`` the owner calls ``check_clock`` at least every ``watchdog.interval()``."""
        from PySide6.QtCore import Qt
        for timer in (self.boundary_timer, self.minute_timer):
            timer.setTimerType(Qt.TimerType.PreciseTimer)  # boundaries to the millisecond
        self.started = True
        self._arm()
        self.drift_timer.start()
        if watch_clock:
            self.watchdog.start()

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
        # Pages turn when people do not fit; languages alternate with the pages (see next_page),
        # or on their own timer when there is one page: never two changes a few seconds apart.
        paged = self.scene is not None and self.scene.pages > 1
        if paged:
            if not self.page_timer.isActive():
                self.page_timer.start()
        else:
            self.page_timer.stop()
        if len(self.languages) > 1 and not paged and self.started:
            if not self.language_timer.isActive():
                self.language_timer.start()
        else:
            self.language_timer.stop()

    def refresh(self, fade: bool = True) -> bool:
        """Ask the clock and the schedule again; returns whether the screen's state changed."""
        now = self.clock.now()
        new = state_at(self.agenda, now)
        changed = not new.same_screen(self.state)
        if changed:
            self.page = 0
            self.changes += 1
        self.state = new
        before, self.scene = self.scene, self._build()
        self._show(before, fade=changed and fade)
        if changed:
            log.info(describe_state(new))
            self.stateChanged.emit(new)
        self.refreshed.emit(new)
        self._arm()
        return changed

    def set_agenda(self, agenda: Agenda) -> None:
        self.agenda = agenda
        self.refresh()

    def set_marker(self, shown: bool) -> None:
        if shown != self.marker:
            self.marker = shown
            before, self.scene = self.scene, self._build()
            self._show(before, fade=False)

    def on_boundary(self) -> None:
        self.refresh()

    def on_minute(self) -> None:
        self.refresh()

    def next_page(self) -> None:
        """The next page of people; after the last one, the first page in the next language."""
        if self.scene is None or self.scene.pages <= 1:
            return
        if self.page + 1 >= self.scene.pages and len(self.languages) > 1:
            self.next_language()
            return
        self.page = (self.page + 1) % self.scene.pages
        before, self.scene = self.scene, self.scene.with_page(self.page) or self._build()
        self._show(before, fade=True)

    def next_language(self) -> None:
        """The next language of an alternating screen, never in the middle of a state change's fade."""
        if len(self.languages) < 2:
            return
        if self.fading:
            QTimer.singleShot(FADE_MS + 50, self.next_language)
            return
        self.lang = self.languages[(self.languages.index(self.lang) + 1) % len(self.languages)]
        self.page = 0
        before, self.scene = self.scene, self._build()
        self._show(before, fade=True)
        self.page_timer.stop()  # the new language's pages get their full time, from the first
        self._arm()

    def next_drift(self) -> None:
        self.drift_step = (self.drift_step + 1) % len(DRIFT_STEPS)
        self._show(None, fade=False)  # everything moves

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
        from PySide6.QtCore import Qt
        if event.button() == Qt.MouseButton.LeftButton:
            self.touched.emit()

    def contextMenuEvent(self, event) -> None:
        event.accept()  # no menus, ever

    def resizeEvent(self, event) -> None:
        self.scene = self._build()
        super().resizeEvent(event)

    def paint_into(self, painter: QPainter, with_drift: bool = True, area: QRegion | None = None) -> None:
        if self.scene is None or (self.scene.width, self.scene.height) != (self.width(), self.height()):
            self.scene = self._build()
        dx, dy = self.drift() if with_drift else (0.0, 0.0)
        self.scene.paint(painter, dx, dy, area)

    def _make_opaque(self) -> None:
        """Every pixel is painted, so Qt may keep the backing store as it is: what fades blend
        over. Said just after the first paint (or at a fade): the attribute is an enum of Qt's
        namespace, which the first frame does without (ui.painting says why)."""
        if not self._opaque:
            from PySide6.QtCore import Qt
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
            self._opaque = True

    def hideEvent(self, event) -> None:
        self._end_fade(repaint=False)  # shown again, it is painted whole
        super().hideEvent(event)

    def _blends_in_place(self) -> bool:
        """Whether paints land in this window's own backing store (not a rotated host's scene)."""
        return self.window().graphicsProxyWidget() is None

    def _show(self, before: Scene | None, fade: bool) -> None:
        """The scene changed from ``before``: cross-fade or repaint where it differs (a page turn
        changes the list, a minute's tick the clock). A fade under way goes on, over the whole
        screen, towards the newest picture (a minute's tick or a drift step during a page turn)."""
        if self.fading:
            self._frame = None  # the next step paints the new picture from the new scene
            self._fade_area = QRegion(self.rect())
            return
        area = self._screen_area(before)
        if area.isEmpty():
            return  # it looks the same
        if fade and self.painted and self.isVisible() and self._blends_in_place():
            self._make_opaque()
            self._frame, self._fade_area, self._blended = None, area, 0.0
            self._fade.start()
        else:
            self.update(area)

    def _screen_area(self, before: Scene | None) -> QRegion:
        """The widget's pixels where the scene differs from ``before`` (drift included): the
        changed parts' rectangles when they cover at most half of the rectangle around them (a
        minute's tick: the clock, "in 49 min" and the words under the bar, a tenth of the screen
        instead of most of it); else that one rectangle, since each rectangle of an area is painted
        on its own and text that crosses several is drawn in each."""
        if self.scene is None:
            return QRegion(self.rect())
        dx, dy = self.drift()
        area = QRegion()
        for rect in self.scene.changed_rects(before):
            area = area.united(rect.translated(dx, dy).toAlignedRect().intersected(self.rect()))
        bounds = area.boundingRect()
        if area.rectCount() > 1 and 2 * sum(r.width() * r.height() for r in area) > bounds.width() * bounds.height():
            return QRegion(bounds)
        return area

    def _new_frame(self) -> QPixmap:
        """The new picture of the fading area, in a picture of the rectangle around it: only the
        area's pixels are painted, and only they are drawn (the rest of it is never shown)."""
        if self._frame is None:
            if self.scene is None or (self.scene.width, self.scene.height) != (self.width(), self.height()):
                self.scene = self._build()
            bounds = self._fade_area.boundingRect()
            ratio = self.devicePixelRatioF()
            frame = QPixmap(bounds.size() * ratio)
            frame.setDevicePixelRatio(ratio)
            painter = QPainter(frame)
            painter.translate(-bounds.x(), -bounds.y())
            self.paint_into(painter, area=self._fade_area)
            painter.end()
            self._frame = frame
        return self._frame

    def _fade_step(self, value: float) -> None:
        timeline = self._timeline
        # The tick within half a step of the end is the last step: it draws the new picture whole.
        # (Qt's coarse timer fires up to 5 % early, so the sixth tick often came at 570 ms with the
        # blend at 99.5 %, and a seventh at 665 ms redrew the whole area for the last half percent.)
        step = min(timeline.updateInterval(), timeline.duration())
        last = timeline.currentTime() >= timeline.duration() - step / 2
        target = 1.0 if last else value
        if target <= self._blended:
            return  # no change on screen: the timeline's first tick (0)
        self._target, self._stepping = target, True
        try:
            self.repaint(self._fade_area)  # at once, so this paint is the step's and no other
        finally:
            self._stepping = False
        if last:
            self._end_fade()

    def paintEvent(self, event) -> None:
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._make_opaque)
        painter = QPainter(self)
        if self._stepping and self.fading:
            frame = self._new_frame()
            target = self._target
            # The backing store shows (1 - b) old + b new; drawing new at opacity a gives
            # (1 - a)(1 - b) old + ... new, which is (1 - t) old + t new for a = (t - b) / (1 - b).
            share = 1.0 if target >= 1.0 else (target - self._blended) / (1.0 - self._blended)
            if share > 0.0:
                painter.setClipRegion(self._fade_area)  # the frame's other pixels were never painted
                painter.setOpacity(min(1.0, share))
                painter.drawPixmap(QPointF(self._fade_area.boundingRect().topLeft()), frame)
                self._blended = target
        else:  # shown, exposed, resized, grabbed or changed: the screen as it is now
            self._end_fade(repaint=False)
            self.paint_into(painter, area=event.region())
        painter.end()
        if self._after_paint:
            waiting, self._after_paint = self._after_paint, []
            for then in waiting:
                QTimer.singleShot(0, then)  # after this paint and its flush to the screen

    def after_next_paint(self, then) -> None:
        """Call ``then`` once, just after the view's next paint is on the screen: what the live
        kiosk's start leaves until its first frame. (An event filter on the view would do the
        same, but PySide6 would then make a Python object, and a Python type with its enums, for
        each event of the start-up.)"""
        self._after_paint.append(then)

    def _end_fade(self, repaint: bool = True) -> None:
        """Stop a fade, or tidy up after its last step: the picture goes (the backing store keeps
        the screen); if the last step was not painted, the whole new screen is."""
        if self.fading:
            self._timeline.stop()
        if repaint and self._blended < 1.0:
            self.update()
        self._frame, self._blended = None, 1.0

    def render_image(self) -> QImage:
        """The screen as an image, without drift or fade (a screenshot)."""
        image = QImage(self.width(), self.height(), QImage.Format.Format_RGB32)
        painter = QPainter(image)
        self.paint_into(painter, with_drift=False)
        painter.end()
        return image

    def image_at(self, at: datetime) -> QImage:
        """The screen as it will be at ``at``, same agenda, language and size: the staff preview."""
        view = DisplayView(self.agenda, RehearsalClock(at, speed=0), self.lang)
        view.resize(self.size())
        image = view.render_image()
        view.deleteLater()
        return image
