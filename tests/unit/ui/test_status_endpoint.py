"""The status endpoint of a real kiosk window (offscreen, rehearsal clock, its agenda feed on a real
file), asked over real HTTP on 127.0.0.1; and the display's frame timing while hostile clients
hammer it from another process."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.clock import RehearsalClock
from kiosk.loader import load_agenda
from kiosk.schedule import state_as_json
from kiosk.status import LastError
from kiosk.statusserver import TIMEOUT_ENV

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
TOKEN = "office-token-0123456789abcdef"
BISHKEK = ZoneInfo("Asia/Bishkek")


@pytest.fixture
def kiosk(qtbot, tmp_path, monkeypatch):
    """A kiosk window at 16:10 on day 1 (a coffee break), its feed following a copy of agenda.json,
    and its status endpoint on a free port of 127.0.0.1 with a 2 s deadline per connection."""
    monkeypatch.setenv(TIMEOUT_ENV, "2")
    from ui.agendafeed import AgendaFeed
    from ui.status_bridge import StatusBridge
    from ui.window import KioskWindow
    path = tmp_path / "agenda.json"
    shutil.copy(ROOT / "agenda.json", path)
    agenda = load_agenda(path)
    feed = AgendaFeed(str(path), agenda)
    window = KioskWindow(agenda, RehearsalClock(datetime(2018, 9, 27, 16, 10, tzinfo=BISHKEK)), lang="en+ru",
                         feed=feed)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.start()
    qtbot.waitExposed(window)
    bridge = StatusBridge(window, window, feed, screen=0)
    assert bridge.start_server("127.0.0.1", 0, TOKEN, LastError())
    window.bridge, window.path = bridge, path
    yield window
    bridge.stop()
    window.idle.stop()


def ask(qtbot, window, path: str, token: str | None = TOKEN):
    """GET ``path`` from a thread of its own while the GUI thread runs its event loop (as it does
    in the kiosk): (status code, headers, body)."""
    answer: list = []

    def request() -> None:
        req = urllib.request.Request(f"http://127.0.0.1:{window.bridge.server.port}{path}")
        if token is not None:
            req.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(req, timeout=10) as reply:
                answer.append((reply.status, dict(reply.headers), reply.read()))
        except urllib.error.HTTPError as err:
            answer.append((err.code, dict(err.headers), err.read()))

    threading.Thread(target=request, daemon=True).start()
    qtbot.waitUntil(lambda: bool(answer), timeout=15000)
    return answer[0]


def test_the_token_is_required(qtbot, kiosk):
    for token in (None, "not-the-token-at-all-0000"):
        for path in ("/status", "/screen.png", "/metrics"):
            assert ask(qtbot, kiosk, path, token)[0::2] == (401, b"")


def test_status_is_what_the_screen_shows(qtbot, kiosk):
    code, headers, body = ask(qtbot, kiosk, "/status")
    assert code == 200 and headers["Content-Type"].startswith("application/json")
    document = json.loads(body)
    shown = kiosk.display.state
    assert document["state"] == state_as_json(shown, kiosk.display.agenda)  # as --print-state says it
    assert document["state"]["current"]["id"] == "d1-coffee"
    assert document["agenda"]["source"] == str(kiosk.path)
    assert document["agenda"]["items"] == 19
    assert document["agenda"]["last_load"]["outcome"] == "ok"


def test_the_picture_is_the_screen_at_960_px(qtbot, kiosk):
    from PySide6.QtGui import QImage
    code, headers, body = ask(qtbot, kiosk, "/screen.png")
    assert code == 200 and headers["Content-Type"] == "image/png"
    image = QImage()
    assert image.loadFromData(body, "PNG")
    assert (image.width(), image.height()) == (960, 540)
    # the display's picture, not a blank: compare with the window's own grab, scaled the same way
    own = kiosk.grab().toImage().scaledToWidth(960).convertToFormat(image.format())
    same = sum(image.pixel(x, y) == own.pixel(x, y) for x in range(0, 960, 40) for y in range(0, 540, 40))
    assert same > 0.8 * (24 * 14)
    assert len({image.pixel(x, 100) for x in range(0, 960, 8)}) > 5


def test_a_gui_thread_that_does_not_answer_in_time_gets_503(qtbot, kiosk):
    """Asked on the GUI thread itself, which cannot grab while it waits: None at the deadline
    (the handler answers 503), and the grab asked for is dropped, not done late."""
    started = time.monotonic()
    assert kiosk.bridge.picture(0.3) is None
    assert 0.25 < time.monotonic() - started < 1.0
    grabs = []
    kiosk.bridge.host = type("Spy", (), {"grab": lambda self: grabs.append(1)})()
    qtbot.wait(50)  # the queued request is delivered, and ignored
    assert grabs == []


def test_reloads_good_and_bad_show_in_status_and_metrics(qtbot, kiosk):
    from prometheus_client.parser import text_string_to_metric_families
    before = json.loads(ask(qtbot, kiosk, "/status")[2])
    kiosk.path.write_text("{ not json", encoding="utf-8")
    kiosk.feed.reload()
    document = json.loads(ask(qtbot, kiosk, "/status")[2])
    assert document["agenda"]["last_load"]["outcome"] == "failed"
    assert document["agenda"]["last_load"]["problem"].startswith("line 1, column 3: not valid JSON")
    assert document["agenda"]["reload_failures"] == 1
    assert document["agenda"]["hash"] == before["agenda"]["hash"]  # the last good agenda is still shown
    metrics = ask(qtbot, kiosk, "/metrics")[2].decode()
    samples = {s.name: s.value for f in text_string_to_metric_families(metrics) for s in f.samples}
    assert samples["kiosk_agenda_reload_failures_total"] == 1
    changed = json.loads((ROOT / "agenda.json").read_text(encoding="utf-8"))
    changed["days"][0]["items"][0]["title"]["en"] = "Registration of participants (moved)"
    kiosk.path.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    kiosk.feed.reload()
    after = json.loads(ask(qtbot, kiosk, "/status")[2])
    assert after["agenda"]["last_load"]["outcome"] == "ok"
    assert after["agenda"]["hash"] != before["agenda"]["hash"]


class FrameClock:
    """Ticks of a 10 ms precise timer on the GUI thread: how late each came is how long the GUI
    thread could not run, i.e. how long a frame would have waited."""

    def __init__(self):
        from PySide6.QtCore import Qt, QTimer
        self.stamps: list[float] = []
        self.timer = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=10)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))

    def run(self, qtbot, until) -> list[float]:
        self.stamps.clear()
        self.timer.start()
        qtbot.waitUntil(until, timeout=60000)
        self.timer.stop()
        return [(b - a) * 1000 - 10 for a, b in zip(self.stamps, self.stamps[1:], strict=False)]


def test_hostile_clients_do_not_delay_the_display(qtbot, kiosk, caplog):
    """1,000 wrong tokens, a byte-a-second client and an 80 kB header, from another process, while
    the display cross-fades between its languages: every refusal is right, and the GUI thread's
    ticks come as late with the attack as without it."""
    display = kiosk.display
    fades = {"count": 0}

    def keep_fading() -> None:  # a language switch (a 600 ms cross-fade) as soon as the last ended
        if not display.fading:
            display.next_language()
            fades["count"] += 1

    from PySide6.QtCore import QTimer
    fader = QTimer(interval=700)
    fader.timeout.connect(keep_fading)
    fader.start()
    frames = FrameClock()
    quiet_until = time.monotonic() + 3
    quiet = frames.run(qtbot, lambda: time.monotonic() > quiet_until)
    clients = subprocess.Popen([sys.executable, str(HERE / "hostile_status_clients.py"),
                                str(kiosk.bridge.server.port)], stdout=subprocess.PIPE, text=True)
    with caplog.at_level("WARNING", logger="kiosk.status"):
        attacked = frames.run(qtbot, lambda: clients.poll() is not None)
    with clients.stdout:
        results = json.loads(clients.stdout.read())
    # the refusals: all 1,000 answered 401 with nothing said
    assert results["wrong"] == {"401:0": 1000}
    # the slow client is cut off at the 2 s deadline (408), after about two of its bytes
    assert results["slow"]["answer"].startswith("HTTP/1.0 408 ")
    assert results["slow"]["sent"] < 6 and results["slow"]["seconds"] < 4
    # the 80 kB header is refused (431) as soon as the first 8 KiB are in; the rest is never read
    assert results["big"]["answer"].startswith("HTTP/1.0 431 ") or results["big"]["error"] in (
        "ConnectionResetError", "BrokenPipeError")
    assert results["big"]["seconds"] < 2
    # logged once (a minute) for the address, never a token
    refusals = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert 1 <= len(refusals) <= 2, refusals
    assert "wrong-" not in caplog.text and "slow-slow" not in caplog.text
    # the kiosk still answers, and the display went on
    assert ask(qtbot, kiosk, "/status")[0] == 200
    assert fades["count"] >= 3
    after_until = time.monotonic() + 3
    after = frames.run(qtbot, lambda: time.monotonic() > after_until)
    fader.stop()

    def summary(name: str, late: list[float]) -> str:
        ordered = sorted(late)
        return (f"{name}: {len(late)} ticks, late p50 {ordered[len(late) // 2]:.1f} ms, "
                f"p95 {ordered[int(len(late) * .95)]:.1f}, max {ordered[-1]:.1f}")

    report = "; ".join([summary("before", quiet), summary(f"attacked ({results['wrong_seconds']} s)", attacked),
                        summary("after", after)])
    print(report)
    # The display draws a new frame only at its fade steps (every 100 ms) and at its minute and
    # boundary ticks, so a GUI thread held up for less than a fade step misses none of its frames:
    # no tick may be that late. And 95 ticks in 100 must come within one 60 Hz frame (16.7 ms), as
    # they do without the attack (measured on 2 shared cores, load average 10: p95 6-11 ms
    # attacked, 5-6 ms before and after; the worst tick 23-32 ms attacked, 17-79 ms before).
    assert sorted(attacked)[int(len(attacked) * .95)] < 16.7, report
    assert max(attacked) < 100, report


def test_the_clock_offset_comes_from_the_agenda_servers_date(qtbot, tmp_path):
    """An agenda server whose clock is 5 minutes behind this PC's: its Date header says so, and the
    status and the metrics tell the difference (+300 s: this PC is ahead)."""
    from email.utils import formatdate
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from ui.agendafeed import AgendaFeed
    from ui.status_bridge import StatusBridge
    from ui.window import KioskWindow
    body = (ROOT / "agenda.json").read_bytes()

    class Behind(BaseHTTPRequestHandler):
        def date_time_string(self, timestamp=None):
            return formatdate(time.time() - 300, usegmt=True)

        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Behind)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/agenda.json"
    try:
        agenda = load_agenda(ROOT / "agenda.json")
        feed = AgendaFeed(url, agenda, refresh_s=3600)
        window = KioskWindow(agenda, RehearsalClock(datetime(2018, 9, 27, 16, 10, tzinfo=BISHKEK)), feed=feed)
        qtbot.addWidget(window)
        bridge = StatusBridge(window, window, feed, screen=0)
        assert bridge.facts.clock_offset_s is None  # not asked yet
        asked = time.time()
        feed.fetch()
        qtbot.waitUntil(lambda: bridge.facts.clock_offset_s is not None, timeout=15000)
        assert 299 <= bridge.facts.clock_offset_s <= 302
        qtbot.waitUntil(lambda: bridge.facts.last_good_at >= asked, timeout=5000)  # the download was good
        assert bridge.facts.last_load.outcome == "ok" and bridge.facts.reload_failures == 0
    finally:
        server.shutdown()
        server.server_close()
