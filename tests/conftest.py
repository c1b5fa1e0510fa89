"""Test configuration: offscreen Qt, the real agenda, and small agendas written to real files."""

from __future__ import annotations

import copy
import json
import os
import sys
from pathlib import Path

# Before any Qt import: no display is ever needed, and the machine's timezone must not matter.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("TZ", "America/New_York")

import pytest

ROOT = Path(__file__).resolve().parent.parent
AGENDA_PATH = ROOT / "agenda.json"
DATA = Path(__file__).resolve().parent / "data"


MINIMAL = {
    "timezone": "Asia/Bishkek",
    "event": {"name": "Test Meeting", "theme": "Testing", "venue": "Hall", "city": "Bishkek",
              "country": "Kyrgyzstan", "dates": {"start": "2018-09-27", "end": "2018-09-28"}},
    "people": [{"id": "ann", "honorific": "Ms", "name": "Ann Example", "position": "Chair",
                "organisation": "Test Org"}],
    "days": [
        {"date": "2018-09-27", "items": [
            {"id": "a", "start": "09:00", "end": "10:00", "title": "Opening", "kind": "opening",
             "talks": [{"title": "Welcome address", "presenters": [{"person": "ann"}]}]},
            {"id": "b", "start": "10:00", "end": "10:30", "title": "Coffee break", "kind": "break"},
            {"id": "c", "start": "11:00", "end": "12:00", "title": "Session", "kind": "session",
             "moderators": [{"person": "ann", "tbc": True}]},
        ]},
        {"date": "2018-09-28", "items": [
            {"id": "d", "start": "09:00", "end": "10:00", "title": "Day two", "kind": "session"},
            {"id": "e", "start": "18:00", "end": None, "title": "Reception", "kind": "reception"},
        ]},
    ],
}


@pytest.fixture
def minimal_doc() -> dict:
    return copy.deepcopy(MINIMAL)


@pytest.fixture
def write_json(tmp_path):
    """Write a document (or raw text/bytes) to a real file and return its path."""
    def write(content, name: str = "agenda.json") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_text(json.dumps(content, ensure_ascii=False, indent=2), encoding="utf-8")
        return path
    return write


@pytest.fixture(scope="session", autouse=True)
def interface(qapp):
    """Qt tests see the interface as the kiosk shows it: bundled font registered, English loaded."""
    from ui.i18n import use_language
    from ui.theme import register_fonts
    register_fonts()
    assert use_language("en")
    return qapp


@pytest.fixture(autouse=True)
def english_first(interface):
    """Every test starts with the English interface, whatever the one before switched to."""
    from ui.i18n import use_language
    use_language("en")


@pytest.fixture(autouse=True)
def own_state_folder(tmp_path_factory, monkeypatch):
    """Each test keeps what survives a restart (the staff keypad's lock-out) in a folder of its own,
    never in the user's: a lock-out left by one test would lock the next one's keypad."""
    monkeypatch.setenv("KIOSK_STATE_DIR", str(tmp_path_factory.mktemp("state")))


@pytest.fixture(scope="session")
def real_agenda():
    from kiosk.loader import load_agenda
    return load_agenda(AGENDA_PATH)


def run_kiosk(*args: str, env: dict | None = None, cwd: Path | None = None):
    """The command line through a real subprocess, as staff and scripts use it."""
    import subprocess
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          env=full_env, cwd=cwd or ROOT, timeout=120)


@pytest.fixture(autouse=True)
def _qt_garbage_collected_between_tests():
    """Objects a test left unreferenced (an AgendaFeed with its watcher and timers, held in a
    reference cycle by its own signal connections) are destroyed here, between tests, by a full
    collection. Left to Python's collector they were destroyed in the middle of a later test's
    event dispatch, and Qt crashed there (an application event filter met a half-deleted object:
    `pytest test_live_fifo.py test_rooms_and_qr.py` segfaulted every time in that order)."""
    yield
    import gc
    gc.collect()
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        qtcore.QCoreApplication.sendPostedEvents(None, qtcore.QEvent.Type.DeferredDelete)
