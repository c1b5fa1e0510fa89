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
    """Render what the screen shows at ``at`` to a PNG, offscreen; exit code."""
    _application(offscreen=True)
    from ui.display import DisplayView

    width, height = args.size
    clock = RehearsalClock(at or datetime.now(timezone.utc), speed=0)
    view = DisplayView(agenda, clock)
    view.resize(width, height)
    image = view.render_image()
    out = args.screenshot
    if not out.lower().endswith(".png"):
        print(f"kiosk: --screenshot: '{out}' should end in .png", file=sys.stderr)
        return 2
    if not image.save(out, "PNG"):
        print(f"kiosk: --screenshot: cannot write '{out}' (does the folder exist and may I write there?)",
              file=sys.stderr)
        return 2
    return 0


def run(agenda: Agenda, args, at: datetime | None) -> int:
    """The live kiosk: full-screen on the chosen screen (or windowed), until the app quits."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    app = _application()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from ui.display import DisplayView

    screens = QGuiApplication.screens()
    if args.screen >= len(screens):
        print(f"kiosk: --screen {args.screen}: this computer has {len(screens)} screen(s), "
              f"numbered 0 to {len(screens) - 1}", file=sys.stderr)
        return 2
    screen = screens[args.screen]
    clock = RehearsalClock(at, speed=args.speed) if at else SystemClock()
    view = DisplayView(agenda, clock)
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
