"""The live preview: the lobby display exactly as the lobby shows it (the same view and scene code
as ``kiosk --screenshot``), at a chosen instant, in English or Russian, landscape or portrait.

The instant is chosen with a slider across the event, "Now", or "Next change" (the next boundary
after the instant shown). Every edit that passes the checker shows at once; while the agenda has
problems the last good one stays, and the preview says so.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSlider, QVBoxLayout, QWidget

from kiosk.clock import Clock, RehearsalClock
from kiosk.model import Agenda
from kiosk.schedule import state_at
from ui.display.parts import Scene
from ui.display.view import DisplayView
from ui.i18n import locale_of, tr

LANDSCAPE, PORTRAIT = (1920, 1080), (1080, 1920)
MARGIN = timedelta(hours=1)  # the slider starts an hour before the first item and ends an hour after the last


class PreviewPane(QWidget):
    """The display at ``at``; ``rendered`` after each new picture."""

    rendered = Signal()
    instantChanged = Signal(object)

    def __init__(self, clock: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.clock = clock
        self.agenda: Agenda | None = None
        self.at: datetime = clock.now()
        self.scene: Scene | None = None
        self.image = None
        self.stale = False
        self._first: datetime | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        controls = QHBoxLayout()
        self.lang = QComboBox(self)
        self.lang.addItem("EN", "en")
        self.lang.addItem("РУ", "ru")
        self.lang.setToolTip(tr("The language of the screen in the preview"))
        self.shape = QComboBox(self)
        self.shape.addItem(tr("Landscape"), LANDSCAPE)
        self.shape.addItem(tr("Portrait"), PORTRAIT)
        self.now_button = QPushButton(tr("Now"), self)
        self.next_button = QPushButton(tr("Next change"), self)
        self.now_button.clicked.connect(self.show_now)
        self.next_button.clicked.connect(self.show_next_change)
        self.lang.activated.connect(lambda _i: self.schedule())
        self.shape.activated.connect(lambda _i: self.schedule())
        self.when = QLabel(self)
        for widget in (self.lang, self.shape):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.when)
        layout.addLayout(controls)
        timeline = QHBoxLayout()
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(30)
        self.slider.valueChanged.connect(self._slid)
        timeline.addWidget(self.slider, 1)
        timeline.addWidget(self.now_button)
        timeline.addWidget(self.next_button)
        layout.addLayout(timeline)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(QSize(240, 160))
        layout.addWidget(self.picture, 1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #9a5b00")
        layout.addWidget(self.note)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.render_now)

    # --- what to show ------------------------------------------------------------------------------

    def set_agenda(self, agenda: Agenda | None, stale: bool = False) -> None:
        """Show ``agenda`` (None: nothing valid yet); ``stale``: the document now has problems and
        this is the last good one."""
        self.stale = stale
        if agenda is not None:
            first_time = self.agenda is None
            self.agenda = agenda
            self._range()
            if first_time:  # now, during the event; else its first morning
                now = self.clock.now()
                first_start = min(i.start for i in agenda.items)
                inside = first_start - MARGIN <= now <= self._first + timedelta(minutes=self.slider.maximum())
                self.at = now if inside else first_start
        self.schedule()

    def _range(self) -> None:
        items = self.agenda.items
        self._first = min(i.start for i in items) - MARGIN
        last = max(i.until for i in items) + MARGIN
        self.slider.blockSignals(True)
        self.slider.setRange(0, int((last - self._first).total_seconds() // 60))
        self.slider.blockSignals(False)

    def _clamped(self, at: datetime) -> datetime:
        if self._first is None:
            return at
        last = self._first + timedelta(minutes=self.slider.maximum())
        return min(max(at, self._first), last)

    def set_instant(self, at: datetime) -> None:
        self.at = at
        self.instantChanged.emit(at)
        self.schedule()

    def show_now(self) -> None:
        """The display as it is right now (the real clock)."""
        self.set_instant(self.clock.now())

    def show_next_change(self) -> None:
        """The next moment the screen changes after the instant shown."""
        if self.agenda is None:
            return
        following = state_at(self.agenda, self.at).next_change
        if following is not None:
            self.set_instant(following)

    def _slid(self, value: int) -> None:
        if self._first is not None:
            self.set_instant(self._first + timedelta(minutes=value))

    def local_at(self) -> datetime:
        return self.at.astimezone(self.agenda.timezone) if self.agenda is not None else self.at

    # --- drawing -----------------------------------------------------------------------------------

    def schedule(self) -> None:
        """Draw again once the current event is handled (typing a word draws once)."""
        self._timer.start()

    def render_now(self) -> None:
        self._timer.stop()
        if self.agenda is None:
            self.picture.setText(tr("No preview: the agenda has problems (see the list below)."))
            return
        width, height = self.shape.currentData()
        view = DisplayView(self.agenda, RehearsalClock(self.at, speed=0), self.lang.currentData())
        view.resize(width, height)
        self.image = view.render_image()
        self.scene = view.scene
        view.deleteLater()
        self._place()
        local = self.local_at()
        day = QDate(local.year, local.month, local.day)
        self.when.setText(locale_of(self.lang.currentData()).toString(day, "ddd d MMM") + local.strftime(" %H:%M"))
        if self._first is not None:
            self.slider.blockSignals(True)
            self.slider.setValue(int((self.at - self._first).total_seconds() // 60))
            self.slider.blockSignals(False)
        self.note.setText(tr("The agenda has problems: the preview shows it as it was before the last change.")
                          if self.stale else "")
        self.rendered.emit()

    def _place(self) -> None:
        if self.image is None:
            return
        pixmap = QPixmap.fromImage(self.image)
        target = self.picture.size()
        self.picture.setPixmap(pixmap.scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

