"""The kiosk's log: one line per outcome staff may need to read afterwards.

By default a size-rotated file in the user's log folder, one per screen (``kiosk.log`` for screen
0, ``kiosk-screen1.log`` for screen 1 …), and stderr as well when it is a terminal;
``--log-file PATH`` chooses the file. Several kiosks may still share one file (the same
``--log-file``): rotation is safe across processes. A log that cannot be written (a full disk)
is said once on stderr, not once per line, and once again when it works again.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 5


def default_log_file(screen: int = 0) -> Path:
    import platformdirs
    name = "kiosk.log" if not screen else f"kiosk-screen{screen}.log"
    return Path(platformdirs.user_log_dir("lobby-kiosk", appauthor=False)) / name


class _SaysOnce:
    """A handler mixin: an OSError while writing (disk full, file too large, a gone folder) is
    said once on ``notes`` in one plain line, not as a traceback per record; the handler keeps
    trying, and says once more when a record gets through again."""

    notes = None
    what = "the log"
    failing: OSError | None = None
    lost = 0

    def _setup_once(self, notes, what: str) -> None:
        self.notes, self.what = notes, what
        self.failing: OSError | None = None
        self.lost = 0

    def handleError(self, record: logging.LogRecord) -> None:
        err = sys.exc_info()[1]
        if not isinstance(err, OSError):
            super().handleError(record)  # a mistake in a log call: Python's own report
            return
        self.lost += 1
        if self.failing is None:
            self.failing = err
            self._note(f"kiosk: cannot write {self.what} ({_reason(err)}); the kiosk carries on and will say "
                       "when the log works again")

    def _written(self) -> None:
        if self.failing is not None:
            lost, reason, self.failing, self.lost = self.lost, _reason(self.failing), None, 0
            self._note(f"kiosk: {self.what} works again ({lost} line(s) lost: {reason})")

    def _gap(self) -> str:
        """While failing: the line that says, in the log itself, how many lines it is missing."""
        if self.failing is None:
            return ""
        note = logging.makeLogRecord({"name": "kiosk.log", "levelno": logging.WARNING, "levelname": "WARNING",
                                      "msg": "log: %d line(s) could not be written (%s)",
                                      "args": (self.lost, _reason(self.failing))})
        return self.format(note) + "\n"

    def _note(self, line: str) -> None:
        if self.notes is None or self.notes is getattr(self, "stream", None):
            return
        try:
            print(line, file=self.notes, flush=True)
        except (OSError, ValueError):
            pass


def _reason(err: OSError) -> str:
    if err.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full"
    if err.errno == errno.EFBIG:
        return "the file is larger than this system allows"
    return err.strerror or str(err)


class SharedRotatingFileHandler(_SaysOnce, logging.FileHandler):
    """A rotated log file that several processes may write at once.

    Python's RotatingFileHandler assumes it is alone: after another process renamed the file
    away it writes on into the old one, rotates again at once, and its renames race with the
    other's (``FileNotFoundError``, a backup removed that was just made). This one writes to
    whatever file is at the path now (reopening when it was renamed or deleted), judges the
    size by that file, rotates under a lock file (where the system has ``fcntl``) and looks
    again once it holds the lock, and takes a rename that finds nothing as done by the other.
    It writes, judges and rotates on its own, so it is a plain FileHandler with Python's names
    for the two limits (``logging.handlers`` would add socket, pickle and queue before the first frame).
    """

    def __init__(self, filename, maxBytes: int = MAX_BYTES, backupCount: int = BACKUPS, notes=None):
        super().__init__(filename, mode="a", encoding="utf-8")
        self.maxBytes, self.backupCount = maxBytes, backupCount
        self._setup_once(notes, f"the log file {self.baseFilename}")

    def _follow(self) -> None:
        """Make sure the open file is the one at the path (open it when there is none)."""
        if self.stream is not None:
            try:
                here = os.stat(self.baseFilename)
                mine = os.fstat(self.stream.fileno())
                if (here.st_dev, here.st_ino) == (mine.st_dev, mine.st_ino):
                    return
            except (OSError, ValueError):
                pass
            self._close_stream()
        self.stream = self._open()

    def _close_stream(self) -> None:
        stream, self.stream = self.stream, None
        try:
            stream.close()
        except (OSError, ValueError):
            pass  # a full disk refuses the last flush: those bytes are lost either way

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        if self.maxBytes <= 0 or self.stream is None:
            return False
        size = os.fstat(self.stream.fileno()).st_size  # the file's size, not this process's part of it
        return size > 0 and size + len(self.format(record).encode("utf-8")) + 1 >= self.maxBytes

    def doRollover(self) -> None:
        self._rollover(None)

    def _rollover(self, record: logging.LogRecord | None) -> None:
        with _Lock(self.baseFilename + ".lock"):
            self._follow()  # another process may have rotated meanwhile: then there is nothing to do
            if record is not None and not self.shouldRollover(record):
                return
            self._close_stream()
            try:
                for i in range(self.backupCount - 1, 0, -1):
                    _move(f"{self.baseFilename}.{i}", f"{self.baseFilename}.{i + 1}")
                if self.backupCount > 0:
                    _move(self.baseFilename, f"{self.baseFilename}.1")
                else:
                    _remove(self.baseFilename)
            except OSError:
                pass  # a file held open elsewhere (Windows): write on into this one, rotate next time
            self.stream = self._open()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._follow()
            if self.shouldRollover(record):
                self._rollover(record)
            text = self._gap() + self.format(record) + self.terminator
            if self.failing is not None and not _ends_a_line(self.baseFilename):
                text = "\n" + text  # after a refused write: not glued to the line it cut short
            self.stream.write(text)
            self.stream.flush()  # one write per line; an error is seen now, not at the next record
        except Exception as err:
            if isinstance(err, OSError) and self.stream is not None:
                self._close_stream()  # what the disk refused is dropped, not retried in a growing buffer
            self.handleError(record)
        else:
            self._written()


class QuietStreamHandler(_SaysOnce, logging.StreamHandler):
    """The terminal's copy of the log, with the same single note when it cannot be written."""

    def __init__(self, stream, notes=None):
        super().__init__(stream)
        self._setup_once(notes, "the log to the terminal")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except Exception:
            self.handleError(record)
        else:
            self._written()


def _ends_a_line(path: str) -> bool:
    try:
        with open(path, "rb") as file:
            if file.seek(0, os.SEEK_END) == 0:
                return True
            file.seek(-1, os.SEEK_END)
            return file.read(1) == b"\n"
    except OSError:
        return True


def _move(source: str, target: str) -> None:
    try:
        os.replace(source, target)
    except FileNotFoundError:
        pass  # nothing there (yet, or another process moved it): nothing to move


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


class _Lock:
    """An exclusive lock on a file shared by the processes that write one log (fcntl; where
    there is none, as on Windows, nothing: there each screen has its own file by default)."""

    def __init__(self, path: str):
        self.path, self.fd = path, None

    def __enter__(self):
        try:
            import fcntl
        except ImportError:
            return self
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except OSError:
            self.__exit__()  # no lock to be had (a full disk, a read-only folder): rotate without
        return self

    def __exit__(self, *_):
        if self.fd is not None:
            os.close(self.fd)  # closing lets go of the lock
            self.fd = None


def setup_logging(path: str | None = None, stream=None, screen: int = 0) -> Path | None:
    """Send the kiosk's log to a rotated file (and a terminal); returns the file, if one could be opened."""
    root = logging.getLogger("kiosk")
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    formatter = logging.Formatter(FORMAT)
    stream = stream if stream is not None else sys.stderr
    target = Path(path) if path else default_log_file(screen or 0)
    opened = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = SharedRotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS, notes=stream)
        handler.setFormatter(formatter)
        root.addHandler(handler)
        opened = target
    except OSError as err:
        print(f"kiosk: cannot write the log file {target} ({err.strerror}); logging to the terminal only",
              file=stream)
    if stream is not None and (opened is None or getattr(stream, "isatty", lambda: False)()):
        console = QuietStreamHandler(stream)
        console.setFormatter(formatter)
        root.addHandler(console)
    return opened
