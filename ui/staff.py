"""The staff panel: behind a PIN typed on an on-screen keypad, the few things staff do on the day.

Delay the programme from now (written into the agenda as an adjustment, so it survives a
restart), clear that delay, reload the agenda, see diagnostics, preview the display at another
time, and exit the kiosk. Three wrong PINs in a row lock the keypad, longer with each further
one and across restarts (the rule is kiosk.lockout's); nothing about the PIN is ever shown or logged.

It opens in the staff language (``staff_language`` in kiosk.toml), whatever the display shows,
and has an EN | РУ switch. A USB keyboard types the PIN too (digits, Backspace, Enter; Escape
is Cancel or Back): the window's key guard hands keys to :meth:`StaffPanel.take_key`. Keys and
buttons are sized from the screen's shorter side, like the rest of the interface.
"""

from __future__ import annotations

import hmac
import logging
import math
import platform
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.lockout import Lockout, duration_words
from kiosk.problems import AgendaError
from kiosk.sources import is_url
from ui import theme as th
from ui.i18n import locale_of, tr, use_language
from ui.widgets import ButtonRows, plain_label

log = logging.getLogger("kiosk.staff")

DELAYS = (5, 10, 15)
LANGUAGES = ("en", "ru")
KEY_WIDTH, KEY_HEIGHT, KEY_GAP = 168, 120, 18  # px at 1080 px: 120 px is ~76 mm on a 55-inch full-HD screen
DISABLED = QColor("#7D8DA3")  # a key while the keypad is locked: visibly off, still legible
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{digit}"): digit for digit in "0123456789"}


def key_name(event) -> str | None:
    """What a key typed on a keyboard means on the keypad: "0"-"9" (top row or number pad),
    "⌫" (Backspace), "OK" (Enter or Return), "cancel" (Escape); None for any other key, and
    for any key with Ctrl, Alt or Meta (Alt+F4 stays the guard's)."""
    others = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
    if others != Qt.KeyboardModifier.NoModifier:
        return None
    key = event.key()
    if key in DIGIT_KEYS:
        return DIGIT_KEYS[key]
    return {Qt.Key.Key_Backspace: "⌫", Qt.Key.Key_Return: "OK", Qt.Key.Key_Enter: "OK",
            Qt.Key.Key_Escape: "cancel"}.get(key)


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

    def __init__(self, window, pin: str, lockout: Lockout | None = None, lang: str = "en", parent=None):
        super().__init__(parent)
        self.setObjectName("staff")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.window_ = window
        self._pin = pin
        self.lockout = lockout if lockout is not None else Lockout()  # shared by the kiosks on this PC
        self.entered = ""
        self.preview_offset = timedelta(0)
        self.default_lang = lang if lang in LANGUAGES else "en"
        self.lang = self.default_lang
        use_language(self.lang)
        self.theme = th.Theme(unit=1.0, family=th.register_fonts())
        self.unit = 0.0
        self._texts: list[tuple[object, Callable[[], str]]] = []  # what a language switch re-says
        self._labels: list[tuple[QLabel, str]] = []                # (label, type role) for scaling
        self._buttons: list[QPushButton] = []
        self._pin_note: Callable[[], str] = lambda: tr("Enter the staff PIN")
        self._status: Callable[[], str] = lambda: ""
        self._heading: Callable[[], str] = lambda: tr("Staff panel")
        self._build()
        self.lock_timer = QTimer(self, singleShot=True)  # the lock's count-down, then the keys back
        self.lock_timer.timeout.connect(self._unlock)

    # --- pages ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = self._label("browser_heading", wrap=False)
        top.addWidget(self.heading, 1)
        # EN | РУ: names of languages in themselves, so they are never translated.
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in (("en", "EN"), ("ru", "РУ")):
            button = self._button(lambda n=name: n, lambda _=False, c=code: self.set_language(c))
            button.setCheckable(True)
            button.setChecked(code == self.lang)
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            top.addWidget(button)
        self.outer.addLayout(top)
        self.pages = QStackedWidget()
        self.outer.addWidget(self.pages, 1)
        self.hint = self._label("browser_small", th.SECONDARY)  # "returning to the display in …"
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.outer.addWidget(self.hint)
        self.boxes: list[tuple[QWidget, int]] = []  # (centred box, its widest at 1080p; 0: the key grid's)
        self.pages.addWidget(self._keypad_page())
        self.pages.addWidget(self._panel_page())
        self.pages.addWidget(self._diagnostics_page())
        self.pages.addWidget(self._preview_page())
        self.pages.currentChanged.connect(lambda _i: self._show_heading())

    def _label(self, role: str, color: QColor = th.TEXT, text: Callable[[], str] | None = None,
               wrap: bool = True) -> QLabel:
        label = plain_label(text() if text else "", role, self.theme, color, wrap=wrap)
        self._labels.append((label, role))
        if text is not None:
            self._texts.append((label, text))
        return label

    def _button(self, text: Callable[[], str], slot, name: str = "") -> QPushButton:
        button = QPushButton(text())
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        button.setAutoRepeat(False)
        if name:
            button.setObjectName(name)
        button.clicked.connect(slot)
        self._buttons.append(button)
        self._texts.append((button, text))
        return button

    def _centred(self, page: QWidget, widest: int, stretch: bool = True) -> QVBoxLayout:
        """A column in the middle of ``page``, at most ``widest`` px wide at 1080p (0: as wide as
        the keypad), centred vertically too unless ``stretch`` is False (it then fills the height)."""
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        if stretch:
            outer.addStretch(1)
        outer.addWidget(box, 0 if stretch else 1, Qt.AlignmentFlag.AlignHCenter)
        if stretch:
            outer.addStretch(1)
        self.boxes.append((box, widest))
        return column

    def _keypad_page(self) -> QWidget:
        page = QWidget()
        column = self._centred(page, 0)
        self.pin_message = self._label("browser_body", th.SECONDARY)
        self.pin_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_dots = self._label("browser_clock", th.TEAL, wrap=False)
        self.pin_dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.pin_message)
        column.addWidget(self.pin_dots)
        self.key_grid = QGridLayout()
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate("123456789"):
            self.keys[key] = self._button(lambda k=key: k, lambda _=False, k=key: self.press(k))
            self.key_grid.addWidget(self.keys[key], index // 3, index % 3)
        self.keys["⌫"] = self._button(lambda: "⌫", lambda: self.press("⌫"))
        self.keys["0"] = self._button(lambda: "0", lambda: self.press("0"))
        self.keys["OK"] = self._button(lambda: tr("OK"), lambda: self.press("OK"))
        for col, key in enumerate(("⌫", "0", "OK")):
            self.key_grid.addWidget(self.keys[key], 3, col)
        column.addLayout(self.key_grid)
        self.cancel_button = self._button(lambda: tr("Cancel"), self.close_panel)
        column.addWidget(self.cancel_button)
        return page

    def _panel_page(self) -> QWidget:
        page = QWidget()
        column = self._centred(page, 1500)
        self.status = self._label("browser_body", th.SECONDARY)
        column.addWidget(self.status)
        column.addWidget(self._label("browser_label", th.LABEL, lambda: tr("The programme runs late")))
        self.delay_buttons = [self._button(lambda m=minutes: tr("Delay %n min", None, m),
                                           lambda _=False, m=minutes: self.delay(m)) for minutes in DELAYS]
        self.clear_button = self._button(lambda: tr("Clear delay"), self.clear_delay)
        self.rows = [ButtonRows(self.delay_buttons + [self.clear_button])]
        column.addWidget(self.rows[-1])
        column.addWidget(self._label("browser_label", th.LABEL, lambda: tr("Check")))
        self.rows.append(ButtonRows([self._button(lambda: tr("Reload agenda"), self.reload),
                                     self._button(lambda: tr("Diagnostics"), self.show_diagnostics),
                                     self._button(lambda: tr("Preview another time"), self.show_preview)]))
        column.addWidget(self.rows[-1])
        self.panel_gap = QWidget()  # the distance between the day's actions and leaving
        column.addWidget(self.panel_gap)
        row = QHBoxLayout()
        self.back_button = self._button(lambda: tr("Back to the display"), self.close_panel)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self._button(lambda: tr("Exit the kiosk"), self.exit_requested.emit, name="danger"))
        column.addLayout(row)
        return page

    def _diagnostics_page(self) -> QWidget:
        page = QWidget()
        column = self._centred(page, 1500, stretch=False)
        self.diagnostics = self._label("browser_small", th.SECONDARY)
        column.addWidget(self.diagnostics)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self._button(lambda: tr("Back"), self.back_to_panel))
        row.addStretch(1)
        column.addLayout(row)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        column = self._centred(page, 1500, stretch=False)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        column.addWidget(self.preview, 1)
        steps = ((lambda: tr("−1 h"), -60), (lambda: tr("−10 min"), -10), (lambda: tr("+10 min"), 10),
                 (lambda: tr("+1 h"), 60), (lambda: tr("+1 day"), 1440))
        self.rows.append(ButtonRows([self._button(text, lambda _=False, m=minutes: self.move_preview(m))
                                     for text, minutes in steps]))
        column.addWidget(self.rows[-1])
        row = QHBoxLayout()
        row.addWidget(self._button(lambda: tr("Next change"), self.preview_next_change))
        row.addStretch(1)
        row.addWidget(self._button(lambda: tr("Back"), self.back_to_panel))
        column.addLayout(row)
        return page

    @property
    def preview_title(self) -> QLabel:
        return self.heading

    # --- size and language --------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.apply_scale()

    def apply_scale(self) -> None:
        """Type, keys and buttons from the shorter side (1080 px: keys 168 × 120 px, ~76 mm on a
        55-inch full-HD screen), and each page's column centred at a width that fits."""
        unit = max(0.5, min(self.width(), self.height()) / 1080) if self.width() > 100 else 1.0
        if unit != self.unit:
            self.unit = u = unit
            self.theme = th.Theme(unit=u, family=th.register_fonts())
            for label, role in self._labels:
                label.setFont(self.theme.font(role))
            button_font = self.theme.font("browser_button")
            for button in self._buttons:
                button.setFont(button_font)
                button.setMinimumHeight(round(88 * u))
                button.setMinimumWidth(round(120 * u))
            key_font = self.theme.font("browser_heading")
            for key in self.keys.values():
                key.setFont(key_font)
                key.setFixedSize(round(KEY_WIDTH * u), round(KEY_HEIGHT * u))
            self.key_grid.setSpacing(round(KEY_GAP * u))
            self.outer.setContentsMargins(round(60 * u), round(40 * u), round(60 * u), round(30 * u))
            self.outer.setSpacing(round(20 * u))
            self.panel_gap.setFixedHeight(round(28 * u))
            for box, _ in self.boxes:
                box.layout().setSpacing(round(24 * u))
            self.setStyleSheet(f"""
                #staff {{ background: {th.BACKGROUND_TOP.name()}; }}
                QPushButton {{ background: {th.CARD.name()}; color: {th.TEXT.name()}; border: none;
                              border-radius: {round(20 * u)}px; padding: 0 {round(28 * u)}px; }}
                QPushButton:pressed {{ background: {th.TRACK.name()}; }}
                QPushButton:checked {{ background: {th.TEAL.name()}; color: {th.ON_ACCENT.name()}; }}
                QPushButton:disabled {{ background: {th.BACKGROUND_BOTTOM.name()}; color: {DISABLED.name()}; }}
                QPushButton#danger {{ background: #5A2330; }}
            """)
        self._fit_width()

    def _fit_width(self) -> None:
        u = self.unit or 1.0
        margins = self.outer.contentsMargins()
        room = max(100, self.width() - margins.left() - margins.right())
        keypad = 3 * round(KEY_WIDTH * u) + 2 * round(KEY_GAP * u)
        for box, widest in self.boxes:
            box.setFixedWidth(keypad if widest == 0 else min(room, round(widest * u)))
        gap = round(22 * u)
        for rows in self.rows:
            rows.fit(min(room, round(1500 * u)), gap)

    def set_language(self, lang: str) -> None:
        """The panel's language (the EN | РУ switch): every word on it at once, the state too."""
        lang = lang if lang in LANGUAGES else "en"
        changed, self.lang = lang != self.lang, lang
        use_language(self.lang)
        self.language_buttons[self.lang].setChecked(True)
        for widget, text in self._texts if changed else ():  # built in self.lang: nothing to redo
            widget.setText(text())
        self.pin_message.setText(self._pin_note())
        self.status.setText(self._status())
        if self.pages.currentIndex() == 1:
            self.show_panel()
        elif self.pages.currentIndex() == 2:
            self.diagnostics.setText(self.diagnostics_text())
        elif self.pages.currentIndex() == 3:
            self._render_preview()
        self._show_heading()
        self._fit_width()  # labels changed length: as many buttons in a row as now fit

    def _show_heading(self) -> None:
        index = self.pages.currentIndex()
        if index != 3:
            self._heading = (lambda: tr("Diagnostics")) if index == 2 else (lambda: tr("Staff panel"))
        self.heading.setText(self._heading())

    def show_hint(self, text: str) -> None:
        """A line at the foot: the idle count-down before the kiosk returns to the display."""
        self.hint.setText(text)

    # --- the keyboard -----------------------------------------------------------------------------

    def take_key(self, event) -> bool:
        """A key typed on a keyboard, as the keypad's or the page's own button would do; False for
        a key the panel has no use for (the guard then deals with it as with any other)."""
        key = key_name(event)
        if key is None:
            return False
        if event.isAutoRepeat() and key in ("OK", "cancel"):
            return True  # a held Enter must not try the same PIN twice
        page = self.pages.currentIndex()
        if key == "cancel" and page in (0, 1):
            self.close_panel()
        elif key == "cancel":
            self.back_to_panel()
        elif page == 0:
            self.press(key)
        return True

    def keyPressEvent(self, event) -> None:
        if not self.take_key(event):
            super().keyPressEvent(event)

    # --- the PIN ----------------------------------------------------------------------------------

    def open_keypad(self) -> None:
        """The keypad, empty, in the staff language (whatever the last staff member switched to)."""
        self.entered = ""
        self._show_dots()
        self.hint.setText("")
        self.pages.setCurrentIndex(0)
        self._pin_note = lambda: tr("Enter the staff PIN")
        self.set_language(self.default_lang)
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
            self._note_pin(lambda: tr("Wrong PIN"))

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
            self._note_pin(lambda: tr("Too many wrong PINs. Try again in %n min.", None, minutes))
            until_change = remaining - (minutes - 1) * 60
        else:
            seconds = math.ceil(remaining)
            self._note_pin(lambda: tr("Too many wrong PINs. Try again in %n s.", None, seconds))
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
        self._note_pin(lambda: tr("Enter the staff PIN"))

    def _note_pin(self, words: Callable[[], str]) -> None:
        """The line above the PIN, kept as words to say again in the other language."""
        self._pin_note = words
        self.pin_message.setText(words())

    # --- actions ----------------------------------------------------------------------------------

    def show_panel(self) -> None:
        feed = self.window_.feed
        writable = feed is not None and not is_url(feed.source)
        for button in self.delay_buttons + [self.clear_button]:
            button.setEnabled(writable)
        self._say(self._state_words)
        self.pages.setCurrentIndex(1)

    def _state_words(self) -> str:
        """What is on and next, in the panel's language, and why delays are off if they are."""
        state = self.window_.display.state
        feed = self.window_.feed
        parts = [tr("Now: %1", args=(state.current.title.get(self.lang) if state.current else "—",)),
                 tr("Next: %1", args=(state.next.title.get(self.lang) if state.next else "—",))]
        if feed is None or is_url(feed.source):
            parts.append(tr("The agenda comes from a server: change delays there."))
        return "\n".join(parts)

    def _say(self, words: Callable[[], str]) -> None:
        """The panel's status line, kept as words to say again in the other language."""
        self._status = words
        self.status.setText(words())

    def back_to_panel(self) -> None:
        self.show_panel()

    def _edit(self, change) -> None:
        from kiosk.changes.panel_delays import EditRefused
        feed = self.window_.feed
        try:
            agenda = change(feed.source)
        except (AgendaError, EditRefused, OSError) as err:  # the checker's or the writer's words
            lines = str(err).splitlines() or [type(err).__name__]
            log.warning("staff panel: not changed: %s", lines[0])
            for line in lines[1:]:
                log.info("  %s", line)
            self._say(lambda: tr("Not changed: %1", args=(lines[0],)))
            return
        feed.reload()
        if feed.agenda is not agenda and feed.problem is None:
            self.window_.set_agenda(feed.agenda)
        self.show_panel()

    def delay(self, minutes: int) -> None:
        from kiosk.changes.panel_delays import add_delay
        state = self.window_.display.state
        if state.next is None:
            self._say(lambda: tr("Nothing is left to delay."))
            return
        log.info("staff panel: delay %d min from %s", minutes, state.next.id)
        self._edit(lambda path: add_delay(path, state.next.id, minutes))

    def clear_delay(self) -> None:
        from kiosk.changes.panel_delays import clear_delays
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
            f"kiosk {kiosk.__version__} · Python {platform.python_version()} · "
            f"{platform.system()} {platform.release()}",
            tr("Agenda: %1", args=(agenda.source,)),
            tr("Loaded: %1 items; last problem: %2",
               args=(len(agenda.items), feed.problem if feed is not None and feed.problem else "—")),
            tr("Screen: %1 × %2, window %3 × %4",
               args=(size.width(), size.height(), window.width(), window.height())),
            tr("Clock: %1 (event time, %2)",
               args=(clock.now().astimezone(agenda.timezone).strftime("%Y-%m-%d %H:%M:%S"), agenda.timezone.key)),
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
        display = self.window_.display
        at = display.clock.now() + self.preview_offset
        image = display.image_at(at)
        local = at.astimezone(display.agenda.timezone)
        moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        when = locale_of(self.lang).toString(moment, "ddd d MMM HH:mm")
        self._heading = lambda: tr("Preview: %1", args=(when,))
        self.heading.setText(self._heading())
        space = self.preview.size() if self.preview.width() > 50 else QSize(1280, 720)
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(space, Qt.AspectRatioMode.KeepAspectRatio,
                                                               Qt.TransformationMode.SmoothTransformation))

    def close_panel(self) -> None:
        self.entered = ""
        self.closed.emit()
