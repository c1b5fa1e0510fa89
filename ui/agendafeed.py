"""The running kiosk's agenda: follows the file (or URL) and applies every valid change.

An invalid change never reaches the screen: the last good agenda stays, the problems are
logged with the same words as ``kiosk --check``, and ``problem`` is set so the display can
show its small staff marker until a valid agenda arrives.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kiosk.loader import parse_agenda
from kiosk.model import Agenda
from kiosk.problems import AgendaError
from kiosk.reading import read_file
from kiosk.sources import (
    MAX_FILE_BYTES,
    Response,
    download_deadline_s,
    is_url,
    response_problem,
    took_too_long,
    write_cache,
)

log = logging.getLogger("kiosk.agenda")

DEBOUNCE_MS = 250        # editors write in several steps; read once they are done
POLL_MS = 1500           # a safety net for file systems that do not report changes
MAX_BACKOFF_S = 600


class AgendaFeed(QObject):
    changed = Signal(object)   # a new valid Agenda
    rejected = Signal(str)     # the first problem of an invalid one
    # An agenda server answered (any HTTP status): its Date header (or None) and when, by this PC's
    # clock; emitted before the answer is judged. The status endpoint tells the clocks' difference.
    answered = Signal(object, float)

    def __init__(self, source: str, agenda: Agenda, refresh_s: float = 60.0, timeout_ms: int = 10_000,
                 parent=None, deadline_s: float | None = None, loaded=None):
        """``loaded`` (a :class:`kiosk.sources.Loaded`) is what the start found: for a URL, the
        bytes shown and their validators; shown from the cache, the server is asked at once."""
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self.deadline_s = download_deadline_s() if deadline_s is None else deadline_s
        self.loaded = loaded
        self.source = source
        self.agenda = agenda
        self.problem: str | None = None
        self.loads = 0
        self.refresh_s = refresh_s
        self.failures = 0
        if is_url(source):
            self._setup_url()
        else:
            self._setup_file()

    # --- a file -----------------------------------------------------------------------------

    def _setup_file(self) -> None:
        self.path = Path(self.source)
        self._last_bytes = self._read() or b""
        self._stamp = self._stat()
        self.watcher = QFileSystemWatcher(self)
        self._watch()
        self.watcher.fileChanged.connect(self._soon)
        self.watcher.directoryChanged.connect(self._soon)
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self.reload)
        self.poll = QTimer(self, interval=POLL_MS)
        self.poll.timeout.connect(self._poll)
        self.poll.start()

    def _watch(self) -> None:
        # Watch the folder too: editors that save by renaming a new file over the old one
        # replace the watched file, and the watch on it is lost.
        for path in (str(self.path), str(self.path.parent or ".")):
            if os.path.exists(path) and path not in self.watcher.files() + self.watcher.directories():
                self.watcher.addPath(path)

    def _stat(self):
        try:
            st = self.path.stat()
            return st.st_mtime_ns, st.st_size, st.st_ino
        except OSError:
            return None

    def _read(self) -> bytes | None:
        """The file's bytes, or None with ``read_problem`` saying why. Never blocks: a FIFO, a
        device or a folder swapped in for the agenda is refused by ``read_file``, not read."""
        try:
            data = read_file(self.path)
        except AgendaError as err:
            self.read_problem = err.problems[0].format(self.source)
            return None
        self.read_problem = None
        return data

    def _soon(self, *_):
        self._watch()
        self.debounce.start()

    def _poll(self) -> None:
        if self._stat() != self._stamp:
            self._soon()

    def poll_by(self, timer: QTimer) -> None:
        """Check the file when ``timer`` fires instead of on a timer of its own, at least every
        POLL_MS (the window's timer that also runs the clock's watchdog: one wakeup for both). A
        URL keeps its own schedule."""
        if hasattr(self, "poll"):
            self.poll.stop()
            timer.setInterval(min(timer.interval(), self.poll.interval()))
            timer.timeout.connect(self._poll)

    def reload(self) -> bool:
        """Read the source again now; returns whether a new agenda was applied."""
        if is_url(self.source):
            self.fetch()
            return False
        self._stamp = self._stat()
        self._watch()
        data = self._read()
        if data is None:
            return self._reject(f"{self.read_problem} (still showing the last good agenda)")
        if data == self._last_bytes and self.problem is None:
            return False
        try:
            agenda = parse_agenda(data, self.source)
        except AgendaError as err:
            for line in err.lines()[1:]:
                log.info("  %s", line)
            return self._reject(err.lines()[0])
        self._last_bytes = data
        return self._accept(agenda)

    # --- a URL ------------------------------------------------------------------------------

    def _setup_url(self) -> None:
        from PySide6.QtCore import Qt  # here: the first frame does without Qt's enum namespace (ui.painting)
        from PySide6.QtNetwork import QNetworkAccessManager  # only kiosks that follow a URL pay for it

        self.network = QNetworkAccessManager(self)
        self.reply = None
        loaded = self.loaded
        self._shown: bytes | None = loaded.body if loaded is not None else None  # the bytes on screen
        self.etag: str | None = loaded.etag if loaded is not None else None
        self.last_modified: str | None = loaded.last_modified if loaded is not None else None
        # a start from the saved copy has not heard the server yet: ask it now, and say when it agrees
        self._unconfirmed = loaded is not None and loaded.origin == "cache"
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.fetch)
        self.timer.start(0 if self._unconfirmed else int(self.refresh_s * 1000))
        # Qt's transfer timeout restarts with every byte: a server that trickles would hold a
        # request for hours. This one ends it at the deadline, however the bytes come.
        self.deadline = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self.deadline.timeout.connect(self._too_slow)

    def fetch(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtNetwork import QNetworkRequest

        if self.reply is not None:
            return
        request = QNetworkRequest(QUrl(self.source))
        request.setTransferTimeout(self.timeout_ms)
        request.setRawHeader(b"User-Agent", b"lobby-kiosk")
        if self.etag:
            request.setRawHeader(b"If-None-Match", self.etag.encode("latin-1", "replace"))
        if self.last_modified:
            request.setRawHeader(b"If-Modified-Since", self.last_modified.encode("latin-1", "replace"))
        self._too_big = self._late = False
        self.reply = self.network.get(request)
        self.reply.downloadProgress.connect(self._progress)
        self.reply.finished.connect(self._finished)
        self.deadline.start(int(self.deadline_s * 1000))

    def _progress(self, received: int, _total: int) -> None:
        if received > MAX_FILE_BYTES and self.reply is not None:
            self._too_big = True
            self.reply.abort()

    def _too_slow(self) -> None:
        if self.reply is not None:
            self._late = True
            self.reply.abort()

    def _finished(self) -> None:
        from PySide6.QtNetwork import QNetworkReply, QNetworkRequest

        self.deadline.stop()
        reply, self.reply = self.reply, None
        if reply is None:
            return
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        error = reply.error()
        body = bytes(reply.readAll().data())
        header = lambda name: bytes(reply.rawHeader(name).data()).decode("latin-1") or None  # noqa: E731
        # (header names as str: this binding refuses bytes)
        reply.deleteLater()
        if status is not None and not (self._too_big or self._late):
            import time
            self.answered.emit(header("Date"), time.time())
        if self._too_big:
            self._failed(f"{self.source}: download: the download is larger than {MAX_FILE_BYTES // 2**20} MB")
        elif self._late:
            self._failed(f"{self.source}: download: {took_too_long(self.deadline_s)}")
        elif status == 304:
            self._unchanged()
        elif error in (QNetworkReply.NetworkError.OperationCanceledError, QNetworkReply.NetworkError.TimeoutError):
            self._failed(f"{self.source}: download: no answer within {self.timeout_ms / 1000:g} s")
        elif status is None or (error != QNetworkReply.NetworkError.NoError and not status):
            self._failed(f"{self.source}: download: the server cannot be reached ({reply.errorString()})")
        else:
            length = header("Content-Length")
            response = Response(int(status), body, header("Content-Type") or "",
                                int(length) if length and length.isdigit() else None,
                                header("ETag"), header("Last-Modified"))
            problem = response_problem(response)
            if problem:
                self._failed(f"{self.source}: download: {problem}")
                return
            if body == self._shown:  # the same bytes: nothing to parse, nothing changed
                self.etag, self.last_modified = response.etag, response.last_modified
                self._unchanged()
                return
            try:
                agenda = parse_agenda(body, self.source)
            except AgendaError as err:
                self._failed(err.lines()[0])  # (its ETag is not kept: a 304 must mean the agenda shown)
                return
            self.etag, self.last_modified = response.etag, response.last_modified
            self.failures = 0
            self._shown, self._unconfirmed = body, False
            write_cache(self.source, body, response.etag, response.last_modified)
            self._accept(agenda)
            self._schedule()

    def _unchanged(self) -> None:
        """The server confirms the agenda shown (a 304, or the same bytes)."""
        self.failures = 0
        if self._unconfirmed or self.problem is not None:
            log.info("agenda up to date: %s", self.source)
            self._unconfirmed = False
        if self.problem is not None:
            self.problem = None
            self.changed.emit(self.agenda)  # the same agenda: the screen drops its staff marker
        self._schedule()

    def _failed(self, first_problem: str) -> None:
        self.failures += 1
        self._reject(first_problem)
        self._schedule()

    def _schedule(self) -> None:
        """The next request: the refresh interval, stretched after each failure in a row."""
        if not hasattr(self, "timer"):
            return
        cap = max(MAX_BACKOFF_S, self.refresh_s)
        delay = min(cap, self.refresh_s * 2 ** max(0, self.failures - 1))
        self.timer.start(int(delay * 1000))

    # --- outcomes -----------------------------------------------------------------------------

    def _accept(self, agenda: Agenda) -> bool:
        self.agenda = agenda
        self.problem = None
        self.loads += 1
        log.info("agenda reloaded: %s: %d items", self.source, len(agenda.items))
        self.changed.emit(agenda)
        return True

    def _reject(self, first_line: str) -> bool:
        what = first_line.removeprefix(f"{self.source}: ")
        if what != self.problem:
            log.warning("agenda rejected: %s: %s", self.source, what)
        self.problem = what
        self.rejected.emit(what)
        return False
