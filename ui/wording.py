"""Times in words, for the display and the browser alike: "in 5 min", "delayed 15 min", "ends in 1 h"."""

from __future__ import annotations

import math
import re
from datetime import datetime

from kiosk.model import Item
from ui.i18n import tr

NBSP = "\u00a0"
# A space between a number and the word after it ("25 минут", "2 h"): the line may not break there.
_NUMBER_SPACE = re.compile(r"(?<=\d) +(?=[^\W\d])")


def glued(phrase: str) -> str:
    """``phrase`` with each number joined to its unit by a no-break space, in any language:
    "7 days 2 h" never wraps as "7" / "days 2 h", whatever a translation writes."""
    return _NUMBER_SPACE.sub(NBSP, phrase)


def minutes_until(now: datetime, then: datetime) -> int:
    """Whole minutes from ``now`` to ``then``, rounded up, at least 1: "in 0 min" is never said."""
    return max(1, math.ceil((then - now).total_seconds() / 60))


def duration_words(minutes: int) -> str:
    """"45 min", "1 h 30 min", "2 days 3 h": no more precision than helps. Under an hour:
    minutes; under a day: hours and minutes; a day or more: days and hours. Each number is
    glued to its unit (no line break between them)."""
    if minutes < 60:
        return glued(tr("%n min", None, minutes))
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        return glued(tr("%n h", None, hours) + (" " + tr("%n min", None, rest) if rest else ""))
    days, hours = divmod(hours, 24)
    return glued(tr("%n day(s)", None, days) + (" " + tr("%n h", None, hours) if hours else ""))


def countdown_words(minutes: int) -> str:
    """The countdown before the event ("6 days 23 h", "5 h 10 min", "25 min"): the same
    precision as every other duration; minutes a week ahead would only make it wrap."""
    return duration_words(minutes)


def in_words(now: datetime, then: datetime) -> str:
    return tr("in %1", args=(duration_words(minutes_until(now, then)),))


def ends_in_words(now: datetime, until: datetime) -> str:
    return tr("ends in %1", args=(duration_words(minutes_until(now, until)),))


def left_words(now: datetime, until: datetime) -> str:
    return tr("%1 left", args=(duration_words(minutes_until(now, until)),))


def started_words(now: datetime, start: datetime) -> str:
    elapsed = int((now - start).total_seconds() // 60)
    return tr("started %1 ago", args=(duration_words(elapsed),)) if elapsed >= 1 else tr("just started")


def change_words(item: Item) -> str | None:
    """What staff changed about an item, in words, or None when it runs as printed."""
    if item.cancelled:
        return tr("cancelled")
    minutes = round(item.delay.total_seconds() / 60)
    if minutes > 0:
        return glued(tr("delayed %n min", None, minutes))
    if minutes < 0 or item.end != item.printed_end:
        return tr("moved from %1", args=(item.printed_start.astimezone(item.start.tzinfo).strftime("%H:%M"),))
    return None
