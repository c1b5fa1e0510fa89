"""Slow and broken servers: every download ends by its deadline, a start shows the cache at once,
the same bytes are not parsed again, and a damaged cache is named as the cache. A real
http.server on 127.0.0.1 paces its answers itself; the tests lower the deadline to a second."""

from __future__ import annotations

import logging
import os
import time

import pytest

from conftest import GOOD, cache_file, run_kiosk
from kiosk.problems import AgendaError
from kiosk.sources import DEADLINE_ENV, DOWNLOAD_DEADLINE_S, cache_name, fetch, load_source, open_source

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


def test_a_pipe_in_place_of_the_cache_is_refused_not_waited_on(cache, caplog):
    from kiosk.sources import _cache_files, read_cache
    url = "http://127.0.0.1:9/agenda.json"
    data_file, _meta = _cache_files(url)
    data_file.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(data_file)  # opening this for reading with no writer would block for good
    caplog.set_level(logging.WARNING, logger="kiosk")
    assert read_cache(url) is None
    assert f"agenda cache not used: {data_file}: file: is a pipe (FIFO), not a file" in caplog.messages
