"""Slow and broken servers: every download ends by its deadline, a start shows the cache at once,
the same bytes are not parsed again, and a damaged cache is named as the cache. A real
http.server on 127.0.0.1 paces its answers itself; the tests lower the deadline to a second."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import AGENDA_PATH, ROOT, run_kiosk
from kiosk.problems import AgendaError
from kiosk.sources import DEADLINE_ENV, DOWNLOAD_DEADLINE_S, cache_name, fetch, load_source, open_source
from ui.live import AgendaFeed

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


# --- the command line's download ---------------------------------------------------------------

def test_the_deadline_is_thirty_seconds():
    assert DOWNLOAD_DEADLINE_S == 30


@pytest.mark.parametrize("mode", ["trickle", "trickle-headers", "stall"])
def test_a_slow_server_is_given_up_at_the_deadline(server, mode):
    server.mode = mode
    began = time.monotonic()
    with pytest.raises(AgendaError) as caught:
        fetch(server.url, deadline_s=1.0)
    took = time.monotonic() - began
    assert caught.value.lines() == [f"{server.url}: download: took longer than 1 s"]
    assert 1.0 <= took < 2.0, took  # a trickle resets no clock: the body alone would take ~4 minutes
    assert len(server.requests) == 1


def test_a_fast_server_is_read_whole_within_the_deadline(server):
    response = fetch(server.url, deadline_s=1.0)
    assert response.status == 200 and response.body == GOOD


def test_a_slow_server_falls_back_to_the_cache_and_says_why(server, cache, caplog):
    caplog.set_level(logging.INFO, logger="kiosk")
    assert load_source(server.url)[1] == "server"
    server.mode = "trickle"
    agenda, origin = load_source(server.url, deadline_s=1.0)
    assert origin == "cache" and len(agenda.items) == 19
    assert f"agenda rejected: {server.url}: download: took longer than 1 s" in caplog.text
    assert f"agenda from cache: {server.url}" in caplog.text


def test_check_against_a_slow_server_exits_2_on_time(server, cache):
    server.mode = "trickle"
    began = time.monotonic()
    result = run_kiosk("--check", "--agenda", server.url, env={"KIOSK_CACHE_DIR": str(cache), DEADLINE_ENV: "1"})
    took = time.monotonic() - began
    assert result.returncode == 2, result.stderr
    assert result.stdout.splitlines() == [f"{server.url}: download: took longer than 1 s",
                                          f"{server.url}: cache: there is no saved copy to fall back on"]
    assert "Traceback" not in result.stderr
    assert took < 15, took  # the body alone would take ~4 minutes at this pace


def test_the_deadline_variable_can_only_lower_the_deadline(monkeypatch):
    from kiosk.sources import download_deadline_s
    for value, deadline in (("2.5", 2.5), ("banana", 30), ("-1", 30), ("0", 30), ("3600", 30), ("", 30)):
        monkeypatch.setenv(DEADLINE_ENV, value)
        assert download_deadline_s() == deadline, value


# --- a damaged cache ----------------------------------------------------------------------------

def test_a_damaged_cache_is_named_as_the_cache(server, cache):
    assert run_kiosk("--check", "--agenda", server.url, env={"KIOSK_CACHE_DIR": str(cache)}).returncode == 0
    damaged = cache_file(cache)
    damaged.write_bytes(b'{"timezone": "Asia/Bishkek", ')
    server.mode = "stall"
    result = run_kiosk("--check", "--agenda", server.url, env={"KIOSK_CACHE_DIR": str(cache), DEADLINE_ENV: "1"})
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert lines[0] == f"{server.url}: download: took longer than 1 s"
    assert lines[1].startswith(f"agenda cache {damaged}: line 1, column ") and "not valid JSON" in lines[1]
    assert not any(line.startswith(server.url) for line in lines[1:])


def test_a_damaged_cache_at_a_start_is_logged_and_the_server_asked(server, cache, caplog):
    caplog.set_level(logging.INFO, logger="kiosk")
    load_source(server.url)
    cache_file(cache).write_bytes(b"[]")
    loaded = open_source(server.url, cache_first=True)
    assert loaded.origin == "server" and loaded.body == GOOD
    assert f"{cache_name(server.url)}: " in caplog.text
    assert cache_file(cache).read_bytes() == GOOD  # the good download replaced it


# --- the running kiosk --------------------------------------------------------------------------

def fetch_once(qtbot, feed, timeout=3000):
    feed.fetch()
    qtbot.waitUntil(lambda: feed.reply is None, timeout=timeout)


def test_the_live_feed_gives_up_a_trickle_at_the_deadline(qtbot, server, cache, caplog):
    caplog.set_level(logging.INFO, logger="kiosk")
    agenda, _ = load_source(server.url)
    feed = AgendaFeed(server.url, agenda, refresh_s=3600, deadline_s=1.0)
    server.mode = "trickle"  # a byte every few milliseconds: Qt's transfer timeout (10 s) never fires
    began = time.monotonic()
    fetch_once(qtbot, feed)
    assert 0.95 <= time.monotonic() - began < 2.5  # the deadline, not Qt's 10 s transfer timeout
    assert feed.problem == "download: took longer than 1 s" and feed.agenda is agenda
    assert f"agenda rejected: {server.url}: download: took longer than 1 s" in caplog.text
    assert feed.timer.remainingTime() > 3_000_000  # the next try after the refresh interval
    server.mode = "ok"
    fetch_once(qtbot, feed)
    assert feed.problem is None  # the next good answer clears it


def test_the_same_bytes_are_not_parsed_again(qtbot, server, cache, caplog):
    caplog.set_level(logging.INFO, logger="kiosk")
    loaded = open_source(server.url)
    feed = AgendaFeed(server.url, loaded.agenda, refresh_s=3600, loaded=loaded)
    changes = []
    feed.changed.connect(changes.append)
    for _ in range(3):
        fetch_once(qtbot, feed)  # no ETag from this server: a whole 200 each time
    assert len(server.requests) == 4 and "If-None-Match" not in server.requests[-1]
    assert feed.agenda is loaded.agenda and feed.loads == 0 and changes == []
    assert "agenda reloaded" not in caplog.text
    document = json.loads(GOOD)
    document["event"]["venue"] = "Another hall"
    server.body = json.dumps(document).encode()
    fetch_once(qtbot, feed)
    assert feed.loads == 1 and str(feed.agenda.event.venue) == "Another hall"
    assert f"agenda reloaded: {server.url}: 19 items" in caplog.text


def test_a_recovery_with_the_same_bytes_clears_the_problem(qtbot, server, cache, caplog):
    caplog.set_level(logging.INFO, logger="kiosk")
    loaded = open_source(server.url)
    feed = AgendaFeed(server.url, loaded.agenda, refresh_s=3600, deadline_s=1.0, loaded=loaded)
    changes = []
    feed.changed.connect(changes.append)
    server.mode = "stall"
    fetch_once(qtbot, feed)
    assert feed.problem == "download: took longer than 1 s"
    server.mode = "ok"
    fetch_once(qtbot, feed)
    assert feed.problem is None and changes == [loaded.agenda]  # the same agenda: the marker goes
    assert f"agenda up to date: {server.url}" in caplog.text and "agenda reloaded" not in caplog.text


def test_a_refused_download_does_not_lend_its_etag(qtbot, server, cache):
    """A 304 must mean "what you show is current": the ETag of an agenda that was refused is not
    sent back, or the server would answer 304 and the refusal would be forgotten."""
    server.etag = '"v1"'
    loaded = open_source(server.url)
    feed = AgendaFeed(server.url, loaded.agenda, refresh_s=3600, loaded=loaded)
    server.body, server.etag = b'{"timezone": "Asia/Bishkek"}', '"v2"'
    fetch_once(qtbot, feed)
    assert feed.problem is not None and "event" in feed.problem
    fetch_once(qtbot, feed)
    assert server.requests[-1].get("If-None-Match") == '"v1"'
    assert feed.problem is not None and feed.agenda is loaded.agenda


def test_a_start_shows_the_cache_without_asking_the_server(qtbot, server, cache, caplog):
    caplog.set_level(logging.INFO, logger="kiosk")
    server.etag = '"v1"'
    load_source(server.url)
    server.mode = "stall"
    asked = len(server.requests)
    loaded = open_source(server.url, cache_first=True)
    assert loaded.origin == "cache" and loaded.body == GOOD and len(server.requests) == asked
    server.mode = "ok"
    feed = AgendaFeed(server.url, loaded.agenda, refresh_s=3600, loaded=loaded)
    qtbot.waitUntil(lambda: len(server.requests) == asked + 1 and feed.reply is None, timeout=3000)  # at once
    assert server.requests[-1].get("If-None-Match") == '"v1"'  # the cache's ETag goes along: a 304
    assert feed.loads == 0 and feed.problem is None
    assert f"agenda up to date: {server.url}" in caplog.text


def test_a_live_start_shows_the_cache_while_the_server_trickles(qtbot, server, cache, tmp_path):
    """The real program, started windowed: with a good cache it is up at once; the slow first
    download is given up at the (lowered) deadline and said in the log."""
    assert run_kiosk("--check", "--agenda", server.url, env={"KIOSK_CACHE_DIR": str(cache)}).returncode == 0
    server.mode = "trickle"
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    log_file = tmp_path / "kiosk.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime),
           "KIOSK_CONFIG_DIR": str(tmp_path), "KIOSK_CACHE_DIR": str(cache), DEADLINE_ENV: "2"}
    kiosk = subprocess.Popen([sys.executable, "-m", "kiosk", "--windowed", "--agenda", server.url,
                              "--log-file", str(log_file)], env=env, cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        log = lambda: log_file.read_text() if log_file.exists() else ""  # noqa: E731
        qtbot.waitUntil(lambda: " started: " in log() or kiosk.poll() is not None, timeout=30_000)
        started = log()
        assert f"agenda from cache: {server.url}" in started and f"started: {server.url}" in started
        assert "agenda rejected" not in started  # up before the download ended
        qtbot.waitUntil(lambda: "agenda rejected" in log() or kiosk.poll() is not None, timeout=30_000)
        assert f"agenda rejected: {server.url}: download: took longer than 2 s" in log()
    finally:
        kiosk.terminate()
        _, err = kiosk.communicate(timeout=30)
    assert kiosk.returncode == 0 and "Traceback" not in err


def test_a_live_start_without_a_cache_waits_at_most_the_deadline(server, cache, tmp_path):
    server.mode = "trickle"
    began = time.monotonic()
    result = run_kiosk("--windowed", "--agenda", server.url, "--log-file", str(tmp_path / "k.log"),
                       env={"KIOSK_CACHE_DIR": str(cache), "KIOSK_CONFIG_DIR": str(tmp_path), DEADLINE_ENV: "1"})
    assert result.returncode == 2 and time.monotonic() - began < 15
    assert f"{server.url}: download: took longer than 1 s" in result.stderr
    assert "there is no saved copy to fall back on" in result.stderr and "Traceback" not in result.stderr


def test_a_pipe_in_place_of_the_cache_is_refused_not_waited_on(cache, caplog):
    from kiosk.sources import _cache_files, read_cache
    url = "http://127.0.0.1:9/agenda.json"
    data_file, _meta = _cache_files(url)
    data_file.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(data_file)  # opening this for reading with no writer would block for good
    caplog.set_level(logging.WARNING, logger="kiosk")
    assert read_cache(url) is None
    assert f"agenda cache not used: {data_file}: file: is a pipe (FIFO), not a file" in caplog.messages
