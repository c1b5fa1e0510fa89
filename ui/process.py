"""The kiosk as a process: one per screen, stopped by signals, errors logged, memory given back."""

from __future__ import annotations

import logging
import os
import signal
import sys

log = logging.getLogger("kiosk")


def log_uncaught(kind, value, tb) -> None:
    """An exception in a slot or timer is logged with its traceback; the kiosk carries on."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.error("unexpected error (the kiosk carries on)", exc_info=(kind, value, tb))


class ScreenLock:
    """One kiosk per screen: a lock file in the runtime folder that a second start on the same
    screen cannot take while the first runs.

    Where there is ``fcntl`` (Linux, macOS), an advisory lock on the file (``flock``): the kernel
    drops it when the process ends, however it ends, so a killed kiosk leaves no stale lock, and
    nothing is synced to disk (Qt's ``QLockFile`` syncs its file before the first frame, which is
    slow where the runtime folder is on a disk: README, "Where the budgets stand"). The file holds the
    holder's process id, for the message to the second. Elsewhere (Windows), Qt's ``QLockFile``.
    """

    def __init__(self, screen: int):
        self.path = os.path.join(runtime_folder(), f"lobby-kiosk-screen{screen}.lock")
        self._fd: int | None = None
        self._qt = None

    def acquire(self) -> bool:
        """True when this process now holds the screen; False when another kiosk does. OSError
        when the file cannot be made (its folder is not writable, or a folder has its name)."""
        try:
            import fcntl
        except ImportError:
            return self._acquire_qt()
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except OSError:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def _acquire_qt(self) -> bool:
        from PySide6.QtCore import QLockFile
        self._qt = QLockFile(self.path)
        self._qt.setStaleLockTime(0)  # a lock left by a crashed kiosk is noticed by its dead pid instead
        return self._qt.tryLock(0)

    def holder(self) -> str:
        """The process id of the kiosk that holds the screen, as its file says, or "unknown"."""
        if self._qt is not None:
            info = self._qt.getLockInfo()  # (pid, host, app) in this binding; (ok, pid, host, app) in others
            return str(info[-3]) if isinstance(info, tuple) and len(info) >= 3 else "unknown"
        try:
            with open(self.path, encoding="ascii", errors="replace") as file:
                pid = file.read(32).strip()
        except OSError:
            return "unknown"
        return pid if pid.isdigit() else "unknown"

    def release(self) -> None:
        """Let another kiosk have the screen (the file stays: it is the lock's place, not the lock)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._qt is not None:
            self._qt.unlock()


def runtime_folder() -> str:
    """Where a user's running programs keep their files, as Qt's QStandardPaths finds it:
    $XDG_RUNTIME_DIR, else a folder runtime-USER of the temporary folder, made private."""
    folder = os.environ.get("XDG_RUNTIME_DIR", "")
    if folder and os.path.isdir(folder):
        return folder
    try:
        import pwd
        user = pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, AttributeError):
        user = os.environ.get("USER") or os.environ.get("USERNAME") or "kiosk"
    folder = os.path.join(os.environ.get("TMPDIR") or ("/tmp" if os.name != "nt" else os.environ.get("TEMP", ".")),
                          f"runtime-{user}")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    return folder


def stop_on_signals(app, stop) -> object:
    """SIGTERM (systemd) and SIGINT (Ctrl+C) call ``stop``, even while Qt's loop waits.

    Returns what must be kept alive as long as the loop runs.
    """
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop())
    return _wake_python_on_signals(app)


def _wake_python_on_signals(app):
    """Let Python's signal handlers run while Qt's loop waits.

    Python only runs a handler when it next executes; inside app.exec() that may be never. The C
    handler writes each signal to a pipe (signal.set_wakeup_fd) whose readiness wakes Qt's loop,
    and the slot that drains it is Python, so the handler runs then: no polling timer. Where that
    cannot be set up, a half-second timer gives Python its moments instead.
    """
    from PySide6.QtCore import QSocketNotifier, QTimer
    try:
        if os.name == "posix":  # a pipe: the socket module is not imported before the first frame
            reader, writer = os.pipe()
            for end in (reader, writer):
                os.set_blocking(end, False)
            watched, wakeup = reader, writer

            def read() -> bytes:
                return os.read(reader, 64)
        else:  # Windows gives set_wakeup_fd sockets only
            import socket
            reader, writer = socket.socketpair()
            for end in (reader, writer):
                end.setblocking(False)
            watched, wakeup, read = reader.fileno(), writer.fileno(), lambda: reader.recv(64)
        signal.set_wakeup_fd(wakeup)
    except (OSError, ValueError, AttributeError):
        pulse = QTimer(app, interval=500)
        pulse.timeout.connect(lambda: None)
        pulse.start()
        return pulse

    def drain() -> None:
        try:
            while read():
                pass
        except OSError:  # nothing more to read (EAGAIN)
            pass

    notifier = QSocketNotifier(watched, QSocketNotifier.Type.Read, app)
    notifier.activated.connect(drain)
    return notifier, reader, writer


def return_freed_memory() -> None:
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


def spare_pyside_source_reads() -> None:
    """Tell PySide6 up front what it would otherwise read every module's whole source to learn.

    Once PySide6 is imported, its ``__feature__`` hook (``feature_imported`` in shibokensupport's
    feature.py) looks at each module an import statement names, the first time it meets the name,
    and reads that module's whole source to see whether the word PySide6 is in it. It notes the
    answer in its table ``pyside_feature_dict``: 0 for a module that may select a feature (``from
    __feature__ import snake_case``), -1 for one to ignore. Before the first frame that was tens
    of files: the standard library's that the Qt side imports and the kiosk's own (README, "First
    paint"; napari issue 8584 describes the same).

    The kiosk selects no feature, and PySide's C side treats a module that is not in the table like
    one noted -1, and 0 like -1 while no module has selected a feature, so the answer changes
    nothing. Noted here: the modules imported so far, the standard library's top-level ones and every
    module of ``kiosk`` (-1: they never touch Qt), and those of ``ui`` (0, as PySide would note
    them). What is left (a submodule such as ``email.utils`` imported later) is still read, and
    ``forget_module_sources`` drops those lines. A module that selects a feature still gets it (the
    hook notes it when it imports ``__feature__``), and ``ui``'s modules, noted 0, keep Qt's own
    names even then. If a later PySide6 keeps no such table, this does nothing.
    """
    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    ours = [name for package in ("ui", "kiosk")
            for folder in getattr(sys.modules.get(package), "__path__", ()) for name in _module_names(folder, package)]
    # sys.stdlib_module_names: those the browser and the panel import first (hmac …)
    for name in [*sys.modules, *sys.stdlib_module_names, *ours]:
        table.setdefault(name, 0 if name.partition(".")[0] == "ui" else -1)


def _module_names(folder: str, package: str) -> list[str]:
    """The dotted names of the modules in a package's folder and its subfolders (their .py files)."""
    names = []
    try:
        entries = list(os.scandir(folder))
    except OSError:  # a packaged build: the modules are in its archive, whose sources PySide cannot read
        return names
    for entry in entries:
        if entry.name.endswith(".py"):
            stem = entry.name[:-3]
            names.append(package if stem == "__init__" else f"{package}.{stem}")
        elif entry.is_dir() and not entry.name.startswith((".", "__")):
            names.extend(_module_names(entry.path, f"{package}.{entry.name}"))
    return names


def forget_module_sources() -> None:
    """Drop the source lines of the modules imported so far.

    PySide6 reads the source of every module imported after it (its ``__feature__`` hook looks
    for the word PySide6), and Python's linecache keeps those lines for the life of the process.
    Nothing needs them: a traceback reads the file again.
    """
    import linecache
    linecache.clearcache()
