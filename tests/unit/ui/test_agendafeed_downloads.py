"""The running kiosk's downloads (ui.agendafeed.AgendaFeed) from slow and broken servers: each ends by its
deadline, the same bytes are not parsed again, a refused answer lends no ETag. A real http.server
on 127.0.0.1 (tests/conftest.py's Server) paces its answers itself."""

from __future__ import annotations

import json
import logging
import time

from conftest import GOOD
from kiosk.sources import load_source, open_source
from ui.agendafeed import AgendaFeed

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
