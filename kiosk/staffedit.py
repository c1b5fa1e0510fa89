"""What the staff panel writes into the agenda file: delays, as adjustments that survive a restart.

Every write is checked with the one loader before it replaces the file (atomically), so the
panel can never leave a broken agenda behind.
"""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.agenda import parse_agenda, parse_json
from kiosk.model import Agenda
from kiosk.sources import atomic_write

BY = "staff panel"  # marks the adjustments the panel wrote, so "clear" removes only those


def _write(path: Path, document: dict) -> Agenda:
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    agenda = parse_agenda(data, str(path))  # raises AgendaError: nothing is written
    atomic_write(path, data)
    return agenda


def add_delay(path: str | Path, from_item: str, minutes: int) -> Agenda:
    """Delay ``from_item`` and the rest of its day by ``minutes`` more; returns the new agenda."""
    path = Path(path)
    document = parse_json(path.read_bytes(), str(path))
    adjustments = document.setdefault("adjustments", [])
    mine = [a for a in adjustments if a.get("by") == BY and a.get("from") == from_item and "until" not in a]
    if mine:
        mine[0]["delay"] += minutes
    else:
        adjustments.append({"delay": minutes, "from": from_item, "by": BY})
    return _write(path, document)


def clear_delays(path: str | Path) -> Agenda:
    """Remove the delays the staff panel wrote (adjustments typed by hand stay)."""
    path = Path(path)
    document = parse_json(path.read_bytes(), str(path))
    document["adjustments"] = [a for a in document.get("adjustments", []) if a.get("by") != BY]
    if not document["adjustments"]:
        del document["adjustments"]
    return _write(path, document)
