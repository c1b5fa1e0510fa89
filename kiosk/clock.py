"""Clocks behind one small interface, so time is always injected and never grabbed.

``SystemClock`` is the real time; ``RehearsalClock`` starts at a chosen instant and may run
faster (``--at``/``--speed``, staff previews, tests).
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Callable, Protocol


class Clock(Protocol):
    speed: float

    def now(self) -> datetime:
        """The current instant, timezone-aware."""


class SystemClock:
    speed = 1.0

    def now(self) -> datetime:
        return datetime.now(timezone.utc)


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
