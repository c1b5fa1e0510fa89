"""Live changes: real files edited, broken, renamed and deleted; a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import os
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from zoneinfo import ZoneInfo

import pytest

from conftest import AGENDA_PATH, run_kiosk
from kiosk.clock import RehearsalClock
from kiosk.loader import load_agenda
from kiosk.reading import MAX_FILE_BYTES
from ui.agendafeed import AgendaFeed
from ui.window import KioskWindow

BISHKEK = ZoneInfo("Asia/Bishkek")
GOOD = AGENDA_PATH.read_bytes()


def renamed(document: dict, item_id: str, title: str) -> bytes:
    for day in document["days"]:
        for item in day["items"]:
            if item["id"] == item_id:
                item["title"] = title
    return json.dumps(document, ensure_ascii=False).encode()


@pytest.fixture
def live(qtbot, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="kiosk")
    path = tmp_path / "agenda.json"
    path.write_bytes(GOOD)
    agenda = load_agenda(path)
    feed = AgendaFeed(str(path), agenda)
    window = KioskWindow(agenda, RehearsalClock(datetime(2018, 9, 27, 16, 10, tzinfo=BISHKEK), speed=0), feed=feed)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.display.scene is not None)
    return path, feed, window


def test_a_valid_edit_reaches_the_screen_within_two_seconds(qtbot, live, caplog):
    path, feed, window = live
    path.write_bytes(renamed(json.loads(GOOD), "d1-coffee", "Coffee and tea break"))
    qtbot.waitUntil(lambda: "Coffee and tea break" in window.display.scene.all_text(), timeout=2000)
    assert f"agenda reloaded: {path}: 19 items" in caplog.text
    assert not window.display.marker


def test_one_timer_polls_the_file_and_watches_the_clock(qtbot, live):
    """The window's one timer runs the agenda file's poll (for file systems that report no change)
    and the clock's watchdog, each at least as often as its own timer did (1.5 s and 2 s)."""
    from ui.agendafeed import POLL_MS
    path, feed, window = live
    display = window.display
    assert window.checks.isActive() and window.checks.interval() == POLL_MS <= display.watchdog.interval()
    assert not feed.poll.isActive() and not display.watchdog.isActive()  # no second wakeup
    # A change written while no event is handled: only the poll can see it, when the timer fires.
    path.write_bytes(renamed(json.loads(GOOD), "d1-coffee", "Coffee and tea break"))
    assert not feed.debounce.isActive()
    window.checks.timeout.emit()
    assert feed.debounce.isActive()  # read once the editor is done
    qtbot.waitUntil(lambda: "Coffee and tea break" in display.scene.all_text(), timeout=2000)
    # The same tick notices a jump of the wall clock.
    display.clock.set(datetime(2018, 9, 28, 10, 5, tzinfo=BISHKEK))
    window.checks.timeout.emit()
    assert display.state.current.id == "d2-dialogue" and not feed.debounce.isActive()
    with qtbot.waitSignal(window.checks.timeout, timeout=2 * POLL_MS):
        pass  # and it runs by itself


def test_an_invalid_edit_keeps_the_last_good_agenda_and_marks_it(qtbot, live, caplog):
    path, feed, window = live
    document = json.loads(GOOD)
    document["days"][0]["items"][5]["end"] = "15:00"
    path.write_text(json.dumps(document))
    qtbot.waitUntil(lambda: window.display.marker, timeout=2000)
    assert "Coffee break" in window.display.scene.all_text()  # still the last good screen
    assert f"agenda rejected: {path}: days[0].items[5].end: 15:00 is before start 16:00" in caplog.text
    assert any(p.role == "staff-marker" for p in window.display.scene.parts)
    path.write_bytes(renamed(json.loads(GOOD), "d1-coffee", "Coffee break (fixed)"))
    qtbot.waitUntil(lambda: not window.display.marker, timeout=2000)
    assert "Coffee break (fixed)" in window.display.scene.all_text()
    assert not any(p.role == "staff-marker" for p in window.display.scene.parts)


def test_half_written_json_is_refused(qtbot, live, caplog):
    path, feed, window = live
    path.write_bytes(GOOD[: len(GOOD) // 2])
    qtbot.waitUntil(lambda: window.display.marker, timeout=2000)
    assert f"agenda rejected: {path}: line " in caplog.text and "not valid JSON" in caplog.text


def test_an_editor_that_saves_by_renaming(qtbot, live):
    path, feed, window = live
    temp = path.with_name(".agenda.json.swp")
    temp.write_bytes(renamed(json.loads(GOOD), "d1-coffee", "Renamed-in break"))
    os.replace(temp, path)
    qtbot.waitUntil(lambda: "Renamed-in break" in window.display.scene.all_text(), timeout=2000)
    path.write_bytes(renamed(json.loads(GOOD), "d1-coffee", "Second save"))  # the watch survived the rename
    qtbot.waitUntil(lambda: "Second save" in window.display.scene.all_text(), timeout=2000)


def test_the_file_deleted_and_restored(qtbot, live, caplog):
    path, feed, window = live
    path.unlink()
    qtbot.waitUntil(lambda: window.display.marker, timeout=2000)
    assert "file: not found" in caplog.text and "Coffee break" in window.display.scene.all_text()
    path.write_bytes(renamed(json.loads(GOOD), "d1-coffee", "Back again"))
    qtbot.waitUntil(lambda: "Back again" in window.display.scene.all_text(), timeout=2000)
    assert not window.display.marker


def test_the_browser_follows_a_reload(qtbot, live):
    path, feed, window = live
    window.open_browser()
    window.browser.open_item("d1-coffee")
    path.write_bytes(renamed(json.loads(GOOD), "d1-coffee", "Longer coffee"))
    qtbot.waitUntil(lambda: feed.loads == 1, timeout=2000)
    from PySide6.QtWidgets import QLabel
    assert "Longer coffee" in [label.text() for label in window.browser.detail.findChildren(QLabel)]
    assert window.browsing


# --- a real HTTP server ------------------------------------------------------------------------

class Server:
    """A tiny web server on 127.0.0.1 whose next answers the test sets."""

    def __init__(self):
        self.mode = "ok"
        self.body = GOOD
        self.requests: list[dict] = []
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                server.requests.append(dict(self.headers))
                mode = server.mode
                if mode == "slow":
                    server.release.wait(5)
                    return
                if mode == "ok" and self.headers.get("If-None-Match") == '"v1"' and server.body == GOOD:
                    self.send_response(304)
                    self.end_headers()
                    return
                status, ctype, body = {
                    "ok": (200, "application/json", server.body),
                    "500": (500, "text/plain", b"Internal Server Error"),
                    "garbage": (200, "application/json", b"\x00\x01 not json at all"),
                    "html": (200, "text/html", b"<!DOCTYPE html><html><body>Error 404</body></html>"),
                    "huge": (200, "application/json", b" " * (MAX_FILE_BYTES + 10)),
                    "truncated": (200, "application/json", GOOD[:1000]),
                }[mode]
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(GOOD) if mode == "truncated" else len(body)))
                if mode == "ok":
                    self.send_header("ETag", '"v1"' if server.body == GOOD else '"v2"')
                self.end_headers()
                self.wfile.write(body)
                if mode == "truncated":
                    self.close_connection = True

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/agenda.json"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    srv = Server()
    yield srv
    srv.stop()


@pytest.fixture
def remote(qtbot, server, cache, caplog):
    caplog.set_level(logging.INFO, logger="kiosk")
    from kiosk.sources import load_source
    agenda, origin = load_source(server.url)
    assert origin == "server"
    feed = AgendaFeed(server.url, agenda, refresh_s=3600, timeout_ms=400)
    return server, feed


def fetch_once(qtbot, feed):
    feed.fetch()
    qtbot.waitUntil(lambda: feed.reply is None, timeout=3000)


def test_remote_200_then_304_then_a_change(qtbot, remote, caplog):
    server, feed = remote
    fetch_once(qtbot, feed)  # the start's ETag is not known to the feed yet: a 200 with "v1"
    assert feed.loads == 1 and feed.etag == '"v1"'
    fetch_once(qtbot, feed)
    assert server.requests[-1].get("If-None-Match") == '"v1"' and feed.loads == 1  # 304: nothing to do
    server.body = renamed(json.loads(GOOD), "d1-coffee", "Remote coffee")
    fetch_once(qtbot, feed)
    assert feed.loads == 2 and str(feed.agenda.item("d1-coffee").title) == "Remote coffee"
    assert f"agenda reloaded: {server.url}: 19 items" in caplog.text


@pytest.mark.parametrize("mode, words", [
    ("500", "the server answered HTTP 500"),
    ("garbage", "not valid JSON"),
    ("html", "a web page (HTML), not an agenda"),
    ("huge", "larger than 8 MB"),
    ("truncated", "cut short"),
    ("slow", "no answer within 0.4 s"),
])
def test_remote_failures_keep_the_last_good_agenda(qtbot, remote, caplog, mode, words):
    server, feed = remote
    good = feed.agenda
    server.mode = mode
    fetch_once(qtbot, feed)
    assert feed.agenda is good and feed.problem is not None
    assert words in feed.problem, feed.problem
    assert f"agenda rejected: {server.url}: " in caplog.text
    assert feed.failures == 1 and feed.timer.remainingTime() > 3_000_000  # backs off, does not hammer
    server.mode = "ok"
    fetch_once(qtbot, feed)
    assert feed.problem is None and feed.failures == 0


def test_backoff_grows_after_each_failure(qtbot, server, cache):
    from kiosk.sources import load_source
    agenda, _ = load_source(server.url)
    feed = AgendaFeed(server.url, agenda, refresh_s=10, timeout_ms=400)
    server.mode = "500"
    waits = []
    for _ in range(4):
        fetch_once(qtbot, feed)
        waits.append(round(feed.timer.interval() / 1000))
    assert waits == [10, 20, 40, 80]


def test_a_start_with_the_server_gone_uses_the_cache(server, cache):
    first = run_kiosk("--print-state", "--agenda", server.url, "--at", "2018-09-27T16:10",
                      env={"KIOSK_CACHE_DIR": str(cache)})
    assert first.returncode == 0, first.stderr
    url = server.url
    server.stop()
    again = run_kiosk("--print-state", "--agenda", url, "--at", "2018-09-27T16:10", env={"KIOSK_CACHE_DIR": str(cache)})
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == json.loads(first.stdout)
    assert f"agenda from cache: {url}" in again.stderr


def test_no_server_and_no_cache_is_a_clear_error(cache):
    result = run_kiosk("--check", "--agenda", "http://127.0.0.1:9/agenda.json", env={"KIOSK_CACHE_DIR": str(cache)})
    assert result.returncode == 2
    assert "download: the server cannot be reached" in result.stdout
    assert "cache: there is no saved copy to fall back on" in result.stdout


def test_a_server_error_page_is_never_cached(server, cache):
    assert run_kiosk("--check", "--agenda", server.url, env={"KIOSK_CACHE_DIR": str(cache)}).returncode == 0
    cached = list(cache.glob("agenda-*.json"))
    assert len(cached) == 2  # the agenda and its meta
    server.mode = "html"
    result = run_kiosk("--check", "--agenda", server.url, env={"KIOSK_CACHE_DIR": str(cache)})
    assert result.returncode == 0 and "agenda from cache" in result.stderr
    body = [p for p in cached if not p.name.endswith(".meta.json")][0].read_bytes()
    assert body == GOOD
