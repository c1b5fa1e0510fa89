"""What a running kiosk tells venue IT about itself: the status document, and the facts behind it.

The GUI thread gathers :class:`Facts` when something changes (a state change, a reload, a
minute's tick) and hands them to the status server (``kiosk.statusserver``) as one immutable
object; the server's threads read only that object and the process's own counters (uptime,
memory, the clock), never a widget. Everything here is plain Python, cheap, and imported only
when the status endpoint is on.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from datetime import UTC, date, datetime
from typing import Any

from kiosk.model import Agenda
from kiosk.record import Record, field
from kiosk.text import Text

REFUSAL = "status_refusal"  # marks the endpoint's own notes of refused requests: not the kiosk's errors
HASH_CHARS = 16  # of the SHA-256 hex digest: enough to tell two programmes apart, short to read


class LoadOutcome(Record, frozen=True):
    """The last time the kiosk read its agenda: ``ok`` (applied or confirmed) or ``failed``, and when."""

    outcome: str
    at: float            # time.time()
    problem: str | None = None


class Facts(Record, frozen=True):
    """One consistent picture of the kiosk, made on the GUI thread and read by the server's threads."""

    screen: int
    source: str
    agenda: Agenda
    state: dict                       # kiosk.schedule.state_as_json of the state on the screen
    state_changes: int = 0
    reload_failures: int = 0
    last_load: LoadOutcome | None = None
    last_good_at: float | None = None  # time.time() of the last agenda applied or confirmed
    clock_offset_s: float | None = None  # this PC's clock minus the agenda server's (its Date header)
    made_at: float = field(default_factory=time.time)


def agenda_hash(agenda: Agenda) -> str:
    """A short fingerprint of the programme as the screen shows it: every field of the model
    (titles in every language, times with staff adjustments, people, rooms, announcements), not
    the file's bytes, so two PCs with the same programme agree however their files are laid out
    or where they come from (``source`` is left out)."""
    import hashlib
    import json

    from kiosk.record import Record, fields

    def plain(value: Any) -> Any:
        if isinstance(value, Record):
            return {name: plain(getattr(value, name)) for name in fields(value)
                    if name != "source" and not (type(value) is Agenda and name == "items")}
        if isinstance(value, Text):
            return {lang: value.get(lang) for lang in sorted(value.languages)}
        if isinstance(value, datetime):
            return value.astimezone(UTC).isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        if value is None or isinstance(value, (str, int, float, bool)):
            return value
        return str(value)  # a ZoneInfo: its key

    text = json.dumps(plain(agenda), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_CHARS]


class _HashCache:
    """The fingerprint of the agenda last asked about (an agenda is immutable; it changes by being replaced)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._agenda: Agenda | None = None
        self._hash = ""

    def __call__(self, agenda: Agenda) -> str:
        with self._lock:
            if agenda is not self._agenda:
                self._agenda, self._hash = agenda, agenda_hash(agenda)
            return self._hash


cached_hash = _HashCache()


def resident_memory_bytes() -> int | None:
    """The process's resident memory now (Linux: /proc/self/statm; Windows: the working set);
    None where neither can be read."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    if sys.platform == "win32":
        try:
            return _windows_working_set()
        except (OSError, AttributeError):
            return None
    return None


def _windows_working_set() -> int:
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                    ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                    ("QuotaPeakPagedPoolUsage", ctypes.c_size_t), ("QuotaPagedPoolUsage", ctypes.c_size_t),
                    ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t), ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                    ("PagefileUsage", ctypes.c_size_t), ("PeakPagefileUsage", ctypes.c_size_t)]

    counters = Counters()
    counters.cb = ctypes.sizeof(counters)
    process = ctypes.windll.kernel32.GetCurrentProcess()
    if not ctypes.windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb):
        raise OSError("GetProcessMemoryInfo failed")
    return int(counters.WorkingSetSize)


def clock_offset_s(date_header: str | None, received_at: float) -> float | None:
    """This PC's clock minus a server's, from the server's ``Date`` header (whole seconds, so
    good to about a second) and ``received_at`` (time.time() when the answer came); None
    without a readable header."""
    if not date_header:
        return None
    from email.utils import parsedate_to_datetime
    try:
        server = parsedate_to_datetime(date_header)
    except (TypeError, ValueError, IndexError):
        return None
    if server is None or server.tzinfo is None:
        return None
    return round(received_at - server.timestamp(), 1)


class LastError(logging.Handler):
    """Remembers the kiosk's last warning or error (its message and when) for the status."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.last: tuple[float, str] | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, REFUSAL, False):  # a stranger knocking is in the log, not the kiosk's own error
            return
        try:
            message = record.getMessage()
        except Exception:  # a bad format in someone's log call must not break logging
            message = str(record.msg)
        self.last = (record.created, f"{record.levelname.lower()}: {message}"[:500])


def _iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, UTC).astimezone().isoformat(timespec="seconds")


def status_document(facts: Facts, version: str, started_monotonic: float, last_error: LastError | None = None,
                    now: float | None = None) -> dict:
    """``GET /status``: what venue IT needs to know that this screen is up, shows the current
    programme, and has the right clock."""
    now = time.time() if now is None else now
    agenda = facts.agenda
    last_load = facts.last_load
    error = last_error.last if last_error is not None else None
    return {
        "kiosk": {"version": version, "screen": facts.screen},
        "agenda": {
            "source": facts.source,
            "items": len(agenda.items),
            "hash": cached_hash(agenda),
            "event": str(agenda.event.name),
            "last_load": None if last_load is None else {
                "outcome": last_load.outcome, "at": _iso(last_load.at), "problem": last_load.problem},
            "last_good": _iso(facts.last_good_at),
            "reload_failures": facts.reload_failures,
        },
        "state": facts.state,
        "state_changes": facts.state_changes,
        "uptime_s": round(time.monotonic() - started_monotonic, 1),
        "memory_rss_bytes": resident_memory_bytes(),
        "clock": {
            "pc": _iso(now),
            "pc_utc": datetime.fromtimestamp(now, UTC).isoformat(timespec="milliseconds"),
            "event_zone": agenda.timezone.key,
            "event_time": datetime.fromtimestamp(now, agenda.timezone).isoformat(timespec="seconds"),
            "offset_from_agenda_server_s": facts.clock_offset_s,
        },
        "last_error": None if error is None else {"at": _iso(error[0]), "message": error[1]},
    }
