"""The real program started against a slow server: with a good cache it is up at once, without
one it gives up at the (lowered) download deadline and says so."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from conftest import AGENDA_PATH, ROOT, run_kiosk
from kiosk.sources import DEADLINE_ENV


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


# The real program, with the display's after_next_paint watched: whether Python's cycle collector
# runs while the start makes its objects, and once the first frame is on the screen.
WATCHED_START = """
import gc, os, sys
from ui.display.view import DisplayView
paint = DisplayView.after_next_paint
def watched(self, then):
    print("before the first frame:", gc.isenabled(), flush=True)
    def after():
        then()
        print("after the first frame:", gc.isenabled(), flush=True)
        os._exit(0)
    paint(self, after)
DisplayView.after_next_paint = watched
from kiosk.cli import command
print("before the command:", gc.isenabled(), flush=True)
sys.exit(command())
"""


def _watched_start(tmp_path, script: str, *flags: str) -> list[str]:
    """What ``script`` (the real program, watched) prints, started offscreen at 15:10 with ``flags``."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime),
           "KIOSK_CONFIG_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script, *flags, "--agenda", str(AGENDA_PATH),
                             "--log-file", str(tmp_path / "k.log"), "--at", "2018-09-27T15:10"],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_cycle_collector_waits_for_the_first_frame(tmp_path):
    assert _watched_start(tmp_path, WATCHED_START, "--windowed") == [
        "before the command: True", "before the first frame: False", "after the first frame: True"]


# The real program full-screen: its first frame is painted without Qt's enum namespace (PySide6
# makes its ~90 enum types whole at the first use: ui.painting), and what needs them is done just
# after that frame: the window's flags and hidden pointer, the timers, the opaque display.
FIRST_FRAME = """
import os, sys
import PySide6.QtCore as core
from ui.display.view import DisplayView
paint, later = DisplayView.paintEvent, DisplayView.after_next_paint
def painted(self, event):
    paint(self, event)
    if not hasattr(DisplayView, "made_by_the_first_frame"):
        DisplayView.made_by_the_first_frame = "Qt" in vars(core)
def watched(self, then):
    def after():
        then()
        from PySide6.QtCore import Qt
        window = self.window()
        wanted = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        print("made by the first frame:", DisplayView.made_by_the_first_frame)
        print("frameless, on top:", window.windowFlags() & wanted == wanted,
              window.windowHandle().flags() & wanted == wanted, window.isVisible())
        print("pointer:", window.cursor().shape().name)
        print("timers:", self.boundary_timer.timerType().name, self.minute_timer.timerType().name,
              self.boundary_timer.isActive())
        print("opaque:", self.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent))
        os._exit(0)
    later(self, after)
DisplayView.paintEvent = painted
DisplayView.after_next_paint = watched
from kiosk.cli import command
sys.exit(command())
"""


def test_the_first_frame_needs_no_enum_namespace_and_the_rest_follows_it(tmp_path):
    assert _watched_start(tmp_path, FIRST_FRAME, "--allow-default-pin") == [  # full-screen
        "made by the first frame: False", "frameless, on top: True True True", "pointer: BlankCursor",
        "timers: PreciseTimer PreciseTimer True", "opaque: True"]
