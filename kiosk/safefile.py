"""Writing a user's file safely: whole or not at all, keeping its mode, owner and symlink.

Every file the kiosk writes for someone (the staff panel's delays, ``--convert``, the exports,
``--screenshot``, the agenda cache) goes through :func:`write_file`:

- the new bytes go to a temporary file in the target's own folder (``.<name>.kiosk-<pid>-<n>.tmp``),
  are flushed to the disk (fsync), and only then renamed over the target (``os.replace``): a full
  disk, a crash or a power cut leaves the old file as it was;
- the new file gets the old one's mode bits and, where the process may (root, or the same user),
  its owner and group; a new file gets the usual mode of the user's umask (e.g. 0644);
- a symlink is written through: its final target gets the new bytes, the link stays a link;
- a read-only file (no write bits, or no write permission for this user) is refused and left as
  it was; so is anything that is not a regular file;
- temporary files that an earlier, killed writer left behind (its process is gone, or they are
  older than :data:`STALE_AFTER_S`) are removed from that folder before each write.

Failures raise :class:`WriteError` (an ``OSError``) whose ``str`` is one plain sentence that ends
"nothing was written".
"""

from __future__ import annotations

import errno
import itertools
import os
import re
import stat
import time
from collections.abc import Callable
from pathlib import Path

STALE_AFTER_S = 600  # no write takes ten minutes: an older temporary file is a leftover
_TEMP = re.compile(r"^\..+\.kiosk-(\d+)-\d+\.tmp$")
_counter = itertools.count()
_in_progress: set[str] = set()  # this process's temporary files being written right now


class WriteError(OSError):
    """A file could not be written; ``str()`` says why in plain words, and that nothing changed."""

    def __init__(self, message: str, code: int = errno.EIO):
        super().__init__(code, message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ReadOnly(WriteError):
    """The target is read-only (or not a regular file): refused, left as it was."""


class Changed(WriteError):
    """The target changed between reading it and replacing it (someone else saved it)."""


def final_target(path: str | os.PathLike) -> Path:
    """Where the bytes really go: ``path`` with every symlink followed (a dangling one included)."""
    return Path(os.path.realpath(path))


def temp_name(target: Path) -> Path:
    return target.parent / f".{target.name}.kiosk-{os.getpid()}-{next(_counter)}.tmp"


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl+C there: rely on the age alone
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. EPERM: it exists, it is someone else's
        return True
    return True


def clean_stale(folder: str | os.PathLike, now: float | None = None) -> list[Path]:
    """Remove the kiosk's leftover temporary files in ``folder``; returns those removed.

    A temporary file is left over when the process that made it is gone (``kill -9``, a power
    cut) or it is older than :data:`STALE_AFTER_S`. Other files are never touched.
    """
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP.match(entry.name)
        if not match or entry.path in _in_progress:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            pid = int(match[1])
            mine = pid == os.getpid()
            if not mine and _alive(pid) and now - entry.stat(follow_symlinks=False).st_mtime < STALE_AFTER_S:
                continue  # another kiosk writing right now
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def refusal(path: str | os.PathLike, target: Path | None = None) -> ReadOnly | None:
    """Why ``path`` must not be written over, or None. Checks the mode bits as well as access:
    root may write anything, but a file without write bits was made read-only on purpose."""
    target = final_target(path) if target is None else target
    try:
        st = target.stat()
    except FileNotFoundError:
        return None
    except OSError as err:
        return ReadOnly(f"{path} cannot be reached ({err.strerror or err}); nothing was written", err.errno)
    if stat.S_ISDIR(st.st_mode):
        return ReadOnly(f"{path} is a folder, not a file; nothing was written", errno.EISDIR)
    if not stat.S_ISREG(st.st_mode):
        return ReadOnly(f"{path} is not a regular file; nothing was written", errno.EINVAL)
    if not st.st_mode & 0o222 or not os.access(target, os.W_OK):
        return ReadOnly(f"{path} is read-only; nothing was written", errno.EACCES)
    return None


def write_file(path: str | os.PathLike, data: bytes, *, expect: bytes | None = None,
               before_replace: Callable[[], None] | None = None) -> None:
    """Replace the file at ``path`` (through symlinks) with ``data``, whole or not at all.

    With ``expect``, the file must still hold exactly those bytes just before the rename
    (checked after ``before_replace`` runs, which is a seam for tests); otherwise :class:`Changed`
    is raised and nothing is written. Raises :class:`WriteError` in plain words.
    """
    target = final_target(path)
    problem = refusal(path, target)
    if problem:
        raise problem
    try:
        old = target.stat()
    except OSError:
        old = None
    if expect is not None and old is None:
        raise Changed(f"{path} was removed meanwhile; nothing was written", errno.ENOENT)
    clean_stale(target.parent)
    tmp = temp_name(target)
    _in_progress.add(str(tmp))
    try:
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except OSError as err:
            raise _failed(path, err) from None
        try:
            with os.fdopen(fd, "wb") as handle:
                if old is not None:
                    _keep_owner_and_mode(handle.fileno(), old)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if before_replace is not None:
                before_replace()
            if expect is not None:
                try:  # (a FIFO swapped in meanwhile would block a read: only a regular file is read)
                    now = target.read_bytes() if stat.S_ISREG(target.stat().st_mode) else None
                except OSError:
                    now = None
                if now != expect:
                    raise Changed(f"{path} changed meanwhile; nothing was written", errno.EAGAIN)
            os.replace(tmp, target)
        except WriteError:
            raise
        except OSError as err:
            raise _failed(path, err) from None
        finally:
            if os.path.lexists(tmp):
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
    finally:
        _in_progress.discard(str(tmp))
    _sync_folder(target.parent)


def _failed(path, err: OSError) -> WriteError:
    return WriteError(f"cannot write {path} ({err.strerror or err}); nothing was written", err.errno or errno.EIO)


def _keep_owner_and_mode(fd: int, old: os.stat_result) -> None:
    """Owner and group first (a chown may clear set-id bits), then the mode bits."""
    if hasattr(os, "fchown") and (old.st_uid, old.st_gid) != (os.geteuid(), os.getegid()):
        try:
            os.fchown(fd, old.st_uid, old.st_gid)
        except OSError:
            try:  # not root: the group can still be kept when this user belongs to it
                os.fchown(fd, -1, old.st_gid)
            except OSError:
                pass
    try:
        os.fchmod(fd, stat.S_IMODE(old.st_mode))
    except (OSError, AttributeError):  # Windows before 3.13 has no fchmod; its mode is a read-only bit
        pass


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); best effort."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
