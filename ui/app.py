"""Starting the Qt side: the application, the full-screen window, and offscreen previews."""

from __future__ import annotations

import logging
import os
import sys
from datetime import datetime, timezone

from kiosk import __version__
from kiosk.clock import RehearsalClock, SystemClock
from kiosk.model import Agenda
from ui.process import (forget_module_sources, lock_file_for, log_uncaught, return_freed_memory,
                        stop_on_signals)

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
        from ui.display.view import DisplayView
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
    """``image`` as the bytes of an 8-bit RGB PNG file.

    Qt's PNG writer takes ~95 ms for a full-HD screen (libpng weighs a filter for every row).
    Here the rows go unfiltered into one zlib stream at level 1, pixel for pixel the same picture
    in fewer bytes. The stream is deflated in two halves on two threads (zlib lets go of the GIL):
    the first half ends on a byte boundary (a sync flush), the second carries on from it, and the
    two Adler-32 checksums are combined as zlib's adler32_combine does: ~25 ms instead of ~33.
    """
    import struct
    import threading
    import zlib
    from PySide6.QtGui import QImage
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    pixels, row = memoryview(rgb.constBits()), width * 3
    halves = (range(height // 2), range(height // 2, height))
    done: list = [None, None]

    def deflate(half: int) -> None:
        packer, adler = zlib.compressobj(1, zlib.DEFLATED, -15), 1  # raw deflate: the header is added below
        parts = []
        for y in halves[half]:
            pixel_row = pixels[y * stride:y * stride + row]
            parts.append(packer.compress(b"\x00"))  # the row's filter: none
            parts.append(packer.compress(pixel_row))
            adler = zlib.adler32(pixel_row, zlib.adler32(b"\x00", adler))
        parts.append(packer.flush(zlib.Z_SYNC_FLUSH if half == 0 else zlib.Z_FINISH))
        done[half] = b"".join(parts), adler

    helper = threading.Thread(target=deflate, args=(1,), name="png")
    helper.start()
    deflate(0)
    helper.join()
    (first, adler_a), (second, adler_b) = done
    checksum = _adler32_combine(adler_a, adler_b, len(halves[1]) * (row + 1))
    stream = b"\x78\x01" + first + second + struct.pack(">I", checksum)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8 bits, truecolour, no interlace
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", stream) + chunk(b"IEND", b"")


def _clean_after_a_killed_write(source: str) -> None:
    """At start: temporary files a killed kiosk left beside its agenda (the staff panel writes there)."""
    from kiosk.safefile import clean_stale, final_target
    from kiosk.sources import is_url
    if not is_url(source):
        for path in clean_stale(final_target(source).parent):
            log.info("removed a temporary file left by an interrupted write: %s", path)


def _adler32_combine(adler_a: int, adler_b: int, length_b: int) -> int:
    """The Adler-32 of A followed by B, from theirs and B's length (zlib's adler32_combine)."""
    base = 65521
    rem = length_b % base
    sum1 = adler_a & 0xFFFF
    sum2 = (rem * sum1) % base
    sum1 = (sum1 + (adler_b & 0xFFFF) + base - 1) % base
    sum2 = (sum2 + (adler_a >> 16) + (adler_b >> 16) + base - rem) % base
    return sum1 | (sum2 << 16)


def run(agenda: Agenda, settings, args, at: datetime | None, loaded=None) -> int:
    """The live kiosk: full-screen on the chosen screen (or windowed), until staff stop it."""
    return_freed_memory()
    app = _application()
    from PySide6.QtCore import Qt
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
    from ui.awake import ScreenAwake
    awake = ScreenAwake()
    awake.inhibit()
    wakeup = stop_on_signals(app, lambda: (log.info("kiosk stopped by the operating system"),  # noqa: F841
                                           setattr(kiosk, "exiting", True), app.quit()))  # alive while it runs
    log.info("kiosk %s started: %s, screen %d, %s", __version__, agenda.source, settings.screen,
             "windowed" if args.windowed else "full-screen")
    kiosk.start()  # the browser is built at the first touch (~0.2 s), not kept ready: ~5 MB less
    forget_module_sources()
    import gc
    gc.enable()  # kiosk.cli.command keeps it off during start-up; a running kiosk collects its cycles
    code = app.exec()
    awake.release()
    lock.unlock()
    return code

