"""ui.process: what the kiosk does as a process. Here: PySide6 is told up front what it would read
every module's source to learn, in a fresh process each time (PySide's table lives as long as it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig

from conftest import ROOT

STARTS = """
import json, linecache, sys
read = []
update = linecache.updatecache
def noting(filename, module_globals=None):
    read.append(filename)
    return update(filename, module_globals)
linecache.updatecache = noting
if sys.argv[1] == "kiosk":  # as the kiosk starts its Qt side
    from ui.app import _application
    _application(offscreen=True)
else:  # PySide6 and nothing more: what it does unasked
    from PySide6.QtWidgets import QApplication
    app = QApplication([sys.argv[0], "-platform", "offscreen"])
started = len(read)
import ui.window, ui.display.view, ui.browser.view, ui.staff  # the display's, the first tap's, the panel's
print(json.dumps(read[started:]))
"""


def _sources_read(how: str, tmp_path) -> list[str]:
    """The source files read while the Qt side's modules are imported (after PySide6 and the app)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", STARTS, how], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_pyside_reads_no_module_source_as_the_qt_side_is_imported(tmp_path):
    ours = str(ROOT)
    stdlib = sysconfig.get_paths()["stdlib"]
    unasked = _sources_read("bare", tmp_path)
    # the work is real: unasked, PySide6 reads the kiosk's modules and the standard library's
    # (the browser's and the panel's first imports among them: hashlib, hmac …)
    assert sum(name.startswith(os.path.join(ours, "ui")) for name in unasked) >= 20, unasked
    assert sum(name.startswith(stdlib) for name in unasked) >= 10, unasked
    assert _sources_read("kiosk", tmp_path) == []


FEATURE = """
import sys
from ui.app import _application
_application(offscreen=True)
from ui.theme import Theme  # noted up front
sys.path.insert(0, sys.argv[1])
import snake
print(snake.names(), Theme(unit=1.0).font("clock").pixelSize())
"""

SNAKE = """
from __feature__ import snake_case  # as PySide's own examples select it
from PySide6.QtGui import QFont

def names():
    return hasattr(QFont, "set_pixel_size") and not hasattr(QFont, "setPixelSize")
"""


def test_a_module_that_selects_a_pyside_feature_still_gets_it(tmp_path):
    """PySide switches names by the module whose code runs: the one that selected snake_case gets
    snake_case names, and the kiosk's modules, noted up front, still get Qt's own (ui.theme calls
    ``setPixelSize``: with the wrong note it would fail once snake_case had been selected)."""
    (tmp_path / "snake.py").write_text(SNAKE, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", FEATURE, str(tmp_path)], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "112"]


HOLDER = """
import sys
from ui.process import ScreenLock
lock = ScreenLock(int(sys.argv[1]))
print(lock.acquire(), flush=True)
sys.stdin.read()  # holds the screen until the test closes stdin or kills it
"""


def test_one_kiosk_per_screen_and_a_killed_kiosk_leaves_no_stale_lock(tmp_path, monkeypatch):
    from ui.process import ScreenLock
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with subprocess.Popen([sys.executable, "-c", HOLDER, "0"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          text=True, env=env) as holder:
        try:
            assert holder.stdout.readline().strip() == "True"
            second = ScreenLock(0)
            assert second.acquire() is False
            assert second.holder() == str(holder.pid)  # for "already running on screen 0 (process …)"
            other = ScreenLock(1)
            assert other.acquire() is True  # another screen, another lock
            other.release()
        finally:
            holder.kill()  # SIGKILL: no chance to unlock
            holder.wait(timeout=30)
    again = ScreenLock(0)
    assert again.acquire() is True  # the kernel let go with the process
    assert (tmp_path / "lobby-kiosk-screen0.lock").read_text() == f"{os.getpid()}\n"
    again.release()
    assert ScreenLock(0).acquire() is True


def test_a_lock_file_that_cannot_be_made_is_named_and_the_kiosk_does_not_start(tmp_path):
    (tmp_path / "lobby-kiosk-screen0.lock").mkdir()  # a folder where the file should be
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path), KIOSK_CONFIG_DIR=str(tmp_path),
               PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "kiosk", "--windowed", "--log-file", str(tmp_path / "k.log")],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == ("kiosk: cannot make the lock file that keeps one kiosk per screen: "
                                   f"{tmp_path / 'lobby-kiosk-screen0.lock'}: Is a directory")
    assert "Traceback" not in done.stderr
