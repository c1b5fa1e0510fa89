"""Test configuration and the helpers shared by the test folders: offscreen Qt, the real agenda.

The layout mirrors the code: unit/kiosk tests the Qt-free core (no QApplication there: a test
asking for qapp or qtbot is refused at collection), unit/ui the Qt views, e2e the real programs
(the command line, the packaged build, the bench). `from conftest import ...` works from every
folder (pyproject puts tests/ on the path).
"""

from __future__ import annotations

import copy
import json
import os
import sys
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

# Before any Qt import: no display is ever needed, and the machine's timezone must not matter.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("TZ", "America/New_York")

import pytest
from hypothesis import settings

from kiosk.lockout import STATE_NAME  # the core imports no Qt
from kiosk.validation import build_agenda

# Tests check what the code does, not how fast: hypothesis's 200 ms per example would fail a
# correct test on a loaded machine (CI, a parallel build). Speed is measured by `make bench`.
settings.register_profile("kiosk", deadline=None)
settings.load_profile("kiosk")

ROOT = Path(__file__).resolve().parent.parent
AGENDA_PATH = ROOT / "agenda.json"
DATA = Path(__file__).resolve().parent / "data"
CORE_TESTS = Path(__file__).resolve().parent / "unit" / "kiosk"
QT_FIXTURES = {"qapp", "qtbot"}


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


def is_core_test(path: Path) -> bool:
    return Path(path).resolve().is_relative_to(CORE_TESTS)


def pytest_collection_modifyitems(config, items):
    """The core's tests run without a QApplication: one that asks for qapp or qtbot is refused."""
    wrong = [item.nodeid for item in items if is_core_test(item.path) and QT_FIXTURES & set(item.fixturenames)]
    if wrong:
        raise pytest.UsageError("tests/unit/kiosk is for the Qt-free core; these ask for qapp or qtbot "
                                "(move them to tests/unit/ui): " + ", ".join(wrong))


@pytest.fixture(scope="session")
def interface(qapp):
    """Qt tests see the interface as the kiosk shows it: bundled font registered, English loaded."""
    from ui.i18n import use_language
    from ui.theme import register_fonts
    register_fonts()
    assert use_language("en")
    return qapp


@pytest.fixture(autouse=True)
def english_first(request):
    """Every Qt test starts with the English interface, whatever the one before switched to. The
    core's tests (tests/unit/kiosk) get no QApplication at all."""
    if is_core_test(request.path):
        return
    request.getfixturevalue("interface")
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


BISHKEK = ZoneInfo("Asia/Bishkek")


def local(text: str) -> datetime:
    """A wall-clock time in the bundled agenda's zone: local("2018-09-27T16:10")."""
    return datetime.fromisoformat(text).replace(tzinfo=BISHKEK)


# --- shared by the core's tests and the Qt tests of one topic --------------------------------------

# Adjustments and announcements (tests/unit/kiosk/test_adjustments.py,
# tests/unit/ui/test_adjustments_on_screen.py).

@pytest.fixture(scope="module")
def document() -> dict:
    return json.loads(AGENDA_PATH.read_text(encoding="utf-8"))


def adjusted(document, adjustments=(), announcements=()):
    doc = copy.deepcopy(document)
    doc["adjustments"] = list(adjustments)
    doc["announcements"] = list(announcements)
    return build_agenda(doc, "agenda.json")


# The staff keypad's lock-out (tests/unit/kiosk/test_lockout.py, tests/unit/ui/test_staff_lockout.py).

T0 = 1_800_000_000.0  # a wall-clock instant (2027)


class Wall:
    """A wall clock the test moves: forward, or back as a careless hand on the PC's clock would."""

    def __init__(self, at: float = T0):
        self.at = at

    def __call__(self) -> float:
        return self.at


@pytest.fixture
def wall():
    return Wall()


@pytest.fixture
def state_file(tmp_path):
    return tmp_path / "state" / STATE_NAME


# Slow and broken servers (tests/unit/kiosk/test_downloads.py, tests/unit/ui/test_agendafeed_downloads.py,
# tests/e2e/test_live_start.py).

GOOD = AGENDA_PATH.read_bytes()
PACE_S = 0.05  # the server's pause between pieces: 10 bytes each, 200 bytes a second


class Server:
    """A web server on 127.0.0.1 that answers at once ("ok"), trickles its body ("trickle") or a
    header ("trickle-headers") ten bytes at a time, or says nothing at all ("stall")."""

    def __init__(self, body: bytes = GOOD):
        self.mode = "ok"
        self.body = body
        self.etag: str | None = None
        self.requests: list[dict] = []
        self.stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                server.requests.append(dict(self.headers))
                mode, body = server.mode, server.body
                try:
                    if mode == "stall":
                        server.stopping.wait(120)
                    elif mode == "trickle-headers":
                        self.wfile.write(b"HTTP/1.0 200 OK\r\nX-Slow: ")
                        while not server.stopping.wait(PACE_S):
                            self.wfile.write(b"a")
                    elif server.etag and self.headers.get("If-None-Match") == server.etag:
                        self.send_response(304)
                        self.end_headers()
                    else:
                        self.send_response(200)
                        self.send_header("Content-Type", "application/json")
                        self.send_header("Content-Length", str(len(body)))
                        if server.etag:
                            self.send_header("ETag", server.etag)
                        self.end_headers()
                        if mode == "ok":
                            self.wfile.write(body)
                        for start in range(0, len(body) if mode == "trickle" else 0, 10):
                            if server.stopping.wait(PACE_S):
                                return
                            self.wfile.write(body[start:start + 10])
                except OSError:
                    pass  # the client gave up and closed the connection: as it should

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/agenda.json"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    srv = Server()
    yield srv
    srv.stop()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("KIOSK_CACHE_DIR", str(folder))
    return folder


def cache_file(cache):
    return [p for p in cache.glob("agenda-*.json") if not p.name.endswith(".meta.json")][0]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """The windows a test leaves on the screen stay referenced until pytest-qt closes them.

    A top-level window is owned by Python; once the test returns, only reference cycles hold it
    (its guard's ``window``, its signal lambdas), so the cyclic collector deletes it, C++ and
    all, whenever a collection happens to run: pytest-qt then processes the window's events (a
    paint lays out its lists, calling the delegates' Python sizeHint), a collection starts in
    there, and the list is deleted inside its own QListView::doItemsLayout (a segfault, seen in
    test_browser_on_a_thousand_items when other Qt tests had run first and moved the collector's
    counts). Held here, they are closed by pytest-qt and deleted at teardown, between tests."""
    try:
        return (yield)
    finally:
        qtwidgets = sys.modules.get("PySide6.QtWidgets")
        if qtwidgets is not None and qtwidgets.QApplication.instance() is not None:
            item.shown_windows = qtwidgets.QApplication.topLevelWidgets()


@pytest.fixture(autouse=True)
def _qt_garbage_collected_between_tests(request):
    """Objects a test left unreferenced (an AgendaFeed with its watcher and timers, held in a
    reference cycle by its own signal connections) are destroyed here, between tests, by a full
    collection. Left to Python's collector they were destroyed in the middle of a later test's
    event dispatch, and Qt crashed there (an application event filter met a half-deleted object:
    `pytest test_agendafeed_fifo.py test_rooms_and_qr.py` segfaulted every time in that order)."""
    yield
    request.node.__dict__.pop("shown_windows", None)  # closed by pytest-qt by now (pytest_runtest_call)
    import gc
    gc.collect()
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        qtcore.QCoreApplication.sendPostedEvents(None, qtcore.QEvent.Type.DeferredDelete)


# The conference formats (tests/unit/kiosk/test_formats.py, tests/e2e/test_formats_cli.py).

FORMATS = DATA / "formats"
SCHEDULE_XML = FORMATS / "schedule.xml"
SCHEDULE_JSON = FORMATS / "schedule.json"


def written(tmp_path, name: str, content: str | bytes):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def xml_with(tmp_path, old: str, new: str, count: int = 1, name: str = "schedule.xml"):
    text = SCHEDULE_XML.read_text("utf-8")
    assert old in text, old
    return written(tmp_path, name, text.replace(old, new, count))


def json_doc() -> dict:
    return json.loads(SCHEDULE_JSON.read_text("utf-8"))


def events_of(document: dict):
    for day in document["schedule"]["conference"]["days"]:
        for events in day["rooms"].values():
            yield from events
