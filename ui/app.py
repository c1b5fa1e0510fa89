"""Starting the Qt side: the application, the full-screen window, and offscreen previews."""

from __future__ import annotations

import logging
import os
import sys
from datetime import datetime, timezone

from kiosk.clock import RehearsalClock, SystemClock
from kiosk.model import Agenda

log = logging.getLogger("kiosk")


def _application(offscreen: bool = False):
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

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
    clock = RehearsalClock(at or datetime.now(timezone.utc), speed=0)
    lang = settings.language if settings is not None else "en"
    qr_url = settings.qr_url if settings is not None else None
    if view == "display":  # the display alone: no browser to build for a picture of it
        from ui.display import DisplayView
        display = DisplayView(agenda, clock, lang, qr_url=qr_url)
        display.resize(width, height)
        image = display.render_image()
    else:
        from ui.window import KioskWindow
        window = KioskWindow(agenda, clock, lang=lang, qr_url=qr_url)
        window.resize(width, height)
        window.show()
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


def png_problem(image, path: str) -> str | None:
    """Save ``image`` as a PNG file, whole or not at all (an old picture stays whole on a full
    disk; mode, owner and symlink kept: :mod:`kiosk.safefile`); why not, in plain words, or None."""
    from kiosk.safefile import write_file
    try:
        write_file(path, png_bytes(image))
    except OSError as err:
        return str(err)
    return None


def write_png(image, path: str) -> bool:
    """Save ``image`` as a PNG file (see :func:`png_problem`); False when it cannot be written."""
    return png_problem(image, path) is None


def png_bytes(image) -> bytes:
    """``image`` as the bytes of a PNG file, from Qt's own PNG writer."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageWriter
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"PNG")
    if not writer.write(image):
        raise OSError(f"could not encode the picture as PNG: {writer.errorString()}")
    buffer.close()
    return data.data()


def _clean_after_a_killed_write(source: str) -> None:
    """At start: temporary files a killed kiosk left beside its agenda (the staff panel writes there)."""
    from kiosk.safefile import clean_stale, final_target
    from kiosk.sources import is_url
    if not is_url(source):
        for path in clean_stale(final_target(source).parent):
            log.info("removed a temporary file left by an interrupted write: %s", path)


def log_uncaught(kind, value, tb) -> None:
    """An exception in a slot or timer is logged with its traceback; the kiosk carries on."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.error("unexpected error (the kiosk carries on)", exc_info=(kind, value, tb))


def lock_file_for(screen: int):
    """One kiosk per screen: a lock file that a second start on the same screen cannot take."""
    from PySide6.QtCore import QLockFile, QStandardPaths
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation) or \
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
    lock = QLockFile(os.path.join(folder, f"lobby-kiosk-screen{screen}.lock"))
    lock.setStaleLockTime(0)  # a lock left by a crashed kiosk is noticed by its dead pid instead
    return lock


def _wake_python_on_signals(app):
    """Let Python's signal handlers run (SIGTERM from systemd, Ctrl+C) while Qt's loop waits.

    Python only runs a handler when it next executes; inside app.exec() that may be never. The C
    handler writes each signal to a socket (signal.set_wakeup_fd) whose readiness wakes Qt's loop,
    and the slot that drains it is Python, so the handler runs then: no polling timer. Where that
    cannot be set up, a half-second timer gives Python its moments instead.
    """
    import signal
    import socket
    from PySide6.QtCore import QSocketNotifier, QTimer
    try:
        reader, writer = socket.socketpair()
        for end in (reader, writer):
            end.setblocking(False)
        signal.set_wakeup_fd(writer.fileno())
    except (OSError, ValueError, AttributeError):
        pulse = QTimer(app, interval=500)
        pulse.timeout.connect(lambda: None)
        pulse.start()
        return pulse

    def drain() -> None:
        try:
            while reader.recv(64):
                pass
        except OSError:
            pass

    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(drain)
    return notifier, reader, writer


def _return_freed_memory() -> None:
    """glibc: allocations over 128 KB always come from mmap, so a freed picture (a fade's frame,
    a scene's buffers) goes back to the system at once. By default glibc raises that threshold
    after the first such free, and later pictures then stay in the heap: RSS grew by a frame per
    kind of change over the first minutes of a run."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        libc = ctypes.CDLL(None)
        libc.mallopt(-3, 128 * 1024)  # M_MMAP_THRESHOLD
    except (OSError, AttributeError):
        pass  # not glibc (musl has no mallopt): nothing to tune


def run(agenda: Agenda, settings, args, at: datetime | None, loaded=None) -> int:
    """The live kiosk: full-screen on the chosen screen (or windowed), until staff stop it."""
    _return_freed_memory()
    app = _application()
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from ui.window import KioskWindow

    screens = QGuiApplication.screens()
    if settings.screen >= len(screens):
        print(f"kiosk: --screen {settings.screen}: this computer has {len(screens)} screen(s), "
              f"numbered 0 to {len(screens) - 1}", file=sys.stderr)
        return 2
    lock = lock_file_for(settings.screen)
    if not lock.tryLock(0):
        info = lock.getLockInfo()  # (pid, host, app) in this binding; (ok, pid, host, app) in others
        pid = info[-3] if isinstance(info, tuple) and len(info) >= 3 else "unknown"
        print(f"kiosk: a kiosk is already running on screen {settings.screen} (process {pid}). "
              "Stop it first (staff panel → Exit), or start this one with --screen N for another screen.",
              file=sys.stderr)
        return 2
    sys.excepthook = log_uncaught
    screen = screens[settings.screen]
    clock = RehearsalClock(at, speed=args.speed) if at else SystemClock()
    from ui.live import AgendaFeed
    feed = AgendaFeed(agenda.source, agenda, refresh_s=settings.refresh, loaded=loaded)
    _clean_after_a_killed_write(agenda.source)
    view = KioskWindow(agenda, clock, lang=settings.language, idle_timeout_s=settings.idle_timeout, feed=feed,
                       kiosk_mode=not args.windowed, staff_pin=settings.staff_pin, qr_url=settings.qr_url)
    kiosk = view
    if settings.rotation:
        from ui.rotation import RotatedHost
        view = RotatedHost(kiosk, settings.rotation)
    view.setWindowTitle(str(agenda.event.name))
    if args.windowed:
        view.resize(1280, 720)
        view.show()
    else:
        view.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        view.setCursor(Qt.CursorShape.BlankCursor)
        view.setScreen(screen)
        view.setGeometry(screen.geometry())  # covers the screen even without a window manager
        view.showFullScreen()
    import signal
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: (log.info("kiosk stopped by the operating system"),
                                       setattr(kiosk, "exiting", True), app.quit()))
    wakeup = _wake_python_on_signals(app)  # noqa: F841 (kept alive while the kiosk runs)
    kiosk.start()  # the browser is built at the first touch, not kept ready
    from ui.awake import ScreenAwake
    awake = ScreenAwake()
    # Until the first frame is on the screen there is nothing to touch or key into, and the guard
    # (a Python filter on every event of the application) would make PySide6 create a Python type
    # with its enums for each new C++ class the start-up's events meet (~180 enums before the
    # first paint): it watches from the first frame on. The screen-blanking request (D-Bus) and
    # the start line of the log (the version: importlib.metadata) wait for that frame too.
    app.removeEventFilter(kiosk.guard)

    def first_frame_shown() -> None:
        app.installEventFilter(kiosk.guard)
        awake.inhibit()
        log.info("kiosk %s started: %s, screen %d, %s", _version(), agenda.source, settings.screen,
                 "windowed" if args.windowed else "full-screen")
        forget_module_sources()

    after_first_paint(kiosk.display, first_frame_shown)
    code = app.exec()
    awake.release()
    lock.unlock()
    return code


def after_first_paint(widget, then) -> None:
    """Call ``then`` once, just after ``widget`` is first painted (its first frame is on the screen)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, then)  # after this paint and its flush to the screen
            return False

    watcher = FirstPaint(widget)
    widget.installEventFilter(watcher)


def forget_module_sources() -> None:
    """Drop the source lines of the modules imported so far (the README's Memory note has the figure).

    PySide6 reads the source of every module imported after it (its ``__feature__`` hook looks
    for the word PySide6), and Python's linecache keeps those lines for the life of the process.
    Nothing needs them: a traceback reads the file again.
    """
    import linecache
    linecache.clearcache()


def _version() -> str:
    from kiosk import __version__
    return __version__
