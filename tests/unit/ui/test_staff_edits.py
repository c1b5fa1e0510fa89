"""What the staff panel (ui.staff) says when a delay cannot be written: the checker's words for a
bad agenda, another program's schedule left alone, a read-only agenda named."""

from __future__ import annotations

import json
import logging
import os

import pytest
from PySide6.QtCore import Qt

from conftest import AGENDA_PATH, DATA, local, run_kiosk
from kiosk.clock import RehearsalClock
from kiosk.loader import load_agenda
from ui.agendafeed import AgendaFeed
from ui.window import KioskWindow

# --- in the running kiosk: what the panel says ---------------------------------------------------

@pytest.fixture
def panel(qtbot, tmp_path):
    def make(path, at="2018-09-27T16:10"):
        agenda = load_agenda(path)
        window = KioskWindow(agenda, RehearsalClock(local(at), speed=0), feed=AgendaFeed(str(path), agenda),
                             kiosk_mode=True, staff_pin="4821")
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        window.start()
        qtbot.waitExposed(window)
        window.open_staff()
        for digit in "4821":
            qtbot.mouseClick(window.staff.keys[digit], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.staff.keys["OK"], Qt.MouseButton.LeftButton)
        assert window.staff.pages.currentIndex() == 1
        return window
    return make


def test_the_panel_says_the_checkers_words_for_a_bad_agenda_on_disk(qtbot, panel, tmp_path, caplog):
    path = tmp_path / "agenda.json"
    path.write_bytes(AGENDA_PATH.read_bytes())
    window = panel(path)
    document = json.loads(path.read_bytes())
    document["adjustments"] = {"delay": 5}  # saved by hand while the kiosk runs
    path.write_text(json.dumps(document), "utf-8")
    original = path.read_bytes()
    caplog.set_level(logging.INFO, logger="kiosk")
    qtbot.mouseClick(window.staff.delay_buttons[0], Qt.MouseButton.LeftButton)
    first = run_kiosk("--check", "--agenda", str(path)).stdout.splitlines()[0]
    assert window.staff.status.text() == f"Not changed: {first}"
    assert path.read_bytes() == original
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert f"staff panel: not changed: {first}" in warnings
    assert not any("unexpected error" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("name, source", [("schedule.xml", DATA / "formats" / "schedule.xml"),
                                          ("schedule.json", DATA / "formats" / "schedule.json")])
def test_the_panel_does_not_write_into_another_programs_schedule(qtbot, panel, tmp_path, name, source):
    path = tmp_path / name
    path.write_bytes(source.read_bytes())
    window = panel(path, at="2024-06-13T10:30")
    qtbot.mouseClick(window.staff.delay_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.staff.clear_button, Qt.MouseButton.LeftButton)
    text = window.staff.status.text()
    assert text.startswith(f"Not changed: {name} is another program's ") and "kiosk --convert" in text
    assert path.read_bytes() == source.read_bytes()


def test_the_panel_says_a_read_only_agenda_is_read_only(qtbot, panel, tmp_path):
    path = tmp_path / "agenda.json"
    path.write_bytes(AGENDA_PATH.read_bytes())
    window = panel(path)
    os.chmod(path, 0o444)
    qtbot.mouseClick(window.staff.delay_buttons[1], Qt.MouseButton.LeftButton)
    assert window.staff.status.text() == f"Not changed: {path} is read-only; nothing was written"
    assert path.read_bytes() == AGENDA_PATH.read_bytes()
    assert window.display.state.next.start == local("2018-09-27T16:30")  # nothing moved on screen
