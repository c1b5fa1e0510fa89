"""The live kiosk reads the browser's code once its first frame is shown, so a first tap only builds it."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import AGENDA_PATH, ROOT

SCRIPT = """
import sys
from datetime import datetime
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk.clock import RehearsalClock
from kiosk.loader import load_agenda
from ui.window import KioskWindow
agenda = load_agenda(sys.argv[1])
window = KioskWindow(agenda, RehearsalClock(datetime.fromisoformat("2018-09-27T15:10").replace(
    tzinfo=agenda.timezone), speed=0))
window.resize(1280, 720)
window.show()
app.processEvents()
before = "ui.browser.view" in sys.modules
window.prepare_browser()
after = "ui.browser.view" in sys.modules
built = window._browser is not None
window.open_browser()
print(before, after, built, window.browsing)
"""


def test_preparing_imports_the_browser_without_building_it(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(AGENDA_PATH)], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    # not read for the display alone; read by prepare_browser, not built; a tap then opens it
    assert done.stdout.split() == ["False", "True", "False", "True"]


ENUMS = """
import enum, sys
made = []
create = enum.EnumType._create_
def counting(cls, *args, **kwargs):
    made.append(args[0] if args else kwargs.get("class_name"))
    return create(cls, *args, **kwargs)
enum.EnumType._create_ = counting  # PySide6 makes each Qt enum as a Python enum on first use
from PySide6.QtWidgets import QApplication, QListView
app = QApplication([])
if sys.argv[1] == "prepared":
    from ui.widgets import prepare_scroll_areas
    prepare_scroll_areas()
before = len(made)
QListView().viewport()  # what the browser's first list asks for (make_kinetic)
print(len(made) - before)
"""


def test_preparing_does_pysides_first_viewport_work_before_the_tap(tmp_path):
    """PySide6 sets up every widget class (dozens of enums) at a process's first scroll-area viewport.
    Without preparing, a first tap pays it; prepared, the tap's list finds it done."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))

    def enums_at_first_viewport(how: str) -> int:
        done = subprocess.run([sys.executable, "-c", ENUMS, how], capture_output=True, text=True, env=env,
                              cwd=tmp_path, timeout=120)
        assert done.returncode == 0, done.stderr
        return int(done.stdout.split()[-1])

    assert enums_at_first_viewport("cold") >= 20  # the work is real (else preparing is pointless)
    assert enums_at_first_viewport("prepared") == 0
