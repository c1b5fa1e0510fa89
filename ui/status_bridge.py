"""The Qt side of the status endpoint: facts published by the GUI thread, pictures grabbed on it.

The server (``kiosk.statusserver``) runs on threads of its own and never touches a widget. The
GUI thread publishes an immutable :class:`kiosk.status.Facts` whenever something changes (a
refresh: each minute and at every boundary; a reload, good or bad); a server thread reads the
latest one. A picture is asked for with a queued signal: the GUI thread grabs the window when it
next runs its event loop (after a cross-fade under way, which a grab would cut short), and the
server thread scales and encodes it. A grab that has not come within the deadline is answered 503.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kiosk.schedule import state_as_json
from kiosk.status import Facts, LastError, LoadOutcome, clock_offset_s

log = logging.getLogger("kiosk.status")

PICTURE_MAX_WIDTH = 960
PICTURE_REUSE_S = 1.0   # pictures asked for within this of the last one get that one: one grab a second at most
FADE_RETRY_MS = 100


class _PictureRequest:
    def __init__(self):
        self.done = threading.Event()
        self.image = None
        self.abandoned = False


class StatusBridge(QObject):
    """Keeps the status server fed from the running kiosk. Lives on the GUI thread."""

    _grab_wanted = Signal(object)

    def __init__(self, window, host, feed, screen: int, parent=None):
        """``window``: the KioskWindow (its display and its agenda); ``host``: what is on the
        screen (the window, or the rotated view around it); ``feed``: its AgendaFeed, or None."""
        super().__init__(parent if parent is not None else window)
        self.window, self.host, self.feed, self.screen = window, host, feed, screen
        self.facts: Facts | None = None
        self.reload_failures = 0
        now = time.time()
        self.last_load = LoadOutcome("ok", now)  # the agenda shown was read at the start
        self.last_good_at: float | None = now
        self.clock_offset: float | None = None
        self.server = None
        self._picture_lock = threading.Lock()
        self._picture: tuple[float, bytes] | None = None
        self._grab_wanted.connect(self._grab, Qt.ConnectionType.QueuedConnection)
        display = window.display
        display.refreshed.connect(self.publish)
        if feed is not None:
            feed.changed.connect(self._loaded)
            feed.rejected.connect(self._failed)
            feed.answered.connect(self._answered)
        self.publish()

    # --- facts, on the GUI thread --------------------------------------------------------------------

    def publish(self, *_) -> None:
        display = self.window.display
        self.facts = Facts(screen=self.screen, source=display.agenda.source, agenda=display.agenda,
                           state=state_as_json(display.state, display.agenda), state_changes=display.changes,
                           reload_failures=self.reload_failures, last_load=self.last_load,
                           last_good_at=self.last_good_at, clock_offset_s=self.clock_offset)

    def _loaded(self, _agenda) -> None:
        self.last_load = LoadOutcome("ok", time.time())
        self.last_good_at = self.last_load.at
        self.publish()

    def _failed(self, problem: str) -> None:
        self.reload_failures += 1
        self.last_load = LoadOutcome("failed", time.time(), problem)
        self.publish()

    def _answered(self, date_header, received_at: float) -> None:
        """The agenda server answered: its clock now; once the answer is judged (the feed does
        that straight after), whether it confirmed the agenda shown."""
        offset = clock_offset_s(date_header, received_at)
        if offset is not None:
            self.clock_offset = offset
        QTimer.singleShot(0, lambda: self._judged(received_at))

    def _judged(self, received_at: float) -> None:
        if self.feed is not None and self.feed.problem is None and self.last_load.at < received_at:
            self.last_load = LoadOutcome("ok", received_at)  # a 304 or the same bytes: still good
            self.last_good_at = received_at
        self.publish()

    # --- pictures -----------------------------------------------------------------------------------

    def picture(self, deadline_s: float) -> bytes | None:
        """The screen as PNG bytes, at most PICTURE_MAX_WIDTH wide; None when the GUI thread did
        not grab it within ``deadline_s``. Called on a server thread."""
        give_up = time.monotonic() + deadline_s
        if not self._picture_lock.acquire(timeout=deadline_s):
            return None
        try:
            kept = self._picture
            if kept is not None and time.monotonic() - kept[0] < PICTURE_REUSE_S:
                return kept[1]
            request = _PictureRequest()
            self._grab_wanted.emit(request)
            if not request.done.wait(max(0.0, give_up - time.monotonic())):
                request.abandoned = True
                return None
            try:
                data = encode_png(request.image, PICTURE_MAX_WIDTH)
            except OSError as err:
                log.warning("status: %s", err)
                return None
            self._picture = (time.monotonic(), data)
            return data
        finally:
            self._picture_lock.release()

    def _grab(self, request: _PictureRequest) -> None:
        if request.abandoned:
            return
        if self.window.display.fading:  # a grab repaints the display, which would end the fade at once
            QTimer.singleShot(FADE_RETRY_MS, lambda: self._grab(request))
            return
        request.image = self.host.grab().toImage()
        request.done.set()

    # --- the server ---------------------------------------------------------------------------------

    def start_server(self, address: str, port: int, token: str, last_error: LastError | None = None) -> bool:
        from kiosk.statusserver import StatusServer
        self.server = StatusServer(address, port, token, facts=lambda: self.facts, picture=self.picture,
                                   last_error=last_error)
        try:
            self.server.start()
        except OSError as err:
            log.error("status endpoint not started: %s", err)
            self.server = None
            return False
        return True

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None


def encode_png(image, max_width: int) -> bytes:
    """``image`` scaled down to ``max_width`` (never up), as PNG bytes from Qt's own writer.
    QImage work is reentrant: this runs on the server's thread, not the GUI's."""
    from ui.images import png_bytes
    if image.width() > max_width:
        image = image.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
    return png_bytes(image)


def start_status(window, host, feed, settings) -> StatusBridge | None:
    """Turn the status endpoint on as ``settings`` say (after the first frame); the bridge, or
    None when it could not listen (logged: the kiosk carries on without it)."""
    last_error = LastError()
    logging.getLogger("kiosk").addHandler(last_error)
    bridge = StatusBridge(window, host, feed, settings.screen)
    if not bridge.start_server(settings.status_address, settings.status_port, settings.status_token, last_error):
        bridge.deleteLater()
        return None
    return bridge
