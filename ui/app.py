"""Starting the Qt side, the entries ``kiosk.cli.qt_side`` opens: the live kiosk (``run``), ``screenshot``,
``screens`` (the office's window) and ``edit`` (the editor)."""

from __future__ import annotations

import gc
import logging
import os
import sys
from datetime import UTC, datetime

from kiosk.clock import RehearsalClock, SystemClock
from kiosk.model import Agenda
from ui.process import (
    ScreenLock,
    forget_module_sources,
    log_uncaught,
    return_freed_memory,
    spare_pyside_source_reads,
    stop_on_signals,
)

log = logging.getLogger("kiosk")

COLLECTOR_OFF_AT_MOST_MS = 30_000


def _application(offscreen: bool = False):
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    spare_pyside_source_reads()  # before the Qt side's modules are imported
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    from ui.i18n import use_language
    from ui.theme import register_fonts
    register_fonts()
    use_language("en")
    return app


def screenshot(agenda: Agenda, args, at: datetime | None, settings=None) -> int:
    """Render what the screen shows at ``at`` (display or a browser view) to a PNG; exit code."""
    out = args.screenshot
    if not out.lower().endswith(".png"):
        print(f"kiosk: --screenshot: '{out}' should end in .png", file=sys.stderr)
        return 2
    view = getattr(args, "view", "display")
    kind, _, ident = view.partition(":")
    if kind == "item" and agenda.item(ident) is None or kind == "person" and agenda.person(ident) is None:
        print(f"kiosk: --view {view}: there is no {kind} with the id '{ident}' in {agenda.source}",
              file=sys.stderr)
        return 2
    app = _application(offscreen=True)
    width, height = args.size
    clock = RehearsalClock(at or datetime.now(UTC), speed=0)
    lang = settings.language if settings is not None else "en"
    qr_url = settings.qr_url if settings is not None else None
    staff_language = settings.staff_language if settings is not None else None
    if view == "display":  # the display alone: no browser to build for a picture of it
        from ui.display.view import DisplayView
        display = DisplayView(agenda, clock, lang, qr_url=qr_url)
        display.resize(width, height)
        image = display.render_image()
    else:
        from ui.window import KioskWindow
        feed = None
        if view == "staff" and "://" not in agenda.source:  # the panel as staff see it: delays on
            from ui.agendafeed import AgendaFeed
            feed = AgendaFeed(agenda.source, agenda)
        window = KioskWindow(agenda, clock, lang=lang, qr_url=qr_url, staff_language=staff_language, feed=feed)
        window.resize(width, height)
        window.show()
        if view in ("keypad", "staff"):  # the PIN is not needed for a picture of what is behind it
            window.open_staff()
            if view == "staff":
                window.staff.show_panel()
        else:
            window.open_browser()
        if view == "people":
            window.browser.show_people()
        elif kind == "item":
            window.browser.open_item(ident)
        elif kind == "person":
            window.browser.show_people()
            window.browser.open_person(ident)
        app.processEvents()
        image = window.grab().toImage()
        window.idle.stop()
    problem = png_problem(image, out)
    if problem:
        print(f"kiosk: --screenshot: {problem}", file=sys.stderr)
        return 2
    return 0


def edit(source: str, settings=None) -> int:
    """``kiosk --edit``: the editor window on the agenda file (:mod:`ui.editor`)."""
    from ui.editor.start import run_editor
    return run_editor(source, settings)


def png_problem(image, path: str) -> str | None:
    """Save ``image`` as a PNG file, whole or not at all (an old picture stays whole on a full
    disk; mode, owner and symlink kept: :mod:`kiosk.safefile`); why not, in plain words, or None."""
    from kiosk.safefile import write_file
    from ui.images import png_bytes
    try:
        write_file(path, png_bytes(image))
    except OSError as err:
        return str(err)
    return None


def _clean_after_a_killed_write(source: str) -> None:
    """At start: temporary files a killed kiosk left beside its agenda (the staff panel writes there)."""
    from kiosk.safefile import clean_stale, final_target
    from kiosk.sources import is_url
    if not is_url(source):
        for path in clean_stale(final_target(source).parent):
            log.info("removed a temporary file left by an interrupted write: %s", path)


def run(agenda: Agenda, settings, args, at: datetime | None, loaded=None) -> int:
    """The live kiosk: full-screen on the chosen screen (or windowed), until staff stop it."""
    app = _application()
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from ui.window import KioskWindow, keep_on_top

    screens = QGuiApplication.screens()
    if settings.screen >= len(screens):
        print(f"kiosk: --screen {settings.screen}: this computer has {len(screens)} screen(s), "
              f"numbered 0 to {len(screens) - 1}", file=sys.stderr)
        return 2
    try:
        lock = ScreenLock(settings.screen)
        free = lock.acquire()
    except OSError as err:
        print(f"kiosk: cannot make the lock file that keeps one kiosk per screen: "
              f"{getattr(err, 'filename', None) or 'the runtime folder'}: {err.strerror or err}", file=sys.stderr)
        return 2
    if not free:
        print(f"kiosk: a kiosk is already running on screen {settings.screen} (process {lock.holder()}). "
              "Stop it first (staff panel → Exit), or start this one with --screen N for another screen.",
              file=sys.stderr)
        return 2
    sys.excepthook = log_uncaught
    screen = screens[settings.screen]
    clock = RehearsalClock(at, speed=args.speed) if at else SystemClock()
    from ui.agendafeed import AgendaFeed
    feed = AgendaFeed(agenda.source, agenda, refresh_s=settings.refresh, loaded=loaded)
    view = KioskWindow(agenda, clock, lang=settings.language, idle_timeout_s=settings.idle_timeout, feed=feed,
                       kiosk_mode=not args.windowed, staff_pin=settings.staff_pin, qr_url=settings.qr_url,
                       staff_language=settings.staff_language)
    # Until the first frame is on the screen there is nothing to touch or key into, and the guard
    # (a Python filter on every event of the application) would make PySide6 create a Python type
    # with its enums for each new C++ class the start-up's events meet, delaying the first
    # paint: it watches from the first frame on, and is off before the title, the flags and the
    # showing send their events.
    app.removeEventFilter(view.guard)
    kiosk = view
    if settings.rotation:
        from ui.rotation import RotatedHost
        view = RotatedHost(kiosk, settings.rotation)
    view.setWindowTitle(str(agenda.event.name))
    if args.windowed:
        view.resize(1280, 720)
        view.show()
    else:
        view.setScreen(screen)
        view.setGeometry(screen.geometry())  # covers the screen even without a window manager
        view.showFullScreen()
    wakeup = stop_on_signals(app, lambda: (log.info("kiosk stopped by the operating system"),  # noqa: F841
                                           setattr(kiosk, "exiting", True), app.quit()))  # alive while it runs
    from ui.awake import ScreenAwake
    awake = ScreenAwake()

    status = []  # the status endpoint for venue IT, when status_port is set

    # The screen-blanking request (D-Bus), the start line of the log, the clearing of temporary
    # files a killed write left beside the agenda (only the staff panel writes there) and glibc's
    # memory setting (it needs ctypes, ~6 ms to import; the pictures it is for come later) wait
    # for the first frame too, and so does all that needs Qt's enum namespace, which PySide6
    # makes whole at its first use (~90 Python enum types; ui.painting): the window's
    # flags and hidden pointer, the display's timers to the millisecond, the guard's keys.
    def first_frame_shown() -> None:
        gc.enable()  # off since kiosk.cli.main knew this was the live kiosk
        if not args.windowed:
            keep_on_top(view)
        kiosk.start()  # the display's timers; the browser is built at the first touch, not kept ready
        return_freed_memory()
        app.installEventFilter(kiosk.guard)
        awake.inhibit()
        log.info("kiosk %s started: %s, screen %d, %s", _version(), agenda.source, settings.screen,
                 "windowed" if args.windowed else "full-screen")
        _clean_after_a_killed_write(agenda.source)
        if settings.status_port:  # its server, prometheus_client and the rest load only now
            from ui.status_bridge import start_status
            status.append(start_status(kiosk, view, feed, settings))
        forget_module_sources()
        QTimer.singleShot(0, kiosk.prepare_browser)  # after the work above, ahead of a first touch

    kiosk.display.after_next_paint(first_frame_shown)
    QTimer.singleShot(COLLECTOR_OFF_AT_MOST_MS, gc.enable)  # should the display never be painted
    code = app.exec()
    for bridge in filter(None, status):
        bridge.stop()
    awake.release()
    lock.release()
    return code


def screens(settings) -> int:
    """``kiosk --screens``: the office's window over every lobby screen in ``settings.screens``."""
    if not settings.screens:
        print("kiosk --screens: no screens are listed; add screens = [\"http://lobby-1:8765\", …] "
              "(each kiosk's address and status_port) to kiosk.toml", file=sys.stderr)
        return 2
    if not settings.status_token:
        print("kiosk --screens: add status_token = \"…\" to kiosk.toml: the same token as the kiosks'",
              file=sys.stderr)
        return 2
    app = _application()
    from ui.i18n import use_language
    use_language(settings.staff_language or settings.language.split("+")[0])
    from ui.screens.window import ScreensWindow
    window = ScreensWindow(settings.screens, settings.status_token)
    window.resize(1280, 800)
    window.show()
    window.start()
    return app.exec()


def _version() -> str:
    from kiosk import __version__
    return __version__
