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


def screenshot(agenda: Agenda, args, at: datetime | None) -> int:
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
    from ui.window import KioskWindow

    width, height = args.size
    clock = RehearsalClock(at or datetime.now(timezone.utc), speed=0)
    window = KioskWindow(agenda, clock)
    window.resize(width, height)
    if view == "display":
        window.display.resize(width, height)  # the stack lays out its pages only when shown
        image = window.display.render_image()
    else:
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
    if not image.save(out, "PNG"):
        print(f"kiosk: --screenshot: cannot write '{out}' (does the folder exist and may I write there?)",
              file=sys.stderr)
        return 2
    return 0


def run(agenda: Agenda, args, at: datetime | None) -> int:
    """The live kiosk: full-screen on the chosen screen (or windowed), until the app quits."""
    app = _application()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from ui.window import KioskWindow

    screens = QGuiApplication.screens()
    if args.screen >= len(screens):
        print(f"kiosk: --screen {args.screen}: this computer has {len(screens)} screen(s), "
              f"numbered 0 to {len(screens) - 1}", file=sys.stderr)
        return 2
    screen = screens[args.screen]
    clock = RehearsalClock(at, speed=args.speed) if at else SystemClock()
    from ui.live import AgendaFeed
    feed = AgendaFeed(agenda.source, agenda, refresh_s=getattr(args, "refresh", 60.0))
    view = KioskWindow(agenda, clock, idle_timeout_s=args.idle_timeout, feed=feed)
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
    view.start()
    return app.exec()
