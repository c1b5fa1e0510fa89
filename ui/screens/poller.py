"""Asking each lobby screen for its status and picture, without ever blocking the window.

QtNetwork on the GUI thread: requests run in the background and their answers arrive as
signals, so a screen that does not answer (or answers slowly) delays nothing else.
"""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from kiosk.fleet import Report, clock_offset
from ui.i18n import tr

TIMEOUT_MS = 5000
MAX_STATUS_BYTES = 1024 * 1024
MAX_PICTURE_BYTES = 8 * 1024 * 1024


class ScreenPoller(QObject):
    """One screen: ``poll()`` asks for /status, then /screen.png; ``changed`` after each answer."""

    changed = Signal()

    def __init__(self, address: str, token: str, network: QNetworkAccessManager, parent=None):
        super().__init__(parent)
        self.address, self.token, self.network = address.rstrip("/"), token, network
        self.report = Report(self.address)
        self.picture: QImage | None = None
        self.picture_at: float | None = None
        self.last_answer_at: float | None = None
        self._pending: set[QNetworkReply] = set()

    def _get(self, path: str, handler) -> None:
        request = QNetworkRequest(QUrl(self.address + path))
        request.setTransferTimeout(TIMEOUT_MS)
        request.setRawHeader(b"Authorization", b"Bearer " + self.token.encode("utf-8"))
        request.setRawHeader(b"User-Agent", b"lobby-kiosk-screens")
        sent = time.time()
        reply = self.network.get(request)
        self._pending.add(reply)
        reply.finished.connect(lambda: self._done(reply, sent, handler))

    def stop(self) -> None:
        """Drop the requests under way, unanswered: nothing arrives after the window has gone."""
        for reply in list(self._pending):
            reply.finished.disconnect()
            reply.abort()
            reply.deleteLater()
        self._pending.clear()

    def poll(self) -> None:
        if self._pending:  # the last round has not finished: it ends by its timeout
            return
        self._get("/status", self._status)

    def _done(self, reply: QNetworkReply, sent: float, handler) -> None:
        self._pending.discard(reply)
        received = time.time()
        code = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        error = reply.error()
        body = bytes(reply.readAll().data())
        problem = None if error == QNetworkReply.NetworkError.NoError else reply.errorString()
        reply.deleteLater()
        handler(code, body, problem, sent, received)

    def _status(self, code, body: bytes, problem: str | None, sent: float, received: float) -> None:
        report = self.report
        document = None
        if code == 200 and problem is None and len(body) <= MAX_STATUS_BYTES:
            try:
                document = json.loads(body)
            except ValueError:
                pass
            if not isinstance(document, dict):
                problem = tr("its answer is not a kiosk's status")
        elif code == 401:
            problem = tr("it refuses the token: status_token differs from the kiosk's")
        elif code:
            problem = tr("it answered HTTP %1", args=(code,))
        if isinstance(document, dict):
            report.status, report.answering, report.error = document, True, None
            report.clock_offset_s = clock_offset(document, sent, received)
            self.last_answer_at = received
            self.changed.emit()
            self._get("/screen.png", self._picture)
        else:
            report.answering, report.error = False, problem or tr("no answer")
            self.changed.emit()

    def _picture(self, code, body: bytes, problem: str | None, _sent: float, received: float) -> None:
        if code == 200 and problem is None and len(body) <= MAX_PICTURE_BYTES:
            image = QImage()
            if image.loadFromData(body, "PNG"):
                self.picture, self.picture_at = image, received
                self.changed.emit()
