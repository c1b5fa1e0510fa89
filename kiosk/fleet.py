"""The office's view of every lobby screen (``kiosk --screens``): what is wrong with each, decided here.

Each screen is asked for its ``/status`` (see ``kiosk.status``); :func:`badges` compares the
answers with each other and with this PC's clock. The window (``ui/screens``) only says it.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from kiosk.record import Record

NOT_ANSWERING = "not_answering"
PROGRAMME_DIFFERS = "programme_differs"  # its agenda's fingerprint is not the one most screens show
CLOCK_OFF = "clock_off"
RELOAD_FAILED = "reload_failed"
BADGES = (NOT_ANSWERING, PROGRAMME_DIFFERS, CLOCK_OFF, RELOAD_FAILED)
CLOCK_TOLERANCE_S = 60.0
REFRESH_S = 10.0


class Report(Record):
    """What one screen last said: its ``/status`` (the last good one is kept when it stops
    answering), whether the last request was answered, and its clock against this PC's."""

    address: str
    status: dict | None = None
    answering: bool = False
    error: str | None = None
    clock_offset_s: float | None = None  # the screen's clock minus this PC's, at the last answer


def clock_offset(status: dict, sent: float, received: float) -> float | None:
    """The screen's clock minus this PC's: its ``clock.pc_utc`` against the middle of the request
    (``sent`` and ``received`` as time.time()); None when the status has no readable clock."""
    try:
        theirs = datetime.fromisoformat(status["clock"]["pc_utc"]).timestamp()
    except (KeyError, TypeError, ValueError):
        return None
    return round(theirs - (sent + received) / 2, 1)


def _hash(report: Report) -> str | None:
    try:
        return str(report.status["agenda"]["hash"])
    except (KeyError, TypeError):
        return None


def badges(reports: list[Report]) -> list[list[str]]:
    """For each report, what is wrong with that screen, in BADGES order (empty: all well).

    - NOT_ANSWERING: the last request got no good answer.
    - PROGRAMME_DIFFERS: a screen whose programme is not the one most screens show (by their last
      answers; with no majority, as one against one, every screen that differs is marked).
    - CLOCK_OFF: its clock differs by more than CLOCK_TOLERANCE_S from this PC's, or from its
      agenda server's where it knows that.
    - RELOAD_FAILED: its last reading of the agenda failed (it shows the last good one).
    """
    hashes = [_hash(r) for r in reports]  # a screen that stopped answering still says what it showed last
    counts = Counter(h for h in hashes if h is not None)
    ranked = counts.most_common(2)
    majority = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    result = []
    for report, fingerprint in zip(reports, hashes, strict=True):
        marks = []
        if not report.answering:
            marks.append(NOT_ANSWERING)
        if fingerprint is not None and len(counts) > 1 and fingerprint != majority:
            marks.append(PROGRAMME_DIFFERS)
        if report.answering and _clock_off(report):
            marks.append(CLOCK_OFF)
        if report.answering and _last_load(report).get("outcome") == "failed":
            marks.append(RELOAD_FAILED)
        result.append(marks)
    return result


def _clock_off(report: Report) -> bool:
    offsets = [report.clock_offset_s]
    try:
        offsets.append(report.status["clock"]["offset_from_agenda_server_s"])
    except (KeyError, TypeError):
        pass
    return any(isinstance(o, (int, float)) and abs(o) > CLOCK_TOLERANCE_S for o in offsets)


def _last_load(report: Report) -> dict:
    try:
        found = report.status["agenda"]["last_load"]
    except (KeyError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}


def item_title(status: dict | None, which: str) -> tuple[str, str] | None:
    """(title, local start HH:MM) of the state's ``current`` or ``next`` item, or None."""
    try:
        item = status["state"][which]
    except (KeyError, TypeError):
        return None
    if not isinstance(item, dict):
        return None
    start = str(item.get("start") or "")
    return str(item.get("title") or ""), start[11:16]
