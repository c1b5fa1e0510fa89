"""The status endpoint's core without Qt: settings, the agenda's fingerprint, clocks, the refusal
log, the office's badges, and the HTTP server itself on 127.0.0.1 (real sockets, real requests)."""

from __future__ import annotations

import json
import logging
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kiosk.fleet import CLOCK_OFF, NOT_ANSWERING, PROGRAMME_DIFFERS, RELOAD_FAILED, Report, badges, clock_offset
from kiosk.loader import load_agenda, parse_agenda
from kiosk.schedule import state_as_json, state_at
from kiosk.settings import SettingsError, load_settings
from kiosk.status import Facts, LastError, LoadOutcome, agenda_hash, clock_offset_s, status_document
from kiosk.statusserver import MAX_HEAD_BYTES, RefusalLog, StatusServer

ROOT = Path(__file__).resolve().parents[3]
AGENDA = ROOT / "agenda.json"
TOKEN = "s3cret-token-for-tests-0123"


# --- settings ------------------------------------------------------------------------------------

def settings_from(tmp_path: Path, text: str):
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path)


def test_a_short_token_is_refused_with_its_length(tmp_path):
    with pytest.raises(SettingsError) as err:
        settings_from(tmp_path, 'status_port = 8765\nstatus_token = "short-token"\n')
    assert err.value.lines() == [f"{tmp_path / 'kiosk.toml'}: status_token: is 11 characters; use at least 16 "
                                 "(random letters and digits: anyone who guesses it can read the status)"]


@pytest.mark.parametrize("token, words", [
    ("sixteen chars ok here", "no spaces"),
    ("пароль-пароль-пароль", "no other alphabets"),
    (12345678901234567890, "not a text in quotes"),
])
def test_a_token_that_cannot_go_in_a_header_is_refused(tmp_path, token, words):
    value = json.dumps(token) if isinstance(token, str) else str(token)
    with pytest.raises(SettingsError) as err:
        settings_from(tmp_path, f"status_token = {value}\n")
    assert words in str(err.value)


def test_a_port_without_a_token_is_refused(tmp_path):
    with pytest.raises(SettingsError) as err:
        settings_from(tmp_path, "status_port = 8765\n")
    assert "status_port: is set but status_token is not" in str(err.value)


def test_status_settings_are_read(tmp_path):
    settings = settings_from(tmp_path, f'status_port = 8765\nstatus_token = "{TOKEN}"\n'
                                       'status_address = "127.0.0.1"\n'
                                       'screens = ["http://lobby-1:8765/", "http://10.0.0.7:8765"]\n')
    assert (settings.status_port, settings.status_token, settings.status_address) == (8765, TOKEN, "127.0.0.1")
    assert settings.screens == ("http://lobby-1:8765", "http://10.0.0.7:8765")
    assert settings.status_problem() is None


@pytest.mark.parametrize("line, words", [
    ("status_port = 80", "not a port number from 1024 to 65535"),
    ('status_address = "lobby-1"', "not an IP address"),
    ('screens = ["lobby-1:8765"]', "screen 1:"),
    ("screens = []", "not a list of addresses"),
])
def test_bad_status_settings_are_located(tmp_path, line, words):
    with pytest.raises(SettingsError) as err:
        settings_from(tmp_path, line + "\n")
    assert words in str(err.value)


# --- the agenda's fingerprint, clocks -----------------------------------------------------------------

def test_the_fingerprint_is_the_programme_not_the_file():
    data = AGENDA.read_bytes()
    agenda = load_agenda(AGENDA)
    relaid = json.dumps(json.loads(data), indent=4, ensure_ascii=True).encode()  # another layout, same programme
    assert agenda_hash(parse_agenda(relaid, "http://elsewhere/agenda.json")) == agenda_hash(agenda)
    document = json.loads(data)
    document["days"][0]["items"][0]["title"] = {"en": "Registration (moved)", "ru": "Регистрация"}
    changed = parse_agenda(json.dumps(document).encode(), str(AGENDA))
    assert agenda_hash(changed) != agenda_hash(agenda)
    assert len(agenda_hash(agenda)) == 16


def test_the_clock_offset_comes_from_a_date_header():
    received = 1_537_999_200.0  # 2018-09-26T22:00:00Z
    assert clock_offset_s("Wed, 26 Sep 2018 21:59:00 GMT", received) == 60.0  # this PC a minute ahead
    assert clock_offset_s("Wed, 26 Sep 2018 22:00:30 GMT", received) == -30.0
    assert clock_offset_s(None, received) is None
    assert clock_offset_s("not a date", received) is None


def test_the_office_measures_a_screens_clock_against_its_own():
    status = {"clock": {"pc_utc": "2018-09-26T22:02:00+00:00"}}
    assert clock_offset(status, 1_537_999_200.0, 1_537_999_200.4) == pytest.approx(119.8)
    assert clock_offset({"clock": {}}, 0, 1) is None


# --- the refusal log -------------------------------------------------------------------------------

def test_refusals_are_logged_once_a_minute_per_address(caplog):
    now = [0.0]
    refusals = RefusalLog(clock=lambda: now[0])
    with caplog.at_level(logging.WARNING, logger="kiosk.status"):
        for _ in range(1000):
            refusals.note("10.0.0.5", "no token or a wrong one")
        refusals.note("10.0.0.6", "no token or a wrong one")
        now[0] = 61.0
        refusals.note("10.0.0.5", "no token or a wrong one")
    lines = [r.getMessage() for r in caplog.records]
    assert lines == ["status: refused a request from 10.0.0.5: no token or a wrong one",
                     "status: refused a request from 10.0.0.6: no token or a wrong one",
                     "status: refused a request from 10.0.0.5: no token or a wrong one "
                     "(and 999 more refused in the minute before)"]


# --- the office's badges -------------------------------------------------------------------------

def status(hash_: str = "aaaa", outcome: str = "ok", server_offset=None) -> dict:
    return {"agenda": {"hash": hash_, "last_load": {"outcome": outcome}},
            "clock": {"offset_from_agenda_server_s": server_offset}}


def test_badges_name_what_is_wrong_with_each_screen():
    reports = [Report("http://a", status("new"), True, clock_offset_s=1.0),
               Report("http://b", status("new", outcome="failed"), True, clock_offset_s=-2.0),
               Report("http://c", status("old"), True, clock_offset_s=75.0),
               Report("http://d", status("new"), False, error="refused"),  # stopped: its last answer is kept
               Report("http://e", status("new", server_offset=-90.5), True)]
    assert badges(reports) == [[], [RELOAD_FAILED], [PROGRAMME_DIFFERS, CLOCK_OFF], [NOT_ANSWERING], [CLOCK_OFF]]


def test_without_a_majority_every_differing_screen_is_marked():
    assert badges([Report("a", status("x"), True), Report("b", status("y"), True)]) == \
        [[PROGRAMME_DIFFERS], [PROGRAMME_DIFFERS]]
    assert badges([Report("a", status("x"), True)]) == [[]]


# --- the server -----------------------------------------------------------------------------------

def facts_of(agenda) -> Facts:
    state = state_at(agenda, agenda.items[3].start)
    return Facts(screen=1, source=agenda.source, agenda=agenda, state=state_as_json(state, agenda),
                 state_changes=4, reload_failures=2, last_load=LoadOutcome("failed", time.time(), "bad JSON"),
                 last_good_at=1_537_999_200.0, clock_offset_s=-3.0)


@pytest.fixture(scope="module")
def server():
    agenda = load_agenda(AGENDA)
    running = StatusServer("127.0.0.1", 0, TOKEN, facts=lambda: facts_of(agenda),
                           picture=lambda deadline: None, last_error=LastError(), timeout_s=1.0, max_connections=3)
    running.start()
    yield running
    running.stop()


def get(server: StatusServer, path: str, token: str | None = TOKEN, method: str = "GET"):
    request = urllib.request.Request(f"http://127.0.0.1:{server.port}{path}", method=method)
    if token is not None:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=5) as reply:
            return reply.status, dict(reply.headers), reply.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


@pytest.mark.parametrize("token", [None, "wrong-token-wrong-token", TOKEN[:-1], TOKEN + "x", ""])
@pytest.mark.parametrize("path", ["/status", "/metrics", "/screen.png", "/nothing"])
def test_without_the_token_nothing_is_said(server, token, path):
    code, headers, body = get(server, path, token)
    assert (code, body) == (401, b"")
    assert headers["WWW-Authenticate"] == 'Bearer realm="kiosk"'


def test_the_status_document(server):
    code, headers, body = get(server, "/status")
    assert code == 200 and headers["Content-Type"] == "application/json; charset=utf-8"
    document = json.loads(body)
    assert document["kiosk"]["screen"] == 1
    assert document["agenda"]["items"] == 19 and len(document["agenda"]["hash"]) == 16
    assert document["agenda"]["last_load"]["outcome"] == "failed"
    assert document["agenda"]["last_load"]["problem"] == "bad JSON"
    assert document["state"]["phase"] == "in_item"
    assert document["clock"]["event_zone"] == "Asia/Bishkek"
    assert document["clock"]["offset_from_agenda_server_s"] == -3.0
    assert document["memory_rss_bytes"] > 10 * 2**20


def test_nothing_can_be_changed_and_unknown_paths_are_404(server):
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        code, headers, _ = get(server, "/status", method=method)
        assert (code, headers["Allow"]) == (405, "GET")
    assert get(server, "/status", token=None, method="POST")[0] == 401  # not even that without the token
    assert get(server, "/admin")[0] == 404


def test_a_picture_not_grabbed_in_time_is_503(server):
    code, headers, _ = get(server, "/screen.png")
    assert (code, headers["Retry-After"]) == (503, "5")


def test_metrics_parse_with_prometheus_clients_own_parser(server):
    from prometheus_client.parser import text_string_to_metric_families
    code, headers, body = get(server, "/metrics")
    assert code == 200 and headers["Content-Type"].startswith("text/plain; version=")
    samples = {s.name: s for family in text_string_to_metric_families(body.decode()) for s in family.samples}
    assert samples["kiosk_up"].value == 1
    assert samples["kiosk_agenda_items"].value == 19
    assert samples["kiosk_agenda_reload_failures_total"].value == 2
    assert samples["kiosk_state_changes_total"].value == 4
    assert samples["kiosk_agenda_last_good_timestamp_seconds"].value == 1_537_999_200.0
    assert samples["kiosk_clock_offset_seconds"].value == -3.0
    assert samples["kiosk_resident_memory_bytes"].value > 10 * 2**20
    assert samples["kiosk_info"].labels["event_zone"] == "Asia/Bishkek"


def wait_until(condition, timeout_s: float = 5.0) -> None:
    import threading
    give_up = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < give_up, "the condition never came true"
        threading.Event().wait(0.005)


def raw(server: StatusServer, data: bytes, wait_s: float = 3.0) -> bytes:
    with socket.create_connection(("127.0.0.1", server.port), timeout=wait_s) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while chunk := sock.recv(4096):
                chunks.append(chunk)
        except ConnectionResetError:
            pass
        return b"".join(chunks)


def test_a_large_header_is_refused_before_it_has_all_arrived(server):
    """Twice the limit is sent, without the blank line that ends the headers: the server answers
    431 without waiting for (or reading) the rest."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=3) as sock:
        sock.sendall(b"GET /status HTTP/1.1\r\nX-Big: " + b"a" * (2 * MAX_HEAD_BYTES))
        started = time.monotonic()
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.0 431 ")
    assert time.monotonic() - started < 0.9  # sooner than the 1 s deadline: it did not wait for more


def test_a_malformed_request_is_400(server):
    assert raw(server, b"BLAH\r\n\r\n").startswith(b"HTTP/1.0 400 ")


def test_connections_beyond_the_limit_are_closed_at_once_and_the_limit_frees_up(server):
    idle = [socket.create_connection(("127.0.0.1", server.port), timeout=3) for _ in range(3)]
    try:
        wait_until(lambda: server._httpd.slots._value == 0)  # all three taken in by the server
        with socket.create_connection(("127.0.0.1", server.port), timeout=3) as extra:
            started = time.monotonic()
            assert extra.recv(100) == b""  # closed, not answered and not kept waiting
            assert time.monotonic() - started < 0.5
        for sock in idle:  # each is cut off at the 1 s deadline with a 408
            assert sock.recv(100).startswith(b"HTTP/1.0 408 ")
    finally:
        for sock in idle:
            sock.close()
    assert get(server, "/status")[0] == 200


def test_status_document_says_the_last_error():
    agenda = load_agenda(AGENDA)
    errors = LastError()
    kiosk_log = logging.getLogger("kiosk")
    kiosk_log.addHandler(errors)
    try:
        logging.getLogger("kiosk.agenda").error("agenda rejected: %s", "line 3: not JSON")
        RefusalLog().note("10.0.0.9", "no token or a wrong one")  # a stranger's knock is not the kiosk's error
    finally:
        kiosk_log.removeHandler(errors)
    document = status_document(facts_of(agenda), "1.2.3", time.monotonic() - 90, errors)
    assert document["last_error"]["message"] == "error: agenda rejected: line 3: not JSON"
    assert document["kiosk"]["version"] == "1.2.3" and document["uptime_s"] >= 90
