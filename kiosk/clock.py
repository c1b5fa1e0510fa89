"""Clocks behind one small interface, so time is always injected and never grabbed, and whether
a clock can be believed.

``SystemClock`` is the real time; ``RehearsalClock`` starts at a chosen instant and may run
faster (``--at``/``--speed``, staff previews, tests). :func:`clock_is_plausible` decides when the
PC's clock is plainly unset: the screen then waits for the correct time, and ``--print-state``
says ``"clock_ok": false``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

# A clock before this year has not been set (no battery, no network time yet).
PLAUSIBLE_YEAR = 2000


def clock_is_plausible(instant: datetime) -> bool:
    """Whether a clock that says ``instant`` (in the event's time) can have been set: no session is
    shown for a time before PLAUSIBLE_YEAR rather than a wrong one."""
    return instant.year >= PLAUSIBLE_YEAR


class Clock(Protocol):
    speed: float

    def now(self) -> datetime:
        """The current instant, timezone-aware."""


class SystemClock:
    speed = 1.0

    def now(self) -> datetime:
        return datetime.now(UTC)


class RehearsalClock:
    """Time that starts at ``start`` and runs ``speed`` times as fast as the monotonic source.

    ``speed=0`` freezes it; ``advance`` and ``set`` move it by hand (tests, previews).
    """

    def __init__(self, start: datetime, speed: float = 1.0,
                 monotonic: Callable[[], float] = time.monotonic):
        if start.tzinfo is None:
            raise ValueError("a rehearsal clock starts at an aware instant")
        if speed < 0:
            raise ValueError("speed cannot be negative")
        self.speed = speed
        self._monotonic = monotonic
        self._origin = start
        self._t0 = monotonic()

    def now(self) -> datetime:
        return self._origin + timedelta(seconds=(self._monotonic() - self._t0) * self.speed)

    def set(self, instant: datetime) -> None:
        self._origin = instant
        self._t0 = self._monotonic()

    def advance(self, seconds: float) -> None:
        self.set(self.now() + timedelta(seconds=seconds))
