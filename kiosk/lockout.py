"""The staff keypad's lock-out: wrong PINs lock it for longer each time, and a restart does not reset it.

The rule: three wrong PINs in a row lock the keypad for 30 s; each further wrong PIN doubles the
lock (1 min, 2 min, 4 min, 8 min), up to 15 min; the right PIN resets it. That leaves about 100
guesses a day instead of 10,000 in 28 hours.

The state is a small JSON file in the user's state folder (``KIOSK_STATE_DIR`` overrides it), one
per PC: the kiosks on several screens of one PC share it, so a second screen gives no extra
guesses. Times in it are wall-clock seconds (the monotonic clock restarts with the process). A
clock set back cannot lock the keypad for good (a lock never lasts longer than its recorded
length from now); a damaged file never unlocks it (it counts as a fresh 30 s lock). When the file
cannot be read or written, the state is kept in memory and that is logged once.
"""

from __future__ import annotations

import json
import logging
import math
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.record import Record

log = logging.getLogger("kiosk.staff")

MAX_TRIES = 3            # wrong PINs in a row before the first lock
BASE_S = 30.0            # the first lock; each further wrong PIN doubles it
CAP_S = 15 * 60.0        # and no lock is longer than this
STATE_NAME = "staff-lockout.json"
APP_NAME = "lobby-kiosk"
_MAX_STATE_BYTES = 4096  # the state is ~70 bytes; a bigger file is not ours


def state_dir() -> Path:
    """Where the kiosk keeps what must survive a restart: ``KIOSK_STATE_DIR``, else the user's state folder."""
    override = os.environ.get("KIOSK_STATE_DIR")
    if override:
        return Path(override)
    import platformdirs
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def lock_length(failures: int) -> float:
    """Seconds the keypad locks after this many wrong PINs in a row: 0, 0, 30, 60, 120 … at most 900."""
    if failures < MAX_TRIES:
        return 0.0
    return min(CAP_S, BASE_S * 2 ** min(failures - MAX_TRIES, 32))


def duration_words(seconds: float) -> str:
    """A lock's length for the log: "30 s", "1 min", "15 min" (rounded up)."""
    if seconds < 60:
        return f"{math.ceil(seconds)} s"
    return f"{math.ceil(seconds / 60)} min"


class State(Record, frozen=True):
    failures: int = 0           # wrong PINs in a row
    locked_until: float = 0.0   # wall-clock seconds (time.time()); 0 when not locked
    lock_s: float = 0.0         # that lock's length: how far ahead its end may lie

    def as_json(self) -> str:
        return json.dumps({"failures": self.failures, "locked_until": self.locked_until, "lock_s": self.lock_s})


def parse_state(data: bytes) -> State:
    """The state file's contents; ValueError when it is not a state this module wrote."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except RecursionError:
        raise ValueError("nested too deeply") from None
    if not isinstance(raw, dict) or set(raw) != {"failures", "locked_until", "lock_s"}:
        raise ValueError("not a lock-out state")
    failures, until, length = raw["failures"], raw["locked_until"], raw["lock_s"]
    if isinstance(failures, bool) or not isinstance(failures, int) or not 0 <= failures <= 10**9:
        raise ValueError("failures")
    for number in (until, length):
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number):
            raise ValueError("not a finite number")
    if until < 0 or not 0 <= length <= CAP_S:
        raise ValueError("out of range")
    return State(failures, float(until), float(length))


class Lockout:
    """The lock-out rule over a state file; ``clock`` is a wall clock like time.time."""

    def __init__(self, path: Path | None = None, clock: Callable[[], float] = time.time):
        self.path = path if path is not None else state_dir() / STATE_NAME
        self.clock = clock
        self._memory = State()     # the last state read or written: all there is when the file fails
        self._use_file = True
        self._damaged: bytes | None = None  # a damaged file's contents, counted once

    # --- the rule ---------------------------------------------------------------------------------

    def remaining(self) -> float:
        """Seconds the keypad stays locked; 0 when it is open."""
        return max(0.0, self.state().locked_until - self.clock())

    def failure(self) -> State:
        """A wrong PIN: the state after it (``lock_s`` is the lock it started, 0 for none yet).

        While the keypad is locked a wrong PIN cannot be typed; one that arrives anyway (another
        screen's keypad locked it meanwhile) does not count."""
        state = self.state()
        now = self.clock()
        if state.locked_until > now:
            return state
        failures = state.failures + 1
        length = lock_length(failures)
        state = State(failures, now + length if length else 0.0, length)
        self._save(state)
        return state

    def success(self) -> None:
        """The right PIN: the count starts again."""
        if self.state() != State():
            self._save(State())

    def state(self) -> State:
        """The current state, with a lock whose end lies further ahead than its length (the clock
        was set back since it began) cut to its length from now, so it cannot last for good."""
        state = self._load()
        now = self.clock()
        if state.locked_until - now > state.lock_s:
            state = State(state.failures, now + state.lock_s, state.lock_s)
            log.warning("staff lock-out: the clock was set back; the keypad stays locked for %s",
                        duration_words(state.lock_s))
            self._save(state)
        return state

    # --- the file -----------------------------------------------------------------------------------

    def _load(self) -> State:
        if not self._use_file:
            return self._memory
        try:
            data = _read_small(self.path, _MAX_STATE_BYTES)
        except FileNotFoundError:
            return self._memory  # nothing written yet (or removed meanwhile): what this process knows
        except OSError as err:
            self._fall_back(f"cannot be read ({err.strerror or err})")
            return self._memory
        try:
            state = parse_state(data)
        except ValueError:
            return self._count_damaged(data)
        self._memory = state
        return state

    def _count_damaged(self, data: bytes) -> State:
        """A damaged file never unlocks: it counts as a fresh lock of the base length (once per damage)."""
        if data == self._damaged:
            return self._memory
        self._damaged = data
        now = self.clock()
        memory = self._memory
        if memory.locked_until - now >= BASE_S:
            state = memory
        else:
            state = State(max(MAX_TRIES, memory.failures), now + BASE_S, BASE_S)
        log.warning("staff lock-out: %s is damaged; it is replaced, and the keypad is locked for %s",
                    self.path, duration_words(state.locked_until - now))
        self._save(state)
        return state

    def _save(self, state: State) -> None:
        self._memory = state
        if not self._use_file:
            return
        try:
            _write_atomically(self.path, state.as_json())
        except OSError as err:
            self._fall_back(f"cannot be written ({err.strerror or err})")

    def _fall_back(self, reason: str) -> None:
        self._use_file = False
        log.warning("staff lock-out: %s %s; kept in memory until the kiosk restarts", self.path, reason)


def _read_small(path: Path, limit: int) -> bytes:
    """A regular file's bytes, at most ``limit``; a FIFO or a device in its place is never waited on."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "it is not a file")
        with os.fdopen(os.dup(fd), "rb") as stream:
            return stream.read(limit + 1)  # a longer file fails to parse: damaged
    finally:
        os.close(fd)


def _write_atomically(path: Path, text: str) -> None:
    """Through kiosk.safefile, as every write: a reader sees the old state or the new, never half of one."""
    from kiosk.safefile import write_file
    path.parent.mkdir(parents=True, exist_ok=True)
    write_file(path, text.encode("utf-8"))
